"""RMOL: Kantor Berita Politik RMOL (rmol.id) and its regional network sites.

RMOL (formerly *Rakyat Merdeka Online*, rmol.co) and the network sites that
share its platform (rmoljabar.id, rmoljatim.id, rmollampung.id ...) write
their articles in a few recognisable layouts. This module handles them with
small named recognisers, each a compiled pattern plus a function, grouped by
what they find; a new layout is one more entry in a tuple.

Body openers, by era (:data:`OPENERS`, used by ``newsnorm_parse_dateline``):

- 2011-2013 (rmol.co): the body opens with the source marker ``RMOL. ``
  (``RMOL.Ketua`` when the space is missing): a dateline with no place,
  ``Dateline(text="RMOL. ", place=None, source="RMOL")``.
- regional network sites: ``RMOLJabar. ``, ``RMOLJatim. ``,
  ``RMOLLampung. `` ... (the source is that name).
- dashed forms, with or without a place: ``RMOLBanten - ``,
  ``Bandar Lampung, RMOLLampung – ``, ``RMOL - Jakarta - ``.
- 2014-2017: nothing; 2018 onwards: the ``rmol news logo`` image text at the
  start of the first paragraph, cut as ``logo`` clutter (no dateline).

Header lines (:func:`header_line`), all parsed into ``byline`` and
``published`` marks, separators (``|``, ``•``) kept with the following piece:

- 2018 onwards desktop: ``LAPORAN: <a href='https://rmol.id/about/NAME-N'>NAME</a>``
  and/or ``LAPORAN: NAME`` (capitals → proper case; ``LAPORAN:`` with no
  name gives no person), ``EDITOR: NAME``, and the date line
  ``• Kamis, 16 Juni 2022, 07:00 WIB`` (bullet, often indented);
- 2014 and AMP pages: one line ``KAMIS, 02 OKTOBER 2014 | 21:22 WIB | LAPORAN: NAME``;
- 2011: ``Rabu, 12 Oktober 2011 , 14:23:00 WIB`` and ``Laporan: Name``;
- regional sites: ``Kamis, 16 Juni 2022 | 07:00 WIB``, ``LAPORAN : Name``,
  ``Reporter: Name``, ``Editor : Name``.

When a scraper joined the whole page into one line, :func:`glued_header`
finds the same pieces between the title and the body's logo or opener, the
repeated title marking where the header ends.

Byline-only lines are taken anywhere (the editor line often follows the body);
date lines, captions and combined lines only in the header, i.e. the blocks
before the first body paragraph (:func:`body_start`). Opinion columns
(*Publika*) carry an empty ``LAPORAN:`` and the writer as ``OLEH: NAME``,
sometimes glued after the logo. A reporter's or editor's initials in
brackets closing the body (``kata Andri.[ald]``) are a ``byline`` with no
person. For HTML pages the reporter's profile URL is taken from the page's
``/about/`` link.

Captions (:func:`is_caption`): the photo line right before the body, ending
in a credit (``Presiden Kassym-Jomart Tokayev/Net``, ``Ilustrasi/Net``,
``…/Ist``, ``…/RMOL``, ``…/RMOLJabar``) or starting with ``Foto:``.

Dates: the header date lines are parsed with :mod:`newsnorm.dates`; in the
body, ``Senin sore (13/10)`` (a weekday, the part of the day, the date in
parentheses) is one date (``newsnorm_find_dates``), where the core would
take the weekday alone.

Clutter (:data:`CLUTTER_RULES`, :data:`SECTION_HEADINGS`): the ``rmol news
logo`` / ``rmol news logo article`` image texts (``logo``), the Google News
prompt ``Temukan berita-berita hangat terpercaya dari Kantor Berita Politik
RMOL di Google News.`` + ``Untuk mengikuti silakan klik tanda bintang.`` and
``FOLLOW US`` (``social-follow``), ``ARTIKEL LAINNYA``, ``BERITA LAINNYA``,
``OTHER ARTICLES`` and the AMP ``Populer`` lists (``navigation``),
``BERITA TERKAIT:`` lists and ``Baca Juga:`` links (``related-link``),
``TAGS``/``Tagar :`` lists (``tags``), ``SHARE`` (``share-bar``), the
copy trailer ``Artikel ini telah tayang di Rmoljatim.id dengan judul …, URL.``
and ``sumber: rmol.id`` (``syndication``), a ``© 2022 … RMOL`` line
(``copyright``), and the AMP breadcrumb/channel lines (``Berita``,
``Politik``) above the title (``navigation``). Each is found on its own line,
or glued inside a paragraph (scraper text that joins a page into one line).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container, Sequence
from datetime import date, datetime

import attrs
import regex

from newsnorm import bylines, clutter, datelines, dates
from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Block, Detection, Document, Mark, Outlet, free_spans, marks_by_block
from newsnorm.hookspecs import hookimpl
from newsnorm.model import Dateline, Person

__all__ = [
    "CLUTTER_RULES",
    "CONTAINER",
    "HOSTS",
    "OPENERS",
    "OUTLET",
    "SECTION_HEADINGS",
    "SIGNATURES",
    "ClutterRule",
    "Opener",
    "SectionHeading",
    "Signature",
    "body_start",
    "glued_header",
    "header_line",
    "is_caption",
    "newsnorm_detect",
    "newsnorm_find_dates",
    "newsnorm_html_container",
    "newsnorm_mark_clutter",
    "newsnorm_mark_metadata",
    "newsnorm_outlets",
    "newsnorm_parse_dateline",
]

#: rmol.id and the network sites found publishing in RMOL's formats (subdomains match too).
HOSTS: tuple[str, ...] = (
    "rmol.id",
    "rmol.co",
    "rmol.co.id",
    "rmoljabar.id",
    "rmoljatim.id",
    "rmoljateng.com",
    "rmollampung.id",
    "rmolsumsel.id",
    "rmolsumut.id",
    "rmolsumut.com",
    "rmolaceh.id",
    "rmolbengkulu.com",
)

#: The outlet this plugin provides.
OUTLET = Outlet(name="rmol", title="RMOL", hosts=HOSTS, language="id")

_NAME = "rmol"
_SCAN = 20_000  # characters of the head/tail looked at by detection
_HEADER_LIMIT = 16  # blocks searched for the start of the body
_HEADER_FALLBACK = 8  # header blocks assumed when no body paragraph starts early
_LINE_LIMIT = 300  # longest block treated as a line (heading, header line, caption)
_ITEM_LIMIT = 200  # longest line taken as an item of a list of headlines
_PROSE_WORDS = 8  # fewest words of a sentence that starts the body
_SOURCE_LIMIT = 500_000  # characters of an HTML page searched for profile links

# --- vocabulary ---------------------------------------------------------------------

_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)"
_MONTH = (
    r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
    r"|november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|agst|sep|sept|okt"
    r"|nov|nop|des)"
)
#: A date as RMOL writes it in its headers, with an optional time.
_DATE_TEXT = (
    rf"{_WEEKDAY}\s{{0,2}},?\s{{1,3}}\d{{1,2}}\s{{1,3}}{_MONTH}\.?\s{{1,3}}\d{{4}}"
    r"(?:(?:\s{0,3}[,|]\s{0,3}|\s{1,3})(?:pukul\s{1,3})?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s{0,3}(?:WITA|WIB|WIT))?)?"
)
_DATE_LINE = regex.compile(rf"[\s•·]{{0,4}}{_DATE_TEXT}\s{{0,3}}", regex.I)
_REGION = r"\p{Lu}\p{L}{1,15}"  # Jabar, Jatim, Lampung, NTB ...
_DOMAIN = r"(?:\.(?:co\.id|id|co|com))"
_LABELS = r"(?:laporan|editor|penulis|reporter|oleh|pewarta|penyunting|redaktur|kontributor)"
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)]{0,2}\s{0,2}\Z")
_PERIOD_END = regex.compile(r"\.[\"'”’)]{0,2}\s{0,2}\Z")
_QUOTE_END = regex.compile(r"[\"”’]\s{0,2}\Z")
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’]?\s{1,3}[\"“]?\p{Lu}")
_DIGIT = regex.compile(r"\d")
_TAG = regex.compile(r"<[^<>]{0,500}>")
_CLAUSE_END = frozenset('.!?:"”’')


# --- detection ----------------------------------------------------------------------


@attrs.frozen
class Signature:
    """A text signature of RMOL used by :func:`newsnorm_detect`.

    :param name: what it is.
    :param patterns: all must be found (``search``) in the text looked at.
    :param where: ``head``, ``tail`` or ``both`` (the first/last blocks).
    :param score: the detection score it gives.
    """

    name: str
    patterns: tuple[regex.Pattern[str], ...]
    where: str
    score: float

    def found(self, head: str, tail: str) -> bool:
        """Whether every pattern occurs in the part of the document looked at."""
        texts = {"head": (head,), "tail": (tail,), "both": (head, tail)}[self.where]
        return all(any(p.search(t, timeout=REGEX_TIMEOUT) for t in texts) for p in self.patterns)


#: The signatures, strongest first.
SIGNATURES: tuple[Signature, ...] = (
    Signature(
        "'rmol news logo' image text",
        (regex.compile(r"\brmol\s{1,3}news\s{1,3}logo\b", regex.I),),
        "both",
        0.95,
    ),
    Signature(
        "RMOL Google News prompt",
        (
            regex.compile(
                rf"Kantor\s{{1,3}}Berita\s{{1,3}}(?:Politik\s{{1,3}})?RMOL\p{{L}}{{0,15}}{_DOMAIN}?"
                r"\s{1,3}di\s{1,3}Google\s{1,3}News",
                regex.I,
            ),
        ),
        "both",
        0.9,
    ),
    Signature(
        "RMOL network copy trailer",
        (
            regex.compile(
                rf"Artikel\s{{1,3}}ini\s{{1,3}}(?:telah|sudah)\s{{1,3}}tayang\s{{1,3}}di\s{{1,3}}"
                rf"(?:www\.)?RMOL\p{{L}}{{0,15}}{_DOMAIN}",
                regex.I,
            ),
        ),
        "tail",
        0.9,
    ),
    Signature(
        "RMOL source marker opening the body",
        (
            regex.compile(
                rf"(?m)^RMOL(?:{_REGION})?\s{{0,2}}\.(?!(?i:id|co|com)\b)\s{{0,3}}"
                r"[\p{Lu}\p{N}\"“‘'(]"
            ),
        ),
        "head",
        0.9,
    ),
    Signature(
        "link to an RMOL reporter profile",
        (regex.compile(rf"rmol\p{{L}}{{0,15}}{_DOMAIN}/about/", regex.I),),
        "head",
        0.9,
    ),
    Signature(
        "RMOL date and LAPORAN header line",
        (
            regex.compile(
                rf"(?m)^\s{{0,4}}{_WEEKDAY},\s{{1,2}}\d{{1,2}}\s{{1,2}}{_MONTH}\s{{1,2}}\d{{4}}"
                r"\s{0,2}\|\s{0,2}\d{1,2}:\d{2}\s{0,2}WIB\s{0,2}\|\s{0,2}LAPORAN\s{0,2}:",
                regex.I,
            ),
        ),
        "head",
        0.85,
    ),
    Signature(
        "LAPORAN: byline with a bulleted RMOL date line",
        (
            regex.compile(r"(?m)^[\s•]{0,4}LAPORAN\s{0,2}:"),
            regex.compile(rf"(?m)^\s{{0,4}}•\s{{0,2}}{_WEEKDAY},\s{{1,2}}\d{{1,2}}\s", regex.I),
        ),
        "head",
        0.75,
    ),
    Signature(
        "sumber: rmol.id",
        (
            regex.compile(
                rf"(?m)^sumber\s{{0,2}}:\s{{0,2}}(?:https?://)?(?:www\.)?rmol\p{{L}}{{0,15}}{_DOMAIN}",
                regex.I,
            ),
        ),
        "tail",
        0.7,
    ),
)

_META_KEYS = ("og:site_name", "application-name", "twitter:site", "publisher", "author")
#: The site name in a page's meta values: ``Kantor Berita Politik RMOL``,
#: ``RMOLJabar``, ``rmol.id``, ``@rmol_id``.
_META_RMOL = regex.compile(
    rf"\bRMOL(?:{_REGION})?\b|(?i:\brmol\p{{L}}{{0,15}}{_DOMAIN}\b|@rmol\w{{0,15}})"
)


@hookimpl
def newsnorm_outlets() -> list[Outlet]:
    """Declare the RMOL outlet."""
    return [OUTLET]


@hookimpl
def newsnorm_detect(document: Document) -> Detection | None:
    """Recognise RMOL by its :data:`SIGNATURES` (and, for HTML, the site name)."""
    if not document.blocks:
        return None
    head = document.head(12)[:_SCAN]
    tail = document.tail(12)[-_SCAN:]
    best: Detection | None = None
    folded = f"{head}\n{tail}".lower()
    signed = "rmol" in folded or "laporan" in folded  # every signature names one of them
    for signature in SIGNATURES if signed else ():
        if (best is None or signature.score > best.score) and signature.found(head, tail):
            best = Detection(outlet=_NAME, score=signature.score, reason=signature.name)
    for key in _META_KEYS:
        value = document.meta.get(key, "")[:200]
        if value and _META_RMOL.search(value, timeout=REGEX_TIMEOUT):
            if best is None or best.score < 0.9:
                best = Detection(outlet=_NAME, score=0.9, reason=f"meta {key} {value!r}")
            break
    return best


# --- body openers (datelines), one per era -------------------------------------------


@attrs.frozen
class Opener:
    """How one era opens the body: a pattern and what it means.

    :param name: the era or site family.
    :param pattern: matched at the start of the first body paragraph.
    :param parse: turns a match into the :class:`~newsnorm.model.Dateline`.
    """

    name: str
    pattern: regex.Pattern[str]
    parse: Callable[[regex.Match[str]], Dateline]

    def match(self, text: str) -> Dateline | None:
        """The dateline at the start of ``text``, or None."""
        m = self.pattern.match(text[:300], timeout=REGEX_TIMEOUT)
        return self.parse(m) if m is not None else None


def _source_only(m: regex.Match[str]) -> Dateline:
    return Dateline(text=m.group(0), place=None, source=m.group("source"))


def _dashed(m: regex.Match[str]) -> Dateline:
    groups = m.groupdict()
    place = groups.get("place") or groups.get("place2")
    return Dateline(
        text=m.group(0),
        place=datelines.place_case(place) if place else None,
        source=(groups.get("source") or "").strip() or None,
    )


_DOT_TAIL = r"\s{0,2}\.(?!(?i:id|co|com)\b)\s{0,3}(?=[\p{Lu}\p{N}\"“‘'(])"

#: The body openers, tried in order by ``newsnorm_parse_dateline``.
OPENERS: tuple[Opener, ...] = (
    # 2011-2013, rmol.co: "RMOL. Ketua DPR ..."
    Opener("rmol-2011", regex.compile(rf"^(?P<source>RMOL){_DOT_TAIL}"), _source_only),
    # regional network: "RMOLJabar. Pemerintah Kota Bandung ..."
    Opener("regional", regex.compile(rf"^(?P<source>RMOL{_REGION}){_DOT_TAIL}"), _source_only),
    # dashed: "RMOLBanten - ", "Bandar Lampung, RMOLLampung – ", "RMOL - Jakarta - "
    Opener(
        "dashed",
        datelines.dateline_pattern(rf"RMOL(?:\p{{L}}{{2,15}})?{_DOMAIN}?"),
        _dashed,
    ),
)


@hookimpl
def newsnorm_parse_dateline(text: str) -> Dateline | None:
    """Recognise the body opener of each era (:data:`OPENERS`); None for the
    2014 and 2018+ layouts, which have none."""
    for opener in OPENERS:
        found = opener.match(text)
        if found is not None:
            return found
    return None


# --- clutter ------------------------------------------------------------------------


@attrs.frozen
class ClutterRule:
    """One kind of RMOL clutter.

    :param name: what it is.
    :param pattern: the clutter's text.
    :param reason: the clutter reason.
    :param own_line: match only a whole block (case and spacing as the pattern
        says); otherwise every occurrence in text no mark covers is marked.
    :param boundary: inside a paragraph, take only an occurrence that starts
        it, follows other clutter or follows the end of a sentence
        (``… tutupnya. FOLLOW US``), never one inside a sentence.
    :param needle: lower-case text every match contains (a cheap pre-check).
    """

    name: str
    pattern: regex.Pattern[str]
    reason: str
    own_line: bool = False
    boundary: bool = False
    needle: str = ""


#: Clutter marked wherever it occurs (or on its own line), in this order.
CLUTTER_RULES: tuple[ClutterRule, ...] = (
    ClutterRule(
        "logo image text",
        regex.compile(r"\brmol\s{1,3}news\s{1,3}logo(?:\s{1,3}article)?\b", regex.I),
        "logo",
        needle="logo",
    ),
    ClutterRule(
        "Google News prompt",
        regex.compile(
            r"\bTemukan\s{1,3}berita-berita\s{1,3}hangat\s{1,3}terpercaya\s{1,3}dari\s{1,3}"
            r"(?:Kantor\s{1,3}Berita\s{1,3}(?:Politik\s{1,3})?)?"
            rf"RMOL\p{{L}}{{0,15}}{_DOMAIN}?\s{{1,3}}di\s{{1,3}}Google\s{{1,3}}News\b\.?",
            regex.I,
        ),
        "social-follow",
        needle="google",
    ),
    ClutterRule(
        "Google News how-to",
        regex.compile(
            r"\bUntuk\s{1,3}mengikuti,?\s{1,3}silak?an\s{1,3}klik\s{1,3}tanda\s{1,3}bintang\b\.?",
            regex.I,
        ),
        "social-follow",
        needle="bintang",
    ),
    ClutterRule(
        "network copy trailer",
        regex.compile(
            r"\bArtikel\s{1,3}ini\s{1,3}(?:telah|sudah)\s{1,3}(?:tayang|terbit|dimuat)\s{1,3}di"
            rf"\s{{1,3}}(?:www\.)?RMOL\p{{L}}{{0,15}}{_DOMAIN}?\b"
            r"(?:\s{1,3}dengan\s{1,3}judul\s{1,3}[^\n]{1,300}?,\s{0,3}https?://\S{1,300}?"
            r"(?=\.?(?:\s|\Z))\.?|[^\n]{0,400}?(?=\s{1,3}(?:LAPORAN|Tagar|TAGAR)\s{0,2}:|\s{0,3}\Z))",
            regex.I,
        ),
        "syndication",
        needle="artikel",
    ),
    ClutterRule(
        "sumber: rmol.id",
        regex.compile(
            rf"sumber\s{{0,2}}:\s{{0,2}}(?:https?://)?(?:www\.)?rmol\p{{L}}{{0,15}}{_DOMAIN}"
            r"(?:/\S{0,300})?",
            regex.I,
        ),
        "syndication",
        own_line=True,
        needle="sumber",
    ),
    ClutterRule(
        "copyright line",
        regex.compile(
            r"(?:copyright\s{0,2})?(?:©|\(c\))\s{0,2}\d{4}.{0,120}\bRMOL.{0,120}", regex.I
        ),
        "copyright",
        own_line=True,
        needle="rmol",
    ),
    ClutterRule(
        "FOLLOW US",
        regex.compile(
            r"\bFOLLOW\s{1,2}US\b"
            r"(?=\s{0,3}(?:\Z|(?:ARTIKEL|BERITA)\s{1,2}LAINNYA|OTHER\s{1,2}ARTICLES|BERITA\s{1,2}TERKAIT))"
        ),
        "social-follow",
        boundary=True,
        needle="follow",
    ),
    ClutterRule(
        "Follow us line",
        regex.compile(r"follow\s{1,2}us\s{0,2}:?", regex.I),
        "social-follow",
        own_line=True,
        needle="follow",
    ),
    ClutterRule(
        "share bar",
        regex.compile(r"(?:share|bagikan)\s{0,2}:?", regex.I),
        "share-bar",
        own_line=True,
    ),
)


@attrs.frozen
class SectionHeading:
    """A heading after which the page lists other articles or tags.

    The heading is marked on its own line (any case) or glued inside a
    paragraph (only in capitals, as RMOL writes it, and only where a sentence
    or other clutter ends: see :class:`ClutterRule`); the short lines that
    follow it (headlines, their dates, tags) are marked with the same reason
    until a line that reads like a sentence.

    :param name: what it is.
    :param line: the heading as a whole block.
    :param glued: the heading inside a paragraph, or None when it is only
        taken on its own line.
    :param reason: the clutter reason.
    """

    name: str
    line: regex.Pattern[str]
    glued: regex.Pattern[str] | None
    reason: str


#: The headings of lists that follow the article.
SECTION_HEADINGS: tuple[SectionHeading, ...] = (
    SectionHeading(
        "more articles",
        regex.compile(r"(?:artikel|berita)\s{1,2}lainnya|other\s{1,2}articles", regex.I),
        regex.compile(r"\b(?:ARTIKEL\s{1,2}LAINNYA|BERITA\s{1,2}LAINNYA|OTHER\s{1,2}ARTICLES)\b"),
        "navigation",
    ),
    SectionHeading(
        "AMP popular list",
        regex.compile(r"(?:ter)?populer|berita\s{1,2}(?:ter)?populer", regex.I),
        None,
        "navigation",
    ),
    SectionHeading(
        "related articles",
        regex.compile(r"berita\s{1,2}terkait\s{0,2}:?", regex.I),
        regex.compile(r"\bBERITA\s{1,2}TERKAIT\s{0,2}:"),
        "related-link",
    ),
    SectionHeading(
        "tags",
        regex.compile(r"(?:tags?|tagar)\s{0,2}:?", regex.I),
        None,
        "tags",
    ),
)

#: An inline tag list: ``TAGS: A, B`` / ``Tagar : a b c Editor : Name`` (the
#: editor credit is left for the byline recogniser).
_TAG_LIST = regex.compile(
    r"(?:TAGS?|Tags?|TAGAR|Tagar)\s{0,2}:\s{0,3}\S[^\n]{0,600}?"
    r"(?=\s{1,3}(?:EDITOR|Editor)\s{0,2}:|\s{0,3}\Z)"
)

#: AMP breadcrumb and channel lines above the title.
_BREADCRUMB = regex.compile(
    r"(?:Berita|Home|Beranda)(?:\s{0,2}[»>/|]\s{0,2}\p{L}[\p{L} ]{0,30}){0,3}", regex.I
)
_CHANNELS = frozenset(
    {
        "politik", "hukum", "dunia", "nusantara", "bisnis", "publika", "sehat", "olahraga",
        "tekno", "pertahanan", "keamanan", "presisi", "peristiwa", "sosial", "parlemen",
        "hiburan", "elektoral", "ekbis", "ekonomi", "pemerintahan", "metropolitan", "daerah",
        "otomotif", "kesehatan", "pendidikan", "agama", "lingkungan", "milenial", "keuangan",
        "internasional", "nasional", "opini", "wawancara", "tokoh", "budaya", "kriminal",
        "gaya hidup", "sosial budaya",
    }
)  # fmt: skip


# The sentence patterns above, each after a cheap look for the punctuation it
# needs: the closing mark is among the last five (a quote the last three) characters.


def _ends_sentence(text: str) -> bool:
    """:data:`_SENTENCE_END` occurs in ``text``."""
    tail = text[-5:]
    if "." not in tail and "!" not in tail and "?" not in tail and "…" not in tail:
        return False
    return _SENTENCE_END.search(text, timeout=REGEX_TIMEOUT) is not None


def _ends_with_period(text: str) -> bool:
    """:data:`_PERIOD_END` occurs in ``text``."""
    return "." in text[-5:] and _PERIOD_END.search(text, timeout=REGEX_TIMEOUT) is not None


def _ends_with_quote(text: str) -> bool:
    """:data:`_QUOTE_END` occurs in ``text``."""
    tail = text[-3:]
    if '"' not in tail and "”" not in tail and "’" not in tail:
        return False
    return _QUOTE_END.search(text, timeout=REGEX_TIMEOUT) is not None


def _breaks_sentence(text: str) -> bool:
    """:data:`_SENTENCE_BREAK` occurs in ``text``."""
    if "." not in text and "!" not in text and "?" not in text:
        return False
    return _SENTENCE_BREAK.search(text, timeout=REGEX_TIMEOUT) is not None


def _is_list_item(text: str) -> bool:
    """A headline, a headline's date or a tag: short, with no sentence break and
    no closing period or quote."""
    if len(text) > _ITEM_LIMIT:
        return False
    if not (_ends_with_period(text) or _ends_with_quote(text) or _breaks_sentence(text)):
        return True
    return _DATE_LINE.fullmatch(text, timeout=REGEX_TIMEOUT) is not None  # a date ends with one


def _is_prose(text: str) -> bool:
    """A paragraph of running text (not a title, credit or caption)."""
    if len(text) >= 250:
        return True
    words = len(text.split())
    return words >= _PROSE_WORDS and _ends_sentence(text)


_LOGO_START = regex.compile(r"rmol\s{1,3}news\s{1,3}logo\b(?!\s{1,3}article)", regex.I)
_LOGO_ANYWHERE = regex.compile(r"\brmol\s{1,3}news\s{1,3}logo\b(?!\s{1,3}article)", regex.I)


def body_start(document: Document) -> int:
    """The index of the block where the body starts; the blocks before it
    (from the ``h1`` on, for HTML) are the header: title, credits, date line,
    caption.

    The body starts at the first block that opens with the logo text or an
    era's opener, has the logo after a caption (``…/Net rmol news logo …``), or
    reads as running text. When none does within the first blocks, the first
    few blocks are taken as the header.
    """
    first = _header_first(document)
    limit = min(len(document.blocks), first + _HEADER_LIMIT)
    for block in document.blocks[first:limit]:
        text = block.text
        # Cheap looks before the patterns: the logo text and every opener name RMOL.
        head = text[:300].lower()
        if "rmol" in head:
            if head.startswith("rmol") and _LOGO_START.match(text, timeout=REGEX_TIMEOUT):
                return block.index
            if any(o.pattern.match(text[:300], timeout=REGEX_TIMEOUT) for o in OPENERS):
                return block.index
            if _glued_caption(text) is not None:
                return block.index
        if _is_prose(text):
            return block.index
    return min(len(document.blocks), first + _HEADER_FALLBACK)


def _header_first(document: Document) -> int:
    """Where the header starts: the ``h1`` of an HTML page, else the first block."""
    if document.kind == "html":
        for block in document.blocks[:_SCAN]:
            if block.tag == "h1":
                return block.index
    return 0


def _glued_caption(text: str) -> int | None:
    """Where a caption glued before the logo ends (``Name/Net rmol news logo …``)."""
    if "logo" not in text[:_LINE_LIMIT].lower():
        return None  # a cheap look before the pattern
    m = _LOGO_ANYWHERE.search(text, 0, _LINE_LIMIT, timeout=REGEX_TIMEOUT)
    if m is None or m.start() == 0:
        return None
    end = len(text[: m.start()].rstrip())
    return end if is_caption(text[:end]) else None


class _Marker:
    """The marks of one hook call, indexed by block so that lookups stay linear."""

    def __init__(self, document: Document, marks: Sequence[Mark]) -> None:
        self.document = document
        self.taken = marks_by_block(marks)
        self.new: list[Mark] = []

    def add(self, mark: Mark) -> None:
        self.new.append(mark)
        self.taken.setdefault(mark.block, []).append(mark)

    def free(self, block: Block) -> list[tuple[int, int]]:
        """The spans of ``block`` no mark covers."""
        taken = self.taken.get(block.index)
        if not taken:
            return [(0, len(block.text))] if block.text.strip() else []
        return free_spans(block, taken)

    def untouched(self, block: Block) -> bool:
        """No mark on this block yet."""
        return not self.taken.get(block.index)

    def done(self, block: Block) -> bool:
        """Every character of this block is marked."""
        return not self.free(block)


def _apply_rules(
    marker: _Marker, rules: Sequence[ClutterRule], own_lines: Container[int] | None = None
) -> None:
    """Apply the rules block by block (in rule order within a block); own-line rules
    only on the blocks in ``own_lines`` (see :func:`_own_line_blocks`), if given."""
    for block in marker.document.blocks:
        lower = block.text.lower()
        for rule in rules:
            if rule.needle not in lower:
                continue
            if rule.own_line:
                if (
                    len(block.text) <= _LINE_LIMIT
                    and (own_lines is None or block.index in own_lines)
                    and marker.untouched(block)
                    and rule.pattern.fullmatch(block.text, timeout=REGEX_TIMEOUT)
                ):
                    marker.add(Mark(kind="clutter", block=block.index, reason=rule.reason))
                continue
            for start, end in marker.free(block):
                for m in rule.pattern.finditer(block.text, start, end, timeout=REGEX_TIMEOUT):
                    if rule.boundary and not _at_boundary(block.text, start, m.start()):
                        continue
                    if m.end() > m.start():
                        marker.add(
                            Mark(kind="clutter", block=block.index, start=m.start(),
                                 end=m.end(), reason=rule.reason)
                        )  # fmt: skip


def _at_boundary(text: str, span_start: int, position: int) -> bool:
    """Whether ``position`` starts a free span of ``text`` (the block's start,
    or right after a mark) or follows the end of a sentence."""
    before = text[span_start:position].rstrip()
    return not before or before[-1] in _CLAUSE_END


def _mark_list(marker: _Marker, after: int, reason: str) -> None:
    """Mark the short lines that follow a heading at block ``after``."""
    for block in marker.document.blocks[after + 1 :]:
        if marker.done(block):
            continue
        if not marker.untouched(block) or not _is_list_item(block.text):
            return
        marker.add(Mark(kind="clutter", block=block.index, reason=reason))


_GLUED_NEEDLES = ("LAINNYA", "ARTICLES", "TERKAIT")


@functools.lru_cache(maxsize=8)
def _heading_lines(headings: tuple[SectionHeading, ...]) -> regex.Pattern[str]:
    """The headings' ``line`` patterns as one alternation, so that a line is tried
    once: group ``h<i>`` is heading ``i``, and as the alternatives are tried in
    order, the group that matches is the first heading whose pattern matches."""
    (flags,) = {h.line.flags for h in headings}  # one set of flags for all
    if any(h.line.groups for h in headings):
        raise ValueError("a heading's line pattern has groups of its own")
    return regex.compile(
        "|".join(f"(?P<h{i}>{h.line.pattern})" for i, h in enumerate(headings)), flags
    )


def _apply_headings(
    marker: _Marker, headings: Sequence[SectionHeading], own_lines: Container[int] | None = None
) -> None:
    """Mark the headings of :data:`SECTION_HEADINGS` and the lists under them; a
    heading on its own line only on the blocks in ``own_lines``, if given."""
    headings = tuple(headings)
    lines = _heading_lines(headings)
    for block in marker.document.blocks:
        text = block.text
        own_line = len(text) <= _LINE_LIMIT and marker.untouched(block)
        own_line = own_line and (own_lines is None or block.index in own_lines)
        line = lines.fullmatch(text, timeout=REGEX_TIMEOUT) if own_line else None
        line_heading = int(line.lastgroup[1:]) if line is not None and line.lastgroup else None
        glued = any(n in text for n in _GLUED_NEEDLES)
        for i, heading in enumerate(headings):
            if i == line_heading:  # own_line and heading.line.fullmatch(text)
                marker.add(Mark(kind="clutter", block=block.index, reason=heading.reason))
                _mark_list(marker, block.index, heading.reason)
                break
            if glued and heading.glued is not None:
                _apply_glued_heading(marker, block, heading.glued, heading.reason)


@functools.lru_cache(maxsize=8)
def _own_line_patterns(
    rules: tuple[ClutterRule, ...], headings: tuple[SectionHeading, ...]
) -> regex.Pattern[str] | None:
    """The own-line rules' patterns and the headings' lines as one alternation (None
    when their flags differ): a block it does not match whole is none of them."""
    patterns = [r.pattern for r in rules if r.own_line] + [h.line for h in headings]
    flags = {p.flags for p in patterns}
    if len(flags) != 1:
        return None
    return regex.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags.pop())


def _own_line_blocks(
    marker: _Marker, rules: Sequence[ClutterRule], headings: Sequence[SectionHeading]
) -> Container[int] | None:
    """The blocks that an own-line rule or heading may match: one regex call per short
    block instead of one per pattern (None: try every block)."""
    pattern = _own_line_patterns(tuple(rules), tuple(headings))
    if pattern is None:
        return None
    return {
        block.index
        for block in marker.document.blocks
        if len(block.text) <= _LINE_LIMIT
        and marker.untouched(block)
        and pattern.fullmatch(block.text, timeout=REGEX_TIMEOUT)
    }


def _apply_glued_heading(
    marker: _Marker, block: Block, pattern: regex.Pattern[str], reason: str
) -> None:
    text = block.text
    for start, end in marker.free(block):
        m = pattern.search(text, start, end, timeout=REGEX_TIMEOUT)
        while m is not None and not _at_boundary(text, start, m.start()):
            m = pattern.search(text, m.end(), end, timeout=REGEX_TIMEOUT)
        if m is None:
            continue
        stop = m.end()
        rest = text[m.end() : end]
        if (
            rest.strip()
            and len(rest) <= 3 * _ITEM_LIMIT
            and not _breaks_sentence(rest)
            and not _ends_with_period(rest)
        ):
            stop = end  # the list of headlines glued after the heading
        marker.add(
            Mark(kind="clutter", block=block.index, start=m.start(), end=stop, reason=reason)
        )
        if not text[stop:].strip():
            _mark_list(marker, block.index, reason)
        return


def _apply_tag_lists(marker: _Marker) -> None:
    for block in marker.document.blocks:
        if len(block.text) > 3 * _LINE_LIMIT or not marker.untouched(block):
            continue
        if not block.text.startswith(("TAG", "Tag")):  # a cheap look before the pattern
            continue
        m = _TAG_LIST.match(block.text, timeout=REGEX_TIMEOUT)
        if m is not None:
            marker.add(Mark(kind="clutter", block=block.index, end=m.end(), reason="tags"))


def _apply_header_navigation(marker: _Marker) -> None:
    """AMP pages start with ``Berita``, the photo credit and the channel (``Politik``)."""
    first, start = _header_first(marker.document), body_start(marker.document)
    for block in marker.document.blocks[first : max(first, start - 1)]:
        text = " ".join(block.text.split())
        if not marker.untouched(block) or len(text) > 60:
            continue
        channel = text.casefold() in _CHANNELS
        if channel or (
            block.index < first + 3 and _BREADCRUMB.fullmatch(text, timeout=REGEX_TIMEOUT)
        ):
            marker.add(Mark(kind="clutter", block=block.index, reason="navigation"))


def _apply_related_before_sentence(marker: _Marker) -> None:
    """``Baca Juga: <headline> <sentence>`` in a short paragraph: cut the link only.

    (:func:`newsnorm.clutter.related_links` takes a short block that starts
    with the label whole, which would lose the sentence glued after it.)
    """
    for block in marker.document.blocks:
        text = block.text
        if len(text) > _LINE_LIMIT or ":" not in text or not marker.untouched(block):
            continue  # (the label ends with a colon)
        m = clutter.RELATED_LABEL.match(text, timeout=REGEX_TIMEOUT)
        if m is None:
            continue
        stop = clutter.headline_end(text, m.end())
        rest = text[stop:]
        if stop < len(text) and len(rest.split()) >= 6 and _ends_sentence(rest):
            marker.add(Mark(kind="clutter", block=block.index, end=stop, reason="related-link"))


@hookimpl
def newsnorm_mark_clutter(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark RMOL's logos, prompts, trailers, lists and related links."""
    marker = _Marker(document, marks)
    own_lines = _own_line_blocks(marker, CLUTTER_RULES, SECTION_HEADINGS)
    _apply_rules(marker, CLUTTER_RULES, own_lines)
    _apply_tag_lists(marker)
    _apply_headings(marker, SECTION_HEADINGS, own_lines)
    _apply_header_navigation(marker)
    _apply_related_before_sentence(marker)
    settled = [*marks, *marker.new]
    for mark in clutter.related_links(document, settled):
        marker.add(mark)
    return marker.new


