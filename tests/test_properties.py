"""Properties that hold for every input (generic behaviour and all plugins).

The *nothing lost* invariant: let ``S`` be the text input with the characters
that cannot be text removed (C0/C1 controls other than white space, lone
surrogates: they are recorded as ``invalid-character`` removals). Then the
non-white-space characters of ``S``, counted with multiplicity, are exactly
those of the Article's ``title``, ``lead``, ``body``, ``captions``,
``dateline.text`` and the texts of ``removed`` (other than
``invalid-character`` entries) taken together.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsnorm
from newsnorm import Article, NewsnormError, Normalizer
from newsnorm.source import _INVALID, looks_like_html

GENERIC = Normalizer(entry_points=False)
DEFAULT = Normalizer(on_plugin_error="raise")

# Text that looks like news: Indonesian words, labels, datelines, dates, tags.
PIECES = st.sampled_from(
    [
        "Jakarta", "KOMPAS.com", "(ANTARA)", "–", "-", " ", "\n", "\n\n", "Baca juga:",
        "Berita Terkait:", "Penulis:", "LAPORAN:", "Editor:", "RENI ERINA", "Senin", "Jumat",
        "(16/6/2025)", "15/6", "2-4 Juli", "Januari 2007", "07:00 WIB", "•", "<a href='x'>",
        "</a>", "rmol news logo", "Komentar", "0", "Presiden", "mengatakan", ".", ",", "“", "”",
        "Kazakhstan", "#JernihBerkomentar", "FOLLOW US", "Leave A Reply", "Purna Warta",
        "JurnalPatroliNews", "ASTANA", "/Net", "dan", "yang",
    ]
)  # fmt: skip
NEWSLIKE = st.lists(PIECES | st.text(max_size=8), max_size=60).map("".join)
ANY_TEXT = st.text(max_size=300) | NEWSLIKE


def accounted(article: Article) -> Counter[str]:
    parts = [article.title or "", article.lead or "", *article.body, *article.captions]
    if article.dateline is not None:
        parts.append(article.dateline.text)
    parts.extend(r.text for r in article.removed if r.reason != "invalid-character")
    return Counter(c for part in parts for c in part if not c.isspace())


def expected(text: str) -> Counter[str]:
    return Counter(c for c in _INVALID.sub("", text) if not c.isspace())


@pytest.mark.parametrize("normalizer", [GENERIC, DEFAULT], ids=["generic", "plugins"])
@given(text=ANY_TEXT)
def test_nothing_is_lost(normalizer: Normalizer, text: str) -> None:
    assume(not looks_like_html(text))  # the invariant is about text input
    article = normalizer.normalize(text)
    assert accounted(article) == expected(text)


@pytest.mark.parametrize("normalizer", [GENERIC, DEFAULT], ids=["generic", "plugins"])
@given(source=ANY_TEXT | st.binary(max_size=300))
def test_total_and_deterministic(normalizer: Normalizer, source: str | bytes) -> None:
    try:
        first = normalizer.normalize(source)
    except NewsnormError:  # documented failures only
        return
    assert isinstance(first, Article)
    assert normalizer.normalize(source) == first
    assert Article.from_dict(first.to_dict()) == first
    for mention in first.dates:
        assert first.body[mention.paragraph][mention.start : mention.end] == mention.text


@given(st.one_of(st.none(), st.integers(), st.floats(), st.lists(st.text())))
def test_wrong_types_are_type_errors(value: object) -> None:
    with pytest.raises(TypeError):
        newsnorm.normalize(value)  # type: ignore[arg-type]


@given(st.text() | st.text(st.characters(max_codepoint=0x2FF)))
def test_the_cheap_invalid_character_test_never_misses(text: str) -> None:
    from newsnorm.source import _may_have_invalid

    if _INVALID.search(text):
        assert _may_have_invalid(text)
