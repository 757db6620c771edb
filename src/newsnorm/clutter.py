"""Helpers for plugins that mark clutter.

Clutter sits on its own line, or glued inside a paragraph: at its start, at
its end, or mid-line where a scraper joined a whole page into one line
(``… naik 5 persen. Baca juga:Petani Bawang Panen Raya di Brebes Harga di
tingkat petani …``). These helpers find such pieces in the text no mark covers yet
and return :class:`~newsnorm.document.Mark` objects:

- :func:`scan` marks every match of a pattern;
- :func:`related_links` marks ``Baca juga:``-style related-article links,
  finding where a glued headline ends with :func:`headline_end`.

>>> from newsnorm.source import split_lines
>>> from newsnorm.document import Document
>>> doc = Document(blocks=split_lines(
...     "Harga bawang naik 5 persen. Baca juga:Petani Bawang Panen Raya di Brebes, Pasokan "
...     "Melimpah Harga di tingkat petani justru turun."))
>>> [doc.blocks[0].text[m.start:m.end] for m in related_links(doc, [], RELATED_LABEL)]
['Baca juga:Petani Bawang Panen Raya di Brebes, Pasokan Melimpah ']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Document, Mark, free_spans, marks_by_block

__all__ = [
    "COMMENT_FORM",
    "COMMENT_FORM_LABEL",
    "FUNCTION_WORDS",
    "RELATED_LABEL",
    "SENTENCE_OPENERS",
    "SHARE_TOKEN",
    "SHARE_TOKEN_WORDS",
    "comment_form",
    "count_networks",
    "headline_end",
    "related_links",
    "scan",
    "share_bar",
    "share_bar_lines",
]

#: The labels Indonesian outlets put before a related-article link.
RELATED_LABEL = regex.compile(
    r"(?:\b(?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT)\s{1,3}(?:[Jj]uga|JUGA|[Pp]ula|PULA)"
    r"|\b(?:Berita|BERITA)\s{1,3}(?:[Tt]erkait|TERKAIT)"
    r"|\b(?:Artikel|ARTIKEL)\s{1,3}(?:[Tt]erkait|TERKAIT))\s{0,3}:\s{0,3}"
)

#: The headings and notices of a WordPress comment form (the default themes'
#: English and Indonesian strings): ``Tinggalkan Balasan``, ``Batalkan balasan``,
#: ``Alamat email Anda tidak akan dipublikasikan.``, ``Leave a Reply`` ...
COMMENT_FORM = regex.compile(
    r"Leave\s{1,3}[Aa]\s{1,3}(?:Reply|reply|Comment|comment)"
    r"|Your\s{1,3}email\s{1,3}address\s{1,3}will\s{1,3}not\s{1,3}be\s{1,3}published\.?"
    r"|Required\s{1,3}fields\s{1,3}are\s{1,3}marked(?:\s{0,3}\*)?"
    r"|Save\s{1,3}my\s{1,3}name,\s{1,3}email,\s{1,3}and\s{1,3}website\s{1,3}in\s{1,3}this"
    r"\s{1,3}browser\s{1,3}for\s{1,3}the\s{1,3}next\s{1,3}time\s{1,3}I\s{1,3}comment\.?"
    r"|Cancel\s{1,3}[Rr]eply"
    r"|Tinggalkan\s{1,3}(?:Balasan|Komentar)"
    r"|Batalkan\s{1,3}balasan"
    r"|Alamat\s{1,3}email\s{1,3}Anda\s{1,3}tidak\s{1,3}akan\s{1,3}dipublikasikan\.?"
    r"|Ruas\s{1,3}yang\s{1,3}wajib\s{1,3}ditandai(?:\s{0,3}\*)?"
    r"|Simpan\s{1,3}nama,\s{1,3}email,\s{1,3}dan\s{1,3}situs\s{1,3}web\s{1,3}saya\s{1,3}pada"
    r"\s{1,3}peramban\s{1,3}ini\s{1,3}untuk\s{1,3}komentar\s{1,3}saya\s{1,3}berikutnya\.?"
)
# The first word of each COMMENT_FORM alternative: a block with none is not tried.
_COMMENT_FORM_WORDS = (
    "Leave", "Your", "Required", "Save", "Cancel", "Tinggalkan", "Batalkan", "Alamat", "Ruas",
    "Simpan",
)  # fmt: skip
#: The label of a comment form's field, a line of its own: ``Komentar *``, ``Nama``.
COMMENT_FORM_LABEL = regex.compile(
    r"^(?:Comment|Name|Email|E-mail|Website|Komentar|Nama|Situs\s{1,3}[Ww]eb|Post\s{1,3}Comment"
    r"|Kirim\s{1,3}Komentar)\s{0,3}\*?$"
)

_SHARE_WORDS = (
    r"Share(?:\s(?:this|on|ke))?|SHARE|Bagikan(?:\s(?:ini|ke|di))?|BAGIKAN|Sebarkan|Tweet"
)
_NETWORKS = (
    r"Facebook|Twitter|WhatsApp|Whatsapp|Telegram|LinkedIn|Linkedin|Pinterest|Reddit|Line"
    r"|Email|E-mail|X"
)
#: One share button's label, as a pattern to build on: a share word
#: (``Bagikan``, ``Share this``), a network (``Facebook``, ``WhatsApp``),
#: ``Print``/``Cetak``, ``Salin Link``/``Copy Link``.
SHARE_TOKEN = (
    rf"(?:{_SHARE_WORDS}|{_NETWORKS}|Print|Cetak|Salin\s(?:Link|Tautan)|Copy\s(?:Link|URL))"
)
#: What every :data:`SHARE_TOKEN` starts with (a cheap test before the patterns).
SHARE_TOKEN_WORDS = (
    "Share", "SHARE", "Bagikan", "BAGIKAN", "Sebarkan", "Tweet", "Facebook", "Twitter", "Whats",
    "Telegram", "Linked", "Pinterest", "Reddit", "Line", "Email", "E-mail", "X", "Print", "Cetak",
    "Salin", "Copy",
)  # fmt: skip
_SHARE_TOKEN_RE = regex.compile(rf"(?<![\w-]){SHARE_TOKEN}(?![\w-])")
_NETWORK_RE = regex.compile(rf"(?<![\w-])(?:{_NETWORKS})(?![\w-])")
# Names that are also ordinary words (Line, Email, X) are weak: lines of them alone
# (``Line`` / ``Email``) are not taken for a share bar.
_STRONG_RE = regex.compile(
    r"(?<![\w-])(?:Facebook|Twitter|WhatsApp|Whatsapp|Telegram|LinkedIn|Linkedin|Pinterest"
    rf"|Reddit|{_SHARE_WORDS})(?![\w-])"
)
_SHARE_WORD_RE = regex.compile(rf"(?<![\w-])(?:{_SHARE_WORDS})(?![\w-])")
_SHARE_LINE = regex.compile(
    rf"{SHARE_TOKEN}\s{{0,2}}:?(?:[\s|·•/,:]{{1,5}}{SHARE_TOKEN}\s{{0,2}}:?){{0,15}}"
)

#: Lower-case words a title-case headline may hold (``di``, ``dan``, ``yang`` ...).
FUNCTION_WORDS = frozenset(
    {
        "di", "ke", "dari", "dan", "atau", "yang", "untuk", "dengan", "pada", "dalam", "oleh",
        "karena", "soal", "usai", "jelang", "demi", "bagi", "akan", "tak", "tidak", "ini", "itu",
        "jadi", "hingga", "sampai", "sebagai", "ada", "juga", "saat", "antara", "terhadap",
        "tentang", "agar", "bisa", "kian", "makin", "masih", "sudah", "telah", "belum", "pun",
        "lagi", "vs", "via", "per",
    }
)  # fmt: skip

_WORD = regex.compile(r"\S+")
#: Characters ``str.split`` takes for white space and the ``\s`` of ``regex`` does not.
_SPLIT_ONLY_SPACE = ("\x1c", "\x1d", "\x1e", "\x1f")
_SENTENCE_END = regex.compile(r"[?!](?=\s)|[.](?=\s+[\"“]?\p{Lu})")


#: Words that open a sentence of running text and rarely stand inside a
#: headline (``Menurut Bambang, ...``, ``Sementara itu, ...``).
SENTENCE_OPENERS = frozenset(
    {"Menurut", "Sementara", "Namun", "Adapun", "Sebelumnya", "Sedangkan", "Kendati", "Meski"}
)


def _is_lower_word(word: str) -> bool:
    letters = word.strip("\"'“”‘’,.;:()[]")
    return bool(letters) and letters[:1].islower()


def _starts_sentence(words: list[tuple[int, str]], i: int) -> bool:
    """Whether ``words[i]`` opens a sentence of running text after a headline."""
    word = words[i][1]
    nxt = words[i + 1][1] if i + 1 < len(words) else ""
    after = words[i + 2][1] if i + 2 < len(words) else ""
    if word[:1] in '"“' and word[1:2].isupper():
        return True  # a quotation opens the next paragraph
    if word.rstrip(",") in SENTENCE_OPENERS and (
        word.endswith(",") or nxt.endswith(",") or _is_lower_word(nxt)
    ):
        return True
    return (
        word[:1].isupper()
        and _is_lower_word(nxt)
        and _is_lower_word(after)
        and not (nxt.lower() in FUNCTION_WORDS and after.lower() in FUNCTION_WORDS)
    )


def _words(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """The matches of :data:`_WORD` in ``text[start:stop]``: each word's offset
    and text.

    ``str.split`` finds them several times faster than ``finditer`` (which
    reads the timeout clock at every match), unless the text holds a
    character only ``str.split`` takes for white space.
    """
    segment = text[start:stop]
    if any(char in segment for char in _SPLIT_ONLY_SPACE):
        return [
            (m.start(), m.group(0))
            for m in _WORD.finditer(text, start, stop, timeout=REGEX_TIMEOUT)
        ]
    words = []
    position = 0
    for word in segment.split():
        position = segment.find(word, position)  # white space before it holds no word
        words.append((start + position, word))
        position += len(word)
    return words


def headline_end(text: str, start: int, *, limit: int = 250) -> int:
    """Where a title-case headline that begins at ``start`` ends.

    Used for related links glued into running text. The headline ends at the
    first of: a ``?`` or ``!`` (or a ``.`` before a capital), or the start of
    a sentence — a capitalised word followed by two lower-case words, one of
    which is not a :data:`FUNCTION_WORDS` word; an opening quotation mark
    before a capital; a :data:`SENTENCE_OPENERS` word with its comma — or
    ``limit`` characters.

    >>> t = "Pelatih Baru di Klub Kota, Andi Puas dengan Tim Sampai saat ini, klub belum"
    >>> t[: headline_end(t, 0)]
    'Pelatih Baru di Klub Kota, Andi Puas dengan Tim '
    >>> t = "Petani Merugi akibat Hujan Deras Menurut Bambang, harga naik"
    >>> t[: headline_end(t, 0)]
    'Petani Merugi akibat Hujan Deras '
    """
    stop = min(len(text), start + limit)
    end_mark = _SENTENCE_END.search(text, start, stop, timeout=REGEX_TIMEOUT)
    words = _words(text, start, stop)
    for i in range(1, len(words)):
        position = words[i][0]
        if end_mark is not None and position > end_mark.end():
            break  # the punctuation comes first
        if _starts_sentence(words, i):
            return position
    if end_mark is not None:
        return end_mark.end() + (1 if end_mark.end() < len(text) else 0)
    return stop if stop < len(text) else len(text)


def _reads_as_sentence(text: str) -> bool:
    """Running text after a headline: five words or more, closed like a sentence."""
    return len(text.split()) >= 5 and text.rstrip().endswith((".", "!", "?", '"', "”"))


def scan(
    document: Document,
    marks: Sequence[Mark],
    pattern: regex.Pattern[str],
    reason: str,
    *,
    kind: str = "clutter",
    blocks: Iterable[int] | None = None,
) -> list[Mark]:
    """Mark every match of ``pattern`` in text no mark covers yet.

    :param document: the input.
    :param marks: the marks accepted so far.
    :param pattern: a compiled ``regex`` pattern; its whole match is marked.
    :param reason: the clutter reason (ignored for other kinds).
    :param kind: the mark kind.
    :param blocks: restrict to these block indexes.
    :return: one mark per non-empty match.
    """
    taken = marks_by_block(marks)
    wanted = None if blocks is None else set(blocks)
    found: list[Mark] = []
    for block in document.blocks:
        if wanted is not None and block.index not in wanted:
            continue
        for start, end in free_spans(block, taken.get(block.index, ())):
            for m in pattern.finditer(block.text, start, end, timeout=REGEX_TIMEOUT):
                if m.end() > m.start():
                    found.append(
                        Mark(kind=kind, block=block.index, start=m.start(), end=m.end(),
                             reason=reason if kind == "clutter" else None)
                    )  # fmt: skip
    return found


def comment_form(document: Document, marks: Sequence[Mark], *, glued: bool = True) -> list[Mark]:
    """Mark a WordPress comment form: its headings and notices
    (:data:`COMMENT_FORM`), then the field labels on lines of their own after
    the first of them (:data:`COMMENT_FORM_LABEL`), all as ``comment-form``.

    :param document: the input.
    :param marks: the marks accepted so far (their text is left alone).
    :param glued: find the headings anywhere, also inside long blocks (a
        one-line scraper output); False looks only at unmarked lines of at
        most 300 characters that open with one, for sites whose layout is not
        known.
    :return: the new marks.
    """
    if glued:
        whole = "\n".join(b.text for b in document.blocks)
        words = [word for word in _COMMENT_FORM_WORDS if word in whole]  # one look at the text
        if not words:
            return []
        blocks = [b.index for b in document.blocks if any(word in b.text for word in words)]
    else:  # lines that open with a heading or notice
        taken = marks_by_block(marks)
        blocks = [
            b.index
            for b in document.blocks
            if len(b.text) <= 300
            and b.index not in taken
            and b.text.startswith(_COMMENT_FORM_WORDS)
        ]
    found = scan(document, marks, COMMENT_FORM, "comment-form", blocks=blocks)
    if not found:
        return found
    taken = marks_by_block([*marks, *found])
    for block in document.blocks[min(m.block for m in found) + 1 :]:
        if (
            block.index not in taken
            and len(block.text) <= 40
            and COMMENT_FORM_LABEL.fullmatch(block.text, timeout=REGEX_TIMEOUT)
        ):
            found.append(Mark(kind="clutter", block=block.index, reason="comment-form"))
    return found


def count_networks(text: str) -> int:
    """How many social network names (``Facebook``, ``WhatsApp`` ...) ``text`` holds."""
    return len(_NETWORK_RE.findall(text, timeout=REGEX_TIMEOUT))


def share_bar(text: str) -> bool:
    """Whether ``text``, made of share-button labels only, is a share bar: two
    networks at least, or a share word and one more label (``Bagikan: WhatsApp``).
    """
    tokens = _SHARE_TOKEN_RE.findall(text, timeout=REGEX_TIMEOUT)
    sharing = _SHARE_WORD_RE.search(text, timeout=REGEX_TIMEOUT) is not None
    return count_networks(text) >= 2 or (sharing and len(tokens) >= 1)


def share_bar_lines(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark share bars on lines of their own, as ``share-bar``: a line of
    share-button labels (``Share Facebook Twitter WhatsApp``), or consecutive
    lines of them judged together (``Bagikan:`` / ``Facebook`` / ``Twitter``)
    by :func:`share_bar`; lines of names that are also words (``Line`` /
    ``Email``) need a share word or another network among them. A lone
    network name between paragraphs stays.

    :param document: the input.
    :param marks: the marks accepted so far (blocks they touch are left alone).
    :return: the new marks.
    """
    taken = marks_by_block(marks)
    found: list[Mark] = []
    run: list[int] = []  # consecutive lines of share-button labels only
    texts: list[str] = []

    def close_run() -> None:
        if not run:
            return
        joined = " ".join(texts)
        strong = len(run) == 1 or _STRONG_RE.search(joined, timeout=REGEX_TIMEOUT) is not None
        if strong and share_bar(joined):
            found.extend(Mark(kind="clutter", block=index, reason="share-bar") for index in run)
        run.clear()
        texts.clear()

    for block in document.blocks:
        if (
            len(block.text) <= 200
            and block.index not in taken
            and block.text.startswith(SHARE_TOKEN_WORDS)
            and _SHARE_LINE.fullmatch(block.text, timeout=REGEX_TIMEOUT)
        ):
            run.append(block.index)
            texts.append(block.text)
        else:
            close_run()
    close_run()
    return found


