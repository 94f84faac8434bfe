"""Round 29: private people named with weak cues only, in case notes and newsletters.

Talked to / called back (names._TALKED_TO, names._RANG_AGAIN): "spoke to <word>," "rang <word> back", "<word> rang
again": one capitalised word the name table does not hold as an everyday word, or a word of a script without case, is
the person spoken to. Prayer requests (names._PRAYER_FOR): "please pray for <name>", "keep <name> in your prayers", in
several languages: the name may be invented and may end in an initial ("<name> K.").

Near misses stay clean: a firm, a desk or a role ("Reception", "the Help Desk", "Support"), a place, a common noun
after the same cues ("pray for peace", "call Apple support"). Our own phrasings and invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector

PEOPLE = [
    # talked to / called back
    ("Case 4471: talked to Quarnby, wants the surveyor's report before agreeing.", "Quarnby"),
    ("Ticket 88: spoke with Velloria, she will resend the form on Monday.", "Velloria"),
    ("Tuesday: rang Strelkow back about the deposit, no answer.", "Strelkow"),
    ("Note 3 - phoned Abernook back re the second valuation.", "Abernook"),
    ("Follow-up: Tremmick rang again, asked whether the cheque cleared.", "Tremmick"),
    ("Visit 12 - Ostrevna phoned back, happy with the repair.", "Ostrevna"),
    ("Ref 551: spoke to Гарбузенко, disputes the valuation.", "Гарбузенко"),
    ("Ref 552: spoke to הרשקוביץ, disputes the valuation.", "הרשקוביץ"),
    ("Ref 553: rang बलवंतकर back about the arrears.", "बलवंतकर"),
    ("Ref 554: talked to 欧阳澜, disputes the valuation.", "欧阳澜"),
    # prayer requests
    ("From the parish sheet: please pray for Odilette R. as she starts radiotherapy.", "Odilette"),
    ("Prayer corner - pray for Branwick and his family this week.", "Branwick"),
    ("Kindly keep Maelis Carrow in your prayers after her fall.", "Maelis Carrow"),
    ("Bulletin: priez pour Aurelien T. qui est à l'hôpital.", "Aurelien"),
    ("Gemeindebrief: bitte betet für Hiltrud W., sie liegt im Krankenhaus.", "Hiltrud"),
    ("Boletín: oren por Casimira L., que sigue en el hospital.", "Casimira"),
    ("Листок: молитесь за Всеслава Б., он в больнице.", "Всеслава"),
    ("Newsletter: please pray for 서윤 민. who is in hospital again.", "서윤 민"),
    ("Newsletter: please pray for زينوبة ك. who is in hospital again.", "زينوبة ك"),
]

CLEAN = [
    "Case 4471: spoke to Reception, they will forward the report.",
    "Ticket 88: talked to Support, they reset the password.",
    "Tuesday: rang Accounts back about the invoice, no answer.",
    "Please call Apple support back before noon.",
    "Note: ring Reception back if the courier is late.",
    "Follow-up: Support rang again about the renewal.",
    "Spoke to the Help Desk, they logged it.",
    "Spoke to Vodafone Business about the contract.",
    "Support from the Help Desk said the ticket is closed.",
    "Sunday service: we pray for peace and for all who mourn.",
    "Please pray for Ukraine and for everyone displaced by the war.",
    "Please pray for rain, the allotments are dry.",
    "Keep Christmas in your prayers this year.",
    "Priez pour la paix.",
    "Betet für den Frieden.",
]


@pytest.mark.parametrize("text,name", PEOPLE)
def test_weakly_cued_private_people_are_found(detector: PiiDetector, text: str, name: str) -> None:
    found = [value for kind, value in _spans(detector, text) if kind == "PERSON"]
    assert any(name in value or value in name and len(value) >= 2 for value in found), (text, found)


@pytest.mark.parametrize("text", CLEAN)
def test_desks_firms_places_and_things_after_the_same_cues_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), (text, _spans(detector, text))


@pytest.mark.parametrize("unit", [
    "spoke to Qarnovel, rang Trebbin back, Ulmwick rang again, please pray for Ysolde K. and ",
    "spoke to spoke to rang rang back pray for pray for keep in your prayers ",
])
def test_bounded_cost(detector: PiiDetector, unit: str) -> None:
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < scaled(10.0)
