"""The standard atomic weights of the elements in magnesium salts, read from the data file.

``data/atomic_weights.toml`` keeps each weight as the decimal text it is published in, with
its source key, so that molar masses are summed exactly.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from magnesium import _knowledge
from magnesium.sources import cite


class _AtomicWeight(NamedTuple):
    """One row of ``data/atomic_weights.toml``."""

    element: str
    weight: str  # the published decimal text, summed exactly
    source: str


def _check_weight(row: _AtomicWeight, where: _knowledge.Where) -> None:
    _knowledge.decimal_text(row, ("weight",), where)


ATOMIC_WEIGHTS: Final[dict[str, tuple[str, str]]] = {
    row.element: (row.weight, row.source)
    for row in _knowledge.load(
        "atomic_weights.toml", "element", _AtomicWeight, resolve=cite, check=_check_weight
    )
}
"""Atomic weight of each element other than Mg: (published decimal text, source key).

Magnesium is not repeated: its value is
[`MOLAR_MASS_G_PER_MOL`][magnesium.units.MOLAR_MASS_G_PER_MOL] (source key
``"ciaaw-magnesium"``)."""
