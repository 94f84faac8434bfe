"""Round 24 (isthmus, kinship and genealogy; drumlin): household registers, GEDCOM exports and family histories.

- A bare "ID" label right before a number that a strong personal scheme validates (a birth-date scheme with a check,
  Greece's AMKA, Russia's 12-digit INN, Japan's My Number, Thailand's and India's national numbers) is that
  person's identity number; a thing's ID ("Order ID", "Transaction ID") is not.
- A household register's row, a household role and a colon, the member's name, then a full date in the next
  pipe column: the date is the member's date of birth (an ancestor's, over 110 years ago, stays history).
- "nato/a il", "nacido/a el", "nascido(a) em": the gender-slash forms of the Romance birth cues.
- An obituary's or a family history's lifespan with a birth year before 1900, in the birth words of more languages
  ("нар. 1880", "נולד/ה 1853", "doğum 1843", "født 1868", "γενν. 1865", "مواليد 1822"): a historical person.
- A GEDCOM NAME line is a person's name, unless that individual's record dates the birth (or, with no birth date,
  the death) before 1900: an ancestor. A living cousin's phone in the same tree stays a phone.
- A span of years ("baptisms 1855-1885") is no phone number unless a phone word is right before it.

All values below are invented; the identity numbers are built with their check digits.
"""

from __future__ import annotations

import time

import pytest
import regex
from timing import scaled

from gateway.signals.identifiers import _BARE_ID, _bare_id_numbers
from gateway.signals.names import _DIED_LONG_AGO_AFTER, _LONG_AGO_AFTER, gedcom_ancestor
from gateway.signals.scan_scope import scope
from gateway.signals.recognizers import (_GEDCOM_NAME, _HOUSEHOLD_ROW_BIRTH, _HOUSEHOLD_ROW_NAME,
                                         _HOUSEHOLD_ROW_START, _year_range)
from tests.pii_spans import detector, text_spans, text_types  # noqa: F401  (detector is a fixture)

# --- bare "ID" before a strong personal scheme's number
BARE_IDS = [
    ("户籍登记\n户主: 韩秀英 | ID 110105198806120431", "110105198806120431"),              # zh-CN resident ID
    ("가족 명부\n세대주 김민재, ID 880612-1234563", "880612-1234563"),                     # ko-KR RRN
    ("Οικογενειακή μερίδα: Νίκος Αλεξίου, ID 12068801237", "12068801237"),               # el-GR AMKA
    ("Состав семьи: Орлова Марина, ID: 770708389324", "770708389324"),                   # ru-RU INN (12 digits)
    ("My flatmate showed me her ID 485120476932 at the counter.", "485120476932"),        # ja-JP My Number
    ("นักเรียน: สมชาย ใจดี — ID 1101700203450", "1101700203450"),                         # th-TH national ID
    ("Ward: रीना वर्मा\nChild ID: 4976 1234 5670", "4976 1234 5670"),                      # hi-IN Aadhaar, printed
]


@pytest.mark.parametrize("text,number", BARE_IDS)
def test_bare_id_label_before_a_personal_number(detector, text, number):  # noqa: F811
    assert ("NATIONAL_ID", number) in text_spans(detector, text)


BARE_ID_NOT = [
    "Order ID 485120476932 shipped on Monday.",                 # a thing's ID
    "Transaction ID: 770708389324",
    "AWS account ID 485120476932 owns the bucket.",
    "Device ID 110105198806120431 rebooted",
    "ID 485120476930 is on the ticket",                          # no scheme's check holds
    "id 485120476932",                                           # lower case: a key, not the label
]


@pytest.mark.parametrize("text", BARE_ID_NOT)
def test_bare_id_near_misses(text):
    assert _bare_id_numbers(text) == []


