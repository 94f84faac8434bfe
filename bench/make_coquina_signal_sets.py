#!/usr/bin/env python3
"""Coquina: a blind evaluation split for the request signals, organised around PRIMARY AND COMMUNITY HEALTH CARE.

Writes bench/data/signals/pii_coquina.jsonl and bench/data/signals/complexity_coquina.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category,
label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind. Its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and label
    conventions) and the first 2 lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the detector, the
    complexity scorer, their tests, the evaluator, the results, docs, policies, README, commit messages, and the
    other generators (their sources are only scanned automatically by frozen_words() below). Neither the detector
    nor the evaluator was run.

Organising principle
    The paperwork and messages of primary and community health care, in ten kinds (= categories):
    gp_message (patient messages, eConsults, appointment notes), repeat_prescription (repeat requests, pharmacy
    queries), referral_letter, community_nursing (district nursing, care-home handovers, syringe-driver charts),
    dental_optometry (dental charts, sight tests, private invoices, glasses orders), mental_health_intake (crisis
    line logs, talking-therapy self-referrals), vaccination_record, patient_transport (PTS bookings),
    practice_complaint (letters to the practice manager, refunds, portal lock-outs) and test_results (lab reports,
    results texts). Each kind has sensitive records (category ``<kind>``) and hard negatives of the same world
    (``<kind>_benign``). Voices: patients texting (typos, "pls", "appt asap", "calpol"), receptionists, care
    navigators, practice pharmacists, district nurses, dentists, optometrists, PTS desks, practice managers; forms,
    CSV rows, JSON exports, eConsult dumps, letters, SMS, and local-language phrases mixed into English NHS-style
    workflows. 23 locales: en-GB (over-represented on purpose), cy-GB, en-IE, en-US, en-AU, fr-FR, de-AT, nl-NL,
    es-ES, pt-BR, pl-PL, sv-SE, el-GR, tr-TR, ru-RU, he-IL, ar-EG, hi-IN, ta-IN, zh-CN, ja-JP, ko-KR, th-TH
    (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Tamil, Han, Kana, Hangul, Thai scripts).

The line drawn (what a practice's information-governance lead would call personal data)
    PERSONAL: anything about an identifiable private patient, relative, carer or caller -- names (also a bare first
    name with a relation cue: "my son X", "mum of X"), birth dates, home addresses, private phone numbers and
    e-mail addresses, NHS / Medicare / insurer member numbers, national and tax numbers, hospital numbers, card and
    bank details for refunds, a patient's own IP address in a portal complaint. A single such item in an otherwise
    harmless text makes the record sensitive (``style`` "incidental", ~14% of the sensitive records).
    NOT PERSONAL (hard negatives): the practice's, pharmacy's, crisis line's or PTS desk's own switchboards and role
    mailboxes (prescriptions.x@..., complaints@..., reception@...); public numbers (111, 999, 116 123); eponymous
    conditions, signs and tests (Parkinson's, Ishihara, Schirmer, Wells, Friedewald ...); cited research with named
    authors and published scales (PHQ-9 by its authors); a Director of Public Health's public statement; clinical
    guidelines, drug-leaflet excerpts and formularies; anonymised training vignettes ("Mr A, 58", "Resident X",
    fictional "Sam"); blank forms and SMS templates with placeholders or merge fields in the locale's own labels;
    NHS-number documentation with the 999 test range and phonenumbers' documented example number; aggregated
    statistics (access, QOF, uptake, falls, complaints returns, small numbers suppressed); registration and
    batch numbers, band charges, payment-terminal documentation test cards.

Labels
    ``sensitive`` is true iff ``entities`` is non-empty (asserted). ``entities`` is a list of {"type", "value"},
    computed by searching everything a scanner could read in the body (all strings and keys, base64 file parts
    decoded, URLs unquoted, JSON-in-string arguments parsed) for every value the record issued; values left out
    are not labelled. Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID,
    TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn, US_BANK_NUMBER, MEDICAL_RECORD. ``ssn`` is the
    US SSN only. A national social-security / citizen number is NATIONAL_ID even when read off a health card (NIR,
    AMKA, SV-Nummer, BSN, PESEL, personnummer, PPSN, TCKN, teudat zehut, Aadhaar, resident ID, My Number, RRN, Thai
    PIN, DNI); numbers issued by a health system or insurer (NHS number, Australian Medicare, US member IDs) are
    HEALTH_INSURANCE; CPF and Russian INN are TAX_ID; hospital numbers MEDICAL_RECORD; a US refund account number
    (printed with its routing number) US_BANK_NUMBER. Complexity: short_simple and long_easy (>= 1,500 chars) are
    label 0, short_hard and long_hard label 1; short_hard and long_easy are length_adversarial.
    ``style`` is "<document|incidental|hard_negative|hard_negative_local> · <placement>" for PII records.

Placement
    By rotation: user / system / earlier assistant / tool messages, text content parts, base64 text file parts,
    tool-call arguments (JSON string), a tool's schema description, response_format json_schema description,
    the ``user`` field (a patient-portal e-mail in some sensitive records), and the legacy completions ``prompt``
    (10%).

Contents (seed 20261206; the run prints all counts)
    pii_coquina.jsonl: 500 requests (450 chat, 50 completions) in 23 locales; 10 kinds x 50 (29 sensitive + 21
    benign): 290 sensitive / 210 benign (58% / 42%); 40 of the sensitive ones carry a single incidental item;
    49 benign ones are local-language forms / practice contact lines / SMS templates.
    complexity_coquina.jsonl: 190 chat requests in 19 language tags: short_simple 48, long_easy 48, short_hard 48,
    long_hard 46; 96 length-adversarial, 94 labelled 1. Primary-care prompts: translating label instructions,
    abbreviations, SMS reminders (easy); long appointment books, vaccine fridge stock, duplicated leaflets, rotas,
    meeting minutes, call logs with a trivial ask (long easy); interaction mechanisms with eGFR, PPV/NPV with serial
    testing, integer programs for recalls, cluster-RCT sample sizes, Gillick/GDPR analysis, NNT vs QRISK3
    calibration, INR reversal decisions (short hard); medication reconciliation, constrained rotas, anonymised
    audit analysis with confounders, care-home falls analysis, complaint root-cause analysis (long hard).

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (gb.nhs, ie.pps, us.ssn,
    us.rtn, fr.nir, at.vnr, nl.bsn, es.dni, br.cpf, pl.pesel, se.personnummer, gr.amka, tr.tckimlik, ru.inn,
    il.idnr, in_.aadhaar, cn.ric, jp.in_, kr.rrn, th.pin, iban, luhn for cards, hospital numbers and US member
    IDs); Australian Medicare numbers with an own weighted-checksum routine. Birth-date-bearing numbers (NIR,
    SV-Nummer, PESEL, personnummer, AMKA, RIC, RRN) agree with the person's birth date. Every phone number is
    valid for its region and type in ``phonenumbers``; IPs are globally routable. Every retry loop is capped and
    the run aborts on an invalid value or on a pool emptied by the freeze.

Independence (the freeze)
    frozen_words() collects capitalised and non-ASCII words (and non-ASCII bigrams) from the other generators named
    in FROZEN_AGAINST (this file skipped). Every name, street, town, organisation and e-mail-nickname pool entry
    is composed from invented, locale-typical parts and dropped if it shares a word with that set; full names are
    re-checked when assembled (Chinese and Korean names are written fused, so the fused full name is the checked
    entry). The eponym list is fixed medical vocabulary and is NOT frozen (most eponyms also occur elsewhere).

Command (deterministic, byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers)
    python bench/make_coquina_signal_sets.py [--seed 20261206] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import hashlib
import json
import pathlib
import random
import re
import sys
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import vnr as at_vnr
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.es import dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.ie import pps as ie_pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "coquina"
DEFAULT_SEED = 20261206

# ----------------------------------------------------------------------------------------------- the freeze
FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma lunette coquina").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:          # never freeze against this file itself
            continue
        p = HERE / f"make_{name}_signal_sets.py"
        if not p.exists():
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"\b[A-Z][A-Za-z'\-]+", text):
            words.add(m.group(0).lower())
        prev_non = None
        for t in WORD.findall(text):
            if any(ord(c) > 127 for c in t):
                words.add(t.lower())
                if prev_non is not None:
                    words.add(prev_non + " " + t.lower())
                prev_non = t.lower()
            else:
                prev_non = None
    return words


FROZEN = frozen_words()
FREEZE_STATS = collections.Counter()
POOL_FAILURES = []


def is_free(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    if any(t in FROZEN for t in toks):
        return False
    for a, b in zip(toks, toks[1:]):
        if a + " " + b in FROZEN:
            return False
    return True


def compose_pool(tag, pres, sufs, want, rng, joiner="", extra=()):
    """Pool of invented names from locale-typical parts; every entry is checked against the freeze."""
    out, seen = [], set()
    for e in extra:
        FREEZE_STATS[tag + ":listed"] += 1
        if is_free(e) and e not in seen:
            out.append(e); seen.add(e)
        else:
            FREEZE_STATS[tag + ":dropped"] += 1
    combos = [(a, b) for a in pres for b in sufs]
    rng.shuffle(combos)
    tries = 0
    for a, b in combos:
        if len(out) >= want or tries > 4000:
            break
        tries += 1
        e = a + joiner + b
        if e in seen or a.lower() == b.lower():
            continue
        FREEZE_STATS[tag + ":composed"] += 1
        if is_free(e):
            out.append(e); seen.add(e)
        else:
            FREEZE_STATS[tag + ":dropped"] += 1
    if len(out) < 4:
        POOL_FAILURES.append(f"{tag}: {len(out)} left")
    return out


# ----------------------------------------------------------------------------------------------- locales
# phrase order: name, dob, addr, tel, hello, callback, appt, refill, pain, thanks, worry, transport, complaint, vacc
PH_KEYS = "name dob addr tel hello callback appt refill pain thanks worry transport complaint vacc".split()
PHRASES = {
    "en-GB": ["Name", "DOB", "Address", "Tel", "Hi", "pls call me back", "need an appt asap", "can I order my repeat meds",
              "pain for 3 days now", "thanks", "bit worried tbh", "need transport to hospital for my appointment",
              "I want to make a formal complaint", "flu jab"],
    "cy-GB": ["Enw", "Dyddiad geni", "Cyfeiriad", "Ffôn", "Helo", "ffoniwch fi'n ôl plis", "angen apwyntiad",
              "hoffwn archebu fy mhresgripsiwn amlroddadwy", "poen ers tri diwrnod", "diolch", "dwi'n poeni braidd",
              "angen cludiant i'r ysbyty", "hoffwn wneud cwyn ffurfiol", "brechlyn ffliw"],
    "en-IE": ["Name", "DOB", "Address", "Mobile", "Hi there", "could someone ring me back", "looking for an appointment with the doctor",
              "need my repeat script sent to the chemist", "pain the last 3 days", "thanks a million", "bit worried now to be honest",
              "need a lift to the hospital appointment", "I want to make a complaint", "flu vaccine"],
    "en-US": ["Name", "DOB", "Address", "Phone", "Hello", "please call me back", "need to schedule an appointment",
              "need a refill on my meds", "been in pain for 3 days", "thank you", "kind of worried",
              "need a ride to my hospital appointment", "I'd like to file a complaint", "flu shot"],
    "en-AU": ["Name", "DOB", "Address", "Mob", "G'day", "can someone give me a call back", "need a booking with the GP",
              "need a new script for my regular meds", "pain for 3 days now", "cheers", "bit worried",
              "need transport to the hospital", "want to make a complaint", "flu vax"],
    "fr-FR": ["Nom", "Date de naissance", "Adresse", "Tél", "Bonjour", "merci de me rappeler", "je voudrais un rendez-vous rapidement",
              "je souhaite renouveler mon ordonnance", "j'ai mal depuis 3 jours", "merci", "je suis un peu inquiète",
              "j'ai besoin d'un transport VSL pour l'hôpital", "je souhaite déposer une réclamation", "vaccin contre la grippe"],
    "de-AT": ["Name", "Geburtsdatum", "Adresse", "Tel.", "Grüß Gott", "bitte um Rückruf", "ich bräuchte dringend einen Termin",
              "ich bräuchte ein neues Rezept für meine Dauermedikation", "seit 3 Tagen Schmerzen", "danke", "ich mache mir Sorgen",
              "ich brauche einen Krankentransport ins Spital", "ich möchte mich beschweren", "Grippeimpfung"],
    "nl-NL": ["Naam", "Geboortedatum", "Adres", "Tel", "Hoi", "graag terugbellen", "ik wil graag een afspraak",
              "ik wil mijn herhaalrecept aanvragen", "al 3 dagen pijn", "bedankt", "ik maak me zorgen",
              "ik heb vervoer nodig naar het ziekenhuis", "ik wil een klacht indienen", "griepprik"],
    "es-ES": ["Nombre", "Fecha de nacimiento", "Dirección", "Tel.", "Hola", "por favor llámenme", "necesito cita con el médico de cabecera",
              "necesito renovar la receta", "llevo 3 días con dolor", "gracias", "estoy un poco preocupada",
              "necesito ambulancia para ir al hospital", "quiero poner una reclamación", "vacuna de la gripe"],
    "pt-BR": ["Nome", "Data de nascimento", "Endereço", "Tel", "Oi", "por favor me liguem de volta", "preciso marcar uma consulta",
              "preciso renovar a receita de uso contínuo", "tô com dor faz 3 dias", "obrigada", "tô meio preocupada",
              "preciso de transporte para o hospital", "quero fazer uma reclamação na ouvidoria", "vacina da gripe"],
    "pl-PL": ["Imię i nazwisko", "Data urodzenia", "Adres", "Tel.", "Dzień dobry", "proszę o telefon zwrotny", "potrzebuję wizyty u lekarza rodzinnego",
              "proszę o receptę na stałe leki", "boli od 3 dni", "dziękuję", "trochę się martwię",
              "potrzebuję transportu sanitarnego do szpitala", "chcę złożyć skargę", "szczepienie przeciw grypie"],
    "sv-SE": ["Namn", "Födelsedatum", "Adress", "Tel", "Hej", "ring tillbaka tack", "behöver en tid hos läkaren",
              "vill förnya mitt recept", "ont i 3 dagar", "tack", "lite orolig", "behöver sjukresa till sjukhuset",
              "vill lämna ett klagomål", "influensavaccin"],
    "el-GR": ["Ονοματεπώνυμο", "Ημ. γέννησης", "Διεύθυνση", "Τηλ.", "Καλησπέρα", "παρακαλώ καλέστε με", "χρειάζομαι ραντεβού με τον γιατρό",
              "θέλω να ανανεώσω τη συνταγή μου", "πονάω εδώ και 3 μέρες", "ευχαριστώ", "ανησυχώ λίγο",
              "χρειάζομαι μεταφορά στο νοσοκομείο", "θέλω να κάνω παράπονο", "αντιγριπικό εμβόλιο"],
    "tr-TR": ["Ad Soyad", "Doğum tarihi", "Adres", "Tel", "Merhaba", "lütfen beni geri arayın", "aile hekiminden randevu almak istiyorum",
              "ilaçlarımın reçetesini yenilemek istiyorum", "3 gündür ağrım var", "teşekkürler", "biraz endişeliyim",
              "hastaneye ulaşım için araç lazım", "şikayette bulunmak istiyorum", "grip aşısı"],
    "ru-RU": ["ФИО", "Дата рождения", "Адрес", "Тел.", "Здравствуйте", "перезвоните, пожалуйста", "нужна запись к терапевту",
              "нужен рецепт на постоянные лекарства", "болит уже 3 дня", "спасибо", "немного волнуюсь",
              "нужна перевозка в больницу", "хочу подать жалобу", "прививка от гриппа"],
    "he-IL": ["שם", "תאריך לידה", "כתובת", "טלפון", "שלום", "אשמח שתחזרו אליי", "צריכה תור לרופא משפחה",
              "צריך לחדש מרשם קבוע", "כואב לי כבר 3 ימים", "תודה", "אני קצת דואגת", "צריך הסעה לבית החולים",
              "אני רוצה להגיש תלונה", "חיסון שפעת"],
    "ar-EG": ["الاسم", "تاريخ الميلاد", "العنوان", "الموبايل", "السلام عليكم", "من فضلكم كلموني", "محتاج ميعاد مع الدكتور",
              "محتاج أجدد الروشتة", "عندي وجع من 3 أيام", "شكراً", "أنا قلقانة شوية", "محتاج عربية توصلني المستشفى",
              "عايز أقدم شكوى", "تطعيم الإنفلونزا"],
    "hi-IN": ["नाम", "जन्म तिथि", "पता", "फ़ोन", "नमस्ते", "कृपया वापस कॉल करें", "डॉक्टर से अपॉइंटमेंट चाहिए",
              "मेरी नियमित दवाओं का पर्चा दोबारा चाहिए", "3 दिन से दर्द है", "धन्यवाद", "थोड़ी चिंता हो रही है",
              "अस्पताल जाने के लिए गाड़ी चाहिए", "मैं शिकायत दर्ज करना चाहता हूँ", "फ्लू का टीका"],
    "ta-IN": ["பெயர்", "பிறந்த தேதி", "முகவரி", "தொலைபேசி", "வணக்கம்", "தயவுசெய்து திரும்ப அழைக்கவும்", "டாக்டரிடம் அப்பாயின்ட்மென்ட் வேண்டும்",
              "வழக்கமான மருந்து சீட்டு மீண்டும் வேண்டும்", "3 நாளாக வலி இருக்கிறது", "நன்றி", "கொஞ்சம் கவலையாக இருக்கிறது",
              "மருத்துவமனைக்கு செல்ல வாகனம் வேண்டும்", "புகார் அளிக்க விரும்புகிறேன்", "காய்ச்சல் தடுப்பூசி"],
    "zh-CN": ["姓名", "出生日期", "地址", "电话", "您好", "麻烦回个电话", "想预约全科医生", "想续开长期处方药", "疼了三天了",
              "谢谢", "有点担心", "需要车送去医院", "我要投诉", "流感疫苗"],
    "ja-JP": ["氏名", "生年月日", "住所", "電話", "お世話になっております", "折り返しお電話ください", "診察の予約をお願いしたいです",
              "いつもの薬の処方をお願いします", "3日前から痛みがあります", "よろしくお願いします", "少し心配です",
              "病院までの送迎をお願いしたいです", "苦情を申し立てたいです", "インフルエンザ予防接種"],
    "ko-KR": ["성명", "생년월일", "주소", "연락처", "안녕하세요", "전화 부탁드립니다", "진료 예약하고 싶어요", "늘 먹던 약 처방 다시 받고 싶어요",
              "3일째 아파요", "감사합니다", "좀 걱정돼요", "병원까지 이송 차량이 필요해요", "민원 제기하고 싶습니다", "독감 예방접종"],
    "th-TH": ["ชื่อ-สกุล", "วันเกิด", "ที่อยู่", "โทร", "สวัสดีค่ะ", "รบกวนโทรกลับด้วยค่ะ", "อยากนัดพบแพทย์ค่ะ", "ขอรับยาเดิมต่อค่ะ",
              "ปวดมา 3 วันแล้ว", "ขอบคุณค่ะ", "กังวลนิดหน่อย", "ต้องการรถรับส่งไปโรงพยาบาล", "ต้องการร้องเรียน", "วัคซีนไข้หวัดใหญ่"],
}
for _k, _v in PHRASES.items():
    assert len(_v) == len(PH_KEYS), _k

REGION = {"en-GB": "GB", "cy-GB": "GB", "en-IE": "IE", "en-US": "US", "en-AU": "AU", "fr-FR": "FR", "de-AT": "AT",
          "nl-NL": "NL", "es-ES": "ES", "pt-BR": "BR", "pl-PL": "PL", "sv-SE": "SE", "el-GR": "GR", "tr-TR": "TR",
          "ru-RU": "RU", "he-IL": "IL", "ar-EG": "EG", "hi-IN": "IN", "ta-IN": "IN", "zh-CN": "CN", "ja-JP": "JP",
          "ko-KR": "KR", "th-TH": "TH"}
LOCALES = list(REGION)
# rotation: the UK-style primary care world is over-represented on purpose
ROTATION = (["en-GB"] * 5 + ["cy-GB", "en-IE", "en-US", "en-US", "en-AU"] + [l for l in LOCALES if not l.startswith("en") and l != "cy-GB"])

# name parts: (female given, male given, family prefixes, family suffixes, joiner); lists are real-but-uncommon names,
# refills are composed from parts; surnames are always composed.
NAME_PARTS = {
    "en": (["Rosamund", "Tamsin", "Elspeth", "Wilhelmina", "Perpetua", "Clemency", "Honora", "Jocasta", "Marigold", "Ottilie",
            "Verity", "Philippa", "Bryony", "Hermione", "Lettice", "Araminta", "Cressida", "Imogen", "Sybilla", "Theodora"],
           ["Barnaby", "Crispin", "Peregrine", "Jocelyn", "Lancelot", "Ambrose", "Cuthbert", "Fenwick", "Rufus", "Tobias",
            "Leopold", "Hector", "Ignatius", "Montague", "Osric", "Ptolemy", "Quentin", "Roderick", "Septimus", "Wilfred"],
           ["Ash", "Brack", "Cal", "Dun", "Elm", "Farr", "Gos", "Hal", "Kel", "Lang", "Mar", "Nether", "Pen", "Rad", "Shel",
            "Tal", "Thorn", "Wy", "Quar", "Stan", "Brom", "Ick", "Otter", "Whin", "Yarn"],
           ["combe", "ford", "hurst", "ley", "thwaite", "wick", "stow", "ington", "dale", "ridge", "worth", "cote", "shaw",
            "mere", "holt", "grave", "bourne", "field"], ""),
    "cy": (["Eirlys", "Gwenllian", "Heledd", "Nia", "Angharad", "Lowri", "Mererid", "Tegwen", "Rhiannon", "Gwawr", "Eluned",
            "Ffion", "Llinos", "Manon", "Siwan"],
           ["Rhodri", "Iolo", "Cadfan", "Dafydd", "Emlyn", "Gwilym", "Hywel", "Idris", "Llŷr", "Meurig", "Peredur", "Tudur",
            "Aled", "Bedwyr", "Caradog"],
           ["Llan", "Pen", "Aber", "Tre", "Bryn", "Nant", "Pont", "Gelli", "Maes", "Rhos"],
           ["dewi", "rhys", "gwyn", "ddu", "fawr", "fach", "wen", "coed", "hir", "faen"], ""),
    "ie": (["Caoimhe", "Saoirse", "Aoibhinn", "Gráinne", "Órlaith", "Sadhbh", "Clodagh", "Nuala", "Bríd", "Róisín", "Muireann", "Ailbhe"],
           ["Oisín", "Tadhg", "Ciarán", "Donnacha", "Fiachra", "Cathal", "Ruairí", "Colm", "Pádraig", "Lorcan", "Senan", "Odhrán"],
           ["Mul", "Kil", "Don", "Fla", "Gal", "Bro", "Cun", "Dun", "Har", "Kin", "Lar", "Mor", "Cull", "Ter"],
           ["cahy", "lally", "nellan", "herty", "vin", "phy", "nane", "rahan", "ligan", "keen", "rick", "gleen"], ""),
    "fr": (["Maëlys", "Solène", "Clémence", "Bérénice", "Apolline", "Ombeline", "Gwenaëlle", "Perrine", "Ysaline", "Héloïse", "Capucine", "Anaïs"],
           ["Aurélien", "Gaspard", "Anatole", "Évariste", "Théophile", "Baptistin", "Gonzague", "Honoré", "Octave", "Séraphin", "Ferdinand", "Lucien"],
           ["Beau", "Mont", "Roche", "Ville", "Champ", "Val", "Bel", "Clair", "Haut", "Bois", "Fon", "Lar", "Pré", "Mal"],
           ["champ", "fort", "mont", "val", "court", "bois", "lieu", "rive", "mare", "ville", "taine", "plan", "noue", "lande"], ""),
    "de": (["Leopoldine", "Florentina", "Kunigunde", "Theresia", "Rosalia", "Aloisia", "Walburga", "Notburga", "Crescentia", "Hildegund", "Ottilie", "Amalia"],
           ["Vinzenz", "Wendelin", "Severin", "Ignaz", "Florian", "Leopold", "Korbinian", "Valentin", "Quirin", "Engelbert", "Gottfried", "Balthasar"],
           ["Stein", "Wald", "Mühl", "Hof", "Eich", "Brunn", "Hasel", "Wies", "Moos", "Lärch", "Kogl", "Rain", "Aigner", "Hinter"],
           ["bauer", "huber", "leitner", "mayr", "egger", "thaler", "hofer", "wieser", "lechner", "reiter", "gruber", "moser", "pichler"], ""),
    "nl": (["Fenna", "Wietske", "Tjitske", "Marijke", "Hiske", "Geertje", "Aukje", "Femke", "Sjoukje", "Jikke", "Ytje", "Baukje"],
           ["Jorrit", "Sjoerd", "Hidde", "Wouter", "Douwe", "Gerben", "Tjeerd", "Ruurd", "Sietse", "Folkert", "Wybren", "Jelmer"],
           ["Brink", "Veen", "Hooge", "Kamp", "Mol", "Berk", "Eek", "Zand", "Wit", "Blok", "Hul", "Dijk", "Wester", "Oost"],
           ["man", "huis", "kamp", "boom", "stra", "inga", "veld", "horst", "ink", "sma", "hof", "broek"], ""),
    "es": (["Remedios", "Inmaculada", "Covadonga", "Montserrat", "Begoña", "Almudena", "Itziar", "Araceli", "Nieves", "Consuelo", "Rocío", "Amparo"],
           ["Eusebio", "Gumersindo", "Saturnino", "Anselmo", "Baltasar", "Casimiro", "Eladio", "Fermín", "Indalecio", "Nicanor", "Teodoro", "Prudencio"],
           ["Villa", "Mont", "Val", "Torre", "Peña", "Casa", "Fuente", "Cuesta", "Vega", "Sierra", "Campo", "Castro"],
           ["nueva", "alba", "verde", "seca", "blanca", "rubia", "llana", "fría", "mayor", "rrasa", "lobos", "real"], ""),
    "pt": (["Iracema", "Jurema", "Araci", "Guiomar", "Conceição", "Marisol", "Rosângela", "Iolanda", "Dulcineia", "Ivone", "Zuleica", "Lindalva"],
           ["Jurandir", "Ubirajara", "Aristides", "Deoclécio", "Epaminondas", "Gumercindo", "Hermógenes", "Valdomiro", "Wanderley", "Ismael", "Lindolfo", "Juvenal"],
           ["Figuei", "Carva", "Oli", "Pedr", "Sal", "Lou", "Mato", "Vila", "Barr", "Serra", "Bran", "Quei"],
           ["redo", "lhal", "veira", "osa", "gueiro", "reira", "nhos", "nova", "lobos", "mão", "roz", "dal"], ""),
    "pl": (["Jadwiga", "Wiesława", "Czesława", "Bronisława", "Halina", "Zdzisława", "Bogumiła", "Stanisława", "Genowefa", "Władysława", "Dobrosława", "Teodozja"],
           ["Bożydar", "Radosław", "Zbigniew", "Bronisław", "Wiesław", "Czesław", "Przemysław", "Sławomir", "Mieczysław", "Ziemowit", "Bogdan", "Leszek"],
           ["Brzoz", "Jarzęb", "Kalin", "Leszczyn", "Modrzew", "Olsz", "Wierzb", "Trzcin", "Cis", "Głóg", "Jaworz", "Grab"],
           ["owski", "iński", "ewski", "owicz", "czyk", "ak", "ecki", "ski"], ""),
    "sv": (["Ingegerd", "Gunborg", "Ylva", "Siv", "Märta", "Ragnhild", "Solveig", "Agda", "Birgitta", "Dagny", "Majken", "Sigrid"],
           ["Sixten", "Torvald", "Edvin", "Folke", "Arvid", "Gösta", "Ragnar", "Sune", "Helge", "Evert", "Tage", "Valdemar"],
           ["Lind", "Berg", "Sjö", "Ek", "Björk", "Gran", "Al", "Ask", "Lönn", "Rönn", "Hassel", "Sten", "Äng", "Löv"],
           ["qvist", "gren", "blad", "ström", "dahl", "holm", "vall", "lund", "mark", "näs", "stedt", "bäck"], ""),
    "el": (["Ευτέρπη", "Φωτεινή", "Πηνελόπη", "Καλλιόπη", "Ευανθία", "Αγλαΐα", "Θεοδώρα", "Ουρανία", "Σταυρούλα", "Χρυσάνθη", "Ξανθή", "Μυρσίνη"],
           ["Σπυρίδων", "Ευστάθιος", "Παντελής", "Χαράλαμπος", "Αριστείδης", "Θεμιστοκλής", "Ηλίας", "Λεωνίδας", "Πρόδρομος", "Στυλιανός", "Τιμόθεος", "Φίλιππος"],
           ["Καλαμπ", "Μυρτ", "Σκουρ", "Λιθαρ", "Κρανι", "Ροδακ", "Βελον", "Γαλαν", "Δαφν", "Ζαχαρ", "Κυπαρ", "Πευκ"],
           ["ίδης", "όπουλος", "άκης", "άτος", "ιώτης", "ούδης"], ""),
    "tr": (["Aysel", "Gülsüm", "Nurten", "Sevim", "Türkan", "Gönül", "Nazlı", "Şükran", "Hacer", "Müzeyyen", "Feride", "Saadet"],
           ["Gökhan", "Tarkan", "Kutlu", "Alparslan", "Oğuz", "Erdinç", "Bülent", "Cengiz", "Tuncay", "Yavuz", "Sinan", "Levent"],
           ["Kara", "Demir", "Çam", "Taş", "Öz", "Ak", "Yel", "Kır", "Gök", "Bal", "Tek", "Ilgaz"],
           ["dağlı", "kaya", "soy", "ocak", "göz", "tepe", "dere", "yurt", "alp", "er", "han", "sel"], ""),
    "ru": (["Евпраксия", "Злата", "Любомира", "Агафья", "Аглая", "Серафима", "Василиса", "Ефросинья", "Прасковья", "Устинья", "Феврония", "Олимпиада"],
           ["Добрыня", "Ярополк", "Велимир", "Радослав", "Святозар", "Елисей", "Прохор", "Никодим", "Фрол", "Савва", "Ермолай", "Тихон"],
           ["Черемш", "Калин", "Морош", "Бруснич", "Осок", "Ковыл", "Липняг", "Жаворонк", "Снегир", "Ряб", "Клюкв", "Можжевел"],
           ["ов", "ин", "ский", "ев", "ницын"], ""),
    "he": (["אביטל", "נוגה", "יהלי", "תהל", "אלומה", "שקד", "הדס", "לוטם", "אגם", "רעות", "עדי", "מעיין"],
           ["עמיחי", "צוריאל", "ליעד", "נבו", "אלישיב", "יחיעם", "אביתר", "הראל", "נריה", "אלעד", "יובל", "רותם"],
           ["בר", "בן", "גל", "הר", "טל", "שחר", "אור", "רז", "עין", "ים"],
           ["אילן", "זיו", "נוי", "לב", "עוז", "תמר", "גפן", "אלון", "שני", "צור"], "\u05be"),
    "ar": (["جمانة", "سديم", "ميسون", "لجين", "رحاب", "شيماء", "نهال", "وئام", "هديل", "تغريد", "بسمة", "أسيل"],
           ["نوفل", "ضرار", "هزاع", "رواحة", "معتز", "شريف", "حمدي", "عصام", "ماهر", "وائل", "ياسر", "سامح"],
           ["ال"], ["زيتوني", "قصبجي", "برقاوي", "دمنهوري", "منياوي", "سمنودي", "بلتاجي", "فيومي", "شرقاوي", "طنطاوي",
                    "اسناوي", "قليوبي", "بحيري", "دسوقي", "مطراوي", "ملواني"], ""),
    "hi": (["हेमलता", "रत्नप्रभा", "शशिकला", "चंद्रमणि", "नीलरेखा", "कमलज्योति", "विभावरी", "सुरलता", "देवयानी", "प्रियंवदा"],
           ["नीलकांत", "रत्नदीप", "शशिराज", "चंद्रवीर", "देवनाथ", "कमलमित्र", "सूर्यकांत", "ज्ञानदीप", "विश्वनाथ", "हिमराज"],
           ["खंडेल", "अग्र", "बरन", "गोयन", "जाल", "तेल", "पाट", "रान", "सोन", "भोस"],
           ["वाल", "कर", "वाला", "िया", "नकर"], ""),
    "ta": (["கலைச்செல்வி", "தமிழ்நிலா", "அன்புமொழி", "இளவரசி", "மதிவதனி", "பொன்மணி", "அருள்மொழி", "முத்துலட்சுமி", "வெற்றிச்செல்வி", "செல்வநாயகி"],
           ["அன்புமணி", "இளங்கோவன்", "கலையரசு", "தமிழ்வாணன்", "செல்வவேல்", "மதியழகன்", "வெற்றிவேல்", "அருள்நம்பி", "பொன்னரசு", "முத்துக்குமரன்"],
           ["ரா.", "மு.", "க.", "சு.", "பெ.", "வே.", "த.", "இ."], [""], ""),
    "zh": (["岚", "汐", "沐", "晴", "芷", "萱", "桐", "瑶", "婉", "姝", "沁", "筠"],
           ["墨", "宇", "熙", "轩", "泽", "渊", "远", "骁", "珩", "棠", "屹", "铎"],
           ["禤", "佘", "笪", "宓", "厍", "阚", "缪", "蓟", "栾", "隗", "岑", "邝", "滕", "殷"], [""], ""),
    "ja": (["凛花", "紬希", "澪乃", "茜音", "詩葉", "葵香", "結菜", "琴羽"],
           ["悠斗", "颯真", "湊太", "蒼介", "陽人", "蓮翔", "律希", "朔弥"],
           ["榎", "楢", "柊", "梶", "樫", "椎", "萩", "葛", "杉", "槇"], ["沢", "原", "森", "谷", "瀬", "崎", "浦", "野"], ""),
    "ko": (["서", "윤", "다", "하", "나", "가", "소", "해", "슬", "온", "람", "래", "담", "솔"],
           ["도", "시", "태", "이", "무", "한", "준", "로", "윤", "헌", "율", "안", "진", "결"],
           ["편", "탁", "피", "함", "현", "좌", "제", "옥", "빈", "석", "염", "봉", "사", "어"], [""], ""),
    "th": (["พิมพร", "กัญญาภัค", "ชลธิชา", "วรรณดา", "อรชนก", "ปิยดา", "ณัฐภัทร", "ศรีวิไล"],
           ["ธนวัฒน์", "ปิยพงษ์", "ชลสิทธิ์", "วรเมธ", "สุวิทย์", "ณัฐพล", "อรรถพร", "กิตติภพ"],
           ["ศรี", "สุวรรณ", "กาญจน", "ทอง", "แก้ว", "รัตน", "จันทร์", "เพชร"], ["วงศ์", "ประเสริฐ", "สกุล", "ศิริ", "ชัย", "รักษ์"], ""),
}
NAME_FAMILY = {"en-GB": "en", "cy-GB": "cy", "en-IE": "ie", "en-US": "en", "en-AU": "en", "fr-FR": "fr", "de-AT": "de",
               "nl-NL": "nl", "es-ES": "es", "pt-BR": "pt", "pl-PL": "pl", "sv-SE": "sv", "el-GR": "el", "tr-TR": "tr",
               "ru-RU": "ru", "he-IL": "he", "ar-EG": "ar", "hi-IN": "hi", "ta-IN": "ta", "zh-CN": "zh", "ja-JP": "ja",
               "ko-KR": "ko", "th-TH": "th"}
# street / town parts per locale (pre, suf); streets are composed, generic type words are added by the address format
PLACE_PARTS = {
    "en": (["Quill", "Brack", "Wexe", "Ould", "Harrow", "Sallow", "Tansy", "Rook", "Medlar", "Coppice", "Furze", "Nettle", "Bilber"],
           ["brook", "mead", "ton", "bury", "ham", "field", "minster", "wold", "stead", "chester"]),
    "cy": (["Llwyn", "Cae", "Tal", "Gwern", "Cefn", "Glyn", "Bod", "Erw"], ["onnen", "derw", "celyn", "bedw", "eithin", "grug", "rhedyn", "helyg"]),
    "ie": (["Bally", "Clon", "Kil", "Drum", "Lis", "Rath", "Knock", "Carrig"], ["nagh", "more", "beg", "duff", "keel", "owen", "raw", "lough"]),
    "fr": (["Saint-Alb", "Vill", "Mont", "Beau", "Roch", "Font", "Cham", "Marc"], ["ignac", "erval", "aubert", "lieu", "effort", "enay", "oux", "illon"]),
    "de": (["Hasel", "Moos", "Lärchen", "Kogel", "Erlen", "Schlehen", "Holunder", "Wacholder", "Ried", "Fohren"],
           ["gasse", "weg", "straße", "steig", "zeile", "dorf", "kirchen", "brunn", "au", "feld"]),
    "nl": (["Hooge", "Lage", "Wilgen", "Elzen", "Riet", "Kievit", "Berken", "Heide", "Duiven", "Zwaluw"],
           ["straat", "laan", "weg", "hof", "dijk", "erveen", "horst", "dam", "wolde", "lo"]),
    "es": (["Robl", "Almendr", "Encin", "Olm", "Retam", "Jar", "Tomill", "Esplieg", "Madroñ", "Alcornoqu", "Zarz", "Brez"],
           ["edal", "arejo", "illas", "ares", "ejuela", "osa", "ondo", "uelo"]),
    "pt": (["Ipez", "Jatob", "Jacarand", "Burit", "Aroeir", "Pitang", "Cambuc", "Sapuc", "Umbuz", "Angic"],
           ["eiro", "inho", "al", "ópolis", "ândia", "ema", "uara", "ema"]),
    "pl": (["Jaśmin", "Kalin", "Wrzos", "Konwali", "Tatarak", "Berberys", "Storczyk", "Perz", "Szczaw", "Łopian"],
           ["owa", "owy Gaj", "owo", "ów", "ówka", "owice", "iec", "owa Dolna"]),
    "sv": (["Ljung", "Kråk", "Hägg", "Mjölon", "Tall", "Blåbärs", "Hjortron", "Lingon", "Tranbärs", "Vitsippe"],
           ["vägen", "gatan", "stigen", "backen", "gränd", "torp", "by", "hult", "ryd", "sjö"]),
    "el": (["Λεμονι", "Ελι", "Αμυγδαλι", "Ροδι", "Κυδωνι", "Μουρι", "Βυσσινι", "Καρυδι"], ["ών", "ές", "άς", "ούπολη"]),
    "tr": (["Ihlamur", "Çınar", "Ardıç", "Kestane", "Mimoza", "Akasya", "Manolya", "Defne", "Ladin", "Söğüt"],
           ["lı", "köy", "dere", "pınar", "yaka", "bağ", "tepe", "ova"]),
    "ru": (["Черёмух", "Рябин", "Ольх", "Ивов", "Клён", "Берёзов", "Сосн", "Ясен"], ["овая", "овка", "ино", "овск", "ая"]),
    "he": (["גבעת", "נווה", "רמת", "עין", "כפר", "בית", "מצפה", "גני", "שדה", "מעלה"],
           ["השקד", "הדקל", "הרימון", "התאנה", "האלה", "הזית", "השיטה", "הערבה", "הצאלון", "האשל"], "\u05be"),
    "ar": (["ال"], ["ياسمينية", "نخيلية", "جميزية", "توتية", "كافورية", "صفصافية", "زيزفونية", "رمانية", "ليمونية", "سنطية",
                   "ياسميني", "نخيلي", "جميزي", "كافوري", "صفصافي", "زيزفوني", "رماني", "ليموني"]),
    "hi": (["गुलमोहर", "अमलतास", "कदंब", "पलाश", "नीम", "पीपल", "शीशम", "मौलसरी"], ["नगर", "पुरम", "गंज", "पुर", "बाग", "विहार"]),
    "ta": (["வேம்பு", "புன்னை", "மருதம்", "நொச்சி", "கொன்றை", "இலுப்பை", "வாகை", "தாழை"], ["", " நகர்", " புரம்"]),
    "zh": (["桂", "梧", "樟", "柏", "榕", "槐", "楸", "杉"], ["溪", "岭", "湾", "塘", "坪", "源", "洲", "桥"]),
    "ja": (["榎", "楢", "柊", "樫", "椎", "萩", "槇", "栃"], ["台", "丘", "坂", "原", "里", "野"]),
    "ko": (["느티", "버들", "솔", "감", "대추", "살구", "오동", "향나무"], ["골", "뜰", "마루", "누리", "재"]),
    "th": (["ประดู่", "ราชพฤกษ์", "ลีลาวดี", "ตะแบก", "อินทนิล", "พิกุล", "กันเกรา", "มะยม"], ["ทอง", "งาม", "เหนือ", "ใต้", "ใหม่", "หลวง", "พัฒนา"]),
}
PPSN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVW"


# ----------------------------------------------------------------------------------------------- validators / makers
class Invalid(SystemExit):
    pass


def must(ok, what):
    if not ok:
        raise Invalid(f"invalid generated value: {what}")


def capped(rng, make, check, what, cap=400):
    for _ in range(cap):
        v = make()
        if v is not None and check(v):
            return v
    raise Invalid(f"could not generate a valid {what} within {cap} tries")


def digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def phone(rng, region, kind="MOBILE", fmt="NATIONAL"):
    t = getattr(phonenumbers.PhoneNumberType, kind)
    ex = phonenumbers.example_number_for_type(region, t)
    nat = str(ex.national_number)
    keep = 3 if region == "US" else max(2, len(nat) - 6)

    def make():
        cand = nat[:keep] + digits(rng, len(nat) - keep)
        if cand == nat:
            return None
        return phonenumbers.parse("+" + str(ex.country_code) + cand, None)

    def check(n):
        return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region and \
            phonenumbers.number_type(n) in (t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)

    n = capped(rng, make, check, f"{region} phone")
    f = getattr(phonenumbers.PhoneNumberFormat, fmt)
    out = phonenumbers.format_number(n, f)
    must(phonenumbers.is_valid_number(phonenumbers.parse(out, region)), out)
    return out


def nhs_number(rng, test=False):
    def make():
        d = ("999" + digits(rng, 6)) if test else digits(rng, 9, "4567")
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c == 10:
            return None
        v = d + str(c)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    return capped(rng, make, gb_nhs.is_valid, "NHS number")


def brute_suffix(rng, base_fn, alphabet, validator, what, width=1):
    def make():
        base = base_fn()
        cands = [""]
        for _ in range(width):
            cands = [c + a for c in cands for a in alphabet]
        for s in cands:
            if validator(base + s):
                return base + s
        return None
    return capped(rng, make, validator, what, cap=200)


def medicare_au(rng):
    def make():
        d = [int(x) for x in digits(rng, 8, "23456")]
        chk = sum(a * b for a, b in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
        issue = rng.choice("12345")
        s = "".join(map(str, d)) + str(chk) + issue
        return f"{s[:4]} {s[4:9]} {s[9]}"
    return capped(rng, make, medicare_au_valid, "Medicare number")


def medicare_au_valid(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[2-6]\d{9}", s):
        return False
    d = [int(x) for x in s]
    return sum(a * b for a, b in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == d[8]


def luhn_digits(rng, n, first="123456789"):
    return brute_suffix(rng, lambda: digits(rng, n - 1, first), "0123456789", lambda v: v.isdigit() and luhn.is_valid(v), "luhn number")


def credit_card(rng):
    def base():
        return rng.choice(["4", "51", "52", "53", "54", "55"]) + "".join(rng.choice("0123456789") for _ in range(13))
    v = capped(rng, lambda: brute_suffix(rng, lambda: base()[:15], "0123456789", luhn.is_valid, "card"),
               lambda v: luhn.is_valid(v) and v not in ("4111111111111111", "5555555555554444"), "card")
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {
    "GB": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(r, 14),
    "IE": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(r, 14),
    "NL": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(r, 10),
    "AT": lambda r: digits(r, 16),
    "PL": lambda r: digits(r, 24),
    "DE": lambda r: digits(r, 18),
    "GR": lambda r: digits(r, 23),
    "TR": lambda r: digits(r, 5) + "0" + digits(r, 16),
    "SE": lambda r: digits(r, 20),
}


def iban(rng, country):
    def make():
        bban = IBAN_BBAN[country](rng)
        num = "".join(str(int(c, 36)) for c in bban + country + "00")
        chk = 98 - int(num) % 97
        v = f"{country}{chk:02d}{bban}"
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return capped(rng, make, std_iban.is_valid, f"{country} IBAN")


def public_ip(rng):
    import ipaddress
    def make():
        return f"{rng.choice([2, 5, 31, 37, 46, 62, 78, 81, 86, 90, 92, 109, 151, 176, 188, 212, 217])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return capped(rng, make, lambda v: ipaddress.ip_address(v).is_global, "public IPv4")


def national_id(rng, loc, dob, sex):
    """(entity type, formatted value, label) for the locale's main identifier, validated; None if the locale has none."""
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    if loc in ("en-GB", "cy-GB"):
        return "HEALTH_INSURANCE", nhs_number(rng), {"en-GB": "NHS No", "cy-GB": "Rhif GIG"}[loc]
    if loc == "en-IE":
        v = brute_suffix(rng, lambda: digits(rng, 7), PPSN_LETTERS, ie_pps.is_valid, "PPSN")
        return "NATIONAL_ID", v, "PPSN"
    if loc == "en-US":
        def mk():
            a = rng.randint(1, 899)
            if a == 666:
                return None
            return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        return "ssn", capped(rng, mk, us_ssn.is_valid, "SSN"), "SSN"
    if loc == "en-AU":
        return "HEALTH_INSURANCE", medicare_au(rng), "Medicare"
    if loc == "fr-FR":
        def mk():
            dept = rng.choice(["13", "31", "33", "35", "44", "59", "69", "75", "92", "93"])
            body = f"{1 if sex == 'm' else 2}{yy:02d}{mm:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
            key = 97 - int(body) % 97
            s = body + f"{key:02d}"
            return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
        return "NATIONAL_ID", capped(rng, mk, fr_nir.is_valid, "NIR"), "N° sécu"
    if loc == "de-AT":
        def mk():
            base = f"{rng.randint(100, 999)}"
            for c in "0123456789":
                v = f"{base}{c} {dd:02d}{mm:02d}{yy:02d}"
                if at_vnr.is_valid(v):
                    return v
            return None
        return "NATIONAL_ID", capped(rng, mk, at_vnr.is_valid, "SV-Nummer"), "SV-Nr."
    if loc == "nl-NL":
        return "NATIONAL_ID", brute_suffix(rng, lambda: digits(rng, 8, "12346"), "0123456789", nl_bsn.is_valid, "BSN"), "BSN"
    if loc == "es-ES":
        def mk():
            n = rng.randint(10000000, 79999999)
            return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        return "NATIONAL_ID", capped(rng, mk, es_dni.is_valid, "DNI"), "DNI"
    if loc == "pt-BR":
        v = brute_suffix(rng, lambda: digits(rng, 9, "123456789"), "0123456789", br_cpf.is_valid, "CPF", width=2)
        return "TAX_ID", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "CPF"
    if loc == "pl-PL":
        mcode = mm + (20 if dob.year >= 2000 else 0)
        base = lambda: f"{yy:02d}{mcode:02d}{dd:02d}{rng.randint(0, 999):03d}{rng.choice('13579' if sex == 'm' else '02468')}"
        return "NATIONAL_ID", brute_suffix(rng, base, "0123456789", pl_pesel.is_valid, "PESEL"), "PESEL"
    if loc == "sv-SE":
        base = lambda: f"{yy:02d}{mm:02d}{dd:02d}-{rng.randint(10, 99)}{rng.choice('13579' if sex == 'm' else '02468')}"
        return "NATIONAL_ID", brute_suffix(rng, base, "0123456789", se_pnr.is_valid, "personnummer"), "Personnr"
    if loc == "el-GR":
        base = lambda: f"{dd:02d}{mm:02d}{yy:02d}{rng.randint(0, 9999):04d}"
        return "NATIONAL_ID", brute_suffix(rng, base, "0123456789", gr_amka.is_valid, "AMKA"), "ΑΜΚΑ"
    if loc == "tr-TR":
        return "NATIONAL_ID", brute_suffix(rng, lambda: digits(rng, 9, "123456789"), "0123456789", tr_tck.is_valid, "TCKN", width=2), "TC Kimlik No"
    if loc == "ru-RU":
        return "TAX_ID", brute_suffix(rng, lambda: "77" + digits(rng, 8), "0123456789", ru_inn.is_valid, "INN", width=2), "ИНН"
    if loc == "he-IL":
        return "NATIONAL_ID", brute_suffix(rng, lambda: digits(rng, 8, "0123"), "0123456789", il_idnr.is_valid, "ת.ז."), "ת.ז."
    if loc in ("hi-IN", "ta-IN"):
        v = brute_suffix(rng, lambda: digits(rng, 11, "23456789"), "0123456789", in_aadhaar.is_valid, "Aadhaar")
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", {"hi-IN": "आधार", "ta-IN": "ஆதார்"}[loc]
    if loc == "zh-CN":
        base = lambda: f"{rng.choice(['110105', '310115', '440305', '330106', '510107'])}{dob:%Y%m%d}{rng.randint(0, 99):02d}{rng.choice('13579' if sex == 'm' else '02468')}"
        return "NATIONAL_ID", brute_suffix(rng, base, "0123456789X", cn_ric.is_valid, "RIC"), "身份证号"
    if loc == "ja-JP":
        v = brute_suffix(rng, lambda: digits(rng, 11, "123456789"), "0123456789", jp_in.is_valid, "My Number")
        return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", "マイナンバー"
    if loc == "ko-KR":
        g = ("3" if sex == "m" else "4") if dob.year >= 2000 else ("1" if sex == "m" else "2")
        base = lambda: f"{yy:02d}{mm:02d}{dd:02d}-{g}{rng.randint(0, 99999):05d}"
        return "NATIONAL_ID", brute_suffix(rng, base, "0123456789", kr_rrn.is_valid, "RRN"), "주민등록번호"
    if loc == "th-TH":
        v = brute_suffix(rng, lambda: digits(rng, 12, "1358"), "0123456789", th_pin.is_valid, "Thai PIN")
        return "NATIONAL_ID", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "เลขบัตรประชาชน"
    return None


