"""Repletion regimens, their limits and repletion plans, with their sources.

Every dose is in grams of a salt from [`magnesium.salts`][magnesium.salts], whose
chemistry (formulas, molar masses, solutions and conversions between grams of
salt, mg, mmol and mEq of magnesium) lives there. The salt names
(`get_salt`, `Salt`, `ElementalDose`...) are still importable from this module
but deprecated here: import them from `magnesium.salts`.

**The library models published guidance; it is not a prescriber.** A
[`RepletionPlan`][magnesium.repletion.RepletionPlan] lists the regimens that
published sources give for a situation, with their limits and sources, for a
clinician to judge.

Examples:
    >>> import magnesium as mg
    >>> from magnesium import repletion
    >>> plan = repletion.plan_repletion(mg.SerumMagnesium.of(1.0, "mg/dL"), symptomatic=True,
    ...                                 egfr=90)
    >>> plan.regimens[0].title
    'Severe hypomagnesaemia: slow IV infusion (US label)'
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from typing import Final

import attrs

from magnesium import _regimen_rows as regimens
from magnesium import _show, plausibility, units
from magnesium._fields import checked, plausible
from magnesium.errors import (  # the errors live in errors.py; re-exported here
    AmbiguousSaltError,
    ArgumentTypeError,
    InputError,
)
from magnesium.salts import (  # moved to magnesium.salts; still importable from here
    SALTS,
    SOLUTIONS,
    ElementalDose,
    LabelFigure,
    Route,
    Salt,
    Solution,
    _input_error,
    _number,
    _tuple_of_routes,
    elemental_magnesium,
    get_salt,
    get_solution,
    parse_formula,
    salt_grams,
)
from magnesium.serum import CensoredSerumMagnesium, SerumMagnesium, parse_result
from magnesium.sources import Source, Verification, cite, weakest_verification
from magnesium.thresholds import THRESHOLD_SETS, LevelClassification, Status, ThresholdSet, classify

__all__ = [
    "HYPERMAGNESAEMIA_ABOVE_MMOL_PER_L",
    "HYPERMAGNESEMIA_ABOVE_MMOL_PER_L",
    "SALTS",
    "SOLUTIONS",
    "AmbiguousSaltError",
    "ElementalDose",
    "InputError",
    "LabelFigure",
    "Limit",
    "LimitKind",
    "Regimen",
    "RepletionPlan",
    "Route",
    "Salt",
    "Solution",
    "elemental_magnesium",
    "get_salt",
    "get_solution",
    "parse_formula",
    "plan_repletion",
    "salt_grams",
]


# --- regimens and limits --------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=checked)
class Regimen:
    """One published regimen, with amounts in grams of its salt.

    Examples:
        >>> mild = _regimen("label-mild-im")
        >>> mild.route, mild.dose_g, mild.doses, mild.interval_hours
        (<Route.IM: 'IM'>, 1.0, 4, 6.0)
        >>> round(mild.per_dose.meq, 2), mild.grams_within(24)
        (8.11, 4.0)
    """

    key: str
    """A short identifier of the regimen."""
    title: str
    """What the regimen is for, and whose it is."""
    route: Route
    """How it is given."""
    salt: Salt
    """The salt the doses are grams of."""
    dose_g: float = attrs.field(validator=plausible("grams"))
    """Grams of salt per administration (the upper end of a published range)."""
    dose_min_g: float | None = attrs.field(default=None, validator=plausible("grams"))
    """The lower end of a published range, if the source gives one."""
    doses: int | None = 1
    """Number of administrations; ``None`` for an open-ended daily regimen."""
    interval_hours: float | None = attrs.field(default=None, validator=plausible("interval_hours"))
    """Hours between administrations."""
    infusion_minutes: float | None = attrs.field(
        default=None, validator=plausible("infusion_minutes")
    )
    """The shortest published infusion time of one administration."""
    infusion_max_minutes: float | None = attrs.field(
        default=None, validator=plausible("infusion_minutes")
    )
    """The longest published infusion time, if a range is given."""
    within_hours: float | None = attrs.field(default=None, validator=plausible("hours"))
    """A window in which one administration is given (e.g. IM 'within 4 hours')."""
    instructions: str = ""
    """The regimen in the source's words (shortened)."""
    sources: tuple[Source, ...] = ()
    """Where the regimen is published."""
    rate_limit_exempt: bool = False
    """True for resuscitation doses given faster than the label's general IV rate."""
    dose_is_maximum: bool = False
    """True when ``dose_g`` is a published maximum ("as much as"), not a dose to give."""
    bolus: bool = False
    """True for a first (emergency) dose given in addition to any repletion regimen."""
    paediatric: bool = False
    """True for a regimen published for children."""
    notes: tuple[str, ...] = ()
    """How this regimen was fitted to the patient (per-kg dose, caps)."""

    @property
    def per_dose(self) -> ElementalDose:
        """The elemental magnesium of one administration (at ``dose_g``)."""
        return elemental_magnesium(self.dose_g, self.salt)

    @property
    def per_dose_min(self) -> ElementalDose | None:
        """The elemental magnesium at the lower end of the published range, if any."""
        return None if self.dose_min_g is None else elemental_magnesium(self.dose_min_g, self.salt)

    @property
    def max_rate_mg_per_min(self) -> float | None:
        """The fastest rate, in mg of salt per minute, at the shortest infusion time."""
        if self.infusion_minutes is None:
            return None
        return self.dose_g * 1000 / self.infusion_minutes

    def grams_within(self, hours: float) -> float:
        """Grams of salt started in the first *hours* hours of the regimen.

        Raises:
            InputError: If *hours* is NaN, infinite, negative or above a year.
        """
        hours = _number(hours, "window in hours", "hours")
        if self.interval_hours is None:
            count = self.doses or 1
        else:
            count = math.floor(hours / self.interval_hours - 1e-9) + 1
            if self.doses is not None:
                count = min(count, self.doses)
        return self.dose_g * count

    @property
    def verified(self) -> bool:
        """Whether every source of this regimen was checked against its primary text."""
        return all(source.verified for source in self.sources)

    @property
    def verification(self) -> Verification:
        """The weakest level ([`Verification`][magnesium.sources.Verification]) of its sources."""
        return weakest_verification(self.sources)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


