"""The plausibility policy, and the hostile inputs it keeps out of the topic functions."""

from __future__ import annotations

import contextlib
import math
import numbers
import pickle
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import causes, foods, plausibility, rda, repletion, salts, units, workup
from magnesium.causes import LabValueError
from magnesium.errors import ArgumentTypeError, ImplausibleValueError, MagnesiumError
from magnesium.plausibility import PLAUSIBLE_RANGES, ImplausibleInputError, PlausibleRange
from magnesium.rda import IntakeError
from magnesium.repletion import ElementalDose, InputError

np = pytest.importorskip("numpy")

HUGE_EXPONENTS = (Decimal("1e-999999999"), Decimal("1e999999999"), Decimal("-1e-999999999"))


# --- the table --------------------------------------------------------------------------


def test_every_range_is_documented_and_ordered() -> None:
    for key, bounds in PLAUSIBLE_RANGES.items():
        assert bounds.name == key
        assert bounds.lower < bounds.upper
        assert bounds.unit
        assert bounds.rationale.endswith(".")
        assert str(bounds).startswith(f"{key}: ")


def test_one_home_for_shared_numbers() -> None:
    assert PLAUSIBLE_RANGES["serum_magnesium"].upper == units.PLAUSIBILITY_CEILING_MMOL_PER_L
    assert PLAUSIBLE_RANGES["age_years"].upper == rda.MAX_AGE_YEARS
    assert PLAUSIBLE_RANGES["servings"].upper == foods.MAX_SERVINGS
    assert PLAUSIBLE_RANGES["age_months"].upper == 12 * PLAUSIBLE_RANGES["age_years"].upper


def test_range_edges_follow_inclusiveness() -> None:
    weight = PLAUSIBLE_RANGES["weight_kg"]
    assert not weight.contains(0)
    assert weight.contains(700)
    assert weight.interval == "(0, 700] kg"
    open_range = PlausibleRange(
        name="x", lower=0, upper=1, unit="u", upper_inclusive=False, rationale="r."
    )
    assert open_range.interval == "[0, 1) u"
    assert not open_range.contains(1)


def test_error_pickles_and_names_the_argument() -> None:
    with pytest.raises(ImplausibleInputError) as caught:
        plausibility.check(900, "weight_kg")
    error = caught.value
    assert isinstance(error, ImplausibleValueError)
    assert error.name == "weight_kg"
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 (our own object)
    assert str(again) == str(error)
    assert "(0, 700] kg" in str(error)


# --- the number coercion --------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        30,
        30.0,
        Decimal(30),
        Fraction(30),
        np.int64(30),
        np.float64(30),
        np.float32(30),
        np.uint8(30),
    ],
)
def test_every_kind_of_number_is_read_exactly(value: object) -> None:
    assert plausibility.exact(value, "x") == 30
    assert rda.recommended_intake(age_years=value, sex="male").amount_mg == 400  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", [True, np.False_, "30", b"30", None, [30], complex(1, 0), np.complex128(1)]
)
def test_non_numbers_are_type_errors(value: object) -> None:
    with pytest.raises(ArgumentTypeError, match="number for age_years") as caught:
        plausibility.exact(value, "age_years")
    assert isinstance(caught.value, TypeError)


