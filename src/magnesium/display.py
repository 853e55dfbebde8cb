"""One presentation layer: how every result is shown, as text, Markdown and HTML.

The command line prints [`text`][magnesium.display.text], a notebook shows
[`markdown`][magnesium.display.markdown] or [`html`][magnesium.display.html]
(through the ``_repr_markdown_`` and ``_repr_html_`` of every public value
type), and ``repr()`` is [`brief`][magnesium.display.brief]: one line of at most
[`MAX_BRIEF`][magnesium.display.MAX_BRIEF] characters, nested values elided.
Markdown and HTML are built from the lines of the text, so the three forms say
the same thing; user text is escaped in both.

Examples:
    >>> import magnesium as mg
    >>> from magnesium import display
    >>> result = mg.classify(mg.SerumMagnesium.parse("0.5 mmol/L"))
    >>> display.brief(result)
    "LevelClassification(SerumMagnesium(0.5, 'mmol/L'), 'low', set='iom-1997')"
    >>> print(display.text(result))
    0.5 mmol/L: LOW by iom-1997
      below the reference interval (< 0.75 mmol/L)
      severity: ungraded (cut-offs in mmol/L)
      set: IOM 1997 normal range of serum magnesium, 0.75-0.95 mmol/L (1.8-2.3 mg/dL)
      source: Institute of Medicine, Standing Committee on the Scientific Evaluation of Di ...
    >>> print(display.markdown(result).splitlines()[0])
    **0.5 mmol/L: LOW by iom-1997**
    >>> display.html(mg.cite("iom-1997")).startswith('<div class="magnesium">')
    True
"""

from __future__ import annotations

import enum
import functools
import html as _html
import math
import re
from typing import Any, Final, cast

import attrs

from magnesium import causes, critical, foods, hypermagnesaemia, rda, repletion, salts, workup
from magnesium._show import text as _shown_text
from magnesium.serum import SerumMagnesium
from magnesium.sources import Source, Verification
from magnesium.thresholds import Band, Cutoffs, LevelClassification, ThresholdSet

__all__ = ["MAX_BRIEF", "brief", "html", "markdown", "source_line", "text"]

MAX_BRIEF: Final = 200
"""The longest ``repr()`` of a value type, in characters."""

_QUOTED: Final = 60
"""The longest text quoted whole in a brief form; longer text is cut."""


def brief(obj: object) -> str:
    """Return *obj* in one line of at most `MAX_BRIEF` characters: its ``repr()``.

    Nested values are elided to a name or a count; user text is quoted and cut.

    Examples:
        >>> import magnesium as mg
        >>> brief(mg.cite("iom-1997"))
        "Source('iom-1997')"
        >>> brief(mg.salts.get_salt("magnesium oxide"))
        "Salt('magnesium oxide', 'MgO')"
    """
    try:
        made = _brief(obj)
    except _BROKEN:  # a value built from junk (a NaN where a tuple belongs): show its fields
        made = _fields_brief(obj)
    lines = made.splitlines() or [""]
    line = " ".join(part.strip() for part in lines)
    return line if len(line) <= MAX_BRIEF else line[: MAX_BRIEF - 4] + " ..."


def text(obj: object) -> str:
    """Return *obj* as readable text: what the ``magnesium`` command prints.

    Examples:
        >>> import magnesium as mg
        >>> print(text(mg.salts.ElementalDose.of(200, "mg")))
        200 mg = 8.22876 mmol = 16.4575 mEq
    """
    try:
        return _text(obj)
    except _BROKEN:  # a value built from junk: its brief form
        return brief(obj)


def markdown(obj: object) -> str:
    """Return *obj* as Markdown (for notebooks and the docs): the lines of `text`.

    The first line is bold, the others a list; text is escaped, so a value
    written by a user is shown, never read as markup.

    Examples:
        >>> import magnesium as mg
        >>> print(markdown(mg.salts.ElementalDose.of(200, "mg")))
        **200 mg = 8.22876 mmol = 16.4575 mEq**
    """
    title, items = _outline(obj)
    lines = [f"**{_md_escape(title, item=False)}**"]
    if items:
        lines.append("")
        lines += [f"{'  ' * (depth - 1)}- {_md_escape(line)}" for depth, line in items]
    return "\n".join(lines)


