"""Properties that hold for every input (generic behaviour and all plugins).

The *nothing lost* invariant is stated in docs/model.rst; its two sides are
:func:`newsnorm.testing.input_characters` and
:func:`newsnorm.testing.accounted_characters`, the same functions the plugin
test kit uses.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsnorm
from newsnorm import Article, NewsnormError, Normalizer
from newsnorm.source import _INVALID, looks_like_html
from newsnorm.testing import accounted_characters, input_characters
from newsnorm.testing.strategies import news_text

GENERIC = Normalizer(entry_points=False)
DEFAULT = Normalizer(on_plugin_error="raise")

# Any text, and text glued from news furniture (labels, datelines, dates, tags).
ANY_TEXT = st.text(max_size=300) | news_text()


@pytest.mark.parametrize("normalizer", [GENERIC, DEFAULT], ids=["generic", "plugins"])
@given(text=ANY_TEXT)
def test_nothing_is_lost(normalizer: Normalizer, text: str) -> None:
    assume(not looks_like_html(text))  # the invariant is about text input
    article = normalizer.normalize(text)
    assert accounted_characters(article) == input_characters(text)


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
