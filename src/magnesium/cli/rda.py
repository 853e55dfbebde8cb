"""The `magnesium rda`, `magnesium intake` and `magnesium nrv` commands.

A topic module registers its sub-commands on the parser of
[`magnesium.cli`][magnesium.cli]; each sets ``handler`` (a function of the
parsed arguments and the output stream) with ``set_defaults``.

Examples:
    >>> from magnesium.cli import main
    >>> main(["rda", "--age", "30", "--sex", "female", "--pregnant"])
    IOM pregnancy 19-30 y: RDA 350 mg/day (total intake, all sources)
      EAR: 290 mg/day
      UL: 350 mg/day of SUPPLEMENTAL magnesium (never compare total intake with it)
      UL applies to: supplemental magnesium only: magnesium from dietary supplements and \
pharmacological agents (e.g. laxatives, antacids), not from food and water
      source: Institute of Medicine, Standing Committee on the Scientific Evalua ...
      source: ...
    0
    >>> main(["intake", "--total", "250", "--supplemental", "100", "--age", "40",
    ...       "--sex", "male"])
    IOM male 31-50 y: RDA 420 mg/day (EAR 350 mg/day; UL 350 mg/day of supplemental magnesium)
      total intake 250 mg/day is 60% of the RDA (420 mg/day)
      usual intake is below the EAR (350 mg/day): a shortfall is likely
      supplemental intake 100 mg/day is within the upper level (350 mg/day)
    0
    >>> main(["nrv", "--amount", "75"])
    EU nutrient reference value (NRV): 375 mg/day (adults; labelling only)
      75 mg is 20% of the NRV
      note: The reference for '% NRV' on food labels ...
      source: Regulation (EU) No 1169/2011, Annex XIII: reference intakes. ...
      source: Magnesium (A-Z of food supplements). ...
    0
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any, TextIO

from magnesium import display, foods, rda
from magnesium._answer import answer_json
from magnesium.cli._errors import elide
from magnesium.cli._input import decimal_arg


def _number(text: str) -> Decimal:
    """A decimal number as typed, kept exact (argparse reports a bad one as usage)."""
    return decimal_arg(text)


def _food(text: str) -> tuple[str, Decimal]:
    name, sep, servings = text.rpartition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(
            f"expected FOOD=SERVINGS such as almonds=2, got {elide(text)!r}"
        )
    return name.strip(), _number(servings)


def _person(parser: argparse.ArgumentParser, *, age_required: bool = True) -> None:
    """Add the person's arguments; without *age_required* the handler checks them."""
    age = parser.add_mutually_exclusive_group(required=age_required)
    age.add_argument("--age", type=_number, metavar="YEARS", help="age in years, e.g. 30 or 13.5")
    age.add_argument(
        "--age-months", type=_number, metavar="MONTHS", help="age in months, for infants, e.g. 8"
    )
    parser.add_argument("--sex", required=age_required, default=None, help="female or male")
    status = parser.add_mutually_exclusive_group()
    status.add_argument("--pregnant", action="store_true", help="pregnancy")
    status.add_argument("--lactating", action="store_true", help="lactation (breastfeeding)")
    parser.add_argument(
        "--authority",
        default=None,
        help=f"one of {', '.join(rda.AUTHORITIES)} (default {rda.DEFAULT_AUTHORITY})",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add the ``rda`` and ``intake`` sub-commands to *commands*."""
    reference = commands.add_parser(
        "rda",
        help="the recommended daily intake (RDA, RDI, RNI or AI), EAR and supplemental upper level",
    )
    _person(reference)
    reference.set_defaults(handler=_run_rda)

    intake = commands.add_parser(
        "intake",
        help="assess a usual daily magnesium intake against a person's reference",
    )
    source = intake.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--total", type=_number, metavar="MG", help="usual total intake in mg/day, all sources"
    )
    source.add_argument(
        "--food",
        type=_food,
        action="append",
        metavar="FOOD=SERVINGS",
        help="servings a day of a food (repeatable), e.g. almonds=2; list: 'intake --foods'",
    )
    source.add_argument("--foods", action="store_true", help="list the foods and exit")
    intake.add_argument(
        "--supplemental",
        type=_number,
        default=Decimal(0),
        metavar="MG",
        help="mg/day from supplements and medicines (part of --total; added to --food)",
    )
    _person(intake, age_required=False)
    intake.set_defaults(handler=_run_intake)

    nrv = commands.add_parser(
        "nrv", help="the EU labelling nutrient reference value (NRV), not a life-stage intake"
    )
    nrv.add_argument(
        "--amount", type=_number, metavar="MG", help="an amount to express as a %% of the NRV"
    )
    nrv.add_argument("--json", action="store_true", help="print JSON")
    nrv.set_defaults(handler=_run_nrv)


def _person_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    if args.sex is None:
        raise rda.IntakeError(None, "--sex female or --sex male", "Give the person's sex.")
    return {
        "age_years": args.age,
        "age_months": args.age_months,
        "sex": args.sex,
        "pregnant": args.pregnant,
        "lactating": args.lactating,
        "authority": args.authority,
    }


def _run_rda(args: argparse.Namespace, out: TextIO) -> None:
    ref = rda.recommended_intake(**_person_kwargs(args))
    if args.json:
        print(answer_json(ref), file=out)
        return
    print(display.text(ref), file=out)


def _run_intake(args: argparse.Namespace, out: TextIO) -> None:
    if args.foods:
        _print_foods(args, out)
        return
    estimate = None
    total = args.total
    if args.food is not None:
        estimate = foods.estimate_intake(args.food)
        total = Decimal(repr(estimate.total_mg)) + args.supplemental
    result = rda.assess_intake(
        total_mg=total, supplemental_mg=args.supplemental, **_person_kwargs(args)
    )
    if args.json:
        answer = result if estimate is None else (estimate, result)
        print(answer_json(answer), file=out)
        return
    print(display.intake(result, estimate), file=out)


def _print_foods(args: argparse.Namespace, out: TextIO) -> None:
    table = list(foods.FOODS.values())
    if args.json:
        print(answer_json(tuple(table)), file=out)
        return
    print(display.listing(table), file=out)


def _run_nrv(args: argparse.Namespace, out: TextIO) -> None:
    nrv = rda.EU_NRV
    if args.amount is not None:
        nrv.percent_of(args.amount)  # refuses a bad amount, with or without --json
    if args.json:
        print(answer_json(nrv), file=out)
        return
    print(display.percent_of(nrv, args.amount), file=out)
