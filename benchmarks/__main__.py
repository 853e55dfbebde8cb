"""Run the benchmarks and print a table of ratios: ``python -m benchmarks [--quick]``.

Every ratio compares two things measured side by side in the same run, on the
same machine, as the median of repeated runs; no absolute time is a target.
Install what the benchmarks compare against first:
``pip install -e . --group dev --group bench`` (pip 25.1 or later).

Cases (see docs/performance.md for the targets):

1. import: ``python -c "import magnesium"`` against
   ``python -c "import pint; pint.UnitRegistry()"``.
2. scalar: ``classify(SerumMagnesium.of(x, "mg/dL"))`` against pint's chemistry
   context and against a bare float (``x * 10 / 24.305 < 0.74``).
3. arrays: ``arrays.classify`` on 10**6 values against bare numpy (multiply and
   ``searchsorted``), with peak memory as a multiple of the input.
4. parse: ``SerumMagnesium.parse`` of adversarial text (white space then a stray
   character, the pattern that was quadratic) of 1 kB, 64 kB and 1 MB, each
   against the parse of one short result; parsing must not grow faster than the
   text (text over ``units.MAX_TEXT_LENGTH`` is refused before any pattern runs,
   and below it the match is linear). ``units.quantity`` on unit text of the
   same kinds is timed the same way.
5. scale-out: the same classification over a dask dataframe (2 x 10**7 rows in
   20 partitions, local scheduler) through ``map_partitions``, checked equal to
   the in-memory result, with rows per second per core; and the time per
   partition as the partitions double, to show it scales linearly.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import os
import statistics
import subprocess
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

import magnesium as mg
from magnesium import arrays

Row = tuple[str, str, float, str]
"""(case, what is compared, ratio, target)"""


def median_seconds(run: Callable[[], object], *, repeat: int, number: int = 1) -> float:
    """The median over *repeat* runs of the time of *number* calls, per call."""
    times = timeit.repeat(run, repeat=repeat, number=number)
    return statistics.median(times) / number


def median_of_interleaved(commands: Sequence[Sequence[str]], repeat: int) -> list[float]:
    """Run each command *repeat* times, interleaved; the median wall time of each."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(repeat):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, check=True)
            times[index].append(time.perf_counter() - start)
    return [statistics.median(each) for each in times]


def bench_import(repeat: int) -> list[Row]:
    python = sys.executable
    bare, ours, pint_registry = median_of_interleaved(
        [
            [python, "-c", "pass"],
            [python, "-c", "import magnesium"],
            [python, "-c", "import pint; pint.UnitRegistry()"],
        ],
        repeat,
    )
    return [
        ("import", "magnesium / pint + registry (process)", ours / pint_registry, "<= 0.3"),
        (
            "import",
            "magnesium / pint + registry (net of python)",
            (ours - bare) / (pint_registry - bare),
            "<= 0.3",
        ),
    ]


def lab_values(count: int, *, decimals: int | None) -> list[float]:
    """Values in mg/dL rounded to *decimals* places (as laboratories report), or unrounded."""
    rng = np.random.default_rng(7)
    values = rng.normal(2.0, 0.35, count).clip(0.2, 4.5)
    return [float(v) for v in (values if decimals is None else values.round(decimals))]


def distinct_values(count: int, decimals: int) -> list[float]:
    """*count* different values with *decimals* places: more than the conversion cache holds."""
    step = 10.0**-decimals
    return [round(0.2 + index * step, decimals) for index in range(count)]


