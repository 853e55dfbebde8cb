"""Intake references for magnesium by life stage, and the assessment of an intake.

Each authority's table is kept as published, with its own life stages and its
own kinds of value, and none is blended with another:

* **RDA** (Recommended Dietary Allowance): the intake that meets the needs of
  nearly all (97-98 %) healthy people in a group. It is derived from an EAR.
* **AI** (Adequate Intake): set where the evidence does not allow an EAR (and so
  an RDA); an intake assumed to be adequate. Infant values are AIs, never RDAs,
  and every EFSA value is an AI.
* **EAR** (Estimated Average Requirement): the intake that meets the needs of
  half the group. Usual intake below the EAR is the signal of a probable
  shortfall. ``None`` where the authority sets none.
* **UL** (Tolerable Upper Intake Level) for magnesium applies to
  **supplemental** magnesium only (supplements and medicines, not food and
  water), and is below the adult male RDA by design. This module never compares
  total intake with it.

Ages are half-open intervals in months, so that each age falls in exactly one
life stage: the IOM's "14-18 y" runs from the 14th birthday to the day before
the 19th, and 13.99 years is in "9-13 y". Give the age either in years
(``age_years=``) or in months (``age_months=``), never both.

The library models published guidance; it is not a prescriber.

Examples:
    >>> from magnesium import rda
    >>> ref = rda.recommended_intake(age_years=30, sex="female", pregnant=True)
    >>> ref.amount_mg, ref.kind, ref.ear_mg, ref.ul_supplemental_mg
    (350.0, <IntakeKind.RDA: 'RDA'>, 290.0, 350.0)
    >>> print(ref.life_stage)
    pregnancy 19-30 y
    >>> rda.recommended_intake(age_months=8, sex="male").kind
    <IntakeKind.AI: 'AI'>
    >>> result = rda.assess_intake(total_mg=250, supplemental_mg=100, age_years=40, sex="male")
    >>> round(result.percent_of_reference), result.below_ear, result.supplemental_above_ul
    (60, True, False)
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from magnesium.errors import DefinitionError, MagnesiumError, UnknownEntryError
from magnesium.sources import Source, Verification, weakest_verification

__all__ = [
    "AUTHORITIES",
    "DEFAULT_AUTHORITY",
    "FOODS",
    "MAX_AGE_YEARS",
    "MAX_SERVINGS",
    "Authority",
    "AuthorityTable",
    "Food",
    "FoodGroup",
    "FoodPortion",
    "IntakeAssessment",
    "IntakeError",
    "IntakeEstimate",
    "IntakeKind",
    "LifeStage",
    "NoReferenceValueError",
    "RecommendedIntake",
    "ReferenceRow",
    "ReproductiveStatus",
    "Sex",
    "UpperLevel",
    "assess_intake",
    "estimate_intake",
    "get_authority",
    "get_food",
    "recommended_intake",
    "reference_row",
    "upper_level",
]

MAX_AGE_YEARS: Final = 125
"""The oldest age accepted, in years; older ages are treated as input errors.

