"""Published magnesium regimens and the limits that apply to them, transcribed as printed.

Doses are grams of the named salt per administration (``dose_g``, the upper end of a
published range, with ``dose_min_g`` its lower end), or milligrams per kilogram of body
weight (``dose_mg_per_kg``, capped by ``max_dose_g``), or millimoles of magnesium
(``dose_mmol``). Elemental amounts are never typed here: they are computed from the salt.

The rows are a decision table, read in order: a row is offered when its ``indication``
holds for the patient, the level lies inside the range its source states
(``from_mmol`` <= level, level < ``below_mmol``, level <= ``to_mmol``), the patient
belongs to its population (``paediatric``) and its ``renal`` policy allows it at
eGFR < 30: ``"reduce"`` (the source's own reduced dose, ``renal_factor``),
``"caution"`` (a single emergency dose, offered with its source's renal precaution)
or ``"withhold"`` (no reduced dose published: not offered, and the plan says why).
"""

from __future__ import annotations

from typing import Final, NamedTuple

_MGSO4: Final = "magnesium sulfate heptahydrate"
_MGO: Final = "magnesium oxide"
_LABEL: Final = "fda-label-mgso4-injection"
_AHA: Final = "aha-ecc-handbook-2020"
_SMPC: Final = "emc-mgso4-50-smpc"
_HIGHLAND: Final = "nhs-highland-hypomagnesaemia"
_MONOGRAPH: Final = "monograph-mgso4-medicart"

# Indications (see repletion._indications): which patient situation a row answers.
RESUSCITATION: Final = "resuscitation"  # torsades, or cardiac arrest with a low level
ARREST: Final = "arrest"  # cardiac arrest with torsades or a low level (adults)
TORSADES_PULSE: Final = "torsades-pulse"  # torsades without cardiac arrest (adults)
URGENT: Final = "urgent"  # seizures or arrhythmia with a low level, no torsades or arrest
SEVERE: Final = "severe"  # low and symptomatic or CTCAE grade >= 2
MILD_SHORT_BOWEL: Final = "mild-short-bowel"  # mild, oral route, short bowel
MILD_ORAL: Final = "mild-oral"  # mild, oral route, no short bowel
MILD: Final = "mild"  # mild, any route

_NO_RENAL_DOSE: Final = (
    "its sources give no reduced dose for severe renal insufficiency (the UK SmPC: "
    "'Dosage should be reduced in renal impairment', no amount)"
)


class RegimenRow(NamedTuple):
    """One published regimen."""

    key: str
    title: str
    route: str
    salt: str
    instructions: str
    sources: tuple[str, ...]
    dose_g: str | None = None
    dose_min_g: str | None = None
    dose_mg_per_kg: str | None = None
    dose_min_mg_per_kg: str | None = None
    max_dose_g: str | None = None
    dose_mmol: str | None = None
    doses: int | None = 1
    interval_hours: str | None = None
    infusion_minutes: str | None = None
    infusion_max_minutes: str | None = None
    within_hours: str | None = None
    paediatric: bool = False
    rate_limit_exempt: bool = False
    renal_factor: str | None = None  # dose multiplier the source gives for eGFR < 30
    indication: str = MILD
    renal: str = "withhold"  # "reduce", "caution" or "withhold" at eGFR < 30
    renal_note: str = _NO_RENAL_DOSE
    from_mmol: str | None = None  # the source's range of serum Mg, mmol/L (inclusive)
    below_mmol: str | None = None  # exclusive upper end
    to_mmol: str | None = None  # inclusive upper end
    maximum: bool = False  # the dose is a published maximum ("as much as"), not a dose
    bolus: bool = False  # a first dose given in addition to any repletion regimen


_AHA_RENAL: Final = (
    "a single emergency dose; the AHA handbook's precaution: 'Use with caution if renal "
    "failure present'"
)

