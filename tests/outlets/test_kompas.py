"""The Kompas plugin (plugins/newsnorm_outlets/kompas.py): detection, clutter,
bylines, datelines, date lines and captions, on text written in Kompas's formats."""

from __future__ import annotations

import json
import time
from datetime import date, datetime
from pathlib import Path

import pytest

import newsnorm
from newsnorm import Article, Normalizer
from newsnorm.model import format_date_value
from newsnorm.source import prepare
from newsnorm_outlets import kompas

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

BODY_1 = "Pemerintah Kota Bogor mulai menguji coba dua bus listrik untuk mengantar pelajar."
BODY_2 = "Uji coba berlangsung selama dua pekan dan pelajar tidak dipungut biaya."
BODY_3 = "Hasil evaluasi akan dilaporkan kepada wali kota pada akhir bulan."


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def removed(article: Article) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in article.removed]


def body_text(article: Article) -> str:
    return " ".join(article.body)


# --------------------------------------------------------------------------
# Detection


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ASTANA, KOMPAS.com - Presiden Kazakhstan berbicara di forum itu.\nIa menyebut.", None),
        ("KOMPAS.com- Musim kemarau datang lebih lambat tahun ini.", None),
        ("BANDAR LAMPUNG, KOMPAS.com -Harga cabai naik.", None),
        ("Judul Berita\nCIANJUR, KOMPAS.TV - Warga menggelar doa bersama.", None),
        ("Judul\nDeck.\nOleh\nNAMA\nSUMENEP, KOMPAS — Petani garam mulai panen.", None),
        ("Judul Berita\nKompas.com - 28/05/2025, 13:30 WIB\nIsi berita tanpa dateline.", None),
        (
            "Isi berita.\nTulis komentarmu dengan tagar #JernihBerkomentar dan menangkan hadiah!",
            None,
        ),
        (
            "Isi berita.\nPilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : x",
            None,
        ),
        (
            "JAKARTA, KOMPAS — The State Logistics Agency said on Monday that the stocks of rice "
            "in its warehouses were enough for the year. The agency has been buying rice from "
            "farmers and it will continue to do so, its director said in a statement.",
            "en",
        ),
    ],
)
def test_detects_each_layout_without_url(
    normalizer: Normalizer, text: str, language: str | None
) -> None:
    found = normalizer.detect(text)
    assert found, text
    assert found[0].outlet == "kompas"
    assert found[0].score >= 0.5
    assert found[0].language == language


@pytest.mark.parametrize(
    "url",
    [
        "https://nasional.kompas.com/read/2025/05/28/13300711/slug",
        "https://www.kompas.com/tren/read/2024/01/01/1/slug",
        "https://regional.kompas.com/read/2021/03/06/1/slug",
        "https://bola.kompas.com/read/2025/07/03/1/slug",
        "https://www.kompas.id/baca/opini/2024/01/15/slug",
        "https://www.kompas.tv/nasional/123/slug",
    ],
)
def test_detects_by_url_host_and_subdomains(normalizer: Normalizer, url: str) -> None:
    assert normalizer.normalize("Warga kembali beraktivitas.", url=url).outlet == "kompas"


