"""What an HTML page says about its article in its metadata.

Reads ``<meta>`` values and JSON-LD (``NewsArticle`` and kin) from a
:class:`~newsnorm.document.Document` of kind ``html``: title, publication
time, authors, section and tags. The generic plugin fills an Article's empty
fields from these; outlet plugins call them too, and add their own meta names.

Times: a time with an offset keeps its instant and is expressed at the
outlet's local offset (``Outlet.utc_offset``, +07:00 for Indonesian outlets);
a time with no offset is taken as local time there.

>>> parse_page_time("2025-05-28T06:30:07+00:00").isoformat()
'2025-05-28T13:30:07+07:00'
>>> parse_page_time("2025-05-28 13:30:07").isoformat()
'2025-05-28T13:30:07+07:00'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, timezone
from typing import Any

import regex

from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Document
from newsnorm.model import Person

__all__ = [
    "ARTICLE_TYPES",
    "article_objects",
    "choose_published",
    "page_authors",
    "page_published",
    "page_section",
    "page_tags",
    "page_title",
    "parse_page_time",
]

#: JSON-LD types that describe an article.
ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
     "OpinionNewsArticle", "WebPage", "ReportageArticle"}
)  # fmt: skip
#: ``<meta>`` names that hold the publication time, in order of trust.
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "date",
    "time:datetime",
)
_ORGANISATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation"})
_OFFSET = regex.compile(r"([+-]\d{2}):?(\d{2})$|Z$")
_ORGANISATION = regex.compile(
    r"(?i)\b(?:redaksi|media|cyber|network|tim|admin|newsroom)\b|\.(?:com|id|co)\b"
)


def _types(item: Mapping[str, Any]) -> set[str]:
    kind = item.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def article_objects(document: Document) -> list[Mapping[str, Any]]:
    """The page's JSON-LD objects that describe an article, best first."""
    found = [item for item in document.jsonld if _types(item) & ARTICLE_TYPES]
    return sorted(found, key=lambda item: "WebPage" in _types(item))


def parse_page_time(text: str, offset: timedelta = timedelta(hours=7)) -> datetime | date | None:
    """Parse an ISO-8601-like time from page metadata; None when it is not one.

    :param text: ``2025-05-28T06:30:07+00:00``, ``2025-05-28 13:30:07``,
        ``2025-05-28T06:30:07Z``, ``2025-05-28``.
    :param offset: the outlet's local offset, for the result and for a time
        written without one.
    """
    text = text.strip()
    if len(text) > 40 or len(text) < 10:
        return None
    text = _OFFSET.sub(
        lambda m: "+00:00" if m.group(0) == "Z" else f"{m.group(1)}:{m.group(2)}",
        text,
        timeout=REGEX_TIMEOUT,
    )
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        value = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None
    local = timezone(offset)
    if value.tzinfo is None:
        return value.replace(tzinfo=local)
    return value.astimezone(local)


def _offset(document: Document) -> timedelta:
    return document.outlet.utc_offset if document.outlet is not None else timedelta(hours=7)


def page_published(document: Document, names: Iterable[str] = ()) -> datetime | date | None:
    """The publication time in the page's JSON-LD or ``<meta>`` (``names``
    first: an outlet's own meta names)."""
    offset = _offset(document)
    candidates: list[str] = [document.meta.get(n.lower(), "") for n in names]
    candidates += [str(item.get("datePublished", "")) for item in article_objects(document)]
    candidates += [document.meta.get(name, "") for name in PUBLISHED_META]
    for text in candidates:
        if text:
            value = parse_page_time(text, offset)
            if value is not None:
                return value
    return None


def choose_published(
    visible: datetime | date | None, metadata: datetime | date | None
) -> tuple[datetime | date | None, str | None]:
    """Pick between the visible date line and the metadata's time.

    The more precise one wins when they agree (``13:30`` and ``13:30:07`` on
    the same day; a day and a time on it); when they disagree the visible
    line is kept and a warning says what the metadata gave.

    :return: the value and a warning (or None).
    """
    if visible is None or metadata is None:
        return visible or metadata, None
    if not isinstance(visible, datetime):
        same_day = (
            metadata.date() == visible if isinstance(metadata, datetime) else metadata == visible
        )
        return (metadata, None) if same_day else (visible, _disagree(visible, metadata))
    if not isinstance(metadata, datetime):
        if visible.date() == metadata:
            return visible, None
        return visible, _disagree(visible, metadata)
    if abs(visible - metadata) < timedelta(minutes=1):
        more_precise = metadata if metadata.second or metadata.microsecond else visible
        return more_precise.astimezone(visible.tzinfo), None
    return visible, _disagree(visible, metadata)


def _disagree(visible: date, metadata: date) -> str:
    return (
        f"the page's date line says {visible.isoformat()} but its metadata says "
        f"{metadata.isoformat()}; the date line was kept"
    )


def _names(value: Any) -> list[str]:
    names: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop(0)
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict) and not _types(item) & _ORGANISATION_TYPES:
            name = item.get("name")
            if isinstance(name, str):
                names.append(name)
    return [" ".join(n.split()) for n in names if n.strip()]


def page_authors(document: Document) -> list[Person]:
    """Authors named by JSON-LD ``author`` or ``<meta name="author">``.

    Organisation names (the site, ``Redaksi``, ``Kompas Cyber Media``) are
    not people and are left out.
    """
    from newsnorm.bylines import proper_case

    site = document.meta.get("og:site_name", "").casefold()
    names: list[str] = []
    for item in article_objects(document):
        names.extend(_names(item.get("author")))
    if not names and document.meta.get("author"):
        names.append(document.meta["author"])
    people: list[Person] = []
    for name in names:
        if name.casefold() == site or _ORGANISATION.search(name, timeout=REGEX_TIMEOUT):
            continue
        person = Person(name=proper_case(name), role="author")
        if person not in people:
            people.append(person)
    return people


def page_title(document: Document) -> str | None:
    """``og:title``, the JSON-LD ``headline``, or ``<title>``."""
    for item in article_objects(document):
        headline = item.get("headline")
        if isinstance(headline, str) and headline.strip():
            return " ".join(headline.split())
    return document.meta.get("og:title") or document.meta.get("title") or None


def page_section(document: Document) -> str | None:
    """``article:section`` or the JSON-LD ``articleSection``."""
    if document.meta.get("article:section"):
        return document.meta["article:section"]
    for item in article_objects(document):
        section = item.get("articleSection")
        if isinstance(section, list):
            section = next((s for s in section if isinstance(s, str) and s.strip()), None)
        if isinstance(section, str) and section.strip():
            return " ".join(section.split())
    return None


def page_tags(document: Document) -> list[str]:
    """``article:tag`` values, else JSON-LD ``keywords``, else ``news_keywords``/``keywords``."""
    raw: list[str] = list(document.meta_all.get("article:tag", ()))
    if not raw:
        for item in article_objects(document):
            keywords = item.get("keywords")
            if isinstance(keywords, list):
                raw.extend(k for k in keywords if isinstance(k, str))
            elif isinstance(keywords, str):
                raw.extend(keywords.split(","))
    if not raw:
        for name in ("news_keywords", "keywords"):
            if document.meta.get(name):
                raw.extend(document.meta[name].split(","))
                break
    tags: list[str] = []
    for tag in raw:
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    return tags
