#!/usr/bin/env python3
"""Regolith: a blind evaluation split for the request signals, organised by the world of RETAIL BANKING, INSURANCE AND PENSIONS.

Writes bench/data/signals/pii_regolith.jsonl and bench/data/signals/complexity_regolith.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category,
label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind. Its author read only the brief of this batch, the first 70 lines of bench/make_delta_signal_sets.py (the
    record schema and label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. The
    detector, its tests, the evaluator, results, docs, policies and commit messages were not read, and the detector
    and the evaluator were not run. Other generators were never opened: at run time their sources are scanned
    automatically for capitalised / non-ASCII words (the freeze, FROZEN_AGAINST below; this file skips itself), and
    every name, surname, street stem, town, company stem, public-figure, eponym, fictional-character and placeholder
    pool entry that shares a word (or a non-ASCII bigram) with that set is dropped. Name, street, town and company
    pools are then refilled with invented names composed from locale-typical parts (capped retries, re-checked).
    Generic street-type words and legal-form suffixes (Road, -straße, Calle, GmbH ...) are template text, not pool
    entries; the distinctive stems they attach to are frozen-checked (the German/Dutch/Swedish compounds as a whole).

Organising principle and the line drawn
    Retail banking, insurance and pensions, as their people really write: branch counter staff, contact-centre
    agents, mortgage brokers, claims handlers, pension administrators, fraud analysts, KYC/onboarding teams, card
    dispute (chargeback) teams, financial advisers and payments-operations clerks, plus the customers who e-mail
    them. Ten kinds are the categories (branch_counter, contact_centre, mortgage_broker, insurance_claim,
    pension_admin, fraud_case, kyc_onboarding, card_dispute, financial_advice, payments_ops); every kind has
    sensitive records (category ``<kind>``) and benign hard negatives of the same kind (``<kind>_benign``). Voice:
    shorthand case notes (ID&V, cb, LTV, FNOL, APP, SAR, CRS, DD), pasted forms, CSV exports, JSON payloads, SWIFT /
    SEPA fields, chat transcripts and e-mails, code-switching between English jargon and the local language, over
    22 locales in Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Han, Kana, Hangul and Thai scripts.

    The line a bank's data-protection officer would draw, and this file draws: data about an identifiable private
    customer, member, claimant, beneficiary, payee or fraud victim / suspect is personal -- also a single incidental
    item (a first name with a relation cue such as "the customer's partner", one call-back number inside a long
    note, one birth date), also a private person's IBAN or card number, also the public IP of a customer's device.
    NOT personal (benign): central bankers, ministers and regulators quoted in their public role; eponyms (Ponzi
    scheme, Sharpe ratio, Macaulay duration, Bismarck model ...); fictional characters; specimen / placeholder names
    printed on blank forms (Max-Mustermann style) and empty form fields; an organisation's own contact data (lost-card
    lines, switchboards, role mailboxes, registered offices, a utility's or insurer's published collection IBAN and
    SEPA creditor ID); documentation and scheme test values (test PANs, the ECBS example IBANs, RFC 5737 addresses,
    example.com mailboxes, 555-01xx and Ofcom drama numbers); reference numbers that look like identifiers (claim,
    policy, case, mandate, end-to-end and UETR references, sort codes, BICs, LEIs, ISINs, BIN ranges, masked PANs);
    aggregated or already-anonymised data (claims ratios, fraud statistics, "Applicant A (34)").
    The freeze empties most of the real-name benign pools (at seed 20260611 it keeps 1 of 26 central bankers, 4 of
    20 eponyms, 2 of 16 fictional financiers and 2 of 31 specimen names); those benign records then fall back to the
    role alone ("the central bank governor"), "[NAME]" placeholders or generic wording.

Labels
    ``entities`` is a list of {"type", "value"} dicts, computed by searching the serialised body (base64 file parts
    decoded, URLs unquoted) for every value the record issued; a value left out of the body is not labelled.
    ``sensitive`` is true iff ``entities`` is non-empty (asserted). Types: person (full name, or a first name with a
    relation cue), PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID (SSN-like citizen and
    social-security numbers outside the US, e.g. NIR, BSN, PESEL, personnummer, TCKN, AMKA, Aadhaar, CURP, My
    Number, RRN, resident ID, Thai PIN, Teudat Zehut, Emirates ID, DNI/NIE), TAX_ID (Steuer-ID, UTR, codice fiscale,
    PAN, CPF, RFC, INN, AFM, NIP, ITIN), HEALTH_INSURANCE (NHS number, health-insurer member numbers), CREDIT_CARD,
    IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (the account number of a routing + account pair),
    MEDICAL_RECORD (hospital record numbers in health / injury claims). Complexity: short_simple (label 0),
    long_easy (label 0, >= 1,500 chars, length-adversarial), short_hard (label 1, length-adversarial), long_hard
    (label 1).

Contents (seed 20260611; the run prints every count)
    pii_regolith.jsonl: 500 requests, 10 kinds x 50 (29 sensitive + 21 benign each: 290 sensitive / 210 benign,
    58%), 22 locales; about 12% of the sensitive ones carry a single incidental item; documents are placed by
    rotation in user / system / earlier assistant / tool messages, text and base64 file content parts, tool-call
    arguments, tool schemas, response_format json_schema, and the ``user`` field; about 10% use the completions
    endpoint. complexity_regolith.jsonl: 190 requests (48 short_simple, 48 long_easy, 48 short_hard, 46 long_hard;
    96 length-adversarial, 94 labelled 1) in 17 language tags.

Validation
    Every identifier is built with its check digits and validated with python-stdnum (IBANs with country checks,
    SSN, ITIN, routing numbers, UTR, NHS, Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, PESEL, NIP, personnummer,
    TCKN, AMKA, AFM, INN, CPF, CURP, RFC, Aadhaar, PAN, My Number, RRN, RIC, Thai PIN, Israeli ID, LEI, ISIN);
    card numbers, Emirates IDs, insurer member numbers and hospital record numbers with the Luhn check; every phone
    number (customers' and organisations') with ``phonenumbers`` as valid for its region; every IP as global. The
    run aborts on an invalid value, and every retry loop is capped.

Command (deterministic; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_regolith_signal_sets.py [--seed N] [--out bench/data/signals]
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
import unicodedata
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban, isin as std_isin, lei as std_lei, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka, vat as gr_vat
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
from stdnum.us import itin, rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "regolith"

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


FROZEN: set = set()
FREEZE_STATS: dict = {}


def entry_words(s):
    out, prev = set(), None
    for t in WORD.findall(s):
        tl = t.lower()
        out.add(tl)
        if any(ord(c) > 127 for c in t):
            if prev is not None:
                out.add(prev + " " + tl)
            prev = tl
        else:
            prev = None
    return out


def is_frozen(s):
    return bool(entry_words(s) & FROZEN)


def freeze_pool(label, pool, parts=None, want=0, rng=None, minimum=1, joiner=""):
    """Drop every entry sharing a word with the frozen set; refill from invented compositions of parts."""
    seen, kept = set(), []
    for p in pool:
        if p not in seen:
            seen.add(p)
            if not is_frozen(p):
                kept.append(p)
    dropped = len(seen) - len(kept)
    added = 0
    if parts and len(kept) < want:
        starts, ends = parts
        for _ in range(400):                               # capped
            if len(kept) >= want:
                break
            cand = rng.choice(starts) + joiner + rng.choice(ends)
            if cand in seen:
                continue
            seen.add(cand)
            if not is_frozen(cand):
                kept.append(cand)
                added += 1
    FREEZE_STATS[label] = (len(pool), dropped, added, len(kept))
    if len(kept) < minimum:
        raise SystemExit(f"pool {label} too small after the freeze ({len(kept)})")
    return kept


# ----------------------------------------------------------------------------------------------- validators
class Invalid(SystemExit):
    pass


def must(ok, what, value):
    if not ok:
        raise Invalid(f"invalid {what}: {value!r}")
    return value


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def fix_last(rng, make_prefix, alphabet, valid, tries=60):
    """Complete a random prefix with the check character that makes it valid (capped)."""
    for _ in range(tries):
        pre = make_prefix()
        for c in alphabet:
            if valid(pre + c):
                return pre + c
    raise Invalid("no valid completion found")


def luhn_complete(rng, prefix, length):
    body = prefix + digits(rng, length - len(prefix) - 1)
    v = body + luhn.calc_check_digit(body)
    return must(luhn.is_valid(v), "luhn", v)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# --- phones
def make_phone(rng, region, kind="mobile", style=None):
    types = {"mobile": (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE),
             "fixed": (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE),
             "tollfree": (PhoneNumberType.TOLL_FREE,)}[kind]
    ex = phonenumbers.example_number_for_type(region, types[0]) or phonenumbers.example_number_for_type(region, types[-1])
    nsn = str(ex.national_number)
    keep = 3 if kind != "tollfree" else min(4, len(nsn) - 4)
    for _ in range(300):                                   # capped
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        if region == "US" and cand[3:6] == "555":
            continue
        n = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region \
                and phonenumbers.number_type(n) in types:
            style = style or rng.choice(["intl", "natl", "natl", "e164"])
            fmt = {"intl": PhoneNumberFormat.INTERNATIONAL, "natl": PhoneNumberFormat.NATIONAL,
                   "e164": PhoneNumberFormat.E164}[style]
            s = phonenumbers.format_number(n, fmt)
            chk = phonenumbers.parse(s, region)
            must(phonenumbers.is_valid_number(chk) and phonenumbers.region_code_for_number(chk) == region, "phone", s)
            return s
    raise Invalid(f"no valid phone for {region}")


# --- IBAN
BBAN = {  # country: pattern (n = digit, a = upper letter, c = alnum)
    "GB": "aaaannnnnnnnnnnnnn", "DE": "nnnnnnnnnnnnnnnnnn", "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnnnnnnnnnnnnnn", "NL": "aaaannnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn", "SE": "nnnnnnnnnnnnnnnnnnnn", "TR": "nnnnn0nnnnnnnnnnnnnnnn",
    "GR": "nnnnnnnnnnnnnnnnnnnnnnn", "AE": "nnnnnnnnnnnnnnnnnnn", "IL": "nnnnnnnnnnnnnnnnnnn",
}
BANKCODES = {"GB": ["NWBK", "BARC", "MIDL", "LOYD", "HBUK"], "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"]}


def make_iban(rng, cc):
    for _ in range(400):                                   # capped
        pat = BBAN[cc]
        b = []
        for ch in pat:
            b.append(rng.choice("0123456789") if ch == "n" else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if ch == "a" else ch)
        bban = "".join(b)
        if cc in BANKCODES:
            bban = rng.choice(BANKCODES[cc]) + bban[4:]
        if cc == "ES":
            from stdnum.es import ccc
            bban = bban[:8] + ccc.calc_check_digits(bban[:8] + "00" + bban[10:]) + bban[10:]
        num = cc + "00" + bban
        num = cc + std_iban.calc_check_digits(num) + bban
        if std_iban.is_valid(num):
            return std_iban.format(num)
    raise Invalid(f"no valid IBAN for {cc}")


# --- cards, IPs, record numbers
def make_card(rng, brand=None, fmt=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "amex"])
    if brand == "visa":
        v = luhn_complete(rng, "4" + rng.choice("0123456789"), 16)
    elif brand == "mc":
        v = luhn_complete(rng, "5" + rng.choice("12345"), 16)
    elif brand == "amex":
        v = luhn_complete(rng, "3" + rng.choice("47"), 15)
    elif brand == "unionpay":
        v = luhn_complete(rng, "62", 16)
    else:  # mir
        v = luhn_complete(rng, "220" + rng.choice("01234"), 16)
    if v in TEST_PANS_COMPACT:
        return make_card(rng, brand, fmt)
    fmt = fmt or rng.choice(["sp", "sp", "none", "dash"])
    sizes = (4, 6, 5) if len(v) == 15 else (4, 4, 4, 4)
    return {"sp": group(v, sizes), "none": v, "dash": group(v, sizes, "-")}[fmt]


def make_ip(rng):
    for _ in range(200):                                   # capped
        if rng.random() < 0.15:
            a = ipaddress.IPv6Address("2a0" + rng.choice("0123456789") + ":" + ":".join(
                f"{rng.randrange(1, 65535):x}" for _ in range(7)))
        else:
            a = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
        if a.is_global and not a.is_multicast:
            return str(a)
    raise Invalid("no global IP")


def make_member_no(rng, prefix):
    v = luhn_complete(rng, rng.choice("123456789"), 10)
    return prefix + v


def make_mrn(rng):
    v = luhn_complete(rng, rng.choice("123456789"), 8)
    return v


TEST_PANS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4242 4242 4242 4242", "3782 822463 10005",
             "4000 0000 0000 0002", "5105 1051 0510 5100"]
TEST_PANS_COMPACT = {p.replace(" ", "") for p in TEST_PANS}
EXAMPLE_IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606",
                 "NL91 ABNA 0417 1643 00", "ES91 2100 0418 4502 0005 1332", "IT60 X054 2811 1010 0000 0123 456"]


# --- national / tax identifiers (all DOB-consistent where the number encodes one)
def id_ssn(rng, p):
    for _ in range(200):
        a = rng.randrange(1, 900)
        if a == 666:
            continue
        v = f"{a:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        if us_ssn.is_valid(v):
            return v
    raise Invalid("ssn")


def id_itin(rng, p):
    for _ in range(200):
        v = f"9{digits(rng, 2)}-{rng.choice([70, 71, 72, 75, 78, 80, 83, 88, 90, 92, 94, 97])}-{digits(rng, 4)}"
        if itin.is_valid(v):
            return v
    raise Invalid("itin")


def us_bank(rng):
    r = fix_last(rng, lambda: rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                                          "21", "22", "26", "31"]) + digits(rng, 6), "0123456789", rtn.is_valid)
    acct = digits(rng, rng.choice([9, 10, 11, 12]), True)
    return must(rtn.is_valid(r), "routing", r), acct


def id_utr(rng, p):
    for _ in range(100):
        body = digits(rng, 9)
        cand = utr.calc_check_digit(body) + body
        if utr.is_valid(cand):
            return group(cand, (5, 5))
    raise Invalid("utr")


def id_nhs(rng, p):
    v = fix_last(rng, lambda: rng.choice("46") + digits(rng, 8), "0123456789", nhs.is_valid)
    return group(v, (3, 3, 4))


def id_idnr(rng, p):
    v = fix_last(rng, lambda: digits(rng, 10, True), "0123456789", idnr.is_valid, tries=400)
    return group(v, (2, 3, 3, 3))


def id_nir(rng, p):
    d = p.dob_date
    pre = f"{rng.choice('12')}{d.year % 100:02d}{d.month:02d}{rng.choice(['75', '69', '13', '33', '59', '44', '31'])}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
    v = pre + nir.calc_check_digits(pre)
    must(nir.is_valid(v), "nir", v)
    return nir.format(v)


def id_dni(rng, p):
    n = digits(rng, 8, True)
    v = n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
    return must(dni.is_valid(v), "dni", v)


def id_nie(rng, p):
    x = rng.choice("XYZ"); n = digits(rng, 7)
    v = x + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(x)) + n) % 23]
    return must(nie.is_valid(v), "nie", v)


CONS = "BCDFGHJKLMNPQRSTVZ"


def id_cf(rng, p):
    d = p.dob_date
    day = d.day + (40 if rng.random() < 0.5 else 0)
    pre = ("".join(rng.choice(CONS) for _ in range(6)) + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1]
           + f"{day:02d}" + rng.choice(["H501", "F205", "L219", "A944", "G273", "D612", "C351"]))
    v = pre + codicefiscale.calc_check_digit(pre)
    return must(codicefiscale.is_valid(v), "codice fiscale", v)


def id_bsn(rng, p):
    v = fix_last(rng, lambda: digits(rng, 8, True), "0123456789", bsn.is_valid)
    return v


def id_pesel(rng, p):
    d = p.dob_date
    m = d.month + (20 if d.year >= 2000 else 0)
    pre = f"{d.year % 100:02d}{m:02d}{d.day:02d}{digits(rng, 4)}"
    v = pre + pesel.calc_check_digit(pre)
    return must(pesel.is_valid(v), "pesel", v)


def id_nip(rng, p):
    v = fix_last(rng, lambda: digits(rng, 9, True), "0123456789", nip.is_valid)
    return group(v, (3, 3, 2, 2), "-")


def id_pnr(rng, p):
    d = p.dob_date
    v = fix_last(rng, lambda: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + digits(rng, 3), "0123456789",
                 lambda x: luhn.is_valid(x))
    v = v[:6] + "-" + v[6:]
    return must(personnummer.is_valid(v), "personnummer", v)


def id_tckn(rng, p):
    pre = digits(rng, 9, True)
    v = pre + tckimlik.calc_check_digits(pre)
    return must(tckimlik.is_valid(v), "tckn", v)


def id_amka(rng, p):
    d = p.dob_date
    v = fix_last(rng, lambda: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}" + digits(rng, 4), "0123456789", amka.is_valid)
    return v


def id_afm(rng, p):
    return fix_last(rng, lambda: rng.choice("01") + digits(rng, 7), "0123456789", gr_vat.is_valid)


def id_inn(rng, p):
    for _ in range(60):
        pre = rng.choice(["77", "78", "50", "66", "54", "16", "23"]) + digits(rng, 8)
        v = pre + inn.calc_personal_check_digits(pre)
        if inn.is_valid(v):
            return v
    raise Invalid("inn")


def id_cpf(rng, p):
    for _ in range(60):
        pre = digits(rng, 9)
        if len(set(pre)) == 1:
            continue
        for a in "0123456789":
            for b in "0123456789":
                if cpf.is_valid(pre + a + b):
                    return cpf.format(pre + a + b)
    raise Invalid("cpf")


MX_STATES = ["DF", "JC", "NL", "PL", "GT", "MC", "VZ", "YN", "QT", "SL"]


def id_curp(rng, p):
    d = p.dob_date
    for _ in range(80):
        pre = (rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(CONS) + rng.choice(CONS) + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
               + rng.choice("HM") + rng.choice(MX_STATES) + "".join(rng.choice(CONS) for _ in range(3))
               + (rng.choice("0123456789") if d.year < 2000 else rng.choice("ABCDEFGH")))
        v = pre + curp.calc_check_digit(pre)
        if curp.is_valid(v):
            return v
    raise Invalid("curp")


def id_rfc(rng, p):
    d = p.dob_date
    for _ in range(80):
        pre = (rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(CONS) + rng.choice(CONS) + f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
               + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789"))
        v = pre + rfc.calc_check_digit(pre)
        if rfc.is_valid(v, validate_check_digits=True):
            return v
    raise Invalid("rfc")


def id_aadhaar(rng, p):
    v = fix_last(rng, lambda: rng.choice("23456789") + digits(rng, 10), "0123456789", aadhaar.is_valid)
    return group(v, (4, 4, 4))


def id_pan(rng, p):
    for _ in range(60):
        v = ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "P" + rng.choice("ABCDEGHJKMNPRSTV")
             + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
        if pan.is_valid(v):
            return v
    raise Invalid("pan")


def id_mynumber(rng, p):
    v = fix_last(rng, lambda: digits(rng, 11), "0123456789", jp_in.is_valid)
    return group(v, (4, 4, 4), rng.choice([" ", "-"]))


def id_rrn(rng, p):
    d = p.dob_date
    g = rng.choice("12") if d.year < 2000 else rng.choice("34")
    v = fix_last(rng, lambda: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + g + digits(rng, 5), "0123456789",
                 lambda x: rrn.is_valid(x))
    return v[:6] + "-" + v[6:]


def id_ric(rng, p):
    d = p.dob_date
    v = fix_last(rng, lambda: rng.choice(["110101", "310104", "440106", "510107", "330106", "420102"])
                 + d.strftime("%Y%m%d") + digits(rng, 3), "0123456789X", ric.is_valid)
    return v


def id_thpin(rng, p):
    v = fix_last(rng, lambda: rng.choice("12345678") + digits(rng, 11), "0123456789", th_pin.is_valid)
    return th_pin.format(v)


def id_ilid(rng, p):
    return fix_last(rng, lambda: digits(rng, 8, True), "0123456789", il_idnr.is_valid)


def id_eid(rng, p):
    v = luhn_complete(rng, "784" + str(p.dob_date.year), 15)
    return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"


# ----------------------------------------------------------------------------------------------- locales
PKEYS = ("hi thx cust called check urgent addr_change claim policy acct card_blocked transfer pension mortgage fraud "
         "docs summ reply name dob address phone email benef rel cb born").split()
PHR = {
    "en-GB": "Hi|Thanks|customer|customer rang today|can you check|URGENT|change of address|claim|policy|account|card blocked|transfer|pension|mortgage|suspected fraud|docs attached|summarise pls|draft a reply to the customer|Name|DOB|Address|Tel|Email|beneficiary|the customer's partner|cb on|born",
    "en-US": "Hey|Thanks|member|member called in today|can you double check|URGENT|address change|claim|policy|acct|card blocked|wire|401(k)/pension|mortgage|suspected fraud|docs attached|summarize pls|draft a reply to the member|Name|DOB|Address|Phone|Email|beneficiary|the member's spouse|call back at|DOB",
    "en-IN": "Hi|Thanks & regards|customer|customer called today itself|kindly check|URGENT|address updation|claim|policy|a/c|card hotlisted|NEFT/IMPS transfer|pension|home loan|suspected fraud|PFA docs|kindly summarise|draft reply to customer|Name|DOB|Address|Mob|Email|nominee|customer's spouse|call back on|DOB",
    "de-DE": "Hallo|Danke und Gruß|Kunde|Kunde hat heute angerufen|bitte prüfen|DRINGEND|Adressänderung|Schadenfall|Police|Konto|Karte gesperrt|Überweisung|Rente|Baufinanzierung|Betrugsverdacht|Unterlagen anbei|bitte zusammenfassen|Antwort an den Kunden entwerfen|Name|Geb.-Datum|Anschrift|Tel.|E-Mail|Begünstigte(r)|Ehepartner/in des Kunden,|Rückruf unter|geb. am",
    "fr-FR": "Bonjour|Merci, cordialement|client|le client a appelé ce matin|peux-tu vérifier|URGENT|changement d'adresse|sinistre|contrat|compte|carte bloquée|virement|retraite|prêt immobilier|suspicion de fraude|pièces jointes|résume stp|rédige une réponse au client|Nom|Date de naissance|Adresse|Tél.|Courriel|bénéficiaire|son conjoint,|rappeler au|né(e) le",
    "es-ES": "Hola|Gracias, un saludo|cliente|el cliente ha llamado hoy|puedes revisar|URGENTE|cambio de domicilio|siniestro|póliza|cuenta|tarjeta bloqueada|transferencia|pensión|hipoteca|sospecha de fraude|adjunto documentación|resúmelo porfa|redacta respuesta al cliente|Nombre|F. nacimiento|Domicilio|Tlf.|Correo|beneficiario|su pareja,|devolver llamada al|nacido/a el",
    "es-MX": "Buen día|Gracias, saludos|cliente|el cliente marcó hoy|me ayudas a revisar|URGENTE|cambio de domicilio|siniestro|póliza|cuenta|tarjeta bloqueada|transferencia SPEI|pensión / Afore|crédito hipotecario|posible fraude|anexo documentos|resúmelo porfa|redacta respuesta al cliente|Nombre|Fecha de nac.|Domicilio|Cel.|Correo|beneficiario|su esposo(a),|regresar llamada al|nació el",
    "pt-BR": "Oi|Obrigado, abs|cliente|o cliente ligou hoje|consegue verificar|URGENTE|mudança de endereço|sinistro|apólice|conta|cartão bloqueado|transferência / PIX|previdência|financiamento imobiliário|suspeita de fraude|segue documentação|resume pra mim|redige resposta pro cliente|Nome|Data de nasc.|Endereço|Cel.|E-mail|beneficiário|o cônjuge,|retornar no|nascido(a) em",
    "it-IT": "Ciao|Grazie, saluti|cliente|il cliente ha chiamato oggi|puoi verificare|URGENTE|cambio indirizzo|sinistro|polizza|conto|carta bloccata|bonifico|pensione|mutuo|sospetta frode|in allegato i documenti|fammi un riassunto|prepara una risposta al cliente|Nome|Data di nascita|Indirizzo|Tel.|Email|beneficiario|il coniuge,|richiamare al|nato/a il",
    "nl-NL": "Hoi|Dank, groet|klant|klant belde vandaag|kun je checken|SPOED|adreswijziging|schademelding|polis|rekening|pas geblokkeerd|overboeking|pensioen|hypotheek|vermoeden van fraude|stukken in bijlage|vat even samen|maak een conceptantwoord voor de klant|Naam|Geb.datum|Adres|Tel.|E-mail|begunstigde|de partner van klant,|terugbellen op|geboren op",
    "pl-PL": "Cześć|Dzięki, pozdrawiam|klient|klient dzwonił dziś|możesz sprawdzić|PILNE|zmiana adresu|szkoda|polisa|rachunek|karta zastrzeżona|przelew|emerytura|kredyt hipoteczny|podejrzenie oszustwa|dokumenty w załączniku|streść proszę|przygotuj odpowiedź dla klienta|Imię i nazwisko|Data ur.|Adres|Tel.|E-mail|uposażony|współmałżonek klienta,|oddzwonić na|ur.",
    "sv-SE": "Hej|Tack, mvh|kund|kunden ringde idag|kan du kolla|BRÅDSKANDE|adressändring|skadeanmälan|försäkring|konto|kortet spärrat|överföring|pension|bolån|misstänkt bedrägeri|underlag bifogat|sammanfatta tack|skriv ett svar till kunden|Namn|Född|Adress|Tel|E-post|förmånstagare|kundens sambo|ring tillbaka på|född",
    "tr-TR": "Merhaba|Teşekkürler, iyi çalışmalar|müşteri|müşteri bugün aradı|kontrol eder misin|ACİL|adres değişikliği|hasar dosyası|poliçe|hesap|kart bloke|havale/EFT|emeklilik (BES)|konut kredisi|dolandırıcılık şüphesi|evraklar ekte|özetler misin|müşteriye cevap taslağı yaz|Ad Soyad|Doğum tarihi|Adres|Tel|E-posta|lehtar|müşterinin eşi|geri arama:|doğum tarihi",
    "el-GR": "Καλημέρα|Ευχαριστώ|πελάτης|ο πελάτης τηλεφώνησε σήμερα|μπορείς να ελέγξεις|ΕΠΕΙΓΟΝ|αλλαγή διεύθυνσης|ζημιά|συμβόλαιο|λογαριασμός|κάρτα μπλοκαρισμένη|μεταφορά|σύνταξη|στεγαστικό|υποψία απάτης|συνημμένα έγγραφα|κάνε μια περίληψη|γράψε απάντηση στον πελάτη|Ονοματεπώνυμο|Ημ. γέννησης|Διεύθυνση|Τηλ.|Email|δικαιούχος|ο/η σύζυγος του πελάτη,|να καλέσουμε πίσω στο|γεννήθηκε",
    "ru-RU": "Привет|Спасибо|клиент|клиент звонил сегодня|проверь пожалуйста|СРОЧНО|смена адреса|страховой случай|полис|счёт|карта заблокирована|перевод|пенсия|ипотека|подозрение на мошенничество|документы во вложении|сделай краткое резюме|составь ответ клиенту|ФИО|Дата рождения|Адрес|Тел.|Эл. почта|выгодоприобретатель|супруг(а) клиента,|перезвонить на|дата рождения",
    "ar-AE": "مرحبا|شكرا|العميل|اتصل العميل اليوم|ممكن تتأكد|عاجل|تغيير العنوان|مطالبة|وثيقة التأمين|الحساب|البطاقة موقوفة|تحويل|المعاش|التمويل العقاري|اشتباه احتيال|المستندات مرفقة|لخص لو سمحت|اكتب رد للعميل|الاسم|تاريخ الميلاد|العنوان|الهاتف|البريد الإلكتروني|المستفيد|زوج/زوجة العميل|يرجى معاودة الاتصال على|مواليد",
    "he-IL": "היי|תודה|לקוח|הלקוח התקשר היום|תוכל לבדוק|דחוף|שינוי כתובת|תביעה|פוליסה|חשבון|הכרטיס נחסם|העברה|פנסיה|משכנתא|חשד להונאה|מסמכים מצורפים|תסכם בבקשה|נסח תשובה ללקוח|שם|ת. לידה|כתובת|טל׳|מייל|מוטב|בן/בת הזוג של הלקוח,|לחזור אליו ב-|נולד/ה ב-",
    "hi-IN": "नमस्ते|धन्यवाद|ग्राहक|ग्राहक ने आज फोन किया|ज़रा चेक करो|अर्जेंट|पता बदलना|क्लेम|पॉलिसी|खाता|कार्ड ब्लॉक|ट्रांसफर|पेंशन|होम लोन|फ्रॉड का शक|डॉक्यूमेंट्स अटैच हैं|सारांश बना दो|ग्राहक को जवाब लिखो|नाम|जन्म तिथि|पता|फ़ोन|ईमेल|नॉमिनी|ग्राहक के जीवनसाथी|इस नंबर पर कॉल बैक करें|जन्म",
    "ja-JP": "お疲れ様です|よろしくお願いします|お客様|本日お客様よりお電話あり|確認お願いします|至急|住所変更|保険金請求|保険証券|口座|カード利用停止|振込|年金|住宅ローン|不正利用の疑い|書類添付します|要約してください|お客様への返信文を作成して|氏名|生年月日|住所|電話|メール|受取人|配偶者の|折り返し先|生年月日",
    "ko-KR": "안녕하세요|감사합니다|고객|고객님이 오늘 전화하셨어요|확인 부탁드려요|긴급|주소 변경|보험금 청구|증권|계좌|카드 정지|이체|연금|주택담보대출|사기 의심|서류 첨부합니다|요약해줘|고객 답변 초안 써줘|성명|생년월일|주소|연락처|이메일|수익자|고객 배우자|회신 번호|생년월일",
    "zh-CN": "你好|谢谢|客户|客户今天来电|麻烦核实一下|加急|地址变更|理赔|保单|账户|卡已冻结|转账|养老金|房贷|疑似诈骗|附件是材料|帮我总结一下|帮我拟个回复给客户|姓名|出生日期|地址|电话|邮箱|受益人|客户配偶|回电号码|出生日期",
    "th-TH": "สวัสดีครับ|ขอบคุณครับ|ลูกค้า|ลูกค้าโทรมาวันนี้|ช่วยเช็คให้หน่อย|ด่วน|เปลี่ยนที่อยู่|เคลม|กรมธรรม์|บัญชี|อายัดบัตร|โอนเงิน|บำนาญ|สินเชื่อบ้าน|สงสัยว่าเป็นการฉ้อโกง|แนบเอกสาร|สรุปให้หน่อย|ร่างคำตอบถึงลูกค้า|ชื่อ-นามสกุล|วันเกิด|ที่อยู่|โทร|อีเมล|ผู้รับประโยชน์|คู่สมรสของลูกค้าชื่อ|โทรกลับที่|เกิดวันที่",
}


def L_(s):
    return s.split()


LOC = {}


def add(tag, **kw):
    kw["tag"] = tag
    kw["p"] = dict(zip(PKEYS, PHR[tag].split("|")))
    assert len(kw["p"]) == len(PKEYS), tag
    LOC[tag] = kw


LAT_G = (L_("Ros Ell Bry Tam Cor Lin Mar Gwen Hal Isl Fen Del Ver Ori Saf Jor Ken Ny"),
         L_("wen ie anna ton ella ric sey ard in ora yn ett an iel ys"))
add("en-GB", region="GB", iban="GB", script="latin",
    given=L_("Rowena Tamsin Bryony Corwin Ellery Hollis Isolde Jethro Linnea Marlowe Peregrine Sorcha Thaddeus Wilf Ffion Aled"),
    family=L_("Ashcombe Thornbury Kellaway Bradwell Whitlock Pendry Calloway Dunmore Fairclough Harbottle Lovibond Scrivener"),
    gparts=LAT_G, fparts=(L_("Ash Thorn Kel Brad Whit Har Pen Cal Dun Mor Sel Ting Ock Rad Wim"), L_("ridge ley worth by ford combe shaw wick ton ham stow field")),
    stems=L_("Kilnbrook Hollybush Sandpiper Cobbold Tanner's Wharfside Lyndhurst Moorgrove Appledore Ravensworth"),
    sparts=(L_("Kiln Holly Sand Cob Wharf Lynd Moor Apple Ravens Brack Elder Gorse Fern"), L_("brook bush field hurst grove dore worth mead well gate")),
    stypes=["Road", "Lane", "Close", "Avenue", "Street", "Crescent", "Way", "Gardens", "rd"],
    towns=L_("Bromsgrove Otley Chard Keswick Wymondham Settle Bridport Hexham Leek Ludlow"),
    tparts=(L_("Ash Brad Whit Kel Sel Thorn Dun Mor"), L_("bury ford ton ham ley wick")),
    mail=["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    specimen=["Joe Bloggs", "A N Other", "Jane Citizen", "J Smith"], order="gf", card=["visa", "mc", "amex"])
add("en-US", region="US", iban=None, script="latin",
    given=L_("Dolores Emmett Harlan Jolene Lavonne Merritt Odell Rayanne Sherwood Tressa Verlin Winona Deshawn Kaylee"),
    family=L_("Albritton Beauchamp Culpepper Dunaway Esposito Fennimore Gallardo Hutchins Kowalczyk Lindqvist Mcallister Okafor Prewitt"),
    gparts=LAT_G, fparts=(L_("Al Bur Cul Dun Fen Gal Hut Lan Mc Pre Stan Whit"), L_("britton den pepper away more lardo chins ford kins ton son ley")),
    stems=L_("Cottonwood Sycamore Larkspur Buckeye Bluebonnet Pinehurst Quail Hollow Redbud Switchgrass"),
    sparts=(L_("Cotton Sycamore Lark Buck Blue Pine Quail Red Switch Cedar Elk"), L_("wood spur eye bonnet hurst run creek ridge field")),
    stypes=["St", "Ave", "Dr", "Blvd", "Ct", "Ln"],
    towns=L_("Chillicothe Muncie Paducah Yakima Bismarck Tupelo Bozeman Ames Valdosta Keene"),
    tparts=(L_("Cedar Elk Pine Red Oak Bright Stone Fair"), L_("ville ton dale burg field port")),
    states=["OH", "IN", "KY", "WA", "ND", "MS", "MT", "IA", "GA", "NH", "TX", "AZ"],
    mail=["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net"],
    specimen=["John Q. Public", "Jane Doe"], order="gf", card=["visa", "mc", "amex"])
add("en-IN", region="IN", iban=None, script="latin",
    given=L_("Tanmay Ishita Raghav Meenal Pranav Sanchita Devansh Kritika Harshvardhan Niharika Omkar Vaidehi"),
    family=L_("Kulkarni Bhattacharya Deshpande Iyengar Chaturvedi Nambiar Rathod Sengupta Thakkar Venkataraman"),
    gparts=(L_("Tan Ish Rag Meen Pran Sanch Dev Krit Nih Om Vaid Anir Shre"), L_("may ita hav al av ita ansh ika ar ehi ya")),
    fparts=(L_("Kul Bhat Desh Chatur Nam Rath Sen Thak Venkat Mukher Ban"), L_("karni pande vedi biar od gupta kar raman jee erjee")),
    stems=L_("Gulmohar Ashoka Shantiniketan Panchavati Vrindavan Kalpataru Sai Kripa Navratna"),
    sparts=(L_("Gulmohar Ashoka Shanti Pancha Vrinda Kalpa Nav Sai"), L_("vati van taru niketan ratna kunj")),
    stypes=["Apartments", "Society", "Residency", "Enclave"],
    towns=L_("Nashik Vadodara Mysuru Guntur Dehradun Jalandhar Kolhapur Siliguri"),
    tparts=(L_("Ram Shiv Chand Ganga Hari"), L_("pur nagar abad garh")),
    mail=["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    specimen=["Ram Kumar"], order="gf", card=["visa", "mc"])
add("de-DE", region="DE", iban="DE", script="latin",
    given=L_("Wiebke Hauke Frauke Jannik Swantje Detlef Kerstin Malte Ortrud Volkert Gesa Torben Heike Lennart"),
    family=L_("Brökelmann Ziegenhagen Oberdörfer Kettelhack Wiesmeier Hollenstein Pfisterer Rautenberg Schwenninger Tiedemann"),
    gparts=(L_("Wieb Hau Frau Jann Swant Det Ker Mal Volk Ges Tor Hei Lenn Ort"), L_("ke ik je lef stin te ert a ben ard rud")),
    fparts=(L_("Brökel Ziegen Ober Kettel Wies Hollen Pfist Rauten Schwenn Tiede Hagel Lüt"), L_("mann hagen dörfer hack meier stein erer berg inger kamp jens")),
    stems=L_("Kelbrunnweg Eichkampstraße Lerchenfeldallee Am Mühlbachhang Hollerweg Ginsterring Schlehenstraße"),
    sparts=(L_("Kelbrunn Eichkamp Lerchenfeld Mühlbach Holler Ginster Schlehen Birkenhain Ulmen Kranich"), L_("weg straße allee ring pfad steig")),
    stypes=[""], towns=L_("Bad Segeberg Wertheim Husum Bietigheim Schwabach Lörrach Nienburg Ahaus Meppen"),
    tparts=(L_("Ober Nieder Alt Neu Bad"), L_("kaltach brunn felden hausen stetten")), tjoin=" ",
    mail=["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    specimen=["Erika Mustermann", "Max Mustermann"], order="gf", card=["visa", "mc"])
add("fr-FR", region="FR", iban="FR", script="latin",
    given=L_("Gwenaëlle Anatole Solène Baptiste Maëlys Aurélien Ombeline Théophile Clémence Loïc Sidonie Évrard"),
    family=L_("Le Goff Vasseur Lemaître Rigaud Chauvet Peyrot Delmas Brossard Quéméneur Tessier Rouxel Vaillant"),
    gparts=(L_("Gwen Ana Sol Bapt Maë Aur Omb Théo Clém Lo Sid Év"), L_("aëlle tole ène iste lys élien eline phile ence ïc onie rard")),
    fparts=(L_("Le Vas Lemaî Rig Chau Pey Del Bros Qué Tess Roux Vaill"), L_("seur tre aud vet rot mas sard méneur ier el ant")),
    stems=L_("Tilleuls Glycines Mésanges Pressoir Lavoir Vignes Hautes-Bornes Capucins"),
    sparts=(L_("Glyc Més Press Lav Capuc Tonn Hirond"), L_("ines anges oir ins elles")),
    stypes=["rue des", "allée des", "chemin des", "impasse des", "avenue des"],
    towns=L_("Quimperlé Pontarlier Carpentras Vierzon Lannion Dax Millau Saumur Épernay Mâcon"),
    tparts=(L_("Saint-Val Mont Beau Ville"), L_("ery ferrand champ neuve")), tjoin="",
    mail=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    specimen=["Jean Dupont", "Marie Martin"], order="gf", card=["visa", "mc"])
add("es-ES", region="ES", iban="ES", script="latin",
    given=L_("Itziar Jacinto Remedios Gonzalo Nieves Eulalio Maitane Ulises Montserrat Fermín Amparo Borja"),
    family=L_("Arrieta Benavides Cifuentes Echeverría Garmendia Larrañaga Mondragón Olabarria Quintanilla Villalobos"),
    gparts=(L_("Itz Jac Rem Gonz Niev Eul Mait Ulis Ferm Amp Borj"), L_("iar into edios alo es alio ane es ín aro a")),
    fparts=(L_("Arri Bena Cifu Eche Garm Larra Mondr Olab Quint Villa Zubi"), L_("eta vides entes verría endia ñaga agón arria anilla lobos aurre")),
    stems=L_("Alcaraván Jara Esparto Almendro Azahar Romero Mimbre Retama"),
    sparts=(L_("Alcar Esp Almend Azah Mimbr Retam"), L_("aván arto ro ar e a")),
    stypes=["C/", "Avda.", "Pza."], towns=L_("Ponferrada Talavera Antequera Lalín Tudela Ontinyent Úbeda Zafra"),
    tparts=(L_("Villa Torre Vall Campo"), L_("nueva seca dolid hermoso")), tjoin="",
    mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    specimen=["Fulano de Tal", "Juan Español Español"], order="gf", card=["visa", "mc"])
add("es-MX", region="MX", iban=None, script="latin",
    given=L_("Xóchitl Eréndira Heriberto Yadira Cuauhtémoc Nayeli Abundio Citlali Rosendo Maricruz Tonatiuh"),
    family=L_("Tzompa Cuevas Villaseñor Ocampo Rentería Zamudio Arredondo Tapia Huerta Quiroz Bustamante Montiel"),
    gparts=(L_("Xóch Erén Herib Yad Cuauh Nay Abund Citl Ros Maric Tonat"), L_("itl dira erto ira témoc eli io ali endo ruz iuh")),
    fparts=(L_("Tzom Cuev Villas Ocam Rent Zam Arred Tap Huer Quir Bust Mont"), L_("pa as eñor po ería udio ondo ia ta oz amante iel")),
    stems=L_("Ahuehuete Jacaranda Tepozán Huizache Colorines Nopalera Ocotillo"),
    sparts=(L_("Ahue Jacar Tepoz Huiz Color Nopal Ocot"), L_("huete anda án ache ines era illo")),
    stypes=["Calle", "Av.", "Privada", "Cerrada"], towns=L_("Tlaquepaque Irapuato Uruapan Zacatecas Tehuacán Cuautla Tepic"),
    tparts=(L_("San Santa Villa"), L_(" Juan Cruz Hermosa")), tjoin="",
    mail=["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"],
    specimen=["Juan Pérez"], order="gf", card=["visa", "mc", "amex"])
add("pt-BR", region="BR", iban=None, script="latin",
    given=L_("Jucélia Adenilson Rosângela Wellington Gleice Claudiomar Joelma Edivaldo Keity Lucimar Thaynara"),
    family=L_("Nascimento Albuquerque Figueiredo Bezerra Magalhães Sampaio Cavalcanti Teixeira Brandão Arruda"),
    gparts=(L_("Jucé Adeni Rosân Welling Glei Claudio Joel Ediv Kei Lucim Thayn"), L_("lia lson gela ton ce mar ma aldo ty ara")),
    fparts=(L_("Nasci Albu Figuei Bez Magal Samp Caval Teix Brand Arr"), L_("mento querque redo erra hães aio canti eira ão uda")),
    stems=L_("Ipê Amarelo Jatobá Sabiá Buriti Manacá Aroeira Juazeiro"),
    sparts=(L_("Jato Sabi Buri Mana Aroe Juaz"), L_("bá á ti cá ira eiro")),
    stypes=["Rua", "Av.", "Travessa"], towns=L_("Uberlândia Petrolina Itajaí Mossoró Juazeiro Chapecó Maringá"),
    tparts=(L_("Itap Cara Jaca Mara"), L_("ecerica guatatuba reí caju")), tjoin="",
    mail=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"],
    specimen=["Fulano de Tal", "Beltrano da Silva"], order="gf", card=["visa", "mc"])
add("it-IT", region="IT", iban="IT", script="latin",
    given=L_("Ottavio Ilaria Gualtiero Brunella Ercole Loredana Settimio Fiorenza Ubaldo Donatella Oreste"),
    family=L_("Scarpellini Mancuso Tagliaferri Cappelletti Bonfiglio Zanetti Pellegatta Oliviero Rinaldi Sgarbossa"),
    gparts=(L_("Ottav Ilar Gualt Brun Erc Lored Settim Fiorenz Ubald Donat Orest"), L_("io ia iero ella ole ana a o e")),
    fparts=(L_("Scarp Manc Taglia Cappel Bonfi Zan Pelleg Olivi Rinal Sgarb"), L_("ellini uso ferri letti glio etti atta ero di ossa")),
    stems=L_("dei Gelsi delle Mimose del Carmine dei Mulini delle Robinie"),
    sparts=(L_("dei delle"), L_(" Gelsi Mimose Robinie Ginestre Fornaci Olmi")),
    stypes=["Via", "Viale", "Vicolo", "Piazza"], towns=L_("Sassuolo Bassano Civitanova Fidenza Chiavari Marsala Rovereto"),
    tparts=(L_("Castel Borgo Monte Villa"), L_("franco nuovo ricco rosa")), tjoin="",
    mail=["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
    specimen=["Mario Rossi"], order="gf", card=["visa", "mc"])
add("nl-NL", region="NL", iban="NL", script="latin",
    given=L_("Femke Joost Marloes Sjoerd Ineke Wietse Annelies Gerrit Hidde Lieke Bram Tjitske"),
    family=L_("Hoogeveen Brouwers Kuipers Schutte Veldkamp Terpstra Wijnands Dijkhuis Oosterhof Zuidema"),
    gparts=(L_("Fem Joo Marl Sjoer Ine Wiet Anne Ger Hid Liek Tjit"), L_("ke st oes d rit de lies se ske")),
    fparts=(L_("Hooge Brou Kui Schut Veld Terp Wijn Dijk Ooster Zuid"), L_("veen wers pers te kamp stra ands huis hof ema")),
    stems=L_("Kievitslaan Reigersbek Zwanenwater Hazelaarstraat Meidoornweg Lijsterbeslaan"),
    sparts=(L_("Kievits Reigers Zwanen Hazelaar Meidoorn Lijsterbes Karekiet Vlier"), L_("laan straat weg hof singel")),
    stypes=[""], towns=L_("Harderwijk Meppel Tiel Sneek Veghel Zierikzee Winterswijk Steenwijk"),
    tparts=(L_("Hooge Oost West Nieuw"), L_("veen dijk wolde kerk")), tjoin="",
    mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    specimen=["J. Jansen"], order="gf", card=["visa", "mc"])
add("pl-PL", region="PL", iban="PL", script="latin",
    given=L_("Bożena Jarosław Grażyna Wiesław Halina Zbigniew Iwona Radosław Jadwiga Przemysław Aldona"),
    family=L_("Wróblewski Szczepańska Grabowiecki Kaczmarczyk Zawadzka Pietrzak Chmielewski Głowacka Olszewski Sobczak"),
    gparts=(L_("Boż Jaro Graż Wies Hal Zbig Iwo Rado Jadw Przemy Ald"), L_("ena sław yna ina niew na wiga ona")),
    fparts=(L_("Wrób Szczep Grab Kaczmar Zawadz Pietrz Chmiel Głowac Olsz Sobcz"), L_("lewski ańska owiecki czyk ka ak ewski ewska")),
    stems=L_("Jarzębinowa Wrzosowa Kalinowa Sasankowa Jaworowa Czeremchowa Tatarakowa"),
    sparts=(L_("Jarzębin Wrzos Kalin Sasank Jawor Czeremch Tatarak Przylaszcz Rokitnik Żurawin Powoj Dziewann Tarnin Łopian Krwawnik Szczodrzeń Zawilc Kozłowrot Bartn Smolar Bednarsk"), L_("owa owa a ska")),
    stypes=["ul."], towns=L_("Sieradz Ełk Skierniewice Łomża Chojnice Nysa Mielec Kutno"),
    tparts=(L_("Nowy Stary Wólka"), L_(" Dwór Targ Brzeg")), tjoin="",
    mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    specimen=["Jan Kowalski"], order="gf", card=["visa", "mc"])
add("sv-SE", region="SE", iban="SE", script="latin",
    given=L_("Ylva Torbjörn Siv Gunnel Ragnar Märta Leif Åsa Henrik Sixten Ebba Tyra"),
    family=L_("Lindqvist Bergström Sjöberg Nyström Hedlund Åkerlund Forsgren Ekdahl Wahlberg Lundgren"),
    gparts=(L_("Ylv Torb Siv Gunn Ragn Märt Lei Ås Sixt Ebb Tyr"), L_("a jörn el ar a f ten")),
    fparts=(L_("Lind Berg Sjö Ny Hed Åker Fors Ek Wahl Lund Norr"), L_("qvist ström berg lund gren dahl man blad")),
    stems=L_("Rönnbärsgatan Ekorrvägen Ljungstigen Blåklintsvägen Tallmovägen Granlundsgatan"),
    sparts=(L_("Rönnbärs Ekorr Ljung Blåklints Tallmo Granlunds Myrstack"), L_("gatan vägen stigen gränd")),
    stypes=[""], towns=L_("Skövde Härnösand Ystad Mora Alingsås Kiruna Motala Piteå"),
    tparts=(L_("Norr Söder Väster Öster"), L_("köping tälje hamn by")), tjoin="",
    mail=["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    specimen=["Sven Svensson"], order="gf", card=["visa", "mc"])
add("tr-TR", region="TR", iban="TR", script="latin",
    given=L_("Gülizar Oğuzhan Şükran Berkay Nurhan Tuğba Erdem Sevgül Koray Yıldız Hülya Alparslan"),
    family=L_("Karaosmanoğlu Yıldırım Şahinbaş Eroğlu Tekin Çağlar Özdemir Kılıçarslan Ünal Gündoğdu"),
    gparts=(L_("Gül Oğuz Şük Ber Nur Tuğ Er Sev Kor Hül Alp"), L_("izar han ran kay ba dem gül ay ya arslan")),
    fparts=(L_("Kara Yıldı Şahin Ero Tek Çağ Özde Kılıç Ün Gün"), L_("osmanoğlu rım baş ğlu in lar mir arslan al doğdu")),
    stems=L_("Menekşe Gelincik Karanfil Akasya Ihlamur Sümbül Lale"),
    sparts=(L_("Menek Gelin Karan Akas Ihla Sümb"), L_("şe cik fil ya mur ül")),
    stypes=["Sok."], towns=L_("Eskişehir Çorum Bolu Aydın Isparta Tokat Kırklareli"),
    tparts=(L_("Kara Ak Yeni Eski"), L_("köy su hisar dere")), tjoin="",
    mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    specimen=["Ali Veli"], order="gf", card=["visa", "mc"])
add("el-GR", region="GR", iban="GR", script="greek",
    given=L_("Ευτυχία Χαράλαμπος Παναγιώτα Σπυρίδων Κωνσταντίνα Θεμιστοκλής Αγλαΐα Στυλιανός Ευανθία Ιάκωβος"),
    family=L_("Καραμανλάκης Παπαδημητρίου Τσολάκης Βλαχογιάννης Μαυρομμάτης Ζαχαρόπουλος Γεωργακοπούλου Σταθοπούλου"),
    gparts=(L_("Ευτυχ Χαράλ Παναγ Σπυρ Κωνστ Θεμιστ Αγλ Στυλ Ευανθ Ιάκ"), L_("ία αμπος ιώτα ίδων αντίνα οκλής ανός ος")),
    fparts=(L_("Καραμ Παπαδ Τσολ Βλαχο Μαυρο Ζαχαρο Γεωργακο Σταθο Λιαπ"), L_("ανλάκης ημητρίου άκης γιάννης μμάτης πουλος πούλου")),
    stems=L_("Ερμού Ασκληπιού Καλλιδρομίου Αγίου Μελετίου Πλαστήρα Ηρώων Πολυτεχνείου"),
    sparts=(L_("Αγίου Οδός"), L_(" Μελετίου Φανουρίου Σπυρίδωνος Νεκταρίου")),
    stypes=[""], towns=L_("Λάρισα Χαλκίδα Κοζάνη Ξάνθη Τρίκαλα Κέρκυρα Άρτα"),
    tparts=(L_("Νέα Άνω Κάτω"), L_(" Σμύρνη Λιόσια Πατήσια")), tjoin="",
    mail=["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
    specimen=["Γεώργιος Παπαδόπουλος"], order="gf", card=["visa", "mc"])
add("ru-RU", region="RU", iban=None, script="cyrillic",
    given=L_("Ярослава Всеволод Прасковья Гордей Евдокия Тимофей Злата Ростислав Милана Елисей"),
    family=L_("Ковыляев Шестопалова Дроздецкий Перепёлкина Звягинцев Колокольцева Рябушинский Черемисина"),
    gparts=(L_("Ярос Всев Прасков Горд Евдок Тимоф Злат Ростис Милан Елис"), L_("лава олод ья ей ия ей а лав")),
    fparts=(L_("Ковыл Шестоп Дрозд Переп Звяг Колоколь Рябуш Черем Пуст"), L_("яев алова ецкий ёлкина инцев цева инский исина овалов")),
    stems=L_("Рябиновая Черёмуховая Садовническая Калиновая Гончарная Слободская"),
    sparts=(L_("Рябин Черёмух Калин Гончар Слобод Берёз"), L_("овая ая ская")),
    stypes=["ул."], towns=L_("Вологда Кострома Тамбов Пенза Сызрань Чебоксары Кинешма"),
    tparts=(L_("Ново Старо Верхне Нижне"), L_("горск дольск уральск")), tjoin="",
    mail=["mail.ru", "yandex.ru", "bk.ru", "rambler.ru", "gmail.com"],
    specimen=["Иванов Иван Иванович"], order="fg", card=["visa", "mc", "mir"])
add("ar-AE", region="AE", iban="AE", script="arabic",
    given=L_("هزاع مشاعل ثامر رغد نزار بلقيس غسان شيخة عمران ميثاء سيف حصة ذياب مزنة وديمة شما بطي عذبة ميرة سهيل روضة حمدة مطر علياء خلفان عوشة سلامة نهلة"),
    family=L_("الكعبي المزروعي الظاهري النعيمي الشامسي الهاملي السويدي القبيسي المهيري الرميثي الكتبي الحمادي الفلاسي المرر الطنيجي الجنيبي المحيربي الدرمكي السبوسي النقبي الحوسني الزرعوني البدواوي اليماحي العفاري المطروشي الغيثي الشحي"),
    gparts=(L_("عبد"), L_("الرحيم الودود اللطيف الباسط المجيد الرزاق الغفار المنعم الجليل الحفيظ الوهاب الستار القادر المعين")),
    fparts=(L_("ال"), L_("خييلي مطوع غفلي بلوشي زعابي منصوري قمزي سماحي ظنحاني خاطري كربي مهري عبدولي ريسي")),
    stems=L_("الوصل السطوة المنارة الخوانيج البرشاء القرهود"),
    sparts=(L_("ال"), L_("ورقاء نهدة مزهر سلع ميزر")),
    stypes=[""], towns=L_("دبي أبوظبي الشارقة العين عجمان المرقبات الممزر الطوار الراشدية البطين الخبيصي الجافلية مردف"),
    tparts=(L_("ال"), L_("ذيد مدام حمرية")), tjoin="",
    mail=["gmail.com", "hotmail.com", "eim.ae", "outlook.com"],
    specimen=["محمد أحمد"], order="gf", card=["visa", "mc"])
add("he-IL", region="IL", iban="IL", script="hebrew",
    given=L_("אביטל נועם שירה עידו רעות יובל טליה אלון מעיין דביר הדס ליאור"),
    family=L_("בן-חמו אזולאי פרידמן שטרנברג אלמוג גולדפרב טביב רוזנצוויג קורן מזרחי"),
    gparts=(L_("אבי נוע שי עי רע יו טלי אלו מעי דבי"), L_("טל ם רה דו ות בל ה ן ין ר")),
    fparts=(L_("בן- גולד שטרן רוזן אל"), L_("חמו פרב ברג צוויג מוג עמי שושן")), fjoin="",
    stems=L_("הרקפות הדקלים האלה הנרקיסים הכלניות הגפן הלוטם הרותם המרווה הדולב האשל הערבה הצבר השיטה"),
    sparts=(L_("ה"), L_("רקפות דקלים נרקיסים כלניות תאנה שקמה חצב אירוס סחלב מורן קידה לבונה נחליאלי שלדג סנונית זמיר עפרוני סלעית חוחית ירגזי בזבלב גדיד פשוש")),
    stypes=["רחוב"], towns=L_("רחובות כפר סבא מודיעין חדרה נתניה עפולה"),
    tparts=(L_("גבעת קרית"), L_(" אונו ביאליק חיים")), tjoin="",
    mail=["gmail.com", "walla.co.il", "bezeqint.net", "012.net.il"],
    specimen=["ישראל ישראלי"], order="gf", card=["visa", "mc"])
add("hi-IN", region="IN", iban=None, script="devanagari",
    given=L_("अनुराधा विश्वजीत सुलोचना हृषिकेश मृणाल कौस्तुभ शर्वरी चैतन्य यामिनी दिव्यांश"),
    family=L_("त्रिपाठी उपाध्याय चतुर्वेदी श्रीवास्तव बघेल कुशवाहा अग्निहोत्री मालवीय राजपूत सक्सेना"),
    gparts=(L_("अनु विश्व सुलो हृषि मृ कौस् शर् चैत यामि दिव्"), L_("राधा जीत चना केश णाल तुभ वरी न्य नी यांश")),
    fparts=(L_("त्रि उपा चतु श्रीवा अग्नि माल सक्"), L_("पाठी ध्याय र्वेदी स्तव होत्री वीय सेना")),
    stems=L_("गुलमोहर अशोक शांति पंचवटी कल्पतरु"),
    sparts=(L_("गुल अशो शांति पंच कल्प"), L_("मोहर क वटी तरु कुंज")),
    stypes=[""], towns=L_("इंदौर भोपाल कानपुर वाराणसी प्रयागराज ग्वालियर"),
    tparts=(L_("राम शिव हरि"), L_("पुर नगर गढ़")), tjoin="",
    mail=["gmail.com", "yahoo.co.in", "rediffmail.com"],
    specimen=["राम कुमार"], order="gf", card=["visa", "mc"])
add("ja-JP", region="JP", iban=None, script="cjk", sep=" ",
    given=L_("美咲 健太郎 沙織 颯太 千尋 航平 菜々子 遼 綾乃 匠 瑞穂 悠斗"),
    family=L_("沢野 梶原 檜山 宇佐美 嶋田 篠崎 桐生 唐沢 柳瀬 鷲尾"),
    gparts=(L_("美 健 沙 颯 千 航 菜 遼 綾 匠 瑞 悠 陽 紗"), L_("咲 太郎 織 太 尋 平 々子 乃 穂 斗 菜 希")),
    fparts=(L_("沢 梶 檜 宇 嶋 篠 桐 唐 柳 鷲 芦 栗"), L_("野 原 山 田 崎 生 沢 瀬 尾 谷 川 島")),
    stems=L_("桜丘 緑が丘 南町 本町 東雲"), sparts=(L_("桜 緑 若 栄 旭 朝"), L_("丘 町 台 が丘 ヶ谷")),
    stypes=[""], towns=L_("世田谷区 豊中市 藤沢市 浜松市 金沢市 倉敷市"),
    tparts=(L_("北 南 東 西 新"), L_("川市 野市 島市 山市")), tjoin="",
    mail=["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp", "icloud.com"],
    specimen=["山田 太郎"], order="fg", card=["visa", "mc"])
add("ko-KR", region="KR", iban=None, script="hangul", sep="",
    given=L_("서연 지훈 하은 도윤 예린 민재 수아 건우 채원 시우"),
    family=L_("남궁 황보 제갈 선우 탁 봉 편 육 어 변"),
    gparts=(L_("서 지 하 도 예 민 수 건 채 시 윤 태"), L_("연 훈 은 윤 린 재 아 우 원 호 빈")),
    fparts=(L_("남 황 선 제"), L_("궁 보 우 갈")),
    stems=L_("테헤란 올림픽 월드컵 반포 수성"), sparts=(L_("은 한 새 푸른 솔"), L_("빛 샘 내 들 뫼")),
    stypes=[""], towns="성남시 분당구,수원시 영통구,대전 유성구,부산 해운대구,광주 서구".split(","),
    tparts=(L_("동 서 남 북"), L_("구 시")), tjoin="",
    mail=["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net"],
    specimen=["홍길동"], order="fg", card=["visa", "mc"])
add("zh-CN", region="CN", iban=None, script="cjk", sep="",
    given=L_("子涵 浩然 雨桐 梓萱 俊熙 若曦 嘉懿 沐阳 思彤 一诺"),
    family=L_("欧阳 司马 上官 诸葛 宇文 慕容 东方 南宫 钟离 濮阳"),
    gparts=(L_("子 浩 雨 梓 俊 若 嘉 沐 思 一 语 欣"), L_("涵 然 桐 萱 熙 曦 懿 阳 彤 诺 辰 妍")),
    fparts=(L_("欧 司 上 诸 宇 慕 东 南"), L_("阳 马 官 葛 文 容 方 宫")),
    stems=L_("梧桐 银杏 丁香 紫藤 玉兰"), sparts=(L_("梧 银 丁 紫 玉 海 金"), L_("桐 杏 香 藤 兰 棠 桂")),
    stypes=[""], towns="杭州市西湖区,成都市锦江区,武汉市江汉区,南京市鼓楼区,苏州市姑苏区".split(","),
    tparts=(L_("东 西 南 北"), L_("城区 湖区 山区")), tjoin="",
    mail=["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    specimen=["张三"], order="fg", card=["unionpay", "visa"])
add("th-TH", region="TH", iban=None, script="thai",
    given=L_("ณัฐวุฒิ พิมพ์ชนก ธนากร กมลวรรณ ศุภชัย วรัญญา ปิยะพงษ์ อรุณี"),
    family=L_("ศรีสวัสดิ์ ทองประเสริฐ วงศ์สุวรรณ แก้วมณี บุญประคอง รัตนพันธ์ เกษมสุข"),
    gparts=(L_("ณัฐ พิมพ์ ธนา กมล ศุภ วรัญ ปิยะ อรุ"), L_("วุฒิ ชนก กร วรรณ ชัย ญา พงษ์ ณี")),
    fparts=(L_("ศรี ทอง วงศ์ แก้ว บุญ รัตน เกษม"), L_("สวัสดิ์ ประเสริฐ สุวรรณ มณี ประคอง พันธ์ สุข")),
    stems=L_("ลาดพร้าว รามคำแหง พหลโยธิน จรัญสนิทวงศ์ ประชาอุทิศ"), sparts=(L_("ประชา สุข ร่ม"), L_("อุทิศ สวัสดิ์ เกล้า")),
    stypes=[""], towns=L_("บางกะปิ ห้วยขวาง จตุจักร บางซื่อ ดินแดง"),
    tparts=(L_("บาง คลอง"), L_("เขน ตัน จั่น")), tjoin="",
    mail=["gmail.com", "hotmail.com", "outlook.co.th"],
    specimen=["นายสมมติ ตัวอย่าง"], order="gf", card=["visa", "mc"])

IDS = {  # locale: list of (entity type, local label, generator)
    "en-GB": [("HEALTH_INSURANCE", "NHS no", id_nhs), ("TAX_ID", "UTR", id_utr)],
    "en-US": [("ssn", "SSN", id_ssn), ("TAX_ID", "ITIN", id_itin)],
    "en-IN": [("NATIONAL_ID", "Aadhaar", id_aadhaar), ("TAX_ID", "PAN", id_pan)],
    "hi-IN": [("NATIONAL_ID", "आधार", id_aadhaar), ("TAX_ID", "पैन", id_pan)],
    "de-DE": [("TAX_ID", "Steuer-ID", id_idnr)],
    "fr-FR": [("NATIONAL_ID", "N° sécu", id_nir)],
    "es-ES": [("NATIONAL_ID", "DNI", id_dni), ("NATIONAL_ID", "NIE", id_nie)],
    "es-MX": [("NATIONAL_ID", "CURP", id_curp), ("TAX_ID", "RFC", id_rfc)],
    "pt-BR": [("TAX_ID", "CPF", id_cpf)],
    "it-IT": [("TAX_ID", "Cod. fiscale", id_cf)],
    "nl-NL": [("NATIONAL_ID", "BSN", id_bsn)],
    "pl-PL": [("NATIONAL_ID", "PESEL", id_pesel), ("TAX_ID", "NIP", id_nip)],
    "sv-SE": [("NATIONAL_ID", "Personnr", id_pnr)],
    "tr-TR": [("NATIONAL_ID", "TCKN", id_tckn)],
    "el-GR": [("NATIONAL_ID", "ΑΜΚΑ", id_amka), ("TAX_ID", "ΑΦΜ", id_afm)],
    "ru-RU": [("TAX_ID", "ИНН", id_inn)],
    "ar-AE": [("NATIONAL_ID", "رقم الهوية", id_eid)],
    "he-IL": [("NATIONAL_ID", "ת.ז.", id_ilid)],
    "ja-JP": [("NATIONAL_ID", "マイナンバー", id_mynumber)],
    "ko-KR": [("NATIONAL_ID", "주민등록번호", id_rrn)],
    "zh-CN": [("NATIONAL_ID", "身份证号", id_ric)],
    "th-TH": [("NATIONAL_ID", "เลขบัตรประชาชน", id_thpin)],
}
HEALTH_LABEL = {"de-DE": ("Versichertennr.", "K"), "fr-FR": ("N° adhérent mutuelle", "MU"), "nl-NL": ("Polisnr. zorgverzekeraar", "ZV"),
                "es-ES": ("Nº tarjeta aseguradora", "AS"), "it-IT": ("N. tessera assicurativa", "TS"), "pl-PL": ("Nr karty ubezpieczenia", "UB"),
                "sv-SE": ("Försäkringsnr", "FS"), "tr-TR": ("Sigortalı no", "SG"), "el-GR": ("Αρ. ασφαλισμένου", "AS"),
                "ru-RU": ("Полис ДМС №", "DMS"), "ar-AE": ("رقم بطاقة التأمين الصحي", "HC"), "he-IL": ("מס׳ חבר בקופה", "KP"),
                "hi-IN": ("हेल्थ कार्ड नं.", "HC"), "en-IN": ("Health card no", "HC"), "ja-JP": ("保険者番号", "HK"),
                "ko-KR": ("보험가입번호", "KB"), "zh-CN": ("医保卡号", "YB"), "th-TH": ("เลขสมาชิกประกันสุขภาพ", "TH"),
                "es-MX": ("No. de asegurado", "NA"), "pt-BR": ("Carteirinha do plano", "PL"), "en-US": ("Member ID", "W"),
                "en-GB": ("NHS no", "")}
TAGS = list(LOC)


def build_pools(rng):
    for tag, L in LOC.items():
        fj = L.get("fjoin", "")
        L["given"] = freeze_pool(f"{tag}.given", L["given"], L["gparts"], 12, rng, 6)
        L["family"] = freeze_pool(f"{tag}.family", L["family"], L["fparts"], 12, rng, 6, fj)
        L["stems"] = freeze_pool(f"{tag}.streets", L["stems"], L["sparts"], 8, rng, 4)
        L["towns"] = freeze_pool(f"{tag}.towns", L["towns"], L["tparts"], 5, rng, 3, L.get("tjoin", ""))
        L["specimen"] = freeze_pool(f"{tag}.specimen", L["specimen"], None, 0, rng, 0)


def fmt_date(tag, d):
    if tag == "en-US":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if tag in ("sv-SE",):
        return d.isoformat()
    if tag in ("de-DE", "pl-PL", "ru-RU", "tr-TR"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if tag in ("nl-NL", "hi-IN", "en-IN"):
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if tag in ("ja-JP", "zh-CN"):
        return f"{d.year}年{d.month}月{d.day}日"
    if tag == "ko-KR":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if tag == "th-TH":
        return f"{d.day}/{d.month}/{d.year + 543}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


SYL = L_("ka ri to mi na ko ya su ha ru shi ta ne mo ra chi ji min seo ho al ya ro li an")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum()))


class Rec:
    def __init__(self):
        self.issued = []

    def i(self, typ, value):
        self.issued.append((typ, value))
        return value


class Person:
    def __init__(self, rng, tag, R):
        self.rng, self.tag, self.R, self.L = rng, tag, R, LOC[tag]
        L = self.L
        self.first = rng.choice(L["given"])
        self.last = rng.choice(L["family"])
        sep = L.get("sep", " ")
        self.full = (self.last + sep + self.first) if L["order"] == "fg" else (self.first + " " + self.last)
        y = rng.randrange(1942, 2004)
        self.dob_date = dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
        self._cache = {}

    def name(self, form=None):
        v = self.full
        if form == "upper_last" and self.L["script"] == "latin":
            v = f"{self.last.upper()}, {self.first}"
        return self.R.i("person", v)

    def given(self):
        return self.R.i("person", self.first)

    def dob(self):
        return self.R.i("DATE_OF_BIRTH", fmt_date(self.tag, self.dob_date))

    def phone(self):
        if "phone" not in self._cache:
            self._cache["phone"] = make_phone(self.rng, self.L["region"])
        return self.R.i("PHONE_NUMBER", self._cache["phone"])

    def email(self):
        if "email" not in self._cache:
            r = self.rng
            if self.L["script"] == "latin":
                a, b = ascii_fold(self.first).lower(), ascii_fold(self.last).lower()
                local = r.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{b[:3]}{r.randrange(10, 99)}", f"{b}.{a}{r.randrange(1960, 2005)}"])
            else:
                local = r.choice(SYL) + r.choice(SYL) + r.choice(["", ".", "_"]) + r.choice(SYL) + str(r.randrange(10, 999))
            self._cache["email"] = f"{local}@{r.choice(self.L['mail'])}"
        return self.R.i("EMAIL_ADDRESS", self._cache["email"])

    def address(self):
        if "addr" not in self._cache:
            self._cache["addr"] = make_address(self.rng, self.tag)
        return self.R.i("STREET_ADDRESS", self._cache["addr"])

    def ident(self, prefer=None):
        """returns (label, value); issues the right type"""
        ids = IDS[self.tag]
        pick = [x for x in ids if x[0] == prefer] or ids
        typ, label, fn = pick[0] if prefer else self.rng.choice(pick)
        key = "id_" + label
        if key not in self._cache:
            self._cache[key] = fn(self.rng, self)
        return label, self.R.i(typ, self._cache[key])

    def iban(self):
        if "iban" not in self._cache:
            self._cache["iban"] = make_iban(self.rng, self.L["iban"])
        v = self._cache["iban"]
        return self.R.i("IBAN_CODE", v if self.rng.random() < 0.7 else v.replace(" ", ""))

    def card(self):
        if "card" not in self._cache:
            self._cache["card"] = make_card(self.rng, self.rng.choice(self.L["card"]))
        return self.R.i("CREDIT_CARD", self._cache["card"])

    def account(self):
        """an account identifier of the locale: IBAN, US routing+account, or a card"""
        if self.L["iban"]:
            return f"IBAN {self.iban()}"
        if self.tag == "en-US":
            r, a = us_bank(self.rng)
            return f"routing {r} acct {self.R.i('US_BANK_NUMBER', a)}"
        return f"card {self.card()}"

    def health(self):
        if self.tag == "en-GB":
            return "NHS no", self.ident("HEALTH_INSURANCE")[1]
        label, pre = HEALTH_LABEL[self.tag]
        if "hi" not in self._cache:
            self._cache["hi"] = make_member_no(self.rng, pre)
        return label, self.R.i("HEALTH_INSURANCE", self._cache["hi"])

    def mrn(self):
        return self.R.i("MEDICAL_RECORD", make_mrn(self.rng))

    def ip(self):
        return self.R.i("IP_ADDRESS", make_ip(self.rng))


def pc_gb(r):
    A = "ABCDEFGHJKLMNOPRSTUWYZ"
    return f"{r.choice(A)}{r.choice(A)}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def make_address(r, tag):
    L = LOC[tag]
    st, tw, n = r.choice(L["stems"]), r.choice(L["towns"]), r.randrange(1, 180)
    ty = r.choice(L["stypes"])
    if tag == "en-GB":
        return f"{r.choice(['', f'Flat {r.randrange(1, 9)}, '])}{n} {st} {ty}, {tw} {pc_gb(r)}"
    if tag == "en-US":
        return f"{n * 10 + r.randrange(10)} {st} {ty}, {tw}, {r.choice(L['states'])} {r.randrange(10000, 99950):05d}"
    if tag == "en-IN":
        return f"Flat {r.randrange(101, 904)}, {st} {ty}, {tw} - {r.randrange(110001, 859999)}"
    if tag == "de-DE":
        return f"{st} {n}{r.choice(['', '', 'a'])}, {r.randrange(10000, 99999):05d} {tw}"
    if tag == "fr-FR":
        return f"{n} {ty} {st}, {r.randrange(1000, 95999):05d} {tw}"
    if tag == "es-ES":
        return f"{ty} {st} {n}, {r.randrange(1, 8)}º {r.choice('ABCD')}, {r.randrange(1000, 52999):05d} {tw}"
    if tag == "es-MX":
        return f"{ty} {st} {n}, Col. {r.choice(L['stems'])}, C.P. {r.randrange(20000, 99999)}, {tw}"
    if tag == "pt-BR":
        return f"{ty} {st}, {n} - apto {r.randrange(11, 1204)}, {tw}, CEP {r.randrange(10000, 99999)}-{r.randrange(0, 999):03d}"
    if tag == "it-IT":
        return f"{ty} {st} {n}, {r.randrange(10010, 98168):05d} {tw}"
    if tag == "nl-NL":
        return f"{st} {n}, {r.randrange(1011, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')} {tw}"
    if tag == "pl-PL":
        return f"ul. {st} {n}/{r.randrange(1, 60)}, {r.randrange(10, 99)}-{r.randrange(100, 999)} {tw}"
    if tag == "sv-SE":
        return f"{st} {n}, {r.randrange(100, 985)} {r.randrange(10, 99)} {tw}"
    if tag == "tr-TR":
        return f"{r.choice(L['stems'])} Mah. {st} Sok. No:{n} D:{r.randrange(1, 20)}, {tw}"
    if tag == "el-GR":
        return f"{st} {n}, {r.randrange(10431, 85100)} {tw}"
    if tag == "ru-RU":
        return f"г. {tw}, ул. {st}, д. {n}, кв. {r.randrange(1, 240)}, {r.randrange(101000, 692999)}"
    if tag == "ar-AE":
        return f"فيلا {n}، شارع {r.randrange(1, 60)}، {st}، {tw}"
    if tag == "he-IL":
        return f"רחוב {st} {n}, {tw} {r.randrange(1000000, 9999999)}"
    if tag == "hi-IN":
        return f"मकान नं. {n}, {st} नगर, {tw} - {r.randrange(110001, 859999)}"
    if tag == "ja-JP":
        return f"〒{r.randrange(100, 999)}-{r.randrange(0, 9999):04d} {tw}{st}{r.randrange(1, 6)}丁目{n}-{r.randrange(1, 30)}"
    if tag == "ko-KR":
        return f"{tw} {st}로 {n}, {r.randrange(101, 120)}동 {r.randrange(101, 2504)}호"
    if tag == "zh-CN":
        return f"{tw}{st}路{n}号{r.randrange(1, 30)}栋{r.randrange(101, 2804)}室"
    if tag == "th-TH":
        return f"{n}/{r.randrange(1, 99)} ถนน{st} แขวง{tw} กรุงเทพฯ {r.randrange(10100, 10900)}"
    raise KeyError(tag)


# ----------------------------------------------------------------------------------------------- org / public pools
ORG = {"stems": L_("Brightwater Harrowgate Fernleigh Oakmoor Calderbrook Silverholm Northwick Eastmere Greystoke Amberlea Stonebridge Weatherby"),
       "parts": (L_("Bright Harrow Fern Oak Calder Silver North East Grey Amber Stone Wether Hollin Cres"), L_("water gate leigh moor brook holm wick mere stoke lea bridge by"))}
ORG_SUFFIX = {"bank": ["Bank", "Bank plc", "Sparkasse", "Banque", "Banca", "Bank AG"], "ins": ["Mutual", "Assurance", "Versicherung AG", "Seguros", "Insurance Ltd"],
              "pen": ["Pension Trust", "Pensioenfonds", "Pensionskasse", "Retirement Plan"], "util": ["Energy", "Water", "Telecom"]}
PUBLIC = ["Frank Elderson", "Piero Cipollone", "Fabio Panetta", "Erik Thedéen", "Adam Glapiński", "Fatih Karahan", "Yannis Stournaras",
          "Elvira Nabiullina", "Amir Yaron", "Sanjay Malhotra", "Tiff Macklem", "Michele Bullock", "Agustín Carstens", "Christine Lagarde", "Jerome Powell", "Andrew Bailey", "Kazuo Ueda", "Joachim Nagel", "François Villeroy de Galhau",
          "Gabriel Galípolo", "Pan Gongsheng", "Rhee Chang-yong", "Philip Lane", "Isabel Schnabel", "Michelle Bowman", "Sarah Breeden"]
PUBLIC_ROLE = {"Christine Lagarde": "ECB President", "Jerome Powell": "Fed Chair", "Andrew Bailey": "Bank of England Governor",
               "Kazuo Ueda": "Bank of Japan Governor", "Joachim Nagel": "Bundesbank President", "François Villeroy de Galhau": "Banque de France Governor",
               "Gabriel Galípolo": "Banco Central do Brasil Governor", "Pan Gongsheng": "PBoC Governor", "Rhee Chang-yong": "Bank of Korea Governor",
               "Philip Lane": "ECB chief economist", "Isabel Schnabel": "ECB Executive Board member", "Michelle Bowman": "Fed Governor",
               "Sarah Breeden": "BoE Deputy Governor", "Frank Elderson": "ECB Executive Board member", "Piero Cipollone": "ECB Executive Board member",
               "Fabio Panetta": "Banca d'Italia Governor", "Erik Thedéen": "Riksbank Governor", "Adam Glapiński": "NBP President",
               "Fatih Karahan": "CBRT Governor", "Yannis Stournaras": "Bank of Greece Governor", "Elvira Nabiullina": "Bank of Russia Governor",
               "Amir Yaron": "Bank of Israel Governor", "Sanjay Malhotra": "RBI Governor", "Tiff Macklem": "Bank of Canada Governor",
               "Michele Bullock": "RBA Governor", "Agustín Carstens": "former BIS General Manager"}
EPONYMS = ["Ponzi", "Gini", "Sharpe", "Black-Scholes", "Markowitz", "Macaulay", "Bismarck", "Beveridge", "Luhn", "Lorenz", "Kelly",
           "Gompertz", "Herfindahl", "Sortino", "Tobin", "Laffer", "Engel", "Giffen", "Treynor", "Modigliani-Miller"]
EPONYM_NOUN = {"Ponzi": "scheme", "Gini": "coefficient", "Sharpe": "ratio", "Black-Scholes": "model", "Markowitz": "frontier",
               "Macaulay": "duration", "Bismarck": "pension model", "Beveridge": "model", "Luhn": "check digit", "Lorenz": "curve",
               "Kelly": "criterion", "Gompertz": "law of mortality", "Herfindahl": "index", "Sortino": "ratio", "Tobin": "tax",
               "Laffer": "curve", "Engel": "curve", "Giffen": "good", "Treynor": "ratio", "Modigliani-Miller": "theorem"}
FICTION = ["Scrooge McDuck", "Ebenezer Scrooge", "George Banks", "Gordon Gekko", "Jay Gatsby", "Richie Rich", "Mr. Potter", "Walter Mitty",
           "Augustus Melmotte", "Mr. Merdle", "Ralph Nickleby", "Paul Dombey", "Baron de Nucingen", "Gobseck", "Aristide Saccard", "Josiah Bounderby"]


def build_org_pools(rng):
    global ORG_STEMS, PUBLIC, EPONYMS, FICTION
    ORG_STEMS = freeze_pool("org.stems", ORG["stems"], ORG["parts"], 10, rng, 5)
    PUBLIC = freeze_pool("public_figures", PUBLIC, None, 0, rng, 0)
    EPONYMS = freeze_pool("eponyms", EPONYMS, None, 0, rng, 0)
    FICTION = freeze_pool("fiction", FICTION, None, 0, rng, 0)


def org(r, kind):
    return f"{r.choice(ORG_STEMS)} {r.choice(ORG_SUFFIX[kind])}"


def org_domain(name):
    return ascii_fold(name.split()[0]).lower() + r_tld(name)


def r_tld(name):
    return [".co.uk", ".de", ".com", ".eu", ".fr"][len(name) % 5]


def org_contact(r, tag, kind="bank"):
    """an organisation's own published contact block (benign)"""
    name = org(r, kind)
    dom = org_domain(name)
    reg = LOC[tag]["region"]
    try:
        sw = make_phone(r, reg, "tollfree", "natl")
    except Invalid:
        sw = make_phone(r, reg, "fixed", "intl")
    box = r.choice(["complaints", "service", "claims", "broker.support", "pensions.admin", "fraud.ops", "kyc-team", "disputes"])
    return name, f"{name} | {sw} | {box}@{dom} | Registered office: {r.randrange(1, 90)} {r.choice(ORG_STEMS)} Square (company reg. {digits(r, 8)})"


