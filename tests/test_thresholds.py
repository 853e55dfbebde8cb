"""Threshold sets: cited, ordered, complete, and applied as published."""

from __future__ import annotations

import decimal
import itertools
import math
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import units
from magnesium.thresholds import Band, Cutoffs, Population, Severity, Status
from tests.strategies import CALLER, REPORTED, SET_NAMES, UNITS, levels, values_in

LOW, NORMAL, HIGH = Status.LOW, Status.NORMAL, Status.HIGH


def level(text: str) -> mg.SerumMagnesium:
    return mg.SerumMagnesium.parse(text)


# --- known answers at the published edges ------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "set_name", "status"),
    [
        # IOM 1997: 0.75 to 0.95 mmol/liter (1.8 to 2.3 mg/dl), both limits normal.
        ("0.7499 mmol/L", "iom-1997", LOW),
        ("0.75 mmol/L", "iom-1997", NORMAL),
        ("0.95 mmol/L", "iom-1997", NORMAL),
        ("0.9501 mmol/L", "iom-1997", HIGH),
        ("1.79 mg/dL", "iom-1997", LOW),
        ("1.8 mg/dL", "iom-1997", NORMAL),
        ("2.3 mg/dL", "iom-1997", NORMAL),
        ("2.31 mg/dL", "iom-1997", HIGH),
        # < 1.8 mg/dL (Workeneh 2021): 0.74 mmol/L is 1.799 mg/dL, so low.
        ("1.8 mg/dL", "workeneh-2021", NORMAL),
        ("1.79 mg/dL", "workeneh-2021", LOW),
        ("0.74 mmol/L", "workeneh-2021", LOW),
        ("0.741 mmol/L", "workeneh-2021", NORMAL),
        # < 0.7 mmol/L (NHS BNSSG).
        ("0.69 mmol/L", "bnssg-remedy-2023", LOW),
        ("0.7 mmol/L", "bnssg-remedy-2023", NORMAL),
        ("5 mmol/L", "bnssg-remedy-2023", NORMAL),
        # < 1.3 mEq/L = 0.65 mmol/L.
        ("1.29 mEq/L", "aha-2005", LOW),
        ("1.3 mEq/L", "aha-2005", NORMAL),
        ("0.65 mmol/L", "aha-2005", NORMAL),
        ("0.6499 mmol/L", "aha-2005", LOW),
        # StatPearls 1.46-2.68 mg/dL.
        ("1.45 mg/dL", "statpearls", LOW),
        ("1.46 mg/dL", "statpearls", NORMAL),
        ("2.68 mg/dL", "statpearls", NORMAL),
        ("2.69 mg/dL", "statpearls", HIGH),
        # RCPA/AACB harmonised intervals.
        ("0.69 mmol/L", "rcpa-aacb-adult", LOW),
        ("1.1 mmol/L", "rcpa-aacb-adult", NORMAL),
        ("0.65 mmol/L", "rcpa-aacb-paediatric", NORMAL),
        ("1.11 mmol/L", "rcpa-aacb-paediatric", HIGH),
        ("0.6 mmol/L", "rcpa-aacb-neonatal", NORMAL),
        ("1.01 mmol/L", "rcpa-aacb-neonatal", HIGH),
    ],
)
def test_published_edges(result: str, set_name: str, status: Status) -> None:
    assert mg.classify(level(result), set_name).status is status


@pytest.mark.parametrize(
    ("result", "grade", "status"),
    [
        # CTCAE v5 Hypomagnesemia: <LLN-1.2 mg/dL; <1.2-0.9; <0.9-0.7; <0.7 (and mmol/L).
        ("1.79 mg/dL", 1, LOW),
        ("1.2 mg/dL", 1, LOW),
        ("1.19 mg/dL", 2, LOW),
        ("0.9 mg/dL", 2, LOW),
        ("0.89 mg/dL", 3, LOW),
        ("0.7 mg/dL", 3, LOW),
        ("0.69 mg/dL", 4, LOW),
        ("0 mg/dL", 4, LOW),
        ("0.5 mmol/L", 1, LOW),
        ("0.49 mmol/L", 2, LOW),
        ("0.4 mmol/L", 2, LOW),
        ("0.39 mmol/L", 3, LOW),
        ("0.3 mmol/L", 3, LOW),
        ("0.29 mmol/L", 4, LOW),
        # Hypermagnesemia: >ULN-3.0 mg/dL; >3.0-8.0; >8.0 (no grade 2); mmol/L 1.23, 3.30.
        ("2.31 mg/dL", 1, HIGH),
        ("3.0 mg/dL", 1, HIGH),
        ("3.01 mg/dL", 3, HIGH),
        ("8.0 mg/dL", 3, HIGH),
        ("8.01 mg/dL", 4, HIGH),
        ("1.23 mmol/L", 1, HIGH),
        ("1.231 mmol/L", 3, HIGH),
        ("3.30 mmol/L", 3, HIGH),
        ("3.31 mmol/L", 4, HIGH),
        ("2.0 mg/dL", None, NORMAL),
    ],
)
def test_ctcae_v5_grades_as_published(result: str, grade: int | None, status: Status) -> None:
    classification = mg.classify(level(result), "ctcae-v5")
    assert (classification.grade, classification.status) == (grade, status)


