"""The errors `magnesium` raises on purpose: every error class lives here.

Every error derives from [`MagnesiumError`][magnesium.errors.MagnesiumError] and
from the built-in exception a caller would expect (`ValueError` for a bad value
or unit, `TypeError` for an argument of the wrong type, `LookupError` for an
unknown name), so both `except magnesium.MagnesiumError` and `except ValueError`
work.

Each message names the value received, what was expected and how to fix it.
Errors keep those parts as attributes (`value`, `expected`, `hint`) for programs
that want to show them their own way. Every class takes ``(value, expected,
hint)``, except where noted: [`UnknownEntryError`][magnesium.errors.UnknownEntryError]
and [`AmbiguousSaltError`][magnesium.errors.AmbiguousSaltError] take
``(value, kind, known)`` and build the rest from the names they know;
[`InputError`][magnesium.errors.InputError] takes ``(value, what, expected,
hint)``; [`LabValueError`][magnesium.errors.LabValueError] and
[`LabUnitError`][magnesium.errors.LabUnitError] take an optional ``label``
after *hint*. Every error pickles and deep-copies to an equal message.

The topic modules re-export their errors (``magnesium.rda.IntakeError`` is
``magnesium.errors.IntakeError``).

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
from typing import Final

__all__ = [
    "AmbiguousSaltError",
    "ArgumentTypeError",
    "DefinitionError",
    "DetailError",
    "ImplausibleInputError",
    "ImplausibleValueError",
    "InputError",
    "IntakeError",
    "LabUnitError",
    "LabValueError",
    "MagnesiumError",
    "MissingExtraError",
    "NoReferenceValueError",
    "ParseError",
    "SerializationError",
    "UnitError",
    "UnknownEntryError",
]


_MAX_SHOWN: Final = 200
"""The most characters of a received value that a message shows."""


def _shown(value: object, *, quoted: bool = True) -> str:
    """The value as a message shows it: its repr (or str), clipped; never an exception.

    Examples:
        >>> _shown("x" * 500)[-22:]
        "... (502 characters)'"
        >>> _shown(10**5000)
        '<an int of 16610 bits>'
    """
    try:
        text = repr(value) if quoted or not isinstance(value, str) else value
    except ValueError:  # an int beyond the limit of int-to-text conversion
        if isinstance(value, int):
            return f"<an int of {value.bit_length()} bits>"
        return f"<a {type(value).__name__} that cannot be shown>"
    except Exception:  # noqa: BLE001 (a caller's object whose repr fails)
        return f"<a {type(value).__name__} that cannot be shown>"
    if len(text) > _MAX_SHOWN:
        tail = text[-1] if quoted and text[-1] in "'\")]}" else ""
        return f"{text[: _MAX_SHOWN - 40]}... ({len(text)} characters){tail}"
    return text


def _text(part: object) -> str:
    """A part of a message: text as it is, anything else as `_shown` shows it."""
    return part if isinstance(part, str) else _shown(part, quoted=False)


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
        return f"got {_shown(self.value)}"

    def __str__(self) -> str:
        expected = _text(self.expected)
        return f"{self._lead()}: expected {expected}. {_text(self.hint)}"


class ArgumentTypeError(MagnesiumError, TypeError):
    """An argument of a type the function cannot use (a list where a number belongs).

    Examples:
        >>> import magnesium as mg
        >>> mg.SerumMagnesium.from_quantity(1.8)
        Traceback (most recent call last):
        ...
        magnesium.errors.ArgumentTypeError: 1.8 has the wrong type: expected a pint Quantity...
    """

    def _lead(self) -> str:
        return f"{_shown(self.value)} has the wrong type"


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
        return f"{_shown(self.value)} is not an accepted unit of serum magnesium"


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
        return f"{_shown(self.value)} is not a plausible serum magnesium value"


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
        return f"invalid definition {_shown(self.value)}"


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
        return f"{_shown(self.value)} cannot be read as a magnesium result"


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
        try:
            names = sorted(_text(name) for name in known)  # an int too long to print: shown
        except TypeError:  # not iterable: no names to offer
            names = []
        kind = _text(kind)
        self.kind = kind
        self.suggestions = tuple(
            difflib.get_close_matches(
                _shown(value, quoted=False).strip().lower(), names, n=3, cutoff=0.6
            )
        )
        expected = "one of " + ", ".join(map(repr, names)) if names else f"a known {kind}"
        if self.suggestions:
            hint = "Did you mean " + " or ".join(map(repr, self.suggestions)) + "?"
        else:
            hint = f"Use a name from that list; no {kind} is close to {_shown(value)}."
        super().__init__(value, expected, hint)
        self.args = (value, kind, tuple(names))

    def _lead(self) -> str:
        return f"{_shown(self.value)} is not a known {_text(self.kind)}"


class DetailError(MagnesiumError, ValueError):
    """A *detail* that [`arrays.classify`][magnesium.arrays.classify] does not know.

    Args:
        value: The detail received.
        expected: The details accepted.
        hint: How to fix the call.

    Examples:
        >>> from magnesium import arrays
        >>> arrays.classify([1.8], "mg/dL", detail="grade")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        magnesium.errors.DetailError: detail='grade' is not a kind of detail: ...
    """

    def __init__(
        self,
        value: object,
        expected: str = "'status', 'severity' or 'label'",
        hint: str = "Choose one of these.",
    ) -> None:
        super().__init__(value, expected, hint)

    def _lead(self) -> str:
        return f"detail={_shown(self.value)} is not a kind of detail"


class ImplausibleInputError(ImplausibleValueError):
    """A number outside its quantity's plausible range, or NaN, or infinite.

    An [`ImplausibleValueError`][magnesium.errors.ImplausibleValueError], so a
    `ValueError`; its message names the argument as it was written.

    Args:
        value: The value received.
        name: The argument, e.g. ``"weight_kg"``.
        expected: What would have been accepted.
        hint: How to fix the call.

    Raised by the checks of [`magnesium.plausibility`][magnesium.plausibility] (and
    importable from there, where it was first defined).

    Examples:
        >>> error = ImplausibleInputError(-1, "egfr", "a number in [0, 250]", "Check it.")
        >>> print(error)
        -1 is not a plausible egfr: expected a number in [0, 250]. Check it.
        >>> error.name
        'egfr'
    """

    name: str
    """The argument the value was passed as."""

    def __init__(self, value: object, name: str, expected: str, hint: str) -> None:
        super().__init__(value, expected, hint)
        self.name = name
        self.args = (value, name, expected, hint)

    def _lead(self) -> str:
        return f"{_shown(self.value)} is not a plausible {_text(self.name)}"


# --- intake references (magnesium.rda) ---------------------------------------------------------


class IntakeError(MagnesiumError, ValueError):
    """A person or an intake the intake tables cannot take.

    Raised for a missing or doubled age, a negative, non-finite or absurd age,
    pregnancy and lactation at once, a pregnant or lactating male, pregnancy or
    lactation at an age none of the authority's bands covers, and a negative or
    non-finite intake.

    Examples:
        >>> from magnesium.rda import recommended_intake
        >>> recommended_intake(age_years=60, sex="female", pregnant=True)
        Traceback (most recent call last):
        ...
        magnesium.errors.IntakeError: 'age 60 y (720 months)' is not accepted by the intake \
