"""``.magnesium`` on pandas and polars columns: parse, convert and classify in place.

Importing this module registers a ``magnesium`` accessor on `pandas.Series` (when
pandas is installed) and a ``magnesium`` namespace on `polars.Series` (when polars
is installed); ``import magnesium`` imports neither library, nor this module.
Each method calls the function of the same name in
[`magnesium.arrays`][magnesium.arrays], so the results are the same, element for
element, as the scalar API's.

A column of texts (``"1.2 mg/dL"``) is read with
[`arrays.parse`][magnesium.arrays.parse] and every row classified in its own
reported unit; a column of numbers needs its *unit*.

Examples:
    >>> import pandas as pd
    >>> import magnesium.accessors
    >>> frame = pd.DataFrame({"mg": ["1.2 mg/dL", "0.49 mmol/L", None]})
    >>> frame["mg"].magnesium.classify("ctcae-v5", detail="severity").tolist()
    ['mild', 'moderate', nan]
    >>> pd.Series([1.2, 2.0]).magnesium.classify(unit="mg/dL").tolist()
    ['low', 'normal']
"""

from __future__ import annotations

import contextlib
import importlib
from typing import Any

import attrs

from magnesium import arrays
from magnesium.errors import ArgumentTypeError, UnitError
from magnesium.thresholds import ThresholdSet

__all__ = ["MagnesiumAccessor"]


@attrs.frozen(eq=False)
class MagnesiumAccessor:
    """The ``.magnesium`` accessor of a pandas or polars Series.

    Args:
        series: The column (pandas or polars calls this for you).

    Examples:
        >>> import polars as pl
        >>> import magnesium.accessors
        >>> pl.Series("mg", ["0.7 mmol/L", None]).magnesium.classify().to_list()
        ['low', None]
    """

    _series: Any = attrs.field(alias="series", validator=lambda _i, _a, v: _check_series(v))
    """The column (pandas or polars; optional libraries, so typed loosely)."""

    def parse(
        self,
        unit: str = "mmol/L",
        *,
        errors: arrays.Errors = "raise",
        censored: arrays.Censored = "raise",
    ) -> Any:  # noqa: ANN401 (a data frame of the column's library)
        """Read a column of texts: [`arrays.parse`][magnesium.arrays.parse].

        Examples:
            >>> import pandas as pd
            >>> import magnesium.accessors
            >>> pd.Series(["1,6 mg/dL"]).magnesium.parse().round(4)["value"].tolist()
            [0.6583]
        """
        return arrays.parse(self._series, unit, errors=errors, censored=censored)

    def convert(self, from_unit: str, to_unit: str) -> Any:  # noqa: ANN401 (a Series)
        """Convert a column of numbers: [`arrays.convert`][magnesium.arrays.convert].

        Examples:
            >>> import pandas as pd
            >>> import magnesium.accessors
            >>> pd.Series([4.0]).magnesium.convert("mEq/L", "mmol/L").tolist()
            [2.0]
        """
        return arrays.convert(self._series, from_unit, to_unit)

    def classify(
        self,
        threshold_set: str | ThresholdSet | None = None,
        *,
        unit: str | None = None,
        detail: arrays.Detail = "status",
        errors: arrays.Errors = "raise",
        censored: arrays.Censored = "raise",
    ) -> Any:  # noqa: ANN401 (a categorical Series)
        """Classify a column: numbers in *unit*, or texts each in its reported unit.

        Args:
            threshold_set: A set name or object; ``None`` for the default set.
            unit: The unit of a column of numbers; ``None`` for a column of texts,
                read by [`arrays.parse`][magnesium.arrays.parse] with *errors*
                and *censored* (a bound is classified by its bound; a kept censored
                result as the scalar API classifies it, or ``"undetermined"``).
            detail: As in [`arrays.classify`][magnesium.arrays.classify].
            errors: As in [`arrays.parse`][magnesium.arrays.parse] (texts only).
            censored: As in [`arrays.parse`][magnesium.arrays.parse] (texts only).

        Returns:
            An ordered categorical pandas Series with the column's index and name,
            or a polars ``Enum`` Series with its name.

        Examples:
            >>> import pandas as pd
            >>> import magnesium.accessors
            >>> texts = pd.Series(["<0.5 mmol/L", "<0.9 mmol/L", "0.8 mmol/L"], name="mg")
            >>> texts.magnesium.classify(censored="keep").tolist()
            ['low', 'undetermined', 'normal']
        """
        if unit is not None:
            return arrays.classify(self._series, unit, threshold_set, detail=detail)
        if _numeric(self._series):
            raise UnitError(
                None,
                "the unit of a column of numbers",
                "Pass it, e.g. column.magnesium.classify(unit='mg/dL'); "
                "a column of texts such as '1.8 mg/dL' needs none.",
            )
        parsed = arrays.parse(self._series, errors=errors, censored=censored)
        graded = arrays.classify(
            parsed["reported_value"],
            parsed["reported_unit"],
            threshold_set,
            detail=detail,
            censored=parsed["censored"] if censored == "keep" else None,
        )
        return graded.rename(self._series.name)


def _numeric(series: Any) -> bool:  # noqa: ANN401
    if arrays._is_polars(series):  # noqa: SLF001 (one package)
        return bool(series.dtype.is_numeric())
    return series.dtype.kind in "iuf"


def _check_series(series: object) -> None:
    if not (arrays._is_series(series) or arrays._is_polars(series)):  # noqa: SLF001 (one package)
        raise ArgumentTypeError(
            series, "a pandas or polars Series", "Use the accessor: frame['mg'].magnesium."
        )


def _register() -> None:
    """Register the accessor with each library that is installed."""
    with contextlib.suppress(ImportError):
        pd: Any = importlib.import_module("pandas")
        if not hasattr(pd.Series, "magnesium"):
            pd.api.extensions.register_series_accessor("magnesium")(MagnesiumAccessor)
    with contextlib.suppress(ImportError):
        pl: Any = importlib.import_module("polars")
        if not hasattr(pl.Series, "magnesium"):
            pl.api.register_series_namespace("magnesium")(MagnesiumAccessor)


_register()
