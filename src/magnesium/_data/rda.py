"""The intake reference tables, each transcribed from its sources as published.

Ages are in months, half-open: ``[lower, upper)``. "9-13 y" is
``[108, 168)``: from the 9th birthday to the day before the 14th.
"""

from __future__ import annotations

from typing import Final

from magnesium.rda import (
    Authority,
    AuthorityTable,
    IntakeKind,
    LifeStage,
    ReferenceRow,
    ReproductiveStatus,
    Sex,
    UpperLevel,
)
from magnesium.sources import Source, cite

_NONE: Final = ReproductiveStatus.NONE
_PREGNANT: Final = ReproductiveStatus.PREGNANT
_LACTATING: Final = ReproductiveStatus.LACTATING
_Y: Final = 12  # months per year
_RDA: Final = IntakeKind.RDA
_AI: Final = IntakeKind.AI


def _stage(
    label: str,
    lower: int,
    upper: int | None,
    sex: Sex | None = None,
    status: ReproductiveStatus = _NONE,
) -> LifeStage:
    return LifeStage(label=label, lower_months=lower, upper_months=upper, sex=sex, status=status)


# --- IOM 1997 (US/Canada), as reproduced by the NIH ODS fact sheet ---------------------

_IOM_RDA: Final = (
    cite("iom-1997-magnesium"),
    cite("nasem-2019-dri-elements"),
    cite("fnb-dri-ear"),
)
_IOM_AI: Final = (cite("iom-1997-magnesium"), cite("nasem-2019-dri-elements"))
_IOM_UL: Final = (
    cite("iom-1997-magnesium"),
    cite("health-canada-dri-elements"),
    cite("nutri-facts-magnesium-safety"),
)

# (label, lower months, upper months): the IOM's groups from 1 year on.
_IOM_CHILD: Final = (
    ("1-3 y", 1 * _Y, 4 * _Y),
    ("4-8 y", 4 * _Y, 9 * _Y),
    ("9-13 y", 9 * _Y, 14 * _Y),
)
_IOM_ADULT: Final = (
    ("14-18 y", 14 * _Y, 19 * _Y),
    ("19-30 y", 19 * _Y, 31 * _Y),
    ("31-50 y", 31 * _Y, 51 * _Y),
    ("51-70 y", 51 * _Y, 71 * _Y),
    ("> 70 y", 71 * _Y, None),
)
_IOM_REPRODUCTIVE: Final = _IOM_ADULT[:3]  # 14-18, 19-30 and 31-50 y

# (RDA, EAR) in mg/day, in the order of the groups above.
_IOM_CHILD_VALUES: Final = ((80, 65), (130, 110), (240, 200))
_IOM_MALE: Final = ((410, 340), (400, 330), (420, 350), (420, 350), (420, 350))
_IOM_FEMALE: Final = ((360, 300), (310, 255), (320, 265), (320, 265), (320, 265))
_IOM_PREGNANT: Final = ((400, 335), (350, 290), (360, 300))
_IOM_LACTATING: Final = ((360, 300), (310, 255), (320, 265))

_INFANT_AI_NOTE: Final = (
    "An AI, not an RDA: the mean intake of healthy breastfed infants (0-6 months), or of "
    "milk plus solid food (7-12 months). The IOM's '0-6 mo' and '7-12 mo' are the groups "
    "0-5.9 and 6-11.9 months (Health Canada, DRI tables, footnote a)."
)