class LimitKind(enum.Enum):
    """What a limit bounds.

    Examples:
        >>> LimitKind("renal").name
        'RENAL'
    """

    RATE = "rate"
    PER_DOSE = "per-dose"
    DAILY = "daily"
    RENAL = "renal"
    ORAL_DAILY = "oral-daily"


def _converts(limit: Limit, _attribute: object, _amount: float) -> None:
    """The amount must convert to elemental magnesium (a plausible amount of salt)."""
    limit.elemental  # noqa: B018 (raises InputError)


@attrs.frozen(kw_only=True, field_transformer=checked)
class Limit:
    """A published ceiling: a rate in mg of salt per minute, or grams of salt per window.

    Examples:
        >>> cap = _limit("label-renal-cap")
        >>> cap.kind, cap.amount, cap.hours
        (<LimitKind.RENAL: 'renal'>, 20.0, 48.0)
        >>> round(cap.elemental.mmol, 1)
        81.1
    """

    key: str
    """A short identifier."""
    kind: LimitKind
    """What the limit bounds."""
    salt: Salt
    """The salt the amount is of."""
    amount: float = attrs.field(validator=_converts)
    """mg per minute for a rate; grams in ``hours`` otherwise."""
    hours: float | None = attrs.field(validator=plausible("hours"))
    """The window, for an amount."""
    routes: tuple[Route, ...] = attrs.field(converter=_tuple_of_routes)
    """The routes the limit applies to."""
    text: str
    """The limit in words."""
    sources: tuple[Source, ...] = ()
    """Where it is published."""
    paediatric: bool = False
    """True for a children's limit (listed in children's plans only)."""

    @property
    def elemental(self) -> ElementalDose:
        """The limit in elemental magnesium (per minute for a rate, per window otherwise)."""
        grams = self.amount / 1000 if self.kind is LimitKind.RATE else self.amount
        return elemental_magnesium(grams, self.salt)

    def allows(self, regimen: Regimen) -> bool:
        """Whether *regimen* stays within this limit (limits of other routes or salts do)."""
        if not isinstance(regimen, Regimen):
            raise ArgumentTypeError(
                plausibility.shown(regimen), "a Regimen", "Pass a regimen of a RepletionPlan."
            )
        if not self.applies_to(regimen):
            return True
        if self.kind is LimitKind.RATE:
            rate = regimen.max_rate_mg_per_min
            return regimen.rate_limit_exempt or rate is None or rate <= self.amount
        if self.kind is LimitKind.PER_DOSE:
            return regimen.dose_g <= self.amount
        return regimen.grams_within(self.hours or 24) <= self.amount

    def applies_to(self, regimen: Regimen) -> bool:
        """Whether this limit bounds *regimen* (same salt, one of its routes)."""
        if not isinstance(regimen, Regimen):
            raise ArgumentTypeError(
                plausibility.shown(regimen), "a Regimen for regimen", "Pass a plan's regimen."
            )
        return regimen.route in self.routes and regimen.salt == self.salt

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _dec(text: str | None) -> float | None:
    return None if text is None else float(text)


_REGIMEN_ROWS: Final = {row.key: row for row in regimens.REGIMEN_ROWS}
_LIMIT_ROWS: Final = {row.key: row for row in regimens.LIMIT_ROWS}


