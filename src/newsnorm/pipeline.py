"""The pipeline: raw input → blocks → outlet hooks → :class:`~newsnorm.model.Article`.

Data flows one way:

1. :func:`newsnorm.source.prepare` decodes the input and splits it into a
   :class:`~newsnorm.document.Document` of blocks.
2. Detection picks the outlet (URL host, then ``newsnorm_detect`` scores).
3. The marking hooks label spans of blocks; the first mark on a span wins.
4. The core assembles the Article from the marks: marked spans go to the
   title, lead, captions, people, date line or ``removed``; the rest is body.
5. The dateline is taken from the start of the first body paragraph, dates
   are found in each paragraph, and ``newsnorm_finalize`` has the last word.
"""

from __future__ import annotations

import bisect
import importlib
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import attrs
from pluggy import HookImpl

from newsnorm import dates as _dates
from newsnorm.document import Detection, Document, Mark
from newsnorm.errors import PluginError, UnknownOutletError
from newsnorm.manager import PluginInfo, Registry, get_plugin_manager
from newsnorm.model import Article, Dateline, DateMention, Person, Removal
from newsnorm.source import prepare

__all__ = ["DETECTION_THRESHOLD", "Normalizer", "Trace"]

#: The lowest score a detection needs to attribute a document to an outlet.
DETECTION_THRESHOLD = 0.5

_ON_ERROR = ("raise", "warn")


class _WrongValueError(Exception):
    """A hook returned a value of the wrong type or shape."""


def _fold(text: str) -> str:
    return " ".join(text.split())


def _host_matches(host: str | None, hosts: Iterable[str]) -> bool:
    if not host:
        return False
    return any(host == h or host.endswith("." + h) for h in hosts)


class _Run:
    """The state of one normalisation: warnings and the error policy."""

    def __init__(self, registry: Registry, on_error: str, allowed: frozenset[str] | None) -> None:
        self.registry = registry
        self.on_error = on_error
        self.allowed = allowed
        self.warnings: list[str] = []
        self._impls: dict[str, tuple[HookImpl, ...]] = {}

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def impls(self, hook_name: str) -> tuple[HookImpl, ...]:
        """The hook's implementations in pluggy's call order, restricted to the run's plugins
        (looked up once per run)."""
        found = self._impls.get(hook_name)
        if found is None:
            caller = getattr(self.registry.pm.hook, hook_name)
            found = self._impls[hook_name] = tuple(
                impl
                for impl in reversed(caller.get_hookimpls())
                if not (impl.hookwrapper or impl.wrapper)
                and (self.allowed is None or impl.plugin_name in self.allowed)
            )
        return found

    def call(
        self,
        impl: HookImpl,
        hook_name: str,
        kwargs: dict[str, Any],
        check: Callable[[Any], Any],
    ) -> tuple[bool, Any]:
        """Call one implementation in a guard; return ``(ok, checked result)``."""
        try:
            result = impl.function(*[kwargs[name] for name in impl.argnames])
            return True, check(result)
        except TimeoutError:
            self.warn(
                f"plugin {impl.plugin_name!r} timed out in {hook_name} on this input; "
                "its contribution was skipped"
            )
        except Exception as exc:
            if isinstance(exc, _WrongValueError):
                message = f"returned a wrong value: {exc}"
            else:
                message = f"{type(exc).__name__}: {exc}"
            if self.on_error == "raise":
                raise PluginError(impl.plugin_name, hook_name, message) from exc
            self.warn(
                f"plugin {impl.plugin_name!r} failed in {hook_name} ({message}); "
                "its contribution was skipped"
            )
        return False, None

    def first(self, hook_name: str, kwargs: dict[str, Any], check: Callable[[Any], Any]) -> Any:
        """firstresult: the first non-None result."""
        return self.first_from(hook_name, kwargs, check)[1]

    def first_from(
        self, hook_name: str, kwargs: dict[str, Any], check: Callable[[Any], Any]
    ) -> tuple[str | None, Any]:
        """firstresult: the first non-None result and the plugin that gave it."""
        for impl in self.impls(hook_name):
            ok, result = self.call(impl, hook_name, kwargs, check)
            if ok and result is not None:
                return impl.plugin_name, result
        return None, None


