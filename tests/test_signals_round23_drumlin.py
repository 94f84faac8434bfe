"""Round 23 (issue 12, drumlin: fiction, hypotheticals and role-play versus fact).

1. The numbers a regulator PUBLISHES as kept for drama and documentation (Ofcom's drama ranges, ACMA's creative-works
   ranges and listed numbers, ARCEP's numbers for audiovisual works, NANP's 555-0100..0199) are assigned to no line:
   documentation values wherever they appear, "my number" or not. The number one digit outside each range, and a
   longer run that starts with a range's digits, stay flagged.
2. A registry example IBAN called an example right at it is nobody's whatever else its sentence says; a question
   whether a quoted value is a scam's is a value check. A role's mailbox on a reserved domain is no person's
   whoever its sentence names; a stand-in name ("Jane Doe") before a reserved address is no person's name.
3. A name the text calls invented right before it ("an invented character, X", "a fictional journalist X") is a
   character; a private cue in the sentence ("my neighbour") still wins.
"""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals import SignalSettings
from gateway.signals.names import _FICTIONAL_BEFORE
from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import _VALUE_CHECK_CUE, fictional_number, reserved_for_drama


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(SignalSettings().pii)


def _types(detector: PiiDetector, text: str) -> set[str]:
    return set(detector.detect([text]).entity_types)


# --- 1. published drama numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    # Ofcom: the cities' 1,000-number blocks (Tyneside's 0191 498 0 too), 01632 960, mobiles, freephone, UK-wide
    "0191 498 0412", "+44 191 498 0412", "020 7946 0071", "+44 (0)20 7946 0071", "0161 496 0999", "01632 960001",
    "07700 900314", "+447700900314", "0808 157 0123", "0909 879 0456", "03069 990777", "029 2018 0555",
    # ACMA: the four regions' 5550 and 7010 blocks, and single listed numbers
    "(02) 7010 4321", "03 5550 1234", "+61 7 7010 0001", "08 5550 9876", "0491 570 156", "+61 491 578 888",
    "1800 975 709", "1300 975 711", "1900 654 321",
    # ARCEP, plan national de numérotation 2.5.12
    "01 99 00 12 34", "+33 1 99 00 12 34", "02 61 91 00 00", "03 53 01 45 67", "04 65 71 99 99", "05 36 49 10 10",
    "06 39 98 76 54", "+33 6 39 98 76 54",
    # NANP
    "(212) 555-0147", "555-0100", "+1 415 555 0199", "1-312-555-0123",
])
def test_published_drama_numbers(value: str) -> None:
    assert reserved_for_drama(value)
    assert fictional_number(value)


@pytest.mark.parametrize("value", [
    # one digit outside each range
    "0191 499 0412", "0191 498 1412", "020 7946 1071", "07700 901314", "01632 961001", "0808 157 1123",
    "03 5551 1234", "(02) 7011 4321", "0491 570 007", "0491 570 233", "1800 975 712", "1900 654 322",
    "01 99 01 12 34", "06 39 97 76 54", "+33 6 39 99 76 54",
    "(212) 555-0200", "555-0099", "+1 415 555 0299",
    # a longer run that starts with a range's digits is another number; another country's code
    "020 7946 0071 55", "01 99 00 12 34 5", "+49 1632 960001", "+33 7700 900314",
])
def test_near_misses_are_not_reserved(value: str) -> None:
    assert not reserved_for_drama(value)


@pytest.mark.parametrize("text", [
    "You can reach me on 0191 498 0412 after six.",
    "Ruf mich an, meine Nummer ist +44 20 7946 0071.",
    "Appelle-moi au 06 39 98 76 54, c'est mon portable.",
    "Mi número personal es el +33 1 99 00 12 34.",
    "Call me on 0491 578 888 tonight, it's my mobile.",
    "In the script the detective's home phone is (02) 7010 4321.",
    "Her number in the novel: 01632 960001.",
    "Bel me op +1 415 555 0199 als je er bent.",
])
def test_drama_numbers_clean_wherever(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "You can reach me on 0191 499 0412 after six.",
    "Ruf mich an, meine Nummer ist +44 20 7946 1071.",
    "Appelle-moi au 06 39 97 76 54, c'est mon portable.",
    "Call me on 07700 901314 tonight, it's my mobile.",
    "My phone is (212) 555-0200.",
])
def test_near_miss_numbers_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" in _types(detector, text)


def test_drama_check_is_bounded() -> None:
    began = time.perf_counter()
    for value in ("0" * 200_000, "+" + "4" * 200_000, "(0)" * 60_000, "555-01" * 30_000, "+1 " * 60_000):
        reserved_for_drama(value)
    assert time.perf_counter() - began < scaled(1.0)


