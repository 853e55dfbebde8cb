"""The generated documentation: tables, figure and bibliography match the library's data."""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import magnesium
from _gen import base as _docs
from magnesium import units
from magnesium.sources import BIBLIOGRAPHY, Source, cite
from magnesium.thresholds import (
    DEFAULT_THRESHOLD_SET,
    THRESHOLD_SETS,
    Band,
    Cutoffs,
    Population,
    Status,
    ThresholdSet,
)

SVG = "{http://www.w3.org/2000/svg}"
DOCS = Path(__file__).resolve().parents[1] / "docs"
ANCHOR = re.compile(r"\]\(#([a-z0-9.-]+)\)\{#\1\}")
CROSS_REFERENCE = re.compile(r"\]\[([a-z0-9.-]+)\]")
NBSP = "\N{NO-BREAK SPACE}"


def table_rows(markdown: str) -> list[list[str]]:
    """The body rows of a Markdown table, as lists of cells."""
    lines = [line for line in markdown.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[2:]]


def set_row(name: str) -> list[str]:
    """The set's row, no-break spaces read as spaces."""
    rows = [row for row in table_rows(_docs.threshold_table()) if f"`{name}`" in row[0]]
    assert len(rows) == 1
    cells = [cell.replace(NBSP, " ") for cell in rows[0]]
    prose = re.fullmatch(r'<span class="mg-prose-cell">(.*)</span>', cells[2])
    assert prose, "the cut-offs keep a readable width on a phone"
    return [*cells[:2], prose.group(1), *cells[3:]]


def mmol_edges(threshold_set: ThresholdSet) -> list[list[float]]:
    return [
        [units.rescale(edge, table.unit, "mmol/L") for edge in table.edges]
        for table in threshold_set.cutoffs
    ]


# --- threshold table ----------------------------------------------------------------


def test_threshold_table_has_one_row_per_set_in_order() -> None:
    rows = table_rows(_docs.threshold_table())
    names = [ANCHOR.search(row[0]) for row in rows]
    assert [match.group(1) if match else None for match in names] == [
        f"set-{name}" for name in THRESHOLD_SETS
    ]
    assert all(len(row) == 5 for row in rows)


@pytest.mark.parametrize("name", list(THRESHOLD_SETS))
def test_threshold_table_row_matches_the_set(name: str) -> None:
    threshold_set = THRESHOLD_SETS[name]
    cells = set_row(name)
    assert ("(default)" in cells[0]) == (name == DEFAULT_THRESHOLD_SET)
    assert ("(not verified)" in cells[0]) == (not threshold_set.verified)
    assert cells[1] == threshold_set.population.value
    for unit in threshold_set.units:
        assert f"**{unit}**" in cells[2], "each published unit heads its cut-offs"
    published = cells[2].split("<br>")
    assert len(published) == len(threshold_set.cutoffs), "one line per published table"
    for table, line in zip(threshold_set.cutoffs, published, strict=True):
        assert line.startswith(f"**{table.unit}**: ")
        assert len(line.split("; ")) == len(table.bands), "the bands follow each other"
    for table, edges in zip(threshold_set.cutoffs, mmol_edges(threshold_set), strict=True):
        shown = ", ".join(f"{round(edge, 4):g}" for edge in edges)
        assert shown in cells[3], (table.unit, shown)
    assert CROSS_REFERENCE.findall(cells[4]) == [source.key for source in threshold_set.sources]


def test_threshold_table_states_edges_as_the_sources_word_them() -> None:
    iom = set_row("iom-1997")[2]
    assert "x < 0.75: low" in iom
    assert "0.75 ≤ x ≤ 0.95: normal" in iom
    assert "x > 0.95: high" in iom
    assert "x ≥ 1.8: not low" in set_row("workeneh-2021")[2]
    ctcae = set_row("ctcae-v5")[2]
    assert "x < 0.3: low, grade 4, life-threatening" in ctcae
    assert "2.3 < x ≤ 3: high, grade 1, mild" in ctcae


