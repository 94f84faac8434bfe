#!/usr/bin/env python3
"""Sinter: a blind evaluation split for the request signals, organised by the world of EDUCATION.

Writes bench/data/signals/pii_sinter.jsonl and bench/data/signals/complexity_sinter.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind. Its author read only the split brief, the first 70 lines of bench/make_delta_signal_sets.py
    (record schema and label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl.
    Not read: the detector, the complexity scorer, tests, the evaluator, results, RESULTS.md, policies, docs,
    README, other generators, git history or commit messages. The other generators' sources are only scanned
    automatically at run time (``frozen_words``): every name, street stem, town, school stem, public-figure and
    fictional-character pool entry that shares a word (or a non-ASCII bigram) with that scan is dropped and the
    pool is refilled from invented, locale-typical parts (capped retries, re-checked). Generic designators
    that every address / school name needs (Street, Road, School, rue, ul., caddesi, 路, ...; the GENERIC set
    below) are not part of the check; only the proper-name parts are. This file skips itself in the scan.

Organising principle and the line drawn
    EDUCATION: schools, universities, admissions offices, student services, exam boards, tutoring, school
    transport and parent communication, as written by teachers, registrars, parents, students, admissions
    officers, school nurses, bus coordinators, bursars and tutors in 20 locales (Latin, Cyrillic, Greek,
    Arabic, Hebrew, Devanagari, Thai, Han, Kana and Hangul scripts). Nine kinds are the categories:
    admissions, enrolment, exams, fees, student_services, transport, parent_comms, tutoring, records.
    Sensitive records use ``<kind>``, benign hard negatives of the same kind ``<kind>_benign``.

    Personal data (sensitive): anything that identifies or reaches a private individual of that world --
    a pupil, applicant, parent, teacher named in a private message, tutor working as a sole trader: names
    (a first name with a relation or class cue counts, because in a school a first name plus a class
    identifies a child), birth dates, home addresses, private phones and e-mails, national / tax / health
    numbers, bank and card numbers, hospital record numbers, a student's public IP in a login log.
    Not personal (benign): historical and public educators, scientists and authors in their public role,
    eponyms (a method, a scholarship, a theorem named after someone), fictional characters used in lessons,
    the institution's own contact data (role mailboxes, switchboards, registered office, the school's own
    bank account for fee payments), documentation / test values (example.com, RFC 5737 addresses, payment
    test cards), reference numbers that look like identifiers (centre numbers, paper codes, course codes,
    bus route and invoice numbers, ISBNs), blank forms with placeholders, aggregated statistics and texts
    already anonymised ("Student A").

Labels
    ``entities`` (dicts with "type" and "value") are computed by searching every string of the body (JSON
    strings inside tool arguments parsed, base64 file parts decoded, URLs unquoted) for every value the
    record issued; ``sensitive`` is true iff entities is non-empty (asserted, both ways, per template).
    Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID,
    HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (value: the account
    number, routing number in "routing"), MEDICAL_RECORD. Student/citizen numbers (PESEL, CURP, BSN, AMKA,
    TCKN, RRN, resident ID, Aadhaar, My Number, teudat zehut, NIR, Saudi ID) are NATIONAL_ID; taxpayer
    numbers (ITIN, UTR, Steuer-ID, RFC, CPF, codice fiscale, INN, PAN, AFM) TAX_ID; NHS and IMSS numbers
    HEALTH_INSURANCE. Complexity: label 1 = needs a strong model (short_hard, long_hard), 0 otherwise;
    length_adversarial for short_hard and long_easy; long_easy prompts are >= 1,500 characters.

Contents (seed 20260917; the run prints these counts)
    pii_sinter.jsonl: 504 requests (9 kinds x 56: 32 sensitive + 24 benign), 288 sensitive / 216 benign,
    20 locales, 36 sensitive records carry a single incidental item; about 10% on the completions endpoint;
    the document rotates over user / system / assistant-echo / tool-result messages, text and base64 file
    content parts, tool-call arguments, tool schemas, response_format json_schema and the ``user`` field.
    Entity values: person 451, PHONE_NUMBER 188, EMAIL_ADDRESS 200, DATE_OF_BIRTH 187, STREET_ADDRESS 109,
    NATIONAL_ID 37, TAX_ID 40, HEALTH_INSURANCE 30, MEDICAL_RECORD 39, IP_ADDRESS 31, CREDIT_CARD 14, IBAN_CODE 15,
    ssn 9, US_BANK_NUMBER 6 (part of the student_services / exams / fees / records records are drawn from the
    locales that have health numbers, SSNs and US bank accounts).
    complexity_sinter.jsonl: 192 chat requests, 48 per category (short_simple, long_easy, short_hard,
    long_hard), 96 length-adversarial, 96 labelled 1, 17 language tags.
    Freeze: 455 pool candidates were dropped and refilled; of the public-figure / eponym candidates 26 of 76
    survived, of the fictional characters 12 of 50.

Validation
    Every identifier is generated with its check digits and validated with python-stdnum (Luhn via
    stdnum.luhn for cards, IMSS NSS, Saudi ID and hospital MRNs); every phone number is validated with
    ``phonenumbers`` for its region (fictional 555 numbers and the library's example numbers rejected);
    IPs must be globally routable and outside documentation ranges. Any invalid value aborts the run; every
    retry loop is capped.

Command (deterministic; byte-identical output for a given seed)
    python bench/make_sinter_signal_sets.py [--seed N] [--out bench/data/signals]
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
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gb import utr as gb_utr
from stdnum.gr import amka as gr_amka
from stdnum.gr import vat as gr_vat
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp
from stdnum.mx import rfc as mx_rfc
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import itin as us_itin
from stdnum.us import rtn as us_rtn
from stdnum.us import ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "sinter"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma lunette coquina hamada flysch regolith sinter tufa scarp").split()
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


def is_free(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    prev = None
    for t in toks:
        if t in FROZEN:
            return False
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in FROZEN:
                return False
            prev = t
        else:
            prev = None
    # hyphen/apostrophe forms as the capitalised-word scan sees them
    for m in re.finditer(r"\b[A-Z][A-Za-z'\-]+", entry):
        if m.group(0).lower() in FROZEN:
            return False
    return True


class Abort(SystemExit):
    pass


def die(msg):
    raise Abort(f"ABORT: {msg}")


R = random.Random(0)  # re-seeded in main


def pick(seq):
    return seq[R.randrange(len(seq))]


def build_pool(name, candidate_fn, want, cap=4000, minimum=8):
    out, seen = [], set()
    tries = 0
    while len(out) < want and tries < cap:
        tries += 1
        c = candidate_fn()
        if c in seen:
            continue
        seen.add(c)
        if is_free(c):
            out.append(c)
        else:
            FREEZE_STATS[name] += 1
    if len(out) < minimum:
        die(f"pool {name} too small after freeze ({len(out)})")
    return out


def list_or_compose(lst, pre, suf, p_list=0.5):
    def fn():
        if lst and R.random() < p_list:
            return pick(lst)
        return pick(pre) + pick(suf)
    return fn


# ----------------------------------------------------------------------------------------------------------
# Locales
# ----------------------------------------------------------------------------------------------------------
GENERIC = set("""street st road rd lane ln avenue ave drive dr court ct close way apartments flat nagar
school college academy university primary secondary high middle elementary grammar community institute
gesamtschule grundschule gymnasium realschule straße strasse collège lycée école rue des de la du le
escuela secundaria primaria colegio calle col colonia escola estadual municipal rua bairro istituto
comprensivo liceo via scuola basisschool lyceum straat szkoła podstawowa liceum ul ulica okulu ortaokulu
lisesi mah sok caddesi no школа гимназия лицей ул д кв""".split())

LOCALES = {}


def L(code, **kw):
    LOCALES[code] = kw


L("en-US", region="US", datefmt="%m/%d/%Y", order="gf", mails=["gmail.com", "yahoo.com", "icloud.com", "aol.com"],
  gp=["Bren", "Cal", "Dar", "Jes", "Kay", "Lor", "Mar", "Tre", "Sha", "Bry", "Kor", "Ty", "Jax", "Mak"],
  gs=["lyn", "den", "iah", "son", "ette", "ley", "ton", "ella", "ric", "anne", "enna", "ayla"],
  fp=["Hol", "Whit", "Brad", "Cran", "Fair", "Ash", "Ken", "Pem", "Stod", "Gar", "Lind", "Mer"],
  fs=["ridge", "comb", "dell", "ford", "wick", "ery", "ington", "shaw", "hurst", "berry", "well", "strom"],
  sp=["Sycam", "Birch", "Cedar", "Maple", "Quail", "Tamar", "Hick", "Wren", "Alder", "Juni"],
  ss=["ore", "wood", "hollow", "crest", "run", "ack", "ory", "haven", "brook", "per"],
  tp=["Clar", "Ever", "Lake", "Spring", "Gran", "Bell", "Oak", "Red"], ts=["ksville", "ton", "field", "dale", "view", "mont", "haven"],
  street=lambda s, n: f"{n} {s} {pick(['Ave', 'St', 'Dr', 'Ct', 'Lane'])}, {T()}, {pick(['OH', 'TX', 'GA', 'MN', 'AZ', 'NC'])} {R.randint(10000, 99999)}",
  school=lambda s: f"{s} {pick(['Middle School', 'Elementary', 'High School', 'Community College'])}",
  lab=dict(name="Student name", dob="DOB", addr="Home address", phone="Phone", email="Email", parent="Parent/guardian",
           student="Student", grade="Grade", hi="Hi", thx="Thanks", absent="{c} will be out today, fever since last night.",
           ask=["can you clean this up", "summarize for the counselor"]))
L("en-GB", region="GB", datefmt="%d/%m/%Y", order="gf", mails=["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com"],
  gp=["Im", "Fre", "Alf", "Edi", "Ros", "Wil", "Theo", "Hen", "Flo", "Pip", "Arch", "Mab"],
  gs=["ogen", "die", "ie", "bel", "lind", "ric", "dora", "na", "ra", "lyn", "ella", "ian"],
  fp=["Pen", "Tre", "Hart", "Bram", "Ald", "Thorn", "Cot", "Mars", "Wend", "Bur", "Pid", "Sel"],
  fs=["worth", "gove", "ley", "ham", "ridge", "ton", "field", "cote", "bury", "well", "combe", "stow"],
  sp=["Hazel", "Rook", "Foxg", "Sorrel", "Linn", "Badg", "Cow", "Hawth", "Blen", "Kings"], ss=["mere", "ery", "love", "bank", "et", "er", "slip", "orn", "heim", "gate"],
  tp=["Ash", "Market", "Long", "Nether", "Bis", "Cold"], ts=["bourne", "ton", "by", "ford", "wick", "cester", "stoke"],
  street=lambda s, n: f"{n} {s} {pick(['Road', 'Close', 'Lane', 'Way'])}, {T()} {pick('BLMNS')}{pick('ELNRT')}{R.randint(1, 19)} {R.randint(1, 9)}{pick('ABDEFHJ')}{pick('LNPQRTUW')}",
  school=lambda s: f"{s} {pick(['Primary School', 'Academy', 'Community School', 'Grammar School'])}",
  lab=dict(name="Pupil name", dob="Date of birth", addr="Address", phone="Tel", email="Email", parent="Parent/carer",
           student="Pupil", grade="Year group", hi="Hiya", thx="Many thanks", absent="{c} is off poorly today, tummy bug.",
           ask=["tidy this up pls", "summarise for SLT"]))
L("en-IN", region="IN", datefmt="%d-%m-%Y", order="gf", mails=["gmail.com", "rediffmail.com", "yahoo.co.in"],
  gp=["Anu", "Ish", "Vir", "Kav", "Pra", "Sur", "Nand", "Aar", "Tan", "Dev", "Hri", "Sam"],
  gs=["ika", "aan", "esh", "ita", "ansh", "ya", "ini", "av", "vi", "raj", "vika", "arth"],
  fp=["Kul", "Raj", "Sub", "Nar", "Bal", "Venk", "Chand", "Par", "Mad", "Hari", "Sesh", "Gop"],
  fs=["karni", "gopal", "ramanian", "ayan", "atesan", "rasekhar", "ekar", "havan", "dasan", "achari", "anna", "urkar"],
  sp=["Gulmo", "Ashok", "Kadam", "Nee", "Pali", "Sarva", "Tula", "Amal", "Champa", "Kesar"], ss=["har", "vihar", "bagh", "kunj", "puram", "leela", "si", "tas", "kali", "wadi"],
  tp=["Rampur", "Sona", "Bhav", "Kanak", "Deva"], ts=["gaon", "nagar", "pur", "abad", "palli"],
  street=lambda s, n: f"Flat {n}, {s} Apartments, {T()} {R.randint(110001, 699999)}",
  school=lambda s: f"{s} {pick(['Public School', 'Vidyalaya', 'Convent School', 'International School'])}",
  lab=dict(name="Name of student", dob="D.O.B", addr="Residential address", phone="Mobile", email="Email ID",
           parent="Father/Guardian", student="Student", grade="Std.", hi="Respected Sir/Madam", thx="Thanking you",
           absent="Kindly grant leave to {c} as the child is suffering from viral fever.",
           ask=["kindly format this", "please prepare reply"]))
L("de-DE", region="DE", datefmt="%d.%m.%Y", order="gf", mails=["web.de", "gmx.de", "t-online.de", "posteo.de"],
  gp=["Hel", "Wal", "Lot", "Ans", "Rein", "Ul", "Frie", "Jo", "Ma", "Wie", "Ger", "Hil"],
  gs=["mar", "trud", "hild", "win", "gard", "rike", "lind", "bert", "ke", "da", "munde", "old"],
  fp=["Ober", "Brenn", "Kalt", "Stein", "Wieder", "Mühl", "Hoh", "Sattel", "Kürn", "Brack", "Tann", "Hasel"],
  fs=["hagen", "reuther", "bichler", "meier", "wald", "egger", "berger", "huber", "gruber", "lechner", "bauer", "rieder"],
  sp=["Holunder", "Schlehen", "Amsel", "Kirschgarten", "Wiesel", "Mühlbach", "Eichhörnchen", "Sonnen", "Lerchen", "Ginster"], ss=["", "weg", "hof", "steig", "anger"],
  tp=["Nieder", "Ober", "Alt", "Kirch", "Bad "], ts=["wiesenbach", "lindenau", "hausen", "dorf", "feld", "brunn"],
  street=lambda s, n: f"{s}straße {n}, {R.randint(10000, 99999)} {T()}",
  school=lambda s: f"{pick(['Grundschule', 'Gesamtschule', 'Gymnasium', 'Realschule'])} {s}",
  lab=dict(name="Name des Kindes", dob="Geburtsdatum", addr="Anschrift", phone="Telefon", email="E-Mail",
           parent="Erziehungsberechtigte/r", student="Schüler/in", grade="Klasse", hi="Hallo", thx="Viele Grüße",
           absent="{c} ist heute krank und kann leider nicht in die Schule kommen.",
           ask=["Bitte fass das kurz zusammen", "Formuliere bitte eine freundliche Antwort"]))
L("fr-FR", region="FR", datefmt="%d/%m/%Y", order="gf", mails=["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
  gp=["Ma", "Lou", "Cl", "Aur", "Gas", "Élo", "Bap", "Sol", "Fau", "Capu", "Ysé", "Mael"],
  gs=["xence", "ïse", "émence", "élien", "pard", "die", "tiste", "ène", "stine", "cine", "ys", "wenn"],
  fp=["Beau", "Dela", "Mont", "Char", "Le", "Ros", "Ver", "Fon", "Gra", "Bou", "Cha", "Dé"],
  fs=["champ", "croix", "fort", "pentier", "brun", "signol", "dier", "taine", "velle", "quet", "vignac", "rouède"],
  sp=["Genet", "Marnaud", "Chaumi", "Brous", "Cormi", "Favr", "Gravel", "Peyr", "Vergn", "Lauz"], ss=["ières", "elles", "ettes", "ailles", "onnières", "audes"],
  tp=["Vauch", "Montbr", "Roch", "Chaz", "Brev", "Ferr", "Lanv", "Sorg"], ts=["ignac", "euil", "elles", "ancourt", "ouville", "ergues"],
  street=lambda s, n: f"{n} rue des {s}, {R.randint(10000, 95999)} {T()}",
  school=lambda s: f"{pick(['Collège', 'Lycée', 'École élémentaire'])} {s}",
  lab=dict(name="Nom de l'élève", dob="Date de naissance", addr="Adresse", phone="Tél.", email="Courriel",
           parent="Responsable légal", student="Élève", grade="Classe", hi="Bonjour", thx="Cordialement",
           absent="{c} est malade aujourd'hui et ne pourra pas venir en cours.",
           ask=["Peux-tu résumer ça", "Rédige une réponse polie"]))
L("es-MX", region="MX", datefmt="%d/%m/%Y", order="gf", mails=["hotmail.com", "outlook.com", "gmail.com", "prodigy.net.mx"],
  gp=["Xi", "Yol", "Itz", "Mar", "Ro", "Fer", "Ari", "Lu", "Ne", "Sal", "Xo", "Eli"],
  gs=["mena", "anda", "el", "isol", "sendo", "nanda", "adna", "pita", "stor", "vador", "chitl", "seo"],
  fp=["Cas", "Vill", "Orte", "Mend", "Car", "Bus", "Santi", "Ala", "Zep", "Tre", "Ocam", "Quir"],
  fs=["tañeda", "arreal", "ga", "ívil", "rasco", "tamante", "báñez", "rcón", "eda", "viño", "po", "arte"],
  sp=["Tlaxo", "Cuaxi", "Ahui", "Tepo", "Xochi", "Mazat", "Ocoy", "Tzin", "Chima", "Huitz"], ss=["tla", "lco", "zotla", "cingo", "tepec", "apan"],
  tp=["Tlal", "Zaca", "Ocot", "Tehu", "Amea", "Cuitz", "Tepez", "Xalo"], ts=["puente", "tepec", "lán", "ixtla", "lco", "eo"],
  street=lambda s, n: f"Calle {s} {n}, Col. {pick(LOCPOOL['es-MX']['stem'])}, C.P. {R.randint(10000, 99999)}, {T()}",
  school=lambda s: f"{pick(['Escuela Secundaria', 'Escuela Primaria', 'Colegio'])} {s}",
  lab=dict(name="Nombre del alumno", dob="Fecha de nacimiento", addr="Domicilio", phone="Tel.", email="Correo",
           parent="Padre/madre o tutor", student="Alumno(a)", grade="Grado y grupo", hi="Buenas tardes maestra", thx="Saludos",
           absent="{c} no va a ir hoy porque amaneció con calentura.", ask=["Resume esto porfa", "Ayúdame a contestar este mensaje"]))
L("pt-BR", region="BR", datefmt="%d/%m/%Y", order="gf", mails=["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
  gp=["Rai", "Thal", "Kau", "Ya", "Lu", "Dav", "Ge", "Ia", "Jo", "Ben", "Ana", "Ítal"],
  gs=["ssa", "ita", "ã", "smin", "ana", "izão", "ovana", "ra", "elma", "to", "lice", "o"],
  fp=["Albu", "Carva", "Nasci", "Sobra", "Mace", "Figuei", "Guima", "Bezer", "Cavalc", "Tei", "Mou", "Bra"],
  fs=["querque", "lhais", "mento", "l", "do", "redo", "rães", "ra", "anti", "xeira", "rão", "ndão"],
  sp=["Ipora", "Jacui", "Itaqu", "Buri", "Caraú", "Piraj", "Guaja", "Moqué"], ss=["tinga", "ba", "era", "tama", "çu", "una"],
  tp=["Itapo", "Jacu", "Tabati", "Ibira", "Caju", "Guara", "Piraqu", "Ubaja"], ts=["rã", "ípe", "nga", "quera", "ru", "tiba"],
  street=lambda s, n: f"Rua {s}, {n} - {pick(['Centro', 'Jd. Primavera', 'Vila Nova'])}, {T()} - {pick(['SP', 'MG', 'BA', 'PR'])}, {R.randint(10000, 99999)}-{R.randint(100, 999)}",
  school=lambda s: f"{pick(['Escola Estadual', 'Escola Municipal', 'Colégio'])} {s}",
  lab=dict(name="Nome do aluno", dob="Data de nascimento", addr="Endereço", phone="Telefone", email="E-mail",
           parent="Responsável", student="Aluno(a)", grade="Série/turma", hi="Boa tarde, professora", thx="Atenciosamente",
           absent="{c} não vai hoje, acordou com febre.", ask=["Resume isso pra mim", "Me ajuda a responder essa mensagem"]))
L("it-IT", region="IT", datefmt="%d/%m/%Y", order="gf", mails=["libero.it", "virgilio.it", "alice.it", "tiscali.it"],
  gp=["Gia", "Lud", "Or", "Ame", "Sav", "Cor", "Ippo", "Bea", "Fede", "Ott", "Ser", "Vit"],
  gs=["como", "ovica", "nella", "deo", "erio", "rado", "lita", "trice", "rica", "avio", "afino", "toria"],
  fp=["Bel", "Fer", "Mon", "Cas", "Lom", "Del", "Gual", "Spa", "Tor", "Ros", "Pic", "Zan"],
  fs=["landi", "rigno", "tanari", "telli", "bardi", "tieri", "davento", "ricelli", "setti", "cinini", "nardi", "occhi"],
  sp=["Ferra", "Castagn", "Morell", "Gelson", "Pratol", "Cerbai", "Vallon", "Fontan"], ss=["ina", "eto", "ara", "ello", "uzzo", "ola"],
  tp=["Castelv", "Montel", "Roccav", "Pietrab", "Serrav", "Borgof", "Torrec", "Villan"], ts=["itaglio", "ranco", "uzzo", "ondi", "enna", "iore"],
  street=lambda s, n: f"Via {s} {n}, {R.randint(10010, 98199)} {T()}",
  school=lambda s: f"{pick(['Istituto Comprensivo', 'Liceo Scientifico', 'Scuola Primaria'])} {s}",
  lab=dict(name="Nome alunno/a", dob="Data di nascita", addr="Indirizzo", phone="Tel.", email="E-mail",
           parent="Genitore/tutore", student="Alunno/a", grade="Classe", hi="Buongiorno", thx="Cordiali saluti",
           absent="{c} oggi resta a casa perché ha la febbre.", ask=["Riassumi per favore", "Scrivi una risposta gentile"]))
L("nl-NL", region="NL", datefmt="%d-%m-%Y", order="gf", mails=["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"],
  gp=["Ma", "Ja", "Wou", "Fem", "Sie", "Lie", "Ties", "Bas", "Noor", "Jor", "Fen", "Hid"],
  gs=["rit", "sper", "ter", "ke", "mon", "je", "tiaan", "tje", "is", "na", "de", "ske"],
  fp=["van der Wie", "de Koo", "van Berg", "ter Bleek", "Ver", "Oost", "Brou", "Vos", "Hoog", "Mees", "van Hout", "de Mole"],
  fs=["rda", "ijman", "huis", "man", "sma", "stra", "kamp", "ling", "laar", "horst", "veld", "brink"],
  sp=["Kievit", "Grutto", "Wilgen", "Boterbloem", "Karekiet", "Fuut", "Meidoorn", "Pluimzegge", "Dotter", "Kwartel"], ss=["", "hof", "laan"],
  tp=["Oude", "Nieuw", "Groot", "Klein "], ts=["wetering", "dijk", "beek", "horst", "sluis"],
  street=lambda s, n: f"{s}straat {n}, {R.randint(1000, 9999)} {pick('ABDEGHJKLMNPRSTVWXZ')}{pick('ABDEGHJKLMNPRSTVWXZ')} {T()}",
  school=lambda s: f"{pick(['Basisschool', 'Lyceum', 'Scholengemeenschap'])} {s}",
  lab=dict(name="Naam leerling", dob="Geboortedatum", addr="Adres", phone="Tel.", email="E-mail", parent="Ouder/verzorger",
           student="Leerling", grade="Groep", hi="Hoi juf", thx="Groetjes", absent="{c} is vandaag ziek en blijft thuis.",
           ask=["Kun je dit samenvatten", "Schrijf een vriendelijk antwoord"]))
L("pl-PL", region="PL", datefmt="%d.%m.%Y", order="gf", mails=["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
  gp=["Zbi", "Jad", "Bo", "Ksa", "Mał", "Wie", "Sta", "Grze", "Ole", "Kor", "Ign", "Mil"],
  gs=["gniew", "wiga", "gusław", "wery", "gosia", "sława", "nisław", "gorz", "na", "nelia", "acy", "ena"],
  fp=["Wiśniew", "Grab", "Kowal", "Zielin", "Szym", "Wrób", "Dąbr", "Kaczm", "Paw", "Jabłoń", "Sob", "Krzy"],
  fs=["ski", "ska", "czyk", "owski", "ańska", "lewski", "arek", "iak", "ek", "owicz", "iec", "uła"],
  sp=["Jarzębin", "Kaszt", "Poziomk", "Wrzos", "Sasank", "Jemioł", "Czeremch", "Storczyk"], ss=["owa", "ińska", "kowa", "ecka"],
  tp=["Brzez", "Kamion", "Ostrow", "Zales", "Lipn", "Sędz", "Głusz", "Wierzb"], ts=["inka", "iec", "owo", "no", "ice", "ów"],
  street=lambda s, n: f"ul. {s} {n}/{R.randint(1, 40)}, {R.randint(10, 99)}-{R.randint(100, 999)} {T()}",
  school=lambda s: f"{pick(['Szkoła Podstawowa nr ' + str(R.randint(2, 40)), 'Liceum'])} im. {s}",
  lab=dict(name="Imię i nazwisko ucznia", dob="Data urodzenia", addr="Adres zamieszkania", phone="Tel.", email="E-mail",
           parent="Rodzic/opiekun prawny", student="Uczeń", grade="Klasa", hi="Dzień dobry", thx="Pozdrawiam",
           absent="{c} jest dziś chory/a i nie przyjdzie do szkoły.", ask=["Streść to proszę", "Napisz uprzejmą odpowiedź"]))
L("tr-TR", region="TR", datefmt="%d.%m.%Y", order="gf", mails=["hotmail.com", "yandex.com.tr", "gmail.com"],
  gp=["Ay", "Bur", "Cem", "Del", "Ece", "Gök", "Ilk", "Mert", "Öz", "Tuğ", "Ber", "Nes"],
  gs=["sel", "ak", "re", "han", "nur", "çe", "ay", "can", "lem", "ba", "rin", "il"],
  fp=["Kara", "Yıl", "Ak", "Demir", "Öz", "Çelik", "Ars", "Tun", "Kor", "Yaz", "Ulu", "Güç"],
  fs=["taş", "maz", "soy", "kaya", "türk", "göz", "lan", "bilek", "kmaz", "ıcıoğlu", "dağ", "er"],
  sp=["Çınar", "Menek", "Karan", "Ihla", "Sümb", "Arda", "Zakk", "Begon"], ss=["altı", "lık", "tepe", "yazı", "başı", "evler"],
  tp=["Yeni", "Eski", "Kara", "Akça", "Ulu", "Göl", "Sarı", "Kızıl"], ts=["köy", "pınar", "hisar", "ova", "dere", "yurt"],
  street=lambda s, n: f"{s} Mah. {pick(LOCPOOL['tr-TR']['stem'])} Sok. No:{n} D:{R.randint(1, 20)}, {T()}",
  school=lambda s: f"{s} {pick(['İlkokulu', 'Ortaokulu', 'Anadolu Lisesi'])}",
  lab=dict(name="Öğrencinin adı soyadı", dob="Doğum tarihi", addr="Adres", phone="Tel", email="E-posta", parent="Veli",
           student="Öğrenci", grade="Sınıf", hi="Merhaba hocam", thx="Saygılarımla",
           absent="{c} bugün ateşlendi, okula gelemeyecek.", ask=["Bunu özetler misin", "Veliye kibar bir cevap yaz"]))
L("ru-RU", region="RU", datefmt="%d.%m.%Y", order="fg", mails=["mail.ru", "yandex.ru", "bk.ru", "list.ru"],
  gp=["Вла", "Свя", "Ми", "Ян", "Ве", "Ар", "Зла", "Ни", "Та", "Яро", "Ев", "Ли"],
  gs=["дислав", "тослав", "лена", "ина", "ра", "кадий", "та", "кита", "исия", "слава", "гения", "дия"],
  fp=["Крас", "Бело", "Соко", "Воро", "Лебе", "Греб", "Дуб", "Мед", "Твер", "Кудр", "Жура", "Синиц"],
  fs=["нопёров", "усов", "ловский", "нцов", "дев", "енщиков", "ровин", "ведев", "дохлебов", "явцев", "влёв", "ын"],
  sp=["Рябин", "Черёмух", "Сирен", "Клюкв", "Снегир", "Бруснич", "Калин", "Ольх", "Жасмин", "Кедр"], ss=["овая", "ная", "ёвая", "евая", "ская"],
  tp=["Верх", "Ниж", "Ново", "Старо"], ts=["неозёрск", "некамск", "боровск", "ладожск", "сосенск"],
  street=lambda s, n: f"ул. {s}, д. {n}, кв. {R.randint(1, 180)}, г. {T()}",
  school=lambda s: f"{pick(['МБОУ СОШ №' + str(R.randint(3, 120)), 'Гимназия №' + str(R.randint(1, 40))])} «{s}»",
  lab=dict(name="ФИО ученика", dob="Дата рождения", addr="Адрес", phone="Тел.", email="Эл. почта",
           parent="Родитель/законный представитель", student="Ученик", grade="Класс", hi="Здравствуйте", thx="С уважением",
           absent="{c} сегодня заболел(а), в школу не придёт.", ask=["Сделай краткое резюме", "Помоги ответить родителю"]))
L("ar-SA", region="SA", datefmt="%d/%m/%Y", order="gf", mails=["gmail.com", "hotmail.com", "outlook.sa"],
  gl=["نوفل", "ثامر", "مؤيد", "رغد", "جود", "وعد", "لمى", "سديم", "أوس", "هتان", "ريناد", "غلا", "مشاعل", "بتول",
      "نواف", "شهد", "ميار", "دانة", "يزن", "رهف", "أريج", "حمدان", "ضاري", "عزام", "ليان", "تالا", "مهند", "جواهر"],
  gp=["عب", "نا", "سا", "ها", "ما", "را", "وا", "جا", "فا", "لا"], gs=["صر", "جد", "شد", "زن", "هر", "يف", "ضي", "كد", "مل", "تن"],
  fp=["الشم", "الزه", "العت", "القح", "الغا", "السب", "المط", "العن", "الرو", "الدو", "الخث", "البي"],
  fs=["راني", "يبي", "طاني", "مدي", "يعي", "يري", "زي", "يلي", "سري", "عمي", "لوي", "شي"],
  sp=["الري", "الور", "النخ", "الزه", "السو", "الفي", "المر", "الغد", "الرب", "السن"], ss=["حانية", "ديات", "لية", "راء", "سنة", "روزية"],
  tp=["الخر", "عني", "المجم", "راب", "الزل", "بيش", "القوي", "الدل", "المذ", "الرس"], ts=["ج", "زة", "عة", "غ", "في", "ة", "عية", "نب"],
  street=lambda s, n: f"شارع {n}، حي {s}، {T()}",
  school=lambda s: f"{pick(['مدرسة', 'ثانوية', 'متوسطة'])} {s}",
  lab=dict(name="اسم الطالب", dob="تاريخ الميلاد", addr="العنوان", phone="الجوال", email="البريد الإلكتروني",
           parent="ولي الأمر", student="الطالب", grade="الصف", hi="السلام عليكم أستاذة", thx="وشكرًا",
           absent="{c} اليوم مريض وما راح يداوم.", ask=["لخص هذا لو سمحت", "ساعدني أرد على ولي الأمر"]))
L("he-IL", region="IL", datefmt="%d.%m.%Y", order="gf", mails=["walla.co.il", "gmail.com", "012.net.il"],
  gl=["נועה", "איתי", "הדס", "עומרי", "תמר", "שירה", "אלון", "מעיין", "רועי", "נגה", "עידו", "ליאור", "אביגיל",
      "בארי", "צופיה", "הללי", "אופיר", "גפן", "ינון", "אגם", "יערה", "נריה", "שקד", "אלמוג"],
  gp=["אל", "עמ", "גל", "שי", "ני", "רו", "תו", "יה", "נו", "מי"], gs=["יה", "רי", "עד", "ית", "ני", "מה", "בל", "רן", "גב", "תם"],
  fp=["בן-", "רוזנ", "שטרנ", "גולד", "ליבר", "ויינ", "אבו", "קר"], fs=["שושן", "בלום", "פלד", "צור", "חיים", "ברג", "מן", "טל", "גל", "פלד"],
  sp=["הדק", "הרימ", "השק", "הצב", "הכלנ", "האל", "התאנ", "הגפ", "הסח", "הלוט"], ss=["לית", "ונים", "מונה", "עונית", "יות", "ון"],
  tp=["אלונ", "שקד", "רעות", "ארבל", "תמר", "יער", "נרק", "רקפ"], ts=["ים", "ה", "ית", "יה", "ון", "יאל"],
  street=lambda s, n: f"רחוב {s} {n}, {T()}",
  school=lambda s: f"{pick(['בית ספר', 'תיכון', 'חטיבת ביניים'])} {s}",
  lab=dict(name="שם התלמיד/ה", dob="תאריך לידה", addr="כתובת", phone="טלפון", email="מייל", parent="הורה/אפוטרופוס",
           student="תלמיד/ה", grade="כיתה", hi="היי המורה", thx="תודה", absent="{c} חולה היום ולא יגיע לבית הספר.",
           ask=["תסכם לי את זה", "תעזור לי לנסח תשובה"]))
L("hi-IN", region="IN", datefmt="%d/%m/%Y", order="gf", mails=["gmail.com", "rediffmail.com", "yahoo.in"],
  gp=["अनु", "विभु", "सुधा", "ऋत", "प्रिय", "नील", "हेम", "दिव", "मधु", "तरु", "कुमु", "सौर"],
  gs=["राज", "वर्धन", "मित्र", "लता", "रश्मि", "ज्योति", "केश", "मय", "प्रिया", "दत्त", "दिनी", "भ"],
  gl=[], fl=["गंगवार", "बघेल", "रावत", "डोभाल", "नेगी", "बिष्ट", "कठैत", "भंडारी", "पुरोहित", "सेमवाल", "उनियाल",
             "थपलियाल", "नौटियाल", "बहुगुणा", "ध्यानी", "कुकरेती", "रतूड़ी", "गैरोला", "डंगवाल", "चमोली"],
  fp=["कुक", "ध्या", "रतू", "नौटि", "थप", "उनि", "सेम", "डंग"], fs=["रेती", "नी", "ड़ी", "याल", "लियाल", "वाल", "वान"],
  sp=["गुल", "अशो", "कदं", "पला", "चं", "शिरी", "अमल", "हर", "केस", "मौल"], ss=["मोहर", "क", "ब", "श", "पा", "तास", "सिंगार", "श्री"],
  tp=["रामग", "सोन", "देव", "कनक"], ts=["ढ़", "पुर", "गढ़", "नगरी"],
  street=lambda s, n: f"मकान नं. {n}, {s} नगर, {T()} - {R.randint(110001, 499999)}",
  school=lambda s: f"{s} {pick(['विद्यालय', 'पब्लिक स्कूल', 'इंटर कॉलेज'])}",
  lab=dict(name="छात्र का नाम", dob="जन्म तिथि", addr="पता", phone="मोबाइल", email="ईमेल", parent="अभिभावक",
           student="छात्र", grade="कक्षा", hi="नमस्ते मैडम", thx="धन्यवाद", absent="{c} को आज बुखार है, स्कूल नहीं आ पाएगा।",
           ask=["इसका सारांश बना दो", "अभिभावक को जवाब लिखने में मदद करो"]))
L("ja-JP", region="JP", datefmt="%Y年%m月%d日", order="fg", sep=" ", mails=["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp", "gmail.com"],
  fp=["高", "松", "石", "森", "川", "中", "藤", "岡", "桜", "柳", "梅", "杉", "菅", "竹", "榎", "楠"],
  fs=["沢", "野", "田", "原", "本", "島", "崎", "谷", "井", "尾", "村", "橋", "瀬", "浦"],
  gp=["翔", "悠", "結", "葵", "陽", "蒼", "凛", "湊", "芽", "柚", "颯", "紬"], gs=["太", "斗", "人", "菜", "衣", "花", "真", "希", "音", "生", "羽", "李"],
  sp=["桜ヶ", "若葉", "緑", "青葉", "梅ノ", "光が", "東雲", "白鷺", "千鳥", "藤見"], ss=["丘", "台", "町", "原"],
  tp=["北", "南", "東", "西", "新"], ts=["浦和市", "松戸市", "柏原市", "豊岡市", "高槻市"],
  street=lambda s, n: f"{T()}{s}{n}丁目{R.randint(1, 30)}-{R.randint(1, 20)}",
  school=lambda s: f"{s}{pick(['小学校', '中学校', '高等学校'])}",
  lab=dict(name="児童氏名", dob="生年月日", addr="住所", phone="電話", email="メール", parent="保護者", student="児童",
           grade="学年・組", hi="お世話になっております", thx="よろしくお願いいたします", absent="{c}は発熱のため本日欠席します。",
           ask=["これを要約して", "保護者への返信文を作って"]))
L("ko-KR", region="KR", datefmt="%Y.%m.%d", order="fg", sep="", mails=["naver.com", "daum.net", "hanmail.net", "gmail.com"],
  fp=["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"], fs=[""],
  gp=["서", "윤", "지", "민", "하", "도", "예", "준", "수", "현", "채", "은"], gs=["태", "연", "우", "린", "율", "온", "슬", "빈", "아", "호", "원", "담"],
  sp=["햇살", "새솔", "푸른숲", "은행나무", "달빛", "솔샘", "가온", "한빛", "누리", "별빛"], ss=["로", "길"],
  tp=["가온", "새봄", "솔뫼", "한울", "늘품", "다온", "아라", "미르"], ts=["시", "군"],
  street=lambda s, n: f"{T()} {s} {n}, {R.randint(101, 120)}동 {R.randint(101, 1504)}호",
  school=lambda s: f"{s}{pick(['초등학교', '중학교', '고등학교'])}",
  lab=dict(name="학생 이름", dob="생년월일", addr="주소", phone="연락처", email="이메일", parent="보호자", student="학생",
           grade="학년/반", hi="선생님 안녕하세요", thx="감사합니다", absent="{c}가 열이 나서 오늘 결석합니다.",
           ask=["이거 요약해줘", "학부모 답장 초안 써줘"]))
L("zh-CN", region="CN", datefmt="%Y年%m月%d日", order="fg", sep="", mails=["qq.com", "163.com", "126.com", "sina.com"],
  fp=["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢"], fs=[""],
  gp=["子", "梓", "浩", "欣", "思", "沐", "语", "雨", "若", "一", "嘉", "锦"], gs=["涵", "轩", "宇", "怡", "辰", "晨", "桐", "泽", "溪", "诺", "懿", "程"],
  sp=["青藤", "云杉", "梧桐", "丹桂", "翠柳", "银杏", "紫荆", "海棠", "芙蓉", "香樟"], ss=["路", "街"],
  tp=["江苏省", "浙江省", "四川省"], ts=["云溪市", "桐庐镇", "青禾县", "松源市"],
  street=lambda s, n: f"{T()}{s}{n}号{R.randint(1, 30)}栋{R.randint(101, 2802)}室",
  school=lambda s: f"{s}{pick(['小学', '中学', '实验学校'])}",
  lab=dict(name="学生姓名", dob="出生日期", addr="家庭住址", phone="联系电话", email="邮箱", parent="家长", student="学生",
           grade="班级", hi="老师您好", thx="谢谢", absent="{c}今天发烧，请假一天。", ask=["帮我总结一下", "帮我写个回复给家长"]))
L("th-TH", region="TH", datefmt="BE", order="gf", mails=["hotmail.com", "gmail.com", "yahoo.co.th"],
  gp=["กิตติ", "ธนา", "ปิยะ", "วรร", "ศุภ", "อนุ", "ชนัญ", "ภัทร", "ณัฐ", "สุ"], gs=["พงศ์", "กร", "วัฒน์", "ณา", "ชัย", "ดา", "ญา", "ธิดา", "วุฒิ", "นันท์"],
  fp=["ศรี", "วงศ์", "ทอง", "แก้ว", "เพชร", "บุญ", "จันทร์", "รุ่ง"], fs=["สุวรรณกุล", "ประเสริฐวงศ์", "วิเศษชัย", "มณีรัตน์", "เรืองศรี", "ศักดิ์ดี", "ธรรมรักษ์", "สวัสดิ์ชัย", "อุดมสุข", "พิทักษ์"],
  sp=["ลาดปลาดุก", "ร่มเกล้า", "บางพลีใหญ่", "หนองบัว", "ทุ่งสีทอง", "ชัยพฤกษ์", "บ่อทอง", "ศรีนครินทร์", "คลองหลวง", "นาคนิวาส"], ss=[""],
  tp=["บางบัว", "หนองแสง", "ดอนกลาง", "ท่าทราย", "โคกสูง", "นาดี", "ห้วยทราย", "บ้านโป่ง"], ts=["ทอง", "ใหม่", "เหนือ", "ใต้", "งาม"],
  street=lambda s, n: f"{n}/{R.randint(1, 99)} ถนน{s} {T()} {R.randint(10000, 96000)}",
  school=lambda s: f"โรงเรียน{s}{pick(['วิทยา', 'ศึกษา', ''])}",
  lab=dict(name="ชื่อนักเรียน", dob="วันเกิด", addr="ที่อยู่", phone="เบอร์โทร", email="อีเมล", parent="ผู้ปกครอง",
           student="นักเรียน", grade="ชั้น", hi="สวัสดีค่ะคุณครู", thx="ขอบคุณค่ะ", absent="{c}ไม่สบาย มีไข้ ขอลาหยุดวันนี้ค่ะ",
           ask=["ช่วยสรุปให้หน่อย", "ช่วยร่างคำตอบถึงผู้ปกครอง"]))
L("el-GR", region="GR", datefmt="%d/%m/%Y", order="gf", mails=["yahoo.gr", "otenet.gr", "gmail.com", "hotmail.gr"],
  gl=["Ευτέρπη", "Λυκούργος", "Ξανθίππη", "Σπήλιος", "Θεμιστοκλής", "Μυρτώ", "Ερμιόνη", "Αριστείδης", "Πηνελόπη",
      "Στυλιανός", "Χαρίκλεια", "Ορέστης", "Δανάη", "Φοίβος", "Αγλαΐα", "Ιάσονας", "Λεωνίδας", "Ζωή", "Ηλέκτρα", "Πλάτων"],
  gp=["Αλκ", "Θεο", "Ευ", "Καλ", "Φιλ", "Νικ", "Σωτ", "Χρυσ", "Αργ", "Δημ"], gs=["ίνοος", "δώρα", "γενία", "λιόπη", "ιππος", "ηρία", "άνθη", "υρώ", "οσθένης", "ηφόρος"],
  fp=["Παπα", "Μαυρο", "Χατζη", "Καρα", "Κοντο", "Σταυρο", "Τσακα", "Λαμπρο", "Ζαχαρο", "Βλαχο"],
  fs=["γεωργίου", "πούλου", "δάκης", "ίδης", "γιάννης", "λάκης", "νικολάου", "μήτρος", "κώστας", "θανάσης"],
  sp=["Ανθ", "Μυρτ", "Κυπαρ", "Πλατ", "Ελαι", "Δαφν", "Ροδ", "Αμυγδ", "Λεμον", "Γαρδ"], ss=["ιώνων", "έων", "ούσης", "ιάδος", "ίτσας"],
  tp=["Μελισσ", "Καλαμ", "Ζωγραφ", "Πευκ", "Αγριλ", "Λιβαδ", "Κερασ", "Λυγαρ"], ts=["ιά", "άκι", "όχωρι", "ίτσα", "ούπολη"],
  street=lambda s, n: f"Οδός {s} {n}, {R.randint(10000, 85999)} {T()}",
  school=lambda s: f"{pick(['Γυμνάσιο', 'Λύκειο', 'Δημοτικό Σχολείο'])} {s}",
  lab=dict(name="Ονοματεπώνυμο μαθητή", dob="Ημερομηνία γέννησης", addr="Διεύθυνση", phone="Τηλ.", email="Email",
           parent="Κηδεμόνας", student="Μαθητής/τρια", grade="Τάξη", hi="Καλημέρα σας", thx="Ευχαριστώ",
           absent="{c} είναι άρρωστος/η σήμερα και δεν θα έρθει στο σχολείο.", ask=["Κάνε μου μια περίληψη", "Βοήθησέ με να απαντήσω στον γονέα"]))

LOCPOOL: dict = {}
_CUR = {"lc": "en-US"}


def T():
    return pick(LOCPOOL[_CUR["lc"]]["town"])


ROMAN = {"ru-RU": ["vla", "mi", "yan", "ar", "ni", "ta", "lena", "kor", "sok", "dub"],
         "ar-SA": ["nawf", "tham", "rag", "jud", "lama", "sadeem", "aws", "hattan", "ziad", "fahad"],
         "he-IL": ["noa", "itay", "hadas", "omri", "tamar", "alon", "maayan", "roi", "noga", "ido"],
         "hi-IN": ["anu", "vibhu", "sudha", "neel", "hem", "madhu", "taru", "rawat", "negi", "bisht"],
         "ja-JP": ["yu", "ki", "haru", "to", "mo", "sa", "ka", "na", "ri", "sho"],
         "ko-KR": ["seo", "yun", "ji", "min", "ha", "do", "ye", "jun", "su", "hyun"],
         "zh-CN": ["zi", "hao", "xin", "si", "mu", "yu", "ruo", "jia", "jin", "chen"],
         "th-TH": ["kitti", "thana", "piya", "supa", "anu", "nat", "phat", "chai", "sri", "thong"],
         "el-GR": ["eft", "lyk", "xan", "spi", "myr", "erm", "ari", "pen", "sty", "ore"]}


def build_locale_pools():
    for lc, spec in LOCALES.items():
        _CUR["lc"] = lc
        gfn = list_or_compose(spec.get("gl", []), spec["gp"], spec["gs"], 0.6 if spec.get("gl") else 0.0)
        ffn = list_or_compose(spec.get("fl", []), spec["fp"], spec["fs"], 0.5 if spec.get("fl") else 0.0)
        given = build_pool(f"{lc}:given", gfn, 40)
        if spec.get("sep") == "":  # names written as one token: check the whole name
            family = build_pool(f"{lc}:fullname", lambda: pick(spec["fp"]) + pick(given), 60)
        else:
            family = build_pool(f"{lc}:family", ffn, 40)
        stem = build_pool(f"{lc}:street", lambda: pick(spec["sp"]) + pick(spec["ss"]), 14, minimum=5)
        town = build_pool(f"{lc}:town", lambda: (pick(spec["tp"]) + pick(spec["ts"])).strip(), 10, minimum=4)
        LOCPOOL[lc] = dict(given=given, family=family, stem=stem, town=town)
        LOCPOOL[lc]["school"] = stem  # schools are named after their street / quarter


# ----------------------------------------------------------------------------------------------------------
# Public figures, eponyms, fictional characters (benign; frozen-checked like every name pool)
# ----------------------------------------------------------------------------------------------------------
EPONYM_CANDS = ["Montessori", "Pestalozzi", "Comenius", "Vygotsky", "Piaget", "Froebel", "Dewey", "Freire", "Makarenko",
                "Sukhomlinsky", "Ushinsky", "Korczak", "Malaguzzi", "Binet", "Kodály", "Orff", "Suzuki", "Fukuzawa",
                "Vidyasagar", "Phule", "Sarmiento", "Pythagoras", "Avogadro", "Fibonacci", "Euclid", "Mendeleev",
                "Lobachevsky", "Archimedes", "Hypatia", "Noether", "Ramanujan", "Kepler", "Lovelace", "Humboldt",
                "Fulbright", "Chevening", "Erasmus", "Cervantes", "Pushkin", "Sejong", "Confucius", "Mencius",
                "Kerschensteiner", "Diesterweg", "Makiguchi", "Decroly", "Freinet", "Neill", "Kilpatrick", "Bruner",
                "Ausubel", "Gagné", "Thorndike", "Skinner", "Bandura", "Erikson", "Kohlberg", "Gardner", "Bloom",
                "Krathwohl", "Dalton", "Ohm", "Faraday", "Pascal", "Bernoulli", "Thales", "Heron", "Eratosthenes",
                "Cavalieri", "Cauchy", "Fermat", "Brahmagupta", "Aryabhata", "Bhaskara", "Lagrange", "Hooke"]
FICTION_CANDS = ["Pippi Longstocking", "Anne Shirley", "Totto-chan", "Heidi", "Pinocchio", "Matilda Wormwood",
                 "Emil", "Mafalda", "Momo", "Struwwelpeter", "Cheburashka", "Neznayka", "Doraemon", "Tintin",
                 "Ronja", "Karlsson", "Paddington", "Mowgli", "Wendy Darling", "Jo March", "Gavroche", "Cosette",
                 "Oliver Twist", "Huckleberry Finn", "Tom Sawyer", "Nils Holgersson", "Peter Rabbit", "Gruffalo",
                 "Moomintroll", "Snufkin", "Ferdinand", "Madeline", "Ramona Quimby", "Junie B. Jones", "Stuart Little",
                 "Wilbur", "Charlotte", "Dorothy Gale", "Bilbo", "Mulan", "Sun Wukong", "Anpanman", "Kintaro",
                 "Momotaro", "Pororo", "Nasreddin Hodja", "Keloğlan", "Juha", "Kirikou", "Anansi"]
EPONYMS: list = []
FICTION: list = []


# ----------------------------------------------------------------------------------------------------------
# Validated identifier generators
# ----------------------------------------------------------------------------------------------------------
DIG = "0123456789"


def rdig(n):
    return "".join(R.choice(DIG) for _ in range(n))


def check(ok, what, value):
    if not ok:
        die(f"invalid {what}: {value!r}")
    return value


def brute(body_fn, validate, suffixes, cap=400):
    for _ in range(cap):
        b = body_fn()
        for s in suffixes:
            if validate(b + s):
                return b + s
    die("retry cap reached")


def gen_ssn():
    for _ in range(200):
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if us_ssn.is_valid(v) and v not in ("078-05-1120", "123-45-6789"):
            return v
    die("ssn")


def gen_itin():
    return brute(lambda: f"9{rdig(2)}-{R.choice(['7', '8'])}{rdig(1)}-{rdig(4)}", us_itin.is_valid, [""])


def gen_rtn():
    return brute(lambda: f"{R.choice(['0', '1', '2', '3'])}{rdig(7)}", us_rtn.is_valid, list(DIG))


def gen_utr():
    v = brute(lambda: rdig(9), gb_utr.is_valid, list(DIG))
    return check(gb_utr.is_valid(v), "utr", v)


def gen_utr_fmt():
    v = gen_utr()
    return f"{v[:5]} {v[5:]}"


def gen_nhs():
    v = brute(lambda: rdig(9), gb_nhs.is_valid, list(DIG))
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def gen_idnr():
    def body():
        d = list(R.sample("123456789", 8)) + [R.choice(DIG)]
        # exactly one digit twice in the first ten (Steuer-ID rule), shuffled
        d.append(d[R.randrange(8)])
        R.shuffle(d)
        if d[0] == "0":
            d[0], d[1] = d[1], d[0]
        return "".join(d[:10])
    v = brute(body, de_idnr.is_valid, list(DIG), cap=3000)
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def gen_nir(dob):
    for _ in range(100):
        body = f"{R.choice('12')}{dob.year % 100:02d}{dob.month:02d}{R.randint(1, 95):02d}{R.randint(1, 989):03d}{R.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        v = body + f"{key:02d}"
        if fr_nir.is_valid(v):
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    die("nir")


CONS = "BCDFGHJKLMNPQRSTVXZ"
VOW = "AEIOU"


def gen_curp(dob):
    def body():
        return (R.choice(CONS) + R.choice(VOW) + R.choice(CONS) + R.choice(CONS) + dob.strftime("%y%m%d") + R.choice("HM")
                + R.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "OC", "MC"]) + R.choice(CONS) + R.choice(CONS) + R.choice(CONS)
                + ("A" if dob.year >= 2000 else "0"))
    return brute(body, mx_curp.is_valid, list(DIG))


def gen_rfc(dob):
    return brute(lambda: R.choice(CONS) + R.choice(VOW) + R.choice(CONS) + R.choice(CONS) + dob.strftime("%y%m%d")
                 + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789"),
                 lambda v: mx_rfc.is_valid(v), list(DIG) + ["A"])


def gen_nss():
    v = brute(lambda: rdig(10), luhn.is_valid, list(DIG))
    return v


def gen_cpf():
    v = brute(lambda: rdig(9), br_cpf.is_valid, [f"{i:02d}" for i in range(100)])
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def gen_cf(dob):
    months = "ABCDEHLMPRST"
    def body():
        day = dob.day + (40 if R.random() < 0.5 else 0)
        return ("".join(R.choice(CONS) for _ in range(6)) + dob.strftime("%y") + months[dob.month - 1] + f"{day:02d}"
                + R.choice(["H501", "F205", "L219", "D612", "A944", "G273", "C351"]))
    return brute(body, it_cf.is_valid, list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def gen_bsn():
    return brute(lambda: R.choice("123456") + rdig(7), nl_bsn.is_valid, list(DIG))


def gen_pesel(dob):
    m = dob.month + (20 if dob.year >= 2000 else 0)
    return brute(lambda: f"{dob.year % 100:02d}{m:02d}{dob.day:02d}" + rdig(4), pl_pesel.is_valid, list(DIG))


def gen_tck():
    return brute(lambda: R.choice("123456789") + rdig(8), tr_tck.is_valid, [f"{i:02d}" for i in range(100)])


def gen_inn():
    return brute(lambda: R.choice(["77", "50", "78", "66", "16", "54"]) + rdig(8), ru_inn.is_valid, [f"{i:02d}" for i in range(100)])


def gen_saudi_id():
    return brute(lambda: "1" + rdig(8), luhn.is_valid, list(DIG))


def gen_il_id():
    return brute(lambda: rdig(8), il_idnr.is_valid, list(DIG))


def gen_aadhaar():
    v = brute(lambda: R.choice("23456789") + rdig(10), in_aadhaar.is_valid, list(DIG))
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def gen_pan():
    return brute(lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + R.choice("ABCDEGHJKLMNPRSTUVWY") + rdig(4),
                 in_pan.is_valid, list("ABCDEFGHJKLMNPRSTUVWXYZ"))


def gen_mynumber():
    v = brute(lambda: R.choice("123456789") + rdig(10), jp_in.is_valid, list(DIG))
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def gen_rrn(dob):
    g = ("3" if R.random() < 0.5 else "4") if dob.year >= 2000 else ("1" if R.random() < 0.5 else "2")
    v = brute(lambda: dob.strftime("%y%m%d") + g + f"{R.randint(0, 8)}{rdig(4)}", kr_rrn.is_valid, list(DIG))
    return f"{v[:6]}-{v[6:]}"


def gen_ric(dob):
    return brute(lambda: R.choice(["110105", "310104", "440106", "510107", "330106", "320102"]) + dob.strftime("%Y%m%d") + rdig(3),
                 cn_ric.is_valid, list(DIG) + ["X"])


def gen_thpin():
    v = brute(lambda: R.choice("1235") + rdig(11), th_pin.is_valid, list(DIG))
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"


def gen_amka(dob):
    return brute(lambda: dob.strftime("%d%m%y") + rdig(4), gr_amka.is_valid, list(DIG))


def gen_afm():
    return brute(lambda: R.choice("0123") + rdig(7), gr_vat.is_valid, list(DIG))


IBAN_BBAN = {"DE": lambda: rdig(18), "GB": lambda: pick(["NWBK", "BARC", "LOYD", "MIDL"]) + rdig(14), "NL": lambda: pick(["RABO", "INGB", "ABNA", "SNSB"]) + rdig(10),
             "IT": lambda: R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rdig(22), "FR": lambda: rdig(23), "PL": lambda: rdig(24),
             "TR": lambda: rdig(5) + "0" + rdig(16), "SA": lambda: rdig(20), "IL": lambda: rdig(19), "GR": lambda: rdig(23), "MX": None}


def gen_iban(cc):
    bban = IBAN_BBAN[cc]()
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    v = f"{cc}{98 - n % 97:02d}{bban}"
    check(std_iban.is_valid(v), "iban", v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "378282246310005",
              "5105105105105100", "4012888888881881", "6011111111111117"}


def gen_card():
    kind = R.choice(["visa", "mc", "amex"])
    for _ in range(50):
        if kind == "visa":
            body = "4" + rdig(14)
        elif kind == "mc":
            body = R.choice(["51", "52", "53", "54", "55"]) + rdig(13)
        else:
            body = R.choice(["34", "37"]) + rdig(12)
        v = body + luhn.calc_check_digit(body)
        if luhn.is_valid(v) and v not in TEST_CARDS:
            if len(v) == 15:
                return f"{v[:4]} {v[4:10]} {v[10:]}"
            return " ".join(v[i:i + 4] for i in range(0, 16, 4))
    die("card")


def gen_member_id():
    body = R.choice("123456789") + rdig(9)
    v = body + luhn.calc_check_digit(body)
    check(luhn.is_valid(v), "member id", v)
    return f"{pick(['W', 'XEH', 'MBR', 'U'])}{v}"


def gen_mrn():
    body = rdig(7)
    v = body + luhn.calc_check_digit(body)
    return check(luhn.is_valid(v), "mrn", v)


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]


def gen_ip():
    for _ in range(200):
        a = R.choice([31, 37, 46, 62, 78, 84, 89, 91, 95, 109, 151, 176, 178, 185, 188, 212, 213, 217, 24, 73, 98, 112, 175, 180, 182, 49, 110, 118, 121, 187, 189, 201])
        ip = ipaddress.ip_address(f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")
        if ip.is_global and not any(ip in n for n in DOC_NETS):
            return str(ip)
    die("ip")


_EXAMPLES = {}


def gen_phone(region, mobile=True, intl=None):
    t = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nsn = phonenumbers.national_significant_number(ex)
    keep = 3 if region in ("US",) else 2
    for _ in range(600):
        cand = nsn[:keep] + rdig(len(nsn) - keep)
        if region == "US":
            cand = pick(["216", "512", "404", "612", "480", "919", "614", "737", "470", "763"]) + rdig(7)
            if cand[3:6] == "555" or cand[3] in "01":
                continue
        if cand == nsn:
            continue
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in (
                t, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            if intl is None:
                intl = R.random() < 0.35
            fmt = PhoneNumberFormat.INTERNATIONAL if intl else PhoneNumberFormat.NATIONAL
            return phonenumbers.format_number(num, fmt)
    die(f"phone {region}")


def validate_phone(s, region):
    num = phonenumbers.parse(s, region)
    check(phonenumbers.is_valid_number_for_region(num, region), "phone", s)


# ----------------------------------------------------------------------------------------------------------
# The issuer: every private value a record issues is registered here
# ----------------------------------------------------------------------------------------------------------
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128 and (c.isalnum() or c in ".-_"))


class Issuer:
    def __init__(self, lc):
        self.lc = lc
        self.spec = LOCALES[lc]
        self.pool = LOCPOOL[lc]
        self.issued = []  # list of dicts
        _CUR["lc"] = lc

    def _add(self, typ, value, **extra):
        d = {"type": typ, "value": value}
        d.update(extra)
        self.issued.append(d)
        return value

    # people
    def name_parts(self):
        if self.spec.get("sep") == "":
            full = pick(self.pool["family"])
            return full[1:], full[:1]
        return pick(self.pool["given"]), pick(self.pool["family"])

    def person(self):
        g, f = self.name_parts()
        sep = self.spec.get("sep", " ")
        full = f"{f}{sep}{g}" if self.spec["order"] == "fg" else f"{g} {f}"
        self._add("person", full)
        return g, f, full

    def first(self):
        return self._add("person", pick(self.pool["given"]))

    def dob(self, lo=2006, hi=2019):
        d = dt.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))
        return d

    def dob_str(self, d):
        if self.spec["datefmt"] == "BE":
            s = f"{d.day:02d}/{d.month:02d}/{d.year + 543}"
        else:
            s = d.strftime(self.spec["datefmt"])
        return self._add("DATE_OF_BIRTH", s)

    def phone(self, mobile=True):
        v = gen_phone(self.spec["region"], mobile)
        validate_phone(v, self.spec["region"])
        return self._add("PHONE_NUMBER", v)

    def email(self, given=None, family=None):
        dom = pick(self.spec["mails"])
        if self.lc in ROMAN or not given:
            syl = ROMAN.get(self.lc, ["sam", "kel", "ori", "dan", "lu"])
            local = pick(syl) + pick([".", "_", ""]) + pick(syl) + str(R.randint(1, 99))
        else:
            g, f = ascii_fold(given).lower(), ascii_fold(family.split()[-1]).lower()
            local = pick([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}{R.randint(70, 99)}", f"{g}{R.randint(1, 2015)}"])
        return self._add("EMAIL_ADDRESS", f"{local}@{dom}")

    def address(self):
        v = self.spec["street"](pick(self.pool["stem"]), R.randint(2, 148))
        return self._add("STREET_ADDRESS", v)

    def ip(self):
        return self._add("IP_ADDRESS", gen_ip())

    def card(self):
        return self._add("CREDIT_CARD", gen_card())

    def mrn(self):
        return self._add("MEDICAL_RECORD", gen_mrn())

    def iban(self):
        cc = {"de-DE": "DE", "en-GB": "GB", "nl-NL": "NL", "it-IT": "IT", "fr-FR": "FR", "pl-PL": "PL", "tr-TR": "TR",
              "ar-SA": "SA", "he-IL": "IL", "el-GR": "GR"}.get(self.lc)
        if cc is None:
            return None
        return self._add("IBAN_CODE", gen_iban(cc))

    def bank_us(self):
        r = gen_rtn()
        a = rdig(R.randint(9, 12))
        self._add("US_BANK_NUMBER", a, routing=r)
        return r, a

    def ids(self, d):
        """(type, label, value) of the locale's personal identifiers, DOB-consistent where the number encodes it."""
        lc = self.lc
        out = []
        if lc == "en-US":
            out = [("ssn", "SSN", gen_ssn()), ("TAX_ID", "ITIN", gen_itin()), ("HEALTH_INSURANCE", "Insurance member ID", gen_member_id())]
        elif lc == "en-GB":
            out = [("HEALTH_INSURANCE", "NHS No.", gen_nhs()), ("TAX_ID", "UTR", gen_utr_fmt())]
        elif lc in ("en-IN", "hi-IN"):
            out = [("NATIONAL_ID", "Aadhaar No." if lc == "en-IN" else "आधार संख्या", gen_aadhaar()), ("TAX_ID", "PAN", gen_pan())]
        elif lc == "de-DE":
            out = [("TAX_ID", "Steuer-ID", gen_idnr())]
        elif lc == "fr-FR":
            out = [("NATIONAL_ID", "N° de sécurité sociale", gen_nir(d))]
        elif lc == "es-MX":
            out = [("NATIONAL_ID", "CURP", gen_curp(d)), ("HEALTH_INSURANCE", "NSS (IMSS)", gen_nss()), ("TAX_ID", "RFC", gen_rfc(d))]
        elif lc == "pt-BR":
            out = [("TAX_ID", "CPF", gen_cpf())]
        elif lc == "it-IT":
            out = [("TAX_ID", "Codice fiscale", gen_cf(d))]
        elif lc == "nl-NL":
            out = [("NATIONAL_ID", "BSN", gen_bsn())]
        elif lc == "pl-PL":
            out = [("NATIONAL_ID", "PESEL", gen_pesel(d))]
        elif lc == "tr-TR":
            out = [("NATIONAL_ID", "T.C. Kimlik No", gen_tck())]
        elif lc == "ru-RU":
            out = [("TAX_ID", "ИНН", gen_inn())]
        elif lc == "ar-SA":
            out = [("NATIONAL_ID", "رقم الهوية", gen_saudi_id())]
        elif lc == "he-IL":
            out = [("NATIONAL_ID", "ת.ז.", gen_il_id())]
        elif lc == "ja-JP":
            out = [("NATIONAL_ID", "マイナンバー", gen_mynumber())]
        elif lc == "ko-KR":
            out = [("NATIONAL_ID", "주민등록번호", gen_rrn(d))]
        elif lc == "zh-CN":
            out = [("NATIONAL_ID", "身份证号", gen_ric(d))]
        elif lc == "th-TH":
            out = [("NATIONAL_ID", "เลขประจำตัวประชาชน", gen_thpin())]
        elif lc == "el-GR":
            out = [("NATIONAL_ID", "ΑΜΚΑ", gen_amka(d)), ("TAX_ID", "ΑΦΜ", gen_afm())]
        return out

    def one_id(self, d, prefer=None):
        opts = self.ids(d)
        if prefer:
            f = [o for o in opts if o[0] == prefer]
            if f:
                opts = f
        t, label, v = opts[0] if prefer else pick(opts)
        self._add(t, v)
        return label, v


