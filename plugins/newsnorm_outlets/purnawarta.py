"""Purna Warta (purnawarta.com): international news in Indonesian.

Purna Warta is a WordPress site that publishes world news in Indonesian, much
of it translated from Iranian, Russian and Chinese agencies (IRNA, Press TV,
TASS, Xinhua ...). This module knows its text conventions; a maintainer looking
for "where is X handled" should find it below.

**Detection** (:func:`newsnorm_detect`, the ``_SIGNATURES`` table): the
outlet's own dateline at the start of one of the first blocks (score 0.9), the
same dateline glued after a title in one-line scraper text (0.85), the
``og:site_name`` of a page (0.95) or a ``<title>`` ending in ``- Purna Warta``
(0.8), a trailer saying the text was first published on purnawarta.com (0.8)
and a copyright footer naming the site (0.7). A URL on purnawarta.com (any
subdomain) scores 1 in the core.

**Datelines** (:func:`newsnorm_parse_dateline`): ``Beijing, Purna Warta – ``,
``Purna Warta – `` (no place), ``Al-Quds, Palestina, Purna Warta – `` (two-part
place), with a hyphen, en dash or em dash, with or without spaces around it,
and the source written ``Purna Warta``, ``PURNA WARTA`` or ``Purnawarta``. The
place is put in proper case (``TEHRAN`` → ``Tehran``); the source is kept as
written.

**Layouts** (:data:`LAYOUTS`): one small recogniser per page layout or era,
tried in order by :func:`newsnorm_mark_clutter` and
:func:`newsnorm_mark_metadata`. Each finds its pieces on their own line and,
where a scraper joined the page into one line, glued inside a paragraph (only
the piece is cut; the sentence stays):

- ``one-line`` (scraper text): a title glued before the dateline
  (``Judul Berita Tehran, Purna Warta – ...``) becomes the title; the place is
  the last capitalised word before the source (two for a known two-word place
  such as ``Jalur Gaza``, a comma-joined part too as in ``Al-Quds, Palestina``).
- ``wordpress`` (the desktop theme): the logo line (``logo``); breadcrumbs
  ``Beranda » Timur Tengah`` and previous/next post links (``navigation``);
  the comment count (``comment-count``); share bars ``Share Facebook Twitter
  WhatsApp Telegram`` (``share-bar``); the comment form in its Indonesian
  wording (``Tinggalkan Balasan``, ``Alamat email Anda tidak akan
  dipublikasikan. Ruas yang wajib ditandai *``, ``Komentar *``, ``Nama *``,
  ``Email *``, ``Situs Web``, ``Simpan nama, email, dan situs web saya ...``,
  ``Kirim Komentar``: ``comment-form``); headed lists: related posts under
  ``Artikel Terkait`` / ``Berita Terkait`` / ``Related Posts`` / ``Terkait``
  with their dates and ``Dalam "Kategori"`` lines, a ``Baca Juga`` label with
  its headline on the next line (``related-link``), ``Tags`` with one tag a
  line (``tags``). Its metadata: captions (``figcaption``, ``Foto: IRNA``,
  ``... (Foto: Press TV)``: captions, not photographers); the date line and
  any ``Diperbarui`` line after it (``published``; the first is the
  publication date, the others are recorded as ``date-line``); author lines
  (``Oleh Redaksi``, ``By admin``, ``Diposting oleh ...``, ``Oleh Ahmad | 2 Juli
  2024`` split into a byline and a date line); the author's note that ends an
  opinion column (``*Penulis adalah ...``: a byline with no person).
- ``jetpack`` (the older theme): Jetpack's ``Bagikan ini:`` / ``Klik untuk
  berbagi di Twitter (Membuka di jendela yang baru)`` buttons and its
  ``Menyukai ini:`` / ``Suka Memuat...`` likes (``share-bar``).
- ``amp``: the AMP page's ``Lihat versi non-AMP`` and ``Kembali ke atas``
  links (``navigation``).
- ``article`` (every era): related links ``Baca juga: ...``, ``Baca Juga:``,
  ``BACA JUGA:`` (``related-link``), the headline glued before a sentence ending
  where :func:`newsnorm.clutter.headline_end` says or before a quoted sentence.
- ``trailers`` (every era): runs that open with a label and reach to the next
  label, the next mark or the end of the paragraph, each with a length limit
  and no sentence inside: ``Tags: Iran Israel`` (``tags``), a glued ``Related
  Posts`` list (``related-link``), ``© 2024 Purna Warta`` (``copyright``), the
  source credit that ends a translated story (``Sumber: Press TV``,
  ``(Sumber: IRNA, Tasnim)``) and, on copies of a Purna Warta story published
  elsewhere, the ``Artikel ini telah tayang di Purnawarta.com ...`` trailer.
  The last two are recorded as ``syndication``: a source credit names the
  agency the text was taken from, which is what that slug records, so no new
  slug is needed. The credit is not the story's text, so it leaves the body,
  but it stays verbatim in ``Article.removed`` for anyone who needs the
  provenance. ``Sumber:`` followed by a sentence (``Sumber: seorang pejabat
  mengatakan ...``) is body text.

The newsroom itself (``Redaksi``, ``admin``, ``Purna Warta``) is never a
person, and ``Oleh karena itu, ...`` credits nobody
(:func:`newsnorm_parse_byline`).

**No title line**: many scraped stories start with the dateline paragraph.
When that paragraph is short and ends with a closing quotation mark, the
generic title heuristic takes it for the title; :func:`newsnorm_finalize` puts
it back as the first body paragraph, with its dateline and dates.

**Dates**: the core reads the outlet's date lines (``Selasa, 2 Juli 2024``,
``2 Juli 2024 14:35``, ``Juli 2, 2024``); :func:`newsnorm_parse_date_line`
adds WordPress's English 12-hour clock (``July 2, 2024 at 2:35 pm``), which the
core would read as 02:35. For an HTML page with no date line,
:func:`newsnorm_finalize` takes ``article:published_time``.

Everything else (multi-paragraph quotations, Arabic names such as
``Abdul-Malik al-Houthi`` or ``Ja'far``, curly quotes, the original typos) is
body text and is never touched.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from itertools import accumulate

import attrs
import regex

from newsnorm import (
    Article,
    Dateline,
    DateMention,
    Detection,
    Document,
    Mark,
    Outlet,
    Person,
    bylines,
    clutter,
    datelines,
    dates,
    hookimpl,
)
from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Block, free_spans, marks_by_block
from newsnorm.generic import looks_like_title

__all__ = [
    "LAYOUTS",
    "OUTLET",
    "Layout",
    "newsnorm_detect",
    "newsnorm_finalize",
    "newsnorm_mark_clutter",
    "newsnorm_mark_metadata",
    "newsnorm_outlets",
    "newsnorm_parse_byline",
    "newsnorm_parse_date_line",
    "newsnorm_parse_dateline",
]

#: The outlet: purnawarta.com and its subdomains.
OUTLET = Outlet(name="purnawarta", title="Purna Warta", hosts=("purnawarta.com",), language="id")

# ---------------------------------------------------------------------------
# Shared pieces

#: The source name in a dateline: ``Purna Warta``, ``PURNA WARTA``, ``Purnawarta``.
_SOURCE = r"Purna\s?Warta"
_DATELINE = datelines.dateline_pattern(_SOURCE)
# The dateline's source and dash anywhere (one-line text: after a glued title).
_GLUED_DATELINE = regex.compile(
    rf"(?:(?<=\S),\s{{0,3}}|(?<=\s)|^)(?P<source>(?i:{_SOURCE})){datelines.DASH}(?=\S)"
)
# A sentence start inside a run of text: end punctuation, then a capitalised
# word and a lower-case word. Headlines, tag lists and credits have none.
_SENTENCE = regex.compile(r"[.!?][\"”’]?\s{1,3}[\"“‘]?\p{Lu}[\p{L}'’-]{0,30}\s{1,3}\p{Ll}")
_END_STOP = (".", "!", "?", ";", ":", ",")
_WORD = regex.compile(r"\S+")

Marks = list[Mark]
ClutterFn = Callable[[Document, Marks], Marks]


def _free_whole(block: Block, taken: dict[int, list[Mark]]) -> bool:
    """Whether no mark touches ``block`` yet."""
    return block.index not in taken


def _span_text(document: Document, mark: Mark) -> str:
    """The text a mark covers."""
    block = document.blocks[mark.block]
    start, end = mark.span(block)
    return block.text[start:end]


def _has_sentence(text: str) -> bool:
    """Whether a sentence starts inside ``text`` (see ``_SENTENCE``)."""
    return _SENTENCE.search(text, timeout=REGEX_TIMEOUT) is not None


def _opens_with(text: str, starts: tuple[str, ...]) -> bool:
    """Whether ``text`` opens with one of ``starts`` or with a character that is not
    ASCII: a cheap test before a case-sensitive pattern whose matches open with one of
    ``starts`` (``\\d`` also matches the digits of other scripts)."""
    return text.startswith(starts) or not text[:1].isascii()


def _whole_lines(
    document: Document,
    marks: Sequence[Mark],
    pattern: regex.Pattern[str],
    reason: str,
    *,
    limit: int = 300,
    starts: tuple[str, ...],
) -> Marks:
    """Mark every untouched block of at most ``limit`` characters that ``pattern``
    matches whole; every match opens with one of ``starts`` (see :func:`_opens_with`)."""
    taken = marks_by_block(marks)
    return [
        Mark(kind="clutter", block=block.index, reason=reason)
        for block in document.blocks
        if len(block.text) <= limit
        and _free_whole(block, taken)
        and _opens_with(block.text, starts)
        and pattern.fullmatch(block.text, timeout=REGEX_TIMEOUT)
    ]


def _blocks_with(document: Document, words: tuple[str, ...]) -> list[int]:
    """The indexes of the blocks that hold one of ``words``: a cheap test that passes
    over the blocks where a pattern that needs one of them cannot match.

    Each word is looked for in the whole text at once (the blocks joined by line
    breaks, which no word holds) rather than in each block; where it is found
    tells the block.
    """
    blocks = document.blocks
    joined = "\n".join([block.text for block in blocks])
    starts = list(accumulate((len(block.text) + 1 for block in blocks), initial=0))
    hits: set[int] = set()
    for word in words:
        position = joined.find(word)
        while position != -1:
            i = bisect_right(starts, position) - 1
            hits.add(i)
            position = joined.find(word, starts[i + 1])  # the next block on
    return [blocks[i].index for i in sorted(hits)]


def _scan(
    document: Document,
    marks: Sequence[Mark],
    pattern: regex.Pattern[str],
    reason: str,
    words: tuple[str, ...],
) -> Marks:
    """:func:`newsnorm.clutter.scan` on the blocks that hold one of ``words``, the
    words every match of ``pattern`` holds one of."""
    blocks = _blocks_with(document, words)
    return clutter.scan(document, marks, pattern, reason, blocks=blocks) if blocks else []


def _scan_checked(
    document: Document,
    marks: Sequence[Mark],
    pattern: regex.Pattern[str],
    reason: str,
    accept: Callable[[str], bool],
    words: tuple[str, ...],
) -> Marks:
    """:func:`_scan`, keeping the matches ``accept`` approves."""
    found = _scan(document, marks, pattern, reason, words)
    return [m for m in found if accept(_span_text(document, m))]


# ---------------------------------------------------------------------------
# Layout "article": what every era of the site has.

# A glued related link may run into a sentence that opens with a quotation mark
# (``Baca juga: Judul “Kami tidak akan ...``), which the core's headline_end does
# not see as a sentence start: an opening quote, a capitalised word, then two
# lower-case words (a title-case headline has no two lower-case words in a row
# after a capital, bar rare pairs of function words).
_QUOTED_SENTENCE = regex.compile(
    r"(?<=\s)[\"“‘]\p{Lu}[\p{L}'’-]{0,30},?\s{1,3}\p{Ll}[\p{L}'’-]{0,30},?\s{1,3}\p{Ll}"
)


def _quoted_sentence_start(text: str, start: int, stop: int) -> int:
    """Where a quoted sentence starts in ``text[start:stop]``, else ``stop``."""
    found = _QUOTED_SENTENCE.search(text, start, stop, timeout=REGEX_TIMEOUT)
    return stop if found is None else found.start()


def _dateline_start(text: str, start: int, stop: int) -> int:
    """Where the outlet's dateline starts in ``text[start:stop]``, else ``stop``."""
    glued = _GLUED_DATELINE.search(text, start, stop, timeout=REGEX_TIMEOUT)
    if glued is None:
        return stop
    if not glued.group(0).startswith(","):
        return glued.start()
    place = _place_start(text[: glued.start()], start)
    return stop if place is None else place


