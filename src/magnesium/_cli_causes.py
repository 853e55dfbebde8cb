"""The `magnesium causes` and `magnesium femg` commands.

A topic module registers its sub-commands on the parser of
[`magnesium.cli`][magnesium.cli]; each sets ``handler`` (a function of the
parsed arguments and the output stream) with ``set_defaults``.

Examples:
    >>> from magnesium.cli import main
    >>> main(["causes", "--drug", "omeprazole"])
    omeprazole -> proton pump inhibitor use [drug; reduced intestinal absorption]
      drug: omeprazole, ATC A02BC01, proton pump inhibitor (brands: Prilosec, Losec)
      acts on: intestine - intestinal malabsorption of magnesium (TRPM6/TRPM7), with possible \
renal loss
      incidence: 19% of PPI users
      also classified as: drug; renal wasting (workeneh-2021-table3)
      sources: workeneh-2021-table3, who-atc-ddd-2026
    0
    >>> main(["femg", "--urine-mg", "2.0", "--plasma-mg", "0.5",
    ...       "--urine-creatinine", "8000", "--plasma-creatinine", "80"])
    FEMg 5.71% (cut-off gt-4-percent: > 4%): renal magnesium wasting
      formula: (UMg x PCr) / (0.7 x PMg x UCr) x 100
      caveat: FEMg cut-offs were established in patients with preserved kidney function; ...
      caveat: Interpret only in a patient who is hypomagnesaemic, ...
      source: clinlabnavigator-urine-mg
      source: elisaf-1997-femg (secondary summary only)
    0
"""

from __future__ import annotations

import argparse
import math
from typing import Any, Final, TextIO

from magnesium import causes, display, workup
from magnesium._cli_input import quantity, split_number
from magnesium._cli_json import dumps, source_dict
from magnesium.causes import Category, Cause, Drug, GeneticDisorder, Prevalence, ScreenResult

_LAB_HELP: Final = (
    'a number, or a number and unit such as "0.6 mmol/L" (then give all four with units)'
)


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add this topic's sub-commands to *commands*."""
    listing = commands.add_parser(
        "causes",
        help="causes of hypomagnesaemia by drug, condition or category",
        description="Match drugs (generic or brand names, ATC codes, ATC class prefixes) and "
        "conditions to cited causes of hypomagnesaemia, or list a category. Without options, "
        "list every cause by category.",
    )
    listing.add_argument(
        "--drug",
        action="append",
        default=[],
        metavar="NAME",
        help="a drug name, brand, ATC code or class prefix such as A02BC (repeatable)",
    )
    listing.add_argument(
        "--condition", action="append", default=[], metavar="NAME", help="a condition (repeatable)"
    )
    listing.add_argument(
        "--category",
        default=None,
        help="one of " + ", ".join(c.value for c in Category),
    )
    listing.add_argument(
        "--prevalence",
        action="store_true",
        help="list the published prevalence figures, each with its population and cut-off",
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_run_causes)

    femg = commands.add_parser(
        "femg",
        help="fractional excretion of magnesium (renal versus extrarenal loss)",
        description="FEMg = (UMg x PCr) / (0.7 x PMg x UCr) x 100. Plain numbers need each pair "
        "in one unit (both magnesium values alike, both creatinine values alike).",
    )
    femg.add_argument("--urine-mg", required=True, help="spot urine magnesium: " + _LAB_HELP)
    femg.add_argument("--plasma-mg", required=True, help="plasma magnesium: " + _LAB_HELP)
    femg.add_argument("--urine-creatinine", required=True, help="spot urine creatinine")
    femg.add_argument("--plasma-creatinine", required=True, help="plasma creatinine")
    femg.add_argument(
        "--cutoff",
        default=None,
        help=f"one of {', '.join(workup.FEMG_CUTOFFS)} (default {workup.DEFAULT_FEMG_CUTOFF})",
    )
    femg.add_argument(
        "--reduced-kidney-function",
        action="store_true",
        help="kidney function is reduced: report the value as not interpretable",
    )
    femg.add_argument("--json", action="store_true", help="print JSON")
    femg.set_defaults(handler=_run_femg)


# --- causes ---------------------------------------------------------------------------------------


def _cause_dict(cause: Cause) -> dict[str, object]:
    return {
        "id": cause.id,
        "name": cause.name,
        "category": cause.category.value,
        "mechanism": cause.mechanism.value,
        "alternatives": [
            {
                "category": alt.category.value,
                "mechanism": alt.mechanism.value,
                "sources": list(alt.sources),
            }
            for alt in cause.alternatives
        ],
        "note": cause.note,
        "verified": cause.verified,
        "verification": cause.verification.value,
        "sources": [source_dict(source) for source in cause.citations],
    }


def _drug_dict(drug: Drug) -> dict[str, object]:
    return {
        "id": drug.id,
        "name": drug.name,
        "atc": list(drug.atc),
        "former_atc": list(drug.former_atc),
        "brands": list(drug.brands),
        "class": drug.drug_class,
        "site": drug.site.value,
        "mechanism": drug.mechanism,
        "incidence": drug.incidence,
        "sources": [source_dict(source) for source in drug.citations],
    }


def _disorder_dict(disorder: GeneticDisorder) -> dict[str, object]:
    flags = (disorder.nephrocalcinosis, disorder.hypokalaemic_alkalosis, disorder.seizures)
    return {
        "id": disorder.id,
        "name": disorder.name,
        "genes": list(disorder.genes),
        "inheritance": disorder.inheritance.value,
        "omim": disorder.omim,
        "urinary_calcium": disorder.urinary_calcium.value,
        "nephrocalcinosis": flags[0],
        "hypokalaemic_alkalosis": flags[1],
        "seizures": flags[2],
        "features": disorder.features,
        "verified": disorder.verified,
        "verification": disorder.verification.value,
        "sources": [source_dict(source) for source in disorder.citations],
    }


