"""Round 19 (issue 12): identity numbers and home addresses under their own country's labels, and identity numbers
that are a part of a file's name.

- An Israeli ID under a form's "מספר זהות" / "מס' זהות" label and a Chinese resident ID under the card's own label
  "公民身份号码" are national IDs when the check digit holds (the cue words already covered "תעודת זהות" and "身份证").
- An address field's key in the local form: a Germanic compound ("Bopælsadresse", "Bostedsadresse", "Hemadress"), a
  Chinese key glued to its kind ("住址", "家庭住址"), a Hebrew or Arabic key with its kind after it ("כתובת מגורים");
  the value may be written in a script with vowel signs ("मकान नं. 12") or without spaces ("愚园3号4栋404室").
  A key naming a business's address ("Forretningsadresse", "כתובת רשומה", "公司地址") stays no person's home.
- A file name's part ("_", "-" or "." around it) that is a birth-date-bearing national ID with a valid check digit.
- The Spanish DNI/NIE (digits and a check letter) and the Thai ID in its printed d-dddd-ddddd-dd-d shape need no cue
  when the check holds (as the codice fiscale and the printed CPF before them); sample and date-stamped values do not.
- A full-name label of a cased script ("Ονοματεπώνυμο", "Nombre y apellidos", "Ad soyad") makes two to four words
  after it a person's name, listed or not; a lone word there (a mononym) does not count.
Our own phrasings and numbers; near misses (bad check digits, other labels, order and company numbers) stay clean."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals import SignalSettings
from gateway.signals.pii import PiiDetector


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(SignalSettings().pii)


def _spans(detector: PiiDetector, text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans]


# --- national IDs under their local label -------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("טופס הצטרפות\nשם: נועה לוי\nמספר זהות: 314528761", "314528761"),
    ("מס' זהות 204987135, נא לעדכן את הכתובת", "204987135"),
    ("מספר הזהות של העובד הוא 314528761", "314528761"),
    ("居民信息登记\n公民身份号码：320502198705234511", "320502198705234511"),
    ("他的公民身份号码是110108199302147626，请核对。", "110108199302147626"),
    ("身份号码 320502198705234511", "320502198705234511"),
])
def test_national_id_under_its_local_label(detector: PiiDetector, text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "מספר זהות: 314528762",  # check digit off by one
    "מספר הזמנה: 314528761",  # an order number's label
    "公民身份号码：320502198705234512",  # check digit wrong
    "订单号码: 320502198705234511",  # an order number's label
])
def test_near_misses_of_local_id_labels_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" not in [t for t, _ in _spans(detector, text)]


# --- address keys in the local form --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Lejer\nBopælsadresse: Nørrebrogade 52, 2. tv., 2200 København N", "Nørrebrogade 52, 2. tv., 2200 København N"),
    ("Bostedsadresse: Storgata 14B, 0184 Oslo", "Storgata 14B, 0184 Oslo"),
    ("Hemadress: Vasagatan 9, 411 24 Göteborg", "Vasagatan 9, 411 24 Göteborg"),
    ("住址：海淀区中关村南大街27号5栋1203室", "海淀区中关村南大街27号5栋1203室"),
    ("家庭住址: 越秀区北京路108号3单元602室", "越秀区北京路108号3单元602室"),
    ("כתובת מגורים: רחוב הרצל 41, דירה 3, רחובות 7626541", "רחוב הרצל 41, דירה 3, רחובות 7626541"),
    ("पता: मकान नं. 27, गांधी नगर, भोपाल - 462001", "मकान नं. 27, गांधी नगर, भोपाल - 462001"),
])
def test_address_under_a_local_key(detector: PiiDetector, text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "E-postadresse: ola 7 nordmann@example.no",  # an e-mail address's compound
    "Epostadresse: kari 22 svar@example.no",
    "IP-Adresse: 10.0.0.1 port 22",
    "Webadresse: www.kommune.no/side 4",
    "Serveradresse: db01 5432",
    "地址: 第3章",  # too short to be an address
    "住址：见附件2",
])
def test_digital_and_short_address_keys_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" not in [t for t, _ in _spans(detector, text)]


@pytest.mark.parametrize("text", [
    "Forretningsadresse: Bryggen 21, 5003 BERGEN",  # a business's address
    "Firmaadresse: Torgallmenningen 3, 5014 BERGEN",
    "Besøksadresse: Strandkaien 8, 5013 BERGEN",
    "כתובת רשומה: רחוב הנביאים 12, ירושלים 9414201",  # a company's registered office
    "כתובת העסק: רחוב הנביאים 12, ירושלים 9414201",
    "公司地址：静安区愚园168号3楼",  # a company's
    "办公地址: 静安区愚园22号5楼",
])
def test_a_business_address_key_is_no_home(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" not in [t for t, _ in _spans(detector, text)]


# --- identity numbers in a file's name ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("zaswiadczenie_85031412347.pdf", "85031412347"),  # PESEL
    ("please see skan-02240715674.jpg attached", "02240715674"),  # PESEL, hyphen-separated
    ("계약서_880412-2034561.pdf", "880412-2034561"),  # Korean RRN with its hyphen
    ("upload/2026_9511021234564_lease.docx", "9511021234564"),  # RRN without the hyphen
    ("filename\n\u00b6\nantrag_320502198705234511.txt", "320502198705234511"),  # Chinese resident ID, a request field
])
def test_id_in_a_file_name(detector: PiiDetector, text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "order_20260412003.pdf",  # a date-stamped order number
    "invoice_20250630117.pdf",
    "acme_ltd_05391199.pdf",  # a company number
    "statement_85031412348.pdf",  # a PESEL's shape with a wrong check digit
    "export_1733371200.csv",  # a Unix timestamp
    "backup_1733371200123.zip",  # in milliseconds
    "cloudberry_#2026442.txt",
    "85031412347 is a number, not a file",  # no file name: a bare number needs its cue
])
def test_file_name_numbers_that_are_no_id_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" not in [t for t, _ in _spans(detector, text)]


# --- identity numbers whose printed shape is distinctive alone ------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Datos del cliente: Nerea Etxeberria, nerea.e@example.es, 53017294V", "53017294V"),
    ("titular 80461537-Q, con domicilio en Bilbao", "80461537-Q"),
    ("residente: Y4821730R (permiso de trabajo)", "Y4821730R"),
    ("ผู้ติดต่อ: สมชาย ใจดี, 3-1005-04821-13-3", "3-1005-04821-13-3"),
    ("Kunde 5-7102-33445-61-1, Rückruf erbeten", "5-7102-33445-61-1"),
])
def test_a_distinctively_shaped_id_without_its_cue(detector: PiiDetector, text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Ejemplo de formato: 12345678Z",  # the sample DNI of every form
    "ref 00000000T",
    "lote 20240517K del almacén",  # a date-stamped batch code
    "pedido 53017295V",  # check letter wrong
    "SKU-53017294V",  # part of a code
    "part 3-1005-04821-13-4",  # Thai shape, check digit wrong
])
def test_shaped_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" not in [t for t, _ in _spans(detector, text)]


# --- a person's full-name label in a cased script ------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Αίτηση\nΟνοματεπώνυμο: Ευανθία Κουρκουλάκη\nΤηλέφωνο: —", "Ευανθία Κουρκουλάκη"),
    ("Nombre y apellidos: Itziar Olaizola Etxarri", "Itziar Olaizola Etxarri"),
    ("Ad soyad: Gülümser Karaböcek", "Gülümser Karaböcek"),
    ("Nome completo: Ermenegilda Zuccolin", "Ermenegilda Zuccolin"),
])
def test_full_name_label_of_a_cased_script(detector: PiiDetector, text: str, value: str) -> None:
    assert ("PERSON", value) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Ονοματεπώνυμο: ______________",  # a blank form
    "Nombre completo: (en mayúsculas)",
    "- Contact: Support Team\n- Priority: high",
    "Ονοματεπώνυμο: Σωκράτης\nΤόπος: Αθήνα",  # a lone word: a mononym's (a historical figure on a poster)
    "Nombre completo: Cuauhtémoc",
])
def test_blank_or_non_person_labels_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in [t for t, _ in _spans(detector, text)]


# --- bounded cost -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("a_1234567890-" * 16_000) + ".pdf",  # one long would-be file name of digit runs
    "x_12345678901.pdf " * 12_000,  # many file names
    "Bopælsadresse" * 15_000 + ": 1",  # address-key compounds without end
    "家庭住址" * 50_000,
    ("כתובת " * 35_000) + ": 1 2 3",
])
def test_new_scans_are_bounded(detector: PiiDetector, text: str) -> None:
    from gateway.signals.identifiers import _file_name_ids

    start = time.perf_counter()
    _file_name_ids(text)
    detector.detect([text[:200_000]], locate=True)
    assert time.perf_counter() - start < scaled(8.0)  # the whole detector over 200 KB; the new scans alone stay well under 1 s


@pytest.mark.parametrize("text", [
    ("a_1234567890-" * 16_000) + ".pdf",
    "x_12345678901.pdf " * 12_000,
])
def test_file_name_scan_alone_is_fast(text: str) -> None:
    from gateway.signals.identifiers import _file_name_ids

    start = time.perf_counter()
    _file_name_ids(text)
    assert time.perf_counter() - start < scaled(1.0)


@pytest.mark.parametrize("text", [
    "Bopælsadresse" * 15_000 + ": 1",
    "家庭住址" * 50_000,
    ("כתובת " * 35_000) + ": 1 2 3",
    "Hemadress: " + "a1 " * 70_000,
])
def test_address_key_scan_alone_is_fast(text: str) -> None:
    from gateway.signals.recognizers import _ADDRESS_KEY_HINT, _KEYED_ADDRESS

    start = time.perf_counter()
    _ADDRESS_KEY_HINT.search(text)
    list(_KEYED_ADDRESS.finditer(text))
    assert time.perf_counter() - start < scaled(1.0)


@pytest.mark.parametrize("text", ["12345678-" * 22_000, "1-2345-" * 28_000, "X1234567-" * 22_000])
def test_shaped_id_scan_alone_is_fast(text: str) -> None:
    from gateway.signals.identifiers import _SHAPED_IDS

    start = time.perf_counter()
    for shape, _ in _SHAPED_IDS:
        list(shape.finditer(text))
    assert time.perf_counter() - start < scaled(1.0)
