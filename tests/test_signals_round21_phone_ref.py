"""Round 21 (issue 12): a reference word after a phone number that labels a value of its own.

"call me on 0176 2345 6789 ref 12345" was judged clean: the identifier word after the digits
("ref", "ticket", "order", ...) was read as naming them, as in "0176 2345 6789 (order)". When the
word is followed by its own value it labels that value, and the number before it stays what
the words around it say it is."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals import SignalSettings
from gateway.signals.pii import PiiDetector

FLAGGED = [
    "call me on 0176 2345 6789 ref 12345",
    "my number is 0176 2345 6789 ref 12345, thanks",
    "ruf mich an: 0176 2345 6789, Ticket 42",
    "Rappelez-moi au 06 12 34 56 78, référence 884213",
    "text me at (415) 555-2671 re order #A-1207",
    "mobile 07911 123456 - booking no. 77812",
]

CLEAN = [
    "Use 0176 2345 6789 (order) for the bulk lot",
    "Batch 4006 3813 3393 ref sheet attached",
    "Spare part 4006 381 333931 serial",
]


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(SignalSettings().pii)


def _types(detector: PiiDetector, text: str) -> set[str]:
    return {s.entity_type for s in detector.detect([text], locate=True).spans}


@pytest.mark.parametrize("text", FLAGGED)
def test_a_phone_before_a_reference_with_its_own_value_is_found(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" in _types(detector, text), text


@pytest.mark.parametrize("text", CLEAN)
def test_a_number_the_word_after_it_names_stays_an_identifier(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(detector, text), text


def test_bounded_cost(detector: PiiDetector) -> None:
    text = "0176 2345 6789 ref " * 10_000
    t0 = time.perf_counter()
    detector.detect([text[:200_000]], locate=True)
    assert time.perf_counter() - t0 < scaled(20)
