"""JurnalPatroliNews: jurnalpatrolinews.com / jurnalpatrolinews.co.id (a WordPress site).

Where things are handled, for a maintainer looking for one piece:

**Detection** (:func:`newsnorm_detect`)
    The outlet's own dateline (``JurnalPatroliNews –`` near the start, even
    after a title glued in front of it in one-line text) scores 0.9, so does
    ``og:site_name`` (or ``application-name``/``publisher``) naming the
    outlet on a page. A copyright line, a ``... di Google News`` promotion or a
    logo line naming the outlet near the end scores 0.7. Nothing else is
    claimed: the name alone in running text (``dikutip dari JurnalPatroliNews``)
    is not a signature.

**Datelines** (:data:`DATELINE_FORMS`, :func:`newsnorm_parse_dateline`)
    Tried in order:

    - ``source-place`` and ``place-source`` (:func:`newsnorm.datelines.dateline_pattern`):
      ``JurnalPatroliNews – Astana – ``, ``JURNALPATROLINEWS - JAKARTA - ``,
      ``JurnalPatroliNews–Jakarta–`` (any dash, missing spaces), two-part places
      ``JurnalPatroliNews – Bekasi, Jawa Barat – ``, and ``Jakarta, JurnalPatroliNews – ``;
    - ``source-place-comma``: ``JurnalPatroliNews – Jakarta, `` (one to three
      capitalised words, then a capitalised sentence; a first word such as
      ``Presiden`` or ``Kapolres`` means it is the subject, not a place);
    - ``source-only``: ``JurnalPatroliNews – ``, ``Jurnalpatrolinews.co.id – ``.

    The source is kept as written; the place is proper-cased.

**Clutter** (:data:`CLUTTER_RECOGNISERS`, :func:`newsnorm_mark_clutter`), reasons:

    - ``comment-prompt``: a lone ``Komentar`` line (the seed's trailer), also glued
      at the end of the last paragraph in one-line text; ``Tinggalkan Komentar``;
      ``comment-count`` for ``0 Komentar`` / ``Komentar (3)``;
    - ``comment-form``: the WordPress form (``Tinggalkan Balasan``, ``Batalkan balasan``,
      ``Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *``,
      ``Komentar *``, ``Nama *``, ``Simpan nama, email, ...``, ``Kirim Komentar``), its
      English form (``Leave a Reply Cancel reply`` ...) and the 2018-era tagDiv theme's
      (``Silakan masukkan komentar anda!`` ...); own line or glued anywhere;
    - ``share-bar``: ``Bagikan`` / ``Share`` and runs of network names
      (``Facebook Twitter WhatsApp Telegram``), own line, one name per line after a
      label, or glued anywhere (three names in a row, or a label and two);
    - ``tags``: ``Tags: a, b`` / ``Tag: a`` lists (items of one to four words) and a
      ``TAGS`` header followed by one tag per line; at the end of the last paragraph
      too (never in mid-text: where a tag list glued before body text ends cannot be
      known);
    - ``sign-off``: the editor's initials that close a story, ``(*/Red)``, ``(Red)``,
      ``(ril)``, ``(rls)``, ``(Luk)``, ``(***)``: own line, or at the end of the last
      paragraph (after a full stop or closing quote, or any of the usual
      ``red``/``ril``/``rls``/``adv`` tokens). A new slug: no listed reason fits an
      editor's initials, and they are not body text. A wire's closing credit,
      ``(ANTARA)`` / ``(*/Ant)``, is ``syndication`` instead;
    - ``related-link``: ``Baca juga: ...`` anywhere (:func:`newsnorm.clutter.related_links`,
      a paragraph glued after the headline is kept), ``BACA JUGA Headline`` lines, and
      the headline lists under ``ARTIKEL TERKAIT`` / ``Berita Terkait`` / ``BACA JUGA`` /
      ``LAINNYA DARI PENULIS`` headers;
    - ``navigation``: ``Artikel sebelumnya`` / ``Artikel berikutnya`` with the
      headline that follows, ``Kembali ke atas``, and on pages ``Kategori: ...`` (in
      text such a line may be a list item);
    - ``social-follow``: ``Simak/Ikuti ... di Google News`` promotions, anywhere;
    - ``copyright``: ``Copyright © 2024 JurnalPatroliNews. All Rights Reserved``, anywhere;
    - ``logo``: a line that is only the outlet's name (the site header of a page);
    - ``syndication``: a ``Sumber:`` credit closing a copied story, naming a wire, an
      outlet, a website or a press office (``Sumber: ANTARA``, ``Sumber: Humas Polres
      Karawang``); ``Sumber: Badan Pusat Statistik`` (a data source) stays.

    Trailing pieces glued to the last paragraph (one-line scraper text:
    ``... pungkasnya. (Red) Editor: Dewi Tags: A, B Komentar Tinggalkan Balasan ...``)
    are peeled from the end of the last body block, one at a time
    (:func:`_peel_trailer`), so that nothing in the middle of a sentence is cut.

**Metadata** (:data:`METADATA_RECOGNISERS`, :func:`newsnorm_mark_metadata`)
    - captions: ``Foto: Istimewa``, a line ending ``(Foto: Ist)`` / ``(Dok. JPN)``,
      and ``figcaption`` on pages (before the generic plugin reads ``Foto:`` as a
      photographer's credit); never a line that holds the dateline;
    - the 2018-era meta line ``Oleh Lukman Hakim - Agustus 15, 2018`` (byline and date);
    - on pages, the block that is exactly ``<meta name="author">`` (the AMP byline);
    - credit lines ``Penulis: ...`` / ``Editor: ...`` / ``Oleh: ...`` on their own line
      (text and pages), glued at the end of the last paragraph, or glued in front of
      the dateline in one-line text;
    - one-line text ``<title> <date line> JurnalPatroliNews – Place – <body>``: the
      title (only in the document's first block), the date line, a credit or a
      ``Foto:`` credit in front of the dateline. With the place-first dateline
      (``<title> Jakarta, JurnalPatroliNews –``) nothing is split: where the title
      ends and the place begins cannot be told.

**Bylines** (:func:`newsnorm_parse_byline`)
    Column bylines carry academic titles and an affiliation
    (``Oleh: Dr. Andi Wijaya, S.H., M.H. (Pengamat Hukum)``): pre-nominal
    ``Prof.``/``Dr.``/``Drs.``/``Ir.``, post-nominal degrees after a comma
    (``S.H.``, ``M.Si.``, ``Ph.D.``) and parenthesised affiliations are dropped
    before :func:`newsnorm.bylines.parse_byline` splits the names.

Dates need nothing outlet-specific: the core reads every date line form the
outlet uses (``Senin, 16 Juni 2025 | 14:30 WIB``, ``Agustus 15, 2018``,
``16 Juni 2025``). Numbered and bulleted lists stay one paragraph per line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import NamedTuple

import attrs
import regex

from newsnorm import (
    Detection,
    Document,
    Mark,
    Outlet,
    bylines,
    clutter,
    datelines,
    dates,
    hookimpl,
)
from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Block, free_spans, marks_by_block
from newsnorm.generic import looks_like_title
from newsnorm.model import Dateline, Person

__all__ = [
    "CLUTTER_RECOGNISERS",
    "CONTAINER",
    "DATELINE_FORMS",
    "METADATA_RECOGNISERS",
    "OUTLET",
    "SOURCE",
    "newsnorm_detect",
    "newsnorm_html_container",
    "newsnorm_mark_clutter",
    "newsnorm_mark_metadata",
    "newsnorm_outlets",
    "newsnorm_parse_byline",
    "newsnorm_parse_dateline",
    "parse_people",
]

_HOSTS: tuple[str, ...] = ("jurnalpatrolinews.com", "jurnalpatrolinews.co.id")
#: The outlet (subdomains of its hosts match too).
OUTLET = Outlet(
    name="jurnalpatroli",
    title="JurnalPatroliNews",
    # The core's ``hosts`` converter is the bare ``tuple``, which mypy cannot solve.
    hosts=_HOSTS,
    language="id",
)

#: The outlet's name as it writes it in datelines (matched ignoring case):
#: ``JurnalPatroliNews``, ``JURNALPATROLINEWS``, ``Jurnalpatrolinews.co.id``.
SOURCE = r"Jurnal\s?Patroli\s?News(?:\.co\.id|\.com)?"
_SOURCE = rf"(?i:{SOURCE})"
_NAME_RE = regex.compile(rf"(?<![\p{{L}}\d]){_SOURCE}(?![\p{{L}}\d])")
_NAME_ONLY = regex.compile(rf"{_SOURCE}")

# Characters that end a sentence or a quotation before a trailer.
_CLOSERS = frozenset(".!?…\"”’')]*")
# Longest stretch of text looked at when peeling one trailing piece.
_WINDOW = 400
# Blocks where the dateline is looked for (title, date, byline, share bar come first).
_HEAD_BLOCKS = 10
# Longest block the own-line rules look at.
_LINE_LIMIT = 300
# Most trailing pieces peeled off one document (a real trailer has a dozen).
_MAX_PIECES = 64
# Above this many glued marks in one block, touching marks of one reason are
# merged: the core checks each new mark against the block's others.
_MAX_MARKS_PER_BLOCK = 64


# --------------------------------------------------------------------------
# Datelines


class DatelineForm(NamedTuple):
    """A named dateline recogniser: ``parse(text)`` returns the Dateline or None."""

    name: str
    parse: Callable[[str], Dateline | None]


_STANDARD = datelines.dateline_pattern(SOURCE, place_required=True)
_SOURCE_ONLY = datelines.dateline_pattern(SOURCE)
_PLACE1 = r"\p{Lu}[\p{L}'’.\-]{0,30}(?:\s\p{Lu}[\p{L}'’.\-]{0,30}){0,2}"
_COMMA_FORM = regex.compile(
    rf"^(?P<source>{_SOURCE}){datelines.DASH}(?P<place>{_PLACE1}),\s{{1,3}}(?=[\p{{Lu}}\"“])"
)
# Words that open a sentence's subject, never a place, in ``S – X, ...``.
_NOT_PLACES = frozenset(  # a word list reads best as text
    """presiden wakil menteri menko ketua kepala gubernur bupati wali walikota kapolri kapolda
    kapolres kapolsek kasat kapuspen pemerintah direktur dirut anggota sekretaris jaksa hakim tim
    warga dinas badan komisi partai pengadilan kejaksaan kementerian pemprov pemkot pemkab polisi
    polda polres polsek satuan juru kabid kadis camat lurah sebanyak sejumlah ratusan puluhan
    ribuan para seorang menurut dalam setelah sebelum saat meski namun sementara selain hari
    sekitar pihak pt""".split()
)


def _comma_form(text: str) -> Dateline | None:
    m = _COMMA_FORM.match(text[:200], timeout=REGEX_TIMEOUT)
    if m is None or m.group("place").split()[0].strip(".").casefold() in _NOT_PLACES:
        return None
    return Dateline(
        text=m.group(0), place=datelines.place_case(m.group("place")), source=m.group("source")
    )


#: The dateline forms, tried in order (see the module docstring).
DATELINE_FORMS: tuple[DatelineForm, ...] = (
    DatelineForm("source-place", lambda text: datelines.match_dateline(_STANDARD, text)),
    DatelineForm("source-place-comma", _comma_form),
    DatelineForm("source-only", lambda text: datelines.match_dateline(_SOURCE_ONLY, text)),
)

# The dateline's source and dash, wherever the dateline starts (detection, and
# the one-line opening ``<title> JurnalPatroliNews – ...``).
_SIGNATURE = regex.compile(rf"(?<![\p{{L}}\d.]){_SOURCE}{datelines.DASH}(?=\S)")


# --------------------------------------------------------------------------
# Vocabulary of the clutter

_NET_STRONG = (
    r"(?:Facebook|Twitter|WhatsApp|Whatsapp|Telegram|LinkedIn|Linkedin|Pinterest|Tumblr|Reddit)"
)
_NET_WEAK = (
    r"(?:X|Line|LINE|Email|E-mail|Copy\s{1,2}Link|Salin\s{1,2}(?:Tautan|Link)"
    r"|Print|Cetak|Messenger)"
)
_NET = rf"(?:{_NET_STRONG}|{_NET_WEAK})"
_NET_SEP = r"\s{0,3}[|•·,]?\s{0,3}"
_SHARE_LABEL = (
    r"(?:Bagikan(?:\s{1,2}(?:ke|artikel\s{1,2}ini))?|BAGIKAN|Share(?:\s{1,2}this)?|SHARE)"
)
_NET_STRONG_RE = regex.compile(_NET_STRONG)
# What every _SHARE_LABEL and _NET opens with (a cheap test first).
_SHARE_LABEL_STARTS = ("Bagikan", "BAGIKAN", "Share", "SHARE")
_NET_STARTS = (
    "Facebook", "Twitter", "WhatsApp", "Whatsapp", "Telegram", "LinkedIn", "Linkedin", "Pinterest",
    "Tumblr", "Reddit", "X", "Line", "LINE", "Email", "E-mail", "Copy", "Salin", "Print", "Cetak",
    "Messenger",
)  # fmt: skip

_FORM_START = [
    r"Tinggalkan\s{1,3}Balasan",
    r"Alamat\s{1,3}email\s{1,3}Anda\s{1,3}tidak\s{1,3}akan\s{1,3}dipublikasikan\.?",
    r"(?i:leave\s{1,3}a\s{1,3}reply)",
    r"Your\s{1,3}email\s{1,3}address\s{1,3}will\s{1,3}not\s{1,3}be\s{1,3}published\.?",
    r"(?i:sila(?:h)?kan\s{1,3}masukkan\s{1,3}komentar\s{1,3}anda\s{0,2}!)",
    r"(?i:please\s{1,3}enter\s{1,3}your\s{1,3}comment\s{0,2}!)",
]
_FORM_FOLLOW = [
    r"Batalkan\s{1,3}balasan",
    r"(?i:cancel\s{1,3}reply)",
    r"Ruas\s{1,3}yang\s{1,3}wajib\s{1,3}ditandai\s{0,3}\*",
    r"Required\s{1,3}fields\s{1,3}are\s{1,3}marked\s{0,3}\*",
    r"(?:Komentar|Nama|Email|Surel|Comment|Name)\s{0,2}\*",
    r"Situs\s{1,3}[Ww]eb|Website",
    r"Simpan\s{1,3}nama,\s{1,3}email,\s{1,3}dan\s{1,3}situs\s{1,3}web\s{1,3}saya\s{1,3}pada"
    r"\s{1,3}peramban\s{1,3}ini\s{1,3}untuk\s{1,3}komentar\s{1,3}saya\s{1,3}berikutnya\.?",
    r"Save\s{1,3}my\s{1,3}name,\s{1,3}email,\s{1,3}and\s{1,3}website\s{1,3}in\s{1,3}this"
    r"\s{1,3}browser\s{1,3}for\s{1,3}the\s{1,3}next\s{1,3}time\s{1,3}I\s{1,3}comment\.?",
    r"(?:Kirim|Poskan)\s{1,3}Komentar|Post\s{1,3}Comment",
    r"(?i:sila(?:h)?kan\s{1,3}masukkan\s{1,3}nama\s{1,3}anda\s{1,3}di\s{1,3}sini)",
    r"(?i:anda\s{1,3}telah\s{1,3}memasukkan\s{1,3}alamat\s{1,3}email\s{1,3}yang\s{1,3}salah\s{0,2}!)",
    r"(?i:sila(?:h)?kan\s{1,3}masukkan\s{1,3}alamat\s{1,3}email\s{1,3}anda\s{1,3}di\s{1,3}sini)",
    r"(?i:please\s{1,3}enter\s{1,3}your\s{1,3}name\s{1,3}here)",
    r"(?i:you\s{1,3}have\s{1,3}entered\s{1,3}an\s{1,3}incorrect\s{1,3}email\s{1,3}address\s{0,2}!)",
    r"(?i:please\s{1,3}enter\s{1,3}your\s{1,3}email\s{1,3}address\s{1,3}here)",
]
_FORM_ANY = "|".join(_FORM_START + _FORM_FOLLOW)
# A run of the comment form glued anywhere: it must open with a distinctive item.
_COMMENT_FORM_RUN = regex.compile(
    rf"(?<![\p{{L}}\d])(?:{'|'.join(_FORM_START)})(?:\s{{0,3}}(?:{_FORM_ANY})){{0,20}}"
)
_SHARE_RUN = regex.compile(
    rf"(?<![\p{{L}}\d])(?:{_SHARE_LABEL}\s{{0,2}}:?\s{{1,3}}{_NET}(?:\s{{1,3}}{_NET}){{1,12}}"
    rf"|{_NET_STRONG}(?:\s{{1,3}}{_NET}){{2,12}})(?![\p{{L}}\d])"
)
_GOOGLE_NEWS = regex.compile(
    r"(?:(?<=^)|(?<=[.!?”\")\]]\s{0,3})|(?<=\s))(?:Simak|Ikuti|Baca|Dapatkan|Temukan|Cek)\s"
    r"[^.!?\n]{0,120}?\bGoogle\s{1,3}News\b(?:\s{1,3}(?i:klik\s{1,3}di\s?sini))?[.!]?"
)
_COPYRIGHT = regex.compile(
    rf"(?:(?:Copyright|COPYRIGHT|Hak\s{{1,3}}[Cc]ipta)\s{{0,3}}(?:©|\([Cc]\))?|©|\([Cc]\))\s{{0,3}}"
    rf"(?:\d{{4}}(?:\s{{0,3}}[-–]\s{{0,3}}\d{{4}})?\s{{0,3}})?{_SOURCE}"
    r"(?:\s{0,3}[.,|–-]?\s{0,3}(?:All\s{1,3}[Rr]ights\s{1,3}[Rr]eserved"
    r"|Hak\s{1,3}[Cc]ipta\s{1,3}[Dd]ilindungi(?:\s{1,3}[Uu]ndang-[Uu]ndang)?)\.?)?"
)

# A sign-off: initials and markers in parentheses.
_SIGN_TOKEN = r"[*\p{L}]{1,12}"
_SIGN_OFF = (
    rf"\(\s{{0,2}}{_SIGN_TOKEN}(?:\s{{0,2}}[/\\.,&-]\s{{0,2}}{_SIGN_TOKEN}){{0,3}}\s{{0,2}}\)\.?"
)
_SIGN_WORDS = frozenset({"red", "redaksi", "ril", "rls", "rel", "adv", "hms", "jpn", ""})
# Wire services: ``(ANTARA)`` / ``(*/Ant)`` closing a story credit a copied story.
_WIRES = frozenset({"antara", "ant", "rtr", "reuters", "afp", "ap", "xinhua"})
_SIGN_SPLIT = regex.compile(r"[\s/\\.,&()\-]+")

# A person's name as credited (capitalised words, degrees after commas).
_NAME = r"\p{Lu}[\p{L}.'’\-]{0,30}(?:\s{1,3}\p{Lu}[\p{L}.'’\-]{0,30}){0,5}"
_DEGREE = r"(?:[A-Z][A-Za-z]{0,4}\.){1,3}(?:[A-Z][A-Za-z]{0,3}\.?)?|Ph\.?D\.?|MBA|MPA|MSc"
_NAMES = (
    rf"{_NAME}(?:,\s{{0,3}}(?:{_DEGREE})){{0,6}}"
    rf"(?:\s{{0,3}}(?:,|&|\bdan\b)\s{{0,3}}{_NAME}(?:,\s{{0,3}}(?:{_DEGREE})){{0,6}}){{0,4}}"
)
_CREDIT_LABEL = r"(?i:penulis|editor|reporter|pewarta|wartawan|redaktur|penyunting|kontributor)"
_CREDIT = (
    rf"{_CREDIT_LABEL}\s{{0,3}}:\s{{0,3}}{_NAMES}"
    rf"(?:\s{{0,3}}[|•/,]?\s{{0,3}}{_CREDIT_LABEL}\s{{0,3}}:\s{{0,3}}{_NAMES}){{0,3}}"
)
_CREDIT_WHOLE = regex.compile(rf"^\s{{0,3}}{_CREDIT}\s{{0,3}}$")


# A tag list: up to 16 items of one to four words.
_TAG_ITEM = r"[^\s.!?:,|/][^\s,|/:.!?]{0,30}(?:\s[^\s,|/:.!?]{1,30}){0,3}"
_TAG_LIST = (
    rf"(?:Tags?|TAGS?)\s{{0,3}}:\s{{0,3}}{_TAG_ITEM}(?:\s{{0,2}}[,|/]\s{{0,2}}{_TAG_ITEM}){{0,15}}"
)
# ``Sumber:`` naming a wire, another outlet, a website or a press office (not
# a data source such as ``Sumber: Badan Pusat Statistik``).
_SOURCE_CREDIT = (
    r"Sumber\s{0,3}:\s{0,3}(?:ANTARA|Antara|Reuters|AFP|AP|Xinhua|Bernama"
    r"|(?:Humas|HUMAS|Rilis|Siaran\s{1,3}[Pp]ers|Press\s{1,3}[Rr]elease)\b[^.!?\n]{0,50}"
    r"|[\p{L}\d-]{2,30}\.(?:com|co\.id|id|net|org|tv)(?:/[\p{L}\d-]{1,30})?"
    r"|(?i:detik|kompas|tempo|tribun|liputan6|okezone|sindonews|cnn|kumparan|suara)"
    r"[\p{L}\d .]{0,20})"
)

# --------------------------------------------------------------------------
# Whole lines


class LineRule(NamedTuple):
    """A line that is clutter as a whole: ``pattern`` must match all of it."""

    reason: str
    pattern: regex.Pattern[str]


def _line(reason: str, pattern: str) -> LineRule:
    return LineRule(reason, regex.compile(rf"^(?:{pattern})$"))


_KOMENTAR = r"(?:Komentar|KOMENTAR|komentar)"
_LINE_RULES: tuple[LineRule, ...] = (
    _line(
        "comment-prompt",
        r"Komentar|KOMENTAR|(?i:(?:tinggalkan|tulis|berikan)\s{1,3}komentar(?:\s{1,3}anda)?)",
    ),
    _line("comment-count", rf"\d{{1,5}}\s{{1,3}}{_KOMENTAR}|{_KOMENTAR}\s{{0,3}}\(\d{{1,5}}\)"),
    _line("comment-form", rf"(?:{_FORM_ANY})(?:\s{{0,3}}(?:{_FORM_ANY})){{0,20}}"),
    _line("share-bar", rf"{_SHARE_LABEL}\s{{0,2}}:?(?:{_NET_SEP}{_NET}){{0,12}}"),
    _line("share-bar", rf"{_NET_STRONG}(?:{_NET_SEP}{_NET}){{1,12}}"),
    _line(
        "share-bar",
        rf"{_NET_WEAK}(?:{_NET_SEP}{_NET}){{0,11}}{_NET_SEP}{_NET_STRONG}(?:{_NET_SEP}{_NET}){{0,11}}",
    ),
    _line("tags", _TAG_LIST),
    _line(
        "navigation", r"(?i:(?:artikel|berita|post)\s{1,3}(?:sebelumnya|selanjutnya|berikutnya))"
    ),
    _line(
        "navigation", r"(?i:(?:previous|next)\s{1,3}(?:article|post)|kembali\s{1,3}ke\s{1,3}atas)"
    ),
    _line("logo", rf"(?:Logo\s{{1,3}})?{_SOURCE}"),
    _line("copyright", _COPYRIGHT.pattern),
    _line("sign-off", _SIGN_OFF),
    _line("social-follow", _GOOGLE_NEWS.pattern),
)

# All the line rules in one pattern, tried in order; group ``r<i>`` is rule i.
_LINE_ANY = regex.compile(
    "|".join(f"(?P<r{i}>{rule.pattern.pattern})" for i, rule in enumerate(_LINE_RULES))
)
# The words a line that a rule of _LINE_RULES matches opens with, in lower case (a
# line is compared in lower case, as the rules that ignore case read it). A new rule
# needs its first words here.
_LINE_STARTS = (
    # comment-prompt, comment-count ("3 Komentar": a digit), comment-form
    "komentar", "tinggalkan", "tulis", "berikan", *"0123456789",
    "alamat", "leave", "your", "sila", "please", "batalkan", "cancel", "ruas", "required",
    "nama", "email", "surel", "comment", "name", "situs", "website", "simpan", "save",
    "kirim", "poskan", "post", "anda", "you",
    # share-bar: the labels and the networks
    "bagikan", "share", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
    "pinterest", "tumblr", "reddit", "x", "line", "e-mail", "copy", "salin", "print",
    "cetak", "messenger",
    # tags, navigation, logo, copyright ("©" is not ASCII), sign-off, social-follow
    "tag", "artikel", "berita", "previous", "next", "kembali", "logo", "jurnal",
    "copyright", "hak", "(", "simak", "ikuti", "baca", "dapatkan", "temukan", "cek",
)  # fmt: skip
# The first words of _RELATED_HEADER and _NAV_LABEL, in lower case.
_RELATED_STARTS = ("artikel", "berita", "baca", "lainnya", "related", "more")
_NAV_STARTS = ("artikel", "berita", "post", "previous", "next")
# The longest of those first words.
_HEAD = max(len(word) for word in (*_LINE_STARTS, *_RELATED_STARTS, *_NAV_STARTS))


def _may_open_with(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may open with one of ``words`` (lower case, at most
    :data:`_HEAD` long) as a pattern that ignores case reads it: a cheap test before
    the pattern.

    A head that is not all ASCII is always tried: a rule that ignores case also
    matches letters such as the Kelvin sign (``K``) or the long s (``ſ``), and
    ``\\d`` the digits of every script, which lower-casing does not show.
    """
    head = text[:_HEAD]
    return not head.isascii() or head.lower().startswith(words)


