"""Other magnesium analytes: ionised (whole blood), red-cell (RBC) and 24-hour urine magnesium.

Each is its own measurand, never serum total magnesium: an
[`IonizedMagnesium`][magnesium.analytes.IonizedMagnesium] or
[`RbcMagnesium`][magnesium.analytes.RbcMagnesium] is refused where a
[`SerumMagnesium`][magnesium.serum.SerumMagnesium] is expected (by
[`classify`][magnesium.thresholds.classify], for one), and none converts into a
serum level. Each is read against a laboratory's own published
[`ReferenceInterval`][magnesium.analytes.ReferenceInterval], in the unit the
laboratory printed; intervals of different laboratories are never blended.

A 24-hour urine magnesium is read against a named, cited
[`UrineCutoff`][magnesium.analytes.UrineCutoff] (renal wasting or appropriate
conservation in a hypomagnesaemic patient); the amount can be computed from a
concentration and the collection's volume with
[`urine_magnesium_24h_from`][magnesium.analytes.urine_magnesium_24h_from].

Examples:
    >>> reading = classify_analyte(IonizedMagnesium(0.45))
    >>> reading.status, reading.interval.name
    (<Status.LOW: 'low'>, 'spectrum-health-lab805')
    >>> classify_analyte(RbcMagnesium(4.1, "mg/dL"), "quest").status
    <Status.NORMAL: 'normal'>
    >>> classify_analyte(RbcMagnesium(4.1, "mg/dL"), "baystate").status
    <Status.LOW: 'low'>
    >>> interpret_urine_24h(0.7, "mmol/day", "bnssg-2023").interpretation is None
    True
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Final, TypeAlias

import attrs

from magnesium import _knowledge, _show, plausibility, units
from magnesium._fields import checked
from magnesium._frozen import FrozenMapping
from magnesium.errors import (
    ArgumentTypeError,
    InputError,
    LabUnitError,
    LabValueError,
    MagnesiumError,
    UnknownEntryError,
)
from magnesium.sources import Source, Verification, _cite_all, cite, weakest_verification
from magnesium.thresholds import Status
from magnesium.workup import UrineInterpretation, UrineMagnesium24h, urine_magnesium_24h

__all__ = [
    "DEFAULT_INTERVALS",
    "DEFAULT_URINE_CUTOFF",
    "REFERENCE_INTERVALS",
    "URINE_CUTOFFS",
    "Analyte",
    "AnalyteReading",
    "IonisedMagnesium",
    "IonizedMagnesium",
    "RbcMagnesium",
    "ReferenceInterval",
    "UrineCutoff",
    "UrineReading",
    "classify_analyte",
    "get_interval",
    "get_urine_cutoff",
    "interpret_urine_24h",
    "urine_magnesium_24h_from",
]


class Analyte(enum.Enum):
    """A magnesium measurand other than serum total magnesium.

    Examples:
        >>> Analyte("RBC magnesium").name
        'RBC'
    """

    IONIZED_WHOLE_BLOOD = "ionised magnesium, whole blood"
    RBC = "RBC magnesium"
    IONISED_WHOLE_BLOOD = IONIZED_WHOLE_BLOOD
    """Deprecated alias (British spelling) of ``IONIZED_WHOLE_BLOOD``: the same member."""


def _error(label: str) -> plausibility.ErrorFactory:
    def build(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
        return LabValueError(value, f"{name}: {expected}", hint, label)

    return build


def _is(*types: type) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator: *types* or an ArgumentTypeError naming the field."""

    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise ArgumentTypeError(
                plausibility.shown(value),
                f"{attribute.name}: " + " or ".join(t.__name__ for t in types),
                f"Pass {attribute.name} as the library builds it.",
            )

    return check


