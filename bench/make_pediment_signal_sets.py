#!/usr/bin/env python3
"""Pediment: a blind evaluation split for the request signals, organised around MANUFACTURING, WAREHOUSES AND
WORKPLACE SAFETY.

Writes bench/data/signals/pii_pediment.jsonl and bench/data/signals/complexity_pediment.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body).

How it was written
    Blind. Its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. No detector code,
    tests, evaluator, results, policies, docs, other generators or commit messages were read. The other
    generators' sources are only scanned automatically at run time (capitalised words, non-ASCII words and
    non-ASCII bigrams; this file skips itself) and every pool entry -- given names, family names, street-name
    stems, town names, company stems, and also the lists of public figures, eponyms and fictional characters --
    that shares a word with that set is dropped. Private names, streets, towns and companies are composed from
    invented, locale-typical parts (capped retries, re-checked). Template words (street types such as "ul.",
    legal forms such as "GmbH") are structure, not pool entries, and are not frozen.

Organising principle and the line drawn
    The world of plants, warehouses and their safety paperwork. Nine kinds, each a category:
    shift_handover, incident_report (accidents and near misses), occ_health_referral, equipment_licence
    (forklift / MEWP / crane tickets), agency_timesheet, union_grievance, supplier_complaint, product_recall,
    ppe_issue_trace (respirator fit tests, PPE issue logs, equipment serials and batch codes).
    Sensitive (category ``<kind>``): anything about an identifiable private worker, consumer, agency temp or
    rep -- name with role, personal phone / e-mail, home address, birth date, national / tax / health numbers,
    bank details, a home IP address of a worker logging in, hospital record numbers. About 12% of sensitive
    records carry one incidental item only (a first name with a relation or role cue, one phone number in a
    long log, one birth date).
    Benign (category ``<kind>_benign``), hard negatives of the same world: industry figures and regulators'
    officials in their public role; machines, tests and methods named after people (hardness scales, charts,
    turbines...); fictional characters; the company's OWN contact data (role mailboxes, switchboards,
    registered offices, recall hotlines); blank forms and placeholders; documentation / test values (test card
    4111..., documentation IBANs, RFC 5737 addresses, 555-01xx numbers); and reference numbers that only look
    like identifiers -- equipment serial numbers, batch / lot codes, GTINs, SSCCs, work orders, NCR / 8D /
    RIDDOR / recall references, licence CATEGORY codes (never a holder's certificate number). The line: a
    serial number, batch code or badge-reader terminal id is not personal data, even when it passes a Luhn check
    or looks like a phone number; aggregated or already-anonymised regulator and company statistics ("Worker A",
    "IP1", counts by site) are not personal data; a badge / clock number next to a name is (it is then inside a
    sensitive record anyway).

Labels
    ``entities``: a list of dicts {"type", "value"} for every value the record issued that is actually found in
    the serialised body (all string leaves, base64 file parts decoded, URLs unquoted). ``sensitive`` is true iff
    ``entities`` is non-empty (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS,
    DATE_OF_BIRTH, NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US SSN only),
    US_BANK_NUMBER (value = account number; the routing number sits next to it), MEDICAL_RECORD.
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars), short_hard (1), long_hard (1);
    length_adversarial = short_hard or long_easy.

Contents (seed 20261219; the run prints these counts)
    pii_pediment.jsonl: 495 records (9 kinds x 55: 32 sensitive + 23 benign each = 288 sensitive / 207 benign),
    54 on the completions endpoint, 36 sensitive ones carrying a single incidental item, in 23 locales (Latin,
    Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana and Hangul scripts). Entities: person 425,
    PHONE_NUMBER 142, DATE_OF_BIRTH 104, STREET_ADDRESS 81, EMAIL_ADDRESS 77, NATIONAL_ID 40, MEDICAL_RECORD 28,
    IBAN_CODE 23, TAX_ID 23, CREDIT_CARD 20, IP_ADDRESS 15, HEALTH_INSURANCE 10, US_BANK_NUMBER 5, ssn 4.
    The freeze (105,583 words) kept 8 of 27 public figures, 12 of 29 eponyms and 3 of 8 fictional characters;
    the invented private-name pools were refilled to size. complexity_pediment.jsonl: 190 records (short_simple 47, long_easy 48,
    short_hard 48, long_hard 47; 96 length-adversarial, 95 labelled 1) in about 14 language tags.
    ``--seed`` changes every draw (people, numbers, templates, placements) but not the distributions/counts.

Validation
    Every identifier is validated before use: python-stdnum for SSN, ABA routing, NHS, UTR, Steuer-ID, PESEL,
    NIP, CURP, RFC, CPF, NIR, codice fiscale, BSN, TC Kimlik, CNP, rodne cislo, INN, RNTRC, Aadhaar, PAN, RIC,
    RRN, My Number, AMKA, AFM, Teudat Zehut, Thai PIN, MST and IBAN; Luhn for cards, Emirates ID, IMSS NSS,
    insurer member numbers and MRNs; a format rule for UK NINO; ``phonenumbers`` (valid for its region) for
    every phone number, including company switchboards; ``ipaddress`` (global) for IPs. The run aborts on an
    invalid value; every retry loop is capped.

Command (deterministic for a given seed)
    python bench/make_pediment_signal_sets.py [--seed N] [--out bench/data/signals]
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
import re
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc as czrc
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka, vat as grvat
from stdnum.il import idnr as ilidnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jpin
from stdnum.kr import rrn
from stdnum.mx import curp, rfc
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.th import pin as thpin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn as usssn
from stdnum.vn import mst
import random

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "pediment"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment").split()
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


FROZEN: set = set()
POOL_STATS: dict = {}


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    if any(t in FROZEN for t in toks):
        return True
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in FROZEN:
            return True
    return False


def build_pool(name, gen, n, cap=4000, minimum=6):
    out, seen, tried, dropped = [], set(), 0, 0
    while len(out) < n and tried < cap:
        tried += 1
        e = gen()
        if e in seen:
            continue
        seen.add(e)
        if is_frozen(e):
            dropped += 1
            continue
        out.append(e)
    POOL_STATS[name] = (len(out), dropped)
    if len(out) < minimum:
        raise SystemExit(f"pool {name} too small after freeze: {len(out)}")
    return out


def filter_list(name, items, minimum=0):
    out = [x for x in items if not is_frozen(x if isinstance(x, str) else x[0])]
    POOL_STATS[name] = (len(out), len(items) - len(out))
    if len(out) < minimum:
        raise SystemExit(f"list {name} too small after freeze: {len(out)}")
    return out


class Invalid(Exception):
    pass


def need(ok, what):
    if not ok:
        raise SystemExit(f"invalid generated value: {what}")


# ----------------------------------------------------------------------------------------------- locales
# given: (prefixes, suffixes); family: (stems, endings); street: (stems, endings); town: (stems, endings)
LOC = {
    "en-US": dict(region="US", given=(["Bray", "Cal", "Del", "Jor", "Kes", "Mar", "Tay", "Wyn", "Lor", "Quin"], ["den", "lyn", "ton", "ric", "sey", "wick", "ella", "ette"]),
                  family=(["Hollis", "Pruett", "Kendry", "Vaugh", "Tolli", "Marsh", "Brack", "Lund"], ["worth", "ham", "ley", "berg", "field", "er", "son"]),
                  street=(["Cotter", "Alder", "Rusk", "Pember", "Quill", "Seddon"], ["ville", "wood", "bank", "ridge"]), stype=["St", "Ave", "Rd", "Dr"],
                  town=(["Brenn", "Calde", "Ostr", "Palla", "Winter"], ["ford", "burg", "ton", "dale"]), mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
                  datefmt="%m/%d/%Y"),
    "en-GB": dict(region="GB", given=(["Al", "Bry", "Ced", "Eil", "Gwen", "Ros", "Tam", "Lew", "Mai", "Niam"], ["sie", "dric", "ys", "ora", "wyn", "ina", "ton"]),
                  family=(["Ashcr", "Pilb", "Thwa", "Oldr", "Wharr", "Kettl", "Bramb"], ["oft", "eam", "ites", "oyd", "ington", "ewell", "ridge"]),
                  street=(["Fenwold", "Cragg", "Sallow", "Pennock", "Tilsey"], ["field", "croft", "gate", "mead"]), stype=["Road", "Lane", "Close", "Terrace"],
                  town=(["Ashb", "Cold", "Marr", "Stav", "Thorn"], ["eck", "ingham", "ley", "wick"]), mail=["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"],
                  datefmt="%d/%m/%Y"),
    "de-DE": dict(region="DE", given=(["Wen", "Hel", "Rai", "Ul", "Tor", "Mal", "Jo", "Frie", "Git", "Ans"], ["mar", "trud", "bert", "rike", "wig", "helm", "ke", "nas"]),
                  family=(["Kelm", "Vorn", "Brei", "Rausch", "Stein", "Ober", "Lind", "Hock"], ["holt", "bacher", "maier", "ecker", "wald", "huber", "seder"]),
                  street=(["Kelmbach", "Ulmen", "Schlehen", "Binsen", "Ginster", "Wacholder"], ["weg", "straße", "ring", "gasse"]), stype=[""],
                  town=(["Ober", "Nieder", "Alt", "Kalten", "Rotten"], ["kirchen", "feld", "hausen", "stedt", "dorf"]), mail=["web.de", "gmx.de", "t-online.de", "gmail.com"],
                  datefmt="%d.%m.%Y"),
    "pl-PL": dict(region="PL", given=(["Bo", "Mir", "Zby", "Gra", "Wie", "Ja", "Lu", "Sta"], ["sława", "dosz", "gniew", "żyna", "sław", "mira", "nisław"]),
                  family=(["Wrzos", "Kmie", "Pszcz", "Dąbr", "Gołęb", "Kroś", "Zaj"], ["ecki", "owski", "yński", "czak", "iewicz", "owska"]),
                  street=(["Jarzębin", "Tatarak", "Kaczeń", "Łubin", "Wierzbin"], ["owa", "owa", "na"]), stype=["ul."],
                  town=(["Brzeź", "Kroś", "Wólk", "Miedź", "Sław"], ["nica", "nowo", "ów", "sko"]), mail=["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
                  datefmt="%d.%m.%Y"),
    "es-MX": dict(region="MX", given=(["Ara", "Bel", "Cris", "Ema", "Fer", "Lu", "Ri", "Ya"], ["celi", "mundo", "zmín", "rela", "dina", "ndro", "zeth"]),
                  family=(["Zapo", "Olve", "Quin", "Ibar", "Tala", "Arre", "Cerv"], ["tlán", "rrieta", "tanar", "guren", "vera", "dondo", "ales"]),
                  street=(["Huiza", "Tepo", "Ocoti", "Xalo", "Mezqui", "Tlaco", "Acol"], ["che", "tla", "llo", "tal", "pan", "huac"]), stype=["Calle", "Av.", "Privada"],
                  town=(["Tlal", "Zapo", "Ixta", "Teco", "Chima"], ["pan", "tepec", "huacán", "malco"]), mail=["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"],
                  datefmt="%d/%m/%Y"),
    "pt-BR": dict(region="BR", given=(["Jo", "Ro", "Cleb", "Dja", "Ivo", "Lu", "Ta", "Ge"], ["sué", "nilda", "erson", "ciane", "nete", "valdo", "ísia"]),
                  family=(["Bitten", "Carva", "Andra", "Tavo", "Mace", "Quei", "Frag"], ["court", "lhal", "deira", "rinha", "doso", "roz", "oso"]),
                  street=(["Jacu", "Itaú", "Pira", "Ibi", "Jabu", "Guaru", "Mara"], ["tiba", "rana", "caba", "porã", "tinga"]), stype=["Rua", "Av.", "Travessa"],
                  town=(["Ita", "Pira", "Jabo", "Cara", "Ibi"], ["quera", "tinga", "ticabal", "poranga"]), mail=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
                  datefmt="%d/%m/%Y"),
    "fr-FR": dict(region="FR", given=(["Ma", "Lu", "Gé", "Jo", "Cla", "Ber", "Ly", "Odi"], ["rielle", "dovic", "raud", "sselin", "rence", "nadette", "lane"]),
                  family=(["Caillo", "Delau", "Ferran", "Bouche", "Lemoi", "Perri", "Vauqu"], ["tte", "nay", "dière", "rot", "gne", "er", "elin"]),
                  street=None, stype=["rue", "allée", "impasse"],
                  town=(["Saint-Aub", "Ville", "Mont", "Beau", "Char"], ["in", "neuve", "ferrand", "mesnil", "lieu"]), mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"],
                  datefmt="%d/%m/%Y"),
    "it-IT": dict(region="IT", given=(["Gio", "Ste", "Ros", "Lo", "Fra", "Ila", "Ne", "Ore"], ["vanna", "fania", "alba", "renzo", "nco", "ria", "sto"]),
                  family=(["Bernar", "Castel", "Pizzo", "Ferra", "Zanet", "Morand", "Calde"], ["dini", "lucci", "ferro", "rotti", "tin", "ello", "rone"]),
                  street=None, stype=["via", "viale", "vicolo"],
                  town=(["Borgo", "Castel", "Monte", "Villa", "Pieve"], ["franco", "nuovo", "rosso", "santo"]), mail=["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
                  datefmt="%d/%m/%Y"),
    "nl-NL": dict(region="NL", given=(["Ger", "Wil", "Jo", "Maar", "Hen", "Fem", "Ri", "Sjo"], ["rit", "lemijn", "ke", "tje", "drik", "ke", "nus"]),
                  family=(["Kolk", "Weerd", "Haar", "Veld", "Brink", "Hoev", "Wessel", "Tjal"], ["ema", "ink", "huis", "stra", "man", "ing", "ersma"]),
                  street=(["Lijsterbes", "Meidoorn", "Vlier", "Hazelaar", "Sleedoorn"], ["laan", "straat", "hof", "weg"]), stype=[""],
                  town=(["Oost", "Zuid", "Neder", "Hoog", "Groot"], ["wolde", "veen", "horst", "dijk", "broek"]), mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
                  datefmt="%d-%m-%Y"),
    "tr-TR": dict(region="TR", given=(["Ay", "Gül", "Er", "Tu", "Se", "Me", "Nur", "Ha"], ["sel", "şen", "dem", "ğba", "vinç", "likşah", "tice"]),
                  family=(["Kara", "Ak", "Demir", "Yıl", "Öz", "Çe", "Taş"], ["başoğlu", "gündüz", "ciler", "dızeli", "türkmen", "lebi", "kıran"]),
                  street=None, stype=["Sokak", "Caddesi"],
                  town=(["Gebze", "Çorlu", "Dilo", "Kartepe", "Ergene"], [""]), mail=["gmail.com", "hotmail.com", "yandex.com.tr"],
                  datefmt="%d.%m.%Y"),
    "ro-RO": dict(region="RO", given=(["Mi", "Flo", "Io", "Lu", "Ca", "Ro", "Sor", "Vio"], ["rela", "rin", "nuț", "minița", "tinca", "dica", "rel"]),
                  family=(["Pop", "Stă", "Brat", "Vâl", "Mun", "Cioc", "Dră"], ["escu", "nescu", "ianu", "cu", "teanu", "ărlan", "ghici"]),
                  street=None, stype=["Str.", "Aleea"],
                  town=(["Pite", "Buza", "Mioveni", "Chi", "Slat"], ["ști", "u", "", "tila", "ina"]), mail=["yahoo.com", "gmail.com"],
                  datefmt="%d.%m.%Y"),
    "cs-CZ": dict(region="CZ", given=(["Bo", "Jar", "Vla", "Lu", "Dag", "Mil", "Ra", "Zde"], ["humil", "mila", "dimíra", "boš", "nka", "oslava", "něk"]),
                  family=(["Hruš", "Kučer", "Pokor", "Dvoř", "Vaň", "Skál", "Kříž"], ["ka", "ová", "ný", "áček", "ek", "ková"]),
                  street=(["Jasan", "Habr", "Jeř", "Olš", "Topol", "Vrb", "Javor", "Hloh"], ["ová", "ovská", "inská", "ovecká"]), stype=["ul.", ""],
                  town=(["Kralupy", "Vysoké", "Dolní", "Horní", "Nové"], [" Mýto", " Bousov", " Lhoty", " Dvůr"]), mail=["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
                  datefmt="%d. %m. %Y"),
    "ru-RU": dict(region="RU", given=(["Свя", "Яро", "Мило", "Бори", "Рад", "Все", "Вла", "Люд"], ["слав", "мир", "дан", "мила", "ослава", "волод"]),
                  family=(["Полын", "Рябин", "Зарец", "Кочет", "Смолян", "Дегтяр", "Пырь"], ["ов", "ин", "ев", "кин", "ский"]),
                  street=None, stype=["ул."],
                  town=(["Ново", "Красно", "Верхне", "Ниже", "Сосново"], ["уральск", "камск", "дольск", "борск"]), mail=["mail.ru", "yandex.ru", "bk.ru", "inbox.ru"],
                  datefmt="%d.%m.%Y"),
    "uk-UA": dict(region="UA", given=(["Бог", "Ост", "Мир", "Тар", "Ярин", "Гал", "Зор", "Ол"], ["дана", "ап", "ослава", "ас", "а", "ина", "есь"]),
                  family=(["Ковал", "Гнат", "Ткач", "Бондар", "Мороз", "Кравц", "Сав"], ["енко", "юк", "ишин", "чук", "ук", "ів"]),
                  street=None, stype=["вул."],
                  town=(["Бровар", "Ірпін", "Фастів", "Обух", "Бориспіль"], ["", "ка"]), mail=["ukr.net", "gmail.com", "i.ua"],
                  datefmt="%d.%m.%Y"),
    "hi-IN": dict(region="IN", given=(["सु", "वि", "प्र", "रा", "दे", "मा", "अ", "ह"], ["मित", "नय", "शाल", "भव", "केत", "धव", "र्पित"]),
                  family=(["कुल", "भट", "राठ", "देश", "पाठ", "सोल"], ["कर्णी", "नागर", "ौर", "पांडे", "वाल", "ंकी"]),
                  street=(["गुल", "नील", "शांति", "कमल", "चंपा", "केसर", "हरि"], ["विहार", "पुरम", "बाग", "कुंज", "वाटिका"]), stype=["मार्ग", "नगर"],
                  town=(["पिंपरी", "भिवंडी", "चाकण", "मानेसर", "सानंद"], [""]), mail=["gmail.com", "rediffmail.com", "yahoo.co.in"],
                  datefmt="%d-%m-%Y"),
    "zh-CN": dict(region="CN", given=(["郇", "聂", "阚", "栾", "晁", "蒯", "濮", "邰", "禚", "厍"], ["晓岚", "振霆", "沐晴", "嘉禾", "俊彦", "婉琳", "泽楷", "若溪", "景澜", "思淼"]),
                  family=None,
                  street=(["梧桐", "银杏", "望江", "锦绣", "丰泽"], ["路", "街", "大道"]), stype=[""],
                  town=(["昆山", "嘉善", "常熟", "太仓", "江阴"], [""]), mail=["qq.com", "163.com", "126.com"],
                  datefmt="%Y年%m月%d日"),
    "ja-JP": dict(region="JP", given=(["篤", "悠", "瑞", "陽", "奏", "朔", "柚", "凪"], ["也", "斗", "希", "乃", "実", "人", "葉"]),
                  family=(["桐", "箕", "葛", "蓼", "榎", "砂", "楢"], ["原", "浦", "辺", "岡", "瀬", "間", "沢"]),
                  street=(["桜", "楓", "梓", "椿", "柊", "榊", "萩", "杉"], ["台", "町", "通", "坂", "ヶ丘"]), stype=[""],
                  town=(["豊川", "刈谷", "磐田", "湖西", "知立"], ["市"]), mail=["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"],
                  datefmt="%Y年%m月%d日"),
    "ko-KR": dict(region="KR", given=(["변", "육", "탁", "편", "빈", "옥", "석", "길"], ["서윤", "도현", "하람", "규빈", "은채", "재흔", "민결", "소담"]),
                  family=None,
                  street=(["매화", "은행", "산수유", "느티", "백련"], ["로", "길"]), stype=[""],
                  town=(["시흥", "안산", "평택", "거제", "당진"], ["시"]), mail=["naver.com", "daum.net", "gmail.com"],
                  datefmt="%Y.%m.%d"),
    "el-GR": dict(region="GR", given=(["Σταυ", "Παν", "Χαρ", "Λεω", "Θεο", "Ευ", "Αγλ", "Δεσ"], ["ρούλα", "αγιώτα", "άλαμπος", "νίδας", "δώρα", "θυμία", "αΐα", "πινα"]),
                  family=(["Καραμ", "Παπαδ", "Τσολ", "Μαυρ", "Ζαχ", "Κουτ", "Λιάπ"], ["ανλής", "όπουλος", "άκης", "ίδης", "αρίου", "σούκος"]),
                  street=None, stype=["οδός"],
                  town=(["Ασπρόπυργος", "Σίνδος", "Ελευσίνα", "Μέγαρα", "Οινόφυτα"], [""]), mail=["gmail.com", "yahoo.gr", "otenet.gr"],
                  datefmt="%d/%m/%Y"),
    "he-IL": dict(region="IL", given=(["אב", "יה", "של", "נת", "עד", "אל", "תמ", "רו"], ["יעד", "נאל", "ומית", "ריאל", "ירה", "ניה"]),
                  family=(["בר", "כה", "שטר", "גול", "זילב", "אור"], ["זילי", "נובי", "נפלד", "דמן", "רשטיין", "יאן"]),
                  street=None, stype=["רחוב"],
                  town=(["קריית", "מעלה", "נווה", "גבעת", "אור"], [" אתא", " אדומים", " שאנן", " ברנר", " עקיבא"]), mail=["walla.co.il", "gmail.com", "bezeqint.net"],
                  datefmt="%d/%m/%Y"),
    "th-TH": dict(region="TH", given=(["สม", "ประ", "วิ", "กิต", "ธนา", "อรุณ", "พิม", "ชล"], ["ชาย", "พร", "ศักดิ์", "ทิพย์", "วัฒน์", "ลักษณ์"]),
                  family=(["แสง", "ทอง", "ศรี", "บุญ", "วงศ์", "จันทร์"], ["อำไพ", "ประเสริฐ", "สุวรรณ", "เจริญ", "ยิ่งยง", "รุ่งเรือง"]),
                  street=(["ร่ม", "สุข", "ทอง", "แสง", "เพชร", "มิตร"], ["เกษม", "ประชา", "นิมิต", "อุทิศ", "สัมพันธ์"]), stype=["ซอย", "ถนน"],
                  town=(["ศรีราชา", "บางปะกง", "ปลวกแดง", "บ้านบึง", "นิคมพัฒนา"], [""]), mail=["hotmail.com", "gmail.com"],
                  datefmt="%d/%m/%Y"),
    "ar-AE": dict(region="AE", given=(["سل", "حم", "رش", "نو", "فه", "جس", "مه", "غد", "ود", "شه"], ["يدان", "ران", "وان", "يم", "يل", "اف", "يرة", "ينة"]),
                  family=(["القر", "السو", "الهد", "الجن", "الطر", "البر", "الغو", "الرق"], ["يني", "وري", "اسي", "ادي", "ابي", "يشي"]),
                  street=None, stype=["شارع"],
                  town=(["الحمرية", "مصفح", "جبل علي", "الصجعة", "القوز"], [""]), mail=["gmail.com", "hotmail.com", "eim.ae"],
                  datefmt="%d/%m/%Y"),
    "vi-VN": dict(region="VN", given=(["Kh", "Th", "Ng", "Tr", "Ph", "Qu", "Gi", "Đ", "L", "H", "V", "S", "Nh", "Ch"], ["iêm", "uyên", "oan", "ương", "ăng", "ôi", "ải", "ấn", "ịnh", "ường", "ạo", "ữu", "iễn", "oát", "uệ", "ỳ"]),
                  family=(["Kh", "Th", "Ng", "Tr", "Ph", "Qu", "Gi", "Đ", "L", "H", "V", "C", "B", "M"], ["ổng", "ạch", "iều", "ưu", "ạc", "ăm", "ồ", "iêu", "ường"]),
                  street=None, stype=["đường"],
                  town=None, mail=["gmail.com", "yahoo.com.vn"],
                  datefmt="%d/%m/%Y"),
}
LOCALES = list(LOC)

# field labels: name, dob, phone, address, email
LAB = {
    "en-US": ("Name", "DOB", "Cell", "Home address", "Email"), "en-GB": ("Name", "DOB", "Mobile", "Address", "Email"),
    "de-DE": ("Name", "Geb.-Datum", "Handy", "Anschrift", "E-Mail"), "pl-PL": ("Imię i nazwisko", "Data ur.", "Tel. kom.", "Adres", "E-mail"),
    "es-MX": ("Nombre", "Fecha de nac.", "Cel", "Domicilio", "Correo"), "pt-BR": ("Nome", "Data nasc.", "Celular", "Endereço", "E-mail"),
    "fr-FR": ("Nom", "Né(e) le", "Portable", "Adresse", "Courriel"), "it-IT": ("Nominativo", "Data di nascita", "Cell.", "Residenza", "Email"),
    "nl-NL": ("Naam", "Geb.datum", "Mobiel", "Adres", "E-mail"), "tr-TR": ("Ad Soyad", "Doğum tarihi", "Cep", "Adres", "E-posta"),
    "ro-RO": ("Nume", "Data nașterii", "Telefon", "Domiciliu", "Email"), "cs-CZ": ("Jméno", "Datum nar.", "Mobil", "Bydliště", "E-mail"),
    "ru-RU": ("ФИО", "Дата рожд.", "Моб.", "Адрес", "Эл. почта"), "uk-UA": ("ПІБ", "Дата нар.", "Моб.", "Адреса", "Ел. пошта"),
    "hi-IN": ("नाम", "जन्म तिथि", "मोबाइल", "पता", "ईमेल"), "zh-CN": ("姓名", "出生日期", "手机", "住址", "邮箱"),
    "ja-JP": ("氏名", "生年月日", "携帯", "住所", "メール"), "ko-KR": ("성명", "생년월일", "휴대폰", "주소", "이메일"),
    "el-GR": ("Ονοματεπώνυμο", "Ημ. γέννησης", "Κινητό", "Διεύθυνση", "Email"), "he-IL": ("שם", "תאריך לידה", "נייד", "כתובת", "דוא\"ל"),
    "th-TH": ("ชื่อ-สกุล", "วันเกิด", "มือถือ", "ที่อยู่", "อีเมล"), "ar-AE": ("الاسم", "تاريخ الميلاد", "الجوال", "العنوان", "البريد"),
    "vi-VN": ("Họ tên", "Ngày sinh", "SĐT", "Địa chỉ", "Email"),
}

# a few local shop-floor lines per locale: (incident, handover, health)
SAY = {
    "en-US": ("got his hand caught in the conveyor nip point, first aid given", "line 2 down 40 min, jam at the wrapper", "c/o lower back pain after lifting totes"),
    "en-GB": ("slipped on hydraulic oil by dock 4, bumped head, no LOC", "FLT 7 handed over w/ flat tyre reported", "ongoing wrist pain, query RSI"),
    "de-DE": ("Finger an der Presse gequetscht, Ersthelfer vor Ort, D-Arzt informiert", "Linie 3 Stillstand 35 min, Etikettierer gestört", "klagt über Rückenschmerzen seit Umstellung auf 12h-Schicht"),
    "pl-PL": ("poślizgnął się przy rampie nr 2, uraz kolana, udzielono pierwszej pomocy", "wózek nr 5 – wyciek z masztu, zgłoszone UR", "skarży się na bóle nadgarstka, praca przy pakowaniu"),
    "es-MX": ("se machucó la mano en la troqueladora, se llevó a la enfermería", "la línea 1 paró 20 min por falta de material", "refiere dolor lumbar desde hace 2 semanas"),
    "pt-BR": ("torceu o tornozelo descendo da empilhadeira, encaminhado ao ambulatório", "linha 4 parada 30 min, sensor da envolvedora", "queixa de zumbido após turno na prensa"),
    "fr-FR": ("coupure à l'avant-bras sur une tôle, soins à l'infirmerie", "ligne 2 arrêtée 25 min, défaut capteur palettiseur", "se plaint de douleurs à l'épaule depuis le changement de poste"),
    "it-IT": ("schiacciamento dito sulla pressa, medicato in infermeria", "linea 3 ferma 40 min, inceppamento reggiatrice", "lamenta lombalgia dopo movimentazione manuale"),
    "nl-NL": ("uitgegleden bij dock 3, knie geschaafd, EHBO verleend", "reachtruck 2 lekt olie, gemeld bij TD", "klaagt over pijn in de schouder sinds orderpicken"),
    "tr-TR": ("pres makinesinde parmak sıkışması, revire götürüldü", "hat 2 30 dk durdu, etiket makinesi arıza", "bel ağrısı şikayeti var, 2 haftadır"),
    "ro-RO": ("s-a lovit la mână la banda transportoare, prim ajutor acordat", "linia 1 oprită 20 min, lipsă paleți", "acuză dureri lombare după ture de noapte"),
    "cs-CZ": ("uklouzl u rampy 3, naražené koleno, poskytnuta první pomoc", "VZV č. 4 – únik oleje, nahlášeno údržbě", "stěžuje si na bolest zápěstí při balení"),
    "ru-RU": ("зажало палец на прессе, оказана первая помощь", "линия 2 стояла 30 мин, сбой упаковщика", "жалуется на боли в пояснице после смен"),
    "uk-UA": ("посковзнувся біля рампи, забій коліна, надано першу допомогу", "навантажувач №3 – теча гідравліки", "скаржиться на біль у спині після нічних змін"),
    "hi-IN": ("प्रेस मशीन पर उंगली दब गई, प्राथमिक उपचार दिया गया", "लाइन 2 पर 30 मिनट ब्रेकडाउन, सेंसर खराब", "कमर दर्द की शिकायत, भारी बोरी उठाने के बाद"),
    "zh-CN": ("在冲压机处手指被夹伤，已做急救处理", "2号线停机30分钟，贴标机故障", "主诉腰痛两周，搬运作业后加重"),
    "ja-JP": ("プレス機で指を挟み、応急処置済み", "2号ライン30分停止、ラベラー不調", "腰痛の訴えあり、重量物運搬後に悪化"),
    "ko-KR": ("프레스에 손가락 끼임, 응급처치 완료", "2라인 30분 정지, 라벨러 고장", "허리 통증 호소, 중량물 취급 후 악화"),
    "el-GR": ("τραυματισμός δακτύλου στην πρέσα, δόθηκαν πρώτες βοήθειες", "γραμμή 2 σταμάτησε 30 λεπτά, βλάβη ετικετέζας", "παραπονιέται για πόνο στη μέση μετά από βάρδιες"),
    "he-IL": ("אצבע נלכדה במכבש, ניתנה עזרה ראשונה", "קו 2 הושבת ל-30 דקות, תקלה במדבקה", "מתלונן על כאבי גב תחתון אחרי הרמות"),
    "th-TH": ("นิ้วถูกหนีบที่เครื่องปั๊ม ปฐมพยาบาลแล้ว", "ไลน์ 2 หยุด 30 นาที เครื่องติดฉลากขัดข้อง", "ปวดหลังส่วนล่างหลังยกของหนัก"),
    "ar-AE": ("إصابة في الإصبع عند المكبس، تم تقديم الإسعافات الأولية", "توقف الخط 2 لمدة 30 دقيقة بسبب عطل في آلة الملصقات", "يشكو من آلام أسفل الظهر بعد رفع الأحمال"),
    "vi-VN": ("bị kẹp ngón tay ở máy dập, đã sơ cứu", "chuyền 2 dừng 30 phút, máy dán nhãn lỗi", "than đau lưng sau khi bốc vác"),
}


def scheck(f, v):
    need(f.is_valid(v), f"{f.__name__}:{v}")
    return v


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.pools = {}

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def brute(self, module, base, positions=1, alphabet="0123456789", front=False):
        """Try check characters at the end (or front) of base until module validates it (capped)."""
        import itertools
        for combo in itertools.product(alphabet, repeat=positions):
            c = "".join(combo)
            cand = c + base if front else base + c
            try:
                if module.is_valid(cand):
                    return cand
            except Exception:
                pass
        return None

    def retry(self, fn, what, cap=300):
        for _ in range(cap):
            v = fn()
            if v:
                return v
        raise SystemExit(f"could not generate a valid {what}")

    # ---- people
    def dob(self):
        return dt.date(1958, 1, 1) + dt.timedelta(days=self.r.randrange(0, 365 * 45))

    def phone(self, region, kind=phonenumbers.PhoneNumberType.MOBILE, fmt=None):
        ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
        nsn = str(ex.national_number)
        for _ in range(300):
            keep = max(1, len(nsn) - 6)
            cand = nsn[:keep] + self.digits(len(nsn) - keep)
            if cand == nsn:
                continue
            num = phonenumbers.parse("+" + str(ex.country_code) + ("0" if ex.italian_leading_zero else "") + cand, None)
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                f = fmt if fmt is not None else self.r.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL])
                s = phonenumbers.format_number(num, f)
                chk = phonenumbers.parse(s, region)
                need(phonenumbers.is_valid_number(chk), f"phone {s}")
                return s
        raise SystemExit(f"no valid phone for {region}")

    def iban(self, cc):
        lens = {"GB": None, "DE": 18, "PL": 24, "NL": None, "TR": 22, "RO": None, "CZ": 20, "AE": 19, "GR": 23, "UA": 25, "FR": 23, "IT": None}
        if cc == "GB":
            bban = self.r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(14)
        elif cc == "NL":
            bban = self.r.choice(["RABO", "INGB", "ABNA", "SNSB"]) + self.digits(10)
        elif cc == "RO":
            bban = self.r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + self.digits(16)
        elif cc == "IT":
            bban = self.r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + self.digits(22)
        else:
            bban = self.digits(lens[cc])
        s = bban + cc + "00"
        n = int("".join(str(int(c, 36)) for c in s))
        v = f"{cc}{98 - n % 97:02d}{bban}"
        need(std_iban.is_valid(v), f"iban {v}")
        if self.r.random() < 0.6:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
            need(std_iban.is_valid(v), f"iban {v}")
        return v

    def luhn_num(self, prefix, length):
        base = prefix + self.digits(length - len(prefix) - 1)
        v = base + luhn.calc_check_digit(base)
        need(luhn.is_valid(v), f"luhn {v}")
        return v

    def card(self):
        pre = self.r.choice(["4", "51", "52", "54", "55", "2221", "37"])
        n = self.luhn_num(pre, 15 if pre == "37" else 16)
        if pre == "37":
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if self.r.random() < 0.7 else n

    def ip(self):
        for _ in range(200):
            a = ipaddress.IPv4Address(self.r.randrange(1 << 24, 224 << 24))
            if a.is_global and not a.is_multicast:
                return str(a)
        raise SystemExit("no ip")

    def mrn(self):
        v = self.luhn_num(self.r.choice(["7", "8", "9"]), self.r.choice([8, 9, 10]))
        return v

    def nino(self):
        for _ in range(200):
            a, b = self.r.choice("ABCEGHJKLMNOPRSTWXYZ"), self.r.choice("ABCEGHJKLMNPRSTWXYZ")
            if a + b in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
                continue
            v = f"{a}{b} {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.r.choice('ABCD')}"
            need(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", v), "nino")
            return v

    def national_ids(self, loc, dob, female):
        """Return list of (type, label, value) appropriate for the locale."""
        r, out = self.r, []
        y, m, d = dob.year, dob.month, dob.day
        if loc == "en-US":
            def s():
                a = r.randrange(1, 899)
                if a == 666:
                    return None
                v = f"{a:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"
                return v if usssn.is_valid(v) else None
            out.append(("ssn", "SSN", self.retry(s, "ssn")))
            rt = self.retry(lambda: self.brute(rtn, r.choice(["0", "1", "2", "3"]) + self.digits(7)), "rtn")
            out.append(("US_BANK_NUMBER", f"ABA {rt} acct", self.digits(r.choice([9, 10, 12]))))
            out.append(("HEALTH_INSURANCE", "Member ID", "W" + self.luhn_num("8", 10)))
        elif loc == "en-GB":
            out.append(("NATIONAL_ID", "NI No", self.nino()))
            n = self.retry(lambda: self.brute(nhs, str(r.randrange(4, 8)) + self.digits(8)), "nhs")
            out.append(("HEALTH_INSURANCE", "NHS No", f"{n[:3]} {n[3:6]} {n[6:]}"))
            out.append(("TAX_ID", "UTR", self.retry(lambda: self.brute(utr, self.digits(9), front=True), "utr")))
            out.append(("IBAN_CODE", "IBAN", self.iban("GB")))
        elif loc == "de-DE":
            out.append(("TAX_ID", "Steuer-ID", self.retry(lambda: self.brute(idnr, str(r.randrange(1, 10)) + self.digits(9)), "idnr")))
            out.append(("IBAN_CODE", "IBAN", self.iban("DE")))
        elif loc == "pl-PL":
            mm = m + (20 if y >= 2000 else 0)
            base = f"{y % 100:02d}{mm:02d}{d:02d}{self.digits(3)}{r.choice('02468' if female else '13579')}"
            out.append(("NATIONAL_ID", "PESEL", self.retry(lambda: self.brute(pesel, base), "pesel")))
            out.append(("TAX_ID", "NIP", self.retry(lambda: self.brute(nip, str(r.randrange(1, 10)) + self.digits(8)), "nip")))
            out.append(("IBAN_CODE", "nr konta", self.iban("PL")))
        elif loc == "es-MX":
            L = "BCDFGHJKLMNPQRSTVWXZ"
            V = "AEIOU"
            def c():
                b = f"{r.choice(L)}{r.choice(V)}{r.choice(L)}{r.choice(L)}{y % 100:02d}{m:02d}{d:02d}{'M' if female else 'H'}{r.choice(['NL', 'JC', 'DF', 'GT', 'QT', 'CH'])}{r.choice(L)}{r.choice(L)}{r.choice(L)}{'0' if y < 2000 else 'A'}"
                return self.brute(curp, b)
            out.append(("NATIONAL_ID", "CURP", self.retry(c, "curp")))
            def f():
                b = f"{r.choice(L)}{r.choice(V)}{r.choice(L)}{r.choice(L)}{y % 100:02d}{m:02d}{d:02d}{r.choice(L)}{r.randrange(1, 10)}"
                return self.brute(rfc, b, alphabet="0123456789A")
            out.append(("TAX_ID", "RFC", self.retry(f, "rfc")))
            out.append(("HEALTH_INSURANCE", "NSS", self.luhn_num(str(r.randrange(1, 9)), 11)))
        elif loc == "pt-BR":
            v = self.retry(lambda: self.brute(cpf, self.digits(9), positions=2), "cpf")
            out.append(("TAX_ID", "CPF", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"))
        elif loc == "fr-FR":
            base = f"{'2' if female else '1'}{y % 100:02d}{m:02d}{r.randrange(1, 96):02d}{r.randrange(1, 990):03d}{r.randrange(1, 1000):03d}"
            v = self.retry(lambda: self.brute(nir, base, positions=2), "nir")
            out.append(("NATIONAL_ID", "N° SS", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"))
            out.append(("IBAN_CODE", "IBAN", self.iban("FR")))
        elif loc == "it-IT":
            L = "BCDFGLMNPRSTVZ"
            months = "ABCDEHLMPRST"
            b = f"{''.join(r.choice(L) for _ in range(6))}{y % 100:02d}{months[m - 1]}{d + (40 if female else 0):02d}{r.choice('ABCDEFGHL')}{r.randrange(100, 999)}"
            v = b + codicefiscale.calc_check_digit(b)
            out.append(("TAX_ID", "C.F.", scheck(codicefiscale, v)))
            out.append(("IBAN_CODE", "IBAN", self.iban("IT")))
        elif loc == "nl-NL":
            out.append(("NATIONAL_ID", "BSN", self.retry(lambda: self.brute(bsn, str(r.randrange(1, 10)) + self.digits(7)), "bsn")))
            out.append(("IBAN_CODE", "IBAN", self.iban("NL")))
        elif loc == "tr-TR":
            out.append(("NATIONAL_ID", "TC Kimlik No", self.retry(lambda: self.brute(tckimlik, str(r.randrange(1, 10)) + self.digits(8), positions=2), "tckn")))
            out.append(("IBAN_CODE", "IBAN", self.iban("TR")))
        elif loc == "ro-RO":
            s = ("2" if female else "1") if y < 2000 else ("6" if female else "5")
            base = f"{s}{y % 100:02d}{m:02d}{d:02d}{r.randrange(1, 47):02d}{r.randrange(1, 1000):03d}"
            out.append(("NATIONAL_ID", "CNP", self.retry(lambda: self.brute(cnp, base), "cnp")))
            out.append(("IBAN_CODE", "IBAN", self.iban("RO")))
        elif loc == "cs-CZ":
            mm = m + (50 if female else 0)
            base = f"{y % 100:02d}{mm:02d}{d:02d}{self.digits(3)}"
            v = self.retry(lambda: self.brute(czrc, base), "rc")
            out.append(("NATIONAL_ID", "RČ", v[:6] + "/" + v[6:]))
            out.append(("IBAN_CODE", "IBAN", self.iban("CZ")))
        elif loc == "ru-RU":
            out.append(("TAX_ID", "ИНН", self.retry(lambda: self.brute(inn, f"{r.randrange(1, 92):02d}" + self.digits(8), positions=2), "inn")))
        elif loc == "uk-UA":
            out.append(("TAX_ID", "РНОКПП", self.retry(lambda: self.brute(rntrc, self.digits(9)), "rntrc")))
            out.append(("IBAN_CODE", "IBAN", self.iban("UA")))
        elif loc == "hi-IN":
            v = self.retry(lambda: self.brute(aadhaar, str(r.randrange(2, 10)) + self.digits(10)), "aadhaar")
            out.append(("NATIONAL_ID", "Aadhaar", f"{v[:4]} {v[4:8]} {v[8:]}"))
            L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            out.append(("TAX_ID", "PAN", scheck(pan, f"{r.choice(L)}{r.choice(L)}{r.choice(L)}P{r.choice(L)}{self.digits(4)}{r.choice(L)}")))
        elif loc == "zh-CN":
            base = f"{r.choice(['320583', '330421', '320581', '320585', '320281'])}{y:04d}{m:02d}{d:02d}{self.digits(2)}{r.choice('02468' if female else '13579')}"
            out.append(("NATIONAL_ID", "身份证号", self.retry(lambda: self.brute(ric, base, alphabet="0123456789X"), "ric")))
        elif loc == "ja-JP":
            v = self.retry(lambda: self.brute(jpin, str(r.randrange(1, 10)) + self.digits(10)), "mynumber")
            out.append(("NATIONAL_ID", "マイナンバー", f"{v[:4]} {v[4:8]} {v[8:]}"))
        elif loc == "ko-KR":
            g = ("2" if female else "1") if y < 2000 else ("4" if female else "3")
            base = f"{y % 100:02d}{m:02d}{d:02d}{g}{r.randrange(0, 96):02d}{self.digits(3)}"
            v = self.retry(lambda: self.brute(rrn, base), "rrn")
            out.append(("NATIONAL_ID", "주민등록번호", v[:6] + "-" + v[6:]))
        elif loc == "el-GR":
            base = f"{d:02d}{m:02d}{y % 100:02d}{self.digits(4)}"
            out.append(("NATIONAL_ID", "ΑΜΚΑ", self.retry(lambda: self.brute(amka, base), "amka")))
            out.append(("TAX_ID", "ΑΦΜ", self.retry(lambda: self.brute(grvat, r.choice("01") + self.digits(7)), "afm")))
            out.append(("IBAN_CODE", "IBAN", self.iban("GR")))
        elif loc == "he-IL":
            out.append(("NATIONAL_ID", "ת.ז.", self.retry(lambda: self.brute(ilidnr, str(r.randrange(0, 4)) + self.digits(7)), "il")))
        elif loc == "th-TH":
            v = self.retry(lambda: self.brute(thpin, str(r.randrange(1, 9)) + self.digits(11)), "thpin")
            out.append(("NATIONAL_ID", "เลขประจำตัวประชาชน", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"))
        elif loc == "ar-AE":
            v = self.luhn_num("784" + f"{y:04d}", 15)
            out.append(("NATIONAL_ID", "رقم الهوية", f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"))
            out.append(("IBAN_CODE", "IBAN", self.iban("AE")))
        elif loc == "vi-VN":
            out.append(("TAX_ID", "MST", self.retry(lambda: self.brute(mst, f"{r.randrange(1, 99):02d}" + self.digits(7)), "mst")))
        return out


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c) and c.isascii()).lower()


ROMAN = ["ka", "ri", "to", "mi", "su", "den", "lan", "vo", "hee", "jun", "al", "ben", "ti", "za", "nor", "pa", "ye", "rin"]


def make_pools(g: Gen):
    r = g.r
    P = {}
    for loc, c in LOC.items():
        gp, gs = c["given"]
        P[(loc, "given")] = build_pool(f"{loc}/given", lambda: r.choice(gp) + r.choice(gs), 14, cap=2000)
        if c["family"] is None:  # zh, ko: family+given in one pool of full names (no space)
            P[(loc, "family")] = None
        else:
            fs, fe = c["family"]
            P[(loc, "family")] = build_pool(f"{loc}/family", lambda: r.choice(fs) + r.choice(fe), 14, cap=2000)
        if c["street"] is None:  # streets named after (invented) people, as is usual in the locale
            fam, giv = P[(loc, "family")], P[(loc, "given")]
            if loc == "vi-VN":
                P[(loc, "street")] = build_pool(f"{loc}/street", lambda: r.choice(fam) + " " + r.choice(giv), 6, cap=500, minimum=2)
            else:
                P[(loc, "street")] = build_pool(f"{loc}/street", lambda: r.choice(fam), 6, cap=500, minimum=2)
        else:
            ss, se = c["street"]
            P[(loc, "street")] = build_pool(f"{loc}/street", lambda: r.choice(ss) + r.choice(se), 6, cap=500, minimum=2)
        if c["town"] is None:
            giv = P[(loc, "given")]
            P[(loc, "town")] = build_pool(f"{loc}/town", lambda: r.choice(giv) + " " + r.choice(giv), 5, cap=500, minimum=2)
        else:
            ts, te = c["town"]
            P[(loc, "town")] = build_pool(f"{loc}/town", lambda: r.choice(ts) + r.choice(te), 5, cap=500, minimum=2)
    cs = ["Vorn", "Brax", "Kelt", "Ostr", "Quar", "Tess", "Mirr", "Hald", "Zent", "Pell", "Dorv", "Rusk"]
    ce = ["holt", "ell", "ico", "amax", "ora", "lund", "tek", "ion", "vex", "wick"]
    P["company"] = build_pool("company", lambda: r.choice(cs) + r.choice(ce), 30, cap=800, minimum=10)
    return P


# Public / historical / fictional figures and eponyms (benign in their public role); freeze applied.
PUBLIC_FIGURES = [
    ("Taiichi Ohno", "developed the Toyota Production System"), ("Shigeo Shingo", "formalised SMED and poka-yoke"),
    ("W. Edwards Deming", "14 points for management"), ("Walter Shewhart", "invented the control chart"),
    ("Kaoru Ishikawa", "fishbone diagram"), ("Genichi Taguchi", "robust design / loss function"),
    ("Joseph Juran", "quality trilogy"), ("Philip Crosby", "zero defects"), ("Henry Ford", "moving assembly line at Highland Park"),
    ("Frederick Winslow Taylor", "scientific management"), ("Frank Gilbreth", "motion study / therbligs"),
    ("Lillian Gilbreth", "industrial psychology"), ("Herbert William Heinrich", "accident triangle 1:29:300"),
    ("James Reason", "Swiss cheese model"), ("Frank Bird", "loss causation model"), ("Alice Hamilton", "pioneer of industrial toxicology"),
    ("Ralph Nader", "Unsafe at Any Speed"), ("Walter Reuther", "UAW president"), ("Cesar Chavez", "United Farm Workers"),
    ("Eliyahu Goldratt", "theory of constraints, The Goal"), ("Sakichi Toyoda", "automatic loom / jidoka"),
    ("Mary Barra", "GM chair and CEO"), ("Jim Farley", "Ford CEO"), ("Akio Toyoda", "Toyota chairman"), ("Andy Jassy", "Amazon CEO"),
    ("Lech Wałęsa", "Solidarność leader at the Gdańsk shipyard"), ("Frances Perkins", "US Secretary of Labor"),
]
EPONYMS = [
    ("Brinell", "hardness test (HBW 10/3000)"), ("Rockwell", "hardness HRC"), ("Vickers", "hardness HV10"), ("Charpy", "V-notch impact test"),
    ("Izod", "impact test"), ("Gantt", "chart for the shutdown plan"), ("Pareto", "chart of defect causes"), ("Weibull", "analysis of bearing failures"),
    ("Kaplan", "turbine"), ("Pelton", "wheel"), ("Francis", "turbine"), ("Bourdon", "tube pressure gauge"), ("Pitot", "tube"),
    ("Wheatstone", "bridge on the load cell"), ("Allen", "key set"), ("Phillips", "head screws PH2"), ("Diesel", "engine on the reach truck"),
    ("Stirling", "engine demo"), ("Bessemer", "converter"), ("Czochralski", "crystal pulling"), ("Haber-Bosch", "ammonia loop"),
    ("Venturi", "nozzle"), ("Geiger", "counter at goods-in"), ("Bunsen", "burner in the QC lab"), ("Poisson", "ratio in the FEA"),
    ("Miner", "rule for fatigue damage"), ("Borg", "RPE scale for the manual handling study"), ("Mohs", "scale"), ("Kanban", "cards (not a person)"),
]
FICTIONAL = [
    ("Homer Simpson", "safety inspector at the Springfield plant"), ("Willy Wonka", "chocolate factory"), ("Charlie Chaplin's Tramp", "Modern Times assembly line"),
    ("Rosie the Riveter", "wartime poster"), ("Fred Flintstone", "quarry crane operator"), ("Bob the Builder", "site safety cartoon"),
    ("Wallace", "Wallace & Gromit contraptions"), ("Fireman Sam", "fire drill video"),
]

REGULATORS = [
    ("HSE", "RIDDOR", "en-GB"), ("OSHA", "Form 300A summary", "en-US"), ("DGUV", "Arbeitsunfallstatistik", "de-DE"), ("PIP", "raport roczny", "pl-PL"),
    ("INRS", "statistiques AT/MP", "fr-FR"), ("INAIL", "open data infortuni", "it-IT"), ("Arbeidsinspectie", "jaarverslag", "nl-NL"),
    ("SGK", "iş kazası istatistikleri", "tr-TR"), ("STPS", "estadísticas de accidentes", "es-MX"), ("厚生労働省", "労働災害発生状況", "ja-JP"),
    ("应急管理部", "事故统计", "zh-CN"), ("안전보건공단", "산업재해 현황", "ko-KR"),
]


class Doc:
    def __init__(self):
        self.issued = []

    def v(self, typ, value):
        self.issued.append((typ, value))
        return value


class Person:
    def __init__(self, g: Gen, P, loc, doc: Doc):
        r = g.r
        self.g, self.loc, self.doc = g, loc, doc
        c = LOC[loc]
        self.female = r.random() < 0.5
        given = r.choice(P[(loc, "given")])
        if P[(loc, "family")] is None:
            self.full = given
            self.given = given[1:]
            self.family = given[0]
        else:
            fam = r.choice(P[(loc, "family")])
            self.given, self.family = given, fam
            if loc in ("ja-JP",):
                self.full = f"{fam} {given}"
            elif loc in ("hi-IN", "ar-AE", "he-IL", "th-TH", "el-GR", "ru-RU", "uk-UA", "vi-VN") or loc.startswith(("en", "de", "pl", "es", "pt", "fr", "it", "nl", "tr", "ro", "cs")):
                if loc == "vi-VN":
                    self.full = f"{fam} {given}"
                elif loc == "ar-AE":
                    self.full = f"{given} {fam}"
                elif loc == "nl-NL":
                    self.full = f"{given} {fam}"
                elif loc in ("ru-RU", "uk-UA") and r.random() < 0.5:
                    self.full = f"{fam} {given}"
                else:
                    self.full = f"{given} {fam}"
        self._dob = g.dob()
        self._ids = None
        P_ = P
        st = r.choice(P_[(loc, "street")])
        town = r.choice(P_[(loc, "town")])
        stype = r.choice(c["stype"])
        no = r.randrange(1, 180)
        if loc in ("de-DE", "nl-NL"):
            pc = f"{r.randrange(10000, 99999)}" if loc == "de-DE" else f"{r.randrange(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            self.addr = f"{st} {no}, {pc} {town}"
        elif loc in ("en-US",):
            self.addr = f"{no * 10 + r.randrange(10)} {st} {stype}, {town}, {r.choice(['OH', 'MI', 'TN', 'KY', 'IN'])} {r.randrange(40000, 49999)}"
        elif loc == "en-GB":
            self.addr = f"{no} {st} {stype}, {town} {r.choice(['DN', 'LS', 'WF', 'NG', 'ST'])}{r.randrange(1, 30)} {r.randrange(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        elif loc in ("zh-CN",):
            self.addr = f"江苏省{town}市{st}{no}号{r.randrange(1, 30)}栋{r.randrange(101, 2405)}室"
        elif loc == "ja-JP":
            self.addr = f"〒{r.randrange(400, 499)}-{r.randrange(1000, 9999)} 愛知県{town}{st}{r.randrange(1, 9)}丁目{no}-{r.randrange(1, 30)}"
        elif loc == "ko-KR":
            self.addr = f"경기도 {town} {st} {no}, {r.randrange(101, 120)}동 {r.randrange(101, 2004)}호"
        elif loc in ("ar-AE", "he-IL", "el-GR", "ru-RU", "uk-UA", "th-TH", "hi-IN", "vi-VN"):
            self.addr = f"{stype} {st} {no}, {town}" if loc not in ("hi-IN",) else f"{no}, {st} {stype}, {town} {r.randrange(400001, 600000)}"
        elif loc in ("fr-FR", "it-IT"):
            self.addr = f"{no} {stype} {st}, {r.randrange(10000, 95999):05d} {town}" if loc == "fr-FR" else f"{stype} {st} {no}, {r.randrange(10000, 98999):05d} {town}"
        elif loc == "pl-PL":
            self.addr = f"ul. {st} {no}/{r.randrange(1, 60)}, {r.randrange(10, 99)}-{r.randrange(100, 999)} {town}"
        elif loc == "cs-CZ":
            self.addr = f"{st} {no}, {r.randrange(100, 799)} {r.randrange(10, 99)} {town}"
        elif loc in ("es-MX", "pt-BR"):
            self.addr = f"{stype} {st} {no}, {town}, CP {r.randrange(10000, 99999)}" if loc == "es-MX" else f"{stype} {st}, {no} – {town}, CEP {r.randrange(10000, 99999)}-{r.randrange(100, 999)}"
        else:
            self.addr = f"{st} {stype} No:{no}, {town}".replace("  ", " ")
        self.region = c["region"]
        if loc in ("zh-CN", "ja-JP", "ko-KR", "hi-IN", "ru-RU", "uk-UA", "el-GR", "he-IL", "th-TH", "ar-AE"):
            handle = r.choice(ROMAN) + r.choice(ROMAN) + r.choice([".", "_", ""]) + r.choice(ROMAN) + str(r.randrange(1, 99))
        else:
            handle = fold(self.given) + r.choice([".", "_", ""]) + fold(self.family.replace(" ", "")) + r.choice(["", str(r.randrange(1, 99))])
        self.email = f"{handle}@{r.choice(c['mail'])}"
        need(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.\-]+\.[a-z]{2,}", self.email), "email")

    # issuing accessors
    def name(self):
        return self.doc.v("person", self.full)

    def first(self):
        return self.doc.v("person", self.given)

    def phone(self):
        return self.doc.v("PHONE_NUMBER", self.g.phone(self.region))

    def mail(self):
        return self.doc.v("EMAIL_ADDRESS", self.email)

    def address(self):
        return self.doc.v("STREET_ADDRESS", self.addr)

    def dob(self):
        return self.doc.v("DATE_OF_BIRTH", self._dob.strftime(LOC[self.loc]["datefmt"]))

    def ids(self, k=None):
        if self._ids is None:
            self._ids = self.g.national_ids(self.loc, self._dob, self.female)
        out = []
        ids = self._ids if k is None else self._ids[:k]
        for typ, label, val in ids:
            out.append((label, self.doc.v(typ, val)))
        return out

    def has_id(self, typ):
        if self._ids is None:
            self._ids = self.g.national_ids(self.loc, self._dob, self.female)
        return [x for x in self._ids if x[0] == typ]

    def id_of(self, typ):
        x = self.has_id(typ)
        if not x:
            return None
        return (x[0][1], self.doc.v(typ, x[0][2]))


# ----------------------------------------------------------------------------------------------- helpers for world text
def serial(r):
    return r.choice(["SN", "S/N ", "Ser.", "FG"]) + r.choice(["", "-"]) + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([8, 10, 12])))


def batch(r):
    return r.choice(["L", "LOT ", "B", "Ch.-B. "]) + f"{r.randrange(20, 27)}{r.randrange(1, 366):03d}{r.choice('ABC')}{r.randrange(1, 99):02d}"


def gtin(r):
    base = "40" + "".join(r.choice("0123456789") for _ in range(11))
    from stdnum import ean
    v = base + ean.calc_check_digit(base)
    need(ean.is_valid(v), "gtin")
    return v


def sscc(r):
    base = "3" + "".join(r.choice("0123456789") for _ in range(16))
    from stdnum import ean
    v = base + ean.calc_check_digit(base)
    return "(00) " + v


def wo(r):
    return r.choice(["WO-", "SAP ", "Auftrag ", "NCR-", "8D-", "CAPA-", "MO"]) + str(r.randrange(1000000, 99999999))


def luhn_lookalike(r):
    """A 16-digit equipment serial that happens to pass Luhn -- not a card."""
    base = "".join(r.choice("0123456789") for _ in range(15))
    return base + luhn.calc_check_digit(base)


MACHINES = ["Linde E20 counterbalance", "reach truck R14", "Trumpf press brake", "KUKA KR 210 cell", "Engel e-mac 280 IMM", "Krones labeller",
            "Lantech stretch wrapper", "Jungheinrich EJE pallet truck", "Haulotte scissor lift", "JLG boom", "Atlas Copco GA37 compressor",
            "Bosch Rexroth hydraulic unit", "Fanuc robodrill", "Hyster H3.0FT"]
LINES = ["L1", "L2", "Line 3", "Pack 4", "Press 6", "Dock 2", "Bay 11", "Cell B", "Zone C", "Mezz 1"]


def company(P, r):
    return r.choice(P["company"]) + " " + r.choice(["GmbH", "Ltd", "sp. z o.o.", "S.A. de C.V.", "Ltda.", "SAS", "S.r.l.", "B.V.", "A.Ş.", "s.r.o.", "Inc.", "Co., Ltd."])


def org_contact(g, P, loc):
    """The company's own switchboard + role mailbox + registered office: not personal data."""
    r = g.r
    comp = company(P, r)
    dom = re.sub(r"[^a-z]", "", comp.split()[0].lower()) + r.choice([".com", ".eu", ".de", ".co.uk", ".pl"])
    sw = g.phone(LOC[loc]["region"], phonenumbers.PhoneNumberType.FIXED_LINE)
    box = r.choice(["ehs", "safety", "quality", "recall", "hr-payroll", "works.council", "ohs", "reception", "shiftlead.l3"]) + "@" + dom
    return comp, sw, box, dom


