"""Markdown and SVG for the documentation site, generated from the library's data.

The pages under ``docs/`` call these functions in ``markdown-exec`` blocks, so
that every threshold, factor and citation shown there is read from the one
place the library keeps it and the pages cannot drift from the code. Each
function is pure: it reads the data and returns a string.

Examples:
    >>> from _gen import base as _docs
    >>> "| `mEq/L` |" in _docs.conversion_table()
    True
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import io
import math
import shlex
import textwrap
from collections.abc import Iterable, Sequence
from typing import Final

import magnesium
from magnesium import units
from magnesium.sources import BIBLIOGRAPHY, Source, Verification
from magnesium.thresholds import (
    DEFAULT_THRESHOLD_SET,
    THRESHOLD_SETS,
    Band,
    Cutoffs,
    Severity,
    Status,
    ThresholdSet,
)

__all__ = [
    "bibliography",
    "cli_example",
    "conversion_table",
    "public_names",
    "threshold_figure",
    "threshold_table",
]

_MMOL: Final = "mmol/L"


# --- text helpers -----------------------------------------------------------------


def _md(text: str) -> str:
    """Escape text for Markdown: HTML specials, emphasis, brackets, table pipes."""
    escaped = html.escape(text, quote=False)
    for char in ("\\", "`", "*", "_", "[", "]", "|"):
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def _number(value: float) -> str:
    """A band edge as a source prints it: ``0.75``, ``1.8``, ``8``."""
    return f"{value:g}"


def _mmol_text(value: float) -> str:
    """A converted edge in mmol/L, to four decimal places without trailing zeros."""
    return f"{round(value, 4):g}"


def _to_mmol(value: float, unit: str) -> float:
    return units.rescale(value, unit, _MMOL)


def _set_flags(threshold_set: ThresholdSet) -> list[str]:
    flags = []
    if threshold_set.name == DEFAULT_THRESHOLD_SET:
        flags.append("default")
    if not threshold_set.verified:
        flags.append("not verified")
    return flags


# --- the threshold table ------------------------------------------------------------


def _interval_text(band: Band) -> str:
    """The band's interval in the source's notation for a level *x*."""
    lower, upper = _number(band.lower), _number(band.upper)
    if band.lower == 0 and math.isinf(band.upper):
        return "any x"
    if band.lower == 0:
        return f"x {'≤' if band.includes_upper else '<'} {upper}"
    if math.isinf(band.upper):
        return f"x {'≥' if band.includes_lower else '>'} {lower}"
    left = "≤" if band.includes_lower else "<"
    right = "≤" if band.includes_upper else "<"
    return f"{lower} {left} x {right} {upper}"


def _status_text(band: Band) -> str:
    if band.status is Status.NORMAL:
        return "not low" if math.isinf(band.upper) else "normal"
    words = [band.status.value]
    if band.grade is not None:
        words.append(f"grade {band.grade}")
    if band.severity not in {Severity.NONE, Severity.UNGRADED}:
        words.append(band.severity.value)
    return ", ".join(words)


def _cutoffs_text(cutoffs: Cutoffs) -> str:
    """One published table on one line: its unit, then its bands in order, flowing as text.

    The bands follow each other (``x < 0.75: low; 0.75 ≤ x ≤ 0.95: normal; ...``) rather
    than standing one a line, so that a set of many bands (CTCAE) wraps in the width of its
    cell instead of making its row hundreds of pixels tall; an interval is never broken
    across two lines.
    """
    bands = "; ".join(
        f"{_unbroken(_interval_text(band))}: {_status_text(band)}" for band in cutoffs.bands
    )
    return f"**{_md(cutoffs.unit)}**: {bands}"


def _unbroken(text: str) -> str:
    """*text* with no-break spaces, so that a line never ends inside it (``0.5 ≤ x < 0.75``)."""
    return text.replace(" ", "\N{NO-BREAK SPACE}")


_CUTOFFS_CELL: Final = '<span class="mg-prose-cell">{}</span>'
"""The cut-offs cell keeps a readable width (see extra.css) where the table must scroll."""


def _edges_text(cutoffs: Cutoffs) -> str:
    edges = ", ".join(_mmol_text(_to_mmol(edge, cutoffs.unit)) for edge in cutoffs.edges)
    origin = "as published" if cutoffs.unit == _MMOL else f"from {_md(cutoffs.unit)}"
    return f"{edges} ({origin})"


def _anchor(identifier: str, text: str) -> str:
    """A link to itself that carries the id: ``<a href="#id" id="id">text</a>`` once rendered.

    Needs attr_list; mkdocs-autorefs registers the id, so other pages can link to it
    as ``[text][id]``. The page must keep ids as they are (markdown-exec's
    ``idprefix=""``).
    """
    return f"[{text}](#{identifier}){{#{identifier}}}"


def _source_links(sources: Iterable[Source]) -> str:
    return ", ".join(f"[{source.key}][{source.key}]" for source in sources)


class Footnotes:
    """A table's notes and sources, numbered once each and listed under the table.

    A row's cell holds only a short marker (``[2]``) linking to its footnote, so that the
    table keeps few, short columns and no row is as tall as its longest note. Rows with the
    same note and sources share a number.

    Examples:
        >>> from magnesium.sources import cite
        >>> notes = Footnotes("demo")
        >>> notes.mark("A note.", [cite("iom-1997")]), notes.mark("A note.", [cite("iom-1997")])
        ('[1](#demo-1)', '[1](#demo-1)')
        >>> notes.mark("", [])
        '-'
        >>> print(notes.markdown().strip())
        - <span id="demo-1"></span>**[1]** A note. Sources: [iom-1997][iom-1997]
    """

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._texts: list[str] = []

    def mark(
        self, note: str | None, sources: Iterable[Source], flags: str = "", *, raw: str = ""
    ) -> str:
        """Return the marker of a footnote (numbered on first use), or ``-`` if it is empty.

        The footnote is *raw* (Markdown as it is), *note* (escaped), then links to
        *sources* followed by *flags* (the weakest level where a source was not read in its
        own words); the marker then carries a warning sign too.
        """
        sources = tuple(sources)
        parts = [raw] if raw else []
        if note:
            parts.append(_md(note if note.rstrip().endswith((".", "!", "?")) else f"{note}."))
        if sources:
            parts.append(f"Sources: {_source_links(sources)}{flags}")
        if not parts:
            return "-"
        text = " ".join(parts)
        if text not in self._texts:
            self._texts.append(text)
        number = self._texts.index(text) + 1
        return f"[{number}](#{self._prefix}-{number})" + (" ⚠" if flags else "")

    def markdown(self) -> str:
        """The footnotes as a Markdown list (empty when there are none), blank lines around."""
        if not self._texts:
            return ""
        items = (
            f'- <span id="{self._prefix}-{n}"></span>**[{n}]** {text}'
            for n, text in enumerate(self._texts, 1)
        )
        return "\n" + "\n".join(items) + "\n"


def threshold_table() -> str:
    """Return a Markdown table of every built-in threshold set, side by side.

    One row per set of [`THRESHOLD_SETS`][magnesium.thresholds.THRESHOLD_SETS],
    in the library's order: its name (flagged as the default or as not
    verified), population, published units, the bands of each published table
    as the source states them, the inner edges converted to mmol/L with
    [`rescale`][magnesium.units.rescale], and links to its sources.

    Each row starts with an anchor ``set-<name>``, and the sources are linked by
    key as cross-references (``[iom-1997][iom-1997]``), which mkdocs-autorefs
    resolves to the anchors of `bibliography()`,
    wherever the two pages are.

    Examples:
        >>> table = threshold_table()
        >>> "{#set-iom-1997} (default)" in table and "{#set-aha-2005} (not verified)" in table
        True
        >>> "0.7406 (from mg/dL)" in table
        True
    """
    rows = [
        "| Set | Population | Cut-offs as published | Edges in mmol/L | Sources |",
        "| --- | --- | --- | --- | --- |",
    ]
    for threshold_set in THRESHOLD_SETS.values():
        flags = "".join(f" ({flag})" for flag in _set_flags(threshold_set))
        name = _anchor(f"set-{threshold_set.name}", f"`{threshold_set.name}`") + flags
        cells = [
            name,
            threshold_set.population.value,
            _CUTOFFS_CELL.format("<br>".join(_cutoffs_text(t) for t in threshold_set.cutoffs)),
            "<br>".join(_edges_text(table) for table in threshold_set.cutoffs),
            _source_links(threshold_set.sources),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


# --- the threshold figure -----------------------------------------------------------

_AXIS_MAX: Final = 3.5
"""The right end of the figure's axis, in mmol/L."""