# --- 2. example IBANs and reserved mailboxes ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bookkeeping exercise for the class: an imaginary shop pays IBAN NL91 ABNA 0417 1643 00 (registry example).",
    "Übung für meine Schüler der Berufsschule, Kapitel Zahlungsverkehr: Firma Muster zahlt an "
    "DE89 3704 0044 0532 0130 00 (Beispiel).",
    "Trainees keep asking: is a mail quoting IBAN GB82 WEST 1234 5698 7654 32 a scam?",
    "Is a text message asking me to pay DE89 3704 0044 0532 0130 00 phishing or legit?",
])
def test_example_iban_clean(detector: PiiDetector, text: str) -> None:
    assert "IBAN_CODE" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    # a real (assignable) IBAN with the same words stays flagged
    "Bookkeeping exercise for my class: pay IBAN DE44 5001 0517 5407 3249 31 (registry example).",
    "Is a mail asking me to pay into my IBAN DE44 5001 0517 5407 3249 31 phishing?",
    # the registry example as somebody's, with no example word at it
    "My IBAN is GB82 WEST 1234 5698 7654 32, please wire it there.",
    "Is my IBAN GB82 WEST 1234 5698 7654 32 a scam target now?",
    "My IBAN: NL91 ABNA 0417 1643 00 (registry example)",  # a private word right at it
])
def test_real_or_owned_iban_flagged(detector: PiiDetector, text: str) -> None:
    assert "IBAN_CODE" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "A toast in memory of Marie Curie at the institute's gala; replies to events@example.org.",
    "Suppose a shopper called Jane Doe (jane.doe@example.net) checks out with test card 4242 4242 4242 4242.",
    "Laudatio auf Alexander von Humboldt beim Festakt; Anmeldung an presse@example.de.",
])
def test_reserved_mailboxes_clean(detector: PiiDetector, text: str) -> None:
    assert "EMAIL_ADDRESS" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Email jane.doe@example.com the plan before Friday.",  # a stand-in's address with no example word: a tester's
    "Contact Maria Keller, user1@example.com, about the lease.",  # a private person's name before it
    "Send it to my events mailbox events@example.org, it's my private inbox.",  # a private cue
])
def test_reserved_addresses_still_flagged(detector: PiiDetector, text: str) -> None:
    assert "EMAIL_ADDRESS" in _types(detector, text)


def test_scam_question_words() -> None:
    for word in ("phishing", "scam", "fraudulent", "legit", "Betrug", "arnaque", "estafa", "truffa"):
        assert _VALUE_CHECK_CUE.search(f"is this {word}?"), word
    assert not _VALUE_CHECK_CUE.search("is this scampi fresh?")


# --- 3. invented characters --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Draft three scenes with an invented character, Walburga Fenstermacher, who inherits a lighthouse.",
    "In my screenplay a made-up witness, Radomir Kowalczyk, lies to the police.",
    "Then a fictional reporter Ingeborg Lindqvist interrupts the speech.",
    "Écris une nouvelle avec un personnage inventé, Gaspard Mérignac, qui perd sa clé.",
    "Schreib eine Szene über eine erfundene Figur namens Hiltrud Obermaier.",
])
def test_invented_character_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Write a made-up story about my neighbour Walburga Fenstermacher who lives at number 9.",
    "A fictional version of my colleague Radomir Kowalczyk appears in chapter two.",
    "Then a real reporter Ingeborg Lindqvist from our town interrupts the speech.",
])
def test_real_people_in_fiction_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


def test_fictional_before_is_bounded() -> None:
    began = time.perf_counter()
    for text in ("invented " * 25_000, "made up " * 25_000, "a" * 200_000, "fictional-" * 20_000, ", " * 100_000):
        for end in (len(text), len(text) // 2):
            _FICTIONAL_BEFORE.search(text, max(0, end - 80), end)
    assert time.perf_counter() - began < scaled(1.0)


# --- 4. a number in a work's quoted title ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Write a parody of 'Jenny 867-5309' about a lost phone charger.",
    "Schreib eine Parodie auf das Lied „Anruf 0171 2345678“ für die Schulband.",
    'Make a cover of the song "Beechwood 4-5789" with new lyrics.',
])
def test_number_in_a_works_title_clean(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Save the contact as 'Mum 0171 2345678' in my phone.",  # a quoted label, no work's word before it
    "Write a song for Anna, her number is 0171 2345678.",  # a work asked for, the number outside any title
    "The song 'Jenny' reminds me: call me on 0171 2345678.",  # the title closed before the number
])
def test_number_outside_a_title_flagged(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" in _types(detector, text)


def test_works_title_is_bounded() -> None:
    from gateway.signals.recognizers import in_a_works_title
    began = time.perf_counter()
    for text in ("song '" * 40_000, "'" * 200_000, "parody of “" * 20_000 + "0171 2345678"):
        for at in range(0, len(text), len(text) // 50):
            in_a_works_title(text, at, min(len(text), at + 12))
    assert time.perf_counter() - began < scaled(1.0)


# --- 5. street words of compounds that are other words too, with postcode and town -------------------------------

@pytest.mark.parametrize("text", [
    "Für die Kampagne: seine echte Wohnung ist Lindenstieg 12, 22297 Hamburg.",
    "Brukeren skriver 'jeg har flyttet til Granstien 9, 0873 Oslo'.",
    "Min adresse er Egevænget 3, 8600 Silkeborg.",
    "Hon bor på Kvarngränd 7, 123 45 Farsta.",
])
def test_compound_street_with_town_flagged(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Der Aufstieg 2, 1500 Meter hoch, dauert drei Stunden.",
    "Nach dem Einstieg 3, 2024 Edition, folgt Kapitel 4.",
    "Der Anstieg 2, 1500 Personen, war steil.",
    "Lindenstieg 12 ist ein schöner Weg.",  # no postcode and town: this pattern does not fire on its own
])
def test_compound_street_near_misses_clean(detector: PiiDetector, text: str) -> None:
    assert "STREET_ADDRESS" not in _types(detector, text)


def test_compound_street_is_bounded() -> None:
    from gateway.signals.recognizers import _STREET_THEN_NUMBER_TOWN
    import regex
    pattern = regex.compile(_STREET_THEN_NUMBER_TOWN)
    for text in ("Ab" * 100_000, "Lindenstieg 1" * 15_000, "Astieg " + "1, " * 60_000, "Ä-" * 100_000, "A " * 100_000):
        began = time.perf_counter()
        pattern.search(text)
        assert time.perf_counter() - began < scaled(1.0)
