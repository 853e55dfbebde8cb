"""A griffe extension that gives attrs classes the ``__init__`` attrs generates.

griffe reads source code without running it, so it sees no ``__init__`` on a class
decorated with ``@attrs.frozen`` or ``@attrs.define``: the documented ``Args`` would
not match any signature. This extension builds the signature from the annotated
attributes, as griffe's built-in dataclasses extension does for ``@dataclass``,
following attrs' rules: ``attrs.field(init=False)`` is left out, ``kw_only`` (on
the decorator or the field) makes parameters keyword-only, a leading underscore
is dropped from the parameter name, and a class that defines ``__init__`` itself
keeps it. An attribute declared by ``attrs.field(...)`` is shown with its default (or
none) instead of the call. It is used by ``mkdocs.yml`` only.
"""

from __future__ import annotations

from typing import Final

import griffe

_DECORATORS: Final = frozenset(
    {
        "attr.attrs",
        "attr.define",
        "attr.frozen",
        "attr.mutable",
        "attr.s",
        "attrs.define",
        "attrs.frozen",
        "attrs.mutable",
    }
)
_FIELDS: Final = frozenset({"attr.field", "attr.ib", "attrs.field"})


def _keywords(expr: object) -> dict[str, object]:
    if not isinstance(expr, griffe.ExprCall):
        return {}
    return {
        argument.name: argument.value
        for argument in expr.arguments
        if isinstance(argument, griffe.ExprKeyword)
    }


def _attrs_decorator(cls: griffe.Class) -> griffe.Expr | None:
    for decorator in cls.decorators:
        value = decorator.value
        if isinstance(value, griffe.Expr) and value.canonical_path in _DECORATORS:
            return value
    return None


def _parameters(cls: griffe.Class, decorator: griffe.Expr) -> list[griffe.Parameter]:
    class_kw_only = str(_keywords(decorator).get("kw_only")) == "True"
    positional: list[griffe.Parameter] = []
    keyword: list[griffe.Parameter] = []
    for member in cls.members.values():
        if member.is_alias or not isinstance(member, griffe.Attribute):
            continue
        if member.annotation is None or "instance-attribute" not in member.labels:
            continue
        value = member.value
        is_field = isinstance(value, griffe.ExprCall) and value.canonical_path in _FIELDS
        options = _keywords(value) if is_field else {}
        if str(options.get("init")) == "False":
            continue
        default: object = value if not is_field else _default(options)
        kw_only = class_kw_only or str(options.get("kw_only")) == "True"
        name = str(options.get("alias", "")).strip("'\"") or member.name.lstrip("_")
        parameter = griffe.Parameter(
            name,
            annotation=member.annotation,
            kind=griffe.ParameterKind.keyword_only
            if kw_only
            else griffe.ParameterKind.positional_or_keyword,
            default=default,  # type: ignore[arg-type]
            docstring=member.docstring,
        )
        (keyword if kw_only else positional).append(parameter)
    return positional + keyword


def _default(options: dict[str, object]) -> object:
    """The default an ``attrs.field(...)`` declares: its ``default``, a call of its ``factory``."""
    if "factory" in options:
        return griffe.ExprCall(function=options["factory"], arguments=[])  # type: ignore[arg-type]
    return options.get("default")


def _show_defaults(cls: griffe.Class) -> None:
    """Show each field's default (or none), not the ``attrs.field(...)`` call declaring it.

    The call holds converters and validators (``validator=lambda ...``), which are how the
    class checks its input, not what a reader of the attribute needs.
    """
    for member in cls.members.values():
        if member.is_alias or not isinstance(member, griffe.Attribute):
            continue
        value = member.value
        if isinstance(value, griffe.ExprCall) and value.canonical_path in _FIELDS:
            member.value = _default(_keywords(value))  # type: ignore[assignment]


def _apply(obj: griffe.Module | griffe.Class, seen: set[str]) -> None:
    if obj.path in seen:
        return
    seen.add(obj.path)
    if isinstance(obj, griffe.Class) and "__init__" not in obj.members:
        decorator = _attrs_decorator(obj)
        if decorator is not None:
            init = griffe.Function(
                "__init__",
                lineno=0,
                endlineno=0,
                parent=obj,
                parameters=griffe.Parameters(
                    griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword),
                    *_parameters(obj, decorator),
                ),
                returns="None",
            )
            obj.set_member("__init__", init)
    if isinstance(obj, griffe.Class) and _attrs_decorator(obj) is not None:
        _show_defaults(obj)
    for member in obj.members.values():
        if not member.is_alias and isinstance(member, griffe.Module | griffe.Class):
            _apply(member, seen)


class AttrsExtension(griffe.Extension):
    """Create the ``__init__`` of attrs classes that do not define one."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: object) -> None:  # noqa: ARG002
        """Add the generated ``__init__`` to every attrs class of a loaded package."""
        _apply(pkg, set())
