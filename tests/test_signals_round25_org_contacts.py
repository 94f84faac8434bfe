"""Round 25 (issue 12): organisations' contact points and reference numbers read as personal data.

Courts' and authorities' desks (role mailboxes on public bodies' domains, a service line's label before its mailbox
and number), case and file numbers read as phones, firms' and charities' accounts, and the desks of a firm's trade.
Near misses: a private person's mobile beside a court's switchboard, a private mailbox on a court's letter, a
person's account beside a firm, a mobile after a service label."""
from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import (_ARTICLE_BEFORE, _OPENING_HOURS_AFTER, _OPENING_HOURS_ANYWHERE,
                                         _OPENING_HOURS_BEFORE, _FILE_LABEL_BEFORE, _SERIAL_YEAR, _SERVICE_LINE_AFTER,
                                         _SERVICE_MAILBOX_BEFORE, organisation_account, public_body_domain)
from gateway.signals.settings import SignalSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(SignalSettings().pii)


def _types(detector: PiiDetector, text: str) -> set[str]:
    return set(detector.detect([text]).entity_types)


# --- a court's or an authority's role mailbox on its own domain
@pytest.mark.parametrize("text", [
    "Please send the signed form back to: Amtsgericht Kleinstadt, poststelle@ag-kleinstadt.justiz.example.de",
    "Renvoyer à : Tribunal judiciaire de Lens, greffe@lens.justice.fr",
    "Rispedire a: Tribunale di Lecco, cancelleria@lecco.giustizia.it",
    "Palauta lomake: Turun käräjäoikeus, kirjaamo@oikeus.fi",
    "Send the bundle to civil.listing@leeds.justice.gov.uk before the hearing.",
    "Correspondence: court.admin@courts.go.jp",
])
def test_public_bodys_role_mailbox_is_not_personal(detector, text):
    assert "EMAIL_ADDRESS" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Return to: Tribunal judiciaire de Lens, marie.dupont@justice.fr",  # an official's own mailbox
    "My own address is clerk@gmail.com, write to me there",
    "Please send it to my address greffe@lens.justice.fr",  # the writer's claim stays (fail safe)
    "Write to registry@courtney-designs.com for the files, my mobile 07911 123456",  # no court's domain
])
def test_personal_mailboxes_near_courts_stay(detector, text):
    assert "EMAIL_ADDRESS" in _types(detector, text)


def test_public_body_domains():
    for address in ("x@justice.gov.uk", "x@courts.go.jp", "x@pjedomex.gob.mx", "x@oikeus.fi", "x@bergen.domstol.no",
                    "x@ministryofjustice.gr", "x@msudrf.ru", "x@bund.gv.at", "x@ejpd.admin.ch", "x@agency.gov"):
        assert public_body_domain(x := address), x
    for address in ("x@courtney-designs.com", "x@gmail.com", "x@sad.com", "x@justincase.net", "x@gouda.nl"):
        assert not public_body_domain(address), address


# --- a service line's label, its mailbox, then its number
@pytest.mark.parametrize("text", [
    "General enquiries: enquiries@county.example.org / +44 113 496 0123. What happens after the hearing?",
    "Hotline: hilfe@stadtwerke.example.de oder 030 12345678. Bitte melden.",
    "Customer service: support@acme.example.com, +33 1 44 55 66 77.",
])
def test_service_label_before_mailbox_and_number(detector, text):
    assert "PHONE_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "General enquiries: info@court.example.org / 07911 123456. That's my own mobile, not theirs.",
    "Customer service: support@acme.example.com, call me back on +44 7911 123456",
    # a private person's mobile next to a court's switchboard
    "Court switchboard: 0113 496 0000. My mobile: 07700 901234... sorry, 07911 123456",
])
def test_mobiles_after_service_labels_stay(detector, text):
    assert "PHONE_NUMBER" in _types(detector, text)