_ROW: Final = 16.0
_ROW_GAP: Final = 3.0
_SET_GAP: Final = 12.0
_NAME_LINE: Final = 18.0
"""The height of a set's name where it stands on its own line above the set's bars."""
_TOP: Final = 44.0
_CHAR: Final = 7.0
"""A generous width of one character of 12 px text, to wrap and place labels."""


@dataclasses.dataclass(frozen=True)
class _Layout:
    """Where the figure's parts go at one width.

    Wide: the set names in a column left of the bars. Narrow (a phone's column): each set's
    name on its own line above its bars, the bars over almost the whole width.
    """

    name: str
    """``wide`` or ``narrow``: the SVG's class is ``mg-<name>`` and its ids end in it."""
    width: float
    plot_left: float
    plot_right: float
    names_above: bool

    def x(self, mmol_per_l: float) -> float:
        """The horizontal position of a level in mmol/L (the axis stops at `_AXIS_MAX`)."""
        span = self.plot_right - self.plot_left
        return self.plot_left + span * min(mmol_per_l, _AXIS_MAX) / _AXIS_MAX


_WIDE: Final = _Layout("wide", 880, 250.0, 860.0, names_above=False)
_NARROW: Final = _Layout("narrow", 350, 56.0, 336.0, names_above=True)
"""As wide as the other figures of the site: it fits the 358 px column of a 390 px phone."""

