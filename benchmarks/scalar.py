"""One result at a time: ``classify(SerumMagnesium.of(x, "mg/dL"))`` per value.

Baselines, each named for what it is:

* inline compare: ``x < 1.8`` written in the loop (no call, no conversion);
* one-call floor: a Python function doing one multiply and one compare, called
  per value: the least any function call per value costs;
* hand formula: ``x * 10 / 24.305 < 0.75`` in the loop (a conversion and a compare);
* pint, three idioms: a per-call context (``.to("mmol/L", "chemistry", mw=...)``),
  the context enabled once (``with ureg.context("chemistry", mw=...)``), and an
  explicit molar mass (``(q / molar_mass).to("mmol/L")``).

Value distributions: lab-rounded (two decimals, as laboratories report),
unrounded floats, ints, Decimals, numpy float64 and int64 scalars, one value
repeated, and distinct four-decimal values. `SerumMagnesium.of` keeps the float of
each Decimal text it reads (laboratory results repeat); the same Decimals read afresh
each run, with nothing kept, are reported without a target.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import numpy as np

import magnesium as mg
from benchmarks._common import Row, race
from magnesium import serum

_LOWER_MG_DL = 1.8  # the IOM's lower limit in mg/dL (the default set), for the baselines
_LOWER_MMOL = 0.75


def _one_call_floor(x: float) -> bool:
    return x * 0.4 < _LOWER_MMOL


def distributions(count: int) -> dict[str, Sequence[Any]]:
    """The inputs, *count* each, in mg/dL around the reference interval."""
    rng = np.random.default_rng(7)
    raw = rng.normal(2.0, 0.35, count).clip(0.2, 4.5)
    lab = [float(x) for x in raw.round(2)]
    return {
        "lab-rounded floats": lab,
        "unrounded floats": [float(x) for x in raw],
        "ints": [int(x) for x in raw.round()],
        "Decimals": [Decimal(repr(x)) for x in lab],
        "numpy float64": list(raw.round(2)),
        "numpy int64": list(raw.round().astype(np.int64)),
        "one value repeated": [1.83] * count,
        "distinct 4-decimal floats": [round(0.2 + i * 1e-4, 4) for i in range(count)],
    }


def _library(values: Sequence[Any]) -> Callable[[], None]:
    classify, of = mg.classify, mg.SerumMagnesium.of

    def run() -> None:
        for x in values:
            classify(of(x, "mg/dL"))

    return run


def _unseen_decimals(values: Sequence[Any]) -> Callable[[], None]:
    """The library on Decimals it has not read before: their kept floats forgotten each run."""
    run, kept = _library(values), serum._DECIMAL_FLOATS  # noqa: SLF001 (measured)

    def forgetting() -> None:
        kept.clear()
        run()

    return forgetting


def _baselines(values: Sequence[float]) -> dict[str, Callable[[], None]]:
    lower, floor = _LOWER_MG_DL, _one_call_floor

    def inline() -> None:
        for x in values:
            _ = x < lower

    def one_call() -> None:
        for x in values:
            floor(x)

    def formula() -> None:
        for x in values:
            _ = x * 10 / 24.305 < _LOWER_MMOL

    return {"inline compare": inline, "one-call floor": one_call, "hand formula": formula}


def _pint_idioms(values: Sequence[float]) -> dict[str, Callable[[], None]]:
    import pint  # noqa: PLC0415 (measured against)

    ureg: Any = pint.UnitRegistry()
    molar_mass = ureg.Quantity(mg.MOLAR_MASS_G_PER_MOL, "g/mol")
    quantity = ureg.Quantity

    def per_call() -> None:
        for x in values:
            _ = quantity(x, "mg/dL").to("mmol/L", "chemistry", mw=molar_mass).m < _LOWER_MMOL

    def enabled_once() -> None:
        with ureg.context("chemistry", mw=molar_mass):
            for x in values:
                _ = quantity(x, "mg/dL").to("mmol/L").m < _LOWER_MMOL

    def explicit() -> None:
        for x in values:
            _ = (quantity(x, "mg/dL") / molar_mass).to("mmol/L").m < _LOWER_MMOL

    return {
        "pint, context per call": per_call,
        "pint, context enabled once": enabled_once,
        "pint, explicit molar mass": explicit,
    }


def bench_scalar(repeat: int, count: int) -> list[Row]:
    """Per-value time of the library over each distribution, against the baselines."""
    inputs = distributions(count)
    lab = inputs["lab-rounded floats"]
    candidates = {f"library, {name}": _library(values) for name, values in inputs.items()}
    candidates["library, Decimals never seen before"] = _unseen_decimals(inputs["Decimals"])
    candidates |= _baselines(lab)
    seconds = race(candidates, repeat=repeat)
    few = lab[: max(count // 20, 10)]  # pint is slow: fewer values, the same per-value time
    pint = race({"library": _library(few), **_pint_idioms(few)}, repeat=max(repeat // 4, 3))
    ours = seconds["library, lab-rounded floats"]
    rows = [
        Row(
            "scalar",
            "library / one-call floor (lab-rounded)",
            ours / seconds["one-call floor"],
            "<= 20",
        ),
        Row("scalar", "library / inline compare", ours / seconds["inline compare"]),
        Row("scalar", "library / hand formula", ours / seconds["hand formula"]),
    ]
    rows += [
        Row("scalar", f"{name} / lab-rounded floats", seconds[f"library, {name}"] / ours, "<= 1.2")
        for name in inputs
        if name != "lab-rounded floats"
    ]
    rows.append(
        Row(
            "scalar",
            "Decimals never seen before / lab-rounded floats",
            seconds["library, Decimals never seen before"] / ours,
        )
    )
    targets = {"pint, context per call": ">= 100"}
    rows += [
        Row("scalar", f"{idiom} / library", pint[idiom] / pint["library"], targets.get(idiom, "-"))
        for idiom in _pint_idioms(few[:1])
    ]
    return rows
