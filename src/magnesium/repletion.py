"""Magnesium salts, dose conversions and repletion plans, with their sources and limits.

Dosing errors with magnesium come from unit and salt confusion: mEq against mmol
(a factor of 2), anhydrous against hydrated salts (magnesium sulfate heptahydrate
carries half the magnesium per gram of the anhydrous salt), and salt names given
without their form. This module therefore computes every elemental amount from the
salt's chemical formula, the cited standard atomic weights,
[`MOLAR_MASS_G_PER_MOL`][magnesium.units.MOLAR_MASS_G_PER_MOL] and
[`VALENCE`][magnesium.units.VALENCE], and keeps what product labels print beside
the computed figure, never instead of it.

**The library models published guidance; it is not a prescriber.** A
[`RepletionPlan`][magnesium.repletion.RepletionPlan] lists the regimens that
published sources give for a situation, with their limits and sources, for a
clinician to judge.

Examples:
    >>> import magnesium as mg
    >>> from magnesium import repletion
    >>> salt = repletion.get_salt("Epsom salt")
    >>> salt.name, salt.formula, round(salt.molar_mass_g_per_mol, 3)
    ('magnesium sulfate heptahydrate', 'MgSO4·7H2O', 246.466)
    >>> dose = repletion.elemental_magnesium(1.0, salt)
    >>> round(dose.mg, 1), round(dose.mmol, 3), round(dose.meq, 2)
    (98.6, 4.057, 8.11)
    >>> plan = repletion.plan_repletion(mg.SerumMagnesium.of(1.0, "mg/dL"), symptomatic=True,
    ...                                 egfr=25)
    >>> plan.regimens[0].title
    'Severe hypomagnesaemia: slow IV infusion (US label)'
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable, Mapping
from decimal import Context, Decimal
from types import MappingProxyType
from typing import Final

import attrs

from magnesium import units
from magnesium._data import atomic_weights, regimens, salts
from magnesium.errors import DefinitionError, MagnesiumError, UnknownEntryError
from magnesium.serum import SerumMagnesium
from magnesium.sources import Source, Verification, cite, weakest_verification
from magnesium.thresholds import Classification, Status, classify

__all__ = [
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

_CONTEXT: Final = Context(prec=40)
_MG_MOLAR_MASS: Final = Decimal(repr(units.MOLAR_MASS_G_PER_MOL))
_VALENCE: Final = Decimal(units.VALENCE)


# --- errors ---------------------------------------------------------------------------


class InputError(MagnesiumError, ValueError):
    """An argument to a dose conversion or to `plan_repletion` that cannot be used.

    Raised for negative, infinite or NaN amounts, booleans where numbers belong, a
    negative eGFR or weight, and a missing weight where a per-kilogram dose needs it.

    Examples:
        >>> elemental_magnesium(-1, "magnesium oxide")
        Traceback (most recent call last):
        ...
        magnesium.repletion.InputError: -1 is not a usable grams of salt: ...
    """

    def __init__(self, value: object, what: str, expected: str, hint: str) -> None:
        super().__init__(value, expected, hint)
        self.what = what
        self.args = (value, what, expected, hint)

    what: str
    """What the value was meant to be, e.g. ``"eGFR"``."""

    def _lead(self) -> str:
        return f"{self.value!r} is not a usable {self.what}"


class AmbiguousSaltError(UnknownEntryError):
    """A salt name that fits more than one form, e.g. ``"magnesium citrate"``.

    The message lists the forms; the library never guesses which one was meant.

    Examples:
        >>> get_salt("magnesium citrate")
        Traceback (most recent call last):
        ...
        magnesium.repletion.AmbiguousSaltError: 'magnesium citrate' names more than one salt \
