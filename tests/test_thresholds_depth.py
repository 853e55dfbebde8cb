"""The added threshold sets, critical (panic) limits and hypermagnesaemia bands.

Every known answer cites the page it was read on (see the Source notes in
magnesium/data/sources_thresholds.toml for the quoted text).
"""

from __future__ import annotations

import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from _gen import alerts as _docs_alerts
from magnesium import units
from magnesium.critical import CRITICAL_LIMITS, CriticalLimits, CriticalPopulation
from magnesium.hypermagnesemia import (
    TOXICITY_TABLES,
    ToxicityBand,
    ToxicityTable,
    get_toxicity_table,
    manifestations,
)
from magnesium.sources import cite
from magnesium.thresholds import Status
from tests.strategies import CALLER, UNITS, levels, values_in

LOW, NORMAL, HIGH = Status.LOW, Status.NORMAL, Status.HIGH


# --- known answers: the added threshold sets ------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "set_name", "status"),
    [
        # US 50% vial label: 'the lower limit of normal (1.5 to 2.5 mEq/L)'.
        ("1.49 mEq/L", "us-label-vial", LOW),
        ("1.5 mEq/L", "us-label-vial", NORMAL),
        ("2.5 mEq/L", "us-label-vial", NORMAL),
        ("2.51 mEq/L", "us-label-vial", HIGH),
        ("0.75 mmol/L", "us-label-vial", NORMAL),
        ("0.7499 mmol/L", "us-label-vial", LOW),
        # US in Water for Injection label: 'range from 1.3 to 2.1 mEq/liter'.
        ("1.29 mEq/L", "us-label-premixed", LOW),
        ("1.3 mEq/L", "us-label-premixed", NORMAL),
        ("2.1 mEq/L", "us-label-premixed", NORMAL),
        ("2.11 mEq/L", "us-label-premixed", HIGH),
        # MaGNet 2022 abstract: '0.85 mmol/L (2.07 mg/dL; 1.7 mEq/L) as the low cut-off'.
        ("0.8499 mmol/L", "magnet-2022", LOW),
        ("0.85 mmol/L", "magnet-2022", NORMAL),
        ("1.69 mEq/L", "magnet-2022", LOW),
        ("1.7 mEq/L", "magnet-2022", NORMAL),
        ("2.06 mg/dL", "magnet-2022", LOW),
        ("2.07 mg/dL", "magnet-2022", NORMAL),
        ("10 mmol/L", "magnet-2022", NORMAL),
        # MedlinePlus / A.D.A.M.: 'The normal range ... is 1.7 to 2.2 mg/dL'.
        ("1.69 mg/dL", "medlineplus", LOW),
        ("1.7 mg/dL", "medlineplus", NORMAL),
        ("2.2 mg/dL", "medlineplus", NORMAL),
        ("2.21 mg/dL", "medlineplus", HIGH),
        # UK harmonised (York): 'Reference Interval 0.7-1.0mmol/L'.
        ("0.69 mmol/L", "uk-harmonised", LOW),
        ("0.7 mmol/L", "uk-harmonised", NORMAL),
        ("1.0 mmol/L", "uk-harmonised", NORMAL),
        ("1.01 mmol/L", "uk-harmonised", HIGH),
    ],
)
def test_added_sets_at_their_published_edges(result: str, set_name: str, status: Status) -> None:
    assert mg.classify(result, set_name).status is status


def test_the_two_us_labels_disagree_and_both_are_kept() -> None:
    level = "2.3 mEq/L"
    assert mg.classify(level, "us-label-vial").status is NORMAL
    assert mg.classify(level, "us-label-premixed").status is HIGH
    assert mg.get_threshold_set("us-label-vial").sources != (
        mg.get_threshold_set("us-label-premixed").sources
    )


def test_magnet_is_marked_unverified_and_one_sided() -> None:
    magnet = mg.get_threshold_set("magnet-2022")
    assert not magnet.verified
    assert magnet.units == ("mmol/L", "mg/dL")
    assert {band.status for table in magnet.cutoffs for band in table.bands} == {LOW, NORMAL}