def ref(r, pre):
    return f"{pre}-{r.randrange(2021, 2027)}-{digits(r, 6)}"


def money(r, lo=50, hi=9000):
    return f"{r.randrange(lo, hi)}.{r.randrange(0, 100):02d}"


def make_isin(r):
    cc = r.choice(["IE", "LU", "GB", "DE", "FR"])
    body = cc + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
    v = body + std_isin.calc_check_digit(body)
    return must(std_isin.is_valid(v), "isin", v)


def make_lei(r):
    from stdnum.iso7064 import mod_97_10
    for _ in range(50):
        body = digits(r, 4, True) + "00" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12))
        v = body + mod_97_10.calc_check_digits(body)
        if std_lei.is_valid(v):
            return v
    raise Invalid("lei")


def doc_ip(r):
    return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(1, 255))


def specimen(r, tag):
    sp = LOC[tag]["specimen"]
    return f"{r.choice(sp)} (specimen)" if sp else "[NAME]"


# ----------------------------------------------------------------------------------------------- sensitive builders
def s_branch(r, tag, R, v):
    P, p = Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        lab, nid = P.ident()
        doc = (f"{p['hi']} team,\n{p['called']} / walk-in at counter 3. {p['addr_change']}:\n{p['name']}: {P.name()}\n"
               f"{p['dob']}: {P.dob()}\n{p['address']} (new): {P.address()}\nID seen: {lab} {nid} — orig. sighted, copy scanned to DMS\n"
               f"{p['phone']}: {P.phone()}\nstatement to go to new addr from next cycle pls\n{p['thx']}")
        return dict(doc=doc, ask=r.choice([p["summ"], p["reply"], "turn this into a CRM note, max 4 lines"]), style="counter_note")
    if v == 1:
        rows = ["date,teller,customer,account,amount,type"]
        for k in range(r.randrange(3, 6)):
            Q = Person(r, tag, R)
            rows.append(f"2025-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d},T{r.randrange(10, 40)},{Q.name()},{Q.account()},{money(r)},{r.choice(['CASH_WDL', 'CASH_DEP', 'CHQ_DEP', 'FX'])}")
        return dict(doc="\n".join(rows), ask="flag any cash withdrawals over 5000 and explain why they'd need a source-of-funds check", style="teller_csv")
    Q = Person(r, tag, R)
    doc = (f"POA / Vollmacht presented today. Attorney: {Q.name()} ({p['phone']} {Q.phone()}). Donor: {P.name('upper_last')}, "
           f"{p['dob']} {P.dob()}, {p['acct']} {P.account()}. Donor in care home, LPA registered, original seen & certified copy taken. "
           f"Attorney wants online banking + cheque book. {p['check']}")
    return dict(doc=doc, ask="what else do we need before we can register the attorney? checklist pls", style="poa_note")


