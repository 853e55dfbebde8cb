"""One versioned dict and JSON shape for every public value type, with JSON Schemas.

[`to_dict`][magnesium.serialize.to_dict] turns a value (a level, a classification,
a repletion plan, a cause...) into plain JSON data; [`from_dict`][magnesium.serialize.from_dict]
builds the equal value back. The shape is the same wherever the value appears:

- the top level carries ``"type"`` (a stable name such as ``"SerumMagnesium"``, see
  [`type_names`][magnesium.serialize.type_names]) and ``"schema_version"``
  ([`SCHEMA_VERSION`][magnesium.serialize.SCHEMA_VERSION]);
- every public field is present, under its attribute name; private and derived
  fields are not (a level keeps the value and unit as reported, not ``mmol_per_l``);
- nested values are objects of their field's type (no ``"type"`` key: the field says it);
- enums are their values, tuples are lists, an open band edge (``math.inf``) is ``null``;
- a [`Source`][magnesium.sources.Source] is written in full, so a citation you
  built yourself survives the round trip, and a data file stays readable after
  the bibliography changes.

There is never a NaN, an infinity or a `Decimal` in the output, so
``json.dumps(..., allow_nan=False)`` works. Reading is strict: a missing or unknown
field, a value of the wrong type or an unknown type name raises
[`SerializationError`][magnesium.errors.SerializationError] naming the path of the
bad field. Type names resolve only through a fixed registry: data never names a
module, a class or code to run.

One JSON Schema (draft 2020-12) per type ships with the package; read it with
[`schema`][magnesium.serialize.schema].

Examples:
    >>> import magnesium as mg
    >>> from magnesium.serialize import from_dict, to_dict, to_json
    >>> level = mg.SerumMagnesium.parse("1.4 mg/dL")
    >>> to_dict(level)
    {'type': 'SerumMagnesium', 'schema_version': 1, 'value': 1.4, 'unit': 'mg/dL'}
    >>> from_dict(to_dict(level)) == level
    True
    >>> band = to_dict(mg.classify(mg.SerumMagnesium.parse("3.1 mg/dL")))["band"]
    >>> band["status"], band["lower"], band["upper"]  # an open upper edge is null
    ('high', 2.3, None)
    >>> to_json(level)
    '{"type": "SerumMagnesium", "schema_version": 1, "value": 1.4, "unit": "mg/dL"}'
"""

from __future__ import annotations

import enum
import functools
import json
import math
import operator
import re
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, TypeVar

import attrs

from magnesium import (
    analytes,
    causes,
    critical,
    foods,
    hypermagnesemia,
    interop,
    plausibility,
    prescribing,
    protocols,
    rda,
    repletion,
    salts,
    thresholds,
    workup,
)
from magnesium.errors import (
    ArgumentTypeError,
    MagnesiumError,
    SerializationError,
    UnknownEntryError,
)
from magnesium.serum import CensoredSerumMagnesium, SerumMagnesium
from magnesium.sources import Source

__all__ = [
    "SCHEMA_VERSION",
    "from_dict",
    "from_json",
    "schema",
    "to_dict",
    "to_json",
    "type_names",
]

SCHEMA_VERSION: Final = 1
"""The version of the shapes: it changes when a field is renamed, removed or retyped."""