# --- known answers: critical limits ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "name", "critical"),
    [
        # TidalHealth LAB103: adult '<1.0 or >5.0', pediatric '<1.0 or >4.0', L&D '<1.0 or >8.0'.
        ("0.99 mg/dL", "tidalhealth-adult", True),
        ("1.0 mg/dL", "tidalhealth-adult", False),
        ("5.0 mg/dL", "tidalhealth-adult", False),
        ("5.01 mg/dL", "tidalhealth-adult", True),
        ("4.0 mg/dL", "tidalhealth-paediatric", False),
        ("4.01 mg/dL", "tidalhealth-paediatric", True),
        ("0.99 mg/dL", "tidalhealth-paediatric", True),
        ("8.0 mg/dL", "tidalhealth-labour-delivery", False),
        ("8.01 mg/dL", "tidalhealth-labour-delivery", True),
        ("6.0 mg/dL", "tidalhealth-labour-delivery", False),
        # OHSU: 'Less than or equal to 0.9 mg/dL Greater than or equal to 5.0 mg/dL'.
        ("0.9 mg/dL", "ohsu", True),
        ("0.91 mg/dL", "ohsu", False),
        ("4.99 mg/dL", "ohsu", False),
        ("5.0 mg/dL", "ohsu", True),
        # Baystate: '<0.8 mEq/L or >4.5 mEq/L'; obstetrics '<0.8 mEq/L or >7.0 mEq/L'.
        ("0.79 mEq/L", "baystate", True),
        ("0.8 mEq/L", "baystate", False),
        ("4.5 mEq/L", "baystate", False),
        ("4.51 mEq/L", "baystate", True),
        ("0.4 mmol/L", "baystate", False),
        ("7.0 mEq/L", "baystate-obstetric", False),
        ("7.01 mEq/L", "baystate-obstetric", True),
        # Homerton: '<0.4 >2.0', '>3.5 (Pre-eclampsia)' mmol/L.
        ("0.39 mmol/L", "homerton", True),
        ("0.4 mmol/L", "homerton", False),
        ("2.0 mmol/L", "homerton", False),
        ("2.01 mmol/L", "homerton", True),
        ("3.5 mmol/L", "homerton-pre-eclampsia", False),
        ("3.51 mmol/L", "homerton-pre-eclampsia", True),
        ("0.39 mmol/L", "homerton-pre-eclampsia", True),
        # The Royal Melbourne Hospital: 'Mg++ < 0.4 > 2.0 mmol/l'.
        ("0.39 mmol/L", "rmh-melbourne", True),
        ("0.4 mmol/L", "rmh-melbourne", False),
        ("2.0 mmol/L", "rmh-melbourne", False),
        ("4.01 mEq/L", "rmh-melbourne", True),
    ],
)
def test_critical_limits_at_their_published_edges(result: str, name: str, critical: bool) -> None:
    assert mg.classify(result, critical_limits=name).critical is critical


def test_critical_is_none_unless_limits_are_named() -> None:
    result = mg.classify("0.1 mmol/L")
    assert result.critical is None
    assert result.critical_limits is None


def test_critical_does_not_depend_on_the_threshold_set() -> None:
    for set_name in mg.THRESHOLD_SETS:
        result = mg.classify("0.35 mmol/L", set_name, critical_limits="homerton")
        assert result.critical is True
        assert result.critical_limits is CRITICAL_LIMITS["homerton"]


def test_every_population_is_covered() -> None:
    populations = {limits.population for limits in CRITICAL_LIMITS.values()}
    assert populations == set(CriticalPopulation)


def test_unknown_critical_limits_are_refused_with_suggestions() -> None:
    with pytest.raises(mg.UnknownEntryError, match="Did you mean 'ohsu'") as caught:
        mg.classify("1 mmol/L", critical_limits="ohs")
    assert isinstance(caught.value, LookupError)
    with pytest.raises(mg.UnknownEntryError):
        mg.get_critical_limits(3)  # type: ignore[arg-type]


def test_classifications_with_critical_limits_are_values() -> None:
    result = mg.classify("5.2 mg/dL", critical_limits="ohsu")
    assert result == mg.classify("5.2 mg/dL", critical_limits="ohsu")
    assert result != mg.classify("5.2 mg/dL")
    assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301
    assert hash(result.critical_limits) == hash(CRITICAL_LIMITS["ohsu"])


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"low": None, "high": None}, "Give a low limit"),
        ({"low": 2.0, "high": 1.0}, "below the high limit"),
        ({"sources": ()}, "Cite at least one"),
        ({"low": float("nan")}, "finite number"),
        ({"high": True}, "finite number"),
        ({"low": 0}, "finite number"),
    ],
)
def test_critical_limits_refuse_bad_definitions(changes: dict[str, object], problem: str) -> None:
    fields: dict[str, object] = {
        "name": "mine",
        "laboratory": "my lab",
        "population": CriticalPopulation.ADULT,
        "scope": "adults",
        "unit": "mmol/L",
        "low": 0.4,
        "high": 2.0,
        "sources": (cite("homerton-critical-limits"),),
    }
    fields.update(changes)
    with pytest.raises(mg.DefinitionError, match=problem):
        CriticalLimits(**fields)  # type: ignore[arg-type]


def test_critical_limits_print_as_published() -> None:
    assert str(CRITICAL_LIMITS["homerton-pre-eclampsia"]) == (
        "homerton-pre-eclampsia: critical at < 0.4 or > 3.5 mmol/L "
        "(obstetric; Homerton University Hospital NHS FT)"
    )


