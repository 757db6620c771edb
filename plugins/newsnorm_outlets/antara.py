"""Antara: Kantor Berita ANTARA (antaranews.com, its regional sites and the English edition).

Hosts: ``antaranews.com`` with its regional subdomains (``jatim.``, ``jateng.``,
``kalbar.``, ``sumbar.``, ``bali.``, ``megapolitan.`` ...) and the English edition
``en.antaranews.com`` (language ``en``), plus ``antaranews.co.id``. Antara copy is
syndicated widely, so a copy on another site (a WordPress blog, say) is
recognised by its text and handled here too.

What an Antara article looks like as text, and where this module handles it:

Detection (:func:`newsnorm_detect`)
    A block near the top that opens with an Antara dateline (0.9), or the
    dateline inside a one-line text (0.85); the ``COPYRIGHT © ANTARA`` line or the
    AI-crawling notice in the tail (0.9); an ``ANTARA FOTO/`` credit (0.6); a
    ``Pewarta:`` plus ``Editor:`` credit pair in the tail (0.55). An ``en.`` host,
    or English text after the dateline, gives ``language="en"``.

Header (:data:`HEADER_LAYOUTS`, tried in order)
    ``multi-line``: the title, the date line (``Jumat, 27 Mei 2022 15:12 WIB``,
    older pages ``... WIB | 1.987 Views``; English ``Friday, May 27, 2022 15:12
    WIB``), a photo caption, on syndicating sites a lone comment count (``0``),
    and a standfirst paragraph, all above the *dateline paragraph* (the first
    paragraph that opens with an Antara dateline). The paragraph right before
    the dateline paragraph, after the title, is the lead; nothing is taken as
    the lead when no dateline paragraph follows. Features carry ``Oleh Name``
    there. On an HTML page the title is the ``h1``; page text above it is
    ``navigation``. ``one-line``: a scraper's text where title, date line and
    body are one line (``Judul Jumat, 27 Mei 2022 15:12 WIB Jakarta (ANTARA) -
    ...``): the pieces before the dateline are marked as spans of that line.

Datelines (:data:`DATELINE_FORMS`, :func:`parse_dateline`)
    ``Jakarta (ANTARA) - `` with a hyphen, en dash or em dash and any spacing;
    regional ``Surabaya (ANTARA) -`` and older ``(ANTARA Jatim)``; older
    ``Jakarta (ANTARA News) -`` and ``Jakarta, (ANTARA News) -``; capitals
    ``JAKARTA (ANTARA) -`` (place put into proper case); two-part places
    ``Sleman, DIY (ANTARA) -``; no place ``(ANTARA) -``; the English edition's
    features ``Jakarta, Dec 29, 2018 (Antara) -``; the 2000s' day and month
    ``Jakarta, 16/6 (ANTARA) -``. The source is kept as written.

Credits (:func:`_mark_credits`)
    At the end: ``Pewarta: A``, ``Editor: B``, ``Penerjemah: C``, ``Pewarta foto:
    D`` (photographer), English ``Reporter:``/``Editor:``/``Translator:``; several
    names as ``A/B`` or ``A, B``; on their own lines, on one line, or glued to the
    end of the last paragraph (even with no space, ``Budi SantosoEditor: Ani``).
    Names are split here (the labels may be glued) and put into proper case; an
    empty label (``Editor:``) is a credit line with no person.

Clutter (:data:`CLUTTER_RECOGNISERS`)
    ``COPYRIGHT © ANTARA 2022`` and the AI-crawling notice (``Dilarang keras
    mengambil konten ... Kantor Berita ANTARA.``) → ``copyright``; ``Baca juga:``,
    ``Berita Terkait:``, English ``Also read:``/``Related news:`` → ``related-link``
    (own line, or glued: see :func:`_link_end` for where a glued, sentence-case
    headline ends); WordPress comment-form trailers of syndicating sites
    (``Leave A Reply``, ``Your email address will not be published.``,
    ``Tinggalkan Balasan`` ... and the field labels after them) →
    ``comment-form``; the lone comment count in the header and ``3 Komentar``
    lines → ``comment-count``; ``Sumber: ANTARA`` on a syndicating site →
    ``syndication``; the end mark ``(*)`` of older stories → ``end-mark``.

Captions (:func:`_mark_captions`)
    A paragraph that ends with an Antara photo credit (``(ANTARA/HO-Kedubes
    Kazakhstan)``, ``ANTARA FOTO/Name/abc.``) and HTML ``figcaption``.

Dates (:func:`newsnorm_find_dates`, :func:`newsnorm_finalize`)
    The core's date finder, plus ``Minggu pagi`` (Sunday morning), which the core
    leaves alone because ``minggu`` also means "week". The English edition's
    articles get ``language="en"`` also when the outlet was forced.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from datetime import date

import attrs
import regex

from newsnorm import Outlet, bylines, clutter, datelines, dates, hookimpl
from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Block, Detection, Document, Mark, free_spans, marks_by_block
from newsnorm.generic import looks_like_title
from newsnorm.language import words as letter_words
from newsnorm.model import Article, Dateline, Person

__all__ = [
    "CLUTTER_RECOGNISERS",
    "CONTAINER",
    "DATELINE_FORMS",
    "HEADER_LAYOUTS",
    "OUTLET",
    "SOURCE",
    "DatelineForm",
    "is_english",
    "newsnorm_detect",
    "newsnorm_finalize",
    "newsnorm_find_dates",
    "newsnorm_html_container",
    "newsnorm_mark_clutter",
    "newsnorm_mark_metadata",
    "newsnorm_outlets",
    "newsnorm_parse_dateline",
    "parse_dateline",
]

_HOSTS = ("antaranews.com", "antaranews.co.id")
# The ignore: mypy cannot solve the type variable of Outlet.hosts' ``converter=tuple``.
OUTLET = Outlet(name="antara", title="Antara", hosts=_HOSTS, language="id")

# ---------------------------------------------------------------------------------------
# Vocabulary

_REGIONS = (
    "Aceh|Babel|Bali|Banten|Bengkulu|Gorontalo|Jabar|Jambi|Jateng|Jatim|Jogja|Kalbar|Kalsel|"
    "Kalteng|Kaltim|Kaltara|Kepri|Lampung|Malut|Maluku|Megapolitan|NTB|NTT|Papua\\s{1,2}Barat|"
    "Papua|Riau|Sulbar|Sulsel|Sulteng|Sultra|Sulut|Sumbar|Sumsel|Sumut|Yogyakarta|Yogya"
)

#: The source as Antara writes it in a dateline (matched ignoring case):
#: ``ANTARA``, ``ANTARA News``, ``ANTARA Jatim``, ``Antaranews Bali``.
SOURCE = rf"(?:ANTARA(?:\s{{0,2}}News)?|Antaranews(?:\.com)?)(?:\s{{1,2}}(?:{_REGIONS}))?"
_SRC = f"(?i:{SOURCE})"
_PLACE = datelines.PLACE
_DASH = datelines.DASH

_EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATELINE_DATE = (
    rf"(?:{_EN_MONTH}\s{{1,3}}\d{{1,2}}(?:\s{{0,2}},\s{{0,3}}\d{{4}})?"
    r"|\d{1,2}\s{0,2}/\s{0,2}\d{1,2}(?:\s{0,2}/\s{0,2}\d{2,4})?"  # 31/12/2021, 16/6 (2000s)
    r"|\d{1,2}\s{1,3}\p{Lu}\p{Ll}{2,8}(?:\s{1,3}\d{4})?)"
)


@attrs.frozen
class DatelineForm:
    """One way Antara writes a dateline: a name and an anchored pattern with groups
    ``place`` (or ``place2``) and ``source``."""

    name: str
    pattern: regex.Pattern[str]


#: The dateline forms, tried in order by :func:`parse_dateline`.
DATELINE_FORMS: tuple[DatelineForm, ...] = (
    # Jakarta (ANTARA) - / Sleman, DIY (ANTARA) – / JAKARTA (ANTARA News) —
    DatelineForm("place-source", datelines.dateline_pattern(SOURCE, place_required=True)),
    # Jakarta, (ANTARA News) - (2000s)
    DatelineForm(
        "place-comma-source",
        regex.compile(
            rf"^(?P<place>{_PLACE}),\s{{0,3}}\(\s{{0,2}}(?P<source>{_SRC})\s{{0,2}}\){_DASH}"
        ),
    ),
    # Jakarta, Dec 29, 2018 (Antara) - / Jakarta, 31/12/2021 (ANTARA) - (English features)
    # Jakarta, 16/6 (ANTARA) - (the 2000s' day/month)
    DatelineForm(
        "place-date-source",
        regex.compile(
            rf"^(?P<place>{_PLACE}),\s{{0,3}}{_DATELINE_DATE}\s{{0,3}}"
            rf"\(\s{{0,2}}(?P<source>{_SRC})\s{{0,2}}\){_DASH}"
        ),
    ),
    # (ANTARA) - : no place
    DatelineForm(
        "source-only", regex.compile(rf"^\(\s{{0,2}}(?P<source>{_SRC})\s{{0,2}}\){_DASH}")
    ),
)

# "(ANTARA) -" anywhere: where a dateline sits inside a one-line text.
_DATELINE_ANCHOR = regex.compile(rf"\(\s{{0,2}}{_SRC}\s{{0,2}}\){_DASH}(?=\S)")
# A capitalised word right before the anchor: the signature used for detection.
_DATELINE_ANYWHERE = regex.compile(
    rf"\p{{Lu}}[\p{{L}}'’.\-]{{0,30}}\s{{0,3}}\(\s{{0,2}}{_SRC}\s{{0,2}}\){_DASH}(?=\S)"
)

_COPYRIGHT = regex.compile(
    r"(?:(?:COPYRIGHT|Copyright)\s{0,3}(?:©|\([cC]\))?|©)\s{0,3}(?:\d{4}\s{1,3})?"
    r"(?:ANTARA|Antara)(?:\s{0,3}(?:News|NEWS))?(?:\s{1,3}\d{4})?\.?"
)
# The AI-crawling notice (2024-): "Dilarang keras mengambil konten, melakukan crawling atau
# pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita
# ANTARA." The middle may vary; it ends at the agency's (or the site's) name.
_AI_NOTICE = regex.compile(
    r"[Dd]ilarang\s{1,3}keras\s{1,3}mengambil\s{1,3}konten\b[^\n]{0,250}?"
    r"(?:Kantor\s{1,3}Berita\s{1,3}(?:ANTARA|Antara)|antaranews\.com)\.?"
)
_LONE_COUNT = regex.compile(r"^\d{1,4}$")
_COMMENT_COUNT = regex.compile(r"^\d{1,5}\s{1,3}(?:Komentar|komentar|Comments?|comments?)$")
_SYNDICATION = regex.compile(
    r"(?:\(\s{0,2})?Sumber\s{0,3}:\s{0,3}(?:ANTARA|Antara)(?:\s{0,2}(?:News|NEWS))?"
    r"(?:\.com)?\s{0,2}\)?\.?\s{0,3}$"
)
_END_MARK = regex.compile(r"(?:^|(?<=\s))\(\*\)\s{0,3}$")

#: Related-article labels: the Indonesian ones plus the English edition's.
_RELATED_LABEL = regex.compile(
    clutter.RELATED_LABEL.pattern
    + r"|(?:\b(?:Also|ALSO)\s{1,3}(?:[Rr]ead|READ)|\b(?:Related|RELATED)\s{1,3}(?:[Nn]ews|NEWS))"
    r"\s{0,3}:\s{0,3}"
)
_WORD = regex.compile(r"\S+")


def _word_set(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``."""
    return frozenset(words.split())


