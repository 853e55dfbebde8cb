"""Causes, drugs, genetic disorders and the FEMg work-up: cited, coded, complete."""

from __future__ import annotations

import math
import pickle
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

from magnesium import _knowledge, causes, workup
from magnesium.causes import (
    Category,
    Cause,
    CauseClassification,
    Drug,
    LabValueError,
    Mechanism,
    Site,
)
from magnesium.errors import DefinitionError, MagnesiumError, UnitError, UnknownEntryError
from magnesium.sources import BIBLIOGRAPHY, Source, cite
from magnesium.workup import UrineInterpretation
from tests.strategies import CALLER

# --- known answers: every ATC code, typed from the WHO ATC/DDD index rows ----------------------

WHO_ATC = {
    "omeprazole": "A02BC01",
    "pantoprazole": "A02BC02",
    "lansoprazole": "A02BC03",
    "rabeprazole": "A02BC04",
    "esomeprazole": "A02BC05",
    "dexlansoprazole": "A02BC06",
    "dexrabeprazole": "A02BC07",
    "ilaprazole": "A02BC11",
    "bendroflumethiazide": "C03AA01",
    "hydrochlorothiazide": "C03AA03",
    "chlorothiazide": "C03AA04",
    "chlortalidone": "C03BA04",
    "metolazone": "C03BA08",
    "indapamide": "C03BA11",
    "furosemide": "C03CA01",
    "bumetanide": "C03CA02",
    "torasemide": "C03CA04",
    "etacrynic acid": "C03CC01",
    "streptomycin": "J01GA01",
    "tobramycin": "J01GB01",
    "gentamicin": "J01GB03",
    "neomycin": "J01GB05",
    "amikacin": "J01GB06",
    "amphotericin B": "J02AA01",
    "foscarnet": "J05AD01",
    "cisplatin": "L01XA01",
    "carboplatin": "L01XA02",
    "cetuximab": "L01FE01",
    "panitumumab": "L01FE02",
    "ciclosporin": "L04AD01",
    "tacrolimus": "L04AD02",
    "pentamidine": "P01CX01",
    # issue 11, rows 'J04AB30,capreomycin', 'R03DA04,theophylline', 'B05BC01,mannitol'
    "capreomycin": "J04AB30",
    "theophylline": "R03DA04",
    "mannitol": "B05BC01",
    "digoxin": "C01AA05",  # row 'C01AA05,digoxin'
}


def test_every_atc_code_matches_the_who_index() -> None:
    assert {drug.name: drug.atc for drug in causes.DRUGS.values()} == {
        **{name: (code,) for name, code in WHO_ATC.items()},
        "viomycin": (),  # no row for viomycin in the index copy read
    }


def test_cetuximab_and_panitumumab_have_their_current_codes_and_former_ones_as_history() -> None:
    cetuximab, panitumumab = causes.DRUGS["cetuximab"], causes.DRUGS["panitumumab"]
    assert (cetuximab.atc, cetuximab.former_atc) == (("L01FE01",), ("L01XC06",))
    assert (panitumumab.atc, panitumumab.former_atc) == (("L01FE02",), ("L01XC08",))
    assert causes.drugs_for("L01XC08") == (panitumumab,)
    assert "atc-l01xc-l01fe-map" in [s.key for s in cetuximab.sources]


def test_issue_minimum_drug_list_is_covered() -> None:
    required = {
        "furosemide",
        "hydrochlorothiazide",
        "omeprazole",
        "esomeprazole",
        "lansoprazole",
        "pantoprazole",
        "rabeprazole",
        "gentamicin",
        "amphotericin B",
        "cisplatin",
        "carboplatin",
        "pentamidine",
        "foscarnet",
        "ciclosporin",
        "tacrolimus",
        "cetuximab",
        "panitumumab",
    }
    assert required <= {drug.name for drug in causes.DRUGS.values()}


# --- known answers: every OMIM number, typed from the OMIM text read -----------------------------

