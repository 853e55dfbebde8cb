"""Reference intervals, cut-offs and severity grades, as named and cited sets.

Published definitions of hypo- and hypermagnesaemia disagree. Each one is kept
here as a [`ThresholdSet`][magnesium.thresholds.ThresholdSet] with its sources,
in the units it was published in, and none is blended with another. The
default, [`DEFAULT_THRESHOLD_SET`][magnesium.thresholds.DEFAULT_THRESHOLD_SET],
is the IOM 1997 reference interval (see its docstring for why).

How a level meets a set:

* Each set holds one or two tables of bands ([`Cutoffs`][magnesium.thresholds.Cutoffs]),
  in the unit(s) its source published. Bands run from 0 to infinity without
  gaps or overlaps; each edge belongs to exactly one band, as published
  ("< 1.8 mg/dL" puts 1.8 in the band above, CTCAE's "> ULN - 3.0 mg/dL" puts
  3.0 in the band below).
* Where a source publishes cut-offs in both a mass unit (mg/dL) and an amount
  unit (mmol/L) that are not exact conversions of each other (CTCAE, IOM,
  DynaMed), a level reported in a mass unit (mg/dL, mg/100 mL, mg/L) is graded
  on the mass table, and a level reported in an amount unit (mmol/L, umol/L,
  mEq/L) on the amount table. A set with one table grades every level on it.
* Comparisons are made in mmol/L; near an edge the band is decided exactly,
  in the table's unit, from the value as reported. A value reported at a
  published edge lands where the source puts it, and one a float step past it
  lands past it.

Examples:
    >>> import magnesium as mg
    >>> result = mg.classify(mg.SerumMagnesium.of(1.4, "mg/dL"))
    >>> result.status, result.threshold_set.name
    (<Status.LOW: 'low'>, 'iom-1997')
    >>> graded = mg.classify(mg.SerumMagnesium.of(1.0, "mg/dL"), "ctcae-v5")
    >>> graded.grade, graded.severity
    (2, <Severity.MODERATE: 'moderate'>)
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import math
import numbers
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeAlias, overload

import attrs

from magnesium import _knowledge, _show, hypermagnesemia, units
from magnesium._fields import checked, to_plain
from magnesium.critical import CriticalLimits, get_critical_limits
from magnesium.errors import (
    ArgumentTypeError,
    DefinitionError,
    ImplausibleValueError,
    UnknownEntryError,
)
from magnesium.serum import CensoredSerumMagnesium, SerumMagnesium
from magnesium.sources import Source, Verification, cite, weakest_verification

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity

__all__ = [
    "DEFAULT_THRESHOLD_SET",
    "THRESHOLD_SETS",
    "Band",
    "CensoredLevelClassification",
    "Classification",
    "Cutoffs",
    "LevelClassification",
    "Population",
    "Severity",
    "Status",
    "ThresholdSet",
    "classify",
    "ctcae_v5",
    "get_threshold_set",
]


@functools.total_ordering
class Status(enum.Enum):
    """Where a level lies against a set: below, within or above.

    Statuses are ordered ``LOW < NORMAL < HIGH``. For a one-sided definition of
    hypomagnesaemia, ``NORMAL`` means "not low by this definition": the band's
    [`label`][magnesium.thresholds.Band.label] says so.

    Examples:
        >>> Status.LOW < Status.NORMAL < Status.HIGH
        True
    """

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """-1 for low, 0 for normal, 1 for high."""
        return {"low": -1, "normal": 0, "high": 1}[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Status):
            return NotImplemented
        return self.rank < other.rank


class Severity(enum.Enum):
    """How far a level is from normal, in the words of the set's source.

    ``MILD`` to ``LIFE_THREATENING`` are CTCAE's grades 1 to 4 (and the words
    other sources use for them); ``UNGRADED`` is a low or high level in a set
    that publishes no grade for it; ``NONE`` is a level that is not low or high.

    Examples:
        >>> Severity("moderate")
        <Severity.MODERATE: 'moderate'>
    """

    NONE = "none"
    UNGRADED = "ungraded"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"
    LIFE_THREATENING = "life-threatening"


class Population(enum.Enum):
    """Whom a set was published for.

    Examples:
        >>> Population.NEONATAL.value
        'neonatal'
    """

    ADULT = "adult"
    PEDIATRIC = "paediatric"
    NEONATAL = "neonatal"
    PAEDIATRIC = PEDIATRIC
    """Deprecated alias (British spelling) of ``PEDIATRIC``: the same member."""


def _edge(value: float) -> float:
    try:
        edge = (
            float(value) if not isinstance(value, bool) and isinstance(value, int | float) else -1
        )
    except OverflowError:  # an int beyond the float range
        edge = -1
    if not edge >= 0:
        raise DefinitionError(
            value, "a band edge: a number >= 0 (math.inf for the last)", "Fix the edge."
        )
    return edge


def _lower_edge(value: float) -> float:
    """A band's lower edge: as `_edge`, and finite (a band is never open below)."""
    edge = _edge(value)
    if edge == math.inf:
        raise DefinitionError(value, "a lower band edge: a finite number >= 0", "Fix the edge.")
    return edge


def _of_type(kind: type | tuple[type, ...], expected: str) -> Callable[[Any, Any, Any], None]:
    """An attrs validator raising DefinitionError that names the field and what it needs."""

    def check(_instance: object, attribute: Any, value: object) -> None:  # noqa: ANN401
        if not isinstance(value, kind) or value == "":
            raise DefinitionError(value, f"{attribute.name}: {expected}", f"Fix {attribute.name}=.")

    return check


def _grade(_instance: object, _attribute: object, value: int | None) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 5):
        raise DefinitionError(value, "grade: None or a CTCAE grade, 1 to 5", "Fix grade=.")


