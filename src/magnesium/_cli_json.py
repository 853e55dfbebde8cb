"""What every command prints in its ``--json`` output for the same kind of value."""

from __future__ import annotations

import json

from magnesium import display
from magnesium.sources import Source


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


def source_dict(source: Source) -> dict[str, object]:
    """Return a citation as the commands print it in JSON.

    ``verification`` is the [`Verification`][magnesium.sources.Verification]
    level's value and ``read_in`` names the copy or the summaries read (``null``
    for the primary text); ``verified`` is kept for older readers.

    Examples:
        >>> from magnesium.sources import cite
        >>> sorted(source_dict(cite("iom-1997")))
        ['citation', 'identifier', 'key', 'read_in', 'url', 'verification', 'verified']
        >>> source_dict(cite("fda-label-mgso4-injection"))["verification"]
        'verbatim-copy'
    """
    return {
        "key": source.key,
        "citation": str(source),
        "url": source.url,
        "identifier": source.identifier,
        "verified": source.verified,
        "verification": source.verification.value,
        "read_in": source.read_in,
    }


source_line = display.source_line
"""A citation as one line of text (`magnesium.display.source_line`)."""
