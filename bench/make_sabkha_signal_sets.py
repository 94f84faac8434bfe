#!/usr/bin/env python3
"""Sabkha: a blind evaluation split for the request signals, organised by UTILITIES AND TELECOMS CUSTOMER OPERATIONS.

Writes bench/data/signals/pii_sabkha.jsonl and bench/data/signals/complexity_sabkha.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind. Its author read only the brief, the first 70 lines of bench/make_delta_signal_sets.py (schema and
    label conventions) and the first two lines of pii_delta.jsonl / complexity_delta.jsonl. Not read: the
    detector, the scorer, their tests, the evaluator, results, docs, policies, README, any commit message,
    and no other generator except through the automatic freeze: at run time the sources of the splits
    listed in FROZEN_AGAINST (this file excluded) are scanned for capitalised and non-ASCII words, and every
    entry of every name, street, company and town pool that shares a word (or a non-ASCII bigram) with that
    set is dropped and refilled from invented, locale-typical syllables (capped retries, re-checked). The
    freeze applies to the distinctive pool entries; generic template words (Road, rue, Energy, Ltd, the
    labels of a form) are not pool entries. Frozen words are never printed.

Organising principle and the line drawn
    Customer operations of energy, water, broadband and mobile providers. Nine kinds (categories):
    account_change (move in/out, change of tenancy, direct debit), meter_reading (reads, smart-meter exports,
    disputes of estimated bills), broadband_fault (line/router faults, speed tests, engineer visits),
    porting_sim (number porting, PAC/STAC codes, SIM swaps, eSIM), debt_payment_plan (arrears, collection
    letters, payment plans), priority_register (vulnerable customers: medical equipment, hearing/sight,
    age), field_job_sheet (engineers' job sheets, access notes), ombudsman_complaint (complaints escalated
    to an ombudsman / regulator), outage_notice (power, water and network outages). Sensitive records
    (``<kind>``) carry data about PRIVATE customers and their households: names with a role cue, home
    addresses, personal phones and e-mails, birth dates, national, tax and health numbers, bank/card data,
    a customer's public IP address. Benign records (``<kind>_benign``) are the hard negatives a utility
    privacy officer would NOT call personal data: network status pages, aggregated outage and complaint
    statistics, tariff sheets, sample bills and blank forms with placeholders, press statements quoting
    named executives and regulators in their public role, companies' own switchboards, freephone numbers
    and role mailboxes, registered offices, meter serial numbers, MPAN/MPRN/CUPS-like supply-point numbers,
    IMEI/ICCID values (device and supply-point identifiers are treated as NOT personal on their own and are
    never labelled, also when they appear in sensitive records), documentation IPs (RFC 5737) and private
    router addresses, test card numbers, reference/ticket/job numbers, eponyms (Ohm, Faraday, Volta) and
    anonymised case summaries. About 12% of the sensitive records carry a single incidental item only (a
    first name with a relation cue, one phone number or one birth date inside a long operational text).

Labels
    ``entities`` is a list of {"type", "value"} dicts computed by searching the serialised body (all
    strings, JSON-in-strings such as tool-call arguments parsed, data: URLs base64-decoded, URLs unquoted)
    for every value the record issued; ``sensitive`` is true iff ``entities`` is non-empty (asserted).
    Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID,
    HEALTH_INSURANCE (NHS number, health-insurer numbers), CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US SSN
    only), US_BANK_NUMBER (account number given with a routing number), MEDICAL_RECORD (hospital numbers).
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars, length-adversarial), short_hard (1,
    length-adversarial), long_hard (1).

Contents (seed 20261206; the run prints all counts)
    pii_sabkha.jsonl: 504 requests (458 chat, 46 completions; 9 kinds x 56, 32-33 sensitive + 23-24 benign per
    kind: 292 sensitive / 212 benign, 37 sensitive ones with a single incidental item only), 21 locales in Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana and Hangul
    scripts; the document is placed by rotation in user / system / assistant / tool messages, text and
    file content parts, tool-call arguments, tool schemas, response_format, ``user`` and the completions
    prompt. Entities: person 270, STREET_ADDRESS 255, PHONE_NUMBER 220, EMAIL_ADDRESS 142, DATE_OF_BIRTH 67,
    NATIONAL_ID 45, CREDIT_CARD 31, IBAN_CODE 30, IP_ADDRESS 28, TAX_ID 21, MEDICAL_RECORD 10, HEALTH_INSURANCE 5,
    ssn 5, US_BANK_NUMBER 1. The freeze scanned 117,462 words and dropped/refilled 241 composed pool entries.
    complexity_sabkha.jsonl: 192 requests (48 per category; 96 length-adversarial, 96 labelled 1) in 15
    language tags.

Validation
    Every national/tax/health identifier is generated against and validated with python-stdnum, IBANs with
    stdnum.iban, cards and hospital numbers with Luhn, phone numbers with ``phonenumbers`` (valid for their
    region); the run aborts on an invalid value. Every retry loop is capped.

Command (deterministic for a given seed)
    python bench/make_sabkha_signal_sets.py [--seed 20261206] [--out bench/data/signals]
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
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.eg import tn as eg_tn
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "sabkha"

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
            continue  # never freeze against this file itself
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


def clashes(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return True
        for part in re.split(r"['\-]", t):
            if part and part in FROZEN and not part.isdigit():
                return True
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in FROZEN:
            return True
    return False


def compose(rng, parts_a, parts_b, pool_name, joiner="", cap=400):
    """An invented word from locale-typical parts that shares nothing with the frozen set."""
    for _ in range(cap):
        w = rng.choice(parts_a) + joiner + rng.choice(parts_b)
        if w and not clashes(w):
            return w
        FREEZE_STATS[pool_name + "_dropped"] += 1
    raise SystemExit(f"freeze: could not refill pool {pool_name}")


# --------------------------------------------------------------------------------------------------------------
# locales: invented name parts, street patterns, labels and native sentences
# --------------------------------------------------------------------------------------------------------------
L = {}


def loc(tag, **kw):
    L[tag] = kw


loc("en-GB", region="GB", script="Latin",
    fa=["Bram", "Cel", "Tam", "Ros", "Wyn", "Ned", "Jes", "Mar", "Elo", "Hol"], fb=["wyn", "anie", "sin", "etta", "by", "ric", "ella", "lan"],
    la=["Thorn", "Ash", "Brack", "Pell", "Whit", "Crab", "Hobb", "Marl", "Tunn", "Quill"], lb=["ridge", "wick", "ford", "hurst", "ley", "bottle", "stow", "combe"],
    sa=["Gorse", "Wren", "Tansy", "Fallow", "Brindle", "Ossel", "Pyke", "Lark"], sb=["hill", "field", "wood", "brook", "mead", "croft"],
    street=["{n} {s} Road", "Flat {f}, {n} {s} Close", "{n} {s} Terrace"], town=(["Ash", "Nether", "Kings", "Lower", "Blyth"], ["by", "worth", "ham", "bury", "ton"]),
    pc=lambda r: f"{r.choice('BLMNSW')}{r.choice('SEHAT')}{r.randint(1,19)} {r.randint(1,9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
    dob="%d/%m/%Y", mail=["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
    lab=dict(name="Name", addr="Address", phone="Tel", dob="DOB", acct="Acct no"),
    nat=dict(fault="broadband keeps dropping every evening, router lights flashing orange",
             bill="the bill is way higher than normal, think it's estimated again",
             meter="gave the meter reading on the app but it didn't go through",
             move="moving out on the 28th, new tenants moving in",
             outage="no power on the whole street since about 6am"))
loc("en-US", region="US", script="Latin",
    fa=["Day", "Kay", "Bry", "Jal", "Tre", "Shan", "Cor", "Lor", "Dar"], fb=["len", "lee", "ton", "son", "ice", "ette", "vin", "dra"],
    la=["Kettel", "Brum", "Haw", "Dunk", "Mabr", "Pruitt", "Oakh", "Gand", "Voss"], lb=["er", "ley", "ington", "ström", "aker", "ows", "man", "berg"],
    sa=["Sycam", "Pecan", "Bluest", "Prair", "Hick", "Juni"], sb=["ore", "field", "view", "crest", "wood", "ridge"],
    street=["{n} {s} Ave", "{n} {s} Dr Apt {f}", "{n} W {s} St"], town=(["Port", "Ellis", "Cedar", "Rock", "Mill"], ["ville", "ton", "burg", " Falls", " Springs"]),
    pc=lambda r: f"{r.choice(['OH', 'TX', 'GA', 'MN', 'AZ'])} {r.randint(10000, 99950)}",
    dob="%m/%d/%Y", mail=["gmail.com", "yahoo.com", "aol.com", "icloud.com"],
    lab=dict(name="Customer", addr="Service address", phone="Phone", dob="DOB", acct="Account #"),
    nat=dict(fault="internet has been out since the storm, modem shows no DS light",
             bill="my autopay pulled twice this month",
             meter="the meter reader hasn't come in 3 months and they keep estimating",
             move="I'm transferring service to my new apartment",
             outage="power's been out on our block since last night"))
loc("de-DE", region="DE", script="Latin",
    fa=["Ger", "Hel", "Wal", "Ul", "Jo", "Ilse", "Rein", "Kon"], fb=["trud", "mar", "hold", "rike", "lind", "bert", "wig"],
    la=["Brück", "Hoh", "Wend", "Kalt", "Stein", "Hag", "Ried", "Lütt"], lb=["elmeyer", "hagen", "bauer", "wald", "ecker", "ner", "kamp"],
    sa=["Amsel", "Holunder", "Kiebitz", "Ulmen", "Mühlen", "Flachs"], sb=["grund", "anger", "brink", "hof", "feld"],
    street=["{s}weg {n}", "{s}straße {n}", "{s}ring {n}a"], town=(["Ober", "Nieder", "Alt", "Neu"], ["hausen", "dorf", "heim", "stedt"]),
    pc=lambda r: f"{r.randint(10000, 99998)}", dob="%d.%m.%Y", mail=["web.de", "gmx.de", "t-online.de"],
    lab=dict(name="Name", addr="Anschrift", phone="Tel.", dob="Geb.-Datum", acct="Vertragskonto"),
    nat=dict(fault="Internet fällt seit Tagen abends aus, DSL-Lampe blinkt",
             bill="die Jahresabrechnung ist viel zu hoch, der Zählerstand wurde geschätzt",
             meter="Zählerstand im Portal eingegeben, kam aber eine Fehlermeldung",
             move="wir ziehen zum Monatsende um, bitte Vertrag mitnehmen",
             outage="seit heute früh kein Strom in der ganzen Siedlung"))
loc("fr-FR", region="FR", script="Latin",
    fa=["Gis", "Mar", "Aur", "Lou", "Ber", "Clo", "Séra", "Odi"], fb=["èle", "ine", "ette", "ric", "phine", "lon"],
    la=["Dela", "Bou", "Mart", "Cha", "Roux", "Lefe", "Gir"], lb=["vigne", "chard", "ineau", "ssagne", "lier", "vaud"],
    sa=["Cour", "Bel", "Mar", "Roch", "Font", "Vaur", "Gral"], sb=["taine", "lière", "ceau", "elle", "ignac", "ouse"],
    street=["{n} rue de la {s}", "{n} allée {s}", "{n} bis chemin de {s}"], town=(["Mont", "Ville", "Roque", "Caste", "Bour"], ["fort", "neuve", "riac", "lnau", "gueil"]),
    pc=lambda r: f"{r.randint(1, 95):02d}{r.randint(0, 999):03d}", dob="%d/%m/%Y", mail=["orange.fr", "free.fr", "laposte.net"],
    lab=dict(name="Nom", addr="Adresse", phone="Tél", dob="Né(e) le", acct="Réf. client"),
    nat=dict(fault="la box redémarre toute seule, plus d'internet le soir",
             bill="la facture de régularisation est énorme, relevé estimé",
             meter="j'ai transmis mon index mais le compteur Linky affiche autre chose",
             move="je déménage le 15, il faut résilier et ouvrir un nouveau contrat",
             outage="coupure de courant dans tout le quartier depuis ce matin"))
loc("es-ES", region="ES", script="Latin",
    fa=["Mar", "Ire", "Jus", "Cons", "Ama", "Rog", "Feli"], fb=["iela", "ne", "tino", "uelo", "dora", "elio"],
    la=["Villa", "Casa", "Arro", "Peña", "Oli", "Mon"], lb=["ruel", "nueva", "yuelo", "lba", "vares", "tejo"],
    sa=["Alcar", "Retam", "Olmed", "Cerral", "Jazmin", "Almend"], sb=["illa", "ero", "ejo", "ales", "ona"],
    street=["C/ {s}, {n}, {f}º", "Avda. {s} {n}", "Calle {s} {n}, bajo"], town=(["Villa", "Torre", "Puebla", "Fuente"], ["real", "nueva", "alta", "seca"]),
    pc=lambda r: f"{r.randint(1, 52):02d}{r.randint(0, 999):03d}", dob="%d/%m/%Y", mail=["hotmail.es", "gmail.com", "telefonica.net"],
    lab=dict(name="Titular", addr="Dirección", phone="Tlf", dob="F. nacimiento", acct="Nº contrato"),
    nat=dict(fault="la fibra se corta cada noche y el router parpadea en rojo",
             bill="la factura de la luz viene el doble que el mes pasado",
             meter="el contador digital no manda las lecturas",
             move="me mudo el día 1, quiero el cambio de titular",
             outage="no hay agua en todo el edificio desde las 7"))
loc("it-IT", region="IT", script="Latin",
    fa=["Gian", "Ros", "Ilar", "Lor", "Ott", "Benv"], fb=["aria", "ella", "enzo", "avio", "ina"],
    la=["Castel", "Pier", "Lom", "Mar", "Zan", "Fior"], lb=["lucci", "angeli", "bardo", "etti", "oni", "avanti"],
    sa=["Gelso", "Cipre", "Mando", "Rover", "Ulive", "Tarme"], sb=["lina", "sco", "lese", "ella", "rino"],
    street=["Via {s} {n}", "Viale {s} {n}/B", "Vicolo {s} {n}"], town=(["Borgo ", "Castel", "Monte", "Villa"], ["franco", "vecchio", "rosso", "nova"]),
    pc=lambda r: f"{r.randint(10, 98)}{r.randint(0, 999):03d}", dob="%d/%m/%Y", mail=["libero.it", "virgilio.it", "tiscali.it"],
    lab=dict(name="Intestatario", addr="Indirizzo", phone="Cell.", dob="Data di nascita", acct="Cod. cliente"),
    nat=dict(fault="il modem non aggancia la linea da tre giorni",
             bill="bolletta del gas altissima con conguaglio",
             meter="autolettura inviata ma in bolletta c'è un consumo stimato",
             move="voglio fare la voltura, mi trasferisco a fine mese",
             outage="manca la corrente in tutta la via da stamattina"))
loc("nl-NL", region="NL", script="Latin",
    fa=["Wil", "Jan", "Fem", "Roe", "Ties", "Mar"], fb=["ke", "neke", "ijn", "tje", "ma"],
    la=["Brugh", "Veld", "Kamp", "Heuv", "Mol", "Slo", "Wier"], lb=["gema", "stra", "inga", "huis", "ink", "sma"],
    sa=["Kievit", "Meidoorn", "Lijster", "Vlier", "Hazel"], sb=["laan", "straat", "hof", "weg"],
    street=["{s} {n}", "{s} {n}-II", "{s} {n}A"], town=(["Nieuw", "Oud", "Groot"], ["dorp", "wijk", "veen", "kerk"]),
    pc=lambda r: f"{r.randint(1000, 9999)} {r.choice('ABDEHJKLMNPRST')}{r.choice('ABDEHJKLMNPRST')}", dob="%d-%m-%Y", mail=["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    lab=dict(name="Naam", addr="Adres", phone="Tel", dob="Geboortedatum", acct="Klantnummer"),
    nat=dict(fault="internet valt steeds weg, modem knippert rood",
             bill="de jaarafrekening is veel te hoog, meterstand geschat",
             meter="slimme meter geeft geen standen door",
             move="ik verhuis per 1 maart, energiecontract verhuizen graag",
             outage="stroomstoring in de hele wijk sinds vanochtend"))
loc("pl-PL", region="PL", script="Latin",
    fa=["Bogu", "Hali", "Zdzi", "Mał", "Wie", "Ire"], fb=["sława", "na", "sław", "gorzata", "neusz"],
    la=["Kowa", "Wrzo", "Domb", "Grab", "Pilch"], lb=["lczyk", "sek", "rowski", "iec", "owska"],
    sa=["Jaśmi", "Wrzo", "Kali", "Modrze", "Tarni", "Jałow"], sb=["nowa", "sowa", "cowa", "lowa", "ńska"],
    street=["ul. {s} {n}/{f}", "ul. {s} {n} m. {f}"], town=(["Brzo", "Grab", "Wierz", "Lipi", "Dęb"], ["wice", "nica", "owo", "ówek", "łaki"]),
    pc=lambda r: f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}", dob="%d.%m.%Y", mail=["wp.pl", "onet.pl", "o2.pl"],
    lab=dict(name="Imię i nazwisko", addr="Adres", phone="Tel.", dob="Data ur.", acct="Nr klienta"),
    nat=dict(fault="internet zrywa się co wieczór, router miga",
             bill="rachunek za prąd dwa razy wyższy niż zwykle",
             meter="podałem odczyt licznika ale w fakturze jest prognoza",
             move="przeprowadzam się, chcę przepisać umowę",
             outage="brak prądu na całym osiedlu od rana"))
loc("pt-BR", region="BR", script="Latin",
    fa=["Jo", "Ivo", "Rai", "Cle", "Edi", "Lu"], fb=["sélia", "nete", "mundo", "ane", "valdo"],
    la=["Bragan", "Vascon", "Mourão", "Pais", "Teles"], lb=["ça", "celos", "zinho", "ares"],
    sa=["Jacar", "Ipor", "Taqu", "Murit", "Cajaz"], sb=["anga", "ema", "ara", "iba", "eira"],
    street=["Rua {s}, {n}, ap. {f}", "Av. {s}, {n}"], town=(["Ita", "Pira", "Ara", "Guaj", "Ibi"], ["quera", "tuba", "poranga", "rema", "tinga"]),
    pc=lambda r: f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}", dob="%d/%m/%Y", mail=["uol.com.br", "bol.com.br", "gmail.com"],
    lab=dict(name="Nome", addr="Endereço", phone="Cel", dob="Nascimento", acct="Nº instalação"),
    nat=dict(fault="a internet cai toda noite e o roteador fica piscando",
             bill="a conta de luz veio o dobro, acho que leram errado",
             meter="o leiturista não passou e cobraram pela média",
             move="vou mudar de casa, preciso transferir a titularidade",
             outage="estamos sem luz no bairro desde ontem"))
loc("sv-SE", region="SE", script="Latin",
    fa=["Ing", "Sig", "Åse", "Tor", "Lin"], fb=["rid", "vald", "borg", "nea"],
    la=["Björk", "Lind", "Hag", "Ek", "Sjö"], lb=["qvist", "strand", "dahl", "holm"],
    sa=["Rönnbärs", "Lingon", "Hassel", "Syren"], sb=["vägen", "gatan", "stigen"],
    street=["{s} {n}", "{s} {n} lgh 1{f}02"], town=(["Norr", "Söder", "Väster"], ["köping", "by", "tälje"]),
    pc=lambda r: f"{r.randint(100, 989)} {r.randint(10, 99)}", dob="%Y-%m-%d", mail=["telia.com", "bredband.net", "gmail.com"],
    lab=dict(name="Namn", addr="Adress", phone="Tel", dob="Födelsedatum", acct="Kundnr"),
    nat=dict(fault="bredbandet går ner varje kväll", bill="elräkningen är dubbelt så hög",
             meter="mätaren skickar inga värden", move="jag flyttar den 1:a, vill flytta avtalet",
             outage="strömavbrott i hela området sedan i morse"))
loc("tr-TR", region="TR", script="Latin",
    fa=["Gül", "Nes", "Erd", "Sev", "Tun"], fb=["şen", "rin", "oğan", "gül", "ay"],
    la=["Karaka", "Yıldı", "Öztu", "Akbu", "Demirt"], lb=["ş", "rım", "rk", "lut", "aş"],
    sa=["Çınar", "Lale", "Ihla", "Menek", "Sögüt"], sb=["lık", "dibi", "altı", "yolu", "özü"],
    street=["{s} Sok. No:{n} D:{f}", "{s} Cad. No:{n}/{f}"], town=(["Yeni", "Eski", "Kara"], ["köy", "şehir", "tepe"]),
    pc=lambda r: f"{r.randint(10, 81)}{r.randint(0, 999):03d}", dob="%d.%m.%Y", mail=["hotmail.com", "gmail.com", "yandex.com.tr"],
    lab=dict(name="Ad Soyad", addr="Adres", phone="Tel", dob="Doğum tarihi", acct="Abone no"),
    nat=dict(fault="internet akşamları sürekli kopuyor, modem ışığı yanıp sönüyor",
             bill="elektrik faturası iki katı gelmiş", meter="sayaç okuması yanlış girilmiş",
             move="taşınıyorum, aboneliği yeni adrese almak istiyorum",
             outage="sabahtan beri mahallede elektrik yok"))
loc("ru-RU", region="RU", script="Cyrillic",
    fa=["Мир", "Свято", "Веле", "Доро", "Ярос"], fb=["ослав", "слава", "мира", "фея", "лав"],
    la=["Загор", "Бело", "Ключ", "Погод", "Сухо"], lb=["ьев", "цветов", "арёв", "инский", "вертов"],
    sa=["Рябин", "Черём", "Сирен", "Клён", "Ольх"], sb=["овая", "ушкина", "евская", "овская", "инная"],
    street=["ул. {s}, д. {n}, кв. {f}", "{s} ул., д. {n}"], town=(["Ново", "Старо", "Верхне"], ["озёрск", "полье", "каменск"]),
    pc=lambda r: f"{r.randint(101000, 692999)}", dob="%d.%m.%Y", mail=["mail.ru", "yandex.ru", "bk.ru"],
    lab=dict(name="ФИО", addr="Адрес", phone="Тел.", dob="Дата рождения", acct="Лицевой счёт"),
    nat=dict(fault="интернет пропадает каждый вечер, роутер мигает", bill="квитанция за свет в два раза больше",
             meter="передал показания счётчика, а начислили по нормативу", move="переезжаю, нужно переоформить договор",
             outage="с утра нет электричества во всём доме"))
loc("el-GR", region="GR", script="Greek",
    fa=["Σταυ", "Ευθυ", "Χαρί", "Πανα"], fb=["ρούλα", "μία", "κλεια", "γιώτης"],
    la=["Καρα", "Παπα", "Μαυρο", "Λιακο"], lb=["γιάννης", "δάκης", "πουλος", "θανάσης"],
    sa=["Ανεμ", "Γαρδ", "Κυκλ", "Μυρτ", "Δαφν"], sb=["ώνης", "ένιας", "αμίνου", "ιάς", "ούλας"],
    street=["Οδός {s} {n}", "{s} {n}, {f}ος όροφος"], town=(["Νεο", "Ανω", "Παλαιο", "Κατω", "Μεσο"], ["χώρι", "πετρα", "λίμνη", "κάστρο", "ρεμα"]),
    pc=lambda r: f"{r.randint(100, 851)} {r.randint(0, 99):02d}", dob="%d/%m/%Y", mail=["otenet.gr", "gmail.com", "yahoo.gr"],
    lab=dict(name="Ονοματεπώνυμο", addr="Διεύθυνση", phone="Τηλ.", dob="Ημ. γέννησης", acct="Αρ. παροχής"),
    nat=dict(fault="το ίντερνετ κόβεται κάθε βράδυ", bill="ο λογαριασμός ρεύματος ήρθε διπλάσιος",
             meter="δεν έγινε καταμέτρηση, χρέωση με εκτίμηση", move="μετακομίζω, θέλω αλλαγή ονόματος στον λογαριασμό",
             outage="δεν έχουμε ρεύμα από το πρωί σε όλη τη γειτονιά"))
loc("he-IL", region="IL", script="Hebrew",
    fa=["אבי", "נוע", "שיר", "טל", "רונ"], fb=["גיל", "ה", "לי", "ית"],
    la=["טבק", "זרח", "ליפ", "מרג", "שחר"], lb=["וני", "ילי", "ובסקי", "יאן", "ון"],
    sa=["הרק", "הדק", "השק", "הגפ"], sb=["פות", "לים", "דים", "נים"],
    street=["רחוב {s} {n} דירה {f}", "{s} {n}"], town=(["אבנ", "גפנ", "שקד", "תמר", "ארז"], ["יה", "ית", "ון", "ים", "ה"]),
    pc=lambda r: f"{r.randint(1000000, 9999999)}", dob="%d/%m/%Y", mail=["walla.co.il", "gmail.com"],
    lab=dict(name="שם", addr="כתובת", phone="טלפון", dob="תאריך לידה", acct="מס' מנוי"),
    nat=dict(fault="האינטרנט נופל כל ערב, הנורה בראוטר מהבהבת", bill="חשבון החשמל הגיע כפול",
             meter="המונה החכם לא שולח קריאות", move="אני עובר דירה, צריך להעביר את החשבון",
             outage="אין חשמל בכל השכונה מהבוקר"))
loc("ar-EG", region="EG", script="Arabic",
    fa=["مح", "سل", "هال", "نو", "عب"], fb=["روس", "مى", "ة", "ران"],
    la=["الشر", "البد", "العط", "المن"], lb=["قاوي", "راوي", "يفي", "شاوي"],
    sa=["الياس", "النخ", "الصفص", "الزيز", "الكرم"], sb=["مين", "يلة", "افي", "فون", "انة"],
    street=["{n} شارع {s}، الدور {f}", "شارع {s} رقم {n}"], town=(["البر", "الشو", "المن", "الطو", "القص"], ["كة", "بك", "يرة", "اسي", "ابين"]),
    pc=lambda r: f"{r.randint(11000, 99999)}", dob="%d/%m/%Y", mail=["yahoo.com", "gmail.com", "hotmail.com"],
    lab=dict(name="الاسم", addr="العنوان", phone="موبايل", dob="تاريخ الميلاد", acct="رقم الحساب"),
    nat=dict(fault="النت بيفصل كل شوية والراوتر بينور أحمر", bill="فاتورة الكهرباء جت الضعف",
             meter="العداد الكارت مش بيشحن", move="هنقل لشقة جديدة وعايز أنقل العداد",
             outage="الكهرباء قاطعة في الشارع كله من الصبح"))
loc("hi-IN", region="IN", script="Devanagari",
    fa=["सुर", "अनु", "विज", "मीन", "राज"], fb=["भि", "राधा", "येंद्र", "ाक्षी", "ेश"],
    la=["तिवा", "भार", "चौध", "सक्से"], lb=["री", "द्वाज", "रानी", "ना"],
    sa=["गुल", "अशो", "कदं", "पला", "मौल"], sb=["मोहर", "कवन", "बवाड़ी", "शपुर", "सिरी"],
    street=["मकान नं. {n}, {s} मार्ग", "{n}/{f}, {s} नगर"], town=(["राम", "सीता", "शिव", "हरि", "कुसुम"], ["पुरवा", "गंज", "खेड़ा", "डीह", "टोला"]),
    pc=lambda r: f"{r.randint(110001, 855999)}", dob="%d-%m-%Y", mail=["gmail.com", "rediffmail.com", "yahoo.in"],
    lab=dict(name="नाम", addr="पता", phone="मोबाइल", dob="जन्म तिथि", acct="उपभोक्ता संख्या"),
    nat=dict(fault="वाईफाई हर शाम बंद हो जाता है", bill="बिजली का बिल दोगुना आया है",
             meter="मीटर रीडिंग गलत ली गई है", move="घर बदल रहा हूँ, कनेक्शन ट्रांसफर करना है",
             outage="सुबह से पूरे मोहल्ले में बिजली नहीं है"))
loc("ja-JP", region="JP", script="Han/Kana",
    fa=["千", "美", "和", "悠", "晴"], fb=["穂", "紗", "真", "登", "葉"],
    la=["栗", "柿", "桐", "榎"], lb=["ノ沢", "ヶ原", "塚", "野辺"],
    sa=["桜", "楓", "柊", "椿", "榊", "梢"], sb=["台", "ヶ丘", "坂", "通", "野"],
    street=["{s}{n}丁目{f}-{m}", "{s}{n}-{f}-{m}"], town=(["東", "西", "北"], ["森市", "浜町", "川村"]),
    pc=lambda r: f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d}", dob="%Y年%m月%d日", mail=["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp"],
    lab=dict(name="氏名", addr="住所", phone="電話", dob="生年月日", acct="お客様番号"),
    nat=dict(fault="夜になるとネットが切れます、ONUのランプが赤く点滅", bill="今月の電気代が先月の倍です",
             meter="スマートメーターの検針値がおかしい", move="引っ越しするので名義変更をお願いします",
             outage="朝から地区全体で停電しています"), order="family", sep="")
loc("ko-KR", region="KR", script="Hangul",
    fa=["서", "윤", "하", "지"], fb=["율", "슬", "람", "온"],
    la=["탁", "편", "봉", "육"], lb=[""],
    sa=["은행", "솔빛", "달맞", "별빛", "새솔"], sb=["나무", "이", "마루", "누리", "샘"],
    street=["{s}로 {n}, {f}0{m}호", "{s}길 {n}번길 {f}"], town=(["새", "큰"], ["마을", "들"]),
    pc=lambda r: f"{r.randint(10000, 63999)}", dob="%Y.%m.%d", mail=["naver.com", "daum.net", "gmail.com"],
    lab=dict(name="성명", addr="주소", phone="연락처", dob="생년월일", acct="고객번호"),
    nat=dict(fault="저녁마다 인터넷이 끊겨요", bill="전기요금이 평소의 두 배 나왔어요",
             meter="검침 값이 이상해요", move="이사 가는데 명의 변경하려고요",
             outage="아침부터 단지 전체가 정전이에요"), order="family", sep="")
loc("zh-CN", region="CN", script="Han",
    fa=["晓", "沐", "嘉", "思"], fb=["岚", "辰", "禾", "淇"],
    la=["闫", "苗", "卢", "柴"], lb=[""],
    sa=["梧", "银", "紫", "枫", "桂"], sb=["桐", "杏", "藤", "林", "溪"],
    street=["{s}路{n}号{f}栋{m}室", "{s}路{n}弄{f}号"], town=(["新", "南"], ["桥镇", "湖区"]),
    pc=lambda r: f"{r.randint(100000, 850000)}", dob="%Y年%m月%d日", mail=["qq.com", "163.com", "126.com"],
    lab=dict(name="姓名", addr="地址", phone="手机", dob="出生日期", acct="户号"),
    nat=dict(fault="宽带每天晚上都掉线，光猫红灯闪", bill="这个月电费是平时的两倍",
             meter="智能电表读数不对", move="搬家了要办过户", outage="小区从早上开始停电"), order="family", sep="")
loc("th-TH", region="TH", script="Thai",
    fa=["ปิ", "สุ", "กม", "วร"], fb=["ยะ", "นันท์", "ลา", "รัตน์"],
    la=["ศรี", "แก้ว", "ทอง"], lb=["ประเสริฐกุล", "มณีวงศ์", "สุขเจริญ"],
    sa=["ลำ", "ราช", "พิ", "ชม", "สุข"], sb=["ดวน", "พฤกษ์", "กุล", "พู", "ใจ"],
    street=["{n}/{f} ซอย{s}", "{n} หมู่ {f} ถนน{s}"], town=(["บ้าน", "หนอง"], ["ไผ่งาม", "บัวทอง"]),
    pc=lambda r: f"{r.randint(10100, 96220)}", dob="%d/%m/%Y", mail=["hotmail.com", "gmail.com"],
    lab=dict(name="ชื่อ", addr="ที่อยู่", phone="โทร", dob="วันเกิด", acct="เลขผู้ใช้ไฟ"),
    nat=dict(fault="เน็ตหลุดทุกคืน ไฟเราเตอร์กะพริบแดง", bill="ค่าไฟเดือนนี้แพงขึ้นเท่าตัว",
             meter="มิเตอร์อ่านค่าผิด", move="ย้ายบ้าน ต้องการโอนสิทธิ์มิเตอร์",
             outage="ไฟดับทั้งหมู่บ้านตั้งแต่เช้า"))
loc("en-IN", region="IN", script="Latin",
    fa=["Ani", "Sur", "Kav", "Pra", "Dee"], fb=["ruddh", "esh", "ya", "tik", "pika"],
    la=["Venk", "Raghu", "Kul", "Nair"], lb=["atesan", "nathan", "karni", "ambath"],
    sa=["Gulmo", "Ashok", "Neela", "Champa", "Kadam"], sb=["har", "vana", "giri", "kunj", "bari"],
    street=["Flat {f}0{m}, {s} Apartments, {n}th Cross", "No. {n}, {s} Layout, {f}th Main"], town=(["Rama", "Vasant", "Indira", "Shanti", "Kusum"], ["puram", "vihar", "nagar", "pet", "gudi"]),
    pc=lambda r: f"{r.randint(110001, 855999)}", dob="%d-%m-%Y", mail=["gmail.com", "rediffmail.com", "yahoo.co.in"],
    lab=dict(name="Consumer name", addr="Address", phone="Mob", dob="DOB", acct="Consumer no"),
    nat=dict(fault="wifi is going off daily evening, LOS light red blinking", bill="electricity bill came double this month sir",
             meter="meter reader not come, average billing done", move="shifting house, need connection transfer",
             outage="no current in full area since morning"))
LOCALES = list(L)


# --------------------------------------------------------------------------------------------------------------
# validated identifiers
# --------------------------------------------------------------------------------------------------------------
def capped(rng, make, ok, what, cap=30000):
    for _ in range(cap):
        c = make(rng)
        if ok(c):
            return c
    raise SystemExit(f"could not generate a valid {what}")


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def rand_date(rng, y0=1934, y1=2004):
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def luhn_complete(rng, prefix, n):
    body = prefix + digits(rng, n - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def nat_id(rng, tag, d):
    """Return (type, value, label) for the locale's main personal identifier, validated."""
    yy, mm, dd = d.year % 100, d.month, d.day
    if tag == "en-GB":
        v = capped(rng, lambda r: digits(r, 10), nhs.is_valid, "nhs")
        return "HEALTH_INSURANCE", f"{v[:3]} {v[3:6]} {v[6:]}", "NHS no"
    if tag == "en-US":
        v = capped(rng, lambda r: f"{r.randint(101, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}", ssn.is_valid, "ssn")
        return "ssn", v, "SSN"
    if tag == "de-DE":
        v = capped(rng, lambda r: str(r.randint(1, 9)) + digits(r, 10), idnr.is_valid, "idnr")
        return "TAX_ID", v, "Steuer-ID"
    if tag == "fr-FR":
        def mk(r):
            b = f"{r.randint(1, 2)}{yy:02d}{mm:02d}{r.randint(1, 95):02d}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
            return b + nir.calc_check_digits(b)
        v = capped(rng, mk, nir.is_valid, "nir")
        return "NATIONAL_ID", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "N° sécu"
    if tag == "es-ES":
        v = capped(rng, lambda r: (lambda n: n + dni.calc_check_digit(n))(digits(r, 8)), dni.is_valid, "dni")
        return "NATIONAL_ID", v, "DNI"
    if tag == "it-IT":
        def mk(r):
            c = "".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{yy:02d}" + "ABCDEHLMPRST"[mm - 1] + \
                f"{dd + (40 if r.random() < .5 else 0):02d}" + r.choice("ABCDEFGHLM") + f"{r.randint(1, 999):03d}"
            return c + codicefiscale.calc_check_digit(c)
        return "TAX_ID", capped(rng, mk, codicefiscale.is_valid, "codice fiscale"), "C.F."
    if tag == "nl-NL":
        return "NATIONAL_ID", capped(rng, lambda r: str(r.randint(1, 6)) + digits(r, 8), bsn.is_valid, "bsn"), "BSN"
    if tag == "pl-PL":
        def mk(r):
            m = mm + (20 if d.year >= 2000 else 0)
            b = f"{yy:02d}{m:02d}{dd:02d}{digits(r, 4)}"
            return b + pesel.calc_check_digit(b)
        return "NATIONAL_ID", capped(rng, mk, pesel.is_valid, "pesel"), "PESEL"
    if tag == "pt-BR":
        v = capped(rng, lambda r: digits(r, 11), cpf.is_valid, "cpf")
        return "TAX_ID", cpf.format(v), "CPF"
    if tag == "sv-SE":
        def mk(r):
            b = f"{yy:02d}{mm:02d}{dd:02d}{digits(r, 3)}"
            return f"{b[:6]}-{b[6:]}{luhn.calc_check_digit(b)}"
        return "NATIONAL_ID", capped(rng, mk, personnummer.is_valid, "personnummer"), "Personnr"
    if tag == "tr-TR":
        def mk(r):
            b = str(r.randint(1, 9)) + digits(r, 8)
            return b + tckimlik.calc_check_digits(b)
        return "NATIONAL_ID", capped(rng, mk, tckimlik.is_valid, "tckimlik"), "TC Kimlik No"
    if tag == "ru-RU":
        def mk(r):
            b = f"{r.randint(1, 89):02d}" + digits(r, 8)
            return b + inn.calc_personal_check_digits(b)
        return "TAX_ID", capped(rng, mk, inn.is_valid, "inn"), "ИНН"
    if tag == "el-GR":
        def mk(r):
            b = f"{dd:02d}{mm:02d}{yy:02d}{digits(r, 4)}"
            return b + luhn.calc_check_digit(b)
        return "NATIONAL_ID", capped(rng, mk, amka.is_valid, "amka"), "ΑΜΚΑ"
    if tag == "he-IL":
        def mk(r):
            b = digits(r, 8)
            return b + luhn.calc_check_digit(b)
        return "NATIONAL_ID", capped(rng, mk, il_idnr.is_valid, "il idnr"), "ת\"ז"
    if tag == "ar-EG":
        return "TAX_ID", capped(rng, lambda r: str(r.randint(1, 9)) + digits(r, 8), eg_tn.is_valid, "eg tn"), "الرقم الضريبي"
    if tag in ("hi-IN", "en-IN"):
        if rng.random() < .5:
            v = capped(rng, lambda r: str(r.randint(2, 9)) + digits(r, 11), aadhaar.is_valid, "aadhaar")
            return "NATIONAL_ID", f"{v[:4]} {v[4:8]} {v[8:]}", "Aadhaar"
        mkp = lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + r.choice("ABDGKMRSTV") + digits(r, 4) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        return "TAX_ID", capped(rng, mkp, pan.is_valid, "pan"), "PAN"
    if tag == "ja-JP":
        return "NATIONAL_ID", capped(rng, lambda r: (lambda b: b + jp_in.calc_check_digit(b))(str(r.randint(1, 9)) + digits(r, 10)), jp_in.is_valid, "my number"), "マイナンバー"
    if tag == "ko-KR":
        def mk(r):
            b = f"{yy:02d}{mm:02d}{dd:02d}{(1 if d.year < 2000 else 3) + r.randint(0, 1)}{r.randint(0, 95):02d}{digits(r, 3)}"
            return b + rrn.calc_check_digit(b)
        v = capped(rng, mk, lambda c: rrn.is_valid(c, allow_future=False), "rrn")
        return "NATIONAL_ID", f"{v[:6]}-{v[6:]}", "주민등록번호"
    if tag == "zh-CN":
        def mk(r):
            b = f"{r.choice(['110105', '310104', '440106', '510107', '330106'])}{d:%Y%m%d}{digits(r, 3)}"
            return b + ric.calc_check_digit(b)
        return "NATIONAL_ID", capped(rng, mk, ric.is_valid, "ric"), "身份证号"
    if tag == "th-TH":
        return "NATIONAL_ID", capped(rng, lambda r: (lambda b: b + pin.calc_check_digit(b))(str(r.randint(1, 8)) + digits(r, 11)), pin.is_valid, "th pin"), "เลขบัตรประชาชน"
    raise SystemExit(tag)


