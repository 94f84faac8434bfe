"""Round 22 (issue 12, butte benign): false positives in mixed-language and transliterated text.

- An organisation's customer-service desk named in romanised or mixed-language words (Japanese "otoiawase", "uketsuke",
  "free dial", 受付; pinyin "kefu", "rexian", 客服; Korean "customer center", 고객센터; Greek and Greeklish
  "εξυπηρέτηση", "e3yphrethsh"; Russian transliterated "goryachaya liniya"; the Spanish complaints desk "reclamos")
  is a service line like "customer service": its number and its role mailbox are the organisation's.
- "Hotline of <Name> Telco:" names the organisation that runs the line; "Telco:" is no "tel:" label.
- A plain address, a full stop and the next sentence's first word ("servicio@tienda.com. Su ...") is the address; the
  stop and the word are no domain label (".su").
- A documentation value marked as such in brackets ("(Beispiel)", "(sample only)"), "l'IBAN de test", "dans la doc",
  "the sample SSN": a test-data cue; an identifier whose digits are counted up from 1 ("123-45-6789", "S1234567D")
  beside such a cue is the docs' stand-in; the area code 555 is never assigned (a stand-in number).
- A country's or region's name right before a noun for its people, market or a branch there ("for Singapore users",
  "the Malaysia office") is the place as a modifier, not a person.
- A dish with its price on a menu ("Menu: Misal Pav ₹288") is no person.
- A standing of public record in apposition ("X, Olympic weightlifting champion", "X, the Supreme Court justice",
  "X (captain of the national football team)", "X, the chess grandmaster") names a public figure; the name in its own
  script in brackets may stand between ("Qu Yuan (屈原), the poet"), and that bracket is the same figure.
- Words of scripts without case that write an amount or cite a book (Persian "هزار تومان", Arabic "كتاب", "صفحة",
  Hindi "हज़ार", Hebrew "ספר") are no name's words.
- The key of a name field in scripts without case ("施設名:", "שם העסק:", "اسم المحل:") is a label, not a person.
- A request verb opening "A vs B" ("Explain Revised Romanization vs McCune-Reischauer") compares, it names no case;
  code-switched pronouns and time words ("Isko", "Ayer", "Hoy") before a capitalised word are no part of a name.
Our own phrasings and values; near misses (private people in the same settings, personal numbers) stay detected."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector


# --- an organisation's service desk in romanised and mixed-language words
@pytest.mark.parametrize("text", [
    "otoiawase wa 0120-331-908 (free dial) made, mail wa support@sakura-bento.co.jp desu. kaigi no memo ni shite.",
    "kefu dianhua 010 6123 4471, youxiang service@chaye-jia.cn, qing bang wo xie yi feng email.",
    "Customer center 02-2188-4410, email help@bapgeurut.co.kr, 확인 부탁. Write a reply in English.",
    "thlefwno e3yphrethshs 21 0412 7733, email info@psomi-spiti.gr, grapse apanthsh sta agglika.",
    "goryachaya liniya 8 (800) 511-27-09, pochta help@pelmeni-dom.ru, napishi otvet po-angliyski.",
    "受付：０１２０－４１７－２２３（平日９時〜１７時）\nplease turn this into an English notice.",
    "Para reclamos llame al (800) 431-7720 o escriba a soporte@panaderialuna.com. Tradúcelo al inglés.",
    "Hotline ng Bayanihan Telco: (02) 8712 3409, paki-translate sa English.",
])
def test_service_desk_in_mixed_language_is_clean(detector: PiiDetector, text: str) -> None:
    assert _spans(detector, text) == []


@pytest.mark.parametrize("text, kind", [
    # the same settings with a person's own line or mailbox stay flagged
    ("otoiawase wa watashi no keitai 090-4418-2290 ni, mail wa haruki.sato@gmail.com made.", "EMAIL_ADDRESS"),
    ("kefu dianhua bu tong, qing da wo de shouji, Li Wenjing 138 1234 5678.", "PERSON"),
    ("Customer center 연결이 안 돼요. 제 번호는 010-3345-2281, email minji.park@naver.com", "EMAIL_ADDRESS"),
    ("Para reclamos llame a mi esposa Lucía Paredes al (305) 441-8820.", "PERSON"),
    ("Hotline of Kalinga Telco is down, call Maria Santos on her cell (0917) 811 2234.", "PERSON"),
])
def test_private_contact_in_the_same_settings_stays_flagged(detector: PiiDetector, text: str, kind: str) -> None:
    assert kind in _types(detector, text)


def test_full_stop_after_an_address_is_no_domain_label(detector: PiiDetector) -> None:
    text = "Escriba a reclamos@tiendaverde.com. Su pedido llega mañana."
    assert ("EMAIL_ADDRESS", "reclamos@tiendaverde.com. Su") not in _spans(detector, text)
    personal = "Mi correo es lucia.paredes@gmail.com. Su respuesta, por favor."
    assert ("EMAIL_ADDRESS", "lucia.paredes@gmail.com") in _spans(detector, personal)
    obfuscated = "write to jane.roe [at] gmail . com. Thanks"
    assert "EMAIL_ADDRESS" in _types(detector, obfuscated)


# --- documentation values marked as such in several languages
@pytest.mark.parametrize("text", [
    "Los docs usan 123-45-6789 como sample SSN y (555) 014-2231 como teléfono, ¿sirve para los unit tests?",
    "Dans la doc, DE89 3704 0044 0532 0130 00 c'est l'IBAN de test. On peut l'utiliser ?",
    "Formular: Name: ____  IBAN: GB82 WEST 1234 5698 7654 32 (Beispiel)\nBitte als Vorlage.",
    "Form: Name: ____  NRIC: S1234567D (sample only)  HP: ____\nturn it into a web form lah.",
])
def test_documentation_values_marked_so_are_clean(detector: PiiDetector, text: str) -> None:
    assert _spans(detector, text) == []


@pytest.mark.parametrize("text, kind", [
    ("My SSN is 123-45-6789, can you check my tax form sample?", "US_SSN"),
    ("Name: Tan Wei Ming  NRIC: S1234567D (sample only)", "PERSON"),
    ("Mi IBAN es DE44 5001 0517 5407 3249 31 (ejemplo de formato).", "IBAN_CODE"),
    ("Llama a Lucía Paredes al (555) 014-2231 mañana.", "PERSON"),
])
def test_private_values_beside_sample_words_stay_flagged(detector: PiiDetector, text: str, kind: str) -> None:
    assert kind in _types(detector, text)


# --- a place as a modifier
@pytest.mark.parametrize("text", [
    "You are a helpful assistant for Malaysia users.",
    "Write a welcome note for our Singapore customers lah.",
    "Draft the notice for the Kenya office, in simple English.",
])
def test_place_before_its_people_or_branch_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "I am the personal assistant for Jordan, reach me on 555-201-7788.",
    "Jordan Alvarez users our shared drive, his phone is 415-555-2290.",
])
def test_place_words_that_are_names_stay_names(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


# --- dishes on a menu
@pytest.mark.parametrize("text", [
    "Naya menu banana hai: Dal Makhani ₹240, Kadai Paneer ₹310. English mein likho.",
    "La carta nueva: Ropa Vieja $14, Lomo Saltado $18, translate it please.",
])
def test_dishes_with_prices_on_a_menu_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


def test_people_with_amounts_off_a_menu_stay_flagged(detector: PiiDetector) -> None:
    assert "PERSON" in _types(detector, "Paise mil gaye: Rohit Verma ₹500, Anjali Rao ₹300. Hisaab likh do.")


# --- public figures by a standing of public record
@pytest.mark.parametrize("text", [
    "Grabe talaga si Carlos Yulo, Olympic gymnastics champion, ang galing niya kahapon.",
    "Ayer Ruth Bader Ginsburg, the Supreme Court justice, fue tema de clase, hazme un resumen.",
    "Kal Bhaichung Bhutia (captain of the national football team) ka purana interview dekha.",
    "Magnus Carlsen, the chess grandmaster: write 5 English sentences about him.",
    "Li Bai (李白), the poet: write three English lines about his life.",
    "Ayer salió Lydia Valentín, campeona olímpica, en la tele; resume la entrevista in English.",
])
def test_public_record_apposition_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Grabe si Marta Quispe, ang galing niya, tawagan mo siya sa 0917 123 4567.",
    "Marta Quispe, the club champion, left her number 415-555-2290.",
    "My colleague Kim Minjun (김민준) starts Monday, send him the onboarding pack.",
    "Mi vecina Rosa Mendoza, campeona del torneo del barrio, vive en Calle 8.",
])
def test_private_people_in_the_same_settings_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


# --- amounts, citations and name-field keys in scripts without case
@pytest.mark.parametrize("text", [
    "مبلغ: ۴۵۰ هزار تومان، شماره پیگیری ۵۵۱۲۳۰۹۸\nconvert the digits to Latin",
    "الاقتباس: صفحة ١٢٠ من كتاب الأيام، الطبعة ٣\nformat it as an English citation",
    "店名: 銀座わかば\n住所: see the map\nmake an English card.",
    "שם העסק: מאפיית הגבעה\nשעות: 8-16\ntranslate the labels.",
])
def test_amounts_citations_and_name_keys_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "氏名: 佐藤美咲\n電話: 090-4412-7781",
    "שם: נועה לוי, טלפון 052-4418832",
    "اسم الموظف: أحمد الشناوي، هاتف ٠١٠١٢٣٤٥٦٧٨",
])
def test_names_under_name_keys_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Korean place names in English: Compare Revised Romanization versus Wade-Giles for them.",
    "Isko Jenkins pipeline mein add kar do, please.",
])
def test_request_verbs_and_code_switched_words_are_no_names(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "The ruling in Ngozi Okafor v. Peter Brandt was appealed last week.",
    "Isko Rohit Verma ko bhej do, uska number 98765 43210 hai.",
])
def test_cases_and_names_after_code_switched_words_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


# --- bounded cost of the new scans: each new pattern searched over 200 KB of its own adversarial characters
def _patterns():
    from gateway.signals import names, pii, recognizers
    return [
        (recognizers._PLAIN_THEN_STOP, "a.b@c.d.e. "),
        (recognizers._SERVICE_LINE_ANYWHERE, "kefu rexian e3yphrethsh goryachaya "),
        (recognizers._LINE_OWNER_BEFORE, "Hotline of Aa Bb "),
        (recognizers._DOC_MARK_CUE, "(sample (Beispiel (only an "),
        (pii._PRICE_AFTER, " - 12.5 1,2 "),
        (pii._MENU_CUE, "menux carte "),
        (pii._PLACE_MODIFIED, " users-"),
        (pii._LATIN_NAME_BEFORE_BRACKET, "Aa Bb Cc ( "),
        (pii._NAME_LABEL_KEY, "施設施設施設施設"),
        (names._CALLING_AFTER, " (屈原屈原 屈原) , the "),
        (names._PUBLIC_RECORD_AFTER, " (屈原) , the former olympic aa bb "),
    ]


@pytest.mark.parametrize("index", range(11))
def test_new_patterns_are_linear(index: int) -> None:
    pattern, chunk = _patterns()[index]
    text = (chunk * (200_000 // len(chunk) + 1))[:200_000]
    began = time.perf_counter()
    pattern.search(text)
    list(pattern.finditer(text[:20_000]))
    assert time.perf_counter() - began < scaled(1.0)
