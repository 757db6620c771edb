"""Hook specifications: the plugin author's reference.

A plugin is any object (usually a module) with functions decorated with
:data:`newsnorm.hookimpl` and named after the hooks below. Register it under
the ``newsnorm`` entry-point group of your distribution::

    [project.entry-points.newsnorm]
    tempo = "newsnorm_tempo"

How newsnorm calls the hooks, in order, for each input:

1. ``newsnorm_outlets`` once, when the plugin is registered.
2. ``newsnorm_detect`` on every plugin; the best :class:`~newsnorm.document.Detection`
   picks the outlet (unless the caller forced one with ``outlet=``).
3. The remaining hooks run on the chosen outlet's plugin and on the generic
   plugins (those that declare no outlet), outlet plugins first:
   ``newsnorm_html_container`` (HTML input only), ``newsnorm_mark_clutter``,
   ``newsnorm_mark_metadata``,
   ``newsnorm_parse_dateline``, ``newsnorm_parse_byline``,
   ``newsnorm_parse_date_line``, ``newsnorm_find_dates``, ``newsnorm_finalize``.

Each implementation is called on its own, in pluggy's order (``tryfirst``
first, ``trylast`` last, otherwise the most recently registered first). An
implementation may take fewer arguments than the specification, never others.
If an implementation raises, or returns a value of the wrong type, newsnorm
raises :class:`~newsnorm.errors.PluginError` naming the plugin and the hook, or
with ``Normalizer(on_plugin_error="warn")`` skips that contribution and adds a
warning to the Article. Hook wrappers (``wrapper=True``) are not supported.

Marking hooks return :class:`~newsnorm.document.Mark` objects. A mark that
overlaps one accepted before it is dropped, so the first plugin to claim a
span wins. Text no mark covers is body text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

import pluggy

from newsnorm.dates import FoundDate
from newsnorm.document import Detection, Document, Mark, Outlet
from newsnorm.model import Article, Dateline, Person

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec"]

#: The pluggy project name, also the entry-point group.
PROJECT_NAME = "newsnorm"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
#: Decorate your hook implementations with this (re-exported as ``newsnorm.hookimpl``).
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def newsnorm_outlets() -> Iterable[Outlet]:
    """Declare the outlets this plugin handles.

    Called once when the plugin is registered. A plugin that declares no
    outlet is *generic*: its hooks run on every document. An outlet plugin's
    hooks (other than ``newsnorm_detect``) run only on documents attributed to
    one of its outlets. Two plugins declaring the same outlet name is an error.

    :return: the :class:`~newsnorm.document.Outlet` objects.

    Example::

        @hookimpl
        def newsnorm_outlets():
            return [Outlet(name="tempo", title="Tempo", hosts=("tempo.co",))]

    .. versionadded:: 0.1
    """


@hookspec
def newsnorm_detect(document: Document) -> Detection | None:
    """Say whether ``document`` comes from one of this plugin's outlets.

    Called on every plugin. Look at text signatures (the dateline form, a
    footer, a logo's alt text) and, for HTML, at ``document.meta``. The core
    already gives score 1 to a URL whose host matches an outlet's ``hosts``.
    Claim only what you recognise: an unrelated text must get None.

    :param document: the input.
    :return: a :class:`~newsnorm.document.Detection`, or None.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def newsnorm_html_container(document: Document) -> object | None:
    """Point at the element of an HTML page that holds the article.

    Called for HTML input once the outlet is known. ``document.tree`` is the
    parsed page (an lxml ``HtmlElement``), ``document.meta`` its metadata and
    ``document.root`` the same page as BeautifulSoup (parsed on first use,
    several times slower than ``tree``). Return a CSS selector
    (``"div.read__content"``; a comma-separated list is tried selector by
    selector, in order, handy for desktop and AMP layouts), an element of
    ``document.tree``, or a ``bs4.Tag`` of ``document.root`` (whose own
    markup is parsed again). The core then splits only that element into
    blocks for the marking hooks, so page chrome never reaches them. A
    selector that matches nothing lets the next implementation answer; the
    generic one picks the element with the most paragraph text. An invalid
    selector is this plugin's error.

    :param document: the page-level document (its blocks are the whole
        ``<body>``).
    :return: a CSS selector, an lxml element, a ``bs4.Tag``, or None.

    Example::

        @hookimpl
        def newsnorm_html_container(document):
            return "div.read__content, div.article-content"

    .. versionadded:: 0.1
    """


@hookspec
def newsnorm_mark_clutter(document: Document, marks: Sequence[Mark]) -> Iterable[Mark] | None:
    """Mark the outlet's clutter: related links, prompts, logos, trailers.

    Return ``Mark(kind="clutter", block=..., reason=...)`` for each piece,
    with ``start``/``end`` when the clutter is glued inside a paragraph. The
    core cuts the span out of the body and records it verbatim in
    ``Article.removed``; the rest of the paragraph stays.

    :param document: the input.
    :param marks: the marks accepted so far (earlier plugins' clutter).
    :return: new marks, or None.

    .. versionadded:: 0.1
    """


@hookspec
def newsnorm_mark_metadata(document: Document, marks: Sequence[Mark]) -> Iterable[Mark] | None:
    """Mark the title, lead, bylines, the date line and captions.

    Runs after every ``newsnorm_mark_clutter``. Return marks of kind
    ``title``, ``lead``, ``byline``, ``published``, ``caption`` (and
    ``clutter``, for example a repeated title). A byline or date-line mark may
    carry its parsed value (``persons``, ``published``); otherwise the parse
    hooks below get its text.

    :param document: the input.
    :param marks: the marks accepted so far, clutter included.
    :return: new marks, or None.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def newsnorm_parse_dateline(text: str, document: Document) -> Dateline | None:
    """Recognise the dateline that opens the body (``ASTANA, KOMPAS.com -``).

    ``text`` is the first body paragraph as it stands after the marks (clutter
    such as a logo already cut from its start). Return a
    :class:`~newsnorm.model.Dateline` whose ``text`` is a prefix of ``text``
    (separators and trailing space included); the core moves that prefix out
    of the body. First result wins.

    :param text: the first body paragraph.
    :param document: the input.
    :return: the dateline, or None.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def newsnorm_parse_byline(
    text: str, role: str | None, document: Document
) -> Iterable[Person] | None:
    """Turn a byline mark's text into people.

    ``text`` is the span as found (it may hold inline HTML such as
    ``<a href='...'>NAME</a>``). The generic implementation handles the usual
    labels (``Penulis:``, ``Editor:``, ``Pewarta:``, ``Laporan:``, ``Oleh``...)
    with :func:`newsnorm.bylines.parse_byline`; implement this only for an
    outlet's own forms. First result wins; an empty result means no person.

    :param text: the byline text.
    :param role: the mark's role for names with no label, or None.
    :param document: the input.
    :return: the people, or None to let the next implementation try.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def newsnorm_parse_date_line(text: str, document: Document) -> datetime | date | None:
    """Turn a ``published`` mark's text into the publication date.

    The generic implementation (:func:`newsnorm.dates.parse_date_line`)
    understands Indonesian and English date lines. Return an aware datetime
    when a time is known, a date when only the day is. First result wins.

    :param text: the date line as found (``• Kamis, 16 Juni 2022, 07:00 WIB``).
    :param document: the input.
    :return: the value, or None.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def newsnorm_find_dates(
    text: str, reference: date | None, language: str, document: Document
) -> Iterable[FoundDate] | None:
    """Find the date expressions in one body paragraph.

    The generic implementation is :func:`newsnorm.dates.find_dates`. Offsets
    are into ``text``. First result wins.

    :param text: the paragraph.
    :param reference: the date that resolves year-less and weekday-only dates
        (the caller's, else the publication date, else a date in the URL).
    :param language: the article's language.
    :param document: the input.
    :return: the dates found, or None to let the next implementation try.

    .. versionadded:: 0.1
    """


@hookspec
def newsnorm_finalize(article: Article, document: Document) -> Article | None:
    """Adjust the finished Article (set the language, add a warning ...).

    Implementations are chained: each receives the Article as the previous
    one left it. Return a new Article (``attrs.evolve(article, ...)``) or
    None to leave it unchanged.

    :param article: the assembled Article.
    :param document: the input.
    :return: the adjusted Article, or None.

    .. versionadded:: 0.1
    """