def _band_value(value: object) -> None:
    """Refuse what no band can contain: non-numbers and NaN."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real | Decimal):
        raise ArgumentTypeError(value, "a number in the band's unit", "Pass a number.")
    if value.is_nan() if isinstance(value, Decimal) else value != value:  # noqa: PLR0124 (NaN)
        raise ImplausibleValueError(value, "a number (NaN lies in no band)", "Pass a number.")


@attrs.frozen(kw_only=True)
class Band:
    """One interval of a threshold set, in the unit of its `Cutoffs`.

    Args:
        lower: The lower edge (0 for the first band).
        upper: The upper edge (``math.inf`` for the last band).
        status: Low, normal or high.
        label: What the source calls this interval.
        severity: The severity the source gives, if any.
        grade: The CTCAE grade, where the set defines one.
        includes_lower: Whether a value equal to *lower* lies in this band.
        includes_upper: Whether a value equal to *upper* lies in this band.

    Examples:
        >>> band = Band(lower=0.75, upper=0.95, status=Status.NORMAL, label="reference interval",
        ...             includes_upper=True)
        >>> band.contains(0.95), band.contains(0.74)
        (True, False)
        >>> print(band)
        0.75 to 0.95 (both included): normal, reference interval
    """

    lower: float = attrs.field(converter=_lower_edge)
    """The lower edge."""
    upper: float = attrs.field(converter=_edge)
    """The upper edge; ``inf`` for the last band."""
    status: Status = attrs.field(validator=_of_type(Status, "a Status such as Status.LOW"))
    """Low, normal or high."""
    label: str = attrs.field(validator=_of_type(str, "a non-empty string"))
    """What the source calls this interval."""
    severity: Severity = attrs.field(
        default=Severity.NONE, validator=_of_type(Severity, "a Severity such as Severity.MILD")
    )
    """The severity the source gives, if any."""
    grade: int | None = attrs.field(default=None, converter=to_plain, validator=_grade)
    """The CTCAE grade, where the set defines one."""
    includes_lower: bool = attrs.field(
        default=True, converter=to_plain, validator=_of_type(bool, "True or False")
    )
    """Whether a value equal to the lower edge lies in this band."""
    includes_upper: bool = attrs.field(
        default=False, converter=to_plain, validator=_of_type(bool, "True or False")
    )
    """Whether a value equal to the upper edge lies in this band."""

    def contains(self, value: float) -> bool:
        """Return whether *value*, in the band's unit, lies in this band.

        Raises:
            ArgumentTypeError: If *value* is not a number (a `TypeError`).
            ImplausibleValueError: If *value* is NaN, which lies in no band.

        Examples:
            >>> Band(lower=0, upper=0.7, status=Status.LOW, label="low").contains(0.7)
            False
        """
        if type(value) is not float or value != value:  # noqa: PLR0124 (NaN)
            _band_value(value)
        above = value > self.lower or (self.includes_lower and value == self.lower)
        below = value < self.upper or (self.includes_upper and value == self.upper)
        return above and below

    def __str__(self) -> str:
        ends = {
            (True, False): "",
            (True, True): " (both included)",
            (False, True): " (upper included)",
            (False, False): " (neither included)",
        }
        upper = "inf" if math.isinf(self.upper) else f"{self.upper:g}"
        return (
            f"{self.lower:g} to {upper}{ends[self.includes_lower, self.includes_upper]}: "
            f"{self.status.value}, {self.label}"
        )

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _as_tuple(items: Iterable[Any], kind: type, name: str) -> tuple[Any, ...]:
    """*items* as a tuple whose items are all *kind*, else DefinitionError naming *name*."""
    try:
        converted = tuple(items) if not isinstance(items, str | bytes) else None
    except TypeError:
        converted = None
    if converted is None or not all(isinstance(item, kind) for item in converted):
        raise DefinitionError(
            items, f"{name}: a sequence of {kind.__name__} values", f"Fix {name}=."
        )
    return converted


def _bands_tuple(bands: Iterable[Band]) -> tuple[Band, ...]:
    return _as_tuple(bands, Band, "bands")


@attrs.frozen
class Cutoffs:
    """The bands of a threshold set in one published unit.

    Args:
        unit: The unit the source published these cut-offs in.
        bands: The bands in increasing order, covering [0, inf) without gaps or
            overlaps.

    Raises:
        DefinitionError: If the bands leave a gap, overlap, are out of order,
            or their status ever decreases.

    Examples:
        >>> low = Band(lower=0, upper=0.7, status=Status.LOW, label="low")
        >>> rest = Band(lower=0.7, upper=math.inf, status=Status.NORMAL, label="not low")
        >>> Cutoffs("mmol/l", (low, rest)).unit
        'mmol/L'
        >>> Cutoffs("mmol/L", (low,))
        Traceback (most recent call last):
        ...
        magnesium.errors.DefinitionError: ...
    """

    unit: str = attrs.field(converter=units.canonical_unit)
    """The unit of the band edges."""
    bands: tuple[Band, ...] = attrs.field(converter=_bands_tuple)
    """The bands, from 0 upwards."""
    _mmol_edges: tuple[float, ...] = attrs.field(init=False, repr=False, eq=False)
    _exact_edges: tuple[Decimal, ...] = attrs.field(init=False, repr=False, eq=False)
    _edge_ratios: tuple[tuple[int, int], ...] = attrs.field(init=False, repr=False, eq=False)
    _upper_takes_edge: tuple[bool, ...] = attrs.field(init=False, repr=False, eq=False)
    _guards: tuple[float, ...] = attrs.field(init=False, repr=False, eq=False)
    _gap_bands: tuple[Band, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        problem = _coverage_problem(self.bands)
        if problem:
            raise DefinitionError(
                [str(band) for band in self.bands],
                "bands that cover [0, inf) in order, without gaps or overlaps, "
                "with a status that never decreases",
                problem,
            )
        edges = self.edges
        mmol_edges = tuple(units.to_mmol_per_l(edge, self.unit) for edge in edges)
        object.__setattr__(self, "_mmol_edges", mmol_edges)
        object.__setattr__(self, "_exact_edges", tuple(Decimal(repr(edge)) for edge in edges))
        ratios = tuple(edge.as_integer_ratio() for edge in self._exact_edges)
        object.__setattr__(self, "_edge_ratios", ratios)
        takes = tuple(band.includes_lower for band in self.bands[1:])
        object.__setattr__(self, "_upper_takes_edge", takes)
        self._set_guards(mmol_edges)

    def _set_guards(self, mmol_edges: tuple[float, ...]) -> None:
        """Intervals around the edges (merged where they meet), and the band between each two.

        A value in mmol/L inside an interval is within a relative ``2 * _EDGE_TOLERANCE``
        of an edge and is decided exactly; a value between two intervals is in their
        band, whatever the last bits of its float.
        """
        guards: list[float] = []
        gap_bands: list[Band] = []
        for index, edge in enumerate(mmol_edges):
            low = math.nextafter(edge * (1 - 2 * _EDGE_TOLERANCE), -math.inf)
            high = math.nextafter(edge * (1 + 2 * _EDGE_TOLERANCE), math.inf)
            if guards and low <= guards[-1]:
                guards[-1] = high
            else:
                gap_bands.append(self.bands[index])
                guards += [low, high]
        gap_bands.append(self.bands[-1])
        object.__setattr__(self, "_guards", tuple(guards))
        object.__setattr__(self, "_gap_bands", tuple(gap_bands))

    def band_of(self, level: SerumMagnesium) -> Band:
        """Return the band of this table that a level falls in.

        Levels are compared in mmol/L, as the float product of the value and the
        unit's factor (a few units in the last place from the exact product); only
        within a relative 2e-12 of an edge, where two reported values may share one
        float in mmol/L, is the band decided exactly, in this table's unit, from
        the value as reported. So the band is always the exact one.

        Examples:
            >>> table = get_threshold_set("ctcae-v5").cutoffs[1]
            >>> table.band_of(SerumMagnesium(3.0000000000000004, "mg/dL")).grade
            3

        Raises:
            ArgumentTypeError: If *level* is not a `SerumMagnesium` (a `TypeError`).
        """
        if type(level) is not SerumMagnesium:
            _check_level(level)
        gap = bisect.bisect_right(self._guards, level.value * _MMOL_FACTOR[level.unit])
        if not gap & 1:  # between two guards: the float filter decides, see above
            return self._gap_bands[gap >> 1]
        top, bottom = units.exact_ratio(float(level.value), level.unit, self.unit)
        index = 0
        for (edge_top, edge_bottom), takes in zip(
            self._edge_ratios, self._upper_takes_edge, strict=True
        ):
            above = top * edge_bottom - edge_top * bottom  # > 0: the value is above the edge
            index += above > 0 or (above == 0 and takes)
        return self.bands[index]

    @property
    def edges(self) -> tuple[float, ...]:
        """The inner edges between bands, in the unit of the cut-offs.

        Examples:
            >>> get_threshold_set("iom-1997").cutoffs[0].edges
            (0.75, 0.95)
        """
        return tuple(band.upper for band in self.bands[:-1])

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _coverage_problem(bands: tuple[Band, ...]) -> str:
    if not bands:
        return "Give at least one band."
    first, last = bands[0], bands[-1]
    if first.lower != 0 or not first.includes_lower:
        return "The first band must start at 0, included."
    if not math.isinf(last.upper):
        return "The last band must end at infinity."
    for below, above in itertools.pairwise(bands):
        if below.upper != above.lower or below.upper <= below.lower:
            return f"Bands {below} and {above} do not meet in increasing order."
        if below.includes_upper == above.includes_lower:
            return f"The edge {below.upper:g} must belong to exactly one band."
        if above.status < below.status:
            return f"Status decreases from {below} to {above}."
    return ""


def _sources_tuple(sources: Iterable[Source]) -> tuple[Source, ...]:
    return _as_tuple(sources, Source, "sources")


def _cutoffs_tuple(cutoffs: Iterable[Cutoffs]) -> tuple[Cutoffs, ...]:
    return _as_tuple(cutoffs, Cutoffs, "cutoffs")


@attrs.frozen(kw_only=True, field_transformer=checked)
class ThresholdSet:
    """A named, cited set of cut-offs for serum magnesium.

    Args:
        name: The key under which the set is found in
            [`THRESHOLD_SETS`][magnesium.thresholds.THRESHOLD_SETS].
        title: A one-line description.
        population: Whom the source published it for.
        cutoffs: The bands in each published unit; the first is the primary one.
            At most one table per kind of unit (mass, amount), all with the same
            sequence of status, severity and grade.
        sources: The documents the cut-offs come from.
        description: Scope, caveats and how the source words it.

    Raises:
        DefinitionError: If the set has no sources, or its tables are not
            one per kind of unit with matching bands.

    Examples:
        >>> ctcae = get_threshold_set("ctcae-v5")
        >>> ctcae.units
        ('mmol/L', 'mg/dL')
        >>> [band.grade for band in ctcae.cutoffs[0].bands]
        [4, 3, 2, 1, None, 1, 3, 4]
    """

    name: str = attrs.field(validator=_of_type(str, "a non-empty string"))
    """The key of this set in `THRESHOLD_SETS`."""
    title: str = attrs.field(validator=_of_type(str, "a non-empty string"))
    """A one-line description."""
    population: Population = attrs.field(
        validator=_of_type(Population, "a Population such as Population.ADULT")
    )
    """Whom the source published it for."""
    cutoffs: tuple[Cutoffs, ...] = attrs.field(converter=_cutoffs_tuple)
    """The bands in each published unit; the first is the primary one."""
    sources: tuple[Source, ...] = attrs.field(converter=_sources_tuple)
    """The documents the cut-offs come from."""
    description: str = attrs.field(default="")
    """Scope, caveats and how the source words it."""
    _table_for_unit: tuple[Cutoffs, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)
    """The table for each accepted unit, in the order of `_UNIT_INDEX` (a tuple: read-only)."""
    _hot: dict[str, _Hot] = attrs.field(init=False, repr=False, eq=False, hash=False)
    """Per accepted unit, what `classify` reads on its hot path (never changed after this)."""

    def __attrs_post_init__(self) -> None:
        self._check()
        by_kind = {units.unit_kind(table.unit): table for table in self.cutoffs}
        tables = tuple(
            by_kind.get(units.unit_kind(unit), self.cutoffs[0]) for unit in units.ACCEPTED_UNITS
        )
        object.__setattr__(self, "_table_for_unit", tables)
        hot = {
            unit: (table, table._guards, table._gap_bands, _MMOL_FACTOR[unit])  # noqa: SLF001
            for unit, table in zip(units.ACCEPTED_UNITS, tables, strict=True)
        }
        object.__setattr__(self, "_hot", hot)

    def _check(self) -> None:
        problem = ""
        kinds = [units.unit_kind(table.unit) for table in self.cutoffs]
        shapes = {tuple((b.status, b.severity, b.grade) for b in t.bands) for t in self.cutoffs}
        if not self.sources:
            problem = "Cite at least one Source."
        elif not self.cutoffs or len(set(kinds)) != len(kinds):
            problem = "Give one table of cut-offs per kind of unit (mass, amount)."
        elif len(shapes) != 1:
            problem = "Tables in different units must have the same bands."
        if problem:
            raise DefinitionError(self.name, "a consistent, cited threshold set", problem)

    @property
    def units(self) -> tuple[str, ...]:
        """The units the set was published in, primary first."""
        return tuple(table.unit for table in self.cutoffs)

    @property
    def unit(self) -> str:
        """The primary published unit."""
        return self.cutoffs[0].unit

    @property
    def is_default(self) -> bool:
        """Whether this is the set used when none is named (`DEFAULT_THRESHOLD_SET`).

        Examples:
            >>> get_threshold_set("iom-1997").is_default, get_threshold_set("ctcae-v5").is_default
            (True, False)
        """
        return self.name == DEFAULT_THRESHOLD_SET

    @property
    def verified(self) -> bool:
        """Whether every source of the set was checked against its primary text.

        Examples:
            >>> get_threshold_set("aha-2005").verified
            False
        """
        return all(source.verified for source in self.sources)

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the set's sources.

        A set that rests on a secondary summary says so here, whatever its other
        sources.

        Examples:
            >>> get_threshold_set("aha-2005").verification
            <Verification.SECONDARY: 'secondary'>
            >>> get_threshold_set("iom-1997").verification
            <Verification.PRIMARY: 'primary'>
        """
        return weakest_verification(self.sources)

    def band_for(self, level: SerumMagnesium) -> tuple[Band, Cutoffs]:
        """Return the band a level falls in, and the table it was read from.

        Examples:
            >>> band, table = get_threshold_set("ctcae-v5").band_for(SerumMagnesium(1.2, "mg/dL"))
            >>> band.grade, table.unit
            (1, 'mg/dL')
        """
        if type(level) is not SerumMagnesium:
            _check_level(level)
        table = self._table_for_unit[_UNIT_INDEX[level.unit]]
        return table.band_of(level), table

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _check_level(level: object) -> None:
    if not isinstance(level, SerumMagnesium):
        raise ArgumentTypeError(
            level,
            "a SerumMagnesium",
            "Build the level first: SerumMagnesium.of(value, unit) or SerumMagnesium.parse(text).",
        )


