"""Units of serum magnesium: the accepted units, their factors, and pint at the edges.

A serum magnesium concentration is reported in one of three kinds of unit:

* **amount** of substance per volume: mmol/L (SI), umol/L;
* **charge equivalents** per volume: mEq/L. Mg2+ carries two charges, so
  1 mmol = 2 mEq ([`VALENCE`][magnesium.units.VALENCE]);
* **mass** per volume: mg/dL (the US convention), mg/100 mL (the same unit,
  older spelling), mg/L. 1 mmol of Mg weighs 24.305 mg
  ([`MOLAR_MASS_G_PER_MOL`][magnesium.units.MOLAR_MASS_G_PER_MOL]).

Every factor is derived from those two constants; none is typed in rounded.
Unit strings are matched case-insensitively and without regard to spaces
(``"MG/DL"``, ``"mmol/l"``, ``"meq/L"``, ``"µmol/L"``), as in UCUM's
case-insensitive form: none of the accepted spellings has another reading in
clinical chemistry. Anything else raises [`UnitError`][magnesium.errors.UnitError].

`pint` is used only at the edges: for a `pint.Quantity[float]` coming in (from any
registry, the caller's own included) and for quantities going out. The
library's registry is built on first use, never on import, and building it is
safe when several threads ask at once.

Examples:
    >>> from magnesium import units
    >>> units.convert(1.8, "mg/dL", "mmol/L")
    0.740588356305287
    >>> units.convert(4, "mEq/L", "mmol/L")
    2.0
    >>> units.ACCEPTED_UNITS
    ('mmol/L', 'mg/dL', 'mEq/L', 'mg/L', 'mg/100 mL', 'umol/L')
"""

from __future__ import annotations

