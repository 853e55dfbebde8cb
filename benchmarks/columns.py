"""Whole columns: `arrays.classify`, `arrays.convert` and `arrays.parse`.

Baselines for a column of values in mg/dL (the IOM set's edges, 1.8 and 2.3 mg/dL,
with the sides the source gives them: both ends are normal):

* two vectorised comparisons in the values' unit:
  ``(v >= 1.8).view(int8) + (v > 2.3).view(int8)``, what numpy can do at best;
* ``np.searchsorted`` of the same edges; ``pd.cut`` with the same bins;
* a bare multiply ``v * factor`` for the conversion.

The same for a pandas Series (the comparisons on the Series) and a polars Series
(``(s >= 1.8).cast(pl.Int8) + (s > 2.3).cast(pl.Int8)``). Peak memory is what
tracemalloc sees (numpy and pandas report to it; polars allocates in Rust, where it
does not look, so no memory row is given for polars).

Text columns: ``arrays.parse`` on a pandas Series against the code a user would
write by hand: ``Series.str.extract`` of the same pattern and ``pd.to_numeric``
(which neither checks nor converts units).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Callable
from typing import Any

import numpy as np

from benchmarks._common import Row, peak_memory, race
from magnesium import arrays, units
from magnesium.serum import _RESULT

LOW, HIGH = 1.8, 2.3  # the IOM 1997 interval in mg/dL, both ends normal


def lab_column(size: int) -> np.ndarray[Any, np.dtype[np.float64]]:
    """*size* values in mg/dL, rounded to two decimals as reported (many at an edge)."""
    rng = np.random.default_rng(11)
    values: np.ndarray[Any, np.dtype[np.float64]] = rng.normal(2.0, 0.35, size).clip(0, 4.5)
    return values.round(2)


def _numpy_rows(values: np.ndarray[Any, np.dtype[np.float64]], repeat: int) -> list[Row]:
    pd: Any = importlib.import_module("pandas")

    factor = units.factor("mg/dL", "mmol/L")
    sorted_edges = np.array([np.nextafter(LOW, 0), HIGH])
    bins = [-np.inf, float(sorted_edges[0]), HIGH, np.inf]

    def two() -> np.ndarray[Any, np.dtype[np.int8]]:
        return (values >= LOW).view(np.int8) + (values > HIGH).view(np.int8)

    candidates: dict[str, Callable[[], object]] = {
        "two comparisons": two,
        "searchsorted": lambda: np.searchsorted(sorted_edges, values, side="left"),
        "pd.cut": lambda: pd.cut(values, bins, labels=False),
        "multiply": lambda: values * factor,
        "classify": lambda: arrays.classify(values, "mg/dL").codes,
        "convert": lambda: arrays.convert(values, "mg/dL", "mmol/L"),
    }
    if not np.array_equal(arrays.classify(values, "mg/dL").codes, two()):
        message = "arrays.classify differs from the two comparisons"
        raise AssertionError(message)
    seconds = race(candidates, repeat=repeat)
    size = f"{values.size:.0e} values"
    return [
        Row(
            "numpy",
            f"classify / two comparisons ({size})",
            seconds["classify"] / seconds["two comparisons"],
            "<= 1.5",
        ),
        Row("numpy", "classify / np.searchsorted", seconds["classify"] / seconds["searchsorted"]),
        Row("numpy", "classify / pd.cut", seconds["classify"] / seconds["pd.cut"]),
        Row("numpy", "convert / bare multiply", seconds["convert"] / seconds["multiply"], "<= 1.3"),
        Row(
            "numpy",
            "peak memory / input, classify",
            peak_memory(candidates["classify"]) / values.nbytes,
            "<= 1.3",
        ),
        Row(
            "numpy",
            "peak memory / input, convert (the result is 1x)",
            peak_memory(candidates["convert"]) / values.nbytes,
            "<= 1.3",
        ),
        Row("numpy", "peak memory / input, two comparisons", peak_memory(two) / values.nbytes),
    ]


def _pandas_rows(values: np.ndarray[Any, np.dtype[np.float64]], repeat: int) -> list[Row]:
    pd: Any = importlib.import_module("pandas")

    series = pd.Series(values, name="mg_dl")
    factor = units.factor("mg/dL", "mmol/L")

    def two() -> object:
        return (series >= LOW).astype("int8") + (series > HIGH).astype("int8")

    candidates: dict[str, Callable[[], object]] = {
        "two comparisons": two,
        "multiply": lambda: series * factor,
        "classify": lambda: arrays.classify(series, "mg/dL"),
        "convert": lambda: arrays.convert(series, "mg/dL", "mmol/L"),
    }
    seconds = race(candidates, repeat=repeat)
    return [
        Row(
            "pandas",
            "classify / two comparisons on the Series",
            seconds["classify"] / seconds["two comparisons"],
            "<= 1.5",
        ),
        Row(
            "pandas",
            "convert / Series * factor",
            seconds["convert"] / seconds["multiply"],
            "<= 1.3",
        ),
        Row(
            "pandas",
            "peak memory / input, classify",
            peak_memory(candidates["classify"]) / values.nbytes,
            "<= 1.3",
        ),
        Row(
            "pandas",
            "peak memory / input, convert (the result is 1x)",
            peak_memory(candidates["convert"]) / values.nbytes,
            "<= 1.3",
        ),
    ]


def _polars_rows(values: np.ndarray[Any, np.dtype[np.float64]], repeat: int) -> list[Row]:
    pl: Any = importlib.import_module("polars")

    series = pl.Series("mg_dl", values)
    factor = units.factor("mg/dL", "mmol/L")

    def two() -> object:
        return (series >= LOW).cast(pl.Int8) + (series > HIGH).cast(pl.Int8)

    seconds = race(
        {
            "two comparisons": two,
            "multiply": lambda: series * factor,
            "classify": lambda: arrays.classify(series, "mg/dL"),
            "convert": lambda: arrays.convert(series, "mg/dL", "mmol/L"),
        },
        repeat=repeat,
    )
    return [
        Row(
            "polars",
            "classify / two comparisons on the Series",
            seconds["classify"] / seconds["two comparisons"],
            "<= 1.5",
        ),
        Row(
            "polars",
            "convert / Series * factor",
            seconds["convert"] / seconds["multiply"],
            "<= 1.3",
        ),
    ]


def bench_arrays(repeat: int, size: int) -> list[Row]:
    """numpy, then pandas and polars where installed."""
    values = lab_column(size)
    rows = _numpy_rows(values, repeat)
    if importlib.util.find_spec("pandas") is not None:
        rows += _pandas_rows(values, repeat)
    if importlib.util.find_spec("polars") is not None:
        rows += _polars_rows(values, repeat)
    return rows


def _by_hand(series: Any) -> Any:  # noqa: ANN401 (pandas)
    """What a user writes: the same pattern, then the number column to floats."""
    pd: Any = importlib.import_module("pandas")

    parts = series.str.strip().str.extract(_RESULT.pattern)
    return pd.to_numeric(parts["number"].str.replace(",", ".", regex=False))


def bench_text(repeat: int, size: int) -> list[Row]:
    """``arrays.parse`` of a pandas Series of texts against ``str.extract`` + ``to_numeric``."""
    if importlib.util.find_spec("pandas") is None:
        return []
    pd: Any = importlib.import_module("pandas")

    rng = np.random.default_rng(13)
    mmol = rng.normal(0.82, 0.14, size).clip(0.05, 1.8)
    columns = {
        "repeating (2 decimals, about 200 texts)": pd.Series([f"{x:.2f} mmol/L" for x in mmol]),
        "distinct (6 decimals)": pd.Series([f"{x:.6f} mmol/L" for x in mmol]),
    }
    rows = []
    for name, texts in columns.items():
        seconds = race(
            {
                "hand": functools.partial(_by_hand, texts),
                "parse": functools.partial(arrays.parse, texts),
            },
            repeat=repeat,
        )
        rows.append(
            Row(
                "text column",
                f"arrays.parse / str.extract + to_numeric, {name}",
                seconds["parse"] / seconds["hand"],
                "<= 1" if name.startswith("distinct") else "<= 0.2",
            )
        )
    return rows
