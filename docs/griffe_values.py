"""A griffe extension that shows what a module constant holds, not how it is loaded.

mkdocstrings prints an attribute's value as written in the source. For a literal
(``DEFAULT_THRESHOLD_SET = "iom-1997"``, ``VALENCE = 2``) that is what a reader wants; for
a table built on first use (``CAUSES = _LOADED[0]``, ``SALTS = _build_salts()``) it shows
the loading machinery instead, with private names a reader cannot use. This extension
drops the value of every module-level attribute whose value is a call or names something
private, so the page shows the name, its type and its docstring (which says what it holds
and links to the generated table). It is used by ``mkdocs.yml`` only.
"""

from __future__ import annotations

import re
from typing import Final

import griffe

_PRIVATE: Final = re.compile(r"(?<![\w.])_\w")


def _loading(value: object) -> bool:
    """Whether *value* (an attribute's value as written) is machinery rather than a literal."""
    return isinstance(value, griffe.ExprCall) or bool(_PRIVATE.search(str(value)))


def _apply(module: griffe.Module, seen: set[str]) -> None:
    if module.path in seen:
        return
    seen.add(module.path)
    for member in module.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Attribute) and member.value is not None:
            if _loading(member.value):
                member.value = None
        elif isinstance(member, griffe.Module):
            _apply(member, seen)


class PublicValues(griffe.Extension):
    """Hide the values of module constants that are loaded, not written out."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: object) -> None:  # noqa: ARG002
        """Drop loading expressions from the module attributes of a loaded package."""
        _apply(pkg, set())
