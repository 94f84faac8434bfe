"""Round 17 (issue 12, sensitive records missed): values a document's own layout labels, text files with format
characters, one uncased-script word doing what people do, and the birth and record-number labels tarn's and
sierra's first looks showed. Our own phrasings, in several languages."""

from __future__ import annotations

import base64
import time
from typing import Any

import pytest
from timing import scaled

from gateway.signals.outgoing import build_outgoing, document_labelled
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings


def _found(content: Any) -> dict[str, list[str]]:
    """Entity type -> values found in a chat body whose user message is `content`, labelled values included."""
    outgoing = build_outgoing({"model": "m", "messages": [{"role": "user", "content": content}]}, "chat")
    texts = list(outgoing.texts)
    result = PiiDetector(PiiSettings()).detect(texts, locate=True, labelled=outgoing.labelled)
    found: dict[str, list[str]] = {}
    for span in result.spans:
        found.setdefault(span.entity_type, []).append(texts[span.index][span.start:span.end])
    return found


@pytest.mark.parametrize("content, entity, value", [
    # an HTML form: the field's name (and its <label>) says what the <input>'s value is
    ('Fix this form:\n<form><label for="adr">Adresse</label>\n<input type="text" id="adr" name="adr" '
     'value="Birkealle 14, 8260 Viby"></form>', "STREET_ADDRESS", "Birkealle 14, 8260 Viby"),
    ("<input name='home_address' value='Vesterbrogade 112, 1620 København'>", "STREET_ADDRESS",
     "Vesterbrogade 112, 1620 København"),
    ('<input class="f" value="Ilse Brandauer-Kovač" name="full_name" />', "PERSON", "Ilse Brandauer-Kovač"),
    # an HTML table: the header cell says what the cells under it are
    ("<table><tr><th>sku</th><th>buyer_name</th></tr>\n<tr><td>AB-1</td><td>박지후</td></tr></table>", "PERSON",
     "박지후"),
    ("<table>\n<tr><th>Nome</th><th>Indirizzo</th></tr>\n<tr><td>x</td><td>Contrada Pozzillo 9, Ragusa</td></tr>"
     "\n</table>", "STREET_ADDRESS", "Contrada Pozzillo 9, Ragusa"),
    # a spreadsheet written cell by cell: the first row's cell says what its column holds
    ("formula broken?\nA1: ref\nB1: domicilio\nA2: 7\nB2: pasaje Las Araucarias 58, Osorno\nC3: =COUNTA(B2:B2)",
     "STREET_ADDRESS", "pasaje Las Araucarias 58, Osorno"),
    ("Sheet: Staff\nA1: id\nB1: name\nC1: dob\nA2: 1\nB2: Wojciech Pawlak\nC2: 1977-03-02", "DATE_OF_BIRTH",
     "1977-03-02"),
])
def test_round17_values_a_documents_layout_labels(content: str, entity: str, value: str) -> None:
    found = _found(content)
    assert any(value in v for v in found.get(entity, [])), (content, found)


@pytest.mark.parametrize("content", [
    # the same layouts holding things, not people: a product table, a form's buttons, FAQ lines, a sheet of items
    "<table><tr><th>item</th><th>qty</th></tr><tr><td>Hex bolt M8</td><td>40</td></tr></table>",
    '<input type="submit" name="save" value="Save changes"> <input type="hidden" name="csrf" value="a8f3c9">',
    "Q1: How do I reset the router?\nQ2: Hold the button for ten seconds.",
    "A1: item\nB1: price\nA2: USB-C hub 7-port\nB2: 24.90\nA3: Oat milk 1L\nB3: 1.99",
])
def test_round17_layouts_without_a_person_stay_clean(content: str) -> None:
    assert not _found(content), content


def test_round17_document_labels_are_capped() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>v{i}</td></tr>" for i in range(5000))
    html = f"<table><tr><th>id</th><th>name</th></tr>{rows}</table>"
    sheet = "\n".join([f"A1: id\nB1: name"] + [f"A{i}: {i}\nB{i}: v{i}" for i in range(2, 5000)])
    assert len(document_labelled([html, sheet])) <= 64
    assert len(document_labelled([html], limit=3)) == 3


