"""What a PII scan derives from a request lives as long as the scan, and no longer.

Why: prompt text and PII values must not outlive their request (docs/ARCHITECTURE.md, privacy).
Process-wide `functools.lru_cache`s keyed by words, candidate values and whole texts kept the names,
numbers and texts of the last thousands of requests in memory (a walk of the heap after one scan
found the scanned name, street and whole joined text in nine caches), and spaCy's vocabulary kept
every token it had read until the pipeline was reloaded. Here:

- `per_scan` memoises a function of request content inside a `scope()` (PiiDetector.detect,
  outgoing.build_outgoing) in that scope's own table, dropped when the scope ends; outside a scope
  the function just runs (so code whose cost bound rests on a memo, such as a table split once per
  text, runs inside a scan, as every production caller does). Measured before the change: the caches saved nothing across requests
  (200 karst records and a 100 KB text, cold caches vs warm, within run-to-run noise); what they
  served was a scan repeating its own words and values, which a scope's table still serves.
- PiiDetector runs each scan in spaCy's memory zone (`Language.memory_zone`, spaCy >= 3.8),
  which frees the strings and lexemes the scan added when it ends (see pii._Engine.zone).

The scan's time budget lives here too (`deadline`, `check_budget`): PiiDetector.detect sets it, the
engine checks it before each presidio call and the recognizers with per-candidate work (phone numbers:
validation, publication and organisation checks, ~3 ms a number) every few candidates, so a body of
thousands of candidates stops within milliseconds of its budget, not after a whole 32 KB chunk.

`functools.lru_cache` stays for functions of configuration only (word lists, policy values).
tests/test_signals_retention.py walks the heap after a scan for the values it scanned, and fails on
any module-level lru_cache in gateway/signals that takes request content.
"""

from __future__ import annotations

import contextvars
import functools
import time
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import TypeVar, cast

F = TypeVar("F", bound=Callable[..., object])

# function -> (its arguments -> its result), for the scan in progress on this thread / task
_MEMO: contextvars.ContextVar[dict[Callable[..., object], dict[Hashable, object]] | None] = contextvars.ContextVar(
    "scan_memo", default=None)


# when the scan in progress on this thread / task must stop (time.perf_counter), or None
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("scan_deadline", default=None)


class BudgetSpent(Exception):
    """The scan ran past its budget; PiiDetector.detect turns it into an `incomplete` result."""


@contextmanager
def deadline(budget_s: float | None) -> Iterator[None]:
    """The current scan stops (check_budget raises BudgetSpent) `budget_s` seconds from now; None: never."""
    token = _DEADLINE.set(time.perf_counter() + budget_s if budget_s is not None else None)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_budget() -> None:
    """Raise BudgetSpent when the current scan is past its deadline."""
    at = _DEADLINE.get()
    if at is not None and time.perf_counter() > at:
        raise BudgetSpent


@contextmanager
def scope() -> Iterator[None]:
    """One scan's memo; inside another scope, that scope's (a scan within a scan shares it)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_scan(fn: F) -> F:
    """`fn` (positional, hashable arguments) memoised for the current scope only."""

    @functools.wraps(fn)
    def memoised(*args: Hashable) -> object:
        memo = _MEMO.get()
        if memo is None:
            return fn(*args)
        table = memo.get(fn)
        if table is None:
            table = memo[fn] = {}
        key: Hashable = args[0] if len(args) == 1 else args
        try:
            return table[key]
        except KeyError:
            value = table[key] = fn(*args)
            return value

    return cast(F, memoised)
