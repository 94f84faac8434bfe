#!/usr/bin/env python3
"""Bornhardt: a blind evaluation split for the request signals, organised around LAW FIRMS, COURTS AND LEGAL AID.

Writes bench/data/signals/pii_bornhardt.jsonl and bench/data/signals/complexity_bornhardt.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind. Its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (record schema
    and label conventions) and the first 2 lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    detector, its tests, the evaluator, results, docs, policies, README, commit messages, the other generators.
    The other generators are only scanned automatically at run time (the FREEZE below): every capitalised word
    and every non-ASCII word / bigram in them forms a frozen set, and every name, street, town and firm of this
    file that shares a word with it is dropped and refilled from invented, locale-typical parts (capped
    retries, re-checked). This file skips itself when building the set. Frozen words are never printed.

Organising principle
    The paperwork of law firms, courts and legal aid, in ten kinds (= categories): client_intake (intake and
    conflict-check sheets), conveyancing (completion statements, title/ID checks), legal_aid (means forms,
    CCMS-style applications), court_bundle (bundle indexes, hearing notes), witness_statement, immigration
    (casework files, Home-Office-style letters), family_law (correspondence, C100/Form-E style notes),
    solicitor_letter (letters between firms), debt_enforcement (letters before claim, warrants, attachment),
    pro_bono_clinic (clinic triage notes). Written in the voice of paralegals, trainees, fee earners, clerks,
    caseworkers and volunteers: abbreviations (OS, cl, FE, LBA, TR1, SDLT, CCMS, N244, EX160), typos, pasted
    forms, CSV, JSON, emails and chat, code-switching between the client's language and English, 23 locales
    over Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Han, Kana, Hangul and Thai scripts.

    The line drawn (what a law-firm data-protection officer would call personal data): data about a private
    client, opponent, witness, child or family member -- a name, a contact detail, a birth date, any
    government / tax / health / bank / card number, an IP address from a client-portal log -- is personal,
    even alone (a first name with a relation cue, one phone number in a long note). NOT personal here:
    judges, counsel and solicitors named in their public role in published judgments, cause lists and legal
    directories; case citations and neutral citation numbers; statutes and rules; firms' and courts' own
    switchboards, DX numbers, role mailboxes, registered offices and SRA / company numbers; claims between
    companies; precedent templates with placeholders; already-anonymised notes ("Client A", "the mother");
    textbook hypotheticals with fictional parties; documentation and test values (example IBAN, test cards,
    RFC 5737 addresses); court, claim, title and Legal-Aid reference numbers.

Labels
    Sensitive records use category ``<kind>``, benign ones ``<kind>_benign``. ``entities`` lists each
    personal-data item present anywhere in the body (dicts with "type" and "value"); it is computed by
    searching every string of the body (base64 file parts decoded, URLs unquoted) for every value the record
    issued; ``sensitive`` is true iff entities is non-empty (asserted). Types: person, PHONE_NUMBER,
    EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID (citizen / social-security numbers), TAX_ID,
    HEALTH_INSURANCE (NHS number), CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (routing
    + account), MEDICAL_RECORD (hospital number). Complexity: short_simple (0), long_easy (0, >= 1,500
    chars, length-adversarial), short_hard (1, length-adversarial), long_hard (1).

Contents (seed 20260811; the run prints all counts)
    pii_bornhardt.jsonl: 500 requests, 10 kinds x 50 (29 sensitive + 21 benign): 290 sensitive / 210 benign,
    23 locales (en-GB and en-US 40 each, the others 20 each); 35 of the sensitive ones (12%) carry a single
    incidental item; the document is placed by rotation in user / system / assistant / tool messages, text and
    file content parts, image URLs, tool-call arguments, tool schemas, response_format, ``user``; 451 chat and
    49 (10%) completions requests. Entity mentions: person 502, STREET_ADDRESS 262, DATE_OF_BIRTH 207,
    PHONE_NUMBER 138, EMAIL_ADDRESS 85, NATIONAL_ID 58, IBAN_CODE 42, TAX_ID 30, MEDICAL_RECORD 26,
    HEALTH_INSURANCE 21, IP_ADDRESS 14, CREDIT_CARD 10, ssn 7, US_BANK_NUMBER 4.
    complexity_bornhardt.jsonl: 192 chat requests in 14 language tags, 48 per category (short_simple,
    long_easy >= 1,500 chars, short_hard, long_hard); 96 (50%) length-adversarial, 96 labelled 1.
    The freeze scanned about 117k frozen words and dropped 356 composed pool entries before refill.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (NHS, UTR, SSN, EIN, ABA
    routing, PPS, Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, PESEL, NIP, CPF, CNP, personnummer, AMKA, TC
    Kimlik, INN, RNTRC, Teudat Zehut, Aadhaar, PAN, RIC, My Number, RRN, Thai PIN, IBAN, Luhn cards and
    hospital numbers); every phone number is checked with ``phonenumbers.is_valid_number`` for its region;
    the run aborts on an invalid value. Every retry loop is capped.

Command (deterministic for a seed, independent of PYTHONHASHSEED)
    python bench/make_bornhardt_signal_sets.py [--seed N] [--out bench/data/signals]
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
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.iso7064 import mod_11_10
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ein, rtn, ssn
from stdnum import verhoeff

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "bornhardt"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    for name in FROZEN_AGAINST:
        if name == SPLIT:
            continue  # skip our own file
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


FROZEN = frozen_words()
FREEZE_STATS = collections.Counter()
POOL_SIZES = {}
DEBUG = False


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return True
        for part in re.split(r"['\-]", t):
            if part and part in FROZEN and len(part) > 2:
                return True
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in FROZEN:
            return True
    # hyphenated capitalised forms as the frozen regex would have captured them
    for m in re.finditer(r"\b[A-Z][A-Za-z'\-]+", entry):
        if m.group(0).lower() in FROZEN:
            return True
    return False


class Abort(Exception):
    pass


def composed_pool(rng, kind, parts_fn, n, cap=4000):
    """Build a pool of n unique entries from parts_fn(rng); drop frozen ones; capped retries."""
    out, seen, tries = [], set(), 0
    while len(out) < n and tries < cap:
        tries += 1
        e = parts_fn(rng)
        if e in seen:
            continue
        seen.add(e)
        if is_frozen(e):
            FREEZE_STATS[kind] += 1
            continue
        out.append(e)
    POOL_SIZES[kind] = len(out)
    if len(out) < max(4, n // 3) and not DEBUG:
        raise Abort(f"pool {kind} too small after freeze: {len(out)}")
    return out


# --------------------------------------------------------------------------------------------- locales
# Each locale: phone region, name parts, street / town parts, labels, local phrases.
def cat(*lists):
    return lambda r: "".join(r.choice(x) for x in lists)


LOC = {
    "en-GB": dict(region="GB", order="gf", sep=" ",
                  given=cat(["Ros", "Cor", "Tam", "Bry", "Isol", "Osw", "Mab", "Elw", "Carad", "Wil", "Hest", "Ned"],
                            ["wyn", "etta", "ion", "ric", "elle", "ora", "ina", "ald", "ette", "ard"]),
                  family=cat(["Thorn", "Pen", "Brack", "Whit", "Crans", "Hart", "Lang", "Fother", "Cobb", "Wick"],
                             ["hallow", "combe", "bury", "ridge", "stead", "worth", "lowe", "ingham", "thwaite"]),
                  street=lambda r, root: f"{r.randint(2, 188)} {root} {r.choice(['Road', 'Close', 'Lane', 'Crescent', 'Gardens', 'Terrace'])}",
                  town=cat(["Brindle", "Ashen", "Cold", "Mardle", "Steep", "Ottery", "Hinx"], ["cote", "ford", "wick", "ham", "by", "ton", "well"]),
                  postcode=lambda r: f"{r.choice(['LS', 'NG', 'BS', 'CF', 'M', 'B', 'SE', 'N', 'EX', 'PL'])}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                  addr=lambda st, town, pc: f"{st}, {town} {pc}",
                  mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
                  lab=dict(name="Full name", dob="DOB", addr="Address", phone="Mobile", email="Email", client="Client",
                           opp="Other side")),
    "en-US": dict(region="US", order="gf", sep=" ",
                  given=cat(["Day", "Jal", "Bren", "Kor", "Tay", "Mac", "Lor", "Shan", "Dar", "Cael"],
                            ["ton", "isa", "nell", "ley", "andra", "rick", "eesha", "ius", "ann"]),
                  family=cat(["Vander", "Mc", "Os", "Kitt", "Bran", "Hol", "Ruth", "Stell", "Abern"],
                             ["kamp", "gowan", "trander", "redge", "ville", "lock", "erford", "athy", "sen"]),
                  street=lambda r, root: f"{r.randint(100, 9899)} {root} {r.choice(['St', 'Ave', 'Blvd', 'Dr', 'Ct'])}{r.choice(['', ' Apt ' + str(r.randint(1, 40)) + r.choice('ABCD')])}",
                  town=cat(["Mill", "Cedar", "Pike", "Bright", "Elk", "Harlan"], ["ville", "brook", "ton", "dale", "port"]),
                  postcode=lambda r: f"{r.choice(['OH', 'PA', 'TX', 'GA', 'MI', 'AZ'])} {r.randint(10001, 89999)}",
                  addr=lambda st, town, pc: f"{st}, {town}, {pc}",
                  mail=["gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net"],
                  lab=dict(name="Name", dob="DOB", addr="Address", phone="Cell", email="Email", client="Client",
                           opp="Opposing party")),
    "en-IE": dict(region="IE", order="gf", sep=" ",
                  given=cat(["Aoif", "Sadh", "Oisi", "Caoim", "Eimh", "Ruair", "Fionnu", "Clodh"], ["e", "bh", "n", "ín", "ear", "ala"]),
                  family=cat(["O'", "Mac", "Mc"], ["Dubh", "Fionn", "Cath", "Donn", "Maol", "Brea", "Tuath", "Scann"], ["ghaile", "agáin", "alláin", "chadha", "óige", "lainn"]),
                  street=lambda r, root: f"{r.randint(1, 90)} {root} {r.choice(['Park', 'Avenue', 'Grove', 'Heights', 'Drive'])}",
                  town=cat(["Bally", "Kil", "Clon", "Drum", "Ard"], ["macreen", "dorragh", "tubbrid", "lusk", "fert"]),
                  postcode=lambda r: f"{r.choice(['D', 'A', 'H', 'T', 'V'])}{r.randint(10, 99)} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(1, 9)}{r.choice('ACDEFHKNPRTVWXY')}{r.randint(1, 9)}",
                  addr=lambda st, town, pc: f"{st}, {town}, Co. {['Cork', 'Clare', 'Meath', 'Louth'][len(town) % 4]} {pc}",
                  mail=["gmail.com", "eircom.net", "hotmail.com"],
                  lab=dict(name="Name", dob="DOB", addr="Address", phone="Mobile", email="Email", client="Client",
                           opp="Other side")),
    "de-DE": dict(region="DE", order="gf", sep=" ",
                  given=cat(["Wieb", "Frau", "Hilk", "Jost", "Wendel", "Ort", "Ulr", "Sigr", "Gund"], ["ke", "ine", "ulf", "wig", "run", "mar", "hild"]),
                  family=cat(["Schwarz", "Brinck", "Hoh", "Kalt", "Wester", "Lindl", "Sauer", "Rübe"], ["mann", "eder", "hoff", "enbrink", "huber", "kötter", "lechner"]),
                  street=lambda r, root: f"{root}{r.choice(['straße', 'weg', 'gasse', 'ring', 'allee'])} {r.randint(1, 140)}{r.choice(['', 'a', 'b'])}",
                  town=cat(["Ober", "Nieder", "Alt", "Hohen", "Kirch"], ["feldheim", "wiesental", "buchau", "lohstedt", "mühlen"]),
                  postcode=lambda r: f"{r.randint(10115, 99998):05d}",
                  addr=lambda st, town, pc: f"{st}, {pc} {town}",
                  mail=["web.de", "gmx.de", "t-online.de", "posteo.de"],
                  lab=dict(name="Name, Vorname", dob="geb.", addr="Anschrift", phone="Tel.", email="E-Mail",
                           client="Mandant/in", opp="Gegner")),
    "fr-FR": dict(region="FR", order="gf", sep=" ",
                  given=cat(["Maël", "Solè", "Gaë", "Ambr", "Clém", "Aurél", "Hon", "Bérang", "Ghisl", "Armel"], ["ne", "lle", "oise", "ence", "ie", "oré", "ère", "ine"]),
                  family=cat(["Delaroche", "Bois", "Vasse", "Lefeu", "Mont", "Charb", "Rive"], ["lière", "vert", "ssot", "vre", "aillac", "onnier", "ault"]),
                  street=lambda r, root: f"{r.randint(1, 120)} {r.choice(['rue', 'avenue', 'impasse', 'allée'])} des {root}",
                  town=cat(["Vill", "Mont", "Beau", "Roche", "Chât", "Font"], ["erval", "aubrac", "lozier", "vérune", "fortin", "gervais"]),
                  postcode=lambda r: f"{r.randint(1000, 95999):05d}",
                  addr=lambda st, town, pc: f"{st}, {pc} {town}",
                  mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"],
                  lab=dict(name="Nom et prénom", dob="Né(e) le", addr="Adresse", phone="Tél.", email="Courriel",
                           client="Client", opp="Partie adverse")),
    "es-ES": dict(region="ES", order="gf", sep=" ",
                  given=cat(["Ximen", "Ampar", "Rosend", "Cayet", "Leocad", "Bened", "Nazar"], ["a", "o", "ia", "io"]),
                  family=cat(["Villa", "Casa", "Monte", "Torre", "Peña", "Valde"], ["sandino", "rrubia", "negro", "blanca", "lobos", "morillo"]),
                  street=lambda r, root: f"C/ {root} {r.randint(1, 90)}, {r.randint(1, 8)}º {r.choice('ABCD')}",
                  town=cat(["Villa", "Torre", "Fuente", "Valde", "Casti"], ["rreal", "mocha", "lapeña", "moro", "lejo", "sauce"]),
                  postcode=lambda r: f"{r.randint(1001, 52080):05d}",
                  addr=lambda st, town, pc: f"{st}, {pc} {town}",
                  mail=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
                  lab=dict(name="Nombre y apellidos", dob="F. nacimiento", addr="Domicilio", phone="Tel.", email="Correo",
                           client="Cliente", opp="Parte contraria")),
    "it-IT": dict(region="IT", order="gf", sep=" ",
                  given=cat(["Ottav", "Ferrucc", "Liber", "Nazzar", "Settim", "Ermengild", "Gualtier"], ["ia", "io", "a", "o"]),
                  family=cat(["Scarpa", "Bonvi", "Carda", "Mazzo", "Trivell", "Pellic"], ["relli", "cini", "lasso", "leni", "ari", "cioni"]),
                  street=lambda r, root: f"Via {root} {r.randint(1, 200)}",
                  town=cat(["Castel", "Monte", "Borgo", "Roccas", "Villa"], ["vallaro", "fiorito", "rosso", "ciriaco", "secca", "nera"]),
                  postcode=lambda r: f"{r.randint(10010, 98168):05d}",
                  addr=lambda st, town, pc: f"{st}, {pc} {town}",
                  mail=["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
                  lab=dict(name="Nome e cognome", dob="Nato/a il", addr="Residenza", phone="Cell.", email="Email",
                           client="Assistito", opp="Controparte")),
    "nl-NL": dict(region="NL", order="gf", sep=" ",
                  given=cat(["Wout", "Fenn", "Lieuw", "Anouk", "Jors", "Siebr", "Gerbr"], ["er", "e", "ke", "and", "ie"]),
                  family=cat(["Hoek", "Klink", "Beuk", "Wijn", "Stav", "Olden", "Brug", "Zand"], ["sloot", "hamer", "ema", "bergh", "ast", "huis", "stra", "inga"]),
                  street=lambda r, root: f"{root}{r.choice(['straat', 'laan', 'gracht', 'weg', 'singel'])} {r.randint(1, 220)}{r.choice(['', '-II', 'A', ' bis'])}",
                  town=cat(["Oud", "Nieuw", "Groot", "Zuid"], ["-Vossemeer", "dorp", "-Ammers", "broek", "erland"]),
                  postcode=lambda r: f"{r.randint(1011, 9999)} {r.choice('ABCDEGHJKLMNPRTVWXZ')}{r.choice('ABCDEGHJKLMNPRTVWXZ')}",
                  addr=lambda st, town, pc: f"{st}, {pc} {town}",
                  mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
                  lab=dict(name="Naam", dob="Geb. datum", addr="Adres", phone="Tel", email="E-mail", client="Cliënt",
                           opp="Wederpartij")),
    "pl-PL": dict(region="PL", order="gf", sep=" ",
                  given=cat(["Bogu", "Ziemo", "Wiesł", "Jadwi", "Przemy", "Radosł", "Mieczy"], ["sław", "mir", "awa", "ga", "sława"]),
                  family=cat(["Grzyb", "Wierzb", "Kozł", "Pstrąg", "Żuraw", "Szczyg"], ["owski", "icki", "iński", "iak", "ewicz"]),
                  street=lambda r, root: f"ul. {root} {r.randint(1, 140)}/{r.randint(1, 60)}",
                  town=cat(["Gród", "Dęb", "Sosn", "Brzez", "Ols", "Lip"], ["owo", "ina", "ica", "iny", "ówka", "nik"]),
                  postcode=lambda r: f"{r.randint(0, 99):02d}-{r.randint(1, 999):03d}",
                  addr=lambda st, town, pc: f"{st}, {pc} {town}",
                  mail=["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
                  lab=dict(name="Imię i nazwisko", dob="Data ur.", addr="Adres", phone="Tel.", email="E-mail", client="Klient",
                           opp="Strona przeciwna")),
    "pt-BR": dict(region="BR", order="gf", sep=" ",
                  given=cat(["Jussa", "Valdi", "Rosi", "Edil", "Francis", "Clei", "Marile"], ["ra", "ne", "son", "ia", "de", "nei"]),
                  family=cat(["Albu", "Caval", "Fonse", "Quei", "Bitten", "Mace", "Bezer", "Guima"], ["querque", "canti", "ca", "roz", "court", "do", "rães", "rra"]),
                  street=lambda r, root: f"Rua {root}, {r.randint(10, 2900)}, apto {r.randint(11, 1204)}",
                  town=cat(["Itaqua", "Jacu", "Ibira", "Guara", "Pira", "Araqu"], ["tinga", "peba", "rema", "çu", "juba", "ara"]),
                  postcode=lambda r: f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}",
                  addr=lambda st, town, pc: f"{st}, {town} - CEP {pc}",
                  mail=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
                  lab=dict(name="Nome", dob="Data de nasc.", addr="Endereço", phone="Cel.", email="E-mail", client="Cliente",
                           opp="Parte contrária")),
    "ro-RO": dict(region="RO", order="gf", sep=" ",
                  given=cat(["Ilean", "Sorin", "Tudor", "Vasilic", "Rodic", "Costel"], ["a", "el", "ița", "ina"]),
                  family=cat(["Bălan", "Munte", "Zăvoi", "Crâng", "Pădur"], ["escu", "eanu", "oiu", "aru"]),
                  street=lambda r, root: f"Str. {root} nr. {r.randint(1, 90)}, bl. {r.randint(1, 30)}, ap. {r.randint(1, 80)}",
                  town=cat(["Vălen", "Pietr", "Frasin", "Corn", "Strej", "Măgur"], ["ești", "eni", "ița", "ani", "oaia"]),
                  postcode=lambda r: f"{r.randint(10011, 920000):06d}",
                  addr=lambda st, town, pc: f"{st}, {town} {pc}",
                  mail=["yahoo.com", "gmail.com"],
                  lab=dict(name="Nume și prenume", dob="Data nașterii", addr="Domiciliu", phone="Tel.", email="E-mail",
                           client="Client", opp="Partea adversă")),
    "sv-SE": dict(region="SE", order="gf", sep=" ",
                  given=cat(["Ingr", "Sigv", "Tors", "Ylv", "Algot", "Hjal", "Gunv"], ["id", "ard", "ten", "a", "mar", "or"]),
                  family=cat(["Ek", "Sjö", "Björk", "Lövs", "Gran", "Hag"], ["dahl", "gren", "ström", "vik", "qvist", "blad"]),
                  street=lambda r, root: f"{root}{r.choice(['gatan', 'vägen', 'stigen'])} {r.randint(1, 88)}",
                  town=cat(["Norr", "Söder", "Väster", "Öster"], ["tälje", "hamn", "åker", "by"]),
                  postcode=lambda r: f"{r.randint(100, 984)} {r.randint(10, 99)}",
                  addr=lambda st, town, pc: f"{st}, {pc} {town}",
                  mail=["telia.com", "gmail.com", "bredband.net"],
                  lab=dict(name="Namn", dob="Född", addr="Adress", phone="Mobil", email="E-post", client="Klient",
                           opp="Motpart")),
    "el-GR": dict(region="GR", order="gf", sep=" ",
                  given=cat(["Αγλ", "Θεοδ", "Φιλ", "Ξεν", "Λυσ", "Πολυ"], ["αΐα", "ούλα", "ιππος", "οφών", "άνθη", "ξένη"]),
                  family=cat(["Παπα", "Καρα", "Μαυρο", "Χατζη", "Κυρια"], ["δημητρόπουλος", "μπατζής", "λευκίδης", "στεφανάκης", "ζαφειρίου"]),
                  street=lambda r, root: f"Οδός {root} {r.randint(1, 150)}",
                  town=cat(["Περα", "Λιοσ", "Βρυσ", "Κερασ", "Αγριδ"], ["μή", "ίτσα", "ούλα", "έα", "ιά"]),
                  postcode=lambda r: f"{r.randint(104, 851)} {r.randint(10, 99)}",
                  addr=lambda st, town, pc: f"{st}, {pc} {town}",
                  mail=["gmail.com", "otenet.gr", "yahoo.gr"],
                  lab=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", addr="Διεύθυνση", phone="Κιν.", email="Email",
                           client="Εντολέας", opp="Αντίδικος")),
    "tr-TR": dict(region="TR", order="gf", sep=" ",
                  given=cat(["Gülbah", "Nurs", "Özde", "Ilgaz", "Tunç", "Berk", "Sevg"], ["ar", "en", "mir", "ay", "in", "ül"]),
                  family=cat(["Kara", "Ak", "Yıldır", "Dere", "Gök", "Taş"], ["bulut", "tepe", "ımoğlu", "kaya", "soy", "doğan"]),
                  street=lambda r, root: f"{root} Sk. No:{r.randint(1, 90)} D:{r.randint(1, 24)}",
                  town=cat(["Kuzey", "Yeni", "Eski", "Orta"], ["köy", "şehir", "pınar", "yurt"]),
                  postcode=lambda r: f"{r.randint(1000, 81999):05d}",
                  addr=lambda st, town, pc: f"{st}, {pc} {town}",
                  mail=["gmail.com", "hotmail.com", "yandex.com.tr"],
                  lab=dict(name="Adı Soyadı", dob="Doğum tarihi", addr="Adres", phone="GSM", email="E-posta",
                           client="Müvekkil", opp="Karşı taraf")),
    "ru-RU": dict(region="RU", order="fg", sep=" ",
                  given=cat(["Ве", "Зла", "Свя", "Яро", "Любо", "Станис", "Всево"], ["слава", "мира", "слав", "дара", "лод"]),
                  family=cat(["Кур", "Сол", "Зар", "Тих", "Ряб", "Лоз", "Бусл"], ["овцев", "енков", "ыгин", "анский", "ушкин", "омиров"]),
                  street=lambda r, root: f"ул. {root}ская, д. {r.randint(1, 120)}, кв. {r.randint(1, 300)}",
                  town=cat(["Верхне", "Ново", "Старо", "Красно"], ["луговск", "озёрск", "полянск", "борск"]),
                  postcode=lambda r: f"{r.randint(101000, 692999)}",
                  addr=lambda st, town, pc: f"{pc}, г. {town}, {st}",
                  mail=["mail.ru", "yandex.ru", "bk.ru", "rambler.ru"],
                  lab=dict(name="ФИО", dob="Дата рождения", addr="Адрес", phone="Тел.", email="Эл. почта", client="Доверитель",
                           opp="Ответчик")),
    "uk-UA": dict(region="UA", order="fg", sep=" ",
                  given=cat(["Ост", "Богд", "Зор", "Яр", "Окс", "Мирос"], ["ана", "ислава", "ина", "ема", "олина", "лав"]),
                  family=cat(["Ков", "Лис", "Гон", "Пас", "Тка", "Мель"], ["енчук", "ичко", "ович", "юк", "ишин", "ник"]),
                  street=lambda r, root: f"вул. {root}івська, буд. {r.randint(1, 99)}, кв. {r.randint(1, 200)}",
                  town=cat(["Ушиц", "Олекс", "Багач", "Зелен", "Вишн"], ["ів", "івка", "ине", "одар", "ець"]),
                  postcode=lambda r: f"{r.randint(1001, 99999):05d}",
                  addr=lambda st, town, pc: f"{st}, м. {town}, {pc}",
                  mail=["ukr.net", "i.ua", "gmail.com"],
                  lab=dict(name="ПІБ", dob="Дата народження", addr="Адреса", phone="Тел.", email="Ел. пошта", client="Клієнт",
                           opp="Інша сторона")),
    "he-IL": dict(region="IL", order="gf", sep=" ",
                  given=cat(["נוע", "שיר", "טל", "הד", "רוני", "עדי", "אלמ"], ["ה", "אל", "ית", "יה", "וג"]),
                  family=cat(["גולד", "רוזנ", "שפי", "זילבר", "מרגל", "אייז"], ["שטיין", "טובי", "ברגר", "צבייג", "אלוני", "פלד"]),
                  street=lambda r, root: f"רחוב {root} {r.randint(1, 80)}, דירה {r.randint(1, 30)}",
                  town=cat(["אלונ", "שקמ", "דקל", "ירדנ", "רימונ", "תאנ"], ["ית", "ה", "ים", "ון"]),
                  postcode=lambda r: f"{r.randint(1000000, 9999999)}",
                  addr=lambda st, town, pc: f"{st}, {town} {pc}",
                  mail=["gmail.com", "walla.co.il", "012.net.il"],
                  lab=dict(name="שם מלא", dob="תאריך לידה", addr="כתובת", phone="נייד", email="דוא\"ל", client="לקוח",
                           opp="הצד שכנגד")),
    "ar-SA": dict(region="SA", order="gf", sep=" ",
                  given=cat(["رها", "لجي", "غدي", "هتا", "راكا", "مشا", "عزا"], ["ن", "ف", "ر", "م", "عل"]),
                  family=cat(["ال"], ["قحط", "سبيع", "مطير", "رشيد", "دوس", "ثقف", "ودع", "سهل", "كثير", "نجد"], ["ي", "اني", "اوي"]),
                  street=lambda r, root: f"حي {root}، شارع {r.randint(5, 90)}، مبنى {r.randint(1000, 9999)}",
                  town=cat(["الخزام", "الريح", "السد", "النخ", "الغد", "الورو"], ["ى", "ان", "ير", "يل", "ية"]),
                  postcode=lambda r: f"{r.randint(11000, 34999)}",
                  addr=lambda st, town, pc: f"{st}، {town} {pc}",
                  mail=["gmail.com", "hotmail.com", "outlook.sa"],
                  lab=dict(name="الاسم الكامل", dob="تاريخ الميلاد", addr="العنوان", phone="الجوال", email="البريد",
                           client="الموكل", opp="الخصم")),
    "hi-IN": dict(region="IN", order="gf", sep=" ",
                  given=cat(["अनु", "प्रि", "सु", "वि", "दे", "मी"], ["राग", "यंवदा", "धीर", "नय", "वांश", "शिका"]),
                  family=cat(["अग्र", "श्री", "चतु", "त्रि", "भार"], ["वाल", "वास्तव", "र्वेदी", "पाठी", "द्वाज"]),
                  street=lambda r, root: f"मकान नं. {r.randint(1, 400)}, {root} मार्ग",
                  town=cat(["राम", "शिव", "देव", "सूर्य"], ["पुरम", "नगर", "गढ़", "गंज"]),
                  postcode=lambda r: f"{r.randint(110001, 855999)}",
                  addr=lambda st, town, pc: f"{st}, {town} - {pc}",
                  mail=["gmail.com", "rediffmail.com", "yahoo.co.in"],
                  lab=dict(name="नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल", client="मुवक्किल",
                           opp="विपक्षी")),
    "zh-CN": dict(region="CN", order="fg", sep="",
                  given=cat(["瑾", "昀", "澄", "琬", "砚", "珂", "翎", "霁", "祎", "璟", "骁", "芮"], ["沅", "岚", "朗", "熙", "箐", "蘅", "湛", "屿"]),
                  family=cat(["邝", "冼", "岑", "晏", "闵", "蔺", "宓", "桂", "阮", "龚"]),
                  street=lambda r, root: f"{root}路{r.randint(1, 999)}号{r.randint(1, 30)}栋{r.randint(101, 2805)}室",
                  town=cat(["泽", "临", "昌", "清", "永"], ["宁", "阳", "安", "川", "源"]),
                  postcode=lambda r: f"{r.randint(100000, 850000)}",
                  addr=lambda st, town, pc: f"{town}市{st}（邮编{pc}）",
                  mail=["qq.com", "163.com", "126.com", "sina.com"],
                  lab=dict(name="姓名", dob="出生日期", addr="住址", phone="手机", email="邮箱", client="委托人", opp="对方当事人")),
    "ja-JP": dict(region="JP", order="fg", sep=" ",
                  given=cat(["遥", "颯", "湊", "結", "澪", "凛", "蒼", "楓"], ["斗", "花", "菜", "太", "香", "奈", "乃"]),
                  family=cat(["小", "大", "石", "竹", "北", "早", "宮", "梅"], ["沢", "井", "野", "崎", "坂", "島", "塚"]),
                  street=lambda r, root: f"{root}町{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}",
                  town=cat(["東", "西", "南", "新"], ["松原", "高野", "浜田", "桜台"]),
                  postcode=lambda r: f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d}",
                  addr=lambda st, town, pc: f"{pc} {town}市{st}",
                  mail=["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"],
                  lab=dict(name="氏名", dob="生年月日", addr="住所", phone="携帯", email="メール", client="依頼者", opp="相手方")),
    "ko-KR": dict(region="KR", order="fg", sep="",
                  given=cat(["서", "윤", "하", "도", "예", "율", "솔"], ["린", "찬", "은", "결", "담", "온"]),
                  family=cat(["권", "배", "석", "남", "염", "탁", "표", "변"]),
                  street=lambda r, root: f"{root}로 {r.randint(1, 300)}, {r.randint(101, 120)}동 {r.randint(101, 2302)}호",
                  town=cat(["새", "한", "푸른", "달"], ["빛", "솔", "내", "마을"]),
                  postcode=lambda r: f"{r.randint(10000, 63999)}",
                  addr=lambda st, town, pc: f"({pc}) {town}시 {st}",
                  mail=["naver.com", "daum.net", "gmail.com"],
                  lab=dict(name="성명", dob="생년월일", addr="주소", phone="휴대폰", email="이메일", client="의뢰인", opp="상대방")),
    "th-TH": dict(region="TH", order="gf", sep=" ",
                  given=cat(["กฤ", "ชนา", "พิม", "ธน", "ปวี"], ["ษดา", "ธิป", "พร", "ภัทร", "ณิชา"]),
                  family=cat(["ศรี", "วงศ์", "แสง", "ทอง", "บุญ"], ["สวัสดิ์", "ประเสริฐ", "รัตนา", "ไพศาล", "อำไพ"]),
                  street=lambda r, root: f"{r.randint(1, 999)}/{r.randint(1, 99)} ซอย{root} ",
                  town=cat(["บาง", "ลาด", "หนอง"], ["พลัด", "กระบัง", "จอก", "แขม"]),
                  postcode=lambda r: f"{r.randint(10100, 96220)}",
                  addr=lambda st, town, pc: f"{st}เขต{town} กรุงเทพฯ {pc}",
                  mail=["gmail.com", "hotmail.com"],
                  lab=dict(name="ชื่อ-นามสกุล", dob="วันเกิด", addr="ที่อยู่", phone="มือถือ", email="อีเมล", client="ลูกความ",
                           opp="คู่กรณี")),
}
LOCALES = list(LOC)
LOC_ROT = LOCALES + ["en-US", "en-GB"]  # the two busiest jurisdictions of the firm get a double share

ROMAN = {"ru-RU": "ru", "uk-UA": "ua", "el-GR": "gr", "he-IL": "il", "ar-SA": "sa", "hi-IN": "in", "zh-CN": "cn",
         "ja-JP": "jp", "ko-KR": "kr", "th-TH": "th"}
LATIN_USER = ["ravn", "kessa", "tobyl", "mirra", "zand", "ollo", "vesk", "pinar", "quillo", "dorn", "ysa", "brevik",
              "tamo", "heska", "juvo", "ferro"]

# local phrases of the legal world (instructions / margin notes in the client's language)
PHR = {
    "de-DE": ["Mandant ruft wg. Sachstand an", "Frist notiert, WV in 2 Wochen", "Vollmacht liegt vor", "bitte Akte anlegen"],
    "fr-FR": ["le client relance pour l'audience", "pièces à communiquer avant vendredi", "mandat signé", "ouvrir un dossier svp"],
    "es-ES": ["el cliente pregunta por el juicio", "plazo anotado", "poder otorgado ante notario", "abrir expediente"],
    "it-IT": ["il cliente chiede aggiornamenti", "termine annotato", "procura alle liti firmata", "aprire pratica"],
    "nl-NL": ["cliënt belt over de zitting", "termijn genoteerd", "volmacht ontvangen", "dossier aanmaken aub"],
    "pl-PL": ["klient dzwonił w sprawie rozprawy", "termin wpisany", "pełnomocnictwo podpisane", "założyć teczkę"],
    "pt-BR": ["cliente ligou sobre a audiência", "prazo anotado", "procuração assinada", "abrir pasta pfv"],
    "ro-RO": ["clientul a sunat pentru termen", "termen notat", "împuternicire semnată", "deschideți dosar"],
    "sv-SE": ["klienten ringde om förhandlingen", "frist noterad", "fullmakt finns", "lägg upp akt"],
    "el-GR": ["ο εντολέας ρώτησε για τη δικάσιμο", "προθεσμία σημειώθηκε", "πληρεξούσιο υπογεγραμμένο", "ανοίξτε φάκελο"],
    "tr-TR": ["müvekkil duruşmayı sordu", "süre not edildi", "vekaletname alındı", "dosya açılsın"],
    "ru-RU": ["доверитель звонил по заседанию", "срок записан", "доверенность получена", "завести дело"],
    "uk-UA": ["клієнт телефонував щодо засідання", "строк записано", "довіреність отримано", "відкрити справу"],
    "he-IL": ["הלקוח התקשר לגבי הדיון", "המועד נרשם", "ייפוי כוח חתום", "לפתוח תיק"],
    "ar-SA": ["الموكل اتصل بخصوص الجلسة", "تم تسجيل المهلة", "الوكالة موقعة", "فتح ملف"],
    "hi-IN": ["मुवक्किल ने सुनवाई के बारे में पूछा", "तारीख नोट की", "वकालतनामा मिला", "फाइल खोलें"],
    "zh-CN": ["委托人来电询问开庭", "期限已记录", "授权委托书已签", "请立案归档"],
    "ja-JP": ["依頼者から期日の問合せ", "期限メモ済", "委任状受領", "ファイル作成お願いします"],
    "ko-KR": ["의뢰인이 기일 문의", "기한 기록함", "위임장 받음", "파일 생성 부탁"],
    "th-TH": ["ลูกความโทรถามนัดศาล", "บันทึกกำหนดเวลาแล้ว", "ได้รับใบแต่งทนาย", "เปิดแฟ้มด้วย"],
}
for _k in ("en-GB", "en-US", "en-IE"):
    PHR[_k] = ["cl rang re hearing", "deadline diarised", "LoA signed", "pls open file"]


# --------------------------------------------------------------------------------------------- identifiers
def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def capped(fn, check, cap=300):
    for _ in range(cap):
        v = fn()
        if v is not None and check(v):
            return v
    raise Abort("could not generate a valid value")


def must(ok, what, v):
    if not ok:
        raise Abort(f"invalid {what}: {v!r}")
    return v


def complete(base, valid, width=1, alphabet="0123456789"):
    """Append the check character(s) that make base valid (bounded search: 10 or 100 candidates)."""
    cands = alphabet if width == 1 else [a + b for a in alphabet for b in alphabet]
    for c in cands:
        if valid(base + c):
            return base + c
    return None


def gen_nhs(r):
    def f():
        return complete(str(r.randint(4, 6)) + digits(r, 8), nhs.is_valid)
    v = capped(f, nhs.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def gen_utr(r):
    def f():
        b = digits(r, 9)
        return utr.calc_check_digit(b) + b
    return capped(f, utr.is_valid)


def gen_ssn(r):
    def f():
        a = r.randint(1, 665)
        if a == 666:
            return None
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return capped(f, ssn.is_valid)


def gen_ein(r):
    return capped(lambda: f"{r.choice(['12', '20', '27', '45', '46', '52', '81', '83', '86', '94'])}-{digits(r, 7)}", ein.is_valid)


def gen_rtn(r):
    def f():
        b = r.choice(["0", "1", "2", "3"]) + digits(r, 7)
        return b + rtn.calc_check_digit(b)
    return capped(f, rtn.is_valid)


def gen_pps(r):
    def f():
        b = digits(r, 7)
        for L in "ABCDEFGHIJKLMNOPQRSTUVW":
            if pps.is_valid(b + L):
                return b + L
        return None
    return capped(f, pps.is_valid)


def gen_idnr(r):
    def f():
        ds = r.sample("0123456789", 9)
        if ds[0] == "0":
            return None
        rep = r.choice(ds[1:])
        pos = r.randint(1, 9)
        ds.insert(pos, rep)
        b = "".join(ds)
        return b + mod_11_10.calc_check_digit(b)
    v = capped(f, idnr.is_valid)
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def gen_nir(r, dob):
    def f():
        dept = f"{r.randint(1, 95):02d}"
        if dept == "20":
            return None
        b = f"{r.randint(1, 2)}{dob.year % 100:02d}{dob.month:02d}{dept}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
        return b + nir.calc_check_digits(b)
    v = capped(f, nir.is_valid)
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def gen_dni(r):
    def f():
        b = digits(r, 8)
        return b + dni.calc_check_digit(b)
    return capped(f, dni.is_valid)


def gen_nie(r):
    def f():
        b = r.choice("XYZ") + digits(r, 7)
        return b + nie.calc_check_digit(b)
    return capped(f, nie.is_valid)


def _cf_part(s, given=False):
    s = re.sub(r"[^A-Z]", "", s.upper().translate(str.maketrans("ÀÈÉÌÒÙ", "AEEIOU")))
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def gen_cf(r, given, family, dob, female):
    def f():
        day = dob.day + (40 if female else 0)
        b = (_cf_part(family) + _cf_part(given, True) + f"{dob.year % 100:02d}" + "ABCDEHLMPRST"[dob.month - 1]
             + f"{day:02d}" + r.choice("ABCDEFGHLM") + f"{r.randint(1, 999):03d}")
        return b + codicefiscale.calc_check_digit(b)
    return capped(f, codicefiscale.is_valid)


def gen_bsn(r):
    return capped(lambda: str(r.randint(1, 6)) + digits(r, 8), bsn.is_valid, cap=2000)


def gen_pesel(r, dob, female):
    def f():
        m = dob.month + (20 if dob.year >= 2000 else 0)
        ser = digits(r, 3) + str(r.choice([0, 2, 4, 6, 8]) if female else r.choice([1, 3, 5, 7, 9]))
        b = f"{dob.year % 100:02d}{m:02d}{dob.day:02d}{ser}"
        return b + pesel.calc_check_digit(b)
    return capped(f, pesel.is_valid)


def gen_nip(r):
    def f():
        return complete(str(r.randint(1, 9)) + digits(r, 8), nip.is_valid)
    v = capped(f, nip.is_valid)
    return f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"


def gen_cpf(r):
    def f():
        return complete(digits(r, 9), cpf.is_valid, width=2)
    v = capped(f, cpf.is_valid)
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def gen_cnp(r, dob, female):
    def f():
        s = (2 if female else 1) + (4 if dob.year >= 2000 else 0)
        b = f"{s}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{r.randint(1, 40):02d}{r.randint(1, 999):03d}"
        return b + cnp.calc_check_digit(b)
    return capped(f, cnp.is_valid)


def gen_pnr(r, dob):
    def f():
        b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{digits(r, 3)}"
        return f"{b[:6]}-{b[6:]}" + luhn.calc_check_digit(b)
    return capped(f, personnummer.is_valid)


def gen_amka(r, dob):
    def f():
        b = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{digits(r, 4)}"
        return b + luhn.calc_check_digit(b)
    return capped(f, amka.is_valid)


def gen_tc(r):
    def f():
        b = str(r.randint(1, 9)) + digits(r, 8)
        return b + tckimlik.calc_check_digits(b)
    return capped(f, tckimlik.is_valid)


def gen_inn(r):
    def f():
        b = f"{r.randint(1, 92):02d}" + digits(r, 8)
        return b + inn.calc_personal_check_digits(b)
    return capped(f, inn.is_valid)


def gen_rntrc(r):
    def f():
        b = str(r.randint(1, 4)) + digits(r, 8)
        return b + rntrc.calc_check_digit(b)
    return capped(f, rntrc.is_valid)


def gen_il(r):
    def f():
        b = str(r.randint(0, 3)) + digits(r, 7)
        return b + luhn.calc_check_digit(b)
    return capped(f, il_idnr.is_valid)


def gen_aadhaar(r):
    def f():
        b = str(r.randint(2, 9)) + digits(r, 10)
        v = b + verhoeff.calc_check_digit(b)
        return v
    v = capped(f, aadhaar.is_valid)
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def gen_pan(r, family_initial):
    def f():
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return "".join(r.choice(L) for _ in range(3)) + "P" + family_initial + digits(r, 4) + r.choice(L)
    return capped(f, pan.is_valid)


def gen_ric(r, dob):
    def f():
        b = f"{r.choice(['110105', '310104', '440106', '330102', '510107', '420102'])}{dob:%Y%m%d}{digits(r, 3)}"
        return b + ric.calc_check_digit(b + "0")
    return capped(f, ric.is_valid)


def gen_mynum(r):
    def f():
        b = digits(r, 11)
        return b + jp_in.calc_check_digit(b)
    v = capped(f, jp_in.is_valid)
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def gen_rrn(r, dob, female):
    def f():
        g = (2 if female else 1) + (2 if dob.year >= 2000 else 0)
        b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g}{digits(r, 1)}{r.randint(0, 95):02d}{digits(r, 2)}"
        return b + rrn.calc_check_digit(b)
    v = capped(f, rrn.is_valid)
    return f"{v[:6]}-{v[6:]}"


def gen_thpin(r):
    def f():
        b = str(r.randint(1, 8)) + digits(r, 11)
        return b + th_pin.calc_check_digit(b)
    v = capped(f, th_pin.is_valid)
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"


IBAN_FMT = {"GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(r, 14),
            "DE": lambda r: digits(r, 18), "FR": lambda r: digits(r, 10) + digits(r, 11) + digits(r, 2),
            "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, 10) + digits(r, 12),
            "NL": lambda r: r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + digits(r, 10),
            "PL": lambda r: digits(r, 24), "RO": lambda r: r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + digits(r, 16),
            "GR": lambda r: digits(r, 23), "TR": lambda r: digits(r, 5) + "0" + digits(r, 16),
            "SA": lambda r: digits(r, 2) + digits(r, 18), "IE": lambda r: r.choice(["AIBK", "BOFI"]) + digits(r, 14),
            "IL": lambda r: digits(r, 19), "SE": lambda r: digits(r, 20), "UA": lambda r: digits(r, 6) + digits(r, 19),
            "BR": lambda r: digits(r, 8) + digits(r, 5) + digits(r, 10) + "C1",
            }


def gen_iban(r, cc):
    if cc == "ES":
        from stdnum.es import ccc

        def bban():
            b, s, a = digits(r, 4), digits(r, 4), digits(r, 10)
            return b + s + ccc.calc_check_digits(b + s + "00" + a) + a
    else:
        bban = lambda: IBAN_FMT[cc](r)  # noqa: E731

    def f():
        b = bban()
        chk = 98 - int("".join(str(int(c, 36)) for c in b + cc + "00")) % 97
        return f"{cc}{chk:02d}{b}"
    v = capped(f, std_iban.is_valid)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def gen_card(r):
    def f():
        b = r.choice(["4", "51", "52", "53", "54", "55", "2221"])
        b = b + digits(r, 15 - len(b))
        if b.startswith("4111") or b.startswith("4242"):
            return None
        return b + luhn.calc_check_digit(b)
    v = capped(f, luhn.is_valid)
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def gen_mrn(r):
    def f():
        b = digits(r, 7)
        return b + luhn.calc_check_digit(b)
    v = capped(f, luhn.is_valid)
    return r.choice(["RX", "H", "MRN ", "K"]) + v


def gen_ip(r):
    def f():
        a = ipaddress.IPv4Address(f"{r.randint(2, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
        return str(a) if a.is_global else None
    return capped(f, lambda v: ipaddress.ip_address(v).is_global)


def gen_phone(r, region, fixed=False):
    t = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
    ex = phonenumbers.example_number_for_type(region, t)
    nat = str(ex.national_number)

    def f():
        keep = min(3, max(2, len(nat) - 7))
        cand = nat[:keep] + digits(r, len(nat) - keep)
        if cand.endswith("0000") or "555" == cand[3:6] and region == "US":
            return None
        n = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if not phonenumbers.is_valid_number(n) or phonenumbers.region_code_for_number(n) != region:
            return None
        return n
    n = capped(f, lambda n: True)
    fmt = r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.E164])
    s = phonenumbers.format_number(n, fmt)
    chk = phonenumbers.parse(s, region)
    must(phonenumbers.is_valid_number_for_region(chk, region), "phone", s)
    return s


# --------------------------------------------------------------------------------------------- people
class World:
    def __init__(self, rng):
        self.rng = rng
        self.pools = {}
        for loc, L in LOC.items():
            if L["sep"] == "":  # one token per name: check the whole name, not the single-syllable family name
                g = composed_pool(rng, f"{loc}:full", lambda r, L=L: L["family"](r) + L["given"](r), 40)
                f = []
            else:
                g = composed_pool(rng, f"{loc}:given", L["given"], 40)
                f = composed_pool(rng, f"{loc}:family", L["family"], 40)
            streets = composed_pool(rng, f"{loc}:street_root", L["family"] if loc not in ("zh-CN", "ko-KR", "ja-JP") else L["town"], 30)
            towns = composed_pool(rng, f"{loc}:town", L["town"], 12)
            self.pools[loc] = dict(given=g, family=f, streets=streets, towns=towns)
        en = LOC["en-GB"]
        self.firm_roots = composed_pool(rng, "firm", cat(["Thorn", "Pen", "Brack", "Whit", "Crans", "Hart", "Lang", "Cobb", "Wick", "Aldern", "Quenby", "Mossop"],
                                                         ["hallow", "combe", "bury", "ridge", "stead", "worth", "lowe", "ingham", "thwaite"]), 40)
        self.co_roots = composed_pool(rng, "company", cat(["Vel", "Nor", "Quant", "Brix", "Orl", "Tav", "Sten", "Calv"],
                                                          ["ora", "tek", "ium", "ex", "wyn", "ant", "aris"]), 40)
        self.en_given = self.pools["en-GB"]["given"] + self.pools["en-US"]["given"]
        self.en_family = self.pools["en-GB"]["family"] + self.pools["en-US"]["family"]
        _ = en

    def name(self, loc):
        r, P, L = self.rng, self.pools[loc], LOC[loc]
        if L["sep"] == "":
            full = r.choice(P["given"])
            return full[1:], full[:1], full
        g, f = r.choice(P["given"]), r.choice(P["family"])
        if loc in ("ru-RU", "uk-UA") and g[-1] in "аяa" and f.endswith(("ов", "ев", "ин", "цев", "ков")):
            f = f + "а"
        full = (f + L["sep"] + g) if L["order"] == "fg" else (g + " " + f)
        return g, f, full

    def dob(self, lo=1948, hi=2007):
        r = self.rng
        return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))

    def address(self, loc):
        r, P, L = self.rng, self.pools[loc], LOC[loc]
        st = L["street"](r, r.choice(P["streets"]))
        return L["addr"](st, r.choice(P["towns"]), L["postcode"](r)).strip()

    def email(self, loc, g, f):
        r = self.rng
        if loc in ROMAN:
            base = r.choice(LATIN_USER) + r.choice([".", "_", ""]) + r.choice(LATIN_USER)
        else:
            raw = (g + "." + f).lower().replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("ø", "o").replace("'", "")
            raw = "".join(c for c in unicodedata.normalize("NFKD", raw) if not unicodedata.combining(c))
            base = re.sub(r"[^a-z.]", "", raw)
            base = r.choice([base, base.replace(".", ""), base.split(".")[0][:1] + "." + base.split(".")[-1], base + str(r.randint(1, 99))])
        return f"{base}@{r.choice(LOC[loc]['mail'])}"

    def fmt_date(self, loc, d):
        r = self.rng
        if loc in ("en-US",):
            return r.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", d.strftime("%B %-d, %Y")])
        if loc in ("zh-CN", "ja-JP"):
            return f"{d.year}年{d.month}月{d.day}日"
        if loc == "ko-KR":
            return f"{d.year}.{d.month:02d}.{d.day:02d}"
        if loc in ("sv-SE", "hi-IN") or r.random() < 0.2:
            return d.isoformat()
        return r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"])


def person(W, loc, with_ids=True):
    """A private person with contact data and locale identifiers. Returns dict of field -> (type, label, value)."""
    r = W.rng
    g, f, full = W.name(loc)
    female = r.random() < 0.5
    d = W.dob()
    lab = LOC[loc]["lab"]
    p = {"given": g, "family": f, "full": full, "female": female, "dob_date": d,
         "name": ("person", lab["name"], full),
         "dob": ("DATE_OF_BIRTH", lab["dob"], W.fmt_date(loc, d)),
         "addr": ("STREET_ADDRESS", lab["addr"], W.address(loc)),
         "phone": ("PHONE_NUMBER", lab["phone"], gen_phone(r, LOC[loc]["region"])),
         "email": ("EMAIL_ADDRESS", lab["email"], W.email(loc, g, f)),
         "ids": []}
    if not with_ids:
        return p
    ids = p["ids"]
    cc = LOC[loc]["region"]
    if loc == "en-GB":
        ids += [("HEALTH_INSURANCE", "NHS no.", gen_nhs(r)), ("TAX_ID", "UTR", gen_utr(r)), ("IBAN_CODE", "IBAN", gen_iban(r, "GB"))]
    elif loc == "en-US":
        ids += [("ssn", "SSN", gen_ssn(r)), ("US_BANK_NUMBER", "Routing/Acct", f"{gen_rtn(r)} / {digits(r, r.randint(9, 12))}"),
                ("CREDIT_CARD", "Card", gen_card(r))]
    elif loc == "en-IE":
        ids += [("NATIONAL_ID", "PPSN", gen_pps(r)), ("IBAN_CODE", "IBAN", gen_iban(r, "IE"))]
    elif loc == "de-DE":
        ids += [("TAX_ID", "Steuer-ID", gen_idnr(r)), ("IBAN_CODE", "IBAN", gen_iban(r, "DE"))]
    elif loc == "fr-FR":
        ids += [("NATIONAL_ID", "N° sécu (NIR)", gen_nir(r, d)), ("IBAN_CODE", "IBAN", gen_iban(r, "FR"))]
    elif loc == "es-ES":
        ids += [("NATIONAL_ID", "DNI" if r.random() < 0.6 else "NIE", gen_dni(r) if r.random() < 0.6 else gen_nie(r)),
                ("IBAN_CODE", "IBAN", gen_iban(r, "ES"))]
    elif loc == "it-IT":
        ids += [("TAX_ID", "C.F.", gen_cf(r, g, f, d, female)), ("IBAN_CODE", "IBAN", gen_iban(r, "IT"))]
    elif loc == "nl-NL":
        ids += [("NATIONAL_ID", "BSN", gen_bsn(r)), ("IBAN_CODE", "IBAN", gen_iban(r, "NL"))]
    elif loc == "pl-PL":
        ids += [("NATIONAL_ID", "PESEL", gen_pesel(r, d, female)), ("TAX_ID", "NIP", gen_nip(r)), ("IBAN_CODE", "Nr rachunku", gen_iban(r, "PL"))]
    elif loc == "pt-BR":
        ids += [("TAX_ID", "CPF", gen_cpf(r)), ("CREDIT_CARD", "Cartão", gen_card(r))]
    elif loc == "ro-RO":
        ids += [("NATIONAL_ID", "CNP", gen_cnp(r, d, female)), ("IBAN_CODE", "IBAN", gen_iban(r, "RO"))]
    elif loc == "sv-SE":
        ids += [("NATIONAL_ID", "Personnummer", gen_pnr(r, d)), ("IBAN_CODE", "IBAN", gen_iban(r, "SE"))]
    elif loc == "el-GR":
        ids += [("NATIONAL_ID", "ΑΜΚΑ", gen_amka(r, d)), ("IBAN_CODE", "IBAN", gen_iban(r, "GR"))]
    elif loc == "tr-TR":
        ids += [("NATIONAL_ID", "T.C. Kimlik No", gen_tc(r)), ("IBAN_CODE", "IBAN", gen_iban(r, "TR"))]
    elif loc == "ru-RU":
        ids += [("TAX_ID", "ИНН", gen_inn(r))]
    elif loc == "uk-UA":
        ids += [("TAX_ID", "РНОКПП", gen_rntrc(r)), ("IBAN_CODE", "IBAN", gen_iban(r, "UA"))]
    elif loc == "he-IL":
        ids += [("NATIONAL_ID", "ת.ז.", gen_il(r)), ("IBAN_CODE", "IBAN", gen_iban(r, "IL"))]
    elif loc == "ar-SA":
        ids += [("IBAN_CODE", "آيبان", gen_iban(r, "SA"))]
    elif loc == "hi-IN":
        ids += [("NATIONAL_ID", "आधार", gen_aadhaar(r)), ("TAX_ID", "PAN", gen_pan(r, "ABCDEFGHJKLMNPRSTUVW"[len(f) % 20]))]
    elif loc == "zh-CN":
        ids += [("NATIONAL_ID", "身份证号", gen_ric(r, d))]
    elif loc == "ja-JP":
        ids += [("NATIONAL_ID", "マイナンバー", gen_mynum(r))]
    elif loc == "ko-KR":
        ids += [("NATIONAL_ID", "주민등록번호", gen_rrn(r, d, female))]
    elif loc == "th-TH":
        ids += [("NATIONAL_ID", "เลขบัตรประชาชน", gen_thpin(r))]
    _ = cc
    return p


def firm(W):
    r = W.rng
    a, b = r.sample(W.firm_roots, 2)
    return r.choice([f"{a} & {b} LLP", f"{a} {b} Solicitors", f"{a} Legal", f"{a} & Co", f"{a} {b} Rechtsanwälte PartG mbB" if r.random() < 0.2 else f"{a} & {b}"])


def company(W):
    r = W.rng
    return f"{r.choice(W.co_roots)} {r.choice(['Holdings Ltd', 'Logistics Limited', 'Property Ltd', 'Trading GmbH', 'SAS', 'Build Ltd', 'Foods plc'])}"


def public_name(W, title=True):
    r = W.rng
    g, f = r.choice(W.en_given), r.choice(W.en_family)
    return g, f


# --------------------------------------------------------------------------------------------- documents
class Doc:
    def __init__(self):
        self.lines = []
        self.issued = []

    def add(self, text, *items):
        self.lines.append(text)
        for it in items:
            self.issued.append(it)
        return self

    def text(self):
        return "\n".join(self.lines)


def v(item, doc):
    doc.issued.append((item[0], item[2]))
    return item[2]


def kv(doc, item, sep=": "):
    doc.issued.append((item[0], item[2]))
    return f"{item[1]}{sep}{item[2]}"


def ref(r, prefix):
    return f"{prefix}/{r.choice(['JH', 'KT', 'AMB', 'RS', 'PL', 'NW'])}/{r.randint(1000, 99999)}"


def claim_no(r):
    return f"{r.choice('KLMHJ')}{r.randint(0, 9)}{r.choice(['QT', 'BM', 'MA', 'LS', 'CL'])}{r.randint(100, 999)}"


def typo(r, s):
    if r.random() < 0.5 or len(s) < 12:
        return s
    i = r.randint(1, len(s) - 3)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def phr(r, loc):
    return r.choice(PHR[loc])


# Sensitive templates per kind: fn(W, loc, incidental) -> (doc_text, issued, ask, system)
SYSTEMS = {
    "client_intake": "You are the intake assistant of a high-street law firm. Be concise.",
    "conveyancing": "You help a conveyancing team (residential). UK and cross-border clients.",
    "legal_aid": "You assist legal aid caseworkers with applications and means assessments.",
    "court_bundle": "You help a litigation team prepare hearing bundles and chronologies.",
    "witness_statement": "You help draft and tidy witness statements. Do not invent facts.",
    "immigration": "You support an immigration casework team. Flag missing documents.",
    "family_law": "You assist family law solicitors with correspondence. Keep a neutral tone.",
    "solicitor_letter": "You draft correspondence between law firms in a measured professional tone.",
    "debt_enforcement": "You assist a debt recovery and enforcement department.",
    "pro_bono_clinic": "You help volunteers at a free legal advice clinic write up notes.",
}

ASKS = {
    "client_intake": ["run a conflict check on these names and tell me if anything jumps out", "turn this intake into a file-opening memo",
                      "extract to JSON for the case mgmt system (name, dob, contact, matter type)", "summarise for the FE in 3 lines",
                      "draft the client care letter opening para"],
    "conveyancing": ["check the ID/AML section is complete", "draft the completion statement email to the buyer",
                     "list what's outstanding before exchange", "put this into the TR1 transferee panel format",
                     "summarise the requisitions in plain English for the client"],
    "legal_aid": ["fill in the means section from this", "is cl likely passported? short answer", "tidy this into the CCMS merits narrative",
                  "list the evidence still missing for the application", "translate the client's note and add to the file"],
    "court_bundle": ["build a chronology table from this", "renumber the bundle index and flag duplicates",
                     "draft the hearing note summary for counsel", "check the index against the pages", "make a dramatis personae list"],
    "witness_statement": ["tidy into CPR PD 32 format with numbered paras", "fix the grammar but keep the witness's words",
                          "translate this statement into English", "turn the interview notes into a first-person statement",
                          "check for inconsistencies with the earlier version"],
    "immigration": ["draft a covering letter for the application", "list the docs still needed", "summarise the refusal grounds",
                    "prepare a chronology of the client's immigration history", "translate the sponsor's letter"],
    "family_law": ["draft a reply to the other side, non-confrontational", "summarise the financial disclosure",
                   "soften the tone of this email to the client", "draft the contact arrangements proposal", "summarise for the C100"],
    "solicitor_letter": ["draft a reply to this letter", "turn my notes into a formal letter to the other side",
                         "summarise what they're asking for", "make this more concise", "draft a without prejudice offer letter"],
    "debt_enforcement": ["draft the letter before claim", "calculate statutory interest to today and draft the N1 particulars",
                         "check the enforcement options", "summarise the debtor's financial statement", "draft the instructions to the enforcement agent"],
    "pro_bono_clinic": ["write up the clinic note", "what should the volunteer advise next? brief", "draft the referral email",
                        "summarise the client's issue for the supervising solicitor", "translate the client's message"],
}


def ids_lines(doc, p, k=None):
    items = p["ids"] if k is None else p["ids"][:k]
    return [kv(doc, it) for it in items]


def t_intake(W, loc, inc):
    r = W.rng
    doc = Doc()
    p = person(W, loc)
    lab = LOC[loc]["lab"]
    if inc:
        kind = r.choice(["rel", "phone", "dob"])
        if kind == "rel":
            g, _, _ = W.name(loc)
            rel = r.choice(["wife", "husband", "daughter", "son", "brother", "mother"])
            doc.add(f"New enquiry via web form, matter type: {r.choice(['boundary dispute', 'probate', 'employment tribunal', 'lease renewal'])}. "
                    f"Caller was the client's {rel} {g}, will send docs. {phr(r, loc)}. Fee estimate sent. No conflicts found on the company names.")
            doc.issued.append(("person", g))
        elif kind == "phone":
            ph = gen_phone(r, LOC[loc]["region"])
            doc.add("Intake log " + "\n".join(f"{i}. {x}" for i, x in enumerate(r.sample(
                ["callback requested re lease", "AML docs pending", "fee estimate sent", "engagement letter queued", "referred by accountant",
                 "conflict search clear", "matter type: commercial lease", "urgent: deadline Friday"], 6), 1)) + f"\n7. call back on {ph} after 5pm")
            doc.issued.append(("PHONE_NUMBER", ph))
        else:
            dd = W.fmt_date(loc, W.dob())
            doc.add(f"Enquiry (will, LPA). Testator's DOB {dd}. Capacity no concerns per GP. Quote: fixed fee. {phr(r, loc)}")
            doc.issued.append(("DATE_OF_BIRTH", dd))
        return doc
    style = r.randint(0, 3)
    opp_g, opp_f, opp = W.name(loc)
    if style == 0:
        doc.add(f"CLIENT INTAKE — {r.choice(['family', 'employment', 'housing', 'PI', 'probate'])}")
        for k in ("name", "dob", "addr", "phone", "email"):
            doc.add(kv(doc, p[k]))
        for line in ids_lines(doc, p, r.randint(1, 2)):
            doc.add(line)
        doc.add(f"{lab['opp']}: {v(('person', '', opp), doc)}")
        doc.add(f"Notes: {phr(r, loc)}; {typo(r, 'client wants to know costs before instructing')}")
    elif style == 1:
        doc.add("name,role,dob,phone,search_result")
        doc.add(f"{v(p['name'], doc)},client,{v(p['dob'], doc)},{v(p['phone'], doc)},no match")
        doc.add(f"{v(('person', '', opp), doc)},opponent,,,{r.choice(['no match', 'POSSIBLE MATCH - old file 2019', 'no match'])}")
        doc.add(f"{company(W)},opponent (co),,,no match")
    elif style == 2:
        rec = {"client": {"name": v(p["name"], doc), "dob": v(p["dob"], doc), "email": v(p["email"], doc), "mobile": v(p["phone"], doc),
                          "address": v(p["addr"], doc)},
               "matter": {"type": r.choice(["unfair dismissal", "boundary dispute", "contested probate", "tenancy deposit"]),
                          "other_side": v(("person", "", opp), doc), "source": "web form"}}
        if p["ids"]:
            rec["client"]["id_check"] = {p["ids"][0][1]: v(p["ids"][0], doc)}
        doc.add(json.dumps(rec, ensure_ascii=False, indent=1))
    else:
        doc.add(f"From: {v(p['email'], doc)}\nSubject: {typo(r, 'need help with my landlord')}\n\n"
                f"Hello, my name is {v(p['name'], doc)}. I live at {v(p['addr'], doc)} and my landlord {v(('person', '', opp), doc)} "
                f"has kept my deposit. You can call me on {v(p['phone'], doc)}. {phr(r, loc)}.")
    return doc


def t_conveyancing(W, loc, inc):
    r = W.rng
    doc = Doc()
    if inc:
        if r.random() < 0.5:
            ph = gen_phone(r, LOC[loc]["region"])
            doc.add("Requisitions on title (standard form). 1. Vacant possession on completion: confirmed. 2. Keys with agent. "
                    "3. Discharge of charge: undertaking given. 4. Completion monies by CHAPS before 1pm. 5. Seller's agent says the "
                    f"neighbour who holds the spare key can be reached on {ph}. 6. Apportionments: none (freehold). 7. SDLT return filed by buyer.")
            doc.issued.append(("PHONE_NUMBER", ph))
        else:
            g, _, _ = W.name(loc)
            doc.add(f"Memo: seller's late father's estate — probate granted, executor is his son {g}. Title: freehold, no restrictions. "
                    f"Exchange target end of month. {phr(r, loc)}.")
            doc.issued.append(("person", g))
        return doc
    b = person(W, loc)
    b2g, _, b2 = W.name(loc)
    for _ in range(10):
        if b2 != b["full"]:
            break
        b2g, _, b2 = W.name(loc)
    price = r.randint(18, 95) * 10000
    if r.random() < 0.5:
        doc.add(f"COMPLETION STATEMENT — {v(b['addr'], doc)}")
        doc.add(f"Buyer(s): {v(b['name'], doc)} and {v(('person', '', b2), doc)}")
        doc.add(f"Purchase price: {price:,}\nDeposit paid: {price // 10:,}\nSDLT: {max(0, (price - 250000) // 20):,}\nLand Registry fee: 150\nSearches: 312.60")
        bank = [x for x in b["ids"] if x[0] in ("IBAN_CODE", "US_BANK_NUMBER")]
        if bank:
            doc.add(f"Balance refund to client account: {kv(doc, bank[0])}")
        doc.add(f"Contact: {v(b['phone'], doc)} / {v(b['email'], doc)}")
    else:
        doc.add("AML / ID verification checklist")
        doc.add(f"- {kv(doc, b['name'])}\n- {kv(doc, b['dob'])}\n- Current address: {v(b['addr'], doc)} (utility bill dated last month)")
        for line in ids_lines(doc, b):
            doc.add(f"- {line}")
        doc.add(f"- Source of funds: gift from {r.choice(['parent', 'grandparent'])} {v(('person', '', b2g), doc)} — gifted deposit letter needed")
        if r.random() < 0.5:
            doc.add(f"- E-signature audit: contract signed {r.randint(1, 28)}/{r.randint(1, 12)} 21:{r.randint(10, 59)} from IP {v(('IP_ADDRESS', '', gen_ip(r)), doc)}")
        doc.add(f"- PEP/sanctions: clear. {phr(r, loc)}")
    return doc


def t_legal_aid(W, loc, inc):
    r = W.rng
    doc = Doc()
    if inc:
        dd = W.fmt_date(loc, W.dob(2010, 2020))
        doc.add(f"Means: client on Universal Credit, passported. Dependants: 1 child (DOB {dd}). Capital nil. Proceedings: "
                f"{r.choice(['private law children', 'housing disrepair counterclaim', 'possession defence'])}. Merits: >50%. {phr(r, loc)}.")
        doc.issued.append(("DATE_OF_BIRTH", dd))
        return doc
    p = person(W, loc)
    ch_g, _, _ = W.name(loc)
    ch_dob = W.fmt_date(loc, W.dob(2009, 2021))
    if r.random() < 0.5:
        doc.add(f"LEGAL AID APPLICATION — means section (draft)\nApplicant: {v(p['name'], doc)}\n{kv(doc, p['dob'])}\n{kv(doc, p['addr'])}")
        for line in ids_lines(doc, p):
            doc.add(line)
        doc.add(f"Benefits: {r.choice(['UC', 'ESA', 'PIP + UC', 'none'])}  Gross monthly income: {r.randint(600, 2400)}  Rent: {r.randint(400, 1200)}")
        doc.add(f"Dependent child: {v(('person', '', ch_g), doc)}, born {v(('DATE_OF_BIRTH', '', ch_dob), doc)}")
        doc.add(f"Contact (safe number, DV): {v(p['phone'], doc)} — do not leave voicemail")
    else:
        doc.add(f"{v(p['name'], doc)} ({v(p['dob'], doc)}) seen at duty desk. Lives {v(p['addr'], doc)} with {ch_g} (age {r.randint(3, 15)}). "
                f"Possession hearing next week, arrears {r.randint(900, 7000)}. {phr(r, loc)}. Email for docs: {v(p['email'], doc)}.")
        doc.issued.append(("person", ch_g))
    return doc


def t_bundle(W, loc, inc):
    r = W.rng
    doc = Doc()
    if inc:
        ph = gen_phone(r, LOC[loc]["region"])
        doc.add("HEARING BUNDLE INDEX\nA. Pleadings 1-48\nB. Orders 49-60\nC. Witness statements 61-140\nD. Expert reports 141-260\n"
                f"E. Correspondence 261-330\nF. Disclosure 331-612\nNote for clerk: witness of fact to be called remotely — mobile {ph}")
        doc.issued.append(("PHONE_NUMBER", ph))
        return doc
    c = person(W, loc)
    w_g, w_f, w = W.name(loc)
    mrn = gen_mrn(r)
    rows = [f"1 | Claim form & PoC | {claim_no(r)} | 1-14",
            f"2 | Defence | | 15-29",
            f"3 | Statement of {v(c['name'], doc)} | dated {r.randint(1, 28)}/0{r.randint(1, 9)}/2025 | 30-44",
            f"4 | Statement of {v(('person', '', w), doc)} (neighbour) | | 45-52",
            f"5 | Medical records, {v(('MEDICAL_RECORD', '', mrn), doc)} | hospital | 53-120",
            f"6 | GP notes for claimant DOB {v(c['dob'], doc)} | | 121-160"]
    if loc == "en-GB":
        nh = [x for x in c["ids"] if x[0] == "HEALTH_INSURANCE"][0]
        rows.append(f"7 | NHS summary ({kv(doc, nh)}) | | 161-170")
    doc.add("Tab | Document | Ref | Pages\n" + "\n".join(rows))
    doc.add(f"Claimant address for service: {v(c['addr'], doc)}")
    return doc


def t_witness(W, loc, inc):
    r = W.rng
    doc = Doc()
    if inc:
        g, _, _ = W.name(loc)
        doc.add(f"1. I am the claimant in these proceedings. 2. On the evening in question I was walking home along the high street. 3. My "
                f"neighbour {g} was with me and saw the van reverse without lights. 4. I believe the facts stated in this witness statement are true.")
        doc.issued.append(("person", g))
        return doc
    p = person(W, loc)
    x_g, _, x = W.name(loc)
    doc.add(f"WITNESS STATEMENT OF {v(p['name'], doc).upper() if r.random() < 0.3 and loc in ('en-GB', 'en-US', 'en-IE') else v(p['name'], doc)}")
    doc.add(f"I, {v(p['name'], doc)}, of {v(p['addr'], doc)}, born {v(p['dob'], doc)}, will say as follows:")
    doc.add(f"1. I have known {v(('person', '', x), doc)} for about {r.randint(2, 20)} years. {phr(r, loc)}.")
    doc.add(f"2. On the {r.randint(2, 28)}th I received a text from {x_g} at {r.randint(18, 23)}:{r.randint(10, 59)} saying they were outside.")
    doc.add(f"3. {typo(r, 'I went to the door and saw the damage to the fence, which had not been there that morning.')}")
    if r.random() < 0.5:
        doc.add(f"4. My phone number is {v(p['phone'], doc)} if the court needs to contact me.")
    doc.add("Statement of truth: I believe that the facts stated in this witness statement are true.")
    return doc


def t_immigration(W, loc, inc):
    r = W.rng
    doc = Doc()
    if inc:
        dd = W.fmt_date(loc, W.dob(1960, 2005))
        doc.add(f"Appendix FM checklist: financial requirement met (payslips x6), English test passed, TB certificate n/a. Sponsor's "
                f"DOB {dd}. Relationship evidence: 14 photos, joint tenancy. Fee paid. IHS paid.")
        doc.issued.append(("DATE_OF_BIRTH", dd))
        return doc
    p = person(W, loc)
    s = person(W, "en-GB", with_ids=True)
    pp = f"{r.choice('ABCEKLMNPRTU')}{r.choice('ABCEKLMNPRTU')}{digits(r, 7)}"
    doc.add(f"Applicant: {v(p['name'], doc)}\nNationality/lang: {loc}\n{kv(doc, p['dob'])}\nHome address abroad: {v(p['addr'], doc)}")
    for line in ids_lines(doc, p, 1):
        doc.add(line)
    doc.add(f"Passport no: {pp}")
    doc.add(f"Sponsor: {v(s['name'], doc)}, {v(s['addr'], doc)}, tel {v(s['phone'], doc)}")
    if r.random() < 0.5:
        doc.add(kv(doc, s["ids"][0]))
    doc.add(f"History: visit visa 2019, overstayed 3 months, left voluntarily. {phr(r, loc)}. Marriage {r.randint(2018, 2024)}.")
    return doc


def t_family(W, loc, inc):
    r = W.rng
    doc = Doc()
    if inc:
        g, _, _ = W.name(loc)
        doc.add(f"Dear Sirs, we refer to your letter regarding the arrangements over the school holidays. Our client is agreeable to "
                f"alternate weekends provided handovers occur at the school. Our client's daughter {g} has asked to spend Christmas Eve "
                f"with her mother. We look forward to hearing from you. Yours faithfully")
        doc.issued.append(("person", g))
        return doc
    m = person(W, loc)
    f_g, f_f, fa = W.name(loc)
    k_g, _, _ = W.name(loc)
    kd = W.fmt_date(loc, W.dob(2012, 2022))
    if r.random() < 0.5:
        doc.add(f"Hi, it's {v(m['name'], doc)}. I don't want {v(('person', '', fa), doc)} to have the kids overnight until he sorts his drinking. "
                f"{v(('person', '', k_g), doc)} (born {v(('DATE_OF_BIRTH', '', kd), doc)}) came back upset last time. My new address is "
                f"{v(m['addr'], doc)} — please DON'T give it to his solicitors. {phr(r, loc)}.")
    else:
        doc.add(f"FORM E NOTES — applicant {v(m['name'], doc)}, {kv(doc, m['dob'])}")
        for line in ids_lines(doc, m):
            doc.add(line)
        doc.add(f"Respondent: {v(('person', '', fa), doc)}. Pension CETV {r.randint(20, 400)}k. FMH equity {r.randint(50, 300)}k. Child: {k_g}.")
        doc.issued.append(("person", k_g))
        doc.add(f"Client email {v(m['email'], doc)}")
    return doc


def t_sol_letter(W, loc, inc):
    r = W.rng
    doc = Doc()
    fa, fb = firm(W), firm(W)
    if inc:
        ph = gen_phone(r, LOC[loc]["region"])
        doc.add(f"Our ref: {ref(r, 'LIT')}  Your ref: {ref(r, 'CD')}\n\nDear Colleagues,\n\nWe acknowledge receipt of your letter. We are "
                f"taking instructions and will revert within 14 days. Our client confirms the goods were delivered on time and in "
                f"accordance with the order. Please note our client's site manager can be reached directly on {ph} to arrange the "
                f"inspection.\n\nYours faithfully,\n{fa}")
        doc.issued.append(("PHONE_NUMBER", ph))
        return doc
    p = person(W, loc)
    doc.add(f"{fa}\nOur ref: {ref(r, 'PI')}\n\nDear {fb},\n\nYour client: {v(p['name'], doc)}  DOB {v(p['dob'], doc)}")
    doc.add(f"We write further to the accident on the {r.randint(1, 28)}th. Our insured accepts liability. Please provide your client's "
            f"medical records and confirm {p['given']}'s current address, which we hold as {v(p['addr'], doc)}.")
    doc.issued.append(("person", p["given"]))
    if p["ids"] and r.random() < 0.6:
        doc.add(f"For the CRU certificate we hold: {kv(doc, p['ids'][0])}.")
    doc.add(f"Yours faithfully,\n{fa}")
    return doc


def t_debt(W, loc, inc):
    r = W.rng
    doc = Doc()
    if inc:
        ip = gen_ip(r)
        doc.add(f"Debtor portal log: login OK from {ip}; viewed statement; payment plan proposal submitted (£{r.randint(20, 200)}/month); "
                f"I&E form incomplete (housing costs missing). Case status: on hold 30 days per pre-action protocol.")
        doc.issued.append(("IP_ADDRESS", ip))
        return doc
    d = person(W, loc)
    amt = r.randint(400, 25000)
    style = r.randint(0, 2)
    if style == 0:
        doc.add(f"LETTER BEFORE CLAIM\n\n{v(d['name'], doc)}\n{v(d['addr'], doc)}\n\nDear {d['given']},")
        doc.add(f"Our client {company(W)} is owed {amt:,} under the agreement dated {r.randint(1, 28)}/{r.randint(1, 12)}/2023. "
                f"Unless payment is received within 30 days we will issue proceedings without further notice.")
        if r.random() < 0.45:
            doc.add(f"[internal] part-payment of {r.randint(50, 400)} taken by phone, card {v(('CREDIT_CARD', '', gen_card(r)), doc)}, exp {r.randint(1, 12):02d}/{r.randint(26, 30)}")
    elif style == 1:
        doc.add("debtor_name;dob;address;phone;balance;status")
        doc.add(f"{v(d['name'], doc)};{v(d['dob'], doc)};{v(d['addr'], doc)};{v(d['phone'], doc)};{amt};{r.choice(['CCJ', 'LBA sent', 'warrant'])}")
        e = person(W, loc, with_ids=False)
        doc.add(f"{v(e['name'], doc)};;{v(e['addr'], doc)};;{r.randint(300, 4000)};LBA sent")
    else:
        doc.add(f"Instructions to enforcement agent\nJudgment debtor: {v(d['name'], doc)}\nAddress: {v(d['addr'], doc)}\nDebt: {amt:,} + costs")
        for it in d["ids"]:
            if it[0] in ("IBAN_CODE", "CREDIT_CARD", "US_BANK_NUMBER"):
                doc.add(f"Known account for attachment: {kv(doc, it)}")
        doc.add(f"Vehicle seen at property. Debtor's mobile {v(d['phone'], doc)}. {phr(r, loc)}.")
    return doc


def t_probono(W, loc, inc):
    r = W.rng
    doc = Doc()
    if inc:
        em = W.email(loc, *W.name(loc)[:2])
        doc.add(f"Clinic night, table 3. Issue: employer withholding final wages (approx 3 weeks). Advised: ACAS early conciliation, "
                f"3-month-less-a-day limit. Volunteer to email template grievance letter to {em}. Supervisor sign-off pending.")
        doc.issued.append(("EMAIL_ADDRESS", em))
        return doc
    p = person(W, loc)
    doc.add(f"CLINIC NOTE ({r.choice(['housing', 'employment', 'benefits', 'consumer'])})\nClient: {v(p['name'], doc)}  age ~{r.randint(19, 80)}")
    doc.add(f"Contact: {v(p['phone'], doc)}, {v(p['email'], doc)}")
    doc.add(f"Story: {typo(r, 'landlord says he will change the locks if rent not paid by friday, no court order')} . {phr(r, loc)}.")
    if r.random() < 0.5:
        doc.add(f"Address: {v(p['addr'], doc)}")
    if p["ids"] and r.random() < 0.5:
        doc.add(f"Client showed letter with {kv(doc, p['ids'][0])}")
    if r.random() < 0.3:
        ip = gen_ip(r)
        doc.add(f"Online intake submitted from IP {v(('IP_ADDRESS', '', ip), doc)}")
    return doc


SENS = {"client_intake": t_intake, "conveyancing": t_conveyancing, "legal_aid": t_legal_aid, "court_bundle": t_bundle,
        "witness_statement": t_witness, "immigration": t_immigration, "family_law": t_family, "solicitor_letter": t_sol_letter,
        "debt_enforcement": t_debt, "pro_bono_clinic": t_probono}
KINDS = list(SENS)


# --------------------------------------------------------------------------------------------- benign hard negatives
def judge(W):
    r = W.rng
    g, f = public_name(W)
    return r.choice([f"HHJ {f}", f"Mr Justice {f}", f"Mrs Justice {f}", f"District Judge {f}", f"Lady Justice {f}", f"Recorder {g} {f}"])


def counsel(W):
    r = W.rng
    g, f = public_name(W)
    return r.choice([f"{g} {f} KC", f"Ms {f} (instructed by {firm(W)})", f"Mr {g} {f}", f"{g} {f} of counsel"])


def switchboard(W, region="GB"):
    return gen_phone(W.rng, region, fixed=True)


def b_intake(W, loc):
    r = W.rng
    lab = LOC[loc]["lab"]
    f = firm(W)
    opts = [
        lambda: f"CLIENT INTAKE FORM (blank template v{r.randint(2, 9)})\n{lab['name']}: ______________\n{lab['dob']}: DD/MM/YYYY\n"
                f"{lab['addr']}: [CLIENT ADDRESS]\n{lab['phone']}: [MOBILE]\n{lab['email']}: [EMAIL]\nID seen: [passport/driving licence]\n"
                f"{lab['opp']}: [OTHER SIDE]\nMatter type: [ ] family [ ] housing [ ] employment",
        lambda: f"Conflict search results\nentity,role,result\n{company(W)},proposed client,no match\n{company(W)},other side,no match\n"
                f"{company(W)},other side parent co,MATCH — acted 2021 (closed), ethical wall not required\nSearch run by: conflicts team",
        lambda: f"New enquiries should go to {f.split()[0].lower()}.intake@{f.split()[0].lower()}-law.co.uk or the switchboard on "
                f"{switchboard(W)} (Mon–Fri 9–5.30). Our SRA number is {r.randint(500000, 699999)}. {phr(r, loc)}.",
        lambda: f"Matter {ref(r, 'ENQ')}: Client A (anonymised for training), dispute with former employer. Client A's age bracket 35–44. "
                f"Outcome of conflict check: clear. Fee estimate band C.",
    ]
    return r.choice(opts)()


def b_conveyancing(W, loc):
    r = W.rng
    opts = [
        lambda: f"Title number: {r.choice(['NGL', 'TGL', 'SY', 'WYK', 'MS'])}{r.randint(100000, 999999)}\nProprietor: {company(W)} "
                f"(Co. Regn. No. {r.randint(1000000, 15999999):08d}) of {r.randint(1, 99)} {r.choice(W.pools['en-GB']['streets'])} Business Park\n"
                f"Restriction: No disposition by a sole proprietor... Charge dated 2019 in favour of {r.choice(['Barclays Bank UK PLC', 'Lloyds Bank plc'])}.",
        lambda: "PRECEDENT — completion statement\nBuyer: [BUYER NAME]\nProperty: [ADDRESS]\nPrice: £[   ]\nRemit balance to: IBAN GB82 WEST 1234 5698 7654 32 "
                "(example only — replace with verified client account details)\nDO NOT send bank details by email without phone verification.",
        lambda: f"SDLT bands (residential, from April 2025): 0% up to £125,000; 2% £125,001–£250,000; 5% £250,001–£925,000; 10% to £1.5m; 12% above. "
                f"First-time buyer relief up to £300,000. See Finance Act 2003 s.55 and Sch 6ZA. {phr(r, loc)}.",
        lambda: f"Our completion team: completions@{r.choice(W.firm_roots).lower()}law.co.uk, DX {r.randint(10000, 99999)} {r.choice(W.pools['en-GB']['towns'])}, "
                f"tel {switchboard(W)}. Funds cut-off 1pm. Please quote matter ref {ref(r, 'CONV')}.",
    ]
    return r.choice(opts)()


def b_legal_aid(W, loc):
    r = W.rng
    opts = [
        lambda: f"Means test (civil, from 2025): gross income cap £2,657/month (+£222 per child over 4); disposable income limit £733; "
                f"capital limit £8,000. Passported benefits: UC (with conditions), IS, income-based JSA/ESA, GSC. Ref: Civil Legal Aid "
                f"(Financial Resources and Payment for Services) Regulations 2013. {phr(r, loc)}.",
        lambda: f"CCMS application {r.randint(300000000, 399999999)}-{r.randint(10, 99)}: Client B, aged 30–40, private law children, "
                f"domestic abuse evidence gateway: reg 33(2)(a) (unspent conviction). Merits: prospects 'good'. Cost limit £{r.randint(3, 9)},{r.randint(100, 999)}.",
        lambda: f"Blank form CIV MEANS 1:\nSurname: ____  First name: ____  Date of birth: __/__/____\nNational Insurance number: AB 12 34 56 C (example format)\n"
                f"Partner? [Y/N]  Dependants: [ ]",
        lambda: f"LAA helpline for providers: {switchboard(W)}; email: contactcivil@justice.gov.uk. Escape: apply via CCMS, see "
                f"Lord Chancellor's Guidance under s.4 LASPO 2012, para 7.",
    ]
    return r.choice(opts)()


def b_bundle(W, loc):
    r = W.rng
    opts = [
        lambda: "DAILY CAUSE LIST — " + r.choice(["County Court at Central London", "Business and Property Courts", "Family Court"]) + "\n" +
                "\n".join(f"{10 + i}:{r.choice(['00', '30'])} Before {judge(W)} — {claim_no(r)} {company(W)} v {company(W)} ({r.choice(['CMC', 'trial day 2', 'PTR'])})"
                          for i in range(3)),
        lambda: f"Neutral Citation Number: [{r.randint(2015, 2025)}] {r.choice(['EWHC', 'EWCA Civ', 'UKSC', 'EWFC'])} {r.randint(10, 3200)} "
                f"({r.choice(['Ch', 'KB', 'Comm', 'TCC'])})\nBefore: {judge(W)}\nBetween: {company(W)} (Claimant) and {company(W)} (Defendant)\n"
                f"{counsel(W)} for the Claimant; {counsel(W)} for the Defendant\nHearing dates: {r.randint(1, 28)}-{r.randint(1, 28)} March\nAPPROVED JUDGMENT",
        lambda: "Bundle index\nTab | Document | Pages\n" + "\n".join(f"{i} | {d} | {10 * i - 9}-{10 * i}" for i, d in enumerate(
                ["Claim form", "Particulars of Claim", "Defence", "Reply", "Order of DJ (CMC)", "Statement of Witness 1 (Client A)",
                 "Expert report (engineering)", "Schedule of loss"], 1)) + "\nBundle prepared in accordance with PD 57AD.",
        lambda: f"Hearing note: counsel ({counsel(W)}) referred to Hadley v Baxendale (1854) 9 Exch 341 and Donoghue v Stevenson [1932] AC 562; "
                f"the judge ({judge(W)}) reserved judgment. Claim no {claim_no(r)}. {phr(r, loc)}.",
    ]
    return r.choice(opts)()


def b_witness(W, loc):
    r = W.rng
    opts = [
        lambda: "Claim No: [        ]\nIN THE COUNTY COURT AT [        ]\nWITNESS STATEMENT OF [FULL NAME]\nI, [full name], of [address], "
                "[occupation], will say as follows:\n1. [   ]\nStatement of truth: I believe that the facts stated in this witness statement are true. "
                "I understand that proceedings for contempt of court may be brought against anyone who makes a false statement.",
        lambda: "Tutorial problem (Evidence, week 6): Alice sees Bob's car hit Carol's bicycle at a junction. Dave, a passer-by, later tells "
                "PC Evans that Bob 'was on his phone'. Advise on the admissibility of Dave's statement under the Criminal Justice Act 2003 s.114.",
        lambda: f"Statement of Witness C (anonymised per the order of {judge(W)}): '1. I work at the depot. 2. I saw the forklift "
                f"reversing without the alarm sounding. 3. I did not see who was driving.' Anonymity order under CPR 39.2(4).",
        lambda: f"Guidance: witness statements for trial in the Business and Property Courts must comply with PD 57AC — in the witness's own "
                f"words, identify documents referred to, and include the certificate of compliance signed by the relevant legal representative. {phr(r, loc)}.",
    ]
    return r.choice(opts)()


def b_immigration(W, loc):
    r = W.rng
    opts = [
        lambda: f"Country guidance: see [{r.randint(2016, 2025)}] UKUT {r.randint(10, 450):05d} (IAC) and the Immigration Rules, "
                f"Appendix FM paras GEN.3.1–3.2 and EX.1(b) (insurmountable obstacles); para 276ADE(1)(vi) now in Appendix Private Life. {phr(r, loc)}.",
        lambda: f"Anonymised decision: The appellant (AB), a national of {r.choice(['a West African state', 'a South Asian state', 'an Eastern European state'])}, "
                f"appeals against the refusal of a human rights claim. Anonymity order made. Before Upper Tribunal Judge {public_name(W)[1]}.",
        lambda: f"Document checklist (spouse visa): passport [ ]  marriage certificate [ ]  6 payslips [ ]  P60 [ ]  English test certificate [ ]  "
                f"TB test [ ]  accommodation evidence [ ]. Fee: £{r.randint(1800, 1950)}, IHS £1,035/yr.",
        lambda: f"UKVI contact centre: {switchboard(W)}; Home Office Presenting Officers Unit, {r.choice(W.pools['en-GB']['towns'])}. "
                f"Our firm's immigration team: immigration@{r.choice(W.firm_roots).lower()}.co.uk",
    ]
    return r.choice(opts)()


def b_family(W, loc):
    r = W.rng
    opts = [
        lambda: f"Re {r.choice('ABCDEFGHJKLMNPRST')} (A Child) [{r.randint(2015, 2025)}] EWFC {r.randint(10, 300)}: the mother and the father separated in 2020; "
                f"the child, now 9, lives with the mother. {judge(W)} applied the welfare checklist in s.1(3) Children Act 1989.",
        lambda: "Form E (blank) — Section 1: General information. 1.1 Full name [   ] 1.2 Date of birth [ / / ] 1.11 Details of any children [   ]. "
                "Section 2: Financial details. Complete all sections; attach bank statements for the last 12 months.",
        lambda: f"Cafcass contact: {switchboard(W)}. National Domestic Abuse Helpline 0808 2000 247 (24h). For MIAM exemptions see FPR 3.8. {phr(r, loc)}.",
        lambda: f"Precedent consent order recital: 'UPON the Applicant and the Respondent agreeing...; AND UPON the parties recording that the "
                f"former matrimonial home at [ADDRESS] shall be sold'. Sample only — delete square-bracketed text.",
    ]
    return r.choice(opts)()


def b_sol_letter(W, loc):
    r = W.rng
    fa, fb = firm(W), firm(W)
    opts = [
        lambda: f"{fa}\nDX {r.randint(10000, 99999)} {r.choice(W.pools['en-GB']['towns'])}\nOur ref: {ref(r, 'COM')}\nYour ref: {ref(r, 'LIT')}\n\n"
                f"Dear Sirs,\n{company(W)} v {company(W)} — Claim {claim_no(r)}\nWe refer to your letter. Our client does not accept that the "
                f"invoices were disputed within the period in clause 9.2. We enclose our client's Part 36 offer.\nYours faithfully,\n{fa}\n"
                f"Authorised and regulated by the SRA (no. {r.randint(500000, 699999)}). Registered office as above.",
        lambda: f"Please address all correspondence to our litigation mailbox litigation@{fb.split()[0].lower()}.com (not to individual fee earners). "
                f"Switchboard {switchboard(W)}. We do not accept service by email unless agreed in writing (CPR PD 6A para 4.1).",
        lambda: "Template: 'Dear Sirs, We act for [CLIENT]. We write in accordance with the Pre-Action Protocol for Debt Claims. [DETAILS]. "
                "Please acknowledge within 14 days. Yours faithfully, [FIRM]'.",
        lambda: f"Chambers directory entry: {counsel(W)} — called {r.randint(1995, 2015)}, silk {r.randint(2016, 2024)}. Practice: commercial fraud, "
                f"civil asset recovery. Clerk: senior clerk via chambers switchboard {switchboard(W)}.",
    ]
    return r.choice(opts)()


def b_debt(W, loc):
    r = W.rng
    opts = [
        lambda: f"Claim {claim_no(r)}: {company(W)} v {company(W)} (Co. No. {r.randint(1000000, 15999999):08d}), registered office "
                f"{r.randint(1, 99)} {r.choice(W.pools['en-GB']['streets'])} Road, {r.choice(W.pools['en-GB']['towns'])}. Debt £{r.randint(2, 90)},{r.randint(100, 999)}; "
                f"interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% over base.",
        lambda: f"Enforcement options after CCJ: warrant of control (N323), attachment of earnings (N337), third party debt order (N349), "
                f"charging order (N379). Fee table: EX50. {phr(r, loc)}.",
        lambda: "Payment page test values (sandbox): card 4242 4242 4242 4242, exp 12/34, CVC 123; 3DS card 4000 0027 6000 3184. "
                "Webhook source IPs 192.0.2.10 and 198.51.100.24 (documentation ranges).",
        lambda: f"Portfolio summary: {r.randint(200, 900)} accounts, average balance £{r.randint(600, 3000)}, {r.randint(10, 40)}% on payment plans, "
                f"{r.randint(2, 9)}% with CCJ. No individual data included.",
    ]
    return r.choice(opts)()


def b_probono(W, loc):
    r = W.rng
    opts = [
        lambda: f"Clinic note (anonymised): Client A, tenant, received s.21 notice; deposit not protected — s.215 Housing Act 2004 bars the notice. "
                f"Advised to contact Shelter helpline. Volunteer: trainee, supervisor sign-off. {phr(r, loc)}.",
        lambda: f"Clinic rota: Tuesdays 6–8pm. Bookings: clinic@{r.choice(W.firm_roots).lower()}probono.org or {switchboard(W)}. Interpreters available "
                f"for Polish, Arabic and Romanian on request.",
        lambda: "FAQ for volunteers: never give your personal number to clients; use the clinic phone. Limitation: contract 6 yrs (LA 1980 s.5), "
                "personal injury 3 yrs (s.11). Employment tribunal claims: 3 months less a day after ACAS.",
        lambda: f"Statistics Q{r.randint(1, 4)}: {r.randint(60, 200)} clients seen; housing {r.randint(30, 50)}%, employment {r.randint(10, 25)}%, "
                f"benefits {r.randint(10, 20)}%. Outcomes: {r.randint(20, 60)} referrals to legal aid providers.",
    ]
    return r.choice(opts)()


BEN = {"client_intake": b_intake, "conveyancing": b_conveyancing, "legal_aid": b_legal_aid, "court_bundle": b_bundle,
       "witness_statement": b_witness, "immigration": b_immigration, "family_law": b_family, "solicitor_letter": b_sol_letter,
       "debt_enforcement": b_debt, "pro_bono_clinic": b_probono}


# --------------------------------------------------------------------------------------------- placement
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "content_parts", "file_part", "tool_call_args", "tools_schema",
              "response_format", "image_url", "user_field", "completions"]


def place(r, kind, doc_text, ask, system, placement, extra=None):
    model = r.choice(["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "claude-sonnet", "gpt-4.1"])
    sysmsg = {"role": "system", "content": system}
    body = {"model": model}
    if placement == "completions":
        body["prompt"] = f"{system}\n\n### Document\n{doc_text}\n\n### Task\n{ask}\n\n### Answer\n"
        body["max_tokens"] = r.choice([256, 512, 800])
        return "completions", body
    if placement == "user":
        msgs = [sysmsg, {"role": "user", "content": r.choice([f"{ask}\n\n{doc_text}", f"{doc_text}\n\n---\n{ask}"])}]
    elif placement == "system":
        msgs = [{"role": "system", "content": f"{system}\n\nMatter context (from file):\n{doc_text}"}, {"role": "user", "content": ask}]
    elif placement == "assistant_echo":
        msgs = [sysmsg, {"role": "user", "content": "pasting the doc, just read it"},
                {"role": "assistant", "content": f"Received. Here is the text as I have it:\n{doc_text}"}, {"role": "user", "content": ask}]
    elif placement == "tool_result":
        cid = f"call_{r.randint(10**7, 10**8)}"
        msgs = [sysmsg, {"role": "user", "content": f"pull up matter {ref(r, 'M')} and {ask}"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                    "name": "get_matter_document", "arguments": json.dumps({"matter": ref(r, "M"), "doc": "latest"})}}]},
                {"role": "tool", "tool_call_id": cid, "content": doc_text}]
    elif placement == "content_parts":
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc_text}]}]
    elif placement == "file_part":
        fn = r.choice(["intake.txt", "scan_ocr.txt", "note.md", "export.csv", "bundle_index.txt"])
        data = base64.b64encode(doc_text.encode("utf-8")).decode()
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask},
                                                     {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif placement == "tool_call_args":
        cid = f"call_{r.randint(10**7, 10**8)}"
        msgs = [sysmsg, {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                    "name": r.choice(["save_file_note", "create_matter", "update_case_record"]),
                    "arguments": json.dumps({"matter_type": kind, "note": doc_text}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"saved\"}"},
                {"role": "user", "content": "ok now do the same for the next one"}]
    elif placement == "tools_schema":
        msgs = [sysmsg, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "file_note", "description": "Save a note to the case file. Example of a good note:\n" + doc_text,
                                                            "parameters": {"type": "object", "properties": {"note": {"type": "string"}}, "required": ["note"]}}}]
    elif placement == "response_format":
        msgs = [sysmsg, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_summary", "schema": {
            "type": "object", "description": "Summarise the following source record:\n" + doc_text,
            "properties": {"summary": {"type": "string"}, "next_steps": {"type": "array", "items": {"type": "string"}}}}}}
    elif placement == "image_url":
        q = urllib.parse.quote((extra or "scan")[:80])
        msgs = [sysmsg, {"role": "user", "content": [{"type": "text", "text": f"{ask}\n\n{doc_text}"},
                                                     {"type": "image_url", "image_url": {"url": f"https://dms.example-law.test/scan.png?doc={q}&page=1"}}]}]
    elif placement == "user_field":
        msgs = [sysmsg, {"role": "user", "content": f"{doc_text}\n\n{ask}"}]
        body["user"] = extra or f"fee-earner-{r.randint(100, 999)}"
    else:
        raise Abort(placement)
    body["messages"] = msgs
    if r.random() < 0.2:
        body["temperature"] = r.choice([0, 0.2, 0.7])
    return "chat", body


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for vv in x.values():
                walk(vv)
        elif isinstance(x, list):
            for vv in x:
                walk(vv)
        elif isinstance(x, str):
            out.append(x)
            m = re.match(r"data:[^;]+;base64,(.*)$", x, re.S)
            if m:
                out.append(base64.b64decode(m.group(1)).decode("utf-8"))
            if "://" in x or "%" in x:
                out.append(urllib.parse.unquote(x))
    walk(body)
    return "\n".join(out)


def validate_issued(issued):
    """Re-validate every issued identifier before labelling; abort on an invalid one."""
    for t, val in issued:
        c = re.sub(r"[\s\-./]", "", val)
        if t == "IBAN_CODE":
            must(std_iban.is_valid(val), t, val)
        elif t == "CREDIT_CARD":
            must(luhn.is_valid(c) and len(c) == 16, t, val)
        elif t == "ssn":
            must(ssn.is_valid(val), t, val)
        elif t == "US_BANK_NUMBER":
            must(rtn.is_valid(val.split("/")[0].strip()), t, val)
        elif t == "IP_ADDRESS":
            must(ipaddress.ip_address(val).is_global, t, val)
        elif t == "MEDICAL_RECORD":
            must(luhn.is_valid(re.sub(r"\D", "", val)), t, val)
        elif t in ("NATIONAL_ID", "TAX_ID", "HEALTH_INSURANCE"):
            ok = any(m.is_valid(val) for m in (nhs, utr, pps, idnr, nir, dni, nie, codicefiscale, bsn, pesel, nip, cpf, cnp,
                                                personnummer, amka, tckimlik, inn, rntrc, il_idnr, aadhaar, pan, ric, jp_in, rrn, th_pin, ein))
            must(ok, t, val)
        elif t in ("person", "EMAIL_ADDRESS", "STREET_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"):
            must(bool(val.strip()), t, val)
        else:
            raise Abort(f"unknown type {t}")


def build_pii(W, seed):
    r = W.rng
    recs = []
    n_sens, n_ben = 29, 21
    loc_cycle = 0
    place_cycle = 0
    incidental_count = 0
    for ki, kind in enumerate(KINDS):
        plan = [True] * n_sens + [False] * n_ben
        r.shuffle(plan)
        inc_slots = set(r.sample([i for i, s in enumerate(plan) if s], 4 if ki % 2 == 0 else 3))
        for i, sens in enumerate(plan):
            loc = LOC_ROT[(loc_cycle * 7 + ki) % len(LOC_ROT)]
            loc_cycle += 1
            placement = PLACEMENTS[(place_cycle * 5 + ki) % len(PLACEMENTS)]
            place_cycle += 1
            if r.random() < 0.015 and placement != "completions":
                placement = "completions"
            ask = r.choice(ASKS[kind])
            if loc not in ("en-GB", "en-US", "en-IE") and r.random() < 0.3:
                ask = f"{ask} ({phr(r, loc)})"
            ask = typo(r, ask) if r.random() < 0.4 else ask
            system = SYSTEMS[kind]
            style_bits = [placement]
            if sens:
                inc = i in inc_slots
                doc = SENS[kind](W, loc, inc)
                issued = list(doc.issued)
                extra = None
                if placement == "user_field":
                    emails = [vv for t, vv in issued if t == "EMAIL_ADDRESS"]
                    extra = emails[0] if emails and not inc else None
                if placement == "image_url":
                    names = [vv for t, vv in issued if t == "person"]
                    extra = names[0] if names else None
                if inc:
                    style_bits.append("incidental")
                    incidental_count += 1
                validate_issued(issued)
                endpoint, body = place(r, kind, doc.text(), ask, system, placement, extra)
                hay = haystack(body)
                ents, seen = [], set()
                for t, vv in issued:
                    if (t, vv) in seen:
                        continue
                    seen.add((t, vv))
                    if vv in hay:
                        ents.append({"type": t, "value": vv})
                ents.sort(key=lambda e: (e["type"], e["value"]))
                cat_name = kind
            else:
                doc_text = BEN[kind](W, loc)
                endpoint, body = place(r, kind, doc_text, ask, system, placement,
                                       f"paralegal-{r.randint(10, 99)}" if placement == "user_field" else None)
                ents = []
                cat_name = f"{kind}_benign"
                style_bits.append("hard_negative")
            rec = {"id": None, "category": cat_name, "sensitive": bool(ents), "entities": ents, "endpoint": endpoint,
                   "lang": loc, "style": " · ".join(style_bits), "body": body}
            assert rec["sensitive"] == bool(rec["entities"])
            assert rec["sensitive"] == sens, (kind, i, placement)
            recs.append(rec)
    r.shuffle(recs)
    for n, rec in enumerate(recs, 1):
        rec["id"] = f"{SPLIT}-pii-{n:04d}"
    return recs, incidental_count


# --------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ("en", "what does 'without prejudice' mean, one sentence"),
    ("en", "spell out CPR, LASPO and SDLT"),
    ("en", "is it 'Yours faithfully' or 'Yours sincerely' when I wrote 'Dear Sirs'?"),
    ("en", "convert 14/03/2026 to the format 14 March 2026"),
    ("en", "give me a polite one-line reminder that the bundle is due Friday"),
    ("en", "what's the difference between a barrister and a solicitor, two lines"),
    ("de-DE", "Was heißt 'Mahnbescheid' auf Englisch?"),
    ("de-DE", "Formuliere eine kurze Terminbestätigung für Dienstag 10 Uhr."),
    ("fr-FR", "traduis 'audience renvoyée' en anglais"),
    ("fr-FR", "écris une phrase pour accuser réception d'un courrier"),
    ("es-ES", "¿cómo se dice 'poder notarial' en inglés?"),
    ("es-ES", "resume en una frase: el juicio se aplaza al 3 de junio"),
    ("it-IT", "cosa significa 'decreto ingiuntivo' in inglese?"),
    ("pl-PL", "przetłumacz 'pozew o zapłatę' na angielski"),
    ("pt-BR", "o que é 'procuração ad judicia'? uma frase"),
    ("nl-NL", "vertaal 'dagvaarding' naar het Engels"),
    ("ja-JP", "「訴状」を英語で言うと？"),
    ("zh-CN", "“律师函”用英文怎么说？"),
    ("ko-KR", "'소장'을 영어로 뭐라고 해?"),
    ("ru-RU", "как по-английски 'исковое заявление'?"),
    ("ar-SA", "ما معنى 'وكالة شرعية' بالإنجليزية؟"),
    ("tr-TR", "'icra takibi' İngilizce ne demek?"),
    ("en", "make this title case: statement of case of the defendant"),
    ("en", "what is a DX number?"),
]
SHORT_HARD = [
    ("en", "Tenant's deposit protected on day 29, prescribed info served day 45, s.21 served day 60, tenancy renewed as SPT since. Is the s.21 valid? Go through s.213-215 HA 2004 and the Deregulation Act changes step by step."),
    ("en", "Claimant injured 2 Mar 2022 at 16, learned of negligence 2024. When does limitation expire under LA 1980 ss.11, 14, 28? Show the calculation and any s.33 discretion point."),
    ("en", "Part 36 offer made 10 days before trial, accepted after trial started — who pays costs from when, and does r.36.17 enhanced interest apply? Reason it out."),
    ("en", "Contract: English law clause, exclusive Paris jurisdiction clause, defendant domiciled in Germany, claim issued in London in 2025. Which court has jurisdiction post-Brexit? Hague 2005 analysis please."),
    ("en", "Judgment £48,300 entered 1 Feb; 8% judgment interest; part payments £5,000 on 1 Apr and £10,000 on 1 Aug. Compute the balance on 1 Dec showing each step (interest on reducing balance, simple)."),
    ("en", "Father has PR, mother wants to relocate with child to Spain. Set out the legal test, the leading authorities and how the court weighs the options — concise but rigorous."),
    ("de-DE", "Verjährung: Werklohnforderung fällig 15.11.2021, Mahnbescheid beantragt 20.12.2024, zugestellt 10.02.2025. Verjährt? §§ 195, 199, 204 BGB, 167 ZPO Schritt für Schritt."),
    ("fr-FR", "Licenciement notifié le 3 mars, salarié saisit les prud'hommes 13 mois plus tard pour contester la cause réelle et sérieuse. Prescription ? Raisonne article par article."),
    ("es-ES", "Deudor declarado en concurso tras embargo trabado pero antes de la subasta: ¿puede seguir la ejecución singular? Analiza el TRLC paso a paso."),
    ("it-IT", "Decreto ingiuntivo notificato il 5 gennaio, opposizione depositata il 16 febbraio: tempestiva? Considera la sospensione feriale e spiega."),
    ("pl-PL", "Nakaz zapłaty doręczony przez awizo 2x, dłużnik był za granicą. Jakie środki ma i w jakim terminie? Przeanalizuj krok po kroku."),
    ("ja-JP", "時効の完成猶予と更新の違いを、内容証明郵便の送付後6か月以内に訴訟提起した事例に当てはめて説明して"),
    ("zh-CN", "合同约定仲裁条款但一方先向法院起诉，另一方应诉答辩后又主张仲裁，法院如何处理？请分步分析"),
    ("ru-RU", "Ответчик зарегистрирован в одном регионе, договор исполнялся в другом, есть договорная подсудность в третьем. Где подавать иск? Разбери по АПК."),
    ("en", "Client paid £12k cash into client account, asks us to transfer it to a third party in Dubai next day, then abort the matter. What are our AML obligations and reporting options? Be precise."),
    ("en", "Is an email chain 'subject to contract' capable of forming a binding settlement if both sides then perform? Analyse with authorities and competing arguments."),
    ("nl-NL", "Huurder betaalt 3 maanden niet, verhuurder wil ontbinden en ontruimen. Welke stappen, termijnen en verweren? Analyseer kort maar volledig."),
    ("pt-BR", "Prazo para apelação com feriado local e suspensão de expediente no último dia: como se conta no CPC/2015? Passo a passo."),
    ("en", "Equity release lender refuses consent to a lease of the flat. Buyer wants to exchange anyway with a condition. Draft the risk analysis and a workable condition."),
    ("ar-SA", "عقد عمل محدد المدة جُدد ثلاث مرات ثم أُنهي دون سبب؛ هل يتحول إلى غير محدد المدة وما التعويض؟ حلّل خطوة بخطوة."),
    ("en", "Warrant of control executed; goods seized include a van jointly owned with the debtor's partner. How does the partner claim, and what happens to the proceeds? Step by step."),
    ("ko-KR", "가압류 후 본안소송에서 일부 승소한 경우 가압류 범위와 손해배상 책임을 단계별로 분석해줘"),
    ("en", "Spouse visa: sponsor self-employed 8 months, previous employed income 18 months. Which Appendix FM-SE category applies and can they meet £29,000? Reason carefully."),
    ("tr-TR", "İtirazın iptali davasında icra inkar tazminatı şartları nelerdir? Alacak likit değilse sonuç? Adım adım analiz et."),
]


def long_filler_bundle(r, n):
    docs = ["Claim form", "Particulars of Claim", "Defence", "Reply", "Order (CMC)", "Disclosure list", "Expert report", "Joint statement",
            "Schedule of loss", "Counter-schedule", "Correspondence", "Invoice", "Delivery note", "Minutes of meeting", "Site photos"]
    return "\n".join(f"{i}. {r.choice(docs)} — {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/20{r.randint(19, 25)} — pp {10 * i}-{10 * i + r.randint(2, 9)}"
                     for i in range(1, n + 1))


def long_filler_statute(r, n):
    lines = ["The court may make such order as it thinks fit.", "A notice under this section must be in writing.",
             "Nothing in this section affects any other power of the court.", "This section applies whether the agreement was made before or after commencement.",
             "In this Part 'relevant date' means the date on which the application is made.", "The Lord Chancellor may by regulations amend the sums in subsection (2).",
             "Where the landlord fails to comply, the tenant may apply to the county court.", "Any provision purporting to exclude this section is void."]
    return "\n".join(f"({i}) {r.choice(lines)}" for i in range(1, n + 1))


def long_filler_letter(r, n):
    paras = ["We refer to previous correspondence in this matter and to the telephone conversation between our respective offices.",
             "Our client maintains its position as set out in the letter of response and reserves all rights.",
             "We note that disclosure remains outstanding and invite you to provide it within 14 days.",
             "The costs budget will need to be revised in light of the additional expert evidence.",
             "We have no instructions to agree the proposed extension at this stage but will revert.",
             "Please ensure that any further correspondence is marked for the attention of the litigation department."]
    return "\n\n".join(r.choice(paras) for _ in range(n))


LONG_EASY_ASKS = [
    ("en", "renumber this index consecutively and give it back as a table"),
    ("en", "fix spelling only, don't change anything else"),
    ("en", "convert this to CSV with columns no, document, date, pages"),
    ("en", "count how many entries are 'Invoice'"),
    ("en", "put the dates in DD Month YYYY format"),
    ("en", "make it bullet points"),
    ("de-DE", "bitte nur Tippfehler korrigieren"),
    ("fr-FR", "mets ça sous forme de liste à puces"),
    ("es-ES", "pásalo a tabla, nada más"),
    ("it-IT", "traduci in italiano, stile semplice"),
    ("pl-PL", "przepisz jako listę punktowaną"),
    ("ja-JP", "日本語に翻訳して（そのままの構成で）"),
    ("zh-CN", "翻译成中文，保持格式"),
    ("pt-BR", "só corrija a formatação"),
    ("ru-RU", "просто переведи на русский"),
    ("nl-NL", "zet dit in een tabel"),
]
LONG_HARD_ASKS = [
    ("en", "Compare the two witness accounts below paragraph by paragraph, identify every inconsistency, assess which is more credible with reasons, and draft cross-examination questions for each weak point."),
    ("en", "From these clauses and letters, work out whether the termination was valid, which notice provision governs, the damages position, and draft the skeleton argument headings with supporting points."),
    ("en", "Build a full chronology from the bundle, identify the limitation issues for each cause of action, and advise which claims survive."),
    ("en", "Reconcile the completion statement figures with the correspondence, find the discrepancy, and explain the SDLT consequences of each possible correction."),
    ("de-DE", "Prüfe die folgenden Klauseln auf Wirksamkeit nach §§ 305 ff. BGB, bilde die Rangfolge bei Widersprüchen und entwirf eine Klageerwiderung in Grundzügen."),
    ("fr-FR", "Analyse ces pièces, établis la chronologie, identifie les moyens de nullité de la procédure et rédige le plan des conclusions."),
    ("es-ES", "Analiza estas cláusulas y cartas, determina la validez de la resolución, calcula los daños y redacta el esquema de la demanda."),
    ("ja-JP", "以下の条項と書簡を分析し、解除の有効性、損害賠償の範囲、反論の構成を段階的に検討して答弁書の骨子を作成して"),
    ("zh-CN", "分析以下条款与往来函件，判断解除是否有效、违约责任范围，并拟定答辩状提纲，逐步说明理由"),
    ("pl-PL", "Przeanalizuj klauzule i korespondencję, oceń skuteczność wypowiedzenia, oblicz odszkodowanie i przygotuj szkic odpowiedzi na pozew."),
    ("ru-RU", "Проанализируй пункты договора и переписку: действительно ли расторжение, какой порядок уведомления применим, размер убытков, и набросай структуру отзыва на иск."),
    ("it-IT", "Analizza clausole e lettere, valuta la validità del recesso, quantifica il danno e prepara lo schema della comparsa di risposta."),
]


def build_complexity(rng):
    r = rng
    recs = []
    sysmsgs = ["You are a legal drafting assistant. Do not give legal advice.", "You help a law firm's fee earners.", "You support a legal aid caseworker.",
               "You are a litigation support assistant."]

    def body_of(text, sysm=True):
        msgs = ([{"role": "system", "content": r.choice(sysmsgs)}] if sysm and r.random() < 0.6 else []) + [{"role": "user", "content": text}]
        return {"model": r.choice(["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto"]), "messages": msgs}

    for i in range(48):
        lang, q = SHORT_SIMPLE[i % len(SHORT_SIMPLE)]
        if i >= len(SHORT_SIMPLE):
            q = r.choice(["quick q: ", "pls ", "", "hi — "]) + q
        recs.append(("short_simple", 0, False, lang, "simple/lookup", body_of(q)))
    for i in range(48):
        lang, q = SHORT_HARD[i % len(SHORT_HARD)]
        if i >= len(SHORT_HARD):
            q = r.choice(["Trainee question, need a proper answer: ", "Partner wants this by 4pm: ", "Counsel asked: "]) + q
        recs.append(("short_hard", 1, True, lang, "analysis/short", body_of(q)))
    for i in range(48):
        lang, q = LONG_EASY_ASKS[i % len(LONG_EASY_ASKS)]
        filler = [long_filler_bundle, long_filler_statute, long_filler_letter][i % 3]
        n = {0: 45, 1: 40, 2: 14}[i % 3]
        text = ""
        tries = 0
        while len(text) < 1500 and tries < 5:
            text = filler(r, n + 10 * tries)
            tries += 1
        content = r.choice([f"{q}\n\n{text}", f"{text}\n\n{q}"])
        if len(content) < 1500:
            raise Abort("long_easy too short")
        recs.append(("long_easy", 0, True, lang, f"reformat/{filler.__name__[12:]}", body_of(content)))
    for i in range(48):
        lang, q = LONG_HARD_ASKS[i % len(LONG_HARD_ASKS)]
        if i % 3 == 0:
            a = "\n".join(f"{k}. " + r.choice(["I arrived at about 7pm and the gate was already open.", "I did not see anyone leave the yard.",
                                              "The van was parked facing the road with its lights off.", "I phoned the office at 7.15pm.",
                                              "The supervisor told me the alarm had been faulty for a week.", "I left at around 8pm."]) for k in range(1, 14))
            b = "\n".join(f"{k}. " + r.choice(["I locked the gate at 6.30pm as usual.", "The alarm was tested on Monday and worked.",
                                              "I saw the claimant's van arrive shortly after 8pm.", "No one called the office that evening.",
                                              "The lights in the yard were on a timer until 10pm.", "I was on site until 9pm."]) for k in range(1, 14))
            doc = f"STATEMENT 1 (Witness A)\n{a}\n\nSTATEMENT 2 (Witness B)\n{b}"
        elif i % 3 == 1:
            doc = ("CLAUSES\n" + long_filler_statute(r, 12) + "\n14.1 Either party may terminate on 30 days' written notice.\n"
                   "14.2 The Supplier may terminate immediately for non-payment exceeding 14 days.\n22.3 Notices by email are effective the next Business Day.\n"
                   "\nLETTERS\n" + long_filler_letter(r, 5) + "\n\nEmail of 3 March: 'We hereby terminate with immediate effect for late payment.'\n"
                   "Invoice 118 due 10 Feb, paid 27 Feb; invoice 121 due 12 Mar, unpaid.")
        else:
            doc = "BUNDLE\n" + long_filler_bundle(r, 30) + "\n\nKEY EVENTS: accident 2019; first letter of claim 2021; standstill agreement 2022 (6 months); claim issued 2025."
        content = f"{q}\n\n{doc}"
        recs.append(("long_hard", 1, False, lang, "analysis/long", body_of(content)))
    r.shuffle(recs)
    out = []
    for n, (c, lab, adv, lang, style, body) in enumerate(recs, 1):
        if c == "long_easy":
            assert len(body["messages"][-1]["content"]) >= 1500
        out.append({"id": f"{SPLIT}-cx-{n:04d}", "category": c, "label": lab, "length_adversarial": adv, "endpoint": "chat",
                    "lang": lang, "style": style, "body": body})
    return out


# --------------------------------------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20260811)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    try:
        W = World(rng)
        pii, inc = build_pii(W, a.seed)
        cx = build_complexity(random.Random(a.seed + 1))
    except Abort as e:
        print(f"ABORT: {e}", file=sys.stderr)
        return 2
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as fh:
        for rec in pii:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as fh:
        for rec in cx:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    print(f"frozen words: {len(FROZEN)}; pool entries dropped by the freeze: {sum(FREEZE_STATS.values())} "
          f"(by pool: {dict(sorted(FREEZE_STATS.items()))})")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, {len({x['lang'] for x in pii})} locales, "
          f"incidental {inc}, endpoints {dict(collections.Counter(x['endpoint'] for x in pii))}")
    print("  categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(x["style"].split(" · ")[0] for x in pii).items())))
    print(f"complexity: {len(cx)} records, {dict(sorted(collections.Counter(x['category'] for x in cx).items()))}, "
          f"adversarial {sum(x['length_adversarial'] for x in cx)}, label1 {sum(x['label'] for x in cx)}, "
          f"{len({x['lang'] for x in cx})} language tags")
    return 0


if __name__ == "__main__":
    sys.exit(main())
