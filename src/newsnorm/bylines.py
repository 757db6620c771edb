"""Bylines: role labels, name splitting and proper case.

Outlet plugins call these helpers; the generic plugin uses them for the
labels every Indonesian outlet shares.

>>> parse_byline("LAPORAN: <a href='https://rmol.id/about/reni-erina-1'>RENI ERINA</a>")
(Person(name='Reni Erina', role='reporter', url='https://rmol.id/about/reni-erina-1'),)
>>> [p.name for p in parse_byline("Penulis: Budi Santoso, Ani Lestari & Dewi Sartika")]
['Budi Santoso', 'Ani Lestari', 'Dewi Sartika']
"""

from __future__ import annotations

import html

import regex

from newsnorm._regex import REGEX_TIMEOUT
from newsnorm.model import Person

__all__ = [
    "BYLINE_LINE",
    "ROLE_LABELS",
    "drop_titles",
    "names_only",
    "parse_byline",
    "proper_case",
    "split_names",
]

#: Role labels as outlets write them (lower case) and the role each means.
ROLE_LABELS: dict[str, str] = {
    "penulis": "author",
    "oleh": "author",
    "author": "author",
    "writer": "author",
    "by": "author",
    "pewarta": "reporter",
    "laporan": "reporter",
    "reporter": "reporter",
    "wartawan": "reporter",
    "editor": "editor",
    "penyunting": "editor",
    "redaktur": "editor",
    "fotografer": "photographer",
    "pewarta foto": "photographer",
    "foto": "photographer",
    "photographer": "photographer",
    "penerjemah": "translator",
    "alih bahasa": "translator",
    "translator": "translator",
    "kontributor": "contributor",
    "contributor": "contributor",
}

_LABELS = "|".join(sorted((regex.escape(k) for k in ROLE_LABELS), key=len, reverse=True))

#: A line that is a byline: a role label, a colon (``Oleh`` may go without),
#: then at most 120 characters. Group ``label`` and ``rest``.
BYLINE_LINE = regex.compile(
    rf"^[\s•|]{{0,4}}(?P<label>{_LABELS})\s{{0,3}}(?::|(?<=oleh)\s)\s{{0,3}}(?P<rest>.{{0,300}})$",
    regex.IGNORECASE | regex.DOTALL,
)

# A label inside a line that holds several ("Pewarta: A | Editor: B"), also
# glued to the name before it by a scraper ("Budi SantosoEditor: Ani").
_INNER_LABEL = regex.compile(
    rf"(?:^|[|•;,]|\s|(?<=\p{{Ll}})(?=\p{{Lu}}))\s{{0,3}}(?P<label>{_LABELS})\s{{0,3}}:", regex.I
)
_LINK = regex.compile(
    r"""<a\b[^<>]{0,500}?href\s{0,3}=\s{0,3}(?:"(?P<u1>[^"<>]{0,500})"|'(?P<u2>[^'<>]{0,500})')[^<>]{0,500}>"""
    r"(?P<text>[^<>]{0,200})</a\s{0,3}>",
    regex.I,
)
_TAG = regex.compile(r"<[^<>]{0,500}>")
_SPLIT = regex.compile(r"\s{0,3}(?:,|;|&|\||/|\s(?:dan|and)\s)\s{0,3}", regex.I)
_WORD = regex.compile(r"[^\W\d_]+", regex.UNICODE)
#: An academic degree written after a name and a comma: ``S.H.``, ``M.Si.``,
#: ``S.Pd.I``, ``Ph.D.``, ``MBA``.
_DEGREE = r"(?:[A-Z][A-Za-z]{0,4}\.){1,3}(?:[A-Z][A-Za-z]{0,3}\.?)?|Ph\.?D\.?|MBA|MPA|MSc"
_POST_DEGREES = regex.compile(rf",\s{{0,3}}(?:{_DEGREE})(?=\s{{0,3}}(?:,|\||&|/|\bdan\b|\(|$))")
#: Titles written before a name: ``Prof. Dr. Ir.``, ``Drs.``, ``dr.``.
_PRE_TITLES = regex.compile(
    r"(?:(?<=^\s{0,3})|(?<=[:,&|/]\s{0,3})|(?<=\b(?i:oleh|dan)\s{1,3}))"
    r"(?:(?:Prof|Dr|Drs|Dra|Ir|dr)\.\s{0,2}){1,3}"
)
#: An affiliation in brackets after a name: ``(Pengamat Hukum)``.
_AFFILIATION = regex.compile(r"\s{0,3}\([^()<>]{0,120}\)")
_KEEP_UPPER = frozenset(
    {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "SH", "MH", "MA", "MT"}
)
_KEEP_LOWER = frozenset({"bin", "binti", "van", "der", "de", "von", "al"})


def proper_case(name: str) -> str:
    """Put a name written in capitals (or all lower case) into proper case.

    Names already in mixed case are returned with their spacing folded only.

    >>> proper_case("RENI ERINA")
    'Reni Erina'
    >>> proper_case("M. ABDUL-RAHMAN O'NEIL")
    "M. Abdul-Rahman O'Neil"
    >>> proper_case("Ruth Oktaviani Simanjuntak")
    'Ruth Oktaviani Simanjuntak'
    """
    name = " ".join(name.split())
    letters = [c for c in name if c.isalpha()]
    if not letters or not (name.upper() == name or name.lower() == name):
        return name

    def fix(match: regex.Match[str]) -> str:
        word = match.group(0)
        if word.upper() in _KEEP_UPPER:
            return word.upper()
        if word.lower() in _KEEP_LOWER and match.start() > 0:
            return word.lower()
        return word[:1].upper() + word[1:].lower()

    return str(_WORD.sub(fix, name, timeout=REGEX_TIMEOUT))


