"""Markdown for the critical limits and hypermagnesaemia bands on the thresholds page.

docs/thresholds.md calls these functions in ``markdown-exec`` blocks, so that
the tables cannot drift from the data in `magnesium.critical` and
`magnesium.hypermagnesemia`. Each function is pure: it reads the data and
returns a string.

Examples:
    >>> from _gen import alerts as _docs_alerts
    >>> "| `ohsu` |" in _docs_alerts.critical_limits_table()
    True
"""

from __future__ import annotations

import math
from typing import Final

from _gen.base import _md, _mmol_text, _source_links, _to_mmol
from magnesium.critical import CRITICAL_LIMITS, CriticalLimits
from magnesium.hypermagnesemia import TOXICITY_TABLES, ToxicityBand, ToxicityTable

__all__ = ["critical_limits_table", "toxicity_table"]


_SIGNS: Final = {(True, False): "<", (True, True): "≤", (False, False): ">", (False, True): "≥"}


def _limit_text(limits: CriticalLimits, *, low: bool) -> str:
    value = limits.low if low else limits.high
    if value is None:
        return "none"
    sign = _SIGNS[low, limits.low_inclusive if low else limits.high_inclusive]
    converted = "" if limits.unit == "mmol/L" else f" ({_mmol_text(_to_mmol(value, limits.unit))})"
    return f"{sign} {value:g}{converted}"


def critical_limits_table() -> str:
    """Return a Markdown table of every laboratory's critical limits.

    One row per entry of [`CRITICAL_LIMITS`][magnesium.critical.CRITICAL_LIMITS]:
    its name, laboratory, population and the laboratory's own words for it, the
    unit, the low and high limits as published (with mmol/L in brackets), and
    links to its sources.

    Examples:
        >>> "| ≤ 0.9 (0.3703) | ≥ 5 (2.0572) |" in critical_limits_table()
        True
    """
    rows = [
        "| Name | Laboratory | Population | Unit | Critical low | Critical high | Sources |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for limits in CRITICAL_LIMITS.values():
        cells = [
            f"`{limits.name}`",
            _md(limits.laboratory),
            f"{limits.population.value}: {_md(limits.scope)}",
            _md(limits.unit),
            _limit_text(limits, low=True),
            _limit_text(limits, low=False),
            _source_links(limits.sources),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def _range_text(band: ToxicityBand) -> str:
    left = "≤" if band.includes_lower else "<"
    if math.isinf(band.upper):
        return f"{'≥' if band.includes_lower else '>'} {band.lower:g}"
    right = "≤" if band.includes_upper else "<"
    return f"{band.lower:g} {left} x {right} {band.upper:g}"


def _mmol_range(band: ToxicityBand, table: ToxicityTable) -> str:
    lower = _mmol_text(_to_mmol(band.lower, table.unit))
    if math.isinf(band.upper):
        return f"{lower} and up"
    return f"{lower} to {_mmol_text(_to_mmol(band.upper, table.unit))}"


def toxicity_table(name: str) -> str:
    """Return one source's bands of hypermagnesaemia as a Markdown table with its caveats.

    Examples:
        >>> text = toxicity_table("medscape-2022")
        >>> "| 8 ≤ x ≤ 10 | 4 to 5 |" in text
        True
    """
    table = TOXICITY_TABLES[name]
    rows = [
        f"**`{table.name}`**: {_md(table.title)} ({_source_links(table.sources)})",
        "",
        f"| Level x in {_md(table.unit)} | In mmol/L | What the source links to it |",
        "| --- | --- | --- |",
    ]
    rows += [
        f"| {_range_text(band)} | {_mmol_range(band, table)} | {_md(band.signs)} |"
        for band in table.bands
    ]
    rows += ["", _md(table.description), ""]
    return "\n".join(rows)
