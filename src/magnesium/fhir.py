"""FHIR R4 Observations in and out: one call each way (extra ``fhir``, on ``fhir.resources``).

[`from_observation`][magnesium.fhir.from_observation] reads a serum or plasma
magnesium Observation, given as a dict, JSON text or a ``fhir.resources`` model
(R4B, or R5 where the shape is the same), into a
[`LabResult`][magnesium.interop.LabResult]; [`from_bundle`][magnesium.fhir.from_bundle]
reads every entry of a Bundle, with an [`EntryError`][magnesium.interop.EntryError]
in the place of an entry that cannot be read; and
[`to_observation`][magnesium.fhir.to_observation] writes a level and its
classification as an R4 Observation, validated by ``fhir.resources``.

Install with ``pip install 'magnesium-clinical[fhir]'``; ``import magnesium``
never imports this module or ``fhir.resources``.

Examples:
    >>> import magnesium as mg
    >>> observation = {
    ...     "resourceType": "Observation",
    ...     "status": "final",
    ...     "code": {"coding": [{"system": "http://loinc.org", "code": "19123-9"}]},
    ...     "valueQuantity": {"value": 1.4, "unit": "mg/dL",
    ...                       "system": "http://unitsofmeasure.org", "code": "mg/dL"},
    ... }
    >>> result = from_observation(observation)
    >>> result.level, mg.classify(result.level).status
    (SerumMagnesium(1.4, 'mg/dL'), <Status.LOW: 'low'>)
    >>> out = to_observation(result.level, mg.classify(result.level))
    >>> out["interpretation"][0]["coding"][0]["code"]
    'L'
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

from magnesium import plausibility, units
from magnesium.errors import (
    ArgumentTypeError,
    InputError,
    MagnesiumError,
    MissingExtraError,
    ParseError,
)
from magnesium.interop import (
    LOINC_CODES,
    LOINC_SYSTEM,
    UCUM_SYSTEM,
    EntryError,
    LabResult,
    reported_level,
    reporting_laboratory_set,
    serum_code,
)
from magnesium.serum import CensoredSerumMagnesium, SerumMagnesium
from magnesium.thresholds import LevelClassification, Status, ThresholdSet

__all__ = [
    "INTERPRETATION_SYSTEM",
    "MAX_JSON_CHARACTERS",
    "from_bundle",
    "from_observation",
    "to_observation",
]

INTERPRETATION_SYSTEM: Final = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
"""The FHIR ``system`` of HL7 v3 ObservationInterpretation codes (L, N, H, LL, HH)."""
MAX_JSON_CHARACTERS: Final = 20_000_000
"""The longest JSON text read: a Bundle of some ten thousand Observations."""

_REFUSED_STATUS: Final = frozenset({"entered-in-error", "cancelled"})
_FLAGGED_STATUS: Final = frozenset({"preliminary", "registered", "unknown"})
_KNOWN_STATUS: Final = frozenset({"final", "amended", "corrected"}) | _REFUSED_STATUS
_UCUM_OF: Final[Mapping[str, str]] = {
    "mg/dL": "mg/dL",
    "mmol/L": "mmol/L",
    "mEq/L": "meq/L",
    "mg/L": "mg/L",
    "umol/L": "umol/L",
}
_WRITTEN_AS: Final[Mapping[str, str]] = {"mEq/L": "mmol/L", "mg/100 mL": "mg/dL"}
"""Units written as another: mEq/L in mmol/L (by the valence), mg/100 mL as mg/dL (equal)."""
_STATUSES: Final = _KNOWN_STATUS | _FLAGGED_STATUS
_LOINC_OF_KIND: Final[Mapping[str, str]] = {"mass": "19123-9", "amount": "2601-3"}


def _loads(text: str | bytes, what: str) -> object:
    if len(text) > MAX_JSON_CHARACTERS:
        raise ParseError(
            f"{text[:20]!r}... ({len(text)} characters)",
            f"{what} as JSON text of at most {MAX_JSON_CHARACTERS} characters",
            "Split the Bundle.",
        )
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        shown = text[:40] if isinstance(text, str) else repr(text[:40])
        raise ParseError(shown, f"{what} as JSON text", f"Fix the JSON: {error}.") from None


def _resource(obj: object, kind: str) -> Mapping[str, Any]:
    """A resource as plain JSON data, from a dict, JSON text or a fhir.resources model."""
    data: object = obj
    dump = getattr(type(obj), "model_dump", None)
    if callable(dump) and not isinstance(obj, type):
        data = dump(obj, mode="json", by_alias=True, exclude_none=True)
    elif isinstance(obj, str | bytes | bytearray):
        data = _loads(bytes(obj) if isinstance(obj, bytearray) else obj, f"a FHIR {kind}")
    if not isinstance(data, Mapping):
        raise ArgumentTypeError(
            plausibility.shown(obj),
            f"a FHIR {kind} as a dict, JSON text or a fhir.resources model",
            f"Pass the {kind} resource itself.",
        )
    if data.get("resourceType") != kind:
        raise InputError(
            plausibility.shown(data.get("resourceType")),
            "resourceType",
            f"{kind!r}",
            f"Pass a FHIR {kind}.",
        )
    return data


def _text(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(plausibility.shown(value), where, "text", f"Send {where} as a string.")
    return value


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InputError(plausibility.shown(value), where, "an object", f"Send {where}.")
    return value


def _list(value: object, where: str) -> Sequence[Any]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        raise InputError(plausibility.shown(value), where, "a list", f"Send {where} as a list.")
    return value


def _loinc(observation: Mapping[str, Any]) -> str:
    code = _mapping(observation.get("code"), "Observation.code")
    seen: list[str] = []
    for coding in _list(code.get("coding"), "Observation.code.coding"):
        coding_map = _mapping(coding, "Observation.code.coding")
        value = _text(coding_map, "code", "Observation.code.coding.code")
        if coding_map.get("system") == LOINC_SYSTEM and value is not None:
            if value.strip() in LOINC_CODES:
                return serum_code(value).code
            seen.append(value)
    if seen:
        return serum_code(seen[0]).code  # refuses the non-magnesium code by name
    raise InputError(
        plausibility.shown(code),
        "Observation.code",
        f"a coding with system {LOINC_SYSTEM!r} and a magnesium code (19123-9 or 2601-3)",
        "Code the Observation with LOINC.",
    )


def _status(observation: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
    status = _text(observation, "status", "Observation.status")
    if status is None or status not in _KNOWN_STATUS | _FLAGGED_STATUS:
        raise InputError(
            plausibility.shown(status),
            "Observation.status",
            "a FHIR Observation status such as 'final'",
            "Send the status.",
        )
    if status in _REFUSED_STATUS:
        raise InputError(
            status,
            "Observation.status",
            "a result that stands ('final', 'amended', 'corrected' or 'preliminary')",
            "The laboratory withdrew this result: do not use its value.",
        )
    return status, ((f"{status} result",) if status in _FLAGGED_STATUS else ())


def _quantity_unit(quantity: Mapping[str, Any], where: str) -> str:
    system = quantity.get("system")
    if system is not None and system != UCUM_SYSTEM:
        raise InputError(
            plausibility.shown(system), f"{where}.system", repr(UCUM_SYSTEM), "Send UCUM units."
        )
    unit = _text(quantity, "code", f"{where}.code") or _text(quantity, "unit", f"{where}.unit")
    if unit is None:
        raise InputError(
            plausibility.shown(dict(quantity)), where, "a UCUM unit in code", "Send the unit."
        )
    return units.canonical_unit(unit)


def _number(quantity: Mapping[str, Any], where: str) -> float:
    value = quantity.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(plausibility.shown(value), f"{where}.value", "a number", "Send it.")
    return value


def _level(
    observation: Mapping[str, Any], code: str
) -> tuple[SerumMagnesium | CensoredSerumMagnesium, tuple[str, ...]]:
    where = "Observation.valueQuantity"
    raw = observation.get("valueQuantity")
    if raw is None:
        absent = observation.get("dataAbsentReason")
        raise InputError(
            plausibility.shown(absent if absent is not None else observation.get("valueString")),
            where,
            "a numeric result with its UCUM unit",
            "The Observation carries no number to read.",
        )
    quantity = _mapping(raw, where)
    unit = _quantity_unit(quantity, where)
    comparator = _text(quantity, "comparator", f"{where}.comparator")
    level = reported_level(_number(quantity, where), unit, comparator)
    return level, _unit_flags(level, code)


def _unit_flags(level: SerumMagnesium | CensoredSerumMagnesium, code: str) -> tuple[str, ...]:
    flags: list[str] = []
    if level.unit == "mEq/L":
        flags.append(f"mEq/L read with magnesium's valence ({units.VALENCE})")
    expected = LOINC_CODES[code].ucum
    if units.unit_kind(level.unit) != units.unit_kind(expected):
        flags.append(f"unit {level.unit} under LOINC {code}, which expects {expected}")
    return tuple(flags)


def _limit(bound: object, where: str) -> tuple[float | None, str | None]:
    if bound is None:
        return None, None
    quantity = _mapping(bound, where)
    if quantity.get("code") is None and quantity.get("unit") is None:
        return _number(quantity, where), None  # in the result's unit
    return _number(quantity, where), _quantity_unit(quantity, where)


def _is_normal_range(item: Mapping[str, Any]) -> bool:
    """A range without a type, or of type ``normal``, that applies to no named subgroup."""
    kind = item.get("type")
    codes = (
        [c.get("code") for c in _list(kind.get("coding"), "type.coding") if isinstance(c, Mapping)]
        if isinstance(kind, Mapping)
        else []
    )
    return (kind is None or "normal" in codes) and not item.get("appliesTo") and not item.get("age")


def _reference_range(
    observation: Mapping[str, Any], unit: str
) -> tuple[ThresholdSet | None, tuple[str, ...]]:
    where = "Observation.referenceRange"
    ranges = [_mapping(item, where) for item in _list(observation.get("referenceRange"), where)]
    chosen = next((item for item in ranges if _is_normal_range(item)), None)
    flags = (f"{len(ranges)} reference ranges sent; the general normal one is used",)
    if chosen is None:
        skipped = ("reference ranges sent for subgroups only; none is used",) if ranges else ()
        return None, skipped
    low, low_unit = _limit(chosen.get("low"), f"{where}.low")
    high, high_unit = _limit(chosen.get("high"), f"{where}.high")
    if low is None and high is None:
        return None, ()
    range_units = {u for u in (low_unit, high_unit) if u is not None}
    if len(range_units) > 1:
        raise InputError(sorted(range_units), where, "one unit", "Send one unit.")
    lab = reporting_laboratory_set(
        low, high, range_units.pop() if range_units else unit, laboratory=_laboratory(observation)
    )
    return lab, flags if len(ranges) > 1 else ()


def _laboratory(observation: Mapping[str, Any]) -> str:
    for performer in _list(observation.get("performer"), "Observation.performer"):
        if isinstance(performer, Mapping) and isinstance(performer.get("display"), str):
            name = str(performer["display"]).strip()
            if name:
                return name
    return "reporting laboratory"


def _lab_flag(observation: Mapping[str, Any]) -> str | None:
    for concept in _list(observation.get("interpretation"), "Observation.interpretation"):
        codings = _list(_mapping(concept, "Observation.interpretation").get("coding"), "coding")
        for coding in codings:
            if isinstance(coding, Mapping) and isinstance(coding.get("code"), str):
                return str(coding["code"])
    return None


def from_observation(observation: object) -> LabResult:
    """Read a serum or plasma magnesium FHIR Observation.

    Args:
        observation: A FHIR R4 Observation as a dict, JSON text or a
            ``fhir.resources`` model (R4B; R5 where the shape is the same).

    Returns:
        The level in its reported unit (UCUM ``mg/dL``, ``mmol/L``, or ``meq/L``
        read with the valence 2), the LOINC code, the status, ``effectiveDateTime``,
        the laboratory's reference range as a threshold set cited as the
        reporting laboratory, the laboratory's interpretation code, and flags
        (a preliminary result, a unit read with the valence).

    Raises:
        InputError: If the code is not a serum or plasma magnesium LOINC code
            (other magnesium codes are named with the library's type for them),
            the status is ``entered-in-error`` or ``cancelled``, or a field is
            missing or malformed.
        ParseError: If the text is not JSON, or the value is censored
            (``comparator``): the library reads measured values only for now.
        UnitError: If the unit is not mg/dL, mmol/L or meq/L.
        ImplausibleValueError: If the value is not a plausible concentration.
        ArgumentTypeError: If *observation* is not a dict, text or model.

    Examples:
        >>> result = from_observation('''{"resourceType": "Observation", "status": "preliminary",
        ...   "code": {"coding": [{"system": "http://loinc.org", "code": "2601-3"}]},
        ...   "effectiveDateTime": "2026-11-30T08:15:00Z",
        ...   "valueQuantity": {"value": 1.3, "system": "http://unitsofmeasure.org",
        ...                     "code": "meq/L"},
        ...   "referenceRange": [{"low": {"value": 1.3, "code": "meq/L"},
        ...                       "high": {"value": 2.1, "code": "meq/L"}}]}''')
        >>> result.level.mmol_per_l, result.effective
        (0.65, '2026-11-30T08:15:00Z')
        >>> result.flags
        ('preliminary result', "mEq/L read with magnesium's valence (2)")
        >>> result.reference_range.title
        "The reporting laboratory's reference range 1.3-2.1 mEq/L"
    """
    data = _resource(observation, "Observation")
    status, status_flags = _status(data)
    code = _loinc(data)
    level, unit_flags = _level(data, code)
    identifier = _text(data, "id", "Observation.id")
    lab, range_flags = _reference_range(data, level.unit)
    return LabResult(
        level=level,
        loinc=code,
        status=status,
        effective=_text(data, "effectiveDateTime", "Observation.effectiveDateTime"),
        reference_range=lab,
        lab_flag=_lab_flag(data),
        flags=status_flags + unit_flags + range_flags,
        origin=f"Observation/{identifier}" if identifier else "Observation",
    )


def from_bundle(bundle: object) -> tuple[LabResult | EntryError, ...]:
    """Read every entry of a FHIR Bundle: a result, or an error in the entry's place.

    One entry that cannot be read (another analyte, a withdrawn result, a
    malformed value) does not fail the batch: its place holds an
    [`EntryError`][magnesium.interop.EntryError] naming the entry and the problem.

    Raises:
        ParseError: If the text is not JSON.
        InputError, ArgumentTypeError: If *bundle* is not a Bundle with a list of entries.

    Examples:
        >>> entries = [{"resource": {"resourceType": "Observation", "status": "final",
        ...     "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
        ...     "valueQuantity": {"value": value, "code": unit}}}
        ...     for code, value, unit in [("19123-9", 1.9, "mg/dL"), ("2823-3", 4.1, "mmol/L")]]
        >>> results = from_bundle({"resourceType": "Bundle", "type": "collection",
        ...                        "entry": entries})
        >>> [type(result).__name__ for result in results]
        ['LabResult', 'EntryError']
        >>> results[1].origin, results[1].error
        ('entry 1', 'InputError')
    """
    data = _resource(bundle, "Bundle")
    results: list[LabResult | EntryError] = []
    for index, entry in enumerate(_list(data.get("entry"), "Bundle.entry")):
        origin = f"entry {index}"
        try:
            resource = _mapping(entry, f"Bundle.{origin}").get("resource")
            results.append(from_observation(resource))
        except MagnesiumError as error:
            results.append(
                EntryError(
                    index=index, origin=origin, error=type(error).__name__, message=str(error)
                )
            )
    return tuple(results)


def _interpretation(classification: LevelClassification) -> dict[str, Any]:
    status = classification.status
    code = {Status.LOW: "L", Status.NORMAL: "N", Status.HIGH: "H"}[status]
    if classification.critical and status is not Status.NORMAL:
        code *= 2
    text = f"{status.value} ({classification.label}) by {classification.threshold_set.name}"
    if classification.critical_limits is not None:
        word = "critical" if classification.critical else "not critical"
        text += f"; {word} by {classification.critical_limits.name}"
    return {"coding": [{"system": INTERPRETATION_SYSTEM, "code": code}], "text": text}


def _range(classification: LevelClassification) -> dict[str, Any]:
    table = next(
        t for t in classification.threshold_set.cutoffs if t.unit == classification.unit_used
    )
    normal = [band for band in table.bands if band.status is Status.NORMAL]
    unit = _WRITTEN_AS.get(table.unit, table.unit)
    ucum = _UCUM_OF[unit]
    found: dict[str, Any] = {"text": classification.threshold_set.title}
    if normal and normal[0].lower > 0:
        found["low"] = {
            "value": normal[0].lower,
            "unit": table.unit,
            "system": UCUM_SYSTEM,
            "code": ucum,
        }
    if normal and normal[-1].upper != float("inf"):
        found["high"] = {
            "value": normal[-1].upper,
            "unit": table.unit,
            "system": UCUM_SYSTEM,
            "code": ucum,
        }
    return found


def _in(value: float, unit: str, written: str) -> float:
    return value if unit == written else units.rescale(value, unit, written)


def _notes(classification: LevelClassification) -> list[dict[str, str]]:
    cited = "; ".join(
        f"{source.title}. {source.publisher}"
        + (f" {source.url}" if source.url else "")
        + f" [{source.verification.label}]"
        for source in classification.sources
    )
    return [
        {
            "text": f"Threshold set {classification.threshold_set.name}: "
            f"{classification.threshold_set.title}. Sources: {cited}"
        }
    ]


def to_observation(
    level: SerumMagnesium,
    classification: LevelClassification | None = None,
    *,
    status: str = "final",
    effective: str | None = None,
) -> dict[str, Any]:
    """Write a level, and its classification if given, as a FHIR R4 Observation (JSON data).

    The LOINC code follows the unit: mg/dL is 19123-9; mmol/L is 2601-3; a level
    reported in mEq/L is written in mmol/L under 2601-3 (UCUM's ``eq`` is a mole,
    so ``meq/L`` would not carry magnesium's valence). A classification adds
    ``interpretation`` (HL7 v3 L, N or H; LL or HH where the named critical limits
    call it critical), ``referenceRange`` (the set's normal band, in the unit of
    the cut-offs applied) and the set's sources in ``note``. The result is
    validated with ``fhir.resources`` (R4B Observation, whose shape is R4's).

    Raises:
        ArgumentTypeError: If *level* or *classification* has the wrong type.
        InputError: If the classification is of another level, or *status* or
            *effective* is not text.

    Examples:
        >>> import magnesium as mg
        >>> level = mg.SerumMagnesium.of(0.35, "mmol/L")
        >>> out = to_observation(level, mg.classify(level, critical_limits="homerton"))
        >>> out["code"]["coding"][0]["code"], out["interpretation"][0]["coding"][0]["code"]
        ('2601-3', 'LL')
        >>> out["referenceRange"][0]["low"]["value"], out["referenceRange"][0]["high"]["value"]
        (0.75, 0.95)
        >>> to_observation(mg.SerumMagnesium.of(1.5, "mEq/L"))["valueQuantity"]["value"]
        0.75
    """
    if not isinstance(level, SerumMagnesium):
        raise ArgumentTypeError(
            plausibility.shown(level), "a SerumMagnesium", "Build it with SerumMagnesium.of."
        )
    if classification is not None and not isinstance(classification, LevelClassification):
        raise ArgumentTypeError(
            plausibility.shown(classification), "a LevelClassification or None", "Use classify()."
        )
    if classification is not None and classification.level != level:
        raise InputError(
            str(classification.level),
            "classification",
            f"a classification of {level}",
            "Pass the classification of this level.",
        )
    for name, text in (("status", status), ("effective", effective)):
        if not (isinstance(text, str) or (name == "effective" and text is None)):
            raise InputError(plausibility.shown(text), name, "text", f"Pass {name} as a string.")
    if status not in _STATUSES:
        raise InputError(
            plausibility.shown(status),
            "status",
            "a FHIR Observation status such as 'final' or 'preliminary'",
            "Pass one of FHIR's status codes.",
        )
    unit = _WRITTEN_AS.get(level.unit, level.unit)
    value = level.value if unit == level.unit else units.rescale(level.value, level.unit, unit)
    code = LOINC_CODES[_LOINC_OF_KIND[units.unit_kind(unit)]]
    observation: dict[str, Any] = {
        "resourceType": "Observation",
        "status": status,
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
        "code": {
            "coding": [{"system": LOINC_SYSTEM, "code": code.code, "display": code.long_name}],
            "text": "Magnesium",
        },
        "valueQuantity": {
            "value": value,
            "unit": unit,
            "system": UCUM_SYSTEM,
            "code": _UCUM_OF[unit],
        },
    }
    if effective is not None:
        observation["effectiveDateTime"] = effective
    if classification is not None:
        observation["interpretation"] = [_interpretation(classification)]
        observation["referenceRange"] = [_range(classification)]
        observation["note"] = _notes(classification)
    _validate(observation)
    return observation


def _validate(observation: dict[str, Any]) -> None:
    try:
        model = importlib.import_module("fhir.resources.R4B.observation")
    except ImportError as missing:  # pragma: no cover - the test environment has the extra
        raise MissingExtraError(
            "fhir.resources",
            "fhir.resources (extra 'fhir'), with which to_observation validates its output",
            "Install it: pip install 'magnesium-clinical[fhir]'.",
        ) from missing
    try:
        model.Observation.model_validate(observation)
    except ValueError as error:  # pydantic's ValidationError is a ValueError
        raise InputError(
            observation.get("effectiveDateTime"),
            "Observation",
            "a valid FHIR R4 Observation (effective as a FHIR dateTime, e.g. "
            "'2026-11-30T08:15:00Z')",
            f"Fix the field fhir.resources names: {error}",
        ) from None
