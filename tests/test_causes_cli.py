"""The `magnesium causes` and `magnesium femg` commands."""

from __future__ import annotations

import pytest

from magnesium import causes
from magnesium.cli import main
from magnesium.serialize import from_dict
from tests.answers import answer, result, results


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_causes_for_a_drug(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "causes", "--drug", "Erbitux")
    assert (code, err) == (0, "")
    assert out.startswith("Erbitux -> anti-EGFR monoclonal antibody use [drug; renal wasting]\n")
    assert "ATC L01FE01, formerly L01XC06" in out
    assert "who-atc-ddd-2026" in out


def test_causes_for_a_drug_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "causes", "--drug", "omeprazole", "--json")
    assert code == 0
    payload = result(out, "ScreenResult")
    assert from_dict(payload) == causes.screen(medications=["omeprazole"])
    assert payload["unmatched"] == []
    [match] = payload["matches"]
    assert match["drug"]["atc"] == ["A02BC01"]
    assert match["cause"]["category"] == "drug"
    assert match["cause"]["alternatives"][0]["mechanism"] == "renal wasting"
    assert {s["key"] for s in answer(out)["sources"]} >= {"who-atc-ddd-2026"}


def test_unmatched_inputs_are_reported(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "causes", "--drug", "aspirin", "--condition", "short bowl syndrome", "--json"
    )
    assert code == 0
    payload = result(out, "ScreenResult")
    assert payload["matches"] == []
    assert payload["unmatched"] == [
        {"query": "aspirin", "kind": "medication", "suggestions": []},
        {
            "query": "short bowl syndrome",
            "kind": "condition",
            "suggestions": ["short bowel syndrome", "short gut syndrome", "hungry bone syndrome"],
        },
    ]
    _, text, _ = run(capsys, "causes", "--drug", "aspirin", "--condition", "short bowl syndrome")
    assert text == (
        "aspirin -> not matched (medication); no close name is known\n"
        "short bowl syndrome -> not matched (condition); did you mean 'short bowel syndrome' or "
        "'short gut syndrome' or 'hungry bone syndrome'?\n"
    )


def test_condition_with_alternatives_and_warning(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "causes", "--condition", "alcoholism", "--condition", "TPN")
    assert "also classified as: renal; renal wasting (clinlabnavigator-urine-mg)" in out
    assert "warning: a source of this row was not verified" in out


def test_category_genetic(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "causes", "--category", " Genetic ")
    assert code == 0
    assert out.startswith("genetic:\n- Gitelman syndrome [renal wasting]\n")
    assert "genes: SLC12A3; autosomal recessive; OMIM 263800; hypocalciuria" in out
    assert "genes: KCNA1; autosomal dominant; no OMIM number" in out


def test_category_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "causes", "--category", "genetic", "--json")
    shapes = results(out)
    listed = [from_dict(shape) for shape in shapes]
    genetic = causes.by_category("genetic")
    assert listed == [*genetic, *causes.GENETIC_DISORDERS.values()]  # causes, then disorders
    bartter5 = next(p for p in shapes if p["id"] == "bartter-5")
    assert (bartter5["type"], bartter5["genes"], bartter5["omim"]) == (
        "GeneticDisorder",
        ["MAGED2"],
        300971,
    )
    _, out, _ = run(capsys, "causes", "--category", "renal", "--json")
    assert [from_dict(shape) for shape in results(out, "Cause")] == list(
        causes.by_category("renal")
    )


def test_all_categories_without_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "causes")
    assert code == 0
    headings = [line for line in out.splitlines() if line.endswith(":")]
    assert headings == [f"{c.value}:" for c in causes.Category]


def test_unknown_category_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "causes", "--category", "genetik")
    assert (code, out) == (1, "")
    assert "Did you mean 'genetic'?" in err


def test_femg_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "femg",
        "--urine-mg",
        "1.0",
        "--plasma-mg",
        "0.5",
        "--urine-creatinine",
        "8000",
        "--plasma-creatinine",
        "80",
        "--cutoff",
        "gt-2-percent",
    )
    assert code == 0
    assert out.splitlines()[0] == (
        "FEMg 2.86% (cut-off gt-2-percent: > 2%): renal magnesium wasting"
    )
    assert "source: topf-murray-2003 (secondary summary only)" in out


def test_femg_json_with_units(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "femg",
        "--urine-mg",
        "2.0 mmol/L",
        "--plasma-mg",
        "1.0 mEq/L",
        "--urine-creatinine",
        "8 mmol/L",
        "--plasma-creatinine",
        "80 umol/L",
        "--reduced-kidney-function",
        "--json",
    )
    assert code == 0
    payload = result(out, "FractionalExcretion")
    assert payload["percent"] == pytest.approx(160 / 28)
    assert payload["interpretation"] == "not interpretable (reduced kidney function)"
    assert payload["cutoff"]["name"] == "gt-4-percent"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (("0", "0.5", "8000", "80"), "0 is not a plausible urine magnesium"),
        (("x", "0.5", "8000", "80"), "'x' is not a plausible urine magnesium"),
        (("2 mmol/L", "0.5", "8000", "80"), "'' is not an accepted unit of plasma magnesium"),
        (
            ("2 mmol/L", "0.5 mmol/L", "8 blorps", "80 umol/L"),
            "'blorps' is not an accepted unit of urine creatinine",
        ),
        (("2", "0.5", "8000", "-80"), "-80.0 is not a plausible plasma creatinine"),
    ],
)
def test_femg_bad_values_exit_1(
    capsys: pytest.CaptureFixture[str], values: tuple[str, str, str, str], message: str
) -> None:
    flags = ("--urine-mg", "--plasma-mg", "--urine-creatinine", "--plasma-creatinine")
    args = [item for pair in zip(flags, values, strict=True) for item in pair]
    code, out, err = run(capsys, "femg", *args)
    assert (code, out) == (1, "")
    assert message in err


def test_femg_unknown_cutoff(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--urine-mg", "1", "--plasma-mg", "1", "--urine-creatinine", "1"]
    code, _, err = run(capsys, "femg", *args, "--plasma-creatinine", "1", "--cutoff", "3%")
    assert code == 1
    assert "is not a known FEMg cut-off" in err
