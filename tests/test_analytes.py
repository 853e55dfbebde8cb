"""Other analytes and prescribing facts: known answers against their sources, and laws."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import analytes, cli, prescribing, repletion
from magnesium.analytes import IonizedMagnesium, RbcMagnesium, classify_analyte
from magnesium.errors import ArgumentTypeError, InputError, LabUnitError, LabValueError
from magnesium.sources import BIBLIOGRAPHY, Verification
from magnesium.thresholds import Status
from magnesium.workup import UrineInterpretation
from tests import answers


def test_an_analyte_is_never_accepted_as_a_serum_level() -> None:
    for result in (IonizedMagnesium(0.5), RbcMagnesium(4.5, "mg/dL")):
        with pytest.raises(ArgumentTypeError, match="classify_analyte"):
            mg.classify(result)  # type: ignore[call-overload]
        with pytest.raises(ArgumentTypeError):
            repletion.plan_repletion(result)  # type: ignore[arg-type]
        with pytest.raises(ArgumentTypeError):
            mg.get_critical_limits("ohsu").is_critical(result)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        classify_analyte(mg.SerumMagnesium.of(0.5, "mmol/L"))  # type: ignore[arg-type]
    assert not hasattr(IonizedMagnesium(0.5), "in_unit")


@pytest.mark.parametrize(
    ("interval", "lower", "upper", "unit", "key"),
    [
        # Spectrum Health LAB805 says "Reference Range 0.53 - 0.67 mmol/L"
        ("spectrum-health-lab805", 0.53, 0.67, "mmol/L", "spectrum-health-lab805"),
        # Greenway 1996 abstract says "a range of 0.44 to 0.59 mmol/L"
        ("greenway-1996", 0.44, 0.59, "mmol/L", "greenway-1996"),
        # ARUP 0092079 says "Reference Interval 3.6-7.5 mg/dL"
        ("arup", 3.6, 7.5, "mg/dL", "arup-0092079"),
        # Quest MGRBC says "Reference Values 4.0-6.4 mg/dL"
        ("quest", 4.0, 6.4, "mg/dL", "quest-mgrbc"),
        # LabCorp 080283 via Marshfield says "3.7-7.0 mg/dL"
        ("labcorp", 3.7, 7.0, "mg/dL", "labcorp-080283"),
        # Baystate MAGRBC says "Reference Ranges 4.2-6.8 mg/dL"
        ("baystate", 4.2, 6.8, "mg/dL", "baystate-magrbc"),
        # Dynacare MGRB says "1.56 2.60 Millimole / Litre"
        ("dynacare", 1.56, 2.60, "mmol/L", "dynacare-mgrb"),
    ],
)
def test_intervals_as_printed(
    interval: str, lower: float, upper: float, unit: str, key: str
) -> None:
    found = analytes.get_interval(interval)
    assert (found.lower, found.upper, found.unit) == (lower, upper, unit)
    assert [source.key for source in found.sources] == [key]
    make = (
        (IonizedMagnesium)
        if found.analyte is analytes.Analyte.IONIZED_WHOLE_BLOOD
        else (lambda v: RbcMagnesium(v, unit))
    )
    # ends inclusive, exactly in the printed unit
    assert classify_analyte(make(lower), found).status is Status.NORMAL
    assert classify_analyte(make(upper), found).status is Status.NORMAL
    assert classify_analyte(make(lower * 0.999), found).status is Status.LOW
    assert classify_analyte(make(upper * 1.001), found).status is Status.HIGH


def test_each_lab_keeps_its_own_interval() -> None:
    level = RbcMagnesium(4.1, "mg/dL")
    statuses = {name: classify_analyte(level, name).status for name in ("quest", "baystate")}
    assert statuses == {"quest": Status.NORMAL, "baystate": Status.LOW}
    with pytest.raises(InputError, match="pick one of"):
        classify_analyte(IonizedMagnesium(0.5), "arup")


def test_rbc_units_convert_with_the_molar_mass() -> None:
    # ARUP says "To convert ... to millimoles per liter (mmol/L), divide the result by 2.43"
    assert RbcMagnesium(7.5, "mg/dL").mmol_per_l == pytest.approx(7.5 / 2.43, rel=1e-3)
    with pytest.raises(LabUnitError):
        RbcMagnesium(4.5, "mEq/L")
    with pytest.raises(LabValueError):
        RbcMagnesium(float("nan"), "mg/dL")
    with pytest.raises(LabValueError):
        IonizedMagnesium(50)


@pytest.mark.parametrize(
    ("value", "unit", "cutoff", "expected"),
    [
        # Mayo MAGNR says "a 24-hour urine magnesium >24 mg/day ... suggests renal ... wasting"
        (24.1, "mg/day", "mayo-gt-24-mg", UrineInterpretation.RENAL_WASTING),
        (24, "mg/day", "mayo-gt-24-mg", UrineInterpretation.EXTRARENAL),
        # BNSSG says "<0.5 mmol/24 hours ... intact renal response", ">1mmol/24 hours ... wasting"
        (0.49, "mmol/day", "bnssg-2023", UrineInterpretation.EXTRARENAL),
        (0.7, "mmol/day", "bnssg-2023", None),
        (1.01, "mmol/day", "bnssg-2023", UrineInterpretation.RENAL_WASTING),
        # CMDT says "exceeding 10-30 mg/day ... indicates renal magnesium wasting"
        (31, "mg/day", "cmdt-10-30-mg", UrineInterpretation.RENAL_WASTING),
        (20, "mg/day", "cmdt-10-30-mg", None),
        (9, "mg/day", "cmdt-10-30-mg", UrineInterpretation.EXTRARENAL),
        # ClinLab Navigator (Tucker 2020) says "more than 1 mmol per day (24.31 mg/day)"
        (1.5, "mmol/day", None, UrineInterpretation.RENAL_WASTING),
    ],
)
def test_urine_cutoffs_known_answers(
    value: float, unit: str, cutoff: str | None, expected: UrineInterpretation | None
) -> None:
    assert analytes.interpret_urine_24h(value, unit, cutoff).interpretation is expected


@given(st.floats(0.01, 400))
def test_the_default_cutoff_agrees_with_causes(mmol: float) -> None:
    reading = analytes.interpret_urine_24h(mmol)
    assert reading.interpretation is mg.workup.urine_magnesium_24h(mmol).interpretation


def test_amount_from_concentration_and_volume() -> None:
    # amount = concentration x volume: 2 mmol/L x 1.5 L = 3 mmol/day
    assert analytes.urine_magnesium_24h_from(2, "mmol/L", 1.5).mmol_per_day == pytest.approx(3)
    assert analytes.urine_magnesium_24h_from(4, "mEq/L", 1).mmol_per_day == pytest.approx(2)
    with pytest.raises(LabValueError, match="volume_l"):
        analytes.urine_magnesium_24h_from(2, "mmol/L", 1500)
    with pytest.raises(LabUnitError):
        analytes.urine_magnesium_24h_from(2, "mg/day", 1)


def test_prescribing_facts_as_printed() -> None:
    facts = prescribing.PRESCRIBING_FACTS
    # US label says "diluted to a concentration of 20% or less"
    assert prescribing.MAX_IV_CONCENTRATION_PERCENT == 20
    # the 50% vial (500 mg/mL) needs dilution; 4 g in 20 mL is 20%
    assert not prescribing.within_iv_concentration(1, 2)
    assert prescribing.within_iv_concentration(4, 20)
    # label and FDA 2013 says "beyond 5 to 7 days"
    assert (
        facts["pregnancy-max-continuous-days"].lower,
        facts["pregnancy-max-continuous-days"].upper,
    ) == (5, 7)
    # PN says "1-3 g daily" (secondary) vs DBL "0.5 to 3.0 g" (verbatim copy): both kept
    assert facts["pn-maintenance-adult-us"].verification is Verification.SECONDARY
    assert (facts["pn-maintenance-adult-dbl"].lower, facts["pn-maintenance-adult-dbl"].upper) == (
        0.5,
        3,
    )
    assert all(s.key in BIBLIOGRAPHY for f in facts.values() for s in f.sources)


def test_pregnancy_warning_in_plans() -> None:
    warned = repletion.plan_repletion("0.4 mmol/L", symptomatic=True, pregnant=True, egfr=90)
    plain = repletion.plan_repletion("0.4 mmol/L", symptomatic=True, egfr=90)
    assert any("5 to 7 days" in w for w in warned.warnings)
    assert not any("5 to 7 days" in w for w in plain.warnings)
    assert "fda-2013-mgso4-pregnancy" in {s.key for s in warned.sources}
    normal = repletion.plan_repletion("0.9 mmol/L", pregnant=True)
    assert normal.regimens == ()
    assert not any("5 to 7" in w for w in normal.warnings)
    assert "nhs-highland-portal-hypomagnesaemia" in {s.key for s in plain.sources}


def test_cli_analyte_json(capsys: pytest.CaptureFixture[str]) -> None:

    assert cli.main(["analyte", "ionised", "0.45", "--json"]) == 0
    payload = answers.result(capsys.readouterr().out, "AnalyteReading")
    assert (payload["status"], payload["interval"]["name"]) == ("low", "spectrum-health-lab805")
    assert (
        cli.main(["analyte", "urine-24h", "30", "mg/day", "--cutoff", "mayo-gt-24-mg", "--json"])
        == 0
    )
    reading = answers.result(capsys.readouterr().out, "UrineReading")
    assert reading["interpretation"] == "renal magnesium wasting"
    assert cli.main(["prescribing-facts", "--json"]) == 0
    facts = answers.results(capsys.readouterr().out, "PrescribingFact")
    assert len(facts) == len(prescribing.PRESCRIBING_FACTS)
    assert cli.main(["analyte", "rbc", "4.5"]) == 1


@given(st.floats(0.5, 12), st.sampled_from(["arup", "quest", "labcorp", "baystate", "dynacare"]))
def test_rbc_status_does_not_depend_on_the_reported_unit(mg_dl: float, name: str) -> None:
    interval = analytes.get_interval(name)
    mmol = mg_dl * 10 / mg.MOLAR_MASS_G_PER_MOL
    edges = (interval.lower, interval.upper)
    in_mg = interval.unit == "mg/dL"
    if any(abs((mg_dl if in_mg else mmol) - edge) < 1e-9 for edge in edges):
        return  # at an edge only the printed unit decides
    same = {
        classify_analyte(RbcMagnesium(mg_dl, "mg/dL"), name).status,
        classify_analyte(RbcMagnesium(mmol, "mmol/L"), name).status,
    }
    assert len(same) == 1


@given(st.floats(0.01, 12))
def test_statuses_order_with_the_value(mmol: float) -> None:
    low, high = IonizedMagnesium(mmol), IonizedMagnesium(mmol * 1.1)
    assert classify_analyte(low).status <= classify_analyte(high).status


def test_an_array_is_not_a_number() -> None:
    with pytest.raises(ArgumentTypeError):
        prescribing.infusion_concentration_percent(4, np.array([1, 2]))  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        analytes.urine_magnesium_24h_from(2, "mmol/L", np.array([1, 2]))  # type: ignore[arg-type]
    four, twenty = np.int64(4), np.int64(20)
    assert prescribing.infusion_concentration_percent(four, twenty) == 20  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        IonizedMagnesium(0.5),
        RbcMagnesium(4.5, "mg/dL"),
        classify_analyte(RbcMagnesium(2, "mmol/L"), "dynacare"),
        analytes.interpret_urine_24h(0.7, "mmol/day", "bnssg-2023"),
        prescribing.PRESCRIBING_FACTS["max-iv-concentration"],
    ],
)
def test_values_are_frozen_hashable_and_round_trip(value: object) -> None:
    assert pickle.loads(pickle.dumps(value)) == value  # noqa: S301 (our own value)
    assert copy.deepcopy(value) == value
    assert hash(copy.copy(value)) == hash(value)
    assert repr(value).startswith(type(value).__name__)
    with pytest.raises(AttributeError):
        value.status = None  # type: ignore[attr-defined]


def test_bad_fields_and_volumes_are_refused() -> None:
    fact = prescribing.PRESCRIBING_FACTS["max-iv-concentration"]
    with pytest.raises(ArgumentTypeError):
        prescribing.PrescribingFact(**{**_fields(fact), "title": 3})
    with pytest.raises(ArgumentTypeError):
        prescribing.PrescribingFact(**{**_fields(fact), "kind": "recheck"})
    with pytest.raises(InputError):
        prescribing.infusion_concentration_percent(4, 0)
    assert cli.main(["analyte", "ionised", "0.5", "mg/dL"]) == 1


def _fields(fact: prescribing.PrescribingFact) -> dict[str, Any]:
    return {
        "key": fact.key,
        "kind": fact.kind,
        "title": fact.title,
        "lower": fact.lower,
        "upper": fact.upper,
        "unit": fact.unit,
        "quote": fact.quote,
        "sources": tuple(source.key for source in fact.sources),
    }
