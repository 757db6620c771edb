"""Plugin discovery and registration.

:func:`get_plugin_manager` builds a pluggy manager with the hook
specifications, the generic plugin, the plugins found under the ``newsnorm``
entry-point group and any passed in code. There is no global manager: the
cached default :class:`~newsnorm.pipeline.Normalizer` holds one, anything else
builds its own.

A plugin whose entry point fails to load is skipped with a
:class:`PluginLoadWarning` naming the distribution and version (or, with
``strict=True``, raises :class:`~newsnorm.errors.PluginLoadError`). Plugins
can be blocked by name with ``block=`` or the ``NEWSNORM_DISABLE_PLUGINS``
environment variable (comma-separated names).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from importlib.metadata import EntryPoint, entry_points
from typing import cast

import attrs
import pluggy

from newsnorm import generic, hookspecs
from newsnorm.document import Outlet
from newsnorm.errors import PluginLoadError

__all__ = [
    "DISABLE_ENV",
    "PluginInfo",
    "PluginLoadWarning",
    "Registry",
    "get_plugin_manager",
]

#: Environment variable with plugin names to block, comma-separated.
DISABLE_ENV = "NEWSNORM_DISABLE_PLUGINS"


class PluginLoadWarning(UserWarning):
    """An entry-point plugin could not be loaded and was skipped."""


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What is known about one registered plugin.

    :param name: the registered name (the entry point's name).
    :param outlets: the outlets it declared (empty for a generic plugin).
    :param source: where it came from (``entry point kompas = newsnorm_outlets.kompas``,
        ``registered in code``, ``built in``).
    :param distribution: the distribution that ships it, when known.
    :param version: that distribution's version (or the module's
        ``__version__``), when known.
    """

    name: str
    outlets: tuple[Outlet, ...] = ()
    source: str = ""
    distribution: str | None = None
    version: str | None = None


def _plugin_name(plugin: object) -> str:
    name = getattr(plugin, "name", None) or getattr(plugin, "__name__", None)
    if not isinstance(name, str):
        name = type(plugin).__name__
    return name.rsplit(".", 1)[-1]


class Registry:
    """A pluggy manager plus what newsnorm knows of each plugin.

    :param pm: the pluggy plugin manager, with the hook specifications added.
    """

    def __init__(self, pm: pluggy.PluginManager) -> None:
        self.pm = pm
        self.plugins: dict[str, PluginInfo] = {}
        self.outlets: dict[str, Outlet] = {}
        self.outlet_plugin: dict[str, str] = {}

    def register(
        self,
        plugin: object,
        name: str | None = None,
        *,
        source: str = "registered in code",
        distribution: str | None = None,
        version: str | None = None,
    ) -> str:
        """Register ``plugin`` and record the outlets it declares.

        :return: the name it was registered under.
        :raises ValueError: when the name or one of its outlets is taken.
        :raises PluginLoadError: when a hook implementation does not match its
            specification, or names a hook that does not exist.
        """
        name = name or _plugin_name(plugin)
        if name in self.plugins:
            raise ValueError(f"a plugin named {name!r} is already registered")
        try:
            self.pm.register(plugin, name=name)
        except pluggy.PluginValidationError as exc:
            raise PluginLoadError(name, str(exc)) from exc
        try:
            try:
                self.pm.check_pending()  # a misspelled hook name fails here, not silently
            except pluggy.PluginValidationError as exc:
                raise PluginLoadError(name, str(exc)) from exc
            outlets: list[Outlet] = []
            for impl in self.pm.hook.newsnorm_outlets.get_hookimpls():
                if impl.plugin_name == name:
                    declared = cast("Iterable[Outlet] | None", impl.function())
                    outlets.extend(declared or ())
            for outlet in outlets:
                if not isinstance(outlet, Outlet):
                    raise TypeError(f"newsnorm_outlets returned {outlet!r}, not an Outlet")
                if outlet.name in self.outlets:
                    owner = self.outlet_plugin[outlet.name]
                    raise ValueError(f"outlet {outlet.name!r} is already provided by {owner!r}")
        except Exception:
            self.pm.unregister(name=name)
            raise
        for outlet in outlets:
            self.outlets[outlet.name] = outlet
            self.outlet_plugin[outlet.name] = name
        if version is None:
            module_version = getattr(plugin, "__version__", None)
            version = module_version if isinstance(module_version, str) else None
        self.plugins[name] = PluginInfo(
            name=name,
            outlets=tuple(outlets),
            source=source,
            distribution=distribution,
            version=version,
        )
        return name

    def is_generic(self, name: str) -> bool:
        """True when the plugin declares no outlet (its hooks run on every document)."""
        return not self.plugins[name].outlets


def _load_entry_point(registry: Registry, ep: EntryPoint, strict: bool) -> None:
    dist = getattr(ep, "dist", None)
    dist_name = dist.metadata["Name"] if dist is not None else None
    version = dist.version if dist is not None else None
    try:
        plugin = ep.load()
        registry.register(
            plugin,
            ep.name,
            source=f"entry point {ep.name} = {ep.value}",
            distribution=dist_name,
            version=version,
        )
    except Exception as exc:  # a broken plugin must not take the host down
        where = f"{dist_name} {version}" if dist_name else "an unknown distribution"
        message = f"{type(exc).__name__}: {exc} (from {where})"
        if strict:
            raise PluginLoadError(ep.name, message) from exc
        warnings.warn(
            f"newsnorm plugin {ep.name!r} was not loaded: {message}",
            PluginLoadWarning,
            stacklevel=4,
        )


def get_plugin_manager(
    plugins: Iterable[object] = (),
    *,
    entry_points_group: str | None = hookspecs.PROJECT_NAME,
    block: Iterable[str] = (),
    strict: bool = False,
) -> Registry:
    """Build a :class:`Registry` with the generic plugin and the given plugins.

    :param plugins: plugin objects (modules or instances) to register in code;
        a ``(name, plugin)`` pair sets the name.
    :param entry_points_group: the entry-point group to load plugins from, or
        None to load none.
    :param block: plugin names not to register (``generic`` included).
    :param strict: raise instead of warning when an entry point fails to load.
    """
    blocked = set(block)
    blocked.update(n.strip() for n in os.environ.get(DISABLE_ENV, "").split(",") if n.strip())
    pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    pm.add_hookspecs(hookspecs)
    registry = Registry(pm)
    if "generic" not in blocked:
        registry.register(generic, "generic", source="built in", version=None)
    if entry_points_group:
        for ep in sorted(entry_points(group=entry_points_group), key=lambda e: e.name):
            if ep.name not in blocked:
                _load_entry_point(registry, ep, strict)
    for item in plugins:
        if isinstance(item, tuple):
            name, plugin = item
        else:
            name, plugin = None, item
        if (name or _plugin_name(plugin)) not in blocked:
            registry.register(plugin, name)
    return registry