def bench_scalar(repeat: int, count: int) -> list[Row]:
    import pint  # noqa: PLC0415 (measured against)

    registry: pint.UnitRegistry[float] = pint.UnitRegistry()
    molar_mass = registry.Quantity(mg.MOLAR_MASS_G_PER_MOL, "g/mol")
    lower = 0.74
    reported = lab_values(count, decimals=2)
    distinct = distinct_values(count, decimals=4)
    unrounded = lab_values(count, decimals=None)

    def bare() -> None:
        for x in reported:
            _ = x * 10 / 24.305 < lower

    def ours(values: list[float]) -> Callable[[], None]:
        def run() -> None:
            for x in values:
                mg.classify(mg.SerumMagnesium.of(x, "mg/dL"))

        return run

    few = reported[: max(count // 20, 10)]  # pint is slow: time fewer calls, per call

    def through_pint() -> None:
        for x in few:
            quantity = registry.Quantity(x, "mg/dL").to("mmol/L", "chemistry", mw=molar_mass)
            _ = quantity.magnitude < lower

    per_bare = median_seconds(bare, repeat=repeat) / count
    per_ours = median_seconds(ours(reported), repeat=repeat) / count
    per_distinct = median_seconds(ours(distinct), repeat=repeat) / count
    per_unrounded = median_seconds(ours(unrounded), repeat=repeat) / count
    per_pint = median_seconds(through_pint, repeat=repeat) / len(few)
    return [
        ("scalar", "pint chemistry context / magnesium", per_pint / per_ours, ">= 100"),
        ("scalar", "magnesium / bare float (reported values)", per_ours / per_bare, "<= 40"),
        (
            "scalar",
            "magnesium / bare float (distinct, 4 decimals)",
            per_distinct / per_bare,
            "<= 40",
        ),
        ("scalar", "magnesium / bare float (distinct, unrounded)", per_unrounded / per_bare, "-"),
    ]


def bench_arrays(repeat: int, size: int) -> list[Row]:
    rng = np.random.default_rng(11)
    values = rng.normal(2.0, 0.35, size).clip(0, 4.5)
    table = mg.get_threshold_set().cutoffs[1]  # iom-1997 in mmol/L
    edges = np.array(table.edges)
    factor = mg.units.factor("mg/dL", "mmol/L")

    def bare() -> object:
        return np.searchsorted(edges, values * factor).astype(np.int8)

    def ours() -> object:
        return arrays.classify(values, "mg/dL").codes

    per_bare = median_seconds(bare, repeat=repeat)
    per_ours = median_seconds(ours, repeat=repeat)
    return [
        ("arrays", f"arrays.classify / numpy ({size:.0e} values)", per_ours / per_bare, "<= 2"),
        (
            "arrays",
            "peak memory / input (arrays.classify)",
            peak_memory(ours) / values.nbytes,
            "<= 3",
        ),
        ("arrays", "peak memory / input (bare numpy)", peak_memory(bare) / values.nbytes, "-"),
    ]


def _refused(parse: Callable[[str], object], text: str) -> None:
    try:
        parse(text)
    except mg.MagnesiumError:
        return
    message = f"{text[:20]!r}... was accepted"
    raise AssertionError(message)


def bench_parse(repeat: int) -> list[Row]:
    """Adversarial text of 1 kB, 64 kB and 1 MB: time per parse / time of one short result."""
    short = median_seconds(lambda: mg.SerumMagnesium.parse("1.8 mg/dL"), repeat=repeat, number=200)
    rows: list[Row] = []
    for label, size in (("1 kB", 1_000), ("64 kB", 64_000), ("1 MB", 1_000_000)):
        for kind, text in (
            ("spaces + 'x'", " " * (size - 1) + "x"),
            ("'1 m' + spaces + 'x'", "1 m" + " " * (size - 4) + "x"),
        ):
            seconds = median_seconds(
                lambda text=text: _refused(mg.SerumMagnesium.parse, text),  # type: ignore[misc]
                repeat=repeat,
                number=20,
            )
            rows.append(("parse", f"{kind}, {label} / '1.8 mg/dL'", seconds / short, "<= 10"))
    rows += _pattern_growth(repeat)
    unit_short = median_seconds(lambda: mg.units.quantity(1.0, "mg/dL"), repeat=repeat, number=50)
    for label, text in (("1 kB", "(" * 999 + "m"), ("1 MB", "m/" * 500_000)):
        seconds = median_seconds(
            lambda text=text: _refused(lambda unit: mg.units.quantity(1.0, unit), text),  # type: ignore[misc]
            repeat=repeat,
            number=20,
        )
        rows.append(("parse", f"units.quantity, {label} / 'mg/dL'", seconds / unit_short, "<= 10"))
    return rows


def _pattern_growth(repeat: int) -> list[Row]:
    """The result pattern alone, without the length cap: time grows with the text, no faster."""
    from magnesium import serum  # noqa: PLC0415

    times = {}
    for size in (1_000, 64_000, 1_000_000):
        text = "1 m" + " " * (size - 4) + "x"
        times[size] = median_seconds(
            lambda text=text: serum._RESULT.fullmatch(text.strip()),  # type: ignore[misc]  # noqa: SLF001
            repeat=repeat,
            number=5,
        )
    return [
        (
            "parse",
            "pattern alone, no cap: 64 kB / 1 kB",
            times[64_000] / times[1_000],
            "<= 64 (linear)",
        ),
        (
            "parse",
            "pattern alone, no cap: 1 MB / 64 kB",
            times[1_000_000] / times[64_000],
            "<= 16 (linear)",
        ),
    ]


def peak_memory(run: Callable[[], object]) -> float:
    """Bytes allocated at the peak of one call (numpy reports to tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return float(peak)


def bench_dask(partitions: int, rows: int, repeat: int) -> list[Row]:
    dd: Any = importlib.import_module("dask.dataframe")  # optional, untyped
    pd: Any = importlib.import_module("pandas")

    rng = np.random.default_rng(3)
    values = rng.normal(2.0, 0.35, rows).clip(0, 4.5).round(2)
    frame = pd.DataFrame({"mg_dl": values})
    expected = arrays.classify(values, "mg/dL").codes
    cores = os.cpu_count() or 1

    def classify_partition(part: Any) -> Any:  # noqa: ANN401 (a pandas Series)
        return arrays.classify(part, "mg/dL").cat.codes.astype("int8")

    def run(count: int) -> np.ndarray[Any, Any]:
        lazy = dd.from_pandas(frame.iloc[: (rows // partitions) * count], npartitions=count)
        series = lazy["mg_dl"].map_partitions(classify_partition, meta=("mg_dl", "int8"))
        codes: np.ndarray[Any, Any] = series.compute(scheduler="threads").to_numpy()
        return codes

    run(partitions // 4)  # warm up: imports, first allocations
    rows_done = []
    for count in (partitions // 4, partitions // 2, partitions):
        seconds = median_seconds(lambda count=count: run(count), repeat=repeat)  # type: ignore[misc]
        rows_done.append((count, seconds / count))
    codes = run(partitions)
    if not np.array_equal(codes, expected[: len(codes)]):
        message = "dask result differs from the in-memory result"
        raise AssertionError(message)
    full_rows = (rows // partitions) * partitions
    total = rows_done[-1][1] * partitions
    quarter, full = rows_done[0][1], rows_done[-1][1]
    return [
        (
            "scale-out",
            f"dask rows/s per core ({full_rows:.0e} rows, {partitions} parts)",
            full_rows / total / cores,
            "-",
        ),
        (
            "scale-out",
            f"time per partition, {partitions} / {partitions // 4} parts",
            full / quarter,
            "~1 (linear)",
        ),
    ]


def table(rows: Sequence[Row]) -> str:
    lines = ["| case | ratio | value | target |", "| --- | --- | ---: | --- |"]
    lines += [
        f"| {case} | {what} | {value:,.3g} | {target} |" for case, what, value, target in rows
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats")
    parser.add_argument("--output", help="also write the table (Markdown) to this file")
    parser.add_argument(
        "--skip",
        nargs="*",
        default=[],
        choices=["import", "scalar", "arrays", "parse", "dask"],
    )
    args = parser.parse_args(argv)
    repeat = 3 if args.quick else 7
    rows: list[Row] = []
    if "import" not in args.skip:
        rows += bench_import(repeat)
    if "scalar" not in args.skip:
        rows += bench_scalar(repeat, 1_000 if args.quick else 20_000)
    if "arrays" not in args.skip:
        rows += bench_arrays(repeat, 10_000 if args.quick else 1_000_000)
    if "parse" not in args.skip:
        rows += bench_parse(repeat)
    if "dask" not in args.skip and importlib.util.find_spec("dask") is None:
        print("dask is not installed: the scale-out case is skipped (pip install --group bench)")
    elif "dask" not in args.skip:
        rows += bench_dask(20, 200_000 if args.quick else 20_000_000, repeat)
    header = f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} cores"
    print(header)
    print(table(rows))
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:  # noqa: PTH123
            out.write(f"{table(rows)}\n\nMeasured with {header}.\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
