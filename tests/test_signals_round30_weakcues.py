"""Round 30: more weak cues a note names a private person by (names._weakly_cued_r30).

A clause that opens with a name-like word or two, then a verb only people do ("[CLM-88] <name> will send the photos",
"Coach's note: <name> <surname> missed the last two sessions"); whom one saw or visited again; whom one paid cash
to; a name with its role in brackets after it ("<name> (Tenant) wants"). Invented names, any script.

Near misses stay clean: a desk, a firm's everyday word or a pronoun opening the clause ("Support will send",
"Everyone missed"), a place one saw again, a common noun one paid. Our own phrasings and invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector

PEOPLE = [
    ("[CLM-20418] Quennaby will send the receipts on Monday.", "Quennaby"),
    ("Coach's note: Orlaith Veskimägi missed the last two sessions, dad says it's her knee.", "Orlaith"),
    ("Ticket 77: Thorvane asked about a payment holiday.", "Thorvane"),
    ("Ref 12: Ярополк Дзюбенко will call back after the scan.", "Ярополк"),
    ("Ref 13: 梁淼淼 asked about a payment break.", "梁淼淼"),
    ("Visit log. Saw Brannagh again after the operation, she is tired but cheerful.", "Brannagh"),
    ("Job 55 - paid cash to Ildiró, change owed £4.", "Ildiró"),
    ("Notes: Pellorin (Tenant) wants the boiler looked at before winter.", "Pellorin"),
    ("Nota: Ottavina (Cliente) wants the tiles before Easter.", "Ottavina"),
    ("Заметка: Миролюба (Заказчик) wants the radiator moved.", "Миролюба"),
    ("Please pray for Quillane V. who is recovering from surgery.", "Quillane"),
]

CLEAN = [
    "[CLM-20418] Support will send the receipts on Monday.",
    "Status: Reception phoned about the parcel.",
    "Update: Everyone missed the bus because of the strike.",
    "Summary: The customer asked about a discount.",
    "We saw Lisbon again after ten years, lovely trip.",
    "Job 55 - paid cash to the supplier, change owed £4.",
    "Invoice total (VAT) wants checking against the quote.",
    "Henry V. was king of England for nine years.",
    "Invoice (Customer) copy attached.",
]


@pytest.mark.parametrize("text,name", PEOPLE)
def test_weakly_cued_people_are_found(detector: PiiDetector, text: str, name: str) -> None:
    found = [value for kind, value in _spans(detector, text) if kind == "PERSON"]
    assert any(name in value or value in name and len(value) >= 2 for value in found), (text, found)


@pytest.mark.parametrize("text", CLEAN)
def test_desks_pronouns_places_and_nouns_after_the_same_cues_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), (text, _spans(detector, text))


@pytest.mark.parametrize("unit", [
    "[R-1] Quennaby will send it. Saw Brannagh again. paid cash to Ildiró, x. Pellorin (Tenant) wants it.\n",
    "will send will send asked about missed the ((((( paid to saw again \\n] : ",
])
def test_bounded_cost(detector: PiiDetector, unit: str) -> None:
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < scaled(20.0)


# Round 30, after the blind batch (talus, serac, moulin): a relation after a genitive, a role before the name, a
# birth date's Russian abbreviations, a number followed by a count of a unit.
MORE_PEOPLE = [
    ("Pharmacy asked us to ring back; the resident's son Quorwin collects on Tuesdays.", "PERSON", "Quorwin"),
    ("NB room 9 — patient's daughter Ilvesta visiting at 2pm about funding.", "PERSON", "Ilvesta"),
    ("ps the nanny Trevelle will collect it, not me.", "PERSON", "Trevelle"),
    ("Client's Дата рожд.: 14.02.1949. Needs prompting with meals.", "DATE_OF_BIRTH", "14.02.1949"),
    ("Сидоренко П.А., д.р. 02.11.1951, живёт один.", "DATE_OF_BIRTH", "02.11.1951"),
    ("Fitters to ring 0121 264 7391 30 min before they arrive.", "PHONE_NUMBER", "0121 264 7391"),
]

MORE_CLEAN = [
    "The company's founder Elon Musk spoke at the launch.",
    "the courier DHL will collect it on Monday",
    "Take 2 tablets 3 times a day for 5 days.",
]


@pytest.mark.parametrize("text,kind,value", MORE_PEOPLE)
def test_more_weak_cues_find_the_value(detector: PiiDetector, text: str, kind: str, value: str) -> None:
    assert any(k == kind and value in v for k, v in _spans(detector, text)), (text, _spans(detector, text))


@pytest.mark.parametrize("text", MORE_CLEAN)
def test_more_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not _types(detector, text), (text, _spans(detector, text))
