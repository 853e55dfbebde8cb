r"""HL7 v2 ORU^R01 results in (extra ``hl7``, on ``python-hl7``).

[`read_oru`][magnesium.hl7.read_oru] reads every OBX segment of an HL7 v2 result
message into a [`LabResult`][magnesium.interop.LabResult], or an
[`EntryError`][magnesium.interop.EntryError] in its place: OBX-3 the code (LOINC,
or a local code through a mapping the caller gives), OBX-5 the value (``NM``, or
``SN`` such as ``<^0.5``), OBX-6 the unit, OBX-7 the laboratory's reference range,
OBX-8 its abnormal flag, OBX-11 the result status and OBX-14 the time of the
observation. Given a threshold set, it says where the laboratory's flag disagrees
with it.

``python-hl7`` splits the message with the separators its MSH segment declares and
undoes HL7 escape sequences; this module reads the OBX fields from it. Install with
``pip install 'magnesium-clinical[hl7]'``; ``import magnesium`` never imports this
module or ``hl7``.

Examples:
    >>> message = "\r".join([
    ...     "MSH|^~\\&|LAB|GENERAL HOSPITAL|EHR|WARD 3|202611300900||ORU^R01|42|P|2.5.1",
    ...     "PID|1||12345^^^HOSP^MR||DOE^JANE",
    ...     "OBR|1||98765|19123-9^Magnesium^LN",
    ...     "OBX|1|NM|19123-9^Magnesium [Mass/volume] in Serum or Plasma^LN||1.4|mg/dL|"
    ...     "1.6-2.6|L|||F|||202611300815",
    ... ])
    >>> (result,) = read_oru(message)
    >>> result.level, result.lab_flag, result.effective
    (SerumMagnesium(1.4, 'mg/dL'), 'L', '202611300815')
    >>> import magnesium as mg
    >>> mg.classify(result.level, result.reference_range).status
    <Status.LOW: 'low'>
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

from magnesium import plausibility
from magnesium.errors import (
    ArgumentTypeError,
    InputError,
    MagnesiumError,
    MissingExtraError,
    ParseError,
)
from magnesium.interop import (
    EntryError,
    LabResult,
    flag_agrees,
    reported_level,
    reporting_laboratory_set,
    serum_code,
)
from magnesium.thresholds import ThresholdSet, classify, get_threshold_set

try:
    import hl7 as _hl7
except ImportError as missing:  # pragma: no cover - the test environment has the extra
    raise MissingExtraError(
        "hl7",
        "python-hl7 (extra 'hl7') for magnesium.hl7",
        "Install it: pip install 'magnesium-clinical[hl7]'. The rest of the library works "
        "without it.",
    ) from missing

__all__ = ["MAX_MESSAGE_CHARACTERS", "read_oru"]

MAX_MESSAGE_CHARACTERS: Final = 1_000_000
"""The longest message read."""

_NUMBER: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_RANGE: Final = re.compile(
    r"\s*(?P<low>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*-\s*(?P<high>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*"
)
_ONE_SIDED: Final = re.compile(r"\s*(?P<side>[<>])=?\s*(?P<limit>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")
_STATUS: Final[Mapping[str, str]] = {"F": "final", "C": "corrected", "P": "preliminary"}
_WITHDRAWN: Final[Mapping[str, str]] = {
    "W": "posted in error (W)",
    "D": "deleted (D)",
    "X": "not obtained (X)",
}
_COMPARATORS: Final = frozenset({"", "=", "<", ">", "<=", ">="})


def _field(segment: Any, field: int, component: int = 1) -> str:  # noqa: ANN401 (untyped hl7)
    try:
        return str(segment.extract_field(field_num=field, component_num=component)).strip()
    except (IndexError, KeyError, TypeError, AttributeError):
        return ""


def _parse(message: object) -> Any:  # noqa: ANN401 (an untyped hl7.Message)
    if not isinstance(message, str):
        raise ArgumentTypeError(
            plausibility.shown(message), "an HL7 v2 message as text", "Decode the message first."
        )
    if len(message) > MAX_MESSAGE_CHARACTERS:
        raise ParseError(
            f"{message[:20]}... ({len(message)} characters)",
            f"one message of at most {MAX_MESSAGE_CHARACTERS} characters",
            "Pass one message at a time.",
        )
    text = message.strip().replace("\r\n", "\r").replace("\n", "\r")
    try:
        parsed = _hl7.parse(text)
        kind = str(parsed.segment("MSH").extract_field(field_num=9))
    except (_hl7.ParseException, IndexError, KeyError, ValueError, TypeError):
        kind = ""
    if not kind.startswith("ORU"):
        raise ParseError(
            message[:40],
            "an HL7 v2 ORU message: an MSH segment with message type ORU^R01, then OBX segments",
            "Send the whole message, segments separated by carriage returns.",
        )
    return parsed


def _code(segment: Any, local_codes: Mapping[str, str]) -> str:  # noqa: ANN401
    code, system = _field(segment, 3, 1), _field(segment, 3, 3)
    alternate, alternate_system = _field(segment, 3, 4), _field(segment, 3, 6)
    if system == "LN":
        return code
    if alternate_system == "LN":
        return alternate
    if code in local_codes:
        return local_codes[code]
    raise InputError(
        f"{code}^^{system}" if system else code,
        "OBX-3",
        "a LOINC code (coding system LN) or a local code in local_codes",
        f"Map the laboratory's code to LOINC: read_oru(message, local_codes={{{code!r}: "
        "'19123-9'}) for a result in mg/dL.",
    )


def _number(text: str, where: str) -> float:
    if len(text) > 32 or not _NUMBER.fullmatch(text):
        raise InputError(text[:40], where, "a number such as 0.74", "Send the numeric result.")
    return float(text)


def _value(segment: Any) -> tuple[float, str | None]:  # noqa: ANN401
    kind = _field(segment, 2)
    if kind == "NM":
        return _number(_field(segment, 5), "OBX-5"), None
    if kind != "SN":
        raise InputError(kind, "OBX-2", "NM or SN (a number)", "Send a numeric result.")
    comparator, separator, second = (_field(segment, 5, n) for n in (1, 3, 4))
    if comparator not in _COMPARATORS or separator or second:
        raise InputError(
            _field(segment, 5, 1) + "^" + _field(segment, 5, 2),
            "OBX-5",
            "a structured number with at most a comparator, such as ^0.74 or <^0.5",
            "A range or a ratio is not one result.",
        )
    return _number(_field(segment, 5, 2), "OBX-5"), comparator or None


def _status(segment: Any) -> tuple[str, tuple[str, ...]]:  # noqa: ANN401
    letter = _field(segment, 11)
    if letter in _WITHDRAWN:
        raise InputError(
            letter,
            "OBX-11",
            "a result that stands (F, C or P)",
            f"The result is {_WITHDRAWN[letter]}: do not use its value.",
        )
    status = _STATUS.get(letter, f"HL7 status {letter or 'not given'}")
    return status, (() if letter in {"F", "C"} else (f"{status} result",))


def _reference_range(segment: Any, unit: str, laboratory: str) -> ThresholdSet | None:  # noqa: ANN401
    text = _field(segment, 7)
    if not text:
        return None
    both = _RANGE.fullmatch(text)
    if both:
        return reporting_laboratory_set(
            float(both["low"]), float(both["high"]), unit, laboratory=laboratory
        )
    one = _ONE_SIDED.fullmatch(text)
    if one is None:
        raise InputError(text[:40], "OBX-7", "a range such as 0.7-1.0 or <2.6", "Fix OBX-7.")
    limit = float(one["limit"])
    low, high = (None, limit) if one["side"] == "<" else (limit, None)
    return reporting_laboratory_set(low, high, unit, laboratory=laboratory)


def _laboratory(segment: Any, parsed: Any) -> str:  # noqa: ANN401
    for name in (_field(segment, 23), _field(parsed.segment("MSH"), 4)):
        if name:
            return name
    return "reporting laboratory"


def _read_obx(
    segment: Any,  # noqa: ANN401
    parsed: Any,  # noqa: ANN401
    local_codes: Mapping[str, str],
    threshold_set: ThresholdSet | None,
) -> LabResult:
    code = serum_code(_code(segment, local_codes)).code
    status, flags = _status(segment)
    number, comparator = _value(segment)
    level = reported_level(number, _field(segment, 6), comparator)
    result = LabResult(
        level=level,
        loinc=code,
        status=status,
        effective=_field(segment, 14) or None,
        reference_range=_reference_range(segment, level.unit, _laboratory(segment, parsed)),
        lab_flag=_field(segment, 8) or None,
        flags=flags,
        origin=f"OBX {_field(segment, 1) or '?'}",
    )
    if threshold_set is not None and flag_agrees(result, threshold_set) is False:
        decided = classify(level, threshold_set).status  # decided: the flag disagrees with it
        status_there = "undetermined" if decided is None else decided.value
        disagreement = (
            f"laboratory flag {result.lab_flag} disagrees with {threshold_set.name}: {status_there}"
        )
        result = attrs.evolve(result, flags=(*flags, disagreement))
    return result


def _local_codes(local_codes: object) -> Mapping[str, str]:
    if local_codes is None:
        return {}
    if not isinstance(local_codes, Mapping) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in local_codes.items()
    ):
        raise ArgumentTypeError(
            plausibility.shown(local_codes),
            "a mapping of local codes to LOINC codes, such as {'MG': '19123-9'}",
            "Pass local_codes as a dict of strings.",
        )
    return dict(local_codes)


def read_oru(
    message: str,
    *,
    local_codes: Mapping[str, str] | None = None,
    threshold_set: str | ThresholdSet | None = None,
) -> tuple[LabResult | EntryError, ...]:
    r"""Read every OBX segment of an HL7 v2 ORU^R01 message: a result, or an error in its place.

    Args:
        message: The message as text; segments separated by carriage returns (or
            line feeds).
        local_codes: The laboratory's own OBX-3 codes mapped to LOINC codes, for a
            laboratory that does not send LOINC, e.g. ``{"MG": "19123-9"}``.
        threshold_set: If given, a result whose laboratory flag (OBX-8) disagrees
            with its status under this set carries a flag saying so.

    Returns:
        One entry per OBX segment, in order. An OBX that is not serum or plasma
        magnesium (another analyte, an RBC or urine magnesium, a withdrawn result,
        a censored value, a malformed field) is an
        [`EntryError`][magnesium.interop.EntryError] naming the segment and the problem.

    Raises:
        ParseError: If *message* is not an HL7 v2 ORU message.
        ArgumentTypeError: If *message* is not text or *local_codes* not a mapping of text.
        UnknownEntryError: If the threshold set's name is unknown.

    Examples:
        >>> message = "\r".join([
        ...     "MSH|^~\\&|LIS|CITY LAB|EHR|CLINIC|202611301000||ORU^R01|7|P|2.3",
        ...     "OBX|1|SN|MG^Magnesium^L||<^0.5|mmol/L|0.7-1.0|LL|||F",
        ...     "OBX|2|NM|MG^Magnesium^L||0.72|mmol/L|0.7-1.0|L|||F",
        ...     "OBX|3|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.1|N|||F",
        ... ])
        >>> results = read_oru(message, local_codes={"MG": "2601-3"}, threshold_set="iom-1997")
        >>> [type(result).__name__ for result in results]
        ['LabResult', 'LabResult', 'EntryError']
        >>> results[1].flags
        ()
        >>> str(results[0].level), results[0].lab_flag
        ('<0.5 mmol/L', 'LL')
        >>> results = read_oru(message, local_codes={"MG": "2601-3"}, threshold_set="uk-harmonised")
        >>> results[1].flags
        ('laboratory flag L disagrees with uk-harmonised: normal',)
    """
    parsed = _parse(message)
    codes = _local_codes(local_codes)
    chosen = None if threshold_set is None else get_threshold_set(threshold_set)
    try:
        segments = list(parsed.segments("OBX"))
    except KeyError:  # python-hl7 raises it for a message without OBX
        return ()
    results: list[LabResult | EntryError] = []
    for index, segment in enumerate(segments):
        try:
            results.append(_read_obx(segment, parsed, codes, chosen))
        except MagnesiumError as error:
            origin = f"OBX {_field(segment, 1) or index + 1}"
            results.append(
                EntryError(
                    index=index, origin=origin, error=type(error).__name__, message=str(error)
                )
            )
    return tuple(results)