REGIMEN_ROWS: Final[tuple[RegimenRow, ...]] = (
    RegimenRow(
        key="aha-cardiac-arrest",
        title="Cardiac arrest with torsades de pointes or hypomagnesaemia (AHA)",
        route="IV",
        salt=_MGSO4,
        dose_g="2",
        dose_min_g="1",
        instructions="1-2 g (2-4 mL of the 50% solution) diluted in 10 mL (e.g. D5W, normal "
        "saline), given IV/IO.",
        sources=(_AHA,),
        rate_limit_exempt=True,
        indication=ARREST,
        renal="caution",
        renal_note=_AHA_RENAL,
        bolus=True,
    ),
    RegimenRow(
        key="aha-torsades-pulse",
        title="Torsades de pointes with a pulse (AHA)",
        route="IV",
        salt=_MGSO4,
        dose_g="2",
        dose_min_g="1",
        infusion_minutes="5",
        infusion_max_minutes="60",
        instructions="Loading dose of 1-2 g mixed in 50-100 mL of diluent over 5-60 minutes IV, "
        "then 0.5-1 g per hour IV titrated to control torsades (the infusion is not counted "
        "in this regimen's totals).",
        sources=(_AHA,),
        rate_limit_exempt=True,
        indication=TORSADES_PULSE,
        renal="caution",
        renal_note=_AHA_RENAL,
        bolus=True,
    ),
    RegimenRow(
        key="pals-torsades",
        title="Torsades de pointes in a child (PALS)",
        route="IV",
        salt=_MGSO4,
        dose_mg_per_kg="50",
        dose_min_mg_per_kg="25",
        max_dose_g="2",
        instructions="25-50 mg/kg IV/IO, at most 2 g per dose.",
        sources=("aha-pals-torsades",),
        paediatric=True,
        rate_limit_exempt=True,
        indication=RESUSCITATION,
        renal="caution",
        renal_note="a single emergency dose; no paediatric renal dose is modelled",
        bolus=True,
    ),
    RegimenRow(
        key="urgent-iv-bolus",
        title="Seizures or arrhythmia with hypomagnesaemia: 1-2 g IV over 5-60 minutes "
        "(drug monograph; AHA)",
        route="IV",
        salt=_MGSO4,
        dose_g="2",
        dose_min_g="1",
        infusion_minutes="5",
        infusion_max_minutes="60",
        instructions="1-2 g IV over 5-60 minutes, then 0.5-1 g per hour if needed (the "
        "infusion is not counted in this regimen's totals). Given over less than 13.3 "
        "minutes, 2 g exceeds the label's general rate of 150 mg/minute, as the sources' "
        "5-minute lower end allows.",
        sources=(_MONOGRAPH, _AHA),
        rate_limit_exempt=True,
        indication=URGENT,
        renal="caution",
        renal_note=_AHA_RENAL,
        bolus=True,
    ),
    RegimenRow(
        key="label-severe-iv",
        title="Severe hypomagnesaemia: slow IV infusion (US label)",
        route="IV",
        salt=_MGSO4,
        dose_g="5",
        infusion_minutes="180",
        instructions="5 g added to 1 L of 5% dextrose or 0.9% sodium chloride, infused slowly "
        "over 3 hours.",
        sources=(_LABEL, _SMPC),
        indication=SEVERE,
    ),
    RegimenRow(
        key="nhs-highland-severe-iv",
        title="Magnesium < 0.5 mmol/L: IV infusions 12 hours apart (NHS Highland)",
        route="IV",
        salt=_MGSO4,
        dose_mmol="20",
        doses=3,
        interval_hours="12",
        infusion_minutes="180",
        renal_factor="0.5",
        instructions="20 mmol (10 mL of the 50% injection) in 250 mL glucose 5% over 3 hours, "
        "three doses 12 hours apart (t = 0, 12 and 24 h); this may not replete stores. eGFR < 30: "
        "50% of the dose, over a longer period. Not for heart block or myocardial damage, "
        "critically ill patients or those at risk of refeeding syndrome.",
        sources=(_HIGHLAND,),
        indication=SEVERE,
        renal="reduce",
        renal_note="NHS Highland: '50% of the recommended dose delivered over a longer period'",
        below_mmol="0.5",
    ),
    RegimenRow(
        key="label-severe-im",
        title="Severe hypomagnesaemia: intramuscular, at most 250 mg/kg within 4 hours (US label)",
        route="IM",
        salt=_MGSO4,
        dose_mg_per_kg="250",
        within_hours="4",
        instructions="As much as 250 mg/kg (0.5 mL/kg of the 50% solution) IM within 4 hours "
        "if necessary: a maximum, not a dose to give.",
        sources=(_LABEL, _SMPC),
        indication=SEVERE,
        maximum=True,
    ),
    RegimenRow(
        key="short-bowel-magnesium-oxide",
        title="Short bowel: oral magnesium oxide at night (BSG guideline)",
        route="oral",
        salt=_MGO,
        dose_mmol="12",
        doses=None,
        interval_hours="24",
        instructions="After correcting water and sodium depletion, magnesium oxide 12 mmol at "
        "night (absorption is better when transit is slowest).",
        sources=("nightingale-2006-short-bowel",),
        indication=MILD_SHORT_BOWEL,
        renal_note="no reduced dose for severe renal insufficiency was read in its source",
    ),
    RegimenRow(
        key="nhs-highland-oral-aspartate",
        title="Magnesium 0.5-0.7 mmol/L: oral magnesium aspartate (NHS Highland)",
        route="oral",
        salt="magnesium L-aspartate dihydrate",
        dose_mmol="10",
        doses=None,
        interval_hours="12",
        renal_factor="0.5",
        instructions="One sachet of magnesium aspartate dihydrate oral powder (10 mmol Mg) once "
        "or twice daily, by mouth or feeding tube; halved at eGFR < 30. Continue for 48 hours "
        "after the level is normal.",
        sources=(_HIGHLAND,),
        indication=MILD_ORAL,
        renal="reduce",
        renal_note="NHS Highland: 'Adults with eGFR less than 30mL/min should have above "
        "recommendations halved'",
        from_mmol="0.5",
        to_mmol="0.7",
    ),
    RegimenRow(
        key="oral-magnesium-oxide",
        title="Oral magnesium oxide, 1-2 tablets of 400 mg daily (OTC label)",
        route="oral",
        salt=_MGO,
        dose_g="0.8",
        dose_min_g="0.4",
        doses=None,
        interval_hours="24",
        instructions="Magnesium oxide 400 mg tablets, 1 to 2 tablets daily (the label's "
        "supplement directions; not a trial-tested repletion regimen).",
        sources=("dailymed-magnesium-oxide-400",),
        indication=MILD_ORAL,
        renal_note="its label gives no dose for kidney disease: 'Ask a doctor if you have "
        "kidney disease'",
    ),
    RegimenRow(
        key="label-mild-im",
        title="Mild magnesium deficiency: intramuscular (US label)",
        route="IM",
        salt=_MGSO4,
        dose_g="1",
        doses=4,
        interval_hours="6",
        instructions="1 g (2 mL of the 50% solution) IM every 6 hours for 4 doses.",
        sources=(_LABEL, _SMPC),
        indication=MILD,
    ),
)
"""Every regimen the planner can offer."""