# ----------------------------------------------------------------------------------------------------------
# Institution context (organisation data: never issued, never labelled)
# ----------------------------------------------------------------------------------------------------------
TLD = {"US": "k12.oh.us", "GB": "sch.uk", "IN": "edu.in", "DE": "schule.de", "FR": "ac-academie.fr", "MX": "edu.mx",
       "BR": "g12.br", "IT": "edu.it", "NL": "nl", "PL": "edu.pl", "TR": "meb.k12.tr", "RU": "edu.ru", "SA": "edu.sa",
       "IL": "org.il", "JP": "ed.jp", "KR": "sc.kr", "CN": "edu.cn", "TH": "ac.th", "GR": "sch.gr"}


def institution(lc):
    spec = LOCALES[lc]
    _CUR["lc"] = lc
    stem = pick(LOCPOOL[lc]["school"])
    name = spec["school"](stem)
    slug = ascii_fold(stem).lower().replace(".", "")[:14]
    if len(slug) < 4:
        syl = ROMAN.get(lc, ["ed", "sc"])
        slug = pick(syl) + pick(syl) + str(R.randint(2, 99))
    dom = f"{slug}.{TLD[spec['region']]}"
    return dict(name=name, dom=dom, phone=gen_phone(spec["region"], mobile=False),
                addr=spec["street"](pick(LOCPOOL[lc]["stem"]), R.randint(1, 90)))