OMIM = {
    "gitelman": (263800, ("SLC12A3",)),
    "bartter-1": (601678, ("SLC12A1",)),
    "bartter-2": (241200, ("KCNJ1",)),
    "bartter-3": (607364, ("CLCNKB",)),
    "bartter-4a": (602522, ("BSND",)),
    "bartter-4b": (613090, ("CLCNKA", "CLCNKB")),
    "bartter-5": (300971, ("MAGED2",)),
    "fhhnc-cldn16": (248250, ("CLDN16",)),
    "fhhnc-cldn19": (248190, ("CLDN19",)),
    "hsh-trpm6": (602014, ("TRPM6",)),
    "isolated-dominant-fxyd2": (154020, ("FXYD2",)),
    "isolated-recessive-egf": (611718, ("EGF",)),
    "east-sesame": (612780, ("KCNJ10",)),
    "hnf1b": (137920, ("HNF1B",)),
    "cnnm2": (613882, ("CNNM2",)),
    "kcna1": (None, ("KCNA1",)),
    "adh1-casr": (601198, ("CASR",)),
    "kearns-sayre": (530000, ()),  # '# 530000 KEARNS-SAYRE SYNDROME; KSS' (OMIM copy)
}


def test_every_omim_number_and_gene() -> None:
    assert {d.id: (d.omim, d.genes) for d in causes.GENETIC_DISORDERS.values()} == OMIM


def test_unconfirmed_omim_numbers_are_flagged() -> None:
    unverified = {d.id for d in causes.GENETIC_DISORDERS.values() if not d.verified}
    assert unverified == {"bartter-5", "east-sesame"}


def test_bartter_type_5_names_maged2_and_the_casr_form_is_adh() -> None:
    assert causes.get_cause("Bartter syndrome type 5").id == "genetic-bartter-5"
    assert (
        causes.GENETIC_DISORDERS["bartter-5"].inheritance is causes.Inheritance.X_LINKED_RECESSIVE
    )
    casr = causes.GENETIC_DISORDERS["adh1-casr"]
    assert casr.inheritance is causes.Inheritance.AUTOSOMAL_DOMINANT
    assert causes.get_cause("CASR").id == casr.cause_id
    assert "Bartter syndrome type 5" not in casr.synonyms


def test_distinguishing_features() -> None:
    disorders = causes.GENETIC_DISORDERS
    assert disorders["gitelman"].urinary_calcium is causes.UrinaryCalcium.LOW
    assert disorders["gitelman"].hypokalaemic_alkalosis is True
    assert disorders["fhhnc-cldn16"].urinary_calcium is causes.UrinaryCalcium.HIGH
    assert disorders["fhhnc-cldn16"].nephrocalcinosis is True
    assert disorders["isolated-recessive-egf"].urinary_calcium is causes.UrinaryCalcium.NORMAL
    assert disorders["hsh-trpm6"].seizures is True
    assert disorders["kcna1"].omim_url is None
    assert disorders["gitelman"].omim_url == "https://omim.org/entry/263800"


# --- known answers: FEMg ------------------------------------------------------------------------


def test_femg_hand_checked() -> None:
    # (UMg x PCr) / (0.7 x PMg x UCr) x 100 = (2.0 x 80) / (0.7 x 0.5 x 8000) x 100 = 160/28
    result = workup.fractional_excretion(
        urine_magnesium=2.0, plasma_magnesium=0.5, urine_creatinine=8000, plasma_creatinine=80
    )
    assert result.percent == pytest.approx(160 / 28)
    assert result.interpretation is UrineInterpretation.RENAL_WASTING
    assert result.renal_wasting is True
    assert result.cutoff.name == workup.DEFAULT_FEMG_CUTOFF == "gt-4-percent"


def test_femg_between_the_two_published_cutoffs_depends_on_the_cutoff() -> None:
    # (1.0 x 80) / (0.7 x 0.5 x 8000) x 100 = 80/28 = 2.857%
    values: dict[str, Any] = {
        "urine_magnesium": 1.0,
        "plasma_magnesium": 0.5,
        "urine_creatinine": 8000,
        "plasma_creatinine": 80,
    }
    assert workup.fractional_excretion(**values).renal_wasting is False
    assert workup.fractional_excretion(**values, cutoff="gt-2-percent").renal_wasting is True
    chosen = workup.FEMG_CUTOFFS["gt-2-percent"]
    assert [s.key for s in chosen.citations] == ["topf-murray-2003"]
    assert workup.fractional_excretion(**values, cutoff=chosen).cutoff is chosen


def test_femg_at_the_cutoff_is_not_above_it() -> None:
    # 0.7 x 0.5 x 8000 = 2800; UMg x PCr = 112 gives exactly 4%
    result = workup.fractional_excretion(
        urine_magnesium=1.4, plasma_magnesium=0.5, urine_creatinine=8000, plasma_creatinine=80
    )
    assert result.percent == pytest.approx(4.0)
    assert result.interpretation is UrineInterpretation.EXTRARENAL


