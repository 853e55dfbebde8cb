"""Lab columns in any unit (issue 14): parse, units per row, pandas and polars, typing."""

from __future__ import annotations

import importlib
import importlib.util
import math
import pickle
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import units
from magnesium.serum import _RESULT
from tests.strategies import REPORTED, SET_NAMES, SPELLINGS, values_in

np = pytest.importorskip("numpy")
pd: Any = pytest.importorskip("pandas")
pl: Any = pytest.importorskip("polars")

from magnesium import accessors, arrays  # noqa: E402 (after the optional dependencies)

DETAILS: st.SearchStrategy[arrays.Detail] = st.sampled_from(["status", "severity", "label"])


def scalar_name(level: mg.SerumMagnesium, set_name: str, detail: str) -> str:
    result = mg.classify(level, set_name)
    if detail == "status":
        return result.status.value
    if detail == "severity":
        return result.severity.value
    return result.band.label


def edges_of(set_name: str, unit: str) -> list[float]:
    """Every edge of every table of a set in *unit*, and its float neighbours."""
    found = []
    for table in mg.THRESHOLD_SETS[set_name].cutoffs:
        for edge in table.edges:
            value = units.rescale(edge, table.unit, unit)
            found += [value, math.nextafter(value, 0), math.nextafter(value, math.inf)]
    return [v for v in found if v <= units.rescale(20, "mmol/L", unit)]


@st.composite
def mixed_rows(draw: st.DrawFn) -> tuple[str, list[tuple[float, str | None]]]:
    """A set and rows of (value, unit spelling) in many units, at edges too; some missing."""
    set_name = draw(SET_NAMES)
    rows: list[tuple[float, str | None]] = []
    for _ in range(draw(st.integers(0, 30))):
        spelling = draw(SPELLINGS)
        unit = units.canonical_unit(spelling)
        value = draw(
            st.one_of(values_in(unit), REPORTED, st.sampled_from(edges_of(set_name, unit)))
        )
        missing = draw(st.sampled_from(["no", "no", "no", "value", "both"]))
        rows.append(
            (math.nan, spelling)
            if missing == "value"
            else (math.nan, None)
            if missing == "both"
            else (value, spelling)
        )
    return set_name, rows


# --- the law: a unit per row gives what the scalar API gives ---------------------------


@given(mixed_rows(), DETAILS)
def test_units_per_row_classify_as_the_scalar_api_does(
    drawn: tuple[str, list[tuple[float, str | None]]], detail: arrays.Detail
) -> None:
    set_name, rows = drawn
    values = [value for value, _ in rows]
    row_units = [unit for _, unit in rows]
    result = arrays.classify(values, row_units, set_name, detail=detail)
    assert len(result.codes) == len(rows)
    for (value, unit), code in zip(rows, result.codes, strict=True):
        if math.isnan(value):
            assert code == -1
        else:
            assert unit is not None
            expected = scalar_name(mg.SerumMagnesium(value, unit), set_name, detail)
            assert result.categories[code] == expected


@given(mixed_rows())
def test_parse_reads_every_text_as_the_scalar_parse_does(
    drawn: tuple[str, list[tuple[float, str | None]]],
) -> None:
    _, rows = drawn
    texts = [None if unit is None else f"{value!r} {unit}" for value, unit in rows]
    texts = [None if t is None or "nan" in t else t for t in texts]
    parsed = arrays.parse(texts, "mg/dL")
    for text, value, reported, unit in zip(
        texts, parsed.values, parsed.reported_values, parsed.reported_units, strict=True
    ):
        if text is None:
            assert math.isnan(value)
            assert unit is None
            continue
        level = mg.SerumMagnesium.parse(text)
        assert (reported, unit) == (level.value, level.unit)
        assert value == level.in_unit("mg/dL")


# --- known answers ----------------------------------------------------------------------