def _iom_rows() -> tuple[ReferenceRow, ...]:
    rows = [
        ReferenceRow(
            life_stage=_stage("0-6 mo", 0, 6),
            amount_mg=30,
            kind=_AI,
            ear_mg=None,
            sources=_IOM_AI,
            note=_INFANT_AI_NOTE,
        ),
        ReferenceRow(
            life_stage=_stage("7-12 mo", 6, 12),
            amount_mg=75,
            kind=_AI,
            ear_mg=None,
            sources=_IOM_AI,
            note=_INFANT_AI_NOTE,
        ),
    ]
    rows += [
        ReferenceRow(
            life_stage=_stage(label, lower, upper),
            amount_mg=rda,
            kind=_RDA,
            ear_mg=ear,
            sources=_IOM_RDA,
        )
        for (label, lower, upper), (rda, ear) in zip(_IOM_CHILD, _IOM_CHILD_VALUES, strict=True)
    ]
    for sex, values in ((Sex.MALE, _IOM_MALE), (Sex.FEMALE, _IOM_FEMALE)):
        rows += [
            ReferenceRow(
                life_stage=_stage(label, lower, upper, sex),
                amount_mg=rda,
                kind=_RDA,
                ear_mg=ear,
                sources=_IOM_RDA,
            )
            for (label, lower, upper), (rda, ear) in zip(_IOM_ADULT, values, strict=True)
        ]
    for status, stage_values in ((_PREGNANT, _IOM_PREGNANT), (_LACTATING, _IOM_LACTATING)):
        rows += [
            ReferenceRow(
                life_stage=_stage(label, lower, upper, Sex.FEMALE, status),
                amount_mg=rda,
                kind=_RDA,
                ear_mg=ear,
                sources=_IOM_RDA,
            )
            for (label, lower, upper), (rda, ear) in zip(
                _IOM_REPRODUCTIVE, stage_values, strict=True
            )
        ]
    return tuple(rows)


_IOM_UPPER: Final = (
    UpperLevel(
        label="0-12 mo",
        lower_months=0,
        upper_months=12,
        ul_supplemental_mg=None,
        sources=_IOM_UL,
        note=(
            "The IOM sets no UL for infants ('ND': not determinable); their magnesium "
            "should come from breast milk, formula and food only."
        ),
    ),
    UpperLevel(
        label="1-3 y",
        lower_months=1 * _Y,
        upper_months=4 * _Y,
        ul_supplemental_mg=65,
        sources=_IOM_UL,
    ),
    UpperLevel(
        label="4-8 y",
        lower_months=4 * _Y,
        upper_months=9 * _Y,
        ul_supplemental_mg=110,
        sources=_IOM_UL,
    ),
    UpperLevel(
        label="9 y and older, pregnancy and lactation included",
        lower_months=9 * _Y,
        upper_months=None,
        ul_supplemental_mg=350,
        sources=_IOM_UL,
    ),
)

_IOM: Final = AuthorityTable(
    authority=Authority.IOM,
    title="IOM 1997 DRIs (US/Canada), as reproduced by the NIH ODS fact sheet",
    rows=_iom_rows(),
    upper_levels=_IOM_UPPER,
    ul_scope=(
        "supplemental magnesium only: magnesium from dietary supplements and pharmacological "
        "agents (e.g. laxatives, antacids), not from food and water"
    ),
    description=(
        "RDAs with their EARs from 1 year on, AIs for infants. The adult bands 19-30 y and "
        "31-50 y differ (400/310 and 420/320 mg/day for men/women): they must not be merged "
        "into one 19-50 y band. Pregnancy and lactation have rows for 14-50 years only. The "
        "UL (350 mg/day from 9 years) applies to supplemental magnesium only and is below the "
        "adult male RDA by design: magnesium from food has shown no adverse effects."
    ),
)

# --- EFSA 2015 (adequate intakes) and the EU (SCF 2001) upper level ---------------------

_EFSA_AI: Final = (cite("efsa-2015-magnesium"),)
_EU_UL: Final[tuple[Source, ...]] = (
    cite("scf-2001-magnesium-ul"),
    cite("bfr-2017-magnesium"),
    cite("nutri-facts-magnesium-safety"),
)

_EFSA_PREGNANCY_NOTE: Final = (
    "EFSA sets the same AI in pregnancy and lactation as for non-pregnant, non-lactating "
    "women; its table gives it under '>= 18 years'. EFSA publishes no separate value for "
    "pregnancy or lactation before 18, so none is modelled."
)


