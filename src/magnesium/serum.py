"""`SerumMagnesium`: one serum or plasma magnesium result, as an immutable value.

Examples:
    >>> import magnesium as mg
    >>> level = mg.SerumMagnesium.of(1.8, "mg/dL")
    >>> level
    SerumMagnesium(1.8, 'mg/dL')
    >>> print(level)
    1.8 mg/dL (0.7406 mmol/L)
    >>> round(level.mmol_per_l, 4), level.mg_per_dl, round(level.meq_per_l, 4)
    (0.7406, 1.8, 1.4812)
    >>> level.same_concentration(mg.SerumMagnesium.of(level.mmol_per_l, "mmol/L"))
    True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Self, SupportsFloat

import attrs

from magnesium import _show, units
from magnesium._fields import checked
from magnesium._frozen import FrozenMapping
from magnesium.errors import ArgumentTypeError, ImplausibleValueError, InputError, ParseError

if TYPE_CHECKING:
    import pint
    from pint.facets.plain import PlainQuantity
    from pint.registry import Quantity

__all__ = ["COMPARATORS", "CensoredSerumMagnesium", "SerumMagnesium", "parse_result"]

_NUMBER: Final = r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:[eE][+-]?[0-9]+)?"
_RESULT: Final = re.compile(
    rf"(?P<qualifier>[<>]=?|[\u2264\u2265])?[ \t]*(?P<number>{_NUMBER})(?P<unit>.*)", re.DOTALL
)
"""A stripped result: no two neighbouring parts can match the same characters, so the
match is linear in the length of the text (the white space around it is stripped first)."""
_THOUSANDS_LIKE: Final = re.compile(r"[+-]?[1-9][0-9]{0,2},[0-9]{3}")


@attrs.frozen(repr=False)
class SerumMagnesium:
    """A serum or plasma magnesium concentration.

    The concentration is held as a float in mmol/L
    ([`mmol_per_l`][magnesium.serum.SerumMagnesium.mmol_per_l]); the value and
    unit it was reported in are kept beside it, so nothing is lost in a round
    trip and a grading that publishes different cut-offs per unit (NCI CTCAE)
    can use the reported unit.

    Equality and hashing follow the reported value and unit: two levels are
    equal when they were reported as the same number in the same unit, and then
    they classify alike under every threshold set. Two levels of the same
    concentration in different units (``2 mEq/L`` and ``1 mmol/L``) are not
    equal, since a set with cut-offs per unit (CTCAE) may grade them apart; ask
    [`same_concentration`][magnesium.serum.SerumMagnesium.same_concentration]
    for that. Ordering follows the concentration, then the unit's name and the
    value, so it agrees with equality.

    Args:
        value: The reported number, finite and >= 0 (see
            [`PLAUSIBILITY_CEILING_MMOL_PER_L`][magnesium.units.PLAUSIBILITY_CEILING_MMOL_PER_L]).
        unit: The reported unit, one of
            [`ACCEPTED_UNITS`][magnesium.units.ACCEPTED_UNITS] in any case. It has
            no default: the same number means different levels in mg/dL and mmol/L.

    Raises:
        ImplausibleValueError: If *value* is NaN, infinite, negative, a bool, not a
            number, or above the ceiling (a `ValueError`).
        UnitError: If *unit* is not accepted (a `ValueError`).

    Examples:
        >>> SerumMagnesium(0.7, "MMOL/L")
        SerumMagnesium(0.7, 'mmol/L')
        >>> SerumMagnesium.of(1.4, "mEq/L") < SerumMagnesium.of(1.8, "mg/dL")
        True
        >>> SerumMagnesium.of(2, "mEq/L") == SerumMagnesium.of(1, "mmol/L")
        False
        >>> SerumMagnesium.of(2, "mEq/L").same_concentration(SerumMagnesium.of(1, "mmol/L"))
        True
        >>> sorted({SerumMagnesium.of(2, "mEq/L"), SerumMagnesium.of(1.0, "mmol/L")})
        [SerumMagnesium(2, 'mEq/L'), SerumMagnesium(1.0, 'mmol/L')]
    """

    _mmol: float | None = attrs.field(init=False, repr=False, eq=False)
    """The concentration in mmol/L once asked for (see `mmol_per_l`); ``None`` before."""
    value: float = attrs.field()
    """The number as reported, in [`unit`][magnesium.serum.SerumMagnesium.unit]."""
    unit: str = attrs.field()
    """The unit as reported, in its canonical spelling."""

    def __init__(self, value: float, unit: str) -> None:
        if type(value) is float and type(unit) is str and 0.0 <= value <= _CEILINGS.get(unit, -1):
            _SET_VALUE(self, value + 0.0)  # the common case in line; + 0.0: no negative zero
            _SET_UNIT(self, unit)
        else:
            checked, canonical = units.reported_value(value, unit)
            _SET_VALUE(self, value if type(value) is int else checked)
            _SET_UNIT(self, canonical)
        _SET_MMOL(self, None)

    @property
    def mmol_per_l(self) -> float:
        """The concentration in mmol/L, converted from the value as reported, rounded once.

        It is computed when first asked for and then kept (a level is still
        immutable: the number is fixed by the value and unit). Classifying a
        level does not need it (see [`classify`][magnesium.thresholds.classify]).

        Examples:
            >>> SerumMagnesium(1.8, "mg/dL").mmol_per_l
            0.740588356305287
        """
        mmol = getattr(self, "_mmol", None)  # unset in a level pickled before 0.3
        if mmol is None:
            mmol = units.to_mmol_per_l(float(self.value), self.unit)
            _SET_MMOL(self, mmol)
        return mmol

    @classmethod
    def of(cls, value: float, unit: str) -> Self:
        """Make a level from a number and its unit.

        Examples:
            >>> SerumMagnesium.of(4, "meq/L").mmol_per_l
            2.0
        """
        kind = type(value)
        if cls is SerumMagnesium and type(unit) is str:
            try:
                if kind is float:
                    number = value
                elif kind is _DECIMAL:  # float(Decimal) reads its text: read each text once
                    number = _DECIMAL_FLOAT(str(value)) or _remember_decimal(value)
                elif kind in _REAL_KINDS:
                    number = float(value)
                else:
                    number = -1.0  # another kind: the general path below
                ceiling = _CEILINGS[unit]  # a unit not in its canonical spelling: KeyError
            except (OverflowError, ValueError, KeyError):  # the general path says what is wrong
                number = ceiling = -1.0
            if 0.0 <= number <= ceiling:  # as __init__ does, in line
                level = _NEW(cls)
                _SET_VALUE(level, (number or 0.0) if kind is not int else value)  # no -0.0
                _SET_UNIT(level, unit)
                _SET_MMOL(level, None)
                return level
        return cls(value, unit)

    @classmethod
    def from_quantity(cls, quantity: PlainQuantity[Any]) -> Self:
        """Make a level from a pint Quantity of any registry, the caller's own included.

        A quantity in an accepted unit keeps that unit as the reported one; other
        concentration units (g/L, mol/m**3) are converted exactly to mg/dL, mmol/L
        or mEq/L by their dimension.

        Raises:
            UnitError: If the quantity is not a concentration of amount, mass or charge.

        Examples:
            >>> import pint
            >>> caller = pint.UnitRegistry[float]()
            >>> SerumMagnesium.from_quantity(caller.Quantity(0.74, "mmol/L"))
            SerumMagnesium(0.74, 'mmol/L')
            >>> SerumMagnesium.from_quantity(caller.Quantity(0.0018, "g/dL"))
            SerumMagnesium(1.8, 'mg/dL')
        """
        value, unit = units.from_quantity(quantity)
        return cls(value, unit)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read a result as laboratory systems send it, e.g. ``"1.8 mg/dL"``.

        Surrounding white space, any letter case in the unit, a space or none
        between number and unit, and a decimal comma (``"0,74 mmol/L"``) are
        accepted. Censored results such as ``"<0.5 mmol/L"`` are rejected: a
        `SerumMagnesium` is a measured value, and a detection limit is not one.
        Read them with
        [`CensoredSerumMagnesium.parse`][magnesium.serum.CensoredSerumMagnesium.parse],
        or read either kind with [`parse_result`][magnesium.serum.parse_result].

        Raises:
            ParseError: If *text* is longer than
                [`MAX_TEXT_LENGTH`][magnesium.units.MAX_TEXT_LENGTH], is not a number
                followed by a unit, is censored, or has a comma that may be a
                thousands separator.
            UnitError: If the unit is not accepted.
            ImplausibleValueError: If the number is not a plausible concentration.

        Examples:
            >>> SerumMagnesium.parse(" 0.74 mmol/l ")
            SerumMagnesium(0.74, 'mmol/L')
            >>> SerumMagnesium.parse("1.5mEq/L")
            SerumMagnesium(1.5, 'mEq/L')
            >>> SerumMagnesium.parse("0,74 mmol/L")
            SerumMagnesium(0.74, 'mmol/L')
            >>> SerumMagnesium.parse("> 5 mg/dL")
            Traceback (most recent call last):
            ...
            magnesium.errors.ParseError: '> 5 mg/dL' cannot be read as a magnesium result: ...
        """
        qualifier, number, unit = _read(text)
        if qualifier:
            raise ParseError(
                text,
                "a measured value without '<' or '>'",
                "A censored result has no single value: read it with "
                "CensoredSerumMagnesium.parse, or magnesium.parse_result for either kind.",
            )
        return cls(number, unit)

    def same_concentration(self, other: SerumMagnesium) -> bool:
        """Return whether two levels are the same concentration, whatever their units.

        The concentrations are compared in mmol/L, each rounded once from the
        value as reported. Unlike ``==``, this does not promise that the two
        classify alike: CTCAE grades a mass unit on its mg/dL table.

        Raises:
            ArgumentTypeError: If *other* is not a `SerumMagnesium` (a `TypeError`).

        Examples:
            >>> a, b = SerumMagnesium.of(0.495, "mmol/L"), SerumMagnesium.of(1.2030975, "mg/dL")
            >>> a.same_concentration(b), a == b
            (True, False)
        """
        if not isinstance(other, SerumMagnesium):
            raise ArgumentTypeError(
                other, "a SerumMagnesium", "Build it with SerumMagnesium.of(value, unit)."
            )
        return self.mmol_per_l == other.mmol_per_l

    def _order(self) -> tuple[float, str, float]:
        return (self.mmol_per_l, self.unit, self.value)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, SerumMagnesium):
            return NotImplemented
        return self._order() < other._order()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, SerumMagnesium):
            return NotImplemented
        return self._order() <= other._order()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, SerumMagnesium):
            return NotImplemented
        return self._order() > other._order()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, SerumMagnesium):
            return NotImplemented
        return self._order() >= other._order()

    @property
    def mg_per_dl(self) -> float:
        """The concentration in mg/dL.

        Examples:
            >>> SerumMagnesium.of(0.70, "mmol/L").mg_per_dl
            1.70135
        """
        return self.in_unit("mg/dL")

    @property
    def meq_per_l(self) -> float:
        """The concentration in mEq/L (twice the mmol/L value: Mg2+ is divalent).

        Examples:
            >>> SerumMagnesium.of(0.65, "mmol/L").meq_per_l
            1.3
        """
        return self.in_unit("mEq/L")

    def in_unit(self, unit: str) -> float:
        """Return the concentration in an accepted unit, as a float.

        The conversion starts from the reported value, so it is rounded once, and
        the reported value comes back as it is in its own unit.

        Examples:
            >>> SerumMagnesium.of(740, "umol/L").in_unit("mmol/l")
            0.74
        """
        return units.rescale(float(self.value), self.unit, units.canonical_unit(unit))

    def to(self, unit: str, registry: pint.UnitRegistry[float] | None = None) -> Quantity[float]:
        """Return the concentration as a pint Quantity in an accepted unit.

        Args:
            unit: One of [`ACCEPTED_UNITS`][magnesium.units.ACCEPTED_UNITS].
            registry: Your own pint registry to build the quantity in, if you have
                one; the library's registry by default.

        Examples:
            >>> quantity = SerumMagnesium.of(1.8, "mg/dL").to("mEq/L")
            >>> print(f"{quantity:.4f~P}")
            1.4812 mEq/l
        """
        target = units.canonical_unit(unit)
        return units.to_quantity(self.in_unit(target), target, registry)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.value!r}, {self.unit!r})"

    def __str__(self) -> str:
        text = f"{self.value!r} {self.unit}"
        if self.unit != "mmol/L":
            text += f" ({self.mmol_per_l:.4g} mmol/L)"
        return text

    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


