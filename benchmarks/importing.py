"""``import magnesium`` against ``import pint`` and building a registry, in fresh processes.

Both are measured with their bytecode cached, as an installed package has it (pip
compiles it on install). The processes share one new cache folder
(``PYTHONPYCACHEPREFIX``), filled by an untimed first round, with writing bytecode
allowed: an editable install read under ``PYTHONDONTWRITEBYTECODE`` would otherwise
compile the library's sources in every process, while pint's came compiled.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
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
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for round_ in range(repeat + 1):
            for name, code in commands.items():
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", code], check=True, env=env)
                if round_:  # the first round fills the cache
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
