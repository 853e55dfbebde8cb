"""The built-in threshold sets, each transcribed from its source as published."""

from __future__ import annotations

import math
from types import MappingProxyType
from typing import Final

from magnesium import units
from magnesium.errors import DefinitionError
from magnesium.sources import cite
from magnesium.thresholds import Band, Cutoffs, Population, Severity, Status, ThresholdSet

_INF: Final = math.inf
_NOT_LOW: Final = "not low by this definition (it sets no upper limit)"


def _interval(unit: str, lower: float, upper: float) -> Cutoffs:
    """A two-sided reference interval with both limits inside the normal band."""
    return Cutoffs(
        unit,
        (
            Band(
                lower=0,
                upper=lower,
                status=Status.LOW,
                severity=Severity.UNGRADED,
                label=f"below the reference interval (< {lower:g} {unit})",
            ),
            Band(
                lower=lower,
                upper=upper,
                status=Status.NORMAL,
                includes_upper=True,
                label=f"within the reference interval ({lower:g}-{upper:g} {unit})",
            ),
            Band(
                lower=upper,
                upper=_INF,
                status=Status.HIGH,
                severity=Severity.UNGRADED,
                includes_lower=False,
                label=f"above the reference interval (> {upper:g} {unit})",
            ),
        ),
    )


def _below(unit: str, cut: float) -> Cutoffs:
    """A one-sided definition: low below *cut*, not low from *cut* up."""
    return Cutoffs(
        unit,
        (
            Band(
                lower=0,
                upper=cut,
                status=Status.LOW,
                severity=Severity.UNGRADED,
                label=f"hypomagnesaemia (< {cut:g} {unit})",
            ),
            Band(lower=cut, upper=_INF, status=Status.NORMAL, label=_NOT_LOW),
        ),
    )


def _graded_low(unit: str, severe: float, symptomatic: float, low: float) -> Cutoffs:
    """DynaMed's scale: severe, symptomatic range, low and usually asymptomatic, not low."""
    return Cutoffs(
        unit,
        (
            Band(
                lower=0,
                upper=severe,
                status=Status.LOW,
                severity=Severity.SEVERE,
                label=f"severe hypomagnesaemia (< {severe:g} {unit}): seizures, "
                "drowsiness, confusion or coma may occur",
            ),
            Band(
                lower=severe,
                upper=symptomatic,
                status=Status.LOW,
                severity=Severity.UNGRADED,
                label=f"hypomagnesaemia below {symptomatic:g} {unit}, where symptoms usually begin",
            ),
            Band(
                lower=symptomatic,
                upper=low,
                status=Status.LOW,
                severity=Severity.UNGRADED,
                label=f"hypomagnesaemia (< {low:g} {unit}), usually asymptomatic",
            ),
            Band(lower=low, upper=_INF, status=Status.NORMAL, label=_NOT_LOW),
        ),
    )


# CTCAE v5.0, "Hypomagnesemia" and "Hypermagnesemia": the fixed limits of grades 2-4
# (and the far ends of grade 1) in each published unit.
_CTCAE_LIMITS: Final = MappingProxyType(
    {
        #          g4/g3  g3/g2  g2/g1  g1 hyper  g3 hyper
        "mmol/L": (0.3, 0.4, 0.5, 1.23, 3.30),
        "mg/dL": (0.7, 0.9, 1.2, 3.0, 8.0),
    }
)


