#!/usr/bin/env python3
"""Monadnock: a blind evaluation split for the request signals, organised by the world of HEALTHCARE ADMINISTRATION.

Writes bench/data/signals/pii_monadnock.jsonl and bench/data/signals/complexity_monadnock.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and label
    conventions) and the first 2 lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the detector, the
    complexity scorer, gateway/, tests/, the evaluator, results, RESULTS.md, docs, policies, README, any other
    generator's source, git history or commit messages; neither the detector nor the evaluator was run. The other
    generators are only scanned automatically by the brief's freeze (frozen_words, this file skipped): every entry of
    every name / surname / street / town / eponym / public-figure / cited-author / fictional / placeholder pool that
    shares a word (or a non-ASCII bigram) with that set is dropped, and given-name pools are refilled from recombined
    halves of locale names (capped, re-checked). Han and Hangul names are written as one word (surname+given, no
    space), so for zh-CN and ko-KR the checked pool entry is the full name as written. Generic grammar words joined
    to pool stems at use time (street types "Road"/"ul."/"Calle", "Medical Centre"/"Apotheke"/"薬局") are not pools.

Organising principle and the line drawn
    The back offices of healthcare: GP practices, community pharmacies, clinical laboratories, care homes, ward
    rotas, clinical-governance desks, health insurers' claims desks, hospital switchboards and patient portals.
    Ten kinds of message (categories): referral_letter, lab_result, prescription_refill, appointment_chat,
    claims_dispute, carehome_update, rota_swap, incident_report, portal_message, switchboard_log; sensitive records
    use ``<kind>``, benign hard negatives of the same kind ``<kind>_benign``. Writers: receptionists, GP
    secretaries, triage and ward nurses, pharmacists and technicians, lab clerks, care assistants, claims handlers,
    switchboard operators, patients and relatives, in 22 locales (Latin, Cyrillic, Greek, Arabic, Hebrew,
    Devanagari, Thai, Han, Kana/Kanji, Hangul scripts), pasting forms, HL7 v2 messages, CSV, JSON exports, chat
    transcripts, letters and voicemail transcripts, with the locale's own field labels and phrases mixed with
    English asks, abbreviations (DOB, 2WW, NKDA, pls) and dropped letters.
    PERSONAL (labelled): any private individual -- patient, relative, resident, caller AND staff member named in an
    internal document (a nurse swapping shifts, the clinician who signs a referral) -- with their name, birth date,
    phone, e-mail, home address, hospital record number, national / tax / health-insurance numbers, IBAN, card,
    US routing+account, or the portal login IP. A single first name with a relation/role cue ("my daughter X"), one
    phone number or one birth date slipped into an otherwise benign document counts (36 such incidental records).
    NOT PERSONAL (benign): organisations' own contact data (clinic / lab / insurer switchboards as fixed-line numbers,
    UK Ofcom drama-range and US 555-01xx numbers, role mailboxes such as referrals@ / prescriptions@ on .example
    domains, registered offices), public-health hotlines (NHS 111, 116 117, SAMU 15, 1177, #7119 ...), eponymous
    diseases, signs and scores, historical figures of medicine in their public role, cited guideline/score authors,
    fictional doctors and nurses, placeholder names and blank forms, billing / coding values (ICD-10, CPT, GOÄ, OPS,
    LOINC, DRG), claim / booking / batch / lot / PZN / NDC numbers, analyser serials, documentation IPs (RFC 5737 /
    3849), anonymised case studies ("Patient A/X") and aggregated statistics.

Labels
    ``entities`` is a list of {"type", "value"}: every value the record issued that is found in the serialised body
    (strings searched directly, URL-unquoted, base64 file parts decoded, JSON tool arguments parsed); ``sensitive``
    is true iff it is non-empty (asserted), and benign records issue nothing (asserted). Types: person,
    PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID (NINO, NIR, DNI, BSN, PESEL, personnummer,
    TCKN, SNILS, AMKA, Saudi ID, Teudat Zehut, Aadhaar, My Number, RIC, RRN, Thai PIN, HETU, CURP), TAX_ID (UTR,
    Steuer-ID, numéro fiscal, codice fiscale, NIP, CPF, INN, AFM, PAN), HEALTH_INSURANCE (NHS number, Medicare MBI,
    KVNR, Cartão SUS, IMSS NSS), ssn (US only), CREDIT_CARD, IBAN_CODE, IP_ADDRESS, US_BANK_NUMBER (routing and
    account each), MEDICAL_RECORD. Complexity: short_simple and long_easy are label 0, short_hard and long_hard
    label 1; short_hard and long_easy (>= 1,500 chars) are length_adversarial.

Contents (seed 20261207; the run prints all counts)
    pii_monadnock.jsonl: 500 requests (450 chat, 50 completions) in 22 locales; 10 kinds x 50 (29 sensitive + 21
    benign each): 290 sensitive (58%) / 210 benign; 36 sensitive records carry a single incidental item. The
    document is placed by rotation in user / system / earlier assistant / tool-result messages, text content parts,
    base64 file parts, tool-call arguments, a tool's description, a response_format json_schema description, or a
    user message of a store:true + metadata request; some portal records also carry the login e-mail in ``user``.
    complexity_monadnock.jsonl: 190 chat requests in 14 language tags: short_simple 47, long_easy 48, short_hard 48,
    long_hard 47; 96 length-adversarial, 95 labelled 1 (pharmacy dose reasoning, rota design with proofs, claims
    vs. policy reconciliation, incident root-cause timelines, lab-trend reasoning vs. short look-ups and long lists
    to sort / de-duplicate / reformat).
    Freeze caveat: the frozen set (~131k words) emptied most real given-name lists (refilled with invented
    recombinations), all but ~23 of 69 eponyms, 8 of 39 public figures, 1 of 20 cited authors, 5 of 34 fictional
    characters and nearly all placeholder names (5 locales keep one); empty placeholder pools fall back to "[NAME]".

Validation
    Every identifier is generated with its check digits and validated before use (python-stdnum: gb.nhs, gb.utr,
    us.ssn, us.rtn, de.idnr, fr.nir, fr.nif, es.dni, es.ccc via iban, it.codicefiscale, nl.bsn, pl.pesel, pl.nip,
    br.cpf, se.personnummer, tr.tckimlik, ru.inn, gr.amka, gr.vat, il.idnr, in_.aadhaar, in_.pan, jp.in_, cn.ric,
    kr.rrn, th.pin, fi.hetu, mx.curp, iban; Luhn for cards, Saudi ID and IMSS NSS; own check routines for KVNR,
    Cartão SUS, SNILS, NINO and MBI formats); every private phone number is valid for its region in
    ``phonenumbers`` and re-parsed after formatting. The run aborts on an invalid value or an exhausted retry cap.

Command (deterministic; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_monadnock_signal_sets.py [--seed 20261207] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import hashlib
import ipaddress
import json
import pathlib
import random
import re
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.gb import nhs as gb_nhs, utr as gb_utr
from stdnum.us import ssn as us_ssn, rtn as us_rtn
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir, nif as fr_nif
from stdnum.es import dni as es_dni
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel, nip as pl_nip
from stdnum.br import cpf as br_cpf
from stdnum.se import personnummer as se_pnr
from stdnum.tr import tckimlik as tr_tck
from stdnum.ru import inn as ru_inn
from stdnum.gr import amka as gr_amka, vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.jp import in_ as jp_in
from stdnum.cn import ric as cn_ric
from stdnum.kr import rrn as kr_rrn
from stdnum.th import pin as th_pin
from stdnum.fi import hetu as fi_hetu
from stdnum.mx import curp as mx_curp, rfc as mx_rfc
from stdnum.iso7064 import mod_11_10, mod_97_10

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "monadnock"

# ---------------------------------------------------------------- freeze (copied from the brief)
FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:          # never freeze against this generator itself
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
FREEZE_STATS: dict = collections.OrderedDict()
EMPTIED: list = []


def frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    prev = None
    for t in toks:
        if t in FROZEN:
            return True
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in FROZEN:
                return True
            prev = t
        else:
            prev = None
    return False


def pool(tag: str, candidates, parts=None, need=8, joiner=""):
    """Filter a pool through the freeze; refill from invented parts (capped, re-checked)."""
    seen, out = set(), []
    for c in candidates:
        if c not in seen and not frozen(c):
            out.append(c)
            seen.add(c)
    kept = len(out)
    if parts and len(out) < need:
        pre, suf = parts
        combos = [p + joiner + s for p in pre for s in suf]
        for c in combos[:400]:                     # capped refill
            if len(out) >= need:
                break
            if c not in seen and not frozen(c):
                out.append(c)
                seen.add(c)
    FREEZE_STATS[tag] = (len(list(candidates)), kept, len(out))
    if not out:
        EMPTIED.append(tag)
    if parts is None and len(out) < 3:
        print(f"  note: pool {tag} small after freeze ({len(out)})", file=sys.stderr)
    return out


# ---------------------------------------------------------------- identifiers (all validated)
class Invalid(Exception):
    pass


def need(ok: bool, what: str, value: str):
    if not ok:
        raise SystemExit(f"ABORT: invalid {what}: {value!r}")
    return value


def capped(fn, tries=3000):
    for _ in range(tries):
        v = fn()
        if v is not None:
            return v
    raise SystemExit("ABORT: retry cap hit")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


PHONE_PLAN = {  # region -> (country code, generator of national significant number)
    "GB": lambda r: "7" + r.choice("456789") + digits(r, 8),
    "US": lambda r: r.choice(["216", "303", "414", "503", "614", "702", "801", "919", "971", "612"]) + r.choice("23456789") + digits(r, 2) + digits(r, 4),
    "DE": lambda r: r.choice(["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"]) + digits(r, 8),
    "FR": lambda r: r.choice("67") + digits(r, 8),
    "ES": lambda r: "6" + digits(r, 8),
    "IT": lambda r: "3" + r.choice(["20", "28", "33", "38", "40", "47", "49", "66", "88", "92"]) + digits(r, 7),
    "NL": lambda r: "6" + r.choice("12345") + digits(r, 7),
    "PL": lambda r: r.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + digits(r, 7),
    "BR": lambda r: r.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + r.choice("6789") + digits(r, 7),
    "SE": lambda r: "7" + r.choice("0236") + digits(r, 7),
    "TR": lambda r: "5" + r.choice(["05", "06", "07", "30", "32", "33", "35", "36", "38", "42", "44", "52", "53", "54"]) + digits(r, 7),
    "RU": lambda r: "9" + r.choice(["03", "05", "09", "10", "12", "15", "16", "17", "20", "26", "50", "60", "62", "77", "85"]) + digits(r, 7),
    "GR": lambda r: "69" + r.choice("3479") + digits(r, 7),
    "SA": lambda r: "5" + r.choice("0345689") + digits(r, 7),
    "IL": lambda r: "5" + r.choice("0234") + digits(r, 7),
    "IN": lambda r: r.choice("6789") + digits(r, 9),
    "JP": lambda r: r.choice(["90", "80", "70"]) + r.choice("123456789") + digits(r, 7),
    "CN": lambda r: "1" + r.choice(["35", "36", "37", "38", "39", "50", "51", "58", "86", "88"]) + digits(r, 8),
    "KR": lambda r: "10" + r.choice("23456789") + digits(r, 7),
    "TH": lambda r: r.choice("689") + r.choice("123456789") + digits(r, 7),
    "FI": lambda r: r.choice(["40", "44", "45", "50"]) + digits(r, 7),
    "MX": lambda r: r.choice(["55", "33", "81", "222", "442"]) + "",
}


def make_phone(rng, region, style=None):
    def one():
        if region == "MX":
            pre = rng.choice(["55", "33", "81"])
            nsn = pre + digits(rng, 8)
        else:
            nsn = PHONE_PLAN[region](rng)
        cc = phonenumbers.country_code_for_region(region)
        try:
            num = phonenumbers.parse(f"+{cc}{nsn}", None)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
            return None
        return num
    num = capped(one)
    st = style if style is not None else rng.choice(["nat", "nat", "intl", "e164"])
    fmt = {"nat": phonenumbers.PhoneNumberFormat.NATIONAL, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
           "e164": phonenumbers.PhoneNumberFormat.E164}[st]
    s = phonenumbers.format_number(num, fmt)
    chk = phonenumbers.parse(s, region)
    need(phonenumbers.is_valid_number(chk), "phone", s)
    return s


def iban_from(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_iban(rng, cc):
    def one():
        if cc == "GB":
            bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(4)) + digits(rng, 14)
        elif cc == "DE":
            bban = digits(rng, 18)
        elif cc == "FR":
            bank, branch, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif cc == "ES":
            from stdnum.es import ccc
            bank, office, acct = digits(rng, 4), digits(rng, 4), digits(rng, 10)
            bban = bank + office + ccc.calc_check_digits(bank + office + "00" + acct) + acct
        elif cc == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, 10) + digits(rng, 12)
        elif cc == "NL":
            bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(rng, 10)
        elif cc == "PL":
            bban = digits(rng, 24)
        elif cc == "SE":
            bban = digits(rng, 20)
        elif cc == "TR":
            bban = digits(rng, 5) + "0" + digits(rng, 16)
        elif cc == "GR":
            bban = digits(rng, 23)
        elif cc == "SA":
            bban = digits(rng, 2) + digits(rng, 18)
        elif cc == "IL":
            bban = digits(rng, 19)
        elif cc == "FI":
            bban = digits(rng, 14)
        else:
            raise SystemExit(cc)
        v = iban_from(cc, bban)
        return v if std_iban.is_valid(v) else None
    v = capped(one)
    return need(std_iban.is_valid(v), "IBAN", fmt_iban(v) if rng.random() < 0.7 else v)


def make_card(rng):
    def one():
        pre = rng.choice(["4", "51", "53", "55", "2221"])
        body = pre + digits(rng, 15 - len(pre))
        full = body + luhn.calc_check_digit(body)
        if full.startswith(("4111", "4242", "5555", "4000")):
            return None
        return full
    v = capped(one)
    need(luhn.is_valid(v), "card", v)
    return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else v


def make_ip(rng):
    def one():
        a = ipaddress.IPv4Address(rng.randrange(1 << 24, 223 << 24))
        return str(a) if a.is_global and not str(a).startswith(("100.", "198.51.", "203.0.", "192.0.")) else None
    return capped(one)


def kvnr_ok(v):
    if not re.fullmatch(r"[A-Z]\d{9}", v):
        return False
    ds = f"{ord(v[0]) - 64:02d}" + v[1:9]
    tot = 0
    for i, ch in enumerate(ds):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(v[9])


def make_kvnr(rng):
    def one():
        v0 = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(rng, 8)
        for c in "0123456789":
            if kvnr_ok(v0 + c):
                return v0 + c
        return None
    return need(kvnr_ok(v := capped(one)), "KVNR", v)


def cns_ok(v):
    return bool(re.fullmatch(r"[12789]\d{14}", v)) and sum(int(d) * (15 - i) for i, d in enumerate(v)) % 11 == 0


def make_cns(rng):
    def one():
        pis = rng.choice("12") + digits(rng, 10)
        s = sum(int(d) * (15 - i) for i, d in enumerate(pis))
        dv = 11 - s % 11
        if dv == 11:
            dv = 0
        if dv == 10:
            s += 2
            dv = 11 - s % 11
            v = pis + "001" + str(dv)
        else:
            v = pis + "000" + str(dv)
        return v if cns_ok(v) else None
    v = capped(one)
    return f"{v[:3]} {v[3:7]} {v[7:11]} {v[11:]}"


def snils_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 11:
        return False
    s = sum(int(x) * (9 - i) for i, x in enumerate(d[:9]))
    c = s if s < 100 else (0 if s in (100, 101) else (s % 101 if s % 101 != 100 else 0))
    return c == int(d[9:])


def make_snils(rng):
    def one():
        b = digits(rng, 9)
        if int(b) <= 1001998:
            return None
        s = sum(int(x) * (9 - i) for i, x in enumerate(b))
        c = s if s < 100 else (0 if s in (100, 101) else (s % 101 if s % 101 != 100 else 0))
        v = f"{b[:3]}-{b[3:6]}-{b[6:9]} {c:02d}"
        return v if snils_ok(v) else None
    return capped(one)


def make_nino(rng):
    def one():
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return None
        return f"{a}{b} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}"
    v = capped(one)
    return need(bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", v)), "NINO", v)


def make_mbi(rng):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    v = (rng.choice("123456789") + rng.choice(A) + rng.choice(AN) + rng.choice("0123456789") + rng.choice(A)
         + rng.choice(AN) + rng.choice("0123456789") + rng.choice(A) + rng.choice(A) + digits(rng, 2))
    need(bool(re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d", v)), "MBI", v)
    return f"{v[:4]}-{v[4:7]}-{v[7:]}" if rng.random() < 0.5 else v


def by_checker(rng, gen, ok, what, tries=5000):
    v = capped(lambda: (lambda c: c if ok(c) else None)(gen()), tries)
    return need(ok(v), what, v)


def id_values(rng, code, p):
    """Locale-specific identifiers for person p -> list of (entity type, local label, value)."""
    d = p["dob"]
    out = []
    if code == "en-GB":
        out.append(("HEALTH_INSURANCE", "NHS No", by_checker(rng, lambda: (lambda b: b + str((11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11) % 11))(rng.choice("4679") + digits(rng, 8)), lambda v: len(v) == 10 and gb_nhs.is_valid(v), "NHS")))
        v = out[-1][2]
        out[-1] = (out[-1][0], out[-1][1], f"{v[:3]} {v[3:6]} {v[6:]}")
        out.append(("NATIONAL_ID", "NI No", make_nino(rng)))
        out.append(("TAX_ID", "UTR", by_checker(rng, lambda: digits(rng, 10), gb_utr.is_valid, "UTR")))
    elif code == "en-US":
        out.append(("ssn", "SSN", by_checker(rng, lambda: f"{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", lambda v: us_ssn.is_valid(v) and not v.startswith("666"), "SSN")))
        out.append(("HEALTH_INSURANCE", "Medicare MBI", make_mbi(rng)))
    elif code == "de-DE":
        out.append(("HEALTH_INSURANCE", "KVNR", make_kvnr(rng)))
        out.append(("TAX_ID", "Steuer-ID", by_checker(rng, lambda: (lambda b: b + mod_11_10.calc_check_digit(b))(rng.choice("123456789") + digits(rng, 9)), de_idnr.is_valid, "IdNr")))
    elif code == "fr-FR":
        def nir():
            b = f"{1 if p['sex'] == 'm' else 2}{d.year % 100:02d}{d.month:02d}{rng.choice(['75', '69', '13', '33', '59', '44', '67', '31'])}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
            return f"{b}{97 - int(b) % 97:02d}"
        v = by_checker(rng, nir, fr_nir.is_valid, "NIR")
        out.append(("NATIONAL_ID", "N° sécu", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"))
        out.append(("TAX_ID", "numéro fiscal", by_checker(rng, lambda: (lambda b: f"{b}{int(b) % 511:03d}")(rng.choice("0123") + digits(rng, 9)), fr_nif.is_valid, "SPI")))
    elif code == "es-ES":
        out.append(("NATIONAL_ID", "DNI", by_checker(rng, lambda: (lambda n: n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23])(digits(rng, 8)), es_dni.is_valid, "DNI")))
    elif code == "it-IT":
        def cf():
            L = "BCDFGHLMNPRSTVZ"
            m = "ABCDEHLMPRST"[d.month - 1]
            day = d.day + (40 if p["sex"] == "f" else 0)
            b = ("".join(rng.choice(L) for _ in range(6)) + f"{d.year % 100:02d}" + m + f"{day:02d}"
                 + rng.choice("ABCDEFGHILM") + f"{rng.randint(1, 999):03d}")
            return b + it_cf.calc_check_digit(b)
        out.append(("TAX_ID", "C.F.", by_checker(rng, cf, it_cf.is_valid, "codice fiscale")))
    elif code == "nl-NL":
        out.append(("NATIONAL_ID", "BSN", by_checker(rng, lambda: rng.choice("123456") + digits(rng, 8), nl_bsn.is_valid, "BSN")))
    elif code == "pl-PL":
        def pesel():
            mm = d.month + (20 if d.year >= 2000 else 0)
            b = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{digits(rng, 3)}{rng.choice('13579' if p['sex'] == 'm' else '02468')}"
            return b + pl_pesel.calc_check_digit(b)
        out.append(("NATIONAL_ID", "PESEL", by_checker(rng, pesel, pl_pesel.is_valid, "PESEL")))
        out.append(("TAX_ID", "NIP", by_checker(rng, lambda: rng.choice("123456789") + digits(rng, 9), pl_nip.is_valid, "NIP")))
    elif code == "pt-BR":
        v = by_checker(rng, lambda: (lambda b: b + br_cpf._calc_check_digits(b))(digits(rng, 9)), br_cpf.is_valid, "CPF")
        out.append(("TAX_ID", "CPF", br_cpf.format(v)))
        out.append(("HEALTH_INSURANCE", "Cartão SUS", make_cns(rng)))
    elif code == "sv-SE":
        def pn():
            b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{digits(rng, 2)}{rng.choice('13579' if p['sex'] == 'm' else '02468')}"
            return b[:6] + "-" + b[6:] + luhn.calc_check_digit(b)
        out.append(("NATIONAL_ID", "personnr", by_checker(rng, pn, se_pnr.is_valid, "personnummer")))
    elif code == "tr-TR":
        out.append(("NATIONAL_ID", "TC Kimlik No", by_checker(rng, lambda: (lambda b: b + tr_tck.calc_check_digits(b))(rng.choice("123456789") + digits(rng, 8)), tr_tck.is_valid, "TCKN")))
    elif code == "ru-RU":
        out.append(("TAX_ID", "ИНН", by_checker(rng, lambda: (lambda b: b + ru_inn.calc_personal_check_digits(b))(rng.choice(["77", "78", "50", "54", "66", "16"]) + digits(rng, 8)), ru_inn.is_valid, "INN")))
        out.append(("NATIONAL_ID", "СНИЛС", make_snils(rng)))
    elif code == "el-GR":
        def amka():
            b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{digits(rng, 4)}"
            return b + luhn.calc_check_digit(b)
        out.append(("NATIONAL_ID", "ΑΜΚΑ", by_checker(rng, amka, gr_amka.is_valid, "AMKA")))
        out.append(("TAX_ID", "ΑΦΜ", by_checker(rng, lambda: (lambda b: b + gr_vat.calc_check_digit(b))(rng.choice("0123456789") + digits(rng, 7)), gr_vat.is_valid, "AFM")))
    elif code == "he-IL":
        out.append(("NATIONAL_ID", "ת.ז.", by_checker(rng, lambda: (lambda b: b + luhn.calc_check_digit(b))(rng.choice("023") + digits(rng, 7)), il_idnr.is_valid, "TZ")))
    elif code == "hi-IN":
        from stdnum import verhoeff
        v = by_checker(rng, lambda: (lambda b: b + verhoeff.calc_check_digit(b))(rng.choice("23456789") + digits(rng, 10)), in_aadhaar.is_valid, "Aadhaar")
        out.append(("NATIONAL_ID", "आधार", f"{v[:4]} {v[4:8]} {v[8:]}"))
        out.append(("TAX_ID", "PAN", by_checker(rng, lambda: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + rng.choice("ABCDEGHJKLMNPRSTVY") + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), in_pan.is_valid, "PAN")))
    elif code == "ja-JP":
        out.append(("NATIONAL_ID", "マイナンバー", (lambda v: f"{v[:4]} {v[4:8]} {v[8:]}")(by_checker(rng, lambda: (lambda b: b + jp_in.calc_check_digit(b))(digits(rng, 11)), jp_in.is_valid, "MyNumber"))))
    elif code == "zh-CN":
        def ric():
            b = rng.choice(["110105", "310104", "440106", "510107", "330106", "420111"]) + d.strftime("%Y%m%d") + digits(rng, 2) + rng.choice("13579" if p["sex"] == "m" else "02468")
            return b + cn_ric.calc_check_digit(b)
        out.append(("NATIONAL_ID", "身份证号", by_checker(rng, ric, cn_ric.is_valid, "RIC")))
    elif code == "ko-KR":
        def rrn():
            s = ("1" if p["sex"] == "m" else "2") if d.year < 2000 else ("3" if p["sex"] == "m" else "4")
            b = d.strftime("%y%m%d") + s + rng.choice(["01", "02", "08", "09", "10", "23"]) + digits(rng, 3)
            return b[:6] + "-" + b[6:] + kr_rrn.calc_check_digit(b)
        out.append(("NATIONAL_ID", "주민등록번호", by_checker(rng, rrn, kr_rrn.is_valid, "RRN")))
    elif code == "th-TH":
        v = by_checker(rng, lambda: (lambda b: b + th_pin.calc_check_digit(b))(rng.choice("1358") + digits(rng, 11)), th_pin.is_valid, "PIN")
        out.append(("NATIONAL_ID", "เลขบัตรประชาชน", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"))
    elif code == "fi-FI":
        def hetu():
            sep = "-" if d.year < 2000 else "A"
            n = rng.randint(2, 899)
            n = n - (n % 2) + (1 if p["sex"] == "m" else 0)
            b = d.strftime("%d%m%y") + f"{n:03d}"
            return d.strftime("%d%m%y") + sep + f"{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(b) % 31]
        out.append(("NATIONAL_ID", "henkilötunnus", by_checker(rng, hetu, fi_hetu.is_valid, "HETU")))
    elif code == "es-MX":
        def curp():
            V, C = "AEIOU", "BCDFGHJLMNPRSTVZ"
            b = (rng.choice(C) + rng.choice(V) + rng.choice(C) + rng.choice(C) + d.strftime("%y%m%d")
                 + ("H" if p["sex"] == "m" else "M") + rng.choice(["DF", "JC", "NL", "PL", "MC", "QT", "VZ"])
                 + rng.choice(C) + rng.choice(C) + rng.choice(C) + ("0" if d.year < 2000 else "A"))
            return b + mx_curp.calc_check_digit(b)
        out.append(("NATIONAL_ID", "CURP", by_checker(rng, curp, mx_curp.is_valid, "CURP")))
        out.append(("HEALTH_INSURANCE", "NSS IMSS", by_checker(rng, lambda: (lambda b: b + luhn.calc_check_digit(b))(digits(rng, 10)), luhn.is_valid, "NSS")))
    elif code == "ar-SA":
        out.append(("NATIONAL_ID", "رقم الهوية", by_checker(rng, lambda: (lambda b: b + luhn.calc_check_digit(b))("1" + digits(rng, 8)), luhn.is_valid, "Saudi ID")))
    return out


# ---------------------------------------------------------------- locales of the world of healthcare admin
# given: given names; sur: surnames or (prefixes, suffixes) to compose; st: street stems (prefixes, suffixes);
# town: (prefixes, suffixes); lab: field labels as written on forms of that country; say: what patients /
# relatives / staff write in that language.
def P(a, b):
    return (a.split() if isinstance(a, str) else list(a), b.split() if isinstance(b, str) else list(b))


LOC = {
 "en-GB": dict(region="GB", iban="GB", sp=" ",
   given="Maisie Tobias Imogen Rhys Ffion Callum Bronwen Alfie Niamh Declan Hattie Rory Elspeth Gethin Tamsin Euan Dilys Ewan".split(),
   sur=P("Ash Brad Chil Dun Fair Gil Hath Kel Marl Pen Rad Thorn Wick Yar Scar Lud", "ford well ton bury cott ridge ley wood by stock hurst combe"),
   st=P("Hollin Cawder Pellow Saxby Tenter Warren Brig Quarr Hask Midge Bram Sorrel", "field gate croft mere bank side"),
   sttype="Road Lane Close Avenue Terrace Crescent Way".split(), town=P("Ash Brack Clay Duns Elm Holm Kirk Stan Whit Lang", "combe thorpe worth bridge wick ton ley"),
   addr=lambda r, n, s, t, pc: f"{n} {s}, {t} {pc}", pc=lambda r: r.choice(["LS", "BD", "HX", "NE", "SO", "EX", "CF", "BS", "NG", "DE"]) + str(r.randint(1, 19)) + " " + str(r.randint(1, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)),
   dob="%d/%m/%Y", mail="gmail.com btinternet.com outlook.com hotmail.co.uk yahoo.co.uk".split(),
   lab=dict(name="Name", dob="DOB", addr="Address", phone="Tel", mrn="Hosp No", pt="Patient", ref="Referral"),
   say=dict(rx="hiya, could I order my repeat please, ran out of the amlodipine on sunday", appt="hi can I move my appt on thurs, got work, anything next week am?", gen="see below thanks", rel="my daughter", cb="pls ring back on")),
 "en-US": dict(region="US", iban=None, sp=" ",
   given="Dakota Tyrell Brianna Cody Marisol Wendell Shayla Garrett Lorna Desmond Kaylee Travis Jolene Dwayne Raelynn Bodie".split(),
   sur=P("Hol Bran Cal Dor Fen Hark Lat Mor Pell Stan Whit Gar Tuck Vick", "ner den ley field more ham ick worth ridge strom baugh"),
   st=P("Brindle Larch Pettib Cobble Wex Tamar Quill Harrow Fallow Pember", "wood brook ford ton crest dale"),
   sttype="St Ave Dr Blvd Ct Ln".split(), town=P("Hallow Cedar Bright Lyn Mill Fox Ren Sul", "field ville burg wood port dale"),
   addr=lambda r, n, s, t, pc: f"{n} {s}, {t}, {pc}", pc=lambda r: r.choice(["OH 43", "OR 97", "WI 53", "NC 27", "MN 55", "CO 80", "UT 84"]) + f"{r.randint(1, 999):03d}",
   dob="%m/%d/%Y", mail="gmail.com yahoo.com aol.com icloud.com comcast.net".split(),
   lab=dict(name="Patient Name", dob="DOB", addr="Address", phone="Phone", mrn="MRN", pt="Pt", ref="Referral"),
   say=dict(rx="hi need a refill on my lisinopril 10mg, CVS said they need a new script from you guys", appt="can i reschedule my 2:15 tmrw?? my kid is sick", gen="fyi see below", rel="my son", cb="call me back at")),
 "de-DE": dict(region="DE", iban="DE", sp=" ",
   given="Hiltrud Wendelin Ottilie Ansgar Reinhild Volkmar Irmtraud Gottlob Edeltraud Jost Liesel Kuno Swantje Henning Wiebke Eike".split(),
   sur=P("Wend Brack Holz Kamm Ried Lind Fahr Gutt Mer Hasl Dörr Pfei Stroh Wolk", "hoff ler inger bach ecker weiler sieg meier horst wig rath"),
   st=P("Holunder Ahorn Kastanien Schlehen Mühlen Färber Zeisig Gerber Wacholder Ginster", "weg gasse ring steig"),
   sttype=[""], town=P("Ober Nieder Alt Neu Hohen Kirch Wester", "wald feld hausen dorf kirchen stetten"),
   addr=lambda r, n, s, t, pc: f"{s} {n}, {pc} {t}", pc=lambda r: f"{r.randint(10, 99)}{r.randint(0, 999):03d}",
   dob="%d.%m.%Y", mail="web.de gmx.de t-online.de posteo.de freenet.de".split(),
   lab=dict(name="Name", dob="geb.", addr="Anschrift", phone="Tel.", mrn="Fallnr.", pt="Pat.", ref="Überweisung"),
   say=dict(rx="Guten Tag, ich bräuchte ein neues Rezept für mein Ramipril 5 mg, die Packung ist fast leer", appt="Hallo, kann ich meinen Termin am Donnerstag verschieben? Bin leider krank", gen="anbei, bitte prüfen", rel="meine Tochter", cb="bitte Rückruf unter")),
 "fr-FR": dict(region="FR", iban="FR", sp=" ",
   given="Solène Gaspard Maëlys Anatole Bérénice Aurélien Clémence Timothée Ombeline Baptiste Gwenaëlle Quentin".split(),
   sur=P("Beau Ville Mont Chau Lache Vau Boul Roche Font Mar", "vallet neuve gard delle ton rieux chard nay brun"),
   st=P("Chaum Cord Vign Tann Lavand Saul Fontan Mouss Grav Roub", "erettes iers eraies elles ières ardes"),
   sttype="rue allée impasse avenue".split(), town=P("Saint-Aub Ville Mont Bourg Chât Pont", "in neuve ferrand-la-Forêt elet-sur-Loue"),
   addr=lambda r, n, s, t, pc: f"{n} {s}, {pc} {t}", pc=lambda r: f"{r.choice(['69', '13', '33', '44', '59', '31', '67', '35'])}{r.randint(0, 999):03d}",
   dob="%d/%m/%Y", mail="orange.fr free.fr laposte.net sfr.fr gmail.com".split(),
   lab=dict(name="Nom", dob="Né(e) le", addr="Adresse", phone="Tél", mrn="N° IPP", pt="Patient(e)", ref="Adressage"),
   say=dict(rx="Bonjour, je voudrais renouveler mon ordonnance de Lévothyrox, il me reste 3 comprimés", appt="bjr est ce que je peux décaler mon rdv de jeudi svp ?", gen="ci-dessous, merci de vérifier", rel="ma fille", cb="merci de me rappeler au")),
 "es-ES": dict(region="ES", iban="ES", sp=" ",
   given="Itziar Fermín Rocío Iñaki Begoña Nicanor Almudena Telmo Remedios Cayetano Nerea Eladio".split(),
   sur=P("Gar Ur Echa Beni Monte Villa Cas Sola Torre Peña", "mendi rrieta güe tez negro lobos tañares zabal llano"),
   st=P("Alcorn Tejed Almend Zapat Retam Azah Jaraiz Cantar Lebr", "ales eros illos ares uelas ijas"),
   sttype=["C/", "Avda.", "Pza.", "Ctra."], town=P("Villa Torre Casas Fuente Val", "nueva rubia del Pinar llana seca"),
   addr=lambda r, n, s, t, pc: f"{s}, {n}, {r.choice(['1º', '2º', '3º', 'bajo'])} {r.choice('ABCD')}, {pc} {t}", pc=lambda r: f"{r.choice(['28', '08', '41', '46', '48', '50', '33'])}{r.randint(0, 999):03d}",
   dob="%d/%m/%Y", mail="gmail.com hotmail.es yahoo.es telefonica.net".split(),
   lab=dict(name="Nombre", dob="F. nac.", addr="Domicilio", phone="Tlf", mrn="NHC", pt="Paciente", ref="Derivación"),
   say=dict(rx="Hola buenas, necesito la receta del Sintrom que se me acaba el viernes", appt="hola, puedo cambiar la cita del martes? no me viene bien", gen="adjunto, porfa revisar", rel="mi hija", cb="llamadme al")),
 "it-IT": dict(region="IT", iban="IT", sp=" ",
   given="Ludovica Ettore Benedetta Tancredi Ginevra Ubaldo Letizia Gualtiero Ilaria Saverio Rosalba Nazzareno".split(),
   sur=P("Bel Cor Fra Gal Mon Ros Val Brun Sca Tor", "landi rasco cassi ucci ettoni iberti otti azzi"),
   st=P("Gelsom Tessit Cilieg Orefic Bott Oleandr Carrad Vignol Lucch", "ini ori etti ai elle arelli"),
   sttype=["via", "viale", "vicolo", "piazza"], town=P("Borgo San Castel Monte Villa", "franco nuovo alto vecchio"),
   addr=lambda r, n, s, t, pc: f"{s} {n}, {pc} {t} ({r.choice(['BO', 'TO', 'PD', 'BA', 'PG', 'FI'])})", pc=lambda r: f"{r.choice(['40', '10', '35', '70', '06', '50'])}{r.randint(100, 199)}",
   dob="%d/%m/%Y", mail="libero.it virgilio.it gmail.com tiscali.it alice.it".split(),
   lab=dict(name="Cognome e nome", dob="Nato/a il", addr="Indirizzo", phone="Cell.", mrn="N. cartella", pt="Paziente", ref="Impegnativa"),
   say=dict(rx="Buongiorno dottore, mi servirebbe la ricetta del Cardioaspirina, grazie", appt="salve, posso spostare l'appuntamento di venerdì? ho un imprevisto", gen="in allegato, grazie", rel="mia figlia", cb="richiamatemi al")),
 "nl-NL": dict(region="NL", iban="NL", sp=" ",
   given="Femke Joost Sanne Gijs Marieke Thijs Anouk Wessel Lieke Bram Fenna Douwe".split(),
   sur=P("van der Hoeve van Dijk de Wit Kuij Oost Ver Brou Hoog Zwa", "pers kamp meulen horst huis veen berg"),
   st=P("Lijster Meidoorn Vlier Rietgans Kievit Tulpen Beuken", "straat laan hof weg"),
   sttype=[""], town=P("Ooster Wester Nieuw Hoog Zuid", "wolde veen dam broek horn"),
   addr=lambda r, n, s, t, pc: f"{s} {n}, {pc} {t}", pc=lambda r: f"{r.randint(1000, 9899)} {''.join(r.choice('ABCDEGHJKLMNPRSTVWXZ') for _ in range(2))}",
   dob="%d-%m-%Y", mail="ziggo.nl kpnmail.nl gmail.com hotmail.nl".split(),
   lab=dict(name="Naam", dob="Geb.datum", addr="Adres", phone="Tel", mrn="Patiëntnr", pt="Patiënt", ref="Verwijzing"),
   say=dict(rx="Goedemorgen, mag ik een herhaalrecept voor mijn metformine aanvragen?", appt="hoi, kan mijn afspraak van dinsdag verzet worden?", gen="zie hieronder, graag controleren", rel="mijn dochter", cb="bel me terug op")),
 "pl-PL": dict(region="PL", iban="PL", sp=" ",
   given="Grażyna Bożydar Jadwiga Zdzisław Halina Wiesław Bronisława Radosław Urszula Czesław Krystyna Teodor".split(),
   sur=P("Kow Wierz Szcz Grab Dąb Lis Kmie Zaw Pas Sob", "alczyk bicki epański owski iecka ecki ańska ucha"),
   st=P("Jaśmin Kasztan Wrzos Bart Garncar Tkac Lipc Jarzębin Modrzew", ["owa", "na", "ska", "kowa", "iana"]),
   sttype=["ul."], town=P("Brzez Olsz Grab Jodł Wierzb Modrzew Kalin Łoziń", ["owo", "ówka", "nica", "iny", "ice"]),
   addr=lambda r, n, s, t, pc: f"ul. {s} {n}/{r.randint(1, 40)}, {pc} {t}", pc=lambda r: f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}",
   dob="%d.%m.%Y", mail="wp.pl onet.pl o2.pl interia.pl gmail.com".split(),
   lab=dict(name="Imię i nazwisko", dob="Data ur.", addr="Adres", phone="Tel.", mrn="Nr historii choroby", pt="Pacjent", ref="Skierowanie"),
   say=dict(rx="Dzień dobry, proszę o receptę na Euthyrox 50, kończy mi się", appt="dzień dobry, czy mogę przełożyć wizytę z czwartku?", gen="w załączeniu, proszę sprawdzić", rel="moja córka", cb="proszę oddzwonić na")),
 "pt-BR": dict(region="BR", iban=None, sp=" ",
   given="Thaís Josué Raíssa Cauã Lucimar Edvaldo Iracema Wanderley Jussara Adenilson Kauane Rosivaldo".split(),
   sur=P("Bit Cav Mac Nas Tav Vasc Goul Bar Fal", "encourt alcante edo cimento ares oncelos art reto cão"),
   st=P("Ipe Jatob Sab Caj Pitang Ing Burit Aroeir Gravat", ["ranas", "eiras", "inhas", "arana", "ubas"]),
   sttype=["Rua", "Av.", "Travessa"], town=P("Itapo Piracan Guaraci Jaboti Ibirap Tamand Araçat Jacutin", ["ranga", "tuba", "ema", "úna", "ópolis"]),
   addr=lambda r, n, s, t, pc: f"{s}, {n}, apto {r.randint(11, 904)} — {t}, CEP {pc}", pc=lambda r: f"{r.randint(10, 99)}{r.randint(0, 999):03d}-{r.randint(0, 999):03d}",
   dob="%d/%m/%Y", mail="gmail.com hotmail.com uol.com.br bol.com.br".split(),
   lab=dict(name="Nome", dob="Data de nasc.", addr="Endereço", phone="Cel", mrn="Prontuário", pt="Paciente", ref="Encaminhamento"),
   say=dict(rx="oi boa tarde, preciso renovar a receita da losartana, acabou ontem", appt="oi, consigo remarcar minha consulta de quarta? vou viajar", gen="segue abaixo, favor conferir", rel="minha filha", cb="me liga no")),
 "sv-SE": dict(region="SE", iban="SE", sp=" ",
   given="Ebba Sixten Tindra Hjalmar Majken Ture Signe Algot Svea Ivar Ylva Holger".split(),
   sur=P("Berg Ek Lind Sjö Ström Fager Tall Hag Lövg Ståhl", "qvist blad dahl gren holm mark ros vall"),
   st=P("Lingon Hassel Rönnbärs Kvarn Smeds Blåbärs Tranbärs", "vägen gatan stigen backen"),
   sttype=[""], town=P("Norr Söder Väster Öster Stor", "köping tuna fors vik sala"),
   addr=lambda r, n, s, t, pc: f"{s} {n}, {pc} {t}", pc=lambda r: f"{r.randint(100, 989)} {r.randint(10, 99)}",
   dob="%Y-%m-%d", mail="telia.com gmail.com hotmail.se outlook.com".split(),
   lab=dict(name="Namn", dob="Född", addr="Adress", phone="Tel", mrn="Journalnr", pt="Patient", ref="Remiss"),
   say=dict(rx="Hej, jag behöver förnya mitt recept på Levaxin, tack", appt="hej kan jag boka om min tid på torsdag?", gen="se nedan, tack", rel="min dotter", cb="ring mig på")),
 "tr-TR": dict(region="TR", iban="TR", sp=" ",
   given="Gülizar Oğuzhan Şükran Tarkan Nurhayat Bülent Feyza Caner Hatice Yiğit Sevgül Ertuğrul".split(),
   sur=P("Kara Ak Demir Yıl Öz Gök Taş Kaya Çelik", "oğlu türk kan taş dağ soy er alp"),
   st=P("Menek Akas Ihlam Çın Leyl Papat Nerg Kavak Söğüt", ["şe", "ya", "lık", "li", "altı"]),
   sttype=["Sok.", "Cad."], town=P("Çamlı Yeni Eski Yukarı Aşağı", "köy dere tepe ova"),
   addr=lambda r, n, s, t, pc: f"{s} No:{n} D:{r.randint(1, 12)}, {pc} {t}", pc=lambda r: f"{r.choice(['34', '06', '35', '16', '07'])}{r.randint(0, 999):03d}",
   dob="%d.%m.%Y", mail="gmail.com hotmail.com yandex.com.tr".split(),
   lab=dict(name="Ad Soyad", dob="Doğum tarihi", addr="Adres", phone="Tel", mrn="Protokol No", pt="Hasta", ref="Sevk"),
   say=dict(rx="merhaba, tansiyon ilacımın reçetesini yeniletmem lazım, bitti", appt="slm, perşembe randevumu erteleyebilir miyim?", gen="aşağıda, kontrol eder misiniz", rel="kızım", cb="beni şu numaradan arayın")),
 "ru-RU": dict(region="RU", iban=None, sp=" ",
   given="Агафья Всеволод Людмила Ярослав Зинаида Святослав Раиса Гордей Евдокия Мирон Таисия Прохор".split(),
   sur=P("Ткач Бело Зайц Сокол Гончар Кузн Рябин Ворон Журав", "ёва ова енко ина ецова ева"),
   st=P("Сирен Рябин Клен Черёмух Ткац Гончар Берёз Ольх Жасмин", ["евая", "овая", "ская", "ная", "инская"]),
   sttype=["ул."], town=P("Ново Старо Верхне Нижне Красно", "озёрск горск дольск полье"),
   addr=lambda r, n, s, t, pc: f"{pc}, г. {t}, ул. {s}, д. {n}, кв. {r.randint(1, 180)}", pc=lambda r: f"{r.randint(101, 692)}{r.randint(0, 999):03d}",
   dob="%d.%m.%Y", mail="mail.ru yandex.ru rambler.ru bk.ru".split(),
   lab=dict(name="ФИО", dob="Дата рождения", addr="Адрес", phone="Тел.", mrn="№ истории болезни", pt="Пациент", ref="Направление"),
   say=dict(rx="Здравствуйте, нужен рецепт на эналаприл, заканчивается", appt="добрый день, можно перенести запись на четверг?", gen="ниже, проверьте пожалуйста", rel="моя дочь", cb="перезвоните по номеру")),
 "el-GR": dict(region="GR", iban="GR", sp=" ",
   given="Ευανθία Σπυρίδων Χρυσούλα Παντελής Αγλαΐα Θεμιστοκλής Βασιλική Ηλίας Σταυρούλα Δημοσθένης".split(),
   sur=P("Καρα Παπα Χατζη Μαυρο Λιακο Ζαχαρο Σταυρο", "γιάννης δόπουλος κώστας μανώλης θανάσης πούλου"),
   st=P("Γαρδεν Κυπαρισσ Αγραμπελ Μυρτ Δαφν Ανεμων Πικροδαφν Κισσ", ["ιάς", "ιών", "ούλας", "ιώτισσας"]),
   sttype=["οδός"], town=P("Κερασ Λυγαρ Μηλ Καστανι Πλατανι Αμυγδαλ Κρανι Σκλιθρ", ["ούσα", "ιά", "όκαμπος", "ώνας", "οχώρι"]),
   addr=lambda r, n, s, t, pc: f"{s} {n}, {pc} {t}", pc=lambda r: f"{r.randint(100, 859)} {r.randint(10, 99)}",
   dob="%d/%m/%Y", mail="gmail.com yahoo.gr otenet.gr".split(),
   lab=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", addr="Διεύθυνση", phone="Τηλ.", mrn="Αρ. Μητρώου", pt="Ασθενής", ref="Παραπεμπτικό"),
   say=dict(rx="Καλησπέρα, θα ήθελα να ανανεώσω τη συνταγή για το φάρμακο της πίεσης", appt="γεια σας, μπορώ να αλλάξω το ραντεβού της Πέμπτης;", gen="παρακάτω, παρακαλώ ελέγξτε", rel="η κόρη μου", cb="καλέστε με στο")),
 "ar-SA": dict(region="SA", iban="SA", sp=" ",
   given="نوف رائد هيفاء مشعل غادة بندر لمى فيصل جواهر تركي ريم نواف".split(),
   sur=P("آل الـ", "شهري زهراني عتيبي قحطاني دوسري غامدي مطيري سبيعي"),
   st=P("ال", ["ياسمين", "نخيل", "ريحان", "ورود", "زيتون", "سدرة", "خزامى", "أقحوان", "عرفج", "رمث", "شيح", "قيصوم"]),
   sttype=["شارع"], town=P("ال", ["نرجسية", "ملقاوية", "عقيقية", "رويضة", "عوالي", "خزامية", "ريانية", "غدير", "وادي", "مونسية", "قيروان", "ياسمينية"]),
   addr=lambda r, n, s, t, pc: f"{s}، مبنى {n}، {t}، {pc}", pc=lambda r: f"الرياض {r.randint(11000, 13999)}",
   dob="%d/%m/%Y", mail="gmail.com hotmail.com outlook.sa".split(),
   lab=dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", phone="الجوال", mrn="رقم الملف الطبي", pt="المريض", ref="إحالة"),
   say=dict(rx="السلام عليكم، أبغى أجدد وصفة دواء السكر لو سمحتوا", appt="مرحبا، ممكن أغير موعدي يوم الخميس؟", gen="التفاصيل تحت، الرجاء المراجعة", rel="بنتي", cb="اتصلوا علي على")),
 "he-IL": dict(region="IL", iban="IL", sp=" ",
   given="שירה אביתר נועה עידו טליה יהונתן אורנה גלעד מעיין אלישע הדס צביקה".split(),
   sur=P("בן ", "חמו שושן עטיה זכאי מלכה שטרית אזולאי"),
   st=P("ה", ["צלף", "אטד", "קורנית", "זוטה", "נורית", "ציפורן", "מרווה", "עירית", "אירוס", "חצב", "סחלב", "נופר", "לבונה", "שקדיה", "חרוב", "אשל", "מורן", "שיזף", "יערה", "ערער"]),
   sttype=["רחוב"], town=P("קריית ", "גנים שקד אלונים"),
   addr=lambda r, n, s, t, pc: f"רחוב {s} {n}, {t} {pc}", pc=lambda r: f"{r.randint(1000000, 9999999)}",
   dob="%d/%m/%Y", mail="gmail.com walla.co.il 012.net.il".split(),
   lab=dict(name="שם", dob="תאריך לידה", addr="כתובת", phone="טלפון", mrn="מס' תיק", pt="מטופל/ת", ref="הפניה"),
   say=dict(rx="שלום, צריכה לחדש מרשם לאלטרוקסין, נגמר לי", appt="היי אפשר להזיז את התור של יום חמישי?", gen="מצורף, תבדקו בבקשה", rel="הבת שלי", cb="תחזרו אליי ל")),
 "hi-IN": dict(region="IN", iban=None, sp=" ",
   given="सुलोचना अनिरुद्ध वैदेही ऋषभ मालती प्रणव शारदा तनय इंदिरा केदार नंदिनी विनायक".split(),
   sur=P("सह परां कानि दाभो नाड मुंगे आगा गाड", ["जपे", "टकर", "लकर", "कर्णी", "शे", "गिल"]),
   st=P("गुलमोहर पलाश कदंब अमलतास कचनार शिरीष", ["पुरम", "गंज", "बाग", "वाड़ी"]),
   sttype=[""], town=P("नई ", "बस्ती कॉलोनी विहार"),
   addr=lambda r, n, s, t, pc: f"मकान नं. {n}, {s}, {t}, पिन {pc}", pc=lambda r: f"{r.randint(110001, 560099)}",
   dob="%d-%m-%Y", mail="gmail.com rediffmail.com yahoo.co.in".split(),
   lab=dict(name="नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", mrn="UHID", pt="मरीज़", ref="रेफ़रल"),
   say=dict(rx="नमस्ते, मेरी BP की दवा का पर्चा फिर से चाहिए, दवा खत्म हो गई", appt="hello, kya mera Thursday ka appointment shift ho sakta hai?", gen="नीचे देखें, कृपया जाँच करें", rel="मेरी बेटी", cb="इस नंबर पर कॉल करें")),
 "ja-JP": dict(region="JP", iban=None, sp="\u3000",
   given=P("千 颯 詩 蒼 悠 琴 柾 遼 紬 湊 菫 葵", "草 汰 織 梧 斗 音 芭 璃 乃 巴 朔 絃"),
   sur=P("梶 蓑 楢 籾 榊 柘 椎 蔦", "間 田 沢 川 原 谷 岡 野"),
   st=P("梶 楢 椎 榊", ["ヶ丘", "台", "町"]),
   sttype=[""], town=P("北 南 東 西", ["楢崎市", "椎名町", "柘植市"]),
   addr=lambda r, n, s, t, pc: f"〒{pc} {t}{s}{r.randint(1, 5)}丁目{n}番{r.randint(1, 20)}号", pc=lambda r: f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}",
   dob="%Y年%m月%d日", mail="docomo.ne.jp ezweb.ne.jp gmail.com yahoo.co.jp".split(),
   lab=dict(name="氏名", dob="生年月日", addr="住所", phone="電話", mrn="カルテ番号", pt="患者", ref="紹介状"),
   say=dict(rx="お世話になっております。血圧の薬の処方をお願いしたいです", appt="すみません、木曜の予約を変更できますか？", gen="以下ご確認ください", rel="娘の", cb="折り返しはこちらへ")),
 "zh-CN": dict(region="CN", iban=None, sp="",
   given=P("梓 浩 雨 俊 思 博 欣 子 雅 宏 婉 志 沐 瑾", "萱 然 桐 熙 琪 帆 怡 墨 琴 宇 清 远 澄 屿"),
   sur="禤 濮 阙 殳 郗 宓 蒯 糜 逄 璩 蔺 隗 厍 晏 訾 亓 鄢 缑 钟 骆 詹 柏".split(), fullname=True,
   st=P("槐 榆 枫 桂 樟", ["荫路", "林街", "园巷"]),
   sttype=[""], town=P("东 西 南 北", ["湖区", "桥区", "岭区"]),
   addr=lambda r, n, s, t, pc: f"{t}{s}{n}号{r.randint(1, 20)}栋{r.randint(101, 2404)}室", pc=lambda r: "",
   dob="%Y年%m月%d日", mail="qq.com 163.com 126.com sina.com".split(),
   lab=dict(name="姓名", dob="出生日期", addr="住址", phone="手机", mrn="病案号", pt="患者", ref="转诊单"),
   say=dict(rx="您好，我想续开降压药的处方，药快吃完了", appt="你好，周四的预约能改到下周吗？", gen="见下方，请核对", rel="我女儿", cb="请回电")),
 "ko-KR": dict(region="KR", iban=None, sp="",
   given=P("서 도 하 시 예 건 채 준 유 태 소 민 라 솔", "윤 현 린 우 원 담 나 율 재 온 결 빈 슬 찬"),
   sur="편 탁 염 엄 봉 석 설 도 육 남궁 황보 제갈 선우 독고 변 채 명 기".split(), fullname=True,
   st=P("느티 은행 매화 동백", ["나무로", "길"]),
   sttype=[""], town=P("새 한 달", ["빛동", "솔동", "내동"]),
   addr=lambda r, n, s, t, pc: f"{t} {s} {n}, {r.randint(101, 120)}동 {r.randint(101, 2004)}호 ({pc})", pc=lambda r: f"{r.randint(1000, 63999):05d}",
   dob="%Y.%m.%d", mail="naver.com daum.net gmail.com".split(),
   lab=dict(name="성명", dob="생년월일", addr="주소", phone="연락처", mrn="등록번호", pt="환자", ref="진료의뢰서"),
   say=dict(rx="안녕하세요, 혈압약 처방전 재발급 부탁드려요", appt="목요일 예약 변경 가능할까요?", gen="아래 확인 부탁드립니다", rel="제 딸", cb="이 번호로 연락주세요")),
 "th-TH": dict(region="TH", iban=None, sp=" ",
   given="กัลยา ธนากร พิมพ์ชนก ณัฐวุฒิ วรรณา ปกรณ์ สุนันทา ธีรวัฒน์ อรุณี ชยพล".split(),
   sur=P("ศรี แสง ทอง บุญ วงศ์", ["สุวรรณ", "ประเสริฐ", "เจริญ", "รุ่งเรือง", "ไพศาล"]),
   st=P("ซอย", ["ลำดวน", "ราชพฤกษ์", "ชมพูพันธุ์", "อินทนิล", "พุดซ้อน", "กาสะลอง", "ปีบทอง", "ตะแบก", "เสลา", "กันเกรา", "มหาหงส์", "พิกุลทอง"]), sttype=[""], town=P("ตำบล", ["บางกระเจ้า", "หนองแขม", "ท่าทราย"]),
   addr=lambda r, n, s, t, pc: f"บ้านเลขที่ {n} {s} {t} {pc}", pc=lambda r: f"{r.randint(10100, 96220)}",
   dob="%d/%m/%Y", mail="gmail.com hotmail.com".split(),
   lab=dict(name="ชื่อ-สกุล", dob="วันเกิด", addr="ที่อยู่", phone="โทร", mrn="HN", pt="ผู้ป่วย", ref="ใบส่งตัว"),
   say=dict(rx="สวัสดีค่ะ ขอต่อใบสั่งยาความดันค่ะ ยาใกล้หมดแล้ว", appt="ขอเลื่อนนัดวันพฤหัสได้ไหมคะ", gen="ตามด้านล่าง รบกวนตรวจสอบค่ะ", rel="ลูกสาว", cb="โทรกลับที่")),
 "fi-FI": dict(region="FI", iban="FI", sp=" ",
   given="Aino Eino Vilja Onni Hilla Veikko Sanni Toivo Iida Lauri Elli Aapo".split(),
   sur=P("Kivi Mäki Rinne Järvi Salo Koski Laakso Harju", ["nen", "koski", "niemi", "aho", "lahti"]),
   st=P("Pihlaja Kuusi Koivu Lepik Tervas", ["katu", "tie", "polku"]), sttype=[""], town=P("Ylä Ala Itä Länsi", ["järvi", "koski", "mäki"]),
   addr=lambda r, n, s, t, pc: f"{s} {n} {r.choice('ABC')} {r.randint(1, 30)}, {pc} {t.upper()}", pc=lambda r: f"{r.randint(100, 99999):05d}",
   dob="%d.%m.%Y", mail="gmail.com luukku.com elisanet.fi".split(),
   lab=dict(name="Nimi", dob="Syntymäaika", addr="Osoite", phone="Puh.", mrn="Potilasnro", pt="Potilas", ref="Lähete"),
   say=dict(rx="Hei, tarvitsisin reseptin uusinnan Euthyrox-lääkkeelle", appt="moi, voisinko siirtää torstain aikaani?", gen="alla, tarkistakaa", rel="tyttäreni", cb="soittakaa numeroon")),
 "es-MX": dict(region="MX", iban=None, sp=" ",
   given="Xóchitl Cuauhtémoc Guadalupe Jacinto Yaretzi Heriberto Maricruz Eustaquio Citlali Abundio".split(),
   sur=P("Cas Hue Zúñ Ville Tolen Ayala Quin", ["tañeda", "rta", "iga", "gas", "tino", "tero"]),
   st=P("Ahuehuet Colorin Jacarand Tabachin Ocot Huizach Mezquit Tepoz", ["es", "as", "ales", "itos"]), sttype=["Calle", "Av.", "Privada"], town=P("Col. San ", ["Jerónimo", "Bartolo", "Pedrito"]),
   addr=lambda r, n, s, t, pc: f"{s} {n} int. {r.randint(1, 12)}, {t}, C.P. {pc}", pc=lambda r: f"{r.randint(1000, 99999):05d}",
   dob="%d/%m/%Y", mail="gmail.com hotmail.com prodigy.net.mx".split(),
   lab=dict(name="Nombre", dob="Fecha de nac.", addr="Domicilio", phone="Cel.", mrn="No. expediente", pt="Derechohabiente", ref="Referencia"),
   say=dict(rx="buenas tardes, ocupo la receta de la metformina, ya se me acabó", appt="oiga, ¿puedo cambiar mi cita del jueves?", gen="ahí le va abajo, porfa revise", rel="mi hija", cb="márqueme al")),
}
MAIL_SYL = "ka lo mi ren to sa vi ne da ri ko la pe an el jo us ta mo ni".split()


# ---------------------------------------------------------------- hard-negative material of the same world
EPONYMS = [
    "Hashimoto's thyroiditis", "Crohn's disease", "Graves' disease", "Cushing's syndrome", "Addison's disease",
    "Raynaud's phenomenon", "Ménière's disease", "Bell's palsy", "Guillain-Barré syndrome", "Sjögren's syndrome",
    "Kawasaki disease", "Hodgkin lymphoma", "Down syndrome", "Tourette syndrome", "Paget's disease of bone",
    "Dupuytren's contracture", "Osgood-Schlatter disease", "Baker's cyst", "Barrett's oesophagus", "Wilson's disease",
    "Huntington's disease", "Marfan syndrome", "Ehlers-Danlos syndrome", "Parkinson's disease", "Alzheimer's dementia",
    "Morbus Bechterew", "Morbus Basedow", "maladie de Charcot", "syndrome de Gougerot-Sjögren", "enfermedad de Chagas",
    "síndrome de Guillain-Barré", "morbo di Cooley", "choroba Leśniowskiego-Crohna", "болезнь Бехтерева",
    "синдром Иценко-Кушинга", "νόσος Αλτσχάιμερ", "מחלת פרקינסון", "पार्किंसंस रोग", "橋本病", "川崎病",
    "克罗恩病", "파킨슨병", "โรคพาร์กินสัน", "Glasgow Coma Scale", "Apgar score", "Wells score", "Centor criteria",
    "Heimlich manoeuvre", "Foley catheter", "Swan-Ganz catheter", "Papanicolaou smear", "Babinski sign",
    "Korotkoff sounds", "Cockcroft-Gault equation", "Friedewald formula", "Kussmaul breathing",
    "Cheyne-Stokes respiration", "Trendelenburg position", "Seldinger technique", "Whipple procedure",
    "Nissen fundoplication", "Kaplan-Meier curve", "Waterlow score", "Braden scale", "Barthel index",
    "Lown-Ganong-Levine syndrome", "Wolff-Parkinson-White syndrome", "Stevens-Johnson syndrome", "Tietze syndrome",
]
PUBLIC_FIGURES = [  # historical figures of medicine and nursing, only ever in their public role
    "Florence Nightingale", "Mary Seacole", "Ignaz Semmelweis", "Virginia Apgar", "Cicely Saunders", "Rudolf Virchow",
    "Elizabeth Garrett Anderson", "Henri Dunant", "Edward Jenner", "Joseph Lister", "John Snow", "Clara Barton",
    "Dorothea Dix", "Hildegard von Bingen", "Ibn Sina", "Hippocrates", "Carlos Chagas", "Oswaldo Cruz",
    "Santiago Ramón y Cajal", "Nikolai Pirogov", "Agnes Hunt", "Ida Scudder", "Emil von Behring", "Paul Ehrlich",
    "Jonas Salk", "Albert Sabin", "Frederick Banting", "Elizabeth Blackwell", "René Laennec", "Wilhelm Röntgen",
    "华佗", "孙思邈", "北里柴三郎", "野口英世", "허준", "Николай Пирогов", "सुश्रुत", "ابن سينا", "הרמב\"ם",
]
CITED = [  # published guideline / score authors, cited
    "Teasdale G, Jennett B. Lancet 1974", "Cockcroft DW, Gault MH. Nephron 1976", "Friedewald WT et al. Clin Chem 1972",
    "Wells PS et al. Thromb Haemost 2000", "Centor RM et al. Med Decis Making 1981", "Lip GY et al. Chest 2010",
    "Charlson ME et al. J Chronic Dis 1987", "Norton D, McLaren R, Exton-Smith AN 1962", "Mahoney FI, Barthel DW 1965",
    "Folstein MF et al. J Psychiatr Res 1975", "Apgar V. Curr Res Anesth Analg 1953", "Alvarado A. Ann Emerg Med 1986",
    "Waterlow J. Nurs Times 1985", "Bergstrom N, Braden BJ 1987", "Rockwood K et al. CMAJ 2005", "Nasreddine ZS et al. JAGS 2005",
    "Hachinski VC et al. Arch Neurol 1975", "Yesavage JA et al. J Psychiatr Res 1982", "Kroenke K, Spitzer RL 2001", "Zigmond AS, Snaith RP 1983",
]
FICTIONAL = [
    "Dr Gregory House", "Nurse Ratched", "Meredith Grey", "Hawkeye Pierce", "Dr Kildare", "Professor Brinkmann",
    "Doc McStuffins", "Dr Jekyll", "Nurse Jackie", "Dr Dolittle", "Doctor Who", "Patch Adams", "Dr Quinn",
    "Schwester Stefanie", "Dr. Mabuse", "Sister Julienne", "Dr. Ross", "Hermes Conrad", "Beverly Crusher", "Leonard McCoy",
    "Julius Hibbert", "Nick Riviera", "Doug Ross", "Mark Greene", "Hot Lips Houlihan", "Bob Kelso", "Shaun Murphy", "Lisa Cuddy",
    "Cristina Yang", "Carla Espinosa", "Tony Tony Chopper", "Black Jack (Tezuka)", "Dr. Ohnishi", "Dr. Snuggles",
]
PLACEHOLDERS = {
    "en-GB": ["Joe Bloggs", "A.N. Other"], "en-US": ["John Doe", "Jane Doe", "John Q. Public"],
    "de-DE": ["Max Mustermann", "Erika Mustermann"], "fr-FR": ["Jean Dupont", "Monsieur X"],
    "es-ES": ["Fulano de Tal", "Mengano"], "it-IT": ["Mario Rossi", "Tizio Caio"], "nl-NL": ["Jan Modaal", "Piet Pietersen"],
    "pl-PL": ["Jan Kowalski", "Anna Nowak"], "pt-BR": ["Fulano da Silva", "Beltrano"], "sv-SE": ["Medel Svensson", "Nils Nilsson"],
    "tr-TR": ["Ahmet Yılmaz", "Ayşe Yılmaz"], "ru-RU": ["Иванов Иван Иванович", "Петров П. П."], "el-GR": ["Γιώργος Παπαδόπουλος"],
    "ar-SA": ["فلان الفلاني", "فلان بن فلان"], "he-IL": ["ישראל ישראלי", "פלוני אלמוני"], "hi-IN": ["राम कुमार", "अमुक"],
    "ja-JP": ["山田 太郎", "山田 花子"], "zh-CN": ["张三", "李四"], "ko-KR": ["홍길동", "김철수"], "th-TH": ["นาย ก.", "นาง ข."],
    "fi-FI": ["Matti Meikäläinen", "Maija Meikäläinen"], "es-MX": ["Juan Pérez", "Fulano de Tal"],
}
CLINIC_WORD = {
    "en-GB": ["Medical Centre", "Surgery", "Health Centre", "Pharmacy", "Care Home"], "en-US": ["Family Medicine", "Urgent Care", "Pharmacy", "Senior Living"],
    "de-DE": ["Hausarztpraxis", "Apotheke", "Pflegeheim", "MVZ"], "fr-FR": ["Cabinet médical", "Pharmacie", "EHPAD", "Centre de santé"],
    "es-ES": ["Centro de Salud", "Farmacia", "Residencia"], "it-IT": ["Poliambulatorio", "Farmacia", "RSA"], "nl-NL": ["Huisartsenpraktijk", "Apotheek", "Zorgcentrum"],
    "pl-PL": ["Przychodnia", "Apteka", "Dom Opieki"], "pt-BR": ["UBS", "Farmácia", "Clínica"], "sv-SE": ["Vårdcentral", "Apotek", "Äldreboende"],
    "tr-TR": ["Aile Sağlığı Merkezi", "Eczanesi", "Huzurevi"], "ru-RU": ["поликлиника", "аптека", "пансионат"], "el-GR": ["Κέντρο Υγείας", "Φαρμακείο"],
    "ar-SA": ["مجمع عيادات", "صيدلية", "مركز رعاية"], "he-IL": ["מרפאת", "בית מרקחת", "בית אבות"], "hi-IN": ["क्लिनिक", "मेडिकल स्टोर", "अस्पताल"],
    "ja-JP": ["クリニック", "薬局", "介護施設"], "zh-CN": ["社区卫生服务中心", "大药房", "养老院"], "ko-KR": ["의원", "약국", "요양원"],
    "th-TH": ["คลินิก", "ร้านยา", "โรงพยาบาล"], "fi-FI": ["terveysasema", "apteekki", "palvelutalo"], "es-MX": ["Unidad de Medicina Familiar", "Farmacia", "Casa de Retiro"],
}
HOTLINES = {
    "en-GB": ["NHS 111", "999", "Samaritans on 116 123"], "en-US": ["911", "988 (Suicide & Crisis Lifeline)", "Poison Control 1-800-222-1222"],
    "de-DE": ["116 117 (ärztlicher Bereitschaftsdienst)", "112", "Giftnotruf"], "fr-FR": ["le 15 (SAMU)", "le 112", "le 3114"],
    "es-ES": ["112", "061"], "it-IT": ["118", "112", "guardia medica"], "nl-NL": ["112", "de huisartsenpost"], "pl-PL": ["112", "999", "NFZ 800 190 590"],
    "pt-BR": ["SAMU 192", "Disque Saúde 136"], "sv-SE": ["1177 Vårdguiden", "112"], "tr-TR": ["112", "ALO 184 SABİM"], "ru-RU": ["103", "112"],
    "el-GR": ["166 (ΕΚΑΒ)", "112", "1535"], "ar-SA": ["937 (وزارة الصحة)", "997"], "he-IL": ["מד\"א 101", "*2700"], "hi-IN": ["108", "104"],
    "ja-JP": ["#7119", "119"], "zh-CN": ["120", "12320"], "ko-KR": ["119", "129"], "th-TH": ["1669", "1422"], "fi-FI": ["112", "116 117"], "es-MX": ["911", "800 911 2000"],
}
DRUGS = ["amlodipine 5 mg", "metformin 500 mg", "levothyroxine 75 mcg", "atorvastatin 20 mg", "ramipril 2.5 mg", "apixaban 5 mg",
         "sertraline 50 mg", "omeprazole 20 mg", "salbutamol 100 mcg inhaler", "bisoprolol 2.5 mg", "furosemide 40 mg", "insulin glargine 100 u/ml"]
ICD = ["E11.9", "I10", "J45.909", "M54.5", "F32.1", "N39.0", "K21.9", "I48.91", "L40.0", "G43.909", "R07.4", "Z00.00"]
LABS = [("HbA1c", "mmol/mol", 30, 95), ("eGFR", "mL/min/1.73m²", 18, 110), ("CRP", "mg/L", 1, 180), ("Hb", "g/L", 82, 165),
        ("K+", "mmol/L", 3.0, 6.1), ("Na+", "mmol/L", 126, 146), ("TSH", "mIU/L", 0.1, 9.5), ("INR", "", 0.9, 4.8),
        ("ALT", "U/L", 8, 210), ("ferritin", "µg/L", 6, 700), ("LDL-C", "mmol/L", 1.2, 5.9), ("WBC", "x10^9/L", 2.1, 18.0)]
CODES = ["CPT 99213", "CPT 99214", "CPT 36415", "GOÄ Nr. 1", "GOÄ Nr. 250", "EBM 03000", "OPS 5-470.11", "HCPCS G0439",
         "NGAP C", "TUSS 10101012", "DRG F62C", "HRG WF01B", "CCAM YYYY010", "SNOMED 38341003", "LOINC 4548-4", "LOINC 2160-0"]


# ---------------------------------------------------------------- pools (all passed through the freeze)
POOLS: dict = {}


def build_pools():
    for code, L in LOC.items():
        # refill from recombined halves of the locale's given names (invented, locale-typical)
        gv = L["given"]
        if isinstance(gv, tuple):       # composed from locale-typical parts
            g = pool(f"{code}/given", [a + b for a in gv[0] for b in gv[1] if a != b][:80])
        else:
            halves = ([x[:max(1, (len(x) + 1) // 2)] for x in gv], [x[(len(x) + 1) // 2:] for x in gv])
            g = pool(f"{code}/given", gv, parts=halves, need=14)
        sur = L["sur"]
        if isinstance(sur, tuple):
            s = pool(f"{code}/surname", [a + b for a in sur[0] for b in sur[1]][:60])
        elif L.get("fullname"):
            # Han / Hangul names are written as ONE word (surname + given, no space): the pool entry checked
            # against the freeze is the full name as written.
            gv_all = [a + b for a in gv[0] for b in gv[1] if a != b]
            rr = random.Random(f"{code}/fullnames")
            cands = sorted({rr.choice(sur) + rr.choice(gv_all) for _ in range(400)})
            full = pool(f"{code}/fullname", cands)
            POOLS[code + "/full"] = [(f[:len(sn)], f[len(sn):]) for f in full for sn in sorted(sur, key=len, reverse=True) if f.startswith(sn)][:len(full)]
            s, g = sorted({a for a, _ in POOLS[code + "/full"]}), sorted({b for _, b in POOLS[code + "/full"]})
        else:
            s = pool(f"{code}/surname", sur)
        st = pool(f"{code}/street", [a + b for a in L["st"][0] for b in L["st"][1]])
        tw = pool(f"{code}/town", [a + b for a in L["town"][0] for b in L["town"][1]])
        POOLS[code] = dict(given=g, sur=s, street=st, town=tw, full=POOLS.get(code + "/full"))
    POOLS["eponym"] = pool("eponyms", EPONYMS)
    POOLS["public"] = pool("public_figures", PUBLIC_FIGURES)
    POOLS["cited"] = pool("cited_authors", CITED)
    POOLS["fiction"] = pool("fictional", FICTIONAL)
    for code, v in PLACEHOLDERS.items():
        POOLS[f"ph/{code}"] = [x for x in v if not frozen(x)]
        FREEZE_STATS[f"{code}/placeholders"] = (len(v), len(POOLS[f"ph/{code}"]), len(POOLS[f"ph/{code}"]))
    if EMPTIED:
        for tag in EMPTIED:
            print("  freeze emptied", tag, FREEZE_STATS[tag], file=sys.stderr)
        raise SystemExit("ABORT: the freeze emptied a pool")


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()


class Rec:
    def __init__(self, rng, code):
        self.rng, self.code, self.L, self.items = rng, code, LOC[code], []

    def add(self, typ, val):
        self.items.append((typ, val))
        return val

    def person(self, sex=None):
        r, P_ = self.rng, POOLS[self.code]
        if P_.get("full"):
            s, g = r.choice(P_["full"])
        else:
            g, s = r.choice(P_["given"]), r.choice(P_["sur"])
        if self.code in ("zh-CN", "ko-KR"):
            full = s + g
        elif self.code == "ja-JP":
            full = s + r.choice(["\u3000", " ", ""]) + g
        elif self.code == "ru-RU" and r.random() < 0.5:
            full = f"{s} {g}"
        else:
            full = f"{g} {s}"
        y = r.randint(1929, 2009)
        dob = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        return dict(given=g, sur=s, full=full, dob=dob, sex=sex or r.choice("mf"))

    def name(self, p, form="full"):
        v = {"full": p["full"], "given": p["given"],
             "upper": f"{p['sur'].upper()}, {p['given']}" if self.L["sp"] == " " and self.code not in ("ar-SA", "he-IL", "hi-IN", "th-TH") else p["full"],
             "hl7": f"{p['sur']}^{p['given']}"}[form]
        return self.add("person", v)

    def dob(self, p, fmt=None):
        return self.add("DATE_OF_BIRTH", p["dob"].strftime(fmt or self.L["dob"]))

    def phone(self, style=None):
        return self.add("PHONE_NUMBER", make_phone(self.rng, self.L["region"], style))

    def email(self, p=None):
        r = self.rng
        if p is not None and all(ord(c) < 0x250 for c in p["full"]):
            loc = f"{ascii_fold(p['given'])[:r.randint(1, 8)]}.{ascii_fold(p['sur'])}{r.choice(['', str(r.randint(1, 99)), str(p['dob'].year)])}"
        else:
            loc = "".join(r.choice(MAIL_SYL) for _ in range(r.randint(2, 3))) + r.choice(["", ".", "_"]) + str(r.randint(7, 2009))
        return self.add("EMAIL_ADDRESS", f"{loc}@{r.choice(self.L['mail'])}")

    def street(self):
        r = self.rng
        stem = r.choice(POOLS[self.code]["street"])
        t = r.choice(self.L["sttype"])
        if not t or self.code in ("ar-SA", "he-IL", "ru-RU", "pl-PL", "el-GR"):
            return stem
        return f"{t} {stem}" if self.code not in ("en-GB", "en-US") else f"{stem} {t}"

    def addr(self):
        r = self.rng
        v = self.L["addr"](r, r.randint(1, 160), self.street(), r.choice(POOLS[self.code]["town"]), self.L["pc"](r)).strip()
        return self.add("STREET_ADDRESS", v)

    def ident(self, p, types=None, prefer=None):
        vals = id_values(self.rng, self.code, p)
        if types:
            vals = [v for v in vals if v[0] in types] or vals
        self.rng.shuffle(vals)
        if prefer:
            vals.sort(key=lambda v: v[0] != prefer)
        return vals

    def use(self, triple):
        self.add(triple[0], triple[2])
        return f"{triple[1]}: {triple[2]}"

    def mrn(self):
        r = self.rng
        v = r.choice([lambda: f"{r.choice('RKMHT')}{digits(r, 7)}", lambda: digits(r, 8), lambda: f"{digits(r, 2)}-{digits(r, 6)}",
                      lambda: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"])()
        return self.add("MEDICAL_RECORD", v)

    def iban(self):
        cc = self.L["iban"]
        return self.add("IBAN_CODE", make_iban(self.rng, cc)) if cc else None

    def card(self):
        return self.add("CREDIT_CARD", make_card(self.rng))

    def ip(self):
        return self.add("IP_ADDRESS", make_ip(self.rng))

    def us_bank(self):
        r = self.rng
        rt = by_checker(r, lambda: (lambda b: b + str((10 - (3 * (int(b[0]) + int(b[3]) + int(b[6])) + 7 * (int(b[1]) + int(b[4]) + int(b[7])) + (int(b[2]) + int(b[5]))) % 10) % 10))(r.choice(["0", "1", "2", "3"]) + digits(r, 7)), us_rtn.is_valid, "RTN")
        acct = digits(r, r.randint(9, 12))
        self.add("US_BANK_NUMBER", rt)
        self.add("US_BANK_NUMBER", acct)
        return rt, acct

    # organisation material (never issued: not personal data)
    def clinic(self):
        r = self.rng
        w = r.choice(CLINIC_WORD[self.code])
        t = r.choice(POOLS[self.code]["town"])
        if self.code in ("de-DE", "tr-TR", "ru-RU", "zh-CN", "ko-KR", "ja-JP", "fi-FI"):
            return f"{t} {w}" if self.code not in ("zh-CN", "ko-KR", "ja-JP") else f"{t}{w}"
        return f"{w} {t}"

    def org_phone(self):
        r = self.rng
        if self.code == "en-GB":
            return f"020 7946 0{r.randint(0, 999):03d}"     # Ofcom drama range
        if self.code == "en-US":
            return f"({r.choice(['216', '303', '614', '919'])}) 555-01{r.randint(0, 99):02d}"
        # the organisation's switchboard: a fixed-line number of the region (never issued)
        ex = phonenumbers.example_number_for_type(self.L["region"], phonenumbers.PhoneNumberType.FIXED_LINE)
        nsn = phonenumbers.national_significant_number(ex)

        def one():
            cand = phonenumbers.parse(f"+{ex.country_code}{nsn[:-3]}{digits(r, 3)}", None)
            return cand if phonenumbers.is_valid_number(cand) else None
        return phonenumbers.format_number(capped(one, 200), phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def role_mail(self, role=None):
        r = self.rng
        dom = ascii_fold(r.choice(POOLS["en-GB"]["town"])) + r.choice([".nhs.example", "-health.example", ".clinic.example", "-pharmacy.example", ".care.example"])
        return f"{role or r.choice(['reception', 'prescriptions', 'referrals', 'claims', 'info', 'patientservices', 'rota', 'switchboard', 'pals', 'lab.enquiries'])}@{dom}"

    def eponym(self):
        return self.rng.choice(POOLS["eponym"])

    def placeholder(self):
        ph = POOLS.get(f"ph/{self.code}") or POOLS.get("ph/en-US") or ["[NAME]"]
        return self.rng.choice(ph or ["[NAME]"])


def ddate(r, fmt="%d/%m/%Y"):
    return (dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 330))).strftime(fmt)


# ---------------------------------------------------------------- the kinds of message (sensitive S_*, benign B_*)
SYS = {
    "gp": "You help the reception team of a general practice with admin. Be concise.",
    "pharm": "You assist community pharmacy staff. Never give dosing advice to the public.",
    "lab": "You are an assistant for a clinical laboratory's results desk.",
    "claims": "You draft replies for a health insurer's claims desk. Be factual and polite.",
    "care": "You help care home staff write warm, clear updates to families.",
    "ward": "You help ward nurses with admin tasks like rotas and handovers.",
    "gov": "You support the clinical governance team (incident reporting).",
    "portal": "You triage patient-portal messages for a hospital outpatient department.",
    "switch": "You help hospital switchboard operators keep call logs tidy.",
}
HX = ["3/12 hx of exertional SOB, ?HF, BNP 890", "6/52 hx intermittent PR bleeding, FIT 142", "worsening memory over 1 yr, MoCA 21/30",
      "new AF on ECG, CHA2DS2-VASc 3, started on apixaban", "persistent microscopic haematuria x3", "painless R neck lump 2cm x 4/52",
      "poorly controlled T2DM despite triple tx, HbA1c 88", "recurrent falls, postural drop 28 mmHg", "knee OA, failed physio, wants TKR opinion"]


def vary(r, s):
    """writers' noise: occasional lowercase, dropped letters, doubled spaces."""
    if r.random() < 0.25:
        s = s.replace("please", r.choice(["pls", "plz", "please"])).replace("thanks", r.choice(["thx", "ta", "thanks"]))
    if r.random() < 0.15 and len(s) > 30:
        i = r.randrange(5, len(s) - 5)
        if s[i].isalpha() and s[i].isascii():
            s = s[:i] + s[i + 1:]
    return s