def s_contact(r, tag, R, v):
    P, p = Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        doc = (f"[09:41] Agent: Thanks for contacting us, can I take your full name and date of birth for security?\n"
               f"[09:41] {p['cust']}: {P.name()} , {P.dob()}\n[09:42] Agent: and the first line of your address?\n"
               f"[09:42] {p['cust']}: {P.address()}\n[09:43] {p['cust']}: {p['card_blocked']}!! I'm abroad, nothing works, pls call me {P.phone()}\n"
               f"[09:44] Agent: ID&V passed, I can see the block was placed by the fraud system.")
        return dict(doc=doc, ask="write the wrap-up note and the next best action", style="chat_transcript")
    if v == 1:
        doc = (f"wrap: {p['called']} re {p['transfer']} not arrived. ID&V ok (DOB {P.dob()} + postcode). cust {P.name()} v upset, "
               f"2nd call. {p['acct']} {P.account()}. promised cb within 48h on {P.phone()}. raised complaint, FOS leaflet sent to {P.email()}")
        return dict(doc=doc, ask=r.choice(["tidy up this wrap note for the complaint file", p["summ"]]), style="wrapup_shorthand")
    doc = (f"Subject: {p['urgent']} - {p['acct']}\n\n{p['hi']},\n\nmy name is {P.name()} and I have been a customer for 20 years. "
           f"Since March you have charged me fees twice. My {p['acct']}: {P.account()}. You can reach me on {P.phone()} or here.\n\n"
           f"{P.name()}\n{P.address()}")
    return dict(doc=doc, ask=p["reply"], style="customer_email")