IBAN_BBAN = {"DE": "8n10n", "NL": "4a10n", "PL": "24n", "GB": "4a14n", "IT": "1a22n", "ES": "20n", "FR": "23n",
             "TR": "5n1n16n", "SE": "20n", "GR": "23n", "IL": "19n", "BR": "8n5n10n1a1a", "EG": "25n"}


def make_iban(rng, cc):
    spec = IBAN_BBAN[cc]

    def mk(r):
        bban = ""
        for n, kind in re.findall(r"(\d+)([na])", spec):
            for _ in range(int(n)):
                bban += str(r.randint(0, 9)) if kind == "n" else r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        rearr = bban + cc + "00"
        num = int("".join(str(int(c, 36)) for c in rearr))
        chk = 98 - num % 97
        v = f"{cc}{chk:02d}{bban}"
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return capped(rng, mk, lambda c: std_iban.is_valid(c.replace(" ", "")), "iban " + cc)


def make_card(rng):
    v = luhn_complete(rng, rng.choice(["4", "51", "53", "55"]), 16)
    assert luhn.is_valid(v)
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def make_mrn(rng):
    v = luhn_complete(rng, str(rng.randint(1, 9)), 8)
    assert luhn.is_valid(v)
    return rng.choice(["RX", "K", "H", "MRN "]) + v