def fmt_date(loc, d):
    if loc == "en-US":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if loc in ("en-GB", "cy-GB", "en-IE", "en-AU", "fr-FR", "es-ES", "pt-BR", "el-GR", "ar-EG", "hi-IN", "ta-IN"):
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if loc in ("de-AT", "pl-PL", "tr-TR", "ru-RU", "he-IL"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if loc == "nl-NL":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if loc in ("zh-CN", "ja-JP"):
        return f"{d.year}年{d.month}月{d.day}日"
    if loc == "ko-KR":
        return f"{d.year}. {d.month}. {d.day}."
    if loc == "th-TH":
        return f"{d.day}/{d.month}/{d.year + 543}"
    return d.isoformat()


NON_LATIN = {"el", "ru", "he", "ar", "hi", "ta", "zh", "ja", "ko", "th"}
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "proton.me", "gmx.at", "web.de",
                "orange.fr", "ziggo.nl", "wp.pl", "mail.ru", "naver.com", "qq.com", "yahoo.co.jp"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()


class World:
    def __init__(self, rng):
        self.rng = rng
        self.given_f, self.given_m, self.family, self.street, self.town, self.handles = {}, {}, {}, {}, {}, {}
        for fam, (gf, gm, fp, fs, joiner) in NAME_PARTS.items():
            for sexd, lst, sx in ((self.given_f, gf, "f"), (self.given_m, gm, "m")):
                if fam in ("zh", "ko"):          # syllable-composed given names
                    sexd[fam] = compose_pool(f"{fam}-given-{sx}", lst, lst, 30, rng)
                    continue
                halves_a = [n[:max(2, len(n) // 2)] for n in lst]
                halves_b = [n[max(2, len(n) // 2):] for n in lst if len(n) > 3]
                sexd[fam] = compose_pool(f"{fam}-given-{sx}", halves_a, halves_b, 10, rng, extra=lst)
            if fam in ("zh", "ko"):
                # written fused with the given name (one word, no space): the fused full name is the pool entry
                # that is checked against the freeze, in make_person
                self.family[fam] = list(fp)
            else:
                self.family[fam] = compose_pool(f"{fam}-family", fp, fs, 60, rng, joiner=joiner)
            sp, ss, *pj = PLACE_PARTS[fam if fam in PLACE_PARTS else "en"]
            self.street[fam] = compose_pool(f"{fam}-street", sp, ss, 40, rng, joiner=pj[0] if pj else "")
            self.town[fam] = compose_pool(f"{fam}-town", list(reversed(sp)), ss, 40, rng, joiner=pj[0] if pj else "")
        # e-mail handles for non-Latin-script locales: neutral nickname parts, not names
        self.nick = compose_pool("handle", ["sun", "moon", "blue", "rain", "mint", "cloud", "amber", "pine", "river", "cedar"],
                                 ["fox", "cat", "leaf", "drop", "bee", "owl", "sky", "wave", "stone", "lark"], 60, rng)
        # organisation base names (practices, pharmacies, care homes) -- composed, frozen-checked
        if POOL_FAILURES:
            raise SystemExit("pools emptied by the freeze: " + "; ".join(POOL_FAILURES))
        self.org = compose_pool("org", PLACE_PARTS["en"][0], ["brook", "mead", "field", "gate", "well", "lea", "side", "vale"], 40, rng)

    def given(self, fam, sex):
        pool = self.given_f[fam] if sex == "f" else self.given_m[fam]
        return self.rng.choice(pool)


def postcode_gb(rng):
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    return f"{rng.choice(L)}{rng.choice(L)}{rng.randint(1, 29)} {rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}"


def address(w, loc, rng):
    fam = NAME_FAMILY[loc]
    st, tw = rng.choice(w.street[fam]), rng.choice(w.town[fam])
    for _ in range(10):
        if tw != st:
            break
        tw = rng.choice(w.town[fam])
    n, m = rng.randint(2, 148), rng.randint(1, 24)
    if loc == "en-GB":
        return f"{n} {st} {rng.choice(['Road', 'Close', 'Crescent', 'Lane', 'Way', 'Gardens'])}, {tw} {postcode_gb(rng)}"
    if loc == "cy-GB":
        return f"{n} {rng.choice(['Heol', 'Ffordd', 'Lôn'])} {st}, {tw} {postcode_gb(rng)}"
    if loc == "en-IE":
        return f"{n} {st} {rng.choice(['Park', 'Grove', 'Drive'])}, {tw}, {rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(10, 99)} {rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(100, 999)}"
    if loc == "en-US":
        return f"{n * 17} {st} {rng.choice(['Ave', 'St', 'Dr', 'Blvd'])}, {tw}, {rng.choice(['OH', 'PA', 'MN', 'OR', 'NC', 'AZ'])} {rng.randint(10000, 99899)}"
    if loc == "en-AU":
        return f"{m}/{n} {st} {rng.choice(['St', 'Rd', 'Pde', 'Cres'])}, {tw} {rng.choice(['NSW 2', 'VIC 3', 'QLD 4', 'SA 5', 'WA 6'])}{rng.randint(100, 999)}"
    if loc == "fr-FR":
        return f"{n} rue {st}, {rng.randint(10, 95)}{rng.randint(0, 9)}{rng.randint(0, 9)}0 {tw}"
    if loc == "de-AT":
        return f"{st} {n}/{m}, {rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}0 {tw}"
    if loc == "nl-NL":
        return f"{st} {n}, {rng.randint(1000, 9999)} {rng.choice('BCDEGHJKLMNPRSTVWXZ')}{rng.choice('BCDEGHJKLMNPRSTVWXZ')} {tw}"
    if loc == "es-ES":
        return f"C/ {st}, {n}, {m % 6 + 1}º {rng.choice('ABCD')}, {rng.randint(1, 52):02d}{rng.randint(0, 999):03d} {tw}"
    if loc == "pt-BR":
        return f"Rua {st}, {n * 7}, apto {m}0{rng.randint(1, 4)}, {tw} - {rng.choice(['SP', 'MG', 'BA', 'PR', 'PE'])}, CEP {rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}"
    if loc == "pl-PL":
        return f"ul. {st} {n}/{m}, {rng.randint(10, 99)}-{rng.randint(100, 999)} {tw}"
    if loc == "sv-SE":
        return f"{st} {n}, {rng.randint(100, 999)} {rng.randint(10, 99)} {tw}"
    if loc == "el-GR":
        return f"οδός {st} {n}, Τ.Κ. {rng.randint(10000, 85999)}, {tw}"
    if loc == "tr-TR":
        return f"{st} Mah. {rng.choice(w.street[fam])} Sok. No:{n} D:{m}, {tw}"
    if loc == "ru-RU":
        return f"г. {tw}, ул. {st}, д. {n}, кв. {m * 3}"
    if loc == "he-IL":
        return f"רחוב {st} {n}, {tw}"
    if loc == "ar-EG":
        return f"{n} شارع {st}، {tw}"
    if loc == "hi-IN":
        return f"मकान नं. {n}, {st}, {tw} - {rng.randint(110001, 855999)}"
    if loc == "ta-IN":
        return f"{n}, {st} தெரு, {tw} - {rng.randint(600001, 643999)}"
    if loc == "zh-CN":
        return f"{tw}市{st}路{n}号{m}0{rng.randint(1, 4)}室"
    if loc == "ja-JP":
        return f"〒{rng.randint(100, 999)}-{rng.randint(0, 9999):04d} {tw}市{st}{rng.randint(1, 6)}-{m}-{n}"
    if loc == "ko-KR":
        return f"{tw}시 {st}로 {n}, {m}동 {rng.randint(1, 15)}0{rng.randint(1, 4)}호"
    if loc == "th-TH":
        return f"{n}/{m} ถ.{st} ต.{tw}"
    raise KeyError(loc)


class Person:
    pass


def make_person(w, loc, rng, sex=None, age=(18, 92)):
    fam = NAME_FAMILY[loc]
    p = Person()
    p.sex = sex or rng.choice("fm")
    for _ in range(40):
        g, f = w.given(fam, p.sex), rng.choice(w.family[fam])
        if fam == "ru" and p.sex == "f":
            f = f[:-2] + "ая" if f.endswith("ий") else f + "а"
        if fam == "el" and p.sex == "f":
            for s_, r_ in (("όπουλος", "οπούλου"), ("ίδης", "ίδου"), ("άκης", "άκη"), ("άτος", "άτου"), ("ιώτης", "ιώτου"), ("ούδης", "ούδη")):
                if f.endswith(s_):
                    f = f[:-len(s_)] + r_
                    break
        if fam == "pl" and p.sex == "f" and f.endswith("ski"):
            f = f[:-1] + "a"
        if fam == "pl" and p.sex == "f" and f.endswith("cki"):
            f = f[:-1] + "a"
        if fam in ("zh", "ko"):
            full = f + g
        elif fam == "ja":
            full = f + " " + g
        elif fam == "ta":
            full = f + " " + g
        elif fam == "es":
            f = f + " " + rng.choice(w.family[fam])
            full = g + " " + f
        else:
            full = g + " " + f
        FREEZE_STATS["full-name:composed"] += 1
        if is_free(full):
            break
        FREEZE_STATS["full-name:dropped"] += 1
    else:
        raise SystemExit("could not compose a free full name")
    p.given, p.family, p.full = g, f, full
    today = dt.date(2026, 11, 30)
    yrs = rng.randint(*age)
    p.dob = today - dt.timedelta(days=yrs * 365 + rng.randint(0, 364))
    p.age = yrs
    p.loc = loc
    p.dob_s = fmt_date(loc, p.dob)
    p.phone = phone(rng, REGION[loc], "MOBILE", rng.choice(["NATIONAL", "NATIONAL", "INTERNATIONAL"]))
    p.addr = address(w, loc, rng)
    if fam in NON_LATIN:
        p.email = f"{rng.choice(w.nick)}{rng.randint(1, 999)}@{rng.choice(MAIL_DOMAINS)}"
    else:
        p.email = f"{ascii_fold(g)}{rng.choice(['.', '_', ''])}{ascii_fold(f)[:6]}{rng.randint(1, 99) if rng.random() < .5 else ''}@{rng.choice(MAIL_DOMAINS)}"
    p.nid = national_id(rng, loc, p.dob, p.sex)
    return p


# ----------------------------------------------------------------------------------------------- record context
class Ctx:
    def __init__(self, w, rng, loc):
        self.w, self.rng, self.loc = w, rng, loc
        self.L = dict(zip(PH_KEYS, PHRASES[loc]))
        self.issued = []

    def iss(self, typ, value):
        self.issued.append((typ, value))
        return value

    def person(self, **kw):
        return make_person(self.w, self.loc, self.rng, **kw)

    # issue helpers
    def name(self, p):
        return self.iss("person", p.full)

    def first(self, p):
        return self.iss("person", p.given)

    def dob(self, p):
        return self.iss("DATE_OF_BIRTH", p.dob_s)

    def tel(self, p):
        return self.iss("PHONE_NUMBER", p.phone)

    def mail(self, p):
        return self.iss("EMAIL_ADDRESS", p.email)

    def addr(self, p):
        return self.iss("STREET_ADDRESS", p.addr)

    def nid(self, p):
        if p.nid is None:
            return None
        t, v, lab = p.nid
        return f"{lab}: {self.iss(t, v)}"

    def org(self):
        return self.rng.choice(self.w.org)

    def org_phone(self):
        return phone(self.rng, REGION[self.loc], "FIXED_LINE", "NATIONAL")

    def mrn(self):
        v = luhn_digits(self.rng, 8)
        must(luhn.is_valid(v), v)
        return self.iss("MEDICAL_RECORD", ("H" + v) if self.loc in ("en-GB", "cy-GB", "en-IE") else ("MRN " + v if self.loc in ("en-US", "en-AU") else v))

    def ident_block(self, p, with_id=True, extra_tel=True):
        L = self.L
        lines = [f"{L['name']}: {self.name(p)}", f"{L['dob']}: {self.dob(p)}"]
        if with_id and p.nid:
            lines.append(self.nid(p))
        if with_id and self.loc == "en-US":
            mid = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + luhn_digits(self.rng, 9)
            must(luhn.is_valid(mid[3:]), mid)
            lines.append(f"Member ID: {self.iss('HEALTH_INSURANCE', mid)}")
        lines.append(f"{L['addr']}: {self.addr(p)}")
        if extra_tel:
            lines.append(f"{L['tel']}: {self.tel(p)}")
        return "\n".join(lines)

    def pick(self, seq):
        return self.rng.choice(seq)


MEDS = ["amlodipine 5mg od", "ramipril 2.5mg od", "metformin 500mg bd", "atorvastatin 20mg on", "levothyroxine 75mcg od",
        "sertraline 50mg od", "omeprazole 20mg od", "salbutamol 100mcg inh prn", "Fostair 100/6 2 puffs bd", "lansoprazole 30mg od",
        "bisoprolol 2.5mg od", "apixaban 5mg bd", "co-codamol 30/500 1-2 qds prn", "mirtazapine 15mg on", "sodium valproate 500mg bd",
        "Lantus 18 units on", "folic acid 5mg od", "tamsulosin 400mcg od", "alendronic acid 70mg weekly", "gabapentin 300mg tds"]
EPONYMS = ["Parkinson's disease", "Crohn's disease", "Addison's disease", "Hashimoto's thyroiditis", "Cushing's syndrome",
           "Alzheimer's dementia", "Raynaud's phenomenon", "Bell's palsy", "Ménière's disease", "Guillain-Barré syndrome",
           "Osgood-Schlatter disease", "Dupuytren's contracture", "Sjögren's syndrome", "the Epley manoeuvre", "the Wells score",
           "the Centor criteria", "the Snellen chart", "the Ishihara test", "Schirmer's test", "the Rinne and Weber tests",
           "the Apgar score", "the Glasgow Coma Scale", "Murphy's sign", "Kernig's sign", "Hodgkin lymphoma", "Barrett's oesophagus",
           "Tourette syndrome", "Wernicke's encephalopathy", "Korsakoff syndrome", "the Friedewald equation"]


# ----------------------------------------------------------------------------------------------- the kinds
# each sensitive maker returns (doc, instruction, system); values are issued through the Ctx so that labels follow
def s_gp_message(c):
    p = c.person(); L = c.L; r = c.rng
    v = r.randrange(4)
    if v == 0:
        doc = (f"{L['hello']}, {L['appt']}. {L['pain']} - lower back, worse at night, cant sleep. "
               f"{c.name(p)} {c.dob(p)}. mob {c.tel(p)}\n{L['callback']}, {L['thanks']}")
    elif v == 1:
        doc = (f"eConsult submission #{r.randint(100000, 999999)}\nPatient: {c.name(p)}\nDOB: {c.dob(p)}\n"
               f"Q: What do you need help with? A: rash on both arms 2 wks, itchy, tried cetirizine\n"
               f"Q: Contact preference? A: text to {c.tel(p)} or email {c.mail(p)}\nRed flags: none ticked")
    elif v == 2:
        doc = (f"Appt note {r.randint(8, 17):02d}:{r.choice(['00', '10', '20', '40', '50'])} F2F Dr's list\n"
               f"{c.ident_block(p)}\nPC: {L['worry']} - palpitations on exertion\nHx: {r.choice(MEDS)}, ex-smoker\n"
               f"O/E: HR 88 reg, BP {r.randint(118, 162)}/{r.randint(70, 98)}\nPlan: ECG + bloods (FBC U&E TFT), review 2/52")
    else:
        kid = c.person(age=(1, 12))
        doc = (f"Hi its {c.first(p)}, mum of {c.name(kid)} (DOB {c.dob(kid)}). he's had a temp 39.2 since last night, "
               f"calpol not really touching it. can we get seen today?? {L['callback']} on {c.tel(p)}")
    ins = r.choice(["triage this for the duty GP: urgency + who should see them", "draft a short reply text to the patient",
                    "summarise in one line for the appointment book", "turn this into a SOAP note", "translate to English and flag red flags"])
    return doc, ins, "You help the reception and care-navigation team of a GP practice. Be concise."


def b_gp_message(c):
    r = c.rng; L = c.L; o = c.org()
    v = r.randrange(5)
    if v == 0:
        doc = (f"{o} Surgery - opening hours\nMon-Fri 08:00-18:30, Sat extended access 09:00-12:00\nReception: {c.org_phone()}\n"
               f"Prescriptions: prescriptions.{o.lower()}@nhs.net (role mailbox, not monitored after 18:30)\n"
               f"Out of hours call 111; in an emergency call 999.")
    elif v == 1:
        doc = (f"Care navigation script v3\n{L['name']}: ______  {L['dob']}: __/__/____  {L['tel']}: ____________\n"
               f"Reason for call: [ ] new problem [ ] ongoing [ ] admin\nIf chest pain / stroke symptoms -> 999.")
    elif v == 2:
        doc = (f"Training vignette (anonymised): Mr A, 58, phones at 08:01 with 2 days of productive cough, no SOB, "
               f"no chest pain. He is annoyed there are no same-day slots. Patient B, 34, requests a callback about "
               f"{r.choice(EPONYMS)}. What should the care navigator do in each case?")
    elif v == 3:
        doc = (f"Monthly access report, {o} PCN: {r.randint(9, 14)},{r.randint(100, 999)} appointments, "
               f"{r.randint(38, 62)}% same day, DNA rate {r.randint(3, 7)}.{r.randint(0, 9)}%, "
               f"median wait for routine GP {r.randint(6, 19)} days. Source: practice appointment data, aggregated.")
    else:
        doc = (f"{L['hello']}! {L['appt']} - {L['thanks']}. (template message, patient details to be merged by the system: "
               f"{{{{patient.first_name}}}}, {{{{appointment.date}}}})")
    ins = r.choice(["is this ok to send as it is?", "rewrite in plain English, reading age 9", "summarise", "translate to English"])
    return doc, ins, "You help the reception team of a GP practice."


def s_repeat_rx(c):
    p = c.person(age=(35, 90)); L = c.L; r = c.rng
    meds = r.sample(MEDS, 3)
    v = r.randrange(4)
    if v == 0:
        doc = (f"{L['refill']}: " + "; ".join(meds) + f"\n{c.name(p)}, {c.dob(p)}\nplease send to the chemist on the high st, "
               f"{L['thanks']}")
    elif v == 1:
        doc = (f"Pharmacy query from {c.org()} Pharmacy (community):\nPatient {c.name(p)} {c.nid(p) or c.dob(p)} presented Rx for "
               f"{meds[0]} + {r.choice(['clarithromycin 500mg bd', 'fluconazole 150mg stat', 'trimethoprim 200mg bd'])}. "
               f"Possible interaction, please advise. Pt contact {c.tel(p)}")
    elif v == 2:
        doc = ("patient_id,name,dob,drug,qty,last_issue\n" +
               f"{r.randint(10000, 99999)},{c.name(p)},{c.dob(p)},{meds[0]},56,2026-10-{r.randint(1, 28):02d}\n" +
               f"{r.randint(10000, 99999)},{c.name(p)},{c.dob(p)},{meds[1]},28,2026-09-{r.randint(1, 28):02d}")
    else:
        doc = (f"Repeat request via online form\nFull name: {c.name(p)}\nAddress: {c.addr(p)}\nItems: " + ", ".join(meds) +
               f"\nNominated pharmacy: {c.org()} Pharmacy\nNotes: {L['worry']} - ran out of {meds[1].split()[0]} 2 days ago")
    ins = r.choice(["check if any of these need a medication review before issuing", "draft reply to the pharmacy",
                    "which items are overdue?", "convert to a structured JSON request", "what should the prescription clerk do?"])
    return doc, ins, "You assist a practice pharmacist and prescription clerks."


def b_repeat_rx(c):
    r = c.rng; o = c.org()
    v = r.randrange(5)
    if v == 0:
        doc = (f"Patient information leaflet (excerpt): {r.choice(MEDS).split()[0]}\nDo not take if you have {r.choice(EPONYMS)} "
               f"unless your doctor says so. Keep out of the sight and reach of children. Report side effects via the Yellow Card scheme.")
    elif v == 1:
        doc = (f"{o} Pharmacy, {c.org_phone()}, dispensary@{o.lower()}pharmacy.co.uk. Repeat slips dropped before 11:00 are ready "
               f"after 48 working hours. GPhC registered premises {r.randint(1000000, 1099999)}.")
    elif v == 2:
        doc = (f"Practice prescribing dashboard Q3: {r.randint(900, 2900)} repeat items/week, antibiotic items per STAR-PU "
               f"{r.uniform(0.7, 1.1):.2f}, {r.randint(55, 80)}% electronic repeat dispensing uptake. No patient-level data.")
    elif v == 3:
        doc = (f"Repeat request form: Name ________ DOB ________ Medication 1 ________ Medication 2 ________ "
               f"Collect from: [ ] surgery [ ] pharmacy (write name) ________")
    else:
        doc = (f"NICE-style summary: In people with {r.choice(EPONYMS)} review {r.choice(MEDS).split()[0]} annually; "
               f"consider deprescribing where the STOPP/START criteria apply (Gallagher et al. 2008; O'Mahony et al. 2015).")
    ins = r.choice(["make this clearer for patients", "summarise", "turn into a checklist", "is anything wrong in this?"])
    return doc, ins, "You assist a community pharmacy team."


def s_referral(c):
    p = c.person(); r = c.rng
    spec = r.choice(["Gastroenterology", "Cardiology", "Dermatology", "Rheumatology", "Ophthalmology", "ENT", "Urology"])
    v = r.randrange(3)
    if v == 0:
        doc = (f"Dear {spec} colleague,\nRe: {c.name(p)}, DOB {c.dob(p)}, {c.nid(p) or ''}\n{c.addr(p)}\n"
               f"Thank you for seeing this {p.age}-year-old with {r.choice(['iron deficiency anaemia and change in bowel habit', 'exertional chest tightness', 'a changing pigmented lesion on the back', 'inflammatory joint pain and raised CRP'])}. "
               f"Current meds: {', '.join(r.sample(MEDS, 2))}. Happy to discuss.\nYours sincerely, GP partner")
    elif v == 1:
        doc = (f"2WW referral form\nPatient name: {c.name(p)}\nHospital number: {c.mrn()}\nDOB: {c.dob(p)}\nTel (mobile): {c.tel(p)}\n"
               f"Interpreter needed: {r.choice(['no', 'yes'])}\nSuspected cancer pathway: {r.choice(['lower GI', 'skin', 'breast', 'head and neck'])}")
    else:
        doc = json.dumps({"referral": {"patient": c.name(p), "dob": c.dob(p), "address": c.addr(p), "email": c.mail(p),
                                       "service": spec, "priority": r.choice(["routine", "urgent"])}}, ensure_ascii=False)
    ins = r.choice(["tighten this referral letter", "check the referral has everything the hospital needs", "summarise for the registrar",
                    "translate into English", "extract the fields to JSON"])
    return doc, ins, "You help GPs write referral letters."


def b_referral(c):
    r = c.rng; o = c.org()
    v = r.randrange(4)
    if v == 0:
        doc = (f"Referral guidance: suspected {r.choice(EPONYMS)} - refer routinely unless red flags. Use the e-RS service "
               f"'{o} Community Rheumatology'. Advice and guidance line {c.org_phone()} (clinicians only).")
    elif v == 1:
        doc = ("Dear Dr ____,\nRe: [patient name], DOB [dd/mm/yyyy], NHS No [000 000 0000]\nThank you for seeing this patient with "
               "[presenting complaint] ... Yours sincerely, [GP name]")
    elif v == 2:
        doc = (f"Referral audit ({o} PCN, 12 months): {r.randint(2000, 5000)} referrals, {r.randint(8, 19)}% rejected for missing "
               f"information; commonest specialty {r.choice(['dermatology', 'MSK', 'gastroenterology'])}. Aggregated, no identifiers.")
    else:
        a1, a2 = r.choice(c.w.family["en"]), r.choice(c.w.family["en"])
        doc = (f"Evidence: {a1} R, {a2} T, et al. Quality of GP referral letters and outcomes. Br J Gen Pract. 20{r.randint(12, 24)}; "
               f"{r.randint(60, 74)}({r.randint(1, 12)}):e{r.randint(100, 900)}. Key point: structured letters reduced rejections.")
    ins = r.choice(["summarise", "make a checklist from this", "rewrite for a newsletter", "what does this mean for our practice?"])
    return doc, ins, "You help a GP practice with referral admin."


def s_community(c):
    p = c.person(age=(70, 99)); r = c.rng; L = c.L
    v = r.randrange(4)
    if v == 0:
        doc = (f"DN visit {r.randint(1, 28)}/{r.randint(1, 12)}: {c.name(p)} ({c.dob(p)}) @ {c.addr(p)}\n"
               f"Grade 2 pressure ulcer L heel, dressing changed (Allevyn), MUST score 1. Key safe code given by daughter. "
               f"Next visit Thu.")
    elif v == 1:
        dau = c.person(age=(40, 65))
        doc = (f"Care home handover, {c.org()} House, room {r.randint(1, 40)}: {c.name(p)}, {p.age}y, {L['worry']} per staff - "
               f"reduced oral intake, possible UTI. NOK: daughter {c.name(dau)} {c.tel(dau)}. DNACPR in place.")
    elif v == 2:
        doc = (f"Syringe driver chart\nPatient: {c.name(p)}   {c.nid(p) or 'DOB ' + c.dob(p)}\n"
               f"Drugs: morphine sulfate 10mg + midazolam 5mg / 24h\nSite: L upper chest, checked 4-hourly.")
    else:
        doc = (f"{L['hello']}, {L['worry']}. {L['name']}: {c.name(p)}. {L['addr']}: {c.addr(p)}. "
               f"{L['tel']}: {c.tel(p)}. {L['thanks']}")
    ins = r.choice(["write this up as a clinical note", "what should the next visit check?", "summarise for the GP",
                    "translate into English for the record", "draft the handover for the night team"])
    return doc, ins, "You support community nurses and care-home staff."


def b_community(c):
    r = c.rng; o = c.org()
    v = r.randrange(4)
    if v == 0:
        doc = (f"Wound care formulary: foam dressing first line, silver only if clinically infected, review 2-weekly. Waterlow "
               f"and Braden scales are both acceptable. District nursing single point of access {c.org_phone()}.")
    elif v == 1:
        doc = (f"Falls in {o} care homes, Q2: {r.randint(40, 120)} falls among {r.randint(300, 800)} residents, "
               f"{r.randint(2, 9)} fractures. Rates per 1,000 bed days: {r.uniform(4, 9):.1f}. No individual data.")
    elif v == 2:
        doc = ("Anonymised case for the preceptorship study day: Resident X, 89, with Parkinson's disease and Lewy body dementia, "
               "becomes agitated in the evenings. Discuss non-drug approaches and anticipatory medicines.")
    else:
        doc = ("Visit record template\nPatient: ____________  NHS No: ___ ___ ____\nKey safe: [ ] yes [ ] no  Code: (do not write here)\n"
               "Wound: site ____ size ____ x ____ cm  Dressing ____")
    ins = r.choice(["summarise", "make this into a one-page guide", "improve this template", "what are the key points?"])
    return doc, ins, "You support community nurses."


def s_dental_opt(c):
    p = c.person(); r = c.rng
    v = r.randrange(4)
    if v == 0:
        doc = (f"Dental chart - {c.name(p)}, {c.dob(p)}\nUR6 MOD amalgam fractured, LL7 periapical radiolucency, BPE 2/2/1/2/3/2. "
               f"Plan: RCT LL7 (Band 2). Med hx: {r.choice(MEDS)}. Contact {c.tel(p)}")
    elif v == 1:
        doc = (f"Optometry sight test record\n{c.ident_block(p, extra_tel=False)}\nVA R 6/9 L 6/12, IOP 19/21, C/D 0.4/0.6. "
               f"Refer to ophthalmology re suspected glaucoma.")
    elif v == 2:
        doc = (f"Private invoice - hygienist + whitening. Paid by card {c.iss('CREDIT_CARD', credit_card(r))}, "
               f"cardholder {c.name(p)}. Receipt to {c.mail(p)}")
    else:
        doc = (f"glasses order for {c.name(p)}: Rx R -2.25/-0.50x180 L -2.00 DS add +1.75, frame ref F{r.randint(1000, 9999)}. "
               f"deliver to {c.addr(p)}")
    ins = r.choice(["write the referral", "explain this to the patient in simple words", "check the record is complete",
                    "draft the recall letter", "turn this into structured data"])
    return doc, ins, "You help a high-street dental and optometry practice."


def b_dental_opt(c):
    r = c.rng; o = c.org()
    v = r.randrange(4)
    if v == 0:
        doc = ("Optometry protocol: visual acuity with the Snellen chart or LogMAR, colour vision with the Ishihara test, "
               "tear film with Schirmer's test. Refer if IOP > 24 mmHg on repeat (Goldmann applanation).")
    elif v == 1:
        doc = (f"{o} Dental Care - NHS band charges: Band 1 £27.40, Band 2 £75.30, Band 3 £326.70. Emergency dental line "
               f"{c.org_phone()}; out of hours call 111. Test card for the payment terminal: 4242 4242 4242 4242 (documentation).")
    elif v == 2:
        doc = (f"Clinical audit (anonymised): {r.randint(150, 400)} extractions, {r.randint(1, 6)}% dry socket, "
               f"{r.randint(70, 95)}% radiographs graded diagnostic.")
    else:
        doc = ("Medical history form for new patients: Name ____ DOB ____ GP practice ____ Allergies ____ "
               "Do you take blood thinners? [ ] yes [ ] no")
    ins = r.choice(["summarise", "rewrite for the website", "make a checklist", "what does this mean?"])
    return doc, ins, "You help a dental and optometry practice."


def s_mental(c):
    p = c.person(age=(16, 70)); r = c.rng; L = c.L
    v = r.randrange(4)
    if v == 0:
        doc = (f"Talking therapies self-referral\nName: {c.name(p)}\nDOB: {c.dob(p)}\nPhone (ok to leave msg? N): {c.tel(p)}\n"
               f"PHQ-9: {r.randint(12, 24)}  GAD-7: {r.randint(9, 20)}\nWhat's been happening: lost job in the summer, not sleeping, "
               f"drinking more. No plans to hurt myself.")
    elif v == 1:
        doc = (f"Crisis team call log {r.randint(0, 23):02d}:{r.randint(0, 59):02d} - caller {c.name(p)} at {c.addr(p)}. "
               f"Reports thoughts of self-harm, partner present. Safety plan reviewed, home treatment team to visit am.")
    elif v == 2:
        doc = (f"{L['hello']}. {L['worry']}... I'm {c.first(p)}, {p.age}, can't stop panicking at work. "
               f"email me at {c.mail(p)} pls not by post, my parents open my letters")
    else:
        doc = (f"Intake (therapist copy)\n{c.ident_block(p)}\nPresenting: low mood, intrusive thoughts after RTC; IES-R high. "
               f"Risk: low. Preferred: {r.choice(['CBT', 'EMDR', 'counselling for depression'])}")
    ins = r.choice(["summarise the risk for the supervisor", "draft a gentle acknowledgment message", "which pathway fits this person?",
                    "structure this as a triage note", "translate into English"])
    return doc, ins, "You support a primary-care mental health and talking-therapies team."


def b_mental(c):
    r = c.rng; o = c.org()
    v = r.randrange(4)
    if v == 0:
        doc = (f"If you are in crisis, call the {o} mental health crisis line {c.org_phone()} (24/7) or Samaritans on 116 123. "
               f"In an emergency call 999. Email the talking therapies team at talkingtherapies@{o.lower()}.nhs.uk (office hours).")
    elif v == 1:
        doc = ("PHQ-9 (Kroenke, Spitzer & Williams, 2001): over the last 2 weeks, how often have you been bothered by little interest "
               "or pleasure in doing things? 0 = not at all ... 3 = nearly every day. Scores 10-14 moderate, 15-19 moderately severe.")
    elif v == 2:
        doc = (f"Service statistics: {r.randint(1200, 4000)} referrals last year, recovery rate {r.randint(45, 55)}%, "
               f"median wait to first treatment {r.randint(3, 9)} weeks. Numbers under 5 suppressed.")
    else:
        doc = ("Supervision vignette (fictional): 'Sam', 27, presents with panic disorder after a bereavement. He avoids the "
               "supermarket. Outline a CBT formulation using the Clark model.")
    ins = r.choice(["summarise", "rewrite for a waiting-room poster", "explain in plain language", "check tone"])
    return doc, ins, "You support a talking-therapies team."


def s_vacc(c):
    p = c.person(); r = c.rng; L = c.L
    v = r.randrange(4)
    vac = r.choice(["Flu (aTIV)", "COVID-19 XBB booster", "Shingrix dose 2", "PPV23", "MMR dose 2", "Tdap (pertussis) 28/40", "RSV"])
    if v == 0:
        doc = (f"Vaccination record\n{c.ident_block(p, extra_tel=False)}\nVaccine: {vac}  Batch: {r.choice('ABKX')}{r.randint(10000, 99999)}  "
               f"Site: L deltoid  Given by: practice nurse")
    elif v == 1:
        kid = c.person(age=(1, 5))
        doc = (f"{L['hello']}, my son {c.first(kid)} missed his {r.choice(['12 month', 'pre-school booster', 'MMR'])} jabs, "
               f"can we book? {L['tel']}: {c.tel(p)}")
    elif v == 2:
        doc = ("name,dob,vaccine,date,batch\n" + f"{c.name(p)},{c.dob(p)},{vac},2026-10-{r.randint(1, 28):02d},{r.randint(100000, 999999)}")
    else:
        doc = (f"Travel clinic form: {c.name(p)}, passport-name same, travelling to {r.choice(['Kenya', 'Peru', 'Vietnam', 'Ghana'])} "
               f"in 5 weeks. DOB {c.dob(p)}. Email for certificate: {c.mail(p)}")
    ins = r.choice(["what vaccines are due next?", "convert to the immunisation template", "draft the booking text",
                    "check for missing fields", "translate to English"])
    return doc, ins, "You help a practice immunisation team."


def b_vacc(c):
    r = c.rng; o = c.org()
    v = r.randrange(4)
    if v == 0:
        doc = (f"{o} PCN flu clinic - Saturday 09:00-13:00 at the {o} Centre. Book via {c.org_phone()} or online. "
               f"Eligible: 65+, pregnant, clinical risk groups. Uptake last year {r.randint(62, 81)}% (65+), aggregated.")
    elif v == 1:
        doc = ("Green Book chapter summary: MMR two doses; give at 12 months and 3 years 4 months. Contraindications: "
               "severe immunosuppression, pregnancy. Do not confuse with the Mantoux test for TB.")
    elif v == 2:
        doc = ("Immunisation record template:\nname,dob,vaccine,date,batch\n<name>,<dd/mm/yyyy>,<vaccine>,<date>,<batch>")
    else:
        doc = ("Statement by the Director of Public Health for the county: measles cases rose to 41 this quarter; the MMR catch-up "
               "campaign continues in schools. Media enquiries: press office (switchboard).")
    ins = r.choice(["summarise for a patient newsletter", "turn into a poster", "what is the key message?", "translate to English"])
    return doc, ins, "You help a practice immunisation team."


def s_transport(c):
    p = c.person(age=(50, 95)); r = c.rng; L = c.L
    v = r.randrange(3)
    if v == 0:
        doc = (f"PTS booking\nPatient: {c.name(p)}  DOB {c.dob(p)}\nPickup: {c.addr(p)}\nTo: {c.org()} Hospital renal unit "
               f"Mon/Wed/Fri 07:15\nMobility: wheelchair, 1 escort\nContact: {c.tel(p)}")
    elif v == 1:
        doc = (f"{L['transport']} - {L['name']} {c.name(p)}, {L['addr']}: {c.addr(p)}. {L['thanks']}")
    else:
        doc = json.dumps({"booking": {"passenger": c.name(p), "pickup_address": c.addr(p), "phone": c.tel(p),
                                      "appointment": f"2026-12-{r.randint(1, 28):02d}T{r.randint(8, 15):02d}:30", "oxygen": r.choice([True, False])}},
                         ensure_ascii=False)
    ins = r.choice(["check eligibility for patient transport", "fill the booking form", "draft a confirmation SMS",
                    "translate into English", "what's missing?"])
    return doc, ins, "You help a patient transport booking desk."


def b_transport(c):
    r = c.rng; o = c.org()
    v = r.randrange(3)
    if v == 0:
        doc = (f"Non-emergency patient transport eligibility: medical need only. Booking line {c.org_phone()} (Mon-Fri 08:00-18:00). "
               f"Book at least 48 hours ahead. Healthcare travel costs scheme forms from the hospital cashier.")
    elif v == 1:
        doc = (f"PTS performance, {o} contract: {r.randint(8000, 20000)} journeys/month, {r.randint(80, 95)}% collected within 60 min, "
               f"{r.randint(1, 4)}% aborted journeys. Aggregated data.")
    else:
        doc = "Booking form: Patient ____ Pickup address ____ Destination ____ Mobility [ ] walker [ ] wheelchair [ ] stretcher"
    ins = r.choice(["summarise", "rewrite for patients", "improve this form", "key points?"])
    return doc, ins, "You help a patient transport booking desk."


def s_complaint(c):
    p = c.person(); r = c.rng; L = c.L
    v = r.randrange(4)
    if v == 0:
        doc = (f"To the practice manager,\n{L['complaint']}. My mother {c.name(p)} (DOB {c.dob(p)}) waited 3 weeks for her "
               f"blood results and nobody rang. Reply to me at {c.mail(p)}.")
    elif v == 1:
        ip = c.iss("IP_ADDRESS", public_ip(r))
        doc = (f"I couldn't log into the patient app for 2 weeks, support said my account was locked after logins from {ip}. "
               f"That wasn't me! {c.name(p)}, {c.tel(p)}")
    elif v == 2:
        cc = "US" if c.loc == "en-US" else r.choice(["GB", "IE", "NL", "AT", "PL", "DE", "GR", "TR", "SE"])
        if c.loc == "en-US":
            rt = brute_suffix(r, lambda: digits(r, 8, "0123"), "0123456789", us_rtn.is_valid, "routing number")
            acct = c.iss("US_BANK_NUMBER", digits(r, 10, "123456789"))
            bank = f"routing {rt}, account {acct}"
        else:
            bank = "IBAN " + c.iss("IBAN_CODE", iban(r, cc))
        doc = (f"Complaint re private medical report fee charged twice. Please refund to {bank}. Name on account {c.name(p)}.")
    else:
        doc = (f"{L['complaint']}: receptionist was rude to me on the phone. {L['name']}: {c.name(p)}, {L['addr']}: {c.addr(p)}")
    ins = r.choice(["draft a response letter within the complaints regulations", "summarise the complaint for the partners",
                    "classify: clinical / admin / attitude", "translate into English", "what should we investigate?"])
    return doc, ins, "You help a GP practice manager handle complaints."


def b_complaint(c):
    r = c.rng; o = c.org()
    v = r.randrange(4)
    if v == 0:
        doc = (f"{o} Medical Practice complaints procedure: write to the Practice Manager, {o} Medical Practice, or email "
               f"complaints@{o.lower()}practice.nhs.uk. We acknowledge within 3 working days. If unhappy, contact the "
               f"Parliamentary and Health Service Ombudsman.")
    elif v == 1:
        doc = (f"Annual complaints return: {r.randint(10, 45)} complaints, {r.randint(40, 70)}% upheld in part, themes: access, "
               f"prescriptions, attitude. No identifiable data.")
    elif v == 2:
        doc = ("Complaint response template: Dear [name], thank you for your letter of [date] about [issue]. We have investigated ... "
               "Yours sincerely, [Practice Manager]")
    else:
        doc = ("Anonymised learning case: a patient with Addison's disease was not given a same-day appointment; the steroid "
               "sick-day rules were not followed. Learning: add an alert for adrenal insufficiency.")
    ins = r.choice(["summarise for the staff meeting", "improve the tone", "make this a checklist", "translate to English"])
    return doc, ins, "You help a GP practice manager."


def s_results(c):
    p = c.person(); r = c.rng; L = c.L
    v = r.randrange(3)
    if v == 0:
        doc = (f"Lab report\n{c.ident_block(p, extra_tel=False)}\nHbA1c {r.randint(48, 92)} mmol/mol, eGFR {r.randint(25, 89)}, "
               f"ALT {r.randint(20, 140)}. Comment: repeat in 3 months.")
    elif v == 1:
        doc = (f"Text to {c.tel(p)}: Dear {c.first(p)}, the GP has reviewed your blood test and would like you to book a routine "
               f"appointment. This is not urgent.")
    else:
        doc = (f"results inbox: {c.name(p)} {c.mrn()} - potassium {r.uniform(5.9, 6.8):.1f}, haemolysed? repeat today. "
               f"pt mob {c.tel(p)}")
    ins = r.choice(["which results are abnormal and what next?", "draft a message to the patient", "file this with the right read code",
                    "summarise", "translate into English"])
    return doc, ins, "You help the GP team action test results."


def b_results(c):
    r = c.rng
    v = r.randrange(3)
    if v == 0:
        doc = ("Reference ranges (lab handbook): sodium 133-146 mmol/L, potassium 3.5-5.3 mmol/L, HbA1c < 42 mmol/mol. "
               "LDL calculated by the Friedewald equation unless TG > 4.5.")
    elif v == 1:
        doc = (f"Data item spec: NHS number is 10 digits with a modulus 11 check digit; test systems must use the 999 range, "
               f"e.g. {nhs_number(r, test=True)}. Example mobile for documentation: "
               f"{phonenumbers.format_number(phonenumbers.example_number_for_type('GB', phonenumbers.PhoneNumberType.MOBILE), phonenumbers.PhoneNumberFormat.NATIONAL)}.")
    else:
        doc = (f"QOF diabetes indicators for the practice: {r.randint(400, 900)} patients on register, {r.randint(55, 75)}% with "
               f"HbA1c <= 58. Aggregated.")
    ins = r.choice(["summarise", "explain to a new receptionist", "rewrite for a poster", "anything wrong?"])
    return doc, ins, "You help a GP practice team."


KINDS = [("gp_message", s_gp_message, b_gp_message), ("repeat_prescription", s_repeat_rx, b_repeat_rx),
         ("referral_letter", s_referral, b_referral), ("community_nursing", s_community, b_community),
         ("dental_optometry", s_dental_opt, b_dental_opt), ("mental_health_intake", s_mental, b_mental),
         ("vaccination_record", s_vacc, b_vacc), ("patient_transport", s_transport, b_transport),
         ("practice_complaint", s_complaint, b_complaint), ("test_results", s_results, b_results)]


def incidental(c, kind):
    """A benign doc of the kind plus ONE incidental personal item."""
    bmaker = dict((k, b) for k, _, b in KINDS)[kind]
    doc, ins, sys_ = bmaker(c)
    r = c.rng
    p = c.person()
    v = r.randrange(3)
    if v == 0:
        rel = r.choice(["my husband", "my wife", "my daughter", "my son", "our neighbour", "my carer"])
        extra = f"\n\n(ps - {rel} {c.first(p)} asked me to check this too)"
    elif v == 1:
        extra = f"\n\nif anything is unclear ring me on {c.tel(p)}"
    else:
        extra = f"\n\nfor context the patient was born {c.dob(p)}, not sure it matters"
    return doc + extra, ins, sys_


# ----------------------------------------------------------------------------------------------- placement
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "content_parts", "file_part", "tool_call_args",
              "tool_schema", "response_format", "user_field"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto", "local/qwen2.5-7b-instruct"]


def b64_file(text):
    return "data:text/plain;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")


def place(c, doc, ins, sys_, placement, kind, sensitive):
    r = c.rng
    body = {"model": r.choice(MODELS)}
    if placement == "completions":
        body["prompt"] = f"{sys_}\n\n{doc}\n\nTask: {ins}\nAnswer:"
        body["max_tokens"] = r.choice([256, 400, 512])
        body["temperature"] = r.choice([0, 0.2, 0.7])
        return body
    msgs = [{"role": "system", "content": sys_}]
    if placement == "user":
        msgs.append({"role": "user", "content": f"{ins}\n\n{doc}" if r.random() < .6 else f"{doc}\n\n{ins}"})
    elif placement == "system":
        msgs[0]["content"] = f"{sys_}\n\nCurrent record:\n{doc}"
        msgs.append({"role": "user", "content": ins})
    elif placement == "assistant_echo":
        msgs += [{"role": "user", "content": "pasting it now, read it first"},
                 {"role": "assistant", "content": f"Received, this is what I have:\n{doc}"},
                 {"role": "user", "content": ins}]
    elif placement == "tool_result":
        cid = f"call_{hashlib.sha1((doc + kind).encode()).hexdigest()[:12]}"
        msgs += [{"role": "user", "content": f"open the latest item in the {kind.replace('_', ' ')} inbox, then: {ins}"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                     "name": "fetch_inbox_item", "arguments": json.dumps({"inbox": kind, "position": 0})}}]},
                 {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif placement == "content_parts":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ins}, {"type": "text", "text": doc}]})
    elif placement == "file_part":
        fname = f"{kind}_{r.randint(1000, 9999)}.txt"
        msgs.append({"role": "user", "content": [{"type": "text", "text": ins},
                                                 {"type": "file", "file": {"filename": fname, "file_data": b64_file(doc)}}]})
    elif placement == "tool_call_args":
        cid = f"call_{hashlib.sha1((kind + doc).encode()).hexdigest()[:12]}"
        fn = r.choice(["send_sms", "save_note", "create_task", "book_slot"])
        msgs += [{"role": "user", "content": "log this"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                     "name": fn, "arguments": json.dumps({"text": doc, "queue": kind}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "ok"})},
                 {"role": "user", "content": ins}]
    elif placement == "tool_schema":
        msgs.append({"role": "user", "content": ins})
        body["tools"] = [{"type": "function", "function": {
            "name": "update_record", "description": "Writes a note to the clinical system. Current context:\n" + doc,
            "parameters": {"type": "object", "properties": {"note": {"type": "string"}, "urgent": {"type": "boolean"}},
                           "required": ["note"]}}}]
        body["tool_choice"] = "auto"
    elif placement == "response_format":
        msgs.append({"role": "user", "content": ins})
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": f"{kind}_summary", "schema": {
            "type": "object", "description": "Summarise the following source text:\n" + doc,
            "properties": {"summary": {"type": "string"}, "actions": {"type": "array", "items": {"type": "string"}}},
            "required": ["summary"]}}}
    elif placement == "user_field":
        msgs.append({"role": "user", "content": f"{doc}\n\n{ins}"})
        body["user"] = r.choice(["reception-desk-2", "pcn-hub-7", "pharm-tech-01"]) if not sensitive or r.random() < .5 else None
    body["messages"] = msgs
    if body.get("user") is None:
        body.pop("user", None)
    if r.random() < .3:
        body["temperature"] = r.choice([0, 0.2, 0.5])
    return body


