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
    LabellingReference,
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
_RDI: Final = IntakeKind.RDI
_RNI: Final = IntakeKind.RNI


def _stage(
    label: str,
    lower: int,
    upper: int | None,
    sex: Sex | None = None,
    status: ReproductiveStatus = _NONE,
) -> LifeStage:
    return LifeStage(label=label, lower_months=lower, upper_months=upper, sex=sex, status=status)


def _value(  # noqa: PLR0913 (one table cell, described in full)
    stage: LifeStage,
    amount: int,
    kind: IntakeKind,
    sources: tuple[Source, ...],
    *,
    ear: int | None = None,
    note: str = "",
) -> ReferenceRow:
    return ReferenceRow(
        life_stage=stage, amount_mg=amount, kind=kind, ear_mg=ear, sources=sources, note=note
    )


def _missing(stage: LifeStage, sources: tuple[Source, ...], note: str) -> ReferenceRow:
    """A group whose value the library does not hold; *note* says why."""
    return ReferenceRow(
        life_stage=stage, amount_mg=None, kind=None, ear_mg=None, sources=sources, note=note
    )


def _not_found_in_pregnancy_or_lactation(
    sources: tuple[Source, ...], authority: str
) -> tuple[ReferenceRow, ...]:
    """Rows saying that no pregnancy or lactation value was found, at any age."""
    return tuple(
        _missing(
            _stage("any age (not found)", 0, None, Sex.FEMALE, status),
            sources,
            f"No {authority} value for {word} was found in the sources read, so none is "
            "modelled; the value for non-pregnant, non-lactating women is not substituted.",
        )
        for status, word in ((_PREGNANT, "pregnancy"), (_LACTATING, "lactation"))
    )


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

# --- UK: COMA 1991 reference nutrient intakes; EVM 2003 guidance level ------------------
# Every value here was read in a secondary copy only (see the sources' notes).

_UK_RNI: Final = (cite("coma-1991-drv"), cite("boltpharmacy-magnesium-rni"))
_UK_CHILD_RNI: Final = (cite("coma-1991-drv"), cite("textbook-table7-minerals-children"))
_UK_GL: Final = (
    cite("evm-2003"),
    cite("boltpharmacy-magnesium-rni"),
    cite("hsis-magnesium"),
)

# (label, lower months, upper months, RNI for both sexes) as the textbook table prints them.
_UK_CHILD: Final = (
    ("1-3 years", 1 * _Y, 4 * _Y, 85),
    ("4-6 years", 4 * _Y, 7 * _Y, 120),
    ("7-10 years", 7 * _Y, 11 * _Y, 200),
    ("11-14 years", 11 * _Y, 15 * _Y, 280),
    ("15-18 years", 15 * _Y, 19 * _Y, 300),
)


def _uk_rows() -> tuple[ReferenceRow, ...]:
    rows = [
        _missing(
            _stage("under 1 year (not found)", 0, 12),
            (cite("coma-1991-drv"),),
            "The UK's infant RNIs for magnesium were not found in the sources read (COMA 1991 "
            "itself was not read), so none is modelled.",
        )
    ]
    rows += [
        _value(
            _stage(label, lower, upper),
            rni,
            _RNI,
            _UK_CHILD_RNI,
            note="Read in a textbook's table of UK RNIs (secondary); the same value for boys "
            "and girls."
            if lower >= 11 * _Y
            else "",
        )
        for label, lower, upper, rni in _UK_CHILD
    ]
    rows += [
        _value(_stage("19 years and over", 19 * _Y, None, sex), rni, _RNI, _UK_RNI)
        for sex, rni in ((Sex.MALE, 300), (Sex.FEMALE, 270))
    ]
    return (*rows, *_not_found_in_pregnancy_or_lactation((cite("coma-1991-drv"),), "UK"))