The oldest documented human lived to 122, so a larger age is a typo or a unit
mix-up (months given as years), not a person.
"""

_MONTHS_PER_YEAR: Final = 12


class IntakeError(MagnesiumError, ValueError):
    """A person or an intake the intake tables cannot take.

    Raised for a missing or doubled age, a negative, non-finite or absurd age,
    pregnancy and lactation at once, a pregnant or lactating male, pregnancy or
    lactation at an age none of the authority's bands covers, and a negative or
    non-finite intake.

    Examples:
        >>> recommended_intake(age_years=60, sex="female", pregnant=True)
        Traceback (most recent call last):
        ...
        magnesium.rda.IntakeError: 60 is not accepted by the intake tables: ...
    """

    def _lead(self) -> str:
        return f"{self.value!r} is not accepted by the intake tables"


class NoReferenceValueError(MagnesiumError, LookupError):
    """The authority publishes no intake value for this life stage.

    EFSA, for example, sets no adequate intake for infants under 7 months.

    Examples:
        >>> recommended_intake(age_months=3, sex="female", authority="EFSA")
        Traceback (most recent call last):
        ...
        magnesium.rda.NoReferenceValueError: EFSA 0-6 months sets no intake value: ...
    """

    def _lead(self) -> str:
        return f"{self.value} sets no intake value"


class Sex(enum.Enum):
    """The sex a table row applies to.

    Examples:
        >>> Sex("female")
        <Sex.FEMALE: 'female'>
    """

    FEMALE = "female"
    MALE = "male"


class ReproductiveStatus(enum.Enum):
    """Pregnancy and lactation, which have rows of their own.

    Examples:
        >>> ReproductiveStatus.PREGNANT.value
        'pregnant'
    """

    NONE = "none"
    PREGNANT = "pregnant"
    LACTATING = "lactating"


class IntakeKind(enum.Enum):
    """The kind of a recommended intake: an RDA or an AI.

    An RDA is derived from an EAR and covers nearly all (97-98 %) of the group;
    an AI is an intake assumed adequate where no EAR could be set. Intake below
    an AI cannot be judged inadequate.

    Examples:
        >>> IntakeKind.AI.value
        'AI'
    """

    RDA = "RDA"
    AI = "AI"


class Authority(enum.Enum):
    """A body that publishes intake references for magnesium.

    Examples:
        >>> Authority("EFSA")
        <Authority.EFSA: 'EFSA'>
    """

    IOM = "IOM"
    EFSA = "EFSA"
    DACH = "D-A-CH"


def _months(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DefinitionError(value, "a whole number of months >= 0", "Fix the band edge.")
    return value


def _lower_months(value: object) -> int:
    months = _months(value)
    if months is None:
        raise DefinitionError(value, "a whole number of months >= 0", "Give the lower edge.")
    return months


def _age_text(months: int) -> str:
    if months and months % _MONTHS_PER_YEAR == 0:
        return f"{months // _MONTHS_PER_YEAR} y"
    return f"{months} mo"


@attrs.frozen(kw_only=True)
class LifeStage:
    """A group of a table: an age interval in months, a sex and a reproductive status.

    The interval is half-open, ``[lower_months, upper_months)``; an
    ``upper_months`` of ``None`` has no upper end.

    Args:
        label: The group as the authority prints it, e.g. ``"31-50 y"``.
        lower_months: The first month of age included.
        upper_months: The first month of age no longer included, or ``None``.
        sex: The sex, or ``None`` where the row is for both sexes.
        status: Pregnant, lactating or neither.

    Raises:
        DefinitionError: If the edges are not whole months in increasing order.

    Examples:
        >>> stage = LifeStage(label="14-18 y", lower_months=168, upper_months=228,
        ...                   sex=Sex.FEMALE, status=ReproductiveStatus.NONE)
        >>> stage.contains_months(Fraction(168)), stage.contains_months(Fraction(228))
        (True, False)
        >>> print(stage)
        female 14-18 y
    """

    label: str
    """The group as the authority prints it."""
    lower_months: int = attrs.field(converter=_lower_months)
    """The first month of age included."""
    upper_months: int | None = attrs.field(converter=_months)
    """The first month of age no longer included, or ``None`` for no upper end."""
    sex: Sex | None
    """The sex, or ``None`` where the row is for both sexes."""
    status: ReproductiveStatus
    """Pregnant, lactating or neither."""

    def __attrs_post_init__(self) -> None:
        if self.upper_months is not None and self.upper_months <= self.lower_months:
            raise DefinitionError(
                (self.lower_months, self.upper_months),
                "an upper edge above the lower edge",
                f"Fix the edges of {self.label!r}.",
            )

    def contains_months(self, months: Fraction) -> bool:
        """Return whether an exact age in months lies in this interval.

        Examples:
            >>> LifeStage(label="> 70 y", lower_months=852, upper_months=None, sex=None,
            ...           status=ReproductiveStatus.NONE).contains_months(Fraction(1200))
            True
        """
        above = months >= self.lower_months
        return above and (self.upper_months is None or months < self.upper_months)

    def applies_to(self, sex: Sex, status: ReproductiveStatus) -> bool:
        """Return whether this group is for a person of this sex and status.

        Examples:
            >>> LifeStage(label="1-3 y", lower_months=12, upper_months=48, sex=None,
            ...           status=ReproductiveStatus.NONE).applies_to(Sex.MALE,
            ...                                                       ReproductiveStatus.NONE)
            True
        """
        return self.status is status and self.sex in {None, sex}

    @property
    def interval(self) -> str:
        """The interval in the library's notation, e.g. ``"[14 y, 19 y)"``.

        Examples:
            >>> LifeStage(label="7-12 mo", lower_months=6, upper_months=12, sex=None,
            ...           status=ReproductiveStatus.NONE).interval
            '[6 mo, 1 y)'
        """
        upper = "inf" if self.upper_months is None else _age_text(self.upper_months)
        return f"[{_age_text(self.lower_months)}, {upper})"

    def __str__(self) -> str:
        who = {
            ReproductiveStatus.PREGNANT: "pregnancy ",
            ReproductiveStatus.LACTATING: "lactation ",
        }.get(self.status, "" if self.sex is None else f"{self.sex.value} ")
        return f"{who}{self.label}"


def _sources_tuple(sources: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(sources)


def _optional_mg(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise DefinitionError(value, "an amount in mg/day > 0, or None", "Fix the table.")
    return float(value)


@attrs.frozen(kw_only=True)
class ReferenceRow:
    """One row of an authority's table of intake references, as published.

    ``amount_mg`` and ``kind`` are ``None`` where the authority sets no value for
    the group; *note* then says why.

    Args:
        life_stage: The group.
        amount_mg: The RDA or AI in mg/day, or ``None``.
        kind: RDA or AI, or ``None`` with no amount.
        ear_mg: The EAR in mg/day, or ``None`` where none is set.
        sources: The documents the values come from.
        note: Anything a reader should know about the row.

    Raises:
        DefinitionError: If an amount is given without its kind (or the
            reverse), the EAR is above the amount, or no source is cited.

    Examples:
        >>> row = get_authority("IOM").row_for(Fraction(30 * 12), Sex.MALE,
        ...                                   ReproductiveStatus.NONE)
        >>> row.amount_mg, row.kind, row.ear_mg
        (400.0, <IntakeKind.RDA: 'RDA'>, 330.0)
    """

    life_stage: LifeStage
    """The group."""
    amount_mg: float | None = attrs.field(converter=_optional_mg)
    """The RDA or AI in mg/day, or ``None`` where the authority sets no value."""
    kind: IntakeKind | None
    """RDA or AI, or ``None`` with no amount."""
    ear_mg: float | None = attrs.field(converter=_optional_mg)
    """The EAR in mg/day, or ``None`` where none is set."""
    sources: tuple[Source, ...] = attrs.field(converter=_sources_tuple)
    """The documents the values come from."""
    note: str = ""
    """Anything a reader should know about the row, e.g. why no value is set."""

    def __attrs_post_init__(self) -> None:
        problem = ""
        if (self.amount_mg is None) != (self.kind is None):
            problem = "Give an amount together with its kind, or neither."
        elif self.ear_mg is not None and (self.amount_mg is None or self.ear_mg > self.amount_mg):
            problem = "An EAR needs an amount at or above it."
        elif not self.sources:
            problem = "Cite at least one Source."
        if problem:
            raise DefinitionError(str(self.life_stage), "a consistent, cited row", problem)


@attrs.frozen(kw_only=True)
class UpperLevel:
    """An upper level for supplemental magnesium over an age interval.

    It applies to every sex and reproductive status in the interval.

    Args:
        label: The group as the authority prints it.
        lower_months: The first month of age included.
        upper_months: The first month of age no longer included, or ``None``.
        ul_supplemental_mg: The upper level in mg/day of supplemental magnesium,
            or ``None`` where the authority sets none.
        sources: The documents the value comes from.
        note: Why no value is set, or anything else a reader should know.

    Examples:
        >>> upper_level(age_years=30).ul_supplemental_mg
        350.0
        >>> print(upper_level(age_years=2, authority="EFSA").ul_supplemental_mg)
        None
    """

    label: str
    """The group as the authority prints it."""
    lower_months: int = attrs.field(converter=_lower_months)
    """The first month of age included."""
    upper_months: int | None = attrs.field(converter=_months)
    """The first month of age no longer included, or ``None``."""
    ul_supplemental_mg: float | None = attrs.field(converter=_optional_mg)
    """The upper level in mg/day of supplemental magnesium, or ``None``."""
    sources: tuple[Source, ...] = attrs.field(converter=_sources_tuple)
    """The documents the value comes from."""
    note: str = ""
    """Why no value is set, or anything else a reader should know."""

    def contains_months(self, months: Fraction) -> bool:
        """Return whether an exact age in months lies in this interval.

        Examples:
            >>> upper_level(age_years=30).contains_months(Fraction(12 * 9))
            True
        """
        above = months >= self.lower_months
        return above and (self.upper_months is None or months < self.upper_months)


def _rows_tuple(rows: Iterable[ReferenceRow]) -> tuple[ReferenceRow, ...]:
    return tuple(rows)


def _uls_tuple(rows: Iterable[UpperLevel]) -> tuple[UpperLevel, ...]:
    return tuple(rows)


def _chain_problem(edges: list[tuple[int, int | None]], *, whole_life: bool) -> str:
    """Why a sorted chain of [lower, upper) intervals is not contiguous, or ''."""
    if not edges:
        return "no rows" if whole_life else ""
    if whole_life and (edges[0][0] != 0 or edges[-1][1] is not None):
        return "the rows must run from birth with no upper end"
    for (_, upper), (lower, _) in itertools.pairwise(edges):
        if upper != lower:
            return f"a gap or overlap at {upper} / {lower} months"
    return ""


@attrs.frozen(kw_only=True)
class AuthorityTable:
    """An authority's intake references: its rows, upper levels and their scope.

    For each sex, the rows without pregnancy or lactation cover every age from
    birth without gaps or overlaps; pregnancy and lactation rows cover one
    unbroken span of ages each.

    Args:
        authority: Who publishes the table.
        title: A one-line description.
        rows: The intake rows.
        upper_levels: The upper levels for supplemental magnesium, from birth on.
        ul_scope: What intake the upper level applies to, in the authority's terms.
        no_ear_reason: Why the authority sets no EAR anywhere, if it does not.
        description: Scope, caveats, and how the table is read.

    Raises:
        DefinitionError: If the rows or upper levels leave a gap or overlap.

    Examples:
        >>> table = get_authority("EFSA")
        >>> table.title
        'EFSA 2015 adequate intakes; EU (SCF) upper level for supplemental magnesium'
        >>> len(get_authority("IOM").rows)
        21
    """

    authority: Authority
    """Who publishes the table."""
    title: str
    """A one-line description."""
    rows: tuple[ReferenceRow, ...] = attrs.field(converter=_rows_tuple)
    """The intake rows, as published."""
    upper_levels: tuple[UpperLevel, ...] = attrs.field(converter=_uls_tuple)
    """The upper levels for supplemental magnesium, from birth on."""
    ul_scope: str
    """What intake the upper level applies to."""
    no_ear_reason: str | None = None
    """Why the authority sets no EAR anywhere, if it does not."""
    description: str = ""
    """Scope, caveats, and how the table is read."""

    def __attrs_post_init__(self) -> None:
        problems = []
        for sex, status in itertools.product(Sex, ReproductiveStatus):
            chain = sorted(
                (row.life_stage.lower_months, row.life_stage.upper_months)
                for row in self.rows
                if row.life_stage.applies_to(sex, status)
            )
            problem = _chain_problem(chain, whole_life=status is ReproductiveStatus.NONE)
            if problem:
                problems.append(f"{sex.value}/{status.value}: {problem}")
        chain = [(ul.lower_months, ul.upper_months) for ul in self.upper_levels]
        problem = _chain_problem(chain, whole_life=True)
        if problem:
            problems.append(f"upper levels: {problem}")
        if problems:
            raise DefinitionError(self.authority.value, "a table without gaps", "; ".join(problems))

    def row_for(self, months: Fraction, sex: Sex, status: ReproductiveStatus) -> ReferenceRow:
        """Return the row for an exact age in months, a sex and a status.

        Raises:
            IntakeError: If no pregnancy or lactation row covers the age.

        Examples:
            >>> print(get_authority("IOM").row_for(Fraction(168), Sex.FEMALE,
            ...                                    ReproductiveStatus.NONE).life_stage)
            female 14-18 y
        """
        for row in self.rows:
            if row.life_stage.applies_to(sex, status) and row.life_stage.contains_months(months):
                return row
        stages = [row.life_stage for row in self.rows if row.life_stage.applies_to(sex, status)]
        if not stages:
            raise IntakeError(
                sex.value,
                f"a sex for which {self.authority.value} has {status.value} rows",
                "Pregnancy and lactation apply to females only.",
            )
        lowest = min(stage.lower_months for stage in stages)
        uppers = [stage.upper_months for stage in stages]
        highest = None if None in uppers else max(u for u in uppers if u is not None)
        span = f"[{_age_text(lowest)}, {'inf' if highest is None else _age_text(highest)})"
        raise IntakeError(
            _age_number(months),
            f"an age in {span} for {status.value} under {self.authority.value}",
            f"{self.authority.value} publishes {status.value} values only for ages in {span}; "
            "check the age and its unit (age_years or age_months).",
        )

    def upper_level_for(self, months: Fraction) -> UpperLevel:
        """Return the upper level for an exact age in months.

        Examples:
            >>> get_authority("IOM").upper_level_for(Fraction(24)).ul_supplemental_mg
            65.0
        """
        return next(ul for ul in self.upper_levels if ul.contains_months(months))


def _age_number(months: Fraction) -> int | float:
    """An exact age in months as years, for messages: ``60``, ``13.99``."""
    years = months / _MONTHS_PER_YEAR
    return int(years) if years.denominator == 1 else float(years)


@attrs.frozen(kw_only=True)
class RecommendedIntake:
    """The intake reference for one person, as returned by `recommended_intake`.

    Examples:
        >>> ref = recommended_intake(age_years=45, sex="male")
        >>> ref.amount_mg, ref.ear_mg, ref.ul_supplemental_mg
        (420.0, 350.0, 350.0)
        >>> print(ref)
        IOM male 31-50 y: RDA 420 mg/day (EAR 350 mg/day; UL 350 mg/day of supplemental magnesium)
    """

    amount_mg: float
    """The RDA or AI in mg/day (total intake, all sources)."""
    kind: IntakeKind
    """Whether *amount_mg* is an RDA or an AI."""
    ear_mg: float | None
    """The EAR in mg/day, or ``None`` where the authority sets none."""
    ul_supplemental_mg: float | None
    """The upper level in mg/day of SUPPLEMENTAL magnesium, or ``None`` where none is set."""
    ul_scope: str
    """What intake the upper level applies to (never total intake)."""
    life_stage: LifeStage
    """The group the person falls in."""
    authority: Authority
    """Who publishes the values."""
    sources: tuple[Source, ...] = attrs.field(converter=_sources_tuple)
    """The documents behind the intake value and the upper level."""
    notes: tuple[str, ...] = ()
    """Caveats from the table (e.g. why no EAR or UL is set)."""

    @property
    def verified(self) -> bool:
        """Whether every source was checked against its primary text.

        Examples:
            >>> recommended_intake(age_years=30, sex="male", authority="EFSA").verified
            False
        """
        return all(source.verified for source in self.sources)

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the sources.

        Examples:
            >>> recommended_intake(age_years=30, sex="male", authority="EFSA").verification
            <Verification.SECONDARY: 'secondary'>
        """
        return weakest_verification(self.sources)

    def __str__(self) -> str:
        extra = []
        if self.ear_mg is not None:
            extra.append(f"EAR {self.ear_mg:g} mg/day")
        if self.ul_supplemental_mg is not None:
            extra.append(f"UL {self.ul_supplemental_mg:g} mg/day of supplemental magnesium")
        tail = f" ({'; '.join(extra)})" if extra else ""
        return (
            f"{self.authority.value} {self.life_stage}: {self.kind.value} "
            f"{self.amount_mg:g} mg/day{tail}"
        )


