"""Issue 11, depth: the causes the textbooks list, and prevalence figures with their cut-offs.

Every test here is a known answer typed from the source named beside it (the quotes are
in the Source notes in ``magnesium/data/sources_causes.toml``).
"""

from __future__ import annotations

import pytest

from _gen import causes as _docs_causes
from magnesium import causes
from magnesium.causes import Category, Inheritance, Mechanism, Prevalence
from magnesium.cli import main
from magnesium.errors import ArgumentTypeError, DefinitionError, UnitError
from magnesium.serialize import from_dict as answers_from_dict
from magnesium.sources import BIBLIOGRAPHY, Source, Verification
from tests import answers


def _keys(sources: tuple[Source, ...]) -> tuple[str, ...]:
    return tuple(source.key for source in sources)


# (query, cause id, category, mechanism, source keys of the primary classification)
NEW_CAUSES = [
    # J Intensive Care 2018, Table 1, renal loss: 'Osmotic diuresis (glucose, mannitol, urea)'
    ("glycosuria", "osmotic-diuresis", Category.RENAL, Mechanism.RENAL_WASTING),
    # J Intensive Care 2018, Table 1, renal diseases: 'Renal tubular acidosis'
    ("RTA", "renal-tubular-acidosis", Category.RENAL, Mechanism.RENAL_WASTING),
    # MSD table, secondary renal losses: 'Hypersecretion of aldosterone'
    ("primary aldosteronism", "hyperaldosteronism", Category.RENAL, Mechanism.RENAL_WASTING),
    # Workeneh et al. Table 2, kidney losses: 'hypervitaminosis D'
    ("vitamin D intoxication", "hypervitaminosis-d", Category.RENAL, Mechanism.RENAL_WASTING),
    # Workeneh et al. Table 2, 'Magnesium redistribution: Blood transfusions'
    ("massive transfusion", "blood-transfusion", Category.REDISTRIBUTION, Mechanism.OTHER),
    # MSD table, 'Pregnancy-related: Pregnancy ...', 'Lactation (increased ... requirements)'
    ("pregnancy", "pregnancy", Category.OTHER, Mechanism.OTHER),
    ("breastfeeding", "lactation", Category.OTHER, Mechanism.OTHER),
    # Workeneh et al. Table 2: 'vomiting, nasogastric suction', 'laxative abuse' (GI losses),
    # 'hypoparathyroidism' (kidney losses)
    ("NG suction", "vomiting-nasogastric-suction", Category.GASTROINTESTINAL, Mechanism.GI_LOSS),
    ("laxative abuse", "laxative-abuse", Category.GASTROINTESTINAL, Mechanism.GI_LOSS),
    ("hypoparathyroidism", "hypoparathyroidism", Category.RENAL, Mechanism.RENAL_WASTING),
    # Int J Endocrinol 2018 Table 6 'Mitochondrial hypomagnesemias: KSS'; Viering et al. 2017
    ("Kearns-Sayre", "genetic-kearns-sayre", Category.GENETIC, Mechanism.RENAL_WASTING),
]


@pytest.mark.parametrize(("query", "cause_id", "category", "mechanism"), NEW_CAUSES)
def test_new_causes_are_found_and_classified_as_their_sources_say(
    query: str, cause_id: str, category: Category, mechanism: Mechanism
) -> None:
    cause = causes.get_cause(query)
    assert (cause.id, cause.category, cause.mechanism) == (cause_id, category, mechanism)
    assert cause.verified  # each read in a publisher's page or a named verbatim copy