UK: Final = AuthorityTable(
    authority=Authority.UK,
    title="UK: COMA 1991 reference nutrient intakes (RNI); EVM 2003 guidance level for "
    "supplemental magnesium (secondary copies, partial)",
    rows=_uk_rows(),
    upper_levels=(
        UpperLevel(
            label="under 19 years",
            lower_months=0,
            upper_months=19 * _Y,
            ul_supplemental_mg=None,
            sources=_UK_GL,
            note="The EVM figure was read for adults only; no value for children was found.",
        ),
        UpperLevel(
            label="adults",
            lower_months=19 * _Y,
            upper_months=None,
            ul_supplemental_mg=400,
            sources=_UK_GL,
            note="A guidance level, not a tolerable upper intake level; 'adults' is applied "
            "from 19 years, where the UK's adult RNIs start (the EVM's own age scope was not "
            "read). One secondary copy calls it a 'Safe Upper Level'.",
        ),
    ),
    ul_scope=(
        "supplemental magnesium only: magnesium taken as supplements in addition to the diet "
        "(EVM 2003 guidance level, adults)"
    ),
    no_ear_reason=(
        "No UK EAR or LRNI for magnesium was found in the sources read (COMA 1991 itself was "
        "not read), so none is modelled."
    ),
    description=(
        "Partial, and read in secondary copies only: adult RNIs (300 mg/day for men, 270 for "
        "women, from 19 years) from a pharmacy's summary of the Department of Health's 1991 "
        "report, child RNIs from a textbook table. Infant RNIs, EARs, LRNIs and any "
        "pregnancy or lactation value were not found and raise NoReferenceValueError. The "
        "EVM's figure for supplemental magnesium (400 mg/day, adults) is a guidance level."
    ),
    upper_level_name="guidance level",
)

# --- Australia / New Zealand: NHMRC 2006 ------------------------------------------------

_NHMRC: Final = (cite("nhmrc-2006-nrv"), cite("cleverlysmart-magnesium"))
_NHMRC_WOMEN: Final = (*_NHMRC, cite("brauer-magnesium"))

# (label, lower, upper, sex, RDI, EAR) as the copy read prints them.
_NHMRC_BANDS: Final = (
    ("1-3 yr", 1 * _Y, 4 * _Y, None, 80, 65),
    ("4-8 yr", 4 * _Y, 9 * _Y, None, 130, 110),
    ("9-13 yr", 9 * _Y, 14 * _Y, Sex.MALE, 240, 200),
    ("14-18 yr", 14 * _Y, 19 * _Y, Sex.MALE, 410, 340),
    ("9-13 yr", 9 * _Y, 14 * _Y, Sex.FEMALE, 240, 200),
    ("14-18 yr", 14 * _Y, 19 * _Y, Sex.FEMALE, 360, 300),
    ("19-30 yr", 19 * _Y, 31 * _Y, Sex.MALE, 400, 330),
    ("31-50 yr", 31 * _Y, 51 * _Y, Sex.MALE, 420, 350),
    ("51-70 yr", 51 * _Y, 71 * _Y, Sex.MALE, 420, 350),
    (">70 yr", 71 * _Y, None, Sex.MALE, 420, 350),
)


def _nhmrc_rows() -> tuple[ReferenceRow, ...]:
    infant_note = (
        "An AI, not an RDI. '0-6 months' and '7-12 months' are read as the IOM's groups "
        "(0-5.9 and 6-11.9 months), whose values these are."
    )
    rows = [
        _value(_stage("0-6 months", 0, 6), 30, _AI, _NHMRC, note=infant_note),
        _value(_stage("7-12 months", 6, 12), 75, _AI, _NHMRC, note=infant_note),
    ]
    rows += [
        _value(_stage(label, lower, upper, sex), rdi, _RDI, _NHMRC, ear=ear)
        for label, lower, upper, sex, rdi, ear in _NHMRC_BANDS
    ]
    rows += [
        _value(
            _stage("19-30 yr", 19 * _Y, 31 * _Y, Sex.FEMALE),
            310,
            _RDI,
            _NHMRC_WOMEN,
            ear=255,
            note="EAR from one copy (cleverlysmart), RDI from another (brauer).",
        ),
        _value(
            _stage("31+ years", 31 * _Y, None, Sex.FEMALE),
            320,
            _RDI,
            _NHMRC_WOMEN,
            note="The RDI as one copy prints it ('31+ years old 320mg'); the EAR, and whether "
            "the NHMRC splits this group as it does for men, were not found.",
        ),
    ]
    return (*rows, *_not_found_in_pregnancy_or_lactation(_NHMRC, "NHMRC"))


NHMRC: Final = AuthorityTable(
    authority=Authority.NHMRC,
    title="NHMRC/MoH 2006 nutrient reference values (Australia and New Zealand): AI, EAR "
    "and RDI (secondary copies, partial)",
    rows=_nhmrc_rows(),
    upper_levels=(
        UpperLevel(
            label="all ages",
            lower_months=0,
            upper_months=None,
            ul_supplemental_mg=None,
            sources=(cite("nhmrc-2006-nrv"),),
            note="The NHMRC's upper level for magnesium was not found in the sources read, "
            "so none is modelled.",
        ),
    ),
    ul_scope="supplemental magnesium only, as for every upper level of magnesium; the "
    "NHMRC's value was not found",
    description=(
        "Partial, and read in secondary copies only (the NHMRC's own tables were not "
        "reached): AIs for infants, EARs and RDIs (Recommended Dietary Intakes, the NHMRC's "
        "name for an RDA) for children and adults. They equal the IOM's 1997 values wherever "
        "both were read. Not found, so NoReferenceValueError or no upper level: pregnancy, "
        "lactation, the EAR for women from 31 years, and the upper level."
    ),
)