import functools
import math
import re
import sys
import threading
from decimal import Context, Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from magnesium.errors import (
    ArgumentTypeError,
    ImplausibleValueError,
    LabUnitError,
    LabValueError,
    UnitError,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import pint
    from pint.facets.plain import PlainQuantity
    from pint.registry import Quantity

__all__ = [
    "ACCEPTED_UNITS",
    "MAX_TEXT_LENGTH",
    "MAX_UNIT_TEXT_LENGTH",
    "MOLAR_MASS_G_PER_MOL",
    "PLAUSIBILITY_CEILING_MMOL_PER_L",
    "PLAUSIBILITY_FLOOR_MMOL_PER_L",
    "VALENCE",
    "canonical_unit",
    "convert",
    "factor",
    "quantity",
    "registry",
]

MOLAR_MASS_G_PER_MOL: Final = 24.305
"""Molar mass of magnesium in g/mol: the CIAAW conventional atomic weight of Mg.

The standard atomic weight is the interval [24.304, 24.307]; 24.305 is the
conventional value for use where a single number is needed (source key
``"ciaaw-magnesium"``). With the molar mass constant of 1 g/mol (exact to
better than 1e-9 since the 2019 SI), 1 mmol of Mg is 24.305 mg.
"""

VALENCE: Final = 2
"""Charge number of the magnesium ion Mg2+: 1 mmol = 2 mEq.

A clinical milliequivalent is the amount that carries one millimole of charge,
so for a divalent ion it is half a millimole. UCUM defines ``eq`` as one mole
(source key ``"ucum"``), which is why this library does not convert mEq with
UCUM or pint rules.
"""

PLAUSIBILITY_CEILING_MMOL_PER_L: Final = 20.0
"""The largest serum magnesium value accepted, in mmol/L (48.6 mg/dL, 40 mEq/L).

A library guard against unit mix-ups (a mg/L or umol/L number entered as
mmol/L), not a clinical threshold: it is a policy of this library, set far above
the highest grade of hypermagnesaemia in the threshold sets (CTCAE grade 4,
above 3.30 mmol/L), and it carries no citation.
"""

PLAUSIBILITY_FLOOR_MMOL_PER_L: Final = 0.0
"""The smallest serum magnesium value accepted, in mmol/L: zero, included.

A library policy, like the ceiling: values below zero, NaN and infinities are
refused; zero itself is accepted and falls in the lowest band of every threshold
set (the bands start at 0, included). The library does not guess whether a 0 in
a data feed is a measurement or a placeholder for a missing result: mark
missing results as NaN or ``None`` in a column ([`magnesium.arrays`][magnesium.arrays]
keeps them missing), and do not build a level from them.
"""

MAX_TEXT_LENGTH: Final = 256
"""The longest text [`SerumMagnesium.parse`][magnesium.serum.SerumMagnesium.parse] reads.

A laboratory result ("0.74 mmol/L") is a dozen characters; 256 leaves room for
the padding of a fixed-width export. Longer text is refused with a
[`ParseError`][magnesium.errors.ParseError] before any pattern runs, and parsing
takes time linear in the length of the text in any case.
"""

MAX_UNIT_TEXT_LENGTH: Final = 64
"""The longest unit text [`quantity`][magnesium.units.quantity] hands to pint."""

UnitKind = Literal["amount", "mass"]


@attrs.frozen
class _Scale:
    """value [unit] * multiply / divide = value [mmol/L], in exact decimal arithmetic."""

    multiply: Decimal
    divide: Decimal
    kind: UnitKind
    pint: str
    """How pint spells the unit (pint has no mg/100 mL: it is mg/dL)."""


_CONTEXT: Final = Context(prec=40)  # private: the caller's decimal context never applies
_MOLAR_MASS: Final = Decimal(str(MOLAR_MASS_G_PER_MOL))  # mg per mmol, exactly as cited
_ONE: Final = Decimal(1)

_SCALES: Final[Mapping[str, _Scale]] = MappingProxyType(
    {
        "mmol/L": _Scale(_ONE, _ONE, "amount", "mmol/L"),
        "mg/dL": _Scale(Decimal(10), _MOLAR_MASS, "mass", "mg/dL"),  # 1 dL = 0.1 L
        "mEq/L": _Scale(_ONE, Decimal(VALENCE), "amount", "mEq/L"),
        "mg/L": _Scale(_ONE, _MOLAR_MASS, "mass", "mg/L"),
        "mg/100 mL": _Scale(Decimal(10), _MOLAR_MASS, "mass", "mg/dL"),
        "umol/L": _Scale(_ONE, Decimal(1000), "amount", "umol/L"),
    }
)

ACCEPTED_UNITS: Final[tuple[str, ...]] = tuple(_SCALES)
"""The accepted unit spellings, canonical form; UCUM's ``meq/L`` is read as mEq/L."""


def _key(text: str) -> str:
    return "".join(text.split()).casefold().replace("\u00b5", "u").replace("\u03bc", "u")


_SPELLINGS: Final[Mapping[str, str]] = MappingProxyType(
    {_key(unit): unit for unit in ACCEPTED_UNITS}
)


def _ratio(source: _Scale, target: _Scale) -> tuple[int, int]:
    """The exact factor from *source* to *target* as a reduced integer fraction."""
    top_n, top_d = (source.multiply * target.divide).as_integer_ratio()
    bottom_n, bottom_d = (source.divide * target.multiply).as_integer_ratio()
    numerator, denominator = top_n * bottom_d, top_d * bottom_n
    common = math.gcd(numerator, denominator)
    return numerator // common, denominator // common


_RATIOS: Final[Mapping[tuple[str, str], tuple[int, int]]] = MappingProxyType(
    {
        (source, target): _ratio(_SCALES[source], _SCALES[target])
        for source in _SCALES
        for target in _SCALES
    }
)


def factor(from_unit: str, to_unit: str) -> float:
    """Return the factor from one accepted unit to another, as the nearest float.

    The factor is exact as a fraction (from the molar mass and valence) and
    rounded once; [`convert`][magnesium.units.convert] does not use it, as it
    rounds the exact product of value and factor instead.

    Examples:
        >>> factor("mmol/L", "mEq/L")
        2.0
        >>> factor("mg/dL", "mmol/L") == 10 / 24.305
        True
    """
    numerator, denominator = _RATIOS[canonical_unit(from_unit), canonical_unit(to_unit)]
    return numerator / denominator


_ACCEPTED_TEXT: Final = ", ".join(ACCEPTED_UNITS) + " (case-insensitive; meq/L = mEq/L)"


def canonical_unit(unit: str) -> str:
    """Return the canonical spelling of an accepted unit.

    Args:
        unit: A unit string such as ``"MG/DL"`` or ``"meq/l"``.

    Raises:
        UnitError: If *unit* is not one of the accepted units (a `ValueError`).

    Examples:
        >>> canonical_unit(" mmol/l ")
        'mmol/L'
        >>> canonical_unit("MEQ/L")
        'mEq/L'
        >>> canonical_unit("µmol/L")
        'umol/L'
        >>> canonical_unit("g")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnitError: 'g' is not an accepted unit of serum magnesium: ...
    """
    if isinstance(unit, str):
        if unit in _SCALES:
            return unit
        found = _SPELLINGS.get(_key(unit))
        if found is not None:
            return found
    raise UnitError(
        unit,
        _ACCEPTED_TEXT,
        "Give one of these units as a string, or pass a pint Quantity "
        "with a unit of concentration.",
    )


def unit_kind(unit: str) -> UnitKind:
    """Return whether an accepted unit measures ``"mass"`` or ``"amount"`` per volume.

    Charge equivalents count as amount: mEq converts to mmol by the valence alone.

    Examples:
        >>> unit_kind("mg/L"), unit_kind("mEq/L")
        ('mass', 'amount')
    """
    return _SCALES[canonical_unit(unit)].kind


def rescale(value: float, source: str, target: str) -> float:
    """Convert a checked value between canonical units (no validation), rounding once.

    The value is read as the decimal number it prints as, multiplied exactly by
    the ratio of the two units' factors, and rounded once to the nearest float.
    Converting a value to its own unit returns it unchanged.

    Examples:
        >>> rescale(1.3, "mEq/L", "mmol/L")
        0.65
        >>> rescale(0.70, "mmol/L", "mg/dL")
        1.70135
    """
    if source == target:
        return value
    numerator, denominator = _RATIOS[source, target]
    if 0.0 <= value < _SHORT_BELOW:  # the common case: at most four decimals, as labs report
        scaled = round(value * _SHORT_SCALE)
        if scaled / _SHORT_SCALE == value:  # int / int is correctly rounded: a round trip
            return scaled * numerator / (denominator * _SHORT_SCALE)
    text = repr(value)
    point = text.find(".")
    if point < 0 or "e" in text:  # an int, or a float printed with an exponent
        digits, exponent = _decimal_parts(text)
    else:
        digits, exponent = int(text[:point] + text[point + 1 :]), point + 1 - len(text)
    if exponent >= 0:
        return digits * _POWERS_OF_TEN[exponent] * numerator / denominator
    # int / int is correctly rounded in CPython: the one rounding of the result
    return digits * numerator / (denominator * _POWERS_OF_TEN[-exponent])


_SHORT_SCALE: Final = 10_000
_SHORT_BELOW: Final = 1e6
"""Below 1e6 a float is spaced far closer than 1e-4, so a decimal of at most four places
that rounds to it is the only one, and so the one it prints as (its shortest decimal)."""

_POWERS_OF_TEN: Final[tuple[int, ...]] = tuple(10**exponent for exponent in range(400))


def _decimal_parts(text: str) -> tuple[int, int]:
    """Return (digits, exponent) such that the number *text* is digits * 10**exponent."""
    mantissa, _, power = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    return int(whole + fraction), (int(power) if power else 0) - len(fraction)


def exact_ratio(value: float, source: str, target: str) -> tuple[int, int]:
    """Return *value* (read as the decimal it prints as) in *target* as an exact fraction.

    The same number as [`exact_in`][magnesium.units.exact_in], unrounded, as
    ``(numerator, denominator)``: a value of at most four decimals is read without
    ``repr``, so comparing it with an edge costs a few integer products.

    Examples:
        >>> exact_ratio(1.3, "mEq/L", "mmol/L")
        (13000, 20000)
    """
    numerator, denominator = _RATIOS[source, target]
    if 0.0 <= value < _SHORT_BELOW:  # as in rescale
        scaled = round(value * _SHORT_SCALE)
        if scaled / _SHORT_SCALE == value:
            return scaled * numerator, denominator * _SHORT_SCALE
    digits, exponent = _decimal_parts(repr(value))
    if exponent >= 0:
        return digits * _POWERS_OF_TEN[exponent] * numerator, denominator
    return digits * numerator, denominator * _POWERS_OF_TEN[-exponent]


def exact_in(value: float, source: str, target: str) -> Decimal:
    """Return *value* (read as the decimal it prints as) in *target*, to 40 digits.

    The arithmetic uses a private decimal context, so the caller's decimal
    settings never change a result.

    Examples:
        >>> exact_in(1.3, "mEq/L", "mmol/L")
        Decimal('0.65')
    """
    into, out = _SCALES[source], _SCALES[target]
    numerator = _CONTEXT.multiply(
        _CONTEXT.multiply(Decimal(repr(value)), into.multiply), out.divide
    )
    return _CONTEXT.divide(numerator, _CONTEXT.multiply(into.divide, out.multiply))


_CEILINGS: Final[Mapping[str, float]] = MappingProxyType(
    {unit: rescale(PLAUSIBILITY_CEILING_MMOL_PER_L, "mmol/L", unit) for unit in _SCALES}
)


_TO_MMOL: Final[Mapping[str, tuple[float, int, int]]] = MappingProxyType(
    {unit: (_CEILINGS[unit], *_RATIOS[unit, "mmol/L"]) for unit in _SCALES}
)
"""Per canonical unit: the plausibility ceiling and the exact factor to mmol/L."""


def to_mmol_per_l(value: float, unit: str) -> float:
    """Convert a checked value in a canonical unit to mmol/L (see `rescale`)."""
    return rescale(value, unit, "mmol/L")


def reported_level(value: object, unit: str) -> tuple[float, str, float]:
    """Check a reported value and unit; return (value, canonical unit, mmol/L).

    One call for what every level needs: [`canonical_unit`][magnesium.units.canonical_unit],
    [`check_value`][magnesium.units.check_value] and the conversion to mmol/L,
    with the common case (a float of at most four decimals in a canonical
    unit) done in line.

    Examples:
        >>> reported_level(1.8, "MG/DL")
        (1.8, 'mg/dL', 0.740588356305287)
    """
    if type(value) is float and type(unit) is str:
        fast = _TO_MMOL.get(unit)
        if fast is not None and 0.0 <= value <= fast[0]:
            scaled = round(value * _SHORT_SCALE)
            if scaled / _SHORT_SCALE == value:  # as in rescale
                return value + 0.0, unit, scaled * fast[1] / (fast[2] * _SHORT_SCALE)
    canonical = canonical_unit(unit)
    checked = check_value(value, canonical)
    return checked, canonical, to_mmol_per_l(checked, canonical)


def reported_value(value: object, unit: str) -> tuple[float, str]:
    """Check a reported value and unit; return (value as a float, canonical unit).

    What a level needs on construction, without the conversion to mmol/L (a
    level converts when first asked). A float, an int or a number of a type seen
    before (numpy's scalars, Decimal) in a canonical unit takes one comparison
    with the ceiling; the rest goes through
    [`canonical_unit`][magnesium.units.canonical_unit] and
    [`check_value`][magnesium.units.check_value], with the same result.

    Examples:
        >>> reported_value(2, "MG/DL")
        (2.0, 'mg/dL')
    """
    kind = type(value)
    number = value
    if kind is not float and kind in _REAL_KINDS and type(unit) is str:
        try:
            number = float(value)  # type: ignore[arg-type]
        except (OverflowError, ValueError):  # too large; a signalling NaN: check_value says so
            number = None
    if type(number) is float and type(unit) is str:
        ceiling = _CEILINGS.get(unit)
        if ceiling is not None and 0.0 <= number <= ceiling:
            return number + 0.0, unit  # + 0.0: no negative zero
    canonical = canonical_unit(unit)
    checked = check_value(value, canonical)
    _REAL_KINDS.add(kind)  # checked as a real number: float(value) is what check_value does
    return checked, canonical


_REAL_KINDS: Final[set[type]] = {int}
"""Types whose values `check_value` has read as ``float(value)``: int, and, once seen,
numpy's scalars, Decimal, Fraction (never bool, which `check_value` refuses)."""


def check_value(value: object, unit: str, *, ceiling: bool = True) -> float:
    """Return *value* as a float if it is a plausible concentration in *unit*.

    Raises:
        ImplausibleValueError: For booleans, non-numbers, NaN, infinities, negative
            values and values above the plausibility ceiling.

    Examples:
        >>> check_value(1, "mg/dL")
        1.0
        >>> check_value(True, "mg/dL")
        Traceback (most recent call last):
        ...
        magnesium.errors.ImplausibleValueError: True is not a plausible serum magnesium value: ...
    """
    if type(value) is float and 0.0 <= value <= (_CEILINGS[unit] if ceiling else math.inf):
        return value + 0.0  # the common case; + 0.0 turns a negative zero positive
    received = value
    if type(value) is not float:
        if isinstance(value, bool) or not _is_real(value):
            raise ImplausibleValueError(
                value,
                "a real number (int, float, Decimal or Fraction)",
                "Pass the numeric result; for text such as '1.8 mg/dL' use SerumMagnesium.parse.",
            )
        try:
            value = float(value)  # type: ignore[arg-type]
        except OverflowError:
            raise ImplausibleValueError(
                received, "a finite number >= 0", "Check the unit: the value is far too large."
            ) from None
        except ValueError:  # a signalling NaN
            value = math.nan
    limit = _CEILINGS[unit] if ceiling else math.inf
    if not (math.isfinite(value) and 0.0 <= value <= limit):
        hint = (
            "A serum concentration cannot be NaN, infinite or negative."
            if not math.isfinite(value) or value < 0
            else "Check the unit: is this value perhaps in another unit?"
        )
        raise ImplausibleValueError(
            received,
            f"a finite number >= 0 (at most {limit:.4g} {unit})"
            if ceiling
            else "a finite number >= 0",
            hint,
        )
    return value + 0.0  # no negative zero


def _is_real(value: object) -> bool:
    import numbers  # noqa: PLC0415 (rarely needed)

    return isinstance(value, numbers.Real | Decimal)


def _is_finite(value: object) -> bool:
    """Whether a real number is finite; an int or Fraction beyond float's range is."""
    if isinstance(value, Decimal):
        return value.is_finite()
    try:
        return math.isfinite(value)  # type: ignore[arg-type]
    except OverflowError:
        return True


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a serum magnesium value between two accepted units.

    Args:
        value: The concentration, a finite number >= 0.
        from_unit: The unit of *value*, one of [`ACCEPTED_UNITS`][magnesium.units.ACCEPTED_UNITS].
        to_unit: The unit wanted.

    Returns:
        The value in *to_unit*, as a float.

    Raises:
        UnitError: If either unit is not accepted.
        ImplausibleValueError: If *value* is not a plausible concentration.

    Examples:
        >>> convert(0.70, "mmol/L", "mg/dL")
        1.70135
        >>> convert(1.8, "mg/dL", "mEq/L")
        1.481176712610574
        >>> convert(2.0, "mmol/L", "mmol/L")
        2.0
    """
    source = canonical_unit(from_unit)
    target = canonical_unit(to_unit)
    checked = check_value(value, source)
    if source == target:
        return checked
    return rescale(checked, source, target)


# --- pint at the edges ----------------------------------------------------------

_LOCK: Final = threading.Lock()


@functools.cache
def _build_registry() -> pint.UnitRegistry[float]:
    from importlib import resources  # noqa: PLC0415 (off the import path: about 70 ms)

    import pint  # noqa: PLC0415 (pint is imported on first use, not on import)

    ureg = pint.UnitRegistry[float]()
    definitions = resources.files("magnesium").joinpath("units.txt").read_text("utf-8")
    ureg.load_definitions(definitions.splitlines())
    return ureg


def registry() -> pint.UnitRegistry[float]:
    """Return the library's own pint registry, building it on first use.

    The registry knows the equivalent (``Eq``, ``eq``) as a dimension of its own,
    so that pint can never turn mEq into mmol without the valence. Calling this
    from several threads at once builds one registry.

    Examples:
        >>> ureg = registry()
        >>> ureg is registry()
        True
        >>> print(ureg.Quantity(1.5, "mEq/L").dimensionality)
        [charge_equivalent] / [length] ** 3
    """
    with _LOCK:
        return _build_registry()


def is_quantity(value: object) -> bool:
    """Return whether *value* is a pint Quantity, from any registry, without importing pint."""
    pint = sys.modules.get("pint")
    return pint is not None and isinstance(value, pint.Quantity)


_CANONICAL_BY_DIMENSION: Final = (
    ("[substance] / [length] ** 3", "mmol/L"),
    ("[mass] / [length] ** 3", "mg/dL"),
    ("[charge_equivalent] / [length] ** 3", "mEq/L"),
)


def from_quantity(quantity: PlainQuantity[Any]) -> tuple[float, str]:
    """Read a pint Quantity from any registry as ``(value, canonical unit)``.

    A quantity in an accepted unit keeps it; any other unit of concentration is
    converted by pint (exactly, a power of ten) to mmol/L, mg/dL or mEq/L, by its
    dimension.

    Raises:
        UnitError: If the quantity's unit is unknown to the library's registry or
            is not a concentration of amount, mass or charge.
        ImplausibleValueError: If its magnitude is not a plausible concentration.

    Examples:
        >>> import pint
        >>> caller = pint.UnitRegistry[float]()
        >>> from_quantity(caller.Quantity(18, "mg/L"))
        (18.0, 'mg/L')
        >>> from_quantity(caller.Quantity(0.018, "g/L"))
        (1.8, 'mg/dL')
    """
    if not is_quantity(quantity):
        raise ArgumentTypeError(
            quantity,
            "a pint Quantity such as ureg.Quantity(1.8, 'mg/dL')",
            "For a number and its unit use SerumMagnesium.of(value, unit); for text such "
            "as '1.8 mg/dL' use SerumMagnesium.parse.",
        )
    import pint  # noqa: PLC0415 (a quantity means pint is loaded already)

    ureg = registry()
    expression = " * ".join(f"({name}) ** {exponent}" for name, exponent in quantity.unit_items())
    try:
        units = ureg.Unit(expression or "dimensionless")
    except (pint.PintError, ValueError, AttributeError, TypeError):
        units = None
    if units is not None:
        for unit, scale in _SCALES.items():
            if units == ureg.Unit(scale.pint):
                return check_value(quantity.magnitude, unit), unit
        for dimension, unit in _CANONICAL_BY_DIMENSION:
            if units.dimensionality == ureg.get_dimensionality(dimension):
                magnitude = check_value(quantity.magnitude, unit, ceiling=False)
                # Factors between units of one dimension are short decimals (powers of
                # ten); read pint's float factor back as one and scale exactly.
                factor = float(ureg.Quantity(1.0, units).to(unit).magnitude)
                value = float(
                    _CONTEXT.multiply(Decimal(repr(magnitude)), Decimal(f"{factor:.15g}"))
                )
                return check_value(value, unit), unit
    raise UnitError(
        f"{quantity.units}",
        "a pint Quantity of amount, mass or charge per volume, e.g. in " + _ACCEPTED_TEXT,
        "Convert the quantity to a concentration unit first.",
    )


def to_quantity(
    value: float, unit: str, ureg: pint.UnitRegistry[float] | None = None
) -> Quantity[float]:
    """Return a checked value in an accepted unit as a pint Quantity.

    Args:
        value: The magnitude.
        unit: One of [`ACCEPTED_UNITS`][magnesium.units.ACCEPTED_UNITS].
        ureg: The registry to build the quantity in; the library's own by default.

    Raises:
        UnitError: If *ureg* cannot express *unit* (a registry without an
            equivalent unit cannot express mEq/L).

    Examples:
        >>> print(to_quantity(1.5, "mEq/L"))
        1.5 milliequivalent / liter
    """
    import pint  # noqa: PLC0415

    target = registry() if ureg is None else ureg
    try:
        quantity = target.Quantity(value, _SCALES[unit].pint)
        ucum_like = unit == "mEq/L" and quantity.check("[substance] / [length] ** 3")
    except (pint.PintError, AttributeError):
        ucum_like = False
        quantity = None
    if quantity is not None and not ucum_like:
        return quantity
    if quantity is None and not isinstance(target, pint.UnitRegistry):
        raise UnitError(
            unit, "a pint UnitRegistry to build the quantity in", "Pass a pint.UnitRegistry."
        )
    if ucum_like:
        raise UnitError(
            unit,
            "a registry whose equivalent is a charge, not a mole",
            "That registry defines the equivalent as a mole (UCUM's reading), which would "
            "make 1 mEq/L of Mg2+ 1 mmol/L; define 'equivalent = [charge_equivalent] = Eq = eq' "
            "in it, or ask for mmol/L.",
        )
    raise UnitError(
        unit,
        "a unit that the given pint registry defines",
        "That registry does not define the equivalent; define "
        "'equivalent = [charge_equivalent] = Eq = eq' in it, or ask for mmol/L.",
    )


# --- unit text for pint -----------------------------------------------------------------

_UNIT_TOKEN: Final = re.compile(
    r"(?P<space>\s+)|(?P<name>[^\W\d]+(?:_[^\W\d]+)*)|(?P<number>[0-9]{1,6}(?:\.[0-9]{1,6})?(?![0-9.eE]))"
    r"|(?P<power>(?:\^|\*\*)\s*[+-]?[0-9](?![0-9.eE]))|(?P<operator>[*/\u00b7])|(?P<open>\()|(?P<close>\))"
)
"""One token of unit text; matched at each position in turn, so reading is linear."""

_MAX_DEPTH: Final = 3


def _unit_text_problem(text: str) -> str:
    """Why pint should not read *text* (empty if it may), checked in one linear pass."""
    position, depth, previous = 0, 0, "operator"
    while position < len(text):
        match = _UNIT_TOKEN.match(text, position)
        if match is None:
            if text[position] in "^*0123456789.":
                return "Write numbers with at most six digits and exponents with one, e.g. m**-3."
            return f"The character {text[position]!r} has no place in a unit."
        kind = match.lastgroup or ""
        if kind == "power" and previous not in {"name", "number", "close"}:
            return "An exponent must follow a unit name, a number or ')', once."
        depth += {"open": 1, "close": -1}.get(kind, 0)
        if not 0 <= depth <= _MAX_DEPTH:
            return f"Parentheses must balance and nest at most {_MAX_DEPTH} deep."
        if kind != "space":
            previous = kind
        position = match.end()
    return "Parentheses must balance." if depth else ""


def quantity(value: float, unit_text: str, *, label: str = "serum magnesium") -> Quantity[float]:
    """Build a pint Quantity in the library's registry from a number and unit text.

    The one way the library hands text to pint: the text is checked first (at
    most [`MAX_UNIT_TEXT_LENGTH`][magnesium.units.MAX_UNIT_TEXT_LENGTH]
    characters of unit names, numbers of up to six digits, one-digit exponents
    and at most three levels of parentheses), so that no unit text can make pint
    raise its own errors, overflow, divide by zero or compute for minutes.

    Args:
        value: The magnitude, a real number (checked by the caller's own rules).
        unit_text: A unit pint knows, e.g. ``"mg/dL"`` or ``"mmol/(L*d)"``.
        label: What the unit is for, as the error should name it; for anything but
            serum magnesium the error is a [`LabUnitError`][magnesium.errors.LabUnitError].

    Raises:
        UnitError: If *unit_text* is not a unit the registry can read (a `ValueError`).
        ArgumentTypeError: If *value* is not a real number or *unit_text* not a
            string (a `TypeError`).
        ImplausibleValueError: If *value* is NaN or infinite (a
            [`LabValueError`][magnesium.errors.LabValueError] for another *label*).

    Examples:
        >>> print(quantity(1.8, "mg/dL"))
        1.8 milligram / deciliter
        >>> quantity(1, "mg/(0)")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnitError: 'mg/(0)' is not an accepted unit of serum magnesium: ...
        >>> quantity(1, "mg/", label="creatinine")
        Traceback (most recent call last):
        ...
        magnesium.errors.LabUnitError: 'mg/' is not an accepted unit of creatinine: ...
    """
    if isinstance(value, bool) or not _is_real(value):
        raise ArgumentTypeError(value, "a real number", "Pass the magnitude as a number.")
    if not isinstance(label, str):
        raise ArgumentTypeError(label, "text for label", "Name what the unit is for.")
    if not _is_finite(value):
        hint = "NaN and infinity are not magnitudes."
        if label == "serum magnesium":
            raise ImplausibleValueError(value, "a finite number", hint)
        raise LabValueError(value, "a finite number", hint, label)
    if not isinstance(unit_text, str):
        raise ArgumentTypeError(unit_text, "unit text such as 'mg/dL'", "Pass the unit as text.")
    problem = (
        f"Give at most {MAX_UNIT_TEXT_LENGTH} characters."
        if len(unit_text) > MAX_UNIT_TEXT_LENGTH
        else _unit_text_problem(unit_text)
    )
    if not problem:
        try:
            return registry().Quantity(value, unit_text)
        except Exception:  # noqa: BLE001 (pint's parser raises many kinds; all mean "not a unit")
            problem = "pint cannot read it as a unit."
    if label == "serum magnesium":
        raise UnitError(unit_text, "a unit such as " + _ACCEPTED_TEXT, problem)
    raise LabUnitError(unit_text, f"a unit of {label} that pint knows", problem, label)