# --- a service the number is for, named after it; desks and lines of a trade
@pytest.mark.parametrize("text", [
    "If the car breaks down, ring +49 30 2205730 for roadside assistance.",
    "The bank's fraud line is 0800 0224 and their mailbox is fraud@bank.example.com.",
    "Donor line 0121 496 0123, receipts from donations@foodbank.example.org.",
    "Lost pets: owners contact the shelter desk +33 1 23 45 75 61.",
    "Harbour Inn: reception +34 915 88 13 44, bookings via the website.",
    "The taxi firm's dispatcher number is +49 30 060868.",
])
def test_trade_desks_and_lines_are_not_personal(detector, text):
    assert not ({"PHONE_NUMBER", "EMAIL_ADDRESS"} & _types(detector, text))


@pytest.mark.parametrize("text", [
    "call +34 612 345 678 for roadside assistance, my brother will come",  # a Spanish mobile
    "Owners contact the shelter desk or me directly at +44 7911 123456.",
    "If it breaks down ring me: 0612345678",
])
def test_personal_numbers_near_trade_words_stay(detector, text):
    assert "PHONE_NUMBER" in _types(detector, text)


# --- case and file numbers
@pytest.mark.parametrize("text", [
    "Справа № 417/2231/24 — розгляд призначено на 3 березня.",
    "Az. 12 O 4411/25 (Landgericht), bitte angeben.",
    "Diarienummer 512-20391-2024 ska anges vid kontakt.",
    'בית המשפט המחוזי\nת"א 31877-04-24\nהדיון נדחה.',
    "Docket: Dosar nr. 1207/118/2024, Tribunalul Cluj.",
    "N. 55102/2024 R.G.N.R. — Procura della Repubblica",
    "Sp. zn. 15 C 802/2024, okresní soud",
    "Index No. L&T 60411/24 — Housing Court",
    "- art. 41256-17: Kinderwagen, 12 kg, 89 €",
])
def test_case_and_file_numbers_are_not_phones(detector, text):
    assert "PHONE_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Case officer Jane Roe, phone +44 7911 123456",
    "Case 12: my mobile 07911 123456",
    "Tel.: 0221/2019 (Kanzlei Weber, ask for me)",
    "Aktenzeichen folgt, Rückruf bitte unter 0171 2345678",
])
def test_numbers_near_case_words_that_are_phones_stay(detector, text):
    assert "PHONE_NUMBER" in _types(detector, text)


def test_serial_year_shapes():
    for value in ("68165/2025", "8780/067/2025", "878/0072/25", "1/1999"):
        assert _SERIAL_YEAR.fullmatch(value), value
    for value in ("0221/123456", "089/2025123", "030 2025"):
        assert not _SERIAL_YEAR.fullmatch(value), value


# --- an organisation's account
@pytest.mark.parametrize("text", [
    "Please transfer the deposit to the agency:\nInmobiliaria Sol Naciente SL\nIBAN ES28 2100 0418 4502 0005 1399",
    "We raised 80 € for Stichting Dierenhulp.\nDonation account IBAN NL44 RABO 0123 4567 89 — thanks all!",
    "The rent is paid into the letting agency's client account:\nAgence Vauban Immo\nIBAN DE44 5001 0517 5407 3249 31",
    "Membership fees go to Verein Sportfreunde Talheim, IBAN DE44 5001 0517 5407 3249 31, purpose 'fee 2026'.",
])
def test_organisations_account_is_not_personal(detector, text):
    assert "IBAN_CODE" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Account holder: Maria Lopez\nBank: Deutsche Bank AG\nIBAN DE44 5001 0517 5407 3249 31",
    "Send it to my account at Norte Seguros SA, IBAN ES28 2100 0418 4502 0005 1399",
    "Pay Hostel Blue Ladder BV, or Jan Visser directly: IBAN NL44RABO0123456789",
    "IBAN DE44 5001 0517 5407 3249 31 (my salary account)",
    "supplier,iban,amount\nKestrel Tools GmbH,DE44500105175407324931,1200.00\nmake a payment file",  # a record's cell
    "Payroll run, Acme Tools GmbH\nEmployee 4471: IBAN DE44 5001 0517 5407 3249 31",
    "Refund from Norte Seguros SA to the customer account IBAN ES28 2100 0418 4502 0005 1399",
    "Acme Tools GmbH\nOrder 4471, shipped 3 May\nDelivered to Jane\nIBAN DE44 5001 0517 5407 3249 31",
])
def test_personal_accounts_stay(detector, text):
    assert "IBAN_CODE" in _types(detector, text)


