#!/usr/bin/env python3
"""Guyot: a blind evaluation split for the request signals, organised by MIGRATION, BORDERS AND CONSULAR SERVICES.

Writes bench/data/signals/pii_guyot.jsonl and bench/data/signals/complexity_guyot.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial, endpoint,
lang, style, body), to be evaluated once, blind.

How it was written
    Blind: the author read only the brief, the first 70 lines of make_delta_signal_sets.py and the first two
    lines of the delta JSONL files; not the detector, its tests, the evaluator, results, docs or policies.
    (Caveat: one `git status && git log --oneline | head -5` at the start showed five commit subjects.)
    Other generators were only scanned automatically (the freeze below): every name, street stem, town and
    organisation stem is composed from invented locale-typical parts and dropped if it shares a word (or a
    non-ASCII bigram) with that frozen word set. Street-type words and form labels are template text.

Organising principle and the line drawn
    Nine kinds: visa_application, passport_consular, asylum_legal_aid, border_customs, sponsorship,
    naturalisation, diaspora_community, ministry_data, officials_casework; sensitive records use the kind as
    category, benign hard negatives ``<kind>_benign``. Personal data = anything about a private applicant,
    sponsor, relative, traveller, member or complainant: names (also a bare first name with a relation cue),
    birth dates, passports (labelled NATIONAL_ID; MRZ check digits per ICAO 9303), national/tax/health
    numbers, addresses, phones, e-mails, IBANs, cards, public IPs from portal logs, hospital numbers.
    Not personal data: ministers, consuls, mayors and ambassadors in their public role, organisations' own
    switchboards, role mailboxes, registered offices and fee-collection IBANs, ICAO specimen MRZ, eponyms
    (Nansen passport), blank forms and templates with placeholders, anonymised judgments (initials),
    aggregated statistics, application/booking/licence/tariff reference numbers without a person.

Labels
    ``entities`` = every issued value found in the serialised body (base64 file parts decoded, URLs
    unquoted); sensitive is true iff entities is non-empty (asserted). Complexity: short_simple and long_easy
    label 0, short_hard and long_hard label 1; short_hard and long_easy are length-adversarial.

Contents (default seed 66066; the run prints these counts)
    pii_guyot.jsonl: 504 requests (288 sensitive / 216 benign, 9 kinds x 32+24), 50 completions, 21 locales
    (Latin, Cyrillic, Arabic, Devanagari, Bengali, Han, Hangul, Thai, Ethiopic scripts), 35 incidental
    single-item records. Entity mentions: person 326, DOB 167, phone 130, address 79, e-mail 74, NATIONAL_ID 67,
    card 20, IBAN 18, TAX_ID 16, IP 11, MRN 10, ssn 10, US bank 8, health insurance 1 (thin). complexity_guyot.jsonl: 190 requests, short_simple 48, long_easy 48 (>= 1,500 chars),
    short_hard 47, long_hard 47; 95 length-adversarial, 94 labelled 1; 14 language tags.
    Vietnamese was dropped: its closed surname set was emptied by the freeze.

Validation
    Identifiers are generated with check digits and validated with python-stdnum (SSN, ABA routing, Steuer-ID,
    NIR, NIE, CURP, CPF, codice fiscale, PESEL, TC Kimlik, RNTRC, INN, Aadhaar, PAN, RIC, RRN, Thai PIN, MST,
    NHS, IBAN, Luhn for cards and hospital numbers); phones with phonenumbers (valid for their region); MRZ
    with an own ICAO 7-3-1 routine. Every retry loop is capped; an invalid value aborts the run.

Command (deterministic; --seed N changes the draws, not the distributions)
    python bench/make_guyot_signal_sets.py [--seed 66066] [--out bench/data/signals]
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
import urllib.parse

import phonenumbers
from stdnum import iban, luhn, verhoeff
from stdnum.iso7064 import mod_11_10
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni, nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.pl import pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tc
from stdnum.ua import rntrc as ua_rntrc
from stdnum.us import rtn as us_rtn, ssn as us_ssn
from stdnum.vn import mst as vn_mst

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "guyot"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot").split()
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

# ---------------------------------------------------------------------------------------------------------
# Identifiers: every generator is followed by a validator; every loop is capped; an invalid value aborts.
# ---------------------------------------------------------------------------------------------------------
class Invalid(RuntimeError):
    pass


def capped(rng, make, ok, tries=4000):
    for _ in range(tries):
        v = make(rng)
        if v is not None and ok(v):
            return v
    raise Invalid("identifier generator exhausted its retries")


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def g_ssn(rng):
    def make(r):
        a = r.randint(1, 899)
        if a == 666:
            return None
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return capped(rng, make, lambda v: us_ssn.is_valid(v) and not v.startswith("078-05"))


def g_rtn(rng):
    def make(r):
        d = [int(c) for c in f"{r.choice([0, 1, 2, 3, 6, 7, 8]) * 10 + r.randint(1, 2):02d}" + digits(r, 6)]
        c = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
        return "".join(map(str, d)) + str(c)
    return capped(rng, make, us_rtn.is_valid)


def g_usacct(rng):
    return capped(rng, lambda r: digits(r, r.choice([10, 11, 12]), True), lambda v: v.isdigit() and 8 <= len(v) <= 17)


def g_de_idnr(rng):
    def make(r):
        body = digits(r, 10, True)
        return body + mod_11_10.calc_check_digit(body)
    return capped(rng, make, de_idnr.is_valid)


def g_fr_nir(rng, sex=None, yy=None, mm=None):
    def make(r):
        s = f"{sex or r.choice('12')}{yy if yy is not None else r.randint(50, 99):02d}{mm or r.randint(1, 12):02d}" \
            f"{r.choice(['75', '69', '13', '59', '93', '33', '67', '31'])}{r.randint(1, 400):03d}{r.randint(1, 999):03d}"
        return s + f"{97 - int(s) % 97:02d}"
    v = capped(rng, make, fr_nir.is_valid)
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def g_es_nie(rng):
    def make(r):
        p = r.choice("XYZ")
        n = digits(r, 7)
        return p + n + es_dni.calc_check_digit(str("XYZ".index(p)) + n)
    return capped(rng, make, es_nie.is_valid)


def g_mx_curp(rng, dob, sex):
    def make(r):
        cons = "BCDFGHJKLMNPQRSTVXZ"
        s = (r.choice(cons) + r.choice("AEIOU") + r.choice(cons) + r.choice(cons) + dob.strftime("%y%m%d")
             + ("H" if sex == "m" else "M") + r.choice(["DF", "JC", "NL", "PL", "OC", "GR", "MC", "VZ"])
             + r.choice(cons) + r.choice(cons) + r.choice(cons) + ("0" if dob.year < 2000 else "A"))
        return s + mx_curp.calc_check_digit(s)
    return capped(rng, make, mx_curp.is_valid)


def g_br_cpf(rng):
    def make(r):
        d = [int(c) for c in digits(r, 9)]
        if len(set(d)) == 1:
            return None
        for n in (10, 11):
            s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
            d.append((s * 10) % 11 % 10)
        v = "".join(map(str, d))
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    return capped(rng, make, br_cpf.is_valid)


def g_it_cf(rng, dob, sex):
    def make(r):
        L = "BCDFGLMNPRSTVZ"
        day = dob.day + (40 if sex == "f" else 0)
        s = ("".join(r.choice(L) for _ in range(6)) + dob.strftime("%y") + "ABCDEHLMPRST"[dob.month - 1]
             + f"{day:02d}" + r.choice("ABCDEFGHLMZ") + digits(r, 3))
        return s + it_cf.calc_check_digit(s)
    return capped(rng, make, it_cf.is_valid)


def g_pl_pesel(rng, dob, sex):
    def make(r):
        m = dob.month + (20 if dob.year >= 2000 else 0)
        serial = digits(r, 3) + str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        s = f"{dob.year % 100:02d}{m:02d}{dob.day:02d}" + serial
        return s + pl_pesel.calc_check_digit(s)
    return capped(rng, make, pl_pesel.is_valid)


def g_tr_tc(rng):
    def make(r):
        s = digits(r, 9, True)
        return s + tr_tc.calc_check_digits(s)
    return capped(rng, make, tr_tc.is_valid)


def g_ua_rntrc(rng):
    def make(r):
        s = digits(r, 9, True)
        return s + ua_rntrc.calc_check_digit(s)
    return capped(rng, make, ua_rntrc.is_valid)


def g_ru_inn(rng):
    def make(r):
        s = r.choice(["77", "78", "50", "23", "66", "16", "54"]) + digits(r, 8)
        return s + ru_inn.calc_personal_check_digits(s)
    return capped(rng, make, ru_inn.is_valid)


def g_aadhaar(rng):
    def make(r):
        s = str(r.randint(2, 9)) + digits(r, 10)
        v = s + verhoeff.calc_check_digit(s)
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    return capped(rng, make, in_aadhaar.is_valid)


def g_pan(rng, surname_initial="K"):
    def make(r):
        A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return "".join(r.choice(A) for _ in range(3)) + "P" + surname_initial + digits(r, 4) + r.choice(A)
    return capped(rng, make, in_pan.is_valid)


def g_cn_ric(rng, dob, sex):
    def make(r):
        seq = r.randint(0, 99) * 10 + r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
        s = r.choice(["110101", "310104", "440305", "510107", "330106", "420102"]) + dob.strftime("%Y%m%d") + f"{seq:03d}"
        return s + cn_ric.calc_check_digit(s)
    return capped(rng, make, cn_ric.is_valid)


def g_kr_rrn(rng, dob, sex):
    def make(r):
        g = ("3" if sex == "m" else "4") if dob.year >= 2000 else ("1" if sex == "m" else "2")
        s = dob.strftime("%y%m%d") + g + f"{r.randint(0, 95):02d}" + digits(r, 3)
        v = s + kr_rrn.calc_check_digit(s)
        return f"{v[:6]}-{v[6:]}"
    return capped(rng, make, kr_rrn.is_valid)


def g_th_pin(rng):
    def make(r):
        s = str(r.randint(1, 8)) + digits(r, 11)
        v = s + th_pin.calc_check_digit(s)
        return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    return capped(rng, make, th_pin.is_valid)


def g_vn_mst(rng):
    def make(r):
        s = r.choice(["01", "03", "04", "79", "31"]) + digits(r, 7)
        return s + vn_mst.calc_check_digit(s)
    return capped(rng, make, vn_mst.is_valid)


def g_nhs(rng):
    def make(r):
        d = [int(c) for c in str(r.randint(4, 7)) + digits(r, 8)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 10:
            return None
        v = "".join(map(str, d)) + str(0 if c == 11 else c)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    return capped(rng, make, gb_nhs.is_valid)


def icao_cd(s):
    vals = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}
    return str(sum(vals[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def g_passport(rng):
    def make(r):
        A = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return r.choice(A) + r.choice(A + "0123456789") + digits(r, 7)
    return capped(rng, make, lambda v: len(v) == 9 and v.isalnum())


def mrz_line2(pno, nat, dob, sex, exp):
    s = (pno + icao_cd(pno) + nat + dob.strftime("%y%m%d") + icao_cd(dob.strftime("%y%m%d")) + sex.upper()
         + exp.strftime("%y%m%d") + icao_cd(exp.strftime("%y%m%d")) + "<" * 14 + "<")
    comp = s[0:10] + s[13:20] + s[21:43]
    line = s + icao_cd(comp)
    if len(line) != 44 or icao_cd(line[:9]) != line[9]:
        raise Invalid("bad MRZ")
    return line


IBAN_FMT = {"DE": lambda r: digits(r, 8, True) + digits(r, 10), "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(r, 14),
            "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "SNSB"]) + digits(r, 10), "PL": None, "TR": lambda r: digits(r, 5, True) + "0" + digits(r, 16),
            "UA": lambda r: digits(r, 6, True) + digits(r, 19, True), "IE": lambda r: r.choice(["AIBK", "BOFI"]) + digits(r, 14),
            "AT": lambda r: digits(r, 5, True) + digits(r, 11), "BE": None}


def g_iban(rng, cc):
    def make(r):
        if cc == "PL":
            bank = digits(r, 7, True)
            w = [3, 9, 7, 1, 3, 9, 7]
            bank += str((10 - sum(int(a) * b for a, b in zip(bank, w)) % 10) % 10)
            bban = bank + digits(r, 16)
        elif cc == "BE":
            n = digits(r, 10, True)
            c = int(n) % 97 or 97
            bban = n + f"{c:02d}"
        else:
            bban = IBAN_FMT[cc](r)
        v = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return capped(rng, make, lambda v: iban.is_valid(v))


def g_card(rng):
    def make(r):
        pre = r.choice(["4", "51", "52", "53", "54", "55", "2221", "2720"])
        s = pre + digits(r, 15 - len(pre))
        v = s + luhn.calc_check_digit(s)
        if v in ("4111111111111111", "4242424242424242", "5555555555554444"):
            return None
        return " ".join(v[i:i + 4] for i in range(0, 16, 4))
    return capped(rng, make, lambda v: luhn.is_valid(v.replace(" ", "")))


def g_mrn(rng):
    def make(r):
        s = digits(r, 7, True)
        return s + luhn.calc_check_digit(s)
    return capped(rng, make, luhn.is_valid)


def g_ip(rng):
    def make(r):
        if r.random() < 0.8:
            return ".".join(str(r.randint(1, 223)) for _ in range(4))
        return "2a0" + r.choice("0123456") + ":" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 65535):x}"
    return capped(rng, make, lambda v: ipaddress.ip_address(v).is_global)


def g_phone(rng, region, intl=None):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(ex)

    def make(r):
        keep = max(2, len(nsn) - 7)
        cand = nsn[:keep] + digits(r, len(nsn) - keep)
        if cand == nsn:
            return None
        try:
            p = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number_for_region(p, region):
            return None
        fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if (intl if intl is not None else r.random() < 0.5) \
            else phonenumbers.PhoneNumberFormat.NATIONAL
        return phonenumbers.format_number(p, fmt)
    v = capped(rng, make, lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v, region)))
    return v


def g_landline(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    nsn = phonenumbers.national_significant_number(ex)

    def make(r):
        keep = max(2, len(nsn) - 4)
        cand = nsn[:keep] + digits(r, len(nsn) - keep)
        try:
            p = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            return None
        if cand == nsn or not phonenumbers.is_valid_number_for_region(p, region):
            return None
        return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return capped(rng, make, lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v, region)))
# ---------------------------------------------------------------------------------------------------------
# Locales: invented, locale-typical name parts (composed, then checked against the freeze), form labels and
# a few native phrases of the people who fill these forms.
# ---------------------------------------------------------------------------------------------------------
def P(a, b):
    return (a.split(), b.split())


LOCALES = {
    "en-US": dict(region="US", nat="USA", script="Latn",
                  gm=P("Bray Col Dal Gar Jer Tra Mar Ken Dor", "don ton vin ett rick ley by"),
                  gf=P("Kay Mad Bri Shel Jan Lor Tam", "lynn ette anna ice elle ora"),
                  sur=P("Hol Whit Brad Cart Fair Stan Pen Gris Thorn", "ridge wick ford ley more sby well"),
                  st=P("Quail Alder Heron Fox Juni Cobble Sable", "brook run crest hollow field gate"),
                  town=P("Ash Glen Pine Harl Mill Wes", "ford ville dale burg port"),
                  addr=lambda r, s, t: f"{r.randint(100, 9899)} {s} {r.choice(['St', 'Ave', 'Dr', 'Ln'])} Apt {r.randint(1, 40)}, {t}, {r.choice(['TX', 'NJ', 'IL', 'WA', 'GA'])} {r.randint(10000, 99950)}",
                  ids=["ssn", "us_bank"], iban=None, dob="%m/%d/%Y",
                  lab=dict(name="Full name", dob="Date of birth", addr="Home address", phone="Phone", pp="Passport No.", idn="SSN", em="Email"),
                  ask="can you check this before I submit", rel="my cousin {n} who is stuck at the consulate"),
    "en-GB": dict(region="GB", nat="GBR", script="Latn",
                  gm=P("Ald Cal Hug Ew Rup Ced Lew", "ric win an ert ey bert"),
                  gf=P("Gwen Phil Ros Imo Harr Lett", "ella ippa amund ogen ie ice"),
                  sur=P("Ash Black Pen Throck Hal Crad Wren", "bury thorpe ington combe wick stead ley"),
                  st=P("Orch Brack Whin Hazel Farth Cop", "ley wood mead den ing field"),
                  town=P("Low Brom Kings Hart Sutt Mar", "bridge ham ton field wick"),
                  addr=lambda r, s, t: f"Flat {r.randint(1, 30)}, {r.randint(1, 199)} {s} {r.choice(['Road', 'Lane', 'Close', 'Gardens'])}, {t} {r.choice(['B', 'M', 'LS', 'NG', 'BS'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                  ids=["nhs"], iban="GB", dob="%d/%m/%Y",
                  lab=dict(name="Name", dob="DOB", addr="Address", phone="Mobile", pp="Passport number", idn="NHS no.", em="Email"),
                  ask="pls sanity check this for the Home Office form", rel="my flatmate {n} (her BRP expired)"),
    "de-DE": dict(region="DE", nat="D", script="Latn",
                  gm=P("Wal Rein Hart Ger Ul Det Bern", "mut old win rich fried hard"),
                  gf=P("Ger Hild Lies Wal Ur Ros", "trud egard elotte burga sula wita"),
                  sur=P("Brenn Kolb Hass Wend Stein Rott Ehr", "ecke inger mann hofer feld bauer lich"),
                  st=P("Linden Ahorn Mühl Birken Eichen Kranich", "weg gasse steig ring pfad"),
                  town=P("Alt Neu Ober Unter Bad", "hausen dorf feld stetten heim"),
                  addr=lambda r, s, t: f"{s} {r.randint(1, 140)}, {r.randint(10000, 99990)} {t}",
                  ids=["de_idnr"], iban="DE", dob="%d.%m.%Y",
                  lab=dict(name="Name, Vorname", dob="Geburtsdatum", addr="Anschrift", phone="Telefon", pp="Reisepassnummer", idn="Steuer-ID", em="E-Mail"),
                  ask="kannst du das kurz prüfen bevor ich es an die Ausländerbehörde schicke", rel="mein Schwager {n}, der seit März auf den Termin wartet"),
    "fr-FR": dict(region="FR", nat="FRA", script="Latn",
                  gm=P("Gau Thib Aur Bap Quen Mael Flor", "tier ault elien tiste ent ys ian"),
                  gf=P("Sol Ma Clé Apol Oph Jos", "ène ëlle mence line élie ette"),
                  sur=P("Beau Lache Vaill Riv Coud Marq Desch", "mont naud ard ière ray et amps"),
                  st=P("Cormi Vergi Tourne Chante Pierre", "ers ères sol merle lune"),
                  town=P("Saint-Aub Ville Mont Beau", "ervilliers neuve fort lieu"),
                  addr=lambda r, s, t: f"{r.randint(1, 120)} {r.choice(['rue des', 'allée des', 'impasse des'])} {s}, {r.randint(10, 95)}{r.randint(0, 9)}{r.choice(['00', '10', '20', '40'])} {t}",
                  ids=["fr_nir"], iban="BE", dob="%d/%m/%Y",
                  lab=dict(name="Nom et prénom", dob="Date de naissance", addr="Adresse", phone="Tél.", pp="N° de passeport", idn="N° de sécurité sociale", em="Courriel"),
                  ask="tu peux vérifier avant que je dépose le dossier en préfecture", rel="ma belle-sœur {n}, qui attend son titre de séjour"),
    "es-ES": dict(region="ES", nat="ESP", script="Latn",
                  gm=P("Ansel Fau Gonz Iñ Rodr Vent", "mo stino alo igo rigo ura"),
                  gf=P("Almu Nere Rocí Itz Mont Ara", "dena a o iar serrat celi"),
                  sur=P("Villa Garri Bermú Ochan Carra Lasar Ezqu", "lobos dez do diano sco te erra"),
                  st=P("Alma Tejo Olive Cerra Zarza", "dreros nares jales dillo lejos"),
                  town=P("Villa Torre Castil Puebla", "nueva joncillo blanca rubia"),
                  addr=lambda r, s, t: f"C/ de los {s} {r.randint(1, 90)}, {r.randint(1, 8)}º {r.choice('ABCD')}, {r.randint(10, 50)}{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(0, 9)} {t}",
                  ids=["es_nie"], iban=None, dob="%d/%m/%Y",
                  lab=dict(name="Nombre y apellidos", dob="Fecha de nacimiento", addr="Domicilio", phone="Teléfono", pp="Nº pasaporte", idn="NIE", em="Correo"),
                  ask="me revisas esto antes de pedir cita en extranjería?", rel="mi cuñado {n}, que está esperando el arraigo"),
    "es-MX": dict(region="MX", nat="MEX", script="Latn",
                  gm=P("Eusta Jacin Ismae Abun Heri Odil", "quio to l dio berto on"),
                  gf=P("Xóchi Yesen Guada Marisol Citla Ameya", "tl ia lupe ina li lli"),
                  sur=P("Tlapa Ocam Zaval Huer Cuauh Ixta Malde", "nco po eta ta temoc lpa onado"),
                  st=P("Tepo Zem Ahue Ocote Tlaco", "zanes poales huetes titlan tal"),
                  town=P("San Juan Santa Tlal Ciudad", "Tepeyac Xochi nepantla Ixtapal"),
                  addr=lambda r, s, t: f"Calle {s} {r.randint(1, 400)} Int. {r.randint(1, 12)}, Col. {t}, C.P. {r.randint(10000, 99990)}",
                  ids=["mx_curp"], iban=None, dob="%d/%m/%Y",
                  lab=dict(name="Nombre completo", dob="Fecha de nacimiento", addr="Domicilio", phone="Cel", pp="No. de pasaporte", idn="CURP", em="Correo"),
                  ask="oye me ayudas a revisar esto pa la cita del consulado", rel="mi tía {n} que vive allá sin papeles"),
    "pt-BR": dict(region="BR", nat="BRA", script="Latn",
                  gm=P("Josué Valdo Clebe Deiv Wande Rosi", "mar son r id rley valdo"),
                  gf=P("Luci Jaque Rosi Deni Elai Kéte", "ana line mere se ne lly"),
                  sur=P("Bittencou Albuque Macha Figuei Quaresm Nogue", "rt rque do redo a ira"),
                  st=P("Ipo Jaca Sabia Inga Coquei", "randas zais tubas rinhas ral"),
                  town=P("Vila Jardim Parque Alto", "Aurora Esperança Serrano Paraíso"),
                  addr=lambda r, s, t: f"Rua dos {s}, {r.randint(1, 2000)}, apto {r.randint(11, 304)}, {t}, CEP {r.randint(10000, 99999)}-{r.randint(0, 999):03d}",
                  ids=["br_cpf"], iban=None, dob="%d/%m/%Y",
                  lab=dict(name="Nome completo", dob="Data de nascimento", addr="Endereço", phone="Celular", pp="Nº do passaporte", idn="CPF", em="E-mail"),
                  ask="confere pra mim antes de eu mandar pro consulado", rel="minha irmã {n}, que tá com o visto negado"),
    "it-IT": dict(region="IT", nat="ITA", script="Latn",
                  gm=P("Ermen Lucia Tancre Gualtie Cosi Bal", "egildo no di ro mo dassarre"),
                  gf=P("Ornel Loreda Graziel Tizia Ottavi Benede", "la na la na a tta"),
                  sur=P("Scarp Balda Pellic Tornab Cavall Mancin", "elli ssarre ciotti uoni aro elli"),
                  st=P("Gelso Olea Cipre Mandor Forna", "mini ndri ssaie lette cine"),
                  town=P("Borgo Castel Monte Villa", "franco vecchio rotondo sanvito"),
                  addr=lambda r, s, t: f"Via dei {s} {r.randint(1, 160)}, {r.randint(10, 98)}{r.randint(100, 999)} {t}",
                  ids=["it_cf"], iban=None, dob="%d/%m/%Y",
                  lab=dict(name="Cognome e nome", dob="Data di nascita", addr="Indirizzo", phone="Cellulare", pp="N. passaporto", idn="Codice fiscale", em="Email"),
                  ask="mi controlli questo prima che lo mando in questura", rel="mio cognato {n}, che aspetta il permesso di soggiorno"),
    "pl-PL": dict(region="PL", nat="POL", script="Latn",
                  gm=P("Bogu Zdzi Wie Radosła Mieczy Przemy", "sław sław sław w sław sław"),
                  gf=P("Bożen Jadwi Wiesła Grażyn Halin Stanisła", "a ga wa a a wa"),
                  sur=P("Wróbl Kaczmar Szymań Grabow Pietrzy Zawadz", "ewski czyk ska iak kowski ki"),
                  st=P("Jaśmi Kali Wrzo Jarzę Modrze", "nowa nkowa sowa binowa wiowa"),
                  town=P("Stare Nowe Górne Dolne", "Brzózki Lipiny Zagórze Olszyny"),
                  addr=lambda r, s, t: f"ul. {s} {r.randint(1, 90)}/{r.randint(1, 40)}, {r.randint(10, 99)}-{r.randint(100, 999)} {t}",
                  ids=["pl_pesel"], iban="PL", dob="%d.%m.%Y",
                  lab=dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres zamieszkania", phone="Tel.", pp="Nr paszportu", idn="PESEL", em="E-mail"),
                  ask="sprawdź mi to zanim złożę wniosek o kartę pobytu", rel="moja szwagierka {n}, co czeka na decyzję z urzędu"),
    "tr-TR": dict(region="TR", nat="TUR", script="Latn",
                  gm=P("Ser Ken Hay Ay Bur Tol Oğu", "dar an rettin kut han ga zhan"),
                  gf=P("Gül Nes Şeb Dil Ay Fer", "izar rin nem ara ten dane"),
                  sur=P("Kara Ak Yıl Bozk Tepe Çelik Sarı", "soy taş dırım urt ci baş kaya"),
                  st=P("Menek Akas Zeytin Çınar Leyl", "şeli yalı lik altı ekli"),
                  town=P("Yeni Eski Kara Ak", "köy pınar dere tepe"),
                  addr=lambda r, s, t: f"{s} Sok. No:{r.randint(1, 80)} D:{r.randint(1, 20)}, {t} Mah., {r.randint(10, 81)}{r.randint(100, 999)}",
                  ids=["tr_tc"], iban="TR", dob="%d.%m.%Y",
                  lab=dict(name="Adı Soyadı", dob="Doğum tarihi", addr="Adres", phone="Cep tel", pp="Pasaport no", idn="TC Kimlik No", em="E-posta"),
                  ask="şunu bi kontrol eder misin vize başvurusu için", rel="kuzenim {n}, vizesi reddedilen"),
    "uk-UA": dict(region="UA", nat="UKR", script="Cyrl",
                  gm=P("Бого Яро Воло Свято Мирос Остап", "дар слав димир слав лав ій"),
                  gf=P("Окса Злат Соломі Ярос Мирос Богда", "на а я лава лава на"),
                  sur=P("Кравч Шевч Бондар Ткач Гнат Мороз", "енко ук чук енко юк ович"),
                  st=P("Калин Вишн Лип Ясен Верб", "ова ева івська цева ична"),
                  town=P("Нова Стара Велика Мала", "Слобода Гута Балка Вербівка"),
                  addr=lambda r, s, t: f"вул. {s}, буд. {r.randint(1, 90)}, кв. {r.randint(1, 120)}, с. {t}, {r.randint(10000, 99999)}",
                  ids=["ua_rntrc"], iban="UA", dob="%d.%m.%Y",
                  lab=dict(name="ПІБ", dob="Дата народження", addr="Адреса", phone="Тел.", pp="Номер паспорта", idn="РНОКПП", em="Ел. пошта"),
                  ask="перевір, будь ласка, перед подачею на тимчасовий захист", rel="моя кума {n}, яка зараз у Польщі"),
    "ru-RU": dict(region="RU", nat="RUS", script="Cyrl",
                  gm=P("Вяче Ста Ген Всево Арка Евлам", "слав нислав надий лод дий пий"),
                  gf=P("Евдо Валенти Зинаи Антони Людми Фаи", "кия на да на ла на"),
                  sur=P("Прохо Сереб Кузне Жига Ворон Тала", "ров ряков цова лин цов лихин"),
                  st=P("Рябин Полев Сирен Клен Черём", "овая ая ёвая ичная уховая"),
                  town=P("Ново Старо Верхне Нижне", "луговое полье березово сельцо"),
                  addr=lambda r, s, t: f"ул. {s}, д. {r.randint(1, 90)}, кв. {r.randint(1, 200)}, пос. {t}, {r.randint(100000, 699999)}",
                  ids=["ru_inn"], iban=None, dob="%d.%m.%Y",
                  lab=dict(name="ФИО", dob="Дата рождения", addr="Адрес", phone="Тел.", pp="Загранпаспорт №", idn="ИНН", em="Почта"),
                  ask="глянь, пожалуйста, анкету на визу, всё ли так", rel="мой брат {n}, который ждёт вид на жительство"),
    "ar-EG": dict(region="EG", nat="EGY", script="Arab",
                  gm=P("عبد مح سيـ حسـ مصط شري", "الرؤوف مود د ام فى ف"),
                  gf=P("سها نور أمـ هبـ رحـ دعـ", "م هان يرة ة اب اء"),
                  sur=P("الشر الدم المن البحي الصعي العط", "قاوي رداش شاوي ري دي ار"),
                  st=P("النخ الياس الصفص الجم", "يلات مينة افة يزة"),
                  town=P("كفر منية ميت عزبة", "الزيات الصيادين غمر البلح"),
                  addr=lambda r, s, t: f"{r.randint(1, 90)} شارع {s}، {t}",
                  ids=[], iban=None, dob="%d/%m/%Y",
                  lab=dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", phone="الموبايل", pp="رقم الجواز", idn="الرقم القومي", em="الإيميل"),
                  ask="ممكن تراجع الطلب ده قبل ما أقدمه في السفارة", rel="أخويا {n} اللي مستني الفيزا"),
    "fa-IR": dict(region="IR", nat="IRN", script="Arab",
                  gm=P("بهر فرا کوه سیا دار مهر", "ام مرز یار وش یوش داد"),
                  gf=P("مهر شیر گلـ نسـ پری آذر", "ناز ین نار ترن سا دخت"),
                  sur=P("کوه نیک شاه دهـ مهر", "پایه نژاد بازی قانی آبادی"),
                  st=P("نارن اقا شقا سپید", "جستان قیا یق ار"),
                  town=P("ده باغ چشمه قلعه", "نو سرخ سبز بالا"),
                  addr=lambda r, s, t: f"خیابان {s}، کوچه {r.randint(1, 30)}، پلاک {r.randint(1, 120)}، {t}",
                  ids=[], iban=None, dob="%Y/%m/%d",
                  lab=dict(name="نام و نام خانوادگی", dob="تاریخ تولد", addr="نشانی", phone="تلفن همراه", pp="شماره گذرنامه", idn="کد ملی", em="ایمیل"),
                  ask="لطفا قبل از ارسال به سفارت یک نگاه بنداز", rel="خواهرم {n} که وقت سفارت گرفته"),
    "hi-IN": dict(region="IN", nat="IND", script="Deva",
                  gm=P("सुर रवि अमि देवे हर्ष प्रवी", "जीत न्द्र ताभ न्द्र वर्धन ण"),
                  gf=P("सुनी प्रिय अनु मीना कवि ऋतु", "ता ंका राधा क्षी ता पर्णा"),
                  sur=P("श्रीवा अग्र चतु त्रिपा भार", "स्तव वाल र्वेदी ठी द्वाज"),
                  st=P("गुल अशो नीम पीप", "मोहर कवन वाटिका लबाग"),
                  town=P("राम कृष्ण शिव लक्ष्मी", "पुर नगर गंज गढ़"),
                  addr=lambda r, s, t: f"मकान नं. {r.randint(1, 400)}, {s} मार्ग, {t}, पिन {r.randint(110001, 855999)}",
                  ids=["aadhaar", "pan"], iban=None, dob="%d-%m-%Y",
                  lab=dict(name="नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", pp="पासपोर्ट नं.", idn="आधार", em="ईमेल"),
                  ask="bhai ye form check kar do, VFS appointment kal hai", rel="meri behen {n} jiska visa reject hua"),
    "bn-BD": dict(region="BD", nat="BGD", script="Beng",
                  gm=P("রফি শফি মাহ তান জাহি", "কুল উদ্দিন বুব ভীর দুল"),
                  gf=P("নাস সুল তাস রুম শির", "রিন তানা লিমা কি িন"),
                  sur=P("চৌধু তালু সিক মোল্লা", "রী কদার দার খান"),
                  st=P("কৃষ্ণ শিমু বকু কদ", "চূড়া লতলা লবাগ মতলী"),
                  town=P("চর নয়া পুরান উত্তর", "পাড়া গাঁও হাট বাজার"),
                  addr=lambda r, s, t: f"বাড়ি {r.randint(1, 200)}, {s} সড়ক, {t}",
                  ids=[], iban=None, dob="%d/%m/%Y",
                  lab=dict(name="নাম", dob="জন্ম তারিখ", addr="ঠিকানা", phone="মোবাইল", pp="পাসপোর্ট নং", idn="NID", em="ইমেইল"),
                  ask="ভাই এইটা একটু দেখেন, ওয়ার্ক পারমিটের কাগজ", rel="আমার ভাগ্নে {n} যে মালয়েশিয়ায় আটকে আছে"),
    "zh-CN": dict(region="CN", nat="CHN", script="Hani", cjk=True,
                  surs="欧阳 諸葛 闫 岑 邝 晏 柏 滕 蒯 郦".split(), givs="沐 晗 珺 屹 骁 淇 昕 翊 岚 澍 芃 璟 峤 筠".split(),
                  st=P("梧 香 银 紫 沐", "桐巷 樟里 杏路 藤弄"), town=P("青 白 石 柳", "浦镇 溪镇 塘镇"),
                  addr=lambda r, s, t: f"{t}{s}{r.randint(1, 300)}号{r.randint(1, 30)}栋{r.randint(101, 2606)}室",
                  ids=["cn_ric"], iban=None, dob="%Y年%m月%d日",
                  lab=dict(name="姓名", dob="出生日期", addr="住址", phone="手机", pp="护照号码", idn="身份证号", em="邮箱"),
                  ask="帮我看看这份签证申请表有没有填错", rel="我表妹{n}在领事馆那边一直约不上号"),
    "ko-KR": dict(region="KR", nat="KOR", script="Hang", cjk=True,
                  surs="변 탁 어 봉 편 국 옥 염".split(), givs="솔 윤 하 빈 결 담 률 찬 온 건 슬".split(),
                  st=P("느티 버들 솔밭 물푸레", "길 로"), town=P("새 큰 윗 아랫", "말동 골동 뜸동"),
                  addr=lambda r, s, t: f"{t} {s} {r.randint(1, 300)}, {r.randint(101, 1208)}호",
                  ids=["kr_rrn"], iban=None, dob="%Y.%m.%d",
                  lab=dict(name="성명", dob="생년월일", addr="주소", phone="휴대폰", pp="여권번호", idn="주민등록번호", em="이메일"),
                  ask="대사관 제출 전에 이거 한번 봐줘", rel="우리 형 {n} 비자 연장 때문에"),
    "th-TH": dict(region="TH", nat="THA", script="Thai", cjk=True,
                  surs=[a + b for a in "ศรี วงศ์ แก้ว บุญ ทอง".split() for b in "สุขใจ ทองดี มณีรัตน์ เรืองศรี คำแสน".split()], givs="สม ชาย พร ทิพย์ กิตติ ศักดิ์ นภา ดาว".split(),
                  st=P("ซอยลำ ซอยมะ ซอยกระ", "ไยทอง ยมงาม ถินทอง"), town=P("บ้าน", "หนองบัว ดอนแดง โคกสูง"),
                  addr=lambda r, s, t: f"{r.randint(1, 300)}/{r.randint(1, 40)} {s} หมู่ {r.randint(1, 12)} ต.{t}",
                  ids=["th_pin"], iban=None, dob="%d/%m/%Y",
                  lab=dict(name="ชื่อ-นามสกุล", dob="วันเกิด", addr="ที่อยู่", phone="มือถือ", pp="เลขหนังสือเดินทาง", idn="เลขบัตรประชาชน", em="อีเมล"),
                  ask="ช่วยดูแบบฟอร์มขอวีซ่านี้หน่อย", rel="น้องสาวฉัน {n} ที่ยื่นวีซ่าไป"),
    "tl-PH": dict(region="PH", nat="PHL", script="Latn",
                  gm=P("Jun Rey Ron Bong Dan Jay", "rey nante aldo bong ilo son"),
                  gf=P("Mary Ju Lor Je Ma Che", "jane delyn ena nalyn ricel rry"),
                  sur=P("Dima Maca Bala Tan Sagu Pan", "culangan pagal tbat galan insin ganiban"),
                  st=P("Sampaguita Kamagong Narra Ilang-Ilang Dapdap", ""),
                  town=P("Mali Maga Bago Lika", "nis gaya lakas wayan"),
                  addr=lambda r, s, t: f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)} {s} St., Brgy. {t}",
                  ids=[], iban=None, dob="%m/%d/%Y",
                  lab=dict(name="Pangalan", dob="Petsa ng kapanganakan", addr="Tirahan", phone="Cell", pp="Passport No.", idn="PhilSys", em="Email"),
                  ask="pa-check naman po ng OEC ko bago ko i-submit", rel="yung pinsan ko na si {n} na nasa Riyadh"),
    "am-ET": dict(region="ET", nat="ETH", script="Ethi",
                  gm=P("ተስ ሀይ ገብ ወል ደሳ", "ፋዬ ሉ ረሚካኤል ዴ ለኝ"),
                  gf=P("ብር ሰላ መሰ ትዕ ፀሐ", "ቱካን ማዊት ረት ግስት ይ"),
                  sur=P("ወልደ ገብረ ሀብተ ተክለ", "ማርያም ሥላሴ ጊዮርጊስ ሃይማኖት"),
                  st=P("ቀበሌ ሰፈር", ""), town=P("ደብረ አዲስ", "ብርሃን ዘይት ዓለም"),
                  addr=lambda r, s, t: f"{s} {r.randint(1, 30)}፣ የቤት ቁ. {r.randint(100, 999)}፣ {t}",
                  ids=[], iban=None, dob="%d/%m/%Y",
                  lab=dict(name="ስም", dob="የትውልድ ቀን", addr="አድራሻ", phone="ስልክ", pp="የፓስፖርት ቁ.", idn="መታወቂያ", em="ኢሜይል"),
                  ask="ይህን የቪዛ ቅጽ አረጋግጥልኝ", rel="እህቴ {n} የቪዛ ቀጠሮ ይዛለች"),
}

# ---------------------------------------------------------------------------------------------------------
# Pools (names, streets, towns, organisations): composed from parts, every entry checked against the freeze.
# ---------------------------------------------------------------------------------------------------------
FROZEN = set()
DROPPED = collections.Counter()


def clean(entry):
    toks = WORD.findall(entry.lower())
    for t in toks:
        if t in FROZEN:
            return False
    prev = None
    for t in toks:
        if any(ord(c) > 127 for c in t):
            if prev is not None and f"{prev} {t}" in FROZEN:
                return False
            prev = t
        else:
            prev = None
    return True


def compose(rng, parts, tries=60):
    pre, suf = parts
    for _ in range(tries):
        v = rng.choice(pre) + (rng.choice(suf) if suf else "")
        if clean(v):
            return v
        DROPPED["pool entry"] += 1
    raise Invalid("pool refill exhausted")


def make_name(rng, code, sex):
    L = LOCALES[code]
    for _ in range(80):
        if L.get("cjk"):
            if code == "th-TH":
                first = rng.choice(L["givs"]) + rng.choice(L["givs"])
                full = f"{first} {rng.choice(L['surs'])}"
            else:
                first = rng.choice(L["givs"]) + rng.choice(L["givs"])
                full = rng.choice(L["surs"]) + (" " if False else "") + first
        elif code == "vi-VN":
            g = L["gm"] if sex == "m" else L["gf"]
            first = rng.choice(g[1])
            full = f"{rng.choice(L['sur'][0])} {rng.choice(g[0])} {first}"
        else:
            g = L["gm"] if sex == "m" else L["gf"]
            first = compose(rng, g)
            full = f"{first} {compose(rng, L['sur'])}"
            if code.startswith("es") or code == "pt-BR":
                full += " " + compose(rng, L["sur"])
        if clean(full) and clean(first):
            return first, full
        DROPPED["name"] += 1
    raise Invalid("name pool exhausted")


LATIN_HANDLE = "ka lo mi ra tu ve zo an el ni sa do ri ya be".split()
MAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "hotmail.com", "icloud.com", "mail.ru", "ukr.net", "yandex.ru", "web.de", "orange.fr"]
ID_TYPE = dict(ssn="ssn", us_bank="US_BANK_NUMBER", de_idnr="TAX_ID", fr_nir="NATIONAL_ID", es_nie="NATIONAL_ID", mx_curp="NATIONAL_ID",
               br_cpf="TAX_ID", it_cf="TAX_ID", pl_pesel="NATIONAL_ID", tr_tc="NATIONAL_ID", ua_rntrc="TAX_ID", ru_inn="TAX_ID",
               aadhaar="NATIONAL_ID", pan="TAX_ID", cn_ric="NATIONAL_ID", kr_rrn="NATIONAL_ID", th_pin="NATIONAL_ID", vn_mst="TAX_ID",
               nhs="HEALTH_INSURANCE")


def person(rng, code):
    L = LOCALES[code]
    sex = rng.choice("mf")
    first, full = make_name(rng, code, sex)
    dob = dt.date(rng.randint(1952, 2006), rng.randint(1, 12), rng.randint(1, 28))
    p = dict(code=code, sex=sex, first=first, name=full, dob=dob, dob_s=dob.strftime(L["dob"]))
    p["addr"] = L["addr"](rng, compose(rng, L["st"]), compose(rng, L["town"]))
    p["phone"] = g_phone(rng, L["region"])
    h = "".join(rng.choice(LATIN_HANDLE) for _ in range(rng.randint(2, 3)))
    p["email"] = f"{h}{rng.choice(['', '.', '_'])}{rng.randint(1, 99) if rng.random() < 0.6 else ''}{rng.choice(['k', 'm', 'b', 's', 't'])}@{rng.choice(MAIL)}"
    p["passport"] = g_passport(rng)
    exp = dt.date(rng.randint(2026, 2034), rng.randint(1, 12), rng.randint(1, 28))
    p["mrz2"] = mrz_line2(p["passport"], L["nat"].ljust(3, "<"), dob, "m" if sex == "m" else "f", exp)
    ids = []
    for k in L["ids"]:
        if k == "ssn":
            ids.append(("ssn", g_ssn(rng)))
        elif k == "us_bank":
            p["rtn"] = g_rtn(rng)
            ids.append(("US_BANK_NUMBER", g_usacct(rng)))
        elif k in ("mx_curp", "it_cf", "pl_pesel", "cn_ric", "kr_rrn"):
            ids.append((ID_TYPE[k], GEN[k](rng, dob, sex)))
        elif k == "fr_nir":
            ids.append(("NATIONAL_ID", g_fr_nir(rng, "1" if sex == "m" else "2", dob.year % 100, dob.month)))
        else:
            ids.append((ID_TYPE[k], GEN[k](rng)))
    p["ids"] = ids
    p["iban"] = g_iban(rng, L["iban"] or rng.choice(["DE", "NL", "BE", "AT", "IE"]))
    p["card"] = g_card(rng)
    p["ip"] = g_ip(rng)
    p["mrn"] = g_mrn(rng)
    return p


GEN = dict(de_idnr=g_de_idnr, es_nie=g_es_nie, mx_curp=g_mx_curp, br_cpf=g_br_cpf, it_cf=g_it_cf, pl_pesel=g_pl_pesel,
           tr_tc=g_tr_tc, ua_rntrc=g_ua_rntrc, ru_inn=g_ru_inn, aadhaar=g_aadhaar, pan=g_pan, cn_ric=g_cn_ric,
           kr_rrn=g_kr_rrn, th_pin=g_th_pin, vn_mst=g_vn_mst, nhs=g_nhs)


class Doc:
    """A document under construction plus the (type, value) pairs it issued."""

    def __init__(self):
        self.lines, self.issued = [], []

    def add(self, text, *issued):
        self.lines.append(text)
        self.issued.extend(issued)
        return self

    def text(self, sep="\n"):
        return sep.join(self.lines)


def typo(rng, s, p=0.25):
    if rng.random() > p or len(s) < 12:
        return s
    i = rng.randint(1, len(s) - 3)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def lab(p, k):
    return LOCALES[p["code"]]["lab"][k]

# ---------------------------------------------------------------------------------------------------------
# Kinds. Each sensitive builder returns (system, instruction, document, issued, style); benign builders
# return the same with issued == [] (they issue no personal value at all).
# ---------------------------------------------------------------------------------------------------------
def idpair(p, i=0):
    return p["ids"][i] if len(p["ids"]) > i else ("NATIONAL_ID", p["passport"])


def s_visa(rng, p):
    L, d = LOCALES[p["code"]], Doc()
    v = rng.randrange(3)
    if v == 0:
        d.add(f"{lab(p, 'name')}: {p['name']}", ("person", p["name"]))
        d.add(f"{lab(p, 'dob')}: {p['dob_s']}", ("DATE_OF_BIRTH", p["dob_s"]))
        d.add(f"{lab(p, 'pp')}: {p['passport']}", ("NATIONAL_ID", p["passport"]))
        if rng.random() < 0.6:
            t, val = idpair(p)
            d.add(f"{lab(p, 'idn')}: {val}", (t, val))
        d.add(f"{lab(p, 'addr')}: {p['addr']}", ("STREET_ADDRESS", p["addr"]))
        d.add(f"{lab(p, 'phone')}: {p['phone']}", ("PHONE_NUMBER", p["phone"]))
        d.add(f"Purpose of journey: {rng.choice(['family visit', 'tourism', 'business - trade fair', 'medical treatment'])}; intended stay {rng.randint(7, 88)} days")
        return ("You help applicants complete visa and residence-permit forms accurately.",
                typo(rng, f"{L['ask']} — Schengen C-visa, section 1-12"), d.text(), d.issued, "form")
    if v == 1:
        d.add(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:07Z login ok user={p['email']} src={p['ip']}", ("EMAIL_ADDRESS", p["email"]), ("IP_ADDRESS", p["ip"]))
        d.add(f"... step 7/9 biometrics slot booked; fee EUR 90 paid card={p['card']} 3DS=Y")
        d.issued.append(("CREDIT_CARD", p["card"]))
        d.add("... step 9/9 ERROR 500 upload 'bank_statement.pdf' (4.8MB > 4MB)")
        return ("You are a support engineer for an e-visa portal.", "applicant says payment taken twice, what happened? log below",
                d.text(), d.issued, "portal_log")
    d.add(f"Dear {p['name']},", ("person", p["name"]))
    d.add(f"Reference: your application for a residence permit (family reunification), date of birth {p['dob_s']}, passport {p['passport']}.",
          ("DATE_OF_BIRTH", p["dob_s"]), ("NATIONAL_ID", p["passport"]))
    d.add("We regret to inform you that the application has been refused because the sponsor's income did not meet the threshold and the accommodation was not shown to be adequate.")
    d.add("You may lodge an appeal within 28 days.")
    return ("You explain immigration decisions in plain language.", f"{rng.choice(['my husband', 'my mother', 'I'])} got this letter, what can we do?? {L['ask']}",
            d.text(), d.issued, "refusal_letter")


def b_visa(rng, code, off):
    L = LOCALES[code]
    v = rng.randrange(4)
    if v == 0:
        doc = "\n".join(f"{L['lab'][k]}: ____________" for k in ("name", "dob", "pp", "addr", "phone", "em")) + "\nSignature of applicant: ______  Date: __/__/____"
        return ("You help applicants complete visa forms.", f"{L['ask']} — blank form, which fields are mandatory?", doc, [], "blank_form")
    if v == 1:
        acct = g_iban(rng, rng.choice(["DE", "NL", "BE", "AT"]))
        doc = (f"Visa fees (from 1 {rng.choice(['June', 'July', 'March'])} 2025): adults EUR 90, children 6-12 EUR 45, under 6 free.\n"
               f"Payment by bank transfer to the Embassy's consular account {acct}, reference = your application number (e.g. VIS-{rng.randint(2025, 2026)}-{rng.randint(100000, 999999)}).\n"
               f"Questions: visa.section@{rng.choice(['embassy-portal.example', 'consular-services.example'])} / switchboard {g_landline(rng, L['region'])} (Mon-Thu 9:00-12:00).")
        return ("You answer questions about a consulate's published fee schedule.", "is this the account I pay my visa fee to? translate to my language", doc, [], "fee_schedule_org_iban")
    if v == 2:
        rows = [f"{c},{rng.randint(800, 40000)},{rng.randint(3, 45)}.{rng.randint(0, 9)}" for c in ["IN", "CN", "TR", "MA", "NG", "EG", "UA", "PH"]]
        doc = "nationality,applications,refusal_rate_pct\n" + "\n".join(rows)
        return ("You are a data analyst for a migration think tank.", "which nationalities have refusal rates above 20%? (aggregated, published figures)", doc, [], "aggregate_csv")
    doc = (f"Document checklist, national D-visa (employment): valid passport (issued within the last 10 years, 2 blank pages), 2 biometric photos 35x45mm, "
           f"signed employment contract, recognised qualification (ref. format ANB-{rng.randint(1000, 9999)}/{rng.randint(10, 99)}), proof of health insurance, "
           f"appointment confirmation (booking code {rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}).")
    return ("You help people prepare visa documents.", typo(rng, "do i need the apostille on the contract or only on the diploma?"), doc, [], "checklist_refs")


def s_passport(rng, p):
    L, d = LOCALES[p["code"]], Doc()
    v = rng.randrange(3)
    if v == 0:
        d.add(f"PASSPORT RENEWAL — applicant {p['name']}", ("person", p["name"]))
        d.add(f"old passport: {p['passport']} (exp.)  MRZ: {p['mrz2']}", ("NATIONAL_ID", p["passport"]))
        d.add(f"{lab(p, 'dob')}: {p['dob_s']}   {lab(p, 'em')}: {p['email']}", ("DATE_OF_BIRTH", p["dob_s"]), ("EMAIL_ADDRESS", p["email"]))
        return ("You are a consular officer's assistant.", "check the MRZ check digits of the old passport and tell me if anything is off", d.text(), d.issued, "mrz")
    if v == 1:
        d.add(f"Lost/stolen passport report. Holder {p['name']}, {lab(p, 'dob')} {p['dob_s']}.", ("person", p["name"]), ("DATE_OF_BIRTH", p["dob_s"]))
        d.add(f"Passport lost at the bus station on {rng.randint(1, 28)}.{rng.randint(1, 12)}.; police report attached. Reachable on {p['phone']} (WhatsApp).", ("PHONE_NUMBER", p["phone"]))
        d.add(f"Local address: {p['addr']}", ("STREET_ADDRESS", p["addr"]))
        return ("You draft emergency travel document requests for a consulate.", "draft the ETD request in English from this", d.text(), d.issued, "lost_passport")
    d.add(f"Subject: Appointment confirmation — passport services\nDear {p['name']}, your appointment is confirmed for {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026 at {rng.randint(8, 12)}:{rng.choice(['00', '15', '30', '45'])}.", ("person", p["name"]))
    d.add(f"Contact on file: {p['email']}, {p['phone']}", ("EMAIL_ADDRESS", p["email"]), ("PHONE_NUMBER", p["phone"]))
    return ("You help people manage consular appointments.", f"{L['ask']}: can I move this appointment? what do I bring?", d.text(), d.issued, "appointment_email")


def b_passport(rng, code, off):
    L = LOCALES[code]
    v = rng.randrange(4)
    if v == 0:
        doc = ("ICAO Doc 9303 specimen (TD3): P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n"
               "Check digits use weights 7-3-1; '<' counts as 0.")
        return ("You teach document examiners about machine-readable zones.", "walk me through computing each check digit of this specimen line", doc, [], "icao_specimen")
    if v == 1:
        doc = (f"Consular section opening hours: Mon-Fri 08:30-12:30. Switchboard {g_landline(rng, L['region'])}. "
               f"Emergency duty officer (citizens in distress only): {g_landline(rng, L['region'])}. Email consular.appointments@{rng.choice(['mfa-services.example', 'embassy.example'])}. "
               "Passport renewals by appointment only; walk-ins are not served.")
        return ("You summarise embassy service pages.", "summarise for our diaspora newsletter, 3 lines", doc, [], "org_switchboard")
    if v == 2:
        rows = "\n".join(f"2026-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d} | {rng.choice(['passport', 'notarial', 'civil registry'])} | {rng.randint(0, 40)} slots free" for _ in range(8))
        return ("You are an assistant for consular staff.", "which day has most free passport slots", rows, [], "slot_table")
    name = off(code)
    doc = f"Statement by Consul-General {name}: from next month passport renewals for children can be requested online; processing time is expected to fall from 9 to 4 weeks."
    return ("You translate official announcements.", "translate into plain English for a WhatsApp broadcast", doc, [], "official_public_role")


def s_asylum(rng, p):
    L, d = LOCALES[p["code"]], Doc()
    v = rng.randrange(3)
    if v == 0:
        sib = make_name(rng, p["code"], rng.choice("mf"))[0]
        d.add(f"INTERPRETER NOTES — substantive interview, {lab(p, 'name')}: {p['name']} ({p['dob_s']})", ("person", p["name"]), ("DATE_OF_BIRTH", p["dob_s"]))
        d.add(f"A: they came at night, took my brother {sib}. I left through the mountains with a smuggler.", ("person", sib))
        d.add(f"Q: anyone in home country we can contact? A: my uncle, tel {p['phone']}", ("PHONE_NUMBER", p["phone"]))
        d.add("[interp: applicant used a dialect term for 'checkpoint' — rendered as 'barrier'; applicant became distressed at Q14]")
        return ("You help a legal-aid caseworker prepare asylum appeals.", "list inconsistencies the Home Office may raise, neutral tone", d.text(), d.issued, "interpreter_notes")
    if v == 1:
        t, val = idpair(p)
        d.add("LEGAL AID INTAKE")
        d.add(f"client: {p['name']} | {lab(p, 'dob')}: {p['dob_s']} | {lab(p, 'idn')}: {val}", ("person", p["name"]), ("DATE_OF_BIRTH", p["dob_s"]), (t, val))
        d.add(f"current address (hostel): {p['addr']} | mob {p['phone']}", ("STREET_ADDRESS", p["addr"]), ("PHONE_NUMBER", p["phone"]))
        d.add("means test: no income, NASS support; merits: >50%")
        return ("You assist a legal aid clinic with file notes.", "turn into a 5-line case summary for the supervisor", d.text(), d.issued, "legal_aid_intake")
    d.add(f"Medico-legal report (Istanbul Protocol), patient {p['name']}, hospital no. {p['mrn']}, born {p['dob_s']}.", ("person", p["name"]), ("MEDICAL_RECORD", p["mrn"]), ("DATE_OF_BIRTH", p["dob_s"]))
    d.add("Findings: linear scars on the back consistent with the account of beating with a cable; PTSD symptoms.")
    return ("You help clinicians write reports for asylum proceedings.", "make the findings section clearer, keep the degree-of-consistency terms", d.text(), d.issued, "medico_legal")


def b_asylum(rng, code, off):
    v = rng.randrange(4)
    if v == 0:
        doc = (f"Appeal no. PA/{rng.randint(10000, 99999)}/{rng.randint(2023, 2025)}. The appellant (\"AB\"), a national of the requesting state, claimed a well-founded fear "
               "of persecution for reasons of political opinion. The First-tier Tribunal found the account internally consistent; the Upper Tribunal held there was no material error of law.")
        return ("You summarise anonymised tribunal decisions.", "summarise the holding in 2 sentences", doc, [], "anonymised_judgment")
    if v == 1:
        doc = (f"Country of origin information: According to the Minister of the Interior, {off(code)}, speaking to parliament, {rng.randint(120, 900)} returnees were screened at the airport in Q{rng.randint(1, 4)}. "
               "NGO monitors report that returnees with a record of opposition activity face questioning.")
        return ("You help researchers with COI reports.", "extract the claims and their sources as a table", doc, [], "coi_public_official")
    if v == 2:
        doc = (f"Refugee Legal Helpline — free advice in 14 languages. Call {g_landline(rng, LOCALES[code]['region'])} (Mon-Fri) or write to advice@{rng.choice(['refugee-law-clinic.example', 'asylum-aid.example'])}. "
               f"Registered office: {rng.randint(1, 90)} Court Street; charity no. {rng.randint(1000000, 1199999)}.")
        return ("You format NGO leaflets.", "make this into a short leaflet text, friendly", doc, [], "org_helpline")
    doc = "Glossary for interpreters: 'non-refoulement' — principle barring return to risk of serious harm; 'credibility' — ...; 'Dublin transfer' — transfer to the responsible state; 'Nansen passport' — historic travel document for stateless refugees."
    return ("You prepare interpreter training material.", "translate the glossary and keep the legal terms in brackets", doc, [], "glossary_eponym")


def s_border(rng, p):
    d = Doc()
    v = rng.randrange(3)
    if v == 0:
        d.add("CUSTOMS DECLARATION (red channel)")
        d.add(f"Traveller: {p['name']} / passport {p['passport']} / {lab(p, 'dob')} {p['dob_s']}", ("person", p["name"]), ("NATIONAL_ID", p["passport"]), ("DATE_OF_BIRTH", p["dob_s"]))
        d.add(f"Goods: cash EUR {rng.randint(10, 30)} 000, gold jewellery (wedding gifts) {rng.randint(80, 400)} g")
        d.add(f"Address in country of destination: {p['addr']}", ("STREET_ADDRESS", p["addr"]))
        return ("You help travellers with customs formalities.", "is the cash declaration correct, do i need source-of-funds proof?", d.text(), d.issued, "declaration")
    if v == 1:
        d.add(f"Secondary inspection note — {p['name']}, arrived flight {rng.choice(['TK', 'EK', 'QR', 'LH'])}{rng.randint(100, 999)}. Return ticket missing; hotel booking unverified.", ("person", p["name"]))
        d.add(f"Host contact given by traveller: {p['phone']}", ("PHONE_NUMBER", p["phone"]))
        return ("You assist border officers with report writing.", "rewrite neutrally for the refusal-of-entry file", d.text(), d.issued, "secondary_inspection")
    d.add(f"To whom it may concern, my name is {p['name']}, my laptop and {rng.randint(2, 6)} phones were seized at the airport. Please reply to {p['email']}.", ("person", p["name"]), ("EMAIL_ADDRESS", p["email"]))
    d.add(f"I paid the duty with my card {p['card']} but got no receipt.", ("CREDIT_CARD", p["card"]))
    return ("You help people write complaints to public authorities.", typo(rng, "make this complaint more formal pls"), d.text(), d.issued, "complaint_email")


def b_border(rng, code, off):
    v = rng.randrange(4)
    if v == 0:
        doc = "Duty-free allowances (arrivals from outside the customs union): 200 cigarettes; 1 l spirits; 4 l wine; other goods up to EUR 430 (air/sea). Cash of EUR 10 000 or more must be declared."
        return ("You answer traveller questions.", "can two people pool their allowance for one laptop?", doc, [], "allowance_table")
    if v == 1:
        rows = "\n".join(f"{rng.choice(['Airport T1', 'Airport T2', 'Land crossing N', 'Ferry port'])};{rng.randint(2000, 90000)};{rng.randint(0, 300)}" for _ in range(7))
        return ("You analyse published border statistics.", "total refusals of entry and the refusal rate", "crossing_point;arrivals;refusals\n" + rows, [], "aggregate_stats")
    if v == 2:
        doc = f"HS codes: 7113.19 jewellery of precious metal; 8471.30 portable computers; 2402.20 cigarettes. Declaration reference format: MRN {rng.randint(24, 26)}DE{rng.randint(10**13, 10**14 - 1)}."
        return ("You help with customs classification.", "which code for a smartwatch?", doc, [], "tariff_reference")
    doc = "Arrival card — Family name: [ ]  Given names: [ ]  Passport no.: [ ]  Flight: [ ]  Address during stay: [ ]  I declare the above is true: ______"
    return ("You explain forms to travellers.", "explain each field in simple words", doc, [], "blank_form")


def s_sponsor(rng, p):
    d = Doc()
    co = compose(rng, P("Velt Orbi Kessa Trano Lumi Brava", "tek logix mont fabrik serv")) + " " + rng.choice(["GmbH", "Ltd", "S.A.", "B.V."])
    v = rng.randrange(3)
    if v == 0:
        d.add(f"{co} — Certificate of Sponsorship supporting letter")
        d.add(f"We confirm the employment of {p['name']} (born {p['dob_s']}, passport {p['passport']}) as Senior Welder, salary EUR {rng.randint(38, 70)} 000.",
              ("person", p["name"]), ("DATE_OF_BIRTH", p["dob_s"]), ("NATIONAL_ID", p["passport"]))
        d.add(f"Salary is paid to the employee's account {p['iban']}.", ("IBAN_CODE", p["iban"]))
        return ("You draft HR letters for visa sponsorship.", "tidy this letter up for the visa officer", d.text(), d.issued, "employer_letter")
    if v == 1:
        host = person(rng, p["code"])
        d.add(f"INVITATION LETTER\nI, {host['name']}, residing at {host['addr']}, invite my nephew {p['name']} to stay with me for 6 weeks.",
              ("person", host["name"]), ("STREET_ADDRESS", host["addr"]), ("person", p["name"]))
        t, val = idpair(host)
        d.add(f"My {lab(host, 'idn')}: {val}; phone {host['phone']}", (t, val), ("PHONE_NUMBER", host["phone"]))
        return ("You help families write invitation letters for visitor visas.", f"{LOCALES[p['code']]['ask']} — invitation letter", d.text(), d.issued, "family_invitation")
    us = person(rng, "en-US")
    d.add(f"Form I-864 notes — sponsor {us['name']}, SSN {us['ids'][0][1]}, bank routing {us['rtn']} acct {us['ids'][1][1]}",
          ("person", us["name"]), ("ssn", us["ids"][0][1]), ("US_BANK_NUMBER", us["ids"][1][1]))
    d.add(f"beneficiary: {p['name']}, household size 4, income ${rng.randint(45, 120)},{rng.randint(100, 999)}", ("person", p["name"]))
    return ("You help paralegals prepare affidavits of support.", "does income meet 125% of poverty guideline for 4?", d.text(), d.issued, "affidavit_of_support")


def b_sponsor(rng, code, off):
    v = rng.randrange(3)
    if v == 0:
        doc = "Dear Visa Officer,\nWe confirm that [EMPLOYEE NAME], born [DD/MM/YYYY], passport no. [XXXXXXXXX], will be employed as [JOB TITLE] at an annual salary of [AMOUNT].\nYours faithfully, [HR MANAGER]"
        return ("You draft HR letter templates.", "make the template more formal, keep placeholders", doc, [], "template_placeholders")
    if v == 1:
        co = compose(rng, P("Velt Orbi Kessa Trano Lumi Brava", "tek logix mont fabrik serv"))
        doc = (f"{co} Ltd is a licensed sponsor (licence no. {rng.choice('ABCDEFGHJKLMN')}{rng.randint(1000000, 9999999)}, A-rated). Registered office: Unit {rng.randint(1, 40)}, Harbour Business Park. "
               f"Visa sponsorship queries: hr-mobility@{co.lower()}.example; reception {g_landline(rng, 'GB')}.")
        return ("You help candidates check potential employers.", "is this company allowed to sponsor a skilled worker visa?", doc, [], "org_registered_office")
    doc = "Skilled worker salary thresholds (published guidance): general threshold GBP 38,700 or the going rate for the occupation code, whichever is higher; new entrants 70%."
    return ("You explain immigration rules.", "would a nurse on GBP 31k qualify? explain", doc, [], "policy_guidance")


def s_natur(rng, p):
    d = Doc()
    v = rng.randrange(3)
    if v == 0:
        t, val = idpair(p)
        d.add(f"Einbürgerungsantrag / naturalisation file — {p['name']}, {p['dob_s']}", ("person", p["name"]), ("DATE_OF_BIRTH", p["dob_s"]))
        d.add(f"{lab(p, 'idn')} {val}; address since 2017: {p['addr']}", (t, val), ("STREET_ADDRESS", p["addr"]))
        d.add("absences: 2019 (41 days), 2021 (63 days), 2023 (12 days); language B1 certificate; no convictions")
        return ("You help people prepare citizenship applications.", "do I meet the residence requirement? list missing docs", d.text(), d.issued, "naturalisation_file")
    if v == 1:
        d.add(f"Citizenship test booking confirmed. Candidate: {p['name']}. Test centre: Room 2. Please bring ID. Confirmation sent to {p['email']}.", ("person", p["name"]), ("EMAIL_ADDRESS", p["email"]))
        return ("You help with test bookings.", "what time should I arrive and what if I'm late?", d.text(), d.issued, "test_booking")
    d.add(f"Dear {p['name']}, you are invited to the citizenship ceremony. Please confirm by phone on the number you gave us ({p['phone']}).", ("person", p["name"]), ("PHONE_NUMBER", p["phone"]))
    return ("You help people with official letters.", "translate this invitation for my parents", d.text(), d.issued, "ceremony_invite")


def b_natur(rng, code, off):
    v = rng.randrange(3)
    if v == 0:
        doc = ("Practice question 12: Who signed the founding treaty of the federation? a) the first chancellor b) the president c) the parliament speaker.\n"
               "Practice question 13: What does the Basic Law guarantee in Article 1? Practice question 14: Name the constitutional court's seat.")
        return ("You are a tutor for citizenship tests.", "quiz me on these, one at a time", doc, [], "practice_questions")
    if v == 1:
        rows = "\n".join(f"district {i}: {rng.randint(40, 2400)} naturalisations, median processing {rng.randint(6, 30)} months" for i in range(1, 9))
        return ("You analyse published statistics.", "which district is slowest", rows, [], "aggregate_stats")
    doc = f"Mayor {off(code)} welcomed {rng.randint(60, 400)} new citizens at the town hall ceremony on Saturday and called on employers to recognise foreign qualifications."
    return ("You write news briefs.", "rewrite as a 2-sentence news brief", doc, [], "official_public_role")


def s_diaspora(rng, p):
    d = Doc()
    v = rng.randrange(3)
    if v == 0:
        d.add("name,phone,role,languages")
        for i in range(rng.randint(3, 5)):
            q = p if i == 0 else person(rng, p["code"])
            d.add(f"{q['name']},{q['phone']},{rng.choice(['driver', 'translator', 'cook', 'coordinator'])},{rng.choice(['EN/AR', 'FR', 'RU/UK', 'EN'])}", ("person", q["name"]), ("PHONE_NUMBER", q["phone"]))
        return ("You help a diaspora community association organise volunteers.", "make a rota for saturday from this list", d.text(), d.issued, "volunteer_csv")
    if v == 1:
        rec = {"member": p["name"], "born": p["dob_s"], "email": p["email"], "status": rng.choice(["refugee", "student", "worker"]), "fee_paid": True}
        d.add(json.dumps(rec, ensure_ascii=False), ("person", p["name"]), ("DATE_OF_BIRTH", p["dob_s"]), ("EMAIL_ADDRESS", p["email"]))
        return ("You help manage a community membership database.", "validate this member record against our schema", d.text(), d.issued, "member_json")
    d.add(f"salam, I send money home every month for my mother, my account {p['iban']} — the bank blocked it and asked why. My name {p['name']}.", ("IBAN_CODE", p["iban"]), ("person", p["name"]))
    return ("You help migrants with banking questions.", "what do I answer the bank?", d.text(), d.issued, "remittance_chat")


def b_diaspora(rng, code, off):
    L = LOCALES[code]
    org = compose(rng, P("Sahel Bridge Kora Lumen Tamar Oriel", "gate way haven link")) + " Community Association"
    v = rng.randrange(3)
    if v == 0:
        doc = (f"{org}: Iftar & legal-advice evening, Saturday 18:00, community hall. Free immigration advice desk (bring your documents). "
               f"Info: info@{org.split()[0].lower()}.example, hotline {g_landline(rng, L['region'])}.")
        return ("You write community newsletters.", f"translate to {rng.choice(['Arabic', 'French', 'Tigrinya', 'Ukrainian'])} and keep it short", doc, [], "org_event")
    if v == 1:
        doc = f"Ambassador {off(code)} will address the annual meeting of {org} on consular outreach and the new online passport service."
        return ("You write community newsletters.", "make it sound welcoming", doc, [], "official_public_role")
    doc = f"Member survey ({rng.randint(200, 900)} responses): {rng.randint(30, 60)}% waited > 3 months for a consular appointment; {rng.randint(10, 40)}% had a visa refused; results are anonymous and aggregated."
    return ("You analyse community surveys.", "write 3 bullet findings", doc, [], "aggregate_survey")


def s_ministry(rng, p):
    d = Doc()
    v = rng.randrange(2)
    if v == 0:
        d.add("case_id;applicant;dob;nationality;status;caseworker_note")
        for i in range(rng.randint(2, 4)):
            q = p if i == 0 else person(rng, p["code"])
            d.add(f"{rng.randint(10**7, 10**8)};{q['name']};{q['dob_s']};{LOCALES[q['code']]['nat']};{rng.choice(['pending', 'granted', 'refused'])};{rng.choice(['await docs', 'interview done', 'security check'])}",
                  ("person", q["name"]), ("DATE_OF_BIRTH", q["dob_s"]))
        return ("You help ministry analysts with data quality.", "check this extract for duplicates before we publish the aggregate", d.text(), d.issued, "case_extract")
    t, val = idpair(p)
    d.add(f"FOI reply draft (DO NOT RELEASE): ... the decision in the case of {p['name']} ({lab(p, 'idn')} {val}) was taken within the service standard.", ("person", p["name"]), (t, val))
    return ("You review FOI responses before release.", "what must be redacted here?", d.text(), d.issued, "foi_draft")


def b_ministry(rng, code, off):
    v = rng.randrange(3)
    if v == 0:
        rows = "\n".join(f"2025-{m:02d},{rng.randint(3000, 20000)},{rng.randint(1000, 9000)},{rng.randint(500, 5000)}" for m in range(1, 10))
        return ("You analyse official statistics.", "plot-ready summary: grant rate by month", "month,asylum_claims,grants,refusals\n" + rows, [], "published_stats")
    if v == 1:
        doc = f"Press release: Minister {off(code)} announced that average processing times for family visas fell to {rng.randint(20, 70)} days. Media enquiries: press.office@interior-ministry.example."
        return ("You summarise press releases.", "one tweet, neutral", doc, [], "official_public_role")
    doc = 'Open data schema: {"applicant_id": "<hashed>", "nationality": "ISO3", "decision": "grant|refuse", "example": {"applicant_id": "sha256:9f2c...", "nationality": "XXX"}}'
    return ("You document open data sets.", "write field descriptions", doc, [], "schema_placeholders")


def s_official(rng, p):
    d = Doc()
    v = rng.randrange(2)
    if v == 0:
        d.add(f"From: {p['email']}\nDear MP, I am writing about my wife's spouse visa. My name is {p['name']}, we live at {p['addr']}. It has been 14 months.",
              ("EMAIL_ADDRESS", p["email"]), ("person", p["name"]), ("STREET_ADDRESS", p["addr"]))
        return ("You help an MP's caseworkers triage constituent letters.", "draft a holding reply and the enquiry to the Home Office", d.text(), d.issued, "constituent_letter")
    d.add(f"Ombudsman complaint: complainant {p['name']}, tel. {p['phone']}, alleges the consulate lost her documents.", ("person", p["name"]), ("PHONE_NUMBER", p["phone"]))
    return ("You help ombudsman staff.", "classify the complaint and suggest next steps", d.text(), d.issued, "ombudsman_complaint")


def b_official(rng, code, off):
    v = rng.randrange(3)
    if v == 0:
        doc = f"Written answer: The Minister for Migration, {off(code)}: 'The number of work visas issued rose by {rng.randint(3, 30)}% last year; we will publish a review of the points system in spring.'"
        return ("You brief policy staff.", "what does the minister commit to?", doc, [], "parliamentary_answer")
    if v == 1:
        doc = "Policy brief: circular migration schemes — evidence from seasonal worker pilots shows higher return rates when visas allow re-entry; recommendations: portable permits, fee caps."
        return ("You help think tanks edit briefs.", "shorten to 80 words", doc, [], "policy_brief")
    doc = f"Office of the Deputy Minister {off(code)}: constituency surgery every Friday, 10-12, at the district office; appointments via the office switchboard {g_landline(rng, 'GB')}."
    return ("You format public notices.", "format as a notice", doc, [], "official_office_contact")


KINDS = {"visa_application": (s_visa, b_visa), "passport_consular": (s_passport, b_passport), "asylum_legal_aid": (s_asylum, b_asylum),
         "border_customs": (s_border, b_border), "sponsorship": (s_sponsor, b_sponsor), "naturalisation": (s_natur, b_natur),
         "diaspora_community": (s_diaspora, b_diaspora), "ministry_data": (s_ministry, b_ministry), "officials_casework": (s_official, b_official)}


def incidental(rng, p):
    """A long, mostly harmless text with exactly one personal item."""
    base = ("Checklist for the consular visit: bring the appointment printout, original passport and a copy, two photos, the fee in cash. "
            "The consulate does not accept cards. Queue starts at the side entrance; phones must be switched off inside. ") * rng.randint(1, 3)
    k = rng.randrange(3)
    if k == 0:
        s = LOCALES[p["code"]]["rel"].format(n=p["first"])
        return base + "\n\n" + s, [("person", p["first"])], "incidental_first_name"
    if k == 1:
        return base + f"\n\nif anything goes wrong call me {p['phone']}", [("PHONE_NUMBER", p["phone"])], "incidental_phone"
    return base + f"\n\n(for the form: my date of birth is {p['dob_s']})", [("DATE_OF_BIRTH", p["dob_s"])], "incidental_dob"

# ---------------------------------------------------------------------------------------------------------
# Placement of the document in the request, by rotation.
# ---------------------------------------------------------------------------------------------------------
PLACES = ["user", "system", "assistant_echo", "tool_result", "parts_text", "parts_file", "tool_args", "tools_schema", "response_format", "user_field"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"]


def place(rng, i, sysmsg, instr, doc, completions, email=None):
    model = rng.choice(MODELS)
    if completions:
        return "completions", "completions", {"model": "gpt-3.5-turbo-instruct", "prompt": f"{instr}\n\n{doc}\n\n---\n", "max_tokens": 400}
    mode = PLACES[i % len(PLACES)]
    b = {"model": model}
    if mode == "user":
        b["messages"] = [{"role": "system", "content": sysmsg}, {"role": "user", "content": f"{instr}\n\n{doc}"}]
    elif mode == "system":
        b["messages"] = [{"role": "system", "content": f"{sysmsg}\n\nCase material:\n{doc}"}, {"role": "user", "content": instr}]
    elif mode == "assistant_echo":
        b["messages"] = [{"role": "system", "content": sysmsg}, {"role": "user", "content": "pasting it now"},
                         {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": instr}]
    elif mode == "tool_result":
        b["messages"] = [{"role": "system", "content": sysmsg}, {"role": "user", "content": instr},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "fetch_case_file", "arguments": "{\"scope\": \"current\"}"}}]},
                         {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif mode == "parts_text":
        b["messages"] = [{"role": "system", "content": sysmsg}, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    elif mode == "parts_file":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        b["messages"] = [{"role": "system", "content": sysmsg}, {"role": "user", "content": [{"type": "text", "text": instr},
                         {"type": "file", "file": {"filename": "case_document.txt", "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif mode == "tool_args":
        b["messages"] = [{"role": "system", "content": sysmsg}, {"role": "user", "content": instr},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function", "function": {"name": "save_draft", "arguments": json.dumps({"text": doc}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": "call_7", "content": "{\"saved\": true}"}]
    elif mode == "tools_schema":
        b["messages"] = [{"role": "system", "content": sysmsg}, {"role": "user", "content": instr}]
        b["tools"] = [{"type": "function", "function": {"name": "file_case_note", "description": f"Files a note. Example input:\n{doc}",
                                                        "parameters": {"type": "object", "properties": {"note": {"type": "string"}}, "required": ["note"]}}}]
    elif mode == "response_format":
        b["messages"] = [{"role": "system", "content": sysmsg}, {"role": "user", "content": instr}]
        b["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_summary", "schema": {"type": "object", "description": f"Summarise this record:\n{doc}",
                                "properties": {"summary": {"type": "string"}}, "required": ["summary"]}}}
    else:
        b["messages"] = [{"role": "system", "content": sysmsg}, {"role": "user", "content": f"{instr}\n\n{doc}"}]
        b["user"] = email if email else f"portal-session-{rng.randint(10**6, 10**7)}"
    return "chat", mode, b


def serialised(body):
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"data:text/plain;base64,([A-Za-z0-9+/=]+)", s):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8"))
    return s + "\n" + "\n".join(extra) + "\n" + urllib.parse.unquote(s)


def entities(body, issued):
    s = serialised(body)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) not in seen and (v in s or json.dumps(v, ensure_ascii=False)[1:-1] in s):
            seen.add((t, v))
            out.append({"type": t, "value": v})
    return out


# ---------------------------------------------------------------------------------------------------------
# Complexity prompts of this world.
# ---------------------------------------------------------------------------------------------------------
SIMPLE = [("en", "What does 'leave to remain' mean?"), ("de", "Was bedeutet 'Fiktionsbescheinigung'?"), ("fr", "Que veut dire « récépissé » en préfecture ?"),
          ("es", "¿Qué es la cita previa de extranjería?"), ("pt-BR", "O que é o visto de trabalho D3?"), ("ar", "ما معنى تأشيرة شنغن؟"),
          ("ru", "Сколько стоит загранпаспорт на 10 лет?"), ("uk", "Що таке тимчасовий захист?"), ("tr", "Vize randevusu nasıl alınır?"),
          ("zh", "签证照片尺寸是多少？"), ("hi", "पासपोर्ट नवीनीकरण में कितना समय लगता है?"), ("en", "Translate 'appointment confirmation' into Spanish."),
          ("en", "Is a biometric residence permit the same as a visa?"), ("pl", "Co to jest karta pobytu?"), ("vi", "Gia hạn hộ chiếu cần giấy tờ gì?"),
          ("ko", "여권 사진 규격이 뭐예요?")]
HARD = [("en", "An applicant entered the Schengen area on {a} March, left {b} April, re-entered {c} May and wants to stay until {d} July. Under the 90/180 rule, on which exact day does she first overstay? Show the rolling-window computation."),
        ("en", "Under Dublin III, an unaccompanied minor with an aunt legally present in State B first lodged a claim in State A after irregular entry via State C {a} months ago. Which state is responsible, and how do Articles 8, 13 and 3(2) interact?"),
        ("de", "Einbürgerung nach 5 Jahren: Aufenthalt seit {a}.{b}.2019, Unterbrechungen {c} und {d} Tage, zwischendurch 4 Monate Fiktionsbescheinigung. Ab wann ist der Antrag frühestens möglich? Begründe mit § 10 und § 12b StAG."),
        ("fr", "Un ressortissant algérien marié à une Française depuis {a} mois, entré avec un visa court séjour : quel titre peut-il demander, sous quel accord, et quelles conditions diffèrent du CESEDA ?"),
        ("es", "Calcula si una solicitante de arraigo social con {a} meses de empadronamiento, dos ausencias de {b} y {c} días y un contrato de 30 h semanales cumple los requisitos del reglamento de 2024; razona cada requisito."),
        ("en", "Recognition rates rose for each nationality from 2023 to 2024 yet the overall rate fell from {a}% to {b}%. Construct a numeric example and explain the paradox to a minister in 5 sentences."),
        ("en", "Design an algorithm that assigns {a} interpreters with language sets to {b} interviews with time windows, minimising travel and never assigning an interpreter of the applicant's ethnicity when flagged. Give complexity and a greedy fallback."),
        ("ru", "Гражданин с двойным гражданством въезжает по одному паспорту, выезжает по другому; через {a} дней его задерживают на границе. Разбери правовые последствия по правилам обеих стран и шенгенского кодекса."),
        ("ar", "قارن بين معايير لمّ شمل الأسرة للاجئين ولحاملي الحماية الفرعية في توجيه الاتحاد الأوروبي 2003/86، وطبّقها على أسرة من {a} أفراد وصلت بعد {b} أشهر."),
        ("zh", "一名申请人在{a}年内累计出境{b}天，其中一次连续出境超过180天。按照英国入籍的连续居住规则，计算他最早可以申请的日期，并说明例外情况。"),
        ("tr", "Çifte vatandaşlık, askerlik yükümlülüğü ve mavi kart arasındaki ilişkiyi {a} yaşındaki bir başvurucu için adım adım analiz et."),
        ("uk", "Особа з тимчасовим захистом хоче переїхати з Польщі до Німеччини через {a} місяців. Проаналізуй, що відбувається з її статусом, соцвиплатами і страхуванням за Директивою 2001/55/ЄС.")]
LONG_EASY_ASKS = [("en", "translate only the headings into French"), ("en", "how many rows are there?"), ("de", "mach daraus eine Aufzählung"),
                  ("es", "corrige la ortografía, nada más"), ("en", "what's the consulate's general email in this text?"), ("pt-BR", "coloca em ordem alfabética"),
                  ("ar", "ترجم العنوان فقط"), ("ru", "сделай из этого таблицу"), ("fr", "mets en gras les dates"), ("zh", "把这段文字分成段落")]
LONG_HARD_ASKS = [("en", "for each trip check 90/180 compliance and list the exact overstay days, then say which refusal ground applies"),
                  ("de", "prüfe für jede Abwesenheit, ob die Kontinuität des Aufenthalts unterbrochen wurde, und berechne den frühesten Einbürgerungstermin"),
                  ("en", "reconcile these entries with the declared travel history, identify contradictions and rank them by credibility impact under the standard of proof"),
                  ("fr", "identifie les incohérences entre les déclarations successives et rédige une argumentation juridique structurée pour l'appel"),
                  ("es", "analiza la cronología, determina qué estado es responsable según Dublín III y justifica cada paso")]
FILLER = ("The consular section processes applications in the order received. Applicants must present original documents. Photocopies are not returned. "
          "Incomplete applications cannot be accepted. Processing times are indicative and may vary in peak season. ")


def trips(rng, n):
    out, d = [], dt.date(2025, 1, rng.randint(1, 20))
    for i in range(n):
        d += dt.timedelta(days=rng.randint(5, 40))
        e = d + dt.timedelta(days=rng.randint(3, 35))
        out.append(f"{i + 1}. entry {d.isoformat()} via {rng.choice(['air', 'land', 'sea'])} — exit {e.isoformat()} — purpose {rng.choice(['family', 'business', 'tourism', 'medical'])}")
        d = e
    return "\n".join(out)


def complexity(rng, split):
    recs = []
    plan = ["short_simple"] * 48 + ["long_easy"] * 48 + ["short_hard"] * 47 + ["long_hard"] * 47
    rng.shuffle(plan)
    for i, cat in enumerate(plan, 1):
        if cat == "short_simple":
            lang, text = rng.choice(SIMPLE)
            style = "faq"
        elif cat == "short_hard":
            lang, t = rng.choice(HARD)
            text = t.format(a=rng.randint(2, 28), b=rng.randint(3, 27), c=rng.randint(1, 28), d=rng.randint(1, 28))
            style = "legal_reasoning"
        elif cat == "long_easy":
            lang, ask = rng.choice(LONG_EASY_ASKS)
            body = "\n".join(f"## Section {k}\n" + FILLER * rng.randint(1, 2) for k in range(1, rng.randint(5, 8)))
            if rng.random() < 0.5:
                body += "\n\nContact: consular.info@embassy.example\n" + trips(rng, rng.randint(10, 20))
            text = f"{ask}\n\n{body}"
            if len(text) < 1500:
                text += "\n" + FILLER * 5
            style = "paste_trivial"
        else:
            lang, ask = rng.choice(LONG_HARD_ASKS)
            text = f"{ask}\n\n{trips(rng, rng.randint(12, 24))}\n\nStatements:\n" + "\n".join(
                f"- interview {k}: applicant says the {rng.choice(['first', 'second', 'last'])} exit was by {rng.choice(['bus', 'plane', 'boat'])} and lasted {rng.randint(2, 60)} days"
                for k in range(1, rng.randint(4, 8)))
            style = "case_analysis"
        label = 1 if cat in ("short_hard", "long_hard") else 0
        if cat == "long_easy":
            assert len(text) >= 1500
        recs.append({"id": f"{split}-cx-{i:04d}", "category": cat, "label": label, "length_adversarial": cat in ("short_hard", "long_easy"),
                     "endpoint": "chat", "lang": lang, "style": style,
                     "body": {"model": "hybridgate/auto", "messages": [{"role": "system", "content": "You assist people and staff with migration, visa and consular questions."},
                                                                       {"role": "user", "content": text}]}})
    return recs


# ---------------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=66066)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    FROZEN.update(frozen_words())
    rng = random.Random(a.seed)
    codes = sorted(LOCALES)
    offcache = {}

    def off(code):
        return make_name(rng, code, rng.choice("mf"))[1]

    n_sens, n_ben = 32, 24
    plan = []
    for k in KINDS:
        flags = [True] * n_sens + [False] * n_ben
        plan += [(k, f) for f in flags]
    rng.shuffle(plan)
    inc_idx = set(rng.sample([i for i, (_, f) in enumerate(plan) if f], 35))
    comp_idx = set(rng.sample(range(len(plan)), len(plan) // 10))
    pii = []
    for i, (kind, sens) in enumerate(plan):
        code = codes[(i * 7 + rng.randrange(len(codes))) % len(codes)]
        sb, bb = KINDS[kind]
        if sens:
            p = person(rng, code)
            if i in inc_idx:
                doc, issued, style = incidental(rng, p)
                sysmsg, instr = "You help people prepare for consular appointments.", "make this shorter and clearer"
            else:
                sysmsg, instr, doc, issued, style = sb(rng, p)
            email = p["email"] if ("EMAIL_ADDRESS", p["email"]) in issued else None
        else:
            sysmsg, instr, doc, issued, style = bb(rng, code, off)
            email = None
        endpoint, mode, body = place(rng, i + rng.randrange(3), sysmsg, instr, doc, i in comp_idx, email)
        ents = entities(body, issued)
        if sens and not ents:
            raise Invalid("sensitive record without entities")
        assert bool(ents) == sens
        pii.append({"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": sens,
                    "entities": ents, "endpoint": endpoint, "lang": code, "style": f"{style} · {mode}", "body": body})
    cx = complexity(rng, SPLIT)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter(r["category"] for r in pii)
    et = collections.Counter(e["type"] for r in pii for e in r["entities"])
    print(f"pii: {len(pii)} records, {sum(r['sensitive'] for r in pii)} sensitive / {sum(not r['sensitive'] for r in pii)} benign, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions, {len(set(r['lang'] for r in pii))} locales, "
          f"{sum(1 for r in pii if r['style'].startswith('incidental'))} incidental")
    print("categories:", dict(sorted(c.items())))
    print("entity types:", dict(sorted(et.items())))
    cc = collections.Counter(r["category"] for r in cx)
    print(f"complexity: {len(cx)} records, {dict(sorted(cc.items()))}, {sum(r['length_adversarial'] for r in cx)} length-adversarial, "
          f"{sum(r['label'] for r in cx)} label 1, {len(set(r['lang'] for r in cx))} languages")
    print(f"freeze: {len(FROZEN)} frozen words; {sum(DROPPED.values())} pool draws dropped")


if __name__ == "__main__":
    main()