PROGS = ["BSc Computer Science", "BA History", "Nursing (Adult)", "MEng Civil Engineering", "Foundation Year Art & Design",
         "LLB Law", "MSc Data Science", "BEd Primary Education", "Medicine MBBS", "BA Economics", "IB Diploma Year 1"]
_UNUSED_GRADES = ["Year 7", "Grade 3", "5B", "Std. VIII", "Klasse 6a", "CM2", "2º B", "9º ano", "3ª C", "groep 5", "klasa 4b",
          "7-A", "10 «Б»", "الصف الرابع", "כיתה ה'2", "कक्षा 6", "3年2組", "4학년 2반", "三年级二班", "ป.4/2", "Β' Γυμνασίου"]
GRADES_BY = {
    "en-US": ["Grade 3", "Grade 7", "10th grade", "Grade 5"], "en-GB": ["Year 7", "Year 10", "Reception", "Year 4"],
    "en-IN": ["Std. VIII", "Class 5-B", "Std. X", "Class 2-A"], "de-DE": ["Klasse 6a", "Klasse 3b", "Jahrgang 9", "Klasse 10c"],
    "fr-FR": ["CM2", "6e B", "4e A", "CE1"], "es-MX": ["2º B", "5º A", "3º de secundaria", "1º C"],
    "pt-BR": ["9º ano", "5º ano B", "1ª série EM", "3º ano A"], "it-IT": ["3ª C", "1ª media B", "5ª A", "2ª liceo"],
    "nl-NL": ["groep 5", "groep 8", "klas 2 havo", "groep 3"], "pl-PL": ["klasa 4b", "klasa 7a", "klasa 1 LO", "klasa 2c"],
    "tr-TR": ["7-A", "4-B", "9-C", "11-F"], "ru-RU": ["10 «Б»", "5 «А»", "7 «В»", "2 «Г»"],
    "ar-SA": ["الصف الرابع", "الصف الثاني متوسط", "الصف الأول ثانوي", "الصف السادس"], "he-IL": ["כיתה ה'2", "כיתה ז'1", "כיתה י'3", "כיתה ב'"],
    "hi-IN": ["कक्षा 6", "कक्षा 9-ब", "कक्षा 3", "कक्षा 11"], "ja-JP": ["3年2組", "5年1組", "中学2年", "1年3組"],
    "ko-KR": ["4학년 2반", "6학년 1반", "중2", "고1 3반"], "zh-CN": ["三年级二班", "初二(3)班", "五年级一班", "高一(7)班"],
    "th-TH": ["ป.4/2", "ม.2/5", "ป.1/1", "ม.5/3"], "el-GR": ["Β' Γυμνασίου", "Ε' Δημοτικού", "Α' Λυκείου", "Γ' Δημοτικού"]}


