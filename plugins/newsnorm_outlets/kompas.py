"""Kompas: kompas.com (all its subdomains), kompas.id (the daily) and kompas.tv.

Where each Kompas convention is handled. Every recogniser is a small named
piece (compiled patterns plus a function) tried in order, so a new layout is
an addition, not an edit:

**Detection** (:func:`newsnorm_detect`)
    a block in the head that opens with a Kompas dateline
    (:data:`DATELINE_FORMS`, 0.85-0.9; a mixed-case ``Kompas.com -`` needs a
    place, 0.7), the ``Kompas.com - 28/05/2025, 13:30 WIB`` date line (0.9),
    ``og:site_name`` (0.9), or a Kompas footer in the tail
    (``#JernihBerkomentar``, the WhatsApp channel and Telegram promos, the
    Kompas Cyber Media copyright: 0.8; ``Download aplikasi Kompas.com``, an
    ``Artikel ini telah tayang di Kompas.com`` trailer: 0.7). English under a
    Kompas dateline (the kompas.id English edition) gets ``language="en"``.

**Datelines** (:func:`newsnorm_parse_dateline`, :data:`DATELINE_FORMS`)
    kompas.com ``ASTANA, KOMPAS.com - `` and, with no place, ``KOMPAS.com- ``
    (any dash, missing spaces); kompas.tv ``JAKARTA, KOMPAS.TV - `` and the
    scraped form whose dash was lost (``JAKARTA, KOMPAS.TV  Satuan ...``);
    kompas.id and the printed daily ``JAKARTA, KOMPAS — `` (place required).

**Clutter** (:func:`newsnorm_mark_clutter`), own-line or glued anywhere in
one-line scraper text (:data:`CLUTTER_RULES`; matches of one rule separated
only by white space become one removal):
    the ``#JernihBerkomentar`` comment programme (``comment-prompt``); the
    WhatsApp channel, Telegram group and Google News invitations
    (``social-follow``); ``Download aplikasi Kompas.com ...`` and its
    Android/iOS links (``app-promo``); ``Baca berita tanpa iklan. Gabung
    Kompas.com+`` (``advert``); ``Lihat Foto``, ``Halaman Selanjutnya`` and
    ``Halaman: 1 2 Selanjutnya`` (``navigation``, also one item per line); the
    copyright line; ``Diperbarui 28/05/2025, 14:05 WIB`` (``update-date``: an
    update time, never the publication date). Whole lines only
    (:data:`LINE_RULES`): kompas.id's ``· 4 menit baca`` (``reading-time``),
    ``Bagikan`` (``share-bar``), ``Iklan`` (``advert``), its app logos
    (``logo``). Syndication (``syndication``): ``Artikel ini telah tayang di
    TribunJabar.id dengan judul ..., <url>.``, ``... di Kompas.com dengan
    judul "...", Klik untuk baca: <url>.`` and ``Sumber: Kompas TV`` lines.
    After a trailer naming another outlet (the Tribun network) the
    ``Penulis: ... | Editor: ...`` credit that follows credits that outlet's
    original and is ``syndication`` too; after a Kompas trailer (a Kompas
    story copied elsewhere) the credit is Kompas's own and stays a byline.
    ``Baca juga:`` links go through :func:`newsnorm.clutter.related_links`,
    with glued photo captions kept out of the headline search.

**Metadata** (:func:`newsnorm_mark_metadata`)
    the date line ``Kompas.com - 28/05/2025, 13:30 WIB`` (``published``, own
    line or glued; the title is the line just before it); the kompas.com "Tim
    Redaksi" credit block (``Irfan Kamil,`` / ``Robertus Belarminus`` / ``Tim
    Redaksi``, optionally followed by the pairs ``Irfan Kamil`` / ``Penulis``,
    which give the roles; without them the last name is the editor and the
    others authors); the 2019-2023 credit line without colons (``Penulis
    Irfan Kamil | Editor Robertus Belarminus``); the regional trailer
    ``SUMBER: KOMPAS.com (Penulis: ... | Editor: ...)``; kompas.id's label on
    one line and name on the next (``Oleh`` / ``NAMA``, ``Editor:`` / a name
    or a user name kept as written); on kompas.id the title and the
    one-sentence deck under it (``lead``); photo captions: a line closed by
    its credit (``... (KOMPAS.com/NAMA)``), a credit alone on a line (and, for
    kompas.id's ``KOMPAS/NAMA``, the caption under it), the line between
    ``Lihat Foto`` and a credit line, and a credit glued to a one-sentence
    caption in scraper text (``RIZKY SANTOSO / AFP`` + ``PM Malaysia di Putrajaya.``).
    Wire sources closing a paragraph (``(AP/AFP/REUTERS)``) are not credits.
    Labelled bylines (``Penulis : Irfan Kamil``, ``Editor: ...``, ``Oleh
    NAMA``) and other date lines are left to the generic plugin.

**Bylines** (:func:`newsnorm_parse_byline`)
    a regional writer credited as ``Penulis : Kontributor Baubau, Defriatno
    Neke`` is the one person ``Defriatno Neke``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import attrs
import regex

from newsnorm import Outlet, bylines, clutter, datelines, dates, hookimpl, html, pagemeta
from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Block, Detection, Document, Mark, free_spans, marks_by_block
from newsnorm.generic import looks_like_title
from newsnorm.language import words as letter_words
from newsnorm.model import Article, Dateline, Person

__all__ = [
    "CLUTTER_RULES",
    "DATELINE_FORMS",
    "LINE_RULES",
    "OUTLET",
    "ClutterRule",
    "DatelineForm",
    "LineRule",
    "newsnorm_detect",
    "newsnorm_finalize",
    "newsnorm_html_container",
    "newsnorm_mark_clutter",
    "newsnorm_mark_metadata",
    "newsnorm_outlets",
    "newsnorm_parse_byline",
    "newsnorm_parse_dateline",
]

#: The outlet: kompas.com and its subdomains, the daily's kompas.id, kompas.tv.
_HOSTS = ("kompas.com", "kompas.id", "kompas.tv")
# The ignore: mypy cannot solve the type variable of Outlet.hosts' ``converter=tuple``.
OUTLET = Outlet(name="kompas", title="Kompas", hosts=_HOSTS, language="id")

_PLUGIN = "kompas"
_HEAD_BLOCKS = 15  # blocks searched for the dateline and the date line
_SIGNATURE_CHARS = 3000  # characters of the head/tail searched for signatures


def _words(*words: str) -> str:
    """A phrase pattern: the words with flexible white space between them."""
    return r"\s{1,3}".join(words)


# --------------------------------------------------------------------------
# Datelines


@attrs.frozen
class DatelineForm:
    """One way Kompas opens a story.

    :param name: a short label (used in detection reasons).
    :param pattern: a compiled pattern anchored at the start of a paragraph,
        with groups ``place`` (optional) and ``source``.
    :param score: the detection score when the head opens with this form.
    """

    name: str
    pattern: regex.Pattern[str]
    score: float


_PLACE = datelines.PLACE
#: kompas.com with a place: ``ASTANA, KOMPAS.com - ``, ``BANDAR LAMPUNG, KOMPAS.com- ``.
_COM_PLACE = regex.compile(
    rf"^(?P<place>{_PLACE}),\s{{0,3}}(?P<source>(?i:KOMPAS\.com))\s{{0,2}}(?:{datelines.DASH}|:\s)"
)
#: kompas.com without a place: ``KOMPAS.com - ``, ``KOMPAS.com- `` (regional copies, features).
_COM_ALONE = regex.compile(rf"^(?P<source>(?i:KOMPAS\.com)){datelines.DASH}")
#: kompas.tv: ``JAKARTA, KOMPAS.TV - `` or ``KOMPAS.TV - ``.
_TV = regex.compile(
    rf"^(?:(?P<place>{_PLACE}),\s{{0,3}})?(?P<source>(?i:KOMPAS\.TV)){datelines.DASH}"
)
#: kompas.tv scraped with its dash lost: ``JAKARTA, KOMPAS.TV  Satuan ...`` (the core
#: folds the two spaces into one before the dateline is parsed).
_TV_NO_DASH = regex.compile(
    rf"^(?P<place>{_PLACE}),\s{{0,3}}(?P<source>(?i:KOMPAS\.TV))\s{{1,3}}(?=\p{{Lu}})"
)
#: kompas.id and the printed daily: ``JAKARTA, KOMPAS — `` (a place is required).
_DAILY = regex.compile(
    rf"^(?P<place>{_PLACE}),\s{{0,3}}(?P<source>(?i:KOMPAS))(?![.\w])\s{{0,2}}{datelines.DASH}"
)

#: The dateline forms, tried in this order.
DATELINE_FORMS: tuple[DatelineForm, ...] = (
    DatelineForm("kompas.com", _COM_PLACE, 0.9),
    DatelineForm("kompas.com, no place", _COM_ALONE, 0.9),
    DatelineForm("kompas.tv", _TV, 0.9),
    DatelineForm("kompas.tv, dash lost", _TV_NO_DASH, 0.85),
    DatelineForm("kompas.id", _DAILY, 0.85),
)


def _names_kompas(text: str) -> bool:
    """``"ompa" in text.lower()`` (what :func:`_match_dateline` looks for), quicker on long text.

    ``bytes.lower`` folds only ASCII, and no character beyond ASCII lower-cases
    to one of these letters (only ``İ`` and the Kelvin sign lower-case to
    ASCII: ``i``, ``k``), so the answer is the same.
    """
    return b"ompa" in text.encode("utf-8", "surrogatepass").lower()


def _match_dateline(text: str) -> tuple[DatelineForm, Dateline] | None:
    """The first :data:`DATELINE_FORMS` entry that opens ``text``, and its Dateline."""
    head = text[:300]
    if "ompa" not in head.lower():
        return None  # every form names Kompas (a cheap check before the patterns)
    for form in DATELINE_FORMS:
        m = form.pattern.match(head, timeout=REGEX_TIMEOUT)
        if m is None:
            continue
        place = m.groupdict().get("place")
        return form, Dateline(
            text=m.group(0),
            place=datelines.place_case(place) if place else None,
            source=m.group("source"),
        )
    return None


# --------------------------------------------------------------------------
# The date line and the update line

_NUMERIC_OR_NAMED_DATE = r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s{1,2}\p{L}{3,10}\.?\s{1,2}\d{4})"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s{0,2}(?:WIB|WITA|WIT))?"
#: ``Kompas.com - 28/05/2025, 13:30 WIB`` (the outlet's date line; glued anywhere).
_DATE_LINE = regex.compile(
    rf"(?<![\w.])(?:Kompas|KOMPAS)\.(?:com|id|tv|TV)\s{{0,2}}[-\u2013\u2014,|]\s{{0,3}}"
    rf"{_NUMERIC_OR_NAMED_DATE}\s{{0,2}}[,|]?\s{{0,3}}{_CLOCK}"
)
#: ``Diperbarui 28/05/2025, 14:05 WIB``: an update time, not the publication date.
_UPDATED = regex.compile(
    rf"\bDiperbarui\s{{0,3}}:?\s{{0,3}}{_NUMERIC_OR_NAMED_DATE}\s{{0,2}},?\s{{0,3}}(?:{_CLOCK})?"
)


# --------------------------------------------------------------------------
# Clutter rules


@attrs.frozen
class ClutterRule:
    """Clutter Kompas adds to articles, found anywhere in the free text.

    :param name: what it is, for maintainers.
    :param pattern: a compiled pattern; each match is marked. Matches of the
        same rule separated only by white space become one mark (the three
        sentences of the WhatsApp promo, a comment block glued into one line).
    :param reason: the clutter reason.
    :param hints: substrings one of which a block must hold to be searched
        (a cheap pre-filter for long inputs).
    """

    name: str
    pattern: regex.Pattern[str]
    reason: str
    hints: tuple[str, ...]


_JERNIH = "#JernihBerkomentar"
_COMMENT_PROGRAMME = regex.compile(
    _words("Tulis", "komentarmu", "dengan", "tagar")
    + rf"\s{{0,3}}{_JERNIH}(?:\s{{1,3}}dan\s{{1,3}}menangkan[^!\n]{{0,150}}?pemenang\s{{0,2}}!?)?"
    r"|Syarat\s{0,3}&\s{0,3}Ketentuan(?=\s{0,3}Periksa\s)"
    "|" + _words("Periksa", "kembali", "dan", "lengkapi", "data", "dirimu") + r"\s{0,2}\.?"
    "|"
    + _words("Data", "dirimu", "akan", "digunakan", "untuk", "verifikasi", "akun")
    + r"[^\n]{0,200}?akunmu\s{0,2}\.?"
    "|"
    + _words("Segera", "lengkapi", "data", "dirimu", "untuk", "ikutan", "program")
    + rf"\s{{1,3}}{_JERNIH}\s{{0,2}}\.?"
)
_SYARAT_LINE = regex.compile(r"Syarat\s{0,3}&\s{0,3}Ketentuan")
_WHATSAPP = regex.compile(
    _words("Simak", "breaking", "news", "dan", "berita", "pilihan", "kami", "langsung", "di")
    + r"\s{1,3}ponselmu\s{0,2}\.?"
    "|"
    + _words("Pilih", "saluran", "andalanmu", "akses", "berita", r"Kompas\.com", "WhatsApp")
    + r"\s{1,3}Channel\s{0,3}:?\s{0,3}"
    r"(?:https?://(?:www\.)?whatsapp\.com/channel/[A-Za-z0-9]{1,60}\s{0,2}\.?)?"
    "|"
    + _words("Pastikan", "kamu", "sudah", "install", "aplikasi", "WhatsApp", "ya")
    + r"\s{0,2}\.?"
)
_TELEGRAM = regex.compile(
    _words("Dapatkan", "update", "berita", "pilihan", "dan", "breaking", "news", "setiap", "hari")
    + r"\s{1,3}dari\s{1,3}Kompas\.com\s{0,2}\.?"
    "|"
    + _words("Mari", "bergabung", "di", "Grup", "Telegram")
    + r"\s{0,3}[\"“]?Kompas\.com\s{1,3}News\s{1,3}Update[\"”]?\s{0,3},?\s{0,3}"
    r"caranya\s{1,3}klik\s{1,3}link\s{0,3}(?:https?://t\.me/[A-Za-z0-9_]{1,60})?\s{0,3},?\s{0,3}"
    r"kemudian\s{1,3}join\s{0,2}\.?"
    "|"
    + _words("Anda", "harus", "install", "aplikasi", "Telegram", "terlebih")
    + r"\s{1,3}(?:dulu|dahulu)\s{1,3}di\s{1,3}ponsel(?:\s{1,3}[Aa]nda)?\s{0,2}\.?"
)
_GOOGLE_NEWS = regex.compile(
    r"\b(?:Ikuti|Simak|Dapatkan|Follow)\b[^.!?\n]{0,100}?\bKompas\.com\b[^.!?\n]{0,30}?"
    r"\bGoogle\s{1,3}News\b[^.!?\n]{0,80}[.!]?"
)
_APP_LINK = (
    r"(?:Android|iOS)\s{0,2}:\s{0,2}https?://(?:bit\.ly|apple\.co|kmp\.im)/[A-Za-z0-9_]{1,40}"
)
_APP_PROMO = regex.compile(
    _words("Download", "aplikasi", r"Kompas\.com", "untuk", "akses", "berita", "lebih", "mudah")
    + rf"\s{{1,3}}dan\s{{1,3}}cepat\s{{0,3}}:?(?:\s{{0,3}}{_APP_LINK}){{0,2}}"
    rf"|(?<![\w/]){_APP_LINK}"
)
_PLUS_ADVERT = regex.compile(
    _words("Baca", "berita", "tanpa", "iklan") + r"\s{0,2}\.\s{0,3}Gabung\s{1,3}Kompas\.com\+"
    r"|Kompascom\+\s{1,3}baca\s{1,3}berita\s{1,3}tanpa\s{1,3}iklan\s{0,2}:\s{0,3}"
    r"https?://kmp\.im/[A-Za-z0-9_]{1,40}"
)
#: ``Lihat Foto``: the link that opens the photo gallery (own line or glued).
_LIHAT_FOTO = regex.compile(r"\bLihat\s{1,3}Foto(?=\p{Lu}|\s{1,3}\p{Lu}|\s{0,3}$|\s{0,3}\()")
_PAGINATION = regex.compile(
    r"\bHalaman\s{0,2}:\s{0,3}(?:Sebelumnya\s{1,3})?\d{1,3}(?:\s{1,3}\d{1,3}){0,20}"
    r"(?:\s{1,3}(?:Selanjutnya|Berikutnya))?"
    r"|\bHalaman\s{1,3}(?:Selanjutnya|Berikutnya|Sebelumnya)\b"
)
_COPYRIGHT = regex.compile(
    r"(?:Copyright|©)\s{0,3}(?:©\s{0,3})?\d{4}(?:\s{0,3}[-\u2013]\s{0,3}\d{4})?\s{1,3}"
    r"PT\.?\s{1,3}Kompas\s{1,3}Cyber\s{1,3}Media(?:\s{0,3}\([^()\n]{0,80}\))?\s{0,3}\.?"
    r"(?:\s{0,3}All\s{1,3}Rights\s{1,3}Reserved\s{0,2}\.?)?"
)

#: Clutter found by pattern, in the order the rules run.
CLUTTER_RULES: tuple[ClutterRule, ...] = (
    ClutterRule("#JernihBerkomentar programme", _COMMENT_PROGRAMME, "comment-prompt",
                ("JernihBerkomentar", "data dirimu", "Ketentuan", "dirimu")),
    ClutterRule("WhatsApp channel", _WHATSAPP, "social-follow", ("ponselmu", "WhatsApp")),
    ClutterRule("Telegram group", _TELEGRAM, "social-follow", ("Telegram", "breaking news")),
    ClutterRule("Google News", _GOOGLE_NEWS, "social-follow", ("Google",)),
    ClutterRule("app download", _APP_PROMO, "app-promo", ("aplikasi", "Android", "iOS")),
    ClutterRule("Kompas.com+ membership", _PLUS_ADVERT, "advert", ("iklan",)),
    ClutterRule("Lihat Foto", _LIHAT_FOTO, "navigation", ("Foto",)),
    ClutterRule("pagination", _PAGINATION, "navigation", ("Halaman",)),
    ClutterRule("copyright", _COPYRIGHT, "copyright", ("Kompas Cyber",)),
    ClutterRule("update time", _UPDATED, "update-date", ("Diperbarui",)),
)  # fmt: skip

#: Own-line pieces of pagination that follow a ``Halaman:`` line.
#: The longest own-line piece: a :data:`LINE_RULES` line, ``Syarat & Ketentuan`` or
#: ``Halaman:`` (longer blocks are not tried against them).
_SHORT_LINE = 60
_PAGE_PIECE = regex.compile(
    r"^(?:Halaman\s{0,2}:?|\d{1,3}|Selanjutnya|Sebelumnya|Berikutnya"
    r"|Tampilkan\s{1,3}[Ss]emua|Show\s{1,3}All)$"
)
_HALAMAN_ALONE = regex.compile(r"^Halaman\s{0,2}:?$")


@attrs.frozen
class LineRule:
    """Clutter that is a whole line of its own (never glued into a sentence).

    :param name: what it is, for maintainers.
    :param pattern: matched against the whole block.
    :param reason: the clutter reason.
    """

    name: str
    pattern: regex.Pattern[str]
    reason: str


#: Whole-line clutter of the kompas.id and kompas.com page furniture.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("kompas.id reading time", regex.compile(
        r"[·•]?\s{0,2}\d{1,3}\s{1,2}menit\s{1,2}baca"), "reading-time"),
    LineRule("share button", regex.compile(r"Bagikan(?:\s{0,2}:)?"), "share-bar"),
    LineRule("advert label", regex.compile(r"Iklan|ADVERTISEMENT|Advertisement"), "advert"),
    LineRule("kompas.id app logos", regex.compile(
        r"Logo\s{1,2}Kompas|Logo\s{1,2}ios\s{0,2}Logo\s{1,2}android"), "logo"),
)  # fmt: skip

#: ``Artikel ini telah tayang di <site> dengan judul <title>``, with what follows:
#: Kompas's ``, Klik untuk baca: <url>``, Tribun's ``, <url>``, or nothing.
_TRAILER = regex.compile(
    r"(?:\b(?:Sebagian|SEBAGIAN)\s{1,3})?\b(?:[Aa]rtikel|ARTIKEL|[Bb]erita)\s{1,3}ini\s{1,3}"
    r"(?:telah|sudah)\s{1,3}(?:tayang|terbit|dimuat)\s{1,3}di\s{1,3}(?P<site>[\w.\-]{2,60}?)"
    r"\s{0,3}dengan\s{1,3}judul"
    r"(?:[^\n]{0,400}?Klik\s{1,3}untuk\s{1,3}baca\s{0,3}:\s{0,3}https?://\S{1,300}"
    r"|[^\n]{0,400}?,\s{0,3}https?://\S{1,300}"
    r"|[^\n]{0,400}?(?=\s{0,3}(?:Penulis|Editor|Pewarta)\s{0,2}:|$))"
)
#: ``Sumber: Kompas TV``, ``Sumber : Kompas.com/Antara`` on a line of its own (a data source
#: such as ``Sumber: BPS`` under a table is left alone).
_SOURCE_LINE = regex.compile(
    r"^(?:Sumber|SUMBER)\s{0,2}:\s{0,3}(?i:Kompas\s?TV|Kompas\.(?:com|id|tv)|Harian\s{1,2}Kompas"
    r"|Kompas)(?:\s{0,2}[/,&]\s{0,2}[\w .\-]{2,40})?\s{0,2}$"
)


# --------------------------------------------------------------------------
# Captions and credits

#: Who a photo is credited to (in capitals, as Kompas writes them, or as-is).
_AGENCY = (
    r"(?:KOMPAS\.com|KOMPAS\.COM|Kompas\.com|KOMPAS\.id|KOMPAS\.TV|KOMPAS|SHUTTERSTOCK"
    r"|Shutterstock|AFP|REUTERS|Reuters|AP|EPA(?:-EFE)?|ANTARA\s?FOTO|ANTARA|XINHUA|Xinhua"
    r"|ANADOLU|GETTY\s?IMAGES|Getty\s?Images|ISTOCKPHOTO|iStockphoto|iStock|FREEPIK|Freepik"
    r"|UNSPLASH|Unsplash|PEXELS|Pexels|WIKIMEDIA\s?COMMONS|Wikimedia\s?Commons|TRIBUNNEWS"
    r"|Tribunnews)"
)
_CAPS_WORD = r"\p{Lu}[\p{Lu}'’.\-]{0,25}"
_CAPS_NAME = rf"(?:{_CAPS_WORD}\s){{0,3}}{_CAPS_WORD}"
_DOK = r"(?:DOK|Dok|DOKUMENTASI|Dokumentasi)\.?\s{1,2}"
#: A credit in parentheses closing a caption line: ``(KOMPAS.com/Syakirun Ni'am)``.
_CREDIT_AT_END = regex.compile(
    rf"\(\s{{0,2}}(?:{_AGENCY}\s{{0,2}}/\s{{0,2}}[^()\n]{{1,80}}|{_DOK}[^()\n]{{1,80}})\)\s{{0,2}}\.?$"
)
#: A credit alone on a line: ``(KOMPAS.com/NAMA)``, ``SHUTTERSTOCK/NAMA``, ``RIZKY SANTOSO / AFP``.
_CREDIT_LINE = regex.compile(
    rf"^\(?\s{{0,2}}(?:{_AGENCY}\s{{0,2}}/\s{{0,2}}[^()\n/]{{1,60}}|{_CAPS_NAME}\s{{0,2}}/\s{{0,2}}"
    rf"{_AGENCY}|{_DOK}[^()\n]{{1,60}})\s{{0,2}}\)?$"
)
#: A credit glued to its caption in scraper text: ``RIZKY SANTOSO / AFPPM Malaysia tiba.``,
#: ``KOMPAS.com/IRFAN KAMILSuasana sidang ...``; the caption is one sentence.
_GLUED_CAPTION = regex.compile(
    rf"(?<![\p{{L}}\d])(?:{_CAPS_NAME}\s{{0,2}}/\s{{0,2}}(?:KOMPAS\.com|KOMPAS|SHUTTERSTOCK|AFP|REUTERS"
    rf"|AP|EPA(?:-EFE)?|ANTARA\s?FOTO|ANTARA|XINHUA|ANADOLU|GETTY\s?IMAGES)"
    rf"|(?:KOMPAS\.com|KOMPAS|SHUTTERSTOCK|AFP|REUTERS|ANTARA\s?FOTO)\s{{0,2}}/\s{{0,2}}{_CAPS_NAME}"
    rf"(?=\p{{Lu}}\p{{Ll}}))"
    rf"\s{{0,2}}\p{{Lu}}[^.!?\n]{{0,300}}[.!?]"
)
#: Wire services: ``(AFP/REUTERS)`` at the end of a paragraph names the story's
#: sources, not a photographer.
_WIRES = frozenset(
    {"afp", "ap", "reuters", "epa", "epa-efe", "antara", "xinhua", "anadolu", "bbc", "cnn",
     "al jazeera", "aljazeera", "kompas", "kompas.com", "kompas.id", "kompas.tv", "yonhap",
     "kyodo", "bernama", "tass", "dpa", "ansa"}
)  # fmt: skip
_WIRE_PARENS = regex.compile(r"\(([^()\n]{1,80})\)\s{0,2}\.?$")


def _only_wires(text: str) -> bool:
    """Whether the parentheses closing ``text`` hold only wire services (``AP/AFP/REUTERS``)."""
    m = _WIRE_PARENS.search(text[-90:], timeout=REGEX_TIMEOUT)
    if m is None:
        return False
    parts = [" ".join(p.split()).lower() for p in m.group(1).split("/")]
    return all(p in _WIRES for p in parts)


def _may_hold_credit(text: str) -> bool:
    """A cheap look before the credit patterns: every credit has a ``/`` or a ``DOK`` label."""
    return "/" in text or "Dok" in text or "DOK" in text


def _ends_with_credit(text: str) -> bool:
    """A caption line closed by its photo credit, ``... (KOMPAS.com/Syakirun Ni'am)``."""
    if not _may_hold_credit(text):
        return False
    return bool(_CREDIT_AT_END.search(text, timeout=REGEX_TIMEOUT)) and not _only_wires(text)


def _is_credit_line(text: str) -> bool:
    """A photo credit alone on its line (not a wire attribution such as ``(AFP/REUTERS)``)."""
    if not _may_hold_credit(text) or not _CREDIT_LINE.match(text, timeout=REGEX_TIMEOUT):
        return False
    bare = text.strip("() .")
    return not all(" ".join(p.split()).lower() in _WIRES for p in bare.split("/"))


#: A free span that starts right after a ``Lihat Foto`` mark.
_LIHAT_FOTO_BEFORE = regex.compile(r"Lihat\s{1,3}Foto\s{0,3}$")
#: After a glued ``Lihat Foto``: the caption up to its parenthesised credit.
_CAPTION_TO_CREDIT = regex.compile(
    rf"\s{{0,3}}[^()\n]{{1,500}}?\(\s{{0,2}}(?:{_AGENCY}\s{{0,2}}/|{_DOK})[^()\n]{{1,80}}\)"
)

# --------------------------------------------------------------------------
# Credit blocks

_ROLE_WORDS = {
    "penulis": "author",
    "editor": "editor",
    "penyunting": "editor",
    "kontributor": "contributor",
    "reporter": "reporter",
    "fotografer": "photographer",
    "videografer": "photographer",
}
_ROLE_LINE = regex.compile(
    r"^(?P<role>Penulis|Editor|Penyunting|Kontributor|Reporter|Fotografer|Videografer)$"
)
_TIM_REDAKSI = regex.compile(r"^Tim\s{1,2}Redaksi$")
_NAME_LINE = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}'’.\-]{0,30}(?:\s{1,2}[\p{L}'’.\-]{1,30}){0,5})\s{0,2}(?P<comma>,)?$"
)
_NAME_PARTICLES = frozenset({"bin", "binti", "van", "der", "de", "von", "al", "el", "da"})


