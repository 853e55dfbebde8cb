"""The float filter of classify: at and around every edge, the band is the exact one.

`classify` compares the float product ``value * factor`` with the edges in mmol/L
and decides exactly (in integers, from the value as it prints) only within a
relative 2e-12 of an edge. The law: whatever the value, the band is the one
exact rational arithmetic gives. The reference below shares no code with the
library's path but the unit ratios (the definition of the units).
"""

from __future__ import annotations

import math
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import serum, units
from magnesium.thresholds import Band, Cutoffs, ThresholdSet

STEPS = 8
"""How many floats either side of each edge are tried one by one."""
ULPS = (1, 2, 3, 5, 8, 13, 100, 1_000, 10_000, 100_000)
"""Multiples of the edge's unit in the last place tried either side (beyond 2e-12 too)."""


def exact_band(threshold_set: ThresholdSet, value: float, unit: str) -> Band:
    """The band by exact rational arithmetic on the value as it prints."""
    table = threshold_set.band_for(mg.SerumMagnesium(0, unit))[1]
    ratio = Fraction(*units._RATIOS[unit, table.unit])
    exact = Fraction(Decimal(repr(value))) * ratio
    index = 0
    for edge, upper in zip(table.edges, table.bands[1:], strict=True):
        printed = Fraction(Decimal(repr(edge)))
        index += exact > printed or (exact == printed and upper.includes_lower)
    return table.bands[index]


def edges_everywhere() -> list[tuple[str, str, float]]:
    """(set, unit, edge) for every edge of every table of every set, in every unit."""
    found = []
    for name, threshold_set in sorted(mg.THRESHOLD_SETS.items()):
        table: Cutoffs
        for table in threshold_set.cutoffs:
            for edge in table.edges:
                found += [
                    (name, unit, units.rescale(edge, table.unit, unit))
                    for unit in units.ACCEPTED_UNITS
                ]
    return found


EDGES = edges_everywhere()


def around(edge: float) -> list[float]:
    """The edge, the STEPS floats either side, and ULPS multiples of its ulp either side."""
    near = [edge]
    below = above = edge
    for _ in range(STEPS):
        below, above = math.nextafter(below, 0), math.nextafter(above, math.inf)
        near += [below, above]
    ulp = math.ulp(edge)
    near += [edge + k * ulp for k in ULPS] + [edge - k * ulp for k in ULPS]
    return near


def assert_exact(name: str, unit: str, value: float) -> None:
    threshold_set = mg.THRESHOLD_SETS[name]
    level = mg.SerumMagnesium(value, unit)
    expected = exact_band(threshold_set, value, unit)
    assert mg.classify(level, name).band == expected, (name, unit, value)
    assert threshold_set.band_for(level)[0] == expected, (name, unit, value)
    assert mg.classify(mg.SerumMagnesium.of(value, unit), name).band == expected


@pytest.mark.parametrize(("name", "unit", "edge"), EDGES)
def test_at_and_around_every_edge_the_band_is_exact(name: str, unit: str, edge: float) -> None:
    for value in around(edge):
        assert_exact(name, unit, value)


@given(st.sampled_from(EDGES), st.floats(min_value=-1e-9, max_value=1e-9))
def test_near_an_edge_the_band_is_exact(edge: tuple[str, str, float], relative: float) -> None:
    name, unit, value = edge
    assert_exact(name, unit, value * (1 + relative))


@given(st.sampled_from(EDGES), st.integers(min_value=-10_000, max_value=10_000))
def test_decimals_printed_near_an_edge_are_exact(edge: tuple[str, str, float], step: int) -> None:
    """Short decimals (as reported) a few steps of 1e-4 from an edge, and the edge rounded."""
    name, unit, value = edge
    assert_exact(name, unit, max(round(value, 4) + step * 1e-4, 0.0))


def test_the_reference_is_not_the_float_comparison() -> None:
    # 1.8 mg/dL is the IOM's lower limit as printed: normal, though in mmol/L the
    # float of 1.8 * 10 / 24.305 and the float of the mmol/L edge 0.75 differ.
    assert exact_band(mg.THRESHOLD_SETS["iom-1997"], 1.8, "mg/dL").status is mg.Status.NORMAL
    assert exact_band(mg.THRESHOLD_SETS["iom-1997"], 1.7999999999999998, "mg/dL").status is (
        mg.Status.LOW
    )


def test_ints_numpy_scalars_and_decimals_classify_as_their_floats() -> None:
    np = pytest.importorskip("numpy")
    for name, unit, edge in EDGES[::7]:
        for value in (math.floor(edge), math.ceil(edge)):
            kinds = (value, np.int64(value), np.float64(value), Decimal(value), float(value))
            bands = {
                mg.classify(mg.SerumMagnesium.of(kind, unit), name).band  # type: ignore[arg-type]
                for kind in kinds
            }
            assert bands == {exact_band(mg.THRESHOLD_SETS[name], float(value), unit)}


@pytest.mark.parametrize("value", [-1, -(10**400), 10**6, Decimal(-1), Decimal("sNaN")])
def test_a_refused_number_is_named_as_written(value: object) -> None:
    for make in (mg.SerumMagnesium, mg.SerumMagnesium.of):
        with pytest.raises(mg.ImplausibleValueError) as caught:
            make(value, "mmol/L")  # type: ignore[arg-type]
        assert caught.value.value is value


def test_a_band_is_never_open_below() -> None:
    with pytest.raises(mg.DefinitionError, match="lower band edge"):
        Band(lower=math.inf, upper=math.inf, status=mg.Status.HIGH, label="nowhere")


@given(
    st.decimals(min_value=0, max_value=20, allow_nan=False, allow_infinity=False)
    | st.decimals(min_value=0, max_value=20, places=2),
    st.sampled_from(sorted(units.ACCEPTED_UNITS)),
    st.booleans(),
)
def test_a_decimal_is_read_as_its_float_the_first_time_and_every_time_after(
    value: Decimal, unit: str, capitals: bool
) -> None:
    # `of` keeps the float of each Decimal's text it has read (float(Decimal) reads
    # that text): a kept float must be the float of the same Decimal, whatever the
    # context prints ("1E+1" or "1e+1"), and a level equal to the general path's.
    with localcontext() as context:
        context.capitals = int(capitals)
        first, again = (mg.SerumMagnesium.of(value, unit) for _ in range(2))  # type: ignore[arg-type]
    general = mg.SerumMagnesium(value, unit)  # type: ignore[arg-type]
    assert first.value == again.value == general.value == float(value)
    assert type(first.value) is float
    assert math.copysign(1.0, first.value) == 1.0  # no -0.0
    assert first == again == general


def test_the_floats_kept_for_decimals_are_bounded_and_short() -> None:
    kept = serum._DECIMAL_FLOATS
    for step in range(serum._DECIMALS_KEPT + 10):
        mg.SerumMagnesium.of(Decimal(step) / 10_000, "mmol/L")  # type: ignore[arg-type]
        assert len(kept) <= serum._DECIMALS_KEPT
    long = Decimal("1." + "0" * 40 + "1")
    assert mg.SerumMagnesium.of(long, "mmol/L").value == 1.0  # type: ignore[arg-type]
    assert str(long) not in kept
    assert mg.SerumMagnesium.of(Decimal("-0"), "mmol/L").value == 0.0  # type: ignore[arg-type]
    for _ in range(2):  # refused the first time, and again from the kept float
        with pytest.raises(mg.ImplausibleValueError):
            mg.SerumMagnesium.of(Decimal("1e3"), "mmol/L")  # type: ignore[arg-type]
