"""Round 19 (issue 12): benign data in the structure of an exchange.

A tool's result or a tool call's arguments written as one-line JSON, an address field holding a landmark's or a
character's home or a public place, the operator's organisation after "customer assistant of", and historical and
literary figures in a record's "name" field. The phrasings are this file's own; each class has near misses that stay
flagged (a real person's name beside a documentation value, a real value beside documentation ones, a private word).
"""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.recognizers import _JSON_KEY_BEFORE, _PUBLIC_PLACE_OPENING, documentation_record

from pii_spans import DETECTOR as _DETECTOR, types as _types


# --- 1. a one-line JSON record of documentation values is a documentation record ------------------------------------

@pytest.mark.parametrize("text", [
    # a lookup tool's result: a published test card and a reserved-domain mailbox
    '{"hits": [{"card_number": "4000 0566 5566 5556", "contact": "orders@example.org"}], "total": 1}',
    # a payment tool's arguments: the registry's example IBAN beside a template's blank
    '{"beneficiary": "{{payee.name}}", "iban": "FR14 2004 1010 0505 0001 3M02 606"}',
    # a CRM call with a drama-range phone and a documentation address (German, Spanish keys)
    '{"telefon": "+44 20 7946 0321", "e_mail": "kunde@example.net"}',
    '{"telefono": "+1 202-555-0142", "correo": "cliente@example.com", "tarjeta": "5105 1051 0510 5100"}',
    # escaped, as a tool call's arguments sit inside another JSON string
    '{\\"account\\": \\"GB29 NWBK 6016 1331 9268 19\\", \\"mail\\": \\"test@example.org\\"}',
])
def test_one_line_json_record_of_documentation_values_is_clean(text: str) -> None:
    assert _types([text]) == set()


@pytest.mark.parametrize("text, kind", [
    # a real card number beside a documentation address: nothing is cleared
    ('{"card": "4556 7375 8689 9855", "email": "billing@example.com"}', "CREDIT_CARD"),
    # a real IBAN beside a test card
    ('{"iban": "DE44 5001 0517 5407 3249 31", "card": "4242 4242 4242 4242"}', "IBAN_CODE"),
    # the writer's own words inside the value keep it somebody's
    ('{"note": "my card is 4111 1111 1111 1111", "email": "someone@example.com"}', "CREDIT_CARD"),
    # a reserved-domain address that stands in for a person, alone on a one-line record: a test set's real person
    ('{"attendee": "kemal77@example.com", "seats": 2}', "EMAIL_ADDRESS"),
    ('{"destinataire": "lea.morel@example.org", "cc": "bruno.faure@example.net"}', "EMAIL_ADDRESS"),
    # one key is a labelled value, not a record (a schema's label decides what it is)
    ('{"handynummer": "+44 20 7183 0123"}', "PHONE_NUMBER"),
    # prose on one line is no record: two documentation values in a sentence stay as they are judged there
    ('Please charge my card 4111 1111 1111 1111 and write to me at me@example.com', "CREDIT_CARD"),
])
def test_one_line_json_near_misses_stay_flagged(text: str, kind: str) -> None:
    assert kind in _types([text])


def test_real_person_beside_documentation_value_stays_flagged() -> None:
    # the test card is nobody's, the name is somebody's: the record stays flagged for the person
    assert "PERSON" in _types(['{"name": "Wiktoria Zawadzka", "card": "4242 4242 4242 4242"}'])
    assert "PERSON" in _types(['{"titular": "Rodrigo Menéndez Salas", "iban": "ES91 2100 0418 4502 0005 1332"}'])


def test_json_record_value_needs_its_key() -> None:
    text = '{"a": "4242 4242 4242 4242", "b": "x 4111 1111 1111 1111"}'
    values = [(7, 26, "CREDIT_CARD"), (37, 56, "CREDIT_CARD")]
    assert text[7:26] == "4242 4242 4242 4242" and text[37:56] == "4111 1111 1111 1111"
    assert not documentation_record(text, values)  # the second card is inside a sentence, not a key's whole value
    assert documentation_record(text, values[:1])


def test_json_key_scan_is_bounded() -> None:
    text = '"' * 200_000 + '": "'
    t = time.perf_counter()
    _JSON_KEY_BEFORE.search(text, len(text) - 48)
    _DETECTOR.detect(['{"k": "' + '\\"' * 50_000 + '"}'])
    assert time.perf_counter() - t < scaled(5)


def test_json_record_of_many_values_is_linear() -> None:
    """A 200 KB one-line JSON array of documentation records: each value asks whether its field is a record of two
    keys at least, and counting every key of 20 KB per value was quadratic (6 s; 2 s before the rule)."""
    record = '{"name": "Queequeg", "card": "4111 1111 1111 1111", "email": "a@example.com"}, '
    text = ('{"results": [' + record * 3_000)[:200_000]
    values = [(m, m + 19, "CREDIT_CARD") for m in range(len(text)) if text.startswith("4111 1111 1111 1111", m)]
    t = time.process_time()
    documentation_record(text, values)
    assert time.process_time() - t < scaled(1.0)


