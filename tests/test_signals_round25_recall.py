"""Round 25 (recall on the seen splits: playa, kame, pingo): sensitive records the detector missed, by class.

- A bar-coded boarding pass's data (IATA BCBP: "M1", SURNAME/GIVEN padded to 20 characters, the e-ticket "E",
  booking code, airports, carrier, flight, day of the year, cabin) names its traveller; the specification's worked
  example and a barcode a sample's word introduces name nobody. An airline's SURNAME/GIVEN with its title right
  after a label ("Passenger: X/Y MRS") is two words, not one at a sentence start.
- An identity number followed by a short word or a sentence's first letters ("身份证号 ... . I'll post") is tried
  without that tail.
- A middle dot or a bullet and a space open a field as a line break does ("₹500 · नाम: ...").
- A payee's or an account holder's label in more languages (Russian "Получатель", Korean "예금주", Japanese
  "口座名義", Chinese "收款人", English "Payee") is a name field.
- An Indian UPI address made of a mobile number ("9876543210@ybl") holds that phone number.
- A record key's label words count after "_" too ("child_passport", "guardian_passport_no"); a hospital's or a
  clinic's record ("hospital_record", "clinic record no.") labels a medical record number.

All values are invented; identity numbers are built with their check digits.
"""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.identifiers import _with_tail_cut
from gateway.signals.recognizers import _BCBP, _UPI_MOBILE, _BCBP_SAMPLE_BEFORE
from gateway.signals.names import _LABEL_BEFORE, _UNCASED_NAME_LABEL
from tests.pii_spans import detector, text_spans, text_types  # noqa: F401  (detector is a fixture)

# --- boarding passes: the barcode's traveller
BOARDING = [
    ("what does this say? M1KOWALCZYK/ZOFIA     EQ7TR2M WAWCPHSK 1759 208Y014C0042 100", "KOWALCZYK/ZOFIA"),
    ("scanner read: M1OYELARAN/TEMITOPE    E4KD8PX LOSLHRBA 0074 311J002A0003 100", "OYELARAN/TEMITOPE"),
    # collapsed spaces, as a chat app pastes it
    ("¿me explicas esto? M1ARANDA/LUCIA EHN3KQ2 MEXMADIB 6400 045Y031D0120 100", "ARANDA/LUCIA"),
    # two given names, in a JSON field
    ('{"bcbp": "M1BERGSTROM/ANNA MARIA  E8XW3LQ ARNKEFFI 0305 199Y021B0077 100"}', "BERGSTROM/ANNA MARIA"),
    # two legs
    ("M2TANAKA/HIROSHI      EZ3P9QD NRTHELAY 0074 120Y011A0033 100", "TANAKA/HIROSHI"),
]


@pytest.mark.parametrize("text,name", BOARDING)
def test_boarding_pass_barcode_names_its_traveller(detector, text, name):
    assert ("PERSON", name) in text_spans(detector, text)


BOARDING_BENIGN = [
    # the specification's own worked example
    "Which field is the Julian date in M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100 ?",
    # a barcode a sample's or the spec's word introduces
    "Sample BCBP for the parser tests: M1TESTER/PAT         EABC999 LHRJFKBA 0001 001Y001A0001 100",
    "Beispiel aus der Spezifikation: M1MUSTER/ERIKA EABC123 FRAMUCLH 0123 045Y010C0001 100",
    "示例：M1ZHANG/SAN EXYZ789 PEKSHACA 1501 100Y020A0005 100",
    # the flight alone, no traveller
    "My pass shows SK1759 WAW-CPH seat 14C, boarding 06:50, gate A21. Is that the right day?",
    # an airline's hotline and a booking code without a name
    "Call the SAS desk on +45 32 32 00 00 with booking ref EQ7TR2M.",
    # SURNAME/GIVEN-shaped protocol words keep clean
    "Our stack speaks TCP/IP and HTTP/HTTPS between the kiosks.",
]


@pytest.mark.parametrize("text", BOARDING_BENIGN)
def test_boarding_pass_near_misses_stay_clean(detector, text):
    assert "PERSON" not in text_types(detector, text)


@pytest.mark.parametrize("text,name", [
    ("Passenger: HAUGEN/INGRID MRS", "HAUGEN/INGRID"),
    ("Pasajero: MORALES/DIEGO MR\nAsiento 12C", "MORALES/DIEGO"),
])
def test_airline_name_with_title_after_a_label(detector, text, name):
    assert ("PERSON", name) in text_spans(detector, text)


def test_bcbp_sample_cue_reads_spec_words():
    assert _BCBP_SAMPLE_BEFORE.search("BCBP spec example: ")
    assert not _BCBP_SAMPLE_BEFORE.search("barcode on my phone: ")


# --- an identity number with a short tail after it
@pytest.mark.parametrize("text,number", [
    ("Found a card at the gym, 身份证号 440304198806172312. I guess the owner will come back.", "440304198806172312"),
    ("居民身份证 310101197509234122. A photo is attached.", "310101197509234122"),
    ("Zgubiony portfel, PESEL 88061212347. W środku też karta.", "88061212347"),
    ("mi DNI es 48392017V y el de mi hermana no lo sé", "48392017V"),
])
def test_identity_number_with_a_short_tail(detector, text, number):
    assert ("NATIONAL_ID", number) in text_spans(detector, text)


def test_identity_number_tail_cut_keeps_invalid_numbers_out(detector):
    # a wrong check digit stays no identity number with or without its tail
    assert "NATIONAL_ID" not in text_types(detector, "身份证号 440304198806172313. I guess")
    assert _with_tail_cut("440304198806172312. I") == ("440304198806172312. I", "440304198806172312")
    assert _with_tail_cut("4403 0419 8806") == ("4403 0419 8806",)


