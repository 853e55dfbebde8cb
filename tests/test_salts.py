"""Salts, formulas and dose conversions (magnesium.repletion).

Known answers are typed from the labels and references, not from the code.
"""

from __future__ import annotations

import math
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from magnesium import units
from magnesium.errors import ArgumentTypeError, DefinitionError, UnknownEntryError
from magnesium.salts import (
    SALTS,
    SOLUTIONS,
    AmbiguousSaltError,
    ElementalDose,
    InputError,
    Route,
    elemental_magnesium,
    get_salt,
    get_solution,
    parse_formula,
    salt_grams,
)

SALT_NAMES = st.sampled_from(sorted(SALTS))
GRAMS = st.floats(min_value=0, max_value=1000, allow_nan=False, allow_infinity=False)


# --- known answers from labels ----------------------------------------------------------


def test_heptahydrate_against_the_injection_label() -> None:
    salt = get_salt("magnesium sulfate heptahydrate")
    assert salt.molar_mass_g_per_mol == pytest.approx(246.47, abs=0.005)  # label: 246.47
    dose = elemental_magnesium(1.0, salt)
    assert dose.meq == pytest.approx(8.12, abs=0.01)  # label: 1 g = 8.12 mEq
    assert dose.mmol == pytest.approx(4.06, abs=0.005)  # label: 2.03 mM per mL of 500 mg
    assert dose.mg == pytest.approx(98.6, abs=0.05)
    assert elemental_magnesium(5, salt).meq == pytest.approx(40, rel=0.02)  # "approximately 40"
    assert elemental_magnesium(4, salt).meq == pytest.approx(32.5, abs=0.05)  # 4 doses of 1 g
    assert elemental_magnesium(0.25, salt).meq == pytest.approx(2, rel=0.02)  # 250 mg ~ 2 mEq


def test_label_figures_kept_beside_the_computed_ones() -> None:
    figures = {(f.unit, f.salt_grams): f for f in get_salt("Epsom salt").label_figures}
    assert figures["mEq", 1.0].stated == 8.12
    assert figures["mEq", 1.0].computed == pytest.approx(2000 / 246.466, rel=1e-6)
    assert figures["g/mol", 1.0].stated == 246.47
    for salt in SALTS.values():
        for figure in salt.label_figures:
            assert abs(figure.difference_percent) < 1.5, (salt.name, figure)
            assert figure.source.url
            assert figure.quote


def test_magnesium_oxide() -> None:
    oxide = get_salt("magnesium oxide")
    assert round(oxide.elemental_fraction * 100, 1) == 60.3
    # DailyMed OTC label: "Magnesium Oxide 400mg (241.3mg elemental magnesium)"
    assert elemental_magnesium(0.4, oxide).mg == pytest.approx(241.3, abs=0.15)
    assert oxide.label_figures[0].stated == 241.3


def test_magnesium_lactate_against_its_smpc() -> None:
    # "48,62 mg de magnesio, aportados por 404,85 mg de lactato de magnesio"
    dose = elemental_magnesium(0.40485, "magnesium lactate anhydrous")
    assert dose.mg == pytest.approx(48.62, abs=0.05)


def test_fifty_percent_injection() -> None:
    injection = get_solution("magnesium sulfate 50%")
    assert injection.label_meq_per_ml == 4.06
    assert round(injection.per_ml.meq, 2) == 4.06
    assert round(get_solution("mgso4 4%").per_ml.meq, 3) == 0.325
    assert round(get_solution("magnesium sulfate 8% in water").per_ml.meq, 2) == 0.65
    # 2 mL of the 50% solution is the label's 1 g dose.
    assert injection.dose(2).mmol == elemental_magnesium(1, injection.salt).mmol
    assert injection.volume_ml(elemental_magnesium(1, injection.salt)) == 2.0
    for solution in SOLUTIONS.values():
        assert solution.per_ml.meq == pytest.approx(solution.label_meq_per_ml, rel=0.01)


@pytest.mark.parametrize(
    ("name", "molar_mass", "tolerance"),
    [
        ("trimagnesium dicitrate anhydrous", 451.11, 0.01),  # Merck Index
        ("magnesium hydrogen citrate", 214.41, 0.01),  # Merck Index
        ("magnesium gluconate anhydrous", 414.60, 0.01),  # USP
        ("magnesium gluconate dihydrate", 450.64, 0.015),  # USP (older atomic weights)
        ("magnesium L-threonate anhydrous", 294.4958, 0.001),  # GSRS
        ("magnesium L-threonate monohydrate", 312.511, 0.002),  # GSRS; UK SI: 312.51 Da
        ("magnesium L-aspartate dihydrate", 324.5, 0.05),  # manufacturer specification
    ],
)
def test_molar_masses_against_monographs(name: str, molar_mass: float, tolerance: float) -> None:
    assert get_salt(name).molar_mass_g_per_mol == pytest.approx(molar_mass, abs=tolerance)


