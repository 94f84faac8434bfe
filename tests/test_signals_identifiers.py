"""Structured identifiers however they are written: spelled out, split across lines or fields,
defanged, behind labels in several languages; and look-alikes that stay clean."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from timing import scaled

from gateway.signals.normalise import identifier_view
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings

_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
}


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    det = PiiDetector(PiiSettings())
    det.warm()
    return det


def _spans(detector: PiiDetector, text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans]


def _luhn(body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def _spell(digits: str, lang: str, rng: random.Random) -> str:
    """Digits as words the way people read them out: "oh" for zero, "double five", pauses."""
    words, i = [], 0
    while i < len(digits):
        d = digits[i]
        if lang == "en" and i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.4:
            words.append("double " + _WORDS[lang][int(d)])
            i += 2
            continue
        words.append("oh" if lang == "en" and d == "0" and rng.random() < 0.5 else _WORDS[lang][int(d)])
        i += 1
    gaps = [rng.choice([" ", " ", " ", ", ", " um, "]) for _ in words[1:]]
    return words[0] + "".join(g + w for g, w in zip(gaps, words[1:]))


def test_view_spells_digits_in_several_languages() -> None:
    view = identifier_view("ring me on four one five, seven oh three, double five six six please")
    assert view is not None and "415 703 5566" in view.text
    view = identifier_view("mi número es seis uno dos, tres cuatro cinco, seis siete ocho")
    assert view is not None and "612 345 678" in view.text
    view = identifier_view("appelez le zéro six, quarante-deux, dix-sept, quatre-vingt-dix, zéro un")
    assert view is not None and "06 42 17 90 01" in view.text


def test_view_leaves_prose_counting_alone() -> None:
    assert identifier_view("I have one or two questions about three of the four options.") is None
    assert identifier_view("Pick two, then three more, then one.") is None


def test_view_joins_split_lines_and_fields_and_undefangs() -> None:
    view = identifier_view("BSN\n4510\n19349\n(from my scan)")
    assert view is not None and "BSN\n451019349\n" in view.text
    view = identifier_view("Customer: my callback is +234 803\nCustomer:  469 1758\nAgent: ok")
    assert view is not None and "+234 803469 1758" in view.text
    # another speaker's line is not a continuation
    assert identifier_view("Customer: my callback is +234 803\nAgent: 469 1758") is None
    view = identifier_view("C2 at 10[.]0[.]0[.]1 and jane (at) acme (dot) org")
    assert view is not None and "10.0.0.1" in view.text and "jane@acme.org" in view.text


def test_view_stays_small_on_tables_logs_and_word_lists() -> None:
    """Log lines after a line ending in a number are no continuation, and past a few dozen
    rewrites of a kind a text is a table or a word list: the view stays a few KB."""
    logs = "".join(f"2024-01-{i % 28 + 1:02d} 10:{i % 60:02d}:00 INFO worker {i} done in 12\n" for i in range(400))
    assert identifier_view(logs) is None
    column = "\n".join(str(10_000 + i) for i in range(2_000))
    words = " ".join(["one two three four five six seven eight nine ten"] * 2_000)
    for text in (column, words):
        view = identifier_view(text)
        assert view is not None and len(view.text) < 20_000 and len(view.edits) <= 2 * 32


def test_view_spans_map_back_onto_the_whole_original_run() -> None:
    text = "card: four one one one, double one, one one one one one, one one one one one"
    view = identifier_view(text)
    assert view is not None
    start = view.text.index("4")
    end = len(view.text.rstrip())
    [(lo, hi)] = view.original_spans("CREDIT_CARD", start, end)
    assert text[lo:hi] == "four one one one, double one, one one one one one, one one one one one"
    # a finding that does not rest on a rewrite is the plain pass's business
    assert view.original_spans("CREDIT_CARD", 0, 4) == []


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("Caller: my social security number is three oh two three one eight three four nine\nRep: thanks",
     "US_SSN", "three oh two three one eight three four nine"),
    ("the card number is, um, four one one one, one one one one, one one one one, one one one one",
     "CREDIT_CARD", "four one one one, one one one one, one one one one, one one one one"),
    ("BSN\n4510\n19349\n(that's from my scan) put it on one line", "NATIONAL_ID", "4510\n19349"),
    ("personnummer\n57122\n4-8060\nplease reformat", "NATIONAL_ID", "57122\n4-8060"),
    ('{"text": "henkilötunnus\\n23010\\n6A146W\\nreformat"}', "NATIONAL_ID", "23010\\n6A146W"),
    ("OCR:\nCARD NO\n46918980\n84163917\nAUTH 050860", "CREDIT_CARD", "46918980\n84163917"),
    ("Customer: my callback is +234 803\nCustomer:  469 1758\nAgent: ok", "PHONE_NUMBER",
     "+234 803\nCustomer:  469 1758"),
    ("ping me at weaver.a [at] rediffmail [dot] com if the flat is free", "EMAIL_ADDRESS",
     "weaver.a [at] rediffmail [dot] com"),
    ("mail me: jane＠example．org", "EMAIL_ADDRESS", "jane＠example．org"),
    ("card 4111\u200b1111\u200b1111\u200b1111 thanks", "CREDIT_CARD", "4111\u200b1111\u200b1111\u200b1111"),
    ("my card number is 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ok", "CREDIT_CARD", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"),
    ("ring me on plus four four, two oh, seven one eight three, oh nine five eight", "PHONE_NUMBER",
     "plus four four, two oh, seven one eight three, oh nine five eight"),
    ("call me on oh seven nine one one, one two three, four five six", "PHONE_NUMBER",
     "oh seven nine one one, one two three, four five six"),
    ("4111 1111\n1111 1111 is the card", "CREDIT_CARD", "4111 1111\n1111 1111"),
    ("IBAN: DE89 3704 0044\n0532 0130 00", "IBAN_CODE", "DE89 3704 0044\n0532 0130 00"),
    ("reach me at jane underscore doe at gmail dot com", "EMAIL_ADDRESS", "jane underscore doe at gmail dot com"),
    ("my social is five three six dash two two dash eight seven two six ok", "US_SSN",
     "five three six dash two two dash eight seven two six"),
    ("my home ip is eight one dot two dot six nine dot one four two", "IP_ADDRESS",
     "eight one dot two dot six nine dot one four two"),
    ("card: 4111-1111 1111.1111 exp 04/27", "CREDIT_CARD", "4111-1111 1111.1111"),
    ("card no 4111_1111_1111_1111", "CREDIT_CARD", "4111_1111_1111_1111"),
    ("SSN 078/05/1120 on the form", "US_SSN", "078/05/1120"),
    ("my ssn is 078 - 05 - 1120", "US_SSN", "078 - 05 - 1120"),
    ("IBAN DE89.3704.0044.0532.0130.00", "IBAN_CODE", "DE89.3704.0044.0532.0130.00"),
    ("OCR of my card: 4lll 1111 1111 1111 exp 04/27", "CREDIT_CARD", "4lll 1111 1111 1111"),
    ("tel: 0207 183 O958", "PHONE_NUMBER", "0207 183 O958"),
])
def test_written_out_and_split_identifiers_found(detector: PiiDetector, text: str, entity: str, value: str) -> None:
    spans = _spans(detector, text)
    assert any(e == entity and value in v for e, v in spans), spans


def test_redaction_across_content_parts_leaves_the_keys_alone(detector: PiiDetector) -> None:
    """A number typed over two content parts is redacted in both, and the JSON keys between them
    (which the outgoing scan lists as texts) stay keys."""
    from gateway.signals.outgoing import build_outgoing
    from gateway.signals.redaction import transform

    body = {"model": "m", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "Customer: my callback is 090-68"},
        {"type": "text", "text": "Customer: 24-7052\nCustomer: sorry hit enter"}]}]}
    outgoing = build_outgoing(body, "chat")
    pii = detector.detect(list(outgoing.texts), locate=True)
    for action in ("redact", "pseudonymize"):
        parts = transform(outgoing, pii, {"PHONE_NUMBER": action}).payload["messages"][0]["content"]
        assert [sorted(p) for p in parts] == [["text", "type"], ["text", "type"]] and parts[1]["type"] == "text"
        assert "090-68" not in parts[0]["text"] and "24-7052" not in parts[1]["text"], parts


def test_redaction_covers_the_whole_spelled_run(detector: PiiDetector) -> None:
    from gateway.signals.outgoing import build_outgoing
    from gateway.signals.redaction import transform

    text = "my card is four one one one one one one one one one one one one one one one thanks"
    body = {"model": "m", "messages": [{"role": "user", "content": text}]}
    outgoing = build_outgoing(body, "chat")
    pii = detector.detect(list(outgoing.texts), locate=True)
    sent = transform(outgoing, pii, {"CREDIT_CARD": "redact"}).payload["messages"][0]["content"]
    assert sent == "my card is <CREDIT_CARD> thanks"


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text("0123456789", min_size=15, max_size=15), lang=st.sampled_from(sorted(_WORDS)),
       seed=st.integers(0, 2**16), split=st.booleans())
def test_property_spelled_or_split_cards_found(detector: PiiDetector, body: str, lang: str, seed: int,
                                                split: bool) -> None:
    """A random Luhn-valid 16-digit card number (leading 4), read out in words in one of four
    languages or split over two to four lines, after a card word, is found, and its span covers
    the whole written number."""
    rng = random.Random(seed)
    number = _luhn("4" + body[:14])
    if split:
        cuts = sorted(rng.sample(range(3, 14), rng.randint(1, 3)))
        written = "\n".join(number[a:b] for a, b in zip([0, *cuts], [*cuts, 16]))
    else:
        written = _spell(number, lang, rng)
    text = f"card no:\n{written}\nexp next march, what was it for?"
    spans = [(e, v) for e, v in _spans(detector, text) if e == "CREDIT_CARD"]
    assert spans and any(v.replace("\n", "") == number or v == written for _, v in spans), (text, spans)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(area=st.integers(201, 989), rest=st.text("0123456789", min_size=7, max_size=7),
       lang=st.sampled_from(sorted(_WORDS)), seed=st.integers(0, 2**16))
def test_property_spelled_ssn_and_phone_found(detector: PiiDetector, area: int, rest: str, lang: str,
                                              seed: int) -> None:
    """Nine random digits read out after "social security number" are an SSN (or a phone: either
    keeps them local), whatever the language of the digit words."""
    rng = random.Random(seed)
    digits = f"{area}{rest}"[:9]
    if digits.startswith(("000", "666", "9")) or digits[3:5] == "00" or digits[5:] == "0000":
        digits = "536" + digits[3:5].replace("00", "22") + digits[5:].replace("0000", "8726")
    text = f"Caller: yes my social security number is {_spell(digits, lang, rng)}\nRep: thank you"
    assert detector.detect([text]).detected, text


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(numbers=st.lists(st.integers(0, 9999), min_size=2, max_size=6), kind=st.sampled_from(
    ["version", "sku", "qty", "count", "year"]), seed=st.integers(0, 2**16))
def test_property_lookalikes_split_or_spelled_stay_clean(detector: PiiDetector, numbers: list[int], kind: str,
                                                         seed: int) -> None:
    """Version strings, SKUs, quantities, small spelled counts and years one per line: joined or
    spelled back they are still no card, phone or identifier."""
    rng = random.Random(seed)
    if kind == "version":
        lines = [f"v{n % 10}.{n // 10 % 10}.{n // 100}" for n in numbers]
    elif kind == "sku":
        lines = [f"SKU-{n:04d}" for n in numbers]
    elif kind == "qty":
        lines = [f"{n % 100} x widget" for n in numbers]
    elif kind == "count":
        lines = [f"{_WORDS['en'][n % 10]} or {_WORDS['en'][n // 10 % 10]} of them" for n in numbers]
    else:
        lines = [str(1900 + n % 130) for n in numbers]
    text = f"Release summary ({rng.choice(['draft', 'final'])}):\n" + "\n".join(lines) + "\nMake it a table."
    assert not detector.detect([text]).detected, text


@pytest.mark.parametrize(("text", "entity"), [
    ("lab portal shows 'Med Rec # 00264269 -- HbA1c 6.9%' what does it mean", "MEDICAL_RECORD_NUMBER"),
    ("MR# MR24227461, admitted Tuesday", "MEDICAL_RECORD_NUMBER"),
    ("Patientennummer: 4471-0923 bitte im Befund ergänzen", "MEDICAL_RECORD_NUMBER"),
    ("n° de dossier médical : 2023-004471", "MEDICAL_RECORD_NUMBER"),
    ("número de historia clínica 88120345, resumir el informe", "MEDICAL_RECORD_NUMBER"),
    ("visa appt confirmation says passport no. MZ37 96194 -- do I need it?", "PASSPORT"),
    ("Mein Reisepass Nr. C01X00T47 läuft ab", "PASSPORT"),
    ("numéro de passeport : 18AV12345, merci", "PASSPORT"),
    ("Personalausweisnummer L01X00T47 steht auf der Karte", "NATIONAL_ID"),
    ("my ID number is 8501015800084", "NATIONAL_ID"),
    ("cédula de ciudadanía 1.020.304.050 del titular", "NATIONAL_ID"),
    ("new # pls save: 8324583111 -- old one got nicked", "PHONE_NUMBER"),
    ("Zdenka dela Cruz\nFairweather Roofing\nm: 4157034566\n", "PHONE_NUMBER"),
    ('"POST /login?user=aosullivan@outlook.com HTTP/1.1" 401', "EMAIL_ADDRESS"),
    ('178.176.231.3 - - [30/Nov/2026:10:01:22 +0000] "POST /login?user=ao HTTP/1.1" 401', "IP_ADDRESS"),
    ('81.2.69.142 - jdoe [30/Nov/2026:10:01:22 +0000] "GET / HTTP/1.1" 200', "IP_ADDRESS"),
    ("ping me at jane dot doe at gmail dot com please", "EMAIL_ADDRESS"),
    ("new address: Plot 5, Adeola Odeku Street, Victoria Island, Lagos", "STREET_ADDRESS"),
    ("residence: Kerkstraat 81-3, 1017 GM Amsterdam", "STREET_ADDRESS"),
    ("Vivo en la Calle Mayor 12, Madrid.", "STREET_ADDRESS"),
    ("J'habite au 12 rue de la Paix à Paris.", "STREET_ADDRESS"),
    ("Grandma was born on 3 March 1931.", "DATE_OF_BIRTH"),
    ("Kontonummer 1234567890 bei der Sparkasse", "US_BANK_NUMBER"),
    ("fecha de nacimiento: 12/04/1986, por favor actualiza", "DATE_OF_BIRTH"),
    ("geboren am 12.04.1986 in Köln", "DATE_OF_BIRTH"),
    ("née le 12 avril 1986 à Lyon", "DATE_OF_BIRTH"),
    ("nacida el 3 de marzo de 1991 en Sevilla", "DATE_OF_BIRTH"),
    ("Mi CPF é 123.456.789-09, pode conferir?", "NATIONAL_ID"),
    ("numéro de sécurité sociale 1 85 05 78 006 084 36", "NATIONAL_ID"),
    ("il mio codice è RSSMRA85T10A562S", "NATIONAL_ID"),
    ("meu documento: 111.444.777-35", "NATIONAL_ID"),
    ("escríbeme a jane arroba gmail punto com", "EMAIL_ADDRESS"),
    ("schreib an jan ät web punkt de", "EMAIL_ADDRESS"),
    ("mail: pierre arobase orange point fr", "EMAIL_ADDRESS"),
    ("my driver's license number is D1234567", "NATIONAL_ID"),
])
def test_labelled_identifiers_found(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    "Is arXiv:2502.40069 the kind of ID I can cite in APA style?",
    "Gift list: tracking no. LX689257823GB and 6296-0724-3577 (that one's the order ref). Which first?",
    "DHL waybill 1790199716 shows 'clearance event' -- do I have to pay duty?",
    "order ID no. 123456789 shipped yesterday",
    "passport: valid until 2029, should I renew?",
    "card no: 4917597186782255\nname on card: as per passport\nexpiry 11/28",  # no passport number here
    "Marie Curie was born on 7 November 1867 in Warsaw.",
    "Write a fan letter to SpongeBob SquarePants, 124 Conch Street, Bikini Bottom.",
    "What's the floor plan of 4 Privet Drive, Little Whinging? And of 10 Downing Street?",
    "steps: 1 2 3 4 5 6 7 8 9 done",  # digits one by one, no card or phone word
    "Configure NIC 192.168.1.10 with gateway 192.168.1.1",
    "MIT License 2024, Apache License 2.0, license key 12345-67890",
    "ISBN 978-0-306-40615-7 and ISSN 0317-8471, DOI 10.1000/182",
    "I have one hundred and two reasons, three hundred four.",
    "Released 2024/01/05, build 12.34.5678, order 12/34/5678, dims 120 x 45 x 30 cm, ratio 16/9/2024",
    "score 12 - 34 - 56 final; pages 120-134, 150 - 160 and 200/210; host 192.168.10.10",
    "I lOl 2000 times, Oil 2010, room IO1, 1OOO people",
    "Albert Einstein wurde am 14. März 1879 in Ulm geboren; Goethe, geb. 28.08.1749",
    "version 123.456.789-10 build",
    "The point is that at noon we meet at the point of sale.",
    "The ring road 5 exit; Route 66; Platform 9 3/4; the Strategy 2030 plan; Version 3 of Place 2.",
    "Release v1.2.3 build 20240101, case number 12345678, ticket 55512345.",
])
def test_identifier_lookalikes_stay_clean(detector: PiiDetector, text: str) -> None:
    found = set(detector.detect([text]).entity_types) - {"PERSON", "CREDIT_CARD"}
    assert not found, found


def test_content_part_key_is_no_phone_cue(detector: PiiDetector) -> None:
    """The outgoing scan joins a content part's "type"/"text" keys before its text: the key "text"
    is not the verb "text me"."""
    from gateway.signals.outgoing import build_outgoing

    body = {"model": "m", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "lottery numbers this week were 4 21 30 33 41 47 -- what are the odds?"}]}]}
    assert not detector.detect(list(build_outgoing(body, "chat").texts)).detected


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(area=st.integers(201, 989), exchange=st.integers(200, 999), line=st.integers(0, 9999),
       lang=st.sampled_from(sorted(_WORDS)), seed=st.integers(0, 2**16), split=st.booleans())
def test_property_spelled_or_split_phones_found(detector: PiiDetector, area: int, exchange: int, line: int,
                                                lang: str, seed: int, split: bool) -> None:
    """A North-American-shaped number read out in words after "call me on", or typed over two chat
    bubbles by the same speaker, is a phone number, and its span covers what was written."""
    rng = random.Random(seed)
    groups = [f"{area}", f"{exchange}", f"{line:04d}"]
    if split:
        text = f"Customer: call me on {groups[0]} {groups[1]}\nCustomer: {groups[2]}\nAgent: noted"
        written = f"{groups[0]} {groups[1]}\nCustomer: {groups[2]}"
    else:
        written = ", ".join(_spell(g, lang, rng).replace(" um, ", " ").replace(", ", " ") for g in groups)
        text = f"call me on {written} after six"
    spans = [v for e, v in _spans(detector, text) if e == "PHONE_NUMBER"]
    assert any(written in v for v in spans), (text, spans)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(st.integers(10**5, 10**10), min_size=2, max_size=5),
       kind=st.sampled_from(["order", "ts", "hash", "tracking"]))
def test_property_identifier_lookalikes_over_lines_stay_clean(detector: PiiDetector, values: list[int],
                                                              kind: str) -> None:
    """Order numbers, timestamps, hashes and tracking codes one per line (the shape of a split
    identifier, but no card, phone or ID word) are joined in the view and stay clean."""
    lines = {"order": lambda v: f"ORD-{v}", "ts": lambda v: f"{1_600_000_000 + v % 200_000_000}",
             "hash": lambda v: f"{v:x}{v % 997:x}", "tracking": lambda v: f"1Z{v:010d}"}[kind]
    text = "Export from the warehouse tool:\n" + "\n".join(lines(v) for v in values) + "\nSort these."
    found = set(detector.detect([text]).entity_types) - {"PERSON"}
    assert not found, (text, found)


@pytest.mark.parametrize(("text", "entity", "value"), [
    # numbers glued to the letters of scripts written without spaces
    ("帮我写一封邮件给酒店，说明我用银联卡6222 6208 0833 4928预付了两晚", "CREDIT_CARD", "6222 6208 0833 4928"),
    ("カード番号3548 2532 7100 9746で二重請求されています", "CREDIT_CARD", "3548 2532 7100 9746"),
    # an SSN cue at the end of a field name
    ('Is this a valid format for the IRS e-file? taxpayer_ssn: "024488167", dependent_count: 2', "US_SSN", "024488167"),
    # after a word naming a phone, a phone-shaped run whatever region's plan it fits
    ("电话：138 0013 8000", "PHONE_NUMBER", "138 0013 8000"),
    ("my phone is 138 0013 8000", "PHONE_NUMBER", "138 0013 8000"),
    ("我的手机号是13800138000", "PHONE_NUMBER", "13800138000"),
])
def test_identifiers_glued_to_caseless_scripts_in_field_names_and_after_phone_words(
        detector: PiiDetector, text: str, entity: str, value: str) -> None:
    assert (entity, value) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "注文番号4521-8890-1123の配送状況を教えて", "订单号12345678已发货，2024年3月5日到达", "我在2024年买了3台电脑，价格是4999元",
    "請在第3章第12節找到公式", "版本号v2.3.1已发布，构建号20240305", "call volume hit 1200 3400 5600 last week",
    "mobile app build 1234567 failed", "phone sales were 1234567 units",
])
def test_numbers_in_caseless_scripts_and_after_phone_verbs_stay_clean(detector: PiiDetector, text: str) -> None:
    assert _spans(detector, text) == []


def test_a_long_digit_token_is_scanned_in_linear_time(detector: PiiDetector) -> None:
    """50,000 digits with no line break took ~21 s when the line-end scan restarted at every digit."""
    import time

    start = time.process_time()
    detector.detect(["4" * 50_000, "a1b2" * 25_000 + "\n123\n"], locate=True)
    assert time.process_time() - start < scaled(5.0)


# Round 9: each class of non-name PII kestrel (the tenth generator) found missing, several forms each.
@pytest.mark.parametrize(("text", "entity"), [
    # a public IP address is personal data wherever it stands (a router's, a log line's client, a home server's)
    ("Mein Router zeigt als öffentliche IP 92.60.80.47. Ist das eine feste IP?", "IP_ADDRESS"),
    ("Minecraft-Server für meine Freunde: Adresse ist 46.205.88.176:25565.", "IP_ADDRESS"),
    ("someone logged into my instagram from 176.41.216.149 at 3am", "IP_ADDRESS"),
    ("IPv6 2a00:23c5:c13f:b5d1:540:2530:36f4:597c 이 제 집 주소인데 접속이 안 돼요", "IP_ADDRESS"),
    ('81.59.237.77 - - [03/Dec/2026:10:22:41 +0000] "GET /account/settings HTTP/1.1" 200 5321', "IP_ADDRESS"),
    ('81.2.69.142 - - [30/Nov/2026:10:01:22 +0000] "GET /health HTTP/1.1" 200', "IP_ADDRESS"),
    ("ban 185.220.101.4 from the forum, he keeps spamming", "IP_ADDRESS"),
    ("my prefix is 2a02:810d:4b40:1200::/64, is that static?", "IP_ADDRESS"),
    # dates of birth: CJK dates and cues, the cue after the date, two-digit years, more languages' months
    ("生年月日は1975年10月15日です。今年の年齢を教えて", "DATE_OF_BIRTH"),
    ("我的出生日期：1990年5月3日，帮我算星座", "DATE_OF_BIRTH"),
    ("생년월일: 1988년 7월 21일", "DATE_OF_BIRTH"),
    ("1992年4月8日生まれです", "DATE_OF_BIRTH"),
    ("Ich bin am 27. August 1984 in Graz geboren und beantrage eine Kopie.", "DATE_OF_BIRTH"),
    ("Ik ben op 3 maart 1990 in Utrecht geboren.", "DATE_OF_BIRTH"),
    ("im born the 19th of july 95, what star sign am i", "DATE_OF_BIRTH"),
    ("born March 3rd, '88 -- which zodiac?", "DATE_OF_BIRTH"),
    ("data urodzenia: 5 maja 1990", "DATE_OF_BIRTH"),
    ("doğum tarihi 12 Mart 1985", "DATE_OF_BIRTH"),
    ("дата рождения 12 марта 1985", "DATE_OF_BIRTH"),
    # medical record and health-insurance numbers: more labels and languages, the MBI's shape
    ("Medicare card came in the mail, MBI 9EY8-C84-TE26. do I need to show it?", "MEDICAL_RECORD_NUMBER"),
    ("Radiology report attached to patient ID (MRN) HX-4476857: no acute findings", "MEDICAL_RECORD_NUMBER"),
    ("Krankenversichertennummer N807780308 — die Kasse sagt, meine Karte ist gesperrt", "MEDICAL_RECORD_NUMBER"),
    ("mi tarjeta sanitaria es BBBB 1234 5678 90", "MEDICAL_RECORD_NUMBER"),
    ("health insurance member ID: XEH 884412093", "MEDICAL_RECORD_NUMBER"),
    ("保険証番号は12345678です", "MEDICAL_RECORD_NUMBER"),
    ("我的病历号是2023004471，帮我翻译报告", "MEDICAL_RECORD_NUMBER"),
    ("환자번호 55120934 진료 기록을 요약해 주세요", "MEDICAL_RECORD_NUMBER"),
    # passports: labels glued to CJK text, words between label and number
    ("帮我写邮件给使馆，说明我的护照号码E15829719，签证材料已经寄出", "PASSPORT"),
    ("パスポート番号はTK1234567です", "PASSPORT"),
    ("여권번호는 M12345678 입니다", "PASSPORT"),
    ("ESTA form asks passport number, mine is 404234005 -- leading letters?", "PASSPORT"),
    ("passport no. (UK) 533401372, expires 2031", "PASSPORT"),
    # national IDs: the French everyday names, words between label and number
    ("Ma carte Vitale est perdue. N° de sécu : 1 73 07 59 888 124 41. Comment faire ?", "NATIONAL_ID"),
    ("new job payroll asks for my NI number, it's LJ 77 85 75 A -- write the reply", "NATIONAL_ID"),
    ("my DNI, that's 12345678Z, is on the form", "NATIONAL_ID"),
    # check-digit IDs whose label is glued to Chinese/Japanese text or followed by a Korean particle
    ("我的身份证号码是11010519491231002X，请帮我填表", "NATIONAL_ID"),
    ("제 주민등록번호는 900101-1234568 입니다", "NATIONAL_ID"),
    ("私のマイナンバーは123456789018です", "NATIONAL_ID"),
    # a number carried on to the next chat line ("and the rest is"), joined with the writer's own separator
    ("ok here's the ssn split because the chat cut it off earlier: 457-79\nand the rest is 2280\nwith dashes?",
     "US_SSN"),
    ("my social, part one 078-05\nrest: 1120\nthanks", "US_SSN"),
    # an email address with a dot RFC 5322 does not allow, as people and mail servers write them
    ("run the export, then notify skoda.@libero.it when done", "EMAIL_ADDRESS"),
    ("write to jan..novak@seznam.cz about the invoice", "EMAIL_ADDRESS"),
    # home addresses in more countries' forms
    ("Proszę wysłać dokumenty na mój adres: ul. Słowackiego 18/9, 31-680 Kraków.", "STREET_ADDRESS"),
    ("deliver the cake to Odos Ermou 70, 3os orofos, 105 63 Athens", "STREET_ADDRESS"),
    ("Доставка: ул. Тверская, д. 7, Москва", "STREET_ADDRESS"),
    ("Trimiteți la Strada Lipscani 12, București", "STREET_ADDRESS"),
    ("my address H.No. 10-1-635, Gudimalkapur, Hyderabad 500020", "STREET_ADDRESS"),
    ("Kossuth Lajos utca 12, Budapest", "STREET_ADDRESS"),
    ("Atatürk Caddesi No: 15, Ankara", "STREET_ADDRESS"),
    ("この住所を英語表記に：〒150-0089 東京都渋谷区神宮前5-47-4", "STREET_ADDRESS"),
    ("寄到北京市朝阳区建国路88号", "STREET_ADDRESS"),
    ("서울특별시 강남구 테헤란로 123 으로 보내주세요", "STREET_ADDRESS"),
])
def test_identifier_classes_round_9(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    # addresses that are servers, resolvers, private/documentation ranges, versions and sections
    "server 164.18.69.182 refuses connections on port 443",
    "nginx returns 502 after I switched upstream to 52.14.200.1:8080",
    "ping 8.8.8.8 works, 1.1.1.1 too, but not my printer at 192.168.1.20",
    "ssh root@203.0.113.7 and 2001:db8::1 are in the docs; CGNAT 100.64.3.2 too",
    "Release v1.2.3.4 and firmware version 2.4.1.15; see section 4.2.1.3",
    "split 10.59.0.0/16 into four /18 subnets; OID 1.3.6.1.4.1.311 is Microsoft's",
    "allow Cloudflare's 104.16.0.0/13 and 2606:4700::/32 in the firewall",
    "MAC 00:1a:2b:3c:4d:5e, at 10:22:41 the link dropped",
    # dates that are not anyone's birth
    "Einstein wurde am 14. März 1879 in Ulm geboren",
    "这批货2024年3月5日生产，保质期一年",
    "the 19th of july 95 degrees in the shade",
    "born to run, released 1975",
    # record-shaped numbers under other labels, passports without numbers
    "insurance premium 2024 rose by 12%; order no. 4471-0923",
    "passing 123456 requests per second through the proxy",
    "パスポートの有効期限は2030年です",
    # street-shaped words that are not addresses
    "Smith et al. Nature 2005 showed the effect",
    "地铁2号线和3号线在哪里换乘",
    "Route 66, Platform 9, Highway 1 and pl. 3 of the atlas",
    # a check-digit-valid number with no ID label near it
    "订单号11010519491231002X已发货", "RUTA 12345678 y 123456789018です",
    # decorators and dot runs before an '@' are no address
    "x = a.@decorator.method; see ...@home.page",
    # a 3-2 and a 4-digit group on two lines with no SSN word near: no SSN
    "order 457-79\nand the rest is 2280\nthanks",
    # identifier look-alikes
    "ISBN 978-3-16-148410-0, CAS 7732-18-5, UN 1203, HS 8471.30, ISIN US0378331005, BIC DEUTDEFF500",
    "build 2024.11.3.7, sha 9f86d081884c7d65, SKU AB-12345-XL, order #55123412",
])
def test_identifier_class_lookalikes_round_9(detector: PiiDetector, text: str) -> None:
    found = set(detector.detect([text]).entity_types) - {"PERSON"}
    assert not found, found


@pytest.mark.parametrize("text", [
    "４" * 50_000,  # full-width digits: each phone candidate used to walk the whole run (~7-9 s)
    ("１２３－４５．" * 8_400)[:50_000],  # full-width digits and separators
    ("12-34 56.78/90_" * 3_400)[:50_000],  # mixed separators
    ("4111-1111 1111.1111 " * 2_500)[:50_000],
    ("one two three four five six seven eight nine oh " * 1_100)[:50_000],  # spelled-out numbers
    ("cuatro uno uno, double five, dash sept huit " * 1_200)[:50_000],
])
def test_long_number_runs_scan_in_linear_time(detector: PiiDetector, text: str) -> None:
    import time

    start = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - start < scaled(5.0)  # ~0.2-0.35 s measured: room for a loaded CI box, not a quadratic


def test_view_break_is_its_own_mark() -> None:
    """The view's cut between windows is neither the field break the pii module joins a request's
    strings with (a cut is not a field boundary) nor a word or space character (no `\\s*` pattern
    reaches across it); a field break in a window survives as itself."""
    from gateway.signals.names import FIELD_BREAK
    from gateway.signals.normalise import _VIEW_BREAK

    mark = _VIEW_BREAK.strip("\n")
    assert mark != FIELD_BREAK and len(mark) == 1
    assert not mark.isspace() and not mark.isalnum() and mark != "_"
    text = f"SSN 078/05/1120\n{FIELD_BREAK}\nnote" + " filler" * 60 + " card 4111-1111 1111.1111 x"
    view = identifier_view(text)
    assert view is not None and view.text.count(mark) == 1 and view.text.count(FIELD_BREAK) == 1


@pytest.mark.parametrize("text", [
    "ul. Słowackiego " * 3_200, "et al. Nature " * 3_600, "東京都渋谷区神宮前" * 5_600, "区神宮前5-47-" * 5_000,
    "강남구 테헤란로 " * 5_600, "〒150-" * 8_400, "H.No. 10-1-635, " * 3_200, "Atatürk Caddesi No: 15 " * 2_200,
    "Odos Ermou 70, " * 3_400, "passport number (" * 3_000, "MRN, it's " * 5_000, "病历号是" * 12_500,
    "geboren am 27. August 1984 in Graz " * 1_450, "生年月日は1975年10月15日" * 3_000, "DNI, that's " * 4_200,
    "server 81.59.237.77 and my 81.59.237.78 " * 1_250, "2a00:23c5:c13f:b5d1:540:2530:36f4:597c " * 1_300,
    "ab12:" * 10_000, "N° de sécu : 1 73 " * 2_800,
], ids=lambda t: t[:16])
def test_round_9_patterns_on_50k_characters(detector: PiiDetector, text: str) -> None:
    """Each pattern added in round 9 over ~50,000 characters of its own worst case: linear (~0.05-0.65 s
    CPU measured on a shared 2-core VM)."""
    import time

    start = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - start < scaled(5.0)  # room for a loaded CI box, not for a quadratic


def test_windows_in_text_without_spaces_stay_linear(detector: PiiDetector) -> None:
    """Chinese prose with a number every ~200 characters: each anchor window used to widen "to the
    whole word", i.e. to the whole text, so every recognizer scanned it once per number (~30 s)."""
    import time

    text = ("这是一个很长的中文句子没有空格" * 14 + "第12号") * 300
    start = time.process_time()
    assert not detector.detect([text], locate=True).detected
    assert time.process_time() - start < scaled(5.0)  # ~0.26 s measured


