"""Round 35: batch 6's remaining classes, seen after round 34 (hamada, flysch, regolith).

Benign: a council's own references beside an account number (UPRN, PCN), a fictional tenant with an initial inside
the name, a lower-case everyday word of a language the name table lacks ("desde", "hace"), an elided article glued to
a noun ("all'ospite"), a library's example number that keeps its leading zero (Italy's "+39 02 ..."), a table of
test cards and their outcomes, a person quoted by their public role in a press clipping, a hotel by its trading
figures, a council in Welsh, an office between two name-like words ("Fed Governor X"). Each rule keeps the value
where a private cue or its shape makes it somebody's. Our own phrasings, invented names and organisations."""

from __future__ import annotations

import time

import pytest

from pii_spans import spans
from timing import scaled


NOBODYS = [
    # a council's own references beside an account number
    "Which system uses each of these?\nUPRN 100023336956 | account 51736620 | case CAS-1188204 | PCN KT40112233",
    # a fictional tenant with an initial inside the name
    "For the role-play use the fictional tenant 'Wat T. Pelling' from the course pack.",
    # lower-case everyday words of a language the name table does not list
    "hay una gotera en el baño desde hace un mes y nadie ha venido",
    # an elided article glued to a noun, after a salutation word
    "scrivi una risposta gentile all'ospite, per favore",
    "prepara una nota gentile dell'ufficio",
    # a library's example number with its leading zero, given as such
    "FIXTURE_PHONE_IT = '+39 02 1234 5678'  # library example number",
    # a table of published test cards and their outcomes
    "Test matrix: 4242 4242 4242 4242 -> approve; 4000 0000 0000 9995 -> insufficient funds",
    # a person quoted by their public role in a press clipping
    'Press clipping:\n"Ondrea Salvik, Corvetta Air\'s chief executive, said today that routes will grow."\n'
    "Source: Corvetta newsroom",
    'Press release: "Tamsin Okoro, headliner of the Brisk Harbour festival, said on Monday that tickets sold out."',
    # a hotel by its trading figures
    "Monthly report Arvella Quintero: occupancy 71%, ADR 143 EUR, RevPAR 101 EUR",
    # a council in Welsh
    "The site is owned by Cyngor Tregarwen and leased to the school.",
    # an office between two name-like words
    "Market wrap: Fed Governor Michelle Bowman said rates stay restrictive.",
    # batch 7, seen: a role after a salutation, user acceptance testing, a list of streets, utilities and a law firm
    "Dear Parent/Carer of [CHILD NAME],\nYour child's report is attached.",
    "For UAT of the booking page use 4242 4242 4242 4242 (any CVC) and any future date.",
    "Planned work on 10/07/2026 in Wirrabend. Streets: Kooyong Cres, Birrawa Rd, Yarrinup St. About 900 homes.",
    "Status page Corvane Telekom: DNS resolvers 8.8.8.8 / 1.1.1.1 respond normally.",
    "Λαμπρίδης & Σταθάκης Δικηγορική Εταιρεία — Registered office: 14 Guild Street",
]


@pytest.mark.parametrize("text", NOBODYS)
def test_round35_nobodys_values_stay_clean(text: str) -> None:
    assert spans([text]) == []


NEAR_MISSES = [
    # a bank word beside the account keeps it a bank account
    ("UPRN 100023336956, direct debit from account 51736620", "US_BANK_NUMBER"),
    # a real person with an initial inside the name
    ("Please call Wat T. Pelling about the arrears.", "PERSON"),
    # a lower-case name typed in a casual line
    ("text maialen arrieta about friday", "PERSON"),
    # a surname with "d'" typed in lower case after a salutation
    ("gentile d'angelo, grazie per la pazienza", "PERSON"),
    # the test card as somebody's own
    ("my card 4000 0000 0000 9995 got insufficient funds again", "CREDIT_CARD"),
    # a neighbour quoted in a letter, no press
    ("Our tenant Jane Harwood, the one in flat 4, said today she will pay.", "PERSON"),
    # a person's notes, no trading figures
    ("Mandy Rowe: occupancy notes for her flat", "PERSON"),
    # a colleague with a middle name
    ("Call Mary Ann Smith tomorrow about the loan.", "PERSON"),
    # a real card in a UAT sentence stays a card (only the published test cards clear)
    ("my own card 4556 7375 8689 9855 was charged twice during UAT", "CREDIT_CARD"),
    # people named like streets, in a list
    ("Please ask Mary Lane and Tom Court to join the call", "PERSON"),
    # a private home on a listed street
    ("Streets: Kooyong Cres. Our tenant Marit Solvang lives at 4 Kooyong Cres", "PERSON"),
]


@pytest.mark.parametrize("text,kind", NEAR_MISSES)
def test_round35_near_misses(text: str, kind: str) -> None:
    assert kind in {k for k, _ in spans([text])}, spans([text])


def test_round35_a_quoted_role_cuts_the_name_at_the_comma() -> None:
    """"X Y, Z Rent's CEO": the organisation's possessive after the comma is no "Surname, Given"."""
    assert ("PERSON", "Yolita Zamuedo") in spans(["Send it to Yolita Zamuedo, Lumiix Rent's CEO."])
    assert ("PERSON", "Kowalski, Jan's") in spans(["Kowalski, Jan's car is blue"])


def test_round35_bounded_cost() -> None:
    """100 KB of press-clipping appositives and of lower-case foreign prose scan in seconds."""
    began = time.perf_counter()
    spans(['Press clipping: "Ondrea Salvik, the chief, said ' * 2000])
    spans(["hay una gotera en el baño desde hace un mes " * 2300])
    spans(["Monthly report X: occupancy 7" * 3400])
    assert time.perf_counter() - began < scaled(20)


@pytest.mark.parametrize("text,name", [
    ("R5,282,7925.21,7\nEhepartner/in des Kunden, Wendelin, Kunde hat heute angerufen\nR6,935,2073.09,36", "Wendelin"),
    ("współmałżonek klienta, Bożysław, klient dzwonił dziś", "Bożysław"),
    ("супруг(а) клиента, Ярина, клиент звонил сегодня", "Ярина"),
    ("زوج/زوجة العميل سلمى, اتصل العميل اليوم", "سلمى"),
    ("su esposo(a), Maricruz, el cliente marcó hoy", "Maricruz"),
    ("conjoint(e) du client, Aurèle, a appelé ce matin", "Aurèle"),
    ("spouse of the policyholder, Tamsin, rang about the claim", "Tamsin"),
])
def test_round35_the_spouse_of_a_records_subject_is_found(text: str, name: str) -> None:
    """The spouse of the person a record is about, written as a note in other languages; the name lists need not
    know the name."""
    assert ("PERSON", name) in spans([text]), spans([text])


def test_round35_a_business_partner_is_no_spouse() -> None:
    assert spans(["Partner der Kundin, Deutsche Bank, hat angerufen"]) == []
