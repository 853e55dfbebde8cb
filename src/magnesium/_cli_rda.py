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
from magnesium._cli_errors import elide
from magnesium._cli_input import decimal_arg
from magnesium._cli_json import dumps, source_dict


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


def _reference_dict(ref: rda.RecommendedIntake) -> dict[str, object]:
    stage = ref.life_stage
    return {
        "authority": ref.authority.value,
        "life_stage": stage.label,
        "sex": None if stage.sex is None else stage.sex.value,
        "status": stage.status.value,
        "age_interval": stage.interval,
        "amount_mg": ref.amount_mg,
        "kind": ref.kind.value,
        "ear_mg": ref.ear_mg,
        "ul_supplemental_mg": ref.ul_supplemental_mg,
        "ul_name": ref.ul_name,
        "ul_scope": ref.ul_scope,
        "notes": list(ref.notes),
        "verified": ref.verified,
        "verification": ref.verification.value,
        "sources": [source_dict(source) for source in ref.sources],
    }


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
        print(dumps(_reference_dict(ref)), file=out)
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
        payload: dict[str, object] = {
            "total_mg": result.total_mg,
            "supplemental_mg": result.supplemental_mg,
            "percent_of_reference": result.percent_of_reference,
            "meets_reference": result.meets_reference,
            "below_ear": result.below_ear,
            "supplemental_above_ul": result.supplemental_above_ul,
            "findings": list(result.findings),
            "reference": _reference_dict(result.reference),
        }
        if estimate is not None:
            payload["foods"] = [
                {"food": p.food.key, "servings": p.servings, "mg": p.mg} for p in estimate.richest
            ]
        print(dumps(payload), file=out)
        return
    lines = display.text(result).splitlines()
    if estimate is not None:
        lines[1:1] = [f"  {line}" for line in display.text(estimate).splitlines()]
    print("\n".join(lines), file=out)


def _print_foods(args: argparse.Namespace, out: TextIO) -> None:
    table = list(foods.FOODS.values())
    if args.json:
        listing = [
            {
                "key": food.key,
                "name": food.name,
                "serving": food.serving,
                "mg_per_serving": food.mg_per_serving,
                "group": food.group.value,
            }
            for food in table
        ]
        print(dumps(listing), file=out)
        return
    for food in table:
        print(f"{food.key:<18} {food.mg_per_serving:>4g} mg  {food.name}, {food.serving}", file=out)


def _run_nrv(args: argparse.Namespace, out: TextIO) -> None:
    nrv = rda.EU_NRV
    percent = None if args.amount is None else nrv.percent_of(args.amount)
    if args.json:
        payload = {
            "name": nrv.name,
            "amount_mg": nrv.amount_mg,
            "applies_to": nrv.applies_to,
            "amount": None if args.amount is None else float(args.amount),
            "percent_of_nrv": percent,
            "note": nrv.note,
            "verified": nrv.verified,
            "sources": [source_dict(source) for source in nrv.sources],
        }
        print(dumps(payload), file=out)
        return
    lines = display.text(nrv).splitlines()
    if percent is not None:
        lines.insert(1, f"  {args.amount:g} mg is {percent:.0f}% of the NRV")
    print("\n".join(lines), file=out)
