"""One plausibility policy for the numbers a person types: ages, weights, eGFR, intakes, doses.

Every topic function (intake references, the work-up, salt conversions,
repletion plans) reads its numeric inputs through this module, so that each
quantity is checked the same way everywhere, against one documented range in
[`PLAUSIBLE_RANGES`][magnesium.plausibility.PLAUSIBLE_RANGES]:

* **Types.** `int`, `float`, `Decimal`, `Fraction` and numpy scalars are
  numbers; `bool` (numpy's too), text and `None` where a number is required are
  refused with an [`ArgumentTypeError`][magnesium.errors.ArgumentTypeError]
  (a `TypeError`). numpy is never imported here.
* **Representable.** NaN, infinities and magnitudes above ``1e300`` are
  refused. A `Decimal` exponent is checked before any arithmetic: a huge one is
  refused at once, and a `Decimal` or `Fraction` smaller in magnitude than
  ``1e-300`` is read as `float()` reads it (``Decimal("1e-999999999")`` is 0.0)
  instead of expanding to a billion digits.
* **Plausible.** The number must lie in its quantity's range. The ranges are
  plausibility limits, not clinical thresholds: they catch unit mix-ups
  (months given as years, grams as kilograms) and keep every result finite.
  They are the library's choices, each with its rationale, not published values.
* **Optional inputs** (``egfr``, ``weight_kg`` and ``age_years`` of
  [`plan_repletion`][magnesium.repletion.plan_repletion]): ``None``, NaN and
  pandas' ``NA`` mean *not given* -- a missing cell of a data frame. A given
  value is checked like a required one.

The serum magnesium ceiling lives in [`units`][magnesium.units]
([`PLAUSIBILITY_CEILING_MMOL_PER_L`][magnesium.units.PLAUSIBILITY_CEILING_MMOL_PER_L]);
its row here reads that constant.

Examples:
    >>> from magnesium import plausibility
    >>> print(PLAUSIBLE_RANGES["weight_kg"])
    weight_kg: (0, 700] kg
    >>> plausibility.check(70, "weight_kg")
    70.0
    >>> plausibility.check(70_000, "weight_kg")
    Traceback (most recent call last):
    ...
    magnesium.errors.ImplausibleInputError: 70000 is not a plausible weight_kg: \
expected a number in (0, 700] kg. ...
    >>> plausibility.optional(float("nan"), "egfr") is None
    True
"""

from __future__ import annotations

import math
import numbers
import operator
import sys
from collections.abc import Callable, Mapping
from decimal import Context, Decimal
from fractions import Fraction
from typing import Final

import attrs

from magnesium import _fields, _show, units
from magnesium._fields import checked
from magnesium._frozen import FrozenMapping
from magnesium.errors import (  # the errors live in errors.py; re-exported here
    ArgumentTypeError,
    ImplausibleInputError,
    MagnesiumError,
    UnknownEntryError,
)

__all__ = [
    "MAX_MAGNITUDE",
    "MIN_MAGNITUDE",
    "PLAUSIBLE_RANGES",
    "ErrorFactory",
    "ImplausibleInputError",
    "PlausibleRange",
    "check",
    "check_exact",
    "exact",
    "flag",
    "is_missing",
    "optional",
    "real",
    "shown",
]

MAX_MAGNITUDE: Final = 10**300
"""The largest magnitude accepted for any number (an exact integer)."""
MIN_MAGNITUDE: Final = Fraction(1, 10**300)
"""Below this magnitude a `Decimal` or `Fraction` is read as `float()` reads it."""
_MAX_EXPONENT: Final = 300
_DECIMALS: Final = Context(prec=34)  # rounds a long Decimal before it becomes a Fraction


ErrorFactory = Callable[[object, str, str, str], MagnesiumError]
"""Builds the error for a refused value from (value, argument name, expected, hint).

Each topic module passes its own (``IntakeError``, ``InputError``,
``LabValueError``) so that its callers keep catching the class they know.
"""