def S_referral(x: Rec):
    r, L = x.rng, x.L
    p = x.person()
    ids = x.ident(p)
    v = r.randrange(3)
    if v == 0:
        doc = (f"{x.clinic()}\n{L['lab']['ref']} — {ddate(r)}\nDear Dr {x.name(x.person(), 'full')},\n"
               f"Re: {x.name(p, r.choice(['full', 'upper']))}  {L['lab']['dob']} {x.dob(p)}  {x.use(ids[0]) if ids else ''}\n"
               f"{L['lab']['addr']}: {x.addr()}\n\nThank you for seeing this pt with {r.choice(HX)}. PMH: T2DM, HTN. DH: {r.choice(DRUGS)} OD. NKDA.\n"
               f"Lives alone, daughter involved. Kind regards\nDr {x.name(x.person())}")
        ask, writer = "tidy this referral into our standard template, keep all the details", "gp_secretary"
    elif v == 1:
        lab = L["lab"]
        doc = (f"{lab['name']}: {x.name(p)}\n{lab['dob']}: {x.dob(p)}\n{lab['phone']}: {x.phone()}\n{lab['addr']}: {x.addr()}\n"
               + "".join(f"{x.use(t)}\n" for t in ids[:2]) + f"Dx: {r.choice(HX)}\nUrgency: {r.choice(['2WW', 'routine', 'urgent', 'soon'])}")
        ask, writer = r.choice(["translate this referral into English for the receiving hospital", "is anything missing before I send this referral?"]), "receptionist"
    else:
        payload = {"referral": {"patient": {"name": x.name(p), "birthDate": x.dob(p, "%Y-%m-%d"), "mrn": x.mrn(),
                                            "contact": x.phone("e164")}, "reason": r.choice(HX), "priority": r.choice(["routine", "urgent"]),
                                "from": x.clinic()}}
        doc = json.dumps(payload, ensure_ascii=False, indent=1)
        ask, writer = "summarise this e-referral in 3 lines for the triage consultant", "triage_nurse"
    return writer, f"referral_v{v}", doc, vary(r, ask), SYS["gp"]