def html(obj: object) -> str:
    """Return *obj* as an HTML fragment (for notebooks): the lines of `text`, escaped.

    Examples:
        >>> import magnesium as mg
        >>> html(mg.salts.ElementalDose.of(200, "mg"))
        '<div class="magnesium"><p><strong>200 mg = 8.22876 mmol = 16.4575 mEq</strong></p></div>'
    """
    title, items = _outline(obj)
    parts = [f'<div class="magnesium"><p><strong>{_html.escape(title)}</strong></p>']
    depth = 0
    for level, line in items:
        parts += ["<ul>"] * (level - depth) + ["</ul>"] * (depth - level)
        depth = level
        parts.append(f"<li>{_html.escape(line)}</li>")
    parts += ["</ul>"] * depth
    parts.append("</div>")
    return "".join(parts)


def source_line(source: Source, width: int = 80) -> str:
    """Return a citation as one line of text, as the command line prints it.

    The citation is cut to *width* characters; a level other than the primary
    text follows it, never cut: ``[read in a verbatim copy]``,
    ``[secondary summary only]`` or ``[unverified]``.

    Examples:
        >>> from magnesium.sources import cite
        >>> source_line(cite("iom-1997"), width=40)
        'Institute of Medicine, Standing Comm ...'
        >>> source_line(cite("aha-2005-electrolytes"), width=40)
        'American Heart Association. 2005 Ame ... [secondary summary only]'
    """
    line = str(source)
    if source.flag:
        line = line.removesuffix(source.flag).rstrip()
    line = _shorten(line, width)
    if source.verification is Verification.PRIMARY:
        return line
    return f"{line} [{source.verification.label}]"


# --- shared pieces -------------------------------------------------------------------------

_BROKEN: Final = (AttributeError, TypeError, ValueError, LookupError, ArithmeticError)
"""What a renderer meets in a value built from junk; `brief` and `text` then fall back."""

_MD_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]#|~])")
_MD_LINE_START: Final = re.compile(r"^(\d+)([.)])|^([-+>])")


def _md_escape(line: str, *, item: bool = True) -> str:
    """*line* as literal Markdown text: no emphasis, link, heading, list or raw HTML."""
    escaped = _html.escape(line, quote=False)  # raw HTML in Markdown is shown, never run
    escaped = _MD_SPECIAL.sub(r"\\\1", escaped)
    if not item:  # the bold heading: a list marker cannot start inside it
        return escaped
    return _MD_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


def _outline(obj: object) -> tuple[str, list[tuple[int, str]]]:
    """The first line of `text` and the other lines with their depth (1 = top)."""
    lines = [line for line in text(obj).splitlines() if line.strip()] or [brief(obj)]
    indents = sorted({len(line) - len(line.lstrip()) for line in lines[1:]})
    depth = {indent: number for number, indent in enumerate(indents, 1)}
    items = [(depth[len(line) - len(line.lstrip())], line.strip()) for line in lines[1:]]
    return lines[0].strip(), items


def _quote(value: str) -> str:
    return repr(value if len(value) <= _QUOTED else value[: _QUOTED - 3] + "...")


def _shorten(line: str, width: int = 80) -> str:
    return line if len(line) <= width else line[: width - 4].rstrip() + " ..."


def _own_str(obj: object) -> bool:
    method = type(obj).__str__
    return method is not object.__str__ and method is not _shown_text


def _value(value: object) -> str:
    """A field's value in a brief form: numbers and short text whole, the rest elided."""
    match value:
        case None | bool() | int():
            return repr(value)
        case float():
            return f"{value:g}"
        case str():
            return _quote(value)
        case enum.Enum():
            return repr(value.value)
        case tuple() | list() | frozenset():
            return f"<{len(value)} items>"
        case _ if attrs.has(type(value)):
            return _name(value) or f"{type(value).__name__}(...)"
    return "..."


def _name(obj: object) -> str | None:
    for attribute in ("key", "id", "name"):
        value = getattr(obj, attribute, None)
        if isinstance(value, str):
            return _quote(value)
    return None


def _public_fields(obj: object) -> list[str]:
    fields: tuple[attrs.Attribute[object], ...] = attrs.fields(cast("Any", type(obj)))
    return [item.name for item in fields if not item.name.startswith("_")]


# --- brief (repr) ---------------------------------------------------------------------------


