"""The safety laws of the repletion planner, over a dense grid of patient situations.

Each law is one function, checked on every plan of an exhaustive pass over a coarse
grid (every threshold set x key levels x the flags that change the regimens x kidney
function x patients from a newborn to a heavy adult) and on Hypothesis samples of the
dense grid the issue asks for (levels 0.1-5 mmol/L, every flag, eGFR none/10/25/45/90,
weight none/3/20/70/150 kg, age 0.1/5/15/40/85 years, every threshold set).

The laws:

1. No NaN or infinite amount anywhere in a plan.
2. No dose above any limit that applies to the patient's population, whether or not the
   plan lists it (per dose, per hour as a rate, per 24 h, per 48 h in renal
   insufficiency, oral daily); a repletion regimen counts the emergency dose with it.
3. No magnesium above the highest cited upper reference limit, whatever the set; the
   plan says why.
4. Every regimen and limit cited, and its sources listed in the plan.
5. Children get only paediatric regimens and paediatric limits; adults no paediatric ones.
6. At eGFR < 30 a regimen is offered only with its source's reduced dose or as a single
   emergency dose with its renal precaution; a regimen withheld is named in a warning.
7. A regimen is offered only inside the range of serum magnesium its source states.
8. Torsades de pointes gets magnesium at every level up to that upper limit.
9. A censored level ("<0.5 mmol/L", "> 5 mg/dL") gets no plan at all: it allows a range
   of values, and a plan's regimens, ranges and limits depend on the value, so no plan
   can offer magnesium for a value that may be at or above the upper limit.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import _regimen_rows as regimens
from magnesium import units
from magnesium.repletion import (
    HYPERMAGNESEMIA_ABOVE_MMOL_PER_L,
    InputError,
    Limit,
    LimitKind,
    RepletionPlan,
    Route,
    _limit,
    plan_repletion,
)
from magnesium.sources import BIBLIOGRAPHY
from magnesium.thresholds import THRESHOLD_SETS, Status
from tests.strategies import censored_levels

ROWS = {row.key: row for row in regimens.REGIMEN_ROWS}
ADULT_LIMITS = tuple(_limit(row.key) for row in regimens.LIMIT_ROWS if not row.paediatric)
CHILD_LIMITS = tuple(_limit(row.key) for row in regimens.LIMIT_ROWS if row.paediatric)
FLAGS = (
    "symptomatic",
    "torsades",
    "cardiac_arrest",
    "oral_route_available",
    "hypokalemia",
    "hypocalcemia",
    "short_bowel",
    "seizures",
    "arrhythmia",
)
EGFRS = (None, 10.0, 25.0, 45.0, 90.0)
WEIGHTS = (None, 3.0, 20.0, 70.0, 150.0)
AGES = (0.1, 5.0, 15.0, 40.0, 85.0)
SETS = tuple(THRESHOLD_SETS)
UPPER = HYPERMAGNESEMIA_ABOVE_MMOL_PER_L


def is_child(kwargs: dict[str, Any]) -> bool:
    age = kwargs.get("age_years")
    return age is not None and age < regimens.PEDIATRIC_BELOW_YEARS


def severe_renal(kwargs: dict[str, Any]) -> bool:
    egfr = kwargs.get("egfr")
    return egfr is not None and egfr < regimens.SEVERE_RENAL_EGFR


def applicable_limits(kwargs: dict[str, Any]) -> tuple[Limit, ...]:
    """Every limit of the table that bounds this patient, listed in the plan or not."""
    pool = CHILD_LIMITS if is_child(kwargs) else ADULT_LIMITS
    return tuple(
        limit for limit in pool if limit.kind is not LimitKind.RENAL or severe_renal(kwargs)
    )


def plan_or_none(level: mg.SerumMagnesium, kwargs: dict[str, Any]) -> RepletionPlan | None:
    """The plan, or None where the planner must refuse: a child's per-kg dose, no weight."""
    try:
        return plan_repletion(level, **kwargs)
    except InputError as error:
        refused = error
    assert is_child(kwargs)
    assert kwargs.get("weight_kg") is None
    assert "weight_kg" in str(refused)
    return None


# --- the laws --------------------------------------------------------------------------


def law_finite(plan: RepletionPlan) -> None:
    for regimen in plan.regimens:
        amounts = [regimen.dose_g, regimen.per_dose.mg, regimen.per_dose.meq]
        if regimen.dose_min_g is not None:
            amounts.append(regimen.dose_min_g)
        assert all(math.isfinite(amount) and amount > 0 for amount in amounts), regimen
        for hours in (1, 4, 24, 48):
            assert math.isfinite(regimen.grams_within(hours))
    for limit in plan.limits:
        assert math.isfinite(limit.amount)
        assert limit.amount > 0