def _finite(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    plausibility.real(value, attribute.name, error=_error("figure"))


def _mg_dl_to_mmol(value: float) -> float:
    return value * 10 / units.MOLAR_MASS_G_PER_MOL


def _mmol_to_mg_dl(value: float) -> float:
    return value * units.MOLAR_MASS_G_PER_MOL / 10


_UNITS: Final = {"mmol/l": "mmol/L", "mg/dl": "mg/dL"}


def _unit(unit: object, allowed: tuple[str, ...], label: str) -> str:
    key = "".join(unit.split()).casefold() if isinstance(unit, str) else ""
    found = _UNITS.get(key)
    if found is None or found not in allowed:
        raise LabUnitError(
            plausibility.shown(unit),
            " or ".join(allowed),
            f"Give the {label} in the unit the laboratory reported, one of these.",
            label,
        )
    return found


_ION: Final = "ionised magnesium"
_RBC: Final = "RBC magnesium"


def _ionized(value: object) -> float:
    return plausibility.check(value, "mmol_per_l", "ionised_magnesium", error=_error(_ION))


@attrs.frozen
class IonizedMagnesium:
    """An ionised (free) magnesium concentration in whole blood, in mmol/L.

    Not a serum total magnesium: ionised magnesium is a part of the total, and the
    library never converts one into the other.

    Args:
        mmol_per_l: The concentration in mmol/L, as the analyser reports it.

    Raises:
        LabValueError: If the value is not a number in the plausible range.

    Examples:
        >>> IonizedMagnesium(0.55)
        IonizedMagnesium(mmol_per_l=0.55)
        >>> IonizedMagnesium(-1)
        Traceback (most recent call last):
        ...
        magnesium.errors.LabValueError: -1 is not a plausible ionised magnesium: ...
    """

    mmol_per_l: float = attrs.field(converter=_ionized)
    """The concentration in mmol/L."""

    analyte: ClassVar[Analyte] = Analyte.IONIZED_WHOLE_BLOOD
    """What this result is."""

    @property
    def value(self) -> float:
        """The number as reported (in mmol/L)."""
        return self.mmol_per_l

    @property
    def unit(self) -> str:
        """The unit, always ``"mmol/L"``."""
        return "mmol/L"

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


IonisedMagnesium: TypeAlias = IonizedMagnesium
"""Deprecated alias (British spelling) of [`IonizedMagnesium`][magnesium.analytes.IonizedMagnesium].

The same class; import ``IonizedMagnesium`` instead. The alias stays importable for now.
"""


@attrs.frozen
class RbcMagnesium:
    """A red-cell (erythrocyte) magnesium concentration, as the laboratory reported it.

    Not a serum total magnesium, and never converted into one.

    Args:
        value: The number reported.
        unit: ``"mmol/L"`` or ``"mg/dL"`` (any case); kept as reported, so that a
            result is compared exactly with an interval printed in the same unit.

    Raises:
        LabValueError: If the value is not a number in the plausible range.
        LabUnitError: If the unit is not one of those two.

    Examples:
        >>> level = RbcMagnesium(4.86, "MG/DL")
        >>> level, round(level.mmol_per_l, 3)
        (RbcMagnesium(value=4.86, unit='mg/dL'), 2.0)
    """

    value: float = attrs.field()
    """The number as reported, in [`unit`][magnesium.analytes.RbcMagnesium.unit]."""
    unit: str = attrs.field()
    """The unit as reported, ``"mmol/L"`` or ``"mg/dL"``."""

    def __attrs_post_init__(self) -> None:
        unit = _unit(self.unit, ("mmol/L", "mg/dL"), _RBC)
        number = plausibility.real(self.value, "value", error=_error(_RBC))
        mmol = number if unit == "mmol/L" else _mg_dl_to_mmol(number)
        plausibility.check(mmol, "value", "rbc_magnesium", error=_given(self.value, _RBC))
        object.__setattr__(self, "value", number)
        object.__setattr__(self, "unit", unit)

    analyte: ClassVar[Analyte] = Analyte.RBC
    """What this result is."""

    @property
    def mmol_per_l(self) -> float:
        """The concentration in mmol/L (mg/dL x 10 / 24.305)."""
        return self.value if self.unit == "mmol/L" else _mg_dl_to_mmol(self.value)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _interval_unit(unit: object) -> str:
    return _unit(unit, ("mmol/L", "mg/dL"), "reference interval")


@attrs.frozen(kw_only=True, field_transformer=checked)
class ReferenceInterval:
    """One laboratory's reference interval for an analyte, as printed (ends inclusive).

    Examples:
        >>> interval = get_interval("arup")
        >>> interval.analyte.name, interval.unit, interval.lower, interval.upper
        ('RBC', 'mg/dL', 3.6, 7.5)
        >>> interval.status_of(RbcMagnesium(1.48, "mmol/L"))
        <Status.LOW: 'low'>
    """

    name: str = attrs.field(validator=_is(str))
    """The key in `REFERENCE_INTERVALS`."""
    analyte: Analyte = attrs.field(validator=_is(Analyte))
    """What the interval is for."""
    laboratory: str = attrs.field(validator=_is(str))
    """Who publishes it."""
    method: str = attrs.field(validator=_is(str))
    """The method and specimen, as the laboratory describes them."""
    unit: str = attrs.field(converter=_interval_unit)
    """The unit the interval is printed in."""
    lower: float = attrs.field(validator=[_is(int, float), _finite])
    """The lower end (inclusive)."""
    upper: float = attrs.field(validator=[_is(int, float), _finite])
    """The upper end (inclusive)."""
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all)
    """Where it is published."""
    note: str = ""
    """What a reader should know (a discontinued test, a conflict between copies)."""

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of its sources."""
        return weakest_verification(self.sources)

    def status_of(self, result: IonizedMagnesium | RbcMagnesium) -> Status:
        """Where *result* lies: compared in the interval's unit, exactly if reported in it."""
        if not isinstance(result, IonizedMagnesium | RbcMagnesium):
            raise _wrong_type(result)
        if result.analyte is not self.analyte:
            raise InputError(
                plausibility.shown(self.name),
                "interval",
                f"an interval for {result.analyte.value}",
                f"'{self.name}' is for {self.analyte.value}; pick one of "
                + ", ".join(_names(result.analyte))
                + ".",
            )
        if result.unit == self.unit:
            value = result.value
        elif self.unit == "mg/dL":
            value = _mmol_to_mg_dl(result.mmol_per_l)
        else:
            value = result.mmol_per_l
        if value < self.lower:
            return Status.LOW
        return Status.HIGH if value > self.upper else Status.NORMAL

    def __str__(self) -> str:
        return f"{self.name}: {self.lower:g}-{self.upper:g} {self.unit} ({self.laboratory})"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _wrong_type(result: object) -> ArgumentTypeError:
    return ArgumentTypeError(
        plausibility.shown(result),
        "an IonizedMagnesium or an RbcMagnesium",
        "Build the analyte first, e.g. RbcMagnesium(4.5, 'mg/dL'); a serum magnesium is "
        "classified with magnesium.classify, never against another analyte's interval.",
    )


