"""Institutional magnesium replacement protocols as data: load, validate, apply.

A hospital's sliding scale ("serum magnesium in band A: x g magnesium sulfate IV over
y hours; recheck at z hours; eGFR < 30: do this instead") is a TOML file read with the
standard library's `tomllib` (data only: nothing in it is executed). On load it is
checked against the library's safety laws (`Law`): bands without gaps or overlaps,
no dose above a limit the library knows, no magnesium at or above the upper reference
limit, a renal exclusion and a recheck in every band, no infusion faster than the
label's rate. A protocol that breaks a law is refused with a `DefinitionError` naming
the file, the protocol, the band and the law, unless the file (or the caller) gives an
explicit `Override` with a reason and an approver; overrides are logged and shown in
every result.

**This models published or locally approved guidance; it is not a prescriber.**

Examples:
    >>> from magnesium.protocols import PROTOCOLS, apply_protocol
    >>> sorted(PROTOCOLS)
    ['nhs-highland', 'trauma-scc-icu']
    >>> result = apply_protocol("0.4 mmol/L", "nhs-highland", egfr=60)
    >>> result.band, result.regimens[0].doses, result.recheck_hours
    ('less than 0.5', 3, 30.0)
    >>> apply_protocol("0.4 mmol/L", "nhs-highland", egfr=20).regimens
    ()
"""

from __future__ import annotations

import enum
import logging
import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Final, TypeVar

import attrs

from magnesium import _regimen_rows as _table
from magnesium import _show, plausibility, units
from magnesium import errors as _errors
from magnesium._fields import checked, to_tuple
from magnesium._frozen import FrozenMapping
from magnesium.errors import (
    ArgumentTypeError,
    DefinitionError,
    InputError,
    MagnesiumError,
    UnknownEntryError,
)
from magnesium.repletion import HYPERMAGNESEMIA_ABOVE_MMOL_PER_L, Limit, LimitKind, Regimen, _limit
from magnesium.salts import ElementalDose, Route, Salt, get_salt, salt_grams
from magnesium.serum import SerumMagnesium
from magnesium.sources import Source, Verification, cite, weakest_verification

__all__ = [
    "MAX_PROTOCOL_BYTES",
    "PROTOCOLS",
    "ExpectedResponse",
    "Law",
    "Override",
    "Protocol",
    "ProtocolBand",
    "ProtocolResult",
    "apply_protocol",
    "check_protocol",
    "load_protocol",
    "protocol_dict",
    "protocol_table",
]

MAX_PROTOCOL_BYTES: Final = 65_536
"""The largest protocol file or text read, in bytes (a sliding scale fits in a few kB)."""

FORMAT: Final = 1
"""The version of the protocol file format (``format = 1``)."""

_LOG: Final = logging.getLogger("magnesium.protocols")

# Two published rules of thumb for the rise per gram of IV magnesium sulfate, as their
# sources state them, and the studies that tested them.
_RULE_HIGH_MEQ_PER_L: Final = 0.15  # jicm-2019-mg-rule-of-thumb
_RULE_LOW_MG_PER_DL: Final = 0.1  # friendly-intern-2016-mg
_RULE_SOURCES: Final = (
    "jicm-2019-mg-rule-of-thumb",
    "friendly-intern-2016-mg",
    "kwon-lucas-evans-jhm",
)
_RULE_TEXT: Final = (
    (
        'The ICU "rule of thumb" that 1 g of IV magnesium sulfate raises serum magnesium '
        "0.15 mEq/L (0.075 mmol/L), as the study that tested it states it"
    ),
    (
        "A ward teaching rule that IV magnesium raises it 0.1 mg/dL (0.041 mmol/L) per gram "
        "(a blog summary of a CliniCalc article)"
    ),
)
_RULE_CAVEAT: Final = (
    "Estimates, never a promise: in a medical ICU the 0.15 mEq/L rule predicted the target in "
    "89 of 89 episodes, and it was reached in 49 (printed as 59.8%); in 24,363 doses given "
    "to veterans with heart failure the average level fell back below 2.0 mg/dL within 24 h, "
    "and after 2 g doses fewer than half of the adjusted levels stayed above it at 12 h. "
    "Recheck the level; do not dose to a predicted value."
)


class Law(enum.Enum):
    """A safety law that a protocol must keep (each can be overridden, with a reason).

    Examples:
        >>> Law("renal-exclusion").name
        'RENAL_EXCLUSION'
    """

    GAP = "gap"
    """The bands leave part of the protocol's stated range uncovered."""
    OVERLAP = "overlap"
    """Two bands cover the same level."""
    ABOVE_UPPER_LIMIT = "above-upper-limit"
    """A band offers magnesium at or above an upper reference limit."""
    DOSE_LIMIT = "dose-limit"
    """A dose exceeds a limit the library knows (per dose, per day, per 48 h, per kg)."""
    RATE = "rate"
    """An IV dose runs faster than the label's rate limit, or has no infusion time."""
    RENAL_EXCLUSION = "renal-exclusion"
    """A band has no eGFR limit, or no instruction for the patients it excludes."""
    RECHECK = "recheck"
    """A band does not say when to recheck serum magnesium."""


_E = TypeVar("_E", bound=enum.Enum)


def _member(kind: type[_E], value: object, what: str, hint: str) -> _E:
    """*value* as a member of *kind* (itself, or its value), else a `DefinitionError`."""
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except (ValueError, TypeError):
        raise DefinitionError(
            plausibility.shown(value),
            f"{what}: " + ", ".join(str(member.value) for member in kind),
            hint,
        ) from None


def _law(value: object) -> Law:
    return _member(Law, value, "a law", "Name the law the override knowingly breaks.")


def _text_required(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, str) and not value.strip():  # a non-string: the type check says so
        raise DefinitionError(
            value, f"a non-empty {attribute.name}", "An override needs a reason and an approver."
        )