@attrs.frozen(kw_only=True)
class IntakeAssessment:
    """A usual daily intake read against a person's reference, from `assess_intake`.

    Examples:
        >>> result = assess_intake(total_mg=400, supplemental_mg=400, age_years=30, sex="male")
        >>> result.meets_reference, result.below_ear, result.supplemental_above_ul
        (True, False, True)
    """

    reference: RecommendedIntake
    """The reference used."""
    total_mg: float
    """Usual total intake in mg/day, from all sources."""
    supplemental_mg: float
    """The part of *total_mg* from supplements and medicines."""

    @property
    def percent_of_reference(self) -> float:
        """Total intake as a percentage of the RDA or AI."""
        return 100.0 * self.total_mg / self.reference.amount_mg

    @property
    def meets_reference(self) -> bool:
        """Whether total intake is at or above the RDA or AI."""
        return self.total_mg >= self.reference.amount_mg

    @property
    def below_ear(self) -> bool | None:
        """Whether usual total intake is below the EAR; ``None`` where no EAR is set."""
        ear = self.reference.ear_mg
        return None if ear is None else self.total_mg < ear

    @property
    def supplemental_above_ul(self) -> bool | None:
        """Whether SUPPLEMENTAL intake exceeds the UL; ``None`` where no UL is set.

        Total intake is never compared with the UL.
        """
        ul = self.reference.ul_supplemental_mg
        return None if ul is None else self.supplemental_mg > ul

    @property
    def findings(self) -> tuple[str, ...]:
        """The assessment in words, one finding a line.

        Examples:
            >>> for line in assess_intake(total_mg=200, age_years=30, sex="female",
            ...                           authority="EFSA").findings:
            ...     print(line)
            total intake 200 mg/day is 67% of the AI (300 mg/day)
            EFSA sets no EAR: an intake below an AI cannot be judged inadequate
            supplemental intake 0 mg/day is within the upper level (250 mg/day)
        """
        ref = self.reference
        share = f"{self.percent_of_reference:.0f}%"
        reference = f"{ref.kind.value} ({ref.amount_mg:g} mg/day)"
        lines = [f"total intake {self.total_mg:g} mg/day is {share} of the {reference}"]
        if ref.ear_mg is None:
            lines.append(
                f"{ref.authority.value} sets no EAR: an intake below an AI cannot be judged "
                "inadequate"
            )
        elif self.below_ear:
            lines.append(
                f"usual intake is below the EAR ({ref.ear_mg:g} mg/day): a shortfall is likely"
            )
        else:
            lines.append(f"usual intake is at or above the EAR ({ref.ear_mg:g} mg/day)")
        ul = ref.ul_supplemental_mg
        if ul is None:
            lines.append(f"{ref.authority.value} sets no upper level at this age")
        else:
            word = "ABOVE" if self.supplemental_above_ul else "within"
            lines.append(
                f"supplemental intake {self.supplemental_mg:g} mg/day is {word} the upper "
                f"level ({ul:g} mg/day)"
            )
        return tuple(lines)


