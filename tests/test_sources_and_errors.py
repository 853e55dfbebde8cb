"""Citations and the error hierarchy."""

from __future__ import annotations

import pickle
import re

import pytest

import magnesium as mg
from magnesium import _knowledge, errors, units
from magnesium.sources import _FILES


def test_every_source_key_is_unique_and_well_formed() -> None:
    keys = [
        str(row["key"])
        for topic in _FILES
        for _where, row in _knowledge.rows(f"sources_{topic}.toml", "source")
    ]
    assert len(keys) == len(set(keys)) == len(mg.BIBLIOGRAPHY)
    assert all(re.fullmatch(r"[a-z0-9]+(?:[-.][a-z0-9]+)*", key) for key in keys)


def test_every_source_can_be_found_by_a_reader() -> None:
    for source in mg.BIBLIOGRAPHY.values():
        assert source.url or source.identifier
        assert source.title
        assert source.publisher


def test_the_cited_keys_named_in_the_code_exist() -> None:
    assert "ciaaw-magnesium" in mg.BIBLIOGRAPHY  # the molar mass
    assert "ucum" in mg.BIBLIOGRAPHY  # why mEq is converted with the valence
    documented = (units.MOLAR_MASS_G_PER_MOL, units.VALENCE)
    assert documented == (24.305, 2)


def test_every_unverified_source_says_why() -> None:
    for source in mg.BIBLIOGRAPHY.values():
        if not source.verified:
            assert source.note
            assert "NOT VERIFIED" in source.note
            assert str(source).endswith(source.flag)
            assert source.verification.label in source.flag


def test_citation_text() -> None:
    source = mg.cite("workeneh-2021")
    text = str(source)
    assert text.startswith("Workeneh BT, Uppal NN, Jhaveri KD, Rondon-Berrios H. ")
    assert "Kidney360" in text
    assert "2021" in text
    assert "doi:10.34067/KID.0005622020" in text
    assert "n.d." in str(mg.cite("statpearls-hypomagnesemia"))


def test_sources_need_a_way_to_find_them_and_a_good_key() -> None:
    with pytest.raises(mg.DefinitionError, match="url= or identifier="):
        mg.Source(key="x-1", title="t", publisher="p", year=2000)
    with pytest.raises(mg.DefinitionError, match="lower-case key"):
        mg.Source(key="Bad Key", title="t", publisher="p", year=2000, url="https://e.org")


def test_cite_unknown_keys_with_suggestions() -> None:
    with pytest.raises(mg.UnknownEntryError) as caught:
        mg.cite("iom1997")
    assert caught.value.suggestions[0] == "iom-1997"
    assert caught.value.kind == "source"


def test_the_bibliography_is_read_only() -> None:
    with pytest.raises(TypeError):
        mg.BIBLIOGRAPHY["x"] = mg.cite("iom-1997")  # type: ignore[index]


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (mg.UnitError, ValueError),
        (mg.ImplausibleValueError, ValueError),
        (mg.ParseError, ValueError),
        (mg.DefinitionError, ValueError),
        (mg.UnknownEntryError, LookupError),
    ],
)
def test_every_error_is_a_magnesium_error_and_a_builtin(
    error: type[mg.MagnesiumError], builtin: type[Exception]
) -> None:
    assert issubclass(error, mg.MagnesiumError)
    assert issubclass(error, builtin)
    assert not issubclass(error, KeyError)  # no quoted str(), no bare KeyError


@pytest.mark.parametrize(
    "error",
    [
        mg.UnitError("mg", "mg/dL", "Fix it."),
        mg.ImplausibleValueError(-1.0, "a number >= 0", "Fix it."),
        mg.ParseError("x", "a result", "Fix it."),
        mg.DefinitionError("x", "a band", "Fix it."),
        mg.UnknownEntryError("iom", "threshold set", ["iom-1997"]),
    ],
)
def test_errors_name_value_expectation_and_fix_and_pickle(error: mg.MagnesiumError) -> None:
    message = str(error)
    assert repr(error.value) in message
    assert error.expected in message
    assert error.hint in message
    clone = pickle.loads(pickle.dumps(error))  # noqa: S301
    assert type(clone) is type(error)
    assert str(clone) == message


def test_errors_module_exports() -> None:
    assert set(errors.__all__) <= set(mg.__all__)


def test_cite_rejects_non_text_keys_with_the_library_error() -> None:
    with pytest.raises(mg.UnknownEntryError):
        mg.cite(["x"])  # type: ignore[arg-type]


def test_an_input_error_with_an_unprintable_what_still_has_a_message() -> None:
    # Found by the hostile battery: an int beyond the int-to-text limit as `what`.
    error = errors.InputError(1, 10**5000, "x", "y")  # type: ignore[arg-type]
    assert str(error).startswith("1 is not a usable <an int of 16610 bits>")
    unknown = errors.UnknownEntryError(0.7, "salt", ["epsom", 10**5000])  # type: ignore[list-item]
    assert "'<an int of 16610 bits>', 'epsom'" in str(unknown)
    assert "usable eGFR" in str(errors.InputError(-1, "eGFR", "x", "y"))