def _name_line(text: str) -> tuple[str, bool] | None:
    """A line that is one person's name (``Irfan Kamil,``): the name and whether a comma ends it.

    Every word is capitalised (or a particle such as ``bin``), so a headline
    such as ``Banjir Rendam Jalan di Bekasi`` is not taken for a name.
    """
    m = _NAME_LINE.match(text, timeout=REGEX_TIMEOUT)
    if m is None or _ROLE_LINE.match(text, timeout=REGEX_TIMEOUT):
        return None
    name = m.group("name")
    if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in name.split()):
        return None
    return name, m.group("comma") is not None


#: A credit label alone on its line, the name on the next (kompas.id): ``Oleh``, ``Editor:``.
_LABEL_ALONE = regex.compile(r"^(?P<label>Oleh|By|Editor|Penyunting)\s{0,2}:?$")
_LABEL_WORDS = ("Oleh", "By", "Editor", "Penyunting")


def _label_alone(text: str) -> regex.Match[str] | None:
    """:data:`_LABEL_ALONE` on ``text``, after a cheap look at how the line starts."""
    if not text.startswith(_LABEL_WORDS):
        return None
    return _LABEL_ALONE.match(text, timeout=REGEX_TIMEOUT)


#: kompas.id sometimes shows the editor's user name: ``yohaneskrisnawan``.
_USERNAME = regex.compile(r"^[a-z][a-z0-9._]{2,40}$")
#: The 2019-2023 credit line: ``Penulis Irfan Kamil | Editor Robertus Belarminus``.
_NO_COLON_CREDIT = regex.compile(
    r"^(?:Penulis|Editor)\s{1,3}(?!:)[^|:\n]{2,80}?"
    r"(?:\s{0,2}\|\s{0,2}(?:Penulis|Editor)\s{1,3}(?!:)[^|:\n]{2,80}?){0,3}\s{0,2}$"
)
_NO_COLON_LABEL = regex.compile(r"(?:^|(?<=\|\s{0,2}))(?P<label>Penulis|Editor)\s{1,3}")
#: ``SUMBER: KOMPAS.com (Penulis: Agie Permadi | Editor : Aprillia Ika)``.
_SOURCE_CREDIT = regex.compile(
    r"(?:^|(?<=\s))(?:SUMBER|Sumber)\s{0,2}:\s{0,3}(?:KOMPAS|Kompas)\.com\s{0,3}"
    r"\((?P<credit>\s{0,2}(?:Penulis|Editor)\s{0,2}:[^()\n]{1,200})\)\s{0,2}\.?"
)
#: ``Kontributor Baubau, `` before a regional writer's name.
_CONTRIBUTOR_PLACE = regex.compile(
    r"\bKontributor\s{1,3}\p{Lu}[\p{L}.'’\-]{1,30}(?:\s\p{Lu}[\p{L}.'’\-]{1,30}){0,2}\s{0,2},\s{0,3}"
    r"(?=\p{Lu})"
)

