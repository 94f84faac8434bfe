"""Round 21 (issue 12): steppe and atoll benign.

1. A chat line's speaker decides whose a number in a drama range is: "call me on 555-0142" said by a staff role
   ("[Dispatcher]", "Moderator:") or by a listed historical or fictional figure in a role-play is nobody's line; the
   same words after a private person's name, or a number in an assignable range, stay flagged.

The phrasings are this file's own; each class has near misses that stay flagged.
"""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector, chat_speaker
from gateway.signals.settings import PiiSettings

from pii_spans import types as _types


# --- 1. a drama-range number a role or a figure gives as its own in a chat ------------------------------------------

@pytest.mark.parametrize("text", [
    "Screenshot of the demo channel:\n[Coordinator] running ten minutes late\n[Dispatcher] ring me on 555-0142 "
    "if the van is stuck\n[Driver 1] ok",
    "Roleplay log for the literature club:\n[Don Quixote] Sancho, call me on +1 (415) 555-0177 tonight\n"
    "[Moderator] keep it in character please",
    "Geschichtsprojekt, Chat der Klasse:\n[Kalidasa] meine Nummer ist +61 2 5550 1234\n[Moderator] danke",
    "Chat d'entraînement :\n[Moderator] appelez-moi au 555-0163 pour la salle\n[Bot] ok",
    "Moderator: text me at (212) 555-0110 when the stream starts\nHost: will do",
])
def test_drama_number_of_a_role_or_figure_speaker_is_clean(text: str) -> None:
    assert "PHONE_NUMBER" not in _types([text])


@pytest.mark.parametrize("text", [
    # a private person's name as the speaker: the fail-safe reading of "call me" stays
    "Group chat:\n[Maren Holtkamp] call me on 0491 570 233 if the van is stuck\n[Dispatcher] ok",
    # no speaker: the writer's own number, as a tester types it
    "call me on 0491 570 233 tomorrow, my name is Maren Holtkamp",
    # a role speaker with a number in an assignable range: a real line
    "Group chat:\n[Dispatcher] call me on +1 415 867 5309 if the van is stuck\n[Driver 1] ok",
    "Chat:\n[Moderator] mi numero è 347 812 5590\n[Bot] ok",
    # a figure speaking, but the number is a real mobile
    "Class chat (students write in role):\n[Kalidasa] reach me at +44 7700 123 456\n[Moderator] ok",
])
def test_own_number_of_a_person_or_a_real_number_stays_flagged(text: str) -> None:
    assert "PHONE_NUMBER" in _types([text])


def test_chat_speaker_scan_is_bounded() -> None:
    texts = ["[" * 200_000, "A" * 200_000, "\\n" * 100_000, ("[Dispatcher] call me on 555-0142\n" * 7_000)[:200_000]]
    began = time.perf_counter()
    for text in texts:
        for at in range(0, len(text), 50):  # one speaker look-up per value, 4,000 values per text
            chat_speaker(text, at)
    assert time.perf_counter() - began < scaled(1.0)


@pytest.mark.parametrize("text, speaker", [
    ("[Dispatcher] call me on 555-0142", "Dispatcher"),
    ("log\\n[Olaudah Equiano] reach me at 555-0142", "Olaudah Equiano"),
    ("chat\nModerator: text me at 555-0142", "Moderator"),
    ("chat\nthe dispatcher said: call me on 555-0142", None),
])
def test_chat_speaker(text: str, speaker: str | None) -> None:
    assert chat_speaker(text, text.index("555")) == speaker


# --- 2. a lone first name that refers back to a full name naming nobody ---------------------------------------------

@pytest.mark.parametrize("texts", [
    # a stand-in given in an early turn, its first name in a later one
    ["Example customer from the SDK readme:\nName: Jane Doe\nCard: 4242 4242 4242 4242", "ok",
     "now draft a short SMS to Jane about the renewal"],
    ["Fiche d'exemple :\nNom : John Doe\nTéléphone : 555-0111", "Compris.", "rédige un mail de relance pour John"],
    # a character in a tool call's arguments, greeted by first name in the body
    ['{"to": "555-0109", "contact_name": "Sherlock Holmes", "body": "Ciao Sherlock, la prenotazione è confermata."}'],
    ['{"recipient": "Dorian Gray", "message": "Hola Dorian, tu reserva está confirmada."}'],
])
def test_first_name_of_a_stand_in_or_figure_is_clean(texts: list[str]) -> None:
    assert "PERSON" not in _types(texts)


