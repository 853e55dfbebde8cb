"""The repository keeps its promises: README commands, CI, public API."""

from __future__ import annotations

import re
from pathlib import Path

import magnesium as mg

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text)[:2]


def test_readme_opens_with_the_two_commands() -> None:
    install_and_run, test_suite = readme_commands()
    assert "pip install -e ." in install_and_run
    assert ".venv/bin/magnesium classify" in install_and_run
    assert "pytest" in test_suite


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    _, test_suite = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_suite in ci.splitlines()


def test_public_names_are_exported_and_documented() -> None:
    for name in mg.__all__:
        assert hasattr(mg, name), name
        value = getattr(mg, name)
        if callable(value):
            assert value.__doc__, name
            assert ">>>" in value.__doc__, f"{name} has no runnable example"


def test_package_is_typed() -> None:
    assert (ROOT / "src" / "magnesium" / "py.typed").exists()


def test_version_is_in_the_changelog() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {mg.__version__}" in changelog