def test_the_issue_column_reads_in_every_unit() -> None:
    # 1 mmol/L = 2 mEq/L (Mg2+ is divalent) = 2.4305 mg/dL (molar mass 24.305 g/mol).
    parsed = arrays.parse(["0.7 mmol/L", "1.6 mg/dL", "1.4 mEq/L", "0,7 MMOL/l"])
    assert parsed.values.tolist()[::2] == [0.7, 0.7]
    assert parsed.values[1] == pytest.approx(1.6 / 2.4305, rel=1e-15)
    assert parsed.reported_units.tolist() == ["mmol/L", "mg/dL", "mEq/L", "mmol/L"]
    assert parsed.reported_values.tolist() == [0.7, 1.6, 1.4, 0.7]
    assert not parsed.missing.any()
    assert parsed.unit == "mmol/L"


def test_ctcae_grades_1_2_mg_dl_on_its_own_table_whatever_the_path() -> None:
    # CTCAE v5.0: grade 1 is < LLN - 1.2 mg/dL, grade 2 < 1.2 - 0.9 mg/dL; 1.2 mg/dL is
    # 0.4937 mmol/L, below the mmol/L table's 0.5, so converting first would give grade 2.
    texts = ["1.2 mg/dL", "0.49 mmol/L"]
    graded = arrays.parse(texts).classify("ctcae-v5", detail="severity")
    assert [graded.categories[c] for c in graded.codes] == ["mild", "moderate"]
    scalar = [mg.classify(mg.SerumMagnesium.parse(t), "ctcae-v5").grade for t in texts]
    assert scalar == [1, 2]
    assert graded.units_used == ("mmol/L", "mg/dL")


def test_missing_cells_stay_missing_and_coerce_drops_what_cannot_be_read() -> None:
    texts = [None, math.nan, pd.NA, "0.7 mmol/L", "n/a", "", "1 g/L", "-1 mg/dL", 7, "1,800 mg/dL"]
    parsed = arrays.parse(texts, errors="coerce")
    assert parsed.missing.tolist() == [True] * 3 + [False] + [True] * 6
    assert parsed.reported_units.tolist()[3:5] == ["mmol/L", None]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("n/a", mg.ParseError),
        ("", mg.ParseError),
        ("1 g/L", mg.UnitError),
        ("-1 mg/dL", mg.ImplausibleValueError),
        ("1,800 mg/dL", mg.ParseError),
        ("x" * 300, mg.ParseError),
        (7, mg.ParseError),
    ],
)
def test_raise_names_the_row_with_the_scalar_error(text: object, error: type[Exception]) -> None:
    with pytest.raises(error, match=r"\(row 2\)"):
        arrays.parse(["0.7 mmol/L", None, text, "n/a"])
    with pytest.raises(error):
        mg.SerumMagnesium.parse(text)  # type: ignore[arg-type]


def test_censored_results_raise_keep_or_bound() -> None:
    texts = ["<0.5 mmol/L", "\u2265 3 mg/dL", "> 5 mEq/L", "0.8 mmol/L"]
    with pytest.raises(mg.ParseError, match=r"'<0.5 mmol/L'.*\(row 0\).*censored="):
        arrays.parse(texts)
    kept = arrays.parse(texts, censored="keep")
    assert kept.missing.tolist() == [True, True, True, False]
    assert kept.censored.tolist() == ["<", ">=", ">", None]
    assert kept.reported_units.tolist() == ["mmol/L", "mg/dL", "mEq/L", "mmol/L"]
    bound = arrays.parse(texts, "mEq/L", censored="bound")
    assert bound.values.tolist() == [1.0, pytest.approx(3 / 24.305 * 20), 5.0, 1.6]
    assert bound.reported_values.tolist() == [0.5, 3.0, 5.0, 0.8]
    assert bound.censored.tolist() == ["<", ">=", ">", None]


