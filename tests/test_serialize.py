"""magnesium.serialize: one versioned dict/JSON shape per value type, and its schemas.

The laws: for every public value type, ``from_dict(to_dict(x)) == x``, the dict
validates against the type's shipped JSON Schema (draft 2020-12, checked with
``jsonschema``), and ``json.dumps(..., allow_nan=False)`` accepts it. Malformed
data raises ``SerializationError`` naming the path, never a foreign exception.

Regenerate the shipped schemas after changing a value type's fields::

    python -c "from pathlib import Path; from magnesium.serialize import _write_schemas; \
_write_schemas(Path('src/magnesium/schemas'))"
"""

from __future__ import annotations

import contextlib
import copy
import functools
import importlib
import json
import math
import pkgutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

import attrs
import jsonschema
import pytest
from hypothesis import assume, given, reject, settings
from hypothesis import strategies as st

import magnesium as mg
from magnesium import (
    analytes,
    causes,
    critical,
    foods,
    interop,
    plausibility,
    prescribing,
    protocols,
    rda,
    repletion,
    salts,
    serialize,
    thresholds,
    workup,
)
from magnesium import hypermagnesemia as hyper
from magnesium.errors import ArgumentTypeError, MagnesiumError, SerializationError
from magnesium.serialize import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from tests.strategies import SET_NAMES, UNITS, censored_levels, levels

SCHEMAS: Final = Path(serialize.__file__).parent / "schemas"

PUBLIC_MODULES: Final = (
    "magnesium",
    *(
        f"magnesium.{module.name}"
        for module in pkgutil.iter_modules(mg.__path__)
        if not module.name.startswith("_")
    ),
)
"""Every public module: a new one is covered the day it is added."""

NOT_SERIALISED: Final[Mapping[str, str]] = {
    "magnesium.arrays.BandCodes": "a numpy column of codes: serialise its rows' classifications",
    "magnesium.arrays.ParsedColumn": "numpy columns of a parsed text column: serialise its rows",
    "magnesium.accessors.MagnesiumAccessor": "a namespace on the caller's Series, not a value",
}
"""Public attrs classes without a shape, each with the reason."""


def public_value_types() -> set[type]:
    """Every attrs class in a public module's ``__all__``, but the errors."""
    found: set[type] = set()
    for name in PUBLIC_MODULES:
        module = importlib.import_module(name)
        for attribute in module.__all__:
            value = getattr(module, attribute)
            if isinstance(value, type) and attrs.has(value) and not issubclass(value, Exception):
                found.add(value)
    return found


def _registered() -> Mapping[str, type]:
    return serialize._registry()


# --- strategies: one per serialised type --------------------------------------------------------


