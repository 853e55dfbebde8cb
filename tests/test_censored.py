"""Censored results ("<0.5 mmol/L"): reading them, and deciding them only where the bound does.

The laws (issue 13): a censored result is classified X only if every value it allows is
classified X; where it is undetermined, two values it allows are classified apart. Both
are checked against measured levels at, next to and between every band edge and
critical limit, in every unit read on the same table, and the column path agrees with
the scalar path row for row (issue 14).
"""

from __future__ import annotations

import copy
import itertools
import math
import pickle
from typing import Any

import attrs
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import arrays, display, units
from magnesium.errors import ArgumentTypeError, ImplausibleValueError, InputError, ParseError
from tests.strategies import COMPARATORS, REPORTED, SET_NAMES, UNITS, censored_levels

CRITICAL_NAMES = st.sampled_from(sorted(mg.CRITICAL_LIMITS))


# --- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<0.5 mmol/L", ("<", 0.5, "mmol/L")),
        (" < 0.5 MMOL/L ", ("<", 0.5, "mmol/L")),
        ("<=0,5 mmol/l", ("<=", 0.5, "mmol/L")),
        ("\u2264 1.2 mg/dL", ("<=", 1.2, "mg/dL")),
        (">5 mg/dL", (">", 5.0, "mg/dL")),
        (">= 10 meq/L", (">=", 10.0, "mEq/L")),
        ("\u22653mEq/L", (">=", 3.0, "mEq/L")),
    ],
)
def test_censored_text_as_laboratories_send_it(text: str, expected: tuple[Any, ...]) -> None:
    level = mg.CensoredSerumMagnesium.parse(text)
    assert (level.comparator, level.bound, level.unit) == expected
    assert mg.parse_result(text) == level


def test_a_measured_value_and_a_censored_one_are_told_apart() -> None:
    assert mg.parse_result("0.74 mmol/L") == mg.SerumMagnesium.of(0.74, "mmol/L")
    with pytest.raises(ParseError, match=r"CensoredSerumMagnesium\.parse.*parse_result"):
        mg.SerumMagnesium.parse("<0.5 mmol/L")
    with pytest.raises(ParseError, match=r"censored result.*SerumMagnesium\.parse"):
        mg.CensoredSerumMagnesium.parse("0.5 mmol/L")
    with pytest.raises(ParseError, match="censored"):
        mg.classify("<0.5 mmol/L")  # text given to classify is a measured value


@pytest.mark.parametrize(
    "text", ["<", "<0.5", "<<0.5 mmol/L", "=<0.5 mmol/L", "less than 0.5 mmol/L", "<1,000 mg/L"]
)
def test_text_that_is_not_a_censored_result_is_refused(text: str) -> None:
    with pytest.raises(ParseError):
        mg.parse_result(text)


def test_long_text_is_refused_before_any_pattern_runs() -> None:
    text = "<" + " " * units.MAX_TEXT_LENGTH + "0.5 mmol/L"
    with pytest.raises(ParseError, match="at most 256 characters"):
        mg.CensoredSerumMagnesium.parse(text)


@pytest.mark.parametrize(
    ("args", "error", "fragment"),
    [
        (("=", 0.5, "mmol/L"), InputError, "comparator"),
        (("<>", 0.5, "mmol/L"), InputError, "comparator"),
        ((None, 0.5, "mmol/L"), InputError, "comparator"),
        (("<", 0, "mmol/L"), ImplausibleValueError, "No concentration is below 0"),
        (("<", -1, "mmol/L"), ImplausibleValueError, "negative"),
        (("<", math.nan, "mmol/L"), ImplausibleValueError, "NaN"),
        (("<", 21, "mmol/L"), ImplausibleValueError, "at most 20"),
        (("<", True, "mmol/L"), ImplausibleValueError, "True"),
        (("<", 0.5, "g/L"), mg.UnitError, "'g/L'"),
    ],
)
def test_bad_parts_are_refused_with_our_errors(
    args: tuple[Any, ...], error: type[Exception], fragment: str
) -> None:
    with pytest.raises(error, match=fragment):
        mg.CensoredSerumMagnesium(*args)