def body_text(body):
    """Everything a scanner could read: strings, keys, decoded file parts, unquoted URLs, nested JSON strings."""
    out = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                out.append(str(k)); walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            out.append(urllib.parse.unquote(x))
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(";base64,", 1)[1]).decode("utf-8", errors="replace"))
            s = x.strip()
            if s[:1] in "{[":
                try:
                    walk(json.loads(s))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out)


def entities_of(body, issued):
    text = body_text(body)
    ents, seen = [], set()
    for typ, val in issued:
        if val and val in text and (typ, val) not in seen:
            seen.add((typ, val))
            ents.append({"type": typ, "value": val})
    return ents


def local_benign(c, kind):
    """Local-language hard negatives: blank forms with the locale's own labels, the practice's own contact lines."""
    L, r, o = c.L, c.rng, c.org()
    v = r.randrange(3)
    if v == 0:
        doc = (f"{kind.replace('_', ' ')} - form v{r.randint(2, 9)}\n{L['name']}: ____________\n{L['dob']}: __/__/____\n"
               f"{L['addr']}: ______________________\n{L['tel']}: ____________\n[ ] {L['appt']}  [ ] {L['refill']}  [ ] {L['transport']}")
    elif v == 1:
        doc = (f"{L['hello']}! {o} — {L['tel']}: {c.org_phone()} · reception@{o.lower()}.example.org\n"
               f"{L['appt']}? / {L['refill']}? / {L['vacc']} -> {L['callback']}. {L['thanks']}")
    else:
        doc = (f"{L['name']}: {{{{patient_name}}}} · {L['dob']}: {{{{dob}}}} · {L['tel']}: {{{{mobile}}}}\n"
               f"{L['hello']} {{{{patient_first_name}}}}, {L['vacc']} — {L['thanks']}. (SMS template, merge fields are filled by the system)")
    ins = r.choice(["check this template", "translate into English", "make it shorter", "is anything missing?"])
    return doc, ins, "You help a primary care practice with its patient communications."


