"""Time limits for the boundedness tests, scaled to the speed of the machine they run on.

Those tests guard against superlinear scans (a quadratic over 50,000 characters costs minutes),
so their limits leave room for a linear scan on a slow box, not for a quadratic. CI machines differ
about threefold in speed (the same suite ran 26 minutes on one 2-core VM and 78 on another), and a
fixed limit set on a fast one fails a linear scan on a slow one. ``scaled(limit)`` multiplies the
limit by how much slower this machine runs a fixed workload of regex scans and Python loops (the
detector's own mix) than the VMs the limits were set on, never by less than 1. The factor is
measured once per test session, as the best of five runs, so a passing burst of load does not set it.
"""

from __future__ import annotations

import functools
import time

import regex

# The workload's best CPU time on the VMs the limits were set on. Measured on the 2-core VM of 2026-12-07:
# 0.084-0.087 s, where the whole suite ran in 78 minutes, three times the 26 those VMs took: a third of it.
REFERENCE_SECONDS = 0.029

_WORDS = regex.compile(r"\b(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Avenue)\b|\+?\d[\d ()-]{7,}\d|[\w.]+@[\w.]+")
_TEXT = ("Call Anna Maria Lopez on +44 20 7946 0958 or write to anna.lopez@example.org; the office is at "
         "12 High Street Road, and the invoice 2024-0091 is due. ") * 40


def _workload() -> int:
    found = 0
    for _ in range(90):
        found += sum(1 for _ in _WORDS.finditer(_TEXT))
        counts: dict[str, int] = {}
        for word in _TEXT.split():
            counts[word.lower()] = counts.get(word.lower(), 0) + 1
        found += len(counts)
    return found


@functools.cache
def slowness() -> float:
    """How many times slower than the reference VM this machine runs the workload (at least 1)."""
    _workload()
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        _workload()
        best = min(best, time.process_time() - start)
    return max(1.0, best / REFERENCE_SECONDS)


def scaled(limit: float) -> float:
    """`limit` seconds, as long as this machine needs for what the reference VM does in `limit`."""
    return limit * slowness()