form: ...
    """

    def __init__(self, value: object, kind: str, known: Iterable[str]) -> None:
        super().__init__(value, kind, known)
        self.suggestions = ()
        self.hint = "Name one of these forms: their magnesium per gram differs."

    def _lead(self) -> str:
        return f"{self.value!r} names more than one salt form"


def _number(value: object, what: str, *, positive: bool = False) -> float:
    """Return *value* as a finite float >= 0 (> 0 if *positive*), or raise InputError."""
    expected = "a finite number > 0" if positive else "a finite number >= 0"
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise InputError(value, what, expected, "Pass a plain number (int, float or Decimal).")
    try:
        number = float(value)
    except (OverflowError, ValueError):
        number = math.nan
    if not math.isfinite(number) or number < 0 or (positive and number == 0):
        raise InputError(value, what, expected, f"A {what} cannot be negative, zero or NaN.")
    return number + 0.0


# --- formulas -------------------------------------------------------------------------

_TOKEN: Final = re.compile(r"([A-Z][a-z]?)(\d*)|(\()|(\))(\d*)")
_HYDRATE_SPLIT: Final = re.compile(r"[·•.*]")
_LEADING_COUNT: Final = re.compile(r"^(\d+)(.*)$")


def _parse_part(text: str, formula: str) -> dict[str, int]:
    stack: list[dict[str, int]] = [{}]
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise DefinitionError(
                formula, "a chemical formula such as 'MgSO4·7H2O'", f"Cannot read {text!r}."
            )
        element, count, opening, _closing, group_count = match.groups()
        if element:
            stack[-1][element] = stack[-1].get(element, 0) + int(count or 1)
        elif opening:
            stack.append({})
        else:
            if len(stack) == 1:
                raise DefinitionError(formula, "balanced parentheses", "Remove the extra ')'.")
            group = stack.pop()
            for name, number in group.items():
                stack[-1][name] = stack[-1].get(name, 0) + number * int(group_count or 1)
        position = match.end()
    if len(stack) != 1:
        raise DefinitionError(formula, "balanced parentheses", "Close every '('.")
    return stack[0]


def parse_formula(formula: str) -> Mapping[str, int]:
    """Count the atoms of each element in a chemical formula, hydrate water included.

    Parentheses with a count and hydrates joined by ``·``, ``•``, ``.`` or ``*``
    (with a leading count, e.g. ``7H2O``) are understood.

    Raises:
        DefinitionError: If the text is not such a formula (a `ValueError`).

    Examples:
        >>> dict(parse_formula("Mg3(C6H5O7)2·9H2O"))
        {'Mg': 3, 'C': 12, 'H': 28, 'O': 23}
        >>> dict(parse_formula("MgSO4.7H2O"))
        {'Mg': 1, 'S': 1, 'O': 11, 'H': 14}
        >>> parse_formula("Mg(OH")
        Traceback (most recent call last):
        ...
        magnesium.errors.DefinitionError: invalid definition 'Mg(OH': ...
    """
    if not isinstance(formula, str) or not formula.strip():
        raise DefinitionError(formula, "a chemical formula such as 'MgSO4·7H2O'", "Give one.")
    total: dict[str, int] = {}
    for raw in _HYDRATE_SPLIT.split(formula.replace(" ", "")):
        if not raw:
            raise DefinitionError(formula, "a chemical formula such as 'MgSO4·7H2O'", "Fix it.")
        leading = _LEADING_COUNT.match(raw)
        multiplier, body = (int(leading[1]), leading[2]) if leading else (1, raw)
        for element, count in _parse_part(body, formula).items():
            total[element] = total.get(element, 0) + count * multiplier
    return MappingProxyType(total)


def _atomic_weight(element: str, formula: str) -> Decimal:
    if element == "Mg":
        return _MG_MOLAR_MASS
    found = atomic_weights.ATOMIC_WEIGHTS.get(element)
    if found is None:
        raise DefinitionError(
            formula,
            "a formula of the elements " + ", ".join(["Mg", *atomic_weights.ATOMIC_WEIGHTS]),
            f"The library has no cited atomic weight for {element!r}.",
        )
    return Decimal(found[0])


def _molar_mass(composition: Mapping[str, int], formula: str) -> Decimal:
    total = Decimal(0)
    for element, count in composition.items():
        total = _CONTEXT.add(
            total, _CONTEXT.multiply(Decimal(count), _atomic_weight(element, formula))
        )
    return total


# --- values ---------------------------------------------------------------------------


class Route(enum.Enum):
    """How a regimen is given.

    Examples:
        >>> Route("IV"), Route.ORAL.value
        (<Route.IV: 'IV'>, 'oral')
    """

    ORAL = "oral"
    IV = "IV"
    IM = "IM"


@attrs.frozen
class ElementalDose:
    """An amount of elemental magnesium, kept in millimoles.

    ``mg`` and ``meq`` are derived from ``mmol`` with the cited molar mass and the
    valence, so ``meq == 2 * mmol`` and ``mg == 24.305 * mmol`` hold exactly.

    Examples:
        >>> dose = ElementalDose.of(12, "mmol")
        >>> round(dose.mg, 6), dose.meq
        (291.66, 24.0)
        >>> ElementalDose.of(8.12, "mEq").mmol
        4.06
        >>> print(ElementalDose.of(243.05, "mg"))
        243.05 mg = 10 mmol = 20 mEq
    """

    mmol: float
    """The amount in millimoles of Mg."""

    @classmethod
    def of(cls, value: float, unit: str) -> ElementalDose:
        """Build a dose from an amount in ``"mg"``, ``"mmol"`` or ``"mEq"`` of Mg.

        Raises:
            InputError: For a negative or non-finite value.
            UnknownEntryError: For another unit.
        """
        amount = Decimal(repr(_number(value, "amount of magnesium")))
        key = unit.strip().casefold() if isinstance(unit, str) else unit
        if key == "mmol":
            return cls(float(amount))
        if key == "meq":
            return cls(float(_CONTEXT.divide(amount, _VALENCE)))
        if key == "mg":
            return cls(float(_CONTEXT.divide(amount, _MG_MOLAR_MASS)))
        raise UnknownEntryError(unit, "unit of elemental magnesium", ("mg", "mmol", "mEq"))

    @property
    def mg(self) -> float:
        """The amount in milligrams of Mg."""
        return self.mmol * units.MOLAR_MASS_G_PER_MOL

    @property
    def meq(self) -> float:
        """The amount in milliequivalents of Mg2+."""
        return self.mmol * units.VALENCE

    def as_dict(self) -> dict[str, float]:
        """The dose as ``{"mg": ..., "mmol": ..., "meq": ...}``."""
        return {"mg": self.mg, "mmol": self.mmol, "meq": self.meq}

    def __str__(self) -> str:
        return f"{self.mg:.6g} mg = {self.mmol:.6g} mmol = {self.meq:.6g} mEq"


@attrs.frozen
class LabelFigure:
    """What a product label prints for an amount of a salt, beside the computed value.

    Examples:
        >>> figure = get_salt("magnesium oxide").label_figures[0]
        >>> figure.stated, figure.unit, round(figure.computed, 1)
        (241.3, 'mg', 241.2)
        >>> round(figure.difference_percent, 2)
        0.03
    """

    product: str
    """The product whose label prints the figure."""
    salt_grams: float
    """The amount of salt the figure refers to, in grams."""
    stated: float
    """The figure as printed."""
    unit: str
    """``"mg"`` (of Mg), ``"mEq"``, ``"mmol"`` or ``"g/mol"`` (molar mass)."""
    computed: float
    """The same figure computed from the formula."""
    source: Source
    """The label."""
    quote: str
    """The label's words."""

    @property
    def difference_percent(self) -> float:
        """``100 * (stated - computed) / computed``."""
        return 100 * (self.stated - self.computed) / self.computed