def make_phone(rng, region, kind=phonenumbers.PhoneNumberType.MOBILE, fmt=None):
    ex = phonenumbers.example_number_for_type(region, kind)
    if ex is None:
        ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    nsn = str(ex.national_number)

    def mk(r):
        keep = max(2, len(nsn) - 6)
        s = nsn[:keep] + digits(r, len(nsn) - keep)
        try:
            return phonenumbers.parse("+" + str(ex.country_code) + s, None)
        except phonenumbers.NumberParseException:
            return None

    def ok(p):
        return p is not None and phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region and \
            phonenumbers.number_type(p) in (kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    p = capped(rng, mk, ok, "phone " + region, cap=3000)
    fmt = fmt if fmt is not None else rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                                                  phonenumbers.PhoneNumberFormat.E164])
    s = phonenumbers.format_number(p, fmt)
    back = phonenumbers.parse(s, region)
    if not phonenumbers.is_valid_number_for_region(back, region):
        raise SystemExit("invalid phone generated")
    return s


def make_public_ip(rng):
    def mk(r):
        return ipaddress.IPv4Address(r.randint(0x01000000, 0xDF000000))
    a = capped(rng, mk, lambda a: a.is_global and not a.is_private and not str(a).startswith(("100.", "192.0.", "198.51.", "203.0.")), "ip")
    return str(a)


