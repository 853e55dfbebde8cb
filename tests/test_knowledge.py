"""The knowledge base's loader: each rule a data file must keep, and the message it gives.

Every broken file in ``tests/knowledge/broken/`` breaks one rule of a good threshold set
(``good.toml``); the loader must refuse it with a `DefinitionError` naming the file, the
table, the row and, where it is one field, the field.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import magnesium as mg
from magnesium import _knowledge
from magnesium.sources import cite
from magnesium.thresholds import ThresholdSet

BROKEN = Path(__file__).parent / "knowledge" / "broken"
DATA = Path(mg.__file__).parent / "data"


def _load(file: str, folder: Path = BROKEN) -> tuple[ThresholdSet, ...]:
    return _knowledge.load(file, "set", ThresholdSet, resolve=cite, folder=folder)


def test_the_good_fixture_loads() -> None:
    (built,) = _load("good.toml")
    assert built.name == "lab-x"
    assert built.sources == (cite("iom-1997"),)
    assert mg.classify("0.69 mmol/L", built).status is mg.Status.LOW


@pytest.mark.parametrize(
    ("file", "place", "says"),
    [
        ("missing_source.toml", "row 1 ('lab-x'), field sources[1]", "'nobody-2099'"),
        ("unknown_unit.toml", "row 1 ('lab-x'), field cutoffs[0]", "mmol/dL"),
        ("gap.toml", "row 1 ('lab-x'), field cutoffs[0]", "gap"),
        ("overlap.toml", "row 1 ('lab-x'), field cutoffs[0]", "overlap"),
        ("not_finite.toml", "field cutoffs[0].bands[0].upper", "a finite number"),
        ("unknown_field.toml", "row 1 ('lab-x'), field reviewed_by", "only the fields"),
        ("unknown_status.toml", "field cutoffs[0].bands[0].status", "'lowish'"),
        ("text_number.toml", "field cutoffs[0].bands[0].upper", "of type float"),
        ("missing_field.toml", "row 1 ('lab-x'), field title", "missing"),
        ("extra_table.toml", "table [[set]]", "only the table"),
        ("not_toml.toml", "table [[*]]", "TOML"),
    ],
)
def test_a_broken_file_is_refused_naming_file_table_row_and_field(
    file: str, place: str, says: str
) -> None:
    with pytest.raises(mg.DefinitionError) as caught:
        _load(file)
    message = str(caught.value)
    assert f"in {file}, " in message
    assert place in message
    assert says in message


def test_the_table_name_is_in_the_message() -> None:
    with pytest.raises(mg.DefinitionError, match=r"table \[\[set\]\], row 1"):
        _load("gap.toml")


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (_knowledge.MAX_FILE_BYTES + 1))
    with pytest.raises(mg.DefinitionError, match="at most"):
        _load("big.toml", tmp_path)


def test_a_missing_file_is_a_definition_error(tmp_path: Path) -> None:
    with pytest.raises(mg.DefinitionError, match=r"nothing\.toml"):
        _load("nothing.toml", tmp_path)


def test_a_row_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    (tmp_path / "flat.toml").write_text('set = ["iom-1997"]\n', encoding="utf-8")
    with pytest.raises(mg.DefinitionError, match=r"rows written as \[\[set\]\]"):
        _load("flat.toml", tmp_path)


def test_every_shipped_file_is_small_and_read_by_a_table() -> None:
    shipped = sorted(path.name for path in DATA.glob("*.toml"))
    assert shipped
    for name in shipped:
        assert (DATA / name).stat().st_size <= _knowledge.MAX_FILE_BYTES
        assert _knowledge.read(name)  # parses


def test_every_source_key_in_a_data_file_is_in_the_bibliography() -> None:
    for path in DATA.glob("*.toml"):
        for table in _knowledge.read(path.name).values():
            for row in table:
                for key in _source_keys(row):
                    assert key in mg.BIBLIOGRAPHY, (path.name, key)


def _source_keys(row: object) -> list[str]:
    if isinstance(row, dict):
        found = [key for key in row.get("sources", []) if isinstance(key, str)]
        return found + [k for value in row.values() for k in _source_keys(value)]
    if isinstance(row, list):
        return [k for value in row for k in _source_keys(value)]
    return []


def test_the_lazy_tables_read_like_the_frozen_ones() -> None:
    sets = mg.THRESHOLD_SETS
    assert sets == dict(sets)
    assert "iom-1997" in sets
    assert len(sets) == len(list(sets))
    assert pickle.loads(pickle.dumps(sets)) == sets  # noqa: S301 (our own bytes)
    assert repr(sets).startswith("FrozenMapping(")
    with pytest.raises(AttributeError):
        sets._make = dict  # type: ignore[attr-defined]


def test_import_magnesium_reads_no_data_file() -> None:
    code = (
        "import sys, magnesium\n"
        "assert 'tomllib' not in sys.modules, 'a data file was read on import'\n"
        "print(len(magnesium.THRESHOLD_SETS))\n"
    )
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(mg.THRESHOLD_SETS)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (("[[set.cutoffs]]", 'cutoffs_text = "x"\n[[set.cutoffs]]'), "only the fields"),
        (('sources = ["iom-1997"]', 'sources = "iom-1997"'), "an array"),
        (('sources = ["iom-1997"]', "sources = [1997]"), "a source key (a string)"),
    ],
)
def test_a_value_of_the_wrong_shape_is_refused(
    tmp_path: Path, change: tuple[str, str], says: str
) -> None:
    text = (BROKEN / "good.toml").read_text(encoding="utf-8").replace(*change, 1)
    (tmp_path / "shape.toml").write_text(text, encoding="utf-8")
    with pytest.raises(mg.DefinitionError, match=r"shape\.toml, table") as caught:
        _load("shape.toml", tmp_path)
    assert says in str(caught.value)


def test_a_row_without_a_name_is_named_by_its_position(tmp_path: Path) -> None:
    (tmp_path / "anonymous.toml").write_text('[[set]]\ntitle = "x"\n', encoding="utf-8")
    with pytest.raises(mg.DefinitionError, match=r"row 1, field name: a value"):
        _load("anonymous.toml", tmp_path)


def test_a_nested_value_that_is_not_a_table_is_refused() -> None:
    where = _knowledge.Where("inline.toml", "set", 0, "lab-x")
    row = {"name": "lab-x", "title": "t", "population": "adult", "cutoffs": ["x"]}
    with pytest.raises(mg.DefinitionError, match=r"field cutoffs\[0\]: a table \(a Cutoffs\)"):
        _knowledge.build(ThresholdSet, row | {"sources": ["iom-1997"]}, where, cite)


def _first_row(file: str) -> str:
    text = (DATA / file).read_text(encoding="utf-8")
    start = text.index("\n[[") + 1
    end = text.find("\n\n[[", start)
    return text[start:end] + "\n"


@pytest.mark.parametrize(
    ("file", "change", "place"),
    [
        ("regimens.toml", ('dose_g = "2"', 'dose_g = "two"'), "field dose_g"),
        ("regimens.toml", ('dose_g = "2"', 'dose_g = "-2"'), "field dose_g"),
        ("regimens.toml", ('renal = "caution"', 'renal = "maybe"'), "field renal"),
        ("regimens.toml", ('indication = "arrest"', 'indication = "x"'), "field indication"),
        ("limits.toml", ('grams = "150"', 'grams = "NaN"'), "field grams"),
        ("limits.toml", ('kind = "rate"', 'kind = "hourly"'), "field kind"),
        ("salts.toml", ('unit = "g/mol"', 'unit = "g"'), "field labels[0].unit"),
        ("solutions.toml", ('mg_salt_per_ml = "500"', 'mg_salt_per_ml = "inf"'), "mg_salt_per_ml"),
        ("atomic_weights.toml", ('weight = "1.008"', 'weight = "1,008"'), "field weight"),
    ],
)
def test_the_repletion_tables_check_their_decimal_text_and_choices(
    tmp_path: Path, file: str, change: tuple[str, str], place: str
) -> None:
    from magnesium import _atomic_weights, _regimen_rows, _salt_rows  # noqa: PLC0415

    row = _first_row(file)
    assert change[0] in row
    (tmp_path / file).write_text(row.replace(*change), encoding="utf-8")
    tables: dict[str, tuple[str, type, Any]] = {
        "regimens.toml": ("regimen", _regimen_rows.RegimenRow, _regimen_rows._check_regimen),
        "limits.toml": ("limit", _regimen_rows.LimitRow, _regimen_rows._check_limit),
        "salts.toml": ("salt", _salt_rows.SaltRow, _salt_rows._check_salt),
        "solutions.toml": ("solution", _salt_rows.SolutionRow, _salt_rows._check_solution),
        "atomic_weights.toml": (
            "element",
            _atomic_weights._AtomicWeight,
            _atomic_weights._check_weight,
        ),
    }
    table, cls, check = tables[file]
    assert _knowledge.load(file, table, cls, resolve=cite, check=check)  # the real file passes
    with pytest.raises(mg.DefinitionError) as caught:
        _knowledge.load(file, table, cls, resolve=cite, folder=tmp_path, check=check)
    assert f"in {file}, table [[{table}]], row 1" in str(caught.value)
    assert place in str(caught.value)