def test_the_value_type_keeps_what_was_reported_and_behaves_as_a_value() -> None:
    level = mg.CensoredSerumMagnesium("\u2264", 1, "MG/DL")
    assert (level.comparator, level.bound, type(level.bound), level.unit) == ("<=", 1, int, "mg/dL")
    assert level.bound_mmol_per_l == pytest.approx(10 / 24.305)
    assert level == mg.CensoredSerumMagnesium("<=", 1, "mg/dL")
    assert hash(level) == hash(mg.CensoredSerumMagnesium("<=", 1, "mg/dL"))
    assert level != mg.CensoredSerumMagnesium("<", 1, "mg/dL")
    for clone in (pickle.loads(pickle.dumps(level)), copy.deepcopy(level)):  # noqa: S301
        assert clone == level
        assert clone.bound_mmol_per_l == level.bound_mmol_per_l
    assert repr(level) == "CensoredSerumMagnesium('<=', 1, 'mg/dL')"
    assert str(level) == "<=1 mg/dL (<=0.4114 mmol/L)"
    with pytest.raises(AttributeError):
        level.bound = 2  # type: ignore[misc]


def test_allows_compares_exactly_across_units() -> None:
    below = mg.CensoredSerumMagnesium("<", 0.5, "mmol/L")
    at_or_below = mg.CensoredSerumMagnesium("<=", 0.5, "mmol/L")
    same = mg.SerumMagnesium.of(1.21525, "mg/dL")  # 0.5 mmol/L exactly (24.305 mg/mmol)
    assert not below.allows(same)
    assert at_or_below.allows(same)
    assert below.allows(mg.SerumMagnesium.of(math.nextafter(1.21525, 0), "mg/dL"))
    assert mg.CensoredSerumMagnesium(">", 0.5, "mmol/L").allows(mg.SerumMagnesium.of(1.1, "mEq/L"))
    with pytest.raises(ArgumentTypeError):
        below.allows("0.4 mmol/L")  # type: ignore[arg-type]


# --- known answers ---------------------------------------------------------------------------


def test_below_half_a_millimole_is_low_wherever_the_lower_limit_is_at_least_that() -> None:
    level = mg.CensoredSerumMagnesium.parse("<0.5 mmol/L")
    for name, threshold_set in mg.THRESHOLD_SETS.items():
        table = threshold_set.band_for(mg.SerumMagnesium.of(0.5, "mmol/L"))[1]
        lower_limit = units.exact_in(table.edges[0], table.unit, "mmol/L")
        result = mg.classify(level, name)
        assert result.threshold_set is threshold_set
        assert result.sources == threshold_set.sources
        if lower_limit >= units.exact_in(0.5, "mmol/L", "mmol/L"):
            assert result.status is mg.Status.LOW, name
            assert result.determined


def test_ctcae_grades_are_decided_each_on_their_own() -> None:
    # NCI CTCAE v5.0 (the "ctcae-v5" set): grade 2 is < 0.5 - 0.4 mmol/L, grade 3 < 0.4 - 0.3.
    low = mg.classify(mg.CensoredSerumMagnesium.parse("<0.45 mmol/L"), "ctcae-v5")
    assert low.status is mg.Status.LOW
    assert low.grade is None
    assert low.grades == (4, 3, 2)
    assert low.severity is None
    assert low.label is None
    deepest = mg.classify(mg.CensoredSerumMagnesium.parse("<0.3 mmol/L"), "ctcae-v5")
    assert (deepest.grade, deepest.severity) == (4, mg.Severity.LIFE_THREATENING)
    assert deepest.label == deepest.bands[0].label
    # 0.3 mmol/L itself is grade 3 ("< 0.4 - 0.3"), so "<= 0.3" may be grade 3 or 4.
    assert mg.classify(mg.CensoredSerumMagnesium.parse("<=0.3 mmol/L"), "ctcae-v5").grades == (4, 3)


def test_an_undetermined_result_says_so_and_keeps_its_set() -> None:
    result = mg.classify(mg.CensoredSerumMagnesium.parse("<0.9 mmol/L"))
    assert result.status is None
    assert not result.determined
    assert result.statuses == (mg.Status.LOW, mg.Status.NORMAL)
    assert result.threshold_set.name == mg.DEFAULT_THRESHOLD_SET
    assert result.sources == mg.get_threshold_set().sources
    assert str(result) == "<0.9 mmol/L: undetermined (low or normal) by iom-1997"
    assert "UNDETERMINED" in display.text(result)
    assert repr(result).startswith("CensoredLevelClassification(CensoredSerumMagnesium('<', 0.9, ")


