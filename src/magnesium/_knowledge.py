"""The knowledge base's loader: TOML files in ``magnesium/data``, read on first use.

Each curated table (the bibliography, the threshold sets, the critical limits...)
is a TOML file of rows. A topic module asks for its table with
[`load`][magnesium._knowledge.load] and gets its own value types back; the file is
read once (through `importlib.resources`, so it works from a wheel or a zip), with
the standard library's `tomllib`, which builds only strings, numbers, booleans,
lists and tables: loading never runs code.

Every row is checked as it is read, and a bad row raises a
[`DefinitionError`][magnesium.errors.DefinitionError] that names the file, the
table, the row (its position and its ``name`` or ``key``) and the field:

- it is cited: every key in ``sources = [...]`` is a key of the bibliography;
- its fields are the type's fields, of the type's kinds (an unknown field, a
  missing one, or text where a number belongs is refused);
- its numbers are finite (TOML can spell ``inf`` and ``nan``; an open upper edge
  of a band is written by leaving ``upper`` out);
- its units are known (the value types convert them through `magnesium.units`);
- its bands leave no gap and do not overlap (the value types' own rule, reported
  with the row's place).

Rows are built field by field from the fields of the target class (an attrs
class or a NamedTuple): an
enum from its value, a nested value from a sub-table, a tuple from an array, a
[`Source`][magnesium.sources.Source] from its key. Fields left out take the
class's default (``None`` for an optional field without one).

Examples:
    >>> from magnesium.critical import CriticalLimits
    >>> from magnesium.sources import cite
    >>> limits = load("critical_limits.toml", "limits", CriticalLimits, resolve=cite)
    >>> limits[0].name, limits[0].unit, limits[0].low, limits[0].sources[0].key
    ('tidalhealth-adult', 'mg/dL', 1.0, 'tidalhealth-lab103')
"""

from __future__ import annotations

import enum
import math
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from magnesium._frozen import FrozenMapping
from magnesium.errors import DefinitionError, MagnesiumError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "MAX_FILE_BYTES",
    "LazyTable",
    "Where",
    "build",
    "choice",
    "decimal_text",
    "fail",
    "load",
    "read",
    "rows",
]

MAX_FILE_BYTES: Final = 2_000_000
"""The largest data file read (bytes); a larger one is refused before it is parsed."""

_OPEN_BOUNDS: Final = frozenset({("Band", "upper"), ("ToxicityBand", "upper")})
"""Number fields whose omission means an open edge (``math.inf``), as in `serialize`."""

_T = TypeVar("_T")
_V = TypeVar("_V")

Resolve = Callable[[str], object]
"""Turns a source key into its `Source` (the bibliography's `cite`)."""


@attrs.frozen
class Where:
    """A place in the knowledge base: file, table, row and field, for error messages."""

    file: str
    table: str
    row: int | None = None
    name: str | None = None
    field: str | None = None

    def at(self, field: str) -> Where:
        """The same row, one field deeper."""
        deeper = field if self.field is None else f"{self.field}.{field}"
        return attrs.evolve(self, field=deeper.replace(".[", "["))

    def __str__(self) -> str:
        text = f"{self.file}, table [[{self.table}]]"
        if self.row is not None:
            text += f", row {self.row + 1}"
            if self.name is not None:
                text += f" ({self.name!r})"
        if self.field is not None:
            text += f", field {self.field}"
        return text


def fail(value: object, where: Where, expected: str, hint: str) -> DefinitionError:
    return DefinitionError(value, f"in {where}: {expected}", hint)


def read(file: str, *, folder: Traversable | None = None) -> dict[str, Any]:
    """Parse one data file of *folder* (refused over `MAX_FILE_BYTES` or not TOML).

    Examples:
        >>> sorted(read("critical_limits.toml"))
        ['limits']
    """
    from importlib import resources  # noqa: PLC0415 (on first use, as tomllib)

    where = Where(file, "*")
    try:
        data = (folder or resources.files("magnesium").joinpath("data")).joinpath(file).read_bytes()
    except OSError as error:
        raise fail(file, where, "a data file of the package", "Reinstall magnesium.") from error
    if len(data) > MAX_FILE_BYTES:
        expected = f"a file of at most {MAX_FILE_BYTES} bytes (it has {len(data)})"
        raise fail(file, where, expected, "Split the table into several files.")
    import tomllib  # noqa: PLC0415 (on first use: `import magnesium` reads no file)

    try:
        return tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise fail(file, where, "UTF-8 TOML text", f"Fix the file: {error}.") from error


