"""Markdown and SVG for the causes page, generated from the tables in `magnesium.causes`.

docs/causes.md calls these functions in ``markdown-exec`` blocks, so that the
taxonomy diagram, the drug and genetic tables and their codes cannot drift from
the data. Each function is pure: it reads the data and returns a string.

Examples:
    >>> from magnesium import _docs_causes
    >>> link = "[A02BC01](https://atcddd.fhi.no/atc_ddd_index/?code=A02BC01)"
    >>> link in _docs_causes.drug_table()
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Final

from magnesium import causes, workup
from magnesium._docs import _md, _source_links
from magnesium.causes import Category, Cause, Mechanism
from magnesium.sources import Source, cite, weakest_verification

__all__ = [
    "cause_table",
    "drug_table",
    "femg_cutoff_table",
    "genetic_table",
    "manifestation_table",
    "prevalence_table",
    "risk_group_table",
    "taxonomy_diagram",
    "workup_table",
]

_UNVERIFIED: Final = " ⚠ not verified"


def _links(keys: Iterable[str]) -> str:
    """Links to the sources, then the weakest level where it is below a verbatim copy."""
    sources: list[Source] = [cite(key) for key in dict.fromkeys(keys)]
    if all(s.verified for s in sources):
        return _source_links(sources)
    return f"{_source_links(sources)}{_UNVERIFIED} ({weakest_verification(sources).label})"


def _yes_no(flag: bool | None) -> str:
    return "not stated" if flag is None else ("yes" if flag else "no")


def cause_table() -> str:
    """Return every non-genetic cause as a Markdown table, with its other classifications.

    Examples:
        >>> "| pancreatitis | other | other |" in cause_table()
        True
    """
    rows = [
        "| Cause | Category | Mechanism | Also classified as | Sources |",
        "| --- | --- | --- | --- | --- |",
    ]
    for cause in causes.CAUSES.values():
        if cause.category is Category.GENETIC:
            continue
        also = "<br>".join(
            f"{alt.category.value}, {alt.mechanism.value} ({_links(alt.sources)})"
            for alt in cause.alternatives
        )
        rows.append(
            f"| {_md(cause.name)} | {cause.category.value} | {cause.mechanism.value} "
            f"| {also or '-'} | {_links(cause.sources)} |"
        )
    return "\n".join(rows) + "\n"


def drug_table() -> str:
    """Return every drug as a Markdown table with its WHO ATC code linked to the ATC/DDD index.

    Former codes are shown as history, never as links.

    Examples:
        >>> "formerly L01XC06" in drug_table()
        True
    """
    rows = [
        "| Drug (INN) | Other names and brands | ATC | Class | Acts on | Cause | Sources |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for drug in causes.DRUGS.values():
        codes = (
            ", ".join(f"[{code}]({url})" for code, url in zip(drug.atc, drug.atc_urls, strict=True))
            or "none in the index"
        )
        if drug.former_atc:
            codes += f" (formerly {', '.join(drug.former_atc)})"
        names = ", ".join(_md(n) for n in (*drug.synonyms, *drug.brands)) or "-"
        cause = ", ".join(_md(causes.CAUSES[c].name) for c in drug.causes)
        rows.append(
            f"| {_md(drug.name)} | {names} | {codes} | {_md(drug.drug_class)} "
            f"| {_md(drug.site.value)} | {cause} | {_links((*drug.sources, 'who-atc-ddd-2026'))} |"
        )
    return "\n".join(rows) + "\n"


def genetic_table() -> str:
    """Return every inherited disorder as a Markdown table with OMIM numbers linked to OMIM.

    Examples:
        >>> "[263800](https://omim.org/entry/263800)" in genetic_table()
        True
    """
    rows = [
        (
            "| Disorder | Genes | Inheritance | OMIM | Urinary calcium | Nephrocalcinosis "
            "| Hypokalaemic alkalosis | Seizures | Sources |"
        ),
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for disorder in causes.GENETIC_DISORDERS.values():
        omim = f"[{disorder.omim}]({disorder.omim_url})" if disorder.omim is not None else "none"
        genes = ", ".join(f"*{gene}*" for gene in disorder.genes) or "mitochondrial DNA"
        rows.append(
            f"| {_md(disorder.name)} | {genes} | {disorder.inheritance.value} | {omim} "
            f"| {disorder.urinary_calcium.value} | {_yes_no(disorder.nephrocalcinosis)} "
            f"| {_yes_no(disorder.hypokalaemic_alkalosis)} | {_yes_no(disorder.seizures)} "
            f"| {_links(disorder.sources)} |"
        )
    return "\n".join(rows) + "\n"


def femg_cutoff_table() -> str:
    """Return the published FEMg cut-offs as a Markdown table, the default marked.

    Examples:
        >>> "| `gt-4-percent` (default) | > 4% |" in femg_cutoff_table()
        True
    """
    rows = ["| Name | Renal wasting if | Source says | Sources |", "| --- | --- | --- | --- |"]
    for cutoff in workup.FEMG_CUTOFFS.values():
        flag = " (default)" if cutoff.name == workup.DEFAULT_FEMG_CUTOFF else ""
        rows.append(
            f"| `{cutoff.name}`{flag} | > {cutoff.percent:g}% | {_md(cutoff.description)} "
            f"| {_links(cutoff.sources)} |"
        )
    return "\n".join(rows) + "\n"


def manifestation_table() -> str:
    """Return the clinical picture by organ system, with the level where a source gives one.

    Examples:
        >>> "| central nervous system and psychiatric | seizures | < 1 mg/dL (0.4114 mmol/L) |" in (
        ...     manifestation_table()
        ... )
        True
    """
    rows = [
        "| Organ system | Manifestation | Typically below | Note | Sources |",
        "| --- | --- | --- | --- | --- |",
    ]
    for item in causes.MANIFESTATIONS:
        mmol = item.below_mmol_per_l
        level = "-" if mmol is None else f"< {item.below:g} {item.unit} ({round(mmol, 4):g} mmol/L)"
        rows.append(
            f"| {item.system.value} | {_md(item.name)} | {level} | {_md(item.note or '-')} "
            f"| {_links(item.sources)} |"
        )
    return "\n".join(rows) + "\n"


def risk_group_table() -> str:
    """Return the risk groups with their published prevalence.

    Examples:
        >>> "| intensive care patients | 60-65% |" in risk_group_table()
        True
    """
    rows = ["| Group | Prevalence | As published | Sources |", "| --- | --- | --- | --- |"]
    for group in causes.RISK_GROUPS:
        low, high = group.prevalence_low, group.prevalence_high
        if high is None:
            prevalence = "-"
        elif low is None:
            prevalence = f"up to {high:g}%"
        elif low == high:
            prevalence = f"{low:g}%"
        else:
            prevalence = f"{low:g}-{high:g}%"
        rows.append(
            f"| {_md(group.name)} | {prevalence} | {_md(group.note or '-')} "
            f"| {_links(group.sources)} |"
        )
    return "\n".join(rows) + "\n"


def prevalence_table() -> str:
    """Return the prevalence figures with their population, cut-off and study.

    Examples:
        >>> "| 11% | < 1.2 mEq/L (0.6 mmol/L) | 68 of 621 |" in prevalence_table()
        True
    """
    rows = [
        "| Population | Prevalence | Cut-off | Cases | Note | Sources |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for item in causes.PREVALENCE:
        mmol = item.below_mmol_per_l
        cutoff = item.cutoff
        if mmol is not None and item.unit != "mmol/L":
            cutoff += f" ({round(mmol, 4):g} mmol/L)"
        if item.cases is not None and item.total is not None:
            cases = f"{item.cases} of {item.total}"
        else:
            cases = "-" if item.total is None else f"n = {item.total:,}"
        setting = f" ({item.setting})" if item.setting else ""
        rows.append(
            f"| {_md(item.population + setting)} | {item.percent:g}% | {cutoff} | {cases} "
            f"| {_md(item.note or '-')} | {_links(item.sources)} |"
        )
    return "\n".join(rows) + "\n"


def workup_table() -> str:
    """Return the tests to order as a Markdown table.

    Examples:
        >>> "| serum potassium |" in workup_table()
        True
    """
    rows = ["| Test | Why | Sources |", "| --- | --- | --- |"]
    rows += [
        f"| {_md(test.name)} | {_md(test.purpose)} | {_links(test.sources)} |"
        for test in workup.WORKUP_TESTS
    ]
    return "\n".join(rows) + "\n"


# --- the taxonomy diagram ---------------------------------------------------------------

_MECHANISM_COLOURS: Final = {
    Mechanism.REDUCED_INTAKE: "#8c6d31",
    Mechanism.REDUCED_ABSORPTION: "#e6550d",
    Mechanism.GI_LOSS: "#d62728",
    Mechanism.RENAL_WASTING: "#3182bd",
    Mechanism.INTRACELLULAR_SHIFT: "#31a354",
    Mechanism.OTHER: "#756bb1",
}
_COLUMN: Final = 230.0
_LINE: Final = 19.0
_TOP: Final = 64.0
_LEFT: Final = 10.0
_LANE: Final = 46.0
"""The height of the lane that carries the dashed lines between the headings and the causes."""


def _label(cause: Cause) -> str:
    name = cause.name
    if cause.category is Category.GENETIC:
        disorder = causes.GENETIC_DISORDERS[cause.id.removeprefix("genetic-")]
        genes = " + ".join(disorder.genes) or "mtDNA"
        name = f"{genes}: {name.split(',')[0].split(' (')[0]}"
    return name if len(name) <= 34 else name[:32].rstrip() + "…"


def _text(x: float, y: float, text: str, *, size: int = 11, weight: str = "normal") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" '
        f'fill="currentColor">{html.escape(text)}</text>'
    )


def taxonomy_diagram() -> str:
    """Return the taxonomy of causes as an SVG figure: one column per category.

    Each cause is a dot coloured by its primary mechanism in the column of its
    primary category; a cause that sources classify differently is drawn with a
    ring and a dashed line (along the gap beside its column, then under the
    headings) to each other category's heading, with the mechanism
    of that classification in its colour. Hovering a cause shows its
    classifications and sources.

    Examples:
        >>> svg = taxonomy_diagram()
        >>> svg.startswith("<svg") and svg.count('class="cause"') == len(causes.CAUSES)
        True
        >>> svg.count('class="alternative"') == sum(
        ...     len(c.alternatives) for c in causes.CAUSES.values()
        ... )
        True
    """
    columns = list(Category)
    heading_x = {category: _LEFT + i * _COLUMN for i, category in enumerate(columns)}
    longest = max(len(causes.by_category(category)) for category in columns)
    legend_top = _TOP + longest * _LINE + 24
    height = legend_top + 40
    width = _LEFT + len(columns) * _COLUMN
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
            f'width="{width:.0f}" height="{height:.0f}" role="img" '
            'aria-label="Taxonomy of causes of hypomagnesaemia by category and mechanism" '
            'font-family="sans-serif" style="max-width: 100%; height: auto">'
        ),
        (
            "<title>Causes of hypomagnesaemia: primary category (column), mechanism (colour), "
            "other classifications (dashed)</title>"
        ),
    ]
    lines: list[str] = []
    for category in columns:
        x = heading_x[category]
        parts.append(
            f'<rect x="{x:.1f}" y="8" width="{_COLUMN - 14:.1f}" height="30" rx="6" '
            f'fill="none" stroke="currentColor" stroke-opacity="0.6"/>'
        )
        parts.append(_text(x + 10, 28, category.value.upper(), size=12, weight="bold"))
        for row, cause in enumerate(causes.by_category(category)):
            y = _TOP + row * _LINE
            colour = _MECHANISM_COLOURS[cause.mechanism]
            tip = "; ".join(
                f"{c.category.value}, {c.mechanism.value} ({', '.join(c.sources)})"
                for c in cause.classifications
            )
            ring = (
                f'<circle cx="{x + 6:.1f}" cy="{y - 4:.1f}" r="7" fill="none" '
                f'stroke="currentColor" stroke-width="1"/>'
                if cause.alternatives
                else ""
            )
            parts.append(
                f'<g class="cause" data-id="{html.escape(cause.id)}">'
                f"<title>{html.escape(cause.name + ': ' + tip)}</title>{ring}"
                f'<circle cx="{x + 6:.1f}" cy="{y - 4:.1f}" r="4.5" fill="{colour}"/>'
                f"{_text(x + 16, y, _label(cause))}</g>"
            )
            for alt in cause.alternatives:
                target = heading_x[alt.category] + (_COLUMN - 14) / 2
                lines.append(
                    f'<path class="alternative" d="M {x + 1.5:.1f} {y - 4:.1f} H {x - 4:.1f} '
                    f'V {_LANE:.1f} H {target:.1f} V 38" '
                    f'fill="none" stroke="{_MECHANISM_COLOURS[alt.mechanism]}" '
                    f'stroke-width="1.2" stroke-dasharray="4 3" stroke-opacity="0.8">'
                    f"<title>{html.escape(cause.name)}: also {alt.category.value}, "
                    f"{alt.mechanism.value}</title></path>"
                )
    parts += lines
    for i, (mechanism, colour) in enumerate(_MECHANISM_COLOURS.items()):
        x = _LEFT + i * (width - _LEFT) / len(_MECHANISM_COLOURS)
        parts.append(f'<circle cx="{x + 6:.1f}" cy="{legend_top:.1f}" r="5" fill="{colour}"/>')
        parts.append(_text(x + 16, legend_top + 4, mechanism.value))
    parts.append(
        _text(
            _LEFT,
            legend_top + 26,
            "Ringed: sources also classify the cause otherwise (dashed line to that category, "
            "coloured by that mechanism).",
            size=10,
        )
    )
    parts.append("</svg>")
    return "".join(parts)