def test_published_magnesium_percentages() -> None:
    # Merck Index: Mg 16.16% (trimagnesium dicitrate), 11.34% (magnesium hydrogen citrate)
    assert round(get_salt("trimagnesium dicitrate anhydrous").elemental_fraction * 100, 2) == 16.16
    assert round(get_salt("magnesium hydrogen citrate").elemental_fraction * 100, 2) == 11.34
    # UK novel-food specification of the monohydrate: "Magnesium: 7.2 to 8.3%"
    assert 0.072 <= get_salt("magnesium L-threonate monohydrate").elemental_fraction <= 0.083


def test_anhydrous_sulfate_carries_about_twice_the_magnesium() -> None:
    hepta = get_salt("magnesium sulfate heptahydrate").elemental_fraction
    anhydrous = get_salt("magnesium sulfate anhydrous").elemental_fraction
    assert 2.0 < anhydrous / hepta < 2.1


def test_every_magnesium_atom_is_counted() -> None:
    assert get_salt("trimagnesium dicitrate anhydrous").magnesium_atoms == 3
    assert get_salt("magnesium hydrogen citrate").magnesium_atoms == 1
    # Elemental content of the salts spans roughly 5% to 60%.
    fractions = [salt.elemental_fraction for salt in SALTS.values()]
    assert 0.05 < min(fractions) < 0.07
    assert max(fractions) == get_salt("MgO").elemental_fraction


# --- names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Epsom salt", "magnesium sulfate heptahydrate"),
        ("  magnesium   SULPHATE heptahydrate ", "magnesium sulfate heptahydrate"),
        ("MgSO4·7H2O", "magnesium sulfate heptahydrate"),
        ("MgSO4.7H2O", "magnesium sulfate heptahydrate"),
        ("MgSO4*7H2O", "magnesium sulfate heptahydrate"),
        ("milk of magnesia", "magnesium hydroxide"),
        ("magnesium glycinate", "magnesium bisglycinate"),
        ("magnesium oxide", "magnesium oxide"),
        ("magnesium pidolate", "magnesium pidolate"),
    ],
)
def test_get_salt_names(name: str, expected: str) -> None:
    assert get_salt(name).name == expected


def test_get_salt_passes_a_salt_through() -> None:
    salt = SALTS["magnesium oxide"]
    assert get_salt(salt) is salt


@pytest.mark.parametrize(
    "generic",
    [
        "magnesium citrate",
        "magnesium sulfate",
        "magnesium gluconate",
        "magnesium lactate",
        "magnesium chloride",
        "magnesium aspartate",
        "magnesium L-threonate",
    ],
)
def test_generic_names_never_guess(generic: str) -> None:
    with pytest.raises(AmbiguousSaltError) as caught:
        get_salt(generic)
    forms = [salt.name for salt in SALTS.values() if salt.group == generic]
    assert len(forms) > 1
    for form in forms:
        assert repr(form) in str(caught.value)
    assert isinstance(caught.value, LookupError)


def test_citrate_error_lists_the_three_forms() -> None:
    with pytest.raises(AmbiguousSaltError, match="trimagnesium dicitrate nonahydrate"):
        get_salt("Magnesium Citrate")


def test_unknown_salt() -> None:
    with pytest.raises(UnknownEntryError) as caught:
        get_salt("magnesium oxyde")
    assert "magnesium oxide" in caught.value.suggestions
    with pytest.raises(UnknownEntryError):
        get_salt(42)  # type: ignore[arg-type]
    with pytest.raises(UnknownEntryError):
        get_solution("magnesium sulfate 12%")
    with pytest.raises(UnknownEntryError):
        get_solution(None)  # type: ignore[arg-type]


def test_solution_passes_through() -> None:
    solution = next(iter(SOLUTIONS.values()))
    assert get_solution(solution) is solution


# --- formulas -----------------------------------------------------------------------------


def test_parse_formula() -> None:
    assert dict(parse_formula("Mg3(C6H5O7)2·9H2O")) == {"Mg": 3, "C": 12, "H": 28, "O": 23}
    assert dict(parse_formula("Mg(OH)2")) == {"Mg": 1, "O": 2, "H": 2}
    assert dict(parse_formula("MgCl2 · 6H2O")) == {"Mg": 1, "Cl": 2, "H": 12, "O": 6}


@pytest.mark.parametrize("bad", ["", "  ", "Mg(OH", "MgOH)2", "mgo", "MgSO4··7H2O", "Mg-O"])
def test_bad_formulas(bad: str) -> None:
    with pytest.raises(DefinitionError):
        parse_formula(bad)


def test_formula_must_be_text() -> None:
    with pytest.raises(ArgumentTypeError):
        parse_formula(None)  # type: ignore[arg-type]


def test_element_without_a_cited_weight() -> None:
    from magnesium.salts import Salt  # noqa: PLC0415

    with pytest.raises(DefinitionError, match="no cited atomic weight for 'F'"):
        Salt(name="magnesium fluoride", formula="MgF2", group="magnesium fluoride")