def test_femg_with_reduced_kidney_function_is_not_interpretable() -> None:
    result = workup.fractional_excretion(
        urine_magnesium=2.0,
        plasma_magnesium=0.5,
        urine_creatinine=8000,
        plasma_creatinine=80,
        reduced_kidney_function=True,
    )
    assert result.renal_wasting is None
    assert result.interpretation is UrineInterpretation.NOT_INTERPRETABLE
    assert any("kidney function" in caveat for caveat in result.caveats)
    assert str(result).endswith("not interpretable (reduced kidney function)")
    assert {s.key for s in result.citations} >= {"clinlabnavigator-urine-mg"}


def test_femg_mixed_units_as_quantities() -> None:
    q = CALLER.Quantity
    mixed = workup.fractional_excretion(
        urine_magnesium=q(4.861, "mg/dL"),  # 2.0 mmol/L x 24.305 mg/mmol / 10
        plasma_magnesium=q(1.0, "mEq/L"),  # 0.5 mmol/L
        urine_creatinine=q(8.0, "mmol/L"),
        plasma_creatinine=q(80 / workup.convert_creatinine(1, "mg/dL", "umol/L"), "mg/dL"),
    )
    assert mixed.percent == pytest.approx(160 / 28)


def test_creatinine_molar_mass_from_the_formula() -> None:
    # 4 x 12.011 + 7 x 1.008 + 3 x 14.007 + 15.999 (IUPAC conventional atomic weights)
    assert pytest.approx(113.120, abs=1e-9) == workup.CREATININE_MOLAR_MASS_G_PER_MOL
    assert workup.convert_creatinine(1.0, "mg/dL", "umol/L") == pytest.approx(88.40, abs=0.005)
    assert workup.convert_creatinine(80, "umol/L", "mmol/L") == pytest.approx(0.08)
    assert workup.convert_creatinine(10, "mg/L", "mg/dL") == pytest.approx(1.0)


def test_24_hour_urine() -> None:
    assert workup.urine_magnesium_24h(1.0).interpretation is UrineInterpretation.EXTRARENAL
    high = workup.urine_magnesium_24h(1.01, "MMOL/DAY")
    assert high.interpretation is UrineInterpretation.RENAL_WASTING
    assert high.threshold_mg_per_day == pytest.approx(24.305)
    assert workup.urine_magnesium_24h(2.0, "mEq/day").mmol_per_day == 1.0
    assert workup.urine_magnesium_24h(48.61, "mg/day").mg_per_day == pytest.approx(48.61)
    assert high.citations[0].key == "clinlabnavigator-urine-mg"
    with pytest.raises(UnitError):
        workup.urine_magnesium_24h(1.0, 3)  # type: ignore[arg-type]


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad", [0, -1.0, math.nan, math.inf, Decimal("1e400"), Decimal("sNaN"), 10**400]
)
@pytest.mark.parametrize(
    "field", ["urine_magnesium", "plasma_magnesium", "urine_creatinine", "plasma_creatinine"]
)
def test_femg_rejects_unusable_values_with_the_library_error(bad: object, field: str) -> None:
    values: dict[str, object] = {
        "urine_magnesium": 2.0,
        "plasma_magnesium": 0.5,
        "urine_creatinine": 8000,
        "plasma_creatinine": 80,
    }
    values[field] = bad
    with pytest.raises(LabValueError) as info:
        workup.fractional_excretion(**values)  # type: ignore[arg-type]
    assert isinstance(info.value, MagnesiumError)
    assert isinstance(info.value, ValueError)
    assert field.replace("_mg", " magnesium").replace("_", " ") in str(info.value)


def test_femg_accepts_other_real_numbers() -> None:
    result = workup.fractional_excretion(
        urine_magnesium=Fraction(2),  # type: ignore[arg-type]
        plasma_magnesium=Decimal("0.5"),  # type: ignore[arg-type]
        urine_creatinine=8000,
        plasma_creatinine=80,
    )
    assert result.percent == pytest.approx(160 / 28)


@pytest.mark.parametrize("kind", [LabValueError, causes.LabUnitError])
def test_lab_errors_pickle(kind: type[LabValueError | causes.LabUnitError]) -> None:
    error = kind(0, "something else", "Check it.", "urine creatinine")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 (our own object)
    assert (copy.value, copy.label, str(copy)) == (0, "urine creatinine", str(error))
    assert "urine creatinine" in str(error)
    assert isinstance(error, ValueError)


