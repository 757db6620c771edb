"""Per-outlet fixtures: ``tests/fixtures/<outlet>/<case>.txt`` (or ``.html``)
with ``<case>.json`` beside it.

The JSON holds ``description``, optional ``input`` (``url``, ``reference_date``,
``outlet`` to force a plugin) and ``expect``: any keys of ``Article.to_dict()``.
``body``, ``captions``, ``title``, ``lead``, ``outlet``, ``published``,
``dateline``, ``authors`` and ``warnings`` are compared whole; ``dates`` as
``[text, value]`` pairs and ``removed`` as ``[text, reason]`` pairs, in order.
Unless ``input.outlet`` is given, the outlet must be detected.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import newsnorm

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CASES = sorted(p for p in FIXTURES.glob("*/*.json"))


def _source(case: Path) -> Path:
    for suffix in (".txt", ".html"):
        candidate = case.with_suffix(suffix)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"no .txt or .html beside {case}")


def check(case: Path) -> None:
    spec: dict[str, Any] = json.loads(case.read_text("utf-8"))
    given = spec.get("input", {})
    kwargs: dict[str, Any] = {"url": given.get("url"), "outlet": given.get("outlet")}
    if given.get("reference_date"):
        kwargs["reference_date"] = date.fromisoformat(given["reference_date"])
    actual = newsnorm.normalize(_source(case).read_bytes(), **kwargs).to_dict()
    for key, expected in spec["expect"].items():
        if key == "dates":
            got: Any = [[d["text"], d["value"]] for d in actual["dates"]]
        elif key == "removed":
            got = [[r["text"], r["reason"]] for r in actual["removed"]]
        else:
            got = actual[key]
        assert got == expected, f"{case.parent.name}/{case.stem}: {key}"


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.stem}" for c in CASES])
def test_fixture(case: Path) -> None:
    check(case)