# --------------------------------------------------------------------------
# Detection signatures

_TAIL_SIGNATURES: tuple[tuple[regex.Pattern[str], float, str], ...] = (
    (regex.compile(_JERNIH), 0.8, "#JernihBerkomentar comment programme"),
    (regex.compile(r"akses\s{1,3}berita\s{1,3}Kompas\.com\s{1,3}WhatsApp\s{1,3}Channel"), 0.8,
     "Kompas.com WhatsApp channel promo"),
    (regex.compile(r"Grup\s{1,3}Telegram\s{0,3}[\"“]?Kompas\.com\s{1,3}News\s{1,3}Update"), 0.8,
     "Kompas.com Telegram promo"),
    (_COPYRIGHT, 0.8, "Kompas Cyber Media copyright"),
    (regex.compile(r"Download\s{1,3}aplikasi\s{1,3}Kompas\.com"), 0.7, "Kompas.com app promo"),
    (regex.compile(r"(?:tayang|terbit)\s{1,3}di\s{1,3}Kompas\.com\s{1,3}dengan\s{1,3}judul"), 0.7,
     "Kompas.com syndication trailer"),
)  # fmt: skip
_EN_LIST = (
    "the of and to in is that for on with was were has have are by from as its this said "
    "will would which their been"
)
_ID_LIST = (
    "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh "
    "bahwa adalah telah sudah"
)
_EN_WORDS = frozenset(_EN_LIST.split())
_ID_WORDS = frozenset(_ID_LIST.split())


