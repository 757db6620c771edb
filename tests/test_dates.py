"""Tests for :mod:`newsnorm.dates`: finding, resolving and parsing dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsnorm.dates import (
    WIB,
    WIT,
    WITA,
    FoundDate,
    date_from_url,
    find_dates,
    latest_weekday,
    parse_date_line,
    resolve_year,
)
from newsnorm.model import DateRange, DateValue, YearMonth

REF = date(2022, 6, 16)  # a Thursday (Kamis)

ID_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ID_MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTH_ABBREVS = (
    ("Jan", "Jan."), ("Feb", "Feb."), ("Mar", "Mar."), ("Apr", "Apr."), ("Mei",),
    ("Jun", "Jun."), ("Jul", "Jul."), ("Agu", "Agt", "Ags", "Agst", "Agt."),
    ("Sep", "Sept", "Sep."), ("Okt", "Okt."), ("Nov", "Nov."), ("Des", "Des."),
)  # fmt: skip


def wib(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    """An aware datetime at WIB."""
    return datetime(year, month, day, hour, minute, second, tzinfo=WIB)


def check_spans(text: str, found: list[FoundDate]) -> None:
    """Spans are in bounds, ordered, non-overlapping and match their text."""
    previous_end = 0
    for f in found:
        assert 0 <= previous_end <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        previous_end = f.end


def only(text: str, reference: date | None = None, language: str = "id") -> FoundDate:
    """The single date found in ``text``."""
    found = find_dates(text, reference=reference, language=language)
    check_spans(text, found)
    assert len(found) == 1, found
    return found[0]


def same_value(actual: DateValue | None, expected: DateValue | None) -> bool:
    """Equal, of the same type, and (for datetimes) at the same UTC offset."""
    if type(actual) is not type(expected) or actual != expected:
        return False
    if isinstance(actual, datetime) and isinstance(expected, datetime):
        return actual.utcoffset() == expected.utcoffset()
    return True


# ---------------------------------------------------------------------------
# find_dates: what is found, and its value

FOUND = [
    # in-body forms from the seed articles
    ("dimuat dalam Astana Times pada Selasa (7/2/2023).", "Selasa (7/2/2023)", date(2023, 2, 7)),
    ("ke Kazakhstan pada 2-4 Juli.", "2-4 Juli", DateRange(date(2022, 7, 2), date(2022, 7, 4))),
    ("akan berlangsung di Astana, Senin (16/6/2025).", "Senin (16/6/2025)", date(2025, 6, 16)),
    ("saluran TV Rossiya-24, Rabu (15/6).", "Rabu (15/6)", date(2022, 6, 15)),
    ("kata dia, Rabu (28/5/2025) malam.", "Rabu (28/5/2025)", date(2025, 5, 28)),
    ("ujarnya, Kamis (29/5/2025).", "Kamis (29/5/2025)", date(2025, 5, 29)),
    (
        "Selama periode Januari-Maret 2022, perdagangan",
        "Januari-Maret 2022",
        DateRange(YearMonth(2022, 1), YearMonth(2022, 3)),
    ),
    # text dates
    ("terbit 16 Juni 2022 di Jakarta", "16 Juni 2022", date(2022, 6, 16)),
    ("terbit Kamis, 16 Juni 2022 di Jakarta", "Kamis, 16 Juni 2022", date(2022, 6, 16)),
    (
        "terbit Kamis, 16 Juni 2022, 07:00 WIB.",
        "Kamis, 16 Juni 2022, 07:00 WIB",
        wib(2022, 6, 16, 7, 0),
    ),
    ("terbit Kamis 16/06/2022.", "Kamis 16/06/2022", date(2022, 6, 16)),
    ("sejak 15 Juni 2025 lalu", "15 Juni 2025", date(2025, 6, 15)),
    ("hingga 4 Juli 2025.", "4 Juli 2025", date(2025, 7, 4)),
    ("mulai 1 Jan 2020", "1 Jan 2020", date(2020, 1, 1)),
    ("mulai 1 Agt. 2020", "1 Agt. 2020", date(2020, 8, 1)),
    ("mulai 5 Sept 2021", "5 Sept 2021", date(2021, 9, 5)),
    ("mulai 17 Agustus 1945", "17 Agustus 1945", date(1945, 8, 17)),
    ("pada 16 Juni, kata dia", "16 Juni", date(2022, 6, 16)),
    ("KAMIS, 16 JUNI 2022", "KAMIS, 16 JUNI 2022", date(2022, 6, 16)),
    ("kata dia, JUMAT (27/5).", "JUMAT (27/5)", date(2022, 5, 27)),
    ("kata dia, Jum'at (27/5/2022).", "Jum'at (27/5/2022)", date(2022, 5, 27)),
    ("kata dia, Jum\u2019at (27/5/2022).", "Jum\u2019at (27/5/2022)", date(2022, 5, 27)),
    ("kata dia, Ahad (29/5/2022).", "Ahad (29/5/2022)", date(2022, 5, 29)),
    ("kata dia, Selasa (7-2-2023).", "Selasa (7-2-2023)", date(2023, 2, 7)),
    # English month names
    ("published June 16, 2022 in", "June 16, 2022", date(2022, 6, 16)),
    ("published 16 June 2022 in", "16 June 2022", date(2022, 6, 16)),
    ("on Thursday, June 16, 2022.", "Thursday, June 16, 2022", date(2022, 6, 16)),
    # numeric dates, day first
    ("pada 16/6/2022 pukul 07.00 WIB.", "16/6/2022 pukul 07.00 WIB", wib(2022, 6, 16, 7, 0)),
    ("pada 16 Juni 2022 07:00 di", "16 Juni 2022 07:00", wib(2022, 6, 16, 7, 0)),
    ("Kompas.com - 28/05/2025, 13:30 WIB", "28/05/2025, 13:30 WIB", wib(2025, 5, 28, 13, 30)),
    ("pada 27/05/2022 15:12 di", "27/05/2022 15:12", wib(2022, 5, 27, 15, 12)),
    ("pada 27/05/2022 jam 15.12.30 di", "27/05/2022 jam 15.12.30", wib(2022, 5, 27, 15, 12, 30)),
    ("pada 7/2/23 lalu", "7/2/23", date(2023, 2, 7)),
    ("pada 7/2/99 lalu", "7/2/99", date(1999, 2, 7)),
    ("pada 3/4/2024 lalu", "3/4/2024", date(2024, 4, 3)),
    ("pada 16-6-2022 lalu", "16-6-2022", date(2022, 6, 16)),
    ("(16/6/2022)", "16/6/2022", date(2022, 6, 16)),
    ("sejak tanggal 15/6 lalu", "15/6", date(2022, 6, 15)),
    ("sejak tgl 15/6 lalu", "15/6", date(2022, 6, 15)),
    ("rapat pada 15/6, kata", "15/6", date(2022, 6, 15)),
    ("pada 2022-06-16 07:00:00 di", "2022-06-16 07:00:00", wib(2022, 6, 16, 7, 0)),
    ("pada 2022-06-16 di", "2022-06-16", date(2022, 6, 16)),
    (
        "at 2025-05-28T06:30:07+00:00.",
        "2025-05-28T06:30:07+00:00",
        datetime(2025, 5, 28, 6, 30, 7, tzinfo=timezone.utc),
    ),
    # zones
    (
        "pada 16 Juni 2022 10:00 WITA di",
        "16 Juni 2022 10:00 WITA",
        datetime(2022, 6, 16, 10, tzinfo=WITA),
    ),
    (
        "pada 16 Juni 2022 pukul 10.00 WIT di",
        "16 Juni 2022 pukul 10.00 WIT",
        datetime(2022, 6, 16, 10, tzinfo=WIT),
    ),
    ("pada 16 Juni 2022 10:00 GMT+7 di", "16 Juni 2022 10:00 GMT+7", wib(2022, 6, 16, 10, 0)),
    (
        "pada 16 Juni 2022 10:00 GMT+07:00 di",
        "16 Juni 2022 10:00 GMT+07:00",
        wib(2022, 6, 16, 10, 0),
    ),
    # ranges
    (
        "pada 10-11 Oktober 2018 di",
        "10-11 Oktober 2018",
        DateRange(date(2018, 10, 10), date(2018, 10, 11)),
    ),
    ("pada 2 - 4 Juli 2024 di", "2 - 4 Juli 2024", DateRange(date(2024, 7, 2), date(2024, 7, 4))),
    (
        "pada 2\u20134 Juli 2024 di",
        "2\u20134 Juli 2024",
        DateRange(date(2024, 7, 2), date(2024, 7, 4)),
    ),
    (
        "pada 2 hingga 4 Juli 2024 di",
        "2 hingga 4 Juli 2024",
        DateRange(date(2024, 7, 2), date(2024, 7, 4)),
    ),
    (
        "pada 2 s.d. 4 Juli 2024 di",
        "2 s.d. 4 Juli 2024",
        DateRange(date(2024, 7, 2), date(2024, 7, 4)),
    ),
    (
        "pada 2 s/d 4 Juli 2024 di",
        "2 s/d 4 Juli 2024",
        DateRange(date(2024, 7, 2), date(2024, 7, 4)),
    ),
    (
        "pada 30 Juni-2 Juli 2024 di",
        "30 Juni-2 Juli 2024",
        DateRange(date(2024, 6, 30), date(2024, 7, 2)),
    ),
    (
        "pada 30 Des-2 Jan 2024 di",
        "30 Des-2 Jan 2024",
        DateRange(date(2023, 12, 30), date(2024, 1, 2)),
    ),
    (
        "sejak Desember 2021 \u2013 Februari 2022,",
        "Desember 2021 \u2013 Februari 2022",
        DateRange(YearMonth(2021, 12), YearMonth(2022, 2)),
    ),
    # month and year
    ("sejak Januari 2007, dia", "Januari 2007", YearMonth(2007, 1)),
    # lone weekdays
    ("kata Sarekenov di Jakarta, Jumat.", "Jumat", date(2022, 6, 10)),
    ("Rapat digelar pada Senin di Istana.", "Senin", date(2022, 6, 13)),
    ("Pada Senin, rapat digelar.", "Senin", date(2022, 6, 13)),
    ("Dia tiba pada Kamis.", "Kamis", date(2022, 6, 16)),
    ("Dia tiba Kamis lalu.", "Kamis", date(2022, 6, 16)),
    ("Dia tiba pada Minggu lalu.", "Minggu", date(2022, 6, 12)),
    ("kata dia, Minggu.", "Minggu", date(2022, 6, 12)),
    ("Rapat digelar Senin depan.", "Senin", date(2022, 6, 20)),
]


@pytest.mark.parametrize(("paragraph", "text", "value"), FOUND)
def test_find_dates(paragraph: str, text: str, value: DateValue) -> None:
    found = only(paragraph, reference=REF)
    assert found.text == text
    assert same_value(found.value, value), found.value
    assert found.warning is None


NOT_DATES = [
    "naik 1/2 persen",
    "pada 1/2 persen",
    "skor 2-1 untuk tuan rumah",
    "menang 3-1-0",
    "musim 2025/2026 dimulai",
    "layanan 24/7",
    "harga Rp 1.000 per kilo, Rp 1.500/kg",
    "versi 1.2.3 dan 10.11.12",
    "Konsep Kebijakan Luar Negeri Kazakhstan untuk 2020-2030",
    "sekitar tahun 1990. Terjadi pada tahun 1995.",
    "selama periode 2012-2013.",
    "Minggu lalu dia pergi.",
    "Dalam dua Minggu terakhir harga naik.",
    "sejak Minggu ini,",
    "Juni lalu dia pergi",
    "pada bulan Juni",
    "sejak juni 2022",  # a month and year needs a capitalised month
    "31/2/2023 bukan tanggal",
    "32 Juni 2022 bukan tanggal",
    "0/1/2020 dan 15/13/2022",
    "Senin (31/2/2023)",
    "kasus Covid-19 Juni lalu",
    "Kamis ini cerah.",
    "\u201cSenin kita mulai,\u201d katanya.",
    "buka Senin-Jumat pukul 08.00",
    "kantor tutup setiap Senin.",
    "usai salat jumat",
    "they may 16, 2022",
    "he said on Friday.",  # English weekdays alone only for language="en"
    "pukul 10.00 WIB",
    "Rp 5.000-10.000",
    "",
]


@pytest.mark.parametrize("paragraph", NOT_DATES)
def test_not_dates(paragraph: str) -> None:
    assert find_dates(paragraph, reference=REF) == []


def test_english_lone_weekday() -> None:
    found = only("he said on Friday.", reference=REF, language="en")
    assert (found.text, found.value) == ("Friday", date(2022, 6, 10))


def test_several_dates_in_order() -> None:
    text = "Pada Senin (13/6) dan Rabu (15/6), serta 2-4 Juli 2024, kata dia, Jumat."
    found = find_dates(text, reference=REF)
    check_spans(text, found)
    assert [f.text for f in found] == ["Senin (13/6)", "Rabu (15/6)", "2-4 Juli 2024", "Jumat"]
    assert [f.value for f in found] == [
        date(2022, 6, 13),
        date(2022, 6, 15),
        DateRange(date(2024, 7, 2), date(2024, 7, 4)),
        date(2022, 6, 10),
    ]


def test_longest_match_wins() -> None:
    found = only("terbit Kamis, 16 Juni 2022, 07:00 WIB", reference=REF)
    assert found.text == "Kamis, 16 Juni 2022, 07:00 WIB"
    assert only("pada 30 Juni-2 Juli 2024").text == "30 Juni-2 Juli 2024"


def test_offsets_are_into_the_text_passed() -> None:
    text = "Kata dia, Selasa (7/2/2023)."
    found = only(text)
    assert (found.start, found.end) == (10, 27)


# ---------------------------------------------------------------------------
# weekdays: lone, contradicting, and year inference


@pytest.mark.parametrize(
    ("reference", "expected"),
    [(date(2022, 5, 27), date(2022, 5, 27)), (date(2022, 5, 30), date(2022, 5, 27))],
)
def test_lone_weekday_with_reference(reference: date, expected: date) -> None:
    text = "kata Sarekenov dalam wawancara khusus dengan Antara di Jakarta, Jumat."
    found = only(text, reference=reference)
    assert (found.text, found.value) == ("Jumat", expected)


def test_lone_weekday_without_reference() -> None:
    found = only("kata Sarekenov di Jakarta, Jumat.")
    assert (found.text, found.value) == ("Jumat", None)


def test_weekday_mismatch_warns() -> None:
    found = only("Senin (7/2/2023)")
    assert found.value == date(2023, 2, 7)
    assert found.warning == (
        "weekday Senin does not match 2023-02-07 (Selasa) in 'Senin (7/2/2023)'"
    )


def test_weekday_mismatch_text_date() -> None:
    found = only("terbit Rabu, 16 Juni 2022.")
    assert found.value == date(2022, 6, 16)
    assert found.warning == (
        "weekday Rabu does not match 2022-06-16 (Kamis) in 'Rabu, 16 Juni 2022'"
    )


@pytest.mark.parametrize(
    ("text", "reference", "expected", "warns"),
    [
        # 31 December 2022 was a Saturday (Sabtu)
        ("kata dia, Sabtu (31/12).", date(2023, 1, 2), date(2022, 12, 31), False),
        # no Wednesday 31 December near 2023: the nearest day, with a warning
        ("kata dia, Rabu (31/12).", date(2023, 1, 2), date(2022, 12, 31), True),
        # 31 December 2023 is a Sunday: the weekday beats nearness
        ("kata dia, Minggu (31/12).", date(2023, 1, 2), date(2023, 12, 31), False),
        # 2 January 2023 was a Monday
        ("kata dia, Senin (2/1).", date(2022, 12, 30), date(2023, 1, 2), False),
        ("pada 2 Januari, kata dia", date(2022, 12, 30), date(2023, 1, 2), False),
        ("pada 30 Desember, kata dia", date(2023, 1, 3), date(2022, 12, 30), False),
    ],
)
def test_year_inference_near_year_boundary(
    text: str, reference: date, expected: date, warns: bool
) -> None:
    found = only(text, reference=reference)
    assert found.value == expected
    assert (found.warning is not None) == warns


def test_year_less_range_across_new_year() -> None:
    found = only("pada 30 Desember-2 Januari", reference=date(2023, 1, 10))
    assert found.value == DateRange(date(2022, 12, 30), date(2023, 1, 2))


@pytest.mark.parametrize("text", ["kata dia, Rabu (15/6).", "pada 2-4 Juli.", "pada 16 Juni,"])
def test_year_less_without_reference(text: str) -> None:
    found = only(text)
    assert found.value is None
    assert found.warning is None


def test_february_29() -> None:
    assert resolve_year(2, 29, date(2023, 6, 1)) == date(2024, 2, 29)
    assert resolve_year(2, 29, date(2022, 6, 1)) is None  # 2021-2023: no leap year
    assert only("pada 29/2, kata", reference=date(2022, 6, 1)).value is None
    assert only("pada 29/2, kata", reference=date(2024, 6, 1)).value == date(2024, 2, 29)
    assert find_dates("pada 30/2, kata", reference=date(2024, 6, 1)) == []


def test_resolve_year() -> None:
    assert resolve_year(12, 31, date(2023, 1, 2)) == date(2022, 12, 31)
    assert resolve_year(1, 2, date(2022, 12, 30)) == date(2023, 1, 2)
    assert resolve_year(6, 15, REF) == date(2022, 6, 15)
    assert resolve_year(12, 31, date(2023, 1, 2), weekday=6) == date(2023, 12, 31)
    assert resolve_year(2, 31, REF) is None
    assert resolve_year(1, 1, date.min) == date(1, 1, 1)
    assert resolve_year(12, 31, date.max) == date.max


def test_latest_weekday() -> None:
    assert latest_weekday(4, date(2022, 5, 27)) == date(2022, 5, 27)
    assert latest_weekday(4, date(2022, 5, 30)) == date(2022, 5, 27)
    assert latest_weekday(0, date(2022, 5, 30)) == date(2022, 5, 30)
    assert latest_weekday(0, date(2022, 5, 29)) == date(2022, 5, 23)


def test_lone_weekday_near_date_min() -> None:
    # 1 January 0001 was a Monday: the Sunday before it does not exist.
    found = only("kata dia, Minggu.", reference=date.min)
    assert found.value is None


def test_zones() -> None:
    assert (WIB.utcoffset(None), WITA.utcoffset(None), WIT.utcoffset(None)) == (
        timedelta(hours=7),
        timedelta(hours=8),
        timedelta(hours=9),
    )
    assert (WIB.tzname(None), WITA.tzname(None), WIT.tzname(None)) == ("WIB", "WITA", "WIT")


# ---------------------------------------------------------------------------
# the seed articles


SEED_DATES = {
    "000_67f5e91c814a9143.txt": ["Selasa (7/2/2023)"],
    "001_eb34b13c84bd5e1f.txt": ["2-4 Juli"],
    "002_6e1afed947d7f813.txt": ["Senin (16/6/2025)"],
    "003_4300166d2f3059dd.txt": ["Kamis, 16 Juni 2022, 07:00 WIB", "Rabu (15/6)"],
    "004_a83df6f147938cee.txt": ["Jumat", "Januari-Maret 2022"],
}


@pytest.mark.parametrize(("name", "expected"), sorted(SEED_DATES.items()))
def test_seed_articles(seeds_dir: Path, name: str, expected: list[str]) -> None:
    found = []
    for line in (seeds_dir / name).read_text(encoding="utf-8").splitlines():
        found.extend(f.text for f in find_dates(line, reference=REF))
    assert found == expected


# ---------------------------------------------------------------------------
# parse_date_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  \u2022 Kamis, 16 Juni 2022, 07:00 WIB", wib(2022, 6, 16, 7, 0)),
        ("Kompas.com - 28/05/2025, 13:30 WIB", wib(2025, 5, 28, 13, 30)),
        ("Kompas.com-28/05/2025, 13:30 WIB", wib(2025, 5, 28, 13, 30)),
        ("Jumat, 27 Mei 2022 15:12 WIB", wib(2022, 5, 27, 15, 12)),
        ("27/05/2022 15:12", wib(2022, 5, 27, 15, 12)),
        ("2022-06-16 07:00:00", wib(2022, 6, 16, 7, 0)),
        ("2025-05-28T06:30:07+00:00", datetime(2025, 5, 28, 6, 30, 7, tzinfo=timezone.utc)),
        ("Senin, 16 Juni 2022 | 07:00 WIB", wib(2022, 6, 16, 7, 0)),
        ("Diterbitkan 16 Juni 2022", date(2022, 6, 16)),
        ("Dipublikasikan: Kamis, 16 Juni 2022", date(2022, 6, 16)),
        ("Senin, 16 Juni 2022 | 07:00 WIB Dibaca: 1.234 kali", wib(2022, 6, 16, 7, 0)),
        ("Thursday, June 16, 2022", date(2022, 6, 16)),
    ],
)
def test_parse_date_line(line: str, expected: datetime | date) -> None:
    assert same_value(parse_date_line(line), expected)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "LAPORAN: RENI ERINA",
        "Rabu (15/6)",  # no year
        "pada 2-4 Juli 2024",  # a range is not a publication date
        "Januari 2007",
        "jelas Tokayev dalam tulisannya yang dimuat dalam Astana Times pada Selasa (7/2/2023).",
        "Kami akan bertemu lagi dengan mereka semua pada 16 Juni 2022 di Jakarta.",
    ],
)
def test_parse_date_line_rejects(line: str) -> None:
    assert parse_date_line(line) is None


# ---------------------------------------------------------------------------
# date_from_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://nasional.kompas.com/read/2025/05/28/13300711/slug", date(2025, 5, 28)),
        ("https://www.example.com/2022/06/16/slug", date(2022, 6, 16)),
        ("https://example.com/berita/2022/06/16", date(2022, 6, 16)),
        ("https://example.com/berita/2022-06-16-slug.html", date(2022, 6, 16)),
        ("https://example.com/read/20220616/slug", date(2022, 6, 16)),
        ("/2022/6/1/slug", date(2022, 6, 1)),
        ("https://example.com/read/13300711/slug", None),
        ("https://example.com/read/2022/06/slug", None),
        ("https://example.com/1985/06/16/slug", None),
        ("https://example.com/2022/13/16/slug", None),
        ("https://example.com/2022/02/30/slug", None),
        ("https://example.com/berita?id=2022/06/16", None),
        ("https://example.com/123456789/slug", None),
        ("http://[not-a-url/2022/06/16", date(2022, 6, 16)),
        ("", None),
    ],
)
def test_date_from_url(url: str, expected: date | None) -> None:
    assert date_from_url(url) == expected


# ---------------------------------------------------------------------------
# robustness


def test_huge_input() -> None:
    chunk = "Dia berkata pada Selasa (7/2/2023) bahwa 1/2 dari 2-4 Juli, Rp 1.000/kg. "
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    found = find_dates(text, reference=REF)
    check_spans(text, found)
    assert len(found) >= 2 * (1_000_000 // len(chunk))
    assert parse_date_line(text) is None
    assert date_from_url("/2" * 200_000) is None


# ---------------------------------------------------------------------------
# properties

moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31, 23, 59))
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


def render(moment: datetime, form: int, pick: int) -> tuple[str, date | datetime]:
    """Render a moment in one of the outlets' forms, with its expected value."""
    day = moment.date()
    weekday = ID_WEEKDAYS[day.weekday()]
    hhmm = f"{moment.hour:02d}:{moment.minute:02d}"
    at_wib = wib(day.year, day.month, day.day, moment.hour, moment.minute)
    abbrevs = MONTH_ABBREVS[day.month - 1]
    forms: list[tuple[str, date | datetime]] = [
        (f"{weekday}, {day.day} {ID_MONTHS[day.month - 1]} {day.year}, {hhmm} WIB", at_wib),
        (f"{weekday} ({day.day}/{day.month}/{day.year})", day),
        (f"{day.day:02d}/{day.month:02d}/{day.year}, {hhmm} WIB", at_wib),
        (f"{day.day}-{day.month}-{day.year}", day),
        (f"{day.day} {abbrevs[pick % len(abbrevs)]} {day.year}", day),
    ]
    return forms[form]