@given(st.sampled_from(sorted(CRITICAL_LIMITS)), UNITS, st.data())
def test_the_non_critical_levels_form_one_interval(
    name: str, unit: str, data: st.DataObject
) -> None:
    """Law: a level between two non-critical levels is not critical."""
    limits = CRITICAL_LIMITS[name]
    a, b, c = sorted(data.draw(values_in(unit, upper_mmol_per_l=6.0)) for _ in range(3))
    low, mid, high = (mg.SerumMagnesium(value, unit) for value in (a, b, c))
    if not limits.is_critical(low) and not limits.is_critical(high):
        assert not limits.is_critical(mid)


# --- known answers: hypermagnesaemia bands --------------------------------------------------------


def _lowers(result: str, table: str) -> list[float]:
    (reading,) = manifestations(result, table)
    return [band.lower for band in reading.bands]


@pytest.mark.parametrize(
    ("result", "table", "lowers"),
    [
        # US label: 'rises above 4 mEq/liter' (reflexes decrease); 'absent at 10 mEq' ...;
        # convulsion control '2.5 to 5 mEq/liter'; anticonvulsant '2.5 to 7.5 mEq/liter'.
        ("2.49 mEq/L", "us-label", []),
        ("2.5 mEq/L", "us-label", [2.5, 2.5]),
        ("4 mEq/L", "us-label", [2.5, 2.5]),
        ("4.01 mEq/L", "us-label", [2.5, 2.5, 4.0]),
        ("5.01 mEq/L", "us-label", [2.5, 4.0]),
        ("9.99 mEq/L", "us-label", [4.0]),
        ("10 mEq/L", "us-label", [10.0]),
        ("5 mmol/L", "us-label", [10.0]),
        # Medscape: 2-4, 3.5-5, 5-6, 8-10, greater than 10 mEq/L.
        ("1.99 mEq/L", "medscape-2022", []),
        ("2 mEq/L", "medscape-2022", [2.0]),
        ("3.5 mEq/L", "medscape-2022", [2.0, 3.5]),
        ("5 mEq/L", "medscape-2022", [3.5, 5.0]),
        ("7 mEq/L", "medscape-2022", []),
        ("10 mEq/L", "medscape-2022", [8.0]),
        ("10.01 mEq/L", "medscape-2022", [10.0]),
        # MSD: '> 2.6 mg/dL'; '6 to 12 mg/dL' (ECG); 'approaches 12 mg/dL'; '> 15 mg/dL'.
        ("2.6 mg/dL", "msd-manual", []),
        ("2.61 mg/dL", "msd-manual", [2.6]),
        ("6 mg/dL", "msd-manual", [2.6, 6.0]),
        ("12 mg/dL", "msd-manual", [2.6, 6.0, 12.0]),
        ("15 mg/dL", "msd-manual", [2.6, 12.0]),
        ("15.01 mg/dL", "msd-manual", [2.6, 12.0, 15.0]),
    ],
)
def test_hypermagnesaemia_bands_as_published(result: str, table: str, lowers: list[float]) -> None:
    assert _lowers(result, table) == lowers


def test_classify_reports_manifestations_only_for_high_levels() -> None:
    assert mg.classify("0.9 mmol/L").manifestations == ()
    high = mg.classify("2.6 mmol/L")
    assert high.status is HIGH
    readings = high.manifestations
    assert [reading.table.name for reading in readings] == list(TOXICITY_TABLES)
    assert readings == manifestations(high.level)
    us_label = readings[0]
    assert [band.lower for band in us_label.bands] == [2.5, 4.0]
    assert us_label.sources == (cite("pfizer-mgso4-in-water-label"),)


def test_manifestations_accept_names_tables_and_quantities() -> None:
    table = get_toxicity_table("msd-manual")
    by_name = manifestations("13 mg/dL", ["msd-manual"])
    assert manifestations("13 mg/dL", table) == by_name
    assert str(by_name[0]).startswith("13.0 mg/dL (5.349 mmol/L) by msd-manual: hypermagnesemia")
    assert str(manifestations("1 mg/dL", "msd-manual")[0]).endswith("no band of this source")
    with pytest.raises(mg.UnknownEntryError, match="hypermagnesaemia table"):
        manifestations("13 mg/dL", "msd")
    with pytest.raises(mg.ImplausibleValueError):
        manifestations(13)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"bands": ()}, "at least one band"),
        (
            {"bands": (ToxicityBand(lower=5, signs="b"), ToxicityBand(lower=2, signs="a"))},
            "increasing order",
        ),
        ({"sources": ()}, "Cite at least one"),
    ],
)
def test_toxicity_tables_refuse_bad_definitions(fields: dict[str, object], problem: str) -> None:
    arguments: dict[str, object] = {
        "name": "mine",
        "title": "t",
        "unit": "mmol/L",
        "bands": (ToxicityBand(lower=2, signs="a"),),
        "sources": (cite("msd-hypermagnesemia"),),
    }
    arguments.update(fields)
    with pytest.raises(mg.DefinitionError, match=problem):
        ToxicityTable(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "edges", [{"lower": 3, "upper": 2}, {"lower": -1}, {"lower": float("nan")}, {"lower": True}]
)
def test_toxicity_bands_refuse_bad_edges(edges: dict[str, Any]) -> None:
    with pytest.raises(mg.DefinitionError):
        ToxicityBand(signs="x", **edges)