_SENTENCE_BREAK = regex.compile(r"\.[\"”’)]?(?:\s{1,5}\S|\s{0,5}$)|[!?][\"”’)]?\s{1,5}\S|\s[“\"]")
_SENTENCE_ENDINGS = (".", '."', ".”", ".’")
_CAMEL_JOIN = regex.compile(r"\p{Ll}{2}(?=\p{Lu}\p{Ll})|[\p{Ll}\d](?=[“\"]\p{Lu})")
# Capitalised words that open a sentence, not a headline's next word.
_OPENERS = _word_set(
    "Menurut Sementara Selain Dalam Sebelumnya Ia Dia Mereka Kami Kita Saya Pada Namun "
    "Kemudian Adapun Berdasarkan Saat Hal Selanjutnya Sedangkan Bahkan Meski Meskipun "
    "Walaupun Jika Apabila Karena Sehingga Terkait Mengenai Sejak Setelah Sebelum Secara "
    "Kendati Diketahui Disebutkan Sebanyak Oleh Untuk Dengan Di Ini Itu Tak Tidak Lebih "
    "Bagi Hingga Akan Ada "
    "The He She It They We In On At According Meanwhile However This That These Those "
    "Earlier Previously Furthermore Moreover Besides As With For During Since After Before "
    "While If His Her Their Its Based Separately Further Additionally"
)

