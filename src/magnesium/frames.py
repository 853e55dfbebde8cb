"""Reference tables and results as pandas data frames.

[`to_frame`][magnesium.frames.to_frame] turns any of the library's tables
(``THRESHOLD_SETS``, the intake tables ``AUTHORITIES``, ``FOODS``, ``SALTS``,
``CAUSES``, ``DRUGS``, ``GENETIC_DISORDERS``, ``CRITICAL_LIMITS``...) into a
`pandas.DataFrame`; [`results_frame`][magnesium.frames.results_frame] does the
same for any sequence of results (classifications, intake references, plans...).

The columns are the fields of [`serialize.to_dict`][magnesium.serialize.to_dict]'s
shape, so a frame never shows a private or derived field, and a column means what
the field of the same name means in the value's documentation:

- a number, text or boolean field is a column of the same name; an enum is its
  value (``"low"``); an open band edge is ``inf``;
- a nested value is flattened into ``field.subfield`` columns (``level.value``,
  ``level.unit``, ``band.status``, ``band.grade``...), except a cited table entry
  (a threshold set, a salt, critical limits...), which is its name or key;
- a tuple of texts is a tuple; a tuple of table entries is a tuple of their names;
  a tuple of other values is a tuple of dicts of their fields;
- ``sources`` is a tuple of source keys (keys of
  [`BIBLIOGRAPHY`][magnesium.sources.BIBLIOGRAPHY]). Pass ``sources="expanded"``, or
  call [`expand_sources`][magnesium.frames.expand_sources] on a frame, for one row
  per source with the source's fields as ``source.key``, ``source.title``,
  ``source.verification``... (a row without sources keeps one row with ``None``).

Three tables have a long form, one row per band or life stage, because that is the
table as published:

- ``THRESHOLD_SETS``: one row per band of each unit's table of each set; columns
  ``set``, ``title``, ``population``, ``unit``, the band's fields (``lower``,
  ``upper``, ``status``, ``label``, ``severity``, ``grade``, ``includes_lower``,
  ``includes_upper``) and ``sources`` (the set's);
- ``AUTHORITIES`` (intake references): one row per life stage of each authority;
  columns ``authority``, ``life_stage.*``, ``amount_mg``, ``kind``, ``ear_mg``,
  ``sources`` (the row's) and ``note``;
- ``TOXICITY_TABLES``: one row per band of each table; columns ``table``,
  ``title``, ``unit``, the band's fields and ``sources`` (the table's).

pandas is an optional dependency (``pip install 'magnesium-clinical[pandas]'``),
imported when a frame is first built; without it a call raises
[`MissingExtraError`][magnesium.errors.MissingExtraError].

Examples:
    >>> import magnesium as mg
    >>> from magnesium.frames import results_frame, to_frame
    >>> sets = to_frame(mg.THRESHOLD_SETS)
    >>> ctcae = sets[sets["set"] == "ctcae-v5"].reset_index(drop=True)
    >>> ctcae[["unit", "lower", "upper", "grade"]].head(3)
         unit  lower  upper  grade
    0  mmol/L    0.0    0.3    4.0
    1  mmol/L    0.3    0.4    3.0
    2  mmol/L    0.4    0.5    2.0
    >>> levels = ["1.4 mg/dL", "0.8 mmol/L"]
    >>> frame = results_frame([mg.classify(mg.SerumMagnesium.parse(t)) for t in levels])
    >>> frame[["level.value", "level.unit", "band.status", "threshold_set"]]
       level.value level.unit band.status threshold_set
    0          1.4      mg/dL         low      iom-1997
    1          0.8     mmol/L      normal      iom-1997
"""

from __future__ import annotations

import enum
import importlib
import itertools
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from magnesium import hypermagnesemia, rda, serialize, thresholds
from magnesium.errors import (
    ArgumentTypeError,
    MagnesiumError,
    MissingExtraError,
    UnknownEntryError,
)
from magnesium.sources import BIBLIOGRAPHY, Source

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["Sources", "expand_sources", "results_frame", "to_frame"]