# A page footer's category links (on pages only: in text it may be a list item).
_CATEGORY = regex.compile(r"^(?:Kategori|KATEGORI|Category)\s{0,3}:\s{0,3}[^\n.!?]{1,60}$")

# Headers after which the short lines are a list of the same kind.
_RELATED_HEADER = regex.compile(
    r"^(?i:artikel\s{1,3}terkait|berita\s{1,3}terkait|baca\s{1,3}juga|lainnya\s{1,3}dari\s{1,3}penulis"
    r"|berita\s{1,3}lainnya|related\s{1,3}articles|more\s{1,3}from\s{1,3}author)\s{0,2}:?$"
)
_TAGS_HEADER = regex.compile(r"^(?:Tags?|TAGS?)\s{0,2}:?$")
_NAV_LABEL = regex.compile(
    r"^(?i:(?:artikel|berita|post)\s{1,3}(?:sebelumnya|selanjutnya|berikutnya)"
    r"|(?:previous|next)\s{1,3}(?:article|post))$"
)
_SHARE_HEADER = regex.compile(rf"^{_SHARE_LABEL}\s{{0,2}}:?$")
_LONE_NET = regex.compile(rf"^{_NET}$")
# A headline-like ``BACA JUGA`` line without a colon: the label then a capital.
_BACA_JUGA_LINE = regex.compile(r"^(?:Baca\s{1,3}Juga|BACA\s{1,3}JUGA)\s{1,3}(?=\p{Lu})")
# Longer than any line _RELATED_HEADER, _TAGS_HEADER, _NAV_LABEL, _SHARE_HEADER or
# _LONE_NET can match (the longest is ``lainnya dari penulis:`` with the most spaces
# allowed, 27 characters), so a longer line is not tried against them.
_HEADER_LIMIT = 30