NEGATIVES = {
    "wikipedia": (
        "Kompas adalah surat kabar harian nasional Indonesia yang berkantor pusat di Jakarta. "
        "Harian ini pertama kali terbit pada 28 Juni 1965 dan kini juga mengelola situs "
        "Kompas.com serta stasiun televisi Kompas TV."
    ),
    "english_wire": (
        "WASHINGTON (Reuters) - The U.S. Federal Reserve held interest rates steady on "
        "Wednesday, saying it needed more evidence that inflation was cooling before cutting."
    ),
    "baca_juga_in_sentence": (
        "Warga diminta membaca juga pengumuman resmi pemerintah. Baca juga buku panduan yang "
        "dibagikan di kelurahan, kata lurah, sebelum mengisi formulir bantuan."
    ),
    "kompas_sentence": (
        "Kompas.com - portal berita milik Kompas Gramedia - mulai mengudara pada 1995 dan "
        "menjadi salah satu situs berita tertua di Indonesia."
    ),
    "kompas_in_body": (
        "JAKARTA - Pihak klub belum membalas permintaan konfirmasi dari Kompas.com saat berita "
        "ini diturunkan, Rabu (2/7/2025)."
    ),
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_does_not_claim_other_texts(name: str) -> None:
    document = prepare(NEGATIVES[name]).document
    assert kompas.newsnorm_detect(document) is None


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt"))[1:])
def test_does_not_claim_the_other_outlets_seeds(seed: str) -> None:
    document = prepare((SEEDS / seed).read_bytes()).document
    assert kompas.newsnorm_detect(document) is None


def test_claims_its_own_seed() -> None:
    document = prepare((SEEDS / "000_67f5e91c814a9143.txt").read_bytes()).document
    found = kompas.newsnorm_detect(document)
    assert found is not None
    assert (found.outlet, found.score) == ("kompas", 0.9)


# --------------------------------------------------------------------------
# Clutter: own line, glued at the start, glued at the end, mid-line in one-line text

WHATSAPP = (
    "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
    "akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaK0mpas01. "
    "Pastikan kamu sudah install aplikasi WhatsApp ya."
)
TELEGRAM = (
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung "
    'di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, '
    "kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel."
)
COMMENT_BLOCK = (
    "Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang! "
    "Syarat & KetentuanPeriksa kembali dan lengkapi data dirimu.Data dirimu akan digunakan untuk "
    "verifikasi akun ketika kamu membutuhkan bantuan atau ketika ditemukan aktivitas tidak biasa "
    "pada akunmu.Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar."
)
CLUTTER = {
    "whatsapp": (WHATSAPP, "social-follow"),
    "telegram": (TELEGRAM, "social-follow"),
    "comment-programme": (COMMENT_BLOCK, "comment-prompt"),
    "google-news": ("Ikuti berita terbaru Kompas.com di Google News.", "social-follow"),
    "app": ("Download aplikasi Kompas.com untuk akses berita lebih mudah dan cepat:", "app-promo"),
    "plus": ("Baca berita tanpa iklan. Gabung Kompas.com+", "advert"),
    "lihat-foto": ("Lihat Foto", "navigation"),
    "pager": ("Halaman: 1 2 Selanjutnya", "navigation"),
    "next-page": ("Halaman Selanjutnya", "navigation"),
    "update": ("Diperbarui 28/05/2025, 14:05 WIB", "update-date"),
    "copyright": (
        "Copyright 2008 - 2025 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). "
        "All Rights Reserved.",
        "copyright",
    ),
    "tribun": (
        "Artikel ini telah tayang di TribunJabar.id dengan judul Bus Listrik Mulai Layani "
        "Pelajar, https://jabar.tribunnews.com/2025/05/29/bus-listrik-mulai-layani-pelajar.",
        "syndication",
    ),
    "kompas-trailer": (
        'Artikel ini telah tayang di Kompas.com dengan judul "Bus Listrik Mulai Layani Pelajar", '
        "Klik untuk baca: https://regional.kompas.com/read/2025/05/29/1/bus-listrik.",
        "syndication",
    ),
}
OPENER = "BOGOR, KOMPAS.com - "


def _placed(clutter: str, where: str) -> str:
    if where == "own-line":
        return f"{OPENER}{BODY_1}\n{BODY_2}\n{clutter}\n{BODY_3}"
    if where == "glued-start":
        return f"{OPENER}{BODY_1}\n{clutter} {BODY_2}\n{BODY_3}"
    if where == "glued-end":
        return f"{OPENER}{BODY_1}\n{BODY_2}{clutter}\n{BODY_3}"
    return f"{OPENER}{BODY_1} {BODY_2} {clutter} {BODY_3}"  # one-line scraper text


@pytest.mark.parametrize("where", ["own-line", "glued-start", "glued-end", "mid-line"])
@pytest.mark.parametrize("kind", sorted(CLUTTER))
def test_clutter_is_cut_wherever_it_sits(normalizer: Normalizer, kind: str, where: str) -> None:
    clutter, reason = CLUTTER[kind]
    article = normalizer.normalize(_placed(clutter, where))
    assert article.outlet == "kompas"
    assert (clutter, reason) in removed(article)
    text = body_text(article)
    for sentence in (BODY_1, BODY_2, BODY_3):
        assert sentence in text
    assert clutter not in text
    assert article.warnings == ()


RELATED = "Baca juga: Angkot di Bogor Akan Dikonversi Jadi Bus, Sopir Diminta Bersiap"
LONG = " ".join([BODY_2] * 5)  # a paragraph too long to be a related-link line


@pytest.mark.parametrize(
    "text",
    [
        f"{OPENER}{BODY_1}\n{RELATED}\n{BODY_3}",
        f"{OPENER}{BODY_1}\n{RELATED} {LONG}\n{BODY_3}",
        f"{OPENER}{BODY_1}\n{LONG} {RELATED}\n{BODY_3}",
        f"{OPENER}{BODY_1} {RELATED} {LONG} {BODY_3}",
        f"{OPENER}{BODY_1} {RELATED.replace(': ', ':')} {LONG} {BODY_3}",
    ],
    ids=["own-line", "glued-start", "glued-end", "mid-line", "mid-line-no-space"],
)
def test_related_links(normalizer: Normalizer, text: str) -> None:
    article = normalizer.normalize(text)
    cut = [t for t, reason in removed(article) if reason == "related-link"]
    assert cut in ([RELATED], [RELATED.replace(": ", ":")])
    assert BODY_1 in body_text(article)
    assert BODY_3 in body_text(article)
    assert "Bersiap" not in body_text(article)


def test_syndication_credit_after_a_tribun_trailer_is_not_an_author(normalizer: Normalizer) -> None:
    trailer = CLUTTER["tribun"][0]
    article = normalizer.normalize(
        f"{OPENER}{BODY_1}\n{trailer}\nPenulis: Rahmat Hidayat | Editor: Sri Wahyuni"
    )
    assert article.authors == ()
    assert removed(article)[-2:] == [
        (trailer, "syndication"),
        ("Penulis: Rahmat Hidayat | Editor: Sri Wahyuni", "syndication"),
    ]
    one_line = normalizer.normalize(f"{OPENER}{BODY_1} {trailer} Penulis: Rahmat | Editor: Sri")
    assert one_line.authors == ()
    assert one_line.body == (BODY_1,)


def test_glued_comment_block_is_one_removal_and_own_lines_are_one_each(
    normalizer: Normalizer,
) -> None:
    article = normalizer.normalize(f"{OPENER}{BODY_1}{COMMENT_BLOCK}")
    assert removed(article) == [(COMMENT_BLOCK, "comment-prompt")]
    lines = "\n".join(
        [
            "Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan 90 pemenang!",
            "Syarat & Ketentuan",
            "Periksa kembali dan lengkapi data dirimu.",
        ]
    )
    article = normalizer.normalize(f"{OPENER}{BODY_1}\n{lines}")
    assert [reason for _, reason in removed(article)] == ["comment-prompt"] * 3
    assert article.body == (BODY_1,)


def test_pager_lines_and_page_furniture(normalizer: Normalizer) -> None:
    text = "\n".join(
        [
            f"{OPENER}{BODY_1}",
            "Halaman:",
            "1",
            "2",
            "Selanjutnya",
            "· 4 menit baca",
            "Bagikan",
            "Iklan",
        ]
    )
    article = normalizer.normalize(text)
    assert article.body == (BODY_1,)
    assert [reason for _, reason in removed(article)] == [
        *["navigation"] * 4,
        "reading-time",
        "share-bar",
        "advert",
    ]


# --------------------------------------------------------------------------
# Clean text stays as it is

CLEAN = [
    "Pemerintah Kota Bandar Lampung menambah 12 unit mobil pemadam kebakaran tahun ini.",
    "Komentar itu disampaikan Wali Kota saat meninjau pos pemadam di Kedaton, Senin.",
    "Laporan itu dibaca juga oleh anggota DPRD yang hadir dalam rapat.",
    "Ikuti perkembangan cuaca melalui kanal resmi BMKG, kata petugas.",
    "Warga bisa lihat foto kegiatan itu di halaman depan laman pemkot.",
    "Syarat & Ketentuan program itu tercantum di Halaman 12 dokumen lelang.",
    "Sumber: data BPBD mencatat 214 kejadian kebakaran sepanjang tahun lalu, katanya.",
    "Artikel ini ditulis warga untuk lomba jurnalistik, dan data dirimu aman, kata panitia.",
    "Ia meminta warga mengunduh aplikasi Kompas.com dan aplikasi lain untuk memantau berita.",
    "Simak juga penjelasan dinas soal jadwal pemeliharaan hidran yang disebut sudah lewat.",
    "Sumber: BPS",
]


def test_clean_article_is_untouched(normalizer: Normalizer) -> None:
    article = normalizer.normalize("\n".join(CLEAN), outlet="kompas")
    assert article.body == tuple(CLEAN)
    assert article.removed == ()
    assert article.warnings == ()
    assert article.captions == ()
    assert article.title is None


def test_clean_one_line_article_is_untouched(normalizer: Normalizer) -> None:
    text = "SLEMAN, KOMPAS.com - " + " ".join(CLEAN)
    article = normalizer.normalize(text)
    assert article.body == (" ".join(CLEAN),)
    assert article.removed == ()
    assert article.warnings == ()


def test_typos_are_kept(normalizer: Normalizer) -> None:
    article = normalizer.normalize((SEEDS / "000_67f5e91c814a9143.txt").read_bytes())
    assert "menuampaikan" in body_text(article)
    assert "multiletalisme" in body_text(article)


# --------------------------------------------------------------------------
# Bylines


def people(article: Article) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in article.authors]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Penulis : Irfan Kamil\nEditor : Robertus Belarminus",
         [("Irfan Kamil", "author"), ("Robertus Belarminus", "editor")]),
        ("Penulis: Irfan Kamil,", [("Irfan Kamil", "author")]),
        ("Penulis: Budi Santoso, Ani Lestari & Dewi Sartika",
         [("Budi Santoso", "author"), ("Ani Lestari", "author"), ("Dewi Sartika", "author")]),
        ("Penulis Yohana Putri | Editor Bima Santosa",
         [("Yohana Putri", "author"), ("Bima Santosa", "editor")]),
        ("Penulis : Kontributor Baubau, Defriatno Neke\nEditor : Teuku Valdy",
         [("Defriatno Neke", "author"), ("Teuku Valdy", "editor")]),
        ("Oleh\nAGUSTINUS HARDIANTO", [("Agustinus Hardianto", "author")]),
        ("Editor:\nyohaneskrisnawan", [("yohaneskrisnawan", "editor")]),
        ("Penulis:", []),
        ("Editor:", []),
        ("Dimas Prasetyo,\nLarasati Wulandari\nTim Redaksi",
         [("Dimas Prasetyo", "author"), ("Larasati Wulandari", "editor")]),
        ("IRFAN KAMIL\nTim Redaksi", [("Irfan Kamil", "author")]),
        ("Ani Lestari,\nBudi Santoso\nTim Redaksi\nAni Lestari\nEditor\nBudi Santoso\nPenulis",
         [("Ani Lestari", "editor"), ("Budi Santoso", "author")]),
    ],
    ids=[
        "labels", "trailing-comma", "several-names", "no-colon-layout", "kontributor-place",
        "capitals", "username", "empty-author-label", "empty-editor-label", "tim-redaksi",
        "tim-redaksi-capitals", "tim-redaksi-roles",
    ],
)  # fmt: skip
def test_bylines(normalizer: Normalizer, credit: str, expected: list[tuple[str, str]]) -> None:
    text = f"Judul Berita yang Cukup Panjang\n{credit}\n{OPENER}{BODY_1}\n{BODY_2}"
    article = normalizer.normalize(text, outlet="kompas")
    assert people(article) == expected
    assert article.body == (BODY_1, BODY_2)
    assert all(reason == "byline" for _, reason in removed(article))


