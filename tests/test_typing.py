"""Type checkers on a user's script (issue 14): mypy --strict and pyright strict.

``tests/typing/user_script.py`` touches every public module. Both checkers must pass it
with no error (an error there comes from the library's annotations), and both must catch
a misspelt attribute of the package (``mg.SerumMagnesum``): the lazy topic modules are
typed, not an ``object``-returning ``__getattr__``.
"""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Final

import pytest

import magnesium as mg

HERE: Final = Path(__file__).parent / "typing"
SCRIPT: Final = HERE / "user_script.py"
TYPO: Final = "import magnesium as mg\n\nlevel = mg.SerumMagnesum.parse('1.4 mg/dL')\n"
PYRIGHT: Final = shutil.which("pyright", path=str(Path(sys.executable).parent))


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=path.parent)  # noqa: S603


def _pyright(path: Path) -> subprocess.CompletedProcess[str]:
    assert PYRIGHT is not None
    config = HERE / "pyrightconfig.json"
    command = [PYRIGHT, "--pythonpath", sys.executable, "-p", str(config), str(path)]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)  # noqa: S603


def test_the_script_uses_every_public_module() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    public = {m.name for m in pkgutil.iter_modules(mg.__path__) if not m.name.startswith("_")}
    missing = {name for name in public if name != "__main__" and name not in text}
    assert missing == set()


def test_the_script_runs() -> None:
    run = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, check=False)  # noqa: S603
    assert run.returncode == 0, run.stderr


def test_mypy_strict_passes_the_script_and_catches_a_typo(tmp_path: Path) -> None:
    run = _mypy(SCRIPT)
    assert run.returncode == 0, run.stdout + run.stderr
    typo = tmp_path / "typo.py"
    typo.write_text(TYPO, encoding="utf-8")
    run = _mypy(typo)
    assert run.returncode != 0
    assert "SerumMagnesum" in run.stdout


@pytest.mark.skipif(PYRIGHT is None, reason="pyright (dev group) is not installed")
def test_pyright_strict_passes_the_script_and_catches_a_typo(tmp_path: Path) -> None:
    run = _pyright(SCRIPT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 errors" in run.stdout
    typo = tmp_path / "typo.py"
    typo.write_text(TYPO, encoding="utf-8")
    run = _pyright(typo)
    assert run.returncode != 0
    assert "SerumMagnesum" in run.stdout


def test_dir_lists_the_lazy_topic_modules_before_first_use() -> None:
    code = "import magnesium as mg; print(sorted(n for n in dir(mg) if n in {'rda', 'frames'}))"
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "['frames', 'rda']"