def test_critical_limits_are_decided_by_the_bound() -> None:
    # Homerton: critical below 0.4 and above 2 mmol/L.
    def critical(text: str) -> tuple[bool | None, bool]:
        result = mg.classify(mg.CensoredSerumMagnesium.parse(text), critical_limits="homerton")
        return result.critical, result.possibly_critical

    assert critical("<0.3 mmol/L") == (True, True)
    assert critical("<0.4 mmol/L") == (True, True)
    assert critical("<0.5 mmol/L") == (None, True)
    assert critical(">0.5 mmol/L") == (None, True)
    assert critical(">2 mmol/L") == (True, True)
    assert mg.classify(mg.CensoredSerumMagnesium.parse("<0.5 mmol/L")).critical is None
    assert not mg.classify(mg.CensoredSerumMagnesium.parse("<0.5 mmol/L")).possibly_critical


def test_a_hand_built_classification_must_be_the_sets_own() -> None:
    result = mg.classify(mg.CensoredSerumMagnesium.parse("<0.9 mmol/L"))
    with pytest.raises(mg.DefinitionError, match="classify"):
        mg.CensoredLevelClassification(
            result.level, result.bands[:1], result.threshold_set, "mmol/L"
        )
    with pytest.raises(mg.DefinitionError):
        mg.CensoredLevelClassification(result.level, result.bands, result.threshold_set, "mg/dL")


# --- the laws -------------------------------------------------------------------------------


def _table_units(threshold_set: mg.ThresholdSet, unit: str) -> list[str]:
    """Every accepted unit whose levels are read on the same table as *unit*."""
    table = threshold_set.band_for(mg.SerumMagnesium.of(0, unit))[1]
    return [
        u
        for u in mg.ACCEPTED_UNITS
        if threshold_set.band_for(mg.SerumMagnesium.of(0, u))[1] is table
    ]


def _candidates(
    level: mg.CensoredSerumMagnesium,
    threshold_set: mg.ThresholdSet,
    limits: mg.CriticalLimits | None,
    unit_names: list[str],
) -> list[mg.SerumMagnesium]:
    """Levels at, next to and between every edge, limit and the bound, in each unit."""
    table = threshold_set.band_for(mg.SerumMagnesium.of(0, level.unit))[1]
    found = []
    for unit in unit_names:
        ceiling = units.rescale(units.PLAUSIBILITY_CEILING_MMOL_PER_L, "mmol/L", unit)
        marks = {0.0, units.rescale(float(level.bound), level.unit, unit)}
        marks |= {units.rescale(edge, table.unit, unit) for edge in table.edges}
        if limits is not None:
            ends = (limit for limit in (limits.low, limits.high) if limit is not None)
            marks |= {units.rescale(end, limits.unit, unit) for end in ends}
        points = set()
        for mark in marks:
            points |= {mark, math.nextafter(mark, 0.0), math.nextafter(mark, math.inf)}
        ordered = sorted(points)
        points |= {(a + b) / 2 for a, b in itertools.pairwise(ordered)}
        points.add(max(ordered) * 2 + 1)
        found += [mg.SerumMagnesium.of(p, unit) for p in points if 0 <= p <= ceiling]
    return [candidate for candidate in found if level.allows(candidate)]


@given(censored_levels(), SET_NAMES, st.none() | CRITICAL_NAMES)
def test_a_censored_result_is_classified_x_only_if_every_value_it_allows_is(
    level: mg.CensoredSerumMagnesium, name: str, critical_name: str | None
) -> None:
    threshold_set = mg.get_threshold_set(name)
    result = mg.classify(level, name, critical_limits=critical_name)
    limits = result.critical_limits
    for measured in _candidates(
        level, threshold_set, limits, _table_units(threshold_set, level.unit)
    ):
        reading = mg.classify(measured, name, critical_limits=critical_name)
        assert reading.band in result.bands, (measured, result)
        assert result.status in {None, reading.status}, (measured, result)
        assert result.severity in {None, reading.severity}, (measured, result)
        assert result.grade is None or result.grade == reading.grade, (measured, result)
        assert result.label in {None, reading.label}, (measured, result)
        if result.critical is not None:
            assert reading.critical is result.critical, (measured, result)
        if reading.critical:
            assert result.possibly_critical


