"""``import magnesium`` against ``import pint`` and building a registry, in fresh processes."""

from __future__ import annotations

import subprocess
import sys
import time

from benchmarks._common import Row


def bench_import(repeat: int) -> list[Row]:
    """Each command in a new interpreter, interleaved, best of *repeat*; net of bare Python."""
    commands = {
        "python": "pass",
        "magnesium": "import magnesium",
        "pint": "import pint; pint.UnitRegistry()",
    }
    best = dict.fromkeys(commands, float("inf"))
    for _ in range(repeat):
        for name, code in commands.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            best[name] = min(best[name], time.perf_counter() - start)
    python, ours, pint = best["python"], best["magnesium"], best["pint"]
    return [
        Row("import", "magnesium / pint + registry (whole process)", ours / pint, "<= 0.2"),
        Row(
            "import",
            "magnesium / pint + registry (net of Python)",
            (ours - python) / (pint - python),
            "<= 0.2",
        ),
    ]