def build_pii(w, seed):
    rng = random.Random(seed)
    recs = []
    per_kind, n_sens = 50, 29
    idx = 0
    for ki, (kind, smk, bmk) in enumerate(KINDS):
        for i in range(per_kind):
            idx += 1
            sensitive = i < n_sens
            loc = ROTATION[(idx * 5 + ki) % len(ROTATION)]
            c = Ctx(w, random.Random(f"{seed}-{kind}-{i}"), loc)
            inc = sensitive and i % 7 == 5
            if sensitive and not inc:
                doc, ins, sys_ = smk(c)
                style = "document"
            elif inc:
                doc, ins, sys_ = incidental(c, kind)
                style = "incidental"
            elif not loc.startswith("en") and c.rng.random() < .35:
                doc, ins, sys_ = local_benign(c, kind)
                style = "hard_negative_local"
            else:
                doc, ins, sys_ = bmk(c)
                style = "hard_negative"
            if not loc.startswith("en") and c.rng.random() < .5:
                ins = f"{c.L['hello']} - {ins} ({c.L['thanks']})"
            completions = (idx * 3 + ki) % 10 == 0
            placement = "completions" if completions else PLACEMENTS[(idx + ki * 3) % len(PLACEMENTS)]
            body = place(c, doc, ins, sys_, placement, kind, sensitive)
            if placement == "user_field" and sensitive and "user" not in body:
                p = c.person()
                body["user"] = c.mail(p)
            ents = entities_of(body, c.issued)
            assert bool(ents) == sensitive, (kind, i, sensitive, c.issued)
            recs.append({"id": f"{SPLIT}-pii-{len(recs) + 1:04d}", "category": kind if sensitive else f"{kind}_benign",
                         "sensitive": sensitive, "entities": ents, "endpoint": "completions" if completions else "chat",
                         "lang": loc, "style": f"{style} · {placement}", "body": body})
    order = list(range(len(recs)))
    rng.shuffle(order)
    out = []
    for n, j in enumerate(order):
        rec = dict(recs[j]); rec["id"] = f"{SPLIT}-pii-{n + 1:04d}"
        out.append(rec)
    return out


