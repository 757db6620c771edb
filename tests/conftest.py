"""Shared test set-up: Hypothesis profiles and paths.

``HYPOTHESIS_PROFILE=nightly`` runs 100 times more examples than the default
``ci`` profile, with fresh random examples each run (``ci`` is derandomised
so that a CI run is repeatable).
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,  # the same examples on every CI run; nightly explores
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "nightly", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=20, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The bundled seed articles."""
    return SEEDS


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """``../shared/corpus`` beside the checkout; the test is skipped without it."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not present")
    return corpus


def install_dist(root: Path, name: str, module_source: str, entry: str) -> None:
    """Install a tiny distribution (a module and its dist-info with a
    ``newsnorm`` entry point) into ``root``, a folder on ``sys.path``."""
    (root / f"{name}.py").write_text(textwrap.dedent(module_source), "utf-8")
    info = root / f"{name}-1.2.3.dist-info"
    info.mkdir()
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.2.3\n"
    (info / "METADATA").write_text(metadata, "utf-8")
    (info / "entry_points.txt").write_text(f"[newsnorm]\n{entry} = {name}\n", "utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on ``sys.path`` to install tiny distributions into (see :func:`install_dist`)."""
    monkeypatch.syspath_prepend(str(tmp_path))
    before = set(sys.modules)
    yield tmp_path
    for name in set(sys.modules) - before:
        if name.startswith("newsnorm_") and not name.startswith("newsnorm_outlets"):
            sys.modules.pop(name, None)
