"""Hypothesis strategies for the model (shared by the tests)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from newsnorm.model import (
    ROLES,
    Article,
    Dateline,
    DateMention,
    DateRange,
    Person,
    Removal,
    YearMonth,
)

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
opt_text = st.none() | text
offsets = st.sampled_from(
    [timedelta(hours=h) for h in (-5, 0, 7, 8, 9)] + [timedelta(hours=5, minutes=30)]
)
aware = st.builds(
    lambda dt, off: dt.replace(tzinfo=timezone(off)),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31)),
    offsets,
)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
months = st.builds(YearMonth, st.integers(1990, 2040), st.integers(1, 12))
ranges = st.builds(DateRange, days, days) | st.builds(DateRange, months, months)
date_values = st.none() | aware | days | months | ranges

persons = st.builds(Person, name=text, role=st.sampled_from(sorted(ROLES)), url=opt_text)
datelines = st.builds(Dateline, text=text, place=opt_text, source=opt_text)
mentions = st.builds(
    DateMention,
    text=text,
    value=date_values,
    paragraph=st.integers(0, 50),
    start=st.integers(0, 500),
    end=st.integers(0, 500),
)
removals = st.builds(
    Removal,
    text=text,
    reason=st.from_regex(r"[a-z]{1,8}(-[a-z]{1,8})?", fullmatch=True),
    plugin=opt_text,
)
articles = st.builds(
    Article,
    outlet=opt_text,
    url=opt_text,
    language=st.sampled_from(["id", "en"]),
    title=opt_text,
    lead=opt_text,
    dateline=st.none() | datelines,
    published=st.none() | aware | days,
    authors=st.lists(persons, max_size=3).map(tuple),
    body=st.lists(text, max_size=4).map(tuple),
    captions=st.lists(text, max_size=2).map(tuple),
    section=opt_text,
    tags=st.lists(text, max_size=3).map(tuple),
    dates=st.lists(mentions, max_size=3).map(tuple),
    removed=st.lists(removals, max_size=3).map(tuple),
    warnings=st.lists(text, max_size=2).map(tuple),
)