def _is_english(text: str) -> bool:
    """Whether ``text`` (its first 2,000 characters) reads as English."""
    words = letter_words(text[:2000])
    english = sum(map(_EN_WORDS.__contains__, words))
    indonesian = sum(map(_ID_WORDS.__contains__, words))
    return english >= 6 and english > 2 * indonesian


# --------------------------------------------------------------------------
# Helpers


class _Taken:
    """Marks by block (incoming and new), kept current as marks are added."""

    def __init__(self, marks: Sequence[Mark]) -> None:
        self.index = marks_by_block(marks)
        self.new: list[Mark] = []

    def add(self, mark: Mark) -> None:
        self.index.setdefault(mark.block, []).append(mark)
        self.new.append(mark)

    def free(self, block: Block) -> list[tuple[int, int]]:
        return free_spans(block, self.index.get(block.index, ()))

    def whole_free(self, block: Block) -> bool:
        """No mark touches ``block``."""
        return block.index not in self.index


def _scan(
    document: Document,
    taken: _Taken,
    pattern: regex.Pattern[str],
    hints: tuple[str, ...],
) -> list[list[tuple[int, int]]]:
    """The match spans of ``pattern`` in each block's free text, adjacent ones merged.

    :return: one list of ``(start, end)`` per block (empty when none).
    """
    found: list[list[tuple[int, int]]] = []
    for block in document.blocks:
        spans: list[tuple[int, int]] = []
        found.append(spans)
        text = block.text
        if hints and not any(h in text for h in hints):
            continue
        for start, end in taken.free(block):
            for m in list(pattern.finditer(text, start, end, timeout=REGEX_TIMEOUT)):
                if m.end() <= m.start():
                    continue
                if spans and spans[-1][1] >= start and not text[spans[-1][1] : m.start()].strip():
                    spans[-1] = (spans[-1][0], m.end())
                else:
                    spans.append((m.start(), m.end()))
    return found


