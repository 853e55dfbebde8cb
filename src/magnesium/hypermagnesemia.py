"""Hypermagnesaemia: the signs each source links to a serum level, as published.

A threshold set says *whether* a level is high; the sources here say what
tends to happen at a given high level. Each source is kept as its own
[`ToxicityTable`][magnesium.hypermagnesemia.ToxicityTable] in the unit it
printed: the US magnesium sulfate label (deep tendon reflexes diminish above
4 mEq/L, may be absent at 10 mEq/L with a hazard of respiratory paralysis),
Medscape's emergency-medicine bands and the MSD Manual's. Their bands are
printed as ranges that may overlap or leave gaps, and they are **not**
blended: [`manifestations`][magnesium.hypermagnesemia.manifestations]
returns, for each table, the bands a level falls in (possibly none).

[`Classification.manifestations`][magnesium.thresholds.LevelClassification.manifestations]
gives the same for a level that its threshold set calls high.

Examples:
    >>> import magnesium as mg
    >>> for reading in manifestations("11 mEq/L"):
    ...     print(reading)
    11.0 mEq/L (5.5 mmol/L) by us-label: reflexes may be absent at 10 mEq/L, where respiratory \
paralysis is a potential hazard
    11.0 mEq/L (5.5 mmol/L) by medscape-2022: asystole, heart block, ventilatory failure, \
stupor or coma, death
    11.0 mEq/L (5.5 mmol/L) by msd-manual: hypermagnesemia (> 2.6 mg/dL); deep tendon reflexes \
disappear as the level approaches 12 mg/dL; hypotension, respiratory depression and \
narcosis develop with increasing hypermagnesemia
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

import attrs

from magnesium import _knowledge, _show, plausibility, units
from magnesium._fields import checked, to_tuple
from magnesium.errors import DefinitionError, ImplausibleValueError, UnknownEntryError
from magnesium.serum import SerumMagnesium
from magnesium.sources import Source, cite

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity

__all__ = [
    "TOXICITY_TABLES",
    "ToxicityBand",
    "ToxicityReading",
    "ToxicityTable",
    "get_toxicity_table",
    "manifestations",
]


def _edge(value: float) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not (0 <= value <= plausibility.MAX_MAGNITUDE or value == math.inf)
    ):
        raise DefinitionError(
            plausibility.shown(value), "a band edge: a number >= 0 (math.inf for none)", "Fix it."
        )
    return float(value)


@attrs.frozen(kw_only=True, field_transformer=checked)
class ToxicityBand:
    """A range of serum levels and the signs a source links to it, in its table's unit.

    Args:
        lower: The lower end as printed.
        upper: The upper end as printed; ``math.inf`` for "greater than".
        signs: What the source says happens in this range (its words, shortened).
        includes_lower: Whether a level equal to *lower* lies in the band.
        includes_upper: Whether a level equal to *upper* lies in the band.

    Examples:
        >>> print(ToxicityBand(lower=10, signs="asystole", includes_lower=False))
        x > 10: asystole
    """

    lower: float = attrs.field(converter=_edge)
    """The lower end."""
    signs: str
    """What the source says happens in this range."""
    upper: float = attrs.field(default=math.inf, converter=_edge)
    """The upper end; ``inf`` for none."""
    includes_lower: bool = True
    """Whether a level equal to the lower end lies in the band."""
    includes_upper: bool = True
    """Whether a level equal to the upper end lies in the band."""

    def __attrs_post_init__(self) -> None:
        if not self.lower < self.upper:
            raise DefinitionError((self.lower, self.upper), "lower < upper", "Fix the band.")

    def contains(self, exact: Decimal) -> bool:
        """Return whether a level, exactly in the table's unit, lies in this band.

        Examples:
            >>> ToxicityBand(lower=2, upper=4, signs="nausea").contains(Decimal("4"))
            True
        """
        number = plausibility.exact(exact, "exact")  # refuses NaN, infinity and non-numbers
        lower = Fraction(repr(self.lower))
        above = number > lower or (self.includes_lower and number == lower)
        if math.isinf(self.upper):
            return above
        upper = Fraction(repr(self.upper))
        return above and (number < upper or (self.includes_upper and number == upper))

    def __str__(self) -> str:
        low = f"{'≥' if self.includes_lower else '>'} {self.lower:g}"
        if math.isinf(self.upper):
            return f"x {low}: {self.signs}"
        left = "≤" if self.includes_lower else "<"
        right = "≤" if self.includes_upper else "<"
        return f"{self.lower:g} {left} x {right} {self.upper:g}: {self.signs}"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _bands_tuple(bands: Iterable[ToxicityBand]) -> tuple[ToxicityBand, ...]:
    return tuple(bands)


def _sources_tuple(sources: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(sources)


@attrs.frozen(kw_only=True, field_transformer=checked)
class ToxicityTable:
    """One source's bands of hypermagnesaemia, in the unit it printed them.

    Args:
        name: The key in [`TOXICITY_TABLES`][magnesium.hypermagnesemia.TOXICITY_TABLES].
        title: A one-line description.
        unit: The unit of the band edges.
        bands: The bands in increasing order of their lower end; they may overlap
            or leave gaps, as printed.
        sources: The document the bands come from.
        description: Caveats and how the source words it.

    Raises:
        DefinitionError: If there are no bands, they are out of order, or no source.

    Examples:
        >>> table = get_toxicity_table("us-label")
        >>> table.unit, [band.lower for band in table.bands]
        ('mEq/L', [2.5, 2.5, 4.0, 10.0])
    """

    name: str
    """The key of this table in `TOXICITY_TABLES`."""
    title: str
    """A one-line description."""
    unit: str = attrs.field(converter=units.canonical_unit)
    """The unit of the band edges."""
    bands: tuple[ToxicityBand, ...] = attrs.field(converter=_bands_tuple)
    """The bands, by their lower end."""
    sources: tuple[Source, ...] = attrs.field(converter=_sources_tuple)
    """The document the bands come from."""
    description: str = ""
    """Caveats and how the source words it."""

    def __attrs_post_init__(self) -> None:
        problem = ""
        if not self.bands:
            problem = "Give at least one band."
        elif [band.lower for band in self.bands] != sorted(band.lower for band in self.bands):
            problem = "List the bands in increasing order of their lower end."
        elif not self.sources:
            problem = "Cite at least one Source."
        if problem:
            raise DefinitionError(self.name, "a cited table of hypermagnesaemia bands", problem)

    @property
    def verified(self) -> bool:
        """Whether every source was checked against its primary text."""
        return all(source.verified for source in self.sources)

    def bands_at(self, level: SerumMagnesium) -> tuple[ToxicityBand, ...]:
        """Return the bands a level lies in, decided exactly in this table's unit.

        Examples:
            >>> table = get_toxicity_table("medscape-2022")
            >>> [band.lower for band in table.bands_at(SerumMagnesium(3.8, "mEq/L"))]
            [2.0, 3.5]
            >>> table.bands_at(SerumMagnesium(7, "mEq/L"))
            ()
        """
        if not isinstance(level, SerumMagnesium):
            level = _as_level(level)
        exact = units.exact_in(float(level.value), level.unit, self.unit)
        return tuple(band for band in self.bands if band.contains(exact))

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(field_transformer=checked)
class ToxicityReading:
    """A level read against one table: the bands it lies in (possibly none).

    Examples:
        >>> reading = manifestations("3 mEq/L", "medscape-2022")[0]
        >>> [band.signs for band in reading.bands]
        ['nausea, vomiting, skin flushing, weakness, lightheadedness']
    """

    level: SerumMagnesium
    """The level read."""
    table: ToxicityTable
    """The table it was read against."""
    bands: tuple[ToxicityBand, ...]
    """The bands the level lies in, lowest first; empty if none."""

    @property
    def sources(self) -> tuple[Source, ...]:
        """The documents behind the reading."""
        return self.table.sources

    def __str__(self) -> str:
        signs = "; ".join(band.signs for band in self.bands) or "no band of this source"
        return f"{self.level} by {self.table.name}: {signs}"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _tables() -> Mapping[str, ToxicityTable]:
    table: dict[str, ToxicityTable] = {}
    for where, row in _knowledge.rows("toxicity_tables.toml", "table"):
        built = _knowledge.build(ToxicityTable, row, where, cite)
        if built.name in table:
            raise _knowledge.fail(built.name, where, "a unique name", "Rename one of the two.")
        table[built.name] = built
    return table


TOXICITY_TABLES: Final[Mapping[str, ToxicityTable]] = _knowledge.LazyTable(_tables)
"""Every built-in table of hypermagnesaemia bands, by name (read-only; read from
``data/toxicity_tables.toml`` on first use).