def _related_links(document: Document, marks: Marks) -> Marks:
    """``Baca juga: <headline>`` on its own line or glued inside a paragraph.

    A short line that starts with the label is taken whole unless it ends with
    a full stop (then a sentence was glued after the headline, and only the
    headline is taken). A glued headline also ends before a quoted sentence and
    before the outlet's dateline (``Baca juga: Judul Tehran, Purna Warta – ...``).
    """
    found: Marks = []
    # Every label ends with a colon: the core's scanner needs only the blocks with one.
    labelled = tuple(b for b in document.blocks if ":" in b.text)
    for mark in clutter.related_links(attrs.evolve(document, blocks=labelled), marks):
        block = document.blocks[mark.block]
        text = block.text
        start, end = mark.span(block)
        label = clutter.RELATED_LABEL.match(text, start, timeout=REGEX_TIMEOUT)
        label_end = label.end() if label is not None else start
        if end == len(text) and text.rstrip().endswith(".") and start == 0:
            end = clutter.headline_end(text, label_end)
        end = _quoted_sentence_start(text, label_end, end)
        end = _dateline_start(text, label_end, end)
        if end > label_end:
            found.append(attrs.evolve(mark, end=end))
    return found


# ---------------------------------------------------------------------------
# Layout "wordpress": the desktop theme.