_NEW: Final = object.__new__
_REAL_KINDS: Final = units._REAL_KINDS  # noqa: SLF001 (int, and the number types seen)
_SET_VALUE, _SET_UNIT, _SET_MMOL = (
    SerumMagnesium.__dict__[name].__set__ for name in ("value", "unit", "_mmol")
)
"""The slots' own setters: how the frozen class fills its fields in ``__init__``, a
little faster than ``object.__setattr__`` on this hot path."""


_DECIMAL_FLOATS: Final[dict[str, float]] = {}
"""The float of each Decimal's text seen by `SerumMagnesium.of`, at most
`_DECIMALS_KEPT` of them. ``float(Decimal)`` formats the Decimal as text and reads
that text back (CPython's ``_decimal``), some 200 ns; laboratory results repeat, and
``str`` and a dictionary lookup cost a third of that."""
_DECIMALS_KEPT: Final = 4096
_DECIMAL_FLOAT: Final = _DECIMAL_FLOATS.get
_DECIMAL: Final[type] = Decimal  # typed as a type: `of` compares a float's type with it


def _remember_decimal(value: SupportsFloat) -> float:
    """``float(value)``, kept under ``str(value)`` if that text is short.

    `SerumMagnesium.of` reads the kept float with ``or``: a zero is found, read as
    false, and read again here, which costs time only for zeros.
    """
    number = float(value)
    text = str(value)
    if len(text) <= 32:  # a result's digits; a long text is read, not kept
        if len(_DECIMAL_FLOATS) >= _DECIMALS_KEPT:
            _DECIMAL_FLOATS.clear()  # bounded: a column of distinct values starts afresh
        _DECIMAL_FLOATS[text] = number
    return number


