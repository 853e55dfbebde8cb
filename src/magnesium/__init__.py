"""magnesium: serum magnesium values, units and cited thresholds for hypomagnesaemia.

The library models published guidance; it is not a prescriber. Every number
that encodes clinical guidance carries the [`Source`][magnesium.sources.Source]
it comes from.

Examples:
    >>> import magnesium as mg
    >>> level = mg.SerumMagnesium.parse("1.4 mg/dL")
    >>> round(level.mmol_per_l, 3)
    0.576
    >>> mg.classify(level).status
    <Status.LOW: 'low'>
    >>> mg.convert(4, "mEq/L", "mmol/L")
    2.0

The topic modules are imported on first use, so ``import magnesium`` stays cheap:
``mg.rda`` (intake references), ``mg.foods`` (the food table and intake
estimates), ``mg.causes`` (causes, drugs and screening), ``mg.workup`` (FEMg,
24-hour urine and the tests to order), ``mg.salts`` (salts, solutions and dose
conversions), ``mg.repletion`` (regimens and repletion plans), ``mg.analytes``
(ionised, RBC and 24-hour urine magnesium), ``mg.prescribing`` (cited facts on
parenteral magnesium sulfate), ``mg.plausibility`` (the ranges every numeric
input is checked against), ``mg.serialize`` (one versioned dict/JSON shape per
value type), ``mg.arrays`` (whole columns; needs numpy), ``mg.frames`` (tables
and results as pandas DataFrames; needs pandas) and ``mg.plots`` (figures; needs
matplotlib).

    >>> mg.rda.recommended_intake(age_years=40, sex="male").amount_mg
    420.0
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from magnesium import critical, hypermagnesemia
from magnesium.critical import CRITICAL_LIMITS, CriticalLimits, get_critical_limits
from magnesium.errors import (
    AmbiguousSaltError,
    ArgumentTypeError,
    DefinitionError,
    DetailError,
    ImplausibleInputError,
    ImplausibleValueError,
    InputError,
    IntakeError,
    LabUnitError,
    LabValueError,
    MagnesiumError,
    MissingExtraError,
    NoReferenceValueError,
    ParseError,
    SerializationError,
    UnitError,
    UnknownEntryError,
)
from magnesium.serum import CensoredSerumMagnesium, SerumMagnesium, parse_result
from magnesium.sources import BIBLIOGRAPHY, Source, Verification, cite
from magnesium.thresholds import (
    DEFAULT_THRESHOLD_SET,
    THRESHOLD_SETS,
    Band,
    CensoredLevelClassification,
    Classification,
    Cutoffs,
    LevelClassification,
    Population,
    Severity,
    Status,
    ThresholdSet,
    classify,
    ctcae_v5,
    get_threshold_set,
)
from magnesium.units import (
    ACCEPTED_UNITS,
    MOLAR_MASS_G_PER_MOL,
    VALENCE,
    convert,
)

if TYPE_CHECKING:  # what type checkers see; at run time they load on first use
    from magnesium import (
        analytes,
        causes,
        foods,
        plausibility,
        prescribing,
        rda,
        repletion,
        salts,
        serialize,
        workup,
    )
    from magnesium import arrays as arrays
    from magnesium import frames as frames
    from magnesium import hypermagnesaemia as hypermagnesaemia  # deprecated spelling
    from magnesium import plots as plots
    from magnesium import protocols as protocols

_TOPICS = frozenset(
    {
        "analytes",
        "arrays",
        "causes",
        "frames",
        "foods",
        "hypermagnesaemia",
        "plausibility",
        "plots",
        "prescribing",
        "protocols",
        "rda",
        "repletion",
        "salts",
        "serialize",
        "workup",
    }
)

if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name is an error

    def __getattr__(name: str) -> object:
        """Import a topic module on first use (``mg.rda``, ``mg.repletion``...)."""
        if name in _TOPICS:
            return importlib.import_module(f"magnesium.{name}")
        message = f"module 'magnesium' has no attribute {name!r}"
        raise AttributeError(message)


def __dir__() -> list[str]:
    """The module's names and the topic modules not imported yet (for tab completion)."""
    return sorted({*globals(), *_TOPICS})


__version__ = "0.2.0"
"""The version of this package."""

__all__ = [
    "ACCEPTED_UNITS",
    "BIBLIOGRAPHY",
    "CRITICAL_LIMITS",
    "DEFAULT_THRESHOLD_SET",
    "MOLAR_MASS_G_PER_MOL",
    "THRESHOLD_SETS",
    "VALENCE",
    "AmbiguousSaltError",
    "ArgumentTypeError",
    "Band",
    "CensoredLevelClassification",
    "CensoredSerumMagnesium",
    "Classification",
    "CriticalLimits",
    "Cutoffs",
    "DefinitionError",
    "DetailError",
    "ImplausibleInputError",
    "ImplausibleValueError",
    "InputError",
    "IntakeError",
    "LabUnitError",
    "LabValueError",
    "LevelClassification",
    "MagnesiumError",
    "MissingExtraError",
    "NoReferenceValueError",
    "ParseError",
    "Population",
    "SerializationError",
    "SerumMagnesium",
    "Severity",
    "Source",
    "Status",
    "ThresholdSet",
    "UnitError",
    "UnknownEntryError",
    "Verification",
    "__version__",
    "analytes",
    "causes",
    "cite",
    "classify",
    "convert",
    "critical",
    "ctcae_v5",
    "foods",
    "get_critical_limits",
    "get_threshold_set",
    "hypermagnesemia",
    "parse_result",
    "plausibility",
    "prescribing",
    "protocols",
    "rda",
    "repletion",
    "salts",
    "serialize",
    "workup",
]
