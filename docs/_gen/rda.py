"""Markdown and SVG for the intake page, generated from the library's intake tables.

``docs/intake.md`` calls these functions in ``markdown-exec`` blocks, so that
every value shown there is read from [`AUTHORITIES`][magnesium.rda.AUTHORITIES]
and [`FOODS`][magnesium.foods.FOODS] and cannot drift from the code. Each
function is pure: it reads the data and returns a string.

Examples:
    >>> from _gen import rda as _docs_rda
    >>> "| female | 31-50 y |" in _docs_rda.reference_table("IOM")
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Final

from _gen.base import Footnotes, _md, _source_links, _text
from magnesium.rda import (
    AUTHORITIES,
    EU_NRV,
    FOODS,
    AuthorityTable,
    ReferenceRow,
    ReproductiveStatus,
    Sex,
    get_authority,
)
from magnesium.sources import Source, Verification, weakest_verification

__all__ = [
    "authority_overview",
    "food_table",
    "intake_figure",
    "nrv_table",
    "reference_table",
    "upper_level_table",
]

_NONE_SET: Final = "none set"


def _mg(value: float | None) -> str:
    return _NONE_SET if value is None else f"{value:g}"


def _who(row: ReferenceRow) -> str:
    stage = row.life_stage
    if stage.status is not ReproductiveStatus.NONE:
        return str(stage.status.value)
    return "both" if stage.sex is None else stage.sex.value


def _flags(sources: Iterable[Source]) -> str:
    """Nothing for sources read in their own words; else the weakest level, flagged."""
    sources = tuple(sources)
    if all(source.verified for source in sources):
        return ""
    return f" (not verified: {weakest_verification(sources).label})"


def _verification(sources: Iterable[Source]) -> str:
    """The weakest level read, with the sources below the primary text as bibliography links."""
    unique = tuple(dict.fromkeys(sources))
    if all(source.verification is Verification.PRIMARY for source in unique):
        return "verified against the primary text"
    copies = [source for source in unique if source.verification is Verification.VERBATIM_COPY]
    unverified = [source for source in unique if not source.verified]
    parts = ["**not verified**: " + _source_links(unverified)] if unverified else []
    parts += ["read in a verbatim copy: " + _source_links(copies)] if copies else []
    return "; ".join(parts)


def authority_overview() -> str:
    """Return one line per authority: its table, kinds of value, upper level and verification.

    The last column names every source of the table that was not checked
    against its primary text, so that a reader sees at a glance which tables
    were read only in copies.

    Examples:
        >>> "| `UK` |" in authority_overview()
        True
        >>> "| `IOM` |" in authority_overview() and "verbatim copy" in authority_overview()
        True
    """
    rows = [
        "| Authority | Table | Kinds of value | Upper level | Verification |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, table in AUTHORITIES.items():
        kinds = list(dict.fromkeys(row.kind.value for row in table.rows if row.kind))
        if any(row.ear_mg is not None for row in table.rows):
            kinds.append("EAR")
        limits = [ul.ul_supplemental_mg for ul in table.upper_levels if ul.ul_supplemental_mg]
        upper = (
            f"{table.upper_level_name}, supplemental: "
            + ", ".join(f"{limit:g}" for limit in dict.fromkeys(limits))
            + " mg/day"
            if limits
            else _NONE_SET
        )
        cells = [
            f"`{name}`",
            _md(table.title),
            ", ".join(kinds),
            upper,
            _verification(table.sources),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def nrv_table() -> str:
    """Return the EU labelling reference (NRV) as a one-row Markdown table, its note a footnote.

    Examples:
        >>> "| 375 | adults |" in nrv_table()
        True
    """
    notes = Footnotes("nrv")
    marker = notes.mark(EU_NRV.note, EU_NRV.sources, _flags(EU_NRV.sources))
    rows = [
        "| Value | Amount (mg/day) | Stated for | Notes |",
        "| --- | --- | --- | --- |",
        f"| {_md(EU_NRV.name)} | {EU_NRV.amount_mg:g} | {_md(EU_NRV.applies_to)} | {marker} |",
    ]
    return "\n".join(rows) + "\n" + notes.markdown()


def reference_table(authority: str) -> str:
    """Return one authority's intake rows as a Markdown table, in the table's order.

    Columns: who the row is for (both sexes, female, male, pregnant, lactating),
    the life stage as published, the age interval in the library's half-open
    notation, the kind of value (RDA, RDI, RNI or AI), the amount, the EAR and the
    sources. A row without a value says "none set" and gives the reason (the
    authority sets none, or the value could not be read).

    Examples:
        >>> table = reference_table("EFSA")
        >>> "| both | 0-6 months | `[0 mo, 7 mo)` | none set | none set | none set |" in table
        True
        >>> "| male | 31-50 y | `[31 y, 51 y)` | RDA | 420 | 350 |" in reference_table("IOM")
        True
    """
    table = get_authority(authority)
    notes = Footnotes(f"intake-{_slug(authority)}")
    rows = [
        "| For | Life stage | Ages | Kind | mg/day | EAR | Notes |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in table.rows:
        stage = row.life_stage
        kind = _NONE_SET if row.kind is None else row.kind.value
        cells = [
            _who(row),
            _md(stage.label),
            f"`{stage.interval}`",
            kind,
            _mg(row.amount_mg),
            _mg(row.ear_mg),
            notes.mark(row.note, row.sources, _flags(row.sources)),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n" + notes.markdown()


def upper_level_table(authority: str) -> str:
    """Return one authority's upper levels for supplemental magnesium as a Markdown table.

    The value column is headed with the authority's own name for it (``UL`` or,
    for the UK, ``guidance level``).

    Examples:
        >>> "| 4-8 y | `[4 y, 9 y)` | 110 |" in upper_level_table("IOM")
        True
    """
    table = get_authority(authority)
    notes = Footnotes(f"upper-{_slug(authority)}")
    rows = [
        f"Applies to: {_md(table.ul_scope)}.",
        "",
        f"| Ages as published | Ages | {table.upper_level_name} (mg/day) | Notes |",
        "| --- | --- | --- | --- |",
    ]
    for ul in table.upper_levels:
        upper = "inf" if ul.upper_months is None else _age(ul.upper_months)
        cells = [
            _md(ul.label),
            f"`[{_age(ul.lower_months)}, {upper})`",
            _mg(ul.ul_supplemental_mg),
            notes.mark(ul.note, ul.sources, _flags(ul.sources)),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n" + notes.markdown()


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def _age(months: int) -> str:
    return f"{months // 12} y" if months and months % 12 == 0 else f"{months} mo"


def food_table() -> str:
    """Return the food table, richest first, as a Markdown table.

    Examples:
        >>> "| `pumpkin-seeds` | Pumpkin seeds, roasted | 1 ounce | 156 |" in food_table()
        True
    """
    notes = Footnotes("food")
    rows = [
        "| Key | Food | Serving | Magnesium (mg) | Group | Sources |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for food in FOODS.values():
        cells = [
            f"`{food.key}`",
            _md(food.name),
            _md(food.serving),
            f"{food.mg_per_serving:g}",
            food.group.value,
            notes.mark(None, food.sources, _flags(food.sources)),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n" + notes.markdown()


# --- the figure ---------------------------------------------------------------------

_WIDTH: Final = 350
"""A panel is drawn at the width it is shown: a phone's column, or several to a row."""
_HEIGHT: Final = 250
_LEFT: Final = 44.0
_RIGHT: Final = 340.0
_TOP: Final = 40.0
_BOTTOM: Final = 206.0
_MAX_AGE: Final = 80
"""The right end of the age axis, in years; the last bands continue past it."""
_MAX_MG: Final = 450
_COLORS: Final = {
    "IOM": "#0072b2",
    "EFSA": "#e69f00",
    "D-A-CH": "#009e73",
    "UK": "#d55e00",
    "NHMRC": "#cc79a7",
    "NNR": "#56b4e9",
    "WHO/FAO": "#7f7f7f",
}
"""One colour per authority (Okabe-Ito); female lines are dashed, male lines solid."""
_OTHER: Final = "#000000"
_DASH: Final = {Sex.FEMALE: "6 4", Sex.MALE: ""}


