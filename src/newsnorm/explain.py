"""``newsnorm explain``: the input, with every decision marked and labelled.

:func:`explain` renders a :class:`~newsnorm.pipeline.Trace` (from
:meth:`Normalizer.trace() <newsnorm.pipeline.Normalizer.trace>`) as text for a
person: a header with the outlet, its detection score and reason, then the
input block by block with each piece that did not stay in the body marked
with the reason and the plugin that decided it:

- ``[-REASON (PLUGIN): TEXT-]``: removed (clutter), recorded in ``Article.removed``;
- ``[=KIND (PLUGIN): TEXT=]``: moved out of the body into a field: ``title``,
  ``lead``, ``caption``, ``byline`` (the authors), ``date-line`` (the
  publication date) and ``dateline``;
- ``[+date VALUE (PLUGIN): TEXT+]``: a date found in the body (it stays there).

With ``color=True`` the same text is coloured with ANSI escapes (removed red,
fields cyan, dates green); stripping the escapes gives the plain text back.

The dateline and the dates are not marks: they come from the
``newsnorm_parse_dateline`` and ``newsnorm_find_dates`` hooks, whose first
result wins; the trace records which plugin gave them.

>>> from newsnorm import Normalizer
>>> normalizer = Normalizer()
>>> trace = normalizer.trace("JAKARTA - Harga naik sejak Senin (3/2/2025).\\nBaca juga: Banjir")
>>> print(explain(trace))
outlet:    none (no plugin recognised the text)
dateline:  Jakarta (generic)
removed:   related-link 1
key:       [-removed-] [=moved to a field=] [+date in the body+]
<BLANKLINE>
[=dateline (generic): JAKARTA -=] Harga naik sejak [+date 2025-02-03 (generic): Senin (3/2/2025)+].
[-related-link (generic): Baca juga: Banjir-]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

import attrs

from newsnorm.document import Block, Mark
from newsnorm.model import Dateline, DateValue, Removal, format_date_value
from newsnorm.pipeline import DETECTION_THRESHOLD, Trace

__all__ = ["COLORS", "Deciders", "explain", "strip_ansi"]

#: The ANSI colour of each kind of marker (SGR parameters).
COLORS: Mapping[str, str] = MappingProxyType(
    {"removed": "31", "field": "36", "date": "32", "header": "1", "note": "2"}
)

_OPEN = {"removed": "[-", "field": "[=", "date": "[+"}
_CLOSE = {"removed": "-]", "field": "=]", "date": "+]"}
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_UNKNOWN = "?"


def _read_only(mapping: Mapping[int, str]) -> Mapping[int, str]:
    return MappingProxyType(dict(mapping))


@attrs.frozen(kw_only=True)
class Deciders:
    """The plugins behind the results that are not marks.

    :param dateline: the plugin whose ``newsnorm_parse_dateline`` gave
        ``Article.dateline``, or None when unknown.
    :param dates: for each body paragraph with dates, the plugin whose
        ``newsnorm_find_dates`` found them.
    """

    dateline: str | None = None
    dates: Mapping[int, str] = attrs.field(factory=dict, converter=_read_only)


def strip_ansi(text: str) -> str:
    """Remove ANSI colour escapes.

    >>> strip_ansi("\\x1b[31m[-logo (rmol): x-]\\x1b[0m")
    '[-logo (rmol): x-]'
    """
    return _ANSI.sub("", text)


# --- where body text came from ---------------------------------------------------


@attrs.frozen
class _Folded:
    """A block's unmarked text as the core joins and folds it into a paragraph,
    with the block offset of each character."""

    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The block span behind ``text[start:end]`` (``end > start``)."""
        return self.offsets[start], self.offsets[end - 1] + 1


def _fold(block: Block, marks: Iterable[Mark]) -> _Folded:
    """What the pipeline makes of ``block``: the pieces between its marks,
    joined with a space, white space folded."""
    raw: list[tuple[str, int]] = []
    position = 0
    for start, end in sorted(m.span(block) for m in marks):
        raw.extend((c, i) for i, c in enumerate(block.text[position:start], position))
        raw.append((" ", start))
        position = max(position, end)
    raw.extend((c, i) for i, c in enumerate(block.text[position:], position))
    text: list[str] = []
    offsets: list[int] = []
    pending: int | None = None
    for char, offset in raw:
        if char.isspace():
            if text and pending is None:
                pending = offset
            continue
        if pending is not None:
            text.append(" ")
            offsets.append(pending)
            pending = None
        text.append(char)
        offsets.append(offset)
    return _Folded("".join(text), tuple(offsets))


@attrs.frozen
class _Paragraph:
    """A body paragraph traced to its block: it is ``folded.text[shift:]``."""

    block: int
    folded: _Folded
    shift: int


def _marks_by_block(marks: Iterable[Mark]) -> dict[int, list[Mark]]:
    found: dict[int, list[Mark]] = {}
    for mark in marks:
        found.setdefault(mark.block, []).append(mark)
    return found