def test_ctcae_hypermagnesemia_has_no_grade_2() -> None:
    ctcae = mg.get_threshold_set("ctcae-v5")
    for table in ctcae.cutoffs:
        high_grades = [band.grade for band in table.bands if band.status is HIGH]
        assert high_grades == [1, 3, 4]


def test_ctcae_grades_map_to_its_severity_words() -> None:
    words = {
        1: Severity.MILD,
        2: Severity.MODERATE,
        3: Severity.SEVERE,
        4: Severity.LIFE_THREATENING,
    }
    for table in mg.get_threshold_set("ctcae-v5").cutoffs:
        for band in table.bands:
            assert band.severity is (words[band.grade] if band.grade else Severity.NONE)


def test_the_ctcae_tables_differ_by_unit_as_published() -> None:
    # 1.2 mg/dL is 0.494 mmol/L: grade 1 when reported in mg/dL, grade 2 in mmol/L.
    in_mg = level("1.2 mg/dL")
    in_mmol = mg.SerumMagnesium(in_mg.mmol_per_l, "mmol/L")
    assert mg.classify(in_mg, "ctcae-v5").grade == 1
    assert mg.classify(in_mmol, "ctcae-v5").grade == 2
    assert mg.classify(in_mg, "ctcae-v5").unit_used == "mg/dL"
    assert mg.classify(level("12 mg/L"), "ctcae-v5").grade == 1  # mass unit: mg/dL table
    assert mg.classify(level("0.988 mEq/L"), "ctcae-v5").unit_used == "mmol/L"


def test_dynamed_symptomatic_and_severe_ranges() -> None:
    labels = [
        mg.classify(level(text), "dynamed-2019")
        for text in ("0.9 mg/dL", "1.1 mg/dL", "1.5 mg/dL", "1.8 mg/dL")
    ]
    assert [c.severity for c in labels] == [
        Severity.SEVERE,
        Severity.UNGRADED,
        Severity.UNGRADED,
        Severity.NONE,
    ]
    assert "symptoms usually begin" in labels[1].label
    in_mmol = mg.classify(level("0.5 mmol/L"), "dynamed-2019")
    assert in_mmol.label == "hypomagnesaemia (< 0.75 mmol/L), usually asymptomatic"


def test_ctcae_with_a_laboratorys_own_interval() -> None:
    own = mg.ctcae_v5("rcpa-aacb-adult")
    assert own.name == "ctcae-v5/rcpa-aacb-adult"
    assert mg.classify(level("0.72 mmol/L"), own).status is NORMAL
    assert mg.classify(level("0.72 mmol/L"), "ctcae-v5").grade == 1
    # RCPA/AACB publishes mmol/L only: its mg/dL limits are conversions.
    mass_table = own.cutoffs[1]
    normal = next(band for band in mass_table.bands if band.status is NORMAL)
    assert normal.lower == mg.convert(0.70, "mmol/L", "mg/dL")
    assert own.sources[0] is mg.cite("nci-ctcae-5")
    assert mg.cite("rcpa-aacb-2015") in own.sources


@pytest.mark.parametrize("reference", ["workeneh-2021", "rcpa-aacb-neonatal", "dynamed-2019"])
def test_ctcae_refuses_references_it_cannot_use(reference: str) -> None:
    # One-sided sets have no ULN; the neonatal interval's LLN (0.6) is fine but ULN 1.0 too.
    if reference == "rcpa-aacb-neonatal":
        assert mg.ctcae_v5(reference).name == "ctcae-v5/rcpa-aacb-neonatal"
        return
    with pytest.raises(mg.DefinitionError, match="two-sided"):
        mg.ctcae_v5(reference)


