"""Whole columns at once: conversion and classification over arrays.

The scalar API builds one [`SerumMagnesium`][magnesium.serum.SerumMagnesium]
per result; a year of a hospital's laboratory results is millions of rows. This
module does the same work over a numpy array, a pandas Series or anything
array-like, with the same factors and the same threshold sets, read from the
same place as the scalar path: no number is copied here.

numpy is an optional dependency (``pip install 'magnesium-clinical[arrays]'``);
it is imported by this module only, never by ``import magnesium``. pandas is
used when a Series comes in, and is never required.

* A pandas Series in gives a Series out, with its index and name.
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

import importlib
import numbers
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from magnesium import units
from magnesium.errors import ArgumentTypeError, DetailError, ImplausibleValueError
from magnesium.serum import SerumMagnesium
from magnesium.thresholds import Band, Severity, Status, ThresholdSet, get_threshold_set

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

__all__ = ["BandCodes", "Detail", "classify", "convert"]

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
    """The unit of the cut-offs that were applied."""

    def __reduce__(self) -> tuple[type[BandCodes], tuple[Any, ...]]:
        """Rebuild through ``__init__``, so that the codes stay read-only after unpickling."""
        fields = (self.codes, self.categories, self.bands, self.threshold_set, self.unit_used)
        return (type(self), fields)

    def to_categorical(self) -> Any:  # noqa: ANN401 (pandas is optional and untyped here)
        """Return the codes as an ordered `pandas.Categorical` (needs pandas).

        Examples:
            >>> classify([1.4, 2.0], "mg/dL").to_categorical().tolist()
            ['low', 'normal']
        """
        pd: Any = importlib.import_module("pandas")  # optional, untyped

        return pd.Categorical.from_codes(self.codes, categories=self.categories, ordered=True)


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
        Series); missing values stay NaN.

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
    array, series = _checked(values, source)
    converted = np.asarray(
        array * units.factor(source, target) if source != target else array.copy()
    )
    converted.flags.writeable = False  # (a 0-d input gives a 0-d array, not a numpy scalar)
    return _like(series, converted)


def classify(
    values: Any,  # noqa: ANN401 (array-like)
    unit: str,
    threshold_set: str | ThresholdSet | None = None,
    *,
    detail: Detail = "status",
) -> Any:  # noqa: ANN401 (BandCodes, or a pandas Series for a Series)
    """Classify a whole array of serum magnesium values against a threshold set.

    Every value lands in the band the scalar
    [`classify`][magnesium.thresholds.classify] gives it, exact edges included:
    the edges are converted into *unit* once, and a value equal to an edge goes
    to the side the scalar API puts it on.

    Args:
        values: Numbers in *unit*: a numpy array, a pandas Series, a list...
        unit: Their unit, one of [`ACCEPTED_UNITS`][magnesium.units.ACCEPTED_UNITS].
        threshold_set: A set name or [`ThresholdSet`][magnesium.thresholds.ThresholdSet];
            ``None`` for the default set.
        detail: Name each value by its ``"status"`` (low, normal, high), its
            ``"severity"``, or the ``"label"`` of its band.

    Returns:
        [`BandCodes`][magnesium.arrays.BandCodes]; for a pandas Series, an
        ordered categorical Series with the same index and name.

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
    """
    chosen = get_threshold_set(threshold_set)
    canonical = units.canonical_unit(unit)
    categories, lookup = _categories(detail, chosen, canonical)
    edges, bands, unit_used = _edges_in(chosen, canonical)
    array, series = _checked(values, canonical)
    band_index = np.searchsorted(edges, array, side="left")
    codes = np.asarray(lookup[band_index])
    missing = np.isnan(array)
    if missing.any():
        codes = np.where(missing, np.int8(_MISSING), codes)
    result = BandCodes(codes, categories, bands, chosen, unit_used)
    if series is None:
        return result
    return series._constructor(  # noqa: SLF001 (pandas' own way to keep the subclass)
        result.to_categorical(), index=series.index, name=series.name
    )


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
    if not isinstance(detail, str):
        raise DetailError(detail)
    if detail == "status":
        names: Sequence[str] = [status.value for status in Status]
        per_band = [band.status.value for band in table.bands]
    elif detail == "severity":
        names = [severity.value for severity in Severity]
        per_band = [band.severity.value for band in table.bands]
    elif detail == "label":
        names = per_band = [band.label for band in table.bands]
    else:
        raise DetailError(detail)
    codes = [names.index(name) for name in per_band]
    return tuple(names), np.array([*codes, _MISSING], dtype=np.int8)


_DetailError = DetailError  # the old private name, kept for callers that caught it


def _checked(values: Any, unit: str) -> tuple[npt.NDArray[np.float64], Any]:  # noqa: ANN401
    """Return *values* as a float64 array (no copy where possible) and the Series, if any."""
    series = values if _is_series(values) else None
    if series is None and _is_pandas(values):
        raise ArgumentTypeError(
            type(values).__name__,
            "a pandas Series, a numpy array or a list of numbers",
            "Pass one column, e.g. frame['magnesium'].",
        )
    try:
        if series is not None:
            array = series.to_numpy(dtype=np.float64, na_value=np.nan)
        else:
            raw = np.asarray(values)
            if raw.dtype.kind not in "iuf" and not _all_numbers_or_missing(raw):
                raise TypeError(raw.dtype)  # noqa: TRY301 (reported below, with the values)
            array = np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise ImplausibleValueError(
            _preview(values),
            "numbers (int or float), with NaN or None for missing values",
            "Convert text results with SerumMagnesium.parse, or clean the column first.",
        ) from None
    ceiling = units.PLAUSIBILITY_CEILING_MMOL_PER_L * units.factor("mmol/L", unit)
    low, high = (np.nanmin(array), np.nanmax(array)) if _has_values(array) else (0.0, 0.0)
    if not (low >= 0 and high <= ceiling):
        _raise_implausible(values, array, unit, ceiling)
    return array, series


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
    values: object, array: npt.NDArray[np.float64], unit: str, ceiling: float
) -> None:
    bad = ~((array >= 0) & (array <= ceiling)) & ~np.isnan(array)
    positions = np.flatnonzero(bad)
    first = int(positions[0])
    raise ImplausibleValueError(
        _preview(values),
        f"finite numbers >= 0 (at most {ceiling:.4g} {unit})",
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
    return any(cls.__module__.startswith("pandas") for cls in type(values).__mro__)


def _is_series(values: object) -> bool:
    return _is_pandas(values) and hasattr(values, "index") and getattr(values, "ndim", 0) == 1


def _like(series: Any, array: npt.NDArray[np.float64]) -> Any:  # noqa: ANN401
    if series is None:
        return array
    return series._constructor(array, index=series.index, name=series.name)  # noqa: SLF001
