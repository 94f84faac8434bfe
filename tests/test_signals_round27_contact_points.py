"""Round 27 (issue 12): organisations' own contact points flagged as personal data.

A number is a desk's when its line says whose it is: the line opens with where questions, bookings or tickets go, or
names an office, and joins the number to a role mailbox; or the number's own label is qualified as the office's
("Telefon (office):"); or the text calls it the office's number, a box office's, a school office's or a depot's; or
office hours follow it. A role mailbox after such a lead is the desk's too. Near misses stay flagged: a mobile, a
person's mailbox or name, a private cue, a bare "mailbox / number" line with no lead, a table or CSV row, a private
label ("(privat)"), "my office number"."""
from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import (_BLOCK_MAIL_LINE, _BLOCK_PHONE_LINE, _DAYS_THEN_HOURS, _DESK_LEAD,
                                         _DESK_LEAD_THEN_NUMBER, _ENQUIRY_LABEL_BEFORE, _MAILBOX_THEN_NUMBER,
                                         _NUMBER_THEN_MAILBOX, _OFFICE_QUALIFIED_BEFORE, desk_block,
                                         desk_contact_line, desk_hours_before, desk_lead_before)
from gateway.signals.settings import SignalSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(SignalSettings().pii)


def _types(detector: PiiDetector, text: str) -> set[str]:
    return set(detector.detect([text]).entity_types)


# --- a desk's number: the line's lead or the number's label says whose it is
@pytest.mark.parametrize("text", [
    "Questions? info@rowingclub-henley.org / +44 1491 572153 (office hours Mon–Wed 9–13)",
    "Fragen: anmeldung@laufverein-ulm.de oder 0731 9217344",
    "Domande: iscrizioni@podistica-lucca.it o +39 0583 491 270",
    "Frågor? kansliet@ridklubb-vasteras.se / 021 12 34 56",
    "Special needs enquiries: senco@hillside.sch.uk, tel. 0161 496 0732.",
    "Bookings via bookings@lakeside-school.org.uk or 0113 243 7100",
    "Office: +33 4 72 10 55 80, secretariat@escrime-lyon.fr.",
    "E-mail (office): hello@coworkhub.org · Telefon (office): +49 30 2201 4477",
    "Телефон (office): +7 495 123-45-67",
    "Portable (office): +33 2 10 29 70 94",
    "For timetable questions call the coach operator depot: 0161 244 1000.",
    "Pre-order at the box office, +46 8 761 43 92.",
    "Our secretary answers on +49 30 2201 4477 (office hours Tue–Thu 10–16).",
    # the lead opens a sentence on the line
    "Lessons in groups of 3 cost 25/h each. Bookings via bookings@lakeside.edu.es or +34 810 03 22 56.",
    "The new hall opens after half term. Office: +49 30 0467430, office@gutersloh.schule.de.",
    # the desk's opening hours before its number and role mailbox
    "Koulusihteeri tavoitettavissa ma–pe klo 8–15. Puhelin 013 1126349, sähköposti kanslia@pyhajoki.edu.fi.",
    "Sekretariat czynny od poniedziałku do piątku w godz. 7:30–15:30. Tel. +48 12 330 86 36, e-mail "
    "sekretariat@liceum-zywiec.edu.pl.",
    "Kancelář školy je otevřena po–pá 7:30–15:00. Telefon +420 212 545 832, e-mail kancelar@gymnazium-prerov.cz.",
    "Expeditionen är öppen måndag–fredag 8–16. Telefon 08 612 24 55, e-post expedition@malungs-skola.se.",
    # an organisation's two-field block after its prose
    "Please update them at the office or through the parish app.\nE-mail: office@kosciol-tczew.pl\nTelefon: +48 58 531 54 73",
    "Letters are issued within 5 working days.\nEmail: registration@expo-wisbech.org\nMobile: +44 1945 705877",
    "Wir geben keine Daten an Dritte weiter.\nE-Mail: info@chor-ulm.de\nTelefon: 0731 9217344\n\nBitte kürzen.",
    "Мы не передаём данные третьим лицам.\nЭл. почта: secretary@philately-omsk.ru\nТелефон: +7 3812 90-28-08",
])
def test_a_desks_number_is_not_personal(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Questions? info@rowingclub-henley.org / +44 7911 123456",  # a mobile stays personal
    "Questions? jan.visser@rowingclub.nl / +31 20 624 1111",  # beside a person's own mailbox
    "Questions? call me, info@rowingclub-henley.org / +44 1491 572153",  # a private cue
    "Contact Peter Brown: info@brown-plumbing.co.uk or 0161 298 4471",  # a person's name, no desk lead
    "Queries: Anna Berg, info@berg-design.se / 08 123 456 78",  # a person's name after the lead
    "info@harbourclub.org / +44 1491 572153",  # a role mailbox beside it, no lead: proximity is no cue
    "Call me on my office number 0161 298 4471",  # the writer's own office line
    "Office line: +44 20 3321 7788, ask for the caretaker.",  # a workplace's line, nobody's desk named
    "Telefon (privat): +49 30 2201 4477",  # a private label
    "Office: +44 20 7946 1234, j.smith@smith-law.co.uk",  # an office lead beside a person's mailbox
    "Ticket,Queue,Reporter Email,Callback\nOPS-21,billing,alerts@orbitline.dev,+1 415 829 3377",  # a CSV row
    "| club | inbox | phone |\n|---|---|---|\n| Harbour | info@harbourclub.org | +44 1491 572153 |",  # a table row
    "Anna Berg works Mon–Fri 9–17. Phone 0161 298 4471, e-mail info@annabakes.com",  # a person before the hours
    "I'm home Mon–Fri 9–17: phone 0161 298 4471, e-mail info@annabakes.com",  # the writer's own hours
    "Imię i nazwisko: Jan Kowalski\nE-mail: office@kowalski.pl\nTelefon: +48 17 527 54 73",  # a name field before
    "Wir geben keine Daten weiter.\nE-Mail: info@chor-ulm.de\nTelefon: 0731 9217344\nGeburtsdatum: 12.03.1981",
    "Wir geben keine Daten weiter.\nE-Mail: anna.berg@chor-ulm.de\nTelefon: 0731 9217344",  # a person's mailbox
    "Here are my new details.\nE-mail: info@annabakes.com\nPhone: 0161 298 4471",  # the writer's own block
    "Contact me anytime.\nEmail: info@annabakes.com\nPhone: 0161 298 4471",
    "Anna Berg moved to Leeds.\nEmail: info@annabakes.com\nPhone: 0161 298 4471",  # a person's name before
    "We never share your data.\nCorreo: voluntarios@acogida.cl\nCelular: +56 9 8723 9220",  # a mobile's label, a mobile
    "E-mail: office@parafia.pl\nTelefon: +48 58 531 54 73",  # no prose before: nothing says whose
])
def test_personal_numbers_near_desks_stay(detector: PiiDetector, text: str) -> None:
    assert "PHONE_NUMBER" in _types(detector, text)


