"""The ``newsnorm`` command line (also ``python -m newsnorm``).

Commands:

- ``newsnorm normalize PATH...``: normalise files, directories (recursively,
  ``.txt``/``.html``/``.htm``) or ``-`` for standard input; one JSON record a
  line by default. A file that fails is reported on standard error with its
  path and reason, the others are still processed, and the exit code is 1.
- ``newsnorm plugins``: the registered plugins, their outlets, versions and
  where they came from.
- ``newsnorm detect PATH...``: the outlet each file is attributed to, with
  its score.

Usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from newsnorm import __version__
from newsnorm.errors import NewsnormError, UnknownOutletError
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
        "--on-plugin-error",
        choices=("warn", "raise"),
        default="warn",
        help="a failing plugin: skip it with a warning (default) or fail the file",
    )

    commands.add_parser("plugins", help="list the registered plugins")

    det = commands.add_parser("detect", help="show the outlet each file is attributed to")
    det.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    det.add_argument("--url", help="the source address")
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


def _normalize(args: argparse.Namespace, out: IO[str]) -> int:
    normalizer = Normalizer(on_plugin_error=args.on_plugin_error)
    if args.outlet is not None and args.outlet not in normalizer.outlets:
        _fail("--outlet", str(UnknownOutletError(args.outlet, normalizer.outlets)))
        return 2
    failures = 0
    records: list[dict[str, Any]] = []
    first = True
    for name, path in _inputs(args.paths):
        try:
            article = normalizer.normalize(
                _read(path), url=args.url, outlet=args.outlet, reference_date=args.reference_date
            )
        except (OSError, NewsnormError) as exc:
            failures += 1
            _fail(name, exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc))
            continue
        if args.format == "text":
            if not first:
                out.write("\n")
            out.write(f"==> {name} <==\n{article.to_text()}")
        else:
            record = {"path": name, **article.to_dict()}
            if args.format == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                records.append(record)
        first = False
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 1 if failures else 0


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
        return _detect(args, out)
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
