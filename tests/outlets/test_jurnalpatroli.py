"""The JurnalPatroliNews plugin (plugins/newsnorm_outlets/jurnalpatroli.py)."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest

from newsnorm import Article, Document, Normalizer, Person
from newsnorm.dates import WIB
from newsnorm.source import prepare
from newsnorm_outlets import jurnalpatroli

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

TITLE = "Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Saluran Air"
DATELINE = "JurnalPatroliNews – Karawang – "
FIRST = (
    "Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air menjelang musim hujan."
)
SECOND = "Kepala desa mengatakan kegiatan serupa akan digelar setiap bulan."
P1 = DATELINE + FIRST


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def removed(article: Article) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in article.removed]


def document(text: str, url: str | None = None) -> Document:
    return prepare(text, url=url).document


# --------------------------------------------------------------------------
# Detection


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{TITLE}\n\n{P1}\n\n{SECOND}", id="desktop-en-dash"),
        pytest.param(f"{TITLE}\n\nJurnalPatroliNews - Jakarta - {FIRST}", id="hyphen"),
        pytest.param(f"{TITLE}\n\nJURNALPATROLINEWS — {FIRST}", id="capitals-no-place"),
        pytest.param(f"{TITLE}\n\nJurnalpatrolinews.co.id – {FIRST}", id="co-id-source"),
        pytest.param(f"{TITLE}\n\nKarawang, JurnalPatroliNews — {FIRST}", id="place-first"),
        pytest.param(f"{TITLE} Senin, 13 Oktober 2025 {P1} {SECOND}", id="one-line"),
        pytest.param(
            f"{TITLE}\n\nOleh Lukman Hakim - Agustus 15, 2018\n\nShare\nFacebook\nTwitter\n"
            f"WhatsApp\n\nJurnalPatroliNews – KARAWANG – {FIRST}",
            id="legacy-2018",
        ),
    ],
)
def test_detects_each_layout_by_its_dateline(normalizer: Normalizer, text: str) -> None:
    found = normalizer.detect(text)
    assert found[0].outlet == "jurnalpatroli"
    assert found[0].score == pytest.approx(0.9)
    assert normalizer.normalize(text).outlet == "jurnalpatroli"


def test_detects_a_page_by_its_site_name(normalizer: Normalizer) -> None:
    page = (
        '<html><head><meta property="og:site_name" content="JurnalPatroliNews"></head>'
        f"<body><h1>{TITLE}</h1><p>{FIRST}</p></body></html>"
    )
    found = normalizer.detect(page)
    assert (found[0].outlet, found[0].score) == ("jurnalpatroli", pytest.approx(0.9))


@pytest.mark.parametrize(
    "trailer",
    [
        "Copyright © 2024 JurnalPatroliNews. All Rights Reserved.",
        "Ikuti berita terkini JurnalPatroliNews di Google News",
    ],
)
def test_detects_a_column_by_its_trailer_with_a_lower_score(
    normalizer: Normalizer, trailer: str
) -> None:
    text = f"{TITLE}\n\nOleh: Andi Wijaya\n\n{FIRST}\n\n{SECOND}\n\n{trailer}"
    found = normalizer.detect(text)
    assert (found[0].outlet, found[0].score) == ("jurnalpatroli", pytest.approx(0.7))


@pytest.mark.parametrize(
    "url",
    [
        "https://jurnalpatrolinews.com/2018/08/15/harga-cabai/",
        "https://www.jurnalpatrolinews.co.id/nasional/kerja-bakti/",
        "https://m.jurnalpatrolinews.co.id/nasional/kerja-bakti/",
        "http://bekasi.jurnalpatrolinews.com/berita/1",
    ],
)
def test_url_host_and_subdomains(normalizer: Normalizer, url: str) -> None:
    article = normalizer.normalize(f"{FIRST}\n\n{SECOND}", url=url)
    assert article.outlet == "jurnalpatroli"


def test_a_lookalike_host_is_not_the_outlet(normalizer: Normalizer) -> None:
    article = normalizer.normalize(f"{FIRST}\n\n{SECOND}", url="https://jurnalpatroli.id/a")
    assert article.outlet != "jurnalpatroli"


@pytest.mark.parametrize(
    "seed", ["000_67f5e91c814a9143", "001_eb34b13c84bd5e1f", "003_4300166d2f3059dd",
             "004_a83df6f147938cee"],
)  # fmt: skip
def test_does_not_claim_the_other_outlets_seeds(normalizer: Normalizer, seed: str) -> None:
    data = (SEEDS / f"{seed}.txt").read_bytes()
    assert jurnalpatroli.newsnorm_detect(prepare(data).document) is None
    assert "jurnalpatroli" not in [d.outlet for d in normalizer.detect(data)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kazakhstan adalah negara yang terletak di Asia Tengah dan sebagian kecil di Eropa "
            "Timur. Ibu kotanya adalah Astana, sedangkan kota terbesarnya adalah Almaty. Negara "
            "ini merupakan negara terkurung daratan terbesar di dunia.",
            id="wikipedia-like",
        ),
        pytest.param(
            "ASTANA, June 16 (Reuters) - Chinese President Xi Jinping arrived in Kazakhstan on "
            "Monday for a summit with Central Asian leaders.\n\nReporting by a staff "
            "correspondent; Editing by the desk",
            id="english-wire",
        ),
        pytest.param(
            "Warga diminta membaca juga aturan baru itu. Baca juga: pengumuman di balai desa "
            "sebelum rapat dimulai, kata kepala desa.",
            id="baca-juga-in-a-sentence",
        ),
        pytest.param(
            "Berita itu pertama kali dikutip dari JurnalPatroliNews oleh sejumlah media lain.",
            id="name-in-running-text",
        ),
        pytest.param("", id="empty"),
    ],
)
def test_does_not_claim_unrelated_text(normalizer: Normalizer, text: str) -> None:
    assert jurnalpatroli.newsnorm_detect(document(text)) is None
    assert normalizer.normalize(text).outlet != "jurnalpatroli"


# --------------------------------------------------------------------------
# The seed


def test_seed_requirements(normalizer: Normalizer) -> None:
    article = normalizer.normalize((SEEDS / "002_6e1afed947d7f813.txt").read_bytes())
    assert article.outlet == "jurnalpatroli"
    assert article.title == (
        "China dan Kazakhstan Perkuat Kemitraan Strategis Menuju Perdamaian dan Pembangunan Global"
    )
    assert article.dateline is not None
    assert article.dateline.text == "JurnalPatroliNews – Astana – "
    assert (article.dateline.place, article.dateline.source) == ("Astana", "JurnalPatroliNews")
    assert "1. Penguatan Kepercayaan Strategis" in article.body
    index = article.body.index("1. Penguatan Kepercayaan Strategis")
    assert article.body[index + 1].startswith("Kedua negara diharapkan terus saling mendukung")
    assert article.body[index + 6] == "4. Pertukaran Antarwarga"
    assert removed(article) == [("Komentar", "comment-prompt")]
    assert [(d.text, d.value) for d in article.dates] == [("Senin (16/6/2025)", date(2025, 6, 16))]
    assert article.warnings == ()


# --------------------------------------------------------------------------
# Clean text and words inside sentences


def test_clean_article_passes_through_untouched(normalizer: Normalizer) -> None:
    paragraphs = [
        FIRST,
        "Komentar warga tentang rencana itu beragam, sebagian mendukung dan sebagian menolak.",
        "Surat edaran yang dibaca juga oleh para ketua RT itu memuat jadwal kerja bakti.",
        "Ikuti perkembangan cuaca melalui kanal resmi BMKG, kata kepala desa.",
        "Warga diminta tidak membagikan (share) kabar bohong dan tetap tinggalkan balasan "
        "yang santun di grup percakapan.",
        "Kegiatan ditutup dengan makan bersama (Red Velvet jadi kue favorit anak-anak).",
        "Tags dan label pada karung sampah dibedakan menurut jenisnya.",
        SECOND,
    ]
    text = DATELINE + "\n\n".join(paragraphs)
    article = normalizer.normalize(text)
    assert article.outlet == "jurnalpatroli"
    assert article.body == tuple(paragraphs)
    assert article.removed == ()
    assert article.warnings == ()


def test_a_sentence_ending_in_an_acronym_in_parentheses_is_kept(normalizer: Normalizer) -> None:
    last = "Acara itu turut dihadiri perwakilan Badan Penanggulangan Bencana Daerah (BPBD)"
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{last}")
    assert article.body == (FIRST, last)
    assert article.removed == ()


def test_typos_are_kept(normalizer: Normalizer) -> None:
    typo = "Kepala desa mengatakan kegiatan serupa akan digelar setiap buln."
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{typo}\n\nKomentar")
    assert article.body == (FIRST, typo)


def test_lists_stay_one_paragraph_per_item(normalizer: Normalizer) -> None:
    text = (
        f"{TITLE}\n\n{P1}\n\nLangkah yang dilakukan warga:\n\n"
        "  1. Mengeruk lumpur di saluran utama\n"
        "    Lumpur diangkut ke lahan kosong di ujung desa.\n"
        "  2. Memperbaiki pintu air\n"
        "• Menanam pohon di tepi saluran\n"
        "- Memasang papan larangan membuang sampah\n\nKomentar"
    )
    article = normalizer.normalize(text)
    assert article.body == (
        FIRST,
        "Langkah yang dilakukan warga:",
        "1. Mengeruk lumpur di saluran utama",
        "Lumpur diangkut ke lahan kosong di ujung desa.",
        "2. Memperbaiki pintu air",
        "• Menanam pohon di tepi saluran",
        "- Memasang papan larangan membuang sampah",
    )


# --------------------------------------------------------------------------
# Clutter: each form on its own line, glued at the start or end, mid-line

# (form, text, reason, trailing): a trailing form closes the story, so its
# mid-line case is one-line text where other trailers follow it; the others
# can sit anywhere, so mid-line means body text follows.
FORMS = [
    ("komentar", "Komentar", "comment-prompt", True),
    ("comment-count", "0 Komentar", "comment-count", True),
    (
        "comment-form",
        "Tinggalkan Balasan Alamat email Anda tidak akan dipublikasikan. "
        "Ruas yang wajib ditandai *",
        "comment-form",
        False,
    ),
    ("comment-form-en", "Leave a Reply Cancel reply", "comment-form", False),
    ("share-bar", "Bagikan Facebook Twitter WhatsApp Telegram", "share-bar", False),
    ("share-names", "Facebook Twitter WhatsApp", "share-bar", False),
    ("google-news", "Simak berita dan artikel lainnya di Google News", "social-follow", False),
    (
        "copyright",
        "Copyright © 2024 JurnalPatroliNews. All Rights Reserved.",
        "copyright",
        False,
    ),
    ("related", "Baca juga: Banjir Rob Rendam Pesisir Muara Gembong", "related-link", False),
    ("tags", "Tags: Karawang, Kerja Bakti", "tags", True),
    ("sign-off-red", "(*/Red)", "sign-off", True),
    ("sign-off-rls", "(rls)", "sign-off", True),
    ("sign-off-initials", "(Luk)", "sign-off", True),
    ("syndication", "Sumber: ANTARA", "syndication", True),
]
FORM_IDS = [f[0] for f in FORMS]


@pytest.mark.parametrize(("name", "clutter", "reason", "trailing"), FORMS, ids=FORM_IDS)
def test_clutter_on_its_own_line(
    normalizer: Normalizer, name: str, clutter: str, reason: str, trailing: bool
) -> None:
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{SECOND}\n\n{clutter}")
    assert article.body == (FIRST, SECOND)
    assert removed(article) == [(clutter, reason)]
    assert article.warnings == ()


@pytest.mark.parametrize(("name", "clutter", "reason", "trailing"), FORMS, ids=FORM_IDS)
def test_clutter_glued_at_the_end(
    normalizer: Normalizer, name: str, clutter: str, reason: str, trailing: bool
) -> None:
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{SECOND} {clutter}")
    assert article.body == (FIRST, SECOND)
    assert removed(article) == [(clutter, reason)]


@pytest.mark.parametrize(("name", "clutter", "reason", "trailing"), FORMS, ids=FORM_IDS)
def test_clutter_mid_line_in_one_line_text(
    normalizer: Normalizer, name: str, clutter: str, reason: str, trailing: bool
) -> None:
    if trailing:
        text = f"{P1} {SECOND} {clutter} Editor: Dewi Anggraini Komentar"
        article = normalizer.normalize(text)
        assert article.body == (f"{FIRST} {SECOND}",)
        assert (clutter, reason) in removed(article)
        assert ("Komentar", "comment-prompt") in removed(article)
        assert [p.name for p in article.authors] == ["Dewi Anggraini"]
    else:
        article = normalizer.normalize(f"{P1} {clutter} {SECOND}")
        assert article.body == (f"{FIRST} {SECOND}",)
        assert removed(article) == [(clutter, reason)]


ANYWHERE = [f for f in FORMS if not f[3] and f[0] != "related"]


@pytest.mark.parametrize(
    ("name", "clutter", "reason", "trailing"), ANYWHERE, ids=[f[0] for f in ANYWHERE]
)
def test_clutter_glued_at_the_start(
    normalizer: Normalizer, name: str, clutter: str, reason: str, trailing: bool
) -> None:
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{clutter} {SECOND}")
    assert article.body == (FIRST, SECOND)
    assert removed(article) == [(clutter, reason)]


def test_related_link_glued_at_the_start_of_a_paragraph(normalizer: Normalizer) -> None:
    link = "Baca juga: Banjir Rob Rendam Pesisir Muara Gembong"
    text = f"{TITLE}\n\n{P1}\n\n{link} Kepala desa mengatakan kegiatan serupa akan digelar."
    article = normalizer.normalize(text)
    assert article.body == (FIRST, "Kepala desa mengatakan kegiatan serupa akan digelar.")
    assert removed(article) == [(link, "related-link")]


def test_share_bar_and_credit_glued_before_the_dateline(normalizer: Normalizer) -> None:
    text = f"Penulis: BUDI SANTOSO Bagikan Facebook Twitter WhatsApp {P1} {SECOND}"
    article = normalizer.normalize(text)
    assert article.dateline is not None
    assert article.dateline.place == "Karawang"
    assert article.body == (f"{FIRST} {SECOND}",)
    assert removed(article) == [
        ("Penulis: BUDI SANTOSO", "byline"),
        ("Bagikan Facebook Twitter WhatsApp", "share-bar"),
    ]
    assert article.authors == (Person(name="Budi Santoso", role="author"),)


def test_one_line_trailer_sequence_is_peeled_in_order(normalizer: Normalizer) -> None:
    text = (
        f"{P1} {SECOND} (Red) Editor: Dewi Anggraini Tags: Karawang, Kerja Bakti Komentar "
        "Tinggalkan Balasan Alamat email Anda tidak akan dipublikasikan. "
        "Ruas yang wajib ditandai *"
    )
    article = normalizer.normalize(text)
    assert article.body == (f"{FIRST} {SECOND}",)
    assert removed(article) == [
        ("(Red)", "sign-off"),
        ("Editor: Dewi Anggraini", "byline"),
        ("Tags: Karawang, Kerja Bakti", "tags"),
        ("Komentar", "comment-prompt"),
        (
            "Tinggalkan Balasan Alamat email Anda tidak akan dipublikasikan. "
            "Ruas yang wajib ditandai *",
            "comment-form",
        ),
    ]


def test_wordpress_comment_form_lines(normalizer: Normalizer) -> None:
    form = [
        "Tinggalkan Balasan",
        "Batalkan balasan",
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
        "Komentar *",
        "Nama *",
        "Email *",
        "Situs Web",
        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
        "Kirim Komentar",
    ]
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{SECOND}\n\n" + "\n".join(form))
    assert article.body == (FIRST, SECOND)
    assert removed(article) == [(line, "comment-form") for line in form]


def test_headed_lists_navigation_logo(normalizer: Normalizer) -> None:
    text = (
        f"JurnalPatroliNews\n{TITLE}\n\n{P1}\n\n{SECOND}\n\n"
        "Artikel sebelumnya\nDinkes Purwakarta Gelar Imunisasi Campak di 20 Sekolah\n"
        "ARTIKEL TERKAIT\nPedagang Daging Sapi di Cikampek Keluhkan Sepinya Pembeli\n"
        "TAGS\nKarawang\nKerja Bakti"
    )
    article = normalizer.normalize(text)
    assert article.title == TITLE
    assert article.body == (FIRST, SECOND)
    assert removed(article) == [
        ("JurnalPatroliNews", "logo"),
        ("Artikel sebelumnya", "navigation"),
        ("Dinkes Purwakarta Gelar Imunisasi Campak di 20 Sekolah", "navigation"),
        ("ARTIKEL TERKAIT", "related-link"),
        ("Pedagang Daging Sapi di Cikampek Keluhkan Sepinya Pembeli", "related-link"),
        ("TAGS", "tags"),
        ("Karawang", "tags"),
        ("Kerja Bakti", "tags"),
    ]


def test_a_category_line_is_navigation_on_pages_only(normalizer: Normalizer) -> None:
    item = "Kategori: Usaha mikro dengan omzet di bawah Rp300 juta"
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{item}\n\n{SECOND}")
    assert article.body == (FIRST, item, SECOND)
    page = (
        f"<html><body><h1>{TITLE}</h1><p>{P1}</p><p>{SECOND}</p>"
        "<div>Kategori: <a href='/daerah/'>Daerah</a></div></body></html>"
    )
    article = normalizer.normalize(page)
    assert article.outlet == "jurnalpatroli"
    assert article.body == (FIRST, SECOND)
    assert removed(article) == [("Kategori: Daerah", "navigation")]


def test_lone_weak_network_lines_are_kept(normalizer: Normalizer) -> None:
    text = f"{TITLE}\n\n{P1}\n\nLine\nEmail\n\n{SECOND}"
    assert normalizer.normalize(text).body == (FIRST, "Line", "Email", SECOND)


def test_a_quoted_dateline_in_the_body_does_not_make_a_title(normalizer: Normalizer) -> None:
    quoted = (
        "Hal itu pernah diberitakan JurnalPatroliNews - Jakarta - pada pekan lalu, kata "
        "seorang warga."
    )
    text = f"{TITLE}\n\nJakarta (ANTARA) - {FIRST}\n\n{quoted}"
    article = normalizer.normalize(text, url="https://jurnalpatrolinews.com/a/1")
    assert article.title == TITLE
    assert article.body == (FIRST, quoted)
    assert article.removed == ()


def test_wire_sign_off_is_syndication(normalizer: Normalizer) -> None:
    for closing in ("(ANTARA)", "(*/Ant)"):
        article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{SECOND} {closing}")
        assert article.body == (FIRST, SECOND)
        assert removed(article) == [(closing, "syndication")]


@pytest.mark.parametrize(
    "last",
    [
        "Sumber: Badan Pusat Statistik",
        "Tag: nomor pada kantong jenazah tertulis jelas",
        "Menteri Enggan Beri Komentar",
        "Warga diminta share info ini lewat Facebook Twitter",
    ],
)
def test_look_alike_endings_are_kept(normalizer: Normalizer, last: str) -> None:
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{last}")
    assert article.body == (FIRST, last)
    assert article.removed == ()


def test_one_line_photo_credit_before_the_dateline(normalizer: Normalizer) -> None:
    article = normalizer.normalize(f"Foto: Istimewa {P1} {SECOND}")
    assert article.captions == ("Foto: Istimewa",)
    assert article.title is None
    assert article.body == (f"{FIRST} {SECOND}",)


def test_a_lone_network_name_in_the_body_is_kept(normalizer: Normalizer) -> None:
    text = f"{TITLE}\n\n{P1}\n\nFacebook\n\n{SECOND}"
    assert normalizer.normalize(text).body == (FIRST, "Facebook", SECOND)


def test_a_list_of_networks_in_a_sentence_is_kept(normalizer: Normalizer) -> None:
    last = "Informasi disebarkan lewat Facebook, Twitter, WhatsApp, dan Telegram desa."
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{last}")
    assert article.body == (FIRST, last)


# --------------------------------------------------------------------------
# Bylines


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Penulis: Budi Santoso", [("Budi Santoso", "author")]),
        ("Editor: Rahmat Hidayat", [("Rahmat Hidayat", "editor")]),
        ("Reporter: Fajar Nugroho", [("Fajar Nugroho", "reporter")]),
        ("Pewarta: Siti Rohmah", [("Siti Rohmah", "reporter")]),
        ("PENULIS: YOGA PRATAMA", [("Yoga Pratama", "author")]),
        (
            "Penulis: Budi Santoso, Ani Lestari & Dewi Sartika",
            [("Budi Santoso", "author"), ("Ani Lestari", "author"), ("Dewi Sartika", "author")],
        ),
        (
            "Penulis: Agus Setiawan | Editor: Nur Aini",
            [("Agus Setiawan", "author"), ("Nur Aini", "editor")],
        ),
        ("Oleh: Dr. Andi Wijaya, S.H., M.H. (Pengamat Hukum)", [("Andi Wijaya", "author")]),
        ("Oleh: Prof. Ir. Sri Lestari, M.Si., Ph.D.", [("Sri Lestari", "author")]),
    ],
)
def test_credit_lines(normalizer: Normalizer, line: str, people: list[tuple[str, str]]) -> None:
    texts = [f"{TITLE}\n\n{line}\n\n{P1}\n\n{SECOND}", f"{TITLE}\n\n{P1}\n\n{SECOND}\n\n{line}"]
    if not line.startswith("Oleh"):  # a column's "Oleh:" heads it, never closes it
        texts.append(f"{TITLE}\n\n{P1}\n\n{SECOND} {line}")
    for text in texts:
        article = normalizer.normalize(text)
        assert [(p.name, p.role) for p in article.authors] == people
        assert removed(article) == [(line, "byline")]
        assert article.body == (FIRST, SECOND)


def test_an_empty_label_gives_no_person(normalizer: Normalizer) -> None:
    article = normalizer.normalize(f"{TITLE}\n\n{P1}\n\n{SECOND}\n\nEditor:")
    assert article.authors == ()
    assert removed(article) == [("Editor:", "byline")]
    assert article.body == (FIRST, SECOND)


def test_photo_credit_is_a_caption_not_a_photographer(normalizer: Normalizer) -> None:
    article = normalizer.normalize(f"{TITLE}\n\nFoto: Istimewa\n\n{P1}\n\n{SECOND}")
    assert article.captions == ("Foto: Istimewa",)
    assert article.authors == ()
    assert article.body == (FIRST, SECOND)


def test_legacy_meta_line_gives_author_and_date(normalizer: Normalizer) -> None:
    text = f"{TITLE}\n\nOleh LUKMAN HAKIM - Agustus 15, 2018\n\n{P1}\n\n{SECOND}"
    article = normalizer.normalize(text)
    assert article.authors == (Person(name="Lukman Hakim", role="author"),)
    assert article.published == date(2018, 8, 15)
    assert article.body == (FIRST, SECOND)


# --------------------------------------------------------------------------
# Datelines


@pytest.mark.parametrize(
    ("opening", "place", "source"),
    [
        ("JurnalPatroliNews – Astana – ", "Astana", "JurnalPatroliNews"),
        ("JurnalPatroliNews - Jakarta - ", "Jakarta", "JurnalPatroliNews"),
        ("JurnalPatroliNews — Jakarta — ", "Jakarta", "JurnalPatroliNews"),
        ("JurnalPatroliNews–Jakarta–", "Jakarta", "JurnalPatroliNews"),
        ("JurnalPatroliNews -Jakarta- ", "Jakarta", "JurnalPatroliNews"),
        ("JURNALPATROLINEWS – JAKARTA – ", "Jakarta", "JURNALPATROLINEWS"),
        ("JurnalPatroliNews – KARAWANG – ", "Karawang", "JurnalPatroliNews"),
        ("JurnalPatroliNews – Bekasi, Jawa Barat – ", "Bekasi, Jawa Barat", "JurnalPatroliNews"),
        ("JurnalPatroliNews – Bandar Lampung – ", "Bandar Lampung", "JurnalPatroliNews"),
        ("Jakarta, JurnalPatroliNews – ", "Jakarta", "JurnalPatroliNews"),
        ("JAKARTA – JurnalPatroliNews – ", "Jakarta", "JurnalPatroliNews"),
        ("Karawang, JurnalPatroliNews — ", "Karawang", "JurnalPatroliNews"),
        ("JurnalPatroliNews – Jakarta, ", "Jakarta", "JurnalPatroliNews"),
        ("JurnalPatroliNews – ", None, "JurnalPatroliNews"),
        ("JURNALPATROLINEWS — ", None, "JURNALPATROLINEWS"),
        ("Jurnalpatrolinews.co.id – ", None, "Jurnalpatrolinews.co.id"),
        ("JurnalPatroliNews.com - Depok - ", "Depok", "JurnalPatroliNews.com"),
    ],
)
def test_datelines(normalizer: Normalizer, opening: str, place: str | None, source: str) -> None:
    article = normalizer.normalize(f"{TITLE}\n\n{opening}{FIRST}\n\n{SECOND}")
    assert article.outlet == "jurnalpatroli"
    assert article.dateline is not None
    assert article.dateline.text == opening
    assert (article.dateline.place, article.dateline.source) == (place, source)
    assert article.body == (FIRST, SECOND)


def test_a_subject_after_the_source_is_not_a_place(normalizer: Normalizer) -> None:
    text = f"{TITLE}\n\nJurnalPatroliNews – Presiden Prabowo, Senin, meresmikan bendungan."
    article = normalizer.normalize(text)
    assert article.dateline is not None
    assert article.dateline.text == "JurnalPatroliNews – "
    assert article.dateline.place is None
    assert article.body == ("Presiden Prabowo, Senin, meresmikan bendungan.",)


def test_parse_dateline_returns_none_for_other_openings() -> None:
    assert jurnalpatroli.newsnorm_parse_dateline("Jakarta (ANTARA) - Harga naik.") is None
    assert jurnalpatroli.newsnorm_parse_dateline("Warga berkumpul di balai desa.") is None
    assert jurnalpatroli.newsnorm_parse_dateline("") is None


# --------------------------------------------------------------------------
# Date lines


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Senin, 16 Juni 2025 | 14:30 WIB", datetime(2025, 6, 16, 14, 30, tzinfo=WIB)),
        ("Sabtu, 11 Oktober 2025 - 19:05 WIB", datetime(2025, 10, 11, 19, 5, tzinfo=WIB)),
        ("16 Juni 2025", date(2025, 6, 16)),
        ("Juni 16, 2025", date(2025, 6, 16)),
    ],
)
def test_date_lines(normalizer: Normalizer, line: str, value: date) -> None:
    article = normalizer.normalize(f"{TITLE}\n\n{line}\n\n{P1}\n\n{SECOND}")
    assert article.published == value
    assert removed(article) == [(line, "date-line")]
    assert article.body == (FIRST, SECOND)


def test_one_line_title_and_date_before_the_dateline(normalizer: Normalizer) -> None:
    text = f"{TITLE} Selasa, 14 Oktober 2025 | 16:20 WIB {P1} {SECOND} Komentar"
    article = normalizer.normalize(text)
    assert article.title == TITLE
    assert article.published == datetime(2025, 10, 14, 16, 20, tzinfo=WIB)
    assert article.dateline is not None
    assert article.dateline.place == "Karawang"
    assert article.body == (f"{FIRST} {SECOND}",)
    assert removed(article) == [
        ("Selasa, 14 Oktober 2025 | 16:20 WIB", "date-line"),
        ("Komentar", "comment-prompt"),
    ]


def test_year_less_date_resolved_by_the_date_line(normalizer: Normalizer) -> None:
    text = f"{TITLE}\n\n15 Agustus 2018\n\n{DATELINE}Harga cabai naik, Rabu (15/8).\n\nKomentar"
    article = normalizer.normalize(text)
    assert [(d.text, d.value) for d in article.dates] == [("Rabu (15/8)", date(2018, 8, 15))]


# --------------------------------------------------------------------------
# Robustness


def test_empty_and_blank_input(normalizer: Normalizer) -> None:
    for text in ("", "   \n\n  ", "Komentar"):
        article = normalizer.normalize(text, outlet="jurnalpatroli")
        assert article.outlet == "jurnalpatroli"
        assert article.warnings == ()


def test_a_megabyte_on_one_line(normalizer: Normalizer) -> None:
    sentence = "Warga bergotong royong membersihkan saluran air di desa. "
    text = f"{TITLE} {P1} " + sentence * (1_000_000 // len(sentence)) + "(Red) Komentar"
    started = time.perf_counter()
    article = normalizer.normalize(text)
    assert time.perf_counter() - started < 30
    assert article.outlet == "jurnalpatroli"
    assert article.warnings == ()
    assert removed(article)[-2:] == [("(Red)", "sign-off"), ("Komentar", "comment-prompt")]


def test_fifty_thousand_clutter_lines(normalizer: Normalizer) -> None:
    lines = ["Komentar", "Facebook Twitter WhatsApp", "(Red)", "Tags: Karawang"] * 12_500
    text = f"{TITLE}\n\n{P1}\n\n{SECOND}\n\n" + "\n".join(lines)
    started = time.perf_counter()
    article = normalizer.normalize(text)
    assert time.perf_counter() - started < 30
    assert article.body == (FIRST, SECOND)
    assert len(article.removed) == 50_000
    assert article.warnings == ()
