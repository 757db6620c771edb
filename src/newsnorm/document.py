"""What plugins see (:class:`Document`, :class:`Block`) and what they return
(:class:`Mark`, :class:`Detection`, :class:`Outlet`).

The input is split into blocks (a line of text, or a paragraph-level element of
an HTML page). Plugins never edit text: they *mark* spans of blocks as
clutter, title, byline, caption and so on, and the core assembles the
:class:`~newsnorm.model.Article` from the marks. Whatever no mark covers is
body text, so nothing can vanish unrecorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

import attrs

from newsnorm.model import Dateline, Person

__all__ = [
    "MARK_KINDS",
    "Block",
    "Detection",
    "Document",
    "Mark",
    "Outlet",
    "free_spans",
    "marks_by_block",
]

#: The kinds of :class:`Mark`.
#:
#: - ``clutter``: not part of the article; recorded in ``Article.removed`` with
#:   the mark's ``reason``.
#: - ``title``, ``lead``: the headline and the standfirst.
#: - ``byline``: a credit line; its people come from ``persons`` or from the
#:   ``newsnorm_parse_byline`` hook. Recorded in ``removed`` as ``byline``.
#: - ``published``: the outlet's date line; its value comes from ``published``
#:   or from the ``newsnorm_parse_date_line`` hook. Recorded as ``date-line``.
#: - ``caption``: a photo caption or credit, kept in ``Article.captions``.
#: - ``dateline``: set by the core from the ``newsnorm_parse_dateline`` hook.
MARK_KINDS = frozenset({"clutter", "title", "lead", "byline", "published", "caption", "dateline"})


@attrs.frozen(kw_only=True)
class Block:
    """One block of the input: a line of text, or a paragraph of a page.

    :param index: the block's position in :attr:`Document.blocks`.
    :param text: the block's text, with surrounding white space stripped.
    :param offset: where ``text`` starts in :attr:`Document.source` (text
        input), or -1 when the block came from HTML.
    :param blank_before: a blank line (or the start of the input) precedes it.
    :param tag: the HTML element it came from (``p``, ``h1``, ``li``,
        ``figcaption`` ...), or None for text input.
    :param cls: for HTML, that element's ``class`` attribute (space-separated
        names), so plugins can recognise an outlet's markup; empty otherwise.
    :param context: for HTML, the class names of its three nearest ancestors,
        nearest first (a tag list's ``li`` sits in ``ul``/``div.post-tags``).
    """

    index: int
    text: str
    offset: int = -1
    blank_before: bool = False
    tag: str | None = None
    cls: str = ""
    context: str = ""


def _hosts(hosts: Iterable[str]) -> tuple[str, ...]:
    if isinstance(hosts, str):
        return (hosts.lower(),)
    return tuple(h.lower() for h in hosts)


@attrs.frozen(kw_only=True)
class Outlet:
    """An outlet a plugin provides, returned by ``newsnorm_outlets``.

    :param name: the short name (``kompas``), unique among plugins; it is
        ``Article.outlet``.
    :param title: the outlet's display name (``Kompas``).
    :param hosts: host names the outlet publishes on; subdomains match too.
    :param language: the outlet's default language (BCP 47).
    :param utc_offset: the outlet's local time offset; a publication time a
        page gives in UTC is expressed at this offset (the instant is kept).
    """

    name: str
    title: str = ""
    hosts: tuple[str, ...] = attrs.field(default=(), converter=_hosts)
    language: str = "id"
    utc_offset: timedelta = timedelta(hours=7)


def _read_only(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


def _read_only_lists(mapping: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({key: tuple(values) for key, values in mapping.items()})


@attrs.frozen(kw_only=True)
class Document:
    """The input as plugins see it: blocks plus what is known about the source.

    :param blocks: the blocks in reading order.
    :param source: the decoded input (text, or the HTML page).
    :param kind: ``text`` or ``html``.
    :param url: the source address, when given or found in the page.
    :param host: the URL's host name, lower case, without ``www.``.
    :param meta: for HTML input, the page's ``<meta>`` values by name or
        property, lower case (``og:title``, ``author``, ...; the first value of
        each), plus ``title`` (the ``<title>``), ``canonical`` and
        ``time:datetime`` (the first ``<time datetime>``); empty for text.
    :param meta_all: every value of each ``<meta>`` name (``article:tag`` is
        often repeated).
    :param jsonld: the page's JSON-LD objects (``@graph`` members and list
        items flattened), for HTML input.
    :param tree: for HTML input, the parsed page as an lxml element tree (the
        ``<html>`` element, an ``lxml.html.HtmlElement``: ``tree.cssselect()``,
        ``tree.xpath()``, or :func:`newsnorm.html.select`); None for text and
        for pages with no element at all.
    :param elements: for HTML input, the element of ``tree`` each block was
        read from (``elements[i]`` for ``blocks[i]``), to look at its
        attributes; empty for text.
    :param reference_date: the caller's reference date, when given.
    :param outlet: the outlet the document was attributed to, once known.
    """

    blocks: tuple[Block, ...]
    source: str = ""
    kind: str = "text"
    url: str | None = None
    host: str | None = None
    meta: Mapping[str, str] = attrs.field(factory=dict, converter=_read_only)
    meta_all: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_read_only_lists)
    jsonld: tuple[Mapping[str, Any], ...] = ()
    tree: Any = attrs.field(default=None, eq=False, repr=False)
    elements: tuple[Any, ...] = attrs.field(default=(), eq=False, repr=False)
    reference_date: date | None = None
    outlet: Outlet | None = None
    _soup: list[Any] = attrs.field(factory=list, init=False, eq=False, repr=False)

    @property
    def root(self) -> Any:
        """For HTML input, the page as a BeautifulSoup object; None for text.

        Built from :attr:`source` the first time it is read, for plugins that
        prefer BeautifulSoup's API. It costs several times the parse of
        :attr:`tree`, which the core uses: prefer ``tree`` where speed counts.
        """
        if self.kind != "html":
            return None
        if not self._soup:
            from bs4 import BeautifulSoup  # loaded only when a plugin asks for it

            self._soup.append(BeautifulSoup(self.source, "lxml"))
        return self._soup[0]

    def head(self, count: int = 8) -> str:
        """The text of the first ``count`` blocks, one per line (for detection)."""
        return "\n".join(b.text for b in self.blocks[:count])

    def tail(self, count: int = 8) -> str:
        """The text of the last ``count`` blocks, one per line (for detection)."""
        return "\n".join(b.text for b in self.blocks[-count:])


def _check_kind(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if value not in MARK_KINDS:
        raise ValueError(f"mark kind must be one of {sorted(MARK_KINDS)}, got {value!r}")


@attrs.frozen(kw_only=True)
class Mark:
    """A label on a span of one block, returned by the marking hooks.

    The span is ``block.text[start:end]``; ``end=None`` means the end of the
    block, so ``Mark(kind="clutter", block=3, reason="related-link")`` marks
    the whole of block 3.

    :param kind: one of :data:`MARK_KINDS`.
    :param block: the block's index.
    :param start: the span's first character in ``block.text``.
    :param end: one past its last character, or None for the end of the block.
    :param reason: for ``clutter``, a short slug (``related-link``,
        ``comment-prompt``, ``social-follow``, ``duplicate-title``, ``logo``,
        ``markup``, ``comment-count``, ``comment-form`` ...). Required there.
    :param persons: for ``byline``, the people already parsed; None lets the
        ``newsnorm_parse_byline`` hook parse the span's text.
    :param role: for ``byline``, the role for names with no label.
    :param published: for ``published``, the value already parsed; None lets
        ``newsnorm_parse_date_line`` parse the span's text.
    :param dateline: for ``dateline`` marks (made by the core).
    :param plugin: the plugin that made the mark; set by the core.
    """

    kind: str = attrs.field(validator=_check_kind)
    block: int
    start: int = 0
    end: int | None = None
    reason: str | None = None
    persons: tuple[Person, ...] | None = None
    role: str | None = None
    published: datetime | date | None = None
    dateline: Dateline | None = None
    plugin: str | None = None

    def span(self, block: Block) -> tuple[int, int]:
        """The ``(start, end)`` of this mark in ``block``'s text."""
        return self.start, len(block.text) if self.end is None else self.end


