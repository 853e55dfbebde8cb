"""magnesium.arrays: whole columns give what the scalar API gives, element for element."""

from __future__ import annotations

import math
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import units
from tests.strategies import REPORTED, SET_NAMES, UNITS, values_in

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

from magnesium import arrays  # noqa: E402 (after the optional dependencies are known)

DETAILS: st.SearchStrategy[arrays.Detail] = st.sampled_from(["status", "severity", "label"])


def edges_in(set_name: str, unit: str) -> list[float]:
    """Every inner edge of every table of a set, converted into *unit*, and its neighbours."""
    found = []
    for table in mg.THRESHOLD_SETS[set_name].cutoffs:
        for edge in table.edges:
            value = units.rescale(edge, table.unit, unit)
            found += [value, math.nextafter(value, 0), math.nextafter(value, math.inf)]
    return found


def scalar_category(value: float, unit: str, set_name: str, detail: str) -> str:
    result = mg.classify(mg.SerumMagnesium(value, unit), set_name)
    if detail == "status":
        return result.status.value
    if detail == "severity":
        return result.severity.value
    return result.band.label


@st.composite
def columns(draw: st.DrawFn) -> tuple[str, str, list[float]]:
    """A set, a unit, and a column of values in it: random, as reported, and at edges."""
    set_name = draw(SET_NAMES)
    unit = draw(UNITS)
    at_edges = st.sampled_from(edges_in(set_name, unit))
    value = st.one_of(values_in(unit), REPORTED, at_edges, st.just(math.nan))
    return set_name, unit, draw(st.lists(value, max_size=40))


# --- the law: arrays agree with the scalar API --------------------------------------


@given(columns(), DETAILS)
def test_every_element_classifies_as_the_scalar_api_does(
    column: tuple[str, str, list[float]], detail: arrays.Detail
) -> None:
    set_name, unit, values = column
    values = [v for v in values if math.isnan(v) or v <= units.rescale(20, "mmol/L", unit)]
    result = arrays.classify(np.array(values, dtype=float), unit, set_name, detail=detail)
    assert len(result.codes) == len(values)
    for value, code in zip(values, result.codes, strict=True):
        if math.isnan(value):
            assert code == -1
        else:
            assert result.categories[code] == scalar_category(value, unit, set_name, detail)


@given(UNITS, UNITS, st.lists(st.one_of(REPORTED, values_in("mmol/L")), max_size=30))
def test_conversion_agrees_with_the_scalar_api_but_for_the_last_bits(
    source: str, target: str, mmol: list[float]
) -> None:
    values = [units.rescale(v, "mmol/L", source) for v in mmol]
    converted = arrays.convert(values, source, target)
    for value, got in zip(values, converted, strict=True):
        expected = mg.convert(value, source, target)
        # four roundings (value, factor, product; the scalar's one) of at most half a unit in
        # the last place each: at most 4 units; among subnormal floats the digits run out sooner
        assert abs(got - expected) <= max(4 * math.ulp(expected), 1e-300)


@given(UNITS, st.lists(values_in("mmol/L"), min_size=1, max_size=30))
def test_conversion_round_trips_within_two_bits(unit: str, mmol: list[float]) -> None:
    there = arrays.convert(np.array(mmol), "mmol/L", unit)
    back = arrays.convert(there, unit, "mmol/L")
    assert np.all(np.abs(back - np.array(mmol)) <= 2 * np.spacing(np.array(mmol)))


# --- known answers ------------------------------------------------------------------


def test_edges_land_where_the_source_puts_them() -> None:
    # IOM 1997: the reference interval 0.75-0.95 mmol/L includes both ends.
    result = arrays.classify([0.74, 0.75, 0.95, 0.96], "mmol/L", "iom-1997")
    assert [result.categories[c] for c in result.codes] == ["low", "normal", "normal", "high"]
    # 1.8 mg/dL is the IOM's lower limit in mg/dL: normal, as printed.
    result = arrays.classify([1.79, 1.8], "mg/dL", "iom-1997")
    assert [result.categories[c] for c in result.codes] == ["low", "normal"]