def _efsa_rows() -> tuple[ReferenceRow, ...]:
    rows = [
        ReferenceRow(
            life_stage=_stage("0-6 months", 0, 7),
            amount_mg=None,
            kind=None,
            ear_mg=None,
            sources=_EFSA_AI,
            note=(
                "EFSA sets no dietary reference value for infants aged 0-6 months; its AI "
                "starts at 7 months. Use authority='IOM' for a value (an AI of 30 mg/day)."
            ),
        ),
        ReferenceRow(
            life_stage=_stage("7-11 months", 7, 12),
            amount_mg=80,
            kind=_AI,
            ear_mg=None,
            sources=_EFSA_AI,
        ),
        ReferenceRow(
            life_stage=_stage("1 to < 3 years", 1 * _Y, 3 * _Y),
            amount_mg=170,
            kind=_AI,
            ear_mg=None,
            sources=_EFSA_AI,
            note="The final opinion's value; the draft of May 2015 proposed 160 mg/day.",
        ),
        ReferenceRow(
            life_stage=_stage("3 to < 10 years", 3 * _Y, 10 * _Y),
            amount_mg=230,
            kind=_AI,
            ear_mg=None,
            sources=_EFSA_AI,
        ),
    ]
    for sex, teen, adult in ((Sex.MALE, 300, 350), (Sex.FEMALE, 250, 300)):
        rows += [
            ReferenceRow(
                life_stage=_stage("10 to < 18 years", 10 * _Y, 18 * _Y, sex),
                amount_mg=teen,
                kind=_AI,
                ear_mg=None,
                sources=_EFSA_AI,
            ),
            ReferenceRow(
                life_stage=_stage(">= 18 years", 18 * _Y, None, sex),
                amount_mg=adult,
                kind=_AI,
                ear_mg=None,
                sources=_EFSA_AI,
            ),
        ]
    rows += [
        ReferenceRow(
            life_stage=_stage(">= 18 years", 18 * _Y, None, Sex.FEMALE, status),
            amount_mg=300,
            kind=_AI,
            ear_mg=None,
            sources=_EFSA_AI,
            note=_EFSA_PREGNANCY_NOTE,
        )
        for status in (_PREGNANT, _LACTATING)
    ]
    return tuple(rows)


_EU_UPPER: Final = (
    UpperLevel(
        label="under 4 years",
        lower_months=0,
        upper_months=4 * _Y,
        ul_supplemental_mg=None,
        sources=_EU_UL,
        note=(
            "No EU upper level below 4 years: the SCF found it not possible to establish one "
            "for children of 1-3 years, and set none for infants."
        ),
    ),
    UpperLevel(
        label="4 years and older, pregnancy and lactation included",
        lower_months=4 * _Y,
        upper_months=None,
        ul_supplemental_mg=250,
        sources=_EU_UL,
    ),
)

_EFSA: Final = AuthorityTable(
    authority=Authority.EFSA,
    title="EFSA 2015 adequate intakes; EU (SCF) upper level for supplemental magnesium",
    rows=_efsa_rows(),
    upper_levels=_EU_UPPER,
    ul_scope=(
        "supplemental magnesium only: magnesium taken in addition to the normal diet, as food "
        "supplements or added to foods and drinks, not magnesium naturally present in food"
    ),
    no_ear_reason=(
        "EFSA found that average requirements (and so population reference intakes) for "
        "magnesium cannot be derived, and set adequate intakes only: no EAR exists."
    ),
    description=(
        "Adequate intakes only, based on observed intakes in healthy EU populations; no value "
        "for infants under 7 months. The upper level of 250 mg/day (SCF 2001) is lower than "
        "the IOM's 350 mg/day and starts at 4 years."
    ),
)

# --- D-A-CH 2021 (Germany, Austria, Switzerland): Schätzwerte, i.e. adequate intakes ------

_DACH_AI: Final = (cite("dge-2021-magnesium"), cite("ernaehrungs-umschau-2021-dach"))

