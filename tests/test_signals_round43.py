"""Round 43: blind batch 15's benign classes after its first look (cay, sill, wold; seen from now on), each with a
near miss that keeps a private value flagged:
- firms named by their trade after an invented word ("Swiftkey Locksmiths", "StoreMore Depot", "Cargobay Nakliyat",
  "Ashstow Building Surveyors");
- a function's acronym before a desk's mailbox on a documentation domain ("bc-bookings@example.org"); at a webmail
  provider it stays somebody's;
- a planning reference's digits before its suffix ("22/06817/PA"); a mobile with letters after a slash stays a phone.
"""

from __future__ import annotations

import pytest
from pii_spans import detector  # noqa: F401 - the module-scoped fixture

from gateway.signals.outgoing import build_outgoing
from gateway.signals.pii import PiiDetector


def _types(detector: PiiDetector, text: str) -> set[str]:
    """The types found in `text` sent as a chat message, as the gateway scans it (its labelled values too)."""
    out = build_outgoing({"model": "m", "messages": [{"role": "user", "content": text}]}, "chat")
    return {s.entity_type for s in detector.detect(list(out.texts), locate=True, labelled=out.labelled).spans}


@pytest.mark.parametrize("text", [
    "Notice from Swiftkey Locksmiths: gate hours change, storage unit 5 m3.",
    "StoreMore Depot, switchboard 0800 123 4560, bookings@example.com",
    "Cargobay Nakliyat, switchboard +44 20 7946 0000, bookings@example.com",
    "I received:\nDear Ashstow Building Surveyors,\nwe accept your fee proposal FP-232 v3.3.",
    "Inspections for the railway goods shed: foundations 27/05, DPC +7d. Book via bc-bookings@example.org, ref "
    "PW-2026-457. Make a table.",
    "Complaint template: 'I, [NAME], of [ADDRESS], object to 22/06817/PA because ...' - rewrite it in plain English.",
])
def test_batch15_public_values_stay_clean(detector: PiiDetector, text: str) -> None:
    assert _types(detector, text) == set()


@pytest.mark.parametrize(("text", "entity"), [
    ("Please write to jo-bookings@gmail.com", "EMAIL_ADDRESS"),
    ("my mobile is 07700 912345/PA", "PHONE_NUMBER"),
    ("Ask my brother Tomasz Locksmith to call me", "PERSON"),
])
def test_batch15_near_misses_stay_flagged(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in _types(detector, text)