@functools.singledispatch
def _brief(obj: object) -> str:
    """A name or key if there is one, else the class's own text, else the first fields."""
    kind = type(obj).__name__
    if not attrs.has(type(obj)):
        return _fields_brief(obj)
    name = _name(obj)
    if name is not None:
        return f"{kind}({name})"
    if _own_str(obj):
        return f"{kind}({obj!s})"
    return _fields_brief(obj)


def _fields_brief(obj: object) -> str:
    kind = type(obj).__name__
    if not attrs.has(type(obj)):  # not one of ours: its own repr, if it has a working one
        try:
            return repr(obj)
        except _BROKEN:
            return f"{kind}(...)"
    fields = _public_fields(obj)[:4]
    return f"{kind}({', '.join(f'{f}={_value(getattr(obj, f, None))}' for f in fields)})"


@_brief.register
def _(obj: causes.Prevalence) -> str:
    return f"Prevalence({obj.percent:g}% {obj.cutoff}: {_quote(obj.population)})"


@_brief.register
def _(obj: SerumMagnesium) -> str:
    return f"SerumMagnesium({obj.value!r}, {obj.unit!r})"


@_brief.register
def _(obj: LevelClassification) -> str:
    tail = "" if obj.critical_limits is None else f", critical={obj.critical_limits.name!r}"
    return (
        f"LevelClassification({_brief(obj.level)}, {obj.status.value!r}, "
        f"set={_quote(obj.threshold_set.name)}{tail})"
    )


@_brief.register
def _(obj: Band) -> str:
    upper = "inf" if math.isinf(obj.upper) else f"{obj.upper:g}"
    grade = "" if obj.grade is None else f", grade {obj.grade}"
    return f"Band({obj.lower:g} to {upper}: {obj.status.value}{grade})"


@_brief.register
def _(obj: Cutoffs) -> str:
    return f"Cutoffs({obj.unit!r}, {len(obj.bands)} bands)"


@_brief.register
def _(obj: ThresholdSet) -> str:
    return f"ThresholdSet({_quote(obj.name)})"


@_brief.register
def _(obj: hypermagnesaemia.ToxicityBand) -> str:
    return f"ToxicityBand({_shorten(str(obj), 120)})"


@_brief.register
def _(obj: hypermagnesaemia.ToxicityTable) -> str:
    return f"ToxicityTable({_quote(obj.name)}, {obj.unit}, {len(obj.bands)} bands)"


@_brief.register
def _(obj: hypermagnesaemia.ToxicityReading) -> str:
    return f"ToxicityReading({obj.level} by {_quote(obj.table.name)}; {len(obj.bands)} bands)"


@_brief.register
def _(obj: rda.AuthorityTable) -> str:
    return f"AuthorityTable({obj.authority.value!r}, {len(obj.rows)} rows)"


@_brief.register
def _(obj: rda.ReferenceRow) -> str:
    return f"ReferenceRow({obj.life_stage}: {_row_value(obj)})"


def _row_value(row: rda.ReferenceRow) -> str:
    if row.kind is None or row.amount_mg is None:
        return "no value set"
    ear = "" if row.ear_mg is None else f" (EAR {row.ear_mg:g})"
    return f"{row.kind.value} {row.amount_mg:g} mg/day{ear}"


@_brief.register
def _(obj: rda.UpperLevel) -> str:
    amount = "none set" if obj.ul_supplemental_mg is None else f"{obj.ul_supplemental_mg:g} mg/day"
    return f"UpperLevel({_quote(obj.label)}: {amount})"


@_brief.register
def _(obj: rda.RecommendedIntake) -> str:
    return (
        f"RecommendedIntake({obj.authority.value} {obj.life_stage}: "
        f"{obj.kind.value} {obj.amount_mg:g} mg/day)"
    )


@_brief.register
def _(obj: rda.IntakeAssessment) -> str:
    ref = obj.reference
    return (
        f"IntakeAssessment({obj.total_mg:g} mg/day vs {ref.kind.value} {ref.amount_mg:g} mg/day; "
        f"{ref.authority.value} {ref.life_stage})"
    )


@_brief.register
def _(obj: foods.IntakeEstimate) -> str:
    return f"IntakeEstimate({len(obj.portions)} foods; {obj.total_mg:g} mg)"


@_brief.register
def _(obj: foods.FoodPortion) -> str:
    return f"FoodPortion({_quote(obj.food.key)}, {obj.servings:g} servings)"