# --- metadata -----------------------------------------------------------------------

#: One piece of a header line: a date, or a labelled credit; separators before it.
_HEADER_PIECE = regex.compile(
    rf"(?P<sep>[\s|•·]{{0,6}})"
    rf"(?:(?P<date>{_DATE_TEXT})|(?P<label>{_LABELS})\s{{0,2}}:(?P<rest>[^|•·]{{0,300}}?))"
    r"(?=\s{0,3}[|•·]|\s{0,3}\Z)",
    regex.I,
)
_SEPARATORS = regex.compile(r"[\s|•·]{0,6}")
_MAX_NAME_WORDS = 14


_NAME_WORD = regex.compile(r"[^\W\d_]+")
#: Lower-case words a list of names may hold (``A dan B``, ``Ahmad bin Umar``).
_NAME_CONNECTORS = frozenset({"dan", "and", "bin", "binti", "van", "der", "de", "von", "al"})


@functools.lru_cache(maxsize=1024)
def _names_ok(rest: str) -> bool:
    """The text after a credit label is empty, or names as written (each word
    capitalised or in capitals), not a sentence."""
    plain = _TAG.sub(" ", rest, timeout=REGEX_TIMEOUT).strip()
    if not plain:
        return True
    if len(plain.split()) > _MAX_NAME_WORDS or _DIGIT.search(plain, timeout=REGEX_TIMEOUT):
        return False
    words = _NAME_WORD.findall(plain, timeout=REGEX_TIMEOUT)
    return bool(words) and all(w[:1].isupper() or w in _NAME_CONNECTORS for w in words)


