"""Check what a built wheel holds: python .ci/check_wheel.py dist/NAME.whl.

The package with its type marker and data, the licence and the command; no tests,
benchmarks, documentation sources or documentation generators (``_docs*`` modules,
``_gen/``); the version of the source tree; only user-facing extras (the development
tools are a dependency group, not published).
"""

from __future__ import annotations

import re
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUIRED = (
    "magnesium/__init__.py",
    "magnesium/py.typed",
    "magnesium/units.txt",
    "magnesium/cli/__init__.py",
)
DATA = ROOT / "src" / "magnesium" / "data"
"""The knowledge base's TOML files: every one of them must ship."""
FORBIDDEN_TOP = ("tests/", "benchmarks/", "docs/", ".ci/", "src/")
USER_EXTRAS = {"arrays", "fhir", "hl7", "mcp", "pandas", "plot", "polars"}


def problems(wheel: Path) -> list[str]:
    """Every way *wheel* falls short; empty when it is fine."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = next(n for n in names if n.endswith(".dist-info/METADATA")).rsplit("/", 1)[0]
        metadata = Parser().parsestr(archive.read(f"{info}/METADATA").decode())
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
    data = [f"magnesium/data/{path.name}" for path in sorted(DATA.glob("*.toml"))]
    found = [f"missing {name}" for name in (*REQUIRED, *data) if name not in names]
    if f"{info}/licenses/LICENSE" not in names:
        found.append("missing the LICENSE file")
    found += [f"should not ship {n}" for n in names if n.startswith(FORBIDDEN_TOP)]
    found += [f"should not ship {n}" for n in names if n.endswith((".pyc", ".orig", ".rej"))]
    found += [f"should not ship the documentation generator {n}" for n in names if _generator(n)]
    init = (ROOT / "src" / "magnesium" / "__init__.py").read_text(encoding="utf-8")
    version = re.search(r'^__version__ = "(.+)"$', init, re.MULTILINE)
    if version is None or metadata["Version"] != version.group(1):
        found.append(f"version {metadata['Version']} is not the source tree's")
    extras = set(metadata.get_all("Provides-Extra") or [])
    if extras != USER_EXTRAS:
        found.append(f"extras {sorted(extras)}: only {sorted(USER_EXTRAS)} are for users")
    if "magnesium = magnesium.cli:main" not in entry_points:
        found.append("the magnesium command is not declared")
    return found


def _generator(name: str) -> bool:
    """Whether *name* is a documentation generator (they live in docs/_gen, not the package)."""
    module = name.rsplit("/", 1)[-1]
    return module.startswith("_docs") or "/_gen/" in f"/{name}"


def main(paths: list[str]) -> int:
    """Check each wheel; print what is wrong and return 1, or 0."""
    if not paths:
        print("usage: python .ci/check_wheel.py WHEEL...", file=sys.stderr)
        return 2
    status = 0
    for path in paths:
        found = problems(Path(path))
        for problem in found:
            print(f"{path}: {problem}", file=sys.stderr)
        print(f"{Path(path).name}: {'FAILED' if found else 'ok'}")
        status |= bool(found)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
