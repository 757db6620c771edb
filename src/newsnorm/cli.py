"""The ``newsnorm`` command line (also ``python -m newsnorm``).

Commands:

- ``newsnorm normalize PATH...``: normalise files, directories (recursively,
  ``.txt``/``.html``/``.htm``) or ``-`` for standard input; one JSON record a
  line by default. A file that fails is reported on standard error with its
  path and reason, the others are still processed, and the exit code is 1.
  ``--jobs N`` uses N processes; ``--input-format jsonl`` reads a scraper's
  JSONL dump (records with ``text`` or ``html`` and ``url``). A progress line
  (on a terminal) and a closing summary go to standard error.
- ``newsnorm plugins``: the registered plugins, their outlets, versions and
  where they came from.
- ``newsnorm detect PATH...``: the outlet each file is attributed to, with
  its score.
- ``newsnorm explain PATH``: the input with every removed piece, field and
  date marked with the reason and the plugin that decided it
  (:mod:`newsnorm.explain`); ``--color auto|always|never``.

Usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from newsnorm import __version__
from newsnorm.batch import BatchResult, Source, normalize_many
from newsnorm.errors import NewsnormError, UnknownOutletError
from newsnorm.explain import explain
from newsnorm.model import Article
from newsnorm.pipeline import DETECTION_THRESHOLD, Normalizer

__all__ = ["INPUT_SUFFIXES", "build_parser", "main"]

#: File name endings read when a directory is given.
INPUT_SUFFIXES = (".txt", ".html", ".htm")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for the docs and tests)."""
    parser = argparse.ArgumentParser(
        prog="newsnorm", description="Clean, structured records from Indonesian news articles."
    )
    parser.add_argument("--version", action="version", version=f"newsnorm {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    norm = commands.add_parser("normalize", help="normalise articles to JSON or text")
    norm.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    norm.add_argument("--format", choices=("jsonl", "json", "text"), default="jsonl")
    norm.add_argument("--outlet", help="force this outlet's plugin")
    norm.add_argument("--url", help="the source address (for a single article)")
    norm.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="resolve year-less and weekday-only dates against this date",
    )
    norm.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    norm.add_argument(
        "--input-format",
        choices=("auto", "jsonl"),
        default="auto",
        help="auto: each file is one article (text or HTML); jsonl: each line of each file is "
        "a record with 'text' or 'html' and 'url' (a scraper's dump)",
    )
    norm.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    norm.add_argument("--quiet", "-q", action="store_true", help="no progress or summary")
    norm.add_argument(
        "--on-plugin-error",
        choices=("warn", "raise"),
        default="warn",
        help="a failing plugin: skip it with a warning (default) or fail the file",
    )

    commands.add_parser("plugins", help="list the registered plugins")

    det = commands.add_parser("detect", help="show the outlet each file is attributed to")
    det.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    det.add_argument("--url", help="the source address")

    exp = commands.add_parser(
        "explain", help="show the input with every removal, field and date marked and why"
    )
    exp.add_argument("path", metavar="PATH", help="a file, or - for stdin")
    exp.add_argument("--outlet", help="force this outlet's plugin")
    exp.add_argument("--url", help="the source address")
    exp.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="resolve year-less and weekday-only dates against this date",
    )
    exp.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="ANSI colours: on a terminal (auto, unless NO_COLOR is set), always or never",
    )
    return parser


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    """Expand directories; yield ``(display name, path)``, path None for stdin."""
    for name in paths:
        if name == "-":
            yield "-", None
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
            )
            for p in found:
                yield str(p), p
        else:
            yield name, path


def _read(path: Path | None) -> bytes:
    return sys.stdin.buffer.read() if path is None else path.read_bytes()


def _fail(name: str, reason: str) -> None:
    print(f"newsnorm: {name}: {reason}", file=sys.stderr)


class _Entry:
    """One input of ``normalize``: its display name and, when it could not
    even be read as an input, the reason."""

    __slots__ = ("error", "name")

    def __init__(self, name: str, error: str | None = None) -> None:
        self.name = name
        self.error = error


def _jsonl_records(name: str, path: Path | None) -> Iterator[tuple[_Entry, Source | None]]:
    """Inputs from a scraper's JSONL dump: records with ``text`` or ``html`` and ``url``."""
    stream = sys.stdin.buffer if path is None else path.open("rb")
    try:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = json.loads(line)
                body = record.get("html") if record.get("html") is not None else record["text"]
                url = record.get("url")
                if not isinstance(body, str) or not (url is None or isinstance(url, str)):
                    raise TypeError("'text'/'html' and 'url' must be strings")
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                reason = f"no 'text' or 'html' field ({exc})" if isinstance(exc, KeyError) else exc
                yield _Entry(where, f"not a usable JSONL record: {reason}"), None
                continue
            yield _Entry(where), (body, url)
    finally:
        if path is not None:
            stream.close()


def _entries(args: argparse.Namespace) -> Iterator[tuple[_Entry, Source | None]]:
    for name, path in _inputs(args.paths):
        if args.input_format == "jsonl":
            try:
                yield from _jsonl_records(name, path)
            except OSError as exc:
                yield _Entry(name, exc.strerror or str(exc)), None
        elif path is None:
            yield _Entry(name), (sys.stdin.buffer.read(), args.url)
        else:
            yield _Entry(name), (path, args.url)