# ColorBrewer Blues and Oranges, light to dark; greens for normal.
_LOW_FILLS: Final = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
_HIGH_FILLS: Final = ("#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603")
_NORMAL_FILL: Final = "#a1d99b"
_NOT_LOW_FILL: Final = "#e5f5e0"
_SHADE: Final = {
    Severity.NONE: 0,
    Severity.UNGRADED: 0,
    Severity.MILD: 1,
    Severity.MODERATE: 2,
    Severity.SEVERE: 3,
    Severity.LIFE_THREATENING: 4,
}


def _fill(band: Band) -> str:
    if band.status is Status.LOW:
        return _LOW_FILLS[_SHADE[band.severity]]
    if band.status is Status.HIGH:
        return _HIGH_FILLS[_SHADE[band.severity]]
    return _NOT_LOW_FILL if math.isinf(band.upper) else _NORMAL_FILL


def _text(x: float, y: float, text: str, *, size: int = 12, anchor: str = "start") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="currentColor">{html.escape(text)}</text>'
    )


def _band_rect(band: Band, cutoffs: Cutoffs, y: float, set_name: str, layout: _Layout) -> str:
    lower = _to_mmol(band.lower, cutoffs.unit)
    upper = math.inf if math.isinf(band.upper) else _to_mmol(band.upper, cutoffs.unit)
    if lower >= _AXIS_MAX:
        return ""
    x0, x1 = layout.x(lower), layout.x(upper)
    converted = "" if cutoffs.unit == _MMOL else f" [{_mmol_text(lower)} mmol/L and up]"
    tooltip = f"{set_name} ({cutoffs.unit}): {band}{converted}"
    return (
        f'<rect class="band {band.status.value}" x="{x0:.1f}" y="{y:.1f}" '
        f'width="{x1 - x0:.1f}" height="{_ROW:.1f}" fill="{_fill(band)}" '
        f'stroke="currentColor" stroke-opacity="0.35" stroke-width="0.5">'
        f"<title>{html.escape(tooltip)}</title></rect>"
    )


