"""Adversarial inputs: every one gives an Article (or a documented error),
nothing is lost, and a regex timeout is a warning, not a crash.

How fast they run is the benchmark's business (benchmarks/); the generous
guard here only turns a hang into a failure.
"""

from __future__ import annotations

import time

import pytest

from newsnorm import Article, Mark, Normalizer, Outlet, hookimpl
from newsnorm.testing import accounted_characters, input_characters

GUARD_SECONDS = 120

ADVERSARIAL = {
    "1 MB, no newline": "Warga kota berkumpul di alun-alun. " * 30_000,
    "1 MB of one character": "a" * 1_000_000,
    "100,000 short lines": "Satu.\n" * 100_000,
    "50,000 Baca juga lines": "JAKARTA, KOMPAS.com - Isi.\n" + "Baca juga: Judul Lain\n" * 50_000,
    "50,000 glued Baca juga": "KOMPAS.com - Isi. " + "Baca juga:Judul Lain Kata dia. " * 50_000,
    "dateline-like prefixes": "JAKARTA, " * 20_000 + "KOMPAS.com - Isi.",
    "many dashes": "Jakarta " + "- " * 200_000,
    "many parentheses": "Senin (" * 50_000 + "16/6/2025)",
    "many digits and slashes": "1/2/" * 100_000,
    "unclosed tags in text": "LAPORAN: " + "<a href='" * 20_000,
    "labels only": "Penulis: Editor: Pewarta: " * 20_000,
    "only newlines": "\n" * 200_000,
    "RTL and combining marks": "\u202eعربى\u0301\u0301\u0301 " * 50_000,
}


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer(on_plugin_error="raise")


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_text(normalizer: Normalizer, name: str) -> None:
    text = ADVERSARIAL[name]
    started = time.perf_counter()
    article = normalizer.normalize(text)
    assert time.perf_counter() - started < GUARD_SECONDS, f"{name} took too long"
    assert accounted_characters(article) == input_characters(text)
    assert Article.from_dict(article.to_dict()) == article


def test_deeply_nested_tags(normalizer: Normalizer) -> None:
    page = "<html><body>" + "<div><span>" * 10_000 + "Isi berita." + "</span></div>" * 10_000
    article = normalizer.normalize(page)
    assert article.body == ("Isi berita.",)


class SlowRegex:
    """A plugin whose regex times out on every document."""

    @hookimpl
    def newsnorm_outlets(self) -> list[Outlet]:
        return [Outlet(name="lambat")]

    @hookimpl
    def newsnorm_mark_clutter(self) -> list[Mark]:
        raise TimeoutError("regex time-out")


def test_a_regex_timeout_is_a_warning_not_a_crash() -> None:
    normalizer = Normalizer([("lambat", SlowRegex())], entry_points=False)
    article = normalizer.normalize("Satu kalimat.", outlet="lambat")
    assert article.body == ("Satu kalimat.",)
    assert article.warnings == (
        "plugin 'lambat' timed out in newsnorm_mark_clutter on this input; "
        "its contribution was skipped",
    )