def test_salts_table() -> None:
    for salt in SALTS.values():
        assert salt.sources, salt.name
        assert salt.routes, salt.name
        assert all(isinstance(route, Route) for route in salt.routes)
        assert salt.magnesium_atoms >= 1
        assert isinstance(salt.verified, bool)
    assert get_salt("magnesium sulfate heptahydrate").verified
    for required in (
        "magnesium sulfate heptahydrate",
        "magnesium sulfate anhydrous",
        "magnesium chloride hexahydrate",
        "magnesium oxide",
        "magnesium hydroxide",
        "magnesium carbonate",
        "magnesium gluconate anhydrous",
        "magnesium gluconate dihydrate",
        "magnesium lactate anhydrous",
        "magnesium lactate dihydrate",
        "magnesium bisglycinate",
        "magnesium L-threonate anhydrous",
        "magnesium pidolate",
        "magnesium glycerophosphate",
    ):
        assert required in SALTS
    with pytest.raises(TypeError):
        SALTS["x"] = SALTS["magnesium oxide"]  # type: ignore[index]


# --- properties -----------------------------------------------------------------------


@given(SALT_NAMES, GRAMS)
def test_meq_is_twice_mmol_and_mg_is_molar_mass_times_mmol(name: str, grams: float) -> None:
    dose = elemental_magnesium(grams, name)
    assert dose.meq == 2 * dose.mmol
    assert dose.mg == units.MOLAR_MASS_G_PER_MOL * dose.mmol


@given(SALT_NAMES, GRAMS)
def test_grams_round_trip(name: str, grams: float) -> None:
    back = salt_grams(elemental_magnesium(grams, name), name)
    assert math.isclose(back, grams, rel_tol=1e-12, abs_tol=1e-300)


@given(SALT_NAMES)
def test_elemental_fraction_is_the_formulas(name: str) -> None:
    salt = SALTS[name]
    expected = salt.magnesium_atoms * units.MOLAR_MASS_G_PER_MOL / salt.molar_mass_g_per_mol
    assert 0 < salt.elemental_fraction < 1
    assert math.isclose(salt.elemental_fraction, expected, rel_tol=1e-12)
    assert math.isclose(salt.mmol_per_gram * 2, salt.meq_per_gram, rel_tol=1e-15)
    assert salt.molar_mass_exact == sum(
        (Decimal(count) * _weight(element) for element, count in salt.composition.items()),
        Decimal(0),
    )


def _weight(element: str) -> Decimal:
    from magnesium._data.atomic_weights import ATOMIC_WEIGHTS  # noqa: PLC0415

    if element == "Mg":
        return Decimal(repr(units.MOLAR_MASS_G_PER_MOL))
    return Decimal(ATOMIC_WEIGHTS[element][0])


@given(st.floats(min_value=0, max_value=500), SALT_NAMES)
def test_more_salt_more_magnesium(grams: float, name: str) -> None:
    assert elemental_magnesium(grams * 2, name).mmol >= elemental_magnesium(grams, name).mmol


@given(st.floats(min_value=0, max_value=1e5, allow_nan=False), st.sampled_from(["mg", "MEQ"]))
def test_elemental_dose_units_round_trip(value: float, unit: str) -> None:
    dose = ElementalDose.of(value, unit)
    again = dose.mg if unit == "mg" else dose.meq
    assert math.isclose(again, value, rel_tol=1e-12, abs_tol=1e-300)


# --- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [True, "1", None, [1]])
def test_grams_of_the_wrong_type(bad: object) -> None:
    with pytest.raises(ArgumentTypeError, match="number for grams"):
        elemental_magnesium(bad, "magnesium oxide")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-1, -0.001, math.nan, math.inf, 1e400, 1e308, 1000.5])
def test_bad_grams(bad: object) -> None:
    with pytest.raises(InputError) as caught:
        elemental_magnesium(bad, "magnesium oxide")  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)
    assert "grams of salt" in str(caught.value)


def test_bad_elemental_doses() -> None:
    with pytest.raises(UnknownEntryError):
        ElementalDose.of(1, "g")
    with pytest.raises(UnknownEntryError):
        ElementalDose.of(1, None)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        ElementalDose.of(-2, "mmol")
    with pytest.raises(InputError):
        salt_grams(5, "magnesium oxide")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        get_solution("magnesium sulfate 50%").dose(-1)


def test_decimal_and_huge_decimal() -> None:
    assert elemental_magnesium(Decimal(1), "MgO").mmol == elemental_magnesium(1, "MgO").mmol
    with pytest.raises(InputError):
        elemental_magnesium(Decimal("1e400"), "MgO")
    with pytest.raises(InputError):
        elemental_magnesium(Decimal("sNaN"), "MgO")
    assert ElementalDose.of(10, "mmol").as_dict() == {"mg": 243.05, "mmol": 10.0, "meq": 20.0}


def test_error_pickles_and_names_its_parts() -> None:
    import pickle  # noqa: PLC0415

    error = InputError(-1, "eGFR", "a finite number >= 0", "Fix it.")
    again = pickle.loads(pickle.dumps(error))  # noqa: S301
    assert (
        str(again)
        == str(error)
        == "-1 is not a usable eGFR: expected a finite number >= 0. Fix it."
    )


def test_import_does_not_load_pint() -> None:
    code = "import sys, magnesium.repletion; print('pint' in sys.modules)"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
