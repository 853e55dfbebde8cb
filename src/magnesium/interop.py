"""LOINC codes for magnesium, and a laboratory result as a message carries it (no extra needed).

The core of the FHIR and HL7 v2 adapters ([`magnesium.fhir`][magnesium.fhir],
[`magnesium.hl7`][magnesium.hl7]): the table of LOINC codes the library knows
([`LOINC_CODES`][magnesium.interop.LOINC_CODES]), each with its LOINC long name,
property, system, scale, the UCUM unit it expects and what the library does with
it; the result read from a message ([`LabResult`][magnesium.interop.LabResult]);
the reporting laboratory's own reference range as a threshold set
([`reporting_laboratory_set`][magnesium.interop.reporting_laboratory_set]); and a
check of the laboratory's flag against a chosen set
([`flag_agrees`][magnesium.interop.flag_agrees]).

Only serum or plasma total magnesium becomes a result. The other magnesium codes
are known so that they are refused by name, with the library's type for them
(ionised, RBC and 24-hour urine magnesium are in
[`magnesium.analytes`][magnesium.analytes]), never read as a serum level.

Examples:
    >>> row = get_loinc("2601-3")
    >>> row.long_name, row.ucum, row.use
    ('Magnesium [Moles/volume] in Serum or Plasma', 'mmol/L', <LoincUse.SERUM: 'serum'>)
    >>> get_loinc("2597-3").use
    <LoincUse.RBC: 'RBC'>
    >>> lab = reporting_laboratory_set(1.6, 2.6, "mg/dL")
    >>> import magnesium as mg
    >>> mg.classify("1.5 mg/dL", lab).status
    <Status.LOW: 'low'>
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from typing import Final

import attrs

from magnesium import _knowledge, _show, plausibility, units
from magnesium._fields import checked
from magnesium._frozen import FrozenMapping
from magnesium.errors import (
    ArgumentTypeError,
    DefinitionError,
    InputError,
    UnknownEntryError,
)
from magnesium.serum import CensoredSerumMagnesium, SerumMagnesium
from magnesium.sources import Source, Verification, _cite_all, cite, weakest_verification
from magnesium.thresholds import (
    Band,
    Cutoffs,
    Population,
    Status,
    ThresholdSet,
    classify,
    get_threshold_set,
)

__all__ = [
    "LOINC_CODES",
    "LOINC_SYSTEM",
    "REPORTING_LABORATORY",
    "UCUM_SYSTEM",
    "EntryError",
    "LabResult",
    "LoincCode",
    "LoincUse",
    "flag_agrees",
    "get_loinc",
    "reported_level",
    "reporting_laboratory_set",
    "serum_code",
]

LOINC_SYSTEM: Final = "http://loinc.org"
"""The FHIR ``system`` of LOINC codings."""
UCUM_SYSTEM: Final = "http://unitsofmeasure.org"
"""The FHIR ``system`` of UCUM units."""
REPORTING_LABORATORY: Final = "reporting-laboratory"
"""The name of a threshold set built from a result's own reference range."""


class LoincUse(enum.Enum):
    """What the library does with a LOINC code.

    Examples:
        >>> LoincUse("RBC").name
        'RBC'
    """

    SERUM = "serum"
    """Serum or plasma total magnesium: read as a `SerumMagnesium`."""
    IONIZED = "ionised"
    """Ionized magnesium in blood: refused; see `magnesium.analytes.IonizedMagnesium`."""
    RBC = "RBC"
    """Red-cell magnesium: refused; see `magnesium.analytes.RbcMagnesium`."""
    URINE_24H = "24-hour urine"
    """24-hour urine output: refused; see `magnesium.analytes.interpret_urine_24h`."""
    URINE_SPOT = "spot urine"
    """A spot urine concentration: refused (the library reads none)."""
    IONISED = IONIZED
    """Deprecated alias (British spelling) of ``IONIZED``: the same member."""


_REFUSAL: Final[Mapping[LoincUse, str]] = FrozenMapping(
    {
        LoincUse.IONIZED: "Read it with magnesium.analytes.IonizedMagnesium and "
        "classify_analyte; it is never a serum level.",
        LoincUse.RBC: "Read it with magnesium.analytes.RbcMagnesium and classify_analyte; "
        "it is never a serum level.",
        LoincUse.URINE_24H: "Read it with magnesium.analytes.interpret_urine_24h; it is "
        "never a serum level.",
        LoincUse.URINE_SPOT: "A spot urine magnesium is not interpreted by this library "
        "(a fractional excretion needs serum and urine creatinine too).",
    }
)