_CREDIT_LABEL = regex.compile(
    r"(?P<label>Pewarta\s{1,3}[Ff]oto|PEWARTA\s{1,3}FOTO|Pewarta|PEWARTA|Penerjemah|PENERJEMAH"
    r"|Editor|EDITOR|Reporter|REPORTER|Translator|TRANSLATOR|Fotografer|FOTOGRAFER"
    r"|Redaktur|REDAKTUR|Penulis|PENULIS)\s{0,3}:"
)
_NAME_WORD = regex.compile(r"^\p{Lu}[\p{L}'’.\-]{0,30}$|^(?:bin|binti|van|der|de|al)$")
_MAX_NAME_WORDS = 6

_PHOTO_CREDIT = (
    r"(?<!\p{L})(?:ANTARA|Antara)(?:\s{1,2}(?:FOTO|Foto)|\s{0,2}(?:News|NEWS))?\s{0,2}/\s{0,2}"
    r"[^\s()/][^()/\n]{0,60}(?:/[^()/\n]{1,40}){0,2}"
)
_CAPTION_END = regex.compile(
    rf"(?:\(\s{{0,2}}{_PHOTO_CREDIT}\s{{0,2}}\)|(?:(?:Foto|FOTO|Dok\.?)\s{{0,2}}:\s{{0,2}})?"
    rf"{_PHOTO_CREDIT})\s{{0,2}}\.?\s{{0,2}}$"
)
_PHOTO_SIGNATURE = regex.compile(r"(?<!\p{L})ANTARA\s{1,2}FOTO\s{0,2}/")

_WEEKDAYS = (
    "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_MONTHS = (
    "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|"
    "January|February|March|May|June|July|August|October|December"
)
# A date line inside a one-line text (Jumat, 27 Mei 2022 15:12 WIB).
_DATE_LINE = regex.compile(
    rf"(?<!\w)(?:(?:{_WEEKDAYS}),?\s{{1,3}})?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:{_MONTHS})|(?:{_MONTHS})\s{{1,3}}\d{{1,2}},?)"
    r"\s{1,3}\d{4}(?:,?\s{1,3}\d{1,2}[:.]\d{2}(?:\s{1,3}(?:WIB|WITA|WIT))?)?"
    r"(?:\s{0,3}\|\s{0,3}[\d.]{1,9}\s{1,3}(?:Views|views|kali\s{1,3}dibaca))?(?!\w)"
)

