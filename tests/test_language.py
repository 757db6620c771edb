"""newsnorm.language.words is exactly the lower-cased runs of letters."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsnorm.language import words
from newsnorm.testing.strategies import news_text

_LETTERS = regex.compile(r"\p{L}+")


def _reference(text: str) -> list[str]:
    return [w.lower() for w in _LETTERS.findall(text)]


@given(st.text())
def test_any_text(text: str) -> None:
    assert words(text) == _reference(text)


@given(news_text())
def test_news_text(text: str) -> None:
    assert words(text) == _reference(text)


def test_every_character_between_two_letters() -> None:
    for code in [*range(0x3000), *range(0xD7F0, 0xE010), 0x1D400, 0x10FFFF]:  # surrogates too
        text = f"ab{chr(code)}cd Ab{chr(code)}"
        assert words(text) == _reference(text), hex(code)