@attrs.frozen(kw_only=True, field_transformer=checked)
class LoincCode:
    """One LOINC code for magnesium: its LOINC name and parts, and what the library does with it.

    Args:
        code: The LOINC code, e.g. ``"19123-9"``.
        long_name: LOINC's long common name, as read in the cited copy.
        loinc_property: The LOINC property (``MCnc`` mass concentration, ``SCnc``
            substance concentration, ``MRat`` mass rate, ``SRat`` substance rate).
        system: The LOINC system (specimen), e.g. ``Ser/Plas``.
        scale: The LOINC scale (``Qn``: quantitative).
        ucum: The UCUM unit a result under this code is expected in.
        use: What the library does with a result under this code.
        sources: What was read: copies of LOINC's name, and laboratories' uses.
        note: Caveats, such as a code resting on one third-party file.

    Examples:
        >>> print(get_loinc("19123-9"))
        19123-9 Magnesium [Mass/volume] in Serum or Plasma (mg/dL): serum
    """

    code: str
    """The LOINC code."""
    long_name: str
    """LOINC's long common name."""
    loinc_property: str
    """The LOINC property."""
    system: str
    """The LOINC system (specimen)."""
    scale: str
    """The LOINC scale."""
    ucum: str
    """The UCUM unit expected."""
    use: LoincUse
    """What the library does with it."""
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all)
    """What was read."""
    note: str = ""
    """Caveats."""

    def __attrs_post_init__(self) -> None:
        if not self.sources:
            raise DefinitionError(self.code, "a cited LOINC code", "Cite at least one Source.")

    @property
    def verification(self) -> Verification:
        """How well the row was checked: the weakest level of its sources.

        Examples:
            >>> get_loinc("2599-9").verification
            <Verification.UNVERIFIED: 'unverified'>
        """
        return weakest_verification(self.sources)

    def __str__(self) -> str:
        return f"{self.code} {self.long_name} ({self.ucum}): {self.use.value}"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _loinc_codes() -> Mapping[str, LoincCode]:
    table: dict[str, LoincCode] = {}
    for where, row in _knowledge.rows("loinc.toml", "code"):
        code = _knowledge.build(LoincCode, row, where, cite)
        if code.code in table:
            raise _knowledge.fail(code.code, where, "a unique LOINC code", "Remove one of the two.")
        table[code.code] = code
    return FrozenMapping(table)


LOINC_CODES: Final[Mapping[str, LoincCode]] = _knowledge.LazyTable(_loinc_codes)
"""The magnesium LOINC codes the library knows, by code (read-only).

Examples:
    >>> sorted(code for code, row in LOINC_CODES.items() if row.use is LoincUse.SERUM)
    ['19123-9', '2601-3']
"""


def get_loinc(code: str) -> LoincCode:
    """Return the row of a magnesium LOINC code.

    Raises:
        UnknownEntryError: If the code is not one of
            [`LOINC_CODES`][magnesium.interop.LOINC_CODES] (a `LookupError`).

    Examples:
        >>> get_loinc(" 24447-5 ").use
        <LoincUse.URINE_24H: '24-hour urine'>
        >>> get_loinc("2823-3")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnknownEntryError: '2823-3' is not a known magnesium LOINC code: ...
    """
    found = LOINC_CODES.get(code.strip()) if isinstance(code, str) else None
    if found is None:
        raise UnknownEntryError(plausibility.shown(code), "magnesium LOINC code", LOINC_CODES)
    return found


def serum_code(code: str) -> LoincCode:
    """Return the row of a serum or plasma magnesium code, or refuse any other code by name.

    Raises:
        InputError: If *code* is another magnesium code (ionised, RBC, urine: the
            message names the library's type for it) or not a magnesium code at all.

    Examples:
        >>> serum_code("19123-9").ucum
        'mg/dL'
        >>> serum_code("2597-3")
        Traceback (most recent call last):
        ...
        magnesium.errors.InputError: '2597-3' is not a usable LOINC code: expected a serum ...
    """
    row = LOINC_CODES.get(code.strip()) if isinstance(code, str) else None
    expected = "a serum or plasma magnesium code (19123-9 or 2601-3)"
    if row is None:
        raise InputError(
            plausibility.shown(code),
            "LOINC code",
            expected,
            "This code is not a magnesium code the library knows; pass magnesium results only.",
        )
    if row.use is not LoincUse.SERUM:
        raise InputError(code, "LOINC code", f"{expected}, not {row.long_name}", _REFUSAL[row.use])
    return row