def _paragraphs(trace: Trace, by_block: Mapping[int, Sequence[Mark]]) -> dict[int, _Paragraph]:
    """Map body paragraph indexes to the blocks they came from, by their text."""
    dateline = trace.article.dateline
    candidates: list[tuple[str, _Paragraph]] = []
    for block in trace.document.blocks:
        folded = _fold(block, by_block.get(block.index, ()))
        shift = 0
        if dateline is not None and block.index == trace.dateline_block:
            after = folded.text[len(dateline.text) :]
            shift = len(folded.text) - len(after.lstrip())
        text = folded.text[shift:].rstrip()
        if text:
            candidates.append((text, _Paragraph(block.index, folded, shift)))
    found: dict[int, _Paragraph] = {}
    next_candidate = 0
    for index, paragraph in enumerate(trace.article.body):
        for k in range(next_candidate, len(candidates)):
            if candidates[k][0] == paragraph:
                found[index] = candidates[k][1]
                next_candidate = k + 1
                break
    return found


# --- segments: labelled spans of blocks -----------------------------------------------


@attrs.frozen
class _Segment:
    """A labelled span of one block."""

    block: int
    start: int
    end: int
    style: str  # removed, field or date
    label: str


def _mark_segments(trace: Trace) -> list[_Segment]:
    segments: list[_Segment] = []
    titles = 0
    for mark in trace.marks:
        block = trace.document.blocks[mark.block]
        start, end = mark.span(block)
        plugin = mark.plugin or _UNKNOWN
        if mark.kind == "clutter":
            style, label = "removed", f"{mark.reason or 'clutter'} ({plugin})"
        elif mark.kind == "title" and titles:
            style, label = "removed", f"duplicate-title ({plugin})"
        else:
            titles += mark.kind == "title"
            name = "date-line" if mark.kind == "published" else mark.kind
            style, label = "field", f"{name} ({plugin})"
        segments.append(_Segment(mark.block, start, end, style, label))
    return segments


def _overlaps(segment: _Segment, others: Iterable[_Segment]) -> bool:
    return any(
        o.block == segment.block and o.start < segment.end and segment.start < o.end for o in others
    )


def _date_label(value: DateValue | None, plugin: str) -> str:
    shown = format_date_value(value)
    return f"date {shown or '?'} ({plugin})"


# --- rendering ---------------------------------------------------------------------