@attrs.frozen(kw_only=True, field_transformer=checked)
class PlausibleRange:
    """The plausible range of one quantity, with its unit and rationale.

    Args:
        name: The argument name the range applies to, e.g. ``"age_years"``.
        lower: The lower bound.
        upper: The upper bound.
        unit: The unit of the bounds.
        lower_inclusive: Whether *lower* itself is accepted.
        upper_inclusive: Whether *upper* itself is accepted.
        rationale: Why these bounds, in one line.

    Examples:
        >>> age = PLAUSIBLE_RANGES["age_years"]
        >>> age.contains(125), age.contains(125.5)
        (True, False)
        >>> age.interval
        '[0, 125] years'
    """

    name: str
    """The argument name the range applies to."""
    lower: float
    """The lower bound."""
    upper: float
    """The upper bound."""
    unit: str
    """The unit of the bounds."""
    lower_inclusive: bool = True
    """Whether *lower* itself is accepted."""
    upper_inclusive: bool = True
    """Whether *upper* itself is accepted."""
    rationale: str
    """Why these bounds, in one line."""

    def contains(self, value: float | Fraction) -> bool:
        """Return whether a finite number lies in the range (compared exactly).

        Raises:
            ArgumentTypeError: For a non-number.
            ImplausibleInputError: For NaN or infinity.
        """
        if type(value) not in _EXACT_TYPES:
            value = exact(value, self.name)
        above = value >= self.lower if self.lower_inclusive else value > self.lower
        below = value <= self.upper if self.upper_inclusive else value < self.upper
        return above and below

    @property
    def interval(self) -> str:
        """The range in interval notation with its unit, e.g. ``"(0, 700] kg"``."""
        left = "[" if self.lower_inclusive else "("
        right = "]" if self.upper_inclusive else ")"
        return f"{left}{self.lower:g}, {self.upper:g}{right} {self.unit}"

    def __str__(self) -> str:
        return f"{self.name}: {self.interval}"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


_EXACT_TYPES: Final = frozenset({float, int, Fraction})  # compared as they are

