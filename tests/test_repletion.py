"""Repletion plans (magnesium.repletion.plan_repletion): regimens, limits and safety rules."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium.errors import ImplausibleValueError, UnknownEntryError
from magnesium.repletion import (
    HYPERMAGNESEMIA_ABOVE_MMOL_PER_L,
    InputError,
    LimitKind,
    RepletionPlan,
    Route,
    _limit,
    _regimen,
    get_salt,
    get_solution,
    plan_repletion,
)
from tests.strategies import levels

MGSO4 = "magnesium sulfate heptahydrate"
EGFRS = st.one_of(st.none(), st.floats(min_value=0, max_value=150, allow_nan=False))
WEIGHTS = st.one_of(st.none(), st.floats(min_value=2, max_value=250, allow_nan=False))
AGES = st.one_of(st.none(), st.floats(min_value=0, max_value=100, allow_nan=False))


@st.composite
def situations(draw: st.DrawFn) -> dict[str, Any]:
    """Keyword arguments of plan_repletion, except the level."""
    age = draw(AGES)
    weight = draw(WEIGHTS)
    if age is not None and age < 18 and weight is None:
        weight = 20.0
    return {
        "symptomatic": draw(st.booleans()),
        "torsades": draw(st.booleans()),
        "cardiac_arrest": draw(st.booleans()),
        "egfr": draw(EGFRS),
        "weight_kg": weight,
        "age_years": age,
        "oral_route_available": draw(st.booleans()),
        "hypokalemia": draw(st.booleans()),
        "hypocalcemia": draw(st.booleans()),
        "short_bowel": draw(st.booleans()),
    }


def first_mg(plan: RepletionPlan) -> float:
    return plan.regimens[0].per_dose.mg if plan.regimens else 0.0


def largest_mg(plan: RepletionPlan) -> float:
    return max((regimen.per_dose.mg for regimen in plan.regimens), default=0.0)


def level(text: str) -> mg.SerumMagnesium:
    return mg.SerumMagnesium.parse(text)


# --- the contract in the issue -----------------------------------------------------------


def test_issue_example() -> None:
    plan = plan_repletion(mg.SerumMagnesium.of(1.0, "mg/dL"), symptomatic=True, egfr=90)
    first = plan.regimens[0]
    assert first.route is Route.IV
    assert first.salt is get_salt(MGSO4)
    assert first.dose_g == 5  # label: 5 g in 1 L over 3 hours
    assert first.infusion_minutes == 180
    assert round(first.per_dose.meq) == 41  # label: "approximately 40 mEq"
    assert plan.first is first
    assert plan.level == mg.SerumMagnesium.of(1.0, "mg/dL")


def test_issue_example_in_severe_renal_insufficiency() -> None:
    # The label gives no reduced dose (the SmPC: "Dosage should be reduced in renal
    # impairment", no amount): its 5 g regimen is withheld; NHS Highland's halved one stays.
    plan = plan_repletion(mg.SerumMagnesium.of(1.0, "mg/dL"), symptomatic=True, egfr=25)
    assert [r.key for r in plan.regimens] == ["nhs-highland-severe-iv"]
    assert plan.regimens[0].per_dose.mmol == pytest.approx(10)  # 50% of 20 mmol
    kinds = {limit.kind for limit in plan.limits}
    assert kinds == {LimitKind.RATE, LimitKind.DAILY, LimitKind.RENAL}
    renal = next(limit for limit in plan.limits if limit.kind is LimitKind.RENAL)
    assert (renal.amount, renal.hours) == (20, 48)  # label: 20 g in 48 hours
    assert plan.monitoring
    assert any("eGFR 25 < 30" in warning for warning in plan.warnings)
    assert any(
        "Not offered" in warning and "slow IV infusion" in warning for warning in plan.warnings
    )
    assert {"fda-label-mgso4-injection", "kdigo-2012-ckd", "iom-1997"} <= {
        source.key for source in plan.sources
    }


def test_mild_asymptomatic_gets_oral_first_then_the_label_im_regimen() -> None:
    plan = plan_repletion(level("1.5 mg/dL"), egfr=90)
    assert [r.key for r in plan.regimens] == [
        "nhs-highland-oral-aspartate",
        "oral-magnesium-oxide",
        "label-mild-im",
    ]
    aspartate, oral, im = plan.regimens
    assert aspartate.per_dose.mmol == pytest.approx(10)  # NHS Highland: one 10 mmol sachet
    assert aspartate.salt.name == "magnesium L-aspartate dihydrate"
    assert oral.route is Route.ORAL
    assert (oral.dose_g, oral.dose_min_g) == (0.8, 0.4)  # 1 to 2 tablets of 400 mg
    assert im.dose_g == 1
    assert im.doses == 4
    assert im.interval_hours == 6
    assert round(im.grams_within(24) * im.per_dose.meq / im.dose_g, 1) == 32.5  # label
    assert "mild" in plan.reason


def test_no_oral_route() -> None:
    plan = plan_repletion(level("1.5 mg/dL"), oral_route_available=False, egfr=90)
    assert [r.key for r in plan.regimens] == ["label-mild-im"]


def test_short_bowel() -> None:
    plan = plan_repletion(level("0.6 mmol/L"), short_bowel=True, egfr=90)
    assert plan.regimens[0].key == "short-bowel-magnesium-oxide"
    assert plan.regimens[0].per_dose.mmol == pytest.approx(12)
    assert any("sodium depletion" in item for item in plan.co_management)
    assert "nightingale-2006-short-bowel" in {s.key for s in plan.sources}
    assert any("nightingale-2006-short-bowel" in warning for warning in plan.warnings)


def test_severe_by_grade_without_symptoms() -> None:
    plan = plan_repletion(level("0.45 mmol/L"), weight_kg=70, egfr=90)
    assert [r.key for r in plan.regimens] == [
        "label-severe-iv",
        "nhs-highland-severe-iv",
        "label-severe-im",
    ]
    im = plan.regimens[2]
    assert im.dose_g == pytest.approx(17.5)  # "as much as" 250 mg/kg x 70 kg
    assert im.dose_is_maximum  # a label maximum, not the dose to give
    assert "at most" in im.title
    assert not plan.regimens[0].dose_is_maximum
    assert im.within_hours == 4
    assert im.notes


def test_severe_im_capped_by_the_daily_limit() -> None:
    plan = plan_repletion(level("0.45 mmol/L"), weight_kg=200, egfr=90)
    im = plan.regimens[2]
    assert im.dose_g == 30  # 250 mg/kg x 200 kg = 50 g, capped at 30 g per 24 h
    assert any("reduced" in warning for warning in plan.warnings)


def test_severe_without_weight_or_with_renal_failure_leaves_out_the_im_option() -> None:
    both_iv = ["label-severe-iv", "nhs-highland-severe-iv"]
    assert [r.key for r in plan_repletion(level("0.9 mg/dL"), egfr=90).regimens] == both_iv
    plan = plan_repletion(level("0.9 mg/dL"), weight_kg=70, egfr=10)
    assert [r.key for r in plan.regimens] == ["nhs-highland-severe-iv"]


def test_nhs_highland_regimen_and_its_renal_halving() -> None:
    normal = plan_repletion(level("0.45 mmol/L"), egfr=90).regimens[1]
    assert normal.per_dose.mmol == pytest.approx(20)  # 20 mmol over 3 hours
    assert (normal.doses, normal.interval_hours, normal.infusion_minutes) == (3, 12, 180)
    # The guideline calls it "10mL magnesium sulfate 50% injection (2mmol/mL)".
    injection = get_solution("magnesium sulfate 50%")
    assert injection.volume_ml(normal.per_dose) == pytest.approx(10, abs=0.15)
    halved = plan_repletion(level("0.45 mmol/L"), egfr=20).regimens[0]
    assert halved.per_dose.mmol == pytest.approx(10)  # eGFR < 30: 50% of the dose
    oral = plan_repletion(level("0.6 mmol/L"), egfr=20).regimens[0]
    assert oral.per_dose.mmol == pytest.approx(5)  # eGFR < 30: halved


def test_normal_level_gives_no_regimen_and_says_why() -> None:
    plan = plan_repletion(level("2.0 mg/dL"), symptomatic=True)
    assert plan.regimens == ()
    assert plan.limits == ()
    assert "not low" in plan.reason
    assert plan.first is None


def test_hypermagnesaemia_never_gets_magnesium() -> None:
    plan = plan_repletion(level("4 mg/dL"), torsades=True, cardiac_arrest=True)
    assert plan.regimens == ()
    assert "must not be given" in plan.reason
    assert any("high serum magnesium" in warning for warning in plan.warnings)


def test_torsades_whatever_the_level() -> None:
    plan = plan_repletion(level("2.1 mg/dL"), torsades=True)
    first = plan.regimens[0]
    assert first.key == "aha-torsades-pulse"
    assert (first.dose_min_g, first.dose_g) == (1, 2)  # AHA: 1-2 g
    assert first.rate_limit_exempt


def test_cardiac_arrest() -> None:
    arrest = plan_repletion(level("0.5 mmol/L"), cardiac_arrest=True, egfr=60)
    assert arrest.regimens[0].key == "aha-cardiac-arrest"
    normal = plan_repletion(level("0.8 mmol/L"), cardiac_arrest=True)
    assert normal.regimens == ()
    assert any("only for torsades" in warning for warning in normal.warnings)


def test_child_with_torsades_is_dosed_per_kg() -> None:
    plan = plan_repletion(level("0.8 mmol/L"), torsades=True, age_years=6, weight_kg=20)
    first = plan.regimens[0]
    assert first.key == "pals-torsades"
    assert (first.dose_min_g, first.dose_g) == (0.5, 1.0)  # 25-50 mg/kg x 20 kg
    big = plan_repletion(level("0.8 mmol/L"), torsades=True, age_years=16, weight_kg=70)
    assert big.regimens[0].dose_g == 2  # PALS: at most 2 g per dose
    assert big.regimens[0].dose_min_g == 1.75
    with pytest.raises(InputError, match="weight_kg"):
        plan_repletion(level("0.8 mmol/L"), torsades=True, age_years=6)


def test_child_with_low_level_gets_no_adult_dose() -> None:
    plan = plan_repletion(level("0.5 mmol/L"), age_years=8, weight_kg=25)
    assert plan.regimens == ()
    assert any("paediatric" in warning for warning in plan.warnings)
    assert "child" in plan.reason


def test_co_management() -> None:
    plan = plan_repletion(level("1.5 mg/dL"), hypokalemia=True, hypocalcemia=True)
    assert any("hypokalaemia and hypocalcaemia" in item for item in plan.co_management)
    assert "dailymed-mgso4-50-fresenius" in {s.key for s in plan.sources}


def test_unknown_kidney_function_is_a_warning() -> None:
    plan = plan_repletion(level("1.5 mg/dL"))
    assert any("Kidney function not given" in warning for warning in plan.warnings)


def test_threshold_set_is_used() -> None:
    plan = plan_repletion(level("0.72 mmol/L"), threshold_set="rcpa-aacb-adult")
    assert plan.regimens == ()
    assert plan.classification.threshold_set.name == "rcpa-aacb-adult"
    assert plan_repletion(level("0.72 mmol/L")).regimens


def test_text_levels_are_accepted() -> None:
    assert plan_repletion("1.5 mg/dL") == plan_repletion(level("1.5 mg/dL"))


def test_limits_and_regimens_in_elemental_terms() -> None:
    rate = _limit("label-max-rate")
    assert rate.kind is LimitKind.RATE
    assert rate.elemental.mg == pytest.approx(14.79, abs=0.01)  # 150 mg/min of MgSO4·7H2O
    assert _limit("label-renal-cap").allows(_regimen("oral-magnesium-oxide"))
    torsades = _regimen("aha-torsades-pulse")
    assert torsades.max_rate_mg_per_min == 400
    assert rate.allows(torsades)  # exempt: resuscitation guidance
    assert _regimen("label-severe-iv").max_rate_mg_per_min == pytest.approx(27.78, abs=0.01)
    assert _regimen("aha-cardiac-arrest").max_rate_mg_per_min is None
    assert _regimen("label-mild-im").per_dose_min is None
    assert _regimen("aha-cardiac-arrest").per_dose_min is not None
    assert _regimen("oral-magnesium-oxide").grams_within(72) == pytest.approx(2.4)


def test_per_kg_regimen_needs_a_weight() -> None:
    with pytest.raises(InputError, match="weight_kg"):
        _regimen("label-severe-im")


def test_regimen_sources_flags() -> None:
    assert _regimen("label-severe-iv").verified
    assert not _regimen("aha-cardiac-arrest").verified


# --- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"egfr": -1},
        {"egfr": math.inf},
        {"weight_kg": 0},
        {"weight_kg": -70},
        {"age_years": -1},
    ],
)
def test_bad_inputs(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InputError):
        plan_repletion(level("1.5 mg/dL"), **kwargs)


def test_bad_level() -> None:
    with pytest.raises(ImplausibleValueError):
        plan_repletion(mg.SerumMagnesium.of(-1, "mmol/L"))
    with pytest.raises(UnknownEntryError):
        plan_repletion(level("1.5 mg/dL"), threshold_set="nope")


# --- properties -----------------------------------------------------------------------


@given(levels(), situations())
def test_plans_are_deterministic_values(serum: mg.SerumMagnesium, kwargs: dict[str, Any]) -> None:
    plan = plan_repletion(serum, **kwargs)
    assert plan == plan_repletion(serum, **kwargs)
    assert hash(plan.regimens) == hash(plan_repletion(serum, **kwargs).regimens)
    with pytest.raises(AttributeError):
        plan.regimens = ()  # type: ignore[misc]


@given(levels(), situations())
def test_no_plan_exceeds_the_limits_it_reports(
    serum: mg.SerumMagnesium, kwargs: dict[str, Any]
) -> None:
    plan = plan_repletion(serum, **kwargs)
    for regimen in plan.regimens:
        for limit in plan.limits:
            assert limit.allows(regimen), (regimen.key, limit.key)
        rate = regimen.max_rate_mg_per_min
        if regimen.route is Route.IV and rate is not None and not regimen.rate_limit_exempt:
            assert rate <= 150
        assert regimen.per_dose.meq == 2 * regimen.per_dose.mmol
        assert regimen.sources
    adult = kwargs["age_years"] is None or kwargs["age_years"] >= 18
    if adult and any(regimen.route is not Route.ORAL for regimen in plan.regimens):
        assert any(limit.kind is LimitKind.DAILY for limit in plan.limits)
    assert plan.sources
    assert len({source.key for source in plan.sources}) == len(plan.sources)


@given(levels(), situations())
def test_torsades_always_yields_iv_magnesium_sulfate_unless_high(
    serum: mg.SerumMagnesium, kwargs: dict[str, Any]
) -> None:
    kwargs["torsades"] = True
    plan = plan_repletion(serum, **kwargs)
    if serum.mmol_per_l > HYPERMAGNESEMIA_ABOVE_MMOL_PER_L:
        assert plan.regimens == ()
    else:
        assert plan.regimens[0].route is Route.IV
        assert plan.regimens[0].salt.name == MGSO4


@given(levels(), situations(), st.floats(min_value=0, max_value=150), st.floats(0, 150))
def test_worse_kidney_function_never_increases_a_dose(
    serum: mg.SerumMagnesium, kwargs: dict[str, Any], egfr_a: float, egfr_b: float
) -> None:
    worse, better = sorted((egfr_a, egfr_b))
    plan_worse = plan_repletion(serum, **{**kwargs, "egfr": worse})
    plan_better = plan_repletion(serum, **{**kwargs, "egfr": better})
    assert first_mg(plan_worse) <= first_mg(plan_better)
    doses_better = {r.key: r.dose_g for r in plan_better.regimens}
    for regimen in plan_worse.regimens:
        assert regimen.key in doses_better
        assert regimen.dose_g <= doses_better[regimen.key]
    for limit in plan_worse.limits:
        same = [x for x in plan_better.limits if x.key == limit.key]
        assert all(x.amount >= limit.amount for x in same)


@given(
    situations(),
    st.floats(min_value=0.05, max_value=1.5),
    st.floats(min_value=0.05, max_value=1.5),
)
def test_lower_level_never_gives_a_smaller_largest_dose(
    kwargs: dict[str, Any], mmol_a: float, mmol_b: float
) -> None:
    # The largest single dose, not the first option's: the first option is the one its
    # source publishes for the range (NHS Highland's 10 mmol sachet at 0.5-0.7 mmol/L,
    # magnesium oxide's 482 mg at 0.70-0.75), not the largest.
    lower, higher = sorted((mmol_a, mmol_b))
    plan_lower = plan_repletion(mg.SerumMagnesium.of(lower, "mmol/L"), **kwargs)
    plan_higher = plan_repletion(mg.SerumMagnesium.of(higher, "mmol/L"), **kwargs)
    assert largest_mg(plan_lower) >= largest_mg(plan_higher)


def test_the_first_option_at_0_6_is_smaller_than_at_0_72() -> None:
    # Why the law above is on the largest dose: a real pair of plans.
    assert first_mg(plan_repletion(level("0.6 mmol/L"), egfr=90)) == pytest.approx(243, abs=1)
    assert first_mg(plan_repletion(level("0.72 mmol/L"), egfr=90)) == pytest.approx(482, abs=1)