def _mark(
    kind: str,
    block: Block,
    start: int,
    end: int,
    *,
    reason: str | None = None,
    persons: tuple[Person, ...] | None = None,
    published: date | None = None,
) -> Mark:
    """A mark on ``block.text[start:end]``; a span covering the whole block has no offsets."""
    text = block.text
    if not text[:start].strip() and not text[end:].strip():
        start, end_or_none = 0, None
    else:
        end_or_none = end
    return Mark(
        kind=kind,
        block=block.index,
        start=start,
        end=end_or_none,
        reason=reason,
        persons=persons,
        published=published,
    )


def _is_dateline_paragraph(text: str) -> bool:
    """Whether ``text`` opens with a Kompas dateline."""
    return "ompas" in text[:300].lower() and _match_dateline(text) is not None


# --------------------------------------------------------------------------
# Hooks


@hookimpl
def newsnorm_outlets() -> list[Outlet]:
    """Declare the Kompas outlet."""
    return [OUTLET]


@hookimpl
def newsnorm_detect(document: Document) -> Detection | None:
    """Recognise Kompas by its dateline, its date line, its footers or ``og:site_name``."""
    best: Detection | None = None

    def offer(score: float, reason: str) -> None:
        nonlocal best
        if best is None or score > best.score:
            best = Detection(outlet=OUTLET.name, score=score, reason=reason)

    opener = ""
    head_blocks = document.head(_HEAD_BLOCKS)
    # Every dateline names Kompas: a cheap look at the whole head before each block's.
    for block in document.blocks[:_HEAD_BLOCKS] if _names_kompas(head_blocks) else ():
        found = _match_dateline(block.text)
        if found is None:
            continue
        form, dateline = found
        exact = dateline.source in ("KOMPAS.com", "KOMPAS.TV", "KOMPAS")
        if exact or dateline.place is not None:  # "Kompas.com - ..." alone may be a sentence
            offer(form.score if exact else 0.7, f"{form.name} dateline")
            opener = block.text
        break
    site = document.meta.get("og:site_name", "").strip().lower()
    if site in ("kompas.com", "kompas.id", "kompas.tv", "kompas tv", "harian kompas"):
        offer(0.9, f"og:site_name {site}")
    head = head_blocks[:_SIGNATURE_CHARS]
    # Cheap looks for the names the patterns hold come first.
    named = "ompas." in head or "OMPAS." in head
    if named and _DATE_LINE.search(head, timeout=REGEX_TIMEOUT):
        offer(0.9, "Kompas.com date line")
    tail = document.tail(10)[-_SIGNATURE_CHARS:]
    signed = "Kompas" in tail or _JERNIH in tail  # every tail signature holds one of them
    for pattern, score, reason in _TAIL_SIGNATURES if signed else ():
        if pattern.search(tail, timeout=REGEX_TIMEOUT):
            offer(score, reason)
            break
    if best is None:
        return None
    if opener and _is_english(opener + " " + head):
        return attrs.evolve(best, language="en")
    return best


