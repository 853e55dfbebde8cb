"""Markdown and SVG for the causes page, generated from the tables in `magnesium.causes`.

docs/causes.md calls these functions in ``markdown-exec`` blocks, so that the
taxonomy diagram, the drug and genetic tables and their codes cannot drift from
the data. Each function is pure: it reads the data and returns a string.

Examples:
    >>> from _gen import causes as _docs_causes
    >>> link = "[A02BC01](https://atcddd.fhi.no/atc_ddd_index/?code=A02BC01)"
    >>> link in _docs_causes.drug_table()
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Final

from _gen.base import Footnotes, _md, _source_links
from magnesium import causes, workup
from magnesium.causes import Category, Cause, GeneticDisorder, Mechanism
from magnesium.sources import Source, weakest_verification

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


def _links(cited: Iterable[Source]) -> str:
    """Links to the sources, then the weakest level where it is below a verbatim copy."""
    sources: list[Source] = list(dict.fromkeys(cited))
    if all(s.verified for s in sources):
        return _source_links(sources)
    return f"{_source_links(sources)}{_UNVERIFIED} ({weakest_verification(sources).label})"


def _note(
    notes: Footnotes, cited: Iterable[Source], note: str | None = None, *, raw: str = ""
) -> str:
    """The marker of a footnote giving *raw*, *note* and the sources *cited*, flagged."""
    sources: list[Source] = list(dict.fromkeys(cited))
    flags = ""
    if not all(s.verified for s in sources):
        flags = f"{_UNVERIFIED} ({weakest_verification(sources).label})"
    return notes.mark(note, sources, flags, raw=raw)


def cause_table() -> str:
    """Return every non-genetic cause as a Markdown table, with its other classifications.

    Examples:
        >>> "| pancreatitis | other | other |" in cause_table()
        True
    """
    notes = Footnotes("cause")
    rows = [
        "| Cause | Category | Mechanism | Also classified as | Notes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for cause in causes.CAUSES.values():
        if cause.category is Category.GENETIC:
            continue
        also = "<br>".join(
            f"{alt.category.value}, {alt.mechanism.value}" for alt in cause.alternatives
        )
        raw = " ".join(
            f"Also {alt.category.value}, {alt.mechanism.value}: {_links(alt.sources)}."
            for alt in cause.alternatives
        )
        rows.append(
            f"| {_md(cause.name)} | {cause.category.value} | {cause.mechanism.value} "
            f"| {also or '-'} | {_note(notes, cause.sources, raw=raw)} |"
        )
    return "\n".join(rows) + "\n" + notes.markdown()


def drug_table() -> str:
    """Return every drug as a Markdown table with its WHO ATC code linked to the ATC/DDD index.

    Former codes are shown as history, never as links.

    Examples:
        >>> "formerly L01XC06" in drug_table()
        True
    """
    notes = Footnotes("drug")
    rows = [
        "| Drug (INN) | ATC | Class | Acts on | Cause | Notes |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for drug in causes.DRUGS.values():
        codes = (
            ", ".join(f"[{code}]({url})" for code, url in zip(drug.atc, drug.atc_urls, strict=True))
            or "none in the index"
        )
        if drug.former_atc:
            codes += f" (formerly {', '.join(drug.former_atc)})"
        names = ", ".join(_md(n) for n in (*drug.synonyms, *drug.brands))
        raw = f"{_md(drug.name)}, also called {names}." if names else ""
        cause = ", ".join(_md(causes.CAUSES[c].name) for c in drug.causes)
        marker = _note(notes, drug.citations, raw=raw)
        rows.append(
            f"| {_md(drug.name)} | {codes} | {_md(drug.drug_class)} "
            f"| {_md(drug.site.value)} | {cause} | {marker} |"
        )
    return "\n".join(rows) + "\n" + notes.markdown()


def genetic_table() -> str:
    """Return every inherited disorder as a Markdown table with OMIM numbers linked to OMIM.

    Examples:
        >>> "[263800](https://omim.org/entry/263800)" in genetic_table()
        True
    """
    notes = Footnotes("genetic")
    rows = [
        "| Disorder | Genes | Inheritance | OMIM | Urine calcium | Stated features | Notes |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for disorder in causes.GENETIC_DISORDERS.values():
        omim = f"[{disorder.omim}]({disorder.omim_url})" if disorder.omim is not None else "none"
        genes = ", ".join(f"*{gene}*" for gene in disorder.genes) or "mitochondrial DNA"
        rows.append(
            f"| {_md(disorder.name)} | {genes} | {disorder.inheritance.value} | {omim} "
            f"| {disorder.urinary_calcium.value} | {_features(disorder)} "
            f"| {_note(notes, disorder.sources)} |"
        )
    return "\n".join(rows) + "\n" + notes.markdown()


def _features(disorder: GeneticDisorder) -> str:
    """The distinguishing features the sources state: present, or ``no ...`` when absent."""
    features = (
        (disorder.nephrocalcinosis, "nephrocalcinosis"),
        (disorder.hypokalaemic_alkalosis, "hypokalaemic alkalosis"),
        (disorder.seizures, "seizures"),
    )
    stated = [name if flag else f"no {name}" for flag, name in features if flag is not None]
    return ", ".join(stated) or "none stated"


def femg_cutoff_table() -> str:
    """Return the published FEMg cut-offs as a Markdown table, the default marked.

    Examples:
        >>> "| `gt-4-percent` (default) | > 4% |" in femg_cutoff_table()
        True
    """
    notes = Footnotes("femg")
    rows = ["| Name | Renal wasting if | Source says |", "| --- | --- | --- |"]
    for cutoff in workup.FEMG_CUTOFFS.values():
        flag = " (default)" if cutoff.name == workup.DEFAULT_FEMG_CUTOFF else ""
        rows.append(
            f"| `{cutoff.name}`{flag} | > {cutoff.percent:g}% | "
            f"{_note(notes, cutoff.sources, cutoff.description)} |"
        )
    return "\n".join(rows) + "\n" + notes.markdown()


def manifestation_table() -> str:
    """Return the clinical picture by organ system, with the level where a source gives one.

    Examples:
        >>> "| central nervous system and psychiatric | seizures | < 1 mg/dL (0.4114 mmol/L) |" in (
        ...     manifestation_table()
        ... )
        True
    """
    notes = Footnotes("manifestation")
    rows = [
        "| Organ system | Manifestation | Typically below | Notes |",
        "| --- | --- | --- | --- |",
    ]
    for item in causes.MANIFESTATIONS:
        mmol = item.below_mmol_per_l
        level = "-" if mmol is None else f"< {item.below:g} {item.unit} ({round(mmol, 4):g} mmol/L)"
        rows.append(
            f"| {item.system.value} | {_md(item.name)} | {level} "
            f"| {_note(notes, item.sources, item.note)} |"
        )
    return "\n".join(rows) + "\n" + notes.markdown()


def risk_group_table() -> str:
    """Return the risk groups with their published prevalence.

    Examples:
        >>> "| intensive care patients | 60-65% |" in risk_group_table()
        True
    """
    notes = Footnotes("risk")
    rows = ["| Group | Prevalence | As published |", "| --- | --- | --- |"]
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
            f"| {_md(group.name)} | {prevalence} | {_note(notes, group.sources, group.note)} |"
        )
    return "\n".join(rows) + "\n" + notes.markdown()


def prevalence_table() -> str:
    """Return the prevalence figures with their population, cut-off and study.

    Examples:
        >>> "| 11% | < 1.2 mEq/L (0.6 mmol/L) | 68 of 621 |" in prevalence_table()
        True
    """
    notes = Footnotes("prevalence")
    rows = [
        "| Population | Prevalence | Cut-off | Cases | Notes |",
        "| --- | --- | --- | --- | --- |",
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
            f"| {_note(notes, item.sources, item.note)} |"
        )
    return "\n".join(rows) + "\n" + notes.markdown()


def workup_table() -> str:
    """Return the tests to order as a Markdown table.

    Examples:
        >>> "| serum potassium |" in workup_table()
        True
    """
    notes = Footnotes("workup")
    rows = ["| Test | Why | Notes |", "| --- | --- | --- |"]
    rows += [
        f"| {_md(test.name)} | {_md(test.purpose)} | {_note(notes, test.sources)} |"
        for test in workup.WORKUP_TESTS
    ]
    return "\n".join(rows) + "\n" + notes.markdown()


# --- the taxonomy diagram ---------------------------------------------------------------

_MECHANISM_COLORS: Final = {
    Mechanism.REDUCED_INTAKE: "#8c6d31",
    Mechanism.REDUCED_ABSORPTION: "#e6550d",
    Mechanism.GI_LOSS: "#d62728",
    Mechanism.RENAL_WASTING: "#3182bd",
    Mechanism.INTRACELLULAR_SHIFT: "#31a354",
    Mechanism.OTHER: "#756bb1",
}
_WIDTH: Final = 350.0
"""Each category's figure is drawn at the width it is shown: a phone's column, or two to a row."""
_LINE: Final = 18.0
_WRAP: Final = 42
"""Characters per line of a cause's name (13 px text in 350 px)."""