class _Painter:
    """Wraps text in ANSI colours, or leaves it plain."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def paint(self, text: str, style: str, *, bold: bool = False) -> str:
        if not self.color or not text:
            return text
        code = COLORS[style]
        if bold and code != "1":
            code = f"1;{code}"
        return f"\x1b[{code}m{text}\x1b[0m"

    def marker(self, style: str, label: str, text: str) -> str:
        head = self.paint(f"{_OPEN[style]}{label}:", style, bold=True)
        return head + self.paint(f" {text}{_CLOSE[style]}", style)


def _render_block(block: Block, segments: Sequence[_Segment], painter: _Painter) -> str:
    pieces: list[str] = []
    position = 0
    for seg in sorted(segments, key=lambda s: (s.start, s.end)):
        if seg.start < position:
            continue  # overlaps one already drawn; listed elsewhere
        raw = block.text[seg.start : seg.end]
        inner = raw.strip()
        lead = raw[: len(raw) - len(raw.lstrip())]
        trail = raw[len(raw.rstrip()) :]
        pieces.append(block.text[position : seg.start] + lead)
        pieces.append(painter.marker(seg.style, seg.label, inner) if inner else raw)
        pieces.append(trail)
        position = seg.end
    pieces.append(block.text[position:])
    return "".join(pieces)


def _outlet_line(trace: Trace) -> str:
    article = trace.article
    best = trace.detections[0] if trace.detections else None
    if article.outlet is None:
        if best is None:
            return "none (no plugin recognised the text)"
        return (
            f"none (best: {best.outlet} {best.score:.2f}, below {DETECTION_THRESHOLD}: "
            f"{best.reason or 'no reason given'})"
        )
    if best is None or best.outlet != article.outlet:
        return f"{article.outlet} (forced, not detected)"
    return f"{best.outlet}, score {best.score:.2f}: {best.reason or 'no reason given'}"


def _dateline_value(dateline: Dateline, plugin: str) -> str:
    parts = [p for p in (dateline.place, dateline.source) if p]
    return f"{', '.join(parts) or repr(dateline.text)} ({plugin})"


def _removal_counts(removed: Iterable[Removal]) -> str:
    counts = Counter(r.reason for r in removed)
    return ", ".join(f"{reason} {n}" for reason, n in sorted(counts.items()))


def _header(trace: Trace, deciders: Deciders, painter: _Painter, name: str | None) -> list[str]:
    article = trace.article
    rows: list[tuple[str, str]] = []
    if name is not None:
        rows.append(("input", name))
    rows.append(("outlet", _outlet_line(trace)))
    others = [d for d in trace.detections[1:] if d.score > 0]
    if others:
        rows.append(("also", ", ".join(f"{d.outlet} {d.score:.2f}" for d in others)))
    if article.language != "id":
        rows.append(("language", article.language))
    if article.title is not None:
        rows.append(("title", article.title))
    if article.published is not None:
        rows.append(("published", format_date_value(article.published) or ""))
    if article.dateline is not None:
        rows.append(("dateline", _dateline_value(article.dateline, deciders.dateline or _UNKNOWN)))
    if article.authors:
        people = (f"{p.name} ({p.role})" for p in article.authors)
        rows.append(("authors", ", ".join(people)))
    if article.section is not None:
        rows.append(("section", article.section))
    if article.tags:
        rows.append(("tags", ", ".join(article.tags)))
    if article.removed:
        rows.append(("removed", _removal_counts(article.removed)))
    rows.append(("key", "[-removed-] [=moved to a field=] [+date in the body+]"))
    return [painter.paint(f"{key + ':':<10}", "header") + " " + value for key, value in rows]


def _unplaced_removals(trace: Trace) -> list[Removal]:
    """Removals no mark accounts for (made before the text was split into blocks)."""
    from_marks: Counter[tuple[str, str | None]] = Counter()
    for mark in trace.marks:
        block = trace.document.blocks[mark.block]
        start, end = mark.span(block)
        from_marks[block.text[start:end].strip(), mark.plugin] += 1
    left: list[Removal] = []
    for removal in trace.article.removed:
        key = (removal.text, removal.plugin)
        if from_marks[key]:
            from_marks[key] -= 1
        else:
            left.append(removal)
    return left


def explain(
    trace: Trace,
    *,
    color: bool = False,
    deciders: Deciders | None = None,
    name: str | None = None,
) -> str:
    """Render ``trace`` for a person: a header, then the input with every
    removed piece, field and date marked (see the module's documentation).

    :param trace: from :meth:`Normalizer.trace() <newsnorm.pipeline.Normalizer.trace>`.
    :param color: use ANSI colours (otherwise plain markers).
    :param deciders: the plugins to name for the dateline and the dates;
        by default the ones the trace recorded.
    :param name: the input's name, shown in the header.
    :return: the text, ending with a newline.
    """
    deciders = deciders or Deciders(dateline=trace.dateline_plugin, dates=trace.date_plugins)
    painter = _Painter(color)
    article = trace.article
    blocks = trace.document.blocks
    by_block = _marks_by_block(trace.marks)
    segments = _mark_segments(trace)
    notes: list[str] = []

    paragraphs = _paragraphs(trace, by_block)
    dateline = article.dateline
    if dateline is not None:
        block_index = trace.dateline_block
        placed = False
        if block_index is not None:
            folded = _fold(blocks[block_index], by_block.get(block_index, ()))
            if folded.text.startswith(dateline.text) and dateline.text.strip():
                start, end = folded.span(0, len(dateline.text.rstrip()))
                label = f"dateline ({deciders.dateline or _UNKNOWN})"
                seg = _Segment(block_index, start, end, "field", label)
                if not _overlaps(seg, segments):
                    segments.append(seg)
                    placed = True
        if not placed:
            notes.append(f"dateline {dateline.text.strip()!r} (not placed in the text)")

    for mention in article.dates:
        plugin = deciders.dates.get(mention.paragraph, _UNKNOWN)
        label = _date_label(mention.value, plugin)
        where = paragraphs.get(mention.paragraph)
        if where is not None:
            a, b = where.shift + mention.start, where.shift + mention.end
            if where.folded.text[a:b] == mention.text and b > a:
                start, end = where.folded.span(a, b)
                seg = _Segment(where.block, start, end, "date", label)
                if not _overlaps(seg, segments):
                    segments.append(seg)
                    continue
        shown = painter.marker("date", label, mention.text)
        notes.append(f"{shown} in paragraph {mention.paragraph} (not placed in the text)")

    for removal in _unplaced_removals(trace):
        label = f"{removal.reason} ({removal.plugin or _UNKNOWN})"
        notes.append(painter.marker("removed", label, removal.text) + " (before the blocks)")

    lines = _header(trace, deciders, painter, name)
    by_segment_block: dict[int, list[_Segment]] = {}
    for seg in segments:
        by_segment_block.setdefault(seg.block, []).append(seg)
    for block in blocks:
        if block.blank_before or block.tag is not None or block.index == 0:
            lines.append("")
        lines.append(_render_block(block, by_segment_block.get(block.index, ()), painter))
    if notes:
        lines.extend(["", painter.paint("notes:", "header"), *(f"  {n}" for n in notes)])
    if article.warnings:
        lines.extend(["", painter.paint("warnings:", "header")])
        lines.extend(f"  {w}" for w in article.warnings)
    return "\n".join(lines) + "\n"
