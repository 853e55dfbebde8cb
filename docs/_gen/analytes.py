"""Markdown for the analytes page: the tables are generated from the data.

Examples:
    >>> "| `quest` |" in interval_table()
    True
    >>> "| `bnssg-2023` |" in urine_cutoff_table()
    True
    >>> "| `max-iv-concentration` |" in prescribing_table()
    True
"""

from __future__ import annotations

from _gen.base import Footnotes, _md
from magnesium.analytes import REFERENCE_INTERVALS, URINE_CUTOFFS
from magnesium.prescribing import PRESCRIBING_FACTS

__all__ = ["interval_table", "prescribing_table", "urine_cutoff_table"]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def interval_table() -> str:
    """Every laboratory's interval for ionised and RBC magnesium, as printed."""
    notes = Footnotes("interval")
    rows = [
        "| Name | Analyte | Interval | Read | Laboratory, method |",
        "| --- | --- | --- | --- | --- |",
    ]
    for interval in REFERENCE_INTERVALS.values():
        rows.append(  # noqa: PERF401 (one row per entry)
            _row(
                [
                    f"`{interval.name}`",
                    interval.analyte.value,
                    f"{interval.lower:g}-{interval.upper:g} {interval.unit}",
                    interval.verification.label,
                    notes.mark(f"{interval.laboratory}; {interval.method}.", interval.sources),
                ]
            )
        )
    return "\n".join(rows) + "\n" + notes.markdown()


def urine_cutoff_table() -> str:
    """Every source's reading of a 24-hour urine magnesium."""
    notes = Footnotes("urine")
    rows = [
        "| Name | Renal wasting above | Conservation at or below | Words |",
        "| --- | --- | --- | --- |",
    ]
    for cutoff in URINE_CUTOFFS.values():
        rows.append(  # noqa: PERF401 (one row per entry)
            _row(
                [
                    f"`{cutoff.name}`",
                    f"{cutoff.wasting_above:g} {cutoff.unit}",
                    f"{cutoff.conserving_to:g} {cutoff.unit}",
                    notes.mark(cutoff.description, cutoff.sources),
                ]
            )
        )
    return "\n".join(rows) + "\n" + notes.markdown()


def prescribing_table() -> str:
    """Every prescribing fact with its figure, its words and what was read."""
    notes = Footnotes("fact")
    rows = [
        "| Key | Fact | Figure | Read | Quoted |",
        "| --- | --- | --- | --- | --- |",
    ]
    for fact in PRESCRIBING_FACTS.values():
        low = "" if fact.lower is None else f"{fact.lower:g}-"
        figure = "" if fact.upper is None else f"{low}{fact.upper:g} {fact.unit}"
        rows.append(
            _row(
                [
                    f"`{fact.key}`",
                    _md(fact.title),
                    _md(figure),
                    fact.verification.label,
                    notes.mark(fact.quote, fact.sources),
                ]
            )
        )
    return "\n".join(rows) + "\n" + notes.markdown()