def _members(table: Mapping[Any, Any] | tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(table.values()) if isinstance(table, Mapping) else tuple(table)


def _made(make: Callable[..., object], **kwargs: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Values from *make*, called with drawn arguments; calls the library refuses are rejected."""

    @st.composite
    def build(draw: st.DrawFn) -> object:
        drawn = {name: draw(strategy) for name, strategy in kwargs.items()}
        try:
            return make(**drawn)
        except MagnesiumError:
            reject()

    return build()


_TEXT = st.text(max_size=20)
_OPTIONAL_TEXT = st.none() | st.text(min_size=1, max_size=20)
_NUMBER = st.floats(0, 1000, allow_nan=False) | st.integers(0, 1000)
_SETS = tuple(mg.THRESHOLD_SETS.values())
_AUTHORITIES = tuple(rda.AUTHORITIES.values())
_SALTS = tuple(salts.SALTS.values())
_DRUG_NAMES = st.sampled_from((*causes.DRUGS, "aspirin", "Losec", "PPI"))
_CONDITIONS = st.sampled_from((*causes.CAUSES, "short bowl syndrome", "alcohol"))


def _source(verification: mg.Verification, read_in: str | None, *, url: bool) -> mg.Source:
    return mg.Source(
        key="user-source",
        title="A laboratory's own handbook",
        publisher="Example Hospital",
        year=2024,
        url="https://example.org/handbook" if url else None,
        identifier=None if url else "PMID 1",
        verification=verification,
        read_in=read_in,
    )


@st.composite
def _user_sources(draw: st.DrawFn) -> mg.Source:
    """Sources built by hand: every level, with or without a URL, any text."""
    verification = draw(st.sampled_from(mg.Verification))
    primary = verification is mg.Verification.PRIMARY
    url = draw(_OPTIONAL_TEXT)
    return mg.Source(
        key="-".join(draw(st.lists(st.text("abz019", min_size=1, max_size=5), min_size=1))),
        title=draw(_TEXT),
        publisher=draw(_TEXT),
        year=draw(st.none() | st.integers(1900, 2100)),
        authors=draw(_OPTIONAL_TEXT),
        url=url,
        identifier="doi:10.1000/x" if url is None else draw(_OPTIONAL_TEXT),
        locator=draw(_OPTIONAL_TEXT),
        note=draw(_OPTIONAL_TEXT),
        verification=verification,
        read_in=None if primary else draw(st.text(min_size=1, max_size=20)),
    )


_USER_SOURCES = _user_sources()
_PLANS = _made(
    repletion.plan_repletion,
    level=levels(),
    symptomatic=st.booleans(),
    torsades=st.booleans(),
    egfr=st.none() | st.floats(5, 120),
    weight_kg=st.none() | st.floats(3, 150),
    age_years=st.none() | st.floats(0, 100),
    oral_route_available=st.booleans(),
    hypokalemia=st.booleans(),
    short_bowel=st.booleans(),
    threshold_set=st.none() | SET_NAMES,
)
_PROTOCOL_RESULTS = _made(
    protocols.apply_protocol,
    level=levels(),
    protocol=st.sampled_from(tuple(protocols.PROTOCOLS)),
    egfr=st.none() | st.floats(5, 120),
    weight_kg=st.none() | st.floats(3, 150),
    conditions=st.lists(st.sampled_from(("heart block", "asthma")), max_size=2),
)
_PERSON = {
    "age_years": st.floats(0, 110),
    "sex": st.sampled_from(("female", "male")),
    "authority": st.sampled_from(tuple(rda.AUTHORITIES)),
}
_SCREENS = _made(
    causes.screen,
    medications=st.lists(_DRUG_NAMES | _TEXT, max_size=3),
    conditions=st.lists(_CONDITIONS | st.integers() | st.none(), max_size=3),
)
_ESTIMATES = _made(
    foods.estimate_intake,
    portions=st.lists(st.tuples(st.sampled_from(tuple(foods.FOODS)), st.floats(0, 10)), max_size=4),
)


def _band(lower: float, width: float, *, open_upper: bool) -> thresholds.Band:
    return thresholds.Band(
        lower=lower,
        upper=math.inf if open_upper else lower + width,
        status=thresholds.Status.NORMAL,
        label="a band of a user's own",
    )


_LAB_RANGES = st.none() | st.builds(
    interop.reporting_laboratory_set,
    st.sampled_from((0.5, 0.7, None)),
    st.sampled_from((1.0, 2.6)),
    UNITS,
    laboratory=st.text(min_size=1, max_size=20).filter(str.strip),
)
_LAB_RESULTS = st.builds(
    interop.LabResult,
    level=levels(),
    loinc=st.sampled_from(("19123-9", "2601-3")),
    status=st.sampled_from(("final", "preliminary")),
    effective=st.none() | st.just("2026-11-30T08:15:00Z"),
    reference_range=_LAB_RANGES,
    lab_flag=st.none() | st.sampled_from(("L", "N", "H", "LL", "HH", "A")),
    flags=st.lists(st.text(max_size=20), max_size=2).map(tuple),
    origin=st.text(max_size=20),
)


STRATEGIES: Final[Mapping[type, st.SearchStrategy[Any]]] = {
    mg.SerumMagnesium: levels() | st.builds(mg.SerumMagnesium, st.integers(0, 4), UNITS),
    mg.Source: st.sampled_from(_members(mg.BIBLIOGRAPHY)) | _USER_SOURCES,
    mg.Band: st.sampled_from([b for s in _SETS for c in s.cutoffs for b in c.bands])
    | st.builds(_band, st.floats(0, 5), st.floats(0.01, 5), open_upper=st.booleans()),
    mg.Cutoffs: st.sampled_from([c for s in _SETS for c in s.cutoffs]),
    mg.ThresholdSet: st.sampled_from(_SETS),
    mg.LevelClassification: _made(
        mg.classify,
        level=levels(),
        threshold_set=SET_NAMES,
        critical_limits=st.none() | st.sampled_from(tuple(critical.CRITICAL_LIMITS)),
    ),
    critical.CriticalLimits: st.sampled_from(_members(critical.CRITICAL_LIMITS)),
    causes.Prevalence: st.sampled_from(causes.PREVALENCE),
    analytes.IonizedMagnesium: st.builds(analytes.IonizedMagnesium, st.floats(0.1, 2)),
    analytes.RbcMagnesium: st.builds(
        analytes.RbcMagnesium, st.floats(1, 8), st.sampled_from(("mg/dL", "mmol/L"))
    ),
    analytes.ReferenceInterval: st.sampled_from(_members(analytes.REFERENCE_INTERVALS)),
    analytes.UrineCutoff: st.sampled_from(_members(analytes.URINE_CUTOFFS)),
    analytes.UrineReading: st.builds(analytes.interpret_urine_24h, st.floats(0.1, 20)),
    analytes.AnalyteReading: st.one_of(
        st.builds(
            analytes.classify_analyte, st.builds(analytes.IonizedMagnesium, st.floats(0.1, 2))
        ),
        st.builds(
            analytes.classify_analyte,
            st.builds(analytes.RbcMagnesium, st.floats(1, 8), st.sampled_from(("mg/dL", "mmol/L"))),
        ),
    ),
    prescribing.PrescribingFact: st.sampled_from(_members(prescribing.PRESCRIBING_FACTS)),
    interop.LoincCode: st.sampled_from(_members(interop.LOINC_CODES)),
    interop.LabResult: _LAB_RESULTS,
    interop.EntryError: st.builds(
        interop.EntryError,
        index=st.integers(0, 10_000),
        origin=st.text(max_size=20),
        error=st.sampled_from(("InputError", "ParseError")),
        message=st.text(max_size=80),
    ),
    hyper.ToxicityTable: st.sampled_from(_members(hyper.TOXICITY_TABLES)),
    hyper.ToxicityBand: st.sampled_from(
        [b for t in hyper.TOXICITY_TABLES.values() for b in t.bands]
    ),
    hyper.ToxicityReading: _made(hyper.manifestations, level=levels()).flatmap(st.sampled_from),
    plausibility.PlausibleRange: st.sampled_from(_members(plausibility.PLAUSIBLE_RANGES)),
    rda.AuthorityTable: st.sampled_from(_AUTHORITIES),
    rda.ReferenceRow: st.sampled_from([row for a in _AUTHORITIES for row in a.rows]),
    rda.LifeStage: st.sampled_from([row.life_stage for a in _AUTHORITIES for row in a.rows]),
    rda.UpperLevel: st.sampled_from([ul for a in _AUTHORITIES for ul in a.upper_levels]),
    rda.RecommendedIntake: _made(rda.recommended_intake, **_PERSON),
    rda.IntakeAssessment: _made(
        rda.assess_intake, total_mg=_NUMBER, supplemental_mg=st.floats(0, 500), **_PERSON
    ),
    rda.LabellingReference: st.just(rda.EU_NRV),
    foods.Food: st.sampled_from(_members(foods.FOODS)),
    foods.IntakeEstimate: _ESTIMATES,
    foods.FoodPortion: _ESTIMATES.filter(lambda e: e.portions).map(lambda e: e.portions[0]),
    causes.Cause: st.sampled_from(_members(causes.CAUSES)),
    causes.CauseClassification: st.sampled_from(
        [a for c in causes.CAUSES.values() for a in c.alternatives]
    ),
    causes.Drug: st.sampled_from(_members(causes.DRUGS)),
    causes.GeneticDisorder: st.sampled_from(_members(causes.GENETIC_DISORDERS)),
    causes.Manifestation: st.sampled_from(causes.MANIFESTATIONS),
    causes.RiskGroup: st.sampled_from(causes.RISK_GROUPS),
    workup.WorkupTest: st.sampled_from(workup.WORKUP_TESTS),
    workup.FemgCutoff: st.sampled_from(_members(workup.FEMG_CUTOFFS)),
    workup.FractionalExcretion: _made(
        workup.fractional_excretion,
        urine_magnesium=st.floats(0.1, 20),
        plasma_magnesium=st.floats(0.5, 4),
        urine_creatinine=st.floats(10, 300),
        plasma_creatinine=st.floats(0.3, 10),
        reduced_kidney_function=st.booleans(),
    ),
    workup.UrineMagnesium24h: _made(workup.urine_magnesium_24h, value=st.floats(0, 20)),
    causes.ScreenResult: _SCREENS,
    causes.Match: _SCREENS.filter(lambda s: s.matches).map(lambda s: s.matches[0]),
    causes.Unmatched: _SCREENS.filter(lambda s: s.unmatched).map(lambda s: s.unmatched[-1]),
    salts.Salt: st.sampled_from(_SALTS),
    salts.LabelFigure: st.sampled_from([f for s in _SALTS for f in s.label_figures]),
    salts.Solution: st.sampled_from(_members(salts.SOLUTIONS)),
    salts.ElementalDose: _made(
        salts.ElementalDose.of, value=_NUMBER, unit=st.sampled_from(("mg", "mmol", "mEq"))
    ),
    repletion.RepletionPlan: _PLANS,
    repletion.Regimen: _PLANS.filter(lambda p: p.regimens).flatmap(
        lambda p: st.sampled_from(p.regimens)
    ),
    repletion.Limit: _PLANS.filter(lambda p: p.limits).flatmap(lambda p: st.sampled_from(p.limits)),
    mg.CensoredSerumMagnesium: censored_levels(),
    thresholds.CensoredLevelClassification: st.builds(
        thresholds.classify,
        censored_levels(),
        SET_NAMES,
        critical_limits=st.none() | st.sampled_from(sorted(mg.CRITICAL_LIMITS)),
    ),
    protocols.Protocol: st.sampled_from(_members(protocols.PROTOCOLS)),
    protocols.ProtocolBand: st.sampled_from(
        [band for protocol in protocols.PROTOCOLS.values() for band in protocol.bands]
    ),
    protocols.Override: st.builds(
        protocols.Override,
        law=st.sampled_from(protocols.Law),
        reason=st.text(min_size=1).filter(str.strip),
        approver=st.text(min_size=1).filter(str.strip),
        band=st.none() | st.text(),
    ),
    protocols.ProtocolResult: _PROTOCOL_RESULTS,
    protocols.ExpectedResponse: _PROTOCOL_RESULTS.filter(
        lambda r: r.expected_response is not None
    ).map(lambda r: r.expected_response),
}
"""A strategy for every serialised type: values the public API returns, and some built by hand."""


# --- coverage of the public types ---------------------------------------------------------------


def test_every_public_value_type_has_a_shape() -> None:
    """A new public value type must be registered (or excluded here with a reason)."""
    registered = set(_registered().values())
    missing = {
        f"{cls.__module__}.{cls.__qualname__}" for cls in public_value_types() - registered
    } - NOT_SERIALISED.keys()
    assert not missing, f"no serialised shape for {sorted(missing)}"


def test_every_shape_has_a_strategy_and_a_schema_file() -> None:
    assert set(STRATEGIES) == set(_registered().values())
    assert {path.stem for path in SCHEMAS.glob("*.json")} == set(serialize.type_names())


def test_type_names_are_stable() -> None:
    names = serialize.type_names()
    assert len(names) == len(set(names)) == len(_registered())
    assert _registered()["CauseClassification"] is causes.CauseClassification
    assert _registered()["Classification"] is thresholds.LevelClassification
    assert all(name.isidentifier() for name in names)


# --- the round-trip law -------------------------------------------------------------------------


def _walk(data: object) -> list[object]:
    if isinstance(data, dict):
        return [data, *[item for value in data.values() for item in _walk(value)]]
    if isinstance(data, list):
        return [data, *[item for value in data for item in _walk(value)]]
    return [data]


@functools.cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(serialize.schema(name))


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=serialize._name)
@given(data=st.data())
@settings(deadline=None)  # a table of every life stage takes a while under coverage
def test_round_trip_law(cls: type, data: st.DataObject) -> None:
    value = data.draw(STRATEGIES[cls])
    assert type(value) is cls
    written = to_dict(value)
    assert written["type"] == serialize._name(cls)
    assert written["schema_version"] == SCHEMA_VERSION
    text = json.dumps(written, allow_nan=False)
    _validator(written["type"]).validate(written)
    assert from_dict(written) == value
    assert from_dict(written, cls) == value
    assert from_json(text) == value
    assert from_dict(json.loads(text)) == value
    assert to_json(value) == text
    for item in _walk(written):  # plain JSON, finite numbers, no private field
        assert type(item) in {dict, list, str, int, float, bool, type(None)}, item
        assert not isinstance(item, float) or math.isfinite(item)
        assert not isinstance(item, dict) or not any(str(k).startswith("_") for k in item)


def test_a_level_keeps_its_reported_value_and_unit() -> None:
    level = mg.SerumMagnesium.parse("1.4 MG/DL")
    assert to_dict(level) == {
        "type": "SerumMagnesium",
        "schema_version": 1,
        "value": 1.4,
        "unit": "mg/dL",
    }
    integer = mg.SerumMagnesium.of(2, "mEq/L")
    assert type(from_dict(to_dict(integer)).value) is int  # type: ignore[attr-defined]


def test_open_band_edges_are_null_and_read_back_as_infinity() -> None:
    band = _band(1.0, 1.0, open_upper=True)
    written = to_dict(band)
    assert written["upper"] is None
    assert from_dict(written) == band
    table = hyper.TOXICITY_TABLES[next(iter(hyper.TOXICITY_TABLES))]
    assert any(b["upper"] is None for b in to_dict(table)["bands"])
    weight = to_dict(plausibility.PLAUSIBLE_RANGES["weight_kg"])
    assert isinstance(weight["lower"], float)  # plausibility ranges are closed
    assert isinstance(weight["upper"], float)


def test_a_closed_edge_cannot_be_written_as_null() -> None:
    written = to_dict(mg.get_threshold_set().cutoffs[0].bands[0])
    written["lower"] = None
    with pytest.raises(SerializationError, match=r"\$\.lower"):
        from_dict(written)


def test_enums_are_their_values_and_sources_are_written_in_full() -> None:
    plan = repletion.plan_repletion("0.4 mmol/L", symptomatic=True)
    written = to_dict(plan)
    assert written["classification"]["band"]["status"] == "low"
    assert written["regimens"][0]["route"] in {route.value for route in salts.Route}
    source = written["sources"][0]
    assert source["key"] == plan.sources[0].key
    assert source["verification"] == plan.sources[0].verification.value
    assert source["title"] == plan.sources[0].title


@pytest.mark.parametrize(
    "verification",
    [mg.Verification.SECONDARY, mg.Verification.UNVERIFIED, mg.Verification.VERBATIM_COPY],
)
def test_a_source_of_your_own_round_trips(verification: mg.Verification) -> None:
    source = _source(verification, "the summary in a textbook", url=False)
    assert from_dict(to_dict(source)) == source


# --- schemas ------------------------------------------------------------------------------------


def test_shipped_schemas_are_the_generated_ones() -> None:
    """The schemas never drift from the fields: regenerate them (see this module's docstring)."""
    generated = serialize._generate_schemas()
    for name, document in generated.items():
        shipped = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
        assert shipped == document, f"{name}.json is stale: regenerate the schemas"


def test_schema_descriptions_carry_no_documentation_markup() -> None:
    """A description is read by schema tools, not by MkDocs: ``[`x`][path]`` reads as ``x``."""
    for name, document in serialize._generate_schemas().items():
        text = json.dumps(document)
        assert "][" not in text, name
    level = serialize.schema("Classification")
    assert level["description"] == "The result of `classify`: a level read against a set."


@pytest.mark.parametrize("name", serialize.type_names())
def test_every_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    document = serialize.schema(name)
    jsonschema.Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["properties"]["type"] == {"const": name}
    assert document["additionalProperties"] is False


def test_schemas_refuse_what_from_dict_refuses() -> None:
    written = to_dict(mg.classify("0.5 mmol/L"))
    validator = _validator("Classification")
    for broken in _broken_copies(written):
        assert not validator.is_valid(broken)
        with pytest.raises(SerializationError):
            from_dict(broken)


def test_schema_of_an_unknown_name() -> None:
    with pytest.raises(mg.UnknownEntryError, match="serialised type"):
        serialize.schema("../../etc/passwd")


def test_import_magnesium_loads_neither_serialize_nor_a_schema() -> None:
    code = (
        "import sys, magnesium; "
        "print('magnesium.serialize' in sys.modules, 'jsonschema' in sys.modules)"
    )
    done = subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "False"]


# --- malformed input ----------------------------------------------------------------------------


def _broken_copies(written: dict[str, Any]) -> list[dict[str, Any]]:
    """Copies of *written* each with one defect: a missing, extra or mistyped field."""
    missing = copy.deepcopy(written)
    del missing["level"]["unit"]
    extra = copy.deepcopy(written)
    extra["band"]["_private"] = 1
    mistyped = copy.deepcopy(written)
    mistyped["band"]["status"] = "LOW"
    nan_like = copy.deepcopy(written)
    nan_like["level"]["value"] = "NaN"
    listed = copy.deepcopy(written)
    listed["threshold_set"]["sources"] = {"0": listed["threshold_set"]["sources"][0]}
    return [missing, extra, mistyped, nan_like, listed]


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ([], "$"),
        ({"schema_version": 1}, "$.type"),
        ({"type": "os.system", "schema_version": 1}, "$.type"),
        ({"type": "__class__", "schema_version": 1}, "$.type"),
        ({"type": ["SerumMagnesium"], "schema_version": 1}, "$.type"),
        ({"type": "SerumMagnesium", "schema_version": 2}, "$.schema_version"),
        ({"type": "SerumMagnesium", "schema_version": True}, "$.schema_version"),
        ({"type": "SerumMagnesium", "schema_version": 1, "value": 1}, "$.unit"),
        (
            {"type": "SerumMagnesium", "schema_version": 1, "value": True, "unit": "mmol/L"},
            "$.value",
        ),
        (
            {"type": "SerumMagnesium", "schema_version": 1, "value": 1e400, "unit": "mmol/L"},
            "$.value",
        ),
        (
            {"type": "SerumMagnesium", "schema_version": 1, "value": 10**400, "unit": "mmol/L"},
            "$.value",
        ),
        (
            {"type": "SerumMagnesium", "schema_version": 1, "value": None, "unit": "mmol/L"},
            "$.value",
        ),
        ({"type": "SerumMagnesium", "schema_version": 1, "value": -1, "unit": "mmol/L"}, "$"),
        ({"type": "SerumMagnesium", "schema_version": 1, "value": 1, "unit": "g"}, "$"),
        (
            {"type": "SerumMagnesium", "schema_version": 1, "value": 1, "unit": "mmol/L", "x": 1},
            "$",
        ),
        ({"type": "ElementalDose", "schema_version": 1, "mmol": [1]}, "$.mmol"),
        ({"type": "Band", "schema_version": 1}, "$.lower"),
    ],
)
def test_malformed_data_names_the_path(data: Any, path: str) -> None:
    with pytest.raises(SerializationError) as raised:
        from_dict(data)
    assert raised.value.path == path
    assert path in str(raised.value)


