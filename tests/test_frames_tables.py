"""Reference tables and results as pandas frames (issue 14): magnesium.frames."""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from typing import Any, Final

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import magnesium as mg
from magnesium import (
    analytes,
    causes,
    foods,
    frames,
    hypermagnesemia,
    plausibility,
    prescribing,
    rda,
    repletion,
    salts,
    serialize,
    workup,
)
from magnesium.errors import ArgumentTypeError, MissingExtraError, UnknownEntryError
from tests.strategies import levels

pd: Any = pytest.importorskip("pandas")

TABLES: Final = {
    "THRESHOLD_SETS": mg.THRESHOLD_SETS,
    "CRITICAL_LIMITS": mg.CRITICAL_LIMITS,
    "BIBLIOGRAPHY": mg.BIBLIOGRAPHY,
    "TOXICITY_TABLES": hypermagnesemia.TOXICITY_TABLES,
    "AUTHORITIES": rda.AUTHORITIES,
    "FOODS": foods.FOODS,
    "EU_NRV": rda.EU_NRV,
    "CAUSES": causes.CAUSES,
    "DRUGS": causes.DRUGS,
    "GENETIC_DISORDERS": causes.GENETIC_DISORDERS,
    "MANIFESTATIONS": causes.MANIFESTATIONS,
    "PREVALENCE": causes.PREVALENCE,
    "RISK_GROUPS": causes.RISK_GROUPS,
    "WORKUP_TESTS": workup.WORKUP_TESTS,
    "FEMG_CUTOFFS": workup.FEMG_CUTOFFS,
    "SALTS": salts.SALTS,
    "SOLUTIONS": salts.SOLUTIONS,
    "REFERENCE_INTERVALS": analytes.REFERENCE_INTERVALS,
    "URINE_CUTOFFS": analytes.URINE_CUTOFFS,
    "PRESCRIBING_FACTS": prescribing.PRESCRIBING_FACTS,
    "PLAUSIBLE_RANGES": plausibility.PLAUSIBLE_RANGES,
}
NOT_A_CHOICE: Any = "all"
LONG: Final = {"THRESHOLD_SETS", "AUTHORITIES", "TOXICITY_TABLES"}


def _entries(table: object) -> list[object]:
    if isinstance(table, Mapping):
        return list(table.values())
    return list(table) if isinstance(table, tuple) else [table]


def _private_fields(cls: type) -> set[str]:
    return {f.name for f in attrs.fields(cls) if f.name.startswith("_")} | {
        f.alias for f in attrs.fields(cls) if f.name.startswith("_")
    }


def test_every_public_table_is_covered() -> None:
    """A new public table of a shaped type must be added to TABLES (or to the long forms)."""
    shaped = set(serialize._registry().values())
    found = set()
    modules = (mg, analytes, causes, foods, hypermagnesemia, plausibility, prescribing, rda)
    for module in (*modules, repletion, salts, workup):
        for name in module.__all__:
            value = getattr(module, name)
            items = _entries(value) if isinstance(value, tuple | Mapping) else []
            if (items and all(type(item) in shaped for item in items)) or type(value) in shaped:
                found.add(name)
    assert found <= set(TABLES), found - set(TABLES)
    assert {"THRESHOLD_SETS", "FOODS", "DRUGS", "EU_NRV"} <= found  # the scan finds tables


@pytest.mark.parametrize("name", sorted(set(TABLES) - LONG))
def test_one_row_per_entry_with_its_source_keys(name: str) -> None:
    table = TABLES[name]
    frame = frames.to_frame(table)
    entries = _entries(table)
    assert len(frame) == len(entries)
    for (_, row), entry in zip(frame.iterrows(), entries, strict=True):
        cited = getattr(entry, "sources", None) or (
            (entry,) if isinstance(entry, mg.Source) else (getattr(entry, "source", None),)
        )
        keys = tuple(s if isinstance(s, str) else s.key for s in cited if s is not None)
        assert row["sources"] == keys


@pytest.mark.parametrize("name", sorted(TABLES))
def test_no_private_field_leaks_and_every_public_field_is_a_column(name: str) -> None:
    frame = frames.to_frame(TABLES[name])
    columns = {str(c).split(".")[0] for c in frame.columns}
    for entry in _entries(TABLES[name]):
        assert not columns & _private_fields(type(entry))
        if name not in LONG:
            assert set(serialize.to_dict(entry)) - {"type", "schema_version"} <= columns


def test_threshold_sets_one_row_per_band_with_units_and_grades() -> None:
    frame = frames.to_frame(mg.THRESHOLD_SETS)
    expected = sum(len(t.bands) for s in mg.THRESHOLD_SETS.values() for t in s.cutoffs)
    assert len(frame) == expected
    ctcae = frame[(frame["set"] == "ctcae-v5") & (frame["unit"] == "mg/dL")]
    ctcae_bands = mg.ctcae_v5().cutoffs
    bands = next(t for t in ctcae_bands if t.unit == "mg/dL").bands
    assert ctcae["lower"].tolist() == [b.lower for b in bands]
    assert ctcae["upper"].tolist() == [b.upper for b in bands]  # an open edge stays inf
    assert math.isinf(ctcae["upper"].iloc[-1])
    assert ctcae["status"].tolist() == [b.status.value for b in bands]
    assert set(ctcae["sources"]) == {tuple(s.key for s in mg.ctcae_v5().sources)}