def B_referral(x: Rec):
    r, L = x.rng, x.L
    v = r.randrange(4)
    lab = L["lab"]
    if v == 0:
        doc = (f"{lab['ref']} — TEMPLATE v{r.randint(2, 9)}.{r.randint(0, 9)}\n{lab['name']}: ____________\n{lab['dob']}: __/__/____\n"
               f"{lab['phone']}: [               ]\n{lab['addr']}: [ADDRESS]\nNHS/insurance no: [ ][ ][ ] [ ][ ][ ] [ ][ ][ ][ ]\n"
               f"Reason: ( ) suspected {x.eponym()}  ( ) other: ______")
        ask, writer = "make this blank referral form more readable, keep the blanks", "practice_manager"
    elif v == 1:
        doc = (f"Referral guidance ({x.clinic()}), updated {ddate(r)}\nSuspected {x.eponym()}: refer routinely unless red flags.\n"
               f"Suspected {x.eponym()}: include bloods within 3/12.\nQueries: {x.role_mail('referrals')} or switchboard {x.org_phone()}.\n"
               f"Out of hours: {r.choice(HOTLINES[x.code])}.")
        ask, writer = "turn this into a checklist for new receptionists", "practice_manager"
    elif v == 2:
        doc = (f"Case study (anonymised, teaching): Patient A, a {r.randint(40, 89)}-year-old {r.choice(['woman', 'man'])}, presented with "
               f"{r.choice(HX)}. Working diagnosis {x.eponym()}. Referred to the rapid-access clinic; seen within 9 days.\n"
               f"Learning point: always document {r.choice(['the ' + x.eponym(), 'frailty score', 'capacity'])}.")
        ask, writer = "write 3 quiz questions from this anonymised case for our GP trainees", "gp_trainer"
    else:
        cit = x.rng.choice(POOLS["cited"])
        doc = (f"Our triage uses the {x.eponym()} and the {x.eponym()} ({cit}). A score above threshold triggers same-day referral.\n"
               f"Named after {r.choice(POOLS['public'])}, our new wing opens in spring. Referral letters go to {x.role_mail('referrals')}.")
        ask, writer = "proofread this paragraph for the practice newsletter", "practice_manager"
    return writer, f"referral_benign_v{v}", doc, vary(r, ask), SYS["gp"]