@pytest.mark.parametrize(
    "value",
    [math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity")],
)
def test_nan_and_infinity_are_refused(value: object) -> None:
    with pytest.raises(ImplausibleInputError, match="finite"):
        plausibility.exact(value, "x")


@pytest.mark.parametrize(
    "value", [10**400, -(10**400), Fraction(10**400, 3), Decimal("1e301"), 1e301]
)
def test_magnitudes_above_1e300_are_refused(value: object) -> None:
    with pytest.raises(ImplausibleInputError, match="at most 1e300"):
        plausibility.exact(value, "x")


def test_tiny_decimals_and_fractions_read_as_float_reads_them() -> None:
    for value in HUGE_EXPONENTS[::2]:
        assert plausibility.exact(value, "x") == 0
    assert plausibility.exact(Fraction(1, 10**400), "x") == 0
    assert plausibility.exact(Decimal("1e-310"), "x") == Fraction(float("1e-310"))
    assert plausibility.exact(Decimal("0e-999999999"), "x") == 0


def test_long_decimals_are_rounded_not_expanded() -> None:
    long = Decimal("1." + "3" * 100_000)
    assert plausibility.real(long, "x") == pytest.approx(1.3333333333)


def test_too_long_integers_do_not_break_the_message() -> None:
    with pytest.raises(IntakeError) as caught:
        rda.assess_intake(total_mg=10**5000, age_years=30, sex="male")
    assert "int of about 5001 digits" in str(caught.value)


def test_flags_accept_numpy_bools_only() -> None:
    assert plausibility.flag(np.True_, "x") is True
    for bad in (1, "yes", None, np.int64(1)):
        with pytest.raises(ArgumentTypeError, match="True or False"):
            plausibility.flag(bad, "x")


@pytest.mark.parametrize(
    "missing", [None, math.nan, Decimal("NaN"), Decimal("sNaN"), np.float64("nan")]
)
def test_optional_inputs_read_missing_values_as_not_given(missing: object) -> None:
    assert plausibility.optional(missing, "egfr") is None
    plan = repletion.plan_repletion("1.0 mg/dL", egfr=missing, weight_kg=missing)  # type: ignore[arg-type]
    assert any("Kidney function not given" in warning for warning in plan.warnings)


def test_pandas_na_is_not_given() -> None:
    pd = pytest.importorskip("pandas")
    assert plausibility.optional(pd.NA, "weight_kg") is None


def test_optional_inputs_still_refuse_infinity_and_implausible_values() -> None:
    with pytest.raises(ImplausibleInputError):
        plausibility.optional(math.inf, "egfr")
    with pytest.raises(InputError, match="egfr"):
        repletion.plan_repletion("1.0 mg/dL", egfr=-math.inf)


# --- regression tests: hangs ------------------------------------------------------------


@pytest.mark.parametrize("value", HUGE_EXPONENTS)
@pytest.mark.parametrize(
    "call",
    [
        lambda v: rda.recommended_intake(age_years=v, sex="male"),
        lambda v: rda.reference_row(age_years=v, sex="male"),
        lambda v: rda.upper_level(age_months=v),
        lambda v: rda.assess_intake(total_mg=v, age_years=30, sex="male"),
        lambda v: foods.estimate_intake([("almonds", v)]),
        lambda v: salts.elemental_magnesium(v, "magnesium oxide"),
        lambda v: repletion.plan_repletion("1.0 mg/dL", weight_kg=v),
        lambda v: workup.convert_creatinine(v, "mg/dL", "umol/L"),
    ],
)
def test_huge_decimal_exponents_answer_at_once(value: Decimal, call: Callable[[Any], Any]) -> None:
    with contextlib.suppress(MagnesiumError):
        call(value)


# --- regression tests: silent wrong answers and foreign exceptions ----------------------


def test_femg_of_huge_values_is_refused_not_nan() -> None:
    with pytest.raises(LabValueError, match="urine_magnesium"):
        workup.fractional_excretion(
            urine_magnesium=1e308,
            plasma_magnesium=1e308,
            urine_creatinine=1e308,
            plasma_creatinine=1e308,
        )


def test_femg_of_subnormal_values_is_exact_or_refused() -> None:
    same = workup.fractional_excretion(
        urine_magnesium=5e-324,
        plasma_magnesium=5e-324,
        urine_creatinine=5e-324,
        plasma_creatinine=5e-324,
    )
    assert same.percent == pytest.approx(100 / 0.7)
    with pytest.raises(LabValueError, match="FEMg"):
        workup.fractional_excretion(
            urine_magnesium=5e-324,
            plasma_magnesium=1e299,
            urine_creatinine=1e299,
            plasma_creatinine=5e-324,
        )


def test_creatinine_conversion_refuses_instead_of_overflowing() -> None:
    with pytest.raises(LabValueError):
        workup.convert_creatinine(1e308, "mmol/L", "umol/L")
    with pytest.raises(LabValueError, match="creatinine in"):
        workup.convert_creatinine(200, "mmol/L", "umol/L")  # 200,000 umol/L
    assert workup.convert_creatinine(100, "mmol/L", "umol/L") == 100_000


def test_femg_quantities_are_checked_in_their_unit() -> None:
    q = mg.units.registry().Quantity
    with pytest.raises(LabValueError, match="plasma magnesium"):
        workup.fractional_excretion(
            urine_magnesium=q(2, "mmol/L"),
            plasma_magnesium=q(50, "mmol/L"),
            urine_creatinine=q(8, "mmol/L"),
            plasma_creatinine=q(80, "umol/L"),
        )


def test_24_hour_urine_is_checked_in_mmol_per_day() -> None:
    with pytest.raises(LabValueError, match="24-hour"):
        workup.urine_magnesium_24h(1e308, "mg/day")
    assert workup.urine_magnesium_24h(500).mmol_per_day == 500


def test_plan_refuses_absurd_weights_ages_and_egfr() -> None:
    for kwargs in ({"weight_kg": 1e306}, {"weight_kg": 70_000}, {"age_years": 200}, {"egfr": 500}):
        with pytest.raises(InputError):
            repletion.plan_repletion("1.0 mg/dL", symptomatic=True, **kwargs)
    plan = repletion.plan_repletion("1.0 mg/dL", symptomatic=True, weight_kg=700, egfr=0)
    assert all(math.isfinite(regimen.dose_g) for regimen in plan.regimens)


def test_plan_accepts_numpy_inputs() -> None:
    plan = repletion.plan_repletion(
        "1.0 mg/dL", symptomatic=np.True_, weight_kg=np.float64(70), egfr=np.int64(60)
    )
    assert plan.regimens[0].key == "label-severe-iv"


def test_salt_conversions_refuse_instead_of_inf() -> None:
    with pytest.raises(InputError, match="grams"):
        salts.elemental_magnesium(1e308, "magnesium oxide")
    with pytest.raises(InputError, match="amount of magnesium"):
        ElementalDose.of(1e308, "mg")
    with pytest.raises(InputError, match=r"\[0, 1\.21525e\+06\] mg"):
        ElementalDose.of(2e6, "mg")
    with pytest.raises(InputError, match="mEq"):
        ElementalDose.of(100_001, "meq")
    assert ElementalDose.of(100_000, "mEq").mmol == 50_000


def test_elemental_dose_is_validated_at_construction() -> None:
    with pytest.raises(ArgumentTypeError):
        ElementalDose("x")
    with pytest.raises(InputError):
        ElementalDose(math.nan)
    assert ElementalDose(Decimal("1.5")).mmol == 1.5


def test_grams_within_refuses_nan_and_infinity() -> None:
    regimen = repletion.plan_repletion("1.5 mg/dL").regimens[-1]
    for hours in (math.nan, math.inf, -1):
        with pytest.raises(InputError, match="hours"):
            regimen.grams_within(hours)


def test_formula_counts_are_bounded() -> None:
    with pytest.raises(mg.DefinitionError, match="4 digits"):
        salts.parse_formula("Mg" + "9" * 5000)
    with pytest.raises(mg.DefinitionError, match="4 digits"):
        salts.parse_formula("MgSO4·" + "7" * 5000 + "H2O")
    assert salts.parse_formula("Mg9999")["Mg"] == 9999


def test_salts_without_magnesium_are_refused_at_construction() -> None:
    with pytest.raises(mg.DefinitionError, match="magnesium in it"):
        salts.Salt(name="water", formula="H2O", group="water")


def test_estimate_intake_reads_mappings_and_refuses_text() -> None:
    assert foods.estimate_intake({"almonds": 2}).total_mg == 160
    for bad in ("almonds", b"almonds", 5, [("almonds",)], ["almonds"]):
        with pytest.raises(ArgumentTypeError):
            foods.estimate_intake(bad)  # type: ignore[arg-type]


def test_authority_table_methods_check_their_arguments() -> None:
    table = rda.get_authority()
    with pytest.raises(IntakeError, match="months must be >= 0"):
        table.upper_level_for(-1)  # type: ignore[arg-type]
    row = table.row_for(Fraction(360), "male", "none")  # type: ignore[arg-type]
    assert row.life_stage.label == "19-30 y"
    with pytest.raises(IntakeError, match=r"age 60 y \(720 months\)"):
        table.row_for(Fraction(720), rda.Sex.FEMALE, rda.ReproductiveStatus.PREGNANT)
    with pytest.raises(mg.UnknownEntryError):
        table.row_for(Fraction(360), rda.Sex.MALE, "breastfeeding")  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "amount"), [("F", 310), ("m", 400), (" Female ", 310)])