# ----------------------------------------------------------------------------------------------- kind templates
KINDS = ["shift_handover", "incident_report", "occ_health_referral", "equipment_licence", "agency_timesheet",
         "union_grievance", "supplier_complaint", "product_recall", "ppe_issue_trace"]


def sens_doc(kind, g, P, loc, doc, incidental):
    r = g.r
    lab = LAB[loc]
    say = SAY[loc]
    a = Person(g, P, loc, doc)
    b = Person(g, P, loc, doc)
    d = dt.date(2026, 1, 1) + dt.timedelta(days=r.randrange(0, 330))
    m = r.choice(MACHINES)
    if incidental:
        return incidental_doc(kind, g, P, loc, doc, a, d, m)
    v = r.randrange(4)
    if kind == "shift_handover":
        if v == 0:
            return (f"SHIFT HANDOVER {d} nights→days  {r.choice(LINES)}\n- {say[1]}\n- {m}: {serial(r)} OK after PM\n"
                    f"- {a.name()} went home 03:40 sick, cover arranged. if anything call him {a.phone()}\n- WIP: {batch(r)} 60% packed\n"
                    f"- {b.first()} (team leader) to chase maintenance re: guard interlock")
        if v == 1:
            return json.dumps({"shift": "B", "date": str(d), "lead": a.name(), "lead_mobile": a.phone(), "absent": [b.name()],
                               "notes": say[1], "oee": round(r.uniform(0.55, 0.88), 2)}, ensure_ascii=False)
        if v == 2:
            return (f"[WhatsApp] {d} 22:{r.randrange(10, 59)} - {a.name()}: {say[1]}\n{d} 22:{r.randrange(10, 59)} - {b.name()}: ok, "
                    f"pass it on. btw my new number is {b.phone()} the old one is dead\n{d} 22:59 - {a.name()}: 👍")
        return (f"Schichtbuch / shift log {d}\nMA | Std | Bemerkung\n{a.name()} | 8,0 | {say[1]}\n{b.name()} | 10,5 | Überstunden, Anschrift geändert: {b.address()}\n")
    if kind == "incident_report":
        ids = a.ids(1 if r.random() < 0.5 else None)
        if v == 0:
            return (f"ACCIDENT REPORT #{wo(r)}\nInjured person: {a.name()}\n{lab[1]}: {a.dob()}\n{lab[3]}: {a.address()}\n"
                    + "".join(f"{l}: {x}\n" for l, x in ids) +
                    f"Date/time: {d} {r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}  Location: {r.choice(LINES)}\nWhat happened: {say[0]}\n"
                    f"Witness: {b.name()} ({b.phone()})\nReportable (RIDDOR/OSHA): {r.choice(['Y', 'N', 'TBC'])}")
        if v == 1:
            return (f"Near miss {d}: {m} reversed without banksman, pedestrian {a.name()} had to jump clear. driver was {b.name()}, "
                    f"licence to be suspended pending review. {say[0]}")
        if v == 2:
            return (f"{lab[0]};{lab[1]};{lab[2]};{'; '.join(l for l, _ in ids)};lesion\n{a.name()};{a.dob()};{a.phone()};"
                    f"{'; '.join(x for _, x in ids)};{say[0]}")
        return (f"Subject: incident {d} – first aid\n\nHi,\n{say[0]}. The injured employee is {a.name()}, {lab[4]} {a.mail()}. "
                f"He asked that we send the insurer form to his home: {a.address()}.\nRegards, {b.name()}, EHS")
    if kind == "occ_health_referral":
        mrn = doc.v("MEDICAL_RECORD", g.mrn())
        his = "".join(f"\n{l}: {x}" for l, x in a.ids() if r.random() < 0.8)
        if v in (0, 1):
            return (f"OCCUPATIONAL HEALTH REFERRAL (management referral)\nEmployee: {a.name()}   {lab[1]}: {a.dob()}\nDept: {r.choice(LINES)} operator{his}\n"
                    f"Hospital MRN (from fit note): {mrn}\nReason: {say[2]}. Please advise on adjustments, fitness for nights and FLT duties.\n"
                    f"Referring manager: {b.name()}")
        if v == 2:
            return (f"Dear OH team, re {a.name()} ({lab[1]} {a.dob()}) – audiometry shows {r.randrange(20, 45)} dB shift at 4 kHz vs baseline. "
                    f"Clinic ref {mrn}. Contact: {a.phone()}")
        return json.dumps({"type": "oh_referral", "employee": {"name": a.name(), "dob": a.dob(), "email": a.mail()}, "mrn": mrn,
                           "reason": say[2], "restrictions": ["no lifting > 10kg", "no ladders"]}, ensure_ascii=False)
    if kind == "equipment_licence":
        cert = f"{r.choice(['RTITB', 'ITSSAR', 'IPAF PAL', 'UDT', 'DGUV 308-001', 'NPORS'])} card {r.randrange(100000, 999999)}"
        nid = a.ids(1)
        if v == 0:
            return (f"Operator licence register\n{lab[0]}: {a.name()}\n{lab[1]}: {a.dob()}\n{nid[0][0] if nid else 'ID'}: {nid[0][1] if nid else '-'}\n"
                    f"Categories: B1 counterbalance, D1 reach   Cert: {cert}  Expires {d + dt.timedelta(days=1095)}\nAssessor: {b.name()}")
        if v == 1:
            return (f"pls renew forklift tickets for these 2 before audit:\n1. {a.name()} – {a.phone()} – exp {d}\n2. {b.name()} – {b.mail()} – exp {d + dt.timedelta(days=20)}")
        if v == 2:
            return (f"name,dob,licence,category,expiry\n{a.name()},{a.dob()},{cert},MEWP 3a,{d}\n{b.name()},{b.dob()},{cert}-B,counterbalance,{d}")
        return f"Can you write a certificate text for {a.name()}, born {a.dob()}, who passed the overhead crane (pendant) assessment on {d}? {cert}."
    if kind == "agency_timesheet":
        ib = a.id_of("IBAN_CODE") or a.id_of("US_BANK_NUMBER")
        tax = a.id_of("TAX_ID") or a.id_of("ssn") or a.id_of("NATIONAL_ID")
        bank = f"{ib[0]} {ib[1]}" if ib else ""
        t = f"{tax[0]} {tax[1]}" if tax else ""
        if v in (0, 1):
            rows = "\n".join(f"{d + dt.timedelta(days=i)},{r.choice(['06-14', '14-22', '22-06'])},{r.choice([8, 8, 10, 12])}" for i in range(5))
            extra = "  ".join(f"{l} {x}" for l, x in a.ids() if r.random() < 0.6)
            return (f"AGENCY TIMESHEET wk {d.isocalendar()[1]}\nWorker: {a.name()}  {t}\n{bank}\n{extra}\nclock-in IP (app): {doc.v('IP_ADDRESS', g.ip())}\n"
                    f"date,shift,hrs\n{rows}\nApproved: {b.name()}")
        if v == 2:
            return (f"hi payroll, {a.name()} says his hours are missing for {d}. he worked 2 extra nights. please pay to {bank or a.address()} "
                    f"and call him {a.phone()} – thx")
        return json.dumps({"worker": a.name(), "agency_ref": wo(r), "tax": t, "bank": bank, "home": a.address(),
                           "hours": [r.choice([8, 10, 12]) for _ in range(5)]}, ensure_ascii=False)
    if kind == "union_grievance":
        if v == 0:
            return (f"FORMAL GRIEVANCE – stage 1\nMember: {a.name()}, {r.choice(LINES)}\nRep: {b.name()} ({b.phone()})\n"
                    f"Grievance: refused overtime after 12h shift, then given a verbal warning on {d}. Member's home address for correspondence: {a.address()}")
        if v == 1:
            return (f"Notes from meeting {d}. Present: {b.name()} (shop steward), HRBP. {a.name()} (DOB {a.dob()}) disputes the sickness trigger points; "
                    f"she has a disability and the OH report recommends adjustments.")
        if v == 2:
            return f"from: {a.mail()}\nto: {b.mail()}\nsubject: grievance\n\nhi, can you represent me on thursday? they want to move me to nights. {a.name()}"
        return f"{b.name()} is the GMB rep for the warehouse; {a.name()} ({a.phone()}) has asked him to accompany her to the disciplinary on {d}."
    if kind == "supplier_complaint":
        comp = company(P, r)
        if v in (0, 1):
            return (f"8D {wo(r)} – {comp}\nD1 team: {a.name()} (SQE, {a.phone()}), {b.name()} (supplier)\nD2: {r.randrange(40, 900)} pcs {batch(r)} "
                    f"bore Ø out of tol.\nNote: {b.name()} private mobile {b.phone()} – only for escalation")
        if v == 2:
            return (f"Complaint from {a.name()}, {a.address()}: her new kettle (batch {batch(r)}) leaked. She wants a refund to card {doc.v('CREDIT_CARD', g.card())}.")
        return f"supplier contact left, new one is {b.name()} – {b.mail()} / {b.phone()}. pls update vendor master {comp}"
    if kind == "product_recall":
        if v == 0:
            return (f"recall_notify.csv\nname,email,phone,address,serial\n{a.name()},{a.mail()},{a.phone()},\"{a.address()}\",{serial(r)}\n"
                    f"{b.name()},{b.mail()},{b.phone()},\"{b.address()}\",{serial(r)}")
        if v == 1:
            return (f"Customer {a.name()} ({lab[1]} {a.dob()}) called the hotline: child burned by the recalled heater {serial(r)}. "
                    f"Callback {a.phone()}. Refund to card {doc.v('CREDIT_CARD', g.card())}.")
        if v == 2:
            return json.dumps({"claim": wo(r), "consumer": a.name(), "contact": a.mail(), "ship_replacement_to": a.address(), "unit": serial(r)}, ensure_ascii=False)
        return f"Recall return label for {a.name()}, {a.address()}, tel {a.phone()} – product {gtin(r)} {batch(r)}"
    if kind == "ppe_issue_trace":
        if v == 0:
            nid = "".join(f"  {l}: {x}" for l, x in a.ids(1))
            return (f"RESPIRATOR FIT TEST RECORD\nWearer: {a.name()}  {lab[1]}: {a.dob()}{nid}\nMask: 3M 7502 M, {serial(r)}  Filter: {batch(r)}\n"
                    f"Fit factor: {r.randrange(100, 10000)}  PASS\nTester: {b.name()}")
        if v == 1:
            return (f"PPE issue log {d}\n{a.name()} – safety boots S3 size {r.randrange(38, 47)} – {serial(r)}\n{b.name()} – harness {serial(r)} – "
                    f"signed\nnote: send the spare to {a.name()} at home, {a.address()}")
        if v == 2:
            return (f"Harness {serial(r)} failed inspection; last issued to {a.name()}, contact {a.mail()}. Quarantine and tag.")
        return f"Gas detector {serial(r)} bump test log, user {a.name()}, badge tapped from home VPN {doc.v('IP_ADDRESS', g.ip())} at 21:14"
    raise KeyError(kind)


