"""The README runs as written: its shell blocks, in order, in one fresh shell after its set-up.

The README opens with two commands (create `.venv` and install; install the development tools
and run this suite). Every later ```bash block must then run as a user would type it: from the
repository's root, in a shell that has not activated anything, top to bottom.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BLOCK = re.compile(r"^```bash\n(.*?)^```$", re.MULTILINE | re.DOTALL)
NEEDS_THE_VENV = frozenset({"magnesium", "python", "pip", "mkdocs", "pytest", "ruff", "mypy"})


def bash_blocks() -> list[str]:
    return BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def commands_after_set_up() -> list[str]:
    """The README's commands after its first two blocks, one per line, comments dropped."""
    lines = "".join(bash_blocks()[2:]).splitlines()
    return [line.split("  #", 1)[0].strip() for line in lines if line.strip()]


def fresh_environment() -> dict[str, str]:
    """This process's environment as a new terminal would have it: no venv, no test hooks."""
    drop = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "COV_CORE_", "PYTEST_", "HYPOTHESIS_")
    env = {key: value for key, value in os.environ.items() if not key.startswith(drop)}
    env["PATH"] = os.pathsep.join(
        entry
        for entry in env.get("PATH", "").split(os.pathsep)
        if entry and not Path(entry).resolve().is_relative_to(Path(sys.prefix).resolve())
    )
    return env


def test_the_readme_has_blocks_after_its_set_up() -> None:
    assert len(bash_blocks()) >= 4
    assert any(command.startswith("magnesium convert") for command in commands_after_set_up())


def test_no_command_needs_the_venv_before_it_is_activated() -> None:
    active = False
    for command in commands_after_set_up():
        for part in re.split(r"&&|\|\||;|\|", command):
            words = part.split()
            if not words:
                continue
            if words[:2] == ["source", ".venv/bin/activate"]:
                active = True
            assert active or words[0] not in NEEDS_THE_VENV, command


def test_fresh_environment_has_no_venv_on_the_path() -> None:
    env = fresh_environment()
    assert "VIRTUAL_ENV" not in env
    assert str(Path(sys.executable).parent) not in env["PATH"].split(os.pathsep)


@pytest.mark.skipif(
    not VENV.is_dir() or Path(sys.prefix).resolve() != VENV.resolve(),
    reason="runs only from the README's own .venv (the second README command, as in CI)",
)
def test_the_readme_shell_blocks_run_in_order_in_one_fresh_shell(tmp_path: Path) -> None:
    script = tmp_path / "readme.sh"
    script.write_text("\n".join(bash_blocks()[2:]), encoding="utf-8")
    done = subprocess.run(  # noqa: S603 (the README, ours)
        ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", str(script)],  # noqa: S607
        cwd=ROOT,
        env=fresh_environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert "1.8 mg/dL = 0.7406 mmol/L" in done.stdout