SOURCES_OF = {
    "osmotic-diuresis": ("jic-2018-hypomagnesemia",),
    "renal-tubular-acidosis": ("jic-2018-hypomagnesemia",),
    "hyperaldosteronism": ("msd-causes-table", "workeneh-2021-table2"),
    "hypervitaminosis-d": ("workeneh-2021-table2",),
    "blood-transfusion": ("workeneh-2021-table2",),
    "pregnancy": ("msd-causes-table",),
    "lactation": ("msd-causes-table",),
    "drug-antituberculous": ("workeneh-2021-table3", "jic-2018-hypomagnesemia"),
    "drug-theophylline": ("workeneh-2021-table3",),
    "drug-osmotic-diuretic": ("jic-2018-hypomagnesemia",),
    "drug-cardiac-glycoside": ("jic-2018-hypomagnesemia",),
    "vomiting-nasogastric-suction": ("workeneh-2021-table2", "jic-2018-hypomagnesemia"),
    "laxative-abuse": ("workeneh-2021-table2",),
    "hypoparathyroidism": ("workeneh-2021-table2",),
}


def test_new_causes_cite_the_tables_they_were_read_in() -> None:
    assert {key: _keys(causes.CAUSES[key].sources) for key in SOURCES_OF} == SOURCES_OF
    for keys in SOURCES_OF.values():
        assert set(keys) <= set(BIBLIOGRAPHY)


def test_new_drugs_and_their_who_atc_rows() -> None:
    # WHO ATC/DDD index copy: 'J04AB30,capreomycin', 'R03DA04,theophylline',
    # 'B05BC01,mannitol' (class 'B05BC,Solutions producing osmotic diuresis'); no viomycin row.
    expected = {
        "capreomycin": (("J04AB30",), "drug-antituberculous"),
        "viomycin": ((), "drug-antituberculous"),
        "theophylline": (("R03DA04",), "drug-theophylline"),
        "mannitol": (("B05BC01",), "drug-osmotic-diuretic"),
        # 'C01AA05,digoxin'; J Intensive Care 2018 Table 2: 'Cardiac glycosides'
        "digoxin": (("C01AA05",), "drug-cardiac-glycoside"),
    }
    for name, (atc, cause_id) in expected.items():
        (drug,) = causes.drugs_for(name)
        assert drug.atc == atc
        assert [c.id for c in causes.causes_for_drug(name)] == [cause_id]
    assert causes.drugs_for("J04AB")[0].name == "capreomycin"
    assert [d.name for d in causes.drugs_for("R03DA04")] == ["theophylline"]


def test_kearns_sayre_row() -> None:
    kss = causes.GENETIC_DISORDERS["kearns-sayre"]
    # OMIM copy: '# 530000 KEARNS-SAYRE SYNDROME; KSS', 'INHERITANCE - Mitochondrial'
    assert (kss.omim, kss.inheritance, kss.genes) == (530000, Inheritance.MITOCHONDRIAL, ())
    assert kss.verification is Verification.VERBATIM_COPY
    assert causes.get_cause("KSS") is causes.CAUSES[kss.cause_id]


def test_reduced_intake_is_one_category() -> None:
    # Workeneh et al. Table 2: 'Dietary deficiency of magnesium: ... total parenteral nutrition'
    fluids = causes.get_cause("parenteral nutrition")
    assert (fluids.category, fluids.mechanism) == (
        Category.GASTROINTESTINAL,
        Mechanism.REDUCED_INTAKE,
    )
    assert "workeneh-2021-table2" in _keys(fluids.sources)
    intake = {c.category for c in causes.CAUSES.values() if c.mechanism is Mechanism.REDUCED_INTAKE}
    assert intake == {Category.GASTROINTESTINAL}
    # J Intensive Care 2018, Table 1, renal loss: 'Chronic parenteral fluid therapy'
    assert [(a.category, _keys(a.sources)) for a in fluids.alternatives] == [
        (Category.RENAL, ("jic-2018-hypomagnesemia",))
    ]


def test_ketoacidosis_wastes_its_treatment_shifts() -> None:
    dka = causes.get_cause("DKA")
    assert (dka.category, dka.mechanism) == (
        Category.REDISTRIBUTION,
        Mechanism.INTRACELLULAR_SHIFT,
    )
    # MSD: 'Diabetic ketoacidosis' (secondary renal losses); Workeneh Table 2: 'Ketoacidosis'
    assert [(a.category, a.mechanism, _keys(a.sources)) for a in dka.alternatives] == [
        (Category.RENAL, Mechanism.RENAL_WASTING, ("msd-causes-table", "workeneh-2021-table2"))
    ]


