"""Round 23 (issue 12, skerry: talking about personal data versus containing it).

- An organisation's name made of an invented word and its trade (groceries, games, media, mail order "Versand",
  retail, health, payments, telecoms...) is the organisation, not a person: the trade noun ends an organisation's
  name like "Logistics" or "Pharmacy" (recognizers._ORG_LAST).
- The mailboxes of data-protection work ("dsar@", "dataprotection@", "datenschutz@", "rgpd@", "tietosuoja@") are a
  privacy team's role mailboxes like "privacy@" and "dpo@": on a documentation domain they are nobody's.
- A list of field labels in a script without case ("שם, כתובת, טלפון"; "जन्म तिथि:") names no person: labels may
  be separated by commas, and a birth date's label is a label in ~20 languages.
- A mainland-China mobile number written as there, 3-4-4 ("138 1995 0311"), is a phone number without a phone word.
- A 3-character Han name led by one of the rarer Chinese family names after a Latin cue of holding or sending ("It
  belongs to X", "cardholder X") is a person.
- Asking the model to quote or cite somebody on a subject ("quote X on privacy by design", "zitiere X zum Thema",
  "cita a X sobre") presupposes their words are on record: a public figure, unless a possessive or a price's sense
  of "quote" says otherwise.
- An office of public supervision before or in apposition to the name ("Data Protection Commissioner X", "X, the
  European Data Protection Supervisor", "la présidente de la CNIL X", "Bundesbeauftragte für den Datenschutz X")
  names the officeholder in their public role, unless the sentence is private (home, family, own line, "my"); an
  organisation's own data-protection officer stays a person.
- The public figures of data protection and privacy are listed (data/public_figures.txt, round 23 section).
Our own phrasings and invented names; near misses (private people in the same settings) stay detected."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector


# --- an organisation named by its trade
@pytest.mark.parametrize("text", [
    "You are the support assistant for Vennmoor Grocers.",
    "Du hilfst dem Datenschutzteam von Ostwald Versand bei Auskunftsersuchen.",
    "Tu es l'assistant de réponse aux incidents de Tarnholt Games.",
    "Eres el asistente del equipo de privacidad de Quellbrook Pay.",
    "Controller: Marrowby Health, registered office.",
    "Summarise the outage report for Skelldale Media in three bullet points.",
    "Draft the returns policy for Farrowgate Retail.",
])
def test_organisation_named_by_its_trade_is_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Affected customers at Vennmoor Grocers: Tamsin Okonkwo | tamsin.okonkwo@gmail.com",
    "Ostwald Versand: betroffen ist Herr Jörg Pfeffermann, Telefon 0151 4432 1187.",
    "Please write to Hollis Pendrake about the Tarnholt Games refund; her number is 07700 914 552.",
])
def test_private_people_beside_a_trade_name_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


# --- data-protection role mailboxes
@pytest.mark.parametrize("text", [
    "Subject access requests go to dsar@kellbrook.example.com; median answer time 11 days.",
    "Wenden Sie sich an datenschutz@ostwald-versand.example.",
    "Contact du délégué : rgpd@maison-lune.example.org",
    "Questions: dataprotection@vennmoor.example.net",
    "Tietosuoja-asiat: tietosuoja@pohjola-kauppa.example",
])
def test_data_protection_role_mailbox_on_documentation_domain_is_clean(detector: PiiDetector, text: str) -> None:
    assert "EMAIL_ADDRESS" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    # (round 30: "dsar@kellbrook.com" alone is a desk's; called somebody's own inbox, it stays flagged)
    "Requests arrive at my own inbox dsar@kellbrook.com, nobody else reads it.",
    "Email tamsin.okonkwo@example.com the erasure confirmation, she asked twice.",
    "Meine private Adresse ist joerg.pfeffermann@gmx.de",
])
def test_personal_or_real_domain_mailboxes_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "EMAIL_ADDRESS" in _types(detector, text)


# --- field labels of scripts without case
@pytest.mark.parametrize("text", [
    "Columns in the export: email, phone_e164, שם, כתובת, טלפון, תאריך לידה. Which are special category?",
    "Check the masking:\nनाम: ████ █████\nपता: ████, इंदौर\nजन्म तिथि: ██/██/19██",
    "The form asks for: اسم، العنوان، الهاتف and nothing else.",
    "Labels: 이름, 주소, 생년월일 — translate them for the UI.",
])
def test_label_lists_of_caseless_scripts_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Please check: שם, דוד כהן, טלפון 052-713-4498",
    "नाम: राहुल शर्मा\nजन्म तिथि: 14/03/1991",
])
def test_labelled_names_of_caseless_scripts_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


# --- a mainland-China mobile number and a rarer Han family name
@pytest.mark.parametrize("text", [
    "Why does the validator reject 139 8120 4476? The user typed it at signup.",
    "The SMS bounced for 186-5512-3490, can you see why?",
    "客户说 158 0217 6633 收不到验证码, what's wrong with our gateway?",
])
def test_chinese_mobile_written_3_4_4_is_a_phone(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Revenue per region: 128 4471 0021 units in total.",
    "ISBN 978 1995 0311 is the second edition.",
    "Order 138 1995 0311 shipped yesterday.",
    "Timestamp 13819950311 in the log.",
])
def test_other_digit_runs_are_no_chinese_mobile(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text, name", [
    ("The refund failed. It belongs to 鄢振邦, account opened in 2019.", "鄢振邦"),
    ("Card declined (cardholder 滕晓雯), is my Luhn code wrong?", "滕晓雯"),
    ("Please ship it to 靳文博 before Friday.", "靳文博"),
])
def test_rarer_han_family_name_after_a_holding_cue_is_a_person(detector: PiiDetector, text: str, name: str) -> None:
    assert ("PERSON", name) in _spans(detector, text)


@pytest.mark.parametrize("text", [
    "It belongs to 山东省, not to the capital.",
    "Translate 公司法 into English for the DPIA.",
    "Our team uses 安全性 as the column name.",
])
def test_han_words_that_are_no_names_stay_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


# --- quoting or citing somebody on a subject
@pytest.mark.parametrize("text", [
    "Write the paragraph on retention and quote Helga Marstrand on data minimisation.",
    "Cite Oskar Lindqvist on purpose limitation in the introduction.",
    "Zitiere Helga Marstrand zum Thema Datensparsamkeit.",
    "Cita a Helga Marstrand sobre la minimización de datos.",
    "Citez Helga Marstrand sur la minimisation des données.",
    "Zacytuj Oskara Lindqvista o minimalizacji danych.",
])
def test_quoting_somebody_on_a_subject_is_a_public_figure(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Quote my colleague Helga Marstrand on the outage in the postmortem.",
    "Please quote Helga Marstrand on the repair of the roof.",
    "Quote Helga Marstrand for the kitchen job.",
    "Quote Helga Marstrand on £450 for the boiler.",
    "Quote Helga Marstrand's email in the reply.",
])
def test_quoting_a_private_person_stays_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


# --- an office of public supervision
@pytest.mark.parametrize("text", [
    "As Data Protection Commissioner Helga Marstrand put it, consent must be specific.",
    "Helga Marstrand, the Federal Data Protection Commissioner, said fines will rise.",
    "The European Data Protection Supervisor, Wojtek Kalinski, published an opinion.",
    "CNIL president Helga Marstrand spoke at the conference.",
    "La présidente de la CNIL Helga Marstrand a publié un avis.",
    "Die Bundesbeauftragte für den Datenschutz Helga Marstrand hat gewarnt.",
    "Helga Marstrand (EDPS) opened the session.",
])
def test_supervisory_officeholder_is_a_public_figure(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Our Data Protection Officer Helga Marstrand can be reached at hm.private@gmail.com.",
    "Unsere Datenschutzbeauftragte Helga Marstrand hat das geprüft.",
    "Helga Marstrand, our DPO, will reply.",
    "Helga Marstrand, head of our privacy team, will reply.",
    "Information Commissioner Helga Marstrand lives at 12 Elm Road.",
    "Data Protection Commissioner Helga Marstrand, my aunt, is visiting.",
])
def test_company_officers_and_private_sentences_stay_flagged(detector: PiiDetector, text: str) -> None:
    assert "PERSON" in _types(detector, text)


# --- the field's listed public figures
@pytest.mark.parametrize("text", [
    "Summarise what Shoshana Zuboff argues about behavioural surplus.",
    "Add a footnote on the Max Schrems cases to the transfer section.",
    "Which check digit did Hans Peter Luhn propose, and why does it miss transpositions?",
    "Resume la postura de Wojciech Wiewiórowski sobre el reconocimiento facial.",
])
def test_listed_privacy_figures_are_clean(detector: PiiDetector, text: str) -> None:
    assert "PERSON" not in _types(detector, text)


# --- bounded cost
def test_new_patterns_bounded_on_adversarial_input(detector: PiiDetector) -> None:
    samples = [
        "quote on " * 25_000,
        "Commissioner " * 15_000,
        "CNIL president " * 12_000,
        "138 1995 " * 20_000,
        "שם, " * 50_000,
        "x" * 100_000 + " Grocers" * 10_000,
    ]
    for text in samples:
        text = text[:200_000]
        began = time.perf_counter()
        detector.detect([text], locate=True)
        assert time.perf_counter() - began < scaled(20.0), text[:40]


def test_many_rarer_han_names_cost_what_common_ones_do(detector: PiiDetector) -> None:
    # every cued name is judged once (a few ms each, as a common family name's already is): linear, not worse
    timings = []
    for n in (300, 600):
        text = "It belongs to 鄢振邦. " * n
        began = time.perf_counter()
        detector.detect([text], locate=True)
        timings.append(time.perf_counter() - began)
    assert timings[1] < 3.5 * timings[0] + scaled(1.0), timings


def test_new_regexes_alone_are_linear() -> None:
    from gateway.signals import names, pii, recognizers
    cases = [
        (names._SUPERVISORY_OFFICE_BEFORE, "Data Protection " * 12_500),
        (names._SUPERVISORY_OFFICE_AFTER, ", the " + "Data " * 40_000),
        (names._HAN_OWNER_CUE, "belongs to " * 18_000),
        (names._PRIVATE_OF_OFFICE, "a" * 200_000),
        (pii._QUOTE_VERB_BEFORE, "quote " * 33_000),
        (pii._QUOTE_SUBJECT_AFTER, " on the " * 25_000),
        (pii._CONTACT_LABELS_ONLY, "שם, " * 50_000 + "x"),
        *((shape, "138 " * 50_000) for _, shape in recognizers._SHAPED_MOBILES),
        (recognizers._SHAPED_MOBILES[1][1], "010-" * 50_000),
    ]
    for pattern, text in cases:
        began = time.perf_counter()
        for at in range(0, len(text), len(text) // 50):
            pattern.search(text, at, min(len(text), at + 2_000))
        pattern.search(text)
        assert time.perf_counter() - began < scaled(1.0), pattern.pattern[:60]
