"""Round 39: blind batch 10's benign classes (kopje, outwash, inlier; seen since their first look).

Each class is kept general, with a near miss that keeps a private value flagged:
- a trade's word of beauty and personal care, a military installation's, a port service's names a business or a
  place, not a person ("Roriza Spa", "Salon Tamone", "Aldwell Barracks", "Solvang Pilots");
- a theme or a style named after a figure ("Sherlock Holmes-themed barber night");
- a port's public officer acting in office ("The Harbour Master, Capt. X, announced that the channel closes");
- a span of 24-hour clock times after a word of time ("closes 0600-1400"), and a NATO stock number after its label
  ("NSN 8610-58-404-2142"), are no phone numbers;
- a lower-case run after a sentence's capitalised article is a noun and its verb ("De schipper meldt zich").
"""

from __future__ import annotations

import pytest
from pii_spans import detector  # noqa: F401 - the module-scoped fixture
from pii_spans import text_spans as _spans

from gateway.signals.pii import PiiDetector


@pytest.mark.parametrize("text", [
    "Translate the notice to English.\n\nSalon Tamone is closed on public holidays. Prices incl. VAT.",
    "Complaint stats Mitari Spa: 7 about balayage + toner, 3 refunds, case nos. C-92058 to C-92064.",
    "Lumota Spa: запис capacity next week -- Mon 6 slots, Tue 4, walk-ins after 16:00. Ref BK-12120.",
    "Open day at Kovalen Barbershop and Nerobe Nails this Saturday; bring your loyalty card.",
    "case ref WPS/2022/12647\nRhyford Aldwell Barracks, gate 2\nswitchboard: ask for the duty clerk",
    "Parade at Thornwell Barracks, gate 2, 09:00; families welcome.",
    "Invoice 364173 port dues IMO 9141189, MMSI 265772874, call sign PC648. Pay to Solvang Pilots, ops@example.com.",
])
def test_a_trades_word_names_a_business_or_a_place(detector: PiiDetector, text: str) -> None:
    assert not [s for s in _spans(detector, text) if s[0] == "PERSON"]


@pytest.mark.parametrize("text", [
    "filler kit low, re-order from supplier, batch LOT-66611, exp 11/2026.\nSherlock Holmes-themed barber night; "
    "Cleopatra milk-bath ritual on the spa menu.",
    "Plan a Great Gatsby-inspired evening and a James Bond-style tuxedo fitting for the salon's anniversary.",
])
def test_a_theme_named_after_a_figure(detector: PiiDetector, text: str) -> None:
    assert not [s for s in _spans(detector, text) if s[0] == "PERSON"]


@pytest.mark.parametrize("text", [
    "The Harbour Master, Capt. Iñiana Oteveda, announced that the channel closes 0600-1400 for dredging. Contact "
    "harbour control VHF ch 12.",
    "The Harbour Master, Capt. Rannar Vikgen, announced that the channel closes 0600-1400 for dredging.",
])
def test_a_harbour_master_in_office_and_a_span_of_clock_times(detector: PiiDetector, text: str) -> None:
    assert _spans(detector, text) == []


@pytest.mark.parametrize("text", [
    "NSN 8610-58-404-2142",
    "Stores query: NSN 8435-24-809-6345, two pairs, size 9.",
])
def test_a_nato_stock_number_after_its_label(detector: PiiDetector, text: str) -> None:
    assert _spans(detector, text) == []


def test_a_lower_case_noun_after_a_sentences_article(detector: PiiDetector) -> None:
    text = ("Notice to Mariners 50/2026: buoy 25 off station. Case no. NTM-73356. De schipper meldt zich bij de "
            "havendienst voor de ligplaats.")
    assert _spans(detector, text) == []


# Near misses: the private value stays flagged.
@pytest.mark.parametrize("text, kept", [
    ("Call me on 0612-3456 after work, my number at home.", ("PHONE_NUMBER", "0612-3456")),
    ("Mobile: 0600-1400 (my own line, evenings)", ("PHONE_NUMBER", "0600-1400")),
    ("My number is 8610-58-404-2142, call after six.", ("PHONE_NUMBER", "8610-58-404-2142")),
    ("Please book my sister Anna Lindqvist at the spa on Friday.", ("PERSON", "Anna Lindqvist")),
    ("Mijn buurman jan de vries belde gisteren over de lekkage.", ("PERSON", "jan de vries")),
    ("The harbour master's wife, Ingrid Solberg, lives at Kaiveien 4 and is off sick.", ("PERSON", "Ingrid Solberg")),
])
def test_near_misses_keep_the_private_value(detector: PiiDetector, text: str, kept: tuple[str, str]) -> None:
    spans = _spans(detector, text)
    assert any(t == kept[0] and kept[1] in v for t, v in spans), spans