def _tuple_of_routes(values: Iterable[Route | str]) -> tuple[Route, ...]:
    return tuple(Route(value) for value in values)


@attrs.frozen(kw_only=True)
class Salt:
    """A magnesium salt in one definite form (hydrate included).

    Molar mass, elemental fraction and mEq per gram are computed from
    [`formula`][magnesium.repletion.Salt.formula]; nothing is copied from a label.

    Examples:
        >>> citrate = get_salt("trimagnesium dicitrate anhydrous")
        >>> citrate.magnesium_atoms, round(citrate.elemental_fraction, 4)
        (3, 0.1616)
        >>> round(get_salt("magnesium oxide").elemental_fraction, 4)
        0.603
    """

    name: str
    """The canonical name, e.g. ``"magnesium sulfate heptahydrate"``."""
    formula: str
    """The chemical formula, hydrate water included, e.g. ``"MgSO4·7H2O"``."""
    group: str
    """The generic name that all forms share, e.g. ``"magnesium citrate"``."""
    synonyms: tuple[str, ...] = ()
    """Other names accepted by [`get_salt`][magnesium.repletion.get_salt]."""
    routes: tuple[Route, ...] = attrs.field(default=(), converter=_tuple_of_routes)
    """Routes by which the salt is given."""
    products: tuple[str, ...] = ()
    """Typical products, as their labels name them."""
    atc_codes: tuple[str, ...] = ()
    """WHO ATC codes, where verified."""
    sources: tuple[Source, ...] = ()
    """Where the formula, routes, products and codes come from."""
    note: str = ""
    """Anything a user should know about this form."""
    label_figures: tuple[LabelFigure, ...] = ()
    """What product labels print, beside the computed values."""

    @property
    def composition(self) -> Mapping[str, int]:
        """Atoms of each element per formula unit (see `parse_formula`)."""
        return parse_formula(self.formula)

    @property
    def magnesium_atoms(self) -> int:
        """Mg atoms per formula unit."""
        return self.composition.get("Mg", 0)

    @property
    def molar_mass_exact(self) -> Decimal:
        """The molar mass in g/mol, as an exact sum of the cited atomic weights."""
        return _molar_mass(self.composition, self.formula)

    @property
    def molar_mass_g_per_mol(self) -> float:
        """The molar mass in g/mol."""
        return float(self.molar_mass_exact)

    @property
    def elemental_fraction(self) -> float:
        """Mass fraction of magnesium: Mg atoms x Ar(Mg) / molar mass."""
        return float(
            _CONTEXT.divide(
                _CONTEXT.multiply(Decimal(self.magnesium_atoms), _MG_MOLAR_MASS),
                self.molar_mass_exact,
            )
        )

    @property
    def mmol_per_gram(self) -> float:
        """Millimoles of Mg in one gram of the salt."""
        return elemental_magnesium(1, self).mmol

    @property
    def meq_per_gram(self) -> float:
        """Milliequivalents of Mg2+ in one gram of the salt."""
        return elemental_magnesium(1, self).meq

    @property
    def verified(self) -> bool:
        """Whether every source of this salt was checked against its primary text."""
        return all(source.verified for source in self.sources)

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of this salt's sources."""
        return weakest_verification(self.sources)