def test_femg_refuses_quantities_mixed_with_numbers() -> None:
    with pytest.raises(UnitError, match="mix of pint Quantities"):
        workup.fractional_excretion(
            urine_magnesium=CALLER.Quantity(2.0, "mmol/L"),
            plasma_magnesium=0.5,
            urine_creatinine=8000,
            plasma_creatinine=80,
        )


@pytest.mark.parametrize(
    ("field", "unit"),
    [
        ("urine_magnesium", "mmol"),
        ("plasma_magnesium", "meter"),
        ("urine_creatinine", "mEq/L"),
        ("plasma_creatinine", "s"),
    ],
)
def test_femg_refuses_quantities_that_are_not_concentrations(field: str, unit: str) -> None:
    values: dict[str, Any] = {
        "urine_magnesium": CALLER.Quantity(2.0, "mmol/L"),
        "plasma_magnesium": CALLER.Quantity(0.5, "mmol/L"),
        "urine_creatinine": CALLER.Quantity(8.0, "mmol/L"),
        "plasma_creatinine": CALLER.Quantity(80.0, "umol/L"),
    }
    values[field] = CALLER.Quantity(1.0, unit)
    with pytest.raises(UnitError):
        workup.fractional_excretion(**values)


@pytest.mark.parametrize("field", ["urine_magnesium", "plasma_creatinine"])
def test_femg_refuses_a_unit_unknown_to_the_library_registry(field: str) -> None:
    other: pint.UnitRegistry[float] = pint.UnitRegistry()
    other.define("blorp = 7 * mmol / L")
    values: dict[str, Any] = {
        "urine_magnesium": other.Quantity(2.0, "mmol/L"),
        "plasma_magnesium": other.Quantity(0.5, "mmol/L"),
        "urine_creatinine": other.Quantity(8.0, "mmol/L"),
        "plasma_creatinine": other.Quantity(80.0, "umol/L"),
    }
    values[field] = other.Quantity(1.0, "blorp")
    with pytest.raises(UnitError):
        workup.fractional_excretion(**values)


def test_unknown_cutoff_and_units() -> None:
    with pytest.raises(UnknownEntryError) as info:
        workup.get_femg_cutoff("gt-3-percent")
    assert info.value.suggestions
    with pytest.raises(UnknownEntryError):
        workup.get_femg_cutoff(4)  # type: ignore[arg-type]
    with pytest.raises(UnitError):
        workup.convert_creatinine(1, "mg/dL", "g")
    with pytest.raises(UnitError):
        workup.convert_creatinine(1, None, "mg/dL")  # type: ignore[arg-type]


# --- lookups ------------------------------------------------------------------------------------


def test_issue_contract() -> None:
    found = causes.causes_for_drug("omeprazole")
    assert [c.category for c in found] == [Category.DRUG]
    assert causes.causes_for_drug("Prilosec") == found
    assert causes.causes_for_drug("A02BC01") == found
    assert causes.causes_for_drug("A02BC") == found  # the whole class, one cause
    assert {d.name for d in causes.drugs_for("A02BC")} >= {"omeprazole", "esomeprazole"}
    assert {d.name for d in causes.drugs_for("c03")} >= {"furosemide", "indapamide"}
    genetic = causes.by_category(Category.GENETIC)
    assert len(genetic) == len(causes.GENETIC_DISORDERS)
    assert all(c.category is Category.GENETIC for c in genetic)


def test_unknown_drug_suggests_close_names() -> None:
    with pytest.raises(UnknownEntryError) as info:
        causes.causes_for_drug("omeprazol")
    assert info.value.suggestions[0] == "omeprazole"
    for query in ("B01", "X99ZZ99", 42):
        with pytest.raises(UnknownEntryError):
            causes.drugs_for(query)  # type: ignore[arg-type]
    with pytest.raises(UnknownEntryError):
        causes.get_cause(None)  # type: ignore[arg-type]
    with pytest.raises(UnknownEntryError):
        causes.by_category("kidney")
    with pytest.raises(UnknownEntryError):
        causes.by_category(3)  # type: ignore[arg-type]