# Round 10: classes of identifiers heron (the eleventh generator) showed missing or over-read, in
# phrasings and languages of our own.
_PAIRED_CARD = " ".join(_luhn("453914880343674")[i:i + 2] for i in range(0, 16, 2))


@pytest.mark.parametrize(("text", "entity"), [
    # a phone-shaped run is a phone after a key, a possessive "number"/"line", with an extension word,
    # or with a request to call or text after it, whatever its area code
    ('{"customer": {"homePhone": "6935507714", "tier": 2}}', "PHONE_NUMBER"),
    ('{"contact_phone_number": "6935507714"}', "PHONE_NUMBER"),
    ("put my new number in the CRM: 6935507714", "PHONE_NUMBER"),
    ("escalations go to my direct line 6935507714", "PHONE_NUMBER"),
    ("front desk 6935507714 extension 301, ask for billing", "PHONE_NUMBER"),
    ("that's 6935507714, ring me back after six", "PHONE_NUMBER"),
    ("meine neue Nummer lautet 01712233445, bitte speichern", "PHONE_NUMBER"),
    ("Bitte um Rückruf unter 01712233445 wegen der Rechnung", "PHONE_NUMBER"),
    ("mi número es 612345678, escríbeme por la tarde", "PHONE_NUMBER"),
    # digits read out one by one: as words in several languages, or typed with a gap between each
    ("note pour le rappel : zéro six douze trente-quatre cinquante-six soixante-dix-huit", "PHONE_NUMBER"),
    ("transcrição: zero nove um dois três quatro cinco seis sete oito, obrigado", "PHONE_NUMBER"),
    ("so it's 0 7 9 1 1 1 2 3 4 5 6, whatsapp me when you land", "PHONE_NUMBER"),
    # card numbers read out in pairs or threes, and the card named in one compound word
    (f"Kreditkartennummer des Gastes: {_PAIRED_CARD}, Ablauf 09/29", "CREDIT_CARD"),
    ("kaartnummer 378 282 246 310 005 graag controleren", "CREDIT_CARD"),
    # dates of birth under a key, spelled as dictation, with whose birth between cue and date
    ('{"fecha_nacimiento": "1984-11-02", "plan": "basic"}', "DATE_OF_BIRTH"),
    ('{"patientDob":"02/11/1984"}', "DATE_OF_BIRTH"),
    ("intake note d-o-b 2 Nov 1984 no known allergies", "DATE_OF_BIRTH"),
    ("Date de naissance de ma fille : 12 mars 2016, quels vaccins ?", "DATE_OF_BIRTH"),
    ("data di nascita del paziente - 3 aprile 1971", "DATE_OF_BIRTH"),
    ("Geburtsdatum meines Vaters (laut Ausweis): 14. Mai 1950", "DATE_OF_BIRTH"),
    # a labelled number in brackets or quotes
    ("Reisepass-Nr. [C4RXT21L9] bitte ins Formular übernehmen", "PASSPORT"),
    ('passport number: "X1234567" -- is the format right?', "PASSPORT"),
    # a health plan's member number where the passage is about care or insurance
    ("Appeal the denied claim for the knee MRI; subscriber ID WQX448120937, plan PPO.", "MEDICAL_RECORD_NUMBER"),
    ("Die Krankenkasse fragt nach meiner Mitgliedsnummer A123456789 für die Kostenübernahme", "MEDICAL_RECORD_NUMBER"),
    # X12 EDI: the element positions say what each value is
    ("ISA*00*...~\nNM1*QC*1*OKONKWO*ADAEZE****MI*XJ44819203~\nDMG*D8*19750412*F~\nN3*12 MAPLE AVE~", "PERSON"),
    ("ST*837*0001~\nNM1*IL*1*OKONKWO*ADAEZE****34*512884410~\nREF*SY*512884410~", "US_SSN"),
    ("ST*834*0001~INS*Y*18*030*XN*A***AC~DMG*D8*19750412*F~", "DATE_OF_BIRTH"),
    # a Chinese address by lane or building number
    ("请把包裹寄到上海市静安区南京西路1266弄3号", "STREET_ADDRESS"),
    ("我住在朝阳区望京西路5栋", "STREET_ADDRESS"),
])
def test_identifier_classes_round_10(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    # fragments of longer codes are no SSN or ITIN: ISBNs, hyphenated catalogue and build numbers
    "Regal;Titel;Menge\n979-12-2001-456-4;Der Zauberberg;2\n978-88-4321-076-3;Il Gattopardo;5",
    "artifact build-417-22-9031 and hash a1f-22-4411 are in the release notes",
    "the printer shows 912-73-4455-B, what does that code mean?",
    "Invoice No.: 623-45-6781, due in 30 days",
    # a table's cells on two lines are no phone number; quantities with one or two decimals are no phone
    "sku;qty\nTX-7;3\n978-84-9759-101-4;9",
    '{"rows": [["north", 2209871.5], ["south", 991204.0], ["west", 1530980.25]]}',
    # an address that is a public place's own
    "the hotel is at 500 Ocean Drive, does it have parking?",
    "Die Galerie befindet sich in der Linienstraße 40, wann öffnet sie?",
    "is the bakery still at 12 Elm Street or did it move?",
    # member numbers outside health care; phone words in code identifiers
    "my gym member ID 44812093 stopped working at the door",
    "call_count = 4412093381; text_length = 5512093384",
    # X12 without a person: an organisation's name and its NPI
    "NM1*85*2*ACME CLINIC*****XX*1234567893~\nN3*1 MAIN ST~",
])
def test_identifier_class_lookalikes_round_10(detector: PiiDetector, text: str) -> None:
    found = set(detector.detect([text]).entity_types) - {"PERSON"}
    assert not found, found


