"""The repository keeps its promises: README commands, CI, public API."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import zipfile
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path
from typing import TYPE_CHECKING

import magnesium as mg

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text)[:2]


def test_readme_opens_with_the_two_commands() -> None:
    install_and_run, test_suite = readme_commands()
    assert "pip install -e ." in install_and_run
    assert ".venv/bin/magnesium classify" in install_and_run
    assert "pytest" in test_suite
    assert "--group dev" in test_suite
    assert test_suite.startswith(".venv/bin/python -m pip install -U pip && ")


def test_ci_runs_the_readme_commands_verbatim() -> None:
    install_and_run, test_suite = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install_and_run in ci
    assert test_suite in ci
    assert ci[-1] == 'echo "CI passed"'


def test_public_names_are_exported_and_documented() -> None:
    for name in mg.__all__:
        assert hasattr(mg, name), name
        value = getattr(mg, name)
        if callable(value):
            assert value.__doc__, name
            assert ">>>" in value.__doc__, f"{name} has no runnable example"


def test_package_is_typed() -> None:
    assert (ROOT / "src" / "magnesium" / "py.typed").exists()


def test_version_is_the_changelogs_latest_and_every_version_is_dated() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", changelog, re.MULTILINE)
    versions = [h for h in headings if h != "Unreleased"]
    assert "Unreleased" not in headings[1:], "Unreleased goes above every version"
    assert versions[0].split(" - ")[0] == mg.__version__
    dates = []
    for heading in versions:
        match = re.fullmatch(r"(\d+\.\d+\.\d+) - (\d{4}-\d{2}-\d{2})", heading)
        assert match, f"{heading!r} is not 'X.Y.Z - YYYY-MM-DD'"
        dates.append(dt.date.fromisoformat(match.group(2)))
    assert dates == sorted(dates, reverse=True)


def test_classifiers_name_the_pythons_ci_tests() -> None:
    metadata = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    claimed = {
        c.rsplit(" :: ", 1)[1]
        for c in metadata["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    extra = re.search(r"^for version in ([\d. ]+); do$", ci, re.MULTILINE)
    assert extra
    assert claimed == {"3.11", *extra.group(1).split()}
    assert metadata["requires-python"] == ">=3.11"


def test_only_user_facing_extras_are_published() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(pyproject["project"]["optional-dependencies"]) == {
        "arrays",
        "pandas",
        "polars",
        "mcp",
    }
    groups = pyproject["dependency-groups"]
    assert {"dev", "bench"} <= set(groups)
    assert any(r.startswith(("build", "twine")) for r in groups["dev"])


def wheel_problems() -> Callable[[Path], list[str]]:
    spec = spec_from_file_location("check_wheel", ROOT / ".ci" / "check_wheel.py")
    assert spec
    assert spec.loader
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    problems: Callable[[Path], list[str]] = module.problems
    return problems


def fake_wheel(path: Path, files: list[str], extras: list[str]) -> Path:
    info = f"magnesium_clinical-{mg.__version__}.dist-info"
    metadata = f"Metadata-Version: 2.4\nName: magnesium-clinical\nVersion: {mg.__version__}\n"
    metadata += "".join(f"Provides-Extra: {extra}\n" for extra in extras)
    with zipfile.ZipFile(path, "w") as wheel:
        for name in files:
            wheel.writestr(name, "")
        wheel.writestr(f"{info}/METADATA", metadata)
        wheel.writestr(
            f"{info}/entry_points.txt", "[console_scripts]\nmagnesium = magnesium.cli:main\n"
        )
    return path


def test_the_wheel_check_accepts_a_good_wheel_and_names_each_fault(tmp_path: Path) -> None:
    problems = wheel_problems()
    info = f"magnesium_clinical-{mg.__version__}.dist-info"
    package = ["__init__.py", "py.typed", "units.txt", "cli.py"]
    good = [f"magnesium/{name}" for name in package] + [f"{info}/licenses/LICENSE"]
    assert problems(fake_wheel(tmp_path / "good.whl", good, ["arrays", "pandas", "polars"])) == []
    bad = [*good[1:-1], "tests/test_serum.py", "benchmarks/__main__.py"]
    found = problems(fake_wheel(tmp_path / "bad.whl", bad, ["arrays", "dev", "pandas", "polars"]))
    assert found == [
        "missing magnesium/__init__.py",
        "missing the LICENSE file",
        "should not ship tests/test_serum.py",
        "should not ship benchmarks/__main__.py",
        (
            "extras ['arrays', 'dev', 'pandas', 'polars']: "
            "only ['arrays', 'pandas', 'polars'] are for users"
        ),
    ]