ASCII_A = ["ka", "lo", "mi", "ra", "te", "vu", "zo", "ne", "bi", "sa", "do", "ri"]


def make_email(rng, p):
    handle = rng.choice(ASCII_A) + rng.choice(ASCII_A) + rng.choice(["", ".", "_"]) + rng.choice(ASCII_A) + rng.choice(ASCII_A)
    handle += str(rng.randint(1, 99)) if rng.random() < .6 else ""
    return f"{handle}@{rng.choice(p['L']['mail'])}"


# --------------------------------------------------------------------------------------------------------------
# pools (frozen-checked)
# --------------------------------------------------------------------------------------------------------------
def person(rng, tag):
    lc = L[tag]
    first = compose(rng, lc["fa"], lc["fb"], "first")
    last = rng.choice(lc["la"]) if lc.get("sep") == "" else compose(rng, lc["la"], lc["lb"], "last")
    if lc.get("order") == "family":
        name = last + lc.get("sep", "") + first
    else:
        name = f"{first} {last}"
    tries = 0
    while clashes(name):
        FREEZE_STATS["name_dropped"] += 1
        tries += 1
        if tries > 200:
            raise SystemExit("freeze: could not refill names")
        first = compose(rng, lc["fa"], lc["fb"], "first")
        last = rng.choice(lc["la"]) if lc.get("sep") == "" else compose(rng, lc["la"], lc["lb"], "last")
        name = last + lc.get("sep", "") + first if lc.get("order") == "family" else f"{first} {last}"
    stem = compose(rng, lc["sa"], lc["sb"], "street")
    tmpl = rng.choice(lc["street"])
    street = tmpl.format(n=rng.randint(2, 189), s=stem, f=rng.randint(1, 9), m=rng.randint(1, 19))
    town = compose(rng, lc["town"][0], lc["town"][1], "town")
    d = rand_date(rng)
    p = dict(tag=tag, L=lc, first=first, last=last, name=name, street=street, town=town, pc=lc["pc"](rng),
             dob=d.strftime(lc["dob"]), d=d)
    p["phone"] = make_phone(rng, lc["region"])
    p["email"] = make_email(rng, p)
    p["id_type"], p["id"], p["id_label"] = nat_id(rng, tag, d)
    return p