def incidental_doc(kind, g, P, loc, doc, a, d, m):
    """A long, mostly technical text with ONE private item."""
    r = g.r
    filler = "\n".join(f"{(dt.datetime(2026, 1, 1, 6) + dt.timedelta(minutes=17 * i)).strftime('%H:%M')} {r.choice(LINES)} "
                       f"{r.choice(['OK', 'jam cleared', 'changeover done', 'QC sample taken', 'waiting parts', 'running at rate'])} {batch(r)}"
                       for i in range(r.randrange(10, 22)))
    w = r.randrange(4)
    lab = LAB[loc]
    if w == 0:
        item = f"(if the line stops call my wife {a.first()} she knows where the spare key is)"
    elif w == 1:
        item = f"night lead mobile {a.phone()}"
    elif w == 2:
        item = f"{lab[1]} of the new starter: {a.dob()}"
    else:
        item = f"ask {a.first()}, my brother, he drives the {m}"
    lines = filler.split("\n")
    pos = r.randrange(len(lines))
    lines.insert(pos, item)
    return f"{kind.replace('_', ' ')} log {d} – {m}\n" + "\n".join(lines)


def benign_doc(kind, g, P, loc, doc):
    r = g.r
    comp, sw, box, dom = org_contact(g, P, loc)
    pub = r.choice(P["public"]) if P["public"] else ("the plant manager", "")
    epo = r.choice(P["eponyms"]) if P["eponyms"] else ("Pareto", "chart")
    fic = r.choice(P["fictional"]) if P["fictional"] else ("Operator X", "training video")
    reg = r.choice(REGULATORS)
    d = dt.date(2026, 1, 1) + dt.timedelta(days=r.randrange(0, 330))
    m = r.choice(MACHINES)
    lab = LAB[loc]
    v = r.randrange(6)
    return benign_core(kind, g, P, loc, r, comp, sw, box, pub, epo, fic, reg, d, m, lab, v) + "\n" + KIND_EXTRA[kind](r, sw, box)


