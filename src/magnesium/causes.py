"""Causes of hypomagnesaemia, the drugs and inherited disorders behind them, and the work-up.

The module answers "why might this patient be low?" from what a clinical tool
already holds: a medication list (generic names, brand names or WHO ATC codes),
problem-list conditions and a few laboratory values. Every cause, drug,
disorder, manifestation and cut-off carries the keys of its
[`Source`][magnesium.sources.Source]s. It models published guidance; it is not
a prescriber and not a substitute for clinical judgement.

* [`CAUSES`][magnesium.causes.CAUSES]: each with one primary
  [`Category`][magnesium.causes.Category] and
  [`Mechanism`][magnesium.causes.Mechanism], and the other classifications
  sources give it ([`Cause.alternatives`][magnesium.causes.Cause.alternatives]).
* [`DRUGS`][magnesium.causes.DRUGS] with WHO ATC codes, and
  [`causes_for_drug`][magnesium.causes.causes_for_drug].
* [`GENETIC_DISORDERS`][magnesium.causes.GENETIC_DISORDERS] with HGNC gene
  symbols, inheritance and OMIM phenotype numbers.
* [`screen`][magnesium.causes.screen]: medications and conditions in, matched
  causes and every input it could not match out (never dropped).
* [`PREVALENCE`][magnesium.causes.PREVALENCE]: published prevalence figures, each
  a [`Prevalence`][magnesium.causes.Prevalence] with its population and cut-off.
* [`fractional_excretion`][magnesium.causes.fractional_excretion] (FEMg) and
  [`urine_magnesium_24h`][magnesium.causes.urine_magnesium_24h] for telling
  renal from extrarenal loss, and [`WORKUP_TESTS`][magnesium.causes.WORKUP_TESTS].

Lookups ignore case and surrounding or repeated whitespace.

Examples:
    >>> from magnesium import causes
    >>> [cause.category.value for cause in causes.causes_for_drug("omeprazole")]
    ['drug']
    >>> causes.causes_for_drug("A02BC")[0].name
    'proton pump inhibitor use'
    >>> result = causes.fractional_excretion(
    ...     urine_mg=2.0, plasma_mg=0.5, urine_creatinine=8000, plasma_creatinine=80
    ... )
    >>> round(result.percent, 2), result.interpretation.value
    (5.71, 'renal magnesium wasting')
"""

from __future__ import annotations

import enum
import math
import re
import sys
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from magnesium import _atomic_weights as atomic_weights
from magnesium import _knowledge, _show, plausibility, units
from magnesium._fields import checked, to_tuple
from magnesium._frozen import FrozenMapping
from magnesium.errors import (  # the errors live in errors.py; re-exported here
    ArgumentTypeError,
    DefinitionError,
    LabUnitError,
    LabValueError,
    MagnesiumError,
    UnknownEntryError,
)
from magnesium.sources import Source, Verification, cite, weakest_verification

if TYPE_CHECKING:
    import pint

__all__ = [
    "CAUSES",
    "CREATININE_MOLAR_MASS_G_PER_MOL",
    "DEFAULT_FEMG_CUTOFF",
    "DRUGS",
    "FEMG_CUTOFFS",
    "FEMG_FILTERED_FRACTION",
    "GENETIC_DISORDERS",
    "MANIFESTATIONS",
    "PREVALENCE",
    "RISK_GROUPS",
    "URINE_24H_RENAL_WASTING_MMOL_PER_DAY",
    "WORKUP_TESTS",
    "Category",
    "Cause",
    "Classification",
    "Drug",
    "FemgCutoff",
    "FractionalExcretion",
    "GeneticDisorder",
    "Inheritance",
    "LabUnitError",
    "LabValueError",
    "Manifestation",
    "Match",
    "Mechanism",
    "OrganSystem",
    "Prevalence",
    "RiskGroup",
    "ScreenResult",
    "Site",
    "UrinaryCalcium",
    "UrineInterpretation",
    "UrineMagnesium24h",
    "WorkupTest",
    "by_category",
    "causes_for_drug",
    "convert_creatinine",
    "drugs_for",
    "fractional_excretion",
    "get_cause",
    "get_femg_cutoff",
    "screen",
    "urine_magnesium_24h",
]


# --- vocabularies -------------------------------------------------------------------------------


class Category(enum.Enum):
    """Where a cause of hypomagnesaemia primarily belongs.

    Examples:
        >>> Category("genetic")
        <Category.GENETIC: 'genetic'>
    """

    GASTROINTESTINAL = "gastrointestinal"
    """Intake, absorption and losses through the gut."""
    RENAL = "renal"
    """Losses through the kidney."""
    DRUG = "drug"
    """A medicine, whatever the site it acts on."""
    GENETIC = "genetic"
    """An inherited disorder."""
    REDISTRIBUTION = "redistribution"
    """A shift of magnesium into cells or bone."""
    OTHER = "other"
    """Anything else: extracorporeal losses, skin losses, multifactorial states."""


class Mechanism(enum.Enum):
    """How a cause lowers serum magnesium.

    Examples:
        >>> Mechanism.RENAL_WASTING.value
        'renal wasting'
    """

    REDUCED_INTAKE = "reduced intake"
    """Too little magnesium taken in."""
    REDUCED_ABSORPTION = "reduced intestinal absorption"
    """Magnesium eaten but not absorbed."""
    GI_LOSS = "gastrointestinal loss"
    """Magnesium lost from the gut (diarrhoea, fistula)."""
    RENAL_WASTING = "renal wasting"
    """The kidney fails to reabsorb filtered magnesium."""
    INTRACELLULAR_SHIFT = "intracellular shift"
    """Magnesium moves into cells or bone."""
    OTHER = "other"
    """Chelation, extracorporeal or skin losses, or several mechanisms at once."""


class Site(enum.Enum):
    """Where a drug or disorder acts on magnesium handling.

    Examples:
        >>> Site.THICK_ASCENDING_LIMB.value
        'thick ascending limb of the loop of Henle'
    """

    INTESTINE = "intestine"
    THICK_ASCENDING_LIMB = "thick ascending limb of the loop of Henle"
    DISTAL_CONVOLUTED_TUBULE = "distal convoluted tubule"
    RENAL_TUBULE = "renal tubule (segment not given by the source)"
    EXTRACELLULAR_FLUID = "extracellular fluid (chelation)"
    NOT_STATED = "not stated by the source"


class Inheritance(enum.Enum):
    """Mode of inheritance of a genetic disorder.

    Examples:
        >>> Inheritance.AUTOSOMAL_RECESSIVE.value
        'autosomal recessive'
    """

    AUTOSOMAL_RECESSIVE = "autosomal recessive"
    AUTOSOMAL_DOMINANT = "autosomal dominant"
    X_LINKED_RECESSIVE = "X-linked recessive"
    MITOCHONDRIAL = "mitochondrial"


class UrinaryCalcium(enum.Enum):
    """Urinary calcium excretion in a genetic disorder, one of the features that sets them apart.

    Examples:
        >>> UrinaryCalcium.HIGH.value
        'hypercalciuria'
    """

    HIGH = "hypercalciuria"
    LOW = "hypocalciuria"
    NORMAL = "normocalciuria"
    NOT_STATED = "not stated by the sources"


class OrganSystem(enum.Enum):
    """The organ system of a clinical manifestation.

    Examples:
        >>> OrganSystem.CARDIOVASCULAR.value
        'cardiovascular'
    """

    NEUROMUSCULAR = "neuromuscular"
    CARDIOVASCULAR = "cardiovascular"
    CNS_PSYCHIATRIC = "central nervous system and psychiatric"
    METABOLIC = "metabolic"
    SKELETAL = "skeletal"


class UrineInterpretation(enum.Enum):
    """What a urinary magnesium index says about the route of loss.

    Examples:
        >>> UrineInterpretation.EXTRARENAL.value
        'extrarenal loss (intake, gut or shift)'
    """

    RENAL_WASTING = "renal magnesium wasting"
    EXTRARENAL = "extrarenal loss (intake, gut or shift)"
    NOT_INTERPRETABLE = "not interpretable (reduced kidney function)"


