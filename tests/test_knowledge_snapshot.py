"""The tables read from ``data/*.toml`` equal, field by field, the Python tables they replaced.

Issue 12 moved the tables out of ``magnesium/_data/*.py`` into TOML. Before the
Python tables were deleted, their values were written with `magnesium.serialize`
(every field, each `Source` in full) to ``tests/knowledge/snapshot.json``; these
tests compare what the loader builds from the TOML files with that snapshot, so
the move changed no value.

A deliberate change of a table changes the snapshot too: rewrite it with
``python -c "from tests.test_knowledge_snapshot import write; write()"`` and
review its diff with the data file's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

import magnesium as mg
from magnesium import (
    _atomic_weights,
    _regimen_rows,
    _salt_rows,
    analytes,
    causes,
    critical,
    foods,
    hypermagnesemia,
    prescribing,
    rda,
    serialize,
    thresholds,
    workup,
)

SNAPSHOT = Path(__file__).parent / "knowledge" / "snapshot.json"


def _tables() -> Mapping[str, Iterable[object]]:
    return {
        "sources": mg.BIBLIOGRAPHY.values(),
        "threshold_sets": thresholds.THRESHOLD_SETS.values(),
        "critical_limits": critical.CRITICAL_LIMITS.values(),
        "toxicity_tables": hypermagnesemia.TOXICITY_TABLES.values(),
        "intake_references": rda.AUTHORITIES.values(),
        "eu_nrv": (rda.EU_NRV,),
        "foods": foods.FOODS.values(),
        "causes": causes.CAUSES.values(),
        "drugs": causes.DRUGS.values(),
        "genetic_disorders": causes.GENETIC_DISORDERS.values(),
        "manifestations": causes.MANIFESTATIONS,
        "risk_groups": causes.RISK_GROUPS,
        "workup_tests": workup.WORKUP_TESTS,
        "prevalence": causes.PREVALENCE,
        "reference_intervals": analytes.REFERENCE_INTERVALS.values(),
        "urine_cutoffs": analytes.URINE_CUTOFFS.values(),
        "prescribing_facts": prescribing.PRESCRIBING_FACTS.values(),
        "femg_cutoffs": workup.FEMG_CUTOFFS.values(),
    }


def _rows() -> Mapping[str, Iterable[tuple[Any, ...]]]:
    """The tables of `NamedTuple` rows (no `serialize` shape): compared as dicts."""
    return {
        "salts": _salt_rows.SALT_ROWS,
        "solutions": _salt_rows.SOLUTION_ROWS,
        "regimens": _regimen_rows.REGIMEN_ROWS,
        "limits": _regimen_rows.LIMIT_ROWS,
    }


def _as_dict(row: Any) -> dict[str, Any]:
    return {
        name: [_as_dict(item) for item in value] if name == "labels" else value
        for name, value in row._asdict().items()
    }


def _snapshot() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return data


def write() -> None:
    """Rewrite the snapshot from the tables as loaded now."""
    data = {name: [serialize.to_dict(value) for value in rows] for name, rows in _tables().items()}
    data |= {name: [_as_dict(row) for row in rows] for name, rows in _rows().items()}
    data["atomic_weights"] = _atomic_weights_rows()
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    SNAPSHOT.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("table", sorted(_tables()))
def test_each_loaded_row_equals_its_snapshot_field_by_field(table: str) -> None:
    loaded = [serialize.to_dict(value) for value in _tables()[table]]
    expected = _snapshot()[table]
    assert [row.get("name", row.get("key")) for row in loaded] == [
        row.get("name", row.get("key")) for row in expected
    ]
    for got, want in zip(loaded, expected, strict=True):
        for field in want:
            assert got[field] == want[field], (table, want.get("name", want.get("key")), field)
        assert set(got) == set(want)


@pytest.mark.parametrize("table", sorted(_tables()))
def test_each_snapshot_row_builds_the_loaded_value(table: str) -> None:
    rebuilt = [serialize.from_dict(row) for row in _snapshot()[table]]
    assert rebuilt == list(_tables()[table])


def _atomic_weights_rows() -> list[dict[str, str]]:
    return [
        {"element": element, "weight": weight, "source": source}
        for element, (weight, source) in _atomic_weights.ATOMIC_WEIGHTS.items()
    ]


@pytest.mark.parametrize("table", sorted(_rows()))
def test_each_named_tuple_row_equals_its_snapshot(table: str) -> None:
    # JSON has lists where the rows have tuples: compare through JSON.
    loaded = json.loads(json.dumps([_as_dict(row) for row in _rows()[table]]))
    assert loaded == _snapshot()[table]


def test_the_atomic_weights_equal_their_snapshot() -> None:
    assert _atomic_weights_rows() == _snapshot()["atomic_weights"]
