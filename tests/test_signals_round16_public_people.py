"""Round 16 (issue 12): PERSON flags on text about nobody private. People named through a public role or an
eponym, royals and their spouses by title, history told with a year long past, firms named by an invented word
and an industry noun, and everyday prose read as names (lower-case clauses with an article, Vietnamese, Arabic and
Hindi request words, a form's CJK label row, "ms" after a number). Each benign class has its private counterpart
that must stay flagged. All names and values invented."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.classifier import SignalClassifier
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings, SignalSettings


@pytest.fixture(scope="module")
def classifier() -> SignalClassifier:
    clf = SignalClassifier(SignalSettings())
    clf.warm()
    return clf


@pytest.mark.parametrize("text", [
    # an eponym's namesake, named through a role
    "The Brenner index, named after cardiologist Hedda Lindqvist, ranks heart risk.",
    "The Varga allowance is named after labour minister Jorun Haldane; the Ostrow curve after economist Pablo Marquez.",
    "Der Index ist benannt nach dem Ökonomen Lukas Feldhaus und misst die Ungleichheit.",
    # royals by title, and a royal's spouse
    "Princess Adelind of Norvania opened the new bridge last spring.",
    "Prince Tobias and Clara Wendt married at the cathedral in June.",
    # history told with a year long past
    "In 1891 Hedda Lindqvist drove the prototype from Bonn to Köln.",
    "Marco Ferrante was convicted of tax evasion in 1932.",
    "Pablo Marquez died in a crash near Sevilla in 1953.",
    "Im Jahr 1905 veröffentlichte Lukas Feldhaus seine Theorie.",
])
def test_round16_people_of_public_record_are_not_private(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    "My son is named after my colleague Pablo Marquez.",
    "The twins were named after her neighbour Hedda Lindqvist.",
    "Pablo Marquez was born in 1948 in Sevilla, please update his file.",
    "My grandfather Pablo Marquez emigrated in 1952; draft the letter to the archive.",
    "Please email Hedda Lindqvist the invoice by Friday.",
    "My little Princess Anna Kowalczyk starts school tomorrow.",
])
def test_round16_private_people_stay_flagged(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text


def test_round16_royal_birth_is_no_private_date_of_birth(classifier: SignalClassifier) -> None:
    public = "Princess Adelind of Norvania was born on 3 March 2019 at the royal clinic."
    private = "My daughter Adelind was born on 3 March 2019 at the clinic."
    assert "DATE_OF_BIRTH" not in classifier.classify([public]).pii.entity_types
    assert "DATE_OF_BIRTH" in classifier.classify([private]).pii.entity_types


@pytest.mark.parametrize("text", [
    "You are the help-desk assistant of Quorvane Payroll. Answer only from the docs.",
    "You are the support assistant of Tessaly Analytics; be brief.",
    "You are the assistant of Brightmoor Robotics, be concise.",
])
def test_round16_invented_word_and_industry_noun_is_a_firm(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


def test_round16_assistant_of_a_person_stays_flagged(classifier: SignalClassifier) -> None:
    assert "PERSON" in classifier.classify(["I am the personal assistant of Maria Lopez."]).pii.entity_types


@pytest.mark.parametrize("text", [
    "Por favor, llamar el martes por la mañana sobre el pedido.",
    "Merci de rappeler la banque demain matin.",
    "Bạn giúp mình viết lại cho chuẩn nhé? — make it a list",
    "من فضلك ساعدني في صياغة هذا — is it formal enough?",
    "क्या आप इसे ठीक से लिखने में मदद करेंगे? — thanks",
    "hey assistant 客户 姓名 电话 电话 地址 地址 status closed",
    "error rate 0.2%, p95 latency 380 ms.\nBitte morgen zurückrufen wegen der Rechnung.",
])
def test_round16_everyday_prose_is_no_name(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("texts", [
    ["text ainhoa garmendia about friday"],
    ["text ahmed el sayed about the lease"],
    ["Ms. Brandt asked for the report."],
    ["姓名 王小明 电话 13800001111"],
    ["applicant", "Дарья Колесникова", "event", "marriage"],
    ["deceased", "अनुराधा देशपांडे"],
    ["Clean this:\nNombre;pasaporte;nota\nAitzol Garaikoetxea;XY9876543;ok\n"],
])
def test_round16_names_beside_the_new_rules_stay_flagged(texts: list[str]) -> None:
    result = PiiDetector(PiiSettings()).detect(texts, locate=True)
    assert "PERSON" in result.entity_types, texts


@pytest.mark.parametrize("text", [
    "named after economist " * 3000 + "Pablo Marquez",
    "In 1888 " * 5000 + "Hedda Lindqvist drove.",
    "Prince Tobias and " * 3000 + "Clara Wendt",
    "devolver la llamada " * 4000,
    "电话 电话 " * 5000,
], ids=["named-after", "history", "royal-pair", "articles", "cjk-labels"])
def test_round16_rules_stay_bounded(classifier: SignalClassifier, text: str) -> None:
    start = time.process_time()
    PiiDetector(classifier.settings.pii).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


@pytest.mark.parametrize("text", [
    'payment declined card=4111 1111 1111 1111 holder="Dawit Bekele" zip=1804',
    "Member Ailin Vazquez phoned from +54 9 11 2344-3747 about the lump sum.",
    "Member Olena Kovalchuk phoned from 050 120 1416 re: the pension.",
    "Client Tomasz Wierzbicki called about invoice 1934, email t.wierzbicki@mailbox.pl.",
])
def test_round16_numbers_in_a_record_are_no_history(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text
