"""The LOINC table, the lab's own reference range as a set, the flag check, the censored hook."""

from __future__ import annotations

import math

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import interop
from magnesium.errors import InputError, UnknownEntryError
from magnesium.interop import LabResult, LoincUse
from magnesium.sources import Verification


def test_every_row_is_cited_from_the_bibliography_and_says_what_was_read() -> None:
    for row in interop.LOINC_CODES.values():
        assert row.sources
        for source in row.sources:
            assert mg.BIBLIOGRAPHY[source.key] is source
            assert source.note
        # the long name is LOINC's, quoted in at least one cited note or said unverified
        quoted = any(row.long_name in (source.note or "") for source in row.sources)
        assert quoted or row.verification is Verification.UNVERIFIED


def test_the_serum_codes_are_the_two_requested_with_their_ucum_units() -> None:
    # LOINC names as read in the HL7 PDDI IG and the Uzbek DHP ConceptMap (see sources)
    mass, molar = interop.get_loinc("19123-9"), interop.get_loinc("2601-3")
    assert (mass.long_name, mass.loinc_property, mass.system, mass.ucum) == (
        "Magnesium [Mass/volume] in Serum or Plasma",
        "MCnc",
        "Ser/Plas",
        "mg/dL",
    )
    assert (molar.long_name, molar.loinc_property, molar.ucum) == (
        "Magnesium [Moles/volume] in Serum or Plasma",
        "SCnc",
        "mmol/L",
    )
    serum = {code for code, row in interop.LOINC_CODES.items() if row.use is LoincUse.SERUM}
    assert serum == {"19123-9", "2601-3"}


def test_the_property_follows_the_long_name() -> None:
    names = {"MCnc": "[Mass/volume]", "SCnc": "[Moles/volume]", "MRat": "[Mass/time]"}
    names["SRat"] = "[Moles/time]"
    for row in interop.LOINC_CODES.values():
        assert names[row.loinc_property] in row.long_name
        assert row.scale == "Qn"


def test_the_unverified_code_is_marked() -> None:
    row = interop.get_loinc("2599-9")
    assert row.verification is Verification.UNVERIFIED
    assert "UNVERIFIED" in row.note


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("2597-3", "RbcMagnesium"),
        ("73573-8", "IonizedMagnesium"),
        ("24447-5", "interpret_urine_24h"),
        ("2599-9", "interpret_urine_24h"),
        ("19124-7", "spot urine"),
        ("2598-1", "spot urine"),
    ],
)
def test_other_magnesium_codes_are_refused_by_name(code: str, names: str) -> None:
    with pytest.raises(InputError) as caught:
        interop.serum_code(code)
    assert code in str(caught.value)
    assert names in str(caught.value)


def test_a_code_that_is_not_magnesium_is_refused_with_the_code() -> None:
    with pytest.raises(InputError, match="2823-3"):
        interop.serum_code("2823-3")
    with pytest.raises(UnknownEntryError, match="2823-3"):
        interop.get_loinc("2823-3")


def test_the_reporting_laboratory_set_is_closed_at_both_limits() -> None:
    lab = interop.reporting_laboratory_set(1.6, 2.6, "mg/dL", laboratory="City Lab")
    assert lab.name == interop.REPORTING_LABORATORY
    assert lab.sources[0].publisher == "City Lab"
    statuses = [mg.classify(f"{v} mg/dL", lab).status.value for v in (1.59, 1.6, 2.6, 2.61)]
    assert statuses == ["low", "normal", "normal", "high"]


def test_a_one_sided_range_has_two_bands() -> None:
    upper_only = interop.reporting_laboratory_set(None, 1.0, "mmol/L")
    assert [b.status.value for b in upper_only.cutoffs[0].bands] == ["normal", "high"]
    lower_only = interop.reporting_laboratory_set(0.7, None, "mmol/L")
    assert [b.status.value for b in lower_only.cutoffs[0].bands] == ["low", "normal"]
    assert lower_only.cutoffs[0].bands[-1].upper == math.inf


@pytest.mark.parametrize(
    ("low", "high"), [(None, None), (2.0, 1.0), (1.0, 1.0), (-1, 2), (math.nan, 2), (0.5, 0)]
)
def test_a_bad_reference_range_is_refused(low: float | None, high: float | None) -> None:
    with pytest.raises(InputError):
        interop.reporting_laboratory_set(low, high, "mmol/L")


@given(st.floats(0.1, 2), st.floats(0.01, 2), st.floats(0, 5))
def test_the_lab_set_classifies_as_its_interval_says(low: float, width: float, v: float) -> None:
    high = low + width
    lab = interop.reporting_laboratory_set(low, high, "mmol/L")
    status = mg.classify(mg.SerumMagnesium.of(v, "mmol/L"), lab).status
    expected = "low" if v < low else "high" if v > high else "normal"
    assert status.value == expected


def _result(value: float, flag: str | None) -> LabResult:
    level = mg.SerumMagnesium.of(value, "mg/dL")
    return LabResult(level=level, loinc="19123-9", status="final", lab_flag=flag)


@pytest.mark.parametrize(
    ("value", "flag", "agrees"),
    [
        (1.4, "L", True),
        (1.4, "LL", True),
        (1.4, "N", False),
        (2.0, "N", True),
        (2.0, "H", False),
        (3.0, "HH", True),
        (1.4, "A", None),
        (1.4, None, None),
    ],
)
def test_the_lab_flag_is_checked_against_the_set(
    value: float, flag: str | None, agrees: bool | None
) -> None:
    # iom-1997: 1.8-2.3 mg/dL (see the thresholds page)
    assert interop.flag_agrees(_result(value, flag), "iom-1997") is agrees


def test_a_comparator_makes_a_censored_level_and_equals_a_measured_one() -> None:
    assert interop.reported_level(0.5, "mmol/L", "=") == mg.SerumMagnesium.of(0.5, "mmol/L")
    for comparator in ("<", "<=", ">", ">="):
        level = interop.reported_level(0.5, "mmol/L", comparator)
        assert level == mg.CensoredSerumMagnesium(comparator, 0.5, "mmol/L")
    with pytest.raises(mg.InputError):
        interop.reported_level(0.5, "mmol/L", "~")


def test_a_censored_result_agrees_with_a_flag_only_where_its_bound_decides() -> None:
    low = attrs.evolve(_result(1.4, "L"), level=interop.reported_level(1.4, "mg/dL", "<"))
    assert interop.flag_agrees(low, "iom-1997") is True  # every value < 1.4 is LOW
    wide = attrs.evolve(low, level=interop.reported_level(2.0, "mg/dL", "<"))
    assert interop.flag_agrees(wide, "iom-1997") is None  # LOW or NORMAL: undecided


def test_a_result_prints_what_it_carries() -> None:
    result = LabResult(
        level=mg.SerumMagnesium.of(0.6, "mmol/L"),
        loinc="2601-3",
        status="preliminary",
        effective="2026-11-30",
        flags=("preliminary result",),
    )
    assert str(result) == (
        "0.6 mmol/L, LOINC 2601-3, preliminary, taken 2026-11-30, preliminary result"
    )