def test_threshold_table_never_breaks_an_interval_across_lines() -> None:
    ctcae = table_rows(_docs.threshold_table())
    cell = next(row[2] for row in ctcae if "`ctcae-v5`" in row[0])
    assert f"0.5{NBSP}≤{NBSP}x{NBSP}<{NBSP}0.75: low, grade 1, mild" in cell


def test_threshold_table_converts_a_mass_edge_to_mmol() -> None:
    assert "0.7406 (from mg/dL)" in set_row("workeneh-2021")[3]
    assert "0.65 (from mEq/L)" in set_row("aha-2005")[3]


# --- bibliography -------------------------------------------------------------------


def bibliography_sections() -> dict[str, list[str]]:
    """The bibliography's topic sections: heading anchor to the lines under it."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in _docs.bibliography().splitlines():
        if match := re.fullmatch(r"### .+ \{#(bib-[a-z]+)\}", line):
            current = sections.setdefault(match.group(1), [])
        else:
            current.append(line)
    return sections


def test_bibliography_lists_every_source_once_by_topic_sorted_with_its_anchor() -> None:
    sections = bibliography_sections()
    assert list(sections)[:2] == ["bib-thresholds", "bib-intake"]
    every: list[str] = []
    for lines in sections.values():
        items = [line for line in lines if line.startswith("- ")]
        keys = [match.group(1) for item in items if (match := ANCHOR.search(item))]
        assert keys == sorted(keys), "sorted by key within a topic"
        for key, item in zip(keys, items, strict=True):
            assert item.startswith(f"- **[`{key}`](#{key}){{#{key}}}**: ")
        every += keys
    assert sorted(every) == sorted(BIBLIOGRAPHY), "every source exactly once"


def test_bibliography_contents_link_every_topic_with_its_count() -> None:
    text = _docs.bibliography()
    contents = re.findall(r"^- \[(.+)\]\(#(bib-[a-z]+)\): (\d+) sources$", text, re.MULTILINE)
    sections = bibliography_sections()
    assert [anchor for _, anchor, _ in contents] == list(sections)
    for heading, anchor, count in contents:
        assert f"### {heading} {{#{anchor}}}" in text
        entries = [line for line in sections[anchor] if line.startswith("- **")]
        assert int(count) == len(entries)


def test_a_source_stands_under_the_first_topic_that_cites_it() -> None:
    sections = bibliography_sections()
    order = [anchor for anchor, _, _ in _docs._TOPICS]
    citing = _docs._citing_tables()
    shared = 0
    for key in BIBLIOGRAPHY:
        topics = [a for a, _, tables in _docs._TOPICS if set(tables) & set(citing.get(key, []))]
        home = topics[0] if topics else "bib-other"
        assert any(line.startswith(f"- **[`{key}`]") for line in sections[home]), key
        for other in topics[1:]:
            assert order.index(other) > order.index(home)
            also = "".join(line for line in sections[other] if line.startswith("Also cited here"))
            assert f"[`{key}`](#{key})" in also, (key, other)
            shared += 1
    assert shared, "some source is cited by two topics, so the links are tested"
    assert any(
        line.startswith("- **[`nightingale-2006-short-bowel`]")
        for line in sections["bib-repletion"]
    )


def test_bibliography_anchors_render_as_html_ids() -> None:
    markdown = pytest.importorskip("markdown")
    rendered = markdown.markdown(_docs.bibliography(), extensions=["attr_list"])
    for key in BIBLIOGRAPHY:
        assert f'id="{key}"' in rendered


@pytest.mark.parametrize("key", sorted(BIBLIOGRAPHY))
def test_bibliography_entry_shows_the_source(key: str) -> None:
    source = BIBLIOGRAPHY[key]
    entries = _docs.bibliography().split("\n\n")
    entry = next(e for e in entries if e.startswith(f"- **[`{key}`](#{key})"))
    flagged = "Not verified against the primary text" in entry
    assert flagged == (not source.verified)
    if source.url:
        assert f"<{source.url}>" in entry
    if source.identifier:
        assert source.identifier in entry
    if source.year is not None:
        assert str(source.year) in entry.splitlines()[0]
    citing = [s.name for s in THRESHOLD_SETS.values() if source in s.sources]
    assert [name.removeprefix("set-") for name in CROSS_REFERENCE.findall(entry)] == citing


def test_unverified_sources_exist_and_are_flagged() -> None:
    unverified = [key for key, source in BIBLIOGRAPHY.items() if not source.verified]
    assert unverified, "the flag is tested only if some source is unverified"
    assert _docs.bibliography().count("Not verified against the primary text") == len(unverified)


def test_bibliography_escapes_markdown_in_notes() -> None:
    text = _docs.bibliography()
    assert "&lt;0.7 mmol/l" in text
    assert r"ncictcaev5\_uscv.json" in text


def test_cross_references_between_generated_pages_resolve() -> None:
    table, bibliography = _docs.threshold_table(), _docs.bibliography()
    anchors = set(ANCHOR.findall(table)) | set(ANCHOR.findall(bibliography))
    assert set(CROSS_REFERENCE.findall(table)) <= anchors
    assert set(CROSS_REFERENCE.findall(bibliography)) <= anchors


def test_hand_written_references_to_sources_resolve() -> None:
    anchors = set(BIBLIOGRAPHY) | {f"set-{name}" for name in THRESHOLD_SETS}
    for page in DOCS.rglob("*.md"):
        for target in CROSS_REFERENCE.findall(page.read_text("utf-8")):
            if not target.startswith("magnesium"):
                assert target in anchors, (page.name, target)


# --- figure -------------------------------------------------------------------------


LAYOUTS = ("wide", "narrow")


def parse_figures() -> dict[str, ET.Element]:
    """The figure's drawings by layout name (``wide``, ``narrow``)."""
    box = ET.fromstring(_docs.threshold_figure())  # noqa: S314 (our own output)
    assert box.tag == "div"
    assert box.get("class") == "mg-scroll mg-switch", "a too narrow column scrolls, not shrinks"
    drawings = {}
    for svg in box:
        classes = (svg.get("class") or "").split()
        assert "mg-figure" in classes
        (layout,) = (name for name in LAYOUTS if f"mg-{name}" in classes)
        drawings[layout] = svg
    assert list(drawings) == list(LAYOUTS)
    return drawings