tables: ...
    """

    def _lead(self) -> str:
        return f"{_shown(self.value)} is not accepted by the intake tables"


class NoReferenceValueError(MagnesiumError, LookupError):
    """The library holds no intake value of the authority for this life stage.

    Either the authority sets none (EFSA, for example, sets no adequate intake
    for infants under 7 months), or its value could not be read and is not
    filled in from another band or authority; the row's note says which.

    Examples:
        >>> from magnesium.rda import recommended_intake
        >>> recommended_intake(age_months=3, sex="female", authority="EFSA")
        Traceback (most recent call last):
        ...
        magnesium.errors.NoReferenceValueError: EFSA 0-6 months has no intake value: ...
    """

    def _lead(self) -> str:
        return f"{_shown(self.value, quoted=False)} has no intake value"


# --- salts and repletion (magnesium.repletion) -------------------------------------------------


class InputError(MagnesiumError, ValueError):
    """An argument to a dose conversion or to `plan_repletion` that cannot be used.

    Raised for negative, infinite or NaN amounts, booleans where numbers belong, a
    negative eGFR or weight, and a missing weight where a per-kilogram dose needs it.

    Args:
        value: The value received.
        what: What the value was meant to be, e.g. ``"eGFR"`` (this class's
            exception to the ``(value, expected, hint)`` signature).
        expected: What would have been accepted.
        hint: How to fix the call.

    Examples:
        >>> from magnesium.salts import elemental_magnesium
        >>> elemental_magnesium(-1, "magnesium oxide")
        Traceback (most recent call last):
        ...
        magnesium.errors.InputError: -1 is not a usable grams of salt: ...
    """

    what: str
    """What the value was meant to be, e.g. ``"eGFR"``."""

    def __init__(self, value: object, what: str, expected: str, hint: str) -> None:
        super().__init__(value, expected, hint)
        self.what = what
        self.args = (value, what, expected, hint)

    def _lead(self) -> str:
        return f"{_shown(self.value)} is not a usable {_shown(self.what, quoted=False)}"


class AmbiguousSaltError(UnknownEntryError):
    """A salt name that fits more than one form, e.g. ``"magnesium citrate"``.

    The message lists the forms; the library never guesses which one was meant.
    It takes ``(value, kind, known)`` like
    [`UnknownEntryError`][magnesium.errors.UnknownEntryError].

    Examples:
        >>> from magnesium.salts import get_salt
        >>> get_salt("magnesium citrate")
        Traceback (most recent call last):
        ...
        magnesium.errors.AmbiguousSaltError: 'magnesium citrate' names more than one salt \