@attrs.frozen(kw_only=True)
class Solution:
    """A solution of a salt whose label states its strength.

    Examples:
        >>> injection = get_solution("magnesium sulfate 50%")
        >>> round(injection.per_ml.meq, 3), injection.label_meq_per_ml
        (4.057, 4.06)
        >>> round(injection.dose(10).mmol, 2)
        20.29
        >>> injection.volume_ml(ElementalDose.of(8.12, "mEq"))
        2.0013
    """

    name: str
    """The name, e.g. ``"magnesium sulfate 50% injection"``."""
    salt: Salt
    """The dissolved salt."""
    mg_salt_per_ml: float
    """Milligrams of salt per millilitre (500 for a 50% w/v solution)."""
    synonyms: tuple[str, ...] = ()
    """Other names accepted by [`get_solution`][magnesium.repletion.get_solution]."""
    label_meq_per_ml: float
    """The mEq/mL the label prints."""
    source: Source
    """The label."""
    quote: str = ""
    """The label's words."""

    @property
    def per_ml(self) -> ElementalDose:
        """The magnesium in one millilitre, computed from the salt's formula."""
        return elemental_magnesium(self.mg_salt_per_ml / 1000, self.salt)

    def dose(self, ml: float) -> ElementalDose:
        """The magnesium in *ml* millilitres."""
        volume = _number(ml, "volume in mL")
        return elemental_magnesium(volume * self.mg_salt_per_ml / 1000, self.salt)

    def volume_ml(self, dose: ElementalDose) -> float:
        """The volume that holds *dose*, in mL, rounded to 4 decimals."""
        return round(salt_grams(dose, self.salt) * 1000 / self.mg_salt_per_ml, 4)


# --- conversions ----------------------------------------------------------------------


def elemental_magnesium(grams: float | Decimal, salt: str | Salt) -> ElementalDose:
    """Return the elemental magnesium in *grams* of a salt.

    Args:
        grams: Grams of the salt, as weighed (hydrate water included).
        salt: A [`Salt`][magnesium.repletion.Salt] or a name for
            [`get_salt`][magnesium.repletion.get_salt].

    Raises:
        InputError: If *grams* is negative, NaN, infinite or not a number.
        UnknownEntryError: If the salt is unknown or ambiguous.

    Examples:
        >>> dose = elemental_magnesium(1, "magnesium sulfate heptahydrate")
        >>> round(dose.mg, 1), round(dose.mmol, 2), round(dose.meq, 2)
        (98.6, 4.06, 8.11)
        >>> round(elemental_magnesium(1, "magnesium sulfate anhydrous").mg, 1)
        201.9
    """
    return _elemental(_number(grams, "grams of salt"), get_salt(salt))


def _elemental(grams: float, salt: Salt) -> ElementalDose:
    mmol = _CONTEXT.divide(
        _CONTEXT.multiply(
            _CONTEXT.multiply(Decimal(repr(grams)), Decimal(1000)), salt.magnesium_atoms
        ),
        salt.molar_mass_exact,
    )
    return ElementalDose(float(mmol))


def salt_grams(dose: ElementalDose, salt: str | Salt) -> float:
    """Return the grams of a salt that contain *dose* of elemental magnesium.

    The inverse of [`elemental_magnesium`][magnesium.repletion.elemental_magnesium].

    Examples:
        >>> round(salt_grams(ElementalDose.of(12, "mmol"), "magnesium oxide"), 4)
        0.4836
        >>> round(salt_grams(ElementalDose.of(400, "mg"), "magnesium citrate (1:1)"), 3)
        3.529
    """
    form = get_salt(salt)
    if not isinstance(dose, ElementalDose):
        raise InputError(dose, "dose", "an ElementalDose", "Build one with ElementalDose.of.")
    mmol = Decimal(repr(_number(dose.mmol, "amount of magnesium")))
    grams = _CONTEXT.divide(
        _CONTEXT.multiply(mmol, form.molar_mass_exact),
        _CONTEXT.multiply(Decimal(1000), form.magnesium_atoms),
    )
    return float(grams)


