"""Find and resolve the dates that Indonesian news articles write.

Numeric dates are day-first, always (``3/4/2024`` is 3 April). The forms found
by :func:`find_dates` are:

* numeric dates: ``7/2/2023``, ``7/2/23`` (``yy`` < 70 is 20yy, else 19yy),
  ``7-2-2023`` and ISO ``2023-02-07`` (with ``T07:00:00+00:00`` if given);
* text dates with Indonesian or English month names, full or abbreviated
  (``16 Juni 2022``, ``1 Jan 2020``, ``1 Agt. 2020``, ``June 16, 2022``), with
  or without the year (``16 Juni``);
* any of those after a weekday (``Kamis, 16 Juni 2022``, ``Kamis 16/06/2022``),
  and a weekday followed by a day and month in parentheses, the Indonesian
  news convention (``Selasa (7/2/2023)``, ``Rabu (15/6)``);
* a bare ``d/m`` only after ``tanggal``, ``tgl`` or ``pada`` (``pada 15/6``),
  so that fractions, scores and seasons (``1/2``, ``24/7``, ``2025/2026``)
  are not taken for dates;
* a time attached to a date (``16 Juni 2022, 07:00 WIB``,
  ``16/6/2022 pukul 07.00 WIB``, ``27/05/2022 15:12``): the value is then an
  aware datetime, at WIB (UTC+7) when no zone is written. Zones: ``WIB``,
  ``WITA``, ``WIT``, ``GMT+7``, ``UTC``, ``+0700``. A time written with a dot
  (``07.00``) needs ``pukul``/``jam`` or a zone, so that ``10.50`` in
  ``(7/2/2023), 10.50 juta`` stays a number;
* ranges: ``2-4 Juli``, ``2 - 4 Juli 2024``, ``30 Juni-2 Juli 2024``,
  ``10 hingga 11 Oktober 2018`` (dates) and ``Januari-Maret 2022`` (months),
  with a hyphen, an en or em dash, ``hingga``, ``sampai (dengan)``, ``s.d.``
  or ``s/d`` between the ends;
* a month and year: ``Januari 2007`` (a :class:`~newsnorm.model.YearMonth`);
* a lone, capitalised weekday (``kata Sarekenov, Jumat.``, ``pada Senin``):
  the latest such day on or before the reference date.

Year-less dates and lone weekdays need a reference date (usually the
publication date); without one they are still found, with the value None.

>>> from datetime import date
>>> found = find_dates("kata dia, Rabu (15/6), di Astana.", reference=date(2022, 6, 16))
>>> [(f.text, f.value) for f in found]
[('Rabu (15/6)', datetime.date(2022, 6, 15))]
>>> parse_date_line("• Kamis, 16 Juni 2022, 07:00 WIB").isoformat()
'2022-06-16T07:00:00+07:00'

Every pattern here is compiled once with the ``regex`` module, written to run
in linear time, and called with ``timeout=REGEX_TIMEOUT``; a
:class:`TimeoutError` propagates to the caller.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import attrs
import regex  # type: ignore[import-untyped,unused-ignore]

from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.model import DateRange, DateValue, YearMonth

__all__ = [
    "WIB",
    "WIT",
    "WITA",
    "FoundDate",
    "date_from_url",
    "find_dates",
    "latest_weekday",
    "parse_date_line",
    "resolve_year",
]

#: Western Indonesian Time, UTC+07:00.
WIB = timezone(timedelta(hours=7), "WIB")
#: Central Indonesian Time, UTC+08:00.
WITA = timezone(timedelta(hours=8), "WITA")
#: Eastern Indonesian Time, UTC+09:00.
WIT = timezone(timedelta(hours=9), "WIT")


@attrs.frozen(kw_only=True)
class FoundDate:
    """A date expression found by :func:`find_dates`.

    :param start: offset of the first character in the text searched.
    :param end: offset one past the last character, so that
        ``text_searched[start:end] == self.text``.
    :param text: the expression exactly as found (``Selasa (7/2/2023)``).
    :param value: the resolved value, or None when it cannot be resolved
        (a year-less date or a lone weekday without a reference date).
    :param warning: a note on a doubtful value, such as a weekday that
        contradicts the date, else None.
    """

    start: int
    end: int
    text: str
    value: DateValue | None
    warning: str | None = None


# --------------------------------------------------------------------------
# Vocabulary

_ID_WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_EN_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_ID_WEEKDAYS = {name.lower(): i for i, name in enumerate(_ID_WEEKDAY_NAMES)} | {"ahad": 6}
_EN_WEEKDAYS = {name.lower(): i for i, name in enumerate(_EN_WEEKDAY_NAMES)}
_EN_WEEKDAY_ABBREVS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_APOSTROPHES = "'\u2019\u2018`"

_MONTH_NAMES = {
    "januari": 1, "january": 1, "februari": 2, "pebruari": 2, "february": 2,
    "maret": 3, "march": 3, "april": 4, "mei": 5, "may": 5, "juni": 6, "june": 6,
    "juli": 7, "july": 7, "agustus": 8, "august": 8, "september": 9,
    "oktober": 10, "october": 10, "november": 11, "nopember": 11,
    "desember": 12, "december": 12,
}  # fmt: skip
_MONTH_ABBREVS = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agst": 8, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12,
}  # fmt: skip
_MONTHS = _MONTH_NAMES | _MONTH_ABBREVS
#: English words that are not Indonesian: matched only when capitalised.
_ENGLISH_ONLY_MONTHS = frozenset(
    {"january", "february", "march", "may", "june", "july", "august", "october", "december",
     "aug", "oct", "dec"}
)  # fmt: skip

_ZONES: dict[str, tzinfo] = {"WIB": WIB, "WITA": WITA, "WIT": WIT}

# --------------------------------------------------------------------------
# Pattern pieces. All patterns are compiled with IGNORECASE | VERBOSE; the
# capitalisation rules are checked in code.

_FLAGS = regex.IGNORECASE | regex.VERBOSE


def _alternatives(words: Iterable[str]) -> str:
    """Join words into a regex alternation, longest first."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_SP = r"[^\S\r\n]"  # horizontal white space, NBSP included