_EN_WORDS = _word_set(
    "the of and to in is was for on that with said has have will by as at from its it an be "
    "are were this which would also"
)
_ID_WORDS = _word_set(
    "yang dan di ke dari untuk dengan ini itu pada tidak dalam akan juga kata oleh adalah "
    "bahwa telah sebagai kami mereka"
)

# Minggu (Sunday) before a time of day: "..., Minggu pagi."
_SUNDAY_WITH_TIME = regex.compile(
    r"(?<!\w)(?P<day>Minggu)(?=\s{1,3}(?:pagi|siang|sore|petang|malam|dini\s{1,3}hari)(?!\w))"
)
_HABITUAL = frozenset({"setiap", "tiap", "saban"})

_HEAD_BLOCKS = 20  # how far down the dateline paragraph is looked for
_ONE_LINE_REACH = 1500  # how far into a one-line text the dateline is looked for
_TAIL_CHARS = 4000
_MAX_DATE_LINE = 100
_MIN_LEAD_WORDS = 8
_LINK_REACH = 250


# ---------------------------------------------------------------------------------------
# Shared helpers


class _Taken:
    """The marks accepted so far plus the ones this hook adds, indexed by block."""

    def __init__(self, marks: Sequence[Mark]) -> None:
        self.all: list[Mark] = list(marks)
        self.new: list[Mark] = []
        self.by_block = marks_by_block(marks)

    def add(self, mark: Mark) -> None:
        """Record a new mark."""
        self.all.append(mark)
        self.new.append(mark)
        self.by_block.setdefault(mark.block, []).append(mark)

    def extend(self, marks: Iterable[Mark]) -> None:
        """Record several new marks."""
        for mark in marks:
            self.add(mark)

    def free(self, block: Block) -> list[tuple[int, int]]:
        """The spans of ``block`` no mark covers."""
        return free_spans(block, self.by_block.get(block.index, ()))

    def untouched(self, block: Block) -> bool:
        """Whether no mark at all lies on ``block``."""
        return block.index not in self.by_block


def _search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """``pattern.search`` on ``text[pos:endpos]`` with the regex timeout."""
    end = len(text) if endpos is None else endpos
    return pattern.search(text, pos, end, timeout=REGEX_TIMEOUT)