def _regimen(key: str, weight_kg: float | None = None, *, severe_renal: bool = False) -> Regimen:
    """Build a regimen from its row; per-kg rows need *weight_kg*.

    With *severe_renal*, a row's published reduction for eGFR < 30 is applied.
    """
    row = _REGIMEN_ROWS[key]
    salt = SALTS[row.salt]
    notes: list[str] = []
    dose_min: float | None = _dec(row.dose_min_g)
    if row.dose_mg_per_kg is not None:
        if weight_kg is None:
            raise InputError(
                None,
                "weight_kg",
                "a body weight in kg",
                f"The regimen '{row.title}' is dosed per kg: pass weight_kg.",
            )
        dose = float(row.dose_mg_per_kg) * weight_kg / 1000
        if row.dose_min_mg_per_kg is not None:
            dose_min = float(row.dose_min_mg_per_kg) * weight_kg / 1000
        notes.append(f"{row.dose_mg_per_kg} mg/kg x {weight_kg:g} kg = {dose:.4g} g")
        cap = _dec(row.max_dose_g)
        if cap is not None and dose > cap:
            notes.append(f"capped at the published maximum of {cap:g} g per dose")
            dose = cap
            dose_min = min(dose_min, cap) if dose_min is not None else None
    elif row.dose_mmol is not None:
        dose = salt_grams(ElementalDose.of(float(row.dose_mmol), "mmol"), salt)
        notes.append(f"{row.dose_mmol} mmol of Mg = {dose:.4g} g of {salt.name}")
    else:
        dose = float(row.dose_g or 0)
    if severe_renal and row.renal == "reduce" and row.renal_factor is not None:
        dose *= float(row.renal_factor)
        notes.append(f"x {row.renal_factor} for eGFR < {regimens.SEVERE_RENAL_EGFR}, as published")
    return Regimen(
        key=row.key,
        title=row.title,
        route=Route(row.route),
        salt=salt,
        dose_g=dose,
        dose_min_g=dose_min,
        doses=row.doses,
        interval_hours=_dec(row.interval_hours),
        infusion_minutes=_dec(row.infusion_minutes),
        infusion_max_minutes=_dec(row.infusion_max_minutes),
        within_hours=_dec(row.within_hours),
        instructions=row.instructions,
        sources=tuple(cite(key) for key in row.sources),
        rate_limit_exempt=row.rate_limit_exempt,
        dose_is_maximum=row.maximum,
        bolus=row.bolus,
        paediatric=row.paediatric,
        notes=tuple(notes),
    )


def _limit(key: str) -> Limit:
    row = _LIMIT_ROWS[key]
    return Limit(
        key=row.key,
        kind=LimitKind(row.kind),
        salt=SALTS[row.salt],
        amount=float(row.grams),
        hours=_dec(row.hours),
        routes=row.routes,
        text=row.text,
        sources=tuple(cite(source) for source in row.sources),
        paediatric=row.paediatric,
    )


# --- plans ----------------------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=checked)
class RepletionPlan:
    """The published options for one patient situation, with limits and sources.

    The regimens are ordered: the first is the preferred option. An empty tuple
    means no repletion is indicated; [`reason`][magnesium.repletion.RepletionPlan.reason]
    says why. **This is a model of published guidance, not a prescription.**

    Examples:
        >>> import magnesium as mg
        >>> plan = plan_repletion(mg.SerumMagnesium.of(0.85, "mmol/L"))
        >>> plan.regimens, plan.reason
        ((), 'Serum magnesium is not low by iom-1997 and there is no torsades de pointes: \
no repletion regimen is indicated.')
    """

    classification: LevelClassification
    """The level, classified by the threshold set used."""
    regimens: tuple[Regimen, ...]
    """The options, preferred first."""
    limits: tuple[Limit, ...]
    """The limits that apply to the options."""
    monitoring: tuple[str, ...]
    """What to watch, and when to recheck serum magnesium."""
    co_management: tuple[str, ...]
    """What to treat alongside magnesium (potassium, calcium, fluids)."""
    warnings: tuple[str, ...]
    """What the user must know: unverified sources, caps applied, missing inputs."""
    reason: str
    """Why these options (or none) were chosen."""
    sources: tuple[Source, ...]
    """Every source the plan relies on, without repeats."""

    @property
    def level(self) -> SerumMagnesium:
        """The serum level the plan was made for."""
        return self.classification.level

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the plan's sources.

        ``SECONDARY`` or ``UNVERIFIED`` means some figure of the plan rests only on
        secondary summaries or on nothing that confirmed it; the plan's
        [`warnings`][magnesium.repletion.RepletionPlan.warnings] name those sources.
        """
        return weakest_verification(self.sources)

    @property
    def first(self) -> Regimen | None:
        """The preferred regimen, or ``None`` if none is indicated."""
        return self.regimens[0] if self.regimens else None

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _flag(value: object, name: str) -> bool:
    return plausibility.flag(value, name)


_OPTIONAL: Final = {"eGFR": "egfr", "weight_kg": "weight_kg", "age_years": "age_years"}


def _optional(value: object, name: str, *, positive: bool = False) -> float | None:
    """An optional clinical input: ``None``, NaN or pandas' NA mean not given.

    A given value must lie in its range in `PLAUSIBLE_RANGES` (weight is > 0 there,
    so *positive* needs no check of its own).
    """
    del positive  # the range decides
    argument = _OPTIONAL.get(name, name)
    return plausibility.optional(value, argument, argument, error=_input_error(name))


_MONITOR_REFLEX: Final = (
    "Before each repeated parenteral dose, check that the patellar (knee-jerk) reflex is "
    "present and that breathing is not depressed (US label)."
)
_MONITOR_SERUM: Final = (
    "Recheck serum magnesium: daily until stable, and 6 hours after the last of the NHS "
    "Highland infusions; continue oral treatment for 48 hours after the level is normal "
    "(NHS Highland). Stop parenteral magnesium as soon as the desired effect is obtained "
    "(US label)."
)
_MONITOR_VITALS: Final = (
    "During infusions monitor blood pressure, heart rate, respiratory rate, urine output and "
    "signs of hypermagnesaemia (NHS Highland); the UK SmPC continues IM maintenance doses "
    "only while the respiratory rate is > 16/min, urine output > 25 mL/h and knee jerks are "
    "present."
)
_MONITOR_CALCIUM: Final = (
    "Keep an injectable calcium salt (e.g. calcium gluconate) at hand as the antidote to "
    "magnesium toxicity (US label)."
)
_ASSOCIATION: Final = (
    "The US label notes that hypocalcaemia and hypokalaemia often follow low serum magnesium."
)


def _highest_upper_limit() -> tuple[float, ThresholdSet]:
    """The highest upper reference limit among the library's threshold sets, in mmol/L."""
    found: list[tuple[float, ThresholdSet]] = []
    for threshold_set in THRESHOLD_SETS.values():
        for cutoffs in threshold_set.cutoffs:
            edges = [band.lower for band in cutoffs.bands if band.status is Status.HIGH]
            if edges:
                mmol = units.convert(min(edges), cutoffs.unit, "mmol/L")
                found.append((mmol, threshold_set))
    return max(found, key=lambda item: item[0])