_WEEKDAY = (
    rf"(?:senin|selasa|rabu|kamis|jum[{_APOSTROPHES}]?at|sabtu|minggu|ahad"
    rf"|{_alternatives(_EN_WEEKDAYS)})(?!\w)"
)
_WEEKDAY_PREFIX = (
    rf"(?<!\w)(?P<wd>{_WEEKDAY}|(?:{_alternatives(_EN_WEEKDAY_ABBREVS)})(?=,))"
    rf"(?:{_SP}{{0,3}},{_SP}{{0,3}}|{_SP}{{1,3}})"
)


def _month(name: str) -> str:
    """A month name or abbreviation (an abbreviation may end with a dot)."""
    return (
        rf"(?P<{name}>(?:{_alternatives(_MONTH_NAMES)})(?!\w)"
        rf"|(?:{_alternatives(_MONTH_ABBREVS)})(?:\.(?={_SP}{{0,3}}[0-9])|(?!\w)))"
    )


def _year(name: str) -> str:
    return rf"(?P<{name}>[12][0-9]{{3}})(?![0-9])"


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9])"


# Where a number may start: not inside a word, a number or a path; a day
# before a month name not after a hyphenated word either (``Covid-19 Juni``).
_NUM_LEFT = r"(?<![\w/.:])(?<![0-9],)"
_NOT_AFTER_WORD_DASH = r"(?<![^\W\d_]-)"
# Where a numeric date may end: not followed by more of a number or a path.
_NUM_END = r"(?![\w/])(?![.,:][0-9])"
_TIME_END = rf"(?![0-9])(?![.,:][0-9])(?!{_SP}{{0,2}}(?:persen|%))"
_ZONE = (
    rf"(?P<tz>WITA|WIB|WIT|(?:GMT|UTC)(?:{_SP}?[+-]{_SP}?[0-9]{{1,2}}(?::?[0-9]{{2}})?)?"
    r"|[+-][0-9]{4})(?!\w)"
)
_HOUR = r"(?P<H>[01]?[0-9]|2[0-3])"
# A time attached to a date: ", 07:00 WIB", " | 07:00", " pukul 07.00 WIB".
_TIME = rf"""
    (?:{_SP}{{0,3}}[,|\u2022\u00b7\-\u2013\u2014]{_SP}{{0,3}}|{_SP}{{1,3}})
    (?:
        (?:pukul|jam|pk\.?|at){_SP}{{1,3}}
        {_HOUR}(?P<ts>[.:])(?P<M>[0-5][0-9])(?:(?P=ts)(?P<S>[0-5][0-9]))?{_TIME_END}
        (?:{_SP}{{0,3}}{_ZONE})?
      | {_HOUR}:(?P<M>[0-5][0-9])(?::(?P<S>[0-5][0-9]))?{_TIME_END}(?:{_SP}{{0,3}}{_ZONE})?
      | {_HOUR}\.(?P<M>[0-5][0-9])(?:\.(?P<S>[0-5][0-9]))?{_TIME_END}{_SP}{{0,3}}{_ZONE}
    )
"""
_ISO_TIME = r"""
    T(?P<H>[01][0-9]|2[0-3]):(?P<M>[0-5][0-9])(?::(?P<S>[0-5][0-9])(?:[.,][0-9]{1,9})?)?
    (?P<tz>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?(?![\w:])
"""
_RANGE_SEP = rf"""(?:
    {_SP}{{0,3}}(?:[-\u2013\u2014]|s\.d\.?|s/d){_SP}{{0,3}}
  | {_SP}{{1,3}}(?:hingga|sampai(?:{_SP}{{1,3}}dengan)?|until|to){_SP}{{1,3}}
)"""

#: A date written with its day first, optionally followed by a time. (A weekday
#: before it is looked for separately, with :data:`_WEEKDAY_BEFORE`.)
_DATE = regex.compile(
    rf"""
    {_NUM_LEFT}
    (?:
        # ISO: 2022-06-16, 2025-05-28T06:30:07+00:00, 2022-06-16 07:00:00
        (?P<y>[12][0-9]{{3}})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])
        (?:{_ISO_TIME}|{_NUM_END}(?:{_TIME})?)
      | (?:
            # numeric, day first: 7/2/2023, 7/2/23, 7-2-2023
            (?P<d>[0-9]{{1,2}})/(?P<m>[0-9]{{1,2}})/(?P<y>[12][0-9]{{3}}|[0-9]{{2}}){_NUM_END}
          | (?P<d>[0-9]{{1,2}})-(?P<m>[0-9]{{1,2}})-(?P<y>[12][0-9]{{3}}){_NUM_END}
            # text: 16 Juni 2022, 1 Jan. 2020, 16 Juni
          | {_NOT_AFTER_WORD_DASH}{_day("d")}{_SP}{{1,3}}{_month("mn")}
            (?:,?{_SP}{{1,3}}{_year("y")})?
        )
        (?:{_TIME})?
    )
    """,
    _FLAGS,
)

#: A date written month first, English style: ``June 16, 2022``.
_MONTH_FIRST = regex.compile(
    rf"""
    (?<!\w){_month("mn")}{_SP}{{1,3}}{_day("d")}(?:,{_SP}{{0,3}}|{_SP}{{1,3}}){_year("y")}
    (?:{_TIME})?
    """,
    _FLAGS,
)

#: A weekday just before a date (searched for in a few characters before it).
_WEEKDAY_BEFORE = regex.compile(rf"{_WEEKDAY_PREFIX}\Z", _FLAGS)
_WEEKDAY_WINDOW = 24  # enough for "Wednesday ,  "

