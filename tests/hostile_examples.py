"""Valid arguments for the hostile-input battery (``tests/test_hostile.py``).

The battery mixes junk with valid values so that a call gets past its first check
and reaches deep code. Valid values come from three places, tried in order:

1. [`VALID_FOR`][]: by callable and parameter name, where a name means something
   else in one place (``unit`` of a 24-hour urine is ``"mmol/day"``);
2. a constructor of a result type: the fields of [`example`][] instance;
3. [`VALID`][]: by parameter name alone.
"""

from __future__ import annotations

import functools
import importlib
import math
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pint

import magnesium as mg
from magnesium import (
    accessors,
    analytes,
    arrays,
    causes,
    critical,
    fhir,
    foods,
    hypermagnesemia,
    interop,
    plausibility,
    prescribing,
    protocols,
    rda,
    repletion,
    salts,
    units,
    workup,
)

pd: Any = importlib.import_module("pandas")  # in the dev extra; untyped

if TYPE_CHECKING:
    from collections.abc import Mapping

_CALLER: Final[pint.UnitRegistry[float]] = pint.UnitRegistry()
_LEVEL: Final = mg.SerumMagnesium.of(0.5, "mmol/L")
_CENSORED: Final = mg.CensoredSerumMagnesium("<", 0.5, "mmol/L")
_TEMPLATE: Final = (Path(__file__).parent.parent / "docs" / "protocol-template.toml").read_text()
_PROTOCOL: Final = protocols.PROTOCOLS["nhs-highland"]
_PROTOCOL_RESULT: Final = protocols.apply_protocol("0.4 mmol/L", _PROTOCOL, egfr=60)
_BOOLS: Final = (True, False)
_SERUM_UNITS: Final = ("mmol/L", "mg/dL", "mEq/L", "MG/DL")
_CREATININE_UNITS: Final = ("umol/L", "mmol/L", "mg/dL", "mg/L")


_OBSERVATION: Final = {
    "resourceType": "Observation",
    "id": "mg-1",
    "status": "final",
    "code": {"coding": [{"system": "http://loinc.org", "code": "19123-9"}]},
    "effectiveDateTime": "2026-11-30T08:15:00Z",
    "valueQuantity": {"value": 1.4, "system": "http://unitsofmeasure.org", "code": "mg/dL"},
    "referenceRange": [{"low": {"value": 1.6, "code": "mg/dL"}, "high": {"value": 2.6}}],
    "interpretation": [{"coding": [{"code": "L"}]}],
}
_OTHER: Final = {
    **_OBSERVATION,
    "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3"}]},
}
_BUNDLE: Final = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [{"resource": _OBSERVATION}, {"resource": _OTHER}],
}
_ORU: Final = (
    "MSH|^~\\&|LIS|LAB|EHR|WARD|202611301000||ORU^R01|7|P|2.5\r"
    "OBX|1|NM|19123-9^Magnesium^LN||1.4|mg/dL|1.6-2.6|L|||F|||202611300815\r"
    "OBX|2|SN|MG^Magnesium^L||<^0.5|mmol/L|0.7-1.0|LL|||F"
)
_LAB_RESULT: Final = fhir.from_observation(_OBSERVATION)