def company(rng, sector):
    a = ["Vol", "Nexa", "Brio", "Aqua", "Lumi", "Ondu", "Fera", "Quor", "Tessa", "Hydr", "Celer", "Orbi", "Zenta", "Kilo", "Vireo"]
    b = ["tara", "lyn", "vanta", "rion", "cell", "mira", "quent", "volt", "nex", "wave", "flux", "line", "stream"]
    stem = compose(rng, a, b, "company")
    return f"{stem} {sector}"


# --------------------------------------------------------------------------------------------------------------
# documents per kind
# --------------------------------------------------------------------------------------------------------------
KINDS = ["account_change", "meter_reading", "broadband_fault", "porting_sim", "debt_payment_plan",
         "priority_register", "field_job_sheet", "ombudsman_complaint", "outage_notice"]
NATKEY = {"account_change": "move", "meter_reading": "meter", "broadband_fault": "fault", "porting_sim": "fault",
          "debt_payment_plan": "bill", "priority_register": "outage", "field_job_sheet": "fault",
          "ombudsman_complaint": "bill", "outage_notice": "outage"}
SECTOR = {"account_change": "Energy", "meter_reading": "Energy", "broadband_fault": "Broadband", "porting_sim": "Mobile",
          "debt_payment_plan": "Water", "priority_register": "Power Networks", "field_job_sheet": "Fibre",
          "ombudsman_complaint": "Energy", "outage_notice": "Water"}


def mpan(rng):
    core = digits(rng, 12)
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    chk = sum(int(c) * p for c, p in zip(core, primes)) % 11 % 10
    return f"S {rng.choice(['01', '02', '03'])} {rng.choice(['801', '811', '845'])} {rng.choice(['100', '200'])} {core[:2]} {core[2:6]} {core[6:]}{chk}"


def imei(rng):
    return luhn_complete(rng, "35" + digits(rng, 6), 15)


def iccid(rng):
    return luhn_complete(rng, "8944", 19)


def meter_serial(rng):
    return rng.choice(["E10BG", "K04W", "Z16UP", "L98"]) + digits(rng, 6) + rng.choice(["", "A", "B"])


def ref(rng, pfx):
    return f"{pfx}-{rng.randint(2025, 2026)}-{digits(rng, 6)}"


