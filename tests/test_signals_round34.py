"""Round 34: batch 6's classes (hamada: local government and housing; flysch: travel and hospitality; regolith:
banking, insurance and pensions), after their first looks.

Recall: a relation of the person a record is about ("the guest's partner X", "customer's spouse X"), the people who
work for a household or a block ("our caretaker X"), a private note under a table of figures whose counts read as
old years. Benign: a phone library's example numbers given as such, an airline ticket's and a planning application's
numbers, an airport named after somebody where one travels to it, municipalities and banks by their words, a bank's
and a council's desks' mailboxes, a line's hours in brackets, a fictional tenant in quotes. Each rule keeps the same
value when a private cue makes it somebody's. Our own phrasings, invented names and organisations."""

from __future__ import annotations

import time

import pytest

from pii_spans import spans
from timing import scaled


FOUND = [
    ("the passenger's partner Orlenka has a peanut allergy, please tell the crew", "Orlenka"),
    ("Customer's spouse Tavish rang to ask about the joint account.", "Tavish"),
    ("The tenant's son Jorvik will let the surveyor in on Monday.", "Jorvik"),
    ("Our caretaker Hollin saw the leak first.", "Hollin"),
    ("our gardener Ismo cut through the cable", "Ismo"),
    # a note under a table of figures, whose four-digit counts read as years of a register
    ("region,claims,avg,share\nN1,1540,2211.40,12\nN2,1633,1894.10,18\nhis wife, Maribeth, called about the claim\n"
     "N3,1702,990.00,7", "Maribeth"),
]


@pytest.mark.parametrize("text,value", FOUND)
def test_round34_people_are_found(text: str, value: str) -> None:
    assert any(value in v for kind, v in spans([text]) if kind == "PERSON"), spans([text])


NOBODYS = [
    # a phone library's example numbers, given as such
    "FIXTURE_PHONE_DE = '+49 30 123456'  # the library's example number\nFIXTURE_PHONE_FR = '+33 1 23 45 67 89'",
    "Sample numbers for the form validator: +44 121 234 5678, +81 3-1234-5678",
    # an airline ticket's and a planning application's numbers
    "Booking ref QX7T2L, e-ticket 125-4419028376, flight BA2490 seat 14C",
    "Ref: planning application 24/01873/FUL (side extension), decision due in March",
    # an airport named after somebody, where one travels to it
    "Most of the delegates land at Jomo Kenyatta International Airport on Sunday night.",
    "Connect via Indira Gandhi airport, then take the shuttle.",
    # municipalities and banks by their words
    "Site notice: the land is owned by Gemeinde Altenwerth and leased to a charity.",
    "Δήμος Καλαμαριάς - Τμήμα Καθαριότητας\nΏρες λειτουργίας: 08:00-15:00",
    "IVR greeting: 'Welcome to Corvalla Banca. For lost cards press 1.'",
    # a bank's and a council's desks' mailboxes
    "For onboarding documents write to kyc-team@corvalla-banca.it (Registered office: Via Roma 12, Torino)",
    "Council Tax enquiries: ctax@westerbrook.gov.uk",
    # a line's hours in brackets, in the organisation's contact block
    "Harbourlight Hotels - contact block\nPhone: +61 2 9921 4400 (24/7 switchboard)\nEmail: groups@harbourlight.example",
    # a fictional tenant in quotes
    "For the training exercise use the fictional claimant 'Doris Pemberley' throughout.",
]


@pytest.mark.parametrize("text", NOBODYS)
def test_round34_nobodys_values_stay_clean(text: str) -> None:
    assert spans([text]) == []


NEAR_MISSES = [
    # a library's example number as somebody's own
    ("My own mobile, which I also use as the test number: +44 121 234 5678", "PHONE_NUMBER"),
    # an example number without its country code may be anybody's
    ("Sample: call Mrs Oduya on 0121 234 5678 tomorrow", "PHONE_NUMBER"),
    # an errand at the airport for a person
    ("please pick up Dagny Holmqvist at the airport at 6", "PERSON"),
    ("Dagny Holmqvist airport transfer booked for 9:40", "PERSON"),
    # a person's line with its hours
    ("Name: Oskar Lindqvist\nPhone: 07911 123456 (24/7 reception)", "PERSON"),
    ("my mobile +61 412 345 678 (24/7)", "PHONE_NUMBER"),
    # the organisation's partner is no relation
    ("the club's partner Vantero supplies the kit", None),
]


@pytest.mark.parametrize("text,kind", NEAR_MISSES)
def test_round34_near_misses(text: str, kind: str | None) -> None:
    found = {k for k, _ in spans([text])}
    assert (kind in found) if kind else not found, spans([text])


@pytest.mark.parametrize("text,number", [
    ("my mobile +61 412 345 678 (24/7)", "+61 412 345 678"),
    # the hours after a number hid it whole before: no phone word, no number
    ("Ring +44 7911 123456 (24/7) if the alarm goes", "+44 7911 123456"),
    ("Emergency contact: +44 7911 123456 (24/7)", "+44 7911 123456"),
])
def test_round34_hours_are_no_digits_of_the_number(text: str, number: str) -> None:
    assert ("PHONE_NUMBER", number) in spans([text])


def test_round34_bounded_cost() -> None:
    """100 KB of figure rows with a note among them, and of relation genitives, scan in seconds."""
    rows = "".join(f"R{k},{1500 + k % 300},{k * 3.7:.2f},{k % 40}\n" for k in range(3000))
    text = rows + "his wife, Maribeth, called\n" + rows
    began = time.perf_counter()
    spans([text[:100_000]])
    spans(["the guest's partner and the customer's spouse " * 2000])
    assert time.perf_counter() - began < scaled(20)
