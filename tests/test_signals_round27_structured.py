"""Round 27 (issue 12, structured-identifier leaks): values the scan did not read, by class.

(1) A phone number in the sentence after a reference number ("Ticket: INC-2025-4180607. 070-193 29 46."): the
phone scan's candidate ran across the full stop and read the reference's tail and the phone's head as one number,
which the ticket label then cleared. A full stop and a space after five digits at least now end the candidate
(recognizers._SENTENCE_END_BEFORE); short groups ("12. 03. 1985") are left as they were.
(2) A numbered street ("5265 N 95th St", "1204 West 3rd Ave"): the house number, an optional directional, an
ordinal as the street's name, and a street suffix (recognizers._STREET).
(3) A Bulgarian or Russian street name in quotes, its number after "№" ("ул. „Синчец“ № 89").
(4) A form read aloud into a lower-case voice-note transcript, labels spoken without colons ("nom isaure borbihan bon
iban ..."): the words between the name label and the next field's label are the name (names._dictated_names); the
record's structured values were found, but its metadata-only scan lacked the PERSON it expected.
Near misses stay clean: a reference number followed by a count or an amount, an organisation's switchboard after a
purchase order, a place in a ranking, a street named without a house number. Our own phrasings, invented values."""

from __future__ import annotations

import time

import pytest
import regex

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import names, recognizers
from gateway.signals.pii import PiiDetector


@pytest.mark.parametrize("text", [
    "Hej! Jag har väntat länge. Ärende nr: ARN-8812034. 073-118 42 90. Tack",
    "Ticket: INC-2026-5521930. 070-552 19 08. Please call back today.",
    "Order 4418207. 0151 234 5678 is my mobile if the courier gets lost.",
    "Bonjour, dossier n° 77120934. 06 12 34 56 78, merci de me rappeler.",
    "Buongiorno, pratica 55102398. 347 123 4567. Grazie",
])
def test_a_phone_after_a_reference_and_a_full_stop_is_found(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Order ref 99812. 1200 4400 units were shipped in total.",
    "Invoice 2024-55812. 30 000 EUR due by Friday.",
    "PO 4500012345. 020 7946 0958 is the supplier's switchboard.",
    "Case 7781234. 2019-2021 figures attached.",
    "Bestellung 4418207. Danke für die schnelle Lieferung!",
    "Rechnung 2024-118823. Betrag 1.250,00 EUR.",
])
def test_a_reference_then_a_count_or_an_organisation_line_stays_clean(detector: PiiDetector, text: str) -> None:
    assert not _types(detector, text), _spans(detector, text)


def test_short_dotted_groups_are_still_one_candidate() -> None:
    # a German date written with spaces after its points keeps its old reading (a date, not three candidates)
    assert list(recognizers._phone_candidates("geboren am 12. 03. 1985")) == \
        [(m.start(), m.end()) for m in recognizers._PHONE_CANDIDATE.finditer("geboren am 12. 03. 1985")]
    # after five digits the full stop ends the candidate
    text = "Ref 4180607. 070-193 29 46"
    assert [text[s:e] for s, e in recognizers._phone_candidates(text)] == ["4180607", "070-193 29 46"]


@pytest.mark.parametrize("text", [
    "Please send the transcript to 5265 N 95th St, Rapid City, SD 69008.",
    "I moved to 1204 West 3rd Ave, Spokane, WA 99201 in May.",
    "Ship the parts to 17 E 42nd Street, Apt 5, for me.",
    "Return address: 880 SW 12th Ter, Miami, FL 33130",
])
def test_a_numbered_street_is_an_address(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Постоянен адрес: ул. „Синчец“ № 89, ет. 1, ап. 35, Добрич 9300",
    "Живея на бул. „Витоша“ № 12, София.",
    "Мой адрес: ул. «Лесная» № 5, кв. 7, Тверь",
])
def test_a_quoted_street_name_with_its_number_is_an_address(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "We finished 3rd Place overall in 2019.",
    "Meet us on the corner of 5th Avenue and 42nd Street.",
    "The parade goes down 5th Avenue at noon.",
    "Офисът е на ул. „Витоша“ в центъра.",
])
def test_a_street_without_a_house_or_a_ranking_stays_clean(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" not in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("unit", ["4180607. ", "1. ", "12345. 6", "9. 9. 9. ", "5th St "])
def test_the_phone_candidates_are_bounded(unit: str) -> None:
    text = (unit * (200_000 // len(unit)))[:200_000]
    start = time.perf_counter()
    list(recognizers._phone_candidates(text))
    assert time.perf_counter() - start < scaled(1.0)


@pytest.mark.parametrize(("pattern", "sample"), [
    (recognizers._STREET, "12 " + "5th " * 50_000),
    (recognizers._STREET, "12 N " * 40_000),
    (recognizers._STREET, "12 North " + "95th " * 40_000),
    (recognizers._WORD_FIRST_THEN_NUMBER, "ул. „" + "Синчец " * 28_000),
    (recognizers._WORD_FIRST_THEN_NUMBER, "ул. „Синчец“ № " * 13_000),
])
def test_the_changed_address_patterns_are_bounded(pattern: str, sample: str) -> None:
    compiled = regex.compile(pattern, recognizers._CASE_SENSITIVE)
    start = time.perf_counter()
    list(compiled.finditer(sample))
    assert time.perf_counter() - start < scaled(1.0)


@pytest.mark.parametrize("text", [
    "note to self name kofi mensah phone 024 412 3344 ok",
    "memo vocal nom maëlle kerjean euh date de naissance 4 mars 1988",
    "nota de voz nombre lucía pérez gómez fecha de nacimiento 3 de mayo de 1990",
    "promemoria nome giulia rossi e indirizzo via roma 5 torino",
    "sprachnotiz name jonas albrecht geburtsdatum 12 mai 1979",
])
def test_a_dictated_name_between_two_field_labels_is_a_person(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "the file name report final date of birth field is empty",
    "rename the file name backup old email it to me",
    "name the variable user count email template",
    "in the name of the father and the son",
    "first name last name email phone are the columns",
    "nom du fichier rapport final adresse du serveur",
])
def test_dictation_like_words_that_are_no_name_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text), _spans(detector, text)


def test_the_dictated_name_scan_is_bounded() -> None:
    for unit in ("name ", "name kofi ", "nom isaure borbihan ", "name kofi mensah bon "):
        text = (unit * (200_000 // len(unit)))[:200_000]
        start = time.perf_counter()
        names._dictated_names(text)
        assert time.perf_counter() - start < scaled(1.0)