_TYPES: Final[tuple[type, ...]] = (
    SerumMagnesium,
    Source,
    thresholds.Band,
    thresholds.Cutoffs,
    thresholds.ThresholdSet,
    thresholds.LevelClassification,
    critical.CriticalLimits,
    hypermagnesemia.ToxicityBand,
    hypermagnesemia.ToxicityTable,
    hypermagnesemia.ToxicityReading,
    plausibility.PlausibleRange,
    rda.LifeStage,
    rda.RecommendedIntake,
    rda.IntakeAssessment,
    rda.ReferenceRow,
    rda.UpperLevel,
    rda.AuthorityTable,
    rda.LabellingReference,
    foods.Food,
    foods.FoodPortion,
    foods.IntakeEstimate,
    causes.CauseClassification,
    causes.Cause,
    causes.Drug,
    causes.GeneticDisorder,
    causes.Manifestation,
    causes.RiskGroup,
    workup.WorkupTest,
    workup.FemgCutoff,
    workup.FractionalExcretion,
    workup.UrineMagnesium24h,
    causes.Match,
    causes.Unmatched,
    causes.ScreenResult,
    causes.Prevalence,
    analytes.IonizedMagnesium,
    analytes.RbcMagnesium,
    analytes.ReferenceInterval,
    analytes.UrineCutoff,
    analytes.UrineReading,
    prescribing.PrescribingFact,
    salts.LabelFigure,
    salts.Salt,
    salts.Solution,
    salts.ElementalDose,
    repletion.Regimen,
    repletion.Limit,
    repletion.RepletionPlan,
    interop.LoincCode,
    interop.LabResult,
    interop.EntryError,
    analytes.AnalyteReading,
    CensoredSerumMagnesium,
    thresholds.CensoredLevelClassification,
    protocols.Override,
    protocols.ProtocolBand,
    protocols.Protocol,
    protocols.ExpectedResponse,
    protocols.ProtocolResult,
)
"""Every type with a shape. ``arrays.BandCodes`` and ``arrays.ParsedColumn`` are not
ones (they hold numpy columns).

A field that holds one of several value types (``AnalyteReading.result`` is an
``IonizedMagnesium | RbcMagnesium``) is written as a tagged object: its fields and
its ``"type"``, and read back by that tag."""

_RENAMED: Final[Mapping[type, str]] = {
    thresholds.LevelClassification: "Classification",
    analytes.IonizedMagnesium: "IonisedMagnesium",
}
"""Type names other than the class name: `LevelClassification` and `IonizedMagnesium` keep
the names they were written under before issue 12 renamed them, so earlier JSON and the
schema files still read."""

_OPEN_BOUNDS: Final[Mapping[tuple[type, str], float]] = {
    (thresholds.Band, "upper"): math.inf,
    (hypermagnesemia.ToxicityBand, "upper"): math.inf,
}
"""Number fields that may be infinite (an open edge), written as ``null``, and the
infinity that ``null`` stands for. The lower edge of a band is never open (bands start
at a number >= 0); a plausibility range is always closed (finite at both ends)."""

_T = TypeVar("_T")

_Hint = object
"""A resolved type annotation: a class, ``X | None`` or ``tuple[X, ...]``."""

_JSON_SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
_JSON_SCALARS: Final = (str, int, float, bool, type(None))
_WRONG: Final = object()
"""What a scalar reader or writer returns for a value of the wrong type."""


def _name(cls: type) -> str:
    return _RENAMED.get(cls, cls.__name__)


@functools.cache
def _registry() -> Mapping[str, type]:
    return types.MappingProxyType({_name(cls): cls for cls in _TYPES})


def type_names() -> tuple[str, ...]:
    """Return the name of every type that has a shape, as ``"type"`` carries it.

    Examples:
        >>> names = type_names()
        >>> "SerumMagnesium" in names, "RepletionPlan" in names
        (True, True)
        >>> "CauseClassification" in names  # magnesium.causes.CauseClassification
        True
    """
    return tuple(sorted(_registry()))


@attrs.frozen
class _Field:
    name: str
    alias: str
    hint: _Hint
    open_bound: float | None


@functools.cache
def _fields(cls: type) -> tuple[_Field, ...]:
    """The public fields of *cls* that its constructor takes, with their resolved types."""
    hints = typing.get_type_hints(cls)
    return tuple(
        _Field(field.name, field.alias, hints[field.name], _OPEN_BOUNDS.get((cls, field.name)))
        for field in attrs.fields(cls)
        if field.init and not field.name.startswith("_")
    )


def _optional_inner(hint: _Hint) -> _Hint | None:
    """The ``X`` of ``X | None`` (``X | Y`` of ``X | Y | None``), or None if not optional."""
    if typing.get_origin(hint) in {types.UnionType, typing.Union}:
        args: list[Any] = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(args) == len(typing.get_args(hint)):
            return None
        if len(args) == 1:
            only: _Hint = args[0]
            return only
        union: _Hint = functools.reduce(operator.or_, args)
        return union
    return None