_RANGES: Final = (
    PlausibleRange(
        name="age_years",
        lower=0,
        upper=125,
        unit="years",
        rationale="No documented human has lived past 122; an older age is a typo or months "
        "given as years.",
    ),
    PlausibleRange(
        name="age_months",
        lower=0,
        upper=125 * 12,
        unit="months",
        rationale="The age_years range in months.",
    ),
    PlausibleRange(
        name="weight_kg",
        lower=0,
        upper=700,
        unit="kg",
        lower_inclusive=False,
        rationale="A body weight is above zero; 700 kg is above the heaviest person on record "
        "(an estimated 635 kg, Guinness World Records), so a larger number is grams or pounds "
        "given as kilograms.",
    ),
    PlausibleRange(
        name="egfr",
        lower=0,
        upper=250,
        unit="mL/min/1.73 m2",
        rationale="0 is no kidney function; 250 is far above normal kidney function, so a larger "
        "number is another unit (mL/day, or not normalised to 1.73 m2).",
    ),
    PlausibleRange(
        name="intake_mg_per_day",
        lower=0,
        upper=10_000,
        unit="mg/day",
        rationale="10 g of magnesium a day is over three times the most any regimen here allows "
        "(30 g of magnesium sulfate heptahydrate, about 3 g of magnesium, in 24 hours); a "
        "larger figure is micrograms given as milligrams.",
    ),
    PlausibleRange(
        name="servings",
        lower=0,
        upper=100,
        unit="servings/day",
        rationale="More than 100 standard servings of one food a day is grams given as servings.",
    ),
    PlausibleRange(
        name="serum_magnesium",
        lower=0,
        upper=units.PLAUSIBILITY_CEILING_MMOL_PER_L,
        unit="mmol/L",
        rationale="The library's serum ceiling, "
        "magnesium.units.PLAUSIBILITY_CEILING_MMOL_PER_L (one home for that number).",
    ),
    PlausibleRange(
        name="urine_magnesium",
        lower=0,
        upper=100,
        unit="mmol/L",
        lower_inclusive=False,
        rationale="A spot urine concentration above zero (it divides); 100 mmol/L is far above "
        "the concentrations the FEMg sources discuss, so a larger number is a unit mix-up.",
    ),
    PlausibleRange(
        name="urine_magnesium_24h",
        lower=0,
        upper=500,
        unit="mmol/day",
        lower_inclusive=False,
        rationale="500 mmol (12 g) a day is more than the magnesium of any regimen here; a "
        "larger number is mg given as mmol.",
    ),
    PlausibleRange(
        name="ionised_magnesium",
        lower=0,
        upper=units.PLAUSIBILITY_CEILING_MMOL_PER_L,
        unit="mmol/L",
        rationale="Ionised magnesium is a part of the total, so the serum ceiling bounds it; "
        "a larger number is mg/dL or umol/L given as mmol/L.",
    ),
    PlausibleRange(
        name="rbc_magnesium",
        lower=0,
        upper=units.PLAUSIBILITY_CEILING_MMOL_PER_L,
        unit="mmol/L",
        rationale="Over six times the highest upper reference limit the library cites for red "
        "cells (ARUP, 7.5 mg/dL, about 3.1 mmol/L); a larger number is another unit.",
    ),
    PlausibleRange(
        name="urine_volume_24h",
        lower=0,
        upper=20,
        unit="L",
        lower_inclusive=False,
        rationale="A 24-hour collection holds some urine (it multiplies); 20 L is above any "
        "day's output, so a larger number is mL given as L.",
    ),
    PlausibleRange(
        name="creatinine",
        lower=0,
        upper=100_000,
        unit="umol/L",
        lower_inclusive=False,
        rationale="Above zero (it divides); 100 mmol/L admits concentrated urine and plasma in "
        "kidney failure, so a larger number is a unit mix-up.",
    ),
    PlausibleRange(
        name="grams",
        lower=0,
        upper=1000,
        unit="g of salt",
        rationale="A kilogram of a salt is above any dose or preparation (a litre of 50% "
        "injection holds 500 g); a larger number is mg given as g.",
    ),
    PlausibleRange(
        name="elemental_mmol",
        lower=0,
        upper=50_000,
        unit="mmol of Mg",
        rationale="Above the magnesium in 1000 g of the richest salt (magnesium oxide, about "
        "24,800 mmol), so every plausible amount of salt converts.",
    ),
    PlausibleRange(
        name="ml",
        lower=0,
        upper=2000,
        unit="mL",
        rationale="Two litres is above any bag or bottle of a magnesium solution.",
    ),
    PlausibleRange(
        name="hours",
        lower=0,
        upper=24 * 366,
        unit="hours",
        rationale="Limits are stated per 24 or 48 hours; a window beyond a year is an error.",
    ),
    PlausibleRange(
        name="interval_hours",
        lower=1 / 60,
        upper=24 * 366,
        unit="hours",
        rationale="Hours between doses of a regimen: at least a minute (a count of doses "
        "divides by it), at most the hours range.",
    ),
    PlausibleRange(
        name="infusion_minutes",
        lower=1 / 60,
        upper=24 * 366 * 60,
        unit="minutes",
        rationale="An infusion time: at least a second (a rate divides by it), at most the "
        "hours range in minutes.",
    ),
)

PLAUSIBLE_RANGES: Final[Mapping[str, PlausibleRange]] = FrozenMapping(
    {bounds.name: bounds for bounds in _RANGES}
)
"""Every quantity's plausible range, by name (read-only).

Examples:
    >>> [name for name in PLAUSIBLE_RANGES][:3]
    ['age_years', 'age_months', 'weight_kg']
"""