_LOGO_LINE = regex.compile(
    r"(?:Logo\s)?(?:Purna\s?Warta|PURNA\s?WARTA|PurnaWarta|purnawarta\.com|Purnawarta\.com)"
    r"(?:\s(?:Logo|logo))?"
)
# What every match of _LOGO_LINE opens with: a cheap test before the pattern.
_LOGO_STARTS = ("Logo", "Purna", "PURNA", "purnawarta")
_CRUMB_SEP = r"\s{0,3}[»›>/]\s{0,3}"
_BREADCRUMB = regex.compile(
    rf"^(?:Home|Beranda|HOME|BERANDA)(?:{_CRUMB_SEP}\p{{L}}[\p{{L}}\s&-]{{0,40}}?){{0,4}}{_CRUMB_SEP}"
)
_BREADCRUMB_LINE = regex.compile(
    rf"(?:Home|Beranda|HOME|BERANDA)(?:{_CRUMB_SEP}[^»›>/\n.]{{1,120}}){{1,5}}"
)
_POST_NAV_LINE = regex.compile(
    r"(?:«\s{0,2})?(?:Previous|Next|PREVIOUS|NEXT)\s(?:Post|Article|POST)(?:\s{0,2}»)?"
    r"|(?:«\s{0,2})?(?:Pos|Artikel|Berita|Tulisan)\s(?:Sebelumnya|Selanjutnya|Berikutnya)"
    r"(?:\s{0,2}»)?"
)
# What every match of _POST_NAV_LINE opens with.
_POST_NAV_STARTS = (
    "«", "Previous", "Next", "PREVIOUS", "NEXT", "Pos", "Artikel", "Berita", "Tulisan",
)  # fmt: skip
_COMMENT_COUNT_LINE = regex.compile(
    r"\d{1,6}\s{1,2}(?:Komentar|komentar|KOMENTAR|Tanggapan|tanggapan|Comments?|comments?)"
    r"|(?:Belum|Tidak)\sada\s(?:komentar|tanggapan)\.?|No\sComments?"
)
# What every match of _COMMENT_COUNT_LINE opens with (see _opens_with for other digits).
_COMMENT_COUNT_STARTS = (*"0123456789", "Belum", "Tidak", "No")

# Glued: no commas, so "Facebook, Twitter, WhatsApp" in a sentence is safe.
_TOKEN = clutter.SHARE_TOKEN
_SHARE_RUN = regex.compile(
    rf"(?<![\w-]){_TOKEN}\s{{0,2}}:?(?:[ \t|·•]{{1,5}}{_TOKEN}\s{{0,2}}:?){{2,15}}(?![\w-])"
)

_CF_STRONG = (
    r"Tinggalkan\s(?:Balasan|balasan|Komentar|komentar)"
    r"|Batalkan\s(?:balasan|Balasan)|Batal\smembalas"
    r"|Alamat\semail\sAnda\stidak\sakan\s(?:dipublikasikan|ditampilkan)\.?"
    r"|(?:Ruas|Kolom|Bidang)\syang\swajib\s(?:diisi\s)?(?:ditandai|bertanda)\s{0,2}\*"
    r"|Simpan\snama,\semail,\sdan\ssitus\sweb\ssaya\spada\speramban\sini\suntuk\skomentar"
    r"\ssaya\sberikutnya\.?"
    r"|Kirim\s(?:Komentar|komentar)|Posting\sKomentar"
    r"|Situs\sini\smenggunakan\sAkismet\suntuk\smengurangi\sspam\."
    r"(?:\s{1,3}Pelajari\sbagaimana\sdata\skomentar\sAnda\sdiproses\.?)?"
)
_CF_LABEL = (
    r"(?:Komentar|Nama|Email|Surel|Situs\s(?:Web|web)|Website)(?:\s{0,2}\*)?"
    r"|Δ"
)
# The first word of each _CF_STRONG and _CF_LABEL alternative.
_CF_WORDS = (
    "Tinggalkan", "Batal", "Alamat", "Ruas", "Kolom", "Bidang", "Simpan", "Kirim", "Posting",
    "Situs", "Komentar", "Nama", "Email", "Surel", "Website", "Δ",
)  # fmt: skip
_CF_STRONG_RE = regex.compile(_CF_STRONG)
_CF_STAR_RE = regex.compile(r"\*")
_CF_RUN = regex.compile(
    rf"(?<![\w-])(?:{_CF_STRONG}|{_CF_LABEL})(?:\s{{0,3}}(?:{_CF_STRONG}|{_CF_LABEL})){{0,30}}"
    r"(?![\w-])"
)

_RELATED_HEADING = regex.compile(
    r"(?:Artikel\sTerkait|Berita\sTerkait|Related\sPosts?|Related\sArticles|Berita\sLainnya"
    r"|Artikel\sLainnya|Baca\sJuga\sLainnya|Rekomendasi|Terkait|ARTIKEL\sTERKAIT"
    r"|BERITA\sTERKAIT|RELATED\sPOSTS)\s{0,2}:?"
)
_READ_ALSO_HEADING = regex.compile(r"(?:Baca\s(?:juga|Juga)|BACA\sJUGA)\s{0,2}:?")
_TAGS_HEADING = regex.compile(r"(?:Tags?|TAGS?|Tagged|Topik)\s{0,2}:?")
_IN_CATEGORY = regex.compile(r"(?:Dalam|In)\s[\"“][^\"“”]{1,60}[\"”]")


