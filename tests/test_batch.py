"""normalize_many: order, errors as records, processes, bounded memory."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsnorm import Normalizer, normalize, normalize_many

TEXTS = [f"JAKARTA - Berita nomor {i}.\nBaca juga: Judul lain {i}" for i in range(60)]


def test_results_come_in_input_order_with_errors_as_records(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("KOMPAS.com - Dari berkas.", "utf-8")
    inputs = [TEXTS[0], 42, path, tmp_path / "missing.txt", (b"Dari bytes.", "https://x.test/a")]
    results = list(normalize_many(inputs))  # type: ignore[arg-type]
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    assert [r.ok for r in results] == [True, False, True, False, True]
    assert results[1].error == "TypeError: source must be str or bytes, not int"
    assert (results[1].error_type, results[1].message) == (
        "TypeError",
        "source must be str or bytes, not int",
    )
    assert results[2].name == str(path)
    assert results[3].error is not None
    assert results[3].error.startswith("FileNotFoundError")
    assert results[3].error_type == "FileNotFoundError"
    assert results[3].message == "No such file or directory"
    assert results[4].article is not None
    assert results[4].article.url == "https://x.test/a"


def test_two_jobs_give_the_same_results_as_one() -> None:
    one = [r.article for r in normalize_many(TEXTS)]
    two = [r.article for r in normalize_many(TEXTS, jobs=2, chunk_size=7)]
    assert one == two
    assert one[5] == normalize(TEXTS[5])


def test_a_failing_plugin_in_a_worker_is_an_error_record() -> None:
    normalizer = Normalizer(entry_points=False, on_plugin_error="raise")
    results = list(normalize_many(["satu", 3.5, "dua"], jobs=2, normalizer=normalizer))
    assert [r.ok for r in results] == [True, False, True]


def test_the_stream_is_read_lazily() -> None:
    """An endless generator: only what is asked for is read (bounded memory)."""
    endless = (f"Berita {i}." for i in itertools.count())
    first = list(itertools.islice(normalize_many(endless, jobs=2, chunk_size=4), 10))
    assert [r.article.body for r in first if r.article] == [(f"Berita {i}.",) for i in range(10)]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        next(normalize_many(["x"], jobs=0))
