"""The `magnesium salts`, `magnesium dose` and `magnesium plan` commands.

A topic module registers its sub-commands on the parser of
[`magnesium.cli`][magnesium.cli]; each sets ``handler`` (a function of the
parsed arguments and the output stream) with ``set_defaults``.

Examples:
    >>> from magnesium.cli import main
    >>> main(["dose", "2", "g", "magnesium sulfate heptahydrate"])
    2 g of magnesium sulfate heptahydrate (MgSO4·7H2O) = 197.2 mg = 8.115 mmol = 16.23 mEq of Mg
    0
    >>> main(["dose", "10", "mL", "magnesium sulfate 50%"])
    10 mL of magnesium sulfate 50% injection (5 g of MgSO4·7H2O) = 493.1 mg = 20.29 mmol = \
40.57 mEq of Mg
      label: 4.06 mEq/mL
    0
"""

from __future__ import annotations

import argparse
import math
from typing import Any, TextIO

from magnesium import display, repletion, salts
from magnesium._answer import answer_json
from magnesium.cli._input import float_arg, number_text
from magnesium.serum import SerumMagnesium

_DISCLAIMER = (
    "magnesium models published guidance; it is not a prescriber. Every option below is "
    "for a clinician to judge."
)


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add this topic's sub-commands to *commands*."""
    listing = commands.add_parser("salts", help="list the magnesium salts and their content")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_salts)

    dose = commands.add_parser("dose", help="elemental magnesium in an amount of a salt")
    dose.add_argument("amount", help="the amount, e.g. 2")
    dose.add_argument("unit", choices=("g", "mg", "mL"), help="g or mg of salt, mL of solution")
    dose.add_argument("salt", nargs="+", help='the salt or solution, e.g. "Epsom salt"')
    dose.add_argument("--json", action="store_true", help="print JSON")
    dose.set_defaults(handler=_dose)

    plan = commands.add_parser("plan", help="published repletion options for a serum level")
    plan.add_argument("result", nargs="+", help='the serum result, e.g. "1.0 mg/dL"')
    for flag, text in (
        ("--symptomatic", "tetany, seizures, arrhythmia or other symptoms"),
        ("--torsades", "torsades de pointes"),
        ("--cardiac-arrest", "cardiac arrest"),
        ("--hypokalemia", "concurrent hypokalaemia"),
        ("--hypocalcemia", "concurrent hypocalcaemia"),
        ("--short-bowel", "short bowel syndrome or high-output stoma"),
        ("--seizures", "seizures attributed to the deficiency"),
        ("--arrhythmia", "an arrhythmia (not torsades) attributed to the deficiency"),
        ("--pregnant", "pregnancy (warns of fetal harm beyond 5 to 7 days of use)"),
    ):
        plan.add_argument(flag, action="store_true", help=text)
    plan.add_argument("--no-oral", action="store_true", help="oral intake is not possible")
    plan.add_argument("--egfr", type=float_arg, default=None, help="eGFR in mL/min/1.73 m2")
    plan.add_argument("--weight", type=float_arg, default=None, help="body weight in kg")
    plan.add_argument("--age", type=float_arg, default=None, help="age in years")
    plan.add_argument("--set", dest="threshold_set", default=None, help="threshold set")
    plan.add_argument("--json", action="store_true", help="print JSON")
    plan.set_defaults(handler=_plan)


def _amount(text: str) -> float:
    number = number_text(text)
    if number is None:
        raise repletion.InputError(
            text, "amount", "a number such as 2 or 0.5", "Give the amount as a number."
        )
    return float(number)


def _salts(args: argparse.Namespace, out: TextIO) -> None:
    table = list(salts.SALTS.values())
    if args.json:
        print(answer_json(tuple(table)), file=out)
        return
    print(display.listing(table), file=out)


def _dose(args: argparse.Namespace, out: TextIO) -> None:
    amount = _amount(args.amount)
    name = " ".join(args.salt)
    form: salts.Salt | salts.Solution
    if args.unit == "mL":
        form = salts.get_solution(name)
        dose = form.dose(amount)
        grams = amount * form.mg_salt_per_ml / 1000
        cited = (form.source, *form.salt.sources)
    else:
        form = salts.get_salt(name)
        grams = amount if args.unit == "g" else amount / 1000
        dose = salts.elemental_magnesium(grams, form)
        cited = form.sources
    if not all(map(math.isfinite, (grams, dose.mg, dose.mmol, dose.meq))):
        raise repletion.InputError(  # the library's job; never print inf or nan
            args.amount, "amount", "an amount whose magnesium is a finite number", "Check it."
        )
    if args.json:
        print(answer_json(dose, sources=cited), file=out)
        return
    print(display.dose(amount, args.unit, form, dose), file=out)


def _plan(args: argparse.Namespace, out: TextIO) -> None:
    plan = repletion.plan_repletion(
        SerumMagnesium.parse(" ".join(args.result)),
        symptomatic=args.symptomatic,
        torsades=args.torsades,
        cardiac_arrest=args.cardiac_arrest,
        egfr=args.egfr,
        weight_kg=args.weight,
        age_years=args.age,
        oral_route_available=not args.no_oral,
        hypokalemia=args.hypokalemia,
        hypocalcemia=args.hypocalcemia,
        short_bowel=args.short_bowel,
        threshold_set=args.threshold_set,
        seizures=args.seizures,
        arrhythmia=args.arrhythmia,
        pregnant=args.pregnant,
    )
    if args.json:
        print(answer_json(plan), file=out)
        return
    print(_DISCLAIMER, display.text(plan), sep="\n", file=out)
