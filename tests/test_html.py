"""HTML input: container, page metadata, the generic fallback, malformed pages."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest

from newsnorm import Document, Normalizer, hookimpl
from newsnorm.model import format_date_value

GENERIC_PAGE = """<!doctype html>
<html><head>
<title>Warga Bogor Sambut Bus Listrik - Kabar Kota</title>
<meta property="og:title" content="Warga Bogor Sambut Bus Listrik">
<meta property="og:site_name" content="Kabar Kota">
<meta property="article:published_time" content="2025-02-03T03:15:42Z">
<meta property="article:section" content="Metropolitan">
<meta property="article:tag" content="transportasi">
<meta property="article:tag" content="Bogor">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Kabar Kota"},
  {"@type": "NewsArticle", "headline": "Warga Bogor Sambut Bus Listrik",
   "author": [{"@type": "Person", "name": "SITI LESTARI"},
              {"@type": "Organization", "name": "Kabar Kota"}]}]}
</script>
<script type="application/ld+json">{ not json </script>
</head><body>
<nav><ul><li>Beranda</li><li>Metropolitan</li><li>Olahraga</li></ul></nav>
<div class="sidebar"><p>Iklan: diskon besar akhir pekan.</p></div>
<div class="isi">
<p>BOGOR - Warga Kota Bogor menyambut bus listrik yang mulai beroperasi pada Senin (3/2/2025).</p>
<p>Bus melayani tiga rute utama dari terminal menuju stasiun dan pusat kota.</p>
<script>var berita = "Warga Kota Bogor menyambut bus listrik";</script>
<p>Tarif perjalanan ditetapkan Rp 4.000 untuk umum dan gratis bagi pelajar.</p>
</div>
<footer><p>Hak cipta Kabar Kota 2025. Dilarang mengutip tanpa izin.</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer(on_plugin_error="raise")


def test_a_page_of_an_outlet_with_no_plugin(normalizer: Normalizer) -> None:
    article = normalizer.normalize(GENERIC_PAGE, url="https://kabarkota.example/bus-listrik")
    assert article.outlet is None
    assert article.title == "Warga Bogor Sambut Bus Listrik"
    assert article.body == (
        "Warga Kota Bogor menyambut bus listrik yang mulai beroperasi pada Senin (3/2/2025).",
        "Bus melayani tiga rute utama dari terminal menuju stasiun dan pusat kota.",
        "Tarif perjalanan ditetapkan Rp 4.000 untuk umum dan gratis bagi pelajar.",
    )
    assert article.dateline is not None
    assert article.dateline.place == "Bogor"
    # a UTC time is expressed at WIB; the instant is kept
    assert format_date_value(article.published) == "2025-02-03T10:15:42+07:00"
    assert [(p.name, p.role) for p in article.authors] == [("Siti Lestari", "author")]
    assert article.section == "Metropolitan"
    assert article.tags == ("transportasi", "Bogor")
    assert [d.value for d in article.dates] == [date(2025, 2, 3)]


def test_bytes_with_a_declared_charset(normalizer: Normalizer) -> None:
    page = GENERIC_PAGE.replace("<head>", '<head><meta charset="windows-1252">')
    page = page.replace("Tarif perjalanan", "Tarif perjalanan – caf\u00e9")
    article = normalizer.normalize(page.encode("cp1252"))
    assert article.body[-1].startswith("Tarif perjalanan – café")


def test_a_fragment(normalizer: Normalizer) -> None:
    article = normalizer.normalize("<p>Satu kalimat.</p><p>Dua kalimat.</p>")
    assert article.body == ("Satu kalimat.", "Dua kalimat.")


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>Tanpa penutup <div><p>di mana-mana <b>tebal",
        "<html><head><script>" + "var x = 1;" * 1000 + "</script></head><body></body></html>",
        "<html><body>" + "<div>" * 10_000 + "<p>Dalam sekali.</p>" + "</div>" * 10_000,
        "<!doctype html><html><body><p>" + "<" * 5000 + "</p></body></html>",
    ],
    ids=["unclosed", "all-script", "deep-nesting", "stray-brackets"],
)
def test_malformed_pages_give_an_article_quickly(normalizer: Normalizer, page: str) -> None:
    started = time.perf_counter()
    article = normalizer.normalize(page)
    assert time.perf_counter() - started < 30  # a guard against hangs, not a benchmark
    json.dumps(article.to_dict())


