"""HTML input: a page or fragment becomes a :class:`~newsnorm.document.Document`.

The page is parsed once with lxml's HTML parser (libxml2) into an element
tree (``Document.tree``). :func:`parse_page` reads the page's metadata
(``<meta>``, ``<title>``, the canonical link, JSON-LD) and splits the whole
``<body>`` into blocks for detection. Once the outlet is known, the pipeline
asks the ``newsnorm_html_container`` hook for the article's container (an
outlet's CSS selector, or :func:`densest_container` for pages of outlets with
no plugin) and :func:`blocks_from` splits just that element into blocks for
the marking hooks: one pipeline for text and pages.

Every visible text node is kept, grouped into blocks by its nearest
paragraph-level element (``p``, ``h1``-``h6``, ``li``, ``blockquote``,
``figcaption`` ...), in reading order; scripts, styles and other non-text
elements are skipped. The traversals use explicit stacks, so deeply nested
markup cannot exhaust Python's recursion limit, and a page nested deeper
than libxml2's limit is rebuilt with its deepest elements folded into their
ancestors (their text kept) instead of being cut short.

>>> root = parse_tree("<p>Satu <b>dua</b><br>tiga</p><script>x()</script>")
>>> [block.text for block in blocks_from(root)]
['Satu dua tiga']
>>> text_of(select(root, "b")[0])
'dua'
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from datetime import date
from itertools import islice
from typing import Any

import attrs
import regex
from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector, SelectorError

from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.document import Block, Document

__all__ = [
    "BLOCK_TAGS",
    "SKIP_TAGS",
    "blocks_from",
    "densest_container",
    "narrow",
    "parse_page",
    "parse_tree",
    "select",
    "select_container",
    "text_of",
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


#: How deep the tree of a page may nest; deeper elements are folded into their
#: ancestor at this depth (libxml2 stops building a tree at 2,048 levels).
MAX_DEPTH = 1_000


class _FoldingTarget:
    """A parser target that builds the tree, folding elements nested deeper
    than :data:`MAX_DEPTH` into their ancestor (their text is kept)."""

    def __init__(self) -> None:
        self.builder = etree.TreeBuilder(parser=lxml_html.HTMLParser())
        self.depth = 0

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        self.depth += 1
        if self.depth <= MAX_DEPTH:
            self.builder.start(tag, dict(attrib))

    def end(self, tag: str) -> None:
        if self.depth <= MAX_DEPTH:
            self.builder.end(tag)
        self.depth -= 1

    def data(self, data: str) -> None:
        self.builder.data(data)

    def close(self) -> Any:
        return self.builder.close()


def parse_tree(text: str) -> Any:
    """Parse HTML into an lxml element tree (the ``<html>`` element); None
    when the input holds no element at all.

    A fresh parser is made for each page (lxml parsers must not be shared
    between threads). A page nested deeper than libxml2 builds is parsed again
    through :class:`_FoldingTarget`, so no text after the deep part is lost.
    """
    data = text.encode("utf-8", "surrogatepass")
    parser = lxml_html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except etree.ParserError:
        return None  # "Document is empty": whitespace or comments only
    if any(error.level == etree.ErrorLevels.FATAL for error in parser.error_log):
        folding: Any = _FoldingTarget()
        root = etree.fromstring(
            data, etree.HTMLParser(target=folding, encoding="utf-8", huge_tree=True)
        )
    return root


@functools.lru_cache(maxsize=256)
def _selector(css: str) -> CSSSelector:
    return CSSSelector(css, translator="html")


def select(root: Any, css: str) -> list[Any]:
    """The elements under ``root`` that match the CSS selector ``css``, in
    document order (compiled selectors are cached).

    :raises ValueError: when ``css`` is not a valid selector.
    """
    try:
        selector = _selector(css)
    except SelectorError as exc:
        raise ValueError(f"invalid CSS selector {css!r}: {exc}") from exc
    return list(selector(root))


def text_of(element: Any) -> str:
    """All the text inside ``element``, whitespace folded to single spaces
    (scripts and styles left out)."""
    return " ".join(" ".join(text for _, text in _runs(element) if text != _BREAK).split())


def _meta(root: Any) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    every: dict[str, list[str]] = {}
    for tag in root.iter("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if key and content and content.strip():
            every.setdefault(key.strip().lower(), []).append(" ".join(content.split()))
    first = {key: values[0] for key, values in every.items()}
    title = next(root.iter("title"), None)
    if title is not None:
        text = " ".join(" ".join(title.itertext()).split())
        if text:
            first.setdefault("title", text)
    for time in root.iter("time"):
        if time.get("datetime") is not None:
            first.setdefault("time:datetime", time.get("datetime").strip())
            break
    for link in root.iter("link"):
        href = link.get("href")
        if "canonical" in (link.get("rel") or "").split() and href and href.strip():
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


def _jsonld(root: Any) -> tuple[Mapping[str, Any], ...]:
    found: list[Mapping[str, Any]] = []
    for script in root.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue  # a broken JSON-LD block is common; the rest of the page is used
        found.extend(_flatten(data))
    return tuple(found)


def _classes(element: Any) -> str:
    return " ".join((element.get("class") or "").split())


def blocks_from(root: Any) -> tuple[Block, ...]:
    """Split the element ``root`` into blocks, one per paragraph-level
    element's own text."""
    return _split(root)[0]