#: A weekday with the day and month in parentheses: ``Selasa (7/2/2023)``, ``Rabu (15/6)``,
#: also with the part of the day between them: ``Senin sore (13/10)``.
_WEEKDAY_PAREN = regex.compile(
    rf"""
    (?<!\w)(?P<wd>{_WEEKDAY}){_SP}{{0,3}},?{_SP}{{0,3}}
    (?:(?:pagi|siang|sore|petang|malam|dini{_SP}hari){_SP}{{1,3}})?
    \({_SP}{{0,2}}
        (?P<d>[0-9]{{1,2}})(?P<ps>[/-])(?P<m>[0-9]{{1,2}})
        (?:(?P=ps)(?P<y>[12][0-9]{{3}}|[0-9]{{2}}))?
    {_SP}{{0,2}}\)
    (?:{_TIME})?
    """,
    _FLAGS,
)

#: A bare day/month after a word that announces a date: ``pada 15/6``.
_CUED_DAY_MONTH = regex.compile(
    rf"""
    (?<=(?<!\w)(?:tanggal|tgl\.?|pada){_SP}{{1,3}})
    (?P<d>[0-9]{{1,2}})/(?P<m>[0-9]{{1,2}}){_NUM_END}(?!{_SP}{{0,2}}(?:persen|%))
    (?:{_TIME})?
    """,
    _FLAGS,
)

#: A range of days: ``2-4 Juli``, ``10-11 Oktober 2018``, ``30 Juni-2 Juli 2024``.
_DAY_RANGE = regex.compile(
    rf"""
    {_NUM_LEFT}{_NOT_AFTER_WORD_DASH}
    (?P<d1>[0-9]{{1,2}})(?:{_SP}{{1,3}}{_month("m1")}(?:,?{_SP}{{1,3}}{_year("y1")})?)?
    {_RANGE_SEP}
    {_day("d2")}{_SP}{{1,3}}{_month("m2")}(?:,?{_SP}{{1,3}}{_year("y2")})?
    """,
    _FLAGS,
)

#: A range of months: ``Januari-Maret 2022``, ``Desember 2021 - Februari 2022``.
_MONTH_RANGE = regex.compile(
    rf"""
    (?<!\w){_month("m1")}(?:{_SP}{{1,3}}{_year("y1")})?
    {_RANGE_SEP}
    {_month("m2")}{_SP}{{1,3}}{_year("y2")}
    """,
    _FLAGS,
)

#: A month and year: ``Januari 2007``.
_MONTH_YEAR = regex.compile(
    rf"(?<![0-9]{_SP}{{0,3}})(?<!\w){_month('mn')},?{_SP}{{1,3}}{_year('y')}",
    _FLAGS,
)

#: A weekday on its own: ``kata Sarekenov, Jumat.``
_LONE_WEEKDAY = regex.compile(rf"(?<!\w)(?P<wd>{_WEEKDAY})", _FLAGS)

#: Letters-only words, for telling a date line from a sentence.
_WORD = regex.compile(r"[^\W\d_]+")

#: A date in a URL path: ``/2025/05/28/``, ``/2022-06-16-``, ``/20220616/``.
_URL_DATE = regex.compile(
    r"(?<![0-9A-Za-z])(?P<y>(?:19|20)[0-9]{2})(?P<s>[/_-])(?P<m>[01]?[0-9])(?P=s)"
    r"(?P<d>[0-3]?[0-9])(?![0-9])"
)
_URL_COMPACT_DATE = regex.compile(
    r"(?<![0-9A-Za-z])(?P<y>(?:19|20)[0-9]{2})(?P<m>0[1-9]|1[0-2])"
    r"(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z])"
)