def header_line(text: str, start: int = 0, end: int | None = None) -> list[regex.Match[str]]:
    """Split ``text[start:end]`` into header pieces (dates and credits), or
    return ``[]`` when it holds anything else.

    >>> line = "KAMIS, 02 OKTOBER 2014 | 21:22 WIB | LAPORAN: ALDI GULTOM"
    >>> [m.group(0) for m in header_line(line)]
    ['KAMIS, 02 OKTOBER 2014 | 21:22 WIB', ' | LAPORAN: ALDI GULTOM']
    >>> header_line("Laporan: sebanyak 20 rumah rusak berat.")
    []
    """
    end = len(text) if end is None else end
    if end - start > _LINE_LIMIT:
        return []
    pieces: list[regex.Match[str]] = []
    position = start
    while position < end:
        m = _HEADER_PIECE.match(text, position, end, timeout=REGEX_TIMEOUT)
        if m is None or m.end() == position:
            break
        if m.group("label") is not None and not _names_ok(m.group("rest")):
            return []
        pieces.append(m)
        position = m.end()
    if not pieces:
        return []
    tail = _SEPARATORS.match(text, position, end, timeout=REGEX_TIMEOUT)
    if not pieces or tail is None or tail.end() != end:
        return []
    return pieces


_CREDIT = (
    r"(?:Net|Ist(?:imewa)?|RMOL\p{L}{0,15}(?:\.id)?|Dok(?:umentasi|umen|\.)?(?:\s{1,2}\p{L}{1,20}){0,3}"
    r"|Repro|Humas(?:\s{1,2}\p{L}{1,20}){0,3}|Tangkapan\s{1,2}layar|Screenshot|Google|Antara"
    r"|Instagram|Twitter|Facebook|YouTube)"
)
_CAPTION_CREDIT = regex.compile(rf"/\s{{0,2}}{_CREDIT}\s{{0,2}}\Z", regex.I)
_CAPTION_LABEL = regex.compile(r"(?:Foto|FOTO|Ilustrasi|ILUSTRASI)\s{0,2}(?::|/)")
_CAPTION_LIMIT = 200
#: A credit label or a header date inside a line: not a caption.
_CREDIT_INSIDE = regex.compile(
    rf"\b{_LABELS}\s{{0,2}}:|\b{_WEEKDAY}\s{{0,2}},\s{{0,2}}\d{{1,2}}\s{{1,3}}{_MONTH}\b", regex.I
)
_CAPTION_PAREN = regex.compile(r"\((?:rmol|net|ist|istimewa)\)\s{0,2}\Z", regex.I)


