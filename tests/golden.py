"""Golden files: the expected output of each seed, reviewed by hand.

``seeds/expected/<seed>.json`` holds ``Article.to_dict()`` of the seed as
normalised with no URL and no reference date, except where
``seeds/expected/options.json`` gives a seed a ``reference_date``.

Regenerate after a deliberate change, then review every changed line with
``git diff seeds/expected`` before committing::

    python -m tests.golden
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EXPECTED = SEEDS / "expected"


def options(seed: Path) -> dict[str, Any]:
    """The normalize() keyword arguments recorded for ``seed``."""
    path = EXPECTED / "options.json"
    recorded = json.loads(path.read_text("utf-8")) if path.exists() else {}
    kwargs = dict(recorded.get(seed.name, {}))
    if "reference_date" in kwargs:
        kwargs["reference_date"] = date.fromisoformat(kwargs["reference_date"])
    return kwargs


def render(seed: Path) -> dict[str, Any]:
    """The seed's Article as a dict, with the recorded options."""
    import newsnorm

    return newsnorm.normalize(seed.read_bytes(), **options(seed)).to_dict()


def main() -> None:
    """Rewrite every golden file."""
    EXPECTED.mkdir(exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        target = EXPECTED / f"{seed.stem}.json"
        target.write_text(json.dumps(render(seed), ensure_ascii=False, indent=2) + "\n", "utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
