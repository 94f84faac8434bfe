"""Round 37: batch 8's benign classes, seen after its first look (monadnock, lapiaz, felsenmeer).

Benign: a public emergency service's head or spokesperson quoted in a statement (also in Dutch, Chinese and
Japanese, and when the statement tells of somebody else's arrest), name particles alone, a ward's nurse station, a
lab's results line, a station's public line, a local office, a free public service's line, a test account's mailbox
on a reserved domain beside a JSON placeholder date, a spare part's number, a found-property register's serial
with its two-digit year, the everymen of other languages and a CPR mannequin, pharmacies, clinics and hospitals
named first (Greek, Polish, Turkish, Thai, Spanish), a week's day abbreviations, diseases by their Japanese and
Chinese ending or the Hindi word, Korean towns and districts by their place context, Greek and Turkish streets, a
Thai polite request and a Hindi found-property line. Each rule keeps the value where a private cue makes it
somebody's. Our own phrasings, invented names and organisations."""

from __future__ import annotations

import pytest

from pii_spans import spans


NOBODYS = [
    # a public emergency service's head and spokespeople in a statement
    "Chief Fire Officer Tarnov Belisch presented the annual report: 2410 incidents, 3 fatalities.",
    'PRESS RELEASE — Veldmark Police Station\nwoordvoerder van de politie Marijke van den Oordhuis said: "Thefts '
    'fell by 12% this quarter. A 41-year-old man was arrested and has been bailed."',
    'PRESS RELEASE\n市公安局新闻发言人 刘泽宇 said: "Thefts fell by 9% this quarter."',
    'PRESS RELEASE\n県警広報官 田嶋 晴美 said: "Thefts fell by 9% this quarter."',
    # the service's lines by what they are
    "Next review: [date].\nFor urgent matters call the nurse station +49 30 901820.",
    "Please do not phone for results. Results line for clinicians: +90 212 555 62 58.",
    "MMSI of the station 24947910. Harrowfield Fire Station public line +44 121 496 0779.",
    "EU victims helpline 116 006. Local office Brandvik Fire Station: +46 8 123 999 00, in an emergency 112.",
    "3112 incidents, average attendance 7:59 min. Free home fire safety checks: +49 30 3926 6300.",
    # a test account beside a placeholder birth date and a documentation IP
    '{"thread": "T-000000", "from": {"name": "[NAME]", "email": "test.patient@example.org", "dob": "YYYY-MM-DD"}, '
    '"login_ip": "198.51.100.23", "subject": "TEST — ignore"}',
    # a spare part's number, a register's serial and its year
    "PLC watchdog timeout at 01:58, reset, logged\nspares: used P/N 773605260 x1, reorder",
    "found items export\nref;item;where;date\n№ 28379-26;scarf;line 58;2026-02-03",
    # the everymen of other languages and a CPR mannequin
    "ANI: 000-000-0000 (test trunk)  ALI: [TEST RECORD]\nCaller: 'Sempronio' (trainer), result PASS",
    "Casualty role: 'Вася Пупкин' (mannequin 'Resusci Anne')\nStation: Fire Station 4",
    "Caller: 'פלונית' (trainer), result PASS",
    "Caller: 'Τάδε Δείνα' (trainer), result PASS",
    "Caller: 'นางสาวสมมุติ' (trainer), result PASS",
    "Casualty role: '아무개' (mannequin)",
    # pharmacies, clinics and hospitals named first
    "Φαρμακείο Λιθαρόκαμπος newsletter — November 2026",
    "Przychodnia Modrzewina newsletter — November 2026",
    "Kuyubaşı Eczanesi newsletter — August 2026",
    "โรงพยาบาล ตำบลบ่อหิน newsletter — November 2026",
    "[11:02] Bot: Hello! This is the Casa de Retiro Valdehondo assistant.",
    # a week's days, a disease
    "Clinic schedule week 24: Mon baby clinic, Tue Morbus Bechterew clinic, Wed closed pm, Thu flu jabs.",
    "Suspected 橋本病: refer routinely unless red flags.",
    "Suspected पार्किंसंस रोग: refer routinely unless red flags.",
    # Korean towns and districts by their place context
    "Collision stats 남해구 2025: 1341 injury collisions, 32 fatal",
    "How to call for help in 서포시:\n• Police / fire / ambulance: 112",
    # Greek and Turkish streets
    "top junction: οδός Μαυράκη / οδός Κυπρίων Αγωνιστών (15)",
    "Street rota (roles only): Kestanedibi Sk. No: — patrol A Mon/Wed, patrol B Fri",
    # a Thai polite request, a Hindi found-property form
    "ตามด้านล่าง รบกวนตรวจสอบค่ะ — make a short poster text out of this",
    "CLAIM FORM — बस में काला बटुआ मिला\nनाम: [FULL NAME]\nफ़ोन: [PHONE]",
]


@pytest.mark.parametrize("text", NOBODYS)
def test_round37_nobodys_values_stay_clean(text: str) -> None:
    assert spans([text]) == [], spans([text])


NEAR_MISSES = [
    # a title before a name, with the person's own private life in the sentence
    ("Chief Fire Officer Tarnov Belisch was arrested at his home last night.", "PERSON"),
    # a given name after a weekday: a colleague, not a day
    ("my colleague Tue Hansen works Mon to Wed", "PERSON"),
    # a Korean name ending in 구 with a private cue
    ("my brother 민구 will call you back", "PERSON"),
    # one's own line after a desk word
    ("call me on my mobile +49 151 23456789, not the maintenance desk", "PHONE_NUMBER"),
    # a real birth date under a dob key
    ('{"name": "Orla Kestrin", "dob": "1984-03-12"}', "DATE_OF_BIRTH"),
    # a Japanese "call me back here" after a clinic's guidance (batch 8's first look: the judge dropped it)
    ("Referral guidance (西楢崎市薬局), updated 28/07/2026\nSuspected 川崎病: refer routinely unless red flags.\n"
     "Queries: referrals@langwick-health.example or switchboard +81 3-1234-5908.\nOut of hours: 119.\n"
     "折り返しはこちらへ +81 80-1118-5714", "PHONE_NUMBER"),
    # a Thai name in a run that ends in a place word of the sentence ("upcountry"): still a name (fjord)
    ("ช่วยเขียนข้อความขอบคุณคุณพิมพ์ลดา ที่ช่วยดูแลแมวของฉันตอนไปต่างจังหวัด", "PERSON"),
    # a person's mailbox on a reserved domain with a private cue
    ("my own address is orla.kestrin@example.org, write there", "EMAIL_ADDRESS"),
]


@pytest.mark.parametrize("text,kind", NEAR_MISSES)
def test_round37_near_misses(text: str, kind: str) -> None:
    assert kind in {k for k, _ in spans([text])}, spans([text])


def test_round37_the_judge_keeps_a_mobile_under_an_organisations_text() -> None:
    """Batch 9's first look (solfatara): the judge read a family's mobile under a complaints table as the
    institution's line and dropped it (a structured leak). A mobile is a person's line: the judge keeps it."""
    text = ("Complaints data JJI Hollerkamp, Q4: 574 COMP1, 33 COMP2, 5 to the Ombudsman; top themes property, canteen, "
            "visits. Response times improved across all wings and the backlog fell to 12 open cases.\nTel.: +31612441924"
            "\nTest environment: https://visits.example.com/api")
    assert ("PHONE_NUMBER", "+31612441924") in spans([text]), spans([text])