def rows(
    file: str, table: str, *, folder: Traversable | None = None
) -> Iterator[tuple[Where, Any]]:
    """Each row of the array of tables *table* in *file*, with its place.

    Raises:
        DefinitionError: If the file has other top-level keys or *table* is not an
            array of tables.
    """
    data = read(file, folder=folder)
    where = Where(file, table)
    extra = sorted(set(data) - {table})
    if extra:
        raise fail(extra[0], where, f"only the table [[{table}]] in this file", "Remove it.")
    found = data.get(table)
    if not isinstance(found, list) or not all(isinstance(row, dict) for row in found):
        raise fail(file, where, f"rows written as [[{table}]]", "Write each row as a table.")
    for index, row in enumerate(found):
        label = row.get("name", row.get("key", row.get("id")))
        yield Where(file, table, index, label if isinstance(label, str) else None), row


def load(  # noqa: PLR0913 (the table, its type, and three keywords)
    file: str,
    table: str,
    cls: type[_T],
    *,
    resolve: Resolve,
    folder: Traversable | None = None,
    check: Callable[[_T, Where], None] | None = None,
) -> tuple[_T, ...]:
    """Every row of *table* in *file* built as a *cls*, in the file's order.

    Args:
        file: The file's name in ``magnesium/data``, e.g. ``"threshold_sets.toml"``.
        table: The name of its array of tables, e.g. ``"set"``.
        cls: The attrs class each row builds.
        resolve: Turns a source key into a `Source` (the bibliography's ``cite``).
        folder: Where the file is; ``magnesium/data`` unless given (tests read broken
            fixtures from a folder of their own).
        check: Called with each built row and its place, to apply the table's own rules
            (it raises with [`fail`][magnesium._knowledge.fail]).

    Raises:
        DefinitionError: If any row breaks a rule, naming file, table, row and field.
    """
    built = []
    for where, row in rows(file, table, folder=folder):
        value = build(cls, row, where, resolve)
        if check is not None:
            check(value, where)
        built.append(value)
    return tuple(built)


def decimal_text(row: object, names: Iterable[str], where: Where) -> None:
    """Check that the fields *names* of *row* hold finite decimal text >= 0 (or None).

    Examples:
        >>> from typing import NamedTuple
        >>> class Dose(NamedTuple):
        ...     grams: str
        >>> decimal_text(Dose("1.5"), ["grams"], Where("doses.toml", "dose", 0))
        >>> try:
        ...     decimal_text(Dose("two"), ["grams"], Where("doses.toml", "dose", 0))
        ... except DefinitionError as error:
        ...     print(error.expected.split(":")[0])
        in doses.toml, table [[dose]], row 1, field grams
    """
    for name in names:
        text = getattr(row, name)
        if text is None:
            continue
        try:
            number = Decimal(text) if isinstance(text, str) else Decimal("NaN")
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite() or number < 0:
            expected = 'a number written as decimal text, finite and >= 0, such as "1.5"'
            raise fail(text, where.at(name), expected, "Write the number as published.")


def choice(row: object, name: str, allowed: Iterable[str], where: Where) -> None:
    """Check that the field *name* of *row* is one of *allowed*."""
    value = getattr(row, name)
    options = tuple(allowed)
    if value not in options:
        expected = "one of " + ", ".join(repr(option) for option in options)
        raise fail(value, where.at(name), expected, "Use one of those values.")


def build(cls: type[_T], row: object, where: Where, resolve: Resolve) -> _T:
    """One value of *cls* (an attrs class or a NamedTuple) from a TOML table *row*."""
    if not isinstance(row, dict):
        raise fail(row, where, f"a table (a {cls.__name__})", "Write the row as a table.")
    fields = _fields(cls)
    unknown = sorted(set(row) - set(fields))
    if unknown:
        expected = "only the fields " + ", ".join(fields)
        raise fail(unknown[0], where.at(unknown[0]), expected, "Remove or rename the field.")
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for alias, (name, has_default) in fields.items():
        place = where.at(alias)
        if alias in row:
            kwargs[alias] = _value(row[alias], hints[name], place, resolve)
            _check_keys(alias, row[alias], place, resolve)
        elif not has_default:
            kwargs[alias] = _left_out(cls, alias, hints[name], place)
    try:
        return cls(**kwargs)
    except (MagnesiumError, ValueError, TypeError, LookupError) as error:
        raise fail(where.name, where, f"a valid {cls.__name__}", str(error)) from error