def _fullmatch(pattern: regex.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches the whole of ``text``."""
    return pattern.fullmatch(text, timeout=REGEX_TIMEOUT) is not None


def parse_dateline(text: str) -> Dateline | None:
    """Recognise an Antara dateline at the start of ``text`` (see :data:`DATELINE_FORMS`).

    >>> parse_dateline("JAKARTA (ANTARA) – Harga beras naik.")
    Dateline(text='JAKARTA (ANTARA) – ', place='Jakarta', source='ANTARA')
    >>> parse_dateline("(ANTARA) - Harga beras naik.")
    Dateline(text='(ANTARA) - ', place=None, source='ANTARA')
    """
    if "antara" not in text[:300].lower():
        return None  # every form names the source (a cheap check before the patterns)
    for form in DATELINE_FORMS:
        found = datelines.match_dateline(form.pattern, text)
        if found is not None:
            return found
    return None


def is_english(text: str) -> bool:
    """Whether ``text`` reads as English rather than Indonesian (common function words).

    >>> is_english("The ministry said on Friday that the program will be extended.")
    True
    >>> is_english("Kementerian mengatakan bahwa program itu akan diperpanjang.")
    False
    """
    words = letter_words(text[:800])
    english = sum(map(_EN_WORDS.__contains__, words))
    indonesian = sum(map(_ID_WORDS.__contains__, words))
    return english >= 3 and english > 2 * indonesian


def _english_host(document: Document) -> bool:
    """Whether the document comes from the English edition (``en.antaranews.com``)."""
    host = document.host or ""
    return host.startswith("en.") and any(host.endswith(h) for h in OUTLET.hosts)


def _dateline_block(document: Document, taken: _Taken) -> int | None:
    """The index of the dateline paragraph: the first block near the top whose text
    (what no mark covers) opens with an Antara dateline."""
    for block in document.blocks[:_HEAD_BLOCKS]:
        spans = taken.free(block)
        if spans:
            start, end = spans[0]
            if parse_dateline(block.text[start:end].lstrip()) is not None:
                return block.index
    return None


def _names_ok(segment: str) -> bool:
    """Whether the text after a credit label is a list of names (or nothing)."""
    names = bylines.split_names(segment)
    if len(segment) > 160 or len(names) > 6:
        return False
    for name in names:
        words = name.split()
        if not 0 < len(words) <= _MAX_NAME_WORDS:
            return False
        if not all(_NAME_WORD.match(w, timeout=REGEX_TIMEOUT) for w in words):
            return False
    return True


def _role(label: str) -> str:
    """The role a credit label stands for (``Pewarta foto`` → ``photographer``)."""
    return bylines.ROLE_LABELS[" ".join(label.lower().split())]


# ---------------------------------------------------------------------------------------
# Detection


@hookimpl
def newsnorm_detect(document: Document) -> Detection | None:
    """Antara's signatures: its dateline, the copyright/AI-notice footer, ``ANTARA FOTO``
    credits, the ``Pewarta:``/``Editor:`` credits; ``en.`` hosts mean the English edition."""
    head_blocks = document.head(_HEAD_BLOCKS)
    head = head_blocks[: _ONE_LINE_REACH * 2]
    tail = document.tail(12)[-_TAIL_CHARS:]
    score, reason = 0.0, ""
    dateline_text = ""
    # The datelines and these patterns all name the agency: a cheap look for
    # "antara" in the whole head comes before the look at each block.
    named_in_head = _names_agency(head_blocks)
    for block in document.blocks[:_HEAD_BLOCKS] if named_in_head else ():
        if parse_dateline(block.text) is not None:
            score, reason, dateline_text = 0.9, "ANTARA dateline", block.text
            break
    if not score and named_in_head:
        first = document.blocks[0].text
        reach = min(len(first), _ONE_LINE_REACH)
        found = None
        if "antara" in first[:reach].lower():
            found = _search(_DATELINE_ANYWHERE, first, 0, reach)
        if found is not None:
            score, reason = 0.85, "ANTARA dateline inside the text"
            dateline_text = first[found.start() : found.start() + 800]
    named_in_tail = _names_agency(tail)
    if score < 0.9 and named_in_tail and (_search(_COPYRIGHT, tail) or _search(_AI_NOTICE, tail)):
        score, reason = 0.9, "ANTARA copyright footer"
    if score < 0.6 and (
        ("ANTARA" in head and _search(_PHOTO_SIGNATURE, head))
        or ("ANTARA" in tail and _search(_PHOTO_SIGNATURE, tail))
    ):
        score, reason = 0.6, "ANTARA FOTO credit"
    if score < 0.55 and _has_credit_pair(tail):
        score, reason = 0.55, "Pewarta/Editor credits"
    if _english_host(document):
        return Detection(outlet="antara", score=1.0, reason="English edition host", language="en")
    if not score:
        return None
    english = bool(dateline_text) and is_english(dateline_text)
    return Detection(
        outlet="antara", score=score, reason=reason, language="en" if english else None
    )


def _names_agency(text: str) -> bool:
    """``"antara" in text.lower()``, quicker on long text.

    ``bytes.lower`` folds only ASCII, and no character beyond ASCII lower-cases
    to one of the word's letters (only ``İ`` and the Kelvin sign lower-case to
    ASCII: ``i``, ``k``), so the answer is the same.
    """
    return b"antara" in text.encode("utf-8", "surrogatepass").lower()


def _has_credit_pair(tail: str) -> bool:
    """Whether ``tail`` credits both a reporter and an editor."""
    reporter = ("Pewarta", "PEWARTA", "Reporter", "REPORTER")
    editor = ("Editor", "EDITOR", "Redaktur", "REDAKTUR")
    if not (any(w in tail for w in reporter) and any(w in tail for w in editor)):
        return False  # a cheap test first: the labels of both roles
    labels = {_role(m.group("label")) for m in _CREDIT_LABEL.finditer(tail, timeout=REGEX_TIMEOUT)}
    return "reporter" in labels and "editor" in labels


# ---------------------------------------------------------------------------------------
# Clutter recognisers: each adds its marks to ``taken``; tried in order.


def _blocks_with(document: Document, words: tuple[str, ...]) -> list[int]:
    """The indexes of the blocks that hold one of ``words``: a cheap test that passes
    over the blocks where a pattern that needs one of them cannot match."""
    return [b.index for b in document.blocks if any(word in b.text for word in words)]


def _mark_copyright(document: Document, taken: _Taken) -> None:
    """``COPYRIGHT © ANTARA 2022`` and the AI-crawling notice, wherever they are."""
    notice = _blocks_with(document, ("ilarang",))  # [Dd]ilarang keras ...
    taken.extend(clutter.scan(document, taken.all, _AI_NOTICE, "copyright", blocks=notice))
    named = _blocks_with(document, ("ANTARA", "Antara"))
    taken.extend(clutter.scan(document, taken.all, _COPYRIGHT, "copyright", blocks=named))


def _mark_comment_form(document: Document, taken: _Taken) -> None:
    """A syndicating WordPress site's comment form (:func:`newsnorm.clutter.comment_form`):
    its headings and notices anywhere, and the field labels on their own lines after them."""
    taken.extend(clutter.comment_form(document, taken.all))


def _link_end(text: str, start: int, end: int) -> int:
    """Where a related-article headline glued into running text ends.

    ``start`` is just after the label, ``end`` the end of the free text. Antara's
    headlines are in sentence case (``Harga cabai di Surabaya naik jelang
    Lebaran``), where :func:`newsnorm.clutter.headline_end` takes the first proper
    noun for the start of the next sentence. So, in order:

    1. a short rest with no sentence end runs to ``end`` (a link glued at the
       end of a paragraph);
    2. the next paragraph starts at a scraper's join with no space
       (``turunMenteri``, ``naik“Kami``), at an opening quote, after a ``?``/``!``,
       or at a capitalised sentence opener (``Menurut``, ``Sementara``, ``The``)
       after a lower-case word (after any word, in a sentence-case headline);
    3. otherwise :func:`newsnorm.clutter.headline_end` decides.
    """
    if end - start <= 200 and _search(_SENTENCE_BREAK, text, start, end) is None:
        return end
    limit = min(end, start + _LINK_REACH)
    join = limit
    for found in _CAMEL_JOIN.finditer(text, start, limit, timeout=REGEX_TIMEOUT):
        word_start = text.rfind(" ", start, found.start()) + 1 or start
        if text[word_start : word_start + 1].islower() or text[found.end()] in '“"':
            join = found.end()
            break
    words = list(_WORD.finditer(text, start, join, timeout=REGEX_TIMEOUT))
    capitals = [w.group(0)[:1].isupper() for w in words[:4]]
    title_case = len(capitals) >= 2 and sum(capitals) >= len(capitals) - 1
    for previous, word in itertools.pairwise(words):
        token, before = word.group(0), previous.group(0)
        if token[:1] in '“"' or before[-1:] in "?!":
            return word.start()
        opener = token.rstrip(",.;:") in _OPENERS and not before.endswith(":")
        if opener and (before[:1].islower() or before[:1].isdigit() or not title_case):
            return word.start()
    if join < limit:
        return join
    return min(end, clutter.headline_end(text, start))


def _mark_related(document: Document, taken: _Taken) -> None:
    """``Baca juga:``, ``Berita Terkait:``, ``Also read:``, ``Related news:`` links: a
    line that starts with the label and does not end like a sentence is taken
    whole, a label glued into a paragraph up to :func:`_link_end`."""
    for block in document.blocks:
        text = block.text
        if ":" not in text:
            continue  # every label ends with a colon
        for start, end in taken.free(block):
            position = start
            while position < end:
                label = _search(_RELATED_LABEL, text, position, end)
                if label is None:
                    break
                whole = (
                    label.start() == start
                    and not text[:start].strip()
                    and len(text) <= 300
                    and not text.rstrip().endswith(_SENTENCE_ENDINGS)
                )
                following = _search(_RELATED_LABEL, text, label.end(), end)
                cap = end if following is None else following.start()
                stop = end if whole else _link_end(text, label.end(), cap)
                if stop <= label.end():
                    position = label.end()
                    continue
                taken.add(
                    Mark(kind="clutter", block=block.index, start=label.start(), end=stop,
                         reason="related-link")
                )  # fmt: skip
                position = stop


def _mark_comment_count(document: Document, taken: _Taken) -> None:
    """The lone comment count among the header lines (``0`` on syndicating sites; with
    no dateline paragraph, only right under the title) and ``3 Komentar`` lines anywhere."""
    dateline = _dateline_block(document, taken)
    if dateline is not None:
        header = document.blocks[:dateline]
    else:  # no dateline: only the line right under a title
        titled = len(document.blocks) > 2 and looks_like_title(document.blocks[0].text)
        header = document.blocks[1:2] if titled else ()
    for block in header:
        if taken.untouched(block) and _fullmatch(_LONE_COUNT, block.text):
            taken.add(Mark(kind="clutter", block=block.index, reason="comment-count"))
    for block in document.blocks:
        short = len(block.text) <= 20 and taken.untouched(block)
        if short and _fullmatch(_COMMENT_COUNT, block.text):
            taken.add(Mark(kind="clutter", block=block.index, reason="comment-count"))


def _mark_trailer_pieces(document: Document, taken: _Taken) -> None:
    """The old end mark ``(*)`` (``end-mark``) and ``Sumber: ANTARA`` on a syndicating
    site (``syndication``), on their own line or at the end of a paragraph."""
    for block in document.blocks:
        if "(*)" not in block.text and "Sumber" not in block.text:
            continue  # what both patterns need
        spans = taken.free(block)
        if not spans:
            continue
        start, end = spans[-1]
        for pattern, reason in ((_END_MARK, "end-mark"), (_SYNDICATION, "syndication")):
            found = _search(pattern, block.text, max(start, end - 80), end)
            if found is None or found.end() == found.start():
                continue
            if found.start() > start and not block.text[found.start() - 1].isspace():
                continue
            taken.add(Mark(kind="clutter", block=block.index, start=found.start(), end=end,
                           reason=reason))  # fmt: skip
            end = found.start()
            if not block.text[start:end].strip():
                break


#: The clutter recognisers, in the order they run (first mark on a span wins).
CLUTTER_RECOGNISERS: tuple[tuple[str, Callable[[Document, _Taken], None]], ...] = (
    ("copyright", _mark_copyright),
    ("comment-form", _mark_comment_form),
    ("related-link", _mark_related),
    ("comment-count", _mark_comment_count),
    ("trailer", _mark_trailer_pieces),
)


@hookimpl
def newsnorm_mark_clutter(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Run :data:`CLUTTER_RECOGNISERS`."""
    taken = _Taken(marks)
    for _name, recogniser in CLUTTER_RECOGNISERS:
        recogniser(document, taken)
    return taken.new