DEFAULT_AUTHORITY: Final = "IOM"
"""The authority used when none is named: the US/Canadian IOM 1997 DRIs.

They are the only table here with EARs and RDAs (not only AIs), so they allow
the EAR-based judgement of a usual intake; they are what the NIH Office of
Dietary Supplements publishes. EFSA's and D-A-CH's AIs (Schätzwerte) are the
European alternatives.
"""


def _authorities() -> Mapping[str, AuthorityTable]:
    from types import MappingProxyType  # noqa: PLC0415

    from magnesium._data.rda import TABLES  # noqa: PLC0415 (data after the classes)

    return MappingProxyType({table.authority.value: table for table in TABLES})


AUTHORITIES: Final[Mapping[str, AuthorityTable]] = _authorities()
"""Every authority's table, by name (read-only).

Examples:
    >>> list(AUTHORITIES)
    ['IOM', 'EFSA', 'D-A-CH']
"""


def get_authority(name: str | Authority | None = None) -> AuthorityTable:
    """Return an authority's table by name (case-insensitive); ``None`` gives the default.

    Raises:
        UnknownEntryError: If no authority has that name (a `LookupError`).

    Examples:
        >>> get_authority("efsa").authority
        <Authority.EFSA: 'EFSA'>
        >>> get_authority("IMO")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnknownEntryError: 'IMO' is not a known authority: ...
    """
    if name is None:
        return AUTHORITIES[DEFAULT_AUTHORITY]
    if isinstance(name, Authority):
        return AUTHORITIES[name.value]
    if isinstance(name, str):
        wanted = _authority_key(name)
        for known, table in AUTHORITIES.items():
            if _authority_key(known) == wanted:
                return table
    raise UnknownEntryError(name, "authority", [known.lower() for known in AUTHORITIES])


