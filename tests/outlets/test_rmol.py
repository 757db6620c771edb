"""The RMOL plugin (plugins/newsnorm_outlets/rmol.py) through the public API."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest

from newsnorm import Article, Dateline, Normalizer
from newsnorm.dates import WIB, WITA

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
RMOL_SEED = SEEDS / "003_4300166d2f3059dd.txt"
OTHER_SEEDS = sorted(p for p in SEEDS.glob("*.txt") if p != RMOL_SEED)

S1 = "Presiden Tokayev menegaskan hubungan kedua negara tetap erat, Rabu (15/6)."
S2 = "Dia menambahkan bahwa kerja sama ekonomi akan diperluas tahun depan."
S3 = "Pemerintah Kazakhstan juga menyiapkan jalur kereta baru menuju pelabuhan di Laut Kaspia."
TITLE = "Presiden Tokayev Tegaskan Hubungan dengan Rusia Tetap Erat"
PROMPT = "Temukan berita-berita hangat terpercaya dari Kantor Berita Politik RMOL di Google News."
HOWTO = "Untuk mengikuti silakan klik tanda bintang."
COPY = (
    "Artikel ini telah tayang di Rmoljatim.id dengan judul Jalur Kereta Baru ke Laut Kaspia, "
    "https://www.rmoljatim.id/jalur-kereta-baru-ke-laut-kaspia."
)


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def norm(normalizer: Normalizer, text: str, **kwargs: object) -> Article:
    return normalizer.normalize(text, **kwargs)  # type: ignore[arg-type]


def removed(article: Article) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in article.removed]


def people(article: Article) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.role, p.url) for p in article.authors]


def desktop(*paragraphs: str, header: str = "LAPORAN: RENI ERINA") -> str:
    """A 2018+ desktop page as a scraper leaves it: header, then paragraphs."""
    return (
        f"{TITLE}\n\n{header}\n  • Kamis, 16 Juni 2022, 07:00 WIB\n{TITLE}\n"
        "Presiden Kassym-Jomart Tokayev/Net\n" + "\n\n".join(paragraphs) + "\n"
    )


# --- detection ----------------------------------------------------------------------

LAYOUTS = {
    "2018-desktop": desktop(f"rmol news logo {S1}", f"{S2} rmol news logo article"),
    "2018-header-only": desktop(S1, S2),
    "2011-opener": f"{TITLE}\nRabu, 12 Oktober 2011 , 14:23:00 WIB\n\nRMOL. {S1}\n\n{S2}\n",
    "regional-opener": f"{TITLE}\n\nRMOLJatim. {S1}\n\n{S2}\n",
    "amp-2014": (
        f"Berita\n\ndpr/net\n\nPolitik\n\n{TITLE}\n\n"
        f"KAMIS, 02 OKTOBER 2014 | 21:22 WIB | LAPORAN: ALDI GULTOM\n\n{S1}\n\n{S2}\n"
    ),
    "google-news-trailer": f"{S1}\n\n{S2}\n\n{PROMPT}\n{HOWTO}\n",
    "copy-trailer": f"{S1}\n\n{S2}\n\n{COPY}\nLAPORAN : Budi Santoso\n",
    "profile-link": (
        f"{TITLE}\n\nLAPORAN: <a href='https://rmol.id/about/reni-erina-1'>RENI ERINA</a>\n{S1}\n"
    ),
    "one-line": f"rmol news logo {S1} {S2} rmol news logo article {PROMPT} {HOWTO} FOLLOW US",
    "sumber": f"{S1}\n\n{S2}\n\nsumber: rmol.id\n",
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_each_layout_is_detected_without_url(normalizer: Normalizer, name: str) -> None:
    detections = normalizer.detect(LAYOUTS[name])
    assert detections, name
    assert detections[0].outlet == "rmol"
    assert detections[0].score >= 0.5
    assert norm(normalizer, LAYOUTS[name]).outlet == "rmol"


def test_html_page_is_detected_by_its_site_name(normalizer: Normalizer) -> None:
    page = (
        '<html><head><meta property="og:site_name" content="Kantor Berita Politik RMOL">'
        f"</head><body><h1>{TITLE}</h1><p>{S1}</p><p>{S2}</p></body></html>"
    )
    article = norm(normalizer, page)
    assert article.outlet == "rmol"
    assert article.body == (S1, S2)


@pytest.mark.parametrize(
    "url",
    [
        "https://rmol.id/dunia/read/2022/06/16/537000/presiden-tokayev",
        "https://www.rmol.id/read/2022/06/16/537000/presiden-tokayev",
        "https://amp.rmol.id/read/2022/06/16/537000/presiden-tokayev",
        "http://www.rmol.co/read/2011/10/12/41000/pimpinan-dewan",
        "https://www.rmoljabar.id/pemkot-bandung-siapkan-parkir",
        "https://m.rmoljatim.id/dinkes-jatim-gelar-imunisasi",
        "https://rmollampung.id/banjir-rendam-ratusan-rumah",
    ],
)
def test_detected_by_url_host_and_subdomains(normalizer: Normalizer, url: str) -> None:
    article = norm(normalizer, f"{S1}\n\n{S2}\n", url=url)
    assert article.outlet == "rmol"


def test_a_lookalike_host_is_not_rmol(normalizer: Normalizer) -> None:
    article = norm(normalizer, f"{S1}\n\n{S2}\n", url="https://notrmol.id/read/1")
    assert article.outlet != "rmol"


@pytest.mark.parametrize("seed", OTHER_SEEDS, ids=[p.stem for p in OTHER_SEEDS])
def test_other_outlets_seeds_are_not_claimed(normalizer: Normalizer, seed: Path) -> None:
    assert all(d.outlet != "rmol" for d in normalizer.detect(seed.read_bytes()))


NEGATIVES = {
    "wikipedia": (
        "Kantor Berita Politik RMOL (sebelumnya Rakyat Merdeka Online) adalah situs berita "
        "daring Indonesia yang didirikan pada tahun 2008. Situs ini berkantor pusat di Jakarta "
        "dan memiliki jaringan media di berbagai provinsi, antara lain RMOLJabar dan RMOLJatim."
    ),
    "english-wire": (
        "ASTANA, June 16 (Reuters) - Kazakh President Kassym-Jomart Tokayev said on Wednesday "
        "his country would comply with Western sanctions against Russia.\n\n"
        '"We will not violate the sanctions," he told a news conference. (Reporting by Staff)'
    ),
    "baca-juga-in-a-sentence": (
        "Pemerintah desa mengimbau warga berhati-hati saat hujan deras. Surat edaran itu "
        "dibaca juga oleh para ketua RT, dan warga diminta Baca juga: papan pengumuman di balai "
        "desa setiap pagi."
    ),
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_unrelated_texts_are_not_claimed(normalizer: Normalizer, name: str) -> None:
    assert all(d.outlet != "rmol" for d in normalizer.detect(NEGATIVES[name]))
    assert norm(normalizer, NEGATIVES[name]).outlet != "rmol"


def test_empty_input_is_not_claimed(normalizer: Normalizer) -> None:
    assert normalizer.detect("") == ()


# --- the seed -----------------------------------------------------------------------


def test_seed_header_trailers_and_dates(normalizer: Normalizer) -> None:
    article = norm(normalizer, RMOL_SEED.read_bytes())
    assert article.outlet == "rmol"
    assert article.title == (
        "Presiden Tokayev: Demi Menjaga Persahabatan dengan Rusia, Kami Bisa Melakukan Segalanya"
    )
    assert people(article) == [("Reni Erina", "reporter", "https://rmol.id/about/reni-erina-1")]
    assert article.published == datetime(2022, 6, 16, 7, 0, tzinfo=WIB)
    assert article.captions == ("Presiden Kassym-Jomart Tokayev/Net",)
    assert article.dateline is None
    assert article.body[0].startswith("Kazakhstan berharap hubungannya")
    assert article.body[-1].endswith('itu tidak benar," tutupnya.')
    assert [(d.text, d.value) for d in article.dates] == [("Rabu (15/6)", date(2022, 6, 15))]
    reasons = [r.reason for r in article.removed]
    assert reasons == [
        "byline", "byline", "date-line", "duplicate-title", "logo", "logo",
        "social-follow", "social-follow", "social-follow", "navigation",
    ]  # fmt: skip
    assert article.warnings == ()


# --- clutter: own line, glued at the start, glued at the end, mid-line ---------------


def body_and_removed(
    normalizer: Normalizer, text: str
) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    article = norm(normalizer, text, outlet="rmol")
    assert article.warnings == ()
    return article.body, removed(article)


CLUTTER_CASES = [
    # (case id, input, expected body, expected removed)
    ("logo/own-line", f"{S1}\n\nrmol news logo\n\n{S2}", (S1, S2), [("rmol news logo", "logo")]),
    ("logo/start", f"rmol news logo {S1}\n\n{S2}", (S1, S2), [("rmol news logo", "logo")]),
    (
        "logo/end",
        f"{S1}\n\n{S2} rmol news logo article",
        (S1, S2),
        [("rmol news logo article", "logo")],
    ),
    (
        "logo/mid-line",
        f"{S1} rmol news logo article {S2}",
        (f"{S1} {S2}",),
        [("rmol news logo article", "logo")],
    ),
    (
        "google-news/own-line",
        f"{S1}\n\n{PROMPT}\n{HOWTO}\n\n{S2}",
        (S1, S2),
        [(PROMPT, "social-follow"), (HOWTO, "social-follow")],
    ),
    (
        "google-news/start",
        f"{PROMPT} {HOWTO} {S1}",
        (S1,),
        [(PROMPT, "social-follow"), (HOWTO, "social-follow")],
    ),
    (
        "google-news/end",
        f"{S1} {PROMPT} {HOWTO}",
        (S1,),
        [(PROMPT, "social-follow"), (HOWTO, "social-follow")],
    ),
    (
        "google-news/mid-line",
        f"{S1} {PROMPT} {HOWTO} {S2}",
        (f"{S1} {S2}",),
        [(PROMPT, "social-follow"), (HOWTO, "social-follow")],
    ),
    (
        "follow-us/own-line",
        f"{S1}\n\nFOLLOW US\n\nFollow Us\n\n{S2}",
        (S1, S2),
        [("FOLLOW US", "social-follow"), ("Follow Us", "social-follow")],
    ),
    (
        "follow-us/start",
        f"{S1}\n\nFOLLOW US BERITA LAINNYA",
        (S1,),
        [("FOLLOW US", "social-follow"), ("BERITA LAINNYA", "navigation")],
    ),
    ("follow-us/end", f"{S1} FOLLOW US", (S1,), [("FOLLOW US", "social-follow")]),
    (
        "follow-us/mid-line",
        f"{S1} {HOWTO} FOLLOW US ARTIKEL LAINNYA",
        (S1,),
        [
            (HOWTO, "social-follow"),
            ("FOLLOW US", "social-follow"),
            ("ARTIKEL LAINNYA", "navigation"),
        ],
    ),
    (
        "more-articles/own-line",
        f"{S1}\n\nARTIKEL LAINNYA\nJalur Kereta Baru Menuju Laut Kaspia\n"
        "Rusia Siapkan Skema Dagang?",
        (S1,),
        [
            ("ARTIKEL LAINNYA", "navigation"),
            ("Jalur Kereta Baru Menuju Laut Kaspia", "navigation"),
            ("Rusia Siapkan Skema Dagang?", "navigation"),
        ],
    ),
    (
        "more-articles/start",
        f"ARTIKEL LAINNYA {S1}",
        (S1,),
        [("ARTIKEL LAINNYA", "navigation")],
    ),
    ("more-articles/end", f"{S1} BERITA LAINNYA", (S1,), [("BERITA LAINNYA", "navigation")]),
    (
        "more-articles/mid-line",
        f"{S1} {S2} ARTIKEL LAINNYA Jalur Kereta Baru Menuju Laut Kaspia Rusia Siapkan Skema",
        (f"{S1} {S2}",),
        [
            (
                "ARTIKEL LAINNYA Jalur Kereta Baru Menuju Laut Kaspia Rusia Siapkan Skema",
                "navigation",
            )
        ],
    ),
    (
        "related/own-line",
        f"{S1}\n\nBERITA TERKAIT:\nKoalisi Partai Belum Satu Suara\n"
        "Jokowi: Hak Pilih Jangan Dikurangi",
        (S1,),
        [
            ("BERITA TERKAIT:", "related-link"),
            ("Koalisi Partai Belum Satu Suara", "related-link"),
            ("Jokowi: Hak Pilih Jangan Dikurangi", "related-link"),
        ],
    ),
    (
        "related/mid-line",
        f"{S1} {PROMPT} BERITA TERKAIT: Koalisi Partai Belum Satu Suara",
        (S1,),
        [
            (PROMPT, "social-follow"),
            ("BERITA TERKAIT: Koalisi Partai Belum Satu Suara", "related-link"),
        ],
    ),
    (
        "baca-juga/own-line",
        f"{S1}\n\nBaca Juga: Rusia Siapkan Jalur Dagang Baru\n\n{S2}",
        (S1, S2),
        [("Baca Juga: Rusia Siapkan Jalur Dagang Baru", "related-link")],
    ),
    (
        "baca-juga/start",
        f"Baca Juga: Rusia Siapkan Jalur Dagang Baru {S2}",
        (S2,),
        [("Baca Juga: Rusia Siapkan Jalur Dagang Baru", "related-link")],
    ),
    (
        "baca-juga/end",
        f"{S1} {S2} Baca Juga: Rusia Siapkan Jalur Dagang Baru",
        (f"{S1} {S2}",),
        [("Baca Juga: Rusia Siapkan Jalur Dagang Baru", "related-link")],
    ),
    (
        "baca-juga/mid-line",
        f"{S1} Baca Juga: Rusia Siapkan Jalur Dagang Baru {S2}",
        (f"{S1} {S2}",),
        [("Baca Juga: Rusia Siapkan Jalur Dagang Baru", "related-link")],
    ),
    ("copy-trailer/own-line", f"{S1}\n\n{S2}\n\n{COPY}", (S1, S2), [(COPY, "syndication")]),
    ("copy-trailer/end", f"{S1} {S2} {COPY}", (f"{S1} {S2}",), [(COPY, "syndication")]),
    (
        "copy-trailer/mid-line",
        f"{S1} {COPY} LAPORAN : Budi Santoso",
        (S1,),
        [(COPY, "syndication"), ("LAPORAN : Budi Santoso", "byline")],
    ),
    (
        "tags/own-line",
        f"{S1}\n\nTAGS\nKAZAKHSTAN\nRUSIA\n\n",
        (S1,),
        [("TAGS", "tags"), ("KAZAKHSTAN", "tags"), ("RUSIA", "tags")],
    ),
    (
        "tags/inline",
        f"{S1}\n\nTagar : kazakhstan rusia sanksi Editor : Budi Santoso",
        (S1,),
        [("Tagar : kazakhstan rusia sanksi", "tags"), ("Editor : Budi Santoso", "byline")],
    ),
    ("share/own-line", f"{S1}\n\nSHARE\n\n{S2}", (S1, S2), [("SHARE", "share-bar")]),
    ("sumber/own-line", f"{S1}\n\nsumber: rmol.id", (S1,), [("sumber: rmol.id", "syndication")]),
    (
        "copyright/own-line",
        f"{S1}\n\n© 2023 Kantor Berita Politik RMOL. All Rights Reserved",
        (S1,),
        [("© 2023 Kantor Berita Politik RMOL. All Rights Reserved", "copyright")],
    ),
    (
        "popular/own-line",
        f"{S1}\n\nPopuler\n\nJalur Kereta Baru Menuju Laut Kaspia\n\n"
        "Rabu, 24 Desember 2025 | 07:26",
        (S1,),
        [
            ("Populer", "navigation"),
            ("Jalur Kereta Baru Menuju Laut Kaspia", "navigation"),
            ("Rabu, 24 Desember 2025 | 07:26", "navigation"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "body", "cut"), [c[1:] for c in CLUTTER_CASES], ids=[c[0] for c in CLUTTER_CASES]
)
def test_clutter_forms(
    normalizer: Normalizer, text: str, body: tuple[str, ...], cut: list[tuple[str, str]]
) -> None:
    assert body_and_removed(normalizer, text) == (body, cut)


def test_a_list_stops_at_the_first_sentence(normalizer: Normalizer) -> None:
    text = f"{S1}\n\nARTIKEL LAINNYA\nJalur Kereta Baru Menuju Laut Kaspia\n{S2}\n{S3}"
    body, cut = body_and_removed(normalizer, text)
    assert body == (S1, S2, S3)
    assert cut == [
        ("ARTIKEL LAINNYA", "navigation"),
        ("Jalur Kereta Baru Menuju Laut Kaspia", "navigation"),
    ]


def test_amp_navigation_lines_above_the_title(normalizer: Normalizer) -> None:
    article = norm(normalizer, LAYOUTS["amp-2014"])
    assert article.title == TITLE
    assert article.captions == ("dpr/net",)
    assert removed(article)[:2] == [("Berita", "navigation"), ("Politik", "navigation")]
    assert article.body == (S1, S2)


# --- clean text and clutter words in sentences ----------------------------------------

CLEAN = (
    "Kazakhstan berharap hubungannya dengan Rusia bisa bertahan dan terus abadi di tengah "
    "situasi global yang tidak menentu.",
    '"Kesinambungan persahabatan kedua negara harus dipertahankan," kata Tokayev dalam '
    "sebuah wawancara televisi, Rabu (15/6).",
    "Tokayev mengatakan Kazakhstan tetap berkomitmen pada organisasi kerja sama kawasan.",
)


def test_clean_article_passes_untouched(normalizer: Normalizer) -> None:
    article = norm(normalizer, "\n\n".join(CLEAN) + "\n", outlet="rmol")
    assert article.body == CLEAN
    assert article.removed == ()
    assert article.warnings == ()
    assert article.dateline is None
    assert article.authors == ()
    assert article.captions == ()


KEPT = [
    "Komentar itu disampaikan Tokayev dalam wawancara dengan televisi Rusia, Rabu (15/6).",
    "Pidato presiden itu dibaca juga oleh para duta besar yang hadir di Astana.",
    "Ikuti perkembangan terbaru soal sanksi, kata juru bicara kementerian kepada wartawan.",
    "Warga bisa temukan berita-berita hangat soal pemilu di papan pengumuman kelurahan.",
    "Kampanye bertajuk FOLLOW US ON TIKTOK digelar kementerian untuk menjangkau pemilih muda.",
    "Lagu daerah itu kembali populer setelah dinyanyikan ribuan pelajar di Alun-alun Bandung.",
    "Artikel ini telah dibaca ribuan kali sejak diunggah pekan lalu oleh akun resmi pemda.",
    "Rubrik ARTIKEL LAINNYA di majalah sekolah itu diisi karya siswa kelas akhir.",
    "Logo baru itu, kata dia, dipasang di seluruh kantor cabang mulai bulan depan.",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_clutter_words_inside_sentences_are_kept(normalizer: Normalizer, sentence: str) -> None:
    article = norm(normalizer, f"{S1}\n\n{sentence}\n\n{S2}\n", outlet="rmol")
    assert article.body == (S1, sentence, S2)
    assert article.removed == ()


def test_typos_are_left_as_written(normalizer: Normalizer) -> None:
    typo = "Tokayev menuampaikan bahwa negaranya tidak akan melangar sanksi yang berlaku saat ini."
    article = norm(normalizer, f"rmol news logo {typo}", outlet="rmol")
    assert article.body == (typo,)


# --- bylines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("LAPORAN: RENI ERINA", [("Reni Erina", "reporter", None)]),
        (
            "LAPORAN: <a href='https://rmol.id/about/reni-erina-1'>RENI ERINA</a>",
            [("Reni Erina", "reporter", "https://rmol.id/about/reni-erina-1")],
        ),
        (
            "LAPORAN: AGUS PRIYANTO, WINDA LESTARI",
            [("Agus Priyanto", "reporter", None), ("Winda Lestari", "reporter", None)],
        ),
        (
            "LAPORAN: <a href='https://rmol.id/about/agus-dwi-2'>AGUS DWI</a> & "
            "<a href='https://rmol.id/about/reni-erina-1'>RENI ERINA</a>",
            [
                ("Agus Dwi", "reporter", "https://rmol.id/about/agus-dwi-2"),
                ("Reni Erina", "reporter", "https://rmol.id/about/reni-erina-1"),
            ],
        ),
        ("LAPORAN: M. FAISAL SIREGAR", [("M. Faisal Siregar", "reporter", None)]),
        ("Laporan: Aldi Gultom", [("Aldi Gultom", "reporter", None)]),
        ("LAPORAN : Budi Santoso", [("Budi Santoso", "reporter", None)]),
        ("Reporter: Winda Lestari", [("Winda Lestari", "reporter", None)]),
        ("EDITOR : RENI ERINA", [("Reni Erina", "editor", None)]),
        ("OLEH: RIZAL PAHLEVI", [("Rizal Pahlevi", "author", None)]),
        (
            "LAPORAN: KIKI SAKINAH | EDITOR: IDHAM ANHARI",
            [("Kiki Sakinah", "reporter", None), ("Idham Anhari", "editor", None)],
        ),
        ("LAPORAN:", []),
        ("LAPORAN: ", []),
    ],
)
def test_bylines(
    normalizer: Normalizer, header: str, expected: list[tuple[str, str, str | None]]
) -> None:
    article = norm(normalizer, desktop(f"rmol news logo {S1}", S2, header=header))
    assert people(article) == expected
    credits = [text for text, reason in removed(article) if reason == "byline"]
    assert " ".join(credits) == header.strip()
    assert article.body == (S1, S2)


def test_reporter_listed_once_for_two_credit_lines(normalizer: Normalizer) -> None:
    header = (
        "LAPORAN: <a href='https://rmol.id/about/reni-erina-1'>RENI ERINA</a>\nLAPORAN: RENI ERINA"
    )
    article = norm(normalizer, desktop(f"rmol news logo {S1}", header=header))
    assert people(article) == [("Reni Erina", "reporter", "https://rmol.id/about/reni-erina-1")]
    assert [r.reason for r in article.removed][:2] == ["byline", "byline"]


def test_editor_line_after_the_body(normalizer: Normalizer) -> None:
    article = norm(normalizer, desktop(f"rmol news logo {S1}", S2, "EDITOR: ADE MULYANA"))
    assert people(article) == [("Reni Erina", "reporter", None), ("Ade Mulyana", "editor", None)]
    assert article.body == (S1, S2)


def test_writer_glued_after_the_logo_in_a_column(normalizer: Normalizer) -> None:
    article = norm(normalizer, desktop("rmol news logo OLEH: RIZAL PAHLEVI", S1, header="LAPORAN:"))
    assert people(article) == [("Rizal Pahlevi", "author", None)]
    assert article.body == (S1,)
    assert ("OLEH: RIZAL PAHLEVI", "byline") in removed(article)


def test_closing_initials_are_a_credit_without_a_person(normalizer: Normalizer) -> None:
    article = norm(normalizer, f'{S1}\n\n"Kami siap," ujarnya.[ald]\n', outlet="rmol")
    assert article.body == (S1, '"Kami siap," ujarnya.')
    assert removed(article) == [("[ald]", "byline")]
    assert article.authors == ()


def test_reporter_url_from_an_html_page(normalizer: Normalizer) -> None:
    page = (
        '<html><head><meta property="og:site_name" content="RMOL"></head><body>'
        f"<h1>{TITLE}</h1><div>LAPORAN: <a href='https://rmol.id/about/reni-erina-1'>RENI "
        "ERINA</a></div><div>• Kamis, 16 Juni 2022, 07:00 WIB</div>"
        f"<figcaption>Presiden Kassym-Jomart Tokayev/Net</figcaption><p>{S1}</p></body></html>"
    )
    article = norm(normalizer, page)
    assert people(article) == [("Reni Erina", "reporter", "https://rmol.id/about/reni-erina-1")]
    assert article.captions == ("Presiden Kassym-Jomart Tokayev/Net",)
    assert article.published == datetime(2022, 6, 16, 7, 0, tzinfo=WIB)
    assert article.body == (S1,)


# --- captions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Presiden Kassym-Jomart Tokayev/Net",
        "Ilustrasi/Net",
        "Suasana rapat paripurna DPR/RMOL",
        "Kepala Dinas Perhubungan Kota Bandung/RMOLJabar",
        "Petugas memeriksa kendaraan/Ist",
        "Foto: Dok. Humas Pemkot Bandung",
    ],
)
def test_caption_line_before_the_body(normalizer: Normalizer, caption: str) -> None:
    text = desktop(S1, S2).replace("Presiden Kassym-Jomart Tokayev/Net", caption)
    article = norm(normalizer, text)
    assert article.captions == (caption,)
    assert article.body == (S1, S2)


def test_caption_glued_before_the_logo(normalizer: Normalizer) -> None:
    text = f"{TITLE}\n\nPresiden Kassym-Jomart Tokayev/Net rmol news logo {S1}\n\n{S2}\n"
    article = norm(normalizer, text)
    assert article.captions == ("Presiden Kassym-Jomart Tokayev/Net",)
    assert article.body == (S1, S2)


# --- datelines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opener", "expected"),
    [
        ("RMOL. ", Dateline(text="RMOL. ", place=None, source="RMOL")),
        ("RMOL.", Dateline(text="RMOL.", place=None, source="RMOL")),  # missing space
        ("RMOLJabar. ", Dateline(text="RMOLJabar. ", place=None, source="RMOLJabar")),
        ("RMOLJatim.", Dateline(text="RMOLJatim.", place=None, source="RMOLJatim")),
        ("RMOLBanten - ", Dateline(text="RMOLBanten - ", place=None, source="RMOLBanten")),
        ("RMOLBanten – ", Dateline(text="RMOLBanten – ", place=None, source="RMOLBanten")),
        ("RMOLBanten — ", Dateline(text="RMOLBanten — ", place=None, source="RMOLBanten")),
        ("RMOLBanten-", Dateline(text="RMOLBanten-", place=None, source="RMOLBanten")),
        ("RMOL.ID - ", Dateline(text="RMOL.ID - ", place=None, source="RMOL.ID")),
        (
            "Bandar Lampung, RMOLLampung – ",
            Dateline(
                text="Bandar Lampung, RMOLLampung – ", place="Bandar Lampung", source="RMOLLampung"
            ),
        ),
        (
            "BANDAR LAMPUNG, RMOLLampung - ",
            Dateline(
                text="BANDAR LAMPUNG, RMOLLampung - ", place="Bandar Lampung", source="RMOLLampung"
            ),
        ),
        (
            "Cilegon, Banten, RMOLBanten – ",
            Dateline(
                text="Cilegon, Banten, RMOLBanten – ", place="Cilegon, Banten", source="RMOLBanten"
            ),
        ),
        ("RMOL - Jakarta - ", Dateline(text="RMOL - Jakarta - ", place="Jakarta", source="RMOL")),
    ],
)
def test_datelines(normalizer: Normalizer, opener: str, expected: Dateline) -> None:
    article = norm(normalizer, f"{opener}{S1}\n\n{S2}\n", outlet="rmol")
    assert article.dateline == expected
    assert article.body == (S1, S2)


@pytest.mark.parametrize(
    "first",
    [
        f"rmol news logo {S1}",  # 2018 onwards: the logo, no dateline
        S1,  # 2014: nothing
        f"RMOL.id memuat {S1}",  # the site's name in a sentence
        f"RMOL. {S1}".lower(),  # not the marker
    ],
)
def test_no_dateline(normalizer: Normalizer, first: str) -> None:
    article = norm(normalizer, f"{first}\n\n{S2}\n", outlet="rmol")
    assert article.dateline is None


# --- dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• Kamis, 16 Juni 2022, 07:00 WIB", datetime(2022, 6, 16, 7, 0, tzinfo=WIB)),
        ("  •  Kamis, 16 Juni 2022, 07:00 WIB", datetime(2022, 6, 16, 7, 0, tzinfo=WIB)),
        ("KAMIS, 02 OKTOBER 2014 | 21:22 WIB", datetime(2014, 10, 2, 21, 22, tzinfo=WIB)),
        ("Rabu, 12 Oktober 2011 , 14:23:00 WIB", datetime(2011, 10, 12, 14, 23, tzinfo=WIB)),
        ("Jum'at, 03 Mei 2013 , 09:41:00 WIB", datetime(2013, 5, 3, 9, 41, tzinfo=WIB)),
        ("Jumat, 19 Januari 2024 | 21:40 WIB", datetime(2024, 1, 19, 21, 40, tzinfo=WIB)),
        ("Selasa, 07 Februari 2023, 10:15 WITA", datetime(2023, 2, 7, 10, 15, tzinfo=WITA)),
        ("Senin, 06 Maret 2023", date(2023, 3, 6)),
    ],
)
def test_date_line_formats(normalizer: Normalizer, line: str, expected: datetime | date) -> None:
    text = f"{TITLE}\n\n{line}\nLAPORAN: RENI ERINA\nrmol news logo {S1}\n"
    article = norm(normalizer, text)
    assert article.published == expected
    assert (line.strip(), "date-line") in removed(article)
    assert article.body == (S1,)


def test_combined_header_line(normalizer: Normalizer) -> None:
    article = norm(normalizer, LAYOUTS["amp-2014"])
    assert article.published == datetime(2014, 10, 2, 21, 22, tzinfo=WIB)
    assert people(article) == [("Aldi Gultom", "reporter", None)]
    assert ("KAMIS, 02 OKTOBER 2014 | 21:22 WIB", "date-line") in removed(article)
    assert ("| LAPORAN: ALDI GULTOM", "byline") in removed(article)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("kata Bambang, Senin sore (13/10).", [("Senin sore (13/10)", date(2014, 10, 13))]),
        ("sejak Jumat malam (10/10/2014).", [("Jumat malam (10/10/2014)", date(2014, 10, 10))]),
        ("kata dia, Kamis (16/10).", [("Kamis (16/10)", date(2014, 10, 16))]),
        ("Selasa pagi (14/10), rapat dimulai.", [("Selasa pagi (14/10)", date(2014, 10, 14))]),
    ],
)
def test_in_body_dates(
    normalizer: Normalizer, sentence: str, found: list[tuple[str, date]]
) -> None:
    text = f"{TITLE}\n\nSELASA, 14 OKTOBER 2014 | 10:05 WIB | LAPORAN: ALDI GULTOM\n\n{sentence}\n"
    article = norm(normalizer, text)
    assert [(d.text, d.value) for d in article.dates] == found
    assert article.warnings == ()


def test_weekday_that_contradicts_the_date_warns(normalizer: Normalizer) -> None:
    text = f"{S2}\n\nRapat itu digelar di gedung parlemen, Senin sore (14/10/2014).\n"
    article = norm(normalizer, text, outlet="rmol")
    assert [(d.text, d.value) for d in article.dates] == [
        ("Senin sore (14/10/2014)", date(2014, 10, 14))
    ]
    assert any("Senin sore (14/10/2014)" in w for w in article.warnings)


# --- robustness ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\u00a0", "RMOL.", "rmol news logo", "LAPORAN:"])
def test_degenerate_inputs(normalizer: Normalizer, text: str) -> None:
    article = norm(normalizer, text, outlet="rmol")
    assert article.outlet == "rmol"
    assert article.warnings == ()


def test_one_megabyte_single_line(normalizer: Normalizer) -> None:
    sentence = f"{S1} {S2} "
    text = "rmol news logo " + sentence * (1_000_000 // len(sentence)) + PROMPT
    started = time.perf_counter()
    article = norm(normalizer, text, outlet="rmol")
    assert time.perf_counter() - started < 30
    assert len(article.body) == 1
    assert removed(article) == [("rmol news logo", "logo"), (PROMPT, "social-follow")]


def test_fifty_thousand_clutter_lines(normalizer: Normalizer) -> None:
    lines = [PROMPT, HOWTO, "FOLLOW US", "Baca Juga: Rusia Siapkan Jalur Dagang Baru", "SHARE"]
    text = f"{S1}\n" + "\n".join(lines * 10_000) + f"\n{S2}\n"
    started = time.perf_counter()
    article = norm(normalizer, text, outlet="rmol")
    assert time.perf_counter() - started < 60
    assert article.body == (S1, S2)
    assert len(article.removed) == 50_000


# --- a page joined into one line, header included -------------------------------------


def test_seed_joined_into_one_line_reads_like_the_seed(normalizer: Normalizer) -> None:
    lines = RMOL_SEED.read_text("utf-8").splitlines()
    one_line = " ".join(line.strip() for line in lines if line.strip())
    glued, seed = norm(normalizer, one_line), norm(normalizer, RMOL_SEED.read_bytes())
    assert glued.outlet == "rmol"
    assert (glued.title, glued.published, glued.authors, glued.captions) == (
        seed.title,
        seed.published,
        seed.authors,
        seed.captions,
    )
    assert glued.body == (" ".join(seed.body),)
    assert [r.reason for r in glued.removed] == [r.reason for r in seed.removed]
    assert glued.warnings == ()


def one_line(header: str, body: str = f"rmol news logo {S1} {S2} {S3} {S1} {S2} {S3}") -> str:
    return f"{TITLE} {header} {body} {PROMPT} {HOWTO} FOLLOW US"


def test_glued_header_without_the_repeated_title(normalizer: Normalizer) -> None:
    article = norm(normalizer, one_line("LAPORAN: RENI ERINA • Kamis, 16 Juni 2022, 07:00 WIB"))
    assert article.title == TITLE
    assert people(article) == [("Reni Erina", "reporter", None)]
    assert article.published == datetime(2022, 6, 16, 7, 0, tzinfo=WIB)
    assert article.body == (f"{S1} {S2} {S3} {S1} {S2} {S3}",)


def test_glued_header_with_a_network_opener(normalizer: Normalizer) -> None:
    text = one_line(
        f"Kamis, 16 Juni 2022 | 07:00 WIB LAPORAN: RENI ERINA {TITLE} Ilustrasi/Net",
        f"RMOLJatim. {S1} {S2} {S3} {S1} {S2} {S3}",
    )
    article = norm(normalizer, text)
    assert article.title == TITLE
    assert article.captions == ("Ilustrasi/Net",)
    assert article.dateline == Dateline(text="RMOLJatim. ", place=None, source="RMOLJatim")
    assert article.body == (f"{S1} {S2} {S3} {S1} {S2} {S3}",)


@pytest.mark.parametrize(
    "header",
    [
        "LAPORAN: RENI ERINA",  # no date and no repeated title: where would the name end?
        "Laporan: sebanyak dua puluh rumah rusak • Kamis, 16 Juni 2022, 07:00 WIB",
    ],
)
def test_glued_text_that_is_not_a_header_stays(normalizer: Normalizer, header: str) -> None:
    article = norm(normalizer, one_line(header), outlet="rmol")
    assert article.title is None
    assert article.body[0].startswith(f"{TITLE} {header}")
