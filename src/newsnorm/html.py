"""HTML input: a page or fragment becomes a :class:`~newsnorm.document.Document`.

The page is parsed once with beautifulsoup4 on lxml. :func:`parse_page`
reads the page's metadata (``<meta>``, ``<title>``, the canonical link,
JSON-LD) and splits the whole ``<body>`` into blocks for detection. Once the
outlet is known, the pipeline asks the ``newsnorm_html_container`` hook for
the article's container (an outlet's CSS selector, or
:func:`densest_container` for pages of outlets with no plugin) and
:func:`blocks_from` splits just that element into blocks for the marking
hooks: one pipeline for text and pages.

Every visible text node is kept, grouped into blocks by its nearest
paragraph-level element (``p``, ``h1``-``h6``, ``li``, ``blockquote``,
``figcaption`` ...), in reading order; scripts, styles and other non-text
elements are skipped. The traversals use explicit stacks, so deeply nested
markup cannot exhaust Python's recursion limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from itertools import islice
from typing import Any

import regex
from bs4 import BeautifulSoup, Comment, NavigableString, PageElement, Tag

from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Block, Document

__all__ = [
    "BLOCK_TAGS",
    "SKIP_TAGS",
    "blocks_from",
    "densest_container",
    "parse_page",
    "select_container",
]

#: Elements whose text forms one block.
BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre",
     "td", "th", "dt", "dd", "caption", "div", "section", "article", "main", "header",
     "footer", "aside", "nav", "figure", "body", "table", "ul", "ol", "form", "address"}
)  # fmt: skip
#: Elements whose content is never text of the article.
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "embed",
     "canvas", "select", "option", "button", "input", "textarea", "math", "video", "audio"}
)  # fmt: skip
_BREAK = "\x00"  # a <br>, while a block's text is gathered (never in parsed text)
_PARAGRAPH_BREAK = regex.compile(r"\x00\s*\x00[\s\x00]*")
#: Elements a container is chosen among by :func:`densest_container`.
_CONTAINER_TAGS = frozenset({"div", "article", "section", "main", "td", "body"})


def _meta(soup: BeautifulSoup) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    every: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            every.setdefault(key.strip().lower(), []).append(" ".join(content.split()))
    first = {key: values[0] for key, values in every.items()}
    title = soup.find("title")
    if isinstance(title, Tag):
        text = " ".join(title.get_text(" ").split())
        if text:
            first.setdefault("title", text)
    time = soup.find("time", datetime=True)
    if isinstance(time, Tag) and isinstance(time.get("datetime"), str):
        first.setdefault("time:datetime", str(time.get("datetime")).strip())
    for link in soup.find_all("link"):
        rel = link.get("rel") or []
        href = link.get("href")
        if "canonical" in rel and isinstance(href, str) and href.strip():
            first.setdefault("canonical", href.strip())
    return first, {key: tuple(values) for key, values in every.items()}


def _flatten(value: Any) -> Iterator[Mapping[str, Any]]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
            if "@type" in item:
                yield item


def _jsonld(soup: BeautifulSoup) -> tuple[Mapping[str, Any], ...]:
    found: list[Mapping[str, Any]] = []
    for script in soup.find_all("script", type="application/ld+json"):
        text = script.string or script.get_text()
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue  # a broken JSON-LD block is common; the rest of the page is used
        found.extend(_flatten(data))
    return tuple(found)


def _classes(element: Tag) -> str:
    value = element.get("class") or []
    return " ".join(value) if isinstance(value, list) else str(value)


def blocks_from(root: Tag) -> tuple[Block, ...]:
    """Split ``root`` into blocks, one per paragraph-level element's own text."""
    runs: list[tuple[int, Tag, str]] = []  # (owner id, owner, text)
    stack: list[tuple[PageElement, Tag]] = [(root, root)]
    while stack:
        node, owner = stack.pop()
        if isinstance(node, Tag):
            name = (node.name or "").lower()
            if name in SKIP_TAGS:
                continue
            if name == "br":
                runs.append((id(owner), owner, _BREAK))
                continue
            if name in BLOCK_TAGS:
                owner = node
            stack.extend((child, owner) for child in reversed(node.contents))
        elif not isinstance(node, Comment) and type(node) is NavigableString:
            runs.append((id(owner), owner, str(node)))
    blocks: list[Block] = []
    current: list[str] = []
    current_owner: Tag | None = None
    current_id = 0

    def flush() -> None:
        if current_owner is None:
            return
        cls = _classes(current_owner)
        context = " ".join(filter(None, (_classes(a) for a in islice(current_owner.parents, 3))))
        # two line breaks in a row separate paragraphs (pages that use <br><br>, not <p>)
        for part in _PARAGRAPH_BREAK.split("".join(current), timeout=REGEX_TIMEOUT):
            text = " ".join(part.replace(_BREAK, " ").split())
            if text:
                blocks.append(
                    Block(
                        index=len(blocks),
                        text=text,
                        tag=(current_owner.name or "").lower(),
                        cls=cls,
                        context=context,
                        blank_before=True,
                    )
                )

    for owner_id, owner, text in runs:
        if current_owner is None or owner_id != current_id:
            flush()
            current, current_owner, current_id = [], owner, owner_id
        current.append(text)
    flush()
    return tuple(blocks)


