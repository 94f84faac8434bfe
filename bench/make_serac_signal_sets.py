#!/usr/bin/env python3
"""Serac: a blind evaluation split for the request signals, organised around CARE OF OLDER AND DISABLED PEOPLE.

Writes bench/data/signals/pii_serac.jsonl and bench/data/signals/complexity_serac.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category,
label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind. Its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    detector, the scorer, their tests, the evaluator, results, docs, policies, README, git history, and no other
    generator (their sources are only scanned automatically by ``frozen_words`` below). Every name, street,
    town, agency, care-home and supplier pool of this file is composed at run time from invented,
    locale-typical parts and any entry sharing a word (or a non-ASCII bigram) with the frozen word set is
    dropped (capped retries; the run aborts if a pool cannot be filled). Generic type words that only complete
    a composed stem (Road, Straße, Care, Ltd, Pflegedienst ...) are template words, not pool entries: the
    check is applied to the distinctive invented stem. The other new splits of this batch (talus, moulin) are
    in FROZEN_AGAINST too; serac is this file.

Organising principle
    CARE OF OLDER AND DISABLED PEOPLE AT HOME AND IN CARE HOMES. Nine kinds, each a category with sensitive
    records (``<kind>``) and benign hard negatives of the same kind (``<kind>_benign``): visit_log (home-care
    visit notes), shift_handover (carers' handovers), admission_pack (care-home admission packs), mar_chart
    (medication administration records), poa_nok_letter (power of attorney / next-of-kin letters),
    care_assessment (social-care and needs assessments), adaptation_request (mobility aids, stairlifts, grab
    rails, wet rooms), family_update (WhatsApp-style family <-> carer messages), rota_timesheet (agency rotas,
    timesheets, mileage). 23 locales in Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Han, Kana
    and Hangul scripts, written as carers, coordinators, nurses, social workers, relatives and office staff
    write: abbreviations (SU, PC, PRN, MAR, NOK, LPA, DNACPR, OT, DFG), typos, code-switching, pasted forms,
    CSV, JSON, e-mails, chat logs.

    The line drawn (what a care-sector privacy officer would call personal data): residents, clients, service
    users, their relatives and named individual carers are private people -- their names (a full name, or a
    first name with a relation/role cue such as "Mum's carer X"), birth dates, home addresses, private phones
    and e-mails, national / tax / health-insurance / hospital numbers, bank and card details and home IP
    addresses are SENSITIVE. BENIGN are: agencies, councils, care homes, pharmacies and equipment suppliers in
    their organisational role (switchboards, role mailboxes, registered offices, regulator location IDs),
    public figures in their public role (a care minister, a charity patron, a councillor as cabinet member),
    eponyms (Alzheimer's, Parkinson's, Barthel index, Zimmer frame), fictional characters read at activity
    sessions, named wards, wings, rooms and buildings, blank templates with placeholders, already-anonymised
    notes ("Resident A, Room 12"), aggregated statistics, documentation/test values (drama phone ranges,
    test card numbers, RFC 5737 addresses, example.org), and reference numbers that look like identifiers
    (purchase orders, invoice, equipment serial, batch and shift codes).

Labels
    ``entities`` is a list of {"type", "value"} dicts, computed by searching the serialised body (file parts
    base64-decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff it is
    non-empty (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH,
    NATIONAL_ID, TAX_ID, HEALTH_INSURANCE (NHS number, KVNR, Medicare MBI), CREDIT_CARD, IBAN_CODE,
    IP_ADDRESS, ssn (US only), US_BANK_NUMBER (routing + account), MEDICAL_RECORD (hospital / GP record
    numbers). About 12% of sensitive records carry a single incidental item (a first name with a relation or
    role cue, one phone number in a long text, one birth date). Complexity: label 1 = needs a strong model
    (short_hard, long_hard), 0 otherwise; length_adversarial for short_hard and long_easy (>= 1,500 chars).

Contents (seed 20260607; the run prints all counts)
    pii_serac.jsonl: 504 requests (454 chat, 50 completions) in 23 locales; 9 kinds x 56 (32-33 sensitive,
    23-24 benign): 293 sensitive / 211 benign (58.1%); 36 of the sensitive ones (12.3%) carry a single
    incidental item. Entity types: person, PHONE_NUMBER, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID,
    EMAIL_ADDRESS, IBAN_CODE, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, MEDICAL_RECORD, IP_ADDRESS,
    US_BANK_NUMBER, ssn. Placements: user, system, assistant, tool result, text part, base64 file part,
    tool-call arguments, tool schema description, response_format json_schema description, ``user`` field,
    image_url query string, legacy completions prompt. complexity_serac.jsonl: 190 requests (174 chat,
    16 completions) in 22 language tags: short_simple 47, long_easy 50 (>= 1,500 chars), short_hard 50,
    long_hard 43; 100 (53%) length-adversarial, 93 labelled 1. Freeze: ~95k frozen words; 225 composed
    pool candidates dropped over 61 pools, none emptied (real-word street / town names had to be replaced
    by composed stems).

Validation
    Identifiers carry valid check digits and are validated with python-stdnum (NHS, UTR, Steuer-IdNr, NIR,
    BSN, DNI, codice fiscale, PESEL, CPF, personnummer, HETU, AMKA, TCKN, INN, teudat zehut, Aadhaar, PAN,
    My Number, RRN, RIC, Thai PIN, SSN, ABA routing, PPS, IBAN), Luhn (cards, Emirates ID) or an own routine
    (KVNR check digit, NINO and Medicare MBI format); phones with ``phonenumbers`` (valid for their region);
    the run aborts on any invalid value. Every retry loop is capped.

Command (deterministic, byte-reproducible across PYTHONHASHSEED)
    python bench/make_serac_signal_sets.py [--seed 20260607] [--out bench/data/signals]
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
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SEED = 20260607

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus moulin").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
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


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    toks += [m.group(0).lower() for m in re.finditer(r"\b[A-Z][A-Za-z'\-]+", entry)]
    if any(t in FROZEN for t in toks):
        return True
    non = [t.lower() for t in WORD.findall(entry)]
    for a, b in zip(non, non[1:]):
        if (any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b)) and f"{a} {b}" in FROZEN:
            return True
    return False


def compose_pool(key, rng, parts, n, joiner="", cap=4000):
    """Compose up to n entries from the product of part lists, dropping frozen ones (capped)."""
    combos = list(itertools.product(*parts))
    rng.shuffle(combos)
    out, seen = [], set()
    for tries, c in enumerate(combos):
        if tries >= cap or len(out) >= n:
            break
        e = joiner.join(c)
        if e in seen:
            continue
        seen.add(e)
        if is_frozen(e):
            FREEZE_STATS[key] += 1
            continue
        out.append(e)
    if len(out) < min(n, 6):
        raise SystemExit(f"pool {key} could not be filled ({len(out)})")
    return out


# ----------------------------------------------------------------------------------------------------------
# identifiers (all validated; every loop capped)
# ----------------------------------------------------------------------------------------------------------
class Invalid(SystemExit):
    pass


def need(ok, what):
    if not ok:
        raise Invalid(f"invalid generated value: {what}")


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def brute(rng, make, valid, what, cap=3000):
    for _ in range(cap):
        v = make()
        if valid(v):
            return v
    raise Invalid(f"could not generate {what}")


def luhn_complete(rng, prefix, length):
    body = prefix + digits(rng, length - len(prefix) - 1)
    v = body + luhn.calc_check_digit(body)
    need(luhn.is_valid(v), "luhn")
    return v


def kvnr_ok(v):
    if not re.fullmatch(r"[A-Z]\d{9}", v):
        return False
    s = f"{ord(v[0]) - 64:02d}" + v[1:9]
    tot = 0
    for i, ch in enumerate(s):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(v[9])


NINO_RE = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
MBI_RE = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                    r"[AC-HJKMNP-RT-Y]{2}\d{2}")
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def gen_id(rng, kind, dob):
    """Return (display value, type) for an identifier kind; dob is a date."""
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    if kind == "nhs":
        v = brute(rng, lambda: str(rng.randint(4, 6)) + digits(rng, 9),
                  nhs.is_valid, "nhs")
        return f"{v[:3]} {v[3:6]} {v[6:]}", "HEALTH_INSURANCE"
    if kind == "nino":
        v = brute(rng, lambda: rng.choice("ABCEHJKLMNPRSTWY") + rng.choice("ABCEHJKLMNPRSTWXY") + digits(rng, 6)
                  + rng.choice("ABCD"), NINO_RE.fullmatch, "nino")
        return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", "NATIONAL_ID"
    if kind == "utr":
        v = brute(rng, lambda: digits(rng, 10), utr.is_valid, "utr")
        return v, "TAX_ID"
    if kind == "pps":
        b = digits(rng, 7)
        v = brute(rng, lambda: b + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), pps.is_valid, "pps")
        return v, "NATIONAL_ID"
    if kind == "ssn":
        v = brute(rng, lambda: f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}",
                  us_ssn.is_valid, "ssn")
        return f"{v[:3]}-{v[3:5]}-{v[5:]}", "ssn"
    if kind == "mbi":
        def mk():
            c = [str(rng.randint(1, 9)), rng.choice(MBI_L), rng.choice(MBI_L + string.digits), str(rng.randint(0, 9)),
                 rng.choice(MBI_L), rng.choice(MBI_L + string.digits), str(rng.randint(0, 9)), rng.choice(MBI_L),
                 rng.choice(MBI_L), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
            return "".join(c)
        v = brute(rng, mk, MBI_RE.fullmatch, "mbi")
        return f"{v[:4]}-{v[4:7]}-{v[7:]}", "HEALTH_INSURANCE"
    if kind == "usbank":
        r = brute(rng, lambda: rng.choice(["0", "1", "2", "3"]) + digits(rng, 8), rtn.is_valid, "rtn")
        a = digits(rng, rng.choice([9, 10, 12]))
        return f"routing {r} acct {a}", "US_BANK_NUMBER"
    if kind == "steuerid":
        v = brute(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), idnr.is_valid, "idnr")
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "TAX_ID"
    if kind == "kvnr":
        v = brute(rng, lambda: rng.choice(string.ascii_uppercase) + digits(rng, 9), kvnr_ok, "kvnr")
        return v, "HEALTH_INSURANCE"
    if kind == "nir":
        sex = rng.choice("12")
        dep = rng.choice(["75", "69", "13", "33", "59", "35", "44", "67", "31", "29"])
        b = f"{sex}{yy:02d}{mm:02d}{dep}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(b) % 97
        v = f"{b}{key:02d}"
        need(nir.is_valid(v), "nir")
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "NATIONAL_ID"
    if kind == "bsn":
        v = brute(rng, lambda: str(rng.randint(1, 6)) + digits(rng, 8), bsn.is_valid, "bsn")
        return v, "NATIONAL_ID"
    if kind == "dni":
        b = f"{rng.randint(1000000, 59999999):08d}"
        v = b + dni.calc_check_digit(b)
        need(dni.is_valid(v), "dni")
        return v, "NATIONAL_ID"
    if kind == "cf":
        months = "ABCDEHLMPRST"
        cons = "BCDFGHLMNPRSTVZ"
        b = ("".join(rng.choice(cons) for _ in range(6)) + f"{yy:02d}" + months[mm - 1]
             + f"{dd + rng.choice([0, 40]):02d}" + rng.choice("ABCDEFGHLM") + f"{rng.randint(1, 999):03d}")
        v = b + codicefiscale.calc_check_digit(b)
        need(codicefiscale.is_valid(v), "cf")
        return v, "TAX_ID"
    if kind == "pesel":
        b = f"{yy:02d}{mm:02d}{dd:02d}"
        v = brute(rng, lambda: b + digits(rng, 5), pesel.is_valid, "pesel")
        return v, "NATIONAL_ID"
    if kind == "cpf":
        v = brute(rng, lambda: digits(rng, 11), cpf.is_valid, "cpf", cap=6000)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "TAX_ID"
    if kind == "pnr":
        b = f"{yy:02d}{mm:02d}{dd:02d}"
        v = brute(rng, lambda: b + digits(rng, 4), personnummer.is_valid, "pnr")
        return f"{dob.year}{mm:02d}{dd:02d}-{v[6:]}", "NATIONAL_ID"
    if kind == "hetu":
        b = f"{dd:02d}{mm:02d}{yy:02d}-{rng.randint(2, 899):03d}"
        v = brute(rng, lambda: b + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), hetu.is_valid, "hetu")
        return v, "NATIONAL_ID"
    if kind == "amka":
        b = f"{dd:02d}{mm:02d}{yy:02d}"
        v = brute(rng, lambda: b + digits(rng, 5), amka.is_valid, "amka")
        return v, "NATIONAL_ID"
    if kind == "tckn":
        v = brute(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), tckimlik.is_valid, "tckn", cap=20000)
        return v, "NATIONAL_ID"
    if kind == "inn":
        v = brute(rng, lambda: rng.choice(["77", "78", "50", "54", "66", "16"]) + digits(rng, 10), inn.is_valid,
                  "inn", cap=20000)
        return v, "TAX_ID"
    if kind == "ilid":
        v = brute(rng, lambda: digits(rng, 9), il_idnr.is_valid, "il")
        return v, "NATIONAL_ID"
    if kind == "eid":
        v = luhn_complete(rng, f"784{dob.year}", 15)
        return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}", "NATIONAL_ID"
    if kind == "aadhaar":
        v = brute(rng, lambda: str(rng.randint(2, 9)) + digits(rng, 11), aadhaar.is_valid, "aadhaar")
        return f"{v[:4]} {v[4:8]} {v[8:]}", "NATIONAL_ID"
    if kind == "pan":
        v = brute(rng, lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "P"
                  + rng.choice(string.ascii_uppercase) + digits(rng, 4) + rng.choice(string.ascii_uppercase),
                  pan.is_valid, "pan")
        return v, "TAX_ID"
    if kind == "mynumber":
        v = brute(rng, lambda: digits(rng, 12), jp_in.is_valid, "mynumber")
        return f"{v[:4]} {v[4:8]} {v[8:]}", "NATIONAL_ID"
    if kind == "rrn":
        b = f"{yy:02d}{mm:02d}{dd:02d}"
        v = brute(rng, lambda: b + rng.choice("12") + digits(rng, 6), rrn.is_valid, "rrn", cap=20000)
        return f"{v[:6]}-{v[6:]}", "NATIONAL_ID"
    if kind == "ric":
        b = rng.choice(["110101", "310104", "440106", "510107", "320102", "420106"]) + dob.strftime("%Y%m%d")
        v = brute(rng, lambda: b + digits(rng, 3) + rng.choice("0123456789X"), ric.is_valid, "ric")
        return v, "NATIONAL_ID"
    if kind == "thpin":
        v = brute(rng, lambda: str(rng.randint(1, 8)) + digits(rng, 12), th_pin.is_valid, "thpin")
        return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "NATIONAL_ID"
    raise KeyError(kind)


BBAN = {"GB": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)) + digits(r, 14),
        "IE": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)) + digits(r, 14),
        "DE": lambda r: digits(r, 18), "FR": lambda r: digits(r, 23), "NL": lambda r: "".join(
            r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)) + digits(r, 10),
        "ES": lambda r: digits(r, 20), "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(r, 22),
        "PL": lambda r: digits(r, 24), "FI": lambda r: digits(r, 14), "GR": lambda r: digits(r, 23),
        "TR": lambda r: digits(r, 5) + "0" + digits(r, 16), "AE": lambda r: digits(r, 19),
        "SE": lambda r: digits(r, 20)}


def gen_iban(rng, cc):
    def mk():
        b = BBAN[cc](rng)
        chk = std_iban.calc_check_digits(cc + "00" + b)
        return cc + chk + b
    v = brute(rng, mk, std_iban.is_valid, f"iban {cc}", cap=8000)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)), "IBAN_CODE"


def gen_card(rng):
    v = luhn_complete(rng, rng.choice(["4", "51", "53", "55"]) + digits(rng, 3), 16)
    need(not v.startswith("4111111"), "card")
    return " ".join(v[i:i + 4] for i in range(0, 16, 4)), "CREDIT_CARD"


def gen_ip(rng):
    for _ in range(500):
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not a.is_multicast:
            return str(a), "IP_ADDRESS"
    raise Invalid("ip")


def gen_mrn(rng, lang):
    fmt = {"en-GB": lambda: rng.choice(["RX", "K", "M", "H"]) + digits(rng, 7),
           "cy-GB": lambda: rng.choice(["B", "W", "T"]) + digits(rng, 6) + rng.choice("ABCH"),
           "en-US": lambda: "MRN " + digits(rng, 8), "ja-JP": lambda: digits(rng, 8),
           "de-DE": lambda: "PID " + digits(rng, 8)}.get(lang, lambda: digits(rng, 7))
    v = fmt()
    need(re.fullmatch(r"[A-Z ]{0,4}\d{6,8}[A-Z]?", v) is not None, "mrn")
    return v, "MEDICAL_RECORD"


def gen_phone(rng, region, mobile=True, fmt="national"):
    t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nat = phonenumbers.national_significant_number(ex)
    keep = max(2, len(nat) - 6)
    for _ in range(400):
        cand = nat[:keep] + digits(rng, len(nat) - keep)
        if cand == nat:
            continue
        num = phonenumbers.parse(cand, region)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            f = {"national": phonenumbers.PhoneNumberFormat.NATIONAL,
                 "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                 "e164": phonenumbers.PhoneNumberFormat.E164}[fmt]
            s = phonenumbers.format_number(num, f)
            chk = phonenumbers.parse(s, region)
            need(phonenumbers.is_valid_number(chk), f"phone {region}")
            return s, "PHONE_NUMBER"
    raise Invalid(f"phone {region}")


# ----------------------------------------------------------------------------------------------------------
# locales: invented name / street / town parts (composed, then frozen-checked), labels and care phrases
# ----------------------------------------------------------------------------------------------------------
def pc_gb(r):
    return (r.choice(["LS", "BD", "NE", "CF", "SA", "PL", "EX", "NR", "YO", "HU", "DN", "TS", "LL", "SY"])
            + str(r.randint(1, 29)) + " " + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXY")
            + r.choice("ABDEFGHJLNPQRSTUWXY"))


LOC = {
    "en-GB": dict(region="GB", ids=["nhs", "nino", "utr", "mrn"], iban="GB", card=True, ip=True,
                  given=[["Mar", "Dor", "Hil", "Win", "Gwen", "Ros", "Mav", "Ken", "Stan", "Nor", "Ver", "Cyr", "Ed",
                          "Lor", "Ber"], ["wyn", "ette", "ford", "ine", "ella", "ric", "ald", "een", "ie", "ia"]],
                  family=[["Ash", "Brack", "Cran", "Dunn", "Fal", "Hart", "Kel", "Pen", "Rad", "Thorn", "Yar", "Bram",
                           "Cot", "Hol", "Sel"], ["worth", "combe", "shaw", "mere", "bury", "stock", "hurst", "ridge",
                                                  "dale", "well", "by"]],
                  street=[["Bry", "Cal", "Fen", "Gild", "Hask", "Lud", "Mor", "Quen", "Tib", "Wend"],
                          ["wick", "moor", "stone", "lea", "holme", "garth"]],
                  stype=["Close", "Road", "Avenue", "Gardens", "Crescent", "Court", "Lane"],
                  town=[["Ock", "Hal", "Wet", "Brad", "Mars", "Sker", "Thirl", "Ulver"], ["ington", "thorpe", "ley",
                                                                                              "field", "stow", "by"]],
                  addr=lambda s, n, t, r: f"{n} {s}, {t} {pc_gb(r)}", dfmt="%d/%m/%Y",
                  mail=["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "sky.com"],
                  L=dict(name="Name", dob="DOB", addr="Address", tel="Tel", nok="NOK", mum="Mum", dad="Dad",
                         carer="carer", agency="Home Care Ltd", home="Care Home", council="Council"),
                  visit=["PC given, strip wash, pad changed, skin intact no redness", "meds prompted from dosette,"
                         " all taken, MAR signed", "made tea + toast, ate 1/2, fluids 200ml, left drink in reach",
                         "bit low in mood today, chatted re grandkids, settled when I left"],
                  hand=["settled night, 2 hourly checks, repositioned 02:00 + 04:00", "refused evening meds x2,"
                        " GP to be informed in am", "pressure area L heel looks pink, cream applied, DN aware"],
                  ask=["can you tidy this up into proper care notes", "summarise for the office pls",
                       "turn this into a handover for the next carer"]),
    "cy-GB": dict(region="GB", ids=["nhs", "mrn"], iban=None, card=False, ip=False,
                  given=[["Gwen", "Eir", "Mair", "Dil", "Myf", "Ieu", "Glyn", "Ang", "Cer", "Nes"],
                         ["llian", "lys", "wen", "ys", "anwy", "an", "ydd", "eth"]],
                  family=[["Pry", "Lly", "Meu", "Gwy", "Tudw", "Peny", "Cad", "Bry", "Rhy"],
                          ["thero", "welyn", "rig", "nne", "fan", "wgan", "derch", "nallt"]],
                  street=[["Bryn", "Maes", "Pant", "Cwm", "Llan", "Tre"], ["gwyn", "hir", "coed", "derw", "melyn"]],
                  stype=["Heol", "Ffordd", "Stryd"], town=[["Aber", "Llan", "Pen", "Cae", "Tal"],
                                                           ["gwili", "dewi", "rhos", "ffos", "bont"]],
                  addr=lambda s, n, t, r: f"{n} {s}, {t} {pc_gb(r)}", dfmt="%d/%m/%Y",
                  mail=["btinternet.com", "gmail.com", "hotmail.co.uk"],
                  L=dict(name="Enw", dob="Dyddiad geni", addr="Cyfeiriad", tel="Ffôn", nok="Perthynas agosaf",
                         mum="Mam", dad="Dad", carer="gofalwr", agency="Gofal Cartref", home="Cartref Gofal",
                         council="Cyngor"),
                  visit=["gofal personol wedi'i roi, croen yn iawn", "meddyginiaeth wedi'i chymryd, MAR wedi'i lofnodi",
                         "wedi bwyta hanner brechdan, diod o fewn cyrraedd"],
                  hand=["noson dawel, wedi troi am 2 a 4", "wedi gwrthod tabledi nos, rhoi gwybod i'r meddyg"],
                  ask=["allwch chi grynhoi hwn yn Saesneg", "tidy this up pls, half Welsh half English sorry",
                       "cyfieithwch i'r Saesneg os gwelwch yn dda"]),
    "en-IE": dict(region="IE", ids=["pps"], iban="IE", card=True, ip=False,
                  given=[["Bríd", "Siob", "Maur", "Eil", "Pád", "Nuá", "Tad", "Sorch", "Ai", "Cait"],
                         ["ín", "hán", "een", "ís", "raig", "la", "ne", "ríona"]],
                  family=[["Mac", "O'"], ["Dunl", "Fearg", "Loing", "Ruair", "Gallch", "Tiern", "Cuill", "Brad"],
                          ["eavy", "usa", "sigh", "obhair", "ane", "ahan", "ey"]],
                  street=[["Ard", "Bally", "Kil", "Glen", "Rath", "Dun"], ["more", "beg", "vara", "ross", "cloon"]],
                  stype=["Road", "Park", "Drive", "Lawns", "Grove"], town=[["Bally", "Kil", "Carrig", "Ennis", "Cloon"],
                                                                          ["haunis", "dorrery", "macow", "tymon"]],
                  addr=lambda s, n, t, r: f"{n} {s}, {t}, Co. {r.choice(['Mayo', 'Clare', 'Cork', 'Kerry', 'Galway'])}"
                  f" {r.choice(['F23', 'V95', 'P31', 'H91'])} {r.choice('ACDEFHKNPRTVWXY')}{digits(r, 2)}"
                  f"{r.choice('ACDEFHKNPRTVWXY')}", dfmt="%d/%m/%Y", mail=["eircom.net", "gmail.com", "yahoo.ie"],
                  L=dict(name="Name", dob="DOB", addr="Address", tel="Mobile", nok="NOK", mum="Mam", dad="Dad",
                         carer="carer", agency="Homecare", home="Nursing Home", council="HSE CHO"),
                  visit=["assisted w/ shower, dressed, sitting in the kitchen after", "tablets taken from blister pack"
                         ", signed", "in good form today, talking about the match"],
                  hand=["quiet night, checked hourly", "not eating much, fortisip offered, took half"],
                  ask=["can you write this up properly for the HSE", "make this into a handover", "summarise pls"]),
    "en-US": dict(region="US", ids=["ssn", "mbi", "usbank", "mrn"], iban=None, card=True, ip=True,
                  given=[["Lor", "Bev", "Dor", "Shir", "Mil", "Glen", "Har", "Earl", "Vern", "Del"],
                         ["etta", "erly", "ene", "ley", "dred", "don", "old", "ine", "ma"]],
                  family=[["Whit", "Pell", "Crog", "Hadd", "Stov", "Kimb", "Lusk", "Marr"],
                          ["aker", "ington", "ham", "ley", "erson", "all", "ow"]],
                  street=[["Sycam", "Pecan", "Birch", "Cedar", "Willow"], ["hollow", "ridge", "bend", "crest"]],
                  stype=["Dr", "St", "Ave", "Ct", "Ln"], town=[["Spring", "Fair", "Oak", "Pine", "Green"],
                                                               ["dale", "mont", "haven", "ville", "port"]],
                  addr=lambda s, n, t, r: f"{n * 17} {s}, {t}, {r.choice(['OH', 'PA', 'FL', 'AZ', 'MN'])} "
                  f"{r.randint(10000, 89999)}", dfmt="%m/%d/%Y", mail=["aol.com", "gmail.com", "comcast.net"],
                  L=dict(name="Name", dob="DOB", addr="Address", tel="Phone", nok="Emergency contact", mum="Mom",
                         dad="Dad", carer="aide", agency="Home Health LLC", home="Assisted Living",
                         council="Area Agency on Aging"),
                  visit=["ADLs assisted, shower chair used, no falls", "med reminder given, pt took AM meds",
                         "vitals BP 138/82 P 76, no c/o pain"],
                  hand=["pt slept thru, incontinent x1, brief changed", "family to bring more ensure"],
                  ask=["write this as a shift note for the agency", "summarize for the case manager",
                       "clean up my notes pls"]),
    "de-DE": dict(region="DE", ids=["steuerid", "kvnr"], iban="DE", card=False, ip=True,
                  given=[["Hil", "Wal", "Ing", "Ros", "Gis", "Irm", "Ul", "Rein", "Lie", "Ger"],
                         ["trud", "degard", "bert", "hold", "linde", "wina", "traud", "gard", "mar"]],
                  family=[["Brem", "Kalt", "Wend", "Moos", "Rott", "Eich", "Brenn", "Sand", "Hof"],
                          ["bauer", "gruber", "hagen", "inger", "wald", "lechner", "huber", "reiter"]],
                  street=[["Holunder", "Quitten", "Lerchen", "Ammer", "Kranich", "Mispel"], ["weg", "straße", "ring",
                                                                                              "gasse", "steig"]],
                  stype=[""], town=[["Ober", "Nieder", "Alt", "Neu"], ["kirchbach", "hausen", "felden", "rode",
                                                                        "stetten"]],
                  addr=lambda s, n, t, r: f"{s} {n}, {r.randint(10000, 99999)} {t}", dfmt="%d.%m.%Y",
                  mail=["web.de", "gmx.de", "t-online.de"],
                  L=dict(name="Name", dob="Geb.", addr="Anschrift", tel="Tel.", nok="Angehörige", mum="Mutter",
                         dad="Vater", carer="Pflegekraft", agency="Pflegedienst", home="Seniorenheim",
                         council="Pflegestützpunkt"),
                  visit=["Grundpflege durchgeführt, Haut intakt", "Medis gestellt u. eingenommen, abgezeichnet",
                         "Trinkmenge ca. 800 ml, Essen auf Rädern kam"],
                  hand=["Nacht ruhig, 2-stündl. gelagert", "Abendmedikation verweigert, HA morgen informieren"],
                  ask=["bitte in ordentliche Pflegedoku umformulieren", "fass das kurz zusammen für die PDL",
                       "translate to English pls"]),
    "fr-FR": dict(region="FR", ids=["nir"], iban="FR", card=True, ip=False,
                  given=[["Ger", "Mon", "Jacq", "Odet", "Simo", "Suz", "Ren", "Paul", "Mich"],
                         ["maine", "ique", "ueline", "te", "nne", "ette", "elle", "ine"]],
                  family=[["Bou", "Four", "Gir", "Lam", "Rav", "Dub", "Pel", "Chav"], ["chet", "nier", "ault", "ard",
                                                                                     "ignac", "eron", "aud"]],
                  street=[["Bel", "Vau", "Roch", "Fon", "Gué", "Mal"], ["audière", "ellerie", "ignolle", "anderie", "ouillère", "essarde"]],
                  stype=["rue de la", "allée de la", "impasse de la"], town=[["Saint-", "Mont", "Ville"],
                                                                        ["Orbec", "ferrand", "rieux", "lauzet"]],
                  addr=lambda s, n, t, r: f"{n} {s}, {r.randint(10, 95)}{r.randint(100, 990)} {t}", dfmt="%d/%m/%Y",
                  mail=["orange.fr", "free.fr", "laposte.net"],
                  L=dict(name="Nom", dob="Né(e) le", addr="Adresse", tel="Tél", nok="Personne de confiance",
                         mum="Maman", dad="Papa", carer="auxiliaire de vie", agency="Aide à Domicile",
                         home="EHPAD", council="CCAS"),
                  visit=["toilette faite au lavabo, habillage ok", "médicaments pris (pilulier), noté sur la fiche",
                         "repas pris à moitié, hydratation à surveiller"],
                  hand=["nuit calme, changes faits à 2h et 5h", "a refusé le traitement du soir, prévenir IDE"],
                  ask=["peux-tu mettre ça au propre en transmissions ciblées", "résume pour la coordinatrice",
                       "translate to English please"]),
    "nl-NL": dict(region="NL", ids=["bsn"], iban="NL", card=False, ip=False,
                  given=[["Ger", "Wil", "Hen", "Cor", "Tru", "Rie", "Jo", "Ant"], ["rit", "lemien", "drika", "nelia",
                                                                                 "dina", "ke", "us"]],
                  family=[["Brak", "Hoog", "Wijn", "Kool", "Lin", "Bos", "Meer"], ["straten", "hoven", "kamp", "huis",
                                                                                  "broek", "horst"]],
                  street=[["Meidoorn", "Vlier", "Hazelaar", "Kievit", "Lijster"], ["laan", "straat", "hof", "erf"]],
                  stype=[""], town=[["Wer", "Bee", "Loos", "Hul", "Zwan", "Ter"], ["velde", "kum", "sloot", "horst", "wolde", "aar"]],
                  addr=lambda s, n, t, r: f"{s} {n}, {r.randint(1000, 9999)} {r.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
                  f"{r.choice('ABCDEFGHJKLMNPRSTVWXZ')} {t}", dfmt="%d-%m-%Y", mail=["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
                  L=dict(name="Naam", dob="Geb.datum", addr="Adres", tel="Tel", nok="Eerste contactpersoon",
                         mum="moeder", dad="vader", carer="verzorgende", agency="Thuiszorg", home="verpleeghuis",
                         council="Wmo-loket gemeente"),
                  visit=["ADL gedaan, gedoucht, huid gaaf", "medicatie uit baxterrol aangereikt, afgetekend",
                         "at weinig, drinklijst bijgehouden"],
                  hand=["rustige nacht, 2x gewisseld", "avondmedicatie geweigerd, huisarts morgen bellen"],
                  ask=["kun je dit netjes rapporteren in het zorgdossier", "vat samen voor de wijkverpleging",
                       "translate into English"]),
    "es-ES": dict(region="ES", ids=["dni"], iban="ES", card=True, ip=False,
                  given=[["Ma", "Ro", "Am", "En", "Do", "Pu", "Ra"], ["rcedes", "sario", "paro", "carna", "lores",
                                                                    "mona", "quina"]],
                  family=[["Garr", "Mend", "Olm", "Cast", "Uri", "Esp", "Barr"], ["ido", "ieta", "edo", "ejón",
                                                                                 "arte", "inosa", "ueta"]],
                  street=[["Alm", "Olm", "Carr", "Tom", "Ber", "Sauc"], ["edales", "izares", "ascales", "illares", "ejales"]], stype=["C/ de los", "Avda. de los"],
                  town=[["Villa", "Torre", "Puebla"], ["rrubia", "llano", "seca", "mayor"]],
                  addr=lambda s, n, t, r: f"{s} {n}, {r.randint(1, 5)}º {r.choice('ABCD')}, {r.randint(10, 50)}"
                  f"{r.randint(100, 999)} {t}", dfmt="%d/%m/%Y", mail=["gmail.com", "hotmail.es", "telefonica.net"],
                  L=dict(name="Nombre", dob="F. nac.", addr="Domicilio", tel="Tel.", nok="Familiar de referencia",
                         mum="mi madre", dad="mi padre", carer="auxiliar", agency="Ayuda a Domicilio",
                         home="residencia", council="Servicios Sociales"),
                  visit=["aseo en cama, cambio de pañal, piel sin rojeces", "medicación del pastillero tomada",
                         "desayuno completo, bebe poco"],
                  hand=["noche tranquila, cambios posturales", "no quiso la medicación de la noche, avisar enfermería"],
                  ask=["pásalo a limpio para el informe", "resume esto para la trabajadora social",
                       "traducir al inglés porfa"]),
    "it-IT": dict(region="IT", ids=["cf"], iban="IT", card=False, ip=False,
                  given=[["Giusep", "Ros", "Anton", "Carm", "Luig", "Teres", "Vitt"], ["pina", "aria", "ietta", "ela",
                                                                                     "ina", "orio"]],
                  family=[["Espos", "Ferr", "Colomb", "Ricc", "Gall", "Cont", "Pell"], ["ito", "etti", "ucci", "ani",
                                                                                      "oni", "ese"]],
                  street=[["Gel", "Mand", "Carp", "Ort", "Cast", "Pesc"], ["soni", "orlini", "inelli", "aletti", "ugnani"]],
                  stype=["Via dei", "Vicolo dei"], town=[["Borgo", "Castel", "Monte"], ["fiorito", "nuovo", "lupo"]],
                  addr=lambda s, n, t, r: f"{s} {n}, {r.randint(10, 98)}{r.randint(100, 999)} {t}",
                  dfmt="%d/%m/%Y", mail=["libero.it", "virgilio.it", "alice.it"],
                  L=dict(name="Nome", dob="Nata il", addr="Indirizzo", tel="Cell.", nok="Familiare di riferimento",
                         mum="mamma", dad="papà", carer="badante", agency="Assistenza Domiciliare", home="RSA",
                         council="Servizi Sociali del Comune"),
                  visit=["igiene fatta, cute integra", "terapia assunta, firmato il foglio",
                         "ha mangiato poco, idratazione da controllare"],
                  hand=["notte tranquilla, cambi alle 2 e alle 5", "rifiutata la terapia serale, avvisare infermiere"],
                  ask=["sistemami questa consegna", "riassumi per la coordinatrice", "translate to English"]),
    "pl-PL": dict(region="PL", ids=["pesel"], iban="PL", card=False, ip=False,
                  given=[["Hal", "Kryst", "Jadw", "Stan", "Zof", "Tad", "Bron", "Wies"], ["ina", "yna", "iga",
                                                                                        "isława", "ia", "eusz"]],
                  family=[["Kow", "Wiś", "Zal", "Grab", "Jank", "Maz", "Dąbr"], ["alska", "niewska", "ewska", "owska",
                                                                               "czyk", "iak"]],
                  street=[["Kalin", "Jarzęb", "Wrzos", "Konwal", "Modrzew", "Grab"], ["owska", "iecka", "ińska", "ówkowa"]], stype=["ul."],
                  town=[["Nowa", "Stara", "Górna"], [" Wierzbna", " Łąkowa", " Brzezinka"]],
                  addr=lambda s, n, t, r: f"{s} {n}/{r.randint(1, 40)}, {r.randint(10, 99)}-{r.randint(100, 999)} {t}",
                  dfmt="%d.%m.%Y", mail=["wp.pl", "onet.pl", "interia.pl"],
                  L=dict(name="Imię i nazwisko", dob="Data ur.", addr="Adres", tel="Tel.", nok="Osoba do kontaktu",
                         mum="mama", dad="tata", carer="opiekunka", agency="Usługi Opiekuńcze", home="DPS",
                         council="MOPS"),
                  visit=["toaleta wykonana, skóra bez odleżyn", "leki podane z dozownika", "zjadła pół obiadu"],
                  hand=["noc spokojna, zmiana pozycji co 2h", "odmówiła leków wieczornych"],
                  ask=["przepisz to ładnie do raportu", "streść dla koordynatorki", "translate to English please"]),
    "pt-BR": dict(region="BR", ids=["cpf"], iban=None, card=True, ip=True,
                  given=[["Ma", "Jo", "An", "Ter", "Fran", "Rai", "Se"], ["ria", "sefa", "tônia", "ezinha", "cisca",
                                                                         "munda", "bastião"]],
                  family=[["Oli", "Car", "Fer", "Alm", "Ara", "Pe"], ["veira", "valho", "reira", "eida", "újo",
                                                                       "ixoto"]],
                  street=[["Paine", "Jabuti", "Ara", "Caju", "Goia", "Pitan"], ["ranas", "queiras", "zeiras", "beiras", "gueiras"]],
                  stype=["Rua das", "Travessa das"], town=[["Serra", "Bom", "Itá", "Guara", "Jaca", "Ibi"], ["pora", "tuba", "nhém", "rema", "tinga", "quara"]],
                  addr=lambda s, n, t, r: f"{s}, {n * 13}, {t} - {r.choice(['MG', 'SP', 'BA', 'RS'])}, CEP "
                  f"{r.randint(10000, 99999)}-{r.randint(100, 999)}", dfmt="%d/%m/%Y",
                  mail=["gmail.com", "bol.com.br", "uol.com.br"],
                  L=dict(name="Nome", dob="Nasc.", addr="Endereço", tel="Cel.", nok="Responsável", mum="minha mãe",
                         dad="meu pai", carer="cuidadora", agency="Home Care", home="ILPI", council="CRAS"),
                  visit=["banho no leito, fralda trocada", "medicação das 8h dada, anotado",
                         "almoçou bem, aceitou suco"],
                  hand=["noite tranquila, mudança de decúbito", "recusou remédio da noite, avisar enfermeira"],
                  ask=["organiza esse relatório pra mim", "resume pra família", "traduz pro inglês"]),
    "sv-SE": dict(region="SE", ids=["pnr"], iban="SE", card=False, ip=False,
                  given=[["Ing", "Bri", "Ast", "Gun", "Sol", "Ul", "Sig"], ["rid", "tta", "veig", "ild", "borg", "vor"]],
                  family=[["Lind", "Sjö", "Ek", "Ström", "Holm", "Alm", "Dahl"], ["qvist", "gren", "blad", "stedt",
                                                                                "strand", "lund"]],
                  street=[["Rönn", "Hägg", "Sälg", "Lönn", "Asp"], ["bärsvägen", "gatan", "stigen"]], stype=[""],
                  town=[["Öster", "Väster", "Norr"], ["vik", "åker", "tuna", "hamra"]],
                  addr=lambda s, n, t, r: f"{s} {n}, {r.randint(100, 989)} {r.randint(10, 99)} {t}", dfmt="%Y-%m-%d",
                  mail=["telia.com", "gmail.com", "hotmail.se"],
                  L=dict(name="Namn", dob="Född", addr="Adress", tel="Tel", nok="Anhörig", mum="mamma", dad="pappa",
                         carer="undersköterska", agency="Hemtjänst", home="särskilt boende", council="kommunen"),
                  visit=["hjälp med dusch och påklädning", "medicin given enligt signeringslista",
                         "åt frukost, dricker dåligt"],
                  hand=["lugn natt, vändning var 3:e timme", "vägrade kvällsmedicin, meddela ssk"],
                  ask=["skriv om det här som journalanteckning", "sammanfatta för biståndshandläggaren",
                       "translate to English"]),
    "fi-FI": dict(region="FI", ids=["hetu"], iban="FI", card=False, ip=False,
                  given=[["Ai", "Ter", "Lii", "Hel", "Sei", "Ee", "Ra"], ["no", "ttu", "sa", "ka", "ja", "va"]],
                  family=[["Kor", "Lah", "Mäk", "Vir", "Tuo", "Sal", "Hei"], ["honen", "tinen", "ikangas", "kkilä",
                                                                             "nonen", "mela"]],
                  street=[["Pihlaja", "Kataja", "Kuusi", "Tuomi"], ["kuja", "tie", "polku"]], stype=[""],
                  town=[["Ala", "Ylä", "Vähä"], ["joki", "lahti", "koski", "mäki"]],
                  addr=lambda s, n, t, r: f"{s} {n} as {r.randint(1, 20)}, {r.randint(10, 99)}{r.randint(100, 990)} {t}",
                  dfmt="%d.%m.%Y", mail=["suomi24.fi", "gmail.com", "elisanet.fi"],
                  L=dict(name="Nimi", dob="Syntynyt", addr="Osoite", tel="Puh", nok="Omainen", mum="äiti",
                         dad="isä", carer="lähihoitaja", agency="Kotihoito", home="palvelutalo", council="kunta"),
                  visit=["aamutoimet avustettu, iho kunnossa", "lääkkeet annosjakelusta otettu",
                         "söi puolet aamupalasta"],
                  hand=["yö rauhallinen", "kieltäytyi iltalääkkeistä, ilmoita sairaanhoitajalle"],
                  ask=["kirjoita tämä siistiksi kirjaukseksi", "tiivistä omaiselle", "translate to English"]),
    "el-GR": dict(region="GR", ids=["amka"], iban="GR", card=False, ip=False,
                  given=[["Ελ", "Κατ", "Μαρ", "Βασ", "Σοφ", "Δημ", "Ευ"], ["ένη", "ίνα", "ούλα", "ίλω", "θαλία"]],
                  family=[["Παπα", "Καρα", "Μαυρο", "Χατζη", "Τσιρ"], ["δοπούλου", "γιάννη", "κώστα", "νίδου", "λάκη"]],
                  street=[["Ανεμ", "Μυρτ", "Γαρδ", "Βιολ", "Κυπαρ", "Λεμον"], ["ώνης", "ιάδος", "ένιας", "ίσσου", "ιάς"]], stype=["οδός"],
                  town=[["Λευκ", "Σκαλ", "Ροδ", "Καλαμ", "Πευκ"], ["όπολη", "οχώρι", "ίτσα", "ούσα"]],
                  addr=lambda s, n, t, r: f"{s} {n}, {t} {r.randint(100, 899)} {r.randint(10, 99)}", dfmt="%d/%m/%Y",
                  mail=["otenet.gr", "gmail.com", "yahoo.gr"],
                  L=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", addr="Διεύθυνση", tel="Τηλ.", nok="Συγγενής",
                         mum="η μητέρα μου", dad="ο πατέρας μου", carer="φροντίστρια", agency="Βοήθεια στο Σπίτι",
                         home="γηροκομείο", council="ΚΑΠΗ"),
                  visit=["έγινε ατομική υγιεινή", "πήρε τα φάρμακα του πρωινού", "έφαγε λίγο, να πίνει νερό"],
                  hand=["ήσυχη νύχτα", "αρνήθηκε τα βραδινά φάρμακα"],
                  ask=["κάνε μου περίληψη", "γράψ' το σωστά για τον φάκελο", "translate to English"]),
    "tr-TR": dict(region="TR", ids=["tckn"], iban="TR", card=True, ip=False,
                  given=[["Ay", "Gül", "Ham", "Nur", "Hat", "Zey", "Mü"], ["şe", "ten", "iye", "han", "ice", "nep",
                                                                          "nevver"]],
                  family=[["Kara", "Yıl", "Öz", "Çel", "Şah", "Ert"], ["taş", "dız", "türk", "kaya", "gün", "soy"]],
                  street=[["Ihla", "Akas", "Mene", "Çına", "Kava", "Söğü"], ["murlu", "yalı", "kşeli", "rönü", "tdibi"]], stype=["Sokak", "Caddesi"],
                  town=[["Kavak", "Çamlı", "Pınar"], ["köy", "dere", "başı"]],
                  addr=lambda s, n, t, r: f"{s} No:{n} D:{r.randint(1, 20)}, {t}, {r.randint(10000, 81999)}",
                  dfmt="%d.%m.%Y", mail=["hotmail.com", "gmail.com", "yandex.com.tr"],
                  L=dict(name="Ad Soyad", dob="Doğum tarihi", addr="Adres", tel="Tel", nok="Yakını", mum="annem",
                         dad="babam", carer="bakıcı", agency="Evde Bakım", home="huzurevi",
                         council="Sosyal Hizmet Merkezi"),
                  visit=["banyo yaptırıldı, cilt sağlam", "sabah ilaçları verildi", "yarım porsiyon yedi"],
                  hand=["gece sakin geçti", "akşam ilacını reddetti, hemşireye bildir"],
                  ask=["bunu düzgün bir rapora çevir", "aileye özetle", "translate to English"]),
    "ru-RU": dict(region="RU", ids=["inn"], iban=None, card=True, ip=False,
                  given=[["Ва", "Лю", "Та", "Га", "Зи", "Кла", "Ни"], ["лентина", "дмила", "мара", "лина", "наида",
                                                                   "вдия"]],
                  family=[["Бор", "Серг", "Вет", "Жур", "Мух", "Дуб"], ["ова", "ина", "унова", "анова", "ецкая"]],
                  street=[["Рябин", "Черёмух", "Сирен", "Ольх", "Калин", "Берёз"], ["овская", "ецкая", "ичная", "инская"]], stype=["ул."],
                  town=[["Верх", "Ниж", "Старо"], ["неозёрск", "ний Лог", "полье"]],
                  addr=lambda s, n, t, r: f"{s}, д. {n}, кв. {r.randint(1, 140)}, г. {t}, {r.randint(100000, 699999)}", dfmt="%d.%m.%Y", mail=["mail.ru", "yandex.ru", "rambler.ru"],
                  L=dict(name="ФИО", dob="Дата рожд.", addr="Адрес", tel="Тел.", nok="Родственник", mum="мама",
                         dad="папа", carer="сиделка", agency="Патронажная служба", home="пансионат",
                         council="соцзащита"),
                  visit=["гигиена проведена, пролежней нет", "таблетки выпила, отметила в листе",
                         "поела немного, пьёт мало"],
                  hand=["ночь спокойная", "отказалась от вечерних таблеток"],
                  ask=["оформи это как нормальный отчёт", "кратко перескажи для родственников",
                       "translate to English"]),
    "he-IL": dict(region="IL", ids=["ilid"], iban=None, card=True, ip=False,
                  given=[["של", "אור", "נע", "מר", "דב", "יה"], ["ומית", "לה", "ית", "ורה", "נה"]],
                  family=[["גר", "ברק", "רוז", "לב", "פרי"], ["מן", "ברג", "וביץ", "סקי", "שטיין"]],
                  street=[["הדק", "הרק", "הכל", "השק", "התמ", "הגפ"], ["לון", "פתית", "נית", "דיה", "רית"]], stype=["רחוב"],
                  town=[["אלונ", "רימונ", "זית", "גפנ", "ארז"], ["ים", "ית", "יה", "ון"]],
                  addr=lambda s, n, t, r: f"{s} {n}, {r.choice(['קרית', 'נווה', 'גבעת'])} {t}", dfmt="%d.%m.%Y", mail=["walla.co.il", "gmail.com"],
                  L=dict(name="שם", dob="ת. לידה", addr="כתובת", tel="טל'", nok="בן משפחה", mum="אמא שלי",
                         dad="אבא שלי", carer="מטפלת", agency="חברת סיעוד", home="בית אבות", council="ביטוח לאומי"),
                  visit=["רחצה בוצעה, העור תקין", "לקחה את התרופות של הבוקר", "אכלה חצי מנה"],
                  hand=["לילה שקט", "סירבה לתרופות ערב, לעדכן אחות"],
                  ask=["תסכם לי את זה", "תכתוב את זה מסודר לדו\"ח", "translate to English"]),
    "ar-AE": dict(region="AE", ids=["eid"], iban="AE", card=True, ip=False,
                  given=[["سل", "نو", "حم", "رق", "فض", "زي"], ["يمة", "رة", "دة", "ية", "ينة"]],
                  family=[["ال"], ["زع", "شم", "كت", "نع", "رم", "هد", "قب"], ["ابي", "يري", "اوي", "يمي"]],
                  street=[["ال"], ["يا", "غا", "سد", "نخ", "ور", "عن"], ["سمينة", "فية", "رية", "يلة", "دانة"]], stype=["شارع"],
                  town=[["ال"], ["مر", "وا", "سي", "بر", "خو"], ["فأية", "حية", "حان", "كة", "يرة"]],
                  addr=lambda s, n, t, r: f"فيلا {n}، {s} {r.randint(2, 40)}، حي {t}", dfmt="%d/%m/%Y",
                  mail=["gmail.com", "hotmail.com", "eim.ae"],
                  L=dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", tel="هاتف", nok="أقرب الأقارب",
                         mum="والدتي", dad="والدي", carer="الممرضة المنزلية", agency="للرعاية المنزلية",
                         home="دار رعاية المسنين", council="هيئة تنمية المجتمع"),
                  visit=["تم الاستحمام والعناية بالجلد", "أخذت أدوية الصباح", "أكلت نصف الوجبة"],
                  hand=["الليلة هادئة", "رفضت دواء المساء"],
                  ask=["لخص هذا من فضلك", "اكتب تقرير زيارة مرتب", "translate to English"]),
    "hi-IN": dict(region="IN", ids=["aadhaar", "pan"], iban=None, card=True, ip=False,
                  given=[["सुर", "कम", "विम", "निर", "शार", "उर", "भग", "जग"], ["ला", "दा", "मिला", "वती", "ेश्वरी"]],
                  family=[["खंडे", "अग्र", "रस्तो", "भट", "सक्से"], ["लवाल", "वाल", "गी", "नागर", "ना"]],
                  street=[["गुल", "अशो", "पला", "कदं", "सूर", "चंद"], ["मोहरी", "कावली", "शपुरी", "बवाड़ी", "नगरी"]], stype=["मार्ग", "नगर", "विहार"],
                  town=[["रा", "का", "सी"], ["मपुर", "नपुर", "तापुर"]],
                  addr=lambda s, n, t, r: f"मकान नं. {n}, {s}, {t} {r.randint(110000, 855000)}", dfmt="%d-%m-%Y",
                  mail=["gmail.com", "rediffmail.com", "yahoo.co.in"],
                  L=dict(name="नाम", dob="जन्म तिथि", addr="पता", tel="मोबाइल", nok="परिजन", mum="मम्मी",
                         dad="पापा", carer="अटेंडेंट", agency="होम नर्सिंग", home="वृद्धाश्रम", council="समाज कल्याण विभाग"),
                  visit=["स्पंज बाथ कराया, स्किन ठीक", "सुबह की दवाई दे दी", "खाना आधा खाया"],
                  hand=["रात शांत रही", "रात की दवाई मना कर दी"],
                  ask=["isko English mein summary bana do", "इसे साफ़ रिपोर्ट में लिखो", "family ke liye short update"]),
    "ja-JP": dict(region="JP", ids=["mynumber", "mrn"], iban=None, card=True, ip=False,
                  given=[["千", "美", "和", "幸", "静", "文", "節", "久"], ["代", "枝", "江", "子", "乃"]],
                  family=[["杉", "柏", "榎", "楢", "梶", "椎", "芦", "萩"], ["沢", "原", "崎", "尾", "浦", "瀬"]],
                  street=[["椿", "楓", "柊", "榊", "樫", "楠"], ["ケ丘", "台", "野町", "が原", "見坂"]], stype=[""],
                  town=[["東", "西", "北"], ["川辺市", "森岡市", "浜名市"]],
                  addr=lambda s, n, t, r: f"〒{r.randint(100, 999)}-{r.randint(1000, 9999)} {t}{s}{r.randint(1, 5)}丁目"
                  f"{n}番{r.randint(1, 20)}号", dfmt="%Y年%m月%d日", mail=["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp"],
                  L=dict(name="氏名", dob="生年月日", addr="住所", tel="電話", nok="緊急連絡先", mum="母", dad="父",
                         carer="ヘルパー", agency="訪問介護", home="特養", council="地域包括支援センター"),
                  visit=["入浴介助、皮膚異常なし", "朝の薬服用確認済み", "昼食半量摂取、水分少なめ"],
                  hand=["夜間良眠", "夕食後薬拒否、看護師に報告"],
                  ask=["申し送り用にまとめて", "ケアマネ向けに要約して", "translate to English"]),
    "ko-KR": dict(region="KR", ids=["rrn"], iban=None, card=True, ip=False,
                  given=[["김", "이", "박", "최", "정", "윤"], ["순", "영", "옥", "말", "복", "덕"], ["자", "희", "례", "님"]],
                  family=[[""]],
                  street=[["느티", "은행", "매화", "산수유", "자작", "개나리", "진달래"], ["나무로", "마을로", "숲길", "내길"]], stype=[""],
                  town=[["새솔", "한들", "푸른", "가람", "솔빛", "늘봄"], ["시", "군"]],
                  addr=lambda s, n, t, r: f"{t} {s} {n}, {r.randint(101, 115)}동 {r.randint(101, 1504)}호",
                  dfmt="%Y.%m.%d", mail=["naver.com", "daum.net", "hanmail.net"],
                  L=dict(name="성명", dob="생년월일", addr="주소", tel="연락처", nok="보호자", mum="엄마", dad="아빠",
                         carer="요양보호사", agency="재가센터", home="요양원", council="국민건강보험공단"),
                  visit=["목욕 도움, 피부 이상 없음", "아침 약 복용 확인", "점심 반 정도 드심"],
                  hand=["밤에 잘 주무심", "저녁 약 거부, 간호사에게 보고"],
                  ask=["인수인계용으로 정리해줘", "보호자용으로 요약해줘", "translate to English"]),
    "zh-CN": dict(region="CN", ids=["ric"], iban=None, card=True, ip=True,
                  given=[["王", "李", "张", "刘", "陈", "杨"], ["桂", "秀", "淑", "玉", "德", "凤"], ["兰", "英", "芬", "珍", "华"]],
                  family=[[""]],
                  street=[["梧", "银", "丁", "海", "紫", "槐"], ["桐", "杏", "香", "棠", "藤", "荫"], ["路", "街", "里"]], stype=[""],
                  town=[["东湖", "西山", "南塘", "北岭", "清溪", "云泉"], ["区", "县"]],
                  addr=lambda s, n, t, r: f"{t}{s}{n}号{r.randint(1, 20)}栋{r.randint(101, 2405)}室", dfmt="%Y-%m-%d",
                  mail=["qq.com", "163.com", "126.com"],
                  L=dict(name="姓名", dob="出生日期", addr="住址", tel="电话", nok="家属", mum="我妈", dad="我爸",
                         carer="护工", agency="居家养老服务中心", home="养老院", council="街道办"),
                  visit=["协助洗澡，皮肤完好", "早上的药已服", "午饭吃了一半，喝水少"],
                  hand=["夜间睡眠好", "拒服晚间药物，已告知护士"],
                  ask=["帮我整理成交班记录", "给家属写个简要说明", "translate to English"]),
    "th-TH": dict(region="TH", ids=["thpin"], iban=None, card=False, ip=False,
                  given=[["สม", "บุญ", "ทอง", "แก้ว", "มณี"], ["ศรี", "ใจ", "พร", "นวล", "ทิพย์"]],
                  family=[["แสง", "รุ่ง", "เพชร", "บุญ"], ["เจริญ", "สวัสดิ์", "ประเสริฐ", "ทวี"], ["ผล", "กุล", "วงศ์"]],
                  street=[["ซอย"], ["ลำ", "พิ", "ราช", "ชม", "ทอง"], ["ดวน", "กุล", "พฤกษ์", "พู", "หลาง"]], stype=[""],
                  town=[["บ้าน", "หนอง", "ท่า", "โคก"], ["ไร่", "บัว", "ช้าง", "แก", "ม่วง", "ตูม"]],
                  addr=lambda s, n, t, r: f"{n}/{r.randint(1, 99)} {s} ต.{t} {r.randint(10000, 96000)}", dfmt="%d/%m/%Y",
                  mail=["hotmail.com", "gmail.com"],
                  L=dict(name="ชื่อ", dob="วันเกิด", addr="ที่อยู่", tel="โทร", nok="ญาติ", mum="แม่", dad="พ่อ",
                         carer="ผู้ดูแล", agency="บริการดูแลผู้สูงอายุ", home="บ้านพักคนชรา", council="อบต."),
                  visit=["อาบน้ำให้แล้ว ผิวปกติ", "ทานยาเช้าแล้ว", "ทานข้าวได้ครึ่งจาน"],
                  hand=["กลางคืนหลับดี", "ไม่ยอมทานยาเย็น แจ้งพยาบาลแล้ว"],
                  ask=["ช่วยสรุปให้หน่อย", "เขียนเป็นบันทึกส่งเวร", "translate to English"]),
}
LANGS = list(LOC)
FAMILY_FIRST = {"ja-JP", "ko-KR", "zh-CN"}
NO_SPACE = {"ko-KR", "zh-CN"}


# ----------------------------------------------------------------------------------------------------------
# pools and people
# ----------------------------------------------------------------------------------------------------------
PRE_STREET = {"fr-FR", "es-ES", "it-IT", "pl-PL", "pt-BR", "el-GR", "he-IL", "ar-AE", "ru-RU", "cy-GB"}
ORG_PARTS = [["Lark", "Wren", "Holly", "Elder", "Rowan", "Sorrel", "Thistle", "Bramble", "Linnet", "Teasel", "Campion",
              "Yarrow", "Tansy", "Medlar", "Quince"], ["moor", "bank", "gate", "mead", "croft", "view", "brook", "hythe",
                                                       "stead", "haven", "wold"]]
SUPPLIER_PARTS = [["Ambu", "Stead", "Mobi", "Easi", "Rise", "Able", "Grip", "Step"], ["lift", "rail", "way", "rite",
                                                                                     "aid", "form", "care"]]


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128 and (c.isalnum()))


class Pools:
    def __init__(self, rng):
        self.p = {}
        for lang, d in LOC.items():
            self.p[(lang, "given")] = compose_pool(f"{lang}/given", rng, d["given"], 40)
            fam = d["family"]
            self.p[(lang, "family")] = (compose_pool(f"{lang}/family", rng, fam, 40) if fam != [[""]] else [""])
            self.p[(lang, "street")] = compose_pool(f"{lang}/street", rng, d["street"], 20)
            self.p[(lang, "town")] = compose_pool(f"{lang}/town", rng, d["town"], 12)
        self.p["org"] = compose_pool("org", rng, ORG_PARTS, 60)
        self.p["supplier"] = compose_pool("supplier", rng, SUPPLIER_PARTS, 20)
        pub_given = compose_pool("public/given", rng, LOC["en-GB"]["given"], 30)
        pub_fam = compose_pool("public/family", rng, LOC["en-GB"]["family"], 30)
        self.p["public"] = [f"{g} {f}" for g, f in zip(pub_given, pub_fam)]

    def __getitem__(self, k):
        return self.p[k]


class Person:
    def __init__(self, rng, pools, lang, old=True):
        d = LOC[lang]
        self.lang = lang
        g = rng.choice(pools[(lang, "given")])
        f = rng.choice(pools[(lang, "family")])
        if lang in NO_SPACE:
            self.name, self.given = g, g[1:]
        elif lang in FAMILY_FIRST:
            self.name, self.given = f"{f} {g}", g
        else:
            self.name, self.given = f"{g} {f}", g
        self.family = f or g[:1]
        y0, y1 = (1929, 1958) if old else (1960, 1998)
        self.dob = dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
        self.dob_s = self.dob.strftime(d["dfmt"])
        stem = rng.choice(pools[(lang, "street")])
        st = rng.choice(d["stype"])
        street = (f"{st} {stem}" if lang in PRE_STREET else f"{stem} {st}").strip()
        town = rng.choice(pools[(lang, "town")])
        self.address = d["addr"](street, rng.randint(2, 88), town, rng)
        self.postcode_town = town
        fmt = rng.choice(["national", "national", "intl"])
        self.phone = gen_phone(rng, d["region"], True, fmt)[0]
        self.landline = gen_phone(rng, d["region"], False, "national")[0]
        base = ascii_fold(f"{g}.{f}").lower() if lang not in ("ja-JP", "ko-KR", "zh-CN", "th-TH", "hi-IN", "ar-AE",
                                                             "he-IL", "el-GR", "ru-RU") else ""
        if not base or len(base) < 4:
            base = "".join(rng.choice(["ka", "mi", "ro", "su", "te", "na", "yo", "li", "an", "ve"]) for _ in range(3))
        self.email = f"{base}{rng.choice(['', str(self.dob.year % 100), str(rng.randint(1, 99))])}@{rng.choice(d['mail'])}"
        self.ids = [gen_id(rng, k, self.dob) if k != "mrn" else gen_mrn(rng, lang) for k in d["ids"]]
        self.iban = gen_iban(rng, d["iban"]) if d["iban"] else None
        self.card = gen_card(rng) if d["card"] else None
        self.ip = gen_ip(rng) if d["ip"] else None


# ----------------------------------------------------------------------------------------------------------
# request placement
# ----------------------------------------------------------------------------------------------------------
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto", "claude-3-5-sonnet", "local/llama-3.1-8b"]
PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "tool_args", "tool_schema",
          "response_format", "user_field", "image_url", "user"]


def body_for(rng, place, sysmsg, doc, ask, title, user_value=None):
    model = rng.choice(MODELS)
    if place == "completions":
        return "completions", {"model": model, "prompt": f"{sysmsg}\n\n{doc}\n\n### {ask}\n", "max_tokens": 600,
                               "temperature": 0.2}
    msgs = [{"role": "system", "content": sysmsg}]
    b = {"model": model}
    if place == "user":
        msgs.append({"role": "user", "content": f"{ask}\n\n{doc}" if rng.random() < 0.5 else f"{doc}\n\n{ask}"})
    elif place == "system":
        msgs[0]["content"] = f"{sysmsg}\n\nRecord on file:\n{doc}"
        msgs.append({"role": "user", "content": ask})
    elif place == "assistant":
        msgs += [{"role": "user", "content": "pasting it now"},
                 {"role": "assistant", "content": f"Thanks, this is what I have:\n{doc}"},
                 {"role": "user", "content": ask}]
    elif place == "tool":
        msgs += [{"role": "user", "content": ask},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {
                     "name": "fetch_care_record", "arguments": json.dumps({"record": title}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif place == "text_part":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]})
    elif place == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {
            "filename": f"{title}.txt", "file_data": f"data:text/plain;base64,{data}"}}]})
    elif place == "tool_args":
        msgs += [{"role": "user", "content": ask},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {
                     "name": "save_care_note", "arguments": json.dumps({"title": title, "note": doc},
                                                                       ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": "call_7", "content": "{\"status\": \"saved\"}"},
                 {"role": "user", "content": "now do what I asked"}]
    elif place == "tool_schema":
        msgs.append({"role": "user", "content": ask})
        b["tools"] = [{"type": "function", "function": {"name": "file_care_record",
                                                        "description": f"Files this record:\n{doc}",
                                                        "parameters": {"type": "object", "properties": {
                                                            "summary": {"type": "string"},
                                                            "priority": {"type": "string", "enum": ["routine", "urgent"]}},
                                                            "required": ["summary"]}}}]
    elif place == "response_format":
        msgs.append({"role": "user", "content": ask})
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "care_summary", "schema": {
            "type": "object", "description": f"Summarise the following record.\n{doc}",
            "properties": {"summary": {"type": "string"}, "actions": {"type": "array", "items": {"type": "string"}}},
            "required": ["summary", "actions"]}}}
    elif place == "user_field":
        msgs.append({"role": "user", "content": f"{ask}\n\n{doc}"})
        b["user"] = user_value or f"carer-app-{rng.randint(1000, 9999)}"
    elif place == "image_url":
        q = urllib.parse.urlencode({"ref": title, "note": doc[:160]})
        msgs.append({"role": "user", "content": [{"type": "text", "text": f"{ask}\n\n{doc}"}, {
            "type": "image_url", "image_url": {"url": f"https://files.carer-app.example.net/photo.jpg?{q}"}}]})
    else:
        raise KeyError(place)
    b["messages"] = msgs
    if rng.random() < 0.3:
        b["temperature"] = rng.choice([0, 0.2, 0.7])
    return "chat", b


def searchable(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote_plus(s)]
    for m in re.finditer(r"data:text/plain;base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    for m in re.finditer(r'"arguments": "((?:[^"\\]|\\.)*)"', s):
        parts.append(json.loads('"' + m.group(1) + '"'))
    return "\n".join(parts)


UNFOUND = []


def entities_of(body, issued):
    text = searchable(body)
    out, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        seen.add((typ, val))
        if val and val in text:
            out.append({"type": typ, "value": val})
        else:
            UNFOUND.append(typ)
    return out


# ----------------------------------------------------------------------------------------------------------
# the nine kinds
# ----------------------------------------------------------------------------------------------------------
SYS = {
    "visit_log": "You help a home-care agency office keep visit records accurate and concise.",
    "shift_handover": "You are an assistant for care-home shift leads. Write clear handovers.",
    "admission_pack": "You help a care-home manager process admission paperwork.",
    "mar_chart": "You assist senior carers with medication administration records. Flag omissions; never advise dose changes.",
    "poa_nok_letter": "You help a care provider's administrator draft and check letters to and from families and attorneys.",
    "care_assessment": "You assist adult social care practitioners with assessment write-ups.",
    "adaptation_request": "You help occupational therapists and care coordinators with equipment and adaptation requests.",
    "family_update": "You help carers and families communicate kindly and clearly.",
    "rota_timesheet": "You help a care agency coordinator with rotas, timesheets and payroll queries.",
}
KINDS = list(SYS)
MEDS = ["Amlodipine 5mg OD", "Donepezil 10mg nocte", "Metformin 500mg BD", "Furosemide 40mg mane", "Paracetamol 1g QDS PRN",
        "Apixaban 2.5mg BD", "Sertraline 50mg OD", "Lactulose 10ml BD", "Co-careldopa 25/100 TDS", "Levothyroxine 75mcg OD"]
EPONYMS = ["Alzheimer's disease", "Parkinson's", "Lewy body dementia", "the Barthel index", "a Zimmer frame",
           "the Waterlow score", "the Braden scale", "Huntington's disease", "the Abbey pain scale", "Korsakoff syndrome"]
FICTION = ["Miss Marple", "Hercule Poirot", "Mrs Bennet", "Sherlock Holmes", "Anne of Green Gables", "Don Quijote",
           "Pippi Långstrump", "Heidi", "Paddington", "Mr Pickwick"]


def tv(t):
    return t[1], t[0]


def vdate(rng, lang):
    return dt.date(2026, rng.randint(1, 9), rng.randint(1, 28)).strftime(LOC[lang]["dfmt"])


def tm(rng):
    return f"{rng.randint(6, 21):02d}:{rng.choice(['00', '05', '15', '20', '30', '40', '45', '50'])}"


def ask_of(rng, lang, en):
    d = LOC[lang]
    return rng.choice(d["ask"]) if rng.random() < 0.55 else rng.choice(en)


def org(rng, pools, lang, what):
    return f"{rng.choice(pools['org'])} {LOC[lang]['L'][what]}"


def idv(P, typ=None):
    for v, t in P.ids:
        if typ is None or t == typ:
            return v, t
    return P.ids[0]


def k_visit_log(rng, pools, lang, sens, inc):
    d, L = LOC[lang], LOC[lang]["L"]
    ag = org(rng, pools, lang, "agency")
    en = ["tidy this into a visit log entry", "anything here I need to escalate?", "make this readable for the family",
          "rewrite as SOAP-ish note", "fix spelling, keep times"]
    if not sens:
        v = rng.randrange(4)
        if v == 0:
            doc = (f"{ag} — visit record (TEMPLATE)\n{L['name']}: ____________  {L['dob']}: __/__/____\n"
                   f"{L['addr']}: ______________________\nTime in: __:__  Time out: __:__\n"
                   "Tasks: [ ] PC  [ ] meds prompt  [ ] meal  [ ] fluids  [ ] skin check\nCarer signature: ______")
            style = "blank_template"
        elif v == 1:
            doc = (f"SU A (run 3), {vdate(rng, lang)} {tm(rng)}-{tm(rng)}\n- " + "\n- ".join(rng.sample(d["visit"], 2))
                   + f"\n- uses {rng.choice(EPONYMS[:6])} ref in care plan, no change\nCarer: C0{rng.randint(1, 9)}")
            style = "anonymised"
        elif v == 2:
            off = gen_phone(rng, d["region"], False, "national")[0]
            doc = (f"{ag}: out of hours line {off} (office, not a client). Visits this week: {rng.randint(180, 420)}, "
                   f"missed {rng.randint(0, 4)}, late >30min {rng.randint(2, 19)}. Most common task: "
                   + rng.choice(d["visit"]))
            style = "org_contact+aggregate"
        else:
            doc = (f"Training example (not a real client): Mrs Example, 1 Sample Street. {vdate(rng, lang)} "
                   f"{tm(rng)}: " + "; ".join(d["visit"]) + ". Test phone 01632 960 000 (Ofcom drama range).")
            style = "training_example"
        return doc, ask_of(rng, lang, en), [], style, ag.replace(" ", "_")
    P = Person(rng, pools, lang)
    carer = Person(rng, pools, lang, old=False)
    if inc:
        t = rng.randrange(2)
        if t == 0:
            doc = (f"{vdate(rng, lang)} {tm(rng)} SU in Rm/run 4. " + ". ".join(d["visit"]) + f". {L['carer']} "
                   f"{carer.given} covering for the rest of the week, shadowed by new starter.")
            return doc, ask_of(rng, lang, en), [("person", carer.given)], "incidental_first_name", "visit"
        lines = [f"{vdate(rng, lang)} {tm(rng)} — " + rng.choice(d["visit"]) for _ in range(9)]
        lines.insert(rng.randint(2, 7), f"(daughter asked us to call her back on {P.phone} if any change)")
        return "\n".join(lines), ask_of(rng, lang, en), [("PHONE_NUMBER", P.phone)], "incidental_phone", "visit"
    v = rng.randrange(3)
    issued = [("person", P.name), ("STREET_ADDRESS", P.address), ("person", carer.name)]
    if v == 0:
        doc = (f"{ag} | {vdate(rng, lang)} | {tm(rng)}\n{L['name']}: {P.name}\n{L['addr']}: {P.address}\n"
               + "\n".join("* " + x for x in rng.sample(d["visit"], 3)) + f"\nKeysafe used. {L['carer']}: {carer.name}")
        style = "visit_form"
        if carer.ip:
            doc += f"\nEVV clock-in from {carer.ip[0]} (carer's home wifi, app v4.2)"
            issued.append(tv(carer.ip))
    elif v == 1:
        rows = ["date,client,address,in,out,notes,carer"]
        for _ in range(rng.randint(3, 6)):
            rows.append(f"{vdate(rng, lang)},{P.name},\"{P.address}\",{tm(rng)},{tm(rng)},{rng.choice(d['visit'])},"
                        f"{carer.name}")
        doc = "\n".join(rows)
        style = "csv_export"
    else:
        i = idv(P)
        doc = (f"visit {tm(rng)} to {P.name} ({L['dob']} {P.dob_s}, {i[0]}) — " + ", ".join(d["visit"]) +
               f". all ok. — {carer.given}")
        issued = [("person", P.name), ("DATE_OF_BIRTH", P.dob_s), (i[1], i[0]), ("person", carer.given)]
        style = "freetext_note"
    return doc, ask_of(rng, lang, en), issued, style, "visit_" + vdate(rng, lang).replace("/", "-")


def k_shift_handover(rng, pools, lang, sens, inc):
    d, L = LOC[lang], LOC[lang]["L"]
    wing = rng.choice(["Laburnum", "Juniper", "Bluebell", "Oak", "Primrose", "Willow"]) + " wing"
    en = ["write the handover for day staff", "what's urgent here?", "turn into a SBAR handover",
          "shorten to 5 bullet points for the 7am huddle"]
    if not sens:
        v = rng.randrange(3)
        if v == 0:
            doc = (f"NIGHT HANDOVER {wing} {vdate(rng, lang)}\n" + "\n".join(
                f"Rm {rng.randint(1, 40)}: " + rng.choice(d["hand"] + d["visit"]) for _ in range(5))
                   + "\nDN team via switchboard; 111 if GP closed; 999 for emergencies.")
            style = "rooms_only"
        elif v == 1:
            doc = (f"Handover stats {wing}: 28 residents, 3 on fluid charts, 1 DNACPR review due, 2 falls this week "
                   f"(both unwitnessed, no injury). Reminder: use {rng.choice(EPONYMS)} tool at each review.")
            style = "aggregate"
        else:
            doc = (f"Handover sheet template — {wing}\nRoom | Resident | Mood | Eating | Meds | Skin | Concerns\n"
                   "---- | [name] | | | | | \n---- | [name] | | | | |\nShift lead: [initials]")
            style = "blank_template"
        return doc, ask_of(rng, lang, en), [], style, wing.replace(" ", "_")
    res = [Person(rng, pools, lang) for _ in range(3)]
    if inc:
        doc = (f"HANDOVER {wing}\n" + "\n".join(f"Rm {rng.randint(1, 40)}: " + rng.choice(d["hand"]) for _ in range(4))
               + f"\nNB Rm 7 — resident's son {res[0].given} visiting 2pm re funding, needs the manager.")
        return doc, ask_of(rng, lang, en), [("person", res[0].given)], "incidental_first_name", "handover"
    issued = []
    lines = [f"HANDOVER {wing} {vdate(rng, lang)} (nights -> days)"]
    for p in res:
        m = rng.choice(p.ids) if rng.random() < 0.4 else None
        lines.append(f"Rm {rng.randint(1, 40)} {p.name}" + (f" [{m[0]}]" if m else "") + ": " + rng.choice(d["hand"]))
        issued.append(("person", p.name))
        if m:
            issued.append((m[1], m[0]))
    lines.append(f"{L['nok']} for {res[1].given}: {res[2].phone} — asked for call after GP round")
    issued.append(("PHONE_NUMBER", res[2].phone))
    return "\n".join(lines), ask_of(rng, lang, en), issued, "named_handover", "handover"


def k_admission_pack(rng, pools, lang, sens, inc):
    d, L = LOC[lang], LOC[lang]["L"]
    home = org(rng, pools, lang, "home")
    en = ["extract into the admission JSON", "check the pack is complete, what's missing?",
          "draft the welcome letter", "make a one-page summary for the team"]
    if not sens:
        v = rng.randrange(3)
        if v == 0:
            doc = (f"{home} — Admission pack (blank)\n1. {L['name']}: <full name>\n2. {L['dob']}: <DD/MM/YYYY>\n"
                   f"3. ID no.: <number>\n4. {L['addr']}: <previous address>\n5. {L['nok']}: <name> <phone>\n"
                   "6. DNACPR / ReSPECT: <yes/no>\n7. Allergies: <list>")
            style = "blank_template"
        elif v == 1:
            sw = gen_phone(rng, d["region"], False, "national")[0]
            doc = (f"Welcome to {home}. Reception {sw} (8am–8pm), admissions@{ascii_fold(home).lower()[:12]}.example.org."
                   f" Registered office: Unit 4, {rng.choice(pools['org'])} Business Park. Regulator location ID "
                   f"1-{digits(rng, 10)}. Our patron {rng.choice(pools['public'])} opened the {rng.choice(['Juniper', 'Oak'])}"
                   " wing in 2019. Fees invoice ref INV-" + digits(rng, 6) + ".")
            style = "org_info_pack"
        else:
            doc = json.dumps({"admission": {"resident": "RESIDENT_001", "dob": "1900-01-01", "room": "12B",
                                            "funding": "LA + top-up", "dnacpr": False, "allergies": ["penicillin"],
                                            "note": "synthetic test record for the new e-care system"}},
                             ensure_ascii=False, indent=1)
            style = "test_record_json"
        return doc, ask_of(rng, lang, en), [], style, "admission"
    P = Person(rng, pools, lang)
    N = Person(rng, pools, lang, old=False)
    if inc:
        doc = (f"{home} admission checklist, room {rng.randint(1, 40)}: " + ", ".join(
            ["care plan started", "MAR set up", "belongings list done", "falls risk done"]) +
               f". Resident's {L['dob']}: {P.dob_s}. Everything else pending from hospital discharge team.")
        return doc, ask_of(rng, lang, en), [("DATE_OF_BIRTH", P.dob_s)], "incidental_dob", "admission"
    i = rng.choice(P.ids)
    issued = [("person", P.name), ("DATE_OF_BIRTH", P.dob_s), (i[1], i[0]), ("STREET_ADDRESS", P.address),
              ("person", N.name), ("PHONE_NUMBER", N.phone), ("EMAIL_ADDRESS", N.email)]
    fees = ""
    if P.iban and rng.random() < 0.6:
        fees = f"\nTop-up paid by DD from: {P.iban[0]}"
        issued.append(tv(P.iban))
    elif P.card and rng.random() < 0.5:
        fees = f"\nDeposit card: {P.card[0]} exp {rng.randint(1, 12):02d}/{rng.randint(27, 30)}"
        issued.append(tv(P.card))
    if rng.random() < 0.5:
        doc = (f"{home} — ADMISSION\n{L['name']}: {P.name}\n{L['dob']}: {P.dob_s}\nID: {i[0]}\n{L['addr']}: {P.address}"
               f"\n{L['nok']}: {N.name}, {N.phone}, {N.email}\nDNACPR: {rng.choice(['yes (copy in file)', 'no'])}\n"
               f"Meds on arrival: {', '.join(rng.sample(MEDS, 3))}{fees}")
        style = "admission_form"
        if N.ip:
            doc += f"\nFamily portal consent e-signed by {N.name} from IP {N.ip[0]}"
            issued.append(tv(N.ip))
    else:
        doc = json.dumps({"resident": {"name": P.name, "dob": P.dob_s, "id": i[0], "prev_address": P.address},
                          "nok": {"name": N.name, "tel": N.phone, "email": N.email},
                          "meds": rng.sample(MEDS, 2), "fees": fees.strip() or None}, ensure_ascii=False, indent=1)
        style = "admission_json"
    return doc, ask_of(rng, lang, en), issued, style, "admission_" + digits(rng, 5)


def k_mar_chart(rng, pools, lang, sens, inc):
    d, L = LOC[lang], LOC[lang]["L"]
    en = ["any gaps or errors on this MAR?", "reconcile with the blister pack count", "convert to a table",
          "explain codes R, H, N for new staff"]
    meds = rng.sample(MEDS, 4)
    grid = "\n".join(f"{m:<28} | 08:00 {rng.choice(['✓', '✓', 'R', 'H'])} | 13:00 {rng.choice(['✓', '-'])} | "
                     f"22:00 {rng.choice(['✓', '✓', 'N'])}" for m in meds)
    if not sens:
        v = rng.randrange(3)
        if v == 0:
            doc = f"MAR — Resident: [REDACTED], Room 14, week {rng.randint(1, 52)}\n{grid}\nCodes: R refused, H hospital, N nausea"
            style = "redacted"
        elif v == 1:
            doc = (f"Stock check {vdate(rng, lang)}: batch {rng.choice('ABCDEFGH')}{digits(rng, 5)} exp 03/2027, "
                   f"GTIN 0{digits(rng, 13)}, pharmacy order PO-{digits(rng, 7)}.\n{grid}")
            style = "stock_batch_numbers"
        else:
            doc = (f"Blank MAR (print double-sided)\n{L['name']}: ________ {L['dob']}: ________ Allergies: ________\n"
                   "Medicine | Dose | Route | 08 | 13 | 18 | 22\n" + "\n".join("________ | ____ | ____ | | | |"
                                                                              for _ in range(4)))
            style = "blank_template"
        return doc, ask_of(rng, lang, en), [], style, "MAR"
    P = Person(rng, pools, lang)
    if inc:
        doc = (f"MAR Room 9 wk {rng.randint(1, 52)}\n{grid}\nGP surgery asked that we ring the pharmacist back; "
               f"resident's son {P.given} collects the Tuesday delivery.")
        return doc, ask_of(rng, lang, en), [("person", P.given)], "incidental_first_name", "MAR"
    i = idv(P, "HEALTH_INSURANCE") if any(t == "HEALTH_INSURANCE" for _, t in P.ids) else rng.choice(P.ids)
    doc = (f"MAR {vdate(rng, lang)}\nResident: {P.name}   {L['dob']}: {P.dob_s}   {i[0]}\nAllergies: "
           f"{rng.choice(['penicillin', 'NKDA', 'codeine'])}\n{grid}\nSigned: {rng.choice(string.ascii_uppercase)}"
           f"{rng.choice(string.ascii_uppercase)}")
    return doc, ask_of(rng, lang, en), [("person", P.name), ("DATE_OF_BIRTH", P.dob_s), (i[1], i[0])], "mar_grid", \
        "MAR_" + digits(rng, 5)


def k_poa_nok_letter(rng, pools, lang, sens, inc):
    d, L = LOC[lang], LOC[lang]["L"]
    en = ["make this letter more formal", "check it covers what the bank needs", "reply politely to this",
          "translate to English and summarise"]
    home = org(rng, pools, lang, "home")
    if not sens:
        v = rng.randrange(3)
        if v == 0:
            doc = (f"Dear [Attorney name],\nThank you for sending a certified copy of the Lasting Power of Attorney "
                   f"for [resident name]. Please send future correspondence to finance@{ascii_fold(home).lower()[:12]}"
                   ".example.org or to our registered office.\nYours sincerely,\nHome Manager, " + home)
            style = "template_letter"
        elif v == 1:
            pub = rng.choice(pools["public"])
            doc = (f"Open letter to the Minister for Social Care, the Rt Hon {pub} MP: families of residents in "
                   f"{rng.randint(40, 300)} care homes ask for a fair visiting law. Statistics: {rng.randint(10, 40)}% of"
                   " attorneys report delays registering an LPA.")
            style = "public_figure_public_role"
        else:
            doc = ("Guidance extract: an attorney must act in the donor's best interests (Mental Capacity Act 2005, "
                   "s.4). Example used in training: 'Ms Example, donor; Mr Sample, attorney'. Fee reference "
                   f"LPA-{digits(rng, 4)}-{digits(rng, 4)} is a case number of the office, not a person.")
            style = "guidance_placeholders"
        return doc, ask_of(rng, lang, en), [], style, "letter"
    P = Person(rng, pools, lang)
    A = Person(rng, pools, lang, old=False)
    if inc:
        doc = (f"Dear {home} team,\nJust to say {L['mum']} is much more settled since the move. The attorney paperwork"
               f" is with the solicitor. You can reach me on {A.phone} any evening.\nThanks")
        return doc, ask_of(rng, lang, en), [("PHONE_NUMBER", A.phone)], "incidental_phone", "letter"
    issued = [("person", P.name), ("person", A.name), ("STREET_ADDRESS", A.address), ("DATE_OF_BIRTH", P.dob_s)]
    extra = ""
    if rng.random() < 0.5:
        i = rng.choice(P.ids)
        extra = f" (ref {i[0]})"
        issued.append((i[1], i[0]))
    if rng.random() < 0.4:
        extra += f". Please reply to {A.email}"
        issued.append(("EMAIL_ADDRESS", A.email))
    if P.iban and rng.random() < 0.4:
        extra += f". Fees to be paid from the donor's account {P.iban[0]}"
        issued.append(tv(P.iban))
    doc = (f"{A.address}\n{vdate(rng, lang)}\nTo: {home}\n\nRe: {P.name}, {L['dob']} {P.dob_s}{extra}\n\n"
           f"I, {A.name}, am the registered attorney (property & financial affairs and health & welfare) for "
           f"{L['mum'] if rng.random() < 0.5 else L['dad']} {P.name}. Please add me as {L['nok']} and send all "
           "invoices to me.\n\nRegards,\n" + A.name)
    return doc, ask_of(rng, lang, en), issued, "attorney_letter", "LPA_" + digits(rng, 5)


def k_care_assessment(rng, pools, lang, sens, inc):
    d, L = LOC[lang], LOC[lang]["L"]
    en = ["summarise eligible needs under each outcome", "draft the support plan", "is the financial assessment complete?",
          "rewrite in plain English for the client"]
    co = org(rng, pools, lang, "council")
    if not sens:
        v = rng.randrange(3)
        if v == 0:
            doc = (f"{co} — eligibility outcomes (Care Act style): managing nutrition; personal hygiene; toileting; "
                   "being appropriately clothed; using the home safely; maintaining relationships; accessing work/"
                   f"volunteering. Score mobility with {rng.choice(EPONYMS[2:5])}. Fields: [client], [DOB], [ID].")
            style = "criteria_template"
        elif v == 1:
            doc = (f"{co} Q{rng.randint(1, 4)} report: {rng.randint(300, 900)} assessments completed, median wait "
                   f"{rng.randint(11, 60)} days, {rng.randint(20, 45)}% eligible for home care, {rng.randint(3, 9)}% "
                   "for residential. No individual data in this report.")
            style = "aggregate"
        else:
            doc = (f"Case study (anonymised): Client X, 80s, lives alone, {rng.choice(EPONYMS[:3])}. "
                   + "; ".join(d["visit"]) + ". Outcome: 2 calls/day + telecare pendant.")
            style = "anonymised"
        return doc, ask_of(rng, lang, en), [], style, "assessment"
    P = Person(rng, pools, lang)
    if inc:
        doc = (f"{co} assessment notes (draft). Client lives alone, " + "; ".join(d["visit"]) +
               f". Client's {L['dob']} {P.dob_s}. Needs: prompting, meal prep, shopping. Recommend 2 calls/day.")
        return doc, ask_of(rng, lang, en), [("DATE_OF_BIRTH", P.dob_s)], "incidental_dob", "assessment"
    issued = [("person", P.name), ("DATE_OF_BIRTH", P.dob_s), ("STREET_ADDRESS", P.address)]
    fin = []
    for v_, t_ in P.ids:
        fin.append(f"{t_.replace('_', ' ').title()}: {v_}")
        issued.append((t_, v_))
    if P.iban:
        fin.append(f"Bank: {P.iban[0]}")
        issued.append(tv(P.iban))
    doc = (f"NEEDS & FINANCIAL ASSESSMENT — {co}\nClient: {P.name} | {L['dob']}: {P.dob_s}\n{L['addr']}: {P.address}\n"
           f"Presenting needs: {', '.join(d['visit'])}\n" + "\n".join(fin) +
           f"\nCapital below threshold: {rng.choice(['yes', 'no', 'tbc'])}")
    return doc, ask_of(rng, lang, en), issued, "assessment_form", "FA_" + digits(rng, 5)


def k_adaptation_request(rng, pools, lang, sens, inc):
    d, L = LOC[lang], LOC[lang]["L"]
    sup = rng.choice(pools["supplier"])
    item = rng.choice(["stairlift (straight)", "2x grab rails by WC", "wet room conversion", "perching stool",
                       "ceiling hoist", "ramp to back door", "riser-recliner chair", "key safe + pendant alarm",
                       "profiling bed + pressure mattress"])
    en = ["write the OT referral", "draft a letter to the supplier chasing install", "is this eligible for a DFG?",
          "make a checklist for the home visit"]
    if not sens:
        v = rng.randrange(3)
        if v == 0:
            sw = gen_phone(rng, d["region"], False, "national")[0]
            doc = (f"{sup} Ltd quotation Q-{digits(rng, 6)} for {item}: unit £{rng.randint(300, 4000)}, fitting "
                   f"£{rng.randint(90, 600)}, serial {rng.choice('SRK')}{digits(rng, 8)}. Service desk {sw}, "
                   f"service@{sup.lower()}.example.com. Compatible with {rng.choice(['a Zimmer frame', 'standard rollators'])}.")
            style = "supplier_quote"
        elif v == 1:
            doc = (f"OT referral form — BLANK\nClient: ______  {L['addr']}: ______  {L['tel']}: ______\n"
                   f"Equipment requested: {item}\nHousing tenure: [owner/council/HA]\nDFG means test: [ ]")
            style = "blank_template"
        else:
            doc = (f"Council DFG stats: {rng.randint(200, 700)} grants, avg £{rng.randint(6000, 12000)}, {item} most "
                   f"common. Process: referral -> OT visit -> schedule of works -> approval (PO-{digits(rng, 6)}).")
            style = "aggregate_process"
        return doc, ask_of(rng, lang, en), [], style, "adaptation"
    P = Person(rng, pools, lang)
    if inc:
        doc = (f"Install of {item} by {sup} booked {vdate(rng, lang)} AM. Access via side gate. Workmen to ring "
               f"{P.landline} 30 min before. Old rail to be removed.")
        return doc, ask_of(rng, lang, en), [("PHONE_NUMBER", P.landline)], "incidental_phone", "adaptation"
    issued = [("person", P.name), ("STREET_ADDRESS", P.address), ("PHONE_NUMBER", P.phone)]
    pay = ""
    if P.card and rng.random() < 0.5:
        pay = f"\nPrivate purchase, card on file {P.card[0]}"
        issued.append(tv(P.card))
    if rng.random() < 0.4:
        i = rng.choice(P.ids)
        pay += f"\nID for grant: {i[0]}"
        issued.append((i[1], i[0]))
    doc = (f"ADAPTATION REQUEST → {sup}\nClient: {P.name}\n{L['addr']}: {P.address}\n{L['tel']}: {P.phone}\n"
           f"Item: {item}\nReason: falls x2, can't manage stairs, {rng.choice(EPONYMS[:4])}{pay}")
    return doc, ask_of(rng, lang, en), issued, "ot_request", "OT_" + digits(rng, 5)


def k_family_update(rng, pools, lang, sens, inc):
    d, L = LOC[lang], LOC[lang]["L"]
    en = ["reply to this nicely", "summarise the chat for the care plan review", "translate to English",
          "what does the family want us to do?"]
    home = org(rng, pools, lang, "home")
    if not sens:
        v = rng.randrange(3)
        if v == 0:
            doc = (f"{home} family newsletter: this month we read {rng.choice(FICTION)} in the lounge, our patron "
                   f"{rng.choice(pools['public'])} visited, and {rng.randint(3, 9)} residents celebrated birthdays. "
                   "Visiting 10–8. Questions: reception.")
            style = "newsletter_fiction_patron"
        elif v == 1:
            doc = (f"[{tm(rng)}] Family group: reminder everyone — flu jabs on Thursday for all residents on "
                   f"{rng.choice(['Oak', 'Juniper', 'Bluebell'])} wing 👍\n[{tm(rng)}] Office: thanks, consent forms at "
                   "reception")
            style = "group_no_names"
        else:
            doc = (f"[{tm(rng)}] +44 7700 900{digits(rng, 3)}: test message from the new app (drama/test range)\n"
                   f"[{tm(rng)}] admin: ok received")
            style = "test_number"
        return doc, ask_of(rng, lang, en), [], style, "chat"
    P = Person(rng, pools, lang)
    R = Person(rng, pools, lang, old=False)
    C = Person(rng, pools, lang, old=False)
    if inc:
        doc = (f"[{vdate(rng, lang)}, {tm(rng)}] hi, {L['mum']}'s {L['carer']} {C.given} said she wasn't eating "
               f"much again 😟 can someone check?\n[{tm(rng)}] office: will ask the team")
        return doc, ask_of(rng, lang, en), [("person", C.given)], "incidental_first_name", "chat"
    issued = [("person", R.name), ("person", C.given), ("PHONE_NUMBER", R.phone)]
    lines = [f"[{vdate(rng, lang)}, {tm(rng)}] {R.name}: " + rng.choice([f"how's {L['mum']} today?", "any news?",
                                                                        "she sounded confused on the phone"]),
             f"[{tm(rng)}] {C.given} ({L['carer']}): " + rng.choice(d["visit"]),
             f"[{tm(rng)}] {R.name}: thank you!! pls ring me on {R.phone} if the GP comes"]
    if rng.random() < 0.5:
        lines.append(f"[{tm(rng)}] {R.name}: keysafe at {P.address} is the old code, I'll change it")
        issued.append(("STREET_ADDRESS", P.address))
    return "\n".join(lines), ask_of(rng, lang, en), issued, "whatsapp_export", "chat_" + digits(rng, 5)


def k_rota_timesheet(rng, pools, lang, sens, inc):
    d, L = LOC[lang], LOC[lang]["L"]
    ag = org(rng, pools, lang, "agency")
    en = ["check the hours add up", "find clashes in this rota", "draft the payroll query email",
          "convert to a weekly grid", "who is over 48h?"]
    if not sens:
        v = rng.randrange(3)
        if v == 0:
            rows = ["carer_code,run,mon,tue,wed,thu,fri,hours"] + [
                f"C{n:02d},Run {rng.randint(1, 6)},{tm(rng)},{tm(rng)},off,{tm(rng)},{tm(rng)},{rng.randint(16, 44)}"
                for n in range(1, rng.randint(5, 9))]
            doc = f"{ag} rota wk{rng.randint(1, 52)}\n" + "\n".join(rows)
            style = "coded_rota"
        elif v == 1:
            doc = (f"Invoice INV-{digits(rng, 6)} from {ag} to {LOC[lang]['L']['council']}, PO {digits(rng, 8)}: "
                   f"{rng.randint(900, 3000)} hours @ £{rng.randint(22, 31)}.{rng.randint(10, 99)}, mileage "
                   f"{rng.randint(2000, 9000)} mi. Payroll contact: payroll@{ascii_fold(ag).lower()[:10]}.example.org")
            style = "invoice_org"
        else:
            doc = ("Timesheet template\nCarer name: __________  NI/ID no: __________  Bank: __________\n"
                   "Date | Client ref | Start | End | Travel | Mileage\n" + "\n".join("____ | ____ | __:__ | __:__ | | "
                                                                                     for _ in range(5)))
            style = "blank_template"
        return doc, ask_of(rng, lang, en), [], style, "rota"
    carers = [Person(rng, pools, lang, old=False) for _ in range(rng.randint(2, 4))]
    if inc:
        rows = [f"{vdate(rng, lang)},Run {rng.randint(1, 6)},C{rng.randint(1, 20):02d},{tm(rng)}-{tm(rng)}"
                for _ in range(14)]
        rows.insert(rng.randint(3, 10), f"# cover: ring {carers[0].phone} if anyone drops a shift")
        return "\n".join(rows), ask_of(rng, lang, en), [("PHONE_NUMBER", carers[0].phone)], "incidental_phone", "rota"
    issued = []
    if rng.random() < 0.5:
        rows = ["carer,mobile,client_postcode_area,shift,hours"]
        for c in carers:
            rows.append(f"{c.name},{c.phone},{c.postcode_town},{tm(rng)}-{tm(rng)},{rng.randint(18, 52)}")
            issued += [("person", c.name), ("PHONE_NUMBER", c.phone)]
        doc = f"{ag} — rota wk{rng.randint(1, 52)}\n" + "\n".join(rows)
        style = "rota_csv"
    else:
        c = carers[0]
        i = rng.choice(c.ids)
        doc = (f"TIMESHEET {ag}\n{L['carer']}: {c.name}\nID: {i[0]}\n" + (f"Pay to: {c.iban[0]}\n" if c.iban else "")
               + f"Home (mileage start): {c.address}\n" + "\n".join(
                   f"{vdate(rng, lang)} {tm(rng)}-{tm(rng)} run {rng.randint(1, 6)} {rng.randint(3, 40)}mi"
                   for _ in range(5)))
        issued = [("person", c.name), (i[1], i[0]), ("STREET_ADDRESS", c.address)] + ([tv(c.iban)] if c.iban else [])
        style = "timesheet"
    if carers[-1].ip and rng.random() < 0.5:
        doc += f"\napp login from {carers[-1].ip[0]} ({carers[-1].name})"
        issued += [tv(carers[-1].ip), ("person", carers[-1].name)]
    return doc, ask_of(rng, lang, en), issued, style, "rota"


BUILDERS = {k: globals()["k_" + k] for k in KINDS}


# ----------------------------------------------------------------------------------------------------------
# complexity prompts of the care world (no personal data: residents are letters, carers are codes)
# ----------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "what does PRN mean on a MAR chart?"), ("en", "spell check pls: 'resident refussed brekfast, offerd toast'"),
    ("en", "give me 3 polite ways to say visiting ends at 8pm"), ("en", "is 'service user' the same as 'client'?"),
    ("en", "list times for 2-hourly turns from 22:00 to 08:00"), ("en", "what's a keysafe? one line"),
    ("en-US", "what does ADL stand for"), ("en", "short thank-you text to a family who sent biscuits to the staff"),
    ("de", "Was heißt 'Pflegegrad' auf Englisch?"), ("de", "Übersetze: 'Bitte klingeln, Schlüssel im Tresor'"),
    ("fr", "Que veut dire EHPAD ?"), ("fr", "traduis « la toilette est faite » en anglais"),
    ("es", "¿Cómo se dice 'grúa de traslado' en inglés?"), ("es", "escribe 'la cena es a las 19h' en inglés"),
    ("it", "cosa significa RSA? una frase"), ("pl", "Co to jest DPS? jedno zdanie"),
    ("nl", "wat is een Wmo-loket? kort"), ("sv", "vad betyder hemtjänst på engelska?"),
    ("fi", "mitä on kotihoito englanniksi?"), ("tr", "'huzurevi' İngilizcede ne demek?"),
    ("ja", "「申し送り」を英語で何と言いますか？"), ("zh", "“护工”用英语怎么说？"), ("ko", "'요양보호사'를 영어로?"),
    ("ar", "ما معنى 'رعاية تلطيفية'؟ جملة واحدة"), ("hi", "bed sore ko Hindi mein kya kehte hain?"),
    ("he", "איך אומרים 'מטפלת' באנגלית?"), ("el", "τι σημαίνει ΚΑΠΗ;"), ("ru", "как по-английски 'сиделка'?"),
    ("th", "คำว่า 'ผู้ดูแล' ภาษาอังกฤษคืออะไร"), ("pt", "como se diz 'cuidadora' em inglês?"),
    ("en", "convert 1430 to 12 hour time"), ("en", "make this sound friendlier: 'Visits must be booked.'"),
    ("en", "what colour is a yellow sharps bin lid for? one line"), ("de", "Wie viele ml hat eine Tasse ungefähr?"),
    ("en", "abbreviation for 'nothing by mouth'?"), ("es", "dame un saludo de buenos días para residentes"),
    ("en", "alphabetise: Oak, Bluebell, Juniper, Laburnum"), ("ja", "介護の「ADL」とは？一言で"),
    ("cy", "beth yw 'gofalwr' yn Saesneg?"), ("en", "what day is 3 days after Tuesday?"),
    ("fr", "écris « bon anniversaire » pour une carte de résidente"), ("en", "is 'dosette box' a brand or generic?"),
    ("zh", "把“按时吃药”翻译成英文"), ("en", "capitalise: room 12 laburnum wing"), ("pl", "przetłumacz 'dzień dobry pani'"),
    ("ko", "'보호자'는 영어로 뭐야?"), ("en", "what's the opposite of 'independent' in a care plan?"),
]
HARD_SHORT = [
    ("en", "Resident 86y, 58kg, creatinine {c} µmol/L, on apixaban 5mg BD; GP adding clarithromycin. Do dose-reduction "
           "criteria apply and how does the interaction change bleeding risk? Reason step by step, cite the criteria."),
    ("en", "After the UK Supreme Court sleep-in ruling, is time asleep counted for minimum wage? Contrast with Working "
           "Time rest rules for a carer doing {n} consecutive sleep-ins, and list the edge cases."),
    ("en", "Formulate as a MILP: {n} carers, {m} home visits with time windows, some needing 2 carers at once, max 10h/"
           "day, minimise travel + overtime. Give sets, variables, constraints, objective."),
    ("en", "Registered property LPA but no health LPA; daughter wants to refuse hospital admission for her father who "
           "lacks capacity and has an advance decision from {y}. Who decides under the MCA and why?"),
    ("en", "Postgres: find home-care visits shorter than {p}% of planned duration per carer per ISO week using window "
           "functions, and flag carers with 3+ consecutive flagged weeks. Explain index choice."),
    ("en", "Derive the expected number of falls per 1,000 occupied bed days that would be a statistically significant "
           "rise from a baseline of {r}, using a Poisson control chart. Show limits."),
    ("en-US", "Medicaid spend-down: home worth ${h}k, spouse at home, 60-month look-back gift of $20k. Walk through "
              "eligibility, CSRA and penalty period logic generically, with assumptions stated."),
    ("de", "Bewohnerin {a} J., Sturz mit Kopfanprall unter Apixaban, symptomfrei. Wann CT, wie lange Überwachung, wie "
           "haftungsfest dokumentieren? Begründe leitlinienbasiert."),
    ("de", "Vergleiche NBA-Module (Gewichtung) für Pflegegrad mit der UK-Eligibility-Schwelle: Person mit mittlerer "
           "Demenz, voll mobil – Einstufung in beiden Systemen? Begründe."),
    ("fr", "Mandat de protection future ou habilitation familiale pour une personne atteinte d'Alzheimer encore lucide "
           "à {a} ans : analyse juridique comparée, risques et recommandation."),
    ("es", "Calcula la capacidad económica (Ley de Dependencia) con pensión de {e} € y patrimonio de 40.000 €; explica "
           "las reglas, supuestos y cómo cambia con cónyuge a cargo."),
    ("ja", "要介護{k}と認知症高齢者の日常生活自立度IIIaの違いを説明し、特養入所判定にどう影響するか論理的に整理して。"),
    ("zh", "比较上海和成都长期护理保险的评估与待遇差异，并设计一个更公平的失能评分模型（给出权重理由）。"),
    ("nl", "Wlz-indicatie of Wmo-maatwerk voor iemand met progressieve MS die thuis wil blijven: juridische afweging en "
           "financiële gevolgen, stap voor stap."),
    ("it", "Amministratore di sostegno vs procura notarile per un anziano con demenza lieve: analisi e rischi di "
           "conflitto di interessi con il figlio convivente."),
    ("pl", "Odpłatność za DPS: emerytura {e} zł, dzieci z różnymi dochodami. Wyjaśnij zasady art. 61 i policz udziały."),
    ("ko", "장기요양 {k}등급 어르신의 재가급여 한도 내에서 방문요양·주야간보호 조합을 최적화하는 방법을 수식으로 설명해줘."),
    ("sv", "Lex Sarah eller lex Maria? Analysera en händelse där fel läkemedel gavs av hemtjänst och ssk inte nåddes."),
]


def long_rows(rng, n):
    tasks = ["PC", "meds prompt", "lunch", "tea", "bed call", "shopping", "sit", "double-up hoist", "welfare check"]
    return [f"{dt.date(2026, 3, 1 + i % 28)} | run {rng.randint(1, 8)} | SU-{chr(65 + rng.randrange(20))} | "
            f"{tm(rng)} | {rng.choice([15, 30, 45, 60])} min | C{rng.randint(1, 14):02d} | {rng.choice(tasks)}"
            for i in range(n)]


def obs_days(rng, n):
    out = []
    fl, wt = 1400, 61.0
    for i in range(n):
        fl -= rng.randint(0, 90)
        wt -= rng.choice([0, 0.1, 0.2])
        out.append(f"Day {i + 1}: fluids {fl} ml, urine {rng.choice(['pale', 'dark', 'dark, strong smell', 'amber'])}, "
                   f"BP {rng.randint(100, 140)}/{rng.randint(60, 85)}, pulse {rng.randint(70, 104)}, temp "
                   f"{rng.choice(['36.8', '37.1', '37.6', '37.9'])}, wt {wt:.1f} kg, night: "
                   f"{rng.choice(['settled', 'awake 2-4am', 'calling out', 'tried to leave room'])}, eating "
                   f"{rng.choice(['all', '1/2', '1/4', 'refused'])}")
    return out


def long_easy(rng, i):
    v = i % 6
    if v == 0:
        doc = "\n".join(long_rows(rng, 45))
        lang, ask = "en", "sort these by run then by time, nothing else"
    elif v == 1:
        items = ["slide sheet", "commode", "rollator", "bed rails bumpers", "gloves M", "aprons", "pressure cushion",
                 "perching stool", "bath board", "raised toilet seat", "pendant alarm"]
        doc = "\n".join(f"{n + 1}. {rng.choice(items)} — {rng.choice(['Oak', 'Juniper', 'Bluebell'])} store — qty "
                        f"{rng.randint(1, 40)}" for n in range(60))
        lang, ask = "en", "remove duplicate items and give me the list alphabetically"
    elif v == 2:
        acts = ["Sitzgymnastik", "Singkreis", "Gedächtnistraining", "Kaffeeklatsch", "Bingo", "Gottesdienst",
                "Spaziergang im Garten", "Backen", "Zeitungsrunde"]
        doc = "\n".join(f"{dt.date(2026, 5, 1 + n % 28).strftime('%d.%m.')} {rng.randint(9, 17)}:00 Uhr – "
                        f"{rng.choice(acts)} – Raum {rng.choice(['Wintergarten', 'Saal', 'Café'])}" for n in range(50))
        lang, ask = "de", "Bitte als Aufzählung nach Datum formatieren, sonst nichts ändern."
    elif v == 3:
        doc = "\n".join(f"{dt.date(2026, 6, 1 + n % 28).strftime('%Y年%m月%d日')} {tm(rng)} "
                        f"{rng.choice(['入浴', '服薬確認', '昼食介助', 'レクリエーション', '散歩', '排泄介助'])} "
                        f"担当{rng.choice(['A', 'B', 'C', 'D'])}" for n in range(60))
        lang, ask = "ja", "日付順に並べ替えて表にしてください。"
    elif v == 4:
        para = ("La résidence organise les visites de 10h à 19h. Les familles sont invitées à signaler leur venue à "
                "l'accueil. Les repas peuvent être partagés sur réservation la veille. Les animaux sont acceptés dans "
                "le jardin. ")
        doc = "\n\n".join(f"Article {n + 1}. " + para for n in range(9))
        lang, ask = "fr", "corrige seulement la ponctuation et numérote en chiffres romains"
    else:
        doc = "\n".join(f"C{rng.randint(1, 20):02d},{dt.date(2026, 4, 1 + n % 28)},{tm(rng)},{tm(rng)},"
                        f"{rng.randint(2, 30)} mi" for n in range(70))
        lang, ask = rng.choice([("en", "convert this CSV into a markdown table, keep the order"),
                                ("es", "convierte este CSV en una tabla markdown sin cambiar nada")])
    return lang, f"{ask}\n\n{doc}" if rng.random() < 0.5 else f"{doc}\n\n{ask}", "reformat"


def long_hard(rng, i):
    v = i % 5
    if v == 0:
        doc = "\n".join(obs_days(rng, 16))
        lang = rng.choice(["en", "de", "nl"])
        ask = {"en": "Resident A (dementia, on furosemide and donepezil). From these 16 days, what is the most likely "
                     "explanation of the change, what are the competing explanations, what evidence in the log supports or "
                     "undermines each, and what should be escalated today and to whom? Be rigorous.",
               "de": "Bewohner A (Demenz, Furosemid, Donepezil). Analysiere die 16 Tage: wahrscheinlichste Ursache, "
                     "Differenzialdiagnosen mit Belegen aus dem Verlauf, und was heute an wen eskaliert werden muss.",
               "nl": "Cliënt A (dementie, furosemide, donepezil). Analyseer 16 dagen: meest waarschijnlijke verklaring, "
                     "alternatieven met bewijs uit de rapportage, en wat vandaag geëscaleerd moet worden."}[lang]
    elif v == 1:
        doc = "\n".join(long_rows(rng, 40))
        lang, ask = "en", ("Constraints: no carer over 10h/day, 30 min travel between runs 1-4 and 5-8, double-ups need "
                           "two different carers at the same time, SU-C and SU-K refuse male carers (C03, C07, C11). "
                           "Find every violation, prove whether a feasible reassignment exists, and give one.")
    elif v == 2:
        rows = []
        stock = {m: rng.randint(20, 60) for m in MEDS[:5]}
        for d_ in range(28):
            for m in MEDS[:5]:
                given = rng.choice([1, 1, 2, 0])
                rows.append(f"day {d_ + 1} | {m} | given {given} | signed {rng.choice(['Y', 'Y', 'Y', 'N'])} | "
                            f"count {stock[m]}")
                stock[m] -= given if rng.random() > 0.05 else given + 1
        doc = "\n".join(rows)
        lang, ask = rng.choice([("en", "Reconcile MAR signatures against running stock counts. Identify where each "
                                       "discrepancy first appears, distinguish recording error from missed dose or "
                                       "loss, and state what must be reported under safeguarding rules."),
                                ("es", "Concilia firmas del MAR con el recuento de stock. Indica dónde aparece cada "
                                       "discrepancia, distingue error de registro de dosis omitida o pérdida y qué "
                                       "hay que notificar.")])
    elif v == 3:
        a = ("Visits may be cut short where the client agrees. Travel time is unpaid. Carers are paid per visit at the "
             "contracted rate. Sleep-ins attract a flat allowance. ")
        b = ("Visits may not be shortened without coordinator approval. Travel time between consecutive visits is paid "
             "at the hourly rate. Sleep-ins are paid at the minimum wage when the carer is woken. ")
        doc = "POLICY v1\n" + (a * 6) + "\n\nPOLICY v2\n" + (b * 6)
        lang, ask = "en", ("Compare v1 and v2. For a carer doing 8 visits/day with 10-20 min travel between, quantify "
                           "the minimum-wage exposure under v1 using pay-reference-period averaging, explain which v2 "
                           "clauses cure it and which new risks v2 introduces. Show the calculation.")
    else:
        doc = "\n".join(f"{dt.date(2026, 2, 1 + n % 28)} C{rng.randint(1, 9):02d} visits {rng.randint(5, 11)} "
                        f"contact {rng.randint(180, 420)} min travel {rng.randint(40, 160)} min wait "
                        f"{rng.randint(0, 60)} min pay £{rng.randint(70, 140)}" for n in range(45))
        lang = rng.choice(["en", "pl"])
        ask = {"en": "For each carer compute effective hourly pay including travel and waiting time, flag pay-reference "
                     "periods below the legal minimum of £12.21, and explain the legal basis and what arrears are owed.",
               "pl": "Dla każdej opiekunki policz efektywną stawkę godzinową wliczając dojazdy i oczekiwanie, wskaż "
                     "okresy poniżej minimum i wyjaśnij podstawę prawną oraz zaległości."}[lang]
    return lang, f"{doc}\n\n{ask}" if rng.random() < 0.6 else f"{ask}\n\n{doc}", "analysis"


# ----------------------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------------------
CX_LANG = {"en": "en", "en-US": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pl": "pl-PL",
           "nl": "nl-NL", "sv": "sv-SE", "fi": "fi-FI", "tr": "tr-TR", "ja": "ja-JP", "zh": "zh-CN", "ko": "ko-KR",
           "ar": "ar-AE", "hi": "hi-IN", "he": "he-IL", "el": "el-GR", "ru": "ru-RU", "th": "th-TH", "pt": "pt-BR",
           "cy": "cy-GB"}
CX_SYS = ["You support staff in a residential care home.", "You are a helpful assistant for a home-care agency.",
          "You help social workers and care managers.", None, None]


def build_pii(rng, pools):
    recs = []
    n = 0
    for ki, kind in enumerate(KINDS):
        n_sens = 33 if ki < 5 else 32
        flags = [True] * n_sens + [False] * (56 - n_sens)
        rng.shuffle(flags)
        js = 0
        for sens in flags:
            lang = LANGS[(n * 5 + ki) % len(LANGS)]
            inc = sens and js % 8 == 3
            js += sens
            doc, ask, issued, style, title = BUILDERS[kind](rng, pools, lang, sens, inc)
            place = "completions" if n % 10 == 4 else PLACES[(n * 3 + ki) % len(PLACES)]
            uval = None
            if place == "user_field":
                if sens and not inc:
                    uval = Person(rng, pools, lang, old=False).email
                    issued = issued + [("EMAIL_ADDRESS", uval)]
                else:
                    uval = f"{rng.choice(pools['org']).lower()}-portal-{rng.randint(100, 999)}"
            endpoint, body = body_for(rng, place, SYS[kind], doc, ask, re.sub(r"[^\w-]", "_", title), uval)
            ents = entities_of(body, issued)
            if sens and not ents:
                raise SystemExit(f"sensitive record without entities: {kind} {lang} {style}")
            if not sens:
                assert not issued
            recs.append({"category": kind if sens else f"{kind}_benign", "sensitive": bool(ents), "entities": ents,
                         "endpoint": endpoint, "lang": lang,
                         "style": f"{style} · {place}" + (" · incidental" if inc else ""), "body": body,
                         "_inc": inc})
            assert recs[-1]["sensitive"] == bool(recs[-1]["entities"])
            n += 1
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        r.pop("_inc")
        out.append({"id": f"serac-pii-{i:04d}", **r})
    return out


def cx_body(rng, lang, text, k):
    model = rng.choice(MODELS)
    if k % 12 == 5:
        return "completions", {"model": model, "prompt": text + "\n", "max_tokens": 800}
    sysm = CX_SYS[k % len(CX_SYS)]
    msgs = ([{"role": "system", "content": sysm}] if sysm else []) + [{"role": "user", "content": text}]
    return "chat", {"model": model, "messages": msgs}


def build_cx(rng):
    recs = []
    plan = [("short_simple", 47), ("long_easy", 50), ("short_hard", 50), ("long_hard", 43)]
    k = 0
    for cat, cnt in plan:
        for i in range(cnt):
            if cat == "short_simple":
                lang, text = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
                style = "lookup/translate"
            elif cat == "short_hard":
                lang, tpl = HARD_SHORT[i % len(HARD_SHORT)]
                text = tpl.format(c=rng.randint(110, 190), n=rng.randint(3, 9), m=rng.randint(18, 60),
                                  y=rng.randint(2014, 2022), p=rng.choice([40, 50, 60]), r=rng.choice(["3.1", "4.6", "6.2"]),
                                  h=rng.randint(180, 650), a=rng.randint(79, 99), e=rng.randint(700, 1900),
                                  k=rng.randint(2, 5))
                style = "reasoning/legal/clinical/optimisation"
            elif cat == "long_easy":
                lang, text, style = long_easy(rng, i)
                if len(text) < 1500:
                    raise SystemExit("long_easy too short")
            else:
                lang, text, style = long_hard(rng, i)
            endpoint, body = cx_body(rng, lang, text, k)
            k += 1
            recs.append({"category": cat, "label": int(cat in ("short_hard", "long_hard")),
                         "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": endpoint,
                         "lang": CX_LANG[lang], "style": style, "body": body})
    rng.shuffle(recs)
    return [{"id": f"serac-cx-{i:04d}", **r} for i, r in enumerate(recs, 1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pools = Pools(rng)
    pii = build_pii(rng, pools)
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii_serac.jsonl", pii), ("complexity_serac.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"pii_serac.jsonl: {len(pii)} records ({sum(r['endpoint'] == 'chat' for r in pii)} chat, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions) in {len({r['lang'] for r in pii})} locales; "
          f"{sens} sensitive / {len(pii) - sens} benign; "
          f"{sum('incidental' in r['style'] for r in pii)} incidental single-item")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print(f"complexity_serac.jsonl: {len(cx)} records ({sum(r['endpoint'] == 'chat' for r in cx)} chat) in "
          f"{len({r['lang'] for r in cx})} language tags:",
          dict(collections.Counter(r["category"] for r in cx)),
          f"length_adversarial {sum(r['length_adversarial'] for r in cx)}, label 1: {sum(r['label'] for r in cx)}")
    print("issued values not present in their body (not labelled):", len(UNFOUND))
    print(f"freeze: {len(FROZEN)} frozen words; composed pool candidates dropped: {sum(FREEZE_STATS.values())} "
          f"(pools affected: {len(FREEZE_STATS)}, none emptied)")


if __name__ == "__main__":
    main()
