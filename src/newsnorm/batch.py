"""Many articles at once: :func:`normalize_many`.

Results come back in input order, one per input, however long the stream:
at most a bounded number of inputs are in flight at any time. With
``jobs > 1`` the work runs in worker processes, each with its own
:class:`~newsnorm.pipeline.Normalizer` rebuilt from the caller's (plugins
load in each worker). A failing input yields a :class:`BatchResult` with an
``error``, never a dead batch.

>>> from pathlib import Path
>>> results = list(normalize_many(["JAKARTA - Satu.", b"Dua.", ("Tiga.", "https://x.test/a")]))
>>> [(r.index, r.article.body) for r in results]
[(0, ('Satu.',)), (1, ('Dua.',)), (2, ('Tiga.',))]
>>> bad = next(normalize_many([42]))
>>> bad.ok, bad.error
(False, 'TypeError: source must be str or bytes, not int')
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import islice
from pathlib import Path

import attrs

from newsnorm.model import Article
from newsnorm.pipeline import Normalizer

__all__ = ["BatchResult", "Source", "normalize_many"]

_Item = str | bytes | os.PathLike[str]
#: One input: text or HTML (``str``/``bytes``), a path to read
#: (:class:`os.PathLike`), or a ``(source, url)`` pair. A plain ``str`` is
#: always the article itself, never a file name: wrap file names in
#: :class:`pathlib.Path`.
Source = _Item | tuple[_Item, str | None]


@attrs.frozen(kw_only=True)
class BatchResult:
    """The outcome of one input of :func:`normalize_many`.

    :param index: the input's position in the stream.
    :param name: the file's path when the input was a path, else None.
    :param article: the Article, or None when the input failed.
    :param error: ``"ExceptionType: message"`` when the input failed.
    :param error_type: the exception's type name alone (``FileNotFoundError``).
    :param message: the exception's message alone (for an OS error, its
        ``strerror``: ``No such file or directory``).
    """

    index: int
    name: str | None = None
    article: Article | None = None
    error: str | None = None
    error_type: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        """True when the input gave an Article."""
        return self.article is not None


def _one(
    normalizer: Normalizer,
    index: int,
    item: object,
    outlet: str | None,
    reference_date: date | None,
) -> BatchResult:
    name: str | None = None
    try:
        url = None
        if isinstance(item, tuple):
            if len(item) != 2:
                raise TypeError("a pair must be (source, url)")
            item, url = item
        if isinstance(item, os.PathLike):
            name = os.fspath(item)
            item = Path(name).read_bytes()
        article = normalizer.normalize(
            item,  # type: ignore[arg-type]
            url=url,
            outlet=outlet,
            reference_date=reference_date,
        )
        return BatchResult(index=index, name=name, article=article)
    except Exception as exc:  # one bad input must not end the batch
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        kind = type(exc).__name__
        return BatchResult(
            index=index, name=name, error=f"{kind}: {message}", error_type=kind, message=message
        )


_worker: Normalizer | None = None


def _init_worker(normalizer: Normalizer) -> None:
    global _worker
    _worker = normalizer


def _work_chunk(
    start: int, items: list[object], outlet: str | None, reference_date: date | None
) -> list[BatchResult]:
    assert _worker is not None, "worker not initialised"
    return [_one(_worker, start + i, item, outlet, reference_date) for i, item in enumerate(items)]


def normalize_many(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    normalizer: Normalizer | None = None,
    outlet: str | None = None,
    reference_date: date | None = None,
    chunk_size: int = 16,
) -> Iterator[BatchResult]:
    """Normalise a stream of inputs; yield one :class:`BatchResult` per input, in order.

    :param sources: the inputs (see :data:`Source`); any iterable, read lazily.
    :param jobs: worker processes; 1 runs in this process.
    :param normalizer: the Normalizer to use (default: a new one with the
        entry-point plugins and ``on_plugin_error="warn"``). With ``jobs > 1``
        it is pickled to the workers, so its plugins must be importable there.
    :param outlet: force this outlet for every input.
    :param reference_date: the reference date for every input.
    :param chunk_size: inputs sent to a worker at a time (``jobs > 1``).
    :raises ValueError: when ``jobs`` or ``chunk_size`` is below 1.
    """
    if jobs < 1 or chunk_size < 1:
        raise ValueError("jobs and chunk_size must be at least 1")
    normalizer = normalizer or Normalizer(on_plugin_error="warn")
    if jobs == 1:
        for index, item in enumerate(sources):
            yield _one(normalizer, index, item, outlet, reference_date)
        return
    yield from _parallel(sources, jobs, normalizer, outlet, reference_date, chunk_size)


def _parallel(
    sources: Iterable[Source],
    jobs: int,
    normalizer: Normalizer,
    outlet: str | None,
    reference_date: date | None,
    chunk_size: int,
) -> Iterator[BatchResult]:
    items = iter(sources)
    pending: deque[Future[list[BatchResult]]] = deque()
    in_flight = jobs * 4  # chunks queued at once: bounds memory however long the stream
    start = 0
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(normalizer,)) as pool:
        while True:
            while len(pending) < in_flight:
                chunk: list[object] = list(islice(items, chunk_size))
                if not chunk:
                    break
                pending.append(pool.submit(_work_chunk, start, chunk, outlet, reference_date))
                start += len(chunk)
            if not pending:
                return
            yield from pending.popleft().result()
