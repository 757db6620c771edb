"""Datelines: the ``PLACE, SOURCE -`` that opens a news story.

:func:`dateline_pattern` builds a matcher for the forms Indonesian outlets
use, given the pattern of an outlet's source name; :func:`match_dateline` runs
it and returns a :class:`~newsnorm.model.Dateline` whose ``text`` is a prefix
of the paragraph.

>>> kompas = dateline_pattern(r"KOMPAS\\.com")
>>> match_dateline(kompas, "ASTANA, KOMPAS.com - Presiden Kazakhstan ...")
Dateline(text='ASTANA, KOMPAS.com - ', place='Astana', source='KOMPAS.com')
>>> antara = dateline_pattern(r"ANTARA")
>>> match_dateline(antara, "Jakarta (ANTARA) – Duta Besar ...")
Dateline(text='Jakarta (ANTARA) – ', place='Jakarta', source='ANTARA')
"""

from __future__ import annotations

import regex

from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.model import Dateline

__all__ = ["DASH", "PLACE", "dateline_pattern", "match_dateline", "place_case"]

#: A dateline separator: hyphen, en dash or em dash (one or two), any spacing.
DASH = r"\s{0,3}(?:[-\u2013\u2014\u2012\u2015]{1,2})\s{0,3}"

#: A place: one to four capitalised words (``Jakarta``, ``BANDAR LAMPUNG``,
#: ``Nusa Dua``), optionally a second part after a comma (``Sleman, DIY``).
PLACE = (
    r"(?:\p{Lu}[\p{L}'’.\-]{0,30})(?:\s(?:\p{Lu}[\p{L}'’.\-]{0,30}|\d{1,2}))"
    r"{0,3}(?:,\s{0,2}\p{Lu}[\p{L}'’.\-]{0,30}(?:\s\p{Lu}[\p{L}'’.\-]{0,30}){0,2})?"
)

_ACRONYMS = frozenset({"DKI", "DIY", "NTT", "NTB", "AS", "RI", "PBB", "UEA", "USA", "UK", "PNG"})


def place_case(place: str) -> str:
    """Proper-case a place written in capitals, keeping known acronyms.

    >>> place_case("BANDAR LAMPUNG")
    'Bandar Lampung'
    >>> place_case("DKI JAKARTA")
    'DKI Jakarta'
    """
    place = " ".join(place.split()).strip(" ,")
    if place.upper() != place:
        return place
    words = []
    for word in place.split(" "):
        bare = word.strip(",.")
        if bare in _ACRONYMS:
            words.append(word)
        else:
            words.append("-".join(w[:1].upper() + w[1:].lower() for w in word.split("-")))
    return " ".join(words)


def dateline_pattern(source: str, *, place_required: bool = False) -> regex.Pattern[str]:
    """Compile a dateline matcher for a source name pattern.

    The forms matched, at the start of the paragraph (``P`` a place, ``S`` the
    source, ``–`` any dash; the match includes the separator and the space
    after it):

    - ``P, S –`` (``ASTANA, KOMPAS.com -``, ``Beijing, Purna Warta –``)
    - ``P (S) –`` (``Jakarta (ANTARA) –``)
    - ``S – P –`` (``JurnalPatroliNews – Astana –``)
    - ``P – S –`` (``JAKARTA – JurnalPatroliNews –``)
    - ``S, P –`` (``TEMPO.CO, Jakarta -``)
    - ``S –`` (``KOMPAS.com-``), unless ``place_required``

    :param source: a regex for the source name (it is matched case-insensitively).
    :param place_required: do not accept the source alone.
    :return: a compiled pattern with groups ``place``/``place2`` and ``source``.
    """
    source = f"(?i:{source})"
    forms = [
        rf"(?P<place>{PLACE}),\s{{0,3}}(?P<source>{source})\s{{0,2}}(?:{DASH}|:\s)",
        rf"(?P<place>{PLACE})\s{{0,3}}\(\s{{0,2}}(?P<source>{source})\s{{0,2}}\)\s{{0,2}}(?:{DASH}|:\s|,\s)",
        rf"(?P<source>{source}){DASH}(?P<place2>{PLACE}){DASH}",
        rf"(?P<place>{PLACE}){DASH}(?P<source>{source}){DASH}",
        rf"(?P<source>{source}),\s{{0,3}}(?P<place2>{PLACE}){DASH}",
    ]
    if not place_required:
        forms.append(rf"(?P<source>{source})\s{{0,2}}(?:{DASH}|:\s)")
    body = "|".join(f"(?:{f})" for f in forms)
    return regex.compile(rf"^(?:{body})")


def match_dateline(pattern: regex.Pattern[str], text: str) -> Dateline | None:
    """Match ``pattern`` (from :func:`dateline_pattern`) at the start of ``text``.

    The source is matched ignoring case (``Kompas.com`` and ``KOMPAS.com``);
    the place must be capitalised as written.

    :return: the :class:`Dateline` (its ``text`` a prefix of ``text``), or None.
    """
    m = pattern.match(text[:300], timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    groups = m.groupdict()
    place = groups.get("place") or groups.get("place2")
    return Dateline(
        text=m.group(0),
        place=place_case(place) if place else None,
        source=(groups.get("source") or "").strip() or None,
    )