def test_alternative_classifications_where_sources_differ() -> None:
    for name in ("pancreatitis", "alcohol use disorder", "proton pump inhibitor use"):
        cause = causes.get_cause(name)
        assert cause.alternatives, name
        assert len(cause.classifications) == 1 + len(cause.alternatives)
        primary = (cause.category, cause.mechanism)
        assert all((a.category, a.mechanism) != primary for a in cause.alternatives)


def test_issue_minimum_causes_are_present() -> None:
    for name in (
        "malnutrition",
        "parenteral nutrition",
        "chronic diarrhoea",
        "steatorrhoea",
        "short bowel syndrome",
        "fistula",
        "alcoholism",
        "dialysis",
        "citrate anticoagulation",
        "hyperthyroidism",
        "critical illness",
        "diabetes",
        "hungry bone syndrome",
        "refeeding syndrome",
        "DKA",
        "hypercalcaemia",
        "volume expansion",
        "post-obstructive diuresis",
        "ATN recovery",
    ):
        assert causes.get_cause(name)


def test_unverified_cause_is_flagged() -> None:
    assert not causes.get_cause("parenteral nutrition").verified
    assert causes.get_cause("refeeding syndrome").verified


def test_screen_reports_every_input() -> None:
    result = causes.screen(
        medications=["Nexium", "aspirin", "C03CA"], conditions=["short bowl syndrome", "Gitelman"]
    )
    assert [u.query for u in result.unmatched] == ["aspirin", "short bowl syndrome"]
    assert result.unmatched[1].suggestions[0] == "short bowel syndrome"
    assert [c.id for c in result.causes] == ["drug-ppi", "drug-loop-diuretic", "genetic-gitelman"]
    keys = {s.key for s in result.citations}
    assert {"workeneh-2021-table3", "who-atc-ddd-2026", "omim-homg"} <= keys
    condition = next(m for m in result.matches if m.kind == "condition")
    assert condition.drug is None
    assert condition.citations == condition.cause.citations


def test_screen_accepts_none_and_a_single_string() -> None:
    assert causes.screen() == causes.screen(medications=None, conditions=None)
    assert causes.screen(medications="omeprazole").matches[0].drug == causes.DRUGS["omeprazole"]
    odd = causes.screen(medications=[42], conditions=[None])  # type: ignore[list-item]
    assert [(u.query, u.kind) for u in odd.unmatched] == [(42, "medication"), (None, "condition")]


@given(
    st.lists(st.sampled_from(["omeprazole", "Lasix", "A02BC", "aspirin", "xyz", " CISPLATIN "])),
    st.lists(st.sampled_from(["diabetes", "gitelman", "bartter", "CLDN16", "gout"])),
)
def test_screen_never_drops_an_input(medications: list[str], conditions: list[str]) -> None:
    result = causes.screen(medications=medications, conditions=conditions)
    seen = [m.query for m in result.matches] + [str(u.query) for u in result.unmatched]
    assert set(seen) == set(medications) | set(conditions)
    unmatched = {str(u.query) for u in result.unmatched}
    assert not unmatched & {m.query for m in result.matches}


def _scramble(text: str, flips: list[bool], pad: tuple[str, str]) -> str:
    chars = [
        c.swapcase() if flip else c
        for c, flip in zip(text, flips + [False] * len(text), strict=False)
    ]
    spaced = "".join(chars).replace(" ", "  \t ")
    return pad[0] + spaced + pad[1]


PAD = st.tuples(st.sampled_from(["", " ", "\t", "  \n"]), st.sampled_from(["", " ", "\n "]))
FLIPS = st.lists(st.booleans(), max_size=40)
DRUG_NAMES = st.sampled_from(
    sorted({n for d in causes.DRUGS.values() for n in (d.name, *d.synonyms, *d.brands, *d.atc)})
)
CAUSE_NAMES = st.sampled_from(
    sorted({n for c in causes.CAUSES.values() for n in (c.name, *c.synonyms)})
)


@given(DRUG_NAMES, FLIPS, PAD)
def test_drug_lookup_ignores_case_and_whitespace(
    name: str, flips: list[bool], pad: tuple[str, str]
) -> None:
    assert causes.drugs_for(_scramble(name, flips, pad)) == causes.drugs_for(name)


@given(CAUSE_NAMES, FLIPS, PAD)
def test_condition_lookup_ignores_case_and_whitespace(
    name: str, flips: list[bool], pad: tuple[str, str]
) -> None:
    assert causes.get_cause(_scramble(name, flips, pad)) == causes.get_cause(name)