# --- household register rows
HOUSEHOLD_ROWS = [
    ("Household register (current)\nHead: Orla Brennan | 14/02/1983 | Mill Road 4\nson: Cian Brennan | 03/07/2012",
     ["Head: Orla Brennan | 14/02/1983", "son: Cian Brennan | 03/07/2012"]),
    ("户口簿\n户主: 韩秀英 | 1988年6月12日\n儿子: 韩磊 | 2015年9月1日", ["户主: 韩秀英 | 1988年6月12日", "儿子: 韩磊 | 2015年9月1日"]),
    ("세대 명부\n딸: 김하늘 | 2011년 3월 5일", ["딸: 김하늘 | 2011년 3월 5일"]),
    ("Состав семьи\nсын: Орлов Пётр | 12.04.2009", ["сын: Орлов Пётр | 12.04.2009"]),
    ("Μητρώο\nκόρη: Ελένη Αλεξίου | 21/09/2013", ["κόρη: Ελένη Αλεξίου | 21/09/2013"]),
    ("Haushalt\nTochter: Lea Brandner | 02.10.2016", ["Tochter: Lea Brandner | 02.10.2016"]),
    ("Ìdílé\nọmọkùnrin: Adéwálé Ògúnlẹ́yẹ | 11/05/2004", ["ọmọkùnrin: Adéwálé Ògúnlẹ́yẹ | 11/05/2004"]),
]


@pytest.mark.parametrize("text,rows", HOUSEHOLD_ROWS)
def test_household_row_date_is_a_date_of_birth(detector, text, rows):  # noqa: F811
    found = text_spans(detector, text)
    for row in rows:
        assert ("DATE_OF_BIRTH", row) in found


@pytest.mark.parametrize("text,name", [
    ("Household register\nHead: 박서윤 | 1979년 8월 14일", "박서윤"),
    ("Household register\n女儿: 韩雨桐 | 2013年5月20日", "韩雨桐"),
    ("Household register\nwife: Saoirse Kehoe | 30/01/1986", "Saoirse Kehoe"),
])
def test_household_row_name_cell_is_a_person(detector, text, name):  # noqa: F811
    assert ("PERSON", name) in text_spans(detector, text)


HOUSEHOLD_NOT = [
    "Speaker: Anna Weber | 12/03/2024 | Room 4",                 # no household role: an event's date
    "Head: the kitchen | 12/03/2020 | done",                     # a to-do row: the cell opens in lower case
    "Head: Thomas Hale | 12/03/1851 | labourer",                 # an ancestor: history
    "daughter: see note | ABT 1990",                             # no full date
    "Son: Rise of the Tomb | 2015 | PS4",                        # a year alone
]


@pytest.mark.parametrize("text", HOUSEHOLD_NOT)
def test_household_row_near_misses(detector, text):  # noqa: F811
    assert "DATE_OF_BIRTH" not in text_types(detector, text)


# --- street names with diacritics (Yorùbá, Polish, Vietnamese) before an English street word
@pytest.mark.parametrize("text,street", [
    ("Residence: 7 Ọ̀ṣun Crescent, Ìbàdàn", "7 Ọ̀ṣun Crescent"),
    ("2 ADDR 41 Àṣàbí Street, Abẹ́òkúta 110101", "41 Àṣàbí Street"),
    ("we moved to 9 Żurawia Street last May", "9 Żurawia Street"),
])
def test_street_name_with_diacritics(detector, text, street):  # noqa: F811
    assert any(kind == "STREET_ADDRESS" and street in value for kind, value in text_spans(detector, text))


# --- gender-slash Romance birth cues
@pytest.mark.parametrize("text", [
    "Battesimo di Livia Ferrante (nato/a il 04/03/2026), festa a casa",
    "Bautizo de Irene Llopis (nacido/a el 12/05/2025)",
    "Batizado de Caio Ramalho, nascido(a) em 09/08/2025",
])
def test_gender_slash_birth_cues(detector, text):  # noqa: F811
    assert "DATE_OF_BIRTH" in text_types(detector, text)


