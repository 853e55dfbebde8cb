"""Causes of hypomagnesaemia, and the drugs and inherited disorders behind them.

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

The work-up (FEMg, 24-hour urine and the tests to order) is in
[`magnesium.workup`][magnesium.workup]; its names are still importable from
this module but deprecated here.

Lookups ignore case and surrounding or repeated whitespace.

Examples:
    >>> from magnesium import causes
    >>> [cause.category.value for cause in causes.causes_for_drug("omeprazole")]
    ['drug']
    >>> causes.causes_for_drug("A02BC")[0].name
    'proton pump inhibitor use'
    >>> causes.get_cause("gitelman syndrome").category.value
    'genetic'
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final, TypeAlias

import attrs

from magnesium import _knowledge, _show, plausibility, units
from magnesium._fields import checked, to_tuple
from magnesium._frozen import FrozenMapping
from magnesium.errors import (  # the errors live in errors.py; re-exported here
    ArgumentTypeError,
    DefinitionError,
    LabUnitError,
    LabValueError,
    UnknownEntryError,
)
from magnesium.sources import (
    Source,
    Verification,
    _check_cited,
    _cite_all,
    _norm,
    _tuple_of_str,
    cite,
    weakest_verification,
)
from magnesium.workup import (  # moved to magnesium.workup; still importable from here
    CREATININE_MOLAR_MASS_G_PER_MOL,
    DEFAULT_FEMG_CUTOFF,
    FEMG_CUTOFFS,
    FEMG_FILTERED_FRACTION,
    URINE_24H_RENAL_WASTING_MMOL_PER_DAY,
    WORKUP_TESTS,
    FemgCutoff,
    FractionalExcretion,
    UrineInterpretation,
    UrineMagnesium24h,
    WorkupTest,
    convert_creatinine,
    fractional_excretion,
    get_femg_cutoff,
    urine_magnesium_24h,
)

if TYPE_CHECKING:
    pass

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
    "CauseClassification",
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


# --- shared helpers -----------------------------------------------------------------------------


def _tuple_of_classifications(
    values: Iterable[CauseClassification],
) -> tuple[CauseClassification, ...]:
    return tuple(values)


# --- causes -------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=checked)
class CauseClassification:
    """One way a source classifies a cause: a category and a mechanism.

    Args:
        category: The category the source puts the cause in.
        mechanism: The mechanism the source gives.
        sources: The sources that classify it so (`Source` values or bibliography keys).

    Examples:
        >>> alcohol = get_cause("alcohol use disorder")
        >>> [(c.category.value, c.mechanism.value) for c in alcohol.alternatives]
        [('renal', 'renal wasting')]
    """

    category: Category
    """The category."""
    mechanism: Mechanism
    """The mechanism."""
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all, validator=_check_cited)
    """The sources that classify the cause this way."""

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


Classification: TypeAlias = CauseClassification
"""Deprecated alias of [`CauseClassification`][magnesium.causes.CauseClassification].

The package had two public classes named ``Classification`` (thresholds and causes);
import ``CauseClassification`` instead. The alias stays importable for now.
"""


@attrs.frozen(kw_only=True, field_transformer=checked)
class Cause:
    """A cause of hypomagnesaemia.

    Args:
        id: A unique identifier, lower case with hyphens.
        name: A readable name, also accepted by lookups.
        category: The primary category.
        mechanism: The primary mechanism.
        sources: The sources for the primary classification (`Source` values or bibliography keys).
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
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all, validator=_check_cited)
    """The sources for the primary classification."""
    synonyms: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Other names accepted by lookups."""
    alternatives: tuple[CauseClassification, ...] = attrs.field(
        default=(), converter=_tuple_of_classifications
    )
    """Other classifications that sources give, each with its sources."""
    note: str | None = None
    """Anything a reader should know."""

    @property
    def classifications(self) -> tuple[CauseClassification, ...]:
        """The primary classification followed by the alternatives."""
        primary = CauseClassification(
            category=self.category, mechanism=self.mechanism, sources=self.sources
        )
        return (primary, *self.alternatives)

    @property
    def citations(self) -> tuple[Source, ...]:
        """Every source cited for the cause, primary first, without repeats."""
        return tuple(dict.fromkeys(s for c in self.classifications for s in c.sources))

    @property
    def verified(self) -> bool:
        """Whether every source of the primary classification was checked."""
        return all(source.verified for source in self.sources)

    @property
    def disorder(self) -> GeneticDisorder | None:
        """The inherited disorder this cause is, from `GENETIC_DISORDERS`; None for others.

        Examples:
            >>> get_cause("gitelman syndrome").disorder.omim
            263800
            >>> get_cause("proton pump inhibitor use").disorder is None
            True
        """
        return next((d for d in GENETIC_DISORDERS.values() if d.cause_id == self.id), None)

    @property
    def verification(self) -> Verification:
        """The weakest level ([`Verification`][magnesium.sources.Verification]) of its sources."""
        return weakest_verification(self.sources)

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
        sources: The sources for class, mechanism and site (`Source` values or bibliography keys).
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
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all, validator=_check_cited)
    """The sources for class, mechanism and site."""
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
        return tuple(dict.fromkeys((*self.sources, cite("who-atc-ddd-2026"))))

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
        sources: The sources (OMIM number, genes, features) (`Source` values or bibliography keys).
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
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all, validator=_check_cited)
    """The sources."""
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
        return all(source.verified for source in self.sources)

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of this row's sources."""
        return weakest_verification(self.sources)

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
        return self.sources

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
        sources: The sources (`Source` values or bibliography keys).
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
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all, validator=_check_cited)
    """The sources."""
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
        sources: The sources (`Source` values or bibliography keys).
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
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all, validator=_check_cited)
    """The sources."""
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


def _as_names(value: object, name: str) -> tuple[str, ...]:
    items = () if isinstance(value, str | bytes) or not isinstance(value, Iterable) else value
    found = tuple(items)
    if not all(isinstance(item, str) for item in found):
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
        sources: The sources (`Source` values or bibliography keys).
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
        >>> wong = next(p for p in PREVALENCE if p.sources == (cite("wong-1983"),))
        >>> wong.percent, wong.cutoff, wong.below_mmol_per_l
        (11.0, '< 1.2 mEq/L', 0.6)
    """

    population: str = attrs.field(converter=_population)
    """Who was studied."""
    percent: float = attrs.field(converter=_percent)
    """The share found hypomagnesaemic, in percent."""
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all, validator=_check_cited)
    """The sources."""
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
        return weakest_verification(self.sources)

    @property
    def verified(self) -> bool:
        """Whether every source of the figure was read in its own words."""
        return all(source.verified for source in self.sources)

    @property
    def citations(self) -> tuple[Source, ...]:
        """The sources of the figure."""
        return self.sources

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


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
PREVALENCE: Final[tuple[Prevalence, ...]] = _TABLES[2]  # type: ignore[assignment]
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
