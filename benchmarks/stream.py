"""One streaming run, in a process of its own: ``python -m benchmarks.stream SCALE``.

Streams the ``SCALE``× text corpus through :func:`newsnorm.normalize_many`
(``jobs=1``), generating each article as it is consumed and keeping no result,
and prints one JSON object: the CPU seconds spent normalising (the time spent
generating the corpus is measured apart and left out; CPU time, so that other
work on a shared machine does not count), the articles and
bytes, and the resident memory: after start-up and warm-up, and the highest
seen while streaming (sampled every 25 articles). A fresh
process per scale makes them comparable: flat memory while streaming means the
same figures at 1× and at 100×.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Iterator

import newsnorm
from benchmarks.corpus import text_corpus


def _rss_mb() -> float:
    """The current resident set size in MB (Linux ``/proc``; elsewhere the peak so far).

    The peak (``ru_maxrss``) alone would mislead: after ``fork`` and ``exec`` it
    starts from the parent's size.
    """
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * resource.getpagesize() / 1e6
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes on macOS, else KB


def stream(scale: int) -> dict[str, float]:
    """Normalise the ``scale``× corpus as a stream; see the module docstring.

    Below 10× the corpus is streamed ``10 // scale`` times and the median pass
    counts, so that the smallest run, the base of the ratios, is not one short
    measurement.
    """
    normalizer = newsnorm.Normalizer(on_plugin_error="warn")
    # Warm up (plugins, lazy imports) on other articles than the measured ones,
    # so that no scale finds its own texts in a cache.
    for text in text_corpus(1, seed=1_000):
        normalizer.normalize(text)
    start_rss = _rss_mb()
    samples = [start_rss]
    passes: list[float] = []
    count = size = failed = 0
    for _ in range(max(1, 10 // scale)):
        generating = 0.0
        count = size = 0

        def timed_corpus() -> Iterator[str]:
            nonlocal generating, count, size
            corpus = text_corpus(scale)
            while True:
                began = time.process_time()
                text = next(corpus, None)
                generating += time.process_time() - began
                if text is None:
                    return
                count += 1
                size += len(text.encode("utf-8"))
                if count % 25 == 0:
                    samples.append(_rss_mb())
                yield text

        began = time.process_time()
        results = newsnorm.normalize_many(timed_corpus(), normalizer=normalizer)
        failed = sum(not r.ok for r in results)
        passes.append(time.process_time() - began - generating)
    return {
        "scale": scale,
        "articles": count,
        "bytes": size,
        "failed": failed,
        "passes": len(passes),
        "seconds": statistics.median(passes),
        "start_rss_mb": start_rss,
        "stream_peak_rss_mb": max(samples),
    }


if __name__ == "__main__":
    print(json.dumps(stream(int(sys.argv[1]))))