def _related_and_trailers(document: Document, taken: _Taken) -> None:
    """Syndication trailers (and the foreign credit after them), then ``Baca juga:`` links."""
    blocks = document.blocks
    for block in blocks:
        text = block.text
        if "judul" not in text:
            continue
        for start, end in taken.free(block):
            m = _TRAILER.search(text, start, end, timeout=REGEX_TIMEOUT)
            if m is None:
                continue
            stop = m.end()
            foreign = "kompas" not in m.group("site").lower()
            rest = text[stop:end]
            if (
                foreign
                and rest.strip()
                and bylines.BYLINE_LINE.match(rest.strip(), timeout=REGEX_TIMEOUT)
            ):
                stop = end
            taken.add(_mark("clutter", block, m.start(), stop, reason="syndication"))
            if foreign and stop == len(text):
                for follower in blocks[block.index + 1 : block.index + 4]:
                    if not taken.whole_free(follower) or not bylines.BYLINE_LINE.match(
                        follower.text, timeout=REGEX_TIMEOUT
                    ):
                        break
                    taken.add(Mark(kind="clutter", block=follower.index, reason="syndication"))
            break
    for block in blocks:
        if (
            block.text.startswith(("Sumber", "SUMBER"))  # what _SOURCE_LINE opens with
            and taken.whole_free(block)
            and _SOURCE_LINE.match(block.text, timeout=REGEX_TIMEOUT)
        ):
            taken.add(Mark(kind="clutter", block=block.index, reason="syndication"))
    # Glued captions are kept out of the related-link search, so that a headline
    # with no clear end cannot swallow them (they are marked in mark_metadata).
    reserved = [m for block_marks in taken.index.values() for m in block_marks]
    for block in blocks:
        if "/" not in block.text:
            continue
        for start, end in taken.free(block):
            found = list(_GLUED_CAPTION.finditer(block.text, start, end, timeout=REGEX_TIMEOUT))
            reserved.extend(
                Mark(kind="caption", block=block.index, start=m.start(), end=m.end()) for m in found
            )
    for mark in clutter.related_links(document, reserved):
        taken.add(mark)


