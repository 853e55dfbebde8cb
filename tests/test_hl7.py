"""HL7 v2 ORU^R01 messages in: OBX segments as results or errors in place."""

from __future__ import annotations

import pytest

import magnesium as mg
from magnesium import hl7, interop
from magnesium.errors import ArgumentTypeError, ParseError, UnknownEntryError
from magnesium.interop import EntryError, LabResult

MSH = "MSH|^~\\&|LIS|BJH LAB|EHR|WARD 3|202611300900||ORU^R01^ORU_R01|MSG0001|P|2.5.1"
PID = "PID|1||12345^^^HOSP^MR||DOE^JANE||19700101|F"
OBR = "OBR|1|ORD1|FIL1|19123-9^Magnesium^LN|||202611300815"


def message(*obx: str, separator: str = "\r") -> str:
    return separator.join([MSH, PID, OBR, *obx])


def only(results: tuple[LabResult | EntryError, ...]) -> LabResult:
    (result,) = results
    assert isinstance(result, LabResult), result
    return result


def failure(results: tuple[LabResult | EntryError, ...]) -> EntryError:
    (result,) = results
    assert isinstance(result, EntryError), result
    return result


def test_a_numeric_result_with_range_flag_status_and_time() -> None:
    obx = "OBX|1|NM|19123-9^Magnesium^LN||1.4|mg/dL^^UCUM|1.4-2.5|N|||F|||202611300815"
    result = only(hl7.read_oru(message(obx)))
    assert result.level == mg.SerumMagnesium.of(1.4, "mg/dL")
    assert (result.loinc, result.status, result.lab_flag) == ("19123-9", "final", "N")
    assert (result.effective, result.origin, result.flags) == ("202611300815", "OBX 1", ())
    assert result.reference_range is not None
    assert result.reference_range.sources[0].publisher == "BJH LAB"  # MSH-4
    assert mg.classify(result.level, result.reference_range).status is mg.Status.NORMAL


def test_line_feeds_and_crlf_separate_segments_too() -> None:
    obx = "OBX|1|NM|2601-3^Magnesium^LN||0.7|mmol/L|0.7-1.0|N|||F"
    expected = hl7.read_oru(message(obx))
    assert hl7.read_oru(message(obx, separator="\n")) == expected
    assert hl7.read_oru(message(obx, separator="\r\n")) == expected


def test_a_structured_number_without_comparator_is_a_value() -> None:
    result = only(hl7.read_oru(message("OBX|1|SN|2601-3^Mg^LN||^0.62|mmol/L|||||F")))
    assert result.level == mg.SerumMagnesium.of(0.62, "mmol/L")
    equals = only(hl7.read_oru(message("OBX|1|SN|2601-3^Mg^LN||=^0.62|mmol/L|||||F")))
    assert equals.level == result.level


def test_a_censored_structured_number_is_a_censored_level() -> None:
    result = only(hl7.read_oru(message("OBX|1|SN|2601-3^Mg^LN||<^0.5|mmol/L|0.7-1.0|LL|||F")))
    assert result.level == mg.CensoredSerumMagnesium("<", 0.5, "mmol/L")
    assert interop.flag_agrees(result, "iom-1997") is True  # LL: every value < 0.5 is low


def test_a_structured_range_is_refused() -> None:
    error = failure(hl7.read_oru(message("OBX|1|SN|2601-3^Mg^LN||^0.5^-^0.9|mmol/L|||||F")))
    assert "OBX-5" in error.message


def test_a_local_code_needs_the_callers_mapping() -> None:
    obx = "OBX|1|NM|MG^Magnesium^L||1.9|mg/dL|1.6-2.6|N|||F"
    error = failure(hl7.read_oru(message(obx)))
    assert "local_codes" in error.message
    assert "MG" in error.message
    mapped = only(hl7.read_oru(message(obx), local_codes={"MG": "19123-9"}))
    assert mapped.loinc == "19123-9"


def test_an_alternate_loinc_identifier_is_used() -> None:
    obx = "OBX|1|NM|MG^Magnesium^L^19123-9^Magnesium^LN||1.9|mg/dL|||||F"
    assert only(hl7.read_oru(message(obx))).loinc == "19123-9"