@pytest.mark.parametrize("text", [
    "<input " * 40000, "<tr><th>" * 30000 + "<td>", "<table><tr>" + "<th>a</th>" * 20000 + "</tr><tr>" + "<td>b</td>"
    * 20000, "A1: x\n" * 40000, "<label for='a'>" * 30000 + "<input value='x' name='a'>",
], ids=["inputs", "open-rows", "wide-table", "cells", "labels"])
def test_round17_document_labels_stay_bounded(text: str) -> None:
    start = time.process_time()
    document_labelled([text])
    _found(text[:200_000])
    assert time.process_time() - start < scaled(30.0)


@pytest.mark.parametrize("raw", [
    "\ufeffname;phone\nGrzegorz Brzęczyszczykiewicz;+48 601 234 567\n",  # a spreadsheet export's byte-order mark
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nATTENDEE;CN=کیان میر\u200cزاده:mailto:kian.m@example.net\n"
    "DESCRIPTION:tel +98 912 345 6789\nEND:VEVENT\nEND:VCALENDAR",  # Persian's zero-width non-joiner
])
def test_round17_text_files_with_format_characters_are_read(raw: str) -> None:
    data = "data:text/plain;base64," + base64.b64encode(raw.encode("utf-8")).decode("ascii")
    content = [{"type": "text", "text": "convert this"}, {"type": "file", "file": {"filename": "x", "file_data": data}}]
    outgoing = build_outgoing({"model": "m", "messages": [{"role": "user", "content": content}]}, "chat")
    assert not outgoing.unread and raw in outgoing.texts
    assert "PHONE_NUMBER" in _found(content)


@pytest.mark.parametrize("text, name", [
    # one word of a script without case in Latin prose, then what people do
    ("Packing list please. my pupil सुनंदा said she would bring the maps.", "सुनंदा"),
    ("Long week. the customer গৌতম said he never got the parcel.", "গৌতম"),
    ("Oma شیرین told us she is coming on Sunday", "شیرین"),
    ("we asked the tenant יהונתן and he agreed to the repair", "יהונתן"),
])
def test_round17_one_uncased_word_doing_what_people_do(text: str, name: str) -> None:
    spans = {text[s.start:s.end] for s in PiiDetector(PiiSettings()).detect([text], locate=True).spans
             if s.entity_type == "PERSON"}
    assert any(name in span for span in spans), (text, spans)


@pytest.mark.parametrize("text", [
    "what does 'नमस्ते' mean? my teacher said it twice",
    "the sticker on the door reads शुभ in red",
    "Translate धन्यवाद into French please",
])
def test_round17_uncased_words_without_a_person_stay_clean(text: str) -> None:
    assert "PERSON" not in PiiDetector(PiiSettings()).detect([text]).entity_types, text


@pytest.mark.parametrize("text, entity, found", [
    # Tagalog birth cues
    ("Kaarawan: 09/11/1986", "DATE_OF_BIRTH", True),
    ("petsa ng kapanganakan 1990-02-17, lugar: Iloilo", "DATE_OF_BIRTH", True),
    ("ipinanganak noong 3/5/1975 sa Cebu", "DATE_OF_BIRTH", True),
    ("kaarawan ko sa Sabado, punta kayo", "DATE_OF_BIRTH", False),
    # a chart's abbreviated patient number (Danish, German), also after another label
    ("Pat.-Nr. 55012874, stue 3", "MEDICAL_RECORD_NUMBER", True),
    ("MRN: Pat.-ID 00917733", "MEDICAL_RECORD_NUMBER", True),
    ("Pat-Nr 4471093 bitte ins Formular", "MEDICAL_RECORD_NUMBER", True),
    ("rotate the PAT ID 4471093 in the CI settings", "MEDICAL_RECORD_NUMBER", False),
])
def test_round17_birth_and_record_labels(text: str, entity: str, found: bool) -> None:
    assert (entity in PiiDetector(PiiSettings()).detect([text]).entity_types) is found, text