Sources = Literal["keys", "expanded"]
"""How a frame shows sources: a tuple of keys per row, or one row per source."""

_Row = dict[str, object]
_Cited = tuple[Source | str, ...]
"""The sources of a row: `Source` values, or keys of the bibliography."""

_META: Final = frozenset({"type", "schema_version"})
_IDENTIFIERS: Final = ("key", "id", "name")
_MAX_ROWS: Final = 1_000_000
"""More results than this in one frame is a mistake (a generator that never ends)."""


def _pandas() -> Any:  # noqa: ANN401 (an optional, untyped library)
    try:
        pd = importlib.import_module("pandas")  # optional, untyped: imported on first use
    except ImportError as missing:
        raise MissingExtraError(
            "pandas",
            "pandas for magnesium.frames (extra 'pandas')",
            "Install it: pip install 'magnesium-clinical[pandas]'. serialize.to_dict gives "
            "the same fields as plain dicts without it.",
        ) from missing
    return pd


def _check_sources(sources: object) -> None:
    if not isinstance(sources, str) or sources not in {"keys", "expanded"}:
        raise ArgumentTypeError(
            sources, "sources='keys' or sources='expanded'", "Choose one of these."
        )


# --- one value as one row -------------------------------------------------------------


def _identifier(value: object) -> str | None:
    """The name or key of a cited table entry, or None for a value that is not one."""
    if not hasattr(value, "sources") and not hasattr(value, "source"):
        return None
    for name in _IDENTIFIERS:
        found = getattr(value, name, None)
        if isinstance(found, str):
            return found
    return None


def _key(source: Source | str) -> str:
    return source.key if isinstance(source, Source) else source


def _cell(value: object, dumped: object) -> object:
    """One field's cell: *value* is the attribute, *dumped* its to_dict form."""
    if isinstance(value, Source):
        return value.key
    if isinstance(value, tuple) and isinstance(dumped, list):
        return tuple(_cell(each, part) for each, part in zip(value, dumped, strict=True))
    if attrs.has(type(value)) and isinstance(dumped, Mapping):
        identifier = _identifier(value)
        return _fields(value, dumped) if identifier is None else identifier
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _fields(value: object, dumped: Mapping[str, Any], prefix: str = "") -> _Row:
    """The columns of *value*, whose to_dict form (fields only) is *dumped*."""
    row: _Row = {}
    for name, part in dumped.items():
        if name in _META:
            continue
        attribute = getattr(value, name)
        column = f"{prefix}{name}"
        nested = attrs.has(type(attribute)) and not isinstance(attribute, Source)
        if nested and _identifier(attribute) is None:
            row.update(_fields(attribute, part, f"{column}."))
        else:
            row[column] = _cell(attribute, part)
    return row


def _row(value: object) -> tuple[_Row, _Cited]:
    """*value* as one row, and its sources (the objects, for expansion)."""
    cited = getattr(value, "sources", None)
    if isinstance(value, Source):  # a row of the bibliography stands for itself
        cited = (value,)
    elif cited is None:  # a solution cites one source
        single = getattr(value, "source", None)
        cited = () if single is None else (single,)
    return _fields(value, serialize.to_dict(value)), tuple(cited)


# --- the long forms ------------------------------------------------------------------------


def _threshold_rows(threshold_set: thresholds.ThresholdSet) -> Iterator[tuple[_Row, _Cited]]:
    head = {
        "set": threshold_set.name,
        "title": threshold_set.title,
        "population": threshold_set.population.value,
    }
    for table in threshold_set.cutoffs:
        for band in table.bands:
            row, _ = _row(band)
            yield {**head, "unit": table.unit, **row}, threshold_set.sources


def _authority_rows(table: rda.AuthorityTable) -> Iterator[tuple[_Row, _Cited]]:
    for reference in table.rows:
        row, cited = _row(reference)
        yield {"authority": table.authority.value, **row}, cited


def _toxicity_rows(table: hypermagnesemia.ToxicityTable) -> Iterator[tuple[_Row, _Cited]]:
    head = {"table": table.name, "title": table.title, "unit": table.unit}
    for band in table.bands:
        row, _ = _row(band)
        yield {**head, **row}, table.sources