def grade():
    return pick(GRADES_BY[_CUR["lc"]])


SUBJECTS = ["Mathematics", "Biology", "Chemistry", "History", "English Literature", "Physics", "Geography", "Computer Science"]
DIAG = ["dyslexia (educational psychologist report 2023)", "type 1 diabetes, insulin pump", "ADHD combined type",
        "severe peanut allergy, carries 2 auto-injectors", "epilepsy, last seizure March", "anxiety disorder, CAMHS referral",
        "hearing impairment, cochlear implant left", "asthma, uses inhaler before PE"]


def lab(lc):
    return LOCALES[lc]["lab"]


def local_ask(lc):
    return pick(lab(lc)["ask"])


def fmt_date(lc, d):
    spec = LOCALES[lc]
    if spec["datefmt"] == "BE":
        return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"
    return d.strftime(spec["datefmt"])


def ref(prefix, n=6):
    return f"{prefix}-{rdig(n)}"


# ----------------------------------------------------------------------------------------------------------
# Kinds: sensitive builders take an Issuer, benign builders a locale. Each returns dict(doc, ask, sys, voice, fname)
# ----------------------------------------------------------------------------------------------------------
def S(doc, ask, sys_, voice, fname="note.txt"):
    return dict(doc=doc, ask=ask, sys=sys_, voice=voice, fname=fname)