def sens_doc(rng, kind, p, incidental):
    """(doc text, issued list) for a sensitive record."""
    lab, nat = p["L"]["lab"], p["L"]["nat"]
    iss = []
    add = lambda t, v: iss.append((t, v)) or v
    co = company(rng, SECTOR[kind])
    if incidental:
        mode = rng.choice(["relative", "phone", "dob"])
        bulk = generic_ops_text(rng, kind, co)
        if mode == "relative":
            rel = rng.choice(["my mum", "her husband", "the tenant's daughter", "our neighbour", "my son"])
            line = f"({rel} {add('person', p['first'])} will be home to let the engineer in)"
        elif mode == "phone":
            line = f"call back on {add('PHONE_NUMBER', p['phone'])} after 5pm pls"
        else:
            line = f"{lab['dob']}: {add('DATE_OF_BIRTH', p['dob'])} (security check passed)"
        cut = rng.randint(1, max(1, len(bulk) - 1))
        parts = bulk[:cut] + [line] + bulk[cut:]
        return "\n".join(parts), iss, "incidental_" + mode
    addr = f"{p['street']}, {p['pc']} {p['town']}"
    hdr = [f"{lab['name']}: {add('person', p['name'])}", f"{lab['addr']}: {add('STREET_ADDRESS', p['street'])}, {p['pc']} {p['town']}"]
    if rng.random() < .8:
        hdr.append(f"{lab['phone']}: {add('PHONE_NUMBER', p['phone'])}")
    if rng.random() < .5:
        hdr.append(f"E-mail: {add('EMAIL_ADDRESS', p['email'])}")
    hdr.append(f"{lab['acct']}: {digits(rng, 10)}")
    v = rng.random()
    if kind == "account_change":
        hdr.append(f"{lab['dob']}: {add('DATE_OF_BIRTH', p['dob'])}")
        cc = p["L"]["region"]
        if cc not in IBAN_BBAN and cc != "US":
            hdr.append(f"Card for autopay: {add('CREDIT_CARD', make_card(rng))}")
        elif cc == "US":
            r_ = capped(rng, lambda r: (lambda b: b + rtn.calc_check_digit(b))(digits(r, 8)), rtn.is_valid, "rtn")
            hdr.append(f"Autopay: routing {r_}, checking acct {add('US_BANK_NUMBER', digits(rng, 10))}")
        else:
            hdr.append(f"IBAN: {add('IBAN_CODE', make_iban(rng, cc))}")
        body = [f"Change of tenancy / move-in from {rng.randint(1, 28)}.{rng.randint(1, 12)}.", f"Opening reads: E {rng.randint(10000, 99999)} kWh, G {rng.randint(1000, 9999)} m3",
                f"MPAN {mpan(rng)} | meter {meter_serial(rng)}", f"customer says: \"{nat['move']}\""]
        if v < .5 or p["tag"] == "en-US":  # US utilities run a credit check on the SSN at move-in
            hdr.append(f"{p['id_label']}: {add(p['id_type'], p['id'])}")
    elif kind == "meter_reading":
        body = ["read_date,register,value,type"] + [f"2026-{m:02d}-0{rng.randint(1, 9)},{r},{rng.randint(1000, 40000)},{rng.choice(['A', 'E', 'C'])}" for m in range(1, 8) for r in ("R1",)]
        body += [f"meter serial {meter_serial(rng)}; MPRN {digits(rng, 10)}", f"note: \"{nat['meter']}\""]
        if v < .35:
            hdr.append(f"Card on file: {add('CREDIT_CARD', make_card(rng))} exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}")
    elif kind == "broadband_fault":
        ip = add("IP_ADDRESS", make_public_ip(rng))
        body = [f"Fault ref {ref(rng, 'FLT')}", f"WAN IP {ip}, LAN gw 192.168.1.1", f"sync 38.2/7.1 Mbps, SNR margin {rng.randint(2, 9)}dB, {rng.randint(4, 60)} resyncs/24h",
                f"cust reports: \"{nat['fault']}\"", "tested OK to NTE, suspect internal wiring / router. book openreach-type visit AM slot"]
    elif kind == "porting_sim":
        body = [f"Port-in request {ref(rng, 'PRT')}", f"Number to port: {p['phone']}", f"PAC: {''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{digits(rng, 6)}",
                f"new SIM ICCID {iccid(rng)}, handset IMEI {imei(rng)}", "SIM swap requested in store - ID seen"]
        if p["phone"] not in "".join(hdr):
            add("PHONE_NUMBER", p["phone"])
        hdr.append(f"{p['id_label']}: {add(p['id_type'], p['id'])}")
    elif kind == "debt_payment_plan":
        owed = rng.randint(180, 2400)
        body = [f"Arrears £/€ {owed}.{rng.randint(0, 99):02d} over {rng.randint(2, 9)} bills", f"Agreed plan: {rng.randint(10, 60)}/month + ongoing usage, review in 6 months",
                f"income: universal credit / pension, {rng.randint(1, 4)} children in household", f"customer: \"{nat['bill']}\"",
                "hold on collection activity 30 days, no DCA referral"]
        if v < .5:
            hdr.append(f"Card: {add('CREDIT_CARD', make_card(rng))}")
        else:
            cc = p["L"]["region"]
            if cc == "US":
                r_ = capped(rng, lambda r: (lambda b: b + rtn.calc_check_digit(b))(digits(r, 8)), rtn.is_valid, "rtn")
                hdr.append(f"ACH: ABA {r_} / acct {add('US_BANK_NUMBER', digits(rng, rng.randint(8, 12)))}")
            elif cc in IBAN_BBAN:
                hdr.append(f"DD bank: {add('IBAN_CODE', make_iban(rng, cc))}")
    elif kind == "priority_register":
        need = rng.choice(["home oxygen concentrator", "home dialysis", "stairlift + electric bed", "blind, needs large print bills", "deaf, textphone only",
                           "child under 5 on nebuliser", "dementia, nominee to be contacted"])
        hdr.append(f"{lab['dob']}: {add('DATE_OF_BIRTH', p['dob'])}")
        if p["tag"] == "en-GB" or v < .3:
            if p["tag"] == "en-GB":
                hdr.append(f"NHS no: {add('HEALTH_INSURANCE', p['id'])}")
            hdr.append(f"Hospital no: {add('MEDICAL_RECORD', make_mrn(rng))} (renal unit letter attached)")
        else:
            hdr.append(f"{p['id_label']}: {add(p['id_type'], p['id'])}")
        body = [f"PSR needs code: {rng.randint(1, 36)} - {need}", "password scheme: yes", f"during outages call first; battery backup {rng.randint(2, 8)}h",
                f"\"{nat['outage']}\""]
    elif kind == "field_job_sheet":
        body = [f"JOB {ref(rng, 'JB')} | engineer #{rng.randint(100, 999)} | slot AM", "access: side gate, dog in garden, key safe code on file",
                f"work: {rng.choice(['replace ONT', 'smart meter exchange', 'stopcock repair', 'drop cable reroute'])}",
                f"serials: old {meter_serial(rng)} new {meter_serial(rng)}", f"cust comment: \"{nat['fault']}\"", "signature: ________"]
    elif kind == "ombudsman_complaint":
        body = [f"Complaint ref {ref(rng, 'CMP')} - deadlock letter issued {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026",
                f"Issue: back-billing beyond 12 months, {rng.randint(300, 3000)} disputed", f"customer statement: \"{nat['bill']}\"",
                "Remedy sought: bill corrected + goodwill 150", "8 weeks passed, escalating to the ombudsman"]
        if v < .4:
            hdr.append(f"{p['id_label']}: {add(p['id_type'], p['id'])}")
    else:  # outage_notice
        body = [f"Incident {ref(rng, 'INC')}: {nat['outage']}", f"ETR {rng.randint(13, 22)}:00", "welfare visit requested - vulnerable customer on life-support list",
                f"reported by customer via webchat, callback {p['phone']}"]
        add("PHONE_NUMBER", p["phone"])
    return "\n".join(hdr + [""] + body), iss, "record"


def generic_ops_text(rng, kind, co):
    lines = {
        "account_change": ["COT form received, old occupier final read pending", "new DD mandate not yet set up", "tariff: standard variable, standing charge 53.2p/day",
                           "welcome pack to be sent", "check for debt on the supply point before switch", "closing read to be validated against smart data"],
        "meter_reading": ["Estimated reads E on 3 consecutive bills", "smart meter in SMETS1 dumb mode since migration", "read submitted via IVR rejected (outside tolerance)",
                          "request photo of the display", "tolerance check failed - reading lower than previous", "rebill once actual read validated"],
        "broadband_fault": ["line test: PASS to exchange", "router swapped 2x already", "intermittent LOS at night", "suspected crosstalk on D-side pair",
                            "customer WFH, priority", "speedtest 4.2 Mbps down vs 67 guaranteed"],
        "porting_sim": ["port window tomorrow 10:00-14:00", "STAC requested to cancel", "eSIM QR re-issued after phone upgrade", "fraud check: SIM swap within 48h of address change",
                        "losing provider confirmed", "temp number will be released after port"],
        "debt_payment_plan": ["ability-to-pay assessment done", "referred to hardship fund", "prepayment meter not appropriate - medical", "debt paused for 30 days",
                              "affordable plan agreed", "letter of authority for debt charity on file"],
        "priority_register": ["PSR consent recorded", "nominee scheme set up", "annual data refresh due", "shared with network operator per data-sharing agreement",
                              "large print bills on", "knock-and-wait flag"],
        "field_job_sheet": ["parking: permit zone", "RAMS completed", "asbestos register checked - none", "photos uploaded", "cust satisfied, job closed",
                            "return visit needed for wall box"],
        "ombudsman_complaint": ["stage 2 response sent", "customer unhappy with goodwill offer", "timeline attached", "calls recorded 14 Mar, 21 Mar",
                                "missed callback x3", "case to be reviewed by complaints manager"],
        "outage_notice": ["HV fault on feeder 11kV", "generator dispatched", "bottled water station opened", "crews on site", "restoration in stages",
                          "compensation scheme applies after 12h"],
    }[kind]
    picked = rng.sample(lines, 5)
    return [f"[{co} ops notes]"] + [f"- {x}" for x in picked]


def benign_doc(rng, kind, tag):
    lc = L[tag]
    lab, nat = lc["lab"], lc["nat"]
    co = company(rng, SECTOR[kind])
    town = compose(rng, lc["town"][0], lc["town"][1], "town")
    exec_name = person_name_only(rng, tag)
    sw = make_phone(rng, lc["region"], phonenumbers.PhoneNumberType.TOLL_FREE) if phonenumbers.example_number_for_type(lc["region"], phonenumbers.PhoneNumberType.TOLL_FREE) else "0800 000 000"
    dom = co.split()[0].lower() + ".example"
    v = rng.randrange(6)
    if v == 0:  # blank form / placeholders
        doc = "\n".join([f"{co} - {kind.replace('_', ' ')} form (TEMPLATE)", f"{lab['name']}: [CUSTOMER NAME]", f"{lab['addr']}: [ADDRESS LINE 1], [POSTCODE]",
                         f"{lab['phone']}: [PHONE]", f"{lab['dob']}: DD/MM/YYYY", f"{lab['acct']}: __________", "MPAN: S __ ___ ___ __ ____ ____",
                         "Signature: ____________   Date: ____"])
        style = "blank_form"
    elif v == 1:  # press statement with named exec + switchboard
        doc = (f"PRESS RELEASE - {co}\n{exec_name}, Chief Executive of {co}, said: \"We apologise to customers in {town} affected by "
               f"yesterday's {rng.choice(['outage', 'billing delay', 'network incident'])}. {rng.randint(2, 40)}k households were restored within "
               f"{rng.randint(3, 11)} hours.\"\nMedia enquiries: press@{dom}, switchboard {sw}. Registered office: {rng.randint(1, 99)} "
               f"{compose(rng, lc['sa'], lc['sb'], 'street')} House, company no. {digits(rng, 8)}.")
        style = "press_statement"
    elif v == 2:  # aggregated stats / status page
        rows = [f"{compose(rng, lc['town'][0], lc['town'][1], 'town')},{rng.randint(10, 9000)},{rng.randint(1, 30)},{rng.choice(['restored', 'in progress', 'planned'])}" for _ in range(6)]
        doc = "\n".join([f"{co} network status - {nat['outage']}", "area,customers_affected,avg_minutes_lost_x10,status"] + rows +
                        ["Customer Minutes Lost YTD: 41.3", "Source: public status page, no personal data"])
        style = "status_page"
    elif v == 3:  # tariff sheet / sample bill with test identifiers
        doc = "\n".join([f"SAMPLE BILL - {co} (for illustration only)", "Customer: A. N. Other, 1 Sample Street, AB1 2CD",
                         f"Supply number (MPAN): {mpan(rng)}", f"Meter serial: {meter_serial(rng)}", f"Unit rate 24.86p/kWh, standing charge {rng.randint(40, 60)}.{rng.randint(0, 99):02d}p/day",
                         "Test card for the payment page: 4111 1111 1111 1111", f"Questions? {sw} (freephone) or billing@{dom}"])
        style = "sample_bill"
    elif v == 4:  # device test values / docs IPs
        doc = "\n".join([f"{co} - porting & device QA checklist", f"test IMEI {imei(rng)} (lab handset), test ICCID {iccid(rng)}",
                         "router default gateway 192.168.1.1, DNS test target 198.51.100.53, syslog 203.0.113.10", f"ticket {ref(rng, 'QA')}",
                         "Ohm's law sanity check on the PSU, Faraday cage for RF test", f"escalation: noc@{dom}"])
        style = "test_values"
    else:  # anonymised case summary for ombudsman / reg report
        doc = "\n".join([f"Anonymised case study #{rng.randint(10, 99)} ({kind.replace('_', ' ')})", "Customer A (a pensioner in the Midlands) complained that "
                         f"{nat['bill']}.", "The supplier had estimated reads for 14 months; the ombudsman found back-billing rules were breached.",
                         f"Award: bill reduced by {rng.randint(200, 900)}, goodwill {rng.randint(50, 250)}.", f"Complaints per 100k accounts Q3: {rng.randint(20, 300)}"])
        style = "anonymised_case"
    return doc, style