def law_within_limits(plan: RepletionPlan, kwargs: dict[str, Any]) -> None:
    boluses = [regimen for regimen in plan.regimens if regimen.bolus]
    for regimen in plan.regimens:
        for limit in applicable_limits(kwargs):
            assert limit.allows(regimen), (regimen.key, limit.key)
            if not limit.applies_to(regimen) or regimen.bolus:
                continue
            if limit.kind in {LimitKind.RATE, LimitKind.PER_DOSE}:
                continue
            hours = limit.hours or 24
            used = sum(b.grams_within(hours) for b in boluses if limit.applies_to(b))
            assert regimen.grams_within(hours) + used <= limit.amount, (regimen.key, limit.key)
        rate = regimen.max_rate_mg_per_min
        if regimen.route is Route.IV and rate is not None and not regimen.rate_limit_exempt:
            assert rate <= 150  # the label's general IV rate, mg/min
    listed = {limit.key for limit in plan.limits}
    assert listed <= {limit.key for limit in applicable_limits(kwargs)}


def law_no_magnesium_when_high(plan: RepletionPlan) -> None:
    if plan.level.mmol_per_l > UPPER:
        assert plan.regimens == ()
        assert "must not be given" in plan.reason
        assert "hypermagnesaemia" in plan.reason


def law_cited(plan: RepletionPlan) -> None:
    keys = {source.key for source in plan.sources}
    for cited in [regimen.sources for regimen in plan.regimens] + [
        limit.sources for limit in plan.limits
    ]:
        assert cited
        assert {source.key for source in cited} <= keys
    assert keys <= BIBLIOGRAPHY.keys()
    assert len(keys) == len(plan.sources)


def law_population(plan: RepletionPlan, kwargs: dict[str, Any]) -> None:
    child = is_child(kwargs)
    assert all(regimen.paediatric is child for regimen in plan.regimens)
    assert all(limit.paediatric is child for limit in plan.limits)


def law_renal(plan: RepletionPlan, kwargs: dict[str, Any]) -> None:
    if not severe_renal(kwargs):
        return
    for regimen in plan.regimens:
        row = ROWS[regimen.key]
        assert row.renal in {"reduce", "caution"}, regimen.key
        if row.renal == "reduce":
            assert any("for eGFR < 30, as published" in note for note in regimen.notes)
        else:
            assert any("offered at eGFR < 30" in note for note in regimen.notes)
    normal = plan_repletion(plan.level, **{**kwargs, "egfr": 90.0})
    kept = {regimen.key for regimen in plan.regimens}
    for regimen in normal.regimens:
        if regimen.key not in kept:
            assert any(regimen.title in warning for warning in plan.warnings), regimen.key


def law_level_range(plan: RepletionPlan) -> None:
    mmol = plan.level.mmol_per_l
    for regimen in plan.regimens:
        row = ROWS[regimen.key]
        assert row.from_mmol is None or mmol >= float(row.from_mmol)
        assert row.below_mmol is None or mmol < float(row.below_mmol)
        assert row.to_mmol is None or mmol <= float(row.to_mmol)


def law_torsades(plan: RepletionPlan, kwargs: dict[str, Any]) -> None:
    if kwargs.get("torsades") and plan.level.mmol_per_l <= UPPER:
        first = plan.regimens[0]
        assert first.bolus
        assert first.route is Route.IV


def check(level: mg.SerumMagnesium, kwargs: dict[str, Any]) -> None:
    plan = plan_or_none(level, kwargs)
    if plan is None:
        return
    law_finite(plan)
    law_within_limits(plan, kwargs)
    law_no_magnesium_when_high(plan)
    law_cited(plan)
    law_population(plan, kwargs)
    law_renal(plan, kwargs)
    law_level_range(plan)
    law_torsades(plan, kwargs)


# --- the grids -------------------------------------------------------------------------

# The edges of the sets and of the sources' ranges; the 150 kg adult reaches the caps, the
# children the paediatric rows (and the refusal of a per-kg dose without a weight).
KEY_LEVELS = (0.1, 0.45, 0.5, 0.6, 0.66, 0.7, 0.72, 0.96, 1.1, 1.11, 5.0)
PATIENTS = ((None, None), (150.0, 85.0), (20.0, 5.0), (None, 15.0))


@pytest.mark.parametrize("threshold_set", SETS)
def test_laws_over_the_coarse_grid(threshold_set: str) -> None:
    for mmol, flags, egfr, (weight, age) in itertools.product(
        KEY_LEVELS,
        itertools.product((False, True), repeat=4),
        (None, 10.0, 90.0),
        PATIENTS,
    ):
        torsades, arrest, symptomatic, seizures = flags
        kwargs = {
            "torsades": torsades,
            "cardiac_arrest": arrest,
            "symptomatic": symptomatic,
            "seizures": seizures,
            "egfr": egfr,
            "weight_kg": weight,
            "age_years": age,
            "threshold_set": threshold_set,
        }
        check(mg.SerumMagnesium.of(mmol, "mmol/L"), kwargs)


