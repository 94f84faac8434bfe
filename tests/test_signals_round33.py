"""Round 33: test fixtures, example numbers, codes of procurement, heads of institutions, organisations' accounts.

The third blind batch of round 32 (nubbin, tinaja, caprock) showed classes no earlier world had: a fixture of
published test values (a test card, the registry's example IBAN, a drama-range phone and the famous SSN 078-05-1120
side by side), the government's example National Insurance number "QQ 12 34 56 C" on blank forms, procurement's
CPV codes and Official Journal notice numbers, a head
of an institution signed with office and institution ("Prof. X, Director of the Doctoral School"), a council's
officers in its minutes ("moved by the Chair, X"), an invented claimant named in quotes, organisations named by their
trade word ("X Biobank"), an employer's or a VAT-registered payee's IBAN, a works council's office and accounts
receivable's mailbox, and the figures and characters HR writing cites. Names in a script without case after a relation's or
a role's word ("her neighbour ปริภา", "the new intern 태오") are found. Each rule keeps the same value when a private
cue makes it somebody's: "My SSN is 078-05-1120" is found, as issue 12 asks.

Our own phrasings, invented names and organisations."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import unissuable_nino

NOBODYS = [
    # an invented person named in quotes, then said to be invented
    "For the workshop the case study uses 'Mr Dunmere', the made-up tenant of flat 2.",
    "Our e-learning module follows \"Ms Varrow\", the fictional applicant, through the forms.",
    # a council's officers in its minutes
    "Minutes, planning committee (item 4): the motion was moved by the Chair, Ansel Torvik, and carried.",
    "Seconded by the Mayor, Cllr Idris Penhallow; resolved unanimously.",
    # heads of institutions with office and institution
    "Welcome address (as printed in the conference booklet): Prof. Halvard Lindqvist, Director of the Graduate School.",
    "Dear Dr Orlaith Brennock, as Editor-in-Chief of the Journal of Soil Ecology, we submit our manuscript.",
    "Approved. Signed: Prof. Kasimir Wendt, Chair, Human Research Ethics Committee",
    "Plenary lecture by Prof. Ysolde Marchetti, President of the Northvale Academy of Sciences.",
    # organisations named by their trade word
    '{"consignment": "C-2025-118", "sender": "Harrowgate Biobank", "recipient": "Central lab"}',
    "Samples were sent to Kettering Cohort Registry for storage.",
    # procurement's codes and notices, a barcode
    "Tender notice 2025-0412. CPV 45233140-2 roadworks. Deadline 12 May.",
    "Stock item: barcode 50123452789013; batch 2231; shelf B4.",
    "Contract award notice 2025/S 212-667431 published in the supplement.",
    # the example National Insurance number of blank forms
    "Name: ____________\nNational Insurance number: QQ 12 34 56 C (example)\nAddress: ____________",
    # a fixture of published test values
    '{"card": "4111 1111 1111 1111", "ssn": "078-05-1120", "phone": "+44 20 7946 0018"}',
    # organisations' lines (the digits counted up are no sign: people write "+44 7911 123456" as their own)
    "Contact the branch: +31 10 123 4567.",
    "Questions? Our Lyon office: +33 1 23 45 67 89, lyon@firm.example",
    "Hotline +48 12 345 67 89 (Mon-Fri).",
    "Forklift licence preferred. Contact the branch: +31 10 123 4567.",
    "Freezer alarm → call facilities (555) 010-0199.",
    # a works council's office; accounts receivable
    "Works council office: works-council@fabrik.example, room 0.14, office hours Wed 10-12.",
    # organisations' accounts
    "Cut-off the 20th. Employer IBAN for refunds: DE89 3704 0044 0532 0130 00 (Kavihire).",
    "Invoice 4471, 120 h x 24.80\nPay to: Brixmoor, IBAN GB29 NWBK 6016 1331 9268 19, VAT reg. GB123456789. "
    "Queries: ar@brixmoor.example",
    # a relation's word before a phrase, not a name, of a script without case
    "Her neighbour said การประชุมถูกเลื่อนออกไปจนถึงสัปดาห์หน้าแล้ว",
    "The patient 患者の状態は安定しています",
    # the figures and characters of HR writing
    "Team roles in the style of Meredith Belbin; culture dimensions after Geert Hofstede.",
    "From Chester Barnard to Edgar Schein and Chris Argyris: a short history of organisation theory.",
    "Our mascot is basically Milton Waddams with a stapler; Toby Flenderson would approve.",
]

PEOPLE_KEPT = [
    ("For the workshop, Mr Dunmere (my tenant in flat 2) says the boiler failed.", "Dunmere"),
    ("Minutes: the chair noted that Ansel Torvik, the tenant at 4 Mill Lane, had complained.", "Ansel Torvik"),
    ("Prof. Halvard Lindqvist, Director of the Graduate School, was admitted to hospital with a stroke on 3 May.",
     "Halvard Lindqvist"),
    ("Samples from participant Tamsin Holloway were sent to Kettering Biobank.", "Tamsin Holloway"),
    ("My SSN is 078-05-1120, please update the form.", "078-05-1120"),
    ('{"card": "4111 1111 1111 1111", "note": "my SSN is 078-05-1120"}', "078-05-1120"),
    ("Call me on +31 6 1234 5678 after six.", "+31 6 1234 5678"),
    ("Charge 4111 1111 1111 1111 and send the rest to DE89 3704 0044 0532 0130 00 tomorrow.", "4111 1111 1111 1111"),
    ("Refund to my IBAN DE89 3704 0044 0532 0130 00 please.", "DE89 3704 0044 0532 0130 00"),
    ("Employee IBAN for salary: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
    ("Call the depot on 0161 496 0321 or email me, Jana Novak, at jana.novak@gmail.com", "Jana Novak"),
    ("Call my security guy on 07911 123456", "07911 123456"),
    # a relation's or a role's word, then a name in a script without case
    ("Note: participant 014's daughter 灯帆 called about the visit.", "灯帆"),
    ("the reviewer's assistant 澄川 will send the forms", "澄川"),
    ("the bidder (sole trader), 森岡 陽咲, submitted late", "森岡 陽咲"),
    ("her neighbour ปริภา brought the forms", "ปริภา"),
    ("the new intern 태오 starts Monday", "태오"),
    ("Pay to: Anna Kowalczyk, IBAN GB29 NWBK 6016 1331 9268 19, VAT reg. on file.", "GB29 NWBK 6016 1331 9268 19"),
    ("National Insurance number: AB 12 34 56 C, name: Tom Reyes", "AB 12 34 56 C"),
]


# Second part, after blind batch 4 (yazoo, sabkha, bornhardt): a law firm's and a court's public record (counsel,
# cause lists' judges, Document Exchange boxes, a firm's desk under its own name, legal aid's references, land
# registers' commercial proprietors), Stripe's 3-D Secure test card, an example NINO "(example format)", supply
# numbers' digit groups, sports clubs by their sport, elite athletes by their title, a code's letters that read as a
# French possessive, a club officer's listing with the club's mailbox, and everyday words a cue put in a name's slot; a
# register's people (a "player" column, a list item's name and birth date) are found.
SECOND_NOBODYS = [
    "10:00 Before Mrs Justice Ellowby — K7QA120 Harlow Trading Ltd v Pennick Build Ltd (PTR)\n"
    "11:00 Before Recorder Tamsin Overend — K9MA738 Orlin Logistics Limited v Crane Holdings Ltd (CMC)",
    "Overend KC for the Claimant; Ms Fallowfield (instructed by Brack & Tull LLP) for the Defendant",
    "Chambers directory entry: Mr Idris Pellow — called 2004, silk 2019. Practice: commercial.",
    "Completions: completions@pellowlaw.co.uk, DX 41220 Brindlewick, tel 0121 544 7494. Funds cut-off 1pm.",
    "New enquiries should go to pellow.intake@pellow-law.co.uk or the switchboard on 0121 634 5522.",
    "CCMS application 358262299-83: Client B, aged 30-40.",
    "Proprietor: Orlin Property Ltd (Co. Regn. No. 10489193) of 36 Thornfield Business Park",
    "Payments (sandbox): card 4242 4242 4242 4242; 3DS card 4000 0027 6000 3184.",
    "Date of birth: __/__/____\nNational Insurance number: AB 12 34 56 C (example format)",
    "Supply number (MPAN): S 01 801 200 98 2675 9080183\nMeter serial: K04W125",
    "Fixtures:\nSat 19/3 Brackfield Rowing Club v Marlow Wheelers – KO 11:00, pitch 4",
    "Awards night: Paralympic gold medallist Orla Venning; trophies presented by the pro cyclist Ines Carrow.",
    "Results (elite, published): 1. Hanno Steinfeld (Olympic champion) 2:09:57  2. Gero Hollbach (world No. 9)",
    "International striker Tayo Fenwick scored twice; the club captain Darran Welby spoke to the press after the game.",
    "Customer Minutes Lost YTD: 41.3\nSource: public statistics",
    "Home ground: Vell Recreation Ground. Secretary: secretary@vellsport.example.org. Tel 0121 303 6015.",
    "Results: 3. Kayden Gallow (national record holder)",
    "Reports:\n- Annual Report (28/11/2016)\n- Safety Review (11/07/2021)",
    "rank,player,club,points\n1,Premier Lions,Leeds,40",
    "Cześć, Training: co-determination history in five slides.",
]

SECOND_PEOPLE_KEPT = [
    ("My barrister Ms Fallowfield (instructed by my solicitor) lives at 4 Mill Lane", "Fallowfield"),
    ("Email anna.intake@pellow-law.co.uk about my case", "anna.intake@pellow-law.co.uk"),
    ("I live at 4 Thornfield Business Park with my mum", "4 Thornfield Business Park"),
    ("SSN 200 98 2675", "200 98 2675"),
    ("I live at 12 Golf Club Drive", "12 Golf Club Drive"),
    ("Under-12s: the club captain Tom Reyes spoke to the press after the game.", "Tom Reyes"),
    ("Dear Hope Summers, thanks for the forms", "Hope Summers"),
    ("Secretary: anna.berg@gmail.com. Tel 07911 123456", "07911 123456"),
    ("date,player,injury,days_out\n2026-01-21,Sieke Hoven,ankle,118", "Sieke Hoven"),
    ("Register, Ducklings\n- Rodana Saltero (28/11/2016) – 10m front crawl ok", "Rodana Saltero"),
    ("Hi Marta: your payslip is ready", "Marta"),
]


@pytest.mark.parametrize("text", SECOND_NOBODYS)
def test_round33_second_forms_name_nobody(detector: PiiDetector, text: str) -> None:
    assert not _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text,value", SECOND_PEOPLE_KEPT)
def test_round33_second_people_stay_found(detector: PiiDetector, text: str, value: str) -> None:
    assert any(value in v or v in value for _, v in _spans(detector, text)), _spans(detector, text)


# Third part, after blind batch 5 (gnamma, lunette, coquina): the misses of lunette's sole traders' world, a carer
# or a lodger who will let the tradesman in, a partner named before the relation with no comma, in any script.
THIRD_PEOPLE_KEPT = [
    ("Labour 6.5 hrs @ 48/hr. My carer Ilvio will be home to let you in.", "Ilvio"),
    ("My lodger Kerrin will be home to let you in.", "Kerrin"),
    ("could u do an extra 2 hrs on friday, Pasquale my partner will be in to let you in.", "Pasquale"),
    ("before my in-laws arrive, עדנה my partner will be in to let you in.", "עדנה"),
    ("before my in-laws arrive, 彩人 my partner will be in to let you in.", "彩人"),
    ("Radiators cold. My carer Βασούλα will be home to let you in.", "Βασούλα"),
]
THIRD_NOBODYS = [
    "Thanks my friend, see you Friday.",
    "Our carer service runs weekdays 9-5.",
]


@pytest.mark.parametrize("text,value", THIRD_PEOPLE_KEPT)
def test_round33_third_people_stay_found(detector: PiiDetector, text: str, value: str) -> None:
    assert any(value in v or v in value for _, v in _spans(detector, text)), _spans(detector, text)


@pytest.mark.parametrize("text", THIRD_NOBODYS)
def test_round33_third_forms_name_nobody(detector: PiiDetector, text: str) -> None:
    assert not _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text", NOBODYS)
def test_round33_forms_name_nobody(detector: PiiDetector, text: str) -> None:
    assert not _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text,value", PEOPLE_KEPT)
def test_round33_people_beside_those_forms_stay_found(detector: PiiDetector, text: str, value: str) -> None:
    assert any(value in v or v in value for _, v in _spans(detector, text)), _spans(detector, text)


# Complexity (yazoo): a hard ask phrased with a participle or a noun of justification or proof at the end of a
# long table ("... reprogramma le 4 settimane motivando.", "... z uzasadnieniem.", "... con prueba."): the same
# ask as its imperative, so the table's length does not hide it.
TABLE = "\n".join(f"row {i}: group {i % 5}, 8 people, slot 1{i % 9}:00" for i in range(40))


@pytest.mark.parametrize("ask,plain", [
    ("Ricalcola i turni e riprogramma le 4 settimane motivando.", "Ordina le righe per orario."),
    ("Przelicz obciążenie i przeplanuj grupy z uzasadnieniem.", "Posortuj wiersze według godziny."),
    ("Encuentra las violaciones y una reasignación mínima con prueba.", "Ordena las filas por hora."),
    ("Trouve les conflits et réaffecte les groupes en justifiant.", "Trie les lignes par heure."),
])
def test_round33_justified_asks_after_a_table_score_above_plain_ones(ask: str, plain: str) -> None:
    from gateway.signals.complexity import ComplexityScorer
    from gateway.signals.settings import ComplexitySettings

    scorer = ComplexityScorer(ComplexitySettings())
    assert scorer.score([f"{TABLE}\n\n{ask}"]).score > scorer.score([f"{TABLE}\n\n{plain}"]).score


@pytest.mark.parametrize("value,unissued", [
    ("QQ 12 34 56 C", True), ("QQ123456C", True), ("AO 12 34 56 A", True), ("GB 12 34 56 A", True),
    ("AB 12 34 56 C", False), ("JG103759A", False),
])
def test_unissued_national_insurance_prefixes(value: str, unissued: bool) -> None:
    assert unissuable_nino(value) is unissued


@pytest.mark.parametrize("unit,size", [
    ('card: 4111 1111 1111 1111, ssn: 078-05-1120, ' * 3 + "CPV 72000000-5; QQ 12 34 56 C; +31 10 123 4567 ", 100_000),
    ("Prof. Ab Cd, Director of the Ef School; moved by the Chair, Gh Ij; Pay to: Kl, IBAN GB29 NWBK 6016 1331 9268 19, "
     "VAT reg. 1 ", 100_000),
])
def test_bounded_cost_of_round33_forms(detector: PiiDetector, unit: str, size: int) -> None:
    text = (unit * (size // len(unit) + 1))[:size]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < scaled(20.0)
