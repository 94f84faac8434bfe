"""Round 17 (issue 12, tarn): PERSON flags inside pasted documents about nobody private. The stand-ins of examples,
templates and test data ("Carol Example", "Vorname Nachname", "Demo Customer", an HL7 "Roe^Richard"), articles of
a catalogue in a name's slot or field ("lamp 40W^Desk"), the words that hand a document
over in scripts without case, buildings named after somebody, listed figures in their own script and by the place
they are known by. Each benign class has its private counterpart that must stay flagged. All rows invented."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.classifier import SignalClassifier
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings, SignalSettings


@pytest.fixture(scope="module")
def classifier() -> SignalClassifier:
    clf = SignalClassifier(SignalSettings())
    clf.warm()
    return clf


@pytest.mark.parametrize("text", [
    # stand-ins of examples and test data
    "order_id;customer;mail\n5501;Carol Example;carol@example.com\n5502;Dave Example;dave@example.com",
    "| # | Kunde | Ort |\n|---|---|---|\n| 1 | Vorname Nachname | Musterstadt |\n| 2 | Erika Musterfrau | Beispielort |",
    "[fixture]\ndisplay_name = \"Demo Customer\"\nmail = \"qa@example.org\"",
    "INSERT INTO clientes (nombre, ciudad) VALUES ('Fulano de Tal', 'Cidade'), ('Beltrano Exemplo', 'Vila');",
    "MSH|^~\\&|LAB|H|EHR|H|202501010800||ADT^A01|42|T|2.5\nPID|1||X-1^^^H^MR||Roe^Richard||1980-02-02|M",
    "From: \"Test Account\" <qa@example.net>\nTo: \"John Doe\" <nobody@example.net>\nSubject: staging mail",
    "greeting: \"Hello ${user.displayName}, your order {{order_id}} has shipped.\"",
    # an article of a catalogue in a name's field or slot
    "PID|1||A-77^^^SHOP^MR||lamp 40W^Desk||2025-03-03|U",
    "PID|1||A-78^^^SHOP^MR||screw M6x30 steel^Pan||2025-03-03|U",
    # the words that hand a document over, in scripts without case
    "यहाँ फ़ाइल देखें: please convert this table to JSON\nid,city\n1,Pune",
    "מצורף קובץ: please tidy up this log\n2025-01-01 INFO started",
    "إليك الجدول: sort it by date\n| id | date |\n| 1 | 2025-01-01 |",
    "கோப்பு இதோ: fix the indentation\nkey: value",
    # buildings named after somebody
    "room_booking,floor\n\"Hopper Building, east entrance\",2\n\"Franklin Pavilion, lobby\",1",
    "{\"venue\": \"Musée, Cour Marchand\"}\n{\"meeting_point\": \"Parvis Jean Moulin\"}",
    # listed figures in their own script, in a document
    "BEGIN:VCARD\nVERSION:4.0\nFN:Фёдор Достоевский\nEND:VCARD",
    "姓名,城市\n鲁迅,绍兴\n李白,长安",
    "[author_1]\nname=夏目漱石\n[author_2]\nname=نجيب محفوظ",
    "ORGANIZER;CN=贾宝玉:mailto:calendar@example.org",
    # a figure known by the place they are from
    "1\n00:00:01,000 --> 00:00:03,000\n- I am Joan of Arc, and I will not yield.",
])
def test_round17_document_people_are_nobody_private(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    # a real customer beside the stand-ins, a surname that only looks like one
    "order_id;customer;mail\n5501;Carol Example;carol@example.com\n5503;Teodora Vasquez;teo.vasquez@gmail.com",
    "PID|1||X-2^^^H^MR||Doe^Marisol||1980-02-02|F",
    "Please update the record of Jane Doherty, she moved last week.",
    "Kunde: Mario Rossi, Vertrag 2231, bitte heute anrufen",
    "Test results for Anna Kowalczyk came back positive.",
    # a name field written as names, a name followed by its ward room
    "PID|1||A-79^^^H^MR||Lindqvist^Hedda||1975-05-05|F",
    "Bed list: Hedda Lindqvist Room 12, Pablo Marquez Room 14",
    # a private person in a contact list in a script without case
    "姓名,电话\n王建国,13800138000",
    "FN:Олег Сидоренко\nTEL:+380 44 123 4567",
    # a lone given name in a slot, without the figure's epithet
    "My name is Hypatia and I need to change my booking.",
])
def test_round17_private_people_in_documents_stay_flagged(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    "PID|" + "|".join(["lamp 40W^Desk"] * 4000),
    "My name is Anna" + " of Avalon" * 3000,
    ",".join(["Carol Example"] * 3000) + "\n" + "Test User^" * 3000,
    "1" * 20000 + "x" + "1" * 20000 + "mm",
])
def test_round17_rules_stay_bounded(text: str) -> None:
    start = time.process_time()
    PiiDetector(PiiSettings()).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)
