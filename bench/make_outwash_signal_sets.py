#!/usr/bin/env python3
"""Outwash: a blind evaluation split for the request signals, set in the world of MILITARY SERVICE, VETERANS
AND DEFENCE FAMILIES.

Writes bench/data/signals/pii_outwash.jsonl and bench/data/signals/complexity_outwash.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of the delta generator and the first two
    lines of the delta jsonl files; no detector, test, evaluator, policy, doc, result or commit history.
    The other generators were never read: FROZEN_AGAINST scans them automatically at run time for
    capitalised / non-ASCII words, and every pool entry (person, street, locality, organisation base name,
    eponym) sharing a word with that set is dropped and refilled from invented locale-typical syllables.

Organising principle
    Nine KINDS of message the people of this world send to an LLM assistant -- intake (welfare / personnel
    admin intake), correspondence (letters to pension and benefit offices), scheduling (deployment, leave,
    housing move-in), complaint (forces housing repairs), internal_note (welfare officer / unit notes),
    export (HR / JPA-style CSV exports of defence contractors and units), notice (public notices of
    remembrance parades, cadet detachments, regimental associations), form (claim and allowance forms),
    chat (service families, reservists, veterans chatting) -- each in sensitive and benign variants, over
    22 locales in 9 scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Han, Hangul,
    plus Kana). The line: a PRIVATE person of this world (service member, veteran, spouse, cadet, reservist,
    contractor employee) identified by name, phone, personal e-mail, home address, birth date, citizen /
    tax / health numbers, bank account, card or public IP is personal data. Not personal data: officials
    and public figures by role, invented historical founders and fictional characters, eponymous barracks
    and streets, unit switchboards and role mailboxes, emergency numbers, claim / case / booking / stock
    references, registered charity numbers, documentation example values (RFC 5737 IPs, example.com),
    test card numbers, placeholders, blank forms and aggregated / anonymised texts.

Labels
    ``entities`` is a list of {"type", "value"} found by SEARCHING the serialised body (base64 file parts
    decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff it is non-empty.
    Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (home address), DATE_TIME (birth date), ssn (US),
    NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, MEDICAL_RECORD, US_BANK_NUMBER, IBAN_CODE, CREDIT_CARD, IP_ADDRESS.
    Category ``<kind>`` for sensitive, ``<kind>_benign`` for benign. About 12% of the sensitive records carry
    one incidental item in an otherwise benign text.

Contents (default seed 48215377; the run prints all counts)
    pii_outwash.jsonl: 504 requests, 299 sensitive / 205 benign (41 sensitive with one incidental item),
    9 kinds, 24 language tags in 10 scripts, 41 legacy completions.
    complexity_outwash.jsonl: 192 requests: short_simple / long_easy (>= 1,500 chars) / short_hard /
    long_hard, 48 each; short_hard and long_easy are length-adversarial (96); 24 language tags.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA RTN,
    NHS, Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat
    Zehut, Aadhaar, Thai PIN, RRN, Chinese RIC, IBAN, Luhn for cards and MRNs); phone numbers are validated
    with ``phonenumbers`` for their region; IPs are checked ``is_global``. Invalid values abort; every retry
    loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_outwash_signal_sets.py [--seed 48215377] [--out bench/data/signals]
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
from stdnum import iban as s_iban, luhn, verhoeff
from stdnum.iso7064 import mod_11_10
from stdnum.us import ssn as s_ssn, rtn as s_rtn
from stdnum.gb import nhs as s_nhs
from stdnum.de import idnr as s_idnr
from stdnum.fr import nir as s_nir
from stdnum.es import dni as s_dni
from stdnum.it import codicefiscale as s_cf
from stdnum.nl import bsn as s_bsn
from stdnum.pl import pesel as s_pesel
from stdnum.br import cpf as s_cpf
from stdnum.se import personnummer as s_pnr
from stdnum.tr import tckimlik as s_tck
from stdnum.ru import inn as s_inn
from stdnum.ua import rntrc as s_rntrc
from stdnum.gr import amka as s_amka
from stdnum.il import idnr as s_ilid
from stdnum.in_ import aadhaar as s_aadhaar
from stdnum.th import pin as s_thpin
from stdnum.kr import rrn as s_rrn
from stdnum.cn import ric as s_ric

SPLIT = "outwash"
HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SEED = 48215377
CAP = 200

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma "
                  "lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer "
                  "zeugen solfatara bergschrund").split()
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


# generic street-type words, particles and organisation-type nouns: exempt from the freeze
EXEMPT = set("""street st road rd lane avenue ave close way drive court place crescent rue allée avenue chemin via
viale piazza calle avenida rua straße strasse weg gasse platz laan straat ul ulica aleja gatan vägen sokak sokağı
caddesi cad mah mahallesi улица ул проспект вулиця вул οδός οδ רחוב שארע شارع حي मार्ग नगर ซอย ถนน 路 街 号 区
丁目 番地 로 길 동 de la le du des di del da do dos das van von der den het al el bin ibn ben bat the of and
association trust fund regiment club society branch legion cadets""".split())


class Freeze:
    def __init__(self):
        self.words = frozen_words()
        self.dropped = 0

    def ok(self, entry):
        toks = [t.lower() for t in WORD.findall(entry)]
        prev = None
        for t in toks:
            if t.isdigit() or t in EXEMPT:
                prev = None
                continue
            if t in self.words:
                return False
            if any(ord(c) > 127 for c in t):
                if prev is not None and prev + " " + t in self.words:
                    return False
                prev = t
            else:
                prev = None
        return True

    def pool(self, rng, make, n):
        out, seen = [], set()
        for _ in range(n * 40):
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
        if len(out) < n // 2:
            raise SystemExit(f"freeze: pool too small ({len(out)}) {seen and sorted(seen)[:5]}")
        return out


# ----------------------------------------------------------------- identifiers (all validated)
def _chk(mod, v):
    mod.validate(v)
    return v


def retry(rng, fn, validate):
    for _ in range(CAP):
        try:
            v = fn(rng)
            validate(v)
            return v
        except Exception:
            continue
    raise SystemExit(f"could not generate a valid value with {fn}")


def dob(rng, lo=1950, hi=2006):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def bf(b, mod):
    """Brute-force the single trailing check digit with the stdnum validator."""
    for c in "0123456789":
        if mod.is_valid(b + c):
            return b + c
    raise ValueError(b)


def g_ssn(r):
    return f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def g_aba(r):
    b = f"{r.choice(['0', '1', '2', '3'])}{r.randint(0, 9)}{r.randint(0, 999999):06d}"
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    c = (10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10
    return b + str(c)


def g_nhs(r):
    b = f"{r.randint(400000000, 499999999)}"
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
    c = 0 if c == 11 else c
    return f"{b[:3]} {b[3:6]} {b[6:]}{c}"


def g_idnr(r):
    ds = r.sample("0123456789", 9)
    ds.append(r.choice(ds))
    r.shuffle(ds)
    b = "".join(ds)
    return b + mod_11_10.calc_check_digit(b)


def g_nir(r):
    d = dob(r)
    b = f"{r.choice('12')}{d.year % 100:02d}{d.month:02d}{r.randint(1, 95):02d}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
    k = 97 - int(b) % 97
    return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {k:02d}"


def g_dni(r):
    b = f"{r.randint(10000000, 79999999)}"
    return b + s_dni.calc_check_digit(b)


def g_cf(r):
    L = "BCDFGLMNPRSTVZ"
    d = dob(r)
    day = d.day + (40 if r.random() < 0.4 else 0)
    b = ("".join(r.choice(L) for _ in range(3)) + "".join(r.choice(L + "AEIO") for _ in range(3))
         + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1] + f"{day:02d}" + r.choice("FHLG") + f"{r.randint(100, 999)}")
    return b + s_cf.calc_check_digit(b)


def g_bsn(r):
    b = f"{r.randint(10000000, 69999999):08d}"
    return bf(b, s_bsn)


def g_pesel(r):
    d = dob(r, 1950, 1999)
    b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{r.randint(0, 9999):04d}"
    return b + s_pesel.calc_check_digit(b)


def g_cpf(r):
    b = f"{r.randint(100000000, 999999999)}"
    v = b + s_cpf._calc_check_digits(b)
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def g_pnr(r):
    d = dob(r)
    b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{r.randint(0, 999):03d}"
    return f"{b[:6]}-{b[6:]}{luhn.calc_check_digit(b)}"


def g_tck(r):
    b = f"{r.randint(100000000, 999999999)}"
    return b + s_tck.calc_check_digits(b)


def g_inn(r):
    b = f"77{r.randint(10, 99)}{r.randint(0, 999999):06d}"
    return b + s_inn.calc_personal_check_digits(b)


def g_rntrc(r):
    b = f"{r.randint(200000000, 399999999)}"
    return b + s_rntrc.calc_check_digit(b)


def g_amka(r):
    d = dob(r)
    b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{r.randint(0, 9999):04d}"
    return b + luhn.calc_check_digit(b)


def g_ilid(r):
    b = f"{r.randint(1000000, 39999999):08d}"
    return bf(b, s_ilid)


def g_aadhaar(r):
    b = f"{r.randint(2, 9)}{r.randint(0, 10 ** 10 - 1):010d}"
    v = b + verhoeff.calc_check_digit(b)
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def g_thpin(r):
    b = f"{r.randint(1, 8)}{r.randint(0, 10 ** 11 - 1):011d}"
    v = b + s_thpin.calc_check_digit(b)
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"


def g_rrn(r):
    d = dob(r, 1950, 1999)
    b = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{r.choice('12')}{r.randint(0, 96):02d}{r.randint(0, 999):03d}"
    return f"{b[:6]}-{b[6:]}{s_rrn.calc_check_digit(b)}"


def g_ric(r):
    d = dob(r)
    b = f"{r.choice(['110101', '110105', '310104', '440106', '510107', '320102'])}{d:%Y%m%d}{r.randint(0, 999):03d}"
    return b + s_ric.calc_check_digit(b)


def g_card(r):
    p, n = r.choice([("4", 16), ("51", 16), ("53", 16), ("22", 16), ("37", 15)])
    b = p + "".join(str(r.randint(0, 9)) for _ in range(n - len(p) - 1))
    v = b + luhn.calc_check_digit(b)
    if n == 15:
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def g_mrn(r):
    b = f"{r.randint(1000000, 9999999)}"
    return b + luhn.calc_check_digit(b)


IBAN_BBAN = {"DE": 18, "PL": 24, "IL": 19, "SA": 20, "SE": 20, "AT": 16, "TR": 22, "GR": 23, "UA": 25,
             "NL": ("ABNA", 10), "GB": ("NWBK", 14)}


def g_iban(cc):
    def f(r):
        spec = IBAN_BBAN[cc]
        if isinstance(spec, tuple):
            bban = spec[0] + "".join(str(r.randint(0, 9)) for _ in range(spec[1]))
        else:
            bban = "".join(str(r.randint(0, 9)) for _ in range(spec))
            if cc == "TR":
                bban = bban[:5] + "0" + bban[6:]
        v = cc + s_iban.calc_check_digits(cc + "00" + bban) + bban
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return f


VALID = {"ssn": s_ssn.validate, "aba": s_rtn.validate, "nhs": s_nhs.validate, "idnr": s_idnr.validate,
         "nir": s_nir.validate, "dni": s_dni.validate, "cf": s_cf.validate, "bsn": s_bsn.validate,
         "pesel": s_pesel.validate, "cpf": s_cpf.validate, "pnr": s_pnr.validate, "tck": s_tck.validate,
         "inn": s_inn.validate, "rntrc": s_rntrc.validate, "amka": s_amka.validate, "ilid": s_ilid.validate,
         "aadhaar": s_aadhaar.validate, "thpin": s_thpin.validate, "rrn": s_rrn.validate, "ric": s_ric.validate,
         "card": lambda v: luhn.validate(v.replace(" ", "")), "mrn": luhn.validate, "iban": s_iban.validate}
GEN = {"ssn": g_ssn, "aba": g_aba, "nhs": g_nhs, "idnr": g_idnr, "nir": g_nir, "dni": g_dni, "cf": g_cf,
       "bsn": g_bsn, "pesel": g_pesel, "cpf": g_cpf, "pnr": g_pnr, "tck": g_tck, "inn": g_inn, "rntrc": g_rntrc,
       "amka": g_amka, "ilid": g_ilid, "aadhaar": g_aadhaar, "thpin": g_thpin, "rrn": g_rrn, "ric": g_ric,
       "card": g_card, "mrn": g_mrn}
ID_TYPE = {"ssn": "ssn", "nhs": "HEALTH_INSURANCE", "idnr": "TAX_ID", "nir": "NATIONAL_ID", "dni": "NATIONAL_ID",
           "cf": "TAX_ID", "bsn": "NATIONAL_ID", "pesel": "NATIONAL_ID", "cpf": "TAX_ID", "pnr": "NATIONAL_ID",
           "tck": "NATIONAL_ID", "inn": "TAX_ID", "rntrc": "TAX_ID", "amka": "NATIONAL_ID", "ilid": "NATIONAL_ID",
           "aadhaar": "NATIONAL_ID", "thpin": "NATIONAL_ID", "rrn": "NATIONAL_ID", "ric": "NATIONAL_ID"}


def make_id(r, kind):
    if kind.startswith("iban_"):
        return retry(r, g_iban(kind[5:]), s_iban.validate)
    return retry(r, GEN[kind], VALID[kind])


def make_phone(r, region, fixed=False):
    t = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
    ex = phonenumbers.example_number_for_type(region, t)
    nat = phonenumbers.national_significant_number(ex)
    for _ in range(CAP):
        k = min(6, len(nat) - 2)
        cand = nat[:-k] + "".join(str(r.randint(0, 9)) for _ in range(k))
        p = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region and cand != nat:
            fmt = r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                            phonenumbers.PhoneNumberFormat.E164])
            s = phonenumbers.format_number(p, fmt)
            assert phonenumbers.is_valid_number(phonenumbers.parse(s, region))
            return s
    raise SystemExit(f"no valid phone for {region}")


def make_ip(r):
    for _ in range(CAP):
        a = ipaddress.ip_address(r.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not a.is_multicast:
            return str(a)
    raise SystemExit("no global ip")


# ----------------------------------------------------------------- locales
# code, script, phone region, id kinds, iban, given-name parts, surname parts, place parts, street template,
# family-name-first, labels (name, birth date, address, phone, id), local sensitive line, local benign line,
# short easy question, short hard question
LOCALES = [
    ("en-GB", "Latin", "GB", ["nhs"], "iban_GB", ("Bren Cal Dar El Gar Har Jes Kel Lor Mor Rhy Tam Wyn Ash Ced".split(), "ton ley ric den wyn by ford ella ie ard".split()),
     ("Ald Brack Cob Dun Fair Hask Lind Mott Pen Strat Thorn Wad Yel Carr".split(), "well bury stone ham wick croft ley more shaw".split()),
     ("Ash Brom Chal Dur Kings Mar Ox Rother Tid Wel".split(), "bury field ham ington worth stow".split()), "{n} {s} Road, {c} {z}", False,
     ("Name", "DOB", "Home address", "Mobile", "NHS no."), "Posted to SFA on return from Op tour, needs the move-in booked.",
     "Remembrance Sunday parade forms up at 10:15 by the war memorial.", "What does SFA stand for?",
     "Should a Reservist on a 12-month FTRS contract take the pension transfer or keep the deferred AFPS 15 benefit? Reason it out."),
    ("en-US", "Latin", "US", ["ssn", "aba"], None, ("Bray Cort Dal Jax Kay Lan Mav Rey Tuck Wes Shay Tre".split(), "den son lyn ton ell ie ah".split()),
     ("Bal Corr Dom Hatch Kin Lott Mer Pru Stan Wick Yard".split(), "er ley ington son ridge field well".split()),
     ("Clar Fay Gran Hol Killeen Law Mor Pres Spring Wat".split(), "ville ton burg field port dale".split()), "{n} {s} Dr, {c}, TX {z}", False,
     ("Name", "DOB", "Address", "Cell", "SSN"), "PCS orders dropped, need DEERS updated and the BAH start date fixed.",
     "VFW post fish fry Friday 1800, all vets and families welcome.", "What is the DD-214?",
     "Compare VA disability compensation at 70% vs. CRSC for a medically retired E-6 with 14 years; which is better and why?"),
    ("de-DE", "Latin", "DE", ["idnr"], "iban_DE", ("Jan Til Ben Lu Mar Fin Ole Jon Hen Kar Wen".split(), "nik o ja la ke rik nes".split()),
     ("Brack Ebel Fenn Grot Hal Kling Lorb Mert Pfeff Rott Wasch".split(), "mann er hoff berg ke stein bach".split()),
     ("Alt Bruck Ebers Hasel Lin Munster Rott Stein Wald Zell".split(), "dorf hausen feld heim stadt burg".split()), "{s}straße {n}, {z} {c}", False,
     ("Name", "Geburtsdatum", "Anschrift", "Handy", "Steuer-ID"), "Bitte Trennungsgeld und Umzugskostenvergütung für den Kameraden prüfen.",
     "Reservistenverband: Schießausbildung am Samstag, Treffpunkt Kasernentor 07:30.", "Was bedeutet BAPersBw?",
     "Lohnt sich für einen SaZ 12 die Berufsförderungsdienst-Förderung oder der direkte Wechsel in die Wirtschaft? Begründe."),
    ("fr-FR", "Latin", "FR", ["nir"], None, ("Ma Lu Ga Ba Sy Cé Tho Yo Ju Aure".split(), "xime cas ël stien lvie line mas ann lie lien".split()),
     ("Bel Cham Dur Fou Lav Mor Pel Ros Tis Vaub".split(), "ard ier oux ot in eau et ac".split()),
     ("Bel Chat Mont Rive Saint-Ar Vil Fon Roche".split(), "leval bourg ville mont court ac".split()), "{n} rue des {s}, {z} {c}", False,
     ("Nom", "Né(e) le", "Adresse", "Portable", "N° sécu"), "Demande de permission exceptionnelle suite à l'OPEX, conjoint hospitalisé.",
     "Cérémonie du 11 novembre : rassemblement des porte-drapeaux à 10h devant le monument.", "C'est quoi l'ONAC-VG ?",
     "Un militaire blessé en OPEX doit-il demander une pension militaire d'invalidité avant ou après sa reconversion ? Analyse."),
    ("es-ES", "Latin", "ES", ["dni"], None, ("Ai Ire Ma Ro Dani Lu Ser Ale Jai Nere".split(), "tor ne rcos cío el cas gio xia me a".split()),
     ("Bar Cal Esc Gal Lor Mon Pe Quin Ruy Tor".split(), "ero illa ales edo ano ueta ez".split()),
     ("Alca Ben Cas Mira Pue Tor Val Villa".split(), "nueva lar dela monte rrubia franca".split()), "C/ {s}, {n}, {z} {c}", False,
     ("Nombre", "F. nac.", "Domicilio", "Móvil", "DNI"), "Solicito el cambio de destino por conciliación familiar, mi mujer está de baja.",
     "Jura de bandera civil el sábado en el acuartelamiento, entrada libre.", "¿Qué es el ISFAS?",
     "¿Le conviene a un cabo primero con 18 años de servicio pasar a la reserva de especial disponibilidad? Razona."),
    ("it-IT", "Latin", "IT", ["cf"], None, ("Gia Lo Ma Fe Ste Ric Sil Ales Da Chia".split(), "como renzo rta derica fano cardo via sia vide ra".split()),
     ("Bel Cap Fer Gall Lom Mar Pel Ros Ser Tor".split(), "etti ucci ardi oni ello ini asso".split()),
     ("Bor Cas Mon Pie Roc San Val Tor".split(), "gonovo tellina tefiore ve vetere".split()), "Via {s} {n}, {z} {c}", False,
     ("Nome", "Nato il", "Residenza", "Cell.", "Cod. fiscale"), "Chiedo la licenza straordinaria per il rientro dalla missione, mia madre sta male.",
     "Raduno dell'Associazione Nazionale del reggimento domenica alle 9:30 in piazza.", "Cos'è la CMO?",
     "Per un maresciallo in ausiliaria conviene il riscatto degli anni di accademia ai fini pensionistici? Ragiona."),
    ("nl-NL", "Latin", "NL", ["bsn"], "iban_NL", ("Daan Jo Sem Lie Noor Bram Fen Tij Roe".split(), "mke ris ke s na ke".split()),
     ("Bak Ver Brou Dijk Hoog Kui Mol Stee Wou".split(), "ker hoef wer stra man pers gen".split()),
     ("Beek Brug Hol Oost Wes Zand Dor".split(), "veen hoven dam wijk broek".split()), "{s}laan {n}, {z} {c}", False,
     ("Naam", "Geb.datum", "Adres", "Mobiel", "BSN"), "Verzoek bijzonder verlof: partner bevalt tijdens de uitzending.",
     "Veteranendag: deelnemers melden zich om 09:00 bij de kazerne.", "Wat is het Veteraneninstituut?",
     "Moet een reservist kiezen tussen de werkgeversregeling en een aanstelling bij Defensie als hij zzp'er is? Weeg af."),
    ("pl-PL", "Latin", "PL", ["pesel"], "iban_PL", ("Kac Szy Mi Ja Bar Ło Zu Wik Ig Fil".split(), "per mon łosz kub tosz ina zanna toria nacy".split()),
     ("Brzoz Grab Kow Lis Mrocz Sob Wil Zaw Ciep".split(), "owski ecki iak czyk ewicz ski ak".split()),
     ("Brze Gor Krasno Lesz Ostro Wierz Zielo".split(), "wice nica ów lin góra".split()), "ul. {s}a {n}, {z} {c}", False,
     ("Imię i nazwisko", "Data ur.", "Adres", "Tel.", "PESEL"), "Proszę o urlop okolicznościowy, żona rodzi w przyszłym tygodniu.",
     "Apel pamięci w sobotę o 18:00, zbiórka przed jednostką.", "Co to jest WOT?",
     "Czy żołnierz WOT z umową na etat cywilny powinien przejść do zawodowej służby? Rozważ za i przeciw."),
    ("pt-BR", "Latin", "BR", ["cpf"], None, ("Ra Thi Lu Ga Bru Jo Vi Ca Dé Ta".split(), "fael ago ana briel no ão tória io bora mires".split()),
     ("Bar Cor Fa Go Lim Mace Per Quei Ro Tei".split(), "ros doso rias mes eira do ira xeira".split()),
     ("Ara Bela Campo Itá Pira Santa Três".split(), "guaia cema pina ruba vista".split()), "Rua {s}, {n} - {c} - CEP {z}", False,
     ("Nome", "Nasc.", "Endereço", "Celular", "CPF"), "Preciso da dispensa do serviço pro casamento, o sargento pediu o requerimento.",
     "Formatura do Dia do Soldado no quartel, aberta às famílias às 8h.", "O que é o FuSEx?",
     "Vale a pena um 3º sargento temporário prestar o concurso da EsSA ou sair e usar a reserva? Analise."),
    ("sv-SE", "Latin", "SE", ["pnr"], "iban_SE", ("Al Eb Li Nil Sig Ast Vil Ell Tov".split(), "va ba nnea s ne rid ma en e".split()),
     ("Berg Dahl Fors Lind Sjö Ström Ek Holm".split(), "gren qvist ström berg lund man".split()),
     ("Björk Ek Hal Norr Sand Vik Öster".split(), "by köping sund vik stad".split()), "{s}vägen {n}, {z} {c}", False,
     ("Namn", "Födelsedatum", "Adress", "Mobil", "Personnr"), "Ansöker om tjänstledighet för repövning, arbetsgivaren vill ha intyg.",
     "Hemvärnet håller öppet hus på lördag kl 10 vid förrådet.", "Vad är Pliktverket?",
     "Ska en värnpliktig som fått erbjudande om GSS/K tacka ja eller börja plugga? Resonera."),
    ("tr-TR", "Latin", "TR", ["tck"], "iban_TR", ("Ay Bur Ce Em Hak Ka Mer Ser Tol Yi".split(), "dın ak ren ine an an ve dar ga ğit".split()),
     ("Ak Bal Çelik Dem Er Kara Öz Tun Yal".split(), "soy kaya oğlu ci taş türk gün".split()),
     ("Ak Bay Çam Gül Kara Yeni".split(), "tepe köy dere pınar yurt".split()), "{s} Sok. No:{n}, {z} {c}", False,
     ("Ad Soyad", "Doğum tarihi", "Adres", "Cep", "TC Kimlik"), "Bedelli askerlik için başvuru belgelerini hazırlamam lazım, yardım et.",
     "Şehitlik ziyareti cumartesi saat 11:00'de, derneğin otobüsü kalkıyor.", "Yoklama kaçağı ne demek?",
     "Uzman çavuş olarak sözleşme yenilemek mi yoksa astsubaylığa geçiş mi daha mantıklı? Gerekçelendir."),
    ("ru-RU", "Cyrillic", "RU", ["inn"], None, ("Ар Вла Сте Ми Да Ки Ти Ев Ле Гле".split(), "тём дислав пан рон нила рилл мур гений онид б".split()),
     ("Бор Вол Гор Дуб Жук Ков Лап Сок Тих".split(), "енко ов ин ский ков цев ников".split()),
     ("Бел Вер Крас Ниж Сос Яр Озер".split(), "огорск хнеск ново ский поле".split()), "ул. {s}ая, д. {n}, {c}, {z}", False,
     ("ФИО", "Дата рождения", "Адрес", "Тел.", "ИНН"), "Нужно оформить отпуск по семейным обстоятельствам после командировки.",
     "Встреча ветеранов части в субботу в 12:00 у мемориала.", "Что такое военный билет?",
     "Контрактнику с 10 годами выслуги выгоднее уволиться сейчас или дослужить до пенсии за выслугу лет? Обоснуй."),
    ("uk-UA", "Cyrillic", "UA", ["rntrc"], "iban_UA", ("Ос Бо Та Ма Ярос Ол Сві Да".split(), "тап гдан рас рія лав еся тлана рина".split()),
     ("Бонд Грин Коз Лев Мель Ткач Шев".split(), "аренко ич ак енко ук чук ський".split()),
     ("Біло Вишн Зелен Крем Новo Старо".split(), "городка евe одольськ ківці".split()), "вул. {s}а, буд. {n}, м. {c}, {z}", False,
     ("ПІБ", "Дата народження", "Адреса", "Моб.", "РНОКПП"), "Прошу допомогти з рапортом на відпустку після ротації, дружина хворіє.",
     "Вшанування полеглих захисників у неділю о 10:00 біля ради.", "Що таке УБД?",
     "Чи варто ветерану з УБД брати пільгову іпотеку зараз чи чекати на житлову компенсацію? Проаналізуй."),
    ("el-GR", "Greek", "GR", ["amka"], "iban_GR", ("Γιώρ Κων Δη Ελ Μαρ Νι Αθ Σοφ".split(), "γος σταντίνος μήτρης ένη ία κος ανάσιος ία".split()),
     ("Παπα Καρα Αλεξ Βλα Γεωργ Μαυρ".split(), "δόπουλος γιάννης ίου χος ακης ίδης".split()),
     ("Αγία Νέα Παλαιό Άνω Κάτω".split(), "Μάνδρα Σμύρνη Φάληρο Λιόσια Κηφισιά".split()), "οδός {s} {n}, {z} {c}", False,
     ("Ονοματεπώνυμο", "Ημ. γέννησης", "Διεύθυνση", "Κινητό", "ΑΜΚΑ"), "Χρειάζομαι άδεια για την ορκωμοσία του γιου μου, είμαι σε μετάθεση.",
     "Το σωματείο αποστράτων οργανώνει μνημόσυνο την Κυριακή στις 11:00.", "Τι είναι το ΜΤΣ;",
     "Συμφέρει έναν ΕΠΟΠ με 15 χρόνια να ζητήσει αποστρατεία τώρα ή να περιμένει τη νέα μισθολογική κλίμακα; Ανάλυσε."),
    ("he-IL", "Hebrew", "IL", ["ilid"], "iban_IL", ("נו עו אבי שי רו תמ יה".split(), "עם מר תר רן ני ר לי".split()),
     ("בר גול שט לנ אז פר".split(), "קוביץ דמן רן דאו לאי ץ".split()),
     ("קרית נווה רמת גבעת".split(), "אורנים השקד יובל הדר".split()), "רחוב {s} {n}, {c} {z}", False,
     ("שם", "ת. לידה", "כתובת", "נייד", "ת.ז."), "צריך לסדר גימלים לבן שלי אחרי המילואים, הוא במעקב.",
     "טקס יום הזיכרון בבית העלמין הצבאי בשעה 11:00.", "מה זה אגף השיקום?",
     "האם כדאי למילואימניק עצמאי לתבוע תגמול מוגדל או פיצוי לעצמאים? נמק."),
    ("ar-SA", "Arabic", "SA", [], "iban_SA", ("فه عب سل تر خال ماج".split(), "د دالله طان كي د د".split()),
     ("زه نو قب رم سد خف".split(), "يري اني اوي يلي ادي".split()),
     ("الز الق الم الع".split(), "هراء ميرة رجان طايف نبرة".split()), "{n} شارع {s}، {c}، {z}", False,
     ("الاسم", "تاريخ الميلاد", "العنوان", "الجوال", "رقم الهوية"), "أحتاج إجازة اضطرارية بعد المناوبة، والدتي في المستشفى.",
     "حفل تخريج دورة الأفراد يوم الخميس الساعة التاسعة صباحاً.", "ما هي المؤسسة العامة للتقاعد؟",
     "هل الأفضل لضابط صف بعد 20 سنة خدمة التقاعد المبكر أم الاستمرار؟ حلل الخيارات."),
    ("hi-IN", "Devanagari", "IN", ["aadhaar"], None, ("राज अमि सुनी विक्र मनो दीप".split(), "ेश त ल म ज क".split()),
     ("शर् सिं याद चौह".split(), "मा ह व ान".split()),
     ("राम शिव गोवि".split(), "पुर नगर गढ़".split()), "मकान नं. {n}, {s} मार्ग, {c} {z}", False,
     ("नाम", "जन्म तिथि", "पता", "मोबाइल", "आधार"), "ECHS कार्ड के लिए आवेदन करना है, पापा रिटायर्ड सूबेदार हैं।",
     "सैनिक कल्याण बोर्ड की बैठक सोमवार को सुबह 10 बजे।", "CSD कैंटीन क्या है?",
     "अग्निवीर के बाद CAPF में जाना बेहतर है या निजी सुरक्षा क्षेत्र? तर्क सहित बताइए।"),
    ("ne-NP", "Devanagari", "NP", [], None, ("बिर सुर भक्त खड्", "क कल्प".split()), ("गुरु थापा राई लिम्बु".split(), "ङ् मगर ".split()),
     ("तिल बेल सिम खर दम".split(), "कोट पानी टार बास घाट".split()), "{c}-{n}, {s} टोल, {z}", False,
     ("नाम", "जन्म मिति", "ठेगाना", "मोबाइल", "नागरिकता"), "बुबाको पेन्सन कागजात मिलाउनु छ, वहाँ गोर्खा पल्टनबाट रिटायर्ड हो।",
     "भूपू सैनिक संघको भेला शनिबार बिहान १० बजे।", "GWS भनेको के हो?",
     "Gurkha पेन्सन UK मा सर्ने कि नेपालमै लिने? फाइदा-बेफाइदा विश्लेषण गर।"),
    ("th-TH", "Thai", "TH", ["thpin"], None, ("สม วิ ธน ประ อนุ".split(), "ชาย ชัย พล เสริฐ วัฒน์".split()),
     ("แก้ว ทอง ศรี บุญ".split(), "มณี ประเสริฐ สุข เรือง".split()),
     ("บาง หนอง ดอน".split(), "พลี ขาม แก้ว".split()), "{n} ซอย{s} ถนน{s}, {c} {z}", False,
     ("ชื่อ", "วันเกิด", "ที่อยู่", "มือถือ", "เลขบัตร ปชช."), "ขอลาพักเพื่อดูแลภรรยาที่คลอดลูก หลังกลับจากชายแดน",
     "พิธีวันทหารผ่านศึก 3 ก.พ. เวลา 08.00 น. ที่อนุสาวรีย์", "สด.43 คืออะไร",
     "ทหารกองประจำการที่ใกล้ปลดควรสมัครนายสิบหรือออกไปทำงานเอกชน? วิเคราะห์"),
    ("zh-CN", "Han", "CN", ["ric"], None, ("建 志 海 晓 振 德".split(), "军 国 峰 明 华 强".split()),
     ("邬 盛 晏 缪 柏 樊".split(), ["", ""]), ("东 西 南 北 新".split(), "城 湖 岗 桥".split()),
     "{c}区{s}路{n}号{z}室", True, ("姓名", "出生日期", "住址", "手机", "身份证号"),
     "我爱人是现役军人，想申请随军家属安置，材料怎么准备？", "八一建军节慰问活动周五上午在社区举行。", "什么是优待证？",
     "退役士兵选择自主就业还是安排工作更划算？请分析利弊。"),
    ("ja-JP", "Kana", "JP", ["mrn"], None, ("ゆう けん はる たく しょう".split(), "すけ た と や へい".split()),
     ("梶 苑 鍋 杵 榊".split(), "谷 原 島 沢 森".split()), ("北 南 東 西".split(), "浜 台 丘 里".split()),
     "{c}市{s}町{n}-{z}", True, ("氏名", "生年月日", "住所", "携帯", "カルテ番号"),
     "自衛隊の官舎に入居する予定ですが、夫の転勤が早まりました。", "駐屯地記念行事は日曜10時開門です。", "予備自衛官補とは？",
     "任期制隊員が任期満了で退職するか、曹候補生を受けるべきか、理由を分析してください。"),
    ("ko-KR", "Hangul", "KR", ["rrn"], None, ("민 서 지 도 하 준".split(), "준 연 호 윤 은 혁".split()),
     ("탁 변 옥 편 용".split(), ["", ""]), ("새 한 남 동".split(), "솔 빛 마루 들".split()),
     "{c}시 {s}로 {n}, {z}", True, ("성명", "생년월일", "주소", "휴대폰", "주민번호"),
     "아들이 전역 전 휴가 나오는데 예비군 편성 서류를 어떻게 내나요?", "현충일 추념식은 오전 10시 현충탑에서 진행됩니다.",
     "보훈처가 뭐예요?", "장기복무 부사관이 전역 후 군무원 시험을 볼지 민간 취업을 할지 분석해 주세요."),
]
# fix the two compact entries
LOCALES = [list(x) for x in LOCALES]
for L in LOCALES:
    if isinstance(L[5], tuple) and isinstance(L[5][0], str):
        L[5] = (L[5][0].split(), L[5][1])
LEXT = [("en-AU", "Latin", "AU"), ("en-FJ", "Latin", "FJ")]


def syl(parts, r, join=""):
    a, b = parts
    return r.choice(a) + join + r.choice(b)


class Loc:
    def __init__(self, row, fz, r):
        (self.code, self.script, self.region, self.ids, self.iban, gp, sp, pp, self.addr_t, self.fam_first,
         self.lbl, self.s_line, self.b_line, self.q_easy, self.q_hard) = row
        cjk = self.code[:2] in ("zh", "ja", "ko")
        sep = "" if cjk else " "
        sp2 = (sp[0], [x for x in sp[1]] or [""])

        def person(rr):
            g, f = syl(gp, rr), syl(sp2, rr)
            if self.code == "ar-SA":
                f = "ال" + f
            if self.code in ("hi-IN", "ne-NP"):
                f = rr.choice(sp[0]) + rr.choice(sp[1]) if rr.random() < 0.3 else rr.choice(sp[0])
            return (f + sep + g) if self.fam_first else (g + " " + f)
        self.people = fz.pool(r, person, 40)
        self.firsts = sorted({p.split(" ")[0] if not self.fam_first else p[1:] for p in self.people})
        self.streets = fz.pool(r, lambda rr: syl(pp, rr) + rr.choice(gp[0]) if cjk else (syl(sp2, rr) if rr.random() < .5 else syl(pp, rr)), 14)
        self.places = fz.pool(r, lambda rr: syl(pp, rr), 10)
        self.eponyms = fz.pool(r, person, 10)  # barracks / streets named after people

    def address(self, r):
        return self.addr_t.format(n=r.randint(2, 180), s=r.choice(self.streets), c=r.choice(self.places),
                                  z=f"{r.randint(10000, 99999)}")

    def dob(self, r):
        d = dob(r)
        f = {"en-US": "%m/%d/%Y", "en-GB": "%d/%m/%Y", "de-DE": "%d.%m.%Y", "zh-CN": "%Y年%m月%d日",
             "ja-JP": "%Y年%m月%d日", "ko-KR": "%Y. %m. %d.", "sv-SE": "%Y-%m-%d"}.get(self.code, "%d/%m/%Y")
        return d.strftime(f)


# ----------------------------------------------------------------- documents
KINDS = ["intake", "correspondence", "scheduling", "complaint", "internal_note", "export", "notice", "form", "chat"]
ROLES = ["welfare officer", "unit admin clerk", "reservist", "service spouse", "veteran", "pensions caseworker",
         "cadet adult volunteer", "defence contractor HR", "housing officer", "regimental association secretary"]
SYSTEMS = ["You help a unit welfare office draft and triage messages. Be concise.",
           "You are an assistant for a veterans' charity caseworker team.",
           "Assistant for forces housing maintenance desk. Classify and reply.",
           "You support a defence contractor's HR team with reservist leave admin.",
           "You help cadet force volunteers with paperwork."]
ASKS = ["summarise this for the duty officer", "draft a reply", "extract to JSON pls", "translate to English",
        "check tone + fix typos", "what's missing from this?", "triage: urgent or routine?", "turn into a table"]
JARGON = ["JPA", "SFA", "AFPS 15", "FTRS", "OC", "RSM", "DIO", "SSAFA-style caseworker", "CO's letter", "MoD Form 10",
          "R&R", "POTL", "ECHS", "VA claim", "BAH", "TA/Res", "CCF detachment", "Op tour", "sick parade"]


def org(L, r):
    return f"{r.choice(L.places)} " + r.choice(["Veterans Association", "Regiment Association", "Cadets Branch",
                                               "Forces Families Trust", "Legion Branch", "Welfare Fund"])


def sensitive_doc(L, kind, r):
    """Return text and the list of (type, value) issued."""
    who = r.choice(L.people)
    issued = [("PERSON", who)]
    items = []
    rich = r.random() < 0.7
    lb = L.lbl
    ph = make_phone(r, L.region)
    items.append(f"{lb[3]}: {ph}" + (f" ext. {r.randint(10, 499)}" if r.random() < .1 else ""))
    issued.append(("PHONE_NUMBER", ph))
    if rich or kind in ("intake", "form", "export"):
        b = L.dob(r)
        items.append(f"{lb[1]}: {b}")
        issued.append(("DATE_TIME", b))
        a = L.address(r)
        items.append(f"{lb[2]}: {a}")
        issued.append(("LOCATION", a))
    for k in L.ids:
        if r.random() < 0.75:
            v = make_id(r, k)
            if k == "aba":
                acct = f"{r.randint(10 ** 8, 10 ** 10)}"
                items.append(f"allotment routing {v} acct {acct}")
                issued.append(("US_BANK_NUMBER", v))
                issued.append(("US_BANK_NUMBER", acct))
                continue
            items.append(f"{lb[4] if k != 'mrn' else 'カルテ'}: {v}")
            issued.append((ID_TYPE.get(k, "MEDICAL_RECORD"), v))
    if L.iban and r.random() < 0.5:
        v = make_id(r, L.iban)
        items.append(f"IBAN {v}")
        issued.append(("IBAN_CODE", v))
    if r.random() < 0.3:
        em = (re.sub(r"[^a-z]", "", who.lower()) or "sgt") + f"{r.randint(1, 99)}@" + r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "web.de"])
        items.append(f"email {em}")
        issued.append(("EMAIL_ADDRESS", em))
    if kind == "complaint" and r.random() < 0.3:
        c = make_id(r, "card")
        items.append(f"paid the callout fee on card {c}")
        issued.append(("CREDIT_CARD", c))
    if kind == "chat" and r.random() < 0.3:
        ip = make_ip(r)
        items.append(f"my home router IP is {ip}")
        issued.append(("IP_ADDRESS", ip))
    rel = r.choice(["my husband", "my wife", "my son", "our daughter", "the new recruit", "my brother"])
    first = r.choice(L.firsts)
    if r.random() < 0.3:
        items.append(f"({rel} {first} is also on the housing list)")
        issued.append(("PERSON", first))
    head = {"intake": f"Welfare intake — {lb[0]}: {who}", "correspondence": f"Dear Pensions Office,\nre my claim, {who}",
            "scheduling": f"Leave/move-in plan for {who}", "complaint": f"Housing complaint from {who}, {r.choice(JARGON)}",
            "internal_note": f"Note to file (restricted) — {who}", "export": "",
            "notice": f"Notice: {who} joins the standard bearers", "form": f"[{r.choice(JARGON)} form]\n{lb[0]}: {who}",
            "chat": f"hey, it's {who} again"}[kind]
    if kind == "export":
        hdr = "service_ref,name,phone,notes"
        rows = [hdr, f"SR-{r.randint(1000, 9999)},{who},{ph},{L.s_line}"]
        text = "\n".join(rows) + "\n" + "\n".join(items[1:])
    else:
        text = head + "\n" + L.s_line + "\n" + "\n".join(items)
    return text, issued


def benign_doc(L, kind, r, incidental=False):
    ep = r.choice(L.eponyms)
    refs = [f"case ref {r.choice(['VWS', 'AFCS', 'HSG', 'WPS'])}/{r.randint(2019, 2026)}/{r.randint(10000, 99999)}",
            f"NSN {r.randint(1000, 9999)}-{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
            f"booking {r.choice('ABCDEFGH')}{r.randint(100000, 999999)}", f"registered charity no. {r.randint(200000, 1199999)}",
            f"switchboard {make_phone(r, L.region, fixed=True)} (ask for the duty clerk)",
            f"{r.choice(['welfare', 'housing', 'admin', 'pensions'])}@{re.sub(r'[^a-z]', '', ep.lower()) or 'unit'}-veterans.example.com",
            "emergency: 112 / 999 / 911", "test card 4111 1111 1111 1111 for the donations page",
            "API logs show 203.0.113.24 and 2001:db8::7 (doc ranges)",
            f"{lb_name(L)}: ____________  {L.lbl[1]}: __/__/____", "Jane Doe / Max Mustermann (sample entries)",
            f"{ep} Barracks, gate 2", f"the {ep} Memorial Hall", f"Colonel {ep}, who raised the regiment in 1794",
            "the Minister for Veterans and the Chief of the Defence Staff visited (official visit)",
            f"[NAME] [{L.lbl[4]}] [ADDRESS] removed; 41 families housed this quarter, 7 complaints open",
            f"{org(L, r)} AGM minutes"]
    r.shuffle(refs)
    body = "\n".join(refs[:r.randint(3, 6)])
    head = {"intake": "Welfare intake template (blank)", "correspondence": "Letter to all association members",
            "scheduling": "Duty roster / range bookings", "complaint": "Housing defects summary (anonymised)",
            "internal_note": "Unit note: admin reminders", "export": "ref,item,status",
            "notice": "PUBLIC NOTICE", "form": f"{r.choice(JARGON)} form — guidance", "chat": "quick q about the unit"}[kind]
    if kind == "export":
        body = "\n".join(f"{r.choice(['HSG', 'AFCS'])}-{r.randint(10000, 99999)},{r.choice(['boiler', 'damp', 'pension query', 'kit'])},{r.choice(['open', 'closed'])}" for _ in range(5)) + "\n" + body
    text = head + "\n" + L.b_line + "\n" + body
    issued = []
    if incidental:
        c = r.choice(["phone", "rel", "dob", "email"])
        if c == "phone":
            v = make_phone(r, L.region)
            text += f"\nPS if the office is shut ring me on {v}"
            issued.append(("PHONE_NUMBER", v))
        elif c == "rel":
            v = r.choice(L.firsts)
            text += f"\n(my {r.choice(['sister', 'husband', 'son', 'mate from the regiment'])} {v} can drop the forms off)"
            issued.append(("PERSON", v))
        elif c == "dob":
            v = L.dob(r)
            text += f"\nfor the record my DOB is {v}"
            issued.append(("DATE_TIME", v))
        else:
            v = (re.sub(r"[^a-z]", "", r.choice(L.people).lower()) or "vet") + f".{r.randint(1, 99)}@gmail.com"
            text += f"\nreply to me at {v} not the unit inbox"
            issued.append(("EMAIL_ADDRESS", v))
    return text, issued


def lb_name(L):
    return L.lbl[0]


PLACES = ["user", "system", "assistant", "tool", "text_part", "file_part", "image_url", "tool_def", "tool_call",
          "json_schema", "user_field", "stop", "prediction", "metadata"]


def place(doc, where, r, role, model):
    ask = f"{r.choice(ASKS)} ({role})"
    msgs = [{"role": "system", "content": r.choice(SYSTEMS)}]
    body = {"model": model}
    if where == "user":
        msgs.append({"role": "user", "content": f"{ask}\n\n{doc}"})
    elif where == "system":
        msgs[0]["content"] += "\nContext:\n" + doc
        msgs.append({"role": "user", "content": ask})
    elif where == "assistant":
        msgs += [{"role": "user", "content": "pasting it now"}, {"role": "assistant", "content": "Received:\n" + doc},
                 {"role": "user", "content": ask}]
    elif where in ("tool", "tool_call"):
        args = json.dumps({"query": doc[:400]} if where == "tool_call" else {"id": r.randint(1, 9999)}, ensure_ascii=False)
        msgs += [{"role": "user", "content": ask},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "lookup_record", "arguments": args}}]},
                 {"role": "tool", "tool_call_id": "call_1", "content": doc if where == "tool" else "ok"}]
    elif where == "text_part":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]})
    elif where == "file_part":
        fn = r.choice(["welfare_intake.txt", "housing_export.csv", "leave_request.txt", "notes.md"])
        data = base64.b64encode(doc.encode()).decode()
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask},
                                                 {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{data}"}}]})
    elif where == "image_url":
        q = urllib.parse.urlencode({"caption": doc[:300]})
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask + "\n" + doc[300:]},
                                                 {"type": "image_url", "image_url": {"url": f"https://img.forms-scan.example.org/scan.png?{q}"}}]})
    elif where == "tool_def":
        body["tools"] = [{"type": "function", "function": {"name": "file_case", "description": "File a welfare case. Example input:\n" + doc,
                                                           "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]
        msgs.append({"role": "user", "content": ask})
    elif where == "json_schema":
        lines = [x for x in doc.split("\n") if x]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "record", "schema": {
            "type": "object", "description": lines[0], "properties": {"field": {"type": "string", "enum": lines[1:6] or ["x"],
                                                                               "examples": lines[6:] or ["n/a"]}}}}}
        msgs.append({"role": "user", "content": ask})
    elif where == "user_field":
        body["user"] = doc.split("\n")[0][:120]
        msgs.append({"role": "user", "content": ask + "\n" + "\n".join(doc.split("\n")[1:])})
    elif where == "stop":
        body["stop"] = [x[:60] for x in doc.split("\n") if x][:4]
        msgs.append({"role": "user", "content": ask + " — stop at any of the lines I set."})
    elif where == "prediction":
        body["prediction"] = {"type": "content", "content": doc}
        msgs.append({"role": "user", "content": ask + " — keep most of it the same"})
    elif where == "metadata":
        body["store"] = True
        body["metadata"] = {"source": "welfare-desk", "note": doc[:500]}
        msgs.append({"role": "user", "content": ask})
    body["messages"] = msgs
    return body


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for k in sorted(x):
                walk(x[k])
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, str):
            out.append(x)
            out.append(urllib.parse.unquote_plus(x))
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(",", 1)[1]).decode())
    walk(body)
    return json.dumps(body, ensure_ascii=False) + "\n" + "\n".join(out)


def label(body, issued):
    h = haystack(body)
    ents, seen = [], set()
    for t, v in issued:
        if (t, v) not in seen and v in h:
            seen.add((t, v))
            ents.append({"type": t, "value": v})
    return ents


def build_pii(r, locs, counts):
    recs = []
    n_total = 504
    for i in range(n_total):
        L = locs[i % len(locs)]
        kind = KINDS[(i // len(locs) + i) % len(KINDS)]
        sens = r.random() < 0.58
        incidental = sens and r.random() < 0.12
        role = r.choice(ROLES)
        comp = r.random() < 0.10
        for _ in range(CAP):
            if sens and not incidental:
                doc, issued = sensitive_doc(L, kind, r)
            else:
                doc, issued = benign_doc(L, kind, r, incidental)
            where = PLACES[(i * 5 + r.randint(0, 3)) % len(PLACES)]
            model = r.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1"])
            if comp:
                body = {"model": "gpt-3.5-turbo-instruct", "prompt": f"{r.choice(ASKS)}:\n\n{doc}\n\n---\n", "max_tokens": 400}
                where = "prompt"
            else:
                body = place(doc, where, r, role, model)
            ents = label(body, issued)
            if bool(ents) == sens:
                break
        else:
            raise SystemExit("could not place record")
        assert (len(ents) > 0) == sens
        tag = "incidental" if incidental else ("benign" if not sens else "full")
        recs.append({"id": f"{SPLIT}-pii-{i + 1:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": sens,
                     "entities": ents, "endpoint": "completions" if comp else "chat", "lang": L.code,
                     "style": f"{role} · {where} · {tag}", "body": body})
        counts["incidental"] += incidental
    return recs


# ----------------------------------------------------------------- complexity
EASY_CHORES = ["Copy this list into a markdown table, same order, no changes.", "Sort these lines alphabetically.",
               "Convert the dates to YYYY-MM-DD and return the list.", "Put each item on its own line with a bullet.",
               "Count the lines and tell me the number.", "Translate the column headers only."]
HARD_TASKS = ["Given the constraints below, plan a 6-week deployment handover so no section drops below 70% strength; justify each swap.",
              "Analyse these housing defect reports, find the likely root cause across estates, and prioritise repairs under the budget cap; show your reasoning.",
              "Compare the three pension options for this veteran using the rules below, including tax, commutation and survivor benefits, and recommend one.",
              "Design a rota for cadet adult volunteers that satisfies the safeguarding two-adult rule, the listed availability and travel limits; explain conflicts.",
              "Identify contradictions between these reservist leave policies and draft an amended policy that resolves them without reducing statutory entitlements."]


def long_list(r, L, n):
    items = ["boots combat", "beret", "webbing set", "sleeping bag", "helmet liner", "mess tin", "poncho", "gaiters"]
    return "\n".join(f"{k + 1}. {r.choice(items)} — qty {r.randint(1, 300)} — store {r.choice('ABCDEF')}{r.randint(1, 9)} — "
                     f"checked 2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} — {L.b_line[:40]}" for k in range(n))


def long_rules(r, L, n):
    rules = ["Entitlement accrues at 1/70th of final pensionable pay per year of reckonable service.",
             "Early departure payments apply only after 18 years' service and age 40.",
             "Housing allocation priority: families with children under 5, then by rank band, then by date of application.",
             "Reservists mobilised for more than 12 months keep civilian pension continuity if the employer opts in.",
             "A defect graded Category 1 must be made safe within 24 hours; Category 2 within 5 working days.",
             "No section may deploy with fewer than two qualified drivers and one team medic."]
    return "\n".join(f"{k + 1}.{r.randint(1, 9)} {r.choice(rules)} ({L.b_line[:30]})" for k in range(n))


def build_cx(r, locs):
    recs = []
    cats = ["short_simple", "long_easy", "short_hard", "long_hard"] * 48
    for i, cat in enumerate(cats):
        L = locs[(i * 7) % len(locs)]
        if cat == "short_simple":
            txt = r.choice([L.q_easy, "hi, thanks for the help earlier!", f"{L.q_easy} one line pls", "what time is the parade?"])
        elif cat == "short_hard":
            txt = r.choice([L.q_hard, r.choice(HARD_TASKS).split(";")[0] + "? Think it through step by step."])
        elif cat == "long_easy":
            txt = r.choice(EASY_CHORES) + f" ({L.q_easy})\n\n" + long_list(r, L, r.randint(25, 40))
        else:
            txt = r.choice(HARD_TASKS) + f"\n{L.q_hard}\n\n" + long_rules(r, L, r.randint(14, 30))
        if cat == "long_easy":
            assert len(txt) >= 1500, len(txt)
        body = {"model": "hybridgate/auto", "messages": [{"role": "user", "content": txt}]}
        if r.random() < 0.3:
            body["messages"].insert(0, {"role": "system", "content": r.choice(SYSTEMS)})
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": int(cat.endswith("hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": L.code,
                     "style": f"{r.choice(ROLES)}/{cat}", "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    r = random.Random(a.seed)
    fz = Freeze()
    rows = list(LOCALES)
    en = rows[0]
    for code, script, region in LEXT:
        x = list(en)
        x[0], x[1], x[2], x[3], x[4] = code, script, region, [], None
        rows.append(x)
    locs = [Loc(row, fz, r) for row in rows]
    print(f"freeze: {len(fz.words)} frozen words, {fz.dropped} pool entries dropped and refilled")
    counts = collections.Counter()
    pii = build_pii(r, locs, counts)
    cx = build_cx(r, locs)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii", pii), ("complexity", cx)):
        with open(out / f"{name}_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    s = sum(x["sensitive"] for x in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {s} sensitive, {len(pii) - s} benign, {counts['incidental']} incidental, "
          f"{sum(x['endpoint'] == 'completions' for x in pii)} completions, {len({x['lang'] for x in pii})} langs, "
          f"{len({l.script for l in locs})} scripts")
    print("  entity types:", dict(sorted(collections.Counter(e['type'] for x in pii for e in x['entities']).items())))
    print("  categories:", dict(sorted(collections.Counter(x['category'] for x in pii).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records,", dict(sorted(collections.Counter(x['category'] for x in cx).items())),
          f"{len({x['lang'] for x in cx})} langs")


if __name__ == "__main__":
    main()
