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
import html as _html
import math
import re
from typing import TYPE_CHECKING, Any, Final, cast

import attrs

if TYPE_CHECKING:  # for the annotations only: this module imports no value type's module
    from collections.abc import Callable, Iterable, Mapping

    from magnesium import (
        analytes,
        causes,
        critical,
        foods,
        hypermagnesemia,
        prescribing,
        protocols,
        rda,
        repletion,
        salts,
        workup,
    )
    from magnesium.serum import CensoredSerumMagnesium, SerumMagnesium
    from magnesium.sources import Source
    from magnesium.thresholds import (
        Band,
        CensoredLevelClassification,
        Cutoffs,
        LevelClassification,
        ThresholdSet,
    )

__all__ = [
    "MAX_BRIEF",
    "brief",
    "by_category",
    "conversion",
    "dose",
    "html",
    "intake",
    "listing",
    "manifestations",
    "markdown",
    "percent_of",
    "row",
    "source_line",
    "text",
    "valid_protocol",
]

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
    if source.verification.value == "primary":
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
    """Whether the type has a ``__str__`` of its own (not object's, not `_show`'s text)."""
    method = type(obj).__str__
    return method is not object.__str__ and getattr(method, "__module__", "") != "magnesium._show"


def _dotted(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _is(obj: object, name: str) -> bool:
    """Whether *obj* is an instance of the class of dotted *name* (or of a subclass)."""
    return any(_dotted(cls) == name for cls in type(obj).__mro__)


class _ByType:
    """Renderers by the dotted name of a class (``"magnesium.salts.Salt"``), found along the MRO.

    A renderer is registered under the name of the class it renders, not the class, so
    that this module imports no module of a value type: the value types reach display
    through `magnesium._show` (their ``repr`` and ``str``), and an import of them here
    would close a cycle. ``tests/test_display.py`` checks that every name is a class.
    """

    def __init__(self, default: Callable[[Any], str]) -> None:
        self.default = default
        self.renderers: dict[str, Callable[[Any], str]] = {}

    def register(self, name: str) -> Callable[[Callable[[Any], str]], Callable[[Any], str]]:
        """Register the decorated function as the renderer of the class of dotted *name*."""

        def add(render: Callable[[Any], str]) -> Callable[[Any], str]:
            self.renderers[name] = render
            return render

        return add

    def __call__(self, obj: object) -> str:
        for cls in type(obj).__mro__:
            render = self.renderers.get(_dotted(cls))
            if render is not None:
                return render(obj)
        return self.default(obj)


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


def _brief_default(obj: object) -> str:
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


_brief = _ByType(_brief_default)


def _fields_brief(obj: object) -> str:
    kind = type(obj).__name__
    if not attrs.has(type(obj)):  # not one of ours: its own repr, if it has a working one
        try:
            return repr(obj)
        except _BROKEN:
            return f"{kind}(...)"
    fields = _public_fields(obj)[:4]
    return f"{kind}({', '.join(f'{f}={_value(getattr(obj, f, None))}' for f in fields)})"


@_brief.register("magnesium.causes.Prevalence")
def _(obj: causes.Prevalence) -> str:
    return f"Prevalence({obj.percent:g}% {obj.cutoff}: {_quote(obj.population)})"


@_brief.register("magnesium.serum.SerumMagnesium")
def _(obj: SerumMagnesium) -> str:
    return f"SerumMagnesium({obj.value!r}, {obj.unit!r})"


@_brief.register("magnesium.thresholds.LevelClassification")
def _(obj: LevelClassification) -> str:
    tail = "" if obj.critical_limits is None else f", critical={obj.critical_limits.name!r}"
    return (
        f"LevelClassification({_brief(obj.level)}, {obj.status.value!r}, "
        f"set={_quote(obj.threshold_set.name)}{tail})"
    )


@_brief.register("magnesium.thresholds.Band")
def _(obj: Band) -> str:
    upper = "inf" if math.isinf(obj.upper) else f"{obj.upper:g}"
    grade = "" if obj.grade is None else f", grade {obj.grade}"
    return f"Band({obj.lower:g} to {upper}: {obj.status.value}{grade})"


@_brief.register("magnesium.thresholds.Cutoffs")
def _(obj: Cutoffs) -> str:
    return f"Cutoffs({obj.unit!r}, {len(obj.bands)} bands)"


@_brief.register("magnesium.thresholds.ThresholdSet")
def _(obj: ThresholdSet) -> str:
    return f"ThresholdSet({_quote(obj.name)})"


@_brief.register("magnesium.hypermagnesemia.ToxicityBand")
def _(obj: hypermagnesemia.ToxicityBand) -> str:
    return f"ToxicityBand({_shorten(str(obj), 120)})"


@_brief.register("magnesium.hypermagnesemia.ToxicityTable")
def _(obj: hypermagnesemia.ToxicityTable) -> str:
    return f"ToxicityTable({_quote(obj.name)}, {obj.unit}, {len(obj.bands)} bands)"


@_brief.register("magnesium.hypermagnesemia.ToxicityReading")
def _(obj: hypermagnesemia.ToxicityReading) -> str:
    return f"ToxicityReading({obj.level} by {_quote(obj.table.name)}; {len(obj.bands)} bands)"


@_brief.register("magnesium.rda.AuthorityTable")
def _(obj: rda.AuthorityTable) -> str:
    return f"AuthorityTable({obj.authority.value!r}, {len(obj.rows)} rows)"


@_brief.register("magnesium.rda.ReferenceRow")
def _(obj: rda.ReferenceRow) -> str:
    return f"ReferenceRow({obj.life_stage}: {_row_value(obj)})"


def _row_value(row: rda.ReferenceRow) -> str:
    if row.kind is None or row.amount_mg is None:
        return "no value set"
    ear = "" if row.ear_mg is None else f" (EAR {row.ear_mg:g})"
    return f"{row.kind.value} {row.amount_mg:g} mg/day{ear}"


@_brief.register("magnesium.rda.UpperLevel")
def _(obj: rda.UpperLevel) -> str:
    amount = "none set" if obj.ul_supplemental_mg is None else f"{obj.ul_supplemental_mg:g} mg/day"
    return f"UpperLevel({_quote(obj.label)}: {amount})"


@_brief.register("magnesium.rda.RecommendedIntake")
def _(obj: rda.RecommendedIntake) -> str:
    return (
        f"RecommendedIntake({obj.authority.value} {obj.life_stage}: "
        f"{obj.kind.value} {obj.amount_mg:g} mg/day)"
    )


@_brief.register("magnesium.rda.IntakeAssessment")
def _(obj: rda.IntakeAssessment) -> str:
    ref = obj.reference
    return (
        f"IntakeAssessment({obj.total_mg:g} mg/day vs {ref.kind.value} {ref.amount_mg:g} mg/day; "
        f"{ref.authority.value} {ref.life_stage})"
    )


@_brief.register("magnesium.foods.IntakeEstimate")
def _(obj: foods.IntakeEstimate) -> str:
    return f"IntakeEstimate({len(obj.portions)} foods; {obj.total_mg:g} mg)"


@_brief.register("magnesium.foods.FoodPortion")
def _(obj: foods.FoodPortion) -> str:
    return f"FoodPortion({_quote(obj.food.key)}, {obj.servings:g} servings)"


@_brief.register("magnesium.rda.LabellingReference")
def _(obj: rda.LabellingReference) -> str:
    return f"LabellingReference({_quote(obj.name)}, {obj.amount_mg:g} mg/day)"


@_brief.register("magnesium.causes.CauseClassification")
def _(obj: causes.CauseClassification) -> str:
    return f"CauseClassification({obj.category.value!r}, {obj.mechanism.value!r})"


@_brief.register("magnesium.causes.Match")
def _(obj: causes.Match) -> str:
    found = obj.drug if obj.drug is not None else obj.cause
    return f"Match({_quote(obj.query)} -> {_value(found)})"


@_brief.register("magnesium.causes.ScreenResult")
def _(obj: causes.ScreenResult) -> str:
    keys = [cause.id for cause in obj.causes]
    shown = ", ".join(map(_quote, keys[:3])) + (", ..." if len(keys) > 3 else "")
    return (
        f"ScreenResult({len(obj.matches)} matches, {len(obj.unmatched)} unmatched; "
        f"causes=[{shown}])"
    )


@_brief.register("magnesium.workup.UrineMagnesium24h")
def _(obj: workup.UrineMagnesium24h) -> str:
    return f"UrineMagnesium24h({obj.mmol_per_day:g} mmol/day: {obj.interpretation.value})"


@_brief.register("magnesium.salts.Salt")
def _(obj: salts.Salt) -> str:
    return f"Salt({_quote(obj.name)}, {_quote(obj.formula)})"


@_brief.register("magnesium.repletion.Regimen")
def _(obj: repletion.Regimen) -> str:
    return (
        f"Regimen({_quote(obj.key)}, {obj.route.value} {obj.salt.name} {obj.dose_g:g} g"
        f"{' max' if obj.dose_is_maximum else ''})"
    )


@_brief.register("magnesium.repletion.Limit")
def _(obj: repletion.Limit) -> str:
    return f"Limit({_quote(obj.key)}, {obj.kind.value})"


@_brief.register("magnesium.salts.LabelFigure")
def _(obj: salts.LabelFigure) -> str:
    return f"LabelFigure({_quote(obj.product)}, {obj.stated:g} {obj.unit})"


@_brief.register("magnesium.repletion.RepletionPlan")
def _(obj: repletion.RepletionPlan) -> str:
    first = "" if obj.first is None else f"; first={_quote(obj.first.key)}"
    return (
        f"RepletionPlan({obj.level} {obj.classification.status.value} by "
        f"{obj.classification.threshold_set.name}; {len(obj.regimens)} regimens{first})"
    )


# --- text -----------------------------------------------------------------------------------


def _text_default(obj: object) -> str:
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


_text = _ByType(_text_default)


def _item(value: object) -> str:
    if _is(value, "magnesium.sources.Source"):
        return source_line(cast("Source", value))
    if isinstance(value, str):
        return " ".join(value.split())
    if attrs.has(type(value)):
        return " ".join((str(value) if _own_str(value) else brief(value)).split())
    return _value(value)


@_text.register("magnesium.thresholds.LevelClassification")
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


def _signs(readings: tuple[hypermagnesemia.ToxicityReading, ...]) -> list[str]:
    return [line for reading in readings if reading.bands for line in _text(reading).splitlines()]


@_text.register("magnesium.thresholds.Cutoffs")
def _(obj: Cutoffs) -> str:
    return "\n".join([f"cut-offs in {obj.unit}", *(f"  {band}" for band in obj.bands)])


@_text.register("magnesium.thresholds.ThresholdSet")
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


@_text.register("magnesium.rda.AuthorityTable")
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


@_text.register("magnesium.critical.CriticalLimits")
def _(obj: critical.CriticalLimits) -> str:
    return f"{obj} [{obj.scope}]"


@_text.register("magnesium.salts.Salt")
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


@_text.register("magnesium.repletion.Regimen")
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


@_text.register("magnesium.repletion.RepletionPlan")
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


@_text.register("magnesium.hypermagnesemia.ToxicityReading")
def _(obj: hypermagnesemia.ToxicityReading) -> str:
    lines = [f"at this level ({obj.table.name}): {band.signs}" for band in obj.bands]
    return "\n".join(lines) or f"{obj.level}: no band of {obj.table.name}"


@_text.register("magnesium.rda.RecommendedIntake")
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


@_text.register("magnesium.rda.IntakeAssessment")
def _(obj: rda.IntakeAssessment) -> str:
    return "\n".join([str(obj.reference), *(f"  {line}" for line in obj.findings)])


@_text.register("magnesium.foods.IntakeEstimate")
def _(obj: foods.IntakeEstimate) -> str:
    lines = [f"from foods: {obj.total_mg:g} mg/day; richest sources first:"]
    lines += [
        f"  {p.mg:g} mg  {p.food.name}, {p.servings:g} x {p.food.serving}" for p in obj.richest
    ]
    return "\n".join(lines)


@_text.register("magnesium.rda.LabellingReference")
def _(obj: rda.LabellingReference) -> str:
    lines = [str(obj), _shorten(f"  note: {obj.note}")]
    lines += [_shorten(f"  source: {source}") for source in obj.sources]
    if not obj.verified:
        lines.append("  warning: a value here was not verified against its primary source")
    return "\n".join(lines)


def _classified(cause: causes.Cause) -> str:
    return f"{cause.name} [{cause.category.value}; {cause.mechanism.value}]"


@_text.register("magnesium.causes.Cause")
def _(obj: causes.Cause) -> str:
    lines = [
        f"  also classified as: {alt.category.value}; {alt.mechanism.value} "
        f"({', '.join(s.key for s in alt.sources)})"
        for alt in obj.alternatives
    ]
    disorder = obj.disorder
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


@_text.register("magnesium.causes.Match")
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


@_text.register("magnesium.causes.ScreenResult")
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


@_text.register("magnesium.workup.FractionalExcretion")
def _(obj: workup.FractionalExcretion) -> str:
    lines = [
        (
            f"FEMg {obj.percent:.2f}% (cut-off {obj.cutoff.name}: "
            f"> {obj.cutoff.percent:g}%): {obj.interpretation.value}"
        ),
        f"  formula: {obj.formula}",
        *(f"  caveat: {caveat}" for caveat in obj.caveats),
        *(
            f"  source: {source.key}"
            + ("" if source.verified else f" ({source.verification.label})")
            for source in obj.citations
        ),
    ]
    return "\n".join(lines)


@_text.register("magnesium.analytes.AnalyteReading")
def _(obj: analytes.AnalyteReading) -> str:
    result = obj.result
    head = (
        f"{result.analyte.value} {result.value:g} {result.unit}: "
        f"{obj.status.value.upper()} by {obj.interval}"
    )
    lines = [head]
    return "\n".join(lines + _source_lines(obj.sources))


@_text.register("magnesium.analytes.UrineReading")
def _(obj: analytes.UrineReading) -> str:
    excretion, found = obj.excretion, obj.interpretation
    said = "no reading" if found is None else found.value
    between = " (between its cut-offs)" if found is None else ""
    head = (
        f"24-hour urine magnesium {excretion.mmol_per_day:.4g} mmol/day "
        f"({excretion.mg_per_day:.4g} mg/day): {said} by {obj.cutoff.name}{between}"
    )
    lines = [head]
    return "\n".join(lines + _source_lines(obj.sources))


def _source_lines(sources: tuple[Source, ...]) -> list[str]:
    return [_shorten(f"  source: {source}", 84) for source in sources]


# --- listings and the command line's other answers -------------------------------------------


def row(obj: object) -> str:
    """Return *obj* as a row of a listing: one line where the type has one, else its `text`.

    Examples:
        >>> import magnesium as mg
        >>> row(mg.get_threshold_set("iom-1997"))[:48]
        'iom-1997 (default): IOM 1997 normal range of ser'
        >>> row(mg.get_threshold_set("magnet-2022")).split(":")[0]
        'magnet-2022 (NOT VERIFIED)'
    """
    return _row(obj)


_row = _ByType(text)


@_brief.register("magnesium.serum.CensoredSerumMagnesium")
def _(obj: CensoredSerumMagnesium) -> str:
    return f"CensoredSerumMagnesium({obj.comparator!r}, {obj.bound!r}, {obj.unit!r})"


@_brief.register("magnesium.thresholds.CensoredLevelClassification")
def _(obj: CensoredLevelClassification) -> str:
    status = "undetermined" if obj.status is None else obj.status.value
    return (
        f"CensoredLevelClassification({_brief(obj.level)}, {status!r}, "
        f"set={_quote(obj.threshold_set.name)})"
    )


@_text.register("magnesium.thresholds.CensoredLevelClassification")
def _(obj: CensoredLevelClassification) -> str:
    status = obj.status
    said = status.value.upper() if status is not None else "UNDETERMINED"
    lines = [f"{obj.level}: {said} by {obj.threshold_set.name}"]
    if status is None:
        lines.append(
            "  the bound does not decide it: allowed values are "
            + " or ".join(item.value for item in obj.statuses)
        )
    lines += [f"  possible: {band}" for band in obj.bands]
    grades = [str(grade) for grade in obj.grades if grade is not None]
    if grades:
        lines.append(f"  CTCAE grade: {' or '.join(grades) if obj.grade is None else obj.grade}")
    lines.append(f"  set: {obj.threshold_set.title} (cut-offs in {obj.unit_used})")
    lines += [f"  source: {source_line(source)}" for source in obj.sources]
    if not obj.threshold_set.verified:
        lines.append(
            "  warning: this set's value was not verified against its primary source "
            f"({obj.threshold_set.verification.label})"
        )
    limits = obj.critical_limits
    if limits is not None:
        word = {True: "CRITICAL", False: "not critical", None: "POSSIBLY CRITICAL"}
        lines.append(f"  {word[obj.critical]} by {limits}")
        lines += [_shorten(f"  source: {source}") for source in limits.sources]
    return "\n".join(lines)


@_brief.register("magnesium.protocols.ProtocolResult")
def _(obj: protocols.ProtocolResult) -> str:
    band = "no band" if obj.band is None else f"band {_quote(obj.band)}"
    return f"ProtocolResult({obj.protocol}: {obj.level}, {band}; {len(obj.regimens)} regimens)"


@_text.register("magnesium.protocols.ProtocolResult")
def _(obj: protocols.ProtocolResult) -> str:
    lines = [f"{obj.level} ({obj.protocol}): {obj.reason}"]
    lines += [f"{number}. {_text(item)}" for number, item in enumerate(obj.regimens, 1)]
    lines += [f"excluded: {item}" for item in obj.excluded]
    lines += [f"instead: {obj.instead}"] if obj.instead else []
    lines += [f"limit: {limit.text}" for limit in obj.limits]
    lines += [f"recheck: {obj.recheck}"] if obj.recheck else []
    lines += [f"escalate: {obj.escalation}"] if obj.escalation else []
    response = obj.expected_response
    if response is not None:
        lines.append(
            f"expected rise (published rules of thumb): "
            f"{response.rise_per_dose_low_mmol_per_l:.2g} to "
            f"{response.rise_per_dose_high_mmol_per_l:.2g} mmol/L per dose "
            f"({response.per_gram_low_mmol_per_l:.2g} to "
            f"{response.per_gram_high_mmol_per_l:.2g} mmol/L per g). {response.uncertainty}"
        )
    lines += [f"warning: {item}" for item in obj.warnings]
    lines += [f"source: {source_line(source)}" for source in obj.sources]
    return "\n".join(lines)


@_row.register("magnesium.thresholds.ThresholdSet")
def _(obj: ThresholdSet) -> str:
    flags = " (default)" if obj.is_default else ""
    flags += "" if obj.verified else " (NOT VERIFIED)"
    return f"{obj.name}{flags}: {obj.title}"


@_row.register("magnesium.foods.Food")
def _(obj: foods.Food) -> str:
    return f"{obj.key:<18} {obj.mg_per_serving:>4g} mg  {obj.name}, {obj.serving}"


@_row.register("magnesium.causes.Prevalence")
def _(obj: causes.Prevalence) -> str:
    flag = "" if obj.verified else f" [{obj.verification.label}]"
    return (
        f"{obj.percent:g}% below {obj.cutoff.removeprefix('< ')}: {obj.population} "
        f"({', '.join(s.key for s in obj.sources)}){flag}"
    )


@_row.register("magnesium.prescribing.PrescribingFact")
def _(obj: prescribing.PrescribingFact) -> str:
    return f"{obj.key}: {obj}"


@_row.register("magnesium.protocols.Protocol")
def _(obj: protocols.Protocol) -> str:
    return f"{obj.name}: {obj.title} [{obj.unit}]"


def valid_protocol(file: str) -> str:
    """Return what ``magnesium protocol check`` says of a protocol file that keeps every law.

    Examples:
        >>> valid_protocol("ward.toml")
        'ward.toml: valid'
    """
    return f"{file}: valid"


def listing(values: Iterable[object]) -> str:
    """Return values as a listing: the `row` of each, one after the other.

    Examples:
        >>> import magnesium as mg
        >>> print(listing(list(mg.foods.FOODS.values())[:2]))
        pumpkin-seeds       156 mg  Pumpkin seeds, roasted, 1 ounce
        chia-seeds          111 mg  Chia seeds, 1 ounce
    """
    return "\n".join(row(value) for value in values)


def by_category(groups: Mapping[causes.Category, Iterable[causes.Cause]]) -> str:
    """Return causes under the heading of their category, each with its details.

    Examples:
        >>> import magnesium as mg
        >>> genetic = mg.causes.Category.GENETIC
        >>> print(by_category({genetic: mg.causes.by_category(genetic)}).splitlines()[:2])
        ['genetic:', '- Gitelman syndrome [renal wasting]']
    """
    lines: list[str] = []
    for category, members in groups.items():
        lines.append(f"{category.value}:")
        for cause in members:
            lines.append(f"- {cause.name} [{cause.mechanism.value}]")
            lines += [f"  {line}" for line in _text(cause).splitlines()[1:]]
    return "\n".join(lines)


def conversion(level: SerumMagnesium, unit: str) -> str:
    """Return a level and its value in *unit*, as ``magnesium convert`` prints them.

    Examples:
        >>> import magnesium as mg
        >>> conversion(mg.SerumMagnesium(1.8, "mg/dL"), "mmol/L")
        '1.8 mg/dL = 0.7406 mmol/L'
    """
    return f"{level.value!r} {level.unit} = {level.in_unit(unit):.4g} {unit}"


def dose(
    amount: float, unit: str, form: salts.Salt | salts.Solution, given: salts.ElementalDose
) -> str:
    """Return the elemental magnesium *given* in an amount of a salt (g, mg) or a solution (mL).

    Examples:
        >>> import magnesium as mg
        >>> epsom = mg.salts.get_salt("Epsom salt")
        >>> print(dose(2, "g", epsom, mg.salts.elemental_magnesium(2, epsom)).split(" = ", 1)[1])
        197.2 mg = 8.115 mmol = 16.23 mEq of Mg
    """
    label: list[str] = []
    if _is(form, "magnesium.salts.Solution"):
        solution = cast("salts.Solution", form)
        grams = amount * solution.mg_salt_per_ml / 1000
        what = f"{amount:g} mL of {solution.name} ({grams:g} g of {solution.salt.formula})"
        label.append(f"  label: {solution.label_meq_per_ml:g} mEq/mL")
    else:
        what = f"{amount:g} {unit} of {form.name} ({cast('salts.Salt', form).formula})"
    head = f"{what} = {given.mg:.4g} mg = {given.mmol:.4g} mmol = {given.meq:.4g} mEq of Mg"
    return "\n".join([head, *label])


def intake(assessment: rda.IntakeAssessment, estimate: foods.IntakeEstimate | None = None) -> str:
    """Return an intake assessment, with the foods' estimate it was made from if given.

    Examples:
        >>> import magnesium as mg
        >>> estimate = mg.foods.estimate_intake([("almonds", 2)])
        >>> assessed = mg.rda.assess_intake(total_mg=160, age_years=35, sex="female")
        >>> print(intake(assessed, estimate).splitlines()[1])
          from foods: 160 mg/day; richest sources first:
    """
    lines = _text(assessment).splitlines()
    if estimate is not None:
        lines[1:1] = [f"  {line}" for line in _text(estimate).splitlines()]
    return "\n".join(lines)


def percent_of(reference: rda.LabellingReference, amount_mg: float | None = None) -> str:
    """Return a labelling reference, with *amount_mg* as a percentage of it if given.

    Examples:
        >>> import magnesium as mg
        >>> print(percent_of(mg.rda.EU_NRV, 75).splitlines()[1])
          75 mg is 20% of the NRV
    """
    lines = _text(reference).splitlines()
    if amount_mg is not None:
        percent = reference.percent_of(amount_mg)
        lines.insert(1, f"  {amount_mg:g} mg is {percent:.0f}% of the NRV")
    return "\n".join(lines)


def manifestations(
    level: SerumMagnesium, readings: Iterable[hypermagnesemia.ToxicityReading]
) -> str:
    """Return a level and what each source links to it (the bands that hold it).

    Examples:
        >>> import magnesium as mg
        >>> level = mg.SerumMagnesium(0.5, "mmol/L")
        >>> print(manifestations(level, mg.hypermagnesemia.manifestations(level)))
        0.5 mmol/L
          no band of any source
    """
    lines = [str(level)]
    lines += [f"  {line}" for r in readings if r.bands for line in _text(r).splitlines()]
    if len(lines) == 1:
        lines.append("  no band of any source")
    return "\n".join(lines)
