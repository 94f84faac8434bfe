"""Round 19 (issue 12, an organisation's own contact data inside its own documents): a company's block in a form, a
register extract or a letter (its name under a business-name label or with its legal form, its registered office,
its switchboard, its role mailbox) is the company's, not a person's. The near misses stay personal: a named contact,
an owner or a manager in the block, a filled person's field, a private mailbox, a mobile, a home address. Our own
phrasings, in several languages."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import organisation_contact
from gateway.signals.settings import PiiSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _found(detector: PiiDetector, text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for span in detector.detect([text], locate=True).spans:
        found.setdefault(span.entity_type, []).append(text[span.start:span.end])
    return found


CONTACT_TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PERSON")


@pytest.mark.parametrize("text", [
    # a business-name label, the registered office, the switchboard, a role mailbox
    "Razão social: Cerâmica Vale Verde Ltda.\nSede: Rua das Flores 210, Curitiba - PR\nTelefone: (41) 3322-1100\n"
    "E-mail: contato@ceramicavaleverde.com.br",
    "Firma: Holzbau Eichberg GmbH\nGeschäftssitz: Lindenweg 12, 79098 Freiburg\nTel.: 0761 445566\n"
    "E-Mail: info@holzbau-eichberg.de",
    "Ragione sociale: Cantina Colli Alti S.r.l.\nSede legale: Via Roma 48, 37121 Verona (VR)\nTel.: 045 803 1122\n"
    "Email: amministrazione@cantinacollialti.it",
    "Dénomination : Boulangerie des Halles SARL\nSiège social : 12 rue Mercière, 69002 Lyon\nTél. : 04 78 42 11 90\n"
    "Courriel : contact@boulangeriedeshalles.fr",
    "Company name: Harbour Lane Bakery Ltd\nRegistered office: 14 Quay Street, Bristol BS1 4DB\nTel: 0117 496 0321\n"
    "Email: office@harbourlanebakery.co.uk",
    "Razón social: Conservas del Cantábrico S.L.\nDomicilio social: Calle Mayor 15, 39001 Santander\n"
    "Teléfono: 942 21 33 44\nCorreo: pedidos@conservascantabrico.es",
    "Handelsnaam: Drukkerij Zuidwal B.V.\nVestigingsadres: Kerkstraat 18, 2514 JD Den Haag\nTel.: 070 345 6789\n"
    "E-mail: info@drukkerijzuidwal.nl",
    "Företagsnamn: Snickeriet Norrbacka AB\nSäte: Storgatan 21, 903 26 Umeå\nTel.: 090 12 34 56\n"
    "E-post: info@snickerietnorrbacka.se",
    # a blank form that prints the company's own line and mailbox under its parenthesised name
    "Nome completo: ____________________ (preencher)\nData de nascimento: DD/MM/AAAA\n"
    "Endereço residencial: ____________________\nTelefone (Marcenaria Pinheiro Ltda.): +55 11 3456-7788\n"
    "E-mail: atendimento@marcenariapinheiro.com.br",
    "Name, Vorname: ______________________\nAnschrift: ______________________\n"
    "Tel. (Metallbau Rheinauen Aktiengesellschaft AG): 0221 934 5520\nE-Mail: buchhaltung@metallbaurheinauen.de",
    # an anonymised document: the person's fields redacted, the company's left
    "Nombre: [SUPRIMIDO]\nDomicilio: [SUPRIMIDO]\nRazón social: Panadería Ribera S.L.\nTeléfono: 963 12 45 67\n"
    "Correo: info@panaderiaribera.es",
    # company forms written in their own scripts
    "商号: 青葉精機株式会社\n本店所在地: 〒150-0002 東京都渋谷区渋谷2丁目3番4号\n電話: 03-3400-1234\nメール: info@aobaseiki.co.jp",
])
def test_company_block_is_the_companys(detector: PiiDetector, text: str) -> None:
    found = _found(detector, text)
    assert not any(found.get(t) for t in CONTACT_TYPES), found


@pytest.mark.parametrize("text", [
    "— Forneria Lago Scuro S.r.l., P.IVA in corso, Sede legale: Via Garibaldi 7, 10122 Torino (TO)",
    "— Imprimerie Bellecour SARL, Siège social : 18 rue Victor Hugo, 69002 Lyon",
])
def test_registered_office_after_the_company_on_its_line(detector: PiiDetector, text: str) -> None:
    assert not _found(detector, text).get("STREET_ADDRESS")


# --- the near misses: a person's data in the company's document stays flagged

def test_named_contact_keeps_block_personal(detector: PiiDetector) -> None:
    found = _found(detector, "Firma: Holzbau Eichberg GmbH\nAnsprechpartner: Jürgen Weber\nTel.: 0761 445566\n"
                             "E-Mail: j.weber@holzbau-eichberg.de")
    assert found.get("EMAIL_ADDRESS") and found.get("PHONE_NUMBER"), found


@pytest.mark.parametrize("text,entity", [
    ("Nome: Mariana Costa\nRazão social: Padaria Boa Vista Ltda.\nTelefone: (41) 3322-1100\n"
     "E-mail: contato@padariaboavista.com.br", "PHONE_NUMBER"),
    ("Nombre y apellidos: Lucía Ferrer Campos\nRazón social: Panadería Ribera S.L.\nDomicilio social: Calle Mayor 15, "
     "46001 Valencia\nTeléfono: 963 12 45 67", "PHONE_NUMBER"),
    ("Firma: Holzbau Eichberg GmbH\nGeschäftsführer: Anna Schmidt\nTel.: 0761 445566", "PHONE_NUMBER"),
    ("Ragione sociale: Cantina Colli Alti S.r.l.\nData di nascita: 12/03/1980\nTel.: 045 803 1122", "PHONE_NUMBER"),
    # a private mailbox, a free-mail mailbox, a mobile in the company's block
    ("Ragione sociale: Cantina Colli Alti S.r.l.\nSede legale: Via Roma 48, 37121 Verona\n"
     "Email: marco.bianchi@gmail.com", "EMAIL_ADDRESS"),
    ("Company name: Harbour Lane Bakery Ltd\nEmail: sarah.oconnell@harbourlanebakery.co.uk", "EMAIL_ADDRESS"),
    ("Firma: Holzbau Eichberg GmbH\nGeschäftssitz: Lindenweg 12, 79098 Freiburg\nMobil: 0151 23456789",
     "PHONE_NUMBER"),
    # a home address under a residential label in the company's block
    ("Razão social: Cerâmica Vale Verde Ltda.\nEndereço residencial: Rua das Acácias 45, Curitiba - PR\n"
     "Telefone: (41) 3322-1100", "STREET_ADDRESS"),
    ("Company name: Harbour Lane Bakery Ltd\nHome address: 7 Elm Grove, Bristol BS6 6AA", "STREET_ADDRESS"),
])
def test_person_in_company_document_stays(detector: PiiDetector, text: str, entity: str) -> None:
    assert _found(detector, text).get(entity), _found(detector, text)


def test_person_before_registered_office_label_stays(detector: PiiDetector) -> None:
    text = "— Marco Rinaldi, titolare, Sede legale: Via Garibaldi 7, 10122 Torino (TO)"
    assert _found(detector, text).get("STREET_ADDRESS") or _found(detector, text).get("PERSON")


def test_no_company_no_clearing() -> None:
    text = "Name: Jonas Keller\nAddress: Lindenweg 12, 79098 Freiburg\nE-Mail: info@kellerfoto.de"
    start = text.index("Lindenweg")
    assert not organisation_contact(text, start, start + len("Lindenweg 12, 79098 Freiburg"), "STREET_ADDRESS")


def test_bounded_cost(detector: PiiDetector) -> None:
    from gateway.signals.recognizers import _block_contact, _office_after_company
    blocks = "Razão social: A Ltda.\nTelefone (B C Ltda.): 011 2345 6789\nSede legale: Via X 1\n" * 2500
    began = time.perf_counter()
    for at in range(0, len(blocks), 4000):
        _block_contact(blocks, at, at + 5, "PHONE_NUMBER")
        _block_contact(blocks, at, at + 5, "STREET_ADDRESS")
    assert time.perf_counter() - began < scaled(1.0)
    line = "— A S.r.l., " * 20_000 + "Sede legale: Via X 1"
    began = time.perf_counter()
    _office_after_company(line, len(line) - 6, len(line), "STREET_ADDRESS")
    assert time.perf_counter() - began < scaled(1.0)
    line = "Tel. (" * 40_000
    began = time.perf_counter()
    _block_contact(line, len(line) // 2, len(line) // 2 + 3, "PHONE_NUMBER")
    assert time.perf_counter() - began < scaled(1.0)


@pytest.mark.parametrize("text,entity", [
    # a party to the document named under its role, in the company's block
    ("Vermieter: Drukkerei Lindgren GmbH\nMieter: Katrin Oberholzer\nTel.: 0221 934 5520", "PHONE_NUMBER"),
    ("Locataire : Mathilde Carrasco\nBailleur : Imprimerie Bellecour SARL\nTél. : 04 78 42 11 90", "PHONE_NUMBER"),
    # a home or a private word with a value, not a blank form's label
    ("Company name: Harbour Lane Bakery Ltd\nHome address: 7 Elm Grove, Bristol BS6 6AA\nTel: 0117 497 0321",
     "PHONE_NUMBER"),
])
def test_party_or_home_keeps_block_personal(detector: PiiDetector, text: str, entity: str) -> None:
    assert _found(detector, text).get(entity), _found(detector, text)


@pytest.mark.parametrize("text", [
    # a blank form's home-address and full-name labels are nobody's; the company's line and mailbox under its name
    "Full name: ____________________ (complete)\nDate of birth: DD/MM/YYYY\nHome address: ____________________\n"
    "Switchboard (Marlow Quay Joinery Ltd): 01628 482190\nEmail: office@marlowquayjoinery.co.uk",
    # nested brackets in the label
    "Full names: ____________________ (complete)\nTel (Karoo Canvas Works (Pty) Ltd): 021 555 0142\n"
    "Email: admin@karoocanvasworks.co.za",
    # a state's code before the next field is no possessive ("SA" + "Phone")
    "Entity name: Wattle Creek Joinery Pty Ltd\nPrincipal place of business: 22 King William Street, ADELAIDE SA 5000\n"
    "Email: office@wattlecreekjoinery.com.au",
    # a tenant that is a company
    "Tenant: Wattle Creek Joinery Pty Ltd\nRegistered office: 22 King William Street, Adelaide SA 5000\n"
    "Email: office@wattlecreekjoinery.com.au",
])
def test_company_block_more(detector: PiiDetector, text: str) -> None:
    found = _found(detector, text)
    assert not any(found.get(t) for t in CONTACT_TYPES), found


@pytest.mark.parametrize("text", [
    "— Druckerei Auental GmbH, USt-IdNr. beantragt, Sitz: Lindenweg 4, 50667 Köln",
    "— Painotalo Saimaa Oy, Kotipaikka: Kirkkokatu 12 B 4, 53100 Lappeenranta",
    "— Wearside Printers Ltd, Registered office address: 9 Fawcett Street, Sunderland SR1 1RH",
])
def test_premises_after_the_company_on_its_line(detector: PiiDetector, text: str) -> None:
    found = _found(detector, text)
    assert not found.get("STREET_ADDRESS") and not found.get("PERSON"), found


@pytest.mark.parametrize("text", [
    # a state's or a region's code before the next line's label is no possessive ("SA" + "\nPhone:")
    "Entity name: Wattle Creek Joinery Pty Ltd\nPrincipal place of business: 22 Grote Street, ADELAIDE SA 5000\n"
    "Phone: (08) 8231 4400",
    # the company's name as a line of its own, its label cut off (a window of the text)
    "rdería Sierra Alta S.R.L.\nCUIT: en trámite\nDomicilio legal: Calle Mitre 410, Córdoba\nTel.: +54 351 422-1180",
])
def test_company_block_phone(detector: PiiDetector, text: str) -> None:
    assert not _found(detector, text).get("PHONE_NUMBER"), _found(detector, text)


def test_possessive_on_its_own_line_still_a_cue(detector: PiiDetector) -> None:
    assert _found(detector, "Company name: Wattle Creek Joinery Pty Ltd\nHer number: 0117 497 0321").get(
        "PHONE_NUMBER")
