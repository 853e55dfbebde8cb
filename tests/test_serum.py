"""SerumMagnesium: a frozen value that keeps what was reported."""

from __future__ import annotations

import copy
import math
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from tests.strategies import CALLER, UNITS, levels, values_in


def test_known_answers() -> None:
    level = mg.SerumMagnesium.of(1.8, "mg/dL")
    assert round(level.mmol_per_l, 4) == 0.7406
    assert level.mg_per_dl == 1.8
    assert round(level.meq_per_l, 4) == 1.4812
    assert mg.SerumMagnesium.of(4, "mEq/L").mmol_per_l == 2.0
    assert mg.SerumMagnesium.of(0.70, "mmol/L").mg_per_dl == 1.70135  # 0.70 x 2.4305, exactly


def test_the_reported_value_and_unit_are_kept() -> None:
    level = mg.SerumMagnesium.parse("1.8 MG/DL")
    assert (level.value, level.unit) == (1.8, "mg/dL")
    assert level.in_unit("mg/dL") == 1.8
    assert level.in_unit("mg/100 mL") == 1.8


@given(levels())
def test_equality_and_hash_follow_the_reported_value_and_unit(level: mg.SerumMagnesium) -> None:
    same = mg.SerumMagnesium(level.value, level.unit)
    assert same == level
    assert hash(same) == hash(level)
    assert len({same, level}) == 1
    in_mmol = mg.SerumMagnesium(level.mmol_per_l, "mmol/L")
    assert in_mmol.same_concentration(level)
    assert (in_mmol == level) == (level.unit == "mmol/L")


def test_the_same_concentration_in_two_units_is_not_equal() -> None:
    # 1.2030975 mg/dL is exactly 0.495 mmol/L, yet CTCAE grades them 1 and 2.
    grams, moles = mg.SerumMagnesium.of(1.2030975, "mg/dL"), mg.SerumMagnesium.of(0.495, "mmol/L")
    assert grams.same_concentration(moles)
    assert grams != moles
    assert mg.classify(grams, "ctcae-v5").grade == 1
    assert mg.classify(moles, "ctcae-v5").grade == 2
    assert mg.SerumMagnesium.of(2, "mEq/L") == mg.SerumMagnesium.of(2.0, "meq/l")
    with pytest.raises(mg.ArgumentTypeError):
        grams.same_concentration(0.495)  # type: ignore[arg-type]


@given(levels(), st.sampled_from(sorted(mg.THRESHOLD_SETS)))
def test_equal_levels_classify_identically_under_every_set(
    level: mg.SerumMagnesium, name: str
) -> None:
    """The law of equality: equal levels get the same band and table from every set."""
    twin = mg.SerumMagnesium(
        int(level.value) if level.value.is_integer() else level.value, level.unit
    )
    assert twin == level
    for threshold_set in (name, mg.ctcae_v5("rcpa-aacb-adult")):
        first, second = mg.classify(level, threshold_set), mg.classify(twin, threshold_set)
        assert (first.band, first.unit_used) == (second.band, second.unit_used)


@given(levels(), levels())
def test_ordering_follows_the_concentration_and_agrees_with_equality(
    a: mg.SerumMagnesium, b: mg.SerumMagnesium
) -> None:
    if a.mmol_per_l != b.mmol_per_l:
        assert (a < b) == (a.mmol_per_l < b.mmol_per_l)
        assert (a <= b) == (a.mmol_per_l <= b.mmol_per_l)
    assert (a <= b <= a) == (a == b)
    assert (a < b) + (a == b) + (a > b) == 1
    assert sorted([a, b]) == sorted([b, a])
    with pytest.raises(TypeError):
        _ = a < 1.0  # type: ignore[operator]


@given(levels())
def test_repr_evaluates_to_an_equal_level_in_the_same_unit(level: mg.SerumMagnesium) -> None:
    rebuilt = eval(repr(level), {"SerumMagnesium": mg.SerumMagnesium})  # noqa: S307
    assert rebuilt == level
    assert rebuilt.unit == level.unit


@given(levels())
def test_pickle_and_copy(level: mg.SerumMagnesium) -> None:
    for clone in (pickle.loads(pickle.dumps(level)), copy.copy(level), copy.deepcopy(level)):  # noqa: S301
        assert clone == level
        assert (clone.value, clone.unit, clone.mmol_per_l) == (
            level.value,
            level.unit,
            level.mmol_per_l,
        )


def test_levels_are_frozen_and_slotted() -> None:
    level = mg.SerumMagnesium.of(1.8, "mg/dL")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        level.value = 2.0  # type: ignore[misc]
    assert not hasattr(level, "__dict__")