def _logo_and_navigation(document: Document, marks: Marks) -> Marks:
    """The logo line, breadcrumbs, previous/next post links and the comment count."""
    found = _whole_lines(document, marks, _LOGO_LINE, "logo", limit=40, starts=_LOGO_STARTS)
    # The comment count is a short line (``Belum ada tanggapan.`` is the longest form).
    found += _whole_lines(
        document,
        [*marks, *found],
        _COMMENT_COUNT_LINE,
        "comment-count",
        limit=30,
        starts=_COMMENT_COUNT_STARTS,
    )
    taken = marks_by_block([*marks, *found])
    blocks = document.blocks
    for block in blocks:
        if not _free_whole(block, taken):
            continue
        text = block.text
        if (
            len(text) <= 200
            and text[:1] in "HB"  # Home, Beranda
            and _BREADCRUMB_LINE.fullmatch(text, timeout=REGEX_TIMEOUT)
        ):
            found.append(Mark(kind="clutter", block=block.index, reason="navigation"))
            continue
        crumb = _BREADCRUMB.match(text, timeout=REGEX_TIMEOUT) if text[:1] in "HB" else None
        if crumb is not None:  # a breadcrumb glued before the article
            found.append(
                Mark(kind="clutter", block=block.index, end=crumb.end(), reason="navigation")
            )
            continue
        if (
            len(text) <= 40
            and text.startswith(_POST_NAV_STARTS)
            and _POST_NAV_LINE.fullmatch(text, timeout=REGEX_TIMEOUT)
        ):
            found.append(Mark(kind="clutter", block=block.index, reason="navigation"))
            following = block.index + 1
            if following < len(blocks) and following not in taken:
                title = blocks[following].text
                if len(title) <= 200 and looks_like_title(title):
                    found.append(Mark(kind="clutter", block=following, reason="navigation"))
                    taken[following] = [found[-1]]
    return found


def _share_bars(document: Document, marks: Marks) -> Marks:
    """Share buttons: on lines of their own (:func:`newsnorm.clutter.share_bar_lines`:
    ``Share Facebook Twitter WhatsApp``, or one button a line) or glued in a line."""

    def run_ok(text: str) -> bool:
        return clutter.count_networks(text) >= 2

    found = clutter.share_bar_lines(document, marks)
    found += _scan_checked(
        document, [*marks, *found], _SHARE_RUN, "share-bar", run_ok, clutter.SHARE_TOKEN_WORDS
    )
    return found


def _comment_form(document: Document, marks: Marks) -> Marks:
    """The WordPress comment form, line by line or as one glued run.

    A run counts when it holds one of the form's own sentences or at least two
    starred field labels; a lone ``Nama`` / ``Situs Web`` line counts only next
    to a line already taken as the form.
    """

    def accept(text: str) -> bool:
        strong = _CF_STRONG_RE.search(text, timeout=REGEX_TIMEOUT) is not None
        return strong or len(_CF_STAR_RE.findall(text, timeout=REGEX_TIMEOUT)) >= 2

    found = _scan_checked(document, marks, _CF_RUN, "comment-form", accept, _CF_WORDS)
    form_blocks = {
        m.block
        for m in found
        if m.start == 0 and _span_text(document, m) == document.blocks[m.block].text
    }
    taken = marks_by_block([*marks, *found])
    weak = [
        block.index
        for block in document.blocks
        if len(block.text) <= 30
        and _free_whole(block, taken)
        and block.text.startswith(_CF_WORDS)
        and _CF_RUN.fullmatch(block.text, timeout=REGEX_TIMEOUT)
    ]
    starred = {i for i in weak if "*" in document.blocks[i].text}
    for index in sorted(starred):  # two starred fields in a row are a form too
        if index not in form_blocks and (index - 1 in starred or index + 1 in starred):
            found.append(Mark(kind="clutter", block=index, reason="comment-form"))
            form_blocks.add(index)
    for order, step in ((weak, -1), (weak[::-1], 1)):  # grow the form down, then up
        for index in order:
            if index not in form_blocks and index + step in form_blocks:
                found.append(Mark(kind="clutter", block=index, reason="comment-form"))
                form_blocks.add(index)
    return found


def _lists(document: Document, marks: Marks) -> Marks:
    """Headed lists: related posts (``Artikel Terkait`` then one headline a line,
    with their dates and ``Dalam "Kategori"`` lines), ``Baca Juga`` with its
    headline on the next line, and ``Tags`` with one tag a line."""
    taken = marks_by_block(marks)
    found: Marks = []
    blocks = document.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if len(block.text) > 30 or not _free_whole(block, taken):
            continue
        if _RELATED_HEADING.fullmatch(block.text, timeout=REGEX_TIMEOUT):
            reason, limit, item = "related-link", 30, _related_item
        elif _READ_ALSO_HEADING.fullmatch(block.text, timeout=REGEX_TIMEOUT):
            reason, limit, item = "related-link", 1, _related_item
        elif _TAGS_HEADING.fullmatch(block.text, timeout=REGEX_TIMEOUT):
            reason, limit, item = "tags", 20, _tag_item
        else:
            continue
        items = 0
        while index < len(blocks) and items < limit:
            following = blocks[index]
            if not _free_whole(following, taken) or not item(following.text):
                break
            items += 1
            index += 1
        if items:
            found.append(Mark(kind="clutter", block=block.index, reason=reason))
            found.extend(
                Mark(kind="clutter", block=i, reason=reason)
                for i in range(block.index + 1, block.index + 1 + items)
            )
    return found


def _related_item(text: str) -> bool:
    """A line of a related-post list: a headline, its date or its category
    (never a ``Tags:`` line, which closes the list)."""
    if _TAGS_LINE_START.match(text, timeout=REGEX_TIMEOUT):
        return False
    if len(text) > 40:
        return len(text) <= 200 and looks_like_title(text) and not _starts_dateline(text)
    if _IN_CATEGORY.fullmatch(text, timeout=REGEX_TIMEOUT):
        return True
    if _parse_date(text) is not None:
        return True
    return looks_like_title(text) and not _starts_dateline(text)


_TAGS_LINE_START = regex.compile(r"(?:Tags?|TAGS?|Tagar|Label)\s{0,2}:")


def _tag_item(text: str) -> bool:
    """One tag on its own line: a few words, no sentence punctuation."""
    return len(text) <= 60 and len(text.split()) <= 6 and not text.endswith(_END_STOP)


def _starts_dateline(text: str) -> bool:
    """Whether ``text`` opens with the outlet's dateline."""
    return datelines.match_dateline(_DATELINE, text) is not None


# ---------------------------------------------------------------------------
# Layout "jetpack": the older theme's Jetpack buttons (its "Terkait" list is a
# headed list, see _lists).

_JETPACK_SHARE = regex.compile(
    r"(?<![\w-])Klik\suntuk\s\p{Ll}{3,15}(?:\s[\p{L}+.]{1,15}){0,5}\s?"
    r"\((?:Membuka|Opens)\s(?:di|in)\s(?:jendela|window|new)\s(?:yang\sbaru|baru|window)\)"
)
_JETPACK_LINE = regex.compile(
    r"(?:Menyukai\sini|Suka\sini|Like\sthis|Bagikan\sini|Share\sthis)\s{0,2}:?"
    r"|(?:Suka\s)?Memuat\.{3}|(?:Like\s)?Loading\.{3}"
)
# What every match of _JETPACK_LINE opens with.
_JETPACK_LINE_STARTS = ("Menyukai", "Suka", "Like", "Bagikan", "Share", "Memuat", "Loading")