class _Summary:
    """Counts for the closing summary and the progress line."""

    def __init__(self) -> None:
        self.inputs = 0
        self.failures = 0
        self.outlets: Counter[str] = Counter()
        self.removed: Counter[str] = Counter()

    def add(self, article: Article | None) -> None:
        self.inputs += 1
        if article is None:
            self.failures += 1
            return
        self.outlets[article.outlet or "(none)"] += 1
        self.removed.update(r.reason for r in article.removed)

    def line(self) -> str:
        return (
            f"{self.inputs} inputs, {self.inputs - self.failures} articles, {self.failures} failed"
        )

    def report(self) -> str:
        lines = [f"newsnorm: {self.line()}"]
        if self.outlets:
            lines.append(
                "  outlets: " + ", ".join(f"{k} {v}" for k, v in sorted(self.outlets.items()))
            )
        if self.removed:
            pieces = ", ".join(f"{k} {v}" for k, v in sorted(self.removed.items()))
            lines.append(f"  removed: {pieces}")
        return "\n".join(lines)


def _normalize(args: argparse.Namespace, out: IO[str]) -> int:
    normalizer = Normalizer(on_plugin_error=args.on_plugin_error)
    if args.outlet is not None and args.outlet not in normalizer.outlets:
        _fail("--outlet", str(UnknownOutletError(args.outlet, normalizer.outlets)))
        return 2
    if args.jobs < 1:
        _fail("--jobs", "must be at least 1")
        return 2
    summary = _Summary()
    progress = sys.stderr.isatty() and not args.quiet
    records: list[dict[str, Any]] = []
    names: deque[_Entry] = deque()

    def sources() -> Iterator[Source]:
        for entry, source in _entries(args):
            names.append(entry)
            if source is not None:
                yield source

    def emit(entry: _Entry, article: Article | None, error: str | None) -> None:
        summary.add(article)
        if article is None:
            _fail(entry.name, error or "failed")
        elif args.format == "text":
            out.write(("\n" if summary.inputs > 1 else "") + f"==> {entry.name} <==\n")
            out.write(article.to_text())
        elif args.format == "jsonl":
            out.write(json.dumps({"path": entry.name, **article.to_dict()}, ensure_ascii=False))
            out.write("\n")
        else:
            records.append({"path": entry.name, **article.to_dict()})
        if progress and summary.inputs % 25 == 0:
            print(f"\rnewsnorm: {summary.line()}", end="", file=sys.stderr, flush=True)

    def unreadable_before_next() -> None:
        while names and names[0].error is not None:
            entry = names.popleft()
            emit(entry, None, entry.error)

    results = normalize_many(
        sources(),
        jobs=args.jobs,
        normalizer=normalizer,
        outlet=args.outlet,
        reference_date=args.reference_date,
    )
    for result in results:
        unreadable_before_next()
        entry = names.popleft()
        emit(entry, result.article, _reason(result))
    unreadable_before_next()
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    if progress:
        print("\r", end="", file=sys.stderr)
    if not args.quiet:
        print(summary.report(), file=sys.stderr)
    return 1 if summary.failures else 0


def _reason(result: BatchResult) -> str | None:
    """Why an input failed: an OS error's message alone (``No such file or
    directory``), else ``Type: message``."""
    if result.error_type in _OS_ERRORS:
        return result.message
    return result.error


_OS_ERRORS = frozenset(
    {"OSError", "FileNotFoundError", "PermissionError", "IsADirectoryError", "NotADirectoryError"}
)


def _plugins(out: IO[str]) -> int:
    normalizer = Normalizer()
    for info in normalizer.plugins:
        outlets = ", ".join(o.name for o in info.outlets) or "(generic: every document)"
        version = info.version or "-"
        dist = f"{info.distribution} " if info.distribution else ""
        out.write(f"{info.name}\t{outlets}\t{dist}{version}\t{info.source}\n")
    return 0


def _detect(args: argparse.Namespace, out: IO[str]) -> int:
    normalizer = Normalizer(on_plugin_error="warn")
    failures = 0
    for name, path in _inputs(args.paths):
        try:
            detections = normalizer.detect(_read(path), url=args.url)
        except (OSError, NewsnormError) as exc:
            failures += 1
            _fail(name, exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc))
            continue
        best = detections[0] if detections else None
        if best is None or best.score < DETECTION_THRESHOLD:
            runner_up = f" (best: {best.outlet} {best.score:.2f})" if best else ""
            out.write(f"{name}\t-\t0.00\tno outlet recognised{runner_up}\n")
        else:
            out.write(f"{name}\t{best.outlet}\t{best.score:.2f}\t{best.reason}\n")
    return 1 if failures else 0


def _explain(args: argparse.Namespace, out: IO[str]) -> int:
    normalizer = Normalizer(on_plugin_error="warn")
    if args.outlet is not None and args.outlet not in normalizer.outlets:
        _fail("--outlet", str(UnknownOutletError(args.outlet, normalizer.outlets)))
        return 2
    path = None if args.path == "-" else Path(args.path)
    try:
        trace = normalizer.trace(
            _read(path), url=args.url, outlet=args.outlet, reference_date=args.reference_date
        )
    except (OSError, NewsnormError) as exc:
        _fail(args.path, exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc))
        return 1
    if args.color == "auto":
        color = out.isatty() and not os.environ.get("NO_COLOR")
    else:
        color = args.color == "always"
    out.write(explain(trace, color=color, name=args.path))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    out: IO[str]
    if getattr(args, "output", None):
        try:
            out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            _fail(args.output, exc.strerror or str(exc))
            return 2
    else:
        out = sys.stdout
    try:
        if args.command == "normalize":
            return _normalize(args, out)
        if args.command == "plugins":
            return _plugins(out)
        if args.command == "explain":
            return _explain(args, out)
        return _detect(args, out)
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
