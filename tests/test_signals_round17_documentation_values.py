"""Round 17 (issue 12): contact and account values that belong to nobody, in documents of every format.

Documentation records (a CSV export, a vCard, SQL rows, a log, e-mail headers, an iCal event, a JSON schema's example)
whose every value is reserved, fictional, a published example or a blank; the registry's example IBAN per country;
access-log status codes, an IBAN's digit groups and message ids read as phone numbers or addresses; blanks of one
digit, hex digests and ISBNs read as identifiers; role mailboxes of clubs and buildings. The phrasings are this
file's own; the fail-safe cases keep stand-in values that somebody calls their own flagged.
"""

from __future__ import annotations

import time

import pytest
from stdnum import iban as stdnum_iban
from timing import scaled

from gateway.signals.recognizers import _DOCUMENTATION_IBANS
from gateway.signals.settings import PiiSettings
from gateway.signals.pii import PiiDetector


def _types(texts: list[str]) -> tuple[str, ...]:
    return PiiDetector(PiiSettings()).detect(texts, locate=True).entity_types


def test_registry_example_ibans_are_valid_and_cover_many_countries() -> None:
    for value in _DOCUMENTATION_IBANS:
        assert stdnum_iban.is_valid(value, check_country=False), value
    assert len({value[:2] for value in _DOCUMENTATION_IBANS}) >= 70


@pytest.mark.parametrize("texts, entity, found", [
    # a CSV export, a vCard, SQL rows, a YAML fixture whose every value is a documentation value: nobody's
    (["Exportación de prueba:\nid;nombre;correo;teléfono;iban\n"
      "7;Erika Mustermann;erika@example.de;+1 312 555 0148;ES91 2100 0418 4502 0005 1332\n"
      "8;Test User;ventas@example.com;+1 (646) 555-0177;AT61 1904 3002 3457 3201\n"], "EMAIL_ADDRESS", False),
    (["Exportación de prueba:\nid;nombre;correo;teléfono;iban\n"
      "7;Erika Mustermann;erika@example.de;+1 312 555 0148;ES91 2100 0418 4502 0005 1332\n"
      "8;Test User;ventas@example.com;+1 (646) 555-0177;AT61 1904 3002 3457 3201\n"], "IBAN_CODE", False),
    (["Bitte die Karte prüfen:\nBEGIN:VCARD\nVERSION:3.0\nFN:Max Mustermann\nTEL;TYPE=home:+1 415 555 0162\n"
      "EMAIL;TYPE=home:max@example.org\nNOTE:konto CH93 0076 2011 6238 5295 7\nEND:VCARD"], "PHONE_NUMBER", False),
    (["INSERT INTO customers (name, email, phone, card) VALUES\n"
      "  ('Jan Kowalski', 'jan@example.net', '+1 206 555 0133', '5105 1051 0510 5100'),\n"
      "  ('Anna Nowak', 'anna@example.net', '+1 206 555 0134', '3782 822463 10005');"], "CREDIT_CARD", False),
    (["clientes:\n  - nome: Fulano de Tal\n    email: fulano@example.com\n    telefone: \"+1 505 555 0119\"\n"
      "    prontuario: MRN-000000\n    nascimento: 1970-01-01\n"], "MEDICAL_RECORD_NUMBER", False),
    # ... one real value among them and nothing in the record is cleared
    (["id;nombre;correo;teléfono\n7;Erika Mustermann;erika@example.de;+1 312 555 0148\n"
      "8;Lucía Gómez;lucia@example.com;+34 612 48 93 27\n9;Otto Normal;otto@example.de;+1 646 555 0177\n"],
     "EMAIL_ADDRESS", True),
    # ... and a private word at a contact value keeps it flagged
    # (round 23: 555-0142 is a published drama number, clean wherever; the private mail beside it stays flagged)
    (["Hallo,\nmeine Nummer ist 555-0142 und meine Mail jana@example.de\nGruß\nJana"], "EMAIL_ADDRESS", True),
    # one line, no record: a stand-in person's address stays personal
    (["Email jane.doe@example.com the plan, and john.roe@example.com the minutes."], "EMAIL_ADDRESS", True),
    (["mail ana@example.org", "and rui@example.org"], "EMAIL_ADDRESS", True),
    # a JSON schema's example object flattened into fields: documentation; the same values elsewhere are not
    (["examples", "correo", "ana@example.org", "telefono", "+1 312 555 0148"], "EMAIL_ADDRESS", False),
    (["correo", "ana@example.org", "telefono", "+1 312 555 0148"], "EMAIL_ADDRESS", True),
    (["examples", "correo", "ana@example.org"], "EMAIL_ADDRESS", True),  # one value: no example record
    (["type", "string", "enum", "alpha", "ana.lima@example.org", "x"], "EMAIL_ADDRESS", True),
    # ... and a full date of a birth year nothing explains keeps the record's values flagged (fail safe)
    (["Return-Path: <rebote@example.net>\nTo: ayuda@example.com\nSubject: Re: factura\n\nHola,\n\n--\n22.09.1971\n"],
     "EMAIL_ADDRESS", True),
    (["Return-Path: <rebote@example.net>\nTo: ayuda@example.com\nSubject: Re: factura\n\nHola,\n\n--\nSoporte\n"],
     "EMAIL_ADDRESS", False),
    # a subtitle file: the characters speak, their drama-range numbers are nobody's
    (["1\n00:00:01,000 --> 00:00:03,000\n- Appelle-moi au +1 212 555 0163.\n\n2\n00:00:04,000 --> 00:00:06,500\n"
      "- Écris à detective@example.fr.\n"], "PHONE_NUMBER", False),
])
def test_documentation_records(texts: list[str], entity: str, found: bool) -> None:
    assert (entity in _types(texts)) is found, (texts, _types(texts))