# --- shared helpers -----------------------------------------------------------------------------

_SPACE: Final = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Lookup form: case-folded, trimmed, inner whitespace collapsed."""
    return _SPACE.sub(" ", text.casefold()).strip()


def _check_keys(_instance: object, _attribute: object, keys: tuple[str, ...]) -> None:
    if not keys:
        raise DefinitionError(keys, "at least one source key", "Cite the row.")
    for key in keys:
        cite(key)  # raises UnknownEntryError for a key not in the bibliography


def _sources(keys: Iterable[str]) -> tuple[Source, ...]:
    return tuple(cite(key) for key in keys)


def _tuple_of_str(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _tuple_of_classifications(values: Iterable[Classification]) -> tuple[Classification, ...]:
    return tuple(values)


# --- causes -------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=checked)
class Classification:
    """One way a source classifies a cause: a category and a mechanism.

    Args:
        category: The category the source puts the cause in.
        mechanism: The mechanism the source gives.
        sources: Keys of the sources that classify it so.

    Examples:
        >>> alcohol = get_cause("alcohol use disorder")
        >>> [(c.category.value, c.mechanism.value) for c in alcohol.alternatives]
        [('renal', 'renal wasting')]
    """

    category: Category
    """The category."""
    mechanism: Mechanism
    """The mechanism."""
    sources: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_keys)
    """Keys of the sources that classify the cause this way."""

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class Cause:
    """A cause of hypomagnesaemia.

    Args:
        id: A unique identifier, lower case with hyphens.
        name: A readable name, also accepted by lookups.
        category: The primary category.
        mechanism: The primary mechanism.
        sources: Keys of the sources for the primary classification.
        synonyms: Other names a problem list may use (US and UK spellings).
        alternatives: Other classifications that sources give.
        note: Anything a reader should know.

    Examples:
        >>> cause = get_cause("refeeding syndrome")
        >>> cause.category, cause.mechanism
        (<Category.REDISTRIBUTION: 'redistribution'>, <Mechanism.INTRACELLULAR_SHIFT: \
'intracellular shift'>)
        >>> cause.citations[0].key
        'berardi-2019'
    """

    id: str
    """A unique identifier."""
    name: str
    """A readable name."""
    category: Category
    """The primary category."""
    mechanism: Mechanism
    """The primary mechanism."""
    sources: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_keys)
    """Keys of the sources for the primary classification."""
    synonyms: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Other names accepted by lookups."""
    alternatives: tuple[Classification, ...] = attrs.field(
        default=(), converter=_tuple_of_classifications
    )
    """Other classifications that sources give, each with its sources."""
    note: str | None = None
    """Anything a reader should know."""

    @property
    def classifications(self) -> tuple[Classification, ...]:
        """The primary classification followed by the alternatives."""
        primary = Classification(
            category=self.category, mechanism=self.mechanism, sources=self.sources
        )
        return (primary, *self.alternatives)

    @property
    def citations(self) -> tuple[Source, ...]:
        """Every source cited for the cause, primary first, without repeats."""
        keys = dict.fromkeys(k for c in self.classifications for k in c.sources)
        return _sources(keys)

    @property
    def verified(self) -> bool:
        """Whether every source of the primary classification was checked."""
        return all(source.verified for source in _sources(self.sources))

    @property
    def verification(self) -> Verification:
        """The weakest level ([`Verification`][magnesium.sources.Verification]) of its sources."""
        return weakest_verification(_sources(self.sources))

    @property
    def lookup_names(self) -> tuple[str, ...]:
        """The normalised names by which lookups find this cause."""
        return tuple(dict.fromkeys(_norm(n) for n in (self.name, self.id, *self.synonyms)))

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


# --- drugs --------------------------------------------------------------------------------------

_ATC_CODE: Final = re.compile(r"^[A-Z]\d{2}[A-Z]{2}\d{2}$")
_ATC_PREFIX: Final = re.compile(r"^[A-Z]\d{2}(?:[A-Z](?:[A-Z])?)?$")


def _check_atc(_instance: object, _attribute: object, codes: tuple[str, ...]) -> None:
    for code in codes:
        if not isinstance(code, str) or not _ATC_CODE.match(code):
            raise DefinitionError(code, "a 7-character WHO ATC code such as 'A02BC01'", "Fix it.")


@attrs.frozen(kw_only=True, field_transformer=checked)
class Drug:
    """A medicine that can cause hypomagnesaemia.

    Args:
        id: The INN in lower case, used as identifier.
        name: The INN (WHO International Nonproprietary Name) as the ATC index spells it.
        synonyms: Other generic spellings (US and UK variants, salts).
        brands: Common brand names.
        atc: Current WHO ATC codes (checked against the ATC/DDD index).
        former_atc: Codes the drug had before an ATC revision, kept as history only.
        drug_class: The drug class, e.g. ``"proton pump inhibitor"``.
        site: Where it acts on magnesium handling.
        mechanism: How it lowers magnesium, as the source says.
        causes: Identifiers of the [`Cause`][magnesium.causes.Cause]s it leads to.
        sources: Keys of the sources for class, mechanism and site.
        incidence: How often it lowers magnesium, as a source states it, or ``None``.
        note: Anything a reader should know.

    Examples:
        >>> drug = drugs_for("Erbitux")[0]
        >>> drug.name, drug.atc, drug.former_atc
        ('cetuximab', ('L01FE01',), ('L01XC06',))
        >>> drug.site.value
        'distal convoluted tubule'
    """

    id: str
    """The INN in lower case."""
    name: str
    """The INN."""
    atc: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_atc)
    """Current WHO ATC codes."""
    drug_class: str
    """The drug class."""
    site: Site
    """Where the drug acts on magnesium handling."""
    mechanism: str
    """How the drug lowers magnesium, in the source's words."""
    causes: tuple[str, ...] = attrs.field(converter=_tuple_of_str)
    """Identifiers of the causes the drug leads to."""
    sources: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_keys)
    """Keys of the sources for class, mechanism and site."""
    synonyms: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Other generic spellings."""
    brands: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Common brand names."""
    former_atc: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple_of_str, validator=_check_atc
    )
    """ATC codes the drug had before a revision (history; still matched exactly)."""
    incidence: str | None = None
    """How often the drug lowers magnesium, as a source states it."""
    note: str | None = None
    """Anything a reader should know."""

    @property
    def citations(self) -> tuple[Source, ...]:
        """The sources of this row, the WHO ATC index included."""
        return _sources(dict.fromkeys((*self.sources, "who-atc-ddd-2026")))

    @property
    def lookup_names(self) -> tuple[str, ...]:
        """The normalised generic and brand names by which lookups find this drug."""
        return tuple(dict.fromkeys(_norm(n) for n in (self.name, *self.synonyms, *self.brands)))

    @property
    def atc_urls(self) -> tuple[str, ...]:
        """Links to the WHO ATC/DDD index entry of each current code."""
        return tuple(f"https://atcddd.fhi.no/atc_ddd_index/?code={code}" for code in self.atc)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


