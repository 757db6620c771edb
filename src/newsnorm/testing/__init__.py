"""A test kit for outlet plugins: the guarantees newsnorm's own plugins meet.

Install with ``pip install newsnorm[testing]`` (it needs Hypothesis). Give
:func:`check_plugin` a handful of example articles in your outlet's format
and samples of its clutter; it runs the property suite against your plugin
and raises :class:`AssertionError` with a readable counterexample when a
property fails::

    from newsnorm.testing import Clutter, check_plugin

    def test_tempo_plugin():
        check_plugin(
            "tempo",
            examples=[Path("tests/examples/tempo1.txt").read_text()],
            clutter=[Clutter("Pilihan Editor: Harga Cabai Turun")],
        )

The properties (each is also a function of its own):

- :func:`check_total`: any text or bytes gives an Article or a documented
  error, never another exception;
- :func:`check_nothing_lost`: every non-white-space character of the input
  is in the Article (see :func:`accounted_characters`);
- :func:`check_deterministic`: the same input gives the same Article;
- :func:`check_detected`: each example is attributed to the outlet without a URL;
- :func:`check_clean_round_trip`: ``normalize(a.to_text(), outlet=a.outlet)``
  gives ``a``'s title and body back;
- :func:`check_clutter_injection`: clutter inserted into a clean article (on
  its own line, glued at a paragraph's start or end, or mid-line in one-line
  scraper text) is removed and the body comes back exactly.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsnorm.errors import NewsnormError
from newsnorm.model import Article
from newsnorm.pipeline import Normalizer
from newsnorm.source import _INVALID, looks_like_html
from newsnorm.testing.strategies import news_text

__all__ = [
    "PLACEMENTS",
    "Clutter",
    "accounted_characters",
    "check_clean_round_trip",
    "check_clutter_injection",
    "check_deterministic",
    "check_detected",
    "check_nothing_lost",
    "check_plugin",
    "check_total",
    "input_characters",
]

#: Where a clutter sample may be put: its own line between paragraphs, its
#: own line after the last paragraph (``tail``: trailers such as "FOLLOW US"),
#: glued to the start or the end of a paragraph, or in the middle of one-line
#: scraper text.
PLACEMENTS = ("line", "tail", "start", "end", "inline")


def _placements(value: Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen
class Clutter:
    """A sample of an outlet's clutter and where it is seen in the wild.

    :param text: the clutter exactly as the outlet prints it.
    :param where: a subset of :data:`PLACEMENTS`.
    """

    text: str
    where: tuple[str, ...] = attrs.field(default=("line",), converter=_placements)

    @where.validator
    def _check(self, _attr: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        unknown = set(value) - set(PLACEMENTS)
        if unknown or not value:
            raise ValueError(f"where must be a non-empty subset of {PLACEMENTS}, got {value}")


def input_characters(text: str) -> Counter[str]:
    """The characters the nothing-lost invariant counts in an input.

    Non-white-space characters, after removing what cannot be text (C0/C1
    controls other than white space, lone surrogates), counted with
    multiplicity.
    """
    return Counter(c for c in _INVALID.sub("", text) if not c.isspace())


def accounted_characters(article: Article) -> Counter[str]:
    """The non-white-space characters of an Article's text-bearing fields.

    ``title``, ``lead``, ``body``, ``captions``, ``dateline.text`` and the
    texts of ``removed`` (other than ``invalid-character`` records, which
    hold escapes). For text input this equals :func:`input_characters`.
    """
    parts = [article.title or "", article.lead or "", *article.body, *article.captions]
    if article.dateline is not None:
        parts.append(article.dateline.text)
    parts.extend(r.text for r in article.removed if r.reason != "invalid-character")
    return Counter(c for part in parts for c in part if not c.isspace())


def _settings(max_examples: int) -> settings:
    """The kit's settings, on top of the loaded Hypothesis profile."""
    return settings(
        settings.default,
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        database=None,
    )


def check_total(normalizer: Normalizer, *, max_examples: int = 100) -> None:
    """Any ``str`` or ``bytes`` gives an Article or a :class:`NewsnormError`."""

    @_settings(max_examples)
    @given(st.text(max_size=400) | st.binary(max_size=400) | news_text())
    def run(source: str | bytes) -> None:
        with contextlib.suppress(NewsnormError):  # documented failures are fine
            normalizer.normalize(source)

    run()


def check_nothing_lost(
    normalizer: Normalizer, examples: Sequence[str], *, max_examples: int = 100
) -> None:
    """Every non-white-space input character is accounted for, on the
    examples, on news-like text and on the examples cut at any point.

    The invariant is about text input: inputs taken for HTML
    (:func:`newsnorm.source.looks_like_html`) are skipped.
    """
    for example in examples:
        article = normalizer.normalize(example)
        assert accounted_characters(article) == input_characters(example), (
            f"characters lost or added for example starting {example[:60]!r}"
        )

    @_settings(max_examples)
    @given(news_text() | st.sampled_from(list(examples) or [""]).flatmap(_cut))
    def run(text: str) -> None:
        assume(not looks_like_html(text))  # the invariant is about text input
        article = normalizer.normalize(text)
        assert accounted_characters(article) == input_characters(text)

    run()


