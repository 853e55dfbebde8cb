"""The `magnesium rda` and `magnesium intake` commands."""

from __future__ import annotations

import subprocess
import sys

import pytest

from magnesium import foods, rda
from magnesium.cli import main
from magnesium.serialize import from_dict
from tests.answers import answer, result, results, valid_shape


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_rda_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rda", "--age", "30", "--sex", "female", "--pregnant")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "IOM pregnancy 19-30 y: RDA 350 mg/day (total intake, all sources)"
    assert lines[1] == "  EAR: 290 mg/day"
    assert "SUPPLEMENTAL" in lines[2]
    assert "not from food and water" in lines[3]
    assert "warning" not in out


def test_rda_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "rda", "--age", "30", "--sex", "male", "--authority", "EFSA", "--json"
    )
    assert code == 0
    payload = result(out, "RecommendedIntake")
    assert from_dict(payload) == rda.recommended_intake(age_years=30, sex="male", authority="EFSA")
    assert payload["amount_mg"] == 350
    assert payload["kind"] == "AI"
    assert payload["ear_mg"] is None
    assert payload["ul_supplemental_mg"] == 250
    assert payload["authority"] == "EFSA"
    assert (payload["life_stage"]["lower_months"], payload["life_stage"]["upper_months"]) == (
        216,
        None,
    )
    sources = answer(out)["sources"]
    assert "efsa-2015-magnesium" in [s["key"] for s in sources]
    assert any(s["verification"] != "primary" for s in sources)


def test_rda_efsa_text_warns_and_notes(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "rda", "--age", "2", "--sex", "male", "--authority", "efsa")
    assert "EAR: none set" in out
    assert "UL: none set at this age" in out
    assert "note: " in out
    assert "warning: a value here was not verified" in out


def test_rda_infant_in_months(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "rda", "--age-months", "8", "--sex", "female")
    assert out.startswith("IOM 7-12 mo: AI 75 mg/day")


@pytest.mark.parametrize(
    "args",
    [
        ("rda", "--age", "30", "--sex", "male", "--pregnant"),
        ("rda", "--age", "60", "--sex", "female", "--pregnant"),
        ("rda", "--age", "-1", "--sex", "female"),
        ("rda", "--age", "30", "--sex", "woman"),
        ("rda", "--age", "30", "--sex", "female", "--authority", "WHO"),
        ("rda", "--age-months", "3", "--sex", "female", "--authority", "EFSA"),
        ("intake", "--total", "100", "--supplemental", "200", "--age", "30", "--sex", "male"),
        ("intake", "--total", "100", "--age", "30"),
        ("intake", "--food", "kale=1", "--age", "30", "--sex", "male"),
    ],
)
def test_bad_input_exits_1(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (1, "")
    assert err.startswith("magnesium: error: ")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        ("rda", "--sex", "female"),
        ("rda", "--age", "30", "--age-months", "3", "--sex", "female"),
        ("rda", "--age", "30", "--sex", "female", "--pregnant", "--lactating"),
        ("rda", "--age", "thirty", "--sex", "female"),
        ("intake", "--food", "almonds", "--age", "30", "--sex", "male"),
        ("intake", "--food", "=2", "--age", "30", "--sex", "male"),
        ("intake", "--age", "30", "--sex", "male"),
    ],
)
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err.startswith("usage: magnesium ")


def test_intake_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "intake", "--total", "600", "--supplemental", "400", "--age", "40", "--sex", "male"
    )
    assert code == 0
    assert "supplemental intake 400 mg/day is ABOVE the upper level (350 mg/day)" in out


def test_intake_from_foods(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "intake",
        "--food",
        "banana=2",
        "--food",
        "pumpkin-seeds=1",
        "--supplemental",
        "100",
        "--age",
        "25",
        "--sex",
        "female",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[1] == "  from foods: 220 mg/day; richest sources first:"
    assert lines[2].startswith("    156 mg  Pumpkin seeds, roasted, 1 x 1 ounce")
    assert lines[3].startswith("    64 mg  Banana, 2 x 1 medium")
    assert "total intake 320 mg/day" in out


def test_intake_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys, "intake", "--food", "almonds=2", "--age", "35", "--sex", "female", "--json"
    )
    estimate, assessment = results(out)  # the foods' estimate, then the assessment
    valid_shape(estimate, "IntakeEstimate")
    valid_shape(assessment, "IntakeAssessment")
    assert from_dict(estimate) == foods.estimate_intake([("almonds", 2)])
    assert [(p["food"]["key"], p["servings"]) for p in estimate["portions"]] == [("almonds", 2.0)]
    assessed = from_dict(assessment, rda.IntakeAssessment)
    assert assessed.total_mg == 160
    assert assessed.below_ear is True
    assert assessed.supplemental_above_ul is False
    assert assessment["reference"]["amount_mg"] == 320
    _, out, _ = run(capsys, "intake", "--total", "300", "--age", "35", "--sex", "male", "--json")
    assert result(out, "IntakeAssessment")["total_mg"] == 300


def test_food_listing(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "intake", "--foods")
    assert out.splitlines()[0].split() == [
        "pumpkin-seeds",
        "156",
        "mg",
        "Pumpkin",
        "seeds,",
        "roasted,",
        "1",
        "ounce",
    ]
    _, out, _ = run(capsys, "intake", "--foods", "--json")
    assert [from_dict(shape) for shape in results(out, "Food")] == list(foods.FOODS.values())


def test_module_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "magnesium", "rda", "--age", "45", "--sex", "male", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result(done.stdout, "RecommendedIntake")["amount_mg"] == 420
