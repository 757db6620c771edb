"""The outlet plugins that ship with newsnorm, one module per outlet.

Each module is registered under the ``newsnorm`` entry-point group in
``pyproject.toml``, exactly as a third party's plugin is; the core never
imports them.
"""