def test_an_expected_type_refuses_data_of_another_type() -> None:
    written = to_dict(mg.SerumMagnesium.of(0.7, "mmol/L"))
    level: mg.SerumMagnesium = from_dict(written, mg.SerumMagnesium)
    assert level.mmol_per_l == 0.7
    with pytest.raises(SerializationError, match=r"\$\.type.*'Classification'"):
        from_dict(written, thresholds.LevelClassification)
    with pytest.raises(SerializationError, match="CauseClassification"):
        from_json(json.dumps(written), causes.CauseClassification)


@pytest.mark.parametrize("expected_type", [dict, int, math.nan, "SerumMagnesium", ["x"]])
def test_an_expected_type_must_have_a_shape(expected_type: Any) -> None:
    with pytest.raises(ArgumentTypeError):
        from_dict(to_dict(mg.SerumMagnesium.of(0.7, "mmol/L")), expected_type)


def test_a_nested_error_names_the_nested_path() -> None:
    written = to_dict(repletion.plan_repletion("0.4 mmol/L", symptomatic=True))
    written["regimens"][0]["salt"]["routes"][0] = "by-owl"
    with pytest.raises(SerializationError, match=r"\$\.regimens\[0\]\.salt\.routes\[0\]"):
        from_dict(written)


@pytest.mark.parametrize(
    "text", ["", "{", "NaN", '{"value": Infinity}', b"\xff", "[" * 100_000, 3, None]
)
def test_from_json_refuses_what_is_not_json(text: Any) -> None:
    with pytest.raises(SerializationError):
        from_json(text)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)