_Hot = tuple["Cutoffs", tuple[float, ...], tuple["Band", ...], float]
"""A table, its guards and the band between each two, and the factor to mmol/L."""
_UNIT_INDEX: Final[Mapping[str, int]] = MappingProxyType(
    {unit: index for index, unit in enumerate(units.ACCEPTED_UNITS)}
)
_EDGE_TOLERANCE: Final = 1e-12
"""Relative distance in mmol/L below which a band edge is decided exactly."""
_MMOL_FACTOR: Final[Mapping[str, float]] = MappingProxyType(
    {unit: units.factor(unit, "mmol/L") for unit in units.ACCEPTED_UNITS}
)
"""Per unit, the factor to mmol/L as a float: value * factor is within a relative 5e-16
of the exact concentration (three roundings), far inside `_EDGE_TOLERANCE`."""


@attrs.frozen
class LevelClassification:
    """The result of [`classify`][magnesium.thresholds.classify]: a level read against a set.

    Examples:
        >>> import magnesium as mg
        >>> result = mg.classify(mg.SerumMagnesium.of(0.5, "mmol/L"), "bnssg-remedy-2023")
        >>> result.status, result.severity, result.grade
        (<Status.LOW: 'low'>, <Severity.UNGRADED: 'ungraded'>, None)
        >>> print(result)
        0.5 mmol/L: low (hypomagnesaemia (< 0.7 mmol/L)) by bnssg-remedy-2023
    """

    level: SerumMagnesium = attrs.field(validator=_of_type(SerumMagnesium, "a SerumMagnesium"))
    """The level classified."""
    band: Band = attrs.field(validator=_of_type(Band, "a Band"))
    """The band it falls in."""
    threshold_set: ThresholdSet = attrs.field(validator=_of_type(ThresholdSet, "a ThresholdSet"))
    """The set used."""
    unit_used: str = attrs.field(converter=units.canonical_unit)
    """The unit of the cut-offs that were applied."""
    critical_limits: CriticalLimits | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(_of_type(CriticalLimits, "a CriticalLimits")),
    )
    """The laboratory's critical limits the level was checked against, if any were named."""

    @property
    def critical(self) -> bool | None:
        """Whether the level is beyond the named critical limits; ``None`` if none were named.

        Examples:
            >>> import magnesium as mg
            >>> mg.classify("0.3 mmol/L", critical_limits="homerton").critical
            True
        """
        if self.critical_limits is None:
            return None
        return self.critical_limits.is_critical(self.level)

    @property
    def manifestations(self) -> tuple[hypermagnesemia.ToxicityReading, ...]:
        """For a high level, what each source links to it; empty unless the status is high.

        See [`manifestations`][magnesium.hypermagnesemia.manifestations].

        Examples:
            >>> import magnesium as mg
            >>> [r.table.name for r in mg.classify("5 mmol/L").manifestations if r.bands]
            ['us-label', 'medscape-2022', 'msd-manual']
        """
        if self.status is not Status.HIGH:
            return ()
        return hypermagnesemia.manifestations(self.level)

    @property
    def status(self) -> Status:
        """Low, normal or high."""
        return self.band.status

    @property
    def severity(self) -> Severity:
        """The severity the set's source gives, if any."""
        return self.band.severity

    @property
    def grade(self) -> int | None:
        """The CTCAE grade, where the set defines one."""
        return self.band.grade

    @property
    def label(self) -> str:
        """What the source calls the band."""
        return self.band.label

    @property
    def sources(self) -> tuple[Source, ...]:
        """The documents behind this classification."""
        return self.threshold_set.sources

    @property
    def verification(self) -> Verification:
        """How well the set's sources were read: the weakest of their levels.

        Examples:
            >>> classify(SerumMagnesium.parse("1.0 mEq/L"), "aha-2005").verification.label
            'secondary summary only'
        """
        return self.threshold_set.verification

    def __str__(self) -> str:
        grade = f", CTCAE grade {self.grade}" if self.grade is not None else ""
        text = (
            f"{self.level}: {self.status.value} ({self.label}{grade}) by {self.threshold_set.name}"
        )
        if self.critical_limits is not None:
            word = "CRITICAL" if self.critical else "not critical"
            text += f"; {word} by {self.critical_limits.name}"
        return text

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


