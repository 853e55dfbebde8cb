"""What every command prints in its ``--json`` output for the same kind of value."""

from __future__ import annotations

import json

from magnesium.sources import Source, Verification


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


def source_line(source: Source, width: int = 80) -> str:
    """Return a citation as the text commands print it.

    The citation is cut to *width* characters; a level other than the primary
    text follows it, never cut: ``[read in a verbatim copy]``,
    ``[secondary summary only]`` or ``[unverified]``.

    Examples:
        >>> from magnesium.sources import cite
        >>> source_line(cite("iom-1997"), width=40)
        'Institute of Medicine, Standing Comm ...'
        >>> source_line(cite("aha-2005-electrolytes"), width=40)
        'American Heart Association. 2005 Ame ... [secondary summary only]'
    """
    text = str(source)
    if source.flag:
        text = text.removesuffix(source.flag).rstrip()
    if len(text) > width:
        text = text[: width - 4].rstrip() + " ..."
    if source.verification is Verification.PRIMARY:
        return text
    return f"{text} [{source.verification.label}]"
