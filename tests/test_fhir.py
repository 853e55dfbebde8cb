"""FHIR R4 Observations in and out, on realistic laboratory Observations."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from fhir.resources.observation import Observation as R5Observation
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation
from hypothesis import given

import magnesium as mg
from magnesium import fhir
from magnesium.errors import (
    ArgumentTypeError,
    InputError,
    MagnesiumError,
    ParseError,
    UnitError,
)
from magnesium.interop import EntryError, LabResult
from tests.strategies import SET_NAMES, levels

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"


def observation(loinc: str = "19123-9", **changes: Any) -> dict[str, Any]:
    """A laboratory Observation as a US hospital interface sends it (US Core lab shape)."""
    made: dict[str, Any] = {
        "resourceType": "Observation",
        "id": "mg-20261130-1",
        "status": "final",
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": "laboratory",
                    }
                ]
            }
        ],
        "code": {"coding": [{"system": LOINC, "code": loinc, "display": "Magnesium"}]},
        "subject": {"reference": "Patient/example"},
        "effectiveDateTime": "2026-11-30T08:15:00-05:00",
        "issued": "2026-11-30T09:02:11-05:00",
        "performer": [{"display": "Barnes-Jewish Hospital Laboratory"}],
        "valueQuantity": {"value": 1.4, "unit": "mg/dL", "system": UCUM, "code": "mg/dL"},
        "interpretation": [
            {
                "coding": [
                    {
                        "system": fhir.INTERPRETATION_SYSTEM,
                        "code": "L",
                    }
                ]
            }
        ],
        "referenceRange": [
            {
                "low": {"value": 1.4, "unit": "mg/dL", "system": UCUM, "code": "mg/dL"},
                "high": {"value": 2.5, "unit": "mg/dL", "system": UCUM, "code": "mg/dL"},
            }
        ],
    }
    made.update(changes)
    return made


def test_a_mass_result_is_read_with_its_lab_range_flag_and_time() -> None:
    result = fhir.from_observation(observation())
    assert result.level == mg.SerumMagnesium.of(1.4, "mg/dL")
    assert (result.loinc, result.status, result.lab_flag) == ("19123-9", "final", "L")
    assert result.effective == "2026-11-30T08:15:00-05:00"
    assert result.origin == "Observation/mg-20261130-1"
    assert result.flags == ()
    lab = result.reference_range
    assert lab is not None
    assert lab.sources[0].publisher == "Barnes-Jewish Hospital Laboratory"
    # BJH prints 1.4-2.5 mg/dL: 1.4 is within the laboratory's own interval
    assert mg.classify(result.level, lab).status is mg.Status.NORMAL
    assert mg.classify(result.level).status is mg.Status.LOW


def test_a_molar_result_under_2601_3() -> None:
    quantity = {"value": 0.62, "unit": "mmol/L", "system": UCUM, "code": "mmol/L"}
    result = fhir.from_observation(observation("2601-3", valueQuantity=quantity))
    assert result.level == mg.SerumMagnesium.of(0.62, "mmol/L")
    assert result.loinc == "2601-3"


def test_meq_per_l_is_read_with_the_valence() -> None:
    quantity = {"value": 1.3, "unit": "mEq/L", "system": UCUM, "code": "meq/L"}
    result = fhir.from_observation(observation("2601-3", valueQuantity=quantity))
    assert isinstance(result.level, mg.SerumMagnesium)
    assert result.level.mmol_per_l == 0.65
    assert "valence" in result.flags[0]


def test_a_unit_of_the_other_kind_is_read_and_flagged() -> None:
    quantity = {"value": 0.7, "system": UCUM, "code": "mmol/L"}
    result = fhir.from_observation(observation("19123-9", valueQuantity=quantity))
    assert result.flags == ("unit mmol/L under LOINC 19123-9, which expects mg/dL",)


@pytest.mark.parametrize("comparator", ["<", "<=", ">", ">="])
def test_a_comparator_is_read_as_a_censored_level(comparator: str) -> None:
    quantity = {"value": 0.5, "comparator": comparator, "system": UCUM, "code": "mmol/L"}
    result = fhir.from_observation(observation("2601-3", valueQuantity=quantity))
    assert result.level == mg.CensoredSerumMagnesium(comparator, 0.5, "mmol/L")
    decided = mg.classify(result.level, "ctcae-v5").status  # < 0.5 is low under CTCAE
    assert decided is (mg.Status.LOW if comparator.startswith("<") else None)


def test_a_non_magnesium_code_is_refused_by_code() -> None:
    potassium = {"coding": [{"system": LOINC, "code": "2823-3", "display": "Potassium"}]}
    with pytest.raises(InputError, match="2823-3"):
        fhir.from_observation(observation(code=potassium))


def test_an_rbc_magnesium_is_refused_with_the_library_type() -> None:
    with pytest.raises(InputError, match="RbcMagnesium"):
        fhir.from_observation(observation("2597-3"))


def test_a_local_code_beside_loinc_is_passed_over() -> None:
    code = {
        "coding": [
            {"system": "http://hospital.example/lab", "code": "MG"},
            {"system": LOINC, "code": "19123-9"},
        ]
    }
    assert fhir.from_observation(observation(code=code)).loinc == "19123-9"


def test_an_observation_without_loinc_is_refused() -> None:
    code = {"coding": [{"system": "http://hospital.example/lab", "code": "MG"}], "text": "Mg"}
    with pytest.raises(InputError, match="LOINC"):
        fhir.from_observation(observation(code=code))


@pytest.mark.parametrize("status", ["entered-in-error", "cancelled"])
def test_a_withdrawn_result_is_refused(status: str) -> None:
    with pytest.raises(InputError, match=status):
        fhir.from_observation(observation(status=status))


def test_a_preliminary_result_is_flagged() -> None:
    result = fhir.from_observation(observation(status="preliminary"))
    assert result.status == "preliminary"
    assert result.flags == ("preliminary result",)


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(InputError, match="status"):
        fhir.from_observation(observation(status="done"))


def test_a_missing_value_is_refused_with_the_reason() -> None:
    absent = observation()
    del absent["valueQuantity"]
    absent["dataAbsentReason"] = {"text": "haemolysed"}
    with pytest.raises(InputError, match="haemolysed"):
        fhir.from_observation(absent)


def test_a_unit_outside_ucum_or_not_a_concentration_is_refused() -> None:
    with pytest.raises(InputError, match="UCUM"):
        fhir.from_observation(
            observation(valueQuantity={"value": 1, "system": "http://snomed.info/sct"})
        )
    with pytest.raises(UnitError):
        fhir.from_observation(observation(valueQuantity={"value": 1, "code": "mg"}))


def test_json_text_and_fhir_resources_models_are_read_alike() -> None:
    data = observation()
    expected = fhir.from_observation(data)
    assert fhir.from_observation(json.dumps(data)) == expected
    assert fhir.from_observation(json.dumps(data).encode()) == expected
    assert fhir.from_observation(Observation.model_validate(data)) == expected
    # R5: the same shape for the fields read
    assert fhir.from_observation(R5Observation.model_validate(data)) == expected


def test_text_that_is_not_json_or_not_an_observation_is_refused() -> None:
    with pytest.raises(ParseError):
        fhir.from_observation("{not json")
    with pytest.raises(ParseError):
        fhir.from_observation("[" * 100_000)
    with pytest.raises(InputError, match="resourceType"):
        fhir.from_observation({"resourceType": "Patient"})
    with pytest.raises(ArgumentTypeError):
        fhir.from_observation(42)


def test_a_bundle_gives_one_result_per_entry_and_errors_in_place() -> None:
    withdrawn = observation(status="entered-in-error")
    entries = [
        {"resource": observation()},
        {"resource": observation("2823-3")},
        {"resource": withdrawn},
        {"resource": {"resourceType": "Patient", "id": "p"}},
        "junk",
        {"resource": observation("2601-3", valueQuantity={"value": 0.8, "code": "mmol/L"})},
    ]
    bundle = {"resourceType": "Bundle", "type": "searchset", "entry": entries}
    results = fhir.from_bundle(bundle)
    assert [type(r).__name__ for r in results] == [
        "LabResult",
        "EntryError",
        "EntryError",
        "EntryError",
        "EntryError",
        "LabResult",
    ]
    errors = [r for r in results if isinstance(r, EntryError)]
    assert [e.index for e in errors] == [1, 2, 3, 4]
    assert "2823-3" in errors[0].message
    assert "entered-in-error" in errors[1].message
    valid = {**bundle, "entry": entries[:3]}
    assert fhir.from_bundle(Bundle.model_validate(valid)) == fhir.from_bundle(valid)


def test_the_general_normal_range_is_chosen_and_subgroup_ranges_are_not() -> None:
    general = {"low": {"value": 1.6}, "high": {"value": 2.6}}
    children = {"low": {"value": 1.7}, "high": {"value": 2.3}, "age": {"high": {"value": 18}}}
    therapeutic = {"low": {"value": 4}, "high": {"value": 7}, "type": {"text": "treatment"}}
    therapeutic["type"] = {"coding": [{"code": "treatment"}]}
    result = fhir.from_observation(observation(referenceRange=[children, therapeutic, general]))
    assert result.reference_range is not None
    assert "1.6-2.6 mg/dL" in result.reference_range.title
    assert result.flags == ("3 reference ranges sent; the general normal one is used",)
    only_children = fhir.from_observation(observation(referenceRange=[children]))
    assert only_children.reference_range is None
    assert only_children.flags == ("reference ranges sent for subgroups only; none is used",)
    normal = {**general, "type": {"coding": [{"code": "normal"}]}}
    assert fhir.from_observation(observation(referenceRange=[normal])).reference_range


@pytest.mark.parametrize(
    "changes",
    [
        {"code": {"coding": ["19123-9"]}},
        {"code": {"coding": [{"system": LOINC, "code": 19123}]}},
        {"valueQuantity": {"value": "1.4", "code": "mg/dL"}},
        {"valueQuantity": {"value": True, "code": "mg/dL"}},
        {"valueQuantity": [1.4]},
        {"referenceRange": {"low": 1}},
        {"referenceRange": [{"low": 1}]},
        {"referenceRange": [{"type": {"coding": "normal"}, "low": {"value": 1}}]},
        {
            "referenceRange": [
                {"low": {"value": 1, "code": "mg/dL"}, "high": {"value": 2, "code": "mmol/L"}}
            ]
        },
        {"interpretation": "L"},
        {"effectiveDateTime": 20261130},
        {"status": None},
    ],
)
def test_malformed_fields_are_refused_as_our_errors(changes: dict[str, Any]) -> None:
    with pytest.raises(MagnesiumError):
        fhir.from_observation(observation(**changes))


def test_an_empty_bundle_reads_as_no_results() -> None:
    assert fhir.from_bundle({"resourceType": "Bundle", "type": "collection"}) == ()


# --- out -----------------------------------------------------------------------------------------


def test_a_low_level_is_written_with_l_its_range_and_sources() -> None:
    level = mg.SerumMagnesium.of(1.4, "mg/dL")
    written = fhir.to_observation(level, mg.classify(level), effective="2026-11-30")
    Observation.model_validate(written)  # a valid R4 (R4B) Observation
    assert written["code"]["coding"][0] == {
        "system": LOINC,
        "code": "19123-9",
        "display": "Magnesium [Mass/volume] in Serum or Plasma",
    }
    assert written["valueQuantity"] == {
        "value": 1.4,
        "unit": "mg/dL",
        "system": UCUM,
        "code": "mg/dL",
    }
    assert written["interpretation"][0]["coding"][0]["code"] == "L"
    reference = written["referenceRange"][0]
    # iom-1997 in mg/dL: 1.8-2.3 (thresholds page)
    assert (reference["low"]["value"], reference["high"]["value"]) == (1.8, 2.3)
    assert "iom-1997" in written["note"][0]["text"]
    assert written["effectiveDateTime"] == "2026-11-30"


@pytest.mark.parametrize(
    ("value", "code"),
    [(0.35, "LL"), (0.5, "L"), (0.85, "N"), (1.5, "H"), (2.5, "HH")],
)
def test_critical_levels_are_ll_and_hh(value: float, code: str) -> None:
    # homerton critical limits: 0.4 and 2.0 mmol/L (critical page); iom-1997 0.75-0.95
    level = mg.SerumMagnesium.of(value, "mmol/L")
    classification = mg.classify(level, critical_limits="homerton")
    written = fhir.to_observation(level, classification)
    assert written["interpretation"][0]["coding"][0]["code"] == code


def test_meq_per_l_is_written_in_mmol_per_l() -> None:
    written = fhir.to_observation(mg.SerumMagnesium.of(1.3, "mEq/L"))
    assert written["valueQuantity"]["value"] == 0.65
    assert written["valueQuantity"]["code"] == "mmol/L"
    assert written["code"]["coding"][0]["code"] == "2601-3"


def test_a_one_sided_set_writes_only_its_low_limit() -> None:
    level = mg.SerumMagnesium.of(0.8, "mmol/L")
    written = fhir.to_observation(level, mg.classify(level, "aha-2005"))
    assert "high" not in written["referenceRange"][0]
    assert "low" in written["referenceRange"][0]


def test_a_classification_of_another_level_is_refused() -> None:
    with pytest.raises(InputError):
        fhir.to_observation(mg.SerumMagnesium.of(1, "mmol/L"), mg.classify("0.5 mmol/L"))


def test_a_bad_status_or_time_is_refused_as_our_error() -> None:
    level = mg.SerumMagnesium.of(1, "mmol/L")
    with pytest.raises(InputError, match="status"):
        fhir.to_observation(level, status="done")
    with pytest.raises(InputError, match="valid FHIR R4 Observation"):
        fhir.to_observation(level, effective="yesterday")


@given(levels(), SET_NAMES)
def test_out_and_in_again_keeps_the_concentration(level: mg.SerumMagnesium, name: str) -> None:
    classification = mg.classify(level, name)
    written = fhir.to_observation(level, classification)
    Observation.model_validate(copy.deepcopy(written))
    read: LabResult = fhir.from_observation(written)
    assert isinstance(read.level, mg.SerumMagnesium)
    assert read.level.same_concentration(level) or read.level.unit != level.unit
    assert mg.classify(read.level, name).status is classification.status
    assert fhir.from_observation(json.dumps(written)) == read