def parse_figure(layout: str = "wide") -> ET.Element:
    return parse_figures()[layout]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_figure_is_an_accessible_svg(layout: str) -> None:
    root = parse_figure(layout)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    assert title is not None
    assert title.text
    assert title.get("id") in (root.get("aria-labelledby") or "").split()


def test_figure_ids_are_unique_on_the_page() -> None:
    ids = [e.get("id") for svg in parse_figures().values() for e in svg.iter() if e.get("id")]
    assert ids
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_figure_is_drawn_at_the_width_it_is_shown_with_text_of_12_px(layout: str) -> None:
    root = parse_figure(layout)
    assert root.get("width") == root.get("viewBox", "").split()[2]
    assert min(float(t.get("font-size", "0")) for t in root.iter(f"{SVG}text")) >= 12


def text_extent(text: ET.Element) -> tuple[float, float]:
    """Where a label's ink may reach, left and right, at 7 px a character of 12 px text."""
    x, width = float(text.get("x", "nan")), 7 * len(text.text or "")
    anchor = text.get("text-anchor", "start")
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return left, left + width


@pytest.mark.parametrize("layout", LAYOUTS)
def test_figure_text_stays_inside_the_drawing(layout: str) -> None:
    root = parse_figure(layout)
    width = float(root.get("width", "nan"))
    for text in root.iter(f"{SVG}text"):
        left, right = text_extent(text)
        assert left >= 0, text.text
        assert right <= width, text.text


