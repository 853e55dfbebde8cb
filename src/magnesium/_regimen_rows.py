"""The regimens and limits of `magnesium.repletion`: their row types, read from the data files.

The rows are ``data/regimens.toml`` and ``data/limits.toml`` (each row cited by source
key; see those files for what each field means), read when `magnesium.repletion` is
first imported. The rows are a decision table, read in order: a row is offered when its
``indication`` holds for the patient, the level lies inside the range its source states
(``from_mmol`` <= level, level < ``below_mmol``, level <= ``to_mmol``), the patient belongs
to its population (``paediatric``) and its ``renal`` policy allows it at eGFR < 30.
Numbers are decimal text, as published, so that doses are computed exactly.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from magnesium import _knowledge
from magnesium.sources import cite

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
    doses: int | None = None  # None: no fixed number of doses (a course)
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


_INDICATIONS: Final = (
    RESUSCITATION,
    ARREST,
    TORSADES_PULSE,
    URGENT,
    SEVERE,
    MILD_SHORT_BOWEL,
    MILD_ORAL,
    MILD,
)
_REGIMEN_NUMBERS: Final = (
    "dose_g",
    "dose_min_g",
    "dose_mg_per_kg",
    "dose_min_mg_per_kg",
    "max_dose_g",
    "dose_mmol",
    "interval_hours",
    "infusion_minutes",
    "infusion_max_minutes",
    "within_hours",
    "renal_factor",
    "from_mmol",
    "below_mmol",
    "to_mmol",
)


def _check_regimen(row: RegimenRow, where: _knowledge.Where) -> None:
    _knowledge.decimal_text(row, _REGIMEN_NUMBERS, where)
    _knowledge.choice(row, "indication", _INDICATIONS, where)
    _knowledge.choice(row, "renal", ("reduce", "caution", "withhold"), where)


def _check_limit(row: LimitRow, where: _knowledge.Where) -> None:
    _knowledge.decimal_text(row, ("grams", "hours"), where)
    kinds = ("rate", "per-dose", "daily", "renal", "oral-daily")
    _knowledge.choice(row, "kind", kinds, where)


REGIMEN_ROWS: Final[tuple[RegimenRow, ...]] = _knowledge.load(
    "regimens.toml", "regimen", RegimenRow, resolve=cite, check=_check_regimen
)
"""Every published regimen, in the order the planner reads them."""

LIMIT_ROWS: Final[tuple[LimitRow, ...]] = _knowledge.load(
    "limits.toml", "limit", LimitRow, resolve=cite, check=_check_limit
)
"""Every limit the planner can report."""

SEVERE_RENAL_EGFR: Final = 30
"""eGFR (mL/min/1.73 m2) below which the label's cap applies: KDIGO G4-G5 ("kdigo-2012-ckd")."""

PEDIATRIC_BELOW_YEARS: Final = 18
"""Age below which the adult label doses are not offered. Library policy: the adult label
speaks of the 'usual adult dose' without an age; 18 years is the age of majority used by
the paediatric reference intervals (rcpa-aacb-2015: '1 wk - < 18 yrs')."""