@functools.cache
def examples() -> Mapping[type, object]:
    """One valid instance of every public value type, built through the public API."""
    threshold_set = mg.get_threshold_set()
    plan = repletion.plan_repletion("0.4 mmol/L", symptomatic=True)
    estimate = foods.estimate_intake([("almonds", 1), ("spinach", 2)])
    screened = causes.screen(medications=["omeprazole"], conditions=["short bowl syndrome"])
    cause = causes.CAUSES["alcohol"]
    sulfate = salts.get_salt("magnesium sulfate heptahydrate")
    toxicity = hypermagnesemia.get_toxicity_table("us-label")
    found: dict[type, object] = {
        mg.SerumMagnesium: _LEVEL,
        mg.Band: threshold_set.cutoffs[0].bands[0],
        mg.Cutoffs: threshold_set.cutoffs[0],
        mg.ThresholdSet: threshold_set,
        mg.LevelClassification: mg.classify(_LEVEL),
        mg.Source: mg.cite("iom-1997"),
        rda.AuthorityTable: rda.get_authority(),
        foods.Food: foods.get_food("almonds"),
        foods.FoodPortion: estimate.portions[0],
        foods.IntakeEstimate: estimate,
        rda.IntakeAssessment: rda.assess_intake(total_mg=300, age_years=40, sex="female"),
        rda.RecommendedIntake: rda.recommended_intake(age_years=40, sex="female"),
        rda.LifeStage: rda.recommended_intake(age_years=40, sex="female").life_stage,
        rda.ReferenceRow: rda.reference_row(age_years=40, sex="female"),
        rda.UpperLevel: rda.upper_level(age_years=40),
        causes.Cause: cause,
        causes.CauseClassification: cause.alternatives[0],
        causes.Drug: causes.DRUGS["omeprazole"],
        workup.FemgCutoff: workup.get_femg_cutoff(),
        workup.FractionalExcretion: workup.fractional_excretion(
            urine_magnesium=5.0, plasma_magnesium=1.8, urine_creatinine=100, plasma_creatinine=1.0
        ),
        causes.GeneticDisorder: causes.GENETIC_DISORDERS["gitelman"],
        causes.Manifestation: next(m for m in causes.MANIFESTATIONS if m.below is not None),
        causes.Match: screened.matches[0],
        causes.Prevalence: causes.PREVALENCE[0],
        causes.RiskGroup: causes.RISK_GROUPS[0],
        causes.ScreenResult: screened,
        workup.UrineMagnesium24h: workup.urine_magnesium_24h(1.5),
        workup.WorkupTest: workup.WORKUP_TESTS[0],
        salts.ElementalDose: salts.ElementalDose.of(200, "mg"),
        salts.LabelFigure: sulfate.label_figures[0],
        repletion.Limit: plan.limits[0],
        repletion.Regimen: plan.regimens[0],
        repletion.RepletionPlan: plan,
        salts.Salt: sulfate,
        salts.Solution: salts.get_solution("magnesium sulfate 50% injection"),
        arrays.BandCodes: arrays.classify([0.6, 0.8], "mmol/L"),
        arrays.ParsedColumn: arrays.parse(["0.6 mmol/L", "<0.5 mmol/L"], censored="bound"),
        accessors.MagnesiumAccessor: accessors.MagnesiumAccessor(
            pd.Series(["0.6 mmol/L", "1.4 mg/dL"], name="mg")
        ),
        analytes.IonizedMagnesium: analytes.IonizedMagnesium(0.5),
        analytes.RbcMagnesium: analytes.RbcMagnesium(4.5, "mg/dL"),
        analytes.ReferenceInterval: analytes.get_interval("quest"),
        analytes.AnalyteReading: analytes.classify_analyte(analytes.IonizedMagnesium(0.5)),
        analytes.UrineCutoff: analytes.get_urine_cutoff("bnssg-2023"),
        analytes.UrineReading: analytes.interpret_urine_24h(0.7),
        prescribing.PrescribingFact: prescribing.PRESCRIBING_FACTS["max-iv-concentration"],
        rda.LabellingReference: rda.EU_NRV,
        critical.CriticalLimits: critical.get_critical_limits("ohsu"),
        hypermagnesemia.ToxicityTable: toxicity,
        hypermagnesemia.ToxicityBand: toxicity.bands[0],
        hypermagnesemia.ToxicityReading: hypermagnesemia.manifestations(_LEVEL)[0],
        plausibility.PlausibleRange: plausibility.PLAUSIBLE_RANGES["weight_kg"],
        mg.CensoredSerumMagnesium: _CENSORED,
        mg.CensoredLevelClassification: mg.classify(
            _CENSORED, "ctcae-v5", critical_limits="homerton"
        ),
        interop.LoincCode: interop.get_loinc("19123-9"),
        interop.LabResult: _LAB_RESULT,
        interop.EntryError: fhir.from_bundle(_BUNDLE)[1],
        protocols.Protocol: _PROTOCOL,
        protocols.ProtocolBand: _PROTOCOL.bands[0],
        protocols.Override: protocols.Override(law="recheck", reason="r", approver="a"),
        protocols.ProtocolResult: _PROTOCOL_RESULT,
        protocols.ExpectedResponse: _PROTOCOL_RESULT.expected_response,
    }
    return found


