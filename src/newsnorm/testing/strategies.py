"""Hypothesis strategies for Indonesian news text.

Shared by newsnorm's own tests, the plugin test kit and the benchmark.

>>> from hypothesis import find
>>> s = find(sentences(), lambda t: len(t) > 30)
>>> s[0].isupper() and s.endswith(".")
True
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = [
    "NEWS_PIECES",
    "PLACES",
    "WORDS",
    "names",
    "news_text",
    "paragraphs",
    "places",
    "sentences",
    "titles",
]

#: Ordinary Indonesian words of news prose (no clutter label among them).
WORDS = (
    "pemerintah kota warga mengatakan menurut rencana akan telah sedang program bantuan "
    "pembangunan jalan sekolah rumah sakit harga beras naik turun pasar petani nelayan "
    "presiden menteri gubernur bupati wali rapat kerja anggaran tahun ini lalu depan "
    "kebijakan ekonomi daerah pusat provinsi kabupaten desa kecamatan polisi jaksa hakim "
    "sidang kasus korupsi banjir hujan deras listrik air bersih investasi perdagangan "
    "kerja sama bilateral negara kedua pihak dialog perdamaian keamanan pendidikan guru "
    "siswa mahasiswa kampus penelitian kesehatan vaksin dokter pasien layanan publik "
    "dan yang di ke dari untuk dengan pada dalam oleh karena itu ini juga sudah masih"
).split()

#: Places for datelines.
PLACES = (
    "Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Pekanbaru", "Padang", "Denpasar",
    "Yogyakarta", "Semarang", "Palembang", "Pontianak", "Banjarmasin", "Manado", "Jayapura",
    "Astana", "Beijing", "Tehran", "Kuala Lumpur", "Bandar Lampung",
)  # fmt: skip

#: Pieces of text that look like news and its furniture: labels, datelines,
#: dates, markup, logos; glued at random they stress every recogniser.
NEWS_PIECES = (
    "Jakarta", "KOMPAS.com", "(ANTARA)", "–", "-", "—", " ", "\n", "\n\n", "Baca juga:",
    "Berita Terkait:", "Penulis:", "LAPORAN:", "Editor:", "Pewarta:", "RENI ERINA", "Senin",
    "Jumat", "Jum'at", "(16/6/2025)", "15/6", "2-4 Juli", "Januari 2007", "07:00 WIB", "•",
    "<a href='x'>", "</a>", "<p>", "rmol news logo", "RMOL.", "Komentar", "0", "Presiden",
    "mengatakan", ".", ",", "“", "”", "Kazakhstan", "#JernihBerkomentar", "FOLLOW US",
    "Leave A Reply", "Purna Warta", "JurnalPatroliNews", "ASTANA", "/Net", "dan", "yang",
    "Tinggalkan Balasan", "Copyright © ANTARA 2022", "Artikel ini telah tayang di",
)  # fmt: skip

_word = st.sampled_from(WORDS)


def places() -> st.SearchStrategy[str]:
    """A dateline place."""
    return st.sampled_from(PLACES)


def names() -> st.SearchStrategy[str]:
    """A person's name of two or three capitalised words."""
    first = st.sampled_from(["Budi", "Siti", "Ahmad", "Dewi", "Rudi", "Ani", "Agus", "Rina"])
    last = st.sampled_from(["Santoso", "Lestari", "Hidayat", "Wibowo", "Siregar", "Nasution"])
    return st.tuples(first, last).map(" ".join)


def sentences() -> st.SearchStrategy[str]:
    """A sentence of 4-18 ordinary words, capitalised, ending with a full stop."""
    return st.lists(_word, min_size=4, max_size=18).map(
        lambda ws: " ".join(ws)[:1].upper() + " ".join(ws)[1:] + "."
    )


def paragraphs() -> st.SearchStrategy[str]:
    """A paragraph of one to four sentences."""
    return st.lists(sentences(), min_size=1, max_size=4).map(" ".join)


def titles() -> st.SearchStrategy[str]:
    """A headline in title case, no closing full stop."""
    return st.lists(_word, min_size=3, max_size=10).map(
        lambda ws: " ".join(w if len(w) < 4 else w.capitalize() for w in ws).capitalize()
    )


def news_text() -> st.SearchStrategy[str]:
    """Random text glued from :data:`NEWS_PIECES` and short random strings."""
    return st.lists(st.sampled_from(NEWS_PIECES) | st.text(max_size=8), max_size=60).map("".join)