def _runs(root: Any) -> Iterator[tuple[Any, str]]:
    """The text of ``root`` in reading order, as ``(owner, text)`` runs: the
    owner is the nearest paragraph-level element (or ``root``), a ``<br>`` is
    :data:`_BREAK`; scripts, styles, comments and the like are skipped."""
    # (node, owner of the text around it, whether this entry is the node's tail)
    stack: list[tuple[Any, Any, bool]] = [(root, root, False)]
    while stack:
        node, owner, is_tail = stack.pop()
        if is_tail:
            yield owner, node.tail
            continue
        if node is not root and node.tail:
            stack.append((node, owner, True))  # read after the node's content
        tag = node.tag
        if not isinstance(tag, str):
            continue  # a comment or processing instruction
        name = tag.lower()
        if name in SKIP_TAGS:
            continue
        if name == "br":
            yield owner, _BREAK
            continue
        if name in BLOCK_TAGS:
            owner = node
        if node.text:
            yield owner, node.text
        stack.extend((child, owner, False) for child in reversed(node))


def _split(root: Any) -> tuple[tuple[Block, ...], tuple[Any, ...]]:
    """The blocks of ``root`` and the element each was read from."""
    blocks: list[Block] = []
    elements: list[Any] = []
    current: list[str] = []
    current_owner: Any = None

    def flush() -> None:
        joined = "".join(current)
        if current_owner is None or joined.isspace():
            return  # most runs are the white space between elements
        cls = _classes(current_owner)
        context = " ".join(
            filter(None, (_classes(a) for a in islice(current_owner.iterancestors(), 3)))
        )
        tag = current_owner.tag.lower() if isinstance(current_owner.tag, str) else ""
        # two line breaks in a row separate paragraphs (pages that use <br><br>, not <p>)
        parts = [joined]
        if _BREAK in joined:
            parts = _PARAGRAPH_BREAK.split(joined, timeout=REGEX_TIMEOUT)
        for part in parts:
            text = " ".join(part.replace(_BREAK, " ").split())
            if text:
                blocks.append(
                    Block(
                        index=len(blocks),
                        text=text,
                        tag=tag,
                        cls=cls,
                        context=context,
                        blank_before=True,
                    )
                )
                elements.append(current_owner)

    for owner, text in _runs(root):
        if owner is not current_owner:
            flush()
            current, current_owner = [], owner
        current.append(text)
    flush()
    return tuple(blocks), tuple(elements)


