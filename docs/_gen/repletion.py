"""Markdown for the repletion page, generated from the library's salts, regimens and plans.

docs/repletion.md calls these functions in ``markdown-exec`` blocks, so that every
molar mass, elemental fraction, label figure and regimen shown there is computed by
the library and cannot drift from it. Each function is pure and returns a string.

Examples:
    >>> from _gen import repletion as _docs_repletion
    >>> "| magnesium oxide | `MgO` |" in _docs_repletion.salts_table()
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import magnesium as mg
from _gen.base import Footnotes
from magnesium import repletion, salts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from magnesium._regimen_rows import RegimenRow
    from magnesium.sources import Source

__all__ = ["label_table", "plan_markdown", "regimen_table", "salts_table"]

_NOT_VERIFIED: Final = " (not verified)"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def salts_table() -> str:
    """Return a Markdown table of every salt: formula, molar mass, % Mg, mmol/g and mEq/g.

    Examples:
        >>> table = salts_table()
        >>> "| 3 | 16.16% |" in table
        True
    """
    notes = Footnotes("salt")
    header = "| Salt | Formula | g/mol | Mg atoms | Mg (mass %) | mmol/g | mEq/g | Notes |"
    lines = [header, "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for salt in salts.SALTS.values():
        routes = ", ".join(route.value for route in salt.routes)
        flags = "" if all(s.verified for s in salt.sources) else _NOT_VERIFIED
        marker = notes.mark(f"Routes: {routes}." if routes else None, salt.sources, flags)
        lines.append(
            f"| {salt.name} | `{salt.formula}` | {salt.molar_mass_g_per_mol:.3f} | "
            f"{salt.magnesium_atoms} | {salt.elemental_fraction:.2%} | "
            f"{salt.mmol_per_gram:.3f} | {salt.meq_per_gram:.3f} | {marker} |"
        )
    return "\n".join(lines) + "\n" + notes.markdown()


def label_table() -> str:
    """Return a Markdown table of what labels print beside what the formula gives.

    The label's own words and its source are numbered footnotes under the table (the last
    column holds the marker), so that a row is as tall as its product's name.

    Examples:
        >>> "| 241.3 mg | 241.22 mg |" in label_table()
        True
        >>> "Sources: [dailymed-magnesium-oxide-400][dailymed-magnesium-oxide-400]" in label_table()
        True
    """
    notes = Footnotes("label")
    lines = [
        "| Product | Amount of salt | Label says | Computed | Difference | Notes |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for salt in salts.SALTS.values():
        for figure in salt.label_figures:
            amount = "(molar mass)" if figure.unit == "g/mol" else f"{figure.salt_grams:g} g"
            marker = notes.mark(_words(figure.quote), [figure.source], _flags(figure))
            lines.append(
                f"| {_cell(figure.product)} ({salt.formula}) | {amount} | "
                f"{figure.stated:g} {figure.unit} | {figure.computed:.5g} {figure.unit} | "
                f"{figure.difference_percent:+.2f}% | {marker} |"
            )
    for solution in salts.SOLUTIONS.values():
        marker = notes.mark(_words(solution.quote), [solution.source], _flags(solution))
        lines.append(
            f"| {solution.name} | 1 mL ({solution.mg_salt_per_ml:g} mg) | "
            f"{solution.label_meq_per_ml:g} mEq | {solution.per_ml.meq:.4g} mEq | "
            f"{100 * (solution.label_meq_per_ml / solution.per_ml.meq - 1):+.2f}% | {marker} |"
        )
    return "\n".join(lines) + "\n" + notes.markdown()


def _words(quote: str) -> str | None:
    return f"The label: “{quote}”" if quote else None


def _flags(figure: salts.LabelFigure | salts.Solution) -> str:
    return "" if figure.source.verified else _NOT_VERIFIED


def regimen_table() -> str:
    """Return a Markdown table of every regimen the planner can offer.

    Examples:
        >>> "label-severe-iv" in regimen_table()
        True
    """
    from magnesium.repletion import _REGIMEN_ROWS, _regimen  # noqa: PLC0415

    notes = Footnotes("regimen")
    lines = [
        "| Key | Route | Dose | Elemental Mg per dose | Serum Mg | Notes |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for key, row in _REGIMEN_ROWS.items():
        regimen = _regimen(key, 70.0 if row.dose_mg_per_kg else None)
        flags = _unverified(regimen.sources)
        note = f"{regimen.instructions} eGFR < 30: {row.renal}: {row.renal_note}"
        dose = f"{row.dose_mg_per_kg} mg/kg (70 kg shown)" if row.dose_mg_per_kg else ""
        dose = ("at most " if row.maximum else "") + (dose or f"{regimen.dose_g:.4g} g")
        per = regimen.per_dose
        lines.append(
            f"| `{key}` | {regimen.route.value} | {dose} | {per.mg:.1f} mg = "
            f"{per.mmol:.2f} mmol = {per.meq:.2f} mEq | {_range(row)} | "
            f"{notes.mark(note, regimen.sources, flags)} |"
        )
    return "\n".join(lines) + "\n" + notes.markdown()


def _unverified(sources: Sequence[Source]) -> str:
    """Nothing when every source was read in its own words; else which were not."""
    unverified = [source.key for source in sources if not source.verified]
    if not unverified:
        return ""
    if len(unverified) == len(sources):
        return _NOT_VERIFIED
    return f" (not verified: {', '.join(unverified)})"


def _range(row: RegimenRow) -> str:
    parts = []
    if row.from_mmol is not None:
        parts.append(f">= {row.from_mmol}")
    if row.below_mmol is not None:
        parts.append(f"< {row.below_mmol}")
    if row.to_mmol is not None:
        parts.append(f"<= {row.to_mmol}")
    return " and ".join(parts) + " mmol/L" if parts else "any (see the rules)"


def plan_markdown(level: str, **options: object) -> str:
    """Return a worked plan as Markdown: the call, the options, limits and warnings.

    Examples:
        >>> print(plan_markdown("1.5 mg/dL", egfr=90).splitlines()[0])
        **`plan_repletion(SerumMagnesium.parse('1.5 mg/dL'), egfr=90)`**
    """
    plan = repletion.plan_repletion(mg.SerumMagnesium.parse(level), **options)  # type: ignore[arg-type]
    call = ", ".join(
        [f"SerumMagnesium.parse({level!r})", *(f"{k}={v!r}" for k, v in options.items())]
    )
    lines = [f"**`plan_repletion({call})`**", "", f"*{plan.reason}*", ""]
    if not plan.regimens:
        lines.append("No regimen.")
    for number, regimen in enumerate(plan.regimens, 1):
        per = regimen.per_dose
        lines.append(
            f"{number}. **{regimen.title}** ({regimen.route.value}): {regimen.instructions} "
            f"{'At most, one dose' if regimen.dose_is_maximum else 'One dose'}: "
            f"{regimen.dose_g:.4g} g of {regimen.salt.name} = {per.mg:.1f} mg = "
            f"{per.mmol:.2f} mmol = {per.meq:.2f} mEq of Mg."
        )
    lines.append("")
    lines.extend(f"- Limit: {limit.text}" for limit in plan.limits)
    lines.extend(f"- Also: {item}" for item in plan.co_management)
    lines.extend(f"- Warning: {item}" for item in plan.warnings)
    return "\n".join(lines) + "\n"
