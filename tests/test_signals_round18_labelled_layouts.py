"""Round 18 (issue 12, identifiers typed by their label outside tables): the label a document's own layout gives a
value types it, as round 17's table headers do, with the same vocabulary (pii.labelled_keys / typed_column):
JSON pairs, key="value" logs, "Label: value" lines of forms, YAML and INI files (after a vCard or iCalendar property
too, on quoted-reply and comment lines, fields of one line split by " | "), HL7 v2 PID fields by position, FHIR
identifiers by their system; a bare "ID:" / "Licence:" line in a block of a person's details; birth-date labels in
more languages. Our own phrasings and values, in several languages, with their near misses."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from timing import scaled

from gateway.signals.outgoing import build_outgoing, document_labelled
from gateway.signals.pii import PiiDetector, detail_block_values
from gateway.signals.settings import PiiSettings
from gateway.signals.types import PiiResult, PiiSpan

_DETECTOR = PiiDetector(PiiSettings())


def _found(content: Any) -> dict[str, list[str]]:
    """Entity type -> values found in a chat body whose user message is `content`, labelled values included."""
    outgoing = build_outgoing({"model": "m", "messages": [{"role": "user", "content": content}]}, "chat")
    texts = list(outgoing.texts)
    result = _DETECTOR.detect(texts, locate=True, labelled=outgoing.labelled)
    found: dict[str, list[str]] = {}
    for span in result.spans:
        found.setdefault(span.entity_type, []).append(texts[span.index][span.start:span.end])
    return found


def _has(found: dict[str, list[str]], entity: str, value: str) -> bool:
    return any(value in v for v in found.get(entity, []))


@pytest.mark.parametrize("content, entity, value", [
    # a JSON API's response: a national id and a chart number under generic keys
    ('{"items": [{"display_name": "Teodora Vlaicu", "mail": "t.vlaicu@posta.example", "id_number": "2870514401238", '
     '"record_no": "CH-5520917"}]}', "NATIONAL_ID", "2870514401238"),
    ('{"items": [{"display_name": "Teodora Vlaicu", "id_number": "2870514401238", "record_no": "CH-5520917"}]}',
     "MEDICAL_RECORD_NUMBER", "CH-5520917"),
    # a number as a bare JSON number
    ('{"patient": {"mrn": 40917733, "ward": "B2"}}', "MEDICAL_RECORD_NUMBER", "40917733"),
    # a log line's key="value" pairs
    ('2026-03-02T08:11:09Z INFO [billing] retry scheduled user="Sigrun Ask" tax_no="13579024681" attempt=2',
     "NATIONAL_ID", "13579024681"),
    # YAML and INI
    ("patient:\n  given: Matej\n  family: Horvat\n  insurance_no: HZ7730195\n  ward: 4", "MEDICAL_RECORD_NUMBER",
     "HZ7730195"),
    ("[driver]\nname = Pekka Laaksonen\nlicence_no = FI-88310472", "NATIONAL_ID", "FI-88310472"),
    # a vCard's note holding a field name and its value; its birthday property
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Oona Rautio\nNOTE:id_number 19283746501\nEND:VCARD", "NATIONAL_ID", "19283746501"),
    ("BEGIN:VCARD\nVERSION:4.0\nFN:Oona Rautio\nBDAY:1983-09-14\nEND:VCARD", "DATE_OF_BIRTH", "1983-09-14"),
    # an iCalendar description with escaped line breaks
    ("BEGIN:VEVENT\nSUMMARY:Kontrolle\nDESCRIPTION:patient: Ilse Brandauer\\npatient_no: PN-77120934\nEND:VEVENT",
     "MEDICAL_RECORD_NUMBER", "PN-77120934"),
    # fields on one line split by " | "
    ("Row: Name: Dario Ferri | licence number: U1A2209384 | City: Parma", "NATIONAL_ID", "U1A2209384"),
])
def test_round18_a_key_types_its_value(content: str, entity: str, value: str) -> None:
    found = _found(content)
    assert _has(found, entity, value), (content, found)


@pytest.mark.parametrize("content", [
    # keys that type nothing, over identifiers of things
    '{"order_no": "55123901", "sku": "HB-M8-400", "build_id": "20240501"}',
    "[build]\nbuild_id = 8812736455\nrelease = 2026.03",
    'level=info msg="job done" job_id="88120394" duration_ms=5120',
    "Order: 4471-2291-8830\nStatus: shipped\nCarrier: DHL",
])
def test_round18_keys_of_things_stay_clean(content: str) -> None:
    assert not _found(content), content


def test_round18_a_timestamp_under_a_birth_key_is_not_read_as_labelled() -> None:
    # (an event's time a system wrote; the main pass judges the key and the date on its own, as before)
    assert document_labelled(['{"date_of_birth": "2026-02-11T09:14:33Z", "sku": "X-1"}']) == ()
    assert document_labelled(["date_of_birth: 2026-02-11 09:14:33"]) == ()


@pytest.mark.parametrize("segment, entity, value", [
    ("PID|1||KB-44817203^^^STMARY^MR||Nyström^Elin||1969-11-02|F|||Storgatan 4^^Umeå||070 123 44 55", "DATE_OF_BIRTH",
     "1969-11-02"),
    ("PID|1||KB-44817203^^^STMARY^MR||Nyström^Elin||1969-11-02|F", "MEDICAL_RECORD_NUMBER", "KB-44817203"),
    # the identifier list's second repetition
    ("PID|1||KB-44817203^^^STMARY^MR~90017733^^^STMARY^PI||Nyström^Elin", "MEDICAL_RECORD_NUMBER", "90017733"),
    # PID-19, the social security number; PID-20, the driving licence
    ("PID|1||KB-44817203^^^A^MR||Nyström^Elin||19691102|F||||||||||ACCT-99|690211-4417|", "NATIONAL_ID",
     "690211-4417"),
    ("PID|1||KB-44817203^^^A^MR||Nyström^Elin||19691102|F|||||||||||N-770-2219-0041|", "NATIONAL_ID",
     "N-770-2219-0041"),
])
def test_round18_hl7_pid_fields_by_position(segment: str, entity: str, value: str) -> None:
    message = "parse this ADT please\nMSH|^~\\&|ADT|HOSP|LAB|HOSP|20260301101500||ADT^A04|M1|P|2.5\n" + segment
    found = _found(message)
    assert _has(found, entity, value), found
    escaped = json.dumps({"content": message})  # the same message inside a JSON string ("\n" escaped)
    assert _has(_found(escaped), entity, value)


def test_round18_hl7_other_fields_stay_untyped() -> None:
    # PID-18 (the account number) and a timestamp in PID-7 type nothing
    message = "PID|1||||cable^HDMI||2026-01-04T10:11:12Z|U||||||||||ACCT-55120934|"
    labels = {(v.label, message[v.start:v.end]) for v in document_labelled([message])}
    assert labels == set(), labels


@pytest.mark.parametrize("content, entity, value", [
    ('<Patient xmlns="http://hl7.org/fhir"><identifier><system value="urn:oid:1.2.3.4"/><value value="QX8820173"/>'
     "</identifier></Patient>", "MEDICAL_RECORD_NUMBER", "QX8820173"),
    ('{"resourceType": "Patient", "identifier": [{"system": "https://example.org/ids/passport", "value": "PA4471920"}]}',
     "PASSPORT", "PA4471920"),
    ('{"resourceType": "Patient", "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "KX7733019"}]}',
     "NATIONAL_ID", "KX7733019"),
])
def test_round18_fhir_identifiers_by_their_system(content: str, entity: str, value: str) -> None:
    found = _found(content)
    assert _has(found, entity, value), found


@pytest.mark.parametrize("content, entity, value", [
    # Persian, Ukrainian, Korean, Dutch, English blocks of a person's details
    ("please fill the tenant block:\nنام: پرستو کاظمی\nID: 0481937265\nنشانی: اصفهان، خیابان نظر، پلاک 12",
     "NATIONAL_ID", "0481937265"),
    ("ПІБ: Олеся Ковальчук\nID: 3310458821\nТелефон: 067 441 2290", "NATIONAL_ID", "3310458821"),
    ("이름: 박서윤\nLicence: 11-702233-48\n전화: 010-4412-9083", "NATIONAL_ID", "11-702233-48"),
    ("Naam: Femke Dijkstra\nID: 551203994\nIBAN: NL91 ABNA 0417 1643 00", "NATIONAL_ID", "551203994"),
    ("> Name: Harriet Colquhoun\n> ID: 88214407731\n> Email: harriet.c@example.co.uk", "NATIONAL_ID", "88214407731"),
    # a JSON note with escaped line breaks
    (json.dumps({"note": "Nome: Caio Figueira\nID: 4471 9920 3318\nTelefone: (21) 99812-4471"}), "NATIONAL_ID",
     "4471 9920 3318"),
])
def test_round18_a_bare_id_in_a_persons_details(content: str, entity: str, value: str) -> None:
    found = _found(content)
    assert _has(found, entity, value), found


@pytest.mark.parametrize("content", [
    "Order: Oat milk 1L\nID: 58213344\nStatus: shipped",  # an order's id: no person's data beside it
    "Project: routing-gateway\nLicense: Apache-2.0\nVersion: 4.2.1",  # a software licence
    "ID: 58213344",  # alone
])
def test_round18_a_bare_id_elsewhere_stays_untyped(content: str) -> None:
    assert not _found(content).get("NATIONAL_ID"), content


@pytest.mark.parametrize("content", [
    "Дата на раждане: 14.02.1979", "Роден на 03.11.1962 в Пловдив", "जन्म तिथि: 21/08/1984", "जन्मतारीख: 02/01/1990",
    "জন্মতারিখ: 11/07/1972", "பிறந்த தேதி: 05/05/1981", "Né(e) le : 30/06/1993", "BDAY:1975-12-24",
    "Ngày sinh: 09/10/1988", "Tarikh lahir: 17.04.1966", "تاریخ پیدائش: 12/03/1977", "Датум рођења: 08.08.1958.",
])
def test_round18_birth_labels_in_more_languages(content: str) -> None:
    assert _found(content).get("DATE_OF_BIRTH"), content


def test_round18_detail_block_needs_a_persons_data() -> None:
    text = "Ticket: printer jam\nID: 55120934\nFloor: 3"
    result = PiiResult(True, (), 0.0, (PiiSpan(0, 0, 6, "ORGANIZATION", 0.9),))
    assert detail_block_values([text], result) == []
    named = PiiResult(True, (), 0.0, (PiiSpan(0, 8, 19, "PERSON", 0.9),))
    assert [text[v.start:v.end] for v in detail_block_values([text], named)] == ["55120934"]


def test_round18_a_byte_order_mark_before_a_header_line() -> None:
    # a spreadsheet export pasted with its BOM: the header still labels its column
    found = _found("\ufeffname\tdob\tcity\nVilja Koskinen\t03/18/1979\tOulu\nAarni Huttunen\t11/02/1990\tKemi")
    assert _has(found, "DATE_OF_BIRTH", "11/02/1990"), found


@pytest.mark.parametrize("content, entity, value", [
    ("Bill of sale for the old Volvo, buyer Ragnhild Øverli, licence no. N7730218KQ4, paid in cash.", "NATIONAL_ID",
     "N7730218KQ4"),
    ("Pre-authorisation: member ID ZX5520193 for Aurelio Pinna, MRI of the left knee.", "MEDICAL_RECORD_NUMBER",
     "ZX5520193"),
    ("Bitte Versichertennr. Q771029384 auf dem Formular ergänzen.", "MEDICAL_RECORD_NUMBER", "Q771029384"),
    ("Kartu: insurance card #BP-90017723, pasien Sri Wahyuni.", "MEDICAL_RECORD_NUMBER", "BP-90017723"),
    ("the clinic wrote patient no. 00712294 on the referral", "MEDICAL_RECORD_NUMBER", "00712294"),
])
def test_round18_an_identifiers_name_in_prose_types_the_token_after_it(content: str, entity: str, value: str) -> None:
    found = _found(content)
    assert _has(found, entity, value), found


@pytest.mark.parametrize("content", [
    "the licence no. field is required",  # no value
    "order no. 55120934 shipped today",  # not an identifier's name
    "member ID lookups take 20 ms",  # no identifier-shaped token
    "record number 1234 of the batch",  # four digits
])
def test_round18_prose_names_without_an_identifier_stay_clean(content: str) -> None:
    assert not _found(content), content


@pytest.mark.parametrize("text", [
    '"a": "' * 40_000, 'a="' + "x" * 199_990, '"' + "a" * 199_990 + '": "', "a:" * 100_000, "a_b " * 50_000,
    "NOTE:" * 40_000, "A:" * 100_000 + "\n", ("Name: x | " * 30 + "\n") * 600, ("k: " + "v" * 390 + "\n") * 500,
    "PID|" * 50_000, "\nPID|" + "|" * 199_990, "PID|" + "^~" * 99_990, "\\nPID|1|" * 25_000,
    '{"identifier": [' * 12_000 + "Patient", "<identifier>" * 16_000 + "patient",
    '"identifier": [{"system": "' + "a " * 99_990 + "patient",
    "ID: 12345\n" * 20_000, "\nID: " + "1" * 199_990, ("ID: 1234567\nName: x\n" * 9000),
    "licence no " * 20_000, "member id " + "A1" * 99_990, "insurance card #" * 12_000, "record-no-" * 20_000,
], ids=["json-pairs", "open-logfmt", "long-key", "colons", "snake-keys", "vcard-props", "upper-props", "bar-fields",
        "long-lines", "pid-bars", "pid-empty", "pid-carets", "pid-escaped", "fhir-json", "fhir-xml", "fhir-system",
        "id-lines", "id-long", "id-blocks", "prose-keys", "prose-long-token", "prose-cards", "prose-joined"])
def test_round18_label_scans_stay_bounded(text: str) -> None:
    start = time.process_time()
    document_labelled([text])
    spans = tuple(PiiSpan(0, i, i + 4, "PERSON", 0.9) for i in range(0, len(text), 997))
    detail_block_values([text], PiiResult(True, (), 0.0, spans))
    assert time.process_time() - start < scaled(1.0), len(text)


def test_round18_label_scans_with_the_detector_stay_bounded() -> None:
    text = ("Name: Ana Ruiz\nID: 1234567\n" + 'id_number="1234567" ' * 20 + "\nPID|1||X1^^^A^MR||R^A||1990-01-01\n") * 400
    start = time.process_time()
    _found(text[:200_000])
    assert time.process_time() - start < scaled(60.0)