def is_caption(text: str) -> bool:
    """A photo caption or credit line as RMOL writes it under the header photo.

    >>> is_caption("Presiden Kassym-Jomart Tokayev/Net"), is_caption("Ilustrasi/Net")
    (True, True)
    >>> is_caption("Presiden Tokayev bertemu Putin di Moskow.")
    False
    >>> is_caption("LAPORAN: RENI ERINA • Kamis, 16 Juni 2022, 07:00 WIB Tokayev/Net")
    False
    """
    text = text.strip()
    if not text or len(text) > _CAPTION_LIMIT or _CREDIT_INSIDE.search(text, timeout=REGEX_TIMEOUT):
        return False
    return bool(
        _CAPTION_CREDIT.search(text, timeout=REGEX_TIMEOUT)
        or _CAPTION_LABEL.match(text, timeout=REGEX_TIMEOUT)
        or _CAPTION_PAREN.search(text, timeout=REGEX_TIMEOUT)
    )


_CREDIT_TAG = regex.compile(
    r"(?<=[.!?\"”’)])\s{0,2}\[(?P<code>[a-z]{2,5}(?:/[a-z]{2,5}){0,2})\]\s{0,3}\Z"
)
_PROFILE_LINK = regex.compile(
    r"""<a\b[^<>]{0,500}?href\s{0,3}=\s{0,3}["']"""
    rf"""(?P<url>https?://(?:www\.)?rmol\p{{L}}{{0,15}}{_DOMAIN}/about/[^"'<>\s]{{1,200}})["']"""
    r"[^<>]{0,500}>\s{0,20}(?P<name>[^<>]{1,120}?)\s{0,20}</a\s{0,3}>",
    regex.I,
)


