"""The `magnesium critical-limits` and `magnesium hypermagnesaemia` commands.

They also lend `magnesium classify --json` its critical and hypermagnesaemia
fields; the text of every command comes from [`magnesium.display`][magnesium.display].

Examples:
    >>> from magnesium.cli import main
    >>> main(["hypermagnesaemia", "3", "mEq/L"])
    3.0 mEq/L (1.5 mmol/L)
      at this level (us-label): usually sufficient to control convulsions (3 to 6 mg/100 mL; \
Warnings)
      at this level (us-label): effective anticonvulsant serum levels (Clinical Pharmacology)
      at this level (medscape-2022): nausea, vomiting, skin flushing, weakness, lightheadedness
      at this level (msd-manual): hypermagnesemia (> 2.6 mg/dL)
    0
    >>> main(["classify", "0.3 mmol/L", "--critical", "homerton"])
    0.3 mmol/L: LOW by iom-1997
      below the reference interval (< 0.75 mmol/L)
      severity: ungraded (cut-offs in mmol/L)
      set: IOM 1997 normal range of serum magnesium, 0.75-0.95 mmol/L (1.8-2.3 mg/dL)
      source: Institute of Medicine, Standing Committee on the Scientific Evaluation of Di ...
      CRITICAL by homerton: critical at < 0.4 or > 2 mmol/L (all patients; Homerton University \
Hospital NHS FT)
      source: Urgent chemical pathology results: critical result limits. Homerto ...
    0
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from magnesium import display
from magnesium._cli_json import dumps, source_dict
from magnesium.critical import CRITICAL_LIMITS, CriticalLimits
from magnesium.hypermagnesaemia import ToxicityReading, manifestations
from magnesium.serum import SerumMagnesium
from magnesium.thresholds import LevelClassification


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add this topic's sub-commands to *commands*."""
    listing = commands.add_parser(
        "critical-limits",
        help="list laboratories' critical (panic) limits and their sources",
        description="Critical limits are local policy: name one with 'magnesium classify "
        "--critical NAME'. None is applied by default.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list_limits)

    signs = commands.add_parser(
        "hypermagnesaemia",
        help="what each cited source links to a high serum magnesium level",
        description="Read a level against each source's bands of hypermagnesaemia "
        "(US label, Medscape, MSD Manual), as published; bands are never blended.",
    )
    signs.add_argument("result", nargs="+", help='the result, e.g. "5 mEq/L" or 5 mEq/L')
    signs.add_argument("--json", action="store_true", help="print JSON")
    signs.set_defaults(handler=_show_signs)


def limits_dict(limits: CriticalLimits) -> dict[str, object]:
    """Return critical limits as the commands print them in JSON."""
    return {
        "name": limits.name,
        "laboratory": limits.laboratory,
        "population": limits.population.value,
        "scope": limits.scope,
        "unit": limits.unit,
        "low": limits.low,
        "low_inclusive": limits.low_inclusive,
        "high": limits.high,
        "high_inclusive": limits.high_inclusive,
        "sources": [source_dict(source) for source in limits.sources],
    }


def readings_list(readings: tuple[ToxicityReading, ...]) -> list[dict[str, object]]:
    """Return hypermagnesaemia readings as the commands print them in JSON."""
    return [
        {
            "table": reading.table.name,
            "unit": reading.table.unit,
            "bands": [str(band) for band in reading.bands],
            "sources": [source_dict(source) for source in reading.sources],
        }
        for reading in readings
    ]


def classification_extras(result: LevelClassification) -> dict[str, object]:
    """The critical and hypermagnesaemia fields of `magnesium classify --json`."""
    limits = result.critical_limits
    return {
        "critical": result.critical,
        "critical_limits": None if limits is None else limits_dict(limits),
        "manifestations": readings_list(result.manifestations),
    }


def _list_limits(args: argparse.Namespace, out: TextIO) -> None:
    if args.json:
        print(dumps([limits_dict(item) for item in CRITICAL_LIMITS.values()]), file=out)
        return
    for limits in CRITICAL_LIMITS.values():
        print(display.text(limits), file=out)


def _show_signs(args: argparse.Namespace, out: TextIO) -> None:
    level = SerumMagnesium.parse(" ".join(args.result))
    readings = manifestations(level)
    if args.json:
        payload = {
            "value": level.value,
            "unit": level.unit,
            "mmol_per_l": level.mmol_per_l,
            "manifestations": readings_list(readings),
        }
        print(dumps(payload), file=out)
        return
    lines = [str(level)]
    lines += [f"  {line}" for r in readings if r.bands for line in display.text(r).splitlines()]
    if len(lines) == 1:
        lines.append("  no band of any source")
    print("\n".join(lines), file=out)
