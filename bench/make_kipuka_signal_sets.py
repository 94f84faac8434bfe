#!/usr/bin/env python3
"""Kipuka: a blind evaluation split for the request signals, organised by the world of CHARITIES, NGOs, FAITH
COMMUNITIES AND VOLUNTEERING.

Writes bench/data/signals/pii_kipuka.jsonl and bench/data/signals/complexity_kipuka.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    detector, the complexity scorer, their tests, the evaluator, results, docs, policies, commit messages, or
    any other generator. The other generators are only scanned automatically at run time (``frozen_words``):
    every name, street, company, town and public-figure pool entry that shares a word (or a non-ASCII bigram)
    with them is dropped and the pools are refilled from invented, locale-typical name parts (capped
    retries, re-checked). Street-type words ("Road", "ul.", "شارع") and postcodes are template text, not pool
    entries; only the stems are checked.

Organising principle and the line drawn
    Nine kinds of charity / faith / volunteering work, each a category with sensitive records and benign
    hard negatives of the same kind: food_bank (referral vouchers, delivery lists), shelter_outreach (street
    outreach and night-shelter case notes), donor_care (CRM exports, Gift Aid / direct-debit forms, card
    donations), grant_making (applications, trustee due diligence, grant reports), humanitarian_field
    (beneficiary registration, mobile-money cash lists, clinic referrals), faith_community (parish and
    baptism registers, zakat applications, prayer lists, synagogue/temple membership), volunteer_rota (rota
    spreadsheets, onboarding, emergency contacts, DBS checks), safeguarding (concern logs, referrals to the
    designated lead) and newsletter_events (mailing-list exports, RSVPs, sign-up logs).
    Personal data (sensitive): anything about a private individual -- a client, donor, volunteer, congregant,
    beneficiary, child or trustee as a private person -- a full name, a first name with a relation/role cue,
    a personal phone, e-mail, home address, birth date, an identifier, bank or card numbers, a hospital
    record number, a private user's public IP. About 12% of sensitive records carry a single incidental item
    in otherwise harmless text.
    Not personal data (benign): public figures in their public role (founders, bishops, ministers quoted in a
    press release), organisations' own contact data (role mailboxes, switchboards, registered offices,
    charity/company numbers), eponyms and saints in building names, fictional and scriptural characters
    (nativity plays, parables, novels read at a fundraiser), blank forms and placeholders, documentation/test
    values (example.org, test cards, the documentation IBAN, RFC 5737 addresses, the Ofcom drama range),
    reference numbers that look like identifiers (voucher, grant, waybill, Gift Aid claim, batch numbers),
    aggregated statistics and already-anonymised case notes.

Labels
    ``entities`` (dicts with type and value) lists every value the record issued that is found in the
    serialised body (file parts base64-decoded, URLs unquoted); ``sensitive`` is true iff it is non-empty
    (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID
    (citizen / social-security numbers), TAX_ID, HEALTH_INSURANCE (NHS, KVNR, IMSS NSS), CREDIT_CARD,
    IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (routing and account), MEDICAL_RECORD.
    Complexity: label 1 = needs a strong model (short_hard, long_hard); length_adversarial for short_hard and
    long_easy (>= 1,500 chars).

Contents (seed 7319)
    pii_kipuka.jsonl: 495 requests (445 chat, 50 completions) in 24 locales (Latin, Arabic, Hebrew, Devanagari, Thai,
    Hangul, Kana/Kanji, Han, Cyrillic and Greek scripts); 9 kinds x 55 (32 sensitive + 23 benign each): 288 sensitive /
    207 benign (58.2%); 36 of the sensitive ones carry a single incidental item; the benign ones rotate over 8 kinds of
    hard negative (public figure, organisation contact, blank form, test values, reference numbers, aggregates,
    anonymised note, fiction/eponym); 12 placements (user, system, assistant echo, tool result, content parts, base64
    file part, tool-call arguments, tool schema, response_format, image URL query, ``user`` field, completions prompt).
    complexity_kipuka.jsonl: 190 chat requests in 21 language tags: short_simple 48, long_easy 48 (>= 1,500 chars),
    short_hard 48, long_hard 46; 96 length-adversarial, 94 labelled 1. The run prints all counts, and how many pool
    seed entries the freeze dropped (counts only, never the words).

Validation
    Every identifier is validated with python-stdnum (KVNR, hospital record numbers and card numbers with
    own check-digit / Luhn routines); every phone number with ``phonenumbers`` for its region; IPs with
    ``ipaddress`` (global for personal ones, RFC 5737 for test values). The run aborts on an invalid value,
    and every retry loop is capped.

Command (deterministic; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_kipuka_signal_sets.py [--seed 7319] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import ipaddress
import json
import pathlib
import random
import re
import sys
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn, rtn as us_rtn, itin as us_itin
from stdnum.gb import nhs as gb_nhs, utr as gb_utr
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni
from stdnum.mx import curp as mx_curp, rfc as mx_rfc
from stdnum.br import cpf as br_cpf
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.tr import tckimlik as tr_tck
from stdnum.eg import tn as eg_tn
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.th import pin as th_pin
from stdnum.kr import rrn as kr_rrn
from stdnum.jp import in_ as jp_in
from stdnum.cn import ric as cn_ric
from stdnum.ua import rntrc as ua_rntrc
from stdnum.gr import amka as gr_amka, vat as gr_vat
from stdnum.ke import pin as ke_pin
from stdnum.za import idnr as za_idnr
from stdnum.id import nik as id_nik

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "kipuka"

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
        if name == SPLIT:  # never freeze against this file itself
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
POOL_STATS = collections.Counter()
DEBUG = False


def is_clean(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    toks += [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z'\-]+", entry)]
    if any(t in FROZEN for t in toks):
        return False
    prev = None
    for t in WORD.findall(entry):
        t = t.lower()
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in FROZEN:
                return False
            prev = t
        else:
            prev = None
    return True


def make_pool(label, seeds, parts, rng, want=14, join=""):
    """Keep seed entries that survive the freeze; refill from invented parts (capped, re-checked)."""
    out = []
    for s in seeds:
        if is_clean(s) and s not in out:
            out.append(s)
        else:
            POOL_STATS[label + ":dropped"] += 1
    tries = 0
    while len(out) < want and parts and tries < want * 60:
        tries += 1
        c = join.join(rng.choice(p) for p in parts)
        if is_clean(c) and c not in out:
            out.append(c)
    if not out:
        sys.exit(f"pool {label} is empty after the freeze")
    if DEBUG:
        print("pool", label, len(out), "dropped seeds", POOL_STATS[label + ":dropped"])
    POOL_STATS[label + ":kept"] += len(out)
    return out


# ----------------------------------------------------------------------------------------------------------
# validated identifiers
# ----------------------------------------------------------------------------------------------------------
def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def find_valid(rng, gen, ok, tries=4000):
    for _ in range(tries):
        s = gen()
        try:
            if ok(s):
                return s
        except Exception:
            pass
    sys.exit("could not generate a valid identifier")


def must(ok, value):
    if not ok(value):
        sys.exit("invalid identifier generated")
    return value


def luhn_ok(s):
    return luhn.is_valid(re.sub(r"\D", "", s))


def kvnr_ok(s):
    if not re.fullmatch(r"[A-Z]\d{9}", s):
        return False
    digits = f"{ord(s[0]) - 64:02d}" + s[1:9]
    tot = 0
    for i, ch in enumerate(digits):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(s[9])


def gen_ssn(rng, P):
    s = find_valid(rng, lambda: f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}",
                   us_ssn.is_valid)
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def gen_itin(rng, P):
    s = find_valid(rng, lambda: f"9{_digits(rng, 2)}{rng.choice([70, 71, 72, 78, 80, 83, 88])}{_digits(rng, 4)}",
                   us_itin.is_valid)
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def gen_nhs(rng, P):
    s = find_valid(rng, lambda: str(rng.randint(4, 6)) + _digits(rng, 9), gb_nhs.is_valid)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def gen_utr(rng, P):
    return find_valid(rng, lambda: _digits(rng, 10), gb_utr.is_valid)


def gen_de_idnr(rng, P):
    def g():
        ds = rng.sample(range(10), 9)
        ds.append(ds[rng.randrange(9)])
        rng.shuffle(ds)
        return "".join(map(str, ds)) + str(rng.randrange(10))
    s = find_valid(rng, g, lambda x: x[0] != "0" and de_idnr.is_valid(x))
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def gen_kvnr(rng, P):
    return find_valid(rng, lambda: chr(65 + rng.randrange(26)) + _digits(rng, 9), kvnr_ok)


def gen_nir(rng, P):
    d = P["dob"]
    body = f"{P['sex_digit']}{d.year % 100:02d}{d.month:02d}{rng.choice(['75', '69', '13', '33', '59'])}" \
           f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    s = must(fr_nir.is_valid, body + f"{key:02d}")
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"


def gen_dni(rng, P):
    return find_valid(rng, lambda: _digits(rng, 8) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE"), es_dni.is_valid)


def gen_curp(rng, P):
    d = P["dob"]
    cons, vow = "BCDFGHJKLMNPRSTVZ", "AEIOU"

    def g():
        return (rng.choice(cons) + rng.choice(vow) + rng.choice(cons) + rng.choice(cons)
                + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + ("M" if P["female"] else "H")
                + rng.choice(["DF", "JC", "NL", "PL", "VZ", "OC", "YN", "GR"])
                + "".join(rng.choice(cons) for _ in range(3)) + ("0" if d.year < 2000 else "A") + str(rng.randrange(10)))
    return find_valid(rng, g, mx_curp.is_valid)


def gen_rfc(rng, P):
    d = P["dob"]
    cons, vow = "BCDFGHJKLMNPRSTVZ", "AEIOU"
    return find_valid(rng, lambda: rng.choice(cons) + rng.choice(vow) + rng.choice(cons) + rng.choice(cons)
                      + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + rng.choice(cons) + str(rng.randrange(10))
                      + rng.choice("0123456789A"),
                      lambda x: mx_rfc.validate(x, validate_check_digits=True) and True)


def gen_imss(rng, P):
    s = find_valid(rng, lambda: _digits(rng, 11), luhn_ok)
    return s


def gen_cpf(rng, P):
    s = find_valid(rng, lambda: _digits(rng, 11), br_cpf.is_valid, tries=6000)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def gen_cf(rng, P):
    d = P["dob"]
    letters = "BCDFGLMNPRSTVZ"
    day = d.day + (40 if P["female"] else 0)
    first = ("".join(rng.choice(letters) for _ in range(3)) + "".join(rng.choice(letters) for _ in range(3))
             + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1] + f"{day:02d}"
             + rng.choice(["H501", "F205", "L219", "G273", "A944", "D612"]))
    return must(it_cf.is_valid, first + it_cf.calc_check_digit(first))


def gen_bsn(rng, P):
    return find_valid(rng, lambda: str(rng.randint(1, 6)) + _digits(rng, 8), nl_bsn.is_valid)


def gen_pesel(rng, P):
    d = P["dob"]
    m = d.month + (20 if d.year >= 2000 else 0)
    return find_valid(rng, lambda: f"{d.year % 100:02d}{m:02d}{d.day:02d}" + _digits(rng, 3)
                      + str(rng.choice([0, 2, 4, 6, 8] if P["female"] else [1, 3, 5, 7, 9])) + str(rng.randrange(10)),
                      pl_pesel.is_valid)


def gen_tck(rng, P):
    return find_valid(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 10), tr_tck.is_valid, tries=8000)


def gen_eg_tn(rng, P):
    s = find_valid(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 8), eg_tn.is_valid)
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def gen_il(rng, P):
    return find_valid(rng, lambda: _digits(rng, 9), il_idnr.is_valid)


def gen_aadhaar(rng, P):
    s = find_valid(rng, lambda: str(rng.randint(2, 9)) + _digits(rng, 11), in_aadhaar.is_valid)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def gen_pan(rng, P):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return find_valid(rng, lambda: "".join(rng.choice(L) for _ in range(3)) + "P" + rng.choice(L) + _digits(rng, 4)
                      + rng.choice(L), in_pan.is_valid)


def gen_th(rng, P):
    s = find_valid(rng, lambda: str(rng.randint(1, 8)) + _digits(rng, 12), th_pin.is_valid)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def gen_rrn(rng, P):
    d = P["dob"]
    g = (2 if P["female"] else 1) + (2 if d.year >= 2000 else 0)
    s = find_valid(rng, lambda: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{rng.randint(0, 8):01d}{rng.randint(0, 9)}"
                   + _digits(rng, 4), kr_rrn.is_valid, tries=8000)
    return f"{s[:6]}-{s[6:]}"


def gen_jp(rng, P):
    s = find_valid(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 11), jp_in.is_valid)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def gen_ric(rng, P):
    d = P["dob"]
    return find_valid(rng, lambda: rng.choice(["110105", "310104", "440106", "510107", "420102"])
                      + d.strftime("%Y%m%d") + _digits(rng, 3) + rng.choice("0123456789X"), cn_ric.is_valid)


def gen_rntrc(rng, P):
    return find_valid(rng, lambda: str(rng.randint(2, 4)) + _digits(rng, 9), ua_rntrc.is_valid)


def gen_amka(rng, P):
    d = P["dob"]
    return find_valid(rng, lambda: d.strftime("%d%m%y") + _digits(rng, 5), gr_amka.is_valid)


def gen_afm(rng, P):
    return find_valid(rng, lambda: str(rng.randint(0, 1)) + _digits(rng, 8), gr_vat.is_valid)


def gen_kepin(rng, P):
    return find_valid(rng, lambda: "A" + "0" + _digits(rng, 8) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), ke_pin.is_valid)


def gen_za(rng, P):
    d = P["dob"]
    return find_valid(rng, lambda: d.strftime("%y%m%d") + str(rng.randint(0, 4) if P["female"] else rng.randint(5, 9))
                      + _digits(rng, 3) + "08" + str(rng.randrange(10)), za_idnr.is_valid)


def gen_nik(rng, P):
    d = P["dob"]
    day = d.day + (40 if P["female"] else 0)
    return find_valid(rng, lambda: rng.choice(["317101", "327302", "357801", "517102"]) + f"{day:02d}"
                      + d.strftime("%m%y") + f"{rng.randint(1, 999):04d}", id_nik.is_valid)


def gen_mrn(rng, P, prefix="MRN"):
    s = find_valid(rng, lambda: _digits(rng, 8), luhn_ok)
    return f"{prefix} {s}"


IBAN_BBAN = {
    "GB": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _digits(r, 14),
    "DE": lambda r: _digits(r, 18), "NL": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _digits(r, 10),
    "FR": None, "ES": lambda r: _digits(r, 20), "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _digits(r, 22),
    "PL": lambda r: _digits(r, 24), "TR": lambda r: _digits(r, 5) + "0" + _digits(r, 16), "IL": lambda r: _digits(r, 19),
    "UA": lambda r: _digits(r, 25), "EG": lambda r: _digits(r, 25), "GR": lambda r: _digits(r, 23),
    "BR": lambda r: _digits(r, 23) + "C1",
}


def gen_iban(rng, cc):
    def g():
        if cc == "FR":
            bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = bank + branch + acct + f"{key:02d}"
        else:
            bban = IBAN_BBAN[cc](rng)
        return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
    s = find_valid(rng, g, std_iban.is_valid)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_card(rng):
    def g():
        kind = rng.random()
        if kind < 0.5:
            return "4" + _digits(rng, 15)
        if kind < 0.85:
            return "5" + str(rng.randint(1, 5)) + _digits(rng, 14)
        return "3" + rng.choice("47") + _digits(rng, 13)
    s = find_valid(rng, g, lambda x: luhn_ok(x) and len(set(x[1:])) > 3)
    if len(s) == 15:
        return f"{s[:4]} {s[4:10]} {s[10:]}"
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def gen_ip(rng):
    def g():
        if rng.random() < 0.8:
            return ".".join(str(x) for x in (rng.choice([31, 46, 62, 78, 81, 84, 92, 109, 151, 176, 185, 212, 86, 95]),
                                             rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254)))
        return f"2a02:{rng.randint(0x100, 0xfff):x}:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0x10, 0xfff):x}::{rng.randint(2, 0xfff):x}"
    def ok(s):
        a = ipaddress.ip_address(s)
        return a.is_global and not a.is_reserved
    return find_valid(rng, g, ok)


def gen_us_bank(rng):
    r = find_valid(rng, lambda: rng.choice(["0", "1", "2", "3"]) + _digits(rng, 8), us_rtn.is_valid)
    return r, _digits(rng, rng.choice([10, 11, 12]))


# ----------------------------------------------------------------------------------------------------------
# locales
# ----------------------------------------------------------------------------------------------------------
def phone_from(rng, region, patterns):
    def g():
        p = rng.choice(patterns)
        return "".join(str(rng.randint(2, 9)) if c == "N" else str(rng.randrange(10)) if c == "X" else c for c in p)

    def ok(s):
        n = phonenumbers.parse(s, region)
        return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region and "555 01" not in s
    return find_valid(rng, g, ok, tries=600)


L = {}


def loc(code, **kw):
    L[code] = kw


loc("en-GB", region="GB", iban="GB", ids=[("HEALTH_INSURANCE", gen_nhs, "NHS no."), ("TAX_ID", gen_utr, "UTR")],
    mob=["074XX XXXXXX", "075XX XXXXXX", "078XX XXXXXX", "079XX XXXXXX"], land=["020 7XXX XXXX", "0161 4XX XXXX", "0113 2XX XXXX"],
    lab=("Name", "DOB", "Tel", "Address", "Email"), dob="%d/%m/%Y",
    g=(["Ailsa", "Rowan", "Tamsin", "Bryony", "Corin", "Wilf", "Hester", "Ottilie", "Jago", "Linnet"], [["Ail", "Bry", "Cor", "Hes", "Tam", "Wil", "Ros", "Mer"], ["wen", "ony", "ett", "ter", "sin", "fred", "elle", "rick"]]),
    f=(["Pennock", "Threlkeld", "Ashworth", "Gilchrist", "Tremayne", "Bellingham"], [["Ash", "Thorn", "Pen", "Brack", "Hal", "Wick", "Mar", "Crow"], ["worth", "ley", "cott", "ford", "hurst", "ridge", "ton", "combe"]]),
    st=[["Elder", "Sorrel", "Quill", "Cobble", "Hazel", "Marl", "Bramble", "Wren"], ["wick", "field", "gate", "brook", "stone", "croft"]],
    stfmt="{n} {s} {t}, {town} {pc}", stt=["Road", "Lane", "Close", "Street", "Crescent"],
    town=[["Ald", "Brin", "Cal", "Dun", "Ettle", "Fram", "Gars", "Hol"], ["bury", "ham", "stow", "ford", "thorpe", "ington"]],
    pc=lambda r: f"{r.choice(['LS', 'M', 'BS', 'NE', 'CF', 'EH'])}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
    mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk"],
    notes=[], ask=[], order="gf")
loc("en-US", region="US", iban=None, ids=[("ssn", gen_ssn, "SSN"), ("TAX_ID", gen_itin, "ITIN")],
    mob=["(212) NXX-XXXX", "(312) NXX-XXXX", "(415) NXX-XXXX", "(617) NXX-XXXX", "(404) NXX-XXXX", "(503) NXX-XXXX"], land=["(206) NXX-XXXX", "(713) NXX-XXXX"],
    lab=("Name", "DOB", "Phone", "Address", "Email"), dob="%m/%d/%Y",
    g=(["Delphine", "Garrick", "Marisol", "Tobias", "Lavonne", "Dashiell", "Yesenia", "Royce"], [["Jan", "Dar", "Kel", "Lor", "Shan", "Tre", "Bri", "Mal"], ["ice", "nell", "issa", "vin", "ique", "ton", "ella", "ory"]]),
    f=(["Okafor-Reyes", "Brandvold", "Pettibone", "Castellanos", "Whitcomb"], [["Brand", "Kirk", "Hollo", "Stan", "Wheel", "Mc"], ["vold", "patrick", "way", "wyck", "ock", "gowan", "sted"]]),
    st=[["Tam", "Cat", "Buck", "Sass", "Hick", "Wal", "Per", "Quin"], ["arack", "alpa", "eye", "afras", "ory", "ridge", "simmon", "cewood"]],
    stfmt="{n} {s} {t}, {town}, {pc}", stt=["Ave", "St", "Blvd", "Dr", "Ct"],
    town=[["Mill", "Spring", "Fair", "Green", "Oak", "Clear"], ["dale", "view", "haven", "port", "mont", "field"]],
    pc=lambda r: f"{r.choice(['OH', 'MN', 'OR', 'GA', 'IL', 'TX'])} {r.randint(10000, 99899)}",
    mail=["gmail.com", "yahoo.com", "aol.com", "outlook.com"], notes=[], ask=[], order="gf")
loc("de-DE", region="DE", iban="DE", ids=[("TAX_ID", gen_de_idnr, "Steuer-ID"), ("HEALTH_INSURANCE", gen_kvnr, "KVNR")],
    mob=["0151 XXXXXXXX", "0160 XXXXXXX", "0176 XXXXXXXX", "0152 XXXXXXXX", "0171 XXXXXXX"], land=["030 XXXXXXX", "040 XXXXXXX", "0221 XXXXXXX", "089 XXXXXXX"],
    lab=("Name", "Geb.-Datum", "Tel.", "Anschrift", "E-Mail"), dob="%d.%m.%Y",
    g=(["Wiebke", "Hanno", "Roswitha", "Lutz", "Gesine", "Detlef", "Almut", "Eike"], [["Ger", "Wal", "Hil", "Sieg", "Rein", "Ort", "Gis", "Bern"], ["lind", "trud", "mar", "wig", "hold", "run", "olf", "hard"]]),
    f=(["Kleinschmidt", "Oberdörfer", "Hasselbach", "Rübsamen", "Dreyling"], [["Kalt", "Brunn", "Wies", "Ober", "Lind", "Hasel", "Steg", "Mühl"], ["bach", "meier", "hauser", "egger", "reiter", "mann", "berger", "wald"]]),
    st=[["Holunder", "Ginster", "Schlehen", "Erlen", "Mühlen", "Kiefern"], ["weg", "grund", "hang", "ring", "feld"]],
    stfmt="{s}{t} {n}, {pc} {town}", stt=["straße", "gasse", ""],
    town=[["Alt", "Neu", "Ober", "Nieder", "Bad ", "Wald"], ["hausen", "dorf", "feld", "heim", "stadt", "bronn"]],
    pc=lambda r: f"{r.randint(10115, 99998):05d}", mail=["gmx.de", "web.de", "t-online.de", "posteo.de"],
    notes=["Familie mit drei Kindern, Mutter alleinerziehend.", "Bitte vor Lieferung anrufen, Klingel defekt.", "Kommt seit März regelmäßig zur Ausgabe."],
    ask=["bitte kurz zusammenfassen", "kannst du das auf Englisch übersetzen?"], order="gf")
loc("fr-FR", region="FR", iban="FR", ids=[("NATIONAL_ID", gen_nir, "N° sécu")],
    mob=["06 XX XX XX XX", "07 5X XX XX XX", "07 8X XX XX XX"], land=["01 4X XX XX XX", "04 7X XX XX XX", "05 5X XX XX XX"],
    lab=("Nom", "Né(e) le", "Tél.", "Adresse", "Courriel"), dob="%d/%m/%Y",
    g=(["Solène", "Gaëtan", "Maëlys", "Anatole", "Bérangère", "Aurèle", "Clémence", "Félicien"], [["Aur", "Bér", "Cél", "Gaë", "Mél", "Sév", "Lou", "Ann"], ["ine", "ane", "ic", "ien", "elle", "ette", "ance", "is"]]),
    f=(["Vasseur-Leclerc", "Delaunoy", "Chardonnet", "Bouvreuil", "Marchelier"], [["Vau", "Char", "Bou", "Del", "Mar", "Fon", "Tru", "Roch"], ["quelin", "donnet", "vreuil", "aunay", "teau", "vieille", "chet", "ard"]]),
    st=[["Cormi", "Pruni", "Sauve", "Vigne", "Aube", "Bruy", "Chene", "Grange"], ["lière", "ronde", "raie", "tière", "lette", "vaudière"]],
    stfmt="{n} {t} de la {s}, {pc} {town}", stt=["rue", "allée", "impasse", "chemin"],
    town=[["Montb", "Beaur", "Vill", "Roch", "Cham", "Sauv"], ["elard", "epaire", "ecourt", "efort", "agnac", "eterre"]],
    pc=lambda r: f"{r.randint(1000, 95999):05d}", mail=["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    notes=["Famille monoparentale, 2 enfants, orientée par l'assistante sociale.", "Pas de frigo, colis sans produits frais svp.", "Passage aux Restos le mardi."],
    ask=["tu peux résumer ça stp", "traduis en anglais pour le bénévole anglais"], order="gf")
loc("es-ES", region="ES", iban="ES", ids=[("NATIONAL_ID", gen_dni, "DNI")],
    mob=["6XX XXX XXX", "7XX XXX XXX"], land=["91X XXX XXX", "93X XXX XXX", "95X XXX XXX"],
    lab=("Nombre", "F. nac.", "Tlf", "Domicilio", "Correo"), dob="%d/%m/%Y",
    g=(["Itziar", "Remedios", "Genaro", "Almudena", "Eleuterio", "Nieves", "Casimiro"], [["Ara", "Bel", "Cris", "Dol", "Eus", "Fer", "Gum", "Her"], ["nzazu", "isa", "ino", "ores", "ebio", "mina", "ersindo", "mógenes"]]),
    f=(["Etxeberria", "Villalobos", "Santamarina", "Quirós", "Arrieta"], [["Villa", "Torre", "Santa", "Val", "Cas", "Peña"], ["lobos", "blanca", "marina", "verde", "tejón", "fiel"]]),
    st=[["Almen", "Alfar", "Ace", "Oliv", "Zarz", "Junc"], ["drera", "erería", "quiola", "areja", "ales", "alillo"]],
    stfmt="{t} {s} {n}, {pc} {town}", stt=["C/", "Avda.", "Calle", "Travesía"],
    town=[["Villa", "Torre", "Fuen", "Casa", "Valde"], ["rrubia", "mocha", "tecilla", "lejos", "moral"]],
    pc=lambda r: f"{r.randint(1001, 50999):05d}", mail=["gmail.com", "hotmail.es", "telefonica.net"],
    notes=["Unidad familiar de 4, sin ingresos desde enero.", "Derivada por Servicios Sociales, urgente.", "Viene al ropero los jueves."],
    ask=["resúmelo porfa", "pásalo a tabla"], order="gf")
loc("es-MX", region="MX", iban=None, ids=[("NATIONAL_ID", gen_curp, "CURP"), ("TAX_ID", gen_rfc, "RFC"), ("HEALTH_INSURANCE", gen_imss, "NSS IMSS")],
    mob=["55 XXXX XXXX", "33 XXXX XXXX", "81 XXXX XXXX"], land=["55 5XXX XXXX"],
    lab=("Nombre", "Fecha de nac.", "Cel", "Domicilio", "Correo"), dob="%d/%m/%Y",
    g=(["Xóchitl", "Eréndira", "Cuauhtli", "Citlali", "Nezahual", "Itzel"], [["Ya", "Tla", "Xi", "Ame", "Ate", "Ix"], ["retzi", "loc", "mena", "yali", "nanci", "chel"]]),
    f=(["Tecuanhuey", "Olivarez", "Cuautle", "Zamacona"], [["Tec", "Olv", "Zam", "Cuaut", "Ix", "Mol"], ["uanhuey", "era", "acona", "le", "tepan", "ina"]]),
    st=[["Tezon", "Ahue", "Xoco", "Tlaco", "Ocote", "Mezqui"], ["tle", "huete", "nostle", "pan", "lal", "tito"]],
    stfmt="{t} {s} {n}, Col. {town}, C.P. {pc}", stt=["Calle", "Cerrada", "Privada", "Av."],
    town=[["Tlal", "Xal", "Ahua", "Tepe", "Ixta", "Coyo"], ["pilco", "ostoc", "tepec", "tlixpa", "cala", "acán"]],
    pc=lambda r: f"{r.randint(1000, 99999):05d}", mail=["gmail.com", "hotmail.com", "prodigy.net.mx"],
    notes=["Familia de 5, el papá perdió el trabajo.", "Le falta despensa básica y pañales.", "Viene al comedor de la parroquia."],
    ask=["me lo resumes?", "ayúdame a ordenar esto"], order="gf")
loc("pt-BR", region="BR", iban="BR", ids=[("TAX_ID", gen_cpf, "CPF")],
    mob=["(11) 9XXXX-XXXX", "(21) 9XXXX-XXXX", "(71) 9XXXX-XXXX", "(81) 9XXXX-XXXX"], land=["(11) 3XXX-XXXX", "(21) 2XXX-XXXX"],
    lab=("Nome", "Nasc.", "Cel.", "Endereço", "E-mail"), dob="%d/%m/%Y",
    g=(["Jucilene", "Valdirene", "Deusdete", "Rosimeire", "Edivaldo", "Claudionor"], [["Jo", "Rosi", "Valdi", "Edi", "Gil", "Cleo"], ["cilene", "vânia", "nei", "valdo", "mar", "nice"]]),
    f=(["Albuquerque Lins", "Nepomuceno", "Bezerra", "Cavalcante"], [["Nepo", "Bezer", "Caval", "Alcân", "Mou"], ["muceno", "ra", "cante", "tara", "rão"]]),
    st=[["Mangue", "Jabuti", "Caju", "Goiabe", "Pitan", "Acero"], ["iras", "cabeiras", "ranas", "gueiras"]],
    stfmt="{t} das {s}, {n} - {town}, CEP {pc}", stt=["Rua", "Travessa", "Av."],
    town=[["Ita", "Boi", "Jara", "Pira", "Guara", "Ibi"], ["quera", "çucanga", "guaí", "cema", "tinga", "rapuera"]],
    pc=lambda r: f"{r.randint(1000, 99999):05d}-{r.randint(0, 999):03d}", mail=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
    notes=["Família cadastrada no CRAS, recebe cesta básica.", "Mãe solo, 3 filhos, sem renda fixa.", "Precisa de cesta com leite em pó."],
    ask=["resume isso pra mim", "organiza em tabela pfv"], order="gf")
loc("it-IT", region="IT", iban="IT", ids=[("TAX_ID", gen_cf, "Cod. fiscale")],
    mob=["33X XXX XXXX", "34X XXX XXXX", "32X XXX XXXX"], land=["06 XXXX XXXX", "02 XXXX XXXX"],
    lab=("Nominativo", "Nato/a il", "Cell.", "Indirizzo", "Email"), dob="%d/%m/%Y",
    g=(["Ottavina", "Ermenegildo", "Filomena", "Tarcisio", "Liliana", "Gervasio"], [["Otta", "Erme", "Fila", "Tarci", "Gerva", "Ombre"], ["vina", "lindo", "dora", "sio", "lina", "nzo"]]),
    f=(["Scognamiglio", "Brambillasca", "Tagliaferri", "Pinnavaia"], [["Scogna", "Bramb", "Taglia", "Pinna", "Cacci", "Fumag"], ["miglio", "illa", "ferri", "vaia", "atore", "alli"]]),
    st=[["Gelso", "Forna", "Corda", "Mulin", "Olmo", "Canape"], ["mina", "ciai", "rolo", "ella", "tello"]],
    stfmt="{t} {s} {n}, {pc} {town}", stt=["Via", "Vicolo", "Piazza"],
    town=[["Borgo", "Castel", "Monte", "Villa"], ["franco", "nuovo", "rotondo", "santo"]],
    pc=lambda r: f"{r.randint(10010, 98168):05d}", mail=["libero.it", "virgilio.it", "alice.it", "gmail.com"],
    notes=["Nucleo di 4 persone, segnalato dalla Caritas parrocchiale.", "Anziana sola, consegna a domicilio.", "ISEE scaduto, da rinnovare."],
    ask=["me lo riassumi?", "mettilo in tabella"], order="gf")
loc("nl-NL", region="NL", iban="NL", ids=[("NATIONAL_ID", gen_bsn, "BSN")],
    mob=["06 1XXXXXXX", "06 2XXXXXXX", "06 4XXXXXXX", "06 5XXXXXXX"], land=["020 XXX XXXX", "010 XXX XXXX", "030 XXX XXXX"],
    lab=("Naam", "Geb.datum", "Tel", "Adres", "E-mail"), dob="%d-%m-%Y",
    g=(["Wieteke", "Sjoerd", "Gerbrich", "Tjitske", "Reinout", "Fenneke"], [["Wie", "Sjo", "Ger", "Tjit", "Rei", "Fen"], ["teke", "erd", "brich", "ske", "nout", "neke"]]),
    f=(["Hoogeveen", "van der Molen", "Dijkstra", "Oosterhuis"], [["Hooge", "Ooster", "Wester", "Klaas", "Brouw", "Dijk"], ["veen", "huis", "kamp", "sen", "er", "hof"]]),
    st=[["Vlier", "Hoefslag", "Turfsteker", "Lijnbaan", "Zwaluw"], ["straat", "laan", "hof", "pad"]],
    stfmt="{s} {n}, {pc} {town}", stt=[""],
    town=[["Ooster", "Wester", "Noord", "Zuid"], ["wolde", "veen", "hoven", "horn"]],
    pc=lambda r: f"{r.randint(1011, 9999)} {r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}", mail=["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
    notes=["Gezin met schulden, via schuldhulp aangemeld.", "Pakket ophalen op vrijdag.", "Intake verlengd tot juni."],
    ask=["kun je dit samenvatten", "zet het in een tabel"], order="gf")
loc("pl-PL", region="PL", iban="PL", ids=[("NATIONAL_ID", gen_pesel, "PESEL")],
    mob=["5XX XXX XXX", "6XX XXX XXX", "7XX XXX XXX", "88X XXX XXX"], land=["22 XXX XX XX", "12 XXX XX XX"],
    lab=("Imię i nazwisko", "Data ur.", "Tel.", "Adres", "E-mail"), dob="%d.%m.%Y",
    g=(["Bożydar", "Wiesława", "Grzymisław", "Jadwiga", "Zdzisław", "Bogumiła"], [["Bogu", "Wie", "Zdzi", "Grzy", "Sław", "Mści"], ["miła", "sława", "sław", "mira", "omir", "wuj"]]),
    f=(["Brzęczyszczyk", "Wawrzyniak", "Chrząszczewski", "Kołodziej"], [["Wawrz", "Chrząsz", "Kołodz", "Grzyb", "Pstrąg", "Szczyg"], ["yniak", "czewski", "iej", "owska", "ała", "ielski"]]),
    st=[["Kaszta", "Ogrod", "Wiśn", "Bedna", "Jarzę", "Lesz"], ["nowa", "nicza", "iowa", "rska", "binowa", "czynowa"]],
    stfmt="{t} {s} {n}, {pc} {town}", stt=["ul.", "al.", "os."],
    town=[["Dęb", "Olsz", "Buk", "Grab", "Wierzb", "Jawor"], ["ina", "owiec", "nica", "ówka", "owo"]],
    pc=lambda r: f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}", mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    notes=["Rodzina wielodzietna, skierowanie z MOPS.", "Paczka świąteczna – 5 osób.", "Pani prosi o kontakt po 16."],
    ask=["streść to proszę", "zrób z tego tabelkę"], order="gf")
loc("tr-TR", region="TR", iban="TR", ids=[("NATIONAL_ID", gen_tck, "TC Kimlik")],
    mob=["053X XXX XX XX", "054X XXX XX XX", "0505 XXX XX XX"], land=["0212 XXX XX XX", "0312 XXX XX XX"],
    lab=("Ad Soyad", "Doğum tarihi", "Tel", "Adres", "E-posta"), dob="%d.%m.%Y",
    g=(["Gülizar", "Tayfun", "Nurcihan", "Erkut", "Şükran", "Oğuzhan"], [["Gül", "Nur", "Ay", "Tay", "Er", "Şük"], ["izar", "cihan", "sel", "fun", "kut", "riye"]]),
    f=(["Karaböcek", "Demirkaya", "Yıldırımoğlu", "Kuşçu"], [["Kara", "Demir", "Yıldız", "Akın", "Gök", "Taş"], ["böcek", "kaya", "oğlu", "soy", "türk", "dere"]]),
    st=[["Ihla", "Menek", "Çınar", "Kervan", "Lale", "Ayva"], ["mur", "şe", "altı", "saray", "dibi", "lık"]],
    stfmt="{s} {t} No:{n}, {town}, {pc}", stt=["Sok.", "Cad."],
    town=[["Yeni", "Eski", "Kara", "Ak"], ["mahalle", "köy", "pınar", "tepe"]],
    pc=lambda r: f"{r.randint(1000, 81999):05d}", mail=["gmail.com", "hotmail.com", "yandex.com.tr"],
    notes=["Depremzede aile, 4 kişi, konteyner kentte kalıyor.", "Gıda kolisi ve bebek bezi lazım.", "Muhtarlık yönlendirdi."],
    ask=["bunu özetler misin", "İngilizceye çevir lütfen"], order="gf")
loc("ar-EG", region="EG", iban="EG", ids=[("TAX_ID", gen_eg_tn, "الرقم الضريبي")],
    mob=["010 XXXX XXXX", "011 XXXX XXXX", "012 XXXX XXXX", "015 XXXX XXXX"], land=["02 2XXX XXXX"],
    lab=("الاسم", "تاريخ الميلاد", "الموبايل", "العنوان", "البريد"), dob="%d/%m/%Y",
    g=([], [["سل", "نو", "رب", "جم", "هي", "وف", "شه", "بد"], ["يمة", "ار", "وان", "يلة", "اد", "يس", "ين", "ور"]]),
    f=([], [["ال"], ["زيات", "حلوان", "قبان", "طحان", "عطار", "سمان", "فخران", "دباغ", "شماع", "بندار", "مراكب", "صوان", "بقل"], ["ي", "", "اوي"]]),
    st=[["ال"], ["جوافة", "صفصاف", "معصرة", "سواقي", "طاحونة", "ساقية", "قنطرة", "ريحان", "مشمش", "جميز"], ["ية", "", "اوي"]],
    stfmt="{n} {t} {s}، كفر {town}", stt=["شارع", "حارة", "عطفة"],
    town=[["ال"], ["حلفا", "برقوق", "جميزة", "سنط", "بلاص", "طود", "عنب", "توت"], ["اوية", "ية", ""]],
    pc=lambda r: "", mail=["gmail.com", "yahoo.com", "hotmail.com"],
    notes=["الأسرة مكونة من ٥ أفراد والأب بدون عمل.", "محتاجين كرتونة رمضان وبطاطين.", "تم التحويل من الجمعية الشرعية."],
    ask=["لخص الكلام ده من فضلك", "ترجمه للإنجليزي"], order="gf")
loc("he-IL", region="IL", iban="IL", ids=[("NATIONAL_ID", gen_il, "ת.ז.")],
    mob=["050-XXXXXXX", "052-XXXXXXX", "054-XXXXXXX", "058-XXXXXXX"], land=["02-XXXXXXX", "03-XXXXXXX"],
    lab=("שם", "ת. לידה", "טלפון", "כתובת", "מייל"), dob="%d.%m.%Y",
    g=([], [["אבי", "נוע", "יעל", "שק", "הד", "רונ", "תמ", "אוד"], ["גיל", "ית", "ה", "ד", "ר", "ן", "ליה"]]),
    f=([], [["בר", "גולד", "רוזנ", "שטיי", "אלק", "פרי"], ["זילבר", "שטיין", "בלום", "נר", "יים", "דמן"]]),
    st=[["ה"], ["דובדב", "צבעונ", "רימונ", "צפצפ", "שקד", "אלונ", "ערב", "תאנ"], ["ים", "ות", "ה"]],
    stfmt="{t} {s} {n}, נווה {town}", stt=["רחוב", "שדרות", "סמטת"],
    town=[["ה"], ["צנובר", "אשחר", "אלה", "רותם", "לוטם", "קטלב"], ["ים", "ית", ""]],
    pc=lambda r: "", mail=["gmail.com", "walla.co.il", "012.net.il"],
    notes=["משפחה חד הורית, 3 ילדים, מופנית מהרווחה.", "צריכים סל מזון לחג.", "נא להתקשר לפני ההגעה."],
    ask=["תסכם לי את זה", "תתרגם לאנגלית בבקשה"], order="gf")
loc("hi-IN", region="IN", iban=None, ids=[("NATIONAL_ID", gen_aadhaar, "आधार"), ("TAX_ID", gen_pan, "PAN")],
    mob=["98XXX XXXXX", "97XXX XXXXX", "88XXX XXXXX", "70XXX XXXXX"], land=["011 2XXX XXXX", "022 2XXX XXXX"],
    lab=("नाम", "जन्म तिथि", "मोबाइल", "पता", "ईमेल"), dob="%d-%m-%Y",
    g=([], [["सु", "अनु", "भा", "दे", "हि", "मा", "रु", "वि"], ["मित्रा", "राधा", "वना", "वांशी", "मानी", "लती", "क्मिणी", "भूति"]]),
    f=([], [["श्री", "राज", "देश", "कुल", "त्रि"], ["वास्तव", "पूत", "मुख", "श्रेष्ठ", "पाठी", "वेदी"]]),
    st=[["नीम", "पीपल", "इमली", "जामुन", "कदम", "महुआ"], ["बाड़ी", "पुरा", "टोला", "खेड़ा", "गढ़"]],
    stfmt="मकान नं. {n}, {s} मोहल्ला, {town} {pc}", stt=[""],
    town=[["राम", "सीता", "बेल", "कमल", "चंद", "सूरज"], ["पुरवा", "गंज", "नगर", "बाग", "पुर"]],
    pc=lambda r: f"{r.randint(110001, 855999)}", mail=["gmail.com", "rediffmail.com", "yahoo.co.in"],
    notes=["परिवार में 6 सदस्य, राशन कार्ड नहीं है।", "लंगर सेवा में रोज़ आते हैं।", "बच्ची की फीस के लिए मदद चाहिए।"],
    ask=["इसका सार लिख दो", "इसे English में translate करो"], order="gf")
loc("th-TH", region="TH", iban=None, ids=[("NATIONAL_ID", gen_th, "เลขประจำตัวประชาชน")],
    mob=["08X XXX XXXX", "09X XXX XXXX", "06X XXX XXXX"], land=["02 XXX XXXX"],
    lab=("ชื่อ", "วันเกิด", "โทร", "ที่อยู่", "อีเมล"), dob="thai",
    g=([], [["กัญ", "ปิ", "วร", "สุ", "ธน", "อร"], ["ญาณี", "ยะนุช", "วุฒิ", "ภัสสร", "พล", "ทัย"]]),
    f=([], [["ศรี", "แสง", "ทอง", "บุญ", "พงษ์"], ["สุวรรณ", "อรุณ", "ประเสริฐ", "เจริญสุข", "ไพบูลย์"]]),
    st=[["มะขาม", "ต้นตาล", "คลองบัว", "หม้อใหม่", "ตะเคียน", "มะเฟือง"], ["ทอง", "งาม", "เหนือ", "ใต้", "ป้อม"]],
    stfmt="{n} ซอย{s} ต.{town} {pc}", stt=[""],
    town=[["หนอง", "บาง", "ท่า", "ดอน", "โคก", "ห้วย"], ["กระทุ่ม", "ขี้เหล็ก", "ตะเคียน", "มะเฟือง", "ยาง", "สะแก"]],
    pc=lambda r: f"{r.randint(10100, 96220)}", mail=["gmail.com", "hotmail.com"],
    notes=["ครอบครัวผู้ประสบภัยน้ำท่วม 5 คน", "ต้องการถุงยังชีพและยา", "ติดต่อผ่านผู้ใหญ่บ้าน"],
    ask=["ช่วยสรุปให้หน่อย", "แปลเป็นภาษาอังกฤษ"], order="gf")
loc("ko-KR", region="KR", iban=None, ids=[("NATIONAL_ID", gen_rrn, "주민등록번호")],
    mob=["010-XXXX-XXXX"], land=["02-XXXX-XXXX", "051-XXX-XXXX"],
    lab=("성명", "생년월일", "연락처", "주소", "이메일"), dob="%Y.%m.%d",
    g=([], [["석", "육", "봉", "탁", "변", "어", "남궁", "편"], ["은", "재", "하", "도", "세", "윤"], ["솔", "람", "결", "율", "빈", "슬"]]),
    f=None, st=[["느티", "배나무", "물레", "버드", "솔숲", "은행", "감나무", "진달래"], ["길", "로", "골길"]],
    stfmt="경기도 {town} {s} {n}", stt=[""],
    town=[["가람", "소래", "한울", "누리", "다온", "새별"], ["시", "군"]],
    pc=lambda r: "", mail=["naver.com", "daum.net", "hanmail.net"],
    notes=["독거노인, 도시락 배달 대상", "기초생활수급자, 월 2회 방문", "겨울철 연탄 지원 필요"],
    ask=["요약해줘", "영어로 번역해줘"], order="one")
loc("ja-JP", region="JP", iban=None, ids=[("NATIONAL_ID", gen_jp, "マイナンバー")],
    mob=["090-XXXX-XXXX", "080-XXXX-XXXX", "070-XXXX-XXXX"], land=["03-XXXX-XXXX", "06-XXXX-XXXX"],
    lab=("氏名", "生年月日", "電話", "住所", "メール"), dob="%Y年%m月%d日",
    g=([], [["遥", "澪", "柊", "楓", "湊", "颯", "朔", "紬"], ["花", "斗", "也", "乃", "真", "音"]]),
    f=([], [["梶", "柳", "榊", "蔦", "葛", "楠", "檜", "椿"], ["ヶ谷", "沼", "之内", "淵", "垣", "瀬"]]),
    st=[["桐", "梅", "蛍", "鶯", "柿", "栗", "藤", "萩"], ["ヶ丘", "ノ木台", "沢", "谷戸", "原", "坂"]],
    stfmt="〒{pc} {town}{s}{n}丁目{m}-{k}", stt=[""],
    town=[["東", "西", "南", "北"], ["蓼科市", "霞浦町", "葛城村", "笹原市"]],
    pc=lambda r: f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}", mail=["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
    notes=["高齢の一人暮らし、配食サービス希望", "子ども食堂に毎週参加", "生活保護申請中"],
    ask=["要約してください", "英語に訳して"], order="fg")
loc("zh-CN", region="CN", iban=None, ids=[("NATIONAL_ID", gen_ric, "身份证号")],
    mob=["13X XXXX XXXX", "15X XXXX XXXX", "18X XXXX XXXX"], land=["010 XXXX XXXX", "021 XXXX XXXX"],
    lab=("姓名", "出生日期", "手机", "住址", "邮箱"), dob="%Y年%m月%d日",
    g=([], [["欧阳", "司马", "诸葛", "上官", "濮", "郜", "缪", "滕"], ["晓", "雨", "思", "沁", "景"], ["萱", "岚", "辰", "妍", "澜"]]),
    f=None, st=[["槐荫", "桑梓", "杏坛", "枫林"], ["路", "巷", "里"]],
    stfmt="{town}{s}{n}号", stt=[""],
    town=[["云岭", "清溪", "柳塘", "石桥"], ["县", "镇", "区"]],
    pc=lambda r: "", mail=["qq.com", "163.com", "126.com"],
    notes=["低保户，独居老人", "需要冬季棉衣和米油", "社区志愿者每周探访"],
    ask=["帮我总结一下", "翻译成英文"], order="one")
loc("uk-UA", region="UA", iban="UA", ids=[("TAX_ID", gen_rntrc, "РНОКПП")],
    mob=["067 XXX XX XX", "050 XXX XX XX", "063 XXX XX XX", "097 XXX XX XX"], land=["044 XXX XX XX"],
    lab=("ПІБ", "Дата народження", "Тел.", "Адреса", "Ел. пошта"), dob="%d.%m.%Y",
    g=([], [["Яро", "Бого", "Мило", "Свято", "Доро"], ["слава", "дар", "лика", "мир", "фея"]]),
    f=([], [["Гор", "Кова", "Бонда", "Стель", "Пили"], ["оденко", "льчук", "ренко", "мах", "пенко"]]),
    st=[["Калин", "Гончар", "Верб", "Бузк", "Ясен", "Черешн", "Липн"], ["ова", "на", "івська", "ицька"]],
    stfmt="{t} {s}, {n}, с. {town}, {pc}", stt=["вул.", "пров."],
    town=[["Вишн", "Озер", "Ясен", "Березн", "Калин", "Дубр"], ["івка", "не", "ики", "івці"]],
    pc=lambda r: f"{r.randint(1000, 99999):05d}", mail=["ukr.net", "gmail.com", "i.ua"],
    notes=["ВПО, сім'я з 3 осіб, евакуйовані з Харківщини.", "Потрібні ліки та продуктовий набір.", "Волонтер привезе генератор."],
    ask=["підсумуй коротко", "переклади англійською"], order="gf")
loc("el-GR", region="GR", iban="GR", ids=[("NATIONAL_ID", gen_amka, "ΑΜΚΑ"), ("TAX_ID", gen_afm, "ΑΦΜ")],
    mob=["69X XXX XXXX"], land=["21X XXX XXXX"],
    lab=("Ονοματεπώνυμο", "Ημ. γέννησης", "Κινητό", "Διεύθυνση", "Email"), dob="%d/%m/%Y",
    g=([], [["Ευ", "Αγ", "Χρυ", "Παρ", "Σπυ", "Θεο"], ["ανθία", "λαΐα", "σάνθη", "ασκευή", "ριδούλα", "πίστη"]]),
    f=([], [["Καρα", "Παπα", "Χατζη", "Μαυρο"], ["γιαννάκη", "λεξίου", "δημητρίου", "κωνσταντή", "μιχαήλ"]]),
    st=[["Κυπαρισσ", "Μυρτ", "Ανεμ", "Λιοστασ", "Πλατάν", "Αμυγδαλ"], ["ίων", "ιδίων", "όμυλων", "ιάς"]],
    stfmt="{t} {s} {n}, {pc} {town}", stt=["οδός", "πάροδος"],
    town=[["Λιβαδ", "Πευκ", "Ελαι", "Καστανο", "Κερασ"], ["ότοπος", "οχώρι", "οφυτεία", "ιά"]],
    pc=lambda r: f"{r.randint(100, 851)} {r.randint(0, 99):02d}", mail=["gmail.com", "yahoo.gr", "otenet.gr"],
    notes=["Οικογένεια με 4 παιδιά, παραπομπή από τον Δήμο.", "Χρειάζονται τρόφιμα και φάρμακα.", "Έρχεται στο συσσίτιο της ενορίας."],
    ask=["κάνε μια περίληψη", "μετάφρασε στα αγγλικά"], order="gf")
loc("sw-KE", region="KE", iban=None, ids=[("TAX_ID", gen_kepin, "KRA PIN")],
    mob=["0722 XXXXXX", "0712 XXXXXX", "0733 XXXXXX", "0701 XXXXXX"], land=["020 2XXXXXX"],
    lab=("Jina", "Tarehe ya kuzaliwa", "Simu", "Anwani", "Barua pepe"), dob="%d/%m/%Y",
    g=(["Wanjiku", "Achieng", "Kiprono", "Nyokabi", "Barasa"], [["Wan", "Nya", "Kip", "Che", "Aki", "Mwe"], ["gari", "boke", "chumba", "rono", "nyi", "ndwa"]]),
    f=(["Kamau-Otieno", "Wekesa", "Chebet"], [["Ki", "We", "Mu", "O", "Nje"], ["bet", "kesa", "thoni", "dhiambo", "roge"]]),
    st=[["Mbu", "Mko", "Mvu", "Mni", "Kib", "Mto"], ["yu", "mazi", "le", "nga", "oko", "ani"]],
    stfmt="{s} {t}, Plot {n}, {town}", stt=["Road", "Lane", "Close"],
    town=[["Kwa", "Ki", "Ru", "Gi", "Ka", "Mwi"], ["njenga", "ambaa", "iru", "chie", "hawa", "ki"]],
    pc=lambda r: "", mail=["gmail.com", "yahoo.com"],
    notes=["Familia ya watu 6, mama ni mjane.", "Wanahitaji chakula na sabuni.", "Alipewa M-Pesa wiki iliyopita."],
    ask=["fupisha hii tafadhali", "tafsiri kwa Kiingereza"], order="gf")
loc("tl-PH", region="PH", iban=None, ids=[],
    mob=["0917 XXX XXXX", "0918 XXX XXXX", "0927 XXX XXXX", "0995 XXX XXXX"], land=["02 8XXX XXXX"],
    lab=("Pangalan", "Kaarawan", "Cel", "Tirahan", "Email"), dob="%m/%d/%Y",
    g=(["Maricel", "Jhunrey", "Lovely", "Rodelio", "Analyn"], [["Jhun", "Mari", "Rod", "Ana", "Lei", "Jo"], ["rey", "cel", "elio", "lyn", "vie", "mar"]]),
    f=(["Dimaculangan", "Macaraeg", "Pangilinan"], [["Dima", "Maca", "Pangi", "Bala", "Lacs"], ["culangan", "raeg", "linan", "tbat", "amana"]]),
    st=[["Sampa", "Kama", "Narr", "Ilang", "Dama", "Bagu"], ["guita", "gong", "a", "sig", "ngo", "lan"]],
    stfmt="{n} {s} {t}, Brgy. {town}", stt=["St.", "Ext."],
    town=[["Silang", "Pag", "Maly", "Bago", "Tala", "Luwa"], ["anan", "asa", "ong", "bayan", "hib", "ngan"]],
    pc=lambda r: "", mail=["gmail.com", "yahoo.com"],
    notes=["Pamilya ng 5, nasunugan noong Sabado.", "Kailangan ng bigas at gatas ng bata.", "Referral galing sa barangay."],
    ask=["pakisummarize", "i-translate sa English pls"], order="gf")
loc("en-ZA", region="ZA", iban=None, ids=[("NATIONAL_ID", gen_za, "ID no.")],
    mob=["082 XXX XXXX", "083 XXX XXXX", "072 XXX XXXX", "071 XXX XXXX"], land=["021 XXX XXXX", "011 XXX XXXX"],
    lab=("Name", "DOB", "Cell", "Address", "Email"), dob="%Y-%m-%d",
    g=(["Nomvula", "Thandeka", "Sipho", "Lerato", "Ruan", "Zanele"], [["Nom", "Tha", "Si", "Le", "Bon", "Zo"], ["vula", "ndeka", "phiwe", "rato", "gani", "lani"]]),
    f=(["Mahlangu", "van Wyk", "Dlamini", "Mokoena"], [["Mah", "Mok", "Dla", "Ngu", "Bo"], ["langu", "oena", "mini", "bane", "tha"]]),
    st=[["Prot", "Mar", "Kieper", "Fyn", "Bosb", "Rooi"], ["ea", "ula", "sol", "bos", "essie", "kat"]],
    stfmt="{n} {s} {t}, {town}, {pc}", stt=["Street", "Avenue", "Crescent"],
    town=[["Mame", "Khaye", "Tem", "Del", "Soshan", "Mabo"], ["lodi", "litsha", "bisa", "ft", "guve", "peng"]],
    pc=lambda r: f"{r.randint(1000, 9999)}", mail=["gmail.com", "webmail.co.za", "vodamail.co.za"],
    notes=["Gogo looks after 4 grandkids, SASSA grant only.", "Needs food parcel + school shoes.", "Referred by the ward councillor's office."],
    ask=["pls summarise", "make it a table"], order="gf")
loc("id-ID", region="ID", iban=None, ids=[("NATIONAL_ID", gen_nik, "NIK")],
    mob=["0812-XXXX-XXXX", "0813-XXXX-XXXX", "0857-XXXX-XXXX", "0878-XXXX-XXXX"], land=["021 XXXX XXXX"],
    lab=("Nama", "Tgl lahir", "HP", "Alamat", "Email"), dob="%d-%m-%Y",
    g=(["Sulastri", "Wahyudi", "Ratnasari", "Bambang", "Endang"], [["Sri", "Wah", "Ratna", "Endah", "Tri", "Dwi"], ["yuni", "yudi", "sari", "wati", "anto", "astuti"]]),
    f=(["Suryadinata", "Hartono", "Siregar"], [["Surya", "Harta", "Sire", "Nugro", "Pra"], ["dinata", "wijaya", "gar", "ho", "setyo"]]),
    st=[["Kenan", "Cemp", "Flamb", "Sawo", "Melat", "Dahl"], ["ga", "aka", "oyan", "kecik", "i", "ia"]],
    stfmt="{t} {s} No. {n}, RT 0{m}/RW 0{k}, Kel. {town}", stt=["Jl.", "Gg."],
    town=[["Suka", "Tanjung", "Karang", "Mekar", "Sindang", "Cipa"], ["maju", "sari", "anyar", "jaya", "laya", "nas"]],
    pc=lambda r: "", mail=["gmail.com", "yahoo.co.id"],
    notes=["Keluarga prasejahtera, 5 orang, suami buruh harian.", "Butuh sembako dan susu balita.", "Rujukan dari pengurus masjid."],
    ask=["tolong ringkas ya", "terjemahkan ke Inggris"], order="gf")

LOCS = list(L)
THAI_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def build_pools(rng):
    for code, d in L.items():
        seeds, parts = d["g"]
        d["given"] = make_pool(code + ":given", seeds, parts, rng)
        if d["f"] is None:
            d["family"] = None
        else:
            fseeds, fparts = d["f"]
            d["family"] = make_pool(code + ":family", fseeds, fparts, rng)
        d["streets"] = make_pool(code + ":street", [], d["st"], rng, want=10)
        d["towns"] = make_pool(code + ":town", [], d["town"], rng, want=8)


# ----------------------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------------------
def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s.lower().replace("ł", "l").replace("ß", "ss").replace("ı", "i"))
    return re.sub(r"[^a-z]", "", s)


def make_person(rng, code):
    d = L[code]
    female = rng.random() < 0.55
    given = rng.choice(d["given"])
    fam = rng.choice(d["family"]) if d["family"] else None
    if d["order"] == "one":
        full = given
    elif d["order"] == "fg":
        full = f"{fam} {given}"
    else:
        full = f"{given} {fam}"
    dob = dt.date(rng.randint(1938, 2012), rng.randint(1, 12), rng.randint(1, 28))
    if d["dob"] == "thai":
        dob_s = f"{dob.day} {THAI_MONTHS[dob.month - 1]} {dob.year + 543}"
    else:
        dob_s = dob.strftime(d["dob"])
    n = rng.randint(2, 148)
    addr = d["stfmt"].format(n=n, s=rng.choice(d["streets"]), t=rng.choice(d["stt"]), town=rng.choice(d["towns"]),
                             pc=d["pc"](rng), m=rng.randint(1, 9), k=rng.randint(1, 30)).replace("  ", " ").strip(" ,")
    slug = ascii_slug(given) or "user"
    fslug = ascii_slug(fam or "") or str(rng.randint(10, 99))
    user = rng.choice([f"{slug}.{fslug}", f"{slug}{fslug[:1]}{rng.randint(60, 99)}", f"{fslug}{slug[:1]}{rng.randint(1, 999)}",
                       f"{slug}_{rng.randint(1970, 2005)}"]) if slug != "user" else f"{code[:2]}{rng.randint(10000, 99999)}"
    if not re.search(r"[a-z]{2}", user):
        user = f"{code[:2]}.{rng.randint(10000, 99999)}"
    return {"given": given, "family": fam, "full": full, "female": female, "dob": dob, "dob_s": dob_s, "addr": addr,
            "phone": phone_from(rng, d["region"], d["mob"]), "email": f"{user}@{rng.choice(d['mail'])}",
            "sex_digit": "2" if female else "1"}


# ----------------------------------------------------------------------------------------------------------
# the nine kinds
# ----------------------------------------------------------------------------------------------------------
KINDS = {
    "food_bank": dict(
        sys=["You help the referral desk of a community food bank.", "Assistant for a food pantry's volunteer coordinators."],
        title=["FOOD BANK REFERRAL / e-voucher", "Pantry intake form", "Delivery slip - housebound clients"],
        ask=["can u tidy this referral into our intake format", "pls summarise for the warehouse team, short",
             "check if anythings missing before i send to the distribution centre", "turn this into a delivery list for the drivers",
             "translate the notes to english for saturday's volunteers"],
        notes=["Household of {a} adults, {c} children. Needs nappies size 4.", "Benefit sanction, no gas credit, give kettle pack (no-cook).",
               "Dietary: halal, no pork gelatine. Diabetic adult in hh.", "3rd voucher in 6 months, signpost to debt advice per policy.",
               "Delivery only, mobility issues, ring before arriving."],
        extra=[("Voucher", lambda r: f"FB-{r.randint(20000, 99999)}"), ("Referral agency", lambda r: r.choice(["CAB", "Health visitor", "Job centre", "School family liaison"]))],
        tool="create_food_referral", file="referral", ref=lambda r: f"voucher FB-{r.randint(20000, 99999)}",
        agg=lambda r: f"{r.randint(180, 900)} parcels issued this quarter, {r.randint(25, 48)}% to households with children, {r.randint(3, 11)} tonnes of food donated",
        public=["opened the new warehouse and thanked the volunteers", "spoke at the launch of the winter holiday-hunger campaign"],
        blank="Client name: ____________  DOB: __/__/____  Phone: ______________  Postcode: ______  No. of children: __"),
    "shelter_outreach": dict(
        sys=["You assist a street outreach team and a winter night shelter.", "Helper for a homelessness charity's case workers."],
        title=["Outreach contact note", "Night shelter bed log", "Rough sleeper verification"],
        ask=["write this up as a proper case note for the rota", "summarise for handover to the day centre",
             "make this into the verification email for the council", "what follow-ups are needed from this note?"],
        notes=["Bedded down behind the multi-storey, sleeping bag wet. Accepted hot drink.", "NRPF, needs immigration advice referral.",
               "Reports chest pain, encouraged to attend walk-in centre, declined.", "Dog with him, shelter can't take pets, explored kennel option.",
               "Verified as rough sleeping 3 nights running. SWEP active."],
        extra=[("Contact ref", lambda r: f"OUT-{r.randint(1000, 9999)}"), ("Pitch", lambda r: r.choice(["bus station", "church porch", "underpass", "car park level 2"]))],
        tool="log_outreach_contact", file="outreach_note", ref=lambda r: f"CHAIN ref {r.randint(100000, 999999)}",
        agg=lambda r: f"Street count: {r.randint(12, 80)} people bedded down, {r.randint(5, 30)} new to the streets, average age band 26-45",
        public=["visited the night shelter with the housing minister", "opened the new winter assessment hub"],
        blank="Name/alias: __________  DOB or est. age: ____  Nationality: ______  Location seen: __________  GP: ______"),
    "donor_care": dict(
        sys=["You help the supporter care team of a charity with donor records.", "CRM assistant for fundraising and donor stewardship."],
        title=["Supporter record (CRM export)", "Gift Aid declaration", "Direct debit mandate", "Online donation - payment log"],
        ask=["draft a thank you letter for this donor, warm but short", "dedupe these supporter records",
             "is this gift aid declaration complete?", "convert to our CRM import format", "write the email confirming the regular gift"],
        notes=["Legacy pledger, prefers post, no phone calls.", "Monthly gift increased from 10 to 15.", "Asked to be removed from raffle mailings.",
               "Donated in memory of her late husband.", "Card declined twice, updated details by phone."],
        extra=[("Supporter ID", lambda r: f"SUP{r.randint(100000, 999999)}"), ("Campaign", lambda r: r.choice(["XMAS25", "SPRINGAPPEAL", "LENT-26", "ZAKAT26"]))],
        tool="upsert_supporter", file="supporters_export", ref=lambda r: f"Gift Aid claim ref GA{r.randint(1000000, 9999999)}",
        agg=lambda r: f"{r.randint(1200, 9000)} active regular givers, average gift {r.randint(8, 25)}.{r.randint(0, 99):02d}, attrition {r.randint(6, 19)}% p.a.",
        public=["announced the charity's annual results", "thanked supporters in the Christmas appeal video"],
        blank="Title: ___ First name: ________ Surname: ________ Home address: ____________ I want to Gift Aid my donation [ ]"),
    "grant_making": dict(
        sys=["You support a grant-making foundation's programme officers.", "Assistant for a community foundation's grants team."],
        title=["Grant application - due diligence", "Trustee declaration", "End-of-grant report", "Grant payment request"],
        ask=["summarise the application for the panel", "what's missing for due diligence?", "draft the award letter",
             "check the payment details against the application", "score this against our criteria"],
        notes=["Unrestricted funding requested for 3 years.", "Trustee board of 5, one trustee also paid staff member — conflict declared.",
               "Latest accounts overdue at the regulator.", "Project reached 412 young people, target 350.", "Match funding from the council confirmed."],
        extra=[("Application", lambda r: f"APP-{r.randint(2024, 2026)}-{r.randint(100, 999)}"), ("Fund", lambda r: r.choice(["Small Grants", "Core Costs", "Youth Fund", "Emergency"]))],
        tool="record_grant_application", file="application", ref=lambda r: f"grant ref G{r.randint(2024, 2026)}/{r.randint(1000, 9999)}",
        agg=lambda r: f"{r.randint(80, 400)} applications received, {r.randint(20, 60)} funded, total awarded {r.randint(300, 2500)}k, median grant {r.randint(5, 30)}k",
        public=["chaired the awards panel and announced the new fund", "said in the foundation's annual review"],
        blank="Lead contact: __________  Role: ______  Organisation: __________  Bank account name: __________  Sort code: __-__-__"),
    "humanitarian_field": dict(
        sys=["You assist an NGO field office with beneficiary data and reports.", "Field office helper for a humanitarian cash programme."],
        title=["Beneficiary registration", "Cash transfer list - mobile money", "Clinic referral slip", "Protection incident (PSEA restricted)"],
        ask=["clean up this registration batch", "prepare the payment list for the mobile money provider",
             "summarise for the weekly sitrep", "translate this from the local staff notes", "flag duplicates between the two lists"],
        notes=["HH size 7, female-headed, arrived after the floods.", "Vulnerability: pregnant woman, PLW ration.", "Tent in block C4, shares latrine with 3 HHs.",
               "MUAC 11.2 cm for the youngest child, referred to OTP.", "Lost documents in displacement, ID copy only."],
        extra=[("Case", lambda r: f"HH-{r.randint(10000, 99999)}"), ("Site", lambda r: r.choice(["Block C4", "Zone 3 North", "Transit site B", "Host comm."]))],
        tool="register_beneficiary", file="registration", ref=lambda r: f"waybill WB-{r.randint(100000, 999999)}",
        agg=lambda r: f"Distribution round {r.randint(2, 12)}: {r.randint(800, 6000)} HHs reached, {r.randint(48, 61)}% female-headed, {r.randint(2, 9)}% complaints via hotline",
        public=["briefed the press on the flood response", "visited the transit site with the UN coordinator"],
        blank="HH head: __________ ID doc type/no: __________ HH size: __ Phone (mobile money): __________ GPS: ______"),
    "faith_community": dict(
        sys=["You help a parish office / mosque committee / synagogue / temple with admin.", "Assistant for a faith community's administrator."],
        title=["Baptism register entry", "Zakat application", "Synagogue membership renewal", "Prayer list for the Sunday bulletin", "Temple seva sign-up"],
        ask=["tidy this for the register", "write a pastoral reply", "summarise for the committee meeting",
             "make the bulletin text from this", "check the standing order details"],
        notes=["Parents married at this church, godparents both confirmed.", "Widow, applying for zakat for rent arrears.", "In hospital after a fall, asked for a visit from the rabbi.",
               "Family wants the bar mitzvah on Shabbat Chanukah.", "Offers seva in the langar kitchen on Sundays."],
        extra=[("Register no.", lambda r: f"{r.randint(1, 9)}/{r.randint(100, 999)}"), ("Occasion", lambda r: r.choice(["Baptism", "Zakat", "Membership", "Prayer list", "Seva"]))],
        tool="update_member", file="register_entry", ref=lambda r: f"Gift Aid small donations ref GASDS-{r.randint(1000, 9999)}",
        agg=lambda r: f"Average Sunday attendance {r.randint(60, 400)}, Eid prayers {r.randint(500, 3000)} attendees, {r.randint(10, 80)} baptisms this year",
        public=["preached at the cathedral's Easter vigil", "led Friday prayers and spoke about refugees", "gave the Yom Kippur sermon at the central synagogue"],
        blank="Child's name: __________ Date of birth: ________ Parents: __________ Godparents: __________ Priest: ______"),
    "volunteer_rota": dict(
        sys=["You help a volunteer coordinator with rotas and onboarding.", "Rota assistant for a charity shop and soup kitchen."],
        title=["Volunteer rota (export)", "Volunteer onboarding form", "Emergency contacts", "DBS check tracker"],
        ask=["fill the gaps in saturday's rota", "make a whatsapp message asking for cover", "who hasn't done their DBS yet?",
             "sort by availability", "write a welcome email to the new volunteers"],
        notes=["Can't lift, prefers till or sorting.", "Available term-time only.", "Drives the van, full licence checked.",
               "Needs reference from previous role.", "Under 18 — must be paired with adult."],
        extra=[("Shift", lambda r: r.choice(["Sat AM", "Tue PM", "Sun kitchen", "Wed van"])), ("Role", lambda r: r.choice(["sorter", "driver", "till", "kitchen", "befriender"]))],
        tool="assign_shift", file="rota", ref=lambda r: f"DBS certificate tracking no. {r.randint(100000000000, 999999999999)}",
        agg=lambda r: f"{r.randint(40, 300)} active volunteers, {r.randint(1500, 9000)} hours this year, {r.randint(5, 30)}% aged 65+",
        public=["volunteered on the Christmas Day lunch, as the local MP", "presented long-service awards at the volunteers' evening"],
        blank="Volunteer: __________ Phone: __________ Emergency contact: __________ (relationship: ____) DBS no.: ________"),
    "safeguarding": dict(
        sys=["You assist the designated safeguarding lead of a charity.", "Safeguarding log assistant (restricted access)."],
        title=["Safeguarding concern form", "DSL log entry", "Referral to children's services", "Online safety incident"],
        ask=["write this up factually for the safeguarding log", "draft the referral to the LADO", "summarise for the trustees (keep it factual)",
             "what are the next steps under our policy?", "check this concern form is complete"],
        notes=["Child disclosed at youth club that older cousin takes her phone and messages.", "Volunteer seen giving lifts alone to a young person.",
               "Bruising on forearm, explanation inconsistent.", "Adult at risk, possible financial abuse by carer.", "Messages from an adult account asking to meet."],
        extra=[("Concern ref", lambda r: f"SG-{r.randint(2024, 2026)}-{r.randint(100, 999)}"), ("Setting", lambda r: r.choice(["youth club", "holiday club", "befriending", "choir", "madrasa"]))],
        tool="log_concern", file="concern", ref=lambda r: f"case SG-{r.randint(2024, 2026)}-{r.randint(100, 999)}",
        agg=lambda r: f"{r.randint(4, 40)} concerns logged this year, {r.randint(1, 12)} referred externally, training completion {r.randint(70, 99)}%",
        public=["published the independent safeguarding review", "apologised publicly on behalf of the diocese"],
        blank="Name of child/adult: __________ DOB: ________ Concern (facts only): ______________ Reported to DSL at: __:__"),
    "newsletter_events": dict(
        sys=["You help a small charity with its newsletter and events.", "Comms assistant for a parish and a local charity."],
        title=["Mailing list export", "Event RSVPs", "Newsletter sign-ups (web form log)", "Birthday list for the lunch club"],
        ask=["clean this list for mailchimp", "write the reminder email for the event", "how many confirmed?",
             "merge the two lists", "draft the newsletter paragraph"],
        notes=["Wheelchair access needed.", "Bringing 2 guests.", "Unsubscribed from SMS.", "Wants large-print newsletter.", "Vegetarian, nut allergy."],
        extra=[("Event", lambda r: r.choice(["Quiz night", "Iftar", "Harvest supper", "Sponsored walk", "Carol service"])), ("Table", lambda r: str(r.randint(1, 20)))],
        tool="add_subscriber", file="contacts", ref=lambda r: f"ticket #{r.randint(10000, 99999)}",
        agg=lambda r: f"Open rate {r.randint(28, 61)}%, click rate {r.randint(2, 9)}%, {r.randint(300, 5000)} subscribers, {r.randint(40, 400)} RSVPs",
        public=["will open the summer fair", "is the guest speaker at the charity ball"],
        blank="Name: ________ Email: ________ [ ] I'd like to receive the newsletter  [ ] SMS  Signature: ________"),
}
KIND_NAMES = list(KINDS)

# public figures of this world (checked against the freeze; fallback is a role without a name)
PUBLIC_SEED = ["Henry Dunant", "Eglantyne Jebb", "Thomas Barnardo", "Octavia Hill", "Elizabeth Fry", "Cicely Saunders",
               "Abdul Sattar Edhi", "Baba Amte", "Kailash Satyarthi", "Wangari Maathai", "Muhammad Yunus", "Fridtjof Nansen",
               "Chad Varah", "Dorothy Day", "Oscar Romero", "William Booth", "Jane Addams", "Albert Schweitzer",
               "Leymah Gbowee", "Abbé Pierre", "Coluche", "Vinoba Bhave", "Irena Sendler", "Eleanor Rathbone", "Joseph Rowntree",
               "Catherine Booth", "Frère Roger", "Clara Barton", "Mary Seacole", "Rigoberta Menchú", "Bob Geldof"]
PUBLIC_ROLES = ["the Archbishop", "the Chief Rabbi", "the Grand Mufti", "the Mayor", "the charity's chief executive", "the Bishop",
                "the Minister for Communities", "the foundation's chair"]
FICTION_SEED = ["Ebenezer Scrooge", "Tiny Tim", "Jean Valjean", "Bishop Myriel", "Oliver Twist", "Paddington Bear", "Boaz",
                "the Good Samaritan", "the Prodigal Son", "Mrs Jellyby", "Sister Julienne", "Father Brown", "Pollyanna", "Heidi",
               "Fezziwig", "Wackford Squeers", "Mrs Pardiggle", "Magwitch", "Gavroche", "Fantine", "Cosette", "Zacchaeus",
               "Bartimaeus", "Dorcas", "Barnabas", "Mr Micawber", "Tabitha"]
EPONYM_SEED = ["St Vincent de Paul Society", "Nightingale Ward", "St Martin's Hall", "Nansen passport", "Good Samaritan Fund",
               "Barnardo Hall", "Saint Nicholas Appeal", "Zacchaeus House"]
ORG_PARTS = [["Ashen", "Bright", "Corn", "Dove", "Elm", "Fern", "Glen", "Hollin", "Lark", "Merri", "Rowan", "Thistle"],
             ["mere", "wick", "stead", "brook", "haven", "holt", "field", "ford"]]
ORG_KIND = ["Community Pantry", "Trust", "Foundation", "Night Shelter", "Aid Network", "Welcome Centre", "Befrienders"]


# ----------------------------------------------------------------------------------------------------------
# record assembly
# ----------------------------------------------------------------------------------------------------------
class Rec:
    def __init__(self):
        self.issued = []

    def put(self, typ, value):
        self.issued.append((typ, value))
        return value


def search_text(body):
    parts = [json.dumps(body, ensure_ascii=False)]

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "file_data" and isinstance(v, str) and "base64," in v:
                    parts.append(base64.b64decode(v.split("base64,", 1)[1]).decode("utf-8"))
                elif k == "url" and isinstance(v, str):
                    parts.append(urllib.parse.unquote(v))
                else:
                    walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, str):
            parts.append(o)
            if o.strip().startswith("{"):
                try:
                    parts.append(json.dumps(json.loads(o), ensure_ascii=False))
                except Exception:
                    pass
    walk(body)
    return "\n".join(parts)


def entities_of(rec, body):
    txt = search_text(body)
    seen, out = set(), []
    for typ, val in rec.issued:
        if val and val in txt and (typ, val) not in seen:
            seen.add((typ, val))
            out.append({"type": typ, "value": val})
    return sorted(out, key=lambda e: (e["type"], e["value"]))


def typo(rng, s):
    if len(s) < 12 or rng.random() < 0.6:
        return s
    i = rng.randrange(3, len(s) - 3)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def person_items(rng, rec, code, P, kind, k_items):
    """Issue the fields of one person for a document of this kind; returns list of (label, value)."""
    d = L[code]
    lab = d["lab"]
    fields = [(lab[0], rec.put("person", P["full"]))]
    want = {
        "food_bank": ["phone", "addr", "dob", "id"], "shelter_outreach": ["dob", "id", "mrn", "phone"],
        "donor_care": ["email", "addr", "iban", "card", "phone", "id"], "grant_making": ["email", "dob", "iban", "id", "addr"],
        "humanitarian_field": ["phone", "id", "dob", "addr", "mrn"], "faith_community": ["dob", "addr", "phone", "email", "iban"],
        "volunteer_rota": ["phone", "email", "dob", "id", "addr"], "safeguarding": ["dob", "addr", "phone", "id", "mrn", "ip"],
        "newsletter_events": ["email", "phone", "ip", "addr", "dob"]}[kind]
    chosen = want[:k_items]
    for w in chosen:
        if w == "phone":
            fields.append((lab[2], rec.put("PHONE_NUMBER", P["phone"])))
        elif w == "email":
            fields.append((lab[4], rec.put("EMAIL_ADDRESS", P["email"])))
        elif w == "addr":
            fields.append((lab[3], rec.put("STREET_ADDRESS", P["addr"])))
        elif w == "dob":
            fields.append((lab[1], rec.put("DATE_OF_BIRTH", P["dob_s"])))
        elif w == "id" and d["ids"]:
            typ, gen, idl = d["ids"][rng.randrange(len(d["ids"]))]
            fields.append((idl, rec.put(typ, gen(rng, P))))
        elif w == "mrn":
            pre = {"de-DE": "Pat.-Nr.", "fr-FR": "IPP", "es-ES": "NHC", "it-IT": "Cartella", "nl-NL": "Patiëntnr."}.get(code, "MRN")
            fields.append(("Hospital no.", rec.put("MEDICAL_RECORD", gen_mrn(rng, P, pre))))
        elif w == "iban":
            if d["iban"]:
                fields.append(("IBAN", rec.put("IBAN_CODE", gen_iban(rng, d["iban"]))))
            elif code == "en-US":
                r, a = gen_us_bank(rng)
                fields.append(("Routing", rec.put("US_BANK_NUMBER", r)))
                fields.append(("Account", rec.put("US_BANK_NUMBER", a)))
        elif w == "card":
            fields.append(("Card", rec.put("CREDIT_CARD", gen_card(rng))))
        elif w == "ip":
            fields.append(("IP", rec.put("IP_ADDRESS", gen_ip(rng))))
    return fields


def local_note(rng, code, K):
    d = L[code]
    lines = [rng.choice(K["notes"]).format(a=rng.randint(1, 3), c=rng.randint(0, 5))]
    if d["notes"] and rng.random() < 0.75:
        lines.insert(0, rng.choice(d["notes"]))
    return " ".join(lines)


def sensitive_doc(rng, rec, code, kind, style_i):
    K = KINDS[kind]
    d = L[code]
    fmt = ["form", "csv", "json", "note", "email", "chat"][style_i % 6]
    P = make_person(rng, code)
    items = person_items(rng, rec, code, P, kind, rng.randint(2, 5))
    title = rng.choice(K["title"])
    extra = [(n, g(rng)) for n, g in K["extra"]]
    if fmt == "form":
        body = "\n".join([title, "-" * len(title)] + [f"{a}: {b}" for a, b in extra + items] + ["Notes: " + local_note(rng, code, K)])
    elif fmt == "csv":
        people = [items]
        for _ in range(rng.randint(1, 3)):
            Q = make_person(rng, code)
            people.append(person_items(rng, rec, code, Q, kind, len(items) - 1))
        cols = [a for a, _ in people[0]]
        rows = [";".join(cols + [extra[0][0]])]
        for p in people:
            vals = dict(p)
            rows.append(";".join(f'"{vals.get(c, "")}"' for c in cols) + ";" + K["extra"][0][1](rng))
        body = f"{title} (export {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d})\n" + "\n".join(rows)
    elif fmt == "json":
        obj = {"record_type": kind, **{a: b for a, b in extra}, "person": {a: b for a, b in items},
               "notes": local_note(rng, code, K), "consent": {"email": rng.random() < 0.5, "post": True}}
        body = json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    elif fmt == "note":
        parts = [f"{extra[0][1]} — {title.lower()}.", f"Seen {P['full']} today."]
        for a, b in items[1:]:
            parts.append(f"{a} {b}.")
        parts.append(local_note(rng, code, K))
        body = typo(rng, " ".join(parts))
    elif fmt == "email":
        sig = "\n".join(b for _, b in items)
        body = (f"Subject: Re: {title}\n\nHi,\n{local_note(rng, code, K)}\n{rng.choice(['Thanks so much', 'Many thanks', 'Cheers', 'God bless'])},\n{sig}")
    else:
        hh = f"{rng.randint(7, 21)}:{rng.randint(0, 59):02d}"
        lines = [f"[{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}, {hh}] Coordinator: {local_note(rng, code, K)}"]
        for a, b in items:
            lines.append(f"[{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}, {hh}] {P['given']}: {a} {b}")
        body = "\n".join(lines)
    return body, fmt


def incidental_doc(rng, rec, code, kind):
    K = KINDS[kind]
    P = make_person(rng, code)
    filler = [f"{K['title'][0]} — weekly update.", K["agg"](rng) + ".", local_note(rng, code, K),
              f"Next team meeting {rng.choice(['Tuesday', 'Thursday'])} at {rng.randint(9, 18)}:00 in the hall.",
              "Reminder: keep the back door locked after 6pm, and log every key you take.",
              "Donations in: 14 crates tins, 6 bags toiletries, 2 boxes school uniform.", K["agg"](rng) + "."]
    which = rng.randrange(3)
    if which == 0:
        cue = rng.choice(["my neighbour", "the caretaker's wife", "our treasurer's son", "my sister-in-law", "the verger"])
        item = f"{cue} {rec.put('person', P['given'])} says she can do the Saturday shift if someone covers the till."
    elif which == 1:
        item = f"If the van won't start again just ring me on {rec.put('PHONE_NUMBER', P['phone'])} (my own mobile, not the office)."
    else:
        item = f"For the DBS form I still need your date of birth, mine is {rec.put('DATE_OF_BIRTH', P['dob_s'])} if that helps as an example."
    filler.insert(rng.randint(2, len(filler)), item)
    return "\n".join(filler), "incidental"


def org_name(rng):
    return f"{rng.choice(ORGS)} {rng.choice(ORG_KIND)}"


def benign_doc(rng, code, kind, i):
    K = KINDS[kind]
    d = L[code]
    which = ["public", "org", "blank", "test", "refs", "agg", "anon", "fiction"][i % 8]
    org = org_name(rng)
    dom = re.sub(r"[^a-z]", "", org.lower()) + rng.choice([".org.uk", ".org", ".ngo", ".church"])
    if which == "public":
        who = rng.choice(PUBLIC + [None])
        if who:
            t = f"As {who} wrote, charity begins with listening. Our {rng.choice(K['title']).lower()} process follows that idea."
        else:
            t = f"Press release: {rng.choice(PUBLIC_ROLES)} {rng.choice(K['public'])}. {K['agg'](rng)}."
        t += f" Media enquiries: press@{dom}."
    elif which == "org":
        land = phone_from(rng, d["region"], d["land"])
        t = (f"{org}\nRegistered office: {rng.randint(1, 90)} {rng.choice(d['streets'])}, {rng.choice(d['towns'])}\n"
             f"Switchboard {land} (Mon-Fri 9-5) · referrals@{dom} · info@{dom}\nRegistered charity no. {rng.randint(1000000, 1199999)}"
             f" · Company no. {rng.randint(10000000, 15999999):08d}\nOur {rng.choice(K['title']).lower()} team replies within 3 working days.")
    elif which == "blank":
        t = f"{rng.choice(K['title'])} (BLANK TEMPLATE — do not fill in here)\n{K['blank']}\n{d['lab'][0]}: [NAME]  {d['lab'][1]}: DD/MM/YYYY  {d['lab'][2]}: [PHONE]"
    elif which == "test":
        t = (f"Test data for the {K['tool']} integration (sandbox only):\nname=Test Supporter, email=jane.doe@example.org, "
             f"card=4242 4242 4242 4242 exp 12/34, iban=GB82 WEST 1234 5698 7654 32, ip=192.0.2.{rng.randint(1, 254)}, "
             f"phone=07700 900{rng.randint(100, 999)} (Ofcom drama range), ssn=000-00-0000")
    elif which == "refs":
        t = (f"{K['ref'](rng)}; batch {rng.randint(1000, 9999)}-{rng.choice('ABCDEFG')}; PO {rng.randint(4500000000, 4599999999)}; "
             f"shipment {rng.randint(100000000000, 999999999999)}; {K['extra'][0][0]} {K['extra'][0][1](rng)}; "
             f"ISBN 978-0-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}; invoice INV-{rng.randint(20000, 99999)} dated 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
    elif which == "agg":
        rows = [f"{m},{rng.randint(40, 400)},{rng.randint(5, 60)},{rng.randint(0, 12)}" for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]]
        t = f"{K['agg'](rng)}\nmonth,households,new,referred_on\n" + "\n".join(rows) + "\n(no row below 5 shown; small numbers suppressed)"
    elif which == "anon":
        t = (f"{rng.choice(K['title'])} — ANONYMISED for training\nClient: [REDACTED] (ref {K['extra'][0][1](rng)})\n"
             f"Age band: {rng.choice(['18-24', '25-34', '35-49', '50-64', '65+'])}. Area: [postcode district removed]\n"
             f"{local_note(rng, code, K)} Contact details withheld per data-protection policy.")
    else:
        f = rng.choice(FICTION)
        e = rng.choice(EPONYMS)
        t = (f"Script notes: {f} appears in the second scene of the nativity / fundraiser reading. Rehearsal in the {e} on "
             f"{rng.choice(['Saturday', 'Wednesday'])}. Costumes from the charity shop. {K['agg'](rng)}.")
    if d["notes"] and which in ("agg", "refs", "org") and rng.random() < 0.5:
        t += "\n" + rng.choice(d["ask"])
    return t, which


MODELS = ["hybridgate/auto"] * 5 + ["gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet", "llama-3.1-70b-instruct"]
PLACES = ["user", "system", "assistant_echo", "tool_result", "content_parts", "file_part", "tool_call_args", "tool_schema",
          "response_format", "image_url", "user_field"]


def wrap(rng, code, kind, doc, place, sensitive, rec, P_user=None):
    K = KINDS[kind]
    d = L[code]
    ask = rng.choice(d["ask"]) if (d["ask"] and rng.random() < 0.45) else typo(rng, rng.choice(K["ask"]))
    sysm = {"role": "system", "content": rng.choice(K["sys"])}
    body = {"model": rng.choice(MODELS)}
    if place == "user":
        msgs = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif place == "system":
        msgs = [{"role": "system", "content": f"{sysm['content']}\nCurrent record:\n{doc}"}, {"role": "user", "content": ask}]
    elif place == "assistant_echo":
        msgs = [sysm, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": f"Received:\n{doc}"},
                {"role": "user", "content": ask}]
    elif place == "tool_result":
        cid = f"call_{rng.randint(10 ** 8, 10 ** 9)}"
        msgs = [sysm, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                    "name": "crm_fetch", "arguments": json.dumps({"ref": K["extra"][0][1](rng)})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc}]
        body["tools"] = [{"type": "function", "function": {"name": "crm_fetch", "description": "Fetch a record by reference",
                                                           "parameters": {"type": "object", "properties": {"ref": {"type": "string"}}}}}]
    elif place == "content_parts":
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif place == "file_part":
        fn = f"{K['file']}_{rng.randint(1, 99):02d}.{rng.choice(['txt', 'csv', 'md'])}"
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {
            "filename": fn, "file_data": "data:text/plain;base64," + base64.b64encode(doc.encode("utf-8")).decode()}}]}]
    elif place == "tool_call_args":
        cid = f"call_{rng.randint(10 ** 8, 10 ** 9)}"
        msgs = [sysm, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                    "name": K["tool"], "arguments": json.dumps({"source_text": doc, "priority": rng.choice(["low", "normal", "urgent"])}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "queued"})},
                {"role": "user", "content": "ok now confirm what you saved"}]
        body["tools"] = [{"type": "function", "function": {"name": K["tool"], "parameters": {"type": "object", "properties": {
            "source_text": {"type": "string"}, "priority": {"type": "string"}}}}}]
    elif place == "tool_schema":
        msgs = [sysm, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": K["tool"], "description": "Save a record. Example input:\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]
    elif place == "response_format":
        msgs = [sysm, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": K["tool"], "schema": {
            "type": "object", "properties": {"summary": {"type": "string"}, "source": {"type": "string", "examples": [doc]}}}}}
    elif place == "image_url":
        q = urllib.parse.quote(doc, safe="")
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": ask + "\n(photo of the paper form attached; its OCR text is in the link)"},
                                                   {"type": "image_url", "image_url": {"url": f"https://forms.{rng.choice(['scan', 'ocr', 'img'])}-host.net/render?doc={q}"}}]}]
    else:  # user_field
        msgs = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        if sensitive and P_user is not None:
            body["user"] = rec.put("EMAIL_ADDRESS", P_user["email"])
        else:
            body["user"] = rng.choice(["desk-03", "vol-coord", f"sess_{rng.randint(10 ** 9, 10 ** 10):x}", "parish-office"])
    body["messages"] = msgs
    if rng.random() < 0.3:
        body["temperature"] = rng.choice([0, 0.2, 0.7])
    return body, ask


def build_pii(rng, per_kind=55, n_sens=32):
    recs = []
    order = LOCS[:]
    rng.shuffle(order)
    li = 0
    idx = 0
    for kind in KIND_NAMES:
        flags = [True] * n_sens + [False] * (per_kind - n_sens)
        rng.shuffle(flags)
        inc_slots = set(rng.sample([j for j, f in enumerate(flags) if f], 4))
        si = bi = 0
        for j, sens in enumerate(flags):
            code = order[li % len(order)]
            li += 1
            idx += 1
            rec = Rec()
            place = PLACES[(idx * 5 + j) % len(PLACES)]
            completions = (idx % 10 == 3)
            if sens:
                if j in inc_slots:
                    doc, fmt = incidental_doc(rng, rec, code, kind)
                else:
                    doc, fmt = sensitive_doc(rng, rec, code, kind, si)
                    si += 1
            else:
                doc, fmt = benign_doc(rng, code, kind, bi)
                bi += 1
            if completions:
                ask = rng.choice(L[code]["ask"]) if L[code]["ask"] and rng.random() < 0.4 else rng.choice(KINDS[kind]["ask"])
                body = {"model": rng.choice(MODELS), "prompt": f"{ask}\n\n{doc}\n\n---\n", "max_tokens": rng.choice([256, 512])}
                place = "prompt"
            else:
                Pu = make_person(rng, code) if (place == "user_field" and sens) else None
                body, _ = wrap(rng, code, kind, doc, place, sens, rec, Pu)
            ents = entities_of(rec, body)
            if sens and not ents:
                sys.exit(f"sensitive record without entities ({kind})")
            if not sens and ents:
                sys.exit("benign record with entities")
            assert (len(ents) > 0) == sens
            recs.append({"category": kind if sens else f"{kind}_benign", "sensitive": sens, "entities": ents,
                         "endpoint": "completions" if completions else "chat", "lang": code,
                         "style": f"{fmt} · {place}", "body": body})
    rng.shuffle(recs)
    for n, r in enumerate(recs, 1):
        r["id"] = f"{SPLIT}-pii-{n:04d}"
    return [{k: r[k] for k in ("id", "category", "sensitive", "entities", "endpoint", "lang", "style", "body")} for r in recs]


# ----------------------------------------------------------------------------------------------------------
# complexity
# ----------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "Write a two-line thank-you text for our Saturday food bank volunteers."),
    ("en", "Suggest a friendly title for our spring parish newsletter."),
    ("en", "what's a polite sign for 'no more tinned tomatoes today, sorry'"),
    ("en", "List 6 things to put in a winter hygiene kit for rough sleepers."),
    ("en", "Rewrite 'donations accepted Mon-Fri' so it sounds warmer."),
    ("en", "Give me 5 fun names for a sponsored walk."),
    ("de", "Formuliere einen kurzen Aufruf: Wir suchen Fahrer für die Tafel am Samstag."),
    ("de", "Wie sage ich höflich, dass die Kleiderkammer heute geschlossen ist?"),
    ("fr", "Donne-moi 5 idées de collecte pour la paroisse avant Noël."),
    ("fr", "Écris une phrase pour remercier les bénévoles des Restos."),
    ("es", "Traduce al inglés: 'El comedor abre a las 12:30 los martes.'"),
    ("es", "Escribe un mensaje corto para pedir voluntarios para el ropero."),
    ("pt", "Sugira um título curto para o boletim da nossa ONG de março."),
    ("it", "Scrivi un avviso breve: raccolta alimentare sabato davanti alla parrocchia."),
    ("nl", "Schrijf een korte bedankjes-tekst voor de vrijwilligers van de voedselbank."),
    ("pl", "Napisz krótkie ogłoszenie o zbiórce żywności w parafii."),
    ("tr", "Gönüllülere kısa bir teşekkür mesajı yaz."),
    ("ar", "اكتب رسالة شكر قصيرة للمتطوعين في توزيع كراتين رمضان."),
    ("he", "תכתוב תזכורת קצרה למתנדבים על משמרת יום שישי."),
    ("hi", "स्वयंसेवकों के लिए एक छोटा धन्यवाद संदेश लिखो।"),
    ("ja", "炊き出しボランティア募集の短い告知文を書いてください。"),
    ("ko", "푸드뱅크 자원봉사자 모집 문구를 한 줄로 써줘."),
    ("zh", "写一句感谢社区志愿者的话。"),
    ("sw", "Andika ujumbe mfupi wa kuwashukuru wajitolea wetu."),
    ("id", "Buat pengumuman singkat: pembagian sembako hari Jumat setelah salat."),
    ("uk", "Напиши коротке оголошення про збір речей для ВПО."),
    ("el", "Γράψε ένα σύντομο ευχαριστήριο στους εθελοντές του συσσιτίου."),
    ("th", "เขียนข้อความสั้นๆ ขอบคุณอาสาสมัคร"),
    ("tl", "Sumulat ng maikling pasasalamat sa mga volunteer."),
    ("en", "Is 'Gift Aid' one word or two?"),
    ("en", "Translate 'Eid Mubarak, thank you for your zakat' into French."),
    ("en", "What's a nice closing line for a fundraising email?"),
]

HARD_SHORT = [
    ("en", "Zakat: I hold {g} g gold, {s} EUR savings, owe {d} EUR due in 3 months, and own resale stock worth {k} EUR. Gold {p} EUR/g. Compute zakat under Hanafi vs Shafi'i treatment of the debt and the silver vs gold nisab, and explain exactly where they diverge."),
    ("en", "Compute the Gregorian Easter date for {y} with the anonymous Gregorian algorithm, show every intermediate value, then give Orthodox Easter that year and explain the gap."),
    ("en", "Our food bank has {v} vans, {n} delivery addresses with 2-hour windows and 2 drivers who can't lift >10 kg. Formulate it as a VRPTW MILP (sets, variables, constraints, objective) and propose a heuristic that runs in a spreadsheet; argue its worst case."),
    ("en", "A UK higher-rate donor gives £{a} net with Gift Aid. Compute what the charity receives, the donor's extra relief, and how it changes if the donor paid only £{t} income tax that year (HMRC shortfall rules)."),
    ("en", "Design a cluster-randomised evaluation of cash transfers over {c} villages, ICC {i}, MDE 0.2 SD, 80% power, 15% attrition. Derive households per cluster and discuss how unequal cluster sizes change it."),
    ("en", "Write a PostgreSQL window query finding lapsed donors (≥3 gifts, none in 18 months) with each donor's median inter-gift gap, and explain why naive date_diff averaging is biased here."),
    ("en", "Restricted grant £{a}k for a shelter worker; we charged £{t}k rent and £3k training to it. Under Charities SORP (FRS 102), which is allowable, how is the transfer between funds disclosed, and what if the funder's terms are silent on overheads?"),
    ("en", "Hebrew calendar: a boy born on 30 Adar I 5784 after sunset — when is his bar mitzvah, and how do the rules differ in leap vs common years? Walk through the molad/dechiyot logic that decides it."),
    ("en", "Prove the greedy rota rule (give each shift to the least-loaded volunteer) can be a factor {f} from optimal on max load, then give an LP-based 2-approximation and its proof."),
    ("en", "Iftar service: arrivals Poisson λ={l}/min at peak, service 4 min, target P(wait>10 min)<5%. Size the number of serving stations with Erlang C and show the algebra."),
    ("de", "Gemeinnützigkeit: Ein Verein mit Zweckbetrieb und wirtschaftlichem Geschäftsbetrieb (Einnahmen {a}k €) — prüfe die Besteuerungsgrenze, die Mittelverwendungsfrist und ob Rücklagen nach § 62 AO zulässig sind. Begründe Schritt für Schritt."),
    ("fr", "Une association loi 1901 reçoit {a} k€ de dons et {t} k€ de mécénat d'entreprise : calcule les réductions d'impôt (66 %, 75 %, 60 %), plafonds et reports, puis explique l'impact du rescrit fiscal manquant."),
    ("es", "Diseña un algoritmo de asignación de lotes del banco de alimentos que sea envidia-libre hasta un bien (EF1) con {n} familias y necesidades dietéticas; demuestra que tu algoritmo garantiza EF1."),
    ("ar", "احسب زكاة الفطر والمال لأسرة من {n} أفراد لديها {s} جنيه مدخرات وذهب {g} جرام، مع شرح الخلاف بين المذاهب في ضم الذهب إلى النقود لبلوغ النصاب."),
    ("ja", "寄付者{n}人の継続率データから生存分析（Kaplan-Meier と Cox 比例ハザード）で離脱要因を推定する手順を、仮定の検定も含めて説明して。"),
    ("ko", "후원자 {n}명의 정기후원 해지 예측 모델을 설계하고, 클래스 불균형과 데이터 누수 문제를 어떻게 피할지 구체적으로 설명해줘."),
    ("pt", "Uma ONG com {n} beneficiários precisa de um índice de vulnerabilidade (PMT). Proponha as variáveis, o método de ponderação e como medir erros de inclusão e exclusão."),
    ("hi", "एक मंदिर ट्रस्ट की {a} लाख रुपये की आय पर धारा 11 और 80G के तहत कर-छूट की शर्तें, 85% उपयोग नियम और संचय विकल्प को गणना सहित समझाइए।"),
    ("tr", "Deprem bölgesinde {n} konteyner için gıda dağıtım rotasını minimum maliyetli akış problemi olarak modelle ve kısıtları açıkla."),
    ("it", "Un ETS con {a} mila euro di entrate: verifica la non commercialità ex art. 79 CTS, calcola il test di prevalenza e spiega le conseguenze se fallisce."),
    ("pl", "Zaprojektuj test A/B dla apelu darczyńców z {n} odbiorcami, oblicz moc testu dla wzrostu konwersji z 2% do 2,4% i omów problem wielokrotnego podglądania wyników."),
    ("zh", "为{n}个志愿者设计排班整数规划模型，包含技能、休息时间和公平性约束，并说明如何求解和验证最优性。"),
    ("en", "Safeguarding: a volunteer in Scotland supervises a trip to England with a 17-year-old from Wales. Which statutory guidance and vetting schemes apply at each point, and where do they conflict? Reason it out."),
    ("en", "Given monthly income volatility σ={i} of mean and fixed costs £{a}k, derive a reserves target that gives 95% probability of covering 6 months, state assumptions, and critique it."),
]


def fill(rng, s):
    return s.format(g=rng.randint(60, 220), s=rng.randint(1000, 40000), d=rng.randint(200, 5000), k=rng.randint(500, 9000),
                    p=rng.randint(60, 95), y=rng.randint(2031, 2049), v=rng.randint(2, 5), n=rng.randint(30, 900),
                    a=rng.randint(20, 300), t=rng.randint(2, 60), c=rng.randint(30, 120), i=rng.choice([0.05, 0.08, 0.12, 0.3]),
                    f=rng.randint(2, 4), l=rng.choice([2.5, 3.1, 4.2]))


def long_block(rng, kind_i):
    gens = [
        lambda k: f"{k}. {rng.choice(['rice 1kg', 'pasta 500g', 'tinned beans', 'UHT milk', 'nappies size 4', 'sanitary pads', 'tea bags', 'cereal'])} — qty {rng.randint(3, 400)} — shelf {rng.choice('ABCDEF')}{rng.randint(1, 9)} — best before 2027-{rng.randint(1, 12):02d}",
        lambda k: f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])} {rng.choice(['AM', 'PM'])} | {rng.choice(['sorting', 'van', 'till', 'kitchen', 'welcome desk'])} | needed {rng.randint(1, 6)} | filled {rng.randint(0, 6)} | lead: coordinator {rng.randint(1, 5)}",
        lambda k: f"Week {k}: {rng.randint(40, 300)} meals served, {rng.randint(2, 40)} new guests, {rng.randint(0, 5)} incidents, soup of the week {rng.choice(['lentil', 'minestrone', 'chicken', 'harira', 'borscht'])}",
        lambda k: f"Item {k}: {rng.choice(['hymn books', 'chairs', 'prayer mats', 'candles', 'tablecloths', 'urns'])} — location {rng.choice(['vestry', 'hall cupboard', 'basement', 'annex'])} — condition {rng.choice(['good', 'fair', 'needs repair'])}",
        lambda k: f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}, {rng.choice(['online', 'cash', 'standing order', 'cheque'])}, {rng.randint(5, 500)}.{rng.randint(0, 99):02d}, fund {rng.choice(['general', 'building', 'hardship', 'youth'])}",
    ]
    g = gens[kind_i % len(gens)]
    lines = []
    k = 1
    while sum(len(x) + 1 for x in lines) < rng.randint(1700, 3200):
        lines.append(g(k))
        k += 1
    return "\n".join(lines)


EASY_LONG_ASK = [("en", "fix any typos in this list and keep the format exactly"), ("en", "sort these lines by the first column, nothing else"),
                 ("en", "put this in a markdown table please"), ("de", "bitte als Tabelle formatieren, sonst nichts ändern"),
                 ("fr", "mets ça en liste à puces, sans rien changer d'autre"), ("es", "pásalo a mayúsculas la primera palabra de cada línea"),
                 ("pt", "transforma em tabela, só isso"), ("it", "aggiungi una riga vuota ogni 5 righe"), ("nl", "zet dit om naar CSV met komma's"),
                 ("ar", "حوّل القائمة دي لجدول بس من غير أي تعديل"), ("ja", "この一覧を表形式に整えてください"), ("ko", "이 목록을 표로 정리해줘"),
                 ("hi", "इस सूची को तालिका में बदल दो"), ("sw", "panga orodha hii kama jedwali"), ("id", "ubah daftar ini jadi tabel saja"),
                 ("tr", "bu listeyi tabloya çevir, başka bir şey değiştirme")]
HARD_LONG_ASK = [("en", "From these records, identify the three structural problems in how we allocate resources, quantify each, propose a redesigned allocation rule with its trade-offs, and give a 6-month evaluation plan with a counterfactual."),
                 ("en", "Reconcile this against our restricted funds: find inconsistencies, infer the likely cause of each, model the reserves position under two scenarios, and draft the trustees' risk note with justifications."),
                 ("en", "Build an optimal rota from this availability: formulate the constraints, solve it by reasoning (show why no better solution exists for the Saturday shifts), and explain which constraint to relax first."),
                 ("de", "Analysiere diese Daten: erkenne Muster, schätze saisonale Effekte, begründe eine Prognose für das nächste Quartal und bewerte die Unsicherheit."),
                 ("fr", "À partir de ces données, construis un modèle de prévision de la demande, justifie le choix du modèle, quantifie l'incertitude et propose une politique de stock de sécurité."),
                 ("es", "Con estos datos, detecta anomalías, explica sus posibles causas, diseña un control interno que las prevenga y evalúa su coste-beneficio."),
                 ("ar", "حلل هذه البيانات واقترح نموذجاً لتوزيع المساعدات بعدالة، مع إثبات أن النموذج يقلل أخطاء الاستبعاد، وخطة تقييم."),
                 ("ja", "このデータから需要の季節性を推定し、在庫方針を最適化して、その根拠と不確実性を説明してください。"),
                 ("pt", "Analise estes registros, identifique vieses na seleção de beneficiários e proponha um desenho de avaliação de impacto com grupo de comparação."),
                 ("ko", "이 데이터를 분석해서 자원 배분의 비효율을 정량화하고, 개선된 배분 규칙과 평가 설계를 제안해줘.")]


def build_complexity(rng):
    recs = []

    def chat(lang, text, sysmsg=None):
        msgs = ([{"role": "system", "content": sysmsg}] if sysmsg else []) + [{"role": "user", "content": text}]
        return {"model": rng.choice(MODELS), "messages": msgs}

    sysmsgs = [None, None, "You help a small charity.", "You assist a parish office.", "You support an NGO field office."]
    for i in range(48):
        lang, t = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        if i >= len(SHORT_SIMPLE):
            t = t.rstrip(".") + rng.choice([" pls", " thx", " — short!", " (keep it simple)"])
        recs.append(("short_simple", 0, False, lang, "ask/short", chat(lang, t, rng.choice(sysmsgs))))
    for i in range(48):
        lang, t = HARD_SHORT[i % len(HARD_SHORT)]
        t = fill(rng, t)
        if i >= len(HARD_SHORT):
            t = rng.choice(["Quick one before the trustees meet: ", "Asking for our treasurer — ", "Need this for the grant report: ", "Be rigorous please. "]) + t
        recs.append(("short_hard", 1, True, lang, "reasoning/short", chat(lang, t, rng.choice(sysmsgs))))
    for i in range(48):
        lang, a = EASY_LONG_ASK[i % len(EASY_LONG_ASK)]
        block = long_block(rng, i)
        text = f"{a}\n\n{block}" if i % 2 else f"{block}\n\n{a}"
        assert len(text) >= 1500
        recs.append(("long_easy", 0, True, lang, "reformat/long", chat(lang, text, rng.choice(sysmsgs))))
    for i in range(46):
        lang, a = HARD_LONG_ASK[i % len(HARD_LONG_ASK)]
        block = long_block(rng, i + 2)
        recs.append(("long_hard", 1, False, lang, "analysis/long", chat(lang, f"{a}\n\n{block}", rng.choice(sysmsgs))))
    rng.shuffle(recs)
    out = []
    for n, (cat, lab, adv, lang, style, body) in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-cx-{n:04d}", "category": cat, "label": lab, "length_adversarial": adv,
                    "endpoint": "chat", "lang": lang, "style": style, "body": body})
    return out


def main():
    global FROZEN, PUBLIC, FICTION, EPONYMS, ORGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7319)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    FROZEN = frozen_words()
    build_pools(rng)
    PUBLIC = [p for p in PUBLIC_SEED if is_clean(p)]
    FICTION = make_pool("fiction", FICTION_SEED, [], rng, want=1)
    EPONYMS = make_pool("eponyms", EPONYM_SEED, [["Ald", "Cuth", "Wil", "Os", "Ead", "Fris", "Wen", "Ælf"],
                                                  ["ric", "bert", "frid", "wald", "mund", "wine", "burga"]], rng, want=6)
    EPONYMS = [e if " " in e else f"St {e}'s Hall" for e in EPONYMS]
    ORGS = make_pool("orgs", [], ORG_PARTS, rng, want=20)
    POOL_STATS["public:kept"] = len(PUBLIC)
    pii = build_pii(rng)
    cx = build_complexity(rng)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records ({sum(r['endpoint'] == 'chat' for r in pii)} chat, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions), {len(set(r['lang'] for r in pii))} locales, "
          f"{sens} sensitive / {len(pii) - sens} benign ({sens / len(pii):.1%})")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  incidental sensitive:", sum(1 for r in pii if r["style"].startswith("incidental")))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records in {len(set(r['lang'] for r in cx))} languages,",
          dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"length-adversarial {sum(r['length_adversarial'] for r in cx)}, label 1: {sum(r['label'] for r in cx)}")
    print("  pools (kept/dropped counts only):", sum(v for k, v in POOL_STATS.items() if k.endswith(":kept")), "kept,",
          sum(v for k, v in POOL_STATS.items() if k.endswith(":dropped")), "seed entries dropped by the freeze;",
          "public figures kept:", len(PUBLIC), "of", len(PUBLIC_SEED))


if __name__ == "__main__":
    main()
