"""The sources cited by the causes, drugs, genetic disorders and the work-up (causes.py)."""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source

SOURCES: Final[tuple[Source, ...]] = ()
