"""Shared settings for regular expressions that see user input.

Every pattern that runs on input text is compiled once, with the ``regex``
module, and every match call passes ``timeout=REGEX_TIMEOUT``. A timeout raises
the builtin :class:`TimeoutError`; the pipeline turns it into a warning on the
Article instead of a crash.
"""

from __future__ import annotations

#: Seconds one regex call on input text may take before it is abandoned.
REGEX_TIMEOUT = 2.0
