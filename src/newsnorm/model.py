"""The data model: an immutable :class:`Article` and the small values it holds.

Every class here is an ``attrs`` frozen, slotted class whose nested values are
frozen too (tuples, never lists), so an :class:`Article` can be hashed, shared
between threads and pickled to worker processes.

:meth:`Article.to_dict` gives a JSON-ready dict whose shape is described by the
JSON Schema shipped in the package (``newsnorm/schema/article.schema.json``);
:meth:`Article.from_dict` reverses it exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import attrs

__all__ = [
    "ROLES",
    "Article",
    "DateMention",
    "DateRange",
    "DateValue",
    "Dateline",
    "Person",
    "Removal",
    "YearMonth",
    "format_date_value",
    "parse_date_value",
]

#: The roles a :class:`Person` may have.
ROLES = frozenset({"author", "reporter", "editor", "photographer", "translator", "contributor"})


def _tuple(value: Iterable[Any] | None) -> tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, bytes)):
        raise TypeError("expected a sequence of values, got a single string")
    return tuple(value)


def _check_role(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if value not in ROLES:
        raise ValueError(f"role must be one of {sorted(ROLES)}, got {value!r}")


@attrs.frozen(kw_only=True)
class Person:
    """A person credited on the article.

    :param name: the name in proper case (``Reni Erina``, not ``RENI ERINA``).
    :param role: one of :data:`ROLES`.
    :param url: the person's profile page, when the source gives one.
    """

    name: str
    role: str = attrs.field(default="author", validator=_check_role)
    url: str | None = None


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline that opens the body (``ASTANA, KOMPAS.com -``).

    :param text: the dateline exactly as found, separators included.
    :param place: the place in proper case (``Astana``), or None when the
        dateline names only the source.
    :param source: the news source as the outlet writes it (``KOMPAS.com``,
        ``ANTARA``), or None.
    """

    text: str
    place: str | None = None
    source: str | None = None


_YM = re.compile(r"^(\d{4})-(\d{2})$")


@attrs.frozen(order=True)
class YearMonth:
    """A month of a year, for expressions such as ``Januari 2007``.

    >>> YearMonth(2007, 1).isoformat()
    '2007-01'
    """

    year: int
    month: int = attrs.field()

    @month.validator
    def _check_month(self, _attr: attrs.Attribute[int], value: int) -> None:
        if not 1 <= value <= 12:
            raise ValueError(f"month must be 1..12, got {value}")

    def isoformat(self) -> str:
        """Return ``YYYY-MM``."""
        return f"{self.year:04d}-{self.month:02d}"