def narrow(document: Document, container: Any) -> Document:
    """``document`` with only the blocks read from inside ``container`` (an
    element of ``document.tree``, or of another tree), renumbered.

    The page's blocks are reused when the container is a paragraph-level
    element of the page's tree (the blocks inside it are then exactly those
    :func:`blocks_from` would give); otherwise the container is split anew.
    """
    tag = container.tag.lower() if isinstance(container.tag, str) else ""
    if tag not in BLOCK_TAGS or container.getroottree().getroot() is not document.tree:
        blocks, elements = _split(container)
        return attrs.evolve(document, blocks=blocks, elements=elements)
    inside = set(container.iter())
    keep = [i for i, element in enumerate(document.elements) if element in inside]
    return attrs.evolve(
        document,
        blocks=tuple(attrs.evolve(document.blocks[i], index=n) for n, i in enumerate(keep)),
        elements=tuple(document.elements[i] for i in keep),
    )


def _paragraph_length(p: Any) -> int:
    return sum(len(text.strip()) for text in p.itertext())


def densest_container(root: Any) -> Any:
    """The element holding the most paragraph text directly: the usual home
    of an article's body on a page of an outlet with no plugin.

    Each ``div``, ``article``, ``section``, ``main`` or ``td`` scores the text
    length of its child ``<p>`` elements (and of ``<p>`` elements one wrapper
    ``div`` below, as page builders nest them); the best scorer wins, or the
    ``<article>`` element around it, which also holds the headline and the
    date line. None when no element holds at least half of the page's
    paragraph text (then the whole body is read).
    """
    body = root.find("body")
    if body is None:
        body = root
    scores: dict[Any, int] = {}
    best: Any = None
    best_score = total = 0
    for p in body.iter("p"):
        length = _paragraph_length(p)
        total += length
        parent = p.getparent()
        for candidate in (parent, parent.getparent() if parent is not None else None):
            if candidate is not None and candidate.tag in _CONTAINER_TAGS:
                break
        else:
            continue
        score = scores.get(candidate, 0) + length
        scores[candidate] = score
        if score > best_score:
            best, best_score = candidate, score
    if best is None or best_score * 2 < total:
        return None  # no element holds most of the text: read the whole body
    if best.tag != "article":
        article = next(best.iterancestors("article"), None)
        if article is not None:
            return article  # the article element holds the headline and date line too
    return best


def select_container(root: Any, choice: object) -> Any:
    """Resolve a ``newsnorm_html_container`` answer: an lxml element, a
    BeautifulSoup ``Tag`` (from ``Document.root``), or a CSS selector; a
    comma-separated list of selectors is tried in order, so the most specific
    layout can come first. None when nothing matches.

    :raises ValueError: for an invalid selector.
    :raises TypeError: for an answer of any other type.
    """
    if isinstance(choice, etree._Element):
        return choice
    if isinstance(choice, str):
        if root is None:
            return None
        for css in choice.split(","):
            if css.strip():
                found = select(root, css.strip())
                if found:
                    return found[0]
        return None
    if hasattr(choice, "name") and hasattr(choice, "decode"):  # a bs4 Tag: its own markup
        fragment = parse_tree(str(choice))
        if fragment is None:
            return None
        body = fragment.find("body")
        return body if body is not None else fragment
    raise TypeError(f"expected a CSS selector or an element, got {type(choice).__name__}")


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

    tree = parse_tree(text)
    if tree is None:
        meta: dict[str, str] = {}
        meta_all: dict[str, tuple[str, ...]] = {}
        blocks: tuple[Block, ...] = ()
        jsonld: tuple[Mapping[str, Any], ...] = ()
        elements: tuple[Any, ...] = ()
    else:
        meta, meta_all = _meta(tree)
        body = tree.find("body")
        blocks, elements = _split(tree if body is None else body)
        jsonld = _jsonld(tree)
    url = url or meta.get("canonical") or meta.get("og:url") or None
    return Document(
        blocks=blocks,
        source=text,
        kind="html",
        url=url,
        host=host_of(url),
        meta=meta,
        meta_all=meta_all,
        jsonld=jsonld,
        tree=tree,
        elements=elements,
        reference_date=reference_date,
    )