def test_pancreatitis_keeps_every_classification_its_sources_give() -> None:
    pancreatitis = causes.get_cause("acute pancreatitis")
    assert [(c.category, c.mechanism, _keys(c.sources)) for c in pancreatitis.classifications] == [
        (Category.OTHER, Mechanism.OTHER, ("berardi-2019",)),
        (
            Category.GASTROINTESTINAL,
            Mechanism.REDUCED_ABSORPTION,
            ("pancreatitis-2000-clin-chim-acta",),
        ),
        # Workeneh et al. Table 2: 'Magnesium redistribution: ... acute pancreatitis'
        (Category.REDISTRIBUTION, Mechanism.INTRACELLULAR_SHIFT, ("workeneh-2021-table2",)),
    ]


def test_insulin_and_rragd_are_not_encoded_without_a_source() -> None:
    # Not found in any source read (see docs/causes.md): no row may claim them.
    for name in ("insulin", "RRAGD"):
        with pytest.raises(LookupError):
            causes.get_cause(name)


# --- prevalence: (study key, percent, cut-off, unit, cases, total), typed from the abstracts --

PREVALENCE = [
    ("magnes-res-2001-german", 14.5, 0.76, "mmol/L", None, 16_000),
    ("jfp-clinical-inquiry-hypomg", 2.0, 0.70, "mmol/L", None, 16_000),
    ("jfp-clinical-inquiry-hypomg", 2.5, 0.7, "mmol/L", None, 11_000),
    ("jfp-clinical-inquiry-hypomg", 5.0, 0.75, "mmol/L", None, 11_000),
    ("wong-1983", 11.0, 1.2, "mEq/L", 68, 621),
    ("chernow-1989", 61.0, 1.5, "mEq/L", 117, 193),
    ("moskowitz-2016", 22.6, 1.6, "mg/dL", None, 8922),
    ("elisaf-1995-alcohol", 29.9, None, None, 38, 127),
    ("hernandez-rubio-2023", 11.2, None, None, None, 753),
    ("saba-t2dm-hypomagnesemia", 29.43, 1.8, "mg/dL", 103, 350),
    ("spmj-2000-short-bowel", 40.0, 1.5, "mEq/L", None, 15),
]


def test_every_prevalence_figure_with_its_cutoff() -> None:
    assert [
        (p.sources[0].key, p.percent, p.below, p.unit, p.cases, p.total) for p in causes.PREVALENCE
    ] == PREVALENCE


def test_published_counts_agree_with_published_percentages() -> None:
    for item in causes.PREVALENCE:
        if item.cases is not None and item.total is not None:
            # Chernow prints whole percent ('117 patients (61 percent)'), so allow rounding.
            assert 100 * item.cases / item.total == pytest.approx(item.percent, abs=0.5)


def test_cutoffs_in_mmol_per_l() -> None:
    by_key = {p.sources[0].key: p for p in causes.PREVALENCE}
    assert by_key["wong-1983"].below_mmol_per_l == 0.6  # 1.2 mEq/L / 2
    assert by_key["chernow-1989"].below_mmol_per_l == 0.75  # 1.5 mEq/L / 2
    assert by_key["moskowitz-2016"].below_mmol_per_l == pytest.approx(0.6583, abs=1e-4)
    assert by_key["elisaf-1995-alcohol"].below_mmol_per_l is None
    assert by_key["elisaf-1995-alcohol"].cutoff == "not stated"


def test_same_population_different_cutoff_is_kept_apart() -> None:
    german = [p for p in causes.PREVALENCE if p.total == 16_000]
    assert sorted((p.below, p.percent) for p in german) == [(0.70, 2.0), (0.76, 14.5)]
    assert {p.verification for p in german} == {Verification.PRIMARY, Verification.SECONDARY}