def related_links(
    document: Document,
    marks: Sequence[Mark],
    label: regex.Pattern[str] = RELATED_LABEL,
    *,
    reason: str = "related-link",
    line_limit: int = 300,
) -> list[Mark]:
    """Mark related-article links (``Baca juga: <headline>``).

    A block that starts with the label and is at most ``line_limit``
    characters long is marked whole, unless what follows the headline reads
    as a sentence of its own (the scraper glued the next paragraph to the
    link); a label glued inside a paragraph is marked from the label to
    :func:`headline_end`.

    :param document: the input.
    :param marks: the marks accepted so far.
    :param label: the label pattern (default :data:`RELATED_LABEL`).
    :param reason: the clutter reason.
    :param line_limit: the longest block taken whole.
    """
    taken = marks_by_block(marks)
    found: list[Mark] = []
    for block in document.blocks:
        for start, end in free_spans(block, taken.get(block.index, ())):
            text = block.text
            if label is RELATED_LABEL and text.find(":", start, end) == -1:
                continue  # no match of the default label, which holds a colon
            position = start
            while position < end:
                m = label.search(text, position, end, timeout=REGEX_TIMEOUT)
                if m is None:
                    break
                stop = min(end, headline_end(text, m.end()))
                at_start = m.start() == start and not text[:start].strip()
                if at_start and len(text) <= line_limit and not _reads_as_sentence(text[stop:end]):
                    stop = end  # a line of its own: the whole line is the link
                if stop <= m.end():
                    position = m.end()
                    continue
                mark = Mark(
                    kind="clutter", block=block.index, start=m.start(), end=stop, reason=reason
                )
                found.append(mark)
                position = stop
    return found