def test_a_headline_above_tim_redaksi_is_not_a_name(normalizer: Normalizer) -> None:
    text = f"Banjir Rendam Jalan di Bekasi\nTim Redaksi\n{OPENER}{BODY_1}"
    article = normalizer.normalize(text)
    assert article.authors == ()
    assert article.title == "Banjir Rendam Jalan di Bekasi"


def test_regional_source_credit_in_the_text(normalizer: Normalizer) -> None:
    credit = "SUMBER: KOMPAS.com (Penulis: Agie Permadi | Editor : Aprillia Ika)"
    article = normalizer.normalize(f"{OPENER}{BODY_1}\n{BODY_2} {credit}")
    assert people(article) == [("Agie Permadi", "author"), ("Aprillia Ika", "editor")]
    assert removed(article) == [(credit, "byline")]
    assert article.body == (BODY_1, BODY_2)


# --------------------------------------------------------------------------
# Datelines


@pytest.mark.parametrize(
    ("opening", "place", "source"),
    [
        ("ASTANA, KOMPAS.com - ", "Astana", "KOMPAS.com"),
        ("ASTANA, KOMPAS.com – ", "Astana", "KOMPAS.com"),
        ("ASTANA, KOMPAS.com — ", "Astana", "KOMPAS.com"),
        ("ASTANA, KOMPAS.com -- ", "Astana", "KOMPAS.com"),
        ("ASTANA, KOMPAS.com- ", "Astana", "KOMPAS.com"),
        ("ASTANA, KOMPAS.com -", "Astana", "KOMPAS.com"),
        ("ASTANA,KOMPAS.com-", "Astana", "KOMPAS.com"),
        ("Astana, Kompas.com - ", "Astana", "Kompas.com"),
        ("KOMPAS.com - ", None, "KOMPAS.com"),
        ("KOMPAS.com- ", None, "KOMPAS.com"),
        ("KOMPAS.com—", None, "KOMPAS.com"),
        ("BANDAR LAMPUNG, KOMPAS.com - ", "Bandar Lampung", "KOMPAS.com"),
        ("SLEMAN, DIY, KOMPAS.com - ", "Sleman, DIY", "KOMPAS.com"),
        ("DKI JAKARTA, KOMPAS.com - ", "DKI Jakarta", "KOMPAS.com"),
        ("JAKARTA, KOMPAS.TV - ", "Jakarta", "KOMPAS.TV"),
        ("JAKARTA, KOMPAS.TV – ", "Jakarta", "KOMPAS.TV"),
        ("JAKARTA, KOMPAS.TV ", "Jakarta", "KOMPAS.TV"),  # the dash lost by a scraper
        ("KOMPAS.TV - ", None, "KOMPAS.TV"),
        ("JAKARTA, KOMPAS — ", "Jakarta", "KOMPAS"),
        ("SURABAYA, KOMPAS – ", "Surabaya", "KOMPAS"),
    ],
)
def test_datelines(normalizer: Normalizer, opening: str, place: str | None, source: str) -> None:
    article = normalizer.normalize(f"{opening}{BODY_1}\n{BODY_2}")
    assert article.outlet == "kompas"
    assert article.dateline is not None
    assert article.dateline.text == opening
    assert (article.dateline.place, article.dateline.source) == (place, source)
    assert article.body == (BODY_1, BODY_2)