def _authority_key(name: str) -> str:
    """``"D-A-CH"``, ``"dach"`` and ``" D-A-CH "`` are the same authority."""
    return name.strip().upper().replace("-", "")


def _sex(value: object) -> Sex:
    if isinstance(value, Sex):
        return value
    if isinstance(value, str):
        try:
            return Sex(value.strip().lower())
        except ValueError:
            pass
    raise UnknownEntryError(value, "sex", [sex.value for sex in Sex])


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise IntakeError(value, f"True or False for {name}", f"Pass {name}=True or False.")
    return value


def _exact(value: object, name: str) -> Fraction:
    """A finite real number >= 0 as an exact fraction."""
    if isinstance(value, bool) or not isinstance(value, int | float | Fraction | Decimal):
        raise IntakeError(value, f"a number for {name}", f"Pass {name} as a number.")
    if isinstance(value, float | Decimal) and not math.isfinite(value):
        raise IntakeError(value, f"a finite number for {name}", f"Pass a finite {name}.")
    exact = Fraction(value)
    if exact < 0:
        raise IntakeError(value, f"{name} >= 0", f"{name} cannot be negative.")
    return exact


def _age_months(age_years: object, age_months: object) -> Fraction:
    if (age_years is None) == (age_months is None):
        raise IntakeError(
            (age_years, age_months),
            "exactly one of age_years= and age_months=",
            "Give the age once, in years or in months.",
        )
    if age_months is not None:
        months = _exact(age_months, "age_months")
        given: object = age_months
    else:
        months = _exact(age_years, "age_years") * _MONTHS_PER_YEAR
        given = age_years
    if months > MAX_AGE_YEARS * _MONTHS_PER_YEAR:
        raise IntakeError(
            given,
            f"an age of at most {MAX_AGE_YEARS} years",
            "Check the age and its unit: age_months= takes months, age_years= years.",
        )
    return months