def _x(months: float) -> float:
    return _LEFT + (_RIGHT - _LEFT) * min(months, _MAX_AGE * 12) / (_MAX_AGE * 12)


def _y(mg: float) -> float:
    return _BOTTOM - (_BOTTOM - _TOP) * mg / _MAX_MG


def _series(table: AuthorityTable, sex: Sex) -> list[ReferenceRow]:
    return sorted(
        (
            row
            for row in table.rows
            if row.life_stage.applies_to(sex, ReproductiveStatus.NONE) and row.amount_mg is not None
        ),
        key=lambda row: row.life_stage.lower_months,
    )


def _path(rows: list[ReferenceRow]) -> str:
    """A step line: one horizontal segment per row, joined by vertical steps."""
    points: list[tuple[float, float]] = []
    steps = [(row.life_stage, row.amount_mg) for row in rows if row.amount_mg is not None]
    for stage, amount in steps:
        upper = _MAX_AGE * 12 if stage.upper_months is None else stage.upper_months
        y = _y(amount)
        points += [(_x(stage.lower_months), y), (_x(upper), y)]
    return " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(points))


def _axes() -> list[str]:
    parts = [
        f'<line x1="{_LEFT}" y1="{_BOTTOM}" x2="{_RIGHT}" y2="{_BOTTOM}" stroke="currentColor"/>',
        f'<line x1="{_LEFT}" y1="{_TOP}" x2="{_LEFT}" y2="{_BOTTOM}" stroke="currentColor"/>',
    ]
    for years in range(0, _MAX_AGE + 1, 20):
        x = _x(years * 12)
        parts.append(
            f'<line x1="{x:.1f}" y1="{_BOTTOM}" x2="{x:.1f}" y2="{_BOTTOM + 5}" '
            'stroke="currentColor"/>'
        )
        parts.append(_text(x, _BOTTOM + 19, str(years), size=12, anchor="middle"))
    for mg in range(0, _MAX_MG + 1, 100):
        y = _y(mg)
        parts.append(
            f'<line x1="{_LEFT - 5}" y1="{y:.1f}" x2="{_RIGHT}" y2="{y:.1f}" '
            'stroke="currentColor" stroke-opacity="0.15"/>'
        )
        parts.append(_text(_LEFT - 8, y + 4, str(mg), size=12, anchor="end"))
    parts.append(_text(_RIGHT, _BOTTOM + 38, "age (years)", size=12, anchor="end"))
    parts.append(_text(_LEFT - 36, _TOP - 12, "mg/day", size=12))
    return parts