def S_lab(x: Rec):
    r, L = x.rng, x.L
    p = x.person()
    v = r.randrange(3)
    tests = r.sample(LABS, 4)
    if v == 0:
        ts = ddate(r, "%Y%m%d") + "0812"
        lines = [f"MSH|^~\\&|LIS|{ascii_fold(r.choice(POOLS[x.code]['town'])).upper()}LAB|EPR|GP|{ts}||ORU^R01|{digits(r, 8)}|P|2.5",
                 f"PID|1||{x.mrn()}^^^HOSP^MR||{x.name(p, 'hl7')}||{x.dob(p, '%Y%m%d')}|{p['sex'].upper()}|||{x.addr()}"]
        for i, (t, u, lo, hi) in enumerate(tests, 1):
            lines.append(f"OBX|{i}|NM|{t}||{round(r.uniform(lo, hi), 1)}|{u}|||{r.choice(['H', 'L', 'N', 'N'])}|||F")
        doc = "\n".join(lines)
        ask, writer = "convert this HL7 result to a short plain-language table for the GP", "lab_clerk"
    elif v == 1:
        rows = ["name,dob,mrn,test,value,unit,flag"]
        for _ in range(r.randint(3, 5)):
            q = x.person()
            t, u, lo, hi = r.choice(LABS)
            rows.append(f"{x.name(q)},{x.dob(q, '%Y-%m-%d')},{x.mrn()},{t},{round(r.uniform(lo, hi), 1)},{u},{r.choice(['H', 'L', ''])}")
        doc = "\n".join(rows)
        ask, writer = "which of these results need a call back today? sort by urgency", "practice_nurse"
    else:
        doc = (f"FW: {L['lab']['pt']} {x.name(p)} ({L['lab']['dob']} {x.dob(p)}) — results\n\n"
               + "\n".join(f"{t}: {round(r.uniform(lo, hi), 1)} {u}" for t, u, lo, hi in tests)
               + f"\n\nPlease inform the patient, mobile {x.phone()}. {L['say']['gen']}")
        ask, writer = "draft a short SMS telling the patient the results are back and to book a review", "receptionist"
    return writer, f"lab_v{v}", doc, vary(r, ask), SYS["lab"]