def _union_members(hint: _Hint) -> tuple[type, ...] | None:
    """The value types of ``X | Y`` (each with a shape), or None if *hint* is not one."""
    if typing.get_origin(hint) not in {types.UnionType, typing.Union}:
        return None
    args = typing.get_args(hint)
    if all(isinstance(arg, type) and attrs.has(arg) for arg in args):
        return tuple(args)
    return None


def _tuple_item(hint: _Hint) -> _Hint | None:
    """The ``X`` of ``tuple[X, ...]``, or None if *hint* is not such a tuple."""
    if typing.get_origin(hint) is tuple:
        item: _Hint = typing.get_args(hint)[0]
        return item
    return None


# --- writing ------------------------------------------------------------------------------------


def to_dict(obj: object) -> dict[str, Any]:
    """Return *obj* as plain JSON data: its type, the schema version and its fields.

    Args:
        obj: A value of one of the types in [`type_names`][magnesium.serialize.type_names].

    Returns:
        A new dict of str, int, float, bool, None, lists and dicts only.

    Raises:
        ArgumentTypeError: If *obj* is not of a type with a shape.
        SerializationError: If a field holds a value its type does not allow
            (a NaN, say), naming the field's path.

    Examples:
        >>> from magnesium import repletion
        >>> data = to_dict(salts.ElementalDose.of(200, "mg"))
        >>> data["type"], data["schema_version"], round(data["mmol"], 3)
        ('ElementalDose', 1, 8.229)
    """
    cls = type(obj)
    if _registry().get(_name(cls)) is not cls:
        raise ArgumentTypeError(
            obj,
            "a magnesium value (one of magnesium.serialize.type_names())",
            "Pass a value such as a SerumMagnesium, a Classification or a RepletionPlan.",
        )
    return {"type": _name(cls), "schema_version": SCHEMA_VERSION, **_dump_fields(obj, "$")}


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Return *obj* as strict JSON text ([`to_dict`][magnesium.serialize.to_dict]'s shape).

    Examples:
        >>> import magnesium as mg
        >>> to_json(mg.SerumMagnesium.of(0.7, "mmol/L"))
        '{"type": "SerumMagnesium", "schema_version": 1, "value": 0.7, "unit": "mmol/L"}'
    """
    if indent is not None and (type(indent) is not int or not 0 <= indent <= _MAX_INDENT):
        expected = f"None or a whole number of spaces from 0 to {_MAX_INDENT}"
        raise ArgumentTypeError(indent, expected, "Pass indent=2, say, or leave it out.")
    data = to_dict(obj)
    try:
        return json.dumps(data, allow_nan=False, indent=indent)
    except ValueError as error:  # an int too long to write as text
        raise SerializationError(obj, "$", "a value JSON can hold", str(error)) from error


_MAX_INDENT: Final = 16


def _dump_fields(obj: object, path: str) -> dict[str, Any]:
    cls: type = type(obj)
    return {
        field.name: _dump(getattr(obj, field.name), field, field.hint, f"{path}.{field.name}")
        for field in _fields(cls)
    }


def _dump(value: object, field: _Field, hint: _Hint, path: str) -> object:
    """One value as JSON data, checked against its field's type."""
    inner = _optional_inner(hint)
    if inner is not None:
        return None if value is None else _dump(value, field, inner, path)
    item = _tuple_item(hint)
    if item is not None and isinstance(value, tuple):
        return [_dump(each, field, item, f"{path}[{i}]") for i, each in enumerate(value)]
    members = _union_members(hint)
    if members is not None and type(value) in members:
        return {"type": _name(type(value)), **_dump_fields(value, path)}
    if isinstance(hint, type) and attrs.has(hint) and type(value) is hint:
        return _dump_fields(value, path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum) and type(value) is hint:
        return value.value
    dumped = _dump_scalar(value, field, hint)
    if dumped is _WRONG:
        raise SerializationError(value, path, _hint_text(hint), _REPORT)
    return dumped


def _dump_scalar(value: object, field: _Field, hint: _Hint) -> object:
    if hint is object:  # an input as given: its text where JSON cannot hold it
        finite = not isinstance(value, float) or math.isfinite(value)
        return value if isinstance(value, _JSON_SCALARS) and finite else repr(value)
    if hint in {str, bool, int} and type(value) is hint:
        return value
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        if math.isfinite(value):
            return value
        if field.open_bound is not None and value == field.open_bound:
            return None
    return _WRONG


_REPORT: Final = "The value breaks its type's rules; please report how it was built."


def _hint_text(hint: _Hint) -> str:
    inner = _optional_inner(hint)
    if inner is not None:
        return f"{_hint_text(inner)} or null"
    item = _tuple_item(hint)
    if item is not None:
        return f"a list of {_hint_text(item)}"
    members = _union_members(hint)
    if members is not None:
        return "an object whose type is " + " or ".join(repr(_name(cls)) for cls in members)
    simple: dict[object, str] = {float: "a number", int: "an integer", str: "a string"}
    simple[bool] = "true or false"
    return simple.get(hint, f"a {getattr(hint, '__name__', hint)}")


# --- reading ------------------------------------------------------------------------------------


@typing.overload
def from_dict(data: Mapping[str, Any]) -> object: ...
@typing.overload
def from_dict(data: Mapping[str, Any], expected_type: type[_T]) -> _T: ...
def from_dict(data: Mapping[str, Any], expected_type: type[_T] | None = None) -> object:
    """Build the value that [`to_dict`][magnesium.serialize.to_dict] wrote.

    Args:
        data: A mapping with ``"type"``, ``"schema_version"`` and every field.
        expected_type: The class you expect, e.g. ``SerumMagnesium``: data of another
            type is refused, and type checkers know the result's type.

    Returns:
        A new value of the named type, equal to the one written.

    Raises:
        SerializationError: If *data* is not such a mapping: an unknown type name or
            schema version, a missing or unknown field, a value of the wrong type,
            or values the type's own checks refuse. The message names the path.
        ArgumentTypeError: If *expected_type* is not a type with a shape.

    Examples:
        >>> level = from_dict(
        ...     {"type": "SerumMagnesium", "schema_version": 1, "value": 0.7, "unit": "mmol/L"}
        ... )
        >>> level.mmol_per_l
        0.7
        >>> from_dict({"type": "os.system", "schema_version": 1})
        Traceback (most recent call last):
        ...
        magnesium.errors.SerializationError: 'os.system' at $.type is not valid data: ...
        >>> from magnesium.thresholds import LevelClassification
        >>> from_dict(to_dict(level), LevelClassification)
        Traceback (most recent call last):
        ...
        magnesium.errors.SerializationError: 'SerumMagnesium' at $.type is not valid data: \
expected 'Classification'. Pass data of the type you expect.
    """
    if expected_type is not None and (
        not isinstance(expected_type, type)
        or _registry().get(_name(expected_type)) is not expected_type
    ):
        hint = "Pass a class such as magnesium.SerumMagnesium, or leave it out."
        raise ArgumentTypeError(expected_type, "a magnesium value type", hint)
    if not isinstance(data, Mapping):
        raise SerializationError(data, "$", "a JSON object (a dict)", "Pass what to_dict returned.")
    name = data.get("type")
    cls = _registry().get(name) if isinstance(name, str) else None
    if cls is None:
        expected = "one of " + ", ".join(type_names())
        raise SerializationError(name, "$.type", expected, "Give the type to_dict wrote.")
    if expected_type is not None and cls is not expected_type:
        expected = repr(_name(expected_type))
        raise SerializationError(name, "$.type", expected, "Pass data of the type you expect.")
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise SerializationError(
            version, "$.schema_version", f"{SCHEMA_VERSION}", "This library reads version 1 only."
        )
    rest = {key: value for key, value in data.items() if key not in {"type", "schema_version"}}
    return _load_object(cls, rest, "$")


@typing.overload
def from_json(text: str | bytes) -> object: ...
@typing.overload
def from_json(text: str | bytes, expected_type: type[_T]) -> _T: ...
def from_json(text: str | bytes, expected_type: type[_T] | None = None) -> object:
    """Build the value that [`to_json`][magnesium.serialize.to_json] wrote.

    *expected_type* is as for [`from_dict`][magnesium.serialize.from_dict].

    Raises:
        SerializationError: If *text* is not JSON (``NaN`` and ``Infinity`` are not
            JSON) or not a value's shape.

    Examples:
        >>> level = from_json(
        ...     '{"type": "SerumMagnesium", "schema_version": 1, "value": 2, "unit": "mEq/L"}'
        ... )
        >>> level.mmol_per_l
        1.0
    """
    if not isinstance(text, str | bytes | bytearray):
        raise SerializationError(
            text, "$", "JSON text (str or bytes)", "Pass what to_json returned."
        )
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except SerializationError:
        raise
    except (ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeDecodeError
        raise SerializationError(_clip(text), "$", "JSON text", str(error)) from error
    return from_dict(data) if expected_type is None else from_dict(data, expected_type)


def _clip(text: str | bytes) -> str | bytes:
    return text[:80]


def _refuse_constant(name: str) -> None:
    raise SerializationError(name, "$", "a finite number or null", "JSON has no NaN or Infinity.")


def _load_object(cls: type, data: object, path: str) -> object:
    if not isinstance(data, Mapping):
        raise SerializationError(data, path, f"an object ({_name(cls)})", "Give its fields.")
    fields = _fields(cls)
    unknown = sorted(set(data) - {field.name for field in fields}, key=str)
    if unknown:
        expected = "only the fields " + ", ".join(field.name for field in fields)
        raise SerializationError(unknown[0], path, expected, "Remove the unknown field.")
    kwargs: dict[str, Any] = {}
    for field in fields:
        where = f"{path}.{field.name}"
        if field.name not in data:
            raise SerializationError(None, where, "a value (the field is missing)", "Add it.")
        kwargs[field.alias] = _load(data[field.name], field, field.hint, where)
    try:
        return cls(**kwargs)
    except (MagnesiumError, ValueError, TypeError, LookupError) as error:
        raise SerializationError(
            _name(cls), path, f"fields that make a valid {_name(cls)}", str(error)
        ) from error


def _load(value: object, field: _Field, hint: _Hint, path: str) -> object:
    """One JSON value as the field's type, or a SerializationError naming *path*."""
    inner = _optional_inner(hint)
    if inner is not None:
        return None if value is None else _load(value, field, inner, path)
    item = _tuple_item(hint)
    if item is not None and isinstance(value, list | tuple):
        return tuple(_load(each, field, item, f"{path}[{i}]") for i, each in enumerate(value))
    members = _union_members(hint)
    if members is not None:
        return _load_tagged(members, value, path)
    if isinstance(hint, type) and attrs.has(hint):
        return _load_object(hint, value, path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        for member in hint:
            if type(value) is type(member.value) and value == member.value:
                return member
        expected = "one of " + ", ".join(repr(member.value) for member in hint)
        raise SerializationError(value, path, expected, "Use a value of the enum.")
    loaded = _load_scalar(value, field, hint)
    if loaded is not _WRONG:
        return loaded
    described = field.hint if _optional_inner(field.hint) is hint else hint  # "... or null"
    raise SerializationError(value, path, _hint_text(described), "Fix the value's type.")


def _load_tagged(members: tuple[type, ...], value: object, path: str) -> object:
    """One of several value types, chosen by the ``"type"`` tag of *value*."""
    names = {_name(cls): cls for cls in members}
    expected = "one of " + ", ".join(repr(name) for name in names)
    if not isinstance(value, Mapping):
        raise SerializationError(value, path, f"an object whose type is {expected}", "Tag it.")
    tag = value.get("type")
    cls = names.get(tag) if isinstance(tag, str) else None
    if cls is None:
        raise SerializationError(tag, f"{path}.type", expected, "Give the type to_dict wrote.")
    return _load_object(cls, {key: item for key, item in value.items() if key != "type"}, path)


def _load_scalar(value: object, field: _Field, hint: _Hint) -> object:
    if hint is object and isinstance(value, _JSON_SCALARS):
        return value
    if hint in {str, bool} and type(value) is hint:
        return value
    if hint is int and type(value) is int:
        return value
    if hint is int and type(value) is float and value.is_integer():
        return int(value)
    if hint is float and value is None and field.open_bound is not None:
        return field.open_bound
    if hint is float and type(value) in {int, float}:
        try:
            number = float(value)  # type: ignore[arg-type]
        except OverflowError:
            return _WRONG
        if math.isfinite(number):
            return value  # an int stays an int, as the value was reported
    return _WRONG


# --- schemas ------------------------------------------------------------------------------------


def schema(name: str) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a type's shape, as shipped.

    Args:
        name: A type name from [`type_names`][magnesium.serialize.type_names].

    Raises:
        UnknownEntryError: If *name* is not one.

    Examples:
        >>> doc = schema("SerumMagnesium")
        >>> doc["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
        >>> doc["required"]
        ['type', 'schema_version', 'value', 'unit']
    """
    if not isinstance(name, str) or name not in _registry():
        raise UnknownEntryError(name, "serialised type", type_names())
    from importlib import resources  # noqa: PLC0415 (off the import path: about 70 ms)

    text = (
        resources.files("magnesium").joinpath("schemas").joinpath(f"{name}.json").read_text("utf-8")
    )
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _generate_schemas() -> dict[str, dict[str, Any]]:
    """Every type's schema, built from the same field definitions ``to_dict`` walks."""
    return {name: _generate_schema(cls) for name, cls in sorted(_registry().items())}


def _generate_schema(cls: type) -> dict[str, Any]:
    name = _name(cls)
    defs: dict[str, Any] = {}
    body = _object_schema(cls, defs)
    body["properties"] = {
        "type": {"const": name},
        "schema_version": {"const": SCHEMA_VERSION},
        **body["properties"],
    }
    body["required"] = ["type", "schema_version", *body["required"]]
    document: dict[str, Any] = {
        "$schema": _JSON_SCHEMA_DIALECT,
        "$id": f"urn:magnesium-clinical:schema:{SCHEMA_VERSION}:{name}",
        "title": name,
        **body,
    }
    if defs:
        document["$defs"] = dict(sorted(defs.items()))
    return document


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    fields = _fields(cls)
    return {
        "description": _plain((cls.__doc__ or "").strip().splitlines()[0]),
        "type": "object",
        "properties": {field.name: _value_schema(field.hint, field, defs) for field in fields},
        "required": [field.name for field in fields],
        "additionalProperties": False,
    }


_CROSS_REFERENCE: Final = re.compile(r"\[([^\]]+)\]\[[\w.-]+\]")


def _plain(text: str) -> str:
    """*text* without the documentation's cross-references: ``[`x`][path]`` is ``x``."""
    return _CROSS_REFERENCE.sub(r"\1", text)


def _value_schema(hint: _Hint, field: _Field, defs: dict[str, Any]) -> dict[str, Any]:
    inner = _optional_inner(hint)
    if inner is not None:
        return {"anyOf": [_value_schema(inner, field, defs), {"type": "null"}]}
    item = _tuple_item(hint)
    if item is not None:
        return {"type": "array", "items": _value_schema(item, field, defs)}
    members = _union_members(hint)
    if members is not None:
        return {"oneOf": [_tagged_schema(cls, defs) for cls in members]}
    if isinstance(hint, type) and attrs.has(hint):
        name = _name(hint)
        if name not in defs:
            defs[name] = {}  # a placeholder while its own fields are walked
            defs[name] = _object_schema(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"title": hint.__name__, "enum": [member.value for member in hint]}
    if hint is object:
        return {"type": ["string", "number", "boolean", "null"]}
    if hint is float and field.open_bound is not None:
        sign = "-" if field.open_bound < 0 else "+"
        return {"type": ["number", "null"], "description": f"null: open ({sign}infinity)"}
    names: dict[object, str] = {float: "number", int: "integer", str: "string", bool: "boolean"}
    return {"type": names[hint]}


def _tagged_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of *cls* as one choice of several: its fields and its ``"type"`` tag."""
    body = _object_schema(cls, defs)
    body["properties"] = {"type": {"const": _name(cls)}, **body["properties"]}
    body["required"] = ["type", *body["required"]]
    return body


def _write_schemas(directory: Path) -> None:  # pragma: no cover (run by hand, see the docs)
    """Write every schema into *directory* (``src/magnesium/schemas``)."""
    for name, document in _generate_schemas().items():
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        directory.joinpath(f"{name}.json").write_text(text, encoding="utf-8")
