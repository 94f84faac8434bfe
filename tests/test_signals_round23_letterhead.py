"""Round 23 (esker): an organisation's letterhead strip on a number-dense document. One line that begins with an
organisation's name (a legal form or a trade word) and goes on in separated fields ("·", "•", "|") with a phone and
a mailbox at the domain named for that organisation is the organisation's own header: its phone and mailbox are no
personal data. A person named on the line, a private cue, a mailbox at another domain or one a person's name owns
stay found."""

from __future__ import annotations

import time
from timing import scaled

from gateway.signals.recognizers import letterhead_strip
from tests.pii_spans import spans


def _found(text: str) -> set[str]:
    return {kind for kind, _ in spans([text])}


# --- the class: the organisation's own header line above a table of figures, in several languages

def test_invoice_header_english():
    text = ("Brambleford Joinery Ltd · Tel +44 161 496 0732 · accounts@brambleford.co.uk\n"
            "Invoice no. 4471 · 2026-03-02\nItem | Qty | Net\nOak board | 12 | 144.00")
    assert not _found(text) & {"PHONE_NUMBER", "EMAIL_ADDRESS"}


def test_payslip_header_german():
    text = ("Hollerbach Spedition GmbH · Telefon 089 21543987 · lohn@hollerbach.de\n"
            "Entgeltabrechnung 05/2026 · Kostenstelle 4410\nBrutto 3.812,40 · Netto 2.433,17")
    assert not _found(text) & {"PHONE_NUMBER", "EMAIL_ADDRESS"}


def test_statement_header_portuguese_mobile_word():
    # small firms print their mobile-labelled line in the header too
    text = ("Ribeirinha Transportes Ltda · Cel. (31) 3274-5518 · financeiro@ribeirinha.com.br\n"
            "Extrato 07/2026 | saldo R$ 12.448,90")
    assert not _found(text) & {"PHONE_NUMBER", "EMAIL_ADDRESS"}


def test_lab_report_header_dutch_pipe():
    text = ("Kempenland Labs BV | tel. 040 246 8135 | monsters@kempenland.nl\n"
            "Monster | pH | Cl (mg/l)\nA-11 | 7,2 | 18,4")
    assert not _found(text) & {"PHONE_NUMBER", "EMAIL_ADDRESS"}


def test_function_on_the_value():
    text = "Norrvik Shipping AB · Tfn 031-704 12 55 · frakt@norrvik.se"
    phone = text.index("031")
    mail = text.index("frakt")
    assert letterhead_strip(text, phone, phone + len("031-704 12 55"))
    assert letterhead_strip(text, mail, len(text))


# --- near misses: somebody's own data on the same kind of document stays found

def test_person_named_on_the_line_stays():
    text = ("Brambleford Joinery Ltd · Margaret Okafor · Tel +44 161 496 0732 · m.okafor@brambleford.co.uk\n"
            "Invoice no. 4471")
    found = _found(text)
    assert "EMAIL_ADDRESS" in found


def test_personal_mailbox_at_the_domain_stays():
    text = "Hollerbach Spedition GmbH · Telefon 089 21543987 · sabine.keller@hollerbach.de\nEntgeltabrechnung 05/2026"
    assert "EMAIL_ADDRESS" in _found(text)


def test_given_name_mailbox_stays():
    assert not letterhead_strip("Hollerbach Spedition GmbH · Telefon 089 21543987 · sabine@hollerbach.de", 53, 73)


def test_mailbox_at_another_domain_stays():
    text = "Brambleford Joinery Ltd · Tel +44 161 496 0732 · dave.kerr77@gmail.com\nInvoice no. 4471"
    assert "EMAIL_ADDRESS" in _found(text)
    assert not letterhead_strip(text, text.index("+44"), text.index("+44") + 16)


def test_no_organisation_at_the_start_stays():
    text = "Employee · Tel +44 7700 900123 · pat@brambleford.co.uk\nPayslip 05/2026"
    assert not letterhead_strip(text, text.index("+44"), text.index("+44") + 16)


def test_private_cue_on_the_line_stays():
    text = "Brambleford Joinery Ltd · my mobile +44 161 496 0732 · accounts@brambleford.co.uk"
    assert not letterhead_strip(text, text.index("+44"), text.index("+44") + 16)


def test_employees_data_below_the_header_stays():
    text = ("Hollerbach Spedition GmbH · Telefon 089 21543987 · lohn@hollerbach.de\n"
            "Mitarbeiter: Sabine Keller · privat: sabine.keller@web.de · Mobil 0171 4839201")
    found = _found(text)
    assert "EMAIL_ADDRESS" in found


# --- bounded cost

def test_bounded_cost_on_a_long_separated_line():
    text = "Brambleford Joinery Ltd" + " · x" * 60000 + " · a@brambleford.co.uk"
    began = time.perf_counter()
    letterhead_strip(text, len(text) - 20, len(text))
    letterhead_strip(text, 30, 31)
    assert time.perf_counter() - began < scaled(1.0)
    text = "A · " * 50000 + "Ltd"
    began = time.perf_counter()
    letterhead_strip(text, 100, 101)
    assert time.perf_counter() - began < scaled(1.0)


def test_strip_as_a_json_string_value():
    text = ('{"lines": ["Lindqvist Freight AB · växel 08-545 120 00 · order@lindqvist.se", '
            '"Faktura 2026-118", "Belopp 14 220,00 kr"]}')
    assert not _found(text) & {"PHONE_NUMBER", "EMAIL_ADDRESS"}
    text = '{"lines": ["Lindqvist Freight AB · Karin Holm · växel 08-545 120 00 · karin.holm@lindqvist.se"]}'
    assert "EMAIL_ADDRESS" in _found(text)
