"""Plugin registration, discovery, isolation and hook contracts."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from newsnorm import (
    Detection,
    Mark,
    Normalizer,
    Outlet,
    PluginError,
    PluginLoadError,
    hookimpl,
    hookspecs,
)
from newsnorm.manager import DISABLE_ENV, PluginLoadWarning, get_plugin_manager

from .conftest import install_dist

TEXT = "Teks Pertama Redaksi\n\nBERITA UTAMA - Isi berita pertama.\nIKLAN: beli sekarang\nPenutup."


class Outlet1:
    """A throwaway outlet plugin: recognises 'BERITA UTAMA' and marks ads."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    @hookimpl
    def newsnorm_outlets(self) -> list[Outlet]:
        return [Outlet(name="utama", title="Berita Utama", hosts=("utama.example",))]

    @hookimpl
    def newsnorm_detect(self, document):  # type: ignore[no-untyped-def]
        self.calls.append("detect")
        if "BERITA UTAMA" in document.head(3):
            return Detection(outlet="utama", score=0.8, reason="dateline")
        return None

    @hookimpl
    def newsnorm_mark_clutter(self, document):  # type: ignore[no-untyped-def]
        self.calls.append("mark_clutter")
        return [
            Mark(kind="clutter", block=b.index, reason="advert")
            for b in document.blocks
            if b.text.startswith("IKLAN:")
        ]


def test_a_plugin_registered_in_code_is_called() -> None:
    plugin = Outlet1()
    normalizer = Normalizer([("utama", plugin)], entry_points=False)
    article = normalizer.normalize(TEXT)
    assert plugin.calls == ["detect", "mark_clutter"]
    assert article.outlet == "utama"
    assert [(r.text, r.reason, r.plugin) for r in article.removed] == [
        ("IKLAN: beli sekarang", "advert", "utama")
    ]
    assert article.body == ("Isi berita pertama.", "Penutup.")
    assert "utama" in normalizer.outlets


def test_outlet_hooks_run_only_for_their_outlet() -> None:
    plugin = Outlet1()
    normalizer = Normalizer([("utama", plugin)], entry_points=False)
    article = normalizer.normalize("Sebuah teks lain.\nIKLAN: tetap di sini")
    assert plugin.calls == ["detect"]
    assert article.outlet is None
    assert "IKLAN: tetap di sini" in article.body


def test_url_host_detection_and_forced_outlet() -> None:
    normalizer = Normalizer([("utama", Outlet1())], entry_points=False)
    by_host = normalizer.normalize("Teks.", url="https://www.news.utama.example/a/1")
    assert by_host.outlet == "utama"
    assert normalizer.normalize("Teks.", outlet="utama").outlet == "utama"
    detections = normalizer.detect("Teks.", url="https://utama.example/")
    assert detections[0] == Detection(outlet="utama", score=1.0, reason="URL host utama.example")


def test_detection_is_independent_of_registration_order() -> None:
    class Other(Outlet1):
        @hookimpl
        def newsnorm_outlets(self) -> list[Outlet]:
            return [Outlet(name="lain", hosts=("lain.example",))]

        @hookimpl
        def newsnorm_detect(self, document):  # type: ignore[no-untyped-def]
            return Detection(outlet="lain", score=0.8, reason="same score")

    one = Normalizer([("utama", Outlet1()), ("lain", Other())], entry_points=False)
    two = Normalizer([("lain", Other()), ("utama", Outlet1())], entry_points=False)
    assert one.normalize(TEXT) == two.normalize(TEXT)
    assert one.normalize(TEXT).outlet == "lain"  # ties go to the first name


class Broken:
    @hookimpl
    def newsnorm_outlets(self) -> list[Outlet]:
        return [Outlet(name="rusak")]

    @hookimpl
    def newsnorm_detect(self) -> Detection:
        return Detection(outlet="rusak", score=1.0)

    @hookimpl
    def newsnorm_mark_clutter(self, document):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")


class Garbage(Broken):
    @hookimpl
    def newsnorm_mark_clutter(self, document):  # type: ignore[no-untyped-def]
        return ["not a mark"]


def test_a_failing_plugin_raises_plugin_error_by_default() -> None:
    normalizer = Normalizer([("rusak", Broken())], entry_points=False)
    with pytest.raises(PluginError, match="'rusak' failed in newsnorm_mark_clutter") as info:
        normalizer.normalize("Teks.")
    assert isinstance(info.value.__cause__, RuntimeError)
    assert (info.value.plugin, info.value.hook) == ("rusak", "newsnorm_mark_clutter")


def test_a_failing_plugin_is_skipped_with_a_warning_in_warn_mode() -> None:
    normalizer = Normalizer([("rusak", Broken())], entry_points=False, on_plugin_error="warn")
    article = normalizer.normalize("Teks biasa.")
    assert article.body == ("Teks biasa.",)
    assert len(article.warnings) == 1
    assert "'rusak' failed in newsnorm_mark_clutter (RuntimeError: boom)" in article.warnings[0]


