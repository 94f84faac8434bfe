"""Round 28 (issue 12, an organisation's own contact values on benign records): role mailboxes decided by the
language rather than by a list, a team's own line, an economy's "private sector", the payment networks' published
test values in a test run of a page, a clinical trial's registry number, and a business's address before its
switchboard.

Near misses stay detected: a person's mailbox (a name, initials, digits, a word that says it is private, any local
part at a consumer mail service), "my mobile", a person's number next to their name, a card or an IBAN that is no
published test value, a person's address. Our own phrasings and invented organisations."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals import recognizers as R
from gateway.signals.recognizers import _role_mailbox


ROLE_MAILBOXES = [
    # one word of the language, no list needed
    "payroll@kestrelfield.com", "expenses@kestrelfield.co.uk", "panel@brackwater.org", "interviews@brackwater.org",
    "references@ironmoss.example", "reward@ironmoss.de", "grants@lowfell.ac.uk", "photography@lowfell.ac.uk",
    # several parts, each a word or an organisation's acronym
    "research.office@lowfell.ac.uk", "ethics-committee@lowfell.ac.uk", "study-helpdesk@lowfell.ac.uk",
    "hmo.licensing@harbury-council.gov.uk", "phishing-report@ironmoss.de", "irb@lowfell.edu", "hr.ops@brackwater.org",
    "dpo@brackwater.org", "grants_office@lowfell.ac.uk",
    # two words written as one
    "dataaccess@lowfell.ac.uk", "ethicsoffice@lowfell.ac.uk",
]


@pytest.mark.parametrize("address", ROLE_MAILBOXES)
def test_mailboxes_written_from_words_are_roles(address: str) -> None:
    """Every part of the local part is a word that names nobody, or a role's acronym: a role's mailbox."""
    assert _role_mailbox(address)


PERSONAL_MAILBOXES = [
    "anna.k@kestrelfield.com", "jsmith@kestrelfield.com", "j.smith@kestrelfield.com", "rose@kestrelfield.com",
    "mark@kestrelfield.com", "hunter@kestrelfield.com", "mark.hunter@kestrelfield.com", "white@kestrelfield.com",
    "kim.office@kestrelfield.com", "ole.nordmann@brackwater.no", "payroll2@kestrelfield.com", "jk@kestrelfield.com",
    "me@annaberg.net", "home@berg-family.net", "family@berg-family.net", "private@kestrelfield.com",
    # any local part at a consumer mail service or an ISP is a private account
    "payroll@gmail.com", "research.office@web.de", "ethics@outlook.com", "grants@t-online.de", "panel@orange.fr",
    "reward@hotmail.co.uk", "interviews@comcast.net",
]


@pytest.mark.parametrize("address", PERSONAL_MAILBOXES)
def test_mailboxes_of_people_are_no_roles(address: str) -> None:
    """A name, initials, digits, a private word, a consumer mail service: a person's mailbox."""
    assert not _role_mailbox(address)


