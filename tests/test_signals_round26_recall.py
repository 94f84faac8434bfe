"""Round 26 (issue 12, recall on arete, bajada, cuesta, loess): identifiers the scan did not read.

Two classes. (1) A value given in the sentence after the one that names it ("the office wants my tax number on the
form. It is ..."): labels.referred_values reads the label from the words after the last possessive earlier on the
line and hands the value to the labelled pass, so the label's vocabulary types it. (2) "Driver licence" written
without the possessive "s" ("Driver licence no. ...") is a driving licence's cue like "driver's licence".
Near misses stay clean: an order number or a booking reference given the same way, a number with too few digits, a
software licence. Our own phrasings and invented values."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import labels
from gateway.signals.outgoing import build_outgoing
from gateway.signals.pii import PiiDetector


def _request_types(detector: PiiDetector, text: str) -> set[str]:
    """The types the scan finds in a chat request holding `text`, with the request's labelled values."""
    out = build_outgoing({"model": "m", "messages": [{"role": "user", "content": text}]}, "chat")
    return set(detector.detect(list(out.texts), locate=True, labelled=out.labelled).entity_types)


@pytest.mark.parametrize("text", [
    "The pension office keeps asking for my Personnummer on page two. It is 19730215-3328. Where does it go?",
    "Die Krankenkasse will meine Krankenversichertennummer im Antrag sehen. Sie lautet K204418736. Reicht das?",
    "The consulate needs my passport no. for the visa form. It's B40917736, issued last spring.",
    "Η εφορία ζητά το ΑΦΜ μου; my ΑΦΜ on the e-form. It is 127634903.",
    "La mairie demande mon numéro de sécurité sociale pour le dossier. C'est 184097512304521.",
    "They asked for my driving licence number at the desk. That is 7719302841.",
])
def test_a_value_given_after_the_sentence_naming_it_is_found(detector: PiiDetector, text: str) -> None:
    assert _request_types(detector, text) - {"PERSON", "STREET_ADDRESS", "PHONE_NUMBER"}, _spans(detector, text)


@pytest.mark.parametrize("text", [
    "The shop wants my order number for the return. It is 40012345. Can you draft the email?",
    "Please check my booking on the ferry site. It's BK-2231190 and the date is wrong.",
    "I found my old ticket in a drawer. It is 2024 now, so it has expired.",
    "Our project code changed last week. It is PRJ-55120 from now on.",
    "My favourite number? It is 31415926, the first digits of pi.",
    "I lost my passport in Lisbon. It is the third time this year.",
])
def test_a_non_identifier_given_the_same_way_stays_clean(detector: PiiDetector, text: str) -> None:
    assert not _request_types(detector, text), _spans(detector, text)


def test_the_label_is_the_last_possessive_phrase_on_the_line() -> None:
    text = "They asked for my name and then for my Personnummer on the form. It is 19730215-3328."
    (value,) = labels.referred_values(0, text)
    assert text[value.start:value.end] == "19730215-3328"
    assert value.label == "Personnummer on the form"
    # a label on an earlier line does not reach the value
    assert not labels.referred_values(0, "my Personnummer on the form\nThe date. It is 19730215-3328.")


@pytest.mark.parametrize("text", [
    "Driver licence no. 5944813401, category B since 2011.",
    "Driver license number: 8817349025",
    "Applicant details: Driver licence no.: 3390142875; expiry 2031.",
])
def test_driver_licence_without_the_possessive_is_a_licence_cue(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", [
    "The driver licence office in the town hall opens at 9:00.",
    "Bus driver licence renewals cost 45 euros this year.",
    "Our software licence key is 5944-8134-0177 for the seat.",
])
def test_driver_licence_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" not in _types(detector, text), _spans(detector, text)


def test_referred_values_is_bounded() -> None:
    for text in ("my x. It is 12345-6789 " * 9000, ". It is 123456789" * 12000, "my " * 70000 + ". It is 123456789"):
        start = time.perf_counter()
        labels.referred_values(0, text)
        assert time.perf_counter() - start < scaled(1.0)


def _chat_types(detector: PiiDetector, text: str) -> set[str]:
    return _request_types(detector, text)


@pytest.mark.parametrize("text", [
    # a header cell's note in parentheses (a format, a part of a field) with a comma or many words
    "Delegates\nName\tDate of birth\tPassport\tMRZ (line 2, first 28)\n"
    "Odile Marchetti\t03/11/1986\tXK4471902\tXK44719023FRA8611038F3109147",
    "氏名\t生年月日\tPassport\t備考 (to be checked, by desk)\n"
    "宇佐美 千景\t1988年02月09日\tTK7730418\tvegetarian",
    'Nom;Date de naissance;Passeport;Remarque (ligne 2, optionnelle)\nBénédicte Arnoux;14/05/1979;19FV28817;aucune',
])
def test_a_header_with_a_noted_cell_still_labels_its_columns(detector: PiiDetector, text: str) -> None:
    found = _chat_types(detector, text)
    assert {"PASSPORT", "DATE_OF_BIRTH"} <= found, found


@pytest.mark.parametrize("text", [
    "Item,Amount (EUR, net),Notes\nRoom hire,120,deposit paid\nCatering,450,invoice 2291",
    "Step\tDuration (minutes, approx.)\tOwner\nSetup\t30\tvenue team\nSound check\t45\tband",
])
def test_a_noted_header_over_ordinary_cells_stays_clean(detector: PiiDetector, text: str) -> None:
    assert not _chat_types(detector, text)


def test_header_label_drops_only_a_trailing_note() -> None:
    from gateway.signals import tables
    assert tables.header_label("MRZ (line 2, first 28)") == "MRZ"
    assert tables.header_label("Date of birth (DD/MM/YYYY)") == "Date of birth"
    assert tables.header_label("(note)") == "(note)"
    assert tables.header_label("Name") == "Name"
    start = time.perf_counter()
    tables.header_label("(" * 100_000 + " " * 100_000)
    tables.header_label(" " * 200_000 + "(x")
    assert time.perf_counter() - start < scaled(1.0)