def B_lab(x: Rec):
    r = x.rng
    v = r.randrange(3)
    if v == 0:
        rows = ["analyte,unit,ref_low,ref_high,method,LOINC"]
        for t, u, lo, hi in r.sample(LABS, 6):
            rows.append(f"{t},{u},{round(lo * 1.2, 1)},{round(hi * 0.8, 1)},{r.choice(['IFCC', 'enzymatic', 'ECLIA', 'turbidimetric'])},{r.randint(1000, 99999)}-{r.randint(0, 9)}")
        doc = "\n".join(rows) + f"\nQC lot {r.choice('ABCDEFGH')}{r.randint(10, 99)}{r.choice('XYZQ')}{r.randint(100, 999)}, exp {ddate(r, '%Y-%m')}; analyser S/N {r.randint(1000000, 9999999)}"
        ask, writer = "format this reference range table as markdown", "biomedical_scientist"
    elif v == 1:
        doc = (f"EQA round {r.randint(1, 12)}/{2026}: {r.randint(40, 300)} participating labs, our z-score {round(r.uniform(-2.5, 2.5), 2)} for {r.choice(LABS)[0]}.\n"
               f"Positivity last quarter: {r.randint(2, 30)}% of {r.randint(800, 9000)} samples. Enquiries: {x.role_mail('lab.enquiries')}, tel {x.org_phone()}.")
        ask, writer = "summarise this quality report for the lab manager in 2 sentences", "lab_manager"
    else:
        doc = (f"Reminder: samples for {x.eponym()} screening need an EDTA tube. Courier collections 11:00 and 15:30.\n"
               f"Sample-ID format is LAB-YYYY-NNNNNN (e.g. LAB-2026-{digits(r, 6)}); do not write patient names on the courier manifest.\n"
               f"Results line for clinicians: {x.org_phone()}.")
        ask, writer = "rewrite this as a friendly notice for the GP surgeries", "lab_clerk"
    return writer, f"lab_benign_v{v}", doc, vary(r, ask), SYS["lab"]


