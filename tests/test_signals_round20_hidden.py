"""Round 20 (issue 12, after the mesa first look): invisible characters typed between the letters of a name or the
digits of a number ("T<ZWSP>a<ZWSP>v<ZWSP>i…") hid the value from every recognizer while the remote model reads it
whole. Rule: the scan reads a text without the characters a reader never sees (zero-width space, word joiner,
byte-order mark, soft hyphen, Mongolian vowel separator), as it reads JSON escapes decoded; a span found maps back
onto the text as sent, invisible characters included, so a mask covers the whole run. The zero-width non-joiner and
joiner stay (Persian, Indic scripts and emoji sequences need them). Our own phrasings and values; near misses with
invisible characters and no personal data stay clean."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings

ZWSP, WJ, SHY, BOM = "\u200b", "\u2060", "\u00ad", "\ufeff"


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _hide(value: str, mark: str = ZWSP) -> str:
    return mark.join(value)


def _found(detector: PiiDetector, text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans]


@pytest.mark.parametrize("template, value, entity", [
    ("Please save this contact, the filter blocks it otherwise. Name: {}", "Wiremu Tākerei-Hohaia", "PERSON"),
    ("Kontakt für die Akte: {}", "wiebke.sauerland@posteo.de", "EMAIL_ADDRESS"),
    ("Llámame al {} cuando puedas", "+34 612 987 345", "PHONE_NUMBER"),
    ("Carte à débiter : {}", "4556 7375 8689 9855", "CREDIT_CARD"),
    ("IBAN for the refund: {}", "DE44 5001 0517 5407 3249 31", "IBAN_CODE"),
])
@pytest.mark.parametrize("mark", [ZWSP, WJ, SHY, BOM])
def test_round20_a_value_with_invisible_characters_between_its_letters(detector: PiiDetector, template: str,
                                                                       value: str, entity: str, mark: str) -> None:
    text = template.format(_hide(value, mark))
    found = _found(detector, text)
    assert entity in {t for t, _ in found}, (mark, found)
    assert value in next(v for t, v in found if t == entity).replace(mark, "")


def test_round20_the_span_covers_the_whole_hidden_run(detector: PiiDetector) -> None:
    """The mask covers every character of the value as sent, the invisible ones between its letters too."""
    text = "Store: " + _hide("Tavian Okonkwo-Hale") + " thanks"
    span = next(s for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON")
    assert text[span.start:span.end].replace(ZWSP, "") == "Tavian Okonkwo-Hale"
    assert text[span.start] == "T" and text[span.end - 1] == "e"


@pytest.mark.parametrize("text", [
    # Thai writes no spaces; a zero-width space marks word breaks for line wrapping
    "ร้าน​กาแฟ​เปิด​กี่​โมง​คะ",
    # a soft hyphen in a long German compound, a word joiner in a product code, a BOM at the start
    "Die Donau\u00addampf\u00adschiff\u00adfahrts\u00adgesellschaft ist ein langes Wort.",
    "Order " + _hide("SKU-88213-BX", WJ) + " ships tomorrow.",
    BOM + "Meeting notes: the build is green, release 4.2.1 goes out on Friday.",
    # Persian with zero-width non-joiners (they stay), an emoji family (zero-width joiners)
    "می‌خواهم بدانم فروشگاه کی باز می‌شود",
    "Great news 👨\u200d👩\u200d👧 see you at the picnic",
    # a documentation value hidden the same way stays a documentation value
    "Test card for the sandbox: " + _hide("4242 4242 4242 4242"),
])
def test_round20_invisible_characters_alone_are_nobodys_data(detector: PiiDetector, text: str) -> None:
    assert not detector.detect([text]).detected, _found(detector, text)


@pytest.mark.parametrize("text", [ZWSP * 200_000, ("a" + ZWSP) * 100_000, ("7" + SHY) * 100_000,
                                  (ZWSP + "\\u00e9") * 28_000])
def test_round20_hidden_characters_stay_linear(detector: PiiDetector, text: str) -> None:
    start = time.process_time()
    detector.detect([text])
    assert time.process_time() - start < scaled(10.0)
