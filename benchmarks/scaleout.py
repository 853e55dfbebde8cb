"""Scale-out: the library's share of a dask computation, threaded and distributed.

The column is written once to parquet files (not timed) and read back with
``dd.read_parquet``, as docs/large-datasets.md recommends; each partition is
classified with ``arrays.classify`` through ``map_partitions``. Three things are
timed on each scheduler (the threaded one, and a ``dask.distributed`` LocalCluster
of one single-threaded worker process per core):

* the whole computation with the library;
* the same computation with a partition function that does no work (an int8
  column of zeros): dask's own set-up, the parquet reading and the gathering;
* the library's own CPU time, measured inside each partition and summed, against
  the same for the whole column in memory (a pandas Series).

The result is checked equal to the in-memory ``arrays.classify`` of the column.
"""

from __future__ import annotations

import importlib
import os
import tempfile
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from benchmarks._common import Row, race
from benchmarks.columns import lab_column
from magnesium import arrays


def classify_partition(part: Any) -> Any:  # noqa: ANN401 (a pandas Series)
    """The recipe of docs/large-datasets.md: the codes of one partition."""
    return arrays.classify(part, "mg/dL").cat.codes.astype("int8")


def nothing(part: Any) -> Any:  # noqa: ANN401 (a pandas Series)
    """The same shape of result without the library: dask's cost alone."""
    pd: Any = importlib.import_module("pandas")
    return pd.Series(np.zeros(len(part), dtype=np.int8), index=part.index, name=part.name)


def library_seconds(part: Any) -> Any:  # noqa: ANN401 (a pandas Series)
    """The library's CPU time on one partition (its thread's), as a one-row Series.

    CPU time, not wall time: worker processes share the cores with each other and
    with the client, and a wall clock would count their waiting as the library's.
    """
    pd: Any = importlib.import_module("pandas")
    start = time.thread_time()
    arrays.classify(part, "mg/dL")
    return pd.Series([time.thread_time() - start])


def _in_memory_seconds(series: Any, repeat: int) -> float:  # noqa: ANN401 (a pandas Series)
    """The same CPU time for the whole column at once, best of *repeat*."""
    best = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        arrays.classify(series, "mg/dL")
        best = min(best, time.thread_time() - start)
    return best


def _on(column: Any, function: Callable[[Any], Any], meta: tuple[str, str]) -> Callable[[], Any]:  # noqa: ANN401
    return lambda: column.map_partitions(function, meta=meta).compute()


def _scheduler_rows(name: str, column: Any, values: Any, repeat: int) -> list[Row]:  # noqa: ANN401
    codes = _on(column, classify_partition, ("mg_dl", "int8"))().to_numpy()
    if not np.array_equal(codes, arrays.classify(values, "mg/dL").codes):
        message = f"dask ({name}) differs from the in-memory result"
        raise AssertionError(message)
    seconds = race(
        {
            "with": _on(column, classify_partition, ("mg_dl", "int8")),
            "no-op": _on(column, nothing, ("mg_dl", "int8")),
        },
        repeat=repeat,
    )
    inside = min(float(_on(column, library_seconds, ("x", "f8"))().sum()) for _ in range(repeat))
    pd: Any = importlib.import_module("pandas")
    in_memory = _in_memory_seconds(pd.Series(values, name="mg_dl"), repeat)
    cores = os.cpu_count() or 1
    return [
        Row(
            "scale-out",
            f"{name}: library CPU time in partitions / in memory",
            inside / in_memory,
            "<= 1.5",
        ),
        Row(
            "scale-out",
            f"{name}: compute with the library / with a no-op (dask alone)",
            seconds["with"] / seconds["no-op"],
        ),
        Row(
            "scale-out",
            f"{name}: library CPU time / (compute wall time x cores)",
            inside / (seconds["with"] * cores),
        ),
        Row("scale-out", f"{name}: library rows/s of CPU time (absolute)", values.size / inside),
    ]


def bench_dask(partitions: int, size: int, repeat: int) -> list[Row]:
    """Threads, then a LocalCluster if dask.distributed is installed."""
    dd: Any = importlib.import_module("dask.dataframe")
    pd: Any = importlib.import_module("pandas")
    values = lab_column(size)
    with tempfile.TemporaryDirectory() as directory:
        frame = dd.from_pandas(pd.DataFrame({"mg_dl": values}), npartitions=partitions)
        frame.to_parquet(directory, write_index=False)
        column = dd.read_parquet(directory)["mg_dl"]
        dask: Any = importlib.import_module("dask")
        with dask.config.set(scheduler="threads"):
            rows = _scheduler_rows("threads", column, values, repeat)
        if importlib.util.find_spec("distributed") is None:
            print("dask.distributed is not installed: the LocalCluster rows are skipped")
            return rows
        distributed: Any = importlib.import_module("distributed")
        cores = os.cpu_count() or 1
        with (
            distributed.LocalCluster(
                n_workers=cores, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            distributed.Client(cluster),
        ):
            rows += _scheduler_rows("LocalCluster", column, values, repeat)
    return rows