def _profile_urls(document: Document) -> dict[str, str]:
    """Reporter names → profile URLs, from the ``/about/`` links of an HTML page."""
    if document.kind != "html":
        return {}
    found: dict[str, str] = {}
    source = document.source[:_SOURCE_LIMIT]
    for m in _PROFILE_LINK.finditer(source, timeout=REGEX_TIMEOUT):
        name = bylines.proper_case(m.group("name")).casefold()
        found.setdefault(name, m.group("url"))
    return found


@functools.lru_cache(maxsize=1024)
def _parse_credit(text: str) -> tuple[Person, ...]:
    """:func:`newsnorm.bylines.parse_byline`, memoised (credit lines repeat)."""
    return bylines.parse_byline(text)


def _credit_people(text: str, urls: dict[str, str]) -> tuple[Person, ...]:
    people = _parse_credit(text)
    return tuple(
        attrs.evolve(p, url=urls[p.name.casefold()])
        if p.url is None and p.name.casefold() in urls
        else p
        for p in people
    )


def _header_marks(
    block: Block, start: int, end: int, *, dates_allowed: bool, urls: dict[str, str]
) -> list[Mark]:
    pieces = header_line(block.text, start, end)
    if not pieces or (not dates_allowed and any(m.group("date") for m in pieces)):
        return []
    found: list[Mark] = []
    for m in pieces:
        lead = m.start()
        if m.group("date") is not None:
            value: datetime | date | None = dates.parse_date_line(m.group("date"))
            if value is None:
                return []
            found.append(Mark(kind="published", block=block.index, start=lead, end=m.end(),
                              published=value))  # fmt: skip
        else:
            people = _credit_people(block.text[m.start("label") : m.end()], urls)
            found.append(Mark(kind="byline", block=block.index, start=lead, end=m.end(),
                              persons=people))  # fmt: skip
    return found


