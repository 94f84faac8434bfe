"""Round 18 (issue 12): a postcode is nobody's phone number, and a postal code with its ward is nobody's home.

A number right after a postal mark or a postcode's own label ("〒", "郵便番号", "PLZ", "CEP", "ZIP code", "PIN code") is
the postcode whatever phone plan its digits fit; "〒" and a code count as part of a home address only with the town
and a block number after them. Our own phrasings; near misses stay found."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals import SignalSettings
from gateway.signals.pii import PiiDetector


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(SignalSettings().pii)


def _types(detector: PiiDetector, text: str) -> list[str]:
    return detector.detect([text], locate=True).entity_types


@pytest.mark.parametrize("text", [
    "The venue is in the 〒530-0001 area (大阪市北区), near the station.",
    "郵便番号 231-0023 の地域はどこですか？",
    "邮编 100-0001 属于哪个区？",
    "우편번호 063-0821 is that right for the office district?",
    "Unser Büro: PLZ 80331 München, Innenstadt.",
    "A loja fica no CEP 30130-010, centro de Belo Horizonte.",
    "Which county is ZIP code: 9410 3456 in, roughly?",
    "Office moved to CAP 20121 Milano centro.",
    "Our warehouse PIN code 560 0345 covers Whitefield.",
    "Code postal 7500 1234 — c'est bien le 1er arrondissement ?",
])
def test_a_postcode_after_its_mark_or_label_is_no_phone(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Call me on 0301234567, my PLZ is 10115.",
    "my phone: 460-0008, evenings only",
    "電話 03-5468-1234 までご連絡ください",
    "Whatsapp +55 31 99876-5432 (CEP 30130-010)",
    "the cap 2012 3456 is what he wrote down as his number",  # "cap" in English is no postcode label
])
def test_phones_beside_postcodes_stay_phones(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" in _types(detector, text)


def test_a_postal_code_with_its_ward_alone_is_nobodys_home(detector: PiiDetector) -> None:
    assert "STREET_ADDRESS" not in _types(detector, "Press note (〒460-0008 愛知県名古屋市中区): the mayor opened the park.")


@pytest.mark.parametrize("text", [
    "お届け先: 〒150-0002 東京都渋谷区渋谷二丁目21番1号 山本様",
    "住所は〒150-0002 東京都渋谷区渋谷2-21-1です",
    "claimant's flat: 〒604-8005 京都府京都市中京区 恵比須町 7-3, second floor",  # a space before the block number
    "母の住所 〒921-8001 金沢市さくら通り12番 に送ってください",  # kana in the street's name

    "자택 주소: 강남구 테헤란로 152",
])
def test_a_home_address_with_its_block_number_stays_found(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" in _types(detector, text)


def test_bounded_cost_on_postal_marks_and_labels(detector: PiiDetector) -> None:
    for text in ("〒" * 200_000, "PLZ 1 " * 33_000, "〒150-0002 東京都" * 14_000):
        start = time.process_time()
        detector.detect([text])
        assert time.process_time() - start < scaled(5), text[:20]
