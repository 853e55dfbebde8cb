"""Units: accepted spellings, exact conversions, pint at the edges."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
from decimal import Decimal
from fractions import Fraction

import pint
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import units
from tests.strategies import CALLER, REPORTED, SPELLINGS, UNITS, values_in

# --- known answers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "source", "target", "expected", "places"),
    [
        # The and the literature's pairs.
        (1.8, "mg/dL", "mmol/L", 0.7406, 4),
        (1.8, "mg/dL", "mEq/L", 1.481, 3),
        (0.70, "mmol/L", "mg/dL", 1.701, 3),
        (4, "mEq/L", "mmol/L", 2.0, 12),
        (1.3, "mEq/L", "mmol/L", 0.65, 12),
        # IOM 1997 prints 0.75-0.95 mmol/L as 1.8-2.3 mg/dl (rounded to one decimal).
        (0.75, "mmol/L", "mg/dL", 1.8, 1),
        (0.95, "mmol/L", "mg/dL", 2.3, 1),
        # DynaMed pairs 1.2 mg/dL with 0.5 mmol/L and 1 mg/dL with 0.4 mmol/L.
        (1.2, "mg/dL", "mmol/L", 0.5, 1),
        (1.0, "mg/dL", "mmol/L", 0.4, 1),
        # CTCAE v5 pairs 3.0 mg/dL with 1.23 mmol/L.
        (3.0, "mg/dL", "mmol/L", 1.23, 2),
        # One mmol of Mg is 24.305 mg: 24.305 mg/L is 1 mmol/L.
        (24.305, "mg/L", "mmol/L", 1.0, 12),
        (740, "umol/L", "mmol/L", 0.74, 12),
        (1.8, "mg/100 mL", "mg/dL", 1.8, 12),
    ],
)
def test_known_conversions(
    value: float, source: str, target: str, expected: float, places: int
) -> None:
    assert round(mg.convert(value, source, target), places) == expected


def test_the_factors_come_from_molar_mass_and_valence() -> None:
    assert mg.convert(1, "mmol/L", "mg/L") == pytest.approx(mg.MOLAR_MASS_G_PER_MOL, rel=1e-15)
    assert mg.convert(1, "mmol/L", "mEq/L") == mg.VALENCE
    assert mg.convert(1, "mmol/L", "mg/dL") == pytest.approx(
        mg.MOLAR_MASS_G_PER_MOL / 10, rel=1e-15
    )


@given(st.one_of(REPORTED, st.floats(min_value=0, max_value=20), st.integers(0, 20)), UNITS, UNITS)
def test_conversion_is_the_exact_decimal_product_rounded_once(
    value: float, source: str, target: str
) -> None:
    ratio = {
        "mmol/L": Fraction(1),
        "umol/L": Fraction(1, 1000),
        "mEq/L": Fraction(1, 2),
        "mg/L": 1 / Fraction("24.305"),
        "mg/dL": 10 / Fraction("24.305"),
        "mg/100 mL": 10 / Fraction("24.305"),
    }
    assume(mg.SerumMagnesium(value, source).mmol_per_l <= 20)
    exact = Fraction(repr(value)) * ratio[source] / ratio[target]
    assert mg.convert(value, source, target) == float(exact)
    in_mmol = Fraction(repr(value)) * ratio[source]
    assert units.reported_level(value, source)[2] == float(in_mmol)  # a level's own path
    assert mg.SerumMagnesium(value, source).mmol_per_l == float(in_mmol)


# --- laws -----------------------------------------------------------------------------------


@given(st.data(), UNITS, UNITS)
def test_round_trip_between_every_pair_of_units(data: st.DataObject, a: str, b: str) -> None:
    value = data.draw(values_in(a))
    back = mg.convert(mg.convert(value, a, b), b, a)
    assert math.isclose(back, value, rel_tol=1e-12, abs_tol=1e-300)


@given(st.data(), UNITS, UNITS)
def test_conversion_is_monotonic(data: st.DataObject, a: str, b: str) -> None:
    x, y = sorted((data.draw(values_in(a)), data.draw(values_in(a))))
    assert mg.convert(x, a, b) <= mg.convert(y, a, b)


@given(SPELLINGS)
def test_spellings_are_case_and_space_insensitive(spelling: str) -> None:
    canonical = units.canonical_unit(spelling)
    assert canonical in mg.ACCEPTED_UNITS
    assert units.canonical_unit(f"  {spelling.upper()} ") == canonical


def test_ucum_meq_is_read_with_the_valence_not_as_a_mole() -> None:
    assert units.canonical_unit("meq/L") == "mEq/L"
    assert mg.convert(1, "meq/L", "mmol/L") == 0.5


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["mg", "mmol", "g", "mg/kg", "mEq", "mol/kg", "foo", "", "1.8"])
def test_unknown_or_wrong_units_raise_unit_error(unit: str) -> None:
    with pytest.raises(mg.UnitError) as caught:
        mg.convert(1.0, unit, "mmol/L")
    message = str(caught.value)
    assert repr(unit) in message
    assert "mmol/L" in message
    assert "mg/dL" in message
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("unit", [None, 1, b"mg/dL"])
def test_non_string_units_raise_unit_error(unit: object) -> None:
    with pytest.raises(mg.UnitError):
        units.canonical_unit(unit)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [math.nan, math.inf, -math.inf, -1.0, -1e-300, True, False, None, "1.8", [1.0], 1 + 2j],
)
def test_implausible_values_raise(value: object) -> None:
    with pytest.raises(mg.ImplausibleValueError) as caught:
        mg.convert(value, "mmol/L", "mg/dL")  # type: ignore[arg-type]
    assert repr(value) in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_the_plausibility_ceiling_is_in_mmol_per_l_whatever_the_unit() -> None:
    ceiling = units.PLAUSIBILITY_CEILING_MMOL_PER_L
    assert mg.convert(ceiling, "mmol/L", "mmol/L") == ceiling
    mg_per_dl = mg.convert(ceiling, "mmol/L", "mg/dL")
    assert mg.convert(mg_per_dl, "mg/dL", "mmol/L") == ceiling
    with pytest.raises(mg.ImplausibleValueError, match=r"at most 48\.61 mg/dL"):
        mg.convert(mg_per_dl * 1.001, "mg/dL", "mmol/L")


def test_decimal_fraction_and_int_values_are_numbers() -> None:
    assert mg.convert(Decimal("1.3"), "mEq/L", "mmol/L") == 0.65  # type: ignore[arg-type]
    assert mg.convert(Fraction(13, 10), "mEq/L", "mmol/L") == 0.65  # type: ignore[arg-type]
    assert mg.convert(4, "mEq/L", "mmol/L") == 2.0


@pytest.mark.parametrize("value", [10**400, Decimal("1e400"), Decimal("NaN"), Decimal(-1)])
def test_huge_and_special_numbers_are_implausible_not_overflow(value: object) -> None:
    with pytest.raises(mg.ImplausibleValueError):
        mg.convert(value, "mmol/L", "mg/dL")  # type: ignore[arg-type]


def test_negative_zero_becomes_zero() -> None:
    assert math.copysign(1, mg.convert(-0.0, "mmol/L", "mg/dL")) == 1


# --- pint at the edges -------------------------------------------------------------------------


def test_importing_magnesium_does_not_import_pint_or_build_a_registry() -> None:
    code = textwrap.dedent(
        """
        import sys
        import magnesium
        from magnesium import units
        assert "pint" not in sys.modules, "pint imported"
        assert units._build_registry.cache_info().currsize == 0
        magnesium.SerumMagnesium.of(1.8, "mg/dL")
        magnesium.classify("1.8 mg/dL")
        assert "pint" not in sys.modules, "pint imported by the scalar path"
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603