def test_a_censored_text_with_a_bad_rest_follows_errors() -> None:
    with pytest.raises(mg.UnitError, match=r"\(row 0\)"):
        arrays.parse(["<0.5 g/L"], censored="keep")
    assert arrays.parse(["<0.5 g/L"], errors="coerce", censored="bound").missing.all()


def test_each_distinct_text_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = mg.SerumMagnesium.parse.__func__  # type: ignore[attr-defined]

    def counting(cls: type[mg.SerumMagnesium], text: str) -> mg.SerumMagnesium:
        calls.append(text)
        return original(cls, text)  # type: ignore[no-any-return]

    plain = arrays._read_plain  # plain results are read without SerumMagnesium.parse

    def counting_plain(text: object) -> object:
        calls.append(str(text))
        return plain(text)

    monkeypatch.setattr(mg.SerumMagnesium, "parse", classmethod(counting))
    monkeypatch.setattr(arrays, "_read_plain", counting_plain)
    parsed = arrays.parse(["0.7 mmol/L", "1.6 mg/dL", "1,6 mg/dL"] * 500 + [None] * 10)
    # each distinct text once by the plain reader; the one it declines once by the scalar rules
    assert sorted(calls) == ["0.7 mmol/L", "1,6 mg/dL", "1,6 mg/dL", "1.6 mg/dL"]
    assert parsed.values.size == 1510