@given(st.sampled_from([c.value for c in Category]), FLIPS, PAD)
def test_category_lookup_ignores_case_and_whitespace(
    value: str, flips: list[bool], pad: tuple[str, str]
) -> None:
    assert causes.by_category(_scramble(value, flips, pad)) == causes.by_category(Category(value))


# --- table laws ---------------------------------------------------------------------------------


def test_every_row_has_a_source_in_the_bibliography() -> None:
    rows: list[tuple[str, tuple[Source, ...]]] = [
        *((c.id, c.sources) for c in causes.CAUSES.values()),
        *((c.id, a.sources) for c in causes.CAUSES.values() for a in c.alternatives),
        *((d.id, d.sources) for d in causes.DRUGS.values()),
        *((d.id, d.sources) for d in causes.GENETIC_DISORDERS.values()),
        *((m.name, m.sources) for m in causes.MANIFESTATIONS),
        *((g.name, g.sources) for g in causes.RISK_GROUPS),
        *((t.name, t.sources) for t in workup.WORKUP_TESTS),
        *((f.name, f.sources) for f in workup.FEMG_CUTOFFS.values()),
    ]
    for row, cited in rows:
        assert cited, row
        assert all(BIBLIOGRAPHY[s.key] == s for s in cited), row
    assert all(cite("who-atc-ddd-2026") in d.citations for d in causes.DRUGS.values())


def test_every_drug_maps_to_a_cause_of_category_drug() -> None:
    for drug in causes.DRUGS.values():
        assert drug.causes
        assert all(causes.CAUSES[c].category is Category.DRUG for c in drug.causes)
        assert causes.causes_for_drug(drug.name) == tuple(causes.CAUSES[c] for c in drug.causes)
        assert drug.atc_urls == tuple(
            f"https://atcddd.fhi.no/atc_ddd_index/?code={code}" for code in drug.atc
        )


def test_every_drug_class_cause_has_a_drug() -> None:
    used = {c for d in causes.DRUGS.values() for c in d.causes}
    assert used == {c.id for c in causes.by_category(Category.DRUG)}


def test_no_duplicate_identifiers_or_names() -> None:
    for table in (causes.CAUSES, causes.DRUGS, causes.GENETIC_DISORDERS):
        assert all(key == row.id for key, row in table.items())
    cause_names = [n for c in causes.CAUSES.values() for n in c.lookup_names]
    assert len(cause_names) == len(set(cause_names))
    drug_names = [n for d in causes.DRUGS.values() for n in d.lookup_names]
    assert len(drug_names) == len(set(drug_names))
    codes = [code for d in causes.DRUGS.values() for code in (*d.atc, *d.former_atc)]
    assert len(codes) == len(set(codes))
    assert len({m.name for m in causes.MANIFESTATIONS}) == len(causes.MANIFESTATIONS)


def test_every_category_has_causes_and_every_cause_one_category() -> None:
    assert all(causes.by_category(category) for category in Category)
    total = sum(len(causes.by_category(category)) for category in Category)
    assert total == len(causes.CAUSES)


def test_clinical_picture_covers_every_organ_system_with_levels_where_published() -> None:
    systems = {m.system for m in causes.MANIFESTATIONS}
    assert systems == set(causes.OrganSystem)
    seizures = next(m for m in causes.MANIFESTATIONS if m.name == "seizures")
    # DynaMed: severe hypomagnesemia < 1 mg/dL [0.4 mmol/L]
    assert (seizures.below, seizures.unit) == (1.0, "mg/dL")
    assert seizures.below_mmol_per_l == pytest.approx(0.4114, abs=1e-4)
    assert next(m for m in causes.MANIFESTATIONS if m.below is None).below_mmol_per_l is None


def test_risk_groups_quote_their_sources() -> None:
    groups = {g.name: g for g in causes.RISK_GROUPS}
    assert (
        groups["intensive care patients"].prevalence_low,
        groups["intensive care patients"].prevalence_high,
    ) == (60.0, 65.0)
    assert groups["hospitalised patients"].prevalence_high == 12.0
    assert groups["proton pump inhibitor users"].prevalence_low == 19.0
    for group in causes.RISK_GROUPS:
        assert set(group.causes) <= set(causes.CAUSES)
        low, high = group.prevalence_low, group.prevalence_high
        assert low is None or high is None or low <= high


