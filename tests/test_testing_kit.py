"""newsnorm.testing: the kit passes a good third-party plugin and catches bad ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsnorm import Normalizer
from newsnorm.testing import Clutter, check_clutter_injection, check_nothing_lost, check_plugin

from .conftest import install_dist

TEMPO = r'''
"""A minimal outlet plugin, as a third party would write it."""
import regex
from newsnorm import Detection, Mark, Outlet, hookimpl
from newsnorm.clutter import scan
from newsnorm.datelines import dateline_pattern, match_dateline

DATELINE = dateline_pattern(r"TEMPO\.CO")
PICK = regex.compile(r"Pilihan Editor:[^\n]{1,200}?(?=\s+\p{Lu}\p{Ll}+\s\p{Ll}|$)")

@hookimpl
def newsnorm_outlets():
    return [Outlet(name="tempo", title="Tempo", hosts=("tempo.co",))]

@hookimpl
def newsnorm_detect(document):
    for block in document.blocks[:3]:
        if match_dateline(DATELINE, block.text):
            return Detection(outlet="tempo", score=0.9, reason="TEMPO.CO dateline")
    return None

@hookimpl
def newsnorm_mark_clutter(document, marks):
    return scan(document, marks, PICK, "related-link")

@hookimpl
def newsnorm_parse_dateline(text):
    return match_dateline(DATELINE, text)
'''

EXAMPLES = [
    "Harga Cabai Naik di Pasar Induk\n\n"
    "TEMPO.CO, Jakarta - Harga cabai rawit di pasar induk naik sejak awal pekan. "
    "Pedagang menyebut pasokan dari daerah berkurang.\n\n"
    "Pilihan Editor: Petani Cabai Gagal Panen\n\n"
    "Dinas perdagangan akan memantau harga hingga akhir bulan.",
    "TEMPO.CO, Bandung - Hujan deras membuat jalan utama tergenang pada Senin (3/2/2025).\n\n"
    "Warga diminta berhati-hati saat melintas.",
]


@pytest.fixture
def tempo(site: Path) -> Normalizer:
    install_dist(site, "newsnorm_tempo", TEMPO, "tempo")
    return Normalizer(on_plugin_error="raise")


def test_a_third_party_plugin_passes_the_kit(tempo: Normalizer) -> None:
    check_plugin(
        "tempo",
        EXAMPLES,
        clutter=[Clutter("Pilihan Editor: Petani Cabai Gagal Panen", where=("line", "end"))],
        normalizer=tempo,
        max_examples=30,
    )


def test_the_kit_catches_clutter_that_is_not_removed(tempo: Normalizer) -> None:
    with pytest.raises(AssertionError, match="changed the body"):
        check_clutter_injection(
            tempo, "tempo", EXAMPLES, [Clutter("IKUTI KAMI DI MEDIA SOSIAL")], max_examples=10
        )


def test_the_kit_catches_a_plugin_that_loses_text(site: Path) -> None:
    class Eater:
        """Claims to mark a span but reports a caption that is not in the input."""

        from newsnorm import hookimpl as _hookimpl

        @_hookimpl
        def newsnorm_finalize(self, article):  # type: ignore[no-untyped-def]
            import attrs

            return attrs.evolve(article, body=article.body[1:])

    normalizer = Normalizer([("eater", Eater())], entry_points=False)
    with pytest.raises(AssertionError, match="lost or added"):
        check_nothing_lost(normalizer, ["Satu.\nDua."], max_examples=5)


def test_clutter_placements_are_checked() -> None:
    with pytest.raises(ValueError, match="subset"):
        Clutter("x", where=("middle",))