def s_mortgage(r, tag, R, v):
    P, Q, p = Person(r, tag, R), Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        lab, nid = P.ident()
        doc = (f"FACT FIND — {p['mortgage']}\nApplicant 1: {P.name()} | {p['dob']} {P.dob()} | {lab} {nid} | employed, basic {r.randrange(28, 95)}k + bonus\n"
               f"Applicant 2: {Q.name()} | {p['dob']} {Q.dob()} | self-employed 3 yrs, SA302s attached\n"
               f"Current {p['address']}: {P.address()}\nPurchase price {r.randrange(180, 650)}k, deposit {r.randrange(5, 25)}% gifted by parents (gifted deposit letter tbc)\n"
               f"{p['phone']} {P.phone()} / {P.email()}")
        return dict(doc=doc, ask="which lenders would likely accept the self-employed income on 1 yr accounts? and what's max LTV", style="fact_find")
    if v == 1:
        doc = (f"Hi BDM, quick one — case for {P.name()}, {p['dob']} {P.dob()}, wants 90% LTV, 35yr term, income {r.randrange(30, 80)}k. "
               f"Missed 1 mobile phone payment 2022 (settled). DIP declined via broker portal, ref {ref(r, 'DIP')}. "
               f"Can you refer manually? client mob {P.phone()}")
        return dict(doc=doc, ask="rewrite this so it's more persuasive but still accurate", style="broker_email")
    payload = {"applicants": [{"name": P.name(), "dob": P.dob(), "email": P.email(), "address": P.address()},
                              {"name": Q.name(), "dob": Q.dob()}],
               "loan": {"amount": r.randrange(120000, 600000), "term_years": r.choice([25, 30, 35]), "product": "2yr fixed 4.39%"},
               "bank_details_for_dd": P.account()}
    return dict(doc=json.dumps(payload, ensure_ascii=False, indent=1), ask="validate this application payload against the lender's schema and list missing fields", style="application_json")


