"""The command line, run in-process through ``newsnorm.cli.main``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsnorm.cli import main

SEED_NAMES = sorted(p.name for p in (Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_normalize_seeds_prints_one_json_line_per_file(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["normalize", str(seeds_dir)], capsys)
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["path"]).name for r in records] == SEED_NAMES
    assert all(r["body"] for r in records)


def test_formats_and_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "a.txt"
    one.write_text("JAKARTA - Kalimat pertama.\n", "utf-8")
    code, out, _ = run(["normalize", "--format", "json", str(one)], capsys)
    assert code == 0
    assert json.loads(out)[0]["body"] == ["Kalimat pertama."]
    code, out, _ = run(["normalize", "--format", "text", str(one)], capsys)
    assert code == 0
    assert out == f"==> {one} <==\nJAKARTA - Kalimat pertama.\n"
    target = tmp_path / "out.jsonl"
    code, out, _ = run(["normalize", "-o", str(target), str(one)], capsys)
    assert (code, out) == (0, "")
    assert json.loads(target.read_text("utf-8"))["dateline"]["place"] == "Jakarta"


def test_reference_date_and_url_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "a.txt"
    one.write_text("Ia berbicara di Jakarta, Jumat.\n", "utf-8")
    code, out, _ = run(["normalize", "--reference-date", "2022-05-27", str(one)], capsys)
    assert code == 0
    assert json.loads(out)["dates"][0]["value"] == "2022-05-27"
    code, out, _ = run(["normalize", "--url", "https://example.com/x", str(one)], capsys)
    assert json.loads(out)["url"] == "https://example.com/x"


def test_a_failing_file_is_reported_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Kalimat.\n", "utf-8")
    code, out, err = run(["normalize", str(tmp_path / "missing.txt"), str(good)], capsys)
    assert code == 1
    assert f"newsnorm: {tmp_path / 'missing.txt'}: No such file or directory" in err
    assert len(out.splitlines()) == 1


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["normalize", "--reference-date", "27/05/2022", "x"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    code, _, err = run(["normalize", "--outlet", "tidakada", str(tmp_path)], capsys)
    assert code == 2
    assert "no plugin provides outlet 'tidakada'" in err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Kalimat dari stdin.\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(["normalize", "-"], capsys)
    assert code == 0
    assert json.loads(out)["body"] == ["Kalimat dari stdin."]


def test_plugins_lists_the_generic_plugin(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["plugins"], capsys)
    assert code == 0
    assert out.splitlines()[0].startswith("generic\t(generic: every document)")


def test_detect_without_a_match(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "a.txt"
    one.write_text("The quick brown fox jumps over the lazy dog.\n", "utf-8")
    code, out, _ = run(["detect", str(one)], capsys)
    assert code == 0
    assert out.startswith(f"{one}\t-\t0.00\tno outlet recognised")


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsnorm", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("newsnorm ")


def test_jobs_jsonl_input_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps(
            {"text": "JAKARTA - Berita pertama.\nBaca juga: Lain", "url": "https://x.test/1"}
        ),
        "{not json",
        json.dumps({"html": "<html><body><h1>Judul</h1><p>Isi halaman.</p></body></html>"}),
        json.dumps({"url": "https://x.test/3"}),
        json.dumps({"text": "Berita ketiga."}),
    ]
    dump.write_text("\n".join(lines) + "\n", "utf-8")
    code, out, err = run(["normalize", "--input-format", "jsonl", "--jobs", "2", str(dump)], capsys)
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in records] == [f"{dump}:1", f"{dump}:3", f"{dump}:5"]
    assert records[0]["body"] == ["Berita pertama."]
    assert records[0]["url"] == "https://x.test/1"
    assert records[1]["title"] == "Judul"
    assert f"newsnorm: {dump}:2: not a usable JSONL record" in err
    assert f"newsnorm: {dump}:4: not a usable JSONL record: no 'text' or 'html' field" in err
    assert "newsnorm: 5 inputs, 3 articles, 2 failed" in err
    assert "removed: related-link 1" in err


def test_quiet_has_no_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "a.txt"
    one.write_text("Kalimat.\n", "utf-8")
    code, _, err = run(["normalize", "-q", str(one)], capsys)
    assert (code, err) == (0, "")
    code, _, err = run(["normalize", "--jobs", "0", str(one)], capsys)
    assert code == 2
    assert "--jobs: must be at least 1" in err