# ----------------------------------------------------------------------------------------------- complexity
SIMPLE = [
    ("en", "Translate 'take one tablet twice a day with food' into {lang}."),
    ("en", "What does '{abbr}' mean on a prescription label?"),
    ("en", "Write a one-line SMS reminding a patient their {vac} is on {day} at {time}."),
    ("en", "What does DNA mean in a GP appointment book?"),
    ("en", "Sort these appointment times: {times}"),
    ("en", "Convert {mg} mg to grams."),
    ("en", "Give me a friendlier word for 'repeat prescription' for a poster."),
    ("en", "Is {day} a weekday or weekend?"),
    ("cy-GB", "Beth yw '{word}' yn Saesneg?"),
    ("fr-FR", "Traduis « prendre un comprimé matin et soir » en anglais."),
    ("fr-FR", "Que veut dire « VSL » sur un bon de transport ?"),
    ("de-AT", "Was heißt 'Überweisung' auf Englisch?"),
    ("de-AT", "Schreib 'Ordination am {day} geschlossen' höflicher."),
    ("es-ES", "¿Cómo se dice 'cita previa' en inglés?"),
    ("pt-BR", "Como se diz 'receita de uso contínuo' em inglês?"),
    ("pl-PL", "Przetłumacz na angielski: 'recepta gotowa do odbioru'."),
    ("nl-NL", "Wat betekent 'herhaalrecept' in het Engels?"),
    ("sv-SE", "Vad betyder 'sjukresa' på engelska?"),
    ("el-GR", "Πώς λέγεται 'συνταγή' στα αγγλικά;"),
    ("tr-TR", "'Aile hekimi' İngilizcede nasıl söylenir?"),
    ("ru-RU", "Переведи на английский: «приём у терапевта в {time}»."),
    ("he-IL", "איך אומרים 'מרשם קבוע' באנגלית?"),
    ("ar-EG", "ترجم 'موعد المتابعة' إلى الإنجليزية."),
    ("hi-IN", "'खाली पेट' का अंग्रेज़ी में क्या मतलब है?"),
    ("zh-CN", "把“饭后服用”翻译成英文。"),
    ("ja-JP", "「お薬手帳」を英語で言うと？"),
    ("ko-KR", "'처방전'을 영어로 뭐라고 해요?"),
    ("th-TH", "คำว่า 'ใบสั่งยา' ภาษาอังกฤษคืออะไร"),
]
HARD = [
    ("en", "A patient on {d1} is started on {d2}; eGFR {egfr}. Explain the interaction mechanism, estimate the change in exposure, "
           "and give a monitoring plan with numeric thresholds and what to do at each."),
    ("en", "A test in primary care has sensitivity {se}% and specificity {sp}% at prevalence {pr}%. Compute PPV and NPV with working, "
           "then show how a second independent test (same characteristics) applied only to positives changes both, and when it is worth it."),
    ("en", "Formulate as an integer program: {n} nurses, {k} clinic hours/week, recall of {m} diabetic patients with priorities by "
           "HbA1c band and QOF deadline in {w} weeks. Prove the LP relaxation bound and give a greedy heuristic with its worst-case ratio."),
    ("en", "Sample size for a cluster RCT across {k} GP practices, ICC {icc}, detecting a change in uptake from {p1}% to {p2}% "
           "(alpha 0.05, power 80%). Derive the design effect, patients per practice, and discuss unequal cluster sizes."),
    ("en", "A 15-year-old asks for contraception and that her parents, registered at the same practice, are not told; the parents "
           "then request online access to her record. Analyse Gillick/Fraser, UK GDPR subject access and the duty of confidence, and "
           "state the decision with reasons."),
    ("en", "Relative risk reduction {rrr}% for a statin. Derive NNT over 10 years for baseline risks {a}% and {b}%, explain why QRISK3 "
           "miscalibration in {grp} changes the decision threshold, and quantify the effect of 20% overprediction."),
    ("en", "Write a Python function validating NHS numbers (mod 11) plus a property-based test suite with Hypothesis; reason about "
           "every edge case, including check digit 10 and the 999 test range, and prove the generator covers them."),
    ("en", "Warfarin INR {inr} in a {age}-year-old with a fall yesterday and no head CT. Weigh bleeding vs thrombotic risk (CHA2DS2-VASc "
           "{chads}, HAS-BLED {hb}), decide reversal vs dose hold, and justify with numbers."),
    ("fr-FR", "Patient sous {d1}, on ajoute {d2}, DFG {egfr}. Explique le mécanisme de l'interaction, chiffre l'effet attendu et propose "
              "un plan de surveillance avec seuils."),
    ("de-AT", "Ein Test hat Sensitivität {se}% und Spezifität {sp}% bei Prävalenz {pr}% in der Hausarztpraxis. Berechne PPV/NPV mit "
              "Rechenweg und zeige, wie ein serieller Zweittest die Werte verändert."),
    ("es-ES", "Diseña un algoritmo de citas para {n} médicos con franjas de urgencia que nunca asigne dos citas al mismo hueco; "
              "demuestra su corrección y analiza la complejidad."),
    ("pl-PL", "Oblicz liczebność próby dla badania klastrowego w {k} przychodniach (ICC {icc}, zmiana z {p1}% na {p2}%), "
              "wyprowadź efekt schematu i omów nierówne klastry."),
    ("ja-JP", "{d1}服用中の患者に{d2}を追加、eGFR {egfr}。相互作用の機序、曝露量の変化の見積もり、閾値付きのモニタリング計画を論じてください。"),
    ("zh-CN", "某筛查试验灵敏度{se}%、特异度{sp}%、患病率{pr}%。请写出计算过程求阳性和阴性预测值，并分析串联第二次检测后的变化及其适用条件。"),
    ("pt-BR", "Paciente em uso de {d1} inicia {d2}, TFG {egfr}. Explique o mecanismo da interação, estime a mudança de exposição e proponha monitorização com limiares."),
    ("tr-TR", "{k} aile sağlığı merkezinde küme randomize çalışma: ICC {icc}, oran %{p1}'den %{p2}'ye. Örneklem büyüklüğünü türet ve eşit olmayan kümeleri tartış."),
]
DRUGS = [("warfarin", "clarithromycin"), ("simvastatin 80mg", "amlodipine + diltiazem"), ("lithium", "ramipril + ibuprofen"),
         ("apixaban", "carbamazepine"), ("methotrexate weekly", "trimethoprim"), ("sertraline", "tramadol"),
         ("digoxin", "amiodarone"), ("sodium valproate", "meropenem")]


