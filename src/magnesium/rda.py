"""Intake references for magnesium by life stage, and the assessment of an intake.

Each authority's table is kept as published, with its own life stages and its
own kinds of value, and none is blended with another:

* **RDA** (Recommended Dietary Allowance): the intake that meets the needs of
  nearly all (97-98 %) healthy people in a group. It is derived from an EAR.
  Australia/New Zealand call the same kind of value an **RDI** (Recommended
  Dietary Intake), the UK and WHO/FAO an **RNI** (Reference or Recommended
  Nutrient Intake).
* **AI** (Adequate Intake): set where the evidence does not allow an EAR (and so
  an RDA); an intake assumed to be adequate. Infant values are AIs, never RDAs,
  and every EFSA value is an AI.
* **EAR** (Estimated Average Requirement): the intake that meets the needs of
  half the group. Usual intake below the EAR is the signal of a probable
  shortfall. ``None`` where the authority sets none.
* **UL** (Tolerable Upper Intake Level) for magnesium applies to
  **supplemental** magnesium only (supplements and medicines, not food and
  water), and is below the adult male RDA by design. This module never compares
  total intake with it. The UK's figure (EVM 2003) is a *guidance level* for
  supplemental magnesium, and is named so.

The EU's labelling nutrient reference value (NRV) is not a life-stage
reference: it is one figure for food labels, [`EU_NRV`][magnesium.rda.EU_NRV].

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
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from magnesium import _show, plausibility
from magnesium._fields import checked
from magnesium._frozen import FrozenMapping
from magnesium._intake_fields import _intake_error, _mg, _optional_mg, _sources_tuple
from magnesium.errors import (  # the errors live in errors.py; re-exported here
    DefinitionError,
    IntakeError,
    NoReferenceValueError,
    UnknownEntryError,
)
from magnesium.foods import (  # moved to magnesium.foods; still importable from here
    FOODS,
    MAX_SERVINGS,
    Food,
    FoodGroup,
    FoodPortion,
    IntakeEstimate,
    estimate_intake,
    get_food,
)
from magnesium.sources import Source, Verification, weakest_verification

__all__ = [
    "AUTHORITIES",
    "DEFAULT_AUTHORITY",
    "EU_NRV",
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
    "LabellingReference",
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

MAX_AGE_YEARS: Final = int(plausibility.PLAUSIBLE_RANGES["age_years"].upper)
"""The oldest age accepted, in years; older ages are treated as input errors.