SYS = {"admissions": "You help a university admissions office answer applicants. Be accurate about deadlines.",
       "enrolment": "You are the school office assistant. Keep replies short and friendly.",
       "exams": "You support the exams officer of a secondary school / exam centre.",
       "fees": "You assist the bursar's office with fee queries. Never promise refunds.",
       "student_services": "You assist student wellbeing and disability services staff.",
       "transport": "You help the home-to-school transport coordinator.",
       "parent_comms": "You help teachers communicate with families clearly and kindly.",
       "tutoring": "You are an admin assistant for an independent tutor.",
       "records": "You assist the registrar's office with student records requests."}


def adm_s1(iss):
    lc = iss.lc; l = lab(lc); inst = institution(lc)
    g, f, full = iss.person(); d = iss.dob(2002, 2008)
    label, idv = iss.one_id(d)
    doc = (f"{inst['name']} -- Application for admission {R.choice([2025, 2026])}\n{l['name']}: {full}\n{l['dob']}: {iss.dob_str(d)}\n"
           f"{l['addr']}: {iss.address()}\n{l['phone']}: {iss.phone()}\n{l['email']}: {iss.email(g, f)}\n{label}: {idv}\n"
           f"Programme: {pick(PROGS)}\nPersonal statement: attached (2 pages)\nReferee: form tutor")
    return S(doc, pick(["check this application is complete, list anything missing", "extract to JSON for the CRM",
                        local_ask(lc), "draft acknowledgement email to the applicant"]), SYS["admissions"], "admissions_officer/form", "application.txt")


def adm_s2(iss):
    lc = iss.lc; l = lab(lc)
    g, f, full = iss.person()
    doc = (f"{l['hi']},\n\nmy name is {full}, I applied for {pick(PROGS)} (application ref {ref('APP', 7)}) in January and still "
           f"have no decision?? the portal just says 'under review'. My predicted grades are A*AA. Could someone call me "
           f"on {iss.phone()} or write to {iss.email(g, f)}. sorry if this is the wrong address\n\n{l['thx']}\n{g}")
    return S(doc, pick(["reply politely, decisions go out by 31 March", "classify urgency and draft reply", local_ask(lc)]),
             SYS["admissions"], "applicant/email")


def adm_s3(iss):
    lc = iss.lc
    rows = ["applicant,dob,email,interview_score,decision"]
    for _ in range(R.randint(3, 5)):
        g, f, full = iss.person(); d = iss.dob(2003, 2007)
        rows.append(f"{full},{iss.dob_str(d)},{iss.email(g, f)},{R.randint(4, 20)}/20,{pick(['offer', 'waitlist', 'reject', 'conditional'])}")
    return S("\n".join(rows), pick(["rank these and write a 2-line justification each", "which ones need a second interview?",
                                   "turn into a markdown table sorted by score"]), SYS["admissions"], "committee_secretary/csv", "shortlist.csv")


def adm_b1(lc):
    inst = institution(lc)
    doc = (f"Admissions FAQ -- {inst['name']}\nQ: Who do I contact about my application?\nA: Email admissions@{inst['dom']} or call "
           f"the admissions office on {inst['phone']} (Mon-Fri 9:00-16:00). Post: Admissions Office, {inst['addr']}.\n"
           f"Q: When are decisions sent?\nA: By 31 March for on-time applications. Applicant reference numbers look like "
           f"{ref('APP', 7)}; quote yours in every email.\nQ: Do you accept late applications?\nA: Only via Clearing.")
    return S(doc, pick(["shorten this FAQ to 5 bullets", "translate this FAQ into English", local_ask(lc)]), SYS["admissions"], "web_editor/faq")


def adm_b2(lc):
    rows = ["programme,applications,offers,acceptances,offer_rate"]
    for p in R.sample(PROGS, 6):
        a = R.randint(120, 2400); o = int(a * R.uniform(0.1, 0.6)); c = int(o * R.uniform(0.3, 0.7))
        rows.append(f"{p},{a},{o},{c},{o / a:.1%}")
    return S("\n".join(rows) + "\n(source: admissions dashboard, aggregated, counts < 5 suppressed)",
             pick(["which programme is most selective?", "write 3 takeaways for the board", local_ask(lc)]), SYS["admissions"], "planner/aggregate", "stats.csv")


def adm_b3(lc):
    l = lab(lc); eps = R.sample(EPONYMS, 2)
    doc = (f"{l['name']}: ______________________\n{l['dob']}: __ /__ /____\n{l['addr']}: ______________________\n"
           f"{l['phone']}: (___) ___-____\n{l['email']}: name@example.com\n\nEssay prompt (max 650 words): Which idea from "
           f"{eps[0]} or {eps[1]} changed how you learn? The {eps[0]} Scholarship panel reads every essay.")
    return S(doc, pick(["make this form accessible (labels, hints)", "is the essay prompt clear? suggest a better wording", local_ask(lc)]),
             SYS["admissions"], "admissions_officer/blank_form", "form.txt")


def enr_s1(iss):
    lc = iss.lc; l = lab(lc)
    g, f, child = iss.person(); d = iss.dob(2012, 2020)
    label, idv = iss.one_id(d)
    pg, pf, parent = iss.person()
    doc = (f"== {l['student']} ==\n{l['name']}: {child}\n{l['dob']}: {iss.dob_str(d)}\n{label}: {idv}\n{l['grade']}: {grade()}\n"
           f"{l['addr']}: {iss.address()}\n== {l['parent']} ==\n{parent}\n{l['phone']}: {iss.phone()}\n{l['email']}: {iss.email(pg, pf)}\n"
           f"Allergies: none known   Photo consent: yes   Siblings at school: no")
    return S(doc, pick(["check the form and tell me what's missing", "convert to JSON for the SIS import", local_ask(lc)]), SYS["enrolment"],
             "school_secretary/form", "anmeldung.txt" if lc == "de-DE" else "enrolment.txt")


def enr_s2(iss):
    lc = iss.lc
    rows = ["student;dob;class;guardian_phone;start_date"]
    for _ in range(R.randint(3, 6)):
        _, _, full = iss.person(); d = iss.dob(2011, 2019)
        rows.append(f"{full};{iss.dob_str(d)};{grade()};{iss.phone()};2026-09-0{R.randint(1, 8)}")
    return S("\n".join(rows), pick(["split by class and count", "find rows with missing data", "sort by start date"]), SYS["enrolment"],
             "data_clerk/csv", "new_starters.csv")


def enr_s3(iss):
    lc = iss.lc; l = lab(lc)
    g = iss.first(); d = iss.dob(2013, 2019)
    doc = (f"{l['hi']}! we just moved to {iss.address()} and want to register my son {g} (born {iss.dob_str(d)}) for {grade()}. "
           f"what documents do u need? my number is {iss.phone()}, whatsapp is fine")
    return S(doc, pick(["reply with the document checklist", local_ask(lc), "draft answer, we need proof of address + birth certificate"]),
             SYS["enrolment"], "parent/chat")


def enr_b1(lc):
    l = lab(lc); inst = institution(lc)
    doc = (f"{inst['name']} -- enrolment {R.choice([2025, 2026])}/{R.choice([26, 27])}\nOffice: {inst['addr']} | {inst['phone']} | office@{inst['dom']}\n"
           f"Bring: birth certificate, proof of address (utility bill < 3 months), vaccination record.\nForm fields: {l['name']} / {l['dob']} / {l['addr']} / {l['parent']} / {l['phone']}\n"
           f"School URN {rdig(6)}, DfE number {rdig(3)}/{rdig(4)}.")
    return S(doc, pick(["rewrite as a friendly checklist for parents", local_ask(lc), "translate to English"]), SYS["enrolment"], "school_secretary/notice")


def enr_b2(lc):
    doc = ("SIS bulk import -- CSV format (v3.2)\nstudent_name,dob,class,guardian_email,guardian_phone\n"
           "[STUDENT NAME],YYYY-MM-DD,[CLASS],guardian@example.com,+1 555 0100\n"
           "Notes: dob must be ISO 8601; guardian_email must not be the school's own domain; phone in E.164. "
           f"Test tenant id: demo-{rdig(4)}. Max 5,000 rows per file.")
    return S(doc, pick(["write a python validator for this format", "what edge cases should the validator catch?"]), SYS["enrolment"], "it_admin/docs", "import_spec.md")


def enr_b3(lc):
    rows = ["class,capacity,enrolled,waiting_list"] + [f"{c},{cap},{cap - R.randint(0, 4)},{R.randint(0, 12)}" for c, cap in
                                                         zip(GRADES_BY[lc], [30, 28, 30, 32])]
    return S("\n".join(rows), pick(["where do we have free places?", local_ask(lc)]), SYS["enrolment"], "head_of_admissions/aggregate", "capacity.csv")


def health_line(iss, d):
    ids = [o for o in iss.ids(d) if o[0] == "HEALTH_INSURANCE"]
    if not ids:
        return ""
    iss._add(ids[0][0], ids[0][2])
    return f" {ids[0][1]}: {ids[0][2]}."


def exm_s1(iss):
    lc = iss.lc; l = lab(lc)
    g, f, full = iss.person(); d = iss.dob(2007, 2010)
    pg, pf, _ = iss.person()
    doc = (f"Access arrangements request -- candidate {full} ({l['dob']} {iss.dob_str(d)}), candidate no. {rdig(4)}, centre {rdig(5)}\n"
           f"Evidence: {pick(DIAG)}. Hospital letter ref MRN {iss.mrn()}.{health_line(iss, d)}\nRequested: 25% extra time, separate room, rest breaks.\n"
           f"Parent contact: {iss.email(pg, pf)}")
    return S(doc, pick(["draft the form 8 summary", "is the evidence sufficient under JCQ rules?", local_ask(lc)]), SYS["exams"], "senco/form")


def exm_s2(iss):
    lc = iss.lc; l = lab(lc)
    g, f, full = iss.person()
    doc = (f"hi, I'm {full} ({grade()}), I got a {R.choice(['C', '4', '11/20', '62%'])} in {pick(SUBJECTS)} paper 2 but my teacher "
           f"predicted way higher. I want a review of marking. you can reach me {iss.phone()} / {iss.email(g, f)}. pls hurry the uni deadline is friday")
    return S(doc, pick(["write a reply explaining the review process and fee", "summarise the request for the exams officer", local_ask(lc)]),
             SYS["exams"], "student/email")


