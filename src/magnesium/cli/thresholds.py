"""The `magnesium convert`, `magnesium classify` and `magnesium sets` commands.

A topic module registers its sub-commands on the parser of
[`magnesium.cli`][magnesium.cli]; each sets ``handler`` (a function of the
parsed arguments and the output stream) with ``set_defaults``.

Examples:
    >>> from magnesium.cli import main
    >>> main(["convert", "1.8", "mg/dL", "--to", "mmol/L"])
    1.8 mg/dL = 0.7406 mmol/L
    0
    >>> main(["sets"])
    iom-1997 (default): IOM 1997 normal range of serum magnesium, 0.75-0.95 mmol/L (1.8-2.3 mg/dL)
    ...
    0
"""

from __future__ import annotations

import argparse
from typing import Any, Final, TextIO

from magnesium import display
from magnesium._answer import answer_json
from magnesium.serum import SerumMagnesium, parse_result
from magnesium.thresholds import (
    DEFAULT_THRESHOLD_SET,
    THRESHOLD_SETS,
    classify,
    get_threshold_set,
)
from magnesium.units import ACCEPTED_UNITS, canonical_unit

_CONVERSION_SOURCES: Final = ("ciaaw-magnesium", "ucum")
"""What a conversion rests on: the molar mass of magnesium and the unit codes."""


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add the ``convert``, ``classify`` and ``sets`` sub-commands to *commands*."""
    units_help = "one of " + ", ".join(ACCEPTED_UNITS)

    to_unit = commands.add_parser("convert", help="convert a value between units")
    to_unit.add_argument("value", help="the number, e.g. 1.8")
    to_unit.add_argument("unit", help=units_help)
    to_unit.add_argument("--to", required=True, dest="target", help=units_help)
    to_unit.add_argument("--json", action="store_true", help="print JSON")
    to_unit.set_defaults(handler=_convert)

    grade = commands.add_parser("classify", help="classify a serum magnesium result")
    grade.add_argument(
        "result",
        nargs="+",
        help='the result, e.g. "1.4 mg/dL", 1.4 mg/dL or a censored "<0.5 mmol/L"',
    )
    grade.add_argument(
        "--set",
        dest="threshold_set",
        default=None,
        help=f"a threshold set (default {DEFAULT_THRESHOLD_SET}); see 'magnesium sets'",
    )
    grade.add_argument(
        "--critical",
        dest="critical_limits",
        default=None,
        help="a laboratory's critical limits (none by default); see 'magnesium critical-limits'",
    )
    grade.add_argument("--json", action="store_true", help="print JSON")
    grade.set_defaults(handler=_classify)

    listing = commands.add_parser("sets", help="list the threshold sets and their sources")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_sets)


def _convert(args: argparse.Namespace, out: TextIO) -> None:
    level = SerumMagnesium.parse(f"{args.value} {args.unit}")
    target = canonical_unit(args.target)
    if args.json:
        answer = SerumMagnesium.of(level.in_unit(target), target)
        print(answer_json(answer, sources=_CONVERSION_SOURCES), file=out)
        return
    print(display.conversion(level, target), file=out)


def _classify(args: argparse.Namespace, out: TextIO) -> None:
    result = classify(
        parse_result(" ".join(args.result)),
        get_threshold_set(args.threshold_set),
        critical_limits=args.critical_limits,
    )
    if args.json:
        print(answer_json(result), file=out)
        return
    print(display.text(result), file=out)


def _sets(args: argparse.Namespace, out: TextIO) -> None:
    sets = list(THRESHOLD_SETS.values())
    if args.json:
        print(answer_json(tuple(sets)), file=out)
        return
    print(display.listing(sets), file=out)