def marks_by_block(marks: Iterable[Mark]) -> dict[int, list[Mark]]:
    """Group marks by block index (build it once, then call :func:`free_spans`)."""
    index: dict[int, list[Mark]] = {}
    for mark in marks:
        index.setdefault(mark.block, []).append(mark)
    return index


def free_spans(block: Block, marks: Iterable[Mark]) -> list[tuple[int, int]]:
    """The spans of ``block.text`` that no mark covers and that hold more than
    white space, as ``(start, end)`` pairs in order.

    ``marks`` may be all marks or only this block's (from
    :func:`marks_by_block`, which keeps large documents linear). Plugins use
    it to look only at what is still body text.
    """
    text = block.text
    index = block.index
    taken = [m.span(block) for m in marks if m.block == index] if marks else []
    if not taken:  # most blocks: the whole text, unless it is blank
        return [(0, len(text))] if text.strip() else []
    taken.sort()
    spans: list[tuple[int, int]] = []
    position = 0
    for start, end in [*taken, (len(text), len(text))]:
        if start > position and text[position:start].strip():
            spans.append((position, start))
        position = max(position, end)
    return spans


@attrs.frozen(kw_only=True)
class Detection:
    """A plugin's claim that a document comes from one of its outlets.

    :param outlet: the outlet's name, as declared in :class:`Outlet`.
    :param score: confidence from 0 to 1. The core picks the highest score of
        at least :data:`newsnorm.pipeline.DETECTION_THRESHOLD`; a URL whose
        host matches an outlet's ``hosts`` scores 1.
    :param reason: a few words on why, shown by ``newsnorm detect``.
    :param language: the document's language when the plugin knows it
        (``en`` for an English edition), else None for the outlet's default.
    """

    outlet: str
    score: float
    reason: str = ""
    language: str | None = None