def exm_s3(iss):
    events = []
    for _ in range(R.randint(2, 4)):
        g, f, full = iss.person()
        events.append({"ts": f"2026-05-{R.randint(10, 28)}T0{R.randint(8, 9)}:{R.randint(10, 59)}:00Z", "candidate": full,
                       "login": iss.email(g, f), "ip": iss.ip(), "event": pick(["tab_switch", "face_not_detected", "second_voice", "copy_paste"])})
    return S(json.dumps({"exam": f"{pick(SUBJECTS)} mock", "flags": events}, ensure_ascii=False, indent=1),
             pick(["which of these flags look like real misconduct?", "summarise per candidate"]), SYS["exams"], "invigilator/json_log", "proctor_log.json")


def exm_b1(lc):
    inst = institution(lc)
    rows = [f"Centre {rdig(5)} -- {inst['name']} -- summer series", "date,session,paper,code,room,duration"]
    for _ in range(7):
        rows.append(f"2026-06-{R.randint(2, 26):02d},{pick(['AM', 'PM'])},{pick(SUBJECTS)} P{R.randint(1, 3)},{R.randint(7000, 8999)}/{R.randint(1, 3)}{pick(['H', 'F', ''])},"
                    f"{pick(['Sports Hall', 'Hall B', 'S12', 'Library'])},{pick(['1h30', '1h45', '2h'])}")
    rows.append(f"Exams office: exams@{inst['dom']} / {inst['phone']}")
    return S("\n".join(rows), pick(["find clashes and room problems", local_ask(lc)]), SYS["exams"], "exams_officer/timetable", "timetable.csv")


def exm_b2(lc):
    ep = R.sample(EPONYMS, 2); fc = pick(FICTION)
    doc = (f"Q3 (6 marks). Use {ep[0]}'s idea to estimate the value asked for, then compare with {ep[1]}'s method.\n"
           f"Q4 (4 marks). In the story, {fc} shares 12 sweets among 5 friends. Show why no fair whole-number split exists.\n"
           f"Mark scheme: M1 method, A1 accuracy, B1 comparison. Grade boundaries (last series): 9={R.randint(200, 220)}, 7={R.randint(160, 180)}, 4={R.randint(90, 110)} of 240.")
    return S(doc, pick(["improve the mark scheme", "write model answers", local_ask(lc)]), SYS["exams"], "teacher/past_paper")


def exm_b3(lc):
    inst = institution(lc)
    doc = (f"Exam board contacts\nCustomer services: {inst['phone']}\nPost results services: results@{inst['dom']}\n"
           f"Registered office: {inst['addr']}\nCompany no. {rdig(8)} -- charity no. {rdig(7)}\nReview of marking fee per script: 42.00; deadline 30 September.")
    return S(doc, pick(["make a short contact card", local_ask(lc)]), SYS["exams"], "exams_officer/contacts")


def fee_s1(iss):
    lc = iss.lc; l = lab(lc)
    pg, pf, parent = iss.person(); g = iss.first(); d = iss.dob(1975, 1990)
    label, idv = iss.one_id(d, prefer="TAX_ID")
    acct = iss.iban()
    if acct:
        pay = f"IBAN: {acct}"
    elif iss.lc == "en-US":
        r, a = iss.bank_us(); pay = f"ACH routing {r}, account {a}"
    else:
        pay = f"Card on file: {iss.card()}"
    doc = (f"Bursary application {R.choice([2025, 2026])}\n{l['parent']}: {parent}\n{label}: {idv}\nHousehold income: {R.randint(14, 38)},{rdig(3)} / year, "
           f"{R.randint(2, 5)} children\nChild: {g}, {grade()}\n{pay}\nReason: redundancy in {pick(['March', 'June', 'October'])}")
    return S(doc, pick(["assess against our 40% remission rule", "draft the committee summary", local_ask(lc)]), SYS["fees"], "parent/bursary_form", "bursary.txt")


def fee_s2(iss):
    lc = iss.lc; l = lab(lc)
    pg, pf, parent = iss.person()
    doc = (f"{l['hi']}, the trip payment was taken TWICE from my card {iss.card()} (invoice {ref('INV', 6)}). "
           f"Please refund one. {parent}, {iss.phone()}")
    return S(doc, pick(["reply and log a refund request", "classify: refund / complaint / info", local_ask(lc)]), SYS["fees"], "parent/complaint")


def fee_s3(iss):
    lc = iss.lc
    pg, pf, parent = iss.person()
    if lc == "en-US":
        r, a = iss.bank_us(); d = iss.dob(1995, 2006)
        doc = (f"Payment plan enrollment -- student {parent}\nSSN (for 1098-T): {iss.one_id(d, prefer='ssn')[1]}\nRouting: {r}  Account: {a}\n"
               f"Plan: 5 monthly installments, first on Aug 15")
    else:
        acct = iss.iban() or iss.card()
        doc = f"Standing order / tuition\nPayer: {parent}\nAccount: {acct}\nAddress: {iss.address()}\nReference: {ref('TUI', 5)}"
    return S(doc, pick(["check the details and draft the confirmation letter", "extract as JSON"]), SYS["fees"], "bursar/form")


def fee_b1(lc):
    inst = institution(lc)
    cc = {"de-DE": "DE", "en-GB": "GB", "nl-NL": "NL", "it-IT": "IT", "fr-FR": "FR", "pl-PL": "PL", "tr-TR": "TR", "ar-SA": "SA", "he-IL": "IL", "el-GR": "GR"}.get(lc)
    bank = f"Pay to: {inst['name']} (school fund) IBAN {gen_iban(cc)}" if cc else f"Pay online at pay.{inst['dom']} or at the school office"
    doc = (f"Fees {R.choice([2025, 2026])}/{R.choice([26, 27])}\nTuition per term: {R.randint(2, 9)},{rdig(3)}\nLunch: {R.randint(2, 5)}.{rdig(2)}/day\n"
           f"Trip to the science museum: {R.randint(12, 40)}.00\n{bank}\nAlways quote the invoice number (e.g. {ref('INV', 6)}).\nQuestions: bursar@{inst['dom']}")
    return S(doc, pick(["rewrite as a friendly letter", "make a table", local_ask(lc)]), SYS["fees"], "bursar/fee_schedule")


def fee_b2(lc):
    doc = ("Payments sandbox (school shop integration)\nUse test card 4242 4242 4242 4242, any future expiry, CVC 123.\n"
           "Declined: 4000 0000 0000 0002. 3-D Secure: 4000 0027 6000 3184.\nWebhook endpoint: https://shop.example.org/hooks/pay; "
           f"sample order id ord_{rdig(10)}; sandbox IP allow-list 203.0.113.10")
    return S(doc, pick(["write an integration checklist", "what should we test before go-live?"]), SYS["fees"], "it_admin/docs", "payments.md")


def fee_b3(lc):
    doc = (f"Bursary round summary: {R.randint(80, 200)} applications, {R.randint(40, 90)} awards, median award {R.randint(30, 70)}% remission. "
           f"By year group: Y7 {R.randint(5, 20)}, Y8 {R.randint(5, 20)}, Y9 {R.randint(5, 20)}, Y10 {R.randint(5, 20)}. No individual data in this report.")
    return S(doc, pick(["draft 3 bullet points for governors", local_ask(lc)]), SYS["fees"], "finance_manager/aggregate")


def svc_s1(iss):
    lc = iss.lc; l = lab(lc)
    g, f, full = iss.person(); d = iss.dob(2010, 2018)
    ids = [o for o in iss.ids(d) if o[0] == "HEALTH_INSURANCE"]
    h = ""
    if ids:
        iss._add(ids[0][0], ids[0][2]); h = f"{ids[0][1]}: {ids[0][2]}\n"
    doc = (f"Health care plan -- {l['student']}: {full}\n{l['dob']}: {iss.dob_str(d)}\n{h}Condition: {pick(DIAG)}\nHospital MRN: {iss.mrn()}\n"
           f"Emergency contact ({l['parent']}): {iss.phone()}\nMedication kept in: staff room fridge, labelled")
    return S(doc, pick(["turn this into a one-page plan for supply teachers", "what is missing for a trip risk assessment?", local_ask(lc)]),
             SYS["student_services"], "school_nurse/care_plan", "care_plan.txt")


def svc_s2(iss):
    lc = iss.lc
    g, f, full = iss.person(); d = iss.dob(2008, 2014)
    tg, tf, teacher = iss.person()
    doc = (f"Referral to counselling\nStudent: {full}, born {iss.dob_str(d)}\nReferred by: {teacher} (form tutor)\n"
           f"Concerns: withdrawn since parents separated, stopped eating lunch, said 'nobody would notice if I left'.\nConsent: student agreed, parents not yet informed")
    return S(doc, pick(["is this a safeguarding concern? what are the next steps?", "summarise for the DSL", local_ask(lc)]),
             SYS["student_services"], "form_tutor/referral")


def svc_s3(iss):
    lc = iss.lc
    g, f, full = iss.person()
    doc = (f"Dear {full},\nYour disability support plan is approved: extra time 25%, rest breaks, lecture recordings.\n"
           f"We have your clinical letter on file (ref MRN {iss.mrn()}). Your student email {iss.email(g, f)} is now on the notification list.\n"
           f"Disability Support Team")
    return S(doc, pick(["make this warmer and add what to do if lecturers refuse", "translate into plain language"]), SYS["student_services"], "disability_adviser/letter")


def svc_b1(lc):
    doc = (f"Case study for staff training (anonymised): Student A, {grade()}, missed {R.randint(8, 30)} sessions this term. Student B "
           f"reported A's low mood to a teacher. All names and dates changed. Discussion: what should the teacher do first?")
    return S(doc, pick(["write 4 discussion questions", local_ask(lc)]), SYS["student_services"], "wellbeing_lead/anonymised")


def svc_b2(lc):
    inst = institution(lc)
    doc = (f"Wellbeing support at {inst['name']}\nDrop-in: room G14, Tue/Thu lunch.\nWellbeing team: wellbeing@{inst['dom']} / {inst['phone']}\n"
           f"Out of hours: your local emergency number (112 / 999 / 911).\nSurvey: {R.randint(55, 80)}% of students said they know who to talk to (n={R.randint(300, 900)}).")
    return S(doc, pick(["make it readable for 11-year-olds", local_ask(lc)]), SYS["student_services"], "wellbeing_lead/poster")


def svc_b3(lc):
    fc = R.sample(FICTION, 2)
    doc = (f"PSHE lesson plan: feelings and friendship\nStarter: how does {fc[0]} feel when left out? Main: role-play {fc[1]}'s first day at a new school.\n"
           f"Plenary: exit ticket. Resources: slides v{R.randint(2, 9)}, worksheet WS-{rdig(3)}.")
    return S(doc, pick(["add differentiation for SEN", local_ask(lc)]), SYS["student_services"], "teacher/lesson_plan")


def trn_s1(iss):
    lc = iss.lc
    rows = [f"route {R.randint(3, 40)}{pick(['A', 'B', ''])} -- morning run", "pupil|stop|pickup|guardian_phone"]
    for _ in range(R.randint(3, 5)):
        _, _, full = iss.person()
        rows.append(f"{full}|{iss.address()}|07:{R.randint(10, 55)}|{iss.phone()}")
    return S("\n".join(rows), pick(["optimise the order of stops", "which pupils are picked up before 7:20?", local_ask(lc)]), SYS["transport"],
             "transport_coordinator/roster", "route.txt")


def trn_s2(iss):
    lc = iss.lc; l = lab(lc)
    g, f, full = iss.person()
    doc = (f"{l['hi']}, from Monday {full} will be staying at her dad's, new pickup address {iss.address()}. "
           f"Please tell the driver. Call me if problem {iss.phone()}. {l['thx']}")
    return S(doc, pick(["update the roster and draft confirmation", local_ask(lc)]), SYS["transport"], "parent/message")


def trn_s3(iss):
    lc = iss.lc
    g, f, full = iss.person(); pg, pf, parent = iss.person()
    doc = (f"Incident report bus {R.randint(3, 40)}, {R.randint(1, 28)}/{R.randint(1, 12)}\nPupil: {full}, seat {R.randint(1, 50)}\n"
           f"What happened: stood up while moving, fell, bumped head. No visible injury.\nParent informed: {parent}, {iss.phone()}\nDriver signature: on paper copy")
    return S(doc, pick(["write the incident summary for the head", local_ask(lc)]), SYS["transport"], "bus_driver/report")


def trn_b1(lc):
    rows = [f"Route {R.randint(3, 40)} timetable (autumn term)", "stop,time"]
    for _ in range(7):
        rows.append(f"{pick(LOCPOOL[lc]['stem'])} / corner,07:{R.randint(5, 59):02d}")
    rows.append(f"Operator depot: {institution(lc)['phone']}")
    return S("\n".join(rows), pick(["sort stops by time and make a poster", local_ask(lc)]), SYS["transport"], "transport_office/timetable", "route.csv")


def trn_b2(lc):
    doc = (f"Ridership report (aggregated): route avg occupancy {R.randint(40, 95)}%, {R.randint(0, 6)} late arrivals > 10 min this month. "
           f"Lost property: 1 blue lunchbox, 2 water bottles, 1 coat (size 9-10). Ask at reception.")
    return S(doc, pick(["write a parent newsletter paragraph", local_ask(lc)]), SYS["transport"], "transport_office/aggregate")


def trn_b3(lc):
    inst = institution(lc)
    doc = (f"Snow day procedure: if buses are cancelled, we text all families via the school messaging system by 06:30 and post on the website. "
           f"Do NOT call drivers. Transport desk: transport@{inst['dom']}, {inst['phone']} (from 07:00).")
    return S(doc, pick(["make it shorter", local_ask(lc)]), SYS["transport"], "transport_office/policy")


def par_s1(iss):
    lc = iss.lc; l = lab(lc)
    g, f, child = iss.person(); pg, pf, parent = iss.person()
    doc = f"{l['hi']},\n{l['absent'].format(c=child)}\n{l['thx']}\n{parent}\n{iss.phone()}"
    return S(doc, pick(["log this absence and draft a short reply", local_ask(lc), "translate to English"]), SYS["parent_comms"], "parent/absence_note")


def par_s2(iss):
    lc = iss.lc
    lines = []
    for _ in range(R.randint(3, 5)):
        _, _, full = iss.person()
        lines.append(f"[{R.randint(1, 28):02d}/0{R.randint(1, 9)}/26, {R.randint(7, 21)}:{R.randint(10, 59)}] {full}: {pick(['anyone know if PE is tomorrow?', 'reading books due back fri', 'who took the blue jumper by mistake 😅', 'bake sale needs volunteers!'])}")
    lines.append(f"[{R.randint(1, 28):02d}/0{R.randint(1, 9)}/26, 22:{R.randint(10, 59)}] {iss.phone()}: sorry new number, pls save")
    return S("\n".join(lines), pick(["summarise what's been agreed in this class group", local_ask(lc)]), SYS["parent_comms"], "class_rep/whatsapp_export", "chat.txt")


def par_s3(iss):
    lc = iss.lc; l = lab(lc)
    g, f, child = iss.person(); pg, pf, _ = iss.person()
    doc = (f"{l['hi']},\nI'm writing about {child} ({grade()}). Her father and I have separated; he is not allowed to collect her (court order, copy attached). "
           f"My new address is {iss.address()} and please use {iss.email(pg, pf)} for all letters from now on.\n{l['thx']}")
    return S(doc, pick(["what does the school need to do? draft reply", local_ask(lc)]), SYS["parent_comms"], "parent/email")


def par_b1(lc):
    inst = institution(lc); fc = pick(FICTION)
    doc = (f"Newsletter -- week {R.randint(2, 38)}\n* Book week: come dressed as {fc} or any favourite character!\n* Parents' evening 14 Nov, booking "
           f"opens Monday.\n* Office: office@{inst['dom']}, {inst['phone']}\n* Attendance this half-term: {R.randint(93, 97)}.{R.randint(0, 9)}%")
    return S(doc, pick(["make it shorter and punchier", local_ask(lc)]), SYS["parent_comms"], "head_teacher/newsletter")


def par_b2(lc):
    l = lab(lc)
    doc = (f"Dear Parent/Carer of [CHILD NAME],\nYour child [FIRST NAME] in [CLASS] has [N] late marks this half term. Please contact the office.\n"
           f"Template fields: {l['name']}, {l['grade']}, {l['parent']}. Merge from SIS before sending.")
    return S(doc, pick(["make the template less intimidating", local_ask(lc)]), SYS["parent_comms"], "attendance_officer/template")