_UPPER: Final = _highest_upper_limit()
HYPERMAGNESEMIA_ABOVE_MMOL_PER_L: Final[float] = _UPPER[0]
"""Above this level (mmol/L) no plan offers magnesium, whatever threshold set is used.

It is the highest upper reference limit among the library's threshold sets
(the US 50% vial label's 2.5 mEq/L, 1.25 mmol/L; StatPearls ends at 2.68 mg/dL,
1.1027 mmol/L, and the RCPA/AACB harmonised adult and paediatric intervals at
1.10 mmol/L), so a level above it is high by every cited interval, including the
sets that define only "low". It is computed from the threshold-set data: a set
added with a higher upper limit raises it.
"""
HYPERMAGNESAEMIA_ABOVE_MMOL_PER_L: Final[float] = HYPERMAGNESEMIA_ABOVE_MMOL_PER_L
"""Deprecated alias (British spelling) of `HYPERMAGNESEMIA_ABOVE_MMOL_PER_L`: the same value."""


@attrs.frozen(kw_only=True)
class _Situation:
    """The validated inputs of `plan_repletion`, and what follows from them."""

    result: LevelClassification
    flags: Mapping[str, bool]
    kidney: float | None
    weight: float | None
    age: float | None
    grade: int | None

    @property
    def mmol(self) -> float:
        return self.result.level.mmol_per_l

    @property
    def child(self) -> bool:
        return self.age is not None and self.age < regimens.PEDIATRIC_BELOW_YEARS

    @property
    def severe_renal(self) -> bool:
        return self.kidney is not None and self.kidney < regimens.SEVERE_RENAL_EGFR

    @property
    def hyper(self) -> bool:
        return self.mmol > HYPERMAGNESEMIA_ABOVE_MMOL_PER_L

    @property
    def low(self) -> bool:
        return self.result.status is Status.LOW and not self.hyper

    @property
    def urgent_symptoms(self) -> bool:
        return self.flags["seizures"] or self.flags["arrhythmia"]

    @property
    def severe(self) -> bool:
        symptoms = self.flags["symptomatic"] or self.urgent_symptoms
        return self.low and (symptoms or (self.grade is not None and self.grade >= 2))

    @property
    def set_name(self) -> str:
        return self.result.threshold_set.name


def _indications(situation: _Situation) -> frozenset[str]:
    """The rows of the decision table (``indication``) that this situation calls for."""
    flags, low = situation.flags, situation.low
    if situation.hyper:
        return frozenset()
    active: set[str] = set()
    if flags["torsades"] or (flags["cardiac_arrest"] and low):
        arrest = regimens.ARREST if flags["cardiac_arrest"] else regimens.TORSADES_PULSE
        active.update((regimens.RESUSCITATION, arrest))
    elif low and situation.urgent_symptoms:
        active.add(regimens.URGENT)
    if situation.severe:
        active.add(regimens.SEVERE)
    elif low:
        active.add(regimens.MILD)
        if flags["oral_route_available"]:
            oral = regimens.MILD_SHORT_BOWEL if flags["short_bowel"] else regimens.MILD_ORAL
            active.add(oral)
    return frozenset(active)