KIND_EXTRA = {
    "shift_handover": lambda r, sw, box: f"Gantt for the changeover updated, SMED target {r.randrange(6, 15)} min. Handover channel: {box}.",
    "incident_report": lambda r, sw, box: f"Heinrich ratio check for Q{r.randrange(1, 5)}: {r.randrange(100, 400)} near misses / {r.randrange(0, 6)} LTIs. Ref {wo(r)}.",
    "occ_health_referral": lambda r, sw, box: "Borg RPE scale and the NIOSH lifting equation were used in the task assessment; no individual data kept here.",
    "equipment_licence": lambda r, sw, box: f"Licence categories: B1, B2, D1 (reach), IPAF 3a/3b; certificate template CERT-XXXX-XXXX; training provider desk {sw}.",
    "agency_timesheet": lambda r, sw, box: f"Agency rate card: {r.randrange(12, 16)}.{r.randrange(10, 99)}/h days, nights +25%; aggregated hours wk {r.randrange(1, 52)}: {r.randrange(8000, 15000)}.",
    "union_grievance": lambda r, sw, box: f"Collective agreement §{r.randrange(2, 9)}.{r.randrange(1, 9)}; the union's regional office switchboard {sw}; ballot turnout {r.randrange(40, 90)}%.",
    "supplier_complaint": lambda r, sw, box: f"PPM {r.randrange(50, 900)} vs target 50; Pareto: burrs {r.randrange(30, 50)}%, dimensions {r.randrange(15, 30)}%. Supplier quality mailbox {box}.",
    "product_recall": lambda r, sw, box: f"Public recall notice, Safety Gate alert A12/0{r.randrange(1000, 9999)}/26; hotline {sw}; batches {batch(r)} to {batch(r)}; units affected: {r.randrange(300, 40000)}.",
    "ppe_issue_trace": lambda r, sw, box: f"EN 149 FFP3 / EN ISO 20345 S3; serial range {serial(r)} .. {serial(r)}; device id {luhn_lookalike(r)}.",
}