def person_name_only(rng, tag):
    lc = L[tag]
    for _ in range(200):
        first = compose(rng, lc["fa"], lc["fb"], "first")
        last = rng.choice(lc["la"]) if lc.get("sep") == "" else compose(rng, lc["la"], lc["lb"], "last")
        name = last + lc.get("sep", "") + first if lc.get("order") == "family" else f"{first} {last}"
        if not clashes(name):
            return name
        FREEZE_STATS["name_dropped"] += 1
    raise SystemExit("freeze: could not refill executive names")


# --------------------------------------------------------------------------------------------------------------
# writers' asks and placement
# --------------------------------------------------------------------------------------------------------------
ASKS = {
    "account_change": ["pls summarise this COT and tell me what's missing before I process it", "turn this into the JSON for the CRM move-in endpoint",
                       "draft a welcome email for this account change", "check the opening reads look sane"],
    "meter_reading": ["which of these reads look wrong? customer disputes the estimate", "write the reply explaining why we estimated",
                      "convert the reads to a table with consumption per month", "is this a meter fault or a usage spike?"],
    "broadband_fault": ["triage this fault ticket and suggest next step", "write the engineer notes in plain English for the customer",
                        "classify: CPE / line / exchange?", "summarise for the 2nd line queue"],
    "porting_sim": ["does this port request look like SIM-swap fraud? give reasons", "draft the confirmation SMS for this port",
                    "extract fields into the port form", "summarise for the fraud team"],
    "debt_payment_plan": ["write an affordable payment plan letter in a kind tone", "summarise the arrears case for the collections manager",
                          "check this plan against the affordability rules", "reply to the customer, they are upset"],
    "priority_register": ["fill in the PSR data-sharing form from this", "summarise the customer's needs for the field team",
                          "write a short note to the network operator", "what extra support should we offer?"],
    "field_job_sheet": ["tidy this job sheet into the standard template", "write the job close-out summary", "list the parts used and follow ups", "translate for the engineer"],
    "ombudsman_complaint": ["draft our response to the ombudsman", "build a timeline from this complaint", "what remedy is fair here?", "summarise the complaint in 5 bullets"],
    "outage_notice": ["write the SMS to affected customers", "summarise this incident for the shift report", "draft a status page update", "prioritise the welfare callbacks"],
}
SYSTEMS = ["You are the customer-operations copilot of a utility. Be concise.", "You help contact-centre agents at a telecoms operator.",
           "Assistant for field-service dispatch. Use British English.", "You write customer letters for an energy supplier's collections team.",
           "Du unterstützt das Kundenservice-Team eines Stadtwerks."]
NATIVE_ASK = {
    "de-DE": "kannst du das kurz zusammenfassen und ne Antwort an den Kunden formulieren? danke", "fr-FR": "tu peux me résumer le dossier et rédiger la réponse au client stp",
    "es-ES": "resúmeme el caso y redacta la respuesta al cliente porfa", "it-IT": "mi fai un riassunto della pratica e una bozza di risposta al cliente?",
    "nl-NL": "kun je dit samenvatten en een antwoord aan de klant opstellen?", "pl-PL": "streść zgłoszenie i napisz odpowiedź do klienta, dzięki",
    "pt-BR": "resume o chamado e escreve uma resposta pro cliente", "sv-SE": "sammanfatta ärendet och skriv ett svar till kunden",
    "tr-TR": "bu kaydı özetleyip müşteriye cevap yazar mısın", "ru-RU": "кратко перескажи обращение и набросай ответ абоненту",
    "el-GR": "κάνε μια σύνοψη και γράψε απάντηση στον πελάτη", "he-IL": "תסכם לי את הפנייה ותנסח תשובה ללקוח",
    "ar-EG": "لخّص الشكوى واكتب رد للعميل لو سمحت", "hi-IN": "इस शिकायत का सारांश बनाओ और ग्राहक को जवाब लिखो",
    "ja-JP": "この案件を要約して、お客様への返信文を作成してください", "ko-KR": "이 건 요약하고 고객 답변 초안 써줘",
    "zh-CN": "帮我总结一下这个工单，再写一段回复客户的话", "th-TH": "ช่วยสรุปเคสนี้และร่างคำตอบถึงลูกค้าหน่อย",
}
PLACEMENTS = ["user", "system", "assistant_echo", "tool_result", "parts_text", "file_part", "tool_call_args", "tools_schema",
              "response_format", "user_field", "completions"]


def place(rng, placement, doc, ask, p, iss, kind):
    model = rng.choice(["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto"])
    sysmsg = {"role": "system", "content": rng.choice(SYSTEMS)}
    if placement == "completions":
        return "completions", {"model": model, "prompt": f"{ask}\n\n{doc}\n\n###\n", "max_tokens": 400, "temperature": 0.2}
    msgs = [sysmsg]
    body = {"model": model}
    if placement == "user":
        msgs.append({"role": "user", "content": f"{ask}\n\n{doc}"})
    elif placement == "system":
        msgs[0] = {"role": "system", "content": f"{sysmsg['content']}\nCase in context:\n{doc}"}
        msgs.append({"role": "user", "content": ask})
    elif placement == "assistant_echo":
        msgs += [{"role": "user", "content": "pasting the case, read it first"}, {"role": "assistant", "content": f"Received:\n{doc}"},
                 {"role": "user", "content": ask}]
    elif placement == "tool_result":
        cid = f"call_{digits(rng, 8)}"
        msgs += [{"role": "user", "content": ask},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "crm_lookup", "arguments": json.dumps({"case": ref(rng, "CS")})}}]},
                 {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "ok", "record": doc}, ensure_ascii=False)}]
    elif placement == "parts_text":
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]})
    elif placement == "file_part":
        fn = f"{kind}_{digits(rng, 5)}.txt"
        msgs.append({"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": fn,
                     "file_data": "data:text/plain;base64," + base64.b64encode(doc.encode("utf-8")).decode("ascii")}}]})
    elif placement == "tool_call_args":
        cid = f"call_{digits(rng, 8)}"
        args = {"queue": kind, "notes": doc}
        msgs += [{"role": "user", "content": ask},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "create_ticket", "arguments": json.dumps(args, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": cid, "content": "{\"ticket\": \"" + ref(rng, "TK") + "\"}"},
                 {"role": "user", "content": "ok now do what I asked"}]
        body["tools"] = [{"type": "function", "function": {"name": "create_ticket", "parameters": {"type": "object", "properties": {"queue": {"type": "string"}, "notes": {"type": "string"}}}}}]
    elif placement == "tools_schema":
        body["tools"] = [{"type": "function", "function": {"name": "update_case", "description": f"Update the open case. Current case:\n{doc}",
                                                          "parameters": {"type": "object", "properties": {"summary": {"type": "string"}, "next_action": {"type": "string", "enum": ["callback", "visit", "close"]}}}}}]
        msgs.append({"role": "user", "content": ask})
    elif placement == "response_format":
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": "case_summary", "schema": {"type": "object", "description": f"Summarise this case:\n{doc}",
                                                                                                             "properties": {"summary": {"type": "string"}, "risk": {"type": "string", "enum": ["low", "medium", "high"]}}}}}
        msgs.append({"role": "user", "content": ask})
    elif placement == "user_field":
        msgs.append({"role": "user", "content": f"{ask}\n\n{doc}"})
        if p is not None and rng.random() < .6:
            body["user"] = p["email"]
            iss.append(("EMAIL_ADDRESS", p["email"]))
        else:
            body["user"] = f"agent-{digits(rng, 4)}"
    body["messages"] = msgs
    return "chat", body


def haystack(body):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            out.append(urllib.parse.unquote(x))
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(";base64,", 1)[1]).decode("utf-8"))
            s = x.strip()
            if s[:1] in "{[":
                try:
                    walk(json.loads(s))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out)


def build_pii(rng):
    recs = []
    n_per = 56
    incidental_budget = 0
    for k_i, kind in enumerate(KINDS):
        for j in range(n_per):
            idx = len(recs)
            sensitive = ((idx * 73) % 126) < 73  # 73 of every 126 records: ~58% sensitive
            tag = LOCALES[(idx * 5 + k_i) % len(LOCALES)]
            placement = PLACEMENTS[(idx * 5 + j) % len(PLACEMENTS)]
            ask = rng.choice(ASKS[kind])
            if tag in NATIVE_ASK and rng.random() < .45:
                ask = NATIVE_ASK[tag] + (" / " + ask if rng.random() < .3 else "")
            elif tag not in ("en-GB", "en-US", "en-IN") and rng.random() < .35:
                ask = ask + f" (customer wrote in {tag.split('-')[0]}, answer in English)"
            if sensitive:
                p = person(rng, tag)
                incidental = sum(1 for r in recs if r["sensitive"]) % 8 == 3
                doc, iss, st = sens_doc(rng, kind, p, incidental)
                if incidental:
                    incidental_budget += 1
                    if placement == "user_field":
                        placement = "user"
            else:
                p = None
                doc, st = benign_doc(rng, kind, tag)
                iss = []
            endpoint, body = place(rng, placement, doc, ask, p, iss, kind)
            hay = haystack(body)
            ents, seen = [], set()
            for t, v in iss:
                if v in hay and (t, v) not in seen:
                    seen.add((t, v))
                    ents.append({"type": t, "value": v})
            ents.sort(key=lambda e: (e["type"], e["value"]))
            if sensitive and not ents:
                raise SystemExit(f"sensitive record without entity: {kind} {placement}")
            rec = {"id": f"{SPLIT}-pii-{idx + 1:04d}", "category": kind if sensitive else f"{kind}_benign", "sensitive": bool(ents),
                   "entities": ents, "endpoint": endpoint, "lang": tag, "style": f"{placement} · {st}", "body": body}
            assert rec["sensitive"] == bool(rec["entities"]) == sensitive
            recs.append(rec)
    return recs


