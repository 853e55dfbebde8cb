"""A user's script that touches every public module, checked by mypy --strict and pyright strict.

tests/test_typing.py runs both type checkers on this file alone, as a user of the installed
package would: any error they report comes from the library's annotations. It is also run
as a script, so each line is a call that works.
"""

from __future__ import annotations

import magnesium as mg
import magnesium.accessors
import magnesium.cli
import magnesium.display
import magnesium.errors
from magnesium import (
    analytes,
    arrays,
    causes,
    critical,
    frames,
    hypermagnesaemia,
    plausibility,
    plots,
    prescribing,
    rda,
    repletion,
    serialize,
    serum,
    sources,
    thresholds,
    units,
)


def main() -> list[object]:
    """One call or more per public module; every result is typed."""
    level: serum.SerumMagnesium = mg.SerumMagnesium.parse("1.4 mg/dL")
    result: thresholds.Classification = mg.classify(level)
    graded = mg.classify("0.45 mmol/L", "ctcae-v5")
    mmol: float = units.convert(1.4, "mg/dL", "mmol/L")
    quantity = level.to("mmol/L")  # pint's own members (.magnitude) are typed by pint
    again = mg.SerumMagnesium.from_quantity(quantity)
    limits: critical.CriticalLimits = critical.get_critical_limits("tidalhealth-adult")
    readings = hypermagnesaemia.manifestations("6 mEq/L")
    intake: rda.RecommendedIntake = rda.recommended_intake(age_years=40, sex="F")
    screen: causes.ScreenResult = causes.screen(medications=["omeprazole"])
    plan: repletion.RepletionPlan = repletion.plan_repletion(level, symptomatic=False)
    ionised = analytes.IonisedMagnesium(0.5)
    facts = prescribing.PRESCRIBING_FACTS
    weight: float = plausibility.check(70, "weight_kg")
    source: sources.Source = sources.cite("iom-1997")
    shape: dict[str, object] = serialize.to_dict(result)
    shown: str = magnesium.display.markdown(plan)
    codes: arrays.BandCodes = arrays.classify([0.5, 0.8], "mmol/L")
    table = frames.to_frame(mg.THRESHOLD_SETS)
    figure = plots.levels_over_time([0, 24], ["0.5 mmol/L", "1.9 mg/dL"], "ctcae-v5")
    accessor = magnesium.accessors.MagnesiumAccessor
    command = magnesium.cli.main
    message = ""
    try:
        mg.SerumMagnesium.parse("not a number")
    except magnesium.errors.ParseError as error:
        message = str(error)
    return [
        graded.status,
        mmol,
        again,
        limits,
        readings,
        intake.amount_mg,
        screen.matches,
        plan.regimens,
        ionised,
        facts,
        weight,
        source.key,
        shape,
        shown,
        codes.codes,
        table,
        figure,
        accessor,
        command,
        message,
    ]


if __name__ == "__main__":
    main()
