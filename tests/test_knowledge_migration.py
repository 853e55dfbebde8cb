"""The tables read from data/*.toml equal the Python tables they were generated from."""

from __future__ import annotations

import magnesium as mg
from magnesium import critical, hypermagnesaemia, thresholds
from magnesium._data import bibliography
from magnesium._data import critical as data_critical
from magnesium._data import hypermagnesaemia as data_hyper
from magnesium._data import thresholds as data_thresholds


def test_the_bibliography_equals_the_python_one() -> None:
    assert list(mg.BIBLIOGRAPHY.values()) == list(bibliography.SOURCES)


def test_the_threshold_sets_equal_the_python_ones() -> None:
    assert list(thresholds.THRESHOLD_SETS.values()) == list(data_thresholds.SETS)


def test_the_critical_limits_equal_the_python_ones() -> None:
    assert list(critical.CRITICAL_LIMITS.values()) == list(data_critical.LIMITS)


def test_the_toxicity_tables_equal_the_python_ones() -> None:
    assert list(hypermagnesaemia.TOXICITY_TABLES.values()) == list(data_hyper.TABLES)
