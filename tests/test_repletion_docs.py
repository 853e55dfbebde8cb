"""The generated repletion documentation matches the library's data."""

from __future__ import annotations

import re

from _gen import repletion as _docs_repletion
from magnesium import salts
from magnesium.sources import cite


def body_rows(markdown: str) -> list[list[str]]:
    lines = [line for line in markdown.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[2:]]


def test_salts_table_has_one_row_per_salt_in_order() -> None:
    rows = body_rows(_docs_repletion.salts_table())
    assert [row[0] for row in rows] == list(salts.SALTS)
    oxide = rows[list(salts.SALTS).index("magnesium oxide")]
    assert oxide[4] == "60.30%"


def test_label_table_lists_every_label_figure_and_solution() -> None:
    rows = body_rows(_docs_repletion.label_table())
    figures = sum(len(salt.label_figures) for salt in salts.SALTS.values())
    assert len(rows) == figures + len(salts.SOLUTIONS)


def test_label_table_puts_the_label_words_and_sources_in_footnotes() -> None:
    table = _docs_repletion.label_table()
    rows = body_rows(table)
    assert all(re.fullmatch(r"\[\d+\]\(#label-\d+\)( ⚠)?", row[-1]) for row in rows), "a marker"
    assert len(rows[0]) == 6, "sources and the label's words are footnotes, not a column"
    footnotes = [line for line in table.splitlines() if line.startswith("- <span id=")]
    assert {f"label-{n}" for n in range(1, len(footnotes) + 1)} == {
        marker.split("#")[1].split(")")[0] for marker in (row[-1] for row in rows)
    }
    cited_rows: list[salts.LabelFigure | salts.Solution] = [
        *(f for salt in salts.SALTS.values() for f in salt.label_figures),
        *salts.SOLUTIONS.values(),
    ]
    for cited in cited_rows:
        assert f"[{cited.source.key}][{cited.source.key}]" in table
        assert not cited.quote or f"“{cited.quote}”" in table


def test_regimen_table_marks_unverified_sources() -> None:
    table = _docs_repletion.regimen_table()
    assert "[aha-ecc-handbook-2020][aha-ecc-handbook-2020] (not verified)" in table
    read, unread = cite("fda-label-mgso4-injection"), cite("aha-ecc-handbook-2020")
    assert not unread.verified
    assert read.verified
    mixed = _docs_repletion._unverified([read, unread])
    assert mixed == " (not verified: aha-ecc-handbook-2020)", "which of two sources is not"
    assert _docs_repletion._unverified([read]) == ""
    assert "[fda-label-mgso4-injection][fda-label-mgso4-injection], [emc-mgso4-50-smpc]" in table
    rows = body_rows(table)
    flagged = [row[0] for row in rows if row[-1].endswith(" ⚠")]
    assert flagged, "some regimen rests on a source not read in its own words"
    assert len(rows[0]) == 6, "instructions, renal notes and sources are footnotes"


def test_plan_markdown_without_regimen() -> None:
    text = _docs_repletion.plan_markdown("3.5 mg/dL", torsades=True)
    assert "No regimen." in text
    assert "must not be given" in text