def _jetpack(document: Document, marks: Marks) -> Marks:
    """Jetpack's share buttons and likes; its ``Terkait`` list is a headed list."""
    found = _scan(document, marks, _JETPACK_SHARE, "share-bar", ("Klik",))
    found += _whole_lines(
        document,
        [*marks, *found],
        _JETPACK_LINE,
        "share-bar",
        limit=30,
        starts=_JETPACK_LINE_STARTS,
    )
    return found


# ---------------------------------------------------------------------------
# Layout "amp": the AMP page's own links.

_AMP_LINKS = regex.compile(
    r"(?<![\w-])(?:Lihat\s(?:versi|Versi)\s(?:non-AMP|Non-AMP|desktop|Desktop)"
    r"|View\sNon-AMP\sVersion|Kembali\ske\s(?:atas|Atas)|Back\sto\s(?:top|Top)"
    r"|Keluar\sdari\sversi\sseluler|Exit\smobile\sversion)(?![\w-])(?!,?\s{1,3}\p{Ll})"
)


def _amp(document: Document, marks: Marks) -> Marks:
    """``Lihat versi non-AMP`` and ``Kembali ke atas``, own line or glued."""
    words = ("Lihat", "View", "Kembali", "Back", "Keluar", "Exit")  # each link's first word
    return _scan(document, marks, _AMP_LINKS, "navigation", words)


# ---------------------------------------------------------------------------
# Layout "trailers": label-led runs that end a story (every era).

# Labels that open a run reaching to the next label or the end of the free text.
_TRAILER = regex.compile(
    r"(?P<tags>(?<![\w-])(?:Tags|TAGS|Tagged)(?![\w-])\s{0,3}:?|(?<![\w-])(?:Tag|TAG)\s{0,3}:)"
    r"|(?P<source>(?:\((?=Sumber|SUMBER))?(?<![\w-])(?:Sumber|SUMBER)\s{0,3}:)"
    r"|(?P<related>(?<![\w-])(?:Related\sPosts?|Artikel\sTerkait|Berita\sTerkait|Berita\sLainnya)"
    r"(?![\w-])(?!\s{0,3}:))"
    r"|(?P<syndication>(?<![\w-])(?:Artikel|Berita|Tulisan)\sini\s(?:telah\s|pertama\skali\s)"
    r"(?:tayang|terbit|dimuat|diterbitkan)\s(?:di|pada|oleh)\s)"
    r"|(?P<copyright>(?:Copyright\s{0,3}|Hak\s[Cc]ipta\s{0,3})?©|Copyright\s\d{4})"
)
# What each _TRAILER label holds one of: a block with none is not scanned.
_TRAILER_WORDS = (
    "Tag", "TAG", "Sumber", "SUMBER", "Related", "Artikel", "Berita", "Tulisan", "©", "Copyright",
)  # fmt: skip
_TRAILER_REASON = {
    "tags": "tags",
    "source": "syndication",
    "related": "related-link",
    "syndication": "syndication",
    "copyright": "copyright",
}
_TRAILER_LIMIT = {
    "tags": 300,
    "source": 100,
    "related": 1500,
    "syndication": 400,
    "copyright": 200,
}
_DOMAIN = regex.compile(r"[\w-]{1,60}\.[\w.-]{2,60}")


def _trailers(document: Document, marks: Marks) -> Marks:
    """Runs that open with a label and reach to the next label or mark, or to the
    end of the block: ``Tags: ...``, ``Sumber: Press TV``, a glued ``Related
    Posts`` list, ``Artikel ini telah tayang di Purnawarta.com ...`` and ``© ...``.

    Each kind has a length limit; tags, credits and lists must hold no sentence,
    so a label met inside running text leaves it alone.
    """
    taken = marks_by_block(marks)
    found: Marks = []
    labelled = set(_blocks_with(document, _TRAILER_WORDS))
    for block in document.blocks:
        text = block.text
        if block.index not in labelled:
            continue
        for span_start, span_end in free_spans(block, taken.get(block.index, ())):
            labels = list(_TRAILER.finditer(text, span_start, span_end, timeout=REGEX_TIMEOUT))
            for i, label in enumerate(labels):
                kind = label.lastgroup or ""
                end = labels[i + 1].start() if i + 1 < len(labels) else span_end
                rest = text[label.end() : end].strip()
                head = text[label.start() : label.end()]
                if _trailer_ok(kind, rest, head, at_start=label.start() == 0):
                    found.append(
                        Mark(
                            kind="clutter",
                            block=block.index,
                            start=label.start(),
                            end=end,
                            reason=_TRAILER_REASON[kind],
                        )
                    )
    return found


def _trailer_ok(kind: str, rest: str, label: str, *, at_start: bool) -> bool:
    """Whether the run after a trailer ``label`` (of ``kind``) is really that trailer."""
    if kind == "tags" and not (at_start or label.rstrip().endswith(":")):
        return False  # "Tags" with no colon only opens its own line
    if not rest and kind != "copyright":
        return False
    if len(rest) > _TRAILER_LIMIT[kind]:
        return False
    if kind == "syndication":  # names the site: "... di Purnawarta.com dengan judul ..."
        return _DOMAIN.search(rest, timeout=REGEX_TIMEOUT) is not None or "dengan judul" in rest
    if kind == "copyright":
        return not _has_sentence(rest)
    if _has_sentence(rest):
        return False
    if kind in ("tags", "related") and rest.endswith("."):
        return False
    if kind == "related":  # title-case headlines
        words = [w for w in rest.split() if w.lower() not in clutter.FUNCTION_WORDS]
        capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        return capitalised >= 0.7 * len(words)
    if kind == "source":
        if label.startswith("("):  # "(Sumber: IRNA)"
            if not rest.endswith(")"):
                return False
            rest = rest[:-1]
        return _looks_like_credit(rest.rstrip(". "))
    return True


_CREDIT_JOINERS = frozenset({"dan", "via", "and", "&", "/", "-", "–", "|"})


def _looks_like_credit(text: str) -> bool:
    """Whether ``text`` names agencies (``Press TV``, ``IRNA, Tasnim``,
    ``parstoday.ir``) rather than opening a sentence."""
    words = [w.strip("()[]") for w in text.replace(",", " ").replace("/", " / ").split()]
    words = [w for w in words if w]
    if not 0 < len(words) <= 10:
        return False
    return all(
        w[:1].isupper()
        or w[:1].isdigit()
        or w.lower() in _CREDIT_JOINERS
        or _DOMAIN.fullmatch(w, timeout=REGEX_TIMEOUT) is not None
        for w in words
    )