@st.composite
def dense_situations(draw: st.DrawFn) -> dict[str, Any]:
    kwargs: dict[str, Any] = {flag: draw(st.booleans()) for flag in FLAGS}
    kwargs["egfr"] = draw(st.sampled_from(EGFRS))
    kwargs["weight_kg"] = draw(st.sampled_from(WEIGHTS))
    kwargs["age_years"] = draw(st.sampled_from(AGES))
    kwargs["threshold_set"] = draw(st.sampled_from(SETS))
    return kwargs


@given(
    st.floats(min_value=0.1, max_value=5.0),
    st.sampled_from(("mmol/L", "mg/dL", "mEq/L")),
    dense_situations(),
)
def test_laws_over_the_dense_grid(mmol: float, unit: str, kwargs: dict[str, Any]) -> None:
    value = round(units.convert(mmol, "mmol/L", unit), 4)
    check(mg.SerumMagnesium.of(value, unit), kwargs)


# --- the upper limit -------------------------------------------------------------------


def test_the_upper_limit_is_the_highest_cited_upper_reference_limit() -> None:
    uppers = [  # the upper limit of each table: where its first HIGH band starts
        units.convert(
            min(band.lower for band in cutoffs.bands if band.status is Status.HIGH),
            cutoffs.unit,
            "mmol/L",
        )
        for threshold_set in THRESHOLD_SETS.values()
        for cutoffs in threshold_set.cutoffs
        if any(band.status is Status.HIGH for band in cutoffs.bands)
    ]
    assert max(uppers) == UPPER
    assert pytest.approx(2.5 / 2) == UPPER  # US 50% vial label: normal 1.5-2.5 mEq/L
    assert UPPER > 2.68 / 2.4305  # StatPearls: 1.46-2.68 mg/dL
    assert UPPER > 1.10  # RCPA/AACB adult and paediatric: up to 1.10 mmol/L


# --- the reproducers -----------------------------------------------------------


@pytest.mark.parametrize(
    "threshold_set", ["workeneh-2021", "bnssg-remedy-2023", "aha-2005", "dynamed-2019"]
)
def test_hypermagnesaemia_with_one_sided_sets(threshold_set: str) -> None:
    plan = plan_repletion("8 mg/dL", torsades=True, egfr=10, threshold_set=threshold_set)
    assert plan.classification.status is Status.NORMAL  # the set itself sees no problem
    assert plan.regimens == ()
    assert "must not be given" in plan.reason
    assert any("Hypermagnesaemia" in warning for warning in plan.warnings)
    assert "pfizer-mgso4-vial-indications" in {source.key for source in plan.sources}


@pytest.mark.parametrize("mmol", [0.96, 1.0, 1.05, 1.10])
def test_torsades_at_upper_normal_levels(mmol: float) -> None:
    plan = plan_repletion(
        mg.SerumMagnesium.of(mmol, "mmol/L"), torsades=True, egfr=60, weight_kg=70, age_years=40
    )
    assert plan.classification.status is Status.HIGH  # by the default IOM 0.75-0.95
    assert [regimen.key for regimen in plan.regimens] == ["aha-torsades-pulse"]
    assert any("upper limit of iom-1997" in warning for warning in plan.warnings)
    assert "can-pharm-j-2016-torsades" in {source.key for source in plan.sources}
    above = plan_repletion(mg.SerumMagnesium.of(UPPER + 0.01, "mmol/L"), torsades=True, egfr=60)
    assert above.regimens == ()


def test_renal_impairment_reproducers() -> None:
    severe = plan_repletion("0.3 mmol/L", symptomatic=True, egfr=10, weight_kg=70, age_years=80)
    assert [regimen.key for regimen in severe.regimens] == ["nhs-highland-severe-iv"]
    assert severe.regimens[0].per_dose.mmol == pytest.approx(10)  # 50% of 20 mmol
    withheld = [warning for warning in severe.warnings if warning.startswith("Not offered")]
    assert len(withheld) == 2  # the label's 5 g IV and its per-kg IM
    mild = plan_repletion("0.6 mmol/L", egfr=10)
    assert [regimen.key for regimen in mild.regimens] == ["nhs-highland-oral-aspartate"]
    assert mild.regimens[0].per_dose.mmol == pytest.approx(5)
    assert any("magnesium oxide" in warning for warning in mild.warnings)
    assert any("Mild magnesium deficiency" in warning for warning in mild.warnings)


def test_nothing_offerable_says_so() -> None:
    plan = plan_repletion("0.6 mmol/L", egfr=10, oral_route_available=False)
    assert plan.regimens == ()
    assert plan.limits == ()
    assert any("seek specialist advice" in warning for warning in plan.warnings)


