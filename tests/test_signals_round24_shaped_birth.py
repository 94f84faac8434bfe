"""Round 24 (issue 12, dune / oxbow misses): identity numbers by their printed shape, the "b." for born.

- The Korean 주민등록번호 printed as YYMMDD-GNNNNNN and the Czech / Slovak rodné číslo printed as YYMMDD/NNNN are
  identity numbers without a cue word when their birth date and check digit both hold (a serial rarely passes both);
  an invalid check, the 9-digit rodné číslo (no check) and a "/" then a year ("114535/2025", a case number) need a cue.
- "b." (born) right before a full date, in brackets or after a name's comma, is a birth date ("Anna Berg (b. 3 May
  1988)"); a year alone, an ancestor's date, a list's item "b." and a "b." at a line's start are not.
Our own phrasings and values; near misses stay as they were."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector


def _rrn(front: str, gender: str, serial: str) -> str:
    """A Korean RRN with its check digit (weights 2..9, 2..5; 11 - sum mod 11, mod 10)."""
    digits = front + gender + serial
    total = sum(int(d) * w for d, w in zip(digits, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
    return f"{front}-{gender}{serial}{(11 - total % 11) % 10}"


def _rc(front: str, serial: str) -> str:
    """A Czech rodné číslo of 10 digits (divisible by 11)."""
    for last in range(10):
        if int(f"{front}{serial}{last}") % 11 == 0:
            return f"{front}/{serial}{last}"
    raise AssertionError("no check digit")


RRN_A, RRN_B = _rrn("830417", "2", "14523"), _rrn("010922", "3", "00871")
RC_A, RC_B = _rc("855321", "104"), _rc("921103", "417")  # a woman's month (+50) and a man's


@pytest.mark.parametrize("text, value", [
    (f"ref: {RRN_A}\nname: 하은", RRN_A),
    (f"보험 가입자 {RRN_B}, 연락 바랍니다", RRN_B),
    (f"applicant id {RRN_A} (see attached)", RRN_A),
    (f"Klientka Jana Dvořáková, č. {RC_A}", RC_A),
    (f"Nr. {RC_B} — Petr Svoboda", RC_B),
    (f'{{"id": "{RC_A}", "jmeno": "Eva"}}', RC_A),
    (f"Kunde: Pavol Horváth, Nummer {RC_B}", RC_B),
])
def test_birth_date_numbers_in_their_own_shape_are_ids(detector: PiiDetector, text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Ref. 114535/2025 — case closed",  # a case number and its year
    "Aktenzeichen 790628/2024",
    "order 771006-1791580 shipped",  # an RRN's shape whose check fails
    "batch 999999-9999999",  # no date
])
def test_shapes_that_fail_the_check_or_are_a_year_are_no_ids(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" not in _types(detector, text)


def test_rc_of_nine_digits_still_needs_its_cue(detector: PiiDetector) -> None:
    assert "NATIONAL_ID" not in _types(detector, "skladem kusů 450101/123")
    assert "NATIONAL_ID" in _types(detector, "rodné číslo 450101/123")


@pytest.mark.parametrize("text, date", [
    ("Living relatives: Maaike Hoekstra (b. 1984-02-17, lives in Leeuwarden)", "1984-02-17"),
    ("Interview partner: Tom Baker, b. March 3, 1981, retired teacher", "March 3, 1981"),
    ("Zeuge: Jonas Richter (b. 14.07.1992)", "14.07.1992"),
    ("Marta Kowalska, b. 3 maja 1990", "3 maja 1990"),
])
def test_b_for_born_before_a_full_date_is_a_birth_date(detector: PiiDetector, text: str, date: str) -> None:
    found = _spans(detector, text)
    assert any(kind == "DATE_OF_BIRTH" and value.endswith(date) for kind, value in found), found


@pytest.mark.parametrize("text", [
    "Gen 2: Franz Huber (b. 1822, d. 1890) m. Maria Gruber",  # years only
    "Gen 1: Jakob Moser (b. 12 May 1843, d. 1901)",  # an ancestor's full date: history
    "Pick one: a. 1 May 2024, b. 2 May 2024, c. 3 May 2024",  # a list's items
    "b. 12/03/2025 deadline for the second draft",  # an outline's item at a line start
    "Section b. 12.03.2026 applies from next spring",
])
def test_b_that_is_no_birth_stays_clean(detector: PiiDetector, text: str) -> None:
    assert "DATE_OF_BIRTH" not in _types(detector, text)


def test_new_scans_are_fast() -> None:
    import regex

    from gateway.signals.identifiers import _SHAPED_IDS
    from gateway.signals.recognizers import _B_BEFORE_DATE, _BIRTH_B
    b = regex.compile(_BIRTH_B, regex.IGNORECASE | regex.MULTILINE)
    for unit in ("a, b. 1", "(b. 12.", "x, b.12/12/", "b.b.b."):
        text = unit * (200_000 // len(unit))
        started = time.perf_counter()
        list(b.finditer(text))
        list(_B_BEFORE_DATE.finditer(text))
        assert time.perf_counter() - started < scaled(1.0)
    for unit in ("123456-", "1234567", "123456/", "790628/81 ", "7"):
        text = unit * (200_000 // len(unit))
        started = time.perf_counter()
        for shape, _ in _SHAPED_IDS:
            list(shape.finditer(text))
        assert time.perf_counter() - started < scaled(1.0)


# --- a birth-date column under its label in the other languages the inline cue reads
@pytest.mark.parametrize("text, date", [
    ("Ad Soyad;Doğum tarihi;Şehir\nAyşe Kaya;21.09.2012;İzmir", "21.09.2012"),
    ("Jméno,Datum narození,Obec\nTomáš Král,07.11.1987,Olomouc", "07.11.1987"),
    ("ФИО;Дата рождения;Город\nИрина Соколова;30.01.1975;Казань", "30.01.1975"),
    ("Imię i nazwisko\tData urodzenia\tMiasto\nKamil Nowak\t14-02-1993\tŁódź", "14-02-1993"),
])
def test_a_birth_date_column_in_more_languages(detector: PiiDetector, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "Ürün;Sipariş tarihi;Adet\nKalem;14.06.2016;3",  # an order date
    "Název;Datum vydání;Cena\nKniha;07.11.1987;250",  # a publication date
])
def test_other_date_columns_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "DATE_OF_BIRTH" not in _types(detector, text)


# --- a name label of a script without case as a table's key cell
@pytest.mark.parametrize("text, name", [
    ("| 성명 | 도하람 |\n| 연락처 | 학부모 |", "도하람"),
    ("| 이름 | 권새별 |", "권새별"),
    ("| 氏名 | 佐藤 美咲 |\n| 住所 | 未記入 |", "佐藤 美咲"),
])
def test_a_name_in_the_cell_after_its_label(detector: PiiDetector, text: str, name: str) -> None:
    assert ("PERSON", name) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "| 성명 | 생년월일 | 주소 |\n|---|---|---|",  # a header row of labels
    "성명 | 주민등록번호 | 비고",
    "| 이름 | 주소 | 전화 |",
])
def test_a_row_of_labels_names_nobody(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


# --- street addresses: Hebrew street word first, Hindi house number, single-word streets with code and town
@pytest.mark.parametrize("text, address", [
    ("הכתובת החדשה שלי: רחוב האלון 14, חיפה", "רחוב האלון 14"),
    ("תשלחו את החבילה לרחוב משה שרת 7 דירה 2", "לרחוב משה שרת 7"),
    ("אני גרה ברח' הנביאים 33א, ירושלים", "ברח' הנביאים 33א"),
    ("מען: שדרות ירושלים 120, יפו", "שדרות ירושלים 120"),
    ("मेरा पता: मकान नं. 45/3, गोमती नगर, लखनऊ", "मकान नं. 45/3, गोमती"),
    ("डिलीवरी: फ्लैट नंबर 702, साकेत, दिल्ली", "फ्लैट नंबर 702, साकेत"),
    ("Lieferung an Jens Ohm, Eichkamp 12, 14055 Berlin", "Eichkamp 12, 14055 Berlin"),
    ("Zásilka pro Ivana Malého, Lipová 9, 370 01 České Budějovice", "Lipová 9, 370 01 České"),
    ("Adresa: Palackého 18, 612 00 Brno", "Palackého 18, 612 00 Brno"),
])
def test_more_street_shapes(detector: PiiDetector, text: str, address: str) -> None:
    found = _spans(detector, text)
    assert any(kind == "STREET_ADDRESS" and address in value for kind, value in found), found


@pytest.mark.parametrize("text", [
    "בעיר יש 3 רחובות סגורים בגלל העבודות",  # a count of streets
    "הפגישה ברחובות ב-14:00",  # the town Rehovot
    "רחוב הרצל נסלל ב-1912",  # a year
    "כתובת המשרד: רחוב הארבעה 8, תל אביב",  # a business's address key
    "घर में 4 लोग रहते हैं, सब ठीक है",  # a household's count
    "Aufstieg 2, 1500 Meter bis zum Gipfel",  # a climb
    "Kapitola 12, 250 stran",  # a chapter and a page count
])
def test_street_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" not in _types(detector, text)


def test_new_address_and_label_scans_are_fast() -> None:
    import regex

    from gateway.signals.names import _CJK_NAME_LABEL
    from gateway.signals.recognizers import _HEBREW_STREET, _HINDI_HOUSE_NUMBER, _STREET_THEN_NUMBER_TOWN
    for pattern, units in ((_HEBREW_STREET, ("רחוב א ", "לרחוב ", "רח' ב 1", "שד' ")),
                           (_HINDI_HOUSE_NUMBER, ("मकान नं. 1", "घर 12/", "फ्लैट ")),
                           (_STREET_THEN_NUMBER_TOWN, ("Lipová ", "Ová 1, ", "Aová-")),
                           (_CJK_NAME_LABEL, ("성명 | ", "성명|가", "氏名 | 山 "))):
        compiled = pattern if isinstance(pattern, regex.Pattern) else regex.compile(pattern)
        for unit in units:
            text = unit * (200_000 // len(unit))
            started = time.perf_counter()
            list(compiled.finditer(text))
            assert time.perf_counter() - started < scaled(1.0), unit