@attrs.frozen(kw_only=True, field_transformer=checked)
class LabResult:
    """A serum or plasma magnesium result as a FHIR Observation or an HL7 v2 OBX carried it.

    Args:
        level: The level in the unit reported: measured, or censored when the
            message carried a comparator (FHIR ``comparator``, HL7 SN ``<^0.5``).
        loinc: The LOINC code of the result.
        status: The result status as sent (FHIR ``status``; HL7 OBX-11 as its FHIR word).
        effective: When the sample was taken, as sent (FHIR ``effectiveDateTime``,
            HL7 OBX-14); ``None`` if not sent.
        reference_range: The reporting laboratory's own interval as a threshold set
            ([`reporting_laboratory_set`][magnesium.interop.reporting_laboratory_set]);
            ``None`` if none was sent.
        lab_flag: The laboratory's abnormal flag as sent (FHIR ``interpretation``
            code, HL7 OBX-8), e.g. ``"L"``; ``None`` if none.
        flags: What a reader should know: a preliminary result, a unit read with
            the valence.
        origin: Where in the message the result stood, e.g. ``"OBX 2"``.

    Examples:
        >>> import magnesium as mg
        >>> result = LabResult(level=mg.SerumMagnesium.of(1.4, "mg/dL"), loinc="19123-9",
        ...                    status="final", lab_flag="L")
        >>> print(result)
        1.4 mg/dL (0.576 mmol/L), LOINC 19123-9, final, lab flag L
    """

    level: SerumMagnesium | CensoredSerumMagnesium
    """The level: measured, or censored (only a bound, such as ``<0.5 mmol/L``)."""
    loinc: str
    """The LOINC code."""
    status: str
    """The result status as sent."""
    effective: str | None = None
    """When the sample was taken, as sent."""
    reference_range: ThresholdSet | None = None
    """The laboratory's own interval as a threshold set."""
    lab_flag: str | None = None
    """The laboratory's abnormal flag as sent."""
    flags: tuple[str, ...] = ()
    """What a reader should know."""
    origin: str = ""
    """Where in the message the result stood."""

    def __str__(self) -> str:
        parts = [str(self.level), f"LOINC {self.loinc}", self.status]
        if self.effective is not None:
            parts.append(f"taken {self.effective}")
        if self.lab_flag is not None:
            parts.append(f"lab flag {self.lab_flag}")
        parts += list(self.flags)
        return ", ".join(parts)

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class EntryError:
    """One entry of a batch (a Bundle entry, an OBX segment) that could not be read.

    A batch reader returns one of these in the entry's place, so one bad entry
    does not fail the batch.

    Args:
        index: The entry's position in the batch, from 0.
        origin: Where the entry stood, e.g. ``"entry 3"`` or ``"OBX 2"``.
        error: The name of the `MagnesiumError` class raised.
        message: Its message: the value as written, what was expected, how to fix it.

    Examples:
        >>> print(EntryError(index=1, origin="OBX 2", error="InputError", message="..."))
        OBX 2: InputError: ...
    """

    index: int
    """The entry's position in the batch, from 0."""
    origin: str
    """Where the entry stood."""
    error: str
    """The name of the error class raised."""
    message: str
    """The error's message."""

    def __str__(self) -> str:
        return f"{self.origin}: {self.error}: {self.message}"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _reporting_source(laboratory: str) -> Source:
    return Source(
        key=REPORTING_LABORATORY,
        title="Reference range printed with the result",
        publisher=laboratory,
        year=None,
        identifier="the result message's own reference range",
        note="The interval the reporting laboratory sent with this result; it applies to "
        "this laboratory's method and population only.",
    )


def _finite(value: object, name: str) -> float:
    return plausibility.real(value, name, error=_range_error)


def _range_error(value: object, name: str, expected: str, hint: str) -> InputError:
    return InputError(value, f"reference range {name}", expected, hint)