def test_unknown_policies_and_single_texts_are_refused() -> None:
    with pytest.raises(mg.InputError, match="errors policy"):
        arrays.parse(["0.7 mmol/L"], errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(mg.InputError, match="censored policy"):
        arrays.parse(["0.7 mmol/L"], censored="drop")  # type: ignore[arg-type]
    with pytest.raises(mg.ArgumentTypeError, match=r"SerumMagnesium\.parse"):
        arrays.parse("0.7 mmol/L")
    with pytest.raises(mg.ArgumentTypeError, match="one column"):
        arrays.parse(pd.DataFrame({"mg": ["0.7 mmol/L"]}))
    with pytest.raises(mg.UnitError):
        arrays.parse(["0.7 mmol/L"], "g/L")


def test_parsed_columns_are_read_only_validated_and_pickle() -> None:
    parsed = arrays.parse(["<0.5 mmol/L", "0.8 mmol/L"], censored="bound")
    with pytest.raises(ValueError, match="read-only"):
        parsed.values[0] = 1.0
    again = pickle.loads(pickle.dumps(parsed))  # noqa: S301 (our own object)
    assert again.values.tolist() == parsed.values.tolist()
    assert again.censored.tolist() == ["<", None]
    assert not again.values.flags.writeable
    with pytest.raises(mg.ArgumentTypeError, match="one length"):
        arrays.ParsedColumn([0.5], "mmol/L", [0.5, 1.0], ["mmol/L"], [None])
    with pytest.raises(mg.ArgumentTypeError, match="reported_units"):
        arrays.ParsedColumn([0.5], "mmol/L", [0.5], ["g/L"], [None])
    with pytest.raises(mg.ArgumentTypeError, match="censored"):
        arrays.ParsedColumn([0.5], "mmol/L", [0.5], ["mmol/L"], ["~"])
    with pytest.raises(mg.ImplausibleValueError):
        arrays.ParsedColumn([math.inf], "mmol/L", [0.5], ["mmol/L"], [None])
    with pytest.raises(mg.ArgumentTypeError):
        arrays.ParsedColumn(["x"], "mmol/L", [0.5], ["mmol/L"], [None])
    with pytest.raises(mg.ArgumentTypeError):
        arrays.ParsedColumn([0.5], "mmol/L", [0.5], "mmol/L", [None])


@pytest.mark.parametrize("item", [[1], ("<",), {"<"}, "np-array", "pd-series"])
def test_a_column_item_that_is_itself_a_column_is_refused(item: object) -> None:
    """A list, array or Series inside a text column is one wrong item, not a shape error."""
    pd = pytest.importorskip("pandas")
    item = {"np-array": np.array(["<", "<"]), "pd-series": pd.Series(["<"])}.get(str(item), item)
    with pytest.raises(mg.ArgumentTypeError, match="censored"):
        arrays.ParsedColumn([0.5, 0.6], "mmol/L", [0.5, 0.6], ["mmol/L"] * 2, [item, None])
    with pytest.raises(mg.ArgumentTypeError, match="reported_units"):
        arrays.ParsedColumn([0.5, 0.6], "mmol/L", [0.5, 0.6], [item, "mmol/L"], [None, None])


def test_the_qualifier_pattern_is_the_scalar_one() -> None:
    match = _RESULT.fullmatch("<= 0,5mg/dl")
    assert match is not None
    assert (match["qualifier"], match["number"], match["unit"]) == ("<=", "0,5", "mg/dl")


# --- units per row: bad input ------------------------------------------------------------


def test_units_per_row_refuse_what_the_scalar_api_refuses() -> None:
    with pytest.raises(mg.UnitError, match=r"row 1"):
        arrays.classify([0.7, 0.7], ["mmol/L", "g/L"])
    with pytest.raises(mg.UnitError, match=r"row 0"):
        arrays.classify([0.7], [7])
    with pytest.raises(mg.UnitError, match="one unit per value"):
        arrays.classify([0.7, 0.8], ["mmol/L"])
    with pytest.raises(mg.UnitError, match="row 1 has a value and no unit"):
        arrays.classify([0.7, 0.8], ["mmol/L", None])
    # 30 mg/L is plausible (1.2 mmol/L); 30 mmol/L is not: the ceiling is the row's unit's
    assert arrays.classify([30.0], ["mg/L"]).codes.tolist() == [2]
    with pytest.raises(mg.ImplausibleValueError, match="position 1"):
        arrays.classify([30.0, 30.0], ["mg/L", "mmol/L"])
    with pytest.raises(mg.ImplausibleValueError):
        arrays.classify([-1.0], ["mg/L"])


def test_units_per_row_from_numpy_pandas_and_tuples() -> None:
    expected = [1, 2]  # iom-1997: 0.8 mmol/L normal, 2.5 mg/dL high (> 2.3)
    for row_units in (
        np.array(["mmol/L", "mg/dL"]),
        pd.Series(["mmol/L", "mg/dL"]),
        ("mmol/L", "mg/dL"),
    ):
        assert arrays.classify([0.8, 2.5], row_units).codes.tolist() == expected
    assert arrays.classify([], []).units_used == ("mmol/L",)


def test_band_codes_pickle_with_their_units() -> None:
    result = arrays.classify([1.2, 0.49], ["mg/dL", "mmol/L"], "ctcae-v5")
    again = pickle.loads(pickle.dumps(result))  # noqa: S301 (our own object)
    assert again.units_used == ("mmol/L", "mg/dL")
    assert again.codes.tolist() == result.codes.tolist()
    with pytest.raises(mg.ArgumentTypeError, match="units_used"):
        arrays.BandCodes(
            result.codes,
            result.categories,
            result.bands,
            result.threshold_set,
            "mmol/L",
            units_used="mmol/L",
        )


# --- pandas and polars ---------------------------------------------------------------------


def test_a_pandas_series_of_texts_gives_a_frame_with_its_index() -> None:
    texts = pd.Series(["0.7 mmol/L", None, "<0.5 mmol/L"], index=["a", "b", "c"], name="mg")
    frame = arrays.parse(texts, censored="keep")
    assert frame.index.tolist() == ["a", "b", "c"]
    assert frame.columns.tolist() == ["value", "reported_value", "reported_unit", "censored"]
    assert frame["censored"].isna().tolist() == [True, True, False]
    assert frame["censored"]["c"] == "<"
    assert frame["value"].isna().tolist() == [False, True, True]


def test_polars_keeps_polars_types_and_nulls() -> None:
    values = pl.Series("mg", [1.2, None, 2.5])
    converted = arrays.convert(values, "mg/dL", "mg/L")
    assert isinstance(converted, pl.Series)
    assert converted.name == "mg"
    assert converted.to_list() == [12.0, None, 25.0]
    classified = arrays.classify(values, "mg/dL")
    assert isinstance(classified, pl.Series)
    assert classified.dtype == pl.Enum(["low", "normal", "high"])
    assert classified.to_list() == ["low", None, "high"]
    ints = arrays.classify(pl.Series("n", [1, None], dtype=pl.Int32), "mg/dL")
    assert ints.to_list() == ["low", None]
    frame = arrays.parse(pl.Series("t", ["0.7 mmol/L", None]))
    assert isinstance(frame, pl.DataFrame)
    assert frame["value"].to_list() == [0.7, None]
    assert frame["reported_unit"].to_list() == ["mmol/L", None]
    nulls = pl.Series("n", [None, None])
    assert arrays.classify(nulls, "mg/dL").to_list() == [None, None]
    assert arrays.convert(nulls, "mg/dL", "mmol/L").to_list() == [None, None]
    per_row = arrays.classify(values, pl.Series(["mg/dL", None, "mg/dL"]))
    assert per_row.to_list() == ["low", None, "high"]


@pytest.mark.parametrize("name", ["mg", ""])
@pytest.mark.parametrize("dtype", [pl.Float64, pl.Float32, pl.Int32])
def test_a_long_polars_column_is_converted_in_memory_from_pyarrows_pool(
    name: str, dtype: pl.DataType, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From _POLARS_IN_ARROW values the product is written chunk by chunk into a buffer
    # from pyarrow's pool and handed to polars as an Arrow array: the same Series as
    # polars' own multiply, nulls kept as nulls and NaN as NaN, in one chunk.
    pytest.importorskip("pyarrow")
    values = pl.Series(name, [1, None, 2, 0, None, 3] * 3, dtype=dtype)
    if dtype != pl.Int32:
        values = values.scatter([5], float("nan"))
    one_after_the_other = arrays.convert(values, "mg/dL", "mmol/L")
    monkeypatch.setattr(arrays, "_POLARS_IN_ARROW", 0)
    converted = arrays.convert(values, "mg/dL", "mmol/L")
    assert converted.name == name
    assert converted.dtype == pl.Float64
    assert converted.n_chunks() == 1
    assert converted.null_count() == values.null_count() == 6
    assert converted.is_nan().sum() == (0 if dtype == pl.Int32 else 1)
    assert converted.to_list()[:4] == [1 * 10 / 24.305, None, 2 * 10 / 24.305, 0.0]
    assert converted.equals(one_after_the_other)
    assert converted.to_list()[:4] == one_after_the_other.to_list()[:4]
    sliced = values.slice(1)  # an offset into the Arrow buffers: multiplied by polars
    assert arrays.convert(sliced, "mg/dL", "mmol/L").equals(one_after_the_other.slice(1))
    chunks = pl.concat([values.slice(0, 7), values.slice(7)], rechunk=False)
    assert arrays.convert(chunks, "mg/dL", "mmol/L").equals(one_after_the_other)
    assert chunks.n_chunks() == 2  # the caller's Series is left as it was
    for bad in (-1.0, math.inf, 121.6):
        with pytest.raises(mg.ImplausibleValueError, match="mg/dL"):
            arrays.convert(pl.Series(name, [1.0, bad, None]), "mg/dL", "mmol/L")


def test_columns_of_nulls_and_wide_integers_keep_their_nulls_in_arrow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Found in review: a Null-typed column exports no validity bitmap, and polars cannot
    # export 128-bit integers; the present values are read from is_not_null instead.
    pytest.importorskip("pyarrow")
    monkeypatch.setattr(arrays, "_POLARS_IN_ARROW", 0)
    nulls = arrays.convert(pl.Series("n", [None] * 5), "mmol/L", "mg/dL")
    assert nulls.dtype == pl.Float64
    assert nulls.null_count() == 5
    wide = pl.Series("w", [1, None, 2]).cast(pl.Int128)
    assert arrays.convert(wide, "mmol/L", "mg/dL").to_list() == [2.4305, None, 4.861]


def test_without_a_reusing_pyarrow_polars_multiplies(monkeypatch: pytest.MonkeyPatch) -> None:
    # No pyarrow, a pyarrow that cannot be imported, or a pool that gives memory back
    # (the system allocator): the values are checked, then multiplied by polars.
    pa = pytest.importorskip("pyarrow")
    monkeypatch.setattr(arrays, "_POLARS_IN_ARROW", 0)
    values = pl.Series("mg", [2.4305, None])
    with monkeypatch.context() as patch:
        patch.setattr(pa, "default_memory_pool", pa.system_memory_pool)
        assert arrays._reusing_pyarrow() is None
        assert arrays.convert(values, "mg/dL", "mmol/L").to_list() == [1.0, None]
    real_import = importlib.import_module

    def broken(name: str, package: str | None = None) -> Any:
        if name == "pyarrow":
            raise ImportError(name)
        return real_import(name, package)

    with monkeypatch.context() as patch:
        patch.setattr(importlib, "import_module", broken)
        assert arrays._reusing_pyarrow() is None
    with monkeypatch.context() as patch:
        patch.setattr(importlib.util, "find_spec", lambda _: None)
        assert arrays._reusing_pyarrow() is None
        assert arrays.convert(values, "mg/dL", "mmol/L").to_list() == [1.0, None]


def test_categorical_results_can_be_changed_and_the_codes_stay_read_only() -> None:
    pd = pytest.importorskip("pandas")
    result = arrays.classify([1.4, 2.0], "mg/dL")
    categorical = result.to_categorical()
    categorical[0] = "high"
    assert result.categories[result.codes[0]] == "low"
    column = arrays.classify(pd.Series([1.4, 1.5]), "mg/dL", censored=[None, "<"])
    column.iloc[0] = "high"
    series = arrays.classify(pd.Series([1.4, 2.0], name="mg"), "mg/dL")
    series.iloc[1] = "low"
    per_row = arrays.classify(pd.Series([1.4, 0.9]), ["mg/dL", "mmol/L"])
    per_row.iloc[1] = "high"
    assert (column.tolist(), series.tolist(), per_row.tolist()) == (
        ["high", "low"],
        ["low", "low"],
        ["low", "high"],
    )


@pytest.mark.parametrize("codes_to_enum", [True, False], ids=["cat.to", "older polars"])
def test_polars_enum_results_are_the_same_with_or_without_cat_to(
    codes_to_enum: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not codes_to_enum:  # a polars without Series.cat.to: the result is looked up instead
        monkeypatch.delattr(pl.series.categorical.CatNameSpace, "to", raising=False)
    values = pl.Series("mg", [1.0, None, 1.5, 2.3, 2.31, 0.0])
    graded = arrays.classify(values, "mg/dL", "ctcae-v5", detail="severity")
    assert graded.name == "mg"
    assert graded.dtype == pl.Enum(
        list(arrays.classify([1.0], "mg/dL", "ctcae-v5", detail="severity").categories)
    )
    # CTCAE v5 in mg/dL: grade 2 below 1.2, grade 1 below the LLN 1.8, grade 1 high above
    # the ULN 2.3, grade 4 below 0.7
    assert graded.to_list() == ["moderate", None, "mild", "none", "mild", "life-threatening"]


def test_polars_text_and_frames_are_refused_as_numbers() -> None:
    with pytest.raises(mg.ImplausibleValueError):
        arrays.classify(pl.Series(["0.7"]), "mmol/L")
    with pytest.raises(mg.ArgumentTypeError, match="one column"):
        arrays.convert(pl.DataFrame({"mg": [0.7]}), "mmol/L", "mg/dL")


def test_the_accessor_works_on_pandas_and_polars() -> None:
    texts = ["1.2 mg/dL", "0.49 mmol/L", None]
    frame = pd.DataFrame({"mg": texts}, index=[10, 11, 12])
    graded = frame["mg"].magnesium.classify("ctcae-v5", detail="severity")
    assert graded.name == "mg"
    assert graded.index.tolist() == [10, 11, 12]
    assert graded.tolist()[:2] == ["mild", "moderate"]
    grades = pl.Series("mg", texts).magnesium.classify("ctcae-v5", detail="severity")
    assert grades.name == "mg"
    assert grades.to_list() == ["mild", "moderate", None]
    numbers = pl.Series("x", [0.7, None]).magnesium
    assert numbers.convert("mmol/L", "mEq/L").to_list() == [1.4, None]
    assert numbers.classify(unit="mmol/L").to_list() == ["low", None]
    assert pl.Series(["1 mmol/L"]).magnesium.parse()["value"].to_list() == [1.0]
    assert isinstance(pd.Series([0.5]).magnesium, accessors.MagnesiumAccessor)
    for numbers in (pd.Series([0.7]), pl.Series([0.7]), pd.Series([1], dtype="Int64")):
        with pytest.raises(mg.UnitError, match="unit="):
            numbers.magnesium.classify()
    with pytest.raises(mg.ArgumentTypeError, match="pandas or polars Series"):
        accessors.MagnesiumAccessor([0.5])
    accessors._register()  # a second import (a reload) keeps the one registration
    assert isinstance(pl.Series([0.5]).magnesium, accessors.MagnesiumAccessor)


# --- the package: lazy imports, completion, typing ----------------------------------------


def test_import_magnesium_imports_no_optional_library() -> None:
    code = (
        "import sys, magnesium; "
        "print(sorted({'numpy', 'pandas', 'polars', 'matplotlib', 'fhir', 'hl7', 'pydantic', "
        "'mcp', 'magnesium.fhir', 'magnesium.hl7', 'magnesium.interop'} & set(sys.modules)))"
    )
    out = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_dir_lists_the_topic_modules_before_first_use() -> None:
    code = "import magnesium as mg; print([n for n in dir(mg) if n in {'rda', 'arrays', 'causes'}])"
    out = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "['arrays', 'causes', 'rda']"
    assert {"plausibility", "repletion", "SerumMagnesium"} <= set(dir(mg))


def test_a_misspelt_attribute_is_an_error_at_run_time() -> None:
    with pytest.raises(AttributeError, match="SerumMagnesum"):
        mg.SerumMagnesum  # type: ignore[attr-defined] # noqa: B018


def test_mypy_rejects_a_misspelt_attribute_and_accepts_the_topics(tmp_path: Any) -> None:
    api = pytest.importorskip("mypy.api")
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """
            import magnesium as mg
            level = mg.SerumMagnesum.parse("1.8 mg/dL")
            intake: float = mg.rda.recommended_intake(age_years=40, sex="male").amount_mg
            column = mg.arrays.parse(["0.7 mmol/L"])
            """
        )
    )
    stdout, _, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(snippet)]
    )
    assert status == 1
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, stdout
    assert 'Module has no attribute "SerumMagnesum"' in errors[0]


def test_the_optional_libraries_are_declared_as_extras() -> None:
    import tomllib  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    extras = project["project"]["optional-dependencies"]
    assert any(r.startswith("pandas") for r in extras["pandas"])
    assert any(r.startswith("polars") for r in extras["polars"])
    assert any(r.startswith("matplotlib") for r in extras["plot"])  # magnesium.plots
    assert any(r.startswith("polars") for r in project["dependency-groups"]["dev"])