# ---------------------------------------------------------------------------
# Layout "wordpress": metadata (captions, date lines, author lines).

_CAPTION_LINE = regex.compile(
    r"(?:Foto|FOTO|Sumber\s(?:foto|Foto|gambar|Gambar)|Gambar|Ilustrasi|Photo)\s{0,2}:\s{0,2}\S.{0,240}"
    r"|.{1,220}\(\s{0,2}(?:Foto|Sumber\sfoto|Gambar|Photo|Ilustrasi)\s{0,2}:[^()\n]{1,80}\)",
    regex.DOTALL,
)
# Where a whole-line match of _CAPTION_LINE opens (its first form), else it ends with ")".
_CAPTION_STARTS = ("Foto", "FOTO", "Sumber", "Gambar", "Ilustrasi", "Photo")
_BY_LABEL = regex.compile(
    r"^(?:Posted\sby|Diposting\soleh|Ditulis\soleh|Dipublikasikan\soleh|By|BY|Oleh|OLEH)"
    r"\s{0,3}:?\s{1,3}(?P<rest>\S.{0,80})$",
    regex.DOTALL,
)
_BARE_BY = regex.compile(
    r"^(?:Posted\sby|Diposting\soleh|Ditulis\soleh|Dipublikasikan\soleh|By|BY|Oleh|OLEH)"
    r"\s{1,3}(?=[^\s:])"
)
_META_LINE = regex.compile(
    r"^(?P<by>(?:Posted\sby|Diposting\soleh|Ditulis\soleh|By|BY|Oleh|OLEH)\s{0,3}:?\s{1,3}"
    r"[\p{L}'’.]{1,30}(?:[\s-][\p{L}'’.]{1,30}){0,6}\s{0,3}[|•·\-–—]\s{0,3})(?P<date>\S.{5,80})$"
)
#: The GeneratePress theme's meta line: the date first, then the author
#: (``Juli 9, 2024 oleh Ahmad Fauzan``).
_DATE_THEN_BY = regex.compile(
    r"^(?P<date>\S.{5,60}?)\s{1,3}(?P<by>(?:oleh|Oleh|by|By)\s{1,3}"
    r"[\p{L}'’.]{1,30}(?:[\s-][\p{L}'’.]{1,30}){0,6})$"
)
_AUTHOR_NOTE = regex.compile(
    r"^(?:\*{1,3}\)?|\(\*\))?\s{0,2}(?:Penulis|PENULIS)(?:\sartikel\sini|\stulisan\sini)?"
    r"\s(?:adalah|merupakan)\s.{3,400}$",
    regex.DOTALL,
)
_UPDATED_LINE = regex.compile(
    r"^(?:Diperbarui|Diperbaharui|Terakhir\sdiperbarui|Update|Updated|Last\supdated)\b"
)
_NEWSROOM = frozenset(
    {
        "redaksi",
        "tim redaksi",
        "redaksi purna warta",
        "admin",
        "administrator",
        "purna warta",
        "purnawarta",
        "purnawarta.com",
        "tim purna warta",
        "editor",
    }
)


def _captions(document: Document, marks: Marks) -> Marks:
    """Photo captions and credits: ``figcaption`` blocks, ``Foto: IRNA`` lines and
    short lines that end with ``(Foto: Press TV)``."""
    taken = marks_by_block(marks)
    found: Marks = []
    for block in document.blocks:
        if not _free_whole(block, taken) or len(block.text) > 260:
            continue
        text = block.text
        if block.tag == "figcaption" or (
            (text.startswith(_CAPTION_STARTS) or text.endswith(")"))
            and _CAPTION_LINE.fullmatch(text, timeout=REGEX_TIMEOUT)
        ):
            found.append(Mark(kind="caption", block=block.index))
    return found


def _date_lines(document: Document, marks: Marks) -> Marks:
    """The date line among the first blocks, and any ``Diperbarui`` line after it.

    Every line is a ``published`` mark; the core takes the first one's value as
    the publication date and records the others as ``date-line``.
    """
    if any(m.kind == "published" for m in marks):
        return []
    taken = marks_by_block(marks)
    found: Marks = []
    seen = 0
    dated = False
    for block in document.blocks:
        if not _free_whole(block, taken):
            continue
        seen += 1
        if seen > 12:
            break
        text = block.text
        if len(text) > 80 or text.endswith("."):  # a sentence, not a date line
            continue
        if dated and not _UPDATED_LINE.match(text, timeout=REGEX_TIMEOUT):
            continue
        meta = _META_LINE.match(text, timeout=REGEX_TIMEOUT)
        late = _DATE_THEN_BY.match(text, timeout=REGEX_TIMEOUT)
        if meta is not None and _parse_date(meta.group("date")) is not None:
            found.append(Mark(kind="byline", block=block.index, end=meta.end("by")))
            found.append(Mark(kind="published", block=block.index, start=meta.start("date")))
            dated = True
        elif late is not None and _parse_date(late.group("date")) is not None:
            found.append(Mark(kind="published", block=block.index, end=late.end("date")))
            found.append(Mark(kind="byline", block=block.index, start=late.start("by")))
            dated = True
        elif _parse_date(text) is not None:
            found.append(Mark(kind="published", block=block.index))
            dated = True
    return found


def _author_lines(document: Document, marks: Marks) -> Marks:
    """WordPress author lines (``By admin``, ``Diposting oleh Redaksi``) and the
    author's note that ends a column (``*Penulis adalah ...``, no person; without
    the asterisk only among the last four blocks)."""
    taken = marks_by_block(marks)
    found: Marks = []
    last = len(document.blocks) - 4
    for block in document.blocks:
        if not _free_whole(block, taken):
            continue
        text = block.text
        label = _BY_LABEL.match(text, timeout=REGEX_TIMEOUT) if len(text) <= 90 else None
        if label is not None:
            if _looks_like_names(label.group("rest")):
                found.append(Mark(kind="byline", block=block.index))
        elif (
            len(text) <= 420
            and (text[:1] in "*(" or block.index >= last)
            and _AUTHOR_NOTE.match(text, timeout=REGEX_TIMEOUT)
        ):
            found.append(Mark(kind="byline", block=block.index, persons=()))
    return found


_NAME_JOINERS = frozenset({"dan", "&", "bin", "binti", "al", "el", "van", "de", "|", ","})


