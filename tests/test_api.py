"""The public API with the generic behaviour only (no outlet plugin)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import newsnorm
from newsnorm import Article, Normalizer, UnknownOutletError, hookimpl


@pytest.fixture(scope="module")
def generic() -> Normalizer:
    return Normalizer(entry_points=False)


def test_plain_text_generic(generic: Normalizer) -> None:
    text = (
        "Harga Beras Naik Jelang Lebaran\n\n"
        "JAKARTA - Harga beras di pasar tradisional naik sejak Senin (3/2/2025).\n"
        "Baca juga: Harga Cabai Turun\n"
        "Penulis: BUDI SANTOSO\n"
        "Pedagang mengatakan pasokan dari daerah berkurang."
    )
    article = generic.normalize(text)
    assert article.outlet is None
    assert article.title == "Harga Beras Naik Jelang Lebaran"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.source) == ("Jakarta", None)
    assert article.body == (
        "Harga beras di pasar tradisional naik sejak Senin (3/2/2025).",
        "Pedagang mengatakan pasokan dari daerah berkurang.",
    )
    assert [(p.name, p.role) for p in article.authors] == [("Budi Santoso", "author")]
    assert [(r.reason, r.text) for r in article.removed] == [
        ("related-link", "Baca juga: Harga Cabai Turun"),
        ("byline", "Penulis: BUDI SANTOSO"),
    ]
    assert [(d.text, d.value) for d in article.dates] == [("Senin (3/2/2025)", date(2025, 2, 3))]
    assert article.warnings == ()


def test_module_level_normalize_uses_a_cached_default() -> None:
    assert newsnorm.default_normalizer() is newsnorm.default_normalizer()
    article = newsnorm.normalize("Sebuah kalimat biasa tanpa apa-apa.")
    assert isinstance(article, Article)
    assert article.body == ("Sebuah kalimat biasa tanpa apa-apa.",)


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["teks"], {"text": "x"}])
def test_wrong_source_type_is_a_clear_type_error(generic: Normalizer, bad: object) -> None:
    with pytest.raises(TypeError, match="source must be str or bytes"):
        generic.normalize(bad)  # type: ignore[arg-type]


def test_wrong_argument_types(generic: Normalizer) -> None:
    with pytest.raises(TypeError, match="url must be"):
        generic.normalize("x", url=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="outlet must be"):
        generic.normalize("x", outlet=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference_date must be"):
        generic.normalize("x", reference_date="2022-05-27")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="on_plugin_error"):
        Normalizer(on_plugin_error="ignore")


def test_unknown_outlet(generic: Normalizer) -> None:
    with pytest.raises(UnknownOutletError, match="'tempo'") as info:
        generic.normalize("x", outlet="tempo")
    assert isinstance(info.value, newsnorm.NewsnormError)
    assert info.value.outlet == "tempo"


@pytest.mark.parametrize("empty", ["", "   \n\n\t  ", b"", b"\n"])
def test_empty_input_gives_an_empty_article(generic: Normalizer, empty: str | bytes) -> None:
    article = generic.normalize(empty)
    assert article.body == ()
    assert article.title is None
    assert article.removed == ()


def test_bytes_are_decoded(generic: Normalizer) -> None:
    text = "Kota Bogor diguyur hujan lebat pada Jum’at (27/5/2022) sore."
    assert generic.normalize(text.encode("utf-8")).body == (text,)
    assert generic.normalize(b"\xef\xbb\xbf" + text.encode("utf-8")).body == (text,)
    assert generic.normalize(text.encode("utf-16")).body == (text,)
    latin = (
        "<html><head><meta charset='iso-8859-1'></head><body><p>Caf\xe9 ramai.</p></body></html>"
    )
    assert generic.normalize(latin.encode("latin-1")).body == ("Café ramai.",)


def test_bytes_in_a_wrong_encoding_are_replaced_with_a_warning(generic: Normalizer) -> None:
    article = generic.normalize(b"Harga naik 50% di Bandung." + b"\xff\xfe\xfa")
    assert article.body[0].startswith("Harga naik 50% di Bandung.")
    assert "\ufffd" in article.body[0]
    assert any("not valid UTF-8" in w for w in article.warnings)


def test_control_characters_and_lone_surrogates_are_recorded(generic: Normalizer) -> None:
    article = generic.normalize("Satu\x00dua\ud800 tiga.")
    assert article.body == ("Satudua tiga.",)
    assert [(r.text, r.reason, r.plugin) for r in article.removed] == [
        ("\\u0000", "invalid-character", "core"),
        ("\\ud800", "invalid-character", "core"),
    ]
    article.to_dict()  # serialisable


def test_five_megabytes_of_text(generic: Normalizer) -> None:
    paragraph = "Pemerintah kota menambah armada bus listrik untuk warga. " * 20
    text = "\n".join([paragraph] * (5_000_000 // len(paragraph)))
    article = generic.normalize(text)
    assert len(article.body) == 5_000_000 // len(paragraph)
    one_line = generic.normalize("kata " * 1_000_000)
    assert len(one_line.body) == 1


def test_reference_date_resolves_a_lone_weekday(generic: Normalizer) -> None:
    text = "Duta besar itu berbicara dalam wawancara di Jakarta, Jumat."
    assert [d.value for d in generic.normalize(text).dates] == [None]
    resolved = generic.normalize(text, reference_date=date(2022, 5, 27))
    assert [d.value for d in resolved.dates] == [date(2022, 5, 27)]
    from_datetime = generic.normalize(text, reference_date=datetime(2022, 5, 30, 10, 0))
    assert [d.value for d in from_datetime.dates] == [date(2022, 5, 27)]


def test_reference_date_from_the_url(generic: Normalizer) -> None:
    text = "Rapat digelar pada Rabu (15/6) di gedung parlemen."
    article = generic.normalize(text, url="https://example.com/read/2022/06/16/10000/rapat")
    assert [d.value for d in article.dates] == [date(2022, 6, 15)]
    assert article.url == "https://example.com/read/2022/06/16/10000/rapat"


def test_same_input_same_output(generic: Normalizer) -> None:
    text = "Judul Berita Hari Ini\n\nJAKARTA - Isi berita, Kamis (16/6/2022).\nEditor: Ani"
    assert generic.normalize(text) == generic.normalize(text)
    assert Normalizer(entry_points=False).normalize(text) == generic.normalize(text)


def test_trace_keeps_the_marks_behind_the_article(generic: Normalizer) -> None:
    text = "Judul Berita Hari Ini\n\nJAKARTA - Isi berita.\nBaca juga: Lain\nEditor: Ani"
    trace = generic.trace(text)
    assert trace.article == generic.normalize(text)
    assert [(m.kind, m.block, m.reason, m.plugin) for m in trace.marks] == [
        ("title", 0, None, "generic"),
        ("clutter", 2, "related-link", "generic"),
        ("byline", 3, None, "generic"),
    ]
    assert trace.dateline_block == 1
    assert trace.document.blocks[1].text.startswith(trace.article.dateline.text)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        ("TEMPO.CO, Jakarta - Harga beras naik.", "Jakarta", "TEMPO.CO"),
        ("Liputan6.com, Jakarta - Jadwal kampanye ditetapkan.", "Jakarta", "Liputan6.com"),
        ("Jakarta, CNN Indonesia -- Hujan lebat turun.", "Jakarta", "CNN Indonesia"),
        ("ASTANA (Reuters) - The president said.", "Astana", "Reuters"),
        ("BANDAR LAMPUNG - Hujan deras.", "Bandar Lampung", None),
    ],
)
def test_generic_datelines_of_other_outlets(
    generic: Normalizer, text: str, place: str, source: str | None
) -> None:
    dateline = generic.normalize(text).dateline
    assert dateline is not None
    assert (dateline.place, dateline.source) == (place, source)


@pytest.mark.parametrize(
    "text",
    ["Menurut dia, harga naik - kata pedagang.", "Presiden Jokowi, kata dia - tidak hadir."],
)
def test_sentences_with_dashes_are_not_datelines(generic: Normalizer, text: str) -> None:
    assert generic.normalize(text).dateline is None


class _Quiet:
    """A plugin with one hook that adds nothing."""

    @hookimpl
    def newsnorm_mark_clutter(self) -> list[object]:
        return []


def test_copy_has_the_same_configuration_and_its_own_plugin_manager() -> None:
    original = Normalizer(
        [("extra", _Quiet())], entry_points=True, block=["rmol"], on_plugin_error="warn"
    )
    twin = original.copy()
    assert twin is not original
    assert twin.registry is not original.registry
    assert [p.name for p in twin.plugins] == [p.name for p in original.plugins]
    assert "rmol" not in twin.outlets
    assert twin.on_plugin_error == "warn"
    text = "JAKARTA, KOMPAS.com - Warga berkumpul di alun-alun."
    assert twin.normalize(text) == original.normalize(text)


def test_a_wordpress_comment_form_of_a_site_with_no_plugin(generic: Normalizer) -> None:
    text = (
        "Warga Desa Sukamaju Gelar Kerja Bakti\n"
        "SUKAMAJU - Warga bergotong royong membersihkan saluran air pada Minggu pagi.\n"
        "Kegiatan itu diikuti sekitar seratus warga dari tiga dusun.\n"
        "Tinggalkan Balasan\n"
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *\n"
        "Komentar *\n"
        "Nama *\n"
        "Email *\n"
        "Situs Web\n"
        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.\n"
    )
    article = generic.normalize(text)
    assert article.body == (
        "Warga bergotong royong membersihkan saluran air pada Minggu pagi.",
        "Kegiatan itu diikuti sekitar seratus warga dari tiga dusun.",
    )
    form = [r.text for r in article.removed if r.reason == "comment-form"]
    assert form[0] == "Tinggalkan Balasan"
    assert {"Komentar *", "Nama *", "Email *", "Situs Web"} <= set(form)
    assert all(r.plugin == "generic" for r in article.removed if r.reason == "comment-form")


def test_comment_form_words_inside_a_long_paragraph_stay(generic: Normalizer) -> None:
    paragraph = (
        "Dalam rapat itu, panitia meminta warga yang hadir untuk menulis di buku tamu, "
        "lalu pembawa acara berkata Tinggalkan Komentar Anda di kotak saran sebelum pulang, "
        "dan acara ditutup dengan doa bersama oleh tokoh agama setempat pada sore harinya "
        "sebelum warga kembali ke rumah masing-masing dengan tertib dan aman sentosa."
    )
    assert len(paragraph) > 300
    assert generic.normalize(paragraph).body == (paragraph,)


@pytest.mark.parametrize(
    ("text", "outlet", "place", "source"),
    [
        ("Judul Berita\nJAKARTA, KOMPAS.com\n- Warga berkumpul di Monas pada Minggu.\n"
         "Mereka merayakan tahun baru.\n", "kompas", "Jakarta", "KOMPAS.com"),
        ("Judul Berita\nJakarta (ANTARA)\n– Warga berkumpul di Monas pada Minggu.\n"
         "Mereka merayakan tahun baru.\nPewarta: Budi Santoso\n", "antara", "Jakarta", "ANTARA"),
        ("Judul Berita\nBANDUNG\n- Warga berkumpul di alun-alun pada Minggu.\n"
         "Mereka merayakan tahun baru.\n", None, "Bandung", None),
    ],
)  # fmt: skip
def test_a_dateline_cut_off_its_paragraph_by_a_line_break(
    text: str, outlet: str | None, place: str, source: str | None
) -> None:
    article = newsnorm.normalize(text)
    assert article.outlet == outlet
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.source) == (place, source)
    assert article.body[0].startswith("Warga berkumpul")


@pytest.mark.parametrize(
    "text",
    [
        "Syarat Pendaftaran\nPERSYARATAN:\n- KTP asli\n- Kartu keluarga\n",  # a list
        "Judul Berita\nBANDUNG\n\n- Warga berkumpul di alun-alun.\n",  # a blank line between
        "Judul Berita\nwarga kota\n- Warga berkumpul di alun-alun.\n",  # no capitals
        "Judul\n" + "Kalimat biasa.\n" * 8 + "BANDUNG\n- Warga berkumpul.\n",  # far down
    ],
)
def test_lines_that_are_not_a_cut_dateline_stay_apart(text: str) -> None:
    from newsnorm.source import split_lines

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert [b.text for b in split_lines(text)] == lines


@pytest.mark.parametrize(
    "bar",
    [
        ["Bagikan:", "Facebook", "Twitter", "WhatsApp"],
        ["Share Facebook Twitter WhatsApp Telegram"],
        ["Bagikan ke WhatsApp"],
    ],
)
def test_share_bars_of_a_site_with_no_plugin(generic: Normalizer, bar: list[str]) -> None:
    body = (
        "Warga bergotong royong membersihkan saluran air pada Minggu pagi.",
        "Foto kegiatan itu ramai dibagikan di Facebook dan Twitter.",
    )
    article = generic.normalize("\n".join(["Warga Gelar Kerja Bakti", *body, *bar]))
    assert article.body == body
    assert [(r.text, r.reason, r.plugin) for r in article.removed] == [
        (line, "share-bar", "generic") for line in bar
    ]


def test_lines_of_names_that_are_also_words_are_not_a_share_bar(generic: Normalizer) -> None:
    text = "Judul Berita\nWarga berkumpul di alun-alun.\nLine\nEmail\nAcara selesai sore hari."
    assert generic.normalize(text).body == (
        "Warga berkumpul di alun-alun.",
        "Line",
        "Email",
        "Acara selesai sore hari.",
    )