def S_rx(x: Rec):
    r, L = x.rng, x.L
    p = x.person()
    v = r.randrange(3)
    if v == 0:
        doc = (f"{L['say']['rx']}\n{x.name(p)}\n{L['lab']['dob']} {x.dob(p)}\n{L['lab']['phone']} {x.phone()}")
        ask, writer = "reply politely that the request has been passed to the GP and will take 2 working days", "pharmacist"
    elif v == 1:
        ids = x.ident(p, {"HEALTH_INSURANCE", "NATIONAL_ID", "TAX_ID"})
        doc = (f"Repeat request via pharmacy ({x.clinic()}):\n{L['lab']['pt']}: {x.name(p, r.choice(['full', 'upper']))}\n"
               f"{L['lab']['addr']}: {x.addr()}\n" + (f"{x.use(ids[0])}\n" if ids else "")
               + f"Items: {r.choice(DRUGS)} 28, {r.choice(DRUGS)} 56\nCollected by: {r.choice(['husband', 'carer', 'neighbour'])}")
        ask, writer = "check this repeat request is complete and write it as a message to the surgery", "pharmacy_technician"
    else:
        q = x.person()
        doc = (f"hi, I'm ringing for my {r.choice(['mum', 'dad', 'grandad', 'nan'])} {x.name(p)}, she's out of her {r.choice(DRUGS)}.\n"
               f"Can it go to the pharmacy by {x.addr()}? I'm {x.name(q, 'given')}, {x.email(q)}")
        ask, writer = "turn this relative's voicemail transcript into a refill request note", "receptionist"
    return writer, f"rx_v{v}", doc, vary(r, ask), SYS["pharm"]


def B_rx(x: Rec):
    r = x.rng
    v = r.randrange(3)
    if v == 0:
        drug = r.choice(DRUGS)
        doc = (f"SUPPLY NOTICE — {drug}: out of stock until {ddate(r)}. Affected batches: {r.choice('ABCDEFGHJK')}{digits(r, 5)}, "
               f"{r.choice('LMNPRSTUVW')}{digits(r, 5)}. PZN {digits(r, 8)} / NDC {digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}.\n"
               f"Manufacturer medical information: {x.org_phone()}.")
        ask, writer = "rewrite this shortage notice for the counter staff", "pharmacist"
    elif v == 1:
        doc = (f"Repeat prescriptions at {x.clinic()}: order online, via the app, or email {x.role_mail('prescriptions')}. "
               f"Allow 2 working days. We cannot take requests over the phone. Urgent out of hours: {r.choice(HOTLINES[x.code])}.")
        ask, writer = "translate this into plain English and into Polish for our leaflet", "practice_manager"
    else:
        doc = (f"Training scenario: Mrs X asks for a refill of {r.choice(DRUGS)} early. Her record shows {x.eponym()}. "
               f"What would you check? (Name and details intentionally removed.) Reference: {r.choice(POOLS['cited'])}.")
        ask, writer = "write model answers for this pharmacy training scenario", "pharmacy_trainer"
    return writer, f"rx_benign_v{v}", doc, vary(r, ask), SYS["pharm"]


def S_appt(x: Rec):
    r, L = x.rng, x.L
    p = x.person()
    t = r.choice(["09:12", "10:40", "13:05", "16:48", "08:31"])
    v = r.randrange(2)
    if v == 0:
        doc = (f"[{t}] Patient: {L['say']['appt']}\n[{t}] Reception: {r.choice(['Sure, can I take your name and date of birth?', 'Of course, name + DOB pls'])}\n"
               f"[{t}] Patient: {x.name(p)} {x.dob(p)}\n[{t}] Reception: thanks, a number to confirm?\n[{t}] Patient: {x.phone()}")
        ask, writer = "log this chat as a reschedule request in one line", "receptionist"
    else:
        doc = (f"Appointment change request\n{L['lab']['name']}: {x.name(p)}\n{L['lab']['phone']}: {x.phone()}\nEmail: {x.email(p)}\n"
               f"Current: {ddate(r)} {t}  →  wants: any morning next week\nNote: {L['say']['appt']}")
        ask, writer = "write a reply offering two alternative slots", "receptionist"
    return writer, f"appt_v{v}", doc, vary(r, ask), SYS["gp"]


def B_appt(x: Rec):
    r, L = x.rng, x.L
    t = r.choice(["09:12", "11:02", "14:55"])
    v = r.randrange(2)
    if v == 0:
        doc = (f"[{t}] Bot: Hello! This is the {x.clinic()} assistant.\n[{t}] User: {L['say']['appt']}\n"
               f"[{t}] Bot: You can change appointments in the app under My bookings (ref format BK-XXXXX), or call reception on {x.org_phone()} (8:00–18:30).\n"
               f"[{t}] User: ok and on bank holidays?\n[{t}] Bot: Closed. Call {r.choice(HOTLINES[x.code])}.")
        ask, writer = "rate this bot transcript for clarity and suggest one improvement", "practice_manager"
    else:
        doc = (f"Clinic schedule week {r.randint(2, 50)}: Mon {r.choice(['diabetic eye screening', 'baby clinic', 'phlebotomy'])}, Tue {r.choice([e for e in POOLS['eponym'] if re.search('disease|syndrome|Morbus|maladie|enfermedad|病|병|โรค', e)] or POOLS['eponym'])} clinic, "
               f"Wed closed pm (training), Thu flu jabs. DNA rate last month {r.randint(3, 14)}% ({r.randint(40, 300)} missed appts). Booking ref example: BK-{digits(r, 5)}.")
        ask, writer = "make a short poster text out of this", "receptionist"
    return writer, f"appt_benign_v{v}", doc, vary(r, ask), SYS["gp"]


def S_claims(x: Rec):
    r, L = x.rng, x.L
    p = x.person()
    ids = x.ident(p, {"HEALTH_INSURANCE", "NATIONAL_ID", "ssn", "TAX_ID"}, prefer="HEALTH_INSURANCE")
    lines = [f"Claim {r.choice(['CLM', 'SCH', 'REC'])}-{digits(r, 7)} — dispute", f"Member: {x.name(p)}"]
    if ids:
        lines.append(x.use(ids[0]))
    if len(ids) > 1 and r.random() < 0.5:
        lines.append(x.use(ids[1]))
    lines.append(f"{L['lab']['addr']}: {x.addr()}")
    lines.append(f"Treatment {ddate(r)}: {r.choice(CODES)} / {r.choice(ICD)}, billed {r.randint(60, 2400)}.00, reimbursed 0.00 — reason 'not covered'.")
    if x.L["iban"]:
        lines.append(f"Please refund to IBAN {x.iban()}")
    elif x.code == "en-US":
        rt, ac = x.us_bank()
        lines.append(f"Direct deposit: routing {rt}, account {ac}")
    if r.random() < 0.35:
        lines.append(f"The excess was paid with card {x.card()}")
    lines.append(r.choice(["This is the third time I write!!", "I have attached the invoice.", L["say"]["gen"]]))
    doc = "\n".join(lines)
    ask, writer = r.choice(["draft a response acknowledging the dispute and listing what we still need", "summarise the dispute for the appeals panel"]), "claims_handler"
    return writer, "claims", doc, vary(r, ask), SYS["claims"]


