"""newsnorm: clean, structured records from Indonesian news articles.

>>> import newsnorm
>>> article = newsnorm.normalize("JAKARTA - Hujan deras turun sejak pagi.", outlet=None)
>>> article.body
('Hujan deras turun sejak pagi.',)
>>> article.dateline.place
'Jakarta'
"""

from __future__ import annotations

import threading
from datetime import date
from importlib.metadata import PackageNotFoundError, version

from newsnorm.batch import BatchResult, normalize_many
from newsnorm.document import Block, Detection, Document, Mark, Outlet
from newsnorm.errors import NewsnormError, PluginError, PluginLoadError, UnknownOutletError
from newsnorm.hookspecs import hookimpl
from newsnorm.model import (
    Article,
    Dateline,
    DateMention,
    DateRange,
    Person,
    Removal,
    YearMonth,
)
from newsnorm.pipeline import Normalizer, Trace

try:
    __version__ = version("newsnorm")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "BatchResult",
    "Block",
    "DateMention",
    "DateRange",
    "Dateline",
    "Detection",
    "Document",
    "Mark",
    "NewsnormError",
    "Normalizer",
    "Outlet",
    "Person",
    "PluginError",
    "PluginLoadError",
    "Removal",
    "Trace",
    "UnknownOutletError",
    "YearMonth",
    "__version__",
    "default_normalizer",
    "hookimpl",
    "normalize",
    "normalize_many",
]

_default: Normalizer | None = None
_lock = threading.Lock()


def default_normalizer() -> Normalizer:
    """The shared :class:`Normalizer` with the entry-point plugins, built on first use."""
    global _default
    with _lock:
        if _default is None:
            _default = Normalizer()
        return _default


def normalize(
    source: str | bytes,
    *,
    url: str | None = None,
    outlet: str | None = None,
    reference_date: date | None = None,
) -> Article:
    """Normalise one article with the default plugins.

    See :meth:`Normalizer.normalize` for the arguments and errors.
    """
    return default_normalizer().normalize(
        source, url=url, outlet=outlet, reference_date=reference_date
    )