def _in_range(row: regimens.RegimenRow, mmol: float) -> bool:
    """Whether *mmol* lies inside the range of serum magnesium the row's source states."""
    return (
        (row.from_mmol is None or mmol >= float(row.from_mmol))
        and (row.below_mmol is None or mmol < float(row.below_mmol))
        and (row.to_mmol is None or mmol <= float(row.to_mmol))
    )


def _offer(situation: _Situation) -> tuple[list[Regimen], list[str]]:
    """Apply the decision table: the rows offered, in order, and why others are not."""
    indications = _indications(situation)
    offered: list[Regimen] = []
    warnings: list[str] = []
    for row in regimens.REGIMEN_ROWS:
        if row.indication not in indications or row.paediatric != situation.child:
            continue
        if not _in_range(row, situation.mmol):
            continue
        if situation.severe_renal and row.renal == "withhold":
            warnings.append(
                f"Not offered at eGFR {situation.kidney:g} < {regimens.SEVERE_RENAL_EGFR}: "
                f"{row.title}, because {row.renal_note}."
            )
            continue
        if row.dose_mg_per_kg is not None and situation.weight is None:
            if row.paediatric:
                raise InputError(
                    None,
                    "weight_kg",
                    "a body weight in kg for a child",
                    f"'{row.title}' is dosed per kg: pass weight_kg.",
                )
            warnings.append(f"Not listed: {row.title} is dosed per kg and needs weight_kg.")
            continue
        regimen = _regimen(row.key, situation.weight, severe_renal=situation.severe_renal)
        if situation.severe_renal and row.renal == "caution":
            note = f"offered at eGFR < {regimens.SEVERE_RENAL_EGFR} as {row.renal_note}"
            regimen = attrs.evolve(regimen, notes=(*regimen.notes, note))
        offered.append(regimen)
    return offered, warnings


def _plan_limits(offered: list[Regimen], situation: _Situation) -> tuple[Limit, ...]:
    """The limits of the patient's population that bound at least one offered regimen."""
    limits = []
    for row in regimens.LIMIT_ROWS:
        if row.paediatric != situation.child:
            continue
        if row.kind == LimitKind.RENAL.value and not situation.severe_renal:
            continue
        limit = _limit(row.key)
        if any(limit.applies_to(regimen) for regimen in offered):
            limits.append(limit)
    return tuple(limits)


def _reduced(regimen: Regimen, limit: Limit, used: float) -> Regimen | None:
    """*regimen* with its dose cut so that it, plus *used* grams, stays within *limit*."""
    hours = limit.hours or 24
    per_window = 1.0 if limit.kind is LimitKind.PER_DOSE else regimen.grams_within(hours)
    per_window /= regimen.dose_g
    room = limit.amount - used
    if room <= 0:
        return None
    capped = room / per_window
    while capped * per_window + used > limit.amount:
        capped = math.nextafter(capped, 0)
    counted = f", counting the {used:.4g} g of the first dose" if used else ""
    return attrs.evolve(
        regimen,
        dose_g=capped,
        dose_min_g=None if regimen.dose_min_g is None else min(regimen.dose_min_g, capped),
        notes=(*regimen.notes, f"reduced to {capped:.4g} g{counted} to stay within: {limit.text}"),
    )


def _fit(offered: list[Regimen], limits: tuple[Limit, ...]) -> tuple[list[Regimen], list[str]]:
    """Cap every dose by every limit; a repletion regimen counts the first dose with it."""
    boluses = [regimen for regimen in offered if regimen.bolus]
    fitted: list[Regimen] = []
    warnings: list[str] = []
    for regimen in offered:
        current: Regimen | None = regimen
        for limit in limits:
            if current is None or limit.kind is LimitKind.RATE or not limit.applies_to(current):
                continue
            prior = [] if current.bolus or limit.kind is LimitKind.PER_DOSE else boluses
            hours = limit.hours or 24
            used = sum(p.grams_within(hours) for p in prior if limit.applies_to(p))
            total = (
                current.dose_g if limit.kind is LimitKind.PER_DOSE else current.grams_within(hours)
            )
            if total + used <= limit.amount:
                continue
            current = _reduced(current, limit, used)
            warnings.append(
                f"{regimen.title}: "
                + ("dose reduced" if current else "not offered")
                + f" to stay within a limit ({limit.key})."
            )
        if current is not None:
            fitted.append(current)
    if boluses and len(fitted) > len([r for r in fitted if r.bolus]):
        warnings.append(
            "The first (emergency) dose is given in addition to the repletion regimens: each "
            "repletion regimen was checked with that dose counted against the limits."
        )
    return fitted, warnings