def benign_core(kind, g, P, loc, r, comp, sw, box, pub, epo, fic, reg, d, m, lab, v):
    if v == 0:  # blank form / placeholders
        return (f"{kind.replace('_', ' ').upper()} – TEMPLATE v{r.randrange(2, 9)}.{r.randrange(0, 9)}\n{lab[0]}: ____________\n{lab[1]}: __/__/____\n"
                f"{lab[2]}: [PHONE]\n{lab[3]}: <address>\n{lab[4]}: name@example.com\nRef: {wo(r)}\nReturn to {box} or switchboard {sw}.")
    if v == 1:  # company's own contacts + serials/batch codes
        return (f"{comp} – registered office: {r.randrange(1, 99)} {r.choice(P['company'])} Business Park. Quality dept {box}, tel {sw}.\n"
                f"Affected: {m} {serial(r)}; lots {batch(r)}, {batch(r)}; GTIN {gtin(r)}; pallet {sscc(r)}; asset tag {luhn_lookalike(r)}.")
    if v == 2:  # aggregated regulator / company statistics
        rows = "\n".join(f"{s},{r.randrange(0, 40)},{r.randrange(0, 9)},{round(r.uniform(0.2, 3.5), 2)}" for s in ["Site A", "Site B", "Site C", "DC North"])
        return (f"Published {reg[0]} {reg[1]} extract + our own KPI ({d.year}):\nsite,near_misses,LTIs,LTIFR\n{rows}\n"
                f"Injured persons are reported only as IP1, IP2 … – no names kept in this sheet.")
    if v == 3:  # eponyms + public figures
        return (f"Training deck, slide {r.randrange(3, 40)}: {pub[0]} – {pub[1]}. Tools used on {m}: {epo[0]} {epo[1]}; also see the "
                f"{r.choice(P['eponyms'])[0] if P['eponyms'] else 'Gantt'} method. Example in the video: {fic[0]} ({fic[1]}).")
    if v == 4:  # documentation / test values
        return (f"Test data for the {kind.replace('_', ' ')} form (do NOT use real data): card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, "
                f"IP 192.0.2.{r.randrange(1, 254)}, phone (555) 01{r.randrange(0, 99):02d}, employee \"Jane Doe\", DOB 01/01/1900, batch {batch(r)}.")
    return (f"Anonymised summary {d}: Worker A ({r.choice(LINES)}) {SAY[loc][0]}. Worker B was witness. Root cause: guard interlock bypassed; "
            f"action {wo(r)} owner: maintenance supervisor (role). Machine {m} {serial(r)}. Contact {box}.")


