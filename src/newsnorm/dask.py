"""A recipe for Dask: normalise a corpus too big for one machine.

Install with ``pip install newsnorm[dask]``. The inputs become a
:class:`dask.bag.Bag` (files, or the records of JSONL dumps), each partition
is normalised by one :class:`~newsnorm.pipeline.Normalizer` built in the
worker (plugins load there from the ``newsnorm`` entry points), and the
results are plain Article dicts, ready for ``to_dataframe``, ``to_textfiles``
or ``compute``::

    from dask.distributed import Client
    import newsnorm.dask

    client = Client()  # a local cluster; Client("tcp://scheduler:8786") for a real one
    articles = newsnorm.dask.normalize_jsonl("dumps/*.jsonl")
    articles.filter(lambda r: "error" not in r).map(json.dumps).to_textfiles("out/*.jsonl")

Every result is a dict with a ``path`` (the file read, or the JSONL dump
the record came from; None for text given directly) and either the keys of
:meth:`Article.to_dict() <newsnorm.model.Article.to_dict>` or, when the input
could not be normalised, an ``error`` (``"ExceptionType: message"``): one bad
input never fails its partition.

:func:`normalize_partition` is the function given to ``map_partitions``; it
needs no Dask, so it also serves other schedulers (Spark's
``mapPartitions``, Ray's ``map_batches``).
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsnorm.batch import Source, normalize_many
from newsnorm.pipeline import Normalizer

if TYPE_CHECKING:
    import dask.bag

__all__ = [
    "Record",
    "normalize_bag",
    "normalize_files",
    "normalize_jsonl",
    "normalize_partition",
    "read_files",
    "read_jsonl",
]

#: One input of a partition: what :data:`newsnorm.batch.Source` accepts (text
#: or bytes, a path, a ``(source, url)`` pair) or a JSONL record, a mapping
#: with ``text`` or ``html``, and optionally ``url`` and ``path``.
Record = Source | Mapping[str, Any]


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # pragma: no cover - exercised only without Dask
        raise ImportError("newsnorm.dask needs Dask: pip install 'newsnorm[dask]'") from exc
    return dask.bag


class _Unreadable:
    """A line of a JSONL dump that is not a JSON object."""

    def __init__(self, path: str, error: str) -> None:
        self.path = path
        self.error = error


def _source(record: Record | _Unreadable) -> tuple[Source | None, str | None, str | None]:
    """``(source for normalize_many, path to report, error)`` for one record."""
    if isinstance(record, _Unreadable):
        return None, record.path, record.error
    if isinstance(record, Mapping):
        path = record.get("path")
        body = record.get("html") if record.get("html") is not None else record.get("text")
        url = record.get("url")
        if not isinstance(body, str) or not (url is None or isinstance(url, str)):
            return None, path, "ValueError: not a usable record: needs 'text' or 'html' and " \
                "an optional 'url', all strings"  # fmt: skip
        return (body, url), path, None
    if isinstance(record, os.PathLike):
        return record, os.fspath(record), None
    return record, None, None


def normalize_partition(
    records: Iterable[Record | _Unreadable],
    *,
    normalizer: Normalizer | None = None,
    outlet: str | None = None,
    reference_date: date | None = None,
) -> list[dict[str, Any]]:
    """Normalise the records of one partition, in order, with one Normalizer.

    This is the function :func:`normalize_bag` maps over the partitions.

    :param records: the partition's inputs (see :data:`Record`).
    :param normalizer: the Normalizer to use (it is pickled to the workers, so
        its plugins must be importable there); by default a new one with the
        entry-point plugins and ``on_plugin_error="warn"``, built here, once
        for the partition.
    :param outlet: force this outlet for every input.
    :param reference_date: the reference date for every input.
    :return: one dict per record: ``path`` plus the Article's
        :meth:`~newsnorm.model.Article.to_dict`, or ``path`` and ``error``.

    >>> [r["body"] for r in normalize_partition(["JAKARTA - Satu.", {"text": "Dua."}])]
    [['Satu.'], ['Dua.']]
    >>> normalize_partition([{"title": "no text"}])[0]["error"]
    "ValueError: not a usable record: needs 'text' or 'html' and an optional 'url', all strings"
    """
    normalizer = normalizer or Normalizer(on_plugin_error="warn")
    results: list[dict[str, Any]] = []
    pending: list[tuple[int, Source, str | None]] = []
    for record in records:
        source, path, error = _source(record)
        results.append({"path": path, "error": error})
        if source is not None:
            pending.append((len(results) - 1, source, path))
    outcomes = normalize_many(
        (source for _, source, _ in pending),
        normalizer=normalizer,
        outlet=outlet,
        reference_date=reference_date,
    )
    for (at, _, path), outcome in zip(pending, outcomes, strict=True):
        if outcome.article is None:
            results[at] = {"path": path, "error": outcome.error}
        else:
            results[at] = {"path": path, **outcome.article.to_dict()}
    return results


def read_files(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    partition_size: int = 64,
) -> dask.bag.Bag:
    """A bag of article files (text or HTML, one article each), read by the workers.

    :param paths: a path, a glob pattern (``corpus/**/*.html``), or a list of
        either. The workers read the files, so on a cluster they must be on a
        file system every worker sees.
    :param partition_size: files per partition (one Normalizer each).
    """
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    found: list[Path] = []
    for item in items:
        text = os.fspath(item)
        matches = sorted(glob.glob(text, recursive=True)) if glob.has_magic(text) else [text]
        found.extend(Path(m) for m in matches)
    return _bag_module().from_sequence(found, partition_size=partition_size)


def _record(pair: tuple[str, str]) -> Mapping[str, Any] | _Unreadable:
    """A JSONL line, with the dump it came from as its ``path`` (unless it has one)."""
    line, path = pair
    try:
        record = json.loads(line)
    except ValueError as exc:
        return _Unreadable(path, f"ValueError: not a JSON line: {exc}")
    if not isinstance(record, dict):
        return _Unreadable(path, "ValueError: not a usable record: not a JSON object")
    return {**record, "path": record.get("path", path)}


def read_jsonl(
    urlpath: str | Sequence[str], *, blocksize: int | str | None = "64 MiB"
) -> dask.bag.Bag:
    """A bag of the records of JSONL dumps (a scraper's: ``text`` or ``html``, and ``url``).

    :param urlpath: a path, a glob pattern or a list of them; any URL
        :func:`dask.bag.read_text` takes (``s3://bucket/dumps/*.jsonl.gz``).
    :param blocksize: bytes per partition, so one large dump is split over
        several workers (None: one partition per file, needed for compressed
        files).
    """
    bag = _bag_module().read_text(urlpath, blocksize=blocksize, include_path=True)
    return bag.filter(lambda pair: pair[0].strip()).map(_record)


def normalize_bag(
    bag: dask.bag.Bag,
    *,
    normalizer: Normalizer | None = None,
    outlet: str | None = None,
    reference_date: date | None = None,
) -> dask.bag.Bag:
    """Normalise every record of ``bag`` (see :data:`Record`), one Normalizer per partition.

    Takes the keyword arguments of :func:`normalize_partition`; returns a bag
    of its dicts, lazily (call ``compute`` or write it out).
    """
    return bag.map_partitions(
        normalize_partition, normalizer=normalizer, outlet=outlet, reference_date=reference_date
    )


def normalize_files(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    partition_size: int = 64,
    **options: Any,
) -> dask.bag.Bag:
    """:func:`read_files` then :func:`normalize_bag` (``options`` go to the latter)."""
    return normalize_bag(read_files(paths, partition_size=partition_size), **options)


def normalize_jsonl(
    urlpath: str | Sequence[str], *, blocksize: int | str | None = "64 MiB", **options: Any
) -> dask.bag.Bag:
    """:func:`read_jsonl` then :func:`normalize_bag` (``options`` go to the latter)."""
    return normalize_bag(read_jsonl(urlpath, blocksize=blocksize), **options)
