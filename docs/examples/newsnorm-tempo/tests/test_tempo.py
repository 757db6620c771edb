"""The Tempo plugin: what it finds in Tempo's articles, and newsnorm's plugin test kit."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsnorm
from newsnorm import Dateline, Person
from newsnorm.testing import Clutter, check_plugin

EXAMPLES = Path(__file__).parent / "examples"
WIB = timezone(timedelta(hours=7))


def example(name: str) -> str:
    return (EXAMPLES / name).read_text("utf-8")


def test_the_plugin_is_registered() -> None:
    assert "tempo" in newsnorm.Normalizer().outlets


def test_an_article() -> None:
    article = newsnorm.normalize(example("beras.txt"))
    assert article.outlet == "tempo"
    assert article.title == "Harga Beras Medium Naik Jelang Ramadan, Pedagang Cipinang Mengeluh"
    assert article.published == datetime(2025, 2, 3, 10, 15, tzinfo=WIB)
    assert article.dateline == Dateline(
        text="TEMPO.CO, Jakarta - ", place="Jakarta", source="TEMPO.CO"
    )
    assert article.authors == (
        Person(name="Riri Rahayu", role="author"),
        Person(name="Agoeng Wijaya", role="editor"),
    )
    assert article.body[0].startswith("Harga beras medium di Pasar Induk")
    assert len(article.body) == 3
    assert [(d.text, d.value) for d in article.dates] == [
        ("Kamis, 30 Januari 2025", date(2025, 1, 30)),
        ("Senin, 3 Februari 2025", date(2025, 2, 3)),
    ]
    assert [(r.reason, r.plugin) for r in article.removed] == [
        ("date-line", "tempo"),
        ("advert", "tempo"),
        ("related-link", "tempo"),
        ("related-link", "tempo"),
        ("byline", "tempo"),
        ("byline", "tempo"),
    ]


def test_credits_glued_to_the_last_sentence() -> None:
    article = newsnorm.normalize(example("kereta.txt"))
    assert [(p.name, p.role) for p in article.authors] == [
        ("Ahmad Fikri", "author"),
        ("Dewi Rina Cahyani", "editor"),
    ]
    assert article.body[-1].endswith("dilakukan di pintu masuk peron.")


def test_a_related_link_glued_into_a_paragraph() -> None:
    text = (
        "TEMPO.CO, Jakarta - Harga cabai turun. Pilihan Editor: Petani Cabai Merugi di Garut "
        "Pedagang di pasar menyebut pasokan melimpah.\n"
    )
    article = newsnorm.normalize(text)
    assert article.body == ("Harga cabai turun. Pedagang di pasar menyebut pasokan melimpah.",)
    assert article.removed[0].text == "Pilihan Editor: Petani Cabai Merugi di Garut"


def test_a_sentence_naming_a_writer_stays() -> None:
    text = "TEMPO.CO, Jakarta - Ia menulis buku. Penulis: dia sendiri yang memilih judulnya.\n"
    article = newsnorm.normalize(text)
    assert article.authors == ()
    assert article.body == ("Ia menulis buku. Penulis: dia sendiri yang memilih judulnya.",)


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA, KOMPAS.com - Presiden Kazakhstan berbicara.\n",
        "Jakarta (ANTARA) - Harga beras naik.\n",
        "Harga beras naik. TEMPO.CO, Jakarta - bukan di awal.\n",
    ],
)
def test_other_texts_are_not_claimed(text: str) -> None:
    assert newsnorm.normalize(text).outlet != "tempo"


def test_the_plugin_passes_the_kit() -> None:
    check_plugin(
        "tempo",
        examples=[example(p.name) for p in sorted(EXAMPLES.glob("*.txt"))],
        clutter=[
            Clutter("Pilihan Editor: Bapanas Pastikan Stok Beras Aman", where=("line", "end")),
            Clutter(
                "Baca berita dengan sedikit iklan, klik di sini",
                where=("line", "start", "end", "inline"),
            ),
            Clutter("Penulis: Riri Rahayu Editor: Agoeng Wijaya", where=("tail", "end")),
        ],
        max_examples=50,
    )