# ----------------------------------------------------------------------------------------------- placement
SYSTEMS = ["You are a plant EHS assistant.", "You help warehouse team leaders with paperwork.", "Assistant for a quality engineer (IATF 16949 plant).",
           "You support HR and the works council of a manufacturing site.", "Answer briefly. Shop-floor English is fine."]
ASKS = {
    "shift_handover": ["summarise this handover for the morning meeting", "turn this into a clean handover table", "what needs action first?"],
    "incident_report": ["is this reportable? draft the investigation summary", "write the 5-why for this", "fill the accident form from these notes"],
    "occ_health_referral": ["tidy this referral letter", "what questions should OH answer here?", "rewrite this more neutrally"],
    "equipment_licence": ["check which tickets expire this quarter", "make a reminder email", "put this in the training matrix format"],
    "agency_timesheet": ["check the hours vs working time rules", "calculate the overtime", "draft a reply to the agency"],
    "union_grievance": ["draft the stage 1 response", "summarise the positions", "what does the procedure say about timelines?"],
    "supplier_complaint": ["write D3 containment actions", "draft the complaint email to the supplier", "classify the defect"],
    "product_recall": ["draft the customer letter", "de-duplicate this list", "what should the hotline script say?"],
    "ppe_issue_trace": ["check the fit test is valid", "which items need quarantine?", "make the PPE register entry"],
}
LOCAL_ASK = {"de-DE": "bitte kurz zusammenfassen", "pl-PL": "streść proszę", "es-MX": "resúmelo porfa", "pt-BR": "resume pra mim",
             "fr-FR": "fais un résumé", "it-IT": "riassumi per favore", "nl-NL": "vat even samen", "tr-TR": "özetler misin", "ro-RO": "fă un rezumat",
             "cs-CZ": "shrň to prosím", "ru-RU": "кратко перескажи", "uk-UA": "підсумуй коротко", "hi-IN": "सारांश बना दो", "zh-CN": "帮我总结一下",
             "ja-JP": "要約してください", "ko-KR": "요약해 주세요", "el-GR": "κάνε μια περίληψη", "he-IL": "תסכם בבקשה", "th-TH": "ช่วยสรุปให้หน่อย",
             "ar-AE": "لخص من فضلك", "vi-VN": "tóm tắt giúp mình"}