Examples:
    >>> list(TOXICITY_TABLES)
    ['us-label', 'medscape-2022', 'msd-manual']
"""


def get_toxicity_table(name: str | ToxicityTable) -> ToxicityTable:
    """Return a table by name, or the table passed in.

    Raises:
        UnknownEntryError: If no table has that name (a `LookupError`), with close matches.

    Examples:
        >>> get_toxicity_table("MSD-manual").unit
        'mg/dL'
    """
    if isinstance(name, ToxicityTable):
        return name
    if isinstance(name, str):
        found = TOXICITY_TABLES.get(name.strip().lower())
        if found is not None:
            return found
    raise UnknownEntryError(name, "hypermagnesaemia table", TOXICITY_TABLES)


def manifestations(
    level: SerumMagnesium | str | PlainQuantity[Any],
    tables: str | ToxicityTable | Iterable[str | ToxicityTable] | None = None,
) -> tuple[ToxicityReading, ...]:
    """Read a level against each table of hypermagnesaemia bands.

    Args:
        level: A [`SerumMagnesium`][magnesium.serum.SerumMagnesium], a result as
            text (``"5 mEq/L"``), or a pint Quantity.
        tables: A table or its name, several, or ``None`` for every built-in table.

    Returns:
        One reading per table, in the order given, each with the bands the level lies in.

    Raises:
        UnknownEntryError: If a table's name is unknown.
        ImplausibleValueError, UnitError, ParseError: If *level* is not a valid level.

    Examples:
        >>> [len(reading.bands) for reading in manifestations("4.5 mEq/L")]
        [3, 1, 1]
    """
    if not isinstance(level, SerumMagnesium):
        level = _as_level(level)
    if tables is None:
        chosen = tuple(TOXICITY_TABLES.values())
    elif isinstance(tables, str | ToxicityTable):
        chosen = (get_toxicity_table(tables),)
    else:
        chosen = tuple(
            get_toxicity_table(table) for table in to_tuple(tables, "manifestations(tables=...)")
        )
    return tuple(ToxicityReading(level, table, table.bands_at(level)) for table in chosen)


def _as_level(level: object) -> SerumMagnesium:
    if isinstance(level, str):
        return SerumMagnesium.parse(level)
    if units.is_quantity(level):
        return SerumMagnesium.from_quantity(level)  # type: ignore[arg-type]
    raise ImplausibleValueError(
        level,
        "a SerumMagnesium, a result as text such as '5 mEq/L', or a pint Quantity",
        "Build the level first: SerumMagnesium.of(value, unit).",
    )