def par_b3(lc):
    ep = R.sample(EPONYMS, 2)
    doc = (f"{lab(lc)['hi']}, this week in maths we met {ep[0]} and in science we looked at {ep[1]}. Homework on the portal, due Friday. "
           f"Class average on the quiz: {R.randint(60, 85)}%.")
    return S(doc, pick(["translate for families", local_ask(lc)]), SYS["parent_comms"], "teacher/class_update")


def tut_s1(iss):
    lc = iss.lc; l = lab(lc)
    pg, pf, parent = iss.person(); g = iss.first(); d = iss.dob(2010, 2016)
    doc = (f"{l['hi']}! I'm looking for a {pick(SUBJECTS)} tutor for my daughter {g} (DOB {iss.dob_str(d)}), home sessions at "
           f"{iss.address()} twice a week. {parent}, {iss.phone()}")
    return S(doc, pick(["draft a reply with my rates and availability", local_ask(lc)]), SYS["tutoring"], "parent/enquiry")


def tut_s2(iss):
    lc = iss.lc
    tg, tf, tutor = iss.person(); d = iss.dob(1980, 1998)
    label, idv = iss.one_id(d, prefer="TAX_ID")
    acct = iss.iban()
    pay = f"IBAN {acct}" if acct else f"Card/transfer to {iss.phone()}"
    _, _, student = iss.person()
    doc = (f"INVOICE {ref('T', 4)}\nTutor: {tutor} (self-employed) {label} {idv}\nStudent: {student}\n8 x 60 min {pick(SUBJECTS)} @ 35.00 = 280.00\n"
           f"Payment: {pay}")
    return S(doc, pick(["check the maths and make it look professional", "translate to English"]), SYS["tutoring"], "tutor/invoice", "invoice.txt")


def tut_s3(iss):
    lc = iss.lc
    g, f, full = iss.person()
    log = {"session": ref("S", 6), "student": full, "student_email": iss.email(g, f), "joined_from": iss.ip(),
           "duration_min": R.randint(30, 90), "notes": "worked on quadratic factorising"}
    return S(json.dumps(log, ensure_ascii=False), pick(["write the session summary for the parent", "flag anything odd"]), SYS["tutoring"], "platform/json_log", "session.json")


def tut_b1(lc):
    inst = institution(lc)
    doc = (f"Tutoring centre -- GCSE/IB/SAT prep. Group (max 6): 22/h, 1:1: 45/h. Call {inst['phone']} or email hello@{inst['dom']}. "
           f"Find us at {inst['addr']}. DBS-checked tutors. Ofsted URN {rdig(6)}.")
    return S(doc, pick(["write a Facebook ad", local_ask(lc)]), SYS["tutoring"], "agency/ad")


def tut_b2(lc):
    ep = R.sample(EPONYMS, 3)
    doc = (f"Practice set: (1) prove the {ep[0]} relation for n=3; (2) apply {ep[1]}'s rule to 2x^3; (3) who was {ep[2]} and why does the "
           f"rule bear that name? Answers: p. {R.randint(40, 220)} of the workbook (ISBN 978-{rdig(1)}-{rdig(4)}-{rdig(4)}-{rdig(1)}).")
    return S(doc, pick(["write worked solutions", local_ask(lc)]), SYS["tutoring"], "tutor/worksheet")


def tut_b3(lc):
    doc = (f"Rates: 1 lesson 40, block of 10 lessons 360, cancellation < 24h charged in full. Online via video link; recordings kept 30 days, "
           f"then deleted. Average grade improvement last year: +{R.randint(1, 2)} grades (n={R.randint(20, 60)}).")
    return S(doc, pick(["make a terms & conditions section", local_ask(lc)]), SYS["tutoring"], "tutor/terms")


def rec_s1(iss):
    lc = iss.lc; l = lab(lc)
    g, f, full = iss.person(); d = iss.dob(1990, 2004)
    label, idv = iss.one_id(d)
    doc = (f"Transcript request\n{l['name']}: {full}\n{l['dob']}: {iss.dob_str(d)}\n{label}: {idv}\nGraduated: {R.randint(2012, 2024)}\n"
           f"Send to: {iss.email(g, f)}\nPostal copy: {iss.address()}")
    return S(doc, pick(["verify fields and draft the cover letter", local_ask(lc), "extract as JSON"]), SYS["records"], "registrar/form")


def rec_s2(iss):
    lc = iss.lc
    rows = ["name,dob,student_id_national,email"]
    for _ in range(R.randint(3, 5)):
        g, f, full = iss.person(); d = iss.dob(2000, 2007)
        rows.append(f"{full},{iss.dob_str(d)},{iss.one_id(d)[1]},{iss.email(g, f)}")
    return S("\n".join(rows), pick(["dedupe this export", "convert to JSON lines", "find invalid emails"]), SYS["records"], "data_officer/sis_export", "export.csv")


def rec_s3(iss):
    lc = iss.lc
    g, f, full = iss.person()
    doc = (f"Ticket #{rdig(5)}: student {full} cannot log in to the LMS. Login {iss.email(g, f)}, 5 failed attempts from {iss.ip()} at 02:14, "
           f"account locked. Student says it wasn't them.")
    return S(doc, pick(["is this a compromised account? next steps?", "draft reply to the student"]), SYS["records"], "it_helpdesk/ticket")


def rec_b1(lc):
    doc = ("GET /api/v2/students/{id}\nExample response:\n{\"id\": \"stu_000123\", \"name\": \"Test Student\", \"email\": \"student@example.com\", "
           "\"last_login_ip\": \"192.0.2.44\", \"dob\": \"2000-01-01\"}\nRate limit: 600/min. Sandbox host: sandbox.example.edu")
    return S(doc, pick(["write a python client for this endpoint", "what fields should be masked in logs?"]), SYS["records"], "developer/api_docs", "api.md")


def rec_b2(lc):
    rows = ["course_code,title,credits,crn"] + [f"{pick(['MATH', 'HIST', 'BIOL', 'CHEM', 'EDUC'])}{R.randint(100, 499)},{pick(SUBJECTS)} {pick(['I', 'II', 'Seminar'])},{R.randint(2, 6)},{rdig(5)}" for _ in range(8)]
    return S("\n".join(rows), pick(["group by department", local_ask(lc)]), SYS["records"], "registrar/catalog", "catalog.csv")


def rec_b3(lc):
    doc = (f"Records retention schedule: admissions files 1 year after decision; student file 6 years after leaving; exam scripts until appeals close; "
           f"aggregated statistics kept indefinitely. Headcount this year: {R.randint(800, 30000)} students, {R.randint(40, 60)}% female.")
    return S(doc, pick(["summarise for new staff", local_ask(lc)]), SYS["records"], "dpo/policy")


KINDS = {
    "admissions": ([adm_s1, adm_s2, adm_s3], [adm_b1, adm_b2, adm_b3]),
    "enrolment": ([enr_s1, enr_s2, enr_s3], [enr_b1, enr_b2, enr_b3]),
    "exams": ([exm_s1, exm_s2, exm_s3], [exm_b1, exm_b2, exm_b3]),
    "fees": ([fee_s1, fee_s2, fee_s3], [fee_b1, fee_b2, fee_b3]),
    "student_services": ([svc_s1, svc_s2, svc_s3], [svc_b1, svc_b2, svc_b3]),
    "transport": ([trn_s1, trn_s2, trn_s3], [trn_b1, trn_b2, trn_b3]),
    "parent_comms": ([par_s1, par_s2, par_s3], [par_b1, par_b2, par_b3]),
    "tutoring": ([tut_s1, tut_s2, tut_s3], [tut_b1, tut_b2, tut_b3]),
    "records": ([rec_s1, rec_s2, rec_s3], [rec_b1, rec_b2, rec_b3]),
}


def incidental(iss, kind):
    """A benign document of the kind with ONE private item in it."""
    lc = iss.lc
    base = pick(KINDS[kind][1])(lc)
    l = lab(lc)
    what = R.choice(["first", "phone", "dob"])
    if what == "first":
        extra = pick([f"P.S. my daughter {iss.first()} is in {grade()}, she loved this!", f"(forwarded by {l['parent'].split('/')[0]} of {iss.first()}, {grade()})",
                      f"my son {iss.first()} asked me to send this on"])
    elif what == "phone":
        extra = pick([f"if anything, text me on {iss.phone()}", f"-- sent from my phone, call back {iss.phone()}"])
    else:
        extra = f"({l['dob']} of the pupil for the form: {iss.dob_str(iss.dob(2009, 2018))})"
    base["doc"] = base["doc"] + "\n\n" + extra if R.random() < 0.7 else extra + "\n\n" + base["doc"]
    base["voice"] = base["voice"] + "+incidental"
    return base


# ----------------------------------------------------------------------------------------------------------
# Placement of the document in the request body
# ----------------------------------------------------------------------------------------------------------
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "parts", "file", "tool_args", "tool_schema",
              "response_format", "user_field"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4o", "hybridgate/auto"]


def build_body(where, b, iss=None, completions=False):
    doc, ask, sys_ = b["doc"], b["ask"], b["sys"]
    model = pick(MODELS)
    if completions:
        return {"model": model, "prompt": f"{ask}\n\n{doc}\n\n###\n", "max_tokens": R.choice([256, 400, 800]), "temperature": 0.2}, "completions_prompt"
    msgs = [{"role": "system", "content": sys_}] if R.random() < 0.7 else []
    body = {"model": model}
    if where == "user":
        msgs.append({"role": "user", "content": pick([f"{ask}\n\n{doc}", f"{doc}\n\n{ask}", f"{ask}:\n\"\"\"\n{doc}\n\"\"\""])})
    elif where == "system":
        msgs = [{"role": "system", "content": f"{sys_}\n\nCurrent case file:\n{doc}"}, {"role": "user", "content": ask}]
    elif where == "assistant_echo":
        msgs += [{"role": "user", "content": "pasting it now, just read it"}, {"role": "assistant", "content": f"Got it, I have:\n{doc}"},
                 {"role": "user", "content": ask}]
    elif where == "tool_result":
        cid = f"call_{rdig(8)}"
        msgs += [{"role": "user", "content": f"pull up the record and {ask}"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "fetch_record", "arguments": json.dumps({"ref": ref("REC", 6)})}}]},
                 {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif where == "parts":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]})
    elif where == "file":
        mime = "text/csv" if b["fname"].endswith(".csv") else ("application/json" if b["fname"].endswith(".json") else "text/plain")
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": b["fname"], "file_data": f"data:{mime};base64,{data}"}}]})
    elif where == "tool_args":
        cid = f"call_{rdig(8)}"
        msgs += [{"role": "user", "content": "send the note below to the office queue"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "queue_note", "arguments": json.dumps({"queue": "office", "text": doc}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"queued\"}"},
                 {"role": "user", "content": f"thanks. now {ask}"}]
        body["tools"] = [{"type": "function", "function": {"name": "queue_note", "parameters": {"type": "object", "properties": {"queue": {"type": "string"}, "text": {"type": "string"}}}}}]
    elif where == "tool_schema":
        msgs.append({"role": "user", "content": ask})
        body["tools"] = [{"type": "function", "function": {"name": "update_case", "description": f"Updates the open case. Open case:\n{doc}",
                                                           "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "priority": {"type": "string", "enum": ["low", "normal", "urgent"]}}}}}]
    elif where == "response_format":
        msgs.append({"role": "user", "content": f"{ask}. Return JSON only."})
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_extract", "schema": {"type": "object", "description": f"Source text:\n{doc}",
                                                                                                            "properties": {"summary": {"type": "string"}, "action": {"type": "string"}}}}}
    elif where == "user_field":
        msgs.append({"role": "user", "content": f"{ask}\n\n{doc}"})
        if iss is not None:
            g, f = iss.name_parts()
            body["user"] = f"portal:{iss.email(g, f)}"
        else:
            body["user"] = f"tenant-{rdig(4)}:staff-{rdig(5)}"
    body["messages"] = msgs
    return body, where


def strings_of(obj, out):
    if isinstance(obj, str):
        out.append(obj)
        out.append(urllib.parse.unquote(obj))
        if obj.startswith("data:") and ";base64," in obj:
            out.append(base64.b64decode(obj.split(";base64,", 1)[1]).decode("utf-8"))
        s = obj.strip()
        if s.startswith("{") or s.startswith("["):
            try:
                strings_of(json.loads(s), out)
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


def entities_of(body, issued):
    text = "\n".join(strings_of(body, []))
    seen, out = set(), []
    for e in issued:
        k = (e["type"], e["value"])
        if k in seen:
            continue
        if e["value"] and e["value"] in text:
            seen.add(k)
            out.append(dict(e))
    return out


# ----------------------------------------------------------------------------------------------------------
# PII split
# ----------------------------------------------------------------------------------------------------------
N_SENS, N_BEN, N_INCID = 32, 24, 4
# health numbers, SSNs and US bank numbers exist only in some locales: part of those kinds' records go there
FORCE = {"student_services": (0.4, ["en-GB", "en-US", "es-MX"], svc_s1), "exams": (0.2, ["en-GB", "en-US", "es-MX"], exm_s1),
         "fees": (0.25, ["en-US"], fee_s3), "records": (0.2, ["en-US"], None)}


def make_pii():
    recs = []
    lcs = list(LOCALES)
    plan = []
    for kind in KINDS:
        for j in range(N_SENS):
            plan.append((kind, True, j < N_INCID))
        for j in range(N_BEN):
            plan.append((kind, False, False))
    R.shuffle(plan)
    lc_cycle = []
    for i, (kind, sens, inc) in enumerate(plan):
        if not lc_cycle:
            lc_cycle = lcs[:]
            R.shuffle(lc_cycle)
        lc = lc_cycle.pop()
        completions = (i % 10 == 7)
        where = PLACEMENTS[(i * 3 + R.randrange(3)) % len(PLACEMENTS)]
        forced = None
        if sens and not inc and kind in FORCE and R.random() < FORCE[kind][0]:
            lc_cycle.append(lc)  # give the drawn locale back to the rotation
            lc = pick(FORCE[kind][1])
            forced = FORCE[kind][2]
        if sens:
            iss = Issuer(lc)
            if inc:
                b = incidental(iss, kind)
                where = where if where != "user_field" else "user"
                body, where = build_body(where, b, None, completions)
            else:
                b = (forced or pick(KINDS[kind][0]))(iss)
                body, where = build_body(where, b, iss, completions)
            ents = entities_of(body, iss.issued)
            if not ents:
                die(f"sensitive record without entities ({kind}, {lc})")
            if inc and len({(e['type'], e['value']) for e in ents}) != 1:
                die("incidental record carries more than one item")
        else:
            _CUR["lc"] = lc
            b = pick(KINDS[kind][1])(lc)
            body, where = build_body(where, b, None, completions)
            ents = []
        sensitive = bool(ents)
        assert sensitive == sens
        recs.append({"id": f"{SPLIT}-pii-{len(recs) + 1:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": sensitive,
                     "entities": ents, "endpoint": "completions" if completions else "chat", "lang": lc,
                     "style": f"{b['voice']} · {where}", "body": body})
    return recs


# ----------------------------------------------------------------------------------------------------------
# Complexity split
# ----------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "What's the plural of 'syllabus'?"), ("en", "Spell 'necessary' for my Year 3 spelling list."),
    ("en", "Write a one-line reminder that PE kit is needed on Thursday."), ("en", "Convert 3/4 to a percentage."),
    ("en", "Give me 5 words that rhyme with 'cat' for reception class."), ("en", "What time is 14:30 in 12-hour format?"),
    ("en", "Is it 'principal' or 'principle' for the head of a school?"), ("en", "List the days of the week in French."),
    ("de", "Wie schreibt man 'Rhythmus' richtig?"), ("de", "Was ist 15 % von 80?"), ("de", "Nenne drei Wörter mit 'ie' für die 2. Klasse."),
    ("fr", "Quel est le féminin de « directeur » ?"), ("fr", "Combien font 7 × 8 ?"), ("fr", "Donne-moi un synonyme de « devoir » (travail scolaire)."),
    ("es", "¿Cómo se dice 'homework' en español?"), ("es", "Dame 3 sinónimos de 'rápido' para mis alumnos de primaria."),
    ("pt", "Qual é o plural de 'lápis'?"), ("pt", "Escreva 'bom fim de semana, turma!' de um jeito mais animado."),
    ("it", "Come si dice 'pagella' in inglese?"), ("pl", "Jak się pisze 'ołówek' w liczbie mnogiej?"),
    ("tr", "'Ödev' kelimesinin İngilizcesi nedir?"), ("ru", "Как правильно: «в течение» или «в течении» урока?"),
    ("ja", "「宿題」の読み方をひらがなで教えて。"), ("ko", "'숙제'를 영어로 뭐라고 해?"), ("zh", "“期末考试”用英语怎么说？"),
    ("ar", "ما جمع كلمة «مدرسة»؟"), ("he", "איך אומרים 'מחברת' באנגלית?"), ("hi", "'विद्यालय' का अंग्रेज़ी में क्या अर्थ है?"),
    ("el", "Πώς λέγεται «σχολική τσάντα» στα αγγλικά;"), ("th", "คำว่า 'การบ้าน' ภาษาอังกฤษคืออะไร"),
]
SIMPLE_T = [("en", "What is {a} x {b}?"), ("en", "Round {a}.{b} to the nearest whole number."), ("de", "Wie viel ist {a} + {b}?"),
            ("es", "¿Cuánto es {a} por {b}?"), ("fr", "Combien font {a} + {b} ?"), ("en", "How many minutes are in {a} lessons of {b} minutes?")]