# --- tables ---------------------------------------------------------------------------


def _norm(text: str) -> str:
    key = " ".join(text.casefold().split()).replace("sulphate", "sulfate")
    return key.replace("•", "·").replace("*", "·")


def _label_figure(row: salts.LabelRow, salt: Salt) -> LabelFigure:
    grams = float(row.salt_grams)
    if row.unit == "g/mol":
        computed = salt.molar_mass_g_per_mol
    else:
        dose = _elemental(grams, salt)
        computed = {"mg": dose.mg, "mmol": dose.mmol, "mEq": dose.meq}[row.unit]
    return LabelFigure(
        product=row.product,
        salt_grams=grams,
        stated=float(row.stated),
        unit=row.unit,
        computed=computed,
        source=cite(row.source),
        quote=row.quote,
    )


def _build_salts() -> Mapping[str, Salt]:
    table: dict[str, Salt] = {}
    for row in salts.SALT_ROWS:
        salt = Salt(
            name=row.name,
            formula=row.formula,
            group=row.group,
            synonyms=row.synonyms,
            routes=row.routes,
            products=row.products,
            atc_codes=row.atc_codes,
            sources=tuple(cite(key) for key in row.sources),
            note=row.note,
        )
        figures = tuple(_label_figure(label, salt) for label in row.labels)
        table[row.name] = attrs.evolve(salt, label_figures=figures)
    return MappingProxyType(table)


SALTS: Final[Mapping[str, Salt]] = _build_salts()
"""Every salt form, by canonical name (read-only)."""


def _names() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    names: dict[str, str] = {}
    groups: dict[str, list[str]] = {}
    for salt in SALTS.values():
        for name in (salt.name, salt.formula, *salt.synonyms):
            names[_norm(name)] = salt.name
        names[_norm(salt.formula.replace("·", "."))] = salt.name
        groups.setdefault(_norm(salt.group), []).append(salt.name)
    ambiguous = {group: tuple(forms) for group, forms in groups.items() if len(forms) > 1}
    for group, forms in groups.items():
        if len(forms) == 1:
            names.setdefault(group, forms[0])
    return names, ambiguous


_SALT_NAMES, _AMBIGUOUS = _names()


def get_salt(name: str | Salt) -> Salt:
    """Return a salt by its name, a synonym (e.g. ``"Epsom salt"``) or its formula.

    Names are matched without regard to case, spacing or the spelling "sulphate".
    A generic name that fits several forms (``"magnesium citrate"``,
    ``"magnesium sulfate"``) raises an error listing them: anhydrous and hydrated
    forms differ up to twofold in magnesium per gram.

    Raises:
        AmbiguousSaltError: If *name* fits more than one form (a `LookupError`).
        UnknownEntryError: If no salt has that name (a `LookupError`).

    Examples:
        >>> get_salt("MAGNESIUM SULPHATE HEPTAHYDRATE").formula
        'MgSO4·7H2O'
        >>> get_salt("Mg(OH)2").name
        'magnesium hydroxide'
        >>> get_salt("magnesium sulfate")
        Traceback (most recent call last):
        ...
        magnesium.repletion.AmbiguousSaltError: 'magnesium sulfate' names more than one \
salt form: expected one of 'magnesium sulfate anhydrous', 'magnesium sulfate heptahydrate'. ...
    """
    if isinstance(name, Salt):
        return name
    key = _norm(name) if isinstance(name, str) else ""
    found = _SALT_NAMES.get(key)
    if found is not None:
        return SALTS[found]
    if key in _AMBIGUOUS:
        raise AmbiguousSaltError(name, "salt", _AMBIGUOUS[key])
    raise UnknownEntryError(name, "salt", SALTS)


def _build_solutions() -> Mapping[str, Solution]:
    return MappingProxyType(
        {
            row.name: Solution(
                name=row.name,
                salt=SALTS[row.salt],
                mg_salt_per_ml=float(row.mg_salt_per_ml),
                synonyms=row.synonyms,
                label_meq_per_ml=float(row.label_meq_per_ml),
                source=cite(row.source),
                quote=row.quote,
            )
            for row in salts.SOLUTION_ROWS
        }
    )


SOLUTIONS: Final[Mapping[str, Solution]] = _build_solutions()
"""Solutions with a labelled strength, by name (read-only)."""


