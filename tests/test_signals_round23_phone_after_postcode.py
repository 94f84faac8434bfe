"""Round 23 (isthmus): a phone number on the line after an address is that line's label's number. The digits ending
the address line (its postcode) and the labelled number below are not the two halves of one identifier: about one
such pair in ten joins into a Luhn-valid card number by chance, and the phone number was then dropped as a card's
digit groups (split_values.split_numbers skips a second part that a phone label leads in)."""

from __future__ import annotations

import re
import time

import pytest
from timing import scaled

from gateway.signals.recognizers import _GEDCOM_BIRTH
from gateway.signals.split_values import joined_identifier, split_numbers
from tests.pii_spans import detector, text_spans, text_types  # noqa: F401  (detector is a fixture)

# Invented households: address line ending in a postcode, the phone on the next line under its label; every pair
# is chosen so that postcode + phone digits pass the Luhn check (asserted below, so the test keeps its point).
AFTER_POSTCODE = [
    ("Flat 4, Koregaon Park, Pune 411001\nMobile: 98220 12349", "411001", "98220 12349"),          # en-IN
    ("Số 8 đường Bạch Đằng, Đà Nẵng 550000\nĐiện thoại: 0905 123 455", "550000", "0905 123 455"),   # vi-VN
    ("Calle de Toledo 14, Madrid 28013\nTeléfono: 612 345 679", "28013", "612 345 679"),           # es-ES
    ("浙江省杭州市西湖区文三路 88 号 310000\n电话：138 1234 5674", "310000", "138 1234 5674"),          # zh-CN
    ("Kauppakatu 3, Seinäjoki 60100\nPuhelin: 040 123 4565", "60100", "040 123 4565"),              # fi-FI
]


@pytest.mark.parametrize("text,postcode,phone", AFTER_POSTCODE)
def test_labelled_phone_below_a_postcode_is_reported(detector, text, postcode, phone):  # noqa: F811
    assert joined_identifier(postcode, phone), "the pair must join into a Luhn-valid number for this test to bite"
    assert ("PHONE_NUMBER", phone) in text_spans(detector, text)


@pytest.mark.parametrize("text,postcode,phone", AFTER_POSTCODE)
def test_labelled_line_is_no_second_part(text, postcode, phone):
    assert split_numbers(text) == []


def test_gedcom_style_phone_under_an_address_line(detector):  # noqa: F811
    text = "1 RESI\n2 ADDR Saddlers Row 7, Nam Định 420000\n2 PHON 0912 296 498\n2 EMAIL kin.archive@proton.me"
    assert "PHONE_NUMBER" in text_types(detector, text)


# Near misses: a card number really given in two parts still joins (its digit groups are no phone number), and an
# answer after a colon that is no phone label still counts as the second part.
def test_card_given_in_two_parts_still_joins():
    text = "the card is 4929 4816 2074\nrest: 7123"
    assert joined_identifier("4929 4816 2074", "7123")
    pairs = split_numbers(text)
    assert len(pairs) == 1 and text[slice(*pairs[0].second)] == "7123"


def test_non_phone_answer_still_pairs():
    text = "henkilötunnus 27117\nyes sorry: 7-3426"
    assert len(split_numbers(text)) == 1


def test_registry_office_without_phone_stays_clean(detector):  # noqa: F811
    text = ("The parish register of 1862 lists Thomas Hale, born 1839, labourer, of Mill Lane.\n"
            "Write to the county record office for a certified copy.")
    assert "PHONE_NUMBER" not in text_types(detector, text)


def test_bounded_cost_of_many_labelled_lines():
    text = "".join(f"Road {i}, Town 4{i % 100000:05d}\nTelefon: 0{i % 1000:03d} 123 45{i % 10}\n" for i in range(6000))
    assert len(text) > 200_000
    started = time.perf_counter()
    split_numbers(text)
    assert time.perf_counter() - started < scaled(1.0)


def test_bounded_cost_of_a_long_lead():
    text = ("12345\n" + "Telefon " * 30_000 + ": 1234\n") * 2
    started = time.perf_counter()
    split_numbers(text)
    assert time.perf_counter() - started < scaled(1.0)


# --- A GEDCOM birth event's date: "1 BIRT" and, at the next level, "2 DATE ..." (a "2 PLAC" or two between). The
# format's own tag is the birth cue; an ancestor's date (over 110 years ago) stays history as any birth date does.
GEDCOM_BIRTHS = [
    "0 @I3@ INDI\n1 NAME Aino /Lehtonen/\n1 BIRT\n2 DATE 17.06.1984\n1 FAMS @F2@",
    "0 @I8@ INDI\n1 NAME Rhys /Pengelly/\n1 BIRT\n2 PLAC Penzance, Cornwall\n2 DATE 2 FEB 1991",
    "0 @I4@ INDI\n1 SEX F\n1 BIRT\n2 DATE 9 Octubre 1979\n2 PLAC Cádiz",
    "0 @I5@ INDI\n1 BIRT\n2 DATE 30/09/1972\n1 RESI\n2 ADDR Rua das Flores 12, Porto",
]


@pytest.mark.parametrize("text", GEDCOM_BIRTHS)
def test_gedcom_birth_date_is_a_date_of_birth(detector, text):  # noqa: F811
    assert "DATE_OF_BIRTH" in text_types(detector, text)


GEDCOM_NOT_BIRTHS = [
    "0 @I2@ INDI\n1 BIRT\n2 DATE 12 MAR 1839\n2 PLAC Leeds\n1 DEAT\n2 DATE 4 JAN 1901",   # an ancestor: history
    "1 DEAT\n2 DATE 4 JAN 2019\n2 PLAC Lyon",                                             # a death, not a birth
    "0 @F2@ FAM\n1 MARR\n2 DATE 5 JUN 1998\n2 PLAC Gent",                                 # a marriage
    "1 BIRT\n2 DATE ABT 1975",                                                            # a year alone
    "Bert and Birt met on 12 March 1990 at the fair.",                                   # the word in prose
]


@pytest.mark.parametrize("text", GEDCOM_NOT_BIRTHS)
def test_other_gedcom_events_and_ancestors_are_no_birth_date(detector, text):  # noqa: F811
    assert "DATE_OF_BIRTH" not in text_types(detector, text)


def test_bounded_cost_of_gedcom_lines():
    pattern = re.compile(_GEDCOM_BIRTH, re.IGNORECASE | re.MULTILINE)
    for text in ("1 BIRT\n" + "2 PLAC x\n" * 25_000, "1 BIRT " * 30_000, ("1 BIRT\n2 PLAC " + "9" * 70 + "\n") * 2_500):
        assert len(text) > 200_000
        started = time.perf_counter()
        list(pattern.finditer(text))
        assert time.perf_counter() - started < scaled(1.0)
