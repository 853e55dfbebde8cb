"""How the command line reads numbers and units from the user's text.

The command refuses absurd text before any library function sees it: a number is
at most 40 characters of ASCII digits, an optional sign, point and an exponent of
at most two digits (so ``nan``, ``inf``, ``1e-999999999``, ``1_000`` and
non-ASCII digits are not numbers here, and a number always fits a finite float);
a unit is at most 40 letters, ``/``, ``.`` and spaces, so that pint never
evaluates an expression such as ``9^9^9^9``.

Examples:
    >>> number_text(" 1.5e3 ")
    '1.5e3'
    >>> number_text("nan") is None, number_text("1e-999999999") is None
    (True, True)
    >>> decimal_arg("30")
    Decimal('30')
"""

from __future__ import annotations

import argparse
import re
from decimal import Decimal
from typing import Final

from magnesium import units
from magnesium.cli._errors import elide
from magnesium.errors import MagnesiumError

MAX_NUMBER: Final = 40
"""The longest number text the command reads."""
MAX_UNIT: Final = 40
"""The longest unit text the command reads."""

_NUMBER: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,2})?")
_UNIT: Final = re.compile(r"[A-Za-zµμ][A-Za-zµμ/. ]*")
_LEADING: Final = re.compile(r"\s*([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)\s*(.*?)\s*", re.DOTALL)


def number_text(text: str) -> str | None:
    """Return *text* stripped if it is a number the command reads, else None."""
    stripped = text.strip()
    if len(stripped) > MAX_NUMBER or _NUMBER.fullmatch(stripped) is None:
        return None
    return stripped


def split_number(text: str) -> tuple[str, str] | None:
    """Split ``"2.0 mmol/L"`` into number and unit text; None if it does not start with one.

    Examples:
        >>> split_number("2.0 mmol/L"), split_number("8000"), split_number("x")
        (('2.0', 'mmol/L'), ('8000', ''), None)
    """
    if len(text) > MAX_NUMBER + MAX_UNIT + 10:
        return None
    match = _LEADING.fullmatch(text)
    if match is None:
        return None
    number = number_text(match[1])
    return None if number is None else (number, match[2])


def _argument_error(text: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(
        f"not a number: {elide(text)!r} (expected digits such as 30, 13.5 or 1.2e3)"
    )


def decimal_arg(text: str) -> Decimal:
    """An argparse type: a decimal number as typed, kept exact."""
    number = number_text(text)
    if number is None:
        raise _argument_error(text)
    return Decimal(number)


def float_arg(text: str) -> float:
    """An argparse type: a number as a (always finite) float.

    Examples:
        >>> float_arg("90")
        90.0
    """
    number = number_text(text)
    if number is None:
        raise _argument_error(text)
    return float(number)


def quantity(number: float, unit: str) -> object | None:
    """Return a pint quantity of *number* in *unit*, or None if the text is not a unit.

    Text that is too long or holds anything but letters, ``/``, ``.`` and spaces is
    refused first; the rest goes through [`units.quantity`][magnesium.units.quantity],
    whose `UnitError` means "not a unit".

    Examples:
        >>> print(quantity(2.0, "mmol/L"))
        2.0 millimole / liter
        >>> quantity(1.0, "mg/(0)") is None, quantity(1.0, "9^9^9^9") is None
        (True, True)
    """
    if len(unit) > MAX_UNIT or _UNIT.fullmatch(unit) is None:
        return None
    try:
        return units.quantity(number, unit)  # the library's one path from text to pint
    except MagnesiumError:
        return None
