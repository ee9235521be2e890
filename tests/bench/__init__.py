"""`make bench`: benchmarks of logto-management against raw httpx and the PyPI peers.

Not collected by pytest (no ``test_`` modules). ``python -m tests.bench`` from the repository root
runs everything, prints the table and writes ``BENCHMARKS.md`` with the chart
``tests/bench/benchmarks.png``. See `tests.bench.run` for what is measured and how.
"""
