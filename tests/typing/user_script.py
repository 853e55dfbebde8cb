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
import magnesium.mcp_server
from magnesium import (
    analytes,
    arrays,
    causes,
    critical,
    fhir,
    foods,
    frames,
    hl7,
    hypermagnesaemia,
    hypermagnesemia,
    interop,
    plausibility,
    plots,
    prescribing,
    protocols,
    rda,
    repletion,
    salts,
    serialize,
    serum,
    sources,
    thresholds,
    units,
    workup,
)


def main() -> list[object]:
    """One call or more per public module; every result is typed."""
    level: serum.SerumMagnesium = mg.SerumMagnesium.parse("1.4 mg/dL")
    result: thresholds.LevelClassification = mg.classify(level)
    graded = mg.classify("0.45 mmol/L", "ctcae-v5")
    mmol: float = units.convert(1.4, "mg/dL", "mmol/L")
    quantity = level.to("mmol/L")  # pint's own members (.magnitude) are typed by pint
    again = mg.SerumMagnesium.from_quantity(quantity)
    limits: critical.CriticalLimits = critical.get_critical_limits("tidalhealth-adult")
    readings = hypermagnesemia.manifestations("6 mEq/L")
    protocol: protocols.Protocol = next(iter(protocols.PROTOCOLS.values()))
    assert hypermagnesaemia.manifestations is hypermagnesemia.manifestations  # deprecated alias
    intake: rda.RecommendedIntake = rda.recommended_intake(age_years=40, sex="F")
    screen: causes.ScreenResult = causes.screen(medications=["omeprazole"])
    estimate: foods.IntakeEstimate = foods.estimate_intake([("almonds", 1)])
    dose: salts.ElementalDose = salts.elemental_magnesium(1.0, "magnesium oxide")
    femg: workup.FractionalExcretion = workup.fractional_excretion(
        urine_magnesium=2.0, plasma_magnesium=0.6, urine_creatinine=8000, plasma_creatinine=80
    )
    tools: tuple[str, ...] = magnesium.mcp_server.TOOL_NAMES
    plan: repletion.RepletionPlan = repletion.plan_repletion(level, symptomatic=False)
    ionized = analytes.IonizedMagnesium(0.5)
    facts = prescribing.PRESCRIBING_FACTS
    weight: float = plausibility.check(70, "weight_kg")
    source: sources.Source = sources.cite("iom-1997")
    shape: dict[str, object] = serialize.to_dict(result)
    shown: str = magnesium.display.markdown(plan)
    codes: arrays.BandCodes = arrays.classify([0.5, 0.8], "mmol/L")
    table = frames.to_frame(mg.THRESHOLD_SETS)
    figure = plots.levels_over_time([0, 24], ["0.5 mmol/L", "1.9 mg/dL"], "ctcae-v5")
    accessor = magnesium.accessors.MagnesiumAccessor
    loinc: interop.LoincCode = interop.get_loinc("19123-9")
    observation = fhir.to_observation(mg.SerumMagnesium.of(0.6, "mmol/L"))
    read_back: interop.LabResult = fhir.from_observation(observation)
    header = "MSH|^~\\&|LIS|LAB|EHR|CLINIC|202611301000||ORU^R01|7|P|2.3"
    oru = f"{header}\rOBX|1|NM|2601-3^Magnesium^LN||0.72|mmol/L|0.7-1.0|N|||F"
    entries = hl7.read_oru(oru)
    scale: protocols.ProtocolResult = protocols.apply_protocol(
        "0.6 mmol/L", "nhs-highland", egfr=90
    )
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
        estimate,
        dose,
        femg.percent,
        tools,
        plan.regimens,
        ionized,
        facts,
        weight,
        source.key,
        shape,
        shown,
        codes.codes,
        table,
        figure,
        accessor,
        loinc.long_name,
        read_back.level,
        entries,
        scale.regimens,
        command,
        message,
        protocol.name,
    ]


if __name__ == "__main__":
    main()