def _mark_header(marker: _Marker, start_index: int, urls: dict[str, str]) -> None:
    """Credits, date lines and the caption in the header; the body's first
    block only for a credit line (``rmol news logo OLEH: NAME``) or a caption
    glued before the logo."""
    blocks = marker.document.blocks
    first = _header_first(marker.document)
    for block in blocks[first : min(len(blocks), start_index + 1)]:
        in_header = block.index < start_index
        if not in_header:
            glued = _glued_caption(block.text)
            spans = marker.free(block)
            if glued is not None and spans and spans[0][0] == 0 and spans[0][1] >= glued:
                marker.add(Mark(kind="caption", block=block.index, end=glued))
        for start, end in marker.free(block):
            found = _header_marks(block, start, end, dates_allowed=in_header, urls=urls)
            for mark in found:
                marker.add(mark)
            if not found and in_header and is_caption(block.text[start:end]):
                marker.add(Mark(kind="caption", block=block.index, start=start, end=end))


def _mark_credits(marker: _Marker, start_index: int, urls: dict[str, str]) -> None:
    """Credit lines after the header (``EDITOR: NAME``) and closing initials (``[ald]``)."""
    for block in marker.document.blocks[start_index:]:
        if ":" not in block.text:
            continue
        for start, end in marker.free(block):
            if end - start <= _LINE_LIMIT:
                for mark in _header_marks(block, start, end, dates_allowed=False, urls=urls):
                    marker.add(mark)
    for block in marker.document.blocks:
        if "]" not in block.text:
            continue
        for start, end in marker.free(block):
            m = _CREDIT_TAG.search(block.text, start, end, timeout=REGEX_TIMEOUT)
            if m is not None and m.group("code") != "sic":
                marker.add(Mark(kind="byline", block=block.index, start=m.start(), end=m.end(),
                                persons=()))  # fmt: skip