@pytest.mark.parametrize("text", [
    "my direct line is " * 3_000, "d o b " * 8_400, '"birth_date": "' * 3_400, "Дата рождения сына — " * 2_400,
    "NM1*IL*1*" * 5_600, "NM1*IL*1*A*B****34*1~DMG*D8*1~" * 1_600, "member ID insurance " * 2_500,
    "35 41 62 89 " * 4_200, "the museum is at 1 " * 2_700, "ext 1 " * 8_400, "南京西路1266弄" * 5_000,
    "homePhone" * 5_600, "passport no. (" * 3_600, "0 7 4 6 " * 6_300, "x_" * 25_000, "a_b." * 12_500,
    "https://" + "a_" * 24_000, "1 2 3 4 5 6 7 8 9 10 " * 2_400, "SSN (" * 10_000, "AWS account " * 4_200,
], ids=lambda t: t[:16])
def test_round_10_patterns_on_50k_characters(detector: PiiDetector, text: str) -> None:
    """Each pattern added in round 10 over ~50,000 characters of its own worst case: linear."""
    import time

    start = time.process_time()
    detector.detect([text[:50_000]], locate=True)
    assert time.process_time() - start < scaled(5.0)  # room for a loaded CI box, not for a quadratic


@pytest.mark.parametrize(("text", "entity"), [
    # an SSN label with a parenthetical, a Japanese era date of birth, "n.º" before a passport number
    ("SSN (no dashes): 536221198", "US_SSN"),
    ("生年月日：平成2年11月3日", "DATE_OF_BIRTH"),
    ("pasaporte n.º XDA552019", "PASSPORT"),
    # a table column whose header names its values: phones and dates of birth like SSNs
    ("client_phone;plan\n6935507714;basic\n6935507715;pro", "PHONE_NUMBER"),
    ("Nachname\tGeburtsdatum\nKowalczyk\t03.04.1979", "DATE_OF_BIRTH"),
    # "was born" as a verb of its own
    ("mia nonna nacque il 2 febbraio 1941 a Bari", "DATE_OF_BIRTH"),
    ("mi padre nació el 9 de mayo de 1958", "DATE_OF_BIRTH"),
    ("Mein Geburtstag ist der 12.03.1988, was ist mein Sternzeichen?", "DATE_OF_BIRTH"),
    # a phone word that ends in a label's letters ("teléfono", "Telefono": "no"), or a generic label after it
    ("número de teléfono 6935507714, llame por la mañana", "PHONE_NUMBER"),
    ("Telefono: 6935507714", "PHONE_NUMBER"),
    ("mobile no: 6935507714", "PHONE_NUMBER"),
    ("phone #: 6935507714", "PHONE_NUMBER"),
])
def test_identifier_forms_round_10(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    # counting is no phone number, spaced or not
    "count along: 1 2 3 4 5 6 7 8 9 10 11",
    "the keypad code 9876543210 is the default",
    # a phone word that modifies another noun
    "call center handled 12093384 calls; text length 12093384",
    # a bank's routing number, a cloud account id, a device's IMEI
    "wire it via routing number 021000021",
    "the AWS account 123456789012 owns the bucket",
    "IMEI 490154203237518 of the lab handset",
    # snake_case code names with underscores that are not file names or URLs
    "rename get_customer_by_id to fetch_customer",
    # a business key in JSON names its value; a header that is no phone column
    '{"line": {"sku": "553-21-4471", "qty": 2}, "order_id": "4158675309"}',
    "item,qty,phone_model\nA,3,4155550123",
    # order, invoice and parcel labels in other languages
    "Die Bestellung 4711-0815-2233 ist unterwegs, Rechnungsnummer 2024-0815-4711",
    "commande n° 6935507714 expédiée; el pedido 6935507714 llegó",
])
def test_identifier_form_lookalikes_round_10(detector: PiiDetector, text: str) -> None:
    found = set(detector.detect([text]).entity_types) - {"PERSON"}
    assert not found, found