# --------------------------------------------------------------------------
# Trailing pieces, peeled from the end of the last paragraph


class TrailerRule(NamedTuple):
    """A piece that may close the last paragraph.

    ``pattern`` ends with ``\\Z`` (it is searched with ``endpos`` at the current
    end). A ``strong`` rule's wording is distinctive enough on its own; a weak
    one needs a sentence end, the start of the text or another trailer before it.
    """

    reason: str
    pattern: regex.Pattern[str]
    strong: bool
    kind: str = "clutter"


def _trailer(reason: str, pattern: str, *, strong: bool, kind: str = "clutter") -> TrailerRule:
    return TrailerRule(
        reason, regex.compile(rf"(?<![\p{{L}}\d])(?:{pattern})\s{{0,3}}\Z"), strong, kind
    )


_TRAILER_RULES: tuple[TrailerRule, ...] = (
    _trailer(
        "comment-prompt",
        r"(?:(?:Tinggalkan|Tulis|Berikan)\s{1,3})?(?:Komentar|KOMENTAR)",
        strong=False,
    ),
    _trailer(
        "comment-count",
        rf"\d{{1,5}}\s{{1,3}}{_KOMENTAR}|{_KOMENTAR}\s{{0,3}}\(\d{{1,5}}\)",
        strong=False,
    ),
    _trailer("sign-off", _SIGN_OFF, strong=False),
    _trailer(
        "share-bar",
        rf"{_SHARE_LABEL}\s{{0,2}}:?(?:{_NET_SEP}{_NET}){{0,12}}|{_NET_STRONG}(?:{_NET_SEP}{_NET}){{1,12}}",
        strong=False,
    ),
    _trailer("tags", _TAG_LIST, strong=True),
    _trailer("byline", _CREDIT, strong=True, kind="byline"),
    _trailer("syndication", _SOURCE_CREDIT, strong=True),
)
_STRONG_TRAILERS = tuple(rule for rule in _TRAILER_RULES if rule.strong)


