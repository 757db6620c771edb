"""The seeds against their hand-reviewed golden files (see tests/golden.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsnorm import Article

from .golden import EXPECTED, SEEDS, render

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_every_seed_has_a_golden_file() -> None:
    assert SEED_FILES, "no seeds found"
    missing = [s.name for s in SEED_FILES if not (EXPECTED / f"{s.stem}.json").exists()]
    assert not missing, f"no golden file for {missing}: run python -m tests.golden and review"


@pytest.mark.parametrize("seed", SEED_FILES, ids=[s.stem for s in SEED_FILES])
def test_seed_matches_its_golden_file(seed: Path) -> None:
    golden = EXPECTED / f"{seed.stem}.json"
    if not golden.exists():
        pytest.fail(f"missing {golden}")
    expected = json.loads(golden.read_text("utf-8"))
    actual = render(seed)
    assert actual == expected
    assert Article.from_dict(actual).to_dict() == expected
