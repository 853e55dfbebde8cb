"""The CLI for the added sets, critical limits and hypermagnesaemia bands."""

from __future__ import annotations

import pytest

import magnesium as mg
from magnesium.cli import main
from magnesium.serialize import from_dict
from tests.answers import answer, result, results


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "name", ["us-label-vial", "us-label-premixed", "magnet-2022", "medlineplus", "uk-harmonised"]
)
def test_added_sets_are_listed_and_usable(capsys: pytest.CaptureFixture[str], name: str) -> None:
    _, listing, _ = run(capsys, "sets")
    assert any(line.startswith(f"{name}") for line in listing.splitlines())
    _, out, _ = run(capsys, "sets", "--json")
    (entry,) = [item for item in results(out, "ThresholdSet") if item["name"] == name]
    assert entry["sources"]
    code, out, _ = run(capsys, "classify", "0.5 mmol/L", "--set", name, "--json")
    assert code == 0
    assert result(out, "Classification")["band"]["status"] == "low"


def test_sets_flags_magnet_as_not_verified(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "sets")
    assert "magnet-2022 (NOT VERIFIED)" in out
    _, out, _ = run(capsys, "classify", "0.8 mmol/L", "--set", "magnet-2022")
    assert "warning: this set's value was not verified" in out


def test_classify_reports_critical_in_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "classify", "0.9 mg/dL", "--critical", "ohsu")
    assert code == 0
    assert "  CRITICAL by ohsu: critical at <= 0.9 or >= 5 mg/dL" in out
    code, out, _ = run(capsys, "classify", "0.91 mg/dL", "--critical", "ohsu", "--json")
    payload = result(out, "Classification")
    assert from_dict(payload, mg.LevelClassification).critical is False
    assert payload["critical_limits"]["name"] == "ohsu"
    assert payload["critical_limits"]["low_inclusive"] is True
    assert [s["key"] for s in payload["critical_limits"]["sources"]] == ["ohsu-lab00038"]


def test_classify_without_critical_limits(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "classify", "0.1 mmol/L", "--json")
    payload = result(out, "Classification")
    assert from_dict(payload, mg.LevelClassification).critical is None
    assert payload["critical_limits"] is None
    _, text, _ = run(capsys, "classify", "0.1 mmol/L")
    assert "critical" not in text.lower()


def test_classify_refuses_unknown_critical_limits(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "classify", "1 mmol/L", "--critical", "homertn")
    assert (code, out) == (1, "")
    assert "is not a known set of critical limits" in err
    assert "Did you mean 'homerton'" in err


def test_classify_shows_hypermagnesaemia_bands_for_high_levels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "classify", "10", "mEq/L")
    assert "  at this level (us-label): reflexes may be absent at 10 mEq/L" in out
    _, out, _ = run(capsys, "hypermagnesemia", "10", "mEq/L", "--json")
    readings = results(out, "ToxicityReading")
    assert [r["table"]["name"] for r in readings] == ["us-label", "medscape-2022", "msd-manual"]
    [band] = readings[1]["bands"]
    assert (band["lower"], band["upper"]) == (8, 10)
    assert band["signs"].startswith("arrhythmia (including atrial fibrillation)")
    assert readings[1]["table"]["sources"][0]["key"] == "medscape-766604"
    assert "medscape-766604" in [s["key"] for s in answer(out)["sources"]]


def test_critical_limits_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "critical-limits")
    assert code == 0
    assert len(out.splitlines()) == len(mg.CRITICAL_LIMITS)
    assert "tidalhealth-paediatric: critical at < 1 or > 4 mg/dL (paediatric;" in out
    _, out, _ = run(capsys, "critical-limits", "--json")
    payload = results(out, "CriticalLimits")
    assert [item["name"] for item in payload] == list(mg.CRITICAL_LIMITS)
    assert {item["population"] for item in payload} == {
        "all patients",
        "adult",
        "paediatric",
        "obstetric",
    }


def test_hypermagnesaemia_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "hypermagnesemia", "0.5 mmol/L")
    assert (code, out) == (0, "0.5 mmol/L\n  no band of any source\n")
    _, out, _ = run(capsys, "hypermagnesemia", "16", "mg/dL", "--json")
    msd = results(out, "ToxicityReading")[2]
    assert msd["level"] == {"value": 16.0, "unit": "mg/dL"}
    assert msd["bands"][-1]["signs"] == "cardiac arrest may occur"
    code, _, err = run(capsys, "hypermagnesemia", "-1", "mg/dL")
    assert code == 1
    assert "magnesium: error:" in err