The oldest documented human lived to 122, so a larger age is a typo or a unit
mix-up (months given as years), not a person. The bound is the ``age_years`` row
of [`PLAUSIBLE_RANGES`][magnesium.plausibility.PLAUSIBLE_RANGES].
"""

_MONTHS_PER_YEAR: Final = 12


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
    """The kind of a recommended intake, named as the authority names it.

    An RDA (IOM), RDI (NHMRC) or RNI (UK, WHO/FAO) is meant to cover nearly all
    (97-98 %) of the group; an AI is an intake assumed adequate where no
    requirement could be set. Intake below an AI cannot be judged inadequate.

    Examples:
        >>> IntakeKind.AI.value
        'AI'
        >>> IntakeKind("RNI")
        <IntakeKind.RNI: 'RNI'>
    """

    RDA = "RDA"
    """Recommended Dietary Allowance (IOM)."""
    AI = "AI"
    """Adequate Intake (D-A-CH: Schätzwert)."""
    RDI = "RDI"
    """Recommended Dietary Intake (NHMRC, Australia/New Zealand)."""
    RNI = "RNI"
    """Reference Nutrient Intake (UK) or Recommended Nutrient Intake (WHO/FAO)."""


class Authority(enum.Enum):
    """A body that publishes intake references for magnesium.

    Examples:
        >>> Authority("EFSA")
        <Authority.EFSA: 'EFSA'>
    """

    IOM = "IOM"
    """US/Canadian Institute of Medicine, 1997."""
    EFSA = "EFSA"
    """European Food Safety Authority, 2015."""
    DACH = "D-A-CH"
    """German, Austrian and Swiss nutrition societies, 2021."""
    UK = "UK"
    """United Kingdom: COMA 1991 reference nutrient intakes, EVM 2003 guidance level."""
    NHMRC = "NHMRC"
    """Australia and New Zealand: NHMRC/MoH nutrient reference values, 2006."""
    NNR = "NNR"
    """Nordic Nutrition Recommendations 2023."""
    WHO_FAO = "WHO/FAO"
    """WHO/FAO, Vitamin and mineral requirements in human nutrition, 2nd ed., 2004."""


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


def _check_sex(value: object) -> None:
    if value is not None and not isinstance(value, Sex):
        raise DefinitionError(value, "a Sex or None (both sexes)", "Use Sex.FEMALE or Sex.MALE.")


def _check_status(value: object) -> None:
    if not isinstance(value, ReproductiveStatus):
        raise DefinitionError(value, "a ReproductiveStatus", "Use ReproductiveStatus.NONE.")


def _age_text(months: int) -> str:
    if months and months % _MONTHS_PER_YEAR == 0:
        return f"{months // _MONTHS_PER_YEAR} y"
    return f"{months} mo"


@attrs.frozen(kw_only=True, field_transformer=checked)
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
    sex: Sex | None = attrs.field(validator=lambda _s, _a, value: _check_sex(value))
    """The sex, or ``None`` where the row is for both sexes."""
    status: ReproductiveStatus = attrs.field(validator=lambda _s, _a, value: _check_status(value))
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
        return _in_interval(self.lower_months, self.upper_months, _exact_months(months))

    def applies_to(self, sex: Sex, status: ReproductiveStatus) -> bool:
        """Return whether this group is for a person of this sex and status.

        Examples:
            >>> LifeStage(label="1-3 y", lower_months=12, upper_months=48, sex=None,
            ...           status=ReproductiveStatus.NONE).applies_to(Sex.MALE,
            ...                                                       ReproductiveStatus.NONE)
            True
        """
        if not (isinstance(sex, Sex) and isinstance(status, ReproductiveStatus)):
            sex, status = _sex(sex), _reproductive_status(status)
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

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class ReferenceRow:
    """One row of an authority's table of intake references, as published.

    ``amount_mg`` and ``kind`` are ``None`` where the authority sets no value for
    the group; *note* then says why.

    Args:
        life_stage: The group.
        amount_mg: The RDA, RDI, RNI or AI in mg/day, or ``None``.
        kind: Its kind, or ``None`` with no amount.
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
    """The RDA, RDI, RNI or AI in mg/day, or ``None`` where no value is set (or known)."""
    kind: IntakeKind | None
    """The kind of *amount_mg*, or ``None`` with no amount."""
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

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
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
        return _in_interval(self.lower_months, self.upper_months, _exact_months(months))

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


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


@attrs.frozen(kw_only=True, field_transformer=checked)
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
        upper_level_name: What the authority calls its upper level: ``"UL"``,
            or e.g. ``"guidance level"`` (UK, EVM 2003).

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
    upper_level_name: str = "UL"
    """What the authority calls its upper level (``"UL"``, ``"guidance level"``)."""

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the rows and upper levels cite, in order, each once.

        Examples:
            >>> [source.key for source in get_authority("EFSA").sources][:2]
            ['efsa-2015-magnesium', 'scf-2001-magnesium-ul']
        """
        cited = itertools.chain(
            (s for row in self.rows for s in row.sources),
            (s for ul in self.upper_levels for s in ul.sources),
        )
        return tuple(dict.fromkeys(cited))

    @property
    def verified(self) -> bool:
        """Whether every source of the table was checked against its primary text.

        Examples:
            >>> get_authority("UK").verified
            False
        """
        return all(source.verified for source in self.sources)

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
            IntakeError: If no pregnancy or lactation row covers the age, or the
                age is not a plausible number of months.
            UnknownEntryError: For an unknown sex or status.

        Examples:
            >>> print(get_authority("IOM").row_for(Fraction(168), Sex.FEMALE,
            ...                                    ReproductiveStatus.NONE).life_stage)
            female 14-18 y
        """
        months = _months_arg(months)
        sex, status = _sex(sex), _reproductive_status(status)
        for row in self.rows:
            stage = row.life_stage
            if stage.applies_to(sex, status) and _in_interval(
                stage.lower_months, stage.upper_months, months
            ):
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
            f"age {_age_number(months / _MONTHS_PER_YEAR)} y ({_age_number(months)} months)",
            f"an age in {span} for {status.value} under {self.authority.value}",
            f"{self.authority.value} publishes {status.value} values only for ages in {span}; "
            "check the age and its unit (age_years or age_months).",
        )

    def upper_level_for(self, months: Fraction) -> UpperLevel:
        """Return the upper level for an exact age in months.

        Examples:
            >>> get_authority("IOM").upper_level_for(Fraction(24)).ul_supplemental_mg
            65.0

        Raises:
            IntakeError: If *months* is not a plausible number of months.
        """
        months = _months_arg(months)
        return next(
            ul for ul in self.upper_levels if _in_interval(ul.lower_months, ul.upper_months, months)
        )

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _age_number(age: Fraction) -> int | float:
    """An exact age, for messages: ``60``, ``13.99``."""
    return int(age) if age.denominator == 1 else float(age)