def test_intake_tables_one_row_per_life_stage() -> None:
    frame = frames.to_frame(rda.AUTHORITIES)
    assert len(frame) == sum(len(t.rows) for t in rda.AUTHORITIES.values())
    person = rda.recommended_intake(age_years=40, sex="female")
    row = frame[
        (frame["authority"] == person.authority.value)
        & (frame["life_stage.label"] == person.life_stage.label)
        & (frame["life_stage.sex"] == "female")
        & (frame["life_stage.status"] == person.life_stage.status.value)
    ]
    assert row["amount_mg"].tolist() == [person.amount_mg]


def test_expanded_sources_give_one_row_per_source_with_its_fields() -> None:
    frame = frames.to_frame(causes.DRUGS, sources="expanded")
    assert len(frame) == sum(len(d.sources) for d in causes.DRUGS.values())
    assert "sources" not in frame.columns
    for _, row in frame.iterrows():
        source = mg.BIBLIOGRAPHY[row["source.key"]]
        assert row["source.title"] == source.title
        assert row["source.verification"] == source.verification.value
    # expand_sources on a frame of keys gives the same frame
    again = frames.expand_sources(frames.to_frame(causes.DRUGS))
    pd.testing.assert_frame_equal(again.reset_index(drop=True), frame.reset_index(drop=True))


def test_a_row_without_sources_is_kept_once() -> None:
    frame = frames.to_frame(plausibility.PLAUSIBLE_RANGES, sources="expanded")
    assert len(frame) == len(plausibility.PLAUSIBLE_RANGES)
    assert frame["source.key"].isna().all()


def test_a_source_the_user_built_is_expanded_from_the_value() -> None:
    own = attrs.evolve(mg.cite("iom-1997"), key="my-lab-2024", title="My lab's interval")
    threshold_set = attrs.evolve(mg.get_threshold_set(), name="my-lab", sources=(own,))
    frame = frames.to_frame(threshold_set, sources="expanded")
    assert set(frame["source.key"]) == {"my-lab-2024"}
    assert set(frame["source.title"]) == {"My lab's interval"}


@settings(deadline=None)  # building a DataFrame: its time varies on a shared runner
@given(st.lists(levels(), max_size=8))
def test_results_frame_has_one_row_per_result_matching_the_scalar_api(
    drawn: list[mg.SerumMagnesium],
) -> None:
    results = [mg.classify(level, "ctcae-v5") for level in drawn]
    frame = frames.results_frame(results)
    assert len(frame) == len(results)
    for (_, row), result in zip(frame.iterrows(), results, strict=True):
        assert row["type"] == "Classification"
        assert row["level.value"] == result.level.value
        assert row["level.unit"] == result.level.unit
        assert row["band.status"] == result.status.value
        assert row["threshold_set"] == "ctcae-v5"
        assert row["sources"] == tuple(s.key for s in result.sources)


def test_results_of_several_types_share_one_frame() -> None:
    plan = repletion.plan_repletion("0.4 mmol/L", symptomatic=True)
    intake = rda.recommended_intake(age_years=40, sex="male")
    frame = frames.results_frame([plan, intake])
    assert frame["type"].tolist() == ["RepletionPlan", "RecommendedIntake"]
    assert frame.loc[0, "regimens"] == tuple(r.key for r in plan.regimens)
    assert frame.loc[0, "classification.band.status"] == "low"
    assert frame.loc[1, "amount_mg"] == 420.0
    assert pd.isna(frame.loc[0, "amount_mg"])


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: frames.to_frame("THRESHOLD_SETS"), ArgumentTypeError),
        (lambda: frames.to_frame(42), ArgumentTypeError),
        (lambda: frames.to_frame([object()]), ArgumentTypeError),
        (lambda: frames.to_frame(mg.THRESHOLD_SETS, sources=NOT_A_CHOICE), ArgumentTypeError),
        (lambda: frames.results_frame(iter([1])), ArgumentTypeError),
        (lambda: frames.expand_sources([("iom-1997",)]), ArgumentTypeError),
        (lambda: frames.expand_sources(pd.DataFrame({"x": [1]})), UnknownEntryError),
        (lambda: frames.expand_sources(pd.DataFrame({"sources": [("nope",)]})), LookupError),
        (lambda: frames.expand_sources(pd.DataFrame({"sources": [1.0]})), ArgumentTypeError),
    ],
)
def test_bad_input_raises_our_error(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()


def test_a_failing_iterable_raises_our_error() -> None:
    def failing() -> Any:
        yield mg.classify(mg.SerumMagnesium.of(0.7, "mmol/L"))
        raise RuntimeError

    with pytest.raises(ArgumentTypeError):
        frames.results_frame(failing())


def test_without_pandas_a_frame_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"magnesium-clinical\[pandas\]"):
        frames.to_frame(mg.THRESHOLD_SETS)