def _load_intervals() -> Mapping[str, ReferenceInterval]:
    table: dict[str, ReferenceInterval] = {}
    for where, row in _knowledge.rows("reference_intervals.toml", "interval"):
        built = _knowledge.build(ReferenceInterval, row, where, cite)
        if built.name in table:
            raise _knowledge.fail(built.name, where, "a unique name", "Rename one.")
        table[built.name] = built
    return FrozenMapping(table)


REFERENCE_INTERVALS: Final[Mapping[str, ReferenceInterval]] = _load_intervals()
"""Every laboratory's interval, by name (read-only)."""

DEFAULT_INTERVALS: Final[Mapping[Analyte, str]] = FrozenMapping(
    {Analyte.IONIZED_WHOLE_BLOOD: "spectrum-health-lab805", Analyte.RBC: "arup"}
)
"""The interval used when none is named, per analyte.

Ionised: Spectrum Health's, read on the laboratory's own page (Greenway et al.
were read in an abstract only). RBC: ARUP's, read on the laboratory's own page,
the one that states its interval in both units. RBC intervals differ between
laboratories (lower ends 3.6 to 4.2 mg/dL): **pass the interval of the
laboratory that measured the sample.**
"""


def _names(analyte: Analyte) -> list[str]:
    return [name for name, interval in REFERENCE_INTERVALS.items() if interval.analyte is analyte]


