"""Every docstring example in the package runs."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsnorm

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(newsnorm.__path__, "newsnorm.")
    if m.name != "newsnorm.__main__"
)


@pytest.mark.parametrize("name", ["newsnorm", *MODULES])
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