@pytest.mark.parametrize(
    "text",
    [
        "Kompas - Harga cabai naik.",  # the daily's form always names a place
        "Kompas.com adalah situs berita.",
        "JAKARTA - Harga cabai naik.",
        "Harga cabai naik, kata KOMPAS.com - sumber lain.",
    ],
)
def test_not_a_kompas_dateline(text: str) -> None:
    assert kompas.newsnorm_parse_dateline(text) is None


# --------------------------------------------------------------------------
# The outlet's date lines


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Kompas.com - 28/05/2025, 13:30 WIB", "2025-05-28T13:30:00+07:00"),
        ("Kompas.com- 03/07/2025, 05:15 WIB", "2025-07-03T05:15:00+07:00"),
        ("Kompas.com - 15/09/2018, 08:55 WIB", "2018-09-15T08:55:00+07:00"),
        ("Kompas.com, 28 Mei 2025, 13:30 WIB", "2025-05-28T13:30:00+07:00"),
        ("Kamis, 21 November 2024 | 19:10 WIB", "2024-11-21T19:10:00+07:00"),
        ("7 Juli 2024 06:30 WIB", "2024-07-07T06:30:00+07:00"),
    ],
)
def test_date_lines(normalizer: Normalizer, line: str, value: str) -> None:
    article = normalizer.normalize(f"Judul Berita Ini Cukup Panjang\n{line}\n{OPENER}{BODY_1}")
    assert format_date_value(article.published) == value
    assert (line, "date-line") in removed(article)
    assert article.title == "Judul Berita Ini Cukup Panjang"
    assert article.body == (BODY_1,)


