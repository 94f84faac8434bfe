"""Round 27 (issue 12): an organisation's identifiers read as a person's identifier types.

Five classes, each a rule: (1) an account number in a record of a service's own reference fields (a ticket, a meter,
a SIM, an invoice, a membership, a tracking number) with no bank word and no private cue is the customer's account
with that service, no US bank number; (2) a bare member label ("Member ID") with no health or insurance word in its
passage names a club's or a service's membership, no health-insurance number; (3) digits after a "+" and a country
code are a phone's national number, no SSN; (4) an IP address a bracket right after it calls a server, a host or a
data centre is an organisation's machine; (5) a registry example IBAN called an example on its line is nobody's.
Near misses stay flagged: "my account no.", an account beside a routing number, a health plan's member ID, an SSN
under its cue, an address a bracket calls somebody's home server, "my IBAN" beside the word example.
Our own phrasings and invented values."""
from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.identifiers import _BARE_MEMBER_BEFORE, _SERVER_AFTER, membership_number
from gateway.signals.outgoing import build_outgoing
from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import (_COUNTRY_CODE_BEFORE, _EXAMPLE_WORD, _SERVICE_REFERENCE_FIELD,
                                         after_country_code, service_account)
from gateway.signals.settings import SignalSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(SignalSettings().pii)


def _types(detector: PiiDetector, text: str) -> set[str]:
    """The types the scan finds in a chat request holding `text`, with the request's labelled values."""
    out = build_outgoing({"model": "m", "messages": [{"role": "user", "content": text}]}, "chat")
    return set(detector.detect(list(out.texts), locate=True, labelled=out.labelled).entity_types)


# --- (1) a service's customer account
@pytest.mark.parametrize("text", [
    "Summarise the case.\nTicket: CS-2027-118204\nAccount no.: 773019482\nSIM ICCID: 8944110022334455667\nThanks",
    "Kundenanfrage\nAccount no.: 5520193847\nMeter point: 7710029938475\nBitte prüfen, danke.",
    "Réponse type\nInvoice: QX7-2291\nAccount number: 604418273\nCordialement",
    "shipment note: account 88120374 was updated; tracking 55019283746 for the replacement router",
    "Service desk record\nPolicy no.: PL-55830\nAccount no.: 920144736",
])
def test_a_services_customer_account_is_no_bank_number(detector: PiiDetector, text: str) -> None:
    assert "US_BANK_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Please refund it to my account no. 773019482, ticket CS-2027-118204.",
    "Ticket: CS-2027-118204\nRouting no.: 021000021\nAccount no.: 773019482\nSSN on file",
    "Refund by direct deposit, account no. 604418273\nInvoice: QX7-2291",
    "Account no.: 773019482 (checking)\nTicket: CS-2027-118204",
])
def test_a_bank_account_beside_service_fields_stays(detector: PiiDetector, text: str) -> None:
    assert "US_BANK_NUMBER" in _types(detector, text)


def test_service_account_rule_directly() -> None:
    text = "Ticket: INC-77\nAccount no.: 773019482\nPAC: QWE123456"
    at = text.index("773019482")
    assert service_account(text, at, at + 9)
    text = "Hi, this is my account no.: 773019482\nTicket: INC-77"
    at = text.index("773019482")
    assert not service_account(text, at, at + 9)


# --- (2) a club's or a service's membership number
@pytest.mark.parametrize("text", [
    "Streamly Plus Member Services\nMember ID: K40291837\nInvoice: 7QWE-1182",
    "Hallo,\nwann öffnet das Studio am Sonntag?\nMember ID: G55012873\nGrüße",
    "Le club de lecture vous remercie.\nMembership no.: 2048817\nÀ bientôt",
])
def test_a_clubs_member_id_is_no_health_insurance_number(detector: PiiDetector, text: str) -> None:
    assert "MEDICAL_RECORD_NUMBER" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "Prior authorisation request for the MRI\nInsurer: Northwind Health\nMember ID: K40291837",
    "Claim for the physiotherapy sessions\nMember ID: G55012873\nCopay: 20 USD",
    "Krankenversicherung: Member ID G55012873, bitte die Rechnung des Arztes einreichen.",
])
def test_a_health_plans_member_id_stays(detector: PiiDetector, text: str) -> None:
    assert "MEDICAL_RECORD_NUMBER" in _types(detector, text)


def test_membership_number_rule_directly() -> None:
    text = "Gym newsletter\nMember ID: K40291837"
    assert membership_number(text, text.index("K40"))
    text = "Health insurance card\nMember ID: K40291837"
    assert not membership_number(text, text.index("K40"))
    text = "Patient K40291837 was seen"  # no member label at all: the rule says nothing
    assert not membership_number(text, text.index("K40"))