def s_claim(r, tag, R, v):
    P, p = Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        T = Person(r, tag, R)
        doc = (f"FNOL motor {ref(r, 'CLM')}\nPH: {P.name()} tel {P.phone()}\nTP driver: {T.name()}, TP {p['address']} {T.address()}\n"
               f"circs: PH stationary at lights, TP went into rear. TP admits fault at scene. no injuries declared (yet). "
               f"PH wants courtesy car. whiplash risk — TP solicitor letter likely")
        return dict(doc=doc, ask="assess liability and reserve, and write the TP capture letter", style="fnol_note")
    if v == 1:
        hl, hn = P.health()
        doc = (f"{p['claim']} — travel medical\n{p['name']}: {P.name()}  {p['dob']}: {P.dob()}\n{hl}: {hn}\n"
               f"Hospital record / MRN: {P.mrn()}\nDx: closed fracture distal radius, ORIF 2 days post admission. Repatriation by air ambulance requested by family. "
               f"Pre-existing: T2 diabetes (declared).")
        return dict(doc=doc, ask="is this covered under a standard travel policy with declared diabetes? list documents the claims handler needs", style="medical_claim")
    doc = (f"{p['hi']},\nescape of water from upstairs flat, kitchen ceiling down. {p['policy']} holder {P.name()}, risk {p['address']} {P.address()}. "
           f"Loss adjuster visited, scope agreed {money(r, 3000, 25000)}. Settle by {p['transfer']} to {P.account()} once excess deducted.\n{p['thx']}")
    return dict(doc=doc, ask=r.choice([p["summ"], "draft the settlement letter incl. excess and betterment"]), style="home_claim_email")


