"""What every command prints in its ``--json`` output for the same kind of value."""

from __future__ import annotations

from magnesium.sources import Source


def source_dict(source: Source) -> dict[str, object]:
    """Return a citation as the commands print it in JSON.

    Examples:
        >>> from magnesium.sources import cite
        >>> sorted(source_dict(cite("iom-1997")))
        ['citation', 'identifier', 'key', 'url', 'verified']
    """
    return {
        "key": source.key,
        "citation": str(source),
        "url": source.url,
        "identifier": source.identifier,
        "verified": source.verified,
    }
