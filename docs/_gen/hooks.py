"""MkDocs hook: make ``docs/_gen`` importable as ``_gen`` in the pages' ``markdown-exec`` blocks.

MkDocs loads this file (``hooks:`` in ``mkdocs.yml``) and calls ``on_config`` before it renders
a page, so the generators are found without being installed with the package. (MkDocs restores
``sys.path`` after loading a hook, so the path is added in the event, not at import.)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TypeVar

_DOCS = str(Path(__file__).resolve().parents[1])
_Config = TypeVar("_Config")


def on_config(config: _Config) -> _Config:
    """Put ``docs/`` first on ``sys.path``; return *config* unchanged."""
    if _DOCS not in sys.path:
        sys.path.insert(0, _DOCS)
    return config
