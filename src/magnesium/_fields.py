"""Field checks derived from annotations: one mechanism for the public value types (issue 10).

[`checked`][magnesium._fields.checked] is an attrs ``field_transformer``. For
every field a caller passes it reads the annotation and adds

* a validator that refuses a value of the wrong type with an
  [`ArgumentTypeError`][magnesium.errors.ArgumentTypeError] (a `TypeError`),
  and an int beyond ``1e300`` in magnitude with a
  [`DefinitionError`][magnesium.errors.DefinitionError] (a `ValueError`), each
  naming the field as the caller wrote it (``Cause(id=...)``);
* for ``float`` and ``float | None`` fields without a converter of their own, a
  converter to a finite float (NaN, infinity and magnitudes beyond ``1e300``
  are a `DefinitionError`, a wrong type an `ArgumentTypeError`);
* for ``int`` and ``bool`` fields (optional too) without a converter of their own,
  a converter from numpy's integer and bool scalars to Python's (what a data
  frame's cell holds); the type check then runs on the Python value;
* for ``tuple[X, ...]`` fields, a converter from any iterable that is not text,
  bytes or a mapping, run before the field's own converter, if any.

Understood annotations: ``str``, ``float``, ``int``, ``bool``, an enum or any
other class of the defining module's namespace, ``X | None`` and
``tuple[X, ...]``. Names are resolved when the class is built, or on first use
where a field names a class defined further down; an annotation outside that
list is a programming error, and the test suite resolves every field. A field's
own validator runs first (its error is kept); a ``float`` field is checked by
its converter alone. [`plausible`][magnesium._fields.plausible] adds a
validator for a quantity's plausible range.

Examples:
    >>> import attrs
    >>> @attrs.frozen(kw_only=True, field_transformer=checked)
    ... class Row:
    ...     name: str
    ...     amount: float | None = None
    ...     tags: tuple[str, ...] = ()
    >>> Row(name="a", amount=2, tags=["x"])
    Row(name='a', amount=2.0, tags=('x',))
    >>> Row(name=1.5)
    Traceback (most recent call last):
    ...
    magnesium.errors.ArgumentTypeError: 1.5 has the wrong type: expected text (a str) for \
Row(name=...). Pass name as a str.
    >>> Row(name="a", amount=float("nan"))
    Traceback (most recent call last):
    ...
    magnesium.errors.DefinitionError: invalid definition nan: expected a finite number for \
Row(amount=...). Fix the value.
    >>> Row(name="a", tags="x")
    Traceback (most recent call last):
    ...
    magnesium.errors.ArgumentTypeError: 'x' has the wrong type: expected a collection of values \
(a tuple or list, not text) for Row(tags=...). Pass tags as a tuple.
"""

from __future__ import annotations

import builtins
import itertools
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, NoReturn

import attrs

from magnesium.errors import ArgumentTypeError, DefinitionError, MagnesiumError

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["checked", "plausible", "resolve", "to_float", "to_plain", "to_tuple"]

Check = Callable[[object, str], None]
"""Raises our error if a value does not fit; *where* names the field (``Row(name=...)``)."""

_MAX_MAGNITUDE: Final = 10**300  # plausibility.MAX_MAGNITUDE, which imports this module

MAX_ITEMS: Final = 100_000
"""The most items a tuple field takes (more is a runaway iterable, not a table)."""


_CHECKS: list[ModuleType] = []
"""`magnesium.plausibility`, which hands itself over with `use_checks` when it is imported.

It builds its own table with `checked`, so this module does not import it (that would
close a cycle); ``magnesium/__init__`` imports it before any value can be checked."""


def use_checks(checks: ModuleType) -> None:
    """Take the number checks (``shown``, ``real``, ``check``) of `magnesium.plausibility`."""
    _CHECKS[:] = [checks]


def _plausibility() -> ModuleType:
    """The number checks of `magnesium.plausibility`, handed over by `use_checks`."""
    return _CHECKS[0]


_NAMES: Final = {"str": "text (a str)", "int": "a whole number (an int)", "bool": "True or False"}


def _wrong_type(value: object, expected: str, where: str, kind: str) -> NoReturn:
    field = where.partition("(")[2].partition("=")[0]
    raise ArgumentTypeError(
        _plausibility().shown(value), f"{expected} for {where}", f"Pass {field} as {kind}."
    )


def _definition(value: object, where: str, expected: str, hint: str) -> MagnesiumError:
    return DefinitionError(_plausibility().shown(value), f"{expected} for {where}", hint)