def test_hl7_and_fhir_sex_codes(code: str, amount: float) -> None:
    assert rda.recommended_intake(age_years=30, sex=code).amount_mg == amount


@pytest.mark.parametrize("code", ["other", "unknown", "U", "O"])
def test_sexes_the_tables_do_not_publish_are_explained(code: str) -> None:
    with pytest.raises(IntakeError, match="females and males only"):
        rda.recommended_intake(age_years=30, sex=code)


def test_intake_plausibility() -> None:
    with pytest.raises(IntakeError, match=r"\[0, 10000\] mg/day"):
        rda.assess_intake(total_mg=100_000, age_years=30, sex="male")
    with pytest.raises(IntakeError):
        rda.assess_intake(total_mg=10**400, age_years=30, sex="male")
    assert rda.assess_intake(total_mg=10_000, age_years=30, sex="male").total_mg == 10_000


def test_screen_refuses_a_number_for_a_list() -> None:
    with pytest.raises(ArgumentTypeError, match="medications"):
        causes.screen(medications=5)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match="conditions"):
        causes.screen(conditions=b"alcoholism")  # type: ignore[arg-type]


def test_zero_is_not_called_refused() -> None:
    assert salts.elemental_magnesium(0, "magnesium oxide").mmol == 0
    with pytest.raises(InputError) as caught:
        salts.elemental_magnesium(-1, "magnesium oxide")
    assert "zero" not in str(caught.value)
    assert "grams must be >= 0" in str(caught.value)


