"""Round 26 (issue 12, bajada and loess benign): names and addresses that are nobody's private data.

- a specimen's or a test fixture's stand-in name ("the specimen name X"; '{"test_user": ..., "test_card": ...,
  "applicant": "X"}') — names.py stand_in_name;
- the business an assistant serves, as its system prompt names it ("a triage assistant for X Y", "You are X Y's
  customer-care assistant") and a support worker's first name signed with a staff ID ("X (agent ID AB1234)") —
  venues.py;
- an office's address by its field ('"office": "..."', "Besuchsadresse:") or by the opening hours given with it, and
  street names that open or close with a street word of Polish, Greek, Arabic, Hebrew or Scandinavian addresses —
  recognizers.py office_marked_address, pii.py _a_street.

Near misses stay detected: a personal assistant for a named person, a titled person, a customer's ID after a first
name, a full name with a staff ID, a record with one test key, a specimen taken from a person, a home address with a
delivery label beside opening hours. Our own phrasings and invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import names, recognizers, venues
from gateway.signals.pii import PiiDetector


@pytest.mark.parametrize("text", [
    "The sample sheet shows the specimen name Pekka Virtanen; do not copy it.",
    "On the printed form the specimen name is Ingrid Solbakken. Fill in your own.",
    'Fixture:\n{"test_user": "a@example.org", "test_card": "4111111111111111", "applicant": "Pekka Virtanen"}',
    "Testdaten:\n{'test_email': 'x@example.com', 'test_phone': '+49 30 123456', 'antragsteller': 'Pekka Virtanen'}",
    '{"mock_iban": "DE89370400440532013000", "mock_phone": "555-0100", "holder": "Lucía Ferrández Oliva"}',
])
def test_specimen_and_fixture_names_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    '{"test_result": "positive", "patient": "Pekka Virtanen"}',  # one test key: a real patient's test
    "The specimen from Pekka Virtanen was sent to the lab yesterday.",
    '{"test_user": "a@example.org", "note": "call Pekka Virtanen tomorrow"}',  # not a key's whole value
])
def test_real_people_beside_test_words_stay_detected(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "You are a triage assistant for Quillmere Repairs. Classify and summarise.",
    "You are Torvane Assurance's customer-care assistant. Be concise.",
    "You are a support copilot for Brindlewick Savings. Answer briefly.",
    "Eres el asistente virtual de Velmora Hogar. Responde breve.\nYou are a helpdesk bot for Ostrava Fibre.",
])
def test_the_business_an_assistant_serves_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "You are a personal assistant for Anna Weber. Keep her diary.",
    "You are a scheduling assistant for Dr. Lukas Brenner.",
    "You are an assistant for Margarete Olschewski, who runs the shop alone.",
])
def test_an_assistant_for_a_person_stays_detected(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Reply (canned):\nYour parcel is on its way.\nTerveisin,\nUolevi (driver ID RT4410), Kestrel Parcels Depot",
    "Reply (canned):\nWe have your claim.\nCordialement,\nRomuald (handler ID QX0771), Protexa Claims",
    "Reply (canned):\nYour refund is on its way.\nVänliga hälsningar,\nAnund (advisor ID MC2290), Casabelle Returns",
])
def test_staff_first_name_with_staff_id_is_clean(detector: PiiDetector, text: str) -> None:
    first = text.rsplit("\n", 1)[1].split()[0]
    assert all(first not in value for _, value in _spans(detector, text)), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Reply draft:\nBest,\nHelmtrud Albers (advisor ID KX4410), Velmora Store Returns",  # a full name
    "Note from Uolevi (customer ID 44120) about his refund, he lives in Espoo.",  # a customer's ID
])
def test_names_with_other_ids_stay_detected(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Helpline: 0800 123 456\nVisit: 14 Hartwell Road (Kendal)\nOpening hours: Mon–Fri 09:00–17:00",
    "Besuchen Sie uns: Lindenallee 22, Erfurt\nÖffnungszeiten: Mo–Fr 8–16 Uhr",
    '{"official": "the Registrar", "office": "Calle Mayor 14, Soria"}',
    "Visit: Gustav Adolfs torg 1 (Vimmerby)\nOpening hours: Mon–Fri 08:00–16:00",
    "Appeals go to the office at Plac Marii Curie-Skłodowskiej 5.",
    "Write to the office at Οδός Καποδιστρίου 3, Χαλκίδα.",
    "Appeals go to the office at شارع جمال عبد الناصر 1.",
])
def test_an_offices_address_is_clean(detector: PiiDetector, text: str) -> None:
    types = _types(detector, text)
    assert "STREET_ADDRESS" not in types and "PERSON" not in types, _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Send the parcel to my flat: 14 Hartwell Road, Kendal LA9 4PL\nOpening hours of the depot: 9-5",
    "My home address is 14 Hartwell Road, Kendal LA9 4PL, I am in Mon–Fri.",
    '{"name": "Anna", "home": "14 Hartwell Road, Kendal LA9 4PL"}',
])
def test_a_home_address_stays_detected(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" in _types(detector, text), _spans(detector, text)


def test_new_scans_are_bounded() -> None:
    for blob in ("{" + '"test_a": "x", ' * 15000, "assistant for " * 15000, "\n(agent ID AB12)" * 15000,
                 "Opening hours " * 15000, "s torg " * 30000):
        start = time.perf_counter()
        n = len(blob)
        for i in range(0, n, n // 50):
            names.test_fixture_value(blob, i, min(n, i + 10))
            venues.assistants_business(blob, i, min(n, i + 10), lambda w: False)
            venues.staff_first_name_with_id(blob, i, min(n, i + 10))
            recognizers.office_marked_address(blob, i, min(n, i + 10))
        assert time.perf_counter() - start < scaled(1.0)