# --- lifespans of long-dead people in more languages
LIFESPANS = [
    ("Оксана Ковальчук (нар. 1871, пом. 1940), вчителька", "Оксана Ковальчук"),
    ("שמואל ברקוביץ (נולד/ה 1862, נפטר/ה 1931), סנדלר", "שמואל ברקוביץ"),
    ("Hatice Karaöz (doğum 1858, vefat 1929), köy ebesi", "Hatice Karaöz"),
    ("Ingeborg Solbakken (født 1874, død 1950), lærerinne", "Ingeborg Solbakken"),
    ("Σταυρούλα Κανελλοπούλου (γενν. 1869, απεβίωσε 1944), δασκάλα", "Σταυρούλα Κανελλοπούλου"),
    ("فاطمة الزهراوي (مواليد 1866, توفيت 1938), معلمة", "فاطمة الزهراوي"),
    ("Benedita Sampaio (nascida em 1877, falecida em 1951), parteira", "Benedita Sampaio"),
]


@pytest.mark.parametrize("text,name", LIFESPANS)
def test_long_ago_lifespan_is_history(detector, text, name):  # noqa: F811
    assert ("PERSON", name) not in text_spans(detector, text)


def test_recent_birth_year_with_a_phone_stays_personal(detector):  # noqa: F811
    text = "Ingeborg Solbakken (født 1968) — ring henne på 912 34 567"
    assert "PHONE_NUMBER" in text_types(detector, text)
    assert not _LONG_AGO_AFTER.match(text, len("Ingeborg Solbakken"))


@pytest.mark.parametrize("text,name", [
    ("Will of Tobias Hartwell, husbandman, proved 1684: to my daughter two ewes", "Tobias Hartwell"),
    ("Testament: Wanjiru Kamau, proved 1790, to her son a goat", "Wanjiru Kamau"),
    ("Tomasz Wrona, tkacz, zm. 1843 w Łodzi", "Tomasz Wrona"),
    ("Heinrich Albers, Müller, gest. 1871", "Heinrich Albers"),
])
def test_death_or_proved_will_long_ago_is_history(detector, text, name):  # noqa: F811
    assert ("PERSON", name) not in text_spans(detector, text)


def test_recent_death_with_a_phone_stays_personal(detector):  # noqa: F811
    found = text_spans(detector, "Will of Tobias Hartwell, proved 2021: call his widow on 07402 118734")
    assert ("PERSON", "Tobias Hartwell") in found and "PHONE_NUMBER" in {kind for kind, _ in found}


# --- an office's published line: register offices, courts, archives, halls, funeral directors
@pytest.mark.parametrize("text", [
    "Births are registered at the register office, tel. 0161 832 4455, within six weeks.",
    "County court enquiries: +44 29 2037 6400, weekdays 10-16.",
    "Archives reading room: +33 1 40 27 60 00, closed on Sundays.",
    "The village hall office says ring 01865 274 810 to book the tables.",
    "Arrangements by the funeral director, +49 30 2345 6789.",
])
def test_office_line_is_no_personal_phone(detector, text):  # noqa: F811
    assert "PHONE_NUMBER" not in text_types(detector, text)


@pytest.mark.parametrize("text", [
    "My cousin works at the register office, her mobile is 07402 118734.",
    "Tomás (the funeral director's son), call me on 612 345 679.",
])
def test_a_persons_mobile_near_an_office_stays(detector, text):  # noqa: F811
    assert "PHONE_NUMBER" in text_types(detector, text)


# --- GEDCOM names: living people are persons, ancestors are history
LIVING_TREE = ("0 @I21@ INDI\n1 NAME Tamsin /Pengelly/\n1 BIRT\n2 DATE 4 MAR 1994\n1 RESI\n2 PHON 07402 118734\n"
               "0 @I22@ INDI\n1 NAME Jory Pengelly\n1 NOTE living\n"
               "0 @I23@ INDI\n1 NAME Ezekiel /Pengelly/\n1 BIRT\n2 DATE ABT 1861\n2 PLAC Penzance\n1 DEAT\n2 DATE 1923\n"
               "0 @I24@ INDI\n1 NAME Loveday Pengelly\n1 DEAT\n2 DATE 12 JAN 1889\n")


