"""The sources cited by the salts, dose conversions and repletion regimens (repletion.py)."""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source

SOURCES: Final[tuple[Source, ...]] = ()
