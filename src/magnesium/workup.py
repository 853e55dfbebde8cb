"""The work-up of hypomagnesaemia: renal or extrarenal loss, and the tests to order.

* [`fractional_excretion`][magnesium.workup.fractional_excretion] (FEMg) and
  [`urine_magnesium_24h`][magnesium.workup.urine_magnesium_24h] for telling
  renal from extrarenal loss, with the published
  [`FEMG_CUTOFFS`][magnesium.workup.FEMG_CUTOFFS].
* [`WORKUP_TESTS`][magnesium.workup.WORKUP_TESTS]: the tests to order, each cited.

The causes themselves (taxonomy, drugs, inherited disorders, screening) are in
[`magnesium.causes`][magnesium.causes], which still re-exports these names
(deprecated there: import them from `magnesium.workup`).

Examples:
    >>> from magnesium import workup
    >>> result = workup.fractional_excretion(
    ...     urine_magnesium=2.0, plasma_magnesium=0.5, urine_creatinine=8000, plasma_creatinine=80
    ... )
    >>> round(result.percent, 2), result.interpretation.value
    (5.71, 'renal magnesium wasting')
    >>> workup.urine_magnesium_24h(1.5).interpretation.value
    'renal magnesium wasting'
"""

from __future__ import annotations

import enum
import math
import sys
import warnings
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

import attrs

from magnesium import _atomic_weights as atomic_weights
from magnesium import _knowledge, _show, plausibility, units
from magnesium._fields import checked
from magnesium._frozen import FrozenMapping
from magnesium.errors import (  # the errors live in errors.py; re-exported here
    ArgumentTypeError,
    LabUnitError,
    LabValueError,
    MagnesiumError,
    UnknownEntryError,
)
from magnesium.sources import (
    Source,
    Verification,
    _check_cited,
    _cite_all,
    _norm,
    cite,
    weakest_verification,
)

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity

__all__ = [
    "CREATININE_MOLAR_MASS_G_PER_MOL",
    "DEFAULT_FEMG_CUTOFF",
    "FEMG_CUTOFFS",
    "FEMG_FILTERED_FRACTION",
    "URINE_24H_RENAL_WASTING_MMOL_PER_DAY",
    "WORKUP_TESTS",
    "FemgCutoff",
    "FractionalExcretion",
    "LabUnitError",
    "LabValueError",
    "UrineInterpretation",
    "UrineMagnesium24h",
    "WorkupTest",
    "convert_creatinine",
    "fractional_excretion",
    "get_femg_cutoff",
    "urine_magnesium_24h",
]


class UrineInterpretation(enum.Enum):
    """What a urinary magnesium index says about the route of loss.

    Examples:
        >>> UrineInterpretation.EXTRARENAL.value
        'extrarenal loss (intake, gut or shift)'
    """

    RENAL_WASTING = "renal magnesium wasting"
    EXTRARENAL = "extrarenal loss (intake, gut or shift)"
    NOT_INTERPRETABLE = "not interpretable (reduced kidney function)"


@attrs.frozen(kw_only=True, field_transformer=checked)
class WorkupTest:
    """A test to order in the work-up of hypomagnesaemia.

    Args:
        name: The test.
        purpose: What it is for.
        sources: The sources (`Source` values or bibliography keys).

    Examples:
        >>> [t.name for t in WORKUP_TESTS][:2]
        ['serum potassium', 'serum calcium']
    """

    name: str
    """The test."""
    purpose: str
    """What it is for."""
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all, validator=_check_cited)
    """The sources."""

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


# --- the work-up: FEMg and 24-hour urine --------------------------------------------------------

_CREATININE_FORMULA: Final = {"C": 4, "H": 7, "N": 3, "O": 1}

CREATININE_MOLAR_MASS_G_PER_MOL: Final = float(
    sum(
        Decimal(atomic_weights.ATOMIC_WEIGHTS[element][0]) * count
        for element, count in _CREATININE_FORMULA.items()
    )
)
"""Molar mass of creatinine, C4H7N3O, in g/mol, computed from the atomic weights.

The weights are the library's one table of them, also used for the magnesium
salts (see [`Salt`][magnesium.salts.Salt]): the IUPAC conventional values
4 x 12.011 + 7 x 1.008 + 3 x 14.007 + 15.999 = 113.120 g/mol, so 1 mg/dL of
creatinine is 10 / 0.11312 = 88.40 umol/L.
"""

