"""Magnesium salts: formulas, molar masses, solutions and dose conversions, with their sources.

Dosing errors with magnesium come from unit and salt confusion: mEq against mmol
(a factor of 2), anhydrous against hydrated salts (magnesium sulfate heptahydrate
carries half the magnesium per gram of the anhydrous salt), and salt names given
without their form. This module therefore computes every elemental amount from the
salt's chemical formula, the cited standard atomic weights,
[`MOLAR_MASS_G_PER_MOL`][magnesium.units.MOLAR_MASS_G_PER_MOL] and
[`VALENCE`][magnesium.units.VALENCE], and keeps what product labels print beside
the computed figure, never instead of it. Regimens and repletion plans are in
[`magnesium.repletion`][magnesium.repletion].

Examples:
    >>> from magnesium import salts
    >>> salt = salts.get_salt("Epsom salt")
    >>> salt.name, salt.formula, round(salt.molar_mass_g_per_mol, 3)
    ('magnesium sulfate heptahydrate', 'MgSO4·7H2O', 246.466)
    >>> dose = salts.elemental_magnesium(1.0, salt)
    >>> round(dose.mg, 1), round(dose.mmol, 3), round(dose.meq, 2)
    (98.6, 4.057, 8.11)
    >>> round(salts.salt_grams(salts.ElementalDose.of(20, "mmol"), "MgSO4·7H2O"), 3)
    4.929
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable, Mapping
from decimal import Context, Decimal
from typing import Final

import attrs

from magnesium import _show, plausibility, units
from magnesium._data import atomic_weights
from magnesium._data import salts as _salt_data
from magnesium._fields import checked, plausible
from magnesium._frozen import FrozenMapping
from magnesium.errors import (  # the errors live in errors.py; re-exported here
    AmbiguousSaltError,
    ArgumentTypeError,
    DefinitionError,
    InputError,
    MagnesiumError,
    UnknownEntryError,
)
from magnesium.sources import Source, Verification, cite, weakest_verification

__all__ = [
    "SALTS",
    "SOLUTIONS",
    "AmbiguousSaltError",
    "ElementalDose",
    "InputError",
    "LabelFigure",
    "Route",
    "Salt",
    "Solution",
    "elemental_magnesium",
    "get_salt",
    "get_solution",
    "parse_formula",
    "salt_grams",
]

_CONTEXT: Final = Context(prec=40)
_MG_MOLAR_MASS: Final = Decimal(repr(units.MOLAR_MASS_G_PER_MOL))
_VALENCE: Final = Decimal(units.VALENCE)


def _input_error(what: str) -> plausibility.ErrorFactory:
    """An error factory for `plausibility` that raises InputError about *what*."""

    def build(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
        return InputError(
            value, what, expected if name in expected else f"{name}: {expected}", hint
        )

    return build


def _number(value: object, what: str, quantity: str, *, name: str | None = None) -> float:
    """Return *value* as a float in the plausible range of *quantity*, or raise InputError.

    *what* names the value in the message ("grams of salt"), *name* is the argument.
    """
    return plausibility.check(value, name or quantity, quantity, error=_input_error(what))


# --- formulas -------------------------------------------------------------------------

_TOKEN: Final = re.compile(r"([A-Z][a-z]?)(\d*)|(\()|(\))(\d*)")
_HYDRATE_SPLIT: Final = re.compile(r"[·•.*]")
_LEADING_COUNT: Final = re.compile(r"^(\d+)(.*)$")


_MAX_COUNT_DIGITS: Final = 4


def _count(digits: str, formula: str) -> int:
    """An atom or group count of at most four digits ('' is 1)."""
    if len(digits) > _MAX_COUNT_DIGITS:
        raise DefinitionError(
            formula,
            "counts of at most 4 digits in a chemical formula",
            "Check the numbers in the formula.",
        )
    return int(digits or 1)


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
            stack[-1][element] = stack[-1].get(element, 0) + _count(count, formula)
        elif opening:
            stack.append({})
        else:
            if len(stack) == 1:
                raise DefinitionError(formula, "balanced parentheses", "Remove the extra ')'.")
            group = stack.pop()
            for name, number in group.items():
                stack[-1][name] = stack[-1].get(name, 0) + number * _count(group_count, formula)
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
    if not isinstance(formula, str):
        raise ArgumentTypeError(
            plausibility.shown(formula),
            "a chemical formula as text, such as 'MgSO4·7H2O'",
            "Pass a string.",
        )
    if not formula.strip():
        raise DefinitionError(formula, "a chemical formula such as 'MgSO4·7H2O'", "Give one.")
    total: dict[str, int] = {}
    for raw in _HYDRATE_SPLIT.split(formula.replace(" ", "")):
        if not raw:
            raise DefinitionError(formula, "a chemical formula such as 'MgSO4·7H2O'", "Fix it.")
        leading = _LEADING_COUNT.match(raw)
        multiplier, body = (_count(leading[1], formula), leading[2]) if leading else (1, raw)
        for element, count in _parse_part(body, formula).items():
            total[element] = total.get(element, 0) + count * multiplier
    return FrozenMapping(total)


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


_UNIT_NAMES: Final = {"mmol": "mmol", "meq": "mEq", "mg": "mg"}


def _mmol(value: object) -> float:
    return _number(value, "amount of magnesium", "elemental_mmol", name="mmol")


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

    mmol: float = attrs.field(converter=_mmol)
    """The amount in millimoles of Mg."""

    @classmethod
    def of(cls, value: float, unit: str) -> ElementalDose:
        """Build a dose from an amount in ``"mg"``, ``"mmol"`` or ``"mEq"`` of Mg.

        Raises:
            InputError: For a negative, non-finite or implausible value (above
                50,000 mmol, the ``elemental_mmol`` range, in the unit given).
            ArgumentTypeError: For a non-number.
            UnknownEntryError: For another unit.
        """
        key = unit.strip().casefold() if isinstance(unit, str) else ""
        per_mmol = {"mmol": Decimal(1), "meq": _VALENCE, "mg": _MG_MOLAR_MASS}.get(key)
        if per_mmol is None:
            raise UnknownEntryError(
                plausibility.shown(unit), "unit of elemental magnesium", ("mg", "mmol", "mEq")
            )
        error = _input_error("amount of magnesium")
        amount = Decimal(repr(plausibility.real(value, "value", error=error)))
        mmol = float(_CONTEXT.divide(amount, per_mmol))
        bounds = plausibility.PLAUSIBLE_RANGES["elemental_mmol"]
        if not bounds.contains(mmol):
            upper = float(_CONTEXT.multiply(Decimal(bounds.upper), per_mmol))
            raise error(
                value,
                "value",
                f"a number in [0, {upper:g}] {_UNIT_NAMES[key]}",
                f"Check the amount and its unit. {bounds.rationale}",
            )
        return cls(mmol)

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

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _comparable(figure: LabelFigure, _attribute: object, computed: float) -> None:
    """The computed figure must be > 0, and its difference from the stated one finite."""
    if not computed > 0 or not math.isfinite(figure.difference_percent):
        raise DefinitionError(
            computed,
            "a computed figure > 0 whose difference from the stated figure is finite "
            "for LabelFigure(computed=...)",
            "Fix the figure.",
        )


@attrs.frozen(field_transformer=checked)
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
    salt_grams: float = attrs.field(validator=plausible("grams"))
    """The amount of salt the figure refers to, in grams."""
    stated: float
    """The figure as printed."""
    unit: str
    """``"mg"`` (of Mg), ``"mEq"``, ``"mmol"`` or ``"g/mol"`` (molar mass)."""
    computed: float = attrs.field(validator=_comparable)
    """The same figure computed from the formula (> 0)."""
    source: Source
    """The label."""
    quote: str
    """The label's words."""

    @property
    def difference_percent(self) -> float:
        """``100 * (stated - computed) / computed``."""
        return 100 * (self.stated - self.computed) / self.computed

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _tuple_of_routes(values: Iterable[Route | str]) -> tuple[Route, ...]:
    return tuple(_route(value) for value in values)