def _set_group(threshold_set: ThresholdSet, top: float, layout: _Layout) -> tuple[str, float]:
    """The bars of one set (one row per published table); return it and its height."""
    bars = len(threshold_set.cutoffs) * (_ROW + _ROW_GAP) - _ROW_GAP
    flags = "".join(f" ({flag})" for flag in _set_flags(threshold_set))
    name = threshold_set.name + flags
    parts = [
        f'<g class="threshold-set" data-set="{html.escape(threshold_set.name)}">',
        f"<title>{html.escape(threshold_set.name + ': ' + threshold_set.title)}</title>",
    ]
    if layout.names_above:
        parts.append(f'<g font-weight="600">{_text(8, top + 12, name)}</g>')
        top += _NAME_LINE
    else:
        parts.append(_text(8, top + bars / 2 + 4, name))
    for index, cutoffs in enumerate(threshold_set.cutoffs):
        y = top + index * (_ROW + _ROW_GAP)
        parts.append(_text(layout.plot_left - 6, y + _ROW / 2 + 4, cutoffs.unit, anchor="end"))
        parts += [
            _band_rect(band, cutoffs, y, threshold_set.name, layout) for band in cutoffs.bands
        ]
    parts.append("</g>")
    return "".join(parts), bars + (_NAME_LINE if layout.names_above else 0)


def _axes(bottom: float, layout: _Layout) -> list[str]:
    """Grid lines, the mmol/L axis below the bars and the mg/dL axis above them."""
    parts = []
    line = 'stroke="currentColor"'
    left, right, top_axis = layout.plot_left, layout.plot_right, _TOP - 8
    for tenth in range(round(_AXIS_MAX * 10) + 1):
        value = tenth / 10
        x = layout.x(value)
        major = tenth % 5 == 0
        if major:
            parts.append(
                f'<line x1="{x:.1f}" y1="{top_axis:.1f}" x2="{x:.1f}" y2="{bottom:.1f}" '
                f'{line} stroke-opacity="0.15"/>'
            )
            parts.append(_text(x, bottom + 20, _number(value), anchor="middle"))
        tick = 6 if major else 3
        parts.append(
            f'<line x1="{x:.1f}" y1="{bottom:.1f}" x2="{x:.1f}" y2="{bottom + tick:.1f}" {line}/>'
        )
    parts.append(
        f'<line x1="{left:.1f}" y1="{bottom:.1f}" x2="{right:.1f}" y2="{bottom:.1f}" {line}/>'
    )
    parts.append(_text(left - 10, bottom + 20, "mmol/L", anchor="end"))
    milligrams = 0
    while (at := _to_mmol(milligrams, "mg/dL")) <= _AXIS_MAX:
        x = layout.x(at)
        parts.append(
            f'<line x1="{x:.1f}" y1="{top_axis - 5:.1f}" x2="{x:.1f}" y2="{top_axis:.1f}" {line}/>'
        )
        parts.append(_text(x, top_axis - 9, str(milligrams), anchor="middle"))
        milligrams += 1
    parts.append(
        f'<line x1="{left:.1f}" y1="{top_axis:.1f}" x2="{right:.1f}" y2="{top_axis:.1f}" {line}/>'
    )
    parts.append(_text(left - 10, top_axis - 9, "mg/dL", anchor="end"))
    return parts


def _open_end_note() -> str:
    """Say where the highest band that continues past the axis starts."""
    note = f"The last band of every set is open-ended; the axis stops at {_number(_AXIS_MAX)}"
    note += " mmol/L."
    ctcae = THRESHOLD_SETS.get("ctcae-v5")
    if ctcae is not None:
        starts = []
        for cutoffs in ctcae.cutoffs:
            last = cutoffs.bands[-1]
            sign = "≥" if last.includes_lower else ">"
            starts.append(f"{sign}\N{NO-BREAK SPACE}{_number(last.lower)} {cutoffs.unit}")
        grade = ctcae.cutoffs[0].bands[-1].grade
        note += f" CTCAE grade {grade} hypermagnesaemia ({', '.join(starts)}) continues beyond."
    return note


