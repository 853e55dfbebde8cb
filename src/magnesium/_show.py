"""Display methods that the public value types share; the work is done in `magnesium.display`.

A value type binds them at the end of its class body, so that attrs keeps them
(a ``__repr__`` in the class body is not replaced by attrs' own)::

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html

`magnesium.display` imports no module of a value type (its renderers are registered
by class name), so this module may import it; it does so on first use, to keep
``import magnesium`` cheap.
"""

from __future__ import annotations

import importlib
from typing import Protocol, cast


class _Display(Protocol):
    def brief(self, obj: object, /) -> str: ...
    def text(self, obj: object, /) -> str: ...
    def markdown(self, obj: object, /) -> str: ...
    def html(self, obj: object, /) -> str: ...


def _display() -> _Display:
    return cast("_Display", importlib.import_module("magnesium.display"))


def brief(self: object) -> str:
    """The one-line ``repr``: `magnesium.display.brief`."""
    return _display().brief(self)


def text(self: object) -> str:
    """The readable ``str``: `magnesium.display.text`."""
    return _display().text(self)


def markdown(self: object) -> str:
    """Markdown for notebooks: `magnesium.display.markdown`."""
    return _display().markdown(self)


def html(self: object) -> str:
    """HTML for notebooks: `magnesium.display.html`."""
    return _display().html(self)