# --- a middle dot or a bullet opens a field
@pytest.mark.parametrize("text,name", [
    ("किराया: ₹12,400 · नाम: सुमन चतुर्वेदी", "सुमन चतुर्वेदी"),
    ("Rechnung 4471 • Name: Marlene Obertaler • fällig 12.3.", "Marlene Obertaler"),
    ("ওয়ালেট ফেরত · নাম: তনুশ্রী বসাক", "তনুশ্রী বসাক"),
])
def test_middle_dot_opens_a_name_field(detector, text, name):
    assert ("PERSON", name) in text_spans(detector, text)


def test_line_leading_bullet_is_read_as_before(detector):
    # a list's bullet opening a line is no field separator: a book's character under it stays a character
    assert "PERSON" not in text_types(detector, "Reading notes:\n• Name: Heathcliff\n• ISBN 978-0-14-143955-6\nThanks")


def test_middle_dot_inside_a_word_is_no_field():
    assert not _LABEL_BEFORE.search("col·nom: ")
    assert _UNCASED_NAME_LABEL.search("₹500 · नाम:")


# --- payee and account holder labels
@pytest.mark.parametrize("text,name", [
    ("Реквизиты для возврата:\nПолучатель: Всеволод Кругляков", "Всеволод Кругляков"),
    ("입금 계좌 안내\n예금주: 탁은비", "탁은비"),
    ("振込先\n口座名義：森下 遥", "森下 遥"),
    ("转账信息\n收款人：邬晓燕", "邬晓燕"),
    ("Refund details\nPayee: Teodora Vasquez-Lind", "Teodora Vasquez-Lind"),
    ("Дані для переказу\nОтримувач: Ярина Кобилянська", "Ярина Кобилянська"),
])
def test_payee_label_names_a_person(detector, text, name):
    assert ("PERSON", name) in text_spans(detector, text)


@pytest.mark.parametrize("text", [
    "Получатель: ООО «Северный ветер»",
    "Payee: Northwind Utilities Ltd",
    "수취인 정보를 입력하세요",
    "Получатель платежа указан в договоре.",
])
def test_payee_label_near_misses_stay_clean(detector, text):
    assert "PERSON" not in text_types(detector, text)


# --- UPI addresses made of a mobile number
@pytest.mark.parametrize("text,number", [
    ("loan back please: UPI 9123456780@ybl", "9123456780"),
    ("PhonePe pe bhej do — 917012345678@axl", "917012345678"),
    ("GPay: 6398012345@okhdfcbank, thanks!", "6398012345"),
])
def test_upi_address_of_a_mobile_is_a_phone(detector, text, number):
    assert ("PHONE_NUMBER", number) in text_spans(detector, text)


@pytest.mark.parametrize("text", [
    "Pay the canteen at 1800123456@ybl",          # a toll-free line's range, not a mobile's
    "Refund to 9123456780@unknownbank please",    # no payment app's handle, no UPI cue
    "UPI ID: canteen.store@okaxis",               # a named address, no number in it
    "Build 9123456780@main failed",               # a build id at a branch
])
def test_upi_near_misses_stay_clean_of_phones(detector, text):
    assert "PHONE_NUMBER" not in text_types(detector, text)


# --- record keys
@pytest.mark.parametrize("texts,kind,value", [
    (['{"minor_passport": "KT4481920"}'], "PASSPORT", "KT4481920"),
    (["guardian_passport_no", "PA9031177"], "PASSPORT", "PA9031177"),
    (['{"hospital_record": "QK5512093"}'], "MEDICAL_RECORD_NUMBER", "QK5512093"),
    (["Clinic record no. 88-41207, seen on Tuesday"], "MEDICAL_RECORD_NUMBER", "88-41207"),
])
def test_record_keys_with_a_prefix(detector, texts, kind, value):
    result = detector.detect(texts, locate=True)
    assert any(s.entity_type == kind and value in texts[s.index][s.start:s.end] for s in result.spans)


@pytest.mark.parametrize("text", [
    "the hospital records show 12 admissions last winter",
    "test_passport_parser: 123456789",
    "clinic_records_table has 44000 rows",
])
def test_record_key_near_misses_stay_clean(detector, text):
    assert not text_types(detector, text) & {"PASSPORT", "MEDICAL_RECORD_NUMBER"}


# --- bounded cost
def _fast(pattern, text: str) -> None:
    started = time.perf_counter()
    list(pattern.finditer(text))
    assert time.perf_counter() - started < scaled(1.0)


def test_bounded_cost_of_bcbp():
    _fast(_BCBP, "M1" + "AB" * 100_000)
    _fast(_BCBP, ("M1ABC/DEF " + " " * 15 + "E") * 8_000)
    _fast(_BCBP, ("M1A B C D/E F G H" + " " * 19) * 5_000)
    _fast(_BCBP_SAMPLE_BEFORE, "spec " * 40_000)


def test_bounded_cost_of_upi_and_field_opens():
    _fast(_UPI_MOBILE, "9" * 200_000 + "@ybl")
    _fast(_UPI_MOBILE, "9123456780@" * 18_000)
    _fast(_LABEL_BEFORE, "· " * 100_000)
    _fast(_UNCASED_NAME_LABEL, "· नाम" * 40_000)


def test_bounded_cost_of_detection_on_a_long_barcode_like_text(detector):
    text = ("M1SMITH/JOHN EABC123 " * 5_000)[:100_000]
    started = time.perf_counter()
    detector.detect([text])
    assert time.perf_counter() - started < scaled(20.0)
