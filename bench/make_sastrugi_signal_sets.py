#!/usr/bin/env python3
"""Sastrugi: a blind evaluation split for the request signals, organised by the IT-OPERATIONS / SECURITY / SaaS-SUPPORT
world that sends documents through a model gateway.

Writes bench/data/signals/pii_sastrugi.jsonl and bench/data/signals/complexity_sastrugi.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial, endpoint,
lang, style, body), to be evaluated once, blind.

How it was written
    Blind. Its author read only the brief, the first 70 lines of make_delta_signal_sets.py (record schema and label
    conventions) and the first two lines of the two delta JSONL files. No detector, test, evaluator, result, policy,
    doc, README, other generator or commit message was read. Other generators are only scanned automatically at run
    time (the freeze below): every capitalised / non-ASCII word they contain is collected, and every entry of this
    file's name, street, city, company, mail-provider, public-figure, eponym and fiction pools that shares a word (or
    a non-ASCII bigram; for Han / Kana / Thai also a substring of a frozen run) with that set is dropped; person,
    street, city and company pools are refilled with names composed from invented, locale-typical parts (capped
    retries, re-checked). Frozen words are never printed.

Organising principle and the line drawn
    Nine kinds of IT-ops text, each a category: incident_page (on-call pages, incident Slack threads), security_alert
    (SIEM alerts, phishing reports), access_request (joiner/mover/leaver and IAM tickets), support_ticket (SaaS
    customer tickets, often in the customer's language), log_trace (access logs, stack traces, SQL errors),
    dsar_deletion (data-subject access and account-deletion requests), postmortem_status (postmortems, status
    pages), vendor_licence (vendor and licence management, seat CSV exports), api_export (JSON from admin / HRIS /
    billing APIs). Sensitive records use ``<kind>``, benign hard negatives of the same kind ``<kind>_benign``.
    The line a privacy officer of this world would draw: data about an identifiable private person -- customer,
    end user, employee, contractor, on-call engineer -- is personal data, including a first name with a role or
    relation cue, the public IP a user logged in from, a personal mobile, a card or IBAN of a named holder.
    NOT personal data: service accounts, bot and team handles, role mailboxes (security@, dpo@, billing@),
    switchboards, hotlines and registered offices of organisations, infrastructure IPs (RFC 1918, RFC 5737, RFC 3849,
    public resolvers), public figures in their public role (vendor executives, researchers credited in advisories),
    eponyms, fictional characters and crypto placeholders, PSP test cards and documentation example IBANs,
    ticket / incident / CVE / PO / invoice / licence-key / account numbers of organisations, UUIDs, trace ids, hashes,
    blank forms with placeholders, masked or hashed values and aggregated counts.

Labels
    ``entities``: list of {"type", "value"} for every value the record issued that is found in the serialised body
    (all strings walked, base64 file parts decoded, URLs unquoted); ``sensitive`` is true iff entities is non-empty
    (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID,
    HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (routing + account),
    MEDICAL_RECORD. Complexity: short_simple (0), long_easy (0, >= 1,500 chars, length-adversarial), short_hard
    (1, length-adversarial), long_hard (1).

Contents (seed 20260611; the run prints the counts)
    pii_sastrugi.jsonl: 504 requests (9 kinds x 56: 33 sensitive + 23 benign each = 297 sensitive / 207 benign;
    4 sensitive per kind carry a single incidental item), 20 locales (en-US, en-GB, de-DE, fr-FR, es-ES, es-MX,
    it-IT, nl-NL, pl-PL, sv-SE, pt-BR, ru-RU, tr-TR, he-IL, hi-IN, th-TH, ja-JP, ko-KR, zh-CN, ar-EG; Latin,
    Cyrillic, Hebrew, Arabic, Devanagari, Thai, Han, Kana, Hangul; English locales weighted up), 50 on the completions
    endpoint, the document
    rotated over user / system / assistant / tool messages, text and file parts, image-URL query strings,
    tool-call arguments, tool schemas, response_format and ``user``. complexity_sastrugi.jsonl: 190 requests
    (short_simple 48, long_easy 48, short_hard 48, long_hard 46) in 10 languages; 96 length-adversarial, 94 labelled 1.
    Entity counts: person 362, EMAIL_ADDRESS 239, PHONE_NUMBER 164, STREET_ADDRESS 95, IP_ADDRESS 91, DATE_OF_BIRTH 69,
    CREDIT_CARD 40, MEDICAL_RECORD 36, NATIONAL_ID 27, IBAN_CODE 21, TAX_ID 15, US_BANK_NUMBER 14, HEALTH_INSURANCE 10,
    ssn 8. The freeze keeps 6 of 25 public figures, 2 of 24 eponyms and 7 of 21 fictional names, and drops most real
    mail-provider domains (invented provider domains are added per locale).

Validation
    National / tax / health ids are generated with correct check digits and validated with python-stdnum (KVNR and
    MRN with own routines); cards pass Luhn and are not PSP test numbers; IBANs pass stdnum.iban; phone numbers are
    valid for their region with ``phonenumbers``; IPs of users are global and outside documentation ranges. An invalid
    value aborts the run; every retry loop is capped.

Command (deterministic, byte-reproducible)
    python bench/make_sastrugi_signal_sets.py [--seed 20260611] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import hashlib
import ipaddress
import itertools
import json
import pathlib
import random
import re
import sys
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.eg import tn as eg_tn
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp, rfc
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "sastrugi"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:
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
FROZEN_RUNS = ""
NOSPACE = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u4E00-\u9FFF]")
DROPPED = collections.Counter()


def allowed(entry: str) -> bool:
    low = entry.lower()
    if low in FROZEN:
        return False
    for t in re.findall(r"[A-Za-z'\-]+", entry):
        if t.lower() in FROZEN:
            return False
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return False
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in FROZEN:
            return False
    if NOSPACE.search(entry):
        for t in toks:
            if any(ord(c) > 127 for c in t) and t in FROZEN_RUNS:
                return False
    return True


def filter_pool(name, entries):
    out = [e for e in entries if allowed(e)]
    DROPPED[name] += len(entries) - len(out)
    return out


def fail(msg):
    raise SystemExit(f"ABORT: {msg}")


# ----------------------------------------------------------------------------------------------------------------
# identifiers
# ----------------------------------------------------------------------------------------------------------------
def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def brute(r, make, validate, alphabet="0123456789", n=1, at_start=False, tries=400):
    for _ in range(tries):
        base = make()
        for tail in itertools.product(alphabet, repeat=n):
            cand = ("".join(tail) + base) if at_start else (base + "".join(tail))
            if validate(cand):
                return cand
    fail("could not generate a valid identifier")


def check(value, validate, what):
    if not validate(value):
        fail(f"invalid {what}")
    return value


def kvnr_valid(v):
    if not re.fullmatch(r"[A-Z]\d{9}", v):
        return False
    s = f"{ord(v[0]) - 64:02d}" + v[1:9]
    tot = 0
    for i, ch in enumerate(s):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(v[9])


def gen_kvnr(r):
    return brute(r, lambda: r.choice("ABCDEFGHIKLMNOPRSTUVWZ") + digits(r, 8), kvnr_valid)


def mrn_valid(v):
    return bool(re.fullmatch(r"\d{7,8}", v)) and v[0] != "0"


def ymd(d):
    return d.strftime("%y%m%d")


def gen_id(kind, r, p):
    d = p.dob
    if kind == "ssn":
        for _ in range(400):
            a = r.randint(1, 899)
            if a == 666:
                continue
            v = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
            if us_ssn.is_valid(v) and v.replace("-", "") not in ("078051120", "219099999"):
                return v
        fail("ssn")
    if kind == "nhs":
        v = brute(r, lambda: r.choice("4567") + digits(r, 8), nhs.is_valid)
        return check(f"{v[:3]} {v[3:6]} {v[6:]}", nhs.is_valid, "nhs")
    if kind == "utr":
        return brute(r, lambda: digits(r, 9), utr.is_valid, at_start=True)
    if kind == "idnr":
        v = brute(r, lambda: r.choice("123456789") + digits(r, 9), idnr.is_valid)
        return check(f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", idnr.is_valid, "idnr")
    if kind == "kvnr":
        return check(gen_kvnr(r), kvnr_valid, "kvnr")
    if kind == "nir":
        sex = "1" if p.sex == "m" else "2"
        dep = r.choice(["13", "31", "33", "44", "59", "67", "69", "75", "92", "93"])
        base = f"{sex}{d:%y}{d:%m}{dep}{r.randint(1, 899):03d}{r.randint(1, 999):03d}"
        key = 97 - int(base) % 97
        v = f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"
        return check(v, nir.is_valid, "nir")
    if kind == "dni":
        n = r.randint(10000000, 79999999)
        return check(f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}", dni.is_valid, "dni")
    if kind == "curp":
        L = "BCDFGHJKLMNPRSTVZ"
        return brute(r, lambda: (r.choice(L) + r.choice("AEIOU") + r.choice(L) + r.choice(L) + ymd(d)
                                 + ("H" if p.sex == "m" else "M") + r.choice(["DF", "JC", "NL", "PL", "VZ", "GT"])
                                 + r.choice(L) + r.choice(L) + r.choice(L) + "0"), curp.is_valid)
    if kind == "rfc":
        L = "BCDFGHJKLMNPRSTVZ"
        return brute(r, lambda: (r.choice(L) + r.choice("AEIOU") + r.choice(L) + r.choice(L) + ymd(d)
                                 + r.choice("ABCDEFGHJKLMN123456789") + r.choice("ABCDEFGHJKLMN123456789")),
                     rfc.is_valid, alphabet="0123456789A")
    if kind == "cf":
        month = "ABCDEHLMPRST"[d.month - 1]
        day = d.day + (40 if p.sex == "f" else 0)
        C = "BCDFGLMNPRSTVZ"
        return brute(r, lambda: ("".join(r.choice(C) for _ in range(6)) + f"{d:%y}" + month + f"{day:02d}"
                                 + r.choice("ABCDEFGHLM") + f"{r.randint(1, 999):03d}"),
                     codicefiscale.is_valid, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if kind == "bsn":
        return brute(r, lambda: r.choice("123456") + digits(r, 7), bsn.is_valid)
    if kind == "pesel":
        mm = d.month + (20 if d.year >= 2000 else 0)
        return brute(r, lambda: f"{d:%y}{mm:02d}{d:%d}" + digits(r, 4), pesel.is_valid)
    if kind == "nip":
        v = brute(r, lambda: r.choice("123456789") + digits(r, 8), nip.is_valid)
        return check(f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}", nip.is_valid, "nip")
    if kind == "pnr":
        return brute(r, lambda: ymd(d) + "-" + digits(r, 3), personnummer.is_valid)
    if kind == "cpf":
        v = brute(r, lambda: digits(r, 9), cpf.is_valid, n=2)
        return check(f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", cpf.is_valid, "cpf")
    if kind == "inn":
        return brute(r, lambda: f"{r.randint(1, 92):02d}" + digits(r, 8), inn.is_valid, n=2)
    if kind == "tckn":
        return brute(r, lambda: r.choice("123456789") + digits(r, 8), tckimlik.is_valid, n=2)
    if kind == "ilid":
        return brute(r, lambda: r.choice("023") + digits(r, 7), il_idnr.is_valid)
    if kind == "aadhaar":
        v = brute(r, lambda: r.choice("23456789") + digits(r, 10), aadhaar.is_valid)
        return check(f"{v[:4]} {v[4:8]} {v[8:]}", aadhaar.is_valid, "aadhaar")
    if kind == "pan":
        A = "ABCDEFGHJKLMNPRSTUVWXYZ"
        for _ in range(400):
            v = "".join(r.choice(A) for _ in range(3)) + "P" + r.choice(A) + digits(r, 4) + r.choice(A)
            if pan.is_valid(v):
                return v
        fail("pan")
    if kind == "thpin":
        v = brute(r, lambda: r.choice("1235") + digits(r, 11), th_pin.is_valid)
        return check(f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", th_pin.is_valid, "thpin")
    if kind == "mynumber":
        v = brute(r, lambda: digits(r, 11), jp_in.is_valid)
        return check(f"{v[:4]} {v[4:8]} {v[8:]}", jp_in.is_valid, "mynumber")
    if kind == "rrn":
        g = ("1" if p.sex == "m" else "2") if d.year < 2000 else ("3" if p.sex == "m" else "4")
        v = brute(r, lambda: ymd(d) + g + f"{r.randint(0, 47):02d}" + digits(r, 3), rrn.is_valid)
        return check(f"{v[:6]}-{v[6:]}", rrn.is_valid, "rrn")
    if kind == "ric":
        return brute(r, lambda: r.choice(["110101", "310104", "440305", "330106", "510107", "420102", "320102"])
                     + f"{d:%Y%m%d}" + digits(r, 3), ric.is_valid, alphabet="0123456789X")
    if kind == "egtn":
        v = brute(r, lambda: r.choice("123456789") + digits(r, 7), eg_tn.is_valid)
        return check(f"{v[:3]}-{v[3:6]}-{v[6:]}", eg_tn.is_valid, "egtn")
    fail(kind)


ID_TYPE = {"ssn": "ssn", "utr": "TAX_ID", "idnr": "TAX_ID", "nir": "NATIONAL_ID", "dni": "NATIONAL_ID",
           "curp": "NATIONAL_ID", "rfc": "TAX_ID", "cf": "TAX_ID", "bsn": "NATIONAL_ID", "pesel": "NATIONAL_ID",
           "nip": "TAX_ID", "pnr": "NATIONAL_ID", "cpf": "TAX_ID", "inn": "TAX_ID", "tckn": "NATIONAL_ID",
           "ilid": "NATIONAL_ID", "aadhaar": "NATIONAL_ID", "pan": "TAX_ID", "thpin": "NATIONAL_ID",
           "mynumber": "NATIONAL_ID", "rrn": "NATIONAL_ID", "ric": "NATIONAL_ID", "egtn": "TAX_ID",
           "nhs": "HEALTH_INSURANCE", "kvnr": "HEALTH_INSURANCE"}

TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
              "5105105105105100", "4012888888881881", "371449635398431", "6011111111111117", "3530111333300000"}


def gen_card(r, brand):
    pre = {"visa": lambda: "4" + digits(r, 5), "mc": lambda: str(r.randint(51, 55)) + digits(r, 4),
           "amex": lambda: r.choice(["34", "37"]) + digits(r, 4), "jcb": lambda: str(r.randint(3528, 3589)) + digits(r, 2)}[brand]
    length = 15 if brand == "amex" else 16
    for _ in range(400):
        base = pre() + digits(r, length - 7)
        v = base + luhn.calc_check_digit(base)
        if v not in TEST_CARDS and luhn.is_valid(v):
            if brand == "amex":
                return f"{v[:4]} {v[4:10]} {v[10:]}"
            sep = r.choice([" ", "-", ""])
            return sep.join(v[i:i + 4] for i in range(0, 16, 4))
    fail("card")


IBAN_BBAN = {
    "DE": lambda r: digits(r, 18), "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(r, 10),
    "PL": lambda r: digits(r, 24), "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(r, 14),
    "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(r, 22), "ES": lambda r: digits(r, 20),
    "SE": lambda r: digits(r, 20), "TR": lambda r: digits(r, 5) + "0" + digits(r, 16), "IL": lambda r: digits(r, 19),
    "BR": lambda r: digits(r, 23) + "C1", "EG": lambda r: digits(r, 25),
}
DOC_IBANS = ("DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300")


def fr_bban(r):
    b, g, c = digits(r, 5), digits(r, 5), digits(r, 11)
    key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    return f"{b}{g}{c}{key:02d}"


def gen_iban(r, cc):
    for _ in range(4000):
        bban = fr_bban(r) if cc == "FR" else IBAN_BBAN[cc](r)
        v = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(v) and v not in DOC_IBANS:
            return std_iban.format(v) if r.random() < 0.6 else v
    fail("iban " + cc)


def gen_rtn(r):
    return brute(r, lambda: f"{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + digits(r, 6), rtn.is_valid)


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def gen_ip(r, v6=False):
    for _ in range(400):
        if v6:
            ip = ipaddress.ip_address("2a0" + r.choice("1234") + ":" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(7)))
        else:
            ip = ipaddress.ip_address(f"{r.choice([5, 31, 37, 46, 62, 77, 78, 81, 84, 85, 88, 91, 93, 95, 109, 151, 176, 178, 185, 188, 189, 201, 212, 217])}."
                                      f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
        if ip.is_global and not any(ip in n for n in DOC_NETS):
            return str(ip)
    fail("ip")


def gen_phone(r, region, ptype=PNT.MOBILE, style=None):
    ex = phonenumbers.example_number_for_type(region, ptype) or phonenumbers.example_number_for_type(region, PNT.FIXED_LINE)
    nsn = phonenumbers.national_significant_number(ex)
    keep = max(2, len(nsn) - 6)
    for _ in range(400):
        cand = nsn[:keep] + digits(r, len(nsn) - keep)
        if cand == nsn or (region == "US" and cand[3:6] == "555"):
            continue
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            fmt = style if style is not None else r.choice([PNF.E164, PNF.INTERNATIONAL, PNF.NATIONAL, PNF.INTERNATIONAL])
            v = phonenumbers.format_number(num, fmt)
            chk = phonenumbers.parse(v, region)
            if not phonenumbers.is_valid_number(chk):
                fail("phone")
            return v
    fail("phone " + region)


# ----------------------------------------------------------------------------------------------------------------
# locales
# ----------------------------------------------------------------------------------------------------------------
PHRASE_KEYS = "hi cant_login delete access charged phish thanks urgent down mfa slow name phone dob addr id email".split()
PHRASES = {
    "en": "Hi|I can't log in to my account since yesterday|Please delete my account and all my personal data|Please send me a copy of all the data you hold about me|I was charged twice this month|I got a weird email asking for my password, is this phishing?|Thanks|urgent|Your service is down again and we cannot work|I got a new phone, please reset my 2FA|The dashboard is really slow for the whole team since the last update|Name|Phone|Date of birth|Address|ID number|Email",
    "de": "Hallo|Ich komme seit gestern nicht mehr in mein Konto|Bitte löschen Sie mein Konto und alle meine personenbezogenen Daten|Bitte schicken Sie mir eine Kopie aller Daten, die Sie über mich speichern|Mir wurde diesen Monat doppelt abgebucht|Ich habe eine komische Mail bekommen, die nach meinem Passwort fragt – ist das Phishing?|Danke|dringend|Ihr Dienst ist schon wieder down, wir können nicht arbeiten|Ich habe ein neues Handy, bitte 2FA zurücksetzen|Das Dashboard ist seit dem letzten Update für das ganze Team extrem langsam|Name|Telefon|Geburtsdatum|Anschrift|Steuer-ID|E-Mail",
    "fr": "Bonjour|Je n'arrive plus à me connecter à mon compte depuis hier|Merci de supprimer mon compte et toutes mes données personnelles|Merci de m'envoyer une copie de toutes les données que vous détenez sur moi|J'ai été débité deux fois ce mois-ci|J'ai reçu un mail bizarre qui demande mon mot de passe, c'est du phishing ?|Merci|urgent|Votre service est encore en panne, on ne peut pas travailler|J'ai changé de téléphone, pouvez-vous réinitialiser ma double authentification ?|Le tableau de bord est très lent pour toute l'équipe depuis la dernière mise à jour|Nom|Téléphone|Date de naissance|Adresse|N° de sécu|E-mail",
    "es": "Hola|No puedo entrar en mi cuenta desde ayer|Por favor, eliminad mi cuenta y todos mis datos personales|Por favor, enviadme una copia de todos los datos que tenéis sobre mí|Me habéis cobrado dos veces este mes|Me ha llegado un correo raro pidiendo mi contraseña, ¿es phishing?|Gracias|urgente|El servicio vuelve a estar caído y no podemos trabajar|He cambiado de móvil, ¿podéis resetear mi 2FA?|El panel va lentísimo para todo el equipo desde la última actualización|Nombre|Teléfono|Fecha de nacimiento|Dirección|DNI/CURP|Correo",
    "it": "Ciao|Non riesco ad accedere al mio account da ieri|Vi prego di cancellare il mio account e tutti i miei dati personali|Vorrei una copia di tutti i dati che avete su di me|Mi avete addebitato due volte questo mese|Ho ricevuto una mail strana che chiede la password, è phishing?|Grazie|urgente|Il servizio è di nuovo giù e non riusciamo a lavorare|Ho cambiato telefono, potete resettare la 2FA?|La dashboard è lentissima per tutto il team dall'ultimo aggiornamento|Nome|Telefono|Data di nascita|Indirizzo|Codice fiscale|Email",
    "nl": "Hoi|Ik kan sinds gisteren niet meer inloggen op mijn account|Verwijder alstublieft mijn account en al mijn persoonsgegevens|Stuur me een kopie van alle gegevens die jullie over mij hebben|Ik ben deze maand twee keer afgeschreven|Ik kreeg een rare mail die om mijn wachtwoord vraagt, is dit phishing?|Bedankt|dringend|Jullie dienst ligt er weer uit, we kunnen niet werken|Ik heb een nieuwe telefoon, kunnen jullie mijn 2FA resetten?|Het dashboard is sinds de laatste update super traag voor het hele team|Naam|Telefoon|Geboortedatum|Adres|BSN|E-mail",
    "pl": "Dzień dobry|Od wczoraj nie mogę zalogować się na konto|Proszę o usunięcie mojego konta i wszystkich moich danych osobowych|Proszę o kopię wszystkich danych, które o mnie przechowujecie|W tym miesiącu pobrano opłatę dwa razy|Dostałem dziwnego maila z prośbą o hasło, czy to phishing?|Dzięki|pilne|Wasza usługa znowu nie działa, nie możemy pracować|Zmieniłem telefon, proszę o reset 2FA|Panel od ostatniej aktualizacji strasznie muli dla całego zespołu|Imię i nazwisko|Telefon|Data urodzenia|Adres|PESEL/NIP|E-mail",
    "sv": "Hej|Jag kan inte logga in på mitt konto sedan igår|Radera mitt konto och alla mina personuppgifter, tack|Skicka mig en kopia av alla uppgifter ni har om mig|Jag har blivit debiterad två gånger den här månaden|Jag fick ett konstigt mejl som frågar efter mitt lösenord, är det nätfiske?|Tack|brådskande|Tjänsten ligger nere igen och vi kan inte jobba|Jag har ny telefon, kan ni återställa min tvåfaktor?|Instrumentpanelen är jättelångsam för hela teamet sedan senaste uppdateringen|Namn|Telefon|Födelsedatum|Adress|Personnummer|E-post",
    "pt": "Olá|Não consigo entrar na minha conta desde ontem|Por favor excluam minha conta e todos os meus dados pessoais (LGPD)|Quero uma cópia de todos os dados que vocês têm sobre mim|Fui cobrado duas vezes este mês|Recebi um e-mail estranho pedindo minha senha, é phishing?|Obrigado|urgente|O serviço caiu de novo e não conseguimos trabalhar|Troquei de celular, podem resetar meu 2FA?|O painel está muito lento pra equipe toda desde a última atualização|Nome|Celular|Data de nascimento|Endereço|CPF|E-mail",
    "ru": "Здравствуйте|Со вчерашнего дня не могу войти в аккаунт|Прошу удалить мой аккаунт и все мои персональные данные|Прошу предоставить копию всех данных, которые вы обо мне храните|С меня списали деньги дважды в этом месяце|Пришло странное письмо с просьбой ввести пароль, это фишинг?|Спасибо|срочно|Сервис опять лежит, мы не можем работать|Сменил телефон, сбросьте, пожалуйста, 2FA|Дашборд после последнего обновления жутко тормозит у всей команды|ФИО|Телефон|Дата рождения|Адрес|ИНН|Эл. почта",
    "tr": "Merhaba|Dünden beri hesabıma giriş yapamıyorum|Lütfen hesabımı ve tüm kişisel verilerimi silin (KVKK)|Hakkımda tuttuğunuz tüm verilerin bir kopyasını istiyorum|Bu ay iki kez ücret alındı|Şifremi isteyen garip bir e-posta geldi, bu oltalama mı?|Teşekkürler|acil|Servis yine çöktü, çalışamıyoruz|Telefonumu değiştirdim, 2FA'yı sıfırlar mısınız?|Son güncellemeden beri panel tüm ekip için çok yavaş|Ad Soyad|Telefon|Doğum tarihi|Adres|T.C. Kimlik No|E-posta",
    "he": "היי|אני לא מצליח להתחבר לחשבון מאתמול|נא למחוק את החשבון שלי ואת כל המידע האישי שלי|אבקש עותק של כל המידע שאתם מחזיקים עליי|חויבתי פעמיים החודש|קיבלתי מייל מוזר שמבקש את הסיסמה שלי, זה פישינג?|תודה|דחוף|השירות שוב נפל ואנחנו לא יכולים לעבוד|החלפתי טלפון, אפשר לאפס את האימות הדו-שלבי?|הדשבורד איטי מאוד לכל הצוות מאז העדכון האחרון|שם|טלפון|תאריך לידה|כתובת|ת.ז.|אימייל",
    "hi": "नमस्ते|कल से मैं अपने अकाउंट में लॉगिन नहीं कर पा रहा हूँ|कृपया मेरा अकाउंट और मेरा सारा निजी डेटा डिलीट कर दें|आपके पास मेरे बारे में जो भी डेटा है उसकी कॉपी भेज दीजिए|इस महीने मुझसे दो बार पैसे कटे|मुझे एक अजीब ईमेल आया जो पासवर्ड मांग रहा है, क्या यह फ़िशिंग है?|धन्यवाद|अर्जेंट|सर्विस फिर से डाउन है, हम काम नहीं कर पा रहे|मैंने नया फ़ोन लिया है, प्लीज़ मेरा 2FA रीसेट कर दें|पिछले अपडेट के बाद से डैशबोर्ड पूरी टीम के लिए बहुत धीमा है|नाम|फ़ोन|जन्म तिथि|पता|आधार/पैन|ईमेल",
    "th": "สวัสดีครับ|ตั้งแต่เมื่อวานเข้าบัญชีไม่ได้เลยครับ|รบกวนลบบัญชีและข้อมูลส่วนบุคคลทั้งหมดของผมด้วยครับ|ขอสำเนาข้อมูลทั้งหมดที่บริษัทเก็บเกี่ยวกับผมครับ|เดือนนี้โดนตัดเงินสองครั้งครับ|ได้อีเมลแปลกๆ ขอรหัสผ่าน อันนี้ฟิชชิ่งไหมครับ|ขอบคุณครับ|ด่วน|ระบบล่มอีกแล้ว ทำงานไม่ได้เลย|เปลี่ยนมือถือใหม่ ช่วยรีเซ็ต 2FA ให้หน่อยครับ|แดชบอร์ดช้ามากสำหรับทั้งทีมตั้งแต่อัปเดตล่าสุด|ชื่อ-สกุล|โทร|วันเกิด|ที่อยู่|เลขบัตรประชาชน|อีเมล",
    "ja": "お世話になっております|昨日からアカウントにログインできません|アカウントと個人データをすべて削除してください|私に関して保有しているデータの写しを送ってください|今月二重に請求されています|パスワードを求める怪しいメールが届きました。フィッシングでしょうか？|よろしくお願いします|至急|またサービスが落ちていて業務ができません|機種変更したので二段階認証をリセットしてください|前回のアップデート以降、ダッシュボードがチーム全員で非常に重いです|氏名|電話|生年月日|住所|マイナンバー|メール",
    "ko": "안녕하세요|어제부터 계정에 로그인이 안 됩니다|제 계정과 개인정보를 모두 삭제해 주세요|저에 대해 보관 중인 모든 데이터 사본을 보내 주세요|이번 달에 결제가 두 번 됐어요|비밀번호를 요구하는 이상한 메일이 왔는데 피싱인가요?|감사합니다|긴급|서비스가 또 다운돼서 일을 못 하고 있어요|폰을 바꿨는데 2단계 인증 초기화 부탁드려요|지난 업데이트 이후로 대시보드가 팀 전체에서 너무 느려요|이름|전화|생년월일|주소|주민등록번호|이메일",
    "zh": "你好|从昨天开始就登录不了账号|请删除我的账号和所有个人数据|请把你们保存的关于我的所有数据发我一份|这个月被重复扣费了|收到一封奇怪的邮件要我输入密码，这是钓鱼吗？|谢谢|紧急|服务又挂了，我们没法工作|换了新手机，麻烦重置一下两步验证|上次更新以后整个团队的仪表盘都特别慢|姓名|电话|出生日期|地址|身份证号|邮箱",
    "ar": "مرحبا|مش قادر أدخل على حسابي من امبارح|أرجو حذف حسابي وكل بياناتي الشخصية|عايز نسخة من كل البيانات اللي عندكم عني|اتخصم مني مرتين الشهر ده|جالي إيميل غريب بيطلب الباسورد، هل ده تصيد؟|شكرا|عاجل|الخدمة واقعة تاني ومش عارفين نشتغل|غيرت الموبايل، ممكن تعملوا reset للتحقق بخطوتين؟|لوحة التحكم بطيئة جدا لكل الفريق من آخر تحديث|الاسم|الموبايل|تاريخ الميلاد|العنوان|الرقم الضريبي|البريد",
}
PHR = {k: dict(zip(PHRASE_KEYS, v.split("|"))) for k, v in PHRASES.items()}
for _k, _v in PHR.items():
    assert len(_v) == len(PHRASE_KEYS), _k

# name parts: (given A, given B, family A, family B) -- composed, then frozen-checked
PARTS = {
    "en": ("Bra Cal Dar Jas Kel Tam Wen Lor Bri Cor Den Fen Gal Hal Mab Ros".split(), "den ley ric lyn wyn ton na ette iel ora ith".split(),
           "Pem Tor Wick Bram Cart Fal Grim Hol Lang Mor Pres Rad Stan Thorn Quil Dunn".split(), "berry bourne croft ham ley more ridge stead wick worth ford gate".split()),
    "de": ("Ans Bert Ei Fried Gun Hel Jo Kla Lo Ot Rein Sieg Ul Wal Ber Gis".split(), "hild mar run ke ne rich bert wig da ja lind".split(),
           "Brack Dorn Eggel Fahl Gries Holz Kamp Lüd Mett Pfeif Rott Schwer Steg Tusch Wend Quer".split(), "mann ner ling hagen meier brink hoff inger ert sieker kötter".split()),
    "fr": ("Ami Béré Cla Do Éli Fla Gaë Hé Lo Mé Oc Ro Syl Thé Yo Sé".split(), "lie nice rine ric lle nane vine lian drine bert".split(),
           "Beau Char Dela Fon Garni Lamb Pel Roche Tes Vau Dubr Lefe Mous Quin".split(), "mont ret champ taine lier geot sard dieu vert ville court".split()),
    "es": ("Ampa Ceci Dami Ense Fausti Gime Isa Leo Marce Ro Eva Nar".split(), "ro lia án nio na ldo cio sa".split(),
           "Alar Bece Carva Echeve Garri Larre Mendi Oyar Sarmi Zubi Olaz Urqui".split(), "cón rra jal rría do zábal ento eta iaga".split()),
    "it": ("Ales Bea Cor Dami Fio Gian Lore Massi Ot Ro Ser Tul".split(), "sio trice rado ana lla nzo mo vio ela".split(),
           "Bel Cor Fer Gual Lom Mar Pagl Ros Sca Vit Zan Bru".split(), "tieri ardi uzzi etti ngo ucci ani olo ghini".split()),
    "nl": ("Bram Fem Gijs Joos Lie Maar Noor Rut Sjoer Wout Tjal Ee".split(), "ke je tje d er ma".split(),
           "Bak Dijk Hoog Kool Molen Ooster Rijn Steen Vliet Wester Zand Kroe".split(), "huis stra kamp man brink veld hout sma".split()),
    "pl": ("Bo Ja Mi Ra Wie Zby Ste Le Bła Ol Dobro Świę".split(), "sław dwiga rosław gniew mira siek cha".split(),
           "Kowa Wiśnie Zaręb Grab Pszcz Ciecho Mło Brzo Szczyg Żuk Kręp Wło".split(), "lczyk wski owicz ska ński iak ecki".split()),
    "sv": ("Alv Bri Ebb Frej Ing Lin Sig Tyr Vil Åsa Hed Sol".split(), "a rid ny vald mar e ve".split(),
           "Berg Dahl Ek Fors Hag Lind Ljung Sjö Stråle Ålm Myr Tall".split(), "kvist ström blad gren holm lund sten by".split()),
    "pt": ("Ana Be Cau Da Gra Iara Jo Lua Ma Thi Rai Val".split(), "ê nedita ã vi ziela na ago rcelo ssa".split(),
           "Albu Bran Cava Fagun Godo Maced Nobre Queir Siquei Torre Vascon Aran".split(), "querque dão lcanti des ga ra cellos tes".split()),
    "ru": ("Веле Ого Ради Свято Яро Мило Добро Люба Бори Злато Всево Бого".split(), "слав мир на дан рад ва мила".split(),
           "Кудря Белоза Тихо Ржа Сверд Ольх Кожу Пряни Ламо Шубо Гвозде Дуба".split(), "вцев ров нин ников шкин хин дин".split()),
    "tr": ("Ay Bar Ce Dem Ece Gök İl Kay Nur Se Tu Ya Zey Öz".split(), "lin kın ren han su tay nur ça".split(),
           "Ak Bal Çe Dur Er Gün Kara Sarı Tek Yıl Kor Toy".split(), "doğan kaya soy taş göz demir can yürek".split()),
    "he": ("אבי נוע שי תמ גל עד רו ליא יע אור".split(), "גיל ה ר ן ית על אל".split(),
           "בר גול רוז שט הר לבי פרי אלמ צור זיו".split(), "נבוים ן שטיין אל וביץ וגוד וני".split()),
    "hi": ("अनि देव इशा कवि मधु नील प्रि रवि सुर विभा".split(), "का श ता या मा री त".split(),
           "अग्नि भट चौ देश गोख कुल मेह ठाकु वाज सक्से".split(), "होत्री नागर पांडे रा ले कर्णी ना".split()),
    "th": ("กัน ชล ธนา นภ ปริ พิม วรร ศิริ อร สุ".split(), "ดา ธร พร ภา วดี ชัย".split(),
           "แก้ว ทอง บุญ ศรี สุข เพชร รุ่ง ใจ มั่น นิล".split(), "ประเสริฐ สวัสดิ์ เรือง วงศ์ สกุล ศักดิ์".split()),
    "ja": (list("陽澄奏凛悠紬颯湊朔環"), list("人斗子花真希也音香翔"), list("梶朝浅榊霧柳桐楠檜鷺芦蒔"), list("野原沢谷岡崎島尾瀬倉")),
    "ko": ("하 온 서 윤 도 린 채 준 시 율 담 결 솔 별".split(), "하 온 서 윤 도 린 채 준 시 율 담 결 솔 별".split(),
           "길 남궁 탁 어 편 봉 선 소 옥 탄".split(), [""]),
    "zh": (list("澜岚琰霁珩翊沐筠晗槿昀砚"), ["", "澜", "珩", "沐", "晗", "昀"], list("滕闵乔蔺卞鞠阙厉殷亢"), [""]),
    "ar": ("رائد هاني نهى سلمى بسام ريم وفاء غسان لمى نزار دعاء مازن ثامر عبير رحاب شادي يمنى أنس تغريد وسام معتز جنى سراج نادين هشام إيناس ضحى".split(), [""],
           "ال".split(), "قصبي رملي نخلي سدري زيتوني صفصافي برجي نهري سهلي كرمي".split()),
}
ROMAN = "ka ri mo ta lu ne so vi da ke ro mi na to ha yu se".split()

MAIL_PROVIDERS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"], "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"], "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "planet.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"], "sv": ["telia.com", "bredband.net", "spray.se", "hotmail.se"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "globo.com"], "ru": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"],
    "tr": ["yandex.com.tr", "hotmail.com.tr", "mynet.com", "gmail.com"], "he": ["walla.co.il", "012.net.il", "bezeqint.net", "gmail.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.in"], "th": ["hotmail.co.th", "gmail.com", "yahoo.co.th", "outlook.co.th"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com"], "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"], "ar": ["yahoo.com", "hotmail.com", "gmail.com", "outlook.com"],
}

# tag: lang key, phone region, id kinds, iban cc, card brand, date fmt
LOCALES = [
    ("en-US", "en", "US", ["ssn"], None, "visa", "%m/%d/%Y"), ("en-GB", "en", "GB", ["utr", "nhs"], "GB", "mc", "%d/%m/%Y"),
    ("de-DE", "de", "DE", ["idnr", "kvnr"], "DE", "mc", "%d.%m.%Y"), ("fr-FR", "fr", "FR", ["nir"], "FR", "visa", "%d/%m/%Y"),
    ("es-ES", "es", "ES", ["dni"], "ES", "visa", "%d/%m/%Y"), ("es-MX", "es", "MX", ["curp", "rfc"], None, "mc", "%d/%m/%Y"),
    ("it-IT", "it", "IT", ["cf"], "IT", "visa", "%d/%m/%Y"), ("nl-NL", "nl", "NL", ["bsn"], "NL", "mc", "%d-%m-%Y"),
    ("pl-PL", "pl", "PL", ["pesel", "nip"], "PL", "visa", "%d.%m.%Y"), ("sv-SE", "sv", "SE", ["pnr"], "SE", "mc", "%Y-%m-%d"),
    ("pt-BR", "pt", "BR", ["cpf"], "BR", "mc", "%d/%m/%Y"), ("ru-RU", "ru", "RU", ["inn"], None, "visa", "%d.%m.%Y"),
    ("tr-TR", "tr", "TR", ["tckn"], "TR", "visa", "%d.%m.%Y"), ("he-IL", "he", "IL", ["ilid"], "IL", "visa", "%d/%m/%Y"),
    ("hi-IN", "hi", "IN", ["aadhaar", "pan"], None, "visa", "%d-%m-%Y"), ("th-TH", "th", "TH", ["thpin"], None, "visa", "TH"),
    ("ja-JP", "ja", "JP", ["mynumber"], None, "jcb", "JA"), ("ko-KR", "ko", "KR", ["rrn"], None, "mc", "KO"),
    ("zh-CN", "zh", "CN", ["ric"], None, "visa", "JA"), ("ar-EG", "ar", "EG", ["egtn"], "EG", "mc", "%d/%m/%Y"),
]
LOC = {t[0]: t for t in LOCALES}


def fmt_date(d, f):
    if f == "TH":
        return f"{d.day}/{d.month}/{d.year + 543}"
    if f == "JA":
        return f"{d.year}年{d.month}月{d.day}日"
    if f == "KO":
        return f"{d.year}년 {d.month}월 {d.day}일"
    return d.strftime(f)


# ----------------------------------------------------------------------------------------------------------------
# pools (frozen-checked)
# ----------------------------------------------------------------------------------------------------------------
def compose(r, a, b):
    return r.choice(a) + r.choice(b)


def build_pool(name, r, maker, n, cap=3000):
    out, seen = [], set()
    for _ in range(cap):
        if len(out) >= n:
            break
        e = maker()
        if not e or e in seen:
            continue
        seen.add(e)
        if allowed(e):
            out.append(e)
        else:
            DROPPED[name] += 1
    if len(out) < 3:
        fail(f"pool {name} could not be filled ({len(out)}, {n})")
    return out


def street_suffix(lang, stem):
    return stem


CITY_SUFFIX = {"en": ["ton", "field", "bury", "wick"], "de": ["hausen", "dorf", "heim", "feld"], "fr": ["ville", "court", "mont"],
               "es": ["ejo", "illa", "ares"], "it": ["ano", "ello", "ona"], "nl": ["dam", "wijk", "dorp"], "pl": ["ów", "ice", "owo"],
               "sv": ["köping", "by", "vik"], "pt": ["ópolis", "ema", "inho"], "ru": ["ск", "горск", "ово"], "tr": ["köy", "pınar", "ova"],
               "he": ["ה", "ון", "ית"], "hi": ["पुर", "नगर", "गढ़"], "th": ["บุรี", "นคร", "ธานี"], "ja": ["市", "町"], "ko": ["시", "군"],
               "zh": ["州", "阳", "城"], "ar": ["ية", "ان"]}


class World:
    def __init__(self, r):
        self.r = r
        self.given, self.family, self.streets, self.cities, self.handles = {}, {}, {}, {}, {}
        for lang, (ga, gb, fa, fb) in PARTS.items():
            self.given[lang] = build_pool("given", r, lambda: compose(r, ga, gb), 40)
            if lang == "ar":
                self.family[lang] = build_pool("family", r, lambda: "ال" + r.choice(fb), 10, cap=200)
            elif lang in ("ko", "zh"):
                self.family[lang] = list(fa)  # single-syllable surnames: checked only as part of the full name
            else:
                self.family[lang] = build_pool("family", r, lambda: compose(r, fa, fb), 40)
            sa, sb = (ga, ga) if lang in ("ko", "zh") else (fa, fb)
            self.streets[lang] = build_pool("street", r, lambda: compose(r, sa, sb), 30)
            ca = [x[:-1] for x in fb] if lang == "ar" else sa
            self.cities[lang] = build_pool("city", r, lambda: compose(r, ca, sb if lang in ("ko", "zh") else [""]) + r.choice(CITY_SUFFIX[lang]), 15)
        ca = "Quill Brindle Vexa Orbi Tallow Nimbl Corvo Plinth Sparr Vantor Kelv Zephr Ondri Truv Halc Mirro Pexi Lumer".split()
        tld = {"en": "net", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "sv": "se", "pt": "com.br", "ru": "ru",
               "tr": "com.tr", "he": "co.il", "hi": "in", "th": "co.th", "ja": "ne.jp", "ko": "co.kr", "zh": "cn", "ar": "com.eg"}
        self.providers = {}
        for k, v in MAIL_PROVIDERS.items():
            kept = filter_pool("mail_provider", v)
            invented = build_pool("mail_provider_invented", r, lambda: compose(r, ca, ["mail", "post", "net", "box"]), 3)
            self.providers[k] = kept + [e.lower() + "." + tld[k] for e in invented]
        cb = "ly stack desk works grid loop base ware ops cloud hub metry flow sense".split()
        self.companies = build_pool("company", r, lambda: compose(r, ca, cb), 40)
        self.figures = filter_pool("public_figure", [
            "Satya Nadella", "Linus Torvalds", "Bruce Schneier", "Brian Krebs", "Troy Hunt", "Mikko Hyppönen", "Jen Easterly",
            "Werner Vogels", "Kelsey Hightower", "Mitchell Hashimoto", "Solomon Hykes", "Radia Perlman", "Vint Cerf",
            "Whitfield Diffie", "Leslie Lamport", "Charity Majors", "Tavis Ormandy", "Dan Kaminsky", "Katie Moussouris",
            "Marcus Hutchins", "Parisa Tabriz", "Window Snyder", "Matthew Prince", "Patrick Collison", "Jensen Huang"])
        self.eponyms = filter_pool("eponym", [
            "Bloom filter", "Dijkstra's algorithm", "Kerberos", "Luhn check", "Levenshtein distance", "Byzantine fault tolerance",
            "Markov chain", "Bayesian spam filter", "Huffman coding", "Diffie-Hellman key exchange", "Lamport clock",
            "Nagle's algorithm", "Little's law", "Conway's law", "Hyrum's law", "Brooks's law", "Amdahl's law", "Gantt chart",
            "Fibonacci backoff", "Kalman filter", "Bezier curve", "Poisson arrivals", "Pareto chart", "Hamming distance"])
        self.fiction = filter_pool("fiction", [
            "Alice", "Bob", "Mallory", "Eve", "Trent", "Bobby Tables", "HAL 9000", "Clippy", "Sherlock Holmes",
            "Marvin the Paranoid Android", "Dilbert", "the Pointy-Haired Boss", "Winnie the Pooh", "Gandalf", "Neo",
            "Lisbeth Salander", "Ford Prefect", "Zaphod Beeblebrox", "Sarah Connor", "Rick Deckard", "Wednesday Addams"])

    def company_domain(self):
        return "unused.example"

    def company(self):
        return self.r.choice(self.companies)


class Person:
    def __init__(self, w, loc):
        r = w.r
        self.loc = loc
        self.lang = LOC[loc][1]
        self.sex = r.choice("mf")
        self.given = r.choice(w.given[self.lang])
        self.family = r.choice(w.family[self.lang])
        for _ in range(200):
            if self.lang in ("ja", "zh"):
                self.full = self.family + (" " if self.lang == "ja" else "") + self.given
            elif self.lang == "ko":
                self.full = self.family + self.given
            elif self.lang == "ar":
                self.full = f"{self.given} {r.choice(w.given[self.lang])} {self.family}"
            else:
                self.full = f"{self.given} {self.family}"
            if allowed(self.full) and (self.lang not in ("ko", "zh") or self.full not in FROZEN_RUNS):
                break
            DROPPED["full_name"] += 1
            self.given = r.choice(w.given[self.lang])
            self.family = r.choice(w.family[self.lang])
        else:
            fail("no allowed full name for " + loc)
        self.dob = dt.date(r.randint(1952, 2004), r.randint(1, 12), r.randint(1, 28))
        if self.lang in ("en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt", "tr"):
            base = f"{ascii_fold(self.given)}.{ascii_fold(self.family)}".lower()
        else:
            base = r.choice(ROMAN) + r.choice(ROMAN) + r.choice([".", "_", ""]) + r.choice(ROMAN) + r.choice(ROMAN)
        self.handle = base + r.choice(["", str(r.randint(1, 99)), str(self.dob.year)[2:]])
        self.email = f"{self.handle}@{r.choice(w.providers[self.lang])}"


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s.replace("ł", "l").replace("ı", "i").replace("ß", "ss")) if ord(c) < 128)


def address(w, loc):
    r = w.r
    lang = LOC[loc][1]
    st, city, n = r.choice(w.streets[lang]), r.choice(w.cities[lang]), r.randint(1, 148)
    if loc == "en-US":
        return f"{n} {st} {r.choice(['Ave', 'St', 'Rd', 'Dr', 'Ln'])}, {city}, {r.choice(['OH', 'TX', 'WA', 'GA', 'MN', 'NC'])} {r.randint(10001, 98999)}"
    if loc == "en-GB":
        return f"{n} {st} {r.choice(['Road', 'Lane', 'Close', 'Gardens'])}, {city} {r.choice(['LS', 'M', 'BS', 'NG', 'CF', 'EH'])}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if lang == "de":
        return f"{st}straße {n}, {r.randint(10115, 99998):05d} {city}"
    if lang == "fr":
        return f"{n} rue {st}, {r.randint(10, 95):02d}{r.randint(0, 9)}00 {city}"
    if loc == "es-ES":
        return f"Calle {st} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}, {r.randint(1, 50):02d}{r.randint(0, 999):03d} {city}"
    if loc == "es-MX":
        return f"Calle {st} {n}, Col. {r.choice(w.streets[lang])}, C.P. {r.randint(1000, 16999):05d}, {city}"
    if lang == "it":
        return f"Via {st} {n}, {r.randint(10, 98)}{r.randint(0, 199):03d} {city} ({r.choice(['MI', 'TO', 'BO', 'FI', 'NA', 'BA'])})"
    if lang == "nl":
        return f"{st}straat {n}, {r.randint(1011, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')} {city}"
    if lang == "pl":
        return f"ul. {st} {n}/{r.randint(1, 60)}, {r.randint(0, 99):02d}-{r.randint(0, 999):03d} {city}"
    if lang == "sv":
        return f"{st}gatan {n}, {r.randint(100, 984)} {r.randint(10, 99)} {city}"
    if lang == "pt":
        return f"Rua {st}, {n}, ap. {r.randint(11, 1204)} - {r.choice(w.streets[lang])}, {city} - SP, CEP {r.randint(1000, 19999):05d}-{r.randint(0, 999):03d}"
    if lang == "ru":
        return f"ул. {st}, д. {n}, кв. {r.randint(1, 240)}, г. {city}, {r.randint(101000, 692999)}"
    if lang == "tr":
        return f"{st} Sok. No:{n} D:{r.randint(1, 30)}, {r.choice(w.streets[lang])} Mah., {r.randint(1000, 81999):05d} {city}"
    if lang == "he":
        return f"רחוב {st} {n}, דירה {r.randint(1, 40)}, {city}"
    if lang == "hi":
        return f"मकान नं. {n}, {st} मार्ग, {city} - {r.randint(110001, 855999)}"
    if lang == "th":
        return f"{n}/{r.randint(1, 99)} ถนน{st} แขวง{r.choice(w.streets[lang])} เขต{city} {r.randint(10100, 10999)}"
    if lang == "ja":
        return f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d} {city}{st}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{n}"
    if lang == "ko":
        return f"{city} {st}로 {n}, {r.randint(101, 115)}동 {r.randint(101, 1804)}호"
    if lang == "zh":
        return f"{city}{st}路{n}号{r.randint(1, 30)}栋{r.randint(101, 2802)}室"
    if lang == "ar":
        return f"{n} شارع {st}، الدور {r.randint(1, 12)}، {city}"
    fail("address " + loc)


# ----------------------------------------------------------------------------------------------------------------
# record context: every personal value goes through I() so that labels come from what was issued
# ----------------------------------------------------------------------------------------------------------------
SVCS = "payments-api auth-gateway search-indexer billing-worker notif-fanout sso-bridge ledger-db cdn-edge webhook-relay export-svc".split()
REGIONS = "eu-west-1 eu-central-1 us-east-2 ap-northeast-1 sa-east-1 me-central-1".split()


class Ctx:
    def __init__(self, w, loc):
        self.w, self.loc, self.r = w, loc, w.r
        self.lang = LOC[loc][1]
        self.P = PHR[self.lang]
        self.issued = []

    def I(self, t, v):
        self.issued.append((t, v))
        return v

    def person(self, loc=None):
        return Person(self.w, loc or self.loc)

    def name(self, p):
        return self.I("person", p.full)

    def first(self, p):
        return self.I("person", p.given)

    def phone(self):
        return self.I("PHONE_NUMBER", gen_phone(self.r, LOC[self.loc][2]))

    def email(self, p):
        return self.I("EMAIL_ADDRESS", p.email)

    def dob(self, p):
        return self.I("DATE_OF_BIRTH", fmt_date(p.dob, LOC[self.loc][6]))

    def addr(self):
        return self.I("STREET_ADDRESS", address(self.w, self.loc))

    def ip(self):
        return self.I("IP_ADDRESS", gen_ip(self.r, v6=self.r.random() < 0.15))

    def gov(self, p):
        kinds = [k for k in LOC[self.loc][3] if ID_TYPE[k] != "HEALTH_INSURANCE"]
        k = self.r.choice(kinds)
        return self.I(ID_TYPE[k], gen_id(k, self.r, p))

    def health(self, p):
        kinds = [k for k in LOC[self.loc][3] if ID_TYPE[k] == "HEALTH_INSURANCE"]
        if not kinds:
            return self.I("MEDICAL_RECORD", self.mrn_value())
        return self.I("HEALTH_INSURANCE", gen_id(kinds[0], self.r, p))

    def has_health(self):
        return any(ID_TYPE[k] == "HEALTH_INSURANCE" for k in LOC[self.loc][3])

    def us_bank(self):
        routing = gen_rtn(self.r)
        acct = digits(self.r, self.r.choice([9, 10, 12]))
        self.I("US_BANK_NUMBER", acct)
        return f"routing {routing}, account {acct}"

    def mrn_value(self):
        v = str(self.r.randint(1000000, 99999999))
        return check(v, mrn_valid, "mrn")

    def mrn(self):
        return self.I("MEDICAL_RECORD", self.mrn_value())

    def card(self):
        return self.I("CREDIT_CARD", gen_card(self.r, LOC[self.loc][5]))

    def bank(self):
        cc = LOC[self.loc][4]
        if cc:
            return "IBAN " + self.I("IBAN_CODE", gen_iban(self.r, cc))
        if self.loc == "en-US":
            routing = gen_rtn(self.r)
            acct = digits(self.r, self.r.choice([9, 10, 12]))
            self.I("US_BANK_NUMBER", acct)
            return f"ABA {routing} acct {acct}"
        return "card " + self.card()

    # benign filler --------------------------------------------------------------------------------------------
    def svc(self):
        return self.r.choice(SVCS)

    def host(self):
        return f"{self.svc()}-{self.r.randint(0, 9)}.{self.r.choice(REGIONS)}.internal"

    def privip(self):
        r = self.r
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])

    def docip(self):
        r = self.r
        return r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                         f"2001:db8:{r.randint(0, 65535):x}::{r.randint(1, 255):x}"])

    def hexs(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def inc(self):
        return self.r.choice(["INC", "SEV", "PD", "OPS", "SEC"]) + "-" + str(self.r.randint(1000, 99999))

    def ver(self):
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 40)}.{self.r.randint(0, 20)}"

    def ts(self, hh=None):
        r = self.r
        return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{hh if hh is not None else r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"

    def hm(self):
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def dom(self):
        return self.w.company().lower() + self.r.choice([".io", ".com", ".cloud", ".app"])

    def role_mail(self, dom=None):
        return self.r.choice(["security", "abuse", "noc", "support", "billing", "dpo", "privacy", "it-helpdesk", "licensing"]) + "@" + (dom or self.dom())

    def org_phone(self):
        region = LOC[self.loc][2]
        t = PNT.TOLL_FREE if phonenumbers.example_number_for_type(region, PNT.TOLL_FREE) else PNT.FIXED_LINE
        return gen_phone(self.r, region, t)

    def pick(self, seq):
        return self.r.choice(seq)


# ----------------------------------------------------------------------------------------------------------------
# the nine kinds: each returns (document, instruction, style); mode is "full", "incidental" or "benign"
# ----------------------------------------------------------------------------------------------------------------
def k_incident_page(c, mode):
    r, P = c.r, c.P
    s = c.svc()
    head = f"[{c.hm()}] <oncall-bot> :rotating_light: {c.inc()} SEV{r.randint(1, 3)} {s} 5xx rate {r.randint(4, 60)}% ({r.choice(REGIONS)})\n"
    filler = (f"[{c.hm()}] <sre-primary> ack. looking. p99 {r.randint(900, 9000)}ms, conn pool exhausted on {c.host()}\n"
              f"[{c.hm()}] <db-oncall> replica lag {r.randint(20, 400)}s on {c.privip()}, failing over\n"
              f"[{c.hm()}] <deploy-bot> rollback {s} v{c.ver()} -> v{c.ver()} started (trace {c.hexs(16)})\n")
    if mode == "benign":
        v = r.randrange(4)
        if v == 0:
            return head + filler + f"[{c.hm()}] <ic-rotation> status page updated, next update in 30m\n", c.pick(["summarise this incident channel for the exec update", "write the timeline in UTC from this thread", "what's the likely root cause here? short"]), "slack_thread"
        if v == 1:
            comp = c.w.company()
            return (head + filler + f"[{c.hm()}] <sre-primary> opened vendor case with {comp}, their 24/7 hotline {c.org_phone()} says known issue, case #{r.randint(100000, 999999)}\n"
                    f"[{c.hm()}] <sre-primary> vendor NOC mailbox: {c.role_mail(comp.lower() + '.com')}\n"), "draft a short message to the vendor asking for an ETA and RCA", "slack_thread · vendor_hotline"
        if v == 2 and c.w.eponyms:
            e = c.pick(c.w.eponyms)
            return (head + f"[{c.hm()}] <sre-secondary> looks like the {e} in the dedup path is saturating, FP rate way up after v{c.ver()}\n" + filler,
                    "explain to a junior engineer what's going on in this thread", "slack_thread · eponym")
        return (json.dumps({"incident": c.inc(), "service": s, "urgency": "high", "assignments": [{"schedule": "sre-primary", "escalation_level": 1},
                                                                                                  {"schedule": "db-oncall", "escalation_level": 2}],
                            "triggered_at": c.ts(), "dedup_key": c.hexs(24), "responders": ["@team-sre", "@team-payments"]}, indent=1),
                "turn this pagerduty payload into a one-line page text", "pagerduty_json")
    p, q = c.person(), c.person()
    if mode == "incidental":
        if r.random() < 0.5:
            return head + filler + f"[{c.hm()}] <sre-primary> brb 15 min, {c.first(q)} ({c.pick(['my wife', 'my husband', 'my daughter', 'my partner'])}) needs the car\n", "summarise the thread", "slack_thread · incidental_relation"
        return head + filler + f"[{c.hm()}] <sre-primary> laptop dying, if bridge drops call me {c.phone()}\n" + filler, "write the timeline from this thread", "slack_thread · incidental_phone"
    v = r.randrange(3)
    if v == 0:
        return (head + f"[{c.hm()}] <{p.handle}> ack, I'm IC. {c.name(p)} here, on the train — call my mobile {c.phone()} if the bridge drops\n" + filler
                + f"[{c.hm()}] <{q.handle}> {c.first(q)} taking comms\n"), c.pick(["summarise for the incident doc", "who did what? make a table"]), "slack_thread"
    if v == 1:
        return (json.dumps({"incident": c.inc(), "service": s, "escalation": [{"name": c.name(p), "phone": c.phone(), "email": c.email(p)},
                                                                               {"name": c.name(q), "contact_method": "sms"}], "triggered_at": c.ts()},
                           ensure_ascii=False, indent=1), "convert the escalation list to a markdown table", "pagerduty_json")
    comp = c.w.company()
    return (f"Customer escalation — {comp} (Enterprise)\nReporter: {c.name(p)} <{c.email(p)}>, mobile {c.phone()}\n"
            f"Message (verbatim): \"{P['hi']}, {P['down']}. {P['urgent']}!\"\nImpact: {r.randint(20, 900)} seats, SSO login failures since {c.ts()}\n"), "translate the customer message and draft our reply", "escalation_ticket"


def k_security_alert(c, mode):
    r, P = c.r, c.P
    dom = c.dom()
    if mode == "benign":
        v = r.randrange(4)
        if v == 0:
            return (f"From: \"IT Support\" <no-reply@{c.hexs(6)}-secure-login.top>\nSubject: Action required: mailbox quota exceeded\n\nDear user,\n"
                    f"Your mailbox will be suspended. Verify at hxxps://{c.hexs(5)}.top/owa/verify within 24h.\nIT Service Desk\n\n"
                    f"X-Originating-IP: [{c.docip()}]\nSPF: fail  DKIM: none  DMARC: fail\n"), c.pick(["is this phishing? list the indicators", "write an IOC list from this"]), "phish_sample"
        if v == 1 and c.w.figures:
            fig = c.pick(c.w.figures)
            return (f"Advisory {c.inc()}: CVE-2026-{r.randint(1000, 49999)} (CVSS {r.randint(70, 98) / 10}) in {c.svc()} SDK < {c.ver()}.\n"
                    f"Publicly discussed by {fig} in a conference talk; vendor PSIRT contact {c.role_mail()}.\nAffected hosts: {c.host()}, {c.host()}\n"), "summarise the advisory for the CAB", "advisory · public_figure"
        if v == 2:
            return ("\n".join(f"{c.ts()} suricata ET POLICY {c.pick(['SSH brute force', 'DNS tunnel', 'Outbound SMB'])} src={c.privip()} dst={c.privip()} sid={r.randint(2000000, 2999999)}" for _ in range(6)),
                    "group these alerts and tell me which to escalate", "ids_alerts")
        fic = c.pick(c.w.fiction) if c.w.fiction else "the attacker"
        return (f"Tabletop exercise script (no real users). Scenario: {fic} phishes the helpdesk to reset MFA for 'user_0042'. "
                f"Attacker infra {c.docip()} / {c.docip()}, domain login-{c.hexs(4)}.example. Inject at T+{r.randint(5, 40)}m: impossible travel alert.\n"), "improve this tabletop scenario", "tabletop · fiction"
    p = c.person()
    if mode == "incidental":
        return (f"{c.ts()} SIEM rule=impossible_travel user=svc-backup-07 src={c.privip()} -> {c.privip()} verdict=benign_service_account\n" * 3
                + f"analyst note: reporter's callback number {c.phone()}\n"), "close or escalate? explain", "siem · incidental_phone"
    v = r.randrange(3)
    if v == 0:
        return (json.dumps({"alert": "impossible_travel", "severity": "high", "user": c.email(p), "display_name": c.name(p),
                            "sign_ins": [{"ip": c.ip(), "country": LOC[c.loc][2], "at": c.ts()}, {"ip": c.ip(), "country": "NG", "at": c.ts()}],
                            "mfa": "push_approved"}, ensure_ascii=False, indent=1), c.pick(["triage this alert", "should we revoke sessions? reasoning please"]), "siem_json")
    if v == 1:
        return (f"Fwd: {P['phish']}\n\n---\n{P['hi']}, {P['phish']}\n{P['thanks']}\n{c.name(p)}\n{c.phone()}\n\n"
                f"[reported via Report Phish button from {c.email(p)}, client IP {c.ip()}]\n"), "reply to the reporter and tell them what to do", "phish_report · mixed_lang"
    return (f"DLP alert {c.inc()}: outbound mail from {c.email(p)} matched PCI/IBAN policy.\nExcerpt: \"...please charge {c.card()} exp {r.randint(1, 12):02d}/{r.randint(27, 31)}"
            f" or use {c.bank()} — {c.name(p)}\"\n"), "is this a true positive? what should happen next", "dlp_alert"


def k_access_request(c, mode):
    r, P = c.r, c.P
    if mode == "benign":
        v = r.randrange(4)
        if v == 0:
            return (f"Access request {c.inc()}\nPrincipal: svc-ci-runner (service account)\nRole: arn:aws:iam::{digits(r, 12)}:role/deploy-{c.svc()}\n"
                    f"Justification: pipeline needs s3:PutObject on artifacts-{c.hexs(6)}\nApprover group: grp-platform-leads\nExpiry: 90d\n"), "is this least privilege? suggest a tighter policy", "iam_ticket"
        if v == 1:
            return (f"New joiner form (template)\n{P['name']}: {{{{full_name}}}}\n{P['email']}: {{{{personal_email}}}}\n{P['phone']}: ____________\n"
                    f"{P['dob']}: __/__/____\n{P['addr']}: <ADDRESS>\nStart date: {{{{start_date}}}}\nLaptop: MBP 14 / Win11\nGroups: grp-all-staff, grp-vpn\n"), "translate this form to English and add a field for cost centre", "blank_form"
        if v == 2:
            return (json.dumps({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "jdoe@example.com", "name": {"givenName": "Jane", "familyName": "Doe"},
                                "emails": [{"value": "jdoe@example.com", "primary": True}], "active": True}, indent=1), "explain each field of this SCIM example from the docs", "scim_doc_example")
        return (f"Quarterly access review: {r.randint(40, 900)} accounts, {r.randint(1, 30)} dormant > 90d, {r.randint(0, 12)} shared accounts, "
                f"{r.randint(0, 9)} break-glass uses. Owners: team-identity, team-secops.\n"), "write the review summary for the auditor", "aggregate_review"
    p = c.person()
    if mode == "incidental":
        return (f"Access request {c.inc()}: add to grp-finance-ro, manager approval pending. Requested by {c.first(p)} (new intern, finance)\n"), "approve or reject? what's missing", "iam_ticket · incidental_first_name"
    v = r.randrange(3)
    if v == 0:
        return (f"Onboarding {c.inc()} — payroll + HRIS access\n{P['name']}: {c.name(p)}\n{P['dob']}: {c.dob(p)}\n{P['id']}: {c.gov(p)}\n"
                f"{P['addr']}: {c.addr()}\n{P['phone']}: {c.phone()}\nPersonal {P['email']}: {c.email(p)}\nPayroll: {c.bank() if r.random() < 0.6 else c.us_bank() + ' (US entity)'}\n"
                + (f"Health insurance no.: {c.health(p)}\n" if c.has_health() else "")), c.pick(["create the accounts checklist from this", "which systems need this person provisioned?"]), "onboarding_form"
    if v == 1:
        return (f"{P['hi']}, {P['mfa']}. {P['thanks']}!\n-- {c.name(p)}, {c.phone()}\n\nHelpdesk note: caller verified with {P['dob']} {c.dob(p)}\n"), "write the MFA reset steps and the reply", "mfa_reset · mixed_lang"
    return (f"Offboarding {c.inc()}: {c.name(p)} leaves on {c.ts()[:10]}. Forward mail to manager; final payslip to {c.addr()}; "
            f"personal contact after leaving: {c.email(p)}\n"), "make the offboarding checklist", "offboarding_ticket"


def k_support_ticket(c, mode):
    r, P = c.r, c.P
    if mode == "benign":
        v = r.randrange(4)
        if v == 0:
            return (f"Macro: login_issue_v{r.randint(2, 9)}\n{P['hi']} {{{{ticket.requester.first_name}}}},\n{P['cant_login']}? -> reset via /account/recovery. "
                    f"Ref {{{{ticket.id}}}}\n{P['thanks']}\n"), "rewrite this macro to sound friendlier", "zendesk_macro"
        if v == 1:
            comp = c.w.company()
            d = comp.lower() + ".com"
            return (f"From: {c.role_mail(d)}\nTo: billing@{c.dom()}\nSubject: Invoice INV-{r.randint(2026000, 2026999)} / PO {r.randint(4500000000, 4599999999)}\n\n"
                    f"{P['hi']}, {P['charged']}. {comp} AP team, switchboard {c.org_phone()}. VAT/registered office on file.\n"), "draft the reply from billing", "ticket · org_contact"
        if v == 2:
            return (f"Ticket #{r.randint(100000, 999999)} [{P['urgent']}]\n{P['hi']}, {P['slow']}. Org id {c.uuid()}, plan Business, region {r.choice(REGIONS)}, "
                    f"build {c.ver()}, HAR attached (no cookies).\n"), "translate and triage: what do we ask next?", "ticket · local_lang"
        return (f"Test payment log (sandbox): card 4242 4242 4242 4242 exp 12/34 cvc 123 -> succeeded; card 4000 0000 0000 0002 -> declined; "
                f"IBAN DE89 3704 0044 0532 0130 00 -> mandate created (test mode)\n"), "why did the second one fail?", "sandbox_log"
    p = c.person()
    if mode == "incidental":
        return (f"Ticket #{r.randint(100000, 999999)}\n{P['hi']}, {P['slow']}. build {c.ver()}, org {c.uuid()}\n(sent from {c.email(p)})\n"), "translate and triage", "ticket · incidental_email"
    v = r.randrange(4)
    if v == 0:
        return (f"Ticket #{r.randint(100000, 999999)} [{P['urgent']}]\n{P['hi']}, {P['cant_login']}.\n{P['name']}: {c.name(p)}\n{P['email']}: {c.email(p)}\n"
                f"{P['phone']}: {c.phone()}\n" + (f"{P['id']}: {c.gov(p)}\n" if r.random() < 0.5 else "") + f"{P['thanks']}\n"), c.pick(["translate and draft a reply", "classify this ticket and set priority"]), "ticket · local_lang"
    if v == 1:
        return (f"{P['hi']}, {P['charged']}!! card {c.card()} — {c.name(p)}, {c.addr()}\n"), "answer this billing complaint", "ticket · pasted_card"
    if v == 2:
        return (f"Chat transcript\ncustomer: {P['hi']}\ncustomer: {P['charged']}\nagent: can you confirm the billing details?\ncustomer: {c.name(p)}, {c.bank()}\n"
                f"customer: born {c.dob(p)} if you need it\n"), "summarise and tell me the refund steps", "chat_transcript · mixed_lang"
    return (f"[Healthcare tenant] {P['hi']}, our patient portal shows the wrong record: patient {c.name(p)}, {c.health(p)}, MRN {c.mrn()} — merge request?\n"), "what should support do with this ticket", "ticket · healthtech"


def k_log_trace(c, mode):
    r = c.r
    if mode == "benign":
        v = r.randrange(4)
        if v == 0:
            return ("\n".join(f'{c.privip()} - - [{c.ts()}] "GET /api/v2/orders/{r.randint(10000, 99999)} HTTP/1.1" {r.choice([200, 200, 404, 502])} {r.randint(200, 9000)} "-" "kube-probe/1.29"' for _ in range(8)),
                    "which requests failed and why might that be?", "nginx_log · internal")
        if v == 1:
            return (f"Traceback (most recent call last):\n  File \"/srv/{c.svc()}/handlers.py\", line {r.randint(10, 900)}, in post\n    user = repo.get(user_id)\n"
                    f"  File \"/srv/lib/repo.py\", line {r.randint(10, 400)}, in get\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: {c.privip()}:5432\n"
                    f"request_id={c.uuid()} trace_id={c.hexs(32)} user_id=usr_{c.hexs(12)}\n"), "explain this stack trace", "stack_trace"
        if v == 2:
            return ("\n".join(f'{{"ts":"{c.ts()}","level":"info","msg":"login ok","email":"{c.pick("ajm")}***@***.com","ip":"{c.docip()}","user":"sha256:{c.hexs(16)}"}}' for _ in range(6)),
                    "are these logs GDPR-safe? what else should be masked", "json_logs · masked")
        return (f"{c.ts()} kubelet Warning BackOff pod/{c.svc()}-{c.hexs(5)} Back-off restarting failed container\n{c.ts()} kubelet OOMKilled limit=512Mi\n"
                f"{c.ts()} resolver upstream 8.8.8.8:53 timeout, fallback 1.1.1.1\n"), "what's happening to this pod", "k8s_events"
    p = c.person()
    if mode == "incidental":
        lines = [f'{c.privip()} - - [{c.ts()}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"' for _ in range(10)]
        lines.insert(r.randint(2, 8), f'{c.ip()} - - [{c.ts()}] "POST /login HTTP/1.1" 401 54 "-" "Mozilla/5.0"')
        return "\n".join(lines), "count the 401s", "nginx_log · incidental_ip"
    v = r.randrange(4)
    if v == 0:
        em = c.email(p)
        return ("\n".join([f'{c.ip()} - - [{c.ts()}] "GET /reset?email={urllib.parse.quote(em)}&token={c.hexs(20)} HTTP/1.1" 200 512 "-" "Mozilla/5.0"',
                           f'{c.privip()} - - [{c.ts()}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"']),
                "why is this a problem? rewrite the logging config", "nginx_log · querystring")
    if v == 1:
        return (f"ERROR {c.ts()} {c.svc()} ValidationError: payload rejected\n  body={{'name': '{c.name(p)}', 'dob': '{c.dob(p)}', 'phone': '{c.phone()}', 'addr': '{c.addr()}'}}\n"
                f"  at KycController.submit (kyc.ts:{r.randint(10, 300)})\n"), "fix the validation bug", "stack_trace · payload"
    if v == 2:
        ident = c.gov(p)
        return (f"psql: ERROR:  duplicate key value violates unique constraint \"customers_taxid_key\"\nDETAIL:  Key (tax_id)=({ident}) already exists.\n"
                f"CONTEXT: row ({r.randint(1, 99999)}, '{c.name(p)}', '{c.email(p)}')\n"), "why does this insert fail?", "sql_error"
    return (f"HL7 ADT^A08 ingest failed at {c.ts()}\nPID|1||{c.mrn()}^^^HOSP^MR||{c.I('person', p.family)}^{c.I('person', p.given)}||{c.I('DATE_OF_BIRTH', format(p.dob, '%Y%m%d'))}|{p.sex.upper()}\n"
            f"IN1|1|{c.health(p)}\nerr: segment PV1 missing\n"), "what's wrong with this HL7 message", "hl7_log"


def k_dsar_deletion(c, mode):
    r, P = c.r, c.P
    if mode == "benign":
        v = r.randrange(4)
        if v == 0:
            return (f"Data subject request form (blank)\n[ ] access  [ ] erasure  [ ] rectification\n{P['name']}: ______\n{P['email']}: ______\n"
                    f"{P['id']}: (do NOT send ID copies by email)\nSubmit to {c.role_mail()}\n"), "translate and make it clearer", "blank_form"
        if v == 1:
            return (f"DSAR metrics Q{r.randint(1, 4)}: {r.randint(100, 900)} requests (access {r.randint(40, 70)}%, erasure {r.randint(20, 50)}%), "
                    f"median {r.randint(5, 25)} days, {r.randint(0, 9)} overdue, {r.randint(0, 5)} complaints to the regulator.\n"), "write two sentences for the board", "aggregate_metrics"
        if v == 2:
            comp = c.w.company()
            return (f"Privacy notice excerpt: {comp} Ltd., registered office and DPO reachable at {c.role_mail(comp.lower() + '.com')} or {c.org_phone()}. "
                    f"Erasure requests are answered within one month (Art. 12(3) GDPR).\n"), "simplify this paragraph", "privacy_notice · org_contact"
        return (f"Erasure job {c.inc()}: deleted user_id=usr_{c.hexs(10)} from 14 systems; backups expire in 35d; tombstone hash {c.hexs(40)}\n"), "write the confirmation email (no personal data)", "erasure_log · pseudonymous"
    p = c.person()
    if mode == "incidental":
        return (f"Erasure job {c.inc()}: 14 systems done, CRM pending. Requester DOB on file {c.dob(p)} (matched).\n"), "write the status update", "erasure_log · incidental_dob"
    v = r.randrange(3)
    if v == 0:
        return (f"{P['hi']},\n{P['delete']}.\n{P['name']}: {c.name(p)}\n{P['email']}: {c.email(p)}\n{P['phone']}: {c.phone()}\n" + (f"{P['id']}: {c.gov(p)}\n" if r.random() < 0.5 else "") + f"{P['thanks']}\n"), c.pick(["draft the acknowledgement", "translate and log this request"]), "dsar_email · local_lang"
    if v == 1:
        return (f"DSAR {c.inc()} (access)\nrequester={c.name(p)}\nverified_with={c.gov(p)}\naddress_on_file={c.addr()}\nlast_login_ip={c.ip()}\n"), "list which systems to search", "dsar_ticket"
    return (f"{P['hi']}, {P['access']}. {P['dob']}: {c.dob(p)}, {P['addr']}: {c.addr()}. — {c.name(p)}\n"), "what do we need to verify before answering?", "dsar_email · local_lang"


def k_postmortem_status(c, mode):
    r = c.r
    s = c.svc()
    if mode == "benign":
        v = r.randrange(3)
        if v == 0:
            return (f"[Resolved] Elevated error rates — {s}\n{c.ts()} Investigating: some customers see 502s in {r.choice(REGIONS)}.\n"
                    f"{c.ts()} Identified: a bad config push to the edge fleet.\n{c.ts()} Resolved: {r.randint(2, 40)}% of requests affected for {r.randint(9, 95)} minutes.\n"), "translate this status page update into the customer's language", "status_page"
        if v == 1:
            return (f"Postmortem {c.inc()} (blameless)\nImpact: {r.randint(100, 9000)} orgs, {r.randint(1, 9)}h degraded\nTimeline: {c.ts()} deploy v{c.ver()} by release-bot; "
                    f"{c.ts()} alert fired; {c.ts()} IC (primary on-call) declared SEV2\nRoot cause: retry storm (no jitter) after cache eviction.\nAction items: AI-1 add jitter (owner: team-platform)\n"), "review the action items", "postmortem"
        eps = c.pick(c.w.eponyms) if c.w.eponyms else "queueing theory"
        return (f"Postmortem learning: applying {eps} we sized the worker pool at {r.randint(8, 64)}; p99 fell from {r.randint(2000, 9000)}ms to {r.randint(100, 900)}ms.\n"), "make this a paragraph for the eng blog", "postmortem · eponym"
    p, q = c.person(), c.person()
    if mode == "incidental":
        return (f"Postmortem {c.inc()}\nTimeline: {c.ts()} alert; {c.ts()} rollback.\nDetection: first reported by the customer's admin, {c.first(p)}, via chat.\n"), "tighten the wording", "postmortem · incidental_role"
    v = r.randrange(2)
    if v == 0:
        return (f"Postmortem DRAFT {c.inc()} (internal)\nIC: {c.name(p)}. Primary on-call {c.name(q)} missed the page — was at hospital, reachable only on {c.phone()}.\n"
                f"Customer contact for follow-up: {c.email(c.person())}\n"), "rewrite blamelessly and remove what shouldn't be in a postmortem", "postmortem_draft"
    return (f"Affected customers export ({s} outage)\nname,email,phone,org\n"
            + "\n".join(f"{c.name(x)},{c.email(x)},{c.phone()},{c.w.company()}" for x in (c.person(), c.person(), c.person())) + "\n"), "draft the apology email template", "csv_export"


def k_vendor_licence(c, mode):
    r = c.r
    if mode == "benign":
        v = r.randrange(3)
        if v == 0:
            return ("sku,vendor,seats,assigned,renewal,po\n" + "\n".join(f"{c.pick(['ENT-SSO', 'PRO-ANNUAL', 'SIEM-1TB', 'EDR-SEAT'])},{c.w.company()},{r.randint(10, 900)},{r.randint(5, 800)},2026-{r.randint(1, 12):02d}-01,PO-{r.randint(450000, 459999)}" for _ in range(6)) + "\n",
                    "which licences are over-provisioned?", "licence_csv")
        if v == 1:
            comp = c.w.company()
            return (f"Vendor master data: {comp} B.V., registered office switchboard {c.org_phone()}, remittance {c.role_mail(comp.lower() + '.com')}, "
                    f"licence key {c.hexs(5).upper()}-{c.hexs(5).upper()}-{c.hexs(5).upper()}, contract #{r.randint(10000, 99999)}\n"), "extract to JSON", "vendor_master"
        return (f"Seats by department: Eng {r.randint(50, 400)}, Sales {r.randint(20, 200)}, Support {r.randint(10, 90)}; unused {r.randint(5, 60)} "
                f"(last login > 60d). Owner: it-asset-mgmt.\n"), "suggest where to cut", "aggregate_seats"
    p = c.person()
    if mode == "incidental":
        return (f"Renewal for {c.w.company()} due 2026-{r.randint(1, 12):02d}-01, {r.randint(20, 300)} seats. Their account manager is on leave, "
                f"backup number {c.phone()}.\n"), "draft the renewal reminder", "renewal_note · incidental_phone"
    v = r.randrange(3)
    if v == 0:
        return ("seat_id,user,email,last_login_ip,licence\n" + "\n".join(f"{r.randint(1000, 9999)},{c.name(x)},{c.email(x)},{c.ip()},{c.pick(['PRO', 'ENT'])}" for x in (p, c.person(), c.person())) + "\n",
                "find seats to reclaim", "seat_csv")
    if v == 1:
        return (f"Contractor invoice — {c.name(p)} (freelance SOC analyst)\n{c.addr()}\nTax: {c.gov(p)}\nPay to: {c.bank()}\n"), "check this invoice for missing fields", "contractor_invoice"
    return (f"Renewal paid on corporate card of {c.name(p)}: {c.card()}, billing {c.addr()}\n"), "write the expense note", "card_renewal"


def k_api_export(c, mode):
    r = c.r
    if mode == "benign":
        v = r.randrange(3)
        if v == 0:
            return (json.dumps({"data": [{"id": f"usr_{c.hexs(8)}", "email": "user@example.com", "phone": "+1 555 0100", "created_at": c.ts()}],
                                "note": "example response from API reference"}, indent=1), "generate a TypeScript type for this response", "api_doc_example")
        if v == 1:
            return (json.dumps({"metrics": {"active_users_7d": r.randint(1000, 90000), "p95_ms": r.randint(80, 900), "errors": r.randint(0, 500)},
                                "org": c.uuid(), "generated_at": c.ts()}, indent=1), "explain these metrics", "metrics_json")
        return (json.dumps({"type": "object", "properties": {"email": {"type": "string", "format": "email"}, "dob": {"type": "string", "format": "date"},
                                                             "phone": {"type": "string", "pattern": "^\\+[1-9]\\d{1,14}$"}}}, indent=1), "write validation tests for this schema", "json_schema")
    p = c.person()
    if mode == "incidental":
        return (json.dumps({"event": "invoice.paid", "org": c.uuid(), "amount": r.randint(100, 99999), "customer_phone": c.phone()}, ensure_ascii=False), "parse this webhook", "webhook · incidental_phone")
    v = r.randrange(3)
    if v == 0:
        return (json.dumps({"users": [{"name": c.name(x), "email": c.email(x), "phone": c.phone(), "last_ip": c.ip()} for x in (p, c.person())]}, ensure_ascii=False, indent=1),
                "convert to CSV", "admin_api_json")
    if v == 1:
        return (json.dumps({"employee": {"name": c.name(p), "dob": c.dob(p), "tax_id": c.gov(p), "bank": c.bank() if r.random() < 0.5 else c.us_bank(), "home": c.addr(),
                                     **({"health_insurance_no": c.health(p)} if c.has_health() else {})}}, ensure_ascii=False, indent=1),
                "map these HRIS fields to our schema", "hris_api_json")
    return (json.dumps({"event": "customer.updated", "data": {"name": c.name(p), "address": c.addr(), "card": c.card(), "email": c.email(p)}}, ensure_ascii=False),
            "what changed in this webhook?", "billing_webhook")


KINDS = [("incident_page", k_incident_page), ("security_alert", k_security_alert), ("access_request", k_access_request),
         ("support_ticket", k_support_ticket), ("log_trace", k_log_trace), ("dsar_deletion", k_dsar_deletion),
         ("postmortem_status", k_postmortem_status), ("vendor_licence", k_vendor_licence), ("api_export", k_api_export)]


# ----------------------------------------------------------------------------------------------------------------
# placement
# ----------------------------------------------------------------------------------------------------------------
SYSTEMS = ["You are the IT service desk assistant. Be concise.", "You help the security operations team triage alerts.",
           "You are a support-agent copilot for a B2B SaaS product.", "You assist SREs during incidents. Prefer bullet points.",
           "You help the privacy team handle data-subject requests."]
MODELS = ["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "claude-sonnet-4", "llama-3.1-70b-instruct"]
POSITIONS = ["user", "system", "assistant", "tool", "parts", "file", "tool_args", "tools_schema", "response_format", "user_field", "image_url"]


def place(c, doc, instr, pos, sensitive):
    r = c.r
    body = {"model": r.choice(MODELS)}
    sysm = {"role": "system", "content": r.choice(SYSTEMS)}
    if pos == "completions":
        body["model"] = "gpt-3.5-turbo-instruct"
        body["prompt"] = f"{instr}\n\n---\n{doc}\n---\n"
        body["max_tokens"] = r.choice([256, 400, 800])
        return body
    if pos == "user":
        msgs = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif pos == "system":
        msgs = [{"role": "system", "content": sysm["content"] + "\n\nContext record:\n" + doc}, {"role": "user", "content": instr}]
    elif pos == "assistant":
        msgs = [sysm, {"role": "user", "content": "pasting the thing, read it first"}, {"role": "assistant", "content": "Received:\n" + doc},
                {"role": "user", "content": instr}]
    elif pos == "tool":
        cid = "call_" + c.hexs(12)
        msgs = [sysm, {"role": "user", "content": f"pull {c.inc()} and {instr}"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "get_ticket", "arguments": json.dumps({"ticket": c.inc()})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif pos == "parts":
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif pos == "file":
        fn = r.choice(["export.csv", "ticket.txt", "incident.log", "payload.json", "thread.txt"])
        b64 = base64.b64encode(doc.encode("utf-8")).decode()
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{b64}"}}]}]
    elif pos == "tool_args":
        cid = "call_" + c.hexs(12)
        msgs = [sysm, {"role": "user", "content": "file this in the tracker"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "create_ticket", "arguments": json.dumps({"queue": "ops", "body": doc}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"ok": True, "id": c.inc()})}, {"role": "user", "content": instr}]
    elif pos == "tools_schema":
        body["tools"] = [{"type": "function", "function": {"name": "route_ticket", "description": "Route a ticket. Example input follows.\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"queue": {"type": "string", "enum": ["l1", "l2", "secops", "privacy"]}}, "required": ["queue"]}}}]
        msgs = [sysm, {"role": "user", "content": instr}]
    elif pos == "response_format":
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "triage", "schema": {"type": "object", "description": "Triage of the following record:\n" + doc,
                                                                                                        "properties": {"severity": {"type": "string"}, "summary": {"type": "string"}}}}}
        msgs = [sysm, {"role": "user", "content": instr + " (fill the schema)"}]
    elif pos == "user_field":
        msgs = [sysm, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        body["user"] = c.email(c.person()) if sensitive else r.choice(["svc-zendesk-bridge", "agent-" + c.hexs(8), "sha256:" + c.hexs(24)])
    elif pos == "image_url":
        q = {"ticket": c.inc()}
        if sensitive:
            q["reporter"] = c.email(c.person())
        url = f"https://files.{c.dom()}/attachments/{c.hexs(10)}.png?" + urllib.parse.urlencode(q)
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": f"{instr}\n\n{doc}"}, {"type": "image_url", "image_url": {"url": url}}]}]
    else:
        fail(pos)
    body["messages"] = msgs
    return body


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(";base64,", 1)[1]).decode("utf-8"))
            out.append(urllib.parse.unquote(x))
    walk(body)
    return "\n".join(out)


def entities_of(body, issued):
    hay = haystack(body)
    ents, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        if v and v in hay:
            ents.append({"type": t, "value": v})
    return ents


ROTATION = [t[0] for t in LOCALES] + ["en-US", "en-GB", "en-US", "de-DE"]


def make_pii(w, seed):
    r = w.r
    recs = []
    pos_i = 0
    n = 0
    for ki, (kind, fn) in enumerate(KINDS):
        modes = ["full"] * 29 + ["incidental"] * 4 + ["benign"] * 23
        r.shuffle(modes)
        for j, mode in enumerate(modes):
            loc = ROTATION[(ki * 7 + j) % len(ROTATION)]
            c = Ctx(w, loc)
            doc, instr, style = fn(c, mode)
            if mode == "benign" and c.issued:
                fail("benign record issued a value")
            n += 1
            if n % 10 == 7:
                pos = "completions"
            else:
                pos = POSITIONS[pos_i % len(POSITIONS)]
                pos_i += 1
            body = place(c, doc, instr, pos, mode == "full")
            ents = entities_of(body, c.issued)
            sensitive = mode != "benign"
            if sensitive != bool(ents):
                fail(f"label mismatch in {kind}/{mode}")
            recs.append({"category": kind if sensitive else kind + "_benign", "sensitive": sensitive, "entities": ents,
                         "endpoint": "completions" if pos == "completions" else "chat", "lang": loc,
                         "style": f"{style} · {pos}" + (" · incidental" if mode == "incidental" else ""), "body": body})
    r.shuffle(recs)
    out = []
    for i, rec in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-pii-{i:04d}", **rec})
    return out


# ----------------------------------------------------------------------------------------------------------------
# complexity
# ----------------------------------------------------------------------------------------------------------------
CX_LANGS = ["en", "de", "fr", "es", "pt-BR", "ru", "ja", "zh", "ko", "hi"]
SIMPLE = {
    "en": ["What does HTTP {code} mean?", "Which port does {proto} use by default?", "Is {cidr} a private range? yes or no", "Spell out {acr}.",
           "convert unix ts {epoch} to UTC pls", "rewrite politely: 'VPN is down AGAIN, fix it'"],
    "de": ["Was bedeutet HTTP {code}?", "Welchen Standardport nutzt {proto}?", "Wofür steht {acr}?", "Ist {cidr} ein privates Netz? ja/nein"],
    "fr": ["Que signifie le code HTTP {code} ?", "Quel est le port par défaut de {proto} ?", "Que veut dire {acr} ?"],
    "es": ["¿Qué significa el código HTTP {code}?", "¿Qué puerto usa {proto} por defecto?", "¿Qué significa {acr}?"],
    "pt-BR": ["O que significa HTTP {code}?", "Qual a porta padrão do {proto}?", "O que é {acr}?"],
    "ru": ["Что означает HTTP {code}?", "Какой порт по умолчанию у {proto}?", "Как расшифровывается {acr}?"],
    "ja": ["HTTPステータス{code}の意味は？", "{proto}のデフォルトポートは？", "{acr}の正式名称は？"],
    "zh": ["HTTP 状态码 {code} 是什么意思？", "{proto} 默认端口是多少？", "{acr} 是什么的缩写？"],
    "ko": ["HTTP {code} 상태 코드는 무슨 뜻인가요?", "{proto} 기본 포트는 몇 번인가요?", "{acr}는 무엇의 약자인가요?"],
    "hi": ["HTTP {code} का क्या मतलब है?", "{proto} का डिफ़ॉल्ट पोर्ट कौन सा है?", "{acr} का फुल फॉर्म क्या है?"],
}
EASY_INSTR = {
    "en": ["count how many lines are ERROR", "convert this to a markdown table", "list the unique hostnames", "sort these by date, oldest first", "extract every ticket id"],
    "de": ["zähl die ERROR-Zeilen", "mach daraus eine Markdown-Tabelle", "liste alle Hostnamen einmal auf"],
    "fr": ["compte les lignes ERROR", "transforme ça en tableau markdown", "trie par date"],
    "es": ["cuenta las líneas con ERROR", "pásalo a tabla markdown", "saca todos los ids de ticket"],
    "pt-BR": ["conta quantas linhas são ERROR", "transforma em tabela markdown"],
    "ru": ["посчитай строки с ERROR", "сделай из этого markdown-таблицу"],
    "ja": ["ERRORの行数を数えて", "マークダウンの表に変換して"],
    "zh": ["数一下有多少行 ERROR", "转成 markdown 表格"],
    "ko": ["ERROR 줄이 몇 개인지 세어 줘", "마크다운 표로 바꿔 줘"],
    "hi": ["ERROR वाली लाइनें गिनो", "इसे markdown टेबल में बदलो"],
}
HARD = {
    "en": ["Design a detection for Kerberoasting in a {n}-DC AD forest that stays under {k} false positives/day with service accounts using AES-only; justify each threshold and show how an attacker would evade it.",
           "Our SLO is {slo}% over 28 days. Derive multi-window multi-burn-rate alert thresholds (page and ticket), prove the detection time and budget consumed at each, and explain the trade-off vs a single window.",
           "Two regions, async replication with {lag}s lag, RPO {rpo}s, RTO {rto}m. A split brain happens during failover while clients retry writes with idempotency keys stored per-region. Enumerate the anomalies and design a fencing scheme that provably prevents double charges.",
           "Given a Raft cluster of {n} nodes across 3 AZs with one AZ flapping every {lag}s, reason about leader stability and write-availability; what election timeout range would you choose and why?",
           "Threat-model OAuth device-code phishing against our CLI login: attacker capabilities, which mitigations actually break the attack chain, and residual risk.",
           "A JWT validator accepts tokens with up to {lag}s clock skew; tokens are revoked via a denylist replicated every {rpo}s. Find the worst-case window in which a revoked token is accepted and propose a design that bounds it under 5s without a synchronous lookup."],
    "de": ["Entwirf ein Berechtigungskonzept für Break-Glass-Konten mit Vier-Augen-Prinzip, das auch bei Ausfall des IdP funktioniert; zeig, wo es versagen kann.",
           "Unser SLO ist {slo}% über 28 Tage. Leite Burn-Rate-Schwellen für Pager und Ticket her und begründe sie mathematisch."],
    "fr": ["Concevez un plan de rotation des clés KMS sans interruption pour {n} services dont certains mettent les clés en cache {lag}s ; prouvez qu'aucune requête ne sera rejetée."],
    "es": ["Diseña una estrategia de reintentos con jitter para {n} clientes tras una caída, demuestra que evita la tormenta de reintentos y calcula la carga máxima esperada."],
    "pt-BR": ["Modele as ameaças de um fluxo de exclusão de conta (LGPD) com backups imutáveis de {rpo} dias e proponha uma solução que cumpra a lei sem quebrar a restauração."],
    "ru": ["Спроектируй схему ограничения частоты для API с {n} тенантами так, чтобы шумный тенант не влиял на остальных; докажи справедливость и оцени память."],
    "ja": ["{n}リージョン構成でDNSフェイルオーバーのTTLが{lag}秒のとき、クライアントのキャッシュを考慮した実効RTOを導出し、改善策を比較して。"],
    "zh": ["在 {n} 个可用区部署的 Kafka 集群中，min.insync.replicas=2、acks=all，一个可用区断网 {lag} 秒。分析哪些写入会丢失或重复，并给出可证明的修复方案。"],
    "ko": ["{n}개 테넌트가 공유하는 Postgres에서 행 수준 보안 정책 우회 가능성을 분석하고, 증명 가능한 격리 설계를 제안해 줘."],
    "hi": ["{n} माइक्रोसर्विसेज़ में distributed tracing के साथ sampling rate कैसे तय करें कि rare errors छूटें नहीं; गणित के साथ समझाओ।"],
}
HARD_INSTR = {
    "en": ["Reconstruct the causal chain across these services (clocks may be skewed), identify the root cause vs. contributing factors, and propose fixes with trade-offs.",
           "Compute the effective permissions of each principal given the SCPs, permission boundaries and explicit denies below; show your reasoning for every conflicting rule.",
           "Find shadowed and contradictory firewall rules and determine whether any path lets the internet reach the database subnet; prove it.",
           "Map this alert sequence to an attack chain, decide which alerts are the same intrusion, and write the containment plan with ordering constraints."],
    "de": ["Rekonstruiere die Ursachenkette über alle Dienste (Uhren können abweichen), trenne Root Cause und beitragende Faktoren und schlage Fixes mit Abwägungen vor."],
    "fr": ["Reconstituez la chaîne causale entre les services (horloges décalées possibles), distinguez cause racine et facteurs aggravants, proposez des correctifs argumentés."],
    "es": ["Calcula los permisos efectivos de cada principal con las SCP, límites y denegaciones explícitas; razona cada conflicto."],
    "ja": ["時刻ずれを考慮してサービス間の因果関係を再構成し、根本原因と寄与要因を区別し、トレードオフ付きで対策を提案して。"],
    "zh": ["考虑时钟偏差，重建各服务之间的因果链，区分根因与促成因素，并给出带权衡的修复方案。"],
    "ru": ["Восстанови причинно-следственную цепочку между сервисами (часы могут расходиться), отдели корневую причину от сопутствующих факторов и предложи исправления."],
}


def cx_params(r):
    return dict(code=r.choice([401, 403, 408, 409, 418, 425, 429, 451, 502, 503, 504]), proto=r.choice(["SSH", "RDP", "LDAPS", "SMTP submission", "Kerberos", "syslog over TLS"]),
                cidr=r.choice(["10.12.0.0/16", "172.20.4.0/22", "100.64.0.0/10", "192.168.8.0/24", "172.40.0.0/16"]), acr=r.choice(["SIEM", "SOAR", "IdP", "SCIM", "DMARC", "RTO", "CAB", "EDR"]),
                epoch=r.randint(1767225600, 1798761600), n=r.randint(3, 12), k=r.randint(2, 20), slo=r.choice(["99.9", "99.95", "99.99"]),
                lag=r.randint(2, 90), rpo=r.randint(5, 120), rto=r.randint(5, 60))


def long_easy_doc(c):
    r = c.r
    t = r.randrange(3)
    if t == 0:
        lines = [f"{c.ts()} {r.choice(['INFO', 'INFO', 'WARN', 'ERROR'])} {c.host()} {r.choice(['request served', 'cache miss', 'retrying upstream', 'slow query 812ms', 'healthcheck ok'])} req={c.hexs(8)}" for _ in range(45)]
    elif t == 1:
        lines = ["ticket,opened,queue,status"] + [f"{c.inc()},{c.ts()[:10]},{r.choice(['l1', 'l2', 'secops', 'billing'])},{r.choice(['open', 'pending', 'solved'])}" for _ in range(60)]
    else:
        lines = ["sku,vendor,seats,renewal"] + [f"{r.choice(['ENT-SSO', 'PRO', 'SIEM-1TB', 'EDR', 'MDM'])},{c.w.company()},{r.randint(5, 900)},2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}" for _ in range(55)]
    doc = "\n".join(lines)
    while len(doc) < 1600:
        doc += "\n" + doc.split("\n")[-1]
    return doc


def long_hard_doc(c):
    r = c.r
    t = r.randrange(4)
    if t == 0:
        ev = []
        for _ in range(30):
            ev.append(f"{c.ts(hh=r.choice([9, 10]))} [{c.svc()}] {r.choice(['pool exhausted', 'retry budget exceeded', 'cache eviction storm', 'leader lost', 'GC pause 1.8s', 'circuit open', 'deploy v' + c.ver(), 'config reload', 'dns timeout', 'clock skew +2.4s detected'])}")
        return 0, "\n".join(ev)
    if t == 1:
        blocks = []
        for i in range(8):
            blocks.append(json.dumps({"Sid": f"S{i}", "Effect": r.choice(["Allow", "Allow", "Deny"]), "Action": r.sample(["s3:GetObject", "s3:PutObject", "kms:Decrypt", "iam:PassRole", "ec2:*", "sts:AssumeRole"], 2),
                                      "Resource": r.choice(["*", f"arn:aws:s3:::logs-{c.hexs(4)}/*", f"arn:aws:kms:eu-west-1:{digits(r, 12)}:key/{c.uuid()}"]),
                                      "Condition": r.choice([None, {"StringNotEquals": {"aws:PrincipalTag/team": "secops"}}, {"Bool": {"aws:MultiFactorAuthPresent": "false"}}])}))
        return 1, "SCP:\n" + "\n".join(blocks[:3]) + "\nPermission boundary:\n" + "\n".join(blocks[3:5]) + "\nRole policies (deployer, auditor, break-glass):\n" + "\n".join(blocks[5:])
    if t == 2:
        rules = [f"{i * 10} {r.choice(['allow', 'deny'])} {r.choice(['tcp', 'udp', 'any'])} from {r.choice(['0.0.0.0/0', '10.0.0.0/8', '10.20.0.0/16', '172.16.5.0/24'])} to {r.choice(['10.20.30.0/24', '10.20.0.0/16', 'any'])} port {r.choice(['22', '443', '5432', '1-65535', '3389'])}" for i in range(1, 40)]
        return 2, "\n".join(rules)
    al = [f"{c.ts(hh=r.choice([2, 3]))} {r.choice(['EDR', 'IdP', 'proxy', 'mail-gw', 'CASB'])} {r.choice(['suspicious PowerShell encoded command', 'MFA fatigue pattern', 'new inbox rule forwarding externally', 'rare parent-child process', 'OAuth consent to unverified app', 'LSASS access', 'large upload to personal cloud'])} host=WS-{r.randint(100, 999)} acct=emp_{c.hexs(6)}" for _ in range(28)]
    return 3, "\n".join(al)


def make_cx(w):
    r = w.r
    plan = ["short_simple"] * 48 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 46
    r.shuffle(plan)
    out = []
    for i, cat in enumerate(plan, 1):
        lang = CX_LANGS[i % len(CX_LANGS)]
        c = Ctx(w, "en-US")
        prm = cx_params(r)
        if cat == "short_simple":
            text, style = r.choice(SIMPLE[lang]).format(**prm), "faq"
        elif cat == "long_easy":
            text, style = r.choice(EASY_INSTR[lang]) + "\n\n" + long_easy_doc(c), "bulk_reformat"
        elif cat == "short_hard":
            lang = lang if lang in HARD else "en"
            text, style = r.choice(HARD[lang]).format(**prm), "design_reasoning"
        else:
            t, doc = long_hard_doc(c)
            lang = lang if lang in HARD_INSTR else "en"
            instrs = HARD_INSTR[lang]
            instr = instrs[t] if lang == "en" else instrs[min(t, len(instrs) - 1)]
            if lang != "en" and t != 0 and not (lang == "es" and t == 1):
                instr = HARD_INSTR["en"][t]
                lang = "en"
            text, style = instr + "\n\n" + doc, "multi_constraint_analysis"
            while len(text) < 1500:
                text += "\n" + doc.split("\n")[r.randrange(len(doc.split('\n')))]
        if cat == "long_easy" and len(text) < 1500:
            fail("long_easy too short")
        label = 1 if cat in ("short_hard", "long_hard") else 0
        msgs = ([{"role": "system", "content": r.choice(SYSTEMS)}] if r.random() < 0.5 else []) + [{"role": "user", "content": text}]
        out.append({"id": f"{SPLIT}-cx-{i:04d}", "category": cat, "label": label, "length_adversarial": cat in ("short_hard", "long_easy"),
                    "endpoint": "chat", "lang": lang, "style": style, "body": {"model": "hybridgate/auto", "messages": msgs}})
    return out


def main():
    global FROZEN, FROZEN_RUNS
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260611)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    FROZEN = frozen_words()
    FROZEN_RUNS = "\n".join(sorted(t for t in FROZEN if any(ord(ch) > 127 for ch in t)))
    r = random.Random(a.seed)
    w = World(r)
    pii = make_pii(w, a.seed)
    cx = make_cx(w)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8", newline="\n") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    print(f"frozen words: {len(FROZEN)}; pool entries dropped by the freeze: " + ", ".join(f"{k} {v}" for k, v in sorted(DROPPED.items())))
    print(f"public figures kept {len(w.figures)}, eponyms kept {len(w.eponyms)}, fiction kept {len(w.fiction)}")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, "
          f"{sum(x['endpoint'] == 'completions' for x in pii)} completions, {len(set(x['lang'] for x in pii))} locales, "
          f"{sum('incidental' in x['style'] for x in pii)} incidental")
    print("categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("positions:", dict(sorted(collections.Counter(x["style"].split(" · ")[-2 if "incidental" in x["style"] else -1] for x in pii).items())))
    print(f"complexity: {len(cx)} records", dict(sorted(collections.Counter(x["category"] for x in cx).items())),
          f"adversarial {sum(x['length_adversarial'] for x in cx)}, label1 {sum(x['label'] for x in cx)}, langs {len(set(x['lang'] for x in cx))}")
    for name in (f"pii_{SPLIT}.jsonl", f"complexity_{SPLIT}.jsonl"):
        print(name, hashlib.sha256((out / name).read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
