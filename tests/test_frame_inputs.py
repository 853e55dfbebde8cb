"""Values straight out of a data frame (issue 14): numpy scalars, missing values, sex codes.

``df.loc[i, col]`` returns ``np.float64``, ``np.int64`` or ``np.bool_``; a missing cell is
``None``, ``NaN`` or ``pd.NA``. Every public callable takes the numpy scalar wherever it
takes the Python number or bool, with the same result.
"""

from __future__ import annotations

import math
from typing import Any, Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import plausibility, rda, repletion
from magnesium.errors import ArgumentTypeError, IntakeError, MagnesiumError, UnknownEntryError
from tests.test_hostile import DRIVEN, TARGETS, _split, receiver, valid_values

np: Any = pytest.importorskip("numpy")
pd: Any = pytest.importorskip("pandas")

INT_ONLY: Final = {
    ("magnesium.serialize.to_json", "indent"): "a formatting option of the caller's code, "
    "not a value from a data frame",
}
"""Parameters that keep to Python's int, each with the reason."""


def _numpy(value: object) -> object:
    """*value* as the numpy scalar a data frame cell would give, or unchanged."""
    if isinstance(value, bool):
        return np.bool_(value)
    if isinstance(value, int):
        return np.int64(value) if abs(value) < 2**62 else value
    if isinstance(value, float):
        return np.float64(value)
    return value


def _outcome(call: Any) -> object:
    try:
        return ("result", call())
    except MagnesiumError as error:
        return ("error", type(error))


def _same(left: object, right: object) -> bool:
    if isinstance(left, float) and isinstance(right, float) and math.isnan(left):
        return math.isnan(right)
    try:
        return bool(left == right)
    except (ValueError, TypeError):  # an array: compare its repr
        return repr(left) == repr(right)


def _base(name: str) -> dict[str, object]:
    target = TARGETS[name]
    return {p.name: valid[0] for p in target.parameters if (valid := valid_values(target, p))}


def _numbers(name: str) -> list[str]:
    """The parameters of *name* whose first valid value is a Python number or bool."""
    return [
        key
        for key, value in _base(name).items()
        if isinstance(value, int | float) and (name, key) not in INT_ONLY
    ]


WITH_NUMBERS: Final = [
    name for name in DRIVEN if not name.startswith("magnesium.errors.") and _numbers(name)
]
"""Driven callables that take a number or bool (an error class keeps the value as given)."""


def test_the_law_reaches_the_functions_of_every_topic() -> None:
    assert {
        "magnesium.rda.recommended_intake",
        "magnesium.repletion.plan_repletion",
        "magnesium.salts.elemental_magnesium",
        "magnesium.workup.fractional_excretion",
        "magnesium.units.convert",
        "magnesium.thresholds.Band",
    } <= set(WITH_NUMBERS)


@pytest.mark.parametrize("name", WITH_NUMBERS)
def test_numpy_scalars_give_what_python_numbers_give(name: str) -> None:
    target = TARGETS[name]
    function = target.function
    if target.owner is not None:
        function = getattr(receiver(target.owner), function.__name__)
    base = _base(name)
    numbers = _numbers(name)
    converted = {**base, **{key: _numpy(base[key]) for key in numbers}}
    args, kwargs = _split(target, base)
    expected = _outcome(lambda: function(*args, **kwargs))
    args, kwargs = _split(target, converted)
    got = _outcome(lambda: function(*args, **kwargs))
    assert _same(got, expected), f"{name} with numpy scalars for {numbers}: {got} != {expected}"


# --- missing values mean "not given" -------------------------------------------------------

MISSING: Final = (None, math.nan, np.nan, np.float64("nan"), pd.NA)


@pytest.mark.parametrize("missing", MISSING, ids=repr)
def test_a_missing_age_in_one_unit_means_the_other_is_used(missing: Any) -> None:
    expected = rda.recommended_intake(age_years=40, sex="female")
    assert rda.recommended_intake(age_years=40, age_months=missing, sex="female") == expected
    assert rda.recommended_intake(age_years=missing, age_months=480, sex="female") == expected


@pytest.mark.parametrize("missing", MISSING, ids=repr)
def test_no_age_at_all_is_refused(missing: Any) -> None:
    with pytest.raises(IntakeError, match="exactly one of age_years= and age_months="):
        rda.recommended_intake(age_years=missing, age_months=missing, sex="female")


@pytest.mark.parametrize("missing", MISSING, ids=repr)
def test_missing_optional_numbers_of_a_plan_mean_not_given(missing: Any) -> None:
    expected = repletion.plan_repletion("0.4 mmol/L", symptomatic=True)
    got = repletion.plan_repletion("0.4 mmol/L", symptomatic=True, egfr=missing, weight_kg=missing)
    assert got == expected


@pytest.mark.parametrize("missing", MISSING[1:], ids=repr)
def test_a_missing_yes_or_no_is_refused_not_taken_as_no(missing: Any) -> None:
    """Not recorded is not "not pregnant": the caller decides, and the message says how."""
    with pytest.raises(ArgumentTypeError, match="not taken as False"):
        rda.recommended_intake(age_years=30, sex="female", pregnant=missing)
    with pytest.raises(ArgumentTypeError, match="fillna"):
        repletion.plan_repletion("0.4 mmol/L", symptomatic=missing)


# --- sex codes ----------------------------------------------------------------------------

SEX_CODES: Final = {
    "female": ("F", "f", "female", "Female", " FEMALE "),
    "male": ("M", "m", "male", "Male"),
}


@given(st.sampled_from(sorted(SEX_CODES)), st.data(), st.integers(1, 100))
def test_sex_codes_of_hl7_and_fhir_are_the_sex_they_name(
    sex: str, data: st.DataObject, age: int
) -> None:
    code = data.draw(st.sampled_from(SEX_CODES[sex]))
    assert rda.recommended_intake(age_years=age, sex=code) == rda.recommended_intake(
        age_years=age, sex=sex
    )


@pytest.mark.parametrize("code", ["other", "unknown", "U", "O", "Unknown"])
def test_other_and_unknown_say_what_the_tables_publish(code: str) -> None:
    with pytest.raises(IntakeError, match="females and males only") as raised:
        rda.recommended_intake(age_years=30, sex=code)
    assert repr(code) in str(raised.value)


@pytest.mark.parametrize("code", ["femme", "1", "", "woman?"])
def test_an_unknown_sex_code_lists_the_codes(code: str) -> None:
    with pytest.raises(UnknownEntryError, match="'female'"):
        rda.recommended_intake(age_years=30, sex=code)


def test_a_row_of_a_data_frame_goes_in_as_it_comes_out() -> None:
    people = pd.DataFrame(
        {
            "age": [40, 8, 30],
            "sex": ["F", "M", "female"],
            "pregnant": [False, False, True],
            "egfr": [np.nan, 90.0, pd.NA],
        }
    )
    amounts = [
        rda.recommended_intake(age_years=row.age, sex=row.sex, pregnant=row.pregnant).amount_mg
        for row in people.itertuples()
    ]
    assert amounts == [320.0, 130.0, 350.0]
    plans = [
        repletion.plan_repletion(mg.SerumMagnesium.of(0.4, "mmol/L"), egfr=people.loc[i, "egfr"])
        for i in people.index
    ]
    assert all(isinstance(plan, repletion.RepletionPlan) for plan in plans)


def test_flag_accepts_numpy_bools() -> None:
    assert plausibility.flag(np.True_, "pregnant") is True
    assert plausibility.flag(np.False_, "pregnant") is False
