"""Write knowledge-base rows as TOML: ``python tools/knowledge_to_toml.py``.

The migration tool of issue 12: it wrote ``src/magnesium/data/*.toml`` from the
Python tables that stood in ``src/magnesium/_data/`` (those are gone now; the
files are the tables). It is kept because it writes any value of the knowledge
base's types in the loader's row shape, which helps when a table is rebuilt
from values (e.g. a laboratory's own sets built in Python): ``dump(rows, table)``.

The row shape is the loader's (``magnesium._knowledge``): each attrs field under
its constructor name, a field at its default left out, an open upper edge left
out, a `Source` written as its key, an enum as its value, nested values as
sub-tables. Not shipped in the wheel.
"""

from __future__ import annotations

import enum
import json
import math
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from magnesium.sources import Source

OPEN_BOUNDS = frozenset({("Band", "upper"), ("ToxicityBand", "upper")})


def _scalar(value: object) -> str:
    if isinstance(value, Source):
        return json.dumps(value.key)
    if isinstance(value, enum.Enum):
        return _scalar(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    if attrs.has(type(value)):
        return "{" + ", ".join(f"{name} = {_scalar(item)}" for name, item in _kept(value)) + "}"
    message = f"no TOML form for {value!r}"
    raise TypeError(message)


def _nested(value: object) -> bool:
    """Whether *value* is written as sub-tables (a single flat value is an inline table)."""
    if isinstance(value, tuple):
        return bool(value) and all(_nested(item) or _record(item) for item in value)
    return _record(value) and not all(not _record(item) for _, item in _kept(value))


def _record(value: object) -> bool:
    return attrs.has(type(value)) and not isinstance(value, Source)


def _kept(obj: object) -> list[tuple[str, object]]:
    kept = []
    for field in attrs.fields(typing.cast(Any, type(obj))):
        if not field.init:
            continue
        value = getattr(obj, field.name)
        if value is None and field.default not in {None, attrs.NOTHING}:
            message = f"{type(obj).__name__}.{field.alias} is None: TOML cannot say so"
            raise TypeError(message)
        if value is None or (field.default is not attrs.NOTHING and value == field.default):
            continue
        open_edge = (type(obj).__name__, field.alias) in OPEN_BOUNDS
        if open_edge and isinstance(value, float) and math.isinf(value):
            continue
        kept.append((field.alias, value))
    return kept


def _row(obj: object, path: str, *, array: bool = True) -> list[str]:
    lines = [f"[[{path}]]" if array else f"[{path}]"]
    later: list[tuple[str, object]] = []
    for name, value in _kept(obj):
        if _nested(value):
            later.append((name, value))
        else:
            lines.append(f"{name} = {_scalar(value)}")
    for name, value in later:
        if not isinstance(value, tuple):
            lines += _row(value, f"{path}.{name}", array=False)
            continue
        for item in value:
            lines += _row(item, f"{path}.{name}")
    return lines


def dump(values: Iterable[object], table: str, header: str) -> str:
    """The TOML text of *values* as rows of the array of tables *table*."""
    blocks = ["\n".join(f"# {line}".rstrip() for line in header.strip().splitlines())]
    blocks += ["\n".join(_row(value, table)) for value in values]
    return "\n\n".join(blocks) + "\n"


def write(path: Path, values: Iterable[object], table: str, header: str) -> None:
    """Write *values* to *path* (see `dump`)."""
    path.write_text(dump(values, table, header), encoding="utf-8")