@attrs.frozen
class DateRange:
    """An interval such as ``2-4 Juli 2024`` or ``Januari-Maret 2022``.

    Both ends are of the same kind (two dates or two :class:`YearMonth`).

    >>> DateRange(date(2024, 7, 2), date(2024, 7, 4)).isoformat()
    '2024-07-02/2024-07-04'
    """

    start: date | YearMonth
    end: date | YearMonth

    def isoformat(self) -> str:
        """Return ``START/END`` in ISO 8601 interval form."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


#: A normalised date value: an aware datetime, a day, a month or an interval.
DateValue = datetime | date | YearMonth | DateRange


def format_date_value(value: DateValue | None) -> str | None:
    """Render a date value as its ISO 8601 string (None stays None).

    >>> format_date_value(YearMonth(2007, 1))
    '2007-01'
    """
    if value is None:
        return None
    return value.isoformat()


def _parse_single(text: str) -> date | YearMonth:
    m = _YM.match(text)
    if m:
        return YearMonth(int(m.group(1)), int(m.group(2)))
    if "T" in text:
        return datetime.fromisoformat(text)
    return date.fromisoformat(text)


def parse_date_value(text: str | None) -> DateValue | None:
    """Parse what :func:`format_date_value` wrote (the inverse function).

    >>> parse_date_value("2024-07-02/2024-07-04")
    DateRange(start=datetime.date(2024, 7, 2), end=datetime.date(2024, 7, 4))
    """
    if text is None:
        return None
    if "/" in text:
        start, _, end = text.partition("/")
        return DateRange(_parse_single(start), _parse_single(end))
    return _parse_single(text)


@attrs.frozen(kw_only=True)
class DateMention:
    """A date expression found in a body paragraph.

    :param text: the expression as found (``Selasa (7/2/2023)``).
    :param value: the normalised value, or None when it cannot be resolved
        (a year-less date with no reference date, say).
    :param paragraph: index into :attr:`Article.body`.
    :param start: offset of the first character in that paragraph.
    :param end: offset one past the last character, so
        ``article.body[paragraph][start:end] == text``.
    """

    text: str
    value: DateValue | None
    paragraph: int
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Removal:
    """A piece of the input that is not in the body, kept verbatim.

    :param text: the piece exactly as it was in the input.
    :param reason: a short slug: ``related-link``, ``comment-prompt``,
        ``social-follow``, ``duplicate-title``, ``markup``, ``logo``,
        ``byline``, ``date-line``, ``comment-count``, ``comment-form`` ...
    :param plugin: the plugin that decided it (``core`` for the core itself).
    """

    text: str
    reason: str
    plugin: str | None = None


def _published(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, datetime) and value.utcoffset() is None:
        raise ValueError("published must be timezone-aware when it has a time")
    if value is not None and not isinstance(value, date):
        raise TypeError(f"published must be a datetime, a date or None, got {type(value).__name__}")


@attrs.frozen(kw_only=True)
class Article:
    """A clean, structured news article.

    Build one with :func:`newsnorm.normalize`; change one with
    :func:`attrs.evolve`. ``section`` (the outlet's rubric, ``Nasional``) and
    ``tags`` (its topic tags) come from a page's metadata; text input leaves
    them empty.
    """

    outlet: str | None = None
    url: str | None = None
    language: str = "id"
    title: str | None = None
    lead: str | None = None
    dateline: Dateline | None = None
    published: datetime | date | None = attrs.field(default=None, validator=_published)
    authors: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    body: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    captions: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    section: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    dates: tuple[DateMention, ...] = attrs.field(default=(), converter=_tuple)
    removed: tuple[Removal, ...] = attrs.field(default=(), converter=_tuple)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (see the package's JSON Schema).

        Dates are ISO 8601 strings; a date that cannot be resolved is None.
        """
        return {
            "outlet": self.outlet,
            "url": self.url,
            "language": self.language,
            "title": self.title,
            "lead": self.lead,
            "dateline": None if self.dateline is None else attrs.asdict(self.dateline),
            "published": format_date_value(self.published),
            "authors": [attrs.asdict(p) for p in self.authors],
            "body": list(self.body),
            "captions": list(self.captions),
            "section": self.section,
            "tags": list(self.tags),
            "dates": [
                {
                    "text": d.text,
                    "value": format_date_value(d.value),
                    "paragraph": d.paragraph,
                    "start": d.start,
                    "end": d.end,
                }
                for d in self.dates
            ],
            "removed": [attrs.asdict(r) for r in self.removed],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict`'s output.

        ``Article.from_dict(a.to_dict()) == a`` holds for every Article.

        :raises ValueError: when a value does not have the documented shape.
        """
        try:
            dl = data.get("dateline")
            published = parse_date_value(data.get("published"))
            if isinstance(published, (YearMonth, DateRange)):
                raise ValueError("published must be a datetime or a date")
            return cls(
                outlet=data.get("outlet"),
                url=data.get("url"),
                language=data.get("language", "id"),
                title=data.get("title"),
                lead=data.get("lead"),
                dateline=None if dl is None else Dateline(**dl),
                published=published,
                authors=tuple(Person(**p) for p in data.get("authors", ())),
                body=tuple(data.get("body", ())),
                captions=tuple(data.get("captions", ())),
                section=data.get("section"),
                tags=tuple(data.get("tags", ())),
                dates=tuple(
                    DateMention(
                        text=d["text"],
                        value=parse_date_value(d.get("value")),
                        paragraph=d["paragraph"],
                        start=d["start"],
                        end=d["end"],
                    )
                    for d in data.get("dates", ())
                ),
                removed=tuple(Removal(**r) for r in data.get("removed", ())),
                warnings=tuple(data.get("warnings", ())),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not an Article dict: {exc}") from exc

    def to_text(self) -> str:
        """Render the clean article as plain text.

        The title (when known) comes first, then a blank line, then the lead,
        then the body paragraphs separated by blank lines; the dateline (when
        known) opens the first body paragraph again, as the outlet wrote it.
        Feeding this text back to :func:`newsnorm.normalize` with the same
        outlet gives the same title and body.
        """
        parts: list[str] = []
        if self.title:
            parts.append(self.title)
        if self.lead:
            parts.append(self.lead)
        body = list(self.body)
        if self.dateline is not None and body:
            body[0] = f"{self.dateline.text.rstrip()} {body[0]}"
        parts.extend(body)
        return "\n\n".join(parts) + ("\n" if parts else "")