# (label, lower months, upper months, male AI, female AI) as the DGE prints them.
_DACH_BANDS: Final = (
    ("0 bis unter 4 Monate", 0, 4, 24, 24),
    ("4 bis unter 12 Monate", 4, 12, 80, 80),
    ("1 bis unter 4 Jahre", 1 * _Y, 4 * _Y, 170, 170),
    ("4 bis unter 7 Jahre", 4 * _Y, 7 * _Y, 190, 190),
    ("7 bis unter 10 Jahre", 7 * _Y, 10 * _Y, 240, 240),
    ("10 bis unter 13 Jahre", 10 * _Y, 13 * _Y, 260, 230),
    ("13 bis unter 15 Jahre", 13 * _Y, 15 * _Y, 280, 240),
    ("15 bis unter 19 Jahre", 15 * _Y, 19 * _Y, 330, 260),
    ("19 bis unter 25 Jahre", 19 * _Y, 25 * _Y, 350, 300),
    ("25 bis unter 51 Jahre", 25 * _Y, 51 * _Y, 350, 300),
    ("51 bis unter 65 Jahre", 51 * _Y, 65 * _Y, 350, 300),
    ("65 Jahre und älter", 65 * _Y, None, 350, 300),
)

_DACH_PREGNANCY_NOTE: Final = (
    "D-A-CH gives one value for 'Schwangere' and 'Stillende' (300 mg/day, the same as for "
    "women) without an age range; it is applied here from 19 years, where the DGE states it "
    "for women, so no pregnancy or lactation value is modelled before 19."
)


def _dach_rows() -> tuple[ReferenceRow, ...]:
    rows = []
    for label, lower, upper, male, female in _DACH_BANDS:
        if male == female:
            rows.append(
                ReferenceRow(
                    life_stage=_stage(label, lower, upper),
                    amount_mg=male,
                    kind=_AI,
                    ear_mg=None,
                    sources=_DACH_AI,
                )
            )
            continue
        rows += [
            ReferenceRow(
                life_stage=_stage(label, lower, upper, sex),
                amount_mg=amount,
                kind=_AI,
                ear_mg=None,
                sources=_DACH_AI,
            )
            for sex, amount in ((Sex.MALE, male), (Sex.FEMALE, female))
        ]
    rows += [
        ReferenceRow(
            life_stage=_stage(label, 19 * _Y, None, Sex.FEMALE, status),
            amount_mg=300,
            kind=_AI,
            ear_mg=None,
            sources=_DACH_AI,
            note=_DACH_PREGNANCY_NOTE,
        )
        for label, status in (("Schwangere", _PREGNANT), ("Stillende", _LACTATING))
    ]
    return tuple(rows)


_DACH: Final = AuthorityTable(
    authority=Authority.DACH,
    title="D-A-CH 2021 Schätzwerte (adequate intakes); EU (SCF) upper level for "
    "supplemental magnesium",
    rows=_dach_rows(),
    upper_levels=tuple(
        UpperLevel(
            label=ul.label,
            lower_months=ul.lower_months,
            upper_months=ul.upper_months,
            ul_supplemental_mg=ul.ul_supplemental_mg,
            sources=ul.sources,
            note=((ul.note + " ") if ul.note else "")
            + "D-A-CH sets no upper level of its own; this is the EU (SCF) level, on which "
            "the German BfR bases its maximum for food supplements.",
        )
        for ul in _EU_UPPER
    ),
    ul_scope=_EFSA.ul_scope,
    no_ear_reason=(
        "Since 2021 D-A-CH gives Schätzwerte (estimated values for an adequate intake) derived "
        "from the average intake of the population, because studies of the average requirement "
        "are lacking: no EAR exists."
    ),
    description=(
        "The 2021 revision, which replaced the recommended intakes of 2000 with estimated "
        "values (AIs), raised them for infants and children, and dropped the extra amount in "
        "lactation. Note the German life stages (e.g. 15 to < 19 and 25 to < 51 years)."
    ),
)

TABLES: Final[tuple[AuthorityTable, ...]] = (_IOM, _EFSA, _DACH)
"""Every authority's table, the default (IOM) first."""