@given(moment=moments, form=st.integers(0, 4), pick=st.integers(0, 4), wrap=st.booleans())
def test_formats_round_trip(moment: datetime, form: int, pick: int, wrap: bool) -> None:
    expression, expected = render(moment, form, pick)
    text = f"Dia berkata pada {expression}, di Jakarta." if wrap else expression
    found = only(text)
    assert found.text == expression
    assert same_value(found.value, expected)
    assert found.warning is None
    assert same_value(parse_date_line(expression), expected)


@given(day=days, shift=st.integers(-150, 150))
def test_year_inference_agrees_with_weekday(day: date, shift: int) -> None:
    expression = f"{ID_WEEKDAYS[day.weekday()]} ({day.day}/{day.month})"
    found = only(f"kata dia, {expression}.", reference=day + timedelta(days=shift))
    assert found.text == expression
    assert found.value == day
    assert found.warning is None


@given(day=days)
def test_day_first_always(day: date) -> None:
    text = f"pada {day.day}/{day.month}/{day.year}"
    assert only(text).value == day


TOKENS = [
    *"0123456789/-.,:() \u2013\u00a0\n'\u2019\"",
    "Senin", "Jumat", "Jum'at", "Minggu", "KAMIS", "Juni", "Jan", "Agt.", "Mei", "May",
    "WIB", "GMT+7", "+0700", "pukul", "pada", "tanggal", "hingga", "s.d.", "s/d", "T",
    "lalu", "depan", "setiap", "2022", "1995", "31", "29", "12", "07:00", "persen",
]  # fmt: skip
date_soup = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)
references = st.none() | st.dates()


@given(text=st.text() | date_soup, reference=references, english=st.booleans())
def test_find_dates_never_fails(text: str, reference: date | None, english: bool) -> None:
    found = find_dates(text, reference=reference, language="en" if english else "id")
    check_spans(text, found)
    parse_date_line(text)
    date_from_url(text)


def test_dotted_capital_i_and_long_s_match_like_their_ascii_letters() -> None:
    """IGNORECASE lets İ and ſ match i and s; the lookups must agree (no KeyError)."""
    found = find_dates("pada 3 MEİ 2020, SENİN (5/6/2023)")
    assert [f.value for f in found] == [date(2020, 5, 3), date(2023, 6, 5)]