def _note(top: float, layout: _Layout) -> tuple[list[str], float]:
    """The note on the open ends, one sentence a line, wrapped to the width; and its bottom."""
    columns = int((layout.width - 16) // _CHAR)
    sentences = [s if s.endswith(".") else s + "." for s in _open_end_note().split(". ")]
    lines = [line for sentence in sentences for line in textwrap.wrap(sentence, columns)]
    parts = [_text(8, top + 12 + 16 * number, line) for number, line in enumerate(lines)]
    return parts, top + 16 * len(lines)


def _legend(top: float, layout: _Layout) -> tuple[list[str], float]:
    """One line per status (wrapped where the width ends); return it and its bottom."""
    rows = [
        ("low", [(fill, severity.value) for severity, fill in _graded(_LOW_FILLS)]),
        ("high", [(fill, severity.value) for severity, fill in _graded(_HIGH_FILLS)]),
        (
            "normal",
            [
                (_NORMAL_FILL, "within a reference interval"),
                (_NOT_LOW_FILL, "not low (one-sided definition)"),
            ],
        ),
    ]
    parts = []
    y = top
    for status, swatches in rows:
        parts.append(_text(8, y + 10, status))
        x = 60.0
        for fill, label in swatches:
            width = 16 + _CHAR * len(label)
            if x > 60 and x + width > layout.width - 8:
                x, y = 60.0, y + 18
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="12" height="12" fill="{fill}" '
                'stroke="currentColor" stroke-opacity="0.35" stroke-width="0.5"/>'
            )
            parts.append(_text(x + 16, y + 10, label))
            x += width + 14
        y += 18
    return parts, y


def _graded(fills: Sequence[str]) -> list[tuple[Severity, str]]:
    order = (
        Severity.UNGRADED,
        Severity.MILD,
        Severity.MODERATE,
        Severity.SEVERE,
        Severity.LIFE_THREATENING,
    )
    return [(severity, fills[_SHADE[severity]]) for severity in order]


def _figure_svg(layout: _Layout) -> str:
    """The whole figure drawn for one *layout*."""
    body: list[str] = []
    y = _TOP
    for threshold_set in THRESHOLD_SETS.values():
        group, height = _set_group(threshold_set, y, layout)
        body.append(group)
        y += height + _SET_GAP
    bottom = y - _SET_GAP + 6
    axes = _axes(bottom, layout)
    note, below_note = _note(bottom + 28, layout)
    legend, end = _legend(below_note + 10, layout)
    height = end + 6
    title = "Serum magnesium threshold sets on one axis in mmol/L"
    description = (
        "One bar per published table of each set, from 0 to "
        f"{_number(_AXIS_MAX)} mmol/L: low bands blue, normal green, high orange, "
        "darker for a higher severity."
    )
    ids = f"threshold-figure-title-{layout.name} threshold-figure-desc-{layout.name}"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {layout.width:.0f} {height:.0f}" '
        f'width="{layout.width:.0f}" height="{height:.0f}" role="img" aria-labelledby="{ids}" '
        f'font-family="system-ui, sans-serif" class="mg-figure mg-{layout.name}">'
        f'<title id="threshold-figure-title-{layout.name}">{html.escape(title)}</title>'
        f'<desc id="threshold-figure-desc-{layout.name}">{html.escape(description)}</desc>'
    )
    return "\n".join([head, *axes, *body, *note, *legend, "</svg>"])


