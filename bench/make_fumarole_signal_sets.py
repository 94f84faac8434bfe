#!/usr/bin/env python3
"""Fumarole: an independent evaluation split for the request signals, organised by SMALL-BUSINESS BOOKKEEPING AND THE TRADES.

Writes bench/data/signals/pii_fumarole.jsonl and bench/data/signals/complexity_fumarole.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of bench/make_delta_signal_sets.py (record schema and
    conventions) and the first two lines of pii_delta.jsonl and complexity_delta.jsonl. Neither the detector,
    its tests, the evaluator, results, docs, policies nor any commit history were read. The earlier generators
    (FROZEN_AGAINST) are only scanned automatically at run time for capitalised words, non-ASCII words and
    non-ASCII word bigrams; every name and street pool entry sharing a word with that set is dropped (order
    kept) and replaced by names composed from invented, locale-typical parts (capped retries, re-checked).
    The frozen words are never printed.

Organising principle
    Small-business bookkeeping and the trades: invoices, quotes/estimates, job sheets and call-out notes of
    plumbers, electricians, builders, roofers, locksmiths, supplier statements, VAT / sales-tax returns,
    payroll for a two-person firm, debt-chasing letters and expense/receipt logs. The line it draws: PRIVATE
    customers, employees and sole traders' own personal data (home address, personal mobile, own tax and
    national numbers, personal IBAN, card) are sensitive; businesses, suppliers, wholesalers and tax
    authorities in their organisational role (registered offices, switchboards, role mailboxes, VAT numbers,
    company bank details shown as placeholders), eponymous brands and units (Ohm, Volta, Bosch-style firm
    names), fictional tradespeople, redacted templates and aggregated figures are benign.
    Sensitive category ``<kind>``, benign ``<kind>_benign``; kinds: invoice, quote, job_sheet,
    supplier_statement, vat_return, payroll, debt_chase, expense_log.

    The document is placed by rotation in: user message, system message, tool result after a tool call,
    earlier assistant turn, text content parts, tool-call arguments, the ``user`` field, response_format
    json_schema descriptions; ~10% use the legacy completions endpoint (``prompt``).

Labels
    ``entities`` is computed by searching the serialised body for every value the record issued; ``sensitive``
    is true exactly when ``entities`` is non-empty (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS,
    STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
    ssn (US SSN only), US_BANK_NUMBER (routing + account).

Contents (seed 20261206)
    pii_fumarole.jsonl: 504 requests (453 chat, 51 completions) in 22 locales (Latin, Cyrillic, Greek, Arabic,
    Hebrew, Devanagari, Thai, Han, Kana/Kanji, Hangul); 8 kinds, 292 sensitive / 212 benign (58% / 42%);
    about 13% of the sensitive ones carry only a single name part with a weak cue. Benign flavours: B2B
    documents with organisational contacts, placeholder templates, redacted/aggregated ledgers, eponyms and
    fictional tradespeople, documentation test values (test cards, example IBAN, RFC 5737/3849 addresses),
    tax-authority filings. complexity_fumarole.jsonl: 190 chat requests in 19 language tags: short_simple 48,
    long_easy 48 (>= 1,500 chars), short_hard 48, long_hard 46; 96 length-adversarial, 94 labelled 1.
    The freeze leaves few pool entries; most names and streets are composed from invented parts (the
    run prints the surviving pool sizes).

Validation
    IBANs (stdnum.iban), Luhn cards, US SSN, national/tax/health IDs (stdnum per country) and phone numbers
    (phonenumbers, valid for their region) are validated; home IPs must be global (ipaddress). Any invalid
    value aborts the run; every retry loop is capped.

Command (deterministic from the seed)
    python bench/make_fumarole_signal_sets.py [--seed 20261206] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import collections
import ipaddress
import json
import pathlib
import random
import re
import sys

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.us import ssn as us_ssn
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.es import dni as es_dni
from stdnum.pl import pesel as pl_pesel
from stdnum.nl import bsn as nl_bsn
from stdnum.br import cpf as br_cpf
from stdnum.ru import inn as ru_inn
from stdnum.gr import amka as gr_amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.th import pin as th_pin
from stdnum.cn import ric as cn_ric
from stdnum.kr import rrn as kr_rrn
from stdnum.tr import tckimlik as tr_tck
from stdnum.se import personnummer as se_pnr
from stdnum.cz import rc as cz_rc
from stdnum.gb import utr as gb_utr, nhs as gb_nhs
from stdnum.ua import rntrc as ua_rntrc
from stdnum.it import codicefiscale as it_cf

FROZEN_AGAINST = ("arete atlas atoll bajada bayou blind butte canyon cenote cirque cuesta delta drumlin dune esker "
                  "estuary fen fjord geyser glacier heron hoodoo inselberg isthmus kame karst kestrel lagoon lantern "
                  "loess meadow mesa moraine mosaic nunatak oxbow pingo playa polje quarry scree sealed sierra skerry "
                  "steppe tafoni tarn tepui tombolo tundra unseen ventifact wild yardang").split()
CAP = 200
HERE = pathlib.Path(__file__).resolve().parent


def die(msg):
    sys.exit("fumarole: " + msg)


# words include combining marks (Devanagari/Thai vowel signs, Hebrew/Arabic points), which \w alone would split
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
        toks = WORD.findall(text)
        prev_non = None
        for t in toks:
            if any(ord(c) > 127 for c in t):
                words.add(t.lower())
                if prev_non is not None:
                    words.add(prev_non + " " + t.lower())
                prev_non = t.lower()
            else:
                prev_non = None
    return words


FROZEN = frozen_words()


def clashes(entry):
    toks = [t.lower() for t in WORD.findall(entry) if not t.isdigit()]
    if any(t in FROZEN for t in toks):
        return True
    return any(f"{a} {b}" in FROZEN for a, b in zip(toks, toks[1:]))


def filt(pool):
    return [e for e in pool if not clashes(e)]


# ---------------------------------------------------------------------------------------------- identifiers
def loop(gen, ok, what):
    for _ in range(CAP):
        v = gen()
        if ok(v):
            return v
    die(f"could not make a valid {what} in {CAP} attempts")


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def birth(rng):
    return rng.randint(1952, 2003), rng.randint(1, 12), rng.randint(1, 28)


def mk_pesel(rng, y, m, d):
    mm = m + (20 if y >= 2000 else 0)
    return loop(lambda: f"{y % 100:02d}{mm:02d}{d:02d}{digits(rng, 5)}", pl_pesel.is_valid, "PESEL")


def mk_se(rng, y, m, d):
    return loop(lambda: f"{y % 100:02d}{m:02d}{d:02d}-{digits(rng, 4)}", se_pnr.is_valid, "personnummer")


def mk_cz(rng, y, m, d):
    mm = m + rng.choice([0, 50])
    return loop(lambda: f"{y % 100:02d}{mm:02d}{d:02d}/{digits(rng, 4)}", cz_rc.is_valid, "rodne cislo")


def mk_kr(rng, y, m, d):
    g = rng.choice("12") if y < 2000 else rng.choice("34")
    return loop(lambda: f"{y % 100:02d}{m:02d}{d:02d}-{g}{digits(rng, 6)}", kr_rrn.is_valid, "RRN")


def mk_cn(rng, y, m, d):
    def g():
        base = rng.choice(["110101", "310104", "440106", "510107", "330102"]) + f"{y}{m:02d}{d:02d}" + digits(rng, 3)
        return base + cn_ric.calc_check_digit(base)
    return loop(g, cn_ric.is_valid, "RIC")


def mk_nir(rng, y, m, d):
    def g():
        body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 899):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return loop(g, fr_nir.is_valid, "NIR")


def mk_amka(rng, y, m, d):
    return loop(lambda: f"{d:02d}{m:02d}{y % 100:02d}{digits(rng, 5)}", gr_amka.is_valid, "AMKA")


def mk_cf(rng, y, m, d):
    def g():
        L = "BCDFGLMNPRSTVZ"
        s = "".join(rng.choice(L) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
        s += f"{d + rng.choice([0, 40]):02d}" + rng.choice(["F205", "H501", "A944", "L219", "F839", "G273"])
        return s + it_cf.calc_check_digit(s)
    return loop(g, it_cf.is_valid, "codice fiscale")


def mk_simple(rng, n, mod, what, fmt=None, first_nonzero=True):
    v = loop(lambda: digits(rng, n, first_nonzero), mod.is_valid, what)
    return fmt(v) if fmt else v


def mk_idnr(rng):
    def g():
        ds = rng.sample("0123456789", 9)
        ds.append(rng.choice(ds))
        rng.shuffle(ds)
        b = "".join(ds)
        if b[0] == "0":
            return ""
        for k in "0123456789":
            if de_idnr.is_valid(b + k):
                v = b + k
                return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
        return ""
    return loop(g, lambda v: bool(v) and de_idnr.is_valid(v), "Steuer-ID")


def mk_dni(rng):
    b = digits(rng, 8)
    v = b + es_dni.calc_check_digit(b)
    if not es_dni.is_valid(v):
        die("DNI")
    return v


def mk_cpf(rng):
    def g():
        b = digits(rng, 9, True)
        v = b + br_cpf._calc_check_digits(b)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    return loop(g, br_cpf.is_valid, "CPF")


def mk_inn(rng):
    def g():
        b = digits(rng, 10, True)
        return b + ru_inn.calc_personal_check_digits(b)
    return loop(g, ru_inn.is_valid, "INN")


def mk_tck(rng):
    def g():
        b = digits(rng, 9, True)
        return b + tr_tck.calc_check_digits(b)
    return loop(g, tr_tck.is_valid, "TCKN")


def mk_pan(rng):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return loop(lambda: "".join(rng.choice(A) for _ in range(3)) + "P" + rng.choice(A) + digits(rng, 4) + rng.choice(A),
                in_pan.is_valid, "PAN")


def mk_ssn(rng):
    def g():
        a = rng.randint(1, 665)
        return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return loop(g, us_ssn.is_valid, "SSN")


def aba_ok(r):
    d = [int(c) for c in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def mk_routing(rng):
    return loop(lambda: rng.choice(["02", "03", "06", "07", "11", "12", "26", "31"]) + digits(rng, 7), aba_ok, "ABA routing")


def mk_card(rng):
    def g():
        kind = rng.random()
        if kind < 0.5:
            body = "4" + digits(rng, 15)
        elif kind < 0.85:
            body = str(rng.randint(51, 55)) + digits(rng, 14)
        else:
            body = rng.choice(["34", "37"]) + digits(rng, 13)
        return body
    v = loop(g, lambda s: luhn.is_valid(s) and s not in ("4242424242424242", "4111111111111111"), "card")
    sty = rng.random()
    if len(v) == 15:
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    if sty < 0.5:
        return " ".join(v[i:i + 4] for i in range(0, 16, 4))
    if sty < 0.75:
        return "-".join(v[i:i + 4] for i in range(0, 16, 4))
    return v


BBAN = {"GB": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(r, 14),
        "DE": lambda r: digits(r, 18), "NL": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(r, 10),
        "PL": lambda r: digits(r, 24), "SE": lambda r: digits(r, 20), "CZ": lambda r: digits(r, 20),
        "TR": lambda r: digits(r, 5) + "0" + digits(r, 16), "IL": lambda r: digits(r, 19), "GR": lambda r: digits(r, 23),
        "UA": lambda r: digits(r, 25), "SA": lambda r: digits(r, 20), "AT": lambda r: digits(r, 16),
        "BR": lambda r: digits(r, 23) + "C1", "EG": lambda r: digits(r, 25)}


def mk_iban(rng, cc):
    def g():
        b = BBAN[cc](rng)
        num = int("".join(str(int(c, 36)) for c in b + cc + "00"))
        v = f"{cc}{98 - num % 97:02d}{b}"
        return v
    v = loop(g, std_iban.is_valid, f"IBAN {cc}")
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if rng.random() < 0.7 else v


def mk_ip(rng):
    def g():
        return str(ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF)))
    return loop(g, lambda s: ipaddress.ip_address(s).is_global, "home IP")


def mk_phone(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if ex is None:
        die(f"no example number for {region}")
    nat = str(ex.national_number)

    def g():
        k = min(5, len(nat) - 3)
        n = phonenumbers.parse(f"+{ex.country_code}{nat[:-k]}{digits(rng, k)}", None)
        return n
    n = loop(g, lambda p: phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region, f"phone {region}")
    st = rng.random()
    if st < 0.45:
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
    if st < 0.85:
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


# ---------------------------------------------------------------------------------------------- locales
# name order: "fl" first+space+last, "lf" last+space+first, "lfc" last+first with no space (CJK)
def _ids(*pairs):
    return list(pairs)


L = {}


def loc(tag, region, order, firsts, lasts, fsyl, lsyl, streets, ssyl, sfmt, cities, rom, mails, ids, cc, cur, lab):
    L[tag] = dict(tag=tag, region=region, order=order, firsts=firsts, lasts=lasts, fsyl=fsyl, lsyl=lsyl,
                  streets=streets, ssyl=ssyl, sfmt=sfmt, cities=cities, rom=rom, mails=mails, ids=ids, cc=cc,
                  cur=cur, lab=lab)


Y = lambda r, y, m, d: None  # placeholder for no-date ids
loc("en-GB", "GB", "fl", ["Gwendolyn", "Rhodri", "Tamsin", "Ewan", "Philippa", "Declan", "Ottilie", "Barnaby"],
    ["Pengelly", "Cartwright-Moss", "Threlfall", "Ashdown", "Gillingham", "Muirhead", "Tregunna", "Yelland"],
    ["Ros", "Ker", "Bel", "Ain", "Wyn", "Mor", "Tib", "Ell", "Har"], ["Pen", "tre", "worth", "Hal", "lock", "ett", "Caw", "ley", "don"],
    ["Foxglove Rise", "Quarrington Close", "Salter's Yard", "Hobart Mews", "Pilgrim's Way"], ["Brack", "Fern", "Sudd", "Holm", "Wick", "Orm"],
    "{n} {s}", [("Truro", "TR1 2HX"), ("Kendal", "LA9 4QT"), ("Swindon", "SN2 7BE"), ("Lowestoft", "NR33 0PZ")],
    ["tam", "rho", "pen", "gwen", "ash"], ["btinternet.com", "gmail.com", "outlook.com"],
    [("HEALTH_INSURANCE", lambda r, y, m, d: mk_simple(r, 10, gb_nhs, "NHS", lambda v: f"{v[:3]} {v[3:6]} {v[6:]}")),
     ("TAX_ID", lambda r, y, m, d: mk_simple(r, 10, gb_utr, "UTR"))], "GB", "£",
    dict(inv="Invoice", cust="Customer", addr="Address", tel="Tel", job="Job", total="Total", dob="DOB", note="Notes"))
loc("en-US", "US", "fl", ["Darnell", "Kaylee", "Marisol", "Tucker", "Shonda", "Brantley", "Imani", "Wyatt"],
    ["Okafor-Reyes", "Lindqvist", "Prewitt", "Castellanos", "Huckabee", "Trujillo", "Vanderpool", "Oyelaran"],
    ["Jay", "Bran", "Ky", "Dar", "Lee", "Ton", "Sha", "Rae"], ["Mc", "Kin", "ley", "Hol", "brook", "ton", "Stan", "field"],
    ["Sycamore Bend Dr", "Pawnee Ridge Rd", "Cottonwood Ct", "Larkspur Ln"], ["Hick", "Osage", "Tamar", "Plum", "Redb"],
    "{n} {s}", [("Tulsa, OK", "74105"), ("Boise, ID", "83704"), ("Dayton, OH", "45419"), ("Fresno, CA", "93726")],
    ["kay", "dar", "tuck", "wy", "mari"], ["gmail.com", "yahoo.com", "icloud.com"],
    [("ssn", lambda r, y, m, d: mk_ssn(r))], None, "$",
    dict(inv="Invoice", cust="Customer", addr="Service address", tel="Cell", job="Work order", total="Total due", dob="DOB", note="Tech notes"))
loc("de-DE", "DE", "fl", ["Hannelore", "Jörg", "Wiebke", "Torben", "Gundula", "Malte", "Svenja", "Detlef"],
    ["Brinkhoff", "Quandt-Ebeling", "Wischnewski", "Habermehl", "Pöttering", "Schwarzkopp", "Ellerbrock", "Tiedgen"],
    ["Hel", "Wal", "Ger", "trud", "mar", "bert", "Ul", "rike", "Sie"], ["Rott", "mann", "Heid", "kamp", "Lüt", "jens", "Ober", "hage"],
    ["Kiebitzweg", "Am Ziegelteich", "Holunderstieg", "Wacholderring"], ["Ginster", "Erlen", "Mühlbach", "Quitten", "Birkwei"],
    "{s}{suf} {n}", [("Osnabrück", "49076"), ("Gütersloh", "33330"), ("Cottbus", "03046"), ("Fulda", "36037")],
    ["hanne", "joerg", "wiebke", "torben", "malte"], ["web.de", "gmx.de", "t-online.de"],
    [("TAX_ID", lambda r, y, m, d: mk_idnr(r))], "DE", "€",
    dict(inv="Rechnung", cust="Kunde", addr="Anschrift", tel="Tel.", job="Auftrag", total="Gesamtbetrag", dob="Geb.", note="Bemerkung"))
loc("fr-FR", "FR", "fl", ["Ghislaine", "Thibault", "Maëlle", "Régis", "Solène", "Gaëtan", "Apolline", "Loïc"],
    ["Lemarquis", "Dufresnoy", "Quéméner", "Berthelot-Vial", "Charbonnier", "Le Gall", "Pasquier", "Vautrin"],
    ["Ma", "rie", "Clo", "tilde", "Jo", "ël", "Syl", "vain"], ["Lar", "rieu", "Ber", "tin", "Mon", "teil", "Cha", "zal"],
    ["rue des Glycines", "allée des Tanneurs", "impasse du Moulin-Vert", "chemin de la Garenne"], ["Capucines", "Tilleuls", "Verriers", "Lavandières"],
    "{n}, rue des {s}", [("Angers", "49100"), ("Quimper", "29000"), ("Valence", "26000"), ("Niort", "79000")],
    ["ghis", "thib", "mael", "regis", "solen"], ["orange.fr", "free.fr", "laposte.net"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_nir(r, y, m, d))], None, "€",
    dict(inv="Facture", cust="Client", addr="Adresse", tel="Tél.", job="Intervention", total="Total TTC", dob="Né(e) le", note="Observations"))
loc("es-ES", "ES", "fl", ["Remedios", "Iñaki", "Macarena", "Fermín", "Begoña", "Eusebio", "Nerea", "Anselmo"],
    ["Arrizabalaga", "Quintanilla", "Borrego Sanz", "Echeverría", "Villalobos", "Cifuentes", "Zurbano", "Carrasco Liñán"],
    ["Al", "ba", "Ro", "cío", "Ig", "nacio", "Lu", "pe"], ["Gar", "mendia", "Sol", "ana", "Bel", "trán", "Otxo", "a"],
    ["calle de los Almendros", "avenida del Cid", "travesía del Horno", "calle Alfarería"], ["Azahar", "Olivar", "Jara", "Alcornoque"],
    "calle del {s}, {n}", [("Logroño", "26004"), ("Cáceres", "10005"), ("Huesca", "22003"), ("Lorca", "30800")],
    ["maca", "inaki", "bego", "nerea", "fermin"], ["hotmail.es", "gmail.com", "telefonica.net"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_dni(r))], None, "€",
    dict(inv="Factura", cust="Cliente", addr="Domicilio", tel="Tel.", job="Parte de trabajo", total="Total (IVA incl.)", dob="F. nac.", note="Observaciones"))
loc("it-IT", "IT", "fl", ["Gianfranco", "Ornella", "Tiziano", "Loredana", "Ercole", "Graziella", "Settimio", "Mirella"],
    ["Brambilla", "Scognamiglio", "Pellegatti", "Cuccurullo", "Zanardelli", "Finocchiaro", "Lovato", "Taddei"],
    ["Gian", "luca", "Ros", "anna", "Mar", "ino", "Fio", "rella"], ["Bor", "ghetti", "Cap", "uzzo", "Ser", "ravalle", "Tor", "elli"],
    ["via dei Mille Pini", "vicolo del Pozzo", "via Fornaci", "strada Vicinale Calcinaia"], ["Gelsi", "Cipressi", "Canapai", "Vetrai"],
    "via dei {s} {n}", [("Bergamo", "24128"), ("Lecce", "73100"), ("Forlì", "47121"), ("Treviso", "31100")],
    ["gianfra", "orne", "tizi", "lore", "mire"], ["libero.it", "alice.it", "virgilio.it"],
    [("TAX_ID", lambda r, y, m, d: mk_cf(r, y, m, d))], None, "€",
    dict(inv="Fattura", cust="Cliente", addr="Indirizzo", tel="Cell.", job="Intervento", total="Totale", dob="Nato/a il", note="Note"))
loc("pl-PL", "PL", "fl", ["Grażyna", "Zbigniew", "Bożena", "Ryszard", "Jadwiga", "Wiesław", "Halina", "Mirosław"],
    ["Wróblewski", "Szczepaniak", "Kołodziej", "Gąsiorowska", "Przybylski", "Czarnecka", "Kurpiewski", "Jabłońska"],
    ["Bo", "gu", "mił", "Ja", "ro", "sław", "Mał", "gosia"], ["Bed", "narek", "Kraw", "czyk", "Stęp", "niewski", "Dud", "ek"],
    ["ul. Jaśminowa", "ul. Kowalska", "os. Słoneczne", "ul. Łąkowa"], ["Wrzosowa", "Jarzębinowa", "Kalinowa", "Poziomkowa"],
    "ul. {s} {n}", [("Kielce", "25-316"), ("Olsztyn", "10-687"), ("Rzeszów", "35-064"), ("Opole", "45-273")],
    ["grazka", "zbyszek", "bozena", "rysiek", "hala"], ["wp.pl", "onet.pl", "o2.pl"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_pesel(r, y, m, d))], "PL", "zł",
    dict(inv="Faktura", cust="Klient", addr="Adres", tel="Tel.", job="Zlecenie", total="Razem do zapłaty", dob="Data ur.", note="Uwagi"))
loc("nl-NL", "NL", "fl", ["Gerrit", "Femke", "Joost", "Marieke", "Hidde", "Sietske", "Wouter", "Annelies"],
    ["van Dijkhuizen", "Hoogendoorn", "Verschuren", "de Bruijckere", "Tjalsma", "Oosterhuis", "Brouwers", "Wijnands"],
    ["Jo", "ris", "Fen", "na", "Wil", "lem", "Lot", "te"], ["Ter", "horst", "Bak", "ker", "Gro", "ningen", "Stol", "k"],
    ["Dotterbloemstraat", "Karperhof", "Lijnbaanssteeg", "Zilverschoonlaan"], ["Kievit", "Berkenhout", "Zwanen", "Weidebloem"],
    "{s}{suf} {n}", [("Zwolle", "8011 PK"), ("Haarlem", "2011 RL"), ("Tilburg", "5038 EB"), ("Leeuwarden", "8911 BN")],
    ["femke", "joost", "hidde", "sietske", "wout"], ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_simple(r, 9, nl_bsn, "BSN"))], "NL", "€",
    dict(inv="Factuur", cust="Klant", addr="Adres", tel="Tel.", job="Werkbon", total="Totaal incl. btw", dob="Geb.datum", note="Opmerkingen"))
loc("pt-BR", "BR", "fl", ["Josivaldo", "Rosângela", "Cleiton", "Marilene", "Everaldo", "Luzinete", "Wanderson", "Gleice"],
    ["Albuquerque Nunes", "Caldeira", "Figueiró", "Mendonça Prado", "Bittencourt", "Sampaio", "Quaresma", "Tavares Lins"],
    ["Jo", "sé", "Cla", "udete", "Wel", "lington", "Ro", "sa"], ["Ara", "újo", "Bran", "dão", "Mou", "ra", "Ta", "veira"],
    ["Rua das Acácias", "Travessa do Curtume", "Avenida Pau-Brasil", "Rua Jequitibá"], ["Ipês", "Cajueiros", "Mangabeiras", "Ingazeiras"],
    "Rua das {s}, {n}", [("Uberlândia - MG", "38400-123"), ("Londrina - PR", "86020-000"), ("Feira de Santana - BA", "44001-120")],
    ["josi", "rosangela", "cleiton", "mari", "wander"], ["bol.com.br", "uol.com.br", "gmail.com"],
    [("TAX_ID", lambda r, y, m, d: mk_cpf(r))], "BR", "R$",
    dict(inv="Nota de serviço", cust="Cliente", addr="Endereço", tel="Cel.", job="Ordem de serviço", total="Total", dob="Nasc.", note="Obs."))
loc("ru-RU", "RU", "lf", ["Валентина", "Геннадий", "Людмила", "Аркадий", "Зинаида", "Евгений", "Тамара", "Вячеслав"],
    ["Кожемякин", "Ступакова", "Шелепин", "Гридасова", "Бурмистров", "Лапшина", "Тетерин", "Клюквина"],
    ["Свет", "лана", "Вла", "димир", "Ни", "на", "Бо", "рис"], ["Жур", "авлёв", "Ка", "линин", "Сор", "окин", "Ме", "дведков"],
    ["ул. Рябиновая", "пер. Кузнечный", "ул. Черёмуховая", "проезд Гончарный"], ["Калиновая", "Сиреневая", "Брусничная", "Хмелевая"],
    "ул. {s}, д. {n}", [("Тверь", "170100"), ("Ярославль", "150040"), ("Киров", "610017"), ("Рязань", "390013")],
    ["valya", "gena", "luda", "arkasha", "zina"], ["yandex.ru", "mail.ru", "rambler.ru"],
    [("TAX_ID", lambda r, y, m, d: mk_inn(r))], None, "₽",
    dict(inv="Счёт", cust="Заказчик", addr="Адрес", tel="Тел.", job="Заявка", total="Итого", dob="Дата рожд.", note="Примечание"))
loc("uk-UA", "UA", "lf", ["Оксана", "Богдан", "Ярослава", "Тарас", "Соломія", "Остап", "Мирослава", "Назар"],
    ["Ткачук", "Гнатюк", "Дзюба", "Проценко", "Костенко", "Лисенко", "Мельничук", "Ящишин"],
    ["Ірин", "а", "Ва", "силь", "Ле", "ся", "Ан", "дрій"], ["Кова", "льчук", "Ше", "вчук", "Бо", "йко", "Ли", "твин"],
    ["вул. Калинова", "вул. Гончарна", "пров. Вишневий", "вул. Млинова"], ["Бузкова", "Грушева", "Липова", "Ковильна"],
    "вул. {s}, {n}", [("Вінниця", "21018"), ("Полтава", "36011"), ("Житомир", "10014"), ("Чернігів", "14000")],
    ["oksana", "bogdan", "yarka", "taras", "nazar"], ["ukr.net", "i.ua", "gmail.com"],
    [("TAX_ID", lambda r, y, m, d: mk_simple(r, 10, ua_rntrc, "RNTRC"))], "UA", "грн",
    dict(inv="Рахунок", cust="Замовник", addr="Адреса", tel="Тел.", job="Заявка", total="Разом", dob="Дата народж.", note="Примітка"))
loc("el-GR", "GR", "fl", ["Σταυρούλα", "Παναγιώτης", "Ευανθία", "Χαράλαμπος", "Αγλαΐα", "Σπυρίδων", "Θεοπίστη", "Λεωνίδας"],
    ["Καραγιαννίδης", "Μπουλούκου", "Τσιρίγος", "Ζαχαρόπουλος", "Λαμπράκη", "Βαφειάδης", "Ντούρου", "Σκορδίλης"],
    ["Ελ", "πίδα", "Δη", "μήτρης", "Κα", "τερίνα", "Νι", "κήτας"], ["Παπα", "δόπουλος", "Κωνσταν", "τίνου", "Μαυρ", "ίδης", "Γεωργ", "ούλη"],
    ["οδός Γαρδένιας", "οδός Κεραμέων", "οδός Ελιάς", "οδός Αμυγδαλιάς"], ["Βιολέτας", "Πλατάνου", "Καστανιάς", "Μυρτιάς"],
    "οδός {s} {n}", [("Λάρισα", "412 22"), ("Πάτρα", "263 32"), ("Ιωάννινα", "453 32"), ("Χανιά", "731 34")],
    ["stavroula", "panos", "evanthia", "babis", "leo"], ["otenet.gr", "yahoo.gr", "gmail.com"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_amka(r, y, m, d))], "GR", "€",
    dict(inv="Τιμολόγιο", cust="Πελάτης", addr="Διεύθυνση", tel="Τηλ.", job="Εργασία", total="Σύνολο", dob="Ημ. γέννησης", note="Παρατηρήσεις"))
loc("ar-EG", "EG", "fl", ["سعاد", "عبد الرحمن", "نجلاء", "مصطفى", "هبة", "شريف", "إيمان", "طارق"],
    ["الشناوي", "عبد الحميد", "الدمرداش", "البنا", "الجمّال", "عاشور", "الحفناوي", "قنديل"],
    ["نور", "هان", "رحا", "مة", "يا", "سمين"], ["الفخ", "راني", "السي", "وفي", "المن", "ياوي"],
    ["شارع الجمهورية", "شارع النخيل", "حارة الفواخير", "شارع الترعة"], ["الياسمين", "الزيتون", "الصفصاف", "الرمان"],
    "{n} شارع {s}", [("المنصورة", "35511"), ("طنطا", "31511"), ("أسيوط", "71511"), ("الإسماعيلية", "41511")],
    ["soad", "nagla", "mostafa", "heba", "tarek"], ["yahoo.com", "gmail.com", "hotmail.com"],
    [], "EG", "ج.م",
    dict(inv="فاتورة", cust="العميل", addr="العنوان", tel="موبايل", job="أمر شغل", total="الإجمالي", dob="تاريخ الميلاد", note="ملاحظات"))
loc("he-IL", "IL", "fl", ["אורנה", "יגאל", "שולמית", "עמרי", "תהילה", "ניסים", "רוני", "צביקה"],
    ["בן-שושן", "אזולאי", "גולדפרב", "טננבאום", "שטרית", "וקנין", "רבינוביץ'", "חדד"],
    ["נו", "עם", "אי", "לה", "גל", "עד"], ["מזר", "חי", "שפי", "רא", "טל", "מון"],
    ["רחוב הדקל", "רחוב הנגרים", "שדרות הזית", "סמטת הרימון"], ["השקד", "האלון", "הכלנית", "התאנה"],
    "רחוב {s} {n}", [("באר שבע", "8471512"), ("חיפה", "3303120"), ("נתניה", "4250418"), ("אשדוד", "7725022")],
    ["orna", "yigal", "omri", "tehila", "tzvika"], ["walla.co.il", "gmail.com", "bezeqint.net"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_simple(r, 9, il_idnr, "Teudat Zehut", first_nonzero=False))], "IL", "₪",
    dict(inv="חשבונית", cust="לקוח", addr="כתובת", tel="טל׳", job="קריאת שירות", total="סה\"כ לתשלום", dob="ת. לידה", note="הערות"))
loc("hi-IN", "IN", "fl", ["सुधीर", "कमला", "राजेंद्र", "सावित्री", "मनोज", "ललिता", "दिनेश", "पुष्पा"],
    ["चतुर्वेदी", "बघेल", "सोलंकी", "त्रिपाठी", "कुशवाहा", "भदौरिया", "रस्तोगी", "पांडेय"],
    ["अनु", "राधा", "वि", "नय", "सु", "मन", "ऋतु", "केश", "वी", "पल्", "लवी", "हर्ष"], ["अग्र", "वाल", "मिश्", "रा", "चौ", "हान", "धौल", "खेड़", "कर", "तिवा", "री", "ठाकु"],
    ["गली नं. 4, शास्त्री नगर", "मकान 12, गांधी मार्ग", "सेक्टर 9, आवास विकास"], ["नीम", "गुलमोहर", "अशोक", "कदम्ब"],
    "{n}/{s}{suf}", [("लखनऊ", "226016"), ("जयपुर", "302017"), ("इंदौर", "452010"), ("पटना", "800020")],
    ["sudhir", "kamla", "rajen", "manoj", "dinesh"], ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_simple(r, 12, in_aadhaar, "Aadhaar", lambda v: f"{v[:4]} {v[4:8]} {v[8:]}")),
     ("TAX_ID", lambda r, y, m, d: mk_pan(r))], None, "₹",
    dict(inv="बिल", cust="ग्राहक", addr="पता", tel="मोबाइल", job="काम", total="कुल", dob="जन्म तिथि", note="टिप्पणी"))
loc("th-TH", "TH", "fl", ["สมพร", "วิชัย", "อรุณี", "ประเสริฐ", "บุษบา", "ธนากร", "จันทร์เพ็ญ", "สุรชัย"],
    ["ศรีสวัสดิ์", "บุญมาก", "แก้วประเสริฐ", "ทองดี", "พึ่งบุญ", "วงศ์สุวรรณ", "เจริญผล", "สุขสมบูรณ์"],
    ["กิต", "ติ", "พร", "นภา", "ศักดิ์"], ["รัตน", "วงศ์", "ชัย", "มงคล", "สิทธิ์"],
    ["ซอยลาดพร้าว 71", "ถนนเจริญกรุง", "หมู่บ้านพฤกษา"], ["มะลิ", "ชบา", "ราชพฤกษ์", "ลำดวน"],
    "{n} ซอย{s}", [("เชียงใหม่", "50200"), ("ขอนแก่น", "40000"), ("หาดใหญ่ สงขลา", "90110"), ("นครราชสีมา", "30000")],
    ["somporn", "wichai", "arunee", "thanakorn", "surachai"], ["hotmail.com", "gmail.com", "yahoo.co.th"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_simple(r, 13, th_pin, "Thai PIN", lambda v: f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"))], None, "บาท",
    dict(inv="ใบแจ้งหนี้", cust="ลูกค้า", addr="ที่อยู่", tel="โทร", job="งานซ่อม", total="รวมทั้งสิ้น", dob="วันเกิด", note="หมายเหตุ"))
loc("zh-CN", "CN", "lfc", ["秀英", "建军", "桂芳", "志强", "丽娟", "海涛", "玉兰", "国栋"],
    ["欧阳", "诸葛", "宇文", "皇甫", "司徒", "尉迟", "上官", "东方"],
    ["淑", "芬", "振", "宇", "晓", "燕", "德", "明"], ["钟", "邝", "覃", "蒲", "邬", "阎", "訾", "仉"],
    ["幸福里小区", "梧桐路", "锦绣花园"], ["樟", "柳", "枫", "槐", "杏"],
    "{s}林路{n}号", [("杭州市西湖区", "310012"), ("成都市武侯区", "610041"), ("南京市鼓楼区", "210009")],
    ["xiuying", "jianjun", "guifang", "zq", "haitao"], ["qq.com", "163.com", "126.com"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_cn(r, y, m, d))], None, "元",
    dict(inv="发票", cust="客户", addr="地址", tel="电话", job="维修单", total="合计", dob="出生日期", note="备注"))
loc("ja-JP", "JP", "lf", ["美智子", "健太郎", "千尋", "隆之", "さくら", "浩二", "由紀恵", "翔太"],
    ["渡邊", "小野寺", "長谷部", "五十嵐", "藤原", "石川", "杉浦", "神田"],
    ["智", "恵", "優", "花", "和", "也"], ["大", "沢", "久", "保", "田", "村"],
    ["緑町", "桜ヶ丘", "本町"], ["柳", "楓", "椿", "萩"],
    "{s}町{n}丁目4-7", [("川崎市中原区", "〒211-0004"), ("札幌市北区", "〒001-0010"), ("福岡市南区", "〒815-0031")],
    ["michiko", "kentaro", "chihiro", "taka", "shota"], ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
    [], None, "円",
    dict(inv="請求書", cust="お客様", addr="住所", tel="電話", job="作業", total="合計（税込）", dob="生年月日", note="備考"))
loc("ko-KR", "KR", "lfc", ["순자", "영호", "미경", "동욱", "은정", "재석", "혜진", "성민"],
    ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"],
    ["지", "현", "수", "민", "하", "윤"], ["편", "육", "탁", "맹", "옥", "빈"],
    ["은행나무길", "벚꽃로"], ["매화", "단풍", "느티", "소나무"],
    "{s}로 {n}", [("대전 유성구", "34126"), ("광주 북구", "61205"), ("수원시 영통구", "16690")],
    ["soonja", "youngho", "mikyung", "dongwook", "hyejin"], ["naver.com", "daum.net", "hanmail.net"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_kr(r, y, m, d))], None, "원",
    dict(inv="청구서", cust="고객", addr="주소", tel="연락처", job="작업", total="합계", dob="생년월일", note="비고"))
loc("tr-TR", "TR", "fl", ["Gülsüm", "Hüseyin", "Nurhan", "Kadir", "Şükran", "Erdal", "Sevgül", "Bayram"],
    ["Karabulut", "Yazıcıoğlu", "Tekinalp", "Özgürbüz", "Kocabaş", "Dumanlı", "Sarıkaya", "Eğilmez"],
    ["Gül", "ten", "Nes", "rin", "Ay", "han", "Er", "can"], ["Kara", "taş", "Ak", "soy", "Yıl", "dırım", "Çe", "lik"],
    ["Nergis Sokak", "Çınaraltı Caddesi", "Değirmen Sokak"], ["Manolya", "Ihlamur", "Ardıç", "Menekşe"],
    "{s} Sok. No:{n}", [("Eskişehir", "26010"), ("Kayseri", "38030"), ("Denizli", "20010"), ("Samsun", "55060")],
    ["gulsum", "huseyin", "nurhan", "kadir", "erdal"], ["hotmail.com", "gmail.com", "yandex.com.tr"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_tck(r))], "TR", "₺",
    dict(inv="Fatura", cust="Müşteri", addr="Adres", tel="Tel", job="Servis fişi", total="Genel toplam", dob="Doğum tarihi", note="Açıklama"))
loc("sv-SE", "SE", "fl", ["Ingegerd", "Björn-Åke", "Märta", "Leif", "Gunnel", "Torbjörn", "Solveig", "Kjell"],
    ["Fjällström", "Lindqvist-Berg", "Åkesson", "Hedlund", "Östberg", "Sundqvist", "Wiklander", "Rydén"],
    ["Ag", "neta", "Os", "kar", "El", "vira", "Sig", "vard"], ["Berg", "ström", "Lund", "gren", "Sjö", "dahl", "Ny", "man"],
    ["Lingonstigen", "Smedjegatan", "Kvarnbacken"], ["Hägg", "Rönn", "Ljung", "Sälg"],
    "{s}{suf} {n}", [("Umeå", "903 31"), ("Västerås", "722 14"), ("Karlstad", "652 24"), ("Gävle", "802 63")],
    ["ingegerd", "bjornake", "marta", "leif", "kjell"], ["telia.com", "gmail.com", "bredband.net"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_se(r, y, m, d))], "SE", "kr",
    dict(inv="Faktura", cust="Kund", addr="Adress", tel="Mobil", job="Arbetsorder", total="Att betala", dob="Född", note="Anteckning"))
loc("cs-CZ", "CZ", "fl", ["Jaroslava", "Bohumil", "Květoslava", "Zdeněk", "Libuše", "Vlastimil", "Drahomíra", "Miroslav"],
    ["Procházková", "Kučera", "Dvořáček", "Šindelářová", "Vondráček", "Hrubešová", "Pospíšil", "Nováková"],
    ["Bo", "žena", "Ji", "ří", "Ra", "dka", "Lu", "boš"], ["Ho", "rák", "Kře", "pelka", "Vr", "ba", "Ma", "reš"],
    ["Jabloňová", "Hrnčířská", "U Mlýna"], ["Lipová", "Šeříková", "Habrová", "Jasanová"],
    "{s} {n}", [("Brno", "602 00"), ("Olomouc", "779 00"), ("Plzeň", "301 00"), ("Jihlava", "586 01")],
    ["jarka", "bohous", "zdenek", "libuse", "mirek"], ["seznam.cz", "email.cz", "centrum.cz"],
    [("NATIONAL_ID", lambda r, y, m, d: mk_cz(r, y, m, d))], "CZ", "Kč",
    dict(inv="Faktura", cust="Zákazník", addr="Adresa", tel="Tel.", job="Zakázka", total="Celkem k úhradě", dob="Nar.", note="Poznámka"))
STREET_SUFFIX = {"de-DE": ["weg", "straße", "stieg", "ring"], "nl-NL": ["straat", "laan", "hof", "pad"],
                 "sv-SE": ["gatan", "vägen", "stigen", "backen"], "hi-IN": ["पुरम", "गंज", "बाग़", "नगरी", "कुंज"]}
STREET_SUFFIX.update({"en-GB": ["Garth", "Wynd", "Loke", "Twitten", "Chare", "Ginnel", "Folly", "Rigg"],
                      "en-US": ["Trace", "Crossing", "Run", "Hollow", "Pike", "Bend", "Knoll", "Spur"]})


class Locale:
    def __init__(self, d):
        self.__dict__.update(d)
        self.firsts = filt(self.firsts)
        self.lasts = filt(self.lasts)
        self.streets = filt(self.streets)

    def compose(self, parts, rng, what, soft=False):
        for _ in range(CAP):
            k = rng.choice([2, 2, 3])
            s = "".join(rng.choice(parts) for _ in range(k))
            if self.order in ("fl", "lf") and s[:1].isalpha() and s.isascii() is False and s[0].islower():
                s = s[0].upper() + s[1:]
            if s and s[0].isalpha() and s[0].lower() != s[0].upper():  # cased script: one capital
                s = s[0].upper() + s[1:].lower()
            if len(s) >= 2 and not clashes(s):
                return s
        if soft:
            return None
        die(f"could not compose a {what} for {self.tag} in {CAP} attempts")

    def first(self, rng):
        if self.firsts and rng.random() < 0.55:
            return rng.choice(self.firsts)
        return self.compose(self.fsyl, rng, "first name")

    def last(self, rng):
        if self.lasts and rng.random() < 0.55:
            return rng.choice(self.lasts)
        return self.compose(self.lsyl, rng, "surname")

    def full(self, rng):
        f, l = self.first(rng), self.last(rng)
        if self.order == "fl":
            return f, l, f"{f} {l}"
        if self.order == "lf":
            return f, l, f"{l} {f}"
        return f, l, f"{l}{f}"

    def street(self, rng):
        n = rng.randint(1, 148)
        if self.streets and rng.random() < 0.45:
            s = rng.choice(self.streets)
            return f"{n} {s}" if self.tag in ("en-GB", "en-US", "fr-FR", "ar-EG", "th-TH") else f"{s} {n}"
        # composed street: the distinctive root (fused from invented parts) is re-checked against the frozen
        # set; the generic street-type words of the locale's address format (rue, calle, ul., via ...) are structure.
        for _ in range(CAP):
            root = rng.choice(self.ssyl) + rng.choice(self.ssyl + self.lsyl).lower()
            if clashes(root):
                continue
            if self.tag in ("en-GB", "en-US"):
                return f"{n} {root} {rng.choice(STREET_SUFFIX[self.tag])}"
            return self.sfmt.format(n=n, s=root, suf=rng.choice(STREET_SUFFIX.get(self.tag, [""])))
        die(f"could not compose a street for {self.tag} in {CAP} attempts")

    def email(self, rng, first=None, last=None):
        if first and first.isascii() and last and last.isascii():
            h = re.sub(r"[^a-z]", "", f"{first}.{last}".lower().replace(" ", ""))
            h = h if rng.random() < 0.5 else first.lower()[:1] + re.sub(r"[^a-z]", "", last.lower())
            h = h + rng.choice(["", str(rng.randint(1, 99)), "." + str(rng.randint(60, 99))])
        else:
            h = rng.choice(self.rom) + rng.choice(["", "_", "."]) + str(rng.randint(1, 1999))
        return f"{h}@{rng.choice(self.mails)}"

    def phone(self, rng, odd=False):
        p = mk_phone(rng, self.region)
        if odd:
            p = re.sub(r"[ \-]", rng.choice([".", "/", "  "]), p)
        return p


LOCALES = [Locale(d) for d in L.values()]

# ---------------------------------------------------------------------------------------------- trades flavour
TRADES = {
    "plumber": ["replaced TRV on lounge rad", "leaking compression joint under sink, remade", "combi boiler E119 low pressure, repressurised",
                "power-flushed 9 rads, added inhibitor", "swapped ballcock in cistern", "unblocked soil stack via rodding eye"],
    "electrician": ["EICR done, 2 C2s on upstairs lighting circuit", "fitted RCBO board, 10 ways", "replaced cracked socket faceplate",
                    "EV charger 7kW installed, earth rod fitted", "traced nuisance tripping to outside light", "moved fused spur for dishwasher"],
    "builder": ["knocked through kitchen/diner, RSJ 203x133", "rebuilt garden wall, 6m run", "screeded utility floor 50mm",
                "repointed chimney stack", "block-paved drive 42 m2", "skimmed two bedrooms"],
    "roofer": ["replaced 14 slipped slates", "new lead flashing to chimney", "GRP flat roof over garage", "cleared gutters & downpipes"],
    "locksmith": ["non-destructive entry, euro cylinder swapped", "anti-snap cylinder 40/45 fitted", "uPVC gearbox replaced"],
    "decorator": ["two coats emulsion lounge + hall", "gloss to skirtings and doors", "wallpaper stripped in back bedroom"],
}
MATERIALS = ["15mm copper pipe x3m", "Fernox F1 500ml", "2.5mm T&E cable 50m", "MCB 32A type B", "plasterboard 12.5mm x6",
             "sand & cement 25kg x4", "euro cylinder 35/45", "silicone white x2", "PTFE tape", "22mm push-fit elbow x6",
             "LED downlights x8", "lead code 4, 3m", "masonry paint 10L", "radiator valve pair"]
BRANDS = ["Worcester-style combi", "Vaillant-type ecoTEC", "Hager board", "Makita SDS", "Hilti anchors", "Grundfos pump"]


def money(rng, lo=40, hi=2400):
    return round(rng.uniform(lo, hi), 2)


def when(rng):
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"


def dob_str(rng, y, m, d, tag):
    st = rng.random()
    if tag in ("en-US",):
        return f"{m:02d}/{d:02d}/{y}"
    if tag in ("zh-CN", "ja-JP"):
        return f"{y}年{m}月{d}日"
    if tag == "ko-KR":
        return f"{y}.{m:02d}.{d:02d}"
    if st < 0.5:
        return f"{d:02d}.{m:02d}.{y}" if tag in ("de-DE", "pl-PL", "ru-RU", "uk-UA", "cs-CZ", "tr-TR") else f"{d:02d}/{m:02d}/{y}"
    return f"{y}-{m:02d}-{d:02d}"


class Issue:
    def __init__(self):
        self.vals = []

    def __call__(self, typ, value):
        self.vals.append((typ, value))
        return value


def person_block(rng, lc, iss, fields):
    f, l, full = lc.full(rng)
    out = {}
    if "name" in fields:
        out["name"] = iss("person", full)
    if "split" in fields:
        out["first"], out["last"] = iss("person", f), iss("person", l)
    if "addr" in fields:
        city, pc = rng.choice(lc.cities)
        out["addr"] = iss("STREET_ADDRESS", lc.street(rng))
        out["city"] = f"{pc} {city}"
    if "tel" in fields:
        out["tel"] = iss("PHONE_NUMBER", lc.phone(rng, odd=rng.random() < 0.2))
    if "mail" in fields:
        out["mail"] = iss("EMAIL_ADDRESS", lc.email(rng, f, l))
    if "dob" in fields:
        y, m, d = birth(rng)
        out["dob"] = iss("DATE_OF_BIRTH", dob_str(rng, y, m, d, lc.tag))
        out["_ymd"] = (y, m, d)
    if "id" in fields and lc.ids:
        y, m, d = out.get("_ymd") or birth(rng)
        typ, fn = rng.choice(lc.ids)
        out["id"] = iss(typ, fn(rng, y, m, d))
        out["idtype"] = {"NATIONAL_ID": "ID no.", "TAX_ID": "tax no.", "HEALTH_INSURANCE": "NHS no.", "ssn": "SSN"}[typ]
    if "iban" in fields:
        if lc.cc:
            out["iban"] = iss("IBAN_CODE", mk_iban(rng, lc.cc))
        elif lc.tag == "en-US":
            out["routing"] = iss("US_BANK_NUMBER", mk_routing(rng))
            out["acct"] = iss("US_BANK_NUMBER", digits(rng, rng.randint(8, 12), True))
    if "card" in fields:
        out["card"] = iss("CREDIT_CARD", mk_card(rng))
    if "ip" in fields:
        out["ip"] = iss("IP_ADDRESS", mk_ip(rng))
    out["_f"], out["_l"] = f, l
    return out


# business-side (benign) material
FIRM_WORDS = {"de-DE": ["Haustechnik GmbH", "Elektro GmbH & Co. KG", "Bedachungen GmbH"], "en-GB": ["Heating Ltd", "Electrical Services Ltd", "Building Contractors Ltd"],
              "en-US": ["Plumbing LLC", "Electric Inc.", "Roofing Co."], "fr-FR": ["Plomberie SARL", "Électricité SAS"], "es-ES": ["Fontanería S.L.", "Reformas S.L."],
              "it-IT": ["Impianti S.r.l.", "Edilizia S.p.A."], "pl-PL": ["Instalacje Sp. z o.o.", "Budownictwo S.A."], "nl-NL": ["Installatietechniek B.V.", "Bouw B.V."],
              "pt-BR": ["Instalações Ltda.", "Construtora S.A."], "ru-RU": ["ООО «Сантехмонтаж»", "АО «Электросеть-Сервис»"], "uk-UA": ["ТОВ «Теплобуд»", "ПП «Електромонтаж»"],
              "el-GR": ["Υδραυλικές Εγκαταστάσεις Α.Ε.", "Ηλεκτρικά Ε.Π.Ε."], "ar-EG": ["شركة النيل للمقاولات", "مؤسسة الأمل للتوريدات الكهربائية"],
              "he-IL": ["אינסטלציה בע\"מ", "חשמל ובנייה בע\"מ"], "hi-IN": ["इलेक्ट्रिकल्स प्रा. लि.", "कंस्ट्रक्शन कंपनी"],
              "th-TH": ["บริษัท ช่างไฟ จำกัด", "ห้างหุ้นส่วนจำกัด ก่อสร้าง"], "zh-CN": ["建筑装饰有限公司", "水电安装工程有限公司"],
              "ja-JP": ["設備工業株式会社", "電気工事有限会社"], "ko-KR": ["설비 주식회사", "전기공사(주)"], "tr-TR": ["Tesisat Ltd. Şti.", "İnşaat A.Ş."],
              "sv-SE": ["Rör AB", "Elinstallation AB"], "cs-CZ": ["Instalatérství s.r.o.", "Stavby a.s."]}
ROLE_BOXES = ["accounts", "info", "invoices", "service", "office", "payables", "kontakt", "buchhaltung", "factures", "ventas", "biuro"]
TAXMAN = {"en-GB": "HM Revenue & Customs, BX9 1AS (VAT helpline 0300 200 3700)", "de-DE": "Finanzamt, Veranlagungsstelle USt, Servicehotline des Amtes",
          "fr-FR": "Service des impôts des entreprises (SIE), messagerie sécurisée impots.gouv.fr", "es-ES": "Agencia Tributaria, modelo 303, sede electrónica",
          "it-IT": "Agenzia delle Entrate, LIPE trimestrale", "pl-PL": "Urząd Skarbowy, JPK_V7M via e-Urząd Skarbowy", "nl-NL": "Belastingdienst, btw-aangifte via Mijn Belastingdienst Zakelijk",
          "en-US": "state Department of Revenue, sales & use tax e-file portal", "pt-BR": "Receita Federal, PGDAS-D / Simples Nacional", "ru-RU": "ФНС России, декларация по НДС через ЭДО",
          "uk-UA": "ДПС України, Електронний кабінет платника", "el-GR": "ΑΑΔΕ, myBUSINESSsupport, περιοδική δήλωση ΦΠΑ", "ar-EG": "مصلحة الضرائب المصرية، منظومة الفاتورة الإلكترونية",
          "he-IL": "רשות המסים, דיווח מע\"מ דו-חודשי (דוח 874)", "hi-IN": "GST पोर्टल, GSTR-3B मासिक रिटर्न", "th-TH": "กรมสรรพากร ภ.พ.30 ยื่นออนไลน์",
          "zh-CN": "国家税务总局电子税务局，增值税申报", "ja-JP": "税務署 e-Tax 消費税申告（インボイス制度）", "ko-KR": "국세청 홈택스 부가가치세 신고",
          "tr-TR": "Gelir İdaresi Başkanlığı, KDV beyannamesi (e-Beyanname)", "sv-SE": "Skatteverket, momsdeklaration via e-tjänst", "cs-CZ": "Finanční úřad, přiznání k DPH přes EPO"}
EPONYMS = ["Ohm's law check: 230 V / 13 A", "Volta-rated battery backup", "Kelvin colour temp 3000 K", "Joule losses on long run",
           "the Crapper-style high-level cistern", "Bunsen burner for soldering", "Fresnel lens downlights", "Allen key set",
           "Phillips PH2 screws", "Mohs hardness of the tile", "Venturi tee on the gas line", "Faraday cage effect on the Wi-Fi"]
FICTIONAL = ["Super Mario (the game plumber) ", "Bob the Builder ", "Handy Manny ", "Mr. Fix-It from the ad ", "Fireman Sam "]


def biz_phone(rng, lc):
    ex = phonenumbers.example_number_for_type(lc.region, phonenumbers.PhoneNumberType.FIXED_LINE)
    e164 = phonenumbers.format_number(ex, phonenumbers.PhoneNumberFormat.E164)

    def g():
        return phonenumbers.parse(f"{e164[:-4]}{digits(rng, 4)}", None)
    n = loop(g, phonenumbers.is_valid_number, f"switchboard {lc.region}")
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def firm(rng, lc):
    root = (lc.compose(lc.lsyl, rng, "firm root", soft=True) if rng.random() < 0.6 else None) or rng.choice(["Nordlicht", "Apex", "Kestral", "Sunbridge", "Orion", "Polaris", "Ember"])
    name = f"{root} {rng.choice(FIRM_WORDS[lc.tag])}"
    slug = re.sub(r"[^a-z]", "", root.lower()) or rng.choice(lc.rom) + "-service"
    dom = slug + rng.choice([".co.uk", ".de", ".com", ".eu", ".net"])
    city, pc = rng.choice(lc.cities)
    return dict(name=name, addr=f"{lc.street(rng)}, {pc} {city}", tel=biz_phone(rng, lc),
                mail=f"{rng.choice(ROLE_BOXES)}@{dom}", vat=f"VAT/Tax reg. {lc.region}{digits(rng, 9)}")


def render(rng, lab, rows, style):
    if style == "json":
        return json.dumps({k: v for k, v in rows}, ensure_ascii=False, indent=rng.choice([None, 2]))
    if style == "csv":
        return ";".join(k for k, _ in rows) + "\n" + ";".join(str(v) for _, v in rows)
    if style == "table":
        return "\n".join(f"| {k} | {v} |" for k, v in rows)
    return "\n".join(f"{k}: {v}" for k, v in rows)


KINDS = ["invoice", "quote", "job_sheet", "supplier_statement", "vat_return", "payroll", "debt_chase", "expense_log"]
ASKS = {
    "invoice": ["tidy this invoice up and add the VAT line", "can you check the maths on this invoice", "turn this into a proper invoice I can email",
                "translate the invoice to English for my accountant", "put this invoice into the JSON my bookkeeping app wants"],
    "quote": ["make this quote sound more professional", "add a 10% contingency and re-total", "write the covering email for this quote",
              "is my labour rate reasonable here?", "split this quote into stages with payment milestones"],
    "job_sheet": ["write up my job notes properly", "summarise today's call-out for the office", "turn these notes into a customer report",
                  "what parts do I need to reorder from this", "draft the follow-up text to the customer"],
    "supplier_statement": ["reconcile this statement against my purchase ledger", "which invoices on this statement are overdue",
                           "draft a query to the supplier about the credit note", "work out what I actually owe them"],
    "vat_return": ["check my VAT boxes before I submit", "explain what goes in each box", "does this return look right for the quarter",
                   "flag anything odd in these figures"],
    "payroll": ["check this month's payslips", "work out employer contributions for these two", "set up this payroll as a spreadsheet",
                "draft the payslip text for each employee"],
    "debt_chase": ["write a firm but polite reminder", "second chaser, mention late payment interest", "make this letter less aggressive",
                   "translate this reminder and keep the tone"],
    "expense_log": ["categorise these expenses for my self-assessment", "which of these are allowable", "total these receipts by category",
                    "turn my expense notes into a table"],
}
VOICES = ["", "sorry for the mess, typed on my phone in the van. ", "hi, bookkeeper here for a small trades firm. ",
          "quick one: ", "my wife normally does the books but she's away, ", "URGENT - ", "lads at the office said ask the AI. "]


def lines_block(rng, lc, trade):
    items = rng.sample(TRADES[trade], k=min(2, len(TRADES[trade]))) + rng.sample(MATERIALS, k=2)
    tot = 0.0
    out = []
    for it in items:
        a = money(rng, 8, 900)
        tot += a
        out.append(f"- {it} .... {lc.cur}{a:.2f}")
    out.append(f"{lc.lab['total']}: {lc.cur}{tot:.2f}")
    return "\n".join(out)


def sensitive_doc(kind, rng, lc, iss):
    lab = lc.lab
    trade = rng.choice(list(TRADES))
    style = rng.choice(["form", "form", "json", "csv", "table", "notes"])
    ref = f"{rng.choice(['INV', 'Q', 'JS', 'RE', 'TK'])}-{rng.randint(1000, 99999)}"
    if rng.random() < 0.13:  # weak-cue hard case: a single name part
        f, l, _ = lc.full(rng)
        cue = rng.choice([
            f"{ref}: {trade} job. {iss('person', f)} rang again about it, said she's in after 3 so knock loud.",
            f"{ref} — left the old valve with {iss('person', l)}'s lad, he'll pass it on. {rng.choice(TRADES[trade])}.",
            f"{lab['note']}: {iss('person', f)} ({lab['cust']}) wants it done before her mum visits. {rng.choice(TRADES[trade])}",
            f"{lab['job']} {ref}\n{rng.choice(TRADES[trade])}\npaid cash to {iss('person', f)} change owed {lc.cur}{rng.randint(2, 40)}"])
        return cue + "\n" + lines_block(rng, lc, trade)
    if kind == "invoice":
        c = person_block(rng, lc, iss, ["name", "addr"] + rng.sample(["tel", "mail"], 1) + (["card"] if rng.random() < 0.3 else []))
        rows = [(lab["inv"], ref), ("date", when(rng)), (lab["cust"], c["name"]), (lab["addr"], f"{c['addr']}, {c['city']}")]
        rows += [(lab["tel"], c.get("tel") or c.get("mail"))] + ([("card", c["card"])] if "card" in c else [])
        if rng.random() < 0.4:
            me = person_block(rng, lc, iss, ["iban"])
            if "iban" in me:
                rows.append(("pay to (my own account)", me["iban"]))
        return render(rng, lab, rows, style) + "\n" + lines_block(rng, lc, trade)
    if kind == "quote":
        c = person_block(rng, lc, iss, ["name", "addr", "tel", "mail"][: rng.randint(2, 4)])
        head = f"{lab['cust']}: {c['name']}\n{lab['addr']}: {c['addr']}, {c['city']}" + (f"\n{lab['tel']}: {c['tel']}" if "tel" in c else "") + \
            (f"\n{c['mail']}" if "mail" in c else "")
        return f"QUOTE {ref} ({trade})\n{head}\n{lines_block(rng, lc, trade)}\nvalid 30 days, 25% deposit"
    if kind == "job_sheet":
        c = person_block(rng, lc, iss, ["name", "addr", "tel"] + (["ip"] if trade == "electrician" or rng.random() < 0.15 else []))
        notes = rng.choice(TRADES[trade])
        extra = f"\nrouter WAN IP {c['ip']} (for the smart thermostat port forward)" if "ip" in c else ""
        if style == "notes":
            return f"call-out {when(rng)} 08:40. {c['name']}, {c['addr']} {c['city']}, mob {c['tel']}. {notes}. key safe code 4471, dog in kitchen.{extra}"
        rows = [(lab["job"], ref), (lab["cust"], c["name"]), (lab["addr"], c["addr"]), ("", c["city"]), (lab["tel"], c["tel"]), (lab["note"], notes + extra)]
        return render(rng, lab, rows, style)
    if kind == "supplier_statement":
        c = person_block(rng, lc, iss, ["name", "addr", "tel", "id"])
        f = firm(rng, lc)
        rows = [("statement from", f["name"]), ("account holder (sole trader)", c["name"]), ("trading from home", f"{c['addr']}, {c['city']}"),
                (lab["tel"], c["tel"])] + ([(c["idtype"], c["id"])] if "id" in c else [])
        led = "\n".join(f"{when(rng)}  INV{rng.randint(10000, 99999)}  {lc.cur}{money(rng):.2f}" for _ in range(rng.randint(3, 6)))
        return render(rng, lab, rows, style) + "\n" + led
    if kind == "vat_return":
        c = person_block(rng, lc, iss, ["name", "addr", "id", "iban"])
        boxes = "\n".join(f"Box {i}: {lc.cur}{money(rng, 100, 30000):.2f}" for i in range(1, 7))
        rows = [("taxpayer", c["name"]), (lab["addr"], f"{c['addr']}, {c['city']}")] + ([("own id", c["id"])] if "id" in c else []) + \
            ([("refund to", c["iban"])] if "iban" in c else []) + ([("refund routing/account", f"{c['routing']} / {c['acct']}")] if "routing" in c else [])
        return render(rng, lab, rows, style) + "\n" + boxes
    if kind == "payroll":
        out = []
        for i in range(rng.choice([1, 2])):
            c = person_block(rng, lc, iss, (["split"] if style == "csv" else ["name"]) + ["dob", "id", "iban"] + (["addr"] if rng.random() < 0.4 else []))
            rows = ([("first", c["first"]), ("last", c["last"])] if "first" in c else [("employee", c["name"])]) + [(lab["dob"], c["dob"])]
            rows += ([(c["idtype"], c["id"])] if "id" in c else []) + ([("IBAN", c["iban"])] if "iban" in c else []) + \
                ([("ACH", f"{c['routing']} {c['acct']}")] if "routing" in c else []) + ([(lab["addr"], c["addr"])] if "addr" in c else [])
            rows += [("gross", f"{lc.cur}{money(rng, 1200, 3800):.2f}"), ("hours", rng.randint(60, 172))]
            out.append(render(rng, lab, rows, style))
        return "\n\n".join(out)
    if kind == "debt_chase":
        c = person_block(rng, lc, iss, ["name", "addr"] + rng.sample(["tel", "mail", "card"], 1))
        tail = f"We tried the card ending on file ({c['card']}) and it was declined." if "card" in c else f"Contact: {c.get('tel') or c.get('mail')}"
        return (f"{c['name']}\n{c['addr']}\n{c['city']}\n\nRe: {lab['inv']} {ref}, {trade} work completed {when(rng)}\n"
                f"Our records show {lc.cur}{money(rng):.2f} still outstanding after 45 days. {tail}")
    c = person_block(rng, lc, iss, ["mail", "card"] + (["addr"] if rng.random() < 0.6 else []))
    lines = [f"{when(rng)}, {rng.choice(MATERIALS)}, {lc.cur}{money(rng, 3, 300):.2f}, paid {c['card']}" for _ in range(rng.randint(3, 5))]
    if "addr" in c:
        lines.append(f"mileage from home ({c['addr']}) to site and back, 38 mi")
    lines.append(f"receipts forwarded from my personal inbox {c['mail']}")
    return "\n".join(lines)


def benign_doc(kind, rng, lc):
    lab = lc.lab
    trade = rng.choice(list(TRADES))
    ref = f"{rng.choice(['INV', 'PO', 'ST', 'Q'])}-{rng.randint(1000, 99999)}"
    f1, f2 = firm(rng, lc), firm(rng, lc)
    flavour = rng.choice(["b2b", "template", "redacted", "eponym", "testvals", "authority"])
    if flavour == "b2b":
        rows = [(lab["inv"] if kind != "quote" else "QUOTE", ref), ("from", f1["name"]), ("registered office", f1["addr"]), ("switchboard", f1["tel"]),
                ("queries", f1["mail"]), ("to", f2["name"]), ("site", f2["addr"]), ("accounts", f2["mail"]), ("tax", f1["vat"])]
        return render(rng, lab, rows, rng.choice(["form", "json", "table"])) + "\n" + lines_block(rng, lc, trade)
    if flavour == "template":
        ph = rng.choice([("{{customer_name}}", "{{address_line_1}}", "{{mobile}}"), ("[Customer name]", "[Street, No.]", "[Phone]"),
                         ("<NAME>", "<ADDRESS>", "<TEL>"), ("_______", "_______", "_______")])
        return f"{KINDS_TITLE[kind]} template ({trade})\n{lab['cust']}: {ph[0]}\n{lab['addr']}: {ph[1]}\n{lab['tel']}: {ph[2]}\n" + lines_block(rng, lc, trade) + \
            f"\nIssued by {f1['name']} · {f1['tel']} · {f1['mail']}"
    if flavour == "redacted":
        return (f"{KINDS_TITLE[kind]} {ref} (anonymised for the accountant)\n{lab['cust']}: [REDACTED] / client #{rng.randint(100, 9999)}\n"
                f"{lab['addr']}: ***, {rng.choice(lc.cities)[0]}\n{lab['tel']}: *** *** {rng.randint(10, 99)}\n" + lines_block(rng, lc, trade) +
                f"\n{rng.randint(2, 40)} domestic jobs this quarter, average {lc.cur}{money(rng, 90, 600):.2f}")
    if flavour == "eponym":
        return (f"{KINDS_TITLE[kind]} {ref} — {f1['name']}\n{rng.choice(EPONYMS)}; {rng.choice(EPONYMS)}\n"
                f"Customer file name on the test rig: {rng.choice(FICTIONAL)}(demo account)\n{rng.choice(BRANDS)}\n" + lines_block(rng, lc, trade))
    if flavour == "testvals":
        return (f"Sandbox {KINDS_TITLE[kind].lower()} for our invoicing app (docs example, not real):\ncard 4242 4242 4242 4242, exp 12/34, CVC 123\n"
                f"IBAN GB82 WEST 1234 5698 7654 32 (documentation example)\nwebhook from 192.0.2.44 and 2001:db8::17\n"
                f"customer: Jane Doe, 123 Example Street, test@example.com, +1 555 0100\n" + lines_block(rng, lc, trade))
    return (f"{KINDS_TITLE[kind]} {ref}: {f1['name']} ({f1['vat']})\nfiling with: {TAXMAN[lc.tag]}\n"
            f"office: {f1['addr']} · {f1['tel']} · {f1['mail']}\n" + "\n".join(f"Box {i}: {lc.cur}{money(rng, 100, 50000):.2f}" for i in range(1, 5)) +
            "\nnote: the finance minister's budget speech changed the threshold from next April.")


KINDS_TITLE = {"invoice": "Invoice", "quote": "Quote", "job_sheet": "Job sheet", "supplier_statement": "Supplier statement", "vat_return": "VAT return",
               "payroll": "Payroll summary", "debt_chase": "Payment reminder", "expense_log": "Expense log"}


MODES = ["user", "system", "tool", "assistant", "parts", "tool_args", "user_field", "schema"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"]
SYSTEMS = ["You help small trades businesses with their paperwork.", "You are a bookkeeping assistant for sole traders and micro firms.",
           "Answer concisely. The user runs a two-person plumbing and heating firm.", "You draft customer communications for a building contractor."]


def build_body(rng, mode, doc, ask, kind, uval):
    model = rng.choice(MODELS)
    sysm = {"role": "system", "content": rng.choice(SYSTEMS)}
    if mode == "user":
        msgs = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif mode == "system":
        msgs = [{"role": "system", "content": f"{rng.choice(SYSTEMS)}\nCurrent document on file:\n{doc}"}, {"role": "user", "content": ask}]
    elif mode == "tool":
        cid = f"call_{rng.randint(10**8, 10**9)}"
        msgs = [sysm, {"role": "user", "content": f"pull up {kind.replace('_', ' ')} {rng.randint(100, 999)} and {ask}"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "fetch_document",
                 "arguments": json.dumps({"kind": kind, "ref": rng.randint(100, 999)})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif mode == "assistant":
        msgs = [sysm, {"role": "user", "content": "here's the thing I sent earlier, read it back to me"},
                {"role": "assistant", "content": f"Sure, this is what you sent:\n{doc}"}, {"role": "user", "content": ask}]
    elif mode == "parts":
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]
    elif mode == "tool_args":
        cid = f"call_{rng.randint(10**8, 10**9)}"
        msgs = [sysm, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_to_ledger",
                 "arguments": json.dumps({"kind": kind, "text": doc}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": "saved"}, {"role": "user", "content": "ok now " + rng.choice(ASKS[kind])}]
    elif mode == "schema":
        msgs = [sysm, {"role": "user", "content": f"{ask}. Use the schema."}]
    else:
        msgs = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    body = {"model": model, "messages": msgs}
    if mode == "schema":
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": f"{kind}_fields", "schema": {"type": "object", "properties": {
            "lines": {"type": "array", "items": {"type": "string"}, "description": f"Line items taken from this source document:\n{doc}"},
            "total": {"type": "number", "description": "grand total incl. tax"}}, "required": ["lines", "total"]}}}
    if uval is not None:
        body["user"] = uval
    return body


def pii_records(rng):
    recs = []
    n_total, n_sens = 504, 292
    plan = [True] * n_sens + [False] * (n_total - n_sens)
    rng.shuffle(plan)
    for i, sens in enumerate(plan):
        kind = KINDS[i % len(KINDS)]
        lc = LOCALES[(i * 7 + i // 22) % len(LOCALES)]
        mode = MODES[(i // len(KINDS) + i) % len(MODES)]
        iss = Issue()
        doc = sensitive_doc(kind, rng, lc, iss) if sens else benign_doc(kind, rng, lc)
        ask = rng.choice(VOICES) + rng.choice(ASKS[kind])
        uval = None
        if mode == "user_field":
            if sens:
                c = person_block(rng, lc, iss, ["mail"])
                uval = c["mail"]
            else:
                uval = rng.choice([f"acct_{rng.randint(10**5, 10**6)}", f"{rng.choice(ROLE_BOXES)}@tradesdesk.example", f"tenant-{rng.randint(10, 99)}-van3"])
        endpoint = "completions" if i % 10 == 3 else "chat"
        if endpoint == "completions":
            body = {"model": rng.choice(["gpt-3.5-turbo-instruct", "hybridgate/auto"]), "prompt": f"{ask}\n\n{doc}\n\n---\n",
                    "max_tokens": rng.choice([256, 400, 800])}
            if uval is not None:
                body["user"] = uval
            mode_s = "prompt"
        else:
            body = build_body(rng, mode, doc, ask, kind, uval)
            mode_s = mode
        ser = json.dumps(body, ensure_ascii=False)
        ents = sorted({t for t, v in iss.vals if v and v in ser})
        assert (len(ents) > 0) == sens, (i, kind, sens, ents)
        recs.append({"id": f"fumarole-pii-{i + 1:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": bool(ents),
                     "entities": ents, "endpoint": endpoint, "lang": lc.tag, "style": f"{mode_s} · {lc.tag}", "body": body})
    return recs


# ---------------------------------------------------------------------------------------------- complexity
SIMPLE = [("en", "what's 20% VAT on £{a}?"), ("en", "how do you spell 'reconciliation'"), ("de", "Was heißt 'Abschlagsrechnung' auf Englisch?"),
          ("fr", "c'est quoi un devis ?"), ("es", "¿Cuánto es el 21% de {a} euros?"), ("it", "come si dice 'ricevuta' in inglese?"),
          ("pl", "ile to jest 23% z {a} zł?"), ("nl", "Wat betekent 'werkbon'?"), ("pt", "qual a diferença entre nota fiscal e recibo? uma frase"),
          ("en", "give me a polite one-line sign-off for an invoice email"), ("en", "convert {a} pence to pounds"), ("ru", "как по-английски «накладная»?"),
          ("uk", "скільки буде {a} плюс 20%?"), ("el", "Πώς λέγεται 'τιμολόγιο' στα αγγλικά;"), ("ar", "ما معنى كلمة invoice؟"),
          ("he", "איך אומרים 'קבלה' באנגלית?"), ("hi", "GST का पूरा नाम क्या है?"), ("th", "ใบเสร็จ ภาษาอังกฤษว่าอะไร"), ("zh", "“报价单”英文怎么说？"),
          ("ja", "「見積書」は英語で何と言いますか？"), ("ko", "'세금계산서'를 영어로 뭐라고 해요?"), ("tr", "KDV'nin açılımı ne?"), ("sv", "vad betyder 'F-skatt' kort?"),
          ("cs", "jak se řekne 'faktura' anglicky?"), ("en", "is 15mm or 22mm pipe bigger"), ("en", "what day of the week is 1 March 2027"),
          ("en", "round £{a}.467 to 2dp"), ("en", "write 'Thanks for your business!' in Spanish"), ("de", "Wie viele Tage hat das 1. Quartal?"),
          ("en", "what does 'net 30' mean on an invoice")]
HARD = [("en", "I'm VAT-registered on the flat rate scheme at 9.5% (limited-cost trader test failing some quarters). Turnover {a}k gross, materials 1.8% of turnover. Derive the quarter-by-quarter break-even between FRS 16.5% and standard accounting, and say when switching back makes sense given the 1-year rule."),
        ("en", "Domestic reverse charge for construction: I'm a subcontractor invoicing a contractor who then invoices an end user that is connected to them. Walk through whether the end-user exclusion applies and what each invoice must say."),
        ("de", "Ich bin Kleinunternehmer nach § 19 UStG, Vorjahresumsatz knapp unter der Grenze, im laufenden Jahr kommt ein Großauftrag über {a}.000 €. Ab welchem Umsatz genau kippt die Regelung nach neuer Rechtslage, und wie rechne ich die Rechnung, die die Grenze überschreitet?"),
        ("fr", "Auto-entrepreneur artisan, je dépasse le seuil de franchise de TVA en cours d'année. Explique précisément à partir de quelle date la TVA s'applique, avec un exemple chiffré mois par mois, et comment régulariser les factures déjà émises."),
        ("en", "Write a SQL query for aged debtors (0-30/31-60/61-90/90+) where invoices can be part-paid by multiple receipts and a receipt can cover several invoices; credit notes must reduce the oldest open item first (FIFO). Tables: invoices, receipts, allocations, credit_notes."),
        ("en", "Two-person firm: director takes £{a}k salary + dividends. Model the optimal split for 2026/27 considering employer NIC, employment allowance eligibility when the director is the only employee above the secondary threshold, and corporation tax marginal relief. Show the algebra."),
        ("es", "Soy autónomo fontanero en módulos y quiero pasar a estimación directa. Analiza si me conviene con gastos de {a}.000 € y amortización de la furgoneta, y qué implicaciones tiene en el IVA (recargo de equivalencia no aplica)."),
        ("en", "Prove that a double-entry ledger where every journal sums to zero always yields a balanced trial balance, then explain which real-world errors it still cannot detect and design checks for two of them."),
        ("pl", "Jako mała firma budowlana rozliczam się metodą kasową VAT. Klient zapłacił częściowo po 100 dniach. Wyjaśnij krok po kroku, kiedy powstaje obowiązek podatkowy dla każdej części i jak to ująć w JPK."),
        ("en", "Retention of 5% held by the main contractor, released half on practical completion and half after a 12-month defects period. How do I recognise revenue and the VAT tax point under both cash and accrual, and what if the contractor goes bust in month 8?"),
        ("ja", "インボイス制度の2割特例を使っている一人親方です。翌課税期間に課税売上高が1,000万円を超えそうな場合、特例の適用可否と簡易課税との有利不利を数値例で比較してください。"),
        ("en", "My van is used 70% business. Compare capital allowances (AIA) versus simplified mileage over 5 years for a £{a}k electric van, including the balancing charge on sale, and recommend with reasoning."),
        ("nl", "Ik ben zzp-elektricien en twijfel over de KOR. Reken uit bij welke omzet en investeringsniveau het aftrekken van voorbelasting zwaarder weegt dan de administratieve winst, inclusief herziening bij een bedrijfsmiddel van € {a}.000."),
        ("en", "Design a data model for job costing that supports quotes that become jobs, variations, materials drawn from van stock with FIFO costing, and labour at different rates per operative. Explain the tricky cases."),
        ("zh", "我是个体装修工，客户要求开增值税专用发票，但我是小规模纳税人。请分析代开专票、税率、以及对客户抵扣的影响，并举例计算。"),
        ("en", "Customer disputes a £{a} invoice claiming the quote was 'fixed price' but the quote said 'estimate, subject to survey'. Analyse the contractual position under UK consumer law and draft a negotiation strategy.")]
HARD_LONG_TASKS = ["Reconcile this statement against my ledger below, list every discrepancy, explain the likely cause of each and draft the query to the supplier.",
                   "Find the errors in this quarter's VAT workings, recompute the boxes and explain which corrections can go on the next return versus needing a disclosure.",
                   "From these job records build a job-costing analysis: margin per job type, which jobs lost money and why, and three pricing changes with expected impact.",
                   "Audit this payroll run: check every deduction against the rules I give, flag mistakes, and explain the correction process for the already-paid month."]
EASY_LONG_TASKS = ["put this list in alphabetical order, nothing else", "convert this to CSV with the same columns", "remove the duplicate lines please",
                   "make every line start with a capital letter", "just count how many lines there are", "translate only the column headings to English",
                   "bold the item names (markdown), leave the rest as is"]
LANGS = ["en", "en", "de", "fr", "es", "pl", "it", "nl", "pt", "tr", "sv", "cs"]


def long_list(rng, min_chars):
    out, i = [], 0
    while sum(len(x) + 1 for x in out) < min_chars:
        i += 1
        out.append(f"{i}. {rng.choice(MATERIALS)} | supplier {rng.choice(['A', 'B', 'C', 'D'])} | qty {rng.randint(1, 60)} | "
                   f"bin {rng.choice('ABCDEFG')}{rng.randint(1, 20)} | last ordered {when(rng)}")
    return "\n".join(out)


def long_ledger(rng, min_chars):
    out = []
    bal = 0.0
    while sum(len(x) + 1 for x in out) < min_chars:
        amt = money(rng, 20, 1800)
        kind = rng.choice(["INV", "INV", "INV", "CN", "PAY"])
        bal += -amt if kind != "INV" else amt
        out.append(f"{when(rng)}  {kind}{rng.randint(1000, 9999)}  {'-' if kind != 'INV' else ''}{amt:.2f}  bal {bal:.2f}  {rng.choice(TRADES[rng.choice(list(TRADES))])}")
    return "\n".join(out)


def cx_records(rng):
    recs = []
    plan = ["short_simple"] * 48 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 46
    rng.shuffle(plan)
    for i, cat in enumerate(plan):
        if cat == "short_simple":
            lang, t = rng.choice(SIMPLE)
            content = t.format(a=rng.randint(12, 4800))
            style = rng.choice(["quick question", "texted from site", "lookup"])
        elif cat == "short_hard":
            lang, t = rng.choice(HARD)
            content = rng.choice(["", "Think carefully. ", "Need a proper answer, not a summary: "]) + t.format(a=rng.randint(20, 180))
            style = rng.choice(["tax reasoning", "design", "legal analysis", "modelling"])
        elif cat == "long_easy":
            lang = rng.choice(LANGS)
            task = rng.choice(EASY_LONG_TASKS)
            data = long_list(rng, rng.randint(1550, 3200)) if rng.random() < 0.6 else long_ledger(rng, rng.randint(1550, 3000))
            content = f"{task}\n\n{data}" if rng.random() < 0.5 else f"{data}\n\n{task}"
            style = "paste + trivial transform"
        else:
            lang = rng.choice(LANGS)
            task = rng.choice(HARD_LONG_TASKS)
            data = long_ledger(rng, rng.randint(1600, 3600))
            rules = ("Rules: VAT standard rate 20%, reduced 5% for energy-saving materials in homes; credit notes reduce output tax in the period "
                     "issued; bad-debt relief only after 6 months and if written off; supplier statement shows INV3312 twice and a payment we can't find.")
            content = f"{task}\n\n{rules}\n\nLEDGER:\n{data}"
            style = "multi-step analysis on a long document"
        if cat in ("long_easy", "long_hard"):
            assert len(content) >= 1500, cat
        msgs = ([{"role": "system", "content": rng.choice(SYSTEMS)}] if rng.random() < 0.5 else []) + [{"role": "user", "content": content}]
        recs.append({"id": f"fumarole-cx-{i + 1:04d}", "category": cat, "label": int(cat.endswith("hard")),
                     "length_adversarial": cat in ("long_easy", "short_hard"), "endpoint": "chat", "lang": lang, "style": style,
                     "body": {"model": "hybridgate/auto", "messages": msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pii = pii_records(rng)
    cx = cx_records(rng)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii_fumarole.jsonl", pii), ("complexity_fumarole.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign "
          f"({collections.Counter(r['endpoint'] for r in pii)}), {len({r['lang'] for r in pii})} langs")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entities:", dict(sorted(collections.Counter(e for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(collections.Counter(r["style"].split(" · ")[0] for r in pii)))
    print(f"complexity: {len(cx)} records", dict(collections.Counter(r["category"] for r in cx)),
          f"label1={sum(r['label'] for r in cx)} adversarial={sum(r['length_adversarial'] for r in cx)} langs={len({r['lang'] for r in cx})}")
    print("pool sizes after freeze (first/last/street):", [(lc.tag, len(lc.firsts), len(lc.lasts), len(lc.streets)) for lc in LOCALES])


if __name__ == "__main__":
    main()
