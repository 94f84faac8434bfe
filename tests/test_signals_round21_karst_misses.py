"""Round 21 (issue 12, karst misses): personal data damaged or reshaped by the way it was captured — a scanned form's
values between the underscores of its blank lines, a scanner's character confusions inside numbers (O/0, l/I/1, S/5,
B/8) and its "(a)" for "@", a form export's query string with percent-encoded field names, field names glued into one
word ("nhsnumber", "rodnecislo"), a dictation's lower-case acronym ("curp"), local labels ("ΑΦΜ", "Ημ. γέννησης",
"رقم الجواز", "серия/номер"). Every repair only lets a value be read that must still validate after it (check digits,
phone plans, e-mail syntax) or stand under its label. Our own phrasings, in several languages, with their near misses."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector, _unescape
from gateway.signals.settings import PiiSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _found(detector: PiiDetector, text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for span in detector.detect([text], locate=True).spans:
        found.setdefault(span.entity_type, []).append(text[span.start:span.end])
    return found


# --- a form's filled-in value between the underscores of its blank line --------------------------------------------

@pytest.mark.parametrize("text, entity, value", [
    ("APPLICATION FOR RENEWAL\n☐ Full name _Rosalind Penhallow_\n☐ SSN _219-09-9999_\n", "US_SSN", "219-09-9999"),
    ("Intake sheet\n[ ] Mobile _+44 7700 183 402_\n[ ] Signature ________", "PHONE_NUMBER", "+44 7700 183 402"),
    ("Formulaire\nCourriel : _m.duchemin_82@laposte.net_\nDate : __/__/____", "EMAIL_ADDRESS",
     "m.duchemin_82@laposte.net"),
    ("Antrag\nIBAN: _DE44 5001 0517 5407 3249 31_\nUnterschrift: ________", "IBAN_CODE", "DE44 5001 0517 5407 3249 31"),
    ("Bank routing / account no. _121000358 / 004417735_", "US_BANK_NUMBER", "121000358"),
])
def test_value_between_form_underscores(detector: PiiDetector, text: str, entity: str, value: str) -> None:
    assert value in _found(detector, text).get(entity, [])


def test_form_underscores_read_as_spaces_only_in_pairs_around_a_value() -> None:
    assert _unescape("Name _Ada Quist_\n")[0] == "Name  Ada Quist \n"
    assert _unescape("mail _ada_quist_7@mail.se_.")[0] == "mail  ada_quist_7@mail.se ."
    # blank lines, code identifiers, a single underscore and snake_case are kept as written
    for kept in ("Date: __/__/____", "call self._reset() then __init__", "value_ here", "a snake_case_name",
                 "Signature ______________"):
        assert _unescape(kept) == (kept, None)


# --- a scanner's character confusions inside a number ---------------------------------------------------------------

@pytest.mark.parametrize("text, entity", [
    ("Tel. | +48 6O1 2B4 S67", "PHONE_NUMBER"),  # O, B, S in a Polish mobile after a "+"
    ("ΑΜΚΑ: 12O5884321S", "NATIONAL_ID"),  # Greek social-security number (check digit) with O and S
    ("เลขประจำตัวประชาชน 3-1OO5-01234-S6-3", "NATIONAL_ID"),  # Thai ID, a one-digit group after a hyphen
    ("Data urodzenia: 14/O3/19B8", "DATE_OF_BIRTH"),  # a date under its label
    ("Geburtsdatum: O7.11.l979", "DATE_OF_BIRTH"),
])
def test_ocr_confusions_repaired_inside_numbers(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in _found(detector, text)


@pytest.mark.parametrize("text", [
    "Order SB-2231 shipped 12.05.2024, box B12 of 4I",
    "Ref. BOSS-1180 and SOS 88, B2B leads 123456",
    "Invoice no. 4B1O-5532-0S17 due in 30 days",  # a repaired number with no check digit, cue or "+": no finding
    "part numbers SBS 1100 88 BB 40 1S",
])
def test_ocr_repairs_need_the_evidence_a_number_carries(detector: PiiDetector, text: str) -> None:
    assert _found(detector, text) == {}


@pytest.mark.parametrize("text", ["NIF: B73104522", "رقم الجواز: S8242515", "Ref. S1234567 and B7654321"])
def test_series_letter_is_no_misread_digit(text: str) -> None:
    # a letter before digits only is a series letter (a Spanish company's NIF, a passport), never read as 8 or 5
    from gateway.signals.normalise import identifier_view
    view = identifier_view(text)
    assert view is None or not any(view.text[e.start:e.end] in ("5", "8") for e in view.edits)


# --- a printed form's dot leaders, a table's bars, labels the scanner misread --------------------------------------

@pytest.mark.parametrize("text, entity", [
    ("MRN ........ 88O3142l", "MEDICAL_RECORD_NUMBER"),
    ("Geburtsdatum: ...... 14.03.1988", "DATE_OF_BIRTH"),
    ("Data urodzenia …… 14.O3.1988", "DATE_OF_BIRTH"),
    ("| Passport no. | 512903377 |", "PASSPORT"),
    ("Passp0rt no. | 5l2903377", "PASSPORT"),  # the label misread too
    ("Date 0f birth: O9/11/l975", "DATE_OF_BIRTH"),
    ("PE5EL  88O3142O5l6", "NATIONAL_ID"),
    ("Te1.:\n  +351 91 234 5S78", "PHONE_NUMBER"),
    ("Home address 4 Elm Rd, 37388\nPassp0rt no. 5l2903377", "PASSPORT"),  # a misread label opens the next line
])
def test_scanned_form_layouts(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in _found(detector, text)


def test_leaders_read_as_spaces() -> None:
    assert _unescape("MRN ........ 1")[0] == "MRN          1"
    for kept in ("wait... what", "1...9", "a.b.c"):
        assert _unescape(kept) == (kept, None)


@pytest.mark.parametrize("text", [
    "K8s and i18n notes; build 2024.05.1 of Win10 tools",
    "Contents ........ 12\nChapter 1 ........ 15",  # a table of contents: page numbers
    "Te1. support hours 9-17",
])
def test_scanned_layout_near_misses(detector: PiiDetector, text: str) -> None:
    assert _found(detector, text) == {}


# --- "(a)" for "@" in a scanned address --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "E-mail ..... k.ostrowska77(a)wp.pl",
    "correo: lucia.ferrer(a)gmail.com",
    "อีเมล: somchai_k(a)hotmail.co.th",
])
def test_scanned_at_sign(detector: PiiDetector, text: str) -> None:
    assert "EMAIL_ADDRESS" in _found(detector, text)


@pytest.mark.parametrize("text", [
    "see section 4(a)of the lease", "Step (a) configure example.com", "option(a)b", "items (a), (b) and (c)",
])
def test_enumeration_a_is_no_at_sign(detector: PiiDetector, text: str) -> None:
    assert "EMAIL_ADDRESS" not in _found(detector, text)


# --- form exports: percent-encoded field names, "+" for a space, field names glued into one word --------------------

def test_query_with_percent_encoded_keys_reads_plus_as_space(detector: PiiDetector) -> None:
    # a Hindi form's field names percent-encoded; the phone "+91 98765 43210" written with "+" for spaces
    text = ("https://example.in/thanks?%E0%A4%AB%E0%A5%8B%E0%A4%A8=%2B91+98765+43210&%E0%A4%A8%E0%A4%BE%E0%A4%AE="
            "%E0%A4%B0%E0%A4%BE%E0%A4%AE&submit=1")
    assert "PHONE_NUMBER" in _found(detector, text)
    assert _unescape("/f?%D0%B8%D0%BC%D1%8F=a+b&x=1")[0] == "/f?имя=a b&x=1"


@pytest.mark.parametrize("text, entity", [
    ("GET /register?nhsnumber=485+777+3457&consent=yes", "UK_NHS"),
    ("nhsno: 943 476 5919", "UK_NHS"),
    ('jmeno;rodnecislo;mesto\n"Radka Vlkova";"760612/9916";"Brno"', "NATIONAL_ID"),
    ("rodne_cislo=7606129916", "NATIONAL_ID"),
])
def test_glued_field_names(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in _found(detector, text)


def test_glued_field_names_still_need_the_check(detector: PiiDetector) -> None:
    assert "UK_NHS" not in _found(detector, "nhsnumber: 485 777 3458")
    assert "NATIONAL_ID" not in _found(detector, "rodnecislo: 760612/9917")


# --- local labels: Greek tax number and birth date, Arabic and Russian passports, a dictated CURP --------------------

@pytest.mark.parametrize("text", ["ΑΦΜ: 048151626", "Α.Φ.Μ. 120304561", "AFM 048151626 (φυσικό πρόσωπο)"])
def test_greek_afm_of_a_person(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" in _found(detector, text)


@pytest.mark.parametrize("text", [
    "ΑΦΜ: 998112239",  # a company's range (8, 9)
    "ΑΦΜ: 048151627",  # check digit wrong
    "048151626",  # no label
])
def test_greek_afm_near_misses(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" not in _found(detector, text)


@pytest.mark.parametrize("text, entity", [
    ("Ημ. γέννησης: 02/11/1974", "DATE_OF_BIRTH"),
    ("Ημ/νία γέννησης 02.11.1974", "DATE_OF_BIRTH"),
    ("رقم الجواز: N4471902", "PASSPORT"),
    ("Паспорт серия/номер 4509 118273", "PASSPORT"),
    ("y su curp pegj900714hjcrrn02 por favor", "NATIONAL_ID"),
])
def test_local_labels(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in _found(detector, text)


def test_lower_case_curp_still_checked(detector: PiiDetector) -> None:
    assert "NATIONAL_ID" not in _found(detector, "curp pegj900714hjcrrn03")


# --- bounded cost ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    " _a" * 70_000,  # every underscore opens a blank, none closes
    "_" * 200_000,
    " _" + "x_" * 100_000,
    "SB " * 70_000,  # confusable letters in space-separated groups
    "1-S" * 70_000,
    "O/" * 100_000,
    "x(a)" * 50_000 + "y",
    "?%E0%A4=" * 25_000,
    "." * 200_000,
    " ... x" * 35_000,
    "a0" * 100_000,  # letters and confusable digits: one long word
    "Te1. " * 40_000,
    "0f " * 70_000,
])
def test_bounded_cost(detector: PiiDetector, text: str) -> None:
    from gateway.signals.normalise import identifier_view
    for scan in (_unescape, identifier_view):
        began = time.perf_counter()
        scan(text)
        assert time.perf_counter() - began < scaled(1.0)