def B_claims(x: Rec):
    r = x.rng
    v = r.randrange(3)
    if v == 0:
        doc = ("Fee schedule extract:\n" + "\n".join(f"{c} — {r.randint(12, 400)}.{r.randint(0, 99):02d} — {r.choice(['covered', 'covered 80%', 'not covered', 'pre-auth'])}" for c in r.sample(CODES, 6))
               + f"\nDisputes: {x.role_mail('claims')}; registered office: {x.clinic()} Insurance plc, {r.randint(1, 99)} {r.choice(POOLS[x.code]['street'])}.")
        ask, writer = "explain which of these codes need pre-authorisation", "claims_handler"
    elif v == 1:
        doc = (f"Q{r.randint(1, 4)} appeals: {r.randint(200, 4000)} disputes, {r.randint(20, 70)}% upheld, median {r.randint(5, 40)} days. "
               f"Top reasons: {r.choice(ICD)} coding mismatch, missing referral, duplicate claim ref CLM-{digits(r, 7)}. No individual data.")
        ask, writer = "turn these stats into 3 bullet points for the board", "claims_analyst"
    else:
        doc = (f"Dear [MEMBER NAME],\nWe received your claim [CLAIM REF] dated [DATE]. Policy no. [POLICY NUMBER]. "
               f"Please send the itemised invoice to {x.role_mail('claims')} or call our claims line {x.org_phone()} (Mon–Fri).\nYours sincerely, Claims Team")
        ask, writer = "make this template letter warmer, keep the placeholders in brackets", "claims_handler"
    return writer, f"claims_benign_v{v}", doc, vary(r, ask), SYS["claims"]


def S_care(x: Rec):
    r, L = x.rng, x.L
    res, rel = x.person(), x.person()
    doc = (f"Dear {x.name(rel, r.choice(['given', 'full']))},\nA quick update on {r.choice(['your mum', 'your father', 'your aunt'])} {x.name(res)} (room {r.randint(1, 60)}). "
           f"{r.choice(['She had a small fall on Tuesday, no injury, GP reviewed.', 'He has been eating better and joined the singing group.', 'Her UTI has cleared after antibiotics.'])} "
           f"The chiropodist comes on {ddate(r)}.\nWe have your number as {x.phone()} — please let us know if it changed.\n{L['say']['gen']}")
    ask, writer = r.choice(["make this update warmer and shorter", "translate this update into English for the family"]), "care_assistant"
    return writer, "care", doc, vary(r, ask), SYS["care"]


def B_care(x: Rec):
    r = x.rng
    v = r.randrange(2)
    if v == 0:
        doc = (f"{x.clinic()} newsletter — {ddate(r, '%B %Y')}\nThis month: afternoon tea in the {r.choice(POOLS['public'])} lounge, a talk on {x.eponym()}, "
               f"film night ({r.choice(POOLS['fiction'])} marathon!). Visiting 10:00–20:00. Main office {x.org_phone()}, {x.role_mail('info')}. "
               f"Our latest inspection rating: Good.")
        ask, writer = "proofread this newsletter", "activities_coordinator"
    else:
        doc = (f"Family update template\nDear [relative],\n[Resident] has settled in well. Weight: [ ] kg. Next review: [date].\n"
               f"For urgent matters call the nurse station {x.org_phone()}.")
        ask, writer = "improve this template, keep all placeholders", "care_home_manager"
    return writer, f"care_benign_v{v}", doc, vary(r, ask), SYS["care"]


def S_rota(x: Rec):
    r = x.rng
    a, b = x.person(), x.person()
    v = r.randrange(2)
    if v == 0:
        doc = (f"{x.name(a, 'given')}: anyone swap my night on the {r.randint(1, 28)}th? childcare fell through 😩\n"
               f"{x.name(b, 'given')}: I can do it if you take my long day sat\n{x.name(a, 'given')}: deal!! text me {x.phone()}")
        ask, writer = "write this swap up as a request to the ward manager", "staff_nurse"
    else:
        doc = (f"Overtime claim — {x.name(a)}, band 5, ward {r.randint(1, 30)}\nExtra shifts: {ddate(r)}, {ddate(r)}\n"
               + (f"Pay to: {x.iban()}\n" if x.L["iban"] else f"Mobile: {x.phone()}\n") + f"Approved by: {x.name(b)}")
        ask, writer = "check this overtime claim form is complete", "ward_clerk"
    return writer, f"rota_v{v}", doc, vary(r, ask), SYS["ward"]


def B_rota(x: Rec):
    r = x.rng
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rows = ["role," + ",".join(days)]
    for role in ["RN1", "RN2", "RN3", "HCA1", "HCA2", "NIC"]:
        rows.append(role + "," + ",".join(r.choice(["E", "L", "N", "LD", "off", "AL"]) for _ in days))
    doc = "\n".join(rows) + f"\nBleep site manager 4{digits(r, 3)}; ward ext x{digits(r, 4)}; switchboard {x.org_phone()}. Codes: E early, L late, LD long day, N night."
    ask, writer = r.choice(["count how many nights each role has", "flag any role with a late followed by an early"]), "ward_manager"
    return writer, "rota_benign", doc, vary(r, ask), SYS["ward"]


def S_incident(x: Rec):
    r, L = x.rng, x.L
    p, st = x.person(), x.person()
    doc = (f"INCIDENT REPORT {r.choice(['WEB', 'IR', 'DX'])}{digits(r, 5)}\nDate/time: {ddate(r)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n"
           f"{L['lab']['pt']}: {x.name(p, r.choice(['full', 'upper']))}, {L['lab']['mrn']} {x.mrn()}, {L['lab']['dob']} {x.dob(p)}\n"
           f"What happened: {r.choice(['unwitnessed fall from bed, bed rails down', 'wrong dose of ' + r.choice(DRUGS) + ' given, omitted check', 'sample mislabelled at bedside', 'pressure ulcer grade 3 found on admission'])}.\n"
           f"Reported by: {x.name(st)} (RN). Harm: {r.choice(['none', 'low', 'moderate'])}.")
    ask, writer = r.choice(["rewrite the narrative factually, no blame language", "extract the key fields as JSON"]), "staff_nurse"
    return writer, "incident", doc, vary(r, ask), SYS["gov"]


def B_incident(x: Rec):
    r = x.rng
    doc = (f"Learning bulletin #{r.randint(10, 99)} (all details anonymised)\nPatient X, {r.randint(60, 95)}, fell at night; "
           f"falls bundle incomplete. Action: use the {x.eponym()} on admission. National alert NatPSA/{r.randint(2019, 2026)}/{r.randint(1, 12):03d} applies.\n"
           f"{r.randint(12, 140)} falls reported this quarter across {r.randint(4, 30)} wards. Questions: {x.role_mail('pals')}.")
    ask, writer = "summarise this bulletin in 2 sentences for the staff huddle", "governance_lead"
    return writer, "incident_benign", doc, vary(r, ask), SYS["gov"]


def S_portal(x: Rec):
    r, L = x.rng, x.L
    p = x.person()
    msg = {"thread": f"T-{digits(r, 6)}", "from": {"name": x.name(p), "email": x.email(p), "dob": x.dob(p, "%Y-%m-%d")},
           "login_ip": x.ip(), "subject": r.choice(["results?", "sick note", "side effects", "change of address"]),
           "body": r.choice([L["say"]["rx"], L["say"]["appt"], "I still have no letter from the hospital, it's been 6 weeks"])}
    if r.random() < 0.4:
        msg["new_address"] = x.addr()
    doc = json.dumps(msg, ensure_ascii=False)
    ask, writer = r.choice(["triage this portal message: admin, clinical or urgent?", "draft a reply to the patient"]), "outpatient_admin"
    return writer, "portal", doc, vary(r, ask), SYS["portal"]


def B_portal(x: Rec):
    r = x.rng
    v = r.randrange(2)
    if v == 0:
        doc = (f"Portal FAQ v{r.randint(3, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}\nQ: I forgot my password. A: use 'Reset' — a link goes to your registered address (e.g. name@example.com).\n"
               f"Q: Can I see test results? A: yes, after your clinician releases them.\nStatus page on 192.0.2.{r.randint(1, 254)} / 2001:db8::{r.randint(1, 99)}. Help desk {x.org_phone()}.")
        ask, writer = "shorten this FAQ to 5 lines", "portal_admin"
    else:
        doc = json.dumps({"thread": "T-000000", "from": {"name": x.placeholder(), "email": "test.patient@example.org", "dob": "YYYY-MM-DD"},
                          "login_ip": "198.51.100.23", "subject": "TEST — ignore", "body": "Lorem ipsum test message for UAT"}, ensure_ascii=False)
        ask, writer = "write a unit test description for this sample portal payload", "developer"
    return writer, f"portal_benign_v{v}", doc, vary(r, ask), SYS["portal"]


def S_switch(x: Rec):
    r = x.rng
    rows = ["time,caller,callback,for,msg"]
    for _ in range(r.randint(2, 4)):
        p = x.person()
        rows.append(f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d},{x.name(p)},{x.phone()},{r.choice(['ward 7', 'ICU', 'maternity', 'Dr on call', 'PALS'])},"
                    + r.choice(["relative asking for update", "wants to complain about parking", "GP returning call", "patient's son, please call back"]))
    doc = "\n".join(rows)
    ask, writer = "tidy this call log and group by department", "switchboard_operator"
    return writer, "switch", doc, vary(r, ask), SYS["switch"]


def B_switch(x: Rec):
    r = x.rng
    depts = ["A&E", "Maternity", "ICU", "Pharmacy", "Pathology", "Radiology", "PALS", "Chaplaincy", "Estates"]
    doc = "Hospital directory\n" + "\n".join(f"{d}: ext {digits(r, 4)}" for d in r.sample(depts, 6)) + f"\nMain switchboard {x.org_phone()} · Emergencies {r.choice(HOTLINES[x.code])}\nWing named after {r.choice(POOLS['public'])}."
    ask, writer = "format this directory as a two-column table", "switchboard_operator"
    return writer, "switch_benign", doc, vary(r, ask), SYS["switch"]


KINDS = [("referral_letter", S_referral, B_referral), ("lab_result", S_lab, B_lab), ("prescription_refill", S_rx, B_rx),
         ("appointment_chat", S_appt, B_appt), ("claims_dispute", S_claims, B_claims), ("carehome_update", S_care, B_care),
         ("rota_swap", S_rota, B_rota), ("incident_report", S_incident, B_incident), ("portal_message", S_portal, B_portal),
         ("switchboard_log", S_switch, B_switch)]


def incidental(x: Rec, B):
    """A benign document of the kind with exactly one private item slipped in."""
    writer, variant, doc, ask, sysm = B(x)
    r, L = x.rng, x.L
    p = x.person()
    k = r.randrange(3)
    if k == 0:
        extra = f"\n(ps {L['say']['rel']} {x.name(p, 'given')} will pick it up)"
    elif k == 1:
        extra = f"\n{L['say']['cb']} {x.phone()}"
    else:
        extra = f"\n{L['lab']['dob']}: {x.dob(p)}"
    return writer, variant + "+incidental", doc + extra, ask, sysm


