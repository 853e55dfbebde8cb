"""Standard atomic weights of the elements in magnesium salts, each with its citation.

Values are kept as the decimal text they are published in, so that molar masses are
summed exactly. Magnesium is not repeated here: its value is
[`MOLAR_MASS_G_PER_MOL`][magnesium.units.MOLAR_MASS_G_PER_MOL] (source key
``"ciaaw-magnesium"``), imported where the table is built.

Elements whose standard atomic weight is an interval (H, C, N, O, S, Cl) use the
single "conventional" value IUPAC gives for use where one number is needed;
phosphorus has a single standard value.
"""

from __future__ import annotations

from typing import Final

_CIAAW: Final = "ciaaw-atomic-weights"
_CONVENTIONAL: Final = "iupac-conventional-atomic-weights"

ATOMIC_WEIGHTS: Final[dict[str, tuple[str, str]]] = {
    "H": ("1.008", _CIAAW),  # interval [1.00784, 1.00811]
    "C": ("12.011", _CONVENTIONAL),  # interval [12.0096, 12.0116]
    "N": ("14.007", _CONVENTIONAL),  # interval [14.00643, 14.00728]
    "O": ("15.999", _CONVENTIONAL),  # interval [15.99903, 15.99977]
    "P": ("30.973761998", _CIAAW),  # single value 30.973 761 998(5)
    "S": ("32.06", _CIAAW),  # interval [32.059, 32.076]
    "Cl": ("35.45", _CIAAW),  # interval [35.446, 35.457]
}
"""Atomic weight of each element other than Mg: (published decimal text, source key)."""
