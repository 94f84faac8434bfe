"""Round 31: providers named by their trade's word, desks after a dash, goods named like people, compound asks.

A care or service provider writes its trade after an invented brand in its own language ("Quillmere Pflegedienst",
"Osterby Ayuda a Domicilio", "Brenthollow hoivakoti"): recognizers.sector_organisation reads it as the provider's
name, not a person's; a given name and a surname first stays a person's, and so does a person beside the provider.
A signature's dash before a desk ("Vellacott Charging - support desk") names the desk's organisation. Cultivars,
breeds and vehicle models named like people (eponymous_brands.txt, brand_lines.txt) are goods; a private person
next to them stays flagged. German, Dutch and Nordic asks that name their analysis in a compound
("Sensitivitätsanalyse", "risicoanalyse") or ask for a justification ("mit Begründung") score as hard asks.

Second part, after the blind batch (hogback, kettle, erg): names of record by the form of their mention
(names.name_of_record: an author cited by initials with a year, a DOI or "the survey by"; a catalogue record's author
beside an ISBN; a conference programme's billing; "the Vice-Chancellor, X"; the head coach of a national team; a
senior match report's scorers and referee; an elite race's results with nation codes and times), sports clubs by
their forms ("EC X", "X Gençlik SK", "Polisportiva X"), desks' lines ("International office:", "bookings line"),
blocks of numbers ("99000001-99000099") and a college's domain that names no person. A youth game, a kin word, a
patient and a hearing keep their people.

Goods are kept apart from the figures (data/named_goods.txt): a list with goods in it clears none of the people it
names. Our own phrasings, invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals import SignalSettings
from gateway.signals.complexity import ComplexityScorer
from gateway.signals.pii import PiiDetector

PROVIDERS = [
    "Welcome to Quillmere Seniorenheim. Reception 030 555 0182 (9-17), visiting until 8pm.",
    "Osterby Ayuda a Domicilio: horario de oficina de 9 a 14, guardias por la tarde.",
    "Brenthollow Usługi Opiekuńcze: numer dyżurny tylko dla koordynatorów.",
    "Yours sincerely,\nService Manager, Marrowvale palvelutalo",
    "Pellinford Sosyal Hizmet Merkezi çeyrek raporu: 312 değerlendirme tamamlandı.",
    "Graustock Патронажная служба, график на неделю 41",
    "Sandrelle للرعاية المنزلية جدول الأسبوع",
    "Invoice from Tallowmere Hemtjänst to the municipality, 212 hours at the agreed rate.",
]

PEOPLE_BESIDE_PROVIDERS = [
    ("My mother Halina Wrzesińska moved into the Pflegeheim last week.", "Halina Wrzesińska"),
    ("Carer Joanna Pietrzyk from Brenthollow Usługi Opiekuńcze visited Mr Edmund Prell today.", "Edmund Prell"),
    ("Anna Weberling Pflegedienst: the owner Anna Weberling phones clients herself.", "Anna Weberling"),
    ("Ask Tomasz Zielke, he services the boiler at the Seniorenheim.", "Tomasz Zielke"),
    # a provider's word as an ordinary word after a person's name (the spread caught "necesita ayuda")
    ("Mi vecina Justin di Hurley necesita ayuda con la mudanza.", "Justin di Hurley"),
    ("Mein Nachbar Jonas Berkel braucht Pflegedienst ab Montag.", "Jonas Berkel"),
    ("Meu vizinho João Pereira precisa de cuidados em casa.", "João Pereira"),
]


@pytest.mark.parametrize("text", PROVIDERS)
def test_providers_named_by_their_trade_are_no_people(detector: PiiDetector, text: str) -> None:
    assert not [v for k, v in _spans(detector, text) if k == "PERSON"], _spans(detector, text)


@pytest.mark.parametrize("text,name", PEOPLE_BESIDE_PROVIDERS)
def test_people_beside_providers_stay_found(detector: PiiDetector, text: str, name: str) -> None:
    assert any(k == "PERSON" and name in v for k, v in _spans(detector, text)), _spans(detector, text)


def test_a_desk_after_a_signature_dash(detector: PiiDetector) -> None:
    assert not [v for k, v in _spans(detector, "Vellacott Charging - support desk\nTel (201) 555-0148")
                if k == "PERSON"]
    # a person at the desk keeps the flag
    spans = _spans(detector, "Martin Kellaway - support desk, call me on (201) 569-6775")
    assert ("PERSON", "Martin Kellaway") in spans, spans


@pytest.mark.parametrize("unit", [
    "Quillmere Seniorenheim Ayuda a Domicilio hoivakoti - support desk · ",
    "Grau Патронажная служба للرعاية المنزلية Merkezi ",
])
def test_bounded_cost(detector: PiiDetector, unit: str) -> None:
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < scaled(20.0)


def _score(text: str) -> float:
    return ComplexityScorer(SignalSettings().complexity).score([text]).score


def test_compound_analysis_asks_score_hard() -> None:
    record = "\n".join(f"Fahrzeug HH-QX {1000 + i}: {80 + i * 7} km/Tag, Standzeit {2 + i % 9} h, Depot Nord"
                       for i in range(40))
    hard = record + ("\n\nErstelle einen Umstellungsplan: welche Fahrzeuge zuerst, wie viele Ladepunkte, mit "
                     "Begründung und Sensitivitätsanalyse.")
    plain = record + "\n\nErstelle einen Umstellungsplan: welche Fahrzeuge zuerst, wie viele Ladepunkte."
    easy = record + "\n\nFormatiere die Liste als Tabelle."
    # out of the low tier (low_max 0.35), well above the same ask without the justification and the analysis
    assert _score(hard) > 0.35 > _score(easy) and _score(hard) > 2 * _score(plain)
    assert _score("Maak een risicoanalyse van deze drie leveranciers en onderbouw de keuze.") > 0.6


GOODS = [
    "This week: Egremont Russet (washed, 2.5 kg) and Reine Claude; Holstein Friesian beef from our own herd.",
    "Seed potatoes in stock: Maris Piper, King Edward and Pink Fir Apple, 25 kg sacks.",
    "Fleet list: 3x Nissan Qashqai, 2x Vauxhall Corsa, 1x Skoda Octavia estate.",
]

SHOPPERS = [
    ("Emma Lindqvar bought King Edward potatoes and a Cox's Orange Pippin tree.", "Emma Lindqvar"),
    ("Ring Oliver Brantwick, he sells Jersey Royal potatoes.", "Oliver Brantwick"),
    ("my neighbour Tom Baxendell drove the Nissan Qashqai into the ditch", "Tom Baxendell"),
]


@pytest.mark.parametrize("text", GOODS)
def test_goods_named_like_people_are_no_people(detector: PiiDetector, text: str) -> None:
    assert not [v for k, v in _spans(detector, text) if k == "PERSON"], _spans(detector, text)


@pytest.mark.parametrize("text,name", SHOPPERS)
def test_people_beside_goods_stay_found(detector: PiiDetector, text: str, name: str) -> None:
    """Goods are no listed figures: a list with goods in it does not clear the people it names."""
    assert any(k == "PERSON" and name in v for k, v in _spans(detector, text)), _spans(detector, text)


# --- names of record (names.name_of_record), clubs by their forms, desks' lines, ranges (round 31, second part)
OF_RECORD = [
    "Similarity check: the overlap is with the published article by K. Morvanet (2011), doi:10.1234/ab.55, nothing else.",
    "Reading for Tuesday: P. Quellan (1987) on Helly's theorem; and the survey by D. Ostrawik.",
    "Catalogue record\nTitle: Notes on Ramsey theory\nAuthor: E. Brantholm\nISBN 978-1-4028-9462-6\nShelf QA166",
    "Match report: Dorrit Vanemsk (54') and Jelle Okkerse (88') scored; referee Piet Hannewal showed 4 yellows.",
    "Orvald Brenstig scored twice and Kimo Tarraway was sent off as Gorran Athletic won 3-2.",
    "Elite women — official results\n1. Sella Markvand (ETH) 2:21:40 — prize $40000\n2. Tove Ringhald (NOR) 2:22:05",
    "Head coach of the national team Aurel Petrovan said at the press conference that the squad is fit.",
    "Keynote: Prof. T. Harrowgale (Ostmere University), 'Counting with generating functions'. Chair: Prof. L. Quist.",
    "Graduation: welcome by the Vice-Chancellor, M. Oddington; the honorary degrees follow.",
    "Script (fiction): the old trainer 'Harlan Vossberg' tells the rookie to run the steps again.",
]

PRIVATE_NEAR_RECORD = [
    ("Patient J. Smithers (1985) was seen in clinic; her article reading group meets Tuesdays.", "J. Smithers"),
    ("Our U10s match report: Jamie Holtby (12') scored twice, great day!", "Jamie Holtby"),
    ("My son Jonas Pelcott scored twice as Berglund IK won 3-1.", "Jonas Pelcott"),
    ("Chair: Prof. Anna Pellworth will hear the misconduct case of student Tom Reddy on Monday.", "Tom Reddy"),
    ("Fiction: my neighbour Ruth Pellowan was arrested yesterday, call her on 07911 123456.", "Ruth Pellowan"),
    ("Coach Ulmar Falkwood (TSV Falmeier) phoned my son Jonas Falkwood about the trial.", "Jonas Falkwood"),
]

CLUBS = [
    "2026-04-17  Karadere Spor Kulübü v Öztepe Gençlik SK  pitch 1",
    "2025-12-17 v Corranby Rovers JFC: att 16570, no-shows 3%",
    "EC Quarentos youth section — league fixtures\n2025-07-15  EC Carvalhosa v Escolinha Albernaz  pitch 3",
    "2026-11-03 v Polisportiva Zandrini: att 35379, resale 544",
    "نادي الشروق الرياضي — AGM 2026, attendance 22 members",
    "2025-07-17 v ДЮСШ Лапшино: att 50862, no-shows 4%",
]

DESK_LINES = [
    "Details are on your offer letter. International office: intl@mermoor.edu, (201) 842-6456.",
    "Race office +34 810 17 08 54 (race day only), info@salterna-ac.org.uk. Test your kit before the start.",
    "Knee 36%, mean 7 sessions. Bookings: reception@physio-clinic.example, 12 325 35 93.",
    "Transcript requests: registry@valmoor.edu.pl, Registry reception 12 369 25 96.",
    "booking 274255  £62.99  PO 4563586072\nCouncil leisure bookings line 03-1273-1263 (Mon-Fri)",
]


@pytest.mark.parametrize("text", OF_RECORD + CLUBS + DESK_LINES)
def test_names_of_record_clubs_and_desks_are_nobodys(detector: PiiDetector, text: str) -> None:
    assert not _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text,name", PRIVATE_NEAR_RECORD)
def test_private_people_near_those_forms_stay_found(detector: PiiDetector, text: str, name: str) -> None:
    assert any(k == "PERSON" and name in v for k, v in _spans(detector, text)), _spans(detector, text)


def test_a_block_of_numbers_is_no_account(detector: PiiDetector) -> None:
    assert not _spans(detector, "Student numbers have 8 digits. Test accounts use 99000001-99000099 only.")
    spans = _spans(detector, "Please pay into my checking account 99000001, routing 021000021.")
    assert ("US_BANK_NUMBER", "99000001") in spans, spans


def test_a_persons_mail_at_a_college_stays_found(detector: PiiDetector) -> None:
    spans = _spans(detector, "Email me at j.pellowan@gmail.com or my college address, I am Jonas Pellowan.")
    assert ("EMAIL_ADDRESS", "j.pellowan@gmail.com") in spans, spans


@pytest.mark.parametrize("unit,size", [
    ("Match report: Ab Cd (54') scored; referee Ef Gh showed 4 yellows. ", 200_000),
    ("1. Ab Cd (ETH) 2:21:40 — prize $40000 elite official results\n", 200_000),
    ("the published article by K. Ab (2011), doi:10.1/x; the survey by D. Cd. Author: E. Ef ISBN 978-1 ", 200_000),
    # (name-dense: 200 KB took 16 s of CPU under load here; 100 KB keeps the bound clear of a 2-core CI's noise)
    ("Keynote: Prof. T. Ab (Cd University). Chair: Prof. L. Ef. the Vice-Chancellor, M. Gh; 99000001-99000099 ",
     100_000),
])
def test_bounded_cost_of_record(detector: PiiDetector, unit: str, size: int) -> None:
    text = (unit * (size // len(unit) + 1))[:size]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < scaled(20.0)


# --- third part, after the second blind batch (sandur, ria, guyot)
OFFICES_AND_VENUES = [
    "Statement by Consul-General Bapys Orvenaud: from next month passport renewals for children take 6 weeks.",
    "Ambassador Lorette Whitmoor will address the annual meeting of the Tamarind Community Association.",
    "Office of the Deputy Minister Kohyar Kuhvand: constituency surgery every Friday, 10-12.",
    "Market wrap: Lesetja Kganyago, SARB governor, said inflation risks remain two-sided.",
    "Market wrap: Wotlef Strohbauer, chair of Trebrae Building Society, said rates will hold.",
    "Press: chef-patron Wojper Pawlak of Gravlund Brasserie retains two stars in the Mise Guide 2026.",
    "Ladle 50 Best (published list)\n1. Soutache Rooftop Bar — chef Thilien Brobreton (down 1)",
    "PL/2020/2978 — Corvetto Kitchen — on/off sales, until 01:00\nPL/2026/2159 — Bistro Soutache — until 23:00",
    "Registered office: 33 Ronfold Wharf. Sort code 72-37-57 (head office), BIC NSABDEMM, LEI 72AGAX1TVCYNHBHS0288.",
    "BEO TEMPLATE\nEvent: [EVENT NAME]\nHost: [CLIENT NAME] — [PHONE]\nPax: [n]\nMenu: [STARTER]",
    'POST /v2/guests (sandbox)\nExample body:\n{"first_name": "Jane", "last_name": "Doe", "email": "jane.doe@example.com"}',
    "Dear Visa Officer,\nWe confirm that [EMPLOYEE NAME], born [DD/MM/YYYY], works for us.",
    "Emergency duty officer (citizens in distress only): +251 11 111 3835.",
    "Review: 'The Negroni was superb, service slow, it felt like Sybil Fawlty was on reception.'",
]

PRIVATE_BESIDE_OFFICES = [
    ("Tom Jones, chair of the Elm Road Residents Association, lives at 4 Elm Road.", "Tom Jones"),
    ("My uncle Pieter Vosselman, the Mayor's driver, called about the parking.", "Pieter Vosselman"),
    ('{"first_name": "Jane", "last_name": "Pellowan", "email": "jp@gmail.com"}', "Pellowan"),
    ("Dear Anna Officer, thanks for the lift.", "Anna Officer"),
    ("Our chef Marta Kowalczyk is off sick with flu this week.", "Marta Kowalczyk"),
    # an office of record with a private life told beside it stays a person (the fresh clone caught round 28's cases)
    ("Ambassador Lorette Whitmoor was diagnosed with cancer and is on leave.", "Lorette Whitmoor"),
]


@pytest.mark.parametrize("text", OFFICES_AND_VENUES)
def test_offices_venues_and_form_tokens_name_nobody(detector: PiiDetector, text: str) -> None:
    assert not _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text,name", PRIVATE_BESIDE_OFFICES)
def test_people_beside_offices_and_forms_stay_found(detector: PiiDetector, text: str, name: str) -> None:
    assert any(k == "PERSON" and name in v for k, v in _spans(detector, text)), _spans(detector, text)


def test_spaced_japanese_names_on_a_list_line_are_found(detector: PiiDetector) -> None:
    spans = _spans(detector, "Seating plan\nTable 1: 柳川 琴也, 久川 瑛花, 芦尾 蒼輝")
    assert {v for k, v in spans if k == "PERSON"} >= {"柳川 琴也", "久川 瑛花", "芦尾 蒼輝"}, spans
    assert not _spans(detector, "会議は 東京 本社 で行います。")


@pytest.mark.parametrize("unit", [
    "Consul-General Ab Cd: x. Ambassador Ef Gh will. X Y, SARB governor, said. chef Ij Kl (new entry) stars ",
    "柳川 琴也, 久川 瑛花, ",
    "BIC NSABDEMM, Pax: [n] \"first_name\": \"Jane\", \"last_name\": \"Doe\" Dear Visa Officer, ",
])
def test_bounded_cost_of_offices(detector: PiiDetector, unit: str) -> None:
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < scaled(20.0)


PREMISES = [
    "Bill to: Perlhuhn Consulting GmbH, registered office Hafenweg 97, 28637 Celle",
    "Published inspection: Hotel Vellacourt, Brouwerijweg 59, 1865 KC Breda. Establishment ID 983371.",
    "Cardamomo Grand Hotel\n96 allée des Aubépettes, 77186 Montlac · frontdesk@cardamomo.co",
    "Sorrelby Kitchen · Via dei Castagni 111, 29652 Borgorosso",
    '{"items": [{"name": "Waldorf salad", "price": 13.5}], "restaurant": "Café Corvetto", "support": "(312) 302-2544"}',
]

HOMES_BESIDE_NAMES = [
    ("Anna Weberling\n12 Elm Road, Leeds LS1 4AB", "STREET_ADDRESS"),
    ("Guest: Tom Pellowan, 12 Elm Road, Leeds", "STREET_ADDRESS"),
    ("Deliver to Maria Lopezar · 12 Elm Road, Leeds", "STREET_ADDRESS"),
    ('{"guest": "Tom Pellowan", "hotel": "Hotel X", "phone": "+44 121 225 6526"}', "PHONE_NUMBER"),
    ('{"restaurant": "Bistro Y", "phone": "+44 7911 123456"}', "PHONE_NUMBER"),
    # where an invoice goes (the spread caught the blind split's "Bill to:" block): an address, whoever is there
    ("Bill to:\nAcme Holdings\n2518 Sycamore Place Unit 3B\nMadison, WI\nformat this as one line", "STREET_ADDRESS"),
    ("Bill to: Acme Holdings, 2518 Sycamore Place Unit 3B, Madison, WI", "STREET_ADDRESS"),
]


@pytest.mark.parametrize("text", PREMISES)
def test_an_organisations_premises_and_record_line_are_nobodys(detector: PiiDetector, text: str) -> None:
    assert not _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text,kind", HOMES_BESIDE_NAMES)
def test_homes_and_lines_beside_people_stay_found(detector: PiiDetector, text: str, kind: str) -> None:
    assert any(k == kind for k, _ in _spans(detector, text)), _spans(detector, text)


@pytest.mark.parametrize("unit", [
    "Hotel Vellacourt, Brouwerijweg 59, 1865 KC Breda. registered office Hafenweg 97, 28637 Celle\n",
    '{"a": {"b": {"restaurant": "Bistro Y", "support": "(312) 302-2544"}}, ',
])
def test_bounded_cost_of_premises(detector: PiiDetector, unit: str) -> None:
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < scaled(20.0)


CARE_HOME_RECORDS = [
    "Regulator location ID 1-5760195921. Our patron Marwick Bramsby opened the Oak wing in 2019.",
    "Newsletter: this month we read Don Quijote in the lounge, our patron Kenmore Hartley visited.",
    "Invoice INV-376422 from Sorrelstead חברת סיעוד to ביטוח לאומי, PO 62918016: 2738 hours @ £31.47",
    "NIGHT HANDOVER Willow wing 27/08/2026\nRm 24: meds prompted from dosette",
    "Yours sincerely,\nHome Manager, Campionby Cartref Gofal",
    "Training example (not a real client): Mrs Example, 1 Sample Street. 15/06/2026 19:05: care given.",
]

CARE_HOME_PEOPLE = [
    ("Our patron Ann Pellowby slipped on the wet floor at home, she is in hospital.", "PERSON"),
    ("Our patron Ann Pellowby visited and told us about her cancer diagnosis.", "PERSON"),
    ("Medlarby Cartref Gofal admission checklist, room 37. Resident's Dyddiad geni: 06/09/1934.", "DATE_OF_BIRTH"),
    ("Please pay my account 26387966, sort code 12-34-56", "US_BANK_NUMBER"),
]


@pytest.mark.parametrize("text", CARE_HOME_RECORDS)
def test_care_home_records_name_nobody(detector: PiiDetector, text: str) -> None:
    assert not _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text,kind", CARE_HOME_PEOPLE)
def test_care_home_people_stay_found(detector: PiiDetector, text: str, kind: str) -> None:
    assert any(k == kind for k, _ in _spans(detector, text)), _spans(detector, text)


# --- fourth part, after the third blind batch (tor, cwm, pediment)
SHOP_PEOPLE = [
    ("Engraving order WEB6441267496: 'To Tamsyn, love always' — font Script, size 4mm", "Tamsyn"),
    ("rota wk8: I swapped my Sat close with Pelleas (my sister), manager said ok.", "Pelleas"),
    ("rota wk11: I swapped my Sat close with Jorund (the new stockroom guy), manager said ok.", "Jorund"),
    ("cashier Boguga checked CCTV, items: 4x headphones.", "Boguga"),
]

ARTS_AND_WORKS = [
    "Exhibition label: Syllaine Tesmoor (b. 1971), 'Orrelby Variations', 2019, mixed media. Lent by the artist.",
    "Curated by Berlien Villmoor for the Odetilde Vilette Concertzaal.",
    "LINE-UP Sat main stage: 18:00 Eurula Stamark, 19:30 Fothalia Kararak, 21:30 Desine Giannat (headliner)",
    "Template reply: 'Dear [Customer name], thank you for booking Quillmarch Cantata (BX-134112).'",
    "Fundraising dashboard (aggregated): 1,842 donors, Gift Aid claimed on 64%.",
    "Pellell Ltd – registered office: 4 Zention Business Park. Quality dept quality@rusktek.eu, tel +82 2-210-1076.",
    "PPE issue trace: EN ISO 20345 S3; device id 3908406947933343; asset tag 6766303073890633.",
    "Handover channel: ohs@pelllund.pl.",
]

PEOPLE_NEAR_ARTS = [
    ("Volunteer rota: 18:00 Anna Pellow, 19:30 Tom Reddy (front of house)", "Anna Pellow"),
    ("Pay with my card 4539 1488 0343 6467 exp 09/28", "4539 1488 0343 6467"),
    ("Met my cousin Anna Suitor at 18:00, she lives at 4 Elm Road", "Anna"),
]


@pytest.mark.parametrize("text,name", SHOP_PEOPLE)
def test_shop_staff_and_dedications_are_people(detector: PiiDetector, text: str, name: str) -> None:
    assert any(k == "PERSON" and name in v for k, v in _spans(detector, text)), _spans(detector, text)


@pytest.mark.parametrize("text", ARTS_AND_WORKS)
def test_arts_of_record_works_and_desks_name_nobody(detector: PiiDetector, text: str) -> None:
    assert not _spans(detector, text), _spans(detector, text)


@pytest.mark.parametrize("text,value", PEOPLE_NEAR_ARTS)
def test_people_and_cards_near_those_forms_stay_found(detector: PiiDetector, text: str, value: str) -> None:
    assert any(value in v for _, v in _spans(detector, text)), _spans(detector, text)


# (the phone- and mailbox-dense unit runs at 100 KB: every phone there is judged as a desk's line, ~0.1 ms a phone;
# 200 KB of it took 16-19 s of CPU here while a spread ran beside it, too near the limit for a 2-core CI)
@pytest.mark.parametrize("unit,size", [
    ("'To Ab, love always' cashier Cd checked CCTV; swapped with Ef (my sister) ", 200_000),
    ("Exhibition label: Ab Cd (b. 1971), 'Ef Sonata', 2019. Curated by Gh Ij for the Kl Playhouse. 18:00 Mn Op, ",
     200_000),
    ("device id 3908406947933343; Quality dept quality@rusktek.eu, tel +82 2-210-1076. ", 100_000),
])
def test_bounded_cost_of_shops_and_arts(detector: PiiDetector, unit: str, size: int) -> None:
    text = (unit * (size // len(unit) + 1))[:size]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < scaled(20.0)