def get_interval(name: str | ReferenceInterval) -> ReferenceInterval:
    """Return a reference interval by name (any case), or the interval given.

    Raises:
        UnknownEntryError: If no interval has that name (a `LookupError`).

    Examples:
        >>> str(get_interval("Quest"))
        'quest: 4-6.4 mg/dL (Quest Diagnostics Nichols Institute)'
    """
    if isinstance(name, ReferenceInterval):
        return name
    found = REFERENCE_INTERVALS.get(name.strip().casefold()) if isinstance(name, str) else None
    if found is None:
        raise UnknownEntryError(plausibility.shown(name), "reference interval", REFERENCE_INTERVALS)
    return found


@attrs.frozen(kw_only=True)
class AnalyteReading:
    """An analyte's result read against one laboratory's interval.

    Examples:
        >>> reading = classify_analyte(RbcMagnesium(8, "mg/dL"))
        >>> reading.status.value, [s.key for s in reading.sources]
        ('high', ['arup-0092079'])
    """

    result: IonizedMagnesium | RbcMagnesium = attrs.field(
        validator=_is(IonizedMagnesium, RbcMagnesium)
    )
    """The result."""
    interval: ReferenceInterval = attrs.field(validator=_is(ReferenceInterval))
    """The interval it was read against."""
    status: Status = attrs.field(validator=_is(Status))
    """Below, within or above the interval."""

    @property
    def sources(self) -> tuple[Source, ...]:
        """The interval's sources."""
        return self.interval.sources

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the sources."""
        return self.interval.verification

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def classify_analyte(
    result: IonizedMagnesium | RbcMagnesium, interval: str | ReferenceInterval | None = None
) -> AnalyteReading:
    """Read an ionised or RBC magnesium against a laboratory's reference interval.

    Args:
        result: An [`IonizedMagnesium`][magnesium.analytes.IonizedMagnesium] or an
            [`RbcMagnesium`][magnesium.analytes.RbcMagnesium].
        interval: A name from [`REFERENCE_INTERVALS`][magnesium.analytes.REFERENCE_INTERVALS]
            for the same analyte, or ``None`` for its entry in `DEFAULT_INTERVALS`.

    Raises:
        ArgumentTypeError: If *result* is anything else, a serum level included.
        UnknownEntryError: If the interval's name is unknown.
        InputError: If the interval is for another analyte.

    Examples:
        >>> import magnesium as mg
        >>> classify_analyte(mg.SerumMagnesium.of(0.5, "mmol/L"))
        Traceback (most recent call last):
        ...
        magnesium.errors.ArgumentTypeError: SerumMagnesium(0.5, 'mmol/L') has the wrong type: ...
    """
    if not isinstance(result, IonizedMagnesium | RbcMagnesium):
        raise _wrong_type(result)
    chosen = get_interval(DEFAULT_INTERVALS[result.analyte] if interval is None else interval)
    return AnalyteReading(result=result, interval=chosen, status=chosen.status_of(result))


# --- 24-hour urine -----------------------------------------------------------------------------


_DAY_UNITS: Final = {"mmol/day": "mmol/day", "mg/day": "mg/day"}


def _day_unit(unit: object) -> str:
    key = "".join(unit.split()).casefold() if isinstance(unit, str) else ""
    if key not in _DAY_UNITS:
        raise LabUnitError(
            plausibility.shown(unit),
            "mmol/day or mg/day",
            "Give the 24-hour amount in one of these units.",
            "24-hour urine magnesium",
        )
    return _DAY_UNITS[key]


@attrs.frozen(kw_only=True, field_transformer=checked)
class UrineCutoff:
    """A source's reading of a 24-hour urine magnesium in a hypomagnesaemic patient.

    Above *wasting_above* the loss is renal; at or below *conserving_to* the
    kidney conserves appropriately (the loss is extrarenal); between the two the
    source gives no reading. Both are in *unit* as the source prints them.

    Examples:
        >>> cutoff = get_urine_cutoff("mayo-gt-24-mg")
        >>> cutoff.unit, cutoff.wasting_above, cutoff.conserving_to
        ('mg/day', 24.0, 24.0)
    """

    name: str = attrs.field(validator=_is(str))
    """The key in `URINE_CUTOFFS`."""
    unit: str = attrs.field(converter=_day_unit)
    """``"mmol/day"`` or ``"mg/day"``, as printed."""
    wasting_above: float = attrs.field(validator=[_is(int, float), _finite])
    """Above this, renal magnesium wasting."""
    conserving_to: float = attrs.field(validator=[_is(int, float), _finite])
    """At or below this, appropriate renal conservation (extrarenal loss)."""
    description: str = attrs.field(validator=_is(str))
    """What the source says, quoted."""
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all)
    """Where it is published."""

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of its sources."""
        return weakest_verification(self.sources)

    def interpret(self, amount: float, unit: str) -> UrineInterpretation | None:
        """Read an amount in *unit*, exactly if *unit* is the cut-off's own; ``None`` between.

        Raises:
            LabValueError: If *amount* is not a plausible 24-hour amount.
            LabUnitError: If *unit* is not mmol/day or mg/day.
        """
        unit = _day_unit(unit)
        excretion = urine_magnesium_24h(amount, unit)
        if unit == self.unit:
            value = float(amount)
        elif self.unit == "mmol/day":
            value = excretion.mmol_per_day
        else:
            value = excretion.mg_per_day
        if value > self.wasting_above:
            return UrineInterpretation.RENAL_WASTING
        return UrineInterpretation.EXTRARENAL if value <= self.conserving_to else None

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _load_cutoffs() -> Mapping[str, UrineCutoff]:
    table: dict[str, UrineCutoff] = {}
    for where, row in _knowledge.rows("urine_cutoffs.toml", "cutoff"):
        built = _knowledge.build(UrineCutoff, row, where, cite)
        if built.name in table:
            raise _knowledge.fail(built.name, where, "a unique name", "Rename one.")
        table[built.name] = built
    return FrozenMapping(table)


