"""The Antara plugin (plugins/newsnorm_outlets/antara.py) through the public API."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest

import newsnorm
from newsnorm import Article, Normalizer
from newsnorm.dates import WIB, WITA
from newsnorm_outlets import antara

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ANTARA_SEED = SEEDS / "004_a83df6f147938cee.txt"
OTHER_SEEDS = sorted(p for p in SEEDS.glob("*.txt") if p != ANTARA_SEED)

BODY_1 = "Harga beras medium di pasar induk turun sejak awal pekan."
BODY_2 = "Menurut dia, pasokan dari sentra produksi di Jawa Barat kembali normal."
BODY_3 = "Pedagang berharap harga tetap stabil hingga akhir bulan."


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def norm(normalizer: Normalizer, text: str, **kwargs: object) -> Article:
    return normalizer.normalize(text, **kwargs)  # type: ignore[arg-type]


def story(*paragraphs: str, dateline: str = "Jakarta (ANTARA) - ") -> str:
    """A minimal Antara text: a dateline paragraph and more paragraphs, one per line."""
    return "\n\n".join([dateline + BODY_1, *paragraphs]) + "\n"


def removed(article: Article) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in article.removed]


def people(article: Article) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in article.authors]


# --- detection ----------------------------------------------------------------------


LAYOUTS = {
    "desktop": "Judul berita hari ini\n\nJumat, 27 Mei 2022 15:12 WIB\n\n" + story(BODY_2),
    "regional": story(BODY_2, dateline="Surabaya (ANTARA) – "),
    "old-antara-news": story(BODY_2, dateline="Jakarta, (ANTARA News) - "),
    "no-place": story(BODY_2, dateline="(ANTARA) - "),
    "one-line": "Judul berita hari ini Jumat, 27 Mei 2022 15:12 WIB Jakarta (ANTARA) - "
    + BODY_1
    + " "
    + BODY_2,
    "camel-joined": "Jakarta (ANTARA) - " + BODY_1 + BODY_2 + "Pewarta: Budi SantosoEditor: Ani",
    "footer-only": BODY_1 + "\n" + BODY_2 + "\nCOPYRIGHT © ANTARA 2022\n",
    "ai-notice-only": BODY_1
    + "\nDilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk "
    "AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.\n",
    "html": "<html><body><h1>Judul</h1><p>Jakarta (ANTARA) - " + BODY_1 + "</p></body></html>",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_detected_without_url(normalizer: Normalizer, layout: str) -> None:
    detections = normalizer.detect(LAYOUTS[layout])
    assert detections, layout
    assert detections[0].outlet == "antara"
    assert detections[0].score >= 0.85
    assert norm(normalizer, LAYOUTS[layout]).outlet == "antara"


def test_the_seed_is_detected_without_url(normalizer: Normalizer) -> None:
    best = normalizer.detect(ANTARA_SEED.read_bytes())[0]
    assert (best.outlet, best.score) == ("antara", 0.9)


def test_weaker_signatures_score_lower(normalizer: Normalizer) -> None:
    credits = BODY_1 + "\nPewarta: Budi Santoso\nEditor: Ani Lestari\n"
    assert normalizer.detect(credits)[0].score == 0.55
    photo = "Warga berolahraga di Jalan Sudirman. ANTARA FOTO/Dimas Putra/aww.\n" + BODY_1
    assert normalizer.detect(photo)[0].score == 0.6


@pytest.mark.parametrize(
    "url",
    [
        "https://www.antaranews.com/berita/2903061/x",
        "https://antaranews.com/berita/2903061/x",
        "https://jatim.antaranews.com/berita/12345/x",
        "https://megapolitan.antaranews.com/berita/1/x",
        "https://kalbar.antaranews.com/berita/1/x",
        "https://www.antaranews.co.id/berita/1/x",
    ],
)
def test_detected_by_url_host(normalizer: Normalizer, url: str) -> None:
    article = norm(normalizer, "Sebuah kalimat biasa tanpa ciri apa pun.", url=url)
    assert (article.outlet, article.language) == ("antara", "id")


def test_english_edition_by_host(normalizer: Normalizer) -> None:
    url = "https://en.antaranews.com/news/283456/x"
    best = normalizer.detect("Some text.", url=url)[0]
    assert (best.outlet, best.score, best.language) == ("antara", 1.0, "en")
    assert norm(normalizer, "Some text.", url=url).language == "en"


def test_english_edition_by_text(normalizer: Normalizer) -> None:
    text = (
        "Jakarta (ANTARA) - Indonesia and Kazakhstan are exploring the possibility of opening "
        "direct flights between the two countries, an official said on Friday.\n"
    )
    best = normalizer.detect(text)[0]
    assert (best.outlet, best.language) == ("antara", "en")
    article = norm(normalizer, text, reference_date=date(2023, 5, 29))
    assert article.language == "en"
    assert [(d.text, d.value) for d in article.dates] == [("Friday", date(2023, 5, 26))]


def test_forced_outlet_on_english_text_is_english(normalizer: Normalizer) -> None:
    text = "The ministry said on Friday that the program will be extended to all provinces."
    assert norm(normalizer, text, outlet="antara").language == "en"


@pytest.mark.parametrize("seed", OTHER_SEEDS, ids=[s.stem for s in OTHER_SEEDS])
def test_other_outlets_seeds_are_not_claimed(normalizer: Normalizer, seed: Path) -> None:
    assert "antara" not in {d.outlet for d in normalizer.detect(seed.read_bytes())}


NEGATIVES = {
    "wikipedia": (
        "Lembaga Kantor Berita Nasional Antara (disingkat LKBN ANTARA) adalah kantor berita "
        "Indonesia yang didirikan pada 13 Desember 1937. Kantor beritanya berpusat di Jakarta "
        "dan memiliki biro di seluruh provinsi. Pada 2007, ANTARA berubah menjadi Perusahaan Umum."
    ),
    "english-wire": (
        "JAKARTA (Reuters) - Indonesia's central bank kept its benchmark rate unchanged on "
        "Thursday, saying inflation remained within its target range.\n"
        "Reporting by Stefanno Sulaiman; Editing by Kim Coghill"
    ),
    "baca-juga-in-a-sentence": (
        "Warga desa itu rajin membaca. Buku yang dibaca juga oleh anak-anak disimpan di balai "
        "desa. Baca juga: papan pengumuman di depan masjid, kata kepala desa."
    ),
    "plain": "Hujan deras turun sejak pagi di Jakarta.\nSejumlah jalan tergenang air.",
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_unrelated_texts_are_not_claimed(normalizer: Normalizer, name: str) -> None:
    assert "antara" not in {d.outlet for d in normalizer.detect(NEGATIVES[name])}
    assert norm(normalizer, NEGATIVES[name]).outlet != "antara"


# --- the seed -----------------------------------------------------------------------


def test_seed_weekday_resolves_with_a_reference_date(normalizer: Normalizer) -> None:
    source = ANTARA_SEED.read_bytes()
    months = newsnorm.DateRange(newsnorm.YearMonth(2022, 1), newsnorm.YearMonth(2022, 3))
    without = normalizer.normalize(source)
    assert [(d.text, d.value) for d in without.dates] == [
        ("Jumat", None),
        ("Januari-Maret 2022", months),
    ]
    resolved = normalizer.normalize(source, reference_date=date(2022, 5, 27))
    assert [(d.text, d.value) for d in resolved.dates] == [
        ("Jumat", date(2022, 5, 27)),
        ("Januari-Maret 2022", months),
    ]
    assert resolved.warnings == ()


def test_seed_header_and_trailer(normalizer: Normalizer) -> None:
    article = normalizer.normalize(ANTARA_SEED.read_bytes())
    assert article.title == "Kazakhstan Ingin Intensifkan Kerja Sama Bilateral dengan RI: Dubes"
    assert article.lead is not None
    assert article.lead.endswith("kepentingan bersama")
    assert article.dateline == newsnorm.Dateline(
        text="Jakarta (ANTARA) – ", place="Jakarta", source="ANTARA"
    )
    assert removed(article)[0] == ("0", "comment-count")
    assert [reason for _, reason in removed(article)].count("related-link") == 3
    assert removed(article)[-2:] == [
        ("Leave A Reply", "comment-form"),
        ("Your email address will not be published.", "comment-form"),
    ]


# --- clean text and clutter words inside sentences ----------------------------------


def test_clean_article_passes_through_untouched(normalizer: Normalizer) -> None:
    paragraphs = [
        "Harga beras medium di Pasar Induk Cipinang turun Rp500 per kilogram.",
        "Komentar itu disampaikan kepala pasar di Jakarta, kemarin.",
        "Buku panduan yang dibaca juga oleh para pedagang dibagikan gratis.",
        "Ikuti perkembangan harga di papan informasi pasar, kata dia.",
        "Editor majalah pertanian itu menyebut panen tahun ini melimpah.",
        "Kantor Berita ANTARA mencatat kenaikan itu sejak Januari 2022.",
        "Sumber pasokan utama tetap dari Karawang dan Subang.",
        "Ia meminta warga meninggalkan komentar di kotak saran yang tersedia.",
    ]
    text = "\n\n".join(paragraphs) + "\n"
    article = norm(normalizer, text, outlet="antara")
    assert article.body == tuple(paragraphs)
    assert article.removed == ()
    assert article.warnings == ()
    assert article.title is None
    assert article.lead is None


def test_clean_antara_story_keeps_every_paragraph(normalizer: Normalizer) -> None:
    article = norm(normalizer, story(BODY_2, BODY_3))
    assert article.outlet == "antara"
    assert article.body == (BODY_1, BODY_2, BODY_3)
    assert article.removed == ()
    assert article.warnings == ()


def test_typos_are_kept(normalizer: Normalizer) -> None:
    article = norm(normalizer, story("Kerjasama itu menguntungkn kedua negara."))
    assert article.body[-1] == "Kerjasama itu menguntungkn kedua negara."


# --- clutter ------------------------------------------------------------------------

HEADLINE = "Harga cabai di Surabaya naik jelang Lebaran"


@pytest.mark.parametrize(
    "label",
    ["Baca juga: ", "Baca Juga: ", "BACA JUGA: ", "Berita Terkait: ", "Baca juga : "],
)
def test_related_link_own_line(normalizer: Normalizer, label: str) -> None:
    article = norm(normalizer, story(label + HEADLINE, BODY_2))
    assert article.body == (BODY_1, BODY_2)
    assert removed(article) == [(label + HEADLINE, "related-link")]


def test_related_link_glued_at_end(normalizer: Normalizer) -> None:
    article = norm(normalizer, story(BODY_2 + " Baca juga: " + HEADLINE, BODY_3))
    assert article.body == (BODY_1, BODY_2, BODY_3)
    assert removed(article) == [("Baca juga: " + HEADLINE, "related-link")]


def test_related_link_glued_at_start(normalizer: Normalizer) -> None:
    article = norm(normalizer, story("Baca juga: " + HEADLINE + " " + BODY_2, BODY_3))
    assert article.body == (BODY_1, BODY_2, BODY_3)
    assert removed(article) == [("Baca juga: " + HEADLINE, "related-link")]


def test_related_link_mid_line_in_one_line_text(normalizer: Normalizer) -> None:
    text = (
        "Jakarta (ANTARA) - "
        + BODY_1
        + " Baca juga: "
        + HEADLINE
        + " “Kami siap,” kata dia. Berita Terkait: Stok beras aman hingga Desember "
        + BODY_3
    )
    article = norm(normalizer, text)
    assert article.body == (BODY_1 + " “Kami siap,” kata dia. " + BODY_3,)
    assert removed(article) == [
        ("Baca juga: " + HEADLINE, "related-link"),
        ("Berita Terkait: Stok beras aman hingga Desember", "related-link"),
    ]


def test_related_link_joined_without_space(normalizer: Normalizer) -> None:
    text = "Jakarta (ANTARA) - " + BODY_1 + "Baca juga: Harga cabai turun di pasar induk" + BODY_2
    article = norm(normalizer, text)
    assert article.body == (BODY_1 + " " + BODY_2,)
    assert removed(article) == [("Baca juga: Harga cabai turun di pasar induk", "related-link")]


def test_english_related_links(normalizer: Normalizer) -> None:
    url = "https://en.antaranews.com/news/1/x"
    text = (
        "Jakarta (ANTARA) - The ministry said the program will continue.\n"
        "Related news: Indonesia, Kazakhstan discuss trade cooperation\n"
        "He said the program has helped 2,000 farmers. Also read: Bali sees more tourists in May "
        "The minister also visited a dairy farm.\n"
        "ALSO READ: Jakarta prepares new bus routes\n"
    )
    article = norm(normalizer, text, url=url)
    assert article.body == (
        "The ministry said the program will continue.",
        "He said the program has helped 2,000 farmers. The minister also visited a dairy farm.",
    )
    assert removed(article) == [
        ("Related news: Indonesia, Kazakhstan discuss trade cooperation", "related-link"),
        ("Also read: Bali sees more tourists in May", "related-link"),
        ("ALSO READ: Jakarta prepares new bus routes", "related-link"),
    ]


COPYRIGHT = "COPYRIGHT © ANTARA 2022"
AI_NOTICE = (
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI "
    "di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA."
)


@pytest.mark.parametrize("notice", [COPYRIGHT, "Copyright © ANTARA 2019", AI_NOTICE])
def test_copyright_own_line(normalizer: Normalizer, notice: str) -> None:
    article = norm(normalizer, story(BODY_2, notice))
    assert article.body == (BODY_1, BODY_2)
    assert removed(article) == [(notice, "copyright")]


@pytest.mark.parametrize("notice", [COPYRIGHT, AI_NOTICE])
def test_copyright_glued_at_end_start_and_mid_line(normalizer: Normalizer, notice: str) -> None:
    at_end = norm(normalizer, story(BODY_2 + " " + notice))
    assert at_end.body == (BODY_1, BODY_2)
    at_start = norm(normalizer, story(notice + " " + BODY_2))
    assert at_start.body == (BODY_1, BODY_2)
    mid = norm(normalizer, "Jakarta (ANTARA) - " + BODY_1 + " " + notice + " " + BODY_2)
    assert mid.body == (BODY_1 + " " + BODY_2,)
    for article in (at_end, at_start, mid):
        assert removed(article) == [(notice, "copyright")]


def test_wordpress_comment_form_own_lines(normalizer: Normalizer) -> None:
    trailer = [
        "Leave A Reply",
        "Cancel Reply",
        "Your email address will not be published.",
        "Required fields are marked *",
        "Comment",
        "Name *",
        "Email *",
        "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
    ]
    article = norm(normalizer, story(BODY_2, *trailer))
    assert article.body == (BODY_1, BODY_2)
    assert removed(article) == [(line, "comment-form") for line in trailer]


def test_indonesian_comment_form_glued(normalizer: Normalizer) -> None:
    at_end = story(BODY_2 + " Tinggalkan Balasan Alamat email Anda tidak akan dipublikasikan.")
    article = norm(normalizer, at_end)
    assert article.body == (BODY_1, BODY_2)
    assert removed(article) == [
        ("Tinggalkan Balasan", "comment-form"),
        ("Alamat email Anda tidak akan dipublikasikan.", "comment-form"),
    ]
    at_start = norm(normalizer, story("Leave A Reply " + BODY_2))
    assert at_start.body == (BODY_1, BODY_2)
    mid = "Jakarta (ANTARA) - " + BODY_1 + " Leave a Reply Ruas yang wajib ditandai * " + BODY_2
    article = norm(normalizer, mid)
    assert article.body == (BODY_1 + " " + BODY_2,)
    assert removed(article) == [
        ("Leave a Reply", "comment-form"),
        ("Ruas yang wajib ditandai *", "comment-form"),
    ]


def test_form_labels_alone_are_body_without_a_comment_form(normalizer: Normalizer) -> None:
    article = norm(normalizer, story("Website", "Komentar"))
    assert article.body == (BODY_1, "Website", "Komentar")


def test_lone_comment_count_in_the_header_only(normalizer: Normalizer) -> None:
    text = "Judul berita hari ini\n\n3\n\n" + story(BODY_2, "12")
    article = norm(normalizer, text)
    assert article.title == "Judul berita hari ini"
    assert removed(article) == [("3", "comment-count")]
    assert article.body == (BODY_1, BODY_2, "12")
    counted = norm(normalizer, story(BODY_2, "5 Komentar"))
    assert removed(counted) == [("5 Komentar", "comment-count")]


def test_syndication_and_end_mark(normalizer: Normalizer) -> None:
    own_line = norm(normalizer, story(BODY_2, "Sumber: ANTARA", "(*)"))
    assert own_line.body == (BODY_1, BODY_2)
    assert removed(own_line) == [("Sumber: ANTARA", "syndication"), ("(*)", "end-mark")]
    glued = norm(normalizer, story(BODY_2 + " (*)", BODY_3 + " (Sumber: Antara)"))
    assert glued.body == (BODY_1, BODY_2, BODY_3)
    assert removed(glued) == [("(*)", "end-mark"), ("(Sumber: Antara)", "syndication")]


def test_syndication_after_a_sentence(normalizer: Normalizer) -> None:
    article = norm(normalizer, story(BODY_2 + " Sumber: Antara"))
    assert article.body == (BODY_1, BODY_2)
    assert removed(article) == [("Sumber: Antara", "syndication")]


def test_lone_count_without_a_dateline_only_under_the_title(normalizer: Normalizer) -> None:
    text = "Judul berita hari ini\n\n0\n\n" + BODY_1 + "\n\n7\n\n" + BODY_2 + "\n"
    article = norm(normalizer, text, outlet="antara")
    assert removed(article) == [("0", "comment-count")]
    assert article.body == (BODY_1, "7", BODY_2)


def test_a_sentence_about_a_source_is_kept(normalizer: Normalizer) -> None:
    sentence = "Sumber dana proyek itu berasal dari APBN, kata dia."
    assert norm(normalizer, story(sentence)).body == (BODY_1, sentence)


# --- bylines ------------------------------------------------------------------------


def test_credit_lines_own_lines(normalizer: Normalizer) -> None:
    text = story(BODY_2, "Pewarta: Katriana", "Penerjemah: Yuni Arisandy", "Editor: Rahmad")
    article = norm(normalizer, text)
    assert article.body == (BODY_1, BODY_2)
    assert people(article) == [
        ("Katriana", "reporter"),
        ("Yuni Arisandy", "translator"),
        ("Rahmad", "editor"),
    ]


@pytest.mark.parametrize(
    "names",
    ["Budi Santoso/Ani Lestari", "Budi Santoso, Ani Lestari", "Budi Santoso dan Ani Lestari"],
)
def test_several_names(normalizer: Normalizer, names: str) -> None:
    article = norm(normalizer, story(BODY_2, "Pewarta: " + names, "Editor: Dewi Sartika"))
    assert people(article) == [
        ("Budi Santoso", "reporter"),
        ("Ani Lestari", "reporter"),
        ("Dewi Sartika", "editor"),
    ]


def test_capitals_become_proper_case(normalizer: Normalizer) -> None:
    article = norm(normalizer, story(BODY_2, "PEWARTA: BUDI SANTOSO", "EDITOR : ANI LESTARI"))
    assert people(article) == [("Budi Santoso", "reporter"), ("Ani Lestari", "editor")]


def test_empty_label_gives_no_person(normalizer: Normalizer) -> None:
    article = norm(normalizer, story(BODY_2, "Pewarta: Budi Santoso", "Editor:"))
    assert people(article) == [("Budi Santoso", "reporter")]
    assert removed(article) == [("Pewarta: Budi Santoso", "byline"), ("Editor:", "byline")]
    assert article.body == (BODY_1, BODY_2)


def test_credits_on_one_line_with_copyright(normalizer: Normalizer) -> None:
    line = "Pewarta foto: Dimas Putra Editor: Agus Salim COPYRIGHT © ANTARA 2023"
    article = norm(normalizer, story(BODY_2, line))
    assert people(article) == [("Dimas Putra", "photographer"), ("Agus Salim", "editor")]
    assert removed(article) == [
        ("Pewarta foto: Dimas Putra Editor: Agus Salim", "byline"),
        (COPYRIGHT.replace("2022", "2023"), "copyright"),
    ]


def test_credits_glued_to_the_last_paragraph(normalizer: Normalizer) -> None:
    spaced = norm(normalizer, story(BODY_2 + " Pewarta: Budi Santoso Editor: Ani Lestari"))
    joined = norm(
        normalizer,
        story(BODY_2 + "Pewarta: Budi SantosoEditor: Ani LestariCOPYRIGHT © ANTARA 2022"),
    )
    for article in (spaced, joined):
        assert article.body == (BODY_1, BODY_2)
        assert people(article) == [("Budi Santoso", "reporter"), ("Ani Lestari", "editor")]


def test_english_credits(normalizer: Normalizer) -> None:
    text = (
        "Jakarta (ANTARA) - The ministry said the program will continue next year.\n"
        "Reporter: Katarina Wulandari, Anton Sihombing\nTranslator: Yuni Arisandy\n"
        "Editor: Rahmad Nasution\nCOPYRIGHT © ANTARA 2023\n"
    )
    article = norm(normalizer, text)
    assert people(article) == [
        ("Katarina Wulandari", "reporter"),
        ("Anton Sihombing", "reporter"),
        ("Yuni Arisandy", "translator"),
        ("Rahmad Nasution", "editor"),
    ]


def test_a_sentence_ending_with_a_label_is_not_a_credit(normalizer: Normalizer) -> None:
    sentence = "Dia mengatakan hal itu kepada editor: semua naskah harus diperiksa ulang."
    article = norm(normalizer, story(sentence))
    assert article.body == (BODY_1, sentence)
    assert article.authors == ()


def test_feature_byline_and_lead(normalizer: Normalizer) -> None:
    standfirst = "Para penenun di Sikka bertahan dengan pewarna alam meski harga benang terus naik"
    text = "Menjaga tenun ikat Sikka\n\nOleh Maria Lewar\n\n" + standfirst + "\n\n" + story(BODY_2)
    article = norm(normalizer, text)
    assert article.title == "Menjaga tenun ikat Sikka"
    assert article.lead == standfirst
    assert people(article) == [("Maria Lewar", "author")]
    assert article.body == (BODY_1, BODY_2)


def test_lead_only_right_before_the_dateline_paragraph(normalizer: Normalizer) -> None:
    opener = (
        "Paragraf ini bukan ringkasan melainkan isi berita yang ditulis tanpa dateline sama sekali."
    )
    text = "Judul berita hari ini\n\n" + opener + "\n\n" + BODY_2 + "\n"
    article = norm(normalizer, text, outlet="antara")
    assert article.lead is None
    assert article.body == (opener, BODY_2)


def test_html_title_after_navigation_and_figcaption(normalizer: Normalizer) -> None:
    page = (
        "<html><body><nav><p>Beranda</p></nav><h1>Judul berita</h1>"
        "<p>Ringkasan berita ini ditulis dalam satu kalimat panjang tanpa titik di akhir</p>"
        "<figure><figcaption>Warga antre di pasar. (ANTARA/Budi)</figcaption></figure>"
        "<p>Jakarta (ANTARA) - " + BODY_1 + "</p><p>" + BODY_2 + "</p></body></html>"
    )
    article = norm(normalizer, page)
    assert article.title == "Judul berita"
    assert article.lead == (
        "Ringkasan berita ini ditulis dalam satu kalimat panjang tanpa titik di akhir"
    )
    assert article.captions == ("Warga antre di pasar. (ANTARA/Budi)",)
    assert article.body == (BODY_1, BODY_2)
    assert removed(article) == [("Beranda", "navigation")]


# --- datelines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "source"),
    [
        ("Jakarta (ANTARA) - ", "Jakarta", "ANTARA"),
        ("Jakarta (ANTARA) – ", "Jakarta", "ANTARA"),
        ("Jakarta (ANTARA) — ", "Jakarta", "ANTARA"),
        ("Jakarta (ANTARA)-", "Jakarta", "ANTARA"),
        ("Jakarta (ANTARA) -", "Jakarta", "ANTARA"),
        ("JAKARTA (ANTARA) - ", "Jakarta", "ANTARA"),
        ("BANDAR LAMPUNG (ANTARA) - ", "Bandar Lampung", "ANTARA"),
        ("Sleman, DIY (ANTARA) - ", "Sleman, DIY", "ANTARA"),
        ("(ANTARA) - ", None, "ANTARA"),
        ("Jakarta (ANTARA News) - ", "Jakarta", "ANTARA News"),
        ("Jakarta, (ANTARA News) - ", "Jakarta", "ANTARA News"),
        ("Surabaya (ANTARA Jatim) - ", "Surabaya", "ANTARA Jatim"),
        ("Jakarta, Dec 29, 2018 (Antara) - ", "Jakarta", "Antara"),
        ("Jakarta, 31/12/2021 (ANTARA) - ", "Jakarta", "ANTARA"),
        ("Jakarta, 16/6 (ANTARA) - ", "Jakarta", "ANTARA"),
        ("Medan, 3/11 (ANTARA News) - ", "Medan", "ANTARA News"),
    ],
)
def test_datelines(normalizer: Normalizer, opening: str, place: str | None, source: str) -> None:
    article = norm(normalizer, story(BODY_2, dateline=opening))
    assert article.outlet == "antara"
    assert article.dateline == newsnorm.Dateline(text=opening, place=place, source=source)
    assert article.body == (BODY_1, BODY_2)


def test_dateline_parser_rejects_other_sources() -> None:
    assert antara.parse_dateline("Jakarta (Reuters) - Isi.") is None
    assert antara.parse_dateline("Jakarta - Isi.") is None
    assert antara.parse_dateline("Kantor Berita Antara (ANTARA) adalah kantor berita.") is None


def test_one_line_header_two_part_place(normalizer: Normalizer) -> None:
    text = "Wisatawan padati Tebing Breksi Sleman, DIY (ANTARA) - " + BODY_1 + " " + BODY_2
    article = norm(normalizer, text)
    assert article.title == "Wisatawan padati Tebing Breksi"
    assert article.dateline is not None
    assert article.dateline.place == "Sleman, DIY"
    assert article.body == (BODY_1 + " " + BODY_2,)


# --- date lines and dates -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Jumat, 27 Mei 2022 15:12 WIB", datetime(2022, 5, 27, 15, 12, tzinfo=WIB)),
        ("Senin, 4 Juli 2011 20:13 WIB | 1.987 Views", datetime(2011, 7, 4, 20, 13, tzinfo=WIB)),
        ("Kamis, 2 Mei 2024 08:15 WITA", datetime(2024, 5, 2, 8, 15, tzinfo=WITA)),
        ("Friday, May 26, 2023 18:05 WIB", datetime(2023, 5, 26, 18, 5, tzinfo=WIB)),
        ("27 Mei 2022", date(2022, 5, 27)),
    ],
)
def test_date_line_formats(normalizer: Normalizer, line: str, value: date) -> None:
    article = norm(normalizer, "Judul berita hari ini\n\n" + line + "\n\n" + story(BODY_2))
    assert article.published == value
    assert (line, "date-line") in removed(article)
    assert article.title == "Judul berita hari ini"


def test_date_line_in_one_line_text(normalizer: Normalizer) -> None:
    text = "Judul berita hari ini Jumat, 27 Mei 2022 15:12 WIB Jakarta (ANTARA) - " + BODY_1
    article = norm(normalizer, text)
    assert article.title == "Judul berita hari ini"
    assert article.published == datetime(2022, 5, 27, 15, 12, tzinfo=WIB)
    assert article.body == (BODY_1,)


def test_in_body_dates_use_the_date_line(normalizer: Normalizer) -> None:
    text = "Judul berita\n\nJumat, 27 Mei 2022 15:12 WIB\n\n" + story(
        "Hal itu disampaikan di Jakarta, Jumat.",
        "Rapat digelar pada Rabu (25/5) dan berlanjut pada Januari-Maret 2022.",
        "Warga memadati taman kota, Minggu pagi.",
        "Pasar tutup setiap Minggu pagi.",
    )
    article = norm(normalizer, text)
    assert [(d.text, d.value) for d in article.dates] == [
        ("Jumat", date(2022, 5, 27)),
        ("Rabu (25/5)", date(2022, 5, 25)),
        (
            "Januari-Maret 2022",
            newsnorm.DateRange(newsnorm.YearMonth(2022, 1), newsnorm.YearMonth(2022, 3)),
        ),
        ("Minggu", date(2022, 5, 22)),
    ]


# --- robustness ---------------------------------------------------------------------


def test_empty_and_blank_inputs(normalizer: Normalizer) -> None:
    for text in ("", "   \n\n  ", "(ANTARA) -", "Baca juga:", "Editor:"):
        article = norm(normalizer, text, outlet="antara")
        assert isinstance(article, Article)


def test_one_megabyte_one_line_text(normalizer: Normalizer) -> None:
    sentence = "Harga beras di pasar induk kembali turun pada pekan ini menurut pedagang. "
    text = "Jakarta (ANTARA) - " + sentence * (1_000_000 // len(sentence))
    started = time.perf_counter()
    article = norm(normalizer, text)
    assert time.perf_counter() - started < 20
    assert article.outlet == "antara"
    assert article.warnings == ()
    assert len(article.body) == 1


def test_fifty_thousand_clutter_lines(normalizer: Normalizer) -> None:
    text = "Judul berita\n\n" + story(BODY_2) + "Baca juga: Judul berita lain\n" * 50_000
    started = time.perf_counter()
    article = norm(normalizer, text)
    assert time.perf_counter() - started < 30
    assert article.body == (BODY_1, BODY_2)
    assert len(article.removed) == 50_000