def test_a_plugin_returning_garbage_is_reported() -> None:
    with pytest.raises(PluginError, match="wrong value: expected Mark objects, got str"):
        Normalizer([("rusak", Garbage())], entry_points=False).normalize("Teks.")
    warned = Normalizer([("rusak", Garbage())], entry_points=False, on_plugin_error="warn")
    assert "wrong value" in warned.normalize("Teks.").warnings[0]


def test_a_mark_outside_its_block_is_reported() -> None:
    class OutOfRange(Broken):
        @hookimpl
        def newsnorm_mark_clutter(self, document):  # type: ignore[no-untyped-def]
            return [Mark(kind="clutter", block=0, start=0, end=999, reason="x")]

    with pytest.raises(PluginError, match="outside block 0"):
        Normalizer([("rusak", OutOfRange())], entry_points=False).normalize("Teks.")


def test_a_plugin_may_not_claim_another_outlet() -> None:
    class Claims(Broken):
        @hookimpl
        def newsnorm_detect(self) -> Detection:
            return Detection(outlet="kompas", score=1.0)

    with pytest.raises(PluginError, match="does not provide"):
        Normalizer([("rusak", Claims())], entry_points=False).detect("Teks.")


def test_duplicate_outlets_and_names_are_rejected() -> None:
    with pytest.raises(ValueError, match="already provided"):
        Normalizer([("a", Outlet1()), ("b", Outlet1())], entry_points=False)
    with pytest.raises(ValueError, match="already registered"):
        Normalizer([("generic", Outlet1())], entry_points=False)


def test_a_misspelled_hook_fails_loudly() -> None:
    class Typo:
        @hookimpl
        def newsnorm_mark_cluter(self, document):  # type: ignore[no-untyped-def]
            return []

    with pytest.raises(PluginLoadError, match="newsnorm_mark_cluter"):
        Normalizer([("typo", Typo())], entry_points=False)


THIRD_PARTY = """
from newsnorm import Detection, Mark, Outlet, hookimpl

@hookimpl
def newsnorm_outlets():
    return [Outlet(name="contoh", title="Contoh", hosts=("contoh.example",))]

@hookimpl
def newsnorm_detect(document):
    if document.head(1).startswith("CONTOH"):
        return Detection(outlet="contoh", score=0.9, reason="CONTOH opener")

@hookimpl
def newsnorm_mark_clutter(document):
    return [Mark(kind="clutter", block=b.index, reason="promo")
            for b in document.blocks if b.text == "Ikuti kami!"]
"""


def test_an_entry_point_plugin_is_discovered(site: Path) -> None:
    install_dist(site, "newsnorm_contoh", THIRD_PARTY, "contoh")
    normalizer = Normalizer()
    info = {p.name: p for p in normalizer.plugins}["contoh"]
    assert (info.distribution, info.version) == ("newsnorm_contoh", "1.2.3")
    assert info.source == "entry point contoh = newsnorm_contoh"
    article = normalizer.normalize("CONTOH - Isi.\nIkuti kami!")
    assert article.outlet == "contoh"
    assert article.body == ("Isi.",)  # the generic plugin took "CONTOH - " as the dateline
    assert [r.reason for r in article.removed] == ["promo"]


def test_a_broken_entry_point_warns_and_is_skipped(site: Path) -> None:
    install_dist(site, "newsnorm_rusak", "raise ImportError('missing dependency')\n", "rusak")
    with pytest.warns(PluginLoadWarning, match="'rusak' was not loaded: ImportError"):
        normalizer = Normalizer()
    assert "rusak" not in {p.name for p in normalizer.plugins}
    with pytest.raises(PluginLoadError, match="missing dependency"):
        Normalizer(strict=True)


def test_plugins_can_be_blocked(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_dist(site, "newsnorm_contoh", THIRD_PARTY, "contoh")
    assert "contoh" not in {p.name for p in Normalizer(block=["contoh"]).plugins}
    monkeypatch.setenv(DISABLE_ENV, "contoh, generic")
    names = set(get_plugin_manager().plugins)
    assert "contoh" not in names
    assert "generic" not in names


def test_normalizer_pickles_with_its_plugins() -> None:
    import pickle

    normalizer = Normalizer([("utama", Outlet1())], entry_points=False, on_plugin_error="warn")
    clone = pickle.loads(pickle.dumps(normalizer))
    assert clone.outlets == normalizer.outlets
    assert clone.normalize(TEXT) == normalizer.normalize(TEXT)


HOOKS = [
    (name, fn)
    for name, fn in inspect.getmembers(hookspecs, inspect.isfunction)
    if name.startswith("newsnorm_")
]


@pytest.mark.parametrize(("name", "spec"), HOOKS, ids=[n for n, _ in HOOKS])
def test_every_hook_is_documented(name: str, spec: object) -> None:
    """The hookspec docstrings are the plugin author's reference: keep them whole."""
    doc = inspect.getdoc(spec) or ""
    for parameter in inspect.signature(spec).parameters:  # type: ignore[arg-type]
        assert f":param {parameter}:" in doc, f"{name} does not document {parameter}"
    assert ":return:" in doc
    assert ".. versionadded::" in doc
