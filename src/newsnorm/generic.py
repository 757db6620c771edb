"""The generic plugin: what every Indonesian news text shares.

It declares no outlet, so its hooks run on every document, after the outlet
plugin's (all are ``trylast``). It marks

- whole lines of related links (``Baca juga: ...``, ``Berita Terkait: ...``);
- credit lines with the usual labels (``Penulis:``, ``Editor:``,
  ``Pewarta:``, ``Laporan:``, ``Reporter:``, ``Oleh`` ...) as bylines;
- on pages, ``figcaption`` blocks as captions, short blocks whose class
  names them the author line (``author``, ``byline``) as bylines, short
  blocks in a tag list (``post-tags``, ``blog-tags``) as ``tags``, the first
  ``h1`` as the title and short labels above it (breadcrumbs, rubrics) as
  ``navigation``;
- a short line that is only a date as the date line;
- a short first line with no closing full stop as the title (text input),
  and later copies of the title as ``duplicate-title`` clutter;
- HTML tags left inside text as ``markup`` clutter;

and recognises generic datelines (``Jakarta (ANTARA) –``, ``JAKARTA –``),
bylines, date lines and in-body dates with :mod:`newsnorm.bylines` and
:mod:`newsnorm.dates`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

import attrs
import regex

from newsnorm import bylines, clutter, datelines, dates, pagemeta
from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Block, Document, Mark, free_spans, marks_by_block
from newsnorm.hookspecs import hookimpl
from newsnorm.model import Article, Dateline, Person

__all__ = [
    "looks_like_title",
    "newsnorm_finalize",
    "newsnorm_find_dates",
    "newsnorm_html_container",
    "newsnorm_mark_clutter",
    "newsnorm_mark_metadata",
    "newsnorm_parse_byline",
    "newsnorm_parse_date_line",
    "newsnorm_parse_dateline",
]

_TAG = regex.compile(
    r"</?[A-Za-z][A-Za-z0-9:-]{0,20}(?:\s[^<>]{0,1000})?/?>|<!--.{0,2000}?-->", regex.S
)
_PAREN_DATELINE = regex.compile(
    rf"^(?P<place>{datelines.PLACE})\s{{0,3}}\(\s{{0,2}}(?P<source>\p{{Lu}}[\p{{L}}.]{{1,30}})"
    rf"\s{{0,2}}\)\s{{0,2}}(?:{datelines.DASH}|:\s|,\s)"
)
# ``TEMPO.CO, Jakarta -``, ``Liputan6.com, Jakarta -``: the site's name first.
_SITE_FIRST_DATELINE = regex.compile(
    rf"^(?P<source>[\p{{L}}\d]{{2,30}}\.(?i:com|co\.id|co|id|net|tv|news))"
    rf",\s{{0,3}}(?P<place>{datelines.PLACE}){datelines.DASH}(?=\S)"
)
# ``Jakarta, CNN Indonesia --``: a source with a word in capitals after the place.
_SOURCE_AFTER_DATELINE = regex.compile(
    rf"^(?P<place>\p{{Lu}}[\p{{Ll}}'’.\-]{{1,30}}(?:\s\p{{Lu}}[\p{{Ll}}'’.\-]{{1,30}}){{0,2}}),"
    rf"\s{{0,3}}(?P<source>(?:\p{{L}}{{1,20}}\s)?\p{{Lu}}{{2,12}}(?:\.\p{{L}}{{2,4}})?"
    rf"(?:\s\p{{Lu}}\p{{L}}{{1,20}})?){datelines.DASH}(?=\S)"
)
_CAPS_DATELINE = regex.compile(
    rf"^(?P<place>\p{{Lu}}[\p{{Lu}}'’.\-]{{1,30}}(?:\s\p{{Lu}}[\p{{Lu}}'’.\-]{{0,30}}){{0,3}})"
    rf"(?:,\s{{0,2}}(?P<source>\p{{Lu}}[\p{{L}}.]{{1,30}}))?{datelines.DASH}(?=\S)"
)
_RELATED_LINE = regex.compile(
    r"^(?:baca|simak|lihat)\s{1,3}(?:juga|pula)\s{0,3}:|^berita\s{1,3}terkait\s{0,3}:", regex.I
)
_END_PUNCT = (".", ",", ";", ":")
# An element whose class names it the author line of a page (``author``, ``byline``,
# ``amp-wp-byline``, ``entry-author``).
_BYLINE_CLASS = regex.compile(
    r"(?<![\w])(?:[\w-]{0,20}-)?(?:author|byline)(?:-[\w-]{0,20})?(?![\w])"
)
# An element (or one around it) whose class names it a list of topic tags.
_TAGS_CLASS = regex.compile(r"(?<![\w-])(?:[\w]{1,20}-)?(?:tags|tag-list|tagcloud)(?![\w-])")
_MAX_BYLINE_WORDS = 14
# A match of bylines.BYLINE_LINE has its colon after at most four bullets or
# spaces, a label and three spaces, unless it is ``Oleh`` and a space; a match
# of _RELATED_LINE has its colon within ``berita   terkait   :``. Lines with no
# colon that early are ruled out before the patterns run.
_BYLINE_COLON_REACH = 4 + max(len(label) for label in bylines.ROLE_LABELS) + 3 + 1
_RELATED_COLON_REACH = len("berita   terkait   :")


def _whole_block_taken(block: Block, taken: dict[int, list[Mark]]) -> bool:
    marks = taken.get(block.index)
    if not marks:
        return not block.text.strip()
    return not free_spans(block, marks)


def _is_byline(text: str) -> bool:
    if ":" not in text[:_BYLINE_COLON_REACH] and "oleh" not in text[:8].lower():
        return False
    m = bylines.BYLINE_LINE.match(text, timeout=REGEX_TIMEOUT)
    if m is None:
        return False
    rest = _TAG.sub(" ", m.group("rest"), timeout=REGEX_TIMEOUT)
    if not rest.strip() or len(rest.split()) > _MAX_BYLINE_WORDS:
        return not rest.strip() and len(text) < 40  # an empty label is still a credit line
    return bylines.names_only(m.group("rest")) and bool(bylines.parse_byline(text))


def _is_date_line(text: str) -> bool:
    """A line that is a full date and little else: at most three other words,
    and not a sentence (no closing full stop)."""
    if text.rstrip().endswith((".", "!", "?", '."', ".”")):
        return False
    found = dates.find_dates(text)
    if dates._date_line_value(text, found) is None:  # dates.parse_date_line(text)
        return False
    rest = text
    for item in reversed(found):
        rest = rest[: item.start] + " " + rest[item.end :]
    return len([w for w in rest.split() if any(c.isalpha() for c in w)]) <= 3


def looks_like_title(text: str) -> bool:
    """A short line with letters and no closing full stop, comma or colon."""
    words = text.split()
    return (
        0 < len(words) <= 30
        and len(text) <= 250
        and not text.endswith(_END_PUNCT)
        and sum(c.isalpha() for c in text) >= 8
    )


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _first_word(text: str) -> str:
    """The first word of ``_fold(text)``, without folding the whole text."""
    words = text.split(None, 1)
    return words[0].casefold() if words else ""


@hookimpl(trylast=True)
def newsnorm_mark_clutter(document: Document, marks: Sequence[Mark]) -> Iterable[Mark]:
    """Mark whole lines of related links every outlet uses (``Baca juga: ...``,
    ``Berita Terkait: ...``), a WordPress comment form on lines of its own
    (:func:`newsnorm.clutter.comment_form`) and share bars on lines of their own
    (:func:`newsnorm.clutter.share_bar_lines`) that no outlet plugin marked."""
    taken = marks_by_block(marks)
    related = [
        Mark(kind="clutter", block=block.index, reason="related-link")
        for block in document.blocks
        if len(block.text) <= 300
        and ":" in block.text[:_RELATED_COLON_REACH]
        and _RELATED_LINE.match(block.text, timeout=REGEX_TIMEOUT)
        and block.index not in taken
    ]
    form = clutter.comment_form(document, [*marks, *related], glued=False)
    return related + form + clutter.share_bar_lines(document, [*marks, *related, *form])


@hookimpl(trylast=True)
def newsnorm_mark_metadata(document: Document, marks: Sequence[Mark]) -> Iterable[Mark]:
    """Mark bylines, the date line, the title and its copies, and inline markup."""
    taken = marks_by_block(marks)
    new: list[Mark] = []

    def add(mark: Mark) -> None:
        new.append(mark)
        taken.setdefault(mark.block, []).append(mark)

    free = [b for b in document.blocks if not _whole_block_taken(b, taken)]
    for block in free:
        if len(block.text) <= 400 and _is_byline(block.text):
            add(Mark(kind="byline", block=block.index))
    if document.kind == "html":
        for block in free:
            if _whole_block_taken(block, taken):
                continue
            if block.tag == "figcaption":
                add(Mark(kind="caption", block=block.index))
            elif len(block.text) <= 80 and _BYLINE_CLASS.search(block.cls, timeout=REGEX_TIMEOUT):
                add(Mark(kind="byline", block=block.index, role="author"))
            elif len(block.text) <= 60 and _TAGS_CLASS.search(
                f"{block.cls} {block.context}", timeout=REGEX_TIMEOUT
            ):
                add(Mark(kind="clutter", block=block.index, reason="tags"))
    if not any(m.kind == "published" for m in marks):
        for block in free[:12]:
            short = len(block.text) <= 80 and not _whole_block_taken(block, taken)
            if short and _is_date_line(block.text):
                add(Mark(kind="published", block=block.index))
                break
    title_marks = [m for m in marks if m.kind == "title"]
    if not title_marks:
        title_block = _title_block(document, taken)
        if title_block is not None:
            add(Mark(kind="title", block=title_block.index))
            title_marks.append(new[-1])
            if document.kind == "html":  # breadcrumbs and rubrics above a page's h1
                for block in document.blocks[: title_block.index]:
                    if not _whole_block_taken(block, taken) and _is_navigation(block.text):
                        add(Mark(kind="clutter", block=block.index, reason="navigation"))
    if title_marks:
        first = title_marks[0]
        block = document.blocks[first.block]
        start, end = first.span(block)
        title = _fold(block.text[start:end])
        title_word = title.partition(" ")[0]
        for other in document.blocks:
            same = (
                other.index != first.block
                and _first_word(other.text) == title_word
                and _fold(other.text) == title
            )
            if same and not _whole_block_taken(other, taken):
                add(Mark(kind="clutter", block=other.index, reason="duplicate-title"))
    if document.kind == "text":
        for block in document.blocks:
            if "<" not in block.text:
                continue
            for start, end in free_spans(block, taken.get(block.index, ())):
                for m in _TAG.finditer(block.text, start, end, timeout=REGEX_TIMEOUT):
                    add(Mark(kind="clutter", block=block.index, start=m.start(), end=m.end(),
                             reason="markup"))  # fmt: skip
    return new


def _is_navigation(text: str) -> bool:
    """A short label above a page's headline (a breadcrumb or a rubric)."""
    return len(text) <= 80 and len(text.split()) <= 8 and not text.endswith((".", "!", "?"))