CLEAN = [
    # an organisation's role mailboxes in its own sentences, several languages
    "Claims for the Leeds trip go via expenses@kestrelfield.example.com by Friday.",
    "Panel inbox for the warehouse interviews: panel@brackwater.example.org",
    "Rückfragen zur Abrechnung bitte an payroll@ironmoss.example.com.",
    "Les questions sur vos droits : ethics-committee@lowfell.example.edu",
    "Para dudas sobre el estudio: study-helpdesk@example.org",
    "From: research.office@example.edu\nTo: partner sites\nSubject: agreement signed",
    "Forward the suspicious mail to phishing-report@example.com and close the ticket.",
    # a team's own line, said to be theirs
    "Landlords must license by June; enquiries to the private-sector housing team, +44 161 496 0321, "
    "hmo.licensing@harbury-council.example.org.",
    # a test run of a page with the networks' published test values
    "Testing the checkout page: card 4242 4242 4242 4242 exp 11/29, IBAN DE89 3704 0044 0532 0130 00, all green.",
    "Wir testen die neue Spendenseite: testing the donation form with 5555 5555 5555 4444 and GB82 WEST 1234 5698 "
    "7654 32.",
    # a clinical trial's registry number
    "Site file, protocol ABC-104, EudraCT 2024-003318-21, version 3.",
    "Registrierung: DRKS 00031245, EU CT 2023-501234-11-00.",
    # a business's address before its switchboard
    "Receipt: Hotel Tern Wharf, 9 Dock Road, switchboard 0117 496 0123. Invoice INV-55012, 96.00 incl VAT.",
    # a signature's date of this decade is no birth date
    "Thanks, see you Monday.\n--\nSent 03.11.2026 from the office\n14.02.2025\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_an_organisations_own_values_are_clean(detector: PiiDetector, text: str) -> None:
    assert not _types(detector, text), _spans(detector, text)


PRIVATE = [
    ("Claims for the Leeds trip: send mine to anna.k@kestrelfield.example.com by Friday.", "EMAIL_ADDRESS"),
    ("Rückfragen bitte an jsmith@ironmoss.de, das ist mein Postfach.", "EMAIL_ADDRESS"),
    ("Questions to payroll@gmail.com, my own account.", "EMAIL_ADDRESS"),
    ("Write to my private inbox payroll@ironmoss.de tonight.", "EMAIL_ADDRESS"),
    ("Call my mobile +44 7911 123456 after the private-sector housing meeting.", "PHONE_NUMBER"),
    ("Enquiries to Jana Novak, +420 602 123 456, about the flat.", "PHONE_NUMBER"),
    ("Testing the checkout page with my own card 4539 1488 0343 6467 exp 11/29.", "CREDIT_CARD"),
    ("Testing the payout form: IBAN DE44 5001 0517 5407 3249 31 for Jana Novak.", "IBAN_CODE"),
    ("Charge it to 4111 1111 1111 1111, expiry 04/27.", "CREDIT_CARD"),
    ("Anna Berg, 14 Harbour Street, switchboard 0117 496 0806.", "STREET_ADDRESS"),
    ("Receipt: Hotel Tern Wharf, 9 Dock Road, my mobile 07911 123456.", "PHONE_NUMBER"),
    # a bare birth-year date in an e-mail's signature (a role's mailbox in the headers no longer hides it)
    ("Return-Path: <bounce@example.net>\nSubject: Re: invoice\n\nSee below.\n--\n21.04.1971\n", "DATE_OF_BIRTH"),
    ("Danke!\n-- \nJana Novak\nBuchhaltung\n1984-02-29\n", "DATE_OF_BIRTH"),
]


@pytest.mark.parametrize(("text", "kind"), PRIVATE)
def test_a_persons_values_stay_flagged(detector: PiiDetector, text: str, kind: str) -> None:
    assert kind in _types(detector, text), _spans(detector, text)


@pytest.mark.parametrize("unit", [
    "payroll.research.office.ethics-committee@lowfell.ac.uk ",
    "dataaccessdataaccessdataaccessdataaccess@x.org ",
    "Testing the the the new new page page ",
    "enquiries to the private-sector private-sector housing housing team, ",
    "EudraCT EudraCT 2024-003318-21 ",
])
def test_new_patterns_are_bounded(unit: str) -> None:
    """200 KB of the new patterns' material: each pattern scans it in bounded time."""
    text = unit * (200_000 // len(unit))
    begin = time.perf_counter()
    R._TEST_DATA_CUE.search(text)
    R._SERVICE_LINE_ANYWHERE.search(text)
    R._PRIVATE_CONTACT.search(text)
    R._NOT_PHONE_CUES.search(text)
    for word in text.split()[:2000]:
        R._role_mailbox(word)
    assert time.perf_counter() - begin < scaled(2.0)


def test_detector_is_bounded_on_the_new_material(detector: PiiDetector) -> None:
    """The whole scan of 200 KB of role mailboxes and test-run sentences stays bounded."""
    unit = "Testing the checkout page: payroll@kestrelfield.example.com, dataaccess@lowfell.ac.uk, EudraCT 2024-003318-21. "
    text = unit * (200_000 // len(unit))
    begin = time.perf_counter()
    detector.detect([text])
    assert time.perf_counter() - begin < scaled(20.0)