def _route(value: object) -> Route:
    if isinstance(value, Route):
        return value
    known = {route.value: route for route in Route}
    if isinstance(value, str) and value in known:
        return known[value]
    raise UnknownEntryError(plausibility.shown(value), "route", known)


@attrs.frozen(kw_only=True, field_transformer=checked)
class Salt:
    """A magnesium salt in one definite form (hydrate included).

    Molar mass, elemental fraction and mEq per gram are computed from
    [`formula`][magnesium.salts.Salt.formula]; nothing is copied from a label.

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
    """Other names accepted by [`get_salt`][magnesium.salts.get_salt]."""
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

    def __attrs_post_init__(self) -> None:
        composition = parse_formula(self.formula)  # DefinitionError for a bad formula
        if composition.get("Mg", 0) < 1:
            raise DefinitionError(
                self.formula, "a formula with magnesium in it", f"Fix the formula of {self.name!r}."
            )
        _molar_mass(composition, self.formula)  # DefinitionError for an element without weight

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

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _strength(value: object, name: str) -> float:
    """A solution's strength: a finite number > 0, at most 1000 (mg or mEq per mL)."""
    number = plausibility.real(value, name, error=_input_error("strength of a solution"))
    if not 0 < number <= _MAX_STRENGTH:
        raise InputError(
            value,
            "strength of a solution",
            f"{name}: a number in (0, {_MAX_STRENGTH}]",
            "A solution holds less than a gram of salt per millilitre.",
        )
    return number


