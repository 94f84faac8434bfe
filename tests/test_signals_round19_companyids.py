"""Round 19 (issue 12): identifiers and names that belong to companies and public bodies, in each jurisdiction's
own documents.

A company's register number under its scheme's label is no citizen's number, even where its shape is one (a Chilean
RUT of a company, a Spanish NIF with a company's letter) or where a phone recognizer reads its digits; a firm's name
with its legal form after a comma or in brackets, or in a script without spaces, is a firm; a street and its town
after a house number are places; a bracketed redaction marker is a blank. The phrasings are this file's own; each
class has near misses that stay flagged (a person's RUT, CUIT, NIF, a sole trader's number, a name beside a firm).
"""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.identifiers import company_number
from gateway.signals.names import redaction_marker
from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import organisation_name
from gateway.signals.settings import PiiSettings

_DETECTOR = PiiDetector(PiiSettings())


def _spans(text: str) -> list[tuple[str, str]]:
    result = _DETECTOR.detect([text], locate=True)
    return [(s.entity_type, text[s.start:s.end]) for s in result.spans]


def _detected(text: str) -> bool:
    return _DETECTOR.detect([text]).detected


# --- 1. company register numbers under their scheme's label ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Empresa contratante: Frutícola Los Andes SpA\nR.U.T.: 96.512.340-7\nGiro: exportación de fruta",
    "Proveedor Ferretería Austral Ltda., RUT 50.000.001-5, factura 2231",
    "Contribuinte: Padaria Boa Vista Ltda.\nCNPJ 11.444.777/0001-61",
    "Empleador: Molinos del Litoral S.A. — CUIT 30-71234567-1",
    "Sociedad emisora: Aceitunas Sevillanas, S.L.\nC.I.F.: B12345674",
    "Hyresvärd: Fastighets AB Lärkan, org.nr 556789-1238",
    "Utleier: Eiendom Vest AS, organisasjonsnummer 987 654 325",
    "Arbeitgeber (dänische Tochter): Nordlys ApS, CVR-nr. 29895033",
    "Tilaaja: Rakennus Koivu Oy, Y-tunnus 2345678-0",
    "Bailleur : SCI Les Tilleuls SARL — SIREN 732 829 320",
    "임대인: 한빛건설 주식회사, 사업자등록번호 123-81-45670",
])
def test_a_company_number_under_its_label_is_nobodys(text: str) -> None:
    values = [v for kind, v in _spans(text) if kind in ("NATIONAL_ID", "PHONE_NUMBER")]
    assert values == [], values


@pytest.mark.parametrize("text", [
    # a citizen's RUT (below the companies' range), CUIT (20-27), DNI-shaped NIF: a person's
    "Arrendatario: Pedro Alarcón\nRUT: 15.234.567-4",
    "Empleado: Lucía Benítez, CUIT 20-12345678-6",
    "Inquilina: Marta Gil\nNIF: 12345678Z",
    # a Swedish sole trader's organisationsnummer is his personnummer
    "Enskild firma Anders Berg, organisationsnummer 811218-9876",
    # Finland's Y-tunnus without a firm's legal form before it: a sole trader's (toiminimi) may be a person's
    "Toiminimi Matti Virtanen\nY-tunnus 2345678-0",
])
def test_a_persons_number_beside_a_company_label_stays_flagged(text: str) -> None:
    assert _detected(text), _spans(text)


def test_company_number_reads_the_label_inside_or_before_the_span() -> None:
    text = "Razón social: Aceitunas Sevillanas, S.L.\nNIF: B12345674"
    start = text.index("NIF")
    assert company_number(text, start, len(text))  # the span holds its label ("NIF: B12345674")
    assert company_number(text, text.index("B1234"), len(text))
    assert not company_number("Nombre: Ana Ruiz\nNIF: 12345678Z", 22, 33)


# --- 2. a firm's name with its legal form after a comma, in brackets, or in a script without spaces -----------------

@pytest.mark.parametrize("text, name", [
    ("Arrendador: Maderas Tarahumara, S.A. de C.V., con domicilio en Chihuahua", "Maderas Tarahumara"),
    ("Prestador: Construcciones Ebro, S.L.\nNIF: B12345674", "Construcciones Ebro"),
    ("Landlord: Karoo Sandstone (Pty) Ltd, reg. no. 2011/004512/07", "Karoo Sandstone"),
    ("Αντισυμβαλλόμενος: Ελαιουργεία Κρήτης Α.Ε.", "Ελαιουργεία Κρήτης"),
    ("発行者: 北海精機株式会社", "北海精機株式会社"),
    ("供应商：杭州青山茶叶有限公司", "杭州青山茶叶有限公司"),
    ("계약 상대방: 한빛건설 주식회사", "한빛건설 주식회사"),
])
def test_a_firm_by_its_legal_form_is_no_person(text: str, name: str) -> None:
    start = text.index(name)
    assert organisation_name(text, start, start + len(name))
    assert ("PERSON", name) not in _spans(text)