# ---------------------------------------------------------------------------------------
# Metadata: credits and captions anywhere, then the header layouts.


def _credit_people(text: str, labels: list[regex.Match[str]], end: int) -> tuple[Person, ...]:
    """The people of a run of credit labels, each label's names up to the next one."""
    people: list[Person] = []
    seen: set[tuple[str, str]] = set()
    for i, label in enumerate(labels):
        stop = labels[i + 1].start() if i + 1 < len(labels) else end
        role = _role(label.group("label"))
        for name in bylines.split_names(text[label.end() : stop]):
            person = Person(name=bylines.proper_case(name), role=role)
            key = (person.name.casefold(), role)
            if key not in seen:
                seen.add(key)
                people.append(person)
    return tuple(people)


def _mark_credits(document: Document, taken: _Taken) -> None:
    """The credits at the end of a block: a run of ``Label: names`` that reaches the
    end of the block's free text (a whole line, or glued to the last paragraph)."""
    for block in document.blocks:
        if ":" not in block.text:
            continue  # every label ends with a colon
        spans = taken.free(block)
        if not spans:
            continue
        start, end = spans[-1]
        text = block.text
        labels = list(
            _CREDIT_LABEL.finditer(text, max(start, end - 600), end, timeout=REGEX_TIMEOUT)
        )
        for i, label in enumerate(labels):
            at = label.start()
            if at > start and (text[at - 1].isupper() or text[at - 1].isdigit()):
                continue
            run = labels[i:]
            stops = [m.start() for m in run[1:]] + [end]
            if all(_names_ok(text[m.end() : s]) for m, s in zip(run, stops, strict=True)):
                people = _credit_people(text, run, end)
                taken.add(Mark(kind="byline", block=block.index, start=at, end=end,
                               persons=people))  # fmt: skip
                break