# Round 11: the classes behind tundra's misses, in our own phrasings: identity, tax and social-insurance
# numbers of many countries behind their cue words (check digit or layout validated by python-stdnum),
# passports and health cards labelled in many scripts, addresses whose "@" is a word or a sign the writer
# explains, and the ops/code look-alikes of phones and IPs.
@pytest.mark.parametrize(("text", "entity"), [
    # the cue some words before its number, in the languages of the schemes
    ("Für die Steuererklärung: meine Steuer-Identifikationsnummer ist die 36 574 261 809, reicht das?", "NATIONAL_ID"),
    ("Me piden el NIE en la gestoría, te lo paso: X-2482300-W", "NATIONAL_ID"),
    ("DNI del titular para el contrato de alquiler — 54362315K", "NATIONAL_ID"),
    ("Заполни декларацию, мой ИНН для этого 243679124429", "NATIONAL_ID"),
    ("СНИЛС сотрудника 112-233-445 95 внеси в анкету", "NATIONAL_ID"),
    ("My PAN for the Form 16 is ACUPA7085R, which sections apply?", "NATIONAL_ID"),
    ("आधार नंबर 2341 2341 2346 लिंक करना है", "NATIONAL_ID"),
    ("numer PESEL pacjenta: 44051401359, proszę o skierowanie", "NATIONAL_ID"),
    ("mijn BSN staat op de brief, het is 1112.22.333", "NATIONAL_ID"),
    ("numéro de sécurité sociale pour la mutuelle : 2 95 10 99 126 111 93", "NATIONAL_ID"),
    ("mon numéro fiscal de référence, au cas où : 1263828163479", "NATIONAL_ID"),
    ("CNP-ul meu este 1630615123457, completează formularul", "NATIONAL_ID"),
    ("ЕГН на детето ми е 7523169263", "NATIONAL_ID"),
    ("ο ΑΜΚΑ μου είναι 01013099997 για το ραντεβού", "NATIONAL_ID"),
    ("my SIN for the T4 slip is 562 336 420", "NATIONAL_ID"),
    ("CURP del alumno BOXW310820HNERXN09 para la inscripción", "NATIONAL_ID"),
    ("mi CUIL es 20-05536168-2, ¿sirve para el monotributo?", "NATIONAL_ID"),
    ("เลขประจำตัวประชาชน 3100600445635 ค่ะ", "NATIONAL_ID"),
    ("TFN on the onboarding form: 123 456 782", "NATIONAL_ID"),
    ("IRD number 49-091-850 for the KiwiSaver form", "NATIONAL_ID"),
    ("OIB mi je 33392005961", "NATIONAL_ID"),
    ("rodné číslo 710319/2745 do přihlášky", "NATIONAL_ID"),
    ("мій РНОКПП 1759013776 для декларації", "NATIONAL_ID"),
    ("Israeli ID of the applicant, teudat zehut: 39337423", "NATIONAL_ID"),
    ("my tax ID number, the one on last year's return, is 0001339050", "NATIONAL_ID"),
    ("número de contribuinte 273626388 na fatura, por favor", "NATIONAL_ID"),
    ("AHV-Nummer 756.9217.0769.85 für die Lohnabrechnung", "NATIONAL_ID"),
    # passports labelled in Indic, Arabic-script, Hebrew, Thai, Greek and Slavic forms
    ("मेरे पिता का पासपोर्ट नंबर Z4418207 है, वीज़ा फॉर्म में कहाँ भरें?", "PASSPORT"),
    ("আমার পাসপোর্ট নম্বর BX1234567", "PASSPORT"),
    ("رقم جواز السفر الخاص بي هو N12345678", "PASSPORT"),
    ("שלום, מספר דרכון 31234567 לטופס", "PASSPORT"),
    ("หนังสือเดินทางเลขที่ AA1234567 หมดอายุแล้ว", "PASSPORT"),
    ("αριθμός διαβατηρίου AK1234567 για την κράτηση", "PASSPORT"),
    ("broj putovnice 012345678 i datum isteka", "PASSPORT"),
    ("nomor paspor saya B1234567", "PASSPORT"),
    # health cards by their names, long card numbers and a provincial card's version letters
    ("社保卡号 1234 5678 9012 3456 7890，怎么挂失？", "MEDICAL_RECORD_NUMBER"),
    ("номер полиса ОМС 7755 4410 2233 9001, как поменять поликлинику?", "MEDICAL_RECORD_NUMBER"),
    ("mã thẻ BHYT: DN4797912345678", "MEDICAL_RECORD_NUMBER"),
    ("nomor kartu BPJS 0001234567890 untuk rawat jalan", "MEDICAL_RECORD_NUMBER"),
    ("EHIC number 80380001200012345678 for the clinic in Spain", "MEDICAL_RECORD_NUMBER"),
    ("OHIP number 1234-567-890-AB expired last month", "MEDICAL_RECORD_NUMBER"),
    ("ABHA number 91-1234-5678-9012 link karna hai", "MEDICAL_RECORD_NUMBER"),
    # the words for "@" and "." of more languages, and CJK ones glued to the address
    ("pište na petr.novak zavináč seznam tečka cz", "EMAIL_ADDRESS"),
    ("írj a kovacs.anna kukac gmail pont com címre", "EMAIL_ADDRESS"),
    ("maila mig: erik.l snabel-a telia punkt se", "EMAIL_ADDRESS"),
    ("пишите ivan.petrov собака mail точка ru", "EMAIL_ADDRESS"),
    ("στείλε στο maria.k παπάκι gmail τελεία com", "EMAIL_ADDRESS"),
    ("联系邮箱wanglei艾特163点com", "EMAIL_ADDRESS"),
    ("메일은 kim.minji 골뱅이 naver 닷 com 입니다", "EMAIL_ADDRESS"),
    # an address whose "@" the writer replaced and explained, in several languages, or before a webmail domain
    ("send the invoice to lena.fischer*posteo.de (replace * with @)", "EMAIL_ADDRESS"),
    ("Kontakt: lena.fischer#posteo.de – # durch @ ersetzen", "EMAIL_ADDRESS"),
    ("écris-moi : paul.martin%orange.fr, remplacez % par @", "EMAIL_ADDRESS"),
    ("mi correo es ana.ruiz~telefonica.net (cambia ~ por @)", "EMAIL_ADDRESS"),
    ("почта oleg.s$inbox.ru — замените $ на @", "EMAIL_ADDRESS"),
    ("我的邮箱 zhangwei★sina.com（把★换成@）", "EMAIL_ADDRESS"),
    ("連絡先 tanaka.k#example.co.jp（#を@に変えてください）", "EMAIL_ADDRESS"),
    ("my gmail: dana.w#gmail.com", "EMAIL_ADDRESS"),
])
def test_identifier_classes_round_11(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    # the cue words without a number that passes their check, or with a company's number
    "Wie viele Stellen hat eine Steuer-Identifikationsnummer? Ist 12 345 678 901 ein gültiges Format?",
    "¿Qué es el NIE y cuánto tarda la cita? Tengo la cita el 12/03 a las 10:30, ventanilla 118834.",
    "ИНН организации 3653432403 указан в счёте, проверь реквизиты",
    "The PAN field on the receipt only shows the last four digits, 4242, and the terminal id 58231907.",
    "PAN of the vendor: AAACB1234C (company) on the GST invoice",
    "Our NIP is on every invoice: 525-000-12-34",
    "paso 3: copia 1234567 en la consola; pasaporte no es necesario",
    "पासपोर्ट बनवाने में कितने दिन लगते हैं?",
    "OHIP covers 12 physiotherapy visits per year",
    # "at" and "dot" words that are just words, an instruction with no address, a sign in code
    "the dog at the park dot com is cute",
    "в 3 точка 5 собака лаяла",
    "replace # with @ in the mention syntax of the chat bot",
    "in our DSL user#host.example means user at host; # = @",
    "C# is at version 12, see the docs#section.intro",
    # ops and code: versions joined with a hash on the next line, `ss` and WireGuard configs
    "commits:\na1b2c3d bump node to 20.11.1\n67484d5 refactor cursor\n9e8d7f1 pin openssl to 3.0.13\n89e8d9f fix",
    "tcp LISTEN 0 4096 10.147.195.144:9100 0.0.0.0:* users:((\"node_exporter\",pid=7060,fd=5))",
    "AllowedIPs = 10.8.0.2/32, 192.168.50.0/24\nwhy is 192.168.50.x not routed?",
    "block 203.0.113.* and 198.51.100.x at the edge",
])
def test_identifier_class_lookalikes_round_11(detector: PiiDetector, text: str) -> None:
    found = set(detector.detect([text]).entity_types) - {"PERSON"}
    assert not found, found