@pytest.mark.parametrize("texts", [
    # the full name may be a private person's: the first name is that person
    ["Customer record:\nName: Jane Okafor\nCity: Leeds", "ok", "now draft a short SMS to Jane about the renewal"],
    # a stand-in and a private person share the first name: fail safe
    ["Template: Jane Doe\nReal customer: Jane Okafor", "draft a short SMS to Jane about the renewal"],
    # no full name given anywhere: a lone first name in a person's slot stays a person
    ["now draft a short SMS to Henrietta about the renewal of her lease"],
])
def test_first_name_of_a_private_person_stays_flagged(texts: list[str]) -> None:
    assert "PERSON" in _types(texts)


def test_back_reference_scan_is_bounded() -> None:
    detector = PiiDetector(PiiSettings())
    text = ("Jane " * 40_000)[:200_000] + " write to Jane"
    began = time.perf_counter()
    for at in range(0, 2_000):
        detector._refers_back(text, len(text) - 4, "Jane")
    assert time.perf_counter() - began < scaled(1.0)


# --- 3. a mobile-range number labelled the organisation's switchboard or hotline where the organisation is named ----

@pytest.mark.parametrize("text", [
    "Kontakt laut Website:\nFirma: Nordlicht Bäckerei GmbH\nZentrale: +49 171 2345678",
    "Empresa: Transportes Lince\nHorario: 9-18\nCentralita: +34 612 345 678",
    "Företag: Fjällbo Bageri AB\nVäxel: +46 70 123 45 67",
    '{"shop": "Larchwood Tiles customer desk", "helpline": "+44 7911 123456", "status": "open"}',
    "Agent: For rebooking call our hotline +61 412 345 678 any time.\nCustomer: thanks",
    "Observation: Company=Harrowgate Mills claims team; Ref=AB-2291; Switchboard=+81 90-2345-6789",
])
def test_organisations_labelled_line_is_clean(text: str) -> None:
    assert "PHONE_NUMBER" not in _types([text])


@pytest.mark.parametrize("text", [
    # a person's field in the block: the number may be theirs
    "Name: Maria Lopez\nSwitchboard: +351 911 945 161",
    "Ansprechpartner: Jonas Weber\nFirma: Nordlicht Bäckerei GmbH\nZentrale: +49 171 2345678",
    # nothing names an organisation: a mobile called a hotline stays somebody's
    "call the hotline +351 911 945 161 tonight",
    # the writer's own line
    "Company: Amberline Rail\nmy hotline: +351 911 945 161",
    # an organisation named, but no service label on the number
    '{"store": "Wickerbasket Hampers", "mobile": "+91 81241 08116", "status": "open"}',
])
def test_mobile_without_an_organisations_label_stays_flagged(text: str) -> None:
    assert "PHONE_NUMBER" in _types([text])


def test_service_label_scan_is_bounded() -> None:
    from gateway.signals.recognizers import organisations_service_line
    texts = [("Switchboard: " * 20_000)[:200_000], ("Acme Dairy claims team " * 10_000)[:200_000] + "Switchboard: 1",
             ("Company: " * 25_000)[:200_000] + "hotline 1"]
    began = time.perf_counter()
    for text in texts:
        for at in range(len(text) - 1, len(text) - 4_000, -20):
            organisations_service_line(text, at, at + 1)
    assert time.perf_counter() - began < scaled(1.0)


# --- 4. the IBAN registry's example in an organisation's block of lines ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Company: Halvorsen Tiles customer desk\nIBAN: NL91 ABNA 0417 1643 00",
    "Empresa: Panadería Lucero\nIBAN: FR14 2004 1010 0505 0001 3M02 606",
    "Firma: Bäckerei Sonnenschein GmbH\nIBAN: DE89 3704 0044 0532 0130 00",
])
def test_example_iban_in_an_organisations_block_is_clean(text: str) -> None:
    assert "IBAN_CODE" not in _types([text])
    # referred back to in a later turn of the request, with the writer's own words in between
    assert "IBAN_CODE" not in _types([text, "Noted.", "first, can you check my spelling in the last mail?", "Sure.",
                                      "now fill a contact card for that company, with the account above"])


@pytest.mark.parametrize("text", [
    # a real IBAN in the company's block is still read as an account
    "Company: Halvorsen Tiles customer desk\nIBAN: DE44 5001 0517 5407 3249 31",
    # the writer's own
    "Company: Halvorsen Tiles\nmy IBAN: GB82 WEST 1234 5698 7654 32",
])
def test_iban_of_a_person_or_a_real_one_stays_flagged(text: str) -> None:
    assert "IBAN_CODE" in _types([text])


def test_example_iban_beside_a_person_keeps_the_block_flagged() -> None:
    assert _types(["Name: Maria Lopez\nCompany: Halvorsen Tiles\nIBAN: GB82 WEST 1234 5698 7654 32\nCity: Leeds"])