def _left_ok(text: str, start: int, position: int) -> bool:
    """Whether a weak trailer may begin at ``position`` of the free span from ``start``."""
    i = position
    while i > start and text[i - 1].isspace():
        i -= 1
    if i <= start or text[i - 1] in _CLOSERS:
        return True
    low = max(start, i - _WINDOW)
    return any(
        rule.pattern.search(text, low, i, timeout=REGEX_TIMEOUT) is not None
        for rule in _STRONG_TRAILERS
    )


def _sign_off_words(piece: str) -> set[str]:
    words = _SIGN_SPLIT.split(piece, timeout=REGEX_TIMEOUT)
    return {w.strip("*").casefold() for w in words if w}


def _match_trailer(text: str, start: int, end: int) -> tuple[TrailerRule, int] | None:
    """The trailer that ends at ``end`` in ``text[start:end]``, with where it starts."""
    low = max(start, end - _WINDOW)
    for rule in _TRAILER_RULES:
        m = rule.pattern.search(text, low, end, timeout=REGEX_TIMEOUT)
        if m is None or not text[m.start() : end].strip():
            continue
        words = _sign_off_words(m.group(0))
        known_sign_off = rule.reason == "sign-off" and words <= _SIGN_WORDS | _WIRES
        if rule.strong or known_sign_off or _left_ok(text, start, m.start()):
            return rule, m.start()
    return None