def test_ctcae_refuses_limits_outside_grade_1() -> None:
    wide = _lab_interval("wide", "mmol/L", 0.4, 1.5)
    with pytest.raises(mg.DefinitionError, match=r"LLN above 0\.5 mmol/L"):
        mg.ctcae_v5(wide)


# --- the default and lookups ------------------------------------------------------------------


def test_the_default_is_the_two_sided_iom_interval() -> None:
    default = mg.get_threshold_set()
    assert default.name == mg.DEFAULT_THRESHOLD_SET == "iom-1997"
    statuses = {band.status for table in default.cutoffs for band in table.bands}
    assert statuses == {LOW, NORMAL, HIGH}
    assert mg.classify(level("0.8 mmol/L")).threshold_set is default


def test_lookup_is_case_and_space_insensitive_and_suggests() -> None:
    assert mg.get_threshold_set("  IOM-1997 ").name == "iom-1997"
    with pytest.raises(mg.UnknownEntryError) as caught:
        mg.get_threshold_set("ctcae5")
    assert "ctcae-v5" in caught.value.suggestions
    assert isinstance(caught.value, LookupError)
    with pytest.raises(mg.UnknownEntryError, match="no threshold set is close"):
        mg.get_threshold_set("zzzzzz")
    with pytest.raises(mg.UnknownEntryError):
        mg.get_threshold_set(42)  # type: ignore[arg-type]


def test_threshold_sets_are_read_only() -> None:
    with pytest.raises(TypeError):
        mg.THRESHOLD_SETS["mine"] = mg.get_threshold_set()  # type: ignore[index]


def test_classify_accepts_text_and_quantities_and_rejects_the_rest() -> None:
    assert mg.classify("1.4 mg/dL").status is LOW
    assert mg.classify(CALLER.Quantity(1.4, "mg/dL")).status is LOW
    with pytest.raises(mg.ImplausibleValueError, match="SerumMagnesium"):
        mg.classify(1.4)  # type: ignore[arg-type]


def test_classifications_are_values_with_sources() -> None:
    result = mg.classify(level("1.0 mg/dL"), "ctcae-v5")
    assert result == mg.classify(level("1.0 mg/dL"), "ctcae-v5")
    assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301
    assert result.sources == mg.get_threshold_set("ctcae-v5").sources
    assert str(result) == (
        "1.0 mg/dL (0.4114 mmol/L): low (hypomagnesemia grade 2 "
        "(< 1.2 - 0.9 mg/dL), CTCAE grade 2) by ctcae-v5"
    )


def test_unverified_sets_say_so() -> None:
    # aha-2005: secondary summaries only; magnet-2022: read in the abstract only.
    unverified = {"aha-2005", "magnet-2022"}
    assert {name for name, s in mg.THRESHOLD_SETS.items() if not s.verified} == unverified


# --- laws ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("set_name", sorted(mg.THRESHOLD_SETS))
def test_every_set_is_cited_ordered_and_covers_zero_to_infinity(set_name: str) -> None:
    threshold_set = mg.THRESHOLD_SETS[set_name]
    assert threshold_set.sources
    for source in threshold_set.sources:
        assert mg.BIBLIOGRAPHY[source.key] is source
    for table in threshold_set.cutoffs:
        bands = table.bands
        assert bands[0].lower == 0
        assert bands[0].includes_lower
        assert math.isinf(bands[-1].upper)
        for below, above in itertools.pairwise(bands):
            assert below.upper == above.lower > below.lower
            assert below.includes_upper != above.includes_lower
            assert below.status <= above.status
        assert list(table.edges) == sorted(table.edges)


@given(SET_NAMES, st.data())
def test_every_value_lies_in_exactly_one_band(set_name: str, data: st.DataObject) -> None:
    for table in mg.THRESHOLD_SETS[set_name].cutoffs:
        value = data.draw(st.one_of(REPORTED, st.sampled_from(table.edges), values_in(table.unit)))
        assert sum(band.contains(value) for band in table.bands) == 1


@given(SET_NAMES, levels())
def test_the_band_returned_contains_the_level(set_name: str, lvl: mg.SerumMagnesium) -> None:
    result = mg.classify(lvl, set_name)
    assert result.band.contains(lvl.in_unit(result.unit_used)) or _at_an_edge(result, lvl)


