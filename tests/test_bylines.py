"""Bylines: academic titles, degrees and affiliations are not people."""

from __future__ import annotations

import pytest

from newsnorm import Normalizer
from newsnorm.bylines import drop_titles, parse_byline


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Oleh: Dr. Budi Santoso, S.H., M.H.", [("Budi Santoso", "author")]),
        ("Penulis: Prof. Dr. Ir. Siti Aminah, M.Sc.", [("Siti Aminah", "author")]),
        ("Oleh: H. Ahmad Fauzi, S.Pd.I (Pengamat Pendidikan)", [("H. Ahmad Fauzi", "author")]),
        ("Oleh Drs. Made Wirawan, M.Si dan Dra. Ni Luh Putu", [
            ("Made Wirawan", "author"), ("Ni Luh Putu", "author")]),
        ("Penulis: Rina Ph.D | Editor: Andi Wijaya, MBA", [
            ("Rina Ph.D", "author"), ("Andi Wijaya", "editor")]),
        # no title: untouched
        ("Reporter: Budi Santoso, Siti Aminah", [
            ("Budi Santoso", "reporter"), ("Siti Aminah", "reporter")]),
        ("LAPORAN: RENI ERINA", [("Reni Erina", "reporter")]),
    ],
)  # fmt: skip
def test_titles_degrees_and_affiliations_are_not_names(
    byline: str, people: list[tuple[str, str]]
) -> None:
    assert [(p.name, p.role) for p in parse_byline(byline)] == people


@pytest.mark.parametrize(
    "text",
    [
        "Budi Santoso",
        "Reporter: A. Yani, B. Sutrisno",  # initials are not degrees
        "Oleh: Andi (dan kawan-kawan",  # an unclosed bracket stays
    ],
)
def test_drop_titles_leaves_plain_names(text: str) -> None:
    assert drop_titles(text) == text


def test_a_column_byline_in_a_text_of_an_outlet_with_no_plugin() -> None:
    text = (
        "Menjaga Ruang Digital Anak\n"
        "Oleh: Dr. Rahmat Hidayat, S.H., M.H. (Dosen Hukum Universitas Contoh)\n"
        "Anak-anak kini tumbuh bersama gawai sejak usia dini.\n"
    )
    article = Normalizer(entry_points=False).normalize(text)
    assert [(p.name, p.role) for p in article.authors] == [("Rahmat Hidayat", "author")]
    assert article.body == ("Anak-anak kini tumbuh bersama gawai sejak usia dini.",)