def _disorder_of(cause: Cause) -> GeneticDisorder | None:
    return next((d for d in causes.GENETIC_DISORDERS.values() if d.cause_id == cause.id), None)


def _write(out: TextIO, *lines: str) -> None:
    out.write("".join(line + "\n" for line in lines))


def _screen_json(result: ScreenResult) -> dict[str, object]:
    return {
        "matches": [
            {
                "query": match.query,
                "kind": match.kind,
                "cause": _cause_dict(match.cause),
                "drug": _drug_dict(match.drug) if match.drug else None,
            }
            for match in result.matches
        ],
        "unmatched": [
            {"query": str(u.query), "kind": u.kind, "suggestions": list(u.suggestions)}
            for u in result.unmatched
        ],
    }


def _prevalence_dict(item: Prevalence) -> dict[str, object]:
    return {
        "population": item.population,
        "percent": item.percent,
        "below": item.below,
        "unit": item.unit,
        "below_mmol_per_l": item.below_mmol_per_l,
        "cases": item.cases,
        "total": item.total,
        "setting": item.setting,
        "note": item.note,
        "causes": list(item.causes),
        "verified": item.verified,
        "verification": item.verification.value,
        "sources": [source_dict(source) for source in item.citations],
    }


def _run_prevalence(args: argparse.Namespace, out: TextIO) -> None:
    if args.json:
        _write(out, dumps([_prevalence_dict(item) for item in causes.PREVALENCE]))
        return
    for item in causes.PREVALENCE:
        flag = "" if item.verified else f" [{item.verification.label}]"
        _write(
            out,
            f"{item.percent:g}% below {item.cutoff.removeprefix('< ')}: {item.population} "
            f"({', '.join(item.sources)}){flag}",
        )


def _run_causes(args: argparse.Namespace, out: TextIO) -> None:
    if args.prevalence:
        _run_prevalence(args, out)
        return
    if args.category is not None or not (args.drug or args.condition):
        _run_category(args, out)
        return
    result = causes.screen(medications=args.drug, conditions=args.condition)
    if args.json:
        _write(out, dumps(_screen_json(result)))
        return
    _write(out, display.text(result))


def _category(text: str) -> Category:
    try:
        return Category(" ".join(text.split()).casefold())
    except ValueError:
        causes.by_category(text)  # raises UnknownEntryError with suggestions
        raise  # pragma: no cover (by_category accepts exactly the values Category does)


def _run_category(args: argparse.Namespace, out: TextIO) -> None:
    categories = list(Category) if args.category is None else [_category(args.category)]
    if args.json:
        payload = [
            {
                **_cause_dict(cause),
                "disorder": _disorder_dict(d) if (d := _disorder_of(cause)) else None,
            }
            for category in categories
            for cause in causes.by_category(category)
        ]
        _write(out, dumps(payload))
        return
    for category in categories:
        _write(out, f"{category.value}:")
        for cause in causes.by_category(category):
            _write(out, f"- {cause.name} [{cause.mechanism.value}]")
            _write(out, *("  " + line for line in display.text(cause).splitlines()[1:]))


# --- femg -----------------------------------------------------------------------------------------


def _lab_value(text: str, label: str) -> tuple[float, str]:
    parts = split_number(text)
    if parts is None:
        raise causes.LabValueError(text, _LAB_HELP, f"Give the {label} as a number.", label)
    return float(parts[0]), parts[1]


def _run_femg(args: argparse.Namespace, out: TextIO) -> None:
    labels = ("urine magnesium", "plasma magnesium", "urine creatinine", "plasma creatinine")
    texts = (args.urine_mg, args.plasma_mg, args.urine_creatinine, args.plasma_creatinine)
    values = [_lab_value(text, label) for text, label in zip(texts, labels, strict=True)]
    given: list[Any]
    if any(unit for _, unit in values):
        given = [
            _quantity(number, unit, label)
            for (number, unit), label in zip(values, labels, strict=True)
        ]
    else:
        given = [number for number, _ in values]
    result = workup.fractional_excretion(
        urine_magnesium=given[0],
        plasma_magnesium=given[1],
        urine_creatinine=given[2],
        plasma_creatinine=given[3],
        cutoff=args.cutoff,
        reduced_kidney_function=args.reduced_kidney_function,
    )
    if not math.isfinite(result.percent):  # the library's job; never print inf or nan
        raise causes.LabValueError(
            result.percent, "values whose FEMg is a finite number", "Check the values.", "FEMg"
        )
    if args.json:
        payload = {
            "percent": result.percent,
            "cutoff": result.cutoff.name,
            "cutoff_percent": result.cutoff.percent,
            "interpretation": result.interpretation.value,
            "renal_wasting": result.renal_wasting,
            "caveats": list(result.caveats),
            "sources": [source_dict(source) for source in result.citations],
        }
        _write(out, dumps(payload))
        return
    _write(out, display.text(result))


def _quantity(number: float, unit: str, label: str) -> object:
    if not unit:
        raise causes.LabUnitError(
            "",
            "a unit on every value once one value has a unit",
            f"Add the unit of the {label}, or give all four as plain numbers.",
            label,
        )
    given = quantity(number, unit)
    if given is None:
        raise causes.LabUnitError(
            unit, "a unit of concentration pint knows", "Check the unit.", label
        )
    return given
