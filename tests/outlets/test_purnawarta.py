"""The Purna Warta plugin (plugins/newsnorm_outlets/purnawarta.py)."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest

from newsnorm import Article, Normalizer
from newsnorm.dates import WIB
from newsnorm.testing import (
    Clutter,
    accounted_characters,
    check_clean_round_trip,
    check_clutter_injection,
    check_detected,
    check_deterministic,
    check_total,
    input_characters,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "purnawarta"
OUTLET = "purnawarta"

S1 = "Kementerian Luar Negeri Iran mengecam serangan terhadap gedung konsulatnya."
S2 = "Kementerian itu menyatakan bahwa pembicaraan dengan pihak terkait akan dilanjutkan."


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    """All five outlet plugins, from their entry points."""
    return Normalizer()


def _removed(article: Article) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in article.removed]


def _detected(normalizer: Normalizer, source: str, url: str | None = None) -> float:
    """The Purna Warta detection score (0 when it is not claimed)."""
    for det in normalizer.detect(source, url=url):
        if det.outlet == OUTLET:
            return det.score
    return 0.0


# --- detection -----------------------------------------------------------------------

LAYOUT_SAMPLES = {
    "desktop dateline": (
        "Purna Warta\nIran Kecam Serangan ke Konsulat\nSelasa, 2 Juli 2024\n"
        f"Tehran, Purna Warta – {S1}\n{S2}"
    ),
    "one-line glued title": f"Iran Kecam Serangan ke Konsulat Tehran, Purna Warta – {S1} {S2}",
    "amp hyphen dateline": f"Judul Berita AMP\n3 Juli 2024 14:20\nBeirut, Purna Warta - {S1}",
    "capitals, no space": f"TEHRAN, PURNA WARTA–{S1}\n{S2}",
    "no place": f"Purna Warta – {S1}\n{S2}",
    "two-part place": f"Al-Quds, Palestina, Purna Warta – {S1}\n{S2}",
    "syndicated copy": (
        f"{S1}\n{S2}\nArtikel ini telah tayang di Purnawarta.com dengan judul "
        '"Iran Kecam Serangan". Klik untuk baca: https://purnawarta.com/iran-kecam/'
    ),
    "copyright footer": f"{S1}\n{S2}\n© 2024 Purna Warta. All Rights Reserved.",
    "html og:site_name": (
        '<html><head><meta property="og:site_name" content="Purna Warta"></head>'
        f"<body><h1>Judul</h1><p>{S1}</p></body></html>"
    ),
    "html title suffix": (
        "<html><head><title>Iran Kecam Serangan - Purna Warta</title></head>"
        f"<body><h1>Iran Kecam Serangan</h1><p>{S1}</p></body></html>"
    ),
}


@pytest.mark.parametrize("name", sorted(LAYOUT_SAMPLES))
def test_each_layout_is_detected_without_a_url(normalizer: Normalizer, name: str) -> None:
    source = LAYOUT_SAMPLES[name]
    assert _detected(normalizer, source) >= 0.5
    assert normalizer.normalize(source).outlet == OUTLET


def test_the_dateline_is_an_unmistakable_signature(normalizer: Normalizer) -> None:
    assert _detected(normalizer, LAYOUT_SAMPLES["desktop dateline"]) == 0.9
    assert _detected(normalizer, LAYOUT_SAMPLES["copyright footer"]) == 0.7


def test_the_seed_is_detected_without_a_url(normalizer: Normalizer) -> None:
    article = normalizer.normalize((SEEDS / "001_eb34b13c84bd5e1f.txt").read_bytes())
    assert article.outlet == OUTLET
    assert article.title is None
    assert article.dateline is not None
    assert article.dateline.text == "Beijing, Purna Warta – "
    assert [(d.text, d.value) for d in article.dates] == [("2-4 Juli", None)]
    assert [r.reason for r in article.removed] == ["related-link", "related-link"]
    assert article.warnings == ()


@pytest.mark.parametrize(
    "url",
    [
        "https://purnawarta.com/iran-kecam-serangan/",
        "https://www.purnawarta.com/iran-kecam-serangan/",
        "https://m.purnawarta.com/iran-kecam-serangan/",
        "http://arsip.purnawarta.com/2019/08/20/irak/",
    ],
)
def test_detection_by_url_host_and_subdomains(normalizer: Normalizer, url: str) -> None:
    assert _detected(normalizer, S1, url=url) == 1.0
    assert normalizer.normalize(S1, url=url).outlet == OUTLET


@pytest.mark.parametrize(
    "url", ["https://notpurnawarta.com/a/", "https://purnawarta.com.example.org/a/"]
)
def test_lookalike_hosts_are_not_claimed(normalizer: Normalizer, url: str) -> None:
    assert _detected(normalizer, S1, url=url) == 0.0


@pytest.mark.parametrize(
    "seed",
    [
        "000_67f5e91c814a9143.txt",
        "002_6e1afed947d7f813.txt",
        "003_4300166d2f3059dd.txt",
        "004_a83df6f147938cee.txt",
    ],
)
def test_other_outlets_seeds_are_not_claimed(normalizer: Normalizer, seed: str) -> None:
    assert _detected(normalizer, (SEEDS / seed).read_text("utf-8")) == 0.0


NOT_PURNA_WARTA = {
    "wikipedia": (
        "Teheran adalah ibu kota dan kota terbesar di Iran. Kota ini terletak di kaki "
        "Pegunungan Alborz dan menjadi pusat pemerintahan, ekonomi, serta kebudayaan negara "
        "tersebut sejak akhir abad ke-18, ketika Agha Mohammad Khan menjadikannya ibu kota."
    ),
    "english wire": (
        "TEHRAN, July 2 (Reuters) - Iran's foreign ministry on Tuesday urged the U.N. nuclear "
        "watchdog to remain impartial, a day after the agency issued its quarterly report.\n"
        "Reporting by Parisa Hafezi; Editing by Alex Richardson"
    ),
    "baca juga in a sentence": (
        "Laporan itu dibaca juga oleh para pejabat daerah. Baca juga penjelasan lengkapnya "
        "di dokumen resmi yang dirilis pemerintah provinsi pekan lalu.\n"
        "Warga diminta mengikuti perkembangan terbaru melalui kanal resmi."
    ),
    "outlet named in a sentence": (
        "Sebuah laporan yang dikutip Purna Warta menyebutkan bahwa harga minyak naik.\n"
        "Para analis menilai kenaikan itu hanya bersifat sementara."
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_PURNA_WARTA))
def test_unrelated_texts_are_not_claimed(normalizer: Normalizer, name: str) -> None:
    assert _detected(normalizer, NOT_PURNA_WARTA[name]) == 0.0


# --- clutter -------------------------------------------------------------------------

DATELINE = "Tehran, Purna Warta – "

#: (clutter text, reason, placements it occurs in). Trailers (tags, the source
#: credit, the comment form, the copyright) only ever come after the story.
FORMS = [
    ("Baca juga: Iran Kecam Serangan ke Konsulat di Damaskus", "related-link", "own start end mid"),
    ("Baca Juga: Rusia dan Iran Teken Kesepakatan Energi", "related-link", "own start end mid"),
    ("BACA JUGA: Rudal Hipersonik Fattah Resmi Beroperasi", "related-link", "own start end mid"),
    ("Share Facebook Twitter WhatsApp Telegram", "share-bar", "own start end mid"),
    ("Facebook Twitter WhatsApp Telegram", "share-bar", "own start end mid"),
    (
        "Klik untuk berbagi di Twitter (Membuka di jendela yang baru)",
        "share-bar",
        "own start end mid",
    ),
    ("Lihat versi non-AMP", "navigation", "own start end mid"),
    ("Kembali ke atas", "navigation", "own end mid"),
    ("Beranda » Timur Tengah »", "navigation", "own start"),
    ("Beranda » Timur Tengah » Iran", "navigation", "own"),
    ("Tags: Iran Israel Gaza", "tags", "own end"),
    ("Tags Iran Israel Gaza", "tags", "own"),
    ("Sumber: Press TV", "syndication", "own end"),
    ("Sumber: Press TV (Iran)", "syndication", "own end"),
    ("Sumber: parstoday.ir", "syndication", "own end"),
    ("(Sumber: IRNA, Tasnim)", "syndication", "own end"),
    ("© 2024 Purna Warta. All Rights Reserved.", "copyright", "own end"),
    (
        "Tinggalkan Balasan Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib "
        "ditandai * Komentar * Nama * Email * Situs Web Simpan nama, email, dan situs web "
        "saya pada peramban ini untuk komentar saya berikutnya. Kirim Komentar",
        "comment-form",
        "own end",
    ),
    (
        "Artikel Terkait Rusia dan Iran Teken Kesepakatan Energi Tim IAEA Dijadwalkan Tiba "
        "di Tehran",
        "related-link",
        "end",
    ),
    (
        "Artikel ini telah tayang di Purnawarta.com dengan judul “Iran Kecam Serangan”. "
        "Klik untuk baca: https://purnawarta.com/iran-kecam-serangan/",
        "syndication",
        "own end",
    ),
]

PLACEMENTS = {
    # source, expected body
    "own": (f"{DATELINE}{S1}\n{{c}}\n{S2}", (S1, S2)),
    "start": (f"{DATELINE}{S1}\n{{c}} {S2}", (S1, S2)),
    "end": (f"{DATELINE}{S1} {{c}}\n{S2}", (S1, S2)),
    "mid": (f"{DATELINE}{S1} {{c}} {S2}", (f"{S1} {S2}",)),
}

CASES = [
    pytest.param(text, reason, where, id=f"{reason}-{where}-{i}")
    for i, (text, reason, wheres) in enumerate(FORMS)
    for where in wheres.split()
]


@pytest.mark.parametrize(("clutter", "reason", "where"), CASES)
def test_clutter_is_cut_wherever_it_sits(
    normalizer: Normalizer, clutter: str, reason: str, where: str
) -> None:
    template, body = PLACEMENTS[where]
    article = normalizer.normalize(template.replace("{c}", clutter))
    assert article.outlet == OUTLET
    assert article.body == body
    assert _removed(article) == [(clutter, reason)]
    assert article.warnings == ()


def test_trailers_glued_in_one_line_text(normalizer: Normalizer) -> None:
    trailer = [
        ("Sumber: Al Mayadeen", "syndication"),
        ("Share Facebook Twitter WhatsApp", "share-bar"),
        ("Tags: Gaza Israel Palestina", "tags"),
        ("Tinggalkan Balasan Alamat email Anda tidak akan dipublikasikan.", "comment-form"),
        ("© 2024 Purna Warta", "copyright"),
    ]
    source = " ".join([f"{DATELINE}{S1}", S2, *(t for t, _ in trailer)])
    article = normalizer.normalize(source)
    assert article.body == (f"{S1} {S2}",)
    assert _removed(article) == trailer


def test_related_posts_list_on_its_own_lines(normalizer: Normalizer) -> None:
    lines = [
        "Artikel Terkait",
        "Rusia dan Iran Teken Kesepakatan Baru di Sektor Energi",
        "Juli 1, 2024",
        'Dalam "Timur Tengah"',
        "Tim Inspeksi IAEA Dijadwalkan Tiba di Tehran",
    ]
    article = normalizer.normalize("\n".join([f"{DATELINE}{S1}", S2, *lines]))
    assert article.body == (S1, S2)
    assert _removed(article) == [(line, "related-link") for line in lines]


def test_tags_listed_one_a_line(normalizer: Normalizer) -> None:
    lines = ["Tags", "Iran", "Israel", "Jalur Gaza"]
    article = normalizer.normalize("\n".join([f"{DATELINE}{S1}", S2, *lines]))
    assert article.body == (S1, S2)
    assert _removed(article) == [(line, "tags") for line in lines]


@pytest.mark.parametrize(
    "lines",
    [
        ["Bagikan:", "Facebook", "Twitter", "WhatsApp"],
        ["Share this:", "Telegram"],
        ["Facebook", "Twitter"],
    ],
)
def test_share_buttons_one_a_line(normalizer: Normalizer, lines: list[str]) -> None:
    article = normalizer.normalize("\n".join([f"{DATELINE}{S1}", S2, *lines]))
    assert article.body == (S1, S2)
    assert _removed(article) == [(line, "share-bar") for line in lines]


def test_a_lone_network_name_between_paragraphs_stays(normalizer: Normalizer) -> None:
    article = normalizer.normalize("\n".join([f"{DATELINE}{S1}", "Twitter", S2]))
    assert article.body == (S1, "Twitter", S2)


def test_comment_form_line_by_line(normalizer: Normalizer) -> None:
    form = [
        "Tinggalkan Balasan",
        "Batalkan balasan",
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
        "Komentar",
        "Nama *",
        "Email *",
        "Situs Web",
        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
        "Kirim Komentar",
        "Δ",
    ]
    article = normalizer.normalize("\n".join([f"{DATELINE}{S1}", S2, *form]))
    assert article.body == (S1, S2)
    assert _removed(article) == [(line, "comment-form") for line in form]


def test_a_lone_form_label_away_from_the_form_is_kept(normalizer: Normalizer) -> None:
    article = normalizer.normalize(f"{DATELINE}{S1}\nSitus Web\n{S2}")
    assert article.body == (S1, "Situs Web", S2)
    assert article.removed == ()


def test_logo_breadcrumbs_and_post_navigation(normalizer: Normalizer) -> None:
    source = "\n".join(
        [
            "Purna Warta",
            "Beranda » Timur Tengah » Iran",
            "Iran Kecam Serangan ke Konsulat di Damaskus",
            f"{DATELINE}{S1}",
            S2,
            "Previous Post",
            "Rusia dan Iran Teken Kesepakatan Energi",
            "Berita Selanjutnya",
            "Irak Tetapkan Libur Nasional Selama Arbain",
            "3 Komentar",
        ]
    )
    article = normalizer.normalize(source)
    assert article.title == "Iran Kecam Serangan ke Konsulat di Damaskus"
    assert article.body == (S1, S2)
    assert _removed(article) == [
        ("Purna Warta", "logo"),
        ("Beranda » Timur Tengah » Iran", "navigation"),
        ("Previous Post", "navigation"),
        ("Rusia dan Iran Teken Kesepakatan Energi", "navigation"),
        ("Berita Selanjutnya", "navigation"),
        ("Irak Tetapkan Libur Nasional Selama Arbain", "navigation"),
        ("3 Komentar", "comment-count"),
    ]


def test_a_related_link_glued_before_a_quotation(normalizer: Normalizer) -> None:
    quote = "“Kami tidak akan mundur sedikit pun,” kata juru bicara itu."
    source = f"{DATELINE}{S1} Baca juga: Hamas Tegaskan Siap Berunding {quote}"
    article = normalizer.normalize(source)
    assert article.body == (f"{S1} {quote}",)
    assert _removed(article) == [("Baca juga: Hamas Tegaskan Siap Berunding", "related-link")]


def test_a_related_link_glued_before_the_dateline(normalizer: Normalizer) -> None:
    source = f"Baca juga: Iran Kecam Serangan di Suriah {DATELINE}{S1}\n{S2}"
    article = normalizer.normalize(source)
    assert article.dateline is not None
    assert article.dateline.text == DATELINE
    assert article.body == (S1, S2)
    assert _removed(article) == [("Baca juga: Iran Kecam Serangan di Suriah", "related-link")]


def test_a_short_paragraph_glued_after_a_related_link_keeps_its_sentence(
    normalizer: Normalizer,
) -> None:
    source = f"{DATELINE}{S1}\nBaca juga: Iran Kecam Serangan {S2}"
    article = normalizer.normalize(source)
    assert article.body == (S1, S2)
    assert _removed(article) == [("Baca juga: Iran Kecam Serangan", "related-link")]


# --- clean text ----------------------------------------------------------------------

CLEAN = [
    "Pemerintah Suriah membuka kembali jalur kereta api antara Damaskus dan Aleppo.",
    "Komentar itu disampaikan Menteri Perhubungan saat meresmikan perjalanan perdana.",
    "Laporan teknis yang dibaca juga oleh para anggota parlemen memuji proyek tersebut.",
    "Ikuti perkembangan proyek ini, kata sang menteri, karena jalur itu sangat penting.",
    "Sumber: seorang pejabat yang enggan disebut namanya mengatakan biayanya sangat besar.",
    "Sumber: Pejabat Iran membantah laporan itu.",
    "Artikel ini telah terbit di jurnal Nature dan dikutip banyak peneliti.",
    "Menurut Tags Heuer, perusahaan jam itu akan membuka cabang di Damaskus.",
    "Pihak berwenang belum merilis Berita Terkait insiden di stasiun itu.",
    "Suka",
    "Email",
    "Warga membagikan video perjalanan itu melalui Facebook, Twitter, WhatsApp, dan Telegram.",
    "Nama dan email para penumpang perdana dicatat oleh petugas di stasiun.",
    "Tag harga tiket untuk kelas ekonomi belum diumumkan secara resmi.",
    "Share pasar angkutan barang diperkirakan naik setelah jalur itu dibuka.",
    "Kembali ke atas kereta, para penumpang disambut musik tradisional.",
    "Dalam perjalanan perdana itu, Syekh Mu'in al-Khatib dan Abdul-Latif Ja'far turut hadir.",
]


def test_a_clean_article_is_untouched(normalizer: Normalizer) -> None:
    source = "\n".join([f"Damaskus, Purna Warta – {CLEAN[0]}", *CLEAN[1:]])
    article = normalizer.normalize(source)
    assert article.outlet == OUTLET
    assert article.body == tuple(CLEAN)
    assert article.removed == ()
    assert article.warnings == ()
    assert article.authors == ()
    assert article.title is None


@pytest.mark.parametrize("sentence", CLEAN[1:])
def test_clutter_words_inside_sentences_are_kept(normalizer: Normalizer, sentence: str) -> None:
    article = normalizer.normalize(f"{DATELINE}{S1}\n{S2} {sentence}\n{sentence}")
    assert article.body == (S1, f"{S2} {sentence}", sentence)
    assert article.removed == ()


OLEH_KARENA_ITU = "Oleh karena itu, pemerintah menambah jadwal perjalanan pada akhir pekan."


def test_a_sentence_opening_with_oleh_credits_nobody(normalizer: Normalizer) -> None:
    article = normalizer.normalize(f"{DATELINE}{S1}\n{OLEH_KARENA_ITU}")
    assert article.authors == ()


def test_a_sentence_opening_with_oleh_is_kept(normalizer: Normalizer) -> None:
    article = normalizer.normalize(f"{DATELINE}{S1}\n{OLEH_KARENA_ITU}")
    assert article.body == (S1, OLEH_KARENA_ITU)


def test_a_quotation_spanning_paragraphs_is_kept_whole(normalizer: Normalizer) -> None:
    paragraphs = [
        "“Al-Aqsa bukan milik warga Palestina saja. Setiap pembatasan adalah ujian bagi dunia.",
        "Kami akan terus datang, pekan demi pekan.",
        "Tidak ada pendudukan yang bertahan selamanya,” ujarnya.",
    ]
    article = normalizer.normalize("\n".join([f"{DATELINE}{S1}", *paragraphs]))
    assert article.body == (S1, *paragraphs)
    assert article.removed == ()


def test_typos_are_not_fixed(normalizer: Normalizer) -> None:
    typo = "Pemerintah Iran menyatkan akan meningkatakan kerjasama denagn Rusia."
    assert normalizer.normalize(f"{DATELINE}{typo}").body == (typo,)


# --- bylines -------------------------------------------------------------------------

BYLINES = [
    ("Penerjemah: Fatimah Az-Zahra", [("Fatimah Az-Zahra", "translator")]),
    ("Editor: MUHAMMAD RIDHA", [("Muhammad Ridha", "editor")]),
    (
        "Penulis: Ali Reza, Hasan Mahdi & Zainab Husaini",
        [("Ali Reza", "author"), ("Hasan Mahdi", "author"), ("Zainab Husaini", "author")],
    ),
    ("Oleh: ABDUL-MALIK AL-KHATIB", [("Abdul-Malik al-Khatib", "author")]),
    ("Diposting oleh Sayyid Ja'far", [("Sayyid Ja'far", "author")]),
    ("Pewarta: Reza | Editor: Hasan", [("Reza", "reporter"), ("Hasan", "editor")]),
    ("Oleh: Redaksi", []),
    ("By admin", []),
    ("Editor:", []),
]


@pytest.mark.parametrize(("line", "people"), BYLINES, ids=[b[0] for b in BYLINES])
def test_bylines(normalizer: Normalizer, line: str, people: list[tuple[str, str]]) -> None:
    article = normalizer.normalize(f"{DATELINE}{S1}\n{S2}\n{line}")
    assert [(p.name, p.role) for p in article.authors] == people
    assert article.body == (S1, S2)
    assert _removed(article) == [(line, "byline")]


def test_author_and_date_on_one_line(normalizer: Normalizer) -> None:
    source = f"Judul Berita untuk Pengujian\nOleh Hasan Mahdi | 2 Juli 2024\n{DATELINE}{S1}"
    article = normalizer.normalize(source)
    assert [(p.name, p.role) for p in article.authors] == [("Hasan Mahdi", "author")]
    assert article.published == date(2024, 7, 2)
    assert _removed(article) == [("Oleh Hasan Mahdi |", "byline"), ("2 Juli 2024", "date-line")]


def test_the_author_note_of_a_column_is_a_credit(normalizer: Normalizer) -> None:
    note = "*Penulis adalah pengamat hubungan internasional di Jakarta."
    url = "https://purnawarta.com/opini-diplomasi-energi/"
    article = normalizer.normalize(f"Oleh: Hasan Mahdi\n{S1}\n{S2}\n{note}", url=url)
    assert [(p.name, p.role) for p in article.authors] == [("Hasan Mahdi", "author")]
    assert article.body == (S1, S2)
    assert _removed(article) == [("Oleh: Hasan Mahdi", "byline"), (note, "byline")]


def test_photo_credits_are_captions_not_photographers(normalizer: Normalizer) -> None:
    source = "\n".join(
        [
            f"{DATELINE}{S1}",
            "Foto: IRNA",
            "Presiden Iran menerima delegasi di Tehran. (Foto: Press TV)",
            S2,
        ]
    )
    article = normalizer.normalize(source)
    assert article.authors == ()
    assert article.captions == (
        "Foto: IRNA",
        "Presiden Iran menerima delegasi di Tehran. (Foto: Press TV)",
    )
    assert article.body == (S1, S2)


# --- datelines -----------------------------------------------------------------------

DATELINES = [
    ("Beijing, Purna Warta – ", "Beijing", "Purna Warta"),
    ("Gaza, Purna Warta - ", "Gaza", "Purna Warta"),
    ("Tehran, Purna Warta — ", "Tehran", "Purna Warta"),
    ("Tehran, Purna Warta–", "Tehran", "Purna Warta"),
    ("Tehran, Purna Warta -", "Tehran", "Purna Warta"),
    ("Purna Warta – ", None, "Purna Warta"),
    ("Al-Quds, Palestina, Purna Warta – ", "Al-Quds, Palestina", "Purna Warta"),
    ("Jalur Gaza, Purna Warta – ", "Jalur Gaza", "Purna Warta"),
    ("TEHRAN, PURNA WARTA – ", "Tehran", "PURNA WARTA"),
    ("Moskow, Purnawarta – ", "Moskow", "Purnawarta"),
]


@pytest.mark.parametrize(("text", "place", "source"), DATELINES, ids=[d[0] for d in DATELINES])
def test_datelines(normalizer: Normalizer, text: str, place: str | None, source: str) -> None:
    article = normalizer.normalize(f"{text}{S1}\n{S2}")
    assert article.outlet == OUTLET
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place, article.dateline.source) == (
        text,
        place,
        source,
    )
    assert article.body == (S1, S2)


def test_a_first_paragraph_ending_in_a_quotation_is_not_the_title(
    normalizer: Normalizer,
) -> None:
    first = "Menteri Luar Negeri Iran menegaskan pada Senin (1/7/2024), “Kami tidak akan mundur.”"
    second = "Ia menyampaikan hal itu di Tehran pada 2 Juli 2024."
    article = normalizer.normalize(f"{DATELINE}{first}\n{second}")
    assert article.title is None
    assert article.dateline is not None
    assert article.dateline.text == DATELINE
    assert article.body == (first, second)
    assert [(d.text, d.paragraph) for d in article.dates] == [
        ("Senin (1/7/2024)", 0),
        ("2 Juli 2024", 1),
    ]
    assert article.warnings == ()


def test_a_glued_title_with_a_two_part_place(normalizer: Normalizer) -> None:
    source = f"Ribuan Jamaah Tetap Padati Al-Aqsa Al-Quds, Palestina, Purna Warta – {S1}"
    article = normalizer.normalize(source)
    assert article.title == "Ribuan Jamaah Tetap Padati Al-Aqsa"
    assert article.dateline is not None
    assert article.dateline.place == "Al-Quds, Palestina"
    assert article.body == (S1,)


# --- dates ---------------------------------------------------------------------------

DATE_LINES = [
    ("Selasa, 2 Juli 2024", date(2024, 7, 2)),
    ("2 Juli 2024 14:20", datetime(2024, 7, 2, 14, 20, tzinfo=WIB)),
    ("Juli 2, 2024", date(2024, 7, 2)),
    ("Agustus 20, 2019", date(2019, 8, 20)),
    ("July 2, 2024 at 2:35 pm", datetime(2024, 7, 2, 14, 35, tzinfo=WIB)),
    ("Juli 2, 2024 12:05 am", datetime(2024, 7, 2, 0, 5, tzinfo=WIB)),
    ("Dipublikasikan: 8 Juli 2024 10:05", datetime(2024, 7, 8, 10, 5, tzinfo=WIB)),
    ("02/07/2024", date(2024, 7, 2)),
]


@pytest.mark.parametrize(("line", "value"), DATE_LINES, ids=[d[0] for d in DATE_LINES])
def test_date_lines(normalizer: Normalizer, line: str, value: date) -> None:
    source = f"Judul Berita untuk Pengujian\n{line}\n{DATELINE}{S1}"
    article = normalizer.normalize(source)
    assert article.published == value
    assert _removed(article) == [(line, "date-line")]
    assert article.body == (S1,)


def test_an_updated_line_is_recorded_but_not_the_publication_date(
    normalizer: Normalizer,
) -> None:
    source = (
        "Judul Berita untuk Pengujian\nDipublikasikan: 8 Juli 2024 10:05\n"
        f"Diperbarui: 8 Juli 2024 16:40\n{DATELINE}{S1}"
    )
    article = normalizer.normalize(source)
    assert article.published == datetime(2024, 7, 8, 10, 5, tzinfo=WIB)
    assert [r.reason for r in article.removed] == ["date-line", "date-line"]


def test_a_dated_sentence_is_not_a_date_line(normalizer: Normalizer) -> None:
    sentence = "Pertemuan itu digelar 2 Juli 2024."
    article = normalizer.normalize(f"{DATELINE}{S1}\n{sentence}")
    assert article.published is None
    assert article.body == (S1, sentence)


def test_the_published_time_of_a_page_without_a_date_line(normalizer: Normalizer) -> None:
    page = (
        '<html><head><meta property="og:site_name" content="Purna Warta">'
        '<meta property="article:published_time" content="2024-07-04T09:15:00+07:00">'
        f"</head><body><h1>Judul</h1><p>{DATELINE}{S1}</p></body></html>"
    )
    article = normalizer.normalize(page)
    assert article.outlet == OUTLET
    assert article.published == datetime(2024, 7, 4, 9, 15, tzinfo=WIB)


def test_year_less_dates_resolve_against_the_date_line(normalizer: Normalizer) -> None:
    source = (
        f"Judul Berita untuk Pengujian\nSelasa, 2 Juli 2024\n{DATELINE}Kunjungan pada 2-4 Juli."
    )
    article = normalizer.normalize(source)
    assert [(d.text, d.value.isoformat() if d.value else None) for d in article.dates] == [
        ("2-4 Juli", "2024-07-02/2024-07-04")
    ]


# --- robustness ----------------------------------------------------------------------


@pytest.mark.parametrize("empty", ["", "\n\n", " "])
def test_empty_input(normalizer: Normalizer, empty: str) -> None:
    article = normalizer.normalize(empty, outlet=OUTLET)
    assert article.body == ()
    assert article.removed == ()


def test_a_megabyte_on_one_line(normalizer: Normalizer) -> None:
    unit = f"{S1} Baca juga: Iran Kecam Serangan {S2} Share Facebook Twitter WhatsApp "
    source = DATELINE + unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    article = normalizer.normalize(source)
    assert time.perf_counter() - started < 60
    assert article.outlet == OUTLET
    assert article.warnings == ()
    assert article.body[0].startswith(f"{S1} {S2} {S1} {S2}")
    assert {r.reason for r in article.removed} == {"related-link", "share-bar"}


def test_fifty_thousand_clutter_lines(normalizer: Normalizer) -> None:
    lines = ["Baca juga: Iran Kecam Serangan", "Facebook Twitter WhatsApp", "Nama *", "Email *"]
    source = "\n".join([f"{DATELINE}{S1}", *(lines * 12_500), S2])
    started = time.perf_counter()
    article = normalizer.normalize(source)
    assert time.perf_counter() - started < 60
    assert article.body == (S1, S2)
    assert len(article.removed) == 50_000


# --- the project's plugin kit (newsnorm.testing) -------------------------------------

#: Text fixtures detected without a URL, and the seed.
KIT_EXAMPLES = [
    *(
        p.read_text("utf-8")
        for p in sorted(FIXTURES.glob("*.txt"))
        if p.stem not in ("column_opinion", "url_subdomain_analysis")
    ),
    (SEEDS / "001_eb34b13c84bd5e1f.txt").read_text("utf-8"),
]
#: Where a glued related link is followed by a capitalised subject ("Menteri
#: Transportasi Venezuela menyatakan ..."), where the headline ends is a guess
#: (newsnorm.clutter.headline_end), so related links are injected on their own
#: line and at a paragraph's end only.
KIT_CLUTTER = [
    Clutter("Baca juga: Iran Kecam Serangan ke Konsulat di Damaskus", where=("line", "end")),
    Clutter("Share Facebook Twitter WhatsApp Telegram", where=("line", "start", "end", "inline")),
    Clutter(
        "Klik untuk berbagi di Twitter (Membuka di jendela yang baru)",
        where=("line", "start", "end", "inline"),
    ),
    Clutter("Lihat versi non-AMP", where=("line", "start", "end", "inline")),
    Clutter("Tags: Iran Israel Gaza", where=("line", "end")),
    Clutter("Sumber: Press TV", where=("line", "end")),
    Clutter("© 2024 Purna Warta. All Rights Reserved.", where=("line", "end")),
    Clutter(
        "Tinggalkan Balasan Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib "
        "ditandai * Komentar * Nama * Email * Situs Web Kirim Komentar",
        where=("line", "end"),
    ),
]


def test_the_plugin_kit_properties(normalizer: Normalizer) -> None:
    check_detected(normalizer, OUTLET, KIT_EXAMPLES)
    check_deterministic(normalizer, KIT_EXAMPLES)
    check_clean_round_trip(normalizer, OUTLET, KIT_EXAMPLES)
    check_clutter_injection(normalizer, OUTLET, KIT_EXAMPLES, KIT_CLUTTER, max_examples=60)
    check_total(normalizer, max_examples=30)


@pytest.mark.parametrize("index", range(len(KIT_EXAMPLES)))
def test_nothing_is_lost(normalizer: Normalizer, index: int) -> None:
    example = KIT_EXAMPLES[index]
    for cut in (len(example), len(example) // 2, len(example) // 3):
        text = example[:cut]
        article = normalizer.normalize(text, outlet=OUTLET)
        assert accounted_characters(article) == input_characters(text)