# --------------------------------------------------------------------------------------------------------------
# complexity
# --------------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "What does 'standing charge' mean on my electricity bill?"), ("en", "how do i read a two-rate meter"), ("en", "What's a PAC code?"),
    ("en", "translate 'your meter reading is due' into Spanish"), ("en", "is 30 Mbps enough for 2 people streaming?"), ("en", "what is an MPAN"),
    ("de", "Was bedeutet Grundpreis auf der Stromrechnung?"), ("de", "Wie lese ich meinen Gaszähler ab?"), ("fr", "C'est quoi l'heure creuse ?"),
    ("fr", "Comment relever mon compteur Linky ?"), ("es", "¿Qué es el término de potencia en la factura?"), ("es", "¿cómo reinicio el router?"),
    ("it", "Cos'è la voltura?"), ("pl", "Co to jest taryfa G12?"), ("pt", "o que é bandeira vermelha na conta de luz?"), ("nl", "wat is een slimme meter?"),
    ("tr", "modem ışığı kırmızı ne demek?"), ("ru", "Что такое лицевой счёт?"), ("ja", "基本料金とは何ですか？"), ("zh", "电费的峰谷电价是什么意思？"),
    ("ar", "يعني إيه عداد كارت؟"), ("hi", "बिजली बिल में फिक्स्ड चार्ज क्या होता है?"), ("ko", "누진제가 뭐예요?"), ("en", "convert 450 kWh to MWh"),
]
SHORT_HARD = [
    ("en", "A customer on a two-rate tariff (day 31.2p, night 13.9p, standing 58p/day) uses {k} kWh/yr with {n}% at night. A flat tariff is 26.4p with 49p/day standing. At what night share is she indifferent? Show the algebra and sensitivity to ±5% usage."),
    ("en", "Design an affordability algorithm for debt repayment plans that is provably never above a fixed share of disposable income, handles irregular gig income and can't be gamed by under-reporting. Give the invariants."),
    ("en", "GPON budget: class B+ optics, 1:{n} split, {k} km feeder, 4 splices and 2 connectors. Will the ONT at -27 dBm sensitivity work at end-of-life? Reason about worst case, not typical."),
    ("en", "Prove or refute: with half-hourly settlement, a supplier with perfectly hedged baseload can still lose money on a cold snap. Construct a numerical counterexample."),
    ("en", "Write a SQL query (window functions) that flags back-billed invoices covering more than 12 months of consumption where the delay was the supplier's fault, given tables reads, bills, contacts. Explain edge cases with meter exchanges."),
    ("de", "Leite her, wie sich die Netzentgelte bei {n}% Eigenverbrauchsquote einer PV-Anlage auf die übrigen Kunden umverteilen, und diskutiere die Verteilungswirkung."),
    ("fr", "Démontrez pourquoi un estimateur de consommation basé sur les degrés-jours biaise systématiquement les ménages en chauffage électrique d'appoint, et proposez une correction."),
    ("es", "Modela la probabilidad de que una portabilidad sea fraudulenta combinando 5 señales débiles correlacionadas; explica por qué Naive Bayes sobreestima el riesgo y qué usarías."),
    ("ja", "需要応答プログラムで、{n}%の世帯がピーク時に2kW削減する場合、配電変圧器の熱容量制約を考慮した最適な制御順序を定式化してください。"),
    ("zh", "请推导在{n}个小区共享一条10kV馈线时，分段开关的最优位置，使期望停电用户分钟数最小，并说明假设。"),
    ("pl", "Udowodnij, że przy taryfie dynamicznej i magazynie energii {k} kWh optymalna strategia ładowania jest typu progowego; podaj warunki."),
    ("ru", "Оцените, при каком уровне потерь воды в сети ({n}%) замена счётчиков окупается быстрее, чем ремонт труб; постройте модель с дисконтированием."),
    ("ar", "صمّم خوارزمية لجدولة فرق الصيانة أثناء انقطاع واسع مع أولوية للعملاء المعتمدين على أجهزة طبية، واشرح تعقيدها الزمني."),
    ("hi", "सिद्ध कीजिए कि स्लैब-आधारित बिजली टैरिफ में {n} यूनिट की सीमा पर सीमांत दर में उछाल उपभोक्ता व्यवहार को कैसे विकृत करता है; गणितीय मॉडल दें।"),
    ("pt", "Calcule o desequilíbrio entre fases num alimentador com {n} clientes monofásicos e proponha um algoritmo de rebalanceamento com custo mínimo de visitas de campo."),
    ("en", "Our churn model says customers with >{n} fault tickets are 3x likelier to leave. Explain three ways this could be confounded and design an experiment that separates them."),
]
EASY_ASKS = [("en", "sort these by date and remove exact duplicates"), ("en", "count how many rows have status restored"), ("en", "make this into a markdown table"),
             ("de", "bitte nur die Spaltenüberschriften ins Englische übersetzen"), ("fr", "mets ça en tableau, rien d'autre"), ("es", "ordénalo por zona, nada más"),
             ("it", "elenca solo le righe con stato 'planned'"), ("pl", "zamień przecinki na średniki"), ("ja", "表形式に整えてください"), ("pt", "conte quantas linhas tem")]
HARD_ASKS = [("en", "Reconcile these reads against the bills: find where we back-billed beyond 12 months, quantify the refund per account, and explain which reads were wrongly rejected by the tolerance check. Then propose a rule change and its side effects."),
             ("en", "From this incident log, reconstruct the fault propagation, identify the root cause, and propose a network reconfiguration that would have cut customer minutes lost in half. Justify with numbers."),
             ("de", "Analysiere das Log: welche Zähler sind wahrscheinlich defekt, welche Kunden betrügen, und welche Abweichungen sind saisonal? Begründe statistisch und nenne Unsicherheiten."),
             ("fr", "Identifiez les incohérences entre les relevés et la facturation, construisez un modèle de correction et estimez l'impact financier avec intervalles de confiance."),
             ("es", "Diseña un plan de reparto de cuadrillas para este registro de averías minimizando el tiempo medio de restauración con restricciones de turnos; justifica la optimalidad."),
             ("ja", "このログから障害の根本原因を推定し、再発防止策と費用対効果を定量的に比較してください。"),
             ("pl", "Na podstawie danych wyznacz plan spłat minimalizujący ryzyko niewypłacalności przy ograniczeniu 10% dochodu; wyjaśnij kompromisy."),
             ("ru", "По журналу определите узкие места сети, предложите перераспределение нагрузки и оцените риски при пиковом спросе.")]


def long_table(rng, kind):
    if kind == 0:
        rows = ["account,read_date,register,reading,type,status"] + [
            f"ACC{rng.randint(1000, 1050)},2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},{rng.choice(['R1', 'R2'])},{rng.randint(1000, 60000)},{rng.choice(['A', 'E', 'C'])},{rng.choice(['billed', 'rejected', 'pending'])}" for _ in range(50)]
    elif kind == 1:
        rows = ["ts,feeder,event,customers,status"] + [
            f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d},F{rng.randint(1, 12)},{rng.choice(['trip', 'reclose', 'fuse blown', 'planned work', 'restored'])},{rng.randint(0, 4000)},{rng.choice(['restored', 'in progress', 'planned'])}" for _ in range(50)]
    else:
        rows = ["job,zone,work,engineer,duration_min,status"] + [
            f"JB{rng.randint(10000, 99999)},Z{rng.randint(1, 9)},{rng.choice(['ONT swap', 'meter exchange', 'stopcock', 'drop cable', 'leak survey'])},E{rng.randint(100, 140)},{rng.randint(20, 240)},{rng.choice(['done', 'no access', 'planned', 'part needed'])}" for _ in range(50)]
    return "\n".join(rows)


def build_cx(rng):
    recs = []
    cats = ["short_simple", "long_easy", "short_hard", "long_hard"]
    for i in range(192):
        cat = cats[i % 4]
        if cat == "short_simple":
            lang, text = SHORT_SIMPLE[(i // 4) % len(SHORT_SIMPLE)]
            text = ["", "q: ", "quick one - ", "agent asks: "][(i // 4 // len(SHORT_SIMPLE) + i // 8) % 4] + text
            style = "question"
        elif cat == "short_hard":
            lang, text = SHORT_HARD[(i // 4) % len(SHORT_HARD)]
            text = ["", "For the pricing team: ", "Think carefully. "][(i // 4 // len(SHORT_HARD)) % 3] + text
            text = text.format(n=rng.randint(8, 64), k=rng.randint(2, 40) * 100 if "{k} kWh/yr" in text else rng.randint(2, 20))
            style = "reasoning"
        elif cat == "long_easy":
            lang, ask = EASY_ASKS[(i // 4) % len(EASY_ASKS)]
            data = long_table(rng, (i // 4) % 3)
            text = f"{ask}\n\n{data}" if i % 8 < 4 else f"{data}\n\n{ask}"
            style = "reformat/table"
        else:
            lang, ask = HARD_ASKS[(i // 4) % len(HARD_ASKS)]
            data = long_table(rng, (i // 4) % 3)
            text = f"{ask}\n\n{data}" if rng.random() < .5 else f"{data}\n\n{ask}"
            style = "analysis/log"
        if cat == "long_easy":
            assert len(text) >= 1500
        if i % 10 == 7:
            endpoint, body = "completions", {"model": "hybridgate/auto", "prompt": text, "max_tokens": 512}
        else:
            msgs = [{"role": "user", "content": text}]
            if i % 3 == 0:
                msgs.insert(0, {"role": "system", "content": rng.choice(SYSTEMS)})
            endpoint, body = "chat", {"model": rng.choice(["hybridgate/auto", "gpt-4o-mini"]), "messages": msgs}
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": int(cat in ("short_hard", "long_hard")),
                     "length_adversarial": cat in ("short_hard", "long_easy"), "endpoint": endpoint, "lang": lang, "style": style, "body": body})
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    global FROZEN
    FROZEN = frozen_words()
    rng = random.Random(a.seed)
    pii = build_pii(rng)
    cx = build_cx(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"frozen word set: {len(FROZEN)} words; pool entries dropped and refilled: {sum(FREEZE_STATS.values())}")
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, locales {len({r['lang'] for r in pii})}, "
          f"endpoints {dict(collections.Counter(r['endpoint'] for r in pii))}")
    print("  incidental:", sum('incidental' in r['style'] for r in pii))
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[0] for r in pii).items())))
    print(f"complexity: {len(cx)} records, {dict(collections.Counter(r['category'] for r in cx))}, "
          f"length-adversarial {sum(r['length_adversarial'] for r in cx)}, label1 {sum(r['label'] for r in cx)}, langs {len({r['lang'] for r in cx})}")


if __name__ == "__main__":
    main()