@attrs.frozen(kw_only=True, field_transformer=checked)
class Override:
    """A local decision to keep a protocol that breaks a law, with its reason and approver.

    Examples:
        >>> Override(law="recheck", reason="recheck per ward routine", approver="D&T committee")
        Override(law='recheck', reason='recheck per ward routine', approver='D&T committee', ...)
    """

    law: Law = attrs.field(converter=_law)
    """The law knowingly broken."""
    reason: str = attrs.field(validator=_text_required)
    """Why the local policy differs."""
    approver: str = attrs.field(validator=_text_required)
    """Who approved it (a committee, a named clinician)."""
    band: str | None = None
    """The band it applies to; ``None`` for every band."""

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _route(value: object) -> Route:
    hint = "Write the route as the library spells it, e.g. IV or oral."
    return _member(Route, value, "a route", hint)


def _salt(value: object) -> Salt:
    return value if isinstance(value, Salt) else get_salt(value)  # type: ignore[arg-type]


@attrs.frozen(kw_only=True, field_transformer=checked)
class ProtocolBand:
    """One band of a sliding scale: a half-open range ``[lower, upper)`` and what to give.

    Exactly one of ``dose_g`` (grams of the salt), ``dose_mmol`` (mmol of magnesium) or
    ``dose_mg_per_kg`` (mg of salt per kg, capped by ``max_dose_g``) is set.

    Examples:
        >>> from magnesium.protocols import PROTOCOLS
        >>> band = PROTOCOLS["nhs-highland"].bands[0]
        >>> band.label, band.lower, band.upper, round(band.grams(), 3)
        ('less than 0.5', 0.0, 0.5, 4.929)
    """

    label: str
    """The band as the protocol names it."""
    lower: float
    """Lowest level of the band (inclusive), in the protocol's unit."""
    upper: float
    """Upper end of the band (exclusive)."""
    route: Route = attrs.field(converter=_route)
    """How the dose is given."""
    salt: Salt = attrs.field(converter=_salt)
    """The salt (from the library's salt table)."""
    dose_g: float | None = None
    """Grams of the salt per dose."""
    dose_mmol: float | None = None
    """Millimoles of magnesium per dose."""
    dose_mg_per_kg: float | None = None
    """Milligrams of the salt per kg of body weight per dose."""
    max_dose_g: float | None = None
    """The cap of a per-kg dose, in grams of the salt."""
    doses: int | None = None
    """Number of doses; ``None`` for an open-ended daily regimen."""
    interval_hours: float | None = None
    """Hours between doses."""
    infusion_hours: float | None = None
    """Infusion time of one IV dose, in hours."""
    instructions: str = ""
    """The band in the protocol's words."""
    recheck: str = ""
    """When to recheck serum magnesium."""
    recheck_hours: float | None = None
    """Hours from the first dose to the recheck, if the protocol gives a time."""
    escalation: str = ""
    """When to escalate (e.g. notify the physician)."""
    egfr_below: float | None = None
    """Patients with eGFR below this (mL/min/1.73 m2) are excluded from the band."""
    renal_instead: str = ""
    """What to do instead for an excluded renal patient."""
    min_weight_kg: float | None = None
    """Patients lighter than this are excluded."""
    max_weight_kg: float | None = None
    """Patients heavier than this are excluded."""
    weight_instead: str = ""
    """What to do instead for a patient outside the weight limits."""
    exclude_conditions: tuple[str, ...] = ()
    """Concurrent conditions that exclude the band (matched case-insensitively)."""
    conditions_instead: str = ""
    """What to do instead for a patient with one of those conditions."""

    def grams(self, weight_kg: float | None = None) -> float:
        """Grams of salt per dose; a per-kg dose needs *weight_kg* and is capped.

        Raises:
            InputError: If the dose is per kg and *weight_kg* is missing.
        """
        if self.dose_g is not None:
            return self.dose_g
        if self.dose_mmol is not None:
            return salt_grams(ElementalDose.of(self.dose_mmol, "mmol"), self.salt)
        per_kg = self.dose_mg_per_kg or 0.0
        if weight_kg is None:
            raise InputError(None, "weight_kg", "a body weight in kg", "This band is per kg.")
        grams = per_kg * weight_kg / 1000
        return grams if self.max_dose_g is None else min(grams, self.max_dose_g)

    @property
    def offers_magnesium(self) -> bool:
        """Whether the band gives a dose (always, in this format)."""
        return True

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _unit(value: object) -> str:
    try:
        return units.canonical_unit(value)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        raise DefinitionError(
            plausibility.shown(value), "a serum magnesium unit such as mmol/L", "Fix the unit."
        ) from None


