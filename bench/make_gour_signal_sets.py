#!/usr/bin/env python3
"""Gour: a blind evaluation split for the request signals, set in the world of LIBRARIES, MUSEUMS, ARCHIVES
and GENEALOGY.

Writes bench/data/signals/pii_gour.jsonl and bench/data/signals/complexity_gour.jsonl (PII: id, category,
sensitive, entities, endpoint, lang, style, body; complexity: id, category, label, length_adversarial,
endpoint, lang, style, body).

World
    Loan desks and librarians, museum curators and collection registrars, archive reading rooms, exhibition
    and tour bookings, donors and lenders of objects, family historians asking about ancestors, digitisation
    vendors and catalogue software -- staff, volunteers, members of the public, vendors and software piping
    text through an LLM-backed assistant.

How it was written
    Blind: its author read only the brief, the first 70 lines of the delta generator (record schema, label
    conventions) and the first two lines of the two delta jsonl files. No detector, test, evaluator, policy,
    doc, result, other generator body or commit history was read. The other generators are only scanned at
    run time by the freeze (capitalised and non-ASCII words); every pool entry (person name, street,
    locality, organisation, placeholder, historical figure) sharing a word or non-ASCII bigram with that set
    is dropped and the pool refilled from invented locale-typical parts (capped). Generic street / org type
    words and particles are exempt. The run prints the number dropped.

Organising principle
    Nine KINDS of message of that world -- loan_desk (circulation chats), reading_room (archive registration
    and retrieval requests), genealogy (family-history enquiries), donor_lender (gift and loan agreements for
    objects), booking (exhibition / tour / group bookings), complaint, staff_note (internal notes and
    handovers), export (patron / catalogue exports from library and collection software), form (filled
    application forms) -- each with sensitive and benign variants, over 21 locales in 10 scripts (Latin,
    Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Hangul, Han, Kana) with code-switching between the
    locale's language and English staff jargon (ILL, MARC, accession no., shelf mark, hold, overdue).

Where the line is drawn
    Personal data: anything identifying a PRIVATE person of this world -- patrons, readers, donors, lenders,
    volunteers, living relatives of family historians (also a first name alone with a relation / role cue),
    personal phones (with extensions), personal e-mails, home addresses, birth dates, national / tax / health
    numbers, IBANs, US routing + account, card numbers, a private reader's public IP.
    Not personal data (benign hard negatives of the same world): long-dead ancestors and historical figures,
    cited authors, eponyms (Dewey decimal, rooms and streets named after people), public officials by role,
    organisations' switchboards and role mailboxes, emergency numbers, accession / shelf / ILL / invoice /
    booking numbers, ISBNs, organisation registration numbers, RFC 5737 / 3849 IPs and example.com, test
    card numbers, placeholders (Jane Doe, Max Mustermann), blank forms, aggregated or anonymised texts.

Labels
    ``entities`` is a list of {"type", "value"} computed by SEARCHING the serialised body (base64 file parts
    decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff entities is
    non-empty (asserted). Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (home address), DATE_TIME
    (birth date), ssn (US only), NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, MEDICAL_RECORD, US_BANK_NUMBER,
    IBAN_CODE, CREDIT_CARD, IP_ADDRESS. About 12% of sensitive records carry a single incidental item.
    Complexity: short_simple 0, long_easy 0 (>= 1,500 chars), short_hard 1, long_hard 1; short_hard and
    long_easy are length-adversarial.

Contents (seed 28864013; the run prints all counts)
    pii_gour.jsonl: 495 requests (443 chat, 52 completions), 9 kinds x 55 (32 sensitive + 23 benign): 288
    sensitive (58.2%) / 207 benign, 29 with a single incidental item, 21 locales, 10 scripts. complexity_gour.jsonl:
    190 chat requests in 20 language tags: short_simple 48, long_easy 48, short_hard 48, long_hard 46; 96
    length-adversarial, 94 labelled 1. The freeze dropped and refilled 246 pool entries.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat Zehut,
    Aadhaar, Thai PIN, RRN, Chinese RIC, IBAN, Luhn); phone numbers are valid for their region with
    ``phonenumbers``; IPs are global. The run aborts on an invalid value; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_gour_signal_sets.py [--seed 28864013] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import ipaddress
import json
import pathlib
import random
import re
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

SPLIT = "gour"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 28864013

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund kopje outwash inlier ravine caldera bluff").split()
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


# generic street / organisation type words and particles: exempt from the freeze
EXEMPT = set("""street st road rd lane avenue ave close way square rue avenue allée via viale piazza corso calle
plaza avda carrer straße strasse str weg gasse platz allee laan straat plein gracht ul ulica aleja al rua av
avenida travessa gatan vägen gränd sokak sokağı cadde caddesi mahallesi mah ulitsa ul prospekt pr vulytsia
odos οδός οδ λεωφ street de la le du des di del della da do dos das van der den von zu y e i und and of the el
al bin ibn ben bat library libraries museum museums archive archives society city county state national public
university univ centre center institute foundation trust council municipal regional town hall house college
historical history family records record office collection collections gallery heritage book books reading
room friends association club group parish church school academy studio digital services service ltd gmbh
inc llc sa srl bv ab as oy co plc kg sp zoo ул пер пр т г пос вул пров м смт с д кв רחוב שדרות סמטת כפר מושב
شارع حارة ش كفر قرية मार्ग नगर विहार οδός λεωφ άνω""".split())


class Freezer:
    def __init__(self, frozen):
        self.frozen = frozen
        self.dropped = 0

    def ok(self, entry):
        toks = [t.lower() for t in WORD.findall(entry)]
        for t in toks:
            if t in EXEMPT or t.isdigit():
                continue
            if t in self.frozen:
                return False
        for a, b in zip(toks, toks[1:]):
            if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in self.frozen:
                return False
        return True

    def pool(self, make, n, rng, cap=4000):
        out, seen = [], set()
        for _ in range(cap):
            if len(out) >= n:
                break
            e = make(rng)
            if e in seen:
                continue
            seen.add(e)
            if self.ok(e):
                out.append(e)
            else:
                self.dropped += 1
        if len(out) < max(3, n // 4):
            raise SystemExit(f"pool too small after freeze: {out[:3]}")
        return out

    def fixed(self, entries):
        keep = [e for e in entries if self.ok(e)]
        self.dropped += len(entries) - len(keep)
        return keep


# ----------------------------------------------------------------------------------------------------------
# identifiers (all check-digit valid, validated with stdnum; every loop capped)

def _capped(make, valid, what, rng, cap=3000):
    for _ in range(cap):
        v = make(rng)
        if v and valid(v):
            return v
    raise SystemExit(f"could not generate a valid {what}")


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _brute(base, valid, alphabet="0123456789"):
    for c in alphabet:
        if valid(base + c):
            return base + c
    return None


def _dob(rng):
    return rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)


def gen_ssn(rng, dob):
    def mk(r):
        a = r.randint(1, 665)
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return "ssn", _capped(mk, ssn.is_valid, "ssn", rng)


def gen_nhs(rng, dob):
    def mk(r):
        v = _brute(_digits(r, 9), nhs.is_valid)
        return v and f"{v[:3]} {v[3:6]} {v[6:]}"
    return "HEALTH_INSURANCE", _capped(mk, nhs.is_valid, "nhs", rng)


def gen_idnr(rng, dob):
    def mk(r):
        return _brute(str(r.randint(1, 9)) + _digits(r, 9), idnr.is_valid)
    v = _capped(mk, idnr.is_valid, "steuer-id", rng)
    return "TAX_ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def gen_nir(rng, dob):
    y, m, d = dob
    def mk(r):
        base = f"{r.choice('12')}{y % 100:02d}{m:02d}{r.choice(['75', '69', '13', '33', '59', '44'])}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
        return base + nir.calc_check_digits(base)
    v = _capped(mk, nir.is_valid, "nir", rng)
    return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def gen_dni(rng, dob):
    def mk(r):
        b = _digits(r, 8)
        return b + dni.calc_check_digit(b)
    return "NATIONAL_ID", _capped(mk, dni.is_valid, "dni", rng)


def gen_cf(rng, dob):
    y, m, d = dob
    cons = "BCDFGLMNPRSTVZ"
    def mk(r):
        base = ("".join(r.choice(cons) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
                + f"{d + r.choice([0, 40]):02d}" + r.choice(["H501", "F205", "L219", "G273", "D612", "A944"]))
        return base + codicefiscale.calc_check_digit(base)
    return "TAX_ID", _capped(mk, codicefiscale.is_valid, "codice fiscale", rng)


def gen_bsn(rng, dob):
    return "NATIONAL_ID", _capped(lambda r: _brute(str(r.randint(1, 6)) + _digits(r, 7), bsn.is_valid), bsn.is_valid, "bsn", rng)


def gen_pesel(rng, dob):
    y, m, d = dob
    mm = m + (20 if y >= 2000 else 0)
    return "NATIONAL_ID", _capped(lambda r: _brute(f"{y % 100:02d}{mm:02d}{d:02d}" + _digits(r, 4), pesel.is_valid),
                                  pesel.is_valid, "pesel", rng)


def gen_cpf(rng, dob):
    def mk(r):
        b = _digits(r, 9)
        v = next((b + f"{k:02d}" for k in range(100) if cpf.is_valid(b + f"{k:02d}")), None)
        return v and f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    return "TAX_ID", _capped(mk, cpf.is_valid, "cpf", rng)


def gen_pnr(rng, dob):
    y, m, d = dob
    return "NATIONAL_ID", _capped(lambda r: _brute(f"{y % 100:02d}{m:02d}{d:02d}-" + _digits(r, 3), personnummer.is_valid),
                                  personnummer.is_valid, "personnummer", rng)


def gen_tckn(rng, dob):
    def mk(r):
        b = str(r.randint(1, 9)) + _digits(r, 8)
        return b + tckimlik.calc_check_digits(b)
    return "NATIONAL_ID", _capped(mk, tckimlik.is_valid, "tckn", rng)


def gen_inn(rng, dob):
    def mk(r):
        b = r.choice(["77", "78", "50", "66", "16"]) + _digits(r, 8)
        return b + inn.calc_personal_check_digits(b)
    return "TAX_ID", _capped(mk, inn.is_valid, "inn", rng)


def gen_rntrc(rng, dob):
    return "TAX_ID", _capped(lambda r: _brute(str(r.randint(1, 4)) + _digits(r, 8), rntrc.is_valid), rntrc.is_valid, "rntrc", rng)


def gen_amka(rng, dob):
    y, m, d = dob
    return "NATIONAL_ID", _capped(lambda r: _brute(f"{d:02d}{m:02d}{y % 100:02d}" + _digits(r, 4), amka.is_valid),
                                  amka.is_valid, "amka", rng)


def gen_tz(rng, dob):
    return "NATIONAL_ID", _capped(lambda r: _brute(str(r.randint(0, 3)) + _digits(r, 7), il_idnr.is_valid), il_idnr.is_valid, "tz", rng)


def gen_aadhaar(rng, dob):
    def mk(r):
        v = _brute(str(r.randint(2, 9)) + _digits(r, 10), aadhaar.is_valid)
        return v and f"{v[:4]} {v[4:8]} {v[8:]}"
    return "NATIONAL_ID", _capped(mk, aadhaar.is_valid, "aadhaar", rng)


def gen_thpin(rng, dob):
    def mk(r):
        v = _brute(str(r.randint(1, 8)) + _digits(r, 11), th_pin.is_valid)
        return v and f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    return "NATIONAL_ID", _capped(mk, th_pin.is_valid, "thai pin", rng)


def gen_rrn(rng, dob):
    y, m, d = dob
    def mk(r):
        g = r.choice("12") if y < 2000 else r.choice("34")
        return _brute(f"{y % 100:02d}{m:02d}{d:02d}-{g}" + _digits(r, 5), rrn.is_valid)
    return "NATIONAL_ID", _capped(mk, rrn.is_valid, "rrn", rng)


def gen_ric(rng, dob):
    y, m, d = dob
    return "NATIONAL_ID", _capped(lambda r: _brute(r.choice(["110101", "310104", "440106", "510107"]) + f"{y:04d}{m:02d}{d:02d}"
                                                  + _digits(r, 3), ric.is_valid, "0123456789X"), ric.is_valid, "ric", rng)


IBAN_BBAN = {
    "DE": lambda r: _digits(r, 18),
    "NL": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(4)) + _digits(r, 10),
    "PL": lambda r: _digits(r, 24),
    "GB": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(4)) + _digits(r, 14),
    "TR": lambda r: _digits(r, 5) + "0" + _digits(r, 16),
    "GR": lambda r: _digits(r, 23),
    "SE": lambda r: _digits(r, 20),
    "IL": lambda r: _digits(r, 19),
    "UA": lambda r: _digits(r, 25),
    "DK": lambda r: _digits(r, 14),
}


def gen_iban(rng, cc):
    def mk(r):
        bban = IBAN_BBAN[cc](r)
        raw = cc + "??" + bban
        v = cc + std_iban.calc_check_digits(raw) + bban
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return "IBAN_CODE", _capped(mk, std_iban.is_valid, "iban", rng)


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4012888888881881", "5105105105105100"}


def gen_card(rng):
    def mk(r):
        b = r.choice(["4", "51", "52", "53", "54", "55"])
        b = b + _digits(r, 15 - len(b))
        v = b + luhn.calc_check_digit(b)
        if v in TEST_CARDS:
            return None
        return " ".join(v[i:i + 4] for i in range(0, 16, 4))
    return "CREDIT_CARD", _capped(mk, lambda v: luhn.is_valid(v.replace(" ", "")), "card", rng)


def gen_aba(rng):
    r_ = _capped(lambda r: _brute(r.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]) + _digits(r, 6),
                                  rtn.is_valid), rtn.is_valid, "aba", rng)
    return "US_BANK_NUMBER", f"routing {r_} account {_digits(rng, rng.randint(9, 12))}"


def gen_ip(rng):
    docnets = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
    def mk(r):
        a = ipaddress.ip_address(f"{r.randint(2, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
        if not a.is_global or any(a in n for n in docnets):
            return None
        return str(a)
    return "IP_ADDRESS", _capped(mk, lambda v: ipaddress.ip_address(v).is_global, "ip", rng)


def gen_phone(rng, region, kind="mobile"):
    t = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nn = phonenumbers.national_significant_number(ex)
    def mk(r):
        cand = nn[:-5] + _digits(r, 5) if len(nn) > 6 else nn[:-3] + _digits(r, 3)
        try:
            p = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(p) or phonenumbers.region_code_for_number(p) != region:
            return None
        fmt = r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                        phonenumbers.PhoneNumberFormat.E164])
        return phonenumbers.format_number(p, fmt)
    def valid(v):
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(v, region))
        except phonenumbers.NumberParseException:
            return False
    return _capped(mk, valid, f"phone {region}", rng)


# ----------------------------------------------------------------------------------------------------------
# locales: invented name / street / place parts

def syl(parts_a, parts_b):
    return lambda r: r.choice(parts_a) + r.choice(parts_b)


L = {}


def locale(tag, region, script, first, sur, fmt_name, street, city, addr, dob_fmt, idgen, iban_cc, maildom, words):
    L[tag] = dict(tag=tag, region=region, script=script, first=first, sur=sur, fmt_name=fmt_name, street=street,
                  city=city, addr=addr, dob_fmt=dob_fmt, idgen=idgen, iban=iban_cc, maildom=maildom, w=words)


def W(name, phone, addr, dob, hello, thanks, card, ancestor):
    return dict(name=name, phone=phone, addr=addr, dob=dob, hello=hello, thanks=thanks, card=card, anc=ancestor)


FS = lambda f, s: f"{f} {s}"
SF = lambda f, s: f"{s} {f}"
SFJ = lambda f, s: f"{s}{f}"
DMY_DOT = lambda y, m, d: f"{d:02d}.{m:02d}.{y}"
DMY_SL = lambda y, m, d: f"{d:02d}/{m:02d}/{y}"
ISO = lambda y, m, d: f"{y}-{m:02d}-{d:02d}"
CJK = lambda y, m, d: f"{y}年{m}月{d}日"

locale("en-GB", "GB", "Latin", syl(["Ros", "Hen", "Cal", "Bry", "Ellis", "Wyn", "Tam", "Mer"], ["ley", "na", "lum", "ony", "andra", "wen"]),
       syl(["Ash", "Thorn", "Pen", "Hals", "Cr", "Wick", "Brad", "Fen"], ["ridge", "worth", "bury", "leigh", "hurst", "combe"]), FS,
       syl(["Pell", "Cob", "Hask", "Tull", "Ward"], ["ington Road", "ham Close", "ey Lane", "ow Gardens"]),
       syl(["Lower ", "Great ", "Kings ", "East "], ["Brackley", "Oldmarsh", "Wendham", "Cresswold"]),
       lambda r, s, c: f"{r.randint(2, 140)} {s}, {c} {r.choice(['OX', 'LS', 'BS', 'NR'])}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
       DMY_SL, gen_nhs, "GB", ["btinternet.com", "gmail.com", "outlook.com"],
       W("Name", "Tel", "Address", "DOB", "Hi", "Cheers", "library card", "ancestor"))
locale("en-US", "US", "Latin", syl(["Day", "Kel", "Bran", "Jor", "Mal", "Tre", "Sha"], ["ton", "lyn", "don", "sey", "andra", "nell"]),
       syl(["Hol", "Whit", "Gar", "Stan", "Mac", "Hart"], ["comb", "field", "raker", "ley", "kowski", "well"]), FS,
       syl(["Cedar", "Ridge", "Quill", "Mapleton", "Harrow"], [" Ave", " St", " Blvd", " Dr"]),
       syl(["Port ", "West ", "New ", "Fort "], ["Allenby", "Carroway", "Dunmore", "Elkhart"]),
       lambda r, s, c: f"{r.randint(100, 9899)} {s}, {c}, {r.choice(['OH', 'PA', 'MN', 'OR'])} {r.randint(10000, 99899)}",
       lambda y, m, d: f"{m:02d}/{d:02d}/{y}", gen_ssn, None, ["gmail.com", "yahoo.com", "aol.com"],
       W("Patron", "Cell", "Home address", "DOB", "Hey", "Thanks", "library card", "ancestor"))
locale("de-DE", "DE", "Latin", syl(["Wen", "Hart", "Gun", "Lie", "Ot", "Rein", "Fried"], ["hild", "mut", "trud", "lind", "wald", "ulf"]),
       syl(["Brenn", "Kessel", "Stein", "Wald", "Ober", "Hasel"], ["huber", "mayr", "brink", "häuser", "rieder", "kötter"]), FS,
       syl(["Lerchen", "Mühlen", "Kastanien", "Brunnen", "Linden"], ["weg", "straße", "gasse", "ring"]),
       syl(["Ober", "Nieder", "Alt", "Neu"], ["kirchbach", "hausen", "wöhrden", "stetten"]),
       lambda r, s, c: f"{s} {r.randint(1, 88)}, {r.randint(10000, 99999)} {c}", DMY_DOT, gen_idnr, "DE", ["web.de", "gmx.de", "t-online.de"],
       W("Name", "Telefon", "Anschrift", "geb.", "Hallo", "Danke", "Leseausweis", "Vorfahr"))
locale("fr-FR", "FR", "Latin", syl(["Ma", "Gis", "Lu", "Clé", "Ber", "Od"], ["rine", "èle", "cien", "mence", "nadette", "ilon"]),
       syl(["Dela", "Mont", "Bou", "Char", "Vau", "Ros"], ["croix", "fargue", "quillon", "pentier", "vrier", "sel"]), FS,
       syl(["rue des ", "allée des ", "rue du ", "impasse des "], ["Glycines", "Tanneurs", "Moulin-Vert", "Cordiers"]),
       syl(["Saint-", "Villers-", "Bourg-", "Pont-"], ["Aubrac", "Vallon", "Ferrand", "Lisière"]),
       lambda r, s, c: f"{r.randint(1, 120)} {s}, {r.randint(10, 95)}{r.randint(0, 9)}00 {c}", DMY_SL, gen_nir, None,
       ["orange.fr", "free.fr", "laposte.net"], W("Nom", "Tél.", "Adresse", "né(e) le", "Bonjour", "Merci", "carte de lecteur", "aïeul"))
locale("es-ES", "ES", "Latin", syl(["Ma", "Ro", "Ade", "Cons", "Leo", "Iña"], ["carena", "cío", "laida", "tantino", "vigildo", "ki"]),
       syl(["Gar", "Villa", "Ech", "Mon", "Sala", "Ur"], ["cillán", "verde", "arri", "talbán", "zar", "quiaga"]),
       lambda f, s: f"{f} {s}",
       syl(["calle ", "avda. de ", "plaza del ", "calle del "], ["Almendro", "Tinte", "Pozo Nuevo", "Roble"]),
       syl(["Villa", "Torre", "Castro", "Puebla de "], ["nueva del Río", "jón", "bermejo", "Arriba"]),
       lambda r, s, c: f"{s} {r.randint(1, 90)}, {r.randint(1, 6)}º {r.choice('ABCD')}, {r.randint(10000, 50999):05d} {c}", DMY_SL, gen_dni, None,
       ["gmail.com", "hotmail.es", "telefonica.net"], W("Nombre", "Tel.", "Domicilio", "F. nac.", "Hola", "Gracias", "carné de biblioteca", "antepasado"))
locale("it-IT", "IT", "Latin", syl(["Gio", "Ful", "Erm", "Ottav", "Sil", "Ans"], ["vanna", "via", "enegildo", "iano", "erio", "elmo"]),
       syl(["Bram", "Fer", "Mazz", "Colon", "Sart", "Pel"], ["billa", "rante", "oleni", "nello", "orelli", "licani"]), FS,
       syl(["via dei ", "via delle ", "viale ", "vicolo "], ["Cordai", "Fornaci", "Gelsi", "Scalpellini"]),
       syl(["Borgo ", "Castel", "Monte", "Villa"], ["Ardesio", "rotondo", "falco", "nuova Sesia"]),
       lambda r, s, c: f"{s} {r.randint(1, 99)}, {r.randint(10000, 98999):05d} {c}", DMY_SL, gen_cf, None,
       ["libero.it", "virgilio.it", "gmail.com"], W("Nome", "Cell.", "Indirizzo", "nato/a il", "Ciao", "Grazie", "tessera", "antenato"))
locale("nl-NL", "NL", "Latin", syl(["Wil", "Geer", "Sjoerd", "Jan", "Ma", "Bert"], ["lemijn", "truida", "tje", "neke", "rijke", "ina"]),
       syl(["van der ", "de ", "ter ", "van "], ["Kolkhorst", "Bruggink", "Veldhuizen", "Haarsma", "Steeghs"]), FS,
       syl(["Koren", "Hooi", "Molen", "Wilgen"], ["bloemstraat", "weg", "laan", "kade"]),
       syl(["Oud-", "Nieuw-", "Groot-", ""], ["Vennekerk", "Drachterveen", "Bommelrade", "Heerlenwoude"]),
       lambda r, s, c: f"{s} {r.randint(1, 200)}, {r.randint(1000, 9999)} {r.choice(['AB', 'KL', 'RT', 'ZX'])} {c}", lambda y, m, d: f"{d:02d}-{m:02d}-{y}",
       gen_bsn, "NL", ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], W("Naam", "Tel.", "Adres", "geb.", "Hoi", "Bedankt", "bibliotheekpas", "voorouder"))
locale("pl-PL", "PL", "Latin", syl(["Bogu", "Grze", "Wie", "Jadwi", "Zbi", "Hali"], ["sława", "gorz", "sław", "ga", "gniew", "na"]),
       syl(["Wierz", "Kowal", "Grab", "Sosn", "Brzo", "Pta"], ["bicki", "czyk", "owska", "owski", "zowska", "szyński"]), FS,
       syl(["ul. ", "al. ", "ul. ", "os. "], ["Jarzębinowa", "Kasztelańska", "Pszenna", "Bursztynowa"]),
       syl(["Stare ", "Nowe ", "Górne ", "Wola "], ["Borzęcino", "Kłodawki", "Mielnica", "Zdrojowa"]),
       lambda r, s, c: f"{s} {r.randint(1, 80)}/{r.randint(1, 40)}, {r.randint(10, 99)}-{r.randint(100, 999)} {c}", DMY_DOT, gen_pesel, "PL",
       ["wp.pl", "onet.pl", "interia.pl"], W("Imię i nazwisko", "Tel.", "Adres", "ur.", "Dzień dobry", "Dzięki", "karta czytelnika", "przodek"))
locale("pt-BR", "BR", "Latin", syl(["Jo", "Ra", "Cle", "Edi", "Dul", "Ger"], ["sué", "imunda", "onice", "valdo", "cineia", "aldina"]),
       syl(["Mace", "Bitten", "Gouv", "Aran", "Quei", "Tava"], ["do", "court", "eia", "tes", "roz", "res"]),
       lambda f, s: f"{f} {s} {s.split()[-1][:3]}a",
       syl(["Rua ", "Av. ", "Travessa ", "Rua "], ["dos Ipês", "Carnaúba", "das Acácias Roxas", "Jequitibá"]),
       syl(["São ", "Santa ", "Vila ", "Porto "], ["Sebastião do Cajá", "Rita do Norte", "Mangueiral", "Tapuia"]),
       lambda r, s, c: f"{s}, {r.randint(10, 2500)}, ap. {r.randint(11, 904)} - {c} - {r.randint(10000, 99999)}-{r.randint(100, 999)}", DMY_SL, gen_cpf, None,
       ["gmail.com", "uol.com.br", "bol.com.br"], W("Nome", "Cel.", "Endereço", "nasc.", "Oi", "Obrigada", "carteirinha", "antepassado"))
locale("sv-SE", "SE", "Latin", syl(["Ing", "Sig", "Tor", "Ast", "Gun", "Vil"], ["vild", "rid", "björn", "rid", "nel", "helmina"]),
       syl(["Berg", "Lind", "Sjö", "Ek", "Hag", "Malm"], ["kvist", "gren", "ström", "holm", "blad", "löf"]), FS,
       syl(["Rönn", "Hassel", "Tall", "Näckros"], ["vägen", "gatan", "gränd", "stigen"]),
       syl(["Norr", "Söder", "Väster", "Öster"], ["åsby", "tälje", "hamra", "fors"]),
       lambda r, s, c: f"{s} {r.randint(1, 60)}, {r.randint(100, 989)} {r.randint(10, 99)} {c}", ISO, gen_pnr, "SE",
       ["telia.com", "gmail.com", "bredband.net"], W("Namn", "Tfn", "Adress", "född", "Hej", "Tack", "lånekort", "anfader"))
locale("tr-TR", "TR", "Latin", syl(["Gül", "Nur", "Ser", "Tur", "Bay", "Ful"], ["ten", "hayat", "pil", "gut", "ram", "ya"]),
       syl(["Kara", "Ak", "Öz", "Demir", "Yıl", "Taş"], ["bulut", "soy", "kaya", "ci", "maz", "kın"]), FS,
       syl(["Ihlamur", "Menekşe", "Karanfil", "Çınaraltı"], [" Sk.", " Cad.", " Sokağı", " Caddesi"]),
       syl(["Kuzey", "Yeni", "Eski", "Aşağı"], ["köy", "ören", "kavak", "dere"]),
       lambda r, s, c: f"{s} No:{r.randint(1, 90)} D:{r.randint(1, 20)}, {r.randint(10000, 81999)} {c}", DMY_DOT, gen_tckn, "TR",
       ["gmail.com", "hotmail.com.tr", "yandex.com.tr"], W("Ad Soyad", "Tel", "Adres", "D.T.", "Merhaba", "Teşekkürler", "okuyucu kartı", "atam"))
locale("ru-RU", "RU", "Cyrillic", syl(["Мил", "Яро", "Вер", "Свято", "Ксе", "Ан"], ["ослава", "слав", "оника", "полк", "ния", "фиса"]),
       syl(["Берез", "Кольц", "Зимогор", "Листв", "Черемш", "Полынь"], ["ова", "ин", "ская", "ников", "анова", "ев"]), SF,
       syl(["ул. ", "пер. ", "ул. ", "пр-т "], ["Рябиновая", "Гончарная", "Снегирёва", "Кленовая"]),
       syl(["г. ", "пос. ", "г. ", "с. "], ["Верхнеозёрск", "Липецово", "Краснохолмье", "Светлогорье"]),
       lambda r, s, c: f"{r.randint(101000, 690000)}, {c}, {s}, д. {r.randint(1, 90)}, кв. {r.randint(1, 200)}", DMY_DOT, gen_inn, None,
       ["yandex.ru", "mail.ru", "rambler.ru"], W("ФИО", "Тел.", "Адрес", "дата рожд.", "Здравствуйте", "Спасибо", "читательский билет", "предок"))
locale("uk-UA", "UA", "Cyrillic", syl(["Оле", "Бог", "Яри", "Зла", "Мирос", "Тара"], ["ся", "дана", "на", "та", "лава", "сик"]),
       syl(["Кова", "Гай", "Гончар", "Зелен", "Ткач", "Черн"], ["ленко", "дамака", "ук", "юк", "енко", "ишин"]), FS,
       syl(["вул. ", "пров. ", "вул. "], ["Вишнева", "Калинова", "Гончарна", "Соборна"]),
       syl(["м. ", "смт ", "с. "], ["Зеленоград", "Вербівка", "Підгірці", "Лозова Балка"]),
       lambda r, s, c: f"{s}, {r.randint(1, 90)}, кв. {r.randint(1, 120)}, {c}, {r.randint(10000, 99999)}", DMY_DOT, gen_rntrc, "UA",
       ["ukr.net", "gmail.com", "i.ua"], W("ПІБ", "Тел.", "Адреса", "дата народж.", "Добрий день", "Дякую", "читацький квиток", "предок"))
locale("el-GR", "GR", "Greek", syl(["Ευ", "Χαρ", "Σταυ", "Πανα", "Δέσ", "Αγ"], ["θαλία", "ίκλεια", "ρούλα", "γιώτης", "ποινα", "λαΐα"]),
       syl(["Παπα", "Καρα", "Μαυρο", "Κοντο", "Σκορ", "Λαμπρ"], ["δόπουλος", "γιάννη", "μάτης", "στάθη", "δίλη", "ινού"]), FS,
       syl(["οδός ", "Λεωφ. ", "οδός "], ["Αμυγδαλιάς", "Κυπαρισσιών", "Ασφοδέλων", "Ανεμόμυλων"]),
       syl(["Άνω ", "Κάτω ", "Νέα ", ""], ["Κερασιά", "Λιβάδι Ορεινό", "Ποταμιά", "Σκάλα Μυρτιάς"]),
       lambda r, s, c: f"{s} {r.randint(1, 80)}, {r.randint(100, 855)} {r.randint(10, 99)} {c}", DMY_SL, gen_amka, "GR",
       ["otenet.gr", "yahoo.gr", "gmail.com"], W("Ονοματεπώνυμο", "Τηλ.", "Διεύθυνση", "ημ. γέννησης", "Γεια σας", "Ευχαριστώ", "κάρτα αναγνώστη", "πρόγονος"))
locale("he-IL", "IL", "Hebrew", syl(["של", "אבי", "נוע", "יהו", "תמ", "אלי"], ["ומית", "גיל", "ה", "דית", "רה", "שבע"]),
       syl(["בר", "גולד", "רוזנ", "שפי", "אלמ", "כהנ"], ["זילבר", "שטיין", "בלום", "רא", "וג", "סקי"]), FS,
       syl(["רחוב ", "שדרות ", "סמטת "], ["הדקלים הצפוני", "האלונים הישנים", "הגפן הירוקה", "השקמים"]),
       syl(["", "כפר ", "מושב "], ["גבעת השקד", "עין רימון", "נווה ארז", "רמת ערבה"]),
       lambda r, s, c: f"{s} {r.randint(1, 70)}, דירה {r.randint(1, 30)}, {c} {r.randint(1000000, 9999999)}", DMY_SL, gen_tz, "IL",
       ["walla.co.il", "gmail.com", "012.net.il"], W("שם מלא", "טלפון", "כתובת", "ת. לידה", "שלום", "תודה", "כרטיס קורא", "אב קדמון"))
locale("ar-EG", "EG", "Arabic", syl(["نور", "هد", "سل", "عبد", "زين", "رح"], ["هان", "ى", "مى", "الودود", "ات", "اب"]),
       syl(["الشر", "المن", "البد", "القل", "الحسي", "العطا"], ["قاوي", "ياوي", "راوي", "يوبي", "ني", "ري"]), FS,
       syl(["شارع ", "حارة ", "ش. "], ["الياسمين الجديد", "السنط", "التوت الأخضر", "النخيل القبلي"]),
       syl(["", "قرية ", "مدينة "], ["الورد الغربي", "ميت سلسبيل", "كفر الريحان", "نجع القمر"]),
       lambda r, s, c: f"{r.randint(1, 90)} {s}، الدور {r.randint(1, 12)}، {c}", DMY_SL, None, None,
       ["gmail.com", "yahoo.com", "hotmail.com"], W("الاسم", "موبايل", "العنوان", "تاريخ الميلاد", "أهلاً", "شكراً", "كارنيه المكتبة", "جد"))
locale("hi-IN", "IN", "Devanagari", syl(["सुर", "विद्या", "हर", "कम", "रज", "प्रिय"], ["भि", "धर", "प्रीत", "लेश", "नी", "ंवदा"]),
       syl(["अग्नि", "भार", "चतु", "सोम", "रघु", "देव"], ["होत्री", "द्वाज", "र्वेदी", "वंशी", "नाथन", "गन"]), FS,
       syl(["", "गली नं. 4, ", "सेक्टर 12, "], ["कदंब मार्ग", "नीम चौक", "गुलमोहर नगर", "पीपल विहार"]),
       syl(["", ""], ["रामगढ़ी", "सूरजकुंड खुर्द", "बेलापुरा", "नवलगढ़ी"]),
       lambda r, s, c: f"मकान नं. {r.randint(1, 400)}, {s}, {c} - {r.randint(110001, 855999)}", DMY_SL, gen_aadhaar, None,
       ["gmail.com", "rediffmail.com", "yahoo.co.in"], W("नाम", "मोबाइल", "पता", "जन्म तिथि", "नमस्ते", "धन्यवाद", "सदस्यता कार्ड", "पूर्वज"))
locale("th-TH", "TH", "Thai", syl(["ศรี", "พิม", "กัล", "ธน", "วรร", "อรุ"], ["สุดา", "ลดา", "ยา", "กฤต", "ณี", "ณี"]),
       syl(["แสง", "ทอง", "บุญ", "ศรี", "พงษ์", "เจริญ"], ["ประทีป", "มณีรัตน์", "ยืนยง", "สวัสดิ์", "ไพบูลย์", "ธรรม"]), FS,
       syl(["ซอย", "ถนน", "ซอย"], ["ลำไยทอง", "มะปรางหวาน", "ดอกแก้ว", "ชมพู่"]),
       syl(["ตำบล", "อำเภอ"], ["บ้านไร่สวรรค์", "หนองบัวแดง", "ท่าช้างเผือก", "ห้วยทราย"]),
       lambda r, s, c: f"{r.randint(1, 400)}/{r.randint(1, 99)} {s} {c} {r.randint(10000, 96999)}", DMY_SL, gen_thpin, None,
       ["hotmail.com", "gmail.com", "yahoo.co.th"], W("ชื่อ-นามสกุล", "โทร", "ที่อยู่", "วันเกิด", "สวัสดีค่ะ", "ขอบคุณค่ะ", "บัตรสมาชิก", "บรรพบุรุษ"))
locale("ko-KR", "KR", "Hangul", syl(["서", "윤", "하", "지", "은", "도"], ["연", "슬", "람", "호", "비", "훈"]),
       lambda r: r.choice(["남궁", "황보", "탁", "편", "봉", "위", "국", "옥"]), SFJ,
       syl(["", ""], ["느티나무로", "은행잎길", "무궁화로", "달빛공원길"]),
       syl(["", ""], ["청솔시", "하늘내군", "바람개비구", "은모래읍"]),
       lambda r, s, c: f"{c} {s} {r.randint(1, 300)}, {r.randint(101, 120)}동 {r.randint(101, 1504)}호 ({r.randint(10000, 63999)})",
       lambda y, m, d: f"{y}.{m:02d}.{d:02d}", gen_rrn, None, ["naver.com", "daum.net", "hanmail.net"],
       W("성명", "연락처", "주소", "생년월일", "안녕하세요", "감사합니다", "회원증", "조상"))
locale("zh-CN", "CN", "Han", syl(["雨", "思", "晓", "嘉", "若", "鹤"], ["萱", "远", "岚", "懿", "澜", "翎"]),
       lambda r: r.choice(["欧阳", "司马", "诸葛", "上官", "慕容", "闻人", "东方", "皇甫"]), SFJ,
       syl(["", ""], ["桂花巷", "梧桐里路", "青砖胡同", "石榴园路"]),
       syl(["", ""], ["云溪镇", "柳湾村", "白鹭洲区", "松岭县"]),
       lambda r, s, c: f"{c}{s}{r.randint(1, 300)}号{r.randint(1, 30)}栋{r.randint(101, 2508)}室", CJK, gen_ric, None,
       ["qq.com", "163.com", "126.com"], W("姓名", "电话", "住址", "出生日期", "您好", "谢谢", "读者证", "祖先"))
locale("ja-JP", "JP", "Kana", syl(["千", "琴", "陽", "柚", "奏", "湊"], ["晴", "音", "菜", "葉", "太", "斗"]),
       syl(["鷲", "楠", "檜", "萩", "蕗", "柊"], ["ノ沢", "垣", "ヶ崎", "原", "江", "尾"]), SF,
       syl(["", ""], ["若葉町", "桜ヶ丘", "本郷台", "楓通り"]),
       syl(["", ""], ["ひばり市", "みどり野町", "さくら台市", "あおば区"]),
       lambda r, s, c: f"〒{r.randint(100, 999)}-{r.randint(1000, 9999)} {c}{s}{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)}",
       CJK, None, None, ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"], W("氏名", "電話", "住所", "生年月日", "こんにちは", "ありがとうございます", "利用カード", "先祖"))

# Invented place roots (script-typical syllables): streets and localities are rebuilt from these so that
# the freeze can always refill a pool.
PS = {"Latin": ["bra", "vel", "dor", "min", "kas", "tor", "lun", "fer", "ost", "wen", "hal", "rio", "sk", "mar"],
      "Cyrillic": ["бор", "вел", "мир", "лин", "гор", "сла", "ров", "ка", "зем"],
      "Greek": ["ρο", "λα", "μυ", "θε", "κα", "νι", "στα", "φι"],
      "Hebrew": ["גל", "רמ", "נח", "צור", "שד", "בת", "אל", "ים"],
      "Arabic": ["سل", "مر", "حد", "نا", "قو", "ري", "بر", "جو"],
      "Devanagari": ["पुर", "गढ़", "नग", "वन", "सर", "कोट", "रा", "मी"],
      "Thai": ["ทอง", "นาง", "ศรี", "บัว", "แก้ว", "ทราย", "ดง", "เวียง"],
      "Hangul": ["솔", "빛", "누리", "모래", "한", "새", "여울", "가람"],
      "Han": ["溪", "桐", "岭", "湾", "澜", "石", "槐", "塘"],
      "Kana": ["杉", "谷", "丘", "浦", "沢", "坂", "梨", "藤"]}
STREET_PAT = {"en-GB": ["{} Road", "{} Lane", "{} Close"], "en-US": ["{} Ave", "{} St", "{} Drive"],
              "de-DE": ["{}straße", "{}weg", "{}gasse"], "fr-FR": ["rue de {}", "allée {}", "impasse {}"],
              "es-ES": ["calle {}", "avda. de {}", "plaza {}"], "it-IT": ["via {}", "viale {}", "vicolo {}"],
              "nl-NL": ["{}straat", "{}laan", "{}weg"], "pl-PL": ["ul. {}owa", "al. {}ska", "ul. {}na"],
              "pt-BR": ["Rua {}", "Av. {}", "Travessa {}"], "sv-SE": ["{}vägen", "{}gatan", "{}gränd"],
              "tr-TR": ["{} Sk.", "{} Cad.", "{} Sokağı"], "ru-RU": ["ул. {}ская", "пер. {}ный", "пр-т {}ова"],
              "uk-UA": ["вул. {}ська", "пров. {}ний", "вул. {}ова"], "el-GR": ["οδός {}", "Λεωφ. {}", "οδός {}ων"],
              "he-IL": ["רחוב {}", "שדרות {}", "סמטת {}"], "ar-EG": ["شارع {}", "حارة {}", "ش. {}"],
              "hi-IN": ["{} मार्ग", "{} नगर", "{} विहार"], "th-TH": ["ซอย{}", "ถนน{}", "ซอย{}"],
              "ko-KR": ["{}로", "{}길", "{}대로"], "zh-CN": ["{}路", "{}巷", "{}街"], "ja-JP": ["{}町", "{}台", "{}通り"]}
CITY_PAT = {"en-GB": ["{}ham", "{}bury", "{}ford"], "en-US": ["{}ville", "{}ton", "{} Springs"], "de-DE": ["{}hausen", "{}bach", "{}dorf"],
            "fr-FR": ["Saint-{}", "{}ville", "{}court"], "es-ES": ["Villa{}", "{}ejo", "{}illa"], "it-IT": ["{}ano", "Borgo {}", "{}ello"],
            "nl-NL": ["{}dam", "{}veen", "{}rade"], "pl-PL": ["{}ów", "{}ice", "{}no"], "pt-BR": ["São {}", "{}ópolis", "Vila {}"],
            "sv-SE": ["{}by", "{}köping", "{}fors"], "tr-TR": ["{}köy", "{}ören", "{}dere"], "ru-RU": ["г. {}ск", "пос. {}ово", "г. {}ов"],
            "uk-UA": ["м. {}ів", "смт {}івка", "с. {}ки"], "el-GR": ["{}ιά", "Άνω {}", "{}ούπολη"], "he-IL": ["{}ה", "כפר {}", "מושב {}"],
            "ar-EG": ["{}ية", "كفر {}", "قرية {}"], "hi-IN": ["{}पुर", "{}गंज", "{}नगर"], "th-TH": ["ตำบล{}", "อำเภอ{}", "บ้าน{}"],
            "ko-KR": ["{}시", "{}군", "{}읍"], "zh-CN": ["{}镇", "{}村", "{}县"], "ja-JP": ["{}市", "{}村", "{}町"]}


def _root(script):
    def mk(r):
        x = "".join(r.choice(PS[script]) for _ in range(r.randint(2, 3)))
        return x[:1].upper() + x[1:]
    return mk


for _t in L:
    _rt = _root(L[_t]["script"])
    L[_t]["street"] = (lambda pats, rt: lambda r: r.choice(pats).format(rt(r)))(STREET_PAT[_t], _rt)
    L[_t]["city"] = (lambda pats, rt: lambda r: r.choice(pats).format(rt(r)))(CITY_PAT[_t], _rt)

LOCALES = sorted(L)
ASCII_SYL = ["ka", "lo", "mi", "ren", "ta", "vo", "sel", "dri", "nu", "pa", "bex", "zo", "wi", "ha", "jun", "ely"]


def build_pools(fz, rng):
    P = {}
    for tag in LOCALES:
        loc = L[tag]
        first = fz.pool(loc["first"], 14, rng)
        names = fz.pool(lambda r: loc["fmt_name"](r.choice(first), loc["sur"](r)), 24, rng)
        streets = fz.pool(loc["street"], 8, rng)
        cities = fz.pool(loc["city"], 6, rng)
        P[tag] = dict(first=first, names=names, streets=streets, cities=cities)
    org_make = syl(["Harwick", "Tollmere", "Quenby", "Abernole", "Castrell", "Vellbrook", "Ormsley", "Duncastle", "Pryce Hollow"],
                   [" Public Library", " Museum of Textiles", " County Record Office", " Family History Society",
                    " University Library", " Heritage Trust", " Municipal Archives", " Gallery of Maps"])
    P["orgs"] = fz.pool(org_make, 18, rng)
    P["vendors"] = fz.pool(syl(["Scanvell", "Folioworks", "Arcquill", "Catalogix", "Parchly", "Vellumtech"],
                               [" Digital", " Ltd", " Services", " GmbH", " Inc"]), 8, rng)
    P["historical"] = fz.fixed(["Hildegard von Bingen", "Ibn Battuta", "Matsuo Bashō", "Christine de Pizan",
                                "Antonio Panizzi", "Melvil Dewey", "Selma Lagerlöf", "Taras Shevchenko", "Evliya Çelebi",
                                "Jan Kochanowski", "Sor Juana Inés de la Cruz", "Machado de Assis", "Constantine Cavafy",
                                "Rabindranath Tagore", "Mikhail Lomonosov", "Li Qingzhao", "Sunthorn Phu", "Heo Jun",
                                "Hypatia of Alexandria", "Maimonides", "Ada Lovelace", "Charles Darwin", "Mary Anning",
                                "Gottfried Wilhelm Leibniz", "Al-Jahiz", "Murasaki Shikibu", "Sei Shōnagon",
                                "Ludwik Zamenhof", "Shen Kuo", "Nikolai Gogol", "Hans Christian Andersen", "Carl Linnaeus"])
    P["placeholders"] = fz.fixed(["Jane Doe", "John Doe", "Max Mustermann", "Erika Mustermann", "Jan Kowalski",
                                  "Иван Иванов", "Juan Pérez", "Mario Rossi", "Fulano de Tal", "Jean Dupont",
                                  "Joe Bloggs", "A. N. Other", "山田太郎", "홍길동", "张三"])
    for k in ("historical", "placeholders"):
        if len(P[k]) < 3:
            P[k] += ["Hildegard of the Rhine (d. 1179)", "Reader A", "Patron X"][:3]
    return P


# ----------------------------------------------------------------------------------------------------------
# a private person of a locale

def person(rng, tag, P):
    loc = L[tag]
    dob = _dob(rng)
    y, m, d = dob
    name = rng.choice(P[tag]["names"])
    handle = rng.choice(ASCII_SYL) + rng.choice(ASCII_SYL) + rng.choice([".", "_", ""]) + rng.choice(ASCII_SYL) + str(rng.randint(1, 99))
    p = dict(name=name, first=rng.choice(P[tag]["first"]),
             phone=gen_phone(rng, loc["region"], "mobile"),
             email=f"{handle}@{rng.choice(loc['maildom'])}",
             addr=loc["addr"](rng, rng.choice(P[tag]["streets"]), rng.choice(P[tag]["cities"])),
             dob=loc["dob_fmt"](y, m, d), dobt=dob)
    if loc["idgen"]:
        p["idt"], p["id"] = loc["idgen"](rng, dob)
    if loc["iban"]:
        p["ibant"], p["iban"] = gen_iban(rng, loc["iban"])
    elif tag == "en-US":
        p["ibant"], p["iban"] = gen_aba(rng)
    p["cardt"], p["card"] = gen_card(rng)
    p["ipt"], p["ip"] = gen_ip(rng)
    return p


RELATIONS = ["my sister", "my grandson", "my aunt", "my cousin", "our volunteer", "the new trainee", "my neighbour",
             "my daughter", "the lender's son", "our intern", "my mum", "my husband"]

KINDS = ["loan_desk", "reading_room", "genealogy", "donor_lender", "booking", "complaint", "staff_note", "export", "form"]


def acc(rng):
    return f"{rng.randint(1950, 2025)}.{rng.randint(1, 300)}.{rng.randint(1, 99)}"


def sensitive_doc(kind, rng, tag, P, p):
    """Return (instruction, document, issued list of (type, value))."""
    w = L[tag]["w"]
    org = rng.choice(P["orgs"])
    issued = [("PERSON", p["name"])]
    rel = rng.choice(RELATIONS)
    if kind == "loan_desk":
        doc = (f"{w['hello']}! {w['card']} renewal -- {w['name']}: {p['name']}, {w['phone']}: {p['phone']}, e-mail {p['email']}.\n"
               f"3 items overdue (ILL {rng.randint(100000, 999999)}, due {rng.randint(1, 28)}/{rng.randint(1, 12)}), "
               f"patron asks to waive the fine, says {rel} {p['first']} returned them via the book drop.")
        issued += [("PHONE_NUMBER", p["phone"]), ("EMAIL_ADDRESS", p["email"]), ("PERSON", p["first"])]
        ins = "Draft a polite reply to this patron about the fine waiver."
    elif kind == "reading_room":
        idpart = f"\nID shown: {p['id']}" if "id" in p else ""
        doc = (f"Reader registration / {org}\n{w['name']}: {p['name']}\n{w['dob']}: {p['dob']}\n{w['addr']}: {p['addr']}{idpart}\n"
               f"Requests: fonds {rng.randint(10, 990)}, boxes {rng.randint(1, 40)}-{rng.randint(41, 90)}, pencil only, no bags.")
        issued += [("DATE_TIME", p["dob"]), ("LOCATION", p["addr"])]
        if "id" in p:
            issued.append((p["idt"], p["id"]))
        ins = "Check this reader registration for missing fields and summarise the retrieval request."
    elif kind == "genealogy":
        doc = (f"{w['hello']}, I'm researching my {w['anc']} (d. {rng.randint(1820, 1905)}). My living aunt {p['name']} "
               f"(born {p['dob']}) still has the family bible at {p['addr']}; you can reach her on {p['phone']}. "
               f"Could the archive help me link the baptism entries?")
        issued += [("DATE_TIME", p["dob"]), ("LOCATION", p["addr"]), ("PHONE_NUMBER", p["phone"])]
        ins = "Suggest which parish registers and census returns to search next."
    elif kind == "donor_lender":
        bank = f"\nPayment of insurance valuation refund to: {p['iban']}" if "iban" in p else ""
        doc = (f"Deed of gift / loan agreement draft, {org}\nLender: {p['name']}, {p['addr']}\nContact: {p['email']} / {p['phone']}\n"
               f"Object: accession {acc(rng)}, embroidered sampler, 1840s, wall value 4,200{bank}")
        issued += [("LOCATION", p["addr"]), ("EMAIL_ADDRESS", p["email"]), ("PHONE_NUMBER", p["phone"])]
        if "iban" in p:
            issued.append((p["ibant"], p["iban"]))
        ins = "Turn this into the standard incoming-loan letter for the registrar to sign."
    elif kind == "booking":
        doc = (f"Group tour booking: 22 pupils + 3 staff, Tue 10:00, curator-led 'Maps & Myths'. Lead contact {p['name']}, "
               f"{p['phone']}. Deposit paid by card {p['card']}, exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)}.")
        issued += [("PHONE_NUMBER", p["phone"]), ("CREDIT_CARD", p["card"])]
        ins = "Write the booking confirmation e-mail."
    elif kind == "complaint":
        doc = (f"Complaint from {p['name']} ({p['email']}): 'I was blocked from the e-resources proxy all week, my IP is {p['ip']}, "
               f"the desk staff were rude and {rel} {p['first']} waited 40 min.' Wants a written apology.")
        issued += [("EMAIL_ADDRESS", p["email"]), ("IP_ADDRESS", p["ip"]), ("PERSON", p["first"])]
        ins = "Classify the complaint and draft the first response."
    elif kind == "staff_note":
        mrn = f"MRN {rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
        doc = (f"handover note: reader {p['name']} fainted in the search room at 14:10, ambulance called, her hospital file {mrn} "
               f"was in her bag. emergency contact {rel} {p['first']} {p['phone']}. pls log incident + follow up.")
        issued += [("MEDICAL_RECORD", mrn), ("PERSON", p["first"]), ("PHONE_NUMBER", p["phone"])]
        ins = "Rewrite this as a formal incident report."
    elif kind == "export":
        rows = [f"{rng.randint(20000000, 29999999)};{p['name']};{p['email']};{p['phone']};{p['dob']};{rng.randint(0, 9)} loans"]
        q = person(rng, tag, P)
        rows.append(f"{rng.randint(20000000, 29999999)};{q['name']};{q['email']};{q['phone']};{q['dob']};{rng.randint(0, 9)} loans")
        doc = "barcode;name;email;phone;dob;status\n" + "\n".join(rows)
        issued += [("EMAIL_ADDRESS", p["email"]), ("PHONE_NUMBER", p["phone"]), ("DATE_TIME", p["dob"]),
                   ("PERSON", q["name"]), ("EMAIL_ADDRESS", q["email"]), ("PHONE_NUMBER", q["phone"]), ("DATE_TIME", q["dob"])]
        ins = "Convert this patron export from the ILS into JSON lines for the new system."
    else:  # form
        idpart = f"\nID no.: {p['id']}" if "id" in p else ""
        doc = (f"VOLUNTEER APPLICATION -- {org}\n{w['name']}: {p['name']}\n{w['dob']}: {p['dob']}\n{w['addr']}: {p['addr']}\n"
               f"{w['phone']}: {p['phone']}{idpart}\nAvailability: Sat mornings, transcription + digitisation QA")
        issued += [("DATE_TIME", p["dob"]), ("LOCATION", p["addr"]), ("PHONE_NUMBER", p["phone"])]
        if "id" in p:
            issued.append((p["idt"], p["id"]))
        ins = "Extract the fields of this filled form as JSON."
    return ins, doc, issued


def benign_doc(kind, rng, tag, P):
    w = L[tag]["w"]
    org = rng.choice(P["orgs"])
    hist = rng.choice(P["historical"])
    ph = rng.choice(P["placeholders"])
    switch = gen_phone(rng, L[tag]["region"], "fixed")
    dom = re.sub(r"[^a-z]", "", org.lower())[:14] + ".example.org"
    vendor = rng.choice(P["vendors"])
    if kind == "loan_desk":
        doc = (f"{w['hello']}! Is the {hist} collected edition (ISBN 978-{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}) "
               f"available? Shelf mark {rng.choice('ABCDKQ')} {rng.randint(100, 999)}.{rng.randint(1, 99)}, Dewey {rng.randint(100, 999)}.{rng.randint(1, 99)}. "
               f"Hold ref H-{rng.randint(100000, 999999)}.")
        ins = "Answer the patron: where is it shelved and how long can they borrow it?"
    elif kind == "reading_room":
        doc = (f"Reading room notice, {org}: the {hist.split()[-1]} Room closes at 16:30 on Fridays. Enquiries: {switch} or "
               f"readingroom@{dom}. Fonds {rng.randint(10, 990)} is being re-boxed; order ref RR-{rng.randint(2024, 2026)}-{rng.randint(1000, 9999)}.")
        ins = "Translate this notice for the website in plain language."
    elif kind == "genealogy":
        doc = (f"My {w['anc']} was baptised in {rng.randint(1790, 1870)} and died in {rng.randint(1871, 1910)}; "
               f"the register is said to mention {hist}. Parish register microfilm {rng.randint(100000, 999999)}, entry {rng.randint(1, 400)}.")
        ins = "Which record series should I look at next, and how reliable are transcriptions of that period?"
    elif kind == "donor_lender":
        doc = (f"Loan template, {org}. Lender: {ph}, [ADDRESS], [PHONE]. Object: accession {acc(rng)}, portrait of {hist}, "
               f"oil on panel. Insurance: nail-to-nail. Registration no. of the museum: {rng.randint(10000000, 99999999)}.")
        ins = "Fill the standard clauses of this loan template; keep the placeholders."
    elif kind == "booking":
        doc = (f"Booking ref BK-{rng.randint(100000, 999999)}: 'Letters of {hist}' exhibition, 2 adults, Sat 11:00. "
               f"Payment test with card 4111 1111 1111 1111 in the sandbox. Box office {switch}, boxoffice@{dom}.")
        ins = "Write the booking confirmation template."
    elif kind == "complaint":
        doc = (f"Aggregated complaints Q{rng.randint(1, 4)}: {rng.randint(10, 60)} about wifi, {rng.randint(3, 20)} about noise in the "
               f"{hist.split()[-1]} wing, {rng.randint(1, 9)} about fines. Reader A and Reader B (anonymised) asked for longer hours. "
               f"Proxy logs show 203.0.113.{rng.randint(1, 254)} and 2001:db8::{rng.randint(1, 999):x} timing out.")
        ins = "Summarise the complaint trends for the board."
    elif kind == "staff_note":
        doc = (f"note for next shift: {vendor} collects the {rng.randint(10, 90)} glass plates tomorrow (job {rng.randint(1000, 9999)}); "
               f"fire alarm test 09:00, in emergencies dial 112; the director's office says the minister of culture visits Thursday.")
        ins = "Turn this into a tidy checklist."
    elif kind == "export":
        rows = [f"{acc(rng)};{rng.choice(['letter', 'map', 'photograph', 'sampler'])};{hist};{rng.randint(1600, 1950)};box {rng.randint(1, 99)}"
                for _ in range(4)]
        doc = "accession;type;creator;year;location\n" + "\n".join(rows)
        ins = "Convert this collection-management export into MARC-like JSON."
    else:
        doc = (f"VOLUNTEER APPLICATION -- {org}\n{w['name']}: ________\n{w['dob']}: __/__/____\n{w['addr']}: ________\n"
               f"{w['phone']}: ________\nExample entry: {ph}, 1 Example Street, user@example.com")
        ins = "Check this blank form for missing fields and translate the labels to English."
    return ins, doc, []


def incidental_doc(kind, rng, tag, P, p):
    ins, doc, _ = benign_doc(kind, rng, tag, P)
    pick = rng.choice(["rel", "phone", "dob"])
    if pick == "rel":
        rel = rng.choice(RELATIONS)
        doc += f"\n(ps: {rel} {p['first']} will pick up the printouts)"
        return ins, doc, [("PERSON", p["first"])]
    if pick == "phone":
        doc += f"\ncall me back on {p['phone']} if anything changes"
        return ins, doc, [("PHONE_NUMBER", p["phone"])]
    doc += f"\nbtw the reader card holder was born {p['dob']}"
    return ins, doc, [("DATE_TIME", p["dob"])]


# ----------------------------------------------------------------------------------------------------------
# placement into a request body

PLACEMENTS = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_args",
              "json_schema", "user_field", "stop", "prediction", "metadata"]
SYSTEMS = ["You assist public library staff at the loan desk.", "You help archive reading-room staff.",
           "You are a museum registrar's writing assistant.", "You help family historians plan research."]


def place(mode, ins, doc, rng, first_value):
    model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
    sysmsg = {"role": "system", "content": rng.choice(SYSTEMS)}
    body = {"model": model}
    if mode == "user":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ins}\n\n{doc}"}]
    elif mode == "system":
        body["messages"] = [{"role": "system", "content": f"{sysmsg['content']}\nContext record:\n{doc}"}, {"role": "user", "content": ins}]
    elif mode == "assistant":
        body["messages"] = [sysmsg, {"role": "user", "content": "pasting it now"},
                            {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": ins}]
    elif mode == "tool":
        body["messages"] = [sysmsg, {"role": "user", "content": ins},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                             "function": {"name": "fetch_record", "arguments": json.dumps({"record": rng.randint(1000, 9999)})}}]},
                            {"role": "tool", "tool_call_id": "call_1", "content": doc}]
    elif mode == "text_part":
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ins}, {"type": "text", "text": doc}]}]
    elif mode == "file_part":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        fname = rng.choice(["record.txt", "export.csv", "note.txt", "form.txt"])
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ins},
                            {"type": "file", "file": {"filename": fname, "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif mode == "image_url":
        q = urllib.parse.quote(doc[:400], safe="")
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ins + "\n" + doc[400:]},
                            {"type": "image_url", "image_url": {"url": f"https://scans.example-archive.org/viewer?item={rng.randint(1, 99999)}&caption={q}"}}]}]
    elif mode == "tool_def":
        body["messages"] = [sysmsg, {"role": "user", "content": ins}]
        body["tools"] = [{"type": "function", "function": {"name": "save_record", "description": f"Saves the record. Current record:\n{doc}",
                          "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]
    elif mode == "tool_args":
        body["messages"] = [sysmsg, {"role": "user", "content": ins},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function",
                             "function": {"name": "update_catalogue", "arguments": json.dumps({"note": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "call_7", "content": "ok"}]
    elif mode == "json_schema":
        body["messages"] = [sysmsg, {"role": "user", "content": ins}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {
            "type": "object", "description": f"Shape like this source:\n{doc}",
            "properties": {"summary": {"type": "string", "examples": [doc[:160]]},
                           "kind": {"type": "string", "enum": ["loan", "gift", "enquiry", "other"]}}}}}
    elif mode == "user_field":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ins}\n\n{doc}"}]
        body["user"] = first_value or f"desk-{rng.randint(1, 40):02d}"
    elif mode == "stop":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ins}\n\n{doc}"}]
        body["stop"] = ["\n###", first_value or "END"]
    elif mode == "prediction":
        body["messages"] = [sysmsg, {"role": "user", "content": ins}]
        body["prediction"] = {"type": "content", "content": doc}
    else:  # metadata only
        body["messages"] = [sysmsg, {"role": "user", "content": ins + " (record attached in metadata)"}]
        body["store"] = True
        body["metadata"] = {"source": "ils-bridge", "record": doc[:500]}
    return body


def haystack(body):
    parts = [json.dumps(body, ensure_ascii=False)]
    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "file_data" and isinstance(v, str) and "base64," in v:
                    parts.append(base64.b64decode(v.split("base64,", 1)[1]).decode("utf-8"))
                elif k == "url" and isinstance(v, str):
                    parts.append(urllib.parse.unquote(v))
                elif k == "arguments" and isinstance(v, str):
                    parts.append(v)
                else:
                    walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)
    walk(body)
    return "\n".join(parts)


def label(body, issued):
    hs = haystack(body)
    ents, seen = [], set()
    for t, v in issued:
        if (t, v) not in seen and v in hs:
            seen.add((t, v))
            ents.append({"type": t, "value": v})
    return ents


# ----------------------------------------------------------------------------------------------------------

def make_pii(rng, P):
    recs = []
    n_sens, n_ben = 32, 23
    mi = 0
    for ki, kind in enumerate(KINDS):
        plan = [True] * n_sens + [False] * n_ben
        rng.shuffle(plan)
        for j, sens in enumerate(plan):
            tag = LOCALES[(ki * 7 + j) % len(LOCALES)]
            mode = PLACEMENTS[mi % len(PLACEMENTS)]
            mi += 1
            incidental = False
            if sens:
                p = person(rng, tag, P)
                if rng.random() < 0.12:
                    ins, doc, issued = incidental_doc(kind, rng, tag, P, p)
                    incidental = True
                else:
                    ins, doc, issued = sensitive_doc(kind, rng, tag, P, p)
            else:
                ins, doc, issued = benign_doc(kind, rng, tag, P)
            completions = rng.random() < 0.10
            if completions:
                body = {"model": "hybridgate/auto", "prompt": f"{ins}\n\n{doc}\n\n", "max_tokens": 400}
                mode_s = "prompt"
            else:
                firstv = None
                if mode in ("user_field", "stop") and sens:
                    firstv = next((v for t, v in issued if t in ("EMAIL_ADDRESS", "PHONE_NUMBER")), None)
                body = place(mode, ins, doc, rng, firstv)
                mode_s = mode
            ents = label(body, issued)
            if sens and not ents:
                body = {"model": "hybridgate/auto", "messages": [{"role": "user", "content": f"{ins}\n\n{doc}"}]}
                ents = label(body, issued)
                mode_s = "user(fallback)"
            assert bool(ents) == sens, (kind, sens, ents)
            style = f"{kind} · {mode_s}" + (" · incidental" if incidental else "")
            recs.append(dict(id=None, category=kind if sens else f"{kind}_benign", sensitive=sens, entities=ents,
                             endpoint="completions" if completions else "chat", lang=tag, style=style, body=body))
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"gour-pii-{i:04d}"
    return recs


# complexity ------------------------------------------------------------------------------------------------

SHORT_SIMPLE = [
    ("en", "What time does the reading room open on Saturdays?"), ("de-DE", "Wie lange darf ich ein Buch ausleihen?"),
    ("fr-FR", "Traduis « prêt entre bibliothèques » en anglais."), ("es-ES", "¿Cuál es el horario de la sala de lectura?"),
    ("it-IT", "Come si dice 'segnatura' in inglese?"), ("nl-NL", "Zet deze titel in hoofdletters: de kaart van het oude dorp"),
    ("pl-PL", "Podaj format daty ISO dla 3 maja 1791."), ("pt-BR", "Oi! Tudo bem? Obrigada pela ajuda ontem."),
    ("sv-SE", "Sortera alfabetiskt: karta, brev, dagbok, foto"), ("tr-TR", "Müze pazartesi açık mı?"),
    ("ru-RU", "Переведи на английский: читальный зал"), ("uk-UA", "Скільки книг можна взяти одночасно?"),
    ("el-GR", "Γράψε με κεφαλαία: αρχείο δήμου"), ("he-IL", "תרגם לאנגלית: השאלה בין-ספרייתית"),
    ("ar-EG", "ما معنى كلمة أرشيف؟"), ("hi-IN", "पुस्तकालय कितने बजे खुलता है?"), ("th-TH", "แปลคำว่า ห้องสมุด เป็นภาษาอังกฤษ"),
    ("ko-KR", "도서 반납 기한이 며칠이에요?"), ("zh-CN", "把“馆藏号”翻译成英文。"), ("ja-JP", "こんにちは！今日は何時まで開館していますか？"),
    ("en", "Convert 1 linear foot to metres."), ("en", "Thanks, that's all for today!"), ("en", "Spell out MARC."),
    ("en", "Capitalise: friends of the county record office"),
]
SHORT_HARD = [
    ("en", "40 linear metres of uncatalogued parish records, 2 archivists, 6 months: propose a phased processing plan with priorities, risks and a fallback if the mould survey is positive."),
    ("de-DE", "Ein Leihgeber verlangt 21 °C ±1 und 50 % rF, unser Depot schafft nur ±3. Wäge ab: Leihe annehmen, Bedingungen verhandeln oder ablehnen? Begründe mit Risiken."),
    ("fr-FR", "Deux notices d'autorité se contredisent sur la date de naissance d'un graveur du XVIIIe siècle : comment trancher, et quelles sources pèsent le plus ?"),
    ("es-ES", "Diseña una política de expurgo para una biblioteca municipal que equilibre uso, valor patrimonial y presión de espacio, con criterios medibles."),
    ("it-IT", "Un donatore offre una collezione con provenienza incerta tra il 1933 e il 1945: quali verifiche, in che ordine, e quando rifiutare?"),
    ("nl-NL", "Twee DNA-matches en een doopakte spreken elkaar tegen over wie de vader was. Stel hypotheses op en een onderzoeksplan om ze te toetsen."),
    ("pl-PL", "Oceń ryzyka migracji katalogu z MARC21 do BIBFRAME przy 2 mln rekordów i zaproponuj strategię walidacji."),
    ("pt-BR", "Planeje a digitalização de 80 mil negativos de vidro com orçamento fixo: priorize por risco de deterioração, demanda e direitos."),
    ("sv-SE", "Hur bör ett arkiv väga offentlighetsprincipen mot GDPR när en forskare begär 1970-talets socialakter? Resonera steg för steg."),
    ("tr-TR", "Müzenin sergi takvimi, kredi süreleri ve konservasyon kapasitesi çakışıyor; 18 aylık bir optimizasyon önerisi yap."),
    ("ru-RU", "Сравни две схемы шифров хранения для фонда с 12 000 дел и обоснуй, какая устойчивее к будущим поступлениям."),
    ("uk-UA", "Розроби план евакуації колекції музею за 48 годин з пріоритетами за цінністю, крихкістю й вагою."),
    ("el-GR", "Αξιολόγησε αν ένα χειρόγραφο του 16ου αιώνα είναι αυθεντικό με βάση υδατόσημα, μελάνι και προέλευση· τι επιπλέον τεκμήρια χρειάζονται;"),
    ("he-IL", "תכנן מדיניות גישה לארכיון משפחתי שמכיל מכתבים של אנשים חיים ומתים, תוך איזון בין פרטיות למחקר."),
    ("ar-EG", "قارن بين نموذجين لتسعير الإعارة بين المكتبات واقترح نموذجاً عادلاً للمكتبات الصغيرة مع تبرير."),
    ("hi-IN", "एक पांडुलिपि संग्रह के लिए संरक्षण प्राथमिकताएँ तय करें: नमी, कीट और उपयोग की मांग को तौलते हुए योजना बनाइए।"),
    ("th-TH", "วางแผนจัดนิทรรศการหมุนเวียน 3 ปี ให้สมดุลระหว่างงบประมาณ ผู้เข้าชม และการอนุรักษ์วัตถุที่เปราะบาง"),
    ("ko-KR", "족보 기록과 호적이 서로 다른 출생 연도를 가리킵니다. 어떤 근거로 판단할지 추론 과정을 제시해 주세요."),
    ("zh-CN", "分析地方志数字化项目中OCR错误对全文检索的影响，并设计一个抽样质检方案。"),
    ("ja-JP", "古文書の目録規則を二つ比較し、地域資料館に適した方を理由とともに提案してください。"),
    ("en", "Our digitisation vendor's SLA penalises late delivery but not OCR accuracy. Redesign the acceptance criteria and explain the incentive effects."),
    ("en", "Prove or refute: if every item in a union catalogue has at least one holding and deduplication merges only identical ISBNs, the record count cannot exceed the holding count."),
]
EASY_INS = [("en", "Reformat these catalogue lines as CSV, no other changes:"), ("de-DE", "Sortiere diese Zeilen nach Signatur:"),
            ("fr-FR", "Mets ces lignes dans un tableau Markdown :"), ("es-ES", "Copia la lista en mayúsculas:"),
            ("ru-RU", "Преобразуй список в JSON без изменений:"), ("ja-JP", "次の行を表形式に整形してください："),
            ("ko-KR", "다음 목록을 번호 순으로 정렬해 주세요:"), ("zh-CN", "请把下面的清单转换成CSV：") , ("pl-PL", "Policz wiersze na liście:"),
            ("pt-BR", "Transforme a lista em JSON:"), ("it-IT", "Ordina l'elenco per anno:"), ("tr-TR", "Listeyi yıla göre sırala:"),
            ("he-IL", "המר את הרשימה לטבלה:"), ("hi-IN", "इस सूची को CSV में बदलिए:")]
HARD_INS = [("en", "From this accession log, identify items whose provenance chain has gaps, rank them by restitution risk, and propose a research plan for the top five:"),
            ("de-DE", "Analysiere dieses Zustandsprotokoll, erkenne Muster der Schäden, leite Ursachen ab und priorisiere Maßnahmen mit Begründung:"),
            ("fr-FR", "À partir de ce registre, reconstitue la chronologie des déplacements des œuvres, repère les incohérences et propose une explication :"),
            ("es-ES", "Con este registro de préstamos, diseña un calendario de rotación que minimice la exposición a la luz y justifica tus decisiones:"),
            ("ru-RU", "По этому журналу выдачи оцени, какие фонды перегружены, и предложи стратегию оцифровки с обоснованием:"),
            ("ja-JP", "この受入台帳から来歴の矛盾を見つけ、優先順位をつけて調査計画を立ててください："),
            ("ko-KR", "이 대출 기록을 분석해 이용 패턴을 추론하고 소장품 재배치 전략을 근거와 함께 제안하세요:"),
            ("zh-CN", "根据下列藏品记录，推断损坏原因并制定分阶段的保护方案，说明理由："),
            ("pl-PL", "Na podstawie rejestru oceń spójność dat, wskaż prawdopodobne błędy katalogowania i zaproponuj procedurę korekty:"),
            ("pt-BR", "Analise este registro, encontre inconsistências de procedência e monte um plano de pesquisa priorizado:"),
            ("it-IT", "Analizza questo registro e proponi una strategia di conservazione preventiva motivata, con priorità:"),
            ("he-IL", "נתח את היומן הזה, זהה חוסר עקביות במקור הפריטים והצע תוכנית מחקר מנומקת:")]


def catalogue_lines(rng, n, P):
    types = ["letter", "map", "glass negative", "sampler", "ledger", "photograph", "pamphlet", "deed"]
    lines = []
    for i in range(n):
        lines.append(f"{i + 1}. acc {acc(rng)} — {rng.choice(types)} — {rng.choice(P['historical'])} — c. {rng.randint(1600, 1950)} — "
                     f"box {rng.randint(1, 120)} — condition {rng.choice(['good', 'fair', 'poor', 'foxing', 'tear'])}")
    return "\n".join(lines)


def make_cx(rng, P):
    recs = []
    def add(cat, lang, text, style, sysmsg=None):
        msgs = ([{"role": "system", "content": sysmsg}] if sysmsg else []) + [{"role": "user", "content": text}]
        recs.append(dict(id=None, category=cat, label=1 if cat in ("short_hard", "long_hard") else 0,
                         length_adversarial=cat in ("short_hard", "long_easy"), endpoint="chat", lang=lang, style=style,
                         body={"model": "hybridgate/auto", "messages": msgs}))
    for i in range(48):
        lang, t = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        add("short_simple", lang, t + ("" if i < len(SHORT_SIMPLE) else rng.choice([" pls", " thx", "", " :)"])), "lookup/chore")
    for i in range(48):
        lang, t = SHORT_HARD[i % len(SHORT_HARD)]
        add("short_hard", lang, t + ("" if i < len(SHORT_HARD) else rng.choice([" Be concise.", " Max 200 words.", ""])), "planning/judgement")
    for i in range(48):
        lang, ins = EASY_INS[i % len(EASY_INS)]
        n = rng.randint(18, 26)
        text = ""
        for _ in range(20):  # capped
            text = f"{ins}\n\n{catalogue_lines(rng, n, P)}"
            if len(text) >= 1500:
                break
            n += 3
        assert len(text) >= 1500, len(text)
        add("long_easy", lang, text, "reformat/catalogue", "You are a cataloguing assistant.")
    for i in range(46):
        lang, ins = HARD_INS[i % len(HARD_INS)]
        body = catalogue_lines(rng, rng.randint(12, 24), P)
        add("long_hard", lang, f"{ins}\n\n{body}", "analysis/registrar", "You are a collections-management expert.")
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"gour-cx-{i:04d}"
    return recs


SCRIPTS_RE = {"Latin": r"[A-Za-z]", "Cyrillic": r"[\u0400-\u04FF]", "Greek": r"[\u0370-\u03FF]", "Hebrew": r"[\u0590-\u05FF]",
              "Arabic": r"[\u0600-\u06FF]", "Devanagari": r"[\u0900-\u097F]", "Thai": r"[\u0E00-\u0E7F]",
              "Hangul": r"[\uAC00-\uD7AF]", "Han": r"[\u4E00-\u9FFF]", "Kana": r"[\u3040-\u30FF]"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    fz = Freezer(frozen_words())
    P = build_pools(fz, rng)
    print(f"freeze: {len(fz.frozen)} frozen words; {fz.dropped} pool entries dropped and refilled")
    pii = make_pii(rng, P)
    cx = make_cx(rng, P)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii", pii), ("complexity", cx)):
        with open(out / f"{name}_{SPLIT}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    comp = sum(r["endpoint"] == "completions" for r in pii)
    inc = sum("incidental" in r["style"] for r in pii)
    types = collections.Counter(e["type"] for r in pii for e in r["entities"])
    alltext = "\n".join(json.dumps(r["body"], ensure_ascii=False) for r in pii)
    scripts = sorted(s for s, rx in SCRIPTS_RE.items() if re.search(rx, alltext))
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records ({len(pii) - comp} chat, {comp} completions), {sens} sensitive "
          f"({100 * sens / len(pii):.1f}%), {len(pii) - sens} benign, {inc} incidental, {len(set(r['lang'] for r in pii))} locales, "
          f"{len(scripts)} scripts {scripts}")
    print("  entity types:", dict(sorted(types.items())))
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    cc = collections.Counter(r["category"] for r in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records in {len(set(r['lang'] for r in cx))} language tags: {dict(sorted(cc.items()))}; "
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} labelled 1")


if __name__ == "__main__":
    main()
