"""Critical (panic) values: the limits at which a laboratory phones a result at once.

Critical limits are local policy, not physiology: each laboratory sets its own,
for its own patients, and many set separate limits for children or for
labour and delivery. `magnesium` keeps each published set of limits as a
[`CriticalLimits`][magnesium.critical.CriticalLimits] with the laboratory's
page as its source, in the unit the laboratory printed, and applies none of
them unless you name one: there is **no default**. (The UK Royal College of
Pathologists' alert limit of < 0.40 mmol/L was seen only restated by a
laboratory, not in the College's own text, so it is not offered as one.)

[`classify`][magnesium.thresholds.classify] takes ``critical_limits=`` and
reports ``critical`` beside the status:

Examples:
    >>> import magnesium as mg
    >>> result = mg.classify("8.5 mg/dL", critical_limits="tidalhealth-labour-delivery")
    >>> result.status, result.critical
    (<Status.HIGH: 'high'>, True)
    >>> mg.classify("8.5 mg/dL").critical is None
    True
    >>> print(get_critical_limits("ohsu"))
    ohsu: critical at <= 0.9 or >= 5 mg/dL (all patients; OHSU Lab Services)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final

import attrs

from magnesium import _knowledge, _show, plausibility, units
from magnesium._fields import checked
from magnesium.errors import ArgumentTypeError, DefinitionError, UnknownEntryError
from magnesium.serum import SerumMagnesium
from magnesium.sources import Source, cite

__all__ = [
    "CRITICAL_LIMITS",
    "CriticalLimits",
    "CriticalPopulation",
    "get_critical_limits",
]


class CriticalPopulation(enum.Enum):
    """Which patients a laboratory's critical limits are published for.

    Examples:
        >>> CriticalPopulation("obstetric")
        <CriticalPopulation.OBSTETRIC: 'obstetric'>
    """

    ALL = "all patients"
    ADULT = "adult"
    PEDIATRIC = "paediatric"
    OBSTETRIC = "obstetric"
    PAEDIATRIC = PEDIATRIC
    """Deprecated alias (British spelling) of ``PEDIATRIC``: the same member."""


def _limit(value: float | None) -> float | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not 0 < value <= plausibility.MAX_MAGNITUDE
    ):
        raise DefinitionError(value, "a critical limit: a finite number > 0, or None", "Fix it.")
    return float(value)


def _sources_tuple(sources: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(sources)


@attrs.frozen(kw_only=True, field_transformer=checked)
class CriticalLimits:
    """One laboratory's critical limits for serum or plasma magnesium, as published.

    Args:
        name: The key in [`CRITICAL_LIMITS`][magnesium.critical.CRITICAL_LIMITS].
        laboratory: The laboratory that publishes the limits.
        population: Which patients they are for.
        scope: The laboratory's own words for whom they apply to.
        unit: The unit the limits are printed in.
        low: A level below it (or equal, if *low_inclusive*) is critical; ``None`` if none.
        high: A level above it (or equal, if *high_inclusive*) is critical; ``None`` if none.
        low_inclusive: Whether a level equal to *low* is critical ("<=").
        high_inclusive: Whether a level equal to *high* is critical (">=").
        sources: The laboratory's page.

    Raises:
        DefinitionError: If there is no limit, *low* is not below *high*, or no source.

    Examples:
        >>> limits = get_critical_limits("baystate")
        >>> limits.is_critical(SerumMagnesium(0.79, "mEq/L")), limits.is_critical(
        ...     SerumMagnesium(0.8, "mEq/L"))
        (True, False)
    """

    name: str
    """The key of these limits in `CRITICAL_LIMITS`."""
    laboratory: str
    """The laboratory that publishes the limits."""
    population: CriticalPopulation
    """Which patients they are for."""
    scope: str
    """The laboratory's own words for whom they apply to."""
    unit: str = attrs.field(converter=units.canonical_unit)
    """The unit the limits are printed in."""
    low: float | None = attrs.field(converter=_limit)
    """The critical low limit, or ``None``."""
    high: float | None = attrs.field(converter=_limit)
    """The critical high limit, or ``None``."""
    sources: tuple[Source, ...] = attrs.field(converter=_sources_tuple)
    """The laboratory's page."""
    low_inclusive: bool = False
    """Whether a level equal to the low limit is critical."""
    high_inclusive: bool = False
    """Whether a level equal to the high limit is critical."""

    def __attrs_post_init__(self) -> None:
        problem = ""
        if self.low is None and self.high is None:
            problem = "Give a low limit, a high limit or both."
        elif self.low is not None and self.high is not None and not self.low < self.high:
            problem = "The low limit must be below the high limit."
        elif not self.sources:
            problem = "Cite at least one Source."
        if problem:
            raise DefinitionError(self.name, "cited critical limits", problem)

    @property
    def verified(self) -> bool:
        """Whether every source was checked against its primary text."""
        return all(source.verified for source in self.sources)

    def is_critical(self, level: SerumMagnesium) -> bool:
        """Return whether a level is beyond these limits, decided exactly in their unit.

        Examples:
            >>> ohsu = get_critical_limits("ohsu")
            >>> ohsu.is_critical(SerumMagnesium(0.9, "mg/dL")), ohsu.is_critical(
            ...     SerumMagnesium(0.91, "mg/dL"))
            (True, False)
        """
        if not isinstance(level, SerumMagnesium):  # never another measurand (ionised, RBC)
            raise ArgumentTypeError(
                level, "a SerumMagnesium", "Build the level first: SerumMagnesium.of(value, unit)."
            )
        exact = units.exact_in(float(level.value), level.unit, self.unit)
        if self.low is not None:
            low = Decimal(repr(self.low))
            if exact < low or (self.low_inclusive and exact == low):
                return True
        if self.high is not None:
            high = Decimal(repr(self.high))
            if exact > high or (self.high_inclusive and exact == high):
                return True
        return False

    def __str__(self) -> str:
        ends = []
        if self.low is not None:
            ends.append(f"{'<=' if self.low_inclusive else '<'} {self.low:g}")
        if self.high is not None:
            ends.append(f"{'>=' if self.high_inclusive else '>'} {self.high:g}")
        return (
            f"{self.name}: critical at {' or '.join(ends)} {self.unit} "
            f"({self.population.value}; {self.laboratory})"
        )

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _critical_limits() -> Mapping[str, CriticalLimits]:
    table: dict[str, CriticalLimits] = {}
    for where, row in _knowledge.rows("critical_limits.toml", "limits"):
        limits = _knowledge.build(CriticalLimits, row, where, cite)
        if limits.name in table:
            raise _knowledge.fail(limits.name, where, "a unique name", "Rename one of the two.")
        table[limits.name] = limits
    return table


CRITICAL_LIMITS: Final[Mapping[str, CriticalLimits]] = _knowledge.LazyTable(_critical_limits)
"""Every built-in laboratory's critical limits, by name (read-only; read from
``data/critical_limits.toml`` on first use).

Examples:
    >>> sorted(CRITICAL_LIMITS)[:3]
    ['baystate', 'baystate-obstetric', 'homerton']
"""


def get_critical_limits(name: str | CriticalLimits) -> CriticalLimits:
    """Return a laboratory's critical limits by name, or the limits passed in.

    Raises:
        UnknownEntryError: If no limits have that name (a `LookupError`), with close matches.

    Examples:
        >>> get_critical_limits(" OHSU ").laboratory
        'OHSU Lab Services'
    """
    if isinstance(name, CriticalLimits):
        return name
    if isinstance(name, str):
        found = CRITICAL_LIMITS.get(name.strip().lower())
        if found is not None:
            return found
    raise UnknownEntryError(name, "set of critical limits", CRITICAL_LIMITS)
