"""Read the CLI's ``--json`` answer and check every shape in it against its JSON Schema."""

from __future__ import annotations

import functools
import json
from typing import Any

import jsonschema

from magnesium._answer import NOTICE
from magnesium.serialize import schema


@functools.cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(name))


def valid_shape(shape: Any, type_name: str | None = None) -> dict[str, Any]:
    """Assert that *shape* is a top-level shape (of *type_name*) its schema accepts."""
    assert isinstance(shape, dict)
    if type_name is not None:
        assert shape["type"] == type_name
    _validator(shape["type"]).validate(shape)
    return shape


def answer(out: str) -> dict[str, Any]:
    """The answer printed on *out*: ``result``, ``sources`` (Source shapes) and ``notice``."""
    data: dict[str, Any] = json.loads(out)
    assert list(data) == ["result", "sources", "notice"]
    assert data["notice"] == NOTICE
    for source in data["sources"]:
        valid_shape(source, "Source")
    keys = [source["key"] for source in data["sources"]]
    assert len(keys) == len(set(keys))
    return data


def result(out: str, type_name: str) -> dict[str, Any]:
    """The one shape (of *type_name*) that the answer on *out* carries, validated."""
    return valid_shape(answer(out)["result"], type_name)


def results(out: str, type_name: str | None = None) -> list[dict[str, Any]]:
    """The list of shapes (each of *type_name*, if given) that the answer carries, validated."""
    shapes = answer(out)["result"]
    assert isinstance(shapes, list)
    return [valid_shape(shape, type_name) for shape in shapes]
