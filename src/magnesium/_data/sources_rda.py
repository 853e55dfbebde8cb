"""The sources cited by the intake references (rda.py)."""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source

SOURCES: Final[tuple[Source, ...]] = ()