def _title_block(document: Document, taken: dict[int, list[Mark]]) -> Block | None:
    if document.kind == "html":
        return next(
            (b for b in document.blocks if b.tag == "h1" and not _whole_block_taken(b, taken)),
            None,
        )
    for block in document.blocks:
        if _whole_block_taken(block, taken):
            continue
        following = block.index + 1 < len(document.blocks)
        if following and not ("<" in block.text and _TAG.search(block.text, timeout=REGEX_TIMEOUT)):
            return block if looks_like_title(block.text) else None
        return None
    return None


@hookimpl(trylast=True)
def newsnorm_parse_dateline(text: str) -> Dateline | None:
    """Generic datelines: ``Place (SOURCE) –``, ``Site.com, Place –``,
    ``Place, SOURCE Name –`` and ``PLACE –`` / ``PLACE, Source –``."""
    for pattern in (_PAREN_DATELINE, _SITE_FIRST_DATELINE, _SOURCE_AFTER_DATELINE):
        found = datelines.match_dateline(pattern, text)
        if found is not None:
            return found
    m = _CAPS_DATELINE.match(text[:200], timeout=REGEX_TIMEOUT)
    if m is None or len(m.group("place").replace(" ", "")) < 3:
        return None
    return Dateline(
        text=m.group(0), place=datelines.place_case(m.group("place")), source=m.group("source")
    )


