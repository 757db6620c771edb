"""newsnorm.dask on Dask's local distributed scheduler: two worker processes, one thread each.

Skipped unless the ``dask`` extra is installed (``tox -e dask`` installs it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import newsnorm  # noqa: E402
import newsnorm.dask  # noqa: E402

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _without_path(record: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in record.items() if k != "path"}


def test_files_give_the_articles_of_a_local_run(client: distributed.Client) -> None:
    bag = newsnorm.dask.normalize_files([str(p) for p in SEEDS], partition_size=2)
    assert bag.npartitions == 3
    results = bag.compute()
    assert [r["path"] for r in results] == [str(p) for p in SEEDS]
    local = [newsnorm.normalize(p.read_bytes()).to_dict() for p in SEEDS]
    assert [_without_path(r) for r in results] == local
    # The outlet plugins loaded in the workers: each seed is attributed to its outlet.
    assert [r["outlet"] for r in results] == ["kompas", "purnawarta", "jurnalpatroli", "rmol",
                                              "antara"]  # fmt: skip


def test_a_glob_pattern_reads_every_match(client: distributed.Client) -> None:
    pattern = str(SEEDS[0].parent / "*.txt")
    results = newsnorm.dask.normalize_files(pattern).compute()
    assert len(results) == len(SEEDS)
    assert all("error" not in r for r in results)


def test_jsonl_records_and_bad_lines(client: distributed.Client, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [json.dumps({"text": p.read_text("utf-8"), "url": None}) for p in SEEDS[:2]]
    lines += [
        "not json",
        json.dumps({"title": "no text"}),
        json.dumps({"html": "<p>JAKARTA - Di halaman.</p>", "url": "https://x.test/2025/01/02/a"}),
        "",
    ]
    dump.write_text("\n".join(lines) + "\n", "utf-8")
    results = newsnorm.dask.normalize_jsonl(str(dump), blocksize=None).compute()
    assert [r["path"] for r in results] == [str(dump)] * 5
    errors = [r.get("error") for r in results]
    assert errors[:2] == [None, None]
    assert errors[2].startswith("ValueError: not a JSON line")
    assert errors[3].startswith("ValueError: not a usable record")
    assert errors[4] is None
    assert _without_path(results[0]) == newsnorm.normalize(SEEDS[0].read_text("utf-8")).to_dict()
    assert results[4]["body"] == ["Di halaman."]
    assert results[4]["url"] == "https://x.test/2025/01/02/a"


def test_a_normalizer_travels_to_the_workers(client: distributed.Client) -> None:
    """A configured Normalizer is pickled to the workers and rebuilt there."""
    kompas_seed = SEEDS[0]
    blocked = newsnorm.Normalizer(block=["kompas"], on_plugin_error="warn")
    [result] = newsnorm.dask.normalize_files([str(kompas_seed)], normalizer=blocked).compute()
    assert result["outlet"] != "kompas"
    assert _without_path(result) == blocked.normalize(kompas_seed.read_bytes()).to_dict()


def test_options_reach_every_partition(client: distributed.Client) -> None:
    bag = dask.bag.from_sequence(["Kata dia, Rabu (15/6).", "Tanpa tanggal."], npartitions=2)
    results = newsnorm.dask.normalize_bag(
        bag, outlet="antara", reference_date=date(2022, 6, 16)
    ).compute()
    assert [r["outlet"] for r in results] == ["antara", "antara"]
    assert results[0]["dates"][0]["value"] == "2022-06-15"