Classification: TypeAlias = LevelClassification
"""Deprecated alias of [`LevelClassification`][magnesium.thresholds.LevelClassification].

The package had two public classes named ``Classification`` (thresholds and causes);
import ``LevelClassification`` instead. The alias stays importable for now.
"""


DEFAULT_THRESHOLD_SET: Final = "iom-1997"
"""The name of the set [`classify`][magnesium.thresholds.classify] uses by default.

The IOM 1997 reference interval, 0.75-0.95 mmol/L (1.8-2.3 mg/dL as the IOM
prints it), was chosen because it is two-sided (it returns low, normal and
high), it comes from the report that set the US and Canadian dietary reference
intakes for magnesium, and its lower limit matches the most common published
definition of hypomagnesaemia (< 0.75 mmol/L, < 1.8 mg/dL). Your laboratory's
own interval is the better choice where you have it: build it with
[`ThresholdSet`][magnesium.thresholds.ThresholdSet] and pass it to `classify`.
"""


def _threshold_sets() -> Mapping[str, ThresholdSet]:
    table: dict[str, ThresholdSet] = {}
    for where, row in _knowledge.rows("threshold_sets.toml", "set"):
        if "derive" in row:
            built = _derived_set(row, where, table)
        else:
            built = _knowledge.build(ThresholdSet, row, where, cite)
        if built.name in table:
            raise _knowledge.fail(built.name, where, "a unique name", "Rename one of the two.")
        table[built.name] = built
    return table


