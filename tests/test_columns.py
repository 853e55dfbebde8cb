"""The chunked kernels of magnesium.arrays: long columns, both kernels, every chunk checked."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import units
from tests.test_arrays import edges_in, scalar_category

np = pytest.importorskip("numpy")

from magnesium import _columns, arrays  # noqa: E402 (after numpy is known)

LONG = 2 * _columns.CHUNK + 123
"""Three chunks, the last one short."""


def long_column(set_name: str, unit: str, *, missing: bool) -> object:
    """A column longer than two chunks: random values, every edge and its neighbours, NaN."""
    rng = np.random.default_rng(5)
    upper = units.rescale(5.0, "mmol/L", unit)
    values = rng.uniform(0, upper, LONG).round(2)  # few distinct values: few scalar calls
    at_edges = np.array(edges_in(set_name, unit))
    values[rng.integers(0, LONG, 5 * at_edges.size)] = np.repeat(at_edges, 5)
    if missing:
        values[rng.integers(0, LONG, 50)] = np.nan
    return values


@pytest.mark.parametrize("few_edges", [_columns.FEW_EDGES, 0], ids=["compare", "searchsorted"])
@pytest.mark.parametrize("missing", [False, True], ids=["complete", "with-nan"])
@pytest.mark.parametrize(
    "case",
    [
        ("iom-1997", "mg/dL", "status"),
        ("ctcae-v5", "mmol/L", "severity"),
        ("ctcae-v5", "mg/dL", "label"),
        ("dynamed-2019", "mEq/L", "status"),
        ("workeneh-2021", "umol/L", "severity"),
    ],
)
def test_both_kernels_agree_with_the_scalar_api_over_many_chunks(
    monkeypatch: pytest.MonkeyPatch,
    few_edges: int,
    missing: bool,
    case: tuple[str, str, arrays.Detail],
) -> None:
    set_name, unit, detail = case
    monkeypatch.setattr(_columns, "FEW_EDGES", few_edges)
    values = long_column(set_name, unit, missing=missing)
    result = arrays.classify(values, unit, set_name, detail=detail)
    assert isinstance(values, np.ndarray)
    distinct, where = np.unique(values, return_inverse=True)
    expected = [
        "" if math.isnan(value) else scalar_category(float(value), unit, set_name, detail)
        for value in distinct
    ]
    names = [*result.categories, ""]  # code -1: missing
    assert [names[code] for code in result.codes] == [expected[i] for i in where]


@pytest.mark.parametrize("few_edges", [_columns.FEW_EDGES, 0], ids=["compare", "searchsorted"])
@pytest.mark.parametrize("bad", [-0.25, math.inf, -math.inf, 1e6, 1.7976931348623157e308])
def test_a_bad_value_in_any_chunk_is_found(
    monkeypatch: pytest.MonkeyPatch, few_edges: int, bad: float
) -> None:
    monkeypatch.setattr(_columns, "FEW_EDGES", few_edges)
    for position in (0, _columns.CHUNK - 1, _columns.CHUNK, LONG - 1):
        values = np.full(LONG, 0.8)
        values[7] = np.nan  # a missing value elsewhere does not hide it
        values[position] = bad
        with pytest.raises(mg.ImplausibleValueError, match=f"at position {position}"):
            arrays.classify(values, "mmol/L")
        with pytest.raises(mg.ImplausibleValueError, match=f"at position {position}"):
            arrays.convert(values, "mmol/L", "mg/dL")


@pytest.mark.parametrize("source", units.ACCEPTED_UNITS)
@pytest.mark.parametrize("target", units.ACCEPTED_UNITS)
def test_the_ceiling_is_exact_in_every_unit_whatever_the_kernel_reads(
    source: str, target: str
) -> None:
    """The ceiling itself passes and the next float above it is refused, in every chunk.

    Conversions check their result rather than the values (the kernel's shortcut):
    a value one unit in the last place above the ceiling must still be refused.
    """
    ceiling = units.PLAUSIBILITY_CEILING_MMOL_PER_L * units.factor("mmol/L", source)
    for position in (0, _columns.CHUNK, LONG - 1):
        values = np.full(LONG, ceiling / 2)
        values[position] = ceiling
        assert arrays.convert(values, source, target)[position] == ceiling * (
            units.factor(source, target) if source != target else 1.0
        )
        assert arrays.classify(values, source).codes[position] >= 0
        values[position] = math.nextafter(ceiling, math.inf)
        with pytest.raises(mg.ImplausibleValueError, match=f"at position {position}"):
            arrays.convert(values, source, target)
        with pytest.raises(mg.ImplausibleValueError, match=f"at position {position}"):
            arrays.classify(values, source)


def test_a_chunk_of_nan_only_and_negative_zero() -> None:
    values = np.full(LONG, np.nan)
    values[-1] = -0.0
    result = arrays.classify(values, "mmol/L")
    assert (result.codes[:-1] == -1).all()
    assert result.categories[result.codes[-1]] == "low"
    converted = arrays.convert(values, "mmol/L", "mEq/L")
    assert np.isnan(converted[:-1]).all()
    assert converted[-1] == 0


def test_conversion_over_many_chunks_is_the_plain_product() -> None:
    values = long_column("iom-1997", "mg/dL", missing=True)
    assert isinstance(values, np.ndarray)
    factor = units.factor("mg/dL", "mmol/L")
    np.testing.assert_array_equal(arrays.convert(values, "mg/dL", "mmol/L"), values * factor)
    np.testing.assert_array_equal(arrays.convert(values, "mg/dL", "mg/dL"), values)


def test_a_conversion_writes_into_the_buffer_it_is_given() -> None:
    # The polars path hands `scaled` memory from pyarrow's pool: the result is written
    # there, with or without a factor, and nothing is returned for a refused column.
    values = long_column("iom-1997", "mg/dL", missing=True)
    assert isinstance(values, np.ndarray)
    factor = units.factor("mg/dL", "mmol/L")
    ceiling = units.PLAUSIBILITY_CEILING_MMOL_PER_L / factor
    for multiplier, expected in ((factor, values * factor), (None, values)):
        out = np.empty_like(values)
        assert _columns.scaled(values, multiplier, ceiling, out=out) is out
        np.testing.assert_array_equal(out, expected)
    values[-1] = -1.0
    assert _columns.scaled(values, factor, ceiling, out=np.empty_like(values)) is None
    assert _columns.scaled(values, None, ceiling, out=np.empty_like(values)) is None


def test_shapes_are_kept() -> None:
    grid = np.array([[0.5, 0.8], [1.0, np.nan]])
    assert arrays.classify(grid, "mmol/L").codes.tolist() == [[0, 1], [2, -1]]
    assert arrays.convert(grid, "mmol/L", "mEq/L").shape == (2, 2)
    assert arrays.classify(np.float64(0.5), "mmol/L").codes.tolist() == 0


TEXTS = st.one_of(
    st.text(alphabet=" \t0123456789.,+-eE<>=mgdLlMOoqEu/µ", max_size=14),
    st.builds(
        "{}{}{}".format,
        st.sampled_from(["", " ", "<", "> ", "+", "-"]),
        st.one_of(st.floats(0, 30).map(repr), st.integers(0, 3000).map(str), st.just("1,5")),
        st.sampled_from([" mmol/L", "mg/dL", " MEQ/L", " mg / dl", "", " mmol", " mg/100 mL"]),
    ),
)


@given(TEXTS)
def test_the_plain_reader_reads_as_the_scalar_api_or_declines(text: str) -> None:
    plain = arrays._read_plain(text)
    if plain is None:
        return
    level = mg.SerumMagnesium.parse(text)
    assert plain == (level.value, level.unit, None)
    assert math.copysign(1, plain[0]) == 1


@given(st.lists(TEXTS, max_size=12))
def test_a_column_of_texts_reads_as_its_texts_do(texts: list[str]) -> None:
    pd = pytest.importorskip("pandas")
    column = arrays.parse(texts, errors="coerce", censored="keep")
    frame = arrays.parse(pd.Series(texts), errors="coerce", censored="keep")
    np.testing.assert_array_equal(frame["value"].to_numpy(), column.values)
    for text, value, unit in zip(texts, column.reported_values, column.reported_units, strict=True):
        try:
            level = mg.SerumMagnesium.parse(text)
        except mg.MagnesiumError:
            continue
        assert (value, unit) == (level.value, level.unit)
