"""The generated intake page: tables and figure follow the library's data."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import pytest

from _gen import rda as _docs_rda
from magnesium import foods, rda
from magnesium.rda import ReproductiveStatus, Sex
from magnesium.sources import BIBLIOGRAPHY, Verification

SVG = "{http://www.w3.org/2000/svg}"
CROSS_REFERENCE = re.compile(r"\]\[([a-z0-9.-]+)\]")


def footnote(markdown: str, marker: str) -> str:
    """The text of the footnote a table cell's *marker* (``[2](#intake-iom-2)``) links to."""
    anchor = re.fullmatch(r"\[\d+\]\(#([a-z0-9-]+)\)( ⚠)?", marker)
    assert anchor, marker
    line = next(line for line in markdown.splitlines() if f'id="{anchor.group(1)}"' in line)
    return line.split("</span>", 1)[1]


def table_rows(markdown: str) -> list[list[str]]:
    lines = [line for line in markdown.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[2:]]


@pytest.mark.parametrize("name", sorted(rda.AUTHORITIES))
def test_reference_table_has_every_row_in_order(name: str) -> None:
    table = rda.get_authority(name)
    text = _docs_rda.reference_table(name)
    rows = table_rows(text)
    assert len(rows) == len(table.rows)
    for cells, row in zip(rows, table.rows, strict=True):
        assert cells[1] == html.escape(row.life_stage.label, quote=False)
        assert cells[2] == f"`{row.life_stage.interval}`"
        expected = "none set" if row.amount_mg is None else f"{row.amount_mg:g}"
        assert cells[4] == expected
        assert len(cells) == 7, "notes and sources are footnotes, not columns"
        note = footnote(text, cells[6])
        assert set(CROSS_REFERENCE.findall(note)) == {s.key for s in row.sources}
        if row.note:
            assert html.escape(row.note, quote=False).split()[0] in note


def test_reference_table_known_rows() -> None:
    rows = table_rows(_docs_rda.reference_table("IOM"))
    assert ["female", "31-50 y", "`[31 y, 51 y)`", "RDA", "320", "265"] in [r[:6] for r in rows]
    assert ["pregnant", "14-18 y", "`[14 y, 19 y)`", "RDA", "400", "335"] in [r[:6] for r in rows]
    efsa = table_rows(_docs_rda.reference_table("EFSA"))
    assert efsa[0][3:6] == ["none set", "none set", "none set"]


@pytest.mark.parametrize("name", sorted(rda.AUTHORITIES))
def test_upper_level_table_has_every_band_and_the_scope(name: str) -> None:
    table = rda.get_authority(name)
    text = _docs_rda.upper_level_table(name)
    assert text.startswith("Applies to: supplemental magnesium only")
    rows = table_rows(text.split("\n\n", 1)[1])
    assert [cells[2] for cells in rows] == [
        "none set" if ul.ul_supplemental_mg is None else f"{ul.ul_supplemental_mg:g}"
        for ul in table.upper_levels
    ]
    assert ("(not verified: " in text) == (name != "IOM")


def test_food_table_lists_every_food() -> None:
    text = _docs_rda.food_table()
    rows = table_rows(text)
    assert [cells[0] for cells in rows] == [f"`{key}`" for key in foods.FOODS]
    # The food values rest on a transcription of an older ODS table and pages quoting it.
    assert all(cells[5].endswith(" ⚠") for cells in rows)
    notes = [footnote(text, cells[5]) for cells in rows]
    assert all(note.endswith("(not verified: secondary summary only)") for note in notes)


def test_every_cross_reference_is_a_source() -> None:
    text = "".join(
        [_docs_rda.food_table()]
        + [_docs_rda.reference_table(name) for name in rda.AUTHORITIES]
        + [_docs_rda.upper_level_table(name) for name in rda.AUTHORITIES]
    )
    assert set(CROSS_REFERENCE.findall(text)) <= set(BIBLIOGRAPHY)