# --- genetic disorders --------------------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=checked)
class GeneticDisorder:
    """An inherited disorder with hypomagnesaemia.

    Args:
        id: A unique identifier, lower case with hyphens.
        name: The name.
        genes: HGNC gene symbols.
        inheritance: The mode of inheritance.
        omim: The OMIM phenotype MIM number, or ``None`` where OMIM gives none.
        mechanism: The primary mechanism of the hypomagnesaemia.
        site: Where the defect acts.
        urinary_calcium: Urinary calcium excretion.
        nephrocalcinosis: Whether nephrocalcinosis is a feature (``None``: not stated).
        hypokalaemic_alkalosis: Whether hypokalaemic metabolic alkalosis is a feature.
        seizures: Whether seizures are a presenting feature.
        features: Other distinguishing features, as the sources state them.
        sources: Keys of the sources (OMIM number, genes, features).
        synonyms: Other names and abbreviations.
        note: Anything a reader should know, e.g. former names.

    Examples:
        >>> gitelman = GENETIC_DISORDERS["gitelman"]
        >>> gitelman.genes, gitelman.omim, gitelman.inheritance.value
        (('SLC12A3',), 263800, 'autosomal recessive')
        >>> gitelman.urinary_calcium.value
        'hypocalciuria'
    """

    id: str
    """A unique identifier."""
    name: str
    """The name."""
    genes: tuple[str, ...] = attrs.field(converter=_tuple_of_str)
    """HGNC gene symbols."""
    inheritance: Inheritance
    """The mode of inheritance."""
    omim: int | None
    """The OMIM phenotype MIM number, or ``None``."""
    mechanism: Mechanism
    """The primary mechanism."""
    site: Site
    """Where the defect acts."""
    urinary_calcium: UrinaryCalcium
    """Urinary calcium excretion."""
    sources: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_keys)
    """Keys of the sources."""
    nephrocalcinosis: bool | None = None
    """Whether nephrocalcinosis is a feature (``None``: not stated by the sources)."""
    hypokalaemic_alkalosis: bool | None = None
    """Whether hypokalaemic metabolic alkalosis is a feature."""
    seizures: bool | None = None
    """Whether seizures are a presenting feature."""
    features: str = ""
    """Other distinguishing features."""
    synonyms: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Other names and abbreviations."""
    note: str | None = None
    """Anything a reader should know."""

    @property
    def verified(self) -> bool:
        """Whether every source of this row (the OMIM number's included) was checked."""
        return all(source.verified for source in _sources(self.sources))

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of this row's sources."""
        return weakest_verification(_sources(self.sources))

    @property
    def omim_url(self) -> str | None:
        """The OMIM entry's address, or ``None``."""
        return None if self.omim is None else f"https://omim.org/entry/{self.omim}"

    @property
    def cause_id(self) -> str:
        """The identifier of the [`Cause`][magnesium.causes.Cause] made from this disorder."""
        return f"genetic-{self.id}"

    @property
    def citations(self) -> tuple[Source, ...]:
        """The sources of this row."""
        return _sources(self.sources)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


# --- clinical picture ---------------------------------------------------------------------------


def _converts(row: Manifestation, _attribute: object, _unit: str | None) -> None:
    """*below* in *unit* must convert to mmol/L (an accepted unit, a plausible level)."""
    row.below_mmol_per_l  # noqa: B018 (raises UnitError or ImplausibleValueError)


@attrs.frozen(kw_only=True, field_transformer=checked)
class Manifestation:
    """A clinical manifestation of hypomagnesaemia.

    Args:
        system: The organ system.
        name: The manifestation.
        sources: Keys of the sources.
        below: The serum level below which a source says it typically appears, as
            published, or ``None`` where the sources give none.
        unit: The unit of *below*, one of the accepted units.
        note: Frequency or context, as the source states it.

    Examples:
        >>> seizures = next(m for m in MANIFESTATIONS if m.name == "seizures")
        >>> seizures.below, seizures.unit, round(seizures.below_mmol_per_l or 0, 3)
        (1.0, 'mg/dL', 0.411)
    """

    system: OrganSystem
    """The organ system."""
    name: str
    """The manifestation."""
    sources: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_keys)
    """Keys of the sources."""
    below: float | None = None
    """The serum level below which it typically appears, as published."""
    unit: str | None = attrs.field(default=None, validator=_converts)
    """The unit of *below*."""
    note: str | None = None
    """Frequency or context."""

    @property
    def below_mmol_per_l(self) -> float | None:
        """*below* converted to mmol/L, or ``None``."""
        if self.below is None or self.unit is None:
            return None
        return units.rescale(self.below, units.canonical_unit(self.unit), "mmol/L")

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class RiskGroup:
    """A group at risk of hypomagnesaemia, with the published prevalence where there is one.

    Args:
        name: The group.
        sources: Keys of the sources.
        prevalence_low: Lower end of the published prevalence in percent, or ``None``.
        prevalence_high: Upper end (equal to *prevalence_low* for a single figure).
        note: How the source states the figure.
        causes: Identifiers of related causes.

    Examples:
        >>> icu = next(g for g in RISK_GROUPS if g.name.startswith("intensive"))
        >>> icu.prevalence_low, icu.prevalence_high
        (60.0, 65.0)
    """

    name: str
    """The group."""
    sources: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_keys)
    """Keys of the sources."""
    prevalence_low: float | None = None
    """Lower end of the published prevalence, in percent."""
    prevalence_high: float | None = None
    """Upper end of the published prevalence, in percent."""
    note: str | None = None
    """How the source states the figure."""
    causes: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Identifiers of related causes."""

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _percent(value: object) -> float:
    number = plausibility.real(value, "percent")
    if not 0 < number <= 100:
        raise DefinitionError(value, "a prevalence in percent, > 0 and <= 100", "Fix the row.")
    return number


def _cutoff(value: object) -> float | None:
    if value is None:
        return None
    number = plausibility.real(value, "below")
    if number <= 0:
        raise DefinitionError(value, "a cut-off > 0, or None", "Fix the row.")
    return number


def _optional_unit(unit: object) -> str | None:
    return None if unit is None else units.canonical_unit(unit)  # type: ignore[arg-type]


def _wrong_type(value: object, expected: str, name: str) -> ArgumentTypeError:
    return ArgumentTypeError(plausibility.shown(value), expected, f"Fix {name} in the row.")


def _as_text(value: object, name: str) -> str:
    if isinstance(value, str):
        return value
    raise _wrong_type(value, "a string", name)


def _as_names(value: object, name: str, *, cited: bool = False) -> tuple[str, ...]:
    items = () if isinstance(value, str | bytes) or not isinstance(value, Iterable) else value
    found = tuple(items)
    if (cited and not found) or not all(isinstance(item, str) for item in found):
        raise _wrong_type(value, "a tuple of strings", name)
    return found


def _as_count(value: object, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _wrong_type(value, "a whole number >= 0, or None", name)
    return value


def _population(value: object) -> str:
    return _as_text(value, "population")


def _setting(value: object) -> str | None:
    return None if value is None else _as_text(value, "setting")


def _prevalence_note(value: object) -> str | None:
    return None if value is None else _as_text(value, "note")


def _prevalence_sources(value: object) -> tuple[str, ...]:
    return _as_names(value, "sources", cited=True)


def _related_causes(value: object) -> tuple[str, ...]:
    return _as_names(value, "causes")


def _cases(value: object) -> int | None:
    return _as_count(value, "cases")


def _total(value: object) -> int | None:
    return _as_count(value, "total")


@attrs.frozen(kw_only=True, field_transformer=checked)
class Prevalence:
    """A published prevalence of hypomagnesaemia, with its population and cut-off.

    Prevalence depends on the cut-off: the same German data give 14.5% below
    0.76 mmol/L and, by a review's reading, 2% below 0.70 mmol/L. Each row
    therefore keeps the cut-off as the study published it, and figures with
    different cut-offs are never merged into one range.

    Args:
        population: Who was studied.
        percent: The share found hypomagnesaemic, in percent, as published.
        sources: Keys of the sources.
        below: The cut-off as published (hypomagnesaemia means below it), or
            ``None`` where the source read does not state it.
        unit: The unit of *below*, one of the accepted units.
        cases: The number found hypomagnesaemic, where published.
        total: The number studied, where published.
        setting: Place and time, as published.
        note: Anything a reader should know.
        causes: Identifiers of related causes.

    Raises:
        DefinitionError: If *percent* is not in (0, 100], or only one of *below*
            and *unit* is given.
        UnitError: If *unit* is not an accepted unit of serum magnesium.

    Examples:
        >>> wong = next(p for p in PREVALENCE if p.sources == ("wong-1983",))
        >>> wong.percent, wong.cutoff, wong.below_mmol_per_l
        (11.0, '< 1.2 mEq/L', 0.6)
    """

    population: str = attrs.field(converter=_population)
    """Who was studied."""
    percent: float = attrs.field(converter=_percent)
    """The share found hypomagnesaemic, in percent."""
    sources: tuple[str, ...] = attrs.field(converter=_prevalence_sources, validator=_check_keys)
    """Keys of the sources."""
    below: float | None = attrs.field(default=None, converter=_cutoff)
    """The published cut-off (hypomagnesaemia means below it), or ``None``."""
    unit: str | None = attrs.field(default=None, converter=_optional_unit)
    """The unit of *below*."""
    cases: int | None = attrs.field(default=None, converter=_cases)
    """The number found hypomagnesaemic, where published."""
    total: int | None = attrs.field(default=None, converter=_total)
    """The number studied, where published."""
    setting: str | None = attrs.field(default=None, converter=_setting)
    """Place and time, as published."""
    note: str | None = attrs.field(default=None, converter=_prevalence_note)
    """Anything a reader should know."""
    causes: tuple[str, ...] = attrs.field(default=(), converter=_related_causes)
    """Identifiers of related causes."""

    def __attrs_post_init__(self) -> None:
        if (self.below is None) != (self.unit is None):
            raise DefinitionError(
                (self.below, self.unit), "a cut-off with its unit, or neither", "Fix the row."
            )
        if self.cases is not None and self.total is not None and self.cases > self.total:
            raise DefinitionError(self.cases, f"at most total={self.total} cases", "Fix the row.")

    @property
    def cutoff(self) -> str:
        """The cut-off as text, e.g. ``"< 0.76 mmol/L"``, or ``"not stated"``."""
        return "not stated" if self.below is None else f"< {self.below:g} {self.unit}"

    @property
    def below_mmol_per_l(self) -> float | None:
        """The cut-off converted to mmol/L, or ``None``."""
        if self.below is None or self.unit is None:
            return None
        return units.rescale(self.below, self.unit, "mmol/L")

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the sources."""
        return weakest_verification(_sources(self.sources))

    @property
    def verified(self) -> bool:
        """Whether every source of the figure was read in its own words."""
        return all(source.verified for source in _sources(self.sources))

    @property
    def citations(self) -> tuple[Source, ...]:
        """The sources of the figure."""
        return _sources(self.sources)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class WorkupTest:
    """A test to order in the work-up of hypomagnesaemia.

    Args:
        name: The test.
        purpose: What it is for.
        sources: Keys of the sources.

    Examples:
        >>> [t.name for t in WORKUP_TESTS][:2]
        ['serum potassium', 'serum calcium']
    """

    name: str
    """The test."""
    purpose: str
    """What it is for."""
    sources: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_keys)
    """Keys of the sources."""

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