@_brief.register
def _(obj: rda.LabellingReference) -> str:
    return f"LabellingReference({_quote(obj.name)}, {obj.amount_mg:g} mg/day)"


@_brief.register
def _(obj: causes.CauseClassification) -> str:
    return f"CauseClassification({obj.category.value!r}, {obj.mechanism.value!r})"


@_brief.register
def _(obj: causes.Match) -> str:
    found = obj.drug if obj.drug is not None else obj.cause
    return f"Match({_quote(obj.query)} -> {_value(found)})"


@_brief.register
def _(obj: causes.ScreenResult) -> str:
    keys = [cause.id for cause in obj.causes]
    shown = ", ".join(map(_quote, keys[:3])) + (", ..." if len(keys) > 3 else "")
    return (
        f"ScreenResult({len(obj.matches)} matches, {len(obj.unmatched)} unmatched; "
        f"causes=[{shown}])"
    )


@_brief.register
def _(obj: workup.UrineMagnesium24h) -> str:
    return f"UrineMagnesium24h({obj.mmol_per_day:g} mmol/day: {obj.interpretation.value})"


@_brief.register
def _(obj: salts.Salt) -> str:
    return f"Salt({_quote(obj.name)}, {_quote(obj.formula)})"


@_brief.register
def _(obj: repletion.Regimen) -> str:
    return (
        f"Regimen({_quote(obj.key)}, {obj.route.value} {obj.salt.name} {obj.dose_g:g} g"
        f"{' max' if obj.dose_is_maximum else ''})"
    )


@_brief.register
def _(obj: repletion.Limit) -> str:
    return f"Limit({_quote(obj.key)}, {obj.kind.value})"


@_brief.register
def _(obj: salts.LabelFigure) -> str:
    return f"LabelFigure({_quote(obj.product)}, {obj.stated:g} {obj.unit})"


@_brief.register
def _(obj: repletion.RepletionPlan) -> str:
    first = "" if obj.first is None else f"; first={_quote(obj.first.key)}"
    return (
        f"RepletionPlan({obj.level} {obj.classification.status.value} by "
        f"{obj.classification.threshold_set.name}; {len(obj.regimens)} regimens{first})"
    )


# --- text -----------------------------------------------------------------------------------


@functools.singledispatch
def _text(obj: object) -> str:
    """The class's own text if it has one, else its brief form and its public fields."""
    if _own_str(obj):
        return str(obj)
    if not attrs.has(type(obj)):
        return brief(obj)
    lines = [brief(obj)]
    for name in _public_fields(obj):
        value = getattr(obj, name)
        if isinstance(value, tuple | list) and len(value) > 8:
            lines.append(f"  {name}: {len(value)} items")
        elif isinstance(value, tuple | list) and value:
            lines += [f"  {name}: {_shorten(_item(item), 76)}" for item in value]
        elif not (isinstance(value, tuple | list) and not value) and value is not None:
            lines.append(f"  {name}: {_shorten(_item(value), 76)}")
    return "\n".join(lines)


def _item(value: object) -> str:
    if isinstance(value, Source):
        return source_line(value)
    if isinstance(value, str):
        return " ".join(value.split())
    if attrs.has(type(value)):
        return " ".join((str(value) if _own_str(value) else brief(value)).split())
    return _value(value)


@_text.register
def _(obj: LevelClassification) -> str:
    grade = f", CTCAE grade {obj.grade}" if obj.grade is not None else ""
    lines = [
        f"{obj.level}: {obj.status.value.upper()} by {obj.threshold_set.name}",
        f"  {obj.label}",
        f"  severity: {obj.severity.value}{grade} (cut-offs in {obj.unit_used})",
        f"  set: {obj.threshold_set.title}",
    ]
    lines += [f"  source: {source_line(source)}" for source in obj.sources]
    if not obj.threshold_set.verified:
        lines.append(
            "  warning: this set's value was not verified against its primary source "
            f"({obj.threshold_set.verification.label})"
        )
    limits = obj.critical_limits
    if limits is not None:
        lines.append(f"  {'CRITICAL' if obj.critical else 'not critical'} by {limits}")
        lines += [_shorten(f"  source: {source}") for source in limits.sources]
    lines += [f"  {line}" for line in _signs(obj.manifestations)]
    return "\n".join(lines)