def _read(text: object) -> tuple[str | None, float, str]:
    """Read a result's text: (its comparator or None, the number, the unit text).

    The one reading of lab text for both kinds of result, so that they accept the
    same spellings; neither the unit nor the plausibility of the number is checked.
    """
    if not isinstance(text, str):
        raise ParseError(text, "a string such as '1.8 mg/dL'", "Use SerumMagnesium.of for numbers.")
    if len(text) > units.MAX_TEXT_LENGTH:
        raise ParseError(
            f"{text[:20]}... ({len(text)} characters)",
            f"a result of at most {units.MAX_TEXT_LENGTH} characters, such as '1.8 mg/dL'",
            "Pass one result at a time; text this long is not a laboratory result.",
        )
    match = _RESULT.fullmatch(text.strip())
    if match is None:
        raise ParseError(
            text,
            "a number followed by its unit, such as '1.8 mg/dL' or '0.74 mmol/L'",
            "Send the numeric result and its unit.",
        )
    number, unit = match["number"], match["unit"].strip()
    if not unit:
        raise ParseError(
            text,
            "a number followed by its unit, such as '1.8 mg/dL'",
            "Add the unit: the same number means different levels in mg/dL and mmol/L.",
        )
    if "," in number:
        if "." in number or _THOUSANDS_LIKE.fullmatch(number):
            raise ParseError(
                text,
                "a decimal point, or a decimal comma that cannot be a thousands separator",
                "Write the number with a decimal point, e.g. '0.74' or '1800'.",
            )
        number = number.replace(",", ".")
    qualifier = match["qualifier"]
    return (COMPARATORS[qualifier] if qualifier else None), float(number), unit