@given(data=st.data())
@settings(deadline=None)
def test_junk_in_any_field_raises_only_serialization_errors(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(sorted(STRATEGIES, key=serialize._name)))
    written = to_dict(data.draw(STRATEGIES[cls]))
    containers = [item for item in _walk(written) if isinstance(item, dict | list) and item]
    target = data.draw(st.sampled_from(containers))
    junk = data.draw(_JSON)
    if isinstance(target, dict):
        target[data.draw(st.sampled_from(sorted(target)))] = junk
    else:
        target[data.draw(st.integers(0, len(target) - 1))] = junk
    with contextlib.suppress(SerializationError):  # the law: nothing else escapes
        from_dict(written)


@given(data=_JSON)
def test_any_json_value_is_read_or_refused_with_a_serialization_error(data: object) -> None:
    assume(not isinstance(data, dict) or data.get("type") is None)
    with pytest.raises(SerializationError):
        from_dict(data)  # type: ignore[call-overload]


# --- writing what has no shape ------------------------------------------------------------------


@pytest.mark.parametrize("indent", [-1, 17, 2.0, True, "  "])
def test_to_json_refuses_an_indent_that_is_not_a_small_count(indent: Any) -> None:
    with pytest.raises(ArgumentTypeError, match="indent=2"):
        to_json(mg.SerumMagnesium.of(0.7, "mmol/L"), indent=indent)