def _implausible(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
    return ImplausibleInputError(value, name, expected, hint)


def _check_name(name: object) -> None:
    if type(name) is not str:
        raise ArgumentTypeError(
            shown(name), "text naming the argument for name", "Pass e.g. name='weight_kg'."
        )


def _wrong_type(value: object, name: str) -> ArgumentTypeError:
    return ArgumentTypeError(
        shown(value),
        f"a number for {name} (int, float, Decimal, Fraction or a numpy number)",
        f"Pass {name} as a number; read text with float() or Decimal() first.",
    )


def _numpy_kind(value: object) -> str | None:
    """The dtype kind of a numpy scalar ('b', 'i', 'u', 'f', 'c', ...), else None."""
    if not type(value).__module__.startswith("numpy") or getattr(value, "ndim", 0) != 0:
        return None  # not numpy, or an array (of more than one number): not a scalar
    kind = getattr(getattr(value, "dtype", None), "kind", None)
    return kind if isinstance(kind, str) else None


def _decimal(
    value: Decimal, name: str, error: ErrorFactory, bounds: PlausibleRange | None
) -> Fraction:
    if not value.is_finite():
        raise error(value, name, f"a finite number for {name}", "NaN and infinity are not values.")
    if value.is_zero():
        return Fraction(0)
    exponent = value.adjusted()  # before any arithmetic
    if exponent >= _MAX_EXPONENT:
        raise _out_of_range(value, name, error, bounds)
    if exponent < -_MAX_EXPONENT:
        return Fraction(float(value))  # a short string to parse, whatever the exponent
    return Fraction(_DECIMALS.plus(value))


def shown(value: object) -> object:
    """Return *value*, or a short stand-in for an int or Fraction too long to print.

    ``repr`` of an int above 4300 digits raises ValueError; an error message must not.

    Examples:
        >>> shown(12), shown(10**5000)
        (12, 'int of about 5001 digits')
    """
    if isinstance(value, Fraction):
        size = max(value.numerator.bit_length(), value.denominator.bit_length())
    elif isinstance(value, int):
        size = value.bit_length()
    else:
        return value
    if size <= _SHOWN_BITS:
        return value
    digits = int(size * math.log10(2)) + 1
    return f"{type(value).__name__} of about {digits} digits"


_SHOWN_BITS: Final = 1100


def _out_of_range(
    value: object, name: str, error: ErrorFactory, bounds: PlausibleRange | None
) -> MagnesiumError:
    if bounds is not None:
        hint = f"Check {name} and its unit. {bounds.rationale}"
        return error(shown(value), name, f"a number in {bounds.interval}", hint)
    return error(
        shown(value),
        name,
        f"a finite number for {name} of magnitude at most 1e300",
        "Check the value and its unit.",
    )


def _factory(error: object) -> ErrorFactory:
    """*error*, checked: a callable that builds a MagnesiumError, or our error about it."""
    if error is _implausible:
        return _implausible
    if not callable(error):
        raise _bad_factory(error)

    def build(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
        try:
            made = error(value, name, expected, hint)
        except MagnesiumError as failure:
            made = failure
        except Exception as failure:
            raise _bad_factory(error) from failure
        if not isinstance(made, MagnesiumError):
            raise _bad_factory(error)
        return made

    return build


def _bad_factory(error: object) -> ArgumentTypeError:
    return ArgumentTypeError(
        shown(error),
        "a function (value, name, expected, hint) returning a MagnesiumError for error",
        "Pass error= an error class of magnesium.errors, or leave it out.",
    )


def exact(value: object, name: str, *, error: ErrorFactory = _implausible) -> Fraction:
    """Return a finite real number as an exact fraction, or raise.

    Accepts `int`, `float`, `Decimal`, `Fraction` and numpy numbers, without
    importing numpy. No range is applied beyond the magnitude ceiling of
    ``1e300``; a `Decimal` or `Fraction` below ``1e-300`` in magnitude is read
    as `float()` reads it.

    Raises:
        ArgumentTypeError: For a bool, text, ``None`` or another non-number.
        ImplausibleInputError: For NaN, infinity or a magnitude outside the
            ceiling (or the error *error* builds).

    Examples:
        >>> from decimal import Decimal
        >>> exact(Decimal("13.99"), "age_years")
        Fraction(1399, 100)
        >>> exact(Decimal("1e-999999999"), "age_years")
        Fraction(0, 1)
        >>> exact(Decimal("1e999999999"), "age_years")
        Traceback (most recent call last):
        ...
        magnesium.errors.ImplausibleInputError: Decimal('1E+999999999') is not a \
plausible age_years: expected a finite number for age_years of magnitude at most 1e300. \
Check the value and its unit.
    """
    return _exact(value, name, _factory(error), None)


def _exact(
    value: object, name: str, error: ErrorFactory, bounds: PlausibleRange | None
) -> Fraction:
    _check_name(name)
    kind = _numpy_kind(value)
    if isinstance(value, bool | str | bytes) or kind == "b" or value is None:
        raise _wrong_type(value, name)
    if isinstance(value, Decimal):
        result = _decimal(value, name, error, bounds)
    elif isinstance(value, int | Fraction) or kind in {"i", "u"}:
        result = Fraction(value if isinstance(value, Fraction) else operator.index(value))  # type: ignore[arg-type]
    elif isinstance(value, numbers.Real):
        try:
            number = float(value)
        except (OverflowError, ValueError, TypeError):
            number = math.nan
        if not math.isfinite(number):
            raise error(
                value, name, f"a finite number for {name}", "NaN and infinity are not values."
            )
        result = Fraction(number)
    else:
        raise _wrong_type(value, name)
    if abs(result) > MAX_MAGNITUDE:
        raise _out_of_range(value, name, error, bounds)
    if result and abs(result) < MIN_MAGNITUDE:
        return Fraction(float(result))
    return result


def real(value: object, name: str, *, error: ErrorFactory = _implausible) -> float:
    """Return a finite real number as a float, like [`exact`][magnesium.plausibility.exact].

    Examples:
        >>> from fractions import Fraction
        >>> real(Fraction(1, 4), "weight_kg"), real(10**400 // 10**300, "x")
        (0.25, 1e+100)
    """
    if type(value) in _PLAIN and -_MAX_FLOAT <= value <= _MAX_FLOAT:  # type: ignore[operator]
        return float(value) + 0.0  # type: ignore[arg-type]  # the common case
    return float(exact(value, name, error=_factory(error))) + 0.0


_PLAIN: Final = (float, int)  # exact types: bool and subclasses take the full path
_MAX_FLOAT: Final = math.nextafter(float(MAX_MAGNITUDE), 0)  # the largest float <= 10**300


def _refuse(
    value: object, number: Fraction, name: str, bounds: PlausibleRange, error: ErrorFactory
) -> MagnesiumError:
    if number > bounds.lower or (number == bounds.lower and bounds.lower_inclusive):
        hint = f"Check {name} and its unit. {bounds.rationale}"
    else:
        sign = ">=" if bounds.lower_inclusive else ">"
        hint = f"{name} must be {sign} {bounds.lower:g} {bounds.unit}."
    return error(value, name, f"a number in {bounds.interval}", hint)


def _bounds(key: object) -> PlausibleRange:
    found = PLAUSIBLE_RANGES.get(key) if isinstance(key, str) else None
    if found is None:
        raise UnknownEntryError(shown(key), "plausible range", PLAUSIBLE_RANGES)
    return found


def check_exact(
    value: object,
    name: str,
    quantity: str | None = None,
    *,
    error: ErrorFactory = _implausible,
) -> Fraction:
    """Return *value* as an exact fraction if it lies in its quantity's range.

    Args:
        value: The number received.
        name: The argument as the user wrote it, e.g. ``"age_years"``.
        quantity: The key of [`PLAUSIBLE_RANGES`][magnesium.plausibility.PLAUSIBLE_RANGES];
            defaults to *name*.
        error: Builds the error for an implausible value.

    Raises:
        ArgumentTypeError: For a non-number.
        ImplausibleInputError: For NaN, infinity or a number outside the range.
        UnknownEntryError: For a *quantity* (or *name*) that has no range.

    Examples:
        >>> check_exact(30, "age_years")
        Fraction(30, 1)
        >>> check_exact(200, "age_years")
        Traceback (most recent call last):
        ...
        magnesium.errors.ImplausibleInputError: 200 is not a plausible age_years: \
expected a number in [0, 125] years. ...
    """
    bounds = _bounds(name if quantity is None else quantity)
    error = _factory(error)
    number = _exact(value, name, error, bounds)
    if not bounds.contains(number):
        raise _refuse(value, number, name, bounds, error)
    return number


def check(
    value: object,
    name: str,
    quantity: str | None = None,
    *,
    error: ErrorFactory = _implausible,
) -> float:
    """Return *value* as a float if it lies in its quantity's range.

    As [`check_exact`][magnesium.plausibility.check_exact], returning a float.

    Examples:
        >>> check(0, "egfr"), check(2.5, "total_mg", "intake_mg_per_day")
        (0.0, 2.5)
    """
    if type(value) in _PLAIN:  # the common case, without fractions
        bounds = _bounds(name if quantity is None else quantity)
        if -_MAX_FLOAT <= value <= _MAX_FLOAT and bounds.contains(value):  # type: ignore[operator,arg-type]
            return float(value) + 0.0  # type: ignore[arg-type]
    return float(check_exact(value, name, quantity, error=_factory(error))) + 0.0


def is_missing(value: object) -> bool:
    """Return whether *value* means "not given": ``None``, a NaN, or pandas' ``NA``.

    Examples:
        >>> is_missing(None), is_missing(float("nan")), is_missing(0)
        (True, True, False)
    """
    if value is None or type(value).__name__ == "NAType":
        return True
    if isinstance(value, Decimal):
        return value.is_nan()
    if isinstance(value, float) or _numpy_kind(value) == "f":
        return math.isnan(value)  # type: ignore[arg-type]
    return False


def optional(
    value: object,
    name: str,
    quantity: str | None = None,
    *,
    error: ErrorFactory = _implausible,
) -> float | None:
    """Return ``None`` for a value not given, else *value* checked as by `check`.

    ``None``, NaN (float, numpy or `Decimal`, signalling included) and pandas'
    ``NA`` mean *not given*; infinities and other values are checked.

    Examples:
        >>> optional(None, "weight_kg"), optional(float("nan"), "weight_kg")
        (None, None)
        >>> optional(80, "weight_kg")
        80.0
    """
    if is_missing(value):
        return None
    return check(value, name, quantity, error=_factory(error))


def flag(value: object, name: str) -> bool:
    """Return a yes/no argument as a bool; numpy's bool is accepted.

    A missing value (``None``, NaN, pandas' ``NA``) is refused, not taken as
    ``False``: whether "not recorded" means "no" is the caller's decision.

    Raises:
        ArgumentTypeError: For anything else (``1``, ``"yes"``, ``None``).

    Examples:
        >>> flag(True, "pregnant")
        True
        >>> flag("yes", "pregnant")
        Traceback (most recent call last):
        ...
        magnesium.errors.ArgumentTypeError: 'yes' has the wrong type: expected True or False \
for pregnant. Pass pregnant=True or pregnant=False.
    """
    if isinstance(value, bool):
        return value
    if _numpy_kind(value) == "b":
        return bool(value)
    _check_name(name)
    if is_missing(value):  # a data frame's empty cell: not recorded is not False
        raise ArgumentTypeError(
            shown(value),
            f"True or False for {name}; a missing value is not taken as False",
            f"Pass {name}=True or {name}=False; for a column where not recorded means "
            f"no, fill it first (df[{name!r}].fillna(False)).",
        )
    raise ArgumentTypeError(
        shown(value), f"True or False for {name}", f"Pass {name}=True or {name}=False."
    )


_fields.use_checks(sys.modules[__name__])  # the field checks use this module's number checks