def test_label_maximum_is_a_maximum_and_capped() -> None:
    plan = plan_repletion("0.45 mmol/L", weight_kg=150, egfr=90)
    im = next(regimen for regimen in plan.regimens if regimen.key == "label-severe-im")
    assert im.dose_is_maximum
    assert im.dose_g == 30  # 250 mg/kg x 150 kg = 37.5 g, capped at 30 g per 24 h


def test_children_list_only_paediatric_limits() -> None:
    plan = plan_repletion("0.8 mmol/L", torsades=True, age_years=16, weight_kg=70, egfr=90)
    assert [limit.key for limit in plan.limits] == ["pals-max-dose"]
    assert plan.regimens[0].dose_g == 2  # PALS: at most 2 g per dose
    unknown_kidney = plan_repletion("0.8 mmol/L", torsades=True, age_years=6, weight_kg=20)
    assert any("Kidney function not given" in warning for warning in unknown_kidney.warnings)
    assert not any("label's cap" in warning for warning in unknown_kidney.warnings)


@pytest.mark.parametrize(("mmol", "offered"), [(0.49, False), (0.5, True), (0.7, True)])
def test_nhs_highland_oral_only_inside_its_range(mmol: float, offered: bool) -> None:
    plan = plan_repletion(mg.SerumMagnesium.of(mmol, "mmol/L"), egfr=90)
    keys = [regimen.key for regimen in plan.regimens]
    assert ("nhs-highland-oral-aspartate" in keys) is offered


def test_severity_mapping_reproducers() -> None:
    symptomatic = plan_repletion("0.66 mmol/L", symptomatic=True, egfr=90, weight_kg=70)
    assert "nhs-highland-severe-iv" not in [regimen.key for regimen in symptomatic.regimens]
    mild = plan_repletion("0.72 mmol/L", egfr=90)
    assert [regimen.key for regimen in mild.regimens] == ["oral-magnesium-oxide", "label-mild-im"]
    assert mild.regimens[1].dose_g == 1  # a limit of another salt does not touch it


@pytest.mark.parametrize("flag", ["seizures", "arrhythmia"])
def test_rapid_dose_for_seizures_or_arrhythmia(flag: str) -> None:
    options: dict[str, Any] = {flag: True}
    plan = plan_repletion("0.4 mmol/L", egfr=90, weight_kg=70, **options)
    first = plan.regimens[0]
    assert first.key == "urgent-iv-bolus"
    assert (first.dose_min_g, first.dose_g) == (1, 2)  # monograph: 1-2 g over 5-60 mins
    assert (first.infusion_minutes, first.infusion_max_minutes) == (5, 60)
    assert {"monograph-mgso4-medicart", "aha-ecc-handbook-2020"} <= {s.key for s in first.sources}
    assert "label-severe-iv" in [regimen.key for regimen in plan.regimens]
    assert any("in addition to the repletion" in warning for warning in plan.warnings)
    normal = plan_repletion("0.9 mmol/L", egfr=90, **options)
    assert normal.regimens == ()  # seizures with a normal level: not a magnesium indication


def test_the_emergency_dose_is_counted_against_the_limits() -> None:
    # 48 h renal cap of 20 g: a torsades dose of 2 g leaves 18 g for the repletion regimen.
    plan = plan_repletion("0.3 mmol/L", torsades=True, egfr=10, weight_kg=70)
    bolus, repletion = plan.regimens
    assert bolus.key == "aha-torsades-pulse"
    cap = next(limit for limit in plan.limits if limit.kind is LimitKind.RENAL)
    assert bolus.grams_within(48) + repletion.grams_within(48) <= cap.amount
    big = plan_repletion("0.45 mmol/L", torsades=True, weight_kg=150, egfr=90)
    im = next(regimen for regimen in big.regimens if regimen.key == "label-severe-im")
    assert im.dose_g == pytest.approx(28)  # 30 g per 24 h less the 2 g torsades dose
    assert any("counting the 2 g of the first dose" in note for note in im.notes)


# --- law 9: a censored level gets no plan --------------------------------------------------


@given(
    censored_levels(),
    st.sampled_from(SETS),
    st.fixed_dictionaries({flag: st.booleans() for flag in FLAGS}),
    st.booleans(),
)
def test_law_9_a_censored_level_gets_no_plan(
    level: mg.CensoredSerumMagnesium, name: str, flags: dict[str, bool], as_text: bool
) -> None:
    given_level: Any = f"{level.comparator}{level.bound!r} {level.unit}" if as_text else level
    with pytest.raises(InputError, match="censored") as raised:
        plan_repletion(given_level, threshold_set=name, weight_kg=70.0, **flags)
    result = mg.classify(level, name)
    said = "undetermined" if result.status is None else result.status.value
    assert f"It is {said} by {name}" in str(raised.value)
