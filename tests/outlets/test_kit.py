"""Our own plugins pass newsnorm.testing, the kit we give third parties.

Examples are the seeds and the text fixtures of each outlet; clutter samples
are written in each outlet's real wording (Purna Warta runs the kit in its
own test module, with its samples).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsnorm import Normalizer
from newsnorm.testing import Clutter, check_plugin

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {
    "kompas": "000_67f5e91c814a9143.txt",
    "jurnalpatroli": "002_6e1afed947d7f813.txt",
    "rmol": "003_4300166d2f3059dd.txt",
    "antara": "004_a83df6f147938cee.txt",
}
CLUTTER = {
    "kompas": [
        Clutter("Baca juga: Harga Bawang Merah Turun di Pasar Induk", where=("line", "end")),
        Clutter(
            "Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk "
            "90 pemenang!",
            where=("tail",),
        ),
    ],
    "rmol": [
        Clutter("FOLLOW US", where=("tail",)),
        Clutter("ARTIKEL LAINNYA", where=("tail",)),
        Clutter("rmol news logo article", where=("end",)),
    ],
    "antara": [
        Clutter("Berita Terkait: Harga beras di Jakarta stabil jelang Ramadhan", where=("line",)),
        Clutter("COPYRIGHT © ANTARA 2024", where=("tail",)),
    ],
    "jurnalpatroli": [
        Clutter("Komentar", where=("tail",)),
        Clutter("Baca juga: Polisi Bongkar Gudang Pupuk Palsu di Karawang", where=("line",)),
    ],
}


def examples(outlet: str) -> list[str]:
    texts = [(ROOT / "seeds" / SEEDS[outlet]).read_text("utf-8")]
    for path in sorted((ROOT / "tests" / "fixtures" / outlet).glob("*.txt")):
        given = json.loads(path.with_suffix(".json").read_text("utf-8")).get("input", {})
        if not given.get("url") and not given.get("outlet"):  # detected from text alone
            texts.append(path.read_text("utf-8"))
    return texts


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer(on_plugin_error="raise")


@pytest.mark.parametrize("outlet", sorted(SEEDS))
def test_plugin_passes_the_kit(outlet: str, normalizer: Normalizer) -> None:
    check_plugin(
        outlet, examples(outlet), clutter=CLUTTER[outlet], normalizer=normalizer, max_examples=25
    )