def _at_an_edge(result: mg.LevelClassification, lvl: mg.SerumMagnesium) -> bool:
    """Conversion of the level into the table's unit may land one float off an edge."""
    value = lvl.in_unit(result.unit_used)
    band = result.band
    return any(math.isclose(value, edge, rel_tol=1e-15) for edge in (band.lower, band.upper))


@given(SET_NAMES, UNITS, st.data())
def test_a_higher_concentration_never_gets_a_lower_status(
    set_name: str, unit: str, data: st.DataObject
) -> None:
    low, high = sorted((data.draw(values_in(unit)), data.draw(values_in(unit))))
    a = mg.classify(mg.SerumMagnesium(low, unit), set_name)
    b = mg.classify(mg.SerumMagnesium(high, unit), set_name)
    assert a.status <= b.status
    table = a.threshold_set.cutoffs[[t.unit for t in a.threshold_set.cutoffs].index(a.unit_used)]
    assert table.bands.index(a.band) <= table.bands.index(b.band)


@given(SET_NAMES, levels())
def test_unit_invariance(set_name: str, lvl: mg.SerumMagnesium) -> None:
    """The law: a level classifies as the same concentration reported in mmol/L, except
    that a set with a table in a mass unit grades a level reported in a mass unit on it."""
    threshold_set = mg.THRESHOLD_SETS[set_name]
    in_mmol = mg.SerumMagnesium(lvl.mmol_per_l, "mmol/L")
    has_mass_table = any(units.unit_kind(unit) == "mass" for unit in threshold_set.units)
    reported_in_mass = units.unit_kind(lvl.unit) == "mass"
    if not (has_mass_table and reported_in_mass) or len(threshold_set.cutoffs) == 1:
        # a value exactly at an edge, re-reported as the nearest mmol/L float, may
        # lie a hair beyond the edge when read exactly (2.68 mg/dL in statpearls)
        assert mg.classify(lvl, set_name).band == mg.classify(
            in_mmol, set_name
        ).band or _at_an_edge(mg.classify(lvl, set_name), lvl)
    else:
        in_mg_per_dl = mg.SerumMagnesium(lvl.in_unit("mg/dL"), "mg/dL")
        assert mg.classify(lvl, set_name).band == mg.classify(
            in_mg_per_dl, set_name
        ).band or _at_an_edge(mg.classify(lvl, set_name), lvl)


@given(SET_NAMES, st.data(), UNITS)
def test_a_callers_quantity_classifies_as_the_number(
    set_name: str, data: st.DataObject, unit: str
) -> None:
    value = data.draw(values_in(unit))
    spelling = "mg/dL" if unit == "mg/100 mL" else unit
    from_quantity = mg.classify(CALLER.Quantity(value, spelling), set_name)
    assert from_quantity.band == mg.classify(mg.SerumMagnesium(value, unit), set_name).band


# --- building sets -----------------------------------------------------------------------------


def _interval(unit: str, lower: float, upper: float) -> Cutoffs:
    return Cutoffs(
        unit,
        (
            Band(lower=0, upper=lower, status=LOW, label="low"),
            Band(lower=lower, upper=upper, status=NORMAL, label="normal", includes_upper=True),
            Band(lower=upper, upper=math.inf, status=HIGH, label="high", includes_lower=False),
        ),
    )


def _lab_interval(name: str, unit: str, lower: float, upper: float) -> mg.ThresholdSet:
    return mg.ThresholdSet(
        name=name,
        title=f"{name}: {lower}-{upper} {unit}",
        population=Population.ADULT,
        cutoffs=(_interval(unit, lower, upper),),
        sources=(mg.cite("iom-1997"),),
    )


@pytest.mark.parametrize(
    ("bands", "problem"),
    [
        ((), "at least one band"),
        ((Band(lower=0.1, upper=math.inf, status=NORMAL, label="x"),), "start at 0"),
        ((Band(lower=0, upper=1, status=NORMAL, label="x"),), "end at infinity"),
        (
            (
                Band(lower=0, upper=0.7, status=LOW, label="a"),
                Band(lower=0.8, upper=math.inf, status=NORMAL, label="b"),
            ),
            "do not meet",
        ),
        (
            (
                Band(lower=0, upper=0.7, status=LOW, label="a", includes_upper=True),
                Band(lower=0.7, upper=math.inf, status=NORMAL, label="b"),
            ),
            "exactly one band",
        ),
        (
            (
                Band(lower=0, upper=0.7, status=LOW, label="a"),
                Band(lower=0.7, upper=0.7, status=LOW, label="a", includes_upper=True),
                Band(lower=0.7, upper=math.inf, status=NORMAL, label="b", includes_lower=False),
            ),
            "do not meet",
        ),
        (
            (
                Band(lower=0, upper=0.7, status=NORMAL, label="a"),
                Band(lower=0.7, upper=math.inf, status=LOW, label="b"),
            ),
            "Status decreases",
        ),
    ],
)
def test_cutoffs_refuse_gaps_overlaps_and_disorder(bands: tuple[Band, ...], problem: str) -> None:
    with pytest.raises(mg.DefinitionError, match=problem):
        Cutoffs("mmol/L", bands)