#: One piece of a header glued into running text: it ends where the next
#: piece (a credit label, a date) or the header ends.
_GLUED_PIECE = regex.compile(
    rf"(?P<sep>[\s|•·]{{0,6}})"
    rf"(?:(?P<date>{_DATE_TEXT})|(?P<label>{_LABELS})\s{{0,2}}:(?P<rest>[^|•·]{{0,200}}?))"
    rf"(?=[\s|•·]{{0,6}}(?:\Z|{_LABELS}\s{{0,2}}:|{_WEEKDAY}\s{{0,2}},))",
    regex.I,
)
#: Where the header starts after a glued title: a credit label or a date.
_GLUED_FIRST = regex.compile(
    rf"\s(?=(?:{_LABELS})\s{{0,2}}:|[•·]\s{{0,3}}{_WEEKDAY}\s{{0,2}},|{_WEEKDAY}\s{{0,2}},\s{{0,2}}\d)",
    regex.I,
)
#: Where the body starts in a one-line page: the logo, or a network opener.
_GLUED_BODY = regex.compile(
    rf"(?<=\s)(?:rmol\s{{1,3}}news\s{{1,3}}logo\b(?!\s{{1,3}}article)|RMOL(?:{_REGION})?{_DOT_TAIL})"
)
_GLUED_HEADER_LIMIT = 1_000  # characters before the body searched for a glued header


