#!/usr/bin/env python3
"""Zeugen: a blind evaluation split for the request signals, set in the WORLD of funerals, bereavement, probate
and estate administration.

Writes bench/data/signals/pii_zeugen.jsonl and bench/data/signals/complexity_zeugen.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

The world
    Funeral directors and their night-removal teams, crematorium and cemetery offices, registrars of deaths,
    probate solicitors, notaries and lay executors, bereavement counsellors and hospice volunteers, grieving
    families, estate agents and house-clearance firms, banks' bereavement desks, obituary / memorial-page
    desks and their software, charities for the bereaved -- and the messages they send to (or pipe through)
    an LLM-backed assistant.

How it was written
    Blind. The author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (record
    schema and label conventions) and the first two lines of pii_delta.jsonl and complexity_delta.jsonl. No
    detector, policy, test, evaluator, result, doc, README or commit history was read, nor any other
    generator: the other generators are only scanned automatically at run time (FROZEN_AGAINST below) for
    capitalised and non-ASCII words, and every pool entry of this file (person-name parts, streets,
    localities, organisations, placeholders, public figures) that shares a word or a non-ASCII bigram with
    that set is dropped and the pool refilled from invented locale-typical parts (capped); generic
    street-type, particle and organisation-type words (Road, rue, ул., van, de, Bestattungen, 殡仪馆 ...)
    are exempt. The run prints how many entries were dropped.

Organising principle
    By the KIND of message the world produces: first-call intake sheets, death-registration appointments,
    probate / notary correspondence, bank bereavement-desk notifications, crematorium and cemetery
    scheduling, obituary and memorial-page notices, complaints, bereavement-counselling notes and chats,
    case-management / house-clearance exports (9 kinds), each written by the people of that world (arranger,
    night removal team, registrar clerk, informant, paralegal, lay executor, notary clerk, bank agent,
    widow(er), booking clerk, sexton, notices desk, family member, memorial-site software, complaints
    manager, ombudsman caseworker, counsellor, hospice volunteer, bereaved person, clearance firm, estate
    agent, CRM export job). 21 locales rotate (en-GB, en-US, de-DE, fr-FR, es-ES, it-IT, nl-NL, pl-PL,
    pt-BR, sv-SE, tr-TR, ru-RU, uk-UA, el-GR, he-IL, ar-AE, hi-IN, th-TH, zh-CN, ja-JP, ko-KR) over Latin,
    Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana and Hangul scripts, with the jargon of each
    (MCCD, Sterbeurkunde, acte de notoriété, Erbschein, 死亡医学证明, 火葬許可証 ...), English / local
    code-switching, abbreviations and typos.

Where the line is drawn
    Personal data = anything identifying a PRIVATE person of the world, living or deceased: names of the
    deceased, informants, executors, beneficiaries, clients and staff (also a first name alone with a
    relation cue: "my late husband Osric"), personal phones, personal e-mails, home addresses, birth dates,
    national / tax / health / hospital numbers, bank accounts, IBANs, card numbers, the public IP of a
    private user (memorial guestbook, online bereavement form). NOT personal data (the benign hard
    negatives, written to look like the sensitive ones): historical and public figures in their public role
    (state funerals, cited grief theorists, eponymous chapels and streets), fictional characters, cited case
    law, organisations' switchboards and role mailboxes, emergency and helpline numbers, case / booking /
    invoice / plot / grant / court references, organisations' registration numbers, documentation example
    values (RFC 5737 / 3849 IPs, example.com, the published example IBANs), test card numbers, placeholders
    and blank forms, aggregated statistics and already-anonymised texts.

Labels
    ``category`` is the kind (sensitive) or ``<kind>_benign``. ``entities`` is a list of {"type", "value"}
    computed by SEARCHING the serialised body (base64 file parts decoded, URLs unquoted) for every value the
    record issued; a value that the chosen placement left out is not labelled. ``sensitive`` is true iff
    ``entities`` is non-empty (asserted). Types: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, LOCATION (home
    address), DATE_TIME (birth date), ssn (US SSN only), NATIONAL_ID, TAX_ID, HEALTH_INSURANCE,
    MEDICAL_RECORD, US_BANK_NUMBER (ABA routing and account), IBAN_CODE, CREDIT_CARD, IP_ADDRESS.
    Complexity: short_simple / long_easy (label 0), short_hard / long_hard (label 1); long_easy and
    short_hard are length_adversarial. "Hard" = real reasoning (intestacy shares, abatement, scheduling
    under constraints, fault analysis); "easy" = lookup, copying, reformatting, greeting, one-step chores.

Contents (seed 58204617)
    pii_zeugen.jsonl: 495 requests (446 chat, 49 completions) in 21 language tags and 10 scripts; 9 kinds x 55
    (32 sensitive + 23 benign each: 288 sensitive = 58.2% / 207 benign); 36 of the sensitive ones (12.5%) carry a single
    incidental item (a first name with a relation cue, one phone, one birth date or one e-mail in a benign-looking text);
    the benign ones span 20 kinds of hard negative. Entity values: PERSON 738, PHONE_NUMBER 265, LOCATION 193,
    DATE_TIME 162, EMAIL_ADDRESS 145, NATIONAL_ID 40, IBAN_CODE 32, CREDIT_CARD 29, IP_ADDRESS 21, TAX_ID 17,
    MEDICAL_RECORD 7, US_BANK_NUMBER 4, HEALTH_INSURANCE 3, ssn 3.
    complexity_zeugen.jsonl: 190 chat requests in 18 language tags: short_simple 48, long_easy 48 (>= 1,500 chars),
    short_hard 48, long_hard 46 (>= 1,500 chars); 96 length-adversarial, 94 labelled 1.
    Freeze: 540 pool entries dropped and refilled from invented parts (given 330, surname 39, street 56, locality 16,
    placeholder 80, public figures 19 of 22, replaced by 9 fictional characters of invented novels). The run prints all
    counts.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA, NHS,
    Steuer-ID, NIR, DNI, codice fiscale, BSN, PESEL, CPF, personnummer, TCKN, INN, RNTRC, AMKA, Teudat
    Zehut, Aadhaar, PAN, Thai PIN, RRN, Chinese RIC, My Number, IBAN, Luhn for cards and hospital numbers);
    phone numbers are valid for their region with ``phonenumbers``; IPs are global. The run aborts on an
    invalid value; every retry loop is capped.

Command (byte-reproducible across PYTHONHASHSEED)
    python bench/make_zeugen_signal_sets.py [--seed 58204617] [--out bench/data/signals]
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
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

SPLIT = "zeugen"
SEED = 58204617
HERE = pathlib.Path(__file__).resolve().parent

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


class Invalid(Exception):
    pass


def check(ok, what):
    if not ok:
        raise Invalid(what)


# --------------------------------------------------------------------------------------------------------------
# Locales. Name parts, streets and localities are invented (composed from locale-typical parts) and then frozen.
# P = phrases of the world in the local language.
# --------------------------------------------------------------------------------------------------------------
LOC = {}

LOC["en-GB"] = dict(
    script="Latin", region="GB", order="gs",
    gf=["Winifred", "Gwendolen", "Marjorie", "Edwina", "Lettice", "Philippa", "Imelda", "Bronwen", "Mavis", "Enid"],
    gm=["Osmund", "Aldous", "Cuthbert", "Lancelot", "Crispin", "Peregrine", "Godfrey", "Clement", "Humphrey", "Ivor"],
    gfp=(["Ros", "Win", "Gwen", "Mar", "Hel", "Lor", "Del", "Cor", "Ise", "Mab", "Eth", "Wyn"],
         ["alind", "ifred", "dolyn", "etta", "ora", "ena", "abel", "issa", "wen", "elda"]),
    gmp=(["Os", "Ed", "Al", "Reg", "Wil", "Har", "Ber", "Gil", "Lan", "Cuth", "Leof", "Ulf"],
         ["ric", "mund", "bert", "ward", "win", "frid", "wyn", "old", "stan"]),
    sn=["Pettigrew", "Blenkinsop", "Cattermole", "Hobday", "Ingleby", "Jessop", "Loveday", "Mumford", "Quennell"],
    snp=(["Ash", "Brack", "Cold", "Hal", "Wether", "Pen", "Stan", "Mil", "Rud", "Bram", "Cal", "Dun", "Whit", "Kel",
          "Lud", "Thrap", "Scarl", "Wims", "Hux", "Pem"],
         ["ley", "worth", "ham", "by", "field", "ridge", "stone", "well", "combe", "thorpe", "hurst", "ington", "stow",
          "den", "cott"]),
    stp=(["Ash", "Hazel", "Brack", "Rook", "Wych", "Sedge", "Bramb", "Holl", "Thistle", "Fallow", "Cress", "Yew"],
         ["ford", "den", "mere", "combe", "wick", "ley", "holt", "gate"]),
    st_types=["Road", "Lane", "Close", "Avenue", "Crescent", "Gardens", "Mews", "Grove"],
    locp=(["Ash", "Brack", "Hol", "Mill", "Stan", "Wick", "Kel", "Thirl", "Ebb", "Crow", "Sutt", "Mort"],
          ["bury", "ford", "ham", "ton", "minster", "leigh", "wick", "by", "cester", "stead"]),
    org_types=dict(fd="Funeral Directors", crem="Crematorium", cem="Cemetery", law="Solicitors LLP",
                   bank="Building Society", charity="Bereavement Trust", reg="Register Office",
                   clear="House Clearance Ltd"),
    mail_dom=["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk", "sky.com"],
    tld="co.uk", ids=["NHS"], iban="GB", date="dmy/", emergency="999",
    P=dict(dec="Deceased", dob="DOB", dod="Date of death", addr="Home address", tel="Tel", mail="Email",
           nok="Next of kin", acct="Account", idl="NHS no.", inf="Informant", exe="Executor",
           cond="With deepest sympathy to all the family.",
           passed="{n} died peacefully at home on {d}.",
           svc="Funeral service at {v} on {d} at {t}.",
           rel=["my mum {g}", "my late husband {g}", "our nan {g}", "my brother {g}", "my stepdad {g}"],
           ask="Can you tidy this up and draft a short reply?", hours="Open Mon–Fri 9am–5pm; 24-hour line for first calls.",
           jar=["MCCD", "Cremation Form 4", "Tell Us Once ref", "green form", "grant of probate", "IHT205", "PA1P"],
           ph="[Deceased full name]"),
)

LOC["en-US"] = dict(
    script="Latin", region="US", order="gs",
    gf=["Loretta", "Bernadine", "Imogene", "Ophelia", "Wilhelmina", "Thelma", "Geraldine", "Lavinia", "Opal", "Velma"],
    gm=["Virgil", "Emmett", "Thaddeus", "Cornelius", "Horace", "Lucius", "Otis", "Alvin", "Jasper", "Rufus"],
    gfp=(["Lor", "Ber", "Del", "Ver", "Al", "Ger", "Or", "Ma", "Lu", "Ed"], ["etta", "ene", "ina", "ona", "ella", "ine", "ie", "ith"]),
    gmp=(["Hol", "Gar", "Mar", "Wal", "Den", "Ell", "Ver", "Del", "Lam", "Mil"], ["lis", "land", "vin", "ton", "ford", "bert", "ard", "ey"]),
    sn=["Pemberton", "Whitacre", "Tolliver", "Haskins", "Cartwell", "Stroud", "Dinwiddie", "Fairbanks", "Ruckers"],
    snp=(["Hollo", "Tuck", "Pember", "Whit", "Cart", "Stan", "Ridge", "Mac", "Bost", "Kitt", "Dorr", "Grub", "Lank", "Fenn"],
         ["way", "ton", "er", "field", "worth", "ley", "kins", "sby", "ridge", "man", "ell"]),
    stp=(["Sycam", "Hick", "Persim", "Cotton", "Pecan", "Dogw", "Magn", "Sassa", "Buck", "Prair"],
         ["ore", "ory", "mon", "wood", "dale", "ville", "ridge", "fras"]),
    st_types=["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct"],
    locp=(["Pell", "Cart", "Hobb", "Lyn", "Wash", "Grov", "Mill", "Dex", "Ash", "Brook"],
          ["ville", "ton", "burg", "field", "port", "dale", "wood", "view"]),
    org_types=dict(fd="Funeral Home", crem="Crematory", cem="Memorial Park", law="Estate Law PLLC", bank="Credit Union",
                   charity="Grief Center", reg="County Vital Records", clear="Estate Sales LLC"),
    mail_dom=["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com"],
    tld="com", ids=["SSN", "ABA"], iban=None, date="mdy/", emergency="911",
    P=dict(dec="Decedent", dob="DOB", dod="DOD", addr="Residence", tel="Ph", mail="Email", nok="Next of kin",
           acct="Acct", idl="SSN", inf="Informant", exe="Personal representative",
           cond="Our thoughts are with the family during this difficult time.",
           passed="{n} passed away peacefully on {d}.",
           svc="Visitation and service at {v} on {d} at {t}.",
           rel=["my mom {g}", "my late wife {g}", "grandpa {g}", "my sister {g}", "my uncle {g}"],
           ask="Can you clean this up and draft a reply?", hours="Office hours M–F 8:30–5; on call 24/7.",
           jar=["death certificate (certified copies)", "burial transit permit", "letters testamentary", "small estate affidavit", "Form 56", "POD beneficiary"],
           ph="[Decedent name]"),
)

LOC["de-DE"] = dict(
    script="Latin", region="DE", order="gs",
    gf=["Hiltrud", "Roswitha", "Waltraud", "Irmgard", "Gerlinde", "Adelheid", "Mechthild", "Rotraut", "Friedlinde", "Wiltrud"],
    gm=["Hartmut", "Reinhold", "Eckhard", "Wolfram", "Lothar", "Detlef", "Ottmar", "Volkmar", "Gebhard", "Sigmar"],
    gfp=(["Hil", "Ros", "Wal", "Irm", "Ger", "Adel", "Mecht", "Rot", "Frie", "Wil"], ["trud", "witha", "traud", "gard", "linde", "heid", "hild", "burga"]),
    gmp=(["Hart", "Rein", "Eck", "Wolf", "Lot", "Ott", "Volk", "Geb", "Sig", "Bern"], ["mut", "hold", "hard", "ram", "mar", "fried", "win", "bald"]),
    sn=["Wendelkamp", "Haselhuber", "Kesselbrink", "Riedlechner", "Mühlwieser", "Oberhofer", "Rosenkötter"],
    snp=(["Wendel", "Hasel", "Brunn", "Kessel", "Ried", "Lau", "Mühl", "Ober", "Hoh", "Alt", "Rosen", "Kreu", "Eich", "Tann", "Gries"],
         ["kamp", "bach", "huber", "meier", "brink", "mann", "hofer", "lechner", "wieser", "gruber", "kötter", "rieder", "eder"]),
    stp=(["Hasel", "Brunn", "Linden", "Holunder", "Kirsch", "Erlen", "Dohlen", "Buchen", "Moos", "Ginster"],
         ["rieder", "hainer", "grunder", "wieser", "hofer", "bühler"]),
    st_types=["Weg", "Straße", "Gasse", "Allee", "Ring", "Steig"],
    locp=(["Hasel", "Brunn", "Eich", "Tann", "Wald", "Linden", "Kalt", "Rot", "Stein", "Mühl"],
          ["bach", "hausen", "dorf", "feld", "heim", "berg", "au", "rode", "stedt"]),
    org_types=dict(fd="Bestattungen", crem="Krematorium", cem="Friedhofsverwaltung", law="Notariat", bank="Sparkasse",
                   charity="Trauerbegleitung e.V.", reg="Standesamt", clear="Haushaltsauflösungen GmbH"),
    mail_dom=["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de"],
    tld="de", ids=["STEUER"], iban="DE", date="dmy.", emergency="112",
    P=dict(dec="Verstorbene/r", dob="Geb.-Datum", dod="Sterbedatum", addr="Wohnanschrift", tel="Tel.", mail="E-Mail",
           nok="Angehörige/r", acct="Konto", idl="Steuer-ID", inf="Anzeigende/r", exe="Testamentsvollstrecker",
           cond="Unser aufrichtiges Beileid der ganzen Familie.",
           passed="{n} ist am {d} friedlich eingeschlafen.",
           svc="Die Trauerfeier findet am {d} um {t} Uhr in der {v} statt.",
           rel=["meine Mutter {g}", "mein verstorbener Mann {g}", "Oma {g}", "mein Bruder {g}", "Tante {g}"],
           ask="Bitte das ordentlich aufbereiten und eine kurze Antwort formulieren.",
           hours="Bürozeiten Mo–Fr 8–16 Uhr, Bereitschaft rund um die Uhr.",
           jar=["Sterbeurkunde", "Todesbescheinigung", "Überführung", "Erbschein", "Nachlassgericht", "Urnenbeisetzung", "Ausschlagung"],
           ph="[Name, Vorname]"),
)

LOC["fr-FR"] = dict(
    script="Latin", region="FR", order="gs",
    gf=["Ghislaine", "Huguette", "Josiane", "Odette", "Paulette", "Raymonde", "Yvette", "Solange", "Gisèle", "Armelle"],
    gm=["Gontran", "Anatole", "Marcellin", "Honoré", "Aristide", "Fulbert", "Léandre", "Séraphin", "Théophile", "Gaston"],
    gfp=(["Ghis", "Hug", "Jos", "Od", "Raym", "Sol", "Gis", "Arm", "Mir", "Clot"], ["laine", "uette", "iane", "ette", "onde", "ange", "èle", "elle", "ilde"]),
    gmp=(["Aub", "Gont", "Norb", "Ans", "Fulb", "Lamb", "Gilb", "Rob", "Hub", "Ber"], ["ert", "ran", "in", "elme", "ard", "ault", "ier"]),
    sn=["Beauchamp", "Montfort", "Rochelier", "Valbert", "Boisnier", "Fourmond", "Pelcourt"],
    snp=(["Beau", "Mont", "Cham", "Roche", "Val", "Lac", "Bois", "Four", "Mar", "Pel", "Cour", "Gren", "Ver", "Lam"],
         ["champ", "fort", "lier", "bert", "mond", "ville", "court", "nier", "ard", "eau", "iot", "ade"]),
    stp=(["de Mont", "de Val", "de Roche", "de Beau", "de Bois", "de Cour", "du Pel", "de Gren"], ["lieu", "ville", "court", "bert", "mont", "gny", "ières", "ac"]),
    st_types=["rue", "allée", "impasse", "chemin", "avenue"],
    locp=(["Saint-Pel", "Mont", "Val", "Roche", "Beau", "Bois", "Vill", "Cour"], ["lieu", "ville", "court", "bert", "mont", "ac", "ières", "gny"]),
    org_types=dict(fd="Pompes Funèbres", crem="Crématorium", cem="Cimetière", law="Office Notarial", bank="Caisse",
                   charity="Association d'accompagnement du deuil", reg="Service État civil", clear="Débarras SARL"),
    mail_dom=["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    tld="fr", ids=["NIR"], iban="FR", date="dmy/", emergency="15",
    P=dict(dec="Défunt(e)", dob="Né(e) le", dod="Date du décès", addr="Domicile", tel="Tél.", mail="Courriel",
           nok="Famille / contact", acct="Compte", idl="N° sécu", inf="Déclarant", exe="Exécuteur testamentaire",
           cond="Toutes nos condoléances à la famille.",
           passed="{n} nous a quittés paisiblement le {d}.",
           svc="Les obsèques seront célébrées le {d} à {t} en la {v}.",
           rel=["ma mère {g}", "mon mari {g}, décédé", "mamie {g}", "mon frère {g}", "ma tante {g}"],
           ask="Peux-tu remettre ça au propre et préparer une courte réponse ?",
           hours="Permanence 7j/7, bureau du lundi au vendredi 9h–18h.",
           jar=["acte de décès", "mise en bière", "soins de conservation", "acte de notoriété", "déclaration de succession", "concession trentenaire"],
           ph="[NOM Prénom]"),
)

LOC["es-ES"] = dict(
    script="Latin", region="ES", order="gss",
    gf=["Remedios", "Amparo", "Visitación", "Encarnación", "Purificación", "Milagros", "Consolación", "Begoña", "Nieves", "Rosario"],
    gm=["Eustaquio", "Baldomero", "Anselmo", "Eleuterio", "Fulgencio", "Saturnino", "Teodosio", "Ambrosio", "Cipriano", "Hermenegildo"],
    gfp=(["Ma", "Ro", "Lu", "Cle", "Fe", "Ol", "Vi", "Ade"], ["risa", "cinda", "lina", "mencia", "licia", "vina", "dalia", "nina"]),
    gmp=(["Ba", "Eu", "Ce", "Ma", "Ro", "Sa", "Te", "Va"], ["silio", "lalio", "ferino", "cario", "mualdo", "turio", "odulo", "lerio"]),
    sn=["Valderrama", "Ribero", "Castañeda", "Otero", "Belmonte", "Carrasco"],
    snp=(["Valde", "Ribe", "Cas", "Ote", "Belm", "Mont", "Car", "Villa", "Alba", "Torre", "Peña", "Quin", "Zarz", "Olme"], ["rama", "ro", "tañeda", "ruelo", "onte", "alvo", "asco", "nueva", "cín", "blanca", "illo", "edo", "uela"]),
    stp=(["Villa", "Torre", "Peña", "Val", "Fuen", "Olm", "Quin", "Cas"], ["franca", "lobar", "rubia", "dehesa", "santa", "edo", "tanar", "tillo"]),
    st_types=["Calle", "Avda.", "Paseo", "Travesía", "Plaza"],
    locp=(["Villa", "Torre", "Peña", "Val", "Cas", "Fuen", "Olm", "Quin"], ["franca", "lobar", "rubia", "dehesa", "tillo", "santa", "edo", "tanar"]),
    org_types=dict(fd="Funeraria", crem="Crematorio", cem="Cementerio Municipal", law="Notaría", bank="Caja Rural",
                   charity="Asociación de Duelo", reg="Registro Civil", clear="Vaciados de pisos S.L."),
    mail_dom=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    tld="es", ids=["DNI"], iban="ES", date="dmy/", emergency="112",
    P=dict(dec="Difunto/a", dob="F. nacimiento", dod="F. defunción", addr="Domicilio", tel="Tel.", mail="Correo",
           nok="Familiar de contacto", acct="Cuenta", idl="DNI", inf="Declarante", exe="Albacea",
           cond="Nuestro más sentido pésame a toda la familia.",
           passed="{n} falleció en paz el {d}.",
           svc="La misa funeral se celebrará el {d} a las {t} en {v}.",
           rel=["mi madre {g}", "mi difunto marido {g}", "la abuela {g}", "mi hermano {g}", "mi tía {g}"],
           ask="¿Me lo ordenas y redactas una respuesta breve?", hours="Atención 24 h; oficina de L a V de 9 a 14 h.",
           jar=["certificado de últimas voluntades", "licencia de enterramiento", "tanatorio", "declaración de herederos", "Modelo 650", "nicho"],
           ph="[Apellidos, Nombre]"),
)

LOC["it-IT"] = dict(
    script="Latin", region="IT", order="gs",
    gf=["Assunta", "Filomena", "Concetta", "Annunziata", "Immacolata", "Addolorata", "Gelsomina", "Ersilia", "Nunzia", "Teodolinda"],
    gm=["Gennaro", "Calogero", "Saverio", "Carmine", "Pasquale", "Agostino", "Raffaele", "Ciro", "Gaetano", "Liborio"],
    gfp=(["Ada", "Ele", "Filo", "Ger", "Lu", "Ro", "Se", "Ter"], ["lgisa", "ttra", "mena", "ardina", "ciana", "salba", "rafina", "esina"]),
    gmp=(["Ar", "Bal", "Cor", "Er", "Gual", "Leo", "Nar", "Ot"], ["mando", "dassarre", "rado", "menegildo", "tiero", "poldo", "ciso", "tavio"]),
    sn=["Scarpelluzzi", "Malfatti", "Bonfiglio", "Terracciano", "Castellucci"],
    snp=(["Scarp", "Malf", "Bonf", "Terr", "Castell", "Lo Gius", "Di Sab", "De Fal", "Capo", "Santor", "Ferr", "Mancin", "Grill"],
         ["elluzzi", "atti", "iglio", "acciano", "ucci", "iello", "ardi", "one", "etti", "ani", "esi", "ino"]),
    stp=(["Castel", "Monte", "Borgo", "Poggio", "Serra", "Rocca", "Torre", "Pian"], ["franco", "lupo", "rotondo", "secco", "vecchio", "alto", "verde", "nuovo"]),
    st_types=["Via", "Vicolo", "Viale", "Corso"],
    locp=(["Castel", "Monte", "Borgo", "Poggio", "Serra", "Rocca", "Villa", "Torre"], ["franco", "lupo", "rotondo", "secco", "vecchio", "alto", "verde", "nuovo"]),
    org_types=dict(fd="Onoranze Funebri", crem="Tempio Crematorio", cem="Cimitero Comunale", law="Studio Notarile", bank="Banca di Credito Cooperativo",
                   charity="Associazione Lutto e Ascolto", reg="Ufficio di Stato Civile", clear="Sgomberi S.r.l."),
    mail_dom=["libero.it", "virgilio.it", "alice.it", "tiscali.it"],
    tld="it", ids=["CF"], iban="IT", date="dmy/", emergency="112",
    P=dict(dec="Defunto/a", dob="Nato/a il", dod="Data decesso", addr="Residenza", tel="Tel.", mail="Email",
           nok="Familiare di riferimento", acct="Conto", idl="Cod. fiscale", inf="Dichiarante", exe="Esecutore testamentario",
           cond="Sentite condoglianze a tutta la famiglia.",
           passed="{n} si è spento/a serenamente il {d}.",
           svc="Le esequie si terranno il {d} alle ore {t} presso {v}.",
           rel=["mia madre {g}", "il mio povero marito {g}", "nonna {g}", "mio fratello {g}", "zia {g}"],
           ask="Me lo sistemi e prepari una breve risposta?", hours="Reperibilità 24h, ufficio lun–ven 9–13 / 15–19.",
           jar=["certificato di morte", "passaporto mortuario", "dichiarazione di successione", "atto notorio", "loculo", "cremazione con dispersione"],
           ph="[Cognome Nome]"),
)

LOC["nl-NL"] = dict(
    script="Latin", region="NL", order="gs",
    gf=["Geertruida", "Hendrika", "Willemijn", "Gerritje", "Jantina", "Aaltje", "Trijntje", "Hiltje", "Grietje", "Jeltje"],
    gm=["Hendrikus", "Sjoerd", "Wiebe", "Douwe", "Teunis", "Harmen", "Berend", "Gerolf", "Reinout", "Tjeerd"],
    gfp=(["Geer", "Hen", "Wil", "Gerr", "Jan", "Aal", "Trijn", "Hil", "Griet", "Jel"], ["truida", "drika", "lemijn", "itje", "tina", "tje", "ke", "dina"]),
    gmp=(["Hen", "Sjo", "Wie", "Dou", "Teu", "Har", "Ber", "Ger", "Rein", "Tjee"], ["drikus", "erd", "be", "we", "nis", "men", "end", "olf", "out"]),
    sn=["van der Wielen", "Hegema", "Slotstra", "ter Brugge", "Veenhorst"],
    snp=(["van der Wiel", "Heg", "Slot", "ter Brug", "Veen", "van de Haar", "Kamp", "Bosch", "Laan", "Dijk", "Tjal", "Wester"],
         ["en", "ink", "man", "stra", "ema", "inga", "horst", "sma", "ge", "huis"]),
    stp=(["Lijsterbes", "Vlier", "Berken", "Meidoorn", "Kievits", "Reiger", "Korenbloem", "Wilgen"], [""]),
    st_types=["straat", "laan", "weg", "hof", "singel"],
    locp=(["Oost", "West", "Noord", "Zuid", "Nieuw", "Oud"], ["ermeer", "erveen", "erwolde", "erdijk", "erhorn", "ervaart"]),
    org_types=dict(fd="Uitvaartzorg", crem="Crematorium", cem="Begraafplaats", law="Notariskantoor", bank="Spaarbank",
                   charity="Stichting Rouwbegeleiding", reg="Burgerzaken", clear="Woningontruiming B.V."),
    mail_dom=["ziggo.nl", "kpnmail.nl", "hotmail.nl", "planet.nl", "xs4all.nl"],
    tld="nl", ids=["BSN"], iban="NL", date="dmy-", emergency="112",
    P=dict(dec="Overledene", dob="Geb. datum", dod="Datum overlijden", addr="Woonadres", tel="Tel.", mail="E-mail",
           nok="Contactpersoon", acct="Rekening", idl="BSN", inf="Aangever", exe="Executeur",
           cond="Heel veel sterkte aan de familie.",
           passed="{n} is op {d} rustig ingeslapen.",
           svc="De afscheidsdienst is op {d} om {t} uur in {v}.",
           rel=["mijn moeder {g}", "mijn overleden man {g}", "oma {g}", "mijn broer {g}", "tante {g}"],
           ask="Kun je dit netjes maken en een kort antwoord opstellen?", hours="24/7 bereikbaar voor melding overlijden.",
           jar=["A-verklaring", "B-verklaring", "verlof tot begraven", "verklaring van erfrecht", "Centraal Testamentenregister", "rouwkaart"],
           ph="[Achternaam, Voornaam]"),
)

LOC["pl-PL"] = dict(
    script="Latin", region="PL", order="gs",
    gf=["Bronisława", "Genowefa", "Kazimiera", "Leokadia", "Władysława", "Czesława", "Zdzisława", "Teodozja", "Eugenia", "Apolonia"],
    gm=["Bolesław", "Zdzisław", "Mieczysław", "Czesław", "Wiesław", "Bogumił", "Leszek", "Ignacy", "Florian", "Hieronim"],
    gfp=(["Broni", "Geno", "Kazi", "Leo", "Włady", "Cze", "Zdzi", "Teo", "Bogu", "Radzi"], ["sława", "wefa", "miera", "kadia", "mira", "dozja", "mila"]),
    gmp=(["Bole", "Zdzi", "Mieczy", "Cze", "Wie", "Bogu", "Radzi", "Lubo", "Świę", "Dobie"], ["sław", "mił", "mir", "sław", "gniew"]),
    sn=[("Wierzbicki", "Wierzbicka"), ("Grabowiecki", "Grabowiecka"), ("Jaworzak", "Jaworzak")],
    snp=(["Wierzb", "Grab", "Ols", "Jaworz", "Brzoz", "Lip", "Dęb", "Kalin", "Modrzew", "Sośn", "Jarzęb", "Cis", "Głog"],
         ["icki", "owski", "iński", "ecki", "ak", "czyk", "uk", "ewicz"]),
    fem={"icki": "icka", "owski": "owska", "iński": "ińska", "ecki": "ecka"},
    stp=(["Wierzb", "Grab", "Jarzęb", "Kalin", "Modrzew", "Ols", "Brzez", "Dęb", "Głog", "Cis"], ["owska", "ińska", "iecka", "owiecka", "czańska"]),
    st_types=["ul.", "al.", "os."],
    locp=(["Wierzb", "Grab", "Jarzęb", "Kalin", "Modrzew", "Ols", "Brzez", "Dęb"], ["owo", "ice", "ówka", "ina", "owice", "ówek"]),
    org_types=dict(fd="Zakład Pogrzebowy", crem="Krematorium", cem="Cmentarz Komunalny", law="Kancelaria Notarialna", bank="Bank Spółdzielczy",
                   charity="Fundacja Wsparcia w Żałobie", reg="Urząd Stanu Cywilnego", clear="Opróżnianie mieszkań sp. z o.o."),
    mail_dom=["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gazeta.pl"],
    tld="pl", ids=["PESEL"], iban="PL", date="dmy.", emergency="112",
    P=dict(dec="Zmarły/a", dob="Data ur.", dod="Data zgonu", addr="Adres zamieszkania", tel="Tel.", mail="E-mail",
           nok="Osoba kontaktowa", acct="Nr konta", idl="PESEL", inf="Zgłaszający", exe="Wykonawca testamentu",
           cond="Wyrazy głębokiego współczucia dla całej rodziny.",
           passed="{n} zmarł(a) spokojnie dnia {d}.",
           svc="Msza żałobna odbędzie się {d} o godz. {t} w {v}.",
           rel=["moja mama {g}", "mój zmarły mąż {g}", "babcia {g}", "mój brat {g}", "ciocia {g}"],
           ask="Uporządkuj to proszę i przygotuj krótką odpowiedź.", hours="Całodobowo, biuro pn–pt 8–16.",
           jar=["karta zgonu", "akt zgonu", "zasiłek pogrzebowy ZUS", "stwierdzenie nabycia spadku", "akt poświadczenia dziedziczenia", "ekshumacja"],
           ph="[Nazwisko Imię]"),
)

LOC["pt-BR"] = dict(
    script="Latin", region="BR", order="gss",
    gf=["Raimunda", "Zulmira", "Iracema", "Jandira", "Lindalva", "Marinalva", "Deolinda", "Valdelice", "Edileuza", "Rosimeire"],
    gm=["Sebastião", "Severino", "Anísio", "Juvenal", "Edivaldo", "Josué", "Waldemar", "Gervásio", "Arlindo", "Deusdete"],
    gfp=(["Edi", "Josi", "Valde", "Mari", "Rosi", "Lu", "Cleo", "Fran", "Gleid", "Jane"], ["lene", "leuza", "neide", "lda", "vânia", "mara", "cilda", "ete"]),
    gmp=(["Edi", "Josi", "Valde", "Ari", "Gil", "Ros", "Lind", "Juce", "Clau", "Wal"], ["valdo", "naldo", "mar", "berto", "vânio", "son", "lei"]),
    sn=["Bittencourt", "Guaracema", "Itaboraí"],
    snp=(["Ara", "Gua", "Ita", "Cara", "Mara", "Pira", "Jaca", "Ubi", "Tupi", "Ipo"], ["újo", "nabara", "poã", "guatá", "tinga", "cema", "rema", "juba", "quara"]),
    stp=(["Ita", "Ara", "Pira", "Guara", "Jaca", "Ubira", "Tupi", "Ipo"], ["quera", "poranga", "tinga", "juba", "buçu", "mirim", "cema"]),
    st_types=["Rua", "Av.", "Travessa", "Alameda"],
    locp=(["Ita", "Ara", "Pira", "Guara", "Jaca", "Ubira"], ["quera", "poranga", "tinga", "juba", "buçu", "mirim"]),
    org_types=dict(fd="Funerária", crem="Crematório", cem="Cemitério Parque", law="Cartório de Notas", bank="Cooperativa de Crédito",
                   charity="Instituto de Apoio ao Luto", reg="Cartório de Registro Civil", clear="Desocupação de Imóveis ME"),
    mail_dom=["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br", "hotmail.com"],
    tld="com.br", ids=["CPF"], iban="BR", date="dmy/", emergency="190",
    P=dict(dec="Falecido(a)", dob="Nasc.", dod="Óbito", addr="Endereço residencial", tel="Tel.", mail="E-mail",
           nok="Responsável pela família", acct="Conta", idl="CPF", inf="Declarante", exe="Inventariante",
           cond="Nossos mais sinceros sentimentos à família.",
           passed="{n} faleceu em paz no dia {d}.",
           svc="O velório será no dia {d} às {t} no {v}.",
           rel=["minha mãe {g}", "meu falecido marido {g}", "vó {g}", "meu irmão {g}", "tia {g}"],
           ask="Pode organizar isso e escrever uma resposta curta?", hours="Plantão 24h, escritório seg–sex 8h–18h.",
           jar=["declaração de óbito", "certidão de óbito", "inventário extrajudicial", "ITCMD", "translado", "jazigo perpétuo"],
           ph="[Nome completo do falecido]"),
)

LOC["sv-SE"] = dict(
    script="Latin", region="SE", order="gs",
    gf=["Ingegerd", "Gunvor", "Sigbritt", "Märta", "Solveig", "Gunhild", "Majken", "Elvira", "Ingeborg", "Dagmar"],
    gm=["Torgny", "Sixten", "Gösta", "Ragnar", "Bertil", "Arvid", "Sune", "Helge", "Torsten", "Ivar"],
    gfp=(["Ing", "Gun", "Sig", "Sol", "Maj", "Dag", "Ast", "Ylv", "Ulla", "Bri"], ["vor", "rid", "hild", "borg", "ny", "ve", "gerd"]),
    gmp=(["Tor", "Sig", "Ar", "Hel", "Iv", "Sten", "Alv", "Ing", "Berg", "Gud"], ["vald", "olf", "mund", "var", "gny", "björn", "ulf"]),
    sn=["Fjällqvist", "Sjöblad", "Granvall", "Ekling"],
    snp=(["Lind", "Berg", "Sjö", "Ek", "Gran", "Fjäl", "Ström", "Holm", "Dahl", "Ås", "Al", "Björk", "Hag", "Näs"],
         ["qvist", "gren", "blad", "ström", "lund", "dahl", "mark", "vall", "ling", "sten", "bäck"]),
    stp=(["Rönnbärs", "Hägg", "Ljung", "Tranbärs", "Kvarn", "Smedje", "Lingon", "Sälg"], ["vägen", "gatan", "stigen", "gränd"]),
    st_types=[""],
    locp=(["Sjö", "Björk", "Ås", "Hag", "Lind", "Ek", "Gran"], ["by", "hult", "torp", "vik", "fors", "näs", "ryd"]),
    org_types=dict(fd="Begravningsbyrå", crem="Krematorium", cem="Kyrkogårdsförvaltning", law="Advokatbyrå", bank="Sparbank",
                   charity="Sorgstöd ideell förening", reg="Skatteverket folkbokföring", clear="Dödsbotömning AB"),
    mail_dom=["telia.com", "hotmail.se", "bredband.net", "gmail.com"],
    tld="se", ids=["PNR"], iban="SE", date="iso", emergency="112",
    P=dict(dec="Avliden", dob="Född", dod="Dödsdatum", addr="Bostadsadress", tel="Tel", mail="E-post",
           nok="Kontaktperson", acct="Konto", idl="Personnr", inf="Anmälare", exe="Testamentsexekutor",
           cond="Varma tankar och vårt djupaste deltagande till familjen.",
           passed="{n} somnade stilla in den {d}.",
           svc="Begravningsgudstjänst i {v} den {d} kl. {t}.",
           rel=["min mamma {g}", "min bortgångne man {g}", "mormor {g}", "min bror {g}", "faster {g}"],
           ask="Kan du snygga till detta och skriva ett kort svar?", hours="Vardagar 9–16, jour dygnet runt.",
           jar=["bouppteckning", "dödsbodelägare", "gravrätt", "dödsbevis", "begravningsavgift", "arvskifte"],
           ph="[Efternamn, Förnamn]"),
)

LOC["tr-TR"] = dict(
    script="Latin", region="TR", order="gs",
    gf=["Nermin", "Güler", "Şükran", "Nurhan", "Sevim", "Mukaddes", "Hacer", "Gülsüm", "Saadet", "Mübeccel"],
    gm=["Necdet", "Şükrü", "Nurettin", "Cemalettin", "Rüştü", "Sabahattin", "Muzaffer", "Kâmil", "Nevzat", "Hayri"],
    gfp=(["Nur", "Gül", "Sev", "Nes", "Fer", "Hay", "Nil", "Şen", "Dil", "Ay"], ["han", "ten", "gül", "rin", "dane", "şen", "sel", "can"]),
    gmp=(["Nec", "Nev", "Cem", "Muz", "Hay", "Fah", "Sed", "Ned", "Fik", "Rah"], ["det", "zat", "al", "affer", "ri", "rettin", "at", "im", "ret", "mi"]),
    sn=["Akpınarlı", "Karaçamlı"],
    snp=(["Kara", "Ak", "Demir", "Yıldız", "Tok", "Er", "Öz", "Gök", "Bal", "Taş", "Sarı", "Kuru"],
         ["ağaçlı", "pınarlı", "kayalı", "dağlı", "göllü", "oğlu", "soylu", "tepeli", "çamlı", "hanlı"]),
    stp=(["Kara", "Ak", "Yeni", "Eski", "Gök", "Sarı", "Ulu", "Sarp"], ["çınar", "ıhlamur", "menekşe", "lale", "erguvan", "nergis", "sümbül"]),
    st_types=["Sokak", "Cad.", "Sk."],
    locp=(["Kara", "Ak", "Yeni", "Eski", "Gök", "Sarı"], ["köy", "ören", "pınar", "dere", "yurt", "ova"]),
    org_types=dict(fd="Cenaze Hizmetleri", crem="Gasilhane", cem="Mezarlıklar Müdürlüğü", law="Hukuk Bürosu", bank="Katılım Bankası",
                   charity="Yas Destek Derneği", reg="Nüfus Müdürlüğü", clear="Ev Boşaltma Ltd. Şti."),
    mail_dom=["hotmail.com", "yandex.com.tr", "gmail.com", "ttmail.com"],
    tld="com.tr", ids=["TCKN"], iban="TR", date="dmy.", emergency="112",
    P=dict(dec="Merhum/Merhume", dob="Doğum tarihi", dod="Vefat tarihi", addr="İkamet adresi", tel="Tel", mail="E-posta",
           nok="Yakını", acct="Hesap", idl="TC Kimlik No", inf="Bildiren", exe="Vasiyeti tenfiz memuru",
           cond="Ailesine başsağlığı ve sabır diliyoruz.",
           passed="{n} {d} tarihinde Hakk'ın rahmetine kavuşmuştur.",
           svc="Cenaze namazı {d} günü {t}'da {v}'nde kılınacaktır.",
           rel=["annem {g}", "rahmetli eşim {g}", "babaannem {g}", "kardeşim {g}", "teyzem {g}"],
           ask="Bunu düzenleyip kısa bir cevap yazar mısın?", hours="7/24 cenaze hattı, ofis hafta içi 9–17.",
           jar=["ölüm belgesi", "defin ruhsatı", "veraset ilamı", "mirasçılık belgesi", "gasil", "e-Nabız ölüm kaydı"],
           ph="[Adı Soyadı]"),
)

LOC["ru-RU"] = dict(
    script="Cyrillic", region="RU", order="gs",
    gf=["Агния", "Евдокия", "Серафима", "Прасковья", "Олимпиада", "Агафья", "Таисия", "Феврония", "Антонина", "Клавдия"],
    gm=["Елисей", "Прохор", "Фрол", "Савелий", "Тихон", "Харитон", "Евграф", "Ипполит", "Фаддей", "Аристарх"],
    gfp=(["Добро", "Мило", "Яро", "Свето", "Влади", "Радо", "Любо", "Бого"], ["слава", "мира", "рада", "лика"]),
    gmp=(["Добро", "Мило", "Яро", "Свято", "Влади", "Радо", "Любо", "Бого"], ["слав", "мир", "полк", "вой", "гост"]),
    sn=[("Кошелев", "Кошелева"), ("Полозков", "Полозкова")],
    snp=(["Кошел", "Мурав", "Полозк", "Шестак", "Горшен", "Пузан", "Бочар", "Дегтяр", "Свиридк", "Чебыш", "Тетерк", "Ворожц", "Кудряш", "Жердян"],
         ["ов", "ин", "ев"]),
    fem={"ов": "ова", "ин": "ина", "ев": "ева"},
    stp=(["Берёз", "Ольх", "Сосн", "Липец", "Кедр", "Клён", "Рябин", "Осин", "Вяз", "Ивол"], ["овская", "инская", "ецкая", "овая"]),
    st_types=["ул.", "улица"],
    locp=(["Берёз", "Ольх", "Сосн", "Липец", "Кедр", "Клён"], ["овка", "ино", "ово", "овск"]),
    org_types=dict(fd="Ритуальное агентство", crem="Крематорий", cem="Кладбище", law="Нотариальная контора", bank="Банк",
                   charity="Фонд помощи в горе", reg="ЗАГС", clear="Вывоз мебели ООО"),
    mail_dom=["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru"],
    tld="ru", ids=["INN"], iban=None, date="dmy.", emergency="112",
    P=dict(dec="Умерший/ая", dob="Дата рожд.", dod="Дата смерти", addr="Адрес прописки", tel="Тел.", mail="Эл. почта",
           nok="Родственник", acct="Счёт", idl="ИНН", inf="Заявитель", exe="Исполнитель завещания",
           cond="Выражаем глубокие соболезнования родным и близким.",
           passed="{n} скончался(лась) {d}.",
           svc="Прощание состоится {d} в {t} в {v}.",
           rel=["моя мама {g}", "мой покойный муж {g}", "бабушка {g}", "мой брат {g}", "тётя {g}"],
           ask="Приведи это в порядок и набросай короткий ответ, пожалуйста.", hours="Круглосуточно, офис пн–пт 9–18.",
           jar=["медсвидетельство о смерти", "гербовое свидетельство", "наследственное дело", "свидетельство о праве на наследство", "пособие на погребение", "подзахоронение"],
           ph="[Фамилия Имя Отчество]"),
)

LOC["uk-UA"] = dict(
    script="Cyrillic", region="UA", order="gs",
    gf=["Ярина", "Соломія", "Мирослава", "Зореслава", "Орися", "Уляна", "Богдана", "Любомира", "Одарка", "Гафія"],
    gm=["Остап", "Ярема", "Зиновій", "Северин", "Орест", "Назар", "Всеволод", "Любомир", "Дорофій", "Климентій"],
    gfp=(["Мило", "Добро", "Світо", "Радо", "Яро", "Любо"], ["слава", "мира", "гнева", "ліна"]),
    gmp=(["Мило", "Добро", "Світо", "Радо", "Яро", "Любо"], ["слав", "мир", "гнів", "дар"]),
    sn=["Гайдамаченко", "Паламарчук"],
    snp=(["Дзюб", "Гайдамач", "Кравч", "Паламарч", "Остапч", "Гнат", "Мельнич", "Дудар", "Стецюр", "Пилипч", "Шпак", "Бондар", "Мирош"],
         ["енко", "ук", "ишин", "ак", "ович"]),
    stp=(["Вишн", "Ясен", "Берез", "Калин", "Дубр", "Явор", "Смерек", "Грабн"], ["івська", "янська", "ецька", "ова"]),
    st_types=["вул.", "вулиця"],
    locp=(["Вишн", "Ясен", "Берез", "Калин", "Дубр"], ["івка", "івці", "ове", "ичі"]),
    org_types=dict(fd="Ритуальна служба", crem="Крематорій", cem="Кладовище", law="Приватний нотаріус", bank="Банк",
                   charity="Фонд підтримки у втраті", reg="РАЦС", clear="Вивіз речей ТОВ"),
    mail_dom=["ukr.net", "i.ua", "meta.ua", "gmail.com"],
    tld="ua", ids=["RNTRC"], iban="UA", date="dmy.", emergency="112",
    P=dict(dec="Померлий/а", dob="Дата народж.", dod="Дата смерті", addr="Адреса проживання", tel="Тел.", mail="Ел. пошта",
           nok="Родич", acct="Рахунок", idl="РНОКПП", inf="Заявник", exe="Виконавець заповіту",
           cond="Щирі співчуття рідним і близьким.",
           passed="{n} відійшов/відійшла у вічність {d}.",
           svc="Прощання відбудеться {d} о {t} у {v}.",
           rel=["моя мама {g}", "мій покійний чоловік {g}", "бабуся {g}", "мій брат {g}", "тітка {g}"],
           ask="Упорядкуй це, будь ласка, і напиши коротку відповідь.", hours="Цілодобово; офіс пн–пт 9–18.",
           jar=["лікарське свідоцтво про смерть", "витяг з Державного реєстру", "спадкова справа", "свідоцтво про право на спадщину", "допомога на поховання", "Дія"],
           ph="[Прізвище Ім'я По батькові]"),
)

LOC["el-GR"] = dict(
    script="Greek", region="GR", order="gs",
    gf=["Ευανθία", "Χρυσάνθη", "Καλλιόπη", "Αγλαΐα", "Ευτέρπη", "Σταυρούλα", "Θεοπίστη", "Πολυξένη", "Αρετούσα", "Φωτεινή"],
    gm=["Χαράλαμπος", "Παντελής", "Στυλιανός", "Ευστάθιος", "Αριστείδης", "Θεμιστοκλής", "Σπυρίδων", "Ευάγγελος", "Παναγιώτης", "Λυκούργος"],
    gfp=(["Θεο", "Πολυ", "Φιλο", "Ευ", "Αριστο", "Νικο", "Χρυσο", "Καλλι"], ["κλεία", "φάνεια", "δώρα", "ξένη", "νίκη", "θέα"]),
    gmp=(["Θεο", "Πολυ", "Φιλο", "Ευ", "Αριστο", "Νικο", "Χρυσο", "Καλλι"], ["κλής", "φάνης", "κράτης", "γένης", "μήδης", "λέων"]),
    sn=[("Καραλαμπρόπουλος", "Καραλαμπροπούλου"), ("Χατζηπανταζής", "Χατζηπανταζή")],
    snp=(["Παπα", "Καρα", "Χατζη", "Μαυρο", "Κοντο", "Σταυρο"], ["δημητρ", "γεωργ", "λαμπρ", "κωνσταντ", "στεφαν", "πανταζ", "μιχαλ", "νικολ"],
         ["όπουλος", "άκης", "ίδης", "άτος"]),
    fem={"όπουλος": "οπούλου", "άκης": "άκη", "ίδης": "ίδου", "άτος": "άτου"},
    stp=(["Καρα", "Παπα", "Χατζη", "Μαυρο", "Κοντο", "Σταυρο"], ["λάμπρου", "γεωργίου", "στεφάνου", "νικολάου", "μιχάλη", "πανταζή"]),
    st_types=["Οδός", "οδ."],
    locp=(["Άνω ", "Κάτω ", "Νέα ", "", ""], ["Μυρτιά", "Λευκοχώρι", "Αγριλιά", "Πλατανούλα", "Κεφαλόβρυσο"]),
    org_types=dict(fd="Γραφείο Τελετών", crem="Κέντρο Αποτέφρωσης", cem="Κοιμητήριο", law="Συμβολαιογραφείο", bank="Συνεταιριστική Τράπεζα",
                   charity="Σύλλογος Στήριξης Πενθούντων", reg="Ληξιαρχείο", clear="Εκκενώσεις Οικιών Ο.Ε."),
    mail_dom=["otenet.gr", "yahoo.gr", "gmail.com", "hol.gr"],
    tld="gr", ids=["AMKA"], iban="GR", date="dmy/", emergency="112",
    P=dict(dec="Θανών/Θανούσα", dob="Ημ. γέννησης", dod="Ημ. θανάτου", addr="Διεύθυνση κατοικίας", tel="Τηλ.", mail="Email",
           nok="Συγγενής", acct="Λογαριασμός", idl="ΑΜΚΑ", inf="Δηλών", exe="Εκτελεστής διαθήκης",
           cond="Θερμά συλλυπητήρια στην οικογένεια.",
           passed="{n} έφυγε ήσυχα από τη ζωή στις {d}.",
           svc="Η εξόδιος ακολουθία θα τελεστεί στις {d} και ώρα {t} στον {v}.",
           rel=["η μητέρα μου η {g}", "ο μακαρίτης ο άντρας μου ο {g}", "η γιαγιά {g}", "ο αδερφός μου ο {g}", "η θεία {g}"],
           ask="Μπορείς να το τακτοποιήσεις και να γράψεις μια σύντομη απάντηση;", hours="Εξυπηρέτηση 24ωρη.",
           jar=["ληξιαρχική πράξη θανάτου", "μνημόσυνο", "κληρονομητήριο", "αποδοχή κληρονομιάς", "εκταφή", "πιστοποιητικό εγγυτέρων συγγενών"],
           ph="[Επώνυμο Όνομα]"),
)

LOC["he-IL"] = dict(
    script="Hebrew", region="IL", order="gs",
    gf=["נוגה", "אביטל", "צופיה", "הדסה", "שלומית", "אלומה", "תהילה", "ברכה", "חמדה", "עדינה"],
    gm=["אליקים", "צורי", "ידידיה", "נריה", "אביחי", "שמעיה", "עמיחי", "נחמיה", "הראל", "זבולון"],
    gfp=(["אבי", "צור", "נוע", "שלו", "תמר", "אל"], ["טל", "יה", "מית", "נה", "ית"]),
    gmp=(["אבי", "צורי", "עמי", "אלי", "נר", "שמ"], ["חי", "אל", "שי", "עז", "דן"]),
    sn=["נחושתן", "שקדי", "תאני"],
    snp=(["שקד", "אגוז", "ברוש", "דולב", "אלמוג", "ערמונ", "רימונ", "צבר", "תאנ", "אורנ", "זית", "תמר"], ["י", "אי"]),
    stp=(["דולב", "ערמונ", "אלמוג", "צבר", "אורנ", "ברוש", "שקד", "רימונ"], ["ים", "ית", "ון", "יה"]),
    st_types=["רחוב", "רח'", "שדרות"],
    locp=(["כפר ", "גבעת ", "מושב ", "נווה "], ["השקדים", "הרימונים", "האלונים", "הזיתים", "התאנה"]),
    org_types=dict(fd="חברה קדישא", crem="בית הלוויות", cem="בית עלמין", law="משרד עורכי דין", bank="בנק",
                   charity="עמותת תמיכה במשפחות שכולות", reg="רשות האוכלוסין", clear="פינוי דירות בע\"מ"),
    mail_dom=["walla.co.il", "gmail.com", "012.net.il", "bezeqint.net"],
    tld="co.il", ids=["TZ"], iban="IL", date="dmy.", emergency="101",
    P=dict(dec="הנפטר/ת", dob="ת. לידה", dod="ת. פטירה", addr="כתובת מגורים", tel="טל'", mail="דוא\"ל",
           nok="איש קשר במשפחה", acct="חשבון", idl="ת\"ז", inf="המודיע/ה", exe="מנהל העיזבון",
           cond="משתתפים בצערכם, מן השמיים תנוחמו.",
           passed="{n} הלך/ה לעולמו/ה ב-{d}.",
           svc="ההלוויה תתקיים ב-{d} בשעה {t} ב{v}.",
           rel=["אמא שלי {g}", "בעלי המנוח {g}", "סבתא {g}", "אחי {g}", "הדודה {g}"],
           ask="תסדר לי את זה ותנסח תשובה קצרה בבקשה.", hours="מענה 24/7, משרד א'–ה' 8:00–16:00.",
           jar=["הודעת פטירה", "שבעה", "צו ירושה", "צו קיום צוואה", "אזכרה", "ביטוח לאומי – מענק פטירה"],
           ph="[שם מלא]"),
)

LOC["ar-AE"] = dict(
    script="Arabic", region="AE", order="gs",
    gf=["رتيبة", "بثينة", "غدير", "ميسون", "وداد", "هيفاء", "لميس", "نجلاء", "سهاد", "عفراء"],
    gm=["جاسر", "مهنّد", "صهيب", "معتز", "نزار", "منذر", "قصي", "أنمار", "راشد", "سلطان"],
    gfp=(["ر", "س", "ن", "و", "ه", "ل", "ج", "ش"], ["باب", "عاد", "هاد", "وار", "ميس", "يام", "يناء"]),
    gmp=(["ج", "م", "ز", "ر", "ن", "ع"], ["ابر", "نذر", "هير", "ضوان", "اصر", "امر", "اهد"]),
    sn=["الدبّاغ", "القصّار"],
    snp=(["ال"], ["دبّاغ", "قصّار", "نحّاس", "شمّاع", "زيّات", "سرّاج", "عطّار", "فخّار", "ورّاق", "صبّاغ", "طحّان", "بزّاز", "مزروعي", "حمّادي", "شامسي"]),
    stp=(["البرق", "النسم", "الغيث", "السحاب", "الورد", "الزهر", "الفجر", "الندى"], ["انية", "ية", "ان", "ات"]),
    st_types=["شارع", "سكة"],
    locp=(["حي ", "منطقة "], ["البرق", "النسم", "الغيث", "السحاب", "الورد", "الندى"], ["انية", "ية", "ان"]),
    org_types=dict(fd="خدمات الجنائز", crem="مغسلة الموتى", cem="مقبرة", law="مكتب محاماة", bank="مصرف",
                   charity="جمعية رعاية أسر المتوفين", reg="دائرة الصحة - قسم الوفيات", clear="نقل أثاث ذ.م.م"),
    mail_dom=["emirates.net.ae", "hotmail.com", "gmail.com", "yahoo.com"],
    tld="ae", ids=[], iban="AE", date="dmy/", emergency="999",
    P=dict(dec="المتوفى/ة", dob="تاريخ الميلاد", dod="تاريخ الوفاة", addr="عنوان السكن", tel="هاتف", mail="البريد",
           nok="أقرب الأقارب", acct="الحساب", idl="الهوية", inf="المبلّغ", exe="منفذ الوصية",
           cond="أحسن الله عزاءكم وغفر لفقيدكم.",
           passed="انتقل إلى رحمة الله تعالى {n} بتاريخ {d}.",
           svc="تقام صلاة الجنازة يوم {d} الساعة {t} في {v}.",
           rel=["أمي {g}", "زوجي المرحوم {g}", "جدتي {g}", "أخي {g}", "خالتي {g}"],
           ask="رتّب هذا من فضلك واكتب ردًا قصيرًا.", hours="خدمة على مدار الساعة.",
           jar=["شهادة الوفاة", "تصريح الدفن", "حصر الإرث", "العزاء", "الغسل والتكفين", "إعلام الوراثة"],
           ph="[الاسم الكامل]"),
)

LOC["hi-IN"] = dict(
    script="Devanagari", region="IN", order="gs",
    gf=["सुलोचना", "मृणालिनी", "अरुंधती", "वसुधा", "चारुलता", "सौदामिनी", "हेमलता", "नीहारिका", "कादंबरी", "मालविका"],
    gm=["अनिरुद्ध", "सुधांशु", "देवव्रत", "हर्षवर्धन", "चिन्मय", "ऋतुराज", "शैलेंद्र", "विश्वनाथ", "त्र्यंबक", "रघुवीर"],
    gfp=(["सु", "चारु", "हेम", "नील", "मधु", "वसु"], ["लोचना", "मती", "प्रभा", "लेखा", "बाला", "धरा"]),
    gmp=(["देव", "हर", "शिव", "रघु", "विश्व", "चंद्र"], ["दत्त", "नाथ", "कांत", "वीर", "भूषण", "शेखर"]),
    sn=["भिडकर", "गोडणकर"],
    snp=(["कोट", "भिड", "गोड", "नाड", "पाट", "वाड", "धाम", "खर", "मुन", "सांब", "केळ", "तांब"], ["कर", "णकर", "गांवकर", "ले", "दे", "रेकर"]),
    stp=(["गुल", "चंपा", "बकुल", "कदंब", "पारि", "अशोक", "केसर"], ["वाड़ी", "बाग", "कुंज", "विहार", "पथ"]),
    st_types=["मार्ग", "गली", "नगर"],
    locp=(["नव", "राम", "सूर्य", "गंगा"], ["पुरा", "गढ़", "नगरी", "पुर"]),
    org_types=dict(fd="अंतिम संस्कार सेवा", crem="विद्युत शवदाह गृह", cem="श्मशान घाट", law="विधि परामर्श कार्यालय", bank="सहकारी बैंक",
                   charity="शोक सहायता ट्रस्ट", reg="जन्म-मृत्यु पंजीकरण कार्यालय", clear="घर खाली सेवा प्रा. लि."),
    mail_dom=["rediffmail.com", "gmail.com", "yahoo.co.in"],
    tld="in", ids=["AADHAAR", "PAN"], iban=None, date="dmy-", emergency="112",
    P=dict(dec="मृतक", dob="जन्म तिथि", dod="मृत्यु तिथि", addr="घर का पता", tel="फ़ोन", mail="ईमेल",
           nok="परिजन", acct="खाता", idl="आधार", inf="सूचक", exe="निष्पादक",
           cond="दिवंगत आत्मा को शांति मिले, परिवार को हमारी गहरी संवेदनाएँ।",
           passed="{n} का {d} को शांतिपूर्वक निधन हो गया।",
           svc="अंतिम संस्कार {d} को {t} बजे {v} में होगा।",
           rel=["मेरी माँ {g}", "मेरे स्वर्गीय पति {g}", "दादी {g}", "मेरा भाई {g}", "मौसी {g}"],
           ask="इसे ठीक से व्यवस्थित करके एक छोटा जवाब लिख दो।", hours="24x7 सेवा उपलब्ध।",
           jar=["मृत्यु प्रमाण पत्र", "उत्तराधिकार प्रमाण पत्र", "तेरहवीं", "अस्थि विसर्जन", "नामांकित व्यक्ति (nominee)", "वारिस प्रमाण पत्र"],
           ph="[पूरा नाम]"),
)

LOC["th-TH"] = dict(
    script="Thai", region="TH", order="gs",
    gf=["กัลยารัตน์", "ศิริวดี", "พิมพ์ลักษณ์", "อรพรรณ", "วรรณนภา", "ปิยะนุช", "สุดารัตน์", "ละเอียด", "บุญเรือน", "ทองใบ"],
    gm=["ธนากร", "วีรศักดิ์", "อนุชิต", "ชาญวิทย์", "ปรีชาพล", "กิตติพัฒน์", "สมหมาย", "บุญส่ง", "ประเสริฐ", "เฉลิมชัย"],
    gfp=(["กัลยา", "ศิริ", "พิม", "อร", "วรร", "สุ", "ณัฐ", "ปิยะ"], ["ณี", "พร", "ลักษณ์", "รัตน์", "วดี", "นันท์", "ภา"]),
    gmp=(["ธนา", "วีร", "อนุ", "ชาญ", "ปรีชา", "กิตติ", "ณรง", "เกียรติ"], ["กร", "ศักดิ์", "ชัย", "พล", "วุฒิ", "เดช", "ภูมิ"]),
    sn=["ศรีสุวรรณกุล"],
    snp=(["ศรี", "แสง", "ทอง", "บุญ", "จันทร์", "พรหม", "เพชร", "รัตน"], ["สุวรรณ", "ประเสริฐ", "รักษ์", "ธรรม", "วิไล", "อุดม", "เจริญ"], ["กุล", "วงศ์", "ชัย", "ศรี", "สกุล"]),
    stp=(["ร่ม", "ลำ", "ชัย", "พิกุล", "นนท", "ราช", "บุญ"], ["ไทร", "ดวน", "พฤกษ์", "ทอง", "รี", "สุข", "เกษม"]),
    st_types=["ซอย", "ถนน"],
    locp=(["บ้าน", "หนอง", "ห้วย", "ดอน"], ["ตาลเดี่ยว", "บัวแดง", "สะแกงาม", "ม่วงหวาน", "กระทุ่มล้ม"]),
    org_types=dict(fd="บริการจัดงานศพ", crem="เมรุ", cem="สุสาน", law="สำนักงานกฎหมาย", bank="ธนาคาร",
                   charity="มูลนิธิช่วยเหลือผู้สูญเสีย", reg="สำนักงานเขต งานทะเบียน", clear="บริการขนย้ายของ"),
    mail_dom=["hotmail.co.th", "gmail.com", "yahoo.co.th"],
    tld="co.th", ids=["THPIN"], iban=None, date="th", emergency="191",
    P=dict(dec="ผู้วายชนม์", dob="วันเกิด", dod="วันที่เสียชีวิต", addr="ที่อยู่", tel="โทร", mail="อีเมล",
           nok="ญาติผู้ติดต่อ", acct="บัญชี", idl="เลขบัตรประชาชน", inf="ผู้แจ้ง", exe="ผู้จัดการมรดก",
           cond="ขอแสดงความเสียใจอย่างสุดซึ้งต่อครอบครัว",
           passed="{n} ถึงแก่กรรมอย่างสงบเมื่อวันที่ {d}",
           svc="กำหนดสวดพระอภิธรรมวันที่ {d} เวลา {t} น. ณ {v}",
           rel=["แม่ของฉัน {g}", "สามีผู้ล่วงลับ {g}", "คุณยาย {g}", "พี่ชาย {g}", "น้า {g}"],
           ask="ช่วยเรียบเรียงและร่างคำตอบสั้น ๆ ให้หน่อย", hours="ให้บริการตลอด 24 ชั่วโมง",
           jar=["ใบมรณบัตร", "ฌาปนกิจ", "ผู้จัดการมรดก", "สวดอภิธรรม", "ลอยอังคาร", "ขอรับมรดก"],
           ph="[ชื่อ-นามสกุล]"),
)

LOC["zh-CN"] = dict(
    script="Han", region="CN", order="full", full_sur=["郗", "訾", "佘", "隗", "逄", "宓", "亓", "牟", "鄢", "闵", "蒯", "冼", "邝", "芮", "谯", "阚", "荀", "甄", "阮", "乔", "晏", "昝"],
    full_giv=["澜", "筠", "珩", "翊", "昶", "沅", "蘅", "璟", "砚", "棠", "岫", "霁", "杳", "黛", "莼", "蓁", "晞", "瑗", "汀", "芃", "铮", "彧", "骞", "甫", "屹"],
    stp=(["杏坛", "梧桐", "银杏", "芙蓉", "石榴", "枇杷", "紫藤", "香樟"], ["路", "街", "巷", "里"]),
    st_types=[""],
    locp=(["青", "白", "南", "东", "西", "新"], ["柳镇", "溪镇", "桥镇", "湾村", "塘镇", "岭村"]),
    org_types=dict(fd="殡葬服务有限公司", crem="殡仪馆", cem="公墓", law="律师事务所", bank="农村商业银行",
                   charity="哀伤关怀中心", reg="民政局", clear="搬家保洁公司"),
    mail_dom=["qq.com", "163.com", "126.com", "sina.com"],
    tld="cn", ids=["RIC"], iban=None, date="ymd_han", emergency="120",
    P=dict(dec="逝者", dob="出生日期", dod="死亡日期", addr="家庭住址", tel="电话", mail="邮箱",
           nok="家属联系人", acct="账户", idl="身份证号", inf="申报人", exe="遗产管理人",
           cond="沉痛哀悼，望家属节哀顺变。",
           passed="{n}于{d}安详离世。",
           svc="告别仪式定于{d}{t}在{v}举行。",
           rel=["我妈妈{g}", "我已故的丈夫{g}", "外婆{g}", "我弟弟{g}", "姑姑{g}"],
           ask="帮我整理一下，再写一段简短的回复。", hours="24小时服务热线。",
           jar=["死亡医学证明", "火化证明", "注销户口", "继承权公证", "骨灰寄存", "遗嘱"],
           ph="【姓名】"),
)

LOC["ja-JP"] = dict(
    script="Kana/Han", region="JP", order="sg", sep="　",
    sn=["杉窪", "楢迫"],
    snp=(["杉", "葛", "楢", "榊", "椎", "蔦", "芦", "栃", "檜", "菅", "蕗", "柊"], ["窪", "沼", "垣", "迫", "塚", "淵", "ヶ谷", "瀬", "畑", "尾", "坂", "脇"]),
    gf=["澄乃", "千緒"],
    gm=["圭吾", "朔平"],
    gfp=(["澄", "千", "美", "咲", "紗", "穂", "雪", "朋", "瑞", "葉"], ["香", "乃", "緒", "帆", "代", "江", "枝", "子", "恵"]),
    gmp=(["圭", "航", "悠", "朔", "壮", "恭", "喬", "慎", "篤", "惣"], ["介", "吾", "平", "治", "郎", "斗", "多", "衛"]),
    stp=(["榎", "楓", "柿", "桐", "樫", "椿"], ["ヶ丘", "台", "町", "坂"]),
    st_types=[""],
    locp=(["北", "南", "東", "西", "上", "下"], ["栃沢", "榊原", "葛野", "柊谷", "椎名台"]),
    org_types=dict(fd="葬儀社", crem="斎場", cem="霊園", law="司法書士事務所", bank="信用金庫",
                   charity="グリーフケアの会", reg="市民課 戸籍係", clear="遺品整理サービス"),
    mail_dom=["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"],
    tld="jp", ids=["MYNUM"], iban=None, date="ymd_jp", emergency="119",
    P=dict(dec="故人", dob="生年月日", dod="死亡日", addr="住所", tel="電話", mail="メール",
           nok="喪主", acct="口座", idl="マイナンバー", inf="届出人", exe="遺言執行者",
           cond="心よりお悔やみ申し上げます。",
           passed="{n}儀 {d}に永眠いたしました。",
           svc="通夜は{d} {t}より{v}にて執り行います。",
           rel=["母の{g}", "亡くなった夫の{g}", "祖母の{g}", "弟の{g}", "叔母の{g}"],
           ask="これを整理して、短い返信文を作ってください。", hours="24時間受付。",
           jar=["死亡診断書", "火葬許可証", "四十九日", "相続放棄", "遺産分割協議書", "香典返し"],
           ph="〇〇 〇〇"),
)

LOC["ko-KR"] = dict(
    script="Hangul", region="KR", order="full",
    full_sur=["탁", "변", "방", "염", "여", "추", "석", "선", "설", "마", "길", "표", "명", "기", "반", "금", "옥", "육", "맹", "국", "편", "용", "빈", "봉"],
    full_giv=["서", "윤", "하", "지", "은", "채", "다", "소", "예", "린", "결", "솔", "담", "별", "온", "율", "찬", "훈", "혁", "건", "욱", "현", "빈", "겸", "슬", "람"],
    stp=(["느티", "은행", "매화", "진달래", "복사", "살구"], ["나무로", "꽃길", "로", "길"]),
    st_types=[""],
    locp=(["가", "나", "다", "마", "사"], ["람동", "온면", "솔리", "래읍"]),
    org_types=dict(fd="상조", crem="승화원", cem="추모공원", law="법무법인", bank="신용협동조합",
                   charity="사별가족지원센터", reg="주민센터", clear="유품정리"),
    mail_dom=["naver.com", "daum.net", "hanmail.net", "nate.com"],
    tld="co.kr", ids=["RRN"], iban=None, date="ymd_ko", emergency="119",
    P=dict(dec="고인", dob="생년월일", dod="사망일", addr="주소", tel="연락처", mail="이메일",
           nok="상주", acct="계좌", idl="주민등록번호", inf="신고인", exe="유언집행자",
           cond="삼가 고인의 명복을 빕니다.",
           passed="{n}님께서 {d}에 별세하셨습니다.",
           svc="발인은 {d} {t}, {v}에서 진행됩니다.",
           rel=["우리 엄마 {g}", "돌아가신 남편 {g}", "할머니 {g}", "남동생 {g}", "이모 {g}"],
           ask="이거 정리해서 짧은 답장 좀 써 줘.", hours="24시간 상담 가능.",
           jar=["사망진단서", "사망신고", "상속포기", "한정승인", "안심상속 원스톱", "삼우제"],
           ph="○○○"),
)
LOCALE_ORDER = list(LOC)

STREET_STYLE = {"en-GB": "rt", "en-US": "rt", "de-DE": "rt", "tr-TR": "rt", "hi-IN": "rt", "nl-NL": "glue", "sv-SE": "glue",
                "zh-CN": "glue", "ja-JP": "glue", "ko-KR": "glue"}
ORG_STYLE = {"en-GB": "dt", "en-US": "dt", "de-DE": "dt", "sv-SE": "dt", "tr-TR": "dt", "hi-IN": "dt", "nl-NL": "td",
             "zh-CN": "glue", "ja-JP": "glue", "ko-KR": "glue"}
PARTICLES = ("van der de den ter te la le les di da lo del della dos das des do el al ul os al st ave rd dr ln blvd ct "
             "ltd llp pllc llc gmbh sarl srl sl sp z o oo ooo bv ab me ii").split()

# Public figures / cited authors / historical persons / fictional characters, used ONLY in their public role.
FIGURES = [
    ("Elisabeth Kübler-Ross", "author of On Death and Dying (1969), origin of the five-stage model"),
    ("John Bowlby", "attachment theorist, Attachment and Loss (1969–80)"),
    ("Colin Murray Parkes", "psychiatrist, Bereavement: Studies of Grief in Adult Life (1972)"),
    ("J. William Worden", "psychologist, the four tasks of mourning"),
    ("Margaret Stroebe", "co-author of the Dual Process Model of coping with bereavement (1999)"),
    ("Dennis Klass", "co-editor of Continuing Bonds (1996)"),
    ("Jessica Mitford", "journalist, The American Way of Death (1963)"),
    ("Cicely Saunders", "founder of St Christopher's Hospice (1967)"),
    ("Henry Thompson", "surgeon, founder of the Cremation Society of England (1874)"),
    ("William Price of Llantrisant", "whose 1884 cremation trial made cremation lawful in England"),
    ("Philippe Ariès", "historian, L'Homme devant la mort (1977)"),
    ("Geoffrey Gorer", "anthropologist, Death, Grief and Mourning (1965)"),
    ("Joan Didion", "author of The Year of Magical Thinking (2005)"),
    ("C. S. Lewis", "author of A Grief Observed (1961)"),
    ("Thomas Laqueur", "historian, The Work of the Dead (2015)"),
    ("Caitlin Doughty", "mortician and author, Smoke Gets in Your Eyes (2014)"),
    ("Victor Hugo", "whose state funeral in Paris in 1885 drew two million mourners"),
    ("Giuseppe Verdi", "whose funeral in Milan in 1901 was followed by a crowd singing Va, pensiero"),
    ("Emmeline Pankhurst", "suffragette, buried at Brompton Cemetery in 1928"),
    ("Karl Marx", "buried at Highgate Cemetery in 1883"),
    ("Frédéric Chopin", "buried at Père Lachaise in 1849"),
    ("Ada Lovelace", "buried in the Byron vault at Hucknall in 1852"),
]
FICTION_TITLES = ["The Quiet Parlour", "Last Orders at the Lychgate", "A Month of Sundays", "The Undertaker's Almanac",
                  "Ashes in April", "The Long Cortège"]
HN_EXAMPLE_IBANS = ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606",
                    "NL91 ABNA 0417 1643 00", "ES91 2100 0418 4502 0005 1332"]
HN_TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556"]
HN_DOC_IPS = ["192.0.2.14", "198.51.100.23", "203.0.113.77", "2001:db8::4f1", "192.0.2.201", "198.51.100.180"]


def _is_non_ascii(t):
    return any(ord(c) > 127 for c in t)


class Freezer:
    def __init__(self, frozen, generic):
        self.frozen = frozen
        self.generic = generic
        self.dropped = collections.Counter()

    def hit(self, entry):
        toks = WORD.findall(entry)
        for t in toks:
            tl = t.lower()
            if tl in self.generic:
                continue
            if tl in self.frozen:
                return True
        prev = None
        for t in toks:
            tl = t.lower()
            if _is_non_ascii(t) and tl not in self.generic:
                if prev is not None and f"{prev} {tl}" in self.frozen:
                    return True
                prev = tl
            else:
                prev = None
        return False

    def pool(self, name, cands, invent, want, minimum, cap=6000):
        out, seen = [], set()
        for c in cands:
            key = c if isinstance(c, str) else "|".join(c)
            if key in seen:
                continue
            seen.add(key)
            forms = [c] if isinstance(c, str) else list(c)
            if any(self.hit(f) for f in forms):
                self.dropped[name] += 1
                continue
            out.append(c)
        tries = 0
        while len(out) < want and tries < cap and invent is not None:
            tries += 1
            c = invent()
            key = c if isinstance(c, str) else "|".join(c)
            if key in seen:
                continue
            seen.add(key)
            forms = [c] if isinstance(c, str) else list(c)
            if any(self.hit(f) for f in forms):
                self.dropped[name] += 1
                continue
            out.append(c)
        check(len(out) >= minimum, f"pool {name} too small after freeze: {len(out)}")
        return out


def generic_words():
    g = set(PARTICLES)
    for loc in LOC.values():
        for t in loc.get("st_types", []):
            g.update(w.lower() for w in WORD.findall(t))
        for t in loc["org_types"].values():
            g.update(w.lower() for w in WORD.findall(t))
        for p in loc.get("locp", ([], []))[0]:
            if p.endswith(" "):
                g.update(w.lower() for w in WORD.findall(p))
    return g


def build_pools(seed, freezer):
    prng = random.Random(seed * 7 + 3)
    pools = {}
    for tag in LOCALE_ORDER:
        loc = LOC[tag]
        P = {}

        def comp(parts):
            return lambda: "".join(prng.choice(p) for p in parts)

        if loc["order"] == "full":
            sur, giv = loc["full_sur"], loc["full_giv"]
            inv = lambda: prng.choice(sur) + "".join(prng.choice(giv) for _ in range(prng.choice([1, 2, 2])))
            P["full"] = freezer.pool(f"{tag}:names", [], inv, 48, 30)
        else:
            P["gf"] = freezer.pool(f"{tag}:given", loc["gf"], comp(loc["gfp"]), 16, 8)
            P["gm"] = freezer.pool(f"{tag}:given", loc["gm"], comp(loc["gmp"]), 16, 8)
            fem = loc.get("fem")
            if fem:
                def inv_sn(parts=loc["snp"], fem=fem):
                    m = "".join(prng.choice(p) for p in parts)
                    for a, b in fem.items():
                        if m.endswith(a):
                            return (m, m[: -len(a)] + b)
                    return (m, m)
                P["sn"] = freezer.pool(f"{tag}:surname", loc["sn"], inv_sn, 24, 12)
            else:
                P["sn"] = freezer.pool(f"{tag}:surname", loc["sn"], comp(loc["snp"]), 24, 12)
        style = STREET_STYLE.get(tag, "tr")
        types = loc["st_types"]

        def inv_st(style=style, types=types, stp=loc["stp"]):
            root = prng.choice(stp[0]) + prng.choice(stp[1])
            typ = prng.choice(types)
            if style == "rt":
                return f"{root} {typ}".strip()
            if style == "glue":
                return root + typ
            return f"{typ} {root}".strip()
        P["street"] = freezer.pool(f"{tag}:street", [], inv_st, 12, 6)
        P["locality"] = freezer.pool(f"{tag}:locality", [], comp(loc["locp"]), 12, 6)
        # organisations: distinctive part from the frozen surname/locality pools + exempt generic type word(s)
        orgs = {}
        for kind, typ in sorted(loc["org_types"].items()):
            ostyle = ORG_STYLE.get(tag, "td")

            def inv_org(typ=typ, ostyle=ostyle, kind=kind, P=P):
                if "sn" in P and kind in ("fd", "law", "clear") and prng.random() < 0.7:
                    s = prng.choice(P["sn"])
                    d = s if isinstance(s, str) else s[0]
                else:
                    d = prng.choice(P["locality"])
                if ostyle == "glue":
                    return d + typ
                if ostyle == "dt":
                    return f"{d} {typ}"
                return f"{typ} {d}"
            orgs[kind] = freezer.pool(f"{tag}:org", [], inv_org, 4, 2)
        P["org"] = orgs
        phs = [loc["P"]["ph"]]
        P["placeholder"] = freezer.pool(f"{tag}:placeholder", phs + ["Jane Doe", "Max Mustermann", "Joe Bloggs"],
                                        lambda: prng.choice(["[●]", "[ — ]", "____ ____", "[…]", "‹ — ›", "□□□ □□□", "[ ___ ]"]), 3, 2)
        pools[tag] = P
    roles = dict(FIGURES)
    figs = [(n, roles[n]) for n in freezer.pool("public_figures", [n for n, _ in FIGURES], None, len(FIGURES), 0)]
    # refill with fictional characters of invented works (framed as fiction), names from the frozen en-GB pools
    fic = []
    en = pools["en-GB"]
    for i in range(max(0, 12 - len(figs))):
        g = prng.choice(en["gf"] + en["gm"])
        s = prng.choice(en["sn"])
        fic.append((f"{g} {s}", f"the undertaker in the novel {FICTION_TITLES[i % len(FICTION_TITLES)]} (fictional character)"))
    pools["_figures"] = figs + fic
    return pools


# --------------------------------------------------------------------------------------------------------------
# Identifiers (valid check digits, validated with python-stdnum), phones (phonenumbers), dates, addresses
# --------------------------------------------------------------------------------------------------------------
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ID_TYPE = {"SSN": "ssn", "NHS": "HEALTH_INSURANCE", "STEUER": "TAX_ID", "NIR": "NATIONAL_ID", "DNI": "NATIONAL_ID",
           "CF": "TAX_ID", "BSN": "NATIONAL_ID", "PESEL": "NATIONAL_ID", "CPF": "TAX_ID", "PNR": "NATIONAL_ID",
           "TCKN": "NATIONAL_ID", "INN": "TAX_ID", "RNTRC": "TAX_ID", "AMKA": "NATIONAL_ID", "TZ": "NATIONAL_ID",
           "AADHAAR": "NATIONAL_ID", "PAN": "TAX_ID", "THPIN": "NATIONAL_ID", "RRN": "NATIONAL_ID", "RIC": "NATIONAL_ID",
           "MYNUM": "NATIONAL_ID"}
IBAN_BBAN = {"GB": "4a14n", "DE": "18n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "PL": "24n",
             "SE": "20n", "TR": "22n", "UA": "25n", "GR": "23n", "IL": "19n", "AE": "19n", "BR": "23n1a1n"}
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                     "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g"]))
TRANSLIT.update(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐ",
                    ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t",
                     "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "i"]))
HANDLE_SYL = ["ka", "mi", "ro", "sun", "lee", "dan", "yu", "noor", "tal", "ari", "jin", "sol", "nam", "rai", "hana", "zed"]


class Gen:
    def __init__(self, rng):
        self.r = rng

    def d(self, n):
        return "".join(self.r.choice(DIG) for _ in range(n))

    def loop(self, fn, name, cap=20000):
        for _ in range(cap):
            v = fn()
            if v is not None:
                return v
        raise Invalid(f"could not generate a valid {name}")

    # ---- identifiers
    def ssn(self, p):
        def f():
            a = self.r.randint(1, 899)
            if a == 666:
                return None
            v = f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            return v if ssn.is_valid(v) else None
        return self.loop(f, "SSN")

    def aba(self):
        def f():
            pre = self.r.choice([f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33))])
            b = pre + self.d(6)
            v = b + rtn.calc_check_digit(b)
            return v if rtn.is_valid(v) else None
        return self.loop(f, "ABA")

    def nhs(self, p):
        def f():
            b = self.r.choice("4567") + self.d(8)
            c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
            c = 0 if c == 11 else c
            if c == 10:
                return None
            v = b + str(c)
            return f"{v[:3]} {v[3:6]} {v[6:]}" if nhs.is_valid(v) else None
        return self.loop(f, "NHS")

    def steuer(self, p):
        def f():
            digs = list(DIG)
            self.r.shuffle(digs)
            dup = digs[0]
            body = digs[:9] + [dup]
            self.r.shuffle(body)
            if body[0] == "0":
                return None
            b = "".join(body)
            v = b + mod_11_10.calc_check_digit(b)
            return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if idnr.is_valid(v) else None
        return self.loop(f, "Steuer-ID")

    def nir(self, p):
        def f():
            b = ("1" if p["sex"] == "m" else "2") + p["dob"].strftime("%y%m") + self.r.choice(
                ["75", "69", "13", "33", "59", "44", "67", "31"]) + f"{self.r.randint(1, 400):03d}" + f"{self.r.randint(1, 999):03d}"
            v = b + nir.calc_check_digits(b)
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if nir.is_valid(v) else None
        return self.loop(f, "NIR")

    def dni(self, p):
        def f():
            b = self.d(8)
            v = b + dni.calc_check_digit(b)
            return v if dni.is_valid(v) else None
        return self.loop(f, "DNI")

    def cf(self, p):
        def letters(s, given):
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
            s = "".join(c for c in s if c.isalpha())
            cons = [c for c in s if c not in "AEIOU"]
            vow = [c for c in s if c in "AEIOU"]
            if given and len(cons) >= 4:
                cons = [cons[0], cons[2], cons[3]]
            return ("".join(cons + vow) + "XXX")[:3]
        months = "ABCDEHLMPRST"

        def f():
            dob = p["dob"]
            day = dob.day + (40 if p["sex"] == "f" else 0)
            b = (letters(p["sur"], False) + letters(p["given"], True) + dob.strftime("%y") + months[dob.month - 1]
                 + f"{day:02d}" + self.r.choice(["H501", "F205", "L219", "G273", "A662", "F839", "D612", "C351"]))
            v = b + codicefiscale.calc_check_digit(b)
            return v if codicefiscale.is_valid(v) else None
        return self.loop(f, "codice fiscale")

    def bsn(self, p):
        def f():
            b = self.r.choice("123456789") + self.d(7)
            c = sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
            if c == 10:
                return None
            v = b + str(c)
            return v if bsn.is_valid(v) else None
        return self.loop(f, "BSN")

    def pesel(self, p):
        def f():
            d0 = p["dob"]
            mm = d0.month + (20 if d0.year >= 2000 else 0)
            sx = self.r.choice("13579" if p["sex"] == "m" else "02468")
            b = d0.strftime("%y") + f"{mm:02d}" + d0.strftime("%d") + self.d(3) + sx
            v = b + pesel.calc_check_digit(b)
            return v if pesel.is_valid(v) else None
        return self.loop(f, "PESEL")

    def cpf(self, p):
        def f():
            b = [int(x) for x in self.d(9)]
            d1 = (sum(x * (10 - i) for i, x in enumerate(b)) * 10 % 11) % 10
            d2 = (sum(x * (11 - i) for i, x in enumerate(b + [d1])) * 10 % 11) % 10
            v = "".join(map(str, b)) + f"{d1}{d2}"
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if cpf.is_valid(v) else None
        return self.loop(f, "CPF")

    def pnr(self, p):
        def f():
            b = p["dob"].strftime("%y%m%d") + self.d(2) + self.r.choice("13579" if p["sex"] == "m" else "02468")
            v = b + luhn.calc_check_digit(b)
            s = f"{v[:6]}-{v[6:]}"
            return s if personnummer.is_valid(s) else None
        return self.loop(f, "personnummer")

    def tckn(self, p):
        def f():
            b = self.r.choice("123456789") + self.d(8)
            v = b + tckimlik.calc_check_digits(b)
            return v if tckimlik.is_valid(v) else None
        return self.loop(f, "TCKN")

    def inn(self, p):
        def f():
            b = self.r.choice(["77", "50", "78", "66", "16", "52", "63"]) + self.d(8)
            v = b + inn.calc_personal_check_digits(b)
            return v if inn.is_valid(v) else None
        return self.loop(f, "INN")

    def rntrc(self, p):
        def f():
            days = (p["dob"] - dt.date(1899, 12, 31)).days
            b = f"{days:05d}" + self.d(3) + self.r.choice("13579" if p["sex"] == "m" else "02468")
            v = b + rntrc.calc_check_digit(b)
            return v if rntrc.is_valid(v) else None
        return self.loop(f, "RNTRC")

    def amka(self, p):
        def f():
            b = p["dob"].strftime("%d%m%y") + self.d(4)
            v = b + luhn.calc_check_digit(b)
            return v if amka.is_valid(v) else None
        return self.loop(f, "AMKA")

    def tz(self, p):
        def f():
            b = self.r.choice("0123") + self.d(7)
            v = b + luhn.calc_check_digit(b)
            return v if il_idnr.is_valid(v) else None
        return self.loop(f, "Teudat Zehut")

    def aadhaar(self, p):
        def f():
            b = self.r.choice("23456789") + self.d(10)
            v = b + verhoeff.calc_check_digit(b)
            return f"{v[:4]} {v[4:8]} {v[8:]}" if aadhaar.is_valid(v) else None
        return self.loop(f, "Aadhaar")

    def pan(self, p):
        def f():
            v = "".join(self.r.choice(UP) for _ in range(3)) + "P" + self.r.choice(UP) + self.d(4) + self.r.choice(UP)
            return v if pan.is_valid(v) else None
        return self.loop(f, "PAN")

    def thpin(self, p):
        def f():
            b = self.r.choice("12345678") + self.d(11)
            v = b + th_pin.calc_check_digit(b)
            return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}" if th_pin.is_valid(v) else None
        return self.loop(f, "Thai PIN")

    def rrn(self, p):
        def f():
            d0 = p["dob"]
            g = ("1" if p["sex"] == "m" else "2") if d0.year < 2000 else ("3" if p["sex"] == "m" else "4")
            b = d0.strftime("%y%m%d") + g + f"{self.r.randint(0, 95):02d}" + self.d(3)
            v = b + rrn.calc_check_digit(b)
            return f"{v[:6]}-{v[6:]}" if rrn.is_valid(v) else None
        return self.loop(f, "RRN")

    def ric(self, p):
        def f():
            b = (self.r.choice(["110105", "310104", "440106", "510107", "330106", "420106", "320102", "610113"])
                 + p["dob"].strftime("%Y%m%d") + self.d(2) + self.r.choice("13579" if p["sex"] == "m" else "02468"))
            v = b + ric.calc_check_digit(b)
            return v if ric.is_valid(v) else None
        return self.loop(f, "RIC")

    def mynum(self, p):
        def f():
            b = self.d(11)
            v = b + jp_in.calc_check_digit(b)
            return f"{v[:4]} {v[4:8]} {v[8:]}" if jp_in.is_valid(v) else None
        return self.loop(f, "My Number")

    def national(self, kind, p):
        return getattr(self, kind.lower())(p)

    def mrn(self):
        def f():
            b = self.r.choice("123456789") + self.d(6)
            v = b + luhn.calc_check_digit(b)
            return v if luhn.is_valid(v) else None
        return self.loop(f, "MRN")

    def card(self):
        def f():
            b = ("4" + self.d(14)) if self.r.random() < 0.6 else ("5" + self.r.choice("12345") + self.d(13))
            v = b + luhn.calc_check_digit(b)
            g = " ".join(v[i:i + 4] for i in range(0, 16, 4))
            if g in HN_TEST_CARDS or not luhn.is_valid(v):
                return None
            return g
        return self.loop(f, "card")

    def iban(self, cc):
        pat = IBAN_BBAN[cc]

        def f():
            out = ""
            for n, t in re.findall(r"(\d+)([an])", pat):
                out += "".join(self.r.choice(UP if t == "a" else DIG) for _ in range(int(n)))
            num = cc + "00" + out
            v = cc + std_iban.calc_check_digits(num) + out
            if not std_iban.is_valid(v):
                return None
            return std_iban.format(v) if self.r.random() < 0.8 else v
        return self.loop(f, f"IBAN {cc}")

    def ip(self):
        def f():
            v = f"{self.r.randint(2, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            return v if ipaddress.ip_address(v).is_global else None
        return self.loop(f, "IP")

    # ---- phones
    def phone(self, region, mobile=True, fmt=None):
        t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, t)
        nsn = phonenumbers.national_significant_number(ex)

        def f():
            k = self.r.choice([len(nsn) - 2, len(nsn) - 3, 6])
            cand = nsn[:-k] + self.d(k)
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
                return None
            nt = phonenumbers.number_type(num)
            if mobile and nt not in (t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return None
            if not mobile and nt not in (t, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return None
            style = fmt or self.r.choice(["nat", "nat", "intl", "e164"])
            pf = {"nat": phonenumbers.PhoneNumberFormat.NATIONAL, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                  "e164": phonenumbers.PhoneNumberFormat.E164}[style]
            s = phonenumbers.format_number(num, pf)
            check(phonenumbers.is_valid_number(phonenumbers.parse(s, region)), f"phone {s}")
            return s
        return self.loop(f, f"phone {region}", cap=3000)


def fmt_date(tag, d, rng=None):
    style = LOC[tag]["date"]
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.isoformat()
    if style == "th":
        return f"{d.day}/{d.month}/{d.year + 543}"
    if style in ("ymd_han", "ymd_jp"):
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "ymd_ko":
        return f"{d.year}. {d.month}. {d.day}."
    return d.isoformat()


def ascii_fold(s):
    out = []
    for ch in s.lower():
        if ch in TRANSLIT:
            out.append(TRANSLIT[ch])
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s)


# --------------------------------------------------------------------------------------------------------------
# The world: people, addresses, organisations
# --------------------------------------------------------------------------------------------------------------
LAW = {
    "en-GB": ["Banks v Goodfellow (1870) LR 5 QB 549", "Ilott v The Blue Cross [2017] UKSC 17", "s.46 Administration of Estates Act 1925", "Inheritance (Provision for Family and Dependants) Act 1975"],
    "en-US": ["Uniform Probate Code § 2-102", "UPC § 3-1201 (small estate affidavit)", "26 U.S.C. § 2010"],
    "de-DE": ["§ 1922 BGB", "§ 2303 BGB", "§ 352 FamFG", "§ 1944 BGB (Ausschlagungsfrist)"],
    "fr-FR": ["art. 720 du Code civil", "art. 757 C. civ.", "art. 913 C. civ.", "art. 730-1 C. civ."],
    "es-ES": ["art. 806 CC", "art. 834 CC", "Ley 29/1987 del ISD", "art. 1008 CC"],
    "it-IT": ["art. 536 c.c.", "art. 581 c.c.", "art. 519 c.c. (rinuncia)", "D.Lgs. 346/1990"],
    "nl-NL": ["art. 4:10 BW", "art. 4:13 BW", "art. 4:190 BW", "Successiewet 1956"],
    "pl-PL": ["art. 931 k.c.", "art. 991 k.c.", "art. 1015 k.c.", "ustawa o podatku od spadków i darowizn"],
    "pt-BR": ["art. 1.829 do Código Civil", "art. 1.846 do CC", "Lei 11.441/2007", "art. 610 do CPC"],
    "sv-SE": ["2 kap. ärvdabalken", "7 kap. 1 § ÄB", "20 kap. ÄB (bouppteckning)"],
    "tr-TR": ["TMK m. 495", "TMK m. 506", "TMK m. 605 (reddi miras)"],
    "ru-RU": ["ст. 1142 ГК РФ", "ст. 1149 ГК РФ", "ст. 1154 ГК РФ"],
    "uk-UA": ["ст. 1261 ЦК України", "ст. 1241 ЦК України", "ст. 1270 ЦК України"],
    "el-GR": ["άρθρο 1813 ΑΚ", "άρθρο 1825 ΑΚ", "άρθρο 1847 ΑΚ"],
    "he-IL": ["סעיף 11 לחוק הירושה, תשכ\"ה-1965", "סעיף 12 לחוק הירושה", "סעיף 66 לחוק הירושה"],
    "ar-AE": ["المادة 319 من قانون الأحوال الشخصية", "قانون الأحوال الشخصية الاتحادي رقم 28 لسنة 2005"],
    "hi-IN": ["हिंदू उत्तराधिकार अधिनियम, 1956 की धारा 8", "भारतीय उत्तराधिकार अधिनियम, 1925 की धारा 372"],
    "th-TH": ["ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 1629", "มาตรา 1635", "มาตรา 1711"],
    "zh-CN": ["《民法典》第1127条", "《民法典》第1130条", "《民法典》第1145条"],
    "ja-JP": ["民法第900条", "民法第1042条", "民法第915条"],
    "ko-KR": ["민법 제1000조", "민법 제1009조", "민법 제1019조"],
}
PROV = {"en-US": ["OH", "PA", "NC", "MO", "WI", "OR"], "it-IT": ["PG", "CN", "LE", "BG", "TP"], "pt-BR": ["MG", "BA", "PR", "GO", "PE"],
        "ar-AE": ["الشارقة", "عجمان", "رأس الخيمة", "العين"], "th-TH": ["ขอนแก่น", "นครปฐม", "ลำปาง", "สุพรรณบุรี"],
        "zh-CN": ["浙江省", "江苏省", "四川省", "湖南省"], "ja-JP": ["長野県", "岐阜県", "秋田県", "愛媛県"], "ko-KR": ["충청남도", "경상북도", "전라남도", "강원특별자치도"]}
REL_EN = ["daughter", "son", "wife", "husband", "niece", "partner", "brother", "granddaughter"]


class Recorder:
    def __init__(self):
        self.items = []

    def v(self, typ, value):
        self.items.append((typ, value))
        return value


class World:
    def __init__(self, rng, pools):
        self.r = rng
        self.g = Gen(rng)
        self.pools = pools

    def c(self, seq):
        return self.r.choice(seq)

    def person(self, tag, born=(1926, 1966), sex=None):
        loc, P = LOC[tag], self.pools[tag]
        sex = sex or self.c("mf")
        d0 = dt.date(self.r.randint(*born), 1, 1) + dt.timedelta(days=self.r.randint(0, 364))
        if loc["order"] == "full":
            full = self.c(P["full"])
            return dict(tag=tag, sex=sex, given=full[1:], sur=full[:1], full=full, dob=d0)
        given = self.c(P["gf"] if sex == "f" else P["gm"])
        s = self.c(P["sn"])
        sur = s if isinstance(s, str) else (s[1] if sex == "f" else s[0])
        if loc["order"] == "gss":
            s2 = self.c(P["sn"])
            sur = f"{sur} {s2 if isinstance(s2, str) else s2[0]}"
        if loc["order"] == "sg":
            full = f"{sur}{loc.get('sep', ' ')}{given}"
        else:
            full = f"{given} {sur}"
        return dict(tag=tag, sex=sex, given=given, sur=sur, full=full, dob=d0)

    def dob(self, p):
        return fmt_date(p["tag"], p["dob"])

    def national(self, tag, p):
        ids = LOC[tag]["ids"]
        kinds = [k for k in ids if k != "ABA"]
        if not kinds:
            return None
        k = self.c(kinds)
        return ID_TYPE[k], self.g.national(k, p), k

    def phone(self, tag, mobile=True):
        return self.g.phone(LOC[tag]["region"], mobile=mobile)

    def email(self, tag, p):
        dom = self.c(LOC[tag]["mail_dom"])
        if dom in ("qq.com",):
            return f"{self.r.randint(10000000, 2999999999)}@{dom}"
        g, s = ascii_fold(p["given"]), ascii_fold(p["sur"].split()[0])
        if len(g) < 2 or len(s) < 2:
            local = self.c(HANDLE_SYL) + self.c(HANDLE_SYL) + str(self.r.randint(1, 99))
        else:
            local = self.c([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{self.r.randint(1, 99)}", f"{s}.{g}{p['dob'].year % 100:02d}"])
        return f"{local}@{dom}"

    def addr(self, tag):
        P, r, d = self.pools[tag], self.r, self.g.d
        st, lc = self.c(P["street"]), self.c(P["locality"])
        no = r.randint(1, 148)
        pv = self.c(PROV.get(tag, [""]))
        if tag == "en-GB":
            L = "ABCDEFGHJKLMNPRSTUWY"
            return f"{no} {st}, {lc}, {self.c(L)}{self.c(L)}{r.randint(1, 29)} {r.randint(1, 9)}{self.c(L)}{self.c(L)}"
        if tag == "en-US":
            return f"{no * 17} {st}, {lc}, {pv} {d(5)}"
        if tag in ("de-DE",):
            return f"{st} {no}, {r.randint(1, 9)}{d(4)} {lc}"
        if tag == "fr-FR":
            return f"{no} {st}, {r.randint(1, 9)}{d(4)} {lc}"
        if tag == "es-ES":
            return f"{st} {no}, {r.randint(1, 6)}º {self.c('ABCD')}, {r.randint(1, 5)}{d(4)} {lc}"
        if tag == "it-IT":
            return f"{st} {no}, {r.randint(1, 9)}{d(4)} {lc} ({pv})"
        if tag == "nl-NL":
            return f"{st} {no}, {r.randint(1, 9)}{d(3)} {self.c(UP)}{self.c(UP)} {lc}"
        if tag == "pl-PL":
            return f"{st} {no}/{r.randint(1, 60)}, {d(2)}-{d(3)} {lc}"
        if tag == "pt-BR":
            return f"{st}, {no * 7} – apto {r.randint(11, 904)}, {lc} – {pv}, CEP {d(5)}-{d(3)}"
        if tag == "sv-SE":
            return f"{st} {no}, {r.randint(1, 9)}{d(2)} {d(2)} {lc}"
        if tag == "tr-TR":
            return f"{lc} Mah. {st} No: {no} D: {r.randint(1, 24)}, {d(5)}"
        if tag == "ru-RU":
            return f"{r.randint(1, 6)}{d(5)}, г. {lc}, {st}, д. {no}, кв. {r.randint(1, 220)}"
        if tag == "uk-UA":
            return f"{st}, буд. {no}, кв. {r.randint(1, 140)}, м. {lc}, {d(5)}"
        if tag == "el-GR":
            return f"{st} {no}, {r.randint(1, 8)}{d(2)} {d(2)} {lc}"
        if tag == "he-IL":
            return f"{st} {no}, דירה {r.randint(1, 40)}, {lc} {d(7)}"
        if tag == "ar-AE":
            return f"فيلا {no}، {st}، {lc}، {pv}"
        if tag == "hi-IN":
            return f"मकान नं. {no}, {st}, {lc}, पिन {r.randint(1, 8)}{d(5)}"
        if tag == "th-TH":
            return f"{no}/{r.randint(1, 99)} {st} ต.{lc} จ.{pv} {r.randint(1, 9)}{d(4)}"
        if tag == "zh-CN":
            return f"{pv}{lc}{st}{no}号{r.randint(1, 30)}栋{r.randint(1, 30)}0{r.randint(1, 6)}室"
        if tag == "ja-JP":
            return f"〒{d(3)}-{d(4)} {pv}{lc}{st}{r.randint(1, 6)}丁目{no}-{r.randint(1, 30)}"
        if tag == "ko-KR":
            return f"{pv} {lc} {st} {no}, {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
        raise Invalid(tag)

    def org(self, tag, kind):
        return self.c(self.pools[tag]["org"][kind])

    def domain(self, tag, orgname):
        s = ascii_fold(orgname)[:18] or (self.c(HANDLE_SYL) + self.c(HANDLE_SYL))
        return f"{s}.{LOC[tag]['tld']}"

    def switchboard(self, tag):
        return self.g.phone(LOC[tag]["region"], mobile=False)

    def ref(self, prefix):
        return f"{prefix}-2026-{self.r.randint(100, 99999):05d}"

    def placeholder(self, tag):
        return self.c(self.pools[tag]["placeholder"])

    def later(self, days=(1, 40)):
        return dt.date(2026, 1, 5) + dt.timedelta(days=self.r.randint(*days) + self.r.randint(0, 300))

    def time(self):
        return f"{self.r.randint(8, 16):02d}:{self.c(['00', '15', '30', '45'])}"


# --------------------------------------------------------------------------------------------------------------
# The nine kinds. Each builder returns the writer's document plus structured fields (for tool arguments,
# metadata, URL query strings, json_schema examples). Sensitive builders issue every personal value through R.
# --------------------------------------------------------------------------------------------------------------
def _lines(pairs):
    return "\n".join(f"{k}: {v}" for k, v in pairs)


def _id_line(w, tag, p, R, P):
    nid = w.national(tag, p)
    if nid is None:
        return None
    typ, val, k = nid
    return (P["idl"] if k not in ("PAN",) else "PAN", R.v(typ, val))


def k_intake(w, tag, sens, R):
    P = LOC[tag]["P"]
    fd = w.org(tag, "fd")
    case = w.ref("FC")
    dod = fmt_date(tag, w.later()) + " " + w.time()
    place = w.c(["home", "hospital ward 7B", "care home", "hospice", "ICU", "on scene (coroner informed)"])
    note = w.c(["Removal from home, narrow stairs, 2 bearers + stretcher.", "Family want viewing Thurs, no embalming, cremation pref.",
                "GP to sign MCCD tmrw am; coroner not involved.", "Pacemaker in situ – remove before cremation!!",
                "Jewellery: wedding ring to stay on. Family faith: RC.", "wait for release from mortuary, Q ref on file"])
    jar = w.c(P["jar"])
    writer = w.c(["arranger", "night_removal", "hospice_nurse", "funeral_director"])
    sys_ = f"You are the arrangements assistant of {fd}. Be brief and factual."
    instr = w.c(["turn this first call into our case JSON (deceased, nok, removal, notes)",
                 "draft a short SMS to the next of kin confirming removal tonight",
                 "whats missing from this first call before we can book the crem?", P["ask"],
                 "translate the notes to English and keep the field labels"])
    if sens:
        dec, nok = w.person(tag), w.person(tag, born=(1950, 1996))
        pairs = [(P["dec"], R.v("PERSON", dec["full"])), (P["dob"], R.v("DATE_TIME", w.dob(dec))), (P["dod"], dod),
                 ("Place", place), (P["addr"], R.v("LOCATION", w.addr(tag)))]
        il = _id_line(w, tag, dec, R, P)
        if il and w.r.random() < 0.7:
            pairs.append(il)
        pairs.append((P["nok"], R.v("PERSON", nok["full"]) + f" ({w.c(REL_EN)})"))
        pairs.append((P["tel"], R.v("PHONE_NUMBER", w.phone(tag))))
        if w.r.random() < 0.6:
            pairs.append((P["mail"], R.v("EMAIL_ADDRESS", w.email(tag, nok))))
        if place in ("hospital ward 7B", "ICU", "hospice") and w.r.random() < 0.6:
            pairs.append(("Hosp. no.", R.v("MEDICAL_RECORD", w.g.mrn())))
        doc = f"{fd} — FIRST CALL {case}\n{_lines(pairs)}\nNotes: {note} ({jar})"
        fields = [("case_ref", case)] + [(k, v) for k, v in zip(["deceased", "dob", "dod", "place", "address"], [p[1] for p in pairs[:5]])] + [("nok_phone", [p for p in pairs if p[0] == P["tel"]][0][1])]
        return dict(doc=doc, fields=fields, instr=instr, sys=sys_, fname=f"first_call_{case}.txt", writer=writer, hn=None)
    hn = w.c(["blank_form", "aggregate", "org_contacts"])
    sb = w.switchboard(tag)
    dom = w.domain(tag, fd)
    if hn == "blank_form":
        ph = w.placeholder(tag)
        pairs = [(P["dec"], ph), (P["dob"], "__/__/____"), (P["dod"], "__/__/____ __:__"), ("Place", "home / hospital / care home"),
                 (P["addr"], "______________________"), (P["nok"], ph), (P["tel"], "______________")]
        doc = f"{fd} — FIRST CALL FORM v3 (template, ref format {case})\n{_lines(pairs)}\n24h line: {sb} · arrangements@{dom}"
    elif hn == "aggregate":
        doc = (f"{fd} — first calls, last month\nTotal {w.r.randint(30, 80)} (home {w.r.randint(10, 30)}, hospital {w.r.randint(5, 20)}, "
               f"care home {w.r.randint(2, 12)}); avg response {w.r.randint(35, 70)} min; coroner referrals {w.r.randint(1, 6)}.\n"
               f"Busiest slot 22:00–02:00. 24h line {sb}. Emergencies: {LOC[tag]['emergency']}.")
    else:
        doc = (f"Removal for case {case}: mortuary release form ref {w.ref('MR')}, collect from {w.org(tag, 'crem')} mortuary desk,"
               f" call {sb} ext {w.r.randint(200, 299)} before arriving; paperwork to office@{dom}. {P['hours']} ({jar})")
    fields = [("case_ref", case), ("org", fd), ("line", sb)]
    return dict(doc=doc, fields=fields, instr=instr, sys=sys_, fname=f"first_call_{case}.txt", writer=writer, hn=hn)


def k_registration(w, tag, sens, R):
    P = LOC[tag]["P"]
    reg = w.org(tag, "reg")
    ref = w.ref("RD")
    when = fmt_date(tag, w.later()) + " " + w.time()
    writer = w.c(["registrar_clerk", "informant", "funeral_arranger"])
    sys_ = "You help a register office and families with death registration paperwork."
    instr = w.c(["write the appointment confirmation email from this", "make a checklist of what to bring from this",
                 P["ask"], "is anything wrong with these details? answer in one paragraph"])
    docs = ", ".join(w.r.sample(P["jar"], 2))
    if sens:
        dec, inf = w.person(tag), w.person(tag, born=(1950, 1996))
        pairs = [("Appointment", f"{when} ({ref})"), (P["inf"], R.v("PERSON", inf["full"]) + f" – {w.c(REL_EN)}"),
                 (P["tel"], R.v("PHONE_NUMBER", w.phone(tag))), (P["dec"], R.v("PERSON", dec["full"])),
                 (P["dob"], R.v("DATE_TIME", w.dob(dec)))]
        il = _id_line(w, tag, dec, R, P)
        if il:
            pairs.append(il)
        if w.r.random() < 0.5:
            pairs.append((P["addr"], R.v("LOCATION", w.addr(tag))))
        doc = f"{reg}\n{_lines(pairs)}\nBring: {docs}."
        fields = [("appointment_ref", ref), ("informant", inf["full"]), ("informant_phone", pairs[2][1]), ("deceased", dec["full"]), ("dob", pairs[4][1])]
        return dict(doc=doc, fields=fields, instr=instr, sys=sys_, fname=f"appointment_{ref}.txt", writer=writer, hn=None)
    hn = w.c(["office_info", "aggregate", "blank_form"])
    sb = w.switchboard(tag)
    if hn == "office_info":
        doc = (f"{reg} — registering a death\n{P['hours']}\nAppointments: {sb} or deaths@{w.domain(tag, reg)}. "
               f"Bring: {docs}. Your booking ref looks like {ref}. The Superintendent Registrar signs certified copies; fee per copy 12.50.")
    elif hn == "aggregate":
        doc = (f"{reg}: deaths registered this week {w.r.randint(40, 120)}; within 5 days {w.r.randint(80, 97)}%; "
               f"coroner-referred {w.r.randint(3, 15)}; Tell Us Once used in {w.r.randint(60, 90)}%. Queries {sb}.")
    else:
        ph = w.placeholder(tag)
        doc = f"{reg} — informant form\n{_lines([(P['inf'], ph), (P['tel'], '_____________'), (P['dec'], ph), (P['dob'], '__.__.____'), (P['idl'], '___________')])}\nref: {ref}"
    return dict(doc=doc, fields=[("appointment_ref", ref), ("office", reg), ("phone", sb)], instr=instr, sys=sys_,
                fname=f"register_{ref}.txt", writer=writer, hn=hn)


def _acct(w, tag, R):
    loc = LOC[tag]
    if loc["iban"]:
        return [(LOC[tag]["P"]["acct"], R.v("IBAN_CODE", w.g.iban(loc["iban"])))]
    if tag == "en-US":
        return [("ABA", R.v("US_BANK_NUMBER", w.g.aba())), ("Acct", R.v("US_BANK_NUMBER", w.g.d(w.r.randint(9, 12))))]
    return [(LOC[tag]["P"]["acct"], R.v("CREDIT_CARD", w.g.card()))]


def k_probate(w, tag, sens, R):
    P = LOC[tag]["P"]
    law = w.org(tag, "law")
    ref = w.ref("PR")
    cite = w.c(LAW[tag])
    writer = w.c(["probate_paralegal", "lay_executor", "notary_clerk"])
    sys_ = "You are a drafting assistant for a probate practice. Do not give legal advice."
    instr = w.c(["summarise this letter in 3 bullet points", "draft the reply to the beneficiary", P["ask"],
                 "extract the estate figures into a table", "check the letter for mistakes before it goes out"])
    if sens:
        dec, exe, ben = w.person(tag), w.person(tag, born=(1950, 1990)), w.person(tag, born=(1955, 2000))
        pairs = [("Our ref", ref), ("Re", "Estate of " + R.v("PERSON", dec["full"]) + " (deceased)"), (P["dob"], R.v("DATE_TIME", w.dob(dec))),
                 (P["addr"], R.v("LOCATION", w.addr(tag))), (P["exe"], R.v("PERSON", exe["full"]))]
        il = _id_line(w, tag, dec, R, P)
        if il:
            pairs.append(il)
        pairs.append(("Beneficiary", R.v("PERSON", ben["full"])))
        pairs += _acct(w, tag, R)
        if w.r.random() < 0.5:
            pairs.append((P["mail"], R.v("EMAIL_ADDRESS", w.email(tag, exe))))
        body = w.c([f"Following {cite}, the residuary estate will be distributed once the grant issues.",
                    f"The interim distribution of 25% will be paid to the account below ({w.c(P['jar'])}).",
                    "Please confirm the account details and return the signed receipt within 14 days."])
        doc = f"{law}\n{_lines(pairs)}\n\n{body}"
        fields = [("our_ref", ref), ("deceased", dec["full"]), ("executor", exe["full"]), ("beneficiary", ben["full"]),
                  ("account", [p for p in pairs if p[0] in (P["acct"], "Acct", "ABA")][-1][1])]
        return dict(doc=doc, fields=fields, instr=instr, sys=sys_, fname=f"letter_{ref}.txt", writer=writer, hn=None)
    hn = w.c(["case_law", "example_values", "blank_form"])
    if hn == "case_law":
        doc = (f"{law} — note for file {ref}\nTestamentary capacity is assessed under {cite}; see also {w.c(LAW[tag])}. "
               f"Grant application {w.ref('GR')} lodged; probate registry switchboard {w.switchboard(tag)}. "
               f"{w.c(P['jar'])}: pending. No beneficiary details in this note.")
    elif hn == "example_values":
        doc = (f"{law} — client guide\nOur client account payments quote your matter ref (e.g. {ref}). Bank details in our "
               f"template use the published example IBAN {w.c(HN_EXAMPLE_IBANS)}; replace before sending. Questions: probate@{w.domain(tag, law)}.")
    else:
        ph = w.placeholder(tag)
        doc = f"{law}\n{_lines([('Our ref', ref), ('Re', 'Estate of ' + ph), (P['exe'], ph), (P['acct'], '____ ____ ____ ____'), ('Beneficiary', ph)])}\n[standard paragraph 4b]"
    return dict(doc=doc, fields=[("our_ref", ref), ("firm", law), ("authority", cite)], instr=instr, sys=sys_,
                fname=f"letter_{ref}.txt", writer=writer, hn=hn)


def k_bank(w, tag, sens, R):
    P = LOC[tag]["P"]
    bank = w.org(tag, "bank")
    ref = w.ref("BB")
    writer = w.c(["bereavement_desk_agent", "widow", "bank_webform"])
    sys_ = f"You assist the bereavement desk of {bank}. Follow the bereavement notification process."
    instr = w.c(["classify this notification (complete / missing docs) and list next steps", "write the acknowledgement letter",
                 P["ask"], "fill the notification JSON from this"])
    if sens:
        dec, nok = w.person(tag), w.person(tag, born=(1950, 1996))
        pairs = [("Notification", ref), ("Customer (deceased)", R.v("PERSON", dec["full"])), (P["dob"], R.v("DATE_TIME", w.dob(dec)))]
        pairs += _acct(w, tag, R)
        if w.r.random() < 0.6:
            pairs.append(("Card", R.v("CREDIT_CARD", w.g.card())))
        if tag == "en-US" and w.r.random() < 0.7:
            pairs.append(("SSN", R.v("ssn", w.g.ssn(dec))))
        pairs += [("Notified by", R.v("PERSON", nok["full"]) + f" ({w.c(REL_EN)})"), (P["tel"], R.v("PHONE_NUMBER", w.phone(tag))),
                  (P["mail"], R.v("EMAIL_ADDRESS", w.email(tag, nok)))]
        if w.r.random() < 0.5:
            pairs.append(("Web form IP", R.v("IP_ADDRESS", w.g.ip())))
        doc = f"{bank} — bereavement notification\n{_lines(pairs)}\nDocs: {w.c(P['jar'])} (copy)."
        fields = [("notification_ref", ref), ("customer", dec["full"]), ("notifier", nok["full"]),
                  ("notifier_email", [p for p in pairs if p[0] == P["mail"]][0][1])]
        return dict(doc=doc, fields=fields, instr=instr, sys=sys_, fname=f"notification_{ref}.txt", writer=writer, hn=None)
    hn = w.c(["test_values", "process", "doc_ips"])
    sb = w.switchboard(tag)
    dom = w.domain(tag, bank)
    if hn == "test_values":
        doc = (f"{bank} — sandbox test case {ref}\nAccount: {w.c(HN_EXAMPLE_IBANS)} (published example)\nCard: {w.c(HN_TEST_CARDS)} (test card)\n"
               f"Expected: freeze card, stop direct debits, send pack to bereavement@{dom}.")
    elif hn == "process":
        doc = (f"{bank} — bereavement desk\n1. Register notification (ref format {ref}).\n2. Ask for {', '.join(w.r.sample(P['jar'], 2))}.\n"
               f"3. Freeze cards, keep standing orders for funeral invoice. Desk: {sb}, bereavement@{dom}. {P['hours']}")
    else:
        doc = (f"{bank} web-form log (staging)\n{w.c(HN_DOC_IPS)} POST /bereavement/notify 201 ref={ref}\n{w.c(HN_DOC_IPS)} GET /bereavement/status 200\n"
               f"user-agent test-suite/4.2; example contact noreply@example.com")
    return dict(doc=doc, fields=[("notification_ref", ref), ("bank", bank), ("desk", sb)], instr=instr, sys=sys_,
                fname=f"bereavement_{ref}.txt", writer=writer, hn=hn)


def k_scheduling(w, tag, sens, R):
    P = LOC[tag]["P"]
    crem, cem, fd = w.org(tag, "crem"), w.org(tag, "cem"), w.org(tag, "fd")
    ref = w.ref("CR")
    day = fmt_date(tag, w.later())
    writer = w.c(["crematorium_clerk", "cemetery_sexton", "funeral_director"])
    sys_ = f"You manage bookings for {crem} and {cem}."
    instr = w.c(["check this booking against the chapel diary and confirm", "write the confirmation to the funeral director",
                 P["ask"], "convert to an iCal event", "is there a clash? reply yes/no and why"])
    if sens:
        dec, app = w.person(tag), w.person(tag, born=(1950, 1996))
        pairs = [("Booking", ref), ("Chapel", f"{w.c(['East', 'West', 'Main'])} chapel, {day} {w.time()}"),
                 (P["dec"], R.v("PERSON", dec["full"])), (P["dob"], R.v("DATE_TIME", w.dob(dec))), ("FD", fd),
                 ("Applicant", R.v("PERSON", app["full"])), (P["addr"], R.v("LOCATION", w.addr(tag))),
                 (P["tel"], R.v("PHONE_NUMBER", w.phone(tag)))]
        extra = w.c(["Organist needed; webcast yes.", f"Ashes: scatter in garden of remembrance ({w.c(P['jar'])}).",
                     f"Grave plot {w.c('ABCDE')}-{w.r.randint(1, 40)}-{w.r.randint(1, 300)} reopen, depth for two."])
        doc = f"{crem} / {cem}\n{_lines(pairs)}\n{extra}"
        fields = [("booking_ref", ref), ("deceased", dec["full"]), ("applicant", app["full"]), ("applicant_phone", pairs[-1][1]), ("slot", pairs[1][1])]
        return dict(doc=doc, fields=fields, instr=instr, sys=sys_, fname=f"booking_{ref}.txt", writer=writer, hn=None)
    hn = w.c(["diary_refs", "eponym", "plot_register"])
    if hn == "diary_refs":
        rows = [f"{w.time()} | {w.ref('CR')} | {w.org(tag, 'fd')} | {w.c(['30', '45', '60'])} min | {w.c(['organ', 'own music', 'webcast', '—'])}" for _ in range(w.r.randint(4, 7))]
        doc = f"{crem} — diary {day}\n" + "\n".join(rows) + f"\nOffice {w.switchboard(tag)}"
    elif hn == "eponym":
        figs = w.pools["_figures"]
        fig = w.c(figs)[0] if figs else "St Aldhelm"
        doc = (f"{crem}: the {fig} Room is closed for refurbishment until {day}; services move to the East chapel. "
               f"Bookings already confirmed (e.g. {ref}) keep their time. Enquiries {w.switchboard(tag)}.")
    else:
        rows = [f"{w.c('ABCDE')}-{w.r.randint(1, 40)}-{w.r.randint(1, 300)},{w.c(['purchased', 'reserved', 'available', 'reopen'])},grant {w.ref('EROB')}" for _ in range(w.r.randint(4, 7))]
        doc = f"{cem} plot register extract ({day})\nplot,status,grant\n" + "\n".join(rows)
    return dict(doc=doc, fields=[("booking_ref", ref), ("crematorium", crem), ("date", day)], instr=instr, sys=sys_,
                fname=f"diary_{ref}.txt", writer=writer, hn=hn)


def k_obituary(w, tag, sens, R):
    P = LOC[tag]["P"]
    cem, fd, ch = w.org(tag, "cem"), w.org(tag, "fd"), w.org(tag, "charity")
    ref = w.ref("OB")
    writer = w.c(["notices_desk", "family_member", "memorial_site_software"])
    sys_ = "You edit obituary and memorial notices for a regional newspaper and memorial website."
    instr = w.c(["shorten this notice to 60 words for print", "proofread this and keep the tone", P["ask"],
                 "turn this into the JSON for the memorial page", "translate this notice into English"])
    if sens:
        dec, sp, guest = w.person(tag), w.person(tag, born=(1928, 1968)), w.person(tag, born=(1950, 2000))
        kid = w.person(tag, born=(1960, 1995))
        txt = P["passed"].format(n=R.v("PERSON", dec["full"]), d=fmt_date(tag, w.later()))
        txt += f" ({P['dob']}: {R.v('DATE_TIME', w.dob(dec))})"
        txt += f"\nBeloved of {R.v('PERSON', sp['full'])}; much loved parent of {R.v('PERSON', kid['given'])}."
        txt += "\n" + P["svc"].format(d=fmt_date(tag, w.later()), t=w.time(), v=cem)
        txt += f"\nDonations to {ch}. {P['cond']}"
        if w.r.random() < 0.6:
            txt += f"\n\nGuestbook: \"{P['cond']}\" — {R.v('PERSON', guest['full'])} [{R.v('IP_ADDRESS', w.g.ip())}]"
        fields = [("notice_ref", ref), ("name", dec["full"]), ("born", fmt_date(tag, dec["dob"])), ("spouse", sp["full"])]
        return dict(doc=txt, fields=fields, instr=instr, sys=sys_, fname=f"notice_{ref}.txt", writer=writer, hn=None)
    hn = w.c(["public_figure", "template", "aggregate"])
    if hn == "public_figure":
        figs = w.pools["_figures"]
        name, role = w.c(figs)
        txt = (f"Anniversary feature: {name}, {role}. {cem} offers a guided heritage walk on {fmt_date(tag, w.later())} at {w.time()}; "
               f"booking ref {ref}, tel {w.switchboard(tag)}. {P['cond']}")
    elif hn == "template":
        ph = w.placeholder(tag)
        txt = P["passed"].format(n=ph, d="[date]") + "\n" + P["svc"].format(d="[date]", t="[time]", v="[venue]") + f"\n(template {ref} — {fd})"
    else:
        txt = (f"Memorial site monthly report: {w.r.randint(120, 400)} notices published, {w.r.randint(20, 60)}% with donation links, "
               f"{w.r.randint(900, 5000)} guestbook entries, {w.r.randint(5, 40)} removed by moderation. Top charity: {ch}.")
    return dict(doc=txt, fields=[("notice_ref", ref), ("cemetery", cem), ("charity", ch)], instr=instr, sys=sys_,
                fname=f"notice_{ref}.txt", writer=writer, hn=hn)


def k_complaint(w, tag, sens, R):
    P = LOC[tag]["P"]
    fd = w.org(tag, "fd")
    inv = f"INV-{w.r.randint(10000, 99999)}"
    writer = w.c(["grieving_son", "grieving_daughter", "complaints_manager", "ombudsman_caseworker"])
    sys_ = f"You help the complaints team of {fd} respond with empathy and accuracy."
    instr = w.c(["draft an apology and a proposed remedy", "summarise the complaint and classify severity 1-5", P["ask"],
                 "what policy did we break here? short answer", "rewrite my complaint so it sounds calmer"])
    issue = w.c(["the ashes were returned two weeks late and nobody called us", "the wrong name was printed on the order of service",
                 "we were charged for limousines that never came", "my mother was dressed in the wrong clothes for the viewing"])
    if sens:
        comp, dec = w.person(tag, born=(1950, 1996)), w.person(tag)
        staff = w.person(tag, born=(1970, 2000))
        txt = (f"To the manager of {fd} — invoice {inv}\nI am writing about the funeral of {R.v('PERSON', dec['full'])}: {issue}. "
               f"Your arranger {R.v('PERSON', staff['given'])} promised to sort it. Call me on {R.v('PHONE_NUMBER', w.phone(tag))}")
        if w.r.random() < 0.6:
            txt += f" or email {R.v('EMAIL_ADDRESS', w.email(tag, comp))}"
        txt += f".\n{R.v('PERSON', comp['full'])}"
        if w.r.random() < 0.6:
            txt += f"\n{R.v('LOCATION', w.addr(tag))}"
        fields = [("invoice", inv), ("complainant", comp["full"]), ("deceased", dec["full"]), ("issue", issue)]
        return dict(doc=txt, fields=fields, instr=instr, sys=sys_, fname=f"complaint_{inv}.txt", writer=writer, hn=None)
    hn = w.c(["anonymised", "refs_only", "policy"])
    if hn == "anonymised":
        txt = (f"Ombudsman decision summary (anonymised): Mrs A complained that {issue}. The firm ({fd}) accepted fault, refunded "
               f"{w.r.randint(100, 900)} and apologised. Case {w.ref('OMB')}. No further action.")
    elif hn == "refs_only":
        txt = (f"Complaint {w.ref('C')} re {inv}: {issue}. Status: open, day {w.r.randint(2, 30)} of 56. Owner: complaints team "
               f"(complaints@{w.domain(tag, fd)}, {w.switchboard(tag)}).")
    else:
        txt = (f"{fd} complaints policy v{w.r.randint(2, 6)}: acknowledge within 2 working days, full response within 20, "
               f"escalation to the independent ombudsman after 8 weeks. Example complaint ref format {w.ref('C')}.")
    return dict(doc=txt, fields=[("invoice", inv), ("firm", fd), ("issue", issue)], instr=instr, sys=sys_,
                fname=f"complaint_{inv}.txt", writer=writer, hn=hn)


def k_counselling(w, tag, sens, R):
    P = LOC[tag]["P"]
    ch = w.org(tag, "charity")
    writer = w.c(["bereavement_counsellor", "hospice_volunteer", "bereaved_person"])
    sys_ = f"You support the volunteers and counsellors of {ch}. Be warm; never diagnose."
    instr = w.c(["write up these session notes in SOAP format", "suggest 3 gentle questions for next session", P["ask"],
                 "reply to this message kindly and offer the Tuesday group", "is this person at risk? list the cues only"])
    if sens:
        cl, lost = w.person(tag, born=(1945, 2000)), w.person(tag)
        rel = w.c(P["rel"]).format(g=R.v("PERSON", lost["given"]))
        if writer == "bereaved_person":
            txt = (f"hi, I'm {R.v('PERSON', cl['full'])}. {rel} died in {w.c(['March', 'the spring', 'hospital', 'his sleep'])} and I can't sleep. "
                   f"can I join a group? my number is {R.v('PHONE_NUMBER', w.phone(tag))}")
        else:
            pairs = [("Client", R.v("PERSON", cl["full"])), (P["dob"], R.v("DATE_TIME", w.dob(cl)))]
            if tag == "en-GB":
                pairs.append(("NHS no.", R.v("HEALTH_INSURANCE", w.g.nhs(cl))))
            else:
                il = _id_line(w, tag, cl, R, P)
                if il and w.r.random() < 0.5:
                    pairs.append(il)
            pairs.append((P["tel"], R.v("PHONE_NUMBER", w.phone(tag))))
            txt = f"Session {w.r.randint(1, 8)} notes\n{_lines(pairs)}\nLoss: {rel}. Sleep poor, guilt about the hospital decision, appetite ok. Plan: continue fortnightly."
        fields = [("client", cl["full"]), ("loss", rel), ("service", ch)]
        return dict(doc=txt, fields=fields, instr=instr, sys=sys_, fname="session_notes.txt", writer=writer, hn=None)
    hn = w.c(["cited_authors", "anonymised", "helplines"])
    if hn == "cited_authors":
        figs = w.pools["_figures"]
        (n1, r1), (n2, r2) = w.r.sample(figs, 2) if len(figs) >= 2 else (("—", "—"), ("—", "—"))
        txt = (f"Training handout ({ch}): {n1}, {r1}; {n2}, {r2}. Discuss how the models differ and why stages are not a checklist.")
    elif hn == "anonymised":
        txt = (f"Case vignette (fully anonymised): Client X, 60s, lost a spouse after a long illness; {w.c(P['jar'])} still open, "
               f"sleep poor, guilt about hospital decisions. Group attendance 4/6.")
    else:
        txt = (f"{ch}: Tuesday group 18:30, Thursday drop-in 10:00. Helpline {w.switchboard(tag)}; in an emergency call "
               f"{LOC[tag]['emergency']}. Email support@{w.domain(tag, ch)}.")
    return dict(doc=txt, fields=[("service", ch), ("doc_type", hn)], instr=instr, sys=sys_, fname="handout.txt", writer=writer, hn=hn)


def k_export(w, tag, sens, R):
    P = LOC[tag]["P"]
    cl = w.org(tag, "clear")
    writer = w.c(["house_clearance_firm", "estate_agent", "crm_export_job"])
    sys_ = "You process CSV exports from our estate / house-clearance case system."
    instr = w.c(["dedupe this export and return CSV", "convert to a markdown table", "which jobs are overdue? list ids",
                 P["ask"], "write a python snippet that loads this file"])
    n = w.r.randint(3, 6)
    if sens:
        rows = ["case_id,deceased,key_holder,kh_phone,kh_email,property,clearance_date"]
        fields = []
        for i in range(n):
            dec, kh = w.person(tag), w.person(tag, born=(1950, 1996))
            cid = w.ref("HC")
            ph = R.v("PHONE_NUMBER", w.phone(tag))
            em = R.v("EMAIL_ADDRESS", w.email(tag, kh)) if w.r.random() < 0.6 else ""
            ad = R.v("LOCATION", w.addr(tag))
            rows.append(f"{cid},{R.v('PERSON', dec['full'])},{R.v('PERSON', kh['full'])},{ph},{em},\"{ad}\",{fmt_date(tag, w.later())}")
            if i == 0:
                fields = [("case_id", cid), ("deceased", dec["full"]), ("key_holder", kh["full"]), ("kh_phone", ph)]
        return dict(doc="\n".join(rows), fields=fields, instr=instr, sys=sys_, fname="clearance_export.csv", writer=writer, hn=None)
    hn = w.c(["refs_only", "aggregate", "placeholders"])
    if hn == "refs_only":
        rows = ["case_id,property_ref,rooms,volume_m3,skip,quote,agent_office_phone"]
        rows += [f"{w.ref('HC')},PROP-{w.r.randint(1000, 9999)},{w.r.randint(2, 7)},{w.r.randint(8, 40)},{w.c(['y', 'n'])},{w.r.randint(300, 2500)},{w.switchboard(tag)}" for _ in range(n)]
    elif hn == "aggregate":
        rows = ["month,jobs,avg_volume_m3,charity_donated_pct,recycled_pct"]
        rows += [f"2026-{m:02d},{w.r.randint(10, 60)},{w.r.randint(10, 30)},{w.r.randint(20, 60)},{w.r.randint(30, 80)}" for m in range(1, n + 1)]
    else:
        ph = w.placeholder(tag)
        rows = ["case_id,deceased,key_holder,kh_phone,property"]
        rows += [f"{w.ref('HC')},{ph},{ph},000 000 000,PROP-{w.r.randint(1000, 9999)}" for _ in range(n)]
    return dict(doc="\n".join(rows) + f"\n# exported by {cl}", fields=[("export", "clearance"), ("firm", cl)], instr=instr,
                sys=sys_, fname="clearance_export.csv", writer=writer, hn=hn)


KINDS = {"intake": k_intake, "registration": k_registration, "probate": k_probate, "bank": k_bank, "scheduling": k_scheduling,
         "obituary": k_obituary, "complaint": k_complaint, "counselling": k_counselling, "export": k_export}


def inject_incidental(w, tag, d, R, mode):
    """One incidental personal item in an otherwise benign document."""
    P = LOC[tag]["P"]
    p = w.person(tag, born=(1940, 2000))
    if mode == "relation":
        s = w.c(P["rel"]).format(g=R.v("PERSON", p["given"]))
        add = f"\n(PS: {s} — will collect the ashes on Friday.)"
    elif mode == "phone":
        add = f"\n(pls call me back on {R.v('PHONE_NUMBER', w.phone(tag))})"
    elif mode == "dob":
        add = f"\n(for the form: {P['dob']} {R.v('DATE_TIME', w.dob(p))})"
    else:
        add = f"\n(reply to {R.v('EMAIL_ADDRESS', w.email(tag, p))} not the office)"
    d = dict(d)
    d["doc"] = d["doc"] + add
    d["hn"] = None
    return d


# --------------------------------------------------------------------------------------------------------------
# Request assembly: the document goes into one request field, chosen by rotation
# --------------------------------------------------------------------------------------------------------------
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "text_parts", "file_part", "image_url", "tool_def",
              "tool_call_args", "json_schema", "user_field", "stop", "prediction", "metadata_only"]
DOC_PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "text_parts", "file_part", "tool_def", "stop", "prediction"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "gpt-4.1-mini", "llama-3.1-8b-instruct", "hybridgate/auto"]


def assemble(w, d, placement, endpoint, sens, issued):
    model = w.c(MODELS)
    doc, instr, sys_ = d["doc"], d["instr"], d["sys"]
    fields = d["fields"]
    if endpoint == "completions":
        body = {"model": model if model != "llama-3.1-8b-instruct" else "gpt-3.5-turbo-instruct",
                "prompt": w.c([f"{instr}\n\n{doc}\n\n###\n", f"### Task: {instr}\n### Input:\n{doc}\n### Output:\n"]),
                "max_tokens": w.c([256, 400, 800]), "temperature": w.c([0, 0.2, 0.7])}
        if w.r.random() < 0.3:
            body["stop"] = ["###", "\n\n\n"]
        return body
    msgs = [{"role": "system", "content": sys_}]
    body = {"model": model}
    call_id = f"call_{w.r.randint(10**7, 10**8 - 1):x}"
    tool = {"type": "function", "function": {"name": "file_case_note", "description": "Store a structured note on the case file.",
                                             "parameters": {"type": "object", "properties": {k: {"type": "string"} for k, _ in fields},
                                                            "required": [fields[0][0]]}}}
    if placement == "user":
        msgs.append({"role": "user", "content": w.c([f"{instr}\n\n{doc}", f"{doc}\n\n{instr}"])})
    elif placement == "system":
        msgs[0]["content"] = f"{sys_}\n\nCurrent case file:\n{doc}"
        msgs.append({"role": "user", "content": instr})
    elif placement == "assistant_echo":
        msgs += [{"role": "user", "content": "I'll paste it, read it first"},
                 {"role": "assistant", "content": f"Got it, here's what I received:\n{doc}"},
                 {"role": "user", "content": instr}]
    elif placement == "tool_result":
        msgs += [{"role": "user", "content": instr},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": call_id, "type": "function", "function": {
                     "name": "fetch_case_document", "arguments": json.dumps({"ref": fields[0][1]}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": call_id, "content": doc}]
        body["tools"] = [{"type": "function", "function": {"name": "fetch_case_document", "description": "Fetch a document from the case system.",
                                                           "parameters": {"type": "object", "properties": {"ref": {"type": "string"}}}}}]
    elif placement == "text_parts":
        msgs.append({"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]})
    elif placement == "file_part":
        b64 = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        msgs.append({"role": "user", "content": [{"type": "text", "text": instr},
                                                  {"type": "file", "file": {"filename": d["fname"], "file_data": f"data:text/plain;base64,{b64}"}}]})
    elif placement == "image_url":
        q = urllib.parse.urlencode(fields[:4], quote_via=urllib.parse.quote)
        url = f"https://media.{w.c(['tributes-cdn.net', 'memorial-img.io', 'casefiles-media.com'])}/u/{w.r.randint(1000, 9999)}/scan.jpg?{q}"
        msgs.append({"role": "user", "content": [{"type": "text", "text": w.c(["crop this photo for the order of service, 4x6 portrait",
                                                                                    "read the scanned form and type it out", "is this scan legible?"])},
                                                  {"type": "image_url", "image_url": {"url": url, "detail": "low"}}]})
    elif placement == "tool_def":
        tool["function"]["description"] = "Store a structured note on the case file. Context for this case:\n" + doc
        body["tools"] = [tool]
        body["tool_choice"] = "auto"
        msgs.append({"role": "user", "content": instr})
    elif placement == "tool_call_args":
        body["tools"] = [tool]
        msgs += [{"role": "user", "content": "file this note on the case"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": call_id, "type": "function", "function": {
                     "name": "file_case_note", "arguments": json.dumps(dict(fields), ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": call_id, "content": "{\"status\": \"stored\"}"},
                 {"role": "user", "content": instr}]
    elif placement == "json_schema":
        props = {k: {"type": "string", "examples": [v]} for k, v in fields}
        k1, v1 = fields[1] if len(fields) > 1 else fields[0]
        props[k1] = {"type": "string", "enum": [v1, "unknown"]}
        schema = {"type": "object", "properties": props, "required": [k for k, _ in fields]}
        if w.r.random() < 0.5:
            schema["description"] = "Source document:\n" + doc
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_record", "strict": False, "schema": schema}}
        msgs.append({"role": "user", "content": instr})
    elif placement == "user_field":
        vals = [v for t, v in issued if t == "EMAIL_ADDRESS"] + [v for t, v in issued if t == "PERSON"]
        body["user"] = vals[0] if (sens and vals) else w.c([f"agent-{w.r.randint(100, 999)}", f"crm:{fields[0][1]}", f"desk-{w.r.randint(10, 99)}@example.com"])
        msgs.append({"role": "user", "content": w.c(["draft the standard follow-up message for this client",
                                                      "write the 2-week check-in email, warm, 80 words", "what should I send them next?"])})
    elif placement == "stop":
        msgs.append({"role": "user", "content": f"{instr}\n\n{doc}"})
        vals = [v for t, v in issued if t == "PERSON"]
        body["stop"] = ["\n\n---", f"\nKind regards, {vals[0] if (sens and vals) else fields[-1][1]}"]
    elif placement == "prediction":
        msgs.append({"role": "user", "content": w.c(["change the time to 14:30, return the whole text otherwise unchanged",
                                                      "fix typos only and return the full text", "replace the date with next Friday, keep everything else"])})
        body["prediction"] = {"type": "content", "content": doc}
    elif placement == "metadata_only":
        body["store"] = True
        body["metadata"] = {k: str(v)[:500] for k, v in fields[:8]}
        msgs.append({"role": "user", "content": w.c(["draft the call script for tomorrow's follow-up", "summarise where this case stands",
                                                      "what's the next step on this file?"])})
    else:
        raise Invalid(placement)
    body["messages"] = msgs
    if w.r.random() < 0.3:
        body["temperature"] = w.c([0, 0.2, 0.5])
    return body


def search_entities(body, issued):
    ser = json.dumps(body, ensure_ascii=False)
    hay = [ser, urllib.parse.unquote(ser)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", ser):
        hay.append(base64.b64decode(m.group(1)).decode("utf-8"))
    H = "\n".join(hay)
    out, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        if v and v in H:
            out.append({"type": t, "value": v})
    return out


def build_pii(seed, pools):
    rng = random.Random(seed)
    w = World(rng, pools)
    kinds = list(KINDS)
    plan = []
    for ki, kind in enumerate(kinds):
        flags = [True] * 32 + [False] * 23
        rng.shuffle(flags)
        sens_i = 0
        for j, sens in enumerate(flags):
            incidental = sens and sens_i % 8 == 5
            sens_i += sens
            tag = LOCALE_ORDER[(ki * 5 + j) % len(LOCALE_ORDER)]
            placement = PLACEMENTS[(ki * 3 + j * 5) % len(PLACEMENTS)]
            endpoint = "completions" if (j * 7 + ki * 3) % 10 == 4 else "chat"
            plan.append((kind, tag, sens, incidental, placement, endpoint))
    rng.shuffle(plan)
    records = []
    inc_modes = ["relation", "phone", "dob", "email"]
    for n, (kind, tag, sens, incidental, placement, endpoint) in enumerate(plan, 1):
        for attempt in range(12):
            R = Recorder()
            if incidental:
                d = KINDS[kind](w, tag, False, R)
                d = inject_incidental(w, tag, d, R, inc_modes[n % 4])
                pl = placement if placement in DOC_PLACEMENTS else DOC_PLACEMENTS[n % len(DOC_PLACEMENTS)]
            else:
                d = KINDS[kind](w, tag, sens, R)
                pl = placement if attempt < 6 else "user"
            body = assemble(w, d, pl, endpoint, sens, R.items)
            ents = search_entities(body, R.items)
            if bool(ents) == sens:
                break
        else:
            raise Invalid(f"could not build record {n} {kind} {tag} {placement}")
        assert (len(ents) > 0) == sens
        if not sens:
            assert not R.items
        style = f"{d['writer']} · {'prompt' if endpoint == 'completions' else pl}"
        style += " · incidental" if incidental else (f" · {d['hn']}" if d["hn"] else "")
        records.append({"id": f"{SPLIT}-pii-{n:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": sens,
                        "entities": ents, "endpoint": endpoint, "lang": tag, "style": style, "body": body})
    return records


# --------------------------------------------------------------------------------------------------------------
# Complexity split
# --------------------------------------------------------------------------------------------------------------
CX_SS = {
    "en-GB": ["thanks, that's perfect", "what does MCCD stand for?", "convert 03/04/2026 to 2026-04-03 format"],
    "en-US": ["Hi! are you there?", "how do you spell condolences", "what does DOD mean on a death certificate?"],
    "de-DE": ["Danke, passt so!", "Wie heißt 'Sterbeurkunde' auf Englisch?", "Schreib 'herzliches Beileid' in Großbuchstaben."],
    "fr-FR": ["Merci beaucoup !", "Comment dit-on « acte de décès » en anglais ?", "Mets cette date au format AAAA-MM-JJ : 12/05/2026"],
    "es-ES": ["¡Gracias!", "¿Cómo se dice 'tanatorio' en inglés?", "Pásame 'sentido pésame' a mayúsculas."],
    "it-IT": ["Grazie mille!", "Come si dice 'necrologio' in inglese?", "Scrivi 'sentite condoglianze' tutto maiuscolo."],
    "nl-NL": ["Dank je!", "Wat is 'rouwkaart' in het Engels?", "Zet 'in liefdevolle herinnering' in hoofdletters."],
    "pl-PL": ["Dzięki!", "Jak jest 'akt zgonu' po angielsku?", "Przepisz datę 5.11.2026 w formacie RRRR-MM-DD."],
    "pt-BR": ["Obrigado!", "Como se diz 'velório' em inglês?", "Escreva 'meus sentimentos' em letras maiúsculas."],
    "ru-RU": ["Спасибо!", "Как по-английски «свидетельство о смерти»?", "Переведи дату 07.03.2026 в формат ГГГГ-ММ-ДД."],
    "el-GR": ["Ευχαριστώ!", "Πώς λέγεται «μνημόσυνο» στα αγγλικά;", "Γράψε «συλλυπητήρια» με κεφαλαία."],
    "he-IL": ["תודה רבה!", "איך אומרים 'שבעה' באנגלית?", "מה פירוש המילה 'אזכרה'?"],
    "ar-AE": ["شكرًا جزيلًا!", "ما معنى كلمة 'العزاء' بالإنجليزية؟", "اكتب التاريخ 2026/04/03 بالصيغة 03-04-2026."],
    "hi-IN": ["धन्यवाद!", "'श्रद्धांजलि' को अंग्रेज़ी में क्या कहते हैं?", "तारीख 03-04-2026 को 2026-04-03 में लिखो।"],
    "zh-CN": ["谢谢！", "“骨灰盒”用英语怎么说？", "把日期2026年4月3日写成2026-04-03。"],
    "ja-JP": ["ありがとう！", "「香典」は英語で何と言いますか？", "2026年4月3日をYYYY-MM-DD形式にして。"],
    "ko-KR": ["고마워요!", "'발인'은 영어로 뭐예요?", "2026년 4월 3일을 YYYY-MM-DD로 바꿔 줘."],
    "tr-TR": ["Teşekkürler!", "'Başsağlığı' İngilizcede nasıl denir?", "03.04.2026 tarihini YYYY-AA-GG biçiminde yaz."],
}
CX_SH = {
    "en-GB": ["Intestate, England & Wales, death in 2026: spouse + 3 adult children, net estate £780,000 incl. £40,000 chattels. "
              "Statutory legacy £322,000. Work out who gets what, step by step, and whether IHT is due given the spouse exemption.",
              "2 chapels, 1 cremator (90 min per cremation + 30 min cooling), 7 services requested Friday 09:00–16:00, two need 60-min "
              "slots and one family can only come after 14:00. Build a feasible timetable and explain the trade-offs."],
    "en-US": ["No will, UPC state: surviving spouse, two children of the marriage and one child from a prior relationship; net probate "
              "estate $540,000. Compute the spouse's intestate share under UPC §2-102 and each child's share, explaining each step.",
              "Our funeral home has 3 arrangers and 2 hearses; Saturday has 5 services across 3 cemeteries 20–45 min apart, each needing "
              "a hearse for 2.5 h. Plan the day, show whether it's feasible, and what you'd renegotiate."],
    "de-DE": ["Erblasserin verwitwet, zwei Kinder, eines vorverstorben mit zwei Enkeln; Nachlass 420.000 €, Testament setzt die Nachbarin "
              "als Vermächtnisnehmerin für 50.000 € ein, sonst gesetzliche Erbfolge. Berechne die Erbteile und prüfe, ob Pflichtteile verletzt sind.",
              "Krematorium mit 2 Öfen (je 90 Min. + 30 Min. Abkühlung), Betrieb 7–17 Uhr, 23 Anfragen pro Tag. Wie viele Einäscherungen "
              "schaffen wir maximal, und wie bauen wir einen Rückstau über eine Feiertagswoche ab? Begründe."],
    "fr-FR": ["Succession : conjoint survivant de 78 ans et deux enfants communs, actif net 510 000 €. Compare l'option quart en pleine "
              "propriété et usufruit total (barème art. 669 CGI) et recommande la plus favorable au conjoint, calculs à l'appui.",
              "Organise le rapatriement d'un corps de Lisbonne vers Lyon : étapes, documents, délais réalistes et dépendances ; où sont les risques de retard ?"],
    "es-ES": ["Herencia sin testamento: viuda y tres hijos, caudal 360.000 €. Calcula los tercios de legítima, mejora y libre disposición "
              "y el usufructo del cónyuge; explica el razonamiento paso a paso.",
              "Tres salas de velatorio, 9 familias el sábado, franjas de 4 h y 1 h de limpieza entre usos; dos familias necesitan sala grande. "
              "Propón un horario factible y explica qué sacrificas."],
    "it-IT": ["Successione legittima: coniuge e due figli, asse 300.000 €, donazione in vita di 60.000 € a un figlio. Calcola quote, "
              "collazione ed eventuale riduzione, passo per passo.",
              "Due fratelli litigano: uno vuole la cremazione, l'altro la sepoltura, e non c'è testamento. Analizza chi decide secondo la "
              "legge italiana e come dovrebbe muoversi l'impresa funebre."],
    "nl-NL": ["Geen testament: echtgenote en twee kinderen, nalatenschap € 480.000, schulden € 60.000. Werk de wettelijke verdeling uit, "
              "inclusief de niet-opeisbare vorderingen van de kinderen, en leg uit wat er gebeurt als de echtgenote hertrouwt.",
              "De executeur heeft al € 30.000 uitgekeerd, nu meldt zich een schuldeiser van € 45.000. Analyseer de aansprakelijkheid van de "
              "executeur en wat de erfgenamen nu moeten doen."],
    "pl-PL": ["Spadek ustawowy: żona i troje dzieci, jedno odrzuciło spadek. Masa 450 000 zł, długi 80 000 zł, przyjęcie z dobrodziejstwem "
              "inwentarza. Oblicz udziały i wyjaśnij odpowiedzialność za długi.",
              "Zakład ma 2 karawany i 4 pogrzeby w sobotę w trzech miastach oddalonych o 40–70 km. Ułóż plan dnia z czasami przejazdów i uzasadnij kolejność."],
    "pt-BR": ["Inventário: viúva casada em comunhão parcial, dois filhos; imóvel comprado antes do casamento (R$ 600 mil) e aplicações "
              "durante o casamento (R$ 200 mil). Calcule meação e quinhões e explique a concorrência do cônjuge.",
              "O banco bloqueou a conta conjunta após o óbito e a viúva não consegue pagar o funeral. Analise as opções legais, em que ordem tentar e os riscos."],
    "ru-RU": ["Наследование по закону: супруга, двое детей и мать наследодателя; квартира в совместной собственности (6 млн руб.), "
              "вклад 900 тыс. Рассчитай доли каждого с учётом супружеской доли и объясни.",
              "Наследник пропустил шестимесячный срок принятия наследства на 3 недели из-за болезни. Проанализируй, как восстановить срок "
              "или доказать фактическое принятие, и оцени шансы."],
    "el-GR": ["Κληρονομιά χωρίς διαθήκη: σύζυγος και τρία παιδιά, περιουσία 240.000 €. Υπολόγισε τα μερίδια κατά τον ΑΚ και εξήγησε "
              "τι αλλάζει αν ένα παιδί αποποιηθεί.",
              "Η οικογένεια θέλει αποτέφρωση αλλά η ενορία αρνείται την εξόδιο ακολουθία. Ανάλυσε τις επιλογές και πρότεινε πλάνο που σέβεται όλους."],
    "he-IL": ["עזבון ללא צוואה: אלמנה, שני ילדים והורה חי של המנוח; דירה בשווי 2.4 מיליון ₪ ופיקדון 300 אלף. חשב את חלקו של כל יורש "
              "לפי חוק הירושה והסבר את דין הדירה.",
              "יש לנו 3 הלוויות באותו יום בשני בתי עלמין, רב אחד ושני רכבים. בנה לוח זמנים אפשרי כולל זמני נסיעה והסבר את ההחלטות."],
    "ar-AE": ["تركة: توفي رجل عن زوجة وابنين وبنت وأم، والتركة 900,000 درهم بعد سداد الديون. احسب نصيب كل وارث وفق الفرائض مع شرح خطوات الحساب.",
              "توفي مقيم أجنبي في الشارقة وتريد أسرته نقل الجثمان إلى بلده خلال 48 ساعة. ضع خطة خطوة بخطوة بالمستندات والجهات والمدد، وحدد نقاط التأخير المحتملة."],
    "hi-IN": ["वसीयत के बिना मृत्यु: पत्नी, दो बेटे, एक बेटी और माँ जीवित हैं; संपत्ति 60 लाख रुपये। हिंदू उत्तराधिकार अधिनियम के अनुसार "
              "हर वारिस का हिस्सा निकालो और तर्क समझाओ।",
              "बैंक ने नामांकित व्यक्ति को पैसा देने से मना कर दिया क्योंकि वसीयत में किसी और का नाम है। नामांकन बनाम उत्तराधिकार का "
              "विश्लेषण करो और बताओ परिवार को क्या करना चाहिए।"],
    "zh-CN": ["法定继承：被继承人配偶、两个子女和父亲在世，夫妻共同财产房产300万元、存款80万元。先分出配偶一半，再计算每位继承人的份额，并说明理由。",
              "殡仪馆周六有2个告别厅、1台火化炉（每次90分钟），有7家预约，其中3家要求上午。请排出可行的时间表并说明取舍。"],
    "ja-JP": ["相続：配偶者と子2人（うち1人は相続放棄）、遺産8,000万円。法定相続分と基礎控除を踏まえて課税遺産総額を段階的に計算してください。",
              "相続人の一人が行方不明で遺産分割協議が進みません。不在者財産管理人と失踪宣告を比較し、期間と費用の観点から勧めてください。"],
    "ko-KR": ["상속: 배우자와 자녀 3명, 상속재산 12억 원, 채무 2억 원. 법정상속분을 계산하고 한정승인과 상속포기 중 무엇이 유리한지 근거와 함께 설명해 줘.",
              "장례식장 빈소 3개, 금요일 입관 5건과 발인 4건이 겹칩니다. 인력 6명으로 가능한 일정표를 짜고 우선순위 근거를 설명해 줘."],
    "tr-TR": ["Vasiyetsiz miras: eş, iki çocuk ve anne hayatta; tereke 3.000.000 TL. Medeni Kanun'a göre payları hesapla ve saklı payları açıkla.",
              "Mirasçılardan biri yurtdışında ve vekaletname göndermiyor; tapu devri bekliyor. Seçenekleri analiz et ve en hızlı yolu öner."],
}
CX_SH_EXTRA = [
    "An executor paid £40k to beneficiaries before the 6-month Inheritance Act window closed; a claim has now been issued. Analyse the executor's exposure and what they should do next.",
    "Two siblings disagree: one wants burial per their mother's faith, the other cremation per her verbal wish. No will. Who decides in England, and how should the funeral director handle it?",
    "Estate: house £420k held as joint tenants with spouse, ISA £60k, pension with nomination £200k, debts £15k. Which assets pass under the will, which outside it, and what is the IHT position with the RNRB? Reason it through.",
    "We run 2 cremators, 90 min per charge + 30 min cooling, first charge 08:00, last 16:00. Every weekday has 19 requests. How many can we take per day, what's the backlog by Friday, and what policy would you propose?",
    "A widow wants to redirect her legacy to her children. Compare a deed of variation within 2 years with a disclaimer: tax effect, conditions, and when each is better.",
    "Repatriating a body from Thailand to Poland: plan the steps, documents and a realistic timeline with dependencies, and say where delays usually occur.",
    "Design a triage rule set for a bereavement helpline that flags suicide risk without over-escalating; justify each threshold.",
    "The will leaves £10,000 'to each of my grandchildren living at my death'. One was conceived but unborn at death; one was adopted afterwards. Analyse who qualifies and why.",
    "Residue £300k 'equally between my children'; one child predeceased leaving two children, another disclaimed. Work out the shares under s.33 Wills Act 1837.",
    "Compare a trust-based and an insurance-backed pre-paid funeral plan model for customer protection if the provider fails, and recommend one.",
    "Mercury readings at our crematorium spiked on 3 days last month. Propose a diagnostic plan linking it to case records and cremator loading, and interim controls.",
    "A lasting power of attorney holder kept paying the donor's bills for 3 weeks after death. Analyse what was unlawful, the bank's position, and how to regularise it.",
]
CX_CHORE = {
    "en-GB": ["sort these rows by date then time, nothing else", "convert this to a markdown table", "how many rows are cremations? just the number", "copy out only the booking refs, one per line"],
    "en-US": ["sort by date and time please", "make this a markdown table", "count the burials, number only", "list just the refs"],
    "de-DE": ["Sortiere die Zeilen nach Datum und Uhrzeit, sonst nichts ändern.", "Mach daraus eine Markdown-Tabelle."],
    "fr-FR": ["Trie ces lignes par date puis heure, sans rien changer d'autre.", "Mets ça dans un tableau Markdown."],
    "es-ES": ["Ordena las filas por fecha y hora, sin cambiar nada más.", "Pásalo a una tabla en Markdown."],
    "it-IT": ["Ordina le righe per data e ora, senza cambiare altro.", "Trasformalo in una tabella Markdown."],
    "nl-NL": ["Sorteer de regels op datum en tijd, verder niets aanpassen.", "Zet dit om in een Markdown-tabel."],
    "pl-PL": ["Posortuj wiersze według daty i godziny, nic więcej nie zmieniaj.", "Zrób z tego tabelę w Markdown."],
    "pt-BR": ["Ordene as linhas por data e hora, sem mudar mais nada.", "Transforme isso em uma tabela Markdown."],
    "ru-RU": ["Отсортируй строки по дате и времени, больше ничего не меняй.", "Оформи это как таблицу Markdown."],
    "el-GR": ["Ταξινόμησε τις γραμμές κατά ημερομηνία και ώρα, τίποτε άλλο.", "Κάν' το πίνακα Markdown."],
    "he-IL": ["מיין את השורות לפי תאריך ושעה, בלי לשנות שום דבר אחר.", "תהפוך את זה לטבלת Markdown."],
    "ar-AE": ["رتّب الأسطر حسب التاريخ ثم الوقت دون أي تغيير آخر.", "حوّل هذا إلى جدول Markdown."],
    "hi-IN": ["इन पंक्तियों को तारीख और समय के क्रम में लगाओ, और कुछ मत बदलो।", "इसे Markdown टेबल में बदल दो।"],
    "zh-CN": ["按日期和时间排序，其他不要改。", "把这些转成Markdown表格。"],
    "ja-JP": ["日付と時刻で並べ替えてください。他は変えないで。", "Markdownの表にしてください。"],
    "ko-KR": ["날짜와 시간 순으로 정렬만 해 줘. 다른 건 바꾸지 마.", "마크다운 표로 바꿔 줘."],
    "tr-TR": ["Satırları tarihe ve saate göre sırala, başka bir şey değiştirme.", "Bunu Markdown tablosuna çevir."],
}
CX_TYPES = {"en-GB": ("cremation", "burial"), "en-US": ("cremation", "burial"), "de-DE": ("Einäscherung", "Erdbestattung"),
            "fr-FR": ("crémation", "inhumation"), "es-ES": ("incineración", "inhumación"), "it-IT": ("cremazione", "inumazione"),
            "nl-NL": ("crematie", "begrafenis"), "pl-PL": ("kremacja", "pochówek"), "pt-BR": ("cremação", "sepultamento"),
            "ru-RU": ("кремация", "погребение"), "el-GR": ("αποτέφρωση", "ταφή"), "he-IL": ("קבורה אזרחית", "קבורה"),
            "ar-AE": ("نقل جثمان", "دفن"), "hi-IN": ("दाह संस्कार", "दफ़न"), "zh-CN": ("火化", "土葬"), "ja-JP": ("火葬", "家族葬"),
            "ko-KR": ("화장", "매장"), "tr-TR": ("nakil", "defin")}
CX_HARD = {
    "en-GB": ["Reconcile this estate account: find the entries that don't add up, then work out each beneficiary's final distribution, applying abatement if the legacies exceed what is left. Show your reasoning.",
              "Build a feasible cremation schedule for the week from these requests, respecting every constraint; where constraints conflict, decide which to relax and justify it.",
              "Analyse this complaint timeline: where exactly did the process fail, what was the root cause, which obligations were breached, and what remedies and process changes do you recommend, prioritised?"],
    "de-DE": ["Prüfe diese Nachlassabrechnung: Finde die Posten, die nicht aufgehen, und berechne dann die endgültige Verteilung je Begünstigtem, ggf. mit Kürzung der Vermächtnisse. Begründe jeden Schritt.",
              "Erstelle aus diesen Anfragen einen machbaren Einäscherungsplan für die Woche unter Beachtung aller Vorgaben; wo sie sich widersprechen, entscheide begründet, was gelockert wird.",
              "Analysiere diesen Beschwerdeverlauf: Wo genau ist der Prozess gescheitert, was war die Ursache, welche Pflichten wurden verletzt und welche Abhilfe empfiehlst du, priorisiert?"],
    "fr-FR": ["Vérifie ce compte de succession : trouve les écritures qui ne collent pas, puis calcule la répartition finale par bénéficiaire, avec réduction des legs si nécessaire. Justifie chaque étape.",
              "Établis un planning de crémation réalisable pour la semaine à partir de ces demandes, en respectant toutes les contraintes ; en cas de conflit, dis lesquelles assouplir et pourquoi.",
              "Analyse cette chronologie de réclamation : où le processus a-t-il échoué, quelle est la cause racine, quelles obligations ont été manquées, et quelles mesures recommandes-tu, par priorité ?"],
    "es-ES": ["Revisa esta cuenta de la herencia: encuentra los apuntes que no cuadran y calcula el reparto final de cada beneficiario, reduciendo legados si hace falta. Explica el razonamiento.",
              "Elabora un horario de cremaciones viable para la semana con estas solicitudes respetando todas las restricciones; si chocan, decide cuál relajar y justifícalo.",
              "Analiza esta cronología de la reclamación: dónde falló el proceso, la causa raíz, qué obligaciones se incumplieron y qué remedios propones, priorizados."],
    "it-IT": ["Controlla questo rendiconto dell'eredità: trova le voci che non tornano e calcola la ripartizione finale per beneficiario, riducendo i legati se necessario. Motiva ogni passaggio.",
              "Costruisci un calendario di cremazioni fattibile per la settimana rispettando tutti i vincoli; dove confliggono, decidi quale allentare e spiega perché.",
              "Analizza questa cronologia del reclamo: dove è fallito il processo, qual è la causa principale, quali obblighi sono stati violati e quali rimedi consigli, in ordine di priorità?"],
    "nl-NL": ["Controleer deze boedelrekening: zoek de posten die niet kloppen en bereken daarna per erfgenaam de definitieve verdeling, met vermindering van legaten indien nodig. Licht elke stap toe.",
              "Maak op basis van deze aanvragen een haalbaar crematieschema voor de week binnen alle randvoorwaarden; bij conflicten: kies wat je loslaat en onderbouw dat.",
              "Analyseer deze klachttijdlijn: waar ging het proces precies mis, wat was de oorzaak, welke verplichtingen zijn geschonden en welke maatregelen adviseer je, op prioriteit?"],
    "pl-PL": ["Sprawdź to rozliczenie spadku: znajdź pozycje, które się nie zgadzają, a potem oblicz ostateczny podział dla każdego spadkobiercy, z redukcją zapisów, jeśli trzeba. Uzasadnij każdy krok.",
              "Ułóż wykonalny tygodniowy harmonogram kremacji z tych zgłoszeń, przestrzegając wszystkich ograniczeń; przy konfliktach zdecyduj, co poluzować, i uzasadnij.",
              "Przeanalizuj przebieg tej reklamacji: gdzie dokładnie zawiódł proces, jaka była przyczyna źródłowa, jakie obowiązki naruszono i jakie działania naprawcze zalecasz, według priorytetu?"],
    "pt-BR": ["Confira esta prestação de contas do inventário: encontre os lançamentos que não batem e calcule a partilha final de cada herdeiro, reduzindo legados se necessário. Explique o raciocínio.",
              "Monte uma agenda de cremações viável para a semana a partir destes pedidos, respeitando todas as restrições; se houver conflito, diga qual flexibilizar e por quê.",
              "Analise esta linha do tempo da reclamação: onde o processo falhou, qual a causa raiz, quais obrigações foram descumpridas e quais medidas você recomenda, em ordem de prioridade?"],
    "ru-RU": ["Проверь этот отчёт по наследственной массе: найди записи, которые не сходятся, затем рассчитай итоговое распределение по каждому наследнику, с уменьшением легатов при необходимости. Обоснуй каждый шаг.",
              "Составь выполнимое расписание кремаций на неделю по этим заявкам с учётом всех ограничений; при конфликтах реши, чем пожертвовать, и обоснуй.",
              "Проанализируй хронологию жалобы: где именно сломался процесс, какова первопричина, какие обязательства нарушены и какие меры ты рекомендуешь по приоритету?"],
    "el-GR": ["Έλεγξε αυτόν τον λογαριασμό κληρονομιάς: βρες τις εγγραφές που δεν συμφωνούν και υπολόγισε την τελική διανομή ανά δικαιούχο, με μείωση κληροδοσιών αν χρειάζεται. Αιτιολόγησε κάθε βήμα.",
              "Φτιάξε ένα εφικτό εβδομαδιαίο πρόγραμμα αποτεφρώσεων από αυτά τα αιτήματα τηρώντας όλους τους περιορισμούς· όπου συγκρούονται, αποφάσισε τι χαλαρώνει και γιατί.",
              "Ανάλυσε το χρονολόγιο αυτής της καταγγελίας: πού ακριβώς απέτυχε η διαδικασία, ποια η βασική αιτία, ποιες υποχρεώσεις παραβιάστηκαν και ποια μέτρα προτείνεις κατά προτεραιότητα;"],
    "he-IL": ["בדוק את חשבון העיזבון הזה: מצא את הרישומים שלא מסתדרים, ואז חשב את החלוקה הסופית לכל מוטב, כולל הפחתת עיזבונות אם צריך. נמק כל שלב.",
              "בנה לוח זמנים אפשרי לשבוע מהבקשות האלה תוך עמידה בכל האילוצים; במקרה של התנגשות, החלט מה לרכך ונמק.",
              "נתח את ציר הזמן של התלונה: איפה בדיוק התהליך נכשל, מה שורש הבעיה, אילו חובות הופרו ואילו צעדים אתה ממליץ, לפי סדר עדיפות?"],
    "ar-AE": ["راجع حساب التركة هذا: حدّد القيود غير المتطابقة ثم احسب التوزيع النهائي لكل مستفيد مع تخفيض الوصايا إن لزم، واشرح كل خطوة.",
              "ضع جدولًا عمليًا لمواعيد هذا الأسبوع من هذه الطلبات مع احترام كل القيود، وعند التعارض قرّر أيها يُخفَّف وعلّل.",
              "حلّل التسلسل الزمني لهذه الشكوى: أين فشلت العملية تحديدًا، وما السبب الجذري، وما الالتزامات التي أُخلّ بها، وما الإجراءات التي توصي بها حسب الأولوية؟"],
    "hi-IN": ["इस संपत्ति खाते की जाँच करो: जो प्रविष्टियाँ मेल नहीं खातीं उन्हें ढूँढो, फिर हर लाभार्थी का अंतिम बँटवारा निकालो, ज़रूरत हो तो वसीयती राशियों में कटौती के साथ। हर कदम का तर्क दो।",
              "इन अनुरोधों से हफ़्ते का व्यवहार्य कार्यक्रम बनाओ, सभी शर्तों का पालन करते हुए; टकराव हो तो तय करो कौन-सी शर्त ढीली करनी है और क्यों।",
              "इस शिकायत की समय-रेखा का विश्लेषण करो: प्रक्रिया ठीक कहाँ विफल हुई, मूल कारण क्या था, कौन-से दायित्व टूटे, और प्राथमिकता के अनुसार क्या सुधार सुझाते हो?"],
    "zh-CN": ["核对这份遗产账目：找出对不上的条目，然后计算每位受益人的最终分配，必要时按比例削减遗赠，并说明每一步。",
              "根据这些预约排出本周可行的火化时间表，满足所有约束；如有冲突，决定放宽哪一项并说明理由。",
              "分析这份投诉时间线：流程究竟在哪里失败，根本原因是什么，违反了哪些义务，按优先级给出整改建议。"],
    "ja-JP": ["この遺産の収支明細を確認し、合わない項目を見つけたうえで、必要なら遺贈を減額して各受遺者の最終配分を計算してください。各段階の根拠も示して。",
              "これらの依頼から今週の実行可能な火葬スケジュールを組んでください。すべての制約を守り、衝突する場合はどれを緩めるか理由付きで決めてください。",
              "この苦情の時系列を分析してください。どこで手順が破綻したか、根本原因、違反した義務、優先順位付きの改善策を示して。"],
    "ko-KR": ["이 상속재산 정산표를 검토해서 맞지 않는 항목을 찾고, 필요하면 유증을 감액해서 수익자별 최종 분배액을 계산해 줘. 단계별 근거도.",
              "이 요청들로 이번 주 실행 가능한 화장 일정을 짜 줘. 모든 제약을 지키고, 충돌하면 무엇을 완화할지 근거와 함께 정해 줘.",
              "이 민원 타임라인을 분석해 줘: 어디서 절차가 무너졌는지, 근본 원인, 위반된 의무, 우선순위별 개선안."],
    "tr-TR": ["Bu tereke hesabını kontrol et: tutmayan kayıtları bul, sonra gerekirse vasiyet alacaklarını indirerek her lehtarın nihai payını hesapla. Her adımı gerekçelendir.",
              "Bu taleplerden haftalık uygulanabilir bir program çıkar, tüm kısıtlara uy; çakışmada hangisinin esneyeceğine karar ver ve gerekçelendir.",
              "Bu şikâyet zaman çizelgesini analiz et: süreç tam olarak nerede çöktü, kök neden neydi, hangi yükümlülükler ihlal edildi ve önceliğe göre hangi önlemleri önerirsin?"],
}
CX_HARD["en-US"] = CX_HARD["en-GB"]
CX_LANGS = list(CX_SS)
LONG_LETTER = ("Dear family,\n\nPlease accept our sincere condolences. This pack explains the next steps after a death. "
               "First, the doctor issues the medical certificate of cause of death, which is sent electronically to the register office. "
               "You then book an appointment to register the death; please bring any documents you have, although most are optional. "
               "After registration you will receive the green form for the funeral director and a unique reference for the Tell Us Once service, "
               "which notifies most government departments in one step. Banks and building societies each have a bereavement team; "
               "many accept notification online. If there is a will, the executor named in it applies for the grant of probate; if not, "
               "the closest relative usually applies for letters of administration. You do not have to use a solicitor, but many families do. "
               "Funeral costs can normally be paid from the deceased's bank account directly to the funeral director on presentation of the invoice. "
               "Our bereavement support group meets on the first Tuesday of every month, and the helpline is open every day. "
               "Please take your time; nothing on this list has to be done in a single day, and our staff are happy to go through it with you.\n\n")


def cx_diary(rng, tag, n):
    a, b = CX_TYPES[tag]
    rows = []
    for i in range(n):
        day = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 11))
        rows.append(f"{i + 1}. CR-{rng.randint(10000, 99999)} | {day.isoformat()} | {rng.randint(8, 16):02d}:{rng.choice(['00', '30'])} | "
                    f"chapel {rng.choice('ABC')} | {rng.choice([a, a, b])} | FD-{rng.randint(100, 999)} | {rng.choice(['organ', 'webcast', 'none', 'own music'])}")
    return "\n".join(rows)


def cx_ledger(rng):
    bal, rows, err = 0, [], set(rng.sample(range(6, 30), 2))
    items_in = ["sale of house (completion)", "bank account closure", "premium bonds encashed", "pension refund", "car sold", "utility refund",
                "life policy payout", "shares sold (broker contract note)"]
    items_out = ["funeral invoice", "estate agent fee", "conveyancing", "council tax final bill", "probate fee", "valuation fee", "house clearance",
                 "statutory notices", "IHT payment on account", "utility final bill", "executor expenses"]
    for i in range(32):
        day = dt.date(2025, 6, 1) + dt.timedelta(days=i * 9)
        if rng.random() < 0.4:
            amt = rng.randint(800, 95000)
            bal += amt
            shown = bal + (rng.choice([-1, 1]) * rng.randint(50, 900) if i in err else 0)
            rows.append(f"{day.isoformat()} | {rng.choice(items_in)} | +{amt:,} | | {shown:,}")
        else:
            amt = rng.randint(90, 9000)
            bal -= amt
            shown = bal + (rng.choice([-1, 1]) * rng.randint(50, 900) if i in err else 0)
            rows.append(f"{day.isoformat()} | {rng.choice(items_out)} | | -{amt:,} | {shown:,}")
    head = (f"ESTATE ACCOUNT — file PR-2026-{rng.randint(10000, 99999)}\nWill: legacy £{rng.randint(5, 40) * 1000:,} to the hospice charity; "
            f"legacy £{rng.randint(5, 30) * 1000:,} to beneficiary B4; residue equally to B1, B2, B3 (B3 predeceased — substitution clause 7 to B3's two children).\n"
            "Outstanding: HMRC clearance, final IHT computation (nil-rate band £325,000, RNRB £175,000 if residence passes to lineal descendants).\n"
            "date | item | in | out | running balance\n")
    return head + "\n".join(rows)


def cx_requests(rng):
    rows = []
    for i in range(24):
        d = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])
        rows.append(f"R{i + 1:02d} | FD-{rng.randint(100, 999)} | prefers {d} {rng.randint(9, 15):02d}:{rng.choice(['00', '30'])} | chapel "
                    f"{rng.choice(['30', '45', '60'])} min | {rng.choice(['fixed (family flying in)', 'flexible ±1 day', 'flexible same day', 'must precede 12:00 (faith)', 'needs webcast', 'large attendance, chapel A only'])}")
    head = ("CREMATORIUM REQUESTS — week 14\nConstraints: 2 cremators, 90 min per charge + 30 min cooling; chapels A (large) and B; "
            "services 09:00–16:00, 15 min turnaround between services; cremator 2 down for maintenance Wed until 13:00; only one operator on Fri "
            "(max 4 charges); same-day cremation required where faith requires it; webcast kit only in chapel A.\n")
    return head + "\n".join(rows)


def cx_timeline(rng):
    ev = ["first call received on night line", "removal completed, body to mortuary fridge 3", "arrangement meeting, family choose cremation",
          "MCCD received by email", "cremation forms sent to medical referee", "medical referee queries cause of death", "no one tells the family about the query",
          "service date confirmed to family without referee sign-off", "order of service printed with wrong date of birth", "family notices error, calls office, no callback",
          "referee sign-off received", "service held; wrong coffin plate discovered at chapel", "ashes promised within 5 days", "ashes not ready; crematorium says not collected",
          "family complaint by email", "acknowledgement sent after 9 days", "manager offers 10% discount", "family escalates to ombudsman",
          "internal review finds handover notes missing between night and day staff", "ashes returned"]
    t = dt.datetime(2026, 2, 3, 23, 40)
    rows = []
    for e in ev:
        t += dt.timedelta(hours=rng.randint(3, 60))
        via = rng.choice(["logged in CRM by night team", "email, no read receipt", "phone call, 4 min", "noted on whiteboard only",
                          "handled by office manager", "system auto-message", "arranger's notebook, not in CRM"])
        rows.append(f"{t.strftime('%Y-%m-%d %H:%M')} — {e} [{via}]")
    return "COMPLAINT TIMELINE — case C-2026-" + str(rng.randint(100, 999)) + "\n" + "\n".join(rows) + "\nPolicy: acknowledge in 2 working days; final response in 20; ashes ready in 5 working days."


def build_complexity(seed):
    rng = random.Random(seed + 1)
    recs = []

    def add(cat, tag, style, content, sys_=None):
        msgs = ([{"role": "system", "content": sys_}] if sys_ else []) + [{"role": "user", "content": content}]
        recs.append({"category": cat, "label": int(cat in ("short_hard", "long_hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": tag, "style": style,
                     "body": {"model": "hybridgate/auto", "messages": msgs}})
    sys_opts = [None, "You assist a funeral director's office.", "You help a probate team.", "You are a bereavement services assistant."]
    ss = [(t, s) for t in CX_LANGS for s in CX_SS[t]]
    rng.shuffle(ss)
    for tag, s in ss[:48]:
        add("short_simple", tag, "greeting/lookup/one-step", s, rng.choice(sys_opts))
    sh = [(t, s) for t in CX_LANGS for s in CX_SH[t]] + [(["en-GB", "en-US"][i % 2], s) for i, s in enumerate(CX_SH_EXTRA)]
    for tag, s in sh:
        add("short_hard", tag, "reasoning/short", s, rng.choice(sys_opts))
    for i in range(48):
        tag = CX_LANGS[i % len(CX_LANGS)]
        if tag in ("en-GB", "en-US") and i % 3 == 0:
            content = LONG_LETTER * 2 + rng.choice(["just fix the double spaces, nothing else", "copy out the last paragraph only",
                                                    "what's the title of this? one line", "make it bold where it says helpline"])
            style = "chore/letter"
        else:
            chore = rng.choice(CX_CHORE[tag])
            content = cx_diary(rng, tag, rng.randint(27, 34))
            content = f"{chore}\n\n{content}" if rng.random() < 0.5 else f"{content}\n\n{chore}"
            style = "chore/diary"
        check(len(content) >= 1500, f"long_easy too short {len(content)}")
        add("long_easy", tag, style, content, rng.choice(sys_opts))
    for i in range(46):
        tag = CX_LANGS[(i * 7) % len(CX_LANGS)]
        k = i % 3
        doc = [cx_ledger, cx_requests, cx_timeline][k](rng)
        instr = CX_HARD[tag][k]
        content = f"{instr}\n\n{doc}" if rng.random() < 0.6 else f"{doc}\n\n{instr}"
        check(len(content) >= 1500, f"long_hard too short {len(content)}")
        add("long_hard", tag, ["analysis/estate_account", "planning/cremation_schedule", "analysis/complaint_timeline"][k], content, rng.choice(sys_opts))
    rng.shuffle(recs)
    out = []
    for n, r in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-cx-{n:04d}", **r})
    return out


# --------------------------------------------------------------------------------------------------------------
def dump(path, records):
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args(argv)
    frozen = frozen_words()
    freezer = Freezer(frozen, generic_words())
    pools = build_pools(a.seed, freezer)
    pii = build_pii(a.seed, pools)
    cx = build_complexity(a.seed)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    dump(out / f"pii_{SPLIT}.jsonl", pii)
    dump(out / f"complexity_{SPLIT}.jsonl", cx)

    print(f"freeze: {len(frozen)} words from the other generators; generic words exempt: {len(freezer.generic)}")
    by_cat = collections.Counter()
    for k, v in sorted(freezer.dropped.items()):
        by_cat[k.split(":")[-1]] += v
    print(f"  pool entries dropped (and refilled): {sum(freezer.dropped.values())} -> " + ", ".join(f"{k} {v}" for k, v in sorted(by_cat.items())))
    print(f"  public figures kept {len([f for f in pools['_figures'] if 'fictional' not in f[1]])}/{len(FIGURES)}, fictional refills "
          f"{len([f for f in pools['_figures'] if 'fictional' in f[1]])}")
    sens = sum(r["sensitive"] for r in pii)
    inc = sum("incidental" in r["style"] for r in pii)
    ep = collections.Counter(r["endpoint"] for r in pii)
    langs = sorted({r["lang"] for r in pii})
    scripts = sorted({LOC[t]["script"] for t in langs})
    print(f"pii_{SPLIT}.jsonl: {len(pii)} requests ({ep['chat']} chat, {ep['completions']} completions) in {len(langs)} language tags, "
          f"{len(scripts)} scripts ({', '.join(scripts)})")
    print(f"  {sens} sensitive ({100 * sens / len(pii):.1f}%) / {len(pii) - sens} benign; {inc} incidental ({100 * inc / sens:.1f}% of sensitive)")
    cats = collections.Counter(r["category"] for r in pii)
    print("  categories: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    pl = collections.Counter(r["style"].split(" · ")[1] for r in pii)
    print("  placements: " + ", ".join(f"{k} {v}" for k, v in sorted(pl.items())))
    hn = collections.Counter(r["style"].split(" · ")[2] for r in pii if not r["sensitive"])
    print("  hard negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(hn.items())))
    et = collections.Counter(e["type"] for r in pii for e in r["entities"])
    print("  entity values: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items())))
    cc = collections.Counter(r["category"] for r in cx)
    la = sum(r["length_adversarial"] for r in cx)
    lab = sum(r["label"] for r in cx)
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} chat requests in {len({r['lang'] for r in cx})} language tags: "
          + ", ".join(f"{k} {cc[k]}" for k in ("short_simple", "long_easy", "short_hard", "long_hard"))
          + f"; {la} length-adversarial, {lab} labelled 1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