form: ...
    """

    def __init__(self, value: object, kind: str, known: Iterable[str]) -> None:
        super().__init__(value, kind, known)
        self.suggestions = ()
        self.hint = "Name one of these forms: their magnesium per gram differs."

    def _lead(self) -> str:
        return f"{_shown(self.value)} names more than one salt form"


# --- causes and work-up (magnesium.causes) -----------------------------------------------------


class LabValueError(ImplausibleValueError):
    """A laboratory value for the work-up (urine magnesium, creatinine) that cannot be used.

    Raised for zero, negative, NaN or infinite values, booleans and non-numbers.
    It is an [`ImplausibleValueError`][magnesium.errors.ImplausibleValueError],
    so a `ValueError`.

    Args:
        value: The value received.
        expected: What would have been accepted.
        hint: How to fix the call.
        label: What the value was meant to be, e.g. ``"urine creatinine"``.

    Examples:
        >>> from magnesium.workup import fractional_excretion
        >>> fractional_excretion(
        ...     urine_magnesium=2.0, plasma_magnesium=0.5, urine_creatinine=0, plasma_creatinine=80
        ... )
        Traceback (most recent call last):
        ...
        magnesium.errors.LabValueError: 0 is not a plausible urine creatinine: ...
    """

    label: str
    """What the value was meant to be."""

    def __init__(self, value: object, expected: str, hint: str, label: str = "lab value") -> None:
        super().__init__(value, expected, hint)
        self.label = label
        self.args = (value, expected, hint, label)

    def _lead(self) -> str:
        return f"{_shown(self.value)} is not a plausible {_text(self.label)}"


class LabUnitError(UnitError):
    """A unit that the work-up cannot use for a laboratory value (urine magnesium, creatinine).

    It is a [`UnitError`][magnesium.errors.UnitError], so a `ValueError`; its
    message names the value it was meant for rather than serum magnesium.

    Args:
        value: The unit received.
        expected: What would have been accepted.
        hint: How to fix the call.
        label: What the unit was meant for, e.g. ``"creatinine"``.

    Examples:
        >>> from magnesium.workup import convert_creatinine
        >>> convert_creatinine(1.0, "mg/dL", "g")
        Traceback (most recent call last):
        ...
        magnesium.errors.LabUnitError: 'g' is not an accepted unit of creatinine: ...
    """

    label: str
    """What the unit was meant for."""

    def __init__(self, value: object, expected: str, hint: str, label: str = "lab value") -> None:
        super().__init__(value, expected, hint)
        self.label = label
        self.args = (value, expected, hint, label)

    def _lead(self) -> str:
        return f"{_shown(self.value)} is not an accepted unit of {_text(self.label)}"


class SerializationError(MagnesiumError, ValueError):
    """Data that [`magnesium.serialize`][magnesium.serialize] cannot read or write.

    Raised by ``from_dict``/``from_json`` for a missing, unknown or mistyped field,
    an unknown type name or another schema version, and by ``to_dict`` for a value
    that has no JSON form. The message names the path of the bad field
    (``$.classification.level.unit``).

    Args:
        value: The value found at *path*.
        path: Where it was found, as a JSONPath (``$`` is the whole document).
        expected: What would have been accepted there.
        hint: How to fix the data (this class's exception to the
            ``(value, expected, hint)`` signature: *path* comes second).

    Examples:
        >>> from magnesium.serialize import from_dict
        >>> data = {"type": "SerumMagnesium", "schema_version": 1, "value": "x", "unit": "mmol/L"}
        >>> from_dict(data)
        Traceback (most recent call last):
        ...
        magnesium.errors.SerializationError: 'x' at $.value is not valid data: expected a number...
    """

    path: str
    """Where the bad value was found, as a JSONPath."""

    def __init__(self, value: object, path: str, expected: str, hint: str) -> None:
        super().__init__(value, expected, hint)
        self.path = path
        self.args = (value, path, expected, hint)

    def _lead(self) -> str:
        return f"{_shown(self.value)} at {_text(self.path)} is not valid data"


class MissingExtraError(MagnesiumError, ImportError):
    """An optional part of the library whose dependency is not installed.

    Raised where a feature needs an extra (``mcp``, ``fhir``, ``hl7``, ``plot``, ...)
    that was not installed; *value* names the missing distribution.

    Examples:
        >>> raise MissingExtraError("mcp", "the MCP Python SDK (extra 'mcp')",
        ...                         "Install it: pip install 'magnesium-clinical[mcp]'.")
        Traceback (most recent call last):
        ...
        magnesium.errors.MissingExtraError: 'mcp' is not installed: expected the MCP Python SDK...
    """

    def _lead(self) -> str:
        return f"{_shown(self.value)} is not installed"
