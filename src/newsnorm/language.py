"""Words of a text, for plugins that tell languages apart by their common words.

Kompas and Antara publish English editions beside the Indonesian ones; their
plugins count English and Indonesian function words (``the``, ``yang`` ...)
in a text. :func:`words` gives the text's words for that count, fast: a
``regex`` call pays a fixed cost per match, so the usual text (ASCII letters
once its punctuation is blanked out) is split with ``str.split`` and only
words with other characters go through the pattern.

>>> words("Jakarta (ANTARA) – The ministry's plan, said Budi.")
['jakarta', 'antara', 'the', 'ministry', 's', 'plan', 'said', 'budi']
>>> words("Kamis, 16 Juni: Dinas Pendidikan  umumkan «zonasi»")
['kamis', 'juni', 'dinas', 'pendidikan', 'umumkan', 'zonasi']
"""

from __future__ import annotations

import regex

from newsnorm._regex import REGEX_TIMEOUT

__all__ = ["words"]

_LETTERS = regex.compile(r"\p{L}+")
#: Every ASCII character that is not a letter, as a byte, turned into a space by
#: :func:`words` (in UTF-8 every other character is bytes above 127).
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_SPACE_OUT = bytes.maketrans(_ASCII_NON_LETTERS, b" " * len(_ASCII_NON_LETTERS))
#: Punctuation beyond ASCII that news text often holds (none of it letters).
_WIDE_PUNCTUATION = ("“", "”", "‘", "’", "–", "—", "…", "«", "»", "•", "·", "\u00a0")


def words(text: str) -> list[str]:
    """The runs of letters (``\\p{L}+``) of ``text``, lower-cased, in order.

    The same as ``[w.lower() for w in regex.findall(r"\\p{L}+", text)]``,
    several times faster on the usual text.
    """
    spaced = text.encode("utf-8", "surrogatepass").translate(_SPACE_OUT)
    plain = spaced.decode("utf-8", "surrogatepass")
    if not plain.isascii():
        for mark in _WIDE_PUNCTUATION:
            plain = plain.replace(mark, " ")
    if plain.isascii():
        return plain.lower().split()  # only letters are left between the spaces
    found: list[str] = []
    for chunk in plain.split():
        if chunk.isascii():
            found.append(chunk.lower())
        else:
            found.extend(w.lower() for w in _LETTERS.findall(chunk, timeout=REGEX_TIMEOUT))
    return found
