"""Whole columns at once: conversion and classification over arrays.

The scalar API builds one [`SerumMagnesium`][magnesium.serum.SerumMagnesium]
per result; a year of a hospital's laboratory results is millions of rows. This
module does the same work over a numpy array, a pandas Series or anything
array-like, with the same factors and the same threshold sets, read from the
same place as the scalar path: no number is copied here.

numpy is an optional dependency (``pip install 'magnesium-clinical[arrays]'``);
it is imported by this module only, never by ``import magnesium``. pandas and
polars are used when their Series come in, and are never required or imported
by this module.

* A pandas Series in gives a Series out, with its index and name; a polars
  Series gives a polars Series, with its name, and a null stays null.
* [`parse`][magnesium.arrays.parse] reads a column of texts in any accepted
  unit (each distinct text once), and [`classify`][magnesium.arrays.classify]
  takes one unit per row, so that each value is decided in its reported unit.
* Missing values (NaN, ``None``, ``pandas.NA``) stay missing: NaN from
  [`convert`][magnesium.arrays.convert], a missing category (code -1) from
  [`classify`][magnesium.arrays.classify].
* Negative, infinite or implausibly large values raise
  [`ImplausibleValueError`][magnesium.errors.ImplausibleValueError] naming how
  many there are and where the first one is; nothing is clamped.

Examples:
    >>> import numpy as np
    >>> from magnesium import arrays
    >>> arrays.convert(np.array([1.8, 2.4]), "mg/dL", "mmol/L").round(4)
    array([0.7406, 0.9875])
    >>> result = arrays.classify([1.4, 1.8, np.nan, 2.6], "mg/dL")
    >>> result.codes
    array([ 0,  1, -1,  2], dtype=int8)
    >>> result.categories
    ('low', 'normal', 'high')
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import numbers
from typing import TYPE_CHECKING, Any, Final, Literal, NoReturn, cast

import attrs

from magnesium import _columns, _show, thresholds, units
from magnesium.errors import (
    ArgumentTypeError,
    DetailError,
    ImplausibleValueError,
    InputError,
    ParseError,
    UnitError,
)
from magnesium.serum import _RESULT, COMPARATORS, CensoredSerumMagnesium, SerumMagnesium
from magnesium.thresholds import (
    Band,
    Cutoffs,
    Severity,
    Status,
    ThresholdSet,
    get_threshold_set,
)

try:
    import numpy as np
except ImportError as missing:  # pragma: no cover - the test environment has numpy
    message = (
        "magnesium.arrays needs numpy: pip install 'magnesium-clinical[arrays]'. "
        "The scalar API (magnesium.SerumMagnesium, magnesium.classify) works without it."
    )
    raise ImportError(message) from missing

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy.typing as npt

__all__ = [
    "UNDETERMINED",
    "BandCodes",
    "Censored",
    "Detail",
    "Errors",
    "ParsedColumn",
    "classify",
    "convert",
    "parse",
]

Detail = Literal["status", "severity", "label"]
"""What [`classify`][magnesium.arrays.classify] names each value by: its
[`Status`][magnesium.thresholds.Status], its
[`Severity`][magnesium.thresholds.Severity], or the label of its band."""

_MISSING: Final = -1
"""The code of a missing value, as in `pandas.Categorical`."""


def _read_only(codes: npt.NDArray[np.int8]) -> npt.NDArray[np.int8]:
    """A read-only view of *codes* (the caller's array keeps its own flags)."""
    if not (isinstance(codes, np.ndarray) and codes.dtype == np.int8):
        raise ArgumentTypeError(
            _preview(codes), "a numpy array of int8 codes", "Build BandCodes with classify()."
        )
    view = codes.view()
    view.flags.writeable = False
    return view


def _typed(kind: type, expected: str) -> Any:  # noqa: ANN401 (an attrs validator)
    """A validator: a *kind* (for ThresholdSet) or a tuple of *kind*, else ArgumentTypeError."""

    def check(_instance: object, attribute: Any, value: object) -> None:  # noqa: ANN401
        if kind is ThresholdSet:
            valid = isinstance(value, ThresholdSet)
        else:
            valid = isinstance(value, tuple) and all(isinstance(item, kind) for item in value)
        if not valid:
            raise ArgumentTypeError(value, f"{attribute.name}: {expected}", "Use classify().")

    return check


def _unit_names(names: object) -> tuple[str, ...]:
    if isinstance(names, str) or not isinstance(names, tuple | list) or not names:
        raise ArgumentTypeError(names, "units_used: a tuple of units", "Use classify().")
    return tuple(map(units.canonical_unit, names))


@attrs.frozen(eq=False)
class BandCodes:
    """The classification of a whole array: one small integer code per value.

    ``codes[i]`` indexes [`categories`][magnesium.arrays.BandCodes.categories];
    -1 marks a missing value. This is the layout of a `pandas.Categorical`, which
    [`to_categorical`][magnesium.arrays.BandCodes.to_categorical] builds.

    Examples:
        >>> result = classify([0.45, 0.8], "mmol/L", "ctcae-v5", detail="severity")
        >>> [result.categories[code] for code in result.codes]
        ['moderate', 'none']
        >>> result.unit_used, result.threshold_set.name
        ('mmol/L', 'ctcae-v5')
    """

    codes: npt.NDArray[np.int8] = attrs.field(converter=_read_only)
    """One code per value; -1 where the value is missing (read-only: writing to it raises)."""
    categories: tuple[str, ...] = attrs.field(validator=_typed(str, "a tuple of names"))
    """What each code stands for, in order (low to high)."""
    bands: tuple[Band, ...] = attrs.field(validator=_typed(Band, "a tuple of Band values"))
    """The bands of the table used, in order: ``bands[i]`` for band index *i*."""
    threshold_set: ThresholdSet = attrs.field(validator=_typed(ThresholdSet, "a ThresholdSet"))
    """The set the values were read against."""
    unit_used: str = attrs.field(converter=units.canonical_unit)
    """The unit of the cut-offs that were applied (with units per row: the first of
    [`units_used`][magnesium.arrays.BandCodes.units_used])."""
    units_used: tuple[str, ...] = attrs.field(
        default=attrs.Factory(lambda self: (self.unit_used,), takes_self=True),
        converter=_unit_names,
        kw_only=True,
    )
    """The unit of every table that was applied, in the set's order: one unit unless
    [`classify`][magnesium.arrays.classify] was given a unit per row."""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Rebuild through ``__init__``, so that the codes stay read-only after unpickling."""
        fields = (self.codes, self.categories, self.bands, self.threshold_set, self.unit_used)
        return (_rebuild, (*fields, self.units_used))

    def to_categorical(self) -> Any:  # noqa: ANN401 (pandas is optional and untyped here)
        """Return the codes as an ordered `pandas.Categorical` (needs pandas).

        The Categorical has its own copy of the codes: it can be changed like any
        other, and these codes stay as they are.

        Examples:
            >>> categorical = classify([1.4, 2.0], "mg/dL").to_categorical()
            >>> categorical.tolist()
            ['low', 'normal']
            >>> categorical[0] = "high"
            >>> categorical.tolist()
            ['high', 'normal']
        """
        return _categorical(self.codes.copy(), self.categories)  # a copy: codes stay read-only

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@functools.lru_cache(maxsize=64)
def _categorical_dtype(categories: tuple[str, ...], ordered: bool) -> Any:  # noqa: ANN401
    """The pandas dtype of these categories, built once.

    pandas checks the names each time it builds one: a fixed cost that a column
    classified in many partitions would pay once per partition.
    """
    pd: Any = importlib.import_module("pandas")
    return pd.CategoricalDtype(categories, ordered=ordered)


def convert(values: Any, from_unit: str, to_unit: str) -> Any:  # noqa: ANN401 (array-like)
    """Convert a whole array of serum magnesium values between accepted units.

    Each value is multiplied by the exact factor between the units, rounded
    once to a float; the scalar [`convert`][magnesium.units.convert] rounds the
    exact product instead, so the two may differ in the last binary digits (at
    most four units in the last place, some 1e-15 relative).

    Args:
        values: Numbers: a numpy array, a pandas Series, a list...
        from_unit: The unit of *values*, one of
            [`ACCEPTED_UNITS`][magnesium.units.ACCEPTED_UNITS].
        to_unit: The unit wanted.

    Returns:
        A read-only float64 array (a Series with the same index and name for a
        Series); missing values stay NaN. A polars Series gives a polars Float64
        Series with the same name, nulls kept (with pyarrow installed, a long one
        is written in memory from pyarrow's pool: see the performance page).

    Raises:
        UnitError: If either unit is not accepted.
        ImplausibleValueError: If any value is negative, infinite, above the
            plausibility ceiling or not a number.
        ArgumentTypeError: If *values* is a pandas DataFrame (pass one column).

    Examples:
        >>> convert([4, 1.3], "mEq/L", "mmol/L")
        array([2.  , 0.65])
        >>> convert([0.7, -1.0], "mmol/L", "mg/dL")
        Traceback (most recent call last):
        ...
        magnesium.errors.ImplausibleValueError: [0.7, -1.0] is not ...
    """
    source = units.canonical_unit(from_unit)
    target = units.canonical_unit(to_unit)
    array, series = _checked(values, source, check=False)
    ceiling = units.PLAUSIBILITY_CEILING_MMOL_PER_L * units.factor("mmol/L", source)
    factor = units.factor(source, target) if source != target else None
    if series is not None and _is_polars(series):  # checked here, multiplied by polars
        converted = _polars_scaled(series, array.reshape(-1), factor, ceiling)
        if converted is None:
            _raise_implausible(values, array, source, ceiling)
        return converted  # nulls stay null; the name stays
    flat = _columns.scaled(array.reshape(-1), factor, ceiling)
    if flat is None:
        _raise_implausible(values, array, source, ceiling)
    converted = flat.reshape(array.shape)  # a new array: a Series takes it without a copy
    if series is None:
        converted.flags.writeable = False  # (a 0-d input gives a 0-d array, not a numpy scalar)
    return _like(series, converted)


def classify(
    values: Any,  # noqa: ANN401 (array-like)
    unit: str | Sequence[str] | Any,  # noqa: ANN401 (or a column of unit texts)
    threshold_set: str | ThresholdSet | None = None,
    *,
    detail: Detail = "status",
    censored: Any = None,  # noqa: ANN401 (a column of comparators)
) -> Any:  # noqa: ANN401 (BandCodes, or a pandas Series for a Series)
    """Classify a whole array of serum magnesium values against a threshold set.

    Every value lands in the band the scalar
    [`classify`][magnesium.thresholds.classify] gives it, exact edges included:
    the edges are converted into *unit* once, and a value equal to an edge goes
    to the side the scalar API puts it on.

    Args:
        values: Numbers in *unit*: a numpy array, a pandas or polars Series, a list...
        unit: Their unit, one of [`ACCEPTED_UNITS`][magnesium.units.ACCEPTED_UNITS];
            or a column of units, one per value (a list, an array or a Series of
            the same length, matched by position, not by index), so that each
            value is decided in its own reported unit, on the table the scalar
            API reads for that unit. A missing unit is allowed only beside a
            missing value.
        threshold_set: A set name or [`ThresholdSet`][magnesium.thresholds.ThresholdSet];
            ``None`` for the default set.
        detail: Name each value by its ``"status"`` (low, normal, high), its
            ``"severity"``, or the ``"label"`` of its band.
        censored: A column of comparators, one per value: ``"<"``, ``"<="``,
            ``">"`` or ``">="`` where the value is the bound of a censored result,
            missing elsewhere. A censored row gets what the scalar
            [`classify`][magnesium.thresholds.classify] gives its
            [`CensoredSerumMagnesium`][magnesium.serum.CensoredSerumMagnesium]:
            a category where the bound decides it, else the category
            ``"undetermined"``, added last to the categories.

    Returns:
        [`BandCodes`][magnesium.arrays.BandCodes]; for a pandas Series, an
        ordered categorical Series with the same index and name; for a polars
        Series, a polars ``Enum`` Series with the same name (missing is null).

    Raises:
        UnitError: If *unit* is not accepted.
        UnknownEntryError: If the set is unknown.
        ImplausibleValueError: If any value is negative, infinite, above the
            plausibility ceiling or not a number.

    Examples:
        >>> graded = classify([1.0, 1.5], "mg/dL", "ctcae-v5", detail="label")
        >>> for code in graded.codes:
        ...     print(graded.categories[code])
        hypomagnesemia grade 2 (< 1.2 - 0.9 mg/dL)
        hypomagnesemia grade 1 (< LLN - 1.2 mg/dL; LLN 1.8)

        Units per row: 1.2 mg/dL is read on the mg/dL table, as the scalar API does:

        >>> mixed = classify([1.2, 0.49], ["mg/dL", "mmol/L"], "ctcae-v5", detail="severity")
        >>> [mixed.categories[code] for code in mixed.codes], mixed.units_used
        (['mild', 'moderate'], ('mmol/L', 'mg/dL'))
    """
    chosen = get_threshold_set(threshold_set)
    if censored is not None:
        return _classify_censored(values, unit, chosen, detail, censored)
    if not isinstance(unit, str) and _is_column(unit):
        return _classify_per_row(values, unit, chosen, detail)
    canonical = units.canonical_unit(cast("str", unit))  # anything but text: UnitError
    categories, lookup = _categories(detail, chosen, canonical)
    edges, bands, unit_used = _edges_in(chosen, canonical)
    array, series = _checked(values, canonical, check=False)
    ceiling = units.PLAUSIBILITY_CEILING_MMOL_PER_L * units.factor("mmol/L", canonical)
    flat = _columns.band_codes(array.reshape(-1), edges.tolist(), lookup[:-1].tolist(), ceiling)
    if flat is None:
        _raise_implausible(values, array, canonical, ceiling)
    codes = flat.reshape(array.shape)
    return _coded_like(series, BandCodes(codes, categories, bands, chosen, unit_used), codes)


def _coded_like(series: Any, result: BandCodes, owned: npt.NDArray[np.int8]) -> Any:  # noqa: ANN401
    """*result*, or a categorical column like *series* (pandas or polars) when there is one.

    *owned* is the writable array behind ``result.codes``, made by this call and held
    by nothing else: a pandas column takes it as it is, neither copied nor read-only.
    """
    if series is None:
        return result
    if _is_polars(series):
        return _polars_categorical(series, result)
    categorical = _categorical(owned, result.categories)
    return series._constructor(  # noqa: SLF001 (pandas' own way to keep the subclass)
        categorical, index=series.index, name=series.name, copy=False
    )


def _categorical(codes: npt.NDArray[np.int8], categories: tuple[str, ...]) -> Any:  # noqa: ANN401
    """A pandas Categorical on *codes* (not copied), ordered unless one is "undetermined"."""
    pd: Any = importlib.import_module("pandas")  # optional, untyped
    ordered = UNDETERMINED not in categories  # "undetermined" is no level above high
    return pd.Categorical.from_codes(codes, dtype=_categorical_dtype(categories, ordered))


def _edges_in(threshold_set: ThresholdSet, unit: str) -> tuple[Any, tuple[Band, ...], str]:
    """The inner edges of the table the scalar path uses for *unit*, in *unit*.

    Each edge is the correctly rounded float of the exact edge. A value equal to
    it is put where the scalar API puts a level of exactly that value; where that
    is the upper band, the edge moves one float down, so that one
    ``searchsorted(side="left")`` decides every value as the scalar API does.
    """
    _, table = threshold_set.band_for(SerumMagnesium(0, unit))
    edges: list[float] = []
    for index, edge in enumerate(table.edges):
        in_unit = units.rescale(edge, table.unit, unit)
        band, _ = threshold_set.band_for(SerumMagnesium(in_unit, unit))
        upper_takes_it = table.bands.index(band) == index + 1
        edges.append(float(np.nextafter(in_unit, -np.inf)) if upper_takes_it else in_unit)
    return np.array(edges, dtype=np.float64), table.bands, table.unit


def _categories(
    detail: Detail, threshold_set: ThresholdSet, unit: str
) -> tuple[tuple[str, ...], npt.NDArray[np.int8]]:
    """The categories for *detail*, and the code of each band (then -1 for missing)."""
    _, table = threshold_set.band_for(SerumMagnesium(0, unit))
    names = _names(detail, (table,))
    return names, _lookup(detail, table, names)


def _names(detail: Detail, tables: Sequence[Cutoffs]) -> tuple[str, ...]:
    """Every category *detail* can name, low to high (labels: each table's in turn)."""
    if not isinstance(detail, str):
        raise DetailError(detail)
    if detail == "status":
        return tuple(status.value for status in Status)
    if detail == "severity":
        return tuple(severity.value for severity in Severity)
    if detail == "label":
        return tuple(dict.fromkeys(band.label for table in tables for band in table.bands))
    raise DetailError(detail)


def _lookup(detail: Detail, table: Cutoffs, names: tuple[str, ...]) -> npt.NDArray[np.int8]:
    """The code of each band of *table* among *names*, then -1 (for a missing value)."""
    per_band = [
        band.status.value
        if detail == "status"
        else band.severity.value
        if detail == "severity"
        else band.label
        for band in table.bands
    ]
    return np.array([*map(names.index, per_band), _MISSING], dtype=np.int8)


_DetailError = DetailError  # the old private name, kept for callers that caught it


def _checked(
    values: Any,  # noqa: ANN401
    unit: str | None,
    *,
    check: bool = True,
) -> tuple[npt.NDArray[np.float64], Any]:
    """Return *values* as a float64 array (no copy where possible) and the Series, if any.

    Values are checked against the ceiling of *unit*; with no unit (units per row),
    only for being finite and >= 0; with ``check=False`` not at all (the caller's
    kernel checks them in its own pass).
    """
    _refuse_quantities(values)
    series = values if _is_series(values) or _is_polars(values) else None
    if series is None and (_is_pandas(values) or _is_from(values, "polars")):
        raise ArgumentTypeError(
            type(values).__name__,
            "a pandas Series, a numpy array or a list of numbers",
            "Pass one column, e.g. frame['magnesium'].",
        )
    try:
        with np.errstate(over="raise"):  # a long double beyond float64: refused, not inf
            if series is not None:
                array = _series_floats(series)
            else:
                raw = np.asarray(values)
                if raw.dtype.kind not in "iuf" and not _all_numbers_or_missing(raw):
                    raise TypeError(raw.dtype)  # noqa: TRY301 (reported below, with the values)
                array = np.asarray(raw, dtype=np.float64)
        if not check:
            return array, series
    except (TypeError, ValueError, OverflowError, FloatingPointError):
        raise ImplausibleValueError(
            _preview(values),
            "numbers (int or float), with NaN or None for missing values",
            "Convert text results with SerumMagnesium.parse, or clean the column first.",
        ) from None
    ceiling = (
        units.PLAUSIBILITY_CEILING_MMOL_PER_L * units.factor("mmol/L", unit) if unit else np.inf
    )
    low, high = (np.nanmin(array), np.nanmax(array)) if _has_values(array) else (0.0, 0.0)
    if not (low >= 0 and high <= ceiling):
        _raise_implausible(values, array, unit, ceiling)
    return array, series


def _refuse_quantities(values: object) -> None:
    """Refuse a pint Quantity, or a list of them: numpy would strip their units silently.

    A column of quantities in mg/dL, classified as the unit the caller names, would be
    read in that unit whatever its own; the caller converts it, naming the unit.
    """
    items = values if isinstance(values, list | tuple) else (values,)
    kinds = set(map(type, items))  # a pass in C over a list: its few types, checked once
    if any(cls.__module__.startswith("pint") for kind in kinds for cls in kind.__mro__):
        raise ArgumentTypeError(
            _preview(values),
            "numbers in the unit you name (a pint Quantity's unit would be dropped)",
            "Pass the magnitudes in that unit, e.g. quantity.m_as('mmol/L') with unit "
            "'mmol/L' (or SerumMagnesium.from_quantity for one level).",
        )


def _has_values(array: npt.NDArray[np.float64]) -> bool:
    return bool(array.size) and not bool(np.isnan(array).all())


def _all_numbers_or_missing(raw: npt.NDArray[Any]) -> bool:
    """Whether an object array holds only real numbers and missing values (not bools)."""
    if raw.dtype.kind != "O":
        return False
    for item in raw.flat:
        if isinstance(item, bool) or not (
            item is None or isinstance(item, numbers.Real) or _is_na(item)
        ):
            return False
    return True


def _is_na(item: object) -> bool:
    return type(item).__name__ == "NAType"


def _raise_implausible(
    values: object, array: npt.NDArray[np.float64], unit: str | None, ceiling: float
) -> NoReturn:
    bad = ~((array >= 0) & (array <= ceiling)) & ~np.isnan(array)
    positions = np.flatnonzero(bad)
    first = int(positions[0])
    raise ImplausibleValueError(
        _preview(values),
        f"finite numbers >= 0 (at most {ceiling:.4g} {unit})" if unit else "finite numbers >= 0",
        f"{positions.size} value(s) are negative, infinite or too large; the first is "
        f"{float(array.reshape(-1)[first])!r} at position {first}. "
        "Check the unit, and mark missing results as NaN.",
    )


def _preview(values: object) -> object:
    """A short stand-in for a large input in an error message."""
    try:
        items = list(values)  # type: ignore[call-overload]
    except TypeError:
        return values
    if len(items) <= 6:
        return [_plain(item) for item in items]
    return f"[{', '.join(repr(_plain(item)) for item in items[:3])}, ... {len(items)} values]"


def _plain(item: object) -> object:
    return item.item() if isinstance(item, np.generic) else item


def _is_pandas(values: object) -> bool:
    return _is_from(values, "pandas")


def _is_from(values: object, package: str) -> bool:
    return any(cls.__module__.startswith(package) for cls in type(values).__mro__)


def _is_polars(values: object) -> bool:
    """Whether *values* is a polars Series (polars is never imported to find out)."""
    return _is_from(values, "polars") and type(values).__name__ == "Series"


def _is_series(values: object) -> bool:
    return _is_pandas(values) and hasattr(values, "index") and getattr(values, "ndim", 0) == 1


def _like(series: Any, array: npt.NDArray[np.float64]) -> Any:  # noqa: ANN401
    if series is None:
        return array
    if _is_polars(series):
        result = _polars().Series(series.name, array)
        if not series.null_count():  # kept by polars: no pass over the column
            return result
        return result.scatter(np.flatnonzero(series.is_null().to_numpy()), None)
    return series._constructor(  # noqa: SLF001
        array, index=series.index, name=series.name, copy=False
    )


# --- units per row, polars ----------------------------------------------------------


def _rebuild(*fields: Any) -> BandCodes:  # noqa: ANN401
    """Unpickle a BandCodes (``units_used`` is keyword-only)."""
    *positional, units_used = fields
    return BandCodes(*positional, units_used=units_used)


def _is_column(value: object) -> bool:
    """Whether *value* is a column (of unit texts), not a single unit."""
    return isinstance(value, list | tuple | np.ndarray) or _is_series(value) or _is_polars(value)


def _items(column: Any) -> list[object]:  # noqa: ANN401
    """The items of a list, tuple, numpy array, pandas or polars Series, as Python objects."""
    if _is_polars(column):
        return list(column.to_list())
    if _is_series(column) or isinstance(column, np.ndarray):
        return list(column.tolist()) if np.ndim(column) == 1 else [column.tolist()]
    return list(column)


def _missing_item(item: object) -> bool:
    """None, a float NaN (numpy's too), pandas.NA or NaT: a missing cell."""
    if item is None or _is_na(item) or type(item).__name__ == "NaTType":
        return True
    return isinstance(item, float) and item != item  # noqa: PLR0124 (NaN is not itself)


def _row_units(column: Any, shape: tuple[int, ...]) -> npt.NDArray[np.intp]:  # noqa: ANN401
    """Per row, the index of its unit in ACCEPTED_UNITS; -1 where the unit is missing."""
    items = _items(column)
    if (len(items),) != shape:
        raise UnitError(
            _preview(column),
            f"one unit per value ({shape[0] if shape else 1} values, {len(items)} units)",
            "Pass a column of units as long as the column of values.",
        )
    seen: dict[str, int] = {}
    codes = np.empty(len(items), dtype=np.intp)
    for row, item in enumerate(items):
        if isinstance(item, str):
            code = seen.get(item)
            if code is None:  # each distinct spelling is read once
                code = seen[item] = _UNIT_INDEX[_row_unit(item, row)]
            codes[row] = code
        elif _missing_item(item):
            codes[row] = -1
        else:
            _row_unit(item, row)
    return codes


_UNIT_INDEX: Final = {unit: index for index, unit in enumerate(units.ACCEPTED_UNITS)}


def _row_unit(item: object, row: int) -> str:
    try:
        return units.canonical_unit(item)  # type: ignore[arg-type]
    except UnitError as error:
        raise UnitError(error.value, f"row {row}: {error.expected}", error.hint) from None


def _classify_per_row(
    values: Any,  # noqa: ANN401
    row_units: Any,  # noqa: ANN401
    chosen: ThresholdSet,
    detail: Detail,
) -> Any:  # noqa: ANN401
    """`classify` with a unit per row: each unit's rows on its own edges, as the scalar API."""
    array, series = _checked(values, None)
    unit_codes = _row_units(row_units, array.shape)
    present = [unit for unit, code in _UNIT_INDEX.items() if (unit_codes == code).any()]
    tables = {unit: chosen.band_for(SerumMagnesium(0, unit))[1] for unit in present}
    used = tuple(t for t in chosen.cutoffs if t in tables.values()) or chosen.cutoffs[:1]
    names = _names(detail, used)
    codes = np.full(array.shape, _MISSING, dtype=np.int8)
    for unit in present:
        rows = unit_codes == _UNIT_INDEX[unit]
        group = np.where(rows, array, np.nan)
        ceiling = units.PLAUSIBILITY_CEILING_MMOL_PER_L * units.factor("mmol/L", unit)
        if _has_values(group) and np.nanmax(group) > ceiling:
            _raise_implausible(values, group, unit, ceiling)
        edges, _, _ = _edges_in(chosen, unit)
        decided = rows & ~np.isnan(array)
        band_index = np.searchsorted(edges, array[decided], side="left")
        codes[decided] = _lookup(detail, tables[unit], names)[band_index]
    unitless = np.flatnonzero((unit_codes < 0) & ~np.isnan(array))
    if unitless.size:
        raise UnitError(
            None,
            f"a unit beside every value (row {int(unitless[0])} has a value and no unit)",
            "Fill in the unit, or mark the value missing too.",
        )
    bands = tuple(band for table in used for band in table.bands)
    units_used = tuple(table.unit for table in used)
    result = BandCodes(codes, names, bands, chosen, units_used[0], units_used=units_used)
    return _coded_like(series, result, codes)


def _polars() -> Any:  # noqa: ANN401 (polars is optional here)
    return importlib.import_module("polars")


def _series_floats(series: Any) -> npt.NDArray[np.float64]:  # noqa: ANN401
    """A pandas or polars Series as float64, missing values (null, NA) as NaN."""
    if not _is_polars(series):
        if series.dtype == np.float64:  # numpy-backed: a view, NaN already marks missing
            return np.asarray(series.to_numpy())
        return np.asarray(series.to_numpy(dtype=np.float64, na_value=np.nan))
    if series.dtype == _polars().Null:  # a column of nulls only
        return np.full(series.len(), np.nan)
    if not series.dtype.is_numeric():
        raise TypeError(series.dtype)
    return np.asarray(series.cast(_polars().Float64).to_numpy(), dtype=np.float64)


_POLARS_IN_ARROW: Final = 1 << 21
"""From this many values, `convert` writes a polars result in memory from pyarrow's pool
(below it, building the Arrow array costs more than it saves)."""
_REUSING_POOLS: Final = frozenset({"jemalloc", "mimalloc"})
"""pyarrow memory pools that keep freed memory for the next allocation."""


def _polars_scaled(
    series: Any,  # noqa: ANN401 (a polars Series)
    flat: npt.NDArray[np.float64],
    factor: float | None,
    ceiling: float,
) -> Any:  # noqa: ANN401
    """*series* as Float64 times *factor*, or ``None`` if a value of *flat* is invalid.

    polars multiplies into memory its allocator kept from earlier results, while a
    new numpy array is mapped afresh and page-faults on first write (some 0.6 of a
    multiply's time for 10**7 values). So a long column is multiplied and checked
    chunk by chunk in cache (`_columns.scaled`), as a numpy array is, but into memory
    from pyarrow's pool, which also keeps freed memory, and handed to polars as an
    Arrow array, without a copy. Without pyarrow, or with a pool that does not keep
    memory, the values are checked, then multiplied by polars: one more read.
    """
    pl = _polars()
    pa = _reusing_pyarrow() if factor is not None and flat.size >= _POLARS_IN_ARROW else None
    if pa is not None:
        # Where a value is present, as an Arrow validity bitmap: the bits of a new Boolean
        # Series (any dtype, the caller's Series untouched); None if none is missing.
        present = series.is_not_null().to_arrow() if series.null_count() else None
        if present is None or not present.offset:
            buffer = pa.allocate_buffer(flat.size * 8)
            product = np.frombuffer(buffer, dtype=np.float64)
            if _columns.scaled(flat, factor, ceiling, out=product) is None:
                return None
            validity = None if present is None else present.buffers()[1]
            array = pa.Array.from_buffers(pa.float64(), flat.size, [validity, buffer])
            return pl.from_arrow(array).alias(series.name)
    if not _columns.valid(flat, ceiling):
        return None
    floats = series.cast(pl.Float64)
    return floats if factor is None else floats * factor


def _reusing_pyarrow() -> Any:  # noqa: ANN401 (pyarrow is optional here)
    """Pyarrow if it is installed and its memory pool keeps freed memory, else ``None``."""
    if importlib.util.find_spec("pyarrow") is None:
        return None
    try:
        pa = importlib.import_module("pyarrow")
    except Exception:  # noqa: BLE001 (installed but broken, however it fails: not needed)
        return None
    return pa if pa.default_memory_pool().backend_name in _REUSING_POOLS else None


def _polars_categorical(series: Any, result: BandCodes) -> Any:  # noqa: ANN401
    """The codes as a polars Enum Series named like *series*; a missing value is null."""
    pl = _polars()
    codes = result.codes.reshape(-1)
    dtype = pl.Enum(result.categories)
    missing = np.flatnonzero(codes < 0) if codes.size and codes.min() < 0 else None
    empty = pl.Series(dtype=dtype)
    if not hasattr(empty.cat, "to"):  # an older polars: look each code up (no string per row)
        index = pl.Series(series.name, codes)
        index = index if missing is None else index.scatter(missing, None)
        enum = pl.Series(series.name, result.categories, dtype=dtype)
        return enum.gather(index).alias(series.name)
    physical = pl.Series(series.name, codes.view(np.uint8))  # the Enum's codes, no lookup
    physical = physical.cast(empty.cat.physical().dtype)  # UInt8 for a few categories
    physical = physical if missing is None else physical.scatter(missing, None)
    return physical.cat.to(dtype)


# --- text columns ---------------------------------------------------------------------

Errors = Literal["raise", "coerce"]
"""What [`parse`][magnesium.arrays.parse] does with a text it cannot read."""
Censored = Literal["raise", "keep", "bound"]
"""What [`parse`][magnesium.arrays.parse] does with a censored result such as ``"<0.5 mmol/L"``."""

_QUALIFIERS: Final = {"<": "<", "<=": "<=", "\u2264": "<=", ">": ">", ">=": ">=", "\u2265": ">="}


def _float_array(values: object) -> npt.NDArray[np.float64]:
    """A read-only 1-d float64 copy of *values*: each finite and >= 0, or NaN (missing)."""
    try:
        if not isinstance(values, list | tuple | np.ndarray):
            raise TypeError(values)  # noqa: TRY301 (reported below)
        _refuse_quantities(values)
        raw = np.asarray(values)
        if raw.dtype.kind == "c":  # numpy would drop the imaginary part
            raise TypeError(values)  # noqa: TRY301 (reported below)
        with np.errstate(over="raise"):  # a long double beyond float64: refused, not inf
            array = np.array(raw, dtype=np.float64).reshape(-1)  # a copy, also of a float64 array
    except (TypeError, ValueError, OverflowError, FloatingPointError):
        raise ArgumentTypeError(
            _preview(values), "a column of numbers, NaN where missing", "Build it with parse()."
        ) from None
    if np.isinf(array).any() or (array < 0).any():
        raise ImplausibleValueError(
            _preview(values), "finite numbers >= 0, NaN where missing", "Build it with parse()."
        )
    array.flags.writeable = False
    return array


def _object_array(values: object) -> npt.NDArray[np.object_]:
    """A read-only 1-d object copy of *values* (a list, tuple or array)."""
    if not (
        isinstance(values, list | tuple) or (isinstance(values, np.ndarray) and values.ndim == 1)
    ):
        raise ArgumentTypeError(
            _preview(values), "a column (list or 1-d array) of texts", "Build it with parse()."
        )
    array: npt.NDArray[np.object_] = np.fromiter(values, dtype=object, count=len(values))
    array.flags.writeable = False  # an item that is a list stays one item (``[:] =`` unpacks)
    return array


def _in(item: object, allowed: frozenset[str]) -> bool:
    """Whether *item* is one of *allowed* (an unhashable item, such as a list, is not)."""
    return isinstance(item, str) and item in allowed


def _one_of(allowed: frozenset[str], what: str) -> Any:  # noqa: ANN401 (an attrs validator)
    """A validator: every element is ``None`` or one of *allowed*."""

    def check(_instance: object, attribute: Any, value: npt.NDArray[np.object_]) -> None:  # noqa: ANN401
        bad = [item for item in value.tolist() if item is not None and not _in(item, allowed)]
        if bad:
            raise ArgumentTypeError(
                _preview(bad), f"{attribute.name}: {what} or None", "Build it with parse()."
            )

    return check


@attrs.frozen(eq=False)
class ParsedColumn:
    """A column of laboratory texts, read by [`parse`][magnesium.arrays.parse].

    Every array has one element per input row and is read-only. A row is
    missing (NaN in the value arrays, ``None`` in the others) where the input
    was missing and where ``errors="coerce"`` dropped a text it could not read;
    where ``censored="keep"`` kept a censored row, its value is missing and its
    reported value, unit and qualifier are kept.

    Examples:
        >>> column = parse(["0.7 mmol/L", "1,6 mg/dL", None, "<0.5 mmol/L"], censored="keep")
        >>> column.values.round(4)
        array([0.7   , 0.6583,    nan,    nan])
        >>> column.reported_units.tolist(), column.censored.tolist()
        (['mmol/L', 'mg/dL', None, 'mmol/L'], [None, None, None, '<'])
        >>> column.missing.tolist()
        [False, False, True, True]
    """

    values: npt.NDArray[np.float64] = attrs.field(converter=_float_array)
    """Each result in [`unit`][magnesium.arrays.ParsedColumn.unit]; NaN where missing."""
    unit: str = attrs.field(converter=units.canonical_unit)
    """The one unit of [`values`][magnesium.arrays.ParsedColumn.values]."""
    reported_values: npt.NDArray[np.float64] = attrs.field(converter=_float_array)
    """Each result as reported, in its row's unit (a censored row's bound); NaN where missing."""
    reported_units: npt.NDArray[np.object_] = attrs.field(
        converter=_object_array, validator=_one_of(frozenset(units.ACCEPTED_UNITS), "a unit")
    )
    """Each row's reported unit, canonical spelling; ``None`` where there is none."""
    censored: npt.NDArray[np.object_] = attrs.field(
        converter=_object_array,
        validator=_one_of(frozenset(_QUALIFIERS.values()), "'<', '<=', '>' or '>='"),
    )
    """The qualifier of a censored row (``"<"``, ``"<="``, ``">"`` or ``">="``); else ``None``."""

    def __attrs_post_init__(self) -> None:
        columns = (self.values, self.reported_values, self.reported_units, self.censored)
        if len({column.size for column in columns}) > 1:
            raise ArgumentTypeError(
                [column.size for column in columns],
                "columns of one length",
                "Build it with parse().",
            )

    def __reduce__(self) -> tuple[type[ParsedColumn], tuple[Any, ...]]:
        """Rebuild through ``__init__``, so that the arrays stay read-only after unpickling."""
        fields = (self.values, self.unit, self.reported_values, self.reported_units, self.censored)
        return (type(self), fields)

    @property
    def missing(self) -> npt.NDArray[np.bool_]:
        """Where [`values`][magnesium.arrays.ParsedColumn.values] holds no value."""
        return np.isnan(self.values)

    def classify(
        self, threshold_set: str | ThresholdSet | None = None, *, detail: Detail = "status"
    ) -> BandCodes:
        """Classify every row in its reported unit, as the scalar API does.

        A row kept as a bound (``censored="bound"``) is classified by its bound; a
        censored row kept as such (``censored="keep"``) as the scalar API classifies
        its [`CensoredSerumMagnesium`][magnesium.serum.CensoredSerumMagnesium]: by
        its bound where the bound decides it, else ``"undetermined"`` (then a
        category of its own, last).

        Examples:
            >>> graded = parse(["1.2 mg/dL", "0.49 mmol/L"]).classify("ctcae-v5", detail="severity")
            >>> [graded.categories[code] for code in graded.codes]
            ['mild', 'moderate']
        """
        kept = [
            mark if missing else None
            for mark, missing in zip(self.censored.tolist(), self.missing.tolist(), strict=True)
        ]
        marks = kept if any(mark is not None for mark in kept) else None
        result: BandCodes = classify(
            self.reported_values, self.reported_units, threshold_set, detail=detail, censored=marks
        )
        return result

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def parse(
    texts: Any,  # noqa: ANN401 (a column of texts)
    unit: str = "mmol/L",
    *,
    errors: Errors = "raise",
    censored: Censored = "raise",
) -> Any:  # noqa: ANN401 (ParsedColumn, or a data frame for a Series)
    """Read a whole column of laboratory texts such as ``"0.7 mmol/L"`` or ``"1,6 mg/dL"``.

    Each distinct text is read once, by the rules of
    [`SerumMagnesium.parse`][magnesium.serum.SerumMagnesium.parse] (any accepted
    unit and spelling, a decimal comma, at most
    [`MAX_TEXT_LENGTH`][magnesium.units.MAX_TEXT_LENGTH] characters), and the
    results are spread back over the rows: a column of a million rows holding a
    few hundred distinct texts costs a few hundred parses. Missing cells (``None``,
    NaN, ``pandas.NA``, a polars null) stay missing.

    Args:
        texts: The texts: a list, a numpy array, a pandas or a polars Series.
        unit: The unit of the returned values, one of
            [`ACCEPTED_UNITS`][magnesium.units.ACCEPTED_UNITS].
        errors: ``"raise"`` (the default) stops at the first row that cannot be
            read, with the error the scalar API raises, naming the row;
            ``"coerce"`` makes such rows missing.
        censored: For a result with ``<``, ``<=``, ``>``, ``>=``, ``≤`` or ``≥``:
            ``"raise"`` (the default) raises a `ParseError` naming the row and the
            text; ``"keep"`` makes the value missing, keeps the bound as the
            reported value and records the qualifier in ``censored`` (then
            [`ParsedColumn.classify`][magnesium.arrays.ParsedColumn.classify]
            decides the row as the scalar API decides a
            [`CensoredSerumMagnesium`][magnesium.serum.CensoredSerumMagnesium]);
            ``"bound"`` takes the detection limit as the value and
            records the qualifier. A bound is not the true value: ``"<0.5"`` is
            some value below 0.5, and statistics over bounds are biased. A
            censored text follows this policy whatever *errors* says.

    Returns:
        A [`ParsedColumn`][magnesium.arrays.ParsedColumn]. For a pandas Series, a
        pandas DataFrame with its index and the columns ``value``,
        ``reported_value``, ``reported_unit`` and ``censored``; for a polars
        Series, a polars DataFrame of the same columns (missing is null).

    Raises:
        ParseError: If a row cannot be read or is censored (by default).
        UnitError: If a row's unit, or *unit*, is not accepted.
        ImplausibleValueError: If a row's number is not a plausible concentration.
        ArgumentTypeError: If *texts* is not a column, or a policy is unknown.

    Examples:
        >>> parse(["0.7 mmol/L", "1.6 mg/dL", "1.4 mEq/L"]).values.round(4)
        array([0.7   , 0.6583, 0.7   ])
        >>> parse(["0.7 mmol/L", "n/a"], errors="coerce").missing.tolist()
        [False, True]
        >>> parse(["0.7 mmol/L", "<0.5 mmol/L"])
        Traceback (most recent call last):
        ...
        magnesium.errors.ParseError: '<0.5 mmol/L' cannot be read as a magnesium result: \
expected a measured value without '<' or '>' (row 1)...
        >>> bounded = parse(["<0.5 mmol/L"], censored="bound")
        >>> bounded.values.tolist(), bounded.censored.tolist()
        ([0.5], ['<'])
    """
    target = units.canonical_unit(unit)
    _check_policy("errors", errors, ("raise", "coerce"))
    _check_policy("censored", censored, ("raise", "keep", "bound"))
    rows, read = _read_column(texts, errors=errors, censored=censored)
    column = _spread(read, rows, target, keep=censored == "keep")
    return column if not (_is_series(texts) or _is_polars(texts)) else _frame_like(texts, column)


_Read = tuple[float, str | None, str | None]
"""One distinct text, read: (value as reported or NaN, canonical unit, qualifier)."""
_NOTHING: Final[_Read] = (np.nan, None, None)


def _check_policy(name: str, value: object, allowed: tuple[str, ...]) -> None:
    if not (isinstance(value, str) and value in allowed):
        raise InputError(
            value,
            f"{name} policy",
            " or ".join(map(repr, allowed)),
            f"Pass {name}={allowed[0]!r} (the default) or another of these.",
        )


def _text_items(texts: object) -> list[object]:
    """The cells of a column of texts as Python objects; a single text is refused."""
    if _is_series(texts) or _is_polars(texts) or isinstance(texts, list | tuple):
        return _items(texts)
    if isinstance(texts, np.ndarray) and texts.ndim == 1:
        return _items(texts)
    raise ArgumentTypeError(
        _preview(texts) if isinstance(texts, list | tuple | np.ndarray) else texts,
        "a column of texts: a list, a 1-d numpy array, a pandas or polars Series",
        "For one text use SerumMagnesium.parse; for a data frame pass one column.",
    )


def _read_column(
    texts: object, *, errors: Errors, censored: Censored
) -> tuple[npt.NDArray[np.intp], list[_Read]]:
    """Per row, the index of its distinct cell (-1 if missing); each distinct cell, read.

    A plain result (number, unit, nothing else) is read by `_read_plain`; anything
    else, and every cell once one fails, by the scalar rules in `_read`, so errors
    name the row as before.
    """
    if _is_series(texts):
        pd: Any = importlib.import_module("pandas")
        rows, uniques = pd.factorize(texts, use_na_sentinel=True)  # in C: hashing every row
        distinct = list(uniques.tolist())  # an ndarray or an Index; tolist is fast for both
        read = [_read_plain(cell) for cell in distinct]
        if all(item is not None for item in read):
            return np.asarray(rows, dtype=np.intp), cast("list[_Read]", read)
    rows, firsts = _factorise(_text_items(texts))
    plain = [_read_plain(text) for text, _ in firsts]
    return rows, [
        each if each is not None else _read(text, row, errors=errors, censored=censored)
        for each, (text, row) in zip(plain, firsts, strict=True)
    ]


_PLAIN_UNITS: Final[dict[str, str]] = {}
"""Unit texts seen in results, and their canonical unit (at most `_MAX_PLAIN_UNITS`)."""
_MAX_PLAIN_UNITS: Final = 256
_CEILING_OF: Final = {
    unit: units.rescale(units.PLAUSIBILITY_CEILING_MMOL_PER_L, "mmol/L", unit)
    for unit in units.ACCEPTED_UNITS
}
"""The ceiling in each unit, as `SerumMagnesium` applies it."""


def _read_plain(text: object) -> _Read | None:
    """A plain result read as `SerumMagnesium.parse` reads it; ``None`` for anything else.

    Plain: text of a number with a decimal point or none, and an accepted unit,
    within the plausible range. ``None`` sends the cell to the scalar rules,
    which read it the same way or say what is wrong.
    """
    if type(text) is not str or len(text) > units.MAX_TEXT_LENGTH:
        return None
    match = _RESULT.fullmatch(text.strip())
    if match is None or match["qualifier"] or "," in match["number"]:
        return None
    unit = _PLAIN_UNITS.get(match["unit"])
    if unit is None:
        try:
            unit = units.canonical_unit(match["unit"].strip())
        except UnitError:
            return None
        if len(_PLAIN_UNITS) < _MAX_PLAIN_UNITS:
            _PLAIN_UNITS[match["unit"]] = unit
    value = float(match["number"])
    if not 0.0 <= value <= _CEILING_OF[unit]:
        return None
    return (value + 0.0, unit, None)  # + 0.0: no negative zero, as SerumMagnesium does


def _factorise(items: list[object]) -> tuple[npt.NDArray[np.intp], list[tuple[object, int]]]:
    """Per row, the index of its distinct cell (-1 if missing); each distinct cell and its row.

    Texts are grouped by equality; any other cell (a number in a text column) is
    its own entry, so that the scalar rules reject it.
    """
    seen: dict[str, int] = {}
    distinct: list[tuple[object, int]] = []
    codes = np.empty(len(items), dtype=np.intp)
    for row, item in enumerate(items):
        if isinstance(item, str):
            code = seen.get(item)
            if code is None:
                code = seen[item] = len(distinct)
                distinct.append((item, row))
        elif _missing_item(item):
            code = -1
        else:
            code = len(distinct)
            distinct.append((item, row))
        codes[row] = code
    return codes, distinct


def _read(text: object, row: int, *, errors: Errors, censored: Censored) -> _Read:
    """One distinct cell read by the scalar rules, with the column's policies applied."""
    qualifier, rest = _qualified(text)
    if qualifier and censored == "raise":
        raise ParseError(
            text,
            f"a measured value without '<' or '>' (row {row})",
            "A censored result has no single value: pass censored='keep' to make it "
            "missing and flagged, or censored='bound' to take the limit as its value.",
        )
    try:
        level = SerumMagnesium.parse(rest)  # type: ignore[arg-type]
    except (ParseError, UnitError, ImplausibleValueError) as error:
        if errors == "coerce":
            return _NOTHING
        raise type(error)(error.value, f"{error.expected} (row {row})", error.hint) from None
    return (float(level.value), level.unit, qualifier)


def _qualified(text: object) -> tuple[str | None, object]:
    """A censored text's qualifier and the rest of it; else ``(None, text)``."""
    if isinstance(text, str) and len(text) <= units.MAX_TEXT_LENGTH:
        match = _RESULT.fullmatch(text.strip())
        if match is not None and match["qualifier"]:
            return _QUALIFIERS[match["qualifier"]], match["number"] + match["unit"]
    return None, text


def _spread(
    read: list[_Read], rows: npt.NDArray[np.intp], target: str, *, keep: bool = False
) -> ParsedColumn:
    """The distinct results spread back over the rows (-1, a missing row, takes the last).

    With *keep*, a censored row keeps its bound as the reported value and no value.
    """
    reported = np.array([value for value, _, _ in read] + [np.nan], dtype=np.float64)
    converted = np.array(
        [
            value
            if unit is None or value != value  # noqa: PLR0124
            else np.nan
            if keep and mark
            else units.rescale(value, unit, target)
            for value, unit, mark in read
        ]
        + [np.nan],
        dtype=np.float64,
    )
    unit_of = np.array([unit for _, unit, _ in read] + [None], dtype=object)
    mark_of = np.array([mark for _, _, mark in read] + [None], dtype=object)
    return ParsedColumn(converted[rows], target, reported[rows], unit_of[rows], mark_of[rows])


def _frame_like(series: Any, column: ParsedColumn) -> Any:  # noqa: ANN401
    """The columns of *column* as a data frame of the library *series* comes from."""
    data = {
        "value": column.values,
        "reported_value": column.reported_values,
        "reported_unit": column.reported_units,
        "censored": column.censored,
    }
    if _is_polars(series):
        pl = _polars()
        return pl.DataFrame(
            [
                pl.Series("value", column.values, nan_to_null=True),
                pl.Series("reported_value", column.reported_values, nan_to_null=True),
                pl.Series("reported_unit", column.reported_units.tolist(), dtype=pl.String),
                pl.Series("censored", column.censored.tolist(), dtype=pl.String),
            ]
        )
    pd: Any = importlib.import_module("pandas")
    return pd.DataFrame(data, index=series.index)


# --- censored rows ----------------------------------------------------------------------

UNDETERMINED: Final = "undetermined"
"""The category of a censored row whose bound does not decide it (see
[`classify`][magnesium.arrays.classify]'s *censored*)."""


def _classify_censored(
    values: Any,  # noqa: ANN401
    unit: Any,  # noqa: ANN401
    chosen: ThresholdSet,
    detail: Detail,
    censored: Any,  # noqa: ANN401
) -> Any:  # noqa: ANN401
    """`classify`, then each censored row as the scalar API decides its censored result."""
    array, series = _checked(values, None)
    per_row = _items(unit) if _is_column(unit) else units.canonical_unit(unit)
    plain: BandCodes = classify(array, per_row, chosen, detail=detail)
    marks = _items(censored) if _is_column(censored) else None
    if marks is None or (len(marks),) != array.shape:
        raise ArgumentTypeError(
            _preview(censored),
            f"a column of comparators or missing values, one per value ({array.size} values)",
            "Pass the censored column of parse(), as long as the values.",
        )
    row_units = [per_row] * len(marks) if isinstance(per_row, str) else per_row
    categories = (*plain.categories, UNDETERMINED)
    codes = plain.codes.copy()
    decided: dict[tuple[object, float, object], int] = {}
    for row, mark in enumerate(marks):
        if _missing_item(mark) or np.isnan(array[row]):
            continue
        if not (isinstance(mark, str) and mark in COMPARATORS):
            raise ArgumentTypeError(
                mark,
                f"a comparator ('<', '<=', '>' or '>=') or a missing value (row {row})",
                "Pass the censored column of parse().",
            )
        key = (mark, float(array[row]), row_units[row])
        if key not in decided:
            decided[key] = _censored_code(key, chosen, detail, categories, row)
        codes[row] = decided[key]
    result = BandCodes(
        codes, categories, plain.bands, chosen, plain.unit_used, units_used=plain.units_used
    )
    return _coded_like(series, result, codes)


def _censored_code(
    key: tuple[object, float, object],
    chosen: ThresholdSet,
    detail: Detail,
    categories: tuple[str, ...],
    row: int,
) -> int:
    """The code the scalar API gives one censored result (its category or undetermined)."""
    mark, bound, unit = key
    try:
        level = CensoredSerumMagnesium(mark, bound, unit)  # type: ignore[arg-type]
    except (UnitError, ImplausibleValueError) as error:
        raise type(error)(error.value, f"{error.expected} (row {row})", error.hint) from None
    result = thresholds.classify(level, chosen)
    name: str | None
    if detail == "status":
        name = None if result.status is None else result.status.value
    elif detail == "severity":
        name = None if result.severity is None else result.severity.value
    else:
        name = result.label
    return categories.index(UNDETERMINED if name is None else name)