def test_narrow_figure_fits_a_phone_and_the_stylesheet_switches_at_the_wide_width() -> None:
    figures = parse_figures()
    assert float(figures["narrow"].get("width", "nan")) <= 390 - 2 * 16, "a 390 px phone's column"
    wide = figures["wide"].get("width")
    css = (DOCS / "stylesheets" / "extra.css").read_text("utf-8")
    assert f"@container (width < {wide}px)" in css


@pytest.mark.parametrize("layout", LAYOUTS)
def test_figure_has_one_group_per_set_with_one_bar_per_table(layout: str) -> None:
    root = parse_figure(layout)
    groups = [g for g in root.iter(f"{SVG}g") if g.get("class") == "threshold-set"]
    assert [g.get("data-set") for g in groups] == list(THRESHOLD_SETS)
    for group in groups:
        threshold_set = THRESHOLD_SETS[group.get("data-set", "")]
        rects = group.findall(f"{SVG}rect")
        rows = {rect.get("y") for rect in rects}
        assert len(rows) == len(threshold_set.cutoffs)
        visible = sum(
            1
            for table in threshold_set.cutoffs
            for band in table.bands
            if units.rescale(band.lower, table.unit, "mmol/L") < 3.5
        )
        assert len(rects) == visible


@pytest.mark.parametrize("layout", LAYOUTS)
def test_figure_bars_tile_the_axis_without_gaps(layout: str) -> None:
    root = parse_figure(layout)
    for group in (g for g in root.iter(f"{SVG}g") if g.get("class") == "threshold-set"):
        by_row: dict[str, list[tuple[float, float]]] = {}
        for rect in group.findall(f"{SVG}rect"):
            x, width = float(rect.get("x", "nan")), float(rect.get("width", "nan"))
            assert width >= 0
            by_row.setdefault(rect.get("y", ""), []).append((x, width))
        starts = {row[0][0] for row in by_row.values()}
        ends = {round(row[-1][0] + row[-1][1], 1) for row in by_row.values()}
        assert len(starts) == 1
        assert len(ends) == 1
        for row in by_row.values():
            for (x, width), (following, _) in itertools.pairwise(row):
                assert math.isclose(x + width, following, abs_tol=0.11)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_figure_darkens_with_severity(layout: str) -> None:
    root = parse_figure(layout)
    ctcae = next(g for g in root.iter(f"{SVG}g") if g.get("data-set") == "ctcae-v5")
    fills = [rect.get("fill") for rect in ctcae.findall(f"{SVG}rect")][:8]
    low_4, low_3, low_2, low_1, normal, high_1, high_3, high_4 = fills
    assert len({low_4, low_3, low_2, low_1, normal}) == 5
    assert len({high_1, high_3, high_4, normal}) == 4


def test_figure_notes_the_open_ended_ctcae_grade() -> None:
    wide = ET.tostring(parse_figure("wide"), encoding="unicode")
    assert f"CTCAE grade 4 hypermagnesaemia (&gt;{NBSP}3.3 mmol/L, &gt;{NBSP}8 mg/dL)" in wide
    narrow = parse_figure("narrow")
    words = " ".join(t.text or "" for t in narrow.iter(f"{SVG}text"))
    assert f"(>{NBSP}3.3 mmol/L, >{NBSP}8 mg/dL) continues beyond." in words
    assert not any((t.text or "").endswith(">") for t in narrow.iter(f"{SVG}text"))


def test_figure_is_deterministic() -> None:
    assert _docs.threshold_figure() == _docs.threshold_figure()