@pytest.mark.parametrize("edge", [-0.1, math.nan, True, "1", None])
def test_band_edges_must_be_numbers_from_zero(edge: float) -> None:
    with pytest.raises(mg.DefinitionError):
        Band(lower=edge, upper=math.inf, status=NORMAL, label="x")


def test_threshold_sets_refuse_inconsistent_tables() -> None:
    def build(*cutoffs: Cutoffs, sources: tuple[mg.Source, ...] = (mg.cite("iom-1997"),)) -> None:
        mg.ThresholdSet(
            name="mine", title="t", population=Population.ADULT, cutoffs=cutoffs, sources=sources
        )

    with pytest.raises(mg.DefinitionError, match="Cite at least one"):
        build(_interval("mmol/L", 0.7, 1.0), sources=())
    with pytest.raises(mg.DefinitionError, match="one table of cut-offs per kind"):
        build(_interval("mmol/L", 0.7, 1.0), _interval("mEq/L", 1.4, 2.0))
    with pytest.raises(mg.DefinitionError, match="one table of cut-offs per kind"):
        build()
    one_sided = Cutoffs(
        "mg/dL",
        (
            Band(lower=0, upper=1.8, status=LOW, label="low"),
            Band(lower=1.8, upper=math.inf, status=NORMAL, label="n"),
        ),
    )
    with pytest.raises(mg.DefinitionError, match="same bands"):
        build(_interval("mmol/L", 0.7, 1.0), one_sided)


def test_a_laboratorys_own_interval_classifies() -> None:
    own = _lab_interval("my-lab", "mmol/l", 0.66, 1.07)
    assert own.unit == "mmol/L"
    assert mg.classify("0.66 mmol/L", own).status is NORMAL
    assert mg.classify("1.08 mmol/L", own).status is HIGH


def test_band_text() -> None:
    band = Band(lower=1.0, upper=2.0, status=HIGH, label="x", includes_lower=False)
    assert str(band) == "1 to 2 (neither included): high, x"
    band = Band(
        lower=1.0, upper=2.0, status=HIGH, label="x", includes_lower=False, includes_upper=True
    )
    assert str(band) == "1 to 2 (upper included): high, x"


def test_status_comparisons_with_other_types() -> None:
    assert Status.LOW.__lt__(1) is NotImplemented
    assert Status.HIGH.rank == 1


# --- regressions from review --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "set_name", "status", "grade"),
    [
        ("3.0000000000000004 mg/dL", "ctcae-v5", HIGH, 3),
        ("3.0 mg/dL", "ctcae-v5", HIGH, 1),
        ("1000.0000000000001 umol/L", "rcpa-aacb-neonatal", HIGH, None),
        ("1000 umol/L", "rcpa-aacb-neonatal", NORMAL, None),
        ("26.735500000000002 mg/L", "rcpa-aacb-adult", HIGH, None),
        ("1.1026537749434273 mmol/L", "statpearls", HIGH, None),
    ],
)
def test_one_float_step_past_an_edge_is_past_it(
    result: str, set_name: str, status: Status, grade: int | None
) -> None:
    classification = mg.classify(level(result), set_name)
    assert (classification.status, classification.grade) == (status, grade)


def test_the_callers_decimal_context_changes_nothing() -> None:
    expected = mg.classify("1.7999 mg/dL", "workeneh-2021").status
    strict = decimal.Context(prec=3)
    strict.traps[decimal.Inexact] = True
    with decimal.localcontext(strict):
        assert mg.classify("1.7999 mg/dL", "workeneh-2021").status is expected is LOW
        assert mg.convert(1.8, "mg/dL", "mmol/L") == 0.740588356305287