def _fields(cls: type) -> dict[str, tuple[str, bool]]:
    """Each constructor argument of *cls*: its attribute's name and whether it has a default."""
    if attrs.has(cls):
        found = attrs.fields(typing.cast(Any, cls))
        return {f.alias: (f.name, f.default is not attrs.NOTHING) for f in found if f.init}
    names: tuple[str, ...] = getattr(cls, "_fields", ())
    defaults: Mapping[str, object] = getattr(cls, "_field_defaults", {})
    return {name: (name, name in defaults) for name in names}


def _record(hint: object) -> bool:
    return isinstance(hint, type) and (attrs.has(hint) or hasattr(hint, "_fields"))


def _check_keys(alias: str, value: object, place: Where, resolve: Resolve) -> None:
    """Source keys given as text (``sources = [...]``, ``source = "..."``) must be cited."""
    if alias == "source" and isinstance(value, str):
        _source(value, place, resolve)
    if alias == "sources" and isinstance(value, list):
        for index, key in enumerate(value):
            _source(key, place.at(f"[{index}]"), resolve)


def _left_out(cls: type, alias: str, hint: object, place: Where) -> object:
    """The value of a field without a default that the row leaves out, if it may."""
    if (cls.__name__, alias) in _OPEN_BOUNDS:
        return math.inf
    if _optional(hint) is None:
        raise fail(None, place, "a value (the field is missing)", "Add the field.")
    return None


def _optional(hint: object) -> object | None:
    if typing.get_origin(hint) in {types.UnionType, typing.Union}:
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return args[0] if len(args) == 1 else None
    return None


def _value(value: object, hint: object, where: Where, resolve: Resolve) -> object:
    inner = _optional(hint)
    if inner is not None:
        return _value(value, inner, where, resolve)
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if not isinstance(value, list):
            raise fail(value, where, "an array [...]", "Write the values in brackets.")
        return tuple(_value(v, item, where.at(f"[{i}]"), resolve) for i, v in enumerate(value))
    if isinstance(hint, type) and hint.__name__ == "Source":
        return _source(value, where, resolve)
    if _record(hint):
        return build(typing.cast(type, hint), value, where, resolve)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _member(hint, value, where)
    return _scalar(value, hint, where)


def _source(value: object, where: Where, resolve: Resolve) -> object:
    if not isinstance(value, str):
        raise fail(value, where, "a source key (a string)", "Cite a key of the bibliography.")
    try:
        return resolve(value)
    except LookupError as error:
        raise fail(value, where, "a key of the bibliography", str(error)) from error


def _member(kind: type[enum.Enum], value: object, where: Where) -> enum.Enum:
    try:
        return kind(value)
    except ValueError as error:
        expected = "one of " + ", ".join(repr(member.value) for member in kind)
        raise fail(value, where, expected, f"Use a {kind.__name__} value.") from error


def _scalar(value: object, hint: object, where: Where) -> object:
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value):
            hint_text = "Write a number; leave an open upper edge out."
            raise fail(value, where, "a finite number", hint_text)
        return value
    if hint is object or (isinstance(hint, type) and type(value) is hint):
        return value
    name = getattr(hint, "__name__", str(hint))
    raise fail(value, where, f"a value of type {name}", "Write the value in its kind.")


class LazyTable(Mapping[str, _V]):
    """A read-only mapping built on first use (the table's file is read then, once).

    It pickles and deep-copies as the `FrozenMapping` it holds.

    Examples:
        >>> table = LazyTable(lambda: {"a": 1})
        >>> table["a"], len(table), list(table)
        (1, 1, ['a'])
    """

    __slots__ = ("_loaded", "_make")

    _make: Callable[[], Mapping[str, _V]]
    _loaded: FrozenMapping[str, _V] | None

    def __init__(self, make: Callable[[], Mapping[str, _V]]) -> None:
        object.__setattr__(self, "_make", make)
        object.__setattr__(self, "_loaded", None)

    def _data(self) -> FrozenMapping[str, _V]:
        loaded = self._loaded
        if loaded is None:
            loaded = FrozenMapping(self._make())
            object.__setattr__(self, "_loaded", loaded)
        return loaded

    def __getitem__(self, key: str) -> _V:
        return self._data()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data()

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def __eq__(self, other: object) -> bool:
        return self._data() == other

    __hash__ = None  # type: ignore[assignment]

    def __setattr__(self, name: str, value: object) -> None:
        message = f"{type(self).__name__!r} object is read-only"
        raise AttributeError(message)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return self._data().__reduce__()

    def __repr__(self) -> str:
        return repr(self._data())