def test_generated_pages_follow_data_of_other_shapes(monkeypatch: pytest.MonkeyPatch) -> None:
    anything = ThresholdSet(
        name="test-anything",
        title="Every level is normal",
        population=Population.ADULT,
        cutoffs=(
            Cutoffs(
                "mmol/L",
                (Band(lower=0, upper=math.inf, status=Status.NORMAL, label="all"),),
            ),
        ),
        sources=(cite("iom-1997"),),
    )
    beyond = ThresholdSet(
        name="test-beyond",
        title="High only above the axis",
        population=Population.ADULT,
        cutoffs=(
            Cutoffs(
                "mmol/L",
                (
                    Band(lower=0, upper=4, status=Status.NORMAL, label="n", includes_upper=True),
                    Band(
                        lower=4, upper=math.inf, status=Status.HIGH, label="h", includes_lower=False
                    ),
                ),
            ),
        ),
        sources=(cite("iom-1997"),),
    )
    monkeypatch.setattr(_docs, "THRESHOLD_SETS", {s.name: s for s in (anything, beyond)})
    assert f"any{NBSP}x: not low" in _docs.threshold_table()
    for root in parse_figures().values():
        groups = {g.get("data-set"): g for g in root.iter(f"{SVG}g") if g.get("class")}
        assert len(groups["test-beyond"].findall(f"{SVG}rect")) == 1
    assert "CTCAE" not in _docs.threshold_figure()

    pmid = Source(
        key="test-pmid", title="A trial", publisher="A journal", year=None, identifier="PMID: 1"
    )
    monkeypatch.setattr(_docs, "BIBLIOGRAPHY", {pmid.key: pmid})
    entry = _docs.bibliography()
    assert "Identifier: PMID: 1" in entry
    assert "Where:" not in entry
    assert "Cited by" not in entry


# --- units, CLI and API index -------------------------------------------------------


def conversion_factors() -> dict[tuple[str, str], float]:
    table = _docs.conversion_table()
    header = [cell.strip().strip("`") for cell in table.splitlines()[0].strip("|").split(" | ")]
    factors = {}
    for row in table_rows(table):
        source = row[0].strip("`")
        for target, cell in zip(header[1:], row[1:], strict=True):
            factors[source, target] = float(cell)
    return factors


def test_conversion_table_covers_every_pair_of_units() -> None:
    factors = conversion_factors()
    assert set(factors) == {(a, b) for a in units.ACCEPTED_UNITS for b in units.ACCEPTED_UNITS}
    assert factors["mEq/L", "mmol/L"] == 0.5
    assert factors["mmol/L", "mEq/L"] == 2
    assert factors["mg/dL", "mg/100 mL"] == 1
    assert factors["mmol/L", "mg/L"] == magnesium.MOLAR_MASS_G_PER_MOL


@pytest.mark.parametrize("source", units.ACCEPTED_UNITS)
def test_conversion_table_agrees_with_convert(source: str) -> None:
    factors = conversion_factors()
    for target in units.ACCEPTED_UNITS:
        shown = factors[source, target]
        assert math.isclose(shown, magnesium.convert(1, source, target), rel_tol=5e-6)
        assert math.isclose(shown * factors[target, source], 1, rel_tol=1e-5)
        assert factors[source, source] == 1


def test_cli_example_shows_command_and_output() -> None:
    session = _docs.cli_example("classify", "1.4 mg/dL", "--set", "ctcae-v5")
    lines = session.splitlines()
    assert lines[0] == "```console"
    assert lines[1] == "$ magnesium classify '1.4 mg/dL' --set ctcae-v5"
    assert lines[2].startswith("1.4 mg/dL")
    assert lines[-1] == "```"


def test_cli_example_shows_errors() -> None:
    assert "magnesium: error:" in _docs.cli_example("convert", "1", "mg", "--to", "mmol/L")


def test_public_names_lists_every_export() -> None:
    text = _docs.public_names()
    for name in magnesium.__all__:
        assert f"[`{name}`][magnesium." in text
    assert len(table_rows(text)) == len(magnesium.__all__)