def threshold_figure() -> str:
    """Return inline SVG drawing every threshold set on one mmol/L axis, for two widths.

    Each set of [`THRESHOLD_SETS`][magnesium.thresholds.THRESHOLD_SETS] is one
    group (``<g class="threshold-set">``) with one bar per published table, its
    bands placed by their edges converted to mmol/L and coloured by status
    (blue low, green normal, orange high), darker for a higher severity. The
    axis runs from 0 to 3.5 mmol/L with a mg/dL scale above; the last band of
    each set continues past it.

    The figure is drawn twice, each at the width it is shown with text of 12 px: 880 px
    wide with the set names beside the bars (``mg-wide``) and 350 px wide with each name
    above its bars, for a phone (``mg-narrow``). The page's stylesheet shows the one that
    fits the column (a container query on the ``mg-switch`` box); a browser without
    container queries shows the wide one, scrolled in its own box (``mg-scroll``). Text
    uses ``currentColor``, so the figure follows the page's light or dark scheme. The
    output depends on the data alone.

    Examples:
        >>> figure = threshold_figure()
        >>> figure.startswith('<div class="mg-scroll mg-switch">') and "<title" in figure
        True
        >>> figure.count('class="threshold-set"') == 2 * len(THRESHOLD_SETS)
        True
    """
    svgs = "\n".join(_figure_svg(layout) for layout in (_WIDE, _NARROW))
    return f'<div class="mg-scroll mg-switch">\n{svgs}\n</div>\n'


# --- the bibliography ---------------------------------------------------------------


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _citation(source: Source) -> str:
    """Authors. *Title.* Publisher; year. (as `Source.__str__` starts, in Markdown)."""
    authors = _sentence(_md(source.authors)) + " " if source.authors else ""
    year = "n.d." if source.year is None else f"{source.year}."
    return f"{authors}*{_sentence(_md(source.title))}* {_md(source.publisher)}; {year}"


def _identifier(identifier: str) -> str:
    if identifier.lower().startswith("doi:"):
        doi = identifier[4:]
        return f"[{_md(identifier)}](https://doi.org/{doi})"
    return _md(identifier)


def _keys_of(row: object) -> Iterable[str]:
    """The source keys a table row cites (its ``citations`` or ``sources``; keys or Sources)."""
    cited = getattr(row, "citations", None) or getattr(row, "sources", None)
    if cited is None:
        cited = (getattr(row, "source", None),)
    for item in cited:
        if isinstance(item, Source):
            yield item.key
        elif isinstance(item, str):
            yield item


def _tables() -> dict[str, Iterable[object]]:
    """The library's cited tables by name, in the order of the topics."""
    from magnesium import (  # noqa: PLC0415 (topics load on first use)
        analytes,
        causes,
        critical,
        foods,
        hypermagnesemia,
        prescribing,
        rda,
        salts,
        workup,
    )
    from magnesium.repletion import _LIMIT_ROWS, _REGIMEN_ROWS  # noqa: PLC0415

    return {
        "threshold sets": THRESHOLD_SETS.values(),
        "critical limits": critical.CRITICAL_LIMITS.values(),
        "hypermagnesaemia bands": hypermagnesemia.TOXICITY_TABLES.values(),
        "intake references": [
            row for table in rda.AUTHORITIES.values() for row in (*table.rows, *table.upper_levels)
        ],
        "foods": foods.FOODS.values(),
        "the EU NRV": (rda.EU_NRV,),
        "causes": causes.CAUSES.values(),
        "drugs": causes.DRUGS.values(),
        "genetic disorders": causes.GENETIC_DISORDERS.values(),
        "FEMg cut-offs": workup.FEMG_CUTOFFS.values(),
        "manifestations": causes.MANIFESTATIONS,
        "risk groups": causes.RISK_GROUPS,
        "prevalence": causes.PREVALENCE,
        "work-up tests": workup.WORKUP_TESTS,
        "salts": salts.SALTS.values(),
        "solutions": salts.SOLUTIONS.values(),
        "regimens": _REGIMEN_ROWS.values(),
        "limits": _LIMIT_ROWS.values(),
        "prescribing facts": prescribing.PRESCRIBING_FACTS.values(),
        "analyte reference intervals": analytes.REFERENCE_INTERVALS.values(),
        "24-hour urine cut-offs": analytes.URINE_CUTOFFS.values(),
    }


