"""Round 21 (issue 12, mesa misses): values a sender disguised on purpose, and labels the scan did not see as labels.

Classes and rules (each reading adds a finding only where a recognizer validates what it reads: a checksum, an
address's syntax and top-level domain, an address's street word and town):
- letters typed for digits beyond O/l/I ("SZl8 BSOZ ..."): S=5, B=8, Z=2 in a run of digit groups with real digits,
  read as a card only when the digits it spells are 13-19 and pass Luhn (and a card word or expiry stands beside it);
- identifiers written backwards: a token that is an IBAN (mod 97) or an e-mail address (a real top-level domain)
  only when read from right to left is read reversed;
  (a URL's query string reaches the identifier view decoded, pii._unescape, so a reversed IBAN there is read too);
- Cyrillic and Greek look-alike letters typed into a Latin word are folded to Latin (a word of Cyrillic or Greek
  with a Latin letter in it stays as it is);
- Egypt's and the Levant's number-first Arabic address ("60 شارع ...، <town>");
- a name label at the start of a quoted string after "(", "[" or "=" (an SQL row, an HTML attribute) opens a field;
- an identity number read out digit by digit after a bare "ID" label, when it passes a personal-ID scheme's check.
Our own phrasings and values, several languages, with near misses that stay clean, and bounded-cost inputs."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _found(detector: PiiDetector, text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans]


def _types(detector: PiiDetector, text: str) -> set[str]:
    return {t for t, _ in _found(detector, text)}


# --- letters for digits -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Card no. SZl8 BSOZ ll55 O8O6 (S is 5, B is 8, Z is 2, so the bot skips it)", "SZl8 BSOZ ll55 O8O6"),
    ("Tarjeta: 4B2S 5lBO 2ll5 BOO7, caduca 09/29", "4B2S 5lBO 2ll5 BOO7"),
    ("Karte: SZl8BSOZll55O8O6 bitte speichern", "SZl8BSOZll55O8O6"),
])
def test_letters_for_digits_card_is_read(detector: PiiDetector, text: str, value: str) -> None:
    assert ("CREDIT_CARD", value) in _found(detector, text)


@pytest.mark.parametrize("text", [
    "card: SZl8 BSOZ ll55 O8O7",  # fails Luhn
    "Our BIOS 2012 SOB Z280 mode, SSB 1155 BB08 lane",  # no card word, no Luhn card
    "Table SB-15, ZZ 80 BOSS 2025 and BB 12 stay",
])
def test_letters_for_digits_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "CREDIT_CARD" not in _types(detector, text)


# --- reversed identifiers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entity", [
    ("Read it backwards, the filter won't: 9876543210OBAR44LN", "IBAN_CODE"),
    ("Cuenta al revés: 2987654321500051940006SE", "IBAN_CODE"),
    ("Tilinumero takaperin: 0987654321000487IF", "IBAN_CODE"),
    ("Correo (al revés): se.oerroc@zepol.airam", "EMAIL_ADDRESS"),
    ("mail me, reversed so nobody scrapes it: ed.tsop@ecila.rennow", "EMAIL_ADDRESS"),
])
def test_reversed_identifier_is_read(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Set the build tag to 20240101RELEASEBUILD01XZ and rerun",
    "Our old domain, reversed as a joke: moc.emca (see moc.golb/stsop for the story)",
    "Backwards it reads 23456789654321TSEW28BG, the registry's example IBAN",  # an example, disguised or not
    "Test fixture, reversed: gro.elpmaxe@eod.enaj",  # a documentation address, disguised
])
def test_reversed_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not detector.detect([text]).detected


def test_forward_address_is_found_once(detector: PiiDetector) -> None:
    text = "Schreib an lena.vogt@web.de bitte"
    assert _found(detector, text) == [("EMAIL_ADDRESS", "lena.vogt@web.de")]


# --- percent-encoded text (decoded before the view: a reversed value in a query string) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entity", [
    ("<img src='https://img.example.net/r.png?t=Konto%3A%209876543210OBAR44LN%0AOk'>", "IBAN_CODE"),
    ("https://forms.example.org/submit?body=IBAN%3A%20FR14%202004%201010%200505%200001%203M02%20606%0Athanks",
     "IBAN_CODE"),
])
def test_percent_encoded_query_is_read(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in _types(detector, text)


@pytest.mark.parametrize("text", [
    "https://www.example.com/search?q=best%20pizza%20in%20town%20under%2020%20euros",
    "Download https://cdn.example.org/files/Annual%20Report%202024%20(final).pdf please",
])
def test_percent_encoded_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not detector.detect([text]).detected


# --- homoglyphs -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entity", [
    ("E-mail (trust me): mаrtа.kоwаlskа@оnеt.pl", "EMAIL_ADDRESS"),  # Cyrillic а, о, е
    ("Contact: jοhn.ρrice@yahοο.co.uk", "EMAIL_ADDRESS"),  # Greek ο, ρ
    ("Адрес для связи: sеrgеy.vоlkоv@yаndеx.ru", "EMAIL_ADDRESS"),
])
def test_homoglyph_address_is_read(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Мы используем Windows и Linux на серверах, версия 2024",
    "Η ομάδα δουλεύει με Python και Kubernetes σε AWS",
    "The Cyrillic letter а and the Latin a look alike: pаypal-style spoofing, e.g. pаypal.com",
])
def test_homoglyph_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not detector.detect([text]).detected


# --- number-first Arabic addresses -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "العنوان: 14 شارع النيل، المعادي، القاهرة",
    "Please format this address: 7 شارع الجمهورية, طنطا",
    "أسكن في ٢٣ شارع الحرية، الإسكندرية",
])
def test_number_first_arabic_address(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "في المدينة 3 شوارع رئيسية، وكلها مزدحمة",
    "أغلقت البلدية شارع النيل، للصيانة",
    "في عام 2020 شارع الملك فهد، الرياض شهد ازدحاما",
])
def test_arabic_street_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" not in _types(detector, text)


# --- name labels opening a quoted string ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("INSERT INTO clientes VALUES ('Nombre: Lucía Ferrer Ibáñez', '1987-02-11');", "Lucía Ferrer Ibáñez"),
    ('<span data-a="Nom: Gaëlle Marchetti" data-b="x">hi</span>', "Gaëlle Marchetti"),
    ('<td title="नाम: अंकिता देशमुख">row</td>', "अंकिता देशमुख"),
    ("rows = [\"Nome: Edoardo Santangelo\", 3]", "Edoardo Santangelo"),
])
def test_label_opening_a_quoted_value(detector: PiiDetector, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(detector, text)


@pytest.mark.parametrize("text", [
    '<meta name="Nom: catalogue produits">',
    "SELECT * FROM t WHERE label IN ('Nom: produit', 'Nom: catégorie');",
])
def test_quoted_labels_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


# --- identity numbers read out after a bare ID label ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ok here it is, ID: three zero seven one eight four five two three",  # Israel, check digit
    "identity number: two nine zero eight seven seven one six three nine",  # Finland without the century sign...
    "ID: one three one zero five two three zero eight T",  # ...and with its check letter
    "mi identidad: uno dos tres cuatro cinco seis siete ocho Z",  # Spain's DNI with its letter
    "my ID: four four zero five one four zero one three five nine",  # Poland's PESEL
])
def test_dictated_identity_number(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "order ID: one two three four five six seven eight two",  # an order's number, not a person's
    "booking ID: three zero seven one eight four five two three",
    "ID: one two three four five six seven eight nine",  # fails every scheme's check
    "ID: 307184523",  # digits as written: the bare label is no cue (the plain recognizers judge it)
])
def test_dictated_identity_near_misses_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" not in _types(detector, text)


# --- bounded cost -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "SB0l ",  # letters for digits
    "SZl8BSOZ",
    "SZl8 BSOZ ll55 O8O7 ",  # card-length runs that fail Luhn
    "%20a%41",
    "a.b@c.d",  # reversed-address candidates
    "ab.cd@",
    "moc.x@y ",
    "1234567890ABCD12NL ",  # reversed-IBAN candidates
    "1234567890ABCD12NL",
    "аaеe",  # script meets
    "Wіndоws ",
    "ID: one two ",  # dictated runs after a label
    "ID: one two three four five six seven eight nine ",
])
def test_view_readings_bounded(unit: str) -> None:
    """The identifier view's new readings over 200 KB of what they look for: linear (CPU time, not wall time)."""
    from gateway.signals.normalise import identifier_view
    text = unit * (200_000 // len(unit))
    start = time.process_time()
    identifier_view(text)
    assert time.process_time() - start < scaled(1.0)


@pytest.mark.parametrize("unit", ["1 شارع النيل، ", "12 شارع ", "شارع النيل النيل النيل ", "١٢ ش. الحرية,"])
def test_arabic_street_pattern_bounded(unit: str) -> None:
    import regex

    from gateway.signals.recognizers import _ARABIC_STREET
    pattern = regex.compile(_ARABIC_STREET)
    text = unit * (200_000 // len(unit))
    start = time.process_time()
    for _ in pattern.finditer(text):
        pass
    assert time.process_time() - start < scaled(1.0)


@pytest.mark.parametrize("unit", ["('Nom: x', ", "=\"नाम: ", "[' Name: a', ", "(\"\"\"=:"])
def test_quoted_label_scan_bounded(unit: str) -> None:
    from gateway.signals.names import _labelled
    text = unit * (200_000 // len(unit))
    start = time.process_time()
    _labelled(text)
    assert time.process_time() - start < scaled(2.0)
