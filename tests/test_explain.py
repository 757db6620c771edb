"""``newsnorm explain`` and :mod:`newsnorm.explain`: the input with every decision marked."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest
import regex

from newsnorm import Detection, Document, Mark, Normalizer, Outlet, clutter, hookimpl
from newsnorm.cli import main
from newsnorm.datelines import dateline_pattern, match_dateline
from newsnorm.explain import Deciders, explain, strip_ansi
from newsnorm.pipeline import Trace

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
RMOL_SEED = SEEDS / "003_4300166d2f3059dd.txt"

_DEMO_DATELINE = dateline_pattern("DEMO")
_ADVERT = regex.compile(r"Iklan: [^.]*\.")


class Demo:
    """A plugin that makes every kind of mark, for an exact rendering."""

    @hookimpl
    def newsnorm_outlets(self) -> list[Outlet]:
        return [Outlet(name="demo", title="Demo")]

    @hookimpl
    def newsnorm_detect(self, document: Document) -> Detection | None:
        if match_dateline(_DEMO_DATELINE, document.tail(1)):
            return Detection(outlet="demo", score=0.8, reason="DEMO dateline")
        return None

    @hookimpl
    def newsnorm_mark_clutter(self, document: Document, marks: Sequence[Mark]) -> list[Mark]:
        return clutter.scan(document, marks, _ADVERT, "advert")

    @hookimpl
    def newsnorm_mark_metadata(self, document: Document) -> list[Mark]:
        kinds = ("title", "lead", "caption", "published", "byline")
        return [Mark(kind=kind, block=i) for i, kind in enumerate(kinds)]

    @hookimpl
    def newsnorm_parse_dateline(self, text: str) -> object:
        return match_dateline(_DEMO_DATELINE, text)


DEMO_TEXT = """\
Judul Berita Demo
Ringkasan berita demo yang pendek.
Foto: Dok. Demo
Senin, 3 Februari 2025 10:15 WIB
Penulis: Budi Santoso

JAKARTA, DEMO - Harga beras naik sejak Senin (3/2/2025). Iklan: Beli sekarang. Warga mengeluh.
"""

DEMO_EXPLAINED = """\
input:     demo.txt
outlet:    demo, score 0.80: DEMO dateline
title:     Judul Berita Demo
published: 2025-02-03T10:15:00+07:00
dateline:  Jakarta, DEMO (demo)
authors:   Budi Santoso (author)
removed:   advert 1, byline 1, date-line 1
key:       [-removed-] [=moved to a field=] [+date in the body+]

[=title (demo): Judul Berita Demo=]
[=lead (demo): Ringkasan berita demo yang pendek.=]
[=caption (demo): Foto: Dok. Demo=]
[=date-line (demo): Senin, 3 Februari 2025 10:15 WIB=]
[=byline (demo): Penulis: Budi Santoso=]

