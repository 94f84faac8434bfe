"""Round 18 (issue 12, things and labels): PERSON findings on things and field labels, and two documentation cues.

- A vessel's prefix ("SY", "M/Y", "RV", "HMS", ...; names.vessel_by_prefix) before a name makes it a ship's or a
  yacht's; the prefixes that are also honorifics or words in capitals ("MS", "MY") only with a word of ships or
  harbours in the line. "Ms X Y" (an honorific) stays a person.
- A brand named after a person (brand_lines.txt) with the words of its line and a collection/line word after them
  ("the Gucci Flora collection"; names.brand_line_by_context) is a product line.
- A span ending in an abbreviation of "number" with a number after it ("Claim No. 88123") is a field's label.
- A street named after a person after a street word that Slavic, Romanian and Romance running text writes in lower
  case and in declined forms ("przy ulicy Marii Konopnickiej", "вулиця Тараса Шевченка", "strada Mihai Eminescu"),
  and before the Baltic street words ("Krišjāņa Valdemāra iela", "Gedimino prospektas"): the street's name.
- "example" / "sample" right before the value's kind ("Example IBAN ...", "Sample phone ...") is a documentation cue
  (recognizers._TEST_DATA_CUE), which still needs the value itself to be a documentation value.
Our own phrasings; near misses stay detected."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals import names
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings


def _spans(text: str) -> list[tuple[str, str]]:
    result = PiiDetector(PiiSettings()).detect([text], locate=True)
    return [(s.entity_type, text[s.start:s.end]) for s in result.spans]


def _persons(text: str) -> list[str]:
    return [value for kind, value in _spans(text) if kind == "PERSON"]


@pytest.mark.parametrize("text", [
    "Harbour notice: SY Solenne reaches the visitors' berth at 18:00, draught 2.1 m.",
    "M/Y Valentina Aurora anchored off the headland overnight.",
    "The research vessel RV Maddalena leaves Kiel on Monday with twelve scientists aboard.",
    "Hafenmeldung: MS Henrike liegt am Liegeplatz 4, Tiefgang 1,9 m.",
    "HMS Leopoldine was decommissioned after forty years of service.",
])
def test_round18_vessels_by_prefix_are_no_persons(text: str) -> None:
    assert _persons(text) == [], text


@pytest.mark.parametrize("text, person", [
    ("Ms Solenne Marchetti booked the visitors' berth for Friday.", "Solenne Marchetti"),
    ("MS Henrike Albers, please sign the enclosed form and return it by Monday.", "Henrike Albers"),
    ("Skipper of SY Borea: Tomasz Wierzbicki, mobile 0612 554 871.", "Tomasz Wierzbicki"),
])
def test_round18_vessel_near_misses_stay_persons(text: str, person: str) -> None:
    assert any(person in value for value in _persons(text)), (text, _spans(text))


@pytest.mark.parametrize("text", [
    "Newsletter item: the Gucci Flora Bella collection arrives in stores in May.",
    "Die neue Prada Luna Rossa Kollektion kommt im Herbst.",
])
def test_round18_brand_product_lines_are_no_persons(text: str) -> None:
    assert _persons(text) == [], (text, _spans(text))


def test_round18_brand_line_needs_the_brand_and_the_line_word() -> None:
    assert any("Flora Bellini" in v for v in _persons("I met Flora Bellini at the boutique yesterday."))
    assert any("Flora Bellini" in v for v in _persons("Flora Bellini curated the collection of letters."))
    assert names.brand_line_by_context("the Gucci Flora Bella collection", 10, 21)
    assert not names.brand_line_by_context("the Anna Rossi collection", 4, 14)


@pytest.mark.parametrize("text", [
    "Chargeback dispute\nCase No. 2024-CV-11873\nAmount 120.00 EUR",
    "Claim No. 88123-B\nStatus: open",
    "Auftrag Nr. 4471 – bitte prüfen",
    "Ticket No: 55210 reopened",
])
def test_round18_number_labels_are_no_persons(text: str) -> None:
    assert _persons(text) == [], (text, _spans(text))


def test_round18_number_label_keeps_the_person_after_it() -> None:
    assert any("Jonas Berggren" in v for v in _persons("Claim No. 88123 was filed by Jonas Berggren yesterday."))
    assert any("Jonas Berggren" in v for v in _persons("Absent today: Jonas Berggren No. 7 on the rota."))


@pytest.mark.parametrize("text", [
    "Objazd: ulica Henryka Sienkiewicza zamknięta do piątku.",
    "Kierunek: aleja Jana Pawła II, potem prosto do ronda.",
    "Biuro mieści się przy ulicy Marii Skłodowskiej-Curie, wejście od podwórza.",
    "Ремонт: вулиця Лесі Українки закрита до понеділка.",
    "Перекрыта улица Александра Пушкина, объезд по набережной.",
    "Lucrări de asfaltare pe strada Ion Creangă până vineri.",
    "Roadworks on Krišjāņa Valdemāra iela until Friday.",
    "The market on Gedimino prospektas opens at nine.",
])
def test_round18_streets_named_after_people_are_no_persons(text: str) -> None:
    assert _persons(text) == [], (text, _spans(text))


@pytest.mark.parametrize("text, person", [
    ("Ion Popescu locuiește pe strada Mihai Eminescu 12 și așteaptă coletul.", "Ion Popescu"),
    ("Mieszkam przy ulicy Lipowej. Pisze do Pani Anna Nowakowska w sprawie umowy.", "Anna Nowakowska"),
])
def test_round18_street_near_misses_keep_the_person(text: str, person: str) -> None:
    assert any(person in v for v in _persons(text)), (text, _spans(text))


@pytest.mark.parametrize("text, kind", [
    ("Form help, example IBAN for the field: GB29 NWBK 6016 1331 9268 19", "IBAN_CODE"),
    ("Beispiel-IBAN im Formular: DE89 3704 0044 0532 0130 00", "IBAN_CODE"),
    ("Sample phone for the signup form: (212) 555-0147", "PHONE_NUMBER"),
])
def test_round18_example_and_sample_cues_clear_documentation_values(text: str, kind: str) -> None:
    assert kind not in [k for k, _ in _spans(text)], (text, _spans(text))


@pytest.mark.parametrize("text, kind", [
    ("Sample IBAN from our customer file: DE44 5001 0517 5407 3249 31", "IBAN_CODE"),   # not a registry example
    ("Sample phone from the complaint: (212) 784-2219", "PHONE_NUMBER"),              # not a drama-range number
    ("My IBAN is GB29 NWBK 6016 1331 9268 19, the example one from the form did not work", "IBAN_CODE"),
])
def test_round18_example_cue_near_misses_stay_flagged(text: str, kind: str) -> None:
    assert kind in [k for k, _ in _spans(text)], (text, _spans(text))


@pytest.mark.parametrize("unit", ["SY ", "MS ", "M/Y ", "ulica ", " collection", "Case No ", "No. 1 ", "iela "])
def test_round18_things_and_labels_bounded_cost(unit: str) -> None:
    text = (unit + "Ab ") * (200_000 // (len(unit) + 3))
    began = time.perf_counter()
    for at in range(0, len(text) - 20, max(1, len(text) // 3000)):
        names.vessel_by_prefix(text, at, at + 8)
        names.brand_line_by_context(text, at, at + 8)
        names.number_label(text, at, at + 8)
    assert time.perf_counter() - began < scaled(1.0)
    began = time.perf_counter()
    from gateway.signals.pii import _a_street
    from gateway.signals.recognizers import test_data_near
    for at in range(0, len(text) - 20, max(1, len(text) // 3000)):
        _a_street(text, at, at + 8)
        test_data_near(text, at, at + 8)
    assert time.perf_counter() - began < scaled(1.0)