def _in_interval(lower: int, upper: int | None, months: Fraction) -> bool:
    """Whether checked *months* lie in ``[lower, upper)`` (``None``: no upper end)."""
    return months >= lower and (upper is None or months < upper)


def _exact_months(months: object) -> Fraction:
    """Any finite real number of months, exactly (a table lookup, not an age check)."""
    return plausibility.exact(months, "months", error=_intake_error)


def _months_arg(months: object) -> Fraction:
    return plausibility.check_exact(months, "months", "age_months", error=_intake_error)


@attrs.frozen(kw_only=True, field_transformer=checked)
class RecommendedIntake:
    """The intake reference for one person, as returned by `recommended_intake`.

    Examples:
        >>> ref = recommended_intake(age_years=45, sex="male")
        >>> ref.amount_mg, ref.ear_mg, ref.ul_supplemental_mg
        (420.0, 350.0, 350.0)
        >>> print(ref)
        IOM male 31-50 y: RDA 420 mg/day (EAR 350 mg/day; UL 350 mg/day of supplemental magnesium)
    """

    amount_mg: float = attrs.field(converter=_mg)
    """The RDA, RDI, RNI or AI in mg/day (total intake, all sources)."""
    kind: IntakeKind
    """The kind of *amount_mg*: RDA, RDI, RNI or AI."""
    ear_mg: float | None = attrs.field(converter=_optional_mg)
    """The EAR in mg/day, or ``None`` where the authority sets none."""
    ul_supplemental_mg: float | None = attrs.field(converter=_optional_mg)
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
    ul_name: str = "UL"
    """What the authority calls its upper level (``"UL"``, ``"guidance level"``)."""

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
            extra.append(
                f"{self.ul_name} {self.ul_supplemental_mg:g} mg/day of supplemental magnesium"
            )
        tail = f" ({'; '.join(extra)})" if extra else ""
        return (
            f"{self.authority.value} {self.life_stage}: {self.kind.value} "
            f"{self.amount_mg:g} mg/day{tail}"
        )

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _total_field(value: object) -> float:
    return _intake_mg(value, "total_mg")


def _supplemental_field(value: object) -> float:
    return _intake_mg(value, "supplemental_mg")