def _label(cause: Cause) -> str:
    name = cause.name
    if cause.category is Category.GENETIC:
        disorder = causes.GENETIC_DISORDERS[cause.id.removeprefix("genetic-")]
        genes = " + ".join(disorder.genes) or "mtDNA"
        name = f"{genes}: {name.split(',')[0].split(' (')[0]}"
    return name


def _wrapped(text: str, width: int = _WRAP) -> list[str]:
    """*text* in lines of at most *width* characters, broken between words."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _text(x: float, y: float, text: str, *, size: int = 13, style: str = "") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" {style}'
        f'fill="currentColor">{html.escape(text)}</text>'
    )


def _svg(height: float, label: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH:.0f} {height:.0f}" '
        f'width="{_WIDTH:.0f}" height="{height:.0f}" role="img" aria-label="{html.escape(label)}" '
        f'font-family="sans-serif">{"".join(body)}</svg>'
    )


def _cause_rows(cause: Cause, y: float) -> tuple[list[str], float]:
    """One cause: a dot in its mechanism's colour, its name, a line per other classification."""
    tip = "; ".join(
        f"{c.category.value}, {c.mechanism.value} ({', '.join(s.key for s in c.sources)})"
        for c in cause.classifications
    )
    color = _MECHANISM_COLORS[cause.mechanism]
    body = [
        f'<g class="cause" data-id="{html.escape(cause.id)}">',
        f"<title>{html.escape(cause.name + ': ' + tip)}</title>",
        f'<circle cx="9" cy="{y - 4.5:.1f}" r="5" fill="{color}"/>',
    ]
    lines = _wrapped(_label(cause))
    body += [_text(22, y + number * _LINE, line) for number, line in enumerate(lines)]
    y += len(lines) * _LINE
    for alt in cause.alternatives:
        body.append(
            f'<g class="alternative"><title>{html.escape(cause.name)}: also '
            f"{alt.category.value}, {alt.mechanism.value}</title>"
            f'<circle cx="31" cy="{y - 4.5:.1f}" r="4" fill="none" '
            f'stroke="{_MECHANISM_COLORS[alt.mechanism]}" stroke-width="2"/>'
            f"{_text(40, y, f'also {alt.category.value}: {alt.mechanism.value}', size=12)}</g>"
        )
        y += _LINE
    body.append("</g>")
    return body, y + 4