@pytest.mark.parametrize("text", [
    "My name is Ana Ruiz, SA student at the university",  # "SA" is no firm's form here: a study programme
    "Contact: John Smith, Co-founder of the bakery",  # "Co-founder" is no "Co."
    "Signed by Pedro Alarcón, on behalf of Maderas Tarahumara, S.A. de C.V.",  # the signatory is a person
])
def test_a_person_beside_a_legal_form_stays_a_person(text: str) -> None:
    assert any(kind == "PERSON" for kind, _ in _spans(text)), _spans(text)


@pytest.mark.parametrize("text, name", [
    ("Copia de inscripción emitida por el Conservador de Bienes Raíces de Valdivia", "Conservador de Bienes Raíces"),
    ("Certidão do Cartório de Registro Civil de Olinda", "Cartório de Registro Civil"),
    ("Türkiye Ticaret Sicili Gazetesi ilanı, sayı 1042", "Türkiye Ticaret Sicili Gazetesi"),
    ("Adeverință eliberată de Starea Civilă Cluj", "Starea Civilă"),
])
def test_a_register_or_public_body_is_no_person(text: str, name: str) -> None:
    start = text.index(name)
    assert organisation_name(text, start, start + len(name))
    assert not any(kind == "PERSON" for kind, _ in _spans(text)), _spans(text)


def test_an_official_named_beside_a_register_stays_a_person() -> None:
    assert any(kind == "PERSON" and "Klaus Berger" in value
               for kind, value in _spans("Anmeldung beim Standesamt Mitte, Sachbearbeiter Klaus Berger"))


# --- 3. a street and its town after a house number ---------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Oficina: Calle Los Aromos 220, Providencia, Santiago\nHorario: 9 a 18", "Providencia, Santiago"),
    ("Seu social: Carrer de Mallorca, 45, 08029 Barcelona", "Carrer de Mallorca"),
    ("Domicilio: Privada Cedros 14, Col. Del Valle, C.P. 03100, Puebla", "Privada Cedros"),
    ("Bureau : 55, avenue du Parc-Lafontaine, Laval (Québec)", "Parc-Lafontaine, Laval"),
    ("Şube: Gül Sokak No:12, 34000 Kadıköy/İstanbul", "Gül Sokak No"),
    ("Ofis adresi: Ahmet Rasim Caddesi 7, Ankara", "Ahmet Rasim Caddesi"),
])
def test_a_street_or_its_town_is_no_person(text: str, place: str) -> None:
    assert not any(kind == "PERSON" and place in value or kind == "PERSON" and value in place
                   for kind, value in _spans(text)), _spans(text)


@pytest.mark.parametrize("text", [
    "Envié el contrato a Juan Soto, Marta Ruiz y al notario.",  # a list of people is no town
    "Vivo en Calle Los Aromos 220 con Ana Pérez",  # a person after the address, not a town
])
def test_people_near_an_address_stay_people(text: str) -> None:
    assert any(kind == "PERSON" for kind, _ in _spans(text)), _spans(text)


# --- 4. a bracketed redaction marker ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nome do titular: [DADO OMITIDO]\nEndereço: [DADO OMITIDO]",
    "Name: [REDACTED]\nDate of birth: [REDACTED]",
    "Nombre del arrendatario: [DATO ELIMINADO]",
    "Name des Mieters: [GESCHWÄRZT]",
])
def test_a_redaction_marker_is_no_name(text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in _spans(text)), _spans(text)


def test_a_name_beside_brackets_stays_a_name() -> None:
    text = "Nome: Maria Souza (dado omitido na cópia anterior)"
    assert ("PERSON", "Maria Souza") in _spans(text)
    assert not redaction_marker(text, text.index("Maria"), text.index("Maria") + len("Maria Souza"))
    assert ("PERSON", "Juan Pérez") in _spans("Nombre: [Juan Pérez]\nRUT: 15.234.567-4")


# --- 5. bounded cost ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "RUT: " + "9" * 200_000,
    ("NIF: B1-" * 30_000),
    ("[" + "a " * 100_000),
    ("Calle X 1, " + "Ab, " * 50_000),
    ("Foo, S" * 40_000),
])
def test_bounded_cost(text: str) -> None:
    started = time.perf_counter()
    for start in range(5, len(text), 50):
        company_number(text, start, min(len(text), start + 20))
        redaction_marker(text, start, start + 3)
        organisation_name(text, start, start + 4)
    assert time.perf_counter() - started < scaled(1.0)