PLACES = ["user", "user", "system", "assistant", "tool", "parts", "file", "tool_args", "tools_schema", "response_format", "user_field", "image_url"]


def place(r, idx, kind, loc, text, ask, sensitive, doc, person_email):
    model = r.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
    sys = {"role": "system", "content": r.choice(SYSTEMS)}
    where = PLACES[idx % len(PLACES)]
    if where == "user_field" and not (sensitive and person_email):
        where = "user"
    body = {"model": model}
    if where == "user":
        body["messages"] = [sys, {"role": "user", "content": f"{ask}\n\n{text}" if r.random() < 0.6 else f"{text}\n\n{ask}"}]
    elif where == "system":
        body["messages"] = [{"role": "system", "content": f"{sys['content']} Context document:\n{text}"}, {"role": "user", "content": ask}]
    elif where == "assistant":
        body["messages"] = [sys, {"role": "user", "content": "here's the doc"}, {"role": "assistant", "content": f"Received:\n{text}"},
                            {"role": "user", "content": ask}]
    elif where == "tool":
        cid = f"call_{r.randrange(10**8, 10**9)}"
        body["messages"] = [sys, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "fetch_record", "arguments": json.dumps({"ref": wo(r)})}}]},
                            {"role": "tool", "tool_call_id": cid, "content": text}]
        body["tools"] = [{"type": "function", "function": {"name": "fetch_record", "description": "Fetch a record from the EHS/QMS system", "parameters": {"type": "object", "properties": {"ref": {"type": "string"}}}}}]
    elif where == "parts":
        body["messages"] = [sys, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": text}]}]
    elif where == "file":
        fname = f"{kind}_{r.randrange(100, 999)}.txt"
        body["messages"] = [sys, {"role": "user", "content": [{"type": "text", "text": ask},
                                                              {"type": "file", "file": {"filename": fname, "file_data": "data:text/plain;base64," + base64.b64encode(text.encode()).decode()}}]}]
    elif where == "tool_args":
        body["messages"] = [sys, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{r.randrange(10**8, 10**9)}", "type": "function", "function": {"name": "save_form", "arguments": json.dumps({"kind": kind, "text": text}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": "x", "content": "saved"}, {"role": "user", "content": "now " + ask}]
    elif where == "tools_schema":
        body["messages"] = [sys, {"role": "user", "content": ask}]
        body["tools"] = [{"type": "function", "function": {"name": "file_report", "description": f"File the report. Default content:\n{text}", "parameters": {"type": "object", "properties": {"summary": {"type": "string"}}}}}]
    elif where == "response_format":
        body["messages"] = [sys, {"role": "user", "content": ask}]
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": kind, "schema": {"type": "object", "description": f"Source record: {text}", "properties": {"summary": {"type": "string"}}}}}
    elif where == "user_field":
        body["messages"] = [sys, {"role": "user", "content": f"{ask}\n\n{text}"}]
        body["user"] = doc.v("EMAIL_ADDRESS", person_email)
    elif where == "image_url":
        q = urllib.parse.quote(text[:300])
        body["messages"] = [sys, {"role": "user", "content": [{"type": "text", "text": f"{ask}\n{text}"},
                                                              {"type": "image_url", "image_url": {"url": f"https://qms.example.com/scan.png?note={q}"}}]}]
    return body, where


def strings(o):
    if isinstance(o, str):
        yield o
        if o.startswith("data:") and ";base64," in o:
            yield base64.b64decode(o.split(";base64,", 1)[1]).decode("utf-8", "replace")
        if o.startswith("http"):
            yield urllib.parse.unquote(o)
        if o[:1] in "{[":
            try:
                yield from strings(json.loads(o))
            except Exception:
                pass
    elif isinstance(o, dict):
        for k in sorted(o):
            yield from strings(o[k])
    elif isinstance(o, list):
        for x in o:
            yield from strings(x)


def entities_of(body, issued):
    hay = "\n".join(strings(body))
    out, seen = [], set()
    for typ, val in issued:
        if (typ, val) in seen:
            continue
        seen.add((typ, val))
        if val and val in hay:
            out.append({"type": typ, "value": val})
    return out


# ----------------------------------------------------------------------------------------------- PII build
N_SENS, N_BEN = 32, 23


def build_pii(g, P):
    r = g.r
    recs = []
    plan = []
    for kind in KINDS:
        for i in range(N_SENS):
            plan.append((kind, True, i))
        for i in range(N_BEN):
            plan.append((kind, False, i))
    r.shuffle(plan)
    n_inc = 0
    for n, (kind, sens, i) in enumerate(plan):
        loc = LOCALES[(n * 7 + r.randrange(3)) % len(LOCALES)]
        if sens and kind in ("occ_health_referral", "agency_timesheet", "incident_report") and r.random() < 0.3:
            loc = r.choice(["en-US", "en-GB", "es-MX"])  # locales with health-insurance / SSN / bank-routing numbers
        doc = Doc()
        incidental = sens and i % 8 == 0  # 4 of 32 per kind = 12.5%
        email = None
        if sens:
            text = sens_doc(kind, g, P, loc, doc, incidental)
            if not incidental:
                email = Person(g, P, loc, Doc()).email if r.random() < 0.5 else None
        else:
            text = benign_doc(kind, g, P, loc, doc)
        ask = r.choice(ASKS[kind])
        if loc in LOCAL_ASK and r.random() < 0.4:
            ask = LOCAL_ASK[loc] + (" / " + ask if r.random() < 0.5 else "")
        if r.random() < 0.11:
            body = {"model": r.choice(["gpt-3.5-turbo-instruct", "hybridgate/auto"]), "prompt": f"{text}\n\n### {ask}:\n", "max_tokens": r.choice([256, 512])}
            where, endpoint = "prompt", "completions"
        else:
            body, where = place(r, n + r.randrange(3), kind, loc, text, ask, sens, doc, email)
            endpoint = "chat"
        ents = entities_of(body, doc.issued)
        if sens and not ents:
            raise SystemExit(f"sensitive record without entities: {kind} {loc}")
        if not sens:
            assert not doc.issued and not ents
        is_inc = sens and incidental and len({e["type"] for e in ents}) == 1
        n_inc += is_inc
        style = f"{kind} · {where}" + (" · incidental" if is_inc else "")
        rec = {"id": "", "category": kind if sens else f"{kind}_benign", "sensitive": bool(ents), "entities": ents,
               "endpoint": endpoint, "lang": loc, "style": style, "body": body}
        assert rec["sensitive"] == bool(rec["entities"]) == sens
        recs.append(rec)
    for k, rec in enumerate(recs, 1):
        rec["id"] = f"{SPLIT}-pii-{k:04d}"
    return recs, n_inc


# ----------------------------------------------------------------------------------------------- complexity
def cx_short_simple(r):
    psi = r.randrange(50, 400)
    kg = r.randrange(200, 2500)
    h = r.randrange(5, 12)
    opts = [
        ("en", f"convert {psi} psi to bar"), ("en", "what does LOTO stand for?"), ("en", f"shift starts 06:00 and lasts {h}h, what time does it end?"),
        ("de", "Was heißt 'Staplerschein' auf Englisch?"), ("de", f"Wie viel sind {kg} kg in Tonnen?"), ("pl", "Jak jest po angielsku 'wózek widłowy'?"),
        ("es", "¿Qué significa EPP?"), ("pt", "O que é uma FISPQ? uma frase só"), ("fr", "Traduire « chariot élévateur » en anglais"),
        ("ja", "「ヒヤリハット」を英語で一言で"), ("zh", "叉车的英文怎么说？"), ("tr", "İSG ne demek?"), ("ru", "Как по-английски «техника безопасности»?"),
        ("en", "give me 3 toolbox talk topics for a warehouse"), ("en", f"is {kg} kg over the rated capacity of a 2 tonne forklift?"),
        ("nl", "Wat betekent VCA?"), ("ko", "지게차를 영어로 뭐라고 해?"), ("hi", "PPE का पूरा नाम क्या है?"),
    ]
    return r.choice(opts)