VALID: Final[Mapping[str, tuple[object, ...]]] = {
    "value": (0.7, 1.4, 2, 0, Decimal("1.8"), "x"),
    "unit": _SERUM_UNITS,
    "from_unit": _SERUM_UNITS,
    "to_unit": _SERUM_UNITS,
    "text": ("0.6 mmol/L", "1.4 mg/dL", "<0.5 mmol/L", "1,8 mg/dl", "2 mEq/L"),
    "quantity": (units.registry().Quantity(0.7, "mmol/L"), _CALLER.Quantity(1.4, "mg/dL")),
    "level": (_LEVEL, "0.4 mmol/L", "1.9 mg/dL", _CALLER.Quantity(0.5, "mmol/L")),
    "threshold_set": (None, "ctcae-v5", "rcpa-aacb-neonatal", mg.get_threshold_set()),
    "reference": ("iom-1997", mg.get_threshold_set("statpearls")),
    "key": tuple(mg.BIBLIOGRAPHY)[:5],
    "registry": (None, _CALLER),
    "age_years": (None, 40, 0.5, 15, Fraction(1, 2), Decimal(70), 100),
    "age_months": (None, 6, 3, Fraction(11, 2), 30),
    "sex": ("female", "male", "FEMALE", rda.Sex.MALE),
    "pregnant": _BOOLS,
    "lactating": _BOOLS,
    "authority": (None, "IOM", "EFSA", "d-a-ch", rda.Authority.EFSA),
    "total_mg": (300, 0.0, 5000, 250.5),
    "supplemental_mg": (0.0, 350, 800),
    "portions": ([("almonds", 1)], [("spinach", 2.5), (foods.get_food("cashews"), 1)], []),
    "query": ("omeprazole", "cisplatin", "Gitelman syndrome", "poor-intake", "PPI", "alcohol"),
    "category": (causes.Category.RENAL, "renal", "gastrointestinal"),
    "medications": (["omeprazole", "furosemide"], "omeprazole", None, ()),
    "conditions": (["chronic diarrhoea"], "alcohol", None, ("short bowl syndrome",)),
    "urine_magnesium": (5.0, 0.2, _CALLER.Quantity(3.0, "mg/dL")),
    "plasma_magnesium": (1.8, 0.7, _CALLER.Quantity(0.7, "mmol/L")),
    "urine_creatinine": (100, 8000.0, _CALLER.Quantity(100, "mg/dL")),
    "plasma_creatinine": (1.0, 88.0, _CALLER.Quantity(88, "umol/L")),
    "cutoff": (None, "gt-2-percent", workup.get_femg_cutoff()),
    "reduced_kidney_function": _BOOLS,
    "grams": (1.0, 4, Decimal("2.5")),
    "salt": ("magnesium sulfate heptahydrate", "magnesium oxide", "MgCl2·6H2O"),
    "dose": (salts.ElementalDose.of(200, "mg"), salts.ElementalDose(8.0)),
    "formula": ("MgSO4·7H2O", "Mg(OH)2", "Mg3(C6H5O7)2", "MgCl2"),
    "symptomatic": _BOOLS,
    "torsades": _BOOLS,
    "cardiac_arrest": _BOOLS,
    "egfr": (None, 90, 25, 10.5),
    "weight_kg": (None, 70, 3.5),
    "oral_route_available": _BOOLS,
    "hypokalemia": _BOOLS,
    "hypocalcemia": _BOOLS,
    "short_bowel": _BOOLS,
    "hours": (24, 1, 0.5, 48.0),
    "ml": (2, 10.0, 0.5),
    "months": (Fraction(480), Fraction(6), Fraction(0), Fraction(1500)),
    "regimen": (repletion.plan_repletion("0.4 mmol/L", symptomatic=True).regimens[0],),
    "values": (
        [0.6, 0.8],
        np.array([1.4, math.nan, 2.6]),
        pd.Series([0.5, None, 1.0], name="mg"),
        (0.7,),
    ),
    "detail": ("status", "severity", "label"),
    # arrays.parse: "coerce" and censored="keep" make rows missing (NaN) by design, which
    # the battery's rule (NaN only where the input had a missing value) cannot tell apart.
    "texts": (
        ["0.7 mmol/L", "1,6 mg/dL", None, "<0.5 mmol/L"],
        np.array(["1.4 mEq/L", "0.7 mmol/L"], dtype=object),
        pd.Series(["1.8 mg/dL", None], name="mg"),
    ),
    "series": (pd.Series(["0.7 mmol/L", "1,6 mg/dL"]), pd.Series([0.7, 1.2])),
    "errors": ("raise",),
    "censored": ("raise", "bound"),
    "comparator": ("<", ">=", "\u2264"),
    "bound": (0.5, 3, Decimal("1.8")),
    "mmol_per_l": (0.5, 0.6, 2),
    "result": (analytes.IonizedMagnesium(0.5), analytes.RbcMagnesium(2.0, "mmol/L")),
    "interval": (None, "arup", "quest", "spectrum-health-lab805"),
    "concentration": (2.0, 4.8, 0.5),
    "volume_l": (1.5, 0.8, 3),
    "volume_ml": (10, 250, 1000.0),
    "amount": (0.7, 30, 1.2),
    # The error classes (the values they carry are the caller's, junk or not).
    "expected": ("a number >= 0",),
    "hint": ("Pass a number.",),
    "kind": ("salt",),
    "known": (("magnesium oxide", "magnesium citrate"),),
    "what": ("dose",),
    "label": ("plasma creatinine",),
    "path": ("$.value",),
    # magnesium.serialize
    "obj": (_LEVEL, mg.classify(_LEVEL)),
    "data": ({"type": "SerumMagnesium", "schema_version": 1, "value": 0.5, "unit": "mmol/L"},),
    "indent": (None, 2),
}
"""Valid values by parameter name."""

