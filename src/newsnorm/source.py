"""From raw input to a :class:`~newsnorm.document.Document`.

- bytes are decoded by BOM, then a declared charset, then UTF-8 (with
  replacement characters and a warning when that fails);
- characters that cannot be text (C0/C1 control characters other than white
  space, lone surrogates) are cut and recorded as ``invalid-character``
  removals, written as ``\\uXXXX`` escapes;
- HTML (a page or a fragment that starts with a tag) goes to
  :mod:`newsnorm.html`; anything else is split into one block per non-blank
  line.
"""

from __future__ import annotations

import codecs
from datetime import date
from urllib.parse import urlsplit

import attrs
import regex

from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.datelines import PLACE
from newsnorm.document import Block, Document
from newsnorm.model import Removal

__all__ = ["Prepared", "decode", "host_of", "looks_like_html", "prepare", "split_lines"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = regex.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s{0,3}=\s{0,3}["']?|<\?xml[^>]{0,100}?encoding\s{0,3}=\s{0,3}["'])"""
    rb"""(?P<enc>[A-Za-z0-9_.:\-]{1,40})""",
    regex.IGNORECASE,
)
# C0/C1 controls that are not white space, and lone surrogates.
_INVALID = regex.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]+")
_HTML_START = regex.compile(
    r"^\s{0,200}(?:<!--.{0,2000}?-->\s{0,200})?"
    r"<(?:!doctype|html|head|body|article|section|main|div|p|h[1-6]|meta|title|header|figure|span|ul|ol|table)\b",
    regex.IGNORECASE | regex.DOTALL,
)


# C0 controls other than white space, and DEL, as bytes (they are their own UTF-8).
_C0_AND_DEL = bytes([*range(0x09), *range(0x0E, 0x1C), 0x7F])
_C1_UTF8 = regex.compile(rb"\xc2[\x80-\x84\x86-\x9f]")


def _may_have_invalid(text: str) -> bool:
    """A cheap test that rules out characters :data:`_INVALID` would cut, so
    the regex runs only on the rare text that may hold one.

    Lone surrogates cannot be encoded; C0 controls and DEL are single bytes;
    C1 controls (U+0080-U+009F) encode as ``C2 80``-``C2 9F``.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return True  # a lone surrogate
    if len(data.translate(None, _C0_AND_DEL)) != len(data):
        return True
    return b"\xc2" in data and _C1_UTF8.search(data, timeout=REGEX_TIMEOUT) is not None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is taken for HTML: it opens (after white space and a
    comment) with a document or block-level tag.

    >>> looks_like_html("<p>Satu</p>"), looks_like_html("LAPORAN: <a href='x'>A</a>")
    (True, False)
    """
    return _HTML_START.match(text, timeout=REGEX_TIMEOUT) is not None


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes to text; never raises.

    :return: the text and warnings (for example when bytes were replaced).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), []
    declared = _DECLARED.search(data[:4096], timeout=REGEX_TIMEOUT)
    if declared:
        name = declared.group("enc").decode("ascii")
        try:
            codec = codecs.lookup(name)
        except LookupError:
            pass
        else:
            try:
                return data.decode(codec.name), []
            except UnicodeDecodeError:
                text = data.decode(codec.name, errors="replace")
                return text, [f"bytes invalid in the declared charset {name} were replaced"]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), [
            "the input is not valid UTF-8; invalid bytes were replaced with U+FFFD"
        ]


def _escape(chars: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in chars)


