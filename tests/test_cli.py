"""The magnesium command."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import magnesium as mg
from magnesium.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_convert(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "convert", "1.8", "mg/dL", "--to", "mmol/L")
    assert (code, out, err) == (0, "1.8 mg/dL = 0.7406 mmol/L\n", "")


def test_convert_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "convert", "4", "meq/l", "--to", "mmol/L", "--json")
    assert code == 0
    assert json.loads(out) == {"value": 4.0, "unit": "mEq/L", "converted": 2.0, "to": "mmol/L"}


def test_classify_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify", "1.4 mg/dL")
    assert code == 0
    assert out.startswith("1.4 mg/dL (0.576 mmol/L): LOW by iom-1997\n")
    assert "source: Institute of Medicine" in out


def test_classify_accepts_value_and_unit_as_two_words(capsys: pytest.CaptureFixture[str]) -> None:
    _, two_words, _ = run(capsys, "classify", "1.4", "mg/dL")
    _, one_word, _ = run(capsys, "classify", "1.4 mg/dL")
    assert two_words == one_word


def test_classify_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify", "0.4 mmol/L", "--set", "ctcae-v5", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["status"] == "low"
    assert payload["grade"] == 2
    assert payload["severity"] == "moderate"
    assert payload["threshold_set"] == "ctcae-v5"
    assert payload["unit_used"] == "mmol/L"
    assert [s["key"] for s in payload["sources"]] == ["nci-ctcae-5", "iom-1997"]


def test_classify_warns_about_unverified_sets(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "classify", "1.2 mEq/L", "--set", "aha-2005")
    assert "warning: this set's value was not verified" in out


def test_sets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "sets")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(mg.THRESHOLD_SETS)
    assert any(line.startswith("iom-1997 (default): ") for line in lines)
    assert any(line.startswith("aha-2005 (NOT VERIFIED): ") for line in lines)


def test_sets_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "sets", "--json")
    payload = json.loads(out)
    assert {item["name"] for item in payload} == set(mg.THRESHOLD_SETS)
    default = next(item for item in payload if item["default"])
    assert default["name"] == "iom-1997"
    assert default["bands"]["mmol/L"][1] == (
        "0.75 to 0.95 (both included): normal, within the reference interval (0.75-0.95 mmol/L)"
    )


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("convert", "abc", "mg/dL", "--to", "mmol/L"), "'abc mg/dL'"),
        (("convert", "nan", "mg/dL", "--to", "mmol/L"), "nan"),
        (("convert", "1", "mg", "--to", "mmol/L"), "'mg' is not an accepted unit"),
        (("classify", "<0 mmol/L"), "No concentration is below 0"),
        (("classify", "<0.5 mmol/L", "--set", "iom1997"), "Did you mean 'iom-1997'?"),
        (("classify", "1.4 mg/dL", "--set", "iom1997"), "Did you mean 'iom-1997'?"),
    ],
)
def test_errors_go_to_stderr_with_status_1(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], fragment: str
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 1
    assert out == ""
    assert err.startswith("magnesium: error: ")
    assert fragment in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "convert", "1.8")
    assert (code, out) == (2, "")
    assert err.startswith("usage: magnesium convert")
    assert err.endswith("convert: error: the following arguments are required: unit, --to\n")


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, mg.__version__ + "\n")
    code, out, _ = run(capsys, "sets", "--help")
    assert code == 0
    assert out.startswith("usage: magnesium sets")


def test_python_dash_m_and_console_script_agree() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "magnesium", "classify", "1.4 mg/dL", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["status"] == "low"
    failed = subprocess.run(
        [sys.executable, "-m", "magnesium", "classify", "-1 mg/dL"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    command = f"{sys.executable} -m magnesium salts | head -n 1"
    done = subprocess.run(  # noqa: S602 (a fixed pipeline of our own)
        command, shell=True, capture_output=True, text=True, check=False
    )
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert "BrokenPipeError" not in done.stderr


def test_classify_reads_a_censored_result(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify", "<0.5 mmol/L", "--set", "ctcae-v5")
    assert code == 0
    assert out.startswith("<0.5 mmol/L: LOW by ctcae-v5\n")
    assert "CTCAE grade: 4 or 3 or 2" in out
    _, out, _ = run(capsys, "classify", "<", "0.9", "mmol/L", "--json")
    payload = json.loads(out)
    assert payload["censored"] is True
    assert (payload["comparator"], payload["bound"], payload["unit"]) == ("<", 0.9, "mmol/L")
    assert payload["status"] == "undetermined"
    assert payload["statuses"] == ["low", "normal"]
    assert payload["threshold_set"] == "iom-1997"
    assert [source["key"] for source in payload["sources"]] == ["iom-1997"]
    _, out, _ = run(capsys, "classify", "\u2264 0.3 mmol/L", "--critical", "homerton", "--json")
    payload = json.loads(out)
    assert (payload["status"], payload["critical"], payload["possibly_critical"]) == (
        "low",
        True,
        True,
    )
