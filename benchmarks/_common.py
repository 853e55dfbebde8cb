"""What every benchmark shares: rows with targets, interleaved best-of-N timing, memory."""

from __future__ import annotations

import gc
import importlib.metadata
import os
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One line of the table: a ratio of two things measured side by side, and its target."""

    case: str
    compared: str
    value: float
    target: str = "-"
    """``"<= 1.5"``, ``">= 100"``, or ``"-"`` (reported, no target)."""

    @property
    def met(self) -> str:
        """``met``, ``MISSED``, or ``-`` where there is no target."""
        if self.target == "-":
            return "-"
        operator, _, number = self.target.partition(" ")
        bound = float(number)
        ok = self.value <= bound if operator == "<=" else self.value >= bound
        return "met" if ok else "MISSED"


def race(
    candidates: Mapping[str, Callable[[], object]], *, repeat: int, number: int = 1
) -> dict[str, float]:
    """Seconds per call of each candidate: the best of *repeat* rounds, interleaved.

    Each round times every candidate once (*number* calls in a row), so that a
    burst of load on a shared machine falls on all of them alike; the best round
    is the one least disturbed.
    """
    best = dict.fromkeys(candidates, float("inf"))
    for _ in range(repeat):
        for name, run in candidates.items():
            start = time.perf_counter()
            for _ in range(number):
                run()
            best[name] = min(best[name], (time.perf_counter() - start) / number)
    return best


def peak_memory(run: Callable[[], object]) -> float:
    """Bytes allocated at the peak of one call (numpy and pandas report to tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return float(peak)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:  # noqa: PTH123
            for line in info:
                if line.startswith("model name"):
                    return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def machine() -> str:
    """The machine and versions a table was measured with (no paths)."""
    packages = ("magnesium-clinical", "numpy", "pandas", "polars", "pint", "dask", "distributed")
    versions = ", ".join(
        f"{name} {version}" for name in packages if (version := _version(name)) is not None
    )
    return (
        f"{os.cpu_count()} cores ({_cpu_model()}), {platform.system()}, "
        f"Python {sys.version.split()[0]}; {versions}"
    )


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| case | compared (ratio) | value | target | met |",
        "| --- | --- | ---: | --- | --- |",
    ]
    lines += [
        f"| {row.case} | {row.compared} | {row.value:,.3g} | {row.target} | {row.met} |"
        for row in rows
    ]
    return "\n".join(lines)
