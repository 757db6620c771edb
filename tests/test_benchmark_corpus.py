"""The benchmark's generated corpus reads like each outlet's own articles and pages.

The benchmark's figures mean something only if its generated articles are
handled as real ones are: attributed to their outlet with no URL, their
dateline and clutter recognised. No timing is asserted here.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

import newsnorm
from benchmarks.corpus import (
    BASE_GENERATED,
    OUTLETS,
    html_corpus,
    outlet_articles,
    seed_texts,
    text_corpus,
)

CLUTTER = (
    "Baca juga",
    "Baca Juga",
    "Pewarta:",
    "LAPORAN",
    "Tinggalkan Balasan",
    "JernihBerkomentar",
)
NO_DATELINE = {"rmol"}  # RMOL opens its body with its logo, not a dateline


@pytest.mark.parametrize("outlet", OUTLETS)
def test_generated_articles_read_as_the_outlets_own(outlet: str) -> None:
    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(outlet_articles(outlet))
    def check(text: str) -> None:
        article = newsnorm.normalize(text)
        assert article.outlet == outlet
        assert (article.dateline is None) == (outlet in NO_DATELINE)
        assert not [p for p in article.body if any(c in p for c in CLUTTER)]
        assert article.removed

    check()


def test_the_text_corpus_grows_with_its_scale() -> None:
    one = list(text_corpus(1))
    assert len(one) == len(seed_texts()) + BASE_GENERATED
    assert one == list(text_corpus(1)), "the corpus is the same on every run"
    two = list(text_corpus(2))
    assert len(two) == 2 * len(one)
    assert 2500 < sum(len(t.encode()) for t in one) / len(one) < 3500  # about 3 KB


def test_generated_pages_read_as_the_outlets_own() -> None:
    pages = html_corpus(len(OUTLETS))
    generated = [(label.split()[-1], page) for label, page in pages if label.startswith("gen")]
    assert [outlet for outlet, _ in generated] == list(OUTLETS)
    for outlet, page in generated:
        assert 80_000 < len(page) < 300_000
        article = newsnorm.normalize(page)
        assert article.outlet == outlet
        assert article.title
        assert len(article.body) >= 5
        assert not any("articleText" in p or "googletag" in p for p in article.body)


def test_pages_are_the_same_on_every_run() -> None:
    assert html_corpus(2) == html_corpus(2)