def _looks_like_names(text: str) -> bool:
    """Whether ``text`` (after an ``Oleh``/``By`` label) is a few names, not a
    sentence (``Oleh karena itu, ...``)."""
    if text.casefold().strip(" .") in _NEWSROOM:
        return True
    words = text.replace(",", " , ").split()
    if not 0 < len(words) <= 8 or text.rstrip().endswith(_END_STOP):
        return False
    return all(
        w[:1].isupper() or w.lower() in _NAME_JOINERS or w.lower().startswith(("al-", "el-"))
        for w in words
    )


# ---------------------------------------------------------------------------
# Layout "one-line": scraper text that joined the page into one line.

_MULTI_WORD_PLACES = frozenset(
    {
        "tepi barat",
        "jalur gaza",
        "kota gaza",
        "new york",
        "new delhi",
        "washington dc",
        "beit lahia",
        "khan younis",
        "kuala lumpur",
        "abu dhabi",
        "hong kong",
        "tel aviv",
        "buenos aires",
    }
)


def _glued_title(document: Document, marks: Marks) -> Marks:
    """One-line scraper text: the title glued before the dateline
    (``Iran Kecam Serangan Tehran, Purna Warta – ...``).

    The place is the last capitalised word before the source (two words for a
    known two-word place such as ``Jalur Gaza``; a comma-joined part before it
    too, as in ``Al-Quds, Palestina``); what comes before it is the title.
    """
    if any(m.kind == "title" for m in marks):
        return []
    taken = marks_by_block(marks)
    for block in document.blocks:
        spans = free_spans(block, taken.get(block.index, ()))
        if spans:
            break
    else:
        return []
    text = block.text
    start, stop = spans[0]
    start += len(text[start:stop]) - len(text[start:stop].lstrip())
    if _starts_dateline(text[start:stop]):
        return []
    glued = _GLUED_DATELINE.search(text, start, min(stop, start + 600), timeout=REGEX_TIMEOUT)
    if glued is None or glued.start() == start:
        return []
    head = text[: glued.start()]
    # With no place ("Judul Purna Warta – ..."), the title is all before the source.
    title_end = _place_start(head, start) if glued.group(0).startswith(",") else len(head)
    if title_end is None:
        return []
    title = text[start:title_end].strip()
    if not title or not looks_like_title(title):
        return []
    return [Mark(kind="title", block=block.index, start=start, end=title_end)]


def _place_start(head: str, start: int) -> int | None:
    """Where the place starts in ``head`` (the text before ``, Purna Warta``),
    leaving at least one word of title after ``start``."""
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(head, start, timeout=REGEX_TIMEOUT)]
    if len(words) < 2 or not words[-1][1][:1].isupper():
        return None
    index = len(words) - 1
    if index >= 1 and f"{words[index - 1][1]} {words[index][1]}".casefold() in _MULTI_WORD_PLACES:
        index -= 1
    if index >= 1 and words[index - 1][1].endswith(",") and words[index - 1][1][:1].isupper():
        index -= 1  # "Al-Quds, Palestina"
    return words[index][0] if index >= 1 else None


# ---------------------------------------------------------------------------
# The layouts, in the order they are tried


@attrs.frozen
class Layout:
    """One page layout (or era) of purnawarta.com and the recognisers for its
    clutter and metadata.

    :param name: a short name, for maintainers.
    :param clutter: functions ``(document, marks) -> marks`` run by
        :func:`newsnorm_mark_clutter`, each seeing the marks made before it.
    :param metadata: the same, run by :func:`newsnorm_mark_metadata`.
    """

    name: str
    clutter: tuple[ClutterFn, ...] = ()
    metadata: tuple[ClutterFn, ...] = ()


#: The layouts, tried in order. A new layout is a new entry here.
LAYOUTS: tuple[Layout, ...] = (
    Layout("one-line", metadata=(_glued_title,)),
    Layout(
        "wordpress",
        clutter=(_comment_form, _share_bars, _logo_and_navigation, _lists),
        metadata=(_captions, _date_lines, _author_lines),
    ),
    Layout("jetpack", clutter=(_jetpack,)),
    Layout("amp", clutter=(_amp,)),
    Layout("article", clutter=(_related_links,)),
    Layout("trailers", clutter=(_trailers,)),
)


def _run(document: Document, marks: Sequence[Mark], stage: str) -> Marks:
    """Run every layout's recognisers for ``stage`` (``clutter`` or ``metadata``)."""
    mine: Marks = []
    for layout in LAYOUTS:
        for recognise in layout.clutter if stage == "clutter" else layout.metadata:
            mine.extend(recognise(document, [*marks, *mine]))
    return mine


# ---------------------------------------------------------------------------
# Detection

_SITE_NAMES = frozenset({"purna warta", "purnawarta", "purnawarta.com", "purna warta news"})
_TITLE_SUFFIX = regex.compile(r"[-–—|]\s{0,3}(?i:Purna\s?Warta)(?:\.com)?\s{0,3}$")
_COPYRIGHT_FOOTER = regex.compile(
    r"(?:©|Copyright|Hak\s[Cc]ipta)[^\n]{0,40}?(?i:Purna\s?Warta|purnawarta\.com)"
)
_SYNDICATION_TRAILER = regex.compile(
    r"(?i:(?:artikel|berita|tulisan)\sini\s(?:telah\s|pertama\skali\s)"
    r"(?:tayang|terbit|dimuat|diterbitkan)\s(?:di|pada|oleh)\s{1,3}(?:situs\s)?)"
    r"(?i:Purna\s?Warta|purnawarta\.com)"
)


def _detect_dateline(document: Document) -> Detection | None:
    """The outlet's dateline opening one of the first blocks, or glued after a title."""
    # Both patterns name the outlet: a cheap look for "warta" comes first.
    for block in document.blocks[:8]:
        if "warta" not in block.text[:300].lower():
            continue
        found = datelines.match_dateline(_DATELINE, block.text)
        if found is not None and found.source:
            return Detection(outlet=OUTLET.name, score=0.9, reason="Purna Warta dateline")
    for block in document.blocks[:3]:
        text = block.text
        if "warta" not in text[:1000].lower():
            continue
        glued = _GLUED_DATELINE.search(text, 0, min(len(text), 1000), timeout=REGEX_TIMEOUT)
        if glued is not None and glued.group(0).startswith(","):
            return Detection(outlet=OUTLET.name, score=0.85, reason="glued Purna Warta dateline")
    return None


def _detect_page(document: Document) -> Detection | None:
    """An HTML page's ``og:site_name`` or ``<title>``."""
    site = document.meta.get("og:site_name", "").strip().casefold()
    if site in _SITE_NAMES:
        return Detection(outlet=OUTLET.name, score=0.95, reason="og:site_name Purna Warta")
    title = document.meta.get("title", "") or document.meta.get("og:title", "")
    if title and _TITLE_SUFFIX.search(title[-80:], timeout=REGEX_TIMEOUT):
        return Detection(outlet=OUTLET.name, score=0.8, reason="page title ends in Purna Warta")
    return None