# --- 2. an address field holding a famous home or a public place ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Adresse: 4 Privet Drive",  # a character's home under a German key
    '{"name": "Sherlock Holmes", "address": "221B Baker Street"}',
    "Dirección: 1600 Pennsylvania Avenue",
    "Address: the library at Leeds LS1 3AB",  # a public place's location
    "Adresse : le musée à Lyon 69002",
    "Anschrift: das Rathaus in 80331 München",
])
def test_famous_or_public_address_in_a_field_is_clean(text: str) -> None:
    assert "STREET_ADDRESS" not in _types([text])


@pytest.mark.parametrize("text", [
    "Address: 14 Kingfisher Road, Leeds LS6 2AB",
    "Address: my office at 14 Kingfisher Road, Leeds LS6 2AB",  # a personal word keeps it
    "Adresse: 18 rue des Tanneurs, 69002 Lyon",
])
def test_private_address_in_a_field_stays_flagged(text: str) -> None:
    assert "STREET_ADDRESS" in _types([text])


def test_public_place_opening_is_bounded() -> None:
    text = "the " + "museum " * 30_000
    t = time.perf_counter()
    _PUBLIC_PLACE_OPENING.match(text)
    assert time.perf_counter() - t < scaled(1)


# --- 3. the organisation a customer-facing assistant serves ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "You are the customer assistant of Birchfield Ferries. Keep answers short.",
    "You are the support assistant of Lantern Mutual; answer politely.",
    "Act as the booking assistant of Harbourview Lodges.",
])
def test_customer_assistant_of_an_organisation_is_clean(text: str) -> None:
    assert "PERSON" not in _types([text])


@pytest.mark.parametrize("text", [
    "You are the personal assistant of Gretchen Albers. Keep answers short.",
    "I work as the assistant of Tomasz Wierzbicki.",
])
def test_assistant_of_a_person_stays_flagged(text: str) -> None:
    assert "PERSON" in _types([text])


# --- 4. historical and literary figures in a record's name field -----------------------------------------------------

@pytest.mark.parametrize("text", [
    '{"name": "Murasaki Shikibu", "work": "The Tale of Genji"}',
    "Nom : Hildegard of Bingen\nRôle : abbesse",
    '{"full_name": "Phillis Wheatley", "born": "c. 1753"}',
    "Имя: Candide\nПроисхождение: Вольтер",
    '{"contact_name": "Nezahualcóyotl", "note": "poet king of Texcoco"}',
    "Notify Jane Q. Public",
])
def test_listed_figure_in_a_field_is_clean(text: str) -> None:
    assert "PERSON" not in _types([text])


def test_surname_of_an_epic_hero_alone_stays_flagged() -> None:
    # "Sundiata Keita" is listed as the epic's hero; Keita alone is many families' name
    assert "PERSON" in _types(["Please send the signed lease to Keita tomorrow, she moved to 12 Rue Faidherbe."])


# --- 5. an organisation's unit after its name, the American everyman -------------------------------------------------

@pytest.mark.parametrize("text", [
    '{"to": "claims@ferries.example", "body": "Dear Birchfield Ferries claims team, ..."}',
    '{"to": "+44 20 7946 0777", "contact_name": "Lantern Mutual switchboard"}',
    "Dear Harbourview Lodges customer desk,\nplease confirm the booking.",
    "Sehr geehrtes Nordlicht Energie Kundenservice,\nbitte bestätigen Sie den Termin.",
])
def test_organisation_unit_is_no_person(text: str) -> None:
    assert "PERSON" not in _types([text])


@pytest.mark.parametrize("text", [
    "Please ask Martin Keller support team lead about the refund.",  # a person of the team
    "Pass this to Bożena Wróbel customer service.",
    "Dear Anna Kowalski team, thanks for the flowers.",
    "Anna Berg's team will call you back.",
])
def test_person_beside_a_unit_stays_flagged(text: str) -> None:
    assert "PERSON" in _types([text])


@pytest.mark.parametrize("text", [
    '{"subject": "Your request", "body": "Dear John Q. Public, ..."}',
    "Notify Jane Q. Citizen when the form is filed.",
])
def test_everyman_is_a_stand_in(text: str) -> None:
    assert "PERSON" not in _types([text])


def test_everyman_does_not_clear_a_person_beside_it() -> None:
    assert "PERSON" in _types(["John Q. Public and Maria Gonzalez Ruiz met at the clinic."])
    assert "PERSON" in _types(["Dear John Quinn, your parcel is on its way."])


def test_given_names_stay_flagged() -> None:
    # figures listed this round never make a private person's given name nobody's
    assert "PERSON" in _types(["My name is Hypatia and I need to change my booking."])
    assert "PERSON" in _types(["Mi chiamo Mario Rossi, il mio IBAN è IT60 X054 2811 1010 0000 0123 456"])
