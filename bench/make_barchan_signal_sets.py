#!/usr/bin/env python3
"""Barchan: an independent evaluation split for the request signals, organised by INSURANCE CLAIMS AND LENDING.

Writes bench/data/signals/pii_barchan.jsonl and bench/data/signals/complexity_barchan.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of bench/make_delta_signal_sets.py (schema and
    conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. Not the detector, its
    tests, the evaluator, results, docs, policies, other generators or data, and no history. The earlier
    generators (FROZEN_AGAINST) are only scanned automatically at run time: their capitalised words,
    non-ASCII words and non-ASCII word bigrams (lower-cased) form a freeze set, and every entry of this
    file's name, street-root and company pools that shares a word with it is dropped (order kept); thin
    pools are refilled with names composed from invented locale-typical parts, re-checked, capped at 200
    attempts (then the run aborts). The frozen words are never printed.

Organising principle
    Insurance claims and lending: claim forms, adjusters' notes, loss reports, loan applications, mortgage
    applications, brokers' emails, affordability checks and repayment plans -- private claimants and
    borrowers versus insurers, lenders, brokers and regulators in their organisational role. Sensitive
    records use category ``<kind>``, benign look-alikes ``<kind>_benign`` (office holders in their public
    role, organisations' own mailboxes/switchboards/business addresses, documentation and test values,
    placeholder templates, redacted forms, eponymous products and methods, invented fictional characters,
    anonymised or aggregated portfolio data). 23 locales across Latin, Cyrillic, Greek, Arabic, Hebrew,
    Devanagari, Thai, Han, Kana/Kanji and Hangul scripts. The document sits, by rotation, in the user
    message, the system message, a tool result after a tool call, an earlier assistant turn, text content
    parts, tool-call arguments, the ``user`` field (with a short profile string) or a response_format
    json_schema description; about 10% use the legacy completions endpoint (``prompt``). Hard cases: a
    surname alone behind a weak cue, values split or oddly formatted (IBAN in lower case, phone digits in
    pairs, card with dashes), data inside JSON / CSV / key-value forms.

Labels
    ``entities`` is computed by searching the serialised body for every value the record issued (types as
    in the delta schema: person, EMAIL_ADDRESS, PHONE_NUMBER, STREET_ADDRESS, DATE_OF_BIRTH, ssn,
    NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, US_BANK_NUMBER, IP_ADDRESS);
    ``sensitive`` is true exactly when ``entities`` is non-empty (asserted). Claim, policy, loan and case
    references are not personal data here and are not labelled.

Contents (seed 20260511; run prints the same numbers)
    pii_barchan.jsonl: 504 requests, 8 kinds x 63 (37 sensitive + 26 benign: 296 / 208), 453 chat /
    51 completions, 23 locales. complexity_barchan.jsonl: 190 chat requests: short_simple 48,
    long_easy 48 (>= 1,500 chars), short_hard 48, long_hard 46; long_easy + short_hard are
    length-adversarial; label 1 = short_hard + long_hard. The run prints all counts.

Validation
    Every identifier is validated with python-stdnum (IBAN, Luhn cards, SSN, RTN, NHS, NIR, DNI, PESEL,
    BSN, CPF, INN, RNTRC, AMKA, Israeli ID, Aadhaar, PAN, Thai PIN, RIC, My Number, RRN, T.C. Kimlik,
    personnummer, rodne cislo, CNP, Steuer-IdNr); every phone number with ``phonenumbers`` for its region;
    home IPs with ``ipaddress`` (global). The run aborts on any invalid value.

Command (deterministic; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_barchan_signal_sets.py [--seed 20260511] [--out bench/data/signals]
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
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

ROOT = pathlib.Path(__file__).resolve().parent.parent
FROZEN_AGAINST = tuple("""arete atlas atoll bajada bayou blind butte canyon cenote cirque cuesta delta drumlin dune
esker estuary fen fjord geyser glacier heron hoodoo inselberg isthmus kame karst kestrel lagoon lantern loess meadow
mesa moraine mosaic nunatak oxbow pingo playa polje quarry scree sealed sierra skerry steppe tafoni tarn tepui
tombolo tundra unseen ventifact wild yardang""".split())
CAP = 200


class Abort(SystemExit):
    pass


def die(msg):
    raise Abort("barchan: ABORT: " + msg)


_TOK = re.compile(r"[^\s\"'`.,;:!?()\[\]{}<>/\\|=+*&^%$#@~\-0-9_،。、，「」・·]+")


def tokens(text):
    return _TOK.findall(text)


def freeze_set():
    words = set()
    for name in FROZEN_AGAINST:
        p = ROOT / "bench" / f"make_{name}_signal_sets.py"
        if not p.exists():
            die(f"frozen generator {name} missing")
        toks = tokens(p.read_text(encoding="utf-8"))
        prev = None
        for t in toks:
            na = any(ord(c) > 127 for c in t)
            if t[0].isupper() or na:
                words.add(t.lower())
            if na and prev is not None:
                words.add(prev.lower() + " " + t.lower())
            prev = t if na else None
    return words


def clashes(entry, frozen):
    toks = [t.lower() for t in tokens(entry)]
    if any(t in frozen for t in toks):
        return True
    return any(f"{a} {b}" in frozen for a, b in zip(toks, toks[1:]))


def pool(entries, parts, frozen, rng, need, joiner=""):
    """Keep non-clashing entries in order; top up with composed names from invented parts."""
    kept = [e for e in entries if not clashes(e, frozen)]
    seen = set(kept)
    tries = 0
    while len(kept) < need:
        tries += 1
        if tries > CAP:
            die(f"pool could not be filled (have {len(kept)}, need {need})")
        cand = joiner.join(rng.choice(p) for p in parts)
        if cand in seen or clashes(cand, frozen):
            continue
        seen.add(cand)
        kept.append(cand)
    return kept


# ---------------------------------------------------------------- identifiers (validated, abort on failure)
def _d(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def brute(rng, body_fn, valid, checks="0123456789", width=1, what="id"):
    for _ in range(CAP):
        body = body_fn()
        opts = [""]
        for _ in range(width):
            opts = [o + c for o in opts for c in checks]
        for c in opts:
            try:
                if valid(body + c):
                    return body + c
            except Exception:
                pass
    die(f"could not make a valid {what}")


def _ymd(rng, lo=1948, hi=2002):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def gen_id(kind, rng, dob):
    y, m, d = dob
    yy, mm, dd = f"{y % 100:02d}", f"{m:02d}", f"{d:02d}"
    if kind == "nhs":
        v = brute(rng, lambda: _d(rng, 9, True), nhs.is_valid, what="NHS")
        return f"{v[:3]} {v[3:6]} {v[6:]}", "HEALTH_INSURANCE"
    if kind == "ssn":
        for _ in range(CAP):
            a = rng.randint(1, 899)
            if a == 666:
                continue
            v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            if ssn.is_valid(v):
                return v, "ssn"
        die("ssn")
    if kind == "idnr":
        v = brute(rng, lambda: _d(rng, 10, True), idnr.is_valid, what="IdNr")
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "TAX_ID"
    if kind == "nir":
        body = f"{rng.choice('12')}{yy}{mm}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        v = body + f"{key:02d}"
        if not nir.is_valid(v):
            die("NIR")
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "NATIONAL_ID"
    if kind == "dni":
        n = _d(rng, 8, True)
        v = n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
        if not dni.is_valid(v):
            die("DNI")
        return v, "NATIONAL_ID"
    if kind == "pesel":
        mo = m + (20 if y >= 2000 else 0)
        return brute(rng, lambda: f"{yy}{mo:02d}{dd}{_d(rng, 4)}", pesel.is_valid, what="PESEL"), "NATIONAL_ID"
    if kind == "bsn":
        v = brute(rng, lambda: _d(rng, 8, True), bsn.is_valid, what="BSN")
        return f"{v[:4]}.{v[4:6]}.{v[6:]}", "NATIONAL_ID"
    if kind == "cpf":
        v = brute(rng, lambda: _d(rng, 9, True), cpf.is_valid, width=2, what="CPF")
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "TAX_ID"
    if kind == "inn":
        return brute(rng, lambda: "77" + _d(rng, 8), inn.is_valid, width=2, what="INN"), "TAX_ID"
    if kind == "rntrc":
        return brute(rng, lambda: _d(rng, 9, True), rntrc.is_valid, what="RNTRC"), "TAX_ID"
    if kind == "amka":
        return brute(rng, lambda: f"{dd}{mm}{yy}{_d(rng, 4)}", amka.is_valid, what="AMKA"), "NATIONAL_ID"
    if kind == "ilid":
        return brute(rng, lambda: _d(rng, 8, True), il_idnr.is_valid, what="IL ID"), "NATIONAL_ID"
    if kind == "aadhaar":
        v = brute(rng, lambda: rng.choice("23456789") + _d(rng, 10), aadhaar.is_valid, what="Aadhaar")
        return f"{v[:4]} {v[4:8]} {v[8:]}", "NATIONAL_ID"
    if kind == "pan":
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        v = "".join(rng.choice(L) for _ in range(3)) + "P" + rng.choice(L) + _d(rng, 4) + rng.choice(L)
        if not pan.is_valid(v):
            die("PAN")
        return v, "TAX_ID"
    if kind == "thpin":
        v = brute(rng, lambda: rng.choice("1235") + _d(rng, 11), pin.is_valid, what="Thai PIN")
        return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "NATIONAL_ID"
    if kind == "ric":
        return brute(rng, lambda: rng.choice(["110105", "310104", "440106", "510107"]) + f"{y}{mm}{dd}" + _d(rng, 3),
                     ric.is_valid, checks="0123456789X", what="RIC"), "NATIONAL_ID"
    if kind == "mynumber":
        v = brute(rng, lambda: _d(rng, 11, True), jp_in.is_valid, what="My Number")
        return f"{v[:4]} {v[4:8]} {v[8:]}", "NATIONAL_ID"
    if kind == "rrn":
        g = ("1" if y < 2000 else "3") if rng.random() < .5 else ("2" if y < 2000 else "4")
        v = brute(rng, lambda: f"{yy}{mm}{dd}{g}{rng.randint(0, 8):02d}{_d(rng, 3)}", rrn.is_valid, what="RRN")
        return f"{v[:6]}-{v[6:]}", "NATIONAL_ID"
    if kind == "tck":
        return brute(rng, lambda: _d(rng, 9, True), tckimlik.is_valid, width=2, what="TCKN"), "NATIONAL_ID"
    if kind == "pnr":
        v = brute(rng, lambda: f"{yy}{mm}{dd}{_d(rng, 3)}", personnummer.is_valid, what="personnummer")
        return f"{v[:6]}-{v[6:]}", "NATIONAL_ID"
    if kind == "rc":
        mo = m + (50 if rng.random() < .5 else 0)
        v = brute(rng, lambda: f"{yy}{mo:02d}{dd}{_d(rng, 3)}", rc.is_valid, what="rodne cislo")
        return f"{v[:6]}/{v[6:]}", "NATIONAL_ID"
    if kind == "cnp":
        s = ("1" if rng.random() < .5 else "2") if y < 2000 else ("5" if rng.random() < .5 else "6")
        return brute(rng, lambda: f"{s}{yy}{mm}{dd}{rng.randint(1, 40):02d}{_d(rng, 3)}", cnp.is_valid, what="CNP"), "NATIONAL_ID"
    die("unknown id kind " + kind)


BBAN = {"GB": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + _d(r, 14),
        "DE": lambda r: _d(r, 18, True), "FR": lambda r: _d(r, 10) + _d(r, 11) + _d(r, 2),
        "ES": lambda r: _d(r, 20), "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _d(r, 10) + _d(r, 12),
        "PL": lambda r: _d(r, 24), "NL": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _d(r, 10),
        "GR": lambda r: _d(r, 7) + _d(r, 16), "SA": lambda r: _d(r, 2) + _d(r, 18), "IL": lambda r: _d(r, 19),
        "TR": lambda r: _d(r, 5) + "0" + _d(r, 16), "SE": lambda r: _d(r, 20), "CZ": lambda r: _d(r, 20),
        "RO": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _d(r, 16),
        "UA": lambda r: _d(r, 6) + _d(r, 19), "BR": lambda r: _d(r, 23) + "C1"}


def gen_iban(cc, rng):
    for _ in range(CAP * 20):
        raw = cc + "00" + BBAN[cc](rng)
        v = cc + std_iban.calc_check_digits(raw) + raw[4:]
        if std_iban.is_valid(v):
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    die("IBAN " + cc)


def gen_card(rng):
    pre = rng.choice(["4", "51", "53", "55", "2221"])
    v = brute(rng, lambda: pre + _d(rng, 15 - len(pre)), luhn.is_valid, what="card")
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def gen_phone(region, rng, style):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    keep = 3 if len(nat) > 8 else 2
    for _ in range(CAP):
        n = phonenumbers.parse(nat[:keep] + _d(rng, len(nat) - keep), region)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            if style == 0:
                return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            if style == 1:
                return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
            if style == 2:
                return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
            digits = str(n.national_number)
            return f"+{n.country_code} " + " ".join(digits[i:i + 2] for i in range(0, len(digits), 2))
    die("phone " + region)


def gen_home_ip(rng):
    for _ in range(CAP):
        a = ipaddress.ip_address(f"{rng.choice([31, 37, 46, 62, 77, 79, 81, 84, 86, 89, 93, 95, 109, 176, 178, 188, 213])}."
                                 f"{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        if a.is_global and not a.is_private:
            return str(a)
    die("ip")


def gen_rtn(rng):
    return brute(rng, lambda: f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + _d(rng, 6),
                 rtn.is_valid, what="RTN")


# ---------------------------------------------------------------- locales
# name pools: (given list, given parts, surname list, surname parts); all are freeze-filtered at run time.
def L(code, region, cc, ids, order, given, gparts, sur, sparts, roots, rparts, street, cities, dob, labels, mail, sep=" "):
    return dict(code=code, region=region, cc=cc, ids=ids, order=order, given=given, gparts=gparts, sur=sur,
                sparts=sparts, roots=roots, rparts=rparts, street=street, cities=cities, dob=dob,
                labels=labels.split("|"), mail=mail, sep=sep)


LOCALES = [
    L("en-GB", "GB", "GB", ["nhs"], "gf", ["Imogen", "Rhodri", "Tamsin", "Fergus", "Briony", "Cormac"],
      (["Ros", "Gwen", "Tam", "Ede", "Hal", "Ber"], ["wyn", "lyn", "sin", "ric", "ora", "ton"]),
      ["Pendry", "Haslam", "Cutteridge", "Wolstenholme", "Treharne"], (["Ash", "Brad", "Coll", "Hurd", "Thorn", "Wick"], ["ley", "ridge", "combe", "well", "stead", "hurst"]),
      ["Quarrendon", "Fettiplace"], (["Ald", "Bram", "Cres", "Lyn", "Tan"], ["ersley", "holt", "combe", "wick"]),
      lambda r, n: f"{n} {r} {['Close', 'Road', 'Gardens', 'Lane'][n % 4]}",
      [("Kettering", "NN15 6QP"), ("Barnstaple", "EX31 2LS"), ("Bangor", "LL57 4HT")], "{d:02d}/{m:02d}/{y}",
      "Full name|Date of birth|Home address|Mobile|Email|NHS no.|Amount|Description of loss", ["btinternet.com", "gmail.com", "outlook.com"]),
    L("en-US", "US", None, ["ssn"], "gf", ["Delphine", "Wyatt", "Marisol", "Colter", "Ainsley"],
      (["Bry", "Kay", "Tan", "Jor", "Mar"], ["son", "lee", "nell", "den", "ley"]),
      ["Kowalczyk", "Oyelaran", "Brockhaus", "Vanterpool"], (["Stan", "Hollo", "Merri", "Bax", "Cald"], ["field", "way", "wether", "ter", "well"]),
      ["Tamarack", "Sycamore Bend"], (["Cotton", "Ridge", "Hollow", "Briar"], ["wood", "crest", "vale", "glen"]),
      lambda r, n: f"{n * 7 + 101} {r} {['Dr', 'Ave', 'Ct', 'Pkwy'][n % 4]}",
      [("Dayton, OH", "45419"), ("Boise, ID", "83706"), ("Chattanooga, TN", "37405")], "{m:02d}/{d:02d}/{y}",
      "Insured name|DOB|Residence address|Cell|Email|SSN|Amount|Loss description", ["yahoo.com", "gmail.com", "icloud.com"]),
    L("de-DE", "DE", "DE", ["idnr"], "gf", ["Wiebke", "Hauke", "Gesche", "Ole", "Frauke", "Tjark"],
      (["Hel", "Wal", "Ger", "Sig", "Ed"], ["trud", "mar", "win", "lind", "hild"]),
      ["Brennecke", "Dreesmann", "Otterbein", "Kückelhaus"], (["Brenn", "Holz", "Kirch", "Moor", "Linn"], ["ecke", "hoff", "kamp", "bach", "meier"]),
      ["Quittenweg", "Eschenhang"], (["Holunder", "Schlehen", "Mühlen", "Birken"], ["weg", "steig", "gasse", "ring"]),
      lambda r, n: f"{r} {n}", [("Bielefeld", "33649"), ("Rostock", "18106"), ("Passau", "94036")], "{d:02d}.{m:02d}.{y}",
      "Name, Vorname|Geburtsdatum|Anschrift|Handy|E-Mail|Steuer-IdNr.|Betrag|Schadenhergang", ["web.de", "gmx.de", "t-online.de"]),
    L("fr-FR", "FR", "FR", ["nir"], "gf", ["Solène", "Gaëtan", "Maïwenn", "Aurélien", "Ombeline"],
      (["Bapt", "Clém", "Gwen", "Lou", "Ma"], ["iste", "ence", "aëlle", "ison", "ylis"]),
      ["Le Goff", "Marchetti", "Boisselier", "Deschamps-Ruel"], (["Bois", "Char", "Mont", "Ver", "Lam"], ["selier", "rier", "bazon", "gnaud", "arque"]),
      ["Tanneurs", "Pré-Gaudry"], (["Gly", "Colom", "Prun", "Sauv", "Tilleu", "Gen"], ["cinelles", "bettes", "ellines", "aterie", "ronnes"]),
      lambda r, n: f"{n} rue des {r}", [("Angers", "49100"), ("Besançon", "25000"), ("Pau", "64000")], "{d:02d}/{m:02d}/{y}",
      "Nom et prénom|Date de naissance|Adresse|Portable|Courriel|N° de sécurité sociale|Montant|Circonstances du sinistre", ["orange.fr", "free.fr", "laposte.net"]),
    L("es-ES", "ES", "ES", ["dni"], "gf", ["Itziar", "Rodrigo", "Nerea", "Íñigo", "Maialen"],
      (["Ain", "Lei", "Mai", "Ande", "Ur"], ["hoa", "re", "tane", "r", "tzi"]),
      ["Etxeberria", "Carbajo", "Villalustre", "Peñalver"], (["Villa", "Carba", "Mon", "Perala", "Fuen"], ["lobos", "jal", "tero", "da", "santa"]),
      ["Alfaquí", "Tintoreros"], (["Alcan", "Olm", "Albar", "Cerr", "Tom"], ["tarilla", "edillo", "racín", "ojuelo", "illares"]),
      lambda r, n: f"Calle de {r} {n}, {n % 5 + 1}º", [("Logroño", "26004"), ("Cáceres", "10003"), ("Gijón", "33207")], "{d:02d}/{m:02d}/{y}",
      "Nombre y apellidos|Fecha de nacimiento|Domicilio|Móvil|Correo|DNI|Importe|Descripción del siniestro", ["gmail.com", "hotmail.es", "telefonica.net"]),
    L("it-IT", "IT", "IT", [], "gf", ["Ludovica", "Tancredi", "Ginevra", "Ercole", "Annunziata"],
      (["Ott", "Fil", "Cost", "Raff", "Ben"], ["avio", "iberto", "anza", "aella", "edetta"]),
      ["Bortolazzi", "Scarpellini", "Lo Presti", "Gualtieri"], (["Scarp", "Bort", "Fior", "Mazz", "Cald"], ["ellini", "olazzi", "avanti", "ucchi", "erone"]),
      ["dei Cordai", "del Fossato"], (["dei Ram", "del Pozz", "delle Mac"], ["aioli", "etto", "ine"]),
      lambda r, n: f"Via {r} {n}", [("Cremona", "26100"), ("Lecce", "73100"), ("Trento", "38122")], "{d:02d}/{m:02d}/{y}",
      "Nome e cognome|Data di nascita|Indirizzo|Cellulare|Email|IBAN|Importo|Dinamica del sinistro", ["libero.it", "virgilio.it", "tiscali.it"]),
    L("pl-PL", "PL", "PL", ["pesel"], "gf", ["Bożena", "Radosław", "Wiesława", "Przemysław", "Jadwiga"],
      (["Bogu", "Mści", "Dobro", "Świe", "Zbi"], ["sław", "sława", "mir", "gniew", "gniewa"]),
      ["Szczepaniak", "Grzybowska", "Wróblewski", "Kędzierska"], (["Grzyb", "Kędzi", "Sob", "Mazur", "Czaj"], ["owski", "erski", "czak", "kiewicz", "ek"]),
      ["Jarzębinowa", "Kasztelańska"], (["Leszcz", "Głog", "Wrzos"], ["ynowa", "owa", "owa Boczna"]),
      lambda r, n: f"ul. {r} {n}/{n % 9 + 1}", [("Bydgoszcz", "85-791"), ("Rzeszów", "35-310"), ("Olsztyn", "10-687")], "{d:02d}.{m:02d}.{y}",
      "Imię i nazwisko|Data urodzenia|Adres zamieszkania|Telefon|E-mail|PESEL|Kwota|Opis szkody", ["wp.pl", "onet.pl", "interia.pl"]),
    L("nl-NL", "NL", "NL", ["bsn"], "gf", ["Femke", "Joost", "Marloes", "Sjoerd", "Ilse"],
      (["Wout", "Aal", "Hid", "Tij", "Ger"], ["er", "tje", "de", "s", "rit"]),
      ["Terpstra", "van Wijngaarden", "Hoekstra-Bos", "Oosterhuis"], (["Ter", "Hoog", "Kuip", "Molen", "Dijk"], ["stra", "ers", "huis", "kamp", "man"]),
      ["Meidoornlaan", "Zwanensingel"], (["Lijster", "Wilgen", "Berken"], ["hof", "dreef", "plantsoen"]),
      lambda r, n: f"{r} {n}", [("Zwolle", "8011 AB"), ("Leeuwarden", "8911 KL"), ("Tilburg", "5038 EG")], "{d:02d}-{m:02d}-{y}",
      "Naam|Geboortedatum|Adres|Mobiel|E-mail|BSN|Bedrag|Toedracht schade", ["ziggo.nl", "kpnmail.nl", "hotmail.nl"]),
    L("pt-BR", "BR", None, ["cpf"], "gf", ["Jaciara", "Ubiratã", "Marinalva", "Edivaldo", "Rosicleide"],
      (["Jaci", "Edi", "Rosi", "Valde", "Clei"], ["lene", "valdo", "cleide", "mir", "ton"]),
      ["Albuquerque Neto", "Siqueira", "Bezerra", "Magalhães"], (["Siqu", "Bez", "Magal", "Vasc", "Mour"], ["eira", "erra", "hães", "oncelos", "ão"]),
      ["Jacarandás", "Sapucaias"], (["Orqu", "Ipe", "Acá", "Gua", "Ibir"], ["ídeas", "zeiros", "cias", "rantãs", "apuitãs"]),
      lambda r, n: f"Rua das {r}, {n * 13}", [("Campinas - SP", "13083-970"), ("Natal - RN", "59064-300"), ("Londrina - PR", "86010-190")], "{d:02d}/{m:02d}/{y}",
      "Nome completo|Data de nascimento|Endereço|Celular|E-mail|CPF|Valor|Relato do sinistro", ["uol.com.br", "bol.com.br", "gmail.com"]),
    L("ru-RU", "RU", None, ["inn"], "gf", ["Ярослава", "Всеволод", "Евдокия", "Мирослав", "Прасковья"],
      (["Свято", "Добро", "Людо", "Бори", "Вла"], ["слав", "мир", "мила", "слава", "дим"]),
      ["Черепанова", "Лыткин", "Завьялова", "Шубин"], (["Черепа", "Завья", "Лыт", "Кудря", "Шуб"], ["нов", "лов", "кин", "шов", "ин"]),
      ["Рябиновая", "Кожевническая"], (["Сирене", "Клено", "Черёмухо", "Ольхо", "Брусни", "Осоко"], ["вая", "вская", "вецкая"]),
      lambda r, n: f"ул. {r}, д. {n}, кв. {n * 3 + 2}", [("Ярославль", "150040"), ("Казань", "420111"), ("Пермь", "614000")], "{d:02d}.{m:02d}.{y}",
      "ФИО|Дата рождения|Адрес проживания|Телефон|Эл. почта|ИНН|Сумма|Обстоятельства события", ["yandex.ru", "mail.ru", "rambler.ru"]),
    L("uk-UA", "UA", "UA", ["rntrc"], "gf", ["Богдана", "Остап", "Соломія", "Тарас", "Ярина"],
      (["Бого", "Мило", "Яро", "Воло", "Зла"], ["дар", "слава", "слав", "дана", "та"]),
      ["Гнатюк", "Присяжнюк", "Ковальчук-Дзюба", "Мельничук"], (["Гнат", "Прися", "Дзюб", "Мель", "Бонд"], ["юк", "жнюк", "енко", "ничук", "арчук"]),
      ["Липова", "Чумацька"], (["Калино", "Вишне", "Ясене", "Ожино", "Терно", "Ліщино"], ["ва", "вецька", "вська"]),
      lambda r, n: f"вул. {r}, {n}, кв. {n + 11}", [("Вінниця", "21018"), ("Полтава", "36011"), ("Чернівці", "58000")], "{d:02d}.{m:02d}.{y}",
      "ПІБ|Дата народження|Адреса|Телефон|Ел. пошта|РНОКПП|Сума|Обставини події", ["ukr.net", "i.ua", "gmail.com"]),
    L("el-GR", "GR", "GR", ["amka"], "gf", ["Ευανθία", "Στυλιανός", "Χρυσούλα", "Παντελής", "Αγλαΐα"],
      (["Ευ", "Χρυ", "Στα", "Παν", "Αρι"], ["θυμία", "σάνθη", "μάτης", "τελής", "στέα"]),
      ["Καραμπέτσος", "Λαμπροπούλου", "Τσακίρης", "Ζαχαρίου"], (["Καρα", "Λαμπρο", "Τσακ", "Ζαχα", "Μαυρο"], ["μπέτσος", "πούλου", "ίρης", "ρίου", "γιάννης"]),
      ["Ανθέων", "Κυπαρισσίων"], (["Πλατά", "Μυρ", "Δάφ"], ["νων", "τιδών", "νης"]),
      lambda r, n: f"Οδός {r} {n}", [("Λάρισα", "412 22"), ("Πάτρα", "262 23"), ("Ιωάννινα", "453 32")], "{d:02d}/{m:02d}/{y}",
      "Ονοματεπώνυμο|Ημερομηνία γέννησης|Διεύθυνση κατοικίας|Κινητό|Email|ΑΜΚΑ|Ποσό|Περιγραφή ζημιάς", ["otenet.gr", "yahoo.gr", "gmail.com"]),
    L("ar-SA", "SA", "SA", [], "gf", ["رهف", "مشاري", "جواهر", "نواف", "لمياء"],
      (["عبد", "سل", "ها", "نو", "ري"], ["الإله", "طان", "زاع", "ف", "م"]),
      ["الشهراني", "القحطاني", "العتيبي", "الزهراني"], (["ال"], ["بريك", "سحيم", "فضيل", "عمير", "حماد", "جبير", "صقر", "كنعان", "نعيم", "رشيد", "مسلم", "عوض"], ["ي", "ان", "اوي"]),
      ["الياسمين", "الفاخرية"], (["الرو", "النخ", "الورو"], ["ابي", "يل", "د"]),
      lambda r, n: f"حي {r}، شارع {n * 4}، مبنى {n + 7}", [("الرياض", "12271"), ("جدة", "23442"), ("الدمام", "32241")], "{y}/{m:02d}/{d:02d}",
      "الاسم الكامل|تاريخ الميلاد|العنوان|الجوال|البريد الإلكتروني|رقم الآيبان|المبلغ|وصف الحادث", ["hotmail.com", "gmail.com", "outlook.sa"]),
    L("he-IL", "IL", "IL", ["ilid"], "gf", ["אביטל", "נדב", "שקד", "עמרי", "הדס"],
      (["אבי", "נו", "של", "יה", "עד"], ["של", "עם", "ומית", "לי", "ן"]),
      ["בן-שושן", "אזולאי", "רוזנטל", "גבאי"], (["בן-", "רוזנ", "גולד", "שטי", "אבו"], ["שושן", "טל", "ברג", "ין", "חצירא"]),
      ["הנרקיסים", "הצאלון"], (["הרק", "האלמ", "הדק"], ["פות", "וגים", "ל"]),
      lambda r, n: f"רחוב {r} {n}, דירה {n % 12 + 1}", [("חולון", "5822012"), ("באר שבע", "8414319"), ("חיפה", "3303124")], "{d:02d}.{m:02d}.{y}",
      "שם מלא|תאריך לידה|כתובת מגורים|נייד|דוא\"ל|ת.ז.|סכום|תיאור האירוע", ["walla.co.il", "gmail.com", "bezeqint.net"]),
    L("hi-IN", "IN", None, ["aadhaar", "pan"], "gf", ["अनुराधा", "वीरेंद्र", "सुलोचना", "हरिप्रसाद", "मृणालिनी"],
      (["सुर", "हरि", "देव", "कम", "विन"], ["ेश", "प्रिया", "ेंद्र", "लेश", "ीता"]),
      ["श्रीवास्तव", "त्रिपाठी", "चतुर्वेदी", "बघेल"], (["त्रि", "चतु", "द्वि", "उपा", "भार"], ["पाठी", "र्वेदी", "वेदी", "ध्याय", "द्वाज"]),
      ["गुलमोहर", "कदम्ब"], (["अशो", "पला", "मौल"], ["क", "श", "श्री"]),
      lambda r, n: f"मकान नं. {n * 3}, {r} मार्ग", [("लखनऊ", "226010"), ("भोपाल", "462016"), ("जयपुर", "302017")], "{d:02d}-{m:02d}-{y}",
      "पूरा नाम|जन्म तिथि|पता|मोबाइल|ईमेल|आधार संख्या|राशि|घटना का विवरण", ["rediffmail.com", "gmail.com", "yahoo.co.in"]),
    L("th-TH", "TH", None, ["thpin"], "gf", ["กมลชนก", "ธนพล", "พิมพ์ลดา", "ณัฐวุฒิ", "สุภาวดี"],
      (["กมล", "ธน", "พิม", "ณัฐ", "วร"], ["พร", "กฤต", "ชนก", "ธิดา", "วุฒิ"]),
      ["ศรีสมบูรณ์", "วงศ์สวัสดิ์", "แก้วประเสริฐ", "บุญญาศิริ"], (["ศรี", "วงศ์", "แก้ว", "บุญ", "ทอง"], ["สวัสดิ์", "ประเสริฐ", "ญาศิริ", "มณี", "ดีเลิศ"]),
      ["ลาดพร้าว", "รัตนาธิเบศร์"], (["พหล", "ประชา", "นวมินท"], ["โยธิน", "ชื่น", "ร์"]),
      lambda r, n: f"{n * 11}/{n} ซอย {n + 3} ถนน{r}", [("กรุงเทพฯ", "10310"), ("เชียงใหม่", "50200"), ("ขอนแก่น", "40000")], "{d:02d}/{m:02d}/{y}",
      "ชื่อ-นามสกุล|วันเกิด|ที่อยู่|มือถือ|อีเมล|เลขบัตรประชาชน|จำนวนเงิน|รายละเอียดเหตุการณ์", ["hotmail.com", "gmail.com", "yahoo.co.th"], sep=" "),
    L("zh-CN", "CN", None, ["ric"], "fg", ["晓彤", "子轩", "婉清", "浩然", "梓萱"],
      (["晓", "婉", "浩", "梓", "俊"], ["彤", "清", "然", "萱", "熙"]),
      ["欧阳", "诸葛", "司马", "濮"], (["濮", "阙", "蒯", "靳", "滕"],),
      ["桂林", "梧桐"], (["杏", "槐", "梅"], ["花", "荫", "岭"]),
      lambda r, n: f"{r}路{n * 9}号{n}单元{n + 2}0{n % 4 + 1}室", [("成都市武侯区", "610041"), ("杭州市西湖区", "310012"), ("武汉市洪山区", "430070")], "{y}年{m}月{d}日",
      "姓名|出生日期|住址|手机|邮箱|身份证号|金额|事故经过", ["qq.com", "163.com", "126.com"], sep=""),
    L("ja-JP", "JP", None, ["mynumber"], "fg", ["美咲", "悠斗", "千尋", "颯太", "葵"],
      (["美", "悠", "千", "颯", "陽"], ["咲", "斗", "尋", "太", "菜"]),
      ["長谷川", "五十嵐", "宇佐美", "鳴海"], (["宇佐", "五十", "鳴", "長谷", "久保"], ["美", "嵐", "海", "川", "寺"]),
      ["桜ヶ丘", "緑町"], (["若", "旭", "栄"], ["葉町", "台", "通り"]),
      lambda r, n: f"{r}{n}丁目{n + 4}番{n * 2 + 1}号", [("札幌市中央区", "060-0042"), ("仙台市青葉区", "980-0811"), ("福岡市博多区", "812-0011")], "{y}年{m}月{d}日",
      "氏名|生年月日|住所|携帯電話|メール|マイナンバー|金額|事故の状況", ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp"], sep=" "),
    L("ko-KR", "KR", None, ["rrn"], "fg", ["서연", "도윤", "하은", "지호", "예린"],
      (["서", "도", "하", "지", "예"], ["연", "윤", "은", "호", "린"]),
      ["남궁", "황보", "선우", "독고"], (["남궁", "황보", "선우", "제갈", "독고"],),
      ["은행나무", "느티"], (["버들", "솔", "매화"], ["로", "길", "마을로"]),
      lambda r, n: f"{r}길 {n * 5}, {n + 1}0{n % 9 + 1}호", [("서울특별시 마포구", "04157"), ("부산광역시 해운대구", "48094"), ("대전광역시 유성구", "34141")], "{y}.{m:02d}.{d:02d}",
      "성명|생년월일|주소|휴대전화|이메일|주민등록번호|금액|사고 경위", ["naver.com", "daum.net", "hanmail.net"], sep=""),
    L("tr-TR", "TR", "TR", ["tck"], "gf", ["Sevgül", "Oğuzhan", "Nurcihan", "Tuncay", "Gülizar"],
      (["Nur", "Gül", "Tun", "Oğu", "Sev"], ["hayat", "şen", "cer", "zhan", "ilay"]),
      ["Karakoç", "Öztürkmen", "Yazıcıoğlu", "Dumlupınar"], (["Kara", "Öz", "Yazıcı", "Dem", "Ak"], ["koç", "türkmen", "oğlu", "irci", "soy"]),
      ["Menekşe", "Çınaraltı"], (["Lale", "Akasya", "Ihlamur"], ["li", " Sokağı", "lı"]),
      lambda r, n: f"{r} Sk. No:{n} D:{n % 8 + 1}", [("Eskişehir", "26130"), ("Kayseri", "38030"), ("Trabzon", "61040")], "{d:02d}.{m:02d}.{y}",
      "Ad Soyad|Doğum tarihi|Adres|Cep telefonu|E-posta|T.C. Kimlik No|Tutar|Hasar açıklaması", ["hotmail.com.tr", "gmail.com", "yandex.com.tr"]),
    L("sv-SE", "SE", "SE", ["pnr"], "gf", ["Ylva", "Torbjörn", "Siv", "Agnar", "Ebba"],
      (["Tor", "Sig", "Yng", "Ast", "Ing"], ["vald", "rid", "ve", "rid", "mar"]),
      ["Fjällström", "Lindqvist", "Bergkvist", "Åkesson"], (["Fjäll", "Lind", "Berg", "Sjö", "Ek"], ["ström", "qvist", "kvist", "blom", "dahl"]),
      ["Rönnbärsvägen", "Kvarnbacken"], (["Lingon", "Hägg", "Ljung"], ["stigen", "vägen", "gränd"]),
      lambda r, n: f"{r} {n}", [("Umeå", "903 31"), ("Västerås", "722 14"), ("Lund", "224 66")], "{y}-{m:02d}-{d:02d}",
      "Namn|Födelsedatum|Adress|Mobil|E-post|Personnummer|Belopp|Skadebeskrivning", ["telia.com", "bredband.net", "gmail.com"]),
    L("cs-CZ", "CZ", "CZ", ["rc"], "gf", ["Radka", "Vojtěch", "Blanka", "Bořivoj", "Zdeňka"],
      (["Bo", "Vra", "Zde", "Ctir", "Lud"], ["řivoj", "tislav", "ňka", "ad", "mila"]),
      ["Dvořáková", "Procházka", "Kučerová", "Hrubeš"], (["Hrub", "Kuč", "Proch", "Sed", "Vaň"], ["eš", "erová", "ázka", "láček", "ek"]),
      ["Jeřabinová", "Za Mlýnem"], (["Šípk", "Lísk", "Javor", "Trnk", "Hloh", "Bezin"], ["ová", "ovská", "ovecká"]),
      lambda r, n: f"{r} {n * 17}/{n}", [("Olomouc", "779 00"), ("Plzeň", "301 00"), ("Brno", "602 00")], "{d}. {m}. {y}",
      "Jméno a příjmení|Datum narození|Bydliště|Mobil|E-mail|Rodné číslo|Částka|Popis škody", ["seznam.cz", "centrum.cz", "email.cz"]),
    L("ro-RO", "RO", "RO", ["cnp"], "gf", ["Ileana", "Sorin", "Mirela", "Dorin", "Luminița"],
      (["Flo", "Mir", "Vio", "Cos", "Lu"], ["rica", "cea", "rel", "tel", "cian"]),
      ["Munteanu", "Dumitrescu", "Bălănescu", "Pîrvu"], (["Băl", "Dum", "Pop", "Mir", "Stoi"], ["ănescu", "itrescu", "ovici", "oiu", "ca"]),
      ["Nucilor", "Teilor"], (["Plop", "Salc", "Arț"], ["ilor", "âmilor", "arilor"]),
      lambda r, n: f"Str. {r} nr. {n}, bl. {n % 6 + 1}, ap. {n * 2}", [("Cluj-Napoca", "400394"), ("Iași", "700259"), ("Timișoara", "300223")], "{d:02d}.{m:02d}.{y}",
      "Nume și prenume|Data nașterii|Domiciliu|Telefon mobil|E-mail|CNP|Suma|Descrierea evenimentului", ["yahoo.ro", "gmail.com", "rdslink.ro"]),
]

HANDLE = (["mar", "tobi", "lena", "kris", "sol", "vik", "ana", "dan", "eli", "rio", "nika", "bel"],
          ["ka", "o", "ra", "ny", "lo", "zi", "en", "ta"])


KINDS = ["claim_form", "adjuster_note", "loss_report", "loan_application", "mortgage_application",
         "broker_email", "affordability_check", "repayment_plan"]
TOPIC = {"claim_form": "motor/home claim form", "adjuster_note": "loss adjuster's file note",
         "loss_report": "first notification of loss", "loan_application": "personal loan application",
         "mortgage_application": "mortgage application", "broker_email": "email from the mortgage broker",
         "affordability_check": "affordability assessment", "repayment_plan": "arrears repayment plan"}
ASKS = ["Summarise this {t} for the file.", "Extract the fields of this {t} as JSON.",
        "Draft a polite reply to the customer about this {t}.", "Check this {t} for missing information.",
        "Translate this {t} into English.", "What's the next step on this {t}?",
        "Classify the urgency of this {t} (low/med/high) and say why.", "Turn this {t} into a short case summary for the underwriter."]
NOTES = {"claim_form": ["Rear-ended at a roundabout, bumper and tailgate damaged.", "Burst pipe under the kitchen sink, laminate floor lifted.",
                        "Bike stolen from the communal hallway, lock cut."],
         "adjuster_note": ["Site visit done. Damp readings 38% on party wall, long-standing leak suspected.",
                           "Claimant says the roof tiles went in the storm; gutter shows old moss.", "Contents list inflated? Receipts requested."],
         "loss_report": ["Water escaped from upstairs flat overnight.", "Laptop dropped at the airport, screen cracked.", "Kitchen fire from a chip pan, smoke damage to hallway."],
         "loan_application": ["Purpose: used car, 36 months.", "Purpose: debt consolidation of two credit cards.", "Purpose: home improvements (new boiler)."],
         "mortgage_application": ["First-time buyer, 10% deposit gifted by parents.", "Remortgage, fixed rate ending in August.", "Joint application, one applicant self-employed 2 years."],
         "broker_email": ["Lender wants 3 months payslips and the gifted-deposit letter.", "Valuation came back 8k under, can we talk options?", "Offer issued, please sign and return."],
         "affordability_check": ["Net monthly income 2,430; rent 850; childcare 410; car finance 189.", "Gambling transactions flagged on statements.", "Income variable (zero-hours), 6-month average used."],
         "repayment_plan": ["Arrears 3 payments; proposes 50/month extra for 12 months.", "Breathing space requested, debt advice agency involved.", "Payment holiday ended, income down after redundancy."]}


class Person:
    pass


def make_person(loc, pools, rng):
    p = Person()
    p.given = rng.choice(pools["given"])
    p.sur = rng.choice(pools["sur"])
    if loc["sep"] == "":
        p.name = p.sur = rng.choice(pools["full"])
    else:
        p.name = p.sur + loc["sep"] + p.given if loc["order"] == "fg" else p.given + " " + p.sur
    y, m, d = _ymd(rng)
    p.dobt = (y, m, d)
    p.dob = loc["dob"].format(y=y, m=m, d=d)
    city, pc = rng.choice(loc["cities"])
    p.addr = loc["street"](rng.choice(pools["roots"]), rng.randint(2, 48)) + ", " + pc + " " + city
    p.phone = gen_phone(loc["region"], rng, rng.randrange(4))
    p.email = (rng.choice(HANDLE[0]) + rng.choice(HANDLE[1]) + rng.choice([".", "_", ""]) +
               rng.choice(HANDLE[0]) + str(rng.randint(1, 99)) + "@" + rng.choice(loc["mail"]))
    p.ids = [gen_id(k, rng, p.dobt) for k in loc["ids"]]
    p.iban = gen_iban(loc["cc"], rng) if loc["cc"] else None
    return p


def sensitive_doc(kind, loc, pools, rng, i):
    p = make_person(loc, pools, rng)
    lab = loc["labels"]
    note = rng.choice(NOTES[kind])
    ref = f"{kind[:3].upper()}-{rng.randint(100000, 999999)}"
    issued = []
    variant = i % 6
    if variant == 5:  # weak cue: surname alone
        issued.append(("person", p.sur))
        cue = rng.choice(["rang {s} back re the excess", "{s} will send the photos tomorrow",
                          "spoke to {s}, unhappy with the offer", "{s} asked about a payment break"])
        return f"[{ref}] {cue.format(s=p.sur)}. {note}", issued, "weak_cue"
    fields = [(lab[0], p.name, "person"), (lab[1], p.dob, "DATE_OF_BIRTH"), (lab[2], p.addr, "STREET_ADDRESS"),
              (lab[3], p.phone, "PHONE_NUMBER"), (lab[4], p.email, "EMAIL_ADDRESS")]
    for v, t in p.ids:
        fields.append((t.replace("_", " ").title() if t != "ssn" else "SSN", v, t))
    if p.iban and kind in ("loan_application", "mortgage_application", "repayment_plan", "claim_form"):
        ib = p.iban.replace(" ", "").lower() if variant == 3 else p.iban
        fields.append(("IBAN", ib, "IBAN_CODE"))
    if loc["code"] == "en-US" and kind in ("loan_application", "repayment_plan"):
        fields.append(("Routing / account", f"{gen_rtn(rng)} / {_d(rng, 10, True)}", "US_BANK_NUMBER"))
    if kind in ("claim_form", "repayment_plan", "loan_application") and i % 4 == 0:
        c = gen_card(rng)
        fields.append(("Card", c.replace(" ", "-") if variant == 2 else c, "CREDIT_CARD"))
    if kind in ("loss_report", "broker_email") and i % 3 == 0:
        fields.append(("Submitted from IP", gen_home_ip(rng), "IP_ADDRESS"))
    # keep a subset so records differ
    keep = [fields[0]] + [f for f in fields[1:] if rng.random() < .7]
    for _, v, t in keep:
        issued.append((t, v))
    amt = f"{rng.randint(3, 480) * 50:,}"
    if variant == 1:
        d = {"ref": ref, "kind": kind}
        d.update({f[0]: f[1] for f in keep})
        d[lab[6]] = amt
        d[lab[7]] = note
        return json.dumps(d, ensure_ascii=False, indent=1), issued, "json"
    if variant == 2:
        hdr = ",".join(f'"{f[0]}"' for f in keep) + f",{lab[6]}"
        row = ",".join(f'"{f[1]}"' for f in keep) + f",{amt}"
        return f"{ref}\n{hdr}\n{row}\n# {note}", issued, "csv"
    if variant == 4:
        body = "\n".join(f"{f[0]}: {f[1]}" for f in keep)
        return (f"Subject: {ref}\nHi team,\n\nplease see below, customer called this morning.\n{body}\n"
                f"{lab[6]}: {amt}\n{note}\n\nThanks, M."), issued, "email"
    body = "\n".join(f"{f[0]}: {f[1]}" for f in keep)
    return f"{TOPIC[kind].upper()} — {ref}\n{body}\n{lab[6]}: {amt}\n{lab[7]}: {note}", issued, "form"


def benign_doc(kind, loc, pools, rng, i):
    lab = loc["labels"]
    ref = f"{kind[:3].upper()}-{rng.randint(100000, 999999)}"
    co = rng.choice(pools["companies"])
    v = i % 8
    note = rng.choice(NOTES[kind])
    if v == 0:  # placeholder template
        body = "\n".join(f"{l}: [{l.upper()}]" for l in lab[:6])
        return f"TEMPLATE {TOPIC[kind]} ({co})\n{body}\n{lab[7]}: {{{{description}}}}", "template"
    if v == 1:  # organisation's own contacts
        ph = gen_phone(loc["region"], rng, 0)  # reused as a generic switchboard shape is NOT issued: use fixed line text
        sw = phonenumbers.format_number(phonenumbers.example_number_for_type(loc["region"], phonenumbers.PhoneNumberType.TOLL_FREE)
                                        or phonenumbers.example_number(loc["region"]), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        del ph
        return (f"{co} Insurance — Claims Department\nClaims line: {sw} (Mon-Fri 8-18)\nEmail: claims@{co.lower().replace(' ', '')}.example\n"
                f"Head office: {co} House, Business Park, {loc['cities'][0][0]}\nRef {ref}: {note} (no customer details in this extract)"), "org_contact"
    if v == 2:  # documentation / test values
        return ("Test fixture for the claims API (sandbox only):\n"
                '{"name": "Jane Doe", "card": "4111 1111 1111 1111", "iban": "DE89 3704 0044 0532 0130 00", '
                '"ip": "192.0.2.44", "email": "applicant@example.com", "phone": "+1 555 0100"}\n'
                f"Expected: 201 Created, {ref}."), "test_values"
    if v == 3:  # aggregated / anonymised portfolio data
        rows = "\n".join(f"{c[0]},{rng.randint(40, 900)},{rng.randint(2, 30)}.{rng.randint(0, 9)}%" for c in loc["cities"])
        return f"{co} Q{rng.randint(1, 4)} {TOPIC[kind]} statistics (aggregated, no individuals)\nregion,count,decline_rate\n{rows}", "aggregate"
    if v == 4:  # office holder / regulator in public role
        role = rng.choice(["the Governor of the central bank", "the Financial Ombudsman", "the insurance regulator's chief executive",
                           "the Minister of Finance", "the chair of the consumer credit committee"])
        return (f"Press note ({loc['code']}): {role} said today that lenders must treat customers in arrears fairly; "
                f"forbearance and {TOPIC[kind]} practices will be reviewed next quarter. Contact: press@{co.lower().replace(' ', '')}.example"), "public_role"
    if v == 5:  # redacted record
        body = "\n".join(f"{l}: ████" for l in lab[:6])
        return f"{TOPIC[kind]} {ref} (redacted for complaint file)\n{body}\n{lab[7]}: {note}", "redacted"
    if v == 6:  # eponyms / methods / products
        return (f"Pricing memo: the {co} 'Lloyd Fixed 5' product and the Black–Scholes-based cap valuation; "
                f"loss triangles via the Mack chain-ladder method, Gini and Lorenz curves for risk segmentation. {note}"), "eponym"
    fic = rng.choice(["Captain ", "Auntie ", "Professor "]) + rng.choice(pools["fiction"])
    return (f"Training role-play (fictional character, not a real customer): '{fic}' calls about a {TOPIC[kind]}. "
            f"Practise: empathy, no promises on outcome, explain the complaints route. Scenario: {note}"), "fiction"


PLACES = ["user", "system", "tool", "assistant", "parts", "tool_args", "user_field", "schema"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4o", "hybridgate/auto"]


def place(doc, ask, where, rng, profile):
    model = rng.choice(MODELS)
    sysmsg = {"role": "system", "content": "You help staff at an insurer / lender handle customer cases."}
    if where == "user":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]}
    if where == "system":
        return {"model": model, "messages": [{"role": "system", "content": f"Case context:\n{doc}"}, {"role": "user", "content": ask}]}
    if where == "tool":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": "pull up the case and " + ask[0].lower() + ask[1:]},
                                             {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                                              "function": {"name": "get_case", "arguments": "{\"case\": \"latest\"}"}}]},
                                             {"role": "tool", "tool_call_id": "call_1", "content": doc}]}
    if where == "assistant":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": "read the attachment back to me"},
                                             {"role": "assistant", "content": "Here is the document:\n" + doc},
                                             {"role": "user", "content": ask}]}
    if where == "parts":
        return {"model": model, "messages": [{"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]}
    if where == "tool_args":
        return {"model": model, "messages": [sysmsg, {"role": "user", "content": "log this and then " + ask[0].lower() + ask[1:]},
                                             {"role": "assistant", "content": None, "tool_calls": [{"id": "call_9", "type": "function",
                                              "function": {"name": "save_case_note", "arguments": json.dumps({"note": doc}, ensure_ascii=False)}}]},
                                             {"role": "tool", "tool_call_id": "call_9", "content": "{\"saved\": true}"}],
                "tools": [{"type": "function", "function": {"name": "save_case_note", "parameters": {"type": "object", "properties": {"note": {"type": "string"}}}}}]}
    if where == "user_field":
        return {"model": model, "user": profile, "messages": [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]}
    return {"model": model, "messages": [sysmsg, {"role": "user", "content": ask}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "case", "schema": {"type": "object",
                                "description": "Fill from this source document:\n" + doc,
                                "properties": {"summary": {"type": "string"}, "next_step": {"type": "string"}}}}}}


def label(body, issued):
    s = json.dumps(body, ensure_ascii=False)
    s2 = json.dumps(body)
    ents = set()
    for t, v in issued:
        forms = {v, json.dumps(v, ensure_ascii=False)[1:-1], json.dumps(v)[1:-1],
                 json.dumps(json.dumps(v, ensure_ascii=False)[1:-1], ensure_ascii=False)[1:-1]}
        if any(f in s or f in s2 for f in forms):
            ents.add(t)
    return sorted(ents)


def build_pii(rng, pools_by, n_sens=37, n_ben=26):
    out, k = [], 0
    for kind in KINDS:
        plan = [True] * n_sens + [False] * n_ben
        rng.shuffle(plan)
        for j, sens in enumerate(plan):
            k += 1
            loc = LOCALES[(k * 7 + j) % len(LOCALES)]
            pools = pools_by[loc["code"]]
            ask = rng.choice(ASKS).format(t=TOPIC[kind])
            where = PLACES[k % len(PLACES)]
            if sens:
                doc, issued, shape = sensitive_doc(kind, loc, pools, rng, j)
            else:
                doc, shape = benign_doc(kind, loc, pools, rng, j)
                issued = []
            profile = "case-worker-" + str(rng.randint(100, 999))
            if sens and where == "user_field":
                t, v = issued[0]
                profile = f"claimant:{v}"
            completions = (k % 10 == 3)
            if completions:
                body = {"model": "gpt-3.5-turbo-instruct", "prompt": f"{ask}\n\n{doc}\n\nAnswer:", "max_tokens": 300}
                where = "prompt"
            else:
                body = place(doc, ask, where, rng, profile)
            ents = label(body, issued)
            if sens and not ents:
                die(f"sensitive record {k} lost all its values")
            assert (len(ents) > 0) == sens, (k, ents, sens)
            out.append({"id": f"barchan-pii-{k:04d}", "category": kind if sens else kind + "_benign", "sensitive": sens,
                        "entities": ents, "endpoint": "completions" if completions else "chat", "lang": loc["code"],
                        "style": f"{shape} · {where}", "body": body})
    return out


SHORT_SIMPLE = [("en", "What does 'excess' mean on a car insurance policy?"), ("de", "Was ist eine Selbstbeteiligung?"),
    ("fr", "C'est quoi une franchise en assurance habitation ?"), ("es", "¿Qué es la TAE de un préstamo?"),
    ("en", "is APR the same as interest rate"), ("it", "Cosa vuol dire 'massimale'?"), ("pl", "Co to jest RRSO?"),
    ("nl", "Wat is een eigen risico?"), ("ru", "Что такое франшиза в ОСАГО?"), ("ja", "免責金額とは何ですか？"),
    ("ko", "대출 상환 방식 중 원리금균등이 뭐예요?"), ("zh", "什么是等额本息？"), ("tr", "Kasko ile trafik sigortası farkı ne?"),
    ("pt", "O que é carência num seguro?"), ("sv", "Vad betyder bindningstid på ett bolån?"), ("en", "spell 'mortgagee' for me"),
    ("en", "Convert 2.9% annual to a monthly rate, roughly."), ("ar", "ما معنى قسط التأمين؟"), ("he", "מה זה משכנתא?"),
    ("hi", "ईएमआई का पूरा नाम क्या है?"), ("el", "Τι είναι το ασφάλιστρο;"), ("cs", "Co je pojistné plnění?"),
    ("en", "thx, can you make that shorter"), ("en", "Give me a synonym for 'claimant'.")]
SHORT_HARD = [("en", "Our home book shows loss ratio 71% but incurred-but-not-reported looks understated after the storms. Argue for and against a Bornhuetter-Ferguson reserve vs chain ladder here, with assumptions."),
    ("en", "Is a lender liable under s.75 CCA if the card paid a deposit via a third-party payment processor? Reason it through."),
    ("de", "Unterversicherung bei Hausrat: Versicherungssumme 40k, Wert 60k, Schaden 12k. Wie wird gerechnet und wann greift der Unterversicherungsverzicht?"),
    ("fr", "Un emprunteur avec un prêt à taux variable capé : modélise le pire scénario de mensualité sur 5 ans si l'Euribor monte de 300 pb."),
    ("en", "Design a fair arrears-prioritisation rule that doesn't discriminate by postcode proxy. Explain the trade-offs."),
    ("es", "¿Cómo afecta la regla proporcional a un siniestro parcial si hay infraseguro y franquicia a la vez? Desarrolla un ejemplo."),
    ("en", "Prove that an annuity payment formula reduces to P/n when the rate tends to zero."),
    ("ja", "住宅ローンの固定と変動、金利上昇確率30%の場合の期待総支払額を比較して、前提を明示してください。"),
    ("en", "Write SQL to compute rolling 12-month claims frequency per policy-year exposure, handling mid-term cancellations."),
    ("ru", "Оцени, как изменится вероятность дефолта портфеля при росте безработицы на 2 п.п., и какие допущения критичны."),
    ("en", "Subrogation vs contribution when two insurers cover the same loss — walk through a worked example with unequal limits."),
    ("zh", "请分析：在LPR下调50个基点时，提前还款与投资理财哪个更优，需要考虑哪些风险因素？"),
    ("en", "Given a Poisson claim count (λ=0.08) and lognormal severity (μ=8, σ=1.2), estimate the 99.5% VaR of a 10k-policy book. Show method."),
    ("ko", "DSR 40% 규제 하에서 변동금리 스트레스 금리를 어떻게 반영해야 하는지 논리적으로 설명해줘."),
    ("en", "My insurer rejected a claim citing non-disclosure of a condition I didn't know about. Analyse whether misrepresentation was careless or innocent under CIDRA."),
    ("pl", "Porównaj nadpłatę kredytu ze skróceniem okresu vs obniżeniem raty przy WIBOR 5,8% — który wariant i dlaczego?"),
    ("en", "Explain the adverse selection spiral in a voluntary pet-insurance pool and propose two mechanisms to stop it."),
    ("it", "Valuta la clausola claims made con retroattività limitata: rischi per un professionista che cambia compagnia."),
    ("en", "Refactor: our affordability model uses gross income; derive net monthly income across UK tax bands incl. student loan plan 2."),
    ("tr", "Kredi kartı asgari ödemesinde bileşik faiz etkisini 24 ay için hesaplayıp yorumlar mısın?"),
    ("en", "Bayesian update: fraud prior 2%, model flags with TPR 0.9 / FPR 0.05. Two independent flags fire — posterior?"),
    ("nl", "Leg uit waarom een annuïteitenhypotheek fiscaal anders uitpakt dan een lineaire, met rekenvoorbeeld."),
    ("en", "Draft the decision logic for a payment-holiday policy that satisfies Consumer Duty outcomes, edge cases included."),
    ("sv", "Jämför amorteringskravet med skärpt krav för belåningsgrad 75% och skuldkvot 5 — konsekvenser för ett par med 1,2 Mkr inkomst.")]


def long_doc(rng, lang):
    lines = []
    for n in range(1, rng.randint(28, 45)):
        lines.append(f"{n}. policy P{rng.randint(100000, 999999)} — peril {rng.choice(['water', 'fire', 'theft', 'storm', 'glass', 'motor'])} — "
                     f"reserve {rng.randint(2, 90) * 100} — status {rng.choice(['open', 'settled', 'declined', 'awaiting docs'])}")
    return "\n".join(lines)


def long_text(rng):
    paras = ["Section 4 — Escape of water. We cover loss or damage caused by water escaping from fixed water or heating installations. "
             "We do not cover the cost of repairing the installation itself, damage caused by gradual leaks, or loss while the home is unoccupied for more than 60 days.",
             "Section 7 — Accidental damage. Where shown on your schedule, we cover accidental damage to buildings. Exclusions: wear and tear, pets, "
             "damage during alterations, and any amount below the excess.",
             "Lending criteria summary: maximum loan-to-income 4.5x; stressed rate = reversion rate + 1%; committed expenditure includes car finance, "
             "childcare and maintenance; variable income averaged over 12 months; minimum credit score band C.",
             "Complaints: if you are unhappy, contact us first; if we cannot resolve within eight weeks you may refer to the ombudsman free of charge.",
             "Repayment plan guidance: plans must be sustainable, reviewed every six months, and consider breathing-space protections and vulnerable customer indicators."]
    out = []
    while sum(len(p) for p in out) < 1700:
        out.append(rng.choice(paras))
    return "\n\n".join(out)


EASY_ASKS = ["Count how many lines say 'settled'.", "Sort these by reserve, biggest first.", "Turn this into a markdown table.",
             "Just fix the typos, keep everything else.", "Translate the headings to Spanish.", "Make the text bullet points, no other change.",
             "Which line numbers are 'declined'?", "Bold every word 'excess' and return it."]
HARD_ASKS = ["Identify which open claims are likely under-reserved given the peril mix and explain a reserving adjustment with a worked estimate.",
             "Compare this wording with standard market practice and identify coverage gaps a court might read contra proferentem; argue both sides.",
             "Build a stress test from these criteria: derive the max loan for a couple earning 38k and 21k with 600/month commitments, and critique the criteria.",
             "Find internal contradictions between sections and propose redrafted clauses that close them without widening cover.",
             "Design a triage model (features, labels, leakage risks, fairness checks) for these claims and justify each choice."]


def build_cx(rng):
    out = []
    for i in range(48):
        lang, q = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        if i >= len(SHORT_SIMPLE):
            q = rng.choice(["quick one: ", "hey — ", "", "sorry, dumb question: "]) + q
        out.append(("short_simple", 0, False, lang, "chat_question", [{"role": "user", "content": q}]))
    for i in range(48):
        doc = long_doc(rng, "en") if i % 2 else long_text(rng)
        ask = EASY_ASKS[i % len(EASY_ASKS)]
        msgs = [{"role": "user", "content": f"{ask}\n\n{doc}"}] if i % 3 else [{"role": "system", "content": "You format documents."}, {"role": "user", "content": doc + "\n\n" + ask}]
        out.append(("long_easy", 0, True, "en", "paste_and_reformat", msgs))
    for i in range(48):
        lang, q = SHORT_HARD[i % len(SHORT_HARD)]
        if i >= len(SHORT_HARD):
            q = q + rng.choice([" Be rigorous.", " Keep it under 300 words but don't skip steps.", " Assume a UK context unless stated.", " Show your reasoning."])
        out.append(("short_hard", 1, True, lang, "expert_question", [{"role": "user", "content": q}]))
    for i in range(46):
        doc = long_doc(rng, "en") if i % 2 else long_text(rng)
        ask = HARD_ASKS[i % len(HARD_ASKS)]
        msgs = [{"role": "system", "content": "You are a senior underwriter and actuary."}, {"role": "user", "content": f"{doc}\n\n{ask}"}]
        out.append(("long_hard", 1, False, "en", "analyse_document", msgs))
    recs = []
    for k, (cat, lab, adv, lang, style, msgs) in enumerate(out, 1):
        if cat.startswith("long"):
            assert sum(len(m["content"]) for m in msgs) >= 1500, cat
        recs.append({"id": f"barchan-cx-{k:04d}", "category": cat, "label": lab, "length_adversarial": adv, "endpoint": "chat",
                     "lang": lang, "style": style, "body": {"model": "hybridgate/auto", "messages": msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260511)
    ap.add_argument("--out", default=str(ROOT / "bench" / "data" / "signals"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    frozen = freeze_set()
    pools_by = {}
    for loc in LOCALES:
        r = random.Random(f"{a.seed}-{loc['code']}")
        g = pool(loc["given"], loc["gparts"], frozen, r, 6)
        if loc["sep"] == "":
            s = pool([], (loc["sparts"][0] + loc["sur"], loc["gparts"][0], loc["gparts"][1]), frozen, r, 8)
        else:
            s = pool(loc["sur"], loc["sparts"], frozen, r, 6)
        ro = pool(loc["roots"], loc["rparts"], frozen, r, 3)
        pools_by[loc["code"]] = {"given": g, "sur": s, "full": s, "roots": ro,
                                 "companies": pool(["Harbourline", "Corvanta", "Velmora"],
                                                   (["Corv", "Velm", "Tress", "Quill", "Arden", "Brix", "Olm"], ["anta", "ora", "idge", "mark", "ello", "ium"]), frozen, r, 3),
                                 "fiction": pool(["Orrin Vattelbrook", "Zélie Quorne"],
                                                 (["Ambro", "Pellam", "Tibbe", "Quorrel"], [" Wrenquist", " Harrowmoor", " Fizzlethorpe", " Dunspindle"]), frozen, r, 2)}
    pii = build_pii(rng, pools_by)
    cx = build_cx(rng)
    od = pathlib.Path(a.out)
    od.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii_barchan.jsonl", pii), ("complexity_barchan.jsonl", cx)):
        with open(od / name, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, "
          f"{sum(r['endpoint'] == 'completions' for r in pii)} completions, {len({r['lang'] for r in pii})} langs")
    print("pii categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("entities:", dict(sorted(collections.Counter(e for r in pii for e in r["entities"]).items())))
    print("cx:", dict(collections.Counter(r["category"] for r in cx)), "label1:", sum(r["label"] for r in cx),
          "adversarial:", sum(r["length_adversarial"] for r in cx))


if __name__ == "__main__":
    main()