# --- 5. a national number read in the plan of the country its block's domains name ---------------------------------

@pytest.mark.parametrize("text", [
    # Chile's 600 line beside the company's .cl mailbox: a fixed line of Chile's plan, not a Spanish mobile
    "Razón social: Panificadora Los Andes SpA\nCasa matriz: Av. Alemania 120, Temuco\nTel.: 600 321 654\n"
    "Correo electrónico: contacto@panificadoralosandes.cl",
    "Certificado – Registro Civil\nNombre: ______ (completar)\nTel. (Frutícola Maule SpA): 600 987 123\n"
    "Web: www.fruticolamaule.cl",
])
def test_company_line_of_its_domains_country_is_clean(text: str) -> None:
    assert "PHONE_NUMBER" not in _types([text])


@pytest.mark.parametrize("text", [
    # a person's block: the country's plan does not make the number a company's
    "Nombre: Javiera Soto Reyes\nTel.: 600 751 531\nCorreo: javiera.soto@gmail.cl",
    # the company's domain is Spain's: a Spanish mobile in the block stays somebody's
    "Razón social: Panificadora Los Andes SL\nTel.: 600 321 654\nCorreo electrónico: contacto@losandes.es",
])
def test_number_of_a_person_or_a_mobile_of_the_domains_country_stays_flagged(text: str) -> None:
    assert "PHONE_NUMBER" in _types([text])


def test_block_jurisdictions_is_bounded() -> None:
    from gateway.signals.recognizers import _block_jurisdictions
    texts = [("a@b.cl " * 30_000)[:200_000], (".cl" * 70_000)[:200_000] + " www.", ("x.y" * 70_000)[:200_000] + "@"]
    began = time.perf_counter()
    for text in texts:
        for at in range(0, len(text), 1_000):
            _block_jurisdictions(text, at, at + 5)
    assert time.perf_counter() - began < scaled(1.0)


# --- 6. a Korean request read as a name -----------------------------------------------------------------------------

@pytest.mark.parametrize("texts", [
    ["이거 요약해 주세요"],
    ["You are a back-office assistant.", "이 서류 맞는지 봐줘", "Extract the fields into JSON."],
    ["이 양식 번역해 주세요"],
    ["이 내용 정리해 줄래"],
])
def test_korean_request_is_no_name(texts: list[str]) -> None:
    assert "PERSON" not in _types(texts)


@pytest.mark.parametrize("texts", [
    ["성명: 김민준"],
    ["please email 김민준 today"],
    ["내 친구 박서연 번호 알려줘"],
])
def test_korean_names_stay_flagged(texts: list[str]) -> None:
    assert "PERSON" in _types(texts)


# --- 7. a document's title and a form's name label read as names ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fields of this page:\nExtrait Infogreffe – registre du commerce\n\nDénomination: Boulangerie du Port SARL",
    "Does this section look right? List anything that looks wrong.\n\n부가가치세 신고서 – 사업자 정보\n\n상호: 한빛 주식회사",
    "Is this form complete? Tell me what is missing.\n\n근로소득 원천징수 신고서 – 인적사항\n\n상호: 한빛 주식회사",
    "Translate this for the agent.\n\nपट्टा विलेख (रेंट एग्रीमेंट)\n\nनाम: ______ (भरें)",
    "Please translate this claim header.\n\nTedavi gideri talebi – özel sağlık sigortası\n\nTicaret unvanı: Ege Zeytin A.Ş.",
    "Translate this tax form section.\n\nEinkommensteuererklärung – Anlage Kind\n\nName, Vorname: ______________ (ausfüllen)",
])
def test_document_titles_and_form_labels_are_no_names(text: str) -> None:
    assert "PERSON" not in _types([text])


@pytest.mark.parametrize("text", [
    # a person's name in the title line beside the document's noun: the name is judged on its own span
    "Lebenslauf – Jonas Weber\n\nGeburtsdatum: 12.03.1988",
    "Nom : Camille Moreau\nObjet : attestation de domicile",
    # a label with a filled value: the value is a person
    "Vorname: Annika\nNachname: Lindqvist",
])
def test_names_beside_document_words_stay_flagged(text: str) -> None:
    assert "PERSON" in _types([text])


# --- 4b. "from their website" is where an organisation publishes its data, no private place ------------------------