# --- checks of hook results -------------------------------------------------------


def _optional(kind: type | tuple[type, ...], what: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value is not None and not isinstance(value, kind):
            raise _WrongValueError(f"expected {what} or None, got {type(value).__name__}")
        return value

    return check


def _sequence_of(kind: type, what: str) -> Callable[[Any], tuple[Any, ...] | None]:
    def check(value: Any) -> tuple[Any, ...] | None:
        if value is None:
            return None
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            raise _WrongValueError(f"expected an iterable of {what}, got {type(value).__name__}")
        items = tuple(value)
        for item in items:
            if not isinstance(item, kind):
                raise _WrongValueError(f"expected {what}, got {type(item).__name__}")
        return items

    return check


def _check_date(value: Any) -> datetime | date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise _WrongValueError(f"expected a datetime or date, got {type(value).__name__}")
    if isinstance(value, datetime) and value.utcoffset() is None:
        raise _WrongValueError("a datetime must be timezone-aware")
    return value


_check_marks = _sequence_of(Mark, "Mark objects")
_check_found_dates = _sequence_of(_dates.FoundDate, "FoundDate objects")

#: The fields :func:`_with_plugin` copies.
_MARK_FIELDS = tuple(a.name for a in attrs.fields(Mark) if a.init and a.name != "plugin")


def _with_plugin(mark: Mark, plugin: str) -> Mark:
    """``attrs.evolve(mark, plugin=plugin)``, without evolve's per-call introspection."""
    if type(mark) is not Mark:
        return attrs.evolve(mark, plugin=plugin)
    return Mark(**{name: getattr(mark, name) for name in _MARK_FIELDS}, plugin=plugin)


class _Marks:
    """Accepted marks, indexed by block; the first mark on a span wins."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.all: list[Mark] = []
        self.spans: dict[int, list[tuple[int, int]]] = {}

    def check(self, value: Any) -> tuple[Mark, ...]:
        marks: tuple[Mark, ...] = _check_marks(value) or ()
        blocks = self.document.blocks
        for mark in marks:
            if not 0 <= mark.block < len(blocks):
                raise _WrongValueError(f"mark on block {mark.block}, which does not exist")
            start, end = mark.span(blocks[mark.block])
            if not 0 <= start <= end <= len(blocks[mark.block].text):
                raise _WrongValueError(f"mark span {start}:{end} is outside block {mark.block}")
            if mark.kind == "clutter" and not mark.reason:
                raise _WrongValueError("a clutter mark needs a reason")
        return marks

    def add(self, marks: Iterable[Mark], plugin: str) -> None:
        for mark in marks:
            block = self.document.blocks[mark.block]
            start, end = mark.span(block)
            if not block.text[start:end].strip():
                continue
            taken = self.spans.setdefault(mark.block, [])  # sorted, non-overlapping
            i = bisect.bisect_left(taken, (start, end))
            if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
                continue  # overlaps a mark accepted before
            taken.insert(i, (start, end))
            self.all.append(_with_plugin(mark, plugin))


@attrs.frozen(kw_only=True)
class Trace:
    """How one input was normalised: the result and the evidence behind it.

    :param article: the Article, as :meth:`Normalizer.normalize` returns it.
    :param document: the blocks the plugins saw.
    :param marks: every accepted mark, with the plugin that made it, in
        block order.
    :param detections: the outlet scores, best first (empty when the outlet
        was forced).
    :param dateline_block: the block the dateline was taken from, if any.
    :param dateline_plugin: the plugin whose ``newsnorm_parse_dateline`` gave
        the dateline.
    :param date_plugins: for each body paragraph with dates, the plugin whose
        ``newsnorm_find_dates`` found them.
    """

    article: Article
    document: Document
    marks: tuple[Mark, ...]
    detections: tuple[Detection, ...] = ()
    dateline_block: int | None = None
    dateline_plugin: str | None = None
    date_plugins: Mapping[int, str] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class _Assembled:
    first_body_block: int | None
    title: str | None
    lead: str | None
    body: list[str]
    captions: list[str]
    authors: list[Person]
    published: datetime | date | None
    removed: list[Removal]


def _plugin_ref(plugin: object) -> object:
    """What to pickle for a plugin: a module by name, anything else as is."""
    if isinstance(plugin, types.ModuleType):
        return ("module", plugin.__name__)
    return plugin


def _plugin_from_ref(ref: object) -> object:
    if isinstance(ref, tuple) and len(ref) == 2 and ref[0] == "module":
        return importlib.import_module(ref[1])
    return ref


class Normalizer:
    """Turns raw articles into :class:`~newsnorm.model.Article` objects.

    Reusable and safe to share between threads (it holds no per-article
    state). :func:`newsnorm.normalize` uses a default instance with the
    plugins found under the ``newsnorm`` entry-point group.

    :param plugins: extra plugins to register in code (modules or objects
        with hook implementations; a ``(name, plugin)`` pair sets the name).
    :param entry_points: load the plugins registered under the ``newsnorm``
        entry-point group.
    :param block: names of plugins not to load.
    :param strict: raise :class:`~newsnorm.errors.PluginLoadError` when an
        entry-point plugin fails to load, instead of warning.
    :param on_plugin_error: ``raise`` (the default) raises
        :class:`~newsnorm.errors.PluginError` when a plugin fails in a hook;
        ``warn`` skips that plugin's contribution and adds a warning to the
        Article.
    """

    def __init__(
        self,
        plugins: Iterable[object] = (),
        *,
        entry_points: bool = True,
        block: Iterable[str] = (),
        strict: bool = False,
        on_plugin_error: str = "raise",
    ) -> None:
        if on_plugin_error not in _ON_ERROR:
            raise ValueError(f"on_plugin_error must be 'raise' or 'warn', not {on_plugin_error!r}")
        self._plugins = tuple(plugins)
        self._entry_points = entry_points
        self._block = tuple(block)
        self._strict = strict
        self.on_plugin_error = on_plugin_error
        self.registry = get_plugin_manager(
            self._plugins,
            entry_points_group="newsnorm" if entry_points else None,
            block=self._block,
            strict=strict,
        )

    def __getstate__(self) -> dict[str, Any]:
        return {
            "plugins": [_plugin_ref(p) for p in self._plugins],
            "entry_points": self._entry_points,
            "block": self._block,
            "strict": self._strict,
            "on_plugin_error": self.on_plugin_error,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(  # type: ignore[misc]
            [_plugin_from_ref(p) for p in state["plugins"]],
            entry_points=state["entry_points"],
            block=state["block"],
            strict=state["strict"],
            on_plugin_error=state["on_plugin_error"],
        )

    def copy(self) -> Normalizer:
        """A new Normalizer with this one's configuration, its plugins loaded
        anew (entry points discovered again): for a check that results do not
        depend on a Normalizer's history, or one Normalizer per thread pool."""
        return Normalizer(
            self._plugins,
            entry_points=self._entry_points,
            block=self._block,
            strict=self._strict,
            on_plugin_error=self.on_plugin_error,
        )

    @property
    def plugins(self) -> tuple[PluginInfo, ...]:
        """The registered plugins, generic first."""
        return tuple(self.registry.plugins.values())

    @property
    def outlets(self) -> tuple[str, ...]:
        """The names of the outlets the registered plugins provide, sorted."""
        return tuple(sorted(self.registry.outlets))

    # --- detection ----------------------------------------------------------------

    def _detect(self, document: Document, run: _Run) -> list[Detection]:
        found: dict[str, Detection] = {}

        def offer(det: Detection) -> None:
            best = found.get(det.outlet)
            if best is None or det.score > best.score:
                language = det.language or (best.language if best else None)
                found[det.outlet] = attrs.evolve(det, language=language)
            elif det.language and not best.language:
                found[det.outlet] = attrs.evolve(best, language=det.language)

        for name, outlet in self.registry.outlets.items():
            if _host_matches(document.host, outlet.hosts):
                offer(Detection(outlet=name, score=1.0, reason=f"URL host {document.host}"))
        for impl in run.impls("newsnorm_detect"):
            own = {o.name for o in self.registry.plugins[impl.plugin_name].outlets}

            def check(value: Any, own: set[str] = own) -> Detection | None:
                det: Detection | None = _optional(Detection, "a Detection")(value)
                if det is not None:
                    if det.outlet not in own:
                        raise _WrongValueError(
                            f"claimed outlet {det.outlet!r}, which it does not provide"
                        )
                    if not 0.0 <= det.score <= 1.0:
                        raise _WrongValueError(f"score {det.score} is outside 0..1")
                return det

            ok, det = run.call(impl, "newsnorm_detect", {"document": document}, check)
            if ok and det is not None:
                offer(det)
        return sorted(found.values(), key=lambda d: (-d.score, d.outlet))

    def detect(self, source: str | bytes, *, url: str | None = None) -> tuple[Detection, ...]:
        """Score ``source`` against every registered outlet, best first.

        Only detections with a positive score are listed; the first one is
        used by :meth:`normalize` when its score reaches
        :data:`DETECTION_THRESHOLD`.
        """
        _check_str(url, "url")
        prepared = prepare(source, url=url)
        run = _Run(self.registry, self.on_plugin_error, None)
        return tuple(d for d in self._detect(prepared.document, run) if d.score > 0)

    # --- normalisation ------------------------------------------------------------

    def normalize(
        self,
        source: str | bytes,
        *,
        url: str | None = None,
        outlet: str | None = None,
        reference_date: date | None = None,
    ) -> Article:
        """Normalise one article.

        :param source: plain text or HTML, as ``str`` or ``bytes``.
        :param url: the article's address (helps detection and dates).
        :param outlet: force this outlet's plugin instead of detecting.
        :param reference_date: the date that resolves year-less and
            weekday-only dates; by default the publication date, else a date
            in the URL, else such dates stay unresolved.
        :raises TypeError: for arguments of the wrong type.
        :raises UnknownOutletError: when no plugin provides ``outlet``.
        :raises PluginError: when a plugin fails (unless ``on_plugin_error="warn"``).
        """
        return self.trace(source, url=url, outlet=outlet, reference_date=reference_date).article

    def trace(
        self,
        source: str | bytes,
        *,
        url: str | None = None,
        outlet: str | None = None,
        reference_date: date | None = None,
    ) -> Trace:
        """Normalise one article and keep how it was done (for ``newsnorm explain``).

        Takes the same arguments and raises the same errors as :meth:`normalize`.

        """
        _check_str(url, "url")
        _check_str(outlet, "outlet")
        if reference_date is not None:
            if not isinstance(reference_date, date):
                raise TypeError(
                    f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
                )
            if isinstance(reference_date, datetime):
                reference_date = reference_date.date()
        if outlet is not None and outlet not in self.registry.outlets:
            raise UnknownOutletError(outlet, self.outlets)
        prepared = prepare(source, url=url, reference_date=reference_date)
        document = prepared.document
        language = "id"
        detections: list[Detection] = []
        if outlet is None:
            detections = self._detect(document, _Run(self.registry, self.on_plugin_error, None))
            best = detections[0] if detections else None
            if best is not None and best.score >= DETECTION_THRESHOLD:
                outlet = best.outlet
                language = best.language or self.registry.outlets[outlet].language
        else:
            language = self.registry.outlets[outlet].language
        allowed = frozenset(
            name
            for name in self.registry.plugins
            if self.registry.is_generic(name)
            or name == self.registry.outlet_plugin.get(outlet or "")
        )
        run = _Run(self.registry, self.on_plugin_error, allowed)
        for message in prepared.warnings:
            run.warn(message)
        if outlet is not None:
            document = attrs.evolve(document, outlet=self.registry.outlets[outlet])
        if document.kind == "html":
            document = self._narrow(document, run)
        marks = _Marks(document)
        for hook_name in ("newsnorm_mark_clutter", "newsnorm_mark_metadata"):
            for impl in run.impls(hook_name):
                kwargs = {"document": document, "marks": tuple(marks.all)}
                ok, new = run.call(impl, hook_name, kwargs, marks.check)
                if ok:
                    marks.add(new, impl.plugin_name)
        parts = self._assemble(document, marks, run)
        body = parts.body
        dateline: Dateline | None = None
        dateline_block: int | None = None
        dateline_plugin: str | None = None
        if body:

            def check_dateline(value: Any) -> Dateline | None:
                dl: Dateline | None = _optional(Dateline, "a Dateline")(value)
                if dl is not None and (not dl.text.strip() or not body[0].startswith(dl.text)):
                    message = f"dateline text {dl.text!r} is not a prefix of the paragraph"
                    raise _WrongValueError(message)
                return dl

            kwargs = {"text": body[0], "document": document}
            dateline_plugin, dateline = run.first_from(
                "newsnorm_parse_dateline", kwargs, check_dateline
            )
            if dateline is not None:
                dateline_block = parts.first_body_block
                rest = body[0][len(dateline.text) :].strip()
                body = [rest, *body[1:]] if rest else body[1:]
        reference = reference_date
        if reference is None and parts.published is not None:
            published = parts.published
            reference = published.date() if isinstance(published, datetime) else published
        if reference is None and document.url:
            reference = _dates.date_from_url(document.url)
        mentions, date_plugins = self._find_dates(body, reference, language, document, run)
        article = Article(
            outlet=outlet,
            url=document.url,
            language=language,
            title=parts.title,
            lead=parts.lead,
            dateline=dateline,
            published=parts.published,
            authors=tuple(parts.authors),
            body=tuple(body),
            captions=tuple(parts.captions),
            dates=tuple(mentions),
            removed=tuple(prepared.removed + parts.removed),
            warnings=(),
        )
        for impl in run.impls("newsnorm_finalize"):
            kwargs = {"article": article, "document": document}
            ok, adjusted = run.call(
                impl, "newsnorm_finalize", kwargs, _optional(Article, "an Article")
            )
            if ok and adjusted is not None:
                article = adjusted
        if run.warnings:
            article = attrs.evolve(article, warnings=(*article.warnings, *run.warnings))
        return Trace(
            article=article,
            document=document,
            marks=tuple(sorted(marks.all, key=lambda m: (m.block, m.start))),
            detections=tuple(detections),
            dateline_block=dateline_block,
            dateline_plugin=dateline_plugin if dateline is not None else None,
            date_plugins=date_plugins,
        )

    def _narrow(self, document: Document, run: _Run) -> Document:
        """Keep only the article's container of an HTML page (see
        ``newsnorm_html_container``); the whole body when none is found."""
        from newsnorm import html

        def check(value: Any) -> Any:
            if value is None:
                return None
            try:
                return html.select_container(document.tree, value)
            except (ValueError, TypeError) as exc:
                raise _WrongValueError(str(exc)) from exc

        container = run.first("newsnorm_html_container", {"document": document}, check)
        if container is None:
            return document
        return html.narrow(document, container)

    def _assemble(self, document: Document, marks: _Marks, run: _Run) -> _Assembled:
        title: str | None = None
        lead: str | None = None
        body: list[str] = []
        captions: list[str] = []
        authors: list[Person] = []
        published: datetime | date | None = None
        removed: list[Removal] = []
        first_body_block: int | None = None
        by_block: dict[int, list[Mark]] = {}
        for mark in marks.all:
            by_block.setdefault(mark.block, []).append(mark)
        for block in document.blocks:
            pieces: list[str] = []
            position = 0
            block_marks = by_block.get(block.index, [])
            if len(block_marks) > 1:
                block_marks.sort(key=lambda m: m.span(block))
            for mark in block_marks:
                start, end = mark.span(block)
                pieces.append(block.text[position:start])
                position = end
                raw = block.text[start:end].strip()
                text = _fold(raw)
                plugin = mark.plugin
                if mark.kind == "clutter":
                    removed.append(
                        Removal(text=raw, reason=mark.reason or "clutter", plugin=plugin)
                    )
                elif mark.kind == "title":
                    if title is None:
                        title = text
                    else:
                        removed.append(Removal(text=raw, reason="duplicate-title", plugin=plugin))
                elif mark.kind == "lead":
                    lead = text if lead is None else f"{lead} {text}"
                elif mark.kind == "caption":
                    captions.append(text)
                elif mark.kind == "byline":
                    removed.append(Removal(text=raw, reason="byline", plugin=plugin))
                    people = mark.persons
                    if people is None:
                        kwargs = {"text": raw, "role": mark.role, "document": document}
                        people = run.first(
                            "newsnorm_parse_byline", kwargs, _sequence_of(Person, "Person objects")
                        )
                    for person in people or ():
                        _add_person(authors, person)
                elif mark.kind == "published":
                    removed.append(Removal(text=raw, reason="date-line", plugin=plugin))
                    value = mark.published
                    if value is None:
                        kwargs = {"text": raw, "document": document}
                        value = run.first("newsnorm_parse_date_line", kwargs, _check_date)
                    if published is None:
                        published = value
                elif mark.kind == "dateline":
                    removed.append(Removal(text=raw, reason="dateline", plugin=plugin))
            pieces.append(block.text[position:])
            paragraph = _fold(" ".join(pieces))
            if paragraph:
                if first_body_block is None:
                    first_body_block = block.index
                body.append(paragraph)
        return _Assembled(
            first_body_block=first_body_block,
            title=title,
            lead=lead,
            body=body,
            captions=captions,
            authors=authors,
            published=published,
            removed=removed,
        )

    def _find_dates(
        self,
        body: Sequence[str],
        reference: date | None,
        language: str,
        document: Document,
        run: _Run,
    ) -> tuple[list[DateMention], dict[int, str]]:
        mentions: list[DateMention] = []
        plugins: dict[int, str] = {}
        for index, paragraph in enumerate(body):

            def check(value: Any, paragraph: str = paragraph) -> tuple[Any, ...] | None:
                found = _check_found_dates(value)
                for item in found or ():
                    if paragraph[item.start : item.end] != item.text:
                        message = f"date {item.text!r} is not at {item.start}:{item.end}"
                        raise _WrongValueError(message)
                return found

            kwargs = {
                "text": paragraph,
                "reference": reference,
                "language": language,
                "document": document,
            }
            plugin, found = run.first_from("newsnorm_find_dates", kwargs, check)
            if found and plugin is not None:
                plugins[index] = plugin
            for item in found or ():
                mentions.append(
                    DateMention(
                        text=item.text,
                        value=item.value,
                        paragraph=index,
                        start=item.start,
                        end=item.end,
                    )
                )
                if item.warning:
                    run.warn(item.warning)
        return mentions, plugins


def _add_person(authors: list[Person], person: Person) -> None:
    """Add ``person`` unless listed already (same name and role); keep a known URL."""
    key = (person.name.casefold(), person.role)
    for i, known in enumerate(authors):
        if (known.name.casefold(), known.role) == key:
            if known.url is None and person.url is not None:
                authors[i] = person
            return
    authors.append(person)


def _check_str(value: object, name: str) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
