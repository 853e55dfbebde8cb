"""Deprecated British spelling of [`magnesium.hypermagnesemia`][magnesium.hypermagnesemia].

Every name here is the same object as in `magnesium.hypermagnesemia`; import from
there. This module stays so that code written before the rename keeps working
(no warning is raised at import).

Examples:
    >>> from magnesium import hypermagnesaemia, hypermagnesemia
    >>> hypermagnesaemia.manifestations is hypermagnesemia.manifestations
    True
"""

from __future__ import annotations

from magnesium.hypermagnesemia import (
    TOXICITY_TABLES,
    ToxicityBand,
    ToxicityReading,
    ToxicityTable,
    get_toxicity_table,
    manifestations,
)

__all__ = [
    "TOXICITY_TABLES",
    "ToxicityBand",
    "ToxicityReading",
    "ToxicityTable",
    "get_toxicity_table",
    "manifestations",
]
