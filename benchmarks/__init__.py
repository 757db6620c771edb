"""newsnorm's benchmark: ``python -m benchmarks`` from the repository root.

- :mod:`benchmarks.corpus` builds the inputs: the seed articles, generated
  articles in each outlet's own formats (with its clutter) and HTML pages
  built like each outlet's real pages;
- :mod:`benchmarks.run` measures newsnorm on them, side by side with its
  peers (``dateparser.search_dates``, ``trafilatura.bare_extraction``, and
  ``lxml.html.fromstring`` as the floor), and writes
  ``benchmarks/results/latest.json`` and ``docs/_static/benchmark.png``.

The peers come with the ``bench`` extra: ``pip install -e ".[bench]"``.
"""