def _category_figure(category: Category) -> str:
    members = causes.by_category(category)
    body = [
        f"<title>Causes of hypomagnesaemia filed under {category.value}</title>",
        _text(0, 18, category.value.upper(), size=14, style='font-weight="bold" '),
        _text(_WIDTH, 18, f"{len(members)} causes", size=12, style='text-anchor="end" '),
    ]
    y = 44.0
    for cause in members:
        rows, y = _cause_rows(cause, y)
        body += rows
    return _svg(y, f"Causes filed under {category.value}", body)


def _legend() -> str:
    body = ["<title>Mechanisms: the colour of a cause's dot</title>"]
    for i, (mechanism, color) in enumerate(_MECHANISM_COLORS.items()):
        x, y = (i % 2) * _WIDTH / 2, 16 + (i // 2) * _LINE
        body.append(f'<circle cx="{x + 9:.1f}" cy="{y - 4.5:.1f}" r="5" fill="{color}"/>')
        body.append(_text(x + 22, y, mechanism.value, size=12))
    rows = (len(_MECHANISM_COLORS) + 1) // 2
    return _svg(8 + rows * _LINE, "Legend: mechanism colours", body)


def taxonomy_diagram() -> str:
    """Return the taxonomy of causes as HTML: a legend and one SVG figure per category.

    Each figure is drawn at the width it is shown (350 px, text of 12 px and more), so it
    reads on a phone; on a wider screen they flow two to a row (the ``mg-figures`` class of
    ``docs/stylesheets/extra.css``). A cause is a dot coloured by its primary mechanism,
    with its full name (a genetic disorder by its genes) in the figure of its primary
    category; under it, one ringed line per other classification its sources give
    (category and mechanism, the ring in that mechanism's colour). Hovering a cause shows
    its classifications and sources.

    Examples:
        >>> html_text = taxonomy_diagram()
        >>> html_text.count('class="cause"') == len(causes.CAUSES)
        True
        >>> html_text.count('class="alternative"') == sum(
        ...     len(c.alternatives) for c in causes.CAUSES.values()
        ... )
        True
    """
    figures = [_category_figure(category) for category in Category]
    return f'<div>{_legend()}</div><div class="mg-figures">' + "".join(figures) + "</div>"
