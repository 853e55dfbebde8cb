"""The errors `magnesium` raises on purpose.

Every error derives from [`MagnesiumError`][magnesium.errors.MagnesiumError] and
from the built-in exception a caller would expect (`ValueError` for a bad value
or unit, `LookupError` for an unknown name), so both
`except magnesium.MagnesiumError` and `except ValueError` work.

Each message names the value received, what was expected and how to fix it.
Errors keep those parts as attributes (`value`, `expected`, `hint`) for programs
that want to show them their own way, and they pickle.

Examples:
    >>> import magnesium as mg
    >>> try:
    ...     mg.SerumMagnesium.of(-1, "mmol/L")
    ... except ValueError as error:
    ...     print(error)
    -1 is not a plausible serum magnesium value: expected a finite number >= 0 \
(at most 20 mmol/L). A serum concentration cannot be NaN, infinite or negative.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "ArgumentTypeError",
    "DefinitionError",
    "ImplausibleValueError",
    "MagnesiumError",
    "ParseError",
    "UnitError",
    "UnknownEntryError",
]


class MagnesiumError(Exception):
    """Base class of every error that `magnesium` raises on purpose.

    Args:
        value: The value that was received.
        expected: What would have been accepted.
        hint: How to fix the call.

    Examples:
        >>> error = MagnesiumError("x", "y", "Do z.")
        >>> str(error)
        "got 'x': expected y. Do z."
        >>> error.value, error.expected, error.hint
        ('x', 'y', 'Do z.')
    """

    value: object
    """The value that was received."""
    expected: str
    """What would have been accepted."""
    hint: str
    """How to fix the call."""

    def __init__(self, value: object, expected: str, hint: str) -> None:
        super().__init__(value, expected, hint)
        self.value = value
        self.expected = expected
        self.hint = hint

    def _lead(self) -> str:
        return f"got {self.value!r}"

    def __str__(self) -> str:
        return f"{self._lead()}: expected {self.expected}. {self.hint}"


class UnitError(MagnesiumError, ValueError):
    """A unit that is unknown, or not a unit of magnesium concentration.

    Examples:
        >>> import magnesium as mg
        >>> mg.convert(1.0, "mg", "mmol/L")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnitError: 'mg' is not an accepted unit of serum magnesium: ...
    """

    def _lead(self) -> str:
        return f"{self.value!r} is not an accepted unit of serum magnesium"


class ImplausibleValueError(MagnesiumError, ValueError):
    """A number that cannot be a serum magnesium concentration.

    Raised for NaN, infinity, negative numbers, booleans, non-numbers and values
    above the library's plausibility ceiling (see
    [`PLAUSIBILITY_CEILING_MMOL_PER_L`][magnesium.units.PLAUSIBILITY_CEILING_MMOL_PER_L]).

    Examples:
        >>> import magnesium as mg
        >>> mg.SerumMagnesium.of(float("nan"), "mg/dL")
        Traceback (most recent call last):
        ...
        magnesium.errors.ImplausibleValueError: nan is not a plausible serum magnesium value: ...
    """

    def _lead(self) -> str:
        return f"{self.value!r} is not a plausible serum magnesium value"


class DefinitionError(MagnesiumError, ValueError):
    """A table entry built inconsistently: a source, band or threshold set.

    Raised when you build your own [`ThresholdSet`][magnesium.thresholds.ThresholdSet]
    whose bands leave a gap, or a [`Source`][magnesium.sources.Source] that
    readers could not find.

    Examples:
        >>> import math
        >>> import magnesium as mg
        >>> mg.Band(lower=-1, upper=math.inf, status=mg.Status.NORMAL, label="x")
        Traceback (most recent call last):
        ...
        magnesium.errors.DefinitionError: invalid definition -1: ...
    """

    def _lead(self) -> str:
        return f"invalid definition {self.value!r}"


class ParseError(MagnesiumError, ValueError):
    """Text that cannot be read as a serum magnesium result.

    Examples:
        >>> import magnesium as mg
        >>> mg.SerumMagnesium.parse("< 0.5 mmol/L")
        Traceback (most recent call last):
        ...
        magnesium.errors.ParseError: '< 0.5 mmol/L' cannot be read as a magnesium result: ...
    """

    def _lead(self) -> str:
        return f"{self.value!r} cannot be read as a magnesium result"


class UnknownEntryError(MagnesiumError, LookupError):
    """A name that is not in one of the library's tables.

    Args:
        value: The name that was looked up.
        kind: What kind of entry was looked up, e.g. ``"threshold set"``.
        known: Every name the table holds; close matches are suggested.

    Examples:
        >>> error = UnknownEntryError("iom1997", "threshold set", ["iom-1997", "ctcae-v5"])
        >>> print(error)
        'iom1997' is not a known threshold set: expected one of 'ctcae-v5', 'iom-1997'. \
Did you mean 'iom-1997'?
        >>> error.suggestions
        ('iom-1997',)
    """

    kind: str
    """What kind of entry was looked up."""
    suggestions: tuple[str, ...]
    """Known names close to the one given, best first."""

    def __init__(self, value: object, kind: str, known: Iterable[str]) -> None:
        names = sorted(known)
        self.kind = kind
        self.suggestions = tuple(
            difflib.get_close_matches(str(value).strip().lower(), names, n=3, cutoff=0.6)
        )
        expected = "one of " + ", ".join(map(repr, names))
        if self.suggestions:
            hint = "Did you mean " + " or ".join(map(repr, self.suggestions)) + "?"
        else:
            hint = f"Use a name from that list; no {kind} is close to {value!r}."
        super().__init__(value, expected, hint)
        self.args = (value, kind, tuple(names))

    def _lead(self) -> str:
        return f"{self.value!r} is not a known {self.kind}"


class ArgumentTypeError(MagnesiumError, TypeError):
    """An argument of a type the function cannot use (a list where a number belongs).

    Examples:
        >>> import magnesium as mg
        >>> mg.rda.recommended_intake(age_years="30", sex="female")
        Traceback (most recent call last):
        ...
        magnesium.errors.ArgumentTypeError: '30' has the wrong type: expected a number for \
age_years ...
    """

    def _lead(self) -> str:
        return f"{self.value!r} has the wrong type"