def s_pension(r, tag, R, v):
    P, p = Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        lab, nid = P.ident()
        doc = (f"TRANSFER-OUT REQUEST ({p['pension']})\nMember: {P.name()}\n{p['dob']}: {P.dob()}\n{lab}: {nid}\n{p['address']}: {P.address()}\n"
               f"Receiving scheme: {org(r, 'pen')} (PSTR {digits(r, 8)}RX)\nCETV quoted {money(r, 40000, 400000)} guaranteed until 3 months from calc date\n"
               f"Pay to: {P.account()}\nScam checks: amber flag — member contacted by unregulated introducer")
        return dict(doc=doc, ask="what are the next steps under the amber flag rules? draft member letter", style="transfer_form")
    if v == 1:
        B1, B2 = Person(r, tag, R), Person(r, tag, R)
        doc = (f"Expression of wish / nomination\nMember {P.name()} ({p['dob']} {P.dob()})\n{p['benef']} 1: {B1.name()}, {B1.dob()}, 60%\n"
               f"{p['benef']} 2: {B2.name()}, 40%\nsigned, witnessed. update the record pls")
        return dict(doc=doc, ask="turn this into the admin system update and note anything missing", style="nomination_form")
    doc = (f"Death notification — member {P.name()}, deferred, {p['dob']} {P.dob()}. Notified by {P.R.i('person', Person(r, tag, R).full)} "
           f"(executor) {p['phone']} {P.phone()}. Lump sum death benefit discretionary; trustees meet next month.")
    return dict(doc=doc, ask="list what the trustees need for the discretionary decision", style="death_notification")


def s_fraud(r, tag, R, v):
    P, p = Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        M = Person(r, tag, R)
        doc = (f"APP scam — case {ref(r, 'FRD')}\nVictim: {P.name()}, {P.dob()}, tel {P.phone()}\nSent 3 x {p['transfer']} to 'safe account' "
               f"after call spoofing our number. Payee: {M.name()} {M.account()}\nBeneficiary bank notified via BPSN, funds partially frozen.")
        return dict(doc=doc, ask="write the reimbursement assessment under the mandatory reimbursement rules", style="app_scam_case")
    if v == 1:
        ev = [{"ts": f"2025-0{r.randrange(1, 9)}-1{r.randrange(0, 9)}T0{r.randrange(0, 9)}:{r.randrange(10, 59)}:00Z", "event": e,
               "ip": P.ip(), "device": r.choice(["Android 14", "iOS 17.5", "Win10 Chrome"])} for e in ["login", "payee_added", "payment"]]
        doc = json.dumps({"customer": P.email(), "events": ev, "risk_score": r.randrange(700, 990)}, ensure_ascii=False, indent=1)
        return dict(doc=doc, ask="is this an account takeover? explain the signals", style="device_log_json")
    doc = (f"SAR draft — subject {P.name()} ({p['dob']} {P.dob()}), {p['address']} {P.address()}. Pattern: 14 cash deposits just below "
           f"the reporting threshold across 5 branches over 3 weeks, then outward {p['transfer']}s to crypto exchange. {P.account()}")
    return dict(doc=doc, ask="improve the SAR narrative: who, what, where, when, why suspicious", style="sar_draft")


def s_kyc(r, tag, R, v):
    P, p = Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        lab, nid = P.ident()
        doc = (f"ONBOARDING CHECKLIST\n[x] {p['name']}: {P.name()}\n[x] {p['dob']}: {P.dob()}\n[x] ID doc: {lab} {nid} (liveness ok)\n"
               f"[x] {p['address']}: {P.address()}\n[ ] PoA older than 3 months — request new one\n[x] {p['email']}: {P.email()}\nrisk: medium (cash-intensive occupation)")
        return dict(doc=doc, ask="what EDD is needed for medium risk? reply in the same language", style="kyc_checklist")
    if v == 1:
        doc = (f"Screening alert {ref(r, 'SCR')}: customer {P.name()}, {p['dob']} {P.dob()}, fuzzy match 87% to sanctions list entry (different DOB, different "
               f"nationality). Discounted as false positive by L1. Customer mob {P.phone()}.")
        return dict(doc=doc, ask="is the discounting rationale good enough for audit? rewrite it", style="screening_alert")
    lab, tid = P.ident("TAX_ID")
    doc = json.dumps({"form": "CRS/FATCA self-certification", "holder": P.name(), "birth_date": P.dob(), "residence": P.address(),
                      "tax_residencies": [{"country": LOC[tag]["region"], "tin": tid}], "us_person": False}, ensure_ascii=False, indent=1)
    return dict(doc=doc, ask="check this self-cert is reasonable vs the address on file", style="crs_json")


def s_card(r, tag, R, v):
    P, p = Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        doc = (f"CHARGEBACK FORM\nCardholder: {P.name()}\nPAN: {P.card()}\nTxn: {money(r, 20, 2500)} {r.choice(['EUR', 'USD', 'GBP'])} at ONLINE-MERCH*{digits(r, 5)}\n"
               f"Reason: goods not received (cardholder contacted merchant 3x)\n{p['phone']}: {P.phone()}")
        return dict(doc=doc, ask="which reason code and what evidence does the cardholder need", style="chargeback_form")
    if v == 1:
        doc = (f"{p['cust']}: hi my card was stolen at the station, number is {P.card()}\nbot: I've blocked it. Can you confirm your date of birth?\n"
               f"{p['cust']}: {P.dob()}\n{p['cust']}: and send new card to {P.address()} pls not the old address")
        return dict(doc=doc, ask="summarise for the card ops queue", style="lost_card_chat")
    doc = (f"{p['hi']}, I don't recognise 4 payments on my card ending {P.card()[-4:]}… full number {P.card()}. {p['fraud']}. "
           f"{P.name()}, {P.email()}")
    return dict(doc=doc, ask=p["reply"], style="dispute_email")


def s_advice(r, tag, R, v):
    P, p = Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        lab, tid = P.ident()
        doc = (f"Client fact-find\nClient: {P.name()}, {p['dob']} {P.dob()}, {lab} {tid}\nSpouse: {Person(r, tag, R).name()}\n"
               f"Children: 2 (uni in 4 & 7 yrs)\nPensions: DC pot {money(r, 50000, 600000)}, DB preserved (NRA 65)\nATR: 5/7, capacity for loss medium\n"
               f"{p['phone']} {P.phone()}")
        return dict(doc=doc, ask="draft the suitability report summary: recommendation to consolidate DC pots", style="fact_find")
    if v == 1:
        doc = (f"Dear {P.name()},\nFurther to our meeting at {P.address()} we recommend drawdown rather than an annuity because... "
               f"[adviser to complete]. Your {p['pension']} provider will pay into {P.account()}.")
        return dict(doc=doc, ask="complete the reasoning paragraph, keep it FCA-compliant, no guarantees", style="suitability_letter")
    doc = (f"hi, it's {P.name()} — saw the markets dropped, should I move my ISA to cash?? call me {P.phone()} after 6. "
           f"born {P.dob()} so 10 yrs to retirement")
    return dict(doc=doc, ask="draft a calm reply for the adviser, no personal recommendation in writing", style="client_whatsapp")