def _cut(text: str) -> st.SearchStrategy[str]:
    return st.integers(0, len(text)).map(lambda i: text[:i])


def check_deterministic(normalizer: Normalizer, examples: Sequence[str]) -> None:
    """The same input gives the same Article, also from a fresh Normalizer."""
    fresh = normalizer.copy()
    for example in examples:
        first = normalizer.normalize(example)
        assert normalizer.normalize(example) == first
        assert fresh.normalize(example) == first


def check_detected(normalizer: Normalizer, outlet: str, examples: Sequence[str]) -> None:
    """Each example is attributed to ``outlet`` with no URL given."""
    for example in examples:
        got = normalizer.normalize(example).outlet
        assert got == outlet, f"detected {got!r}, not {outlet!r}, for {example[:60]!r}"


def check_clean_round_trip(normalizer: Normalizer, outlet: str, examples: Sequence[str]) -> None:
    """``normalize(a.to_text(), outlet=...)`` gives ``a``'s title and body back."""
    for example in examples:
        article = normalizer.normalize(example, outlet=outlet)
        again = normalizer.normalize(article.to_text(), outlet=outlet)
        assert (again.title, again.body) == (article.title, article.body), (
            f"to_text() of {example[:60]!r} does not normalise to the same title and body"
        )
        assert not again.warnings, again.warnings


def _inject(text: str, clutter: str, placement: str, position: int) -> str:
    paragraphs = text.split("\n\n")
    i = position % len(paragraphs)
    if placement == "line":
        paragraphs.insert(max(i, 1), clutter)
    elif placement == "start":
        paragraphs[i] = f"{clutter} {paragraphs[i]}"
    else:
        paragraphs[i] = f"{paragraphs[i]} {clutter}"
    return "\n\n".join(paragraphs)


def check_clutter_injection(
    normalizer: Normalizer,
    outlet: str,
    examples: Sequence[str],
    clutter: Sequence[Clutter],
    *,
    max_examples: int = 100,
) -> None:
    """Clutter put into a clean article is removed; the body comes back exactly.

    The clean article is an example's ``to_text()`` (its title, lead and
    dateline stay first). ``line`` clutter goes between paragraphs, ``tail``
    clutter after the last one, ``start``
    and ``end`` clutter is glued to a body paragraph with one space, and
    ``inline`` clutter goes between two sentences of the article written as
    one line, as a scraper's ``get_text()`` leaves it.
    """
    if not clutter:
        return
    clean = [normalizer.normalize(e, outlet=outlet) for e in examples]
    cases = [(a, c, p) for a in clean if a.body for c in clutter for p in c.where]
    if not cases:
        return

    @_settings(max_examples)
    @given(st.sampled_from(cases), st.integers(0, 10_000))
    def run(case: tuple[Article, Clutter, str], position: int) -> None:
        article, sample, placement = case
        if placement == "inline":
            one_line = " ".join(article.to_text().split("\n\n")).replace("\n", " ").strip()
            expected = normalizer.normalize(one_line, outlet=outlet).body
            stops = [i + 2 for i in range(len(one_line) - 2) if one_line[i : i + 2] == ". "]
            if not stops:
                return
            at = stops[position % len(stops)]
            text = f"{one_line[:at]}{sample.text} {one_line[at:]}"
        elif placement == "tail":
            expected = article.body
            text = f"{article.to_text().rstrip()}\n\n{sample.text}\n"
        else:
            expected = article.body
            body_start = 1 if article.title else 0
            body_start += 1 if article.lead else 0
            paragraphs = len(article.body)
            target = body_start + position % paragraphs
            text = _inject(article.to_text(), sample.text, placement, target)
        got = normalizer.normalize(text, outlet=outlet)
        assert got.body == expected, (
            f"{placement} clutter {sample.text!r} changed the body:\n{text}"
        )

    run()


def check_plugin(
    outlet: str,
    examples: Sequence[str],
    *,
    clutter: Sequence[Clutter] = (),
    normalizer: Normalizer | None = None,
    max_examples: int = 100,
) -> None:
    """Run every property of this kit against one outlet's plugin.

    :param outlet: the outlet name the plugin declares.
    :param examples: whole articles in the outlet's format (text as a scraper
        gives it), at least one; they should be detected without a URL.
    :param clutter: samples of the outlet's clutter, with where each appears.
    :param normalizer: the Normalizer to test (default: entry-point plugins,
        ``on_plugin_error="raise"`` so that a failing plugin fails the check).
    :param max_examples: Hypothesis examples per property.
    :raises AssertionError: when a property does not hold.
    """
    if not examples:
        raise ValueError("check_plugin needs at least one example article")
    normalizer = normalizer or Normalizer(on_plugin_error="raise")
    assert outlet in normalizer.outlets, f"no plugin provides outlet {outlet!r}"
    check_detected(normalizer, outlet, examples)
    check_deterministic(normalizer, examples)
    check_nothing_lost(normalizer, examples, max_examples=max_examples)
    check_clean_round_trip(normalizer, outlet, examples)
    check_clutter_injection(normalizer, outlet, examples, clutter, max_examples=max_examples)
    check_total(normalizer, max_examples=max_examples)
