"""Round 42: gaps found on the spread of round 41 (seen splits), each with a near miss.

- a Portuguese form abbreviates its birth-date label ("Data de nasc.: 06/08/1994", "Dt. nasc. ..."): the date is a
  date of birth, as it is after "Data de nascimento:"; a year after "nasc." with no day is not.

Blind batch 14 (wadi, knoll, mire), after its first look (seen from now on):
- a venue's, a premises' or goods' licence number is no driving licence; a bare or a fishing licence's still reads
  as one;
- "MRN" in a customs text is a declaration's Movement Reference Number; in a ward's text it is a patient's;
- a number after "ISBN" is no card;
- venues named first ("Villa X", "Palais X") and parks and reserves named last ("X Nature Reserve", "X State Park");
  "Maria Villa" and "Park Ji-hoon" stay people;
- a pair named with their peerage in apposition ("Harry and Meghan, the Duke and Duchess of Sussex") are public;
  "my cousin Harry and his wife Meghan" are not;
- the number a place's site publishes ("the site says call ..."); with a relative named it stays somebody's;
- an Arabic noun phrase opening with the article on a word no table lists ("الإقرار الضريبي السنوي"), a Hindi verb
  form or an "-ing" loanword ("मछली पकड़ने", "कैंपसाइट बुकिंग"); names stay names;
- characters quoted as a party's theme ("'Bella and Edward' themed parties"); a sister who books one is not;
- a sentence pasted into another's word keeps its cue ("ceremony arcMy brother Ayoub will bring the rings").

Blind batch 15 (cay, sill, wold), after its first look (seen from now on):
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
    "Data de nasc.: 06/08/1994",
    "Letter to the editor (Macões & Alvino Advocacia)\nData de nasc.: 06/08/1994\nTwo centuries after Dostoyevsky "
    "(Notes from the House of the Dead), our prisons remain overcrowded.",
    "Dt. nasc. 06/08/1994",
    # (batch 15, cay: the Ukrainian form's abbreviation, which the cue pattern read but the anchor list lacked)
    "PBO items: TV, mirror. Дата нар.: 01.04.1964 (needed for the storage agreement).",
])
def test_an_abbreviated_portuguese_birth_label_cues_a_birth_date(detector: PiiDetector, text: str) -> None:
    assert "DATE_OF_BIRTH" in _types(detector, text)


def test_a_year_after_nasc_is_no_birth_date(detector: PiiDetector) -> None:
    assert "DATE_OF_BIRTH" not in _types(detector, "O processo nasc. 2019 foi arquivado.")


@pytest.mark.parametrize("text", [
    "internal: season stats, avg 114 guests. Trend: 'Bella and Edward' themed parties up. Venue licence no. LIC-27405; "
    "permit BK-2026-75964.",
    "Premises licence number PL-004217 is displayed at the bar.",
    "Write a complaint to the customs office about a 6-day clearance delay on entry MRN-2024-58330, container at "
    "terminal 3.",
    "rangers' log\ntest card 4111111111111111\nfield guide ISBN 9784297810863\napp v7.2.2",
    "PUBLIC NOTICE: Villa Brunhodelsried closed for private event on 2026-07-10. Emergency: 112.",
    "Enquiry BK-2026-94645: 150 guests, venue Palais Adelsried, date hold 2026-06-14.",
    "Complaints summary Q3 (Blackheath Fen Nature Reserve), anonymised:",
    "guided walk timetable, Crowberry Ridge State Park\n08:00 Ranger A -- heath loop",
    "As reported, Harry and Meghan, the Duke and Duchess of Sussex once held a reception here.",
    "is the pitch booking at Blackheath Fen Nature Reserve open in october? the site says call +44 1243 677547 but "
    "nobody answers lol.",
    "What did Kautilya argue about taxation, and how does the Laffer curve relate to الإقرار الضريبي السنوي policy?",
    "2026 season: 3079 मछली पकड़ने का लाइसेंस issued, 45% first-time.",
    "export कैंपसाइट बुकिंग occupancy (tsv, no personal fields)",
])
def test_batch14_public_values_stay_clean(detector: PiiDetector, text: str) -> None:
    assert _types(detector, text) == set()


@pytest.mark.parametrize(("text", "entity"), [
    ("buyer Ana Ruiz, licence no. J0288618EL9", "NATIONAL_ID"),
    ("Fishing licence no. FL-2026-44817 for my son", "NATIONAL_ID"),
    ("Patient transferred from customs hold to hospital, MRN-2024-58330", "MEDICAL_RECORD_NUMBER"),
    ("card 4539 1488 0343 6467 please", "CREDIT_CARD"),
    ("Please call Maria Villa about the seating plan.", "PERSON"),
    ("My friend Park Ji-hoon lives next door", "PERSON"),
    ("My cousin Harry and his wife Meghan, the bride's parents, arrive at 3.", "PERSON"),
    ("the site says call my cousin Dave on +44 7700 912345", "PHONE_NUMBER"),
    ("Please forward to غاية العليلي and أحمد الحسن today", "PERSON"),
    ("Send to הדסה לוי the invoice", "PERSON"),
    ("Contact अनिश मेहता about the booking", "PERSON"),
    ("Venue walkthrough notes: ceremony arcMy brother Ayoub will bring the rings.", "PERSON"),
    ("Rain plan: maMy brother अनिश will bring the rings.", "PERSON"),
    ("my sister Anna booked a 'Frozen' themed party", "PERSON"),
    # (the spread of efeefa5: a run that opens with a noun in the article before a listed given name)
    ("اكتب لي رسالة تهنئة قصيرة لزميلي في العمل يوسف العتيبي بمناسبة ترقيته إلى مدير القسم.", "PERSON"),
    ("תכתוב הודעה קצרה לנועה בן דוד שהפגישה של מחר נדחתה ליום חמישי בעשר", "PERSON"),
])
def test_batch14_near_misses_stay_flagged(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in _types(detector, text)


def test_a_camel_cased_word_is_no_glued_possessive(detector: PiiDetector) -> None:
    assert _types(detector, "Call the iPhone support line about the McDonald order.") == set()


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