@hookimpl(trylast=True)
def newsnorm_parse_byline(text: str, role: str | None) -> tuple[Person, ...]:
    """Parse labelled bylines with :func:`newsnorm.bylines.parse_byline`."""
    return bylines.parse_byline(text, role=role)


@hookimpl(trylast=True)
def newsnorm_parse_date_line(text: str) -> datetime | date | None:
    """Parse a date line with :func:`newsnorm.dates.parse_date_line`."""
    return dates.parse_date_line(text)


@hookimpl(trylast=True)
def newsnorm_find_dates(text: str, reference: date | None, language: str) -> list[dates.FoundDate]:
    """Find dates with :func:`newsnorm.dates.find_dates`."""
    return dates.find_dates(text, reference=reference, language=language)


@hookimpl(trylast=True)
def newsnorm_html_container(document: Document) -> object | None:
    """For a page no outlet plugin understands, the element with the most
    paragraph text (:func:`newsnorm.html.densest_container`)."""
    from newsnorm.html import densest_container

    return densest_container(document.tree) if document.tree is not None else None


@hookimpl(trylast=True)
def newsnorm_finalize(article: Article, document: Document) -> Article | None:
    """For HTML input, fill what the text left empty from the page's metadata
    (:mod:`newsnorm.pagemeta`): title, publication time (the more precise of
    the date line and the metadata), authors, section and tags."""
    if document.kind != "html":
        return None
    published, warning = pagemeta.choose_published(
        article.published, pagemeta.page_published(document)
    )
    changes: dict[str, object] = {
        "title": article.title or pagemeta.page_title(document),
        "published": published,
        "authors": article.authors or tuple(pagemeta.page_authors(document)),
        "section": article.section or pagemeta.page_section(document),
        "tags": article.tags or tuple(pagemeta.page_tags(document)),
    }
    if warning:
        changes["warnings"] = (*article.warnings, warning)
    return attrs.evolve(article, **changes)  # type: ignore[arg-type]