def test_prevalence_rows_are_checked() -> None:
    keys = ("wong-1983",)
    with pytest.raises(DefinitionError):
        Prevalence(population="x", percent=0, sources=keys)
    with pytest.raises(DefinitionError):
        Prevalence(population="x", percent=100.5, sources=keys)
    with pytest.raises(DefinitionError):
        Prevalence(population="x", percent=10, below=1.2, sources=keys)
    with pytest.raises(UnitError):
        Prevalence(population="x", percent=10, below=1.2, unit="g", sources=keys)
    with pytest.raises(DefinitionError):
        Prevalence(population="x", percent=10, below=-1, unit="mmol/L", sources=keys)
    with pytest.raises(DefinitionError):
        Prevalence(population="x", percent=10, cases=5, total=4, sources=keys)
    for bad in (
        {"population": 1},
        {"sources": "wong-1983"},
        {"causes": (1,)},
        {"cases": True},
        {"total": -1},
        {"note": 3.0},
        {"setting": b"x"},
    ):
        with pytest.raises(ArgumentTypeError):
            Prevalence(**{"population": "x", "percent": 10, "sources": keys, **bad})
    with pytest.raises(DefinitionError):  # a figure cites at least one source
        Prevalence(population="x", percent=10, sources=())
    row = Prevalence(population="x", percent=10, below=1.2, unit="meq/l", sources=keys)
    assert (row.unit, row.cutoff) == ("mEq/L", "< 1.2 mEq/L")
    assert (row.verified, row.citations[0].key) == (True, "wong-1983")


# --- the new rows reach the docs pages and the command line ------------------------------------


def test_new_rows_appear_in_the_generated_docs() -> None:
    causes_md = _docs_causes.cause_table()
    for name in ("osmotic diuresis (glycosuria, mannitol, urea)", "hyperaldosteronism"):
        assert f"| {name} |" in causes_md
    assert "[530000](https://omim.org/entry/530000)" in _docs_causes.genetic_table()
    drugs_md = _docs_causes.drug_table()
    assert "[J04AB30](https://atcddd.fhi.no/atc_ddd_index/?code=J04AB30)" in drugs_md
    assert "| viomycin | none in the index |" in drugs_md
    prevalence_md = _docs_causes.prevalence_table()
    assert "| 61% | < 1.5 mEq/L (0.75 mmol/L) | 117 of 193 |" in prevalence_md
    assert "| 14.5% | < 0.76 mmol/L | n = 16,000 |" in prevalence_md


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_cli_lists_the_new_causes_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run(capsys, "causes", "--condition", "glycosuria", "--drug", "capreomycin")
    assert code == 0
    assert "glycosuria -> osmotic diuresis (glycosuria, mannitol, urea) [renal" in text
    assert "capreomycin, ATC J04AB30" in text
    code, text = run(capsys, "causes", "--condition", "KSS", "--json")
    payload = answers.result(text, "ScreenResult")
    assert code == 0
    assert payload["matches"][0]["cause"]["id"] == "genetic-kearns-sayre"
    code, text = run(capsys, "causes", "--category", "genetic", "--json")
    assert any(row.get("omim") == 530000 for row in answers.results(text))


def test_cli_prevalence_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run(capsys, "causes", "--prevalence")
    assert code == 0
    assert "61% below 1.5 mEq/L: patients admitted to postoperative intensive care" in text
    assert "[secondary summary only]" in text
    code, text = run(capsys, "causes", "--prevalence", "--json")
    rows = answers.results(text, "Prevalence")
    assert code == 0
    assert [answers_from_dict(row) for row in rows] == list(causes.PREVALENCE)
    wong = next(r for r in rows if r["sources"][0]["key"] == "wong-1983")
    assert (wong["percent"], wong["below"], wong["unit"]) == (11.0, 1.2, "mEq/L")