def host_of(url: str | None) -> str | None:
    """The host of ``url``, lower case, without ``www.`` (None if there is none).

    >>> host_of("https://www.Kompas.com/read/1")
    'kompas.com'
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


#: How many lines at the top may hold a dateline split from its paragraph.
_DATELINE_REACH = 8
#: A dateline's head alone on its line: a place (:data:`newsnorm.datelines.PLACE`,
#: whose part after a comma takes a source too), a source in brackets after it,
#: short (``JAKARTA, KOMPAS.com``, ``Jakarta (ANTARA)``, ``BANDUNG``).
_DATELINE_HEAD = regex.compile(
    rf"^(?=[^\n]{{2,50}}$)(?:{PLACE})(?:\s{{0,3}}\([\p{{L}}\d.&' -]{{2,25}}\))?$"
)
#: The rest of its paragraph on the next line: a dash, a space, then text.
_DASH_START = regex.compile(r"^[-–—]{1,2}\s{1,3}\S")


def _is_dateline_head(line: str) -> bool:
    """``line`` could be a dateline cut from its paragraph (a scraper that put
    a line break after the ``<strong>`` of ``<strong>JAKARTA</strong> - ...``):
    it names a place in capitals, a source in brackets or a web address."""
    if not _DATELINE_HEAD.match(line, timeout=REGEX_TIMEOUT):
        return False
    words = line.replace(",", " ").split()
    return len(words) <= 5 and (
        "(" in line
        or any(w.isupper() and sum(c.isalpha() for c in w) >= 3 for w in words)
        or any(w.lower().endswith((".com", ".co", ".id", ".tv")) for w in words)
    )


def split_lines(text: str) -> tuple[Block, ...]:
    """One :class:`Block` per non-blank line, with offsets into ``text``.

    Near the top, a dateline's head alone on its line (``JAKARTA, KOMPAS.com``)
    and the next line that goes on with a dash (``- Warga ...``) make one
    block: scrapers that join an element's text pieces with line breaks cut
    the dateline off its paragraph that way.
    """
    blocks: list[Block] = []
    offset = 0
    blank = True
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            blocks.append(
                Block(index=len(blocks), text=stripped, offset=offset + lead, blank_before=blank)
            )
            blank = False
        else:
            blank = True
        offset += len(line)
    return _join_split_datelines(blocks)


def _join_split_datelines(blocks: list[Block]) -> tuple[Block, ...]:
    for i in range(min(len(blocks), _DATELINE_REACH) - 1):
        head, rest = blocks[i], blocks[i + 1]
        if (
            not rest.blank_before
            and rest.text[:1] in "-–—"
            and _DASH_START.match(rest.text, timeout=REGEX_TIMEOUT)
            and _is_dateline_head(head.text)
        ):
            joined = Block(
                index=i,
                text=f"{head.text} {rest.text}",
                offset=head.offset,
                blank_before=head.blank_before,
            )
            later = [attrs.evolve(b, index=b.index - 1) for b in blocks[i + 2 :]]
            return (*blocks[:i], joined, *later)
    return tuple(blocks)


class Prepared:
    """The result of :func:`prepare`: the document plus what the core cut."""

    __slots__ = ("document", "removed", "warnings")

    def __init__(self, document: Document, removed: list[Removal], warnings: list[str]) -> None:
        self.document = document
        self.removed = removed
        self.warnings = warnings


def prepare(
    source: str | bytes, *, url: str | None = None, reference_date: date | None = None
) -> Prepared:
    """Decode and split the input into a :class:`Document`.

    :raises TypeError: when ``source`` is neither ``str`` nor ``bytes``.
    """
    warnings: list[str] = []
    if isinstance(source, (bytes, bytearray, memoryview)):
        text, warnings = decode(bytes(source))
    elif isinstance(source, str):
        text = source
    else:
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    removed: list[Removal] = []
    if _may_have_invalid(text) and _INVALID.search(text, timeout=REGEX_TIMEOUT):
        removed = [
            Removal(text=_escape(m.group(0)), reason="invalid-character", plugin="core")
            for m in _INVALID.finditer(text, timeout=REGEX_TIMEOUT)
        ]
        text = _INVALID.sub("", text, timeout=REGEX_TIMEOUT)
    if looks_like_html(text):
        from newsnorm import html  # bs4 and lxml load only when a page comes in

        document = html.parse_page(text, url=url, reference_date=reference_date)
    else:
        document = Document(
            blocks=split_lines(text),
            source=text,
            kind="text",
            url=url,
            host=host_of(url),
            reference_date=reference_date,
        )
    return Prepared(document, removed, warnings)