def cx_long_easy(r):
    kind = r.randrange(4)
    if kind == 0:
        rows = "\n".join(f"{i + 1}. {batch(r)} — {r.choice(['pallet wrap', 'hi-vis vest L', 'earplugs 200pk', 'nitrile gloves 9', 'label roll 100x150', 'strapping 12mm'])} — qty {r.randrange(1, 400)} — bin {r.choice('ABCDEF')}{r.randrange(1, 40)}" for i in range(r.randrange(40, 60)))
        return r.choice([("en", f"count how many rows have qty under 50, just the number\n\n{rows}"), ("de", f"Bitte nur als Tabelle formatieren, nichts ändern:\n\n{rows}"),
                         ("pl", f"posortuj alfabetycznie po nazwie produktu\n\n{rows}")])
    if kind == 1:
        steps = "\n".join(f"Step {i + 1}: {r.choice(['Isolate the main switch and apply your personal padlock.', 'Check the pressure gauge reads zero before opening the guard.', 'Wear cut-resistant gloves when handling blades.', 'Confirm the area is clear and sound the horn before moving.', 'Record the check on the pre-use inspection sheet.', 'Report any damage to the team leader before use.'])}" for i in range(r.randrange(22, 34)))
        return r.choice([("en", f"fix spelling and make every step start with a verb, keep the order\n\n{steps}"), ("es", f"traduce al español, tal cual:\n\n{steps}"),
                         ("fr", f"traduis en français sans rien changer d'autre:\n\n{steps}"), ("ja", f"日本語に翻訳してください:\n\n{steps}")])
    if kind == 2:
        log = "\n".join(f"{(dt.datetime(2026, 3, 1, 6) + dt.timedelta(minutes=11 * i)).strftime('%H:%M')} {r.choice(LINES)} {r.choice(['running', 'stopped – jam', 'changeover', 'waiting material', 'running', 'QC hold'])}" for i in range(r.randrange(50, 70)))
        return r.choice([("en", f"list every time Line 3 was mentioned\n\n{log}"), ("zh", f"把所有'stopped'的行找出来\n\n{log}"), ("pt", f"quantas vezes aparece 'changeover'?\n\n{log}")])
    txt = " ".join(r.choice(["The warehouse operates three shifts.", "All visitors must sign in at reception and wear a hi-vis vest.", "Pedestrian walkways are marked in green.",
                             "Forklifts must not exceed 10 km/h inside the building.", "Fire exits must be kept clear at all times.", "Smoking is only permitted in the shelter by gate 2.",
                             "Report near misses using the QR code on the notice board."]) for _ in range(r.randrange(30, 45)))
    return r.choice([("en", f"make this into bullet points, remove duplicates\n\n{txt}"), ("ru", f"переведи на русский\n\n{txt}"), ("tr", f"Türkçeye çevir\n\n{txt}"),
                     ("ar", f"ترجم إلى العربية\n\n{txt}")])


def cx_short_hard(r):
    n = r.choice([1250, 3200, 8000, 500])
    cpk = round(r.uniform(0.9, 1.3), 2)
    opts = [
        ("en", f"Lot of {n} pcs, AQL 0.65 general inspection level II under ISO 2859-1: give the sample size and Ac/Re, then explain when switching to tightened inspection is triggered and why it protects the consumer."),
        ("en", f"Our Cpk is {cpk} but the data are right-skewed (flatness). Which non-normal capability method would you use, how do you estimate ppm out of spec, and what sample size do you need for a 95% CI of ±0.1 on Cpk?"),
        ("en", "Two-hand control plus light curtain on a hydraulic press: derive the required PLr per ISO 13849-1 risk graph and propose a Category 3 architecture with DC and MTTFd figures that reaches it."),
        ("de", "Berechne den NIOSH Lifting Index für 18 kg, H=45 cm, V=30 cm, D=100 cm, Asymmetrie 45°, 4 Hübe/min über 2 h, gute Griffe – und begründe jede Multiplikator-Annahme."),
        ("pl", "Mamy 3 doki, przyjazdy ciężarówek Poissona 5/h, obsługa wykładnicza śr. 30 min. Policz średni czas oczekiwania (M/M/c) i ile doków trzeba, by czekać < 10 min."),
        ("es", "Diseña un plan de muestreo de aceptación por variables (ANSI Z1.9) para un espesor con σ desconocida y explica el riesgo del productor y del consumidor con números."),
        ("fr", "Un chariot de 2,5 t avec centre de gravité à 500 mm : quelle capacité résiduelle à 1 200 mm de hauteur avec un porte-fourches à déplacement latéral de 80 kg ? Montre le calcul du moment."),
        ("ja", "ワイブル形状パラメータ β=1.8、η=12,000 h のベアリングで、B10寿命と、予防保全間隔を可用性最大化の観点から導出してください。"),
        ("zh", "冲压件毛刺问题，用DOE（2^(5-1) 分辨率V）设计实验，说明混杂结构，并解释如何从结果判断交互作用。"),
        ("en", "Write IEC 61131-3 structured text for a safety-rated speed monitoring interlock on a conveyor, and explain why it must still not be the only safety function (SIL claim)."),
        ("ru", "Докажи, что для последовательности заданий на одной машине правило SPT минимизирует среднее время пребывания, и покажи контрпример для взвешенного случая."),
        ("pt", "Com MTBF 420 h e MTTR 3,5 h em 4 máquinas em série e um buffer de 200 peças, estime o OEE de disponibilidade do sistema e explique o efeito do buffer."),
        ("en", "A fork arm has a surface crack 2 mm deep at the heel. Using Paris' law with C=3e-12, m=3, Δσ=120 MPa, estimate cycles to critical size for K_IC=60 MPa√m and say if ISO 5057 allows continued use."),
        ("de", "Klausel: 'Mehrarbeit über 10 h/Tag nur mit Zustimmung des Betriebsrats'. Der Leiharbeitnehmer-Einsatz überschreitet 18 Monate. Welche Konflikte zwischen AÜG, ArbZG und BetrVG entstehen, und wie priorisierst du sie?"),
    ]
    return r.choice(opts)


def cx_long_hard(r):
    log = "\n".join(f"{(dt.datetime(2026, 5, 4, 22) + dt.timedelta(minutes=7 * i)).strftime('%H:%M')} {r.choice(['press 6', 'hydraulic unit', 'light curtain', 'PLC', 'operator'])}: "
                    f"{r.choice(['pressure 212 bar', 'muting active', 'fault F-113 reset', 'cycle start', 'pressure 187 bar', 'guard opened', 'muting inactive', 'e-stop released', 'temperature 64°C'])}"
                    for i in range(r.randrange(45, 70)))
    data = "\n".join(f"{i + 1},{round(r.gauss(10.0, 0.04), 3)},{round(r.gauss(10.0, 0.05) + (0.03 if i > 25 else 0), 3)}" for i in range(r.randrange(60, 85)))
    opts = [
        ("en", f"Below is the event log around the hand injury on press 6. Reconstruct the most likely sequence, identify which safety function failed or was bypassed (muting vs interlock), list contradicting entries, and propose corrective actions ranked by the hierarchy of controls.\n\n{log}"),
        ("de", f"Hier die Messwerte (Teil, Maschine A, Maschine B). Prüfe auf Verschiebung (CUSUM oder EWMA), berechne Cp/Cpk je Maschine für 10,00 ±0,15 und begründe, ob die 8D-Abstellmaßnahme wirksam war.\n\nteil,A,B\n{data}"),
        ("pl", f"Log zdarzeń z prasy poniżej. Ustal przyczynę źródłową metodą 5 why i drzewa błędów, wskaż które wpisy są sprzeczne i co to mówi o systemie rejestracji.\n\n{log}"),
        ("es", f"Datos de dos máquinas abajo. Haz una prueba de hipótesis adecuada para comparar medias y varianzas, verifica supuestos, y redacta la conclusión para el cliente en el 8D.\n\npieza,A,B\n{data}"),
        ("ja", f"以下のログから災害発生までの時系列を再構成し、安全機能の不備とリスクアセスメントの見直し点を論理的に説明してください。\n\n{log}"),
        ("en", "Plan the weekend shutdown: 14 tasks with precedences and crew limits below. Find the critical path, level resources for 2 electricians and 3 fitters, and explain which tasks can slip.\n\n"
               + "\n".join(f"T{i + 1}: {r.randrange(2, 12)}h, needs {r.choice(['2 elec', '1 elec', '2 fitters', '3 fitters', '1 fitter + 1 elec'])}, after {', '.join(f'T{j + 1}' for j in sorted(r.sample(range(max(1, i)), min(i, r.randrange(0, 3))))) or '-'}" for i in range(14))
               + "\n" + "Note: LOTO must be verified by the shift electrician before any mechanical work. " * r.randrange(8, 14)),
        ("fr", f"Voici les mesures de deux machines. Évalue la capabilité, détecte une dérive éventuelle et propose un plan de surveillance (MSP) justifié.\n\npièce,A,B\n{data}"),
        ("zh", f"以下是事故前后的设备日志。请重建事件顺序，判断是光幕屏蔽还是联锁失效，并按控制层级提出整改措施。\n\n{log}"),
    ]
    return r.choice(opts)


def build_cx(g):
    r = g.r
    spec = [("short_simple", 47, cx_short_simple, 0), ("long_easy", 48, cx_long_easy, 0), ("short_hard", 48, cx_short_hard, 1), ("long_hard", 47, cx_long_hard, 1)]
    plan = [(c, f, lab) for c, n, f, lab in spec for _ in range(n)]
    r.shuffle(plan)
    recs = []
    for k, (cat, f, lab) in enumerate(plan, 1):
        for _ in range(50):
            lang, text = f(r)
            if cat not in ("long_easy", "long_hard") or len(text) >= 1500:
                break
        else:
            raise SystemExit("long_easy too short")
        if cat.startswith("short"):
            need(len(text) < 600, "short prompt too long")
        if cat == "long_hard":
            need(len(text) >= 1200, "long_hard too short")
        msgs = [{"role": "user", "content": text}]
        if r.random() < 0.4:
            msgs.insert(0, {"role": "system", "content": r.choice(SYSTEMS)})
        recs.append({"id": f"{SPLIT}-cx-{k:04d}", "category": cat, "label": lab, "length_adversarial": cat in ("short_hard", "long_easy"),
                     "endpoint": "chat", "lang": lang, "style": f"{cat}/manufacturing", "body": {"model": "hybridgate/auto", "messages": msgs}})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261219)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    global FROZEN
    FROZEN = frozen_words()
    rng = random.Random(a.seed)
    g = Gen(rng)
    P = make_pools(g)
    P["public"] = filter_list("public_figures", PUBLIC_FIGURES)
    P["eponyms"] = filter_list("eponyms", EPONYMS)
    P["fictional"] = filter_list("fictional", FICTIONAL)
    pii, n_inc = build_pii(g, P)
    cx = build_cx(g)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, recs in (("pii", pii), ("complexity", cx)):
        p = out / f"{name}_{SPLIT}.jsonl"
        p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs), encoding="utf-8")
        paths.append(p)
    sens = sum(x["sensitive"] for x in pii)
    print(f"frozen word set: {len(FROZEN)} words")
    print("pools (kept, dropped by freeze):", json.dumps({k: v for k, v in sorted(POOL_STATS.items())}))
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, {n_inc} single-item incidental, "
          f"{sum(x['endpoint'] == 'completions' for x in pii)} completions, {len({x['lang'] for x in pii})} locales")
    print("pii categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("placements:", dict(sorted(collections.Counter(x["style"].split(" · ")[1] for x in pii).items())))
    print(f"complexity: {len(cx)} records,", dict(sorted(collections.Counter(x["category"] for x in cx).items())),
          f"{sum(x['length_adversarial'] for x in cx)} length-adversarial, {sum(x['label'] for x in cx)} label 1, "
          f"{len({x['lang'] for x in cx})} languages, min long_easy len {min(len(x['body']['messages'][-1]['content']) for x in cx if x['category'] == 'long_easy')}")
    for p in paths:
        print(p.name, hashlib.sha256(p.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
