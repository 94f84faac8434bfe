"""Round 25 (issue 12, playa and pingo benign): places, rooms, services and goods that carry a person's name
(gateway/signals/venues.py, and organisations named by their first word in recognizers._ORG_FIRST).

An airport written with its IATA code, a suite or a lounge named in quotes, a trip in the footsteps of a traveller,
a service or a foundation by the lower-case noun after its name, a car by its model line, an eatery or a shelter by
the word that opens its name: nobody's private name. Near misses stay detected: a person followed by a role's acronym
("(CTO)"), a person and a city with an airport code but no airport's word, one's own relation in the footsteps
phrase, a private person named in the same text. Our own phrasings and invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import venues
from gateway.signals.pii import PiiDetector


@pytest.mark.parametrize("text", [
    "Transfer booked: pick-up Ottokar Brandl International, Graz (GRZ), drop-off at the hotel.",
    "Gate change at Lisboa–Humberto Delgado (LIS): TP1234 now boards at 14:05.",
    "Lost luggage desk at Giedre Valanciute Airport, Palanga (PLQ): open until 22:00.",
    "Der Shuttle fährt ab Flughafen Wendelin Hobrecht (HBX) um 7 Uhr.",
])
def test_an_airport_by_its_code_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    'Breakfast is served in the "Ida Pfeiffer" lounge on the first floor.',
    'Our FAQ mentions "Fridtjof Nansen" as the name of the lounge at the harbour terminal.',
    'Das Hotel nennt das Zimmer „Alexander Humboldt" Suite nach dem Forscher.',
])
def test_a_room_named_in_quotes_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Compare two cover plans for a trip in the footsteps of Ida Pfeiffer across Iceland.",
    "Eine Reise auf den Spuren von Alexander Humboldt durch Venezuela.",
])
def test_in_the_footsteps_of_a_traveller_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Matkat Lappi shuttle to the concert hall: departures 06:10 and 08:40.",
    "Vennekring Lindholm foundation: book drive, goal 300 books.",
    "The Kazimiera Wojtowicz exhibition closes on Sunday.",
    "Trattoria Sole Rosso: the pasta was great, the service slow.",
    "Tierheim Birkenhain: three cats ready for adoption this week.",
    "For sale: Kestra Valmo 1.6 TDI, 2019, 88.400 km, asking 9.200 EUR.",
])
def test_services_eateries_and_goods_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text, kept", [
    ("My colleague Jolanta Wierzbicka (CTO) flew to Oslo on Monday.", "Jolanta Wierzbicka"),
    ("Flight for Jolanta Wierzbicka, Prague (PRG) to Oslo on Monday.", "Jolanta Wierzbicka"),
    ("We retraced the trip in the footsteps of my grandfather Tomasz Wielgórski in 1952.", "Tomasz Wielgórski"),
    ('The "Ida Pfeiffer" lounge was booked by Jolanta Wierzbicka for her birthday.', "Jolanta Wierzbicka"),
    ("Please pick up Jolanta Wierzbicka at the airport at 7.", "Jolanta Wierzbicka"),
])
def test_private_people_stay_detected(detector: PiiDetector, text: str, kept: str) -> None:
    spans = _spans(detector, text)
    assert any(t == "PERSON" and kept in v for t, v in spans), spans


@pytest.mark.parametrize("adversarial", [
    "Airport (ABC) " * 14_000,
    "A–B C D E " * 20_000,
    '"' * 200_000,
    '"x" ' * 50_000,
    "in the footsteps of " * 10_000,
    "Abc 1.0 TSI, 2022, 1 km " * 8_000,
])
def test_bounded_cost(adversarial: str) -> None:
    t0 = time.perf_counter()
    n = len(adversarial)
    for at in range(0, n, max(1, n // 50)):
        hi = min(n, at + 10)
        venues.airport_by_code(adversarial, at, hi)
        venues.quoted_room_name(adversarial, at, hi)
        venues.in_the_footsteps(adversarial, at, hi)
        venues.service_by_noun_after(adversarial, at, hi)
        venues.vehicle_model(adversarial, at, hi)
    assert time.perf_counter() - t0 < scaled(1.0)


# --- Round 25 (kame): two or three words of the Arabic or Hebrew script in English prose, none of them a ranked name in
# any country and the first opening with the definite article, are a noun phrase, not a name.
@pytest.mark.parametrize("text", [
    "For the note field I wrote המתנה לסבתא and the amount, is that fine?",  # the gift for grandma
    "About الإيجار المتأخر: the landlord wants the transfer reference.",  # the late rent
    "Checkout test (החשבון המשותף, 120 ₪) with card 4242 4242 4242 4242 in sandbox.",  # the shared bill
])
def test_unranked_arabic_and_hebrew_phrases_are_no_names(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text, kept", [
    ("Please email מרים כהן today about the invoice.", "מרים כהן"),
    ("Send the contract to يوسف العطار tomorrow.", "يوسف العطار"),
    ("Call รัชนี ศรีสุข about the delivery.", "รัชนี ศรีสุข"),  # Thai: the table holds few Thai names
    ("Ship it to ظبية الكتبي in Sharjah, please.", "ظبية الكتبي"),  # unranked, but no "al-" opening it
    ("Forward the form to پگاه تهرانچی today.", "پگاه تهرانچی"),
])
def test_names_of_those_scripts_stay_detected(detector: PiiDetector, text: str, kept: str) -> None:
    spans = _spans(detector, text)
    assert any(t == "PERSON" and kept in v for t, v in spans), spans


def test_a_stand_in_surname_first_before_a_comma(detector: PiiDetector) -> None:
    """"MUSTERMANN, ERIKA": the stand-in surname written first, as passports and registers print it."""
    assert not {t for t, v in _spans(detector, "Specimen ID card: MUSTERMANN, ERIKA, issued by the city.")
                if t == "PERSON"}
    # a real surname first stays a person's, and "Example," opening a sentence is no surname
    assert any(t == "PERSON" for t, _ in _spans(detector, "Passenger list: KOWALSKA, JOLANTA, seat 14C."))
    assert any(t == "PERSON" for t, _ in _spans(detector, "Example, Jolanta Wierzbicka is the new tenant."))


@pytest.mark.parametrize("text, kept", [
    ("★★★★☆ Osteria Verde: ask for Radomila at the front desk, she sorted our table in minutes!", "Radomila"),
    ("Great stay, ask for 岳小军 at reception.", "岳小军"),
])
def test_a_staff_member_asked_for_at_a_desk_is_a_person(detector: PiiDetector, text: str, kept: str) -> None:
    spans = _spans(detector, text)
    assert any(t == "PERSON" and kept in v for t, v in spans), spans