[=dateline (demo): JAKARTA, DEMO -=] Harga beras naik sejak \
[+date 2025-02-03 (generic): Senin (3/2/2025)+]. [-advert (demo): Iklan: Beli sekarang.-] \
Warga mengeluh.
"""


@pytest.fixture(scope="module")
def demo() -> Normalizer:
    return Normalizer([("demo", Demo())], entry_points=False)


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer(on_plugin_error="warn")


def _explained(normalizer: Normalizer, text: str, **kwargs: object) -> str:
    trace = normalizer.trace(text, **kwargs)  # type: ignore[arg-type]
    return explain(trace)


def test_every_kind_of_mark_is_drawn_with_its_plugin(demo: Normalizer) -> None:
    trace = demo.trace(DEMO_TEXT)
    got = explain(trace, name="demo.txt")
    assert got == DEMO_EXPLAINED


def test_colour_only_adds_escapes(demo: Normalizer) -> None:
    trace = demo.trace(DEMO_TEXT)
    plain = explain(trace, name="demo.txt")
    coloured = explain(trace, name="demo.txt", color=True)
    assert "\x1b[" not in plain
    assert coloured != plain
    assert strip_ansi(coloured) == plain
    assert "\x1b[1;31m[-advert (demo):\x1b[0m\x1b[31m Iklan: Beli sekarang.-]\x1b[0m" in coloured
    assert "\x1b[1;36m[=title (demo):\x1b[0m" in coloured
    assert "\x1b[1;32m[+date 2025-02-03 (generic):\x1b[0m" in coloured


def test_the_trace_names_the_dateline_and_date_plugins(demo: Normalizer) -> None:
    trace = demo.trace(DEMO_TEXT)
    assert trace.dateline_plugin is not None
    assert set(trace.date_plugins.values()) == {"generic"}
    unattributed = attrs.evolve(trace, dateline_plugin=None, date_plugins={})
    got = explain(unattributed)
    assert "[=dateline (?): JAKARTA, DEMO -=]" in got
    assert "[+date 2025-02-03 (?): Senin (3/2/2025)+]" in got
    assert "dateline:  Jakarta, DEMO (?)" in got


def test_the_rmol_seed(normalizer: Normalizer) -> None:
    trace = normalizer.trace(RMOL_SEED.read_text("utf-8"))
    got = explain(trace)
    lines = got.splitlines()
    assert lines[0] == "outlet:    rmol, score 0.95: 'rmol news logo' image text"
    assert "authors:   Reni Erina (reporter)" in lines
    assert "published: 2022-06-16T07:00:00+07:00" in lines
    title = (
        "Presiden Tokayev: Demi Menjaga Persahabatan dengan Rusia, Kami Bisa Melakukan Segalanya"
    )
    assert f"[=title (generic): {title}=]" in lines
    assert f"[-duplicate-title (generic): {title}-]" in lines
    assert "[=byline (rmol): LAPORAN: RENI ERINA=]" in lines
    assert "[=date-line (rmol): • Kamis, 16 Juni 2022, 07:00 WIB=]" in lines
    assert "[=caption (rmol): Presiden Kassym-Jomart Tokayev/Net=]" in lines
    assert "[-social-follow (rmol): FOLLOW US-]" in lines
    assert "[-navigation (rmol): ARTIKEL LAINNYA-]" in lines
    # A logo glued to the start and one to the end of a paragraph; the rest stays.
    assert any(
        line.startswith("[-logo (rmol): rmol news logo-] Kazakhstan berharap") for line in lines
    )
    assert any(line.endswith("tutupnya. [-logo (rmol): rmol news logo article-]") for line in lines)
    assert ", [+date 2022-06-15 (generic): Rabu (15/6)+]." in got


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_removal_of_a_seed_is_shown_with_reason_and_plugin(
    seed: Path, normalizer: Normalizer
) -> None:
    trace = normalizer.trace(seed.read_text("utf-8"))
    got = explain(trace)
    assert trace.article.removed
    for removal in trace.article.removed:
        kind = {"byline": "=byline", "date-line": "=date-line", "dateline": "=dateline"}
        label = kind.get(removal.reason, f"-{removal.reason}")
        assert f"[{label} ({removal.plugin}): {removal.text}" in got, removal
    unmarked_dates = regex.sub(r"\[\+date [^:]+: (.*?)\+\]", r"\1", got)
    for line in trace.article.body:
        for sentence in line.split(". ")[1:]:
            assert sentence in unmarked_dates  # the kept text is shown too
    assert "(?)" not in got


def test_a_date_found_by_the_outlet_plugin_names_it(normalizer: Normalizer) -> None:
    text = "JAKARTA, RMOL - Rapat digelar Senin sore (13/10) di Jakarta.\n"
    got = _explained(normalizer, text, outlet="rmol", reference_date=None)
    assert "(13/10)" in got
    assert "(rmol): Senin sore (13/10)+]" in got
    assert "outlet:    rmol (forced, not detected)" in got


def test_an_unrecognised_text_says_so_and_a_weak_detection_is_shown() -> None:
    class Weak:
        @hookimpl
        def newsnorm_outlets(self) -> list[Outlet]:
            return [Outlet(name="weak")]

        @hookimpl
        def newsnorm_detect(self) -> Detection:
            return Detection(outlet="weak", score=0.3, reason="a hunch")

    plain = Normalizer(entry_points=False)
    assert explain(plain.trace("Satu dua tiga.")).startswith(
        "outlet:    none (no plugin recognised the text)\n"
    )
    weak = Normalizer([("weak", Weak())], entry_points=False)
    assert explain(weak.trace("Satu dua tiga.")).startswith(
        "outlet:    none (best: weak 0.30, below 0.5: a hunch)\n"
    )


def test_what_cannot_be_placed_is_listed_in_notes(normalizer: Normalizer) -> None:
    trace = normalizer.trace("Judul Berita Hari Ini\n\nHujan turun Senin (3/2/2025).\x01\n")
    got = explain(trace)
    assert "notes:\n  [-invalid-character (core): \\u0001-] (before the blocks)" in got
    # A body changed after the marks (as a finalize hook may) cannot be traced to a block.
    article = trace.article
    changed: Trace = attrs.evolve(
        trace, article=attrs.evolve(article, body=("Lain. " + article.body[0],))
    )
    got = explain(changed, deciders=Deciders(dates={0: "generic"}))
    assert "  [+date 2025-02-03 (generic): Senin (3/2/2025)+] in paragraph 0 (not placed" in got


def test_warnings_are_listed() -> None:
    got = explain(Normalizer().trace(b"Satu dua \xff tiga."))
    assert got.endswith("\nwarnings:\n  " + Normalizer().trace(b"\xff").article.warnings[0] + "\n")


# --- the command ----------------------------------------------------------------------------


def test_cli_explains_the_rmol_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(RMOL_SEED)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" not in out  # not a terminal
    assert out.startswith(f"input:     {RMOL_SEED}\noutlet:    rmol, score 0.95")
    for piece in (
        "[-logo (rmol): rmol news logo-]",
        "[-social-follow (rmol): FOLLOW US-]",
        "[-navigation (rmol): ARTIKEL LAINNYA-]",
        "[-duplicate-title (generic): Presiden Tokayev",
        "[=byline (rmol): LAPORAN: RENI ERINA=]",
    ):
        assert piece in out


def test_cli_colour_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    one = tmp_path / "a.txt"
    one.write_text("JAKARTA - Hujan turun.\nBaca juga: Banjir di Bekasi\n", "utf-8")
    assert main(["explain", "--color", "always", str(one)]) == 0
    coloured = capsys.readouterr().out
    assert "\x1b[1;31m[-related-link (generic):" in coloured
    assert main(["explain", "--color", "never", str(one)]) == 0
    plain = capsys.readouterr().out
    assert plain == strip_ansi(coloured)
    assert "[-related-link (generic): Baca juga: Banjir di Bekasi-]" in plain
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["explain", str(one)]) == 0
    assert "\x1b[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["explain", str(one)]) == 0
    assert "\x1b[" not in capsys.readouterr().out


def test_cli_options_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "a.txt"
    one.write_text("Ia berbicara di Jakarta, Jumat.\n", "utf-8")
    code = main(["explain", "--reference-date", "2022-05-27", "--url", "https://x.id/a", str(one)])
    assert code == 0
    assert "[+date 2022-05-27 (generic): Jumat+]" in capsys.readouterr().out
    assert main(["explain", "--outlet", "kompas", str(one)]) == 0
    assert "outlet:    kompas (forced, not detected)" in capsys.readouterr().out
    assert main(["explain", "--outlet", "nope", str(one)]) == 2
    assert "nope" in capsys.readouterr().err
    assert main(["explain", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_an_html_page_is_shown_block_by_block_with_its_metadata(normalizer: Normalizer) -> None:
    page = (
        '<html><head><meta property="article:section" content="Nasional">'
        '<meta property="article:tag" content="banjir">'
        '<meta property="article:tag" content="bekasi">'
        "</head><body><nav>Beranda</nav><article><h1>Banjir Rendam Bekasi Lagi</h1>"
        "<p>BEKASI - Banjir merendam rumah warga sejak Selasa (4/3/2025).</p>"
        "<p>Baca juga: Jakarta Siaga Banjir</p></article></body></html>"
    )
    got = _explained(normalizer, page)
    assert "section:   Nasional\ntags:      banjir, bekasi\n" in got
    assert got.endswith(
        "\n[=title (generic): Banjir Rendam Bekasi Lagi=]\n"
        "\n[=dateline (generic): BEKASI -=] Banjir merendam rumah warga sejak "
        "[+date 2025-03-04 (generic): Selasa (4/3/2025)+].\n"
        "\n[-related-link (generic): Baca juga: Jakarta Siaga Banjir-]\n"
    )