def parse_figure() -> ET.Element:
    return ET.fromstring(_docs_rda.intake_figure())  # noqa: S314 (our own output)


def test_figure_is_an_accessible_svg() -> None:
    panels = list(parse_figure().iter(f"{SVG}svg"))
    assert len(panels) == len(rda.AUTHORITIES)
    ids = set()
    for panel in panels:
        assert panel.get("role") == "img"
        title = panel.find(f"{SVG}title")
        assert title is not None
        assert title.get("id") in (panel.get("aria-labelledby") or "").split()
        ids.add(title.get("id"))
    assert len(ids) == len(panels), "each panel's title has its own id"


def test_figure_reads_on_a_phone() -> None:
    # Each panel is drawn at most 360 px wide (a 390 px phone shows it at its own size),
    # with no text under 12 px.
    root = parse_figure()
    for panel in root.iter(f"{SVG}svg"):
        assert float(panel.get("width", "0")) <= 360
        assert panel.get("viewBox", "").split()[2] == panel.get("width")
    assert min(float(t.get("font-size", "0")) for t in root.iter(f"{SVG}text")) >= 12


def test_figure_has_one_step_line_per_authority_and_sex_from_the_data() -> None:
    root = parse_figure()
    groups = [g for g in root.iter(f"{SVG}g") if g.get("class") == "intake-series"]
    assert [(g.get("data-authority"), g.get("data-sex")) for g in groups] == [
        (name, sex.value) for name in rda.AUTHORITIES for sex in Sex
    ]
    for group in groups:
        table = rda.get_authority(group.get("data-authority"))
        sex = Sex(group.get("data-sex"))
        path = group.find(f"{SVG}path")
        assert path is not None
        heights = {float(y) for y in re.findall(r"[ML][\d.]+,([\d.]+)", path.get("d", ""))}
        amounts = {
            row.amount_mg
            for row in table.rows
            if row.life_stage.applies_to(sex, ReproductiveStatus.NONE) and row.amount_mg
        }
        assert len(heights) == len(amounts)
        title = group.find(f"{SVG}title")
        assert title is not None
        assert all(f"{amount:g} mg/day" in (title.text or "") for amount in amounts)


def test_figure_is_deterministic() -> None:
    assert _docs_rda.intake_figure() == _docs_rda.intake_figure()


PRIMARY = Verification.PRIMARY


def test_authority_overview_flags_every_table_read_in_copies() -> None:
    rows = table_rows(_docs_rda.authority_overview())
    assert [cells[0] for cells in rows] == [f"`{name}`" for name in rda.AUTHORITIES]
    for cells, table in zip(rows, rda.AUTHORITIES.values(), strict=True):
        flagged = set(CROSS_REFERENCE.findall(cells[4]))
        assert flagged == {s.key for s in table.sources if s.verification is not PRIMARY}
        assert cells[4].startswith("**not verified**") == (not table.verified)
    uk = rows[list(rda.AUTHORITIES).index("UK")]
    assert uk[2:4] == ["RNI", "guidance level, supplemental: 400 mg/day"]
    who = rows[list(rda.AUTHORITIES).index("WHO/FAO")]
    assert who[3] == "none set"


def test_upper_level_table_uses_the_authoritys_name() -> None:
    assert "| guidance level (mg/day) |" in _docs_rda.upper_level_table("UK")
    assert "| UL (mg/day) |" in _docs_rda.upper_level_table("IOM")


def test_nrv_table_is_one_row_from_the_data() -> None:
    rows = table_rows(_docs_rda.nrv_table())
    assert len(rows) == 1
    assert rows[0][1:3] == [f"{rda.EU_NRV.amount_mg:g}", "adults"]
    assert rows[0][3] == "[1](#nrv-1)", "the note and sources are a footnote, not a tall cell"
    (footnote,) = [line for line in _docs_rda.nrv_table().splitlines() if 'id="nrv-1"' in line]
    assert "Regulation (EU) No 1169/2011" in footnote
    assert "eu-1169-2011" in CROSS_REFERENCE.findall(footnote)
