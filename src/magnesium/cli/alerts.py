"""The `magnesium critical-limits` and `magnesium hypermagnesemia` commands.

The text of every command comes from [`magnesium.display`][magnesium.display].

Examples:
    >>> from magnesium.cli import main
    >>> main(["hypermagnesemia", "3", "mEq/L"])
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
from magnesium._answer import answer_json
from magnesium.critical import CRITICAL_LIMITS
from magnesium.hypermagnesemia import manifestations
from magnesium.serum import SerumMagnesium


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
        "hypermagnesemia",
        aliases=["hypermagnesaemia"],  # the British spelling, deprecated: kept for scripts
        help="what each cited source links to a high serum magnesium level",
        description="Read a level against each source's bands of hypermagnesaemia "
        "(US label, Medscape, MSD Manual), as published; bands are never blended. "
        "'hypermagnesaemia' is a deprecated alias of this command.",
    )
    signs.add_argument("result", nargs="+", help='the result, e.g. "5 mEq/L" or 5 mEq/L')
    signs.add_argument("--json", action="store_true", help="print JSON")
    signs.set_defaults(handler=_show_signs)


def _list_limits(args: argparse.Namespace, out: TextIO) -> None:
    if args.json:
        print(answer_json(tuple(CRITICAL_LIMITS.values())), file=out)
        return
    print(display.listing(CRITICAL_LIMITS.values()), file=out)


def _show_signs(args: argparse.Namespace, out: TextIO) -> None:
    level = SerumMagnesium.parse(" ".join(args.result))
    readings = manifestations(level)
    if args.json:
        print(answer_json(readings), file=out)
        return
    print(display.manifestations(level, readings), file=out)