@hookimpl
def newsnorm_mark_clutter(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark Kompas's clutter (see :data:`CLUTTER_RULES` and the module docstring)."""
    taken = _Taken(marks)
    blocks = document.blocks
    # A rule none of whose hints occurs anywhere in the text can match no block.
    whole_text = "\n".join(block.text for block in blocks)
    for rule in CLUTTER_RULES:
        if rule.hints and not any(h in whole_text for h in rule.hints):
            continue
        for index, spans in enumerate(_scan(document, taken, rule.pattern, rule.hints)):
            for start, end in spans:
                taken.add(_mark("clutter", blocks[index], start, end, reason=rule.reason))
    # Own-line pieces, some of which only make sense beside their neighbours.
    for block in blocks:
        if not taken.whole_free(block) or len(block.text) > _SHORT_LINE:
            continue
        text = block.text
        line_rule = _line_rule(text)
        if line_rule is not None:
            taken.add(Mark(kind="clutter", block=block.index, reason=line_rule.reason))
        elif _SYARAT_LINE.fullmatch(text, timeout=REGEX_TIMEOUT):
            around = " ".join(b.text for b in blocks[max(0, block.index - 1) : block.index + 2])
            if _JERNIH in around or "data dirimu" in around:
                taken.add(Mark(kind="clutter", block=block.index, reason="comment-prompt"))
        elif _HALAMAN_ALONE.match(text, timeout=REGEX_TIMEOUT):
            taken.add(Mark(kind="clutter", block=block.index, reason="navigation"))
            for follower in blocks[block.index + 1 : block.index + 25]:
                if not taken.whole_free(follower) or not _PAGE_PIECE.match(
                    follower.text, timeout=REGEX_TIMEOUT
                ):
                    break
                taken.add(Mark(kind="clutter", block=follower.index, reason="navigation"))
    _related_and_trailers(document, taken)
    return taken.new


def _line_rule(text: str) -> LineRule | None:
    """The :data:`LINE_RULES` entry that ``text`` (a whole block) is, if any."""
    if len(text) > _SHORT_LINE:
        return None
    return next((r for r in LINE_RULES if r.pattern.fullmatch(text, timeout=REGEX_TIMEOUT)), None)


def _names_before(blocks: Sequence[Block], at: int, taken: _Taken) -> list[tuple[Block, str]]:
    """The name lines of a "Tim Redaksi" block ending just before block ``at``."""
    names: list[tuple[Block, str]] = []
    for j in range(at - 1, max(-1, at - 9), -1):
        block = blocks[j]
        found = _name_line(block.text)
        if found is None or not taken.whole_free(block):
            break
        if names and not found[1]:
            break  # every name but the last ends with a comma
        names.append((block, found[0]))
    names.reverse()
    return names


def _credit_block(document: Document, taken: _Taken) -> None:
    """The kompas.com "Tim Redaksi" credit block and the name/role pairs after it."""
    blocks = document.blocks
    for block in blocks:
        if (
            not block.text.startswith("Tim")  # a cheap look before the pattern
            or not taken.whole_free(block)
            or not _TIM_REDAKSI.match(block.text, timeout=REGEX_TIMEOUT)
        ):
            continue
        names = _names_before(blocks, block.index, taken)
        pairs = _name_role_pairs(blocks, block.index + 1)
        known = {name.casefold(): role for _, _, name, role in pairs}
        for i, (name_block, name) in enumerate(names):
            guess = "editor" if len(names) > 1 and i == len(names) - 1 else "author"
            person = Person(name=bylines.proper_case(name), role=known.get(name.casefold(), guess))
            taken.add(Mark(kind="byline", block=name_block.index, persons=(person,)))
        taken.add(Mark(kind="byline", block=block.index, persons=()))
        for name_block, role_block, name, role in pairs:
            person = Person(name=bylines.proper_case(name), role=role)
            taken.add(Mark(kind="byline", block=name_block.index, persons=(person,)))
            taken.add(Mark(kind="byline", block=role_block.index, persons=()))
        return


def _name_role_pairs(blocks: Sequence[Block], start: int) -> list[tuple[Block, Block, str, str]]:
    """The ``Irfan Kamil`` / ``Penulis`` line pairs from block ``start`` on."""
    pairs: list[tuple[Block, Block, str, str]] = []
    k = start
    while k + 1 < len(blocks) and len(pairs) < 8:
        found = _name_line(blocks[k].text)
        role_match = _ROLE_LINE.match(blocks[k + 1].text, timeout=REGEX_TIMEOUT)
        if found is None or role_match is None:
            break
        role = _ROLE_WORDS[role_match.group("role").lower()]
        pairs.append((blocks[k], blocks[k + 1], found[0], role))
        k += 2
    return pairs


def _credit_lines(document: Document, taken: _Taken) -> None:
    """``Penulis X | Editor Y`` (no colons) and ``SUMBER: KOMPAS.com (Penulis: ...)``."""
    for block in document.blocks:
        text = block.text
        free = len(text) <= 300 and taken.whole_free(block)
        if (
            free
            and text.startswith(("Penulis", "Editor"))  # a cheap look before the pattern
            and _NO_COLON_CREDIT.match(text, timeout=REGEX_TIMEOUT)
        ):
            labelled = _NO_COLON_LABEL.sub(r"\g<label>: ", text, timeout=REGEX_TIMEOUT)
            people = _parse_people(labelled, None)
            if people:
                taken.add(Mark(kind="byline", block=block.index, persons=people))
                continue
        if "(" not in text or ("SUMBER" not in text and "Sumber" not in text):
            continue
        for start, end in taken.free(block):
            m = _SOURCE_CREDIT.search(text, start, end, timeout=REGEX_TIMEOUT)
            if m is not None:
                people = _parse_people(m.group("credit"), None)
                taken.add(_mark("byline", block, m.start(), m.end(), persons=people))
                break


def _captions(document: Document, taken: _Taken) -> None:
    """Photo captions and credits: after ``Lihat Foto``, ending in a credit, alone, or glued.

    A credit alone on a line without parentheses (kompas.id's ``KOMPAS/NAMA``)
    is followed by its caption, which is marked too. The line after ``Lihat
    Foto`` is a caption when its credit ends it or follows on the next line.
    """
    blocks = document.blocks
    after_credit = False
    for block in blocks:
        text = block.text
        if taken.whole_free(block) and len(text) <= 600 and not _is_dateline_paragraph(text):
            credit_line = _is_credit_line(text)
            if (
                after_credit
                or credit_line
                or _ends_with_credit(text)
                or _credit_follows_lihat_foto(blocks, block.index)
            ):
                taken.add(Mark(kind="caption", block=block.index))
                after_credit = credit_line and not text.startswith("(") and not after_credit
                continue
        after_credit = False
        if "Foto" in text:
            for start, end in taken.free(block):
                if not _LIHAT_FOTO_BEFORE.search(
                    text, max(0, start - 16), start, timeout=REGEX_TIMEOUT
                ):
                    continue
                c = _CAPTION_TO_CREDIT.match(text, start, end, timeout=REGEX_TIMEOUT)
                if c is not None:
                    first = start + len(c.group(0)) - len(c.group(0).lstrip())
                    taken.add(Mark(kind="caption", block=block.index, start=first, end=c.end()))
        if "/" in text:
            for start, end in taken.free(block):
                for m in list(_GLUED_CAPTION.finditer(text, start, end, timeout=REGEX_TIMEOUT)):
                    taken.add(Mark(kind="caption", block=block.index, start=m.start(), end=m.end()))


def _credit_follows_lihat_foto(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index`` sits between a ``Lihat Foto`` line and a credit line."""
    if index == 0 or index + 1 >= len(blocks) or not blocks[index - 1].text.startswith("Lihat"):
        return False
    return bool(
        _LIHAT_FOTO.fullmatch(blocks[index - 1].text, timeout=REGEX_TIMEOUT)
        and _is_credit_line(blocks[index + 1].text)
    )


def _label_pairs(document: Document, taken: _Taken) -> None:
    """kompas.id credits: a label alone on a line (``Oleh``, ``Editor:``) and the name under it."""
    blocks = document.blocks
    for block in blocks[:-1]:
        label = _label_alone(block.text)
        if label is None or not taken.whole_free(block):
            continue
        follower = blocks[block.index + 1]
        found = _name_line(follower.text)
        username = _USERNAME.match(follower.text, timeout=REGEX_TIMEOUT)
        if not taken.whole_free(follower) or (found is None and username is None):
            continue
        # A user name (``yohaneskrisnawan``) is kept as written: it is not a name in capitals.
        written = bylines.proper_case(found[0]) if found is not None else follower.text
        role = bylines.ROLE_LABELS.get(label.group("label").lower(), "author")
        person = Person(name=written, role=role)
        taken.add(Mark(kind="byline", block=block.index, persons=()))
        taken.add(Mark(kind="byline", block=follower.index, persons=(person,)))


def _date_line(document: Document, taken: _Taken) -> int | None:
    """Mark the first ``Kompas.com - 28/05/2025, 13:30 WIB``; return its block index."""
    for block in document.blocks:
        if "ompas." not in block.text and "OMPAS." not in block.text:
            continue
        for start, end in taken.free(block):
            m = _DATE_LINE.search(block.text, start, end, timeout=REGEX_TIMEOUT)
            if m is None:
                continue
            value = dates.parse_date_line(m.group(0))
            taken.add(_mark("published", block, m.start(), m.end(), published=value))
            return block.index
    return None


def _title_and_lead(document: Document, taken: _Taken, date_block: int | None) -> None:
    """The title: the line just before the kompas.com date line.

    On kompas.id (a ``JAKARTA, KOMPAS —`` dateline, an ``Oleh`` line or a
    reading time in the head) the title is the first line and the one
    sentence between it and the credits is the deck (``lead``).
    """
    blocks = document.blocks
    if date_block is not None and date_block > 0:
        title = blocks[date_block - 1]
        if taken.whole_free(title) and looks_like_title(title.text):
            taken.add(Mark(kind="title", block=title.index))
        return
    anchor = next((b.index for b in blocks[:_HEAD_BLOCKS] if _is_kompas_id_anchor(b, taken)), None)
    if anchor is None:
        return
    free = [b for b in blocks[:anchor] if taken.whole_free(b)]
    if not free or not looks_like_title(free[0].text):
        return
    taken.add(Mark(kind="title", block=free[0].index))
    decks = [b for b in free[1:] if b.text.endswith((".", "?", "!")) and len(b.text) <= 400]
    if len(decks) == 1:
        taken.add(Mark(kind="lead", block=decks[0].index))


def _is_kompas_id_anchor(block: Block, taken: _Taken) -> bool:
    """Whether ``block`` is where kompas.id's article head ends (credits or dateline)."""
    head = block.text[:300]
    if "ompa" in head.lower() and _DAILY.match(head, timeout=REGEX_TIMEOUT):  # names Kompas
        return True
    if _label_alone(block.text):
        return True
    return any(m.reason == "reading-time" for m in taken.index.get(block.index, ()))


@hookimpl
def newsnorm_mark_metadata(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark the date line, the title (and kompas.id deck), credits and photo captions."""
    taken = _Taken(marks)
    date_block = _date_line(document, taken)
    _credit_block(document, taken)
    _credit_lines(document, taken)
    _label_pairs(document, taken)
    _captions(document, taken)
    if not any(m.kind == "title" for m in marks):
        _title_and_lead(document, taken, date_block)
    return taken.new


@hookimpl
def newsnorm_parse_dateline(text: str) -> Dateline | None:
    """Kompas datelines (:data:`DATELINE_FORMS`)."""
    found = _match_dateline(text)
    return None if found is None else found[1]


def _parse_people(text: str, role: str | None) -> tuple[Person, ...]:
    """:func:`newsnorm.bylines.parse_byline`, with ``Kontributor Place,`` dropped."""
    return bylines.parse_byline(_CONTRIBUTOR_PLACE.sub("", text, timeout=REGEX_TIMEOUT), role=role)


@hookimpl
def newsnorm_parse_byline(text: str, role: str | None) -> tuple[Person, ...] | None:
    """``Penulis : Kontributor Baubau, Defriatno Neke`` is one person, Defriatno Neke."""
    if "Kontributor" not in text or not _CONTRIBUTOR_PLACE.search(text, timeout=REGEX_TIMEOUT):
        return None
    return _parse_people(text, role)


# --------------------------------------------------------------------------
# Pages (HTML input)

#: The article body on kompas.com desktop pages, AMP pages and kompas.id.
CONTAINER = "div.read__content, div.read__article, div.amp-read__content, div.article-content"


@hookimpl
def newsnorm_html_container() -> str:
    """The element that holds a Kompas article: :data:`CONTAINER`."""
    return CONTAINER


@hookimpl
def newsnorm_finalize(article: Article, document: Document) -> Article | None:
    """On a page, the credits, caption and time outside the article container.

    ``content_author`` (Penulis, the author) and ``content_editor`` (Editor)
    when the text gave no credit, or on AMP pages the ``div.read__author``
    line; the lead photo's ``div.photo__caption``; ``content_PublishedDate``
    (local time, to the second) refines a visible ``13:30`` date line;
    ``content_subcategory`` is the section (``Nasional``).
    """
    if document.kind != "html":
        return None
    meta = document.meta
    people = list(article.authors)
    if not people:
        for name, role in (
            (meta.get("content_author"), "author"),
            (meta.get("content_editor"), "editor"),
        ):
            for person in bylines.split_names(name or ""):
                people.append(Person(name=bylines.proper_case(person), role=role))
    tree = document.tree
    if not any(p.role == "editor" for p in people) and tree is not None:
        # AMP pages: ``Penulis NAME | Editor NAME`` above the container, no content_* meta
        lines = html.select(tree, "div.read__author")
        if lines:
            credit = _NO_COLON_LABEL.sub(
                r"\g<label>: ", html.text_of(lines[0]), timeout=REGEX_TIMEOUT
            )
            for credited in bylines.parse_byline(credit):
                if all((p.name, p.role) != (credited.name, credited.role) for p in people):
                    people.append(credited)
    captions = list(article.captions)
    if tree is not None:  # the lead photo's caption sits above the container
        for element in reversed(html.select(tree, "div.photo__caption")):
            caption = html.text_of(element)
            if caption and caption not in captions:
                captions.insert(0, caption)
    published, warning = pagemeta.choose_published(
        article.published, pagemeta.page_published(document, ("content_PublishedDate",))
    )
    return attrs.evolve(
        article,
        authors=tuple(people),
        captions=tuple(captions),
        published=published,
        section=article.section or meta.get("content_subcategory") or None,
        warnings=(*article.warnings, warning) if warning else article.warnings,
    )