def glued_header(block: Block) -> list[Mark]:
    """The header of a page a scraper joined into one line, as marks.

    ``TITLE LAPORAN: NAME • Kamis, 16 Juni 2022, 07:00 WIB TITLE Caption/Net
    rmol news logo Body…``: the title, its repeat, the credits, the date line
    and the caption before the body's logo (or its ``RMOLJabar.`` opener). The
    repeated title delimits the header; without a repeat the header must end
    with its date line. Returns ``[]`` unless all of it reads that way.
    """
    text = block.text
    body = _GLUED_BODY.search(text, 0, _GLUED_HEADER_LIMIT, timeout=REGEX_TIMEOUT)
    if body is None:
        return []
    first = _GLUED_FIRST.search(text, 0, body.start(), timeout=REGEX_TIMEOUT)
    if first is None:
        return []
    title = text[: first.start()].strip()
    if len(title.split()) < 3 or _ends_sentence(title):
        return []
    repeat = text.find(title, first.end(), body.start())
    section_end = repeat if repeat != -1 else body.start()
    marks = [Mark(kind="title", block=block.index, end=len(title))]
    position = first.start()
    last_date = False
    while True:
        m = _GLUED_PIECE.match(text, position, section_end, timeout=REGEX_TIMEOUT)
        if m is None or m.end() == position:
            break
        if m.group("date") is not None:
            value = dates.parse_date_line(m.group("date"))
            if value is None:
                return []
            marks.append(Mark(kind="published", block=block.index, start=m.start(),
                              end=m.end(), published=value))  # fmt: skip
        else:
            if not _names_ok(m.group("rest")):
                return []
            people = _credit_people(text[m.start("label") : m.end()], {})
            marks.append(Mark(kind="byline", block=block.index, start=m.start(), end=m.end(),
                              persons=people))  # fmt: skip
        last_date = m.group("date") is not None
        position = m.end()
    if len(marks) == 1 or text[position:section_end].strip(" |•·"):
        return []
    if repeat != -1:
        after = repeat + len(title)
        marks.append(Mark(kind="clutter", block=block.index, start=repeat, end=after,
                          reason="duplicate-title"))  # fmt: skip
    elif not last_date:
        return []  # a credit's name would have no end
    else:
        after = position
    caption = text[after : body.start()]
    if caption.strip():
        if not is_caption(caption):
            return []
        marks.append(Mark(kind="caption", block=block.index, start=after, end=body.start()))
    return marks


def _mark_glued_header(marker: _Marker) -> None:
    """Apply :func:`glued_header` to the first blocks no metadata mark touches."""
    for block in marker.document.blocks[:3]:
        if len(block.text) < 2 * _LINE_LIMIT:
            continue  # a line of its own, not a page joined into one line
        found = glued_header(block)
        spans = [m.span(block) for m in marker.taken.get(block.index, ())]
        if found and not any(
            s < e2 and s2 < e for m in found for s, e in [m.span(block)] for s2, e2 in spans
        ):
            for mark in found:
                marker.add(mark)


@hookimpl
def newsnorm_mark_metadata(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark RMOL's header: bylines, the date line, the caption, closing credits.

    The title and its repeat are left to the generic plugin, which gets them
    right once the header lines around them are marked.
    """
    marker = _Marker(document, marks)
    if not document.blocks:
        return []
    urls = _profile_urls(document)
    start = body_start(document)
    _mark_glued_header(marker)
    _mark_header(marker, start, urls)
    _mark_credits(marker, start, urls)
    return marker.new


# --- dates --------------------------------------------------------------------------

#: ``Senin sore (13/10)``: a weekday, the part of the day, then the date in
#: parentheses, as RMOL writes it (:mod:`newsnorm.dates` takes only the weekday).
_WEEKDAY_PART_PAREN = regex.compile(
    r"(?<!\w)(?P<wd>Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)"
    r"\s{1,3}(?:pagi|siang|sore|petang|malam|dini\s{1,3}hari)\s{0,3},?\s{0,3}"
    r"\(\s{0,2}(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\s{0,2}\)"
)
_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5,
             "minggu": 6, "ahad": 6}  # fmt: skip
_DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _weekday_part_date(m: regex.Match[str], reference: date | None) -> dates.FoundDate | None:
    weekday = _WEEKDAYS[m.group("wd").lower().replace("'", "").replace("’", "")]
    day, month = int(m.group("d")), int(m.group("m"))
    year = m.group("y")
    value: date | None
    if year is not None:
        full = int(year) + (0 if len(year) == 4 else 2000 if int(year) < 70 else 1900)
        try:
            value = date(full, month, day)
        except ValueError:
            return None
    else:
        try:
            date(2000, month, day)  # 2000 is a leap year
        except ValueError:
            return None
        value = None if reference is None else dates.resolve_year(month, day, reference, weekday)
    warning = None
    if value is not None and value.weekday() != weekday:
        warning = (
            f"weekday {m.group('wd')} does not match {value.isoformat()} "
            f"({_DAY_NAMES[value.weekday()]}) in '{m.group(0)}'"
        )
    return dates.FoundDate(
        start=m.start(), end=m.end(), text=m.group(0), value=value, warning=warning
    )


@hookimpl
def newsnorm_find_dates(
    text: str, reference: date | None, language: str
) -> list[dates.FoundDate] | None:
    """Add ``Senin sore (13/10)`` to what :func:`newsnorm.dates.find_dates` finds
    (it would take the lone weekday only); None when the paragraph has none, so
    that the generic implementation runs."""
    if "(" not in text or "/" not in text:
        return None  # what the pattern needs, looked for before it runs
    extra = [
        found
        for m in _WEEKDAY_PART_PAREN.finditer(text, timeout=REGEX_TIMEOUT)
        if (found := _weekday_part_date(m, reference)) is not None
    ]
    if not extra:
        return None
    covered = bytearray(len(text))
    for found in extra:
        covered[found.start : found.end] = b"\x01" * (found.end - found.start)
    kept = [
        f
        for f in dates.find_dates(text, reference=reference, language=language)
        if covered.find(1, f.start, f.end) == -1
    ]
    return sorted([*kept, *extra], key=lambda f: f.start)


# --- pages (HTML input) ---------------------------------------------------------------

#: The article on rmol.id desktop pages: ``div.read-article`` holds the ``h1``, the
#: ``LAPORAN:`` and date lines, the photo with its caption, the body, the ``EDITOR:``
#: credit, the Google News prompt, ``FOLLOW US`` and the tags; the body alone
#: (``div.read-content``) is what the generic fallback would pick. AMP pages and the
#: network's regional sites wrap the article in an ``<article>`` element, which the
#: generic fallback picks.
CONTAINER = "div.read-article"


@hookimpl
def newsnorm_html_container() -> str:
    """The element that holds an RMOL article on a page: :data:`CONTAINER`."""
    return CONTAINER
