"""Citations: the [`Source`][magnesium.sources.Source] of every clinical number.

Every table row and threshold in `magnesium` names the key of a `Source` in
[`BIBLIOGRAPHY`][magnesium.sources.BIBLIOGRAPHY], the library's one
bibliography, so that a downstream tool can show its user where a number comes
from. The test suite fails if any row points to a key that is not there.

Each source also says what was read to check its numbers: its
[`verification`][magnesium.sources.Source.verification] is a
[`Verification`][magnesium.sources.Verification] level (the primary text, a
verbatim copy named in [`read_in`][magnesium.sources.Source.read_in], a
secondary summary only, or nothing that confirms the number), and results that
rest on sources report the weakest of their levels.

Examples:
    >>> from magnesium.sources import BIBLIOGRAPHY, cite
    >>> source = cite("ciaaw-magnesium")
    >>> source.year, source.publisher
    (2011, 'Commission on Isotopic Abundances and Atomic Weights (CIAAW), IUPAC')
    >>> "ciaaw-magnesium" in BIBLIOGRAPHY
    True
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from magnesium import _knowledge, _show, plausibility
from magnesium._fields import checked, to_tuple
from magnesium._frozen import FrozenMapping
from magnesium.errors import ArgumentTypeError, DefinitionError, UnknownEntryError

__all__ = ["BIBLIOGRAPHY", "Source", "Verification", "cite", "weakest_verification"]

_KEY = re.compile(r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")


def _check_key(_instance: object, _attribute: object, key: str) -> None:
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise DefinitionError(
            key,
            "a lower-case key of letters, digits, '-' and '.' such as 'iom-1997'",
            "Choose a key in that form.",
        )


_DEPRECATED: Final = "Give verification= only; verified= is deprecated."


@functools.total_ordering
class Verification(enum.Enum):
    """What was read to check a source's cited numbers, from the strongest level to the weakest.

    Levels compare by strength: ``PRIMARY`` is the strongest, ``UNVERIFIED`` the
    weakest, so ``min()`` over levels gives the weakest.

    Examples:
        >>> Verification("verbatim-copy")
        <Verification.VERBATIM_COPY: 'verbatim-copy'>
        >>> Verification.SECONDARY < Verification.VERBATIM_COPY < Verification.PRIMARY
        True
        >>> min(Verification.PRIMARY, Verification.SECONDARY).label
        'secondary summary only'
    """

    PRIMARY = "primary"
    """The publisher's own text (its page, PDF, label or abstract) was read; PubMed,
    PMC and NCBI Bookshelf count as the publisher's text."""
    VERBATIM_COPY = "verbatim-copy"
    """The document's own words were read in a third-party copy, named in
    [`Source.read_in`][magnesium.sources.Source.read_in] (a mirror, a transcription,
    a machine-readable copy)."""
    SECONDARY = "secondary"
    """Only secondary reports were read: a review, a summary site, a drug monograph
    or another document that states the number and attributes it to this one."""
    UNVERIFIED = "unverified"
    """Nothing read confirmed the number: it is in common use, or written from
    first principles, and the document cited was not read."""

    @property
    def rank(self) -> int:
        """The strength of this level: 3 for ``PRIMARY`` down to 0 for ``UNVERIFIED``."""
        return _RANK[self]

    @property
    def label(self) -> str:
        """A short phrase for this level, as citations and the docs show it."""
        return _LABEL[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Verification):
            return NotImplemented
        return self.rank < other.rank


_RANK: Final = {
    Verification.PRIMARY: 3,
    Verification.VERBATIM_COPY: 2,
    Verification.SECONDARY: 1,
    Verification.UNVERIFIED: 0,
}
_LABEL: Final = {
    Verification.PRIMARY: "primary text",
    Verification.VERBATIM_COPY: "read in a verbatim copy",
    Verification.SECONDARY: "secondary summary only",
    Verification.UNVERIFIED: "unverified",
}


