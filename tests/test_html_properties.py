"""Property tests of the HTML path: any page gives an Article, the same one
twice, and on pages with no container to choose every character of the
visible text is accounted for (title, lead, body, captions, dateline or
removed), as for text input."""

from __future__ import annotations

import html
import json
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newsnorm import Normalizer
from newsnorm.testing import accounted_characters, input_characters
from newsnorm.testing.strategies import NEWS_PIECES, news_text, paragraphs, titles

_NORMALIZER = Normalizer(on_plugin_error="raise")

# Markup pieces glued at random: unbalanced, misnested, deep or empty.
_MARKUP = (
    "<div>", "</div>", '<div class="isi">', "<p>", "</p>", "<br>", "<br/>", "<b>", "</b>",
    "<span>", "</span>", "<h1>", "</h1>", "<li>", "<ul>", "</ul>", "<figure>", "<figcaption>",
    "</figcaption>", "</figure>", "<!-- x -->", "<?php ?>", "<script>var a = 1;</script>",
    "<style>p {}</style>", "<article>", "</article>", "<table><tr><td>", "</td></tr></table>",
    "&amp;", "&nbsp;", "&#8211;", "<", ">", "&", "<html>", "<body>", "</body>", "<head>",
    "<title>", "</title>", '<meta name="author" content="Budi">', "<time datetime='2025-01-02'>",
    "</time>", '<a href="https://contoh.test/a">', "</a>",
)  # fmt: skip

_soup = st.lists(
    st.one_of(st.sampled_from(_MARKUP), st.sampled_from(NEWS_PIECES), news_text()),
    max_size=40,
).map("".join)


@st.composite
def _flat_pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A page of paragraphs, headings and list items in the body, no container
    element: every piece of text is visible, none outside the article."""
    pieces: list[str] = []
    parts = [f"<h1>{html.escape(draw(titles()))}</h1>"]
    for _ in range(draw(st.integers(1, 8))):
        text = draw(st.one_of(paragraphs(), news_text()))
        pieces.append(text)
        tag = draw(st.sampled_from(["p", "p", "li", "blockquote", "h2"]))
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    pieces.append(html.unescape(parts[0][4:-5]))
    return "<html><body>" + "\n".join(parts) + "</body></html>", pieces


@given(_soup)
def test_any_markup_gives_an_article_and_the_same_one_twice(page: str) -> None:
    first = _NORMALIZER.normalize(page)
    assert _NORMALIZER.normalize(page) == first
    json.dumps(first.to_dict())


@given(_flat_pages())
def test_every_visible_character_is_accounted_for(case: tuple[str, list[str]]) -> None:
    page, pieces = case
    article = _NORMALIZER.normalize(page)
    expected = sum((input_characters(piece) for piece in pieces), Counter())
    assert accounted_characters(article) == expected