def s_payments(r, tag, R, v):
    P, p = Person(r, tag, R), LOC[tag]["p"]
    if v == 0:
        B = Person(r, tag, R)
        doc = (f":20:{digits(r, 12)}\n:32A:25{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}EUR{money(r, 500, 90000).replace('.', ',')}\n"
               f":50K:/{P.iban() if LOC[tag]['iban'] else P.card()}\n{R.i('person', P.full.upper())}\n{P.address()}\n:59:/{B.account()}\n{B.name()}\n:71A:SHA\n"
               f"-- repair queue: beneficiary name mismatch (CoP 'close match')")
        return dict(doc=doc, ask="explain what to do with the confirmation-of-payee close match before releasing", style="mt103")
    if v == 1:
        rows = ["emp_id;name;account;net_pay"]
        for k in range(r.randrange(4, 8)):
            Q = Person(r, tag, R)
            rows.append(f"E{digits(r, 4)};{Q.name()};{Q.account()};{money(r, 1200, 5200)}")
        return dict(doc="\n".join(rows), ask="convert this payroll file to pain.001 XML, batch booking true", style="payroll_csv")
    doc = (f"SEPA-Lastschriftmandat / DD mandate\nMandatsreferenz {ref(r, 'MND')}\nDebtor: {P.name()}\n{p['address']}: {P.address()}\n"
           f"{P.account()}\nsigned {r.randrange(1, 28)}.{r.randrange(1, 12)}.2025 — R-transaction MD01 received, {p['check']}")
    return dict(doc=doc, ask="why would an MD01 come back on a signed mandate? next steps", style="dd_mandate")


# ----------------------------------------------------------------------------------------------- benign hard negatives
def pubfig(r):
    if PUBLIC:
        n = r.choice(PUBLIC)
        return f"{PUBLIC_ROLE[n]} {n}"
    return "the central bank governor"


def epo(r):
    if EPONYMS:
        n = r.choice(EPONYMS)
        return f"{n} {EPONYM_NOUN[n]}"
    return "the 4% rule"


def fic(r):
    return r.choice(FICTION) if FICTION else "a cartoon miser"


def b_generic(r, tag, kind, v):
    p = LOC[tag]["p"]
    name, contact = org_contact(r, tag, {"pension_admin": "pen", "insurance_claim": "ins"}.get(kind, "bank"))
    if v == 0:   # organisation's own contact data
        doc = (f"{p['hi']} — please update the footer of all {kind.replace('_', ' ')} letters:\n{contact}\n"
               f"Lost/stolen cards 24/7 as above. Opening hours Mon–Fri 08:00–20:00, Sat 09:00–13:00.")
        return dict(doc=doc, ask="translate the footer into English and German, keep numbers as they are", style="org_contact")
    if v == 1:   # blank form with specimen placeholders
        doc = (f"{kind.upper()} FORM (v{r.randrange(2, 9)}.{r.randrange(0, 9)})\n{p['name']}: ____________   e.g. {specimen(r, tag)}\n{p['dob']}: __/__/____\n"
               f"{p['address']}: ______________________\n{p['phone']}: +__ ___ _______\n{p['email']}: name@example.com\nIBAN: {r.choice(EXAMPLE_IBANS)} (example — do not use)\n"
               f"Signature: ____________")
        return dict(doc=doc, ask="make this form accessible (plain language, field hints), output markdown", style="blank_form")
    if v == 2:   # aggregated statistics
        rows = ["region,cases,avg_value,share_pct"] + [f"R{k},{r.randrange(40, 4000)},{money(r, 100, 9000)},{r.randrange(1, 40)}" for k in range(1, 8)]
        doc = f"{kind} MI pack Q{r.randrange(1, 5)} — aggregated, no customer-level data\n" + "\n".join(rows)
        return dict(doc=doc, ask=f"write 3 bullet insights for the exco, {p['summ']}", style="aggregate_mi")
    if v == 3:   # public figures in public role + eponyms
        doc = (f"Market note: {pubfig(r)} said at the press conference that rates will stay restrictive; {pubfig(r)} warned about "
               f"mortgage refinancing risk. Our desk view: the {epo(r)} matters more than headlines. Contact the press office at press@{org_domain(name)}.")
        return dict(doc=doc, ask="rewrite for customers in plain language, 120 words", style="public_statement")
    if v == 4:   # reference numbers that look like identifiers
        doc = (f"{p['claim']}/{p['policy']} refs to chase:\n" + "\n".join(
            f"{ref(r, r.choice(['CLM', 'POL', 'CASE', 'MND', 'CHB']))} | UETR {'-'.join([digits(r, 8), digits(r, 4), '4' + digits(r, 3), 'a' + digits(r, 3), digits(r, 12)])} "
            f"| BIC {r.choice(['DEUTDEFF', 'BNPAFRPP', 'COBADEFF', 'INGBNL2A', 'NWBKGB2L', 'BSCHESMM'])} | LEI {make_lei(r)} | status {r.choice(['open', 'pending docs', 'closed'])}"
            for _ in range(r.randrange(3, 6))))
        return dict(doc=doc, ask="group by status and tell me which are overdue (>30 days)", style="reference_list")
    if v == 5:   # documentation / test values
        doc = (f"UAT test data for the {kind.replace('_', ' ')} API (sandbox only)\ncard: {r.choice(TEST_PANS)} exp 12/34 cvc 123\n"
               f"iban: {r.choice(EXAMPLE_IBANS)}\nclient ip: {doc_ip(r)}\nemail: test.user@example.com\nphone: {r.choice(['+1 202-555-0147', '07700 900123', '+44 20 7946 0018'])}\n"
               f"name: {fic(r)} (fictional)")
        return dict(doc=doc, ask="write pytest fixtures from these values", style="test_values")
    # v == 6: already-anonymised case study / fiction
    doc = (f"Training case (anonymised): Customer A (54) and partner B (51), {p['mortgage']} balance ~{r.randrange(80, 300)}k, {p['pension']} pots x3. "
           f"A's name, DOB and address removed [REDACTED]. Compare with the classic {fic(r)} example of hoarding cash.")
    return dict(doc=doc, ask="turn this into a 5-question quiz for new advisers", style="anonymised_case")


def b_kind(r, tag, kind, v):
    """kind-specific hard negatives (v 7..9)"""
    p = LOC[tag]["p"]
    if kind in ("card_dispute", "fraud_case"):
        if v == 7:
            doc = ("Visa reason codes: 10.4 Other Fraud – CNP; 13.1 Merchandise not received; 13.3 Not as described.\n"
                   f"Mastercard 4837 / 4853 / 4855. Masked PANs in the queue: 4{digits(r, 5)}******{digits(r, 4)}, 5{digits(r, 5)}******{digits(r, 4)}\n"
                   f"BIN {digits(r, 6, True)} issued by us, BIN {digits(r, 6, True)} prepaid range")
            return dict(doc=doc, ask="make a cheat-sheet table", style="reason_codes")
        if v == 8:
            doc = (f"Fraud typology bulletin — mule recruitment via job ads rose {r.randrange(10, 60)}% this quarter. {epo(r)}-style investment scams "
                   f"promoted with deepfakes of {pubfig(r)}. No customer data in this bulletin.")
            return dict(doc=doc, ask="write a customer-facing warning SMS, 160 chars", style="typology_bulletin")
        doc = f"rules.yaml\nvelocity:\n  max_payees_added_24h: 3\n  new_device_payment_limit: 1000\n  block_ip_ranges: [{doc_ip(r)}/32, 198.51.100.0/24]\nmcc_watchlist: [6051, 7995, 4829]"
        return dict(doc=doc, ask="review these fraud rules for false-positive risk", style="rule_config")
    if kind in ("payments_ops", "branch_counter", "contact_centre"):
        name = org(r, "util")
        if v == 7:
            cid = r.choice(["DE98ZZZ09999999999", "GB12ZZZSDDBARC0000007495895", "FR72ZZZ123456"])
            doc = (f"{name} — how to pay your bill\nPayee: {name}\nIBAN: {r.choice(EXAMPLE_IBANS)}\nSEPA creditor ID: {cid}\n"
                   f"Reference: your customer number (on the bill)")
            return dict(doc=doc, ask="translate for the branch leaflet", style="org_payee_details")
        if v == 8:
            doc = "SEPA R-codes: AC04 account closed; AC06 blocked; AM04 insufficient funds; MD07 debtor deceased; MS02 refused by debtor; " \
                  f"cut-off SCT Inst 24/7, SCT 15:30 CET, CHAPS 17:40. Batch {ref(r, 'BATCH')} returned 37 items (aggregate only)."
            return dict(doc=doc, ask="explain each R-code to a new ops clerk", style="r_codes")
        doc = (f"IVR script v{r.randrange(3, 9)}: 'Welcome to {org(r, 'bank')}. For {p['card_blocked']} press 1. For {p['mortgage']} press 2.' "
               f"Agent greeting: 'Hello, you're speaking with [AGENT_FIRST_NAME], can I take your name please?' [CUSTOMER_NAME] [DOB]")
        return dict(doc=doc, ask="shorten the IVR menu to 4 options", style="ivr_script")
    if kind in ("mortgage_broker", "financial_advice", "pension_admin"):
        if v == 7:
            doc = "product,LTV,rate,fee\n" + "\n".join(f"{r.choice(['2yr fix', '5yr fix', 'tracker'])},{l}%,{r.randrange(350, 620) / 100:.2f}%,{r.choice([0, 999, 1499])}" for l in (60, 75, 85, 90, 95))
            doc += f"\nBroker desk: {org_contact(r, tag)[1]}"
            return dict(doc=doc, ask="which product is cheapest over 2 years on a 250k loan at 75% LTV?", style="rate_sheet")
        if v == 8:
            doc = "Model portfolio (balanced)\n" + "\n".join(f"{make_isin(r)}  {r.choice(['Global Equity Index', 'Gilt Fund', 'IG Credit', 'EM Equity', 'Property'])}  {r.randrange(5, 35)}%" for _ in range(5))
            doc += f"\nRisk measured via {epo(r)} and {epo(r)}."
            return dict(doc=doc, ask="explain the portfolio to a cautious client", style="model_portfolio")
        doc = "Annuity rates (single life, level, per 100k): age 60: 6,120; 65: 6,950; 70: 8,040; 75: 9,380. Source: provider panel, anonymised averages."
        return dict(doc=doc, ask="put this in a table and compare with drawdown at 4%", style="annuity_table")
    # insurance_claim, kyc_onboarding
    if v == 7:
        name = org(r, "ins" if kind == "insurance_claim" else "bank")
        doc = (f"Corporate KYC: {name}\nLEI {make_lei(r)}\nRegistered office: {r.randrange(1, 99)} {r.choice(ORG_STEMS)} Square\n"
               f"Directors listed on public register; UBO = listed parent (exempt).")
        return dict(doc=doc, ask="what CDD level applies to a listed company?", style="corporate_kyc")
    if v == 8:
        doc = (f"Policy wording §4.2: 'The Insured' means the person named in the Schedule. 'You' means the Insured. Example in the specimen schedule: "
               f"{specimen(r, tag)}, {p['policy']} {ref(r, 'POL')}. Exclusions: wear and tear, gradual deterioration.")
        return dict(doc=doc, ask="rewrite §4.2 in plain language", style="policy_wording")
    doc = (f"PEP screening note: {pubfig(r)} — PEP by public function, no customer relationship with us; public role only. "
           f"Accepted ID documents list: passport, national ID card, residence permit (specimen images from the issuing authority's website).")
    return dict(doc=doc, ask="turn into a training slide", style="pep_public_role")


INCIDENTAL = ("rel", "cb", "born")


def s_incidental(r, tag, R, kind, v):
    """a long benign-looking document of the kind with exactly one personal item"""
    base = b_generic(r, tag, kind, [2, 4, 3][v % 3])
    P, p = Person(r, tag, R), LOC[tag]["p"]
    which = INCIDENTAL[v % 3]
    if which == "rel":
        item = f"{p['rel']} {P.given()}, {p['called']}"
    elif which == "cb":
        item = f"{p['called']} — {p['cb']} {P.phone()}"
    else:
        item = f"({p['born']} {P.dob()})"
    lines = base["doc"].split("\n")
    lines.insert(r.randrange(1, len(lines) + 1), item)
    base["doc"] = "\n".join(lines)
    base["style"] = "incidental_" + which
    return base


SENS = {"branch_counter": s_branch, "contact_centre": s_contact, "mortgage_broker": s_mortgage, "insurance_claim": s_claim,
        "pension_admin": s_pension, "fraud_case": s_fraud, "kyc_onboarding": s_kyc, "card_dispute": s_card,
        "financial_advice": s_advice, "payments_ops": s_payments}
KINDS = list(SENS)
SYSTEM = {"branch_counter": "You help branch staff of a retail bank with notes and letters.",
          "contact_centre": "You assist contact-centre agents. Be concise, follow complaint-handling rules.",
          "mortgage_broker": "You are a mortgage broker's assistant. Do not give regulated advice to consumers directly.",
          "insurance_claim": "You support claims handlers at a general insurer.",
          "pension_admin": "You help pension scheme administrators. Follow scheme rules and regulator guidance.",
          "fraud_case": "You assist a bank's fraud and financial-crime team.",
          "kyc_onboarding": "You support KYC / onboarding analysts.",
          "card_dispute": "You help the card disputes (chargeback) team.",
          "financial_advice": "You help regulated financial advisers draft documents.",
          "payments_ops": "You assist payments operations (SEPA, SWIFT, Faster Payments)."}


# ----------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool", "parts_text", "file_part", "tool_args", "tool_schema", "response_format", "user_field"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "gpt-4.1", "hybridgate/auto"]


