"""The one JSON answer of the command line (``--json``) and of the MCP tools.

An answer is one JSON object with three keys, whatever the command or tool:

- ``result``: the [versioned JSON shape][magnesium.serialize] of the library value
  the command computed (``serialize.to_dict``), or a list of shapes for a listing
  and for a command that computes several values (each shape names its ``type``);
- ``sources``: every `Source` the answer rests on, resolved and written in full,
  each once, in the order first met;
- ``notice``: the library models published guidance and is not a prescriber.

Examples:
    >>> from magnesium.serum import SerumMagnesium
    >>> answer = build(SerumMagnesium(0.7, "mmol/L"), sources=("ciaaw-magnesium",))
    >>> answer["result"]
    {'type': 'SerumMagnesium', 'schema_version': 1, 'value': 0.7, 'unit': 'mmol/L'}
    >>> [source["key"] for source in answer["sources"]]
    ['ciaaw-magnesium']
    >>> dumps(answer).startswith('{"result": {"type": "SerumMagnesium"')
    True
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final, cast

from magnesium import serialize
from magnesium.sources import Source, cite

if TYPE_CHECKING:
    from collections.abc import Iterable

NOTICE: Final = (
    "magnesium models published guidance on serum magnesium and cites its sources; "
    "it is not a prescriber and not a substitute for clinical judgement."
)
"""The notice every answer carries beside its result."""


def _cited(item: object) -> tuple[str | Source, ...]:
    """The sources a value rests on: its resolved ``citations``, else its ``sources``."""
    if isinstance(item, str):  # a plain name in a listing, not a value
        return ()
    found = getattr(item, "citations", None) or getattr(item, "sources", ())
    return tuple(cast("Iterable[str | Source]", found))


def _shape(item: object) -> object:
    return item if isinstance(item, str) else serialize.to_dict(item)


def build(result: object, *, sources: Iterable[str | Source] = ()) -> dict[str, Any]:
    """Return the answer: the result's shape (or a list for a tuple), its sources, the notice.

    ``sources`` adds `Source`s (or bibliography keys) beyond those the values
    carry, e.g. what a conversion rests on. A string in a tuple result is kept as
    it is (the names ``magnesium mcp --check`` lists).
    """
    items = result if isinstance(result, tuple) else (result,)
    cited: dict[str, Source] = {}
    for source in (*(found for item in items for found in _cited(item)), *sources):
        resolved = source if isinstance(source, Source) else cite(source)
        cited.setdefault(resolved.key, resolved)
    shape = [_shape(item) for item in result] if isinstance(result, tuple) else _shape(result)
    return {
        "result": shape,
        "sources": [serialize.to_dict(source) for source in cited.values()],
        "notice": NOTICE,
    }


def dumps(payload: object) -> str:
    """Return *payload* as strict JSON: a NaN or an infinity is a bug, never printed.

    Examples:
        >>> dumps({"mg": 1.5})
        '{"mg": 1.5}'
        >>> dumps({"mg": float("inf")})
        Traceback (most recent call last):
        ...
        ValueError: Out of range float values are not JSON compliant...
    """
    return json.dumps(payload, allow_nan=False)


def answer_json(result: object, *, sources: Iterable[str | Source] = ()) -> str:
    """Return the answer (`build`) as one line of strict JSON."""
    return dumps(build(result, sources=sources))
