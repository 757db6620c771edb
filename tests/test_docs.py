"""The command-line examples in the docs run and print what the docs show.

Every ``.. code-block:: console`` block in ``docs/*.rst`` is a transcript:
``$ newsnorm ...`` lines are commands, run from the repository root through
``newsnorm.cli.main``; the lines after each command are its output (standard
output, then standard error), compared as doctest does with ``...`` matching
anything and white space normalised. The Python examples are Sphinx doctest
blocks, run by ``tox -e docs``; the tutorial plugin's own tests run in
``tox -e example``.
"""

from __future__ import annotations

import doctest
import shlex
import textwrap
from pathlib import Path
from typing import Any

import pytest

from newsnorm.cli import main

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
DIRECTIVE = ".. code-block:: console"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _blocks(page: Path) -> list[tuple[int, str]]:
    """``(line number, dedented content)`` of each console block of ``page``."""
    lines = page.read_text("utf-8").splitlines()
    found = []
    for i, line in enumerate(lines):
        if line.strip() != DIRECTIVE:
            continue
        body = []
        for following in lines[i + 1 :]:
            if following.strip() and not following.startswith("   "):
                break
            body.append(following)
        found.append((i + 1, textwrap.dedent("\n".join(body)).strip("\n")))
    return found


def _transcript(content: str) -> list[tuple[str, str]]:
    """Split a console block into ``(command, expected output)`` pairs."""
    pairs: list[tuple[str, list[str]]] = []
    for line in content.splitlines():
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        else:
            assert pairs, f"output before any command: {line!r}"
            pairs[-1][1].append(line)
    return [(command, "\n".join(output).strip("\n")) for command, output in pairs]


def _examples() -> list[Any]:
    params: list[Any] = []
    for page in sorted(DOCS.glob("*.rst")):
        for number, content in _blocks(page):
            for command, expected in _transcript(content):
                params.append(pytest.param(command, expected, id=f"{page.stem}.rst:{number}"))
    return params


EXAMPLES = _examples()


def test_the_docs_have_console_examples() -> None:
    pages = {p.id.split(":")[0] for p in EXAMPLES}
    assert {"cli.rst", "quickstart.rst", "howitworks.rst", "plugins.rst"} <= pages
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize(("command", "expected"), EXAMPLES)
def test_console_example(
    command: str,
    expected: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    argv = shlex.split(command)
    assert argv[0] == "newsnorm", "console blocks hold newsnorm commands only"
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)
    code = main(argv[1:])
    out, err = capsys.readouterr()
    got = out + err
    assert code == 0, got
    checker = doctest.OutputChecker()
    if not checker.check_output(expected + "\n", got, FLAGS):
        example = doctest.Example(command, expected + "\n")
        pytest.fail(checker.output_difference(example, got, FLAGS))
