"""Every docstring example in the package and the bundled plugins runs."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsnorm
import newsnorm_outlets

MODULES = sorted(
    m.name
    for package in (newsnorm, newsnorm_outlets)
    for m in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
    if m.name != "newsnorm.__main__"
)


# Modules whose examples document them; losing them silently would be a regression.
HAVE_EXAMPLES = frozenset(
    {"newsnorm_outlets.antara", "newsnorm_outlets.jurnalpatroli", "newsnorm_outlets.rmol"}
)


@pytest.mark.parametrize("name", ["newsnorm", *MODULES])
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
    if name in HAVE_EXAMPLES:
        assert result.attempted > 0, f"the examples in {name} were not found"
