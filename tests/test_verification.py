"""Verification levels: what was read to check each source, shown wherever a source is."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import _docs, foods, rda, repletion
from magnesium._cli_json import source_dict, source_line
from magnesium.cli import main
from magnesium.sources import BIBLIOGRAPHY, Source, Verification, cite, weakest_verification

V = Verification
NOT_PRIMARY = [
    key for key, source in sorted(BIBLIOGRAPHY.items()) if source.verification != V.PRIMARY
]
_SOURCES = st.lists(st.sampled_from(sorted(BIBLIOGRAPHY)), min_size=1, max_size=6).map(
    lambda keys: [BIBLIOGRAPHY[key] for key in keys]
)


def _source(**changes: object) -> Source:
    fields: dict[str, object] = {
        "key": "x-1",
        "title": "t",
        "publisher": "p",
        "year": 2000,
        "url": "https://example.org",
    }
    return Source(**{**fields, **changes})  # type: ignore[arg-type]


# --- every source is classified, honestly -----------------------------------------------


def test_every_source_has_a_level() -> None:
    assert all(isinstance(source.verification, V) for source in BIBLIOGRAPHY.values())
    # Each level but the primary one is in use, so each display below is exercised.
    assert {source.verification for source in BIBLIOGRAPHY.values()} == set(V)


@pytest.mark.parametrize("key", NOT_PRIMARY)
def test_every_non_primary_source_says_what_was_read(key: str) -> None:
    source = BIBLIOGRAPHY[key]
    assert source.note, "the note says what was and was not read"
    if source.verification is not V.UNVERIFIED:
        assert source.read_in, "a copy or a summary was read: name it"
    if source.verification in {V.SECONDARY, V.UNVERIFIED}:
        assert not source.verified


@pytest.mark.parametrize(
    ("key", "level"),
    [
        # The National Academies' own openbook page was read and quoted.
        ("iom-1997", V.PRIMARY),
        # The label's dosage and warnings were read in verbatim copies
        # (newmedicalterms.com, globalrph.com), not on DailyMed.
        ("fda-label-mgso4-injection", V.VERBATIM_COPY),
        # The ATC codes were read in a scraped CSV of the WHO index, not on atcddd.fhi.no.
        ("who-atc-ddd-2026", V.VERBATIM_COPY),
        # The 1.3 mEq/L definition is attributed to the guideline by summaries only.
        ("aha-2005-electrolytes", V.SECONDARY),
        # The short-bowel regimen was found only on an AI-generated summary site.
        ("nightingale-2006-short-bowel", V.SECONDARY),
        # The salt formulas were written from chemical nomenclature; nothing was read.
        ("pubchem-magnesium-salts", V.UNVERIFIED),
    ],
)
def test_known_levels(key: str, level: Verification) -> None:
    assert cite(key).verification is level


def test_nothing_rests_on_an_ai_summary_site_as_verified() -> None:
    for source in BIBLIOGRAPHY.values():
        read = f"{source.read_in} {source.note}".lower()
        if "droracle" in (source.read_in or "").lower():
            assert source.verification is V.SECONDARY
        if "ai-generated" in read:
            assert source.verification is V.SECONDARY or "no longer relied on" in read


# --- the Source type ----------------------------------------------------------------------


def test_levels_order_from_primary_down() -> None:
    assert [level.rank for level in V] == [3, 2, 1, 0]
    assert V.UNVERIFIED < V.SECONDARY < V.VERBATIM_COPY < V.PRIMARY
    assert max(V) is V.PRIMARY
    assert min(V) is V.UNVERIFIED
    with pytest.raises(TypeError):
        _ = V.PRIMARY < "primary"


@given(_SOURCES, _SOURCES)
def test_the_weakest_level_is_the_least_checked_source(a: list[Source], b: list[Source]) -> None:
    weakest = weakest_verification(a + b)
    assert all(weakest <= source.verification for source in a + b)
    assert weakest in {source.verification for source in a + b}
    assert weakest == min(weakest_verification(a), weakest_verification(b))


def test_nothing_cited_is_unverified() -> None:
    assert weakest_verification([]) is V.UNVERIFIED


def test_the_deprecated_keyword_still_works() -> None:
    assert _source(verified=True).verification is V.PRIMARY
    assert _source(verified=False).verification is V.SECONDARY
    assert _source(verified=False, verification=V.UNVERIFIED).verified is False
    assert _source().verification is V.PRIMARY


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"verification": V.VERBATIM_COPY}, "read_in="),
        ({"read_in": "a mirror"}, "no read_in="),
        ({"verified": True, "verification": V.SECONDARY}, "verified= is deprecated"),
        ({"verified": False, "verification": V.PRIMARY}, "verified= is deprecated"),
        ({"verification": "primary"}, "Verification level"),
    ],
)
def test_inconsistent_levels_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(mg.DefinitionError, match=message):
        _source(**changes)


def test_verified_means_the_documents_own_words_were_read() -> None:
    for source in BIBLIOGRAPHY.values():
        assert source.verified == (source.verification in {V.PRIMARY, V.VERBATIM_COPY})


# --- shown in citations, JSON, the CLI and the docs ---------------------------------------


@pytest.mark.parametrize("key", sorted(BIBLIOGRAPHY))
def test_citation_text_shows_the_level(key: str) -> None:
    source = BIBLIOGRAPHY[key]
    text = str(source)
    if source.verification is V.PRIMARY:
        assert source.flag == ""
        assert not text.endswith("]")
    else:
        assert text.endswith(source.flag)
        assert f"[{source.verification.label}" in text
        if source.read_in:
            assert source.read_in in text


def test_citation_text_known_answer() -> None:
    text = str(cite("nightingale-2006-short-bowel"))
    assert "[secondary summary only: droracle.ai, an AI-generated summary site" in text
    assert str(cite("dynamed-2019")).endswith(
        "[read in a verbatim copy: a 2019 printout of the DynaMed Plus topic on scribd.com "
        "(document 461343309)]"
    )
    assert str(cite("iupac-conventional-atomic-weights")).endswith(
        "[unverified: no copy confirming the numbers was read]"
    )


@pytest.mark.parametrize("key", sorted(BIBLIOGRAPHY))
def test_json_and_text_lines_carry_the_level(key: str) -> None:
    source = BIBLIOGRAPHY[key]
    payload = source_dict(source)
    assert payload["verification"] == source.verification.value
    assert payload["read_in"] == source.read_in
    line = source_line(source, width=30)
    assert line.startswith(str(source)[:20])
    assert line.endswith(
        "" if source.verification is V.PRIMARY else f"[{source.verification.label}]"
    )


def test_cli_classify_shows_levels(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "1.0", "mEq/L", "--set", "aha-2005", "--json"]) == 0
    sources = json.loads(capsys.readouterr().out)["sources"]
    assert [(s["key"], s["verification"]) for s in sources] == [
        ("aha-2005-electrolytes", "secondary")
    ]
    assert main(["classify", "1.0", "mEq/L", "--set", "aha-2005"]) == 0
    out = capsys.readouterr().out
    assert "[secondary summary only]" in out
    assert "(secondary summary only)" in out.splitlines()[-1]


@pytest.mark.parametrize("key", sorted(BIBLIOGRAPHY))
def test_bibliography_entry_shows_the_level(key: str) -> None:
    source = BIBLIOGRAPHY[key]
    entry = next(e for e in _docs.bibliography().split("\n\n") if e.startswith(f"- **[`{key}`]"))
    level_line = entry.splitlines()[1]
    match source.verification:
        case V.PRIMARY:
            assert level_line == "    - Read in the primary text."
        case V.VERBATIM_COPY:
            assert level_line.startswith("    - Read in a verbatim copy: ")
        case level:
            assert level_line.startswith(
                f"    - ⚠ **Not verified against the primary text** ({level.label})"
            )


def test_bibliography_names_the_tables_that_cite_a_source() -> None:
    entry = next(
        e
        for e in _docs.bibliography().split("\n\n")
        if e.startswith("- **[`nightingale-2006-short-bowel`]")
    )
    assert "Cited in the tables of regimens" in entry


# --- results say how well they are sourced ------------------------------------------------


def test_threshold_sets_and_classifications_report_the_weakest_level() -> None:
    for threshold_set in mg.THRESHOLD_SETS.values():
        assert threshold_set.verification == min(s.verification for s in threshold_set.sources)
    # aha-2005 rests only on summaries attributing the definition to the AHA.
    assert mg.get_threshold_set("aha-2005").verification is V.SECONDARY
    level = mg.SerumMagnesium.parse("1.0 mEq/L")
    assert mg.classify(level, "aha-2005").verification is V.SECONDARY
    assert mg.classify(level).verification is V.PRIMARY  # iom-1997, its own page


def test_intake_references_report_the_weakest_level() -> None:
    # The EU upper level (SCF 2001) was read only as BfR and NutriFacts report it.
    efsa = rda.recommended_intake(age_years=40, sex="male", authority="EFSA")
    assert efsa.verification is V.SECONDARY
    # The US upper level of 350 mg was read in a mirror of Health Canada's table.
    iom = rda.recommended_intake(age_years=40, sex="male")
    assert iom.verification is V.VERBATIM_COPY
    estimate = foods.estimate_intake([("pumpkin-seeds", 1)])
    assert estimate.verification is V.SECONDARY


def test_a_plan_flags_figures_that_rest_on_summaries() -> None:
    plan = repletion.plan_repletion("0.6 mmol/L", short_bowel=True)
    assert plan.verification is V.SECONDARY
    warning = next(w for w in plan.warnings if w.startswith("Some figures"))
    assert "nightingale-2006-short-bowel (secondary summary only)" in warning
    label_only = repletion.plan_repletion("0.3 mmol/L", symptomatic=True, weight_kg=70)
    assert label_only.verification <= V.VERBATIM_COPY


def test_cli_results_carry_their_weakest_level(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "1.0", "mEq/L", "--set", "aha-2005", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["verification"] == "secondary"
    assert main(["plan", "0.6", "mmol/L", "--short-bowel", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["verification"] == "secondary"