@attrs.frozen(kw_only=True, field_transformer=checked)
class IntakeAssessment:
    """A usual daily intake read against a person's reference, from `assess_intake`.

    Examples:
        >>> result = assess_intake(total_mg=400, supplemental_mg=400, age_years=30, sex="male")
        >>> result.meets_reference, result.below_ear, result.supplemental_above_ul
        (True, False, True)
    """

    reference: RecommendedIntake
    """The reference used."""
    total_mg: float = attrs.field(converter=_total_field)
    """Usual total intake in mg/day, from all sources."""
    supplemental_mg: float = attrs.field(converter=_supplemental_field)
    """The part of *total_mg* from supplements and medicines."""

    @property
    def percent_of_reference(self) -> float:
        """Total intake as a percentage of the recommended intake (RDA, RDI, RNI or AI)."""
        return 100.0 * self.total_mg / self.reference.amount_mg

    @property
    def meets_reference(self) -> bool:
        """Whether total intake is at or above the recommended intake."""
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
        if ref.ear_mg is None and ref.kind is IntakeKind.AI:
            lines.append(
                f"{ref.authority.value} sets no EAR: an intake below an AI cannot be judged "
                "inadequate"
            )
        elif ref.ear_mg is None:
            lines.append(
                f"no {ref.authority.value} EAR is given here for this group: a shortfall cannot "
                f"be judged from the {ref.kind.value} alone"
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
            name = "upper level" if ref.ul_name == "UL" else ref.ul_name
            lines.append(
                f"supplemental intake {self.supplemental_mg:g} mg/day is {word} the {name} "
                f"({ul:g} mg/day)"
            )
        return tuple(lines)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class LabellingReference:
    """A single reference amount for food labels, such as the EU's NRV.

    It is not a life-stage reference and not a requirement of any person: it is
    the amount that a label's "% NRV" is a percentage of.

    Args:
        name: The value's name as the law gives it.
        amount_mg: The amount in mg/day.
        applies_to: Whom the law states it for.
        sources: The documents the value comes from.
        note: How to read it, and what was verified.

    Examples:
        >>> EU_NRV.amount_mg, EU_NRV.applies_to
        (375.0, 'adults')
        >>> EU_NRV.percent_of(75)
        20.0
    """

    name: str
    """The value's name as the law gives it."""
    amount_mg: float = attrs.field(converter=_mg)
    """The amount in mg/day."""
    applies_to: str
    """Whom the law states it for."""
    sources: tuple[Source, ...] = attrs.field(converter=_sources_tuple)
    """The documents the value comes from."""
    note: str = ""
    """How to read it, and what was verified."""

    @property
    def verified(self) -> bool:
        """Whether every source was checked against its primary text."""
        return all(source.verified for source in self.sources)

    def percent_of(self, amount_mg: float | Fraction | Decimal) -> float:
        """Return an amount of magnesium as a percentage of this reference (% NRV).

        Raises:
            IntakeError: For a negative, non-finite or non-numeric amount.

        Examples:
            >>> EU_NRV.percent_of(56.25)
            15.0
        """
        return 100.0 * _intake_mg(amount_mg, "amount_mg") / self.amount_mg

    def __str__(self) -> str:
        return f"{self.name}: {self.amount_mg:g} mg/day ({self.applies_to}; labelling only)"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _eu_nrv() -> LabellingReference:
    from magnesium._data.rda import EU_NRV as VALUE  # noqa: PLC0415 (data after the class)

    return VALUE


EU_NRV: Final[LabellingReference] = _eu_nrv()
"""The EU's nutrient reference value (NRV) for magnesium on food labels.

Regulation (EU) No 1169/2011, Annex XIII, Part A: one figure for adults, used to
state a food's magnesium as a percentage ("% NRV"). It is not a recommended
intake for any life stage; use
[`recommended_intake`][magnesium.rda.recommended_intake] for a person.

Examples:
    >>> print(EU_NRV)
    EU nutrient reference value (NRV): 375 mg/day (adults; labelling only)
"""


DEFAULT_AUTHORITY: Final = "IOM"
"""The authority used when none is named: the US/Canadian IOM 1997 DRIs.

They are the only table here with EARs and RDAs (not only AIs) read in their
primary text, so they allow the EAR-based judgement of a usual intake; they are
what the NIH Office of Dietary Supplements publishes. EFSA's and D-A-CH's AIs
(Schätzwerte) are the European alternatives; the UK, NHMRC, NNR and WHO/FAO
tables were read only in copies and are partial.
"""


def _authorities() -> Mapping[str, AuthorityTable]:

    from magnesium._data.rda import TABLES  # noqa: PLC0415 (data after the classes)

    return FrozenMapping({table.authority.value: table for table in TABLES})


AUTHORITIES: Final[Mapping[str, AuthorityTable]] = _authorities()
"""Every authority's table, by name (read-only).

Examples:
    >>> list(AUTHORITIES)
    ['IOM', 'EFSA', 'D-A-CH', 'UK', 'NHMRC', 'NNR', 'WHO/FAO']
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
    raise UnknownEntryError(
        plausibility.shown(name), "authority", [known.lower() for known in AUTHORITIES]
    )


def _authority_key(name: str) -> str:
    """Normalise a name: ``"D-A-CH"`` is ``"dach"``, ``"WHO/FAO"`` is ``"who-fao"``."""
    return name.strip().upper().replace("-", "").replace("/", "")


_SEX_CODES: Final = {
    "female": Sex.FEMALE,
    "f": Sex.FEMALE,
    "male": Sex.MALE,
    "m": Sex.MALE,
}
"""Accepted spellings: the FHIR administrative-gender codes and the HL7 v2 codes F and M."""
_UNCOVERED_SEX: Final = frozenset({"other", "unknown", "o", "u", "a", "n", "x"})


def _sex(value: object) -> Sex:
    if isinstance(value, Sex):
        return value
    if isinstance(value, str):
        key = value.strip().lower()
        if key in _SEX_CODES:
            return _SEX_CODES[key]
        if key in _UNCOVERED_SEX:
            raise IntakeError(
                value,
                "sex 'female' or 'male' (or F / M)",
                "The intake tables publish values for females and males only; for another "
                "or an unknown sex, look up both and judge which applies.",
            )
    raise UnknownEntryError(plausibility.shown(value), "sex", [sex.value for sex in Sex])


def _reproductive_status(value: object) -> ReproductiveStatus:
    if isinstance(value, ReproductiveStatus):
        return value
    if isinstance(value, str):
        for status in ReproductiveStatus:
            if status.value == value.strip().lower():
                return status
    raise UnknownEntryError(
        plausibility.shown(value), "reproductive status", [s.value for s in ReproductiveStatus]
    )


def _flag(value: object, name: str) -> bool:
    return plausibility.flag(value, name)


def _age_months(age_years: object, age_months: object) -> Fraction:
    if (age_years is None) == (age_months is None):
        raise IntakeError(
            (age_years, age_months),
            "exactly one of age_years= and age_months=",
            "Give the age once, in years or in months.",
        )
    if age_months is not None:
        return plausibility.check_exact(age_months, "age_months", error=_intake_error)
    years = plausibility.check_exact(age_years, "age_years", error=_intake_error)
    return years * _MONTHS_PER_YEAR


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
        sex: ``"female"`` or ``"male"``, ``"F"`` or ``"M"`` (HL7 v2), or a
            [`Sex`][magnesium.rda.Sex]; ``"other"`` and ``"unknown"`` are refused
            with an explanation, as the tables publish values by female and male.
        pregnant: Whether she is pregnant.
        lactating: Whether she is breastfeeding.
        authority: ``"IOM"`` (default), ``"EFSA"``, ``"D-A-CH"``, ``"UK"``,
            ``"NHMRC"``, ``"NNR"`` or ``"WHO/FAO"``.

    Returns:
        The RDA, RDI, RNI or AI, the EAR and the upper level for supplemental magnesium,
        with the life stage, the authority and the sources.

    Raises:
        IntakeError: For a missing, doubled, negative, non-finite or absurd age
            (over [`MAX_AGE_YEARS`][magnesium.rda.MAX_AGE_YEARS]), pregnancy with
            lactation, a pregnant or lactating male, or pregnancy or lactation at
            an age no band of the authority covers.
        UnknownEntryError: For an unknown sex or authority.
        NoReferenceValueError: Where the authority sets no value for the group
            (EFSA, infants under 7 months), or where the library holds none
            because the published value could not be read (the row's note says
            which); never answered from another band or authority.
        ArgumentTypeError: For an age that is not a number or a flag that is not
            a bool (a `TypeError`).

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
        magnesium.errors.IntakeError: 'pregnant male' is not accepted by the intake tables: ...
    """
    table = get_authority(authority)
    who = _sex(sex)
    status = _status(who, pregnant=pregnant, lactating=lactating)
    months = _age_months(age_years, age_months)
    row = table.row_for(months, who, status)
    if row.amount_mg is None or row.kind is None:
        raise NoReferenceValueError(
            f"{table.authority.value} {row.life_stage}",
            "a group for which the library holds the authority's value",
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
        ul_name=table.upper_level_name,
    )


def _intake_mg(value: object, name: str) -> float:
    return plausibility.check(value, name, "intake_mg_per_day", error=_intake_error)


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
        The reference, the percentage of the recommended intake, whether usual intake is
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
        magnesium.errors.IntakeError: 200 is not accepted by the intake tables: ...
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