_LONG: Final[Mapping[type, Callable[[Any], Iterator[tuple[_Row, _Cited]]]]] = {
    thresholds.ThresholdSet: _threshold_rows,
    rda.AuthorityTable: _authority_rows,
    hypermagnesemia.ToxicityTable: _toxicity_rows,
}


# --- frames -----------------------------------------------------------------------------------


def _values(items: object, argument: str) -> list[object]:
    """The values of a table (a mapping's values), a sequence, or one value."""
    if type(items) in serialize._registry().values():  # noqa: SLF001 (same package)
        return [items]
    expected = f"{argument}: a table of the library, a list of its values, or one value"
    hint = "Pass mg.THRESHOLD_SETS, say, or a list of results."
    if isinstance(items, str | bytes | bytearray) or not hasattr(items, "__iter__"):
        raise ArgumentTypeError(items, expected, hint)
    try:
        each = items.values() if isinstance(items, Mapping) else items
        found = list(itertools.islice(each, _MAX_ROWS + 1))
    except MagnesiumError:
        raise
    except Exception as failure:
        raise ArgumentTypeError(items, expected, hint) from failure
    if len(found) > _MAX_ROWS:
        raise ArgumentTypeError(items, f"at most {_MAX_ROWS} values", "Build the frame in parts.")
    return found


def _frame(rows: list[tuple[_Row, _Cited]], sources: Sources) -> Any:  # noqa: ANN401
    pd = _pandas()
    if sources == "keys":
        return pd.DataFrame([{**row, "sources": tuple(map(_key, cited))} for row, cited in rows])
    expanded: list[_Row] = []
    index: list[int] = []
    for number, (row, cited) in enumerate(rows):
        kept = {name: cell for name, cell in row.items() if name != "sources"}
        for source in _resolve(cited) or (None,):
            expanded.append({**kept, **_source_columns(source)})
            index.append(number)
    return pd.DataFrame(expanded, index=index)


def to_frame(table: object, *, sources: Sources = "keys") -> Any:  # noqa: ANN401 (a DataFrame)
    """Return a reference table of the library as a `pandas.DataFrame`.

    Args:
        table: A table (``mg.THRESHOLD_SETS``, ``rda.FOODS``, ``causes.DRUGS``,
            ``causes.MANIFESTATIONS``...), a list of its values, or one value
            (``rda.EU_NRV``).
        sources: ``"keys"`` (a tuple of source keys per row) or ``"expanded"``
            (one row per source, with its fields as ``source.*`` columns).

    Returns:
        One row per entry; one row per band or life stage for the long forms
        (see the module's documentation for the columns).

    Raises:
        ArgumentTypeError: If *table* holds something without a shape in
            [`serialize`][magnesium.serialize], or *sources* is neither choice.

    Examples:
        >>> from magnesium import causes, foods
        >>> drugs = to_frame(causes.DRUGS)
        >>> drugs.loc[drugs["id"] == "omeprazole", ["name", "atc", "sources"]].iloc[0].tolist()
        ['omeprazole', ('A02BC01',), ('workeneh-2021-table3',)]
        >>> table = to_frame(foods.FOODS, sources="expanded")
        >>> table.loc[0, ["key", "source.key", "source.verification"]].tolist()
        ['pumpkin-seeds', 'nih-ods-magnesium-foods', 'secondary']
    """
    _check_sources(sources)
    rows: list[tuple[_Row, _Cited]] = []
    for value in _values(table, "table"):
        long = _LONG.get(type(value))
        rows.extend(long(value) if long is not None else [_row(value)])
    return _frame(rows, sources)


