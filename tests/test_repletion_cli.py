"""The `magnesium salts`, `magnesium dose` and `magnesium plan` commands."""

from __future__ import annotations

import pytest

from magnesium import repletion, salts
from magnesium.cli import main
from magnesium.serialize import from_dict
from tests.answers import answer, result, results


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_salts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "salts")
    assert code == 0
    assert "magnesium oxide (MgO): 40.30 g/mol, 60.3% Mg" in out
    assert "label: 241.3 mg per 0.4 g (computed 241.22)" in out
    assert "label: 246.47 g/mol (computed 246.47)" in out


def test_salts_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "salts", "--json")
    assert code == 0
    shapes = results(out, "Salt")
    assert [from_dict(shape) for shape in shapes] == list(salts.SALTS.values())
    table = {row["name"]: row for row in shapes}
    assert table["trimagnesium dicitrate anhydrous"]["formula"] == "Mg3(C6H5O7)2"
    hepta = table["magnesium sulfate heptahydrate"]
    assert {f["stated"] for f in hepta["label_figures"]} == {246.47, 8.12, 40.0, 160.0}


def test_dose(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dose", "2", "g", "magnesium sulfate heptahydrate")
    assert code == 0
    assert "= 16.23 mEq of Mg" in out
    _, out, _ = run(capsys, "dose", "400", "mg", "magnesium", "oxide")
    assert "= 241.2 mg" in out


def test_dose_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dose", "2", "mL", "magnesium sulfate 50%", "--json")
    assert code == 0
    dose = from_dict(result(out, "ElementalDose"), salts.ElementalDose)
    assert round(dose.meq, 2) == 8.11
    solution = salts.get_solution("magnesium sulfate 50%")
    cited = [solution.source.key, *(s.key for s in solution.salt.sources)]
    assert [s["key"] for s in answer(out)["sources"]] == list(dict.fromkeys(cited))
    _, out, _ = run(capsys, "dose", "1", "g", "Epsom salt", "--json")
    epsom = salts.get_salt("Epsom salt")
    assert from_dict(result(out, "ElementalDose")) == salts.elemental_magnesium(1.0, epsom)


def test_dose_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "dose", "two", "g", "magnesium oxide")
    assert code == 1
    assert "'two' is not a usable amount" in err
    code, _, err = run(capsys, "dose", "1", "g", "magnesium citrate")
    assert code == 1
    assert "trimagnesium dicitrate anhydrous" in err
    code, _, err = run(capsys, "dose", "-1", "g", "magnesium oxide")
    assert code == 1


def test_plan(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "1.0 mg/dL", "--symptomatic", "--egfr", "90")
    assert code == 0
    assert out.startswith("magnesium models published guidance; it is not a prescriber.")
    assert "1. Severe hypomagnesaemia: slow IV infusion (US label) [IV]" in out
    assert "= 40.57 mEq of Mg" in out
    code, out, _ = run(capsys, "plan", "1.0 mg/dL", "--symptomatic", "--egfr", "25")
    assert code == 0
    assert "1. Magnesium < 0.5 mmol/L: IV infusions 12 hours apart (NHS Highland) [IV]" in out
    assert "warning: Not offered at eGFR 25 < 30: Severe hypomagnesaemia" in out
    assert "limit: In severe renal insufficiency" in out
    assert "monitor: " in out
    assert "source: " in out


def test_plan_with_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "plan",
        "0.4",
        "mmol/L",
        "--torsades",
        "--weight",
        "20",
        "--age",
        "6",
        "--hypokalemia",
        "--hypocalcemia",
        "--short-bowel",
        "--no-oral",
        "--cardiac-arrest",
    )
    assert code == 0
    assert "1. Torsades de pointes in a child (PALS) [IV]" in out
    assert "note: 50 mg/kg x 20 kg = 1 g" in out
    assert "also: " in out
    assert "warning: " in out


def test_plan_high_level_with_a_one_sided_set_offers_no_magnesium(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Issue reproducer: `magnesium plan "8 mg/dL" --torsades --set workeneh-2021`.
    code, out, _ = run(capsys, "plan", "8 mg/dL", "--torsades", "--set", "workeneh-2021")
    assert code == 0
    assert "must not be given" in out
    assert "\n1. " not in out


def test_plan_marks_label_maxima_and_takes_seizures(capsys: pytest.CaptureFixture[str]) -> None:
    args = ("plan", "0.4 mmol/L", "--seizures", "--weight", "70", "--egfr", "90")
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert "1. Seizures or arrhythmia with hypomagnesaemia" in out
    assert "at most, per dose: 17.5 g" in out
    code, out, _ = run(capsys, *args, "--json")
    payload = result(out, "RepletionPlan")
    assert [r["dose_is_maximum"] for r in payload["regimens"]] == [False, False, False, True]
    assert payload["regimens"][0]["bolus"]


def test_plan_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "1.5 mg/dL", "--egfr", "90", "--json")
    assert code == 0
    payload = result(out, "RepletionPlan")
    assert from_dict(payload) == repletion.plan_repletion("1.5 mg/dL", egfr=90)
    assert payload["classification"]["band"]["status"] == "low"
    assert [r["key"] for r in payload["regimens"]] == [
        "nhs-highland-oral-aspartate",
        "oral-magnesium-oxide",
        "label-mild-im",
    ]
    oral = payload["regimens"][1]
    assert oral["dose_min_g"] < oral["dose_g"]
    assert payload["regimens"][2]["dose_min_g"] is None
    assert {limit["kind"] for limit in payload["limits"]} == {"daily", "oral-daily"}
    assert "not a prescriber" in answer(out)["notice"]


def test_plan_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "plan", "1.0 mg/dL", "--egfr", "-3")
    assert code == 1
    assert "eGFR" in err