def test_update_time_is_not_the_publication_date(normalizer: Normalizer) -> None:
    text = (
        "Judul Berita Ini Cukup Panjang\nDiperbarui 29/05/2025, 09:00 WIB\n"
        f"Kompas.com - 28/05/2025, 13:30 WIB\n{OPENER}{BODY_1}"
    )
    article = normalizer.normalize(text)
    assert article.published == datetime.fromisoformat("2025-05-28T13:30:00+07:00")
    assert ("Diperbarui 29/05/2025, 09:00 WIB", "update-date") in removed(article)


def test_date_line_glued_in_one_line_text(normalizer: Normalizer) -> None:
    text = (
        "Judul Berita Ini Kompas.com - 28/05/2025, 13:30 WIB JAKARTA, KOMPAS.com - "
        "Jaksa membacakan tuntutan, Rabu (28/5/2025)."
    )
    article = normalizer.normalize(text)
    assert format_date_value(article.published) == "2025-05-28T13:30:00+07:00"
    assert ("Kompas.com - 28/05/2025, 13:30 WIB", "date-line") in removed(article)
    assert "28/05/2025" not in body_text(article)
    assert [(d.text, d.value) for d in article.dates] == [("Rabu (28/5/2025)", date(2025, 5, 28))]


# --------------------------------------------------------------------------
# Captions