def test_ctcae_grades_by_label_and_severity() -> None:
    # CTCAE v5.0 hypomagnesemia: grade 3 < 0.9 - 0.7 mg/dL, grade 4 < 0.7 mg/dL.
    severity = arrays.classify([0.6, 0.8, 1.0], "mg/dL", "ctcae-v5", detail="severity")
    assert [severity.categories[c] for c in severity.codes] == [
        "life-threatening",
        "severe",
        "moderate",
    ]
    assert severity.unit_used == "mg/dL"


def test_mequivalents_are_twice_the_millimoles() -> None:
    assert arrays.convert([1.5, 0], "mEq/L", "mmol/L").tolist() == [0.75, 0.0]


# --- shapes in and out ---------------------------------------------------------------


def test_a_series_gives_a_series_with_its_index_and_name() -> None:
    series = pd.Series([1.4, 2.0, None], index=["x", "y", "z"], name="mg")
    classified = arrays.classify(series, "mg/dL")
    assert isinstance(classified, pd.Series)
    assert classified.index.tolist() == ["x", "y", "z"]
    assert classified.name == "mg"
    assert classified.cat.ordered
    assert classified.cat.categories.tolist() == ["low", "normal", "high"]
    assert classified.tolist()[:2] == ["low", "normal"]
    assert pd.isna(classified["z"])
    converted = arrays.convert(series, "mg/dL", "mg/L")
    assert converted.index.tolist() == ["x", "y", "z"]
    assert converted.name == "mg"
    assert converted.tolist()[:2] == [14.0, 20.0]


def test_pandas_missing_values_are_missing() -> None:
    series = pd.Series([0.5, pd.NA, 0.8], dtype="Float64")
    assert arrays.classify(series, "mmol/L").isna().tolist() == [False, True, False]
    assert arrays.classify([0.5, None], "mmol/L").codes.tolist() == [0, -1]
    assert np.isnan(arrays.convert([None], "mmol/L", "mg/dL")).all()


def test_a_dataframe_column_takes_the_codes() -> None:
    frame = pd.DataFrame({"mg_dl": [1.2, 1.9, 2.5]})
    frame["status"] = arrays.classify(frame["mg_dl"], "mg/dL")
    assert frame["status"].astype(str).tolist() == ["low", "normal", "high"]


def test_codes_convert_to_a_categorical() -> None:
    result = arrays.classify([0.5, math.nan], "mmol/L", detail="label")
    categorical = result.to_categorical()
    assert list(categorical.categories) == list(result.categories)
    assert categorical.codes.tolist() == result.codes.tolist()
    assert result.bands == mg.get_threshold_set().cutoffs[0].bands


def test_empty_and_all_missing_columns() -> None:
    assert arrays.classify([], "mg/dL").codes.tolist() == []
    assert arrays.classify([math.nan, math.nan], "mg/dL").codes.tolist() == [-1, -1]
    assert arrays.convert([], "mg/dL", "mmol/L").tolist() == []


def test_inputs_are_never_changed_and_results_are_read_only() -> None:
    values = np.array([1.0, 2.0, np.nan])
    before = values.copy()
    converted = arrays.convert(values, "mg/dL", "mg/dL")
    with pytest.raises(ValueError, match="read-only"):
        converted[0] = 99.0
    result = arrays.classify(values, "mg/dL")
    with pytest.raises(ValueError, match="read-only"):
        result.codes[0] = 2
    assert result.to_categorical().tolist()[0] == "low"
    np.testing.assert_array_equal(values, before)
    assert values.flags.writeable


def test_a_dataframe_huge_ints_and_a_scalar_nan() -> None:
    pd = pytest.importorskip("pandas")
    with pytest.raises(mg.ArgumentTypeError, match="one column"):
        arrays.convert(pd.DataFrame({"mg": [1.8]}), "mg/dL", "mmol/L")
    with pytest.raises(mg.ImplausibleValueError):
        arrays.convert([10**400], "mmol/L", "mg/dL")
    assert int(arrays.classify(float("nan"), "mg/dL").codes) == -1
    assert int(arrays.classify(1.8, "mg/dL").codes) == 1
    assert math.isnan(float(arrays.convert(None, "mg/dL", "mmol/L")))
    assert float(arrays.convert(1.8, "mg/dL", "mg/dL")) == 1.8