def results_frame(results: Iterable[object], *, sources: Sources = "keys") -> Any:  # noqa: ANN401
    """Return results (of one type or several) as a `pandas.DataFrame`, one row each.

    The first column, ``type``, is the type's name in
    [`serialize.type_names`][magnesium.serialize.type_names]; the other columns
    are the fields of each result (a column a type lacks is missing for its rows).

    Args:
        results: Classifications, intake references, plans, screen results...
        sources: ``"keys"`` or ``"expanded"``, as for
            [`to_frame`][magnesium.frames.to_frame].

    Raises:
        ArgumentTypeError: If a result has no shape in
            [`serialize`][magnesium.serialize], or *sources* is neither choice.

    Examples:
        >>> from magnesium import rda
        >>> people = [{"age_years": 40, "sex": "female"}, {"age_years": 8, "sex": "male"}]
        >>> refs = results_frame([rda.recommended_intake(**p) for p in people])
        >>> refs[["type", "life_stage.label", "amount_mg", "kind"]]
                        type life_stage.label  amount_mg kind
        0  RecommendedIntake          31-50 y      320.0  RDA
        1  RecommendedIntake            4-8 y      130.0  RDA
    """
    _check_sources(sources)
    rows: list[tuple[_Row, _Cited]] = []
    for result in _values(results, "results"):
        row, cited = _row(result)
        rows.append(({"type": serialize.to_dict(result)["type"], **row}, cited))
    return _frame(rows, sources)


# --- sources -----------------------------------------------------------------------------------


def _resolve(cited: _Cited) -> list[Source]:
    found: list[Source] = []
    for source in cited:
        if isinstance(source, Source):
            found.append(source)
        elif source in BIBLIOGRAPHY:
            found.append(BIBLIOGRAPHY[source])
        else:
            raise UnknownEntryError(source, "source key", BIBLIOGRAPHY)
    return found


def _source_columns(source: Source | None) -> _Row:
    fields = [field.name for field in attrs.fields(Source)]
    if source is None:
        return dict.fromkeys((f"source.{name}" for name in fields), None)
    row = _fields(source, serialize.to_dict(source), "source.")
    return {name: None if _nan(cell) else cell for name, cell in row.items()}


def _nan(cell: object) -> bool:
    return isinstance(cell, float) and math.isnan(cell)


def expand_sources(frame: Any, column: str = "sources") -> Any:  # noqa: ANN401 (DataFrames)
    """Return *frame* with one row per source key of *column*, and the source's fields.

    The keys are looked up in [`BIBLIOGRAPHY`][magnesium.sources.BIBLIOGRAPHY]; the
    *column* is replaced by ``source.key``, ``source.title``, ``source.publisher``,
    ``source.verification``... A row keeps its index label on each of its rows;
    a row without sources stays, with ``None`` in the ``source.*`` columns.

    Args:
        frame: A frame from [`to_frame`][magnesium.frames.to_frame] or
            [`results_frame`][magnesium.frames.results_frame] (or any frame with
            a column of tuples of source keys).
        column: The column of source keys.

    Raises:
        ArgumentTypeError: If *frame* is not a DataFrame with that column.
        UnknownEntryError: If a key is not in the bibliography.

    Examples:
        >>> import magnesium as mg
        >>> limits = expand_sources(to_frame(mg.CRITICAL_LIMITS))
        >>> limits[["name", "source.key", "source.verification"]].head(2)
                             name          source.key source.verification
        0       tidalhealth-adult  tidalhealth-lab103             primary
        1  tidalhealth-paediatric  tidalhealth-lab103             primary
    """
    pd = _pandas()
    if not isinstance(frame, pd.DataFrame) or not isinstance(column, str):
        raise ArgumentTypeError(frame, "a pandas DataFrame", "Pass a frame from to_frame.")
    if column not in frame.columns:
        raise UnknownEntryError(column, "column", map(str, frame.columns))
    expanded: list[_Row] = []
    index: list[object] = []
    rest = [name for name in frame.columns if name != column]
    for label, row in zip(frame.index, frame.to_dict("records"), strict=True):
        keys = row[column]
        if not isinstance(keys, tuple | list):
            raise ArgumentTypeError(keys, f"{column}: a tuple of source keys", "Pass keys.")
        for source in _resolve(tuple(map(str, keys))) or (None,):
            expanded.append({**{name: row[name] for name in rest}, **_source_columns(source)})
            index.append(label)
    return pd.DataFrame(expanded, index=index, columns=[*rest, *_source_columns(None)])