def _status(sex: Sex, *, pregnant: object, lactating: object) -> ReproductiveStatus:
    is_pregnant, is_lactating = _flag(pregnant, "pregnant"), _flag(lactating, "lactating")
    if is_pregnant and is_lactating:
        raise IntakeError(
            "pregnant and lactating",
            "at most one of pregnant=True and lactating=True",
            "The tables have separate rows for pregnancy and for lactation; choose one.",
        )
    status = ReproductiveStatus.NONE
    if is_pregnant:
        status = ReproductiveStatus.PREGNANT
    elif is_lactating:
        status = ReproductiveStatus.LACTATING
    if status is not ReproductiveStatus.NONE and sex is Sex.MALE:
        raise IntakeError(
            f"{status.value} male",
            "pregnancy or lactation for sex='female' only",
            f"Use sex='female', or drop {status.value}=True.",
        )
    return status


def reference_row(  # noqa: PLR0913 (keyword-only: one person, described in full)
    *,
    age_years: float | Fraction | Decimal | None = None,
    age_months: float | Fraction | Decimal | None = None,
    sex: str | Sex,
    pregnant: bool = False,
    lactating: bool = False,
    authority: str | Authority | None = None,
) -> ReferenceRow:
    """Return the table row a person falls in, including rows with no value set.

    Takes the same arguments as
    [`recommended_intake`][magnesium.rda.recommended_intake], and raises the
    same errors, except that a row without a value is returned, not refused.

    Examples:
        >>> row = reference_row(age_months=3, sex="male", authority="EFSA")
        >>> print(row.amount_mg, row.life_stage.interval)
        None [0 mo, 7 mo)
    """
    table = get_authority(authority)
    who = _sex(sex)
    status = _status(who, pregnant=pregnant, lactating=lactating)
    months = _age_months(age_years, age_months)
    return table.row_for(months, who, status)


def upper_level(
    *,
    age_years: float | Fraction | Decimal | None = None,
    age_months: float | Fraction | Decimal | None = None,
    authority: str | Authority | None = None,
) -> UpperLevel:
    """Return the upper level for supplemental magnesium at an age.

    Examples:
        >>> upper_level(age_years=5).ul_supplemental_mg
        110.0
        >>> upper_level(age_years=5, authority="EFSA").ul_supplemental_mg
        250.0
    """
    table = get_authority(authority)
    return table.upper_level_for(_age_months(age_years, age_months))