@pytest.mark.parametrize("text", [
    "ИНН " * 12_500, "tax ID number " * 3_600, "DNI 1234567 " * 4_200, "PAN ABCPD " * 5_000,
    "पासपोर्ट नंबर " * 3_600, "医保卡号 1" * 7_200, "номер полиса ОМС " * 3_000, "a#b.c (# = @) " * 3_600,
    "x собака y точка " * 2_900, "jingyiliu艾特qq点" * 3_100, "a.b#gmail.com " * 3_600, "replace # with @ " * 2_900,
    "0  4096  10.147.195.144:9100 " * 1_700, "192.168.50.x " * 3_800,
], ids=lambda t: t[:16])
def test_round_11_patterns_on_50k_characters(detector: PiiDetector, text: str) -> None:
    """Each pattern added in round 11 over ~50,000 characters of its own worst case: linear."""
    import time

    start = time.process_time()
    detector.detect([text[:50_000]], locate=True)
    assert time.process_time() - start < scaled(5.0)  # room for a loaded CI box, not for a quadratic


def test_substituted_sign_maps_back_onto_the_whole_address(detector: PiiDetector) -> None:
    """The view's "@" stands for the writer's sign: redaction covers the address, not the instruction."""
    text = "mail: ruth.meyer*posteo.de (replace * with @)"
    assert ("EMAIL_ADDRESS", "ruth.meyer*posteo.de") in _spans(detector, text)