def test_to_json_indents_on_request() -> None:
    text = to_json(mg.SerumMagnesium.of(0.7, "mmol/L"), indent=2)
    assert text.startswith('{\n  "type": "SerumMagnesium"')


@pytest.mark.parametrize("value", [1.5, "0.7 mmol/L", {"type": "SerumMagnesium"}, mg.Status.LOW])
def test_to_dict_refuses_values_without_a_shape(value: object) -> None:
    with pytest.raises(ArgumentTypeError):
        to_dict(value)


@pytest.mark.parametrize("stored", [math.nan, math.inf, "8", None])
def test_to_dict_never_writes_junk_stored_behind_the_constructor(stored: object) -> None:
    dose = salts.ElementalDose(8.0)
    object.__setattr__(dose, "mmol", stored)
    with pytest.raises(SerializationError, match=r"\$\.mmol"):
        to_dict(dose)


def test_to_json_refuses_an_int_too_long_for_text() -> None:
    unmatched = causes.Unmatched(query=10**5000, kind="condition", suggestions=())
    with pytest.raises(SerializationError, match="JSON can hold"):
        to_json(unmatched)


def test_an_infinity_that_is_not_an_open_edge_is_refused() -> None:
    written = to_dict(plausibility.PLAUSIBLE_RANGES["weight_kg"])
    with pytest.raises(SerializationError, match=r"\$\.upper"):
        from_dict({**written, "upper": None})  # null means infinity only for an open edge


