"""Round 29: a private person named by the group they come from, then what they said or did.

"<Name> from the <group> said/asked/mentioned/wants/missed/called ..." (names._NAME_FROM_GROUP, handled with
names._ASK_FROM_TEAM in names._asked_from_team): one capitalised word that reads as a name (listed or unknown, no
everyday word, no place), often invented, then "from [the|my|our] <one to three words>", then a speech or action verb
in lower case. Near misses stay clean: a desk or role ("Support from the Help Desk said"), greetings and news
("Greetings from the team"), a place ("Paris from the air"), everyday words before "from". Our own phrasings."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector

PEOPLE = [
    ("Quillane from the 7pm spin class said her shoulder is still sore.", "Quillane"),
    ("Torvette from the Tuesday class asked if we can move the session to Friday.", "Torvette"),
    ("Heads up: Ambrelle from choir mentioned she is off for surgery next month.", "Ambrelle"),
    ("Dravik from the under 14s wants to switch to the goalkeeper slot.", "Dravik"),
    ("Coach notes - Selvane from the early swim group missed two weeks with a bad back.", "Selvane"),
    ("Orlenna from my book club called about the deposit for the trip.", "Orlenna"),
    ("Yusara from our running crew says the hamstring is flaring up again.", "Yusara"),
]

CLEAN = [
    "Support from the Help Desk said the ticket is closed.",
    "Greetings from the team! See you all on Monday.",
    "News from the council: the pool reopens in May.",
    "Paris from the air is stunning at night.",
    "Feedback from the 6am group said the warm-up is too long.",
    "Someone from the Tuesday class asked about parking.",
    "Everyone from choir wants the rehearsal moved.",
    "Parents from the under 14s asked about the kit order.",
    "London from the river looks completely different.",
    "Greetings from the Tuesday class, we missed you!",
    "Members from the 6am group said the heating is broken.",
    "Reports from the field said the pitch is waterlogged.",
]


@pytest.mark.parametrize("text,name", PEOPLE)
def test_a_name_from_a_group_is_found(detector: PiiDetector, text: str, name: str) -> None:
    found = [value for kind, value in _spans(detector, text) if kind == "PERSON"]
    assert any(name in value or value in name and len(value) >= 2 for value in found), (text, found)


@pytest.mark.parametrize("text", CLEAN)
def test_desks_greetings_places_and_everyday_words_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), (text, _spans(detector, text))


@pytest.mark.parametrize("unit", [
    "Quillane from the 7pm spin class said, Torvette from choir asked, ",
    "from from the from the the group said said from ",
    "Aaaa from the a a a a a a a a a a a a a a a a a a a a a a a a ",
])
def test_bounded_cost(detector: PiiDetector, unit: str) -> None:
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < scaled(10.0)
