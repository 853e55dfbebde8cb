"""Junk for the hostile-input battery (``tests/test_hostile.py``).

`junk()` draws one hostile value: a wrong type, a non-finite or extreme number
in every numeric type a caller might hold (float, int, Decimal, Fraction, numpy
scalars), an adversarial or huge string, unicode digits and marks, a collection
holding junk, or a library object in the wrong place.
"""

from __future__ import annotations

import functools
import importlib
import math
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

import numpy as np
import pint
from hypothesis import strategies as st

import magnesium as mg
from magnesium import units

HUGE_TEXT: Final = 65_536
"""The longest junk string, in characters (some 64 kB)."""

_FLOATS: Final = (
    math.nan,
    -math.nan,
    math.inf,
    -math.inf,
    -0.0,
    0.0,
    5e-324,  # the smallest subnormal
    2.2250738585072014e-308 / 3,  # a subnormal
    1.7976931348623157e308,  # the largest float
    -1.0,
    1e-300,
    1e300,
    0.1 + 0.2,
)
_DECIMALS: Final = (
    Decimal("sNaN"),
    Decimal("-sNaN"),
    Decimal("NaN"),
    Decimal("-NaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("-0"),
    Decimal("1e999999999"),
    Decimal("1e-999999999"),
    Decimal("9" * 5_000),
    Decimal("0." + "0" * 4_000 + "1"),
    Decimal("1E+400"),
    Decimal(-1),
)
_INTS: Final = (
    10**400,
    10**5000,  # its repr exceeds Python's 4300-digit limit for int-to-str conversion
    -(10**400),
    2**63,
    2**64 + 1,
    -(2**63) - 1,
    -1,
    0,
    True,
    False,
)
_FRACTIONS: Final = (Fraction(10**400, 3), Fraction(1, 10**400), Fraction(-1, 2), Fraction(0))
_NUMPY: Final = (
    np.float64("nan"),
    np.float64("inf"),
    np.float64("-inf"),
    np.float64(-0.0),
    np.float32("nan"),
    np.float32(3.4e38),
    np.float16(65504),
    np.float16("inf"),
    np.finfo(np.longdouble).max,  # beyond any float on x86 (some 1.2e4932)
    np.int64(-1),
    np.int64(2**63 - 1),
    np.uint64(2**64 - 1),
    np.int8(-128),
    np.bool_(True),  # noqa: FBT003 (a numpy bool, the value under test)
    np.complex128(1, 1),
    np.datetime64("2024-01-01"),
    np.array(0.7),
    np.array([0.7, 0.8]),
    np.array([math.nan, math.inf]),
    np.array([], dtype=np.float64),
    np.array([["0.7"]]),
    np.array([object()], dtype=object),
    np.array([1.7e308, 5e-324, -0.0]),
    np.array([[0.7]]),
    np.array([1, 2], dtype=np.int64),
    np.array([True]),
    np.array(["0.7", None], dtype=object),
    np.array([2**70], dtype=object),
    np.ma.masked_array([0.7, 0.8], mask=[False, True]),
)
_TEXTS: Final = (
    "",
    " ",
    "\x00",
    "nan",
    "NaN",
    "sNaN",
    "-nan",
    "inf",
    "-Infinity",
    "infinity mmol/L",
    "nan mg/dL",
    "1e-999999999",
    "1e999999999",
    "1e-999999999 mmol/L",
    "1e999999999 mg/dL",
    "1 9.9^999",
    "1 9.9^999 mmol/L",
    " " * 16_000 + "x",
    "1" * 30_000 + "x",
    "0." + "0" * 30_000 + "1 mmol/L",
    "9" * 5_000 + " mg/dL",
    "9" * 5_000,
    "<" * 5_000 + "1",
    "1" + "e" * 5_000,
    "\u0661\u066b\u0664 mg/dL",  # Arabic-Indic digits and decimal separator
    "१.४ mg/dL",  # Devanagari digits
    "\U0001d7cf.\U0001d7d2 mg/dL",  # mathematical bold digits
    "\uff11.\uff14 mg/dL",  # fullwidth digits
    "½ mmol/L",
    "²",
    "0.7\u0301 mmol/L",  # a combining acute accent on a digit
    "\u200b0.7 mmol/L",  # zero-width space
    "0.7\u00a0mmol/L",  # no-break space
    "0.7 mmol/L\u202e",  # right-to-left override
    "\ud800",  # a lone surrogate
    "0x1p-2",
    "1_000",
    "+-1",
    "-0",
    "-0.0 mmol/L",
    "0,7 mmol/L",
    "1,000.5 mg/dL",
    "≤0.5 mmol/L",
    "<0.5",
    "female\x00",
    "FEMALE ",
    "\uff46\uff45\uff4d\uff41\uff4c\uff45",  # fullwidth letters
    "Mg",
    "MgSO4(H2O)99999999999",
    "Mg" + "(" * 3_000 + ")" * 3_000,
    "Mg" + "9" * 5_000,
    "magnesium sulfate " * 1_000,
    "omeprazole," * 5_000,
)

_ENCODABLE: Final = st.characters(codec="utf-8")
_MARKS_AND_DIGITS: Final = st.characters(categories=("Nd", "No", "Nl", "Mn", "Mc", "Me", "Zs"))


def _caller_quantities() -> tuple[object, ...]:
    caller: pint.UnitRegistry[float] = pint.UnitRegistry()
    library = units.registry()
    return (
        caller.Quantity(math.nan, "mmol/L"),
        caller.Quantity(math.inf, "mg/dL"),
        caller.Quantity(-1.0, "mmol/L"),
        caller.Quantity(1e308, "mmol/L"),
        caller.Quantity(0.7, "kg"),
        caller.Quantity(0.7, "dimensionless"),
        caller.Quantity(0.7, "mol/m**3"),
        caller.Quantity(np.array([0.7, 0.8]), "mmol/L"),
        library.Quantity(0.7, "mmol/L"),
        library.Quantity(10**300, "mmol/L"),
        library.Quantity(Decimal("NaN"), "mmol/L"),
    )


def _wrong_objects() -> tuple[object, ...]:
    pd: Any = importlib.import_module("pandas")  # in the dev extra; untyped
    return (
        pd.Series(["0.7", None]),
        pd.Series([pd.NA, 0.7], dtype="Float64"),
        pd.Series([0.7, 0.8], index=[1, 1]),
        pd.DataFrame({"mg": [0.7]}),
        pd.NA,
        pd.NaT,
        None,
        object(),
        Ellipsis,
        NotImplemented,
        b"0.7 mmol/L",
        bytearray(b"mg/dL"),
        complex(1, 1),
        complex(math.nan, 0),
        [],
        {},
        set(),
        (),
        [0.7],
        ("female",),
        {"mg/dL": 1},
        frozenset({1}),
        range(3),
        print,
        type,
        mg.Status.LOW,
        mg.Severity.NONE,
        mg.SerumMagnesium.of(0.7, "mmol/L"),
        mg.get_threshold_set(),
        mg.cite("iom-1997"),
    )


_FILLERS: Final = st.sampled_from((" ", "0", "9", ".", "(", "<", "e", "\u0301", "\u0661", "mg/dL"))


def _huge(head: str, filler: str, count: int) -> str:
    """*head* then *filler* repeated to about *count* characters, then *head* again."""
    return head + filler * (count // len(filler)) + head


@functools.cache
def junk() -> st.SearchStrategy[object]:
    """One hostile value of any kind."""
    scalars = st.sampled_from((*_FLOATS, *_DECIMALS, *_INTS, *_FRACTIONS, *_NUMPY))
    texts = st.one_of(
        st.sampled_from(_TEXTS),
        st.text(_ENCODABLE, max_size=40),
        st.text(_MARKS_AND_DIGITS, min_size=1, max_size=20),
        st.builds(_huge, st.text(_ENCODABLE, max_size=8), _FILLERS, st.integers(0, HUGE_TEXT)),
    )
    numbers = st.one_of(
        st.floats(),
        st.integers(),
        st.decimals(),
        st.fractions(),
        st.floats(width=32).map(np.float32),
    )
    objects = st.sampled_from((*_wrong_objects(), *_caller_quantities()))
    atoms = st.one_of(scalars, texts, numbers, objects)
    containers = st.one_of(
        st.lists(atoms, max_size=4),
        st.lists(atoms, max_size=4).map(tuple),
        st.lists(atoms, max_size=4).map(iter),
        st.dictionaries(st.text(max_size=8), atoms, max_size=3),
    )
    return st.one_of(atoms, atoms, atoms, containers)