def _peel_trailer(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Peel trailing pieces off the last body block(s), from the end backwards.

    Blocks that end up wholly marked are passed over; the walk stops at the
    first block (from the end) that keeps body text.
    """
    taken = marks_by_block(marks)
    found: list[Mark] = []
    for block in reversed(document.blocks):
        text = block.text
        spans = free_spans(block, taken.get(block.index, ()))
        keeps_text = False
        for span_start, span_end in reversed(spans):
            end = span_end
            while True:
                while end > span_start and text[end - 1].isspace():
                    end -= 1
                if end <= span_start or len(found) >= _MAX_PIECES:
                    break
                hit = _match_trailer(text, span_start, end)
                if hit is None:
                    break
                rule, position = hit
                if rule.kind == "byline":
                    found.append(
                        Mark(kind="byline", block=block.index, start=position, end=end,
                             persons=parse_people(text[position:end]))
                    )  # fmt: skip
                else:
                    reason = rule.reason
                    if reason == "sign-off" and _sign_off_words(text[position:end]) & _WIRES:
                        reason = "syndication"
                    found.append(
                        Mark(kind="clutter", block=block.index, start=position, end=end,
                             reason=reason)
                    )  # fmt: skip
                end = position
            if end > span_start:
                keeps_text = True
                break
        if keeps_text:
            break
    return found


# --------------------------------------------------------------------------
# Clutter recognisers


class Recogniser(NamedTuple):
    """A named step: ``find(document, marks)`` returns new marks."""

    name: str
    find: Callable[[Document, Sequence[Mark]], list[Mark]]


def _whole(block: Block, reason: str) -> Mark:
    return Mark(kind="clutter", block=block.index, reason=reason)


def _own_lines(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Blocks that are clutter as a whole (:data:`_LINE_RULES`)."""
    taken = marks_by_block(marks)
    found: list[Mark] = []
    for block in document.blocks:
        if block.index in taken or len(block.text) > _LINE_LIMIT:
            continue
        text = block.text
        may_match = _may_open_with(text, _LINE_STARTS)
        m = _LINE_ANY.match(text, timeout=REGEX_TIMEOUT) if may_match else None
        if m is not None and m.lastgroup is not None:
            reason = _LINE_RULES[int(m.lastgroup[1:])].reason
            if reason == "sign-off" and _sign_off_words(block.text) & _WIRES:
                reason = "syndication"
            if reason != "share-bar" or _share_ok(block.text):
                found.append(_whole(block, reason))
        elif document.kind == "html" and _CATEGORY.match(block.text, timeout=REGEX_TIMEOUT):
            found.append(_whole(block, "navigation"))
    return found


def _share_ok(text: str) -> bool:
    """A share bar line is a label alone or names at least one big network."""
    return bool(
        _SHARE_HEADER.match(text, timeout=REGEX_TIMEOUT)
        or _NET_STRONG_RE.search(text, timeout=REGEX_TIMEOUT)
    )


def _short_item(text: str) -> bool:
    return len(text) <= 40 and len(text.split()) <= 5 and not text.endswith((".", "!", "?"))


def _headed_runs(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Lists under a header: related headlines, one tag or network per line,
    the headline after ``Artikel sebelumnya``; and ``BACA JUGA Headline`` lines."""
    taken = marks_by_block(marks)
    blocks = document.blocks
    found: list[Mark] = []
    claimed: set[int] = set()

    def free(i: int) -> bool:
        return i < len(blocks) and i not in taken and i not in claimed

    def claim(i: int, reason: str) -> None:
        claimed.add(i)
        found.append(_whole(blocks[i], reason))

    for block in blocks:
        i, text = block.index, block.text
        if len(text) > _LINE_LIMIT:
            continue
        # Cheap tests first: the headers are short and a BACA JUGA line starts so.
        short = len(text) <= _HEADER_LIMIT
        if (
            short
            and _may_open_with(text, _RELATED_STARTS)
            and _RELATED_HEADER.match(text, timeout=REGEX_TIMEOUT)
        ):
            if free(i):
                claim(i, "related-link")
            j = i + 1
            while free(j) and len(blocks[j].text) <= 200 and looks_like_title(blocks[j].text):
                claim(j, "related-link")
                j += 1
        elif (
            text.startswith(("Baca", "BACA"))
            and _BACA_JUGA_LINE.match(text, timeout=REGEX_TIMEOUT)
            and looks_like_title(text)
        ):
            if free(i):
                claim(i, "related-link")
        elif (
            short
            and _may_open_with(text, _NAV_STARTS)
            and _NAV_LABEL.match(text, timeout=REGEX_TIMEOUT)
        ):
            if free(i):
                claim(i, "navigation")
            nxt = i + 1
            if (
                free(nxt)
                and len(blocks[nxt].text) <= 200
                and looks_like_title(blocks[nxt].text)
                and not _NAV_LABEL.match(blocks[nxt].text, timeout=REGEX_TIMEOUT)
            ):
                claim(nxt, "navigation")
        elif (
            short
            and text.startswith(("Tag", "TAG"))
            and _TAGS_HEADER.match(text, timeout=REGEX_TIMEOUT)
        ):
            if free(i):
                claim(i, "tags")
            j = i + 1
            while free(j) and _short_item(blocks[j].text):
                claim(j, "tags")
                j += 1
        elif short and (
            (
                text.startswith(_SHARE_LABEL_STARTS)
                and _SHARE_HEADER.match(text, timeout=REGEX_TIMEOUT)
            )
            or (text.startswith(_NET_STARTS) and _LONE_NET.match(text, timeout=REGEX_TIMEOUT))
        ):
            j = i + 1
            while free(j) and _LONE_NET.match(blocks[j].text, timeout=REGEX_TIMEOUT):
                j += 1
            run = range(i, j) if free(i) else range(i + 1, j)
            headed = _SHARE_HEADER.match(text, timeout=REGEX_TIMEOUT) is not None
            strong = any(
                _NET_STRONG_RE.match(blocks[k].text, timeout=REGEX_TIMEOUT) for k in range(i, j)
            )
            if j > i + 1 and (headed or strong):
                for k in run:
                    claim(k, "share-bar")
    return found


# The glued forms: pattern, reason, and words one of which a block must hold.
_GLUED: tuple[tuple[regex.Pattern[str], str, tuple[str, ...]], ...] = (
    (_COMMENT_FORM_RUN, "comment-form", ("balasan", "email", "reply", "komentar", "comment")),
    (_SHARE_RUN, "share-bar", ("facebook", "twitter", "whatsapp", "telegram", "linkedin",
                               "pinterest", "tumblr", "reddit")),
    (_GOOGLE_NEWS, "social-follow", ("google",)),
    (_COPYRIGHT, "copyright", ("©", "(c)", "copyright", "cipta")),
)  # fmt: skip


def _thin(document: Document, marks: list[Mark]) -> list[Mark]:
    """Merge touching clutter marks of one reason in blocks that hold very many.

    Ordinary text never gets there; a pathological line of thousands of share
    bars becomes one mark per run, which keeps the core's overlap check cheap.
    """
    by_block = marks_by_block(marks)
    if all(len(group) <= _MAX_MARKS_PER_BLOCK for group in by_block.values()):
        return marks
    thinned: list[Mark] = []
    for index, group in by_block.items():
        if len(group) <= _MAX_MARKS_PER_BLOCK:
            thinned.extend(group)
            continue
        text = document.blocks[index].text
        merged: list[Mark] = []
        for mark in sorted(group, key=lambda m: m.start):
            last = merged[-1] if merged else None
            if (
                last is not None
                and last.end is not None
                and last.reason == mark.reason
                and not text[last.end : mark.start].strip()
            ):
                merged[-1] = Mark(kind="clutter", block=index, start=last.start, end=mark.end,
                                  reason=last.reason)  # fmt: skip
            else:
                merged.append(mark)
        thinned.extend(merged)
    return thinned


def _glued(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Distinctive clutter glued anywhere in a paragraph."""
    current = list(marks)
    found: list[Mark] = []
    taken = marks_by_block(marks)
    open_blocks = [
        block
        for block in document.blocks
        if block.index not in taken or free_spans(block, taken[block.index])
    ]
    folded = [block.text.casefold() for block in open_blocks]
    # The cues are looked for in all the open text at once (no cue holds a line
    # break), then in each block only when one is there.
    joined = "\n".join(folded)
    for pattern, reason, cues in _GLUED:
        present = [cue for cue in cues if cue in joined]
        if not present:
            continue
        blocks = [
            block.index
            for block, text in zip(open_blocks, folded, strict=True)
            if any(cue in text for cue in present)
        ]
        new = _thin(document, clutter.scan(document, current, pattern, reason, blocks=blocks))
        found.extend(new)
        current.extend(new)
    return found


def _is_sentence(text: str) -> bool:
    """A few words closed like a sentence (what may follow a headline on its line)."""
    text = text.strip()
    return len(text.split()) >= 4 and text.endswith((".", "!", "?", '"', "”", "’", ")"))


def _related(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """``Baca juga: ...`` links, on their own line or glued.

    The helper's headline end (:func:`newsnorm.clutter.headline_end`) is used
    everywhere, so that a paragraph glued after a link at the start of a short
    line survives; a short line whose rest is not a sentence
    (``Baca juga: Mengapa Harga Naik? Ini Jawabannya``) is taken whole.
    """
    taken = marks_by_block(marks)
    found: list[Mark] = []
    # Every label ends with a colon: the core's scanner needs only the blocks with one.
    labelled = attrs.evolve(document, blocks=tuple(b for b in document.blocks if ":" in b.text))
    for mark in clutter.related_links(labelled, marks, line_limit=0):
        block = document.blocks[mark.block]
        text, end = block.text, mark.span(block)[1]
        span_end = next(
            (e for s, e in free_spans(block, taken.get(block.index, ())) if s <= mark.start < e),
            end,
        )
        short_line = len(text) <= _LINE_LIMIT and not text[: mark.start].strip()
        if short_line and not _is_sentence(text[end:span_end]):
            end = span_end
        found.append(
            Mark(kind="clutter", block=mark.block, start=mark.start, end=end, reason=mark.reason)
        )
    return _thin(document, found)


def _trailer_clutter(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """The clutter pieces closing the last paragraph (:func:`_peel_trailer`)."""
    return [m for m in _peel_trailer(document, marks) if m.kind == "clutter"]


#: The clutter steps, in order; each sees the marks of the steps before it.
CLUTTER_RECOGNISERS: tuple[Recogniser, ...] = (
    Recogniser("own-line", _own_lines),
    Recogniser("headed-runs", _headed_runs),
    Recogniser("glued", _glued),
    Recogniser("related-links", _related),
    Recogniser("trailer", _trailer_clutter),
)


# --------------------------------------------------------------------------
# Bylines


def parse_people(text: str, role: str | None = None) -> tuple[Person, ...]:
    """Parse a credit line, dropping academic titles and an affiliation.

    >>> [p.name for p in parse_people("Oleh: Dr. Andi Wijaya, S.H., M.H. (Pengamat Hukum)")]
    ['Andi Wijaya']
    >>> [(p.name, p.role) for p in parse_people("Penulis: BUDI SANTOSO | Editor: Ani Lestari")]
    [('Budi Santoso', 'author'), ('Ani Lestari', 'editor')]
    """
    return bylines.parse_byline(text, role=role)  # which drops the titles itself


def _credible(people: Sequence[Person]) -> bool:
    """Every name is a few capitalised words."""
    return bool(people) and all(
        len(p.name.split()) <= 6
        and all(w[:1].isupper() or not w[:1].isalpha() for w in p.name.split())
        for p in people
    )


# --------------------------------------------------------------------------
# Metadata recognisers

_CAPTION = regex.compile(
    r"^(?:(?:Foto|FOTO|Ilustrasi|ILUSTRASI)\s{0,2}:\s{0,2}\S.{0,120}"
    r"|.{1,250}\(\s{0,2}(?:Foto|FOTO|Ilustrasi|Dok|DOK|Dokumentasi|Ist|IST|Istimewa)\b[^()]{0,80}\)\.?)$"
)
_CAPTION_LABELS = ("Foto", "FOTO", "Ilustrasi", "ILUSTRASI")
_TAGDIV_META = regex.compile(
    rf"^(?P<label>Oleh|OLEH|By|BY)\s{{1,3}}(?P<name>{_NAME})\s{{0,3}}(?P<date>[-–—|•]\s{{0,3}}.{{6,60}})$"
)


def _captions(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Photo captions and credits: ``figcaption`` blocks, ``Foto: ...`` lines and
    lines closed by ``(Foto: ...)`` / ``(Dok. ...)`` / ``(Ist)``."""
    taken = marks_by_block(marks)
    found: list[Mark] = []
    for block in document.blocks:
        if block.index in taken or len(block.text) > _LINE_LIMIT:
            continue
        if block.tag == "figcaption" or (
            # a cheap test first: _CAPTION needs its label at the start or a ")"
            (block.text.startswith(_CAPTION_LABELS) or ")" in block.text)
            and _CAPTION.match(block.text, timeout=REGEX_TIMEOUT)
            and not _SIGNATURE.search(block.text, timeout=REGEX_TIMEOUT)
        ):
            found.append(Mark(kind="caption", block=block.index))
    return found


def _tagdiv_meta_line(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """The 2018-era line under the title: ``Oleh Lukman Hakim - Agustus 15, 2018``."""
    taken = marks_by_block(marks)
    for block in document.blocks[:12]:
        if block.index in taken or len(block.text) > 120:
            continue
        if not block.text.startswith(("Oleh", "OLEH", "By", "BY")):  # _TAGDIV_META's labels
            continue
        m = _TAGDIV_META.match(block.text, timeout=REGEX_TIMEOUT)
        if m is None:
            continue
        value = dates.parse_date_line(m.group("date"))
        if value is None:
            continue
        people = (Person(name=bylines.proper_case(m.group("name")), role="author"),)
        return [
            Mark(kind="byline", block=block.index, start=0, end=m.end("name"), persons=people),
            Mark(kind="published", block=block.index, start=m.start("date"), published=value),
        ]
    return []


def _page_author(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """On a page, the block that is exactly ``<meta name="author">`` (the AMP byline)."""
    author = " ".join(document.meta.get("author", "").split())
    if document.kind != "html" or not author or _NAME_RE.search(author, timeout=REGEX_TIMEOUT):
        return []
    taken = marks_by_block(marks)
    for block in document.blocks:
        if block.index not in taken and block.text.casefold() == author.casefold():
            people = parse_people(author, role="author")
            if _credible(people):
                return [Mark(kind="byline", block=block.index, persons=people)]
    return []


def _credit_lines(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """``Penulis: ...`` / ``Editor: ...`` / ``Oleh: ...`` lines (not ``Foto:``)."""
    taken = marks_by_block(marks)
    found: list[Mark] = []
    for block in document.blocks:
        if block.index in taken or len(block.text) > 200:
            continue
        m = bylines.BYLINE_LINE.match(block.text, timeout=REGEX_TIMEOUT)
        if m is None or m.group("label").casefold().startswith("foto"):
            continue
        people = parse_people(block.text)
        if _credible(people):
            found.append(Mark(kind="byline", block=block.index, persons=people))
    return found


def _date_at_end(text: str) -> int | None:
    """Where a date line that closes ``text`` starts (with its time), or None."""
    found = [f for f in dates.find_dates(text) if isinstance(f.value, date)]
    if not found:
        return None
    last = found[-1]
    if text[last.end :].strip(" |•-–—,"):
        return None
    if dates.parse_date_line(text[last.start :]) is None:
        return None
    return last.start


def _one_line_opening(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """One-line text: the title, the date line and a credit glued before the dateline.

    ``<title> [<date line>] JurnalPatroliNews – Place – <body>`` and
    ``Penulis: Name JurnalPatroliNews – ...``. The place-first form
    (``<title> Jakarta, JurnalPatroliNews –``) is left alone: where the title
    ends and the place begins cannot be told.
    """
    if document.kind != "text":
        return []
    taken = marks_by_block(marks)
    first_free = next(
        (b.index for b in document.blocks if free_spans(b, taken.get(b.index, ()))), -1
    )
    for block in document.blocks[:_HEAD_BLOCKS]:
        m = _SIGNATURE.search(block.text, 0, min(len(block.text), 400), timeout=REGEX_TIMEOUT)
        if m is None:
            continue
        before = block.text[: m.start()].rstrip()
        if not before or before.endswith((",", "(")):
            return []
        found: list[Mark] = []
        spans = [
            (s, min(e, m.start()))
            for s, e in free_spans(block, taken.get(block.index, ()))
            if s < m.start()
        ]
        for number, (start, end) in enumerate(spans):
            piece = block.text[start:end]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if not piece:
                continue
            start += lead
            stop = start + len(piece)
            if _CAPTION.match(piece, timeout=REGEX_TIMEOUT) and piece.startswith(("Foto", "FOTO")):
                found.append(Mark(kind="caption", block=block.index, start=start, end=stop))
                continue
            if _CREDIT_WHOLE.match(piece, timeout=REGEX_TIMEOUT):
                people = parse_people(piece)
                if _credible(people):
                    found.append(Mark(kind="byline", block=block.index, start=start, end=stop,
                                      persons=people))  # fmt: skip
                continue
            date_start = _date_at_end(piece)
            title = piece if date_start is None else piece[:date_start].rstrip(" |•-–—,")
            first = number == 0 and block.index == first_free
            if title and first and title[:1].isupper() and looks_like_title(title):
                found.append(
                    Mark(kind="title", block=block.index, start=start, end=start + len(title))
                )
            elif title:
                continue
            if date_start is not None:
                value = dates.parse_date_line(piece[date_start:])
                found.append(Mark(kind="published", block=block.index,
                                  start=start + len(title), end=stop, published=value))  # fmt: skip
        return found
    return []


def _trailing_credits(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Credit lines closing the last paragraph (:func:`_peel_trailer`)."""
    return [m for m in _peel_trailer(document, marks) if m.kind == "byline"]


#: The metadata steps, in order; each sees the marks of the steps before it.
METADATA_RECOGNISERS: tuple[Recogniser, ...] = (
    Recogniser("page-author", _page_author),
    Recogniser("tagdiv-meta-line", _tagdiv_meta_line),
    Recogniser("captions", _captions),
    Recogniser("credit-lines", _credit_lines),
    Recogniser("one-line-opening", _one_line_opening),
    Recogniser("trailing-credits", _trailing_credits),
)


def _run(steps: Iterable[Recogniser], document: Document, marks: Sequence[Mark]) -> list[Mark]:
    current = list(marks)
    found: list[Mark] = []
    for step in steps:
        new = step.find(document, current)
        found.extend(new)
        current.extend(new)
    return found


# --------------------------------------------------------------------------
# Hooks


@hookimpl
def newsnorm_outlets() -> list[Outlet]:
    """Declare the JurnalPatroliNews outlet."""
    return [OUTLET]


_SITE_META = ("og:site_name", "application-name", "publisher", "article:publisher", "twitter:site")


@hookimpl
def newsnorm_detect(document: Document) -> Detection | None:
    """Recognise the outlet by its dateline, its site name, or its trailer."""
    # Every text signature names the outlet: a cheap look for "patrol" comes first.
    head = "\n".join(b.text[:600] for b in document.blocks[:_HEAD_BLOCKS])
    if "patrol" in head.lower() and _SIGNATURE.search(head, timeout=REGEX_TIMEOUT):
        return Detection(outlet=OUTLET.name, score=0.9, reason="JurnalPatroliNews dateline")
    for key in _SITE_META:
        value = document.meta.get(key, "").strip().lstrip("@")
        if value and _NAME_ONLY.fullmatch(value, timeout=REGEX_TIMEOUT):
            return Detection(outlet=OUTLET.name, score=0.9, reason=f"{key} JurnalPatroliNews")
    for block in document.blocks[-8:]:
        if "patrol" not in block.text.lower():
            continue
        text = block.text[:_LINE_LIMIT]
        promo = _GOOGLE_NEWS.search(text, timeout=REGEX_TIMEOUT)
        if (
            _COPYRIGHT.search(text, timeout=REGEX_TIMEOUT)
            or (promo and _NAME_RE.search(promo.group(0), timeout=REGEX_TIMEOUT))
            or _NAME_ONLY.fullmatch(block.text, timeout=REGEX_TIMEOUT)
        ):
            return Detection(outlet=OUTLET.name, score=0.7, reason="JurnalPatroliNews trailer")
    return None


@hookimpl
def newsnorm_mark_clutter(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark the outlet's clutter (:data:`CLUTTER_RECOGNISERS`)."""
    return _run(CLUTTER_RECOGNISERS, document, marks)


@hookimpl
def newsnorm_mark_metadata(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark captions, bylines, the date line and a glued title (:data:`METADATA_RECOGNISERS`)."""
    return _run(METADATA_RECOGNISERS, document, marks)


@hookimpl
def newsnorm_parse_dateline(text: str) -> Dateline | None:
    """The outlet's datelines (:data:`DATELINE_FORMS`), first form that matches."""
    for form in DATELINE_FORMS:
        found = form.parse(text)
        if found is not None:
            return found
    return None


@hookimpl
def newsnorm_parse_byline(text: str, role: str | None) -> tuple[Person, ...]:
    """Parse a credit line with :func:`parse_people` (academic titles dropped)."""
    return parse_people(text, role=role)


# --------------------------------------------------------------------------------------
# Pages (HTML input)

#: The article on desktop pages of the JNews theme: ``div.jeg_inner_content`` holds the
#: ``h1``, the author and date lines, the featured image with its caption, the share bar,
#: the content, the tags, the previous/next links, the author box and the comment form;
#: the body alone (``div.content-inner``) has no ``<article>`` around it, so the generic
#: fallback would lose the header. AMP pages (``article.amp-wp-article`` of the AMP
#: plugin and of AMP for WP) are left to the generic fallback, which picks the ``<article>``.
CONTAINER = "div.jeg_inner_content"


@hookimpl
def newsnorm_html_container() -> str:
    """The element that holds a JurnalPatroliNews article on a page: :data:`CONTAINER`."""
    return CONTAINER