@attrs.frozen(kw_only=True, field_transformer=checked)
class Protocol:
    """A named sliding scale with its population, stated range, bands and provenance.

    Examples:
        >>> from magnesium.protocols import PROTOCOLS
        >>> protocol = PROTOCOLS["nhs-highland"]
        >>> protocol.unit, protocol.lower, protocol.upper, len(protocol.bands)
        ('mmol/L', 0.0, 0.7, 2)
        >>> protocol.sources[0].key
        'nhs-highland-hypomagnesaemia'
    """

    name: str
    """A short identifier."""
    title: str
    """What the protocol is, and whose."""
    population: str
    """``adult`` or ``paediatric``."""
    setting: str
    """Where it applies, e.g. ``ward`` or ``ICU``."""
    unit: str = attrs.field(converter=_unit)
    """The unit of the bands' thresholds."""
    lower: float
    """The lowest level the protocol covers (inclusive)."""
    upper: float
    """The level from which the protocol gives nothing (exclusive end of the last band)."""
    bands: tuple[ProtocolBand, ...]
    """The bands, lowest first."""
    sources: tuple[Source, ...] = ()
    """Where the protocol is published (empty for a local protocol)."""
    approved_by: str | None = None
    """For a local protocol: who approved it."""
    version: str | None = None
    """For a local protocol: its version."""
    date: str | None = None
    """For a local protocol: the date of that version."""
    upper_reference: float | None = None
    """The protocol's own upper reference limit, in its unit, if it states one."""
    scope: str = ""
    """Whom the protocol is not for."""
    overrides: tuple[Override, ...] = ()
    """The laws it knowingly breaks, with reasons and approvers."""
    origin: str = "<text>"
    """The file it was read from."""

    @property
    def local(self) -> str | None:
        """'local, approved by ..., version ..., date ...', or ``None`` for a published one."""
        if self.approved_by is None:
            return None
        return f"local, approved by {self.approved_by}, version {self.version}, date {self.date}"

    @property
    def verification(self) -> Verification:
        """The weakest level of its sources (``UNVERIFIED`` for a local protocol)."""
        return weakest_verification(self.sources) if self.sources else Verification.UNVERIFIED

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class ExpectedResponse:
    """A published estimate of the rise in serum magnesium, with its evidence: not a promise.

    Examples:
        >>> from magnesium.protocols import apply_protocol
        >>> response = apply_protocol("0.4 mmol/L", "nhs-highland", egfr=60).expected_response
        >>> round(response.per_gram_low_mmol_per_l, 4), response.per_gram_high_mmol_per_l
        (0.0411, 0.075)
        >>> round(response.rise_per_dose_high_mmol_per_l, 3)
        0.37
    """

    per_gram_low_mmol_per_l: float
    """The lower published estimate of the rise per gram of IV magnesium sulfate (mmol/L)."""
    per_gram_high_mmol_per_l: float
    """The higher published estimate (the ICU rule that a study found optimistic)."""
    rise_per_dose_low_mmol_per_l: float
    """The lower estimate times the grams of one dose."""
    rise_per_dose_high_mmol_per_l: float
    """The higher estimate times the grams of one dose."""
    as_published: tuple[str, ...]
    """The estimates in their sources' words."""
    uncertainty: str
    """What the studies that tested it found."""
    sources: tuple[Source, ...]
    """The estimate and the studies."""

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class ProtocolResult:
    """What a protocol gives for one level and patient, in the `RepletionPlan` family.

    An empty ``regimens`` means the protocol gives nothing here; ``reason``,
    ``excluded`` and ``instead`` say why and what to do. **Not a prescription.**

    Examples:
        >>> from magnesium.protocols import apply_protocol
        >>> result = apply_protocol("0.6 mmol/L", "nhs-highland", egfr=20)
        >>> result.excluded
        ('eGFR 20 < 30',)
        >>> result.instead
        'eGFR less than 30 mL/min: the recommendations halved (NHS Highland).'
    """

    protocol: str
    """The protocol's name."""
    level: SerumMagnesium
    """The serum level applied."""
    value: float
    """The level in the protocol's unit."""
    unit: str
    """The protocol's unit."""
    band: str | None
    """The band the level falls in, if any."""
    regimens: tuple[Regimen, ...]
    """What the band gives (empty when excluded or out of range)."""
    limits: tuple[Limit, ...]
    """The library's limits that bound the regimens."""
    recheck: str
    """When to recheck serum magnesium."""
    recheck_hours: float | None
    """Hours to the recheck, if the protocol gives a time."""
    escalation: str
    """When to escalate."""
    excluded: tuple[str, ...]
    """Why the band's regimen is not given to this patient."""
    instead: str
    """What the protocol says to do instead."""
    expected_response: ExpectedResponse | None
    """The published expected rise, for IV magnesium sulfate; never a promise."""
    warnings: tuple[str, ...]
    """What the user must know: overrides, inputs that could not be checked."""
    overrides: tuple[Override, ...]
    """The protocol's overrides of the safety laws (shown in every result)."""
    reason: str
    """Why this band, or none."""
    sources: tuple[Source, ...]
    """Every source the result relies on, without repeats."""

    @property
    def verification(self) -> Verification:
        """The weakest level of the result's sources."""
        return weakest_verification(self.sources) if self.sources else Verification.UNVERIFIED

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


# --- reading ----------------------------------------------------------------------------

_TOP_KEYS: Final = frozenset(
    {
        "format",
        "name",
        "title",
        "source",
        "also_cites",
        "local",
        "population",
        "setting",
        "unit",
        "lower",
        "upper",
        "upper_reference",
        "scope",
        "band",
        "override",
    }
)
_BAND_KEYS: Final = frozenset(attrs.fields_dict(ProtocolBand))
_LOCAL_KEYS: Final = frozenset({"approved_by", "version", "date"})
_POPULATIONS: Final = ("adult", "paediatric")


def _bad(origin: str, where: str, expected: str, hint: str) -> DefinitionError:
    return DefinitionError(f"{origin}: {where}", expected, hint)


def _read(source: object) -> tuple[str, str]:
    """The text of a protocol and where it came from; refuses anything over the size cap."""
    if isinstance(source, os.PathLike) or (
        isinstance(source, str) and "\n" not in source and source.strip().endswith(".toml")
    ):
        path = Path(os.fspath(source))
        try:
            size = path.stat().st_size
            if size > MAX_PROTOCOL_BYTES:
                raise _bad(
                    str(path),
                    f"{size} bytes",
                    f"a protocol file of at most {MAX_PROTOCOL_BYTES} bytes",
                    "A sliding scale fits in a few kB: is this the right file?",
                )
            data = path.read_bytes()[: MAX_PROTOCOL_BYTES + 1]
        except OSError as error:
            raise _bad(
                str(path), "cannot be read", "a readable protocol file", str(error.strerror)
            ) from None
        origin = str(path)
    elif isinstance(source, str):
        data, origin = source.encode("utf-8", "surrogatepass"), "<text>"
    else:
        raise ArgumentTypeError(
            plausibility.shown(source), "a path or the text of a protocol", "Pass a path."
        )
    if len(data) > MAX_PROTOCOL_BYTES:
        raise _bad(origin, f"{len(data)} bytes", f"at most {MAX_PROTOCOL_BYTES} bytes", "Shorten.")
    try:
        return data.decode("utf-8"), origin
    except UnicodeDecodeError:
        raise _bad(origin, "not UTF-8", "a UTF-8 TOML file", "Save it as UTF-8.") from None


_MAX_DEPTH: Final = 4
_MAX_ITEMS: Final = 1_000


