"""The exceptions newsnorm raises. All derive from :class:`NewsnormError`."""

from __future__ import annotations

__all__ = ["NewsnormError", "PluginError", "PluginLoadError", "UnknownOutletError"]


class NewsnormError(Exception):
    """Base class of every error newsnorm raises on purpose."""


class UnknownOutletError(NewsnormError, LookupError):
    """``outlet=`` named an outlet that no registered plugin provides.

    :param outlet: the name asked for.
    :param known: the outlets that are registered.
    """

    def __init__(self, outlet: str, known: tuple[str, ...] = ()) -> None:
        self.outlet = outlet
        self.known = known
        listing = ", ".join(known) if known else "none"
        super().__init__(f"no plugin provides outlet {outlet!r} (registered outlets: {listing})")


class PluginError(NewsnormError):
    """A plugin failed in a hook, or returned a value of the wrong type.

    The original exception, if any, is chained as ``__cause__``.

    :param plugin: the plugin's registered name.
    :param hook: the hook's name.
    :param message: what went wrong.
    """

    def __init__(self, plugin: str, hook: str, message: str) -> None:
        self.plugin = plugin
        self.hook = hook
        super().__init__(f"plugin {plugin!r} failed in {hook}: {message}")


class PluginLoadError(NewsnormError):
    """A plugin could not be loaded from its entry point (strict mode only).

    :param name: the entry point's name.
    :param message: what went wrong.
    """

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        super().__init__(f"could not load plugin {name!r}: {message}")