# The bibliography's topics: (anchor, heading, the tables whose sources it holds), in order. A
# source goes under the first topic whose tables cite it; the others link to it.
_TOPICS: Final = (
    (
        "bib-thresholds",
        "Thresholds, critical limits and hypermagnesaemia",
        ("threshold sets", "critical limits", "hypermagnesaemia bands"),
    ),
    ("bib-intake", "Intake references and foods", ("intake references", "foods", "the EU NRV")),
    (
        "bib-causes",
        "Causes and work-up",
        (
            "causes",
            "drugs",
            "genetic disorders",
            "FEMg cut-offs",
            "manifestations",
            "risk groups",
            "prevalence",
            "work-up tests",
        ),
    ),
    (
        "bib-repletion",
        "Repletion and prescribing",
        ("salts", "solutions", "regimens", "limits", "prescribing facts"),
    ),
    ("bib-analytes", "Other analytes", ("analyte reference intervals", "24-hour urine cut-offs")),
)
_OTHER: Final = ("bib-other", "Units and other constants")


def _citing_tables() -> dict[str, list[str]]:
    """Which of the library's tables cite each source key, in the order of the topics."""
    citing: dict[str, list[str]] = {}
    for name, rows in _tables().items():
        for key in {key for row in rows for key in _keys_of(row)}:
            citing.setdefault(key, []).append(name)
    return citing


def _topic_of(tables: Sequence[str]) -> tuple[str, str]:
    """The (anchor, heading) of the first topic whose tables include one of *tables*."""
    for anchor, heading, names in _TOPICS:
        if any(name in names for name in tables):
            return anchor, heading
    return _OTHER


def _verification_line(source: Source) -> str:
    """The entry's line saying what was read: the level, and the copy or summaries read."""
    read_in = _md(source.read_in or "")
    match source.verification:
        case Verification.PRIMARY:
            return "Read in the primary text."
        case Verification.VERBATIM_COPY:
            return f"Read in a verbatim copy: {read_in}."
        case level:
            where = f": read in {read_in}" if read_in else ""
            return f"⚠ **Not verified against the primary text** ({level.label}){where}."


def _entry(source: Source, citing_tables: Sequence[str]) -> str:
    """One source as a Markdown list item: citation, what was read, where, and who cites it."""
    details = [_verification_line(source)]
    if source.url:
        details.append(f"Read it: <{source.url}>")
    if source.identifier:
        details.append(f"Identifier: {_identifier(source.identifier)}")
    if source.locator:
        details.append(f"Where: {_md(source.locator)}")
    if source.note:
        details.append(f"Note: {_md(source.note)}")
    citing = [s.name for s in THRESHOLD_SETS.values() if source in s.sources]
    if citing:
        links = ", ".join(f"[`{name}`][set-{name}]" for name in citing)
        details.append(f"Cited by the threshold sets {links}")
    tables = [name for name in citing_tables if name != "threshold sets"]  # linked above
    if tables:
        details.append(f"Cited in the tables of {', '.join(tables)}")
    item = f"- **{_anchor(source.key, f'`{source.key}`')}**: {_citation(source)}\n"
    return item + "".join(f"    - {detail}\n" for detail in details)


def bibliography() -> str:
    """Return every source of [`BIBLIOGRAPHY`][magnesium.sources.BIBLIOGRAPHY], grouped by topic.

    A contents list comes first, then one section per topic (thresholds and limits, intake,
    causes, repletion, other analytes, then units and other constants), each with an anchor
    (``bib-thresholds``...). A source stands under the first topic whose tables cite it,
    sorted by key; the other topics that cite it link to it at their end. Each item starts
    with an anchor whose ``id`` is the key (``<a href="#iom-1997" id="iom-1997">``), so that
    ``[iom-1997][iom-1997]`` links to it from any page. An item gives the citation, its
    [`Verification`][magnesium.sources.Verification] level (what was read: the
    primary text, a verbatim copy named, or only secondary summaries, these
    flagged as not verified against the primary text), where to read the
    document, its identifier, where in it the cited numbers stand, the note, the
    threshold sets that cite it (linked to the rows of `threshold_table()`) and the
    tables that cite it.

    Examples:
        >>> text = bibliography()
        >>> "[`iom-1997`](#iom-1997){#iom-1997}" in text
        True
        >>> "### Intake references and foods {#bib-intake}" in text
        True
        >>> "Not verified against the primary text** (secondary summary only)" in text
        True
        >>> "Read in a verbatim copy: fabkury/atcd" in text
        True
    """
    citing_tables = _citing_tables()
    sections: dict[tuple[str, str], list[str]] = {t[:2]: [] for t in (*_TOPICS, _OTHER)}
    also: dict[tuple[str, str], list[str]] = {t[:2]: [] for t in (*_TOPICS, _OTHER)}
    for key in sorted(BIBLIOGRAPHY):
        tables = citing_tables.get(key, [])
        home = _topic_of(tables)
        sections[home].append(_entry(BIBLIOGRAPHY[key], tables))
        for topic in {_topic_of([table]) for table in tables} - {home}:
            also[topic].append(f"[`{key}`](#{key})")
    contents = [
        f"- [{heading}](#{anchor}): {len(sections[anchor, heading])} sources"
        for anchor, heading in sections
        if sections[anchor, heading]
    ]
    parts = ["\n".join(contents) + "\n"]
    for (anchor, heading), entries in sections.items():
        if not entries:
            continue
        parts.append(f"### {heading} {{#{anchor}}}\n")
        parts.extend(entries)
        if also[anchor, heading]:
            parts.append(f"Also cited here: {', '.join(sorted(also[anchor, heading]))}.\n")
    return "\n".join(parts)