# --- (3) a phone's national number after its country code
@pytest.mark.parametrize("text", [
    "Central de atendimento: +55 800 41 7729 (ligação gratuita).",
    "Venue desk +81 556-23-1469, open daily.",
    "Kundenservice erreichbar unter +49 (0) 800 12 3456.",
])
def test_digits_after_a_country_code_are_no_ssn(detector: PiiDetector, text: str) -> None:
    assert "US_SSN" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "My SSN is 556-23-1469, please update the W-4.",
    "SSN: 412-55-7781\nPhone: +1 202 555 0143",
])
def test_an_ssn_under_its_cue_stays(detector: PiiDetector, text: str) -> None:
    assert "US_SSN" in _types(detector, text)


def test_after_country_code_directly() -> None:
    assert after_country_code("call +55 800 02 6813", 9)
    assert not after_country_code("SSN 556-23-1469", 4)
    assert not after_country_code("+1 202 555 0143 and 556-23-1469", 20)


# --- (4) an organisation's server
@pytest.mark.parametrize("text", [
    "Our portal answers from 81.19.88.201 (company server, Amsterdam region).",
    "Der Mailversand läuft über 81.19.88.201 (Server im Rechenzentrum Nürnberg).",
    "Le site répond depuis 81.19.88.201 (serveur web de l'entreprise).",
    "El portal responde desde 2a01:4f8:c17:9e2::1 (servidor de la empresa).",
])
def test_an_address_a_bracket_calls_a_server_is_not_personal(detector: PiiDetector, text: str) -> None:
    assert "IP_ADDRESS" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "The port forward points at 81.19.88.201 (my home server).",
    "Login from 81.19.88.201 (Marta's laptop) at 02:14.",
    "81.19.88.201 (mein privater Server) ist nicht erreichbar.",
    "My router shows the public IP 81.19.88.201 (home line).",
])
def test_a_persons_address_stays(detector: PiiDetector, text: str) -> None:
    assert "IP_ADDRESS" in _types(detector, text)


# --- (5) a registry example IBAN called an example
@pytest.mark.parametrize("text", [
    "Example from the bank's help page: IBAN DE89 3704 0044 0532 0130 00 (the format to expect).",
    "Beispiel für das richtige Format: GB82 WEST 1234 5698 7654 32.",
    "Exemple de présentation : FR14 2004 1010 0505 0001 3M02 606",
    "Drafting our app's help page. Sample payee for the screenshots: phone +1 202-555-0163, IBAN "
    "SE4550000000058398257466. Make it clearer.",
    "https://forms.example.org/check?test_phone=%2B1+202-555-0143&test_iban=NL91ABNA0417164300",
])
def test_an_example_iban_called_an_example_is_nobodys(detector: PiiDetector, text: str) -> None:
    assert "IBAN_CODE" not in _types(detector, text)


@pytest.mark.parametrize("text", [
    "For example, my IBAN is DE89 3704 0044 0532 0130 00.",
    "Example: pay the rent to IBAN DE88 1820 8524 3662 8539 55.",  # not the registry's example
    "Please pay my share, IBAN GB82 WEST 1234 5698 7654 32, thanks!",
    "That was just an example. Pay my rent to IBAN NL91ABNA0417164300 today.",  # the example is the sentence before
    "https://bank.example.org/transfer?iban=NL91ABNA0417164300&from=me",
])
def test_a_persons_iban_near_example_stays(detector: PiiDetector, text: str) -> None:
    assert "IBAN_CODE" in _types(detector, text)


# --- bounded cost of the new regexes and scans
@pytest.mark.parametrize("unit", ["Ticket: 1", "meter ", "member", "Member ID: ", "+1 ", "(server ", "(", "example ",
                                  "a" * 39 + " "])
def test_new_regexes_are_bounded(unit: str) -> None:
    text = unit * (200_000 // len(unit))
    begin = time.perf_counter()
    _SERVICE_REFERENCE_FIELD.search(text)
    _BARE_MEMBER_BEFORE.search(text)
    list(_COUNTRY_CODE_BEFORE.finditer(text[:20_000]))
    _SERVER_AFTER.match(text, 0)
    _EXAMPLE_WORD.search(text)
    for at in range(0, len(text), 5_000):
        after_country_code(text, at)
        membership_number(text, at)
        service_account(text, at, at + 1)
    assert time.perf_counter() - begin < scaled(1.0)


def test_scan_cost_on_adversarial_text(detector: PiiDetector) -> None:
    text = ("Account no. 12345678 Ticket: " + "1" * 5 + " (server) +1 ") * 2_000
    begin = time.perf_counter()
    detector.detect([text[:40_000]])
    assert time.perf_counter() - begin < scaled(20.0)