def _lab_like_edges(threshold_set: mg.ThresholdSet, unit: str) -> list[float]:
    """The set's edges and every critical limit in *unit*, exact or rounded to a few places."""
    ends = [(edge, table.unit) for table in threshold_set.cutoffs for edge in table.edges]
    for limits in mg.CRITICAL_LIMITS.values():
        ends += [(end, limits.unit) for end in (limits.low, limits.high) if end is not None]
    found = {units.rescale(end, end_unit, unit) for end, end_unit in ends if end_unit == unit}
    for end, end_unit in ends:
        found |= {round(units.rescale(end, end_unit, unit), places) for places in (2, 3, 4)}
    return sorted(value for value in found if value > 0)


@given(st.data(), COMPARATORS, UNITS, SET_NAMES, st.none() | CRITICAL_NAMES)
def test_every_band_of_a_censored_result_holds_a_value_it_allows(
    data: st.DataObject, comparator: str, unit: str, name: str, critical_name: str | None
) -> None:
    """Undetermined means two allowed values differ: each band is witnessed (lab-like bounds).

    Bounds are short decimals, as laboratories report them, often an edge or a critical
    limit itself (or one rounded into *unit*).
    """
    threshold_set = mg.get_threshold_set(name)
    bound = data.draw(
        st.sampled_from(_lab_like_edges(threshold_set, unit)) | REPORTED.filter(lambda b: b > 0)
    )
    _check_every_band_is_witnessed(
        mg.CensoredSerumMagnesium(comparator, bound, unit), name, critical_name
    )


@pytest.mark.parametrize("name", sorted(mg.THRESHOLD_SETS))
def test_every_band_is_witnessed_at_every_edge(name: str) -> None:
    """The same law, exhaustively: a bound at each edge of a set, with each comparator."""
    threshold_set = mg.THRESHOLD_SETS[name]
    for table in threshold_set.cutoffs:
        for edge in table.edges:
            for comparator in ("<", "<=", ">", ">="):
                level = mg.CensoredSerumMagnesium(comparator, edge, table.unit)
                _check_every_band_is_witnessed(level, name, None)


def _variants(limits: mg.CriticalLimits) -> list[mg.CriticalLimits]:
    """*limits*, and each of its ends alone, included or not (limits a laboratory may set)."""
    found = [limits]
    for inclusive in (True, False):
        if limits.low is not None:
            found.append(attrs.evolve(limits, high=None, low_inclusive=inclusive))
        if limits.high is not None:
            found.append(attrs.evolve(limits, low=None, high_inclusive=inclusive))
    return found


@pytest.mark.parametrize("critical_name", sorted(mg.CRITICAL_LIMITS))
def test_criticality_is_witnessed_at_every_critical_limit(critical_name: str) -> None:
    """The same law for critical limits: a bound at each limit, with each comparator."""
    for limits in _variants(mg.CRITICAL_LIMITS[critical_name]):
        for end in (end for end in (limits.low, limits.high) if end is not None):
            for comparator in ("<", "<=", ">", ">="):
                level = mg.CensoredSerumMagnesium(comparator, end, limits.unit)
                _check_every_band_is_witnessed(level, mg.DEFAULT_THRESHOLD_SET, limits)


def _check_every_band_is_witnessed(
    level: mg.CensoredSerumMagnesium, name: str, critical_name: str | mg.CriticalLimits | None
) -> None:
    threshold_set = mg.get_threshold_set(name)
    result = mg.classify(level, name, critical_limits=critical_name)
    readings = [
        mg.classify(measured, name, critical_limits=critical_name)
        for measured in _candidates(level, threshold_set, result.critical_limits, [level.unit])
    ]
    assert {reading.band for reading in readings} == set(result.bands), (level, name)
    assert (result.status is None) == (len({reading.status for reading in readings}) > 1)
    if result.critical_limits is not None:
        found = {reading.critical for reading in readings}
        assert result.possibly_critical == (True in found), (level, critical_name)
        assert result.critical is (found.pop() if len(found) == 1 else None), (level, critical_name)


