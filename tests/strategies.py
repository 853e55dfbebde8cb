"""Shared Hypothesis strategies for magnesium's tests."""

from __future__ import annotations

import math

import pint
from hypothesis import strategies as st

import magnesium as mg
from magnesium import units

CALLER: pint.UnitRegistry[float] = pint.UnitRegistry()
"""A registry of the caller's own, distinct from the library's, that knows equivalents."""
CALLER.define("equivalent = [charge_equivalent] = Eq = eq")

UNITS = st.sampled_from(mg.ACCEPTED_UNITS)
SPELLINGS = st.sampled_from(
    (
        "mmol/L",
        "MMOL/L",
        "mmol/l",
        "mg/dL",
        "MG/DL",
        "mg/dl",
        "mEq/L",
        "meq/L",
        "MEQ/L",
        "mg/L",
        "mg/100 mL",
        "MG/100ML",
        "umol/L",
        "µmol/L",
        "μmol/l",
    )
)
SET_NAMES = st.sampled_from(sorted(mg.THRESHOLD_SETS))


def values_in(unit: str, *, upper_mmol_per_l: float = 5.0) -> st.SearchStrategy[float]:
    """Plausible values in *unit*, from 0 to *upper_mmol_per_l* converted to it."""
    upper = units.rescale(upper_mmol_per_l, "mmol/L", unit)
    return st.floats(min_value=0.0, max_value=upper, allow_nan=False, allow_infinity=False)


@st.composite
def levels(draw: st.DrawFn) -> mg.SerumMagnesium:
    """A level in any accepted unit."""
    unit = draw(UNITS)
    return mg.SerumMagnesium(draw(values_in(unit)), unit)


def _decimal_text(places: int) -> st.SearchStrategy[float]:
    return st.integers(min_value=0, max_value=5 * 10**places).map(lambda n: n / 10**places)


# Values as laboratories report them: a few decimals, often right at a published edge.
REPORTED = st.one_of(_decimal_text(1), _decimal_text(2), _decimal_text(3))


COMPARATORS = st.sampled_from(("<", "<=", ">", ">="))


@st.composite
def censored_levels(draw: st.DrawFn) -> mg.CensoredSerumMagnesium:
    """A censored result in any accepted unit; its bound is often at or next to a band edge."""
    unit = draw(UNITS)
    comparator = draw(COMPARATORS)
    edges = sorted(
        {
            units.rescale(edge, table.unit, unit)
            for threshold_set in mg.THRESHOLD_SETS.values()
            for table in threshold_set.cutoffs
            for edge in table.edges
        }
    )
    near_edge = st.sampled_from(edges).flatmap(
        lambda edge: st.sampled_from(
            (edge, math.nextafter(edge, 0.0), math.nextafter(edge, math.inf))
        )
    )
    bound = draw(near_edge | values_in(unit) | REPORTED)
    if comparator == "<" and bound == 0:
        bound = 0.5
    return mg.CensoredSerumMagnesium(comparator, bound, unit)