# --- laws: only MagnesiumError escapes, results are finite -------------------------------

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**500), max_value=10**500),
    st.floats(),
    st.decimals(),
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    st.fractions(),
    st.text(max_size=5),
    st.builds(Decimal, st.from_regex(r"\A-?[1-9]e-?[0-9]{1,10}\Z")),
)


def _finite(*values: float | None) -> bool:
    return all(value is None or math.isfinite(value) for value in values)


@given(ANYTHING, ANYTHING)
def test_rda_raises_only_its_errors_and_answers_finitely(age: object, total: object) -> None:
    try:
        result = rda.assess_intake(total_mg=total, age_years=age, sex="female")  # type: ignore[arg-type]
    except MagnesiumError:
        return
    assert _finite(result.total_mg, result.percent_of_reference, result.reference.amount_mg)


@given(ANYTHING, ANYTHING)
def test_estimates_raise_only_their_errors(servings: object, months: object) -> None:
    with contextlib.suppress(MagnesiumError):
        estimate = foods.estimate_intake({"almonds": servings})  # type: ignore[arg-type]
        assert _finite(estimate.total_mg)
    with contextlib.suppress(MagnesiumError):
        rda.upper_level(age_months=months)  # type: ignore[arg-type]


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_femg_raises_only_its_errors_and_answers_finitely(
    u_mg: object, p_mg: object, u_cr: object, p_cr: object
) -> None:
    try:
        result = workup.fractional_excretion(
            urine_magnesium=u_mg,  # type: ignore[arg-type]
            plasma_magnesium=p_mg,  # type: ignore[arg-type]
            urine_creatinine=u_cr,  # type: ignore[arg-type]
            plasma_creatinine=p_cr,  # type: ignore[arg-type]
        )
    except MagnesiumError:
        return
    assert _finite(result.percent)
    assert result.percent > 0