def test_workup_names_the_tests_the_sources_name() -> None:
    names = " ".join(t.name for t in workup.WORKUP_TESTS)
    for word in ("potassium", "calcium", "phosphate", "ECG", "24-hour urine magnesium", "FEMg"):
        assert word in names


def test_definitions_are_checked() -> None:
    with pytest.raises(DefinitionError):
        CauseClassification(category=Category.OTHER, mechanism=Mechanism.OTHER, sources=())
    with pytest.raises(UnknownEntryError):
        CauseClassification(category=Category.OTHER, mechanism=Mechanism.OTHER, sources=("nope",))
    with pytest.raises(DefinitionError):
        Drug(
            id="x",
            name="x",
            atc=("A02BC1",),
            drug_class="x",
            site=Site.INTESTINE,
            mechanism="x",
            causes=("drug-ppi",),
            sources=("workeneh-2021-table3",),
        )


def _replace_tables(monkeypatch: pytest.MonkeyPatch, **tables: tuple[object, ...]) -> None:
    """Let the loader read these rows instead of the files ``<name>.toml``."""
    real = _knowledge.load

    def load(file: str, *args: Any, **kwargs: Any) -> tuple[object, ...]:
        name = file.removesuffix(".toml")
        return tables[name] if name in tables else real(file, *args, **kwargs)

    monkeypatch.setattr(_knowledge, "load", load)


def test_the_loader_refuses_inconsistent_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    drug = causes.DRUGS["omeprazole"]
    _replace_tables(monkeypatch, drugs=(drug, drug))
    with pytest.raises(DefinitionError, match="drug id"):
        causes._load()
    orphan = Drug(
        id="orphan",
        name="orphan",
        atc=("A02BC01",),
        drug_class="x",
        site=Site.INTESTINE,
        mechanism="x",
        causes=("no-such-cause",),
        sources=("workeneh-2021-table3",),
    )
    _replace_tables(monkeypatch, drugs=(orphan,))
    with pytest.raises(DefinitionError, match="known cause ids"):
        causes._load()
    disorder = causes.GENETIC_DISORDERS["gitelman"]
    _replace_tables(monkeypatch, drugs=(), genetic_disorders=(disorder, disorder))
    with pytest.raises(DefinitionError, match="cause id"):
        causes._load()


def test_values_are_immutable_and_hashable() -> None:
    cause = causes.get_cause("refeeding syndrome")
    with pytest.raises(AttributeError):
        cause.name = "x"  # type: ignore[misc]
    assert {cause, cause} == {cause}
    assert pickle.loads(pickle.dumps(cause)) == cause  # noqa: S301 (our own object)
    with pytest.raises(TypeError):
        causes.CAUSES["x"] = cause  # type: ignore[index]
    assert isinstance(cause, Cause)


# --- FEMg laws ----------------------------------------------------------------------------------

POSITIVE = st.floats(min_value=1e-3, max_value=1e4, allow_nan=False, allow_infinity=False)
MAGNESIUM = st.floats(min_value=1e-3, max_value=20)
CREATININE = st.floats(min_value=1e-3, max_value=100)


@given(MAGNESIUM, MAGNESIUM, POSITIVE, POSITIVE)
def test_femg_is_invariant_to_the_creatinine_unit(
    u_mg: float, p_mg: float, u_cr: float, p_cr: float
) -> None:
    in_umol = workup.fractional_excretion(
        urine_magnesium=u_mg, plasma_magnesium=p_mg, urine_creatinine=u_cr, plasma_creatinine=p_cr
    )
    in_mg_dl = workup.fractional_excretion(
        urine_magnesium=u_mg,
        plasma_magnesium=p_mg,
        urine_creatinine=workup.convert_creatinine(u_cr, "umol/L", "mg/dL"),
        plasma_creatinine=workup.convert_creatinine(p_cr, "umol/L", "mg/dL"),
    )
    assert in_mg_dl.percent == pytest.approx(in_umol.percent, rel=1e-12)
    q = CALLER.Quantity
    mixed = workup.fractional_excretion(
        urine_magnesium=q(u_mg, "mmol/L"),
        plasma_magnesium=q(p_mg, "mmol/L"),
        urine_creatinine=q(workup.convert_creatinine(u_cr, "umol/L", "mmol/L"), "mmol/L"),
        plasma_creatinine=q(workup.convert_creatinine(p_cr, "umol/L", "mg/dL"), "mg/dL"),
    )
    assert mixed.percent == pytest.approx(in_umol.percent, rel=1e-9)


