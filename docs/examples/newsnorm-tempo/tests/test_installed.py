"""The installed plugin, seen through newsnorm's command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BERAS = Path(__file__).parent / "examples" / "beras.txt"


def newsnorm(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "newsnorm", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return done.stdout


def test_newsnorm_plugins_lists_tempo() -> None:
    lines = [line.split("\t") for line in newsnorm("plugins").splitlines()]
    tempo = [line for line in lines if line[0] == "tempo"]
    assert tempo, lines
    assert tempo[0][1] == "tempo"
    assert tempo[0][2].startswith("newsnorm-tempo ")


def test_newsnorm_normalize_uses_tempo() -> None:
    record = json.loads(newsnorm("normalize", "--quiet", str(BERAS)))
    assert record["outlet"] == "tempo"
    assert record["dateline"]["place"] == "Jakarta"


def test_newsnorm_explain_names_the_plugin() -> None:
    out = newsnorm("explain", "--color", "never", str(BERAS))
    assert "outlet:    tempo, score 0.90: TEMPO.CO dateline" in out
    assert "[-related-link (tempo): Pilihan Editor: Bapanas Pastikan Stok Beras Aman" in out
