"""MkDocs hook: make ``docs/_gen`` importable as ``_gen`` in the pages' ``markdown-exec`` blocks.

MkDocs loads this file (``hooks:`` in ``mkdocs.yml``) before it renders a page, so the
generators are found without being installed with the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

_DOCS = str(Path(__file__).resolve().parents[1])
if _DOCS not in sys.path:
    sys.path.insert(0, _DOCS)