COMPARATORS: Final[Mapping[str, str]] = FrozenMapping(
    {"<": "<", "<=": "<=", "\u2264": "<=", ">": ">", ">=": ">=", "\u2265": ">="}
)
"""Every comparator a censored result may carry, as written, and its canonical form.

The canonical forms are the four codes of FHIR's QuantityComparator value set
(``http://hl7.org/fhir/ValueSet/quantity-comparator``, R4/R4B: ``<`` "The actual value
is less than the given value", ``<=``, ``>=``, ``>``), so a FHIR ``comparator`` is
passed as it is; ``≤`` and ``≥`` are read as ``<=`` and ``>=``."""


def _comparator(value: object) -> str:
    if isinstance(value, str) and value.strip() in COMPARATORS:
        return COMPARATORS[value.strip()]
    raise InputError(
        value,
        "comparator",
        "one of '<', '<=', '>', '>=' (or '\u2264', '\u2265')",
        "A censored result says on which side of its bound the value lies.",
    )


def _bound(value: object) -> float:
    """A bound as reported: a plausible number (an int stays an int, as for a level)."""
    checked = units.check_value(value, "mmol/L", ceiling=False)
    return value if type(value) is int else checked


@attrs.frozen(repr=False, field_transformer=checked)
class CensoredSerumMagnesium:
    """A censored serum magnesium result: only a bound, such as ``"<0.5 mmol/L"``.

    Laboratories report a result outside the range they can measure as a bound
    with a comparator (FHIR ``Quantity.comparator``, HL7 v2 SN). It is not a
    measured value: [`classify`][magnesium.thresholds.classify] decides it only
    where every value it allows falls alike, and says "undetermined" otherwise.

    Args:
        comparator: ``"<"``, ``"<="``, ``">"`` or ``">="`` (``"≤"`` and ``"≥"``
            are read as ``"<="`` and ``">="``): the side of the bound the value lies on.
        bound: The reported number, finite, >= 0 and plausible in *unit*.
        unit: The reported unit, one of [`ACCEPTED_UNITS`][magnesium.units.ACCEPTED_UNITS].

    Raises:
        InputError: If *comparator* is not one of these (a `ValueError`).
        ImplausibleValueError: If *bound* is not a plausible concentration, or
            ``"<0"`` allows no concentration at all.
        UnitError: If *unit* is not accepted.

    Examples:
        >>> low = CensoredSerumMagnesium("<", 0.5, "mmol/l")
        >>> low
        CensoredSerumMagnesium('<', 0.5, 'mmol/L')
        >>> print(low)
        <0.5 mmol/L
        >>> low.allows(SerumMagnesium.of(1.2, "mg/dL"))
        True
        >>> low.allows(SerumMagnesium.of(0.5, "mmol/L"))
        False
        >>> CensoredSerumMagnesium.parse("\u2265 5 mg/dL").comparator
        '>='
    """

    comparator: str = attrs.field(converter=_comparator)
    """``"<"``, ``"<="``, ``">"`` or ``">="``: the value lies on this side of the bound."""
    bound: float = attrs.field(converter=_bound)
    """The number as reported, in [`unit`][magnesium.serum.CensoredSerumMagnesium.unit]."""
    unit: str = attrs.field(converter=units.canonical_unit)
    """The unit as reported, in its canonical spelling."""
    bound_mmol_per_l: float = attrs.field(init=False, repr=False, eq=False)
    """The bound in mmol/L."""

    def __attrs_post_init__(self) -> None:
        _, _, mmol_per_l = units.reported_level(self.bound, self.unit)  # the ceiling
        if self.comparator == "<" and self.bound == 0:
            raise ImplausibleValueError(
                f"<{self.bound} {self.unit}",
                "a bound that allows some concentration",
                "No concentration is below 0: check the result.",
            )
        object.__setattr__(self, "bound_mmol_per_l", mmol_per_l)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read a censored result as laboratory systems send it, e.g. ``"<0.5 mmol/L"``.

        The rules of [`SerumMagnesium.parse`][magnesium.serum.SerumMagnesium.parse]
        apply (white space, letter case, a decimal comma, at most
        [`MAX_TEXT_LENGTH`][magnesium.units.MAX_TEXT_LENGTH] characters, a linear
        reading), and the text must start with a comparator of
        [`COMPARATORS`][magnesium.serum.COMPARATORS].

        Raises:
            ParseError: If *text* cannot be read, or is a measured value (no comparator).
            UnitError: If the unit is not accepted.
            ImplausibleValueError: If the bound is not a plausible concentration.

        Examples:
            >>> CensoredSerumMagnesium.parse(" <0,5 mmol/L ")
            CensoredSerumMagnesium('<', 0.5, 'mmol/L')
            >>> CensoredSerumMagnesium.parse("> 5 MG/DL")
            CensoredSerumMagnesium('>', 5.0, 'mg/dL')
        """
        comparator, number, unit = _read(text)
        if comparator is None:
            raise ParseError(
                text,
                "a censored result: '<', '<=', '>' or '>=' before the number",
                "A measured value is read with SerumMagnesium.parse, or with "
                "magnesium.parse_result for either kind.",
            )
        return cls(comparator, number, unit)

    @property
    def below(self) -> bool:
        """Whether the value lies below the bound (``<`` or ``<=``)."""
        return self.comparator in {"<", "<="}

    @property
    def inclusive(self) -> bool:
        """Whether the bound itself is allowed (``<=`` or ``>=``)."""
        return self.comparator.endswith("=")

    def allows(self, level: SerumMagnesium) -> bool:
        """Return whether a measured level is one of the values this result allows.

        The comparison is exact, in this result's unit, from the value as reported
        (as band edges are decided).

        Raises:
            ArgumentTypeError: If *level* is not a `SerumMagnesium` (a `TypeError`).

        Examples:
            >>> CensoredSerumMagnesium("<=", 0.5, "mmol/L").allows(SerumMagnesium.of(1, "mEq/L"))
            True
        """
        if not isinstance(level, SerumMagnesium):
            raise ArgumentTypeError(
                level, "a SerumMagnesium", "Build it with SerumMagnesium.of(value, unit)."
            )
        exact = units.exact_in(float(level.value), level.unit, self.unit)
        bound = Decimal(repr(float(self.bound)))
        if exact == bound:
            return self.inclusive
        return (exact < bound) == self.below

    def __str__(self) -> str:
        text = f"{self.comparator}{self.bound!r} {self.unit}"
        if self.unit != "mmol/L":
            text += f" ({self.comparator}{self.bound_mmol_per_l:.4g} mmol/L)"
        return text

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def parse_result(text: str) -> SerumMagnesium | CensoredSerumMagnesium:
    """Read a laboratory result that may be censored: ``"0.74 mmol/L"`` or ``"<0.5 mmol/L"``.

    A measured value gives a [`SerumMagnesium`][magnesium.serum.SerumMagnesium], a
    result with a comparator a
    [`CensoredSerumMagnesium`][magnesium.serum.CensoredSerumMagnesium]; both can be
    passed to [`classify`][magnesium.thresholds.classify].

    Raises:
        ParseError, UnitError, ImplausibleValueError: As
            [`SerumMagnesium.parse`][magnesium.serum.SerumMagnesium.parse].

    Examples:
        >>> parse_result("0.74 mmol/L"), parse_result("<0.5 mmol/L")
        (SerumMagnesium(0.74, 'mmol/L'), CensoredSerumMagnesium('<', 0.5, 'mmol/L'))
    """
    comparator, number, unit = _read(text)
    if comparator is None:
        return SerumMagnesium(number, unit)
    return CensoredSerumMagnesium(comparator, number, unit)


_CEILINGS: Final[dict[str, float]] = {
    unit: units.rescale(units.PLAUSIBILITY_CEILING_MMOL_PER_L, "mmol/L", unit)
    for unit in units.ACCEPTED_UNITS
}
"""The plausibility ceiling in each canonical unit, as `units.check_value` applies it."""