def test_other_analytes_and_magnesium_kinds_are_errors_in_place() -> None:
    results = hl7.read_oru(
        message(
            "OBX|1|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.1|N|||F",
            "OBX|2|NM|2597-3^Magnesium RBC^LN||2.1|mmol/L|1.5-3.1|N|||F",
            "OBX|3|NM|19123-9^Magnesium^LN||2.0|mg/dL|1.6-2.6|N|||F",
            "OBX|4|ST|19123-9^Magnesium^LN||see note|||||F",
        )
    )
    assert [type(r).__name__ for r in results] == [
        "EntryError",
        "EntryError",
        "LabResult",
        "EntryError",
    ]
    first, second, _, fourth = results
    assert isinstance(first, EntryError)
    assert "2823-3" in first.message
    assert isinstance(second, EntryError)
    assert "RbcMagnesium" in second.message
    assert isinstance(fourth, EntryError)
    assert "OBX-2" in fourth.message


@pytest.mark.parametrize("letter", ["W", "D", "X"])
def test_withdrawn_results_are_refused(letter: str) -> None:
    obx = f"OBX|1|NM|19123-9^Magnesium^LN||1.4|mg/dL|||||{letter}"
    assert "OBX-11" in failure(hl7.read_oru(message(obx))).message


@pytest.mark.parametrize(
    ("letter", "status", "flagged"),
    [("F", "final", False), ("C", "corrected", False), ("P", "preliminary", True)],
)
def test_statuses(letter: str, status: str, flagged: bool) -> None:
    obx = f"OBX|1|NM|19123-9^Magnesium^LN||1.4|mg/dL|||||{letter}"
    result = only(hl7.read_oru(message(obx)))
    assert result.status == status
    assert bool(result.flags) is flagged


@pytest.mark.parametrize(
    ("range_text", "statuses"),
    [
        ("0.7-1.0", ["low", "normal", "high"]),
        ("<1.0", ["normal", "high"]),
        (">0.7", ["low", "normal"]),
        ("", None),
    ],
)
def test_reference_range_forms(range_text: str, statuses: list[str] | None) -> None:
    obx = f"OBX|1|NM|2601-3^Mg^LN||0.8|mmol/L|{range_text}||||F"
    lab = only(hl7.read_oru(message(obx))).reference_range
    found = None if lab is None else [b.status.value for b in lab.cutoffs[0].bands]
    assert found == statuses


def test_an_unreadable_reference_range_is_an_error_in_place() -> None:
    obx = "OBX|1|NM|2601-3^Mg^LN||0.8|mmol/L|normal||||F"
    assert "OBX-7" in failure(hl7.read_oru(message(obx))).message


def test_the_lab_flag_is_checked_against_the_chosen_set() -> None:
    # iom-1997: 0.75-0.95 mmol/L; UK harmonised: 0.7-1.0 mmol/L (thresholds page)
    obx = "OBX|1|NM|2601-3^Mg^LN||0.72|mmol/L|0.75-0.95|L|||F"
    agreeing = only(hl7.read_oru(message(obx), threshold_set="iom-1997"))
    assert agreeing.flags == ()
    disagreeing = only(hl7.read_oru(message(obx), threshold_set="uk-harmonised"))
    assert disagreeing.flags == ("laboratory flag L disagrees with uk-harmonised: normal",)


def test_a_message_without_obx_reads_as_no_results() -> None:
    assert hl7.read_oru(f"{MSH}\r{PID}") == ()


@pytest.mark.parametrize(
    "text",
    ["", "garbage", "MSH", "MSH|", "OBX|1|NM", MSH.replace("ORU^R01", "ADT^A01") + "\rPID|1"],
)
def test_text_that_is_not_an_oru_message_is_refused(text: str) -> None:
    with pytest.raises(ParseError):
        hl7.read_oru(text)


def test_wrong_argument_types_are_refused() -> None:
    with pytest.raises(ArgumentTypeError):
        hl7.read_oru(b"MSH|")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        hl7.read_oru(message(), local_codes={"MG": 19123})  # type: ignore[dict-item]
    with pytest.raises(UnknownEntryError):
        hl7.read_oru(message(), threshold_set="no-such-set")


def test_a_message_too_long_is_refused() -> None:
    with pytest.raises(ParseError, match="characters"):
        hl7.read_oru(MSH + "\r" + "OBX|1" * 300_000)