@pytest.mark.parametrize("texts", [
    ["Bank details of Halvorsen Tiles (copied from their website):\nCompany: Halvorsen Tiles customer desk\n"
     "IBAN: NL91 ABNA 0417 1643 00", "ok", "fill a contact card for Halvorsen with the account above"],
    ["Reply in German.", "Payment details of Larchwood Mills (from their website):\nCompany: Larchwood Mills sales desk\n"
     "IBAN: DE89 3704 0044 0532 0130 00", "Noted.", "what is a good subject line for a payment reminder?",
     "Payment reminder: invoice due", "now draft the reminder to Larchwood, quoting the account above"],
    ["Coordonnées de Boulangerie Lucero (from their official website):\nSociété: Boulangerie Lucero\n"
     "IBAN: FR14 2004 1010 0505 0001 3M02 606"],
])
def test_organisations_data_from_their_website_is_clean(texts: list[str]) -> None:
    assert "IBAN_CODE" not in _types(texts)


@pytest.mark.parametrize("text", [
    "Details from her website:\nName: Maren Holt\nIBAN: NL91 ABNA 0417 1643 00",
    "Company: Halvorsen Tiles\nsend it to their home address: 14 Birch Lane, Leeds LS6 2AB",
])
def test_a_persons_website_or_home_stays_private(text: str) -> None:
    assert _types([text])


# --- 8. a role mailbox whose domain spells the organisation its block names -----------------------------------------

@pytest.mark.parametrize("text", [
    '{"to": "billing@larchwoodmills.co.uk", "subject": "Invoice 88", "body": "Dear Larchwood Mills accounts team, ..."}',
    "Recap so far:\n• Firma: Nordlicht Bäckerei GmbH\n• Postfach: kontakt@nordlicht.de\n• Auftrag: A-5521",
    "---- Mensaje reenviado ----\n> De: Panadería Lucero <pedidos@lucero.es>\n> Asunto: su pedido",
])
def test_role_mailbox_of_a_named_organisation_is_clean(text: str) -> None:
    assert "EMAIL_ADDRESS" not in _types([text])


@pytest.mark.parametrize("text", [
    # a person's own name and domain
    "From: Hans Wielinga <info@wielinga.nl>",
    # a person named in the record
    '{"to": "info@larchwoodmills.co.uk", "body": "Dear Maria Lopez, your order shipped"}',
    # a personal local part at the organisation's domain
    "Company: Larchwood Mills\nMailbox: jonas.weber@larchwoodmills.co.uk",
])
def test_mailbox_of_a_person_or_an_unnamed_domain_stays_flagged(text: str) -> None:
    assert "EMAIL_ADDRESS" in _types([text])


def test_named_organisations_mailbox_is_bounded() -> None:
    from gateway.signals.recognizers import named_organisations_mailbox
    texts = [("Company: Acme Dairy claims team " * 7_000)[:200_000] + " info@acme.com",
             ("From: " + "Abc " * 50_000)[:200_000] + "<info@abcabc.com>"]
    began = time.perf_counter()
    for text in texts:
        at = text.rindex("info@")
        for _ in range(50):  # one look per address: the block around it, whatever the text's length
            named_organisations_mailbox(text, at, len(text) - (1 if text.endswith(">") else 0))
    assert time.perf_counter() - began < scaled(1.0)


# --- 9. an address its own line names an organisation's premises ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Observation: Firm=Harrowgate Mills; Ref=AB-2291; Head office=14 Mill Lane, Halifax HX1 2PQ (head office); Next=ok",
    "[Coordinator] pickup at 22 Quay Street, Galway H91 X2Y3 (registered office)\n[Driver 1] ok",
    "Entrega: Avenida Libertad 88, Valparaíso (casa matriz)",
    "Sitz: Hafenstraße 12, 24103 Kiel",
])
def test_address_named_premises_on_its_line_is_clean(text: str) -> None:
    assert "STREET_ADDRESS" not in _types([text])


@pytest.mark.parametrize("text", [
    "Home address: 14 Mill Lane, Halifax HX1 2PQ",
    "my flat: 14 Mill Lane, Halifax HX1 2PQ (head office)",
    "Maria Lopez, 14 Mill Lane, Halifax HX1 2PQ (head office)",
    "[Maren Holt] come to 14 Mill Lane, Halifax HX1 2PQ tonight",
])
def test_home_or_persons_address_stays_flagged(text: str) -> None:
    assert "STREET_ADDRESS" in _types([text])


def test_office_marked_address_is_bounded() -> None:
    from gateway.signals.recognizers import office_marked_address
    texts = [("a (head office " * 15_000)[:200_000], ("Head office= " * 16_000)[:200_000], "x" * 200_000]
    began = time.perf_counter()
    for text in texts:
        for at in range(0, len(text) - 10, 1_000):
            office_marked_address(text, at, at + 5)
    assert time.perf_counter() - began < scaled(1.0)
