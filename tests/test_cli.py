"""The magnesium command."""

from __future__ import annotations

import subprocess
import sys

import pytest

import magnesium as mg
from magnesium.cli import main
from magnesium.serialize import from_dict
from tests.answers import answer, result, results


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
    converted = result(out, "SerumMagnesium")
    assert (converted["value"], converted["unit"]) == (2.0, "mmol/L")
    assert [source["key"] for source in answer(out)["sources"]] == ["ciaaw-magnesium", "ucum"]


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
    shape = result(out, "Classification")
    assert from_dict(shape) == mg.classify("0.4 mmol/L", "ctcae-v5")
    assert shape["band"]["status"] == "low"
    assert shape["band"]["grade"] == 2
    assert shape["threshold_set"]["name"] == "ctcae-v5"
    assert shape["level"] == {"value": 0.4, "unit": "mmol/L"}
    assert [s["key"] for s in answer(out)["sources"]] == ["nci-ctcae-5", "iom-1997"]


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
    shapes = results(out, "ThresholdSet")
    assert [from_dict(shape) for shape in shapes] == list(mg.THRESHOLD_SETS.values())


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
    assert result(done.stdout, "Classification")["band"]["status"] == "low"
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
    shape = result(out, "CensoredLevelClassification")
    assert shape["level"] == {"comparator": "<", "bound": 0.9, "unit": "mmol/L"}
    assert [band["status"] for band in shape["bands"]] == ["low", "normal"]  # undetermined
    assert shape["threshold_set"]["name"] == "iom-1997"
    assert [source["key"] for source in answer(out)["sources"]] == ["iom-1997"]
    _, out, _ = run(capsys, "classify", "\u2264 0.3 mmol/L", "--critical", "homerton", "--json")
    read = mg.serialize.from_dict(result(out, "CensoredLevelClassification"))
    assert isinstance(read, mg.thresholds.CensoredLevelClassification)
    assert (read.status, read.critical, read.possibly_critical) == (mg.Status.LOW, True, True)