def _reason(situation: _Situation, indications: frozenset[str]) -> str:
    """Why the plan offers what it offers (or nothing)."""
    flags, name = situation.flags, situation.set_name
    if situation.hyper:
        return (
            f"Serum magnesium ({situation.mmol:.4g} mmol/L) is above "
            f"{HYPERMAGNESEMIA_ABOVE_MMOL_PER_L:.4g} mmol/L, the highest upper reference limit "
            f"among the library's threshold sets ({_UPPER[1].name}): hypermagnesaemia, "
            f"whatever {name} says. Magnesium must not be given"
            + (", torsades de pointes included." if flags["torsades"] else ".")
        )
    resuscitation = regimens.RESUSCITATION in indications
    if situation.result.status is Status.HIGH and not resuscitation:
        return (
            f"Serum magnesium is high by {name}: no repletion regimen is indicated (magnesium "
            "is offered above a set's upper limit only for torsades de pointes, up to "
            f"{HYPERMAGNESEMIA_ABOVE_MMOL_PER_L:.4g} mmol/L)."
        )
    if not situation.low and not resuscitation:
        return (
            f"Serum magnesium is not low by {name} and there is no torsades de pointes: no "
            "repletion regimen is indicated."
        )
    if situation.low and situation.child and not resuscitation:
        return f"Serum magnesium is low by {name}, in a child."
    parts = []
    if resuscitation:
        parts.append("torsades de pointes" if flags["torsades"] else "cardiac arrest")
    elif regimens.URGENT in indications:
        parts.append("seizures or arrhythmia")
    if situation.low:
        parts.append(
            "severe or symptomatic deficiency (symptoms, or CTCAE grade >= 2)"
            if situation.severe
            else "mild, asymptomatic deficiency"
        )
    return (
        f"Serum magnesium is {situation.result.status.value} by {name}; "
        + " and ".join(parts)
        + "."
    )


def _situation_warnings(situation: _Situation, offered: bool) -> tuple[list[str], list[str]]:
    """Warnings and extra source keys that follow from the situation."""
    flags, warnings, keys = situation.flags, [], []
    if situation.hyper:
        warnings.append(
            "Hypermagnesaemia: give no magnesium; look for its cause and check kidney function."
        )
        if flags["torsades"] or flags["cardiac_arrest"]:
            warnings.append(
                "Torsades or arrest with a high serum magnesium: magnesium is not offered; "
                "treat by other means."
            )
    elif situation.result.status is Status.HIGH and flags["torsades"]:
        warnings.append(
            f"The level is above the upper limit of {situation.set_name} but not above "
            f"{HYPERMAGNESEMIA_ABOVE_MMOL_PER_L:.4g} mmol/L: the torsades dose is offered, as "
            "the resuscitation guidance does not make it depend on a low or normal level. "
            "Recheck serum magnesium before any further dose."
        )
        keys.append("can-pharm-j-2016-torsades")
    elif flags["cardiac_arrest"] and not flags["torsades"] and not situation.low:
        warnings.append(
            "Cardiac arrest without torsades and with a level that is not low: the AHA "
            "recommends magnesium in arrest only for torsades or suspected hypomagnesaemia."
        )
        keys.append("aha-ecc-handbook-2020")
    if situation.low and situation.child:
        warnings.append(
            "No paediatric repletion regimen is modelled: the label's doses are adult "
            "doses. Use paediatric guidance."
        )
    if situation.low and not situation.child and not offered:
        warnings.append(
            "No listed regimen can be offered here (see the other warnings): seek specialist "
            "advice."
        )
    if flags["torsades"] and not situation.hyper:
        keys.append("can-pharm-j-2016-torsades")
    return warnings, keys


_PREGNANCY_KEYS: Final = ("pfizer-mgso4-fetal-harm", "fda-2013-mgso4-pregnancy")


def _pregnancy_warnings(situation: _Situation, fitted: list[Regimen]) -> list[str]:
    """The label's fetal-harm warning, for a pregnant patient offered parenteral sulfate."""
    parenteral = [r for r in fitted if r.route is not Route.ORAL and "sulfate" in r.salt.name]
    if not (situation.flags["pregnant"] and parenteral):
        return []
    return [
        (
            "Pregnancy: continuous administration of magnesium sulfate beyond 5 to 7 days to "
            "pregnant women can lead to hypocalcaemia and bone abnormalities in the developing "
            "fetus; the shortest harmful duration is not known (US label, WARNINGS; FDA 2013)."
        )
    ]


def _kidney_warnings(situation: _Situation) -> list[str]:
    if situation.kidney is None:
        cap = (
            ""
            if situation.child
            else ", and the label's cap in severe renal insufficiency could not be checked"
        )
        return [
            (
                "Kidney function not given: magnesium is excreted almost entirely by the "
                f"kidneys{cap}. Check kidney function before giving magnesium."
            )
        ]
    if situation.severe_renal:
        return [
            (
                f"eGFR {situation.kidney:g} < {regimens.SEVERE_RENAL_EGFR}: only regimens with "
                "a published reduced dose, and single emergency doses, are offered; the "
                "label's cap of 20 g of magnesium sulfate in 48 hours applies to adults; "
                "monitor serum magnesium."
            )
        ]
    return []