@pytest.mark.parametrize(("text", "entity"), [
    # an address hidden in character references or with its "@" percent-encoded in a URL or log
    ("Kontakt: lea.brandt&#64;posteo.de", "EMAIL_ADDRESS"),
    ("<a>&#106;&#111;&#101;&#x40;example&#46;org</a>", "EMAIL_ADDRESS"),
    ("POST /newsletter?email=tomas.ruiz%40outlook.es&src=footer 302", "EMAIL_ADDRESS"),
    # a webmail provider named without its domain, the local part shaped like one
    ("add me, it's rafa.m92 at gmail", "EMAIL_ADDRESS"),
    ("schreib an lea_b [at] gmx, danke", "EMAIL_ADDRESS"),
    ("加我邮箱 li.na艾特qq就行", "EMAIL_ADDRESS"),
    # identity cards and numbers labelled in more languages, "mine is" in Vietnamese and Thai
    ("رقم الهوية الخاص بي هو 2345678901", "NATIONAL_ID"),
    ("số CCCD của tôi là 001099012345", "NATIONAL_ID"),
    ("numer dowodu osobistego ABC123456 do umowy", "NATIONAL_ID"),
    ("my PhilSys number is 1234-5678-9012-3456", "NATIONAL_ID"),
    ("паспорт серия 4510 номер 123456, выдан в 2015", "PASSPORT"),
    # check-digit schemes without a stdnum module: Iran's national code, Taiwan's national ID
    ("کد ملی من 0499370899 است", "NATIONAL_ID"),
    ("我的身分證字號是A123456789", "NATIONAL_ID"),
    # the number before its cue, as verb-final languages write it
    ("6214 9832 0257がマイナンバーです", "NATIONAL_ID"),
    ("17291716060 TC kimlik numaram", "NATIONAL_ID"),
])
def test_identifier_forms_round_11(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    "email me at gmail or yahoo, whatever works",
    "ping ops at 163 servers in the east region",
    "a &#60;b&#62; tag and &#169; 2024; 50%40 off",
    "so can you help me with 12345678 rows?",
    "order 36574261809 shipped; what is a Steuer-ID anyway?",
    # ops output and versions: columns, port lists, kernel timestamps, four-part versions, pins
    "  PID USER  PR  NI    VIRT    RES\n 1302 postgres  20   0 1234567  45612\n 7060 root  20   0  725432  20480",
    "open ports: 22 80 443 8080 9090 3000 5432 6379 27017",
    "kernel: [ 1234.567890] EXT4-fs (sda1): mounted filesystem",
    "bump Microsoft.Extensions.Logging from 8.0.0.0 to 8.0.1.0 in the csproj",
    "pin grpcio==1.62.2.1 and retry",
])
def test_identifier_form_lookalikes_round_11(detector: PiiDetector, text: str) -> None:
    found = set(detector.detect([text]).entity_types) - {"PERSON"}
    assert not found, found


@pytest.mark.parametrize("text", [
    "&#106;" * 8_400, "a%40" * 12_500, "x.1 at gmail " * 3_900, "رقم الهوية " * 4_600, "کد ملی " * 7_200,
    "1234567890 " * 4_600, "20   0 " * 7_200, "22 80 443 " * 5_000, "паспорт серия 45 " * 2_900,
], ids=lambda t: t[:16])
def test_round_11_forms_on_50k_characters(detector: PiiDetector, text: str) -> None:
    import time

    start = time.process_time()
    detector.detect([text[:50_000]], locate=True)
    assert time.process_time() - start < scaled(5.0)


@pytest.mark.parametrize(("text", "address"), [
    ("Affitto stanza, scrivere a marta417 (chiocciola) tiscali.it. Rendilo elegante.", "marta417 (chiocciola) tiscali.it"),
    ("escribe a lucia88 arroba gmail punto com. Gracias", "lucia88 arroba gmail punto com"),
    ("pisz na marek.k małpa wp.pl. Dzięki za pomoc", "marek.k małpa wp.pl"),
    ("mail jane.doe [at] acme.co.uk. Then summarise the thread", "jane.doe [at] acme.co.uk"),
])
def test_round_12_an_obfuscated_address_ends_at_a_full_stop(detector: PiiDetector, text: str, address: str) -> None:
    """Read on over a sentence's full stop, the domain ("tiscali.it.rendilo") is no domain; the
    address ends at the last dot that leaves one, and only at a full stop (". " then a word)."""
    assert ("EMAIL_ADDRESS", address) in _spans(detector, text)


@pytest.mark.parametrize("text", ["out = x @ self.weight.T", "h = w @ layer.proj. T is the transpose",
                                  "z = a @ b.c. Then normalise"])
def test_round_12_code_after_a_matmul_is_no_address(detector: PiiDetector, text: str) -> None:
    assert "EMAIL_ADDRESS" not in detector.detect([text]).entity_types


@pytest.mark.parametrize(("text", "entity"), [
    # the cue word inflected as its language writes it: Nordic definite forms, Finnish and Estonian
    # cases and possessives, Lithuanian and Czech cases, the Hebrew definite article
    ("fødselsnummeret mitt er 21079959399, hvordan fyller jeg ut skjemaet?", "NATIONAL_ID"),
    ("personnumret är 811218-9876, kan du fylla i blanketten?", "NATIONAL_ID"),
    ("CPR-nummeret er 211062-5629 på min ansøgning", "NATIONAL_ID"),
    ("Henkilötunnukseni on 131052-308T. Miten täytän lomakkeen?", "NATIONAL_ID"),
    ("lisää henkilötunnuksen 131052-308T hakemukseen", "NATIONAL_ID"),
    ("minu isikukoodi on 37605030299, palun täida avaldus", "NATIONAL_ID"),
    ("kennitalan mín er 120174-3399", "NATIONAL_ID"),
    ("mano asmens kodą 33309240064 reikia įrašyti", "NATIONAL_ID"),
    ("uveďte rodného čísla 710319/2745 do formuláře", "NATIONAL_ID"),
    ("מספר תעודת הזהות של אבא שלי 277678710, איך ממלאים את הטופס?", "NATIONAL_ID"),
    ("a TAJ-számom 123 456 789, kérek egy új kártyát", "NATIONAL_ID"),
    # an identity card's or passport's document number checked by its ICAO check digit (letters and digits)
    ("Meine Personalausweisnummer lautet L01X00T471, bitte in den Antrag eintragen", "NATIONAL_ID"),
    ("die Nummer des Ausweises ist M4FG7R2K94 – wie sperre ich ihn?", "NATIONAL_ID"),
    ("Reisepassnummer C01X00T478 für das Visum", "NATIONAL_ID"),
    # a UK National Insurance number by its layout, the cue a few words before it
    ("my National Insurance number, for the new payroll system, is JG 10 37 59 A", "NATIONAL_ID"),
    ("NINO: ZH123456C (starter checklist)", "NATIONAL_ID"),
    # a driving licence named by its state or province
    ("TX DL 04518872 expired last week, how do I renew?", "NATIONAL_ID"),
    ("my Ontario licence D6101-40706-60905 was suspended", "NATIONAL_ID"),
    ("NSW licence 10843217 for the car rental form", "NATIONAL_ID"),
    ("Florida driver's license B123-456-78-901-0, write the DMV a letter", "NATIONAL_ID"),
    # birth cues of Central and Eastern Europe, abbreviated as forms write them
    ("córka Zofia ur. 03.05.2011 – czy może iść do szkoły?", "DATE_OF_BIRTH"),
    ("pacient Jan Dvořák, nar. 12. 4. 1978, prosím o zprávu", "DATE_OF_BIRTH"),
    ("Kovács Anna, szül. 1985.03.14., kérem a nyomtatványt", "DATE_OF_BIRTH"),
    ("Ivana Horvat, rođena 7.3.1990., treba potvrdu", "DATE_OF_BIRTH"),
    ("Popescu Maria, născută la 14.02.1988, cerere de pașaport", "DATE_OF_BIRTH"),
    ("Иванов Пётр, 12.05.1967 г.р., нужна справка", "DATE_OF_BIRTH"),
    # addresses: a German/Austrian street named by an adjective and a street word of its own, a door after
    # the house number; an Indian address whose street is an ordinal "Cross" or "Main"
    ("Neue Anschrift: Mariahilfer Straße 45/12, 1060 Wien – bitte Ummeldung formulieren", "STREET_ADDRESS"),
    ("wir wohnen jetzt Wiedner Gürtel 10/3/7, bitte an die Hausverwaltung schreiben", "STREET_ADDRESS"),
    ("Lieferadresse Frankfurter Allee 112, 10247 Berlin", "STREET_ADDRESS"),
    ("new address: House 14, 3rd Main, Jayanagar, Bengaluru 560041, tell the bank", "STREET_ADDRESS"),
    ("shifted to Flat 2B, 5th Cross Road, Malleswaram – draft a letter to the landlord", "STREET_ADDRESS"),
    ("address: #12, 4th Cross, 2nd Stage, BTM Layout, Bengaluru 560076", "STREET_ADDRESS"),
    ("Date of birth (dd.mm.yyyy): 17.09.1986", "DATE_OF_BIRTH"),
    ("fecha de nacimiento (dd/mm/aaaa): 03/11/1979", "DATE_OF_BIRTH"),
])
def test_identifier_classes_round_12(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    # the inflected cues with numbers that fail their check, a format question, an invalid NINO prefix
    "fødselsnummeret har 11 siffer, men hva betyr de to siste? 12345678901?",
    "henkilötunnuksen tarkistusmerkki lasketaan jakojäännöksestä: 131052-308A?",
    "Wie ist die Ausweisnummer aufgebaut? Neun Zeichen, z. B. ABCDEFGHI, dann eine Prüfziffer.",
    "National Insurance numbers look like QQ 12 34 56 C (QQ is only used in examples)",
    # order, tracking and product codes near a licence or state word
    "TX DL order 12345 shipped via FedEx 7790 1234 5678",
    "MIT license 2024, see LICENSE for the 40000 lines",
    # ordinals and street-like words that are no address
    "the 3rd Main event starts at 14:00; the 5th Cross country race at 16:00",
    "Berliner Philharmoniker spielen 2025 in 12 Städten",
    "closes #12, 3rd Stage of the rollout; #1234 Fix Login Path",
])
def test_identifier_class_lookalikes_round_12(detector: PiiDetector, text: str) -> None:
    found = set(detector.detect([text]).entity_types) - {"PERSON"}
    assert not found, found