FEMG_FILTERED_FRACTION: Final = 0.7
"""The fraction of plasma magnesium taken as filtered at the glomerulus in FEMg.

Source ``"clinlabnavigator-urine-mg"``: 'serum magnesium is multiplied by 0.7 in
the denominator to account for the fraction not bound to albumin'.
"""

URINE_24H_RENAL_WASTING_MMOL_PER_DAY: Final = 1.0
"""24-hour urinary magnesium above which renal wasting is defined, in mmol/day.

Source ``"clinlabnavigator-urine-mg"`` (summarising Tucker et al., JAMA 2020):
'more than 1 mmol per day (24.31 mg/day)'; the mg figure is computed here from
[`MOLAR_MASS_G_PER_MOL`][magnesium.units.MOLAR_MASS_G_PER_MOL].
"""


@attrs.frozen(kw_only=True, field_transformer=checked)
class FemgCutoff:
    """A published FEMg cut-off: above *percent*, a patient's magnesium loss is renal.

    Args:
        name: The name to select it by.
        percent: The cut-off in percent.
        description: What the source says.
        sources: The sources (`Source` values or bibliography keys).

    Examples:
        >>> cutoff = get_femg_cutoff()
        >>> cutoff.name, cutoff.percent, cutoff.verified
        ('gt-4-percent', 4.0, True)
        >>> get_femg_cutoff("gt-2-percent").verified
        False
    """

    name: str
    """The name to select it by."""
    percent: float
    """The cut-off, in percent."""
    description: str
    """What the source says."""
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all, validator=_check_cited)
    """The sources."""

    @property
    def verified(self) -> bool:
        """Whether every source of the cut-off was checked."""
        return all(source.verified for source in self.sources)

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the cut-off's sources."""
        return weakest_verification(self.sources)

    @property
    def citations(self) -> tuple[Source, ...]:
        """The sources of the cut-off."""
        return self.sources

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _femg_field(value: object) -> float:
    return _positive(value, "FEMg", "percent")


def _mmol_per_day(value: object) -> float:
    label = "24-hour urine magnesium"
    return _in_range(value, _positive(value, label, "mmol_per_day"), label, "urine_magnesium_24h")


def _load_cutoffs() -> Mapping[str, FemgCutoff]:
    table: dict[str, FemgCutoff] = {}
    for where, row in _knowledge.rows("femg_cutoffs.toml", "cutoff"):
        built = _knowledge.build(FemgCutoff, row, where, cite)
        if built.name in table:
            raise _knowledge.fail(built.name, where, "a unique name", "Rename one.")
        table[built.name] = built
    return FrozenMapping(table)


FEMG_CUTOFFS: Final[Mapping[str, FemgCutoff]] = _load_cutoffs()
"""The published FEMg cut-offs, by name (read-only)."""

DEFAULT_FEMG_CUTOFF: Final = "gt-4-percent"
"""The cut-off used when none is named: FEMg > 4%.

Chosen because its source text was checked, and because in the ranges that
Elisaf et al. are reported to give (extrarenal 0.5-2.7%, renal 4-48%; source
``"elisaf-1997-femg"``, not verified) no extrarenal loss reaches 4% while
extrarenal values up to 2.7% would count as renal wasting by the 2% rule. Pass
``cutoff="gt-2-percent"`` for the more sensitive rule.
"""

_KIDNEY_CAVEAT: Final = (
    "FEMg cut-offs were established in patients with preserved kidney function; with reduced "
    "kidney function the fraction excreted by each remaining nephron rises, so a high FEMg does "
    "not show renal wasting."
)
_SAMPLE_CAVEAT: Final = (
    "Interpret only in a patient who is hypomagnesaemic, on urine collected before magnesium "
    "supplements and diuretics are given (ClinLab Navigator: they 'should be discontinued "
    "prior to urine collection')."
)