class LimitRow(NamedTuple):
    """A published ceiling on an amount of salt in a time window, or on a rate."""

    key: str
    kind: str  # "rate", "per-dose", "daily", "renal", "oral-daily"
    salt: str
    grams: str  # grams of salt in the window, or mg per minute for a rate
    hours: str | None
    routes: tuple[str, ...]
    text: str
    sources: tuple[str, ...]
    paediatric: bool = False  # listed in children's plans only (else in adults' only)


LIMIT_ROWS: Final[tuple[LimitRow, ...]] = (
    LimitRow(
        key="label-max-rate",
        kind="rate",
        salt=_MGSO4,
        grams="150",
        hours=None,
        routes=("IV",),
        text="IV injection should generally not exceed 150 mg/minute of magnesium sulfate "
        "(the resuscitation regimens are given faster, as their guidance says).",
        sources=(_LABEL,),
    ),
    LimitRow(
        key="label-max-daily",
        kind="daily",
        salt=_MGSO4,
        grams="30",
        hours="24",
        routes=("IV", "IM"),
        text="At most 30 to 40 g of magnesium sulfate in 24 hours (the lower figure applies here).",
        sources=("pfizer-mgso4-dextrose",),
    ),
    LimitRow(
        key="label-renal-cap",
        kind="renal",
        salt=_MGSO4,
        grams="20",
        hours="48",
        routes=("IV", "IM"),
        text="In severe renal insufficiency (eGFR < 30 here), at most 20 g of magnesium "
        "sulfate in 48 hours, with serum magnesium monitored.",
        sources=(_LABEL, "kdigo-2012-ckd"),
    ),
    LimitRow(
        key="otc-oxide-max-daily",
        kind="oral-daily",
        salt=_MGO,
        grams="0.8",
        hours="24",
        routes=("oral",),
        text="Not more than 2 tablets of 400 mg magnesium oxide in 24 hours unless a "
        "physician directs otherwise.",
        sources=("dailymed-magnesium-oxide-400",),
    ),
    LimitRow(
        key="pals-max-dose",
        kind="per-dose",
        salt=_MGSO4,
        grams="2",
        hours=None,
        routes=("IV",),
        text="Children: at most 2 g of magnesium sulfate per dose (PALS).",
        sources=("aha-pals-torsades",),
        paediatric=True,
    ),
)
"""Every limit the planner can report."""

SEVERE_RENAL_EGFR: Final = 30
"""eGFR (mL/min/1.73 m2) below which the label's cap applies: KDIGO G4-G5 ("kdigo-2012-ckd")."""

PAEDIATRIC_BELOW_YEARS: Final = 18
"""Age below which the adult label doses are not offered. Library policy: the adult label
speaks of the 'usual adult dose' without an age; 18 years is the age of majority used by
the paediatric reference intervals (rcpa-aacb-2015: '1 wk - < 18 yrs')."""
