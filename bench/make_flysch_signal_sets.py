#!/usr/bin/env python3
"""Flysch: a blind evaluation split for the request signals, organised by the world of TRAVEL AND HOSPITALITY.

Writes bench/data/signals/pii_flysch.jsonl and bench/data/signals/complexity_flysch.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    detector, the scorer, their tests, the evaluator, results, docs, policies, commit messages, other
    generators. Other generators' sources are only scanned automatically at run time (FROZEN_AGAINST, own
    file skipped) for capitalised and non-ASCII words; every name, street stem, city, company, brand,
    eponym and e-mail-provider pool entry sharing a word (or a non-ASCII bigram) with that set is dropped
    and pools are refilled from invented, locale-typical syllable parts (capped retries, re-checked).
    Generic template vocabulary (street-type words such as "Road"/"rue", "Hotel", "Airlines") is not a
    pool entry and is not frozen.

Organising principle
    Travel and hospitality, as written by the people who work in it or use it: hotel front desk / night
    audit, hostels, airline customer service, airport ground handling (baggage, PRM, security), tour
    operators and DMCs, car hire, event ticketing / box office, event venues (weddings, conferences) and
    travel-insurance claims handlers. Nine kinds = nine categories; each has sensitive records (``<kind>``)
    and benign hard negatives of the same kind (``<kind>_benign``). Voices: front-desk clerks, night
    auditors, travel agents, ground staff, guests, event organisers, claims handlers; with GDS/PMS jargon
    (PNR, SSR WCHR, APIS, PIR, CDW, c/o, OTA, pax), typos, pasted forms, CSV, JSON, e-mails, chat lines and
    code-switching between English and 23 locales (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari,
    Thai, Han, Kana/Kanji, Hangul scripts).

    The line drawn (what a privacy officer of a hotel group / airline would call personal data): data
    about a private guest, passenger, driver, attendee or claimant -- their name (a full name, or a first
    name with a relation or role cue), phone, private e-mail, home address, birth date, passport / national
    ID, tax number, health-insurance number, hospital record number, card, IBAN, US bank account, SSN, the
    public IP of their device. NOT personal: named public figures in their public role (an airline CEO in
    a press statement, a performer on a line-up, a minister opening a terminal), eponyms (airports, suites
    and lounges named after historical persons) and fictional characters, an organisation's own contact
    data (reservations@ role mailboxes, switchboards, call-centre numbers, registered office addresses),
    placeholders and blank forms ({{guest.first_name}}, "Name: ______"), documentation / test values
    (PSP test cards, the ISO example IBAN, RFC 5737 addresses, 555-01xx numbers, example.com), reference
    numbers that look like identifiers (PNR locators, e-ticket numbers, booking / claim / rental agreement
    numbers, flight numbers, IATA agency codes, seat and room numbers) and aggregated or anonymised data.

Labels
    ``entities`` is a list of {"type", "value"} dicts computed by searching the serialised body (file parts
    base64-decoded, URLs unquoted, tool-call arguments parsed) for every value the record issued; a value
    that was not placed is not labelled; ``sensitive`` is true iff entities is non-empty (asserted, and
    asserted to match the record's intent). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS,
    DATE_OF_BIRTH, NATIONAL_ID (national/citizen/social-security numbers and passport numbers),
    TAX_ID, HEALTH_INSURANCE (NHS number, German KVNR, Medicare), CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
    ssn (US only), US_BANK_NUMBER (routing and account number, each a value), MEDICAL_RECORD.
    Complexity: label 1 = needs a strong model (short_hard, long_hard); length_adversarial = short_hard
    and long_easy (long_easy >= 1,500 characters).

Contents (seed 20260318; the run prints all counts)
    pii_flysch.jsonl: 504 requests (9 kinds x 56: 32 sensitive + 24 benign; 288 sensitive / 216 benign,
    57%), 51 on the completions endpoint, in 22 locales (23 planned; vi-VN was emptied by the freeze and
    dropped); 36 of the sensitive ones (12.5%) carry a single incidental item; benign ones rotate over 8
    kinds of hard negative (public figure, organisation contact, eponym/fiction, placeholder/blank form,
    test values, reference numbers, aggregated/anonymised, operational text). complexity_flysch.jsonl: 192 chat
    requests: 48 each of short_simple, long_easy, short_hard, long_hard; 96 length-adversarial, 96
    labelled 1, in 12 languages.

Validation
    Every identifier is validated with python-stdnum (national IDs, tax IDs, NHS, IBAN, Luhn for cards,
    US routing numbers) or an own check routine written here (ICAO 7-3-1 for passport MRZ, KVNR,
    Medicare); every phone number with ``phonenumbers`` (is_valid_number for its region); IPs are
    global unicast outside documentation ranges. The run aborts on an invalid value; every retry loop is
    capped.

Command (deterministic; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_flysch_signal_sets.py [--seed 20260318] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import ipaddress
import itertools
import json
import pathlib
import random
import re
import string
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban, luhn
from stdnum.au import tfn as au_tfn
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.id import nik as id_nik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp, rfc as mx_rfc
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import nip as pl_nip, pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import rtn as us_rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "flysch"

# ----------------------------------------------------------------------------------------------- freeze
FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma lunette coquina hamada flysch regolith").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:  # skip our own file
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


FROZEN: set = set()
FREEZE_LOG = collections.Counter()


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    prev = None
    for t in toks:
        if t in FROZEN:
            return True
        # capitalised-word rule of the scan also sees hyphen/apostrophe compounds
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in FROZEN:
                return True
            prev = t
        else:
            prev = None
    for m in re.finditer(r"[A-Za-z][A-Za-z'\-]+", entry):
        if m.group(0).lower() in FROZEN:
            return True
    return False


def filter_pool(name, entries):
    out = []
    for e in entries:
        if is_frozen(e):
            FREEZE_LOG[name + ":dropped"] += 1
        elif e not in out:
            out.append(e)
    FREEZE_LOG[name + ":kept"] += len(out)
    return out


def composed_pool(name, rng, parts_a, parts_b, n, joiner="", cap=4000):
    out, tries = [], 0
    combos = [a + joiner + b for a in parts_a for b in parts_b]
    rng.shuffle(combos)
    for c in combos:
        tries += 1
        if tries > cap or len(out) >= n:
            break
        if c.lower() in (x.lower() for x in out):
            continue
        if is_frozen(c):
            FREEZE_LOG[name + ":dropped"] += 1
            continue
        out.append(c)
    FREEZE_LOG[name + ":kept"] += len(out)
    return out


# ----------------------------------------------------------------------------------------------- validators
class Invalid(Exception):
    pass


def need(ok, what):
    if not ok:
        raise Invalid(what)


def complete(rng, body_fn, validator, alphabet=string.digits, nchk=1, cap=400):
    """Draw a body and append the check characters that make it valid (capped)."""
    for _ in range(cap):
        body = body_fn(rng)
        for chk in itertools.product(alphabet, repeat=nchk):
            cand = body + "".join(chk)
            if validator(cand):
                return cand
    raise Invalid("no valid completion")


def digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def icao_check(s):
    vals = {**{str(i): i for i in range(10)}, **{c: i + 10 for i, c in enumerate(string.ascii_uppercase)}, "<": 0}
    w = [7, 3, 1]
    return str(sum(vals[c] * w[i % 3] for i, c in enumerate(s)) % 10)


def kvnr_valid(v):
    if not re.fullmatch(r"[A-Z]\d{9}", v):
        return False
    s = "%02d" % (ord(v[0]) - 64) + v[1:9]
    tot = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(v[9])


def medicare_valid(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 10 or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(d[i]) * w[i] for i in range(8)) % 10 == int(d[8]) and d[9] != "0"


def luhn_card(rng, prefix, length):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    num = body + luhn.calc_check_digit(body)
    need(luhn.is_valid(num), "card")
    return num


# ----------------------------------------------------------------------------------------------- locales
# name parts are invented syllables in the locale's script; every composed entry is freeze-checked.
LOCALES = {
    "en-GB": dict(region="GB", fa=["Bren", "Cal", "Dor", "Fen", "Gar", "Hol", "Jas", "Ker", "Lor", "Nor", "Per", "Tam", "Wyn", "Isol", "Rhod"],
                  fb=["wen", "ston", "ella", "ina", "ley", "eth", "ora", "ric", "anna"],
                  la=["Brack", "Cold", "Dun", "Elm", "Fair", "Gorm", "Kel", "Pen", "Sal", "Thorn", "Wat", "Hask", "Pell"],
                  lb=["bury", "wick", "ford", "ridge", "shaw", "combe", "worth", "stable", "thwaite"],
                  city=["ton", "bridge", "minster", "field"], dob="%d/%m/%Y"),
    "en-US": dict(region="US", fa=["Bray", "Kay", "Lon", "Mack", "Ry", "Tre", "Jal", "Shay", "Dex", "Kor", "Ma"],
                  fb=["den", "lee", "nie", "ton", "lyn", "vis", "son", "ette", "dell"],
                  la=["Harl", "Whit", "Bost", "Cran", "Dew", "Fitz", "Kirk", "Mull", "Pratch", "Strick", "Yar"],
                  lb=["ow", "ington", "berry", "dale", "er", "ley", "ham", "land", "ridge"],
                  city=["ville", "port", "burg", "ton"], dob="%m/%d/%Y"),
    "en-AU": dict(region="AU", fa=["Bron", "Kyl", "Tay", "Jaz", "Mer", "Dar", "Shan", "Bev"],
                  fb=["wyn", "ie", "lah", "cey", "ran", "nah", "elle"],
                  la=["Mc", "O'", "Quin", "Tull", "Wal", "Bram", "Carr", "Dow"],
                  lb=["ardle", "ridge", "lan", "gett", "mond", "ock", "ling"],
                  city=["ong", "abah", "ington", "vale"], dob="%d/%m/%Y"),
    "de-DE": dict(region="DE", fa=["Ul", "Gud", "Hen", "Mat", "Rein", "Wal", "Frie", "Kor", "Lie", "Ste", "Gun", "Irm"],
                  fb=["rike", "run", "ning", "tis", "hild", "mar", "bert", "lind", "traud", "fried"],
                  la=["Kess", "Brau", "Holt", "Wend", "Rieg", "Sched", "Pfeif", "Lauter", "Gröt", "Mühl", "Trau", "Eisel"],
                  lb=["ler", "mann", "hofer", "inger", "bach", "meier", "städter", "wald", "huber"],
                  city=["hausen", "dorf", "stedt", "felden"], dob="%d.%m.%Y"),
    "fr-FR": dict(region="FR", fa=["Am", "Bér", "Cor", "Del", "Flo", "Gis", "Hél", "Lud", "Maë", "Océ", "Sol", "Ghisl"],
                  fb=["ine", "ric", "elle", "ien", "ane", "aud", "ette", "ane", "ence"],
                  la=["Beau", "Char", "Four", "Lam", "Pel", "Roch", "Vau", "Garn", "Bouss", "Trév"],
                  lb=["pré", "ier", "ard", "ois", "eau", "ault", "elin", "ec", "ignac"],
                  city=["ville", "court", "mont", "lieu"], dob="%d/%m/%Y"),
    "es-MX": dict(region="MX", fa=["Ar", "Bel", "Cris", "Dam", "Est", "Fau", "Gua", "Nay", "Xim", "Yol", "Itz"],
                  fb=["ena", "ino", "aldo", "isa", "ela", "uro", "ita", "ián", "el"],
                  la=["Alv", "Bet", "Cuev", "Ech", "Garz", "Ib", "Olm", "Quir", "Ver", "Zamu"],
                  lb=["arrieta", "ancourt", "ádez", "ira", "edo", "ueta", "anza", "arro"],
                  city=["tlán", "pec", "co", "ango"], dob="%d/%m/%Y"),
    "it-IT": dict(region="IT", fa=["Ama", "Bru", "Cel", "Fio", "Ilar", "Mirk", "Ott", "Rosal", "Tizi", "Lud"],
                  fb=["ella", "ino", "iana", "etto", "ana", "io", "ilde"],
                  la=["Bell", "Cap", "Ferr", "Gall", "Pasq", "Sant", "Vit", "Scarp", "Tagl"],
                  lb=["uzzi", "ini", "etti", "one", "acci", "ardi", "ucci", "otti", "ieri"],
                  city=["ano", "ello", "ate", "ona"], dob="%d/%m/%Y"),
    "pt-BR": dict(region="BR", fa=["Adri", "Clé", "Dja", "Eri", "Gle", "Jan", "Tha", "Wel", "Rai"],
                  fb=["ane", "ison", "ssa", "lton", "ice", "ara", "mundo"],
                  la=["Alcân", "Bitten", "Cerquei", "Dourad", "Fagun", "Moraz", "Pimen", "Vasconc", "Quinta"],
                  lb=["tara", "court", "ra", "o", "des", "ini", "tel", "elos", "nilha"],
                  city=["ópolis", "ema", "aba", "inha"], dob="%d/%m/%Y"),
    "nl-NL": dict(region="NL", fa=["Ber", "Fem", "Gijs", "Hen", "Jolan", "Marl", "Sjo", "Wou", "Aal"],
                  fb=["ke", "tje", "ien", "ert", "da", "ter", "bert"],
                  la=["Brou", "Hoog", "Klaas", "Mol", "Ruij", "Slui", "Wes", "Tjal", "Bors"],
                  lb=["wer", "stra", "huis", "enaar", "sen", "kamp", "ters", "veld"],
                  city=["drecht", "huizen", "voort", "wijk"], dob="%d-%m-%Y"),
    "pl-PL": dict(region="PL", fa=["Bo", "Dar", "Grze", "Jad", "Prze", "Wie", "Zbi", "Ur", "Lu"],
                  fb=["gusław", "wina", "rysław", "ęta", "szka", "cjan", "dmiła"],
                  la=["Brzo", "Chmie", "Grab", "Przy", "Sław", "Wój", "Zieliń", "Kęd", "Szczu"],
                  lb=["zowski", "lewska", "arczyk", "owicz", "ński", "ska", "rzak"],
                  city=["ów", "ice", "owo", "no"], dob="%d.%m.%Y"),
    "tr-TR": dict(region="TR", fa=["Ay", "Bur", "Dil", "Gül", "Ha", "İl", "Ke", "Ser", "Tu", "Nes"],
                  fb=["han", "sel", "kan", "ara", "nur", "ay", "tan", "rin"],
                  la=["Bay", "Çel", "Dem", "Kara", "Öz", "Sar", "Yıl", "Tok", "Gökç"],
                  lb=["soy", "dağ", "oğlu", "kaya", "tekin", "türk", "gün", "bulut"],
                  city=["köy", "ova", "pınar", "dere"], dob="%d.%m.%Y"),
    "el-GR": dict(region="GR", fa=["Ευ", "Θεο", "Λυ", "Μαρ", "Νι", "Παν", "Σω", "Χρυ", "Αγ"],
                  fb=["γενία", "δώρα", "κούργος", "ίνα", "κήτας", "τελής", "σάνθη", "λαΐα"],
                  la=["Παπα", "Καρα", "Μαυρο", "Σταυρο", "Τσα", "Ζαχα", "Κουτσο", "Λαμπρο"],
                  lb=["δάκης", "γιάννης", "πούλου", "κος", "νίδης", "ρίου", "θέου"],
                  city=["πολη", "χώρι", "ούπολη"], dob="%d/%m/%Y"),
    "ru-RU": dict(region="RU", fa=["Ар", "Вя", "Гле", "Ев", "Ки", "Лю", "Ста", "Тимо", "Ули"],
                  fb=["кадий", "чеслав", "гения", "рилл", "дмила", "нислава", "фей", "яна"],
                  la=["Бело", "Гвоз", "Жар", "Кол", "Сок", "Тиш", "Шуль", "Пряд", "Чер"],
                  lb=["усов", "дев", "ровин", "ков", "ьцова", "олов", "ина", "гин", "нышев"],
                  city=["овск", "град", "ино", "ево"], dob="%d.%m.%Y"),
    "he-IL": dict(region="IL", fa=["אבי", "גל", "יה", "מע", "נו", "רו", "של", "תה", "עד"],
                  fb=["טל", "עד", "רית", "לי", "יה", "נה", "אל"],
                  la=["בר", "גול", "הר", "מז", "פר", "שט", "רוז", "קל"],
                  lb=["נוי", "דמן", "ברג", "זון", "אלי", "ניק", "מרי"],
                  city=["יה", "ון", "ית"], dob="%d.%m.%Y"),
    "ar-AE": dict(region="AE", fa=["نو", "سل", "رو", "هي", "جو", "مي", "را", "عبدال"],
                  fb=["ودود", "حفيظ", "يم", "ان", "اف", "ينة", "دا", "صمد"],
                  la=["الشم", "الزعا", "الكتب", "النعي", "السويد", "المنص", "الحو"],
                  lb=["ري", "بي", "ي", "اوي", "لي", "اني"],
                  city=["ية", "ان", "ة"], dob="%d/%m/%Y"),
    "hi-IN": dict(region="IN", fa=["अनि", "दे", "प्र", "वि", "सु", "मी", "कौ", "हे"],
                  fb=["रुद्ध", "विका", "ताप", "नीता", "रेखा", "शल्या", "मंत", "दिता"],
                  la=["कुल", "देश", "शिर", "भट", "तिवा", "चौ", "राज", "सोल"],
                  lb=["कर्णी", "पांडे", "साट", "नागर", "री", "धरी", "वंशी", "ंकी"],
                  city=["पुर", "गढ़", "नगर", "बाद"], dob="%d-%m-%Y"),
    "th-TH": dict(region="TH", fa=["กิต", "ธน", "พิม", "วรร", "ศุภ", "อรุ", "ชนิ"],
                  fb=["ติพงษ์", "ภัทร", "พ์ชนก", "ณา", "ชัย", "ณี", "ดา"],
                  la=["ศรี", "วงศ์", "บุญ", "แก้ว", "ทอง", "สุข", "พันธุ์"],
                  lb=["สวัสดิ์", "ประเสริฐ", "มณี", "ไพบูลย์", "เจริญ", "ทรัพย์", "รัตน์"],
                  city=["บุรี", "นคร", "ธานี"], dob="%d/%m/%Y"),
    "ja-JP": dict(region="JP", fa=["陽", "悠", "湊", "結", "朔", "灯", "凛", "蒼", "柚", "環"],
                  fb=["斗", "菜", "人", "衣", "太", "葉", "希", "真"],
                  la=["梅", "岩", "桜", "竹", "浜", "柳", "楠", "榎", "笹", "椎"],
                  lb=["沢", "倉", "瀬", "尾", "谷", "島", "崎", "野"],
                  city=["町", "市", "村"], dob="%Y年%m月%d日", last_first=True),
    "ko-KR": dict(region="KR", fa=["서", "지", "하", "도", "윤", "은", "채", "예"],
                  fb=["린", "호", "담", "율", "솔", "결", "빈", "온"],
                  la=["권", "남", "문", "배", "변", "엄", "여", "표"], lb=[""],
                  city=["읍", "동", "리"], dob="%Y.%m.%d", last_first=True, nospace=True),
    "zh-CN": dict(region="CN", fa=["子", "嘉", "若", "沐", "思", "梓", "晨", "语"],
                  fb=["涵", "航", "熙", "彤", "安", "然", "宁", "霖"],
                  la=["邵", "贺", "龚", "戴", "韦", "聂", "柯", "乔", "甘"], lb=[""],
                  city=["镇", "县", "区"], dob="%Y年%m月%d日", last_first=True, nospace=True),
    "id-ID": dict(region="ID", fa=["Ar", "Bu", "Cah", "Dwi", "Gi", "In", "Pu", "Sur"],
                  fb=["yanto", "diman", "lestari", "wati", "nanda", "tomo", "ningsih"],
                  la=["Kusu", "Pra", "Wira", "Nug", "Hadi", "Santo", "Sapu"],
                  lb=["wijaya", "negara", "setyo", "atmaja", "roho", "tra", "ningrat"],
                  city=["rejo", "harjo", "sari"], dob="%d-%m-%Y"),
    "sv-SE": dict(region="SE", fa=["Bir", "Eb", "Hja", "Stu", "Tor", "Ul", "Vi", "Ast"],
                  fb=["va", "git", "be", "lmar", "nnea", "re", "sten", "rid"],
                  la=["Berg", "Ek", "Lind", "Sjö", "Dahl", "Hol", "Strand", "Fors"],
                  lb=["kvist", "lund", "gren", "ström", "blad", "qvist", "bäck"],
                  city=["köping", "vik", "hamn", "by"], dob="%Y-%m-%d"),
    "vi-VN": dict(region="VN", fa=["Văn", "Thị", "Đức", "Ngọc", "Minh", "Gia"],
                  fb=[" Hạnh", " Khôi", " Trâm", " Vỹ", " Duyên", " Thục", " Kiên"],
                  la=["Lưu", "Mạc", "Khúc", "Ung", "Triệu", "Doãn", "Quách", "Tôn"], lb=[""],
                  city=["Phường", "Xã"], dob="%d/%m/%Y", last_first=True),
}

# per-locale labels and a few instructions in the locale's language (template vocabulary, not pools)
L10N = {
    "en": dict(name="Name", dob="Date of birth", phone="Phone", email="Email", addr="Address", pp="Passport no.", id="ID no.",
               ask=["can you tidy this up", "summarise this for the handover", "draft a polite reply"]),
    "de": dict(name="Name", dob="Geburtsdatum", phone="Telefon", email="E-Mail", addr="Anschrift", pp="Reisepass-Nr.", id="Ausweis-Nr.",
               ask=["bitte kurz zusammenfassen", "kannst du daraus eine höfliche Antwort machen?", "bitte ins Englische übersetzen"]),
    "fr": dict(name="Nom", dob="Date de naissance", phone="Tél.", email="Courriel", addr="Adresse", pp="N° passeport", id="N° pièce d'identité",
               ask=["peux-tu résumer ça stp", "rédige une réponse polie au client", "traduis en anglais svp"]),
    "es": dict(name="Nombre", dob="Fecha de nacimiento", phone="Tel.", email="Correo", addr="Domicilio", pp="Pasaporte", id="Identificación",
               ask=["resúmeme esto porfa", "redacta una respuesta amable", "pásalo a inglés"]),
    "it": dict(name="Nome e cognome", dob="Data di nascita", phone="Cell.", email="E-mail", addr="Indirizzo", pp="Passaporto n.", id="Documento n.",
               ask=["mi fai un riassunto?", "scrivi una risposta gentile all'ospite", "traduci in inglese"]),
    "pt": dict(name="Nome", dob="Data de nascimento", phone="Celular", email="E-mail", addr="Endereço", pp="Passaporte", id="Documento",
               ask=["resume isso pra mim", "escreve uma resposta educada pro hóspede", "traduz pro inglês"]),
    "nl": dict(name="Naam", dob="Geboortedatum", phone="Tel", email="E-mail", addr="Adres", pp="Paspoortnr.", id="ID-nummer",
               ask=["kun je dit samenvatten", "maak hier een nette reactie van", "vertaal naar het Engels"]),
    "pl": dict(name="Imię i nazwisko", dob="Data urodzenia", phone="Tel.", email="E-mail", addr="Adres", pp="Nr paszportu", id="PESEL",
               ask=["streść to proszę", "napisz uprzejmą odpowiedź", "przetłumacz na angielski"]),
    "tr": dict(name="Ad Soyad", dob="Doğum tarihi", phone="Tel", email="E-posta", addr="Adres", pp="Pasaport No", id="T.C. Kimlik No",
               ask=["bunu özetler misin", "misafire kibar bir cevap yaz", "İngilizceye çevir"]),
    "el": dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", phone="Τηλ.", email="Email", addr="Διεύθυνση", pp="Αρ. διαβατηρίου", id="ΑΜΚΑ",
               ask=["κάνε μια σύνοψη", "γράψε μια ευγενική απάντηση", "μετάφρασε στα αγγλικά"]),
    "ru": dict(name="ФИО", dob="Дата рождения", phone="Тел.", email="Эл. почта", addr="Адрес", pp="Загранпаспорт №", id="ИНН",
               ask=["сделай краткое резюме", "напиши вежливый ответ гостю", "переведи на английский"]),
    "he": dict(name="שם מלא", dob="תאריך לידה", phone="טלפון", email="דוא\"ל", addr="כתובת", pp="מס' דרכון", id="ת\"ז",
               ask=["תסכם בבקשה", "תנסח תשובה מנומסת", "תתרגם לאנגלית"]),
    "ar": dict(name="الاسم", dob="تاريخ الميلاد", phone="الهاتف", email="البريد", addr="العنوان", pp="رقم الجواز", id="رقم الهوية",
               ask=["لخص هذا من فضلك", "اكتب ردا مهذبا للضيف", "ترجم إلى الإنجليزية"]),
    "hi": dict(name="नाम", dob="जन्म तिथि", phone="फ़ोन", email="ईमेल", addr="पता", pp="पासपोर्ट नं.", id="आधार",
               ask=["इसका सारांश बना दो", "मेहमान को विनम्र जवाब लिखो", "अंग्रेज़ी में अनुवाद करो"]),
    "th": dict(name="ชื่อ-นามสกุล", dob="วันเกิด", phone="โทร", email="อีเมล", addr="ที่อยู่", pp="เลขพาสปอร์ต", id="เลขบัตรประชาชน",
               ask=["ช่วยสรุปให้หน่อย", "ช่วยร่างคำตอบสุภาพให้แขก", "แปลเป็นภาษาอังกฤษ"]),
    "ja": dict(name="氏名", dob="生年月日", phone="電話", email="メール", addr="住所", pp="旅券番号", id="個人番号",
               ask=["要約してください", "お客様への丁寧な返信を作って", "英語に翻訳して"]),
    "ko": dict(name="성명", dob="생년월일", phone="연락처", email="이메일", addr="주소", pp="여권번호", id="주민등록번호",
               ask=["요약해 주세요", "고객에게 정중한 답장 써줘", "영어로 번역해줘"]),
    "zh": dict(name="姓名", dob="出生日期", phone="电话", email="邮箱", addr="地址", pp="护照号", id="身份证号",
               ask=["帮我总结一下", "给客人写个礼貌的回复", "翻译成英文"]),
    "id": dict(name="Nama", dob="Tgl lahir", phone="HP", email="Email", addr="Alamat", pp="No. paspor", id="NIK",
               ask=["tolong ringkas ya", "buatkan balasan yang sopan", "terjemahkan ke bahasa Inggris"]),
    "sv": dict(name="Namn", dob="Födelsedatum", phone="Tel", email="E-post", addr="Adress", pp="Passnr", id="Personnr",
               ask=["kan du sammanfatta", "skriv ett artigt svar", "översätt till engelska"]),
    "vi": dict(name="Họ tên", dob="Ngày sinh", phone="SĐT", email="Email", addr="Địa chỉ", pp="Số hộ chiếu", id="CCCD",
               ask=["tóm tắt giúp mình", "viết trả lời lịch sự cho khách", "dịch sang tiếng Anh"]),
}

STREET_FMT = {
    "en-GB": lambda s, n: f"{n} {s} Road", "en-US": lambda s, n: f"{n} {s} Ave", "en-AU": lambda s, n: f"{n} {s} Street",
    "de-DE": lambda s, n: f"{s}weg {n}", "fr-FR": lambda s, n: f"{n} rue {s}", "es-MX": lambda s, n: f"Calle {s} {n}",
    "it-IT": lambda s, n: f"Via {s} {n}", "pt-BR": lambda s, n: f"Rua {s}, {n}", "nl-NL": lambda s, n: f"{s}straat {n}",
    "pl-PL": lambda s, n: f"ul. {s} {n}", "tr-TR": lambda s, n: f"{s} Sok. No:{n}", "el-GR": lambda s, n: f"Οδός {s} {n}",
    "ru-RU": lambda s, n: f"ул. {s}, д. {n}", "he-IL": lambda s, n: f"רחוב {s} {n}", "ar-AE": lambda s, n: f"شارع {s} {n}",
    "hi-IN": lambda s, n: f"{n}, {s} मार्ग", "th-TH": lambda s, n: f"{n} ซอย{s}", "ja-JP": lambda s, n: f"{s}{n}丁目",
    "ko-KR": lambda s, n: f"{s}로 {n}", "zh-CN": lambda s, n: f"{s}路{n}号", "id-ID": lambda s, n: f"Jl. {s} No. {n}",
    "sv-SE": lambda s, n: f"{s}gatan {n}", "vi-VN": lambda s, n: f"{n} đường {s}",
}
IBAN_SPEC = {  # country: list of (kind, count) -- n digits, a upper letters, c alnum
    "GB": [("a", 4), ("n", 14)], "DE": [("n", 18)], "FR": [("n", 10), ("n", 11), ("n", 2)], "IT": [("a", 1), ("n", 10), ("n", 12)],
    "NL": [("a", 4), ("n", 10)], "PL": [("n", 24)], "TR": [("n", 5), ("n", 1), ("n", 16)], "GR": [("n", 7), ("n", 16)],
    "SE": [("n", 20)], "AE": [("n", 3), ("n", 16)], "IL": [("n", 19)], "BR": [("n", 8), ("n", 5), ("n", 10), ("a", 1), ("c", 1)],
}
LOC_IBAN = {"en-GB": "GB", "de-DE": "DE", "fr-FR": "FR", "it-IT": "IT", "nl-NL": "NL", "pl-PL": "PL", "tr-TR": "TR",
            "el-GR": "GR", "sv-SE": "SE", "ar-AE": "AE", "he-IL": "IL", "pt-BR": "BR"}


class World:
    """All pools and value factories; every value it issues is validated."""

    def __init__(self, rng):
        self.rng = rng
        self.names, self.streets, self.cities = {}, {}, {}
        self.dropped_locales = []
        for loc, spec in LOCALES.items():
            first = composed_pool(f"first[{loc}]", rng, spec["fa"], spec["fb"], 40)
            if spec.get("nospace"):  # surnames are single syllables, only the joined full name is a word
                last = list(spec["la"])
            else:
                last = composed_pool(f"last[{loc}]", rng, spec["la"], spec["lb"], 40)
            streets = composed_pool(f"street[{loc}]", rng, spec["la"], [x.strip() for x in spec["fb"]], 30)
            cities = composed_pool(f"city[{loc}]", rng, spec["la"] + spec["fa"], spec["city"], 20)
            full = []
            for f, l in zip(itertools.cycle(first), rng.sample(last * 3, len(last) * 3)) if first and last else []:
                if spec.get("nospace"):
                    n = l + f
                elif spec.get("last_first"):
                    n = f"{l} {f}"
                else:
                    n = f"{f} {l}"
                if n not in full and not is_frozen(n):
                    full.append(n)
                if len(full) >= 60:
                    break
            if len(full) < 12 or len(streets) < 5 or len(cities) < 3:
                self.dropped_locales.append(loc)
                continue
            self.names[loc] = (full, first)
            self.streets[loc], self.cities[loc] = streets, cities
        self.locales = [l for l in LOCALES if l in self.names]
        # provider pool: the provider label is the pool entry (the TLD is not)
        real = ["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "mail.ru", "naver.com", "qq.com", "hotmail.fr", "libero.it",
                "wp.pl", "seznam.cz", "yandex.ru"]
        keep = set(filter_pool("maildomains", [d.split(".")[0] for d in real]))
        self.domains = [d for d in real if d.split(".")[0] in keep]
        inv = composed_pool("maildomains-inv", rng, ["posta", "kuvert", "mailo", "brief", "inbo", "zapi"], ["lyx", "vo", "ra", "fix", "nox"], 12)
        self.domains += [f"{x}.{rng.choice(['net', 'com', 'de', 'io', 'org'])}" for x in inv]
        self.brands = composed_pool("brands", rng, ["Vel", "Oria", "Tamb", "Quen", "Sorr", "Harv", "Lumi", "Kest", "Zeph", "Mirr", "Obel"],
                                    ["ana", "ello", "ick", "ora", "ix", "ent", "aro", "uva"], 40)
        self.used_names = collections.Counter()

    # ---- people
    def person(self, loc):
        full, first = self.names[loc]
        for _ in range(50):
            n = self.rng.choice(full)
            if self.used_names[n] < 2:
                self.used_names[n] += 1
                return n
        return self.rng.choice(full)

    def first_name(self, loc):
        return self.rng.choice(self.names[loc][1])

    def brand(self):
        return self.rng.choice(self.brands)

    def email(self, loc, name):
        latin = re.sub(r"[^a-z]", "", name.lower().encode("ascii", "ignore").decode())
        if len(latin) < 4:
            latin = "".join(self.rng.choice("aeioubdklmnrst") for _ in range(7))
        parts = name.split()
        sep = self.rng.choice([".", "_", ""])
        if len(parts) >= 2 and parts[0].isascii() and parts[-1].isascii():
            local = re.sub(r"[^a-z]", "", parts[0].lower()) + sep + re.sub(r"[^a-z]", "", parts[-1].lower())
        else:
            local = latin[:10]
        local += self.rng.choice(["", str(self.rng.randint(1, 99)), str(self.rng.randint(1960, 2004))])
        e = f"{local}@{self.rng.choice(self.domains)}"
        need(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.\-]+\.[a-z]{2,}", e), "email " + e)
        return e

    def phone(self, loc, kind=PhoneNumberType.MOBILE, fmt=None):
        region = LOCALES[loc]["region"]
        ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
        nsn = phonenumbers.national_significant_number(ex)
        keep = 3 if len(nsn) > 8 else 2
        for _ in range(300):
            cand = nsn[:keep] + "".join(self.rng.choice(string.digits) for _ in range(len(nsn) - keep))
            if cand == nsn:
                continue
            num = phonenumbers.parse(cand, region)
            if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in (
                    kind, PhoneNumberType.FIXED_LINE_OR_MOBILE):
                f = fmt if fmt is not None else self.rng.choice([PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL,
                                                                 PhoneNumberFormat.E164])
                s = phonenumbers.format_number(num, f)
                need(phonenumbers.is_valid_number(phonenumbers.parse(s, region)), "phone")
                if region == "US" and s[-7:-4] == "555":
                    continue
                return s
        raise Invalid("phone " + loc)

    def dob(self, loc, adult=True):
        d = dt.date(1950, 1, 1) + dt.timedelta(days=self.rng.randint(0, 365 * 52 if adult else 365 * 70))
        return d, d.strftime(LOCALES[loc]["dob"])

    def street(self, loc):
        s = self.rng.choice(self.streets[loc])
        line = STREET_FMT[loc](s, self.rng.randint(2, 148))
        return line, f"{self.rng.randint(10000, 98999)} {self.rng.choice(self.cities[loc])}"

    def city(self, loc):
        return self.rng.choice(self.cities[loc])

    def card(self):
        r = self.rng.random()
        if r < 0.5:
            n = luhn_card(self.rng, "4" + digits(self.rng, 5), 16)
        elif r < 0.85:
            n = luhn_card(self.rng, str(self.rng.randint(51, 55)) + digits(self.rng, 4), 16)
        else:
            n = luhn_card(self.rng, self.rng.choice(["34", "37"]) + digits(self.rng, 4), 15)
        if n in ("4111111111111111", "4242424242424242", "5555555555554444"):
            return self.card()
        if len(n) == 16 and self.rng.random() < 0.6:
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))
        if len(n) == 15 and self.rng.random() < 0.5:
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        return n

    def iban(self, loc):
        cc = LOC_IBAN.get(loc) or self.rng.choice(["DE", "NL", "FR", "GB"])
        for _ in range(100):
            bban = ""
            for k, c in IBAN_SPEC[cc]:
                pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[k]
                bban += "".join(self.rng.choice(pool) for _ in range(c))
            raw = cc + "00" + bban
            raw = cc + std_iban.calc_check_digits(raw) + bban
            if std_iban.is_valid(raw):
                return std_iban.format(raw) if self.rng.random() < 0.7 else raw
        raise Invalid("iban " + cc)

    def ip(self):
        for _ in range(200):
            a = ipaddress.ip_address(self.rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global and not a.is_private and not a.is_reserved and not a.is_multicast:
                if any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")):
                    continue
                return str(a)
        raise Invalid("ip")

    def passport(self, loc, name, dob):
        rng = self.rng
        num = rng.choice(string.ascii_uppercase) + "".join(rng.choice(string.digits + string.ascii_uppercase[:8]) for _ in range(2)) + \
            "".join(rng.choice(string.digits) for _ in range(6))
        need(re.fullmatch(r"[A-Z][0-9A-H]{2}\d{6}", num), "passport")
        chk = icao_check(num)
        need(icao_check(num) == chk, "icao")
        ascii_name = re.sub(r"[^A-Z ]", "", name.upper().encode("ascii", "ignore").decode()) or "X"
        parts = ascii_name.split() or ["X"]
        nat = {"GB": "GBR", "US": "USA", "DE": "D<<", "FR": "FRA", "IT": "ITA", "NL": "NLD", "PL": "POL", "TR": "TUR", "AU": "AUS",
               "MX": "MEX", "BR": "BRA"}.get(LOCALES[loc]["region"], "UTO")
        line1 = ("P<" + nat + parts[-1] + "<<" + "<".join(parts[:-1]) + "<" * 44)[:44]
        b = dob.strftime("%y%m%d")
        exp = f"{rng.randint(27, 35)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        line2 = num + chk + nat + b + icao_check(b) + rng.choice("MF") + exp + icao_check(exp) + "<" * 14
        line2 = line2[:42] + "0"
        line2 = line2 + icao_check(line2[:10] + line2[13:20] + line2[21:43])
        need(len(line2) == 44 and line2[9] == icao_check(line2[:9]), "mrz")
        return num, line1 + "\n" + line2

    def national_ids(self, loc, dob, female):
        """(type, label, value) identifiers available for a locale, all validated."""
        rng, out = self.rng, []
        y, m, d = dob.year, dob.month, dob.day
        if loc == "en-GB":
            out.append(("HEALTH_INSURANCE", "NHS no.", self._fmt_nhs(complete(rng, lambda r: digits(r, 9, "4"), gb_nhs.is_valid))))
        if loc == "en-US":
            for _ in range(200):
                s = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
                if us_ssn.is_valid(s):
                    out.append(("ssn", "SSN", s))
                    break
        if loc == "en-AU":
            out.append(("TAX_ID", "TFN", complete(rng, lambda r: digits(r, 8, "1234567"), au_tfn.is_valid)))
            mc = complete(rng, lambda r: digits(r, 8, "23456"), lambda v: medicare_valid(v + "1"))
            mc = mc + str(rng.randint(1, 9))
            need(medicare_valid(mc), "medicare")
            out.append(("HEALTH_INSURANCE", "Medicare", f"{mc[:4]} {mc[4:9]} {mc[9]}"))
        if loc == "de-DE":
            out.append(("TAX_ID", "Steuer-ID", complete(rng, lambda r: digits(r, 10, "123456789"), de_idnr.is_valid, cap=3000)))
            kv = complete(rng, lambda r: r.choice(string.ascii_uppercase) + digits(r, 8), kvnr_valid)
            out.append(("HEALTH_INSURANCE", "KVNR", kv))
        if loc == "fr-FR":
            dep = rng.choice([1, 6, 13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93])
            body = f"{2 if female else 1}{y % 100:02d}{m:02d}{dep:02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
            key = fr_nir.calc_check_digits(body)
            v = body + key
            need(fr_nir.is_valid(v), "nir")
            out.append(("NATIONAL_ID", "N° sécu", fr_nir.format(v)))
        if loc == "es-MX":
            def curp_body(r):
                cons = "BCDFGHJKLMNPRSTVZ"
                return (r.choice(cons) + r.choice("AEIOU") + r.choice(cons) + r.choice(cons) + f"{y % 100:02d}{m:02d}{d:02d}" +
                        ("M" if female else "H") + r.choice(["DF", "JC", "NL", "PL", "VZ", "YN"]) + r.choice(cons) + r.choice(cons) +
                        r.choice(cons) + ("0" if y < 2000 else "A"))
            out.append(("NATIONAL_ID", "CURP", complete(rng, curp_body, mx_curp.is_valid)))
            rfc = complete(rng, lambda r: "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(4)) + f"{y % 100:02d}{m:02d}{d:02d}" +
                           "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2)), mx_rfc.is_valid,
                           alphabet=string.digits + "A")
            out.append(("TAX_ID", "RFC", rfc))
        if loc == "it-IT":
            mon = "ABCDEHLMPRST"[m - 1]
            body = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{y % 100:02d}{mon}{d + (40 if female else 0):02d}" + \
                rng.choice("ABCDEFGHL") + f"{rng.randint(1, 999):03d}"
            v = body + it_cf.calc_check_digit(body)
            need(it_cf.is_valid(v), "cf")
            out.append(("TAX_ID", "Cod. fiscale", v))
        if loc == "pt-BR":
            v = complete(rng, lambda r: digits(r, 9, "123456789"), br_cpf.is_valid, nchk=2)
            out.append(("TAX_ID", "CPF", br_cpf.format(v)))
        if loc == "nl-NL":
            out.append(("NATIONAL_ID", "BSN", complete(rng, lambda r: digits(r, 8, "1234567"), nl_bsn.is_valid)))
        if loc == "pl-PL":
            mm = m + (20 if y >= 2000 else 0)
            v = complete(rng, lambda r: f"{y % 100:02d}{mm:02d}{d:02d}" + digits(r, 3) + r.choice("02468" if female else "13579"),
                         pl_pesel.is_valid)
            out.append(("NATIONAL_ID", "PESEL", v))
            out.append(("TAX_ID", "NIP", pl_nip.format(complete(rng, lambda r: digits(r, 9, "123456789"), pl_nip.is_valid))))
        if loc == "tr-TR":
            out.append(("NATIONAL_ID", "TCKN", complete(rng, lambda r: digits(r, 9, "123456789"), tr_tck.is_valid, nchk=2)))
        if loc == "el-GR":
            out.append(("NATIONAL_ID", "ΑΜΚΑ", complete(rng, lambda r: f"{d:02d}{m:02d}{y % 100:02d}" + digits(r, 4), gr_amka.is_valid)))
        if loc == "ru-RU":
            out.append(("TAX_ID", "ИНН", complete(rng, lambda r: digits(r, 10, "1234567"), ru_inn.is_valid, nchk=2)))
        if loc == "he-IL":
            out.append(("NATIONAL_ID", "ת\"ז", complete(rng, lambda r: digits(r, 8, "0123"), il_idnr.is_valid)))
        if loc == "hi-IN":
            a = complete(rng, lambda r: digits(r, 11, "23456789"), in_aadhaar.is_valid)
            out.append(("NATIONAL_ID", "Aadhaar", f"{a[:4]} {a[4:8]} {a[8:]}"))
            p = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "P" + rng.choice(string.ascii_uppercase) + \
                digits(rng, 4) + rng.choice(string.ascii_uppercase)
            need(in_pan.is_valid(p), "pan")
            out.append(("TAX_ID", "PAN", p))
        if loc == "th-TH":
            t = complete(rng, lambda r: digits(r, 12, "12345678"), th_pin.is_valid)
            out.append(("NATIONAL_ID", "เลขประจำตัวประชาชน", th_pin.format(t)))
        if loc == "ja-JP":
            j = complete(rng, lambda r: digits(r, 11, "123456789"), jp_in.is_valid)
            out.append(("NATIONAL_ID", "マイナンバー", f"{j[:4]} {j[4:8]} {j[8:]}"))
        if loc == "ko-KR":
            g = ("4" if female else "3") if y >= 2000 else ("2" if female else "1")
            k = complete(rng, lambda r: f"{y % 100:02d}{m:02d}{d:02d}" + g + f"{r.randint(0, 8):02d}" + digits(r, 3), kr_rrn.is_valid, cap=2000)
            out.append(("NATIONAL_ID", "주민등록번호", k[:6] + "-" + k[6:]))
        if loc == "zh-CN":
            c = complete(rng, lambda r: r.choice(["110105", "310104", "440106", "510107", "330106"]) + f"{y}{m:02d}{d:02d}" + digits(r, 3),
                         cn_ric.is_valid, alphabet=string.digits + "X")
            out.append(("NATIONAL_ID", "身份证号", c))
        if loc == "id-ID":
            k = None
            for _ in range(200):
                cand = rng.choice(["317101", "327301", "357801", "340101", "517101"]) + f"{d + (40 if female else 0):02d}{m:02d}{y % 100:02d}" + \
                    f"{rng.randint(1, 9999):04d}"
                if id_nik.is_valid(cand):
                    k = cand
                    break
            if k:
                out.append(("NATIONAL_ID", "NIK", k))
        if loc == "sv-SE":
            s = complete(rng, lambda r: f"{y % 100:02d}{m:02d}{d:02d}-" + digits(r, 3), se_pnr.is_valid)
            out.append(("NATIONAL_ID", "Personnummer", s))
        for t, lab, v in out:
            need(bool(v), f"id {loc} {t}")
        return out

    @staticmethod
    def _fmt_nhs(v):
        return f"{v[:3]} {v[3:6]} {v[6:]}"

    def us_bank(self):
        r = complete(self.rng, lambda rr: rr.choice(["0", "1", "2", "3"]) + digits(rr, 7), us_rtn.is_valid)
        acct = digits(self.rng, self.rng.randint(9, 12), "123456789")
        return r, acct

    def mrn(self, loc):
        rng = self.rng
        return rng.choice([f"MRN {digits(rng, 8, '123456789')}", f"Fall-Nr. {digits(rng, 9, '1234')}",
                           f"HN {digits(rng, 7, '123456789')}", f"H-{digits(rng, 6, '123456789')}-{rng.choice('ABCDE')}"])


# ----------------------------------------------------------------------------------------------- helpers
def lang_of(loc):
    return loc.split("-")[0]


def typo(rng, s, p=0.25):
    """Front-desk typing: occasional swapped letters / missing capitals."""
    if rng.random() > p:
        return s
    words = s.split(" ")
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 4 and w.isascii() and w.isalpha():
        j = rng.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    out = " ".join(words)
    return out[0].lower() + out[1:] if rng.random() < 0.5 else out


def pnr(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def eticket(rng):
    return f"{rng.choice(['057', '125', '220', '074', '176', '157', '235'])}-{digits(rng, 10)}"


def flightno(rng):
    return rng.choice(["QX", "VK", "ZJ", "HB", "TY", "WU"]) + str(rng.randint(12, 4980))


def fdate(rng):
    return (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330)))


# ----------------------------------------------------------------------------------------------- kinds
KINDS = ["hotel_frontdesk", "hostel", "airline_service", "airport_ground", "tour_operator", "car_hire",
         "event_ticketing", "event_venue", "insurance_claim"]

SYSTEMS = {
    "hotel_frontdesk": ["You assist the front office team of a city hotel. Be concise.", "PMS helper for night audit. Output plain text."],
    "hostel": ["You help the reception crew of a backpackers hostel.", "Assistant for hostel ops. Keep it short and friendly."],
    "airline_service": ["You are a customer-care assistant for an airline. Follow EU261 guidance.", "Help agents write rebooking messages."],
    "airport_ground": ["You support ground handling staff (baggage services, PRM).", "Assistant for the lost & found desk."],
    "tour_operator": ["You assist a tour operator's operations desk.", "DMC ops assistant: rooming lists, transfers, vouchers."],
    "car_hire": ["You help a car rental branch with customer correspondence.", "Assistant for rental counter staff."],
    "event_ticketing": ["You are the box office assistant.", "Customer service assistant for a ticketing platform."],
    "event_venue": ["You help the events team of a venue plan weddings and conferences.", "Venue sales assistant."],
    "insurance_claim": ["You assist travel insurance claims handlers. Never decide a claim, only prepare.", "Claims triage assistant."],
}

ASKS_EN = {
    "hotel_frontdesk": ["pls check the reg card and tell me whats missing for the police report", "write a handover note for morning shift",
                        "guest complaint, draft reply, offer late c/o", "turn this into a JSON record for the PMS import"],
    "hostel": ["can u summarise this incident for the manager", "write a whatsapp msg to this guest about the lost key",
               "make a short reply, bed 14B is double booked", "check which fields are missing in this checkin"],
    "airline_service": ["draft rebooking confirmation, pax was misconnected", "is this pax entitled to compensation? draft reply",
                        "fill the APIS fields from this text", "summarise for the refund queue"],
    "airport_ground": ["write the PIR summary for delayed bag", "translate this to English for the station manager",
                       "create a PRM assistance request from this", "extract the fields for the lost item database"],
    "tour_operator": ["clean up this rooming list and send as table", "write the voucher for the transfer",
                      "the hotel needs the names for visa invitation, reformat", "summarise changes vs yesterday's list"],
    "car_hire": ["draft the email about the damage and the excess", "forward the parking fine to the renter, write the letter",
                 "check the agreement data is complete", "summarise the deposit refund request"],
    "event_ticketing": ["customer wants refund, draft reply", "transfer the tickets to the new name, write confirmation",
                        "summarise this complaint for the promoter", "extract fields for the accessibility booking"],
    "event_venue": ["write the contract summary for the client", "make the seating list into a table",
                    "draft the invoice email with the client's details", "summarise the wedding brief"],
    "insurance_claim": ["prepare the claim summary for the assessor", "check which documents are still missing",
                        "draft the acknowledgement letter", "extract the fields into our claim JSON"],
}


class Builder:
    def __init__(self, world, rng):
        self.w, self.rng = world, rng

    # -- a private person and the values we issue for them
    def subject(self, loc):
        w, rng = self.w, self.rng
        name = w.person(loc)
        female = rng.random() < 0.5
        dobd, dobs = w.dob(loc)
        line, cityline = w.street(loc)
        return dict(name=name, female=female, dobd=dobd, dob=dobs, street=line, cityline=cityline,
                    phone=w.phone(loc), email=w.email(loc, name), ids=w.national_ids(loc, dobd, female))

    def render(self, loc, fields, style):
        """fields: list of (label, value). style: form/csv/json/email/chat/note."""
        rng = self.rng
        if style == "form":
            sep = rng.choice([": ", ":\t", " - ", " : "])
            return "\n".join(f"{k}{sep}{v}" for k, v in fields)
        if style == "csv":
            return ";".join(k for k, _ in fields) + "\n" + ";".join(str(v) for _, v in fields)
        if style == "json":
            return json.dumps({re.sub(r"\W+", "_", k.lower(), flags=re.UNICODE).strip("_") or "f": v for k, v in fields},
                              ensure_ascii=False, indent=rng.choice([None, 2]))
        if style == "chat":
            return "\n".join(f"[{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}] {v}" for _, v in fields)
        return ", ".join(f"{k.lower()} {v}" for k, v in fields)

    def sensitive(self, kind, loc, idx):
        """Return (doc, ask, issued[(type,value)], style)."""
        w, rng = self.w, self.rng
        L = L10N[lang_of(loc)]
        s = self.subject(loc)
        issued = []
        fields = []
        style = ["form", "csv", "json", "email", "chat", "note"][idx % 6]

        def add(label, typ, val):
            fields.append((label, val))
            if typ:
                issued.append((typ, val))

        add(L["name"], "person", s["name"])
        # kind-specific selection of fields
        pick = {
            "hotel_frontdesk": ["dob", "id", "addr", "phone", "card"],
            "hostel": ["pp", "phone", "email", "ip", "id"],
            "airline_service": ["pp", "dob", "email", "phone", "card", "id"],
            "airport_ground": ["addr", "phone", "email", "dob"],
            "tour_operator": ["dob", "pp", "phone", "id"],
            "car_hire": ["dob", "addr", "id", "card", "iban"],
            "event_ticketing": ["email", "phone", "card", "iban", "addr"],
            "event_venue": ["addr", "phone", "email", "id", "iban"],
            "insurance_claim": ["dob", "id", "addr", "iban", "mrn", "phone"],
        }[kind]
        # rotate a subset so that records differ in their entity sets
        k = 2 + (idx % (len(pick) - 1))
        chosen = pick[:1] + rng.sample(pick[1:], min(k, len(pick) - 1))
        for f in chosen:
            if f == "dob":
                add(L["dob"], "DATE_OF_BIRTH", s["dob"])
            elif f == "addr":
                fields.append((L["addr"], f"{s['street']}, {s['cityline']}"))
                issued.append(("STREET_ADDRESS", s["street"]))
            elif f == "phone":
                add(L["phone"], "PHONE_NUMBER", s["phone"])
            elif f == "email":
                add(L["email"], "EMAIL_ADDRESS", s["email"])
            elif f == "id":
                if s["ids"]:
                    t, lab, v = rng.choice(s["ids"])
                    add(lab, t, v)
                else:
                    num, mrz = w.passport(loc, s["name"], s["dobd"])
                    add(L["pp"], "NATIONAL_ID", num)
            elif f == "pp":
                num, mrz = w.passport(loc, s["name"], s["dobd"])
                if kind in ("airline_service", "tour_operator") and rng.random() < 0.4:
                    fields.append(("MRZ", mrz))
                    issued.append(("NATIONAL_ID", num))
                else:
                    add(L["pp"], "NATIONAL_ID", num)
            elif f == "card":
                c = w.card()
                add(rng.choice(["CC", "Card", "Kreditkarte", "carte", "VISA/MC"]), "CREDIT_CARD", c)
                fields.append(("exp", f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"))
            elif f == "iban":
                if loc == "en-US":
                    r_, a_ = w.us_bank()
                    add("Routing", "US_BANK_NUMBER", r_)
                    add("Account", "US_BANK_NUMBER", a_)
                else:
                    add("IBAN", "IBAN_CODE", w.iban(loc))
            elif f == "ip":
                add("IP", "IP_ADDRESS", w.ip())
            elif f == "mrn":
                add("Hospital ref", "MEDICAL_RECORD", w.mrn(loc))
        # US claimants: SSN where ids gave it
        for t, lab, v in s["ids"]:
            if t in ("ssn", "HEALTH_INSURANCE") and kind == "insurance_claim" and (t, v) not in issued:
                add(lab, t, v)
        # context fields (not personal)
        ctx = self.context(kind, loc)
        fields.extend(ctx)
        if style == "email":
            body = self.render(loc, fields, "form")
            doc = self.email_wrap(kind, loc, s, body, issued)
            issued.append(("EMAIL_ADDRESS", s["email"]))
        else:
            doc = self.render(loc, fields, style if style != "note" else "note")
            if style == "note":
                doc = f"{typo(rng, self.note_intro(kind))} -- {doc}"
        ask = self.ask(kind, loc)
        return doc, ask, issued, style

    def email_wrap(self, kind, loc, s, body, issued):
        rng = self.rng
        hello = rng.choice(["Hi", "Dear team", "Hello", "Guten Tag", "Bonjour", "Hola", "Ciao", "Merhaba", "Olá"])
        sign = s["name"] if rng.random() < 0.7 else s["name"].split()[0]
        if sign != s["name"] and sign not in [v for _, v in issued]:
            pass
        return (f"From: {s['email']}\nSubject: {rng.choice(['booking', 'my reservation', 're: claim', 'urgent!!', 'Fwd: tickets', 'rental'])}\n\n"
                f"{hello},\n{self.note_intro(kind)}\n\n{body}\n\n{rng.choice(['Thanks', 'Best', 'Regards', 'Merci', 'Danke', 'Gracias'])},\n{sign}")

    def note_intro(self, kind):
        return self.rng.choice({
            "hotel_frontdesk": ["walk-in at 23:40, paid cash deposit, reg card below", "VIP arr tomorrow, upgrade to jr suite, pls prep",
                                "guest says room 412 AC noisy, moved to 508", "no-show billed 1st night per policy, guest disputes"],
            "hostel": ["guest lost locker key again", "complaint about noise in dorm 3 after 2am", "late arrival, bed held till 1am",
                       "wifi abuse flagged by ISP, guest device"],
            "airline_service": ["misconnect at hub, rebooked on next available", "pax requests refund for cancelled segment",
                                "name correction request, 1 letter", "SSR WCHR added, needs confirm"],
            "airport_ground": ["bag not arrived on belt 6, PIR opened", "PRM pax needs ambulift at remote stand",
                               "item found at gate B22 after boarding", "damaged suitcase handle, pax at desk"],
            "tour_operator": ["rooming list update for the coach tour", "transfer pax missing at arrivals", "visa letter request",
                              "emergency contact for group member"],
            "car_hire": ["scratch on rear bumper found at return", "speeding ticket received for rental period", "deposit not released yet",
                         "additional driver added at counter"],
            "event_ticketing": ["ticket holder cannot attend, asks for transfer", "double charged at checkout", "wheelchair space booking",
                                "event postponed, refund request"],
            "event_venue": ["wedding enquiry for september, 120 guests", "conference booking, invoice details below",
                            "client changed menu to vegetarian", "deposit payment details"],
            "insurance_claim": ["medical expenses abroad, claim form received", "trip cancelled due to illness, docs attached",
                                "baggage stolen, police report attached", "flight delay claim, boarding passes attached"],
        }[kind])

    def ask(self, kind, loc):
        rng = self.rng
        if lang_of(loc) != "en" and rng.random() < 0.45:
            return rng.choice(L10N[lang_of(loc)]["ask"])
        return typo(rng, rng.choice(ASKS_EN[kind]))

    def context(self, kind, loc):
        rng = self.rng
        d = fdate(rng)
        return {
            "hotel_frontdesk": [("Room", str(rng.randint(101, 1220))), ("Arr", d.isoformat()), ("Nights", str(rng.randint(1, 9))),
                                ("Rate", rng.choice(["BAR", "CORP", "OTA-NR", "PKG-BB"]))],
            "hostel": [("Bed", f"{rng.randint(1, 9)}{rng.choice('ABCD')}"), ("Check-in", d.isoformat())],
            "airline_service": [("PNR", pnr(rng)), ("Flight", flightno(rng)), ("Date", d.isoformat())],
            "airport_ground": [("File ref", f"{rng.choice(['QXA', 'VKZ', 'HBJ'])}{rng.choice(['QX', 'VK'])}{rng.randint(10000, 99999)}"),
                               ("Flight", flightno(rng))],
            "tour_operator": [("Tour", f"T{rng.randint(100, 999)}-{d.strftime('%d%b').upper()}"), ("Room type", rng.choice(["DBL", "TWN", "SGL"]))],
            "car_hire": [("RA no.", f"RA{digits(rng, 8)}"), ("Vehicle", rng.choice(["Group C", "Group F auto", "SUV"])),
                         ("Out", d.isoformat())],
            "event_ticketing": [("Order", f"#{digits(rng, 9)}"), ("Seats", f"Block {rng.choice('ABCDE')} Row {rng.randint(1, 30)}")],
            "event_venue": [("Event date", d.isoformat()), ("Guests", str(rng.randint(40, 300)))],
            "insurance_claim": [("Claim", f"TC-{d.year}-{digits(rng, 6)}"), ("Policy", f"POL{digits(rng, 9)}")],
        }[kind]

    def incidental(self, kind, loc):
        """Long operational text with exactly one personal item."""
        w, rng = self.w, self.rng
        filler = self.filler(kind, rng.randint(8, 16))
        which = rng.choice(["rel", "phone", "dob", "phone", "rel"])
        lines = filler.split("\n")
        pos = rng.randrange(len(lines) + 1)
        if which == "rel":
            fn = w.first_name(loc)
            rel = rng.choice(["my wife", "my husband", "my daughter", "our son", "my mother", "the guest's partner", "pax's wife",
                              "her brother", "my colleague"])
            line = rng.choice([f"{rel} {fn} will pick up the key", f"{rel} {fn} has a nut allergy, pls inform the kitchen",
                               f"booked by {rel} {fn}, she'll pay at check-in", f"{rel} {fn} gets travel-sick, front row please"])
            issued = [("person", fn)]
        elif which == "phone":
            ph = w.phone(loc)
            line = rng.choice([f"guest in 3 asked to be called back on {ph}", f"driver cell {ph} if the group is late",
                               f"pax mobile {ph} (only whatsapp)"])
            issued = [("PHONE_NUMBER", ph)]
        else:
            d, ds = w.dob(loc)
            line = rng.choice([f"the guest in room 207 was born {ds}, wants a cake on arrival", f"pax DOB {ds} needed for the infant fare check",
                               f"claimant DOB {ds} to be verified"])
            issued = [("DATE_OF_BIRTH", ds)]
        lines.insert(pos, line)
        return "\n".join(lines), issued

    def filler(self, kind, n):
        rng = self.rng
        lines = {
            "hotel_frontdesk": ["housekeeping: {a} rooms VD, {b} OOO (plumbing)", "breakfast covers expected {a}", "group block {c}: {b} rooms picked up",
                                "night audit balanced, variance {a} EUR", "lift 2 inspection at {b}:00", "OTA overbooking risk {b} rooms tonight"],
            "hostel": ["dorm {b}: {a} beds occupied", "pub crawl leaves at 21:00", "kitchen clean by {b}:00 pls", "laundry token price now {b} EUR",
                       "lockers {a}-{c} broken"],
            "airline_service": ["flight {f} delayed {a} min, ATC", "rebooking queue: {a} cases", "fare rule: change fee waived until {d}",
                                "pax count {c} on {f}", "meal upload short {b} VGML"],
            "airport_ground": ["belt {b} out of service", "{a} rush bags on {f}", "stand {c} closed for works", "BRS scan rate {a}%",
                               "PRM requests today: {b}"],
            "tour_operator": ["coach {b} departs {b}:30 from hotel", "guide briefing at {b}:00", "{a} pax confirmed for excursion {c}",
                              "lunch stop changed to km {a}", "ferry tickets: {b} adults"],
            "car_hire": ["fleet: {a} cars available group C", "{b} returns expected before noon", "car wash queue {b}", "damage checks done: {a}",
                         "fuel policy full-to-full reminder"],
            "event_ticketing": ["doors open {b}:00", "{a} tickets scanned so far", "resale window closes {d}", "merch stand {b} restocked",
                                "presale code used {a} times"],
            "event_venue": ["setup theatre style {a} chairs", "AV check at {b}:00", "catering headcount {a}", "cloakroom staff {b}",
                            "load-in via gate {b}"],
            "insurance_claim": ["queue: {a} open claims", "avg handling time {b} days", "exchange rate applied {d}", "fraud check flags {b}",
                                "docs received batch {c}"],
        }[kind]
        out = []
        for _ in range(n):
            out.append(rng.choice(lines).format(a=rng.randint(3, 240), b=rng.randint(1, 23), c=rng.randint(100, 999), f=flightno(rng),
                                                d=fdate(rng).isoformat()))
        return "\n".join(out)

    # -- benign hard negatives of the same world
    def benign(self, kind, loc, idx):
        w, rng = self.w, self.rng
        sub = ["public", "org", "eponym", "placeholder", "testvals", "refs", "aggregate", "ops"][idx % 8]
        brand = w.brand()
        city = w.city(loc)
        L = L10N[lang_of(loc)]
        if sub == "public":
            exec_name = w.person(loc)  # a public figure in their public role
            role = {"hotel_frontdesk": "CEO of the {b} hotel group", "hostel": "founder of the {b} hostel chain, in a published interview",
                    "airline_service": "CEO of {b} Air", "airport_ground": "Minister of Transport, opening the new terminal",
                    "tour_operator": "the author of the {b} travel guidebooks", "car_hire": "{b} Rent's CEO at the investor call",
                    "event_ticketing": "headliner of the {b} festival", "event_venue": "keynote speaker announced on the programme",
                    "insurance_claim": "the insurer's Chief Claims Officer in the annual report"}[kind].format(b=brand)
            doc = (f"Press clipping for the team wall:\n\"{exec_name}, {role}, said today in {city} that "
                   f"{rng.choice(['capacity will grow 12% next season', 'sustainability targets were met', 'the new app launches in spring', 'service levels improved'])}.\"\n"
                   f"Source: {brand} newsroom, {fdate(rng).isoformat()}")
            style = "public_figure"
        elif sub == "org":
            ph = w.phone(loc, PhoneNumberType.FIXED_LINE, PhoneNumberFormat.INTERNATIONAL)
            suffix, dom_s = {"hotel_frontdesk": ("Hotels", "-hotels.com"), "hostel": ("Hostels", "hostels.com"), "airline_service": ("Air", "air.com"),
                             "airport_ground": ("Ground Services", "-ground.aero"), "tour_operator": ("Tours", "-tours.net"),
                             "car_hire": ("Rent", "rent.com"), "event_ticketing": ("Tickets", "tickets.com"), "event_venue": ("Venues", "-venues.com"),
                             "insurance_claim": ("Assistance", "assist.com")}[kind]
            dom = brand.lower() + dom_s
            mailbox = rng.choice(["reservations", "frontdesk", "groups", "claims", "boxoffice", "events", "customer.care", "lostandfound"])
            line, cityline = w.street(loc)
            doc = (f"{brand} {suffix} -- contact block for the footer\n"
                   f"{L['phone']}: {ph} (24/7 switchboard)\n{L['email']}: {mailbox}@{dom}\n"
                   f"Registered office: {line}, {cityline}\nVAT/company reg. on file. Opening hours 07:00-23:00.")
            style = "org_contact"
        elif sub == "eponym":
            epon = w.eponyms[rng.randrange(len(w.eponyms))] if w.eponyms else None
            fic = w.fictional[rng.randrange(len(w.fictional))] if w.fictional else "the Little Prince"
            doc = (f"Directions for arriving groups: {'land at ' + epon + ' airport' if epon else 'land at the main airport'}, "
                   f"then take the express train. Kids' welcome pack is themed on {fic}; the {fic} suite on floor 9 is reserved "
                   f"for the photo shoot. {L['phone']}: n/a.")
            style = "eponym_fiction"
        elif sub == "placeholder":
            doc = rng.choice([
                f"Template for pre-arrival email:\nDear {{{{guest.first_name}}}},\nyour booking {{{{booking.ref}}}} at {brand} is confirmed for {{{{arrival_date}}}}.\n"
                f"If you need an airport transfer reply to this email.",
                f"REGISTRATION CARD (blank)\n{L['name']}: ____________\n{L['dob']}: __/__/____\n{L['pp']}: ____________\n{L['addr']}: ____________\nSignature: ______",
                f"Claim form v3 fields: [CLAIMANT_NAME], [DOB], [POLICY_NO], [IBAN], [DATE_OF_LOSS] -- all mandatory",
                f"<input name=\"passport_no\" placeholder=\"e.g. X1234567\"> <input name=\"phone\" placeholder=\"+XX ...\">",
            ])
            style = "placeholder"
        elif sub == "testvals":
            doc = rng.choice([
                "Payment sandbox for the booking engine: use card 4242 4242 4242 4242, any CVC, any future date; declines: 4000 0000 0000 0002.",
                "QA note: webhook from 192.0.2.15 and 198.51.100.7 (test ranges). Demo IBAN DE89 3704 0044 0532 0130 00 in the refund mock.",
                "In the staging PMS, guest profiles use jane.doe@example.com and phone +1 202-555-0143; never real data.",
                "Test matrix: card 5555 5555 5555 4444 -> approve, 4000 0000 0000 9995 -> insufficient funds; IBAN GB82 WEST 1234 5698 7654 32 -> valid format.",
            ])
            style = "test_values"
        elif sub == "refs":
            doc = (f"PNR {pnr(rng)} / e-tkt {eticket(rng)} / flight {flightno(rng)} seat {rng.randint(1, 42)}{rng.choice('ABCDEF')}\n"
                   f"hotel conf# {digits(rng, 10)}, room {rng.randint(101, 999)}, rental RA{digits(rng, 8)}\n"
                   f"claim TC-2026-{digits(rng, 6)}, IATA agency code {digits(rng, 8)}, voucher {''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}-{digits(rng, 5)}\n"
                   f"ticket barcode {digits(rng, 12)}, gate B{rng.randint(1, 40)}")
            style = "reference_numbers"
        elif sub == "aggregate":
            doc = (f"Monthly report {brand} {city}: occupancy {rng.randint(55, 97)}%, ADR {rng.randint(80, 320)} EUR, "
                   f"guests by nationality DE {rng.randint(5, 30)}%, US {rng.randint(5, 30)}%, JP {rng.randint(2, 10)}%; "
                   f"complaints {rng.randint(3, 40)} (noise {rng.randint(1, 9)}, wifi {rng.randint(1, 9)}); "
                   f"guest G-{rng.randint(1000, 9999)} (anonymised) rated us 2/5. Claims paid: {rng.randint(40, 900)}, median {rng.randint(90, 900)} EUR.")
            style = "aggregate_anonymised"
        else:
            doc = self.filler(kind, rng.randint(6, 12))
            style = "ops_text"
        if rng.random() < 0.3 and lang_of(loc) != "en":
            doc = f"{doc}\n({L['name']}/{L['dob']}/{L['phone']} -> n/a)"
        return doc, self.ask(kind, loc), style


# ----------------------------------------------------------------------------------------------- placement
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto", "claude-sonnet"]


def place(rng, slot, kind, doc, ask, issued):
    """Put doc into a request body according to slot; returns (endpoint, body, slotname)."""
    sysmsg = rng.choice(SYSTEMS[kind])
    model = rng.choice(MODELS)
    if slot == "completions":
        return "completions", {"model": model, "prompt": f"{sysmsg}\n\n{doc}\n\nTask: {ask}\n", "max_tokens": rng.choice([256, 400, 800])}, slot
    if slot == "user":
        body = {"model": model, "messages": [{"role": "system", "content": sysmsg}, {"role": "user", "content": f"{ask}\n\n{doc}"}]}
    elif slot == "system":
        body = {"model": model, "messages": [{"role": "system", "content": f"{sysmsg}\nCase data:\n{doc}"}, {"role": "user", "content": ask}]}
    elif slot == "assistant":
        body = {"model": model, "messages": [{"role": "user", "content": "I'll paste it, read it first"},
                                             {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": ask}]}
    elif slot == "tool":
        body = {"model": model, "messages": [
            {"role": "system", "content": sysmsg}, {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                                                                   "function": {"name": "lookup_booking", "arguments": json.dumps({"ref": pnr(rng)})}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": doc}],
            "tools": [{"type": "function", "function": {"name": "lookup_booking", "parameters": {"type": "object", "properties": {"ref": {"type": "string"}}}}}]}
    elif slot == "parts":
        body = {"model": model, "messages": [{"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]}
    elif slot == "file":
        b64 = base64.b64encode(doc.encode("utf-8")).decode()
        body = {"model": model, "messages": [{"role": "user", "content": [
            {"type": "text", "text": ask},
            {"type": "file", "file": {"filename": rng.choice(["regcard.txt", "rooming_list.csv", "claim_form.txt", "export.json"]),
                                      "file_data": f"data:text/plain;base64,{b64}"}}]}]}
    elif slot == "toolargs":
        args = {"note": doc, "priority": rng.choice(["low", "normal", "high"])}
        body = {"model": model, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_9", "type": "function",
                                                                   "function": {"name": "create_case", "arguments": json.dumps(args, ensure_ascii=False)}}]},
            {"role": "tool", "tool_call_id": "call_9", "content": "{\"status\": \"created\"}"},
            {"role": "user", "content": "ok now do what I asked"}],
            "tools": [{"type": "function", "function": {"name": "create_case", "parameters": {"type": "object", "properties": {
                "note": {"type": "string"}, "priority": {"type": "string"}}}}}]}
    elif slot == "toolschema":
        body = {"model": model, "messages": [{"role": "user", "content": ask}],
                "tools": [{"type": "function", "function": {"name": "update_profile", "description": f"Update the record. Current record:\n{doc}",
                                                            "parameters": {"type": "object", "properties": {"field": {"type": "string"}}}}}]}
    elif slot == "response_format":
        body = {"model": model, "messages": [{"role": "system", "content": sysmsg}, {"role": "user", "content": ask}],
                "response_format": {"type": "json_schema", "json_schema": {"name": "case", "schema": {
                    "type": "object", "description": f"Structure this source text:\n{doc}", "properties": {"summary": {"type": "string"}}}}}}
    elif slot == "image_url":
        q = urllib.parse.quote(doc[:600], safe="")
        body = {"model": model, "messages": [{"role": "user", "content": [
            {"type": "text", "text": ask + "\n\n" + doc},
            {"type": "image_url", "image_url": {"url": f"https://scans.example.net/upload.jpg?note={q}"}}]}]}
    else:
        raise ValueError(slot)
    if rng.random() < 0.15:
        body["temperature"] = rng.choice([0, 0.2, 0.7])
    return "chat", body, slot


SLOTS = ["user", "system", "parts", "assistant", "tool", "user", "file", "toolargs", "toolschema", "response_format",
         "user", "image_url", "parts", "system", "user", "tool", "toolargs", "user", "assistant"]


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                out.append(str(k))
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(";base64,", 1)[1]).decode("utf-8", "replace"))
            if "%" in x:
                out.append(urllib.parse.unquote(x))
            if x[:1] in "{[":
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out)


def entities_of(body, issued):
    hay = haystack(body)
    ents, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        if v in hay:
            ents.append({"type": t, "value": v})
            seen.add((t, v))
    return ents


# ----------------------------------------------------------------------------------------------- complexity
CX_SHORT_SIMPLE = {
    "en": ["what time is check-out usually at hotels in europe?", "what does PNR mean", "write a 1-line sms: your room is ready",
           "translate 'late check-in' into Spanish", "is 'accomodation' spelled right?", "give me 3 hashtags for a beach hostel",
           "what's the IATA code format, 2 or 3 letters?", "say thanks for staying with us, short and warm"],
    "de": ["Wie sagt man 'Zimmer ist fertig' auf Englisch?", "Schreib einen kurzen Gruß für die Rezeption.", "Was heißt 'no-show'?"],
    "fr": ["Traduis 'petit-déjeuner inclus' en anglais.", "Une phrase d'accueil pour les clients ?", "C'est quoi un surbooking ?"],
    "es": ["¿Cómo se dice 'equipaje de mano' en inglés?", "Escribe un saludo corto para huéspedes.", "¿Qué significa 'upgrade'?"],
    "ja": ["「チェックアウトは11時です」を英語にして", "短い歓迎メッセージを書いて", "PNRとは？"],
    "zh": ["“行李寄存”英文怎么说？", "写一句欢迎入住的话", "什么是超售？"],
    "ru": ["Как по-английски 'поздний выезд'?", "Напиши короткое приветствие гостю.", "Что такое трансфер?"],
    "ar": ["كيف أقول 'الغرفة جاهزة' بالإنجليزية؟", "اكتب جملة ترحيب قصيرة للضيوف"],
    "hi": ["'चेक-इन का समय' को अंग्रेज़ी में लिखो", "मेहमानों के लिए छोटा स्वागत संदेश"],
    "pt": ["Como se diz 'bagagem despachada' em inglês?", "Escreve uma frase de boas-vindas."],
    "tr": ["'Oda hazır' İngilizce nasıl denir?", "Misafirlere kısa bir hoş geldin mesajı yaz."],
    "ko": ["'체크아웃 시간'을 영어로 뭐라고 해?", "짧은 환영 문구 써줘"],
}
CX_SHORT_HARD = {
    "en": [
        "Hotel has 212 rooms; no-shows ~ Normal(mean 9%, sd 3%) of bookings; walking a guest costs 180 EUR, an empty room loses 95 EUR. Derive the optimal overbooking level (newsvendor critical fractile) and show the calculation.",
        "Three fare classes with mean demand 40/60/90 (sd 10/15/20), fares 420/260/140 on 150 seats. Compute EMSR-b protection levels step by step and explain why EMSR-b is only a heuristic.",
        "Passenger flies Lisbon–Frankfurt (EU carrier) then Frankfurt–Toronto on a non-EU carrier on one ticket; the first leg is 3h late, misconnect, arrival 9h late. Under EU261 and the CJEU case law, is compensation due, how much, and against whom? Reason carefully.",
        "Formulate crew pairing as a set-partitioning ILP, explain column generation for it and what the pricing subproblem is (resource-constrained shortest path).",
        "Prove or refute: assigning seats to groups so that every group sits in one row segment is NP-hard when rows have different widths. Give a reduction.",
        "Montreal Convention: a bag is delayed 5 days and then delivered damaged. Explain how the SDR liability limits apply to delay vs damage, whether they stack, and how the 7/21-day notice periods interact.",
        "Write a SQL query computing rolling 28-day RevPAR per property where stays cross DST changes and properties are in different time zones; explain the pitfalls.",
        "A booking engine double-sells the last room under concurrent requests. Explain the race, then design a fix with optimistic locking and idempotency keys, including the failure modes.",
    ],
    "de": ["Ein Reiseveranstalter storniert wegen Streik am Zielort 10 Tage vor Abreise. Prüfe nach §651h BGB, ob Entschädigung oder nur Rückzahlung geschuldet ist, mit Begründung zu 'unvermeidbaren außergewöhnlichen Umständen'.",
           "Leite für eine Mietwagenflotte mit saisonaler Nachfrage ein lineares Programm zur Umverteilung zwischen 5 Stationen her und erkläre die Dualpreise."],
    "fr": ["Un hôtel applique une tarification dynamique avec élasticité-prix -1,4 : dérive le prix optimal avec un coût marginal de 22 € par nuit et discute la contrainte de capacité.",
           "Explique pourquoi une politique d'annulation 'non remboursable' peut être abusive au regard de la directive 93/13, avec un raisonnement structuré."],
    "es": ["Con una tasa de no-show del 7 % y 180 plazas, calcula la probabilidad de denegar embarque si vendes 190 billetes (binomial) y justifica la aproximación."],
    "ja": ["団体旅行の部屋割りを、性別・年齢・希望を満たす制約充足問題として定式化し、解法の計算量を説明してください。"],
    "zh": ["某航班超售10%，请用二项分布推导拒载概率，并比较正态近似的误差。"],
    "ru": ["Сформулируй задачу распределения автобусов по трансферам как задачу о потоке минимальной стоимости и докажи корректность."],
    "ar": ["اشرح كيف يُحسب التعويض بموجب اتفاقية مونتريال عن تأخير الأمتعة، وما الفرق بين التأخير والتلف، مع التحليل القانوني."],
    "hi": ["होटल के ओवरबुकिंग स्तर को न्यूज़वेंडर मॉडल से निकालो: 150 कमरे, नो-शो 8%±2%, वॉक कॉस्ट 6000 रुपये, खाली कमरा 3500 रुपये।"],
    "pt": ["Modele a alocação de guias turísticos a excursões como um problema de emparelhamento bipartido com janelas de tempo e prove a complexidade."],
    "tr": ["Bir otelin kanal yönetiminde parite ihlallerini tespit eden bir algoritma tasarla ve yanlış pozitif oranını analiz et."],
    "ko": ["항공권 가격 책정에서 동적 계획법으로 최적 좌석 할당 정책을 유도하고, 상태 공간 폭발 문제를 설명하세요."],
}
CX_LONG_EASY_TASKS = {
    "en": ["sort this list by date and give it back", "count how many lines say 'VD'", "turn this into a markdown table", "remove duplicate lines"],
    "de": ["Bitte nach Datum sortieren.", "Mach daraus eine Tabelle."], "fr": ["Trie par date, merci.", "Mets ça en tableau."],
    "es": ["Ordénalo por fecha.", "Conviértelo en tabla."], "ja": ["日付順に並べ替えて", "表にして"], "zh": ["按日期排序", "整理成表格"],
    "ru": ["Отсортируй по дате.", "Сделай таблицу."], "pt": ["Ordena por data.", "Faz uma tabela."], "tr": ["Tarihe göre sırala."],
    "ar": ["رتب حسب التاريخ"], "hi": ["तारीख के हिसाब से क्रम में लगाओ"], "ko": ["날짜순으로 정렬해줘"],
}
CX_LONG_HARD_TASKS = {
    "en": ["The clauses conflict on attrition, force majeure and cancellation. Work out which prevails for a 30% pickup shortfall caused by a volcanic ash closure, and propose a redraft.",
           "Given these flight legs and minimum connection times, find all feasible itineraries arriving before 18:00 local, accounting for time zones, and prove the cheapest is optimal.",
           "Given the policy wording and the facts, decide which sections cover the claim, which exclusions may apply, and the payable amount with excess and limits. Show your reasoning.",
           "Using this booking-pace table, build a pickup forecast (additive and multiplicative), compare the errors and recommend a rate strategy for the last 14 days."],
    "de": ["Analysiere die Klauseln (Attrition, höhere Gewalt, Storno) und begründe, welche bei 30 % Minderabnahme wegen Vulkanasche greift; schlage eine Neufassung vor."],
    "fr": ["Analyse les clauses (attrition, force majeure, annulation) et détermine laquelle s'applique à une baisse de 30 % due à une fermeture de l'espace aérien ; propose une rédaction."],
    "es": ["Con estas etapas de vuelo y tiempos mínimos de conexión, encuentra los itinerarios factibles que llegan antes de las 18:00 locales y demuestra la optimalidad del más barato."],
    "ja": ["約款と事実関係から、補償対象となる条項、免責の可能性、自己負担額と限度額を考慮した支払額を論理的に示してください。"],
    "zh": ["根据以下预订进度表，建立加法和乘法的预测模型，比较误差，并给出最后14天的价格策略。"],
    "ru": ["По условиям полиса и фактам определи, какие разделы покрывают убыток, какие исключения применимы, и рассчитай выплату с франшизой."],
}


def cx_records(rng):
    recs = []
    langs = list(CX_SHORT_SIMPLE)

    def body_of(text, sysmsg=None):
        msgs = ([{"role": "system", "content": sysmsg}] if sysmsg else []) + [{"role": "user", "content": text}]
        return {"model": rng.choice(MODELS), "messages": msgs}

    simple = [(lg, t) for lg in langs for t in CX_SHORT_SIMPLE[lg]]
    phrases = ["your room is ready", "breakfast is served 7-10", "no pets allowed", "shuttle every 30 min", "pool closed today",
               "quiet hours 22-7", "luggage storage is free", "the lift is out of order"]
    targets = ["Spanish", "German", "Japanese", "Italian", "Turkish", "Portuguese", "Korean", "Greek"]
    extra = [("en", f"translate '{p}' into {t}") for p in phrases for t in targets]
    rng.shuffle(extra)
    simple += extra[:48 - len(simple)]
    for lg, t in simple[:48]:
        recs.append(("short_simple", 0, False, lg, "question", body_of(t)))
    hard = [(lg, t) for lg in CX_SHORT_HARD for t in CX_SHORT_HARD[lg]]
    gens = [
        lambda r: ("en", f"Hotel with {r.randint(80, 400)} rooms, no-shows ~ Normal(mean {r.randint(4, 12)}%, sd {r.randint(2, 4)}%); walking a guest costs {r.randint(120, 300)} EUR, an empty room loses {r.randint(60, 160)} EUR. Optimal overbooking level? Derive it (critical fractile), don't just state it."),
        lambda r: ("es", f"Con una tasa de no-show del {r.randint(4, 12)} % y {r.randint(120, 300)} plazas, si vendes {r.randint(5, 15)} billetes de más, ¿probabilidad de denegar embarque? Usa la binomial y justifica si la normal es aceptable."),
        lambda r: ("en", f"EMSR-b: fares {r.randint(400, 600)}/{r.randint(220, 380)}/{r.randint(90, 200)}, demand means {r.randint(20, 50)}/{r.randint(40, 80)}/{r.randint(60, 120)} (sd {r.randint(5, 12)}/{r.randint(10, 18)}/{r.randint(15, 25)}), capacity {r.randint(120, 220)}. Compute protection levels step by step."),
        lambda r: ("zh", f"某航班{r.randint(150, 300)}座，超售{r.randint(3, 12)}%，no-show率{r.randint(5, 12)}%。推导拒载人数的期望和概率分布，并讨论独立性假设是否合理。"),
        lambda r: ("de", f"Mietwagenflotte mit {r.randint(3, 8)} Stationen und Einweg-Mieten: formuliere die Umverteilung als Min-Cost-Flow, begründe die Ganzzahligkeit und interpretiere die Dualpreise."),
        lambda r: ("fr", f"Élasticité-prix {-r.randint(11, 25) / 10}, coût marginal {r.randint(15, 40)} € par nuit, capacité {r.randint(50, 200)} chambres : dérive le prix optimal et discute le cas où la contrainte de capacité est saturée."),
        lambda r: ("ja", f"{r.randint(20, 60)}名の団体の部屋割り（{r.randint(2, 4)}人部屋、性別・年齢・同室希望）を制約充足問題として定式化し、NP困難かどうか論じてください。"),
    ]
    i = 0
    while len(hard) < 48 and i < 500:
        cand = gens[i % len(gens)](rng)
        i += 1
        if cand not in hard:
            hard.append(cand)
    for lg, t in hard[:48]:
        recs.append(("short_hard", 1, True, lg, "reasoning", body_of(t)))
    el = list(CX_LONG_EASY_TASKS)
    for i in range(48):
        lg = el[i % len(el)]
        task = CX_LONG_EASY_TASKS[lg][(i // len(el)) % len(CX_LONG_EASY_TASKS[lg])]
        kind = i % 3
        lines = []
        while len("\n".join(lines)) < rng.randint(1600, 3200):
            d = fdate(rng).isoformat()
            if kind == 0:
                lines.append(f"{d} room {rng.randint(101, 950)} status {rng.choice(['VD', 'VC', 'OD', 'OC', 'OOO'])} attendant #{rng.randint(1, 30)}")
            elif kind == 1:
                lines.append(f"{d} {flightno(rng)} {rng.choice(['dep', 'arr'])} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} gate {rng.choice('ABC')}{rng.randint(1, 40)}")
            else:
                lines.append(f"{d}; excursion {rng.randint(1, 40)}; coach {rng.randint(1, 12)}; pax {rng.randint(8, 52)}; pickup {rng.randint(6, 10)}:{rng.choice(['00', '15', '30', '45'])}")
        text = "\n".join(lines) + "\n\n" + task
        if rng.random() < 0.5:
            text = task + "\n\n" + "\n".join(lines)
        assert len(text) >= 1500
        recs.append(("long_easy", 0, True, lg, ["housekeeping_log", "flight_board", "excursion_list"][kind], body_of(text)))
    hl2 = list(CX_LONG_HARD_TASKS)
    for i in range(48):
        lg = hl2[i % len(hl2)]
        task = CX_LONG_HARD_TASKS[lg][(i // len(hl2)) % len(CX_LONG_HARD_TASKS[lg])]
        doc = []
        for n in range(rng.randint(10, 18)):
            doc.append(rng.choice([
                f"{n + 1}. Attrition: Client may reduce the room block by up to {rng.choice([10, 15, 20])}% without charge until {rng.choice([30, 45, 60])} days prior; thereafter {rng.choice([60, 80, 100])}% of lost revenue is payable.",
                f"{n + 1}. Force majeure: neither party is liable for failure caused by events beyond reasonable control, including closure of airspace, provided notice is given within {rng.choice([48, 72])} hours.",
                f"{n + 1}. Leg {flightno(rng)} dep {rng.randint(5, 20):02d}:{rng.choice(['05', '35', '50'])} UTC{rng.choice(['+1', '+2', '+0', '-5'])}, block {rng.randint(55, 420)} min, MCT {rng.choice([35, 45, 60, 90])} min, fare {rng.randint(60, 700)} EUR.",
                f"{n + 1}. Section {rng.randint(2, 9)}: medical expenses abroad covered up to {rng.choice([500000, 1000000, 2000000])} EUR; excess {rng.choice([50, 100, 150])} EUR; excluded: pre-existing conditions not declared, hazardous sports.",
                f"{n + 1}. Pace D-{rng.randint(1, 60)}: OTB {rng.randint(40, 200)} rooms, LY {rng.randint(40, 200)}, pickup {rng.randint(-5, 25)}, ADR {rng.randint(90, 260)}.",
            ]))
        text = (task + "\n\n" + "\n".join(doc)) if i % 2 else ("\n".join(doc) + "\n\n" + task)
        recs.append(("long_hard", 1, False, lg, "analysis", body_of(text, rng.choice([None, "You support a travel company's ops and legal team."]))))
    rng.shuffle(recs)
    out = []
    for n, (cat, label, adv, lg, style, body) in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-cx-{n:04d}", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat",
                    "lang": lg, "style": style, "body": body})
    return out


# ----------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260318)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    global FROZEN
    FROZEN = frozen_words()
    world = World(rng)
    world.eponyms = filter_pool("eponyms", ["Charles de Gaulle", "Leonardo da Vinci", "Indira Gandhi", "Ben Gurion", "Frédéric Chopin",
                                            "Václav Havel", "Galileo Galilei", "Marco Polo", "Eleftherios Venizelos", "Nikola Tesla",
                                            "Adolfo Suárez", "Humberto Delgado", "Jorge Chávez", "Benito Juárez", "Kempegowda",
                                            "Soekarno-Hatta", "Tancredo Neves", "Lech Wałęsa", "Chhatrapati Shivaji", "Ronald Reagan",
                                            "Ninoy Aquino", "Jomo Kenyatta", "Oliver Tambo", "Murtala Muhammed", "Allama Iqbal",
                                            "Rafic Hariri", "Queen Alia", "Ngurah Rai", "Sultan Hasanuddin", "Kingsford Smith", "Kotoka"])
    world.fictional = filter_pool("fictional", ["Phileas Fogg", "Paddington", "Pippi Longstocking", "Tintin", "Moomin", "Nils Holgersson",
                                                "Don Quixote", "Heidi", "Mary Poppins", "Sherlock Holmes", "Peter Pan", "Gulliver",
                                                "Baron Munchausen", "Captain Nemo", "Passepartout", "Robinson Crusoe", "Pinocchio",
                                                "Asterix", "Mowgli", "Sinbad", "Aladdin", "Winnie-the-Pooh", "Momotaro", "Sun Wukong"])
    b = Builder(world, rng)
    locs = world.locales
    pii = []
    n = 0
    per_kind_sens, per_kind_ben = 32, 24
    for ki, kind in enumerate(KINDS):
        plan = [("s", i) for i in range(per_kind_sens)] + [("b", i) for i in range(per_kind_ben)]
        rng.shuffle(plan)
        for j, (sb, i) in enumerate(plan):
            n += 1
            loc = locs[(n * 7 + ki) % len(locs)]
            slot = "completions" if n % 10 == 3 else SLOTS[(n + ki) % len(SLOTS)]
            if sb == "s":
                if i % 8 == 5:  # ~12% incidental single item
                    doc, issued = b.incidental(kind, loc)
                    ask, style = b.ask(kind, loc), "incidental"
                else:
                    doc, ask, issued, style = b.sensitive(kind, loc, i)
            else:
                doc, ask, style = b.benign(kind, loc, i)
                issued = []
            endpoint, body, slotname = place(rng, slot, kind, doc, ask, issued)
            ents = entities_of(body, issued)
            if sb == "s":
                assert ents, (kind, slot, issued)
                if slot == "image_url":
                    pass
            else:
                assert not ents
            rec = {"id": f"{SPLIT}-pii-{n:04d}", "category": kind if sb == "s" else f"{kind}_benign", "sensitive": bool(ents),
                   "entities": ents, "endpoint": endpoint, "lang": loc, "style": f"{style} · {slotname}", "body": body}
            assert rec["sensitive"] == (len(rec["entities"]) > 0)
            pii.append(rec)
    cx = cx_records(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    sens = sum(r["sensitive"] for r in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions, {len(set(r['lang'] for r in pii))} locales")
    print("  incidental:", sum(r["style"].startswith("incidental") for r in pii))
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records,", dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          "label1:", sum(r["label"] for r in cx), "adversarial:", sum(r["length_adversarial"] for r in cx),
          "langs:", len(set(r["lang"] for r in cx)), "min long_easy chars:",
          min(len(r["body"]["messages"][-1]["content"]) for r in cx if r["category"] == "long_easy"))
    print("freeze: frozen words", len(FROZEN), "; dropped locales:", world.dropped_locales or "none")
    print("freeze pools:", {k: v for k, v in sorted(FREEZE_LOG.items()) if k.split("[")[0] in ("eponyms:kept", "fictional:kept", "maildomains:kept", "brands:kept")})
    low = {k: v for k, v in FREEZE_LOG.items() if k.endswith(":kept") and v < 10}
    print("small pools after freeze:", low or "none")


if __name__ == "__main__":
    main()