@given(ANYTHING, st.sampled_from(["umol/L", "mmol/L", "mg/dL", "mg/L"]))
def test_creatinine_and_urine_raise_only_their_errors(value: object, unit: str) -> None:
    with contextlib.suppress(MagnesiumError):
        assert _finite(workup.convert_creatinine(value, unit, "mg/dL"))  # type: ignore[arg-type]
    with contextlib.suppress(MagnesiumError):
        assert _finite(workup.urine_magnesium_24h(value, "mg/day").mmol_per_day)  # type: ignore[arg-type]


@given(ANYTHING, st.sampled_from(sorted(salts.SALTS)), st.sampled_from(["mg", "mmol", "mEq"]))
def test_salt_conversions_raise_only_their_errors(value: object, salt: str, unit: str) -> None:
    with contextlib.suppress(MagnesiumError):
        dose = salts.elemental_magnesium(value, salt)  # type: ignore[arg-type]
        assert _finite(dose.mg, dose.mmol, dose.meq)
        assert _finite(salts.salt_grams(dose, salt))
    try:
        dose = ElementalDose.of(value, unit)  # type: ignore[arg-type]
    except MagnesiumError:
        return
    assert _finite(dose.mg, salts.salt_grams(dose, salt))


@given(ANYTHING, ANYTHING, ANYTHING, st.booleans())
def test_plans_raise_only_their_errors_and_doses_are_finite(
    weight: object, egfr: object, age: object, symptomatic: bool
) -> None:
    try:
        plan = repletion.plan_repletion(
            "1.0 mg/dL",
            symptomatic=symptomatic,
            torsades=True,
            weight_kg=weight,  # type: ignore[arg-type]
            egfr=egfr,  # type: ignore[arg-type]
            age_years=age,  # type: ignore[arg-type]
        )
    except MagnesiumError:
        return
    for regimen in plan.regimens:
        assert _finite(regimen.dose_g, regimen.dose_min_g, regimen.per_dose.mg)


@given(ANYTHING)
def test_grams_within_raises_only_its_errors(hours: object) -> None:
    regimen = repletion.plan_repletion("1.5 mg/dL").regimens[-1]
    with contextlib.suppress(MagnesiumError):
        assert _finite(regimen.grams_within(hours))  # type: ignore[arg-type]


@given(st.text(alphabet="MgSOH()·.*0123456789 ", max_size=40))
def test_parse_formula_raises_only_its_errors(text: str) -> None:
    with contextlib.suppress(MagnesiumError):
        salts.parse_formula(text)


# --- value types validate their numbers at construction ---------------------------------


def test_value_types_refuse_nan_at_construction() -> None:
    almonds = foods.get_food("almonds")
    with pytest.raises(IntakeError):
        foods.FoodPortion(food=almonds, servings=math.nan)
    reference = rda.recommended_intake(age_years=30, sex="male")
    with pytest.raises(IntakeError):
        rda.IntakeAssessment(reference=reference, total_mg=math.nan, supplemental_mg=0)
    with pytest.raises(LabValueError):
        workup.UrineMagnesium24h(
            mmol_per_day=math.nan, interpretation=workup.UrineInterpretation.EXTRARENAL
        )
    with pytest.raises(LabValueError):
        workup.FractionalExcretion(
            percent=math.nan,
            cutoff=workup.get_femg_cutoff(),
            interpretation=workup.UrineInterpretation.EXTRARENAL,
            caveats=(),
        )
    solution = salts.get_solution("magnesium sulfate 50%")
    with pytest.raises(InputError, match="mg_salt_per_ml"):
        salts.Solution(
            name="x",
            salt=solution.salt,
            mg_salt_per_ml=0,
            label_meq_per_ml=1,
            source=solution.source,
        )


def test_table_methods_check_their_arguments() -> None:
    stage = rda.get_authority().rows[0].life_stage
    assert stage.applies_to("female", "none") == stage.applies_to(  # type: ignore[arg-type]
        rda.Sex.FEMALE, rda.ReproductiveStatus.NONE
    )
    with pytest.raises(mg.UnknownEntryError):
        stage.applies_to({}, rda.ReproductiveStatus.NONE)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        stage.contains_months("")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        rda.upper_level(age_years=40).contains_months(np.datetime64("2024-01-01"))
    limit = repletion.plan_repletion("1.0 mg/dL", symptomatic=True).limits[0]
    with pytest.raises(ArgumentTypeError):
        limit.allows(math.nan)  # type: ignore[arg-type]