_ENUMS: Final = {
    "sex": tuple(rda.Sex),
    "status": tuple(rda.ReproductiveStatus),
}

VALID_FOR: Final[Mapping[tuple[str, str], tuple[object, ...]]] = {
    ("magnesium.units.convert", "value"): (0.7, 1.4, 2, 0),
    ("magnesium.units.canonical_unit", "unit"): ("mmol/l", "MG/DL", "meq/L"),
    ("magnesium.workup.urine_magnesium_24h", "value"): (1.5, 0.5, 4),
    ("magnesium.workup.urine_magnesium_24h", "unit"): ("mmol/day", "mEq/day"),
    ("magnesium.workup.convert_creatinine", "value"): (80, 1.0, 0.09),
    ("magnesium.workup.convert_creatinine", "from_unit"): _CREATININE_UNITS,
    ("magnesium.workup.convert_creatinine", "to_unit"): _CREATININE_UNITS,
    ("magnesium.salts.ElementalDose.of", "value"): (200, 8.0, 16),
    ("magnesium.salts.ElementalDose.of", "unit"): ("mg", "mmol", "mEq"),
    ("magnesium.thresholds.Band.contains", "value"): (0.5, 0.75, 2.0),
    ("magnesium.thresholds.Cutoffs.band_of", "level"): (_LEVEL, mg.SerumMagnesium.of(2, "mEq/L")),
    ("magnesium.thresholds.ThresholdSet.band_for", "level"): (
        _LEVEL,
        mg.SerumMagnesium.of(3, "mg/dL"),
    ),
    ("magnesium.thresholds.get_threshold_set", "name"): (None, "iom-1997", "CTCAE-v5"),
    ("magnesium.rda.get_authority", "name"): (None, "IOM", "EFSA", rda.Authority.DACH),
    ("magnesium.foods.get_food", "name"): ("almonds", "Spinach", foods.get_food("cashews")),
    ("magnesium.workup.get_femg_cutoff", "name"): (None, "gt-4-percent", "gt-2-percent"),
    ("magnesium.salts.get_salt", "name"): ("magnesium oxide", "Epsom salt", "MgO"),
    ("magnesium.salts.get_solution", "name"): ("magnesium sulfate 50% injection",),
    ("magnesium.serialize.schema", "name"): ("SerumMagnesium", "RepletionPlan"),
    ("magnesium.protocols.load_protocol", "source"): (_TEMPLATE,),
    ("magnesium.protocols.check_protocol", "source"): (_TEMPLATE,),
    ("magnesium.protocols.apply_protocol", "level"): (_LEVEL, "0.4 mmol/L"),
    ("magnesium.protocols.apply_protocol", "protocol"): ("nhs-highland", _PROTOCOL),
    ("magnesium.protocols.apply_protocol", "egfr"): (None, 60),
    ("magnesium.protocols.apply_protocol", "weight_kg"): (None, 70),
    ("magnesium.protocols.apply_protocol", "conditions"): ((), ["heart block"]),
    ("magnesium.protocols.protocol_dict", "protocol"): (_PROTOCOL,),
    ("magnesium.protocols.protocol_table", "protocol"): (_PROTOCOL,),
    ("magnesium.serialize.from_json", "text"): (
        '{"type": "SerumMagnesium", "schema_version": 1, "value": 0.5, "unit": "mmol/L"}',
    ),
    ("magnesium.rda.AuthorityTable.row_for", "sex"): _ENUMS["sex"],
    ("magnesium.rda.AuthorityTable.row_for", "status"): _ENUMS["status"],
    ("magnesium.rda.LifeStage.applies_to", "sex"): _ENUMS["sex"],
    ("magnesium.rda.LifeStage.applies_to", "status"): _ENUMS["status"],
    ("magnesium.repletion.plan_repletion", "threshold_set"): (None, "iom-1997", "ctcae-v5"),
    ("magnesium.repletion.plan_repletion", "age_years"): (None, 40, 80, 12),
    ("magnesium.repletion.plan_repletion", "level"): (_LEVEL, "0.4 mmol/L", "1.0 mg/dL"),
    ("magnesium.thresholds.classify", "level"): (
        _LEVEL,
        "0.4 mmol/L",
        _CENSORED,
        mg.CensoredSerumMagnesium(">=", 1.5, "mg/dL"),
    ),
    ("magnesium.arrays.classify", "censored"): (None, ["<", None], ("<=", ">")),
    ("magnesium.analytes.RbcMagnesium", "value"): (4.5, 2.0, 7),
    ("magnesium.analytes.RbcMagnesium", "unit"): ("mg/dL", "mmol/L", "MG/DL"),
    ("magnesium.analytes.interpret_urine_24h", "value"): (0.7, 1.5, 30),
    ("magnesium.analytes.interpret_urine_24h", "unit"): ("mmol/day", "mg/day"),
    ("magnesium.analytes.interpret_urine_24h", "cutoff"): (None, "bnssg-2023", "mayo-gt-24-mg"),
    ("magnesium.analytes.urine_magnesium_24h_from", "unit"): ("mmol/L", "mg/dL", "mEq/L"),
    ("magnesium.analytes.get_interval", "name"): ("arup", "Quest", "greenway-1996"),
    ("magnesium.analytes.get_urine_cutoff", "name"): (None, "gt-1-mmol", "cmdt-10-30-mg"),
    ("magnesium.analytes.UrineCutoff.interpret", "unit"): ("mmol/day", "mg/day"),
    ("magnesium.prescribing.infusion_concentration_percent", "grams"): (4, 5, 2.5),
    ("magnesium.prescribing.within_iv_concentration", "grams"): (4, 5, 2.5),
    ("magnesium.critical.get_critical_limits", "name"): ("ohsu", " OHSU ", "baystate"),
    ("magnesium.hypermagnesemia.get_toxicity_table", "name"): ("us-label", "msd-manual"),
    ("magnesium.hypermagnesemia.manifestations", "tables"): (None, "us-label", ["msd-manual"]),
    ("magnesium.hypermagnesemia.ToxicityBand.contains", "exact"): (
        Decimal("2.5"),
        Fraction(7, 2),
        4,
    ),
    ("magnesium.rda.LabellingReference.percent_of", "amount_mg"): (56.25, 0, Decimal(375)),
    ("magnesium.serum.SerumMagnesium.same_concentration", "other"): (
        _LEVEL,
        mg.SerumMagnesium.of(1.2, "mg/dL"),
    ),
    ("magnesium.sources.weakest_verification", "sources"): (
        [mg.cite("iom-1997")],
        (),
        tuple(mg.BIBLIOGRAPHY.values())[:3],
    ),
    ("magnesium.units.quantity", "unit_text"): ("mmol/L", "mg/dL", "mEq/L"),
    ("magnesium.interop.get_loinc", "code"): ("19123-9", " 2601-3 ", "2597-3"),
    ("magnesium.interop.serum_code", "code"): ("19123-9", "2601-3"),
    ("magnesium.interop.reported_level", "value"): (0.7, 1.4, 2),
    ("magnesium.interop.reported_level", "unit"): _SERUM_UNITS,
    ("magnesium.interop.reported_level", "comparator"): (None, "="),
    ("magnesium.interop.reporting_laboratory_set", "low"): (0.7, None, 1.6),
    ("magnesium.interop.reporting_laboratory_set", "high"): (2.6, None, 5),
    ("magnesium.interop.reporting_laboratory_set", "unit"): _SERUM_UNITS,
    ("magnesium.interop.reporting_laboratory_set", "laboratory"): ("York", "reporting lab"),
    ("magnesium.interop.flag_agrees", "result"): (_LAB_RESULT,),
    ("magnesium.interop.flag_agrees", "threshold_set"): (None, "iom-1997", "medlineplus"),
    ("magnesium.interop.LabResult", "level"): (_LEVEL,),
    ("magnesium.interop.LabResult", "loinc"): ("19123-9", "2601-3"),
    ("magnesium.interop.LabResult", "status"): ("final", "preliminary"),
    ("magnesium.interop.LabResult", "effective"): (None, "2026-11-30"),
    ("magnesium.interop.LabResult", "reference_range"): (None, _LAB_RESULT.reference_range),
    ("magnesium.interop.LabResult", "lab_flag"): (None, "L", "HH"),
    ("magnesium.interop.LabResult", "flags"): ((), ("preliminary result",)),
    ("magnesium.interop.LabResult", "origin"): ("", "OBX 1"),
    ("magnesium.interop.EntryError", "index"): (0, 3),
    ("magnesium.interop.EntryError", "origin"): ("entry 0", "OBX 2"),
    ("magnesium.interop.EntryError", "error"): ("InputError",),
    ("magnesium.interop.EntryError", "message"): ("'2823-3' is not a usable LOINC code",),
    ("magnesium.interop.LoincCode", "code"): ("19123-9",),
    ("magnesium.interop.LoincCode", "long_name"): ("Magnesium [Mass/volume] in Serum or Plasma",),
    ("magnesium.interop.LoincCode", "loinc_property"): ("MCnc",),
    ("magnesium.interop.LoincCode", "system"): ("Ser/Plas",),
    ("magnesium.interop.LoincCode", "scale"): ("Qn",),
    ("magnesium.interop.LoincCode", "ucum"): ("mg/dL",),
    ("magnesium.interop.LoincCode", "use"): (interop.LoincUse.SERUM,),
    ("magnesium.interop.LoincCode", "sources"): (("hl7-pddi-mg-loinc",),),
    ("magnesium.interop.LoincCode", "note"): ("", "a caveat"),
    ("magnesium.fhir.from_observation", "observation"): (_OBSERVATION, _OTHER),
    ("magnesium.fhir.from_bundle", "bundle"): (_BUNDLE,),
    ("magnesium.fhir.to_observation", "level"): (_LEVEL, mg.SerumMagnesium.of(3, "mEq/L")),
    ("magnesium.fhir.to_observation", "classification"): (None, mg.classify(_LEVEL)),
    ("magnesium.fhir.to_observation", "status"): ("final", "preliminary"),
    ("magnesium.fhir.to_observation", "effective"): (None, "2026-11-30T08:15:00Z"),
    ("magnesium.hl7.read_oru", "message"): (_ORU,),
    ("magnesium.hl7.read_oru", "local_codes"): (None, {"MG": "2601-3"}),
    ("magnesium.hl7.read_oru", "threshold_set"): (None, "iom-1997"),
    # magnesium.frames
    **{
        (f"magnesium.frames.{function}", "sources"): ("keys", "expanded")
        for function in ("to_frame", "results_frame")
    },
    ("magnesium.frames.to_frame", "table"): (mg.THRESHOLD_SETS, causes.DRUGS, rda.EU_NRV),
    ("magnesium.frames.results_frame", "results"): ([mg.classify(_LEVEL)], ()),
    ("magnesium.frames.expand_sources", "frame"): (pd.DataFrame({"sources": [("iom-1997",)]}),),
    ("magnesium.frames.expand_sources", "column"): ("sources",),
    # magnesium.plots
    ("magnesium.plots.threshold_sets", "sets"): (None, ["iom-1997", "ctcae-v5"]),
    ("magnesium.plots.threshold_sets", "unit"): ("mmol/L", "mg/dL"),
    ("magnesium.plots.levels_over_time", "times"): ([0, 24], [12.5, 36.0]),
    ("magnesium.plots.levels_over_time", "levels"): (["0.5 mmol/L", None],),
    ("magnesium.plots.levels_over_time", "threshold_set"): (None, "ctcae-v5"),
    ("magnesium.plots.intake", "intakes"): ({"diet": 250, "supplement": 100}, 300),
    ("magnesium.plots.intake", "reference"): (rda.recommended_intake(age_years=40, sex="F"),),
    ("magnesium.plausibility.ImplausibleInputError", "name"): ("weight_kg",),
    ("magnesium.errors.ImplausibleInputError", "name"): ("weight_kg",),
    ("magnesium.plausibility.flag", "name"): ("pregnant",),
    **{
        (f"magnesium.plausibility.{function}", "name"): ("age_years", "weight_kg", "egfr")
        for function in ("check", "check_exact", "exact", "optional", "real")
    },
    **{
        (f"magnesium.plausibility.{function}", "quantity"): (None, "servings", "grams")
        for function in ("check", "check_exact", "optional")
    },
}
"""Valid values by callable and parameter name, where [`VALID`][] would not fit."""
