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
  the same for the whole column in memory (a pandas Series), in the same kind of
  process: the client for the threaded scheduler, a worker for the LocalCluster.

The in-memory baseline of the LocalCluster runs in a worker because dask.distributed
starts its workers with ``MALLOC_TRIM_THRESHOLD_=65536`` (its ``pre-spawn-environ``
setting, to give memory back to the system): glibc then maps every allocation above
128 kB afresh, and each page of a partition's result costs a page fault that the
client process, reusing its freed memory, does not pay. Measured in the client, the
same work looked up to three times as costly in the workers.

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
from benchmarks.columns import HIGH, LOW, lab_column
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


def comparisons_seconds(part: Any) -> Any:  # noqa: ANN401 (a pandas Series)
    """numpy's two comparisons' CPU time on one partition, as a one-row Series.

    The baseline of `arrays.classify` in memory (benchmarks/columns.py), measured in the
    same partitions, processes and allocator settings as the library.
    """
    pd: Any = importlib.import_module("pandas")
    start = time.thread_time()
    values = part.to_numpy()
    (values >= LOW).view(np.int8) + (values > HIGH).view(np.int8)
    return pd.Series([time.thread_time() - start])


def in_memory_seconds(directory: str, repeat: int) -> float:
    """The same CPU time for the whole column at once (read from *directory*), best of *repeat*.

    A function of the parquet directory, so that a worker can run it on its own copy.
    """
    pd: Any = importlib.import_module("pandas")
    series = pd.read_parquet(directory)["mg_dl"]
    best = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        arrays.classify(series, "mg/dL")
        best = min(best, time.thread_time() - start)
    return best


def _on(column: Any, function: Callable[[Any], Any], meta: tuple[str, str]) -> Callable[[], Any]:  # noqa: ANN401
    return lambda: column.map_partitions(function, meta=meta).compute()


def _scheduler_rows(  # noqa: PLR0913 (each scheduler measures the same things)
    name: str,
    column: Any,  # noqa: ANN401 (a dask Series)
    values: Any,  # noqa: ANN401 (the column in memory)
    repeat: int,
    *,
    in_memory: Callable[[], float],
    where: str,
) -> list[Row]:
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
    inside = whole = numpy_inside = float("inf")
    for _ in range(repeat):  # alternated, so that a burst of load falls on all three
        inside = min(inside, float(_on(column, library_seconds, ("x", "f8"))().sum()))
        numpy_inside = min(
            numpy_inside, float(_on(column, comparisons_seconds, ("x", "f8"))().sum())
        )
        whole = min(whole, in_memory())
    cores = os.cpu_count() or 1
    return [
        Row(
            "scale-out",
            f"{name}: library CPU time in partitions / two comparisons in the same partitions",
            inside / numpy_inside,
            "<= 1.5",
        ),
        Row(
            "scale-out",
            f"{name}: library CPU time in partitions / in memory ({where})",
            inside / whole,
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
            rows = _scheduler_rows(
                "threads",
                column,
                values,
                repeat,
                in_memory=lambda: in_memory_seconds(directory, 1),
                where="client",
            )
        if importlib.util.find_spec("distributed") is None:
            print("dask.distributed is not installed: the LocalCluster rows are skipped")
            return rows
        distributed: Any = importlib.import_module("distributed")
        cores = os.cpu_count() or 1
        with (
            distributed.LocalCluster(
                n_workers=cores, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            rows += _scheduler_rows(
                "LocalCluster",
                column,
                values,
                repeat,
                in_memory=lambda: client.submit(
                    in_memory_seconds, directory, 1, pure=False
                ).result(),
                where="a worker",
            )
    return rows