def test_every_table_and_limit_cites_the_bibliography() -> None:
    cited = [s for t in TOXICITY_TABLES.values() for s in t.sources]
    cited += [s for limits in CRITICAL_LIMITS.values() for s in limits.sources]
    for source in cited:
        assert mg.BIBLIOGRAPHY[source.key] is source
    assert all(table.verified for table in TOXICITY_TABLES.values())
    assert all(limits.verified for limits in CRITICAL_LIMITS.values())


@given(levels())
def test_bands_do_not_depend_on_the_unit_a_level_is_reported_in(level: mg.SerumMagnesium) -> None:
    """Law: a level and the same concentration in mEq/L (exactly twice mmol/L) read alike."""
    in_mmol = round(level.mmol_per_l, 4)
    as_mmol = mg.SerumMagnesium(in_mmol, "mmol/L")
    as_meq = mg.SerumMagnesium(units.rescale(in_mmol, "mmol/L", "mEq/L"), "mEq/L")
    assert [r.bands for r in manifestations(as_mmol)] == [r.bands for r in manifestations(as_meq)]


# --- the generated docs ---------------------------------------------------------------------------


def test_the_critical_limits_table_has_one_row_per_laboratory_entry() -> None:
    text = _docs_alerts.critical_limits_table()
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == list(CRITICAL_LIMITS)
    assert "| < 0.8 (0.4) | > 7 (3.5) | [baystate-mg][baystate-mg] |" in text


@pytest.mark.parametrize("name", list(TOXICITY_TABLES))
def test_each_toxicity_table_is_rendered_with_every_band(name: str) -> None:
    table = TOXICITY_TABLES[name]
    text = _docs_alerts.toxicity_table(name)
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 1 + len(table.bands)
    for source in table.sources:
        assert f"[{source.key}][{source.key}]" in text


def test_one_sided_and_custom_critical_limits() -> None:
    high_only = CriticalLimits(
        name="my-lab-high",
        laboratory="my lab",
        population=CriticalPopulation.OBSTETRIC,
        scope="pre-eclampsia",
        unit="mg/dL",
        low=None,
        high=8.0,
        high_inclusive=True,
        sources=(cite("homerton-critical-limits"),),
    )
    assert str(high_only) == "my-lab-high: critical at >= 8 mg/dL (obstetric; my lab)"
    result = mg.classify("0.1 mmol/L", critical_limits=high_only)
    assert result.critical is False
    assert result.critical_limits is high_only
    assert mg.classify("8 mg/dL", critical_limits=high_only).critical is True
    low_only = attrs.evolve(high_only, name="my-lab-low", low=1.0, high=None)
    assert low_only.is_critical(mg.SerumMagnesium(0.99, "mg/dL"))
    assert not low_only.is_critical(mg.SerumMagnesium(30, "mg/dL"))
    assert _docs_alerts._limit_text(low_only, low=False) == "none"


def test_printed_classifications_say_whether_critical() -> None:
    assert str(mg.classify("0.35 mmol/L", critical_limits="homerton")).endswith(
        "; CRITICAL by homerton"
    )
    assert str(mg.classify("0.5 mmol/L", critical_limits="homerton")).endswith(
        "; not critical by homerton"
    )
    assert "critical" not in str(mg.classify("0.35 mmol/L"))


def test_critical_limits_names_are_unique(monkeypatch: pytest.MonkeyPatch) -> None:
    from magnesium import _knowledge, critical  # noqa: PLC0415

    rows = list(_knowledge.rows("critical_limits.toml", "limits"))
    monkeypatch.setattr(_knowledge, "rows", lambda *_args, **_kwargs: iter([*rows, rows[0]]))
    with pytest.raises(mg.DefinitionError, match="unique name"):
        critical._critical_limits()


def test_manifestations_accept_a_pint_quantity() -> None:
    quantity = CALLER.Quantity(5.0, "mmol/L")
    assert manifestations(quantity) == manifestations("5 mmol/L")
