#!/usr/bin/env python3
"""Hamada: a blind evaluation split for the request signals, organised by LOCAL GOVERNMENT AND PUBLIC HOUSING.

Writes bench/data/signals/pii_hamada.jsonl and bench/data/signals/complexity_hamada.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial, endpoint,
lang, style, body), to be evaluated once, blind.

How it was written
    Blind. Its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (record schema,
    label conventions) and the first 2 lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    detector, the scorer, tests, the evaluator, results, docs, policies, README, commit messages, and no other
    generator's source. Those sources are only scanned automatically (the "freeze" below): every name, surname,
    street, town and company pool entry sharing a word (or a non-ASCII bigram) with the capitalised / non-ASCII
    words of the other generators is dropped and the pool refilled from invented, locale-typical syllables
    (capped retries, re-checked). Generic street-type and company-suffix words (Road, Straße, Ltd ...) are
    template affixes, not pool entries, and are not checked. This file skips itself when scanning.

Organising principle and the line drawn
    Local government and public housing services, as written by the people who work in or deal with them --
    tenants, residents, officers, councillors, contractors, residents' associations, agents, registrars --
    with their jargon (PCN, DHP, SOR code, void, UPRN, s.21, Wohngeld, APL, TARI, IPTU, ЖКХ, ארנונה, 公租房 ...),
    typos, code-switching, pasted forms, CSV, JSON, emails and chats. Ten kinds = categories: council_tax,
    benefits, housing_repairs, tenancy, planning, building_control, waste, parking, registrars, casework;
    sensitive records use ``<kind>``, benign hard negatives ``<kind>_benign``.
    Personal data = anything about a private, living individual: residents, tenants, claimants, applicants,
    objectors, informants, parents, neighbours (a first name with a relation or role cue counts), their phone,
    e-mail, home address, birth date, national / tax / health numbers, bank and card numbers, portal IP.
    NOT personal data (benign): elected members, mayors, named officers and adjudicators acting in their
    published public role; the council's / landlord's / contractor's own switchboards, role mailboxes and
    registered offices; addresses of land, depots, libraries and commercial sites not tied to a private person;
    eponyms (laws, standards, streets, buildings named after people); fictional characters; placeholders and
    blank forms; documentation and test values (QQ123456C, 4111 1111 1111 1111, Ofcom drama numbers, RFC 5737,
    example.com, phonenumbers' example numbers, the GB82 WEST example IBAN); reference numbers that look like
    identifiers (UPRN, council-tax account, PCN, planning, job, case and certificate numbers); aggregated or
    already-anonymised statistics and case studies; register entries of people who died over a century ago.
    Vehicle registration marks are not used anywhere.

Labels
    ``entities`` = every value the record issued that is found in the serialised body (JSON with
    ensure_ascii=False, base64 file parts decoded, URLs unquoted), each {"type", "value"}; ``sensitive`` is true
    iff entities is non-empty (asserted against the category). Types: person, PHONE_NUMBER, EMAIL_ADDRESS,
    STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID (NINO, NIR, DNI/NIE, BSN, PESEL, personnummer, TCKN, AMKA,
    Teudat Zehut, Aadhaar, My Number, RRN, resident ID, Thai PIN), TAX_ID (UTR, Steuer-ID, codice fiscale, CPF,
    INN, AFM, PAN, TFN, Egyptian TN), HEALTH_INSURANCE (NHS number, Medicare), CREDIT_CARD, IBAN_CODE,
    IP_ADDRESS, ssn (US only), US_BANK_NUMBER (the account number next to a routing number), MEDICAL_RECORD.
    Complexity: label 1 = needs a strong model (short_hard, long_hard), 0 otherwise; length_adversarial for
    short_hard and long_easy; long_easy >= 1,500 characters.

Contents (seed 8713)
    pii_hamada.jsonl: 500 requests (450 chat, 50 completions) in 22 locales (Latin incl. Welsh, Cyrillic, Greek, Hebrew,
    Arabic, Devanagari, Thai, Han, Kana/Kanji, Hangul scripts); 10 kinds x 50 = 29 sensitive + 21 benign each
    (290 sensitive / 210 benign); 35 sensitive records (12%) carry a single incidental item; the benign ones span
    10 kinds of hard negative (org contact, public role, placeholder form, aggregated/anonymised, reference numbers,
    test values, eponym/fictional, public information, site address, historical register). The document is placed by
    rotation in user / system / assistant / tool messages, text and file content parts, image-URL query strings,
    tool-call arguments, tool schemas, response_format json_schema, ``user`` and the completions prompt.
    complexity_hamada.jsonl: 190 chat requests in 18 language tags: short_simple 48, long_easy 48, short_hard 48,
    long_hard 46; 96 length-adversarial, 94 labelled 1. The run prints all counts.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (NINO and the
    Australian Medicare number with own documented routines, MRNs by format); cards by Luhn; IBANs by
    stdnum.iban; every phone number with ``phonenumbers`` (valid for its region); IPs must be global. Any
    invalid value aborts the run; every retry loop is capped.

Command (deterministic, byte-reproducible for a given seed)
    python bench/make_hamada_signal_sets.py [--seed 8713] [--out bench/data/signals]
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
import string
import sys
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.au import tfn as au_tfn
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.eg import tn as eg_tn
from stdnum.es import dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.gr import amka as gr_amka
from stdnum.gr import vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as it_cf
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
SPLIT = "hamada"

# ----------------------------------------------------------------------------------------------- the freeze
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
        if name == SPLIT:  # never freeze against ourselves
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
FREEZE_STATS = collections.Counter()
# template affixes that are not pool entries (street types, company suffixes): not checked
GENERIC = set("road street close lane avenue crescent gardens court house way drive ltd limited services "
              "group property maintenance building contractors plc gmbh sas srl sl bv ab ltda ooo "
              "the and of de des du la le les del dei delle della dos das do los las van den ter".split())


def entry_words(entry: str) -> set:
    toks = [t.lower() for t in WORD.findall(entry)]
    out = {t for t in toks if t not in GENERIC}
    prev = None
    for t in toks:
        if any(ord(c) > 127 for c in t):
            if prev is not None:
                out.add(prev + " " + t)
            prev = t
        else:
            prev = None
    return out


def is_clean(entry: str) -> bool:
    return not (entry_words(entry) & FROZEN)


def build_pool(rng, seeds, composer, n, what, minimum=8):
    """Seed entries that survive the freeze, refilled with composed ones; capped retries."""
    pool, seen = [], set()
    for s in seeds:
        if s in seen:
            continue
        seen.add(s)
        if is_clean(s):
            pool.append(s)
        else:
            FREEZE_STATS[what + ":dropped"] += 1
    tries = 0
    while len(pool) < n and tries < 4000:
        tries += 1
        c = composer(rng)
        if c is None:
            break
        if c in seen:
            continue
        seen.add(c)
        if is_clean(c):
            pool.append(c)
            FREEZE_STATS[what + ":composed"] += 1
        else:
            FREEZE_STATS[what + ":dropped"] += 1
    if len(pool) < minimum:
        raise SystemExit(f"pool {what} too small after freeze ({len(pool)})")
    return pool


def syl(a, b, c=None):
    def f(rng):
        s = rng.choice(a) + rng.choice(b)
        if c is not None and rng.random() < 0.35:
            s += rng.choice(c)
        return s
    return f


# ----------------------------------------------------------------------------------------------- validators
def check(ok: bool, what: str, value: str):
    if not ok:
        raise SystemExit(f"invalid generated {what}: {value!r}")
    return value


def capped(fn, what, cap=2000):
    for _ in range(cap):
        v = fn()
        if v is not None:
            return v
    raise SystemExit(f"could not generate a valid {what}")


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_valid(v: str) -> bool:
    """HMRC NINO format: two prefix letters (not D F I Q U V; 2nd not O; not BG GB NK KN TN NT ZZ), 6 digits, A-D."""
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    a, b = s[0], s[1]
    if a in "DFIQUV" or b in "DFIQUVO" or s[:2] in NINO_BAD_PREFIX:
        return False
    return True


def medicare_valid(v: str) -> bool:
    """Australian Medicare card: 10 digits (+ optional IRN), first 2-6, check = sum(w*d) % 10, w=1,3,7,9,1,3,7,9."""
    s = re.sub(r"\D", "", v)
    if len(s) not in (10, 11) or s[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(d) * x for d, x in zip(s[:8], w)) % 10 == int(s[8])


class Gen:
    """All value generators; each validates before returning."""

    def __init__(self, rng):
        self.r = rng

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def dob(self, lo=1938, hi=2004):
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    # --- national / tax / health ids
    def nino(self):
        def one():
            p = self.r.choice("ABCEGHJKLMNOPRSTWXYZ") + self.r.choice("ABCEGHJKLMNPRSTWXYZ")
            v = f"{p} {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.r.choice('ABCD')}"
            return v if nino_valid(v) else None
        return capped(one, "NINO")

    def nhs(self):
        def one():
            b = self.digits(9, "4")
            s = 11 - sum(int(d) * (10 - i) for i, d in enumerate(b)) % 11
            s = 0 if s == 11 else s
            if s == 10:
                return None
            v = b + str(s)
            return f"{v[:3]} {v[3:6]} {v[6:]}" if gb_nhs.is_valid(v) else None
        return capped(one, "NHS number")

    def utr(self):
        def one():
            b = self.digits(9, "123456789")
            v = gb_utr.calc_check_digit(b) + b
            return v if gb_utr.is_valid(v) else None
        return capped(one, "UTR")

    def ssn(self):
        def one():
            v = f"{self.r.randint(1, 665):03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            return v if us_ssn.is_valid(v) else None
        return capped(one, "SSN")

    def rtn(self):
        def one():
            b = self.r.choice(["0", "1", "2"]) + self.digits(7)
            v = b + us_rtn.calc_check_digit(b)
            return v if us_rtn.is_valid(v) else None
        return capped(one, "RTN")

    def tfn(self):
        def one():
            v = self.digits(9, "123456789")
            return f"{v[:3]} {v[3:6]} {v[6:]}" if au_tfn.is_valid(v) else None
        return capped(one, "TFN")

    def medicare(self):
        def one():
            b = self.digits(8, "23456")
            c = sum(int(d) * x for d, x in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
            v = f"{b[:4]} {b[4:]}{c} {self.r.randint(1, 9)}"
            return v if medicare_valid(v) else None
        return capped(one, "Medicare")

    def idnr(self):
        def one():
            ds = self.r.sample("0123456789", 9)
            if ds[0] == "0":
                return None
            ds.insert(self.r.randint(1, 9), self.r.choice(ds))
            b = "".join(ds[:10])
            v = b + mod_11_10.calc_check_digit(b)
            return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if de_idnr.is_valid(v) else None
        return capped(one, "Steuer-ID")

    def nir(self, d: dt.date, female: bool):
        def one():
            b = f"{2 if female else 1}{d.year % 100:02d}{d.month:02d}{self.r.randint(1, 95):02d}{self.digits(3)}{self.digits(3)}"
            v = b + fr_nir.calc_check_digits(b)
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if fr_nir.is_valid(v) else None
        return capped(one, "NIR")

    def dni(self):
        def one():
            b = self.digits(8)
            v = b + es_dni.calc_check_digit(b)
            return v if es_dni.is_valid(v) else None
        return capped(one, "DNI")

    def codfisc(self, d: dt.date, female: bool):
        def one():
            cons = "BCDFGLMNPRSTVZ"
            b = "".join(self.r.choice(cons) for _ in range(3)) + "".join(self.r.choice(cons + "AEIO") for _ in range(3))
            b += f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1] + f"{d.day + (40 if female else 0):02d}"
            b += self.r.choice("FHLG") + f"{self.r.randint(100, 999)}"
            v = b + it_cf.calc_check_digit(b)
            return v if it_cf.is_valid(v) else None
        return capped(one, "codice fiscale")

    def bsn(self):
        def one():
            v = self.digits(9, "123456789")
            return v if nl_bsn.is_valid(v) else None
        return capped(one, "BSN")

    def pesel(self, d: dt.date, female: bool):
        def one():
            m = d.month + (20 if d.year >= 2000 else 0)
            sex = self.r.choice("02468" if female else "13579")
            b = f"{d.year % 100:02d}{m:02d}{d.day:02d}{self.digits(3)}{sex}"
            v = b + pl_pesel.calc_check_digit(b)
            return v if pl_pesel.is_valid(v) else None
        return capped(one, "PESEL")

    def pnr(self, d: dt.date):
        def one():
            b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{self.digits(3)}"
            v = f"{b[:6]}-{b[6:]}{luhn.calc_check_digit(b)}"
            return v if se_pnr.is_valid(v) else None
        return capped(one, "personnummer")

    def cpf(self):
        def one():
            b = [int(c) for c in self.digits(9)]
            for n in (10, 11):
                s = sum(x * w for x, w in zip(b, range(n, 1, -1))) % 11
                b.append(0 if s < 2 else 11 - s)
            v = "".join(map(str, b))
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if br_cpf.is_valid(v) else None
        return capped(one, "CPF")

    def tckn(self):
        def one():
            b = self.digits(9, "123456789")
            v = b + tr_tck.calc_check_digits(b)
            return v if tr_tck.is_valid(v) else None
        return capped(one, "TCKN")

    def inn(self):
        def one():
            b = self.r.choice(["77", "78", "50", "66", "54"]) + self.digits(8)
            v = b + ru_inn.calc_personal_check_digits(b)
            return v if ru_inn.is_valid(v) else None
        return capped(one, "INN")

    def amka(self, d: dt.date):
        def one():
            b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{self.digits(4)}"
            v = b + luhn.calc_check_digit(b)
            return v if gr_amka.is_valid(v) else None
        return capped(one, "AMKA")

    def afm(self):
        def one():
            b = self.digits(8, "0123456789")
            v = b + gr_vat.calc_check_digit(b)
            return v if gr_vat.is_valid(v) else None
        return capped(one, "AFM")

    def teudat(self):
        def one():
            b = self.digits(8, "0123")
            v = b + luhn.calc_check_digit(b)
            return v if il_idnr.is_valid(v) else None
        return capped(one, "Teudat Zehut")

    def egtn(self):
        v = f"{self.digits(3, '123456789')}-{self.digits(3)}-{self.digits(3)}"
        return check(eg_tn.is_valid(v), "Egypt TN", v)

    def aadhaar(self):
        def one():
            b = self.digits(11, "23456789")
            v = b + verhoeff.calc_check_digit(b)
            return f"{v[:4]} {v[4:8]} {v[8:]}" if in_aadhaar.is_valid(v) else None
        return capped(one, "Aadhaar")

    def pan(self):
        v = "".join(self.r.choice(string.ascii_uppercase) for _ in range(3)) + "P" + \
            self.r.choice(string.ascii_uppercase) + self.digits(4) + self.r.choice(string.ascii_uppercase)
        return check(in_pan.is_valid(v), "PAN", v)

    def mynumber(self):
        def one():
            b = self.digits(11)
            v = b + jp_in.calc_check_digit(b)
            return f"{v[:4]} {v[4:8]} {v[8:]}" if jp_in.is_valid(v) else None
        return capped(one, "My Number")

    def rrn(self, d: dt.date, female: bool):
        def one():
            g = (4 if female else 3) if d.year >= 2000 else (2 if female else 1)
            b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g}{self.digits(5)}"
            v = b + kr_rrn.calc_check_digit(b)
            return f"{v[:6]}-{v[6:]}" if kr_rrn.is_valid(v) else None
        return capped(one, "RRN")

    def ric(self, d: dt.date):
        def one():
            b = self.r.choice(["110105", "310104", "440106", "510107", "330106", "420111"]) + d.strftime("%Y%m%d") + self.digits(3)
            v = b + cn_ric.calc_check_digit(b)
            return v if cn_ric.is_valid(v) else None
        return capped(one, "resident ID")

    def thpin(self):
        def one():
            b = self.digits(12, "1358")
            v = b + th_pin.calc_check_digit(b)
            return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}" if th_pin.is_valid(v) else None
        return capped(one, "Thai PIN")

    def mrn(self):
        v = self.r.choice(["MRN ", "Hosp no. ", "RX", "K"]) + self.digits(7)
        return check(bool(re.search(r"\d{7}$", v)), "MRN", v)

    # --- money / network
    IBAN_BBAN = {"GB": "a4n14", "DE": "n18", "FR": "n23", "IT": "a1n22", "NL": "a4n10", "PL": "n24", "SE": "n20",
                 "TR": "n22", "GR": "n23", "IL": "n19", "IE": "a4n14"}

    def iban(self, cc):
        def one():
            b = ""
            for kind, n in re.findall(r"([an])(\d+)", self.IBAN_BBAN[cc]):
                b += "".join(self.r.choice(string.ascii_uppercase if kind == "a" else string.digits) for _ in range(int(n)))
            v = cc + std_iban.calc_check_digits(cc + "00" + b) + b
            if not std_iban.is_valid(v):
                return None
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if self.r.random() < 0.7 else v
        return capped(one, "IBAN")

    def card(self):
        def one():
            b = self.r.choice(["4", "51", "52", "53", "54", "55"])
            b += self.digits(15 - len(b))
            v = b + luhn.calc_check_digit(b)
            if v.startswith("4111111") or not luhn.is_valid(v):
                return None
            return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if self.r.random() < 0.75 else v
        return capped(one, "card")

    def ip(self):
        def one():
            a = ipaddress.IPv4Address(self.r.randint(0x01000000, 0xDFFFFFFF))
            return str(a) if a.is_global and not a.is_multicast else None
        return capped(one, "IP")

    def phone(self, region, mobile=True, fmt=None):
        typ = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, typ)
        nsn = str(ex.national_number)
        keep = 2 if len(nsn) >= 9 else 1
        if region in ("US", "CN", "BR"):
            keep = 3

        def one():
            cand = nsn[:keep] + self.digits(len(nsn) - keep)
            if cand == nsn or (region == "US" and cand[3:6] == "555") or (region == "GB" and cand.startswith("7700900")):
                return None
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if not phonenumbers.is_valid_number_for_region(num, region):
                return None
            f = fmt if fmt is not None else self.r.choice([PNF.NATIONAL, PNF.NATIONAL, PNF.INTERNATIONAL, PNF.E164])
            s = phonenumbers.format_number(num, f)
            back = phonenumbers.parse(s, region)
            return s if phonenumbers.is_valid_number_for_region(back, region) else None
        return capped(one, f"phone {region}")


# ----------------------------------------------------------------------------------------------- locales
class L:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def ddmmyyyy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


LOCALES = [
    L(tag="en-GB", region="GB", iban="GB", script="Latin",
      fn=(["Bren", "Cal", "Del", "Ern", "Fen", "Gwen", "Hal", "Jes", "Kel", "Lor", "Mab", "Nor", "Ros", "Tam", "Wyn", "Cor"],
          ["a", "ie", "ton", "ric", "elle", "wyn", "ley", "na", "don", "ette", "iss", "ard"]),
      sn=(["Ash", "Brack", "Cold", "Dun", "Fair", "Gos", "Hather", "Lang", "Mor", "Pen", "Rad", "Sel", "Thorn", "Wick", "Hol", "Crom"],
          ["ley", "well", "by", "ford", "wood", "stone", "ham", "croft", "ridge", "more", "shaw", "thwaite"]),
      st=(["Alder", "Brook", "Cress", "Elm", "Fox", "Gorse", "Heath", "Ivy", "Kiln", "Lark", "Mill", "Orch", "Quay", "Rook", "Tan", "Wheel"],
          ["field", "side", "gate", "holme", "ley", "mead", "bank", "hurst", "wright", "ing"]),
      st_fmt=lambda r, s: f"{r.randint(1, 180)} {s} {r.choice(['Road', 'Street', 'Close', 'Crescent', 'Avenue', 'Lane', 'Gardens'])}",
      flat_fmt=lambda r, s: f"Flat {r.randint(1, 48)}, {s} House",
      town=(["Hex", "Brig", "Stan", "Wal", "Ords", "Kex", "Thurl", "Mel", "Scar", "Bram"], ["worth", "ton", "caster", "bridge", "ham", "wick", "borough"]),
      postcode=lambda r: f"{r.choice(['LS', 'M', 'B', 'NE', 'S', 'BD', 'SE', 'N'])}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
      dobfmt=lambda d: ddmmyyyy(d),
      ids=[("NATIONAL_ID", "NI no", lambda g, p: g.nino()), ("HEALTH_INSURANCE", "NHS no", lambda g, p: g.nhs()),
           ("TAX_ID", "UTR", lambda g, p: g.utr())],
      lab=dict(name="Name", addr="Address", dob="DOB", phone="Tel", email="Email", id="Ref"),
      ph=dict(repair="", money="", bins="", parking="", planning="", general=""), english=True, currency="£"),
    L(tag="en-US", region="US", iban=None, script="Latin",
      fn=(["Ja", "Ty", "Kay", "Dar", "Bre", "Sha", "Mar", "Tre", "Lat", "Jal", "Rey", "Chan"],
          ["nelle", "ron", "lee", "quan", "anna", "nice", "vell", "shawn", "onda", "isha", "ette"]),
      sn=(["Whit", "Hollo", "Pettin", "Rand", "Stoke", "Bur", "Cald", "Mabe", "Osw", "Trev", "Culp", "Dock"],
          ["away", "gill", "worth", "olph", "ley", "ridge", "well", "ery", "ington", "erson"]),
      st=(["Elm", "Pine", "Sycam", "Hick", "Maple", "Cedar", "Wal", "Ches", "Lin", "Bir"], ["crest", "ore", "wood", "dale", "view", "mont", "haven", "ridge"]),
      st_fmt=lambda r, s: f"{r.randint(100, 9899)} {s} {r.choice(['Ave', 'St', 'Blvd', 'Dr', 'Pl'])}{r.choice(['', ', Apt ' + str(r.randint(1, 12)) + r.choice('ABCD')])}",
      flat_fmt=None,
      town=(["Mill", "Fair", "Green", "Bel", "Ash", "Spring", "Clay"], ["ville", "port", "field", "mont", "burg", "ton"]),
      postcode=lambda r: f"{r.choice(['OH', 'MI', 'PA', 'TX', 'GA', 'MN'])} {r.randint(10001, 79999)}",
      dobfmt=lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
      ids=[("ssn", "SSN", lambda g, p: g.ssn())],
      lab=dict(name="Name", addr="Address", dob="DOB", phone="Phone", email="Email", id="Case #"),
      ph=dict(repair="", money="", bins="", parking="", planning="", general=""), english=True, currency="$"),
    L(tag="en-AU", region="AU", iban=None, script="Latin",
      fn=(["Bron", "Kay", "Sha", "Dar", "Jar", "Mick", "Tah", "Lach", "Kir", "Bel"], ["wyn", "lee", "ni", "ryl", "rod", "ayla", "lan", "ra", "inda"]),
      sn=(["Mc", "O'", "Went", "Bal", "Tre", "Cass", "Dunl", "Kerr"], ["Callum", "Grady", "worth", "ingal", "loar", "idy", "oppe", "ighan"]),
      st=(["Wattle", "Banks", "Gum", "Corr", "Yar", "Bott", "Koo", "Mall"], ["ia", "ee", "ong", "alla", "inga", "ara", "bine"]),
      st_fmt=lambda r, s: f"{r.choice(['Unit ' + str(r.randint(1, 20)) + '/', ''])}{r.randint(1, 140)} {s} {r.choice(['Street', 'Road', 'Parade', 'Crescent'])}",
      flat_fmt=None,
      town=(["Cool", "Bun", "Warra", "Mulg", "Kirr"], ["abah", "dilla", "gong", "oona", "ibilli"]),
      postcode=lambda r: f"{r.choice(['NSW', 'VIC', 'QLD', 'WA', 'SA'])} {r.randint(2000, 6999)}",
      dobfmt=lambda d: ddmmyyyy(d),
      ids=[("TAX_ID", "TFN", lambda g, p: g.tfn()), ("HEALTH_INSURANCE", "Medicare", lambda g, p: g.medicare())],
      lab=dict(name="Name", addr="Address", dob="DOB", phone="Mob", email="Email", id="Ref"),
      ph=dict(repair="", money="", bins="", parking="", planning="", general=""), english=True, currency="$"),
    L(tag="cy-GB", region="GB", iban="GB", script="Latin",
      fn=(["Ang", "Bryn", "Cer", "Dyl", "Eir", "Gwy", "Heu", "Llin", "Mere", "Rhi", "Sio", "Tud"], ["haral", "wen", "ys", "an", "lys", "nedd", "on", "edd", "ri"]),
      sn=(["Pryth", "Llew", "Gru", "Bev", "Myf", "Rhyd", "Caer", "Tref"], ["erch", "elyn", "ffydd", "an", "ennydd", "wyn", "ganol"]),
      st=(["Bryn", "Pen", "Maes", "Llys", "Nant", "Cwrt", "Gwaun", "Dol"], ["teg", "y-coed", "hir", "yr-haf", "gwyn", "afon", "celyn"]),
      st_fmt=lambda r, s: f"{r.randint(1, 90)} {r.choice(['Heol', 'Ffordd', 'Stryd'])} {s}",
      flat_fmt=None,
      town=(["Aber", "Llan", "Pont", "Cwm", "Tre"], ["gwili", "dafal", "rhydd", "ogwy", "ganwy"]),
      postcode=lambda r: f"{r.choice(['CF', 'SA', 'LL', 'NP'])}{r.randint(1, 48)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
      dobfmt=lambda d: ddmmyyyy(d),
      ids=[("NATIONAL_ID", "Rhif YG / NI no", lambda g, p: g.nino()), ("HEALTH_INSURANCE", "Rhif GIG / NHS no", lambda g, p: g.nhs())],
      lab=dict(name="Enw", addr="Cyfeiriad", dob="Dyddiad geni", phone="Ffôn", email="E-bost", id="Cyfeirnod"),
      ph=dict(repair="Mae'r to yn gollwng ers pythefnos a does neb wedi dod.", money="Ges i lythyr am ôl-ddyledion Treth y Cyngor, dw i ddim yn deall y swm.",
              bins="Dydy'r biniau ailgylchu ddim wedi cael eu casglu ers tair wythnos.", parking="Ces i docyn parcio tu allan i'r tŷ ond mae gen i drwydded.",
              planning="Dw i'n gwrthwynebu'r cais cynllunio am yr estyniad deulawr.", general="Allwch chi fy ffonio'n ôl os gwelwch yn dda? Diolch."),
      english=False, currency="£"),
    L(tag="de-DE", region="DE", iban="DE", script="Latin",
      fn=(["Jör", "Hei", "Wieb", "Ans", "Ulr", "Gese", "Tor", "Fried", "Ste", "Kor", "Mal", "Rüd"], ["ke", "gard", "gen", "elm", "wine", "bert", "lind", "rik", "hild", "ger"]),
      sn=(["Brenn", "Kött", "Schwab", "Hell", "Wiedem", "Lohm", "Ruß", "Dorn", "Kamp", "Sieb", "Ehr", "Stein"], ["ecke", "gen", "mann", "ert", "bach", "hauer", "meier", "kötter", "rich", "lage"]),
      st=(["Linden", "Brunn", "Eschen", "Mühl", "Kreuz", "Lerchen", "Hagen", "Wiesen", "Kastanien", "Falken"], ["hof", "halde", "weg", "grund", "feld", "au", "anger"]),
      st_fmt=lambda r, s: f"{s}{r.choice(['straße', 'weg', 'ring', 'allee'])} {r.randint(1, 140)}{r.choice(['', 'a', ' (3. OG links)', ' Whg. ' + str(r.randint(1, 30))])}",
      flat_fmt=None,
      town=(["Holz", "Ober", "Nieder", "Lauen", "Wester", "Alten"], ["hausen", "kirchen", "bruck", "stedt", "feld", "dorf"]),
      postcode=lambda r: f"{r.randint(10, 99)}{r.randint(100, 999)}",
      dobfmt=lambda d: d.strftime("%d.%m.%Y"),
      ids=[("TAX_ID", "Steuer-ID", lambda g, p: g.idnr())],
      lab=dict(name="Name", addr="Anschrift", dob="Geb.-Datum", phone="Tel.", email="E-Mail", id="Az."),
      ph=dict(repair="Die Heizung in der Wohnung geht seit Montag nicht, der Hausmeister ist nicht erreichbar.",
              money="Ich habe einen Bescheid über Wohngeld bekommen, der Betrag stimmt nicht.",
              bins="Die Biotonne wurde schon wieder nicht geleert, bitte um Rückmeldung.",
              parking="Ich habe einen Bewohnerparkausweis und trotzdem ein Knöllchen bekommen.",
              planning="Ich erhebe Einwendungen gegen den Bauantrag für das Nachbargrundstück.",
              general="Bitte rufen Sie mich zurück, ich bin vormittags erreichbar."),
      english=False, currency="€"),
    L(tag="fr-FR", region="FR", iban="FR", script="Latin",
      fn=(["Ma", "Jo", "Cé", "Gaë", "Lu", "Ber", "Solè", "Thi", "Hé", "Ro"], ["rine", "lle", "bault", "lène", "nadette", "cien", "ane", "dric", "méo"]),
      sn=(["Bour", "Char", "Lebr", "Duf", "Mor", "Vign", "Ferr", "Gaut", "Rouss", "Pell"], ["gade", "pentier", "eton", "resne", "eau", "aud", "ière", "ier", "elet"]),
      st=(["des Tan", "du Prieur", "des Glyc", "de la Fon", "des Cerf", "du Maq"], ["neurs", "é", "ines", "derie", "euils", "is"]),
      st_fmt=lambda r, s: f"{r.randint(1, 120)}{r.choice(['', ' bis', ' ter'])} rue {s}",
      flat_fmt=None,
      town=(["Saint-Aub", "Montr", "Vill", "Beau", "Chât"], ["ignac", "euil", "ejuif", "vallon", "eaubriant"]),
      postcode=lambda r: f"{r.randint(10, 95):02d}{r.randint(0, 999):03d}",
      dobfmt=lambda d: ddmmyyyy(d),
      ids=[("NATIONAL_ID", "n° sécu", lambda g, p: g.nir(p["dob_d"], p["female"]))],
      lab=dict(name="Nom", addr="Adresse", dob="Né(e) le", phone="Tél.", email="Courriel", id="Réf."),
      ph=dict(repair="Il y a des moisissures dans la chambre du petit, le bailleur ne répond pas.",
              money="La CAF a suspendu mon APL et je ne comprends pas pourquoi.",
              bins="Les encombrants n'ont pas été ramassés, ça bloque l'entrée de l'immeuble.",
              parking="J'ai reçu un forfait post-stationnement alors que j'avais payé.",
              planning="Je souhaite déposer une observation sur le permis de construire affiché.",
              general="Merci de me rappeler dès que possible."),
      english=False, currency="€"),
    L(tag="es-ES", region="ES", iban=None, script="Latin",
      fn=(["Ama", "Eus", "Ma", "Rem", "Ger", "Fer", "Ire", "Lu", "Ceci", "Ró"], ["ya", "ebio", "rina", "edios", "vasio", "mín", "ne", "pe", "lia"]),
      sn=(["Villa", "Arr", "Echev", "Galí", "Carre", "Monte", "Saave", "Olmed"], ["nueva", "oyo", "arría", "ndo", "ño", "agudo", "dra", "illa"]),
      st=(["del Alm", "de la Ret", "de los Tilo", "del Cier", "de las Adel"], ["endro", "ama", "s", "zo", "fas"]),
      st_fmt=lambda r, s: f"C/ {s}, {r.randint(1, 90)}, {r.randint(1, 8)}º {r.choice('ABCD')}",
      flat_fmt=None,
      town=(["Villa", "Torre", "Casar", "Alcal", "Valde"], ["rrubia", "jimeno", "ejo", "ar", "moro"]),
      postcode=lambda r: f"{r.randint(1, 52):02d}{r.randint(0, 999):03d}",
      dobfmt=lambda d: ddmmyyyy(d),
      ids=[("NATIONAL_ID", "DNI", lambda g, p: g.dni())],
      lab=dict(name="Nombre", addr="Domicilio", dob="Fecha nac.", phone="Tlf", email="Correo", id="Expte."),
      ph=dict(repair="Hay una gotera en el baño desde hace un mes y la EMV no ha mandado a nadie.",
              money="Me ha llegado el recibo del IBI con recargo y yo lo tenía domiciliado.",
              bins="El contenedor de orgánico lleva una semana sin recogerse.",
              parking="Me han puesto una multa de la ORA teniendo la tarjeta de residente.",
              planning="Presento alegaciones a la licencia de obra del solar de enfrente.",
              general="Por favor, llámenme cuando puedan, gracias."),
      english=False, currency="€"),
    L(tag="it-IT", region="IT", iban="IT", script="Latin",
      fn=(["Gio", "Ros", "Fabr", "Lore", "Ott", "Grazi", "Ales", "Ric", "Ele", "Vitt"], ["vanna", "alba", "izio", "dana", "avio", "ella", "sio", "cardo", "onora"]),
      sn=(["Bian", "Espos", "Colom", "Ferr", "Santor", "Mancin", "Galli", "Perug"], ["chetti", "itone", "bara", "aresi", "elli", "ucci", "ardi", "ini"]),
      st=(["dei Gel", "delle Rond", "del Carm", "dei Tig", "della Frag"], ["si", "ini", "ine", "li", "ola"]),
      st_fmt=lambda r, s: f"Via {s} {r.randint(1, 150)}{r.choice(['', '/B', ', scala C, int. ' + str(r.randint(1, 20))])}",
      flat_fmt=None,
      town=(["Castel", "Borgo", "Monte", "Villa", "San Vit"], ["franco", "nuovo", "rosso", "verde", "aliano"]),
      postcode=lambda r: f"{r.randint(10, 98)}{r.randint(0, 999):03d}",
      dobfmt=lambda d: ddmmyyyy(d),
      ids=[("TAX_ID", "C.F.", lambda g, p: g.codfisc(p["dob_d"], p["female"]))],
      lab=dict(name="Nome", addr="Indirizzo", dob="Nato/a il", phone="Tel.", email="Email", id="Prot."),
      ph=dict(repair="C'è un'infiltrazione dal tetto e l'ALER non ha ancora mandato il tecnico.",
              money="Ho ricevuto un avviso di accertamento TARI ma ho già pagato.",
              bins="Il ritiro degli ingombranti è saltato due volte.",
              parking="Mi hanno fatto una multa in zona ZTL ma ho il permesso da residente.",
              planning="Vorrei presentare osservazioni sulla SCIA del condominio accanto.",
              general="Per favore richiamatemi, grazie."),
      english=False, currency="€"),
    L(tag="nl-NL", region="NL", iban="NL", script="Latin",
      fn=(["Wou", "Hen", "Ger", "Ja", "Froukj", "Sjoer", "Ma", "Lieke", "Bram", "Tje"], ["ter", "drika", "rit", "nneke", "e", "d", "rijke", "lot", "rd"]),
      sn=(["van den ", "de ", "van ", "ter ", ""], ["Broek", "Vries", "Hoeve", "Wijngaard", "Kamp", "Berkhout", "Dongen", "Veld"], ["", "", "stra", "huis", "man"]),
      st=(["Wilg", "Berk", "Kievit", "Lijster", "Hooi", "Meidoorn"], ["en", "laan", "straat", "hof", "plein"]),
      st_fmt=lambda r, s: f"{s}{r.choice(['straat', 'laan', 'weg', 'hof'])} {r.randint(1, 200)}{r.choice(['', '-II', 'A', ' bis'])}",
      flat_fmt=None,
      town=(["Hoog", "Oost", "Nieuw", "Zuid", "Wester"], ["vliet", "erwolde", "kerk", "zande", "dijk"]),
      postcode=lambda r: f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}",
      dobfmt=lambda d: d.strftime("%d-%m-%Y"),
      ids=[("NATIONAL_ID", "BSN", lambda g, p: g.bsn())],
      lab=dict(name="Naam", addr="Adres", dob="Geb.datum", phone="Tel", email="E-mail", id="Zaaknr."),
      ph=dict(repair="Er zit schimmel in de badkamer en de woningcorporatie reageert niet.",
              money="Mijn huurtoeslag is stopgezet en ik moet terugbetalen.",
              bins="De gft-container is al twee keer niet geleegd.",
              parking="Ik heb een naheffingsaanslag gekregen terwijl mijn vergunning geldig was.",
              planning="Ik wil een zienswijze indienen tegen de omgevingsvergunning.",
              general="Kunt u mij terugbellen? Alvast bedankt."),
      english=False, currency="€"),
    L(tag="pl-PL", region="PL", iban="PL", script="Latin",
      fn=(["Grze", "Mał", "Bo", "Jadwi", "Zdzi", "Hali", "Tade", "Wie", "Krzy", "Dor"], ["gorz", "gorzata", "żena", "ga", "sław", "na", "usz", "sława", "ota"]),
      sn=(["Wiśn", "Kowal", "Zając", "Grabo", "Pawl", "Duda", "Szczep", "Kaczm"], ["iewski", "czyk", "kowska", "wski", "ak", "rek", "aniak", "arczyk"]),
      st=(["Jarzę", "Kalin", "Sosn", "Wrzo", "Bursz"], ["binowa", "owa", "owa", "sowa", "tynowa"]),
      st_fmt=lambda r, s: f"ul. {s} {r.randint(1, 120)} m. {r.randint(1, 60)}",
      flat_fmt=None,
      town=(["Grab", "Brzez", "Kęp", "Olsz", "Dąbr", "Jastrz"], ["owiec", "inka", "ówka", "anów", "ówko", "ębie"]),
      postcode=lambda r: f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}",
      dobfmt=lambda d: d.strftime("%d.%m.%Y"),
      ids=[("NATIONAL_ID", "PESEL", lambda g, p: g.pesel(p["dob_d"], p["female"]))],
      lab=dict(name="Imię i nazwisko", addr="Adres", dob="Data ur.", phone="Tel.", email="E-mail", id="Sygn."),
      ph=dict(repair="W łazience od tygodnia cieknie pion, administracja ZGM nic nie robi.",
              money="Dostałam decyzję o dodatku mieszkaniowym, ale kwota jest za niska.",
              bins="Śmieci segregowane nie zostały odebrane w tym tygodniu.",
              parking="Dostałem wezwanie do opłaty dodatkowej w strefie, a mam abonament mieszkańca.",
              planning="Składam uwagi do decyzji o warunkach zabudowy dla działki obok.",
              general="Proszę o kontakt telefoniczny, dziękuję."),
      english=False, currency="zł"),
    L(tag="sv-SE", region="SE", iban="SE", script="Latin",
      fn=(["Ing", "Åsa", "Sig", "Bir", "Tor", "Ylv", "Gun", "Mal", "Stel", "Kje"], ["egerd", "rid", "vard", "gitta", "björn", "a", "nel", "in", "ll"]),
      sn=(["Berg", "Lind", "Sjö", "Ahl", "Ek", "Holm", "Sand", "Ny"], ["qvist", "gren", "blom", "ström", "dahl", "berg", "vall", "lund"]),
      st=(["Lönn", "Hassel", "Rönn", "Tall", "Ljung"], ["backs", "dals", "lunds", "bergs", "hags"]),
      st_fmt=lambda r, s: f"{s}{r.choice(['vägen', 'gatan', 'stigen'])} {r.randint(1, 80)}{r.choice(['', ' lgh 1' + str(r.randint(1, 4)) + '0' + str(r.randint(1, 4))])}",
      flat_fmt=None,
      town=(["Öster", "Norr", "Väster", "Söder"], ["åker", "by", "tuna", "hamn", "viken"]),
      postcode=lambda r: f"{r.randint(100, 989)} {r.randint(10, 99)}",
      dobfmt=lambda d: d.isoformat(),
      ids=[("NATIONAL_ID", "Personnr", lambda g, p: g.pnr(p["dob_d"]))],
      lab=dict(name="Namn", addr="Adress", dob="Född", phone="Tel", email="E-post", id="Dnr"),
      ph=dict(repair="Jag gjorde en felanmälan om kylskåpet för tre veckor sedan men ingen har kommit.",
              money="Jag fick avslag på bostadsbidraget och vill överklaga.",
              bins="Matavfallet har inte hämtats på två veckor.",
              parking="Jag fick en felparkeringsavgift fast jag har boendeparkering.",
              planning="Jag vill lämna synpunkter på bygglovet för grannens tillbyggnad.",
              general="Ring mig gärna tillbaka, tack."),
      english=False, currency="kr"),
    L(tag="pt-BR", region="BR", iban=None, script="Latin",
      fn=(["Cleu", "Jo", "Rai", "Edi", "Lu", "Mar", "Wel", "Dja", "Iara", "Gilv"], ["za", "sué", "mundo", "nalva", "ciene", "ilene", "lington", "nira", "cy", "an"]),
      sn=(["Albu", "Carva", "Figuei", "Noguei", "Mace", "Bezer", "Teix", "Quin"], ["querque", "lhedo", "redo", "ra", "do", "ra", "eira", "tanilha"]),
      st=(["dos Ipê", "das Acác", "do Cajuei", "das Paine"], ["s", "ias", "ro", "iras"]),
      st_fmt=lambda r, s: f"Rua {s}, {r.randint(10, 2900)}{r.choice(['', ', apto ' + str(r.randint(11, 184)), ', casa 2', ', bloco B apto 32'])}",
      flat_fmt=None,
      town=(["Itaqua", "Parana", "Caru", "Ibira", "Jacare", "Tabo"], ["rema", "tiba", "pava", "guaçu", "mirim", "peva"]),
      postcode=lambda r: f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}",
      dobfmt=lambda d: ddmmyyyy(d),
      ids=[("TAX_ID", "CPF", lambda g, p: g.cpf())],
      lab=dict(name="Nome", addr="Endereço", dob="Data de nasc.", phone="Cel", email="E-mail", id="Protocolo"),
      ph=dict(repair="O teto do apartamento da COHAB está com infiltração e ninguém veio ver.",
              money="O carnê do IPTU veio com valor errado, o imóvel é isento.",
              bins="A coleta de lixo não passou na rua a semana toda.",
              parking="Recebi multa da zona azul mas o talão estava no painel.",
              planning="Quero registrar reclamação sobre a obra irregular do vizinho.",
              general="Por favor me liguem, obrigado."),
      english=False, currency="R$"),
    L(tag="tr-TR", region="TR", iban="TR", script="Latin",
      fn=(["Gül", "Er", "Se", "Nur", "Bay", "Tu", "Hü", "Ay", "Mer", "Öz"], ["şen", "han", "vgi", "cihan", "ram", "ğba", "lya", "sel", "tem", "lem"]),
      sn=(["Kara", "Yıl", "Çelik", "Akt", "Doğ", "Öz", "Kur", "Ert"], ["bulut", "dırım", "kaya", "aş", "ancı", "demir", "toğlu", "ürk"]),
      st=(["Lale", "Menekşe", "Çınar", "Papatya", "Ihlamur"], ["li", "dibi", "altı", "cık"]),
      st_fmt=lambda r, s: f"{s} Mah. {r.choice(['Gül', 'Kavak', 'Defne', 'Nergis'])} Sok. No:{r.randint(1, 90)} D:{r.randint(1, 20)}",
      flat_fmt=None,
      town=(["Yeni", "Esen", "Bağ", "Kuş"], ["köy", "tepe", "cılar", "adası"]),
      postcode=lambda r: f"{r.randint(1, 81):02d}{r.randint(100, 999)}",
      dobfmt=lambda d: d.strftime("%d.%m.%Y"),
      ids=[("NATIONAL_ID", "TC Kimlik No", lambda g, p: g.tckn())],
      lab=dict(name="Ad Soyad", addr="Adres", dob="Doğum tarihi", phone="Tel", email="E-posta", id="Dosya no"),
      ph=dict(repair="Binanın çatısı akıyor, yönetime söyledik ama kimse gelmedi.",
              money="Emlak vergisi borcum yanlış hesaplanmış, itiraz etmek istiyorum.",
              bins="Çöpler üç gündür alınmadı, sokak koktu.",
              parking="Zabıta aracımı çekti ama park yasağı levhası yoktu.",
              planning="Komşunun kaçak kat çıkmasıyla ilgili şikâyette bulunmak istiyorum.",
              general="Lütfen beni geri arayın, teşekkürler."),
      english=False, currency="₺"),
    L(tag="ru-RU", region="RU", iban=None, script="Cyrillic",
      fn=(["Ва", "Ми", "Сте", "Ари", "Ла", "Ро", "Ве", "Зи", "Ка", "Ти"], ["лина", "слава", "дим", "сений", "рина", "мира", "ана", "тон"]),
      sn=(["Бере", "Голо", "Заре", "Кули", "Моро", "Песто", "Сини", "Тала", "Шеве", "Яро"], ["зин", "вкин", "чнев", "ков", "зов", "вин", "цын", "нцев"]),
      st=(["Сирен", "Рябин", "Брусн", "Клён", "Кедр"], ["евая", "овая", "ичная", "овая", "овая"]),
      st_fmt=lambda r, s: f"ул. {s}, д. {r.randint(1, 120)}{r.choice(['', ', корп. 2', ', стр. 1'])}, кв. {r.randint(1, 300)}",
      flat_fmt=None,
      town=(["Ново", "Старо", "Верх", "Красно"], ["ольск", "дубск", "неозёрск", "лесье"]),
      postcode=lambda r: f"{r.randint(101000, 693000)}",
      dobfmt=lambda d: d.strftime("%d.%m.%Y"),
      ids=[("TAX_ID", "ИНН", lambda g, p: g.inn())],
      lab=dict(name="ФИО", addr="Адрес", dob="Дата рождения", phone="Тел.", email="Эл. почта", id="№ обращения"),
      ph=dict(repair="Управляющая компания уже месяц не устраняет протечку в подъезде.",
              money="Мне пришла квитанция ЖКХ с перерасчётом, который я не понимаю.",
              bins="Контейнерную площадку не вывозили неделю.",
              parking="Мне выписали штраф за парковку во дворе, хотя у меня резидентное разрешение.",
              planning="Хочу пожаловаться на самовольную пристройку соседей.",
              general="Перезвоните мне, пожалуйста."),
      english=False, currency="₽"),
    L(tag="el-GR", region="GR", iban="GR", script="Greek",
      fn=(["Αρι", "Δη", "Ευ", "Θεο", "Κλε", "Μυρ", "Νι", "Σπυ", "Φω", "Χρυ"], ["στέα", "μήτρα", "γένιος", "δώρα", "άνθη", "τεινή", "κόλας", "ρίδων", "σούλα"]),
      sn=(["Καρα", "Παπα", "Μαυρο", "Λαζα", "Ζερβο", "Σταυρο", "Γκιο", "Τσα"], ["γιαννάκη", "δάκη", "πούλου", "ρίδη", "λάκη", "νίδη", "κώστα"]),
      st=(["Ανεμ", "Κυπαρ", "Αμυγδ", "Λεμον"], ["ώνης", "ισσίων", "αλιάς", "ιάς"]),
      st_fmt=lambda r, s: f"Οδός {s} {r.randint(1, 90)}",
      flat_fmt=None,
      town=(["Καλο", "Αγρο", "Πετρο", "Λιθο", "Ροδο"], ["χώρι", "λάκκος", "βούνι", "πηγή", "κάμπος"]),
      postcode=lambda r: f"{r.randint(100, 849)} {r.randint(10, 99)}",
      dobfmt=lambda d: ddmmyyyy(d),
      ids=[("NATIONAL_ID", "ΑΜΚΑ", lambda g, p: g.amka(p["dob_d"])), ("TAX_ID", "ΑΦΜ", lambda g, p: g.afm())],
      lab=dict(name="Ονοματεπώνυμο", addr="Διεύθυνση", dob="Ημ. γέννησης", phone="Τηλ.", email="Email", id="Αρ. πρωτ."),
      ph=dict(repair="Η ταράτσα στάζει και ο δήμος δεν έχει στείλει κανέναν.",
              money="Μου ήρθε λογαριασμός με ΤΑΠ που δεν αντιστοιχεί στα τετραγωνικά.",
              bins="Οι κάδοι στη γειτονιά δεν έχουν αδειάσει εδώ και μέρες.",
              parking="Μου έκοψαν κλήση ενώ έχω κάρτα μόνιμου κατοίκου.",
              planning="Θέλω να καταγγείλω αυθαίρετη κατασκευή στο διπλανό οικόπεδο.",
              general="Παρακαλώ καλέστε με, ευχαριστώ."),
      english=False, currency="€"),
    L(tag="he-IL", region="IL", iban="IL", script="Hebrew",
      fn=(["אבי", "נו", "של", "יה", "מי", "דו", "רו", "תמ", "לי", "עד"], ["גיל", "עם", "מה", "רון", "נה", "אל", "ית", "טל"]),
      sn=(["בר", "גול", "שט", "אל", "מז", "רוז", "פרי", "כה"], ["ניק", "דמן", "קין", "עזר", "רחי", "נבלום", "די", "מון"]),
      st=(["הדק", "הרק", "השק", "האש", "הצא"], ["ל", "פת", "ד", "ל", "לון"]),
      st_fmt=lambda r, s: f"רחוב {s} {r.randint(1, 80)} דירה {r.randint(1, 30)}",
      flat_fmt=None,
      town=(["אלונ", "שקד", "תמר", "רימ", "ארז"], ["ית", "ון", "יה", "ים"]),
      postcode=lambda r: f"{r.randint(1000000, 9999999)}",
      dobfmt=lambda d: ddmmyyyy(d, "."),
      ids=[("NATIONAL_ID", "ת\"ז", lambda g, p: g.teudat())],
      lab=dict(name="שם", addr="כתובת", dob="תאריך לידה", phone="טלפון", email="דוא\"ל", id="מס' פנייה"),
      ph=dict(repair="יש רטיבות בקיר של חדר הילדים ועמידר לא שולחים טכנאי.",
              money="קיבלתי חיוב ארנונה כפול ואני רוצה לערער.",
              bins="הפחים ברחוב לא פונו כבר שבוע.",
              parking="קיבלתי דוח חניה למרות שיש לי תו אזורי.",
              planning="אני מתנגד לבקשה להיתר בנייה של השכן.",
              general="בבקשה תחזרו אליי, תודה."),
      english=False, currency="₪"),
    L(tag="ar-EG", region="EG", iban=None, script="Arabic",
      fn=(["نور", "سل", "يا", "حس", "مر", "عب", "كر", "ري"], ["ين", "مى", "سر", "ام", "وان", "يم", "اد", "هان"]),
      sn=(["الشر", "الحد", "النج", "القط", "المس", "الزي"], ["يف", "ادي", "ار", "اوي", "يري", "ابي"]),
      st=(["الياسم", "النخ", "الزيت", "الصفص"], ["ين", "يل", "ون", "اف"]),
      st_fmt=lambda r, s: f"{r.randint(1, 90)} شارع {s}، الدور {r.randint(1, 12)} شقة {r.randint(1, 40)}",
      flat_fmt=None,
      town=(["الواح", "الرب", "النس", "الفير", "الزه"], ["ية", "يع", "يم", "وز", "راء"]),
      postcode=lambda r: f"{r.randint(11000, 11999)}",
      dobfmt=lambda d: d.strftime("%Y/%m/%d"),
      ids=[("TAX_ID", "الرقم الضريبي", lambda g, p: g.egtn())],
      lab=dict(name="الاسم", addr="العنوان", dob="تاريخ الميلاد", phone="موبايل", email="البريد", id="رقم الطلب"),
      ph=dict(repair="في تسريب مياه من السقف والحي مش بيرد علينا.", money="جالي فاتورة الضريبة العقارية غلط ومش عارف أعمل إيه.",
              bins="الزبالة متكومة في الشارع بقالها أسبوع.", parking="اتعملت لي مخالفة ركن قدام بيتي.",
              planning="عايز أقدم شكوى في مخالفة بناء الدور الزيادة عند الجيران.", general="أرجو الاتصال بي، وشكراً."),
      english=False, currency="ج.م"),
    L(tag="hi-IN", region="IN", iban=None, script="Devanagari",
      fn=(["अनु", "दी", "कि", "मा", "रा", "सु", "वि", "प्र"], ["राग", "पक", "रण", "नसी", "जेश", "मन", "नीता", "यांश"]),
      sn=(["श्री", "भा", "के", "चौ", "त्रि", "मे", "गो", "पा"], ["वास्तव", "रद्वाज", "सरी", "धरी", "पाठी", "हरा", "यल", "ण्डे"]),
      st=(["गुलमो", "अशो", "नी", "चमे"], ["हर", "क", "म", "ली"]),
      st_fmt=lambda r, s: f"मकान नं. {r.randint(1, 400)}, {s} नगर, गली नं. {r.randint(1, 20)}",
      flat_fmt=None,
      town=(["राम", "शिव", "नंद", "चंद", "सूर", "देव", "हरि"], ["गढ़ा", "पुरवा", "नगरी", "बादी", "कोटा", "ग्राम"]),
      postcode=lambda r: f"{r.randint(110001, 855999)}",
      dobfmt=lambda d: ddmmyyyy(d, "-"),
      ids=[("NATIONAL_ID", "आधार", lambda g, p: g.aadhaar()), ("TAX_ID", "PAN", lambda g, p: g.pan())],
      lab=dict(name="नाम", addr="पता", dob="जन्म तिथि", phone="मोबाइल", email="ईमेल", id="शिकायत सं."),
      ph=dict(repair="हमारी गली की नाली दो हफ्ते से जाम है, नगर निगम से कोई नहीं आया।",
              money="संपत्ति कर का बिल गलत आया है, कृपया सुधार करें।",
              bins="कूड़ा गाड़ी पाँच दिन से नहीं आई।",
              parking="घर के बाहर गाड़ी खड़ी करने पर चालान काट दिया गया।",
              planning="पड़ोसी ने बिना नक्शा पास कराए तीसरी मंज़िल बना ली है।",
              general="कृपया मुझे वापस फ़ोन करें, धन्यवाद।"),
      english=False, currency="₹"),
    L(tag="ja-JP", region="JP", iban=None, script="Han/Kana",
      fn=(["陽", "美", "健", "結", "颯", "真", "千", "悠"], ["菜", "太", "翔", "斗", "子", "紀", "奈", "人"]),
      sn=(["高", "石", "森", "片", "長", "松", "柳", "浅", "堀", "杉"], ["畑", "野", "沢", "岡", "浦", "谷", "原", "瀬", "川", "島"]),
      st=(["桜", "若葉", "緑", "旭", "栄"], ["台", "町", "丘", "が丘"]),
      st_fmt=lambda r, s: f"{s}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['コーポ', 'ハイツ', '市営住宅'])}{r.choice(['A', 'B', ''])}{r.randint(101, 508)}",
      flat_fmt=None,
      town=(["北", "南", "東", "西"], ["山市", "川市", "浜市", "野市"]),
      postcode=lambda r: f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d}",
      dobfmt=lambda d: f"{d.year}年{d.month}月{d.day}日",
      ids=[("NATIONAL_ID", "マイナンバー", lambda g, p: g.mynumber())],
      lab=dict(name="氏名", addr="住所", dob="生年月日", phone="電話", email="メール", id="受付番号"),
      ph=dict(repair="市営住宅の浴室の換気扇が壊れたままです。", money="住民税の通知書の金額が去年と大きく違います。",
              bins="粗大ごみの収集日を予約したのに回収されていません。", parking="月極駐車場の契約について確認したいです。",
              planning="隣地の建築確認について説明を求めます。", general="折り返しお電話ください。よろしくお願いします。"),
      english=False, currency="円"),
    L(tag="ko-KR", region="KR", iban=None, script="Hangul",
      fn=(["민", "서", "지", "하", "준", "윤", "도", "예"], ["현", "수", "은", "채", "우", "연", "빈", "아"]),
      sn=(["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"], [""]),
      st=(["은행", "버들", "솔", "느티"], ["로", "길", "마을로"]),
      st_fmt=lambda r, s: f"{s} {r.randint(1, 200)}, {r.randint(101, 120)}동 {r.randint(1, 25)}0{r.randint(1, 6)}호",
      flat_fmt=None,
      town=(["새", "한", "푸른"], ["빛구", "들구", "솔구"]),
      postcode=lambda r: f"{r.randint(10000, 63999)}",
      dobfmt=lambda d: d.strftime("%Y.%m.%d"),
      ids=[("NATIONAL_ID", "주민등록번호", lambda g, p: g.rrn(p["dob_d"], p["female"]))],
      lab=dict(name="성명", addr="주소", dob="생년월일", phone="연락처", email="이메일", id="접수번호"),
      ph=dict(repair="임대아파트 베란다 누수가 한 달째 해결이 안 됩니다.", money="재산세 고지서 금액이 잘못 나온 것 같습니다.",
              bins="대형폐기물 스티커 붙였는데 수거가 안 됐어요.", parking="거주자 우선주차 구역인데 과태료가 나왔습니다.",
              planning="옆집 불법 증축 민원 넣습니다.", general="연락 부탁드립니다. 감사합니다."),
      english=False, currency="원"),
    L(tag="zh-CN", region="CN", iban=None, script="Han",
      fn=(["晓", "明", "婷", "伟", "芳", "静", "磊", "敏", "宇", "欣"], ["浩", "然", "雪", "涛", "佳", "琳", "峰", "蕾", "辰", "悦"]),
      sn=(["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"], [""]),
      st=(["桂花", "银杏", "紫荆", "丁香", "青檀", "玉兰", "海棠", "梧桐", "芙蓉", "沁园", "枫林", "松涛"], ["路", "街", "巷", "里"]),
      st_fmt=lambda r, s: f"{s}{r.randint(1, 300)}号{r.randint(1, 20)}栋{r.randint(1, 3)}单元{r.randint(1, 30)}0{r.randint(1, 4)}室",
      flat_fmt=None,
      town=(["清", "安", "宁", "丰"], ["溪区", "河区", "源县", "泽区"]),
      postcode=lambda r: f"{r.randint(100000, 850000)}",
      dobfmt=lambda d: f"{d.year}年{d.month}月{d.day}日",
      ids=[("NATIONAL_ID", "身份证号", lambda g, p: g.ric(p["dob_d"]))],
      lab=dict(name="姓名", addr="住址", dob="出生日期", phone="电话", email="邮箱", id="工单号"),
      ph=dict(repair="公租房卫生间漏水一个多月了，物业一直没来修。", money="我的住房补贴这个月没有到账。",
              bins="小区垃圾分类点三天没人清运了。", parking="在自家楼下停车被贴了罚单。",
              planning="隔壁违建加层，想投诉。", general="麻烦尽快回电，谢谢。"),
      english=False, currency="元"),
    L(tag="th-TH", region="TH", iban=None, script="Thai",
      fn=(["สม", "ปิ", "วิ", "อร", "กิต", "นภ", "ธน", "พิม"], ["ชาย", "ยะ", "ไล", "ทัย", "ติ", "ดล", "วัฒน์", "พา"]),
      sn=(["ศรี", "แก้ว", "ทอง", "บุญ", "จันทร์", "สุข", "พร", "วงศ์"], ["สวัสดิ์", "ประเสริฐ", "มณี", "เรือง", "ดี", "สมบูรณ์", "ทวี", "ศักดิ์"]),
      st=(["ซอยมะลิ", "ซอยลำดวน", "ซอยพิกุล", "ซอยราชพฤกษ์", "ซอยพุดซ้อน", "ซอยชบา", "ซอยกาหลง", "ซอยอินทนิล", "ซอยประดู่"], ["", " 3", " 7", " 12"]),
      st_fmt=lambda r, s: f"{r.randint(1, 400)}/{r.randint(1, 90)} {s} แขวงบางขุนนนท์",
      flat_fmt=None,
      town=(["เขต", "อำเภอ"], ["บางพลัด", "ตลิ่งชัน", "เมืองใหม่", "หนองบัว", "คลองสาม", "ท่าทราย", "บึงงาม", "ดอนแก้ว"]),
      postcode=lambda r: f"{r.randint(10100, 96220)}",
      dobfmt=lambda d: f"{d.day}/{d.month}/{d.year + 543}",
      ids=[("NATIONAL_ID", "เลขบัตรประชาชน", lambda g, p: g.thpin())],
      lab=dict(name="ชื่อ-สกุล", addr="ที่อยู่", dob="วันเกิด", phone="โทร", email="อีเมล", id="เลขที่เรื่อง"),
      ph=dict(repair="ท่อน้ำในแฟลตการเคหะรั่วมาสองอาทิตย์แล้ว", money="ใบแจ้งภาษีที่ดินและสิ่งปลูกสร้างยอดไม่ถูกต้อง",
              bins="รถเก็บขยะไม่มาเก็บสามวันแล้ว", parking="โดนล็อกล้อหน้าบ้านตัวเอง",
              planning="ขอร้องเรียนเพื่อนบ้านต่อเติมอาคารโดยไม่ขออนุญาต", general="รบกวนโทรกลับด้วยครับ ขอบคุณครับ"),
      english=False, currency="บาท"),
]


def build_locale_pools(rng):
    for loc in LOCALES:
        if loc.tag in ("ko-KR", "zh-CN"):
            loc.first = build_pool(rng, [], syl(*loc.fn), 40, loc.tag + ":given")
            loc.last = list(loc.sn[0])  # single-character family names; checked as part of the full name below
            full = build_pool(rng, [], lambda r, l=loc: r.choice(l.last) + r.choice(l.first), 60, loc.tag + ":fullname", 20)
            loc.full = full
        else:
            sn = loc.sn if len(loc.sn) == 2 else (loc.sn[0], loc.sn[1])
            comp_last = syl(*loc.sn) if len(loc.sn) == 2 else (lambda r, s=loc.sn: (r.choice(s[0]) + r.choice(s[1]) + r.choice(s[2])).strip())
            loc.first = build_pool(rng, [], syl(*loc.fn), 40, loc.tag + ":first")
            loc.last = build_pool(rng, [], comp_last, 40, loc.tag + ":last")
            loc.full = None
        loc.streets = build_pool(rng, [], syl(*loc.st), 20, loc.tag + ":street", 4)
        loc.towns = build_pool(rng, [], syl(*loc.town), 10, loc.tag + ":town", 3)


COMPANY_PARTS = (["Brack", "Stell", "Orm", "Tyne", "Vel", "Kerr", "Dun", "Harl", "Pim", "Quor"], ["en", "ard", "ix", "away", "wood", "mere", "ton", "ock"])


# ----------------------------------------------------------------------------------------------- records
class Rec:
    """Collects the values a record issues; entities are computed later by searching the body."""

    def __init__(self, gen, loc):
        self.g, self.loc, self.r = gen, loc, gen.r
        self.issued = []  # (type, value)

    def I(self, typ, value):
        self.issued.append((typ, value))
        return value

    def person(self):
        loc, r = self.loc, self.r
        female = r.random() < 0.55
        d = self.g.dob()
        if loc.full is not None:
            full = r.choice(loc.full)
            first = full[1:]
            last = full[0]
        else:
            first, last = r.choice(loc.first), r.choice(loc.last)
            if loc.tag in ("ja-JP",):
                full = f"{last} {first}"
            elif loc.tag in ("hu-HU",):
                full = f"{last} {first}"
            else:
                full = f"{first} {last}"
        local = re.sub(r"[^a-z]", "", (first + last).lower()) or None
        if local is None or len(local) < 4:
            local = r.choice(["tenant", "home", "fam", "mum", "dad"]) + self.g.digits(4)
        return dict(first=first, last=last, full=full, female=female, dob_d=d,
                    mail=f"{local}{r.choice(['', '.' + str(r.randint(1, 99)), str(d.year)[2:], '_' + str(d.day)])}@"
                         f"{r.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'web.de', 'gmx.net', 'orange.fr', 'libero.it', 'wp.pl', 'mail.ru', 'naver.com', 'qq.com', 'icloud.com', 'proton.me'])}")

    # issuing helpers (return the string that goes in the text)
    def name(self, p):
        return self.I("person", p["full"])

    def firstname(self, p):
        return self.I("person", p["first"])

    def dob(self, p):
        return self.I("DATE_OF_BIRTH", self.loc.dobfmt(p["dob_d"]))

    def phone(self, mobile=True):
        return self.I("PHONE_NUMBER", self.g.phone(self.loc.region, mobile))

    def email(self, p):
        return self.I("EMAIL_ADDRESS", p["mail"])

    def street(self):
        loc, r = self.loc, self.r
        s = r.choice(loc.streets)
        if loc.flat_fmt is not None and r.random() < 0.35:
            v = loc.flat_fmt(r, s)
        else:
            v = loc.st_fmt(r, s)
        return self.I("STREET_ADDRESS", v)

    def address_block(self):
        return f"{self.street()}, {self.loc.postcode(self.r)} {self.r.choice(self.loc.towns)}"

    def nid(self, p, which=None):
        if which is None:
            which = self.r.randrange(len(self.loc.ids))
        typ, label, fn = self.loc.ids[which % len(self.loc.ids)]
        return label, self.I(typ, fn(self.g, p))

    def iban(self):
        if self.loc.tag == "en-US":  # routing + account pair; the account number is the US_BANK_NUMBER value
            rtn = self.g.rtn()
            check(us_rtn.is_valid(rtn), "RTN", rtn)
            acct = self.g.digits(self.r.randint(8, 12), "123456789")
            return f"routing {rtn} account {self.I('US_BANK_NUMBER', acct)}"
        cc = self.loc.iban or self.r.choice(["GB", "DE", "NL", "IE"])
        return self.I("IBAN_CODE", self.g.iban(cc))

    def card(self):
        return self.I("CREDIT_CARD", self.g.card())

    def ip(self):
        return self.I("IP_ADDRESS", self.g.ip())

    def mrn(self):
        return self.I("MEDICAL_RECORD", self.g.mrn())


def council_name(r, loc):
    t = r.choice(loc.towns)
    return {"en-GB": f"{t} City Council", "en-US": f"{t} Housing Authority", "en-AU": f"City of {t}",
            "cy-GB": f"Cyngor {t}", "de-DE": f"Stadt {t}", "fr-FR": f"Mairie de {t}", "es-ES": f"Ayuntamiento de {t}",
            "it-IT": f"Comune di {t}", "nl-NL": f"Gemeente {t}", "pl-PL": f"Urząd Miasta {t}", "sv-SE": f"{t} kommun",
            "pt-BR": f"Prefeitura de {t}", "tr-TR": f"{t} Belediyesi", "ru-RU": f"Администрация г. {t}",
            "el-GR": f"Δήμος {t}", "he-IL": f"עיריית {t}", "ar-EG": f"{t}", "hi-IN": f"{t} नगर निगम",
            "ja-JP": f"{t}役所", "ko-KR": f"{t}청", "zh-CN": f"{t}住建局", "th-TH": f"สำนักงาน{t}"}[loc.tag]


def slug(s):
    s = re.sub(r"[^a-z]", "", s.lower())
    return s or "council"


def money(r, loc, lo=20, hi=2400):
    return f"{loc.currency}{r.randint(lo, hi)}.{r.choice(['00', '50', '17', '83', '40'])}" if loc.currency in "£$€" else f"{r.randint(lo, hi) * 10} {loc.currency}"


def ref(r, prefix="", n=8):
    return prefix + "".join(r.choice(string.digits) for _ in range(n))


def typo(r, s, rate=0.5):
    """Realistic sloppiness on English scaffolding only."""
    if r.random() > rate:
        return s
    swaps = [("you", "u"), ("please", "pls"), ("because", "cos"), ("the ", "teh "), ("tomorrow", "tmrw"), ("received", "recieved"),
             ("thanks", "thx"), ("should", "shud"), ("definitely", "definately"), ("about", "abt")]
    for a, b in r.sample(swaps, 3):
        s = s.replace(a, b, 1)
    return s


def L_(loc, key):
    return loc.ph.get(key, "") if not loc.english else ""


# ------------------------------------------------------------------- sensitive templates (one doc per call)
# Each returns (writer, fmt, doc, ask).  Values are issued through the Rec.

def s_council_tax(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    acct = ref(r, "", 8)
    if v == 0:
        doc = (f"From: {x.email(p)}\nSubject: council tax acct {acct} - moving out + single person discount\n\n"
               f"Hi, I'm moving out of {x.address_block()} on {r.randint(1, 28)}/{r.randint(1, 12)} and my partner stays, so pls close my liability "
               f"and put the SPD on for her. my new address is {x.address_block()}. {L_(loc, 'money')}\n"
               f"Refund of any credit to {x.iban()} please.\n{x.name(p)}\n{x.phone()}")
        return "resident", "email", doc, "draft a reply from the revenues team confirming what happens next"
    if v == 1:
        rows = ["acct_ref,name,address,dob,discount,phone"]
        for _ in range(r.randint(3, 5)):
            q = x.person()
            rows.append(f"{ref(r, '', 8)},{x.name(q)},\"{x.street()}\",{x.dob(q)},{r.choice(['SPD 25%', 'SMI 100%', 'CTR', 'none'])},{x.phone()}")
        doc = "\n".join(rows)
        return "officer", "csv", doc, "which of these discount reviews look unusual? single person discount review batch"
    lab_id, nid = x.nid(p)
    doc = (f"Call note {dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()} - {x.name(p)} rang re arrears on acct {acct}, "
           f"summons issued, liability order hearing next month. Caller verified w/ {lab['dob']} {x.dob(p)} and {lab_id} {nid}. "
           f"Agreed arrangement {money(r, loc, 20, 90)}/month by DD. {L_(loc, 'money')} Callback {x.phone()}.")
    return "officer", "call_note", doc, "tidy this call note up for the account history, keep all details"


def s_benefits(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    if v == 0:
        lab_id, nid = x.nid(p)
        doc = json.dumps({"claim_type": r.choice(["HB", "CTR", "DHP", "Wohngeld", "APL", "housing allowance"]),
                          "claimant": {lab["name"]: x.name(p), lab["dob"]: x.dob(p), lab_id: nid, lab["addr"]: x.address_block(),
                                       lab["phone"]: x.phone()},
                          "rent_weekly": money(r, loc, 80, 400), "landlord": "social", "bank": x.iban(),
                          "notes": L_(loc, "money") or "claimant says UC housing element stopped after sanction"}, ensure_ascii=False, indent=1)
        return "assessor", "json", doc, "check this claim record for missing evidence before assessment"
    if v == 1:
        kid = x.person()
        doc = (f"Dear Sir/Madam,\n\nI am writing to ask for a Discretionary Housing Payment. I live at {x.address_block()} with my son "
               f"{x.firstname(kid)} who is autistic and needs his own bedroom, so the bedroom tax is not fair. I also have {r.choice(['fibromyalgia', 'COPD', 'type 1 diabetes', 'bipolar disorder'])} "
               f"and my hospital number is {x.mrn()} ({'%s %s' % x.nid(p, 1)}). {L_(loc, 'money')}\n\nYours faithfully,\n{x.name(p)}\n{x.email(p)}")
        return "tenant", "letter", doc, "help me make this DHP letter stronger"
    lab_id, nid = x.nid(p)
    doc = (f"change of circs form\n{lab['name']}: {x.name(p)}\n{lab['dob']}: {x.dob(p)}\n{lab_id}: {nid}\nnew partner moved in: {x.name(x.person())}\n"
           f"partner income: {money(r, loc, 900, 2500)}/month\n{lab['phone']}: {x.phone()}\n{L_(loc, 'money')}")
    return "tenant", "form", doc, "does this change reduce my benefit? explain simply"


def s_repairs(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    if v == 0:
        doc = json.dumps({"job_no": ref(r, "JB", 7), "sor": r.choice(["603015", "305011", "D1020"]), "priority": r.choice(["E24", "U7", "R28"]),
                          "tenant": x.name(p), "contact": x.phone(), "property": x.address_block(),
                          "access": r.choice(["key safe code 4471", "after 2pm only", "dog - ring first", "vulnerable - wait for answer"]),
                          "description": L_(loc, "repair") or "black mould bedroom 2, baby 4 months in room, previous job closed no access"},
                         ensure_ascii=False)
        return "contractor", "job_json", doc, "write the operative's visit summary from this job"
    if v == 1:
        doc = (f"[{r.randint(7, 9)}:{r.randint(10, 59)}] {p['first']}: hiya its {x.name(p)} from {x.street()} again\n"
               f"[{r.randint(10, 12)}:0{r.randint(0, 9)}] {p['first']}: the boiler still not fixed, 3rd time reporting. no hot water since fri. "
               f"{L_(loc, 'repair')}\n[{r.randint(13, 15)}:{r.randint(10, 59)}] {p['first']}: my number is {x.phone()} if the engineer cant get in")
        return "tenant", "chat", doc, "log this as a repair complaint and say what stage 1 response is due"
    doc = (f"Damp & mould inspection\nAddress: {x.address_block()}\nOccupier: {x.name(p)} ({lab['dob']} {x.dob(p)})\n"
           f"Household: 2 adults, 3 children, one with asthma\nReadings: RH 78%, wall 31% WME\nPhotos emailed from {x.email(p)}\n{L_(loc, 'repair')}")
    return "surveyor", "inspection", doc, "turn this into a works order with HHSRS hazard rating"


def s_tenancy(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    if v == 0:
        doc = (f"RENT ACCOUNT STATEMENT - tenancy ref {ref(r, 'T', 6)}\nTenant: {x.name(p)} ({'%s %s' % x.nid(p)})\nProperty: {x.address_block()}\n"
               f"Arrears: {money(r, loc, 300, 2900)}   Last payment: {money(r, loc, 50, 200)}\nDD mandate: {x.iban()}\n"
               f"Notes: NOSP served, tenant says UC managed payment pending. {L_(loc, 'money')}")
        return "housing officer", "statement", doc, "draft a pre-action protocol letter based on this"
    if v == 1:
        lab_id, nid = x.nid(p)
        q = x.person()
        doc = (f"Sign-up checklist\n[x] ID seen: {lab_id} {nid}\n[x] {lab['name']}: {x.name(p)}\n[x] {lab['dob']}: {x.dob(p)}\n"
               f"[x] joint tenant: {x.name(q)}\n[x] {lab['email']}: {x.email(p)}\n[ ] gas safety cert given\n[x] starter tenancy explained")
        return "housing officer", "checklist", doc, "what's missing before the keys can be handed over?"
    nb = x.person()
    doc = (f"ASB diary\n- loud music till 3am from no. {r.randint(2, 40)}, the lad there is {x.name(nb)}\n- he shouted at my daughter "
           f"{x.firstname(x.person())}\n- I'm at {x.street()}, ring me on {x.phone()}\n{L_(loc, 'general')}")
    return "tenant", "diary", doc, "is this enough evidence for the ASB team? what should I add"


def s_planning(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    pref = f"{r.randint(22, 26)}/{r.randint(10000, 99999):05d}/{r.choice(['FUL', 'HOU', 'LBC', 'OUT'])}"
    if v == 0:
        doc = (f"Objection to application {pref}\n\nI live directly behind the site at {x.address_block()} and object on loss of light, "
               f"overlooking and parking. The two-storey rear extension will tower over our garden. {L_(loc, 'planning')}\n\n"
               f"{x.name(p)}\n{x.email(p)} / {x.phone()}")
        return "resident", "objection", doc, "make this objection focus on material planning considerations"
    if v == 1:
        doc = (f"Householder application form\n1. Applicant: {x.name(p)}\n2. Site address: {x.address_block()}\n3. {lab['phone']}: {x.phone()}\n"
               f"4. {lab['email']}: {x.email(p)}\n5. Proposal: single storey side extension and dropped kerb\n6. Pre-app: none")
        return "agent", "form", doc, "check this householder form for validation problems"
    rows = ["address,name,notified,response"]
    for _ in range(r.randint(3, 6)):
        q = x.person()
        rows.append(f"\"{x.street()}\",{x.name(q)},{dt.date(2026, r.randint(1, 12), r.randint(1, 28)).isoformat()},{r.choice(['object', 'support', 'none', 'comment'])}")
    doc = "\n".join(rows)
    return "planning officer", "csv", doc, f"summarise neighbour responses for the delegated report on {pref}"


def s_building_control(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    if v == 0:
        doc = (f"Completion certificate request\nOwner: {x.name(p)}\nSite: {x.address_block()}\nWorks: loft conversion, steel beams, new stair\n"
               f"Owner contact: {x.phone()} / {x.email(p)}\nFinal inspection requested for next week. {L_(loc, 'planning')}")
        return "builder", "form", doc, "list what the inspector will need to see before signing off"
    if v == 1:
        doc = (f"DANGEROUS STRUCTURE - out of hours\nReported by occupier {x.name(p)} ({x.phone()}) at {x.street()}: chimney stack leaning after storm, "
               f"bricks fallen onto pavement. {L_(loc, 'repair')}")
        return "duty officer", "report", doc, "write the s.78 emergency action note"
    rows = ["notification_id,homeowner,address,works,installer"]
    for _ in range(r.randint(3, 5)):
        q = x.person()
        rows.append(f"CPS{ref(r, '', 6)},{x.name(q)},\"{x.address_block()}\",{r.choice(['boiler replacement', 'window replacement', 'rewire', 'solar PV'])},{r.choice(COMPANIES)}")
    return "technician", "csv", "\n".join(rows), "flag notifications where the works normally need full plans"


def s_waste(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    if v == 0:
        doc = (f"missed bin AGAIN!! {L_(loc, 'bins')}\nI'm on the assisted collection list because of my {r.choice(['COPD', 'hip replacement', 'MS', 'arthritis'])}, "
               f"the crew just walk past. {x.name(p)} ({lab['dob']} {x.dob(p)}), {x.address_block()}, {x.phone()}")
        return "resident", "complaint", doc, "reply to this missed assisted collection complaint"
    if v == 1:
        doc = (f"Bulky waste booking\nName: {x.name(p)}\nAddress: {x.address_block()}\nItems: sofa, fridge freezer, 2 mattresses\n"
               f"Payment: card {x.card()} exp {r.randint(1, 12):02d}/{r.randint(27, 30)}\nConfirmation to: {x.email(p)}")
        return "call centre", "booking", doc, "confirm this booking back to the customer"
    doc = (f"Fly-tip evidence log\nLocation: rear alley behind shops\nEvidence found in bags: envelope addressed to {x.name(p)}, {x.address_block()}\n"
           f"Also parcel label with {x.phone()}\nOfficer: enforcement team, photos 1-6")
    return "enforcement officer", "evidence", doc, "draft the interview under caution invitation"


def s_parking(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    pcn = f"{r.choice(['HX', 'ZA', 'PK'])}{ref(r, '', 8)}"
    if v == 0:
        doc = (f"Informal challenge PCN {pcn}\nI was loading shopping for my disabled mother, the CEO didn't observe long enough. "
               f"{L_(loc, 'parking')}\nName: {x.name(p)}\nAddress: {x.address_block()}\nEmail: {x.email(p)}")
        return "motorist", "challenge", doc, "make this PCN challenge more persuasive"
    if v == 1:
        lab_id, nid = x.nid(p, 1)
        doc = (f"Blue Badge application\n{lab['name']}: {x.name(p)}\n{lab['dob']}: {x.dob(p)}\n{lab_id}: {nid}\n"
               f"Condition: {r.choice(['severe arthritis both knees', 'amputee below knee', 'heart failure NYHA III'])}\nGP practice letter attached\n{lab['phone']}: {x.phone()}")
        return "applicant", "form", doc, "does this person meet the criteria automatically or need assessment?"
    rows = ["permit_no,zone,holder_email,submitted_ip,address"]
    for _ in range(r.randint(3, 5)):
        q = x.person()
        rows.append(f"RP{ref(r, '', 6)},{r.choice('ABCDEFK')}{r.randint(1, 9)},{x.email(q)},{x.ip()},\"{x.street()}\"")
    return "permits officer", "csv", "\n".join(rows), "find duplicate applications submitted from the same IP"


def s_registrars(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    if v == 0:
        baby = x.person()
        baby["dob_d"] = dt.date(2026, r.randint(1, 11), r.randint(1, 28))
        q = x.person()
        doc = (f"Birth registration appointment\nBaby: {x.name(baby)}, born {x.dob(baby)}\nMother: {x.name(p)}, {lab['dob']} {x.dob(p)}, {'%s %s' % x.nid(p)}\n"
               f"Father: {x.name(q)}\nUsual address: {x.address_block()}\nContact: {x.phone()}")
        return "registrar", "booking", doc, "confirm the appointment and list documents to bring"
    if v == 1:
        dec = x.person()
        doc = (f"Death registration - informant notes\nDeceased: {x.name(dec)}, {lab['dob']} {x.dob(dec)}, died at home\n"
               f"Informant: {x.name(p)} (daughter) {x.phone()}\nMCCD received from GP. Tell Us Once offered.")
        return "registrar", "notes", doc, "write the Tell Us Once summary for the informant"
    q = x.person()
    lab_id, nid = x.nid(p)
    doc = (f"Notice of marriage\nParty 1: {x.name(p)}, {lab['dob']} {x.dob(p)}, {lab_id} {nid}\nParty 2: {x.name(q)}, {lab['dob']} {x.dob(q)}\n"
           f"Residence: {x.address_block()} (7 days+)\n{L_(loc, 'general')}")
    return "registrar", "form", doc, "check the notice is complete before it goes on the public board"


def s_casework(x: Rec, v):
    r, loc, lab = x.r, x.loc, x.loc.lab
    p = x.person()
    if v == 0:
        doc = (f"Hi team, forwarding casework from my surgery. {x.name(p)} of {x.address_block()} ({x.phone()}) has been in temporary "
               f"accommodation ({'%s %s' % x.nid(p, 1)}) for 14 months with two kids, one with {r.choice(['sickle cell', 'epilepsy', 'severe asthma'])}. "
               f"Can someone look at the medical priority? {L_(loc, 'general')}\nCllr office")
        return "councillor", "email", doc, "write a holding reply to the resident and a chase to housing options"
    if v == 1:
        rows = ["case,resident,contact,issue,status"]
        for _ in range(r.randint(3, 5)):
            q = x.person()
            rows.append(f"C{ref(r, '', 4)},{x.name(q)},{r.choice([x.email(q), x.phone()])},{r.choice(['damp', 'parking', 'school place', 'noise', 'bins'])},{r.choice(['open', 'chased', 'closed'])}")
        return "councillor", "csv", "\n".join(rows), "which cases have been open too long? prioritise"
    doc = (f"Residents' association minutes (draft)\nPresent: chair, treasurer, 9 residents\n- {x.name(p)} ({x.street()}) raised lift out of order "
           f"again, she uses a wheelchair, DOB given as {x.dob(p)} for the priority list\n- {L_(loc, 'repair')}")
    return "residents' association", "minutes", doc, "tidy these minutes for circulation"


SENSITIVE = {"council_tax": s_council_tax, "benefits": s_benefits, "housing_repairs": s_repairs, "tenancy": s_tenancy,
             "planning": s_planning, "building_control": s_building_control, "waste": s_waste, "parking": s_parking,
             "registrars": s_registrars, "casework": s_casework}

FILLER = {
    "council_tax": "The bill says band C but the house next door which is identical is band B. I went to the VOA website and it says I can ask for a review if I think the band is wrong, but I don't want my band to go up instead. I've paid by direct debit every month for eleven years and never missed. The last statement shows a credit from the year I was off sick, which I never got back.",
    "benefits": "Universal Credit told me the housing element is paid to me now not the landlord, and the council said housing benefit stopped because of the migration. There's a gap of five weeks where nobody paid anything and the housing association is sending arrears letters. I have all the letters in a folder.",
    "housing_repairs": "The extractor fan in the bathroom stopped working in the autumn and since then the ceiling has gone black in the corner. The operative came once, sprayed it and left, said it was lifestyle and to open the windows. We do open them. The landlord's website says damp and mould must be investigated within fourteen days now.",
    "tenancy": "We want to do a mutual exchange to a three bed because the kids are sharing. The housing officer said we can't while there are arrears, but the arrears are only because of the bedroom tax deduction. I've been a tenant here since the block was refurbished and never had a complaint against me.",
    "planning": "The notice on the lamp post says the consultation ends on the 14th. The drawings show windows on the side elevation that look straight into our kitchen. The design and access statement says there is no overlooking, which is not true. The conservation officer hasn't commented yet.",
    "building_control": "The builder says the steel was signed off by his engineer but the inspector hasn't been out since the foundations. We need the completion certificate to sell the house and the solicitor is chasing. The fire doors on the loft landing are not self-closing.",
    "waste": "Since the new rounds started the green bin has been missed four times. The app says collected but it's sitting full on the pavement. We pay for the garden waste subscription separately so this is annoying. The crew also leave the lids open and the foxes get in.",
    "parking": "The bay markings were faded and the sign at the end of the street was covered by a hedge. I took photos. I've lived here for years and the resident permit scheme changed in March without anyone writing to us. The CEO issued it two minutes after the grace period.",
    "registrars": "We booked the ceremony at the register office for the spring and paid the deposit. We need to change the date because of a family funeral abroad. The website says notice of marriage is valid for twelve months so we think we don't need to give notice again.",
    "casework": "I've emailed the housing department three times and had no reply, so I'm asking my councillor to help. The last officer left and nobody picked up the case. The stairwell lights have been out for a month and elderly residents are scared to go out after dark.",
}


def s_incidental(x: Rec, kind, v):
    """A long text about the kind with exactly ONE personal item."""
    r, loc = x.r, x.loc
    base = FILLER[kind] + " " + (loc.ph.get("general", "") if not loc.english else "")
    if v % 3 == 0:
        item = f"If I don't answer ring my daughter on {x.phone()}."
    elif v % 3 == 1:
        q = x.person()
        rel = r.choice(["my neighbour", "my carer", "my son", "my ex-partner", "our caretaker", "my sister"])
        item = f"{rel[0].upper() + rel[1:]} {x.firstname(q)} can confirm all of this."
    else:
        p = x.person()
        p["dob_d"] = x.g.dob(1938, 1957)
        item = f"For the record I was born {x.dob(p)} so I'm over pension age."
    parts = base.split(". ")
    k = r.randint(1, max(1, len(parts) - 1))
    doc = ". ".join(parts[:k]) + ". " + item + " " + ". ".join(parts[k:])
    return "resident", "long_message", doc, r.choice(["summarise this for the case file", "what should I do next?", "write a formal complaint from this"])


# ----------------------------------------------------------------------------------------- benign templates
def b_doc(kind, r, loc, v, x):
    """Hard negatives of the same world; no private person anywhere. Returns (writer, fmt, doc, ask, negtype)."""
    council = council_name(r, loc)
    dom = slug(council) + r.choice([".gov.uk", ".gov.example", ".example.org"])
    pub = f"{r.choice(loc.first)} {r.choice(loc.last)}" if loc.full is None else r.choice(loc.full)
    switch = EXAMPLE_PHONE[loc.region]
    ph = loc.ph.get(KEYMAP[kind], "") if not loc.english else ""
    gen = [
        # 0 organisation contact data
        ("comms officer", "notice",
         f"{council} - {KIND_TITLE[kind]}\nContact us: {ROLE[kind]}@{dom} | switchboard {switch} | open Mon-Fri 9-5\n"
         f"Registered office / civic centre: Town Hall, Market Place. Out of hours emergencies: {r.choice(['999 / 112', 'emergency line on our website'])}\n{ph}",
         "rewrite this contact block to be more accessible (plain English)", "org_contact"),
        # 1 public figure in public role
        ("democratic services", "minutes",
         f"Extract from the minutes of the {KIND_TITLE[kind]} committee\nChair: Cllr {pub} (Cabinet Member for {KIND_TITLE[kind]})\n"
         f"RESOLVED: that the report be noted and the revised policy adopted with effect from 1 April. Cllr {pub} thanked officers for the work "
         f"and asked for a six-month update. Vote: 7 for, 2 against, 1 abstention.",
         "summarise the decision in two lines for the newsletter", "public_role"),
        # 2 placeholders / blank form
        ("officer", "template",
         f"Dear {{{{tenant_name}}}},\nRe: {KIND_TITLE[kind]} - {{{{property_address}}}}\nOur ref: {{{{case_ref}}}}\n"
         f"{lab(loc, 'name')}: ____________  {lab(loc, 'dob')}: __/__/____  {lab(loc, 'phone')}: ____________\n"
         f"Please return this form to {ROLE[kind]}@{dom} within 21 days.",
         "translate this template to plain English and keep the placeholders", "placeholder_form"),
        # 3 aggregated / anonymised
        ("data analyst", "stats",
         "ward,cases,median_days,%within_target\n" + "\n".join(f"{w},{r.randint(12, 400)},{r.randint(2, 60)},{r.randint(40, 99)}"
                                                             for w in ["North", "South", "East", "West", "Central", "Riverside"]) +
         f"\n\nCase study (anonymised): Resident A, a single parent in a 2-bed flat, waited [X] weeks. Names and addresses removed.",
         "write three insights for the performance report", "aggregated"),
        # 4 reference numbers that look like identifiers
        ("officer", "refs",
         f"UPRN {r.randint(100000000000, 200099999999)} | account {ref(r, '', 8)} | case {ref(r, 'CAS-', 7)} | PCN {r.choice(['HX', 'ZA'])}{ref(r, '', 8)} | "
         f"planning {r.randint(22, 26)}/{r.randint(10000, 99999):05d}/FUL | job {ref(r, 'JB', 7)} | invoice {ref(r, 'INV', 9)} | cert no {ref(r, 'BC/', 6)}\n"
         f"These references relate to the same void property at the former depot site, no occupant.",
         "explain what each of these reference numbers is used for", "reference_numbers"),
        # 5 documentation / test values
        ("developer", "test_data",
         f"# fixtures for the {KIND_TITLE[kind].lower()} portal integration tests\nTEST_NINO = 'QQ123456C'  # HMRC documentation example\n"
         f"TEST_CARD = '4111 1111 1111 1111'  # gateway test card\nTEST_IBAN = 'GB82 WEST 1234 5698 7654 32'  # ISO example\n"
         f"TEST_PHONE = '{EXAMPLE_PHONE[loc.region]}'  # library example number\nTEST_EMAIL = 'tenant@example.com'\nTEST_IP = '{r.choice(['192.0.2.', '198.51.100.', '203.0.113.'])}{r.randint(1, 254)}'  # RFC 5737\n"
         f"TEST_POSTCODE = 'AA1 1AA'",
         "write pytest cases that use these fixtures for the form validator", "test_values"),
        # 6 eponyms / fictional
        ("trainer", "training",
         f"Training note: {r.choice(EPONYMS)}. For role-play use the fictional tenant '{r.choice(FICTIONAL)}' from the training pack. "
         f"{KIND_TITLE[kind]} scenarios only, no real cases. {ph}",
         "turn this into a 10-minute training quiz", "eponym_fictional"),
        # 7 kind-specific public information
        ("officer", "public_info", PUBLIC_INFO[kind](r, loc) + ("\n" + ph if ph else ""),
         "answer a resident's question using only this information", "public_info"),
        # 8 historical register (registrars) or a site/commercial address (others)
        ("archivist" if kind == "registrars" else "officer", "historic" if kind == "registrars" else "site",
         (f"Transcription, parish burial register {r.randint(1858, 1899)}: entry {r.randint(10, 300)}, '{HIST[r.randrange(len(HIST))]}', "
          f"labourer, aged {r.randint(2, 80)}, of the workhouse. Officiating minister illegible. For family-history enquiries only.")
         if kind == "registrars" else
         (f"Site: Land at former {r.choice(['gasworks', 'bus depot', 'leisure centre', 'library annexe'])}, {r.choice(loc.streets)} - "
          f"owned by {council}. Agent: {r.choice(COMPANIES)} (registered office, company switchboard {switch}). No residential occupiers."),
         "summarise this for the enquiry reply", "historical" if kind == "registrars" else "site_address"),
    ]
    return gen[v % len(gen)]


def lab(loc, k):
    return loc.lab[k]


KEYMAP = {"council_tax": "money", "benefits": "money", "housing_repairs": "repair", "tenancy": "repair", "planning": "planning",
          "building_control": "planning", "waste": "bins", "parking": "parking", "registrars": "general", "casework": "general"}
KIND_TITLE = {"council_tax": "Council Tax", "benefits": "Housing Benefit", "housing_repairs": "Housing Repairs", "tenancy": "Tenancy Management",
              "planning": "Planning", "building_control": "Building Control", "waste": "Waste Services", "parking": "Parking Services",
              "registrars": "Registration Service", "casework": "Member Enquiries"}
ROLE = {"council_tax": "ctax", "benefits": "benefits", "housing_repairs": "repairs", "tenancy": "tenancy.services", "planning": "planning.enquiries",
        "building_control": "buildingcontrol", "waste": "waste", "parking": "parking.appeals", "registrars": "register.office", "casework": "member.enquiries"}
EXAMPLE_PHONE = {}
# (proper-name part that is frozen-checked, the phrase it appears in)
EPONYMS_SEED = [("Awaab", "Awaab's Law (damp and mould timescales, named after the child whose case led to it)"),
                ("Parker Morris", "the Parker Morris space standards"), ("Tudor Walters", "the Tudor Walters report on council housing"),
                ("Haussmann", "the Haussmann-style blocks in the conservation area"), ("Wednesbury", "Wednesbury unreasonableness in allocation reviews"),
                ("Octavia Hill", "Octavia Hill's model of housing management"), ("Bazalgette", "the Bazalgette sewer under the estate"),
                ("Karl-Marx-Hof", "the Karl-Marx-Hof as a model of municipal housing"), ("Pruitt-Igoe", "the Pruitt-Igoe demolition as a design warning"),
                ("Peabody", "the Peabody estates' tenancy rules"), ("Ebenezer Howard", "Ebenezer Howard's garden-city principles in the local plan"),
                ("Nightingale", "Nightingale Court, the sheltered scheme named after the nurse")]
FICTIONAL_SEED = [("Leslie Knope", "Leslie Knope"), ("Jim Hacker", "Jim Hacker"), ("Hyacinth Bucket", "Hyacinth Bucket"),
                  ("Adrian Mole", "Adrian Mole"), ("Bob the Builder", "Bob the Builder"), ("Rab Nesbitt", "Rab C. Nesbitt"),
                  ("Cathy Ward", "Cathy from 'Cathy Come Home'"), ("Pauline Fowler", "Pauline Fowler")]
EPONYMS, FICTIONAL, HIST, COMPANIES = [], [], [], []


def _pi_ct(r, loc):
    base = r.randint(1100, 1600)
    return "Band,Ratio,Annual charge\n" + "\n".join(f"{b},{n}/9,{loc.currency if loc.currency in '£$€' else ''}{base * n // 9}"
                                                     for b, n in zip("ABCDEFGH", [6, 7, 8, 9, 11, 13, 15, 18])) + \
        "\nSingle person discount 25%. Care leavers under 25 exempt. Pay by 1st of each month."


def _pi_ben(r, loc):
    return ("Local Housing Allowance rates (per week): shared room " + money(r, loc, 70, 110) + ", 1 bed " + money(r, loc, 120, 180) +
            ", 2 bed " + money(r, loc, 150, 230) + ". Under-occupancy deduction 14% one spare room, 25% two or more. Claims can be backdated one month.")


PUBLIC_INFO = {
    "council_tax": _pi_ct, "benefits": _pi_ben,
    "housing_repairs": lambda r, loc: "Repair priorities: Emergency - attend within 24h (no heating in winter, gas leak, flooding). Urgent - 7 days. Routine - 28 days. "
                                      "SOR 603015 renew WC pan; SOR 305011 ease and adjust door; SOR D1020 mould wash and treat per m2.",
    "tenancy": lambda r, loc: "Allocations scheme bands: Band A urgent medical / statutory overcrowding; Band B homeless duty owed; Band C local connection only. "
                              f"Average void turnaround {r.randint(18, 45)} days. Mutual exchange: 2-bed 3rd floor flat for 3-bed house, same borough.",
    "planning": lambda r, loc: "Permitted development: single-storey rear extensions up to 3m (attached) or 4m (detached) without prior approval; "
                               "prior approval scheme up to 6m/8m. Article 4 directions remove PD rights in the conservation area.",
    "building_control": lambda r, loc: "Approved Document L: new dwelling wall U-value 0.18 W/m2K, roof 0.11, floor 0.13. Inspection stages: commencement, "
                                       "foundations, DPC, drains, pre-plaster, completion. Fees: full plans from " + money(r, loc, 300, 700) + ".",
    "waste": lambda r, loc: "Collection calendar: week A black bin, week B blue + green. Bank holiday collections move one day later. "
                            f"Tonnage last quarter: residual {r.randint(8000, 20000)}t, recycling {r.randint(5000, 12000)}t, contamination {r.randint(4, 19)}%.",
    "parking": lambda r, loc: "Contravention codes: 01 restricted street; 12 residents' bay without permit; 40 disabled bay. Higher rate " + money(r, loc, 70, 130) +
                              ", discounted 50% within 14 days. Adjudicator decisions are published; the appeal was allowed on signage grounds.",
    "registrars": lambda r, loc: "Fees: certificate " + money(r, loc, 11, 15) + ", priority " + money(r, loc, 35, 40) + ". Notice of marriage " + money(r, loc, 42, 45) +
                                 " per person, valid 12 months. Births must be registered within 42 days, deaths within 5 days.",
    "casework": lambda r, loc: f"Ward surgery: first Saturday of each month, 10-12, at the Central Library (public building). Ward stats: {r.randint(200, 900)} enquiries this year, "
                               f"{r.randint(30, 60)}% housing, {r.randint(10, 25)}% parking.",
}


# ----------------------------------------------------------------------------------------------- placement
PLACEMENTS = ["user_plain", "system_context", "assistant_echo", "tool_result", "content_parts", "file_part",
              "tool_call_args", "tools_schema", "response_format", "user_field", "image_url_query"]

SYSTEMS = ["You help staff of a local council's customer service centre. Be accurate and polite.",
           "You are an assistant for a social housing provider. Follow GDPR and the tenancy agreement.",
           "You support a councillor's casework office. Be concise.",
           "You assist a building control and planning team.",
           "You help tenants and residents understand council letters."]


def make_body(r, placement, doc, ask, writer, rec_user, model):
    sysmsg = {"role": "system", "content": r.choice(SYSTEMS)}
    if placement == "user_plain":
        msgs = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif placement == "system_context":
        msgs = [{"role": "system", "content": sysmsg["content"] + "\n\nContext document:\n" + doc}, {"role": "user", "content": ask}]
    elif placement == "assistant_echo":
        msgs = [sysmsg, {"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": "Received:\n" + doc},
                {"role": "user", "content": ask}]
    elif placement == "tool_result":
        cid = "call_" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(16))
        msgs = [sysmsg, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                    "name": "fetch_case_record", "arguments": json.dumps({"case_ref": ref(r, "CRM-", 7)})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif placement == "content_parts":
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif placement == "file_part":
        fn = r.choice(["case_export.txt", "letter.txt", "form_scan_ocr.txt", "notes.csv", "casework.txt"])
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {
            "filename": fn, "file_data": "data:text/plain;base64," + base64.b64encode(doc.encode("utf-8")).decode("ascii")}}]}]
    elif placement == "tool_call_args":
        cid = "call_" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(16))
        msgs = [sysmsg, {"role": "user", "content": "log it on the CRM then " + ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                    "name": "crm_create_note", "arguments": json.dumps({"note": doc, "channel": writer}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "ok", "note_id": ref(r, "N", 6)})},
                {"role": "user", "content": "thanks, now do the rest"}]
    elif placement == "tools_schema":
        msgs = [sysmsg, {"role": "user", "content": ask}]
        tools = [{"type": "function", "function": {"name": "submit_case", "description": "Submit the case to the back-office system. Example payload:\n" + doc,
                                                    "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "priority": {"type": "string", "enum": ["low", "medium", "high"]}},
                                                                   "required": ["summary"]}}}]
        return {"model": model, "messages": msgs, "tools": tools, "tool_choice": "auto"}
    elif placement == "response_format":
        msgs = [sysmsg, {"role": "user", "content": ask}]
        return {"model": model, "messages": msgs, "response_format": {"type": "json_schema", "json_schema": {
            "name": "case_summary", "schema": {"type": "object", "description": "Summarise this source record:\n" + doc,
                                               "properties": {"summary": {"type": "string"}, "actions": {"type": "array", "items": {"type": "string"}}}}}}}
    elif placement == "user_field":
        msgs = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        return {"model": model, "messages": msgs, "user": rec_user}
    elif placement == "image_url_query":
        q = urllib.parse.urlencode({"case": ref(r, "", 6), "note": doc})
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask + "\n(the photo link has the note attached)"},
                                                       {"type": "image_url", "image_url": {"url": "https://portal.council.example/uploads/photo.jpg?" + q}}]},
                {"role": "user", "content": "that's all"}]
    else:
        raise ValueError(placement)
    return {"model": model, "messages": msgs}


def serialised(body) -> str:
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"data:[^;\"]+;base64,([A-Za-z0-9+/=]+)", s):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8"))
    for m in re.finditer(r"https?://[^\s\"]+", s):
        extra.append(urllib.parse.unquote_plus(m.group(0)))
    # tool-call arguments are JSON strings inside JSON: decode them too
    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "arguments" and isinstance(v, str):
                    extra.append(json.dumps(json.loads(v), ensure_ascii=False))
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(body)
    # the plain-text view of every string value (JSON escapes removed)
    def strings(o):
        if isinstance(o, dict):
            for v in o.values():
                yield from strings(v)
        elif isinstance(o, list):
            for v in o:
                yield from strings(v)
        elif isinstance(o, str):
            yield o
    return s + "\n" + "\n".join(extra) + "\n" + "\n".join(strings(body))


def entities_of(body, issued):
    s = serialised(body)
    out, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        seen.add((typ, val))
        if val and val in s:
            out.append({"type": typ, "value": val})
    return out


# ----------------------------------------------------------------------------------------------- PII split
KINDS = list(SENSITIVE)


def build_pii(rng, gen):
    recs = []
    n_sens, n_ben = 29, 21
    li = 0
    pi = 0
    for ki, kind in enumerate(KINDS):
        n_incidental = 4 if ki % 2 == 0 else 3
        items = [("S", v) for v in range(n_sens)] + [("B", v) for v in range(n_ben)]
        for kk, v in items:
            loc = LOCALES[li % len(LOCALES)]
            li += 1
            x = Rec(gen, loc)
            placement = PLACEMENTS[pi % len(PLACEMENTS)]
            pi += 1
            incidental = False
            if kk == "S":
                if v < n_incidental:
                    writer, fmt, doc, ask = s_incidental(x, kind, v + li)
                    incidental = True
                else:
                    writer, fmt, doc, ask = SENSITIVE[kind](x, v % 3)
                negtype = None
                rec_user = x.I("EMAIL_ADDRESS", x.person()["mail"]) if placement == "user_field" and not incidental and rng.random() < 0.5 else f"portal-session-{ref(rng, '', 6)}"
            else:
                writer, fmt, doc, ask, negtype = b_doc(kind, rng, loc, v, x)
                rec_user = rng.choice([f"{ROLE[kind]}-bot", "staff-" + ref(rng, "", 4), "ward-office"])
            if loc.english:
                d2 = typo(rng, doc, 0.25)
                if all(val in d2 for _, val in x.issued):  # never alter an issued value
                    doc = d2
                ask = typo(rng, ask, 0.4)
            elif rng.random() < 0.3:
                ask = ask + " " + rng.choice(["(answer in English)", "- reply in the same language pls", "réponds en français stp" if loc.tag == "fr-FR" else "thx"])
            model = rng.choice(["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "gpt-4.1"])
            completions = pi % 10 == 3
            if completions:
                body = {"model": model, "prompt": f"### Task\n{ask}\n\n### Document\n{doc}\n\n### Answer\n", "max_tokens": 400}
                placement_used = "completions_prompt"
                endpoint = "completions"
            else:
                body = make_body(rng, placement, doc, ask, writer, rec_user, model)
                placement_used = placement
                endpoint = "chat"
            ents = entities_of(body, x.issued) if kk == "S" else []
            if kk == "S" and not ents:
                raise SystemExit(f"sensitive record without entities: {kind} {v} {placement_used}")
            if kk == "B":
                assert not x.issued, "benign record issued a value"
            recs.append(dict(category=kind if kk == "S" else f"{kind}_benign", sensitive=bool(ents), entities=ents,
                             endpoint=endpoint, lang=loc.tag,
                             style=" · ".join(s for s in [writer, fmt, placement_used, "incidental" if incidental else None, negtype] if s),
                             body=body, _incidental=incidental, _neg=negtype))
    rng.shuffle(recs)
    out = []
    for i, rr in enumerate(recs, 1):
        meta = (rr.pop("_incidental"), rr.pop("_neg"))
        out.append(({"id": f"{SPLIT}-pii-{i:04d}", **rr}, meta))
    return out


# ----------------------------------------------------------------------------------------------- complexity
CX_SHORT_SIMPLE = [
    ("en", "what day do the bins go out on a bank holiday week?"), ("en", "how do I pay council tax online?"),
    ("en", "whats the number for emergency repairs out of hours"), ("en", "translate 'your rent is due on Monday' into Polish"),
    ("en", "what does PCN stand for"), ("en", "spell out UPRN"), ("en", "is a garden shed usually permitted development? one line"),
    ("en", "give me a polite one-line reminder that the residents meeting is on Thursday at 7"),
    ("de", "Was bedeutet 'Grundsteuerbescheid'?"), ("de", "Wann wird der Gelbe Sack abgeholt, wenn Montag Feiertag ist? Kurz bitte."),
    ("fr", "Que veut dire APL ?"), ("fr", "Traduis en anglais : « votre dossier est complet »."),
    ("es", "¿Qué es el padrón municipal? En una frase."), ("es", "Dame un saludo formal para escribir al ayuntamiento."),
    ("it", "Cos'è la TARI? Una riga."), ("nl", "Wat is huurtoeslag? Kort."), ("pl", "Co to jest ZGM? Jedno zdanie."),
    ("sv", "Vad betyder felanmälan?"), ("pt-BR", "O que é IPTU? Resposta curta."), ("tr", "Emlak vergisi ne zaman ödenir? Kısaca."),
    ("ru", "Что такое капремонт? Коротко."), ("el", "Τι είναι τα ΤΑΠ; Σύντομα."), ("he", "מה זה ארנונה? במשפט אחד."),
    ("ar", "يعني إيه الضريبة العقارية؟ باختصار"), ("hi", "संपत्ति कर क्या होता है? एक वाक्य में।"), ("ja", "粗大ごみの出し方を一言で教えて。"),
    ("ko", "대형폐기물 스티커는 어디서 사나요? 짧게."), ("zh", "公租房是什么？一句话解释。"), ("en", "convert 14 days notice to a date if today is 3 March"),
    ("en", "list the council tax bands A to H"), ("en", "write 'Bin day changed to Friday' as a short SMS"),
    ("de", "Formuliere höflich: 'Der Aufzug ist kaputt.'"), ("fr", "Corrige l'orthographe : 'le chauffage ne marche plu depuit lundi'"),
]
CX_SHORT_HARD = [
    ("en", "A band D property's liability runs 14 Nov-31 Mar in a leap-year financial year; single person discount applies from 2 Jan and a 100% empty-home premium applied before occupation. Work out the exact apportioned charge on a £2,147.63 band D and show the daily-rate method councils actually use."),
    ("en", "Tenant under an assured shorthold since 2019 with a deposit protected 41 days late and no How to Rent guide served; landlord now serves s.21 and also s.8 grounds 8 and 10. Analyse validity of each notice and the likely outcome, citing the statutory provisions."),
    ("en", "Formulate bin-round optimisation for 3 depots, 41 vehicles, time windows and a 26-tonne axle limit as a MILP; give variables, constraints and a decomposition that scales to 180k properties."),
    ("en", "Prove or refute: an allocation points scheme where points are summed across independent need factors can never rank a household with strictly more need in every factor below another household. Then construct a counterexample when caps per factor exist."),
    ("en", "Change of use from C3 to an 8-bed HMO began 2014, unlawful, no enforcement; Article 4 came in 2018. Is it immune now, and does the 10-year rule or 4-year rule apply post-Levelling-up Act transitional provisions? Reason carefully."),
    ("en", "Design a statistically sound test of whether parking enforcement officers issue more PCNs in the last hour of shifts, controlling for footfall and day-of-week, with a power calculation for 12 officers over 6 months."),
    ("en", "A housing benefit overpayment arose partly from official error and partly from claimant failure to report. Explain how recoverability is decided, how the overpayment is split and what appeal rights exist, with the regulations."),
    ("en", "Explain why a party wall award and a building control completion certificate can conflict on the same steel beam bearing, and how to resolve it with the structural engineer without invalidating either."),
    ("de", "Eine Wohngeldberechnung: 3-Personen-Haushalt, Mietstufe IV, Bruttokaltmiete 780 €, Einkommen schwankend. Leite die Formel her und erkläre, wie sich Heizkostenkomponente und Klimakomponente auswirken."),
    ("de", "Prüfe die Rechtmäßigkeit einer Beseitigungsanordnung für einen ungenehmigten Carport im Außenbereich nach § 35 BauGB inkl. Ermessensfehlern und Bestandsschutz."),
    ("fr", "Un locataire HLM en sous-occupation refuse deux propositions de relogement. Analyse les conséquences juridiques (loi ELAN, supplément de loyer de solidarité) et les recours possibles."),
    ("fr", "Démontre qu'un barème de quotient familial par tranches peut produire un effet de seuil, et propose une formule lissée qui reste monotone."),
    ("es", "Analiza si una licencia de primera ocupación puede denegarse por incumplimientos en zonas comunes no incluidas en el proyecto, con jurisprudencia y los límites de la potestad reglada."),
    ("it", "Calcola la TARI per un'utenza domestica con 4 occupanti, 110 m², quota fissa e variabile secondo il DPR 158/99, spiegando i coefficienti Ka e Kb e le riduzioni per compostaggio."),
    ("nl", "Leg uit hoe de Wet huurtoeslag bij een inkomensgrens-overschrijding met terugwerkende kracht werkt en bereken of een hardheidsclausule van toepassing kan zijn."),
    ("pl", "Przeanalizuj, czy gmina może wypowiedzieć umowę najmu socjalnego lokalu przy zaległościach, gdy najemca złożył wniosek o dodatek mieszkaniowy — z przepisami."),
    ("ja", "公営住宅の家賃算定式（近傍同種家賃、応能応益）を説明し、収入超過者の割増賃料の計算例を示して、その制度的問題点を論じてください。"),
    ("ko", "LH 임대주택 임대료 산정 방식과 소득 초과 시 할증 구조를 수식으로 설명하고, 임차인에게 불리한 경계효과가 생기는 조건을 증명하세요."),
    ("zh", "请构建一个公租房轮候排序的多目标优化模型，兼顾等待时间、困难程度和通勤距离，并证明你的排序规则满足单调性。"),
    ("ru", "Разберите, законно ли решение УК о перерасчёте платы за капремонт задним числом за три года, с нормами ЖК РФ и практикой."),
    ("ar", "حلل قانونية قرار إزالة دور مخالف بُني قبل التصالح، مع شرح قانون التصالح في مخالفات البناء وشروطه والطعون الممكنة."),
    ("hi", "नगर निगम के संपत्ति कर के यूनिट एरिया मेथड का गणितीय सूत्र समझाइए और दिखाइए कि पुरानी इमारतों पर यह कैसे असमान बोझ डाल सकता है।"),
    ("en", "Our repair SLA is 'emergency 24h, urgent 7 working days, routine 28 calendar days', measured from logging. Write SQL (Postgres) computing compliance per contractor that handles bank holidays from a calendar table, reopened jobs and no-access cancellations."),
    ("en", "Draft grounds of appeal to the Traffic Penalty Tribunal arguing a Traffic Regulation Order is invalid because the consultation omitted a statutory consultee; assess procedural impropriety vs substantial compliance."),
]
CX_LONG_EASY_ASKS = [("en", "sort this list by street name and give it back as a table"), ("en", "count how many jobs per priority, nothing else"),
                     ("de", "bitte nur in eine CSV-Tabelle umwandeln"), ("fr", "remets cette liste dans l'ordre des dates, sans rien changer"),
                     ("es", "pasa esto a formato tabla, sin comentarios"), ("en", "translate the column headers to Welsh, keep rows as they are"),
                     ("nl", "zet dit om naar een nette lijst met opsommingstekens"), ("pl", "policz wiersze dla każdej strefy"),
                     ("ja", "この一覧を日付順に並べ替えてください"), ("en", "remove the duplicate lines and return the list"),
                     ("pt-BR", "só organize em ordem alfabética"), ("en", "add a total at the bottom")]
CX_LONG_HARD_ASKS = [
    ("en", "Reconcile the rent account against the benefit schedule: identify each discrepancy, classify whether it is an official-error overpayment or a claimant-error overpayment, and compute the recoverable amount with reasoning."),
    ("en", "These committee report paragraphs contradict each other on policy weight. Identify every conflict, explain which development-plan policy prevails under s.38(6), and draft a lawful recommendation with conditions."),
    ("en", "From this repairs log, infer which contractor is systematically closing jobs as 'no access' to hit SLA, design a statistical test for it, and estimate the true compliance rate."),
    ("de", "Analysiere die Nebenkostenabrechnung: finde alle nicht umlagefähigen Positionen nach BetrKV, berechne die korrekte Nachzahlung je Wohnung und begründe jede Korrektur."),
    ("fr", "Analyse ce tableau de charges locatives : identifie les charges non récupérables selon le décret de 1987, recalcule la régularisation par logement et justifie chaque correction."),
    ("es", "Analiza este registro de incidencias y propone un modelo de priorización de reparaciones que minimice el riesgo para la salud; justifica los pesos y comprueba la coherencia con los datos."),
    ("en", "Using the bin-round data, build a route-balancing plan: estimate time per stop, detect overloaded rounds, and propose a reallocation that keeps every round under 7.5 hours, showing the calculation."),
    ("ja", "この家賃台帳と収入申告を突き合わせ、割増家賃の適用誤りを特定し、正しい金額を世帯ごとに計算して根拠を説明してください。"),
]


def long_easy_doc(r, lang):
    kind = r.randrange(4)
    rows = []
    if kind == 0:
        for i in range(r.randint(34, 44)):
            rows.append(f"{i + 1}. job JB{r.randint(1000000, 9999999)} — {r.choice(['renew tap washer', 'ease door', 'mould wash', 'replace fan', 'reglaze window', 'clear gutter', 'fix handrail'])} — priority {r.choice(['E24', 'U7', 'R28'])} — raised 2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
    elif kind == 1:
        for i in range(r.randint(38, 48)):
            rows.append(f"Round {r.choice('ABCDEF')}{r.randint(1, 9)}; {r.choice(['Wednesday', 'Thursday', 'Monday', 'Friday'])}; street {r.randint(1, 99)} {r.choice(['Northside', 'Quayside', 'Millbank', 'Church', 'Station', 'Park'])} {r.choice(['Rd', 'St', 'Ave'])}; bins {r.randint(20, 180)}; {r.choice(['black', 'blue', 'green', 'food'])}")
    elif kind == 2:
        for i in range(r.randint(40, 50)):
            rows.append(f"zone {r.choice('ABCDEFK')}{r.randint(1, 9)} | bays {r.randint(4, 80)} | permits issued {r.randint(10, 200)} | tariff {r.choice(['1.20', '2.40', '3.10'])}/h | review 2026-{r.randint(1, 12):02d}")
    else:
        for i in range(r.randint(36, 46)):
            rows.append(f"app {r.randint(22, 26)}/{r.randint(10000, 99999):05d}/{r.choice(['FUL', 'HOU', 'ADV', 'TPO'])} received {r.randint(1, 28)}/{r.randint(1, 12)}/2026 ward {r.choice(['North', 'South', 'East', 'West', 'Central'])} status {r.choice(['pending', 'approved', 'refused', 'withdrawn'])}")
    return "\n".join(rows)


def long_hard_doc(r):
    parts = []
    wk = 0
    for i in range(r.randint(14, 22)):
        wk += 1
        parts.append(f"wk {wk:02d}: rent due 142.60, HB paid {r.choice(['142.60', '118.30', '0.00', '142.60', '71.30'])}, tenant paid {r.choice(['0.00', '24.30', '10.00', '0.00'])}, note: {r.choice(['', 'UC migration', 'change of circs reported late', 'suspension lifted', 'backdated award', 'LHA rate change'])}")
    parts.append("Committee extract: para 6.3 states the Local Plan policy H4 carries full weight; para 7.1 states H4 is out of date because the five-year housing land supply is 3.9 years, so the tilted balance applies; para 9.2 recommends refusal on H4 alone.")
    parts.append("Service charge schedule: caretaking 12.40/wk; communal electricity 3.10/wk; lift maintenance 4.80/wk (block has no lift in blocks C-D); management fee 9.00/wk; major works reserve 6.00/wk (lease silent on reserve).")
    return "\n".join(parts)


def build_complexity(rng):
    recs = []
    ss = list(CX_SHORT_SIMPLE)
    rng.shuffle(ss)
    for i in range(48):
        lang, t = ss[i % len(ss)]
        if i >= len(ss):
            t = t + rng.choice([" thanks", " ?", " pls", " (quick)"])
        recs.append(("short_simple", 0, False, lang, "question/short", [{"role": "user", "content": t}]))
    sh = list(CX_SHORT_HARD)
    rng.shuffle(sh)
    for i in range(48):
        lang, t = sh[i % len(sh)]
        if i >= len(sh):
            t = rng.choice(["Be rigorous. ", "Step by step, no hand-waving: ", "For a legal/technical review: "]) + t
        msgs = [{"role": "user", "content": t}]
        if rng.random() < 0.4:
            msgs.insert(0, {"role": "system", "content": rng.choice(SYSTEMS)})
        recs.append(("short_hard", 1, True, lang, "reasoning/short", msgs))
    for i in range(48):
        lang, ask = CX_LONG_EASY_ASKS[i % len(CX_LONG_EASY_ASKS)]
        doc = long_easy_doc(rng, lang)
        while len(doc) + len(ask) < 1560:
            doc += "\n" + long_easy_doc(rng, lang).split("\n")[0]
        content = f"{ask}\n\n{doc}" if i % 2 else f"{doc}\n\n{ask}"
        assert len(content) >= 1500
        recs.append(("long_easy", 0, True, lang, "reformat/long", [{"role": "user", "content": content}]))
    for i in range(46):
        lang, ask = CX_LONG_HARD_ASKS[i % len(CX_LONG_HARD_ASKS)]
        doc = long_hard_doc(rng)
        recs.append(("long_hard", 1, False, lang, "analysis/long", [{"role": "system", "content": rng.choice(SYSTEMS)}, {"role": "user", "content": f"{ask}\n\n{doc}"}]))
    rng.shuffle(recs)
    out = []
    for i, (cat, label, adv, lang, style, msgs) in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-cx-{i:04d}", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat",
                    "lang": lang, "style": style, "body": {"model": "hybridgate/auto", "messages": msgs}})
    return out


# ----------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=8713)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    FROZEN.update(frozen_words())
    gen = Gen(rng)
    build_locale_pools(rng)
    COMPANIES.extend(build_pool(rng, [], lambda r: r.choice(COMPANY_PARTS[0]) + r.choice(COMPANY_PARTS[1]), 12, "company", 4))
    for i, c in enumerate(COMPANIES):
        COMPANIES[i] = c + rng.choice([" Property Services Ltd", " Building Contractors Ltd", " Maintenance Group"])
    ok_ep = set(build_pool(rng, [k for k, _ in EPONYMS_SEED], lambda r: None, len(EPONYMS_SEED), "eponym", 0))
    EPONYMS.extend([ph for k, ph in EPONYMS_SEED if k in ok_ep] or ["the Decent Homes Standard"])
    ok_fi = set(build_pool(rng, [k for k, _ in FICTIONAL_SEED], lambda r: None, len(FICTIONAL_SEED), "fictional", 0))
    FICTIONAL.extend([ph for k, ph in FICTIONAL_SEED if k in ok_fi] or ["Tenant X (training persona)"])
    gb = LOCALES[0]
    HIST.extend(build_pool(rng, [], lambda r: r.choice(["Ezek", "Thomas", "Obad", "Kez", "Jab", "Mehet", "Zill"]) + r.choice(["iel", "ina", "iah", "ez", "abel"])
                           + " " + r.choice(gb.last), 10, "historic", 3))
    for loc in LOCALES:
        ex = phonenumbers.example_number_for_type(loc.region, phonenumbers.PhoneNumberType.FIXED_LINE)
        EXAMPLE_PHONE[loc.region] = phonenumbers.format_number(ex, PNF.INTERNATIONAL)
    pii = build_pii(rng, gen)
    cx = build_complexity(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for rec, _ in pii:
            assert rec["sensitive"] == (not rec["category"].endswith("_benign")) == bool(rec["entities"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for rec in cx:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # counts
    P = [r for r, _ in pii]
    print(f"pii: {len(P)} records, {sum(r['sensitive'] for r in P)} sensitive / {sum(not r['sensitive'] for r in P)} benign, "
          f"endpoints {dict(collections.Counter(r['endpoint'] for r in P))}, {len({r['lang'] for r in P})} locales")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in P).items())))
    print("  incidental:", sum(m[0] for _, m in pii), " negtypes:", dict(sorted(collections.Counter(m[1] for _, m in pii if m[1]).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in P for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[2] for r in P).items())))
    print(f"complexity: {len(cx)} records, {dict(sorted(collections.Counter(r['category'] for r in cx).items()))}, "
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} labelled 1, "
          f"{len({r['lang'] for r in cx})} language tags")
    dropped = sum(v for k, v in FREEZE_STATS.items() if k.endswith("dropped"))
    composed = sum(v for k, v in FREEZE_STATS.items() if k.endswith("composed"))
    print(f"freeze: {len(FROZEN)} frozen words; {dropped} pool candidates dropped, {composed} composed entries kept; "
          f"eponyms kept {len(EPONYMS)}/{len(EPONYMS_SEED)}, fictional kept {len(FICTIONAL)}/{len(FICTIONAL_SEED)}, "
          f"historic names composed {len(HIST)}")


if __name__ == "__main__":
    main()