@attrs.frozen(kw_only=True, field_transformer=checked)
class FractionalExcretion:
    """The fractional excretion of magnesium (FEMg) and what it indicates.

    Args:
        percent: FEMg in percent.
        cutoff: The cut-off applied.
        interpretation: Renal wasting, extrarenal loss, or not interpretable.
        caveats: What the reader must keep in mind.

    Examples:
        >>> result = fractional_excretion(
        ...     urine_magnesium=0.5, plasma_magnesium=0.5,
        ...     urine_creatinine=10000, plasma_creatinine=80,
        ... )
        >>> round(result.percent, 2), result.renal_wasting
        (1.14, False)
    """

    percent: float = attrs.field(converter=_femg_field)
    """FEMg in percent."""
    cutoff: FemgCutoff
    """The cut-off applied."""
    interpretation: UrineInterpretation
    """What the value indicates."""
    caveats: tuple[str, ...]
    """What the reader must keep in mind."""

    @property
    def renal_wasting(self) -> bool | None:
        """``True``: renal wasting; ``False``: extrarenal loss; ``None``: not interpretable."""
        if self.interpretation is UrineInterpretation.NOT_INTERPRETABLE:
            return None
        return self.interpretation is UrineInterpretation.RENAL_WASTING

    @property
    def formula(self) -> str:
        """The formula the percentage comes from, with the filtered fraction it assumes.

        Examples:
            >>> fractional_excretion(
            ...     urine_magnesium=2.0, plasma_magnesium=0.5, urine_creatinine=8000,
            ...     plasma_creatinine=80,
            ... ).formula
            '(UMg x PCr) / (0.7 x PMg x UCr) x 100'
        """
        return f"(UMg x PCr) / ({FEMG_FILTERED_FRACTION} x PMg x UCr) x 100"

    @property
    def citations(self) -> tuple[Source, ...]:
        """The sources of the formula, the cut-off and the caveats."""
        keys = (cite("clinlabnavigator-urine-mg"), *self.cutoff.sources, cite("elisaf-1997-femg"))
        return tuple(dict.fromkeys(keys))

    def __str__(self) -> str:
        return f"FEMg {self.percent:.2f}% ({self.cutoff.name}): {self.interpretation.value}"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def get_femg_cutoff(name: str | FemgCutoff | None = None) -> FemgCutoff:
    """Return a FEMg cut-off by name, or the default one.

    The default is [`DEFAULT_FEMG_CUTOFF`][magnesium.workup.DEFAULT_FEMG_CUTOFF].

    Raises:
        UnknownEntryError: If no cut-off has that name (a `LookupError`).

    Examples:
        >>> get_femg_cutoff(" GT-2-Percent ").percent
        2.0
        >>> get_femg_cutoff("2%")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnknownEntryError: '2%' is not a known FEMg cut-off: ...
    """
    if isinstance(name, FemgCutoff):
        return name
    if name is None:
        return FEMG_CUTOFFS[DEFAULT_FEMG_CUTOFF]
    found = FEMG_CUTOFFS.get(_norm(name)) if isinstance(name, str) else None
    if found is None:
        raise UnknownEntryError(plausibility.shown(name), "FEMg cut-off", FEMG_CUTOFFS)
    return found


_ARGUMENTS: Final = {
    "urine magnesium": "urine_magnesium",
    "plasma magnesium": "plasma_magnesium",
    "urine creatinine": "urine_creatinine",
    "plasma creatinine": "plasma_creatinine",
}