def _ctcae_table(unit: str, lln: float, uln: float) -> Cutoffs:
    g4, g3, g2, hyper1, hyper3 = _CTCAE_LIMITS[unit]
    if not g2 < lln < uln < hyper1:
        raise DefinitionError(
            (lln, uln),
            f"an LLN above {g2:g} {unit} and a ULN below {hyper1:g} {unit}",
            "CTCAE grade 1 runs from the limit of normal to those values; use a reference "
            "interval that lies between them.",
        )
    low, high = Status.LOW, Status.HIGH
    return Cutoffs(
        unit,
        (
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
                upper=_INF,
                status=high,
                severity=Severity.LIFE_THREATENING,
                grade=4,
                includes_lower=False,
                label=f"hypermagnesemia grade 4 (> {hyper3:g} {unit}; life-threatening "
                "consequences)",
            ),
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


def ctcae_v5_set(reference: ThresholdSet) -> ThresholdSet:
    """CTCAE v5.0 grading in mmol/L and mg/dL with LLN and ULN from *reference*."""
    tables = [_ctcae_table(unit, *_normal_limits(reference, unit)) for unit in _CTCAE_LIMITS]
    name = "ctcae-v5" if reference.name == "iom-1997" else f"ctcae-v5/{reference.name}"
    return ThresholdSet(
        name=name,
        title=f"NCI CTCAE v5.0 grades 1-4 of hypo- and hypermagnesemia (LLN/ULN from "
        f"{reference.name})",
        population=reference.population,
        cutoffs=tables,
        sources=(cite("nci-ctcae-5"), *reference.sources),
        description=(
            "Grades 1-4 as published in both units; the two units' limits are not exact "
            "conversions of each other (1.2 mg/dL = 0.494 mmol/L, not 0.5), so a level "
            "reported in mg/dL is graded on the mg/dL table. Grade 1 starts at the lower or "
            f"upper limit of normal, taken from {reference.name}. Hypermagnesemia has no "
            "grade 2; grade 5 (death) is not a laboratory value and is not modelled."
        ),
    )


_IOM: Final = ThresholdSet(
    name="iom-1997",
    title="IOM 1997 normal range of serum magnesium, 0.75-0.95 mmol/L (1.8-2.3 mg/dL)",
    population=Population.ADULT,
    cutoffs=(_interval("mmol/L", 0.75, 0.95), _interval("mg/dL", 1.8, 2.3)),
    sources=(cite("iom-1997"),),
    description=(
        "The default set. The IOM prints the range in both units (0.75 to 0.95 mmol/liter, "
        "1.8 to 2.3 mg/dl) and defines hypomagnesemia as < 0.75 mmol/L [1.8 mg/dl]; the "
        "pairs are rounded conversions, so each unit keeps its own limits. The IOM credits "
        "the range to Elin (1987)."
    ),
)

SETS: Final[tuple[ThresholdSet, ...]] = (
    _IOM,
    ThresholdSet(
        name="workeneh-2021",
        title="Hypomagnesemia defined as serum magnesium < 1.8 mg/dL (0.7406 mmol/L)",
        population=Population.ADULT,
        cutoffs=(_below("mg/dL", 1.8),),
        sources=(cite("workeneh-2021"),),
        description=(
            "A one-sided definition in mg/dL, the one most US texts use. It converts to "
            "0.7406 mmol/L, so a level of 0.74 mmol/L is low by it; texts that print the pair "
            "as 0.75 mmol/L are modelled by 'dynamed-2019' and 'iom-1997'."
        ),
    ),
    ThresholdSet(
        name="dynamed-2019",
        title="DynaMed: hypomagnesemia < 1.8 mg/dL (0.75 mmol/L), symptoms < 1.2 mg/dL "
        "(0.5 mmol/L), severe < 1 mg/dL (0.4 mmol/L)",
        population=Population.ADULT,
        cutoffs=(_graded_low("mg/dL", 1.0, 1.2, 1.8), _graded_low("mmol/L", 0.4, 0.5, 0.75)),
        sources=(cite("dynamed-2019"),),
        description=(
            "One-sided, with the level below which symptoms usually appear (1.2 mg/dL) and "
            "the severe range (< 1 mg/dL). Published in both units as rounded pairs."
        ),
    ),
    ThresholdSet(
        name="bnssg-remedy-2023",
        title="NHS BNSSG: hypomagnesaemia < 0.7 mmol/L, symptoms usually < 0.4 mmol/L",
        population=Population.ADULT,
        cutoffs=(
            Cutoffs(
                "mmol/L",
                (
                    Band(
                        lower=0,
                        upper=0.4,
                        status=Status.LOW,
                        severity=Severity.UNGRADED,
                        label="hypomagnesaemia below 0.4 mmol/L, where symptoms usually begin",
                    ),
                    Band(
                        lower=0.4,
                        upper=0.7,
                        status=Status.LOW,
                        severity=Severity.UNGRADED,
                        label="hypomagnesaemia (< 0.7 mmol/L)",
                    ),
                    Band(lower=0.7, upper=_INF, status=Status.NORMAL, label=_NOT_LOW),
                ),
            ),
        ),
        sources=(cite("bnssg-remedy-2023"),),
        description="The UK definition in mmol/L; one-sided.",
    ),
    ThresholdSet(
        name="aha-2005",
        title="Hypomagnesemia < 1.3 mEq/L (0.65 mmol/L), attributed to the AHA 2005 "
        "guidelines (NOT VERIFIED)",
        population=Population.ADULT,
        cutoffs=(_below("mEq/L", 1.3),),
        sources=(cite("aha-2005-electrolytes"),),
        description=(
            "One-sided, in mEq/L. The value could not be checked against the guideline's "
            "own text (see the source's note); the set is kept because tools in use apply "
            "it, and its `verified` property is False."
        ),
    ),
    ThresholdSet(
        name="statpearls",
        title="StatPearls: normal serum magnesium 1.46-2.68 mg/dL",
        population=Population.ADULT,
        cutoffs=(_interval("mg/dL", 1.46, 2.68),),
        sources=(cite("statpearls-hypomagnesemia"),),
        description="Two-sided; hypomagnesemia below 1.46 mg/dL (0.60 mmol/L).",
    ),
    ctcae_v5_set(_IOM),
    ThresholdSet(
        name="rcpa-aacb-adult",
        title="RCPA/AACB harmonised reference interval, adults (18 years and over): "
        "0.70-1.10 mmol/L",
        population=Population.ADULT,
        cutoffs=(_interval("mmol/L", 0.70, 1.10),),
        sources=(cite("rcpa-aacb-2015"),),
        description="Australasian harmonised interval, as published by Alfred Health Pathology.",
    ),
    ThresholdSet(
        name="rcpa-aacb-paediatric",
        title="RCPA/AACB harmonised reference interval, 1 week to < 18 years: 0.65-1.1 mmol/L",
        population=Population.PAEDIATRIC,
        cutoffs=(_interval("mmol/L", 0.65, 1.1),),
        sources=(cite("rcpa-aacb-2015"),),
        description="For children from 1 week to under 18 years of age.",
    ),
    ThresholdSet(
        name="rcpa-aacb-neonatal",
        title="RCPA/AACB harmonised reference interval, first week of life: 0.6-1.0 mmol/L",
        population=Population.NEONATAL,
        cutoffs=(_interval("mmol/L", 0.6, 1.0),),
        sources=(cite("rcpa-aacb-2015"),),
        description="For newborns under 1 week of age.",
    ),
    ThresholdSet(
        name="us-label-vial",
        title="US magnesium sulfate 50% vial label: 'lower limit of normal (1.5 to 2.5 mEq/L)'",
        population=Population.ADULT,
        cutoffs=(_interval("mEq/L", 1.5, 2.5),),
        sources=(cite("pfizer-mgso4-vial-indications"),),
        description=(
            "Two-sided, in mEq/L (0.75-1.25 mmol/L). A descriptive sentence of the label's "
            "indications, not a laboratory interval. The premixed 'in Water for Injection' "
            "label of the same manufacturer prints 1.3 to 2.1 mEq/L ('us-label-premixed'); "
            "the two are kept apart."
        ),
    ),
    ThresholdSet(
        name="us-label-premixed",
        title="US magnesium sulfate in Water for Injection label: normal serum magnesium "
        "1.3 to 2.1 mEq/L",
        population=Population.ADULT,
        cutoffs=(_interval("mEq/L", 1.3, 2.1),),
        sources=(cite("pfizer-mgso4-in-water-label"),),
        description=(
            "Two-sided, in mEq/L (0.65-1.05 mmol/L), from the label's clinical pharmacology. "
            "It disagrees with the 50% vial label's 1.5 to 2.5 mEq/L ('us-label-vial')."
        ),
    ),
    ThresholdSet(
        name="magnet-2022",
        title="MaGNet 2022: hypomagnesaemia below 0.85 mmol/L (2.07 mg/dL; 1.7 mEq/L), "
        "abstract only (NOT VERIFIED)",
        population=Population.ADULT,
        cutoffs=(_below("mmol/L", 0.85), _below("mg/dL", 2.07)),
        sources=(cite("rosanoff-2022-magnet"),),
        description=(
            "One-sided: the evidence-based low cut-off MaGNet reports, printed as 0.85 mmol/L "
            "(2.07 mg/dL; 1.7 mEq/L); 2.07 mg/dL is a rounded pair (0.8517 mmol/L), so a level "
            "in mg/dL is read on the mg/dL table. No upper limit is proposed. Read in the "
            "abstract only, so its `verified` property is False."
        ),
    ),
    ThresholdSet(
        name="medlineplus",
        title="MedlinePlus (A.D.A.M.): normal blood magnesium 1.7 to 2.2 mg/dL",
        population=Population.ADULT,
        cutoffs=(_interval("mg/dL", 1.7, 2.2),),
        sources=(cite("adam-003487-medlineplus"),),
        description=(
            "Two-sided, in mg/dL. Some copies add '(0.85 to 1.10 mmol/L)', which is not a "
            "conversion of 1.7-2.2 mg/dL (0.70-0.91 mmol/L); only the mg/dL range is kept."
        ),
    ),
    ThresholdSet(
        name="uk-harmonised",
        title="UK Pathology Harmonisation reference interval 0.7-1.0 mmol/L (as published "
        "by York and Scarborough)",
        population=Population.ADULT,
        cutoffs=(_interval("mmol/L", 0.7, 1.0),),
        sources=(cite("york-magnesium-phrg"),),
        description=(
            "Two-sided, in mmol/L, as a UK laboratory publishes it with the attribution "
            "'Recommended by the Pathology Harmonisation Reference Group'; the group's own "
            "document was not read. NHS Lothian's interval could not be found and is not "
            "modelled."
        ),
    ),
)