_CONNECTORS = frozenset({"dan", "and", "&", "/", "|", ",", ";", "-", "–", "—", "•"})


def names_only(text: str) -> bool:
    """Whether ``text`` (a byline after its label) reads as names, as written.

    Every word must be capitalised (or in capitals), a connector (``dan``,
    ``&``, ``,``), a name particle (``bin``, ``van``) or another role label
    with its colon. This keeps a sentence that opens with a label word, such
    as ``Oleh karena itu, ...``, out of the bylines.

    >>> names_only("RENI ERINA dan Budi Santoso"), names_only("karena itu, rapat ditunda")
    (True, False)
    """
    text = _LINK.sub(lambda m: f" {m.group('text')} ", text, timeout=REGEX_TIMEOUT)
    text = _TAG.sub(" ", text, timeout=REGEX_TIMEOUT)
    text = _INNER_LABEL.sub(" , ", text, timeout=REGEX_TIMEOUT)
    words = [w.strip(",;.()") for w in text.split()]
    words = [w for w in words if w and w not in _CONNECTORS]
    if not words:
        return False
    for word in words:
        first = word[:1]
        if first.isalpha() and not first.isupper() and word.lower() not in _KEEP_LOWER:
            return False
    return True


def split_names(text: str) -> list[str]:
    """Split ``A, B & C`` / ``A dan B`` into names, dropping empty ones.

    >>> split_names("Ani, Budi & Cici dan Dodi")
    ['Ani', 'Budi', 'Cici', 'Dodi']
    """
    parts = _SPLIT.split(text, timeout=REGEX_TIMEOUT)
    return [p.strip(" .-–—:") for p in parts if p and p.strip(" .-–—:")]


def drop_titles(text: str) -> str:
    """``text`` (a byline) without academic titles, degrees and bracketed
    affiliations, so that they are not read as names.

    >>> drop_titles("Oleh: Dr. Andi Wijaya, S.H., M.H. (Pengamat Hukum)")
    'Oleh: Andi Wijaya'
    >>> drop_titles("Penulis: Prof. Dr. Ir. Siti Aminah, M.Sc. dan Budi, S.Pd.I")
    'Penulis: Siti Aminah dan Budi'
    """
    if "(" in text:
        text = _AFFILIATION.sub("", text, timeout=REGEX_TIMEOUT)
    if "," in text:
        text = _POST_DEGREES.sub("", text, timeout=REGEX_TIMEOUT)
    if "r." in text or "f." in text or "a." in text or "s." in text:  # Dr. Prof. Dra. Drs.
        text = _PRE_TITLES.sub("", text, timeout=REGEX_TIMEOUT)
    return text


def _people(text: str, role: str) -> list[Person]:
    """People in one label's text, which may hold ``<a href>`` links."""
    people: list[Person] = []
    links = list(_LINK.finditer(text, timeout=REGEX_TIMEOUT))
    if links:
        for link in links:
            url = html.unescape(link.group("u1") or link.group("u2") or "").strip() or None
            for name in split_names(html.unescape(link.group("text"))):
                people.append(Person(name=proper_case(name), role=role, url=url))
        text = _LINK.sub(" , ", text, timeout=REGEX_TIMEOUT)
    text = html.unescape(_TAG.sub(" ", text, timeout=REGEX_TIMEOUT))
    for name in split_names(text):
        if any(c.isalpha() for c in name):
            people.append(Person(name=proper_case(name), role=role))
    return people


def parse_byline(text: str, *, role: str | None = None) -> tuple[Person, ...]:
    """Parse a byline into people.

    The text may hold several labels (``Pewarta: A | Editor: B``); a name with
    no label gets ``role`` (``author`` when None). Labels with nothing after
    them give no person; the same name and role is listed once.

    Academic titles and degrees (``Dr.``, ``S.H.``) and a bracketed
    affiliation (``(Pengamat Hukum)``) are not names: :func:`drop_titles`.

    :param text: the byline as found, inline HTML links allowed.
    :param role: the role for names before any label.
    :return: the people, in order.
    """
    text = drop_titles(text)
    labels = list(_INNER_LABEL.finditer(text, timeout=REGEX_TIMEOUT))
    pieces: list[tuple[str, str]] = []
    position = 0
    current = role or "author"
    for label in labels:
        pieces.append((current, text[position : label.start("label")]))
        current = ROLE_LABELS[label.group("label").lower()]
        position = label.end()
    pieces.append((current, text[position:]))
    if not labels:
        oleh = BYLINE_LINE.match(text, timeout=REGEX_TIMEOUT)
        if oleh:
            pieces = [(ROLE_LABELS[oleh.group("label").lower()], oleh.group("rest"))]
    seen: set[tuple[str, str]] = set()
    people: list[Person] = []
    for piece_role, piece in pieces:
        if not piece.strip():
            continue  # no person in white space (before the first label, say)
        for person in _people(piece, piece_role):
            key = (person.name.casefold(), person.role)
            if key not in seen:
                seen.add(key)
                people.append(person)
    return tuple(people)