# --- the work-up: FEMg and 24-hour urine --------------------------------------------------------

_CREATININE_FORMULA: Final = {"C": 4, "H": 7, "N": 3, "O": 1}

CREATININE_MOLAR_MASS_G_PER_MOL: Final = float(
    sum(
        Decimal(atomic_weights.ATOMIC_WEIGHTS[element][0]) * count
        for element, count in _CREATININE_FORMULA.items()
    )
)
"""Molar mass of creatinine, C4H7N3O, in g/mol, computed from the atomic weights.

The weights are the library's one table of them, also used for the magnesium
salts (see [`Salt`][magnesium.repletion.Salt]): the IUPAC conventional values
4 x 12.011 + 7 x 1.008 + 3 x 14.007 + 15.999 = 113.120 g/mol, so 1 mg/dL of
creatinine is 10 / 0.11312 = 88.40 umol/L.
"""

FEMG_FILTERED_FRACTION: Final = 0.7
"""The fraction of plasma magnesium taken as filtered at the glomerulus in FEMg.

Source ``"clinlabnavigator-urine-mg"``: 'serum magnesium is multiplied by 0.7 in
the denominator to account for the fraction not bound to albumin'.
"""

URINE_24H_RENAL_WASTING_MMOL_PER_DAY: Final = 1.0
"""24-hour urinary magnesium above which renal wasting is defined, in mmol/day.

Source ``"clinlabnavigator-urine-mg"`` (summarising Tucker et al., JAMA 2020):
'more than 1 mmol per day (24.31 mg/day)'; the mg figure is computed here from
[`MOLAR_MASS_G_PER_MOL`][magnesium.units.MOLAR_MASS_G_PER_MOL].
"""


@attrs.frozen(kw_only=True, field_transformer=checked)
class FemgCutoff:
    """A published FEMg cut-off: above *percent*, a patient's magnesium loss is renal.

    Args:
        name: The name to select it by.
        percent: The cut-off in percent.
        description: What the source says.
        sources: Keys of the sources.

    Examples:
        >>> cutoff = get_femg_cutoff()
        >>> cutoff.name, cutoff.percent, cutoff.verified
        ('gt-4-percent', 4.0, True)
        >>> get_femg_cutoff("gt-2-percent").verified
        False
    """

    name: str
    """The name to select it by."""
    percent: float
    """The cut-off, in percent."""
    description: str
    """What the source says."""
    sources: tuple[str, ...] = attrs.field(converter=_tuple_of_str, validator=_check_keys)
    """Keys of the sources."""

    @property
    def verified(self) -> bool:
        """Whether every source of the cut-off was checked."""
        return all(source.verified for source in _sources(self.sources))

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the cut-off's sources."""
        return weakest_verification(_sources(self.sources))

    @property
    def citations(self) -> tuple[Source, ...]:
        """The sources of the cut-off."""
        return _sources(self.sources)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _femg_field(value: object) -> float:
    return _positive(value, "FEMg", "percent")


def _mmol_per_day(value: object) -> float:
    label = "24-hour urine magnesium"
    return _in_range(value, _positive(value, label, "mmol_per_day"), label, "urine_magnesium_24h")


_FEMG_CUTOFFS: Final = (
    FemgCutoff(
        name="gt-4-percent",
        percent=4.0,
        description="FEMg > 4% indicates renal magnesium wasting (Tucker et al., JAMA 2020, as "
        "summarised by ClinLab Navigator)",
        sources=("clinlabnavigator-urine-mg",),
    ),
    FemgCutoff(
        name="gt-2-percent",
        percent=2.0,
        description="FEMg > 2% indicates inappropriate renal wasting (Topf and Murray 2003, "
        "citing Elisaf et al. 1997); more sensitive, less specific",
        sources=("topf-murray-2003",),
    ),
)

FEMG_CUTOFFS: Final[Mapping[str, FemgCutoff]] = FrozenMapping(
    {cutoff.name: cutoff for cutoff in _FEMG_CUTOFFS}
)
"""The published FEMg cut-offs, by name (read-only)."""

DEFAULT_FEMG_CUTOFF: Final = "gt-4-percent"
"""The cut-off used when none is named: FEMg > 4%.

Chosen because its source text was checked, and because in the ranges that
Elisaf et al. are reported to give (extrarenal 0.5-2.7%, renal 4-48%; source
``"elisaf-1997-femg"``, not verified) no extrarenal loss reaches 4% while
extrarenal values up to 2.7% would count as renal wasting by the 2% rule. Pass
``cutoff="gt-2-percent"`` for the more sensitive rule.
"""

_KIDNEY_CAVEAT: Final = (
    "FEMg cut-offs were established in patients with preserved kidney function; with reduced "
    "kidney function the fraction excreted by each remaining nephron rises, so a high FEMg does "
    "not show renal wasting."
)
_SAMPLE_CAVEAT: Final = (
    "Interpret only in a patient who is hypomagnesaemic, on urine collected before magnesium "
    "supplements and diuretics are given (ClinLab Navigator: they 'should be discontinued "
    "prior to urine collection')."
)