def get_solution(name: str | Solution) -> Solution:
    """Return a solution by name or synonym, e.g. ``"magnesium sulfate 50%"``.

    Raises:
        UnknownEntryError: If no solution has that name (a `LookupError`).

    Examples:
        >>> get_solution("MgSO4 4%").mg_salt_per_ml
        40.0
    """
    if isinstance(name, Solution):
        return name
    key = _norm(name) if isinstance(name, str) else ""
    for solution in SOLUTIONS.values():
        if key in {_norm(solution.name), *map(_norm, solution.synonyms)}:
            return solution
    raise UnknownEntryError(name, "solution", SOLUTIONS)


# --- regimens and limits --------------------------------------------------------------


@attrs.frozen(kw_only=True)
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
    dose_g: float
    """Grams of salt per administration (the upper end of a published range)."""
    dose_min_g: float | None = None
    """The lower end of a published range, if the source gives one."""
    doses: int | None = 1
    """Number of administrations; ``None`` for an open-ended daily regimen."""
    interval_hours: float | None = None
    """Hours between administrations."""
    infusion_minutes: float | None = None
    """The shortest published infusion time of one administration."""
    infusion_max_minutes: float | None = None
    """The longest published infusion time, if a range is given."""
    within_hours: float | None = None
    """A window in which one administration is given (e.g. IM 'within 4 hours')."""
    instructions: str = ""
    """The regimen in the source's words (shortened)."""
    sources: tuple[Source, ...] = ()
    """Where the regimen is published."""
    rate_limit_exempt: bool = False
    """True for resuscitation doses given faster than the label's general IV rate."""
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
        """Grams of salt started in the first *hours* hours of the regimen."""
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


class LimitKind(enum.Enum):
    """What a limit bounds.

    Examples:
        >>> LimitKind("renal").name
        'RENAL'
    """

    RATE = "rate"
    DAILY = "daily"
    RENAL = "renal"
    ORAL_DAILY = "oral-daily"


@attrs.frozen(kw_only=True)
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
    amount: float
    """mg per minute for a rate; grams in ``hours`` otherwise."""
    hours: float | None
    """The window, for an amount."""
    routes: tuple[Route, ...] = attrs.field(converter=_tuple_of_routes)
    """The routes the limit applies to."""
    text: str
    """The limit in words."""
    sources: tuple[Source, ...] = ()
    """Where it is published."""

    @property
    def elemental(self) -> ElementalDose:
        """The limit in elemental magnesium (per minute for a rate, per window otherwise)."""
        grams = self.amount / 1000 if self.kind is LimitKind.RATE else self.amount
        return elemental_magnesium(grams, self.salt)

    def allows(self, regimen: Regimen) -> bool:
        """Whether *regimen* stays within this limit (limits of other routes or salts do)."""
        if regimen.route not in self.routes or regimen.salt != self.salt:
            return True
        if self.kind is LimitKind.RATE:
            rate = regimen.max_rate_mg_per_min
            return regimen.rate_limit_exempt or rate is None or rate <= self.amount
        return regimen.grams_within(self.hours or 24) <= self.amount


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
    if severe_renal and row.renal_factor is not None:
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
    )


# --- plans ----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
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

    classification: Classification
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


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(value, name, "True or False", f"Pass {name}=True or {name}=False.")
    return value


def _optional(value: object, name: str, *, positive: bool = False) -> float | None:
    return None if value is None else _number(value, name, positive=positive)


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


