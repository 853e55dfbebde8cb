"""The `magnesium analyte` and `magnesium prescribing-facts` commands.

Examples:
    >>> from magnesium.cli import main
    >>> main(["analyte", "rbc", "4.1", "mg/dL", "--interval", "baystate"])
    RBC magnesium 4.1 mg/dL: LOW by baystate: 4.2-6.8 mg/dL (Baystate Reference Laboratories)
      source: MAGRBC Magnesium, RBC. Baystate Reference Laboratories, test catalog;  ...
    0
    >>> main(["analyte", "urine-24h", "2", "mmol/L", "--volume", "0.4", "--cutoff", "bnssg-2023"])
    24-hour urine magnesium 0.8 mmol/day (19.44 mg/day): no reading by bnssg-2023 \
(between its cut-offs)
      source: Hypomagnesaemia (REMEDY clinical guidance, adult biochemistry). NHS Br ...
    0
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from magnesium import analytes, display
from magnesium._answer import answer_json
from magnesium.cli._input import float_arg
from magnesium.errors import LabUnitError
from magnesium.prescribing import PRESCRIBING_FACTS

_KINDS = ("ionised", "rbc", "urine-24h")


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add this topic's sub-commands to *commands*."""
    analyte = commands.add_parser(
        "analyte",
        help="read an ionised, RBC or 24-hour urine magnesium (never serum)",
        description="Ionised (whole blood, mmol/L) and RBC (mmol/L or mg/dL) magnesium are read "
        "against one laboratory's interval; a 24-hour urine amount (mmol/day or mg/day), or a "
        "concentration with --volume, against one source's cut-offs.",
    )
    analyte.add_argument("kind", choices=_KINDS, help="which analyte")
    analyte.add_argument("value", type=float_arg, help="the number reported")
    analyte.add_argument("unit", nargs="?", default=None, help="its unit (see the description)")
    analyte.add_argument("--interval", default=None, help="a laboratory's interval by name")
    analyte.add_argument("--cutoff", default=None, help="a 24-hour urine cut-off by name")
    analyte.add_argument(
        "--volume", type=float_arg, default=None, help="the 24-hour collection's volume in L"
    )
    analyte.add_argument("--json", action="store_true", help="print JSON")
    analyte.set_defaults(handler=_analyte)

    facts = commands.add_parser(
        "prescribing-facts", help="cited facts on parenteral magnesium sulfate"
    )
    facts.add_argument("--json", action="store_true", help="print JSON")
    facts.set_defaults(handler=_facts)


def _analyte(args: argparse.Namespace, out: TextIO) -> None:
    if args.kind == "urine-24h":
        _urine(args, out)
        return
    result: analytes.IonizedMagnesium | analytes.RbcMagnesium
    if args.kind == "ionised":
        if args.unit is not None and args.unit.strip().casefold() != "mmol/l":
            raise LabUnitError(
                args.unit, "mmol/L", "Ionised magnesium is read in mmol/L.", "ionised magnesium"
            )
        result = analytes.IonizedMagnesium(args.value)
    elif args.unit is None:
        raise LabUnitError(
            "(none)",
            "mmol/L or mg/dL",
            "Give the unit after the value, e.g. 'magnesium analyte rbc 4.5 mg/dL'.",
            "RBC magnesium",
        )
    else:
        result = analytes.RbcMagnesium(args.value, args.unit)
    reading = analytes.classify_analyte(result, args.interval)
    if args.json:
        print(answer_json(reading), file=out)
        return
    print(display.text(reading), file=out)


def _urine(args: argparse.Namespace, out: TextIO) -> None:
    unit = args.unit or "mmol/day"
    if args.volume is not None:
        excretion = analytes.urine_magnesium_24h_from(args.value, unit, args.volume)
        reading = analytes.interpret_urine_24h(excretion.mmol_per_day, "mmol/day", args.cutoff)
    else:
        reading = analytes.interpret_urine_24h(args.value, unit, args.cutoff)
    if args.json:
        print(answer_json(reading), file=out)
        return
    print(display.text(reading), file=out)


def _facts(args: argparse.Namespace, out: TextIO) -> None:
    if args.json:
        print(answer_json(tuple(PRESCRIBING_FACTS.values())), file=out)
        return
    print(display.listing(PRESCRIBING_FACTS.values()), file=out)