@attrs.frozen(kw_only=True, field_transformer=checked)
class FractionalExcretion:
    """The fractional excretion of magnesium (FEMg) and what it indicates.

    Args:
        percent: FEMg in percent.
        cutoff: The cut-off applied.
        interpretation: Renal wasting, extrarenal loss, or not interpretable.
        caveats: What the reader must keep in mind.

    Examples:
        >>> result = fractional_excretion(
        ...     urine_mg=0.5, plasma_mg=0.5, urine_creatinine=10000, plasma_creatinine=80
        ... )
        >>> round(result.percent, 2), result.renal_wasting
        (1.14, False)
    """

    percent: float = attrs.field(converter=_femg_field)
    """FEMg in percent."""
    cutoff: FemgCutoff
    """The cut-off applied."""
    interpretation: UrineInterpretation
    """What the value indicates."""
    caveats: tuple[str, ...]
    """What the reader must keep in mind."""

    @property
    def renal_wasting(self) -> bool | None:
        """``True``: renal wasting; ``False``: extrarenal loss; ``None``: not interpretable."""
        if self.interpretation is UrineInterpretation.NOT_INTERPRETABLE:
            return None
        return self.interpretation is UrineInterpretation.RENAL_WASTING

    @property
    def citations(self) -> tuple[Source, ...]:
        """The sources of the formula, the cut-off and the caveats."""
        keys = ("clinlabnavigator-urine-mg", *self.cutoff.sources, "elisaf-1997-femg")
        return _sources(dict.fromkeys(keys))

    def __str__(self) -> str:
        return f"FEMg {self.percent:.2f}% ({self.cutoff.name}): {self.interpretation.value}"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def get_femg_cutoff(name: str | FemgCutoff | None = None) -> FemgCutoff:
    """Return a FEMg cut-off by name, or the default one.

    The default is [`DEFAULT_FEMG_CUTOFF`][magnesium.causes.DEFAULT_FEMG_CUTOFF].

    Raises:
        UnknownEntryError: If no cut-off has that name (a `LookupError`).

    Examples:
        >>> get_femg_cutoff(" GT-2-Percent ").percent
        2.0
        >>> get_femg_cutoff("2%")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnknownEntryError: '2%' is not a known FEMg cut-off: ...
    """
    if isinstance(name, FemgCutoff):
        return name
    if name is None:
        return FEMG_CUTOFFS[DEFAULT_FEMG_CUTOFF]
    found = FEMG_CUTOFFS.get(_norm(name)) if isinstance(name, str) else None
    if found is None:
        raise UnknownEntryError(plausibility.shown(name), "FEMg cut-off", FEMG_CUTOFFS)
    return found


_ARGUMENTS: Final = {
    "urine magnesium": "urine_mg",
    "plasma magnesium": "plasma_mg",
    "urine creatinine": "urine_creatinine",
    "plasma creatinine": "plasma_creatinine",
}