SHORT_HARD = [
    ("en", "Prove that n^3 - n is divisible by 6 for every integer n, in a way a 15-year-old can follow, then generalise to n^p - n for prime p and say exactly which step needs p prime."),
    ("en", "Two schools: A has higher pass rates than B in every prior-attainment band, yet B's overall pass rate is higher. Construct a numeric example with 3 bands, explain the paradox, and say which comparison a regulator should publish and why."),
    ("en", "Compare deferred acceptance and the Boston mechanism for school admissions with sibling priority and catchment tiers: which is strategy-proof for parents, what breaks when siblings must be placed together, and give a 3-school counterexample."),
    ("en", "Outline Stocking-Lord IRT linking for two test forms with 12 anchor items under a 2PL model; state the assumptions, how you'd detect anchor drift, and what happens to cut scores if one anchor item is compromised."),
    ("en", "Our exam timetable: 40 papers, 6 slots/day, no candidate may sit >2 papers a day, some candidates take 11 papers. Is this NP-hard in general? Give a reduction or a polynomial algorithm for the case where each candidate takes at most 2 papers per subject group."),
    ("en", "A value-added model uses 25 pupils per class and a random intercept. Derive the standard error of a class effect, show how shrinkage changes the ranking of small classes, and argue whether league tables should use it."),
    ("en", "Design a marking-moderation sampling plan: 12 markers, 3,000 scripts, we want 95% confidence of detecting a marker who is 2 marks severe on a 60-mark paper. Justify the sample size per marker."),
    ("en", "Write a proof that a bipartite graph of students and tutors with Hall's condition has a perfect matching, then design an efficient algorithm to assign 500 students to 60 tutors with capacities and preferences, with complexity analysis."),
    ("en", "Explain rigorously why grading on a curve with fixed quotas is not monotone for an individual student's effort when students can collude, and propose a mechanism that is."),
    ("de", "Beweise, dass es unendlich viele Primzahlen der Form 4k+3 gibt, und erkläre, warum derselbe Beweis für 4k+1 scheitert."),
    ("de", "Entwirf ein faires Losverfahren für Gymnasialplätze mit Härtefallquote und Geschwisterbonus, das manipulationssicher ist; begründe formal."),
    ("fr", "Démontrer que la suite u(n+1) = u(n)/2 + 1/u(n) converge pour u(0) > 0 et trouver sa limite ; discuter la vitesse de convergence."),
    ("fr", "Parcoursup : analyser si le classement par les formations et les vœux des candidats peut produire une affectation instable ; donner un contre-exemple minimal."),
    ("es", "Demuestra que la raíz cuadrada de 2 es irracional y luego generaliza a la raíz k-ésima de cualquier entero que no sea potencia k-ésima perfecta."),
    ("es", "Diseña un algoritmo para formar grupos de 4 alumnos que maximice la diversidad de niveles sin separar a pares incompatibles; ¿es NP-difícil? Justifica."),
    ("pt", "Prove que toda árvore com n vértices tem n-1 arestas e use isso para analisar a complexidade de um algoritmo de rotas do transporte escolar."),
    ("ru", "Докажите, что в любом классе из 30 учеников найдутся двое с одинаковым числом друзей в классе, и обобщите на графы с петлями."),
    ("ja", "共通テストの得点調整（分位点差縮小法）の前提と限界を数式で説明し、科目間の難易度差が大きい場合の問題点を論じてください。"),
    ("ko", "수능 표준점수와 백분위 변환의 수학적 근거를 설명하고, 선택과목 간 유불리 문제를 통계적으로 분석해 줘."),
    ("zh", "证明：任意 6 名学生中，必有 3 人两两认识或两两不认识；再把结论推广到 R(3,4) 并给出上界证明。"),
    ("it", "Dimostra che la somma dei primi n cubi è il quadrato della somma dei primi n interi, con una prova per induzione e una combinatoria."),
    ("pl", "Udowodnij, że każdy graf planarny jest 5-kolorowalny, i wyjaśnij, jak to wykorzystać do układania planu lekcji bez kolizji sal."),
]
HARD_T = [("en", "Find all integer solutions of x^2 - {a}y^2 = 1 with y < 1000, prove your method finds all of them, and explain it to a Year 12 olympiad group."),
          ("en", "Prove or disprove: every tournament on {a} players (a round-robin class chess league) has a Hamiltonian path; then count the minimum number of 'upsets' possible."),
          ("de", "Zeige, dass die Folge a(n) = n^2 + n + {a} für kein n ≥ 1 ausschließlich Primzahlen liefert, und finde das kleinste Gegenbeispiel mit Begründung.")]

LONG_ITEMS = {
    "reading": ["{t} -- {p} pages -- level {l} -- shelf {s}", ["The Hidden Valley", "Rivers of the World", "Counting Stars", "The Kite Festival", "Volcanoes Up Close",
                                                        "My First Atlas", "The Clockmaker's Cat", "Seeds and Sprouts", "Ocean Giants", "The Lost Lunchbox"]],
    "supplies": ["{t} x{p} -- room {s} -- reorder level {l}", ["glue sticks", "A4 exercise books", "whiteboard markers", "graph paper pads", "scissors (left-handed)",
                                                          "coloured pencils", "protractors", "USB sticks 16GB", "laminating pouches", "pipettes"]],
    "timetable": ["{t}: period {l}, room {s}, {p} min", ["Maths 7B", "English 8A", "Science 9C", "PE 7A", "Art 10D", "History 8C", "French 9A", "Music 7C", "Computing 10A", "Geography 9B"]],
    "menu": ["{t} -- {p} kcal -- allergens: {s} -- day {l}", ["Vegetable lasagne", "Chicken curry & rice", "Jacket potato & beans", "Fish fingers", "Lentil soup",
                                                           "Pasta bake", "Bean chilli", "Roast dinner", "Falafel wrap", "Fruit salad"]],
}
EASY_ASKS = [("en", "sort this list alphabetically and remove duplicates"), ("en", "count how many lines there are per {k}"),
             ("en", "turn this into a markdown table"), ("de", "Bitte als Tabelle formatieren und nach Raum sortieren."),
             ("fr", "Mets cette liste en ordre alphabétique, s'il te plaît."), ("es", "Ordena la lista y quita los duplicados."),
             ("pt", "Coloca isso numa tabela, por favor."), ("ja", "これを表にまとめて、重複を消して。"), ("ko", "중복 제거하고 표로 정리해줘."),
             ("zh", "帮我把这个列表整理成表格，去掉重复项。"), ("it", "Ordina la lista in ordine alfabetico."), ("pl", "Posortuj tę listę alfabetycznie.")]

HARD_LONG_ASKS = [
    ("en", "Using the data above, estimate whether the tutoring programme had an effect after accounting for prior attainment and regression to the mean; specify the model, state assumptions, and say what the data cannot tell us."),
    ("en", "The admissions rules above conflict in at least three places. Identify each conflict, decide which rule prevails under a consistent interpretation, and rewrite the policy so that every applicant gets a single deterministic outcome."),
    ("en", "Given these constraints, produce a clash-free exam timetable or prove that none exists; if none exists, find the minimum set of constraints to relax and justify optimality."),
    ("en", "This grading script has subtle bugs. Find every bug, explain the failure case, and give a corrected version with tests that would have caught each bug."),
    ("de", "Analysiere die obigen Daten: Gibt es einen Effekt der Förderstunden, wenn man Vorleistung und Klassenclustering berücksichtigt? Begründe das Modell."),
    ("fr", "À partir des règles ci-dessus, identifie les contradictions et propose une rédaction cohérente qui donne un résultat unique pour chaque candidat."),
    ("es", "Con estas restricciones, construye un horario de exámenes sin choques o demuestra que es imposible, y justifica la optimalidad de tu propuesta."),
    ("ja", "上のデータから、補習の効果を事前学力と平均への回帰を考慮して推定し、モデルと前提、限界を説明してください。"),
    ("zh", "请根据上面的规则找出所有相互矛盾之处，给出统一解释并重写政策，使每位申请人都有唯一确定的结果。"),
    ("ru", "Найдите все ошибки в этом скрипте выставления оценок, объясните сбойные случаи и предложите исправленную версию с тестами."),
]


def long_block(kind, min_len=1500):
    fmt, items = LONG_ITEMS[kind]
    lines, i = [], 0
    while len("\n".join(lines)) < min_len and i < 200:
        i += 1
        lines.append(f"{i}. " + fmt.format(t=pick(items), p=R.randint(10, 400), l=R.randint(1, 9), s=pick(["A", "B", "C", "D"]) + str(R.randint(1, 20))))
    return "\n".join(lines)


def hard_context(ask_idx):
    kind = ask_idx % 4
    if kind == 0:
        rows = ["pupil,class,prior_score,tutored,post_score"]
        for i in range(45):
            p = R.randint(35, 95)
            rows.append(f"P{i + 1:03d},{pick(['7A', '7B', '7C', '8A', '8B'])},{p},{R.choice([0, 1])},{min(100, max(0, p + R.randint(-12, 15)))}")
        return "\n".join(rows)
    if kind == 1:
        clauses = ["Siblings of current pupils are admitted before all other applicants.", "Looked-after children are admitted first.",
                   "Applicants within the catchment are admitted before those outside, except siblings.", "Ties are broken by straight-line distance, measured to the main gate.",
                   "Ties are broken by random lottery supervised by an independent person.", "Twins are admitted together even if this exceeds the admission number.",
                   "No class may exceed 30 pupils.", "Children of staff employed for 2+ years have priority after siblings.",
                   "Late applications are considered after all on-time applications.", "A sibling is a child living at the same address for at least 5 days a week."]
        return "\n".join(f"{i + 1}. {c}" for i, c in enumerate((clauses * 2)[:18])) + "\n" + "\n".join(f"Note {k}: {pick(clauses)}" for k in range(6))
    if kind == 2:
        lines = []
        for i in range(28):
            a, b = R.sample(["Maths P1", "Maths P2", "Physics", "Chemistry", "Biology", "History", "French", "Geography", "Computing", "Art", "Music", "RE"], 2)
            lines.append(f"C{i + 1}: {a} and {b} share {R.randint(3, 60)} candidates; {pick(['not same day', 'not same session', 'at least 1 day apart', 'Hall capacity 180'])}")
        return "Slots: Mon-Fri AM/PM, 2 weeks.\n" + "\n".join(lines)
    code = ["def grade(scores, boundaries):", "    # boundaries: dict grade -> minimum mark, e.g. {'A': 70, 'B': 60}",
            "    out = {}", "    for pupil, s in scores.items():", "        for g, lo in sorted(boundaries.items(), key=lambda x: x[1]):",
            "            if s > lo:", "                out[pupil] = g", "    return out", "", "def average(xs):", "    return sum(xs) / len(xs)", "",
            "def moderate(scores, shift):", "    for k in scores:", "        scores[k] = round(scores[k] + shift, 0)", "    return scores", "",
            "def percent(mark, total=60):", "    return int(mark / total * 100)", "", "def rank(scores):", "    return sorted(scores, key=scores.get)[:10]"]
    return "\n".join(code * 2)


def make_complexity():
    recs = []
    def add(cat, label, lang, style, content, sys_=None):
        msgs = ([{"role": "system", "content": sys_}] if sys_ else []) + [{"role": "user", "content": content}]
        recs.append({"id": "", "category": cat, "label": label, "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat",
                     "lang": lang, "style": style, "body": {"model": pick(MODELS), "messages": msgs}})
    simple = SHORT_SIMPLE[:]
    for i in range(48):
        if i < len(simple):
            lang, q = simple[i]
        else:
            lang, t = pick(SIMPLE_T); q = t.format(a=R.randint(2, 60), b=R.randint(2, 12))
        add("short_simple", 0, lang, "teacher/quick_question", q, pick([None, "You are a helpful classroom assistant."]))
    for i in range(48):
        k = pick(list(LONG_ITEMS)); lang, ask = EASY_ASKS[i % len(EASY_ASKS)]
        block = long_block(k)
        content = pick([f"{ask.format(k='shelf')}\n\n{block}", f"{block}\n\n{ask.format(k='room')}"])
        assert len(content) >= 1500
        add("long_easy", 0, lang, f"admin/{k}/reformat", content)
    hard = SHORT_HARD[:]
    for i in range(48):
        if i < len(hard):
            lang, q = hard[i]
        else:
            lang, t = pick(HARD_T); q = t.format(a=pick([2, 3, 5, 6, 7, 10, 11, 13, 41]))
        add("short_hard", 1, lang, "olympiad_or_policy/short", q, pick([None, "You are an expert in mathematics education and assessment."]))
    for i in range(48):
        lang, ask = HARD_LONG_ASKS[i % len(HARD_LONG_ASKS)]
        ctx_kind = {0: 0, 4: 0, 7: 0, 1: 1, 5: 1, 8: 1, 2: 2, 6: 2, 3: 3, 9: 3}[i % len(HARD_LONG_ASKS)]
        ctx = hard_context(ctx_kind)
        add("long_hard", 1, lang, f"analyst/long/{['data', 'policy', 'timetable', 'code'][ctx_kind]}", pick([f"{ctx}\n\n{ask}", f"{ask}\n\n{ctx}"]))
    R.shuffle(recs)
    for i, r in enumerate(recs):
        r["id"] = f"{SPLIT}-cx-{i + 1:04d}"
    return recs


# ----------------------------------------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20260917)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    args = ap.parse_args(argv)
    R.seed(args.seed)
    FROZEN.clear(); FROZEN.update(frozen_words())
    build_locale_pools()
    EPONYMS[:] = build_pool("eponyms", lambda: pick(EPONYM_CANDS), len(EPONYM_CANDS), cap=2000, minimum=6)
    FICTION[:] = build_pool("fiction", lambda: pick(FICTION_CANDS), len(FICTION_CANDS), cap=2000, minimum=6)
    pii = make_pii()
    cx = make_complexity()
    out = pathlib.Path(args.out); out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    sens = sum(r["sensitive"] for r in pii)
    cats = collections.Counter(r["category"] for r in pii)
    ents = collections.Counter(e["type"] for r in pii for e in r["entities"])
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, "
          f"{len({r['lang'] for r in pii})} locales, {sum(r['endpoint'] == 'completions' for r in pii)} completions, "
          f"{sum('+incidental' in r['style'] for r in pii)} incidental")
    print("  categories:", dict(sorted(cats.items())))
    print("  entity types:", dict(sorted(ents.items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[-1] for r in pii).items())))
    cc = collections.Counter(r["category"] for r in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records, {dict(sorted(cc.items()))}, "
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial, {sum(r['label'] for r in cx)} labelled 1, "
          f"{len({r['lang'] for r in cx})} languages")
    print(f"freeze: {len(FROZEN)} frozen words; pool candidates dropped: {sum(FREEZE_STATS.values())}; "
          f"eponyms kept {len(EPONYMS)}/{len(EPONYM_CANDS)}, fiction kept {len(FICTION)}/{len(FICTION_CANDS)}")
    small = {k: len(v["given"]) for k, v in LOCPOOL.items() if len(v["given"]) < 40}
    small.update({k + ":family": len(v["family"]) for k, v in LOCPOOL.items() if len(v["family"]) < 40})
    if small:
        print("  pools below target size:", small)


if __name__ == "__main__":
    main()
