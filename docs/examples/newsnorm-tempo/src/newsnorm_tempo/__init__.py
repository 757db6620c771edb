"""Tempo (tempo.co) for newsnorm: the plugin built in newsnorm's tutorial.

What it recognises:

- **detection**: the ``TEMPO.CO, Jakarta -`` dateline opening one of the
  first blocks (score 0.9);
- **clutter**: ``Pilihan Editor: ...`` related links, on their own line or
  glued into a paragraph (``related-link``), and the ``Baca berita dengan
  sedikit iklan, klik di sini`` promotion (``advert``);
- **bylines**: the ``Penulis: ...`` / ``Editor: ...`` credit block at the
  end, also glued to the last sentence by a scraper that joined the lines;
- **dateline**: ``TEMPO.CO, Jakarta -`` (and ``TEMPO.CO -`` without a place);
- **dates**: the date line ``Senin, 3 Februari 2025 10:15 WIB`` under the
  title (the publication time), and the title above it. In-body dates
  (``Kamis, 30 Januari 2025``) are left to newsnorm's generic plugin.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsnorm import (
    Dateline,
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
from newsnorm.document import free_spans, marks_by_block
from newsnorm.generic import looks_like_title

__all__ = [
    "OUTLET",
    "newsnorm_detect",
    "newsnorm_mark_clutter",
    "newsnorm_mark_metadata",
    "newsnorm_outlets",
    "newsnorm_parse_dateline",
]

# Step 1: the outlet ---------------------------------------------------------

#: The outlet this plugin provides. A URL on tempo.co (or a subdomain such as
#: nasional.tempo.co) is attributed to it by newsnorm itself.
OUTLET = Outlet(name="tempo", title="Tempo", hosts=("tempo.co",), language="id")


@hookimpl
def newsnorm_outlets() -> list[Outlet]:
    """Declare the Tempo outlet."""
    return [OUTLET]


# Step 2: detection ----------------------------------------------------------

#: ``TEMPO.CO, Jakarta - `` (source, place, dash) and ``TEMPO.CO - ``.
DATELINE = datelines.dateline_pattern(r"TEMPO\.CO")

#: How many blocks from the top to look at: title, date line, dateline.
HEAD_BLOCKS = 6


@hookimpl
def newsnorm_detect(document: Document) -> Detection | None:
    """A block near the top that opens with Tempo's dateline."""
    for block in document.blocks[:HEAD_BLOCKS]:
        if datelines.match_dateline(DATELINE, block.text) is not None:
            return Detection(outlet="tempo", score=0.9, reason="TEMPO.CO dateline")
    return None


# Step 3: clutter ------------------------------------------------------------

#: The label of Tempo's related links: ``Pilihan Editor: <headline>``.
PILIHAN_EDITOR = regex.compile(r"\bPilihan\s{1,3}Editor\s{0,3}:\s{0,3}")

#: Tempo's promotion of its subscription with fewer adverts.
AD_PROMO = regex.compile(
    r"Baca\s{1,3}berita\s{1,3}dengan\s{1,3}sedikit\s{1,3}iklan\s{0,2},?"
    r"\s{1,3}klik\s{1,3}di\s{1,3}sini\b\s{0,2}\.?"
)


@hookimpl
def newsnorm_mark_clutter(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark the advert promotion, then the ``Pilihan Editor:`` links."""
    found = clutter.scan(document, marks, AD_PROMO, "advert")
    found += clutter.related_links(document, [*marks, *found], PILIHAN_EDITOR)
    return found


# Step 4: bylines ------------------------------------------------------------

#: ``Penulis:`` (the writer) opening the credit block. It opens a line, or
#: follows the end of a sentence when a scraper glued it to the last paragraph.
CREDIT_START = regex.compile(r"(?:^|(?<=[.!?\"”]\s{1,3}))Penulis\s{0,2}:")

#: The longest credit block taken (labels and names).
CREDIT_LIMIT = 200


def credit_marks(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark the ``Penulis: ... Editor: ...`` credits, with the people in them.

    The credits run from ``Penulis:`` to the end of the free text and may be
    followed by an ``Editor:`` line; everything after the labels must read as
    names (:func:`newsnorm.bylines.names_only`), so a sentence that happens to
    hold ``Penulis:`` stays in the body.
    """
    taken = marks_by_block(marks)
    found: list[Mark] = []
    for block in document.blocks:
        for start, end in free_spans(block, taken.get(block.index, ())):
            text = block.text[:end]
            m = CREDIT_START.search(text, start)
            if m is None or end - m.start() > CREDIT_LIMIT:
                continue
            if not bylines.names_only(text[m.end() :]):
                continue
            people = bylines.parse_byline(text[m.start() :])
            found.append(
                Mark(kind="byline", block=block.index, start=m.start(), end=end, persons=people)
            )
    return found


#: A credit line of its own for the editor (``Editor: Agoeng Wijaya``).
EDITOR_LINE = regex.compile(r"Editor\s{0,2}:\s{0,3}\S.{0,80}")


def editor_marks(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark an ``Editor:`` line that follows the ``Penulis:`` credit."""
    taken = marks_by_block(marks)
    found: list[Mark] = []
    for block in document.blocks[1:]:
        before = taken.get(block.index - 1, ())
        after_credit = any(m.kind == "byline" for m in before)
        if after_credit and block.index not in taken and EDITOR_LINE.fullmatch(block.text):
            people = bylines.parse_byline(block.text)
            found.append(Mark(kind="byline", block=block.index, persons=people))
    return found


# Step 5: the dateline -------------------------------------------------------


@hookimpl
def newsnorm_parse_dateline(text: str) -> Dateline | None:
    """``TEMPO.CO, Jakarta - `` opening the first body paragraph."""
    return datelines.match_dateline(DATELINE, text)


# Step 6: the date line and the title ----------------------------------------

#: Tempo's date line: ``Senin, 3 Februari 2025 10:15 WIB``.
DATE_LINE = regex.compile(
    r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),\s{1,3}\d{1,2}\s{1,3}\p{L}{3,9}"
    r"\s{1,3}\d{4}\s{1,3}\d{1,2}[:.]\d{2}\s{1,3}(?:WIB|WITA|WIT)"
)


def date_line_marks(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """Mark the date line near the top (with its value) and the title above it."""
    taken = marks_by_block(marks)
    for block in document.blocks[:HEAD_BLOCKS]:
        if block.index in taken or not DATE_LINE.fullmatch(block.text):
            continue
        published = dates.parse_date_line(block.text)
        found = [Mark(kind="published", block=block.index, published=published)]
        if block.index > 0:
            above = document.blocks[block.index - 1]
            if above.index not in taken and looks_like_title(above.text):
                found.append(Mark(kind="title", block=above.index))
        return found
    return []


@hookimpl
def newsnorm_mark_metadata(document: Document, marks: Sequence[Mark]) -> list[Mark]:
    """The date line and the title, then the credits."""
    found = date_line_marks(document, marks)
    found += credit_marks(document, [*marks, *found])
    found += editor_marks(document, [*marks, *found])
    return found