def test_str_is_readable() -> None:
    assert str(mg.SerumMagnesium.of(1.8, "mg/dL")) == "1.8 mg/dL (0.7406 mmol/L)"
    assert str(mg.SerumMagnesium.of(0.74, "mmol/L")) == "0.74 mmol/L"


@given(st.data(), UNITS, UNITS)
def test_in_unit_round_trips(data: st.DataObject, unit: str, other: str) -> None:
    value = data.draw(values_in(unit))
    level = mg.SerumMagnesium(value, unit)
    assert level.in_unit(unit) == value
    back = mg.SerumMagnesium(level.in_unit(other), other).in_unit(unit)
    assert math.isclose(back, value, rel_tol=1e-12, abs_tol=1e-300)


@given(st.data(), UNITS)
def test_from_a_callers_quantity_equals_from_the_number(data: st.DataObject, unit: str) -> None:
    value = data.draw(values_in(unit))
    spelling = "mg/dL" if unit == "mg/100 mL" else unit
    from_quantity = mg.SerumMagnesium.from_quantity(CALLER.Quantity(value, spelling))
    assert from_quantity == mg.SerumMagnesium(value, spelling)
    assert from_quantity.same_concentration(mg.SerumMagnesium(value, unit))


def test_to_gives_a_quantity_in_the_library_or_the_callers_registry() -> None:
    level = mg.SerumMagnesium.of(1.8, "mg/dL")
    quantity = level.to("mEq/L")
    assert quantity.magnitude == level.meq_per_l
    assert str(quantity.units) == "milliequivalent / liter"
    theirs = level.to("mmol/L", CALLER)
    assert theirs.to("mmol/L").magnitude == level.mmol_per_l
    assert mg.SerumMagnesium.from_quantity(theirs).same_concentration(level)


# --- parsing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1.8 mg/dL", 1.8, "mg/dL"),
        ("0.74 mmol/l", 0.74, "mmol/L"),
        ("1.5 mEq/L", 1.5, "mEq/L"),
        ("  1.5meq/L\t", 1.5, "mEq/L"),
        ("0,74 mmol/L", 0.74, "mmol/L"),
        ("740 umol/L", 740.0, "umol/L"),
        ("740 µmol/L", 740.0, "umol/L"),
        (".8 mmol/L", 0.8, "mmol/L"),
        ("2 mg/100 mL", 2.0, "mg/100 mL"),
        ("+0.9 mmol/L", 0.9, "mmol/L"),
    ],
)
def test_parse_reads_what_laboratories_send(text: str, value: float, unit: str) -> None:
    level = mg.SerumMagnesium.parse(text)
    assert (level.value, level.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("<0.5 mmol/L", "censored"),
        ("> 5 mg/dL", "censored"),
        ("\u2264 0.5 mmol/L", "censored"),
        ("1.8", "Add the unit"),
        ("mg/dL", "a number followed by its unit"),
        ("", "a number followed by its unit"),
        ("magnesium low", "a number followed by its unit"),
        ("1,800 umol/L", "thousands"),
        ("1,234.5 umol/L", "thousands"),
    ],
)
def test_parse_rejects_what_is_not_a_single_measured_value(text: str, fragment: str) -> None:
    with pytest.raises(mg.ParseError, match=fragment) as caught:
        mg.SerumMagnesium.parse(text)
    assert repr(text) in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_parse_rejects_non_text() -> None:
    with pytest.raises(mg.ParseError, match=r"SerumMagnesium\.of"):
        mg.SerumMagnesium.parse(1.8)  # type: ignore[arg-type]


def test_parse_passes_on_unit_and_value_errors() -> None:
    with pytest.raises(mg.UnitError):
        mg.SerumMagnesium.parse("1.8 mg")
    with pytest.raises(mg.ImplausibleValueError):
        mg.SerumMagnesium.parse("-1.8 mg/dL")
    with pytest.raises(mg.ImplausibleValueError, match="another unit"):
        mg.SerumMagnesium.parse("740 mmol/L")


@given(levels())
def test_parse_of_str_of_a_level_in_its_own_unit(level: mg.SerumMagnesium) -> None:
    text = f"{level.value!r} {level.unit}"
    assert mg.SerumMagnesium.parse(text) == level


@pytest.mark.parametrize("value", [math.nan, math.inf, -0.1, True, None, "1.8"])
def test_construction_rejects_implausible_values(value: object) -> None:
    with pytest.raises(mg.ImplausibleValueError):
        mg.SerumMagnesium(value, "mmol/L")  # type: ignore[arg-type]


def test_a_leading_zero_group_is_a_decimal_comma() -> None:
    assert mg.SerumMagnesium.parse("0,740 mmol/L").value == 0.74


def test_str_shows_the_value_as_reported() -> None:
    assert str(mg.SerumMagnesium.of(0.7499999, "mmol/L")) == "0.7499999 mmol/L"