# --- a desk's role mailbox after a lead
@pytest.mark.parametrize("text", [
    "Questions? tickets@openair-joensuu.fi",
    "Preguntas: inscripciones@carrera-soria.es",
    "Sign-ups for 2027: volunteers@fete-du-quartier.fr",
    "Media accreditation: entries@nachtlauf-ulm.de",
    "Internal contact: deposits@lettings-leeds.co.uk.",
    "Escalations go to refunds@shopnest.co.uk; we answer within two days.",
    "Tickets via info@jazzweek-linz.at",
    "E-mail (office): hello@coworkhub.org",
    "Box office: +46 8 761 43 92, tickets@konserthus-vasteras.se.",
    "Office: +33 4 72 10 55 80, secretariat@escrime-lyon.fr.",
    "Koulusihteeri tavoitettavissa ma–pe klo 8–15. Puhelin 013 1126349, sähköposti kanslia@pyhajoki.edu.fi.",
    "Please update them at the office or through the parish app.\nE-mail: office@kosciol-tczew.pl\nTelefon: +48 58 531 54 73",
])
def test_a_desks_mailbox_after_a_lead_is_not_personal(detector: PiiDetector, text: str) -> None:
    assert "EMAIL_ADDRESS" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Questions? anna.berg@gmail.com",  # webmail: always someone's
    "Questions? jan.visser@rowingclub.nl",  # a person's mailbox
    "E-mail (office): jan.novak@coworkhub.org",  # a person's mailbox, though labelled the office's
    "Questions? Write to me: hello@annabakes.com",  # the writer's own
    "Kontakt: Jana Novak, info@novak-design.cz",  # a person's name before it
    "Anna Berg works Mon–Fri 9–17. E-mail info@annabakes.com",  # a person before the hours
    "Imię i nazwisko: Jan Kowalski\nE-mail: office@kowalski.pl\nTelefon: +48 17 527 54 73",  # a name field before
    "Here are my new details.\nE-mail: info@annabakes.com\nPhone: 0161 298 4471",
])
def test_personal_mailboxes_after_a_lead_stay(detector: PiiDetector, text: str) -> None:
    assert "EMAIL_ADDRESS" in _types(detector, text)


def test_desk_contact_line_reads_both_sides() -> None:
    text = "Questions? info@club.org / +44 1491 572153"
    assert desk_contact_line(text, text.index("+44"), len(text))
    text = "Office: +46 8 761 43 92, tickets@hall.se."
    assert desk_contact_line(text, text.index("+46"), text.index(","))
    text = "info@club.org / +44 1491 572153"
    assert not desk_contact_line(text, text.index("+44"), len(text))
    text = "Call +46 8 761 43 92 for seats."
    assert not desk_contact_line(text, text.index("+46"), text.index(" for"))


def test_bounded_cost() -> None:
    for unit in ("a@b.c / ", "a.b.c@d-e.f.g or tel. ", "x" * 30 + "@", "@a.b (office): ", "questions ",
                 "Office: 1 2 3 4 5 6 ", "a (", "x" * 19 + " (office) ", "1-2 / ", "ma–pe ", "a-b 1", "1:00-",
                 "a: b@c.d\n", "a: 1 2 3 4 5 6 7\n", "Anna Berg "):
        text = unit * (200_000 // len(unit))
        t0 = time.perf_counter()
        for pos in range(1000, len(text), 997):
            desk_contact_line(text, pos, pos + 5)
            desk_lead_before(text, pos)
            _OFFICE_QUALIFIED_BEFORE.search(text, pos - 40, pos)
            _ENQUIRY_LABEL_BEFORE.search(text, pos - 40, pos)
            desk_hours_before(text, text.rfind("\n", 0, pos) + 1, pos)
            desk_block(text, pos, pos + 5, "PHONE_NUMBER")
            desk_block(text, pos, pos + 5, "EMAIL_ADDRESS")
        list(_MAILBOX_THEN_NUMBER.finditer(text[:20_000]))
        _NUMBER_THEN_MAILBOX.match(text, 5)
        _DESK_LEAD.fullmatch(text, 0, 160)
        _DESK_LEAD_THEN_NUMBER.fullmatch(text, 0, 160)
        list(_DAYS_THEN_HOURS.finditer(text, 0, 20_000))
        _BLOCK_MAIL_LINE.fullmatch(text, 0, 300)
        _BLOCK_PHONE_LINE.fullmatch(text, 0, 300)
        assert time.perf_counter() - t0 < scaled(1.0), unit