def _plain(value: Any, origin: str, depth: int) -> Any:  # noqa: ANN401 (TOML-shaped data)
    """A copy of *value* made only of TOML's types, or a DefinitionError (no objects)."""
    if depth > _MAX_DEPTH:
        raise _bad(origin, "nesting", "the protocol format's tables", "Flatten the data.")
    if isinstance(value, Mapping):
        if len(value) > _MAX_ITEMS or not all(isinstance(key, str) for key in value):
            raise _bad(origin, "table", "a table with text keys", "Fix the keys.")
        return {key: _plain(item, origin, depth + 1) for key, item in value.items()}
    if isinstance(value, list | tuple):
        if len(value) > _MAX_ITEMS:
            raise _bad(origin, f"{len(value)} items", f"at most {_MAX_ITEMS}", "Shorten it.")
        return [_plain(item, origin, depth + 1) for item in value]
    if isinstance(value, str | bool | int | float):
        return value
    raise _bad(origin, type(value).__name__, "text, numbers, booleans, lists and tables", "Fix it.")


def _parse(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _bad(origin, "not TOML", "a TOML protocol file", str(error)) from None


def _unknown(data: Mapping[str, Any], known: frozenset[str], origin: str, where: str) -> None:
    extra = sorted(set(data) - known)
    if extra:
        raise _bad(
            origin,
            f"{where}: unknown key {extra[0]!r}",
            "only the keys of the protocol format: " + ", ".join(sorted(known)),
            "Check the spelling against docs/protocol-template.toml.",
        )


def _provenance(data: Mapping[str, Any], origin: str) -> tuple[tuple[Source, ...], dict[str, str]]:
    keys = [data["source"]] if "source" in data else []
    keys += list(data.get("also_cites", ()))
    local = data.get("local")
    if local is not None and keys:
        raise _bad(origin, "source and [local]", "either a source or a [local] block", "Pick one.")
    if local is not None:
        if not isinstance(local, dict) or set(local) != _LOCAL_KEYS:
            raise _bad(origin, "[local]", "approved_by, version and date", "Complete [local].")
        return (), {key: str(value) for key, value in local.items()}
    if not keys:
        raise _bad(
            origin,
            "no source",
            "source = a bibliography key, or a [local] block (approved_by, version, date)",
            "Say whose protocol this is.",
        )
    try:
        return tuple(cite(key) for key in keys), {}
    except (UnknownEntryError, TypeError) as error:
        raise _bad(
            origin, "source", "a key of magnesium.sources.BIBLIOGRAPHY", str(error)
        ) from None


def _band(data: object, origin: str, number: int) -> ProtocolBand:
    where = f"band {number}"
    if not isinstance(data, dict):
        raise _bad(origin, where, "a [[band]] table", "Write each band as [[band]].")
    _unknown(data, _BAND_KEYS, origin, where)
    label = data.get("label", where)
    try:
        band = ProtocolBand(**data)
    except (TypeError, ValueError, LookupError) as error:
        raise _bad(origin, f"band {label!r}", "a band of the protocol format", str(error)) from None
    given = [band.dose_g, band.dose_mmol, band.dose_mg_per_kg]
    if sum(value is not None for value in given) != 1:
        raise _bad(
            origin,
            f"band {label!r}",
            "exactly one of dose_g, dose_mmol or dose_mg_per_kg",
            "Give one dose.",
        )
    return band


def _bounds(origin: str, where: str, pair: tuple[float, float], unit: str) -> None:
    """Both ends finite, >= 0 and plausible serum levels in *unit*, or a DefinitionError."""
    for value in pair:
        try:
            plausible = math.isfinite(value) and value >= 0
            plausible = plausible and math.isfinite(units.convert(value, unit, "mmol/L"))
        except MagnesiumError:
            plausible = False
        if not plausible:
            raise _bad(
                origin,
                f"{where}: {value!r}",
                f"a plausible serum magnesium level in {unit} (finite, >= 0)",
                "Fix the band's edges.",
            )


def _overrides(data: object, origin: str) -> tuple[Override, ...]:
    if not isinstance(data, list):
        raise _bad(origin, "override", "[[override]] tables", "Write each as [[override]].")
    try:
        return tuple(Override(**item) for item in data)
    except (TypeError, ValueError, LookupError) as error:
        raise _bad(origin, "override", "law, reason, approver (and band)", str(error)) from None


def _build(data: dict[str, Any], origin: str, extra: tuple[Override, ...]) -> Protocol:
    _unknown(data, _TOP_KEYS, origin, "top level")
    if data.get("format", FORMAT) != FORMAT:
        raise _bad(origin, "format", f"format = {FORMAT}", "This library reads format 1.")
    if data.get("population") not in _POPULATIONS:
        raise _bad(origin, "population", "adult or paediatric", "Say whom it is for.")
    sources, local = _provenance(data, origin)
    bands = data.get("band", [])
    if not isinstance(bands, list) or not bands:
        raise _bad(origin, "band", "at least one [[band]]", "Add the bands.")
    built = tuple(_band(item, origin, number) for number, item in enumerate(bands, 1))
    fields: dict[str, Any] = {
        key: data[key]
        for key in ("name", "title", "setting", "unit", "lower", "upper")
        if key in data
    }
    try:
        protocol = Protocol(
            **fields,
            population=data["population"],
            bands=tuple(sorted(built, key=lambda band: band.lower)),
            sources=sources,
            approved_by=local.get("approved_by"),
            version=local.get("version"),
            date=local.get("date"),
            upper_reference=data.get("upper_reference"),
            scope=data.get("scope", ""),
            overrides=_overrides(data.get("override", []), origin) + extra,
            origin=origin,
        )
    except (TypeError, ValueError, LookupError) as error:
        raise _bad(origin, "protocol", "a protocol of the protocol format", str(error)) from None
    _bounds(origin, "the stated range", (protocol.lower, protocol.upper), protocol.unit)
    for band in protocol.bands:
        _bounds(origin, f"band {band.label!r}", (band.lower, band.upper), protocol.unit)
    return protocol


# --- validation -------------------------------------------------------------------------


@attrs.frozen
class _Problem:
    law: Law
    band: str | None
    text: str


def _range_problems(protocol: Protocol) -> list[_Problem]:
    """Gaps and overlaps between the stated range and the sorted bands."""
    problems: list[_Problem] = []
    edge = protocol.lower
    for band in protocol.bands:
        if band.upper <= band.lower:
            problems.append(_Problem(Law.GAP, band.label, "the band is empty (upper <= lower)"))
        if band.lower > edge:
            text = f"levels {edge:g} to {band.lower:g} {protocol.unit} are in no band"
            problems.append(_Problem(Law.GAP, band.label, text))
        elif band.lower < edge:
            text = f"it starts at {band.lower:g}, inside the band below (which ends at {edge:g})"
            problems.append(_Problem(Law.OVERLAP, band.label, text))
        edge = max(edge, band.upper)
    if edge < protocol.upper:
        text = f"levels {edge:g} to {protocol.upper:g} {protocol.unit} are in no band"
        problems.append(_Problem(Law.GAP, protocol.bands[-1].label, text))
    elif edge > protocol.upper:
        text = f"the bands run to {edge:g}, beyond the stated upper end {protocol.upper:g}"
        problems.append(_Problem(Law.OVERLAP, protocol.bands[-1].label, text))
    return problems


def _limits(protocol: Protocol, *, renal: bool) -> tuple[Limit, ...]:
    child = protocol.population == "paediatric"
    chosen = [
        _limit(row.key)
        for row in _table.LIMIT_ROWS
        if row.paediatric == child and (renal or row.kind != LimitKind.RENAL.value)
    ]
    rate = _limit("label-max-rate")
    return tuple(chosen) if rate in chosen else (rate, *chosen)


def _max_mg_per_kg(salt: Salt) -> float | None:
    """The highest published per-kg maximum of *salt* among the library's regimens."""
    found = [
        float(row.dose_mg_per_kg)
        for row in _table.REGIMEN_ROWS
        if row.maximum and row.dose_mg_per_kg is not None and get_salt(row.salt) == salt
    ]
    return max(found) if found else None


def _regimen(protocol: Protocol, band: ProtocolBand, grams: float) -> Regimen:
    infusion = None if band.infusion_hours is None else band.infusion_hours * 60
    return Regimen(
        key=f"{protocol.name}:{band.label}",
        title=f"{protocol.title}: {band.label} {protocol.unit}",
        route=band.route,
        salt=band.salt,
        dose_g=grams,
        doses=band.doses,
        interval_hours=band.interval_hours,
        infusion_minutes=infusion,
        instructions=band.instructions,
        sources=protocol.sources,
    )


def _dose_problems(protocol: Protocol, band: ProtocolBand) -> list[_Problem]:
    problems: list[_Problem] = []
    if band.dose_mg_per_kg is not None:
        ceiling = _max_mg_per_kg(band.salt)
        if ceiling is not None and band.dose_mg_per_kg > ceiling:
            text = f"{band.dose_mg_per_kg:g} mg/kg is above the label's {ceiling:g} mg/kg"
            problems.append(_Problem(Law.DOSE_LIMIT, band.label, text))
        if band.max_dose_g is None:
            text = "a per-kg dose needs a cap (max_dose_g)"
            return [*problems, _Problem(Law.DOSE_LIMIT, band.label, text)]
    grams = band.grams(band.max_weight_kg or plausibility.PLAUSIBLE_RANGES["weight_kg"].upper)
    regimen = _regimen(protocol, band, grams)
    renal = band.egfr_below is None or band.egfr_below < _table.SEVERE_RENAL_EGFR
    for limit in _limits(protocol, renal=renal):
        if limit.kind is LimitKind.RATE or limit.allows(regimen):
            continue
        text = f"{grams:.4g} g of {band.salt.name} per dose breaks '{limit.key}': {limit.text}"
        problems.append(_Problem(Law.DOSE_LIMIT, band.label, text))
    return problems


def _rate_problems(band: ProtocolBand, grams: float) -> list[_Problem]:
    if band.route is not Route.IV:
        return []
    if band.infusion_hours is None:
        return [_Problem(Law.RATE, band.label, "an IV dose without an infusion time")]
    rate = _limit("label-max-rate")
    mg_per_min = grams * 1000 / (band.infusion_hours * 60)
    if band.salt == rate.salt and mg_per_min > rate.amount:
        text = f"{mg_per_min:.4g} mg/min is faster than the label's {rate.amount:g} mg/min"
        return [_Problem(Law.RATE, band.label, text)]
    return []


def _band_problems(protocol: Protocol, band: ProtocolBand) -> list[_Problem]:
    problems = _dose_problems(protocol, band)
    weight = band.max_weight_kg or plausibility.PLAUSIBLE_RANGES["weight_kg"].upper
    grams = band.grams(weight) if band.dose_mg_per_kg is None or band.max_dose_g else 0.0
    problems += _rate_problems(band, grams)
    upper = units.convert(band.upper, protocol.unit, "mmol/L")
    if upper > HYPERMAGNESEMIA_ABOVE_MMOL_PER_L + 1e-9:
        text = (
            f"magnesium offered up to {band.upper:g} {protocol.unit}, above the library's "
            f"hypermagnesaemia line ({HYPERMAGNESEMIA_ABOVE_MMOL_PER_L:g} mmol/L)"
        )
        problems.append(_Problem(Law.ABOVE_UPPER_LIMIT, band.label, text))
    if protocol.upper_reference is not None and band.upper > protocol.upper_reference + 1e-9:
        text = f"magnesium offered up to {band.upper:g}, above the upper reference limit"
        problems.append(_Problem(Law.ABOVE_UPPER_LIMIT, band.label, text))
    if band.egfr_below is None or not band.renal_instead.strip():
        text = "no renal exclusion (egfr_below) with what to do instead (renal_instead)"
        problems.append(_Problem(Law.RENAL_EXCLUSION, band.label, text))
    if not band.recheck.strip():
        problems.append(_Problem(Law.RECHECK, band.label, "no recheck of serum magnesium"))
    return problems


def _problems(protocol: Protocol) -> list[_Problem]:
    found = _range_problems(protocol)
    for band in protocol.bands:
        found += _band_problems(protocol, band)
    return found


def _covers(override: Override, problem: _Problem) -> bool:
    """Whether *override* excuses *problem* (its law, in its band or in every band)."""
    return override.law is problem.law and override.band in {None, problem.band}


def _line(protocol: Protocol, problem: _Problem) -> str:
    band = "" if problem.band is None else f", band {problem.band!r}"
    return (
        f"{protocol.origin}: protocol {protocol.name!r}{band}: "
        f"breaks law '{problem.law.value}': {problem.text}"
    )


def _enforce(protocol: Protocol) -> list[str]:
    """Log the overridden problems; return the lines of the others."""
    open_lines = []
    for problem in _problems(protocol):
        override = next((o for o in protocol.overrides if _covers(o, problem)), None)
        if override is None:
            open_lines.append(_line(protocol, problem))
        else:
            _LOG.warning(
                "%s (overridden: %s; approved by %s)",
                _line(protocol, problem),
                override.reason,
                override.approver,
            )
    return open_lines


def _load(source: object, overrides: Iterable[Override]) -> tuple[Protocol, list[str]]:
    extra = to_tuple(overrides, "overrides")
    if not all(isinstance(item, Override) for item in extra):
        raise ArgumentTypeError(
            plausibility.shown(extra), "Override values for overrides", "Build Override(...)."
        )
    if isinstance(source, Mapping):  # the dict form (protocol_dict), e.g. from JSON
        data, origin = _plain(source, "<dict>", 0), "<dict>"
    else:
        text, origin = _read(source)
        data = _parse(text, origin)
    protocol = _build(data, origin, extra)
    return protocol, _enforce(protocol)


def load_protocol(
    source: str | os.PathLike[str] | Mapping[str, Any], *, overrides: Iterable[Override] = ()
) -> Protocol:
    """Read a protocol from a TOML file or text and check it against the safety laws.

    Nothing in the file is executed (TOML is data). A file larger than
    `MAX_PROTOCOL_BYTES` is refused before it is read.

    Args:
        source: A path (a `Path`, or a one-line string ending in ``.toml``), the TOML
            text, or the dict form that `protocol_dict` returns (e.g. read from JSON).
        overrides: Overrides given by the caller, added to the file's ``[[override]]``
            tables; each is logged (logger ``magnesium.protocols``) and shown in results.

    Returns:
        The validated [`Protocol`][magnesium.protocols.Protocol].

    Raises:
        DefinitionError: For a file that cannot be read, is too large, is not TOML, does
            not follow the format, or breaks a law without an override: the message
            names the file, the protocol, the band and the law of every problem.

    Examples:
        >>> text = Path("docs/protocol-template.toml").read_text()
        >>> load_protocol(text).name
        'example-ward-scale'
        >>> load_protocol(text.replace("upper = 0.5", "upper = 0.45", 1))
        Traceback (most recent call last):
        ...
        magnesium.errors.DefinitionError: invalid definition '<text>: 1 problem': ...
    """
    protocol, problems = _load(source, overrides)
    if problems:
        count = f"{len(problems)} problem" + ("s" if len(problems) > 1 else "")
        raise _bad(
            protocol.origin,
            count,
            "a protocol that keeps the safety laws; " + "; ".join(problems),
            "Fix the bands, or add an [[override]] with the law, a reason and an approver.",
        )
    return protocol


def check_protocol(source: str | os.PathLike[str] | Mapping[str, Any]) -> tuple[str, ...]:
    """Return one line per problem of a protocol file or text; empty when it is valid.

    A file that cannot be read as a protocol at all gives one line saying why.

    Examples:
        >>> text = Path("docs/protocol-template.toml").read_text()
        >>> check_protocol(text)
        ()
        >>> check_protocol(text.replace('recheck = "', 'recheck_note = "', 1))[0]
        "<text>: band 1: unknown key 'recheck_note': ..."
    """
    try:
        return tuple(_load(source, ())[1])
    except MagnesiumError as error:
        shown = _errors._text(error.value)  # noqa: SLF001 (what every message shows)
        return (f"{shown}: {error.expected}. {error.hint}".replace("\n", " "),)


# --- shipped protocols --------------------------------------------------------------------


def _shipped() -> Mapping[str, Protocol]:
    folder = resources.files("magnesium") / "data" / "protocols"
    table: dict[str, Protocol] = {}
    for item in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if item.name.endswith(".toml"):
            protocol = load_protocol(item.read_text(encoding="utf-8"))
            table[protocol.name] = attrs.evolve(protocol, origin=f"magnesium:{item.name}")
    return FrozenMapping(table)


PROTOCOLS: Final[Mapping[str, Protocol]] = _shipped()
"""The published protocols shipped with the library, by name (each keeps every law)."""


def protocol_dict(protocol: Protocol) -> dict[str, Any]:
    """The protocol in the TOML file's form (load it back with `load_protocol`).

    Examples:
        >>> data = protocol_dict(PROTOCOLS["nhs-highland"])
        >>> data["band"][1]["label"], data["source"]
        ('0.5 to 0.7', 'nhs-highland-hypomagnesaemia')
        >>> load_protocol(data) == attrs.evolve(PROTOCOLS["nhs-highland"], origin="<dict>")
        True
    """
    if not isinstance(protocol, Protocol):
        raise ArgumentTypeError(plausibility.shown(protocol), "a Protocol", "Load one first.")
    data: dict[str, Any] = {"format": FORMAT}
    for key in ("name", "title", "population", "setting", "unit", "lower", "upper"):
        data[key] = getattr(protocol, key)
    if protocol.sources:
        data["source"] = protocol.sources[0].key
        if protocol.sources[1:]:
            data["also_cites"] = [source.key for source in protocol.sources[1:]]
    if protocol.approved_by is not None:
        data["local"] = {
            "approved_by": protocol.approved_by,
            "version": protocol.version,
            "date": protocol.date,
        }
    if protocol.upper_reference is not None:
        data["upper_reference"] = protocol.upper_reference
    if protocol.scope:
        data["scope"] = protocol.scope
    data["band"] = [_band_dict(band) for band in protocol.bands]
    if protocol.overrides:
        data["override"] = [
            {key: value for key, value in _override_dict(item).items() if value is not None}
            for item in protocol.overrides
        ]
    return data


def _band_dict(band: ProtocolBand) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for field in attrs.fields(ProtocolBand):
        value = getattr(band, field.name)
        if value is None or value in ("", ()):
            continue
        if isinstance(value, Route):
            value = value.value
        elif isinstance(value, Salt):
            value = value.name
        elif isinstance(value, tuple):
            value = list(value)
        data[field.name] = value
    return data


def _override_dict(item: Override) -> dict[str, Any]:
    return {
        "law": item.law.value,
        "reason": item.reason,
        "approver": item.approver,
        "band": item.band,
    }


# --- applying -----------------------------------------------------------------------------


def _protocol_of(protocol: object) -> Protocol:
    if isinstance(protocol, Protocol):
        return protocol
    if isinstance(protocol, str) and protocol in PROTOCOLS:
        return PROTOCOLS[protocol]
    raise UnknownEntryError(plausibility.shown(protocol), "protocol", PROTOCOLS)


def _level(level: object) -> SerumMagnesium:
    if isinstance(level, SerumMagnesium):
        return level
    if isinstance(level, str):
        return SerumMagnesium.parse(level)
    raise ArgumentTypeError(
        plausibility.shown(level), "a SerumMagnesium or text such as '0.4 mmol/L'", "Pass one."
    )


def _conditions(conditions: object) -> frozenset[str]:
    items = to_tuple(conditions, "conditions")
    if not all(isinstance(item, str) for item in items):
        raise ArgumentTypeError(plausibility.shown(items), "condition names (text)", "Pass text.")
    return frozenset(" ".join(item.lower().split()) for item in items)


def _exclusions(
    band: ProtocolBand, egfr: float | None, weight: float | None, conditions: frozenset[str]
) -> tuple[list[str], list[str]]:
    """Why the band's regimen is not given, and what to do instead."""
    why: list[str] = []
    instead: list[str] = []
    if egfr is not None and band.egfr_below is not None and egfr < band.egfr_below:
        why.append(f"eGFR {egfr:g} < {band.egfr_below:g}")
        instead.append(band.renal_instead)
    light = weight is not None and band.min_weight_kg is not None and weight < band.min_weight_kg
    heavy = weight is not None and band.max_weight_kg is not None and weight > band.max_weight_kg
    if light or heavy:
        why.append(f"weight {weight:g} kg outside the band's limits")
        instead.append(band.weight_instead or "The protocol gives no dose for this weight.")
    matched = sorted(conditions & {" ".join(c.lower().split()) for c in band.exclude_conditions})
    if matched:
        why.append("condition: " + ", ".join(matched))
        instead.append(band.conditions_instead or "The protocol excludes this condition.")
    return why, instead


def _expected(regimen: Regimen) -> ExpectedResponse | None:
    if regimen.route is not Route.IV or regimen.salt != get_salt("magnesium sulfate heptahydrate"):
        return None
    low = units.convert(_RULE_LOW_MG_PER_DL, "mg/dL", "mmol/L")
    high = units.convert(_RULE_HIGH_MEQ_PER_L, "mEq/L", "mmol/L")
    return ExpectedResponse(
        per_gram_low_mmol_per_l=low,
        per_gram_high_mmol_per_l=high,
        rise_per_dose_low_mmol_per_l=low * regimen.dose_g,
        rise_per_dose_high_mmol_per_l=high * regimen.dose_g,
        as_published=_RULE_TEXT,
        uncertainty=_RULE_CAVEAT,
        sources=tuple(cite(key) for key in _RULE_SOURCES),
    )


def _override_lines(protocol: Protocol) -> list[str]:
    return [
        f"This protocol overrides the law '{item.law.value}'"
        + ("" if item.band is None else f" in band {item.band!r}")
        + f": {item.reason} (approved by {item.approver})."
        for item in protocol.overrides
    ]


@attrs.frozen
class _Patient:
    egfr: float | None
    weight: float | None
    conditions: frozenset[str]


def _patient(egfr: object, weight_kg: object, conditions: object) -> _Patient:
    return _Patient(
        egfr=plausibility.optional(egfr, "egfr", "egfr"),
        weight=plausibility.optional(weight_kg, "weight_kg", "weight_kg"),
        conditions=_conditions(conditions),
    )


def _empty(protocol: Protocol, serum: SerumMagnesium, value: float, reason: str) -> ProtocolResult:
    return ProtocolResult(
        protocol=protocol.name,
        level=serum,
        value=value,
        unit=protocol.unit,
        band=None,
        regimens=(),
        limits=(),
        recheck="",
        recheck_hours=None,
        escalation="",
        excluded=(),
        instead="",
        expected_response=None,
        warnings=tuple(_override_lines(protocol)),
        overrides=protocol.overrides,
        reason=reason,
        sources=protocol.sources,
    )


def _out_of_range(protocol: Protocol, serum: SerumMagnesium, value: float) -> str | None:
    if serum.mmol_per_l > HYPERMAGNESEMIA_ABOVE_MMOL_PER_L:
        return (
            f"{serum} is above the library's hypermagnesaemia line "
            f"({HYPERMAGNESEMIA_ABOVE_MMOL_PER_L:g} mmol/L): no magnesium is given."
        )
    if value >= protocol.upper:
        return (
            f"{value:.4g} {protocol.unit} is at or above the protocol's range (which ends at "
            f"{protocol.upper:g}): the protocol gives no magnesium."
        )
    if value < protocol.lower:
        return f"{value:.4g} {protocol.unit} is below the protocol's range: seek advice."
    return None


def apply_protocol(
    level: SerumMagnesium | str,
    protocol: Protocol | str,
    *,
    egfr: float | None = None,
    weight_kg: float | None = None,
    conditions: Iterable[str] = (),
) -> ProtocolResult:
    """Apply a protocol to one serum level and patient.

    The level is converted to the protocol's unit and looked up in its half-open bands.
    The band's regimen is given unless the patient is excluded (eGFR below the band's
    limit, weight outside its limits, a listed condition); then ``instead`` says what
    the protocol says to do. Above the library's hypermagnesaemia line no magnesium is
    ever given. For IV magnesium sulfate the result carries the published rule of thumb
    for the rise per gram with the studies that found it optimistic: an estimate, never
    a promise.

    Args:
        level: The serum magnesium (a `SerumMagnesium` or text such as ``"0.4 mmol/L"``).
        protocol: A `Protocol`, or the name of a shipped one (`PROTOCOLS`).
        egfr: eGFR in mL/min/1.73 m2; without it the renal exclusion cannot be checked
            (the result warns).
        weight_kg: Body weight, needed for per-kg doses and weight limits.
        conditions: Concurrent conditions, matched against the bands' exclusions.

    Returns:
        A frozen [`ProtocolResult`][magnesium.protocols.ProtocolResult].

    Raises:
        UnknownEntryError: For an unknown protocol name.
        InputError: For a per-kg band without *weight_kg*.
        ImplausibleInputError, ParseError, UnitError: For an unreadable level or input.

    Examples:
        >>> result = apply_protocol("0.55 mmol/L", "nhs-highland", egfr=80)
        >>> result.band, result.regimens[0].route.value, result.recheck_hours
        ('0.5 to 0.7', 'oral', 24.0)
        >>> print(apply_protocol("0.9 mmol/L", "nhs-highland").reason)
        0.9 mmol/L is at or above the protocol's range (which ends at 0.7): the protocol gives
        no magnesium.
    """
    chosen, serum = _protocol_of(protocol), _level(level)
    patient = _patient(egfr, weight_kg, conditions)
    value = units.convert(serum.mmol_per_l, "mmol/L", chosen.unit)
    outside = _out_of_range(chosen, serum, value)
    band = next((b for b in chosen.bands if b.lower <= value < b.upper), None)
    if outside is not None or band is None:
        return _empty(chosen, serum, value, outside or "No band of the protocol covers it.")
    return _result(chosen, band, serum, value, patient)


def _result(
    protocol: Protocol, band: ProtocolBand, serum: SerumMagnesium, value: float, patient: _Patient
) -> ProtocolResult:
    why, instead = _exclusions(band, patient.egfr, patient.weight, patient.conditions)
    warnings = _override_lines(protocol)
    regimens: tuple[Regimen, ...] = ()
    limits: tuple[Limit, ...] = ()
    response = None
    if not why:
        regimen = _regimen(protocol, band, band.grams(patient.weight))
        regimens = (regimen,)
        renal = patient.egfr is not None and patient.egfr < _table.SEVERE_RENAL_EGFR
        limits = tuple(x for x in _limits(protocol, renal=renal) if x.applies_to(regimen))
        response = _expected(regimen)
        if patient.egfr is None and band.egfr_below is not None:
            warnings.append(
                f"eGFR not given: the band's renal exclusion (eGFR < {band.egfr_below:g}) "
                "could not be checked. Check kidney function before giving magnesium."
            )
    sources: dict[str, Source] = {source.key: source for source in protocol.sources}
    for cited in [limit.sources for limit in limits] + [response.sources if response else ()]:
        sources.update((source.key, source) for source in cited)
    verdict = "excluded: " + "; ".join(why) if why else "the protocol gives the regimen below"
    return ProtocolResult(
        protocol=protocol.name,
        level=serum,
        value=value,
        unit=protocol.unit,
        band=band.label,
        regimens=regimens,
        limits=limits,
        recheck=band.recheck,
        recheck_hours=band.recheck_hours,
        escalation=band.escalation,
        excluded=tuple(why),
        instead=" ".join(instead),
        expected_response=response,
        warnings=tuple(warnings),
        overrides=protocol.overrides,
        reason=f"{value:.4g} {protocol.unit} is in band {band.label!r} of {protocol.name}: "
        + verdict
        + ".",
        sources=tuple(sources.values()),
    )


def protocol_table(protocol: Protocol) -> str:
    """The protocol's bands as a Markdown table (for documentation and notebooks).

    The recheck and the renal instruction are sentences: the table names them by number
    and lists them below it, so that each row stays one or two lines high. A recheck
    time is counted from the start of the first dose.

    Examples:
        >>> table = protocol_table(PROTOCOLS["nhs-highland"]).splitlines()
        >>> table[0]
        '| Serum Mg (mmol/L) | Route | Dose | Doses | Infusion | Recheck | Renal exclusion |'
        >>> table[2].split(" | ")[-2:]
        ['at 30 h; note 1', 'eGFR < 30; note 2 |']
    """
    if not isinstance(protocol, Protocol):
        raise ArgumentTypeError(plausibility.shown(protocol), "a Protocol", "Load one first.")
    head = [f"Serum Mg ({protocol.unit})", "Route", "Dose", "Doses", "Infusion", "Recheck"]
    head.append("Renal exclusion")
    rows = ["| " + " | ".join(head) + " |", "|---|---|---|---|---|---|---|"]
    notes: list[str] = []
    for band in protocol.bands:
        doses = "daily, open-ended" if band.doses is None else str(band.doses)
        if band.interval_hours is not None:
            doses += f", every {band.interval_hours:g} h"
        infusion = "" if band.infusion_hours is None else f"{band.infusion_hours:g} h"
        recheck = "" if band.recheck_hours is None else f"at {band.recheck_hours:g} h; "
        recheck += _note(notes, band.recheck)
        renal = "" if band.egfr_below is None else f"eGFR < {band.egfr_below:g}; "
        renal += _note(notes, band.renal_instead) if band.egfr_below is not None else ""
        cells = [f"[{band.lower:g}, {band.upper:g})", band.route.value, _dose_text(band)]
        cells += [doses, infusion, recheck.removesuffix("; "), renal.removesuffix("; ")]
        rows.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    rows.append("")
    rows += [f"{number}. {text}" for number, text in enumerate(notes, start=1)]
    return "\n".join(rows)


def _note(notes: list[str], text: str | None) -> str:
    """``note N`` for *text* (numbered once, in order of first use), or nothing."""
    if not text:
        return ""
    if text not in notes:
        notes.append(text)
    return f"note {notes.index(text) + 1}"


def _dose_text(band: ProtocolBand) -> str:
    if band.dose_mmol is not None:
        return f"{band.dose_mmol:g} mmol Mg as {band.salt.name} ({band.grams():.3g} g)"
    if band.dose_g is not None:
        return f"{band.dose_g:g} g {band.salt.name}"
    return f"{band.dose_mg_per_kg:g} mg/kg {band.salt.name}, at most {band.max_dose_g:g} g"
