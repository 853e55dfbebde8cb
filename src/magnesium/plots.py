"""Figures with matplotlib: threshold sets side by side, levels over time, intake.

Each function returns a new `matplotlib.figure.Figure` built without `pyplot`: it
never calls ``show()`` and leaves no global state behind, so it works in a notebook
(the figure displays itself), in a script (``figure.savefig("levels.png")``) and on
a server. Units are on the axes and the sources' keys in the caption.

matplotlib is an optional dependency (``pip install 'magnesium-clinical[plot]'``),
imported when a figure is first drawn; without it a call raises
[`MissingExtraError`][magnesium.errors.MissingExtraError].

Examples:
    >>> from magnesium import plots
    >>> figure = plots.threshold_sets(["iom-1997", "ctcae-v5"], unit="mg/dL")
    >>> figure.axes[0].get_xlabel()
    'serum magnesium (mg/dL)'
    >>> [label.get_text() for label in figure.axes[0].get_yticklabels()]
    ['iom-1997 (mmol/L)', 'iom-1997 (mg/dL)', 'ctcae-v5 (mmol/L)', 'ctcae-v5 (mg/dL)']
"""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, cast

from magnesium import plausibility, rda, units
from magnesium.errors import ArgumentTypeError, MagnesiumError, MissingExtraError
from magnesium.serum import SerumMagnesium
from magnesium.thresholds import (
    THRESHOLD_SETS,
    Band,
    Cutoffs,
    Status,
    ThresholdSet,
    get_threshold_set,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["intake", "levels_over_time", "threshold_sets"]

_FILLS: Final = {Status.LOW: "#6baed6", Status.NORMAL: "#a1d99b", Status.HIGH: "#fd8d3c"}
"""ColorBrewer blue, green and orange: low, normal, high (the documentation's figure)."""
_AXIS_MAX_MMOL: Final = 3.5
_SMALL: Final = 9
"""Points for legends and captions: 12.5 px at matplotlib's 100 dpi, readable as drawn."""
"""Where an open upper band ends on the axis, in mmol/L (as in the documentation)."""
_MAX_POINTS: Final = 100_000


def _figure() -> Figure:
    try:
        module = importlib.import_module("matplotlib.figure")
    except ImportError as missing:
        raise MissingExtraError(
            "matplotlib",
            "matplotlib for magnesium.plots (extra 'plot')",
            "Install it: pip install 'magnesium-clinical[plot]'. magnesium.frames gives the "
            "same data as tables without it.",
        ) from missing
    figure: Figure = module.Figure(figsize=(8, 4.5), layout="constrained")
    return figure


def _items(values: object, name: str, expected: str) -> list[object]:
    """The items of a caller's collection, bounded, or our error naming *name*."""
    if isinstance(values, str | bytes | bytearray | Mapping) or not hasattr(values, "__iter__"):
        raise ArgumentTypeError(values, f"{name}: {expected}", f"Pass {name} as a list.")
    try:
        found = list(itertools.islice(cast("Iterable[object]", values), _MAX_POINTS + 1))
    except MagnesiumError:
        raise
    except Exception as failure:
        raise ArgumentTypeError(values, f"{name}: {expected}", "Pass a list.") from failure
    if len(found) > _MAX_POINTS:
        raise ArgumentTypeError(values, f"at most {_MAX_POINTS} {name}", "Plot fewer points.")
    return found


def _caption(figure: Figure, text: str, keys: Iterable[str]) -> None:
    caption = f"{text} Sources: {', '.join(keys)}.".strip()
    figure.supxlabel(caption, fontsize=_SMALL, wrap=True)


def _who(stage: rda.LifeStage) -> str:
    """Whom a life stage is for: pregnant or lactating, else its sex, else both sexes."""
    if stage.status is not rda.ReproductiveStatus.NONE:
        return str(stage.status.value)
    return "both sexes" if stage.sex is None else stage.sex.value


def _table_in(threshold_set: ThresholdSet, unit: str) -> Cutoffs:
    """The set's table published in *unit*, else its first table (edges converted)."""
    return next((t for t in threshold_set.cutoffs if t.unit == unit), threshold_set.cutoffs[0])


def _span(band: Band, table: Cutoffs, unit: str) -> tuple[float, float]:
    top = units.rescale(_AXIS_MAX_MMOL, "mmol/L", unit)
    lower = units.rescale(band.lower, table.unit, unit)
    upper = top if math.isinf(band.upper) else units.rescale(band.upper, table.unit, unit)
    return lower, max(lower, min(upper, top))


def _threshold_set(value: object) -> ThresholdSet:
    if value is not None and not isinstance(value, str | ThresholdSet):
        raise ArgumentTypeError(value, "a threshold set or its name", "Pass 'iom-1997', say.")
    return get_threshold_set(value)


# --- threshold sets side by side -------------------------------------------------------


def threshold_sets(
    sets: Iterable[str | ThresholdSet] | None = None, *, unit: str = "mmol/L"
) -> Figure:
    """Draw threshold sets side by side: one bar per published table, bands coloured.

    Args:
        sets: Names or sets; all of [`THRESHOLD_SETS`][magnesium.thresholds.THRESHOLD_SETS]
            if ``None``.
        unit: The unit of the axis; each table's edges are converted to it exactly.

    Raises:
        UnknownEntryError: If a set's name is unknown.
        UnitError: If *unit* is not a serum magnesium unit.
    """
    target = units.canonical_unit(unit)
    given = list(THRESHOLD_SETS.values()) if sets is None else sets
    chosen = [_threshold_set(s) for s in _items(given, "sets", "threshold sets")]
    figure = _figure()
    axes: Axes = figure.add_subplot()
    labels: list[str] = []
    for threshold_set in chosen:
        for table in threshold_set.cutoffs:
            row = len(labels)
            labels.append(f"{threshold_set.name} ({table.unit})")
            for band in table.bands:
                lower, upper = _span(band, table, target)
                axes.barh(
                    row, upper - lower, left=lower, color=_FILLS[band.status], edgecolor="white"
                )
    axes.set_yticks(range(len(labels)), labels)
    axes.invert_yaxis()
    axes.set_xlabel(f"serum magnesium ({target})")
    axes.set_title("Threshold sets: low (blue), normal (green), high (orange)")
    keys = dict.fromkeys(s.key for t in chosen for s in t.sources)
    _caption(figure, "Open upper bands are drawn to the axis end.", keys)
    return figure


# --- a patient's levels over time ---------------------------------------------------------


def _level(value: object) -> SerumMagnesium | None:
    """A level, or None for a missing one (None, NaN, pandas' NA)."""
    if isinstance(value, SerumMagnesium):
        return value
    if isinstance(value, str):
        return SerumMagnesium.parse(value)
    if plausibility.is_missing(value):
        return None
    raise ArgumentTypeError(
        value,
        "a SerumMagnesium, a result as text such as '1.4 mg/dL', or a missing value",
        "Build each level with SerumMagnesium.of(value, unit), or read texts.",
    )


def _time(value: object) -> object:
    if isinstance(value, dt.date) or type(value).__name__ == "datetime64":
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return value
    raise ArgumentTypeError(
        value, "a date, a datetime or a finite number (hours, days...)", "Give every time."
    )


def levels_over_time(
    times: Iterable[object],
    levels: Iterable[SerumMagnesium | str | None],
    threshold_set: str | ThresholdSet | None = None,
    *,
    unit: str = "mmol/L",
) -> Figure:
    """Draw a patient's levels over time against the bands of a threshold set.

    Args:
        times: When each level was taken: dates, datetimes or numbers.
        levels: The levels, as values or texts (``"1.4 mg/dL"``); ``None``, NaN and
            ``pd.NA`` are missing and left out.
        threshold_set: The set whose bands are drawn (its table in *unit*, else its
            first table converted); the default set if ``None``.
        unit: The unit of the vertical axis; every level is converted to it.

    Raises:
        ArgumentTypeError: If *times* and *levels* differ in length, or hold
            something else.
        UnknownEntryError, UnitError, ParseError: For a bad set, unit or text.

    Examples:
        >>> from magnesium import plots
        >>> figure = plots.levels_over_time([0, 24, 48], ["0.5 mmol/L", None, "1.9 mg/dL"])
        >>> figure.axes[0].get_ylabel()
        'serum magnesium (mmol/L)'
        >>> len(figure.axes[0].lines[0].get_xdata())  # the missing level is left out
        2
    """
    target = units.canonical_unit(unit)
    chosen = get_threshold_set(threshold_set)
    when = [_time(t) for t in _items(times, "times", "dates or numbers")]
    read = [_level(v) for v in _items(levels, "levels", "levels or texts")]
    if len(when) != len(read):
        raise ArgumentTypeError(
            (len(when), len(read)), "as many times as levels", "Pass one time per level."
        )
    kept = [(t, v.in_unit(target)) for t, v in zip(when, read, strict=True) if v is not None]
    figure = _figure()
    axes: Axes = figure.add_subplot()
    table = _table_in(chosen, target)
    for band in table.bands:
        lower, upper = _span(band, table, target)
        axes.axhspan(lower, upper, color=_FILLS[band.status], alpha=0.3, label=band.label)
    xs: Any = [t for t, _ in kept]  # dates or numbers: matplotlib takes either
    axes.plot(xs, [v for _, v in kept], "o-", color="black", label="level")
    axes.set_ylabel(f"serum magnesium ({target})")
    axes.set_xlabel("time")
    axes.tick_params(axis="x", labelrotation=30)
    axes.set_title(f"Serum magnesium against {chosen.name}")
    normal_top = max(
        (_span(b, table, target)[1] for b in table.bands if b.status is Status.NORMAL), default=0.0
    )
    axes.set_ylim(0, 1.25 * max([normal_top, *(v for _, v in kept)]))
    axes.legend(fontsize=_SMALL, loc="center left", bbox_to_anchor=(1.01, 0.5))
    note = f"Bands: {chosen.title} ({table.unit} table"
    note += ")." if table.unit == target else f", converted to {target})."
    _caption(figure, note, [s.key for s in chosen.sources])
    return figure


# --- intake against the reference ----------------------------------------------------------


def intake(
    intakes: Mapping[str, float] | float,
    reference: rda.RecommendedIntake,
) -> Figure:
    """Draw intakes (mg/day) against a life stage's reference and upper level.

    Args:
        intakes: One intake in mg/day, or named intakes (``{"diet": 250,
            "supplement": 100}``), drawn as bars.
        reference: The life stage's reference, from
            [`rda.recommended_intake`][magnesium.rda.recommended_intake].

    Raises:
        ArgumentTypeError: If *reference* is not a `RecommendedIntake`, or a name
            is not text.
        ImplausibleValueError: If an intake is negative, NaN or absurd.

    Examples:
        >>> from magnesium import plots, rda
        >>> person = rda.recommended_intake(age_years=40, sex="female")
        >>> figure = plots.intake({"diet": 250, "supplement": 100}, person)
        >>> figure.axes[0].get_ylabel()
        'magnesium intake (mg/day)'
        >>> [line.get_label() for line in figure.axes[0].lines]
        ['RDA 320 mg/day', 'UL 350 mg/day (supplemental magnesium only)']
    """
    if not isinstance(reference, rda.RecommendedIntake):
        raise ArgumentTypeError(
            reference, "a RecommendedIntake", "Pass rda.recommended_intake(age_years=..., sex=...)."
        )
    named = intakes if isinstance(intakes, Mapping) else {"intake": intakes}
    bars: dict[str, float] = {}
    for name, amount in itertools.islice(named.items(), _MAX_POINTS):
        if not isinstance(name, str):
            raise ArgumentTypeError(name, "a name (text) for each intake", "Name each intake.")
        bars[name] = plausibility.check(amount, f"intake {name!r}", "intake_mg_per_day")
    figure = _figure()
    axes: Axes = figure.add_subplot()
    axes.bar(list(bars), list(bars.values()), color="#9ecae1")
    kind = reference.kind.value
    axes.axhline(
        reference.amount_mg, color="#31a354", label=f"{kind} {reference.amount_mg:g} mg/day"
    )
    if reference.ul_supplemental_mg is not None:
        label = (
            f"{reference.ul_name} {reference.ul_supplemental_mg:g} mg/day "
            "(supplemental magnesium only)"
        )
        axes.axhline(reference.ul_supplemental_mg, color="#e6550d", linestyle="--", label=label)
    axes.set_ylabel("magnesium intake (mg/day)")
    stage = reference.life_stage
    axes.set_title(f"{reference.authority.value} {stage.label} ({_who(stage)})")
    axes.legend(fontsize=_SMALL)
    scope = f"{reference.ul_name}: {reference.ul_scope}." if reference.ul_scope else ""
    _caption(figure, scope, [s.key for s in reference.sources])
    return figure