URINE_CUTOFFS: Final[Mapping[str, UrineCutoff]] = _load_cutoffs()
"""The published readings of a 24-hour urine magnesium, by name (read-only)."""

DEFAULT_URINE_CUTOFF: Final = "gt-1-mmol"
"""The cut-off used when none is named: > 1 mmol/day, the one
[`urine_magnesium_24h`][magnesium.workup.urine_magnesium_24h] applies, so both agree."""


def get_urine_cutoff(name: str | UrineCutoff | None = None) -> UrineCutoff:
    """Return a 24-hour urine cut-off by name (any case), the default for ``None``.

    Raises:
        UnknownEntryError: If no cut-off has that name (a `LookupError`).

    Examples:
        >>> get_urine_cutoff().name
        'gt-1-mmol'
    """
    if isinstance(name, UrineCutoff):
        return name
    if name is None:
        return URINE_CUTOFFS[DEFAULT_URINE_CUTOFF]
    found = URINE_CUTOFFS.get(name.strip().casefold()) if isinstance(name, str) else None
    if found is None:
        raise UnknownEntryError(plausibility.shown(name), "24-hour urine cut-off", URINE_CUTOFFS)
    return found


@attrs.frozen(kw_only=True, field_transformer=checked)
class UrineReading:
    """A 24-hour urine magnesium read by one source's cut-offs.

    Examples:
        >>> reading = interpret_urine_24h(30, "mg/day", "mayo-gt-24-mg")
        >>> reading.interpretation.value, round(reading.excretion.mmol_per_day, 3)
        ('renal magnesium wasting', 1.234)
    """

    excretion: UrineMagnesium24h = attrs.field(validator=_is(UrineMagnesium24h))
    """The amount excreted in 24 hours."""
    cutoff: UrineCutoff = attrs.field(validator=_is(UrineCutoff))
    """The cut-offs it was read by."""
    interpretation: UrineInterpretation | None = attrs.field(
        validator=_is(UrineInterpretation, type(None))
    )
    """Renal wasting, extrarenal loss, or ``None`` between the source's cut-offs."""

    @property
    def sources(self) -> tuple[Source, ...]:
        """The cut-off's sources."""
        return self.cutoff.sources

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the sources."""
        return self.cutoff.verification

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def interpret_urine_24h(
    value: float, unit: str = "mmol/day", cutoff: str | UrineCutoff | None = None
) -> UrineReading:
    """Read a 24-hour urine magnesium of a hypomagnesaemic patient by a named source.

    The amount is compared in the cut-off's own unit, exactly when it is given in it.

    Args:
        value: The amount excreted in 24 hours.
        unit: ``"mmol/day"`` or ``"mg/day"`` (any case).
        cutoff: A name from [`URINE_CUTOFFS`][magnesium.analytes.URINE_CUTOFFS], or
            ``None`` for [`DEFAULT_URINE_CUTOFF`][magnesium.analytes.DEFAULT_URINE_CUTOFF].

    Raises:
        LabValueError: If *value* is not a plausible amount.
        LabUnitError: If *unit* is not one of those two.
        UnknownEntryError: If the cut-off's name is unknown.

    Examples:
        >>> interpret_urine_24h(24, "mg/day", "mayo-gt-24-mg").interpretation.value
        'extrarenal loss (intake, gut or shift)'
        >>> interpret_urine_24h(20, "mg/day", "cmdt-10-30-mg").interpretation is None
        True
    """
    chosen = get_urine_cutoff(cutoff)
    key = _day_unit(unit)
    return UrineReading(
        excretion=urine_magnesium_24h(value, key),
        cutoff=chosen,
        interpretation=chosen.interpret(value, key),
    )


_CONCENTRATION: Final = {"mmol/l": 1.0, "meq/l": 1 / units.VALENCE}


def urine_magnesium_24h_from(concentration: float, unit: str, volume_l: float) -> UrineMagnesium24h:
    """The 24-hour amount from a collection's magnesium concentration and its volume.

    amount (mmol/day) = concentration (mmol/L) x volume (L) of the whole 24-hour
    collection; mg/dL is converted with the molar mass of magnesium.

    Args:
        concentration: The magnesium concentration of the collection.
        unit: ``"mmol/L"``, ``"mg/dL"`` or ``"mEq/L"`` (any case).
        volume_l: The collection's volume in litres.

    Raises:
        LabValueError: If the concentration or the volume is not plausible.
        LabUnitError: If *unit* is not one of those three.

    Examples:
        >>> round(urine_magnesium_24h_from(2.0, "mmol/L", 1.5).mmol_per_day, 3)
        3.0
        >>> round(urine_magnesium_24h_from(4.8, "mg/dL", 1.2).mg_per_day, 1)
        57.6
    """
    label = "24-hour urine magnesium"
    key = "".join(unit.split()).casefold() if isinstance(unit, str) else ""
    if key == "mg/dl":
        factor = 10 / units.MOLAR_MASS_G_PER_MOL
    elif key in _CONCENTRATION:
        factor = _CONCENTRATION[key]
    else:
        raise LabUnitError(
            plausibility.shown(unit),
            "mmol/L, mg/dL or mEq/L",
            "Give the collection's concentration in one of these units.",
            label,
        )
    number = plausibility.real(concentration, "concentration", error=_error(label))
    mmol_per_l = plausibility.check(
        number * factor, "concentration", "urine_magnesium", error=_given(concentration, label)
    )
    volume = plausibility.check(volume_l, "volume_l", "urine_volume_24h", error=_error(label))
    return urine_magnesium_24h(mmol_per_l * volume, "mmol/day")


def _given(given: object, label: str) -> plausibility.ErrorFactory:
    def build(_value: object, name: str, expected: str, hint: str) -> MagnesiumError:
        return LabValueError(given, f"{name}: {expected}", hint, label)

    return build