def _co_management(situation: _Situation) -> tuple[list[str], list[str]]:
    flags, items, keys = situation.flags, [], []
    if situation.low and (flags["hypokalemia"] or flags["hypocalcemia"]):
        which = " and ".join(
            name
            for name, present in (
                ("hypokalaemia", flags["hypokalemia"]),
                ("hypocalcaemia", flags["hypocalcemia"]),
            )
            if present
        )
        items.append(
            f"Treat the {which} alongside the magnesium deficiency and recheck them after "
            f"magnesium is given. {_ASSOCIATION}"
        )
        keys.append("dailymed-mgso4-50-fresenius")
    if situation.low and flags["short_bowel"]:
        items.append(
            "Short bowel: correct water and sodium depletion first (secondary "
            "hyperaldosteronism increases renal magnesium loss), then give oral magnesium "
            "at night (BSG guideline)."
        )
        keys.append("nightingale-2006-short-bowel")
    return items, keys


def _situation_of(
    level: SerumMagnesium | str,
    flags: Mapping[str, object],
    numbers: Mapping[str, object],
    threshold_set: str | None,
) -> _Situation:
    checked = {name: _flag(value, name) for name, value in flags.items()}
    kidney = _optional(numbers["egfr"], "eGFR")
    weight = _optional(numbers["weight_kg"], "weight_kg", positive=True)
    age = _optional(numbers["age_years"], "age_years")
    result = classify(_measured(level, threshold_set), threshold_set)
    grade = classify(result.level, "ctcae-v5").grade
    return _Situation(
        result=result, flags=checked, kidney=kidney, weight=weight, age=age, grade=grade
    )


def _measured(level: SerumMagnesium | str, threshold_set: str | None) -> SerumMagnesium | str:
    """*level*, unless it is a censored result (``"<0.5 mmol/L"``): that is refused.

    A plan's regimens, serum ranges and dose limits depend on the value itself, and
    a censored result allows a range of values; no plan is made for it, so none can
    offer magnesium for a value that may be at or above an upper limit.
    """
    censored = parse_result(level) if isinstance(level, str) else level
    if not isinstance(censored, CensoredSerumMagnesium):
        return level
    reading = classify(censored, threshold_set)
    said = "undetermined" if reading.status is None else reading.status.value
    raise InputError(
        str(censored),
        "level",
        "a measured serum magnesium, not a censored result",
        f"It is {said} by {reading.threshold_set.name}, but a plan's regimens and dose "
        "limits depend on the value itself: ask the laboratory for a measured value or "
        "repeat the test, and plan on that.",
    )


def _sources(
    situation: _Situation, fitted: list[Regimen], limits: tuple[Limit, ...], keys: list[str]
) -> dict[str, Source]:
    sources: dict[str, Source] = {source.key: source for source in situation.result.sources}
    if situation.hyper or situation.result.status is Status.HIGH:
        sources.update((source.key, source) for source in _UPPER[1].sources)
    for cited in [regimen.sources for regimen in fitted] + [limit.sources for limit in limits]:
        sources.update((source.key, source) for source in cited)
    for key in keys:
        sources[key] = cite(key)
    return sources


