"""Run the benchmarks and print a table of ratios: ``python -m benchmarks [--quick]``.

Every ratio compares two things measured side by side in the same run, on the
same machine, interleaved, as the best of N rounds (the round least disturbed by
other load); no absolute time is a target. Every row prints its target and
whether it was met. Install what the benchmarks compare against first:
``pip install -e . --group dev --group bench`` (pip 25.1 or later).

Cases (see docs/performance.md for the table and the machine):

1. import: ``import magnesium`` against ``import pint`` + a registry.
2. scalar: ``classify(SerumMagnesium.of(x, "mg/dL"))`` over several value
   distributions, against named baselines and pint's idioms (benchmarks/scalar.py).
3. arrays: ``arrays.classify`` and ``arrays.convert`` on numpy, pandas and polars
   columns against vectorised comparisons, ``searchsorted``, ``pd.cut`` and a bare
   multiply, with peak memory (benchmarks/columns.py).
4. text: ``arrays.parse`` against ``str.extract`` + ``to_numeric``; adversarial
   text and the linearity of the result pattern (benchmarks/textparse.py).
5. dask: the library's share of a dask computation over parquet, threaded and on
   a LocalCluster (benchmarks/scaleout.py).
"""

from __future__ import annotations

import argparse
import importlib.util
from collections.abc import Sequence

from benchmarks._common import Row, machine, table
from benchmarks.columns import bench_arrays, bench_text
from benchmarks.importing import bench_import
from benchmarks.scalar import bench_scalar
from benchmarks.textparse import bench_parse


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
    quick = args.quick
    repeat = 3 if quick else 9
    rows: list[Row] = []
    if "import" not in args.skip:
        rows += bench_import(repeat)
    if "scalar" not in args.skip:
        rows += bench_scalar(3 if quick else 100, 200 if quick else 400)
    if "arrays" not in args.skip:
        rows += bench_arrays(repeat, 10_000 if quick else 10_000_000)
    if "parse" not in args.skip:
        rows += bench_text(repeat if quick else 3, 10_000 if quick else 1_000_000)
        rows += bench_parse(repeat)
    if "dask" not in args.skip and importlib.util.find_spec("dask") is None:
        print("dask is not installed: the scale-out case is skipped (pip install --group bench)")
    elif "dask" not in args.skip:
        from benchmarks.scaleout import bench_dask  # noqa: PLC0415 (dask is optional)

        rows += bench_dask(20, 200_000 if quick else 20_000_000, repeat if quick else 3)
    header = machine()
    print(header)
    print(table(rows))
    missed = [row for row in rows if row.met == "MISSED"]
    print(f"{len(rows)} rows, {len(missed)} missed")
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:  # noqa: PTH123
            out.write(f"{table(rows)}\n\nMeasured on {header}.\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