def test_caption_after_lihat_foto_and_its_credit(normalizer: Normalizer) -> None:
    caption = "Bus listrik melintas di Jalan Pajajaran, Kota Bogor, Selasa (13/8/2024)."
    text = f"Lihat Foto\n{caption}\n(KOMPAS.com/DIMAS PRASETYO)\n{OPENER}{BODY_1}"
    article = normalizer.normalize(text)
    assert article.captions == (caption, "(KOMPAS.com/DIMAS PRASETYO)")
    assert article.body == (BODY_1,)
    assert ("Lihat Foto", "navigation") in removed(article)
    assert all(r.reason != "caption" for r in article.removed)  # captions are not removals


@pytest.mark.parametrize(
    "caption",
    [
        "RIZKY SANTOSO / AFPPM Malaysia di Putrajaya.",
        "KOMPAS.com/HENDRA CIPTAAntrean sepeda motor di SPBU Jalan Urip Sumoharjo, Makassar.",
        "SHUTTERSTOCK/RAWPIXELIlustrasi bekerja dari rumah.",
    ],
)
def test_credit_and_caption_glued_into_text(normalizer: Normalizer, caption: str) -> None:
    text = f"{OPENER}{BODY_1} {caption}{BODY_2} {BODY_3}"
    article = normalizer.normalize(text)
    assert article.captions == (caption,)
    assert article.body == (f"{BODY_1} {BODY_2} {BODY_3}",)


def test_kompas_id_credit_line_then_caption(normalizer: Normalizer) -> None:
    text = (
        "KOMPAS/FAJAR RAMADHAN\nPetani memanen garam di Sumenep, Sabtu (6/7/2024).\n"
        f"SUMENEP, KOMPAS — {BODY_1}"
    )
    article = normalizer.normalize(text)
    assert article.captions == (
        "KOMPAS/FAJAR RAMADHAN",
        "Petani memanen garam di Sumenep, Sabtu (6/7/2024).",
    )
    assert article.body == (BODY_1,)


def test_wire_sources_closing_a_paragraph_are_not_a_caption(normalizer: Normalizer) -> None:
    last = "Gencatan senjata itu mulai berlaku Minggu pagi waktu setempat. (AP/AFP/REUTERS)"
    article = normalizer.normalize(f"JAKARTA, KOMPAS — {BODY_1}\n{last}\n(AFP/REUTERS)")
    assert article.captions == ()
    assert article.body == (BODY_1, last, "(AFP/REUTERS)")


def test_a_slash_in_a_sentence_is_not_a_credit(normalizer: Normalizer) -> None:
    text = f"{OPENER}Rasio utang/PDB naik menjadi 39 persen. ASEAN/AFTA dibahas di Bangkok."
    article = normalizer.normalize(text)
    assert article.captions == ()
    assert article.removed == ()


# --------------------------------------------------------------------------
# The real corpus beside the checkout (read at run time, never copied)


def _corpus_cases() -> list[dict[str, object]]:
    if not (CORPUS / "expected.json").is_file():
        return []
    cases: list[dict[str, object]] = json.loads((CORPUS / "expected.json").read_text("utf-8"))
    return [c for c in cases if str(c["file"]).startswith("kompas-gettext-")]