def place(r, n, kind, d, R):
    model = MODELS[n % len(MODELS)]
    sysm = {"role": "system", "content": SYSTEM[kind]}
    doc, ask = d["doc"], d["ask"]
    if n % 10 == 7:
        return "completions", "completions", {"model": model, "prompt": f"{SYSTEM[kind]}\n\n{doc}\n\n### Task: {ask}\n", "max_tokens": 512, "temperature": 0.2}
    where = PLACES[(n * 3 + n // 10) % len(PLACES)]
    body = {"model": model}
    if where == "user":
        body["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}" if r.random() < 0.5 else f"{doc}\n\n{ask}"}]
    elif where == "system":
        body["messages"] = [{"role": "system", "content": SYSTEM[kind] + "\n\nCase context:\n" + doc}, {"role": "user", "content": ask}]
    elif where == "assistant":
        body["messages"] = [sysm, {"role": "user", "content": "pasting the note, read it first"},
                            {"role": "assistant", "content": "Received:\n" + doc}, {"role": "user", "content": ask}]
    elif where == "tool":
        body["messages"] = [sysm, {"role": "user", "content": "open the case and " + ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{digits(r, 6)}", "type": "function",
                                                                                  "function": {"name": "get_case", "arguments": json.dumps({"case_ref": ref(r, 'CASE')})}}]},
                            {"role": "tool", "tool_call_id": "call_x", "content": doc}]
        body["messages"][3]["tool_call_id"] = body["messages"][2]["tool_calls"][0]["id"]
    elif where == "parts_text":
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif where == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        body["messages"] = [sysm, {"role": "user", "content": [{"type": "text", "text": ask},
                                                               {"type": "file", "file": {"filename": f"{d['style']}_{digits(r, 4)}.txt", "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif where == "tool_args":
        body["messages"] = [sysm, {"role": "user", "content": "log this to the case system"},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{digits(r, 6)}", "type": "function",
                                                                                  "function": {"name": "create_case_note", "arguments": json.dumps({"note": doc, "queue": kind}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "x", "content": json.dumps({"status": "created"})},
                            {"role": "user", "content": ask}]
        body["messages"][3]["tool_call_id"] = body["messages"][2]["tool_calls"][0]["id"]
    elif where == "tool_schema":
        body["messages"] = [sysm, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "update_record", "description": "Update the record. Current record:\n" + doc,
                                                          "parameters": {"type": "object", "properties": {"field": {"type": "string"}, "value": {"type": "string"}},
                                                                         "required": ["field", "value"]}}}]
        body["tool_choice"] = "auto"
    elif where == "response_format":
        body["messages"] = [sysm, {"role": "user", "content": ask + " (answer as JSON)"}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_summary", "strict": True, "schema": {
            "type": "object", "description": "Summarise this source document:\n" + doc,
            "properties": {"summary": {"type": "string"}, "actions": {"type": "array", "items": {"type": "string"}}},
            "required": ["summary", "actions"], "additionalProperties": False}}}
    else:  # user_field
        body["messages"] = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        pick = [v for t, v in R.issued if t in ("EMAIL_ADDRESS", "PHONE_NUMBER")]
        body["user"] = pick[0] if pick else f"agent-{digits(r, 5)}"
    return "chat", where, body


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
    # tool-call arguments are JSON inside JSON: add their decoded form
    for msg in body.get("messages", []):
        for tc in msg.get("tool_calls") or []:
            parts.append(json.dumps(json.loads(tc["function"]["arguments"]), ensure_ascii=False))
    return "\n".join(parts)


def entities_of(body, R):
    hs = haystack(body)
    out, seen, missing = [], set(), 0
    for t, v in R.issued:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        if v in hs:
            out.append({"type": t, "value": v})
        else:
            missing += 1
    return out, missing


def build_pii(rng):
    recs, n, missing = [], 0, 0
    plan = []
    for ki, kind in enumerate(KINDS):
        for j in range(50):
            sens = j < 29
            plan.append((kind, sens, j, ki))
    rng.shuffle(plan)
    for n, (kind, sens, j, ki) in enumerate(plan):
        tag = TAGS[(n * 7 + j) % len(TAGS)]
        R = Rec()
        r = random.Random(rng.random())
        if sens and j >= 25 + ki % 2:          # 4 or 3 incidental records per kind (35 in all)
            d = s_incidental(r, tag, R, kind, j)
            cat = kind
        elif sens:
            d = SENS[kind](r, tag, R, j % 3)
            cat = kind
        else:
            v = j % 10
            d = b_generic(r, tag, kind, v) if v < 7 else b_kind(r, tag, kind, v)
            cat = kind + "_benign"
            assert not R.issued
        endpoint, where, body = place(r, n, kind, d, R)
        ents, miss = entities_of(body, R)
        missing += miss
        assert bool(ents) == sens, (kind, j, d["style"])
        recs.append({"id": f"{SPLIT}-pii-{n + 1:04d}", "category": cat, "sensitive": bool(ents), "entities": ents,
                     "endpoint": endpoint, "lang": tag, "style": f"{kind} · {d['style']} · {where}", "body": body})
    return recs, missing


# ----------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ("en", "What does LTV stand for in a mortgage?"), ("en", "what's the difference between a debit card and a credit card, one line"),
    ("de-DE", "Wie viele Stellen hat eine deutsche IBAN?"), ("fr-FR", "C'est quoi une franchise en assurance auto ? une phrase"),
    ("es-ES", "Traduce al inglés: domiciliación bancaria"), ("pt-BR", "o que é PIX? responde curto"),
    ("ja-JP", "「保険証券」は英語で何と言いますか？"), ("hi-IN", "पीपीएफ का पूरा नाम क्या है?"), ("it-IT", "Cos'è il TAEG? una riga"),
    ("nl-NL", "wat betekent 'eigen risico' bij de zorgverzekering, kort"), ("en", "Spell out FNOL"), ("en", "Is a sort code 6 digits?"),
    ("pl-PL", "Co to jest BLIK? krótko"), ("tr-TR", "BES ne demek? kısaca"), ("zh-CN", "什么是定期存款？一句话"), ("ko-KR", "연금저축이 뭐야? 한 줄로"),
    ("en", "capitalise this: direct debit guarantee"), ("ar-AE", "ما معنى IBAN؟ باختصار"), ("sv-SE", "vad betyder amortering? kort"),
    ("en", "Give me a polite subject line for a letter confirming an address change"), ("ru-RU", "Что такое БИК банка? одной фразой"),
    ("en", "round 1234.567 to 2 decimals"), ("el-GR", "Τι είναι το IBAN; σύντομα"), ("en", "What currency does Denmark use?"),
]
SHORT_HARD = [
    ("en", "A DB scheme pays 1/60th accrual with LPI revaluation capped at 5%. Derive the sensitivity of the liability to a 50bp rise in real yields when inflation is at the cap, and explain the convexity."),
    ("en", "Under IFRS 17 GMM, walk through how a change in discount rate flows through the CSM vs OCI when the OCI option is elected. Give a numeric example."),
    ("de-DE", "Berechne die Vorfälligkeitsentschädigung nach Aktiv-Passiv-Methode für 200k Restschuld, 3,1% Zins, 4 Jahre Restlaufzeit, Wiederanlagerendite 2,2% — und begründe jeden Schritt."),
    ("fr-FR", "Un assuré sous-assuré de 30% subit un sinistre partiel de 40k€ avec franchise 500€ et règle proportionnelle : calcule l'indemnité et discute la jurisprudence sur l'ordre d'application."),
    ("en", "Design a mule-detection feature set for Faster Payments that is robust to adversarial adaptation; discuss label leakage and delay in confirmed-fraud labels."),
    ("en", "Prove that the Macaulay duration of a level annuity-immediate is less than half its term plus one, for positive rates."),
    ("es-ES", "Explica cómo el ajuste por casamiento de Solvencia II afecta al SCR de spread y cuándo conviene frente al ajuste por volatilidad, con ejemplo numérico."),
    ("en", "A customer in drawdown withdraws 6% p.a. from a 60/40 portfolio. Estimate ruin probability over 30 years under sequence risk; state assumptions and sketch the Monte Carlo."),
    ("ja-JP", "変額年金の最低死亡保障（GMDB）のヘッジ戦略を、デルタとベガの観点から数式付きで説明してください。"),
    ("en", "Is a chargeback under 13.1 still valid if the merchant shows proof of delivery to a different address the cardholder later admits using? Reason through scheme rules vs consumer law."),
    ("pt-BR", "Calcule o CET de um financiamento SAC de 300 mil em 360 meses com taxa 0,9% a.m., seguro MIP e DFI, e compare com a tabela Price."),
    ("en", "Show how to reconcile a SWIFT gpi tracker status with a camt.054 when partial FX conversion happened at an intermediary, and what breaks."),
    ("it-IT", "Come si calcola la RITA e la tassazione agevolata in caso di uscita anticipata da un fondo pensione? Fai un esempio con anzianità di 20 anni."),
    ("en", "Derive the break-even age for deferring a state pension by 2 years with a 5.8% p.a. increment, accounting for income tax and mortality."),
    ("zh-CN", "请推导等额本息与等额本金在提前还款时的利息差异公式，并给出数值例子。"),
    ("en", "Model the expected loss of a BNPL portfolio with roll rates; explain why vintage curves and roll-rate models disagree early in a downturn."),
    ("nl-NL", "Leg uit hoe de overstap naar het nieuwe pensioencontract (Wtp) invloed heeft op de toedeling van vermogen per cohort, met een rekenvoorbeeld."),
    ("en", "Two lenders' affordability models differ: one uses a stressed rate of SVR+3%, the other a 4.5x income cap. Find the income range where each binds first for a 30-year repayment loan."),
    ("ko-KR", "보험계약마진(CSM) 상각 패턴을 보장단위로 어떻게 결정하는지 예시와 함께 설명해줘."),
    ("en", "Write the SQL window-function query that flags structuring: 3+ cash deposits within 7 days each between 90% and 100% of the reporting threshold, per customer."),
    ("en", "Explain the basis risk in a longevity swap vs buy-in and quantify it for a scheme with 70% pensioner liabilities."),
    ("pl-PL", "Oblicz RRSO kredytu 100 tys. zł na 10 lat, prowizja 3%, ubezpieczenie 0,1% mies., i wyjaśnij wpływ WIBOR/WIRON."),
    ("en", "Is a 'with-profits' smoothing reserve a liability or equity under Solvency UK? Argue both sides."),
    ("hi-IN", "NPS में टियर-1 से 60 वर्ष पर निकासी के टैक्स प्रभाव की गणना करो, एन्युटी 40% मानकर, उदाहरण सहित।"),
]


def long_easy_doc(r, i):
    kind = i % 4
    if kind == 0:
        lines = [f"{r.randrange(1, 29):02d}/{r.randrange(1, 13):02d}/2025  {r.choice(['TESCO STORES', 'TFL TRAVEL', 'NETFLIX.COM', 'SHELL 4410', 'AMAZON MKTPLACE', 'COUNCIL TAX DD', 'GYM MEMBERSHIP', 'CAFE NERO'])}  {money(r, 2, 300)}" for _ in range(56)]
        return "\n".join(lines), r.choice(["add up all the lines and give me the total", "sort these by date", "convert to CSV with columns date,merchant,amount", "which merchant appears most often?"]), "en"
    if kind == 1:
        para = ("Our branches will be closed on public holidays. Cash machines remain available 24/7. You can still use online and mobile banking to check your balance, "
                "make payments and manage your cards. If your card is lost or stolen, call the number on the back of your card straight away. ")
        return para * 6, r.choice([("traduce al español", "es-ES"), ("übersetze ins Deutsche", "de-DE"), ("traduis en français", "fr-FR"), ("日本語に翻訳して", "ja-JP"), ("翻译成中文", "zh-CN")]), None
    if kind == 2:
        faq = "\n".join(f"Q{k}: How do I {r.choice(['order a new card', 'change my PIN', 'set up a standing order', 'download a statement', 'update my address', 'close a savings account'])}?\n"
                        f"A{k}: Log in to the app, go to {r.choice(['Cards', 'Payments', 'Documents', 'Profile', 'Accounts'])} and follow the steps. It takes about {r.randrange(2, 10)} minutes." for k in range(1, 19))
        return faq, r.choice(["fix typos and make the answers consistent in tone", "number the questions by topic", "turn this into a markdown table"]), "en"
    items = "\n".join(f"- {r.choice(['Buildings cover', 'Contents cover', 'Accidental damage', 'Legal expenses', 'Home emergency', 'Personal possessions'])}: limit {r.randrange(1, 500)}k, excess {r.choice([100, 250, 500])}" for _ in range(50))
    return "POLICY SCHEDULE (specimen)\n" + items, r.choice(["remove duplicate lines", "list the cover sections alphabetically", "count how many sections have excess 250"]), "en"


def long_hard_doc(r, i):
    kind = i % 4
    if kind == 0:
        tx = "\n".join(f"{r.randrange(1, 29):02d}.{r.randrange(1, 13):02d} | {r.choice(['CASH DEP', 'TRF IN', 'TRF OUT', 'CRYPTO EXCH', 'CARD'])} | acct-{r.choice('ABCDEFG')} | {money(r, 100, 9900)}" for _ in range(60))
        return tx, "Analyse these flows between accounts A-G for layering. Build the net-flow graph, identify the likely placement/layering/integration stages, compute round-trip ratios, and justify which accounts to escalate with reference to typologies. Discuss alternative innocent explanations."
    if kind == 1:
        cl = "\n".join(f"{k}.{m} {r.choice(['Cover applies to sudden and accidental damage.', 'We will not pay for gradual deterioration or wear and tear.', 'Escape of water is covered unless the property is unoccupied for more than 30 days.', 'The average clause applies where the sum insured is less than 85% of the reinstatement value.', 'Any excess applies per claim, not per peril.', 'Trace and access costs are covered up to 5,000.'])}" for k in range(1, 14) for m in range(1, 4))
        return cl, ("Claim: leak under a shower for ~10 weeks, discovered after the owner returned from 6 weeks abroad, ceiling collapse, sum insured 240k vs rebuild 310k, excess 350. Determine which clauses conflict, "
                    "their order of precedence, whether the loss is covered, and compute the indemnity step by step with the average clause.")
    if kind == 2:
        rows = "\n".join(f"cohort {1950 + k},{r.randrange(200, 2000)} members,accrued {r.randrange(5, 90)}m,GMP share {r.randrange(0, 40)}%" for k in range(0, 40))
        return rows, "Estimate transfer values under discount rates of 3.5%, 4.5% and 5.5%, explain GMP equalisation (method C2 vs D2) impact by cohort, and recommend which cohorts a bulk transfer exercise should target. Show the method, not just numbers."
    apps = "\n".join(f"case {k}: income {r.randrange(25, 150)}k, partner {r.randrange(0, 90)}k, commitments {r.randrange(0, 1500)}/m, deposit {r.randrange(5, 40)}%, term {r.choice([25, 30, 35])}, self-employed={r.choice(['y', 'n'])}" for k in range(1, 30))
    return apps, "For each case compute the maximum loan under (a) 4.5x income cap, (b) affordability at stressed rate 7.5% with 35% DTI limit, (c) a lender that uses 2-year average for self-employed. Identify which constraint binds, and explain edge cases and any regulatory flow-limit implications."


def build_complexity(rng):
    recs = []
    plan = [("short_simple", k) for k in range(48)] + [("long_easy", k) for k in range(48)] + \
           [("short_hard", k) for k in range(48)] + [("long_hard", k) for k in range(46)]
    rng.shuffle(plan)
    for n, (cat, k) in enumerate(plan):
        r = random.Random(rng.random())
        sysm = {"role": "system", "content": r.choice(list(SYSTEM.values()))}
        if cat == "short_simple":
            lang, text = SHORT_SIMPLE[k % len(SHORT_SIMPLE)]
            label, adv, style = 0, False, "short_simple/definition"
        elif cat == "short_hard":
            lang, text = SHORT_HARD[k % len(SHORT_HARD)]
            if k >= len(SHORT_HARD):
                text = text + r.choice([" Be rigorous.", " Keep it under 300 words but show the maths.", " State assumptions explicitly."])
            label, adv, style = 1, True, "short_hard/quant_or_regulatory"
        elif cat == "long_easy":
            doc, ask, lang = long_easy_doc(r, k)
            if isinstance(ask, tuple):
                ask, lang = ask
            text = f"{ask}\n\n{doc}" if r.random() < 0.5 else f"{doc}\n\n{ask}"
            assert len(text) >= 1500, len(text)
            label, adv, style = 0, True, "long_easy/reformat_translate_total"
        else:
            doc, ask = long_hard_doc(r, k)
            lang = "en"
            text = f"{doc}\n\n{ask}"
            label, adv, style = 1, False, "long_hard/analysis"
        body = {"model": MODELS[n % len(MODELS)], "messages": [sysm, {"role": "user", "content": text}]}
        recs.append({"id": f"{SPLIT}-cx-{n + 1:04d}", "category": cat, "label": label, "length_adversarial": adv,
                     "endpoint": "chat", "lang": lang, "style": style, "body": body})
    return recs


# ----------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260611)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    global FROZEN
    FROZEN = frozen_words()
    rng = random.Random(a.seed)
    build_pools(rng)
    build_org_pools(rng)
    pii, missing = build_pii(rng)
    cx = build_complexity(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for fn, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / fn, "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    # ---- counts
    sens = sum(x["sensitive"] for x in pii)
    print(f"frozen word set: {len(FROZEN)} entries from {sum((HERE / f'make_{n}_signal_sets.py').exists() for n in FROZEN_AGAINST if n != SPLIT)} generators")
    tot_d = sum(v[1] for v in FREEZE_STATS.values()); tot_a = sum(v[2] for v in FREEZE_STATS.values())
    print(f"freeze: {len(FREEZE_STATS)} pools, {tot_d} entries dropped, {tot_a} invented refills")
    for k, (n0, d, ad, kept) in sorted(FREEZE_STATS.items()):
        if d or kept < 3:
            print(f"  {k}: {n0} candidates, {d} dropped, {ad} refilled, {kept} kept")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign ({100 * sens / len(pii):.1f}%), "
          f"{sum(x['endpoint'] == 'completions' for x in pii)} completions, {len({x['lang'] for x in pii})} locales, unlabelled issued values: {missing}")
    print("  categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("  incidental:", sum("incidental_" in x["style"] for x in pii))
    print("  placement:", dict(collections.Counter(x["style"].split(" · ")[-1] for x in pii)))
    print("  entity types:", dict(collections.Counter(e["type"] for x in pii for e in x["entities"])))
    print(f"complexity: {len(cx)} records, {dict(collections.Counter(x['category'] for x in cx))}, "
          f"{sum(x['length_adversarial'] for x in cx)} length-adversarial, {sum(x['label'] for x in cx)} label 1, {len({x['lang'] for x in cx})} lang tags")


if __name__ == "__main__":
    main()
