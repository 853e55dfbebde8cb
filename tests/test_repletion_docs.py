"""The generated repletion documentation matches the library's data."""

from __future__ import annotations

from magnesium import _docs_repletion, salts


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


def test_regimen_table_marks_unverified_sources() -> None:
    table = _docs_repletion.regimen_table()
    assert "`aha-ecc-handbook-2020` (not verified)" in table
    assert "`fda-label-mgso4-injection`, `emc-mgso4-50-smpc` |" in table


def test_plan_markdown_without_regimen() -> None:
    text = _docs_repletion.plan_markdown("3.5 mg/dL", torsades=True)
    assert "No regimen." in text
    assert "must not be given" in text