def recommended_intake(  # noqa: PLR0913 (keyword-only: one person, described in full)
    *,
    age_years: float | Fraction | Decimal | None = None,
    age_months: float | Fraction | Decimal | None = None,
    sex: str | Sex,
    pregnant: bool = False,
    lactating: bool = False,
    authority: str | Authority | None = None,
) -> RecommendedIntake:
    """Return the recommended daily intake of magnesium for a person.

    Args:
        age_years: The age in years (fractions allowed, e.g. 13.99), or ...
        age_months: ... the age in months (e.g. 8 for an infant); exactly one
            of the two.
        sex: ``"female"`` or ``"male"`` (or a [`Sex`][magnesium.rda.Sex]).
        pregnant: Whether she is pregnant.
        lactating: Whether she is breastfeeding.
        authority: ``"IOM"`` (default), ``"EFSA"`` or ``"D-A-CH"``.

    Returns:
        The RDA or AI, the EAR and the upper level for supplemental magnesium,
        with the life stage, the authority and the sources.

    Raises:
        IntakeError: For a missing, doubled, negative, non-finite or absurd age
            (over [`MAX_AGE_YEARS`][magnesium.rda.MAX_AGE_YEARS]), pregnancy with
            lactation, a pregnant or lactating male, or pregnancy or lactation at
            an age no band of the authority covers.
        UnknownEntryError: For an unknown sex or authority.
        NoReferenceValueError: Where the authority sets no value for the group
            (EFSA, infants under 7 months).

    Examples:
        >>> recommended_intake(age_years=30, sex="female", pregnant=True).amount_mg
        350.0
        >>> recommended_intake(age_years=31, sex="female").amount_mg
        320.0
        >>> recommended_intake(age_years=13.99, sex="male").life_stage.label
        '9-13 y'
        >>> recommended_intake(age_years=16, sex="female", authority="EFSA").amount_mg
        250.0
        >>> recommended_intake(age_years=30, sex="male", pregnant=True)
        Traceback (most recent call last):
        ...
        magnesium.rda.IntakeError: 'pregnant male' is not accepted by the intake tables: ...
    """
    table = get_authority(authority)
    who = _sex(sex)
    status = _status(who, pregnant=pregnant, lactating=lactating)
    months = _age_months(age_years, age_months)
    row = table.row_for(months, who, status)
    if row.amount_mg is None or row.kind is None:
        raise NoReferenceValueError(
            f"{table.authority.value} {row.life_stage.label}",
            "an age for which the authority publishes a value",
            row.note or "Use another authority.",
        )
    ul = table.upper_level_for(months)
    notes = tuple(
        note
        for note in (row.note, ul.note, table.no_ear_reason if row.ear_mg is None else "")
        if note
    )
    sources = tuple(dict.fromkeys((*row.sources, *ul.sources)))
    return RecommendedIntake(
        amount_mg=row.amount_mg,
        kind=row.kind,
        ear_mg=row.ear_mg,
        ul_supplemental_mg=ul.ul_supplemental_mg,
        ul_scope=table.ul_scope,
        life_stage=row.life_stage,
        authority=table.authority,
        sources=sources,
        notes=notes,
    )


def _intake_mg(value: object, name: str) -> float:
    exact = _exact(value, name)
    return float(exact)


def assess_intake(  # noqa: PLR0913 (keyword-only: one person, described in full)
    *,
    total_mg: float,
    supplemental_mg: float = 0.0,
    age_years: float | Fraction | Decimal | None = None,
    age_months: float | Fraction | Decimal | None = None,
    sex: str | Sex,
    pregnant: bool = False,
    lactating: bool = False,
    authority: str | Authority | None = None,
) -> IntakeAssessment:
    """Assess a usual daily intake of magnesium against the person's reference.

    Args:
        total_mg: Usual total intake in mg/day, from food, water, supplements
            and medicines.
        supplemental_mg: The part of *total_mg* from supplements and medicines
            (the only part the upper level applies to).
        age_years: As for [`recommended_intake`][magnesium.rda.recommended_intake].
        age_months: As for `recommended_intake`.
        sex: As for `recommended_intake`.
        pregnant: As for `recommended_intake`.
        lactating: As for `recommended_intake`.
        authority: As for `recommended_intake`.

    Returns:
        The reference, the percentage of the RDA or AI, whether usual intake is
        below the EAR, and whether supplemental intake exceeds the UL.

    Raises:
        IntakeError: For a negative or non-finite intake, a supplemental intake
            above the total, or any error of `recommended_intake`.

    Examples:
        >>> result = assess_intake(total_mg=500, supplemental_mg=300, age_years=30, sex="male")
        >>> round(result.percent_of_reference), result.supplemental_above_ul
        (125, False)
        >>> assess_intake(total_mg=100, supplemental_mg=200, age_years=30, sex="male")
        Traceback (most recent call last):
        ...
        magnesium.rda.IntakeError: 200 is not accepted by the intake tables: ...
    """
    total = _intake_mg(total_mg, "total_mg")
    supplemental = _intake_mg(supplemental_mg, "supplemental_mg")
    if supplemental > total:
        raise IntakeError(
            supplemental_mg,
            f"a supplemental intake at most the total intake ({total:g} mg/day)",
            "total_mg counts all sources, supplements included.",
        )
    reference = recommended_intake(
        age_years=age_years,
        age_months=age_months,
        sex=sex,
        pregnant=pregnant,
        lactating=lactating,
        authority=authority,
    )
    return IntakeAssessment(reference=reference, total_mg=total, supplemental_mg=supplemental)


# --- foods --------------------------------------------------------------------------


class FoodGroup(enum.Enum):
    """The group a food belongs to.

    Examples:
        >>> get_food("almonds").group
        <FoodGroup.NUTS_AND_SEEDS: 'nuts and seeds'>
    """

    NUTS_AND_SEEDS = "nuts and seeds"
    LEGUMES = "legumes"
    GRAINS = "grains"
    VEGETABLES = "vegetables"
    FRUITS = "fruits"
    DAIRY_AND_ALTERNATIVES = "dairy and alternatives"
    MEAT_AND_FISH = "meat and fish"