# ---------------------------------------------------------------- placement of the document in the request
PLACES = ["user", "system", "assistant_echo", "tool_result", "content_parts", "file_part", "tool_call_args", "tool_schema",
          "response_format", "user_then_metadata"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto", "claude-proxy/sonnet", "local/qwen2.5-7b"]


def place(r, mode, doc, ask, sysm, kind):
    m = r.choice(MODELS)
    if mode == "user":
        return {"model": m, "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": f"{ask}\n\n{doc}"}]}
    if mode == "system":
        return {"model": m, "messages": [{"role": "system", "content": f"{sysm}\n\nCurrent document:\n{doc}"}, {"role": "user", "content": ask}]}
    if mode == "assistant_echo":
        return {"model": m, "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": "pasting it now"},
                                         {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": ask}]}
    if mode == "tool_result":
        cid = f"call_{hashlib.sha1(doc.encode()).hexdigest()[:12]}"
        return {"model": m, "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": ask},
                                         {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "fetch_document", "arguments": json.dumps({"queue": kind, "item": 1})}}]},
                                         {"role": "tool", "tool_call_id": cid, "content": doc}],
                "tools": [{"type": "function", "function": {"name": "fetch_document", "description": "Fetch the next item of a work queue.", "parameters": {"type": "object", "properties": {"queue": {"type": "string"}, "item": {"type": "integer"}}}}}]}
    if mode == "content_parts":
        return {"model": m, "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]}
    if mode == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode()
        return {"model": m, "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": [
            {"type": "text", "text": ask}, {"type": "file", "file": {"filename": f"{kind}_{r.randint(100, 999)}.txt", "file_data": f"data:text/plain;base64,{data}"}}]}]}
    if mode == "tool_call_args":
        cid = f"call_{hashlib.sha1(doc.encode()).hexdigest()[:12]}"
        return {"model": m, "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": ask},
                                         {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_to_record", "arguments": json.dumps({"kind": kind, "text": doc}, ensure_ascii=False)}}]},
                                         {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"saved\"}"},
                                         {"role": "user", "content": "ok now do what I asked"}],
                "tools": [{"type": "function", "function": {"name": "save_to_record", "description": "Save text to the admin system.", "parameters": {"type": "object", "properties": {"kind": {"type": "string"}, "text": {"type": "string"}}}}}]}
    if mode == "tool_schema":
        return {"model": m, "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": ask}],
                "tools": [{"type": "function", "function": {"name": "file_item", "description": f"File this {kind.replace('_', ' ')} into the admin system. Current item:\n{doc}",
                                                             "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "priority": {"type": "string", "enum": ["low", "normal", "urgent"]}}}}}],
                "tool_choice": "auto"}
    if mode == "response_format":
        return {"model": m, "messages": [{"role": "system", "content": sysm}, {"role": "user", "content": ask}],
                "response_format": {"type": "json_schema", "json_schema": {"name": f"{kind}_out", "schema": {"type": "object", "description": f"Output for this source item:\n{doc}",
                                                                                                            "properties": {"summary": {"type": "string"}, "action": {"type": "string"}}, "required": ["summary"]}}}}
    if mode == "user_then_metadata":
        return {"model": m, "store": True, "metadata": {"queue": kind, "desk": r.choice(["front", "back-office", "night"])},
                "messages": [{"role": "user", "content": f"{doc}\n\n---\n{ask}"}]}
    raise SystemExit(mode)


def strings_of(obj, out):
    if isinstance(obj, str):
        out.append(obj)
        out.append(urllib.parse.unquote(obj))
        if obj.startswith("data:") and ";base64," in obj:
            out.append(base64.b64decode(obj.split(",", 1)[1]).decode("utf-8"))
        if obj[:1] in "{[":
            try:
                strings_of(json.loads(obj), out)
            except ValueError:
                pass
    elif isinstance(obj, dict):
        for k, v in obj.items():
            strings_of(k, out)
            strings_of(v, out)
    elif isinstance(obj, list):
        for v in obj:
            strings_of(v, out)
    return out


def entities_of(body, items):
    hay = strings_of(body, [])
    ents, seen = [], set()
    for typ, val in items:
        if (typ, val) in seen:
            continue
        if any(val in s for s in hay):
            ents.append({"type": typ, "value": val})
            seen.add((typ, val))
    return ents


def build_pii(seed):
    rng = random.Random(seed)
    codes = list(LOC)
    recs = []
    n_s, n_b = 29, 21
    s_counter = 0
    for ki, (kind, S, B) in enumerate(KINDS):
        plan = [True] * n_s + [False] * n_b
        rng.shuffle(plan)
        for j, sens in enumerate(plan):
            code = codes[(ki * 7 + j * 3) % len(codes)]
            x = Rec(random.Random(f"{seed}/{kind}/{j}"), code)
            r = x.rng
            if sens:
                s_counter += 1
                writer, variant, doc, ask, sysm = incidental(x, B) if s_counter % 8 == 0 else S(x)
            else:
                writer, variant, doc, ask, sysm = B(x)
            if code != "en-GB" and code != "en-US" and r.random() < 0.35:
                ask = f"{x.L['say']['gen']} — {ask}"
            idx = len(recs)
            if idx % 10 == 7:
                endpoint, mode = "completions", "prompt"
                body = {"model": r.choice(["gpt-3.5-turbo-instruct", "hybridgate/auto"]), "prompt": f"{sysm}\n\n{ask}\n\n{doc}\n\nAnswer:", "max_tokens": r.choice([256, 400, 800])}
            else:
                endpoint, mode = "chat", PLACES[(idx * 3 + ki) % len(PLACES)]
                body = place(r, mode, doc, ask, sysm, kind)
                if kind == "portal_message":
                    ems = [v for t, v in x.items if t == "EMAIL_ADDRESS"]
                    if ems and r.random() < 0.6:
                        body["user"] = ems[0]
                        mode += "+user"
                    elif not ems:
                        body["user"] = f"portal-session-{digits(r, 6)}"
            ents = entities_of(body, x.items)
            if sens:
                assert ents, (kind, variant)
            else:
                assert not x.items and not ents, (kind, variant, x.items)
            recs.append({"id": None, "category": kind if sens else f"{kind}_benign", "sensitive": bool(ents), "entities": ents,
                         "endpoint": endpoint, "lang": code, "style": f"{writer} · {mode} · {variant}", "body": body})
    rng.shuffle(recs)
    for i, rec in enumerate(recs, 1):
        rec["id"] = f"{SPLIT}-pii-{i:04d}"
        assert rec["sensitive"] == bool(rec["entities"])
    return recs


# ---------------------------------------------------------------- complexity prompts of the same world
SHORT_SIMPLE = {
    "en": ["what does 'bd' mean on a prescription?", "spell out DNA in a GP appointment context", "is the pharmacy open on bank holidays usually? one line",
           "translate 'fasting blood test' into Spanish", "write a 1-line SMS reminding a patient of their flu jab tomorrow 10:20",
           "what's the abbreviation for 'as needed' on a drug chart?", "convert 68 kg to stone and pounds", "give me a polite subject line for a repeat prescription reply"],
    "de": ["Was heißt 'nüchtern' bei der Blutabnahme? Kurz bitte.", "Schreib eine kurze SMS: Praxis morgen geschlossen.", "Was bedeutet 1-0-1 auf dem Medikationsplan?"],
    "fr": ["Que veut dire 'à jeun' pour une prise de sang ? une phrase", "Écris un SMS court: la pharmacie ferme à 19h ce soir."],
    "es": ["¿Qué significa 'cada 8 horas'? en una frase", "Escribe un recordatorio corto para la cita de mañana a las 9."],
    "pt-BR": ["o que significa 'jejum de 8 horas'? resposta curta", "escreve um aviso curto: posto fechado na sexta"],
    "ja": ["「食後」とはいつ飲むことですか？一言で", "明日の予約確認のSMSを短く書いて"],
    "zh-CN": ["“空腹”抽血是什么意思？一句话", "写一条简短短信：明天体检请带医保卡"],
    "ar": ["ما معنى 'على معدة فارغة'؟ باختصار", "اكتب رسالة قصيرة لتذكير المريض بموعده غدا"],
    "ru": ["что значит «натощак» для анализа крови? коротко", "напиши короткое смс: приём перенесён на пятницу"],
    "hi": ["'खाली पेट' का मतलब क्या है? एक वाक्य में", "कल की अपॉइंटमेंट का छोटा रिमाइंडर लिखो"],
    "pl": ["co znaczy 'na czczo'? krótko", "napisz krótki SMS: rejestracja nieczynna w piątek"],
    "tr": ["'aç karnına' ne demek? kısaca", "yarınki randevu için kısa bir hatırlatma yaz"],
    "ko": ["'공복'이 무슨 뜻이에요? 짧게", "내일 예약 알림 문자 짧게 써줘"],
}
SHORT_HARD = {
    "en": ["82F, 54 kg, creatinine 1.4 mg/dL, on apixaban 5 mg BD. Work through Cockcroft-Gault and the dose-reduction criteria and say whether she meets them; state your assumptions.",
           "Lab PPV question: screening test sens 92%, spec 97%, prevalence 0.4%. Compute PPV and NPV, then explain why a positive needs confirmation, and how prevalence of 4% changes it.",
           "Design a 4-week night rota for 7 nurses: max 3 consecutive nights, 11h rest, each does 4-5 nights, fair weekends. Give the schedule and prove the constraints hold.",
           "Write SQL (Postgres) finding clinicians with overlapping appointment slots, using gaps-and-islands; handle slots crossing midnight and explain the window logic.",
           "A claim was billed 99214 + 36415 with modifier 25 on the same day as a preventive visit. Argue both sides of whether modifier 25 is justified and what documentation decides it.",
           "Care home has 3 norovirus cases in 48h in one wing. Lay out outbreak decision logic: cohorting, closure criteria, notification thresholds, and what would change your plan."],
    "de": ["Patientin 79 J., eGFR 28, Metformin 1000 mg 1-0-1, neu Diclofenac vom Orthopäden. Begründe Schritt für Schritt Risiken und ein konkretes Vorgehen für die Apotheke.",
           "Leite her, wie viele MFA-Stunden eine Praxis mit 1.800 Scheinen/Quartal bei 6 min pro Kontakt und 20% Telefonlast braucht; nenne Annahmen und Sensitivität."],
    "fr": ["Un EHPAD de 84 lits veut réduire les chutes nocturnes de 30 %. Propose un plan causal avec indicateurs, biais de mesure possibles et comment distinguer un vrai effet d'une régression vers la moyenne."],
    "es": ["Con una lista de espera de 1.200 pacientes y 3 consultas/día de 20 huecos, modela cuánto tarda en vaciarse si entran 45 derivaciones/semana y un 12% no acude. Razona y da la fórmula."],
    "ja": ["薬局で同一成分の重複処方を検出するアルゴリズムを設計し、一般名・規格違い・配合剤をどう扱うか理由とともに説明してください。"],
    "zh-CN": ["医保拒付了一笔住院费用，理由是“编码高套”。请从DRG分组逻辑出发，分析可能原因，并给出申诉论证结构。"],
    "ru": ["В поликлинике 30% неявок на приём. Предложи модель овербукинга, рассчитай оптимальный уровень для 20 слотов при p=0.3 и объясни риски."],
    "pt-BR": ["Uma UBS quer priorizar a fila de exames por risco. Proponha um escore, justifique os pesos e discuta vieses de equidade."],
    "ar": ["صمّم خوارزمية لجدولة مناوبات ١٢ ممرضة مع قيود الراحة والعطل، واشرح لماذا تضمن العدالة."],
    "hi": ["एक लैब में हीमोलाइज़्ड सैंपल 9% हैं। कारणों का विश्लेषण करो, एक परीक्षण योजना बनाओ और बताओ कैसे पता चलेगा कि सुधार असली है।"],
    "it": ["Una RSA ha 3 casi di scabbia in una settimana. Ragiona sulle decisioni di isolamento e trattamento di massa, con criteri e compromessi."],
}
EASY_ASKS = {
    "en": ["sort this list by time and give it back", "remove duplicate lines and return the clean list", "convert this to CSV with a header row",
           "count how many items are on each shelf/ward", "fix the typos only, change nothing else", "make every line start with a capital letter"],
    "de": ["sortiere die Liste nach Uhrzeit", "entferne doppelte Zeilen"], "fr": ["trie cette liste par heure", "supprime les doublons"],
    "es": ["ordena la lista por hora", "quita las líneas duplicadas"], "ja": ["時間順に並べ替えてください", "重複行を削除してください"],
    "zh-CN": ["按时间排序", "删除重复的行"], "pl": ["posortuj według godziny", "usuń powtórzone wiersze"], "tr": ["saate göre sırala"], "ru": ["отсортируй по времени"],
}
HARD_ASKS = {
    "en": ["find the inconsistencies between these documents, explain which one should prevail and why, and draft the corrected version",
           "reconstruct the causal timeline, identify the root causes (not just the proximate ones) and propose system-level actions with measurable indicators",
           "reconcile these records, work out which charges are wrong under the policy clauses, and write the argument for an appeal",
           "analyse the trend across these results together with the medication changes, and reason about the most likely explanations and what to check next"],
    "de": ["finde die Widersprüche, begründe welche Regel Vorrang hat und schlage eine korrigierte Fassung vor"],
    "fr": ["identifie les contradictions, explique la règle qui prime et propose une version corrigée"],
    "es": ["reconstruye la cronología, identifica las causas raíz y propone acciones medibles"],
    "ja": ["矛盾点を特定し、どの規定が優先されるか理由を述べ、修正版を作成してください"],
    "zh-CN": ["找出这些记录中的矛盾，说明依据哪条条款，并写出申诉理由"],
    "ru": ["найди противоречия, объясни, какое правило имеет приоритет, и предложи исправленную версию"],
}
STOCK = ["syringes 10ml", "dressing packs", "urine pots", "EDTA tubes", "gloves L", "sharps bin 5L", "lancets", "thermometer covers", "masks FFP2"]


def long_list(r, kind):
    lines = []
    while sum(len(l) + 1 for l in lines) < 1700:
        i = len(lines) + 1
        if kind == "appts":
            lines.append(f"{r.randint(8, 17):02d}:{r.choice(['00', '10', '20', '30', '40', '50'])} — slot {i} — {r.choice(['GP', 'nurse', 'HCA', 'pharmacist'])} — room {r.randint(1, 9)} — {r.choice(['bloods', 'review', 'dressing', 'smear', 'jab', 'BP check'])}")
        elif kind == "stock":
            lines.append(f"{i}. {r.choice(STOCK)} | qty {r.randint(0, 400)} | shelf {r.choice('ABCDEF')}{r.randint(1, 9)} | counted {ddate(r)}")
        else:
            lines.append(f"bed {r.randint(1, 28)}: obs due {r.randint(0, 23):02d}:00, {r.choice(['NEWS 0', 'NEWS 1', 'NEWS 2', 'NEWS 3'])}, {r.choice(['mobilising', 'bed rest', 'for discharge', 'awaiting TTO'])}")
    return "\n".join(lines)


CLAUSES = ["Claims must be submitted within 90 days of treatment.", "Physiotherapy is covered up to 10 sessions per policy year.",
           "Out-patient diagnostics require a GP referral dated before the test.", "Pre-authorisation is required for MRI and CT.",
           "Claims submitted after 60 days are reduced by 20%.", "Consultations with a non-network specialist are reimbursed at 70%.",
           "Physiotherapy sessions beyond 8 require a progress report.", "Referral letters are valid for 6 months.",
           "Diagnostics ordered by a specialist do not need a GP referral.", "Emergency admissions are exempt from pre-authorisation."]


def long_hard_doc(r):
    k = r.randrange(3)
    if k == 0:
        parts = ["POLICY CLAUSES:"] + [f"{i}.{r.randint(1, 4)} {c}" for i, c in enumerate(r.sample(CLAUSES, 7), 1)] + ["", "CLAIM LINES:"]
        for i in range(r.randint(8, 12)):
            parts.append(f"L{i + 1}: {ddate(r)} {r.choice(CODES)} {r.randint(40, 900)}.00 submitted {r.randint(10, 140)} days later, referral {'yes' if r.random() < 0.6 else 'no'}, preauth {'yes' if r.random() < 0.5 else 'no'}")
        return "\n".join(parts)
    if k == 1:
        parts = ["INCIDENT TIMELINE (anonymised, ward 6):"]
        h = 18
        for ev in ["handover delayed, agency nurse unfamiliar with ward", "pt X NEWS 3, obs frequency left at 4-hourly", "sepsis screen not started, doctor bleeped twice",
                   "bleep system outage 20 min", "pt X NEWS 6, escalated to outreach", "antibiotics given 2h after trigger", "transfer to HDU", "family not informed until morning",
                   "datix raised by night sister", "staffing 1:11 vs planned 1:8"]:
            h = (h + r.randint(0, 2)) % 24
            parts.append(f"{h:02d}:{r.randint(0, 59):02d} {ev}")
        parts.append("Staff statements disagree about whether the bleep outage was reported.")
        return "\n".join(parts)
    parts = ["RESULTS (anonymised, patient 07):"]
    for m in range(1, 9):
        parts.append(f"month {m}: eGFR {r.randint(28, 70)}, K+ {round(r.uniform(3.8, 6.0), 1)}, HbA1c {r.randint(48, 90)}, BP {r.randint(118, 172)}/{r.randint(64, 98)}")
    parts += ["MED CHANGES:", "m2 ramipril 2.5→10 mg", "m3 started spironolactone 25 mg", "m5 ibuprofen OTC for knee pain", "m6 metformin stopped by locum", "m7 empagliflozin started"]
    return "\n".join(parts) + "\n" + "\n".join(f"note {i}: {r.choice(['pt reports dizziness', 'missed review', 'home BP readings lower', 'dietitian seen'])}" for i in range(r.randint(6, 12)))


def build_complexity(seed):
    rng = random.Random(f"{seed}/cx")
    recs = []

    def add(cat, lang, style, content, sysm=None):
        msgs = ([{"role": "system", "content": sysm}] if sysm else []) + [{"role": "user", "content": content}]
        recs.append({"id": None, "category": cat, "label": 1 if cat in ("short_hard", "long_hard") else 0,
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang, "style": style,
                     "body": {"model": rng.choice(MODELS), "messages": msgs}})

    ss = [(l, t) for l, ts in SHORT_SIMPLE.items() for t in ts]
    for i in range(47):
        l, t = ss[i % len(ss)]
        add("short_simple", l, f"short_simple/{rng.choice(['receptionist', 'patient', 'pharmacy_assistant', 'carer'])}", vary(rng, t) if l == "en" else t)
    sh = [(l, t) for l, ts in SHORT_HARD.items() for t in ts]
    for i in range(48):
        l, t = sh[i % len(sh)]
        extra = "" if i < len(sh) else rng.choice([" Be rigorous.", " Show your reasoning.", " Consider edge cases.", ""])
        add("short_hard", l, f"short_hard/{rng.choice(['pharmacist', 'practice_manager', 'lab_manager', 'nurse_lead', 'claims_analyst'])}", t + extra)
    ea = [(l, t) for l, ts in EASY_ASKS.items() for t in ts]
    for i in range(48):
        l, t = ea[i % len(ea)]
        doc = long_list(rng, rng.choice(["appts", "stock", "beds"]))
        content = f"{t}\n\n{doc}" if rng.random() < 0.6 else f"{doc}\n\n{t}"
        assert len(content) >= 1500
        add("long_easy", l, f"long_easy/{rng.choice(['receptionist', 'ward_clerk', 'pharmacy_technician'])}", content)
    ha = [(l, t) for l, ts in HARD_ASKS.items() for t in ts]
    for i in range(47):
        l, t = ha[i % len(ha)]
        doc = long_hard_doc(rng)
        add("long_hard", l, f"long_hard/{rng.choice(['governance_lead', 'claims_analyst', 'gp_partner', 'pharmacist'])}", f"{t}\n\n{doc}",
            rng.choice([None, SYS["gov"], SYS["claims"], SYS["gp"]]))
    rng.shuffle(recs)
    for i, rec in enumerate(recs, 1):
        rec["id"] = f"{SPLIT}-cx-{i:04d}"
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    FROZEN.update(frozen_words())
    build_pools()
    pii = build_pii(a.seed)
    cx = build_complexity(a.seed)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    inc = sum("+incidental" in r["style"] for r in pii)
    print(f"frozen words: {len(FROZEN)}")
    for tag, (n, kept, fin) in FREEZE_STATS.items():
        if kept < n:
            print(f"  freeze {tag}: {kept}/{n} kept, {fin} after refill")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, {inc} incidental, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions, {len({r['lang'] for r in pii})} locales")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print(f"complexity: {len(cx)} records, {len({r['lang'] for r in cx})} langs,", dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"length_adversarial {sum(r['length_adversarial'] for r in cx)}, label1 {sum(r['label'] for r in cx)}")


if __name__ == "__main__":
    main()