@pytest.mark.parametrize("texts, entity, found", [
    # an access log's status and byte count after the request line are no phone number
    (['203.0.113.7 - - [12/Mar/2026:08:14:02 +0000] "GET /katalog HTTP/1.1" 200 5123 "-" "curl/8.4"\n'
      '198.51.100.9 - - [12/Mar/2026:08:14:09 +0000] "POST /api/login HTTP/2.0" 401 3307 "-" "curl/8.4"'],
     "PHONE_NUMBER", False),
    (['{"line": "10.1.1.4 - - [01/Feb/2026:10:00:00 +0000] \\"GET /x HTTP/1.1\\" 304 7782 \\"-\\""}'],
     "PHONE_NUMBER", False),
    (["Ruf mich an: 0176 2345 6789"], "PHONE_NUMBER", True),
    # an IBAN's digit groups are no phone number, whoever's IBAN it is
    (["Überweisung an NL20 INGB 0001 2345 67, Verwendungszweck Miete"], "PHONE_NUMBER", False),
    # message and event identifiers on a reserved domain are no mailbox; the sender's address is
    (["Message-ID: <20260312.81f3aa09c2@mx.example.org>\nIn-Reply-To: <77ab01cd93@mx.example.org>\n"
      "Subject: Re: horario"], "EMAIL_ADDRESS", False),
    (["BEGIN:VEVENT\nUID:4f1c9e0a77b2@example.com\nSUMMARY:Reunión de equipo\nEND:VEVENT"], "EMAIL_ADDRESS", False),
    (["From: Marta Ibáñez <marta.ibanez@correo-ejemplar.es>\nMessage-ID: <20260312.81f3@mx.example.org>"],
     "EMAIL_ADDRESS", True),
    # blanks of one digit and pseudonyms' hex digests are no record number; a record number is
    (["Patientenakte: MRN-000000 (Platzhalter)"], "MEDICAL_RECORD_NUMBER", False),
    (["dossier patient, MRN: 9a41f0c3 (pseudonymisé)"], "MEDICAL_RECORD_NUMBER", False),
    (["Patientenakte: MRN-48213377, Station 4"], "MEDICAL_RECORD_NUMBER", True),
    (["Kontonummer: 000000000"], "US_BANK_NUMBER", False),
    # a book's number under an id key is no national id
    (["id_number=ISBN 978-0-306-40615-7"], "NATIONAL_ID", False),
    # a role's mailbox of a club or a building on a reserved domain
    (["Heating maintenance on Friday. Questions: facilities@example.com"], "EMAIL_ADDRESS", False),
    (["Agenda de l'AG en pièce jointe ; questions : secretaire@example.fr"], "EMAIL_ADDRESS", False),
    (["Mi correo personal es facilities@example.com"], "EMAIL_ADDRESS", True),
    # a drama-range number in a sentence with a reserved domain's web address (a quoted phishing text)
    (["Quoted scam text: 'Your parcel is held, verify at https://track.example.net or call 555-0174 today'"],
     "PHONE_NUMBER", False),
    (["Call me at 555-0274, https://track.example.net is my tracker"], "PHONE_NUMBER", True),
    # an example organisation's letterhead address
    (["\\address{Example Tenants Association \\\\ 4 Harbour Road}\n\\begin{document}"], "STREET_ADDRESS", False),
    (["Please post it to 4 Harbour Road, Cardiff."], "STREET_ADDRESS", True),
])
def test_values_of_nobody_in_formats(texts: list[str], entity: str, found: bool) -> None:
    assert (entity in _types(texts)) is found, (texts, _types(texts))


@pytest.mark.parametrize("text", [
    "id;mail;tel\n" + "1;a@example.com;+1 312 555 0148\n" * 3_000,
    '1.2.3.4 - - [x] "GET / HTTP/1.1" 200 1234 "-"\n' * 3_000,
    "BEGIN:VCARD\nTEL;TYPE=home:+1 415 555 0162\nEMAIL;TYPE=home:x@example.org\nEND:VCARD\n" * 1_500,
    "MRN-" + "0" * 50_000,
    "NL20 INGB " * 8_000,
    "Message-ID: <" * 10_000 + "1@example.org>",
])
def test_round17_documentation_rules_stay_bounded(text: str) -> None:
    start = time.process_time()
    PiiDetector(PiiSettings()).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


def test_many_fields_stay_bounded() -> None:
    texts = ["examples", "email", "a@example.org", "phone", "+1 312 555 0148"] * 2_000
    start = time.process_time()
    PiiDetector(PiiSettings()).detect(texts, locate=True)
    assert time.process_time() - start < scaled(30.0)