@attrs.frozen(kw_only=True)
class Food:
    """A food with its magnesium content per standard serving.

    Args:
        key: A short lower-case name, e.g. ``"pumpkin-seeds"``.
        name: The food as the source prints it.
        serving: The standard serving, e.g. ``"1 ounce"``.
        mg_per_serving: Magnesium in mg per serving.
        group: The food group.
        sources: The documents the value comes from.

    Examples:
        >>> food = get_food("pumpkin-seeds")
        >>> food.mg_per_serving, food.serving
        (156.0, '1 ounce')
        >>> print(food)
        Pumpkin seeds, roasted, 1 ounce: 156 mg
    """

    key: str
    """A short lower-case name."""
    name: str
    """The food as the source prints it."""
    serving: str
    """The standard serving."""
    mg_per_serving: float = attrs.field(converter=float)
    """Magnesium in mg per serving."""
    group: FoodGroup
    """The food group."""
    sources: tuple[Source, ...] = attrs.field(converter=_sources_tuple)
    """The documents the value comes from."""

    def __str__(self) -> str:
        return f"{self.name}, {self.serving}: {self.mg_per_serving:g} mg"


def _foods() -> Mapping[str, Food]:
    from types import MappingProxyType  # noqa: PLC0415

    from magnesium._data.foods import FOODS as ROWS  # noqa: PLC0415 (data after the class)

    return MappingProxyType({food.key: food for food in ROWS})


FOODS: Final[Mapping[str, Food]] = _foods()
"""Every food of the table by key, richest first (read-only).

Examples:
    >>> list(FOODS)[:3]
    ['pumpkin-seeds', 'chia-seeds', 'almonds']
"""


def get_food(name: str | Food) -> Food:
    """Return a food by key or printed name (case-insensitive).

    Raises:
        UnknownEntryError: If no food has that key or name, with close matches.

    Examples:
        >>> get_food("Spinach, boiled").key
        'spinach'
        >>> get_food("almond")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnknownEntryError: 'almond' is not a known food: ... \
Did you mean 'almonds' or 'salmon'?
    """
    if isinstance(name, Food):
        return name
    if isinstance(name, str):
        wanted = name.strip().lower()
        for food in FOODS.values():
            if wanted in {food.key, food.name.lower()}:
                return food
    raise UnknownEntryError(name, "food", FOODS)


MAX_SERVINGS: Final = 100
"""The largest number of servings of one food accepted per day."""


@attrs.frozen(kw_only=True)
class FoodPortion:
    """A number of servings of a food and the magnesium they provide.

    Examples:
        >>> estimate_intake([("almonds", 2)]).portions[0].mg
        160.0
    """

    food: Food
    """The food."""
    servings: float
    """The number of standard servings a day."""

    @property
    def mg(self) -> float:
        """Magnesium in mg/day from these servings."""
        return self.food.mg_per_serving * self.servings


@attrs.frozen(kw_only=True)
class IntakeEstimate:
    """A daily intake estimated from foods, from `estimate_intake`.

    Examples:
        >>> estimate = estimate_intake([("banana", 1), ("spinach", 2)])
        >>> estimate.total_mg
        188.0
        >>> [portion.food.key for portion in estimate.richest]
        ['spinach', 'banana']
    """

    portions: tuple[FoodPortion, ...]
    """The foods in the order given."""

    @property
    def total_mg(self) -> float:
        """Magnesium in mg/day from all the foods."""
        return math.fsum(portion.mg for portion in self.portions)

    @property
    def richest(self) -> tuple[FoodPortion, ...]:
        """The portions, largest contribution first (ties in the order given)."""
        return tuple(sorted(self.portions, key=lambda portion: -portion.mg))

    @property
    def sources(self) -> tuple[Source, ...]:
        """The documents behind the food values."""
        return tuple(dict.fromkeys(s for p in self.portions for s in p.food.sources))

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the food values."""
        return weakest_verification(self.sources)


def estimate_intake(portions: Iterable[tuple[str | Food, float]]) -> IntakeEstimate:
    """Estimate daily magnesium intake from (food, servings a day) pairs.

    Food composition varies, and the table's values are typical, not exact: the
    result is an estimate of intake from food only (pass it to
    [`assess_intake`][magnesium.rda.assess_intake] as ``total_mg``, with any
    supplements added).

    Raises:
        UnknownEntryError: For an unknown food.
        IntakeError: For a negative, non-finite or absurd number of servings
            (over [`MAX_SERVINGS`][magnesium.rda.MAX_SERVINGS]).

    Examples:
        >>> estimate = estimate_intake([("pumpkin-seeds", 1), ("black-beans", 1.5)])
        >>> estimate.total_mg
        246.0
        >>> print(estimate.richest[0].food)
        Pumpkin seeds, roasted, 1 ounce: 156 mg
    """
    chosen = []
    for food, servings in portions:
        amount = float(_exact(servings, "servings"))
        if amount > MAX_SERVINGS:
            raise IntakeError(
                servings,
                f"at most {MAX_SERVINGS} servings a day",
                "Give servings a day, not grams.",
            )
        chosen.append(FoodPortion(food=get_food(food), servings=amount))
    return IntakeEstimate(portions=tuple(chosen))