def test_whole_floats_read_as_ints_and_optional_fields_say_so() -> None:
    band = mg.get_threshold_set("ctcae-v5").cutoffs[0].bands[0]
    written = to_dict(band)
    assert written["grade"] is not None
    assert from_dict({**written, "grade": float(written["grade"])}) == band
    with pytest.raises(SerializationError, match="an integer or null"):
        from_dict({**written, "grade": "1"})


def test_an_unmatched_input_json_cannot_hold_is_written_as_its_text() -> None:
    unmatched = causes.Unmatched(query=math.nan, kind="condition", suggestions=())
    assert to_dict(unmatched)["query"] == "nan"
    other = causes.Unmatched(query=object, kind="condition", suggestions=())
    assert to_dict(other)["query"] == repr(object)


def test_every_enum_in_the_schemas_lists_text_values() -> None:
    enums = [
        item
        for document in map(serialize.schema, serialize.type_names())
        for item in _walk(document)
        if isinstance(item, dict) and "enum" in item
    ]
    assert enums
    assert all(all(isinstance(value, str) for value in item["enum"]) for item in enums)


def test_mg_serialize_is_a_lazy_topic() -> None:
    assert mg.serialize is serialize


def test_a_union_field_is_a_tagged_object_read_back_by_its_tag() -> None:
    reading = analytes.classify_analyte(analytes.RbcMagnesium(8, "mg/dL"))
    data = to_dict(reading)
    assert data["result"] == {"type": "RbcMagnesium", "value": 8.0, "unit": "mg/dL"}
    assert from_dict(data) == reading
    for bad, path in (
        ({**data, "result": "RbcMagnesium"}, r"\$\.result is not"),
        ({**data, "result": {**data["result"], "type": "SerumMagnesium"}}, r"\$\.result\.type"),
        ({**data, "result": {"value": 8.0, "unit": "mg/dL"}}, r"\$\.result\.type"),
    ):
        with pytest.raises(SerializationError, match=path):
            from_dict(bad)