def _derived_set(
    row: Mapping[str, object], where: _knowledge.Where, table: Mapping[str, ThresholdSet]
) -> ThresholdSet:
    """A row ``derive = "ctcae-v5"``, ``reference = NAME``: CTCAE grades on an earlier set."""
    if set(row) != {"name", "derive", "reference"} or row["derive"] != "ctcae-v5":
        expected = "a derived set with name, derive = 'ctcae-v5' and reference only"
        raise _knowledge.fail(row.get("derive"), where, expected, "Write the bands out instead.")
    reference = table.get(str(row["reference"]))
    if reference is None:
        expected = "the name of a set written earlier in the file"
        raise _knowledge.fail(row["reference"], where.at("reference"), expected, "Move it up.")
    built = _ctcae_v5_set(reference)
    if built.name != row["name"]:
        expected = f"the name {built.name!r} that the derived set takes"
        raise _knowledge.fail(row["name"], where.at("name"), expected, "Rename the row.")
    return built


THRESHOLD_SETS: Final[Mapping[str, ThresholdSet]] = _knowledge.LazyTable(_threshold_sets)
"""Every built-in threshold set, by name (read-only; it pickles and deep-copies).

Read from the knowledge base's ``data/threshold_sets.toml`` on first use.

Examples:
    >>> import magnesium as mg
    >>> sorted(mg.THRESHOLD_SETS)[:3]
    ['aha-2005', 'bnssg-remedy-2023', 'ctcae-v5']
"""


def _default_set() -> ThresholdSet:
    """The default set, looked up once and kept in `_DEFAULT`."""
    if not _DEFAULT:
        _DEFAULT.append(THRESHOLD_SETS[DEFAULT_THRESHOLD_SET])
    return _DEFAULT[0]


_DEFAULT: Final[list[ThresholdSet]] = []


def _default_hot(
    unit: str,
) -> tuple[ThresholdSet, Cutoffs, tuple[float, ...], tuple[Band, ...], float]:
    """The default set and its table for *unit* (`ThresholdSet._hot`), kept in `_DEFAULT_HOT`."""
    if not _DEFAULT_HOT:
        chosen = _default_set()
        _DEFAULT_HOT.update({name: (chosen, *hot) for name, hot in chosen._hot.items()})  # noqa: SLF001
    return _DEFAULT_HOT[unit]


_DEFAULT_HOT: Final[
    dict[str, tuple[ThresholdSet, Cutoffs, tuple[float, ...], tuple[Band, ...], float]]
] = {}


_NEW_CLASSIFICATION: Final = object.__new__
_bisect_right: Final = bisect.bisect_right
_SET_LEVEL, _SET_BAND, _SET_SET, _SET_UNIT, _SET_CRITICAL = (
    LevelClassification.__dict__[name].__set__
    for name in ("level", "band", "threshold_set", "unit_used", "critical_limits")
)
"""The slots' own setters, as in `SerumMagnesium`: the hot path of `classify`."""


def get_threshold_set(name: str | ThresholdSet | None = None) -> ThresholdSet:
    """Return a threshold set by name; ``None`` gives the default.

    Raises:
        UnknownEntryError: If no set has that name (a `LookupError`), with close matches.

    Examples:
        >>> get_threshold_set().name
        'iom-1997'
        >>> get_threshold_set(" CTCAE-v5 ").name
        'ctcae-v5'
    """
    if name is None:
        return _default_set()
    if isinstance(name, ThresholdSet):
        return name
    if isinstance(name, str):
        found = THRESHOLD_SETS.get(name.strip().lower())
        if found is not None:
            return found
    raise UnknownEntryError(name, "threshold set", THRESHOLD_SETS)