def plan_repletion(  # noqa: C901, PLR0912, PLR0913, PLR0915 (one decision table, kept in one place)
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
) -> RepletionPlan:
    """List the published magnesium regimens for a patient situation.

    The level is classified with [`classify`][magnesium.thresholds.classify] (the
    default set unless *threshold_set* is given). Among low levels, CTCAE grade 2 or
    worse (< 1.2 mg/dL, < 0.5 mmol/L; DynaMed's level below which symptoms usually
    begin) or any symptom counts as severe, for which the label's IV and IM regimens
    apply; milder, asymptomatic deficiency gets oral magnesium oxide first when the
    oral route is available. Torsades de pointes is an indication whatever the level
    (AHA), cardiac arrest only with torsades or a low level. A high level never gets
    magnesium. Children (age < 18) get only the per-kg PALS dose for torsades.

    Args:
        level: The serum magnesium (a `SerumMagnesium` or text such as ``"1.0 mg/dL"``).
        symptomatic: Tetany, seizures, arrhythmia or other symptoms of deficiency.
        torsades: Torsades de pointes.
        cardiac_arrest: Cardiac arrest.
        egfr: eGFR in mL/min/1.73 m2, if known; < 30 applies the label's renal cap.
        weight_kg: Body weight, needed for per-kg doses.
        age_years: Age; ``None`` is read as an adult.
        oral_route_available: Whether the patient can take and absorb oral magnesium.
        hypokalemia: Concurrent hypokalaemia.
        hypocalcemia: Concurrent hypocalcaemia.
        short_bowel: Short bowel syndrome or a high-output stoma.
        threshold_set: The threshold set that decides whether the level is low.

    Returns:
        A frozen [`RepletionPlan`][magnesium.repletion.RepletionPlan].

    Raises:
        InputError: For a negative eGFR, weight or age, a non-boolean flag, or a child
            with torsades and no weight.
        ImplausibleValueError, UnitError, ParseError: For a level that cannot be read.

    Examples:
        >>> import magnesium as mg
        >>> plan = plan_repletion(mg.SerumMagnesium.of(1.5, "mg/dL"))
        >>> [regimen.key for regimen in plan.regimens]
        ['nhs-highland-oral-aspartate', 'oral-magnesium-oxide', 'label-mild-im']
        >>> plan = plan_repletion(mg.SerumMagnesium.of(2.0, "mg/dL"), torsades=True)
        >>> plan.regimens[0].key, plan.regimens[0].route.value
        ('aha-torsades-pulse', 'IV')
        >>> plan_repletion(mg.SerumMagnesium.of(3.5, "mg/dL"), torsades=True).regimens
        ()
    """
    flags = {
        name: _flag(value, name)
        for name, value in (
            ("symptomatic", symptomatic),
            ("torsades", torsades),
            ("cardiac_arrest", cardiac_arrest),
            ("oral_route_available", oral_route_available),
            ("hypokalemia", hypokalemia),
            ("hypocalcemia", hypocalcemia),
            ("short_bowel", short_bowel),
        )
    }
    kidney = _optional(egfr, "eGFR")
    weight = _optional(weight_kg, "weight_kg", positive=True)
    age = _optional(age_years, "age_years")
    result = classify(level, threshold_set)
    grade = classify(result.level, "ctcae-v5").grade
    status = result.status
    child = age is not None and age < regimens.PAEDIATRIC_BELOW_YEARS
    severe_renal = kidney is not None and kidney < regimens.SEVERE_RENAL_EGFR
    set_name = result.threshold_set.name

    keys: list[str] = []
    warnings: list[str] = []
    monitoring: list[str] = []
    co_management: list[str] = []
    source_keys: list[str] = []
    low = status is Status.LOW
    severe = low and (flags["symptomatic"] or (grade is not None and grade >= 2))

    if status is Status.HIGH:
        reason = f"Serum magnesium is high by {set_name}: magnesium must not be given" + (
            ", torsades de pointes included." if flags["torsades"] else "."
        )
        warnings.append(
            "Hypermagnesaemia: give no magnesium; look for its cause and check kidney function."
        )
        if flags["torsades"] or flags["cardiac_arrest"]:
            warnings.append(
                "Torsades or arrest with a high serum magnesium: magnesium is not offered; "
                "treat by other means."
            )
    else:
        urgent = flags["torsades"] or (flags["cardiac_arrest"] and low)
        if urgent:
            if child:
                keys.append("pals-torsades")
            elif flags["cardiac_arrest"]:
                keys.append("aha-cardiac-arrest")
            else:
                keys.append("aha-torsades-pulse")
        elif flags["cardiac_arrest"]:
            warnings.append(
                "Cardiac arrest without torsades and with a level that is not low: the AHA "
                "recommends magnesium in arrest only for torsades or suspected "
                "hypomagnesaemia."
            )
            source_keys.append("aha-ecc-handbook-2020")
        if low and child:
            warnings.append(
                "No paediatric repletion regimen is modelled: the label's doses are adult "
                "doses. Use paediatric guidance."
            )
        elif severe:
            keys.extend(("label-severe-iv", "nhs-highland-severe-iv"))
            if weight is None:
                warnings.append(
                    "The label's IM option for severe deficiency (250 mg/kg within 4 hours) "
                    "needs weight_kg and is not listed."
                )
            elif severe_renal:
                warnings.append(
                    "The label's per-kg IM option is left out in severe renal insufficiency."
                )
            else:
                keys.append("label-severe-im")
        elif low:
            if flags["oral_route_available"] and flags["short_bowel"]:
                keys.append("short-bowel-magnesium-oxide")
            elif flags["oral_route_available"]:
                keys.extend(("nhs-highland-oral-aspartate", "oral-magnesium-oxide"))
            keys.append("label-mild-im")
        if not low and not urgent:
            reason = (
                f"Serum magnesium is not low by {set_name} and there is no torsades de "
                "pointes: no repletion regimen is indicated."
            )
        elif low and child and not urgent:
            reason = f"Serum magnesium is low by {set_name}, in a child."
        else:
            parts = []
            if urgent:
                parts.append("torsades de pointes" if flags["torsades"] else "cardiac arrest")
            if low:
                parts.append(
                    "severe or symptomatic deficiency (symptoms, or CTCAE grade >= 2)"
                    if severe
                    else "mild, asymptomatic deficiency"
                )
            reason = f"Serum magnesium is {status.value} by {set_name}; " + " and ".join(parts)
            reason += "."

    built: list[Regimen] = []
    for key in keys:
        if key == "pals-torsades" and weight is None:
            raise InputError(
                None,
                "weight_kg",
                "a body weight in kg for a child",
                "Paediatric magnesium for torsades is dosed per kg (PALS): pass weight_kg.",
            )
        built.append(_regimen(key, weight, severe_renal=severe_renal))

    limit_keys: list[str] = []
    parenteral = any(regimen.route is not Route.ORAL for regimen in built)
    if any(regimen.route is Route.IV for regimen in built):
        limit_keys.append("label-max-rate")
    if parenteral:
        limit_keys.append("label-max-daily")
        if severe_renal:
            limit_keys.append("label-renal-cap")
    if any(regimen.salt.name == "magnesium oxide" for regimen in built):
        limit_keys.append("otc-oxide-max-daily")
    limits = tuple(_limit(key) for key in limit_keys)

    fitted: list[Regimen] = []
    for regimen in built:
        current = regimen
        for limit in limits:
            if limit.kind is LimitKind.RATE or limit.allows(current):
                continue
            per_window = current.grams_within(limit.hours or 24) / current.dose_g
            capped = limit.amount / per_window
            current = attrs.evolve(
                current,
                dose_g=capped,
                dose_min_g=None if current.dose_min_g is None else min(current.dose_min_g, capped),
                notes=(*current.notes, f"reduced to {capped:.4g} g to stay within: {limit.text}"),
            )
            warnings.append(f"{current.title}: dose reduced to stay within a limit ({limit.key}).")
        fitted.append(current)

    if built:  # every non-empty plan holds a parenteral option
        monitoring.extend((_MONITOR_REFLEX, _MONITOR_VITALS, _MONITOR_CALCIUM, _MONITOR_SERUM))
        source_keys.extend(("nhs-highland-hypomagnesaemia", "emc-mgso4-50-smpc"))
        source_keys.append("fda-label-mgso4-injection")
        if kidney is None:
            warnings.append(
                "Kidney function not given: magnesium is excreted almost entirely by the "
                "kidneys, and the label's cap in severe renal insufficiency could not be "
                "checked. Check kidney function before giving magnesium."
            )
        elif severe_renal:
            warnings.append(
                f"eGFR {kidney:g} < {regimens.SEVERE_RENAL_EGFR}: the label's cap of 20 g of "
                "magnesium sulfate in 48 hours applies; monitor serum magnesium. Ask a doctor "
                "before oral magnesium with kidney disease (OTC label)."
            )
            source_keys.append("kdigo-2012-ckd")
    if low and (flags["hypokalemia"] or flags["hypocalcemia"]):
        which = " and ".join(
            name
            for name, present in (
                ("hypokalaemia", flags["hypokalemia"]),
                ("hypocalcaemia", flags["hypocalcemia"]),
            )
            if present
        )
        co_management.append(
            f"Treat the {which} alongside the magnesium deficiency and recheck them after "
            f"magnesium is given. {_ASSOCIATION}"
        )
        source_keys.append("dailymed-mgso4-50-fresenius")
    if low and flags["short_bowel"]:
        co_management.append(
            "Short bowel: correct water and sodium depletion first (secondary "
            "hyperaldosteronism increases renal magnesium loss), then give oral magnesium "
            "at night (BSG guideline)."
        )
        source_keys.append("nightingale-2006-short-bowel")

    sources: dict[str, Source] = {source.key: source for source in result.sources}
    for regimen in fitted:
        sources.update((source.key, source) for source in regimen.sources)
    for limit in limits:
        sources.update((source.key, source) for source in limit.sources)
    for key in source_keys:
        sources[key] = cite(key)
    unverified = sorted(
        f"{key} ({source.verification.label})"
        for key, source in sources.items()
        if not source.verified
    )
    if unverified:
        warnings.append(
            "Some figures come from sources not verified against their primary text "
            "(read only in secondary summaries, or not confirmed): " + ", ".join(unverified) + "."
        )
    return RepletionPlan(
        classification=result,
        regimens=tuple(fitted),
        limits=limits,
        monitoring=tuple(monitoring),
        co_management=tuple(co_management),
        warnings=tuple(dict.fromkeys(warnings)),
        reason=reason,
        sources=tuple(sources.values()),
    )