# --- Nordic Nutrition Recommendations 2023 ----------------------------------------------

_NNR: Final = (cite("nnr-2023"), cite("testmottagningen-magnesium"))
_NNR_BAND_NOTE: Final = (
    "Age group as a secondary copy restates it; NNR 2023's own band edges were not read."
)


def _nnr_rows() -> tuple[ReferenceRow, ...]:
    rows = [
        _missing(
            _stage("under 7 months (not listed)", 0, 7),
            _NNR,
            "No NNR 2023 value for infants under 7 months was found in the source read "
            "(which starts at 7-11 months), so none is modelled.",
        ),
        _value(_stage("Infants 7-11 months", 7, 12), 80, _AI, _NNR),
        _value(_stage("Children 1-3 years", 1 * _Y, 4 * _Y), 170, _AI, _NNR),
        _value(_stage("Children 4-10 years", 4 * _Y, 11 * _Y), 230, _AI, _NNR, note=_NNR_BAND_NOTE),
    ]
    for sex, child, teen, adult, teen_amount, adult_amount in (
        (Sex.FEMALE, "Girls", "11-17 years", "Women", 250, 300),
        (Sex.MALE, "Boys", "11-17 years", "Men", 300, 350),
    ):
        rows += [
            _value(
                _stage(f"{child} {teen}", 11 * _Y, 18 * _Y, sex),
                teen_amount,
                _AI,
                _NNR,
                note=_NNR_BAND_NOTE,
            ),
            _value(
                _stage(adult, 18 * _Y, None, sex),
                adult_amount,
                _AI,
                _NNR,
                note="'Women' and 'Men' without an age range; applied from 18 years, where "
                "'11-17 years' ends.",
            ),
        ]
    return (*rows, *_not_found_in_pregnancy_or_lactation(_NNR, "NNR 2023"))


NNR: Final = AuthorityTable(
    authority=Authority.NNR,
    title="Nordic Nutrition Recommendations 2023: adequate intakes (secondary copy, partial)",
    rows=_nnr_rows(),
    upper_levels=(
        UpperLevel(
            label="under 18 years",
            lower_months=0,
            upper_months=18 * _Y,
            ul_supplemental_mg=None,
            sources=_NNR,
            note="The source read gives its upper level without an age range; it is applied "
            "to adults only.",
        ),
        UpperLevel(
            label="adults",
            lower_months=18 * _Y,
            upper_months=None,
            ul_supplemental_mg=250,
            sources=_NNR,
            note="'An upper limit for safe intake (UL) for magnesium from supplements is set "
            "at 250 mg per day', as restated without naming its issuer; it equals the EU "
            "(SCF 2001) level.",
        ),
    ),
    ul_scope="supplemental magnesium only: magnesium from supplements",
    no_ear_reason=(
        "NNR 2023 gives adequate intakes for magnesium (as restated in the source read); no "
        "average requirement is modelled."
    ),
    description=(
        "Partial, and read in one secondary copy only: adequate intakes from 7 months, equal "
        "to EFSA's 2015 values, with age groups as restated there ('4-10 years', '11-17 "
        "years', women and men). No value under 7 months, in pregnancy or in lactation was "
        "found. The supplement limit of 250 mg/day is applied to adults only."
    ),
)

# --- WHO/FAO 2004, Annex 1 --------------------------------------------------------------

_WHO: Final = (cite("who-fao-2004"),)
_WHO_CHILD: Final = (*_WHO, cite("textbook-table7-minerals-children"))
_WHO_AGE_NOTE: Final = (
    "The annex prints '51-65 years' and '65+ years' (and '19-65 years' for men); 65 is read "
    "as the start of the elderly group."
)
_WHO_REPRODUCTIVE_NOTE: Final = (
    "WHO/FAO give one value for 'Pregnant women' (each trimester) and one for 'Lactating "
    "women' (0-3, 3-6 and 7-12 months) without an age range; it is applied from 19 years, "
    "where the annex's groups of women start, so none is modelled before 19."
)