# --- columns agree with the scalar path --------------------------------------------------------


def _scalar(text: str | None, name: str, detail: arrays.Detail) -> str | None:
    if text is None:
        return None
    result = mg.classify(mg.parse_result(text), name)
    found = {"status": result.status, "severity": result.severity}.get(detail, result.label)
    if found is None:
        return arrays.UNDETERMINED
    return found if isinstance(found, str) else found.value


TEXTS = st.builds(
    lambda comparator, bound, unit: f"{comparator}{bound} {unit}",
    st.sampled_from(("", "", "<", "<=", ">", ">=", "\u2264 ")),
    REPORTED.filter(lambda bound: bound > 0),
    UNITS,
)


@given(
    st.lists(st.none() | TEXTS, min_size=1, max_size=12),
    SET_NAMES,
    st.sampled_from(("status", "severity", "label")),
)
def test_a_kept_column_classifies_row_for_row_as_the_scalar_path(
    texts: list[str | None], name: str, detail: arrays.Detail
) -> None:
    graded = arrays.parse(texts, censored="keep").classify(name, detail=detail)
    got = [None if code < 0 else graded.categories[code] for code in graded.codes.tolist()]
    assert got == [_scalar(text, name, detail) for text in texts]


def test_keep_keeps_the_bound_as_reported_and_no_value() -> None:
    column = arrays.parse(["<0.5 mmol/L", "<0.9 mmol/L", "0.8 mmol/L"], censored="keep")
    assert column.missing.tolist() == [True, True, False]
    assert column.reported_values.tolist() == [0.5, 0.9, 0.8]
    graded = column.classify()
    assert graded.categories == ("low", "normal", "high", "undetermined")
    assert [graded.categories[code] for code in graded.codes] == ["low", "undetermined", "normal"]
    assert not graded.to_categorical().ordered  # "undetermined" is not a level above "high"
    assert arrays.parse(["0.8 mmol/L"], censored="keep").classify().to_categorical().ordered


def test_arrays_classify_takes_a_column_of_comparators() -> None:
    graded = arrays.classify([0.5, 0.9, np.nan], "mmol/L", censored=["<", "<", None])
    assert graded.codes.tolist() == [0, 3, -1]
    assert graded.categories[3] == arrays.UNDETERMINED
    with pytest.raises(ArgumentTypeError, match="row 0"):
        arrays.classify([0.5], "mmol/L", censored=["~"])
    with pytest.raises(ArgumentTypeError, match="one per value"):
        arrays.classify([0.5, 0.6], "mmol/L", censored=["<"])
    with pytest.raises(ArgumentTypeError):
        arrays.classify([0.5], "mmol/L", censored="<")
    with pytest.raises(ImplausibleValueError, match="row 0"):
        arrays.classify([0.0], "mmol/L", censored=["<"])


def test_the_pandas_accessor_keeps_censored_rows_decided_as_the_scalar_path() -> None:
    pd = pytest.importorskip("pandas")
    import magnesium.accessors  # noqa: F401, PLC0415 (registers the accessor)

    texts = pd.Series(["<0.5 mmol/L", "<0.9 mmol/L", "0.8 mmol/L", None], name="mg")
    graded = texts.magnesium.classify(censored="keep")
    assert graded.tolist()[:3] == ["low", "undetermined", "normal"]
    assert graded.isna().tolist() == [False, False, False, True]
    bound = texts.magnesium.classify(censored="bound")  # the bound taken as the value
    assert bound.tolist()[:3] == ["low", "normal", "normal"]


def test_the_mcp_classify_tool_answers_a_censored_result() -> None:
    mcp_server = pytest.importorskip("magnesium.mcp_server")
    answer = mcp_server._classify(result="<0.9 mmol/L")
    assert answer["result"]["type"] == "CensoredLevelClassification"
    assert [band["status"] for band in answer["result"]["bands"]] == ["low", "normal"]
    assert [source["key"] for source in answer["sources"]] == ["iom-1997"]