def weakest_verification(sources: Iterable[Source]) -> Verification:
    """Return the weakest verification level of these sources.

    A result that rests on several sources is no better checked than the least
    checked of them. With no sources at all, nothing confirms the result, and the
    answer is ``UNVERIFIED``.

    Examples:
        >>> weakest_verification([cite("iom-1997"), cite("aha-2005-electrolytes")])
        <Verification.SECONDARY: 'secondary'>
        >>> weakest_verification([cite("iom-1997")])
        <Verification.PRIMARY: 'primary'>
        >>> weakest_verification([])
        <Verification.UNVERIFIED: 'unverified'>
    """
    items = to_tuple(sources, "weakest_verification(sources=...)")
    for item in items:
        if not isinstance(item, Source):
            raise ArgumentTypeError(
                plausibility.shown(item), "Source entries for sources", "Pass cite(key) values."
            )
    return min((source.verification for source in items), default=Verification.UNVERIFIED)


def _from_verified(verified: bool | None) -> Verification:
    if verified is None or verified:
        return Verification.PRIMARY
    return Verification.SECONDARY


@attrs.frozen(kw_only=True, init=False, field_transformer=checked)
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
        note: Anything a reader should know, e.g. which edition or what was read.
        verification: What was read to check the cited numbers; ``PRIMARY``
            unless given.
        read_in: The copy or the summaries read, where *verification* is not
            ``PRIMARY`` (a site, a URL, a named transcription).
        verified: Deprecated, kept for entries written before *verification*:
            ``True`` means ``PRIMARY`` and ``False`` means ``SECONDARY``. Give
            *verification* instead; giving both is an error.

    Raises:
        DefinitionError: If the key is malformed, neither *url* nor
            *identifier* is given, a verbatim copy does not name the copy in
            *read_in*, a primary source names one, or *verified* contradicts
            *verification*.

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
        >>> copy = attrs.evolve(
        ...     source, verification=Verification.VERBATIM_COPY, read_in="a mirror"
        ... )
        >>> print(copy)
        An example. Example Press; 2024. https://example.org [read in a verbatim copy: a mirror]
        >>> copy.verified
        True
        >>> old_style = Source(key="old-1", title="t", publisher="p", year=None,
        ...                    url="https://example.org", verified=False)
        >>> old_style.verification, old_style.verified
        (<Verification.SECONDARY: 'secondary'>, False)
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
    """Anything a reader should know about this citation, e.g. what was quoted."""
    verification: Verification = Verification.PRIMARY
    """What was read to check the cited numbers (see
    [`Verification`][magnesium.sources.Verification])."""
    read_in: str | None = None
    """The verbatim copy read, or the secondary summaries read, where
    [`verification`][magnesium.sources.Source.verification] is not ``PRIMARY``."""

    def __init__(  # noqa: PLR0913 (one keyword per field, and the deprecated one)
        self,
        *,
        key: str,
        title: str,
        publisher: str,
        year: int | None,
        authors: str | None = None,
        url: str | None = None,
        identifier: str | None = None,
        locator: str | None = None,
        note: str | None = None,
        verification: Verification | None = None,
        read_in: str | None = None,
        verified: bool | None = None,
    ) -> None:
        if verified is not None and not isinstance(verified, bool):
            raise ArgumentTypeError(
                plausibility.shown(verified), "True, False or None for verified=", _DEPRECATED
            )
        level = _from_verified(verified) if verification is None else verification
        if not isinstance(level, Verification):
            raise DefinitionError(
                plausibility.shown(level),
                "a magnesium.Verification level as verification=",
                "Give e.g. verification=Verification.SECONDARY.",
            )
        if verified is not None and verified != (level.rank >= Verification.VERBATIM_COPY.rank):
            raise DefinitionError(
                key,
                f"verified={verified} agreeing with verification={level.value!r}",
                _DEPRECATED,
            )
        self.__attrs_init__(
            key=key,
            title=title,
            publisher=publisher,
            year=year,
            authors=authors,
            url=url,
            identifier=identifier,
            locator=locator,
            note=note,
            verification=level,
            read_in=read_in,
        )

    def __attrs_post_init__(self) -> None:
        if self.url is None and self.identifier is None:
            raise DefinitionError(
                self.key,
                "a source with a URL or an identifier (DOI, PMID, NBK ID)",
                "Give url= or identifier= so that readers can find the document.",
            )
        if not isinstance(self.verification, Verification):
            raise DefinitionError(
                self.key,
                "a magnesium.Verification level as verification=",
                "Give e.g. verification=Verification.SECONDARY.",
            )
        if self.verification is Verification.VERBATIM_COPY and not self.read_in:
            raise DefinitionError(
                self.key,
                "the copy read, named in read_in=, for a verbatim copy",
                "Name the copy, e.g. read_in='a mirror of the page at example.org'.",
            )
        if self.verification is Verification.PRIMARY and self.read_in:
            raise DefinitionError(
                self.key,
                "no read_in= for a source read in its primary text",
                "Drop read_in=, or give the level of the copy that was read.",
            )

    @property
    def verified(self) -> bool:
        """Whether the cited numbers were read in the document's own words (deprecated).

        ``True`` for ``PRIMARY`` and ``VERBATIM_COPY``; ``False`` where only
        secondary summaries or nothing confirmed them. Read
        [`verification`][magnesium.sources.Source.verification] instead.
        """
        return self.verification.rank >= Verification.VERBATIM_COPY.rank

    @property
    def flag(self) -> str:
        """The level as a citation shows it: empty for ``PRIMARY``.

        Examples:
            >>> cite("aha-2005-electrolytes").flag
            '[secondary summary only: ...]'
        """
        match self.verification:
            case Verification.PRIMARY:
                return ""
            case Verification.UNVERIFIED if not self.read_in:
                return "[unverified: no copy confirming the numbers was read]"
            case level:
                return f"[{level.label}: {self.read_in or 'not named'}]"

    def __str__(self) -> str:
        parts = [f"{self.authors}. " if self.authors else "", f"{self.title}. "]
        parts.append(f"{self.publisher}; {'n.d.' if self.year is None else f'{self.year}.'}")
        if self.locator:
            parts.append(f" {self.locator}.")
        if self.identifier:
            parts.append(f" {self.identifier}.")
        if self.url:
            parts.append(f" {self.url}")
        if self.verification is not Verification.PRIMARY:
            parts.append(f" {self.flag}")
        return "".join(parts).rstrip()

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


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


