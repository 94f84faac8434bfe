"""Nothing a PII scan reads outlives the scan (gateway/signals/scan_scope.py).

The values below are assembled at run time from reversed pieces, so no code object of this file holds
them, and no other file of the repository holds them either (checked when written): after a scan, the
only way one can be found on the heap is that the gateway kept it. (The walk reaches every module
through `sys`, test modules and their constants included.)
"""

from __future__ import annotations

import gc
import inspect
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from gateway.signals import scan_scope
from gateway.signals.outgoing import build_outgoing
from gateway.signals.pii import PiiDetector, shared_engine
from gateway.signals.settings import PiiSettings


def _unreverse(*pieces: str) -> str:
    return "".join(p[::-1] for p in pieces)


def _texts() -> tuple[list[str], list[str]]:
    """(texts to scan, the values in them a trace would show), built at run time."""
    given, family, street = _unreverse("lehtavroZ", "nil"), _unreverse("kcerbmiuQ", "a"), _unreverse("lohnnerB", "t")
    mail = _unreverse("q.htavroz", "moc.liamnotorp@")
    phone, other = _unreverse("1 1197 44+", "74832"), _unreverse("0 794 3110", "247")  # (round 23: no drama range)
    born = _unreverse("0/71", "9791/9")
    texts = [
        f"Dear team, my neighbour {given} {family} lives at 14 {street} Lane, Leeds LS6 2QR.",
        f"Call her on {phone} or write to {mail}. Born {born}.",
        f"| name | phone |\n| {given} {family} | {other} |",
        f"In 1901 the parish recorded {given} {family}, a weaver.",
        f'{{"patient_name": "{given} {family}", "dob": "{born}"}}',
        f"Contact card for {given} {family}, please. Hi {given}, thanks for sending it.",  # a lone first name read back
    ]
    return texts, [given, family, street, mail.split("@")[0], phone[4:], other, born]


def _strings_reachable(extra: list[object]) -> Iterator[str]:
    """Every str reachable from the loaded modules (and `extra`), C-level caches such as lru_cache's included."""
    todo: list[object] = [m for name, m in list(sys.modules.items()) if name != __name__] + extra
    seen: set[int] = set()
    while todo:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if type(obj) in weakref.ProxyTypes:  # a proxy's isinstance() reaches its referent: dead ones raise
            continue
        if isinstance(obj, str):
            yield obj
            continue
        if isinstance(obj, (int, float, bytes, bool, type(None))):
            continue
        todo.extend(gc.get_referents(obj))


def test_a_scan_leaves_no_value_and_no_text_behind() -> None:
    detector = PiiDetector(PiiSettings())
    detector.warm()

    def scan() -> list[str]:
        texts, values = _texts()
        out = build_outgoing({"model": "m", "messages": [{"role": "user", "content": t} for t in texts]}, "chat")
        found = detector.detect(list(out.texts), locate=True, labelled=out.labelled)
        assert {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"} <= set(found.entity_types)
        return [v[::-1] for v in values]  # the caller keeps them reversed only

    reversed_values = scan()
    gc.collect()
    values = [v[::-1] for v in reversed_values]
    kept = [(v, s[:80]) for s in _strings_reachable([detector]) for v in values if v in s and s is not v]
    assert kept == []


def test_spacy_keeps_no_word_of_a_scan() -> None:
    detector = PiiDetector(PiiSettings())
    detector.warm()
    engine = shared_engine()
    lexemes, strings = len(engine.nlp.vocab), len(engine.nlp.vocab.strings)
    novel = [_unreverse("ttqxw", str(i)) for i in range(200)]
    found = detector.detect([f"Please ask {_unreverse('ayirP')} {_unreverse('namaR')} about " + " ".join(novel)])
    assert found.entity_types == ["PERSON"]
    assert (len(engine.nlp.vocab), len(engine.nlp.vocab.strings)) == (lexemes, strings)
    assert not any(w in engine.nlp.vocab.strings for w in novel)
    # and the pipeline still works after the zone freed what the scan added
    assert detector.detect([f"{_unreverse('ayirP')} {_unreverse('namaR')} paid in cash."]).entity_types == ["PERSON"]


def test_per_scan_memoises_within_a_scope_only() -> None:
    calls: list[tuple[Any, ...]] = []

    @scan_scope.per_scan
    def shout(word: str, times: int = 1) -> str:
        calls.append((word, times))
        return word.upper() * times

    assert shout("a") == shout("a") == "A" and len(calls) == 2  # no scope: no memo
    with scan_scope.scope():
        assert shout("b") == shout("b") == "B" and shout("b", 2) == shout("b", 2) == "BB"
        with scan_scope.scope():  # a scan within a scan shares the outer memo
            assert shout("b") == "B"
    assert calls.count(("b", 1)) == 1 and calls.count(("b", 2)) == 1
    with scan_scope.scope():
        shout("b")
    assert calls.count(("b", 1)) == 2  # a new scan starts empty


def test_scans_on_many_threads_agree_with_one_thread() -> None:
    detector = PiiDetector(PiiSettings())
    texts, _ = _texts()
    expected = [detector.detect([t], locate=True) for t in texts]
    results: dict[tuple[int, int], Any] = {}
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for i, t in enumerate(texts * 2):
                results[worker, i] = detector.detect([t], locate=True)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for (worker, i), got in results.items():
        want = expected[i % len(texts)]
        assert (got.entity_types, got.spans) == (want.entity_types, want.spans), (worker, i)


# Functions of configuration only (word lists, policy values, delimiters): a process-wide cache is fine.
_CONFIG_CACHES = {
    "gateway.signals.names.figure_skeletons": "keyed by the public-figure and fiction lists",
    "gateway.signals.tables._cell": "keyed by a delimiter from tables.DELIMITERS and a policy cap",
}


@pytest.mark.parametrize("module", sorted(m for m in sys.modules if m.startswith("gateway.signals")) or ["none"])
def test_no_process_wide_cache_takes_request_content(module: str) -> None:
    """A module-level lru_cache over a function with parameters must be one of _CONFIG_CACHES;
    a function of request content takes scan_scope.per_scan."""
    mod = sys.modules.get(module)
    for name, obj in vars(mod).items() if mod else ():
        if not (callable(obj) and hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == module):
            continue
        fn: Callable[..., Any] = obj.__wrapped__
        if inspect.signature(fn).parameters:
            assert f"{module}.{name}" in _CONFIG_CACHES, f"{module}.{name}: use scan_scope.per_scan"