# --- opening hours, a desk or team named by what it serves, a number sign before a serial and a short year
@pytest.mark.parametrize("text", [
    "Left luggage: baggage@rail.example.com, desk +44 113 496 0555, open 07:00–22:00.",
    "Pick-up with your voucher, Mon–Fri 8–16, 0161 496 0777.",
    "Kontakt: vertrieb@autohaus.example.de · Mo–Sa 9–18 Uhr",
    "Questions? Please contact our member services team at help@club.example.org or 0161 496 0321.",
])
def test_hours_and_teams_name_an_organisations_desk(detector, text):
    assert not ({"PHONE_NUMBER", "EMAIL_ADDRESS"} & _types(detector, text))


@pytest.mark.parametrize("text", [
    "Call me, I'm free Mon–Fri 8–16, 07911 123456",
    "my number, open 9-17: +44 7911 123456",
    "Please contact our team lead Jane Roe at jane.roe@club.example.org",
])
def test_hours_and_teams_near_personal_contacts_stay(detector, text):
    assert {"PHONE_NUMBER", "EMAIL_ADDRESS"} & _types(detector, text)


def test_number_sign_and_short_year(detector):
    assert "PHONE_NUMBER" not in _types(detector, "Certidão n.º 81442/24 — emitida em Lisboa")
    assert "PHONE_NUMBER" in _types(detector, "Telefone n.º 912 345 678")


# --- a public body's premises named in brackets after the address
@pytest.mark.parametrize("text", [
    "Fines are paid at the court's cashier, 4 Bridge Street, Leeds (public building), Mon–Fri.",
    "Bußgelder zahlen Sie an der Kasse, Hauptstraße 12 (Rathaus).",
    "Paiement au guichet, 8 rue de la Paix (palais de justice).",
])
def test_public_premises_address_is_not_personal(detector, text):
    assert "STREET_ADDRESS" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "I live at Hauptstraße 12 (next to the town hall)",
    "My home: 12 Queen Street (courthouse is across the road)",
])
def test_homes_near_public_buildings_stay(detector, text):
    assert "STREET_ADDRESS" in _types(detector, text)


# --- bounded cost: each new regex and scan over 200 KB of its own units, < 1 s
def test_new_regexes_bounded():
    t0 = time.perf_counter()
    text = ("Справа № nr. L&T 12 Js " * 10_000)[:200_000]
    for i in range(0, len(text), 997):
        _FILE_LABEL_BEFORE.search(text, max(0, i - 48), i)
        _ARTICLE_BEFORE.search(text, max(0, i - 48), i)
    _SERIAL_YEAR.fullmatch("1/" * 100_000)
    mail = ("General enquiries: " + "a.b" * 70_000)[:200_000]
    for i in range(0, len(mail), 997):
        _SERVICE_MAILBOX_BEFORE.search(mail, max(0, i - 160), i)
        _SERVICE_LINE_AFTER.match(mail, i)
    road = ("for the roadside (x) " * 10_000)[:200_000]
    for i in range(0, len(road), 997):
        _SERVICE_LINE_AFTER.match(road, i)
    public_body_domain("x@" + "justice." * 25_000 + "fr")
    hours = ("Mon–Fri open 9 - " * 12_000)[:200_000]
    for i in range(0, len(hours), 997):
        _OPENING_HOURS_AFTER.match(hours, i)
        _OPENING_HOURS_BEFORE.search(hours, max(0, i - 40), i)
    _OPENING_HOURS_ANYWHERE.search(hours)
    assert time.perf_counter() - t0 < scaled(1.0)


def test_organisation_account_bounded():
    text = ("Association Les Petits Pas SARL " * 7_000)[:200_000] + " IBAN NL91ABNA0417164300"
    t0 = time.perf_counter()
    organisation_account(text, len(text) - 18, len(text))
    assert time.perf_counter() - t0 < scaled(1.0)