_FILES: Final = (
    "foundation",
    "thresholds",
    "rda",
    "causes",
    "repletion",
    "analytes",
    "interop",
    "protocols",
)
"""The bibliography's files, ``data/sources_<topic>.toml``, in the order it lists them."""


def _no_sources(key: str) -> Source:  # pragma: no cover (a Source cites nothing)
    raise UnknownEntryError(key, "source", {})


def _bibliography() -> Mapping[str, Source]:
    return index_sources(
        source
        for topic in _FILES
        for source in _knowledge.load(
            f"sources_{topic}.toml", "source", Source, resolve=_no_sources
        )
    )


BIBLIOGRAPHY: Final[Mapping[str, Source]] = _knowledge.LazyTable(_bibliography)
"""Every source the library cites, by key (read-only; read from ``data/sources_*.toml``
on first use)."""


def _cite_all(values: object) -> tuple[Source, ...]:
    """Sources by key (a table's rows) or as `Source` values (a user's own, or read back).

    The converter of the ``sources`` fields of the topic modules' value types.
    """
    items = to_tuple(values, "sources")
    return tuple(item if isinstance(item, Source) else cite(item) for item in items)


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


# --- helpers for tables that cite sources by key (causes, workup) -------------------------------

_SPACE: Final = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Lookup form: case-folded, trimmed, inner whitespace collapsed."""
    return _SPACE.sub(" ", text.casefold()).strip()


def _check_cited(_instance: object, _attribute: object, sources: tuple[Source, ...]) -> None:
    """A row must cite at least one source (the validator beside `_cite_all`)."""
    if not sources:
        raise DefinitionError(sources, "at least one source", "Cite the row.")


def _tuple_of_str(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)