def _detect_trailer(document: Document) -> Detection | None:
    """A syndication trailer or a copyright footer naming the site."""
    tail = document.tail(12)[-5000:]
    if "warta" not in tail.lower():
        return None  # both patterns name the outlet
    if _SYNDICATION_TRAILER.search(tail, timeout=REGEX_TIMEOUT):
        return Detection(outlet=OUTLET.name, score=0.8, reason="first published on Purna Warta")
    if _COPYRIGHT_FOOTER.search(tail, timeout=REGEX_TIMEOUT):
        return Detection(outlet=OUTLET.name, score=0.7, reason="Purna Warta copyright footer")
    return None


_SIGNATURES: tuple[Callable[[Document], Detection | None], ...] = (
    _detect_page,
    _detect_dateline,
    _detect_trailer,
)


# ---------------------------------------------------------------------------
# Dates

_TWELVE_HOUR = regex.compile(
    r"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])[:.](?P<m>[0-5]\d)\s{0,2}(?P<ap>[AaPp])\.?[Mm]\.?(?!\w)"
)


def _to_24_hours(match: regex.Match[str]) -> str:
    """``2:35 pm`` → ``14:35``."""
    hour = int(match.group("h")) % 12
    if match.group("ap") in "Pp":
        hour += 12
    return f"{hour:02d}:{match.group('m')}"


def _parse_date(text: str) -> datetime | date | None:
    """A date line's value: the core's reading, with ``2:35 pm`` read as 14:35."""
    if _TWELVE_HOUR.search(text, timeout=REGEX_TIMEOUT):
        text = _TWELVE_HOUR.sub(_to_24_hours, text, timeout=REGEX_TIMEOUT)
    return dates.parse_date_line(text)


# ---------------------------------------------------------------------------
# Hooks


@hookimpl
def newsnorm_outlets() -> list[Outlet]:
    """Declare the Purna Warta outlet."""
    return [OUTLET]


@hookimpl
def newsnorm_detect(document: Document) -> Detection | None:
    """Recognise Purna Warta by its page metadata, its dateline
    (``Tehran, Purna Warta – ``) or its trailers; the best signature wins."""
    best: Detection | None = None
    for signature in _SIGNATURES:
        found = signature(document)
        if found is not None and (best is None or found.score > best.score):
            best = found
    return best


@hookimpl
def newsnorm_mark_clutter(document: Document, marks: Sequence[Mark]) -> Iterable[Mark]:
    """Mark Purna Warta's clutter with each layout's recognisers (see :data:`LAYOUTS`)."""
    return _run(document, marks, "clutter")


@hookimpl
def newsnorm_mark_metadata(document: Document, marks: Sequence[Mark]) -> Iterable[Mark]:
    """Mark captions, the date line, author lines and a glued title."""
    return _run(document, marks, "metadata")


@hookimpl
def newsnorm_parse_dateline(text: str) -> Dateline | None:
    """``Beijing, Purna Warta – ``, ``Purna Warta – ``, ``Al-Quds, Palestina,
    Purna Warta – ``, ``TEHRAN, PURNA WARTA–`` and ``Gaza, Purnawarta - ``."""
    return datelines.match_dateline(_DATELINE, text)


@hookimpl
def newsnorm_parse_byline(text: str, role: str | None) -> tuple[Person, ...] | None:
    """Parse author lines, dropping the newsroom (``Redaksi``, ``admin``,
    ``Purna Warta``), which is not a person; ``By``/``Diposting oleh`` labels
    are understood as the author's."""
    label = _BARE_BY.match(text, timeout=REGEX_TIMEOUT)
    if label is not None:  # "Oleh Ahmad", "By admin": no colon, so check it is names
        text = text[label.end() :].strip().rstrip("|•·-–— ")
        if not _looks_like_names(text):
            return ()  # "Oleh karena itu, ..." is a sentence, not a credit
        role = role or "author"
    text = text.strip().rstrip("|•·-–— ")
    people = bylines.parse_byline(text, role=role)
    return tuple(p for p in people if p.name.casefold().strip(" .") not in _NEWSROOM)


@hookimpl
def newsnorm_parse_date_line(text: str) -> datetime | date | None:
    """Read WordPress's 12-hour clock (``July 2, 2024 at 2:35 pm``); other date
    lines are left to the core."""
    if _TWELVE_HOUR.search(text, timeout=REGEX_TIMEOUT) is None:
        return None
    return _parse_date(text)


@hookimpl
def newsnorm_finalize(article: Article, document: Document) -> Article | None:
    """Put back a first paragraph taken for the title, and for a page with no
    date line take ``article:published_time``.

    The generic plugin takes a short first line that does not end with a full
    stop for the title; a first paragraph that ends with a closing quotation
    mark (``Tehran, Purna Warta – ... “Kami tidak akan mundur.”``) is such a
    line. A title that opens with the outlet's dateline is that paragraph: it
    goes back to the body, its dateline to ``dateline``, and its dates are
    found like every paragraph's.
    """
    adjusted = _restore_first_paragraph(article, document)
    article = adjusted or article
    if article.published is None and document.kind == "html":
        stamp = document.meta.get("article:published_time", "")
        value = dates.parse_date_line(stamp) if stamp else None
        if value is not None:
            return attrs.evolve(article, published=value)
    return adjusted


def _restore_first_paragraph(article: Article, document: Document) -> Article | None:
    """The Article with a title that opens with the dateline put back as the first
    paragraph, or None when the title is a title."""
    if article.title is None or article.dateline is not None:
        return None
    found = datelines.match_dateline(_DATELINE, article.title)
    if found is None:
        return None
    rest = article.title[len(found.text) :].strip()
    shift = 1 if rest else 0
    reference = document.reference_date
    if reference is None and article.published is not None:
        published = article.published
        reference = published.date() if isinstance(published, datetime) else published
    if reference is None and article.url:
        reference = dates.date_from_url(article.url)
    new = dates.find_dates(rest, reference=reference, language=article.language) if rest else []
    mentions = [
        DateMention(text=f.text, value=f.value, paragraph=0, start=f.start, end=f.end) for f in new
    ]
    mentions += [attrs.evolve(d, paragraph=d.paragraph + shift) for d in article.dates]
    warnings = [*article.warnings, *(f.warning for f in new if f.warning)]
    return attrs.evolve(
        article,
        title=None,
        dateline=found,
        body=(rest, *article.body) if rest else article.body,
        dates=tuple(mentions),
        warnings=tuple(dict.fromkeys(warnings)),
    )