def reporting_laboratory_set(
    low: float | None, high: float | None, unit: str, *, laboratory: str = "reporting laboratory"
) -> ThresholdSet:
    """Return a laboratory's own reference range as a threshold set, cited as the laboratory.

    A level below *low* is low, from *low* to *high* (both included) normal, and
    above *high* high; a range with one limit has two bands.

    Args:
        low: The lower limit, or ``None``.
        high: The upper limit, or ``None``.
        unit: The unit of the limits (mg/dL, mmol/L or mEq/L).
        laboratory: Who reported it, for the citation.

    Raises:
        InputError: If there is no limit, a limit is not a number >= 0, or *low*
            is not below *high*.
        UnitError: If *unit* is not accepted.

    Examples:
        >>> lab = reporting_laboratory_set(0.7, 1.0, "mmol/L", laboratory="York")
        >>> [band.status.value for band in lab.cutoffs[0].bands]
        ['low', 'normal', 'high']
        >>> lab.sources[0].publisher
        'York'
    """
    unit = units.canonical_unit(unit)
    lower = None if low is None else _finite(low, "low")
    upper = None if high is None else _finite(high, "high")
    if lower is None and upper is None:
        raise InputError(None, "reference range", "a low limit, a high limit or both", "Send one.")
    if (lower is not None and lower < 0) or (upper is not None and upper <= 0):
        raise InputError((low, high), "reference range", "limits >= 0", "Send the limits.")
    if lower is not None and upper is not None and not lower < upper:
        raise InputError((low, high), "reference range", "low below high", "Swap them.")
    if not isinstance(laboratory, str) or not laboratory.strip():
        raise InputError(
            plausibility.shown(laboratory), "laboratory", "a name", "Name the laboratory."
        )
    bands = _bands(lower, upper)
    described = f"{_number(lower)}-{_number(upper)} {unit}"
    return ThresholdSet(
        name=REPORTING_LABORATORY,
        title=f"The reporting laboratory's reference range {described}",
        population=Population.ADULT,
        cutoffs=(Cutoffs(unit, bands),),
        sources=(_reporting_source(laboratory.strip()),),
        description="The interval sent with the result, as the laboratory printed it.",
    )


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _bands(lower: float | None, upper: float | None) -> tuple[Band, ...]:
    bands: list[Band] = []
    start = 0.0
    if lower is not None and lower > 0:
        bands.append(Band(lower=0, upper=lower, status=Status.LOW, label="below the range"))
        start = lower
    end = math.inf if upper is None else upper
    bands.append(
        Band(
            lower=start,
            upper=end,
            status=Status.NORMAL,
            label="within the range",
            includes_upper=upper is not None,
        )
    )
    if upper is not None:
        bands.append(
            Band(
                lower=upper,
                upper=math.inf,
                status=Status.HIGH,
                label="above the range",
                includes_lower=False,
            )
        )
    return tuple(bands)


def reported_level(
    value: float, unit: str, comparator: str | None
) -> SerumMagnesium | CensoredSerumMagnesium:
    """Return the level a reported value stands for: measured, or (with a comparator) censored.

    The one place that decides it, for FHIR (``Quantity.comparator``) and HL7 v2
    (SN) alike: ``<``, ``<=``, ``>`` or ``>=`` make a
    [`CensoredSerumMagnesium`][magnesium.serum.CensoredSerumMagnesium], which
    `classify` decides only where the bound decides it; no comparator, or ``=``
    (HL7 SN), is a measured value.

    Raises:
        InputError: If *comparator* is not one of these.
        UnitError, ImplausibleValueError: As `SerumMagnesium` raises them.

    Examples:
        >>> reported_level(0.5, "mmol/L", None)
        SerumMagnesium(0.5, 'mmol/L')
        >>> print(reported_level(0.5, "mmol/L", "<"))
        <0.5 mmol/L
    """
    if comparator is not None and not isinstance(comparator, str):
        raise ArgumentTypeError(
            plausibility.shown(comparator),
            "a comparator ('<', '<=', '>', '>=', '=') or None",
            "Pass the comparator as text.",
        )
    if comparator is None or comparator == "=":
        return SerumMagnesium(value, unit)
    return CensoredSerumMagnesium(comparator, value, unit)


_FLAG_STATUS: Final[Mapping[str, Status]] = FrozenMapping(
    {
        "L": Status.LOW,
        "LL": Status.LOW,
        "<": Status.LOW,
        "N": Status.NORMAL,
        "H": Status.HIGH,
        "HH": Status.HIGH,
        ">": Status.HIGH,
    }
)
"""HL7 abnormal flags (v2 table 0078, v3 ObservationInterpretation) with a direction."""


def flag_agrees(result: LabResult, threshold_set: str | ThresholdSet | None = None) -> bool | None:
    """Return whether the laboratory's flag agrees with the status under a threshold set.

    ``L``/``LL`` agree with low, ``N`` with normal, ``H``/``HH`` with high.

    Args:
        result: A result with the laboratory's flag.
        threshold_set: The set to compare with: a name, a set, or ``None`` for the
            library's default.

    Returns:
        ``None`` where the result carries no flag, or one without a direction
        (``A``, abnormal).

    Raises:
        ArgumentTypeError: If *result* is not a `LabResult`.
        UnknownEntryError: If the set's name is unknown.

    Examples:
        >>> import magnesium as mg
        >>> result = LabResult(level=mg.SerumMagnesium.of(1.7, "mg/dL"), loinc="19123-9",
        ...                    status="final", lab_flag="N")
        >>> flag_agrees(result, "iom-1997"), flag_agrees(result, "medlineplus")
        (False, True)
    """
    if not isinstance(result, LabResult):
        raise ArgumentTypeError(
            plausibility.shown(result), "a LabResult", "Read it with magnesium.fhir or hl7."
        )
    chosen = get_threshold_set(threshold_set)
    flag = _FLAG_STATUS.get((result.lab_flag or "").strip().upper())
    if flag is None:
        return None
    status = classify(result.level, chosen).status
    return None if status is None else status is flag  # None: a bound that does not decide