def _series_group(name: str, table: AuthorityTable, sex: Sex) -> str:
    color, dash = _COLORS.get(name, _OTHER), _DASH[sex]
    rows = _series(table, sex)
    tooltip = "; ".join(
        f"{row.life_stage.label}: {row.kind.value if row.kind else ''} {_mg(row.amount_mg)} mg/day"
        for row in rows
    )
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<g class="intake-series" data-authority="{name}" data-sex="{sex.value}">'
        f"<title>{html.escape(f'{name} {sex.value}: {tooltip}')}</title>"
        f'<path d="{_path(rows)}" fill="none" stroke="{color}" stroke-width="2.5"'
        f"{dash_attr}/></g>"
    )


def _panel(name: str, table: AuthorityTable) -> str:
    """One authority's lines (male solid, female dashed) over the others' in faint grey."""
    slug = "".join(c if c.isalnum() else "-" for c in name.lower())
    context = [
        f'<path class="context" d="{_path(_series(other, sex))}" fill="none" '
        'stroke="currentColor" stroke-opacity="0.18" stroke-width="1"/>'
        for other_name, other in AUTHORITIES.items()
        if other_name != name
        for sex in Sex
    ]
    color = _COLORS.get(name, _OTHER)
    legend = [
        _text(0, 16, name, size=14, anchor="start").replace("<text ", '<text font-weight="bold" '),
        f'<line x1="150" y1="11" x2="176" y2="11" stroke="{color}" stroke-width="2.5"/>',
        _text(180, 16, "male", size=12),
        (
            f'<line x1="230" y1="11" x2="256" y2="11" stroke="{color}" stroke-width="2.5" '
            'stroke-dasharray="6 4"/>'
        ),
        _text(260, 16, "female", size=12),
    ]
    title = f"{name}: recommended daily magnesium intake by age (mg/day), male and female"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {_HEIGHT}" '
        f'width="{_WIDTH}" height="{_HEIGHT}" role="img" '
        f'aria-labelledby="intake-figure-{slug}" font-family="system-ui, sans-serif">'
        f'<title id="intake-figure-{slug}">{html.escape(title)}</title>'
    )
    series = [_series_group(name, table, sex) for sex in Sex]
    return "".join([head, *legend, *_axes(), *context, *series, "</svg>"])


def intake_figure() -> str:
    """Return the recommended intake by age as HTML: one small SVG panel per authority.

    Each panel (350 px wide, drawn at the width it is shown, text of 12 px and more) draws
    one authority's step lines, male solid and female dashed, from the rows without
    pregnancy or lactation, over the other authorities' lines in faint grey, so that no
    authority's line hides under another's where their values agree. Each line is a group
    ``<g class="intake-series">`` with ``data-authority`` and ``data-sex``; the age axis
    runs from birth to 80 years (the last band continues past it). Rows where an authority
    sets no value are left out, so a line may start after birth (EFSA: 7 months). Text
    and axes use ``currentColor`` for light and dark pages.

    Examples:
        >>> figure = intake_figure()
        >>> figure.count('class="intake-series"') == 2 * len(AUTHORITIES)
        True
        >>> figure.count("<svg ") == len(AUTHORITIES)
        True
    """
    panels = [_panel(name, table) for name, table in AUTHORITIES.items()]
    return '<div class="mg-figures">' + "".join(panels) + "</div>\n"