def densest_container(soup: BeautifulSoup) -> Tag | None:
    """The element holding the most paragraph text directly: the usual home
    of an article's body on a page of an outlet with no plugin.

    Each ``div``, ``article``, ``section``, ``main`` or ``td`` scores the text
    length of its child ``<p>`` elements (and of ``<p>`` elements one wrapper
    ``div`` below, as page builders nest them); the best scorer wins, or the
    ``<article>`` element around it, which also holds the headline and the
    date line. None when no element holds at least half of the page's
    paragraph text (then the whole body is read).
    """
    body = soup.body or soup
    scores: dict[int, int] = {}
    best: Tag | None = None
    best_score = total = 0
    for p in body.find_all("p"):
        total += len(p.get_text(strip=True))
        parent = p.parent
        for candidate in (parent, parent.parent if parent is not None else None):
            if isinstance(candidate, Tag) and candidate.name in _CONTAINER_TAGS:
                break
        else:
            continue
        score = scores.get(id(candidate), 0) + len(p.get_text(strip=True))
        scores[id(candidate)] = score
        if score > best_score:
            best, best_score = candidate, score
    if best is None or best_score * 2 < total:
        return None  # no element holds most of the text: read the whole body
    if best.name != "article":
        article = best.find_parent("article")
        if isinstance(article, Tag):
            return article  # the article element holds the headline and date line too
    return best


def select_container(root: Any, choice: object) -> Tag | None:
    """Resolve a ``newsnorm_html_container`` answer: an element, or a CSS
    selector; a comma-separated list of selectors is tried in order, so the
    most specific layout can come first."""
    if isinstance(choice, Tag):
        return choice
    if isinstance(choice, str) and isinstance(root, Tag):
        for selector in choice.split(","):
            if selector.strip():
                found = root.select_one(selector.strip())
                if isinstance(found, Tag):
                    return found
    return None


def parse_page(
    text: str, *, url: str | None = None, reference_date: date | None = None
) -> Document:
    """Parse an HTML page or fragment into a page-level Document.

    :param text: the HTML.
    :param url: the page's address; when None, the canonical link or
        ``og:url`` is used.
    :param reference_date: passed on to the Document.
    """
    from newsnorm.source import host_of

    soup = BeautifulSoup(text, "lxml")
    meta, meta_all = _meta(soup)
    url = url or meta.get("canonical") or meta.get("og:url") or None
    root = soup.body or soup
    return Document(
        blocks=blocks_from(root),
        source=text,
        kind="html",
        url=url,
        host=host_of(url),
        meta=meta,
        meta_all=meta_all,
        jsonld=_jsonld(soup),
        root=soup,
        reference_date=reference_date,
    )
