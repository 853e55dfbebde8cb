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
from magnesium._cli_input import float_arg, number_text
from magnesium._cli_json import dumps, source_dict
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


def _salt_dict(salt: salts.Salt) -> dict[str, object]:
    return {
        "name": salt.name,
        "formula": salt.formula,
        "group": salt.group,
        "synonyms": list(salt.synonyms),
        "molar_mass_g_per_mol": salt.molar_mass_g_per_mol,
        "magnesium_atoms": salt.magnesium_atoms,
        "elemental_fraction": salt.elemental_fraction,
        "mmol_per_gram": salt.mmol_per_gram,
        "meq_per_gram": salt.meq_per_gram,
        "routes": [route.value for route in salt.routes],
        "products": list(salt.products),
        "atc_codes": list(salt.atc_codes),
        "label_figures": [
            {
                "product": figure.product,
                "salt_grams": figure.salt_grams,
                "stated": figure.stated,
                "computed": figure.computed,
                "unit": figure.unit,
                "source": figure.source.key,
            }
            for figure in salt.label_figures
        ],
        "verified": salt.verified,
        "verification": salt.verification.value,
        "sources": [source_dict(source) for source in salt.sources],
    }


def _salts(args: argparse.Namespace, out: TextIO) -> None:
    table = list(salts.SALTS.values())
    if args.json:
        print(dumps([_salt_dict(salt) for salt in table]), file=out)
        return
    for salt in table:
        print(display.text(salt), file=out)


def _dose(args: argparse.Namespace, out: TextIO) -> None:
    amount = _amount(args.amount)
    name = " ".join(args.salt)
    label: float | None = None
    if args.unit == "mL":
        solution = salts.get_solution(name)
        dose = solution.dose(amount)
        salt = solution.salt
        grams = amount * solution.mg_salt_per_ml / 1000
        what = f"{amount:g} mL of {solution.name} ({grams:g} g of {salt.formula})"
        label = solution.label_meq_per_ml
    else:
        salt = salts.get_salt(name)
        grams = amount if args.unit == "g" else amount / 1000
        dose = salts.elemental_magnesium(grams, salt)
        what = f"{amount:g} {args.unit} of {salt.name} ({salt.formula})"
    if not all(map(math.isfinite, (grams, dose.mg, dose.mmol, dose.meq))):
        raise repletion.InputError(  # the library's job; never print inf or nan
            args.amount, "amount", "an amount whose magnesium is a finite number", "Check it."
        )
    if args.json:
        payload: dict[str, object] = {
            "amount": amount,
            "unit": args.unit,
            "salt": salt.name,
            "formula": salt.formula,
            "salt_grams": grams,
            "elemental": dose.as_dict(),
            "label_meq_per_ml": label,
        }
        print(dumps(payload), file=out)
        return
    print(f"{what} = {dose.mg:.4g} mg = {dose.mmol:.4g} mmol = {dose.meq:.4g} mEq of Mg", file=out)
    if label is not None:
        print(f"  label: {label:g} mEq/mL", file=out)


def _regimen_dict(regimen: repletion.Regimen) -> dict[str, object]:
    low = regimen.per_dose_min
    return {
        "key": regimen.key,
        "title": regimen.title,
        "route": regimen.route.value,
        "salt": regimen.salt.name,
        "dose_g": regimen.dose_g,
        "dose_min_g": regimen.dose_min_g,
        "per_dose": regimen.per_dose.as_dict(),
        "per_dose_min": None if low is None else low.as_dict(),
        "doses": regimen.doses,
        "interval_hours": regimen.interval_hours,
        "infusion_minutes": regimen.infusion_minutes,
        "infusion_max_minutes": regimen.infusion_max_minutes,
        "within_hours": regimen.within_hours,
        "instructions": regimen.instructions,
        "notes": list(regimen.notes),
        "rate_limit_exempt": regimen.rate_limit_exempt,
        "dose_is_maximum": regimen.dose_is_maximum,
        "bolus": regimen.bolus,
        "verified": regimen.verified,
        "verification": regimen.verification.value,
        "sources": [source.key for source in regimen.sources],
    }


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
        payload = {
            "level": {"value": plan.level.value, "unit": plan.level.unit},
            "status": plan.classification.status.value,
            "threshold_set": plan.classification.threshold_set.name,
            "reason": plan.reason,
            "regimens": [_regimen_dict(regimen) for regimen in plan.regimens],
            "limits": [
                {
                    "key": limit.key,
                    "kind": limit.kind.value,
                    "salt": limit.salt.name,
                    "amount": limit.amount,
                    "hours": limit.hours,
                    "routes": [route.value for route in limit.routes],
                    "text": limit.text,
                    "sources": [source.key for source in limit.sources],
                }
                for limit in plan.limits
            ],
            "monitoring": list(plan.monitoring),
            "co_management": list(plan.co_management),
            "warnings": list(plan.warnings),
            "verification": plan.verification.value,
            "sources": [source_dict(source) for source in plan.sources],
            "disclaimer": _DISCLAIMER,
        }
        print(dumps(payload), file=out)
        return
    print(f"{_DISCLAIMER}\n{display.text(plan)}", file=out)
