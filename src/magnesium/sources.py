"""Citations: the [`Source`][magnesium.sources.Source] of every clinical number.

Every table row and threshold in `magnesium` names the key of a `Source` in
[`BIBLIOGRAPHY`][magnesium.sources.BIBLIOGRAPHY], the library's one
bibliography, so that a downstream tool can show its user where a number comes
from. The test suite fails if any row points to a key that is not there.

Examples:
    >>> from magnesium.sources import BIBLIOGRAPHY, cite
    >>> source = cite("ciaaw-magnesium")
    >>> source.year, source.publisher
    (2011, 'Commission on Isotopic Abundances and Atomic Weights (CIAAW), IUPAC')
    >>> "ciaaw-magnesium" in BIBLIOGRAPHY
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from magnesium._frozen import FrozenMapping
from magnesium.errors import DefinitionError, UnknownEntryError

__all__ = ["BIBLIOGRAPHY", "Source", "cite"]

_KEY = re.compile(r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")


def _check_key(_instance: object, _attribute: object, key: str) -> None:
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise DefinitionError(
            key,
            "a lower-case key of letters, digits, '-' and '.' such as 'iom-1997'",
            "Choose a key in that form.",
        )


@attrs.frozen(kw_only=True)
class Source:
    """A citation of a published document.

    Args:
        key: A short unique key such as ``"iom-1997"``, by which tables refer to it.
        title: The document's title.
        publisher: The journal, publisher or organisation that issued it.
        year: The year of publication (or of the revision cited), or ``None``.
        authors: The authors, or ``None`` for a corporate document.
        url: Where to read it.
        identifier: A DOI, PMID, NCBI Bookshelf ID or similar.
        locator: Where in the document the cited numbers stand, e.g. ``"Table 2"``.
        note: Anything a reader should know, e.g. which edition or what was verified.
        verified: ``False`` if the cited numbers could not be checked against the
            document itself.

    Raises:
        DefinitionError: If the key is malformed or neither *url* nor
            *identifier* is given.

    Examples:
        >>> source = Source(
        ...     key="example-2024",
        ...     title="An example",
        ...     publisher="Example Press",
        ...     year=2024,
        ...     url="https://example.org",
        ... )
        >>> print(source)
        An example. Example Press; 2024. https://example.org
    """

    key: str = attrs.field(validator=_check_key)
    """A short unique key by which tables refer to this source."""
    title: str
    """The document's title."""
    publisher: str
    """The journal, publisher or organisation that issued it."""
    year: int | None
    """The year of publication or of the revision cited; ``None`` where the copy
    consulted did not show one."""
    authors: str | None = None
    """The authors, or ``None`` for a corporate document."""
    url: str | None = None
    """Where to read it."""
    identifier: str | None = None
    """A DOI, PMID, NCBI Bookshelf ID or similar."""
    locator: str | None = None
    """Where in the document the cited numbers stand."""
    note: str | None = None
    """Anything a reader should know about this citation."""
    verified: bool = True
    """Whether the cited numbers were checked against the document itself.

    ``False`` marks a number taken from secondary reports of the document; its
    [`note`][magnesium.sources.Source.note] says what was and was not checked."""

    def __attrs_post_init__(self) -> None:
        if self.url is None and self.identifier is None:
            raise DefinitionError(
                self.key,
                "a source with a URL or an identifier (DOI, PMID, NBK ID)",
                "Give url= or identifier= so that readers can find the document.",
            )

    def __str__(self) -> str:
        parts = [f"{self.authors}. " if self.authors else "", f"{self.title}. "]
        parts.append(f"{self.publisher}; {'n.d.' if self.year is None else f'{self.year}.'}")
        if self.locator:
            parts.append(f" {self.locator}.")
        if self.identifier:
            parts.append(f" {self.identifier}.")
        if self.url:
            parts.append(f" {self.url}")
        if not self.verified:
            parts.append(" [not verified against the primary text]")
        return "".join(parts).rstrip()


def index_sources(sources: Iterable[Source]) -> Mapping[str, Source]:
    """Return a read-only mapping of sources by key (it pickles and deep-copies).

    Raises:
        DefinitionError: If two sources share a key.

    Examples:
        >>> source = cite("iom-1997")
        >>> index_sources([source, source])
        Traceback (most recent call last):
        ...
        magnesium.errors.DefinitionError: invalid definition 'iom-1997': ...
    """
    table: dict[str, Source] = {}
    for source in sources:
        if source.key in table:
            raise DefinitionError(source.key, "a unique key", "Rename one of the two sources.")
        table[source.key] = source
    return FrozenMapping(table)


def _bibliography() -> Mapping[str, Source]:
    from magnesium._data.bibliography import SOURCES  # noqa: PLC0415 (data after the class)

    return index_sources(SOURCES)


BIBLIOGRAPHY: Final[Mapping[str, Source]] = _bibliography()
"""Every source the library cites, by key (read-only)."""


def cite(key: str) -> Source:
    """Return the source with this key.

    Args:
        key: A key of [`BIBLIOGRAPHY`][magnesium.sources.BIBLIOGRAPHY].

    Raises:
        UnknownEntryError: If no source has that key (a `LookupError`).

    Examples:
        >>> cite("nci-ctcae-5").year
        2017
        >>> cite("nci-ctcae5")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnknownEntryError: 'nci-ctcae5' is not a known source: ...
    """
    found = BIBLIOGRAPHY.get(key) if isinstance(key, str) else None
    if found is None:
        raise UnknownEntryError(key, "source", BIBLIOGRAPHY)
    return found
