#!/usr/bin/env python3
"""Tufa: a blind evaluation split for the request signals, organised around UTILITIES AND TELECOMS.

Writes bench/data/signals/pii_tufa.jsonl and bench/data/signals/complexity_tufa.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the split brief, the first 70 lines of the delta generator (schema and label
    conventions) and the first two lines of the two delta files. Not read: the detector, the scorer, their
    tests, the evaluator, results, docs, policies, commit messages, or any other generator. The other
    generators' sources are only scanned automatically at run time (``frozen_words``) for capitalised and
    non-ASCII words; every pool entry of this file (invented given and family names, street-name stems,
    towns, operator/company names, mail domains, public figures, eponyms, fictional characters) that shares
    a word or a non-ASCII bigram with that set is dropped and the pool refilled from invented, locale-typical
    syllables (capped retries). The generic words the templates put around a pool entry (Road, rue, ul.,
    路, honorifics) are template text, not pool entries; street-type words are still filtered per locale where
    an unfrozen alternative exists. The run prints only counts, never a frozen word.

Organising principle and the line drawn
    The world of electricity, gas, water, broadband and mobile operators: field engineers' job sheets,
    outage notices, billing disputes, meter readings, call-centre transcripts, number porting, new
    connections and credit checks, broadband/network fault tickets, arrears and hardship cases -- as written
    by agents, engineers, NOC staff and customers in 25 locales (Latin, Cyrillic, Greek, Hebrew, Arabic,
    Devanagari, Thai, Han, Kana, Hangul scripts), with jargon (MPAN/MPRN, CUPS, PAC/STAC, LRN, ETR, CGNAT,
    ONT, ICCID, IMEI), abbreviations, typos, code-switching, pasted CSV/JSON/e-mails/forms/chat.
    Nine kinds are the categories: job_sheet, outage_notice, billing_dispute, meter_reading,
    callcentre_transcript, number_porting, new_connection, network_fault, arrears_hardship. Sensitive
    records use ``<kind>``, benign hard negatives of the same kind ``<kind>_benign``.
    Personal data (labelled): a private customer's (or household member's) name, phone, e-mail, home
    address, birth date, national / tax / health-insurance numbers, hospital record numbers (priority-service
    / life-support registrations), card numbers, IBANs and US routing+account pairs, and the public IP of a
    customer's line. A first name with a relation or role cue (``the tenant's daughter Ilvena``) counts.
    Not labelled (benign): the operator's own switchboards, toll-free helplines, emergency numbers, role
    mailboxes and registered offices; public figures in a public role (a regulator chair or CEO quoted in
    a press notice); eponyms (Erlang, Ohm, Kirchhoff ...) and fictional characters; documentation and test
    values (RFC 5737 / RFC 3849 addresses, example.com, drama / fiction phone ranges, card test numbers);
    asset and supply-point identifiers that are not in the entity schema (MPAN/MPRN, CUPS, EAN, meter and
    transformer serials, IMEI, ICCID, ticket, account, invoice, PAC/STAC codes) when no person is present;
    aggregated statistics; street lists of a public outage area without house numbers or residents; blank
    forms with placeholders and already-anonymised texts. A stricter officer would call a meter point number
    linked to a household personal data; here such numbers appear only in records about infrastructure.

Labels
    ``entities`` is a list of {"type", "value"} dicts computed by searching the body (every string, base64
    file parts decoded, URLs unquoted, JSON-in-strings parsed) for every value the record issued;
    ``sensitive`` is true iff entities is non-empty (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS,
    STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
    ssn (US only), US_BANK_NUMBER (routing + account), MEDICAL_RECORD. Complexity: short_simple (0),
    long_easy (0, >= 1,500 chars, length-adversarial), short_hard (1, length-adversarial), long_hard (1).

Contents (seed 20260417; the run prints these counts)
    pii_tufa.jsonl: 495 requests (445 chat, 50 completions) in 25 locales; 288 sensitive / 207 benign
    (58%); 9 kinds x 55 (32 sensitive incl. 4 with a single incidental item = 36 incidental, + 23 benign); entity
    occurrences: person 296, STREET_ADDRESS 222, PHONE_NUMBER 209, DATE_OF_BIRTH 84, EMAIL_ADDRESS 61, CREDIT_CARD 43,
    NATIONAL_ID 35, IP_ADDRESS 32, TAX_ID 25, MEDICAL_RECORD 21, IBAN_CODE 13, HEALTH_INSURANCE 4, US_BANK_NUMBER 2,
    ssn 2. Placements rotate over user / system / assistant / tool messages, text and base64 file parts, tool-call
    arguments, tool schemas, response_format, ``user`` and the completions prompt.
    complexity_tufa.jsonl: 190 chat requests in 12 language tags: short_simple 47, long_easy 48 (>= 1,500
    chars), short_hard 48, long_hard 47; 96 length-adversarial; 95 labelled 1.
    Freeze: 737 pool entries dropped and refilled (person names 460, street stems 81, street-type words 87, towns 55,
    mail domains 26, eponyms 19, fictional 6, company stems 3); in 18 locales every street-type word was frozen, so the
    template's generic type words are used there unfiltered.

Validation
    Every identifier is built with its check digits and validated with python-stdnum (NHS, UTR, SSN, ABA
    routing, Aadhaar, PAN, TFN, Steuer-IdNr, NIR, DNI, CURP, RFC, CPF, CUIT, codice fiscale, BSN, PESEL, NIP,
    personnummer, T.C. Kimlik, INN, AMKA, AFM, Teudat Zehut, Thai PIN, My Number, RRN, RIC, NIK, NPWP, SA ID,
    IBAN, Luhn cards, CUPS); Medicare (AU) and KVNR (DE) with own check routines; every phone number with
    ``phonenumbers`` (valid for its region, mobile or fixed line as intended; drama/fiction ranges only in
    benign records). An invalid value aborts the run; every retry loop is capped.

Command (deterministic for a given seed, independent of PYTHONHASHSEED)
    python bench/make_tufa_signal_sets.py [--seed N] [--out bench/data/signals]
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
import string
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.ar import cuit as ar_cuit
from stdnum.br import cpf as br_cpf
from stdnum.cn import ric as cn_ric
from stdnum.de import idnr as de_idnr
from stdnum.es import cups as es_cups, dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs, utr as gb_utr
from stdnum.gr import amka as gr_amka, vat as gr_vat
from stdnum.id import nik as id_nik, npwp as id_npwp
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar as in_aadhaar, pan as in_pan
from stdnum.au import tfn as au_tfn
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import curp as mx_curp, rfc as mx_rfc
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import nip as pl_nip, pesel as pl_pesel
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tc
from stdnum.us import rtn as us_rtn, ssn as us_ssn
from stdnum.za import idnr as za_idnr

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "tufa"

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
        if name == SPLIT:  # never freeze against our own file
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


FROZEN = frozen_words()
FREEZE_STATS = collections.Counter()


def is_clean(entry: str) -> bool:
    low = entry.lower()
    toks = WORD.findall(low)
    for t in toks:
        if t in FROZEN:
            return False
    for t in re.findall(r"[a-z'\-]+", low):
        if len(t) >= 3 and (t in FROZEN or t.strip("'-") in FROZEN):
            return False
    prev = None
    for t in toks:
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in FROZEN:
                return False
            prev = t
        else:
            prev = None
    return True


def filt(pool_name, entries):
    out = []
    for e in entries:
        if is_clean(e):
            out.append(e)
        else:
            FREEZE_STATS[pool_name] += 1
    return out


class Bad(Exception):
    pass


def need(cond, what):
    if not cond:
        raise Bad(what)


# ----------------------------------------------------------------------------------------------- locales
# Name parts are invented syllables; composed names are re-checked against the freeze.  "native|latin".
L = {}


def loc(tag, **kw):
    kw["tag"] = tag
    L[tag] = kw


EN_G = (["Bral", "Corr", "Dunn", "Elw", "Farr", "Gwel", "Hask", "Ilv", "Jessa", "Kell", "Lorr", "Mabb", "Nell", "Orri",
         "Perr", "Quen", "Rosk", "Tamm", "Wenn", "Yorr", "Tavr", "Sil", "Brynn", "Caddo"],
        ["ic", "wyn", "ette", "bry", "leigh", "a", "ian", "elle", "don", "sa", "ina", "ard", "on", "ie"])
EN_F = (["Ashw", "Brack", "Cald", "Dorn", "Ellis", "Fenn", "Garr", "Hols", "Kirkl", "Langd", "Marr", "Norb", "Pemm",
         "Radl", "Selb", "Thorl", "Wexl", "Yardl", "Quill", "Tobb", "Upch", "Vell"],
        ["ey", "wick", "ford", "by", "ham", "ton", "er", "more", "stone", "well", "croft", "shaw", "ridge"])
loc("en-GB", lang="en", region="GB", g=EN_G, f=EN_F, stems=["Brackwell", "Tallowby", "Hesketh", "Ormsworth", "Cadleigh",
    "Pennarth", "Quorley", "Sandwell", "Ivelstone", "Marlcote", "Wrenby", "Ashgrove"],
    types=["Road", "Close", "Lane", "Crescent", "Way", "Gardens", "Terrace", "Street", "Avenue", "Mews"],
    towns=["Tallowfield", "Barnsworth", "Kelby Cross", "Hythorne", "Wetherby Marsh", "Cranmoor", "Oddingley",
           "Stowbridge", "Ellerholt"], mail=["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
    ids=["nhs", "utr"], iban="GB", cur="£", dob="%d/%m/%Y")
loc("en-US", lang="en", region="US", g=EN_G, f=EN_F, stems=["Pinecrest", "Harlan", "Maple Hollow", "Cedar Bend",
    "Lockridge", "Wexford", "Bramblewood", "Stillwater", "Rockport", "Dunmore"],
    types=["St", "Ave", "Dr", "Blvd", "Ct", "Ln", "Rd", "Pl", "Way"],
    towns=["Fairhollow", "Cordell Springs", "Mount Averly", "Bexton", "Garrison Falls", "Lakemont", "Pruett City"],
    mail=["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com"], ids=["ssn", "usbank"], iban=None,
    cur="$", dob="%m/%d/%Y")
loc("en-AU", lang="en", region="AU", g=EN_G, f=EN_F, stems=["Wattlebrae", "Koorinya", "Banksia", "Yallambee",
    "Tarrawong", "Mulgarra", "Coolabah", "Bellbird"], types=["St", "Rd", "Cres", "Pde", "Ct", "Ave", "Dr"],
    towns=["Wirramunda", "Boolarong", "Tinderbah", "Merriwa Heights", "Gundarra"],
    mail=["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"], ids=["tfn", "medicare"], iban=None,
    cur="A$", dob="%d/%m/%Y")
loc("en-ZA", lang="en", region="ZA", g=(["Thand", "Lwaz", "Sip", "Nom", "Bong", "Zan", "Kag", "Lind", "Mand", "Ayan"],
    ["iwe", "ile", "ho", "sa", "ani", "ele", "iso", "eka", "ela"]),
    f=(["Mahl", "Dlam", "Ngcob", "Khum", "Mokw", "Sebe", "Nkos", "Radeb", "Tshab", "Molef"],
       ["angu", "ini", "ane", "alo", "ena", "ezi", "ala", "olo"]),
    stems=["Jacaranda", "Protea", "Msinga", "Vlakfontein", "Kwena", "Thabong", "Rietvlei"],
    types=["Street", "Road", "Avenue", "Crescent", "Drive"], towns=["Kwanobuhle", "Mahikeng Ext 4", "Soshanguve",
    "Riverlea", "Tembisa"], mail=["gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za"], ids=["zaid"],
    iban=None, cur="R", dob="%Y-%m-%d")
loc("hi-IN", lang="hi", region="IN", g=(["अनि|Ani", "विशा|Visha", "सुर|Sur", "प्रिय|Priy", "दिव|Div", "कौश|Kaush",
    "मधु|Madhu", "हेम|Hem", "रोह|Roh", "तन्म|Tanm"], ["रव|rav", "ल|l", "ंका|anka", "ेश|esh", "िता|ita", "य|ay", "ान|an"]),
    f=(["श्रीवा|Shriva", "चौर|Chaur", "पांड|Pand", "त्रिव|Triv", "बघे|Baghe", "कुलक|Kulk", "मेहर|Mehr", "गोख|Gokh"],
       ["स्तव|stav", "सिया|siya", "े|e", "ेदी|edi", "ल|l", "र्णी|arni", "ोत्रा|otra", "ले|le"]),
    stems=["गुलमोहर|Gulmohar", "शांतिकुंज|Shantikunj", "नेहरू विहार|Nehru Vihar", "सरस्वती नगर|Saraswati Nagar",
           "अशोक पथ|Ashok Path"], types=["मार्ग|Marg", "गली|Gali", "रोड|Road"],
    towns=["इंदरपुर|Inderpur", "भवानीगंज|Bhawaniganj", "रामगढ़ी|Ramgarhi", "सोनपुरा|Sonpura"],
    mail=["gmail.com", "rediffmail.com", "yahoo.co.in"], ids=["aadhaar", "pan"], iban=None, cur="₹", dob="%d-%m-%Y")
loc("de-DE", lang="de", region="DE", g=(["Fried", "Han", "Wal", "Gis", "Lud", "Ot", "Rein", "Sieg", "Wil", "Kon",
    "Ans", "Iren"], ["helm", "trud", "mar", "bert", "linde", "wig", "hild", "ke", "rada", "olf"]),
    f=(["Brenn", "Kolb", "Wiesn", "Hartm", "Strub", "Pfeif", "Grünw", "Eckh", "Rauschb", "Dörn", "Zell", "Köpp"],
       ["er", "inger", "ecker", "ann", "auer", "mayr", "hold", "stätter", "huber", "ke"]),
    stems=["Kolbinger", "Ahornhöfer", "Lindenbrucker", "Mühlacker", "Schwarzbacher", "Rosenecker", "Hirschauer"],
    types=["Straße", "Weg", "Allee", "Ring", "Gasse", "Steig"], towns=["Oberwiesbach", "Kirchrode-Süd", "Haldenfels",
    "Bad Ellingen", "Mauerbrunn"], mail=["web.de", "gmx.de", "t-online.de", "posteo.de"], ids=["idnr", "kvnr"],
    iban="DE", cur="€", dob="%d.%m.%Y")
loc("fr-FR", lang="fr", region="FR", g=(["Gisl", "Aur", "Maxen", "Clém", "Sol", "Gaët", "Ros", "Thib", "Maël", "Ombel"],
    ["aine", "ence", "ie", "elle", "an", "ault", "ine", "ette", "ys"]),
    f=(["Vauqu", "Brém", "Ducl", "Lamb", "Pétr", "Mauv", "Gerv", "Rouss", "Chast", "Thév"],
       ["elin", "ond", "oux", "ert", "ignac", "ais", "eau", "ier", "enet", "ard"]),
    stems=["des Tilleuls Bleus", "du Moulin Grillet", "Jean-Vauclair", "des Glaïeuls", "de la Ferronnerie Haute"],
    types=["rue", "avenue", "allée", "impasse", "chemin"], towns=["Saint-Ardouin", "Montferrac", "Villebrune-sur-Oise",
    "Lescaudière"], mail=["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"], ids=["nir"], iban="FR",
    cur="€", dob="%d/%m/%Y")
loc("es-ES", lang="es", region="ES", g=(["Rosen", "Abel", "Eulal", "Fermín", "Amp", "Bern", "Leonc", "Macar", "Inmac",
    "Vicen"], ["ia", "io", "ardo", "ina", "aro", "ela", "ita"]),
    f=(["Garrid", "Sotom", "Villaf", "Quintan", "Arrib", "Olmed", "Barrant", "Cuest", "Lezam"],
       ["o", "ayor", "añe", "illa", "as", "illo", "es", "ez"]),
    stems=["de los Almendros Altos", "del Barranquillo", "de Mosén Ardiel", "de la Alfarería", "del Olivar Viejo"],
    types=["Calle", "Avenida", "Paseo", "Travesía", "Camino"], towns=["Villanueva del Ebrón", "Castrojerez Bajo",
    "Torrealba", "San Mamés de Orcaz"], mail=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"], ids=["dni"],
    iban="ES", cur="€", dob="%d/%m/%Y")
loc("es-MX", lang="es", region="MX", g=(["Yoal", "Xoch", "Abun", "Jacin", "Itz", "Marib", "Eleu", "Nahu", "Ofel"],
    ["i", "itl", "dio", "ta", "el", "ia", "terio"]),
    f=(["Tlaxc", "Ocamp", "Zavaleta", "Huert", "Cisn", "Nava", "Bautist", "Quezad"],
       ["ala", "o", "ez", "eros", "rrete", "illa", "a"]),
    stems=["Los Ahuehuetes", "Fray Benito Olmos", "Tezontle", "Del Maguey", "Cerrada de Colibrí"],
    types=["Calle", "Av.", "Privada", "Andador"], towns=["Col. San Juditas", "Santa Cruz Atoyac Norte", "Tlalcuapan",
    "Ixtlahuaca de Abajo"], mail=["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx"],
    ids=["curp", "rfc"], iban=None, cur="$", dob="%d/%m/%Y")
loc("es-AR", lang="es", region="AR", g=(["Ramir", "Marce", "Flor", "Santin", "Agust", "Nahue", "Gime"],
    ["o", "la", "encia", "a", "ina", "l", "na"]),
    f=(["Etcheg", "Larrald", "Bustam", "Iriart", "Lugon", "Saraví", "Pereyr"], ["aray", "e", "ante", "ones", "a"]),
    stems=["Gral. Arredondo", "Los Ceibos", "Pasaje Tilcara", "Ombúes", "Dr. Lavalleja"],
    types=["Calle", "Av.", "Pasaje"], towns=["Villa Bosch Oeste", "San Isidro Labrador", "Carhué Chico", "Ituzaingó Sur"],
    mail=["gmail.com", "hotmail.com.ar", "fibertel.com.ar", "yahoo.com.ar"], ids=["cuit"], iban=None, cur="$",
    dob="%d/%m/%Y")
loc("pt-BR", lang="pt", region="BR", g=(["Josin", "Kaue", "Rayss", "Cleit", "Dheny", "Wald", "Iolan", "Thays"],
    ["aldo", "ane", "a", "on", "ir", "ete", "ilene"]),
    f=(["Pimen", "Bitten", "Quaresm", "Magalh", "Sampai", "Figueir", "Vasconc", "Nogueir"],
       ["tel", "court", "a", "ães", "o", "edo", "elos", "as"]),
    stems=["das Sibipirunas", "Cônego Almeida Prado", "dos Ipês Roxos", "Beco do Jatobá", "Tenente Lustosa"],
    types=["Rua", "Avenida", "Travessa", "Alameda"], towns=["Vila Esperança do Norte", "Jardim Santa Efigênia",
    "Parque Ipiranguinha", "Sapucaia de Baixo"], mail=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    ids=["cpf"], iban=None, cur="R$", dob="%d/%m/%Y")
loc("it-IT", lang="it", region="IT", g=(["Ermen", "Gualt", "Ottav", "Primul", "Santuz", "Ildeb", "Gerol", "Marcell"],
    ["egildo", "iero", "ina", "a", "ando", "ia", "ino"]),
    f=(["Bortol", "Zanett", "Scarpell", "Bonacc", "Tagliav", "Mastrang", "Fumagall", "Pellegr"],
       ["otti", "in", "ini", "orsi", "ia", "elo", "i"]),
    stems=["dei Gelsomini", "Padre Ottorino Bassi", "del Carrubo", "delle Fornaci Vecchie", "Lungo Fosso Reale"],
    types=["Via", "Viale", "Vicolo", "Piazza", "Corso"], towns=["Castelverde Irpino", "San Nazzaro Bormida",
    "Roccabruna Tiberina", "Pieve di Ferragano"], mail=["libero.it", "alice.it", "virgilio.it", "gmail.com"],
    ids=["cf"], iban="IT", cur="€", dob="%d/%m/%Y")
loc("nl-NL", lang="nl", region="NL", g=(["Joris", "Fenn", "Wout", "Lieke", "Mees", "Sjoerd", "Aaltj", "Roel"],
    ["ke", "a", "er", "tje", "ien", "je"]),
    f=(["van der Brugg", "Kuipers", "de Wild", "Veldh", "Bakk", "Schuurm", "ten Hoev", "Molen"],
       ["e", "ans", "eman", "uis", "er", "aar"]),
    stems=["Kievitsbloem", "Zwanenwater", "Korenbloem", "Duivenkamp", "Rietzanger"],
    types=["straat", "laan", "hof", "pad", "singel"], towns=["Oosterwierum", "Haarlemmerliede-Noord", "Brakelveen",
    "Wijdenes"], mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], ids=["bsn"], iban="NL", cur="€",
    dob="%d-%m-%Y", typejoin=True)
loc("pl-PL", lang="pl", region="PL", g=(["Bogu", "Mieczy", "Wiesł", "Radom", "Zdzis", "Kazim", "Halin", "Jadwi"],
    ["sław", "ława", "ir", "ierz", "a", "ga"]),
    f=(["Wróbl", "Szczep", "Kołodz", "Grzyb", "Przyby", "Wiśn", "Jabł", "Kaczm"],
       ["ewski", "aniak", "iej", "owska", "lski", "ońska", "arek"]),
    stems=["Jarzębinowa", "Kaczeńców", "ks. Bończaka", "Sosnowa Górka", "Wrzosowa"],
    types=["ul.", "al.", "os.", "pl."], towns=["Wierzbica Górna", "Koziegłowy Małe", "Przybyszów", "Stare Dąbrowno"],
    mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"], ids=["pesel", "nip"], iban="PL", cur="zł",
    dob="%d.%m.%Y", typefirst=True)
loc("sv-SE", lang="sv", region="SE", g=(["Ingv", "Sölv", "Åsl", "Torbj", "Gunnv", "Hjalm", "Ylv", "Vilg"],
    ["e", "ar", "ög", "örn", "or", "a"]),
    f=(["Lindqv", "Bergst", "Åkerl", "Hägg", "Sjöbl", "Nordh", "Ekl", "Tornq"], ["ist", "röm", "und", "ström", "om"]),
    stems=["Hagtorns", "Smedjebacks", "Blåbärs", "Kvarnbäcks", "Lingonris"], types=["gatan", "vägen", "stigen", "gränd"],
    towns=["Västra Ödsmål", "Kvillinge", "Björkelund", "Norra Hamnvik"], mail=["telia.com", "gmail.com",
    "bredband.net", "hotmail.se"], ids=["pnr"], iban="SE", cur="kr", dob="%Y-%m-%d", typejoin=True)
loc("tr-TR", lang="tr", region="TR", g=(["Gülb", "Nesr", "Yılm", "Cengi", "Şeng", "Tuğç", "Oğuz", "Berr"],
    ["ahar", "in", "az", "z", "ül", "e", "han"]),
    f=(["Karaağ", "Çelikb", "Yazıc", "Dumanl", "Özgür", "Bozkurt", "Akyıld", "Kalayc"],
       ["aç", "aş", "ıoğlu", "ı", "soy", "han", "ız"]),
    stems=["Ihlamur", "Menekşe", "Çınaraltı", "Gülizar", "Karakavak"], types=["Sokak", "Caddesi", "Sk.", "Cad."],
    towns=["Yenimahalle/Ankara", "Karşıyaka Köyü", "Bağcılar Merkez", "Altınova"],
    mail=["gmail.com", "hotmail.com", "yandex.com.tr", "superonline.com"], ids=["tc"], iban="TR", cur="₺",
    dob="%d.%m.%Y")
loc("ru-RU", lang="ru", region="RU", g=(["Вяче|Vyache", "Святоп|Svyatop", "Ярос|Yaros", "Мирос|Miros", "Евдок|Evdok",
    "Влад|Vlad", "Зла|Zla", "Добр|Dobr"], ["слав|slav", "ия|iya", "олк|olk", "лава|lava", "ена|ena", "омир|omir"]),
    f=(["Кудря|Kudrya", "Белоз|Beloz", "Верхо|Verkho", "Горде|Gorde", "Шапош|Shaposh", "Прохо|Prokho", "Тихо|Tikho"],
       ["шов|shov", "ерцев|ertsev", "вцев|vtsev", "енко|enko", "ников|nikov", "ров|rov", "мирова|mirova"]),
    stems=["Рябиновая|Ryabinovaya", "Заречная Слобода|Zarechnaya Sloboda", "Кленовый бульвар|Klenovy bulvar",
           "Ольховка|Olkhovka"], types=["ул.|ul.", "пер.|per.", "пр-т|pr-t"],
    towns=["Верхнеозёрск|Verkhneozyorsk", "Красноборовка|Krasnoborovka", "Усть-Ливенск|Ust-Livensk"],
    mail=["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"], ids=["inn"], iban=None, cur="₽", dob="%d.%m.%Y",
    typefirst=True)
loc("el-GR", lang="el", region="GR", g=(["Χαραλ|Charal", "Σταυρ|Stavr", "Παναγ|Panag", "Ευανθ|Evanth", "Αγλα|Agla",
    "Θεοφ|Theof"], ["αμπος|ampos", "ούλα|oula", "ιώτης|iotis", "ία|ia", "ΐα|ia", "άνης|anis"]),
    f=(["Καραμπ|Karamp", "Ζαχαρ|Zachar", "Μπουλ|Boul", "Τσιρ|Tsir", "Λαμπρ|Lampr", "Κουτσ|Kouts"],
       ["ατζής|atzis", "όπουλος|opoulos", "άκης|akis", "ίδης|idis", "ιάδης|iadis", "ούκος|oukos"]),
    stems=["Ανεμώνης|Anemonis", "Αγίου Μηνά|Agiou Mina", "Πλατανιώνος|Plataniónos", "Κυπαρισσίων|Kyparission"],
    types=["οδός|odos", "Λεωφ.|Leof."], towns=["Νέα Κερασούντα|Nea Kerasounta", "Άνω Λιβάδι|Ano Livadi",
    "Περιστεριά|Peristeria"], mail=["gmail.com", "otenet.gr", "yahoo.gr", "hotmail.gr"], ids=["amka", "afm"],
    iban="GR", cur="€", dob="%d/%m/%Y", typefirst=True)
loc("he-IL", lang="he", region="IL", g=(["אבי|Avi", "נוע|Noa", "יהל|Yahel", "שיר|Shir", "עמי|Ami", "טל|Tal", "גל|Gal",
    "אור|Or", "רנ|Ren", "דבי|Dvi", "צוף|Tsuf", "ליא|Lia", "זיו|Ziv", "ענב|Enav"],
    ["חי|chai", "ם|m", "ית|it", "אל|el", "רון|ron", "יה|ya", "גיל|gil", "נוי|noy", "דור|dor", "עוז|oz", "תם|tam"]),
    f=(["בן|Ben", "בר|Bar", "אב|Av", "גול|Gol", "רוז|Roz", "שטר|Shter"],
       ["צבי|tsvi", "נחום|nachum", "יגדור|igdor", "דשטיין|dstein", "נבלום|nblum", "זילבר|zilber"]),
    stems=["הדקלים הגבוהים|HaDkalim HaGvohim", "שבטי ישורון|Shivtei Yeshurun", "הצבעונים|HaTzivonim",
           "נחל עיון|Nahal Iyon"], types=["רחוב|Rehov", "שדרות|Sderot"], towns=["גבעת ארנון|Givat Arnon",
    "כפר יעלון|Kfar Yaalon", "נווה דקלה|Neve Dikla"], mail=["walla.co.il", "gmail.com", "bezeqint.net"],
    ids=["ilid"], iban="IL", cur="₪", dob="%d/%m/%Y", typefirst=True)
loc("ar-EG", lang="ar", region="EG", g=(["ياس|Yas", "شري|Shere", "رحا|Raha", "هشا|Hesha", "سلس|Sals", "مرو|Marw", "بسم|Basm", "تغر|Taghr",
    "وجد|Wagd", "زهي|Zahi", "نور|Nour"], ["مين|meen", "ف|f", "ب|b", "م|m", "ان|an", "ينة|ina", "ود|oud", "يل|il"]),
    f=(["الشر|El-Shar", "الدمن|El-Daman", "الزيا|El-Zaya", "السمال|El-Samal", "القلي|El-Qalli", "البرد|El-Bard",
        "الحفن|El-Hefn", "الطوخ|El-Tokh"], ["قاوي|kawy", "هوري|houry", "باري|bary", "ت|t", "وطي|outy", "يسي|isy", "اوي|awy"]),
    stems=["النخيل البحري|El-Nakhil El-Bahary", "التحرير الجديد|El-Tahrir El-Gedid", "الورود الصغرى|El-Woroud"],
    types=["شارع|Sharia", "حارة|Haret"], towns=["ميت برهان|Mit Borhan", "كفر الدوار الشرقي|Kafr El-Dawar East",
    "المعادي الجديدة|New Maadi"], mail=["gmail.com", "yahoo.com", "hotmail.com"], ids=["egtn"], iban="EG",
    cur="ج.م", dob="%d/%m/%Y", typefirst=True)
loc("th-TH", lang="th", region="TH", g=(["ศิริ|Siri", "ธนา|Thana", "กมล|Kamon", "ปิยะ|Piya", "อรุณ|Arun", "วรร|Wan"],
    ["พร|porn", "กฤต|krit", "วรรณ|wan", "นุช|nuch", "ชัย|chai", "ณา|na"]),
    f=(["ศรีสุข|Srisuk", "บุญมา|Boonma", "แก้วกาญ|Kaewkan", "ทองประ|Thongpra", "วงศ์สวัส|Wongsawat"],
       ["เจริญ|charoen", "วงศ์|wong", "ดี|dee", "สิทธิ์|sit", "กุล|kul"]),
    stems=["ซอยร่มไทร|Soi Romsai", "ถนนนาคประดิษฐ์|Thanon Nakpradit", "หมู่บ้านพฤกษาทอง|Mooban Pruksathong"],
    types=["ซอย|Soi", "ถนน|Thanon"], towns=["ต.บ้านใหม่ อ.ปากเกร็ด|Ban Mai, Pak Kret", "ต.คลองสาม|Khlong Sam"],
    mail=["gmail.com", "hotmail.com", "yahoo.co.th"], ids=["thpin"], iban=None, cur="฿", dob="%d/%m/%Y",
    notype=True)
loc("ja-JP", lang="ja", region="JP", g=(["健|Ken", "美|Mi", "陽|Haru", "翔|Sho", "千|Chi", "結|Yui", "蒼|Ao"],
    ["太|ta", "咲|saki", "斗|to", "菜|na", "里|ri", "輔|suke"]),
    f=(["川|Kawa", "森|Mori", "高|Taka", "秋|Aki", "宮|Miya", "柳|Yanagi", "村|Mura"],
       ["嶋|shima", "永|naga", "倉|kura", "沢|sawa", "瀬|se", "原|hara"]),
    stems=["桜台三丁目|Sakuradai 3-chome", "緑ヶ丘二丁目|Midorigaoka 2-chome", "東雲町|Shinonome-cho", "若葉台|Wakabadai"],
    types=["", ""], towns=["埼玉県川越市|Kawagoe, Saitama", "静岡県沼津市|Numazu, Shizuoka", "岐阜県大垣市|Ogaki, Gifu"],
    mail=["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"], ids=["mynum"], iban=None, cur="円",
    dob="%Y年%m月%d日", family_first=True, notype=True)
loc("ko-KR", lang="ko", region="KR", g=(["서|Seo", "지|Ji", "도|Do", "하|Ha", "윤|Yun", "은|Eun"],
    ["연|yeon", "훈|hun", "율|yul", "린|rin", "겸|gyeom", "솔|sol"]),
    f=(["김|Kim", "이|Lee", "박|Park", "최|Choi", "정|Jeong", "강|Kang", "조|Jo", "윤|Yoon"], [""]),
    stems=["은행나무로|Eunhaengnamu-ro", "솔마루길|Solmaru-gil", "달빛공원로|Dalbit Gongwon-ro", "한마음길|Hanmaeum-gil"],
    types=["", ""], towns=["경기도 의정부시|Uijeongbu", "충청남도 아산시|Asan", "전라북도 익산시|Iksan"],
    mail=["naver.com", "daum.net", "hanmail.net", "gmail.com"], ids=["rrn"], iban=None, cur="원", dob="%Y.%m.%d",
    family_first=True, notype=True, nospace=True)
loc("zh-CN", lang="zh", region="CN", g=(["晓|Xiao", "志|Zhi", "雨|Yu", "思|Si", "俊|Jun", "嘉|Jia", "梓|Zi"],
    ["涵|han", "豪|hao", "彤|tong", "琪|qi", "辰|chen", "宁|ning", "远|yuan"]),
    f=(["欧阳|Ouyang", "司马|Sima", "滕|Teng", "裘|Qiu", "邝|Kuang", "喻|Yu", "蔺|Lin", "阙|Que"], [""]),
    stems=["梧桐巷|Wutong Xiang", "杏花里|Xinghua Li", "青石板路|Qingshiban Lu", "东湖西路|Donghu Xilu"],
    types=["", ""], towns=["浙江省湖州市|Huzhou, Zhejiang", "江西省九江市|Jiujiang, Jiangxi", "四川省绵阳市|Mianyang, Sichuan"],
    mail=["qq.com", "163.com", "126.com", "sina.com"], ids=["ric"], iban=None, cur="元", dob="%Y年%m月%d日",
    family_first=True, notype=True, nospace=True)
loc("id-ID", lang="id", region="ID", g=(["Sri", "Bayu", "Wulan", "Dimas", "Rara", "Teguh", "Lestar"],
    ["wati", "ningsih", "anto", "di", "yanti", "i"]),
    f=(["Hadi", "Purnom", "Siswan", "Wibis", "Kusum", "Nugr", "Setiab"], ["suryo", "o", "to", "ono", "awardani", "oho", "udi"]),
    stems=["Kenanga Raya", "Melati Indah", "Haji Naim", "Cempaka Putih Tengah", "Rambutan Gg. III"],
    types=["Jl.", "Gg."], towns=["Kel. Sukamaju, Depok", "Kec. Tembalang, Semarang", "Kel. Karangasem, Solo"],
    mail=["gmail.com", "yahoo.co.id", "ymail.com"], ids=["nik", "npwp"], iban=None, cur="Rp", dob="%d-%m-%Y",
    typefirst=True)
LOCALES = sorted(L)


# ----------------------------------------------------------------------------------------------- phrasebook
K = ["name", "addr", "phone", "dob", "acct", "email", "reading", "nopower", "highbill", "keepnum", "thanks",
     "noinet", "hardship", "idl"]
P = {
    "en": ["Name", "Address", "Phone", "DOB", "Account no", "Email", "Meter reading",
           "we've had no power since 6am, whole street is out, when is it coming back??",
           "my bill is way too high, I've never used that much, you estimated it AGAIN",
           "i want to keep my number when i switch, how long does it take", "cheers", "internet keeps dropping every evening",
           "I lost my job in March and can't pay the full amount", "ID no"],
    "hi": ["नाम", "पता", "फ़ोन", "जन्म तिथि", "खाता संख्या", "ईमेल", "मीटर रीडिंग",
           "सुबह से बिजली नहीं है, पूरे मोहल्ले में कट है, कब आएगी?", "इस बार बिल बहुत ज़्यादा आया है, मीटर ठीक से चेक करो",
           "मुझे अपना नंबर पोर्ट करवाना है, UPC कोड कैसे मिलेगा", "धन्यवाद", "वाईफ़ाई बार बार डिस्कनेक्ट हो रहा है",
           "नौकरी छूट गई है, किस्तों में भुगतान करना चाहता हूँ", "आधार"],
    "de": ["Name", "Anschrift", "Telefon", "Geb.-Datum", "Kundennr.", "E-Mail", "Zählerstand",
           "seit heute früh kein Strom, die ganze Straße ist dunkel, wann geht es wieder??",
           "die Jahresabrechnung ist viel zu hoch, Sie haben schon wieder geschätzt",
           "ich will meine Rufnummer mitnehmen, wie lange dauert die Portierung", "Danke & Gruß",
           "Internet bricht jeden Abend ab, Router blinkt rot", "ich bin seit März arbeitslos und kann die Abschläge nicht zahlen",
           "Steuer-ID"],
    "fr": ["Nom", "Adresse", "Tél", "Date de naissance", "N° client", "Courriel", "Relevé compteur",
           "plus de courant depuis ce matin, tout le quartier est coupé, c'est rétabli quand ?",
           "ma facture est beaucoup trop élevée, encore une estimation !!", "je veux garder mon numéro, c'est quoi mon RIO ?",
           "Cordialement", "la box décroche tous les soirs", "j'ai perdu mon emploi et je ne peux pas payer la régularisation",
           "N° sécu"],
    "es": ["Nombre", "Dirección", "Tel.", "Fecha de nacimiento", "N.º de contrato", "Correo", "Lectura del contador",
           "llevamos sin luz desde las 6, toda la calle, ¿cuándo vuelve?", "la factura viene altísima, otra vez lectura estimada",
           "quiero hacer la portabilidad y mantener mi número", "Saludos", "el router se desconecta cada noche",
           "me quedé sin trabajo y no puedo pagar todo de golpe", "DNI"],
    "pt": ["Nome", "Endereço", "Tel", "Data de nascimento", "Nº da instalação", "E-mail", "Leitura do medidor",
           "tô sem luz desde cedo, a rua toda, quando volta??", "a conta veio absurda, fizeram média de novo",
           "quero fazer portabilidade e manter meu número", "Obrigado", "a internet cai toda noite",
           "fiquei desempregado e preciso parcelar a dívida", "CPF"],
    "it": ["Nome", "Indirizzo", "Tel.", "Data di nascita", "Codice cliente", "Email", "Autolettura",
           "siamo senza corrente da stamattina, tutta la via, quando torna?", "la bolletta è esagerata, avete stimato di nuovo",
           "voglio passare con il mio numero, serve il codice di migrazione?", "Grazie, saluti", "la fibra cade ogni sera",
           "ho perso il lavoro e chiedo una rateizzazione", "Codice fiscale"],
    "nl": ["Naam", "Adres", "Tel", "Geboortedatum", "Klantnr", "E-mail", "Meterstand",
           "sinds vanochtend geen stroom, hele straat, wanneer is het terug?", "mijn jaarafrekening is veel te hoog, weer geschat",
           "ik wil mijn nummer behouden bij overstappen", "Groet", "internet valt elke avond weg",
           "ik ben mijn baan kwijt en wil een betalingsregeling", "BSN"],
    "pl": ["Imię i nazwisko", "Adres", "Tel.", "Data ur.", "Nr klienta", "E-mail", "Odczyt licznika",
           "od rana nie ma prądu, cała ulica, kiedy włączycie?", "rachunek jest za wysoki, znowu prognoza zamiast odczytu",
           "chcę przenieść numer do innej sieci", "Pozdrawiam", "internet zrywa co wieczór",
           "straciłem pracę, proszę o rozłożenie na raty", "PESEL"],
    "sv": ["Namn", "Adress", "Tel", "Födelsedatum", "Kundnr", "E-post", "Mätarställning",
           "strömlöst sedan i morse, hela gatan, när kommer det tillbaka?", "fakturan är alldeles för hög, ni har uppskattat igen",
           "jag vill flytta mitt nummer till er", "Mvh", "bredbandet tappar varje kväll",
           "jag har blivit arbetslös och behöver en avbetalningsplan", "Personnummer"],
    "tr": ["Ad Soyad", "Adres", "Tel", "Doğum tarihi", "Abone no", "E-posta", "Sayaç endeksi",
           "sabahtan beri elektrik yok, bütün sokak karanlık, ne zaman gelecek?", "fatura çok yüksek geldi, yine tahmini okuma",
           "numaramı taşımak istiyorum", "Teşekkürler", "modem her akşam kopuyor",
           "işimi kaybettim, borcu taksitlendirmek istiyorum", "TC Kimlik No"],
    "ru": ["ФИО", "Адрес", "Тел.", "Дата рождения", "Лицевой счёт", "Эл. почта", "Показания счётчика",
           "с утра нет света, весь дом, когда дадут?", "счёт слишком большой, опять начислили по нормативу",
           "хочу перенести номер к другому оператору", "Спасибо", "интернет отваливается каждый вечер",
           "потерял работу, прошу рассрочку по долгу", "ИНН"],
    "el": ["Ονοματεπώνυμο", "Διεύθυνση", "Τηλ.", "Ημ. γέννησης", "Αρ. παροχής", "Email", "Ένδειξη μετρητή",
           "δεν έχουμε ρεύμα από το πρωί, όλη η γειτονιά, πότε θα έρθει;", "ο λογαριασμός είναι πολύ φουσκωμένος, πάλι εκτίμηση",
           "θέλω φορητότητα αριθμού", "Ευχαριστώ", "το ίντερνετ πέφτει κάθε βράδυ",
           "έμεινα άνεργος και ζητώ διακανονισμό", "ΑΜΚΑ"],
    "he": ["שם", "כתובת", "טלפון", "תאריך לידה", "מס' לקוח", "דוא\"ל", "קריאת מונה",
           "אין חשמל מהבוקר, כל הרחוב, מתי זה חוזר?", "החשבון גבוה מדי, שוב הערכה", "אני רוצה לניידת את המספר",
           "תודה", "האינטרנט מתנתק כל ערב", "פוטרתי ואני צריך הסדר תשלומים", "ת.ז."],
    "ar": ["الاسم", "العنوان", "الهاتف", "تاريخ الميلاد", "رقم الحساب", "البريد", "قراءة العداد",
           "النور قاطع من الصبح والشارع كله ضلمة، هيرجع امتى؟", "الفاتورة عالية جدا، قريتوا العداد تقدير تاني",
           "عايز أنقل رقمي لشبكة تانية", "شكرا", "النت بيفصل كل ليلة", "اتفصلت من الشغل ومحتاج أقسط المديونية",
           "الرقم القومي"],
    "th": ["ชื่อ", "ที่อยู่", "โทร", "วันเกิด", "เลขที่ผู้ใช้ไฟ", "อีเมล", "เลขมิเตอร์",
           "ไฟดับตั้งแต่เช้า ทั้งซอยเลย จะมาเมื่อไหร่คะ", "ค่าไฟเดือนนี้แพงผิดปกติ จดมิเตอร์ผิดหรือเปล่า",
           "อยากย้ายค่ายเบอร์เดิม", "ขอบคุณค่ะ", "เน็ตหลุดทุกคืน", "ตกงานค่ะ ขอผ่อนชำระได้ไหม", "เลขบัตรประชาชน"],
    "ja": ["氏名", "住所", "電話", "生年月日", "お客さま番号", "メール", "検針値",
           "朝から停電しています。近所一帯です。いつ復旧しますか？", "今月の請求が高すぎます。また推定検針ですか",
           "MNPで番号そのまま乗り換えたいです", "よろしくお願いします", "夜になると光回線が切れます",
           "失業したので分割払いを相談したいです", "マイナンバー"],
    "ko": ["성명", "주소", "연락처", "생년월일", "고객번호", "이메일", "검침값",
           "아침부터 정전이에요 동네 전체요 언제 복구되나요?", "이번 달 요금이 너무 많이 나왔어요 검침 다시 해주세요",
           "번호이동 하고 싶어요", "감사합니다", "저녁마다 인터넷이 끊겨요", "실직해서 분할 납부 신청합니다", "주민등록번호"],
    "zh": ["姓名", "地址", "电话", "出生日期", "户号", "邮箱", "电表读数",
           "早上开始停电了，整栋楼都没电，什么时候恢复？", "这个月电费高得离谱，是不是估抄了",
           "我想携号转网，保留原号码", "谢谢", "宽带每天晚上掉线", "失业了，想申请分期缴纳欠费", "身份证号"],
    "id": ["Nama", "Alamat", "No. HP", "Tgl lahir", "ID pelanggan", "Email", "Angka meter",
           "listrik mati dari pagi, satu gang padam semua, kapan nyala?", "tagihan bulan ini kok mahal banget, dicatat asal ya",
           "saya mau pindah operator tapi nomor tetap", "Makasih", "wifi putus tiap malam",
           "saya kena PHK, mau minta cicilan tunggakan", "NIK"],
}
PH = {lang: dict(zip(K, v)) for lang, v in P.items()}
for _l, _v in P.items():
    assert len(_v) == len(K), _l


# ----------------------------------------------------------------------------------------------- value makers
def nat(s):
    return s.split("|")[0]


def lat(s):
    parts = s.split("|")
    return parts[1] if len(parts) > 1 else parts[0]


def asciify(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


def try_suffix(body, validator, alphabet=string.digits, n=1):
    import itertools
    for combo in itertools.product(alphabet, repeat=n):
        cand = body + "".join(combo)
        try:
            if validator(cand):
                return cand
        except Exception:
            pass
    return None


def capped(fn, what, tries=400):
    for _ in range(tries):
        v = fn()
        if v is not None:
            return v
    raise Bad(f"could not build {what}")


def medicare_ok(s):
    d = [int(c) for c in s]
    return len(d) == 10 and 2 <= d[0] <= 6 and sum(a * b for a, b in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == d[8]


def kvnr_ok(s):
    if not re.fullmatch(r"[A-Z]\d{9}", s):
        return False
    digits = "%02d" % (ord(s[0]) - 64) + s[1:9]
    tot = 0
    for i, c in enumerate(digits):
        v = int(c) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return tot % 10 == int(s[9])


COMPANY_STEMS = ["Voltaro", "Kelvane", "Aquenta", "Fibrozo", "Lumenic", "Tervia", "Ondara", "Quellwerk", "Stromvia",
                 "Netzora", "Gazelio", "Hidrova", "Pylonet", "Celluva", "Ampero", "Ohmeria", "Brisalux", "Corrente Nova",
                 "Wattivo", "Signalis", "Drosselt", "Kabelgrund", "Maréelec", "Ruisseau Vif", "Tidewick", "Hydrelo",
                 "Cobaltel", "Vennlink", "Ferrovolt", "Luzanda", "Agualume", "Telvarro", "Nimbuscom", "Orvalis"]
SECTORS = ["Energy", "Power", "Water", "Gas", "Telecom", "Mobile", "Fibre", "Broadband", "Networks", "Utilities",
           "Distribution", "Energía", "Énergie", "Telekom", "Netz", "Acqua", "Saneamento"]
EPONYMS = ["Erlang", "Ohm", "Kirchhoff", "Faraday", "Joule", "Volta", "Shannon", "Nyquist", "Kelvin", "Hertz",
           "Darcy-Weisbach", "Hazen-Williams", "Bernoulli", "Coulomb", "Poisson", "Dijkstra", "Bellman-Ford",
           "Reed-Solomon", "Joukowsky", "Steinmetz", "Fortescue", "Clarke", "Park", "Thevenin", "Norton", "Weibull"]
FICTIONAL = ["Reddy Kilowatt", "Willie Wiredhand", "Sparky Voltwhistle", "Captain Megawatt", "Drip McLeakface",
             "Gaspard le Gazomètre", "Fibrina the Fox", "Meterbot Q7", "Professor Ampsworth", "Little Leaky Larry"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.pools = {}
        self.used_names = set()
        self._build_pools()

    # -- pools -------------------------------------------------------------------------------------
    def _compose_name(self, lc):
        r = self.r
        go, ge = r.choice(lc["g"][0]), r.choice(lc["g"][1])
        fo, fe = r.choice(lc["f"][0]), r.choice(lc["f"][1])
        gn, gl = nat(go) + nat(ge), lat(go) + lat(ge)
        fn, fl = nat(fo) + nat(fe), lat(fo) + lat(fe)
        if lc.get("family_first"):
            full = fn + ("" if lc.get("nospace") else " ") + gn
        else:
            full = gn + " " + fn
        return dict(given=gn, family=fn, full=full, lg=gl.replace("|", ""), lf=fl.replace("|", ""))

    def _build_pools(self):
        r = self.r
        for tag in LOCALES:
            lc = L[tag]
            names, seen = [], set()
            for _ in range(3000):
                if len(names) >= 60:
                    break
                p = self._compose_name(lc)
                if p["full"] in seen:
                    continue
                seen.add(p["full"])
                if is_clean(p["full"]) and (lc.get("nospace") or is_clean(p["family"])):
                    p["given_ok"] = is_clean(p["given"])
                    names.append(p)
                else:
                    FREEZE_STATS["person:" + tag] += 1
            need(len(names) >= 30, f"name pool {tag}")
            self.pools[("names", tag)] = names
            stems = [x for x in lc["stems"] if is_clean(nat(x))]
            FREEZE_STATS["street:" + tag] += len(lc["stems"]) - len(stems)
            tries = 0
            while len(stems) < 6 and tries < 200:  # refill with invented family-name stems
                tries += 1
                p = self._compose_name(lc)
                base = p["given"] + {"ko-KR": "길", "zh-CN": "路"}[tag] if lc.get("nospace") else p["family"]
                cand = base if "|" not in lc["stems"][0] else base + "|" + p["lf"]
                if is_clean(nat(cand)) and cand not in stems:
                    stems.append(cand)
            need(len(stems) >= 4, f"street pool {tag}")
            self.pools[("stems", tag)] = stems
            types = [x for x in lc["types"] if is_clean(nat(x))]
            FREEZE_STATS["streettype:" + tag] += len(lc["types"]) - len(types)
            if not types:
                FREEZE_STATS["streettype_fallback_locales"] += 1
                types = list(lc["types"])
            self.pools[("types", tag)] = types
            towns = [x for x in lc["towns"] if is_clean(nat(x))]
            FREEZE_STATS["town:" + tag] += len(lc["towns"]) - len(towns)
            tries = 0
            while len(towns) < 4 and tries < 200:
                tries += 1
                p = self._compose_name(lc)
                base = p["given"] + {"ko-KR": "시", "zh-CN": "镇"}[tag] if lc.get("nospace") else p["family"]
                cand = base + ("|" + p["lf"] if "|" in lc["towns"][0] else "")
                if is_clean(nat(cand)) and cand not in towns:
                    towns.append(cand)
            need(len(towns) >= 3, f"town pool {tag}")
            self.pools[("towns", tag)] = towns
            mails = [m for m in lc["mail"] if is_clean(m.split(".")[0])]  # the brand label; TLDs are not names
            FREEZE_STATS["mail:" + tag] += len(lc["mail"]) - len(mails)
            inv = ["kelmail.net", "postvane.com", "inboxa.org", "mailvoro.net", "qorvimail.com", "brievix.net"]
            for m in [m for m in inv if is_clean(m.split(".")[0])]:
                if len(mails) >= 3:
                    break
                mails.append(m)
            need(mails, f"mail pool {tag}")
            self.pools[("mail", tag)] = mails
        comps = []
        for _ in range(2000):
            if len(comps) >= 40:
                break
            c = r.choice(COMPANY_STEMS) + " " + r.choice(SECTORS)
            if c not in comps and is_clean(c):
                comps.append(c)
        for s in filt("company_stem", COMPANY_STEMS):
            if s not in comps:
                comps.append(s)
        need(len(comps) >= 12, "company pool")
        self.pools["companies"] = sorted(comps)
        self.pools["eponyms"] = filt("eponym", EPONYMS)
        self.pools["fictional"] = filt("fictional", FICTIONAL)
        need(len(self.pools["eponyms"]) >= 3, "eponym pool")
        fic = self.pools["fictional"]
        tries = 0
        while len(fic) < 4 and tries < 200:
            tries += 1
            c = r.choice(["Sparky", "Captain", "Mister", "Professor", "Little"]) + " " + r.choice(COMPANY_STEMS)
            if is_clean(c) and c not in fic:
                fic.append(c)
        need(len(fic) >= 2, "fictional pool")

    # -- basic values ------------------------------------------------------------------------------
    def person(self, tag, given_only=False):
        pool = self.pools[("names", tag)]
        if given_only:
            pool = [p for p in pool if p["given_ok"]] or pool
        for _ in range(50):
            p = self.r.choice(pool)
            if p["full"] not in self.used_names:
                break
        self.used_names.add(p["full"])
        return dict(p)

    def company(self):
        return self.r.choice(self.pools["companies"])

    def address(self, tag):
        r, lc = self.r, L[tag]
        stem = r.choice(self.pools[("stems", tag)])
        typ = r.choice(self.pools[("types", tag)])
        town = r.choice(self.pools[("towns", tag)])
        stem, typ, town = nat(stem), nat(typ), nat(town)
        n, m = r.randint(1, 180), r.randint(1, 40)
        d = lambda k: "".join(r.choice(string.digits) for _ in range(k))
        A = lambda k: "".join(r.choice("ABDEFGHJLNPRSTUWXY") for _ in range(k))
        if tag == "en-GB":
            return f"{n} {stem} {typ}, {town} {A(2)}{r.randint(1, 29)} {r.randint(1, 9)}{A(2)}"
        if tag == "en-US":
            return f"{r.randint(100, 9899)} {stem} {typ}, {town}, {r.choice(['OH', 'PA', 'MN', 'GA', 'OR', 'TX', 'NC'])} {d(5)}"
        if tag == "en-AU":
            return f"{n} {stem} {typ}, {town} {r.choice(['NSW', 'VIC', 'QLD', 'SA', 'WA'])} {r.randint(2000, 6999)}"
        if tag == "en-ZA":
            return f"{n} {stem} {typ}, {town}, {r.randint(1000, 9999)}"
        if tag == "hi-IN":
            return f"मकान नं. {n}, {stem} {typ}, {town} - {r.randint(110001, 852999)}"
        if tag == "de-DE":
            return f"{stem} {typ} {n}, {r.randint(10115, 99998)} {town}"
        if tag == "fr-FR":
            return f"{n} {typ} {stem}, {r.randint(10, 95)}{d(3)} {town}"
        if tag == "es-ES":
            return f"{typ} {stem}, {n}, {r.randint(1, 8)}º {r.choice('ABCD')}, {r.randint(10, 50)}{d(3)} {town}"
        if tag == "es-MX":
            return f"{typ} {stem} {n}, {town}, C.P. {r.randint(10, 99)}{d(3)}"
        if tag == "es-AR":
            return f"{typ} {stem} {r.randint(100, 4999)}, {town} ({r.randint(1000, 9499)})"
        if tag == "pt-BR":
            return f"{typ} {stem}, {n} - {town}, CEP {r.randint(10, 99)}{d(3)}-{d(3)}"
        if tag == "it-IT":
            return f"{typ} {stem} {n}, {r.randint(10, 98)}{d(3)} {town}"
        if tag == "nl-NL":
            return f"{stem}{typ} {n}, {r.randint(1011, 9999)} {A(2)} {town}"
        if tag == "pl-PL":
            return f"{typ} {stem} {n}/{m}, {r.randint(10, 99)}-{d(3)} {town}"
        if tag == "sv-SE":
            return f"{stem}{typ} {n}, {r.randint(111, 984)} {d(2)} {town}"
        if tag == "tr-TR":
            return f"{stem} {typ} No:{n} D:{m}, {town}"
        if tag == "ru-RU":
            return f"{typ} {stem}, д. {n}, кв. {m}, г. {town}"
        if tag == "el-GR":
            return f"{typ} {stem} {n}, {r.randint(10431, 85100)} {town}"
        if tag == "he-IL":
            return f"{typ} {stem} {n}, {town}"
        if tag == "ar-EG":
            return f"{n} {typ} {stem}، {town}"
        if tag == "th-TH":
            return f"{n}/{m} {stem} {town} {r.randint(10100, 96220)}"
        if tag == "ja-JP":
            return f"〒{d(3)}-{d(4)} {town}{stem}{r.randint(1, 30)}-{m}"
        if tag == "ko-KR":
            return f"{town} {stem} {n}, {r.randint(101, 120)}동 {r.randint(101, 1504)}호"
        if tag == "zh-CN":
            return f"{town}{stem}{n}号{r.randint(1, 30)}栋{r.randint(101, 2802)}室"
        if tag == "id-ID":
            return f"{typ} {stem} No. {n}, RT 0{r.randint(1, 9)}/RW 0{r.randint(1, 9)}, {town}"
        raise Bad(tag)

    def phone(self, tag, kind="mobile", style=None):
        r, region = self.r, L[tag]["region"]
        T = phonenumbers.PhoneNumberType
        want = {"mobile": T.MOBILE, "fixed": T.FIXED_LINE, "tollfree": T.TOLL_FREE}[kind]
        ex = phonenumbers.example_number_for_type(region, want)
        need(ex is not None, f"no example {region} {kind}")
        nsn = phonenumbers.national_significant_number(ex)
        keep = max(2, len(nsn) - 7) if kind != "tollfree" else max(3, len(nsn) - 6)
        for _ in range(400):
            cand = nsn[:keep] + "".join(r.choice(string.digits) for _ in range(len(nsn) - keep))
            if region == "US" and cand[3:6] == "555":
                continue
            if region == "GB" and cand.startswith("7700900"):
                continue
            if region == "AU" and cand.startswith("491570"):
                continue
            pn = phonenumbers.parse("+" + str(ex.country_code) + cand)
            if not phonenumbers.is_valid_number(pn) or phonenumbers.region_code_for_number(pn) != region:
                continue
            t = phonenumbers.number_type(pn)
            if kind == "mobile" and t not in (T.MOBILE, T.FIXED_LINE_OR_MOBILE):
                continue
            if kind == "fixed" and t not in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE):
                continue
            if kind == "tollfree" and t != T.TOLL_FREE:
                continue
            st = style or r.choice(["intl", "intl", "nat", "nat", "e164", "raw"])
            F = phonenumbers.PhoneNumberFormat
            if st == "intl":
                s = phonenumbers.format_number(pn, F.INTERNATIONAL)
            elif st == "nat":
                s = phonenumbers.format_number(pn, F.NATIONAL)
            elif st == "e164":
                s = phonenumbers.format_number(pn, F.E164)
            else:
                s = re.sub(r"\D", "", phonenumbers.format_number(pn, F.NATIONAL))
            chk = phonenumbers.parse(s, region)
            need(phonenumbers.is_valid_number(chk), f"phone reparse {s}")
            return s
        raise Bad(f"phone {region}")

    def email(self, tag, p):
        r = self.r
        g, f = asciify(p["lg"]) or "user", asciify(p["lf"]) or "mail"
        dom = r.choice(self.pools[("mail", tag)])
        for _ in range(8):
            local = r.choice([f"{g}.{f}", f"{g}{f}{r.randint(1, 99)}", f"{g[0]}{f}", f"{f}.{g}{r.randint(60, 99)}",
                              f"{g}_{f[:4]}{r.randint(1, 9)}"])
            if is_clean(local):
                return f"{local}@{dom}"
        FREEZE_STATS["email_local_fallback"] += 1
        return f"{g[:1]}{f[:1]}{r.randint(1000, 99999)}@{dom}"

    def dob(self, tag):
        d = dt.date(1938, 1, 1) + dt.timedelta(days=self.r.randint(0, 66 * 365))
        return d, d.strftime(L[tag]["dob"])

    def card(self):
        r = self.r
        for _ in range(100):
            kind = r.choice(["visa", "visa", "mc", "amex"])
            if kind == "visa":
                body = "4" + "".join(r.choice(string.digits) for _ in range(14))
            elif kind == "mc":
                body = str(r.randint(51, 55)) + "".join(r.choice(string.digits) for _ in range(13))
            else:
                body = r.choice(["34", "37"]) + "".join(r.choice(string.digits) for _ in range(12))
            num = body + luhn.calc_check_digit(body)
            if num in ("4111111111111111", "4242424242424242", "5555555555554444", "378282246310005"):
                continue
            need(luhn.is_valid(num), "luhn")
            if r.random() < 0.5:
                if len(num) == 16:
                    return " ".join(num[i:i + 4] for i in range(0, 16, 4))
                return f"{num[:4]} {num[4:10]} {num[10:]}"
            return num
        raise Bad("card")

    def iban(self, cc):
        r = self.r
        d = lambda k: "".join(r.choice(string.digits) for _ in range(k))
        U = lambda k: "".join(r.choice(string.ascii_uppercase) for _ in range(k))
        for _ in range(200):
            if cc == "GB":
                bban = U(4) + d(14)
            elif cc == "DE":
                bban = d(18)
            elif cc == "FR":
                bank, br, acc = d(5), d(5), d(11)
                key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97)
                bban = bank + br + acc + "%02d" % key
            elif cc == "ES":
                from stdnum.es import ccc
                b = d(4) + d(4)
                a = d(10)
                bban = b + ccc.calc_check_digits(b + "00" + a) + a
            elif cc == "IT":
                bban = r.choice(string.ascii_uppercase) + d(10) + d(12)
            elif cc == "NL":
                bban = U(4) + d(10)
            elif cc == "PL":
                bban = d(24)
            elif cc == "SE":
                bban = d(20)
            elif cc == "TR":
                bban = d(5) + "0" + d(16)
            elif cc == "GR":
                bban = d(7) + d(16)
            elif cc == "IL":
                bban = d(19)
            elif cc == "EG":
                bban = d(25)
            else:
                raise Bad(cc)
            s = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
            if std_iban.is_valid(s):
                return std_iban.format(s) if r.random() < 0.6 else s
        raise Bad("iban " + cc)

    def ip(self):
        r = self.r
        for _ in range(200):
            if r.random() < 0.2:
                a = ipaddress.IPv6Address("2a0" + str(r.randint(1, 9)) + ":" + ":".join("%x" % r.randint(0, 65535) for _ in range(7)))
            else:
                a = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
            if not a.is_global or a.is_multicast:
                continue
            if any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                                            "8.8.8.0/24", "1.1.1.0/24", "9.9.9.0/24")):
                continue
            return str(a)
        raise Bad("ip")

    def mrn(self, tag):
        r = self.r
        d = lambda k: "".join(r.choice(string.digits) for _ in range(k))
        return r.choice([f"MRN {d(8)}", f"K{d(7)}", f"HN-{d(6)}", f"{d(3)}-{d(3)}-{d(2)}", f"RM{d(7)}"])

    # -- identifiers -------------------------------------------------------------------------------
    def ident(self, kind, tag, p, dob_date, sex=None):
        """returns (TYPE, value, label)"""
        r = self.r
        d = lambda k: "".join(r.choice(string.digits) for _ in range(k))
        sex = sex or r.choice("MF")
        dob_date = dob_date or dt.date(1980, 1, 1)
        yy, mm, dd = dob_date.year % 100, dob_date.month, dob_date.day
        if kind == "nhs":
            v = capped(lambda: try_suffix(str(r.randint(4, 6)) + d(8), gb_nhs.is_valid), "nhs")
            return "HEALTH_INSURANCE", gb_nhs.format(v) if r.random() < .5 else v, "NHS no"
        if kind == "utr":
            v = capped(lambda: next((c + b for b in [d(9)] for c in string.digits if gb_utr.is_valid(c + b)), None), "utr")
            return "TAX_ID", v, "UTR"
        if kind == "ssn":
            def mk():
                a = r.randint(1, 899)
                if a == 666:
                    return None
                v = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
                return v if us_ssn.is_valid(v) and v not in ("078-05-1120", "219-09-9999") else None
            return "ssn", capped(mk, "ssn"), "SSN"
        if kind == "usbank":
            rt = capped(lambda: try_suffix("%02d" % r.choice(list(range(1, 13)) + list(range(21, 33))) + d(6),
                                           us_rtn.is_valid), "rtn")
            return "US_BANK_NUMBER", f"routing {rt} acct {d(r.randint(8, 11))}", "bank"
        if kind == "aadhaar":
            v = capped(lambda: try_suffix(str(r.randint(2, 9)) + d(10), in_aadhaar.is_valid), "aadhaar")
            return "NATIONAL_ID", v[:4] + " " + v[4:8] + " " + v[8:] if r.random() < .6 else v, "Aadhaar"
        if kind == "pan":
            ini = (asciify(p["lf"])[:1] or "k").upper()
            v = capped(lambda: (lambda s: s if in_pan.is_valid(s) else None)(
                "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + ini + d(4) + r.choice(string.ascii_uppercase)), "pan")
            return "TAX_ID", v, "PAN"
        if kind == "tfn":
            v = capped(lambda: try_suffix(d(8), au_tfn.is_valid), "tfn")
            return "TAX_ID", au_tfn.format(v) if r.random() < .5 else v, "TFN"
        if kind == "medicare":
            v = capped(lambda: (lambda b: b + str(sum(a * w for a, w in zip(map(int, b), [1, 3, 7, 9, 1, 3, 7, 9])) % 10) + str(r.randint(1, 9)))(str(r.randint(2, 6)) + d(7)), "medicare")
            need(medicare_ok(v), "medicare")
            return "HEALTH_INSURANCE", f"{v[:4]} {v[4:9]} {v[9]}", "Medicare"
        if kind == "zaid":
            v = capped(lambda: try_suffix("%02d%02d%02d" % (yy, mm, dd) + str(r.randint(0, 4) if sex == "F" else r.randint(5, 9)) + d(3) + "08", za_idnr.is_valid), "zaid")
            return "NATIONAL_ID", v, "ID number"
        if kind == "idnr":
            v = capped(lambda: try_suffix(str(r.randint(1, 9)) + d(9), de_idnr.is_valid), "idnr")
            return "TAX_ID", de_idnr.format(v) if r.random() < .5 else v, "Steuer-ID"
        if kind == "kvnr":
            v = capped(lambda: try_suffix(r.choice("ABCDEFGHKLMNRSTW") + d(8), kvnr_ok), "kvnr")
            return "HEALTH_INSURANCE", v, "KVNR"
        if kind == "nir":
            body = ("1" if sex == "M" else "2") + "%02d%02d" % (yy, mm) + "%02d" % r.choice([13, 33, 44, 59, 69, 75, 93]) + d(3) + d(3)
            v = body + fr_nir.calc_check_digits(body)
            need(fr_nir.is_valid(v), "nir")
            return "NATIONAL_ID", fr_nir.format(v) if r.random() < .5 else v, "N° sécu"
        if kind == "dni":
            b = d(8)
            v = b + es_dni.calc_check_digit(b)
            need(es_dni.is_valid(v), "dni")
            return "NATIONAL_ID", v, "DNI"
        if kind in ("curp", "rfc"):
            cons = "BCDFGHJKLMNPQRSTVXZ"
            f1 = (asciify(p["lf"]) or "xx").upper()
            g1 = (asciify(p["lg"]) or "x").upper()
            head = f1[0] + (next((c for c in f1[1:] if c in "AEIOU"), "X")) + r.choice(cons) + g1[0]
            date = "%02d%02d%02d" % (yy, mm, dd)
            if kind == "curp":
                def mk():
                    b = head + date + ("H" if sex == "M" else "M") + r.choice(["DF", "JC", "PL", "VZ", "OC", "MC"]) + \
                        "".join(r.choice(cons) for _ in range(3)) + ("0" if dob_date.year < 2000 else "A")
                    v = b + mx_curp.calc_check_digit(b + "0")
                    return v if mx_curp.is_valid(v) else None
                return "NATIONAL_ID", capped(mk, "curp"), "CURP"
            def mk2():
                b = head + date + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
                v = b + mx_rfc.calc_check_digit(b)
                return v if mx_rfc.is_valid(v) else None
            return "TAX_ID", capped(mk2, "rfc"), "RFC"
        if kind == "cpf":
            v = capped(lambda: try_suffix(d(9), br_cpf.is_valid, n=2), "cpf")
            return "TAX_ID", br_cpf.format(v) if r.random() < .7 else v, "CPF"
        if kind == "cuit":
            b = r.choice(["20", "27", "23"]) + d(8)
            v = b + ar_cuit.calc_check_digit(b)
            if not ar_cuit.is_valid(v):
                v = capped(lambda: try_suffix(r.choice(["20", "27"]) + d(8), ar_cuit.is_valid), "cuit")
            return "TAX_ID", ar_cuit.format(v) if r.random() < .6 else v, "CUIT"
        if kind == "cf":
            cons = "BCDFGLMNPRSTVZ"
            months = "ABCDEHLMPRST"
            def mk():
                b = "".join(r.choice(cons) for _ in range(6)) + "%02d" % yy + months[mm - 1] + \
                    "%02d" % (dd + (40 if sex == "F" else 0)) + r.choice("ABCDEFGHLM") + d(3)
                v = b + it_cf.calc_check_digit(b)
                return v if it_cf.is_valid(v) else None
            return "TAX_ID", capped(mk, "cf"), "C.F."
        if kind == "bsn":
            v = capped(lambda: try_suffix(str(r.randint(1, 6)) + d(7), nl_bsn.is_valid), "bsn")
            return "NATIONAL_ID", v, "BSN"
        if kind == "pesel":
            m2 = mm + (20 if dob_date.year >= 2000 else 0)
            b = "%02d%02d%02d" % (yy, m2, dd) + d(3) + str(r.choice("13579" if sex == "M" else "02468"))
            v = b + pl_pesel.calc_check_digit(b)
            need(pl_pesel.is_valid(v), "pesel")
            return "NATIONAL_ID", v, "PESEL"
        if kind == "nip":
            v = capped(lambda: try_suffix(str(r.randint(1, 9)) + d(8), pl_nip.is_valid), "nip")
            return "TAX_ID", v, "NIP"
        if kind == "pnr":
            v = capped(lambda: try_suffix("%02d%02d%02d" % (yy, mm, dd) + d(3), se_pnr.is_valid), "pnr")
            return "NATIONAL_ID", v[:6] + "-" + v[6:], "Personnummer"
        if kind == "tc":
            def mk():
                b = str(r.randint(1, 9)) + d(8)
                v = b + tr_tc.calc_check_digits(b)
                return v if tr_tc.is_valid(v) else None
            return "NATIONAL_ID", capped(mk, "tc"), "TC Kimlik No"
        if kind == "inn":
            def mk():
                b = "%02d" % r.randint(1, 89) + d(8)
                v = b + ru_inn.calc_personal_check_digits(b)
                return v if ru_inn.is_valid(v) else None
            return "TAX_ID", capped(mk, "inn"), "ИНН"
        if kind == "amka":
            v = capped(lambda: try_suffix("%02d%02d%02d" % (dd, mm, yy) + d(4), gr_amka.is_valid), "amka")
            return "NATIONAL_ID", v, "ΑΜΚΑ"
        if kind == "afm":
            v = capped(lambda: try_suffix(str(r.randint(0, 1)) + d(7), gr_vat.is_valid), "afm")
            return "TAX_ID", v, "ΑΦΜ"
        if kind == "ilid":
            v = capped(lambda: try_suffix(d(8), il_idnr.is_valid), "ilid")
            return "NATIONAL_ID", v, "ת.ז."
        if kind == "egtn":
            from stdnum.eg import tn as eg_tn
            v = capped(lambda: (lambda s: s if eg_tn.is_valid(s) else None)(str(r.randint(1, 9)) + d(8)), "egtn")
            return "TAX_ID", eg_tn.format(v) if r.random() < .5 else v, "الرقم الضريبي"
        if kind == "thpin":
            b = str(r.randint(1, 8)) + d(11)
            v = b + th_pin.calc_check_digit(b)
            need(th_pin.is_valid(v), "thpin")
            return "NATIONAL_ID", th_pin.format(v) if r.random() < .6 else v, "เลขบัตรประชาชน"
        if kind == "mynum":
            b = d(11)
            v = b + jp_in.calc_check_digit(b)
            need(jp_in.is_valid(v), "mynum")
            return "NATIONAL_ID", jp_in.format(v) if r.random() < .5 else v, "マイナンバー"
        if kind == "rrn":
            g = (1 if sex == "M" else 2) + (2 if dob_date.year >= 2000 else 0)
            def mk():
                b = "%02d%02d%02d" % (yy, mm, dd) + str(g) + d(5)
                v = b + kr_rrn.calc_check_digit(b)
                return v if kr_rrn.is_valid(v) else None
            v = capped(mk, "rrn")
            return "NATIONAL_ID", v[:6] + "-" + v[6:], "주민등록번호"
        if kind == "ric":
            def mk():
                b = r.choice(["330502", "360402", "510703", "330521", "360403"]) + dob_date.strftime("%Y%m%d") + d(3)
                v = b + cn_ric.calc_check_digit(b)
                return v if cn_ric.is_valid(v) else None
            return "NATIONAL_ID", capped(mk, "ric"), "身份证号"
        if kind == "nik":
            def mk():
                v = r.choice(["3276", "3374", "3372", "3171"]) + "%02d" % r.randint(1, 12) + \
                    "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, yy) + "%04d" % r.randint(1, 999)
                return v if id_nik.is_valid(v) else None
            return "NATIONAL_ID", capped(mk, "nik"), "NIK"
        if kind == "npwp":
            def mk():
                b9 = try_suffix(d(8), luhn.is_valid)
                v = b9 + d(3) + "000"
                return v if id_npwp.is_valid(v) else None
            v = capped(mk, "npwp")
            return "TAX_ID", id_npwp.format(v), "NPWP"
        raise Bad(kind)


# ----------------------------------------------------------------------------------------------- documents
from stdnum import ean as std_ean, imei as std_imei
from stdnum.br import cnpj as br_cnpj
from stdnum.au import abn as au_abn


def mpan_core(r):
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    b = "%02d" % r.randint(10, 23) + "".join(r.choice(string.digits) for _ in range(10))
    return b + str(sum(int(c) * p for c, p in zip(b, primes)) % 11 % 10)


class Doc:
    def __init__(self, g, tag):
        self.g, self.tag, self.r = g, tag, g.r
        self.lang = L[tag]["lang"]
        self.ph = PH[self.lang]
        self.issued = []
        self.co = g.company()
        self.codom = asciify(self.co.split()[0])[:12] + self.r.choice([".com", ".net", ".co", ".eu"])

    def I(self, typ, val):
        self.issued.append((typ, val))
        return val

    # convenience issuers
    def who(self):
        p = self.g.person(self.tag)
        self.I("person", p["full"])
        return p

    def phone(self, kind="mobile"):
        return self.I("PHONE_NUMBER", self.g.phone(self.tag, kind))

    def addr(self):
        return self.I("STREET_ADDRESS", self.g.address(self.tag))

    def mail(self, p):
        return self.I("EMAIL_ADDRESS", self.g.email(self.tag, p))

    def dob(self):
        d, s = self.g.dob(self.tag)
        self.I("DATE_OF_BIRTH", s)
        return d, s

    def nid(self, p, d, which=None):
        kinds = L[self.tag]["ids"]
        if which is None:
            which = self.r.randrange(len(kinds))
        t, v, lab = self.g.ident(kinds[which % len(kinds)], self.tag, p, d)
        self.I(t, v)
        return lab, v

    def money(self):
        lc = L[self.tag]
        bank = lc.get("iban")
        if self.tag == "en-US":
            t, v, lab = self.g.ident("usbank", self.tag, None, None)
            return "bank", self.I(t, v)
        if bank and self.r.random() < 0.7:
            return "IBAN", self.I("IBAN_CODE", self.g.iban(bank))
        return "card", self.I("CREDIT_CARD", self.g.card())

    # non-personal helpers
    def acct(self):
        return self.r.choice(["", "AC", "CA-", "KD"]) + "".join(self.r.choice(string.digits) for _ in range(self.r.choice([8, 9, 10])))

    def wo(self):
        return self.r.choice(["WO-", "JOB", "SO", "TKT-", "INC"]) + "".join(self.r.choice(string.digits) for _ in range(7))

    def tollfree(self):
        try:
            return self.g.phone(self.tag, "tollfree", style=self.r.choice(["nat", "intl"]))
        except Bad:
            return "0800 " + "".join(self.r.choice(string.digits) for _ in range(6))

    def role_mail(self, role):
        return f"{role}@{self.codom}"

    def supply_id(self):
        r = self.r
        if self.tag == "en-GB":
            return "MPAN " + mpan_core(r)
        if self.tag == "es-ES":
            b = "ES" + "%04d" % r.choice([21, 31, 22, 390]) + "".join(r.choice(string.digits) for _ in range(12))
            v = b + es_cups.calc_check_digits(b)
            need(es_cups.is_valid(v), "cups")
            return "CUPS " + v
        if self.tag in ("nl-NL",):
            b = "8716" + "".join(r.choice(string.digits) for _ in range(13))
            v = b + std_ean.calc_check_digit(b)  # GS1 mod-10 over the 18-digit EAN of a connection point
            need(len(v) == 18 and std_ean.calc_check_digit(v[:-1]) == v[-1], "ean")
            return "EAN " + v
        if self.tag == "fr-FR":
            return "PDL " + "".join(r.choice(string.digits) for _ in range(14))
        if self.tag == "it-IT":
            return "POD IT001E" + "".join(r.choice(string.digits) for _ in range(8))
        return "meter S/N " + r.choice(["19K", "EM", "LG", "SM", "E3"]) + "".join(r.choice(string.digits) for _ in range(8))

    def imei(self):
        v = try_suffix("35" + "".join(self.r.choice(string.digits) for _ in range(12)), std_imei.is_valid)
        need(v, "imei")
        return v

    def iccid(self):
        v = try_suffix("89" + self.r.choice(["44", "49", "33", "34", "39", "31", "90"]) + "".join(self.r.choice(string.digits) for _ in range(15)), luhn.is_valid)
        need(v, "iccid")
        return v

    def stem(self):
        return nat(self.r.choice(self.g.pools[("stems", self.tag)])) + " " + nat(self.r.choice(self.g.pools[("types", self.tag)]))

    def town(self):
        return nat(self.r.choice(self.g.pools[("towns", self.tag)]))

    def when(self):
        d = dt.date(2026, 1, 1) + dt.timedelta(days=self.r.randint(0, 300))
        return d.strftime("%d/%m/%Y") if self.r.random() < .6 else d.isoformat()

    def hhmm(self):
        return "%02d:%02d" % (self.r.randint(0, 23), self.r.choice([0, 5, 12, 20, 30, 41, 45, 55]))

    def local(self, key):
        return self.ph[key]

    def public_figure(self):
        p = self.g.person(self.tag)
        return p["full"]


def d_(r, k):
    return "".join(r.choice(string.digits) for _ in range(k))


TECH_JOB = ["Cut-out fuse 100A replaced, tails re-terminated, IR test L-E >200MΩ, Zs 0.31Ω, polarity OK.",
            "Gas tightness test passed (drop 0.0 mbar over 2 min), regulator reset to 21 mbar standing, 20 mbar working.",
            "ONT swapped (old unit LOS red), fibre drop re-spliced at CBT port 6, Rx power -19.8 dBm, sync 900/110.",
            "Stopcock seized, replaced 22mm ball valve, flushed, turbidity OK, pressure 2.8 bar at kitchen tap.",
            "Smart meter exchange: old credit meter removed (reading 48213), SMETS2 installed, comms hub paired, IHD commissioned.",
            "Loop impedance high on ring, traced to loose neutral at joint box under stairs, remade, RCD trip time 21 ms.",
            "Copper pair fault: battery contact on B-leg at DP, re-jumpered to spare pair 14, VDSL 62/18 stable after 20 min."]
JOBTYPES = ["Meter exchange", "Supply fault", "Gas escape", "FTTP install", "No water / low pressure", "Reconnection",
            "Smart meter install", "Broadband repair", "Leak on service pipe"]
ACCESS = ["dog in garden, ring first", "key safe code given by phone (not written here)", "side gate, meter in garage",
          "parking permit needed", "customer works nights, call before 11", "hearing impaired - text on arrival"]
MEDICAL = ["home oxygen concentrator", "home dialysis machine", "stairlift + electric bed", "ventilator (CPAP) overnight",
           "insulin kept in fridge", "electric wheelchair charging"]
RELATIONS = [("daughter", "hija", "Tochter", "fille"), ("son", "hijo", "Sohn", "fils"), ("neighbour", "vecina", "Nachbarin", "voisine"),
             ("carer", "cuidadora", "Pflegerin", "aide-soignante"), ("husband", "esposo", "Ehemann", "mari"),
             ("landlord", "casero", "Vermieter", "propriétaire")]


def rel(doc):
    rr = doc.r.choice(RELATIONS)
    return {"es": rr[1], "de": rr[2], "fr": rr[3]}.get(doc.lang, rr[0])


def k_job_sheet(doc, mode, v):
    r, ph = doc.r, doc.ph
    if mode == "sens":
        p = doc.who()
        if v % 3 == 0:
            lines = [f"JOB SHEET {doc.wo()}   {doc.co}", f"Type: {r.choice(JOBTYPES)}   Priority: P{r.randint(1, 4)}",
                     f"{ph['name']}: {p['full']}", f"{ph['addr']}: {doc.addr()}", f"{ph['phone']}: {doc.phone()}",
                     f"Access: {r.choice(ACCESS)}", f"{doc.supply_id()}", f"Work done: {r.choice(TECH_JOB)}",
                     f"Eng #{d_(r, 4)}  sign-off {doc.hhmm()}"]
            return "\n".join(lines), "form"
        if v % 3 == 1:
            d, ds = doc.dob()
            extra = f" hosp letter ref {doc.I('MEDICAL_RECORD', doc.g.mrn(doc.tag))} on file." if r.random() < .6 else ""
            hi = [k for k in L[doc.tag]["ids"] if k in ("nhs", "medicare", "kvnr", "amka")]
            if hi:
                t, val, lab = doc.g.ident(hi[0], doc.tag, p, d)
                extra += f" {lab} {doc.I(t, val)}."
            return (f"arr {doc.hhmm()}, cust {p['full']} let me in. {r.choice(TECH_JOB)} "
                    f"she's on PSR - {r.choice(MEDICAL)}, DOB {ds}.{extra} mob {doc.phone()} if any probs. "
                    f"{ph['addr']} {doc.addr()}. left card. next visit tmrw am"), "engineer_notes"
        return json.dumps({"wo": doc.wo(), "status": "COMPLETED", "customer": {"name": p["full"], "phone": doc.phone(),
                           "email": doc.mail(p)}, "site": {"address": doc.addr(), "supply": doc.supply_id()},
                           "notes": r.choice(TECH_JOB), "photos": [f"IMG_{d_(r, 4)}.jpg"]}, ensure_ascii=False, indent=1), "field_app_json"
    if mode == "inc":
        p = doc.g.person(doc.tag, given_only=True)
        body = " ".join(r.sample(TECH_JOB, 4))
        cue = f"The customer's {rel(doc)} {doc.I('person', p['given'])} met me on site and signed the sheet."
        return f"{doc.wo()} / {r.choice(JOBTYPES)}\n{body}\n{cue}\n{' '.join(r.sample(TECH_JOB, 2))}", "incidental_first_name"
    # benign
    if v % 4 == 0:
        return (f"{doc.wo()} {doc.co} - LV board maintenance at {doc.stem()} secondary substation (no house number, "
                f"public highway). TX serial TR{d_(r, 7)}, 500 kVA 11/0.4 kV. PTW {d_(r, 5)} issued, switching schedule "
                f"SS-{d_(r, 4)}. {r.choice(TECH_JOB)} Control room: {doc.tollfree()}."), "substation"
    if v % 4 == 1:
        return (f"JOB SHEET  [WO NUMBER]\n{ph['name']}: ____________\n{ph['addr']}: ____________\n"
                f"{ph['phone']}: ____________\nAccess notes: [ACCESS]\n{ph['reading']}: ______\n"
                "Work done: [FREE TEXT]\nEngineer ID: [ENG-ID]  Customer signature: ________"), "blank_form"
    if v % 4 == 2:
        fic = r.choice(doc.g.pools["fictional"])
        ph_ex = "07700 900" + d_(r, 3) if doc.tag == "en-GB" else "[PHONE]"
        return (f"TRAINING EXAMPLE (not a real job). Customer: {fic} (mascot), tel {ph_ex}, "
                f"email test.customer@example.com, address: 1 Example Street, Sampletown. "
                f"{r.choice(TECH_JOB)} Trainees: fill in the risk assessment before starting."), "training_example"
    ep = r.choice(doc.g.pools["eponyms"])
    return (f"Safety bulletin {d_(r, 3)}/26 from {doc.co}: remember {ep}'s law/method when checking readings. "
            f"{r.choice(TECH_JOB)} Report near misses to {doc.role_mail('hse')} or the switchboard {doc.tollfree()}."), "safety_bulletin"


def k_outage_notice(doc, mode, v):
    r, ph = doc.r, doc.ph
    if mode == "sens":
        if v % 3 == 0:
            p = doc.who()
            d, ds = doc.dob() if r.random() < .5 else (None, None)
            psr = f" As you are on our Priority Services Register (DOB on file {ds}) we will call you." if ds else ""
            return (f"Dear {p['full']},\n{ph['addr']}: {doc.addr()}\n{ph['acct']}: {doc.acct()}\n"
                    f"Planned interruption on {doc.when()} 09:00-15:00 for cable replacement.{psr}\n"
                    f"{doc.co}"), "letter"
        if v % 3 == 1:
            rows = ["name,phone,address,need,ref"]
            for _ in range(r.randint(2, 4)):
                p = doc.who()
                rows.append(f"{p['full']},{doc.phone()},\"{doc.addr()}\",{r.choice(MEDICAL)},"
                             + (doc.I('MEDICAL_RECORD', doc.g.mrn(doc.tag)) if r.random() < .3 else "-"))
            return "PSR callback list - outage " + doc.wo() + "\n" + "\n".join(rows), "csv"
        p = doc.who()
        return (f"{ph['nopower']}\n{p['full']}, {doc.addr()}\n"
                f"my mum is on {r.choice(MEDICAL)}, pls call {doc.phone()}"), "customer_chat"
    if mode == "inc":
        streets = ", ".join(doc.stem() for _ in range(5))
        return (f"UNPLANNED OUTAGE {doc.wo()} - {doc.town()}\nAffected: {streets}\nCause: HV cable fault, "
                f"feeder F{d_(r, 2)}. Crews on site {doc.hhmm()}. ETR {doc.hhmm()}.\n"
                f"First report came from a customer on {doc.phone()} at {doc.hhmm()}.\nUpdates every 2h."), "incidental_phone"
    if v % 4 == 0:
        streets = ", ".join(doc.stem() for _ in range(r.randint(3, 7)))
        return (f"{doc.co}: {ph['nopower'][:0]}Planned work on {doc.when()} in {doc.town()}. Streets: {streets}. "
                f"Approx. {r.randint(120, 4800)} customers affected. ETR {doc.hhmm()}. Helpline {doc.tollfree()}, "
                f"updates: {doc.role_mail('outages')}. Power cut? In the UK call 105."), "public_notice"
    if v % 4 == 1:
        ceo = doc.public_figure()
        return (f"PRESS RELEASE - {doc.co}\n\"Our crews restored {r.randint(85, 99)}% of the {r.randint(10, 90)},000 "
                f"homes within 24 hours,\" said {ceo}, Chief Executive of {doc.co}. Compensation of "
                f"{L[doc.tag]['cur']}{r.randint(30, 95)} will be paid automatically. Media: {doc.role_mail('press')}"), "press_release"
    if v % 4 == 2:
        return ("Guaranteed standards (excerpt)\nGS2 supply restoration 12h: payment " + L[doc.tag]["cur"] + str(r.randint(50, 95))
                + "\nGS2A multiple interruptions: 4 in a year, each 3h+\nGS3 severe weather: 24h/48h thresholds\n"
                + "Claims within 3 months. No personal data in this table."), "regulation_table"
    rows = [f"{doc.when()} {doc.hhmm()} FDR-{d_(r, 3)} CB{d_(r, 2)} {r.choice(['TRIP', 'CLOSE', 'AR-LOCKOUT', 'EF-ALARM'])} "
            f"{r.randint(80, 640)}A" for _ in range(r.randint(6, 12))]
    return "SCADA events\n" + "\n".join(rows), "scada_log"


def k_billing_dispute(doc, mode, v):
    r, ph = doc.r, doc.ph
    cur = L[doc.tag]["cur"]
    if mode == "sens":
        p = doc.who()
        if v % 3 == 0:
            kind, val = doc.money()
            return (f"Subject: RE: {ph['acct']} {doc.acct()}\n\n{ph['highbill']}. {cur}{r.randint(180, 990)} for a 2 bed flat?? "
                    f"{ph['reading']} {r.randint(10000, 99999)} (photo attached). please refund the overcharge to my {kind} "
                    f"{val}\n\n{p['full']}\n{doc.addr()}"), "customer_email"
        if v % 3 == 1:
            d, ds = doc.dob()
            lab, val = doc.nid(p, d)
            return (f"CASE NOTE {doc.wo()}\nID&V passed: {p['full']}, DOB {ds}, {lab} {val}, {ph['phone']} {doc.phone()}\n"
                    f"Disputes back-billing {cur}{r.randint(200, 1500)} (>12 months). Paid {cur}{r.randint(20, 90)} today "
                    f"by card {doc.I('CREDIT_CARD', doc.g.card())}. Escalated to tier 2."), "agent_case_note"
        return (f"To the Ombudsman\n{ph['name']}: {p['full']}\n{ph['addr']}: {doc.addr()}\n{ph['email']}: {doc.mail(p)}\n"
                f"{ph['phone']}: {doc.phone()}\nComplaint against {doc.co}: {ph['highbill']}. Deadlock letter received "
                f"{doc.when()}."), "ombudsman_form"
    if mode == "inc":
        p = doc.g.person(doc.tag)
        rows = "\n".join(f"{m} | {r.randint(150, 600)} kWh | {cur}{r.randint(40, 200)}.{d_(r, 2)} | {r.choice(['A', 'E', 'C'])}"
                         for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"])
        return (f"From: {doc.mail(p)}\n\nmonth | usage | cost | read type (A=actual E=estimate C=customer)\n{rows}\n"
                f"standing charge {r.randint(30, 60)}p/day, unit rate {r.randint(20, 32)}.{d_(r, 2)}p, VAT 5%\n"
                f"why is march so high??"), "incidental_email"
    if v % 4 == 0:
        return (f"How your bill is calculated ({doc.co}): units = current read - previous read; cost = units x "
                f"{r.randint(20, 35)}.{d_(r, 2)}p + {r.randint(30, 60)}p/day standing charge; VAT 5%. Estimated reads are "
                f"marked E. Questions: {doc.role_mail('billing')} / {doc.tollfree()}."), "tariff_explainer"
    if v % 4 == 1:
        return (f"Dispute summary (anonymised): Customer [A], {ph['acct']} [REDACTED], {ph['addr']} [REDACTED]. "
                f"Back-billed {cur}{r.randint(300, 1900)} after {r.randint(3, 9)} estimated reads; outcome: {r.choice(['upheld', 'partially upheld', 'not upheld'])}."), "anonymised_case"
    if v % 4 == 2:
        return ("Dear {{customer_name}},\nThank you for contacting us about account {{account_number}}. We have reviewed "
                "the readings for {{supply_address}} and ...\n{{agent_first_name}}\n" + doc.co), "template"
    return (f"Ombudsman annual report: {r.randint(20, 90)},{d_(r, 3)} billing complaints; {r.randint(30, 60)}% back-billing; "
            f"median award {cur}{r.randint(50, 250)}. Chair: {doc.public_figure()} (public statement)."), "aggregate_stats"


def k_meter_reading(doc, mode, v):
    r, ph = doc.r, doc.ph
    if mode == "sens":
        p = doc.who()
        if v % 3 == 0:
            return json.dumps({"form": "submit_read", "name": p["full"], "email": doc.mail(p), "address": doc.addr(),
                               "supply": doc.supply_id(), "register_1": r.randint(1000, 99999), "register_2": r.randint(100, 9999),
                               "photo": f"meter_{asciify(p['lf'])}_{d_(r, 4)}.jpg"}, ensure_ascii=False, indent=1), "web_form_json"
        if v % 3 == 1:
            rows = ["flat,tenant,mobile,read,date"]
            rows.append(f"{r.randint(1, 12)},{p['full']},{doc.phone()},{r.randint(1000, 99999)},{doc.when()}")
            for _ in range(r.randint(1, 3)):
                q = doc.who()
                rows.append(f"{r.randint(1, 12)},{q['full']},{doc.phone()},{r.randint(1000, 99999)},{doc.when()}")
            return f"landlord upload - {doc.addr()}\n" + "\n".join(rows), "landlord_csv"
        return (f"{ph['reading']}: {r.randint(1000, 99999)}\n{ph['acct']} {doc.acct()}\n{p['full']}\n{doc.addr()}\n"
                f"{ph['thanks']}"), "sms"
    if mode == "inc":
        rows = "\n".join(f"{doc.when()} {doc.hhmm()},{r.randint(0, 9)}.{d_(r, 3)},{r.choice(['OK', 'OK', 'OK', 'EST', 'GAP'])}"
                         for _ in range(r.randint(14, 24)))
        return (f"half-hourly export {doc.supply_id()}\nts,kWh,flag\n{rows}\nnote: call tenant on {doc.phone()} "
                f"for access if meter read fails again"), "incidental_phone"
    if v % 4 == 0:
        rows = "\n".join(f"{doc.supply_id()},{doc.when()},{r.randint(1000, 99999)},{r.choice(['A', 'E', 'S'])}" for _ in range(r.randint(5, 10)))
        return "supply_id,date,read,type\n" + rows, "ami_csv"
    if v % 4 == 1:
        return (f"Meter test certificate {d_(r, 6)}: model {r.choice(['E470', 'AM550', 'U1600'])}, class B, "
                f"error at 10% Ib {r.choice(['+0.4', '-0.7', '+1.1'])}%, within MID limits. Lab: {doc.co} metering, "
                f"{doc.role_mail('metrology')}."), "test_certificate"
    if v % 4 == 2:
        return (f"How to read your meter: write down the numbers left to right, ignore red digits, e.g. 01234. "
                f"{ph['reading']}: [_____]  {ph['acct']}: [__________]  {ph['name']}: [__________]"), "reading_guide"
    return json.dumps({"obis": {"1.8.0": r.randint(1000, 99999), "2.8.0": r.randint(0, 999), "32.7.0": round(r.uniform(225, 245), 1)},
                       "device": "SM" + d_(r, 8), "fw": f"{r.randint(1, 9)}.{r.randint(0, 20)}", "ts": doc.when()}), "telemetry_json"


def k_callcentre_transcript(doc, mode, v):
    r, ph = doc.r, doc.ph
    if mode == "sens":
        p = doc.who()
        if v % 3 == 0:
            d, ds = doc.dob()
            return (f"[{doc.hhmm()}] AGENT: thanks for calling {doc.co}, can I take your full name?\n"
                    f"CUSTOMER: yeah it's {p['full']}\nAGENT: and date of birth?\nCUSTOMER: {ds}\n"
                    f"AGENT: first line of the address?\nCUSTOMER: {doc.addr()}\nAGENT: best number to reach you?\n"
                    f"CUSTOMER: {doc.phone()}\nCUSTOMER: {ph['highbill']}"), "transcript_idv"
        if v % 3 == 1:
            c = doc.I("CREDIT_CARD", doc.g.card())
            return (f"AGENT: I'll take the payment now, the long number on the card?\nCUSTOMER ({p['full']}): {c}\n"
                    f"AGENT: expiry?\nCUSTOMER: {r.randint(1, 12):02d}/{r.randint(27, 31)}\n"
                    f"[QA flag: card number spoken outside pause-and-resume]"), "transcript_payment"
        d, _ = doc.g.dob(doc.tag)
        lab, val = doc.nid(p, d)
        return (f"Agente/Agent: ...\nCliente: {p['full']}, {lab} {val}\nCliente: {ph['keepnum']}\n"
                f"Agent note: verified, {ph['phone']} {doc.phone()}"), "transcript_localised"
    if mode == "inc":
        p = doc.g.person(doc.tag, given_only=True)
        filler = "\n".join(r.sample([
            "AGENT: the fixed tariff ends in March, the variable one is 24.5p/kWh right now.",
            "CUSTOMER: and the standing charge?", "AGENT: 53.6p a day, it's set by the price cap.",
            "CUSTOMER: ok what about the smart meter, does it still send reads?",
            "AGENT: last read came in yesterday, so yes.", "CUSTOMER: fine, and the direct debit stays the same?",
            "AGENT: it goes up by about 4 pound a month."], 6))
        return (f"CUSTOMER: hi, it's my {rel(doc)} {doc.I('person', p['given'])}'s account, they asked me to ring\n"
                f"AGENT: that's fine if they're with you\n{filler}"), "incidental_relation"
    if v % 4 == 0:
        return (f"SCRIPT v{r.randint(2, 9)}: 'Thank you for calling {doc.co}, my name is [AGENT NAME]. Can I take your full "
                f"name, date of birth (DD/MM/YYYY) and the first line of your address?' -> if ID&V fails, offer callback. "
                f"Never read back card numbers."), "training_script"
    if v % 4 == 1:
        return (f"QA scorecard week {r.randint(1, 52)}: calls {r.randint(800, 9000)}, AHT {r.randint(240, 600)}s, FCR "
                f"{r.randint(60, 85)}%, ID&V compliance {r.randint(90, 99)}%, Erlang-C service level 80/20 met on "
                f"{r.randint(3, 5)}/5 days."), "qa_scorecard"
    if v % 4 == 2:
        return ("AGENT: can I take your name?\nCUSTOMER: [REDACTED]\nAGENT: date of birth?\nCUSTOMER: [REDACTED]\n"
                f"CUSTOMER: {ph['noinet']}\nAGENT: I'll book an engineer, ref {doc.wo()}"), "redacted_transcript"
    return (f"IVR: 'Welcome to {doc.co}. For a power cut press 1 or call 105. If you smell gas, call the emergency line "
            f"0800 111 999. Billing press 2. Our main number is {doc.tollfree()}.'"), "ivr_script"


def k_number_porting(doc, mode, v):
    r, ph = doc.r, doc.ph
    if mode == "sens":
        p = doc.who()
        if v % 3 == 0:
            d, ds = doc.dob()
            lab, val = doc.nid(p, d)
            return (f"PORT-IN REQUEST {doc.wo()}\nMSISDN: {doc.phone()}\n{ph['name']}: {p['full']}\n{ph['dob']}: {ds}\n"
                    f"{lab}: {val}\nDonor: {doc.g.company()}  donor acct {doc.acct()}\nPAC: {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{d_(r, 6)}\n"
                    f"{ph['email']}: {doc.mail(p)}"), "port_form"
        if v % 3 == 1:
            t, val, lab = doc.g.ident(L[doc.tag]["ids"][-1], doc.tag, p, doc.g.dob(doc.tag)[0])
            doc.I(t, val)
            nums = ", ".join(doc.phone(r.choice(["mobile", "fixed"])) for _ in range(r.randint(1, 3)))
            return (f"Business port (sole trader): contact {p['full']}, {lab} {val}, numbers: {nums}. "
                    f"Billing {ph['addr']} {doc.addr()}"), "business_port"
        return (f"{ph['keepnum']} - it's been 5 days and my number {doc.phone()} still isn't working on the new SIM "
                f"(ICCID {doc.iccid()}). {p['full']}"), "complaint"
    if mode == "inc":
        log = "\n".join(f"{doc.when()}T{doc.hhmm()}:00Z port_id={d_(r, 9)} state={r.choice(['SUBMITTED', 'VALIDATED', 'SCHEDULED', 'ACTIVATED', 'REJECTED:1B'])} donor_sp={d_(r, 4)}"
                        for _ in range(r.randint(8, 14)))
        return f"{log}\nstuck one: msisdn {doc.phone()} rejected 1B (account mismatch)", "incidental_phone"
    if v % 4 == 0:
        ex = {"en-GB": "+44 7700 900" + d_(r, 3), "en-US": "+1 202 555 01" + d_(r, 2), "en-AU": "+61 491 570 " + d_(r, 3)}.get(doc.tag, "+00 000 000 000")
        return (f"POST /v2/ports  (docs)\n{{\"msisdn\": \"{ex}\", \"pac\": \"ABC123456\", \"email\": \"jane.doe@example.com\", "
                f"\"callback\": \"https://api.example.com/hooks\"}}\nExample values are reserved fiction/documentation ranges."), "api_docs"
    if v % 4 == 1:
        return (f"Range transfer {doc.co} -> {doc.g.company()}: block {r.randint(100, 999)}-{r.randint(1000, 9999)}XXXX "
                f"(10k numbers), LRN {d_(r, 10)}, cutover {doc.when()} 02:00, NPDB update batch {d_(r, 6)}."), "range_transfer"
    if v % 4 == 2:
        return (f"Porting KPIs {doc.when()[-4:]}: {r.randint(100, 900)},{d_(r, 3)} ports, {r.randint(94, 99)}.{r.randint(0, 9)}% "
                f"within 1 working day, top rejection 'account number mismatch' ({r.randint(20, 40)}%)."), "stats"
    return (f"Regulator notice: PAC and STAC codes are 9 characters (3 letters + 6 digits) and valid 30 days. "
            f"Text PAC to 65075. \"Switching should be quick,\" said {doc.public_figure()}, the regulator's chief executive."), "regulation"


def k_new_connection(doc, mode, v):
    r, ph = doc.r, doc.ph
    if mode == "sens":
        p = doc.who()
        d, ds = doc.dob()
        if v % 3 == 0:
            lab, val = doc.nid(p, d)
            kind, mv = doc.money()
            return (f"APPLICATION - new supply ({doc.co})\n{ph['name']}: {p['full']}\n{ph['dob']}: {ds}\n{lab}: {val}\n"
                    f"{ph['addr']}: {doc.addr()}\nPrevious address: {doc.addr()}\n{ph['phone']}: {doc.phone()}\n"
                    f"{ph['email']}: {doc.mail(p)}\nDirect debit {kind}: {mv}\nMove-in: {doc.when()}"), "application_form"
        if v % 3 == 1:
            lab, val = doc.nid(p, d, 1)
            return json.dumps({"bureau": "creditcheck-v3", "subject": {"name": p["full"], "dob": ds, "id": val,
                               "address": doc.addr()}, "score": r.randint(300, 900), "decision": r.choice(["ACCEPT", "REFER", "DEPOSIT"])},
                              ensure_ascii=False), "credit_bureau_json"
        return (f"hi, moving into {doc.addr()} on {doc.when()}, need electric + fibre set up. old place was "
                f"{doc.addr()}. {p['full']}, born {ds}, mob {doc.phone()}"), "customer_email"
    if mode == "inc":
        p = doc.g.person(doc.tag, given_only=True)
        return (f"Connection quote {doc.wo()}: max demand {r.randint(15, 120)} kVA, 3-phase, service cable "
                f"{r.choice(['35mm² Wavecon', '95mm² CNE', '185mm² Al XLPE'])}, {r.randint(8, 60)} m excavation in footway, "
                f"joint on LV main, meter cabinet at boundary. Budget {L[doc.tag]['cur']}{r.randint(1, 12)},{d_(r, 3)} excl. VAT. "
                f"Site contact: {doc.I('person', p['given'])} (the owner's {rel(doc)}). Diversity factor 0.6, "
                f"voltage drop {r.randint(2, 5)}.{r.randint(0, 9)}% at design load."), "incidental_first_name"
    if v % 4 == 0:
        return (f"{ph['name']}: [ ]\n{ph['dob']}: [DD/MM/YYYY]\n{ph['idl']}: [ ]\n{ph['addr']}: [ ]\n{ph['phone']}: [ ]\n"
                "Signature: ______  (blank application form, v3.2)"), "blank_form"
    if v % 4 == 1:
        cid = ""
        if doc.tag == "pt-BR":
            cid = "CNPJ " + br_cnpj.format(capped(lambda: try_suffix(d_(r, 8) + "0001", br_cnpj.is_valid, n=2), "cnpj"))
        elif doc.tag == "en-AU":
            cid = "ABN " + au_abn.format(capped(lambda: next((c + b for b in [d_(r, 9)] for c in ["%02d" % i for i in range(10, 100)] if au_abn.is_valid(c + b)), None), "abn"))
        return (f"Commercial connection: {doc.co} {cid}, registered office at the company's head office, "
                f"{r.randint(2, 40)} x EV chargers 22 kW, supply 400 kVA. Contact: {doc.role_mail('connections')}"), "business_connection"
    if v % 4 == 2:
        return (f"Connection charges {doc.when()[-4:]}: single-phase up to 15 m {L[doc.tag]['cur']}{r.randint(900, 2500)}; "
                f"3-phase {L[doc.tag]['cur']}{r.randint(2500, 6000)}; water meter 25mm {L[doc.tag]['cur']}{r.randint(300, 900)}; "
                "FTTP standard install free within 100 m of the AG node."), "price_list"
    rows = "\n".join(f"Plot {i},{r.choice(['2-bed', '3-bed', '4-bed'])},{r.choice([7, 11, 15])} kVA,{r.choice(['ASHP', 'gas', 'ASHP+PV'])}"
                     for i in range(1, r.randint(6, 14)))
    return f"Developer load schedule - {doc.stem()} development, {doc.town()}\nplot,type,ADMD,heat\n{rows}", "plot_schedule"


def k_network_fault(doc, mode, v):
    r, ph = doc.r, doc.ph
    if mode == "sens":
        p = doc.who()
        ip = doc.I("IP_ADDRESS", doc.g.ip())
        if v % 3 == 0:
            return (f"FAULT {doc.wo()} - {r.choice(['FTTP', 'VDSL', 'HFC', 'FWA'])}\n{ph['name']}: {p['full']}\n"
                    f"{ph['phone']}: {doc.phone()}\n{ph['addr']}: {doc.addr()}\nWAN IP {ip}, ONT SN {r.choice(['HWTC', 'ALCL', 'ZTEG'])}{d_(r, 8)}\n"
                    f"{ph['noinet']}. PPP drops every ~{r.randint(5, 40)} min since {doc.when()}."), "fault_ticket"
        if v % 3 == 1:
            logs = "\n".join(f"{doc.hhmm()} PPPoE up, IP {ip}, DNS 10.{r.randint(0, 255)}.0.1" if i == 0 else
                             f"{doc.hhmm()} LCP echo timeout, reconnecting" for i in range(r.randint(4, 8)))
            return f"{logs}\n\n-- \n{p['full']}\n{doc.mail(p)}", "router_log"
        return (f"Lawful request {d_(r, 6)}: subscriber behind {ip} at {doc.when()} {doc.hhmm()} UTC = {p['full']}, "
                f"{doc.addr()}. Disclosed under court order only."), "abuse_lookup"
    if mode == "inc":
        ip = doc.I("IP_ADDRESS", doc.g.ip())
        lines = "\n".join(f"port 1/1/{r.randint(1, 16)}: attn {r.randint(10, 30)}.{r.randint(0, 9)} dB, SNR {r.randint(3, 12)} dB, CRC {r.randint(0, 9000)}, FEC {r.randint(0, 99999)}"
                          for _ in range(r.randint(8, 14)))
        return f"Line test {doc.wo()}\n{lines}\ncustomer side public IP seen: {ip}\nverdict: REPAIR", "incidental_ip"
    if v % 4 == 0:
        return (f"INC {doc.wo()} P2: BGP session to AS645{r.randint(10, 99)} flapping, peer 192.0.2.{r.randint(1, 254)}, "
                f"prefix 198.51.100.0/24 withdrawn, CGNAT pool 100.64.{r.randint(0, 127)}.0/22 exhausted on "
                f"bng-{d_(r, 2)}. {r.randint(200, 9000)} subs impacted. Bridge: {doc.role_mail('noc')}"), "noc_incident"
    if v % 4 == 1:
        return (f"Status page {doc.co}: DNS resolvers 8.8.8.8 / 1.1.1.1 as fallback; our resolvers 203.0.113.53 and "
                f"2001:db8::53 (examples in this guide). Support {doc.tollfree()}, {doc.role_mail('support')}"), "status_page"
    if v % 4 == 2:
        return ("interface GigabitEthernet0/0/1\n description UPLINK-TO-OLT\n ip address 10.20.30.1 255.255.255.252\n"
                "ipv6 address 2001:db8:acad::1/64\nrouter bgp 64512\n neighbor 198.51.100.7 remote-as 64513"), "config_snippet"
    return "\n".join(f"exchange {doc.town()[:3].upper()}{r.randint(1, 9)}: faults {r.randint(0, 80)}, MTTR {r.randint(2, 40)}h"
                     for _ in range(r.randint(4, 8))), "fault_stats"


def k_arrears_hardship(doc, mode, v):
    r, ph = doc.r, doc.ph
    cur = L[doc.tag]["cur"]
    if mode == "sens":
        p = doc.who()
        if v % 3 == 0:
            d, ds = doc.dob()
            lab, val = doc.nid(p, d)
            kind, mv = doc.money()
            med = f"\nMedical: {r.choice(MEDICAL)}, hospital no. {doc.I('MEDICAL_RECORD', doc.g.mrn(doc.tag))}" if r.random() < .5 else ""
            return (f"HARDSHIP APPLICATION\n{ph['name']}: {p['full']}\n{ph['dob']}: {ds}\n{lab}: {val}\n{ph['addr']}: {doc.addr()}\n"
                    f"Income: {cur}{r.randint(400, 1900)}/month, dependants {r.randint(0, 4)}\n{kind}: {mv}{med}\n"
                    f"{ph['hardship']}"), "application"
        if v % 3 == 1:
            return (f"FINAL NOTICE\n{p['full']}\n{doc.addr()}\n{ph['acct']} {doc.acct()} - arrears {cur}{r.randint(150, 3000)}.\n"
                    f"Call us on {doc.tollfree()} to agree a plan, or we may fit a prepayment meter under warrant."), "collection_letter"
        return (f"{ph['hardship']}. {p['full']} {doc.phone()}. can pay {cur}{r.randint(10, 60)} a week from card "
                f"{doc.I('CREDIT_CARD', doc.g.card())}"), "customer_chat"
    if mode == "inc":
        d, ds = doc.dob()
        return (f"Policy check for case {doc.wo()}: winter moratorium applies to over-75s and households with a "
                f"medical dependency; prepayment warrant requires a site welfare visit; debt cannot be recovered at more "
                f"than 10% of the top-up. Customer born {ds}, so check the age rule. Arrears {cur}{r.randint(300, 2000)}, "
                f"last payment {doc.when()}."), "incidental_dob"
    if v % 4 == 0:
        return (f"Ability-to-pay policy ({doc.co}): no disconnection Nov-Mar for vulnerable customers; repayment plans "
                f"start at {cur}{r.randint(2, 5)}/week; {r.randint(40, 90)},{d_(r, 3)} customers in arrears, average "
                f"{cur}{r.randint(300, 900)}."), "policy"
    if v % 4 == 1:
        return ("Dear [CUSTOMER NAME],\nYour account [ACCOUNT NUMBER] is [AMOUNT] in arrears. Please call [FREEPHONE] "
                "to talk about a payment plan.\n[SIGNATURE]"), "template"
    if v % 4 == 2:
        return (f"Case study (anonymised): customer X, 70s, lives alone, prepayment, self-disconnecting "
                f"{r.randint(2, 6)} times a month; outcome: emergency credit + fuel voucher + PSR."), "anonymised_case"
    return (f"Partner charity for debt advice: {doc.co} Trust Fund, {doc.role_mail('trustfund')}, freephone "
            f"{doc.tollfree()} (Mon-Fri 9-5). Registered office only, no personal data."), "org_contact"


KINDS = [("job_sheet", k_job_sheet), ("outage_notice", k_outage_notice), ("billing_dispute", k_billing_dispute),
         ("meter_reading", k_meter_reading), ("callcentre_transcript", k_callcentre_transcript),
         ("number_porting", k_number_porting), ("new_connection", k_new_connection),
         ("network_fault", k_network_fault), ("arrears_hardship", k_arrears_hardship)]


# ----------------------------------------------------------------------------------------------- envelopes
INSTR = {
    "en": ["summarise this for the shift handover", "draft a polite reply to the customer", "extract the fields as JSON",
           "classify priority P1-P4 and say why", "tidy up these notes for the CRM", "what should the agent do next?",
           "check this for mistakes", "translate to plain English for the complaint file"],
    "de": ["fass das kurz zusammen", "entwirf eine Antwort an den Kunden", "extrahier die Felder als JSON"],
    "fr": ["résume ça pour la relève", "rédige une réponse au client", "extrais les champs en JSON"],
    "es": ["resume esto para el turno", "redacta una respuesta al cliente", "saca los campos en JSON"],
    "pt": ["resume isso pro próximo turno", "escreve uma resposta pro cliente", "extrai os campos em JSON"],
    "it": ["riassumi per il cambio turno", "scrivi una risposta al cliente", "estrai i campi in JSON"],
    "nl": ["vat dit samen voor de overdracht", "schrijf een antwoord aan de klant"],
    "pl": ["streść to dla zmiany", "napisz odpowiedź do klienta"],
    "sv": ["sammanfatta för överlämningen", "skriv ett svar till kunden"],
    "tr": ["vardiya için özetle", "müşteriye cevap yaz"],
    "ru": ["кратко перескажи для смены", "составь ответ абоненту", "вытащи поля в JSON"],
    "el": ["κάνε περίληψη για τη βάρδια", "γράψε απάντηση στον πελάτη"],
    "he": ["תסכם את זה למשמרת", "תנסח תשובה ללקוח"],
    "ar": ["لخص ده للشيفت", "اكتب رد مهذب للعميل"],
    "hi": ["इसका सारांश बना दो", "ग्राहक को जवाब लिखो"],
    "th": ["สรุปให้หน่อยสำหรับส่งเวร", "ร่างคำตอบถึงลูกค้า"],
    "ja": ["引き継ぎ用に要約して", "お客さまへの返信案を作って"],
    "ko": ["인수인계용으로 요약해줘", "고객 답장 초안 써줘"],
    "zh": ["帮我总结一下交班用", "给客户写个回复"],
    "id": ["ringkas buat serah terima shift", "buatkan balasan ke pelanggan"],
}
SYSTEMS = ["You are an assistant for a utility contact centre. Be concise.",
           "You help field engineers write job notes. Use the company style guide.",
           "You are a NOC copilot for a broadband operator.", "You assist billing and collections agents.",
           "Assistant for a mobile operator's porting desk."]
PLACEMENTS = ["user", "user", "system", "assistant", "tool", "parts", "file", "toolcall", "tools_schema",
              "response_format", "user_field", "user"]
MODELS = ["hybridgate/auto", "hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "claude-sonnet-4", "llama-3.1-8b-instruct"]


def envelope(r, doc_text, lang, placement, issued, kind_name):
    instr = r.choice(INSTR.get(lang, []) + INSTR["en"] if r.random() < .5 else INSTR.get(lang, INSTR["en"]))
    sysmsg = {"role": "system", "content": r.choice(SYSTEMS)}
    body = {"model": r.choice(MODELS)}
    if placement == "completions":
        body["prompt"] = f"{instr}\n\n{doc_text}\n\n###\n"
        body["max_tokens"] = r.choice([256, 400, 800])
        return body
    if placement == "user":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr}\n\n{doc_text}" if r.random() < .6 else f"{doc_text}\n\n{instr}"}]
    elif placement == "system":
        body["messages"] = [{"role": "system", "content": f"{r.choice(SYSTEMS)}\nCase context:\n{doc_text}"},
                            {"role": "user", "content": instr}]
    elif placement == "assistant":
        body["messages"] = [sysmsg, {"role": "user", "content": "here it is, read it first"},
                            {"role": "assistant", "content": f"Received:\n{doc_text}"}, {"role": "user", "content": instr}]
    elif placement == "tool":
        cid = "call_" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(16))
        fn = r.choice(["crm_lookup", "get_ticket", "fetch_job", "get_port_request"])
        body["messages"] = [sysmsg, {"role": "user", "content": f"pull up {kind_name.replace('_', ' ')} {r.randint(1000, 9999)} and {instr}"},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                             "function": {"name": fn, "arguments": json.dumps({"ref": str(r.randint(10000, 99999))})}}]},
                            {"role": "tool", "tool_call_id": cid, "content": doc_text}]
    elif placement == "parts":
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": instr},
                                                                  {"type": "text", "text": doc_text}]}]
    elif placement == "file":
        fname = r.choice(["jobsheet.txt", "export.csv", "case_notes.txt", "transcript.txt", "ticket.json"])
        data = base64.b64encode(doc_text.encode("utf-8")).decode()
        body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": instr},
                            {"type": "file", "file": {"filename": fname, "file_data": f"data:text/plain;base64,{data}"}}]}]
    elif placement == "toolcall":
        cid = "call_" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(16))
        body["messages"] = [sysmsg, {"role": "user", "content": instr},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                             "function": {"name": "update_case", "arguments": json.dumps({"case_text": doc_text, "queue": r.choice(["T1", "T2", "FIELD"])}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": cid, "content": "{\"ok\": true}"},
                            {"role": "user", "content": "now " + instr}]
    elif placement == "tools_schema":
        body["messages"] = [sysmsg, {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": "create_ticket", "description":
                          "Create a ticket. Example of a filled ticket:\n" + doc_text,
                          "parameters": {"type": "object", "properties": {"summary": {"type": "string"},
                                         "priority": {"type": "string", "enum": ["P1", "P2", "P3", "P4"]}}, "required": ["summary"]}}}]
        body["tool_choice"] = "auto"
    elif placement == "response_format":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr}\n\n{doc_text[: len(doc_text) // 2]}"}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case", "schema": {
            "type": "object", "properties": {"summary": {"type": "string"}, "source": {"type": "string",
            "description": "verbatim source document", "examples": [doc_text]}}}}}
    elif placement == "user_field":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{instr}\n\n{doc_text}"}]
        uval = next((v for t, v in issued if t in ("EMAIL_ADDRESS", "PHONE_NUMBER")), None)
        body["user"] = uval if uval else r.choice(["agent-" + str(r.randint(1000, 9999)), "svc-crm-bridge", "noc-shift-b"])
    else:
        raise Bad(placement)
    return body


def haystack(obj, out):
    if isinstance(obj, dict):
        for k in sorted(obj):
            haystack(obj[k], out)
    elif isinstance(obj, list):
        for x in obj:
            haystack(x, out)
    elif isinstance(obj, str):
        out.append(obj)
        out.append(urllib.parse.unquote(obj))
        m = re.match(r"data:[^;,]*;base64,(.*)$", obj, re.S)
        if m:
            out.append(base64.b64decode(m.group(1)).decode("utf-8"))
        s = obj.strip()
        if s[:1] in "{[":
            try:
                haystack(json.loads(s), out)
            except ValueError:
                pass
    return out


def entities_of(body, issued):
    text = "\n".join(haystack(body, []))
    ents, seen = [], set()
    for t, v in issued:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        if v and v in text:
            ents.append({"type": t, "value": v})
    return ents


def build_pii(g):
    r = g.r
    recs = []
    per_kind_sens, per_kind_ben, per_kind_inc = 32, 23, 4
    locs = list(LOCALES)
    li = 0
    pcount = 0
    for ki, (kname, fn) in enumerate(KINDS):
        modes = ["sens"] * (per_kind_sens - per_kind_inc) + ["inc"] * per_kind_inc + ["ben"] * per_kind_ben
        r.shuffle(modes)
        vcount = collections.Counter()
        for mode in modes:
            tag = locs[li % len(locs)]
            li += 1
            if li % len(locs) == 0:
                r.shuffle(locs)
            doc = Doc(g, tag)
            v = vcount[mode]
            vcount[mode] += 1
            text, style = fn(doc, mode, v)
            pcount += 1
            placement = "completions" if pcount % 10 == 3 else PLACEMENTS[(pcount * 5 + ki) % len(PLACEMENTS)]
            body = envelope(r, text, doc.lang, placement, doc.issued, kname)
            ents = entities_of(body, doc.issued)
            sensitive = mode != "ben"
            if sensitive:
                need(ents, f"sensitive without entities {kname} {style} {placement}")
            else:
                need(not doc.issued and not ents, f"benign with issued values {kname} {style}")
            if mode == "inc":
                need(len(ents) == 1, f"incidental with {len(ents)} entities")
            recs.append({"category": kname if sensitive else kname + "_benign", "sensitive": sensitive,
                         "entities": ents, "endpoint": "completions" if placement == "completions" else "chat",
                         "lang": tag, "style": f"{style} · {placement}" + (" · incidental" if mode == "inc" else ""),
                         "body": body})
    r.shuffle(recs)
    out = []
    for i, rec in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-pii-{i:04d}", **rec})
    return out


# ----------------------------------------------------------------------------------------------- complexity
SHORT_SIMPLE = [
    ("en", "what does kWh stand for?"), ("en", "convert {a} Wh to kWh"), ("en", "is an 0800 number free to call from a mobile in the UK? one line"),
    ("en", "fix the typo: 'we apologise for the inconvinience caused by the outage'"), ("en", "give me 3 synonyms for 'outage'"),
    ("en", "round {b}.{c} kWh to the nearest whole number"), ("en", "write a one-line SMS: engineer arriving in {d} minutes"),
    ("en", "what's a PAC code, in one sentence?"), ("en", "water is billed in m3 - how many litres is {d} m3?"),
    ("de", "Was heißt 'Zählerstand' auf Englisch?"), ("de", "Schreib einen kurzen Satz: Der Techniker kommt morgen zwischen 8 und 12 Uhr."),
    ("fr", "c'est quoi un PDL chez Enedis, en une phrase ?"), ("fr", "traduis « coupure programmée » en anglais"),
    ("es", "¿Qué es una lectura estimada? respóndeme corto"), ("es", "pasa {a} W a kW"),
    ("pt", "o que significa 'bandeira vermelha' na conta de luz? curtinho"), ("it", "come si dice 'autolettura' in inglese?"),
    ("nl", "wat is een slimme meter? één zin"), ("pl", "przetłumacz 'odczyt licznika' na angielski"),
    ("sv", "vad betyder 'elavbrott' på engelska?"), ("tr", "'sayaç endeksi' İngilizcede ne demek?"),
    ("ru", "Напиши одно вежливое предложение-напоминание передать показания счётчика"),
    ("el", "τι σημαίνει 'ένδειξη μετρητή' στα αγγλικά;"), ("he", "איך אומרים 'קריאת מונה' באנגלית?"),
    ("ar", "يعني إيه فاتورة تقديرية؟ باختصار"), ("hi", "kWh का पूरा नाम क्या है?"), ("th", "หน่วยไฟฟ้า 1 หน่วย เท่ากับกี่ kWh"),
    ("ja", "MNPって何の略？"), ("ko", "사용량 {b}kWh에 kWh당 {e}원이면 얼마야?"), ("zh", "什么是携号转网？一句话解释"),
    ("id", "apa itu token listrik? singkat aja"), ("en", "{b} + {d} kWh = ?"), ("en", "spell out 'ETR' as used in outage notices"),
    ("en", "make this sound friendlier: 'Your supply will be interrupted.'"), ("es", "dame un saludo corto para empezar una llamada de soporte"),
]
SHORT_HARD = [
    ("en", "A contact centre receives {calls} calls/hour, AHT {aht}s, target {sl}% answered within 20s. Using Erlang C, find the minimum number of agents and show the probability of waiting and the achieved service level for that staffing."),
    ("en", "Tariff A: standing {s1}p/day, {u1}p/kWh; Tariff B: standing {s2}p/day, {u2}p/kWh, prices change mid-year by +{pc}% on units only, VAT 5%. Derive the break-even annual consumption as a function of the change date and discuss when switching is optimal."),
    ("en", "Design an idempotent state machine for mobile number porting between two operators that tolerates duplicate submissions, donor rejections, partial NPDB propagation and clock skew. State the invariants and argue why a number can never be active on two networks."),
    ("en", "PostgreSQL: write a query using window functions that computes consumption from 5-digit meter registers with rollovers, mixed actual/estimated reads and missing months, pro-rating consumption across tariff change dates. Explain edge cases."),
    ("en", "Ductile iron main DN{dn}, length {len} m, flow {v} m/s, wave speed {a} m/s, valve closure {tc} s. Is it rapid closure? Compute the Joukowsky surge and the max closure time to keep surge below 3 bar; state assumptions."),
    ("en", "Formulate a MILP for home battery dispatch under a half-hourly time-of-use tariff with export limits, round-trip efficiency {eff}% and a cycle-degradation cost; prove the LP relaxation is tight when export price <= import price."),
    ("en", "Explain precisely why CGNAT breaks inbound port forwarding and peer-to-peer gaming, then compare DS-Lite, MAP-T and 464XLAT for a {subs}k-subscriber ISP migrating to IPv6, including logging obligations and a rollback plan."),
    ("en", "Compute the voltage drop at the end of a {len} m 185mm2 Al LV feeder (R=0.164 ohm/km, X=0.074 ohm/km) with 3 equal distributed loads of {kva} kVA at pf 0.95, and say whether it meets +10/-6% on 230V."),
    ("en", "Prove or disprove: in a fibre ring with n nodes and two disjoint paths per node pair, any single cut leaves all nodes connected, but two cuts can isolate up to n-2 nodes. Give the worst case and a design that bounds it."),
    ("en", "Design a leak-detection estimator for a water DMA from minimum night flow: state-space model, Kalman filter equations, how to separate legitimate night use, and how to detect a new burst of {lps} l/s within 3 nights."),
    ("de", "Leite die optimale Blindleistungskompensation für einen Verbraucher mit {kw} kW bei cos φ 0,78 auf 0,95 her, berücksichtige Oberschwingungen (5. und 7.) und erkläre das Resonanzrisiko mit dem Trafo ({kva} kVA, uk 6%)."),
    ("es", "Diseña un algoritmo para asignar órdenes de trabajo a {n} técnicos con ventanas horarias, habilidades y tráfico variable; demuestra que el problema es NP-difícil y propone una heurística con garantía."),
    ("fr", "Démontre comment le lissage des acomptes mensuels d'une facture d'énergie peut créer un solde négatif malgré une consommation stable quand le tarif change deux fois dans l'année; donne la formule générale."),
    ("ja", "回線数{subs}千のISPで、夜間ピークのトラフィック増加率が年{pc}%のとき、アップリンク増設のタイミングを待ち行列理論で決める方法を導出して。"),
    ("zh", "推导一个呼叫中心在话务量每小时{calls}通、平均处理时长{aht}秒、20秒接通率{sl}%目标下的最少坐席数，并分析缩减10%坐席后的服务水平。"),
    ("ru", "Докажи, что при двухставочном тарифе и сезонном профиле нагрузки оптимальная заявленная мощность находится как квантиль распределения пиков; выведи формулу и оцени ошибку при {n} месяцах данных."),
    ("pt", "Modele a perda não técnica (furto de energia) num alimentador com {n} transformadores usando balanço de energia e medições parciais; proponha um teste estatístico e discuta falsos positivos."),
    ("ko", "번호이동 DB가 세 통신사 사이에서 최종 일관성만 보장할 때 이중 개통을 막는 프로토콜을 설계하고 안전성을 증명해줘."),
    ("it", "Dimostra perché l'algoritmo di stima dei consumi basato sulla media degli ultimi 12 mesi sovrastima sistematicamente dopo un cambio di occupanti e proponi uno stimatore migliore con errore atteso."),
    ("ar", "صمم خوارزمية لجدولة قطع الكهرباء المخطط (تخفيف الأحمال) على {n} مغذيات بعدالة بين الأحياء وأثبت أنها تقلل أقصى انقطاع متواصل."),
]
LONG_EASY_TASKS = {
    "en": ["Turn this into a markdown table, don't change any values.", "How many rows have the flag EST? Just the number.",
           "Fix spelling only, keep everything else the same.", "Make this into a bulleted list.", "Translate this notice into Spanish."],
    "de": ["Mach daraus eine Tabelle, Werte nicht ändern.", "Korrigiere nur die Rechtschreibung."],
    "es": ["Conviértelo en una tabla, sin cambiar valores.", "Haz una lista con viñetas."],
    "fr": ["Mets ça sous forme de liste à puces.", "Corrige uniquement l'orthographe."],
    "pt": ["Transforma em tabela sem mudar os valores."], "ja": ["表にまとめて。値は変えないで。"], "zh": ["整理成表格，数值不要改。"],
    "ru": ["Сделай из этого таблицу, значения не меняй."], "tr": ["Bunu tabloya çevir, değerleri değiştirme."],
    "id": ["Jadikan tabel, jangan ubah angkanya."], "pl": ["Zrób z tego listę punktowaną."],
}
LONG_HARD_TASKS = [
    ("en", "Using the reads, tariff changes and payments below, recompute the correct balance period by period (pro-rate standing charges and unit rates across change dates, replace estimates by interpolated actuals, apply the VAT change), find every error on the supplier's statement, and draft a dispute letter with the corrected figures."),
    ("en", "From the protection and SCADA log below, reconstruct the fault sequence, identify which relay mis-operated and why the upstream breaker tripped before the downstream one (grading margins), and propose new settings with a coordination check."),
    ("en", "The interconnect/porting agreement clauses below contradict each other. Map every conflict, decide which clause prevails under the precedence clause, quantify the financial exposure for the SLA breaches listed, and propose amendment wording."),
    ("en", "Using the half-hourly call volumes below (AHT {aht}s, target 80/20, shrinkage 30%), compute the Erlang-C requirement for each interval, then build a shift plan of 8h and 4h shifts that minimises paid hours while meeting the requirement; show the optimisation."),
    ("en", "The router/BGP/syslog excerpts below cover an intermittent packet-loss incident. Determine the root cause, explain how each symptom follows from it, rule out the alternative hypotheses explicitly, and write the remediation plan with risk and rollback."),
    ("de", "Berechne anhand der Zählerstände, Preisänderungen und Abschläge unten die korrekte Jahresabrechnung (zeitanteilig, Schätzwerte ersetzen, MwSt-Änderung), finde alle Fehler und begründe den Widerspruch."),
    ("es", "Con el registro de protecciones de abajo reconstruye la secuencia de la falta, identifica el relé que actuó mal y propone nuevos ajustes con margen de coordinación."),
    ("fr", "À partir des relevés, changements de tarif et paiements ci-dessous, recalcule le solde exact période par période, identifie les erreurs de la facture et rédige la contestation chiffrée."),
    ("ja", "以下の通話量データ（AHT {aht}秒、80/20目標）から各時間帯のアーラン C 必要人数を計算し、総勤務時間を最小化するシフト案を最適化して示して。"),
    ("zh", "根据下面的路由器和BGP日志，判断间歇性丢包的根因，逐条解释各现象，排除其他假设，并给出整改和回退方案。"),
    ("pt", "Com as leituras, mudanças de bandeira tarifária e pagamentos abaixo, recalcule o saldo correto período a período, encontre os erros da fatura e redija a contestação."),
    ("ru", "По журналу релейной защиты ниже восстанови последовательность аварии, найди неселективно сработавшую защиту и предложи новые уставки с проверкой селективности."),
]


def cx_data(r, kind, n):
    if kind == "reads":
        rows = ["date,read,type,tariff_p_kwh,standing_p_day,payment"]
        read = r.randint(10000, 40000)
        d = dt.date(2025, 1, 3)
        for i in range(n):
            d += dt.timedelta(days=r.randint(25, 35))
            read += r.randint(180, 520)
            rows.append(f"{d.isoformat()},{read % 100000:05d},{r.choice(['A', 'A', 'E', 'C'])},{r.choice(['24.50', '24.50', '22.36', '27.03'])},"
                        f"{r.choice(['53.35', '60.10', '45.93'])},{r.choice(['', '85.00', '85.00', '120.00'])}")
        rows.append("VAT 5% until 2025-09-30, 0% from 2025-10-01 to 2025-12-31 (temporary relief), then 5%")
        return "\n".join(rows)
    if kind == "scada":
        rows = []
        t = dt.datetime(2026, 2, 11, 14, 2, 0)
        for i in range(n):
            t += dt.timedelta(milliseconds=r.randint(20, 900))
            rows.append(f"{t.strftime('%H:%M:%S.%f')[:-3]} {r.choice(['F12', 'F14', 'IC2', 'BC', 'TX1'])} "
                        f"{r.choice(['50/51 pickup', '51N pickup', 'trip', 'CB open', 'AR attempt 1', 'AR lockout', 'I>> start', 'Io> start'])} "
                        f"Ia={r.randint(200, 9000)}A Io={r.randint(0, 1500)}A")
        rows.append("Settings: F12 51 TMS 0.15 IDMT SI 400A; IC2 51 TMS 0.10 SI 800A; CT 800/1; grading margin required 0.3s")
        return "\n".join(rows)
    if kind == "clauses":
        cl = ["Port requests shall be completed within one (1) working day of validation.",
              "The Donor Operator may reject a request where the account number does not match, within 4 hours.",
              "Notwithstanding clause {x}, bulk ports above 50 numbers are completed within five (5) working days.",
              "Service credits of EUR 10 per number per day apply to late completion, capped at EUR 50,000 per month.",
              "In case of conflict, the Annex prevails over the main body, save for liability provisions.",
              "Termination rates are reviewed annually; no retroactive adjustment applies.",
              "The Recipient may re-submit a rejected request once; a second rejection is final.",
              "Annex B: port completion SLA is 2 working days for all requests submitted after 17:00."]
        return "\n".join(f"{i // 3 + 1}.{i % 3 + 1} " + r.choice(cl).replace("{x}", str(r.randint(1, 9))) for i in range(n))
    if kind == "calls":
        return "\n".join(f"{dt.time(7 + i // 2, 30 * (i % 2)).strftime('%H:%M')},{r.randint(40, 620)}" for i in range(min(n, 30)))
    rows = []
    for i in range(n):
        rows.append(f"{'%02d:%02d:%02d' % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))} bng-{r.randint(1, 4)} "
                    f"{r.choice(['%BGP-5-ADJCHANGE neighbor 192.0.2.1 Down Hold timer expired', '%LINK-3-UPDOWN Te0/1/0 down', 'LACP member flap ae3', 'CPU 97% ipv4 input', 'MTU mismatch on pw-120', 'CRC errors +4125 Te0/1/0', 'BFD session down 198.51.100.9'])}")
    return "\n".join(rows)


def long_easy_text(r):
    kind = r.choice(["csv", "notice", "transcript", "faq"])
    if kind == "csv":
        rows = ["meter,date,read,flag"] + [f"SM{r.randint(10000000, 99999999)},2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d},{r.randint(1000, 99999)},{r.choice(['OK', 'OK', 'EST'])}" for _ in range(r.randint(45, 70))]
        return "\n".join(rows)
    if kind == "notice":
        parts = ["Planned maintenance will take place on the low-voltage network in your area.",
                 "Please switch off sensitive equipment before the work starts.", "Street lighting may also be affected.",
                 "If you rely on electrical medical equipment, make sure you have a backup plan.",
                 "We expect to restore supply by 16:00 at the latest.", "Freezers stay cold for about 12 hours if kept closed.",
                 "Traffic management will be in place on the main road between 08:00 and 18:00.",
                 "Thank you for your patience while we upgrade the network."]
        return "\n".join(r.choice(parts) for _ in range(r.randint(20, 30)))
    if kind == "transcript":
        lines = ["AGENT: thank you for calling, how can i help", "CUSTOMER: my internet is realy slow in the evenings",
                 "AGENT: have you tried restarting the router", "CUSTOMER: yes twice, it didnt help",
                 "AGENT: i can see some errors on the line, i'll run a test", "CUSTOMER: ok thanks", "AGENT: the test passed now",
                 "CUSTOMER: it always passes when you test it", "AGENT: i'll book an engineer for thursday"]
        return "\n".join(r.choice(lines) for _ in range(r.randint(28, 40)))
    qa = ["Q: How do I submit a meter reading? A: Online, in the app, or by text.",
          "Q: What happens if I don't submit one? A: We estimate your usage.",
          "Q: Who do I call in a gas emergency? A: The national emergency number, 24/7.",
          "Q: Can I change my payment date? A: Yes, in your account settings.",
          "Q: Do you offer a social tariff? A: Yes, if you receive certain benefits.",
          "Q: How long does a switch take? A: Usually five working days."]
    return "\n\n".join(r.choice(qa) for _ in range(r.randint(18, 26)))


def fill(r, s):
    vals = dict(a=r.randint(1200, 98000), b=r.randint(10, 900), c=r.randint(0, 9), d=r.randint(5, 90), e=r.choice([120, 150, 180]),
                calls=r.randint(150, 900), aht=r.randint(180, 600), sl=r.choice([80, 85, 90]), s1=r.randint(40, 55),
                u1=r.randint(22, 30), s2=r.randint(55, 70), u2=r.randint(18, 23), pc=r.randint(5, 25), dn=r.choice([150, 200, 300, 400]),
                len=r.randint(200, 2400), v=round(r.uniform(0.5, 1.6), 1), tc=round(r.uniform(0.2, 3.0), 1), eff=r.randint(82, 93),
                subs=r.randint(50, 900), kva=r.randint(10, 630), lps=round(r.uniform(0.5, 3), 1), kw=r.randint(80, 900), n=r.randint(6, 40))
    return s.format(**vals)


def build_complexity(r):
    plan = ["short_simple"] * 47 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 47
    r.shuffle(plan)
    out = []
    for i, cat in enumerate(plan, 1):
        sys_msg = None
        if cat == "short_simple":
            lang, t = SHORT_SIMPLE[(i * 7) % len(SHORT_SIMPLE)]
            text, style = fill(r, t), "short_question"
        elif cat == "short_hard":
            lang, t = SHORT_HARD[(i * 5) % len(SHORT_HARD)]
            text, style = fill(r, t), "short_technical_derivation"
        elif cat == "long_easy":
            lang = sorted(LONG_EASY_TASKS)[(i * 3) % len(LONG_EASY_TASKS)]
            task = r.choice(LONG_EASY_TASKS[lang])
            data = long_easy_text(r)
            while len(data) < 1600:
                data += "\n" + long_easy_text(r)
            text = f"{task}\n\n{data}" if r.random() < .6 else f"{data}\n\n{task}"
            style = "long_paste_easy_task"
        else:
            lang, t = LONG_HARD_TASKS[(i * 5) % len(LONG_HARD_TASKS)]
            task = fill(r, t)
            kind = ("reads" if any(w in task for w in ["tariff", "Preis", "tarif", "bandeira", "reads"]) else
                    "scada" if any(w in task for w in ["relay", "protec", "relé", "защит", "SCADA"]) else
                    "clauses" if "clause" in task else "calls" if ("call volumes" in task or "通話量" in task) else "syslog")
            data = cx_data(r, kind, r.randint(18, 40))
            text = f"{task}\n\n{data}"
            while len(text) < 1500:
                text += "\n" + cx_data(r, kind, 10)
            style = f"long_analysis_{kind}"
            sys_msg = "You are a senior analyst at a utility. Show your working."
        if cat == "long_easy":
            need(len(text) >= 1500, "long_easy length")
        msgs = ([{"role": "system", "content": sys_msg}] if sys_msg else []) + [{"role": "user", "content": text}]
        label = 1 if cat in ("short_hard", "long_hard") else 0
        out.append({"id": f"{SPLIT}-cx-{i:04d}", "category": cat, "label": label,
                    "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": "chat", "lang": lang,
                    "style": style, "body": {"model": "hybridgate/auto", "messages": msgs}})
    return out


# ----------------------------------------------------------------------------------------------- main
def summary_pii(recs):
    sens = sum(r["sensitive"] for r in recs)
    comp = sum(r["endpoint"] == "completions" for r in recs)
    inc = sum("incidental" in r["style"] for r in recs)
    cats = collections.Counter(r["category"] for r in recs)
    types = collections.Counter(e["type"] for r in recs for e in r["entities"])
    return (f"{len(recs)} requests ({len(recs) - comp} chat, {comp} completions) in {len(set(r['lang'] for r in recs))} locales; "
            f"{sens} sensitive / {len(recs) - sens} benign; {inc} sensitive records carry a single incidental item; "
            f"9 kinds x 55 (32 sensitive incl. 4 incidental + 23 benign); entity types: "
            + ", ".join(f"{k} {v}" for k, v in sorted(types.items())), cats)


def summary_cx(recs):
    c = collections.Counter(r["category"] for r in recs)
    la = sum(r["length_adversarial"] for r in recs)
    lab = sum(r["label"] for r in recs)
    return (f"{len(recs)} chat requests in {len(set(r['lang'] for r in recs))} language tags: "
            + ", ".join(f"{k} {c[k]}" for k in ["short_simple", "long_easy", "short_hard", "long_hard"])
            + f"; {la} length-adversarial; {lab} labelled 1")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260417)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    g = Gen(a.seed)
    pii = build_pii(g)
    cx = build_complexity(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    s, cats = summary_pii(pii)
    print("pii:", s)
    print("pii categories:", dict(sorted(cats.items())))
    print("complexity:", summary_cx(cx))
    print("freeze: frozen words", len(FROZEN), "; dropped pool entries",
          sum(v for k, v in FREEZE_STATS.items() if k != "streettype_fallback_locales"),
          "; by pool kind", dict(sorted(collections.Counter({k.split(":")[0]: 0 for k in FREEZE_STATS}).items())) and
          {k: sum(v for kk, v in FREEZE_STATS.items() if kk.split(':')[0] == k) for k in sorted({kk.split(':')[0] for kk in FREEZE_STATS})})


if __name__ == "__main__":
    try:
        main()
    except Bad as e:
        sys.exit(f"ABORT: {e}")