@overload
def classify(
    level: CensoredSerumMagnesium,
    threshold_set: str | ThresholdSet | None = None,
    *,
    critical_limits: str | CriticalLimits | None = None,
) -> CensoredLevelClassification: ...
@overload
def classify(
    level: SerumMagnesium | str | PlainQuantity[Any],
    threshold_set: str | ThresholdSet | None = None,
    *,
    critical_limits: str | CriticalLimits | None = None,
) -> LevelClassification: ...
def classify(
    level: SerumMagnesium | CensoredSerumMagnesium | str | PlainQuantity[Any],
    threshold_set: str | ThresholdSet | None = None,
    *,
    critical_limits: str | CriticalLimits | None = None,
) -> LevelClassification | CensoredLevelClassification:
    """Classify a serum magnesium level against a threshold set.

    Args:
        level: A [`SerumMagnesium`][magnesium.serum.SerumMagnesium], a result as
            text (``"1.4 mg/dL"``), or a pint Quantity; or a censored result, a
            [`CensoredSerumMagnesium`][magnesium.serum.CensoredSerumMagnesium], which
            gives a
            [`CensoredLevelClassification`][magnesium.thresholds.CensoredLevelClassification]
            (text with ``<`` or ``>`` is refused here: read it with
            [`parse_result`][magnesium.serum.parse_result] first).
        threshold_set: A name from [`THRESHOLD_SETS`][magnesium.thresholds.THRESHOLD_SETS],
            a [`ThresholdSet`][magnesium.thresholds.ThresholdSet], or ``None`` for
            [`DEFAULT_THRESHOLD_SET`][magnesium.thresholds.DEFAULT_THRESHOLD_SET].
        critical_limits: A laboratory's critical limits, by name from
            [`CRITICAL_LIMITS`][magnesium.critical.CRITICAL_LIMITS]; none by default
            (critical limits are local policy), and then ``critical`` is ``None``.

    Returns:
        The status, severity and grade, with the set and its sources, and
        whether the level is critical by the named limits.

    Raises:
        UnknownEntryError: If the set's or the critical limits' name is unknown.
        ImplausibleValueError, UnitError, ParseError: If *level* is not a valid level.

    Examples:
        >>> classify("1.4 mg/dL").status
        <Status.LOW: 'low'>
        >>> classify(SerumMagnesium.of(0.74, "mmol/L"), "workeneh-2021").status
        <Status.LOW: 'low'>
        >>> classify(SerumMagnesium.of(1.8, "mg/dL"), "workeneh-2021").status
        <Status.NORMAL: 'normal'>
        >>> classify(CensoredSerumMagnesium.parse("<0.5 mmol/L"), "workeneh-2021").status
        <Status.LOW: 'low'>
    """
    if threshold_set is None and critical_limits is None and type(level) is SerumMagnesium:
        # The hot path: band_for and band_of's float filter in line, the default set's table
        # for the unit read at once.
        hot = _DEFAULT_HOT.get(level.unit) or _default_hot(level.unit)
        chosen, cutoffs, guards, gap_bands, factor = hot
        limits = None
        gap = _bisect_right(guards, level.value * factor)
        band = cutoffs.band_of(level) if gap & 1 else gap_bands[gap >> 1]
    elif type(level) is SerumMagnesium:  # the same, for a set or limits named
        chosen = _default_set() if threshold_set is None else get_threshold_set(threshold_set)
        limits = None if critical_limits is None else get_critical_limits(critical_limits)
        cutoffs, guards, gap_bands, factor = chosen._hot[level.unit]  # noqa: SLF001
        gap = _bisect_right(guards, level.value * factor)
        band = cutoffs.band_of(level) if gap & 1 else gap_bands[gap >> 1]
    else:
        chosen = _default_set() if threshold_set is None else get_threshold_set(threshold_set)
        limits = None if critical_limits is None else get_critical_limits(critical_limits)
        if isinstance(level, CensoredSerumMagnesium):
            return _classify_censored(level, chosen, limits)
        if not isinstance(level, SerumMagnesium):
            level = _as_level(level)
        band, cutoffs = chosen.band_for(level)
    # Every field is checked already: fill the slots without running the validators again.
    result = _NEW_CLASSIFICATION(LevelClassification)
    _SET_LEVEL(result, level)
    _SET_BAND(result, band)
    _SET_SET(result, chosen)
    _SET_UNIT(result, cutoffs.unit)
    _SET_CRITICAL(result, limits)
    return result


def _as_level(level: object) -> SerumMagnesium:
    if isinstance(level, str):
        return SerumMagnesium.parse(level)
    if units.is_quantity(level):
        return SerumMagnesium.from_quantity(level)  # type: ignore[arg-type]
    if type(level).__module__ == "magnesium.analytes":  # another measurand, never serum
        raise ArgumentTypeError(
            level,
            "a serum magnesium: a SerumMagnesium, a result as text or a pint Quantity",
            "Ionised, RBC and urine magnesium are other measurands: read them with "
            "magnesium.analytes.classify_analyte.",
        )
    raise ImplausibleValueError(
        level,
        "a SerumMagnesium, a result as text such as '1.4 mg/dL', or a pint Quantity",
        "Build the level first: SerumMagnesium.of(value, unit).",
    )


def ctcae_v5(reference: str | ThresholdSet = DEFAULT_THRESHOLD_SET) -> ThresholdSet:
    """Build the NCI CTCAE v5.0 grading with the LLN and ULN of a reference interval.

    CTCAE grade 1 runs from the lower (upper) limit of normal of the laboratory
    to 1.2 mg/dL or 0.5 mmol/L (3.0 mg/dL or 1.23 mmol/L). The built-in
    ``"ctcae-v5"`` set takes LLN and ULN from ``"iom-1997"``; pass your
    laboratory's interval to grade against it instead. Each published unit of
    the reference interval gives the LLN and ULN of the CTCAE table in that
    unit; a unit the reference lacks takes them by conversion.

    Args:
        reference: A two-sided set with one normal band, e.g. ``"rcpa-aacb-adult"``.

    Raises:
        DefinitionError: If *reference* has no single normal band, or its
            limits are not between CTCAE's grade 1 limits.

    Examples:
        >>> graded = ctcae_v5("rcpa-aacb-adult")
        >>> graded.name
        'ctcae-v5/rcpa-aacb-adult'
        >>> classify(SerumMagnesium.of(0.72, "mmol/L"), graded).status
        <Status.NORMAL: 'normal'>
        >>> classify(SerumMagnesium.of(0.72, "mmol/L"), "ctcae-v5").grade
        1
    """
    return _ctcae_v5_set(get_threshold_set(reference))


@attrs.frozen(kw_only=True)
class _CtcaeLimits:
    """One unit's row of ``data/ctcae_v5.toml``: CTCAE v5.0's fixed grade limits."""

    unit: str = attrs.field(converter=units.canonical_unit)
    grade4_below: float
    grade3_below: float
    grade2_below: float
    grade1_high_up_to: float
    grade3_high_up_to: float
    sources: tuple[Source, ...]


@functools.cache
def _ctcae_limits() -> tuple[_CtcaeLimits, ...]:
    return _knowledge.load("ctcae_v5.toml", "unit", _CtcaeLimits, resolve=cite)


def _ctcae_table(limits: _CtcaeLimits, lln: float, uln: float) -> Cutoffs:
    unit = limits.unit
    g2, hyper1 = limits.grade2_below, limits.grade1_high_up_to
    if not g2 < lln < uln < hyper1:
        raise DefinitionError(
            (lln, uln),
            f"an LLN above {g2:g} {unit} and a ULN below {hyper1:g} {unit}",
            "CTCAE grade 1 runs from the limit of normal to those values; use a reference "
            "interval that lies between them.",
        )
    return Cutoffs(unit, (*_ctcae_low(limits, lln), *_ctcae_normal_and_high(limits, lln, uln)))


