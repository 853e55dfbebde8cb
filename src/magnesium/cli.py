"""The ``magnesium`` command (also ``python -m magnesium``).

Examples:
    >>> main(["convert", "1.8", "mg/dL", "--to", "mmol/L"])
    1.8 mg/dL = 0.7406 mmol/L
    0
    >>> main(["classify", "1.4 mg/dL", "--set", "ctcae-v5"])
    1.4 mg/dL (0.576 mmol/L): LOW by ctcae-v5
      hypomagnesemia grade 1 (< LLN - 1.2 mg/dL; LLN 1.8)
      severity: mild, CTCAE grade 1 (cut-offs in mg/dL)
      set: NCI CTCAE v5.0 grades 1-4 of hypo- and hypermagnesemia (LLN/ULN from iom-1997)
      source: National Cancer Institute. Common Terminology Criteria for Adverse Events ...
      source: Institute of Medicine, Standing Committee on the Scientific Evaluation of ...
    0
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

import magnesium
from magnesium import _cli_causes, _cli_rda, _cli_repletion
from magnesium._cli_json import source_dict, source_line
from magnesium.errors import MagnesiumError
from magnesium.serum import SerumMagnesium
from magnesium.thresholds import THRESHOLD_SETS, Classification, classify, get_threshold_set
from magnesium.units import ACCEPTED_UNITS, canonical_unit

__all__ = ["main"]

_DISCLAIMER = (
    "magnesium models published guidance on serum magnesium; it is not a prescriber "
    "and not a substitute for clinical judgement."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="magnesium",
        description="Serum magnesium: convert units and classify levels against cited "
        "threshold sets.",
        epilog=_DISCLAIMER,
    )
    parser.add_argument("--version", action="version", version=magnesium.__version__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    units_help = "one of " + ", ".join(ACCEPTED_UNITS)

    to_unit = commands.add_parser("convert", help="convert a value between units")
    to_unit.add_argument("value", help="the number, e.g. 1.8")
    to_unit.add_argument("unit", help=units_help)
    to_unit.add_argument("--to", required=True, dest="target", help=units_help)
    to_unit.add_argument("--json", action="store_true", help="print JSON")

    grade = commands.add_parser("classify", help="classify a serum magnesium result")
    grade.add_argument("result", nargs="+", help='the result, e.g. "1.4 mg/dL" or 1.4 mg/dL')
    grade.add_argument(
        "--set",
        dest="threshold_set",
        default=None,
        help=f"a threshold set (default {magnesium.DEFAULT_THRESHOLD_SET}); see 'magnesium sets'",
    )
    grade.add_argument("--json", action="store_true", help="print JSON")

    listing = commands.add_parser("sets", help="list the threshold sets and their sources")
    listing.add_argument("--json", action="store_true", help="print JSON")

    for topic in (_cli_rda, _cli_causes, _cli_repletion):
        topic.register(commands)
    return parser


def _classification_dict(result: Classification) -> dict[str, object]:
    level = result.level
    return {
        "value": level.value,
        "unit": level.unit,
        "mmol_per_l": level.mmol_per_l,
        "status": result.status.value,
        "severity": result.severity.value,
        "grade": result.grade,
        "label": result.label,
        "threshold_set": result.threshold_set.name,
        "unit_used": result.unit_used,
        "verified": result.threshold_set.verified,
        "verification": result.threshold_set.verification.value,
        "sources": [source_dict(source) for source in result.sources],
    }


def _run(args: argparse.Namespace, out: TextIO) -> None:
    handler = getattr(args, "handler", None)
    if handler is not None:  # a command registered by a topic module (_cli_*.py)
        handler(args, out)
    elif args.command == "convert":
        level = SerumMagnesium.parse(f"{args.value} {args.unit}")
        target = canonical_unit(args.target)
        converted = level.in_unit(target)
        if args.json:
            payload = {
                "value": level.value,
                "unit": level.unit,
                "converted": converted,
                "to": target,
            }
            print(json.dumps(payload), file=out)
        else:
            print(f"{level.value!r} {level.unit} = {converted:.4g} {target}", file=out)
    elif args.command == "classify":
        result = classify(
            SerumMagnesium.parse(" ".join(args.result)), get_threshold_set(args.threshold_set)
        )
        if args.json:
            print(json.dumps(_classification_dict(result)), file=out)
        else:
            _print_classification(result, out)
    else:
        sets = list(THRESHOLD_SETS.values())
        if args.json:
            listing = [
                {
                    "name": item.name,
                    "title": item.title,
                    "population": item.population.value,
                    "units": list(item.units),
                    "default": item.name == magnesium.DEFAULT_THRESHOLD_SET,
                    "verified": item.verified,
                    "verification": item.verification.value,
                    "bands": {t.unit: [str(band) for band in t.bands] for t in item.cutoffs},
                    "sources": [source_dict(source) for source in item.sources],
                }
                for item in sets
            ]
            print(json.dumps(listing), file=out)
        else:
            for item in sets:
                flags = " (default)" if item.name == magnesium.DEFAULT_THRESHOLD_SET else ""
                flags += "" if item.verified else " (NOT VERIFIED)"
                print(f"{item.name}{flags}: {item.title}", file=out)


def _print_classification(result: Classification, out: TextIO) -> None:
    grade = f", CTCAE grade {result.grade}" if result.grade is not None else ""
    lines = [
        f"{result.level}: {result.status.value.upper()} by {result.threshold_set.name}",
        f"  {result.label}",
        f"  severity: {result.severity.value}{grade} (cut-offs in {result.unit_used})",
        f"  set: {result.threshold_set.title}",
    ]
    lines += [f"  source: {source_line(source)}" for source in result.sources]
    if not result.threshold_set.verified:
        lines.append(
            "  warning: this set's value was not verified against its primary source "
            f"({result.threshold_set.verification.label})"
        )
    print("\n".join(lines), file=out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad input, 2 bad usage).

    Errors go to standard error as one line, never as a traceback.

    Examples:
        >>> main(["convert", "-1", "mg/dL", "--to", "mmol/L"])
        1
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        _run(args, sys.stdout)
        sys.stdout.flush()
    except MagnesiumError as error:
        print(f"magnesium: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # a reader that stopped early, e.g. `magnesium salts | head`
        # Python's advice: point stdout at devnull so the exit does not raise again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return 0
