"""Round 26 (issue 12): organisations' own contact points and business-side identifiers read as personal data.

Clubs', venues', box offices', schools' and firms' desks: a role mailbox (a mailbox no single person owns) in a
sentence with no private cue and no person's name; a number joined on its line to such a mailbox ("x@club.org / +44
...", "... or +47 ...", ", tel. ...", "(office)" labels). Near misses: a private cue or a person's name beside the
mailbox, a personal mailbox, a mobile beside a role mailbox, a number beside a person's own mailbox."""
from __future__ import annotations

import time

import pytest

from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import _MAILBOX_THEN_NUMBER, _NUMBER_THEN_MAILBOX, role_mailbox_beside
from gateway.signals.settings import SignalSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(SignalSettings().pii)


def _types(detector: PiiDetector, text: str) -> set[str]:
    return set(detector.detect([text]).entity_types)


# --- a desk's role mailbox, no private cue: the organisation's
@pytest.mark.parametrize("text", [
    "Internal contact: secretary@bowlsleague-harrow.org.",
    "Tickets via info@jazzweek-linz.at",
    "Fragen? registration@fachtagung-kassel.de",
    "Sign-ups for 2027: volunteers@fete-du-quartier.fr",
    "Preguntas: meters@aguas-norte.es",
    "Escalations go to refunds@shopnest.co.uk; we answer within two days.",
    "RSVP to alumni@college.edu.au before the end of May.",
])
def test_desks_role_mailbox_is_not_personal(detector, text):
    assert "EMAIL_ADDRESS" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "My email is hello@annabakes.com, write to me there.",  # the writer's own (a private cue)
    "Kontakt: Jana Novak, info@novak-design.cz",  # a person's name before it
    "Reply to maria.lopez@aguas-norte.es about the meter.",  # a person's mailbox
    "Write to tickets@gmail.com for the seats.",  # a webmail account is always someone's
])
def test_personal_mailboxes_stay(detector, text):
    assert "EMAIL_ADDRESS" in _types(detector, text)


# --- a number joined to a role mailbox on its line
@pytest.mark.parametrize("text", [
    "Questions? info@rowingclub-henley.org / +44 1491 572153",
    "Fragen: anmeldung@laufverein-ulm.de oder 0731 9217344",
    "Domande: iscrizioni@podistica-lucca.it o +39 0583 491 270",
    "Preguntas: entries@triatlon-soria.es or +34 975 22 41 19",
    "Box office: +46 8 761 43 92, tickets@konserthus-vasteras.se.",
    "Special needs enquiries: senco@hillside.sch.uk, tel. 0161 496 0732.",
    "E-mail (office): hello@coworkhub.org · Telefon (office): +49 30 2201 4477",
])
def test_number_beside_role_mailbox_is_the_desks(detector, text):
    assert "PHONE_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Questions? info@rowingclub-henley.org / +44 7911 123456",  # a mobile stays personal
    "Questions? jan.visser@rowingclub.nl / +31 20 555 1234",  # beside a person's own mailbox
    "My number: info@rowingclub-henley.org / +44 1491 572153, call me",  # a private cue
    "Contact Peter Brown: info@brown-plumbing.co.uk or 0161 298 4471",  # a person's name before it
])
def test_personal_numbers_near_mailboxes_stay(detector, text):
    assert "PHONE_NUMBER" in _types(detector, text)


def test_role_mailbox_beside_reads_both_sides():
    text = "Questions? info@club.org / +44 1491 572153"
    start = text.index("+44")
    assert role_mailbox_beside(text, start, len(text))
    text = "Box office: +46 8 761 43 92, tickets@hall.se."
    assert role_mailbox_beside(text, text.index("+46"), text.index(","))
    text = "Call +46 8 761 43 92 for seats."
    assert not role_mailbox_beside(text, text.index("+46"), text.index(" for"))


def test_bounded_cost():
    for unit in ("a@b.c / ", "a.b.c@d-e.f.g or tel. ", "x" * 30 + "@", "@a.b (office): "):
        text = unit * (200_000 // len(unit))
        t0 = time.perf_counter()
        for pos in range(1000, len(text), 997):
            role_mailbox_beside(text, pos, pos + 5)
        list(_MAILBOX_THEN_NUMBER.finditer(text[:20_000]))
        _NUMBER_THEN_MAILBOX.match(text, 5)
        assert time.perf_counter() - t0 < 1.0, unit


@pytest.mark.parametrize("text", [
    "E-mail (office): hello@coworkhub.org",
    "Correo (office): info@teatro-soria.es",
])
def test_office_labelled_role_mailbox(detector, text):
    assert "EMAIL_ADDRESS" not in _types(detector, text)


def test_office_label_keeps_a_persons_mailbox(detector):
    assert "EMAIL_ADDRESS" in _types(detector, "E-mail (office): jan.novak@coworkhub.org")


def test_enquiry_label_bounded():
    from gateway.signals.recognizers import _ENQUIRY_LABEL_BEFORE
    for unit in ("questions ", "a (", "x" * 19 + " (office) ", "escalation go to "):
        text = unit * (200_000 // len(unit))
        t0 = time.perf_counter()
        for pos in range(1000, len(text), 97):
            _ENQUIRY_LABEL_BEFORE.search(text, pos - 40, pos)
        assert time.perf_counter() - t0 < 1.0, unit
