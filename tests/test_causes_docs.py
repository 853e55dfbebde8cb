"""The generated causes page: diagram and tables match the data."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from _gen import causes as _docs_causes
from magnesium import causes, workup
from magnesium.causes import Category

SVG = "{http://www.w3.org/2000/svg}"


def rows(markdown: str) -> list[list[str]]:
    lines = [line for line in markdown.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[2:]]


def test_diagram_is_valid_svg_with_one_group_per_cause() -> None:
    root = ET.fromstring(f"<div>{_docs_causes.taxonomy_diagram()}</div>")  # noqa: S314
    groups = [g for g in root.iter(f"{SVG}g") if g.get("class") == "cause"]
    assert [g.get("data-id") for g in groups] == [
        cause.id for category in Category for cause in causes.by_category(category)
    ]
    headings = [t.text for t in root.iter(f"{SVG}text") if t.get("font-weight") == "bold"]
    assert headings == [c.value.upper() for c in Category]
    alternatives = [g for g in root.iter(f"{SVG}g") if g.get("class") == "alternative"]
    assert len(alternatives) == sum(len(c.alternatives) for c in causes.CAUSES.values())


def test_diagram_reads_on_a_phone() -> None:
    # One figure per category (and a legend), each drawn at most 360 px wide, so that a
    # 390 px phone shows it at about its own size: no text under 12 px, no name cut short.
    root = ET.fromstring(f"<div>{_docs_causes.taxonomy_diagram()}</div>")  # noqa: S314
    figures = list(root.iter(f"{SVG}svg"))
    assert len(figures) == len(Category) + 1
    for figure in figures:
        assert float(figure.get("width", "0")) <= 360
        assert figure.get("viewBox", "").split()[2] == figure.get("width")
    sizes = {float(t.get("font-size", "0")) for t in root.iter(f"{SVG}text")}
    assert min(sizes) >= 12
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "…" not in texts
    assert "thiazide or thiazide-like diuretic" in texts


def test_diagram_tooltips_name_every_classification_and_source() -> None:
    root = ET.fromstring(f"<div>{_docs_causes.taxonomy_diagram()}</div>")  # noqa: S314
    titles = {
        g.get("data-id"): g.find(f"{SVG}title").text  # type: ignore[union-attr]
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "cause"
    }
    pancreatitis = titles["pancreatitis"] or ""
    assert "other, other (berardi-2019)" in pancreatitis
    assert "gastrointestinal, reduced intestinal absorption" in pancreatitis


def test_drug_table_has_every_drug_and_code() -> None:
    table = rows(_docs_causes.drug_table())
    assert [row[0] for row in table] == [d.name for d in causes.DRUGS.values()]
    for row, drug in zip(table, causes.DRUGS.values(), strict=True):
        for code in drug.atc:
            assert f"[{code}](https://atcddd.fhi.no/atc_ddd_index/?code={code})" in row[1]
        for code in drug.former_atc:
            assert f"formerly {code}" in row[1]
            assert f"[{code}]" not in row[1]


def test_genetic_table_links_omim_and_flags_unverified_rows() -> None:
    text = _docs_causes.genetic_table()
    table = rows(text)
    disorders = list(causes.GENETIC_DISORDERS.values())
    assert len(table) == len(disorders)
    for row, disorder in zip(table, disorders, strict=True):
        if disorder.omim is None:
            assert row[3] == "none"
        else:
            assert row[3] == f"[{disorder.omim}](https://omim.org/entry/{disorder.omim})"
        flagged = f"⚠ not verified ({disorder.verification.label})"
        assert row[-1].endswith(" ⚠") is (not disorder.verified)
        anchor = row[-1].split("(#", 1)[1].split(")", 1)[0]
        note = next(line for line in text.splitlines() if f'id="{anchor}"' in line)
        assert note.endswith(flagged) is (not disorder.verified)
        assert all(f"[{key}][{key}]" in note for key in (s.key for s in disorder.sources))


def test_other_tables_have_one_row_per_entry() -> None:
    assert len(rows(_docs_causes.cause_table())) == len(causes.CAUSES) - len(
        causes.GENETIC_DISORDERS
    )
    assert len(rows(_docs_causes.manifestation_table())) == len(causes.MANIFESTATIONS)
    assert len(rows(_docs_causes.workup_table())) == len(workup.WORKUP_TESTS)
    assert len(rows(_docs_causes.femg_cutoff_table())) == len(workup.FEMG_CUTOFFS)
    prevalence = {row[0]: row[1] for row in rows(_docs_causes.risk_group_table())}
    assert prevalence == {
        "hospitalised patients": "up to 12%",
        "intensive care patients": "60-65%",
        "proton pump inhibitor users": "19%",
        "patients receiving foscarnet": "up to 70%",
        "short bowel syndrome": "40%",
        "alcohol use disorder, admitted for a first treatment": "11.2%",
        "chronic alcohol use, admitted to hospital": "29.9%",
        "type 2 diabetes mellitus": "29.43%",
        "patients with hypokalaemia": "42%",
        "patients with hypophosphataemia": "29%",
        "patients with hyponatraemia": "27%",
        "patients with hypocalcaemia": "22%",
    }


def test_risk_group_without_a_figure_shows_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    group = causes.RiskGroup(name="example", sources=("berardi-2019",))
    monkeypatch.setattr(causes, "RISK_GROUPS", (group,))
    assert rows(_docs_causes.risk_group_table()) == [["example", "-", "[1](#risk-1)"]]


def test_genetic_table_states_each_feature_only_as_the_sources_do() -> None:
    table = rows(_docs_causes.genetic_table())
    assert len(table[0]) == 7, "the three feature columns are one, so the names have room"
    for row, disorder in zip(table, causes.GENETIC_DISORDERS.values(), strict=True):
        stated = row[5].split(", ")
        for flag, name in (
            (disorder.nephrocalcinosis, "nephrocalcinosis"),
            (disorder.hypokalaemic_alkalosis, "hypokalaemic alkalosis"),
            (disorder.seizures, "seizures"),
        ):
            assert (name in stated) is (flag is True)
            assert (f"no {name}" in stated) is (flag is False)
        assert (stated == ["none stated"]) is all(
            flag is None
            for flag in (
                disorder.nephrocalcinosis,
                disorder.hypokalaemic_alkalosis,
                disorder.seizures,
            )
        )