# --- units ------------------------------------------------------------------------


def conversion_table() -> str:
    """Return the factor between every pair of accepted units as a Markdown table.

    A row's unit times the factor in a column gives the column's unit; each factor
    is [`convert`][magnesium.units.convert]``(1, row, column)``, shown to six
    significant digits.

    Examples:
        >>> table = conversion_table()
        >>> all(f"`{unit}`" in table for unit in units.ACCEPTED_UNITS)
        True
        >>> "| `mEq/L` | 0.5 |" in table
        True
    """
    header = "| 1 of &darr; is | " + " | ".join(f"`{u}`" for u in units.ACCEPTED_UNITS) + " |"
    rule = "| --- " * (len(units.ACCEPTED_UNITS) + 1) + "|"
    rows = [header, rule]
    for source in units.ACCEPTED_UNITS:
        factors = [f"{units.convert(1, source, target):.6g}" for target in units.ACCEPTED_UNITS]
        rows.append(f"| `{source}` | " + " | ".join(factors) + " |")
    return "\n".join(rows) + "\n"


# --- the command line and the API index -------------------------------------------


def cli_example(*args: str) -> str:
    """Run the ``magnesium`` command with *args* and return the session as a fenced block.

    Examples:
        >>> print(cli_example("convert", "4", "mEq/L", "--to", "mmol/L"))
        ```console
        $ magnesium convert 4 mEq/L --to mmol/L
        4.0 mEq/L = 2 mmol/L
        ```
        <BLANKLINE>
    """
    from magnesium import cli  # noqa: PLC0415 (argparse only where the CLI is shown)

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        cli.main(list(args))
    text = (out.getvalue() + err.getvalue()).rstrip("\n")
    return f"```console\n$ magnesium {shlex.join(args)}\n{text}\n```\n"


_MODULES: Final = ("serum", "units", "thresholds", "critical", "sources", "errors")


def public_names() -> str:
    """Return a Markdown table of the names `magnesium` exports, with where each is documented.

    Examples:
        >>> "[`SerumMagnesium`][magnesium.serum.SerumMagnesium]" in public_names()
        True
    """
    import importlib  # noqa: PLC0415

    home: dict[str, str] = {}
    for submodule in _MODULES:
        exported: Sequence[str] = importlib.import_module(f"magnesium.{submodule}").__all__
        home.update({name: submodule for name in exported if name not in home})
    rows = ["| Name | Documented in |", "| --- | --- |"]
    for name in magnesium.__all__:
        module = home.get(name)
        if module is None:
            rows.append(f"| [`{name}`][magnesium.{name}] | `magnesium` |")
        else:
            rows.append(
                f"| [`{name}`][magnesium.{module}.{name}] "
                f"| [`magnesium.{module}`][magnesium.{module}] |"
            )
    return "\n".join(rows) + "\n"