def _signs(readings: tuple[hypermagnesaemia.ToxicityReading, ...]) -> list[str]:
    return [line for reading in readings if reading.bands for line in _text(reading).splitlines()]


@_text.register
def _(obj: Cutoffs) -> str:
    return "\n".join([f"cut-offs in {obj.unit}", *(f"  {band}" for band in obj.bands)])


@_text.register
def _(obj: ThresholdSet) -> str:
    lines = [f"{obj.name}: {obj.title}", f"  population: {obj.population.value}"]
    for cutoffs in obj.cutoffs:
        lines += [f"  {line}" for line in _text(cutoffs).splitlines()]
    lines += [f"  source: {source_line(source)}" for source in obj.sources]
    if not obj.verified:
        lines.append(
            f"  warning: not verified against its primary source ({obj.verification.label})"
        )
    return "\n".join(lines)


@_text.register
def _(obj: rda.AuthorityTable) -> str:
    lines = [f"{obj.authority.value}: {obj.title}"]
    lines += [f"  {row.life_stage}: {_row_value(row)}" for row in obj.rows]
    lines += [
        f"  {obj.upper_level_name} {ul.label}: "
        + (
            "none set"
            if ul.ul_supplemental_mg is None
            else f"{ul.ul_supplemental_mg:g} mg/day of supplemental magnesium"
        )
        for ul in obj.upper_levels
    ]
    keys = dict.fromkeys(source.key for row in obj.rows for source in row.sources)
    lines.append(f"  sources: {', '.join(keys)}")
    return "\n".join(lines)


@_text.register
def _(obj: critical.CriticalLimits) -> str:
    return f"{obj} [{obj.scope}]"


@_text.register
def _(obj: salts.Salt) -> str:
    flag = "" if obj.verified else "  (formula source not verified)"
    lines = [
        (
            f"{obj.name} ({obj.formula}): {obj.molar_mass_g_per_mol:.2f} g/mol, "
            f"{obj.elemental_fraction:.1%} Mg, {obj.meq_per_gram:.3g} mEq/g{flag}"
        )
    ]
    for figure in obj.label_figures:
        amount = "" if figure.unit == "g/mol" else f" per {figure.salt_grams:g} g"
        lines.append(
            f"  label: {figure.stated:g} {figure.unit}{amount} "
            f"(computed {figure.computed:.5g}) - {figure.product}"
        )
    return "\n".join(lines)


@_text.register
def _(obj: repletion.Regimen) -> str:
    dose = obj.per_dose
    lines = [
        f"{obj.title} [{obj.route.value}]",
        f"   {obj.instructions}",
        (
            f"   {'at most, per dose' if obj.dose_is_maximum else 'per dose'}: "
            f"{obj.dose_g:.4g} g {obj.salt.name} = {dose.mg:.4g} mg = "
            f"{dose.mmol:.4g} mmol = {dose.meq:.4g} mEq of Mg"
        ),
    ]
    return "\n".join(lines + [f"   note: {note}" for note in obj.notes])


@_text.register
def _(obj: repletion.RepletionPlan) -> str:
    lines = [f"{obj.level}: {obj.reason}"]
    for number, regimen in enumerate(obj.regimens, 1):
        lines.append(f"{number}. {_text(regimen)}")
    lines += [f"limit: {limit.text}" for limit in obj.limits]
    lines += [f"monitor: {item}" for item in obj.monitoring]
    lines += [f"also: {item}" for item in obj.co_management]
    lines += [f"warning: {item}" for item in obj.warnings]
    lines += [f"source: {source}" for source in obj.sources]
    return "\n".join(lines)


@_text.register
def _(obj: hypermagnesaemia.ToxicityReading) -> str:
    lines = [f"at this level ({obj.table.name}): {band.signs}" for band in obj.bands]
    return "\n".join(lines) or f"{obj.level}: no band of {obj.table.name}"


@_text.register
def _(obj: rda.RecommendedIntake) -> str:
    head = f"{obj.authority.value} {obj.life_stage}: {obj.kind.value} {obj.amount_mg:g} mg/day"
    lines = [
        f"{head} (total intake, all sources)",
        "  EAR: " + ("none set" if obj.ear_mg is None else f"{obj.ear_mg:g} mg/day"),
    ]
    if obj.ul_supplemental_mg is None:
        lines.append(f"  {obj.ul_name}: none set at this age")
    else:
        lines.append(
            f"  {obj.ul_name}: {obj.ul_supplemental_mg:g} mg/day of SUPPLEMENTAL magnesium "
            "(never compare total intake with it)"
        )
        lines.append(f"  {obj.ul_name} applies to: {obj.ul_scope}")
    lines += [_shorten(f"  note: {note}") for note in obj.notes]
    lines += [f"  source: {source_line(source, width=70)}" for source in obj.sources]
    if not obj.verified:
        lines.append("  warning: a value here was not verified against its primary source")
    return "\n".join(lines)


