"""find_dates tries its patterns only where a match can start: that must lose nothing.

:func:`newsnorm.dates._starts` lists where a number, a month name or a
weekday name opens; :func:`newsnorm.dates.find_dates` runs each pattern only
there. These properties check the claim it rests on: every match a full scan
finds starts at one of those places.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsnorm import dates
from newsnorm.testing.strategies import NEWS_PIECES

DATE_PIECES = (
    "16 Juni 2022", "Rabu (15/6)", "pada 15/6", "tgl. 3/4", "2-4 Juli", "30 Juni-2 Juli 2024",
    "Januari-Maret 2022", "June 16, 2022", "Sept 3, 2020", "1 Agt. 2020", "MEI 2020",
    "Jum'at", "Jum’at", "JUMAT", "Minggu pagi", "Monday", "2022-06-16T07:00:00+07:00",
    "07.00 WIB", "3/4/23", "pukul 07.00", "Desember 2021 - Februari 2022", "s.d.", "hingga",
    "xJuni 2020", "_Mei 2020", "5Mei 2020", "éJuni 2020", "—Juni 2020", "(Senin", "“Jumat,",
    "İ", "ſ", "\u212a", "Ⅰ", "Ⓐpril 2020", "ǅuli", "١٢", "½",
)  # fmt: skip

#: Words and news furniture, and date pieces glued with separators.
spaced = st.lists(st.sampled_from(NEWS_PIECES + DATE_PIECES) | st.text(max_size=6), max_size=40)
glued = st.lists(st.sampled_from((*DATE_PIECES, " ", "/", "-", ", ")), max_size=20)
texts = spaced.map(" ".join) | glued.map("".join)


@given(texts)
def test_every_match_starts_where_find_dates_looks(text: str) -> None:
    starts = dates._starts(text)
    if starts is None:
        return  # find_dates scans the whole text
    for pattern, where in dates._STARTS_OF.items():
        found = [m.start() for m in pattern.finditer(text)]
        assert set(found) <= set(where(starts)), (pattern.pattern[:60], text)
        assert [m.start() for m in dates._matches_at(pattern, text, where(starts))] == found


@pytest.mark.parametrize("text", ["MEİ 2020", "Deſember 2020", "Selasa (7/2/2023) İ"])
def test_odd_case_folds_fall_back_to_a_full_scan(text: str) -> None:
    assert dates._starts(text) is None