@given(MAGNESIUM, MAGNESIUM)
def test_femg_is_invariant_to_the_magnesium_unit(u_mg: float, p_mg: float) -> None:
    q = CALLER.Quantity
    base = workup.fractional_excretion(
        urine_magnesium=u_mg, plasma_magnesium=p_mg, urine_creatinine=8000, plasma_creatinine=80
    )
    mixed = workup.fractional_excretion(
        urine_magnesium=q(u_mg * 24.305 / 10, "mg/dL"),
        plasma_magnesium=q(p_mg * 2, "mEq/L"),
        urine_creatinine=q(8000, "umol/L"),
        plasma_creatinine=q(80, "umol/L"),
    )
    assert mixed.percent == pytest.approx(base.percent, rel=1e-9)


@given(POSITIVE, POSITIVE, st.floats(min_value=1.01, max_value=100))
def test_femg_rises_with_urine_magnesium(u_mg: float, p_mg: float, factor: float) -> None:
    low = workup.fractional_excretion(
        urine_magnesium=u_mg, plasma_magnesium=p_mg, urine_creatinine=8000, plasma_creatinine=80
    )
    high = workup.fractional_excretion(
        urine_magnesium=u_mg * factor,
        plasma_magnesium=p_mg,
        urine_creatinine=8000,
        plasma_creatinine=80,
    )
    assert high.percent > low.percent
    if high.percent <= 100:  # above the filtered load, no reading at all
        assert not (low.renal_wasting and not high.renal_wasting)


@given(
    CREATININE,
    st.sampled_from(["umol/L", "mmol/L", "mg/dL", "mg/L"]),
    st.sampled_from(["umol/L", "mmol/L", "mg/dL", "mg/L"]),
)
def test_creatinine_conversion_round_trips(value: float, a: str, b: str) -> None:
    there = workup.convert_creatinine(value, a, b)
    assert workup.convert_creatinine(there, b, a) == pytest.approx(value, rel=1e-12)


def test_import_does_not_load_pint() -> None:
    code = "import sys, magnesium.causes; print('pint' in sys.modules)"
    out = subprocess.run(  # noqa: S603 (fixed arguments)
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_femg_above_the_filtered_load_is_not_interpreted() -> None:
    # creatinine values swapped: (2.0 x 8000) / (0.7 x 0.5 x 80) x 100 = 57,142.9%
    swapped = workup.fractional_excretion(
        urine_magnesium=2.0, plasma_magnesium=0.5, urine_creatinine=80, plasma_creatinine=8000
    )
    assert round(swapped.percent, 1) == 57142.9
    assert swapped.interpretation is workup.UrineInterpretation.NOT_INTERPRETABLE
    assert "swapped" in swapped.caveats[0]


# --- sources are Source objects (issue 12) --------------------------------------------------


def test_sources_are_source_objects_in_every_cause_and_workup_type() -> None:
    rows: list[Any] = [
        *causes.CAUSES.values(),
        *(a for c in causes.CAUSES.values() for a in c.alternatives),
        *causes.DRUGS.values(),
        *causes.GENETIC_DISORDERS.values(),
        *causes.MANIFESTATIONS,
        *causes.RISK_GROUPS,
        *causes.PREVALENCE,
        *workup.WORKUP_TESTS,
        *workup.FEMG_CUTOFFS.values(),
    ]
    for row in rows:
        assert row.sources, row
        assert all(isinstance(s, Source) and BIBLIOGRAPHY[s.key] is s for s in row.sources), row


def test_sources_given_as_keys_are_looked_up_in_the_bibliography() -> None:
    by_key = CauseClassification(
        category=Category.RENAL, mechanism=Mechanism.RENAL_WASTING, sources=("berardi-2019",)
    )
    by_value = CauseClassification(
        category=Category.RENAL, mechanism=Mechanism.RENAL_WASTING, sources=[cite("berardi-2019")]
    )
    assert by_key == by_value
    assert by_key.sources == (cite("berardi-2019"),)
    cutoff = workup.FemgCutoff(
        name="x", percent=4.0, description="d", sources=("elisaf-1997-femg",)
    )
    assert cutoff.citations == (cite("elisaf-1997-femg"),)
    with pytest.raises(UnknownEntryError):
        workup.WorkupTest(name="x", purpose="y", sources=("no-such-key",))
    with pytest.raises(DefinitionError):
        workup.WorkupTest(name="x", purpose="y", sources=())