def test_shared_corpus_scraper_texts() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    cases = _corpus_cases()
    assert cases, "expected.json lists no kompas-gettext files"
    for case in cases:
        name = str(case["file"])
        article = newsnorm.normalize((CORPUS / name).read_bytes())
        assert article.outlet == "kompas", name
        assert article.dateline is not None, name
        assert article.dateline.place == case["dateline"], name
        assert article.dateline.text == case["dateline_raw"], name
        text = body_text(article)
        # A clutter fragment is out of the body and kept verbatim: in removed, or,
        # for a glued photo credit and caption, in captions.
        cut = [r.text.strip() for r in article.removed] + list(article.captions)
        for fragment in case["clutter_fragments"]:  # type: ignore[attr-defined]
            assert fragment not in text, (name, fragment)
            assert fragment.strip() in cut, (name, fragment)
        for sentence in case["must_keep"]:  # type: ignore[attr-defined]
            assert sentence in text, (name, sentence)
        found = [(d.text, format_date_value(d.value)) for d in article.dates]
        for expected in case["dates_in_text"]:  # type: ignore[attr-defined]
            # The core's span stops before a time of day ("Rabu (28/5/2025)" of "... malam").
            assert any(
                expected["text"].startswith(t) and value == expected["iso"] for t, value in found
            ), (name, expected, found)


def test_shared_corpus_page() -> None:
    """The real page: metadata, container and clutter, against expected.json."""
    page = CORPUS / "kompas-page.html"
    if not page.is_file():
        pytest.skip("../shared/corpus is not present")
    truth = next(c for c in json.loads((CORPUS / "expected.json").read_text("utf-8"))
                 if c["file"] == "kompas-page.html")  # fmt: skip
    article = newsnorm.normalize(page.read_bytes())
    assert article.outlet == "kompas"
    assert article.title == truth["title"]
    assert format_date_value(article.published) == truth["published"]
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text) == (
        truth["dateline"],
        truth["dateline_raw"],
    )
    assert [p.name for p in article.authors if p.role == "author"] == truth["authors"]
    assert [p.name for p in article.authors if p.role == "editor"] == truth["editors"]
    text = body_text(article)
    for line in truth["clutter_lines"]:
        assert line not in text
        assert line in [r.text for r in article.removed]
    assert "WhatsApp Channel" not in text
    for sentence in truth["must_keep"]:
        assert sentence in text
    # every paragraph of the article's container, and nothing else
    assert len(article.body) == 10
    assert article.body[-1] == truth["must_keep"][-1]
    assert article.section == "Nasional"
    assert not article.warnings


# --------------------------------------------------------------------------
# Any input


def test_empty_and_blank_inputs(normalizer: Normalizer) -> None:
    for text in ("", "\n\n", "   "):
        article = normalizer.normalize(text, outlet="kompas")
        assert article.body == ()
        assert article.warnings == ()


def test_html_input_does_not_break(normalizer: Normalizer) -> None:
    page = (
        "<html><body><h1>Judul Berita Bus Listrik</h1>"
        "<div class='read__time'>Kompas.com - 14/08/2024, 07:45 WIB</div>"
        f"<p><strong>BOGOR, KOMPAS.com</strong> - {BODY_1}</p>"
        f"<p><strong>Baca juga: <a href='#'>Angkot di Bogor Dikonversi</a></strong></p>"
        f"<p>{BODY_2}</p></body></html>"
    )
    article = normalizer.normalize(page)
    assert article.outlet == "kompas"
    assert article.title == "Judul Berita Bus Listrik"
    assert format_date_value(article.published) == "2024-08-14T07:45:00+07:00"
    assert BODY_2 in article.body


def test_large_inputs_stay_linear(normalizer: Normalizer) -> None:
    sentence = "Warga Kota Bogor kembali beraktivitas seperti biasa pada pagi hari. "
    one_line = OPENER + (sentence + "Baca juga: Judul Berita Lain di Sini ") * 8000
    lines = OPENER + "Teks.\n" + "Pastikan kamu sudah install aplikasi WhatsApp ya.\n" * 50_000
    for text in (one_line, lines, "A / " * 250_000):
        start = time.perf_counter()
        article = normalizer.normalize(text, outlet="kompas")
        assert time.perf_counter() - start < 60
        assert not any("timed out" in w for w in article.warnings)


# --------------------------------------------------------------------------
# A known limit of the core's headline_end, kept visible


def test_glued_headline_before_a_quoted_name(normalizer: Normalizer) -> None:
    text = (
        f"{OPENER}{BODY_1} Baca juga:Petani Cabai Merugi akibat Hujan Deras Sepanjang Desember "
        "Menurut Bambang, harga akan kembali normal pada akhir bulan."
    )
    article = normalizer.normalize(text)
    assert "Menurut Bambang, harga" in body_text(article)