_MAX_STRENGTH: Final = 1000


def _salt_strength(value: object) -> float:
    return _strength(value, "mg_salt_per_ml")


def _label_strength(value: object) -> float:
    return _strength(value, "label_meq_per_ml")


@attrs.frozen(kw_only=True, field_transformer=checked)
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
    mg_salt_per_ml: float = attrs.field(converter=_salt_strength)
    """Milligrams of salt per millilitre (500 for a 50% w/v solution)."""
    synonyms: tuple[str, ...] = ()
    """Other names accepted by [`get_solution`][magnesium.salts.get_solution]."""
    label_meq_per_ml: float = attrs.field(converter=_label_strength)
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
        """The magnesium in *ml* millilitres (at most 2000 mL, the ``ml`` range)."""
        volume = _number(ml, "volume in mL", "ml")
        return elemental_magnesium(volume * self.mg_salt_per_ml / 1000, self.salt)

    def volume_ml(self, dose: ElementalDose) -> float:
        """The volume that holds *dose*, in mL, rounded to 4 decimals."""
        return round(salt_grams(dose, self.salt) * 1000 / self.mg_salt_per_ml, 4)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


# --- conversions ----------------------------------------------------------------------


def elemental_magnesium(grams: float | Decimal, salt: str | Salt) -> ElementalDose:
    """Return the elemental magnesium in *grams* of a salt.

    Args:
        grams: Grams of the salt, as weighed (hydrate water included).
        salt: A [`Salt`][magnesium.salts.Salt] or a name for
            [`get_salt`][magnesium.salts.get_salt].

    Raises:
        InputError: If *grams* is negative, NaN, infinite or above 1000 g (the
            ``grams`` range of [`PLAUSIBLE_RANGES`][magnesium.plausibility.PLAUSIBLE_RANGES]).
        ArgumentTypeError: If *grams* is not a number.
        UnknownEntryError: If the salt is unknown or ambiguous.

    Examples:
        >>> dose = elemental_magnesium(1, "magnesium sulfate heptahydrate")
        >>> round(dose.mg, 1), round(dose.mmol, 2), round(dose.meq, 2)
        (98.6, 4.06, 8.11)
        >>> round(elemental_magnesium(1, "magnesium sulfate anhydrous").mg, 1)
        201.9
    """
    return _elemental(_number(grams, "grams of salt", "grams"), get_salt(salt))


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

    The inverse of [`elemental_magnesium`][magnesium.salts.elemental_magnesium].

    Examples:
        >>> round(salt_grams(ElementalDose.of(12, "mmol"), "magnesium oxide"), 4)
        0.4836
        >>> round(salt_grams(ElementalDose.of(400, "mg"), "magnesium citrate (1:1)"), 3)
        3.529
    """
    form = get_salt(salt)
    if not isinstance(dose, ElementalDose):
        raise InputError(
            plausibility.shown(dose), "dose", "an ElementalDose", "Build one with ElementalDose.of."
        )
    mmol = Decimal(repr(dose.mmol))
    grams = _CONTEXT.divide(
        _CONTEXT.multiply(mmol, form.molar_mass_exact),
        _CONTEXT.multiply(Decimal(1000), form.magnesium_atoms),
    )
    return float(grams)


# --- tables ---------------------------------------------------------------------------


def _norm(text: str) -> str:
    key = " ".join(text.casefold().split()).replace("sulphate", "sulfate")
    return key.replace("•", "·").replace("*", "·")


def _label_figure(row: _salt_data.LabelRow, salt: Salt) -> LabelFigure:
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
    for row in _salt_data.SALT_ROWS:
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
    return FrozenMapping(table)


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
        magnesium.errors.AmbiguousSaltError: 'magnesium sulfate' names more than one \
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
    raise UnknownEntryError(plausibility.shown(name), "salt", SALTS)


def _build_solutions() -> Mapping[str, Solution]:
    return FrozenMapping(
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
            for row in _salt_data.SOLUTION_ROWS
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
    raise UnknownEntryError(plausibility.shown(name), "solution", SOLUTIONS)
