"""HTML input: container, page metadata, the generic fallback, malformed pages."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest

from newsnorm import Normalizer
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