def _float_error(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
    del expected, hint  # one message for NaN, infinity and magnitudes out of range
    return _definition(value, name, "a finite number", "Fix the value.")


def to_float(value: object, where: str) -> float:
    """Return *value* as a finite float, or raise naming *where*.

    Examples:
        >>> to_float(2, "Row(amount=...)")
        2.0
    """
    if type(value) in {float, int} and -_MAX_MAGNITUDE <= value <= _MAX_MAGNITUDE:  # type: ignore[operator]
        return float(value)  # type: ignore[arg-type]  # the common case
    return float(_plausibility().real(value, where, error=_float_error))


def to_tuple(value: object, where: str) -> tuple[Any, ...]:
    """Return the items of an iterable that is not text or a mapping, or raise naming *where*.

    Examples:
        >>> to_tuple(["a"], "Row(tags=...)"), to_tuple(iter(()), "Row(tags=...)")
        (('a',), ())
    """
    if type(value) is tuple:
        return value
    if isinstance(value, str | bytes | bytearray | Mapping) or not hasattr(value, "__iter__"):
        expected = "a collection of values (a tuple or list, not text)"
        _wrong_type(value, expected, where, "a tuple")
    try:
        items = tuple(itertools.islice(value, MAX_ITEMS + 1))
    except MagnesiumError:
        raise
    except Exception:  # noqa: BLE001 (a caller's iterable that fails to iterate)
        _wrong_type(value, "a collection that can be iterated", where, "a tuple")
    if len(items) > MAX_ITEMS:
        raise _definition(
            f"more than {MAX_ITEMS} items", where, f"at most {MAX_ITEMS} items", "Fix the value."
        )
    return items


def _range_error(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
    return _definition(value, name, expected, hint)


def plausible(quantity: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: ``None`` or a number in the plausible range of *quantity*.

    The range is [`PLAUSIBLE_RANGES`][magnesium.plausibility.PLAUSIBLE_RANGES]'s;
    an implausible number is a `DefinitionError` naming the field.

    Examples:
        >>> import attrs
        >>> @attrs.frozen
        ... class Dose:
        ...     grams: float = attrs.field(validator=plausible("grams"))
        >>> Dose(-1)
        Traceback (most recent call last):
        ...
        magnesium.errors.DefinitionError: invalid definition -1: expected a number in \
[0, 1000] g of salt for Dose(grams=...). ...
    """

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            where = f"{type(instance).__name__}({attribute.alias}=...)"
            _plausibility().check(value, where, quantity, error=_range_error)

    return check


# --- checks by annotation ------------------------------------------------------------------------


def _of_class(cls: type) -> Check:
    expected = _NAMES["str"] if cls is str else f"a {cls.__name__}"

    def check(value: object, where: str) -> None:
        if not isinstance(value, cls):
            _wrong_type(value, expected, where, f"a {cls.__name__}")

    return check


def _of_classes(classes: tuple[type, ...]) -> Check:
    """One of several value types (``SerumMagnesium | CensoredSerumMagnesium``)."""
    expected = " or ".join(f"a {cls.__name__}" for cls in classes)

    def check(value: object, where: str) -> None:
        if not isinstance(value, classes):
            _wrong_type(value, expected, where, expected.replace(" or ", " or as "))

    return check


def _of_int(value: object, where: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        _wrong_type(value, _NAMES["int"], where, "an int")
    if abs(value) > _MAX_MAGNITUDE:
        raise _definition(value, where, "a whole number of magnitude at most 1e300", "Fix it.")


def _of_bool(value: object, where: str) -> None:
    if not isinstance(value, bool):
        _wrong_type(value, _NAMES["bool"], where, "True or False")


def _of_float(value: object, where: str) -> None:
    to_float(value, where)  # a float inside another annotation, e.g. tuple[float, ...]


def _optional(check: Check) -> Check:
    def optional(value: object, where: str) -> None:
        if value is not None:
            check(value, where)

    return optional


def _tuple_of(check: Check) -> Check:
    def each(value: object, where: str) -> None:
        if not isinstance(value, tuple):
            _wrong_type(value, "a tuple", where, "a tuple")
        for item in value:
            check(item, where)

    return each


_BUILTIN: Final[Mapping[str, Check]] = {
    "str": _of_class(str),
    "int": _of_int,
    "bool": _of_bool,
    "float": _of_float,
}


def resolve(annotation: str, module: str) -> Check:
    """Return the check for an annotation written in *module* (a programming error if unknown).

    Examples:
        >>> check = resolve("tuple[int, ...] | None", __name__)
        >>> check((1, 2), "Row(counts=...)") is None
        True
    """
    text = annotation.strip()
    if text.endswith("| None"):
        return _optional(resolve(text.removesuffix("| None"), module))
    if text.startswith("tuple[") and text.endswith(", ...]"):
        return _tuple_of(resolve(text[len("tuple[") : -len(", ...]")], module))
    if text in _BUILTIN:
        return _BUILTIN[text]
    if "|" in text and "[" not in text:  # X | Y: one of several classes
        return _of_classes(
            tuple(_class(name.strip(), annotation, module) for name in text.split("|"))
        )
    return _of_class(_class(text, annotation, module))


def _class(text: str, annotation: str, module: str) -> type:
    """The class *text* names in *module* (a programming error if it names none)."""
    found = vars(sys.modules[module]).get(text, getattr(builtins, text, None))
    if not isinstance(found, type):
        message = f"magnesium._fields cannot check the annotation {annotation!r} in {module}"
        raise TypeError(message)
    return found


# --- the transformer -----------------------------------------------------------------------------


class _Validator:
    """A field's check, resolved from its annotation when the class is built, else on first use.

    A field may name a class defined further down its module: that one is resolved
    when the first value is checked.
    """

    __slots__ = ("annotation", "check", "module", "where")

    def __init__(self, annotation: str, module: str, where: str) -> None:
        self.annotation = annotation
        self.module = module
        self.where = where
        self.check: Check | None = None
        try:
            self.check = resolve(annotation, module)
        except TypeError:  # a name not defined yet; an unknown annotation fails on first use
            self.check = None

    def __call__(self, _instance: object, _attribute: object, value: object) -> None:
        check = self.check
        if check is None:
            check = self.check = resolve(self.annotation, self.module)
        check(value, self.where)

    def __repr__(self) -> str:
        return f"<check of {self.annotation} for {self.where}>"


_FLOATS: Final = frozenset({"float", "float|None"})
_PLAIN: Final = frozenset({"int", "int|None", "bool", "bool|None"})
_NUMPY_PLAIN: Final[Mapping[str, type]] = {"b": bool, "i": int, "u": int}


def to_plain(value: object) -> object:
    """Return a numpy bool or integer scalar (a data frame's cell) as Python's, else *value*.

    Examples:
        >>> import numpy as np
        >>> to_plain(np.int64(3)), to_plain(np.bool_(True)), to_plain("x")
        (3, True, 'x')
    """
    if not type(value).__module__.startswith("numpy") or getattr(value, "ndim", 0) != 0:
        return value  # Python's own value, or not a numpy scalar: the check decides
    kind = getattr(getattr(value, "dtype", None), "kind", None)
    convert = _NUMPY_PLAIN.get(kind) if isinstance(kind, str) else None
    return value if convert is None else convert(value)


def _converter(field: attrs.Attribute[Any], where: str) -> object:
    annotation = str(field.type).replace(" ", "")
    own = field.converter
    if annotation.startswith("tuple[") and annotation.endswith(",...]"):
        if own is None:
            return lambda value: to_tuple(value, where)
        if callable(own) and not isinstance(own, attrs.Converter):
            return lambda value: own(to_tuple(value, where))
        return own
    if own is None and annotation == "float":
        return lambda value: to_float(value, where)
    if own is None and annotation == "float|None":
        return lambda value: None if value is None else to_float(value, where)
    if annotation in _PLAIN:
        if own is None:
            return to_plain
        if callable(own) and not isinstance(own, attrs.Converter):
            return lambda value: own(to_plain(value))
    return own


def checked(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """An attrs ``field_transformer`` adding the checks of each init field's annotation.

    A number field is checked by its converter: its own (its policy: an open upper
    edge may be infinite), else `to_float`. Every other field gets its type checked,
    after any validator of its own (whose error a caller may already rely on).
    """
    result = []
    for field in fields:
        annotation = str(field.type).replace(" ", "")
        if not field.init or field.type is None:
            result.append(field)
            continue
        where = f"{cls.__name__}({field.alias}=...)"
        validator = field.validator
        if annotation not in _FLOATS:  # a float field's converter checks it (see above)
            mine = _Validator(str(field.type), cls.__module__, where)
            validator = mine if validator is None else attrs.validators.and_(validator, mine)
        result.append(field.evolve(validator=validator, converter=_converter(field, where)))
    return result