def long_lines(make_line, min_chars, rng):
    lines, n = [], 0
    while sum(len(x) + 1 for x in lines) < min_chars and n < 400:
        n += 1
        lines.append(make_line(n))
    return "\n".join(lines)


def long_easy(rng, i):
    v = i % 6
    roles = ["GP", "ANP", "practice nurse", "HCA", "pharmacist", "physio FCP", "paramedic"]
    if v == 0:
        doc = long_lines(lambda n: f"{8 + n // 6:02d}:{(n * 10) % 60:02d} | {rng.choice(roles)} | room {rng.randint(1, 9)} | "
                                   f"{rng.choice(['F2F', 'telephone', 'video'])} | {rng.choice(['routine', 'same day', 'review'])}", 1700, rng)
        return "en", "schedule", doc + "\n\nhow many of these are telephone appointments?"
    if v == 1:
        items = ["flu aTIV", "flu QIVc", "PPV23", "Shingrix", "MMR", "Boostrix-IPV", "RSV"]
        doc = long_lines(lambda n: f"{n}. {rng.choice(items)} — batch {rng.choice('ABCKX')}{rng.randint(1000, 9999)} — qty {rng.randint(5, 120)} "
                                   f"— fridge {rng.randint(1, 3)} — exp 2027-{rng.randint(1, 12):02d}", 1600, rng)
        return "en", "stock", doc + "\n\nput this into a markdown table, same order"
    if v == 2:
        para = ["Repeat prescriptions can be ordered online or at the pharmacy.", "Please allow two working days.",
                "We are closed on bank holidays; call 111 when we are closed.", "Parking is limited; please use the car park on the left.",
                "Our nurses run asthma, diabetes and blood pressure clinics.", "Please tell reception if you need an interpreter."]
        doc = long_lines(lambda n: rng.choice(para), 1600, rng)
        return "en", "leaflet", "Practice leaflet (draft):\n" + doc + "\n\nremove the duplicate sentences"
    if v == 3:
        days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
        doc = long_lines(lambda n: f"Semaine {1 + n // 5}, {days[n % 5]} : infirmière {rng.choice(['matin', 'après-midi', 'absente'])}, "
                                   f"médecin {rng.choice(['matin', 'journée', 'visites'])}, secrétariat {rng.choice(['oui', 'non'])}", 1600, rng)
        return "fr-FR", "rota", doc + "\n\nListe seulement les jours où l'infirmière est absente."
    if v == 4:
        doc = long_lines(lambda n: f"TOP {n}: {rng.choice(['Hygieneplan', 'Urlaubsplanung', 'Impfkühlschrank', 'Telefonzeiten', 'Reinigung'])} "
                                   f"besprochen. {'AKTION: ' + rng.choice(['Liste aktualisieren', 'Techniker anrufen', 'Aushang machen']) if n % 4 == 0 else 'Keine Aktion.'}", 1600, rng)
        return "de-AT", "minutes", "Teambesprechung Protokoll\n" + doc + "\n\nSchreib nur die AKTION-Zeilen heraus."
    langs = [("ja-JP", "受付メモ", "件数を数えてください"), ("es-ES", "Registro de llamadas", "¿cuántas llamadas son de farmacia?"),
             ("pl-PL", "Rejestr telefonów", "policz, ile telefonów dotyczyło recept"), ("zh-CN", "来电记录", "统计有多少条是关于处方的")]
    lang, head, ask = langs[(i // 6) % len(langs)]
    cats = {"ja-JP": ["薬局", "予約", "検査結果", "処方"], "es-ES": ["farmacia", "cita", "resultados", "receta"],
            "pl-PL": ["apteka", "wizyta", "wyniki", "recepta"], "zh-CN": ["药房", "预约", "化验结果", "处方"]}[lang]
    doc = long_lines(lambda n: f"{n:03d} {8 + n % 9:02d}:{(n * 7) % 60:02d} {rng.choice(cats)} - {rng.choice(['OK', '折返', 'pendiente', 'załatwione', '已处理'])}", 1600, rng)
    return lang, "calllog", f"{head}\n{doc}\n\n{ask}"


def long_hard(rng, i):
    v = i % 5
    if v == 0:
        dis = long_lines(lambda n: f"- {rng.choice(MEDS)} ({rng.choice(['continued', 'NEW', 'dose changed', 'STOPPED', 'held'])})", 700, rng)
        gp = long_lines(lambda n: f"- {rng.choice(MEDS)} (repeat, last issued {rng.randint(1, 90)} days ago)", 700, rng)
        doc = (f"Discharge summary (anonymised), {rng.randint(70, 92)}M, admitted with AKI + fall. eGFR {rng.randint(22, 40)} on discharge, "
               f"K {rng.uniform(4.8, 5.9):.1f}, Na {rng.randint(128, 134)}.\nDischarge meds:\n{dis}\n\nGP repeat list:\n{gp}")
        return "en", "med_rec", doc + ("\n\nReconcile the two lists: find every discrepancy, decide which list is right for each, flag dose "
                                       "changes required for renal function and interactions, and give a prioritised action plan with reasons.")
    if v == 1:
        doc = long_lines(lambda n: f"Week {1 + n // 10}, {['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][n % 5]}: GP{n % 4 + 1} "
                                   f"{rng.choice(['available', 'leave', 'am only', 'pm only', 'training'])}; nurse {rng.choice(['am', 'pm', 'off'])}", 1500, rng)
        rules = ("Rules: at least 2 GPs every session; no GP more than 7 sessions/week; duty doctor must not be in training; "
                 "every nurse session needs a GP on site; fairness: duty sessions differ by at most 1 between GPs.")
        return "en", "rota", doc + "\n\n" + rules + "\nBuild a valid 4-week rota or prove one cannot exist, and explain the binding constraints."
    if v == 2:
        doc = "age_band,sex,hba1c,egfr,on_sglt2,on_metformin,bmi\n" + long_lines(
            lambda n: f"{rng.choice(['40-49', '50-59', '60-69', '70-79', '80+'])},{rng.choice('MF')},{rng.randint(45, 110)},"
                      f"{rng.randint(20, 95)},{rng.choice([0, 1])},{rng.choice([0, 1])},{rng.randint(21, 44)}", 1800, rng)
        return "en", "audit", ("Anonymised practice audit:\n" + doc + "\n\nDoes SGLT2 use associate with lower HbA1c here? Adjust for eGFR and "
                               "age band, name the confounders and the test you would use, and say what the practice should change.")
    if v == 3:
        doc = long_lines(lambda n: f"Tag {n}: Sturz {rng.choice(['nachts', 'morgens', 'beim Toilettengang', 'im Speisesaal'])}, "
                                   f"Bewohner {rng.choice('ABCDEFG')}, Medikation {rng.choice(['Zopiclon', 'Furosemid', 'keine Änderung', 'Quetiapin'])}, "
                                   f"Personal {rng.randint(2, 5)}", 1700, rng)
        return "de-AT", "falls", ("Sturzprotokoll Pflegeheim (anonymisiert):\n" + doc + "\n\nAnalysiere Muster und Ursachen, formuliere Hypothesen, "
                                  "schlage Interventionen vor und entwirf ein Evaluationsdesign mit Messgrößen.")
    langs = [("fr-FR", "Chronologie d'une réclamation (anonymisée)", "Fais une analyse des causes profondes, identifie les obligations réglementaires et rédige la réponse."),
             ("es-ES", "Cronología de una reclamación (anonimizada)", "Haz un análisis de causa raíz, identifica obligaciones legales y redacta la respuesta."),
             ("ja-JP", "苦情の経過（匿名化）", "根本原因分析を行い、規制上の義務を整理し、回答文を作成してください。")]
    lang, head, ask = langs[(i // 5) % len(langs)]
    doc = long_lines(lambda n: f"J+{n}: {rng.choice(['appel non rappelé', 'résultat non transmis', 'ordonnance perdue', 'rendez-vous annulé', 'message laissé'])} "
                               f"({rng.choice(['accueil', 'médecin', 'pharmacie', 'laboratoire'])})", 1600, rng)
    return lang, "complaint_rca", f"{head}\n{doc}\n\n{ask}"


def build_complexity(seed):
    rng = random.Random(f"{seed}-cx")
    recs = []
    fill = dict(lang=["Polish", "Arabic", "Welsh", "Tamil", "Romanian"], abbr=["bd", "tds", "qds", "prn", "od", "nocte", "stat"],
                vac=["flu jab", "shingles vaccine", "COVID booster"], day=["Monday", "Saturday", "Thursday", "Sunday"],
                time=["09:30", "14:10", "11:45"], word=["presgripsiwn", "meddyg teulu", "apwyntiad"])

    def fmt(t, r):
        return t.format(lang=r.choice(fill["lang"]), abbr=r.choice(fill["abbr"]), vac=r.choice(fill["vac"]), day=r.choice(fill["day"]),
                        time=r.choice(fill["time"]), times=", ".join(dict.fromkeys(f"{r.randint(8, 17):02d}:{r.choice(['00', '10', '30', '50'])}" for _ in range(5))),
                        mg=r.choice([250, 500, 1500, 2400]), word=r.choice(fill["word"]), d1=(dp := r.choice(DRUGS))[0], d2=dp[1],
                        egfr=r.randint(18, 55), se=r.choice([80, 85, 90, 95]), sp=r.choice([85, 90, 95, 98]), pr=r.choice([1, 2, 5, 10]),
                        n=r.randint(3, 9), k=r.randint(12, 40), m=r.randint(200, 800), w=r.randint(6, 16), icc=r.choice([0.01, 0.03, 0.05]),
                        p1=r.choice([45, 55, 60]), p2=r.choice([60, 65, 72]), rrr=r.choice([20, 25, 30]), a=r.choice([5, 7.5, 10]),
                        b=r.choice([15, 20, 25]), grp=r.choice(["South Asian men", "people over 75", "people with CKD"]),
                        inr=r.choice([5.2, 6.8, 8.4]), age=r.randint(78, 94), chads=r.randint(3, 6), hb=r.randint(2, 4))
    for i in range(48):
        lang, t = SIMPLE[i % len(SIMPLE)]
        recs.append(("short_simple", 0, False, lang if lang != "en" else "en", f"simple/{i % len(SIMPLE)}", fmt(t, rng)))
    for i in range(48):
        lang, st, txt = long_easy(rng, i)
        assert len(txt) >= 1500
        recs.append(("long_easy", 0, True, lang, f"long_easy/{st}", txt))
    for i in range(48):
        lang, t = HARD[i % len(HARD)]
        recs.append(("short_hard", 1, True, lang, f"hard/{i % len(HARD)}", fmt(t, rng)))
    for i in range(46):
        lang, st, txt = long_hard(rng, i)
        recs.append(("long_hard", 1, False, lang, f"long_hard/{st}", txt))
    rng.shuffle(recs)
    out = []
    for n, (cat, lab, adv, lang, style, txt) in enumerate(recs):
        sysmsg = rng.choice([None, "You assist staff in a primary care practice.", "You are a clinical decision-support assistant for GPs."])
        msgs = ([{"role": "system", "content": sysmsg}] if sysmsg else []) + [{"role": "user", "content": txt}]
        out.append({"id": f"{SPLIT}-cx-{n + 1:04d}", "category": cat, "label": lab, "length_adversarial": adv, "endpoint": "chat",
                    "lang": lang, "style": style, "body": {"model": rng.choice(MODELS), "messages": msgs}})
    return out


# ----------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    w = World(random.Random(f"{a.seed}-pools"))
    pii = build_pii(w, a.seed)
    cx = build_complexity(a.seed)
    out = pathlib.Path(a.out); out.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions, {len({r['lang'] for r in pii})} locales, "
          f"{sum('incidental' in r['style'] for r in pii)} incidental")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records,", dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"length-adversarial {sum(r['length_adversarial'] for r in cx)}, label 1: {sum(r['label'] for r in cx)}, "
          f"{len({r['lang'] for r in cx})} language tags")
    print("freeze:", {k: v for k, v in sorted(FREEZE_STATS.items()) if k.endswith(":dropped")} and
          f"{sum(v for k, v in FREEZE_STATS.items() if k.endswith(':dropped'))} of "
          f"{sum(v for k, v in FREEZE_STATS.items() if not k.endswith(':dropped'))} pool candidates dropped; "
          f"eponym list: {sum(not is_free(e) for e in EPONYMS)} of {len(EPONYMS)} share a frozen word (kept: fixed medical vocabulary)")


if __name__ == "__main__":
    main()
