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
    if _record(value):
        return "{" + ", ".join(f"{name} = {_scalar(item)}" for name, item in _kept(value)) + "}"
    if isinstance(value, tuple):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    message = f"no TOML form for {value!r}"
    raise TypeError(message)


WRAP = 88
"""Text longer than this is written as a multi-line string, wrapped at spaces."""


def _wrapped(text: str) -> str:
    """*text* as a TOML multi-line basic string whose line ends (backslashes) add nothing."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + len(word) + 1 > WRAP:
            lines.append(current + " ")
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    if len(lines) == 1 or any(not line.strip() or line != line.lstrip() for line in lines):
        return _scalar(text)  # runs of spaces: a line-ending backslash would eat them
    body = "\\\n".join(json.dumps(line, ensure_ascii=False)[1:-1] for line in lines)
    return '"""\n' + body + '"""'


def _nested(value: object) -> bool:
    """Whether *value* is written as sub-tables (a single flat value is an inline table)."""
    if _record(value):
        return any(_record(item) or _nested(item) for _, item in _kept(value))
    if isinstance(value, tuple):
        return bool(value) and all(_nested(item) or _record(item) for item in value)
    return False


def _record(value: object) -> bool:
    kind = type(value)
    return (attrs.has(kind) and not isinstance(value, Source)) or hasattr(kind, "_fields")


def _fields(obj: object) -> list[tuple[str, str, object]]:
    """(constructor name, attribute name, default or attrs.NOTHING) of each field."""
    kind = type(obj)
    if attrs.has(kind):
        found = attrs.fields(typing.cast(Any, kind))
        return [(f.alias, f.name, f.default) for f in found if f.init]
    defaults = getattr(kind, "_field_defaults", {})
    names: tuple[str, ...] = getattr(kind, "_fields", ())
    return [(name, name, defaults.get(name, attrs.NOTHING)) for name in names]


def _kept(obj: object) -> list[tuple[str, object]]:
    kept = []
    for alias, name, default in _fields(obj):
        value = getattr(obj, name)
        if value is None and default not in {None, attrs.NOTHING} and attrs.has(type(obj)):
            message = f"{type(obj).__name__}.{alias} is None: TOML cannot say so"
            raise TypeError(message)
        at_default = default is not attrs.NOTHING and value == default
        if value is None or (at_default and attrs.has(type(obj))):  # NamedTuple rows say all
            continue
        open_edge = (type(obj).__name__, alias) in OPEN_BOUNDS
        if open_edge and isinstance(value, float) and math.isinf(value):
            continue
        kept.append((alias, value))
    return kept


def _row(obj: object, path: str, *, array: bool = True) -> list[str]:
    lines = [f"[[{path}]]" if array else f"[{path}]"]
    later: list[tuple[str, object]] = []
    for name, value in _kept(obj):
        if _nested(value):
            later.append((name, value))
        elif isinstance(value, str) and len(value) > WRAP:
            lines.append(f"{name} = {_wrapped(value)}")
        else:
            lines.append(f"{name} = {_scalar(value)}")
    for name, value in later:
        if _record(value) or not isinstance(value, tuple):
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