def plan_repletion(  # noqa: PLR0913 (keyword-only options of one clinical question)
    level: SerumMagnesium | str,
    *,
    symptomatic: bool = False,
    torsades: bool = False,
    cardiac_arrest: bool = False,
    egfr: float | None = None,
    weight_kg: float | None = None,
    age_years: float | None = None,
    oral_route_available: bool = True,
    hypokalemia: bool = False,
    hypocalcemia: bool = False,
    short_bowel: bool = False,
    threshold_set: str | None = None,
    seizures: bool = False,
    arrhythmia: bool = False,
    pregnant: bool = False,
) -> RepletionPlan:
    """List the published magnesium regimens for a patient situation.

    The level is classified with [`classify`][magnesium.thresholds.classify] (the
    default set unless *threshold_set* is given), and the regimens come from a
    decision table of cited rows, applied in order. The safety rules:

    - Above `HYPERMAGNESEMIA_ABOVE_MMOL_PER_L` (the highest upper reference limit
      among the library's sets) no magnesium is offered, whatever set decides "low",
      torsades included.
    - Torsades de pointes gets the AHA dose (PALS per kg in children) at any level up
      to that limit, also above the chosen set's own upper limit (with a warning);
      cardiac arrest only with torsades or a low level (AHA).
    - Among low levels, CTCAE grade 2 or worse (< 0.5 mmol/L) or any symptom counts
      as severe; seizures or arrhythmia also get a rapid 1-2 g IV dose (a drug monograph; AHA).
      A regimen is offered only inside the range of serum magnesium its source states.
    - At eGFR < 30 a regimen is offered only with its source's reduced dose or, for a
      single emergency dose, with its source's renal precaution; others are withheld
      and the plan says why.
    - Every dose is capped by every limit of the patient's population (per dose, per
      24 h, per 48 h in renal insufficiency, oral daily maximum); a repletion regimen
      is checked with the emergency dose counted. Label maxima ("as much as") are
      marked [`dose_is_maximum`][magnesium.repletion.Regimen.dose_is_maximum].
    - Children (age < 18) get only paediatric regimens and paediatric limits.

    Args:
        level: The serum magnesium (a `SerumMagnesium` or text such as ``"1.0 mg/dL"``).
        symptomatic: Tetany, seizures, arrhythmia or other symptoms of deficiency.
        torsades: Torsades de pointes.
        cardiac_arrest: Cardiac arrest.
        egfr: eGFR in mL/min/1.73 m2, if known; < 30 applies the renal rules.
        weight_kg: Body weight, needed for per-kg doses.
        age_years: Age; ``None`` is read as an adult.
        oral_route_available: Whether the patient can take and absorb oral magnesium.
        hypokalemia: Concurrent hypokalaemia.
        hypocalcemia: Concurrent hypocalcaemia.
        short_bowel: Short bowel syndrome or a high-output stoma.
        threshold_set: The threshold set that decides whether the level is low.
        seizures: Seizures attributed to the deficiency (implies *symptomatic*).
        arrhythmia: A cardiac arrhythmia other than torsades attributed to the
            deficiency (implies *symptomatic*).
        pregnant: Pregnancy: a plan with parenteral magnesium sulfate then warns that
            continuous use beyond 5 to 7 days can harm the fetus (US label; FDA 2013).

    Returns:
        A frozen [`RepletionPlan`][magnesium.repletion.RepletionPlan].

    Raises:
        InputError: For a negative eGFR, weight or age, a non-boolean flag, or a child
            with torsades and no weight.
        ImplausibleValueError, UnitError, ParseError: For a level that cannot be read.
        InputError: For a censored result such as ``"<0.5 mmol/L"``: it allows a
            range of values, and a plan depends on the value.

    Examples:
        >>> import magnesium as mg
        >>> plan = plan_repletion(mg.SerumMagnesium.of(1.5, "mg/dL"))
        >>> [regimen.key for regimen in plan.regimens]
        ['nhs-highland-oral-aspartate', 'oral-magnesium-oxide', 'label-mild-im']
        >>> plan = plan_repletion(mg.SerumMagnesium.of(2.0, "mg/dL"), torsades=True)
        >>> plan.regimens[0].key, plan.regimens[0].route.value
        ('aha-torsades-pulse', 'IV')
        >>> plan_repletion("8 mg/dL", torsades=True, threshold_set="bnssg-remedy-2023").regimens
        ()
    """
    flags = {
        "symptomatic": symptomatic,
        "torsades": torsades,
        "cardiac_arrest": cardiac_arrest,
        "oral_route_available": oral_route_available,
        "hypokalemia": hypokalemia,
        "hypocalcemia": hypocalcemia,
        "short_bowel": short_bowel,
        "seizures": seizures,
        "arrhythmia": arrhythmia,
        "pregnant": pregnant,
    }
    numbers = {"egfr": egfr, "weight_kg": weight_kg, "age_years": age_years}
    situation = _situation_of(level, flags, numbers, threshold_set)
    offered, warnings = _offer(situation)
    limits = _plan_limits(offered, situation)
    fitted, fit_warnings = _fit(offered, limits)
    more, keys = _situation_warnings(situation, bool(fitted))
    pregnancy = _pregnancy_warnings(situation, fitted)
    more, keys = [*more, *pregnancy], [*keys, *(_PREGNANCY_KEYS if pregnancy else ())]
    co_management, co_keys = _co_management(situation)
    monitoring: tuple[str, ...] = ()
    if fitted:
        monitoring = (_MONITOR_REFLEX, _MONITOR_VITALS, _MONITOR_CALCIUM, _MONITOR_SERUM)
        if all(regimen.route is Route.ORAL for regimen in fitted):
            monitoring = (_MONITOR_SERUM,)
        keys += ["nhs-highland-hypomagnesaemia", "emc-mgso4-50-smpc", "fda-label-mgso4-injection"]
        keys += ["nhs-highland-portal-hypomagnesaemia"]  # the 6-hour recheck
        warnings += _kidney_warnings(situation)
        keys += ["kdigo-2012-ckd"] if situation.severe_renal else []
    sources = _sources(situation, fitted, limits, keys + co_keys)
    unverified = sorted(
        f"{key} ({source.verification.label})"
        for key, source in sources.items()
        if not source.verified
    )
    notes = [*more, *warnings, *fit_warnings]
    if unverified:
        notes.append(
            "Some figures come from sources not verified against their primary text "
            "(read only in secondary summaries, or not confirmed): " + ", ".join(unverified) + "."
        )
    return RepletionPlan(
        classification=situation.result,
        regimens=tuple(fitted),
        limits=limits if fitted else (),
        monitoring=monitoring,
        co_management=tuple(co_management),
        warnings=tuple(dict.fromkeys(notes)),
        reason=_reason(situation, _indications(situation)),
        sources=tuple(sources.values()),
    )