def test_building_the_registry_from_many_threads_builds_one() -> None:
    code = textwrap.dedent(
        """
        import threading
        from magnesium import units
        barrier = threading.Barrier(16)
        seen = []
        def build():
            barrier.wait()
            seen.append(id(units.registry()))
        threads = [threading.Thread(target=build) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(seen) == 16 and len(set(seen)) == 1, seen
        assert units._build_registry.cache_info().misses == 1
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603


def test_the_registry_keeps_equivalents_apart_from_moles() -> None:
    ureg = units.registry()
    assert not ureg.Quantity(1, "mEq/L").check("[substance] / [length] ** 3")
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(1, "mEq/L").to("mmol/L")


@given(st.data(), UNITS)
def test_quantities_from_a_callers_registry(data: st.DataObject, unit: str) -> None:
    value = data.draw(values_in(unit))
    spelling = "mg/dL" if unit == "mg/100 mL" else unit
    quantity = CALLER.Quantity(value, spelling)
    read, read_unit = units.from_quantity(quantity)
    assert read_unit == ("mg/dL" if unit == "mg/100 mL" else unit)
    assert read == pytest.approx(value, rel=1e-15)


def test_application_registry_quantities_are_accepted() -> None:
    quantity = pint.get_application_registry().Quantity(0.74, "mmol/L")  # type: ignore[no-untyped-call]
    assert units.from_quantity(quantity) == (0.74, "mmol/L")


@pytest.mark.parametrize(
    ("magnitude", "unit", "expected"),
    [
        (0.0018, "g/dL", (1.8, "mg/dL")),
        (0.018, "g/L", (1.8, "mg/dL")),
        (740, "mmol/m**3", (0.74, "mmol/L")),
        (0.74, "mol/m**3", (0.74, "mmol/L")),
        (18_000, "ng/mL", (1.8, "mg/dL")),
    ],
)
def test_other_concentration_units_are_scaled_exactly(
    magnitude: float, unit: str, expected: tuple[float, str]
) -> None:
    assert units.from_quantity(CALLER.Quantity(magnitude, unit)) == expected


def test_a_callers_equivalent_is_read_by_name_as_a_charge() -> None:
    caller: pint.UnitRegistry[float] = pint.UnitRegistry()
    caller.define("equivalent = mole = eq")  # UCUM's reading: 1 eq = 1 mol
    assert units.from_quantity(caller.Quantity(1.5, "meq/L")) == (1.5, "mEq/L")


@pytest.mark.parametrize("unit", ["mg", "mmol", "m", "dimensionless", "mg/kg", "mol/s"])
def test_quantities_of_the_wrong_dimension_raise_unit_error(unit: str) -> None:
    with pytest.raises(mg.UnitError) as caught:
        units.from_quantity(CALLER.Quantity(1.0, unit))
    assert "concentration" in str(caught.value)


def test_quantities_in_units_the_library_does_not_know_raise_unit_error() -> None:
    caller: pint.UnitRegistry[float] = pint.UnitRegistry()
    caller.define("smidgen = 0.1 mg")
    with pytest.raises(mg.UnitError, match="smidgen"):
        units.from_quantity(caller.Quantity(1.0, "smidgen/dL"))


def test_non_real_magnitudes_are_not_a_value() -> None:
    with pytest.raises(mg.ImplausibleValueError, match="real number"):
        units.from_quantity(CALLER.Quantity(1 + 2j, "mmol/L"))


@pytest.mark.parametrize("unit", mg.ACCEPTED_UNITS)
def test_quantities_out_in_the_library_registry_and_a_callers(unit: str) -> None:
    ours = units.to_quantity(1.5, unit)
    assert ours.magnitude == 1.5
    caller: pint.UnitRegistry[float] = pint.UnitRegistry()
    caller.define("equivalent = [charge_equivalent] = Eq = eq")
    theirs = units.to_quantity(1.5, unit, caller)
    assert units.from_quantity(theirs)[0] == pytest.approx(
        mg.convert(1.5, unit, units.from_quantity(theirs)[1]), rel=1e-15
    )


def test_a_registry_without_equivalents_cannot_express_meq() -> None:
    with pytest.raises(mg.UnitError, match="does not define the equivalent"):
        units.to_quantity(1.5, "mEq/L", pint.UnitRegistry())


def test_a_signalling_nan_is_implausible() -> None:
    with pytest.raises(mg.ImplausibleValueError):
        mg.convert(Decimal("sNaN"), "mmol/L", "mg/dL")  # type: ignore[arg-type]


@pytest.mark.parametrize("unit", [["mg/dL"], {}, ("mg/dL",)])
def test_unhashable_units_raise_unit_error(unit: object) -> None:
    with pytest.raises(mg.UnitError):
        mg.convert(1.0, unit, "mmol/L")  # type: ignore[arg-type]


def test_a_ucum_style_registry_cannot_take_meq() -> None:
    caller: pint.UnitRegistry[float] = pint.UnitRegistry()
    caller.define("equivalent = mole = eq = Eq")
    level = mg.SerumMagnesium.of(0.75, "mmol/L")
    with pytest.raises(mg.UnitError, match="as a mole"):
        level.to("mEq/L", caller)
    assert level.to("mmol/L", caller).magnitude == 0.75


def test_a_registry_must_be_a_registry() -> None:
    with pytest.raises(mg.UnitError, match="UnitRegistry"):
        units.to_quantity(1.0, "mmol/L", object())  # type: ignore[arg-type]
