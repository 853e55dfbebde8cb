"""The salts of `magnesium.repletion`: their row types, read from the data files.

The rows are ``data/salts.toml`` and ``data/solutions.toml``, read when the salt
chemistry is first imported. Nothing there is a molar mass, an elemental fraction or an
mEq figure: those are computed from the formula and the cited atomic weights
(``data/atomic_weights.toml``). The only numbers are what product labels *state*, kept as
label data beside the computed value (see `LabelRow`).
"""

from __future__ import annotations

from typing import Final, NamedTuple

from magnesium import _knowledge
from magnesium.sources import cite


class LabelRow(NamedTuple):
    """A figure a product label states for an amount of the salt."""

    product: str
    salt_grams: str  # the amount of salt the figure refers to, decimal text
    stated: str  # the figure as printed, decimal text
    unit: str  # "mg" (elemental Mg), "mEq", "mmol" or "g/mol"
    source: str
    quote: str


class SaltRow(NamedTuple):
    """One salt form."""

    name: str
    formula: str
    group: str  # the generic name shared by all forms, e.g. "magnesium citrate"
    synonyms: tuple[str, ...]
    routes: tuple[str, ...]
    products: tuple[str, ...]
    atc_codes: tuple[str, ...]
    sources: tuple[str, ...]
    note: str = ""
    labels: tuple[LabelRow, ...] = ()


class SolutionRow(NamedTuple):
    """A solution of a salt, with the strength its label states."""

    name: str
    salt: str
    mg_salt_per_ml: str
    synonyms: tuple[str, ...]
    label_meq_per_ml: str
    source: str
    quote: str


def _check_salt(row: SaltRow, where: _knowledge.Where) -> None:
    for index, label in enumerate(row.labels):
        place = where.at(f"labels[{index}]")
        _knowledge.decimal_text(label, ("salt_grams", "stated"), place)
        _knowledge.choice(label, "unit", ("mg", "mEq", "mmol", "g/mol"), place)


def _check_solution(row: SolutionRow, where: _knowledge.Where) -> None:
    _knowledge.decimal_text(row, ("mg_salt_per_ml", "label_meq_per_ml"), where)


SALT_ROWS: Final[tuple[SaltRow, ...]] = _knowledge.load(
    "salts.toml", "salt", SaltRow, resolve=cite, check=_check_salt
)
"""Every salt form, in the order the documentation lists them."""

SOLUTION_ROWS: Final[tuple[SolutionRow, ...]] = _knowledge.load(
    "solutions.toml", "solution", SolutionRow, resolve=cite, check=_check_solution
)
"""Solutions whose strength a label states both as salt per mL and as mEq per mL."""