def _mark_captions(document: Document, taken: _Taken) -> None:
    """Paragraphs that end with an Antara photo credit, and HTML ``figcaption``."""
    for block in document.blocks:
        if not taken.untouched(block):
            continue
        text = block.text
        if block.tag == "figcaption" or (
            len(text) <= 600
            and ("ANTARA" in text or "Antara" in text)  # what every photo credit names
            and _search(_CAPTION_END, text, max(0, len(text) - 200)) is not None
        ):
            taken.add(Mark(kind="caption", block=block.index))


def _is_lead(text: str) -> bool:
    """Whether ``text`` reads as a standfirst: a sentence of some length."""
    words = text.split()
    return (
        len(words) >= _MIN_LEAD_WORDS and len(text) <= 1000 and any(w[:1].islower() for w in words)
    )


def _has(taken: _Taken, kind: str) -> bool:
    """Whether a mark of ``kind`` has been accepted or added."""
    return any(m.kind == kind for m in taken.all)


def _multi_line_header(document: Document, taken: _Taken, language: str) -> bool:
    """Title, date line, caption, ``Oleh`` byline and standfirst on lines above the
    dateline paragraph; the standfirst is the line right before it, after the title.
    On an HTML page the title is the ``h1``, and the page's text above it (menus) is
    ``navigation``."""
    dateline = _dateline_block(document, taken)
    if dateline is None:
        return False
    for block in document.blocks[:dateline]:
        if not taken.untouched(block):
            continue
        short = len(block.text) <= _MAX_DATE_LINE and not _has(taken, "published")
        if short and dates.parse_date_line(block.text, language=language) is not None:
            taken.add(Mark(kind="published", block=block.index))
            continue
        byline = bylines.BYLINE_LINE.match(block.text, timeout=REGEX_TIMEOUT)
        if byline is not None and _names_ok(byline.group("rest")):
            taken.add(Mark(kind="byline", block=block.index))
    header = [b for b in document.blocks[:dateline] if taken.untouched(b)]
    if header and not _has(taken, "title"):
        if document.kind == "html":
            title = next((b for b in header if b.tag == "h1"), None)
        else:
            title = header[0] if looks_like_title(header[0].text) else None
        if title is not None:
            taken.add(Mark(kind="title", block=title.index))
            for chrome in (b for b in header if b.index < title.index):
                taken.add(Mark(kind="clutter", block=chrome.index, reason="navigation"))
            header = [b for b in header if b.index > title.index]
    titles = [m.block for m in taken.all if m.kind == "title"]
    if header and titles and min(titles) < header[-1].index:
        lead = header[-1]
        between = document.blocks[lead.index + 1 : dateline]
        if all(not taken.free(b) for b in between) and _is_lead(lead.text):
            taken.add(Mark(kind="lead", block=lead.index))
    return True