def _lab_error(label: str) -> plausibility.ErrorFactory:
    """An error factory for `plausibility` that raises LabValueError about *label*."""

    def build(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
        return LabValueError(
            value, expected if name in expected else f"{name}: {expected}", hint, label
        )

    return build


def _positive(value: object, label: str, name: str | None = None) -> float:
    """Return *value* as a float if it is a finite number > 0, else raise LabValueError."""
    argument = name or _ARGUMENTS.get(label, label)
    number = plausibility.real(value, argument, error=_lab_error(label))
    if number <= 0:
        raise LabValueError(
            plausibility.shown(value),
            f"{argument}: a finite number > 0",
            f"A {label} of zero or below cannot be used (it divides); check the result.",
            label,
        )
    return number


def _in_range(given: object, converted: float, label: str, quantity: str) -> float:
    """Check a value converted to its range's unit; errors show the value as *given*."""
    bounds = plausibility.PLAUSIBLE_RANGES[quantity]
    if not (math.isfinite(converted) and bounds.contains(converted)):
        raise LabValueError(
            given,
            f"a {label} in {bounds.interval}",
            f"Check the value and its unit. {bounds.rationale}",
            label,
        )
    return converted


_CREATININE_UNITS: Final = {
    "umol/l": "umol/L",
    "mmol/l": "mmol/L",
    "mg/dl": "mg/dL",
    "mg/l": "mg/L",
}
# value [unit] * factor = value [umol/L]; mass units via the computed molar mass
_CREATININE_FACTORS: Final = {
    "umol/L": 1.0,
    "mmol/L": 1000.0,
    "mg/dL": 10_000.0 / CREATININE_MOLAR_MASS_G_PER_MOL,
    "mg/L": 1000.0 / CREATININE_MOLAR_MASS_G_PER_MOL,
}


def _creatinine_unit(unit: str) -> str:
    key = units._key(unit) if isinstance(unit, str) else ""  # noqa: SLF001 (one spelling rule)
    found = _CREATININE_UNITS.get(key)
    if found is None:
        raise LabUnitError(
            plausibility.shown(unit),
            "one of " + ", ".join(_CREATININE_FACTORS),
            "Give the unit of the creatinine result as one of these strings.",
            "creatinine",
        )
    return found


def convert_creatinine(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a creatinine concentration between umol/L, mmol/L, mg/dL and mg/L.

    Mass units convert with the molar mass of creatinine computed from its formula
    C4H7N3O ([`CREATININE_MOLAR_MASS_G_PER_MOL`][magnesium.causes.CREATININE_MOLAR_MASS_G_PER_MOL]).

    Raises:
        LabValueError: If *value* is not a finite number > 0.
        LabUnitError: If a unit is not one of those four (a `UnitError`).

    Examples:
        >>> round(convert_creatinine(1.0, "mg/dL", "umol/L"), 2)
        88.4
        >>> convert_creatinine(80, "UMOL/L", "umol/L")
        80.0
    """
    number = _positive(value, "creatinine", "value")
    source, target = _creatinine_unit(from_unit), _creatinine_unit(to_unit)
    umol = _in_range(value, number * _CREATININE_FACTORS[source], "creatinine", "creatinine")
    if source == target:
        return number
    return umol / _CREATININE_FACTORS[target]


def _quantity_magnitude(quantity: pint.Quantity[float], label: str) -> tuple[float, str]:
    """Read a pint quantity from any registry as (magnitude > 0, unit expression)."""
    value = _positive(quantity.magnitude, label)
    expression = " * ".join(f"({name}) ** {exp}" for name, exp in quantity.unit_items())
    return value, expression or "dimensionless"


_MAGNESIUM_RANGES: Final = {
    "urine magnesium": "urine_magnesium",
    "plasma magnesium": "serum_magnesium",
}


def _magnesium_mmol(quantity: pint.Quantity[float], label: str) -> float:
    """A magnesium quantity in mmol/L, in its plausible range."""
    mmol = _magnesium_converted(quantity, label)
    return _in_range(quantity, mmol, label, _MAGNESIUM_RANGES[label])


def _magnesium_converted(quantity: pint.Quantity[float], label: str) -> float:
    import pint  # noqa: PLC0415 (a quantity means pint is loaded already)

    value, expression = _quantity_magnitude(quantity, label)
    ureg = units.registry()
    try:
        amount = ureg.Quantity(value, expression)
        for dimension, target, divide in (
            ("[substance] / [length] ** 3", "mmol/L", 1.0),
            ("[mass] / [length] ** 3", "mg/L", units.MOLAR_MASS_G_PER_MOL),
            ("[charge_equivalent] / [length] ** 3", "mEq/L", float(units.VALENCE)),
        ):
            if amount.check(dimension):
                return float(amount.to(target).magnitude) / divide
    except (pint.PintError, ValueError, AttributeError, TypeError):
        pass
    raise LabUnitError(
        f"{quantity.units}",
        "a concentration of amount, mass or charge per volume",
        "Pass the magnesium results as pint Quantities such as 0.6 mmol/L or 1.5 mg/dL.",
        label,
    )


def _creatinine_umol(quantity: pint.Quantity[float], label: str) -> float:
    """A creatinine quantity in umol/L, in its plausible range."""
    return _in_range(quantity, _creatinine_converted(quantity, label), label, "creatinine")


def _creatinine_converted(quantity: pint.Quantity[float], label: str) -> float:
    import pint  # noqa: PLC0415

    value, expression = _quantity_magnitude(quantity, label)
    ureg = units.registry()
    try:
        amount = ureg.Quantity(value, expression)
        if amount.check("[substance] / [length] ** 3"):
            return float(amount.to("umol/L").magnitude)
        if amount.check("[mass] / [length] ** 3"):
            return float(amount.to("mg/dL").magnitude) * _CREATININE_FACTORS["mg/dL"]
    except (pint.PintError, ValueError, AttributeError, TypeError):
        pass
    raise LabUnitError(
        f"{quantity.units}",
        "a concentration of amount or mass per volume",
        "Pass creatinine as a pint Quantity in umol/L, mmol/L, mg/dL or mg/L.",
        label,
    )


_NORMAL: Final = sys.float_info.min


def _femg_percent(given: object, values: tuple[float, float, float, float]) -> float:
    """FEMg in percent, refused if no float can hold it.

    Computed in floats where no step overflows or underflows, exactly otherwise.
    """
    u_mg, p_mg, u_cr, p_cr = values
    numerator, denominator = u_mg * p_cr, FEMG_FILTERED_FRACTION * p_mg * u_cr
    if min(numerator, denominator) >= _NORMAL and max(numerator, denominator) < math.inf:
        percent = numerator / denominator * 100.0
        if 1e-300 <= percent <= 1e300:  # the magnitudes plausibility accepts
            return percent
    u_mg_, p_mg_, u_cr_, p_cr_ = (Fraction(value) for value in values)
    exact = (u_mg_ * p_cr_ * 100) / (Fraction(str(FEMG_FILTERED_FRACTION)) * p_mg_ * u_cr_)
    if not plausibility.MIN_MAGNITUDE <= exact <= plausibility.MAX_MAGNITUDE:
        raise LabValueError(
            given,
            "four values whose FEMg is between 1e-300% and 1e300%",
            "Check the units: each pair (the two magnesium values, the two creatinine "
            "values) must share one.",
            "set of FEMg values",
        )
    return float(exact)


def fractional_excretion(  # noqa: PLR0913 (four lab values and two options, by keyword)
    *,
    urine_mg: float | pint.Quantity[float],
    plasma_mg: float | pint.Quantity[float],
    urine_creatinine: float | pint.Quantity[float],
    plasma_creatinine: float | pint.Quantity[float],
    cutoff: str | FemgCutoff | None = None,
    reduced_kidney_function: bool = False,
) -> FractionalExcretion:
    """Compute the fractional excretion of magnesium and interpret it.

    FEMg = (UMg x PCr) / (0.7 x PMg x UCr) x 100, where 0.7 is
    [`FEMG_FILTERED_FRACTION`][magnesium.causes.FEMG_FILTERED_FRACTION].

    Plain numbers are accepted when each pair shares a unit: the two magnesium
    values in one unit (both mmol/L, say) and the two creatinine values in one
    unit (both umol/L, or both mg/dL); the units then cancel. For values in
    mixed units pass pint Quantities (from any registry) for all four: magnesium
    in mmol/L, mg/dL, mEq/L or another concentration unit, creatinine in umol/L,
    mmol/L, mg/dL or mg/L.

    Args:
        urine_mg: Spot urine magnesium.
        plasma_mg: Plasma (serum) magnesium.
        urine_creatinine: Spot urine creatinine.
        plasma_creatinine: Plasma (serum) creatinine.
        cutoff: The name of a cut-off in [`FEMG_CUTOFFS`][magnesium.causes.FEMG_CUTOFFS]
            or a [`FemgCutoff`][magnesium.causes.FemgCutoff]; default
            [`DEFAULT_FEMG_CUTOFF`][magnesium.causes.DEFAULT_FEMG_CUTOFF].
        reduced_kidney_function: ``True`` if kidney function is reduced; the value
            is then computed but reported as not interpretable.

    Returns:
        The value, the cut-off applied, the interpretation and the caveats.

    Raises:
        LabValueError: If a value is zero, negative, NaN, infinite or not a number.
        LabUnitError: If some values are quantities and others plain numbers, or a
            quantity's unit is not a concentration (a `UnitError`).
        UnknownEntryError: If *cutoff* names no known cut-off.

    Examples:
        >>> result = fractional_excretion(
        ...     urine_mg=2.0, plasma_mg=0.5, urine_creatinine=8000, plasma_creatinine=80,
        ...     cutoff="gt-2-percent",
        ... )
        >>> print(result)
        FEMg 5.71% (gt-2-percent): renal magnesium wasting
        >>> import pint
        >>> ureg = pint.UnitRegistry()
        >>> mixed = fractional_excretion(
        ...     urine_mg=ureg.Quantity(2.0, "mmol/L"), plasma_mg=ureg.Quantity(0.5, "mmol/L"),
        ...     urine_creatinine=ureg.Quantity(8.0, "mmol/L"),
        ...     plasma_creatinine=ureg.Quantity(80 / 88.40, "mg/dL"),
        ... )
        >>> round(mixed.percent, 2)
        5.71
    """
    chosen = get_femg_cutoff(cutoff)
    given = (urine_mg, plasma_mg, urine_creatinine, plasma_creatinine)
    quantities = [units.is_quantity(value) for value in given]
    if all(quantities):
        u_mg = _magnesium_mmol(urine_mg, "urine magnesium")  # type: ignore[arg-type]
        p_mg = _magnesium_mmol(plasma_mg, "plasma magnesium")  # type: ignore[arg-type]
        u_cr = _creatinine_umol(urine_creatinine, "urine creatinine")  # type: ignore[arg-type]
        p_cr = _creatinine_umol(plasma_creatinine, "plasma creatinine")  # type: ignore[arg-type]
    elif any(quantities):
        raise LabUnitError(
            "a mix of pint Quantities and plain numbers",
            "four plain numbers (each pair in one unit) or four pint Quantities",
            "Pass all four values as Quantities when their units differ.",
            "the FEMg values",
        )
    else:
        u_mg = _positive(urine_mg, "urine magnesium")
        p_mg = _positive(plasma_mg, "plasma magnesium")
        u_cr = _positive(urine_creatinine, "urine creatinine")
        p_cr = _positive(plasma_creatinine, "plasma creatinine")
    percent = _femg_percent(given, (u_mg, p_mg, u_cr, p_cr))
    reduced = plausibility.flag(reduced_kidney_function, "reduced_kidney_function")
    caveats: tuple[str, ...] = (_KIDNEY_CAVEAT, _SAMPLE_CAVEAT)
    if percent > 100.0:
        interpretation = UrineInterpretation.NOT_INTERPRETABLE
        caveats = (_ABOVE_FILTERED_LOAD_CAVEAT, *caveats)
    elif reduced:
        interpretation = UrineInterpretation.NOT_INTERPRETABLE
    elif percent > chosen.percent:
        interpretation = UrineInterpretation.RENAL_WASTING
    else:
        interpretation = UrineInterpretation.EXTRARENAL
    return FractionalExcretion(
        percent=percent,
        cutoff=chosen,
        interpretation=interpretation,
        caveats=caveats,
    )


_ABOVE_FILTERED_LOAD_CAVEAT: Final = (
    "A fraction above 100% means more magnesium in the urine than the formula counts as "
    "filtered: check that urine and plasma values are not swapped and that each pair "
    "shares its unit (creatinine in urine is usually far higher than in plasma)."
)


_DAY_UNITS: Final = {"mmol/day": 1.0, "meq/day": 1.0 / units.VALENCE}


@attrs.frozen(kw_only=True, field_transformer=checked)
class UrineMagnesium24h:
    """A 24-hour urinary magnesium excretion and what it indicates.

    Args:
        mmol_per_day: The excretion in mmol/day.
        interpretation: Renal wasting or extrarenal loss.

    Examples:
        >>> result = urine_magnesium_24h(36.5, "mg/day")
        >>> round(result.mmol_per_day, 3), result.interpretation.value
        (1.502, 'renal magnesium wasting')
    """

    mmol_per_day: float = attrs.field(converter=_mmol_per_day)
    """The excretion, in mmol/day."""
    interpretation: UrineInterpretation
    """What it indicates in a hypomagnesaemic patient."""

    @property
    def mg_per_day(self) -> float:
        """The excretion in mg/day, from the molar mass of magnesium."""
        return self.mmol_per_day * units.MOLAR_MASS_G_PER_MOL

    @property
    def threshold_mg_per_day(self) -> float:
        """The renal-wasting threshold in mg/day (1 mmol/day = 24.305 mg/day)."""
        return URINE_24H_RENAL_WASTING_MMOL_PER_DAY * units.MOLAR_MASS_G_PER_MOL

    @property
    def citations(self) -> tuple[Source, ...]:
        """The source of the threshold."""
        return _sources(("clinlabnavigator-urine-mg",))

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def urine_magnesium_24h(value: float, unit: str = "mmol/day") -> UrineMagnesium24h:
    """Interpret a 24-hour urinary magnesium excretion in a hypomagnesaemic patient.

    More than 1 mmol/day indicates renal magnesium wasting (see
    [`URINE_24H_RENAL_WASTING_MMOL_PER_DAY`][magnesium.causes.URINE_24H_RENAL_WASTING_MMOL_PER_DAY]).

    Args:
        value: The amount excreted in 24 hours.
        unit: ``"mmol/day"``, ``"mg/day"`` or ``"mEq/day"`` (any case).

    Raises:
        LabValueError: If *value* is not a finite number > 0.
        LabUnitError: If *unit* is not one of those (a `UnitError`).

    Examples:
        >>> urine_magnesium_24h(0.5).interpretation.value
        'extrarenal loss (intake, gut or shift)'
        >>> urine_magnesium_24h(1, "g/day")
        Traceback (most recent call last):
        ...
        magnesium.errors.LabUnitError: 'g/day' is not an accepted unit of 24-hour urine ...
    """
    number = _positive(value, "24-hour urine magnesium", "value")
    key = "".join(unit.split()).casefold() if isinstance(unit, str) else ""
    if key == "mg/day":
        mmol = number / units.MOLAR_MASS_G_PER_MOL
    elif key in _DAY_UNITS:
        mmol = number * _DAY_UNITS[key]
    else:
        raise LabUnitError(
            plausibility.shown(unit),
            "mmol/day, mg/day or mEq/day",
            "Give the 24-hour amount in one of these units.",
            "24-hour urine magnesium",
        )
    _in_range(value, mmol, "24-hour urine magnesium", "urine_magnesium_24h")
    interpretation = (
        UrineInterpretation.RENAL_WASTING
        if mmol > URINE_24H_RENAL_WASTING_MMOL_PER_DAY
        else UrineInterpretation.EXTRARENAL
    )
    return UrineMagnesium24h(mmol_per_day=mmol, interpretation=interpretation)


# --- the tables ---------------------------------------------------------------------------------


def _genetic_cause(disorder: GeneticDisorder) -> Cause:
    return Cause(
        id=disorder.cause_id,
        name=disorder.name,
        category=Category.GENETIC,
        mechanism=disorder.mechanism,
        sources=disorder.sources,
        synonyms=(disorder.id, *disorder.synonyms),
        note=disorder.note,
    )


def _unique(kind: str, names: Iterable[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise DefinitionError(name, f"a unique {kind}", "Rename one of the two rows.")
        seen.add(name)


def _load() -> tuple[
    Mapping[str, Cause], Mapping[str, Drug], Mapping[str, GeneticDisorder], tuple[object, ...]
]:
    disorders = _knowledge.load("genetic_disorders.toml", "disorder", GeneticDisorder, resolve=cite)
    drugs = _knowledge.load("drugs.toml", "drug", Drug, resolve=cite)
    table_causes = _knowledge.load("causes.toml", "cause", Cause, resolve=cite)
    all_causes = (*table_causes, *(_genetic_cause(d) for d in disorders))
    _unique("cause id", (c.id for c in all_causes))
    _unique("drug id", (d.id for d in drugs))
    _unique("disorder id", (d.id for d in disorders))
    cause_ids = {c.id for c in all_causes}
    for drug in drugs:
        if not drug.causes or not set(drug.causes) <= cause_ids:
            raise DefinitionError(drug.causes, "known cause ids", f"Fix drug {drug.id!r}.")
    return (
        FrozenMapping({c.id: c for c in all_causes}),
        FrozenMapping({d.id: d for d in drugs}),
        FrozenMapping({d.id: d for d in disorders}),
        (
            _knowledge.load("manifestations.toml", "manifestation", Manifestation, resolve=cite),
            _knowledge.load("risk_groups.toml", "group", RiskGroup, resolve=cite),
            _knowledge.load("workup_tests.toml", "test", WorkupTest, resolve=cite),
            _knowledge.load("prevalence.toml", "figure", Prevalence, resolve=cite),
        ),
    )


_LOADED: Final = _load()
CAUSES: Final[Mapping[str, Cause]] = _LOADED[0]
"""Every cause, by identifier (read-only): the table's causes, then one per genetic disorder."""
DRUGS: Final[Mapping[str, Drug]] = _LOADED[1]
"""Every drug, by identifier (read-only)."""
GENETIC_DISORDERS: Final[Mapping[str, GeneticDisorder]] = _LOADED[2]
"""Every inherited disorder, by identifier (read-only)."""
_TABLES: Final = _LOADED[3]
MANIFESTATIONS: Final[tuple[Manifestation, ...]] = _TABLES[0]  # type: ignore[assignment]
"""The clinical picture: manifestations by organ system, each cited."""
RISK_GROUPS: Final[tuple[RiskGroup, ...]] = _TABLES[1]  # type: ignore[assignment]
"""Groups at risk, with published prevalence where the sources give one."""
WORKUP_TESTS: Final[tuple[WorkupTest, ...]] = _TABLES[2]  # type: ignore[assignment]
"""Tests to order in the work-up, each cited."""
PREVALENCE: Final[tuple[Prevalence, ...]] = _TABLES[3]  # type: ignore[assignment]
"""Published prevalence figures, each with its population, cut-off and study."""


# --- lookups ------------------------------------------------------------------------------------


def _condition_names() -> tuple[str, ...]:
    """The names suggested for an unknown condition: names and synonyms, not identifiers."""
    names = (_norm(n) for c in CAUSES.values() for n in (c.name, *c.synonyms))
    return tuple(dict.fromkeys(names))


def _index_causes() -> Mapping[str, Cause]:
    table: dict[str, Cause] = {}
    for cause in CAUSES.values():
        for name in cause.lookup_names:
            table.setdefault(name, cause)
    for disorder in GENETIC_DISORDERS.values():
        for gene in disorder.genes:
            table.setdefault(_norm(gene), CAUSES[disorder.cause_id])
    return FrozenMapping(table)


def _index_drugs() -> Mapping[str, tuple[Drug, ...]]:
    table: dict[str, list[Drug]] = {}
    for drug in DRUGS.values():
        for name in (*drug.lookup_names, *(_norm(c) for c in (*drug.atc, *drug.former_atc))):
            table.setdefault(name, []).append(drug)
    return FrozenMapping({name: tuple(drugs) for name, drugs in table.items()})


_CAUSE_INDEX: Final = _index_causes()
_CONDITION_NAMES: Final = _condition_names()
_DRUG_INDEX: Final = _index_drugs()


def _unknown(query: object, kind: str, known: Iterable[str], expected: str) -> UnknownEntryError:
    """An UnknownEntryError whose message names the kind of name, not every known name."""
    error = UnknownEntryError(plausibility.shown(query), kind, known)
    error.expected = f"{expected} (magnesium.causes lists them)"
    return error


def drugs_for(query: str) -> tuple[Drug, ...]:
    """Return the drugs a generic name, brand name, ATC code or ATC class prefix names.

    Matching ignores case and whitespace. A 7-character ATC code matches the
    drugs with that code, current or former; a shorter ATC prefix of 3 to 5
    characters (``"A02BC"``, ``"C03"``) matches every drug in that class.

    Raises:
        UnknownEntryError: If nothing matches; its ``suggestions`` hold close names.

    Examples:
        >>> [d.name for d in drugs_for("a02bc")][:3]
        ['omeprazole', 'pantoprazole', 'lansoprazole']
        >>> drugs_for("  NEXIUM ")[0].name
        'esomeprazole'
        >>> drugs_for("omeprazol")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnknownEntryError: 'omeprazol' is not a known drug: ...
    """
    key = _norm(query) if isinstance(query, str) else ""
    found = _DRUG_INDEX.get(key)
    if found:
        return found
    code = key.upper().replace(" ", "")
    if _ATC_PREFIX.match(code):
        matches = tuple(d for d in DRUGS.values() if any(c.startswith(code) for c in d.atc))
        if matches:
            return matches
    raise _unknown(query, "drug", _DRUG_INDEX, "a generic or brand name, ATC code or ATC prefix")


def causes_for_drug(query: str) -> tuple[Cause, ...]:
    """Return the causes of hypomagnesaemia that a drug (or drug class) leads to.

    Args:
        query: A generic name, brand name, WHO ATC code or ATC class prefix, in any case.

    Raises:
        UnknownEntryError: If no drug matches; its ``suggestions`` hold close names.

    Examples:
        >>> [c.id for c in causes_for_drug("Lasix")]
        ['drug-loop-diuretic']
        >>> [c.id for c in causes_for_drug("L01FE01")]
        ['drug-anti-egfr-antibody']
        >>> causes_for_drug("L01XC06")[0].id  # the former code of cetuximab
        'drug-anti-egfr-antibody'
    """
    ids = dict.fromkeys(cause for drug in drugs_for(query) for cause in drug.causes)
    return tuple(CAUSES[cause] for cause in ids)


def get_cause(query: str) -> Cause:
    """Return a cause by identifier, name, synonym or (for genetic causes) gene symbol.

    Raises:
        UnknownEntryError: If no cause matches.

    Examples:
        >>> get_cause("Short bowel syndrome").category.value
        'gastrointestinal'
        >>> get_cause("CLDN16").name
        'familial hypomagnesaemia with hypercalciuria and nephrocalcinosis, CLDN16 (HOMG3)'
    """
    found = _CAUSE_INDEX.get(_norm(query)) if isinstance(query, str) else None
    if found is None:
        raise _unknown(query, "condition", _CONDITION_NAMES, "a condition named in CAUSES")
    return found


def by_category(category: Category | str) -> tuple[Cause, ...]:
    """Return the causes whose primary category is *category*, in table order.

    Args:
        category: A [`Category`][magnesium.causes.Category] or its value, e.g. ``"genetic"``.

    Raises:
        UnknownEntryError: If *category* names no category.

    Examples:
        >>> [c.name for c in by_category("REDISTRIBUTION")][:2]
        ['refeeding syndrome', 'treatment of diabetic ketoacidosis']
        >>> len(by_category(Category.GENETIC)) == len(GENETIC_DISORDERS)
        True
    """
    if not isinstance(category, Category):
        values = {c.value: c for c in Category}
        found = values.get(_norm(category)) if isinstance(category, str) else None
        if found is None:
            raise UnknownEntryError(plausibility.shown(category), "category", values)
        category = found
    return tuple(cause for cause in CAUSES.values() if cause.category is category)


# --- screening ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=checked)
class Match:
    """One screened input matched to a cause.

    Args:
        query: The input as given.
        kind: ``"medication"`` or ``"condition"``.
        cause: The cause it matched.
        drug: The drug, for a medication.

    Examples:
        >>> match = screen(medications=["Losec"]).matches[0]
        >>> match.query, match.drug.name if match.drug else None, match.cause.id
        ('Losec', 'omeprazole', 'drug-ppi')
    """

    query: str
    """The input as given."""
    kind: str
    """``"medication"`` or ``"condition"``."""
    cause: Cause
    """The cause matched."""
    drug: Drug | None = None
    """The drug, for a medication."""

    @property
    def citations(self) -> tuple[Source, ...]:
        """The sources of the cause and, for a medication, of the drug row."""
        drug = self.drug.citations if self.drug else ()
        return tuple(dict.fromkeys((*drug, *self.cause.citations)))

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class Unmatched:
    """An input that matched nothing, with close names to suggest.

    Examples:
        >>> screen(conditions=["short bowl syndrome"]).unmatched[0].suggestions[0]
        'short bowel syndrome'
    """

    query: object
    """The input as given."""
    kind: str
    """``"medication"`` or ``"condition"``."""
    suggestions: tuple[str, ...]
    """Known names close to the input, best first."""


@attrs.frozen(kw_only=True, field_transformer=checked)
class ScreenResult:
    """The outcome of [`screen`][magnesium.causes.screen]: every input is in one of the two lists.

    Examples:
        >>> result = screen(medications=["omeprazole", "aspirin"], conditions=["Gitelman"])
        >>> [m.cause.id for m in result.matches]
        ['drug-ppi', 'genetic-gitelman']
        >>> [u.query for u in result.unmatched]
        ['aspirin']
    """

    matches: tuple[Match, ...]
    """The inputs that matched, one entry per (input, cause)."""
    unmatched: tuple[Unmatched, ...]
    """The inputs that matched nothing."""

    @property
    def causes(self) -> tuple[Cause, ...]:
        """The distinct causes matched, in input order."""
        return tuple(dict.fromkeys(match.cause for match in self.matches))

    @property
    def citations(self) -> tuple[Source, ...]:
        """Every source behind the matches, without repeats."""
        return tuple(dict.fromkeys(s for match in self.matches for s in match.citations))

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _items(values: Iterable[object] | str | None, name: str) -> tuple[object, ...]:
    if values is None:
        return ()
    if isinstance(values, str):  # one name, not its characters
        return (values,)
    return to_tuple(values, f"screen({name}=...)")


def screen(
    *,
    medications: Iterable[str] | str | None = (),
    conditions: Iterable[str] | str | None = (),
) -> ScreenResult:
    """Match a medication list and problem-list conditions to causes of hypomagnesaemia.

    Medications are matched as in [`drugs_for`][magnesium.causes.drugs_for]
    (generic names, brands, ATC codes and class prefixes); conditions as in
    [`get_cause`][magnesium.causes.get_cause] (names, synonyms, gene symbols).
    Inputs that match nothing are returned in
    [`ScreenResult.unmatched`][magnesium.causes.ScreenResult.unmatched] with close
    names to suggest; nothing is dropped.

    Args:
        medications: Drug names, brand names or ATC codes; one string counts as one name.
        conditions: Condition names; one string counts as one name.

    Examples:
        >>> result = screen(medications=["furosemide", "Prograf"], conditions=["alcoholism"])
        >>> [m.cause.id for m in result.matches]
        ['drug-loop-diuretic', 'drug-calcineurin-inhibitor', 'alcohol']
        >>> screen(medications="omeprazole").matches[0].cause.category.value
        'drug'
    """
    matches: list[Match] = []
    unmatched: list[Unmatched] = []
    for item in _items(medications, "medications"):
        try:
            drugs = drugs_for(item)  # type: ignore[arg-type]
        except UnknownEntryError as error:
            unmatched.append(
                Unmatched(query=item, kind="medication", suggestions=error.suggestions)
            )
            continue
        for drug in drugs:
            matches.extend(
                Match(query=str(item), kind="medication", cause=CAUSES[c], drug=drug)
                for c in drug.causes
            )
    for item in _items(conditions, "conditions"):
        try:
            cause = get_cause(item)  # type: ignore[arg-type]
        except UnknownEntryError as error:
            unmatched.append(Unmatched(query=item, kind="condition", suggestions=error.suggestions))
            continue
        matches.append(Match(query=str(item), kind="condition", cause=cause))
    return ScreenResult(matches=tuple(matches), unmatched=tuple(unmatched))