@_text.register
def _(obj: rda.IntakeAssessment) -> str:
    return "\n".join([str(obj.reference), *(f"  {line}" for line in obj.findings)])


@_text.register
def _(obj: foods.IntakeEstimate) -> str:
    lines = [f"from foods: {obj.total_mg:g} mg/day; richest sources first:"]
    lines += [
        f"  {p.mg:g} mg  {p.food.name}, {p.servings:g} x {p.food.serving}" for p in obj.richest
    ]
    return "\n".join(lines)


@_text.register
def _(obj: rda.LabellingReference) -> str:
    lines = [str(obj), _shorten(f"  note: {obj.note}")]
    lines += [_shorten(f"  source: {source}") for source in obj.sources]
    if not obj.verified:
        lines.append("  warning: a value here was not verified against its primary source")
    return "\n".join(lines)


def _classified(cause: causes.Cause) -> str:
    return f"{cause.name} [{cause.category.value}; {cause.mechanism.value}]"


@_text.register
def _(obj: causes.Cause) -> str:
    lines = [
        f"  also classified as: {alt.category.value}; {alt.mechanism.value} "
        f"({', '.join(alt.sources)})"
        for alt in obj.alternatives
    ]
    disorder = next((d for d in causes.GENETIC_DISORDERS.values() if d.cause_id == obj.id), None)
    if disorder is not None:
        omim = f"OMIM {disorder.omim}" if disorder.omim is not None else "no OMIM number"
        lines.insert(
            0,
            f"  genes: {', '.join(disorder.genes) or 'mitochondrial DNA'}; "
            f"{disorder.inheritance.value}; {omim}; "
            f"{disorder.urinary_calcium.value}",
        )
    if not obj.verified:
        lines.append("  warning: a source of this row was not verified against its primary text")
    return "\n".join([_classified(obj), *lines])


@_text.register
def _(obj: causes.Match) -> str:
    lines = [f"{obj.query} -> {_classified(obj.cause)}"]
    drug = obj.drug
    if drug is not None:
        brands = f" (brands: {', '.join(drug.brands)})" if drug.brands else ""
        former = f", formerly {', '.join(drug.former_atc)}" if drug.former_atc else ""
        lines.append(
            f"  drug: {drug.name}, ATC {', '.join(drug.atc) or 'none in the index'}{former}, "
            f"{drug.drug_class}{brands}"
        )
        lines.append(f"  acts on: {drug.site.value} - {drug.mechanism}")
        if drug.incidence:
            lines.append(f"  incidence: {drug.incidence}")
    lines += _text(obj.cause).splitlines()[1:]
    keys = dict.fromkeys(source.key for source in obj.citations)
    lines.append(f"  sources: {', '.join(keys)}")
    return "\n".join(lines)


@_text.register
def _(obj: causes.ScreenResult) -> str:
    lines = [_text(match) for match in obj.matches]
    for item in obj.unmatched:
        hint = (
            f"; did you mean {' or '.join(map(repr, item.suggestions))}?"
            if item.suggestions
            else "; no close name is known"
        )
        lines.append(f"{item.query} -> not matched ({item.kind}){hint}")
    return "\n".join(lines) or "ScreenResult: nothing to screen"


@_text.register
def _(obj: workup.FractionalExcretion) -> str:
    lines = [
        (
            f"FEMg {obj.percent:.2f}% (cut-off {obj.cutoff.name}: "
            f"> {obj.cutoff.percent:g}%): {obj.interpretation.value}"
        ),
        f"  formula: (UMg x PCr) / ({workup.FEMG_FILTERED_FRACTION} x PMg x UCr) x 100",
        *(f"  caveat: {caveat}" for caveat in obj.caveats),
        *(
            f"  source: {source.key}"
            + ("" if source.verified else f" ({source.verification.label})")
            for source in obj.citations
        ),
    ]
    return "\n".join(lines)