def _one_line_header(document: Document, taken: _Taken, language: str) -> bool:
    """A one-line text: ``Title [date line] [caption or standfirst] Place (ANTARA) - ...``.
    The pieces before the dateline become spans of the first block."""
    if not document.blocks:
        return False
    block = document.blocks[0]
    spans = taken.free(block)
    if not spans or spans[0][0] != 0:
        return False
    text = block.text
    anchor = _search(_DATELINE_ANCHOR, text, 0, min(spans[0][1], _ONE_LINE_REACH))
    if anchor is None or anchor.start() == 0:
        return False
    date_line = None
    for found in _DATE_LINE.finditer(text, 0, anchor.start(), timeout=REGEX_TIMEOUT):
        date_line = found
    if date_line is not None and not dates.parse_date_line(date_line.group(0), language=language):
        date_line = None
    start = _one_line_dateline_start(text, anchor, date_line.end() if date_line else 0)
    if start is None or start == 0:
        return False
    title_end = start
    if date_line is not None:
        title_end = date_line.start()
        taken.add(Mark(kind="published", block=0, start=date_line.start(), end=date_line.end()))
        piece = text[date_line.end() : start].strip()
        if piece and _search(_CAPTION_END, piece) is not None:
            taken.add(Mark(kind="caption", block=0, start=date_line.end(), end=start))
        elif piece and _is_lead(piece):
            taken.add(Mark(kind="lead", block=0, start=date_line.end(), end=start))
    if title_end > 0 and looks_like_title(text[:title_end].strip()) and not _has(taken, "title"):
        taken.add(Mark(kind="title", block=0, start=0, end=title_end))
    return True


def _one_line_dateline_start(text: str, anchor: regex.Match[str], floor: int) -> int | None:
    """Where the dateline that ends at ``anchor`` starts (not before ``floor``): the
    fewest words back that make a dateline and leave a piece before it that does not
    end with a comma (``Sleman, DIY (ANTARA) -``); else the bare ``(ANTARA) -``."""
    words = _WORD.finditer(text, max(floor, anchor.start() - 200), anchor.start(),
                           timeout=REGEX_TIMEOUT)  # fmt: skip
    starts = [m.start() for m in words][-6:]
    fallback = None
    for start in reversed(starts):
        found = parse_dateline(text[start : anchor.end() + 1])
        if found is None or start + len(found.text) != anchor.end():
            continue
        if not text[:start].rstrip().endswith(","):
            return start
        if fallback is None:
            fallback = start
    if fallback is not None:
        return fallback
    found = parse_dateline(text[anchor.start() : anchor.end() + 1])
    return anchor.start() if found is not None else None


#: The header layouts, tried in order; the first that recognises the document wins.
HEADER_LAYOUTS: tuple[tuple[str, Callable[[Document, _Taken, str], bool]], ...] = (
    ("multi-line", _multi_line_header),
    ("one-line", _one_line_header),
)


@hookimpl
def newsnorm_mark_metadata(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Credits, captions, then the first of :data:`HEADER_LAYOUTS` that fits."""
    taken = _Taken(marks)
    language = "en" if _english_host(document) else "id"
    _mark_credits(document, taken)
    _mark_captions(document, taken)
    for _name, layout in HEADER_LAYOUTS:
        if layout(document, taken, language):
            break
    return taken.new


@hookimpl
def newsnorm_parse_dateline(text: str) -> Dateline | None:
    """Antara's datelines, with :func:`parse_dateline`."""
    return parse_dateline(text)


@hookimpl
def newsnorm_find_dates(text: str, reference: date | None, language: str) -> list[dates.FoundDate]:
    """:func:`newsnorm.dates.find_dates`, plus ``Minggu`` (Sunday) before a time of day.

    The core takes ``Minggu`` alone only when a clause ends right after it, since
    the word also means "week"; Antara writes ``..., Minggu pagi.`` for Sunday
    morning, which is a day (``setiap Minggu pagi``, a habit, is not).
    """
    found = dates.find_dates(text, reference=reference, language=language)
    if "Minggu" not in text:
        return found
    extra: list[dates.FoundDate] = []
    for match in _SUNDAY_WITH_TIME.finditer(text, timeout=REGEX_TIMEOUT):
        start, end = match.span("day")
        if any(f.start < end and start < f.end for f in found):
            continue
        before = text[max(0, start - 40) : start].rstrip(" \t\u00a0\"'“‘(")
        if not before or before[-1] in ".!?\n" or before.split()[-1].lower() in _HABITUAL:
            continue
        value = None if reference is None else dates.latest_weekday(6, reference)
        extra.append(dates.FoundDate(start=start, end=end, text=match.group("day"), value=value))
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda f: f.start)


@hookimpl
def newsnorm_finalize(article: Article, document: Document) -> Article | None:
    """Mark the English edition's articles ``en`` (also when the outlet was forced)."""
    if article.language == "en":
        return None
    if _english_host(document) or (article.body and is_english(" ".join(article.body[:2]))):
        return attrs.evolve(article, language="en")
    return None


@hookimpl
def newsnorm_outlets() -> list[Outlet]:
    """Declare the Antara outlet."""
    return [OUTLET]


# ---------------------------------------------------------------------------------------
# Pages (HTML input)

#: The article on antaranews.com desktop pages: ``div.wrap__article-detail`` holds the
#: ``h1``, the date line, the photo with its caption and ``div.wrap__article-detail-content``
#: (the body, the credits, the tag list). The body there is text separated by ``<br>``, not
#: ``<p>``, and no ``<article>`` surrounds it, so the generic fallback (the element with the
#: most ``<p>`` text) would lose the title, date line and caption. AMP pages and pages with
#: an ``<article>`` element are left to the generic fallback, which picks the ``<article>``.
CONTAINER = "div.wrap__article-detail"


@hookimpl
def newsnorm_html_container() -> str:
    """The element that holds an Antara article on a page: :data:`CONTAINER`."""
    return CONTAINER