class _Unconvertible:
    """A number type whose float() overflows, as a third-party Real might."""

    def __float__(self) -> float:
        raise OverflowError


numbers.Real.register(_Unconvertible)


def test_a_real_number_that_cannot_become_a_float_is_refused() -> None:
    with pytest.raises(ImplausibleInputError, match="finite"):
        plausibility.exact(_Unconvertible(), "x")


def test_the_rationales_hold_for_the_library_data() -> None:
    daily = repletion._limit("label-max-daily")  # the limit the intake rationale names
    assert daily.hours == 24
    assert 3 * daily.elemental.mg < PLAUSIBLE_RANGES["intake_mg_per_day"].upper
    grams = PLAUSIBLE_RANGES["grams"].upper
    richest = max(salts.SALTS.values(), key=lambda salt: salt.elemental_fraction)
    assert richest.name == "magnesium oxide"
    assert salts.elemental_magnesium(grams, richest).mmol < PLAUSIBLE_RANGES["elemental_mmol"].upper
    solution = salts.get_solution("magnesium sulfate 50%")
    assert solution.mg_salt_per_ml * PLAUSIBLE_RANGES["ml"].upper / 1000 <= grams


def test_unknown_quantities_and_long_values_in_messages() -> None:
    with pytest.raises(mg.UnknownEntryError, match="plausible range"):
        plausibility.check(1, "weight", None)
    with pytest.raises(mg.UnknownEntryError):
        plausibility.check(1, "x", 5)  # type: ignore[arg-type]
    for call in (
        lambda: rda.recommended_intake(age_years=30, sex=10**5000),  # type: ignore[arg-type]
        lambda: salts.parse_formula(10**5000),  # type: ignore[arg-type]
        lambda: workup.convert_creatinine(1, 10**5000, "mg/dL"),  # type: ignore[arg-type]
        lambda: causes.screen(medications=10**5000),  # type: ignore[arg-type]
    ):
        with pytest.raises(MagnesiumError) as caught:
            call()
        assert "about 5001 digits" in str(caught.value)


def test_elemental_dose_unit_of_the_wrong_type() -> None:
    with pytest.raises(mg.UnknownEntryError):
        ElementalDose.of(200, np.array([0.7, 0.8]))


def test_more_argument_checks() -> None:
    with pytest.raises(mg.UnknownEntryError, match="reproductive status"):
        rda.get_authority().row_for(Fraction(360), rda.Sex.MALE, None)  # type: ignore[arg-type]
    with pytest.raises(LabValueError, match="FEMg"):  # normal floats, a result below 1e-300 %
        workup.fractional_excretion(
            urine_magnesium=1e-150,
            plasma_magnesium=1e5,
            urine_creatinine=1e5,
            plasma_creatinine=1e-150,
        )


def test_table_types_refuse_junk_at_construction() -> None:
    with pytest.raises(mg.DefinitionError, match="a Sex or None"):
        rda.LifeStage(
            label="x",
            lower_months=0,
            upper_months=12,
            sex=math.nan,  # type: ignore[arg-type]
            status=rda.ReproductiveStatus.NONE,
        )
    with pytest.raises(mg.DefinitionError, match="ReproductiveStatus"):
        rda.LifeStage(label="x", lower_months=0, upper_months=12, sex=None, status="none")  # type: ignore[arg-type]
    reference = rda.recommended_intake(age_years=30, sex="male")
    for field in ("amount_mg", "ear_mg", "ul_supplemental_mg"):
        with pytest.raises(mg.DefinitionError):
            attrs.evolve(reference, **{field: math.inf})  # type: ignore[arg-type]
    with pytest.raises(mg.DefinitionError):
        attrs.evolve(reference, amount_mg=None)
    with pytest.raises(mg.DefinitionError):
        attrs.evolve(foods.get_food("almonds"), mg_per_serving=math.nan)