def _who_rows() -> tuple[ReferenceRow, ...]:
    rows = [
        _missing(
            _stage("0-6 months", 0, 6),
            _WHO,
            "WHO/FAO give two RNIs for 0-6 months: 26 mg/day if breastfed, 36 mg/day if "
            "formula-fed. The library takes no feeding argument, so it returns neither.",
        ),
        _value(_stage("7-12 months", 6, 12), 54, _RNI, _WHO),
        _value(_stage("1-3 years", 1 * _Y, 4 * _Y), 60, _RNI, _WHO_CHILD),
        _value(_stage("4-6 years", 4 * _Y, 7 * _Y), 76, _RNI, _WHO_CHILD),
        _value(_stage("7-9 years", 7 * _Y, 10 * _Y), 100, _RNI, _WHO_CHILD),
        _value(_stage("10-18 years", 10 * _Y, 19 * _Y, Sex.FEMALE), 220, _RNI, _WHO_CHILD),
        _value(_stage("10-18 years", 10 * _Y, 19 * _Y, Sex.MALE), 230, _RNI, _WHO_CHILD),
        _value(_stage("19-50 years", 19 * _Y, 51 * _Y, Sex.FEMALE), 220, _RNI, _WHO),
        _value(
            _stage("51-65 years", 51 * _Y, 65 * _Y, Sex.FEMALE), 220, _RNI, _WHO, note=_WHO_AGE_NOTE
        ),
        _value(
            _stage("19-65 years", 19 * _Y, 65 * _Y, Sex.MALE), 260, _RNI, _WHO, note=_WHO_AGE_NOTE
        ),
        _value(_stage("65+ years", 65 * _Y, None, Sex.FEMALE), 190, _RNI, _WHO),
        _value(_stage("65+ years", 65 * _Y, None, Sex.MALE), 224, _RNI, _WHO),
    ]
    rows += [
        _value(
            _stage(label, 19 * _Y, None, Sex.FEMALE, status),
            amount,
            _RNI,
            _WHO,
            note=_WHO_REPRODUCTIVE_NOTE,
        )
        for label, status, amount in (
            ("Pregnant women", _PREGNANT, 220),
            ("Lactating women", _LACTATING, 270),
        )
    ]
    return tuple(rows)


WHO_FAO: Final = AuthorityTable(
    authority=Authority.WHO_FAO,
    title="WHO/FAO 2004 recommended nutrient intakes (RNI), Annex 1 (read in a text extraction)",
    rows=_who_rows(),
    upper_levels=(
        UpperLevel(
            label="all ages",
            lower_months=0,
            upper_months=None,
            ul_supplemental_mg=None,
            sources=_WHO,
            note="WHO/FAO set no upper level of their own; the chapter suggests the IOM's "
            "limits (65, 110 and 350 mg) for soluble magnesium in foods and water. Use "
            "authority='IOM' for those.",
        ),
    ),
    ul_scope="supplemental magnesium only, as for every upper level of magnesium; WHO/FAO "
    "set none of their own",
    no_ear_reason=(
        "WHO/FAO's annex gives recommended nutrient intakes (RNI); no average requirement "
        "for magnesium was read, so none is modelled."
    ),
    description=(
        "Recommended nutrient intakes (meeting the needs of 97.5 % of healthy people in the "
        "group) from the 2004 second edition, read in a text extraction of Annex 1 whose "
        "columns were realigned by hand; the WHO PDF itself was not read. The FAO's earlier "
        "edition differs in four groups (e.g. 7-12 months 53, 4-6 years 73). For 0-6 months "
        "the annex gives 26 mg/day (breastfed) and 36 mg/day (formula-fed): the library "
        "returns neither. Elderly people have groups of their own from 65 years."
    ),
)

TABLES: Final[tuple[AuthorityTable, ...]] = (_IOM, _EFSA, _DACH, UK, NHMRC, NNR, WHO_FAO)
"""Every authority's table, the default (IOM) first."""

EU_NRV: Final = LabellingReference(
    name="EU nutrient reference value (NRV)",
    amount_mg=375,
    applies_to="adults",
    sources=(cite("eu-1169-2011"), cite("hsis-magnesium")),
    note=(
        "The reference for '% NRV' on food labels (Regulation (EU) No 1169/2011, Annex XIII, "
        "Part A), stated for adults. Not a recommended intake for any life stage. A "
        "'significant amount' for a nutrition claim is in general 15 % of it per 100 g or "
        "100 ml (7.5 % per 100 ml of beverages)."
    ),
)
"""The EU's labelling reference for magnesium."""
