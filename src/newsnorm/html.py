"""HTML input: a page or fragment becomes a :class:`~newsnorm.document.Document`.

The page is parsed with beautifulsoup4 on lxml. Every visible text node is
kept, grouped into blocks by its nearest paragraph-level element (``p``,
``h1``-``h6``, ``li``, ``blockquote``, ``figcaption`` ...), in reading order;
scripts, styles and other non-text elements are skipped. ``<meta>`` values
go to :attr:`Document.meta` (with ``title`` from ``<title>`` and
``canonical`` from ``<link rel="canonical">``). The traversal uses an explicit
stack, so deeply nested markup cannot exhaust Python's recursion limit.
"""

from __future__ import annotations

from datetime import date

from bs4 import BeautifulSoup, Comment, NavigableString, PageElement, Tag

from newsnorm.document import Block, Document

__all__ = ["BLOCK_TAGS", "SKIP_TAGS", "parse_page"]

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


def _meta(soup: BeautifulSoup) -> dict[str, str]:
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str):
            meta.setdefault(key.strip().lower(), content.strip())
    title = soup.find("title")
    if isinstance(title, Tag):
        meta.setdefault("title", " ".join(title.get_text(" ").split()))
    for link in soup.find_all("link"):
        rel = link.get("rel") or []
        href = link.get("href")
        if "canonical" in rel and isinstance(href, str):
            meta.setdefault("canonical", href.strip())
    return meta


def _blocks(root: Tag) -> tuple[Block, ...]:
    runs: list[tuple[int, str, str]] = []  # (owner id, owner tag name, text)
    stack: list[tuple[PageElement, Tag]] = [(root, root)]
    while stack:
        node, owner = stack.pop()
        if isinstance(node, Tag):
            name = (node.name or "").lower()
            if name in SKIP_TAGS:
                continue
            if name == "br":
                runs.append((id(owner), owner.name or "", "\n"))
                continue
            if name in BLOCK_TAGS:
                owner = node
            stack.extend((child, owner) for child in reversed(node.contents))
        elif not isinstance(node, Comment) and type(node) is NavigableString:
            runs.append((id(owner), owner.name or "", str(node)))
    blocks: list[Block] = []
    current: list[str] = []
    current_owner: tuple[int, str] | None = None

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text and current_owner is not None:
            tag = current_owner[1].lower()
            blocks.append(Block(index=len(blocks), text=text, tag=tag, blank_before=True))

    for owner_id, tag, text in runs:
        if current_owner is None or owner_id != current_owner[0]:
            flush()
            current, current_owner = [], (owner_id, tag)
        current.append(text)
    flush()
    return tuple(blocks)


def parse_page(
    text: str, *, url: str | None = None, reference_date: date | None = None
) -> Document:
    """Parse an HTML page or fragment into a Document.

    :param text: the HTML.
    :param url: the page's address; when None, the canonical link or
        ``og:url`` is used.
    :param reference_date: passed on to the Document.
    """
    from newsnorm.source import host_of

    soup = BeautifulSoup(text, "lxml")
    meta = _meta(soup)
    url = url or meta.get("canonical") or meta.get("og:url") or None
    root = soup.body or soup
    return Document(
        blocks=_blocks(root),
        source=text,
        kind="html",
        url=url,
        host=host_of(url),
        meta=meta,
        reference_date=reference_date,
    )