def test_a_threshold_set_object_and_a_unit_spelling_are_accepted() -> None:
    chosen = mg.get_threshold_set("bnssg-remedy-2023")
    result = arrays.classify([0.3], " MMOL/l ", chosen)
    assert result.threshold_set is chosen
    assert result.categories[result.codes[0]] == "low"


# --- bad input -----------------------------------------------------------------------


def test_implausible_values_are_counted_and_located() -> None:
    with pytest.raises(mg.ImplausibleValueError) as caught:
        arrays.classify([0.5, 0.7, -0.1, math.inf, 0.8], "mmol/L")
    message = str(caught.value)
    assert "2 value(s)" in message
    assert "-0.1 at position 2" in message
    assert isinstance(caught.value, ValueError)


def test_a_value_above_the_ceiling_is_refused_like_the_scalar_api() -> None:
    too_high = math.nextafter(units.rescale(20, "mmol/L", "mg/dL"), math.inf)
    with pytest.raises(mg.ImplausibleValueError):
        mg.SerumMagnesium(too_high, "mg/dL")
    with pytest.raises(mg.ImplausibleValueError, match="position 0"):
        arrays.convert([too_high], "mg/dL", "mmol/L")


def test_a_long_column_is_shortened_in_the_message() -> None:
    with pytest.raises(mg.ImplausibleValueError, match=r"\.\.\. 10 values"):
        arrays.classify([-1.0] * 10, "mmol/L")


@pytest.mark.parametrize(
    "values",
    [["1.8"], [True, False], np.array([True]), [object()], [[1.0], [2.0, 3.0]], object()],
)
def test_non_numbers_are_refused(values: object) -> None:
    with pytest.raises(mg.ImplausibleValueError, match="numbers"):
        arrays.classify(values, "mg/dL")


def test_unknown_unit_set_and_detail() -> None:
    with pytest.raises(mg.UnitError):
        arrays.convert([1.0], "mg", "mmol/L")
    with pytest.raises(mg.UnknownEntryError):
        arrays.classify([1.0], "mg/dL", "iom-1979")
    with pytest.raises(mg.MagnesiumError, match="'grade' is not a kind of detail"):
        arrays.classify([1.0], "mg/dL", detail="grade")  # type: ignore[arg-type]


def test_importing_magnesium_does_not_import_numpy() -> None:
    code = "import sys, magnesium; print('numpy' in sys.modules)"
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_pint_quantities_are_refused_not_stripped_of_their_unit() -> None:
    """numpy drops a Quantity's unit: 1.8 mg/dL would be classified as 1.8 mmol/L (high)."""
    quantity: Any = units.registry().Quantity
    in_mg_dl = quantity(np.array([1.8, 0.7]), "mg/dL")
    calls: list[Callable[[], object]] = [
        lambda: arrays.classify(in_mg_dl, "mmol/L"),
        lambda: arrays.convert(in_mg_dl, "mmol/L", "mg/dL"),
        lambda: arrays.classify([quantity(1.8, "mg/dL")], "mmol/L"),
        lambda: arrays.classify((quantity(1.0, "mmol/L"),), ["mmol/L"]),
        lambda: arrays.classify([in_mg_dl], "mg/dL", censored=["<"]),
    ]
    for call in calls:
        with pytest.raises(mg.ArgumentTypeError, match=r"m_as\('mmol/L'\)"):
            call()
    with pytest.raises(mg.ArgumentTypeError):
        arrays.ParsedColumn([quantity(1.0, "mmol/L")], "mmol/L", [0.5], ["mmol/L"], [None])
    assert arrays.convert(in_mg_dl.m_as("mg/dL"), "mg/dL", "mmol/L").tolist() == [
        units.rescale(1.8, "mg/dL", "mmol/L"),
        units.rescale(0.7, "mg/dL", "mmol/L"),
    ]
