"""Published magnesium regimens and the limits that apply to them, transcribed as printed.

Doses are grams of the named salt per administration (``dose_g``, the upper end of a
published range, with ``dose_min_g`` its lower end), or milligrams per kilogram of body
weight (``dose_mg_per_kg``, capped by ``max_dose_g``), or millimoles of magnesium
(``dose_mmol``). Elemental amounts are never typed here: they are computed from the salt.
"""

from __future__ import annotations

from typing import Final, NamedTuple

_MGSO4: Final = "magnesium sulfate heptahydrate"
_MGO: Final = "magnesium oxide"
_LABEL: Final = "fda-label-mgso4-injection"
_AHA: Final = "aha-ecc-handbook-2020"
_SMPC: Final = "emc-mgso4-50-smpc"
_HIGHLAND: Final = "nhs-highland-hypomagnesaemia"


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
    ),
    RegimenRow(
        key="label-severe-im",
        title="Severe hypomagnesaemia: intramuscular, per kg (US label)",
        route="IM",
        salt=_MGSO4,
        dose_mg_per_kg="250",
        within_hours="4",
        instructions="As much as 250 mg/kg (0.5 mL/kg of the 50% solution) IM within 4 hours "
        "if necessary.",
        sources=(_LABEL, _SMPC),
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
    ),
)
"""Every regimen the planner can offer."""


class LimitRow(NamedTuple):
    """A published ceiling on an amount of salt in a time window, or on a rate."""

    key: str
    kind: str  # "rate", "daily", "renal", "oral-daily"
    salt: str
    grams: str  # grams of salt in the window, or mg per minute for a rate
    hours: str | None
    routes: tuple[str, ...]
    text: str
    sources: tuple[str, ...]


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
)
"""Every limit the planner can report."""

SEVERE_RENAL_EGFR: Final = 30
"""eGFR (mL/min/1.73 m2) below which the label's cap applies: KDIGO G4-G5 ("kdigo-2012-ckd")."""

PAEDIATRIC_BELOW_YEARS: Final = 18
"""Age below which the adult label doses are not offered. Library policy: the adult label
speaks of the 'usual adult dose' without an age; 18 years is the age of majority used by
the paediatric reference intervals (rcpa-aacb-2015: '1 wk - < 18 yrs')."""