def test_gedcom_living_names_are_persons_and_ancestors_are_not(detector):  # noqa: F811
    found = text_spans(detector, LIVING_TREE)
    names = [value for kind, value in found if kind == "PERSON"]
    assert any(v.startswith("Tamsin") for v in names) and "Jory Pengelly" in names
    assert not any("Ezekiel" in v or "Loveday" in v for v in names)
    assert "PHONE_NUMBER" in {kind for kind, _ in found}  # the living cousin's phone in the same tree


def test_gedcom_ancestor_function():
    at = LIVING_TREE.index("Ezekiel")
    assert gedcom_ancestor(LIVING_TREE, at)
    assert gedcom_ancestor(LIVING_TREE, LIVING_TREE.index("Loveday"))
    assert not gedcom_ancestor(LIVING_TREE, LIVING_TREE.index("Tamsin"))
    assert not gedcom_ancestor(LIVING_TREE, LIVING_TREE.index("Jory"))
    assert not gedcom_ancestor("Ezekiel Pengelly, born 1861", 0)  # no GEDCOM NAME line


def test_gedcom_name_outside_an_individual_record_is_not_read(detector):  # noqa: F811
    assert "PERSON" not in text_types(detector, "1 NAME Sunset Strip\n2 NOTE band rehearsal")


# --- spans of years are no phone numbers
@pytest.mark.parametrize("text", ["parish register, baptisms 1802-1838", "Kirchenbuch, Taufen 1790-1821",
                                  "registres paroissiaux 1845-1879", "метрические книги 1860-1899"])
def test_year_span_is_no_phone(detector, text):  # noqa: F811
    assert "PHONE_NUMBER" not in text_types(detector, text)


def test_labelled_year_shaped_number_stays_a_phone(detector):  # noqa: F811
    assert "PHONE_NUMBER" in text_types(detector, "Tel: 2012-2019")
    assert not _year_range("2019-2012") and not _year_range("1400-1420") and _year_range("1939-1945")


# --- bounded cost (200 KB adversarial inputs)
def _timed(func, text: str) -> None:
    assert len(text) > 200_000
    started = time.perf_counter()
    func(text)
    assert time.perf_counter() - started < scaled(1.0)


def test_bounded_cost_of_bare_id():
    _timed(_bare_id_numbers, "ID " + "1 " * 110_000)
    _timed(_bare_id_numbers, "ID 1234567890 " * 16_000)
    _timed(lambda t: list(_BARE_ID.finditer(t)), "ID" * 110_000)


def test_bounded_cost_of_household_rows():
    pattern = regex.compile(_HOUSEHOLD_ROW_BIRTH, regex.IGNORECASE | regex.MULTILINE)
    for text in ("son: " + "a" * 210_000, ("daughter: " + "x " * 30 + "| ") * 4_000, "son:|" * 50_000,
                 "head of household: " * 12_000):
        _timed(lambda t: list(pattern.finditer(t)), text)
        _timed(lambda t: list(_HOUSEHOLD_ROW_START.finditer(t)), text)
        _timed(lambda t: list(_HOUSEHOLD_ROW_NAME.finditer(t)), text)


def test_bounded_cost_of_gedcom_names_and_lifespans():
    tree = "0 @I1@ INDI\n" + "1 NAME Anna Berg\n1 BIRT\n2 DATE 1850\n" * 8_000
    _timed(lambda t: list(_GEDCOM_NAME.finditer(t)), tree)
    with scope():  # as in a scan: the records are read once per text
        _timed(lambda t: [gedcom_ancestor(t, m.start("value")) for m in _GEDCOM_NAME.finditer(t)], tree)
    many = "".join(f"0 @I{i}@ INDI\n1 NAME Anna Berg\n1 BIRT\n2 DATE {1800 + i % 200}\n" for i in range(6_000))
    with scope():
        _timed(lambda t: [gedcom_ancestor(t, m.start("value")) for m in _GEDCOM_NAME.finditer(t)], many)
    _timed(lambda t: [_LONG_AGO_AFTER.match(t, i) for i in range(0, len(t), 997)], "(нар./а em " * 25_000)
    _timed(lambda t: [_DIED_LONG_AGO_AFTER.match(t, i) for i in range(0, len(t), 997)], ", ab cd ef, " * 25_000)