@pytest.mark.parametrize("text", [
    # a table whose header names the scheme, a key=value line, a JSON field, snake_case keys
    "hetu;nimi;kunta\n131052-308T;Matti;Espoo",
    "pesel,imie\n44051401359,Jan",
    "steuer_id: 15786034287",
    '{"nino": "JG103759A", "start_date": "2025-04-06"}',
    '{"tax_id": "15786034287", "country": "DE"}',
    "drivers_license_state: TX\ndrivers_license_number: 04518872",
    '{"dl_number": "P7247746", "dl_state": "CA"}',
])
def test_round_12_national_ids_in_tables_and_keys(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    # keys that name other things, and scheme names over columns of other numbers
    '{"id": "8001015009087", "sku": "A-113"}',
    "run=20-05536168-2 took 41s",
    "spi: 123456789 Hz",
    "pesel,count\n12345678901,3",
])
def test_round_12_keys_that_name_no_national_id(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" not in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    # toll-free, shared-cost and UAN lines of agencies, banks and crisis services (US, DE, GB, FR, IT)
    "Social Security says to call 1-800-772-1213 — when is the wait shortest?",
    "Ist das Kinder- und Jugendtelefon 0800 111 0 333 wirklich kostenlos?",
    "HMRC's helpline is 0300 200 3300, they keep hanging up on me",
    "le numéro vert 0 800 130 000 est-il gratuit depuis un portable ?",
    "il numero verde 800 123 456 risponde anche la domenica?",
    # a number the text names as an organisation's hotline or customer service
    "Lufthansa customer service +49 69 86 799 799 put me on hold for an hour",
    "die Hotline der Stadtwerke, 089 2361 0, ist nie erreichbar",
    # a phone in a form field's placeholder: example text shown to every visitor
    '<input type="tel" name="phone" placeholder="(555) 123-4567"> — how do I validate it?',
    "<EditText android:hint=\"0151 23456789\" android:inputType=\"phone\"/>",
])
def test_round_12_service_numbers_are_no_personal_phone(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    # a personal cue on a service-type number: the writer's own line, a request to call them, a name
    "my toll-free line for clients is 1-800-437-0199, put it in the footer",
    "call me at 1-888-437-0142 after six",
    "Ansprechpartner Jan Kowalski 0800 123 4567 bei Rückfragen",
    "Kundenservice: Frau Schmidt, 0800 123 4567",
    "bitte Rückruf unter 0800 123 4567, ich bin ab 14 Uhr erreichbar",
    "callback number 1-877-437-0123, ask for the night nurse",
    "T: 0800 330 1000\nM: 0151 23456789",
    # an extension or an unassigned area code keeps it personal (fail safe)
    "Hotline der Firma: 0800 1234567 Durchwahl 22",
    "the helpline is 123-456-7890, is that right?",
    # digits a service reading fits only if its code were not glued to the rest ("800215-6936": US toll-free
    # by the digits, a Swedish personal number by the shape)
    "svara till 800215-6936 senast fredag",
    # an ordinary number, the text's and not a placeholder's
    '<input type="tel" value="(415) 555-2671">',
    "Kundenservice hat mich von 0151 23456789 angerufen",
])
def test_round_12_personal_cues_keep_service_numbers_personal(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" in detector.detect([text]).entity_types


@pytest.mark.parametrize("text", [
    "fødselsnummeret " * 3_200, "henkilötunnukseni " * 2_800, "Ausweisnummer L01X00T47 " * 2_100,
    "NI number AB 12 34 56 " * 2_300, "TX DL 1234 " * 4_600, "ur. 12.12 " * 5_000, "Mariahilfer Straße 4/ " * 2_300,
    "Flat 2, 3rd Cross " * 2_800, "hotline 0800 111 0 111 " * 2_100, 'placeholder="0800 111 0 111" ' * 1_600,
    "hetu;pesel;nino\n" * 3_100, "nino: x " * 6_200, "a_b_c_d " * 6_200,
], ids=lambda t: t[:16])
def test_round_12_patterns_on_50k_characters(detector: PiiDetector, text: str) -> None:
    """Each pattern added in round 12 over ~50,000 characters of its own worst case: linear."""
    import time

    start = time.process_time()
    detector.detect([text[:50_000]], locate=True)
    assert time.process_time() - start < scaled(5.0)


# Round 13: the non-name classes the meadow split showed, in our own phrasings (never meadow's).
@pytest.mark.parametrize("text, entity", [
    # an address inside a URL's query, "+" for spaces and %-escapes for commas
    ("https://tiles.example.net/map?center=Unter+den+Eichen+12%2C+14195+Berlin&z=16", "STREET_ADDRESS"),
    ("https://maps.example.org/embed?q=41+S+Maple+Hollow+Ln%2C+Dayton%2C+OH+45402&zoom=15", "STREET_ADDRESS"),
    # Commonwealth street words with the town and postcode after them; a directional before a US street
    ("send the spare key to 27 Waratah Parade, Geelong VIC 3220 pls", "STREET_ADDRESS"),
    ("my nan is at 9 Rowan Close, York YO10 5DD now", "STREET_ADDRESS"),
    ("pick-up: 41 S Maple Hollow Ln, Dayton, OH 45402", "STREET_ADDRESS"),
    # a continental address without a street word: name, house number, postcode, town
    ("Lieferung bitte an Am Alten Hafen 8, 26382 Wilhelmshaven", "STREET_ADDRESS"),
    # Turkish texting: the acronym in lower case with its possessive suffix (a checksum-valid number)
    ("abimin tc'si 10000000146 kargo formu için lazım", "NATIONAL_ID"),
    # the passport named, then its number a few words on
    ("lost my passport at the airport, the number's K8832917 if that helps", "PASSPORT"),
    # a birth date as a request field's value under its key
    (["patientDob", "1984-07-21"], "DATE_OF_BIRTH"),
    (["customer", "dob", "21.07.1984"], "DATE_OF_BIRTH"),
    # an identifier as a request field's value under the key that names its scheme (key and value are two strings)
    (["traveller", "passport_no", "P4471902"], "PASSPORT"),
    (["chart", "mrn", "30418872"], "MEDICAL_RECORD_NUMBER"),
    (["holder", "drivers_license", "S5302-11874-40917"], "NATIONAL_ID"),
    (["pesel", "44051401359"], "NATIONAL_ID"),
    # private lines stay personal next to the public-service words
    ("the police asked for my number: 0612345678", "PHONE_NUMBER"),
    ("my bank account number is 884201937755", "US_BANK_NUMBER"),
])
def test_round13_found(detector: PiiDetector, text: str | list[str], entity: str) -> None:
    texts = [text] if isinstance(text, str) else text
    assert entity in detector.detect(texts, locate=True).entity_types, text


@pytest.mark.parametrize("text", [
    "https://example.com/search?q=c%2B%2B+tutorial+for+beginners&page=2",
    "Version 3, 10000 Users were migrated last night",
    "the 2023 Rose Parade, Pasadena drew huge crowds",
    "passport renewal is done; the order number is 55218830",
    "Payment reference 884201937755 appears twice on the statement",
    "Product license key 7XK2P-9QW3D-MV8RT-2HJ6F does not activate on the new laptop",
    "Commande n° 5512093847, réf. 441207-330, colis abîmé à la livraison",
    "Poison control center: 1-800-222-1222, stick it on the fridge",
    "Voor niet-spoedeisende politiezaken: 0900-8844",
    "How many metres is 12.500.000 millimetres? And 4,300,000 cm?",
    ["created_at", "2024-01-02"],
    ["order_id", "10000000146"],
    ["text", "how do I renew my passport", "text", "build 20240315 failed"],
    ["text", "I was born in a small town", "text", "2024-01-02 meeting notes"],
])
def test_round13_stays_clean(detector: PiiDetector, text: str | list[str]) -> None:
    texts = [text] if isinstance(text, str) else text
    assert not detector.detect(texts, locate=True).detected, text


@pytest.mark.parametrize("text", [
    "https://x.example/?q=" + "a+" * 40000, "1 Aa Bb Parade, " * 5000, "Ab Cd 12, " * 8000,
    "passport " + "page? " * 20000, "poison control " * 8000,
], ids=["plus-query", "commonwealth", "continental", "passport-gap", "service-words"])
def test_round13_rules_stay_bounded(detector: PiiDetector, text: str) -> None:
    import time

    start = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


# --- Round 14: a request field's key says what its value is (key and value are two scanned strings, or one JSON
# string), for postal addresses in any script and for the names of the people a form lists by their role.
@pytest.mark.parametrize("texts, entity", [
    (["record", "home_address", "Flat 9B, 14th Main Road, Jayanagar, Bengaluru 560041"], "STREET_ADDRESS"),
    (["address", "45, गांधी नगर, भोपाल 462001"], "STREET_ADDRESS"),
    (["address", "Pasaje Las Araucarias 221, Temuco"], "STREET_ADDRESS"),
    (["mailing_address", "Οδός Αθηνάς 17, 10551 Αθήνα"], "STREET_ADDRESS"),
    (["shipping_address", "ул. Садовая 8, кв. 12, Казань 420111"], "STREET_ADDRESS"),
    ('{"customer": {"address": "Jr. Las Magnolias 418, Cusco", "tier": "gold"}}', "STREET_ADDRESS"),
    (["pupil_name", "Itzel Ramírez"], "PERSON"),
    (["policyholder_name", "Oskar Wieczorek"], "PERSON"),
    (["full_name", "ரமேஷ் சுப்பிரமணியன்"], "PERSON"),
    (["guardian", "emergency_contact_name", "ნინო ბერიძე"], "PERSON"),
    (["nombre_completo", "Rosaura Quispe Mamani"], "PERSON"),
])
def test_round14_values_under_their_key(detector: PiiDetector, texts: str | list[str], entity: str) -> None:
    texts = [texts] if isinstance(texts, str) else texts
    assert entity in detector.detect(texts, locate=True).entity_types, texts


@pytest.mark.parametrize("texts", [
    ["server", "address", "0.0.0.0:8000"],
    ['{"listen_address": "127.0.0.1:9090", "mode": "debug"}'],
    ["ip_address", "build 42 ok"],
    ["email_address", "see the docs, page 3"],
    ["wallet_address", "bc1 draft 7, pending"],
    ["address", "{"],
    ["properties", "full_name", "type", "string", "description", "the customer's legal name"],
    ["product_name", "Turbo Blender 3000"],
])
def test_round14_keyed_values_stay_clean(detector: PiiDetector, texts: list[str]) -> None:
    assert not detector.detect(texts, locate=True).detected, texts


@pytest.mark.parametrize("text", [
    "address\n\u00b6\n" + "a1 " * 30000, '"address": "' + "9 aa, " * 20000, "full_name\n\u00b6\n" + "Ab " * 30000,
], ids=["field-address", "json-address", "field-name"])
def test_round14_rules_stay_bounded(detector: PiiDetector, text: str) -> None:
    import time

    start = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


def test_round14_turkish_dotted_capital_keeps_cue_scans_on(detector: PiiDetector) -> None:
    """Python lower-cases "İ" to two characters; one such letter anywhere must not turn the lower-case cue scans off."""
    found = detector.detect(["adres", "Cumhuriyet Mah. 4. Sok. No:9, 06420 Çankaya/Ankara, İç Anadolu",
                             "date_of_birth", "02.09.1991"], locate=True)
    assert "DATE_OF_BIRTH" in found.entity_types
    assert "PASSPORT" in detector.detect(["İstanbul şubesi için passport_no: U48213907"]).entity_types


# Round 14 (organisations and numbers): an organisation's own contact data and number look-alikes, the classes the
# glacier and cirque splits showed, in our own phrasings (never theirs). An organisation's generic mailbox, its
# switchboard or service line and its address in its own contact block are no personal data; a person's are.
@pytest.mark.parametrize("text", [
    # a role mailbox, the organisation's line and its address in a footer / contact block / letterhead
    "Our firm footer: Aldgate Row Legal LLP, enquiries@aldgaterow.co.uk, 020 7946 0321. Please add a disclaimer.",
    "Website footer for the agency: Sol Nascente Imobiliária Lda, info@solnascente.pt, 0800 204 118. Make it clean.",
    "Put the letterhead on top: Rheinufer Spedition GmbH, Hafenstraße 14, 47119 Duisburg, kontakt@rheinufer.de",
    "Contact block for the letter: Kiwi Harbour Tours Ltd, 22 Quay St, Auckland 1010, bookings@kiwiharbour.co.nz.",
    "Insert our company contact block: Sakuragawa Clinic Group, 大阪府大阪市北区梅田3-1-1, info@sakuragawa.example.",
    "Put our company contact block at the end of the letter: Banco Mirante, Rua Augusta 120, Lisboa, apoio@mirante.pt.",
    "Pie de página de la web: Costa Brava Seguros S.A., atencion@costabravaseguros.es, 900 123 456.",
    "Our agency details for the website footer: Aurora Nord Bostad AB, info@auroranord.se, 08-506 123 45.",
    "Our firm footer: Porto Advogados RL, geral@portoadvogados.pt, (809) 555-0143.",
    "Ajoute nos coordonnées en bas de la lettre : Cabinet Lemoine Avocats SARL, 14 rue de la Paix, 75002 Paris",
    "Fußzeile für unsere Kanzlei: Berger & Partner Rechtsanwälte PartG, kanzlei@berger-partner.de, 089 1234 5670",
    "Datos de contacto para la web: Clínica Dental Sonrisa S.L., Calle Mayor 12, 28013 Madrid, info@sonrisa.es",
    "Voettekst voor ons bedrijf: Van Dijk Logistiek B.V., info@vandijklogistiek.nl, 020 123 4567",
    "Kontaktuppgifter för vårt företag: Norrsken Fastigheter AB, Storgatan 12, 111 51 Stockholm, info@norrsken.se",
    # a role mailbox beside the organisation's lines, or after "questions to" / "apply via"
    "Job ad footer: send your CV to careers@tidewater-labs.com or ring our recruiting desk 020 3318 4402.",
    "Returns page text: parcels go to our warehouse, questions to returns@modehus.dk, hotline 0800 311 277.",
    "Put the school switchboard 0800 612 334 and office@hillcrest-primary.sch.uk in the newsletter footer.",
    # an organisation's line named right before it: claims, out-of-hours, a council's service line, customer
    # service (a toll-free code first, even where no numbering plan lists the rest)
    "Our courier's customer service is 800 019 4471 (weekdays) and dispatch@alpenfracht.at. Write the footer.",
    "Write a poster: for non-urgent matters call the council service line 080 311 4096, for emergencies 112.",
    "Help screen text: out-of-hours line 0808 196 3311, emergencies 999.",
    "Our 24/7 claims line is 0120-443-218. Draft an SMS telling customers to call it after the flood.",
    "Schreib einen Aushang: Telefonzentrale 0800 330 1234, Notfälle 112.",
    # an organisation's name with its legal form is no person
    "Our supplier Tejo Vinhos Lda ships next week.",
    "Carlill v Carbolic Smoke Ball Co is a famous contract case.",
    # figures under period labels or a unit of money; a case number's shape; a published test card called one
    "Loss triangle (incurred, kEUR): 2019: 318 402 455 471; 2020: 330 419 462; 2021: 351 433; 2022: 372. Factors?",
    "Revenue by year — 2021: 612 345 678; 2022: 698 112 340; 2023: 702 551 903. Chart it.",
    "Paid claims (kEUR): 412 220 318 and reserves 120 455 998.",
    "Ticket numbers look like 2025/48810-AB; write a regex for them.",
    "Docket references follow 2023/77120 in our system; validate them.",
    "In the demo we use 4242 4242 4242 4242, Stripe's public test card, to check the checkout.",
    "Use the test card 5555 5555 5555 4444 in sandbox mode.",
    "La tarjeta de prueba 4000 0566 5566 5556 falla en el checkout, ¿por qué?",
])
def test_round14_organisation_contacts_and_lookalikes_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not detector.detect([text]).detected, text
    assert not detector.detect([text], locate=True).detected, text


@pytest.mark.parametrize("text, entity", [
    # a role mailbox of a private person, or at a webmail provider, or a named person's mailbox in the footer
    ("my email is info@annaberg-design.se, write to me there", "EMAIL_ADDRESS"),
    ("Please update her contact details: hello@jakobsen.dk, she moved.", "EMAIL_ADDRESS"),
    ("Our website footer: hello@annaberg.se is my personal inbox", "EMAIL_ADDRESS"),
    ("Reach me at contact@gmail.com", "EMAIL_ADDRESS"),
    ("Footer: write to contact@gmail.com", "EMAIL_ADDRESS"),
    ("Our firm footer: Aldgate Row Legal LLP, jane.doe@aldgaterow.co.uk, 020 7946 0321.", "EMAIL_ADDRESS"),
    ("From: ops@lumenix-mail.de\nSubject: status", "EMAIL_ADDRESS"),
    ("Here are our details for the footer: Jane Doe, hello@janedoe.com", "EMAIL_ADDRESS"),
    ("Mein Impressum: Max Mustermann, Hauptstraße 5, 10115 Berlin, info@mustermann.de", "EMAIL_ADDRESS"),
    ("Mi correo es info@mariagarcia.es, escríbeme", "EMAIL_ADDRESS"),
    ("Footer: Dr. Anna Weber, info@praxis-weber.de", "EMAIL_ADDRESS"),
    # an address that is not right after the organisation's name, or a home
    ("Put our company contact block: Kiwi Harbour Tours Ltd, attn. Aroha Ngata, 22 Quay St, Auckland 1010.",
     "STREET_ADDRESS"),
    ("My home address is 22 Quay St, Auckland 1010, near Kiwi Harbour Tours Ltd.", "STREET_ADDRESS"),
    ("Footer: Kiwi Harbour Tours Ltd, 22 Quay St, Auckland 1010 (that's my home, the office closed)", "STREET_ADDRESS"),
    # a person's line in the block, a mobile, an unassigned number after a service word
    ("Our website footer: Bergström Design AB, Anna Bergström, 070-123 45 67", "PHONE_NUMBER"),
    ("Website footer: Fjell Design AS, my mobile 412 34 567", "PHONE_NUMBER"),
    ("The helpline is 123-456-7890, is that right?", "PHONE_NUMBER"),
    ("Kundenservice hat mich von 0151 23456789 angerufen", "PHONE_NUMBER"),
    # a test card number without the word, or a real-looking card called a test card
    ("card 4242 4242 4242 4242 exp 12/29", "CREDIT_CARD"),
    ("my test card is 4556 7375 8689 9855", "CREDIT_CARD"),
    # a phone after a year label when a phone word says so; a year-serial after a phone word
    ("2021: call 612 345 678 for the doctor", "PHONE_NUMBER"),
    ("her phone: 2024/16804 (extension)", "PHONE_NUMBER"),
])
def test_round14_private_contacts_stay_found(detector: PiiDetector, text: str, entity: str) -> None:
    assert entity in detector.detect([text], locate=True).entity_types, text


@pytest.mark.parametrize("text", [
    "Footer: Acme Widget Ltd, 1 Aa St, " * 1_500, "our firm footer info@acme-widgets.com, " * 1_300,
    "Contact block: Aa Bb Cc Dd Ee Clinic Group, 020 7946 0321, " * 900, "2021: 412 598 677; " * 2_600,
    "Footer: Aa Bb Cc Dd Ee Ff info@acme-widgets.com " * 1_100, "test card 4242 4242 4242 4242 " * 1_600,
], ids=["org-address", "role-mailbox", "org-phone", "figure-row", "org-name-scan", "test-card"])
def test_round14_organisation_rules_stay_bounded(detector: PiiDetector, text: str) -> None:
    import time

    start = time.process_time()
    detector.detect([text[:50_000]], locate=True)
    assert time.process_time() - start < scaled(30.0)


# --- Round 15 (phones): the phone's own words in scripts of South Asia and the Middle East lift a bare national
# number, as "phone"/"call me on" do in English; their words for "number" alone do not (orders have numbers too).
@pytest.mark.parametrize("text, found", [
    ("कल शाम मेरे मोबाइल 99887 66554 पर बात करना", True),
    ("ابعث لي على الجوال 0551234567 بعد العصر", True),
    ("تلفن همراهم ۰۹۱۲ ... نه، این: 09121234567", True),
    ("ऑर्डर नंबर 9988766554 का स्टेटस क्या है?", False),
])
def test_round15_phone_words_of_more_scripts(detector: PiiDetector, text: str, found: bool) -> None:
    assert ("PHONE_NUMBER" in detector.detect([text], locate=True).entity_types) is found, text