def _ctcae_low(limits: _CtcaeLimits, lln: float) -> tuple[Band, ...]:
    """Hypomagnesemia grades 4 to 1, up to the lower limit of normal."""
    unit, low = limits.unit, Status.LOW
    g4, g3, g2 = limits.grade4_below, limits.grade3_below, limits.grade2_below
    return (
        Band(
            lower=0,
            upper=g4,
            status=low,
            severity=Severity.LIFE_THREATENING,
            grade=4,
            label=f"hypomagnesemia grade 4 (< {g4:g} {unit}; life-threatening consequences)",
        ),
        Band(
            lower=g4,
            upper=g3,
            status=low,
            severity=Severity.SEVERE,
            grade=3,
            label=f"hypomagnesemia grade 3 (< {g3:g} - {g4:g} {unit})",
        ),
        Band(
            lower=g3,
            upper=g2,
            status=low,
            severity=Severity.MODERATE,
            grade=2,
            label=f"hypomagnesemia grade 2 (< {g2:g} - {g3:g} {unit})",
        ),
        Band(
            lower=g2,
            upper=lln,
            status=low,
            severity=Severity.MILD,
            grade=1,
            label=f"hypomagnesemia grade 1 (< LLN - {g2:g} {unit}; LLN {lln:g})",
        ),
    )


def _ctcae_normal_and_high(limits: _CtcaeLimits, lln: float, uln: float) -> tuple[Band, ...]:
    """Within normal limits, then hypermagnesemia grades 1, 3 and 4 (CTCAE has no grade 2)."""
    unit, high = limits.unit, Status.HIGH
    hyper1, hyper3 = limits.grade1_high_up_to, limits.grade3_high_up_to
    return (
        Band(
            lower=lln,
            upper=uln,
            status=Status.NORMAL,
            includes_upper=True,
            label=f"within normal limits (LLN {lln:g} - ULN {uln:g} {unit})",
        ),
        Band(
            lower=uln,
            upper=hyper1,
            status=high,
            severity=Severity.MILD,
            grade=1,
            includes_lower=False,
            includes_upper=True,
            label=f"hypermagnesemia grade 1 (> ULN - {hyper1:g} {unit}; ULN {uln:g})",
        ),
        Band(
            lower=hyper1,
            upper=hyper3,
            status=high,
            severity=Severity.SEVERE,
            grade=3,
            includes_lower=False,
            includes_upper=True,
            label=f"hypermagnesemia grade 3 (> {hyper1:g} - {hyper3:g} {unit}; "
            "CTCAE has no grade 2)",
        ),
        Band(
            lower=hyper3,
            upper=math.inf,
            status=high,
            severity=Severity.LIFE_THREATENING,
            grade=4,
            includes_lower=False,
            label=f"hypermagnesemia grade 4 (> {hyper3:g} {unit}; life-threatening consequences)",
        ),
    )


def _normal_limits(reference: ThresholdSet, unit: str) -> tuple[float, float]:
    """The reference's LLN and ULN in *unit*: from its table of that kind, else converted."""
    by_kind = {units.unit_kind(table.unit): table for table in reversed(reference.cutoffs)}
    table = by_kind.get(units.unit_kind(unit), reference.cutoffs[0])
    normal = [band for band in table.bands if band.status is Status.NORMAL]
    if len(normal) != 1 or math.isinf(normal[0].upper) or normal[0].lower == 0:
        raise DefinitionError(
            reference.name,
            "a two-sided reference interval with one normal band",
            "Pass a set such as 'iom-1997' or 'rcpa-aacb-adult'.",
        )
    lower, upper = normal[0].lower, normal[0].upper
    return units.convert(lower, table.unit, unit), units.convert(upper, table.unit, unit)


def _ctcae_v5_set(reference: ThresholdSet) -> ThresholdSet:
    """CTCAE v5.0 grading in mmol/L and mg/dL with LLN and ULN from *reference*."""
    published = _ctcae_limits()
    tables = [_ctcae_table(each, *_normal_limits(reference, each.unit)) for each in published]
    name = "ctcae-v5" if reference.name == "iom-1997" else f"ctcae-v5/{reference.name}"
    return ThresholdSet(
        name=name,
        title=f"NCI CTCAE v5.0 grades 1-4 of hypo- and hypermagnesemia (LLN/ULN from "
        f"{reference.name})",
        population=reference.population,
        cutoffs=tables,
        sources=(*published[0].sources, *reference.sources),
        description=(
            "Grades 1-4 as published in both units; the two units' limits are not exact "
            "conversions of each other (1.2 mg/dL = 0.494 mmol/L, not 0.5), so a level "
            "reported in mg/dL is graded on the mg/dL table. Grade 1 starts at the lower or "
            f"upper limit of normal, taken from {reference.name}. Hypermagnesemia has no "
            "grade 2; grade 5 (death) is not a laboratory value and is not modelled."
        ),
    )


# --- censored results ("<0.5 mmol/L") -------------------------------------------------


def _censored_table(threshold_set: ThresholdSet, level: CensoredSerumMagnesium) -> Cutoffs:
    """The table a measured level in the censored result's unit would be read on."""
    return threshold_set._table_for_unit[_UNIT_INDEX[level.unit]]  # noqa: SLF001 (same module)


def _allowed_bands(table: Cutoffs, level: CensoredSerumMagnesium) -> tuple[Band, ...]:
    """The bands of *table* that hold some value *level* allows, low to high, decided exactly.

    The bound is read in the table's unit as `Cutoffs.band_of` reads a level there,
    so the band of the bound itself is the band a level of that value falls in.
    """
    bound = units.exact_in(float(level.bound), level.unit, table.unit)
    pairs = tuple(zip(table._exact_edges, table._upper_takes_edge, strict=True))  # noqa: SLF001
    at_bound = sum(1 for edge, takes in pairs if edge < bound or (edge == bound and takes))
    if level.below:  # [0, bound) or [0, bound]
        top = at_bound if level.inclusive else sum(1 for edge, _ in pairs if edge < bound)
        return table.bands[: top + 1]
    bottom = at_bound if level.inclusive else sum(1 for edge, _ in pairs if edge <= bound)
    return table.bands[bottom:]  # (bound, inf) or [bound, inf)