# Lone-weekday context (checked on short slices around the match).
_WEEKDAY_CUES = frozenset({"pada", "hari", "on"})  # a weekday follows these
_NOT_A_DAY_CUES = frozenset({"setiap", "tiap", "saban", "every", "each"})  # habitual
_FUTURE_CUES = frozenset({"depan", "mendatang", "nanti", "next"})
_SENTENCE_ENDS = ".!?\u2026\n\r"
_CLOSERS = ",.;:!?)\"'\u201d\u2019"
_DASHES = ("-", "\u2013", "\u2014", "/")
_OPENERS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb([ \t\u00a0"
_CONTEXT = 48  # characters looked at either side of a lone weekday
_MAX_LABEL_WORDS = 6  # words a date line may carry besides its date

# Where matches can start. Every pattern of find_dates opens with a number, a
# month name or a weekday name, so instead of letting a pattern try every
# position of a paragraph (costly with these patterns), find_dates looks those
# openings up with str.find and tries the pattern only there; see _starts.

#: Every month name and abbreviation opens with one of these.
_MONTH_STEMS = tuple(sorted({name[:3] for name in _MONTHS}))
#: Every weekday name that :data:`_WEEKDAY` matches opens with one of these.
_WEEKDAY_STEMS = tuple(
    "jum" if name == "jumat" else name  # Jumat, Jum'at, Jum’at
    for name in (*_ID_WEEKDAYS, *_EN_WEEKDAYS)
)
#: The Indonesian weekday stems: the English names all end with "day", so they
#: are looked for only in text that holds "day".
_WEEKDAY_STEMS_ID = tuple(stem for stem in _WEEKDAY_STEMS if "day" not in stem)
#: Non-ASCII characters that IGNORECASE matches to an ASCII letter.
_ODD_FOLDS = ("\u0130", "\u017f", "\u212a")  # İ, ſ, Kelvin sign


# --------------------------------------------------------------------------
# Public helpers


def latest_weekday(weekday: int, reference: date) -> date:
    """Return the latest day on or before ``reference`` that is ``weekday``.

    :param weekday: 0 for Monday (Senin) .. 6 for Sunday (Minggu).
    :param reference: the day to count back from (returned itself when it is
        that weekday).
    :raises OverflowError: when the day would fall before ``date.min``.

    >>> latest_weekday(4, date(2022, 5, 30))  # the Friday before a Monday
    datetime.date(2022, 5, 27)
    """
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def resolve_year(month: int, day: int, reference: date, weekday: int | None = None) -> date | None:
    """Give a year-less day and month the year that puts it nearest ``reference``.

    The years ``reference.year - 1``, ``reference.year`` and
    ``reference.year + 1`` are tried. When ``weekday`` is given, the years in
    which the day falls on that weekday are preferred (the nearest of them);
    if none does, the nearest day is returned anyway. On a tie the earlier
    day wins.

    :param month: 1..12.
    :param day: 1..31.
    :param reference: the date to be near, usually the publication date.
    :param weekday: 0 (Monday) .. 6 (Sunday), or None.
    :return: the date, or None when the day exists in none of those years
        (``31/2``; ``29/2`` with no leap year near).

    >>> resolve_year(12, 31, date(2023, 1, 2))
    datetime.date(2022, 12, 31)
    >>> resolve_year(6, 15, date(2022, 6, 16), weekday=2)  # Rabu (15/6)
    datetime.date(2022, 6, 15)
    """
    days = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = _make_date(year, month, day)
        if candidate is not None:
            days.append(candidate)
    if weekday is not None:
        days = [d for d in days if d.weekday() == weekday] or days
    if not days:
        return None
    return min(days, key=lambda d: (abs((d - reference).days), d))


# --------------------------------------------------------------------------
# Internals


class _Candidate(NamedTuple):
    """A lexical match; ``valid`` is False for a date that does not exist."""

    start: int
    end: int
    value: DateValue | None = None
    warning: str | None = None
    valid: bool = True


# (value, warning), or None when the expression names no real date.
_Resolved = tuple[DateValue | None, str | None]


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _lower(token: str) -> str:
    """Lower case as the IGNORECASE patterns match: ``İ`` is ``i``, ``ſ`` is ``s``."""
    return token.lower().replace("i\u0307", "i").replace("\u017f", "s")


#: Every weekday name and abbreviation (the three tables share no key).
_WEEKDAY_NUMBERS = _ID_WEEKDAYS | _EN_WEEKDAYS | _EN_WEEKDAY_ABBREVS


def _weekday_number(token: str) -> int:
    key = _lower(token)
    if key not in _WEEKDAY_NUMBERS:  # Jum'at: no name holds an apostrophe
        key = "".join(c for c in key if c not in _APOSTROPHES)
    return _WEEKDAY_NUMBERS[key]


def _is_english_weekday(token: str) -> bool:
    key = _lower(token)
    return key in _EN_WEEKDAYS or key in _EN_WEEKDAY_ABBREVS


def _month_number(token: str) -> int:
    return _MONTHS[_lower(token).rstrip(".")]


def _month_ok(token: str | None, *, capitalised: bool = False) -> bool:
    """Whether a matched month token may be taken as a month here.

    English-only names (``May``, ``March``) must be capitalised anywhere;
    every name must be when ``capitalised`` is asked (no day number beside it).
    """
    if token is None:
        return True
    if capitalised or _lower(token).rstrip(".") in _ENGLISH_ONLY_MONTHS:
        return token[0].isupper()
    return True


def _weekday_warning(token: str, day: date, text: str) -> str | None:
    if _weekday_number(token) == day.weekday():
        return None
    names = _EN_WEEKDAY_NAMES if _is_english_weekday(token) else _ID_WEEKDAY_NAMES
    return f"weekday {token} does not match {day.isoformat()} ({names[day.weekday()]}) in '{text}'"


def _zone(token: str | None) -> tzinfo | None:
    """The tzinfo for a zone token; WIB when there is none; None if invalid."""
    if token is None:
        return WIB
    key = "".join(token.split()).upper()
    if key in _ZONES:
        return _ZONES[key]
    if key in ("Z", "GMT", "UTC"):
        return timezone.utc
    digits = key.removeprefix("GMT").removeprefix("UTC")
    sign = -1 if digits[0] == "-" else 1
    digits = digits[1:].replace(":", "")
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    offset = timedelta(hours=int(hours), minutes=int(minutes))
    if offset > timedelta(hours=14):
        return None
    return timezone(sign * offset)


def _with_time(day: date, groups: dict[str, Any]) -> DateValue | None:
    """Attach the matched time (if any) to ``day``; None if the zone is invalid."""
    if groups.get("H") is None:
        return day
    zone = _zone(groups.get("tz"))
    if zone is None:
        return None
    return datetime(
        day.year, day.month, day.day,
        int(groups["H"]), int(groups["M"]), int(groups["S"] or 0),
        tzinfo=zone,
    )  # fmt: skip


def _resolve_day(
    groups: dict[str, Any],
    weekday_token: str | None,
    expression: str,
    reference: date | None,
) -> _Resolved | None:
    """Resolve the groups of a single-day match (``d``, ``m`` or ``mn``, ``y``, time)."""
    day_number = int(groups["d"])
    month = _month_number(groups["mn"]) if groups.get("mn") else int(groups["m"])
    weekday = None if weekday_token is None else _weekday_number(weekday_token)
    if groups.get("y") is not None:
        day = _make_date(_full_year(groups["y"]), month, day_number)
        if day is None:
            return None
    else:
        if _make_date(2000, month, day_number) is None:  # 2000 is a leap year
            return None
        if reference is None:
            return None, None
        day = resolve_year(month, day_number, reference, weekday)
        if day is None:
            return None, None
    value = _with_time(day, groups)
    if value is None:
        return None
    if weekday_token is None:
        return value, None
    return value, _weekday_warning(weekday_token, day, expression)


def _day_candidate(
    match: regex.Match[str], text: str, reference: date | None, *, look_back: bool
) -> _Candidate | None:
    """A candidate for a single-day match, widened to a weekday just before it.

    None when the match uses an English-only month name in lower case.
    """
    groups = match.groupdict()
    if not _month_ok(groups.get("mn")):
        return None
    start, end = match.span()
    weekday_token: str | None = groups.get("wd")
    if look_back and start > 0 and (text[start - 1].isspace() or text[start - 1] == ","):
        prefix = _WEEKDAY_BEFORE.search(
            text, max(0, start - _WEEKDAY_WINDOW), start, timeout=REGEX_TIMEOUT
        )
        if prefix is not None:
            start, weekday_token = prefix.start(), prefix.group("wd")
    resolved = _resolve_day(groups, weekday_token, text[start:end], reference)
    if resolved is None:
        return _Candidate(start, end, valid=False)
    return _Candidate(start, end, *resolved)


def _resolve_range(match: regex.Match[str], reference: date | None) -> _Resolved | None:
    """Resolve a match of :data:`_DAY_RANGE` or :data:`_MONTH_RANGE` to a DateRange."""
    groups = match.groupdict()
    by_month = groups.get("d1") is None
    m2 = _month_number(groups["m2"])
    m1 = m2 if groups["m1"] is None else _month_number(groups["m1"])
    d1, d2 = (1, 1) if by_month else (int(groups["d1"]), int(groups["d2"]))
    y1 = None if groups["y1"] is None else int(groups["y1"])
    y2 = None if groups["y2"] is None else int(groups["y2"])
    if _make_date(2000, m1, d1) is None or _make_date(2000, m2, d2) is None:
        return None
    if y1 is None and y2 is None:
        if m1 == m2 and d1 >= d2:
            return None
        if reference is None:
            return None, None
        first = resolve_year(m1, d1, reference)
        if first is None:
            return None, None
        y1 = first.year
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    elif y1 is not None and y2 is None:
        y2 = y1 if (m1, d1) <= (m2, d2) else y1 + 1
    assert y1 is not None
    assert y2 is not None
    if by_month:
        start_month, end_month = YearMonth(y1, m1), YearMonth(y2, m2)
        return (DateRange(start_month, end_month), None) if start_month < end_month else None
    start, end = _make_date(y1, m1, d1), _make_date(y2, m2, d2)
    if start is None or end is None or start >= end:
        return None
    return DateRange(start, end), None


def _last_word(before: str, whole: bool) -> str:
    """The word just before a match (``before`` ends where the match starts)."""
    if not before or not before[-1].isspace():
        return ""
    words = before.split()
    if not words or (len(words) == 1 and not whole):
        return ""
    return words[-1].lower()


def _lone_weekday(
    match: regex.Match[str], text: str, reference: date | None, english: bool
) -> _Candidate | None:
    """Decide whether a lone weekday is a date, and resolve it."""
    token: str = match.group("wd")
    if not token[0].isupper() or (_is_english_weekday(token) and not english):
        return None
    start, end = match.span()
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    previous = _last_word(before, whole=start <= _CONTEXT)
    next_words = after.split(maxsplit=1)
    following = next_words[0].lower().strip(_CLOSERS) if next_words else ""
    cued = previous in _WEEKDAY_CUES
    if previous in _NOT_A_DAY_CUES:
        return None
    if before.rstrip()[-1:] in _DASHES or after.lstrip()[:1] in _DASHES:
        return None  # Senin-Jumat: a span of weekdays, not a day
    opened = before.rstrip(_OPENERS)
    if not cued and (not opened or opened[-1] in _SENTENCE_ENDS):
        return None  # first word of a sentence
    weekday = _weekday_number(token)
    if weekday == 6 and token.lower() == "minggu" and not cued:
        # "Minggu" is also "week" (dua minggu, Minggu lalu): take it only
        # when a sentence or clause ends right after it.
        rest = after.lstrip(" \t\u00a0")
        if rest and rest[0] not in _CLOSERS + "\u2026\n\r" and following not in _DAY_PARTS:
            return None
    if reference is None:
        return _Candidate(start, end)
    try:
        if following in _FUTURE_CUES or previous == "next":
            value = reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
        else:
            value = latest_weekday(weekday, reference)
    except OverflowError:
        return _Candidate(start, end)
    return _Candidate(start, end, value)


#: Parts of a day that may follow a weekday (``Minggu pagi``): with them,
#: ``Minggu`` is Sunday, not "week".
_DAY_PARTS = frozenset({"pagi", "siang", "sore", "petang", "malam", "dini"})


def _range_candidate(match: regex.Match[str], reference: date | None) -> _Candidate | None:
    """A candidate for a range match; None for a lower-case English month name
    (or any lower-case month name in a range of months)."""
    months_only = match.groupdict().get("d1") is None
    if not (
        _month_ok(match.group("m1"), capitalised=months_only)
        and _month_ok(match.group("m2"), capitalised=months_only)
    ):
        return None
    start, end = match.span()
    resolved = _resolve_range(match, reference)
    if resolved is None:
        return _Candidate(start, end, valid=False)
    return _Candidate(start, end, *resolved)


def _select(candidates: list[_Candidate], text: str) -> list[FoundDate]:
    """Keep the longest of overlapping candidates; drop the invalid ones.

    An invalid candidate still takes its place, so ``32 Juni 2022`` does not
    leave ``Juni 2022`` behind as a month.
    """
    if not candidates:
        return []
    taken = bytearray(len(text))
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        if cand.valid:
            kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return [
        FoundDate(
            start=c.start, end=c.end, text=text[c.start : c.end], value=c.value, warning=c.warning
        )
        for c in kept
    ]


class _Starts(NamedTuple):
    """Where in a paragraph a match can start (see :func:`_starts`)."""

    dates: list[int]  # runs of ASCII digits that may open a _DATE
    day_ranges: list[int]  # runs of ASCII digits that may open a _DAY_RANGE
    day_months: list[int]  # runs of ASCII digits that may open a _CUED_DAY_MONTH
    month_firsts: list[int]  # month names that may open a _MONTH_FIRST
    month_ranges: list[int]  # month names that may open a _MONTH_RANGE
    month_years: list[int]  # month names that may open a _MONTH_YEAR
    paren_weekdays: list[int]  # weekday names that may open a _WEEKDAY_PAREN
    weekdays: list[int]  # every place a weekday name may open


def _starts(text: str) -> _Starts | None:
    """Where in ``text`` a match of each pattern of :func:`find_dates` can start.

    A match of :data:`_DATE`, :data:`_DAY_RANGE` or :data:`_CUED_DAY_MONTH`
    starts with a digit that follows no word character, so at the start of a
    run of digits, and only some runs can open one (see :func:`_digit_starts`);
    one of :data:`_MONTH_FIRST`, :data:`_MONTH_RANGE` or :data:`_MONTH_YEAR`
    starts with a month name (and holds a number), and only some names can
    open one (see :func:`_month_starts`); one of :data:`_WEEKDAY_PAREN` or
    :data:`_LONE_WEEKDAY` with a weekday name, and one of :data:`_WEEKDAY_PAREN`
    has a parenthesis within :data:`_PAREN_REACH` characters after the name.
    Names are looked for in the lower-case text with ``str.find``, and kept
    where the word there is the whole name (see :func:`_name_spans`). Returns
    None, and the patterns scan the whole text, when lower-casing would move
    positions or the text holds a character that IGNORECASE takes for an ASCII
    letter.
    """
    if _ODD_FOLDS[0] in text or _ODD_FOLDS[1] in text or _ODD_FOLDS[2] in text:
        return None
    folded = text.lower()
    if len(folded) != len(text):
        return None
    weekday_stems = _WEEKDAY_STEMS if "day" in folded else _WEEKDAY_STEMS_ID
    weekday_spans = _name_spans(text, folded, weekday_stems, _WEEKDAY_WORDS)
    weekdays = [start for start, _ in weekday_spans]
    if not any(digit in text for digit in "0123456789"):
        # most paragraphs; every pattern but _LONE_WEEKDAY needs a number
        return _Starts([], [], [], [], [], [], [], weekdays)
    runs = _digit_runs(text)
    months = _name_spans(text, folded, _MONTH_STEMS, _MONTH_WORDS)
    dates, day_ranges, day_months = _digit_starts(text, folded, runs, months)
    month_firsts, month_ranges, month_years = _month_starts(text, folded, runs, months)
    paren_weekdays = [
        start for start, end in weekday_spans if "(" in text[end : end + _PAREN_REACH + 1]
    ]
    return _Starts(
        dates,
        day_ranges,
        day_months,
        month_firsts,
        month_ranges,
        month_years,
        paren_weekdays,
        weekdays,
    )


#: The words a month or weekday name of the patterns can be, in lower case:
#: names and abbreviations, and ``jum`` of ``Jum'at``.
_MONTH_WORDS = frozenset(_MONTHS)
_WEEKDAY_WORDS = frozenset({*_ID_WEEKDAYS, *_EN_WEEKDAYS, "jum"})


def _name_spans(
    text: str, folded: str, stems: Iterable[str], words: frozenset[str]
) -> list[tuple[int, int]]:
    r"""The ``(start, end)`` of the run of ASCII letters at each of the
    :func:`_word_starts` of ``stems`` that is one of ``words``, in order.

    Every name ends with ``(?!\w)`` (an abbreviation may end with a dot), and
    ASCII letters are word characters: where a longer run of letters opens
    (``desa``, ``seperti``, ``jumlah``), no name matches; where a name
    matches, it ends where the run ends (or one past, at a dot), except
    ``jum``, which ends with ``'at`` (``Jum'at``).
    """
    found = []
    for at in _word_starts(text, folded, stems):
        end = at
        while end < len(folded) and "a" <= folded[end] <= "z":
            end += 1
        if folded[at:end] in words:
            found.append((at, end))
    return found


def _digit_runs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every run of ASCII digits in ``text``, in order.

    What ``finditer`` of ``[0-9]+`` finds, found with ``str.find``: with a
    timeout, ``finditer`` reads the process CPU clock at every match.
    """
    digits = []
    for digit in "0123456789":
        at = text.find(digit)
        while at != -1:
            digits.append(at)
            at = text.find(digit, at + 1)
    digits.sort()
    runs: list[tuple[int, int]] = []
    end = -1
    for at in digits:
        if at == end:  # the run goes on
            end += 1
            runs[-1] = (runs[-1][0], end)
        else:
            end = at + 1
            runs.append((at, end))
    return runs


#: What a range of :data:`_RANGE_SEP` holds between its ends, in lower case
#: (``to`` and ``until`` as words; ``s.d.`` with or without its last dot).
_RANGE_WORDS = ("-", "\u2013", "\u2014", "s.d", "s/d", "hingga", "sampai", "until", "to")
#: How far after the first day of a :data:`_DAY_RANGE` its separator ends, at
#: most: three spaces, the longest month name (``september``), a comma, three
#: spaces and a year, three spaces and ``sampai``.
_DAY_RANGE_REACH = 3 + 9 + 1 + 3 + 4 + 3 + 6
#: How far after the first month of a :data:`_MONTH_RANGE` its separator ends,
#: at most: a dot, three spaces and a year, three spaces and ``sampai``.
_MONTH_RANGE_REACH = 1 + 3 + 4 + 3 + 6
#: How far before the day of a :data:`_CUED_DAY_MONTH` its cue begins, at
#: most: ``tanggal`` and three spaces.
_CUE_REACH = 7 + 3
#: How far after a weekday name the parenthesis of a :data:`_WEEKDAY_PAREN`
#: is, at most: ``'at`` (``Jum'at``), three spaces, a comma, three spaces,
#: ``dini hari`` and three spaces.
_PAREN_REACH = 3 + 3 + 1 + 3 + 9 + 3


def _range_word_in(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` holds one of :data:`_RANGE_WORDS`."""
    window = folded[start:end]
    return any(word in window for word in _RANGE_WORDS)


def _digit_starts(
    text: str, folded: str, runs: list[tuple[int, int]], months: list[tuple[int, int]]
) -> tuple[list[int], list[int], list[int]]:
    """The runs of ASCII digits (``runs``) that may open a match of
    :data:`_DATE`, :data:`_DAY_RANGE` and :data:`_CUED_DAY_MONTH`, judged by
    the run's length, the character after it and what is near it (``months``
    are the spans of :func:`_name_spans` of the month names):

    - a :data:`_DATE` opens with a year and ``-`` (ISO), with a day of one or
      two digits and ``/`` or ``-``, or with such a day, an ordinal suffix
      (``st``, ``nd``, ``rd``, ``th``) or not, and one to three spaces before
      a month name, which so begins one to five characters after the day;
    - a :data:`_DAY_RANGE` with a day and white space, a dash or ``s.d.`` /
      ``s/d``; it holds one of :data:`_RANGE_WORDS` within
      :data:`_DAY_RANGE_REACH` characters of the day and ends with a month
      name, after the day;
    - a :data:`_CUED_DAY_MONTH` with a day and ``/``, the cue (``tanggal``,
      ``tgl``, ``pada``) within :data:`_CUE_REACH` characters before it.
    """
    dates: list[int] = []
    day_ranges: list[int] = []
    day_months: list[int] = []
    month_starts = [start for start, _ in months]
    last_month = month_starts[-1] if month_starts else -1
    for start, end in runs:
        after = text[end : end + 1]
        if end - start == 4 and after == "-":
            dates.append(start)
        elif end - start <= 2 and after:
            space = after.isspace()
            if after in "/-":
                dates.append(start)
            elif space or after in "sStTnNrR":
                at = bisect.bisect_left(month_starts, end + 1)
                if at < len(month_starts) and month_starts[at] <= end + 5:
                    dates.append(start)
            if (
                (space or after in "-\u2013\u2014sS")
                and last_month > end
                and _range_word_in(folded, end, end + _DAY_RANGE_REACH)
            ):
                day_ranges.append(start)
            if after == "/":
                cue = folded[max(0, start - _CUE_REACH) : start]
                if "pada" in cue or "tgl" in cue or "tanggal" in cue:
                    day_months.append(start)
    return dates, day_ranges, day_months


def _month_starts(
    text: str, folded: str, runs: list[tuple[int, int]], months: list[tuple[int, int]]
) -> tuple[list[int], list[int], list[int]]:
    """The month names (``months``, spans of :func:`_name_spans`) that may
    open a match of :data:`_MONTH_FIRST`, :data:`_MONTH_RANGE` and
    :data:`_MONTH_YEAR`. After the name (and a dot, for an abbreviation)
    comes

    - in a :data:`_MONTH_FIRST`, one to three spaces and a day of one or two
      digits, so the first run of digits after the name is that day and
      begins at most four characters after it;
    - in a :data:`_MONTH_RANGE`, one of :data:`_RANGE_WORDS` within
      :data:`_MONTH_RANGE_REACH` characters;
    - in a :data:`_MONTH_YEAR`, a comma or not, one to three spaces and a
      year, a run of four digits opening with 1 or 2, at most four characters
      after the name; and there is no number and a space just before it.
    """
    firsts: list[int] = []
    ranges: list[int] = []
    years: list[int] = []
    run_starts = [start for start, _ in runs]
    for start, end in months:
        at = bisect.bisect_right(run_starts, end)
        if at < len(runs) and runs[at][0] <= end + 4:
            run_start, run_end = runs[at]
            if run_end - run_start <= 2:
                firsts.append(start)
            elif (
                run_end - run_start == 4
                and text[run_start] in "12"
                and not (start >= 2 and text[start - 1] == " " and "0" <= text[start - 2] <= "9")
            ):
                years.append(start)
        if _range_word_in(folded, end, end + _MONTH_RANGE_REACH):
            ranges.append(start)
    return firsts, ranges, years


def _word_starts(text: str, folded: str, stems: Iterable[str]) -> list[int]:
    r"""Every position where one of ``stems`` opens a word of ``folded`` (``text`` in
    lower case), in order. A name in these patterns follows no word character
    (``(?<!\w)``); letters, decimal digits and ``_`` are such characters."""
    found = set()
    for stem in stems:
        if stem not in folded:  # most stems, most paragraphs: cheaper than find
            continue
        at = folded.find(stem)
        while at != -1:
            before = text[at - 1] if at else " "
            if not (before.isalpha() or before.isdecimal() or before == "_"):
                found.add(at)
            at = folded.find(stem, at + 1)
    return sorted(found)


def _matches_at(
    pattern: regex.Pattern[str], text: str, starts: Iterable[int]
) -> list[regex.Match[str]]:
    """What ``pattern.finditer(text)`` finds, when every match starts at one of ``starts``.

    The pattern is tried only there, left to right, skipping places inside a
    match already found, as ``finditer`` does.
    """
    found: list[regex.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start, timeout=REGEX_TIMEOUT)
            if match is not None:
                found.append(match)
                end = match.end()
    return found


#: Which starts each pattern's matches begin at.
_STARTS_OF: dict[regex.Pattern[str], Callable[[_Starts], list[int]]] = {
    _DATE: lambda s: s.dates,
    _DAY_RANGE: lambda s: s.day_ranges,
    _CUED_DAY_MONTH: lambda s: s.day_months,
    _MONTH_FIRST: lambda s: s.month_firsts,
    _MONTH_RANGE: lambda s: s.month_ranges,
    _MONTH_YEAR: lambda s: s.month_years,
    _WEEKDAY_PAREN: lambda s: s.paren_weekdays,
    _LONE_WEEKDAY: lambda s: s.weekdays,
}
#: A character some patterns cannot match without: they are tried only on text
#: that holds it.
_NEEDS: dict[regex.Pattern[str], str] = {_WEEKDAY_PAREN: "(", _CUED_DAY_MONTH: "/"}


# --------------------------------------------------------------------------
# Public API


def find_dates(
    text: str, *, reference: date | None = None, language: str = "id"
) -> list[FoundDate]:
    """Find the date expressions in a paragraph, in order, and resolve them.

    Matches do not overlap: where two would, the longer wins. Expressions
    that name no real date (``31/2/2023``, ``32 Juni 2022``) are skipped.
    See the module docstring for the forms recognised.

    :param text: one paragraph of article text.
    :param reference: the date the text was written (usually the publication
        date); year-less dates and lone weekdays are resolved against it and
        have the value None without it.
    :param language: ``"id"`` (default) or ``"en"``; English weekday names
        standing alone are dates only in English text (month names and
        weekdays written beside a date are understood in both).
    :return: one :class:`FoundDate` per expression, ordered by position.
    :raises TimeoutError: when a pattern runs past ``REGEX_TIMEOUT``.

    >>> found = find_dates("pada Selasa (7/2/2023) malam")
    >>> [(f.text, f.value) for f in found]
    [('Selasa (7/2/2023)', datetime.date(2023, 2, 7))]
    >>> find_dates("Senin (7/2/2023)")[0].warning
    "weekday Senin does not match 2023-02-07 (Selasa) in 'Senin (7/2/2023)'"
    """
    english = language.lower().startswith("en")
    starts = _starts(text)
    if starts is not None and not any(starts):
        return []  # nothing can open a date: most paragraphs

    def scan(pattern: regex.Pattern[str]) -> list[regex.Match[str]]:
        if starts is not None:
            where = _STARTS_OF[pattern](starts)
            return _matches_at(pattern, text, where) if where else []
        if pattern in _NEEDS and _NEEDS[pattern] not in text:
            return []
        # Collect first: the timeout counts from the start of the iteration.
        return list(pattern.finditer(text, timeout=REGEX_TIMEOUT))

    found: list[_Candidate] = []

    def add(candidate: _Candidate | None) -> None:
        if candidate is not None:
            found.append(candidate)

    for pattern in (_DATE, _MONTH_FIRST):
        for match in scan(pattern):
            add(_day_candidate(match, text, reference, look_back=True))
    for pattern in (_WEEKDAY_PAREN, _CUED_DAY_MONTH):
        for match in scan(pattern):
            add(_day_candidate(match, text, reference, look_back=False))
    for pattern in (_DAY_RANGE, _MONTH_RANGE):
        for match in scan(pattern):
            add(_range_candidate(match, reference))
    for match in scan(_MONTH_YEAR):
        if _month_ok(match.group("mn"), capitalised=True):
            month = YearMonth(int(match.group("y")), _month_number(match.group("mn")))
            found.append(_Candidate(match.start(), match.end(), month))
    for match in scan(_LONE_WEEKDAY):
        add(_lone_weekday(match, text, reference, english))
    return _select(found, text)


def parse_date_line(text: str, *, language: str = "id") -> datetime | date | None:
    """Read the publication date from an outlet's date line.

    The line may carry a bullet, a label (``Kompas.com -``, ``Diterbitkan``)
    or a trailer (``Dibaca: 1.234 kali``), but no more than a few words
    besides its dates: a body sentence that mentions a date is not a date
    line. The first full date (with its year) is taken.

    :param text: the whole date line.
    :param language: as for :func:`find_dates`.
    :return: an aware datetime when a time is given (at WIB unless a zone or
        offset is written), a date when only the day is, else None.
    :raises TimeoutError: when a pattern runs past ``REGEX_TIMEOUT``.

    >>> parse_date_line("Kompas.com - 28/05/2025, 13:30 WIB").isoformat()
    '2025-05-28T13:30:00+07:00'
    >>> parse_date_line("Diterbitkan 16 Juni 2022")
    datetime.date(2022, 6, 16)
    >>> parse_date_line("Tokayev berbicara di Astana pada Senin (16/6/2025) kepada wartawan.")
    """
    return _date_line_value(text, find_dates(text, language=language))


def _date_line_value(text: str, found: list[FoundDate]) -> datetime | date | None:
    """:func:`parse_date_line`, given what :func:`find_dates` found in ``text``."""
    value: date | None = None
    for f in found:
        if isinstance(f.value, date):
            value = f.value
            break
    if value is None:
        return None
    outside = []
    position = 0
    for f in found:
        outside.append(text[position : f.start])
        position = f.end
    outside.append(text[position:])
    words = _WORD.findall(" ".join(outside), timeout=REGEX_TIMEOUT)
    if len(words) > _MAX_LABEL_WORDS:
        return None
    return value


def date_from_url(url: str) -> date | None:
    """Read a publication date from a URL's path.

    Accepted: ``/2025/05/28/``, ``/2022-06-16-slug``, ``/2022_06_16``, and an
    eight-digit ``/20220616/`` standing alone; years 1990 to 2099. The first
    real date wins; slashed or dashed forms before compact ones.

    :param url: any string; a malformed URL gives None rather than an error.
    :return: the date, or None.

    >>> date_from_url("https://nasional.kompas.com/read/2025/05/28/13300711/slug")
    datetime.date(2025, 5, 28)
    >>> date_from_url("https://example.com/read/13300711/slug") is None
    True
    """
    try:
        path = urlsplit(url).path
    except ValueError:
        path = url
    for pattern in (_URL_DATE, _URL_COMPACT_DATE):
        for match in pattern.finditer(path, timeout=REGEX_TIMEOUT):
            year = int(match.group("y"))
            if year < 1990:
                continue
            found = _make_date(year, int(match.group("m")), int(match.group("d")))
            if found is not None:
                return found
    return None
