"""Measure newsnorm against its peers on the same inputs; print, write JSON and a chart.

Run from the repository root (after ``pip install -e ".[bench]"``)::

    python -m benchmarks            # the full run (about a minute)
    python -m benchmarks --quick    # a smoke run: small corpora, no files written

What is measured (see ``docs/benchmark.rst`` for how to read it):

- **text path**: :meth:`newsnorm.Normalizer.normalize` on the 10× text corpus
  (:func:`benchmarks.corpus.text_corpus`) in this process, on one core:
  articles/s and MB/s (best of ``--rounds`` passes), p50/p99 latency per
  article (each article's best time over the passes);
- **dates**: ``dateparser.search_dates(text, languages=["id"])`` on the 1×
  corpus against newsnorm on the same texts, and how many of the seeds' date
  mentions (``seeds/expected/*.json``) each gets right;
- **HTML path**: pages/s of newsnorm against
  ``trafilatura.bare_extraction(html, with_metadata=True)``, with the parse
  alone (``lxml.html.fromstring``) as the floor;
- **scaling and memory**: a fresh process streams the 1×, 10× and 100×
  corpora through :func:`newsnorm.normalize_many` (:mod:`benchmarks.stream`):
  time ratios against 1× and the resident memory while streaming;
- **batch**: :func:`newsnorm.normalize_many` with ``jobs=2`` against ``jobs=1``.

A peer that cannot be imported is reported as missing and its comparison is
skipped; the rest still runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import newsnorm
from benchmarks.corpus import REPO, html_corpus, seed_texts, text_corpus
from newsnorm.dates import find_dates
from newsnorm.model import DateRange, YearMonth, format_date_value, parse_date_value

RESULTS = REPO / "benchmarks" / "results" / "latest.json"
CHART = REPO / "docs" / "_static" / "benchmark.png"

#: The targets of issue #6 (reported, never asserted).
TARGETS = {
    "text_articles_per_s": 3000,
    "text_vs_dateparser": 20,
    "html_vs_trafilatura": 2,
}


def _peer(name: str) -> tuple[Any, str | None]:
    """Import a peer; return ``(module, None)`` or ``(None, why it is missing)``."""
    try:
        return importlib.import_module(name), None
    except Exception as exc:  # any failure to import means: not available here
        return None, f"{type(exc).__name__}: {exc}"


def _version(dist: str) -> str | None:
    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def _timed(function: Callable[[Any], object], items: Sequence[Any]) -> list[float]:
    """CPU seconds per item for ``function`` over ``items``.

    CPU time of this process (``time.process_time``), not wall time: on a
    shared machine, time spent waiting for a core is not the code's cost.
    """
    times = []
    clock = time.process_time
    for item in items:
        began = clock()
        function(item)
        times.append(clock() - began)
    return times


def _best_interleaved(
    functions: dict[str, Callable[[Any], object]], items: Sequence[Any], rounds: int
) -> dict[str, float]:
    """Seconds of the fastest pass of each function over ``items``, the passes taken in
    turn (A B C A B C ...), so that a slow spell of a shared machine hits every function
    alike and their ratio holds."""
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(rounds):
        for name, function in functions.items():
            best[name] = min(best[name], sum(_timed(function, items)))
    return best


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# --------------------------------------------------------------------------------------
# Text path


def text_path(normalizer: newsnorm.Normalizer, texts: Sequence[str], rounds: int) -> dict[str, Any]:
    """Throughput (best pass) and latency (each article's best) on one core."""
    passes = [_timed(normalizer.normalize, texts) for _ in range(rounds)]
    best = min(passes, key=sum)
    per_article = [min(times) for times in zip(*passes, strict=True)]
    size = sum(len(t.encode("utf-8")) for t in texts)
    return {
        "articles": len(texts),
        "mean_article_bytes": size / len(texts),
        "articles_per_s": len(texts) / sum(best),
        "mb_per_s": size / sum(best) / 1e6,
        "p50_ms": statistics.median(per_article) * 1e3,
        "p99_ms": _percentile(per_article, 0.99) * 1e3,
    }


# --------------------------------------------------------------------------------------
# Dates against dateparser


def _calendar(value: object) -> tuple[int, ...] | None:
    """The calendar date a value names: ``(y, m, d)``, ``(y, m)`` for a month; a range's start."""
    if isinstance(value, DateRange):
        value = value.start
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return (value.year, value.month, value.day)
    if isinstance(value, YearMonth):
        return (value.year, value.month)
    return None


def _seed_mentions() -> list[tuple[str, str, str | None]]:
    """``(seed file, mention text, ISO value or None)`` for every date of the seeds."""
    mentions = []
    for name, _ in seed_texts():
        expected = json.loads((REPO / "seeds" / "expected" / f"{name[:-4]}.json").read_text())
        mentions.extend((name, d["text"], d["value"]) for d in expected["dates"])
    return mentions


def seed_dates(normalizer: newsnorm.Normalizer, dateparser: Any) -> dict[str, Any]:
    """How many of the seeds' date mentions newsnorm and dateparser get right.

    newsnorm is right when it reports the mention's text with the expected
    value (None included: a year-less date with no reference must stay
    unresolved). dateparser is right when one of its hits is that text span
    (either contains the other) and names the same calendar date (for a range,
    its start; for a month, the same month); a mention with no calendar date
    cannot be right for it.
    """
    texts = dict(seed_texts())
    found = {name: normalizer.normalize(text).dates for name, text in texts.items()}
    hits: dict[str, list[tuple[str, datetime]]] = {}
    if dateparser is not None:
        for name, text in texts.items():
            hits[name] = dateparser.search_dates(text, languages=["id"]) or []
    rows = []
    for name, text, value in _seed_mentions():
        ours = any(d.text == text and format_date_value(d.value) == value for d in found[name])
        want = _calendar(parse_date_value(value))
        theirs = None
        if dateparser is not None:
            theirs = any(
                (span.strip() in text or text in span)
                and want is not None
                and (_calendar(when) or ())[: len(want)] == want
                for span, when in hits[name]
            )
        rows.append(
            {"seed": name, "text": text, "value": value, "newsnorm": ours, "dateparser": theirs}
        )
    return {
        "mentions": len(rows),
        "newsnorm_right": sum(r["newsnorm"] for r in rows),
        "dateparser_right": None
        if dateparser is None
        else sum(bool(r["dateparser"]) for r in rows),
        "detail": rows,
    }


def dates_vs_dateparser(
    normalizer: newsnorm.Normalizer, texts: Sequence[str], dateparser: Any, rounds: int
) -> dict[str, Any]:
    """Articles/s of newsnorm and of ``dateparser.search_dates`` on the same texts.

    The headline is the whole pipeline (everything newsnorm does to an
    article, dates included); :func:`newsnorm.dates.find_dates` alone on each
    raw text is the like-for-like figure (finding dates, nothing else).
    """
    functions: dict[str, Callable[[Any], object]] = {
        "newsnorm": normalizer.normalize,
        "find_dates": find_dates,
    }
    if dateparser is not None:
        search = lambda text: dateparser.search_dates(text, languages=["id"])  # noqa: E731
        search(texts[0])  # warm up its language data
        functions["dateparser"] = search
    best = _best_interleaved(functions, texts, rounds)
    ours, finder = len(texts) / best["newsnorm"], len(texts) / best["find_dates"]
    result: dict[str, Any] = {
        "articles": len(texts),
        "newsnorm_articles_per_s": ours,
        "find_dates_articles_per_s": finder,
    }
    if dateparser is not None:
        theirs = len(texts) / best["dateparser"]
        result |= {
            "dateparser_articles_per_s": theirs,
            "ratio": ours / theirs,
            "find_dates_ratio": finder / theirs,
        }
    return result


# --------------------------------------------------------------------------------------
# HTML path


def html_path(
    normalizer: newsnorm.Normalizer,
    pages: Sequence[str],
    trafilatura: Any,
    lxml_html: Any,
    rounds: int,
) -> dict[str, Any]:
    """Pages/s of newsnorm, trafilatura and the lxml parse (the floor), best of ``rounds``."""
    size = sum(len(p.encode("utf-8")) for p in pages)
    functions: dict[str, Callable[[Any], object]] = {"newsnorm": normalizer.normalize}
    if trafilatura is not None:
        functions["trafilatura"] = lambda page: trafilatura.bare_extraction(
            page, with_metadata=True
        )
    if lxml_html is not None:
        functions["lxml"] = lxml_html.fromstring
    best = _best_interleaved(functions, pages, rounds)
    ours = len(pages) / best["newsnorm"]
    result: dict[str, Any] = {
        "pages": len(pages),
        "mean_page_kb": size / len(pages) / 1024,
        "newsnorm_pages_per_s": ours,
    }
    if trafilatura is not None:
        theirs = len(pages) / best["trafilatura"]
        result |= {"trafilatura_pages_per_s": theirs, "ratio": ours / theirs}
    if lxml_html is not None:
        floor = len(pages) / best["lxml"]
        result |= {"lxml_parse_pages_per_s": floor, "share_of_floor": ours / floor}
    return result


# --------------------------------------------------------------------------------------
# Scaling, memory, batch


def scaling(scales: Sequence[int]) -> dict[str, Any]:
    """Stream each scale in a fresh process (:mod:`benchmarks.stream`).

    The scales run twice, in order and then in reverse (1, 10, 100, 100, 10,
    1), and each keeps its faster run: a machine that slows down or speeds up
    during the measurement then bends no scale's ratio.
    """
    fastest: dict[int, dict[str, Any]] = {}
    path = [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(path))
    for scale in [*scales, *reversed(scales)]:
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.stream", str(scale)],
            cwd=REPO,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        run = json.loads(out.strip().splitlines()[-1])
        if scale not in fastest or run["seconds"] < fastest[scale]["seconds"]:
            fastest[scale] = run
    runs = [fastest[scale] for scale in scales]
    base = runs[0]["seconds"]
    for run in runs:
        run["time_ratio"] = run["seconds"] / base
        run["articles_per_s"] = run["articles"] / run["seconds"]
    return {"runs": runs}


def batch(texts: Sequence[str], jobs: int) -> dict[str, Any]:
    """:func:`newsnorm.normalize_many` with ``jobs`` workers against one, in wall time
    (parallelism is about wall time; the pool's start is included).

    One Normalizer, built and warmed up beforehand, serves both (the workers
    rebuild it from a pickle, a cost of parallelism that counts); the runs
    alternate, 1, ``jobs``, 1, ``jobs``, and each keeps its faster.
    """
    normalizer = newsnorm.Normalizer(on_plugin_error="warn")
    for text in texts[:10]:
        normalizer.normalize(text)
    timings = {1: float("inf"), jobs: float("inf")}
    for n in (1, jobs, 1, jobs):
        began = time.perf_counter()
        results = newsnorm.normalize_many(texts, jobs=n, normalizer=normalizer)
        failed = sum(not r.ok for r in results)
        timings[n] = min(timings[n], time.perf_counter() - began)
        assert not failed, f"{failed} inputs failed with jobs={n}"
    return {
        "articles": len(texts),
        "cpus": os.cpu_count(),
        "jobs": jobs,
        "jobs1_articles_per_s": len(texts) / timings[1],
        f"jobs{jobs}_articles_per_s": len(texts) / timings[jobs],
        "speedup": timings[1] / timings[jobs],
    }


# --------------------------------------------------------------------------------------
# Report


def _fmt(value: float | None, spec: str = ",.0f") -> str:
    return "n/a" if value is None else format(value, spec)


def report(results: dict[str, Any]) -> str:
    """The figures as text, one run, side by side."""
    env, text, dates, seeds = (results[k] for k in ("environment", "text", "dates", "seed_dates"))
    html, scale, jobs = results["html"], results["scaling"], results["batch"]
    lines = [
        f"newsnorm {env['newsnorm']} · Python {env['python']} · {env['platform']} · "
        f"{env['cpus']} CPUs",
        "peers: " + ", ".join(f"{k} {v or 'MISSING'}" for k, v in env["peers"].items()),
    ]
    lines += [f"  {k} skipped: {why}" for k, why in env["missing"].items()]
    lines += [
        "",
        f"TEXT PATH (one core, CPU time, {text['articles']} articles of "
        f"{text['mean_article_bytes'] / 1024:.1f} KB on average)",
        f"  {_fmt(text['articles_per_s'])} articles/s   {_fmt(text['mb_per_s'], '.2f')} MB/s   "
        f"p50 {_fmt(text['p50_ms'], '.2f')} ms   p99 {_fmt(text['p99_ms'], '.2f')} ms   "
        f"(target {TARGETS['text_articles_per_s']:,} articles/s)",
        "",
        f"DATES ({dates['articles']} articles, the same texts)",
        f"  newsnorm (whole pipeline)   {_fmt(dates['newsnorm_articles_per_s'])} articles/s",
        f"  dateparser.search_dates     {_fmt(dates.get('dateparser_articles_per_s'), ',.1f')}"
        " articles/s",
        f"  ratio                       {_fmt(dates.get('ratio'), '.1f')}×   "
        f"(target {TARGETS['text_vs_dateparser']}×)",
        f"  dates.find_dates alone      {_fmt(dates.get('find_dates_articles_per_s'))}"
        f" articles/s   ({_fmt(dates.get('find_dates_ratio'), '.0f')}× dateparser;"
        " finding dates only, like for like)",
        f"  seed date mentions right    newsnorm {seeds['newsnorm_right']}/{seeds['mentions']}"
        f"   dateparser {_fmt(seeds['dateparser_right'], 'd')}/{seeds['mentions']}",
        "",
        f"HTML PATH ({html['pages']} pages, {html['mean_page_kb']:.0f} KB on average)",
        f"  newsnorm                    {_fmt(html['newsnorm_pages_per_s'], ',.1f')} pages/s",
        f"  trafilatura.bare_extraction {_fmt(html.get('trafilatura_pages_per_s'), ',.1f')}"
        " pages/s",
        f"  ratio                       {_fmt(html.get('ratio'), '.2f')}×   "
        f"(target {TARGETS['html_vs_trafilatura']}×)",
        f"  lxml.html.fromstring floor  {_fmt(html.get('lxml_parse_pages_per_s'), ',.1f')}"
        f" pages/s   (newsnorm runs at {_fmt(html.get('share_of_floor'), '.1%')} of the floor)",
        "",
        "SCALING (CPU seconds; a fresh process per scale, streamed through normalize_many)",
    ]
    for run in scale["runs"]:
        lines.append(
            f"  {run['scale']:>4}×  {run['articles']:>6} articles  {run['seconds']:8.2f} s  "
            f"ratio {run['time_ratio']:7.2f}  {run['articles_per_s']:7,.0f} articles/s  "
            f"RSS {run['start_rss_mb']:.1f} MB → peak while streaming "
            f"{run['stream_peak_rss_mb']:.1f} MB"
        )
    parallel = jobs[f"jobs{jobs['jobs']}_articles_per_s"]
    lines += [
        "",
        f"BATCH (normalize_many, wall time, {jobs['articles']} articles, {jobs['cpus']} CPUs)",
        f"  jobs=1 {_fmt(jobs['jobs1_articles_per_s'])} articles/s   jobs={jobs['jobs']} "
        f"{_fmt(parallel)} articles/s   speedup {jobs['speedup']:.2f}×",
    ]
    return "\n".join(lines)


def chart(results: dict[str, Any], path: Path) -> str | None:
    """A small PNG of the comparisons; returns why not when matplotlib is missing."""
    matplotlib, missing = _peer("matplotlib")
    if matplotlib is None:
        return missing
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, NullFormatter

    plain = FuncFormatter(lambda value, _: f"{value:,.0f}")

    dates, html, runs = results["dates"], results["html"], results["scaling"]["runs"]
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.2), dpi=100)
    text_bars = [
        ("newsnorm", dates["newsnorm_articles_per_s"]),
        ("dateparser\nsearch_dates", dates.get("dateparser_articles_per_s")),
    ]
    html_bars = [
        ("newsnorm", html["newsnorm_pages_per_s"]),
        ("trafilatura", html.get("trafilatura_pages_per_s")),
        ("lxml parse\n(floor)", html.get("lxml_parse_pages_per_s")),
    ]
    panels = [("Text: articles/s", text_bars), ("HTML: pages/s", html_bars)]
    for ax, (title, bars) in zip(axes, panels, strict=False):
        shown = [(label, value) for label, value in bars if value]
        ax.bar(
            [b[0] for b in shown],
            [b[1] for b in shown],
            color=["#2b6cb0", "#a0aec0", "#cbd5e0"][: len(shown)],
        )
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(plain)
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.set_title(title, fontsize=10)
        for i, (_, value) in enumerate(shown):
            ax.annotate(f"{value:,.0f}", (i, value), ha="center", va="bottom", fontsize=8)
    ax = axes[2]
    scales = [r["scale"] for r in runs]
    ax.plot(scales, [r["time_ratio"] for r in runs], "o-", color="#2b6cb0", label="newsnorm")
    ax.plot(scales, scales, "--", color="#a0aec0", label="linear")
    ax.set_xscale("log")
    ax.set_yscale("log")
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(plain)
        axis.set_minor_formatter(NullFormatter())
    ax.set_title("Scaling: time / time at 1×", fontsize=10)
    ax.set_xlabel("corpus size (×)", fontsize=8)
    ax.legend(fontsize=8)
    fig.suptitle(
        f"newsnorm {results['environment']['newsnorm']}, one core "
        f"({results['environment']['generated']})",
        fontsize=9,
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="small corpora; write no files")
    parser.add_argument("--scales", default="1,10,100", help="corpus sizes to stream")
    parser.add_argument("--pages", type=int, default=25, help="generated HTML pages")
    parser.add_argument("--rounds", type=int, default=5, help="passes; the best one counts")
    parser.add_argument("--jobs", type=int, default=2, help="workers for the batch comparison")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where the results go")
    parser.add_argument("--chart", type=Path, default=CHART, help="where the chart goes")
    args = parser.parse_args(argv)
    scales = [1, 2] if args.quick else [int(s) for s in args.scales.split(",")]
    text_scale = 1 if args.quick else 10
    rounds = 1 if args.quick else args.rounds
    pages_count = 5 if args.quick else args.pages

    dateparser, dp_missing = _peer("dateparser.search")  # search_dates lives here
    trafilatura, tr_missing = _peer("trafilatura")
    lxml_html, lx_missing = _peer("lxml.html")
    missing = {
        k: v
        for k, v in [("dateparser", dp_missing), ("trafilatura", tr_missing), ("lxml", lx_missing)]
        if v
    }
    for name, why in missing.items():
        print(
            f"note: {name} is not available ({why}); its comparison is skipped. "
            'Install the peers with: pip install -e ".[bench]"',
            file=sys.stderr,
        )

    normalizer = newsnorm.Normalizer()
    one = list(text_corpus(1))
    for text in one:  # warm up
        normalizer.normalize(text)
    pages = [page for _, page in html_corpus(pages_count)]
    normalizer.normalize(pages[0])
    print("measuring ...", file=sys.stderr)
    results: dict[str, Any] = {
        "environment": {
            "generated": datetime.now().strftime("%Y-%m-%d"),
            "newsnorm": newsnorm.__version__,
            "python": platform.python_version(),
            "platform": platform.platform(terse=True),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "peers": {d: _version(d) for d in ("dateparser", "trafilatura", "lxml")},
            "missing": missing,
            "method": (
                f"CPU time of the measuring process; best of {rounds} passes for throughput, "
                "each article's best time for p50/p99; scaling and memory from a fresh "
                "process per scale; the batch comparison in wall time"
            ),
        },
        "targets": TARGETS,
        "text": text_path(normalizer, list(text_corpus(text_scale)), rounds),
        "dates": dates_vs_dateparser(normalizer, one, dateparser, rounds),
        "seed_dates": seed_dates(normalizer, dateparser),
        "html": html_path(normalizer, pages, trafilatura, lxml_html, rounds),
        "scaling": scaling(scales),
        "batch": batch(list(text_corpus(4 * text_scale)), args.jobs),
    }
    print(report(results))
    if args.quick:
        return 0
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    why = chart(results, args.chart)

    def shown(path: Path) -> Path:
        full = path.resolve()
        return full.relative_to(REPO) if full.is_relative_to(REPO) else path

    print(
        f"\nwrote {shown(args.json)}"
        + (f" (no chart: {why})" if why else f" and {shown(args.chart)}")
    )
    return 0