def _critical_extent(limits: CriticalLimits, level: CensoredSerumMagnesium) -> tuple[bool, bool]:
    """Whether every value *level* allows is critical by *limits*, and whether some is."""
    bound = units.exact_in(float(level.bound), level.unit, limits.unit)
    low = None if limits.low is None else Decimal(repr(limits.low))
    high = None if limits.high is None else Decimal(repr(limits.high))
    if level.below:  # [0, bound) or [0, bound]: all low-critical, or a high-critical top
        every = low is not None and (
            bound < low or (bound == low and (limits.low_inclusive or not level.inclusive))
        )
        some = (low is not None and (low > 0 or limits.low_inclusive)) or (
            high is not None
            and (bound > high or (bound == high and level.inclusive and limits.high_inclusive))
        )
        return every, some
    every = high is not None and (
        bound > high or (bound == high and (limits.high_inclusive or not level.inclusive))
    )
    some = high is not None or (
        low is not None
        and (bound < low or (bound == low and level.inclusive and limits.low_inclusive))
    )
    return every, some


def _one(values: Iterable[Any]) -> Any:  # noqa: ANN401 (a Status, Severity, grade or label)
    """The one value all of *values* share, or None."""
    distinct = tuple(dict.fromkeys(values))
    return distinct[0] if len(distinct) == 1 else None


@attrs.frozen(field_transformer=checked)
class CensoredLevelClassification:
    """A censored result read against a set: decided only where its bound decides it.

    A result such as ``"<0.5 mmol/L"`` allows every value below its bound. It is
    read on the table a measured level in its unit would be read on, and
    [`bands`][magnesium.thresholds.CensoredLevelClassification.bands] holds every band
    of that table in which some allowed value falls. Where they share a status,
    [`status`][magnesium.thresholds.CensoredLevelClassification.status] gives it; where
    they do not, it is ``None`` and the result is undetermined
    ([`determined`][magnesium.thresholds.CensoredLevelClassification.determined] is
    False). Severity, grade, label and criticality are decided the same way, each
    on its own: ``"<0.45 mmol/L"`` is low by CTCAE with its grade (3 or 4) undetermined.

    Raises:
        DefinitionError: If *bands* or *unit_used* are not what the set gives the level.

    Examples:
        >>> import magnesium as mg
        >>> low = mg.classify(mg.CensoredSerumMagnesium.parse("<0.5 mmol/L"))
        >>> low.status, low.determined, low.threshold_set.name
        (<Status.LOW: 'low'>, True, 'iom-1997')
        >>> unsure = mg.classify(mg.CensoredSerumMagnesium.parse("<0.9 mmol/L"))
        >>> unsure.status, unsure.statuses
        (None, (<Status.LOW: 'low'>, <Status.NORMAL: 'normal'>))
        >>> print(unsure)
        <0.9 mmol/L: undetermined (low or normal) by iom-1997
    """

    level: CensoredSerumMagnesium
    """The censored result classified."""
    bands: tuple[Band, ...]
    """Every band in which some value the result allows falls, low to high."""
    threshold_set: ThresholdSet
    """The set used."""
    unit_used: str = attrs.field(converter=units.canonical_unit)
    """The unit of the cut-offs that were applied."""
    critical_limits: CriticalLimits | None = None
    """The laboratory's critical limits the result was checked against, if any were named."""

    def __attrs_post_init__(self) -> None:
        table = _censored_table(self.threshold_set, self.level)
        if self.bands != _allowed_bands(table, self.level) or self.unit_used != table.unit:
            raise DefinitionError(
                [str(band) for band in self.bands],
                "the bands and unit the threshold set gives the censored result",
                "Build it with classify(level, threshold_set).",
            )

    @property
    def determined(self) -> bool:
        """Whether every value the result allows has the same status."""
        return len(self.statuses) == 1

    @property
    def statuses(self) -> tuple[Status, ...]:
        """Every status an allowed value may have, low to high."""
        return tuple(dict.fromkeys(band.status for band in self.bands))

    @property
    def status(self) -> Status | None:
        """The status every allowed value has; ``None`` if they differ (undetermined)."""
        found: Status | None = _one(band.status for band in self.bands)
        return found

    @property
    def severity(self) -> Severity | None:
        """The severity every allowed value has; ``None`` if they differ."""
        found: Severity | None = _one(band.severity for band in self.bands)
        return found

    @property
    def grades(self) -> tuple[int | None, ...]:
        """Every CTCAE grade an allowed value may have (``None``: a band without one)."""
        return tuple(dict.fromkeys(band.grade for band in self.bands))

    @property
    def grade(self) -> int | None:
        """The CTCAE grade every allowed value has; ``None`` if none or if they differ."""
        found: int | None = _one(band.grade for band in self.bands)
        return found

    @property
    def label(self) -> str | None:
        """What the source calls the one band of every allowed value; ``None`` if several."""
        return self.bands[0].label if len(self.bands) == 1 else None

    @property
    def critical(self) -> bool | None:
        """True if every allowed value is critical, False if none is; else ``None``.

        ``None`` also where no critical limits were named; see
        [`possibly_critical`][magnesium.thresholds.CensoredLevelClassification.possibly_critical].

        Examples:
            >>> import magnesium as mg
            >>> level = mg.CensoredSerumMagnesium.parse("<0.3 mmol/L")
            >>> mg.classify(level, critical_limits="homerton").critical
            True
        """
        if self.critical_limits is None:
            return None
        every, some = _critical_extent(self.critical_limits, self.level)
        return True if every else (False if not some else None)

    @property
    def possibly_critical(self) -> bool:
        """Whether some allowed value is beyond the named critical limits (False if none)."""
        return (
            self.critical_limits is not None
            and _critical_extent(self.critical_limits, self.level)[1]
        )

    @property
    def sources(self) -> tuple[Source, ...]:
        """The documents behind this classification."""
        return self.threshold_set.sources

    @property
    def verification(self) -> Verification:
        """How well the set's sources were read: the weakest of their levels."""
        return self.threshold_set.verification

    def __str__(self) -> str:
        status = self.status
        said = (
            status.value
            if status is not None
            else "undetermined (" + " or ".join(s.value for s in self.statuses) + ")"
        )
        return f"{self.level}: {said} by {self.threshold_set.name}"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _classify_censored(
    level: CensoredSerumMagnesium, chosen: ThresholdSet, limits: CriticalLimits | None
) -> CensoredLevelClassification:
    table = _censored_table(chosen, level)
    return CensoredLevelClassification(
        level, _allowed_bands(table, level), chosen, table.unit, limits
    )
