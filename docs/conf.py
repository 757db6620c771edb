"""Sphinx configuration for the newsnorm documentation."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

#: The repository root: the docs' examples use paths relative to it.
ROOT = Path(__file__).resolve().parent.parent

project = "newsnorm"
author = "The newsnorm developers"
copyright = "2026, the newsnorm developers"
release = importlib.metadata.version("newsnorm")
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
intersphinx_mapping: dict[str, tuple[str, None]] = {}
nitpicky = False
html_theme = "furo"
html_title = "newsnorm"
exclude_patterns = ["_build"]
suppress_warnings = ["ref.python"]
# Docstring examples run in tests/test_doctests.py; here only the docs' own examples.
doctest_test_doctest_blocks = ""
# The docs' examples read files by paths relative to the repository root.
doctest_global_setup = f"""
import os as _os
_cwd = _os.getcwd()
_os.chdir({str(ROOT)!r})
"""
doctest_global_cleanup = "_os.chdir(_cwd)"