def test_a_twenty_megabyte_page(normalizer: Normalizer) -> None:
    paragraph = (
        "<p>" + "Warga kota berkumpul di alun-alun untuk merayakan hari jadi. " * 30 + "</p>\n"
    )
    page = (
        "<html><body><article>"
        + paragraph * (20_000_000 // len(paragraph))
        + "</article></body></html>"
    )
    article = normalizer.normalize(page)
    assert len(article.body) == 20_000_000 // len(paragraph)


def test_text_after_markup_nested_deeper_than_libxml2_builds_is_kept(
    normalizer: Normalizer,
) -> None:
    # libxml2 stops building a tree at 2,048 levels; the page is rebuilt with
    # the deepest elements folded into their ancestors instead of cut short.
    page = (
        "<html><body><p>Paragraf pembuka berita.</p>"
        + "<div>" * 5_000
        + "<p>Paragraf di dalam.</p>"
        + "</div>" * 5_000
        + "<p>Paragraf penutup berita.</p></body></html>"
    )
    article = normalizer.normalize(page)
    assert article.body == (
        "Paragraf pembuka berita.",
        "Paragraf di dalam.",
        "Paragraf penutup berita.",
    )


@pytest.mark.parametrize(
    "page",
    [
        '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>Satu kalimat.</p></body></html>',
        "<p>Satu <!-- komentar --> kalimat.</p>",
        "<p>Satu <?php echo 1; ?>kalimat.</p>",
    ],
    ids=["xml-declaration", "comment", "processing-instruction"],
)
def test_declarations_and_comments_do_not_lose_text(normalizer: Normalizer, page: str) -> None:
    assert normalizer.normalize(page).body == ("Satu kalimat.",)


def test_a_page_with_no_element_at_all(normalizer: Normalizer) -> None:
    article = normalizer.normalize("<!-- hanya komentar -->")
    assert article.body == ()


def test_the_tree_the_soup_and_the_helpers() -> None:
    from newsnorm import html
    from newsnorm.source import prepare

    document = prepare(GENERIC_PAGE).document
    assert document.tree is not None
    (container,) = html.select(document.tree, "div.isi")
    assert html.text_of(container).startswith("BOGOR - Warga Kota Bogor")
    assert "var berita" not in html.text_of(container)  # scripts are not text
    # the BeautifulSoup view is built from the source on first use, once
    soup = document.root
    assert soup is document.root
    assert soup.select_one("div.isi p").get_text().startswith("BOGOR")
    assert prepare("Teks biasa.").document.root is None
    with pytest.raises(ValueError, match="invalid CSS selector"):
        html.select(document.tree, "div[")


class _Container:
    """A plugin whose container hook answers with what it is given."""

    def __init__(self, answer: object) -> None:
        self.answer = answer

    @hookimpl
    def newsnorm_html_container(self, document: Document) -> object:
        return self.answer(document) if callable(self.answer) else self.answer


def _with_container(answer: object) -> Normalizer:
    return Normalizer([("container", _Container(answer))], entry_points=False)


@pytest.mark.parametrize(
    "answer",
    [
        "div.isi",
        "div.tidak-ada, div.isi",
        lambda document: document.tree.cssselect("div.isi")[0],
        lambda document: document.root.select_one("div.isi"),
    ],
    ids=["selector", "selector-list", "lxml-element", "bs4-tag"],
)
def test_a_container_hook_may_answer_a_selector_or_an_element(answer: object) -> None:
    article = _with_container(answer).normalize(GENERIC_PAGE)
    assert article.body[0].startswith("Warga Kota Bogor")
    assert not any("Iklan" in p or "Hak cipta" in p for p in article.body)


def test_an_invalid_selector_is_the_plugins_error() -> None:
    from newsnorm.errors import PluginError

    with pytest.raises(PluginError, match="invalid CSS selector"):
        _with_container("div[").normalize(GENERIC_PAGE)


def test_narrowing_reuses_the_pages_blocks_exactly() -> None:
    """For every paragraph-level element of every page fixture, the page's
    blocks inside it are exactly the blocks of that element split alone."""
    from pathlib import Path

    from newsnorm import html

    pages = sorted(Path(__file__).parent.glob("fixtures/*/*.html"))
    assert pages
    checked = 0
    for path in pages:
        document = html.parse_page(path.read_text("utf-8"))
        assert len(document.elements) == len(document.blocks)
        for element in document.tree.iter(*sorted(html.BLOCK_TAGS)):
            assert html.narrow(document, element).blocks == html.blocks_from(element), path
            checked += 1
    assert checked > 100


def test_a_container_answer_of_another_type_is_the_plugins_error() -> None:
    from newsnorm.errors import PluginError

    with pytest.raises(PluginError, match="expected a CSS selector or an element, got int"):
        _with_container(42).normalize(GENERIC_PAGE)