def _lab_error(label: str) -> plausibility.ErrorFactory:
    """An error factory for `plausibility` that raises LabValueError about *label*."""

    def build(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
        return LabValueError(
            value, expected if name in expected else f"{name}: {expected}", hint, label
        )

    return build


def _positive(value: object, label: str, name: str | None = None) -> float:
    """Return *value* as a float if it is a finite number > 0, else raise LabValueError."""
    argument = name or _ARGUMENTS.get(label, label)
    number = plausibility.real(value, argument, error=_lab_error(label))
    if number <= 0:
        raise LabValueError(
            plausibility.shown(value),
            f"{argument}: a finite number > 0",
            f"A {label} of zero or below cannot be used (it divides); check the result.",
            label,
        )
    return number


def _in_range(given: object, converted: float, label: str, quantity: str) -> float:
    """Check a value converted to its range's unit; errors show the value as *given*."""
    bounds = plausibility.PLAUSIBLE_RANGES[quantity]
    if not (math.isfinite(converted) and bounds.contains(converted)):
        raise LabValueError(
            given,
            f"a {label} in {bounds.interval}",
            f"Check the value and its unit. {bounds.rationale}",
            label,
        )
    return converted


_CREATININE_UNITS: Final = {
    "umol/l": "umol/L",
    "mmol/l": "mmol/L",
    "mg/dl": "mg/dL",
    "mg/l": "mg/L",
}
# value [unit] * factor = value [umol/L]; mass units via the computed molar mass
_CREATININE_FACTORS: Final = {
    "umol/L": 1.0,
    "mmol/L": 1000.0,
    "mg/dL": 10_000.0 / CREATININE_MOLAR_MASS_G_PER_MOL,
    "mg/L": 1000.0 / CREATININE_MOLAR_MASS_G_PER_MOL,
}


def _creatinine_unit(unit: str) -> str:
    key = units._key(unit) if isinstance(unit, str) else ""  # noqa: SLF001 (one spelling rule)
    found = _CREATININE_UNITS.get(key)
    if found is None:
        raise LabUnitError(
            plausibility.shown(unit),
            "one of " + ", ".join(_CREATININE_FACTORS),
            "Give the unit of the creatinine result as one of these strings.",
            "creatinine",
        )
    return found


def convert_creatinine(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a creatinine concentration between umol/L, mmol/L, mg/dL and mg/L.

    Mass units convert with the molar mass of creatinine computed from its formula
    C4H7N3O ([`CREATININE_MOLAR_MASS_G_PER_MOL`][magnesium.workup.CREATININE_MOLAR_MASS_G_PER_MOL]).

    Raises:
        LabValueError: If *value* is not a finite number > 0.
        LabUnitError: If a unit is not one of those four (a `UnitError`).

    Examples:
        >>> round(convert_creatinine(1.0, "mg/dL", "umol/L"), 2)
        88.4
        >>> convert_creatinine(80, "UMOL/L", "umol/L")
        80.0
    """
    number = _positive(value, "creatinine", "value")
    source, target = _creatinine_unit(from_unit), _creatinine_unit(to_unit)
    umol = _in_range(value, number * _CREATININE_FACTORS[source], "creatinine", "creatinine")
    if source == target:
        return number
    return umol / _CREATININE_FACTORS[target]


def _quantity_magnitude(quantity: PlainQuantity[Any], label: str) -> tuple[float, str]:
    """Read a pint quantity from any registry as (magnitude > 0, unit expression)."""
    value = _positive(quantity.magnitude, label)
    expression = " * ".join(f"({name}) ** {exp}" for name, exp in quantity.unit_items())
    return value, expression or "dimensionless"


_MAGNESIUM_RANGES: Final = {
    "urine magnesium": "urine_magnesium",
    "plasma magnesium": "serum_magnesium",
}


def _magnesium_mmol(quantity: PlainQuantity[Any], label: str) -> float:
    """A magnesium quantity in mmol/L, in its plausible range."""
    mmol = _magnesium_converted(quantity, label)
    return _in_range(quantity, mmol, label, _MAGNESIUM_RANGES[label])


def _magnesium_converted(quantity: PlainQuantity[Any], label: str) -> float:
    import pint  # noqa: PLC0415 (a quantity means pint is loaded already)

    value, expression = _quantity_magnitude(quantity, label)
    ureg = units.registry()
    try:
        amount = ureg.Quantity(value, expression)
        for dimension, target, divide in (
            ("[substance] / [length] ** 3", "mmol/L", 1.0),
            ("[mass] / [length] ** 3", "mg/L", units.MOLAR_MASS_G_PER_MOL),
            ("[charge_equivalent] / [length] ** 3", "mEq/L", float(units.VALENCE)),
        ):
            if amount.check(dimension):
                return float(amount.to(target).magnitude) / divide
    except (pint.PintError, ValueError, AttributeError, TypeError):
        pass
    raise LabUnitError(
        f"{quantity.units}",
        "a concentration of amount, mass or charge per volume",
        "Pass the magnesium results as pint Quantities such as 0.6 mmol/L or 1.5 mg/dL.",
        label,
    )


def _creatinine_umol(quantity: PlainQuantity[Any], label: str) -> float:
    """A creatinine quantity in umol/L, in its plausible range."""
    return _in_range(quantity, _creatinine_converted(quantity, label), label, "creatinine")


def _creatinine_converted(quantity: PlainQuantity[Any], label: str) -> float:
    import pint  # noqa: PLC0415

    value, expression = _quantity_magnitude(quantity, label)
    ureg = units.registry()
    try:
        amount = ureg.Quantity(value, expression)
        if amount.check("[substance] / [length] ** 3"):
            return float(amount.to("umol/L").magnitude)
        if amount.check("[mass] / [length] ** 3"):
            return float(amount.to("mg/dL").magnitude) * _CREATININE_FACTORS["mg/dL"]
    except (pint.PintError, ValueError, AttributeError, TypeError):
        pass
    raise LabUnitError(
        f"{quantity.units}",
        "a concentration of amount or mass per volume",
        "Pass creatinine as a pint Quantity in umol/L, mmol/L, mg/dL or mg/L.",
        label,
    )


_NORMAL: Final = sys.float_info.min


def _femg_percent(given: object, values: tuple[float, float, float, float]) -> float:
    """FEMg in percent, refused if no float can hold it.

    Computed in floats where no step overflows or underflows, exactly otherwise.
    """
    u_mg, p_mg, u_cr, p_cr = values
    numerator, denominator = u_mg * p_cr, FEMG_FILTERED_FRACTION * p_mg * u_cr
    if min(numerator, denominator) >= _NORMAL and max(numerator, denominator) < math.inf:
        percent = numerator / denominator * 100.0
        if 1e-300 <= percent <= 1e300:  # the magnitudes plausibility accepts
            return percent
    u_mg_, p_mg_, u_cr_, p_cr_ = (Fraction(value) for value in values)
    exact = (u_mg_ * p_cr_ * 100) / (Fraction(str(FEMG_FILTERED_FRACTION)) * p_mg_ * u_cr_)
    if not plausibility.MIN_MAGNITUDE <= exact <= plausibility.MAX_MAGNITUDE:
        raise LabValueError(
            given,
            "four values whose FEMg is between 1e-300% and 1e300%",
            "Check the units: each pair (the two magnesium values, the two creatinine "
            "values) must share one.",
            "set of FEMg values",
        )
    return float(exact)


_RENAMED_ARGUMENTS: Final = {"urine_mg": "urine_magnesium", "plasma_mg": "plasma_magnesium"}
"""The deprecated keywords of `fractional_excretion` and their new names."""


def _magnesium_arguments(
    urine: object, plasma: object, renamed: Mapping[str, object]
) -> tuple[float | PlainQuantity[Any], float | PlainQuantity[Any]]:
    """The two magnesium values, taken from the deprecated keywords if given so (with a warning)."""
    values = {"urine_magnesium": urine, "plasma_magnesium": plasma}
    for old, value in renamed.items():
        new = _RENAMED_ARGUMENTS.get(old)
        if new is None:
            raise ArgumentTypeError(
                old, "a keyword of fractional_excretion", "Check the spelling of the keyword."
            )
        if values[new] is not None:
            raise ArgumentTypeError(
                old, f"{new}= or {old}=, not both", f"Pass {new}= only ({old}= is deprecated)."
            )
        warnings.warn(
            f"fractional_excretion({old}=...) is deprecated; pass {new}= instead",
            DeprecationWarning,
            stacklevel=3,
        )
        values[new] = value
    for new, value in values.items():
        if value is None:
            raise ArgumentTypeError(None, f"{new}: a number or a pint Quantity", f"Pass {new}=.")
    return values["urine_magnesium"], values["plasma_magnesium"]  # type: ignore[return-value]


def fractional_excretion(  # noqa: PLR0913 (four lab values and two options, by keyword)
    *,
    urine_magnesium: float | PlainQuantity[Any] | None = None,
    plasma_magnesium: float | PlainQuantity[Any] | None = None,
    urine_creatinine: float | PlainQuantity[Any],
    plasma_creatinine: float | PlainQuantity[Any],
    cutoff: str | FemgCutoff | None = None,
    reduced_kidney_function: bool = False,
    **renamed: float | PlainQuantity[Any],
) -> FractionalExcretion:
    """Compute the fractional excretion of magnesium and interpret it.

    FEMg = (UMg x PCr) / (0.7 x PMg x UCr) x 100, where 0.7 is
    [`FEMG_FILTERED_FRACTION`][magnesium.workup.FEMG_FILTERED_FRACTION].

    Plain numbers are accepted when each pair shares a unit: the two magnesium
    values in one unit (both mmol/L, say) and the two creatinine values in one
    unit (both umol/L, or both mg/dL); the units then cancel. For values in
    mixed units pass pint Quantities (from any registry) for all four: magnesium
    in mmol/L, mg/dL, mEq/L or another concentration unit, creatinine in umol/L,
    mmol/L, mg/dL or mg/L.

    Args:
        urine_magnesium: Spot urine magnesium (required).
        plasma_magnesium: Plasma (serum) magnesium (required).
        urine_creatinine: Spot urine creatinine.
        plasma_creatinine: Plasma (serum) creatinine.
        cutoff: The name of a cut-off in [`FEMG_CUTOFFS`][magnesium.workup.FEMG_CUTOFFS]
            or a [`FemgCutoff`][magnesium.workup.FemgCutoff]; default
            [`DEFAULT_FEMG_CUTOFF`][magnesium.workup.DEFAULT_FEMG_CUTOFF].
        reduced_kidney_function: ``True`` if kidney function is reduced; the value
            is then computed but reported as not interpretable.
        **renamed: The deprecated spellings ``urine_mg=`` and ``plasma_mg=`` (``mg``
            meant magnesium, not milligrams), accepted with a `DeprecationWarning`.

    Returns:
        The value, the cut-off applied, the interpretation and the caveats.

    Raises:
        LabValueError: If a value is zero, negative, NaN, infinite or not a number.
        LabUnitError: If some values are quantities and others plain numbers, or a
            quantity's unit is not a concentration (a `UnitError`).
        UnknownEntryError: If *cutoff* names no known cut-off.
        ArgumentTypeError: If a magnesium value is missing or given twice (new and
            deprecated name), or an unknown keyword is passed.

    Examples:
        >>> result = fractional_excretion(
        ...     urine_magnesium=2.0, plasma_magnesium=0.5,
        ...     urine_creatinine=8000, plasma_creatinine=80, cutoff="gt-2-percent",
        ... )
        >>> print(result)
        FEMg 5.71% (gt-2-percent): renal magnesium wasting
        >>> import pint
        >>> ureg = pint.UnitRegistry()
        >>> mixed = fractional_excretion(
        ...     urine_magnesium=ureg.Quantity(2.0, "mmol/L"),
        ...     plasma_magnesium=ureg.Quantity(0.5, "mmol/L"),
        ...     urine_creatinine=ureg.Quantity(8.0, "mmol/L"),
        ...     plasma_creatinine=ureg.Quantity(80 / 88.40, "mg/dL"),
        ... )
        >>> round(mixed.percent, 2)
        5.71
    """
    urine_magnesium, plasma_magnesium = _magnesium_arguments(
        urine_magnesium, plasma_magnesium, renamed
    )
    chosen = get_femg_cutoff(cutoff)
    given = (urine_magnesium, plasma_magnesium, urine_creatinine, plasma_creatinine)
    quantities = [units.is_quantity(value) for value in given]
    if all(quantities):
        u_mg = _magnesium_mmol(urine_magnesium, "urine magnesium")  # type: ignore[arg-type]
        p_mg = _magnesium_mmol(plasma_magnesium, "plasma magnesium")  # type: ignore[arg-type]
        u_cr = _creatinine_umol(urine_creatinine, "urine creatinine")  # type: ignore[arg-type]
        p_cr = _creatinine_umol(plasma_creatinine, "plasma creatinine")  # type: ignore[arg-type]
    elif any(quantities):
        raise LabUnitError(
            "a mix of pint Quantities and plain numbers",
            "four plain numbers (each pair in one unit) or four pint Quantities",
            "Pass all four values as Quantities when their units differ.",
            "the FEMg values",
        )
    else:
        u_mg = _positive(urine_magnesium, "urine magnesium")
        p_mg = _positive(plasma_magnesium, "plasma magnesium")
        u_cr = _positive(urine_creatinine, "urine creatinine")
        p_cr = _positive(plasma_creatinine, "plasma creatinine")
    percent = _femg_percent(given, (u_mg, p_mg, u_cr, p_cr))
    reduced = plausibility.flag(reduced_kidney_function, "reduced_kidney_function")
    caveats: tuple[str, ...] = (_KIDNEY_CAVEAT, _SAMPLE_CAVEAT)
    if percent > 100.0:
        interpretation = UrineInterpretation.NOT_INTERPRETABLE
        caveats = (_ABOVE_FILTERED_LOAD_CAVEAT, *caveats)
    elif reduced:
        interpretation = UrineInterpretation.NOT_INTERPRETABLE
    elif percent > chosen.percent:
        interpretation = UrineInterpretation.RENAL_WASTING
    else:
        interpretation = UrineInterpretation.EXTRARENAL
    return FractionalExcretion(
        percent=percent,
        cutoff=chosen,
        interpretation=interpretation,
        caveats=caveats,
    )


_ABOVE_FILTERED_LOAD_CAVEAT: Final = (
    "A fraction above 100% means more magnesium in the urine than the formula counts as "
    "filtered: check that urine and plasma values are not swapped and that each pair "
    "shares its unit (creatinine in urine is usually far higher than in plasma)."
)


_DAY_UNITS: Final = {"mmol/day": 1.0, "meq/day": 1.0 / units.VALENCE}


@attrs.frozen(kw_only=True, field_transformer=checked)
class UrineMagnesium24h:
    """A 24-hour urinary magnesium excretion and what it indicates.

    Args:
        mmol_per_day: The excretion in mmol/day.
        interpretation: Renal wasting or extrarenal loss.

    Examples:
        >>> result = urine_magnesium_24h(36.5, "mg/day")
        >>> round(result.mmol_per_day, 3), result.interpretation.value
        (1.502, 'renal magnesium wasting')
    """

    mmol_per_day: float = attrs.field(converter=_mmol_per_day)
    """The excretion, in mmol/day."""
    interpretation: UrineInterpretation
    """What it indicates in a hypomagnesaemic patient."""

    @property
    def mg_per_day(self) -> float:
        """The excretion in mg/day, from the molar mass of magnesium."""
        return self.mmol_per_day * units.MOLAR_MASS_G_PER_MOL

    @property
    def threshold_mg_per_day(self) -> float:
        """The renal-wasting threshold in mg/day (1 mmol/day = 24.305 mg/day)."""
        return URINE_24H_RENAL_WASTING_MMOL_PER_DAY * units.MOLAR_MASS_G_PER_MOL

    @property
    def citations(self) -> tuple[Source, ...]:
        """The source of the threshold."""
        return (cite("clinlabnavigator-urine-mg"),)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def urine_magnesium_24h(value: float, unit: str = "mmol/day") -> UrineMagnesium24h:
    """Interpret a 24-hour urinary magnesium excretion in a hypomagnesaemic patient.

    More than 1 mmol/day indicates renal magnesium wasting (see
    [`URINE_24H_RENAL_WASTING_MMOL_PER_DAY`][magnesium.workup.URINE_24H_RENAL_WASTING_MMOL_PER_DAY]).

    Args:
        value: The amount excreted in 24 hours.
        unit: ``"mmol/day"``, ``"mg/day"`` or ``"mEq/day"`` (any case).

    Raises:
        LabValueError: If *value* is not a finite number > 0.
        LabUnitError: If *unit* is not one of those (a `UnitError`).

    Examples:
        >>> urine_magnesium_24h(0.5).interpretation.value
        'extrarenal loss (intake, gut or shift)'
        >>> urine_magnesium_24h(1, "g/day")
        Traceback (most recent call last):
        ...
        magnesium.errors.LabUnitError: 'g/day' is not an accepted unit of 24-hour urine ...
    """
    number = _positive(value, "24-hour urine magnesium", "value")
    key = "".join(unit.split()).casefold() if isinstance(unit, str) else ""
    if key == "mg/day":
        mmol = number / units.MOLAR_MASS_G_PER_MOL
    elif key in _DAY_UNITS:
        mmol = number * _DAY_UNITS[key]
    else:
        raise LabUnitError(
            plausibility.shown(unit),
            "mmol/day, mg/day or mEq/day",
            "Give the 24-hour amount in one of these units.",
            "24-hour urine magnesium",
        )
    _in_range(value, mmol, "24-hour urine magnesium", "urine_magnesium_24h")
    interpretation = (
        UrineInterpretation.RENAL_WASTING
        if mmol > URINE_24H_RENAL_WASTING_MMOL_PER_DAY
        else UrineInterpretation.EXTRARENAL
    )
    return UrineMagnesium24h(mmol_per_day=mmol, interpretation=interpretation)


def _load_tests() -> tuple[WorkupTest, ...]:
    return _knowledge.load("workup_tests.toml", "test", WorkupTest, resolve=cite)


WORKUP_TESTS: Final[tuple[WorkupTest, ...]] = _load_tests()
"""Tests to order in the work-up, each cited."""
