#!/usr/bin/env python3
"""Moulin: a blind evaluation split for the request signals, organised by FARMING, FOOD PRODUCTION AND RURAL LIFE.

Writes bench/data/signals/pii_moulin.jsonl and bench/data/signals/complexity_moulin.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id, category,
label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only a brief, the first 70 lines of the delta generator (schema and label conventions)
    and the first two lines of the two delta files. Not read: the detector, its tests, the evaluator, results,
    policies, docs, README, commit messages, or any other generator. The other generators' sources are only
    scanned automatically at run time (``frozen_words``) for capitalised and non-ASCII words; every name, street,
    farm, town and company pool of this file is filtered against that set (entries sharing a word, or a non-ASCII
    bigram, are dropped and refilled from invented, locale-typical parts, with capped retries). Generic
    designators that are template constants rather than pool entries (Lane, Road, Farm, Ltd, Co-op, chemin, ul.,
    house numbers, postcodes) are not pool entries and are not filtered. Frozen words are never printed.

Organising principle and the line drawn
    Farming, food production and rural life, 9 kinds (= categories): ``payroll`` (farm payroll, seasonal and
    agency workers, sick pay), ``livestock_vet`` (movement licences, vet visits, TB tests, with keeper details),
    ``coop_delivery`` (milk and grain delivery notes, intake tickets, haulier logs), ``subsidy_land``
    (area-payment / subsidy applications, land-registry and tenancy papers), ``farmshop_order`` (farm shop and
    veg-box customer orders), ``hall_allotment`` (village-hall lettings, allotment plots and waiting lists),
    ``contractor_job`` (agricultural contractors' job sheets and invoices), ``permit`` (hunting, shooting and
    fishing permits), ``mart_sale`` (livestock mart / auction sale sheets).
    SENSITIVE (private persons): sole farmers, keepers, workers, hauliers, customers, hirers, plot holders,
    permit holders and sole-trader contractors -- their names, phones, personal e-mails, home (= home-farm)
    addresses, birth dates, national / tax / health numbers, IBANs and bank accounts, card numbers, the public IP
    of a customer. A sole farmer's home farm address is a private person's address. About 12% of the sensitive
    records carry only one incidental item (a first name with a relation / role cue, one phone number in a long
    text, one birth date).
    BENIGN (hard negatives of the same kinds): co-ops, agencies, agribusinesses (Ltd / GmbH / SA), markets,
    vet practices and ministries in their role, with their switchboards, role mailboxes and registered offices;
    holding numbers (CPH, EXPLOITATION, HIT/Betriebsnummer), herd marks and ear-tag numbers, field / parcel IDs,
    batch, lot, delivery-note and permit-form numbers; crop and fruit varieties and livestock breeds named after
    people; public office holders quoted in their public role; fictional farmers; blank forms with placeholders;
    payment-provider test cards and documentation values (example.com, RFC 5737 addresses); aggregated and
    already-anonymised data (Worker 7, [NAME]).

Labels
    ``entities`` is a list of {"type", "value"} dicts, computed by searching the serialised body (file parts
    base64-decoded, URLs unquoted, tool-call argument strings parsed) for every value the record issued; a value
    that was not placed is not labelled. ``sensitive`` is true iff ``entities`` is non-empty (asserted).
    Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID, TAX_ID,
    HEALTH_INSURANCE (NHS number; the French NIR when written as the carte Vitale number on accident papers,
    elsewhere NATIONAL_ID), CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER (US account
    number issued with a routing number), MEDICAL_RECORD (hospital number of an injured worker).
    Category ``<kind>`` for sensitive records, ``<kind>_benign`` for benign ones.
    Complexity: short_simple (0), long_easy (0, >= 1,500 chars, length-adversarial), short_hard (1,
    length-adversarial), long_hard (1), all about farm work, in several languages.

Contents (seed 20260611; the run prints every count)
    pii_moulin.jsonl: 504 requests (454 chat, 50 completions) in 21 locales (Latin, Greek, Cyrillic,
    Devanagari, Thai, Han/Kana, Hangul scripts); 9 kinds x 56 = 288 sensitive (36 incidental single items) /
    216 benign. complexity_moulin.jsonl: 192 chat requests in 10 language tags: 48 of each of short_simple,
    long_easy, short_hard, long_hard; 96 length-adversarial; 96 labelled 1.
    Entity values placed: person 394, PHONE_NUMBER 249, STREET_ADDRESS 132, DATE_OF_BIRTH 69, EMAIL_ADDRESS 58,
    NATIONAL_ID 54, IBAN_CODE 54, MEDICAL_RECORD 17, TAX_ID 13, IP_ADDRESS 8, CREDIT_CARD 8, US_BANK_NUMBER 6,
    ssn 6, HEALTH_INSURANCE 2 (locale rotation keeps GB / FR accident papers rare).

Validation
    Every identifier is generated with its check digits and validated with python-stdnum (gb.utr, gb.nhs,
    ie.pps, us.ssn, us.rtn, nz.ird, fr.nir, de.idnr, nl.bsn, es.dni, it.codicefiscale, pl.pesel, pl.nip,
    ro.cnp, br.cpf, se.personnummer, dk.cpr, tr.tckimlik, gr.amka, gr.vat, ua.rntrc, in_.aadhaar, in_.pan,
    th.pin, jp.in_, kr.rrn, iban, luhn for cards and hospital numbers); every phone number with ``phonenumbers``
    (valid for its region); public IPs with ``ipaddress.is_global``. The run aborts on an invalid value; every
    retry loop is capped.

Command (deterministic, byte-reproducible across PYTHONHASHSEED)
    python bench/make_moulin_signal_sets.py [--seed 20260611] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import hashlib
import ipaddress
import json
import pathlib
import random
import re
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka, vat as gr_vat
from stdnum.ie import pps, vat as ie_vat
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "moulin"

# ----------------------------------------------------------------------------------------------- freeze
FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac").split()
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


def entry_clashes(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    toks += [m.group(0).lower() for m in re.finditer(r"[A-Za-z'\-]{2,}", entry)]
    for t in toks:
        if t in FROZEN:
            return True
    non = [t.lower() for t in WORD.findall(entry) if any(ord(c) > 127 for c in t)]
    for a, b in zip(non, non[1:]):
        if a + " " + b in FROZEN:
            return True
    return False


def build_pool(rng, label, make, size, minimum):
    """Compose `size` distinct entries from invented parts, dropping any that clash with the frozen set."""
    out, seen, tries = [], set(), 0
    while len(out) < size and tries < size * 60:
        tries += 1
        e = make(rng)
        if e in seen:
            continue
        seen.add(e)
        if entry_clashes(e):
            FREEZE_STATS[label] += 1
            continue
        out.append(e)
    if len(out) < minimum:
        raise SystemExit(f"pool {label}: only {len(out)} entries survived the freeze")
    return out


def combo(a, b, sep=""):
    return lambda r: r.choice(a) + sep + r.choice(b)


# ----------------------------------------------------------------------------------------------- locales
# For every locale: name parts (given, family), street / place / farm cores, phone region, language of labels.
L = {}


def loc(tag, **kw):
    L[tag] = kw


EN_GIVEN = (["Ar", "Bel", "Cad", "Dor", "El", "Gar", "Hol", "Is", "Jen", "Kit", "Lin", "Mel", "Nel", "Rod", "Sel",
             "Tam", "Wyn", "Ber", "Col"], ["la", "ric", "wen", "ton", "sie", "ny", "aby", "mot", "ette", "ard"])
loc("en-GB", lang="en", region="GB", given=EN_GIVEN,
    family=(["Ash", "Bram", "Cleve", "Dart", "Elm", "Gort", "Hax", "Kell", "Lynd", "Marl", "Pell", "Rook", "Stave",
             "Wedge", "Yarn", "Tod"], ["ridge", "ham", "by", "ley", "cott", "well", "stone", "worth", "sey", "hope"]),
    street=(["Crab", "Drove", "Fold", "Hob", "Lark", "Pin", "Sheep", "Tithe", "Wold", "Yew", "Corn", "Thistle"],
            ["thorn", "well", "bank", "croft", "moor", "dyke", "gill", "hurst"]),
    place=(["Ash", "Brad", "Cold", "Kirk", "Long", "Nether", "Over", "Stow", "Wick", "Sax", "Thrus"],
           ["by", "ford", "ham", "thorpe", "well", "ton", "stead", "wold", "cote"]),
    mail=["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"])
loc("en-IE", lang="en", region="IE",
    given=(["Ao", "Brí", "Cia", "Dón", "Éa", "Fion", "Or", "Seá", "Tadh", "Nia", "Cor", "Gráinn"],
           ["ife", "d", "rán", "al", "mon", "nuala", "la", "n", "g", "mh", "e"]),
    family=(["Dun", "Flan", "Garv", "Hanr", "Kinn", "Mull", "Scan", "Tier", "Cull", "Mor"],
            ["phy", "agan", "ey", "ahan", "ane", "ahy", "lon", "nan", "inan"]),
    street=(["Bóthar", "Cill", "Gort", "Lis", "Rath", "Tully", "Drom", "Bally"], ["more", "beg", "nagh", "keel", "derg"]),
    place=(["Bally", "Kil", "Rath", "Dun", "Clon", "Ennis", "Carrig"], ["macurra", "feakle", "glass", "owen", "brack",
                                                                       "tubber", "lahan"]),
    mail=["gmail.com", "eircom.net", "hotmail.com"])
loc("en-US", lang="en", region="US", given=EN_GIVEN,
    family=(["Bald", "Car", "Dell", "Gran", "Hutch", "Kess", "Mack", "Pru", "Tull", "Wick", "Schro", "Lind"],
            ["win", "son", "inger", "by", "ens", "ler", "ey", "ham", "itt", "holm", "eder"]),
    street=(["Cotton", "Sorg", "Prair", "Elk", "Buck", "Silo", "Wheat", "Clover"], ["wood", "ie", "hum", "horn", "land",
                                                                                   "field", "run"]),
    place=(["Ames", "Brock", "Cedar", "Deer", "Kear", "Lex", "Platte", "Salin"], ["ville", "ton", "burg", "ney", "dale",
                                                                                 "port", "a"]),
    mail=["gmail.com", "yahoo.com", "aol.com", "icloud.com"])
loc("en-NZ", lang="en", region="NZ",
    given=(["Ha", "Ma", "Ri", "Te", "Wi", "Ka", "Ar", "Bre", "Jos"], ["mi", "ere", "wiri", "ana", "remu", "huia", "lie",
                                                                     "ton", "hua"]),
    family=(["Ash", "Mc", "Dun", "Kil", "Rang", "Wai", "Tane", "Fox"], ["more", "lagan", "stan", "gour", "iora", "kato",
                                                                      "ere", "leigh"]),
    street=(["Kowhai", "Totara", "Matai", "Manuka", "Rimu", "Hinau", "Pukeko"], ["vale", "downs", "flat", "ridge"]),
    place=(["Wai", "Rangi", "Te", "Oto", "Pari", "Mata"], ["rongo", "tahi", "kohu", "mahana", "whitu", "roa"]),
    mail=["xtra.co.nz", "gmail.com", "slingshot.co.nz"])
loc("fr-FR", lang="fr", region="FR",
    given=(["Ber", "Cla", "Gé", "Jo", "Lu", "Ma", "Mi", "Ré", "Sy", "Thi", "Au", "Hono"],
           ["nadette", "ude", "rald", "sette", "cien", "rius", "chel", "gine", "lvain", "baut", "rine"]),
    family=(["Bou", "Char", "Dela", "Fav", "Gui", "La", "Mar", "Ro", "Ver", "Pey", "Cham", "Tour"],
            ["chard", "bonnel", "croix", "reau", "llemin", "fargue", "ceau", "quette", "nier", "rat", "nadou"]),
    street=(["Combe", "Grange", "Ruisse", "Chaume", "Bergerie", "Noyer", "Pré"], ["lle", "ronde", "aux", "basse",
                                                                                 "haute", "tte"]),
    place=(["Saint-Aub", "Mont", "Ville", "Berg", "Roche", "Champ", "Font"], ["ignac", "ferrand", "neuve", "erac",
                                                                             "ouillet", "dieu", "anges"]),
    mail=["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"])
loc("de-DE", lang="de", region="DE",
    given=(["Al", "Ber", "Frie", "Gun", "Hein", "Il", "Jo", "Kon", "Lie", "Rein", "Wal", "Ut"],
           ["ke", "bert", "dolin", "ther", "rich", "gard", "hann", "rad", "sel", "hild", "e"]),
    family=(["Acker", "Brink", "Dorn", "Feld", "Gries", "Haber", "Kamp", "Lind", "Moor", "Wies", "Roggen", "Hof"],
            ["mann", "meier", "bach", "huber", "kötter", "holt", "ner", "brock", "hagen", "schulte"]),
    street=(["Ros", "Hafer", "Lehm", "Schaf", "Mühl", "Gerst", "Tränk", "Koppel"], ["kamp", "wiesen", "acker", "brink",
                                                                                     "horst", "trift"]),
    place=(["Ober", "Nieder", "Alt", "Groß", "Klein", "Wester", "Oster"], ["hausen", "feldern", "bruch", "stedt",
                                                                         "ingen", "büttel", "wede"]),
    mail=["web.de", "gmx.de", "t-online.de"])
loc("nl-NL", lang="nl", region="NL",
    given=(["Aal", "Bert", "Dirk", "Ger", "Hen", "Jan", "Kees", "Lot", "Maar", "Wout", "Gee"],
           ["tje", "je", "ke", "rit", "drik", "nie", "ten", "er", "sje"]),
    family=(["Boer", "Dijk", "Veld", "Hoek", "Brug", "Kamp", "Maat", "Wei", "Stal", "Zode"],
            ["sma", "stra", "huis", "man", "ink", "hof", "kers", "horst", "ga"]),
    street=(["Slo", "Dijk", "Polder", "Terp", "Vaart", "Gras"], ["tweg", "hoek", "laan", "kade", "weide"]),
    place=(["Oude", "Nij", "Hoog", "Wester", "Zuid", "Veen"], ["kerk", "dam", "wolde", "horne", "veld", "meer"]),
    mail=["ziggo.nl", "kpnmail.nl", "hotmail.nl"])
loc("es-ES", lang="es", region="ES",
    given=(["Al", "Be", "Con", "Eu", "Fer", "Lo", "Mer", "Pa", "Ro", "Vi", "Ampa"],
           ["mudena", "nigno", "cepción", "genio", "mín", "renzo", "cedes", "tricio", "sario", "cente", "ro"]),
    family=(["Al", "Bar", "Cas", "Eche", "Gal", "Lar", "Ur", "Vi", "Olai", "Sarri"],
            ["barrán", "rueco", "tañeda", "varría", "ludo", "rañaga", "quiza", "llalba", "zola", "ón"]),
    street=(["Olivar", "Encin", "Secan", "Majad", "Vega", "Cañad"], ["illo", "ar", "ón", "eja", "al"]),
    place=(["Villa", "Torre", "Cas", "Alde", "Puebla"], ["rrubia", "mocha", "tejón", "anueva", "llana", "seca"]),
    mail=["gmail.com", "telefonica.net", "hotmail.es"])
loc("it-IT", lang="it", region="IT",
    given=(["Ago", "Bru", "Cal", "Dona", "Eli", "Gio", "Lu", "Otta", "Rina", "Vitt"],
           ["stino", "nella", "ogero", "tella", "sabetta", "vanna", "igi", "vio", "ldo", "oria"]),
    family=(["Bel", "Cara", "Ferr", "Mar", "Pag", "Ross", "Sca", "Tor", "Vac", "Zan"],
            ["lotti", "vaggio", "ucci", "ignani", "anini", "etti", "rpelli", "chiani", "cari", "obini"]),
    street=(["Case", "Cascin", "Fontan", "Poder", "Vign", "Mulin"], ["ale", "elle", "one", "etto", "accia"]),
    place=(["Borgo", "Castel", "Monte", "Pieve", "Roncò", "Sant'Ila"], ["fiore", "vetro", "lungo", "secco", "rio"]),
    mail=["libero.it", "virgilio.it", "alice.it"])
loc("pl-PL", lang="pl", region="PL",
    given=(["Bo", "Ja", "Ka", "Mał", "Sta", "Ta", "Wie", "Zo", "Grze", "Ur"],
           ["gusław", "dwiga", "zimierz", "gorzata", "nisław", "deusz", "sława", "fia", "gorz", "szula"]),
    family=(["Kowal", "Wiśniew", "Krup", "Chmiel", "Grab", "Sob", "Wróbl", "Żak", "Dzięg", "Szczep"],
            ["czyk", "ski", "ska", "ewicz", "owski", "iak", "arek", "ecki", "ielak"]),
    street=(["Wrzos", "Kalin", "Jarzębin", "Głog", "Brzoz", "Lesz", "Tarnin", "Chmiel"], ["owa", "ówka", "cza", "niak"]),
    place=(["Wola", "Zale", "Brzo", "Dęb", "Łęcz", "Olsz", "Kozie"], ["sie", "zówka", "inka", "owo", "yca", "nica",
                                                                      "głowy"]),
    mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl"])
loc("ro-RO", lang="ro", region="RO",
    given=(["Ani", "Cos", "Dor", "Flo", "Ghe", "Ioa", "Lumi", "Mir", "Sor", "Vasi"],
           ["ca", "tel", "ina", "rin", "orghe", "na", "niţa", "cea", "in", "le"]),
    family=(["Pop", "Drag", "Stan", "Munte", "Bălan", "Cior", "Ungur", "Vlă"],
            ["escu", "omir", "ciu", "anu", "oiu", "ean", "ache", "ică"]),
    street=(["Livez", "Izvor", "Fântân", "Ogor", "Hotar"], ["ii", "ului", "ilor"]),
    place=(["Vale", "Dealu", "Poia", "Slo", "Bră"], ["a Mare", "rești", "na", "bozia", "deni", "tești"]),
    mail=["yahoo.com", "gmail.com"])
loc("pt-BR", lang="pt", region="BR",
    given=(["Ben", "Cla", "Edi", "Ger", "Iva", "Jo", "Lu", "Ma", "Rai", "Wel"],
           ["edito", "rice", "valdo", "son", "nilde", "aquim", "zia", "noel", "mundo", "lington"]),
    family=(["Al", "Bra", "Car", "Fon", "Gou", "Lou", "Mace", "Tei", "Quin", "Ma"],
            ["meida", "ndão", "valho", "seca", "veia", "reiro", "do", "xeira", "tana", "ranhão"]),
    street=(["Cafe", "Cana", "Ipê", "Jatobá", "Buriti", "Capim"], ["zal", "vial", "roxo", "do Brejo", "seiro"]),
    place=(["Santa Ri", "São Jo", "Pira", "Ita", "Ibi", "Cam"], ["ta do Sul", "aquim", "cema", "peva", "rama", "buí"]),
    mail=["gmail.com", "bol.com.br", "uol.com.br"])
loc("sv-SE", lang="sv", region="SE",
    given=(["Ag", "Bir", "Es", "Gun", "Ing", "Kal", "Lis", "Sig", "Tor", "Ulf"],
           ["neta", "ger", "kil", "borg", "rid", "le", "beth", "vard", "sten", "ar"]),
    family=(["Berg", "Ek", "Lund", "Sjö", "Holm", "Ny", "Ström", "Åker"],
            ["kvist", "gren", "ström", "lund", "berg", "qvist", "dahl", "blad"]),
    street=(["Ladu", "Hag", "Myr", "Råg", "Tall"], ["gårds", "backs", "ängs", "åkers"]),
    place=(["Björk", "Sked", "Ös", "Väst", "Norr"], ["näs", "by", "torp", "hult", "köping", "åsen"]),
    mail=["telia.com", "gmail.com", "hotmail.se"])
loc("da-DK", lang="da", region="DK",
    given=(["Ak", "Bir", "Ej", "Fre", "Hen", "Ib", "Kir", "Mo", "Sø", "Tor"],
           ["sel", "the", "ner", "de", "ning", "en", "sten", "gens", "ren", "ben"]),
    family=(["Dal", "Fis", "Hol", "Kjær", "Møl", "Niel", "Sko", "Vest"],
            ["gaard", "ker", "strup", "sbøl", "ler", "sen", "vgaard", "bjerg"]),
    street=(["Mose", "Eng", "Hede", "Lunde", "Toft"], ["gårds", "bakke", "mark", "høj"]),
    place=(["Ry", "Vor", "Hal", "Tørs", "Ulf"], ["ding", "strup", "lev", "borg", "bæk", "havn"]),
    mail=["mail.dk", "gmail.com", "jubii.dk"])
loc("tr-TR", lang="tr", region="TR",
    given=(["Ay", "Bü", "Ce", "De", "Em", "Fa", "Gö", "Ha", "İl", "Ke", "Mu", "Se"],
           ["şe", "lent", "mal", "niz", "re", "tma", "khan", "kan", "ay", "rem"]),
    family=(["Kara", "Ak", "Yıl", "Öz", "Taş", "Demir", "Çelik", "Kurt", "Boz", "Ekin"],
            ["oğlu", "dağ", "kaya", "tekin", "soy", "türk", "han", "bay", "ci"]),
    street=(["Harman", "Bağ", "Çayır", "Pınar", "Ekin", "Yayla"], ["lı", "başı", "yolu", "dere"]),
    place=(["Kızıl", "Ak", "Kara", "Sarı", "Yeşil"], ["ören", "pınar", "köy", "ova", "yurt", "tepe"]),
    mail=["gmail.com", "hotmail.com", "yandex.com.tr"])
loc("el-GR", lang="el", region="GR",
    given=(["Αρ", "Δη", "Ευ", "Θε", "Κα", "Λε", "Μα", "Νι", "Στ", "Χρ"],
           ["γύρης", "μήτρης", "αγγελία", "οδώρα", "λλιόπη", "ωνίδας", "ρίνα", "κόλας", "ράτος"]),
    family=(["Παπα", "Καρα", "Βλα", "Μαυρο", "Τσα", "Κουτ", "Λια", "Ζερ"],
            ["δάκης", "γιάννης", "χόπουλος", "μμάτης", "ρουχάς", "σιώτης", "λίδης", "βός"]),
    street=(["Αμπελ", "Ελαι", "Αλων", "Βρυσ", "Μαντρ"], ["ώνων", "ώνος", "ιών", "ούλας"]),
    place=(["Άνω", "Κάτω", "Νέα", "Παλαιό"], [" Μερόπη", " Λιβάδι", " Σκάλα", " Αμπελάκι", " Χωριό", " Πηγάδι"]),
    mail=["gmail.com", "otenet.gr", "yahoo.gr"])
loc("uk-UA", lang="uk", region="UA",
    given=(["Ол", "Ярос", "Бог", "Мир", "Тар", "Окс", "Лар", "Зін"],
           ["ена", "лава", "дан", "ослава", "ас", "ана", "иса", "аїда"]),
    family=(["Коваль", "Гриц", "Мель", "Ткач", "Бонда", "Сав", "Шев", "Дзю"],
            ["енко", "ук", "ничук", "ишин", "рчук", "ченко", "ба"]),
    street=(["Польов", "Садов", "Млинов", "Лугов", "Вишнев"], ["а", "ий", "ого"]),
    place=(["Вишн", "Зелен", "Кам'ян", "Ясн", "Дуб"], ["івка", "ополе", "иця", "огірка", "ове"]),
    mail=["ukr.net", "gmail.com", "i.ua"])
loc("hi-IN", lang="hi", region="IN",
    given=(["रा", "सु", "वि", "प्र", "मी", "कि", "दे", "ह", "ग"], ["जेश", "नीता", "मित", "नय", "काश", "रण", "वेंद्र", "रिया",
                                                               "ोविंद"]),
    family=(["बघे", "कुश", "रघु", "सोलं", "डां", "माल", "बुंदे", "लो"], ["ल", "वाहा", "वंशी", "की", "गी", "वीय", "ला", "धी"]),
    street=(["नहर", "खेत", "बाग", "कुआँ"], [" मार्ग", " पट्टी", " टोला"]),
    place=(["राम", "सीता", "देव", "हरि", "गंगा", "बेल"], ["पुर", "गढ़", "नगर", "खेड़ा", "सराय", "पाली"]),
    mail=["gmail.com", "rediffmail.com", "yahoo.co.in"])
loc("th-TH", lang="th", region="TH",
    given=(["สม", "วรร", "ประ", "สุ", "กมล", "ชัย", "อรุณ", "พิม"], ["ชาย", "ณี", "เสริฐ", "ดา", "พร", "วัฒน์", "ศักดิ์"]),
    family=(["ศรี", "แก้ว", "บุญ", "ทอง", "วงศ์", "จันทร์", "นาค"], ["สุข", "ประเสริฐ", "มณี", "ดี", "ทิพย์", "รัตน์", "เจริญ"]),
    street=(["นา", "ไร่", "สวน", "ท่า"], ["ข้าว", "อ้อย", "มะม่วง", "ทราย"]),
    place=(["บ้าน", "หนอง", "โคก", "ดอน"], ["แก", "บัว", "สะอาด", "ตาล", "จิก", "ยาง"]),
    mail=["gmail.com", "hotmail.com"])
loc("ja-JP", lang="ja", region="JP",
    given=(["健", "和", "美", "真", "雄", "恵", "直", "翔", "優", "千"], ["太", "子", "樹", "也", "花", "郎", "人", "香", "介", "奈"]),
    family=(["田", "山", "森", "石", "川", "松", "高", "岡", "杉", "菅"], ["野", "沢", "谷", "橋", "村", "原", "井", "島", "崎", "瀬"]),
    street=(["上", "下", "北", "南"], ["牧", "畑", "稲", "栗"]),
    place=(["美", "若", "大", "豊", "新"], ["瑛町", "葉村", "沼町", "丘村", "穂町", "里村"]),
    mail=["docomo.ne.jp", "gmail.com", "yahoo.co.jp"])
loc("ko-KR", lang="ko", region="KR",
    given=(["민", "서", "지", "현", "은", "동", "재", "혜"], ["준", "연", "호", "숙", "철", "희", "석", "진"]),
    family=(["윤", "한", "임", "오", "서", "신", "권", "황"], [""]),
    street=(["들", "논", "밭", "솔"], ["마을", "고개", "내", "골"]),
    place=(["청", "보", "영", "옥", "진"], ["산", "은", "동", "천", "안", "주"]),
    mail=["naver.com", "daum.net", "gmail.com"])

LOCALES = list(L)
ASCII_SYL = ["ka", "lo", "mi", "ren", "tas", "vo", "jun", "dee", "pra", "sol", "nik", "ha", "bo", "ye", "ti", "ran"]


def ascii_part(s, r):
    a = re.sub(r"[^a-z]", "", s.lower().replace("ø", "o").replace("æ", "ae").replace("å", "a").replace("ß", "ss")
               .replace("ł", "l").replace("ç", "c").replace("ş", "s").replace("ı", "i").replace("ğ", "g")
               .replace("é", "e").replace("è", "e").replace("í", "i").replace("á", "a").replace("ó", "o")
               .replace("ú", "u").replace("ö", "o").replace("ü", "u").replace("ä", "a").replace("ñ", "n")
               .replace("ã", "a").replace("ê", "e").replace("ț", "t").replace("ţ", "t").replace("ș", "s")
               .replace("ă", "a").replace("â", "a").replace("ę", "e").replace("ą", "a").replace("ś", "s")
               .replace("ż", "z").replace("ź", "z").replace("ń", "n").replace("ć", "c"))
    return a or (r.choice(ASCII_SYL) + r.choice(ASCII_SYL))


# ----------------------------------------------------------------------------------------------- labels
LBL = {
    "en": dict(name="Name", address="Address", phone="Phone", dob="Date of birth", email="Email", id="ID no.",
               date="Date", notes="Notes", total="Total", tax="Tax ref", bank="Bank", farm="Farm"),
    "fr": dict(name="Nom", address="Adresse", phone="Tél.", dob="Né(e) le", email="Courriel", id="N° sécu",
               date="Date", notes="Remarques", total="Total", tax="N° fiscal", bank="IBAN", farm="Exploitation"),
    "de": dict(name="Name", address="Anschrift", phone="Tel.", dob="Geb.-Datum", email="E-Mail", id="Ausweis-Nr.",
               date="Datum", notes="Bemerkung", total="Summe", tax="Steuer-ID", bank="IBAN", farm="Betrieb"),
    "nl": dict(name="Naam", address="Adres", phone="Tel", dob="Geboortedatum", email="E-mail", id="BSN",
               date="Datum", notes="Opmerking", total="Totaal", tax="BSN", bank="IBAN", farm="Bedrijf"),
    "es": dict(name="Nombre", address="Domicilio", phone="Tfno.", dob="Fecha nac.", email="Correo", id="DNI",
               date="Fecha", notes="Observaciones", total="Total", tax="NIF", bank="IBAN", farm="Explotación"),
    "it": dict(name="Nome", address="Indirizzo", phone="Cell.", dob="Nato/a il", email="Email", id="Doc.",
               date="Data", notes="Note", total="Totale", tax="Cod. fiscale", bank="IBAN", farm="Azienda"),
    "pl": dict(name="Imię i nazwisko", address="Adres", phone="Tel.", dob="Data ur.", email="E-mail", id="PESEL",
               date="Data", notes="Uwagi", total="Razem", tax="NIP", bank="Nr konta", farm="Gospodarstwo"),
    "ro": dict(name="Nume", address="Domiciliu", phone="Tel.", dob="Data nașterii", email="Email", id="CNP",
               date="Data", notes="Observații", total="Total", tax="CNP", bank="IBAN", farm="Ferma"),
    "pt": dict(name="Nome", address="Endereço", phone="Cel.", dob="Nascimento", email="E-mail", id="CPF",
               date="Data", notes="Obs.", total="Total", tax="CPF", bank="Conta", farm="Sítio"),
    "sv": dict(name="Namn", address="Adress", phone="Tel", dob="Född", email="E-post", id="Personnr",
               date="Datum", notes="Anm.", total="Summa", tax="Personnr", bank="IBAN", farm="Gård"),
    "da": dict(name="Navn", address="Adresse", phone="Tlf.", dob="Fødselsdato", email="E-mail", id="CPR",
               date="Dato", notes="Bem.", total="I alt", tax="CPR", bank="IBAN", farm="Gård"),
    "tr": dict(name="Ad Soyad", address="Adres", phone="Tel", dob="Doğum tarihi", email="E-posta", id="TC Kimlik",
               date="Tarih", notes="Not", total="Toplam", tax="TC Kimlik", bank="IBAN", farm="İşletme"),
    "el": dict(name="Ονοματεπώνυμο", address="Διεύθυνση", phone="Τηλ.", dob="Ημ. γέννησης", email="Email",
               id="ΑΜΚΑ", date="Ημερομηνία", notes="Παρατηρήσεις", total="Σύνολο", tax="ΑΦΜ", bank="IBAN",
               farm="Εκμετάλλευση"),
    "uk": dict(name="ПІБ", address="Адреса", phone="Тел.", dob="Дата народження", email="Ел. пошта", id="РНОКПП",
               date="Дата", notes="Примітка", total="Разом", tax="РНОКПП", bank="IBAN", farm="Господарство"),
    "hi": dict(name="नाम", address="पता", phone="मोबाइल", dob="जन्म तिथि", email="ईमेल", id="आधार", date="तारीख",
               notes="टिप्पणी", total="कुल", tax="पैन", bank="खाता", farm="खेत"),
    "th": dict(name="ชื่อ-สกุล", address="ที่อยู่", phone="โทร", dob="วันเกิด", email="อีเมล", id="เลขบัตรประชาชน",
               date="วันที่", notes="หมายเหตุ", total="รวม", tax="เลขบัตรประชาชน", bank="บัญชี", farm="ฟาร์ม"),
    "ja": dict(name="氏名", address="住所", phone="電話", dob="生年月日", email="メール", id="マイナンバー", date="日付",
               notes="備考", total="合計", tax="マイナンバー", bank="口座", farm="農場"),
    "ko": dict(name="성명", address="주소", phone="연락처", dob="생년월일", email="이메일", id="주민등록번호",
               date="일자", notes="비고", total="합계", tax="주민등록번호", bank="계좌", farm="농장"),
}
ASK = {
    "en": ["can you tidy this up into a table", "summarise for the farm file pls", "pull the details out as JSON",
           "check this for mistakes before I send it", "draft a short reply", "translate to plain English"],
    "fr": ["tu peux me mettre ça au propre ?", "résume pour le dossier de l'exploitation", "extrais les infos en JSON",
           "vérifie s'il y a des erreurs", "rédige une réponse courte"],
    "de": ["bitte als Tabelle aufbereiten", "kurz zusammenfassen für die Hofakte", "Daten als JSON rausziehen",
           "auf Fehler prüfen bevor ich's abschicke", "kurze Antwort formulieren"],
    "nl": ["kun je dit in een tabel zetten", "vat samen voor de administratie", "haal de gegevens eruit als JSON",
           "check op fouten aub", "schrijf een kort antwoord"],
    "es": ["pásalo a tabla porfa", "resume para el expediente", "saca los datos en JSON", "revisa si hay errores",
           "redacta una respuesta corta"],
    "it": ["mettimi in tabella", "riassumi per la pratica", "estrai i dati in JSON", "controlla se ci sono errori",
           "scrivi una risposta breve"],
    "pl": ["zrób z tego tabelkę", "streść do teczki gospodarstwa", "wyciągnij dane do JSON", "sprawdź czy nie ma błędów",
           "napisz krótką odpowiedź"],
    "ro": ["pune-l într-un tabel", "fă un rezumat pentru dosar", "extrage datele în JSON", "verifică dacă sunt greșeli"],
    "pt": ["organiza numa tabela", "resume pro arquivo do sítio", "extrai os dados em JSON", "confere se tem erro"],
    "sv": ["gör en tabell av det här", "sammanfatta till gårdspärmen", "plocka ut uppgifterna som JSON",
           "kolla efter fel"],
    "da": ["lav det om til en tabel", "opsummer til gårdens mappe", "træk oplysningerne ud som JSON", "tjek for fejl"],
    "tr": ["bunu tabloya dök", "dosya için özetle", "bilgileri JSON olarak çıkar", "hata var mı kontrol et"],
    "el": ["κάν' το πίνακα", "σύνοψη για τον φάκελο", "βγάλε τα στοιχεία σε JSON", "έλεγξε για λάθη"],
    "uk": ["зроби з цього таблицю", "коротко підсумуй для справи", "витягни дані в JSON", "перевір на помилки"],
    "hi": ["इसे तालिका में बना दो", "फ़ाइल के लिए सारांश लिखो", "जानकारी JSON में निकालो", "गलतियाँ जाँच लो"],
    "th": ["ช่วยทำเป็นตาราง", "สรุปเก็บเข้าแฟ้ม", "ดึงข้อมูลเป็น JSON", "ตรวจดูว่ามีอะไรผิดไหม"],
    "ja": ["表にまとめてください", "ファイル用に要約して", "JSONで項目を抜き出して", "誤りがないか確認して"],
    "ko": ["표로 정리해줘", "파일용으로 요약해줘", "JSON으로 추출해줘", "틀린 데 있는지 확인해줘"],
}


# ----------------------------------------------------------------------------------------------- identifiers
class Invalid(Exception):
    pass


def capped(r, gen, valid, what, cap=2000):
    for _ in range(cap):
        v = gen(r)
        try:
            if valid(v):
                return v
        except Exception:
            pass
    raise SystemExit(f"could not generate a valid {what}")


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def check(v, validator, what):
    try:
        validator(v)
    except Exception as e:
        raise SystemExit(f"invalid {what}: {e}")
    return v


def rand_date(r, y0=1952, y1=2004):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def g_utr(r):
    return capped(r, lambda r: (lambda b: utr.calc_check_digit(b) + b)(digits(r, 9)), utr.is_valid, "UTR")


def g_nhs(r):
    v = capped(r, lambda r: "4" + digits(r, 9), nhs.is_valid, "NHS")
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def g_pps(r):
    v = capped(r, lambda r: (lambda b: b + ie_vat.calc_check_digit(b))(digits(r, 7)), pps.is_valid, "PPS")
    return v


def g_ssn(r):
    def gen(r):
        a = r.choice([x for x in range(1, 900) if x != 666])
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return capped(r, gen, us_ssn.is_valid, "SSN")


def g_rtn(r):
    return capped(r, lambda r: (lambda b: b + rtn.calc_check_digit(b))(r.choice(["0", "1", "2"]) + digits(r, 7)),
                  rtn.is_valid, "RTN")


def g_ird(r):
    v = capped(r, lambda r: "0" + r.choice("123456789") + digits(r, 7), ird.is_valid, "IRD")
    return f"{v[:3]}-{v[3:6]}-{v[6:]}"


def g_nir(r, dob):
    y, m, d = dob
    def gen(r):
        b = f"{r.choice('12')}{y % 100:02d}{m:02d}{r.randint(1, 95):02d}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
        return b + nir.calc_check_digits(b)
    v = capped(r, gen, nir.is_valid, "NIR")
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def g_idnr(r):
    v = capped(r, lambda r: r.choice("123456789") + digits(r, 10), idnr.is_valid, "Steuer-ID", cap=20000)
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def g_bsn(r):
    return capped(r, lambda r: r.choice("123456789") + digits(r, 8), bsn.is_valid, "BSN")


def g_dni(r):
    return capped(r, lambda r: (lambda b: b + dni.calc_check_digit(b))(digits(r, 8)), dni.is_valid, "DNI")


def g_cf(r, dob, female):
    y, m, d = dob
    L_ = "ABCDEFGHIJKLMNOPRSTUVZ"
    def gen(r):
        b = ("".join(r.choice(L_) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
             + f"{d + (40 if female else 0):02d}" + r.choice("ABCDEFGHLM") + f"{r.randint(1, 999):03d}")
        return b + codicefiscale.calc_check_digit(b)
    return capped(r, gen, codicefiscale.is_valid, "codice fiscale")


def g_pesel(r, dob):
    y, m, d = dob
    mm = m + (20 if y >= 2000 else 0)
    return capped(r, lambda r: (lambda b: b + pesel.calc_check_digit(b))(f"{y % 100:02d}{mm:02d}{d:02d}" + digits(r, 4)),
                  pesel.is_valid, "PESEL")


def g_nip(r):
    v = capped(r, lambda r: r.choice("123456789") + digits(r, 9), nip.is_valid, "NIP")
    return f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"


def g_cnp(r, dob):
    y, m, d = dob
    s = r.choice("12") if y < 2000 else r.choice("56")
    return capped(r, lambda r: (lambda b: b + cnp.calc_check_digit(b))(
        f"{s}{y % 100:02d}{m:02d}{d:02d}{r.randint(1, 40):02d}{r.randint(1, 999):03d}"), cnp.is_valid, "CNP")


def g_cpf(r):
    v = capped(r, lambda r: (lambda b: b + cpf._calc_check_digits(b))(digits(r, 9)), cpf.is_valid, "CPF")
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def g_pnr(r, dob):
    y, m, d = dob
    def gen(r):
        b = f"{y % 100:02d}{m:02d}{d:02d}" + digits(r, 3)
        return b[:6] + "-" + b[6:] + luhn.calc_check_digit(b)
    return capped(r, gen, personnummer.is_valid, "personnummer")


def g_cpr(r, dob):
    y, m, d = dob
    return capped(r, lambda r: f"{d:02d}{m:02d}{y % 100:02d}-" + r.choice("0123") + digits(r, 3), cpr.is_valid, "CPR")


def g_tc(r):
    return capped(r, lambda r: (lambda b: b + tckimlik.calc_check_digits(b))(r.choice("123456789") + digits(r, 8)),
                  tckimlik.is_valid, "TC Kimlik")


def g_amka(r, dob):
    y, m, d = dob
    return capped(r, lambda r: (lambda b: b + luhn.calc_check_digit(b))(f"{d:02d}{m:02d}{y % 100:02d}" + digits(r, 4)),
                  amka.is_valid, "AMKA")


def g_afm(r):
    return capped(r, lambda r: (lambda b: b + gr_vat.calc_check_digit(b))("1" + digits(r, 7)), gr_vat.is_valid, "AFM")


def g_rntrc(r):
    return capped(r, lambda r: r.choice("123") + digits(r, 9), rntrc.is_valid, "RNTRC")


def g_aadhaar(r):
    v = capped(r, lambda r: (lambda b: b + verhoeff.calc_check_digit(b))(r.choice("23456789") + digits(r, 10)),
               aadhaar.is_valid, "Aadhaar")
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def g_pan(r):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return capped(r, lambda r: "".join(r.choice(A) for _ in range(3)) + "P" + r.choice(A) + digits(r, 4) + r.choice(A),
                  pan.is_valid, "PAN")


def g_thpin(r):
    v = capped(r, lambda r: (lambda b: b + th_pin.calc_check_digit(b))(r.choice("13") + digits(r, 11)),
               th_pin.is_valid, "Thai PIN")
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"


def g_mynum(r):
    v = capped(r, lambda r: (lambda b: b + jp_in.calc_check_digit(b))(r.choice("123456789") + digits(r, 10)),
               jp_in.is_valid, "My Number")
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def g_rrn(r, dob):
    y, m, d = dob
    s = r.choice("12") if y < 2000 else r.choice("34")
    v = capped(r, lambda r: (lambda b: b + rrn.calc_check_digit(b))(f"{y % 100:02d}{m:02d}{d:02d}{s}"
                                                                     + f"{r.randint(0, 95):02d}" + digits(r, 3)),
               rrn.is_valid, "RRN")
    return v[:6] + "-" + v[6:]


IBAN_LEN = {"GB": 18, "IE": 18, "DE": 18, "NL": 14, "PL": 24, "RO": 20, "TR": 22, "SE": 20, "DK": 14, "GR": 23,
            "UA": 25, "FR": 23, "ES": 20, "IT": 23, "BR": 25}


def g_iban(r, cc):
    def gen(r):
        n = IBAN_LEN[cc]
        if cc in ("GB", "IE"):
            bban = "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)) + digits(r, 14)
        elif cc == "NL":
            bban = "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)) + digits(r, 10)
        elif cc == "RO":
            bban = "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)) + digits(r, 16)
        elif cc == "BR":
            bban = digits(r, 23) + "C1"
        elif cc == "IT":
            bban = r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(r, 22)
        else:
            bban = digits(r, n)
        cand = cc + "00" + bban
        return cc + std_iban.calc_check_digits(cand) + bban
    v = capped(r, gen, lambda v: std_iban.is_valid(v), f"IBAN {cc}", cap=5000)
    return std_iban.format(v)


def g_card(r):
    def gen(r):
        b = r.choice(["4", "4", "51", "53", "55"])
        b += digits(r, 15 - len(b))
        return b + luhn.calc_check_digit(b)
    v = capped(r, gen, luhn.is_valid, "card")
    if v in TEST_CARDS_RAW:
        raise SystemExit("generated a documented test card")
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


TEST_CARDS_RAW = {"4242424242424242", "4000056655665556", "5555555555554444", "4111111111111111",
                  "5200828282828210", "4000002500003155"}


def g_mrn(r):
    v = capped(r, lambda r: (lambda b: b + luhn.calc_check_digit(b))(r.choice("3456789") + digits(r, 6)),
               luhn.is_valid, "hospital number")
    return v


def g_ip(r):
    def gen(r):
        return f"{r.randint(2, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return capped(r, gen, lambda v: ipaddress.ip_address(v).is_global, "public IP")


PH_FMT = [phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
          phonenumbers.PhoneNumberFormat.E164]


def g_phone(r, region, mobile=True, fmt=None):
    t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    nat = phonenumbers.national_significant_number(ex)

    def gen(r):
        keep = max(2, len(nat) - 6)
        s = nat[:keep] + digits(r, len(nat) - keep)
        p = phonenumbers.parse("+" + str(ex.country_code) + s, None)
        return p
    def ok(p):
        return (phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region
                and phonenumbers.national_significant_number(p) != nat)
    p = capped(r, gen, ok, f"phone {region}")
    f = fmt if fmt is not None else r.choice(PH_FMT)
    s = phonenumbers.format_number(p, f)
    q = phonenumbers.parse(s, region)
    if not phonenumbers.is_valid_number_for_region(q, region):
        raise SystemExit("phone round trip failed")
    return s


# ----------------------------------------------------------------------------------------------- world
class World:
    def __init__(self, r):
        self.r = r
        self.pools = {}
        for tag in LOCALES:
            d = L[tag]
            g, f, s, p = d["given"], d["family"], d["street"], d["place"]
            self.pools[(tag, "given")] = build_pool(r, f"{tag}/given", combo(*g), 30, 8)
            if tag == "ko-KR":   # single-syllable surnames are checked as part of the whole written name
                self.pools[(tag, "family")] = build_pool(
                    r, f"{tag}/full", lambda r, f=f, g=g: r.choice(f[0]) + r.choice(g[0]) + r.choice(g[1]), 30, 8)
            else:
                self.pools[(tag, "family")] = build_pool(r, f"{tag}/family", combo(*f), 30, 8)
            self.pools[(tag, "street")] = build_pool(r, f"{tag}/street", combo(*s), 14, 3)
            self.pools[(tag, "place")] = build_pool(r, f"{tag}/place", combo(*p), 20, 5)
        # organisations of the farming world (cores only; the designators are template constants)
        org_a = ["Vale", "Brae", "Hartle", "Cors", "Penn", "Rye", "Tamar", "Wend", "Lox", "Ouse", "Aln", "Dove",
                 "Eden", "Tees", "Lune", "Nidd", "Yeo", "Frome", "Camel", "Teme", "Rother", "Wear"]
        org_b = ["dale", "mead", "brook", "wick", "combe", "holme", "sett", "cross", "field", "gate"]
        self.pools["org"] = build_pool(r, "org", combo(org_a, org_b), 60, 20)
        fic = ["Farmer Hoggett", "Old Major", "Farmer Giles of Ham", "Worzel Gummidge", "Farmer Boggis",
               "Farmer Bunce", "Farmer Bean", "Mr. McGregor", "Heidi's Alm-Öhi", "Jean de Florette", "Ugolin",
               "Bathsheba Everdene", "Gabriel Oak", "Farmer Oak", "Mrs. Tiggy-winkle", "Jemima Puddle-duck",
               "Farmer Pickles", "Lord Emsworth", "Empress of Blandings", "Pa Ingalls", "Tess Durbeyfield",
               "Farmer Maggot", "Tom Bombadil", "Clopin", "Old Mother Hubbard"]
        self.fictional = [x for x in fic if not entry_clashes(x)]
        FREEZE_STATS["fictional"] += len(fic) - len(self.fictional)
        var = ["Maris Piper", "King Edward", "Granny Smith", "Cox's Orange Pippin", "Bramley's Seedling",
               "Charlotte", "Désirée", "Belle de Boskoop", "Reine Claude", "Williams' Bon Chrétien", "Conference",
               "Doyenné du Comice", "Pink Lady", "Lady Balfour", "Sarpo Mira", "Marfona", "Jersey Royal",
               "Kerr's Pink", "Duke of York", "Egremont Russet", "Laxton's Superb", "Gala", "Elstar", "Anya",
               "Golden Wonder", "Arran Pilot", "Victoria", "Morello", "Lord Lambourne", "Blenheim Orange"]
        self.varieties = [x for x in var if not entry_clashes(x)]
        FREEZE_STATS["varieties"] += len(var) - len(self.varieties)
        if len(self.fictional) < 5 or len(self.varieties) < 6:
            raise SystemExit("fictional / variety pools emptied by the freeze")
        breeds = ["Aberdeen Angus", "Hereford", "Texel", "Suffolk", "Lleyn", "Holstein Friesian", "Jersey",
                  "Charolais", "Limousin", "Simmental", "Blonde d'Aquitaine", "Herdwick", "Swaledale", "Zwartbles",
                  "Gloucester Old Spot", "Tamworth", "Saanen"]
        self.breeds = [x for x in breeds if not entry_clashes(x)] or ["Holstein", "Texel"]

    def pick(self, tag, kind):
        return self.r.choice(self.pools[(tag, kind)])

    def org(self):
        return self.r.choice(self.pools["org"])


class Person:
    """A private person of a locale, with lazily generated, validated attributes."""

    def __init__(self, w: World, tag: str, female=None):
        r = w.r
        self.w, self.tag, self.r = w, tag, r
        self.female = r.random() < 0.5 if female is None else female
        self.given = w.pick(tag, "given")
        self.family = w.pick(tag, "family")
        if tag == "es-ES":
            self.family = self.family + " " + w.pick(tag, "family")
        if tag in ("ja-JP",):
            self.full = self.family + " " + self.given
        elif tag == "ko-KR":
            self.full = self.family
            self.family, self.given = self.full[0], self.full[1:]
        elif tag == "hi-IN" or tag == "th-TH":
            self.full = self.given + " " + self.family
        else:
            self.full = self.given + " " + self.family
        self.dob_t = rand_date(r)

    def dob(self):
        y, m, d = self.dob_t
        lang = L[self.tag]["lang"]
        if self.tag == "en-US":
            return f"{m:02d}/{d:02d}/{y}"
        if lang in ("ja",):
            return f"{y}年{m}月{d}日"
        if lang in ("ko",):
            return f"{y}. {m:02d}. {d:02d}."
        if lang in ("sv", "ko") or self.r.random() < 0.2:
            return f"{y}-{m:02d}-{d:02d}"
        if lang in ("de", "pl", "ro", "tr", "uk", "da"):
            return f"{d:02d}.{m:02d}.{y}"
        return f"{d:02d}/{m:02d}/{y}"

    def phone(self, fmt=None):
        return g_phone(self.r, L[self.tag]["region"], True, fmt)

    def email(self):
        r = self.r
        g, f = ascii_part(self.given, r), ascii_part(self.family.split()[0], r)
        local = r.choice([f"{g}.{f}", f"{g}{f}{r.randint(1, 99)}", f"{g[0]}{f}", f"{f}.{g}{r.randint(60, 99)}",
                          f"{g}_{f[:4]}farm"])
        return local + "@" + r.choice(L[self.tag]["mail"])

    def address(self):
        r, w, t = self.r, self.w, self.tag
        st, pl, n = w.pick(t, "street"), w.pick(t, "place"), r.randint(1, 140)
        up = lambda k: "".join(r.choice("ABDEFGHJLNPRSTUWY") for _ in range(k))
        if t == "en-GB":
            pc = f"{up(2)}{r.randint(1, 29)} {r.randint(1, 9)}{up(2)}"
            return r.choice([f"{st} Farm, {w.pick(t, 'street')} Lane, {pl}, {pc}", f"{n} {st} Road, {pl} {pc}",
                             f"{st} Cottage, {pl}, {pc}"])
        if t == "en-IE":
            return f"{st} House, {pl}, {up(1)}{r.randint(10, 99)} {up(1)}{r.randint(1, 9)}{up(2)}"
        if t == "en-US":
            return f"{r.randint(1000, 39999)} {st} Rd, {pl}, {r.choice(['IA', 'NE', 'KS', 'MN', 'WI'])} {r.randint(50001, 69999)}"
        if t == "en-NZ":
            return f"{r.randint(10, 999)} {st} Road, RD {r.randint(1, 9)}, {pl} {r.randint(3000, 9899)}"
        if t == "fr-FR":
            return f"{n} chemin de la {st}, {r.randint(10, 89)}{r.randint(100, 999)} {pl}"
        if t == "de-DE":
            return f"{st}weg {n}, {r.randint(10000, 99999)} {pl}"
        if t == "nl-NL":
            return f"{st} {n}, {r.randint(1000, 9999)} {up(2)} {pl}"
        if t == "es-ES":
            return f"Camino del {st}, {n}, {r.randint(10, 50):02d}{r.randint(100, 999)} {pl}"
        if t == "it-IT":
            return f"Loc. {st} {n}, {r.randint(10, 98)}0{r.randint(10, 99)} {pl} ({up(2)})"
        if t == "pl-PL":
            return f"{pl} {n}, {r.randint(10, 99)}-{r.randint(100, 999)} {w.pick(t, 'place')}"
        if t == "ro-RO":
            return f"Str. {st} nr. {n}, sat {pl}, cod {r.randint(100000, 999999)}"
        if t == "pt-BR":
            return f"Estrada do {st}, km {n}, zona rural, {pl}, CEP {r.randint(10000, 99999)}-{r.randint(0, 999):03d}"
        if t == "sv-SE":
            return f"{st}vägen {n}, {r.randint(100, 999)} {r.randint(10, 99)} {pl}"
        if t == "da-DK":
            return f"{st}vej {n}, {r.randint(1000, 9999)} {pl}"
        if t == "tr-TR":
            return f"{st} Mah. {n}. Sok. No:{r.randint(1, 60)}, {pl} köyü"
        if t == "el-GR":
            return f"{st} {n}, {r.randint(10000, 85999)} {pl}"
        if t == "uk-UA":
            return f"вул. {st}, {n}, с. {pl}, {r.randint(10000, 99999)}"
        if t == "hi-IN":
            return f"मकान {n}, {st}, ग्राम {pl}, पिन {r.randint(110001, 855999)}"
        if t == "th-TH":
            return f"{n} หมู่ {r.randint(1, 14)} ต.{pl} อ.{w.pick(t, 'place')} {r.randint(10000, 96999)}"
        if t == "ja-JP":
            return f"〒{r.randint(100, 999)}-{r.randint(1000, 9999)} {pl}{st}{r.randint(1, 9)}-{n}"
        if t == "ko-KR":
            return f"{pl}군 {st}길 {n}"
        raise KeyError(t)

    def natid(self):
        """(type, label, value) of the main personal identifier of the locale."""
        t, r, dob = self.tag, self.r, self.dob_t
        m = {
            "en-GB": lambda: ("TAX_ID", "UTR", g_utr(r)),
            "en-IE": lambda: ("NATIONAL_ID", "PPSN", g_pps(r)),
            "en-US": lambda: ("ssn", "SSN", g_ssn(r)),
            "en-NZ": lambda: ("TAX_ID", "IRD no.", g_ird(r)),
            "fr-FR": lambda: ("NATIONAL_ID", "N° sécu (MSA)", g_nir(r, dob)),
            "de-DE": lambda: ("TAX_ID", "Steuer-ID", g_idnr(r)),
            "nl-NL": lambda: ("NATIONAL_ID", "BSN", g_bsn(r)),
            "es-ES": lambda: ("NATIONAL_ID", "DNI", g_dni(r)),
            "it-IT": lambda: ("TAX_ID", "Cod. fiscale", g_cf(r, dob, self.female)),
            "pl-PL": lambda: ("NATIONAL_ID", "PESEL", g_pesel(r, dob)),
            "ro-RO": lambda: ("NATIONAL_ID", "CNP", g_cnp(r, dob)),
            "pt-BR": lambda: ("TAX_ID", "CPF", g_cpf(r)),
            "sv-SE": lambda: ("NATIONAL_ID", "Personnr", g_pnr(r, dob)),
            "da-DK": lambda: ("NATIONAL_ID", "CPR-nr.", g_cpr(r, dob)),
            "tr-TR": lambda: ("NATIONAL_ID", "TC Kimlik No", g_tc(r)),
            "el-GR": lambda: ("NATIONAL_ID", "ΑΜΚΑ", g_amka(r, dob)),
            "uk-UA": lambda: ("TAX_ID", "РНОКПП", g_rntrc(r)),
            "hi-IN": lambda: ("NATIONAL_ID", "आधार", g_aadhaar(r)),
            "th-TH": lambda: ("NATIONAL_ID", "เลขบัตรประชาชน", g_thpin(r)),
            "ja-JP": lambda: ("NATIONAL_ID", "マイナンバー", g_mynum(r)),
            "ko-KR": lambda: ("NATIONAL_ID", "주민등록번호", g_rrn(r, dob)),
        }
        return m[t]()

    def second_id(self):
        t, r = self.tag, self.r
        m = {"en-GB": lambda: ("HEALTH_INSURANCE", "NHS no.", g_nhs(r)),
             "pl-PL": lambda: ("TAX_ID", "NIP", g_nip(r)),
             "el-GR": lambda: ("TAX_ID", "ΑΦΜ", g_afm(r)),
             "hi-IN": lambda: ("TAX_ID", "PAN", g_pan(r))}
        return m[t]() if t in m else None

    def bank(self):
        """(type, label, value) or a list of them for US."""
        t, r = self.tag, self.r
        cc = {"en-GB": "GB", "en-IE": "IE", "de-DE": "DE", "nl-NL": "NL", "pl-PL": "PL", "ro-RO": "RO",
              "tr-TR": "TR", "sv-SE": "SE", "da-DK": "DK", "el-GR": "GR", "uk-UA": "UA", "fr-FR": "FR",
              "es-ES": "ES", "it-IT": "IT", "pt-BR": "BR"}.get(t)
        if cc:
            return [("IBAN_CODE", "IBAN", g_iban(r, cc))]
        if t == "en-US":
            return [("US_BANK_NUMBER", "Acct", digits(r, r.randint(8, 12)))], g_rtn(r)
        return None


# ----------------------------------------------------------------------------------------------- records
class Doc:
    def __init__(self):
        self.values = []   # (type, value)
        self.parts = []

    def v(self, typ, value):
        self.values.append((typ, value))
        return value

    def line(self, s=""):
        self.parts.append(s)

    def text(self):
        return "\n".join(self.parts)


def money(r, lo, hi):
    return f"{r.uniform(lo, hi):.2f}"


def holding(r, tag):
    if tag.startswith("en-GB"):
        return f"{r.randint(1, 70):02d}/{r.randint(1, 999):03d}/{r.randint(1, 9999):04d}"
    if tag == "fr-FR":
        return f"FR{r.randint(1, 95):02d}{r.randint(100000, 999999)}"
    if tag == "de-DE":
        return f"DE 0{r.randint(1, 16):02d} {r.randint(100, 999)} {r.randint(100000, 999999)}"
    return f"{r.choice(['HLD', 'EXP', 'REG'])}-{r.randint(100000, 999999)}"


def eartag(r, tag):
    cc = {"en-GB": "UK", "en-IE": "IE", "fr-FR": "FR", "de-DE": "DE", "nl-NL": "NL", "es-ES": "ES", "it-IT": "IT",
          "pl-PL": "PL", "da-DK": "DK", "sv-SE": "SE"}.get(tag, "XX")
    return f"{cc} {r.randint(100000, 999999)} {r.randint(10000, 99999)}"


def dstr(r):
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def lab(tag):
    return LBL[L[tag]["lang"]]


KINDS = ["payroll", "livestock_vet", "coop_delivery", "subsidy_land", "farmshop_order", "hall_allotment",
         "contractor_job", "permit", "mart_sale"]

SYSTEMS = {
    "payroll": "You help a farm office with payroll and seasonal staff admin.",
    "livestock_vet": "You assist a mixed-practice farm vet and livestock keepers with records.",
    "coop_delivery": "You are the assistant of a dairy and grain co-operative's intake office.",
    "subsidy_land": "You help farmers and agents prepare subsidy claims and land paperwork.",
    "farmshop_order": "You help run a farm shop and weekly veg-box scheme.",
    "hall_allotment": "You help the volunteer secretary of a village hall and allotment society.",
    "contractor_job": "You help an agricultural contractor with job sheets and invoices.",
    "permit": "You assist the permits desk of an angling club and game estate.",
    "mart_sale": "You help the office of a livestock auction mart.",
}


def person_block(d, p, tag, fields, sep=": "):
    lb = lab(tag)
    for f in fields:
        if f == "name":
            d.line(f"{lb['name']}{sep}{d.v('person', p.full)}")
        elif f == "address":
            d.line(f"{lb['address']}{sep}{d.v('STREET_ADDRESS', p.address())}")
        elif f == "phone":
            d.line(f"{lb['phone']}{sep}{d.v('PHONE_NUMBER', p.phone())}")
        elif f == "dob":
            d.line(f"{lb['dob']}{sep}{d.v('DATE_OF_BIRTH', p.dob())}")
        elif f == "email":
            d.line(f"{lb['email']}{sep}{d.v('EMAIL_ADDRESS', p.email())}")
        elif f == "id":
            typ, label, val = p.natid()
            d.line(f"{label}{sep}{d.v(typ, val)}")
        elif f == "id2":
            x = p.second_id()
            if x:
                d.line(f"{x[1]}{sep}{d.v(x[0], x[2])}")
        elif f == "bank":
            b = p.bank()
            if isinstance(b, tuple):
                lst, routing = b
                typ, label, val = lst[0]
                d.line(f"Routing {routing} / {label} {d.v(typ, val)}")
            elif b:
                d.line(f"{b[0][1]}{sep}{d.v(b[0][0], b[0][2])}")


# ---- sensitive generators, one per kind; each returns (Doc, style-format)
def health_no(d, p, tag, r):
    """Health-insurance number on accident / sick-pay paperwork: NHS number (GB), carte Vitale = NIR (FR)."""
    if tag == "en-GB":
        d.line(f"NHS no.: {d.v('HEALTH_INSURANCE', g_nhs(r))}")
    elif tag == "fr-FR":
        d.line(f"N° carte Vitale : {d.v('HEALTH_INSURANCE', g_nir(r, p.dob_t))} (déclaration AT à la MSA)")


def s_payroll(w, r, tag):
    d, lb, v = Doc(), lab(tag), r.choice([0, 1, 2, 3, 3, 4])
    if tag == "en-US":   # H-2A / seasonal payroll in the US carries the SSN
        v = r.choice([0, 1, 4])
    elif tag == "en-GB":   # GB sick-pay / accident paperwork carries the NHS number
        v = r.choice([0, 3, 3, 2])
    if v == 0:
        d.line(f"{lb['name']};{lb['tax']};{lb['bank']};hrs;rate;net")
        for _ in range(r.randint(3, 5)):
            p = Person(w, tag)
            typ, _, idv = p.natid()
            b = p.bank()
            bank = ""
            if isinstance(b, tuple):
                bank = f"{b[1]}/{d.v(b[0][0][0], b[0][0][2])}"
            elif b:
                bank = d.v(b[0][0], b[0][2])
            d.line(f"{d.v('person', p.full)};{d.v(typ, idv)};{bank};{r.randint(20, 60)};{money(r, 10, 16)};"
                   f"{money(r, 300, 900)}")
        return d, "csv"
    p = Person(w, tag)
    if v == 1:
        d.line(f"SEASONAL WORKER REGISTRATION — {w.org()} Fruit Farms, picking season 2026")
        person_block(d, p, tag, ["name", "dob", "phone", "address", "id", "bank"])
        d.line(f"Crew: {r.choice('ABCDE')}  Caravan: {r.randint(1, 40)}  Start: {dstr(r)}")
        return d, "form"
    if v == 2:
        d.line(f"Hi, can you sort {d.v('person', p.full)}'s last week — {r.randint(38, 62)} hrs incl. Sunday "
               f"strawberries, paid at {money(r, 11, 14)}/h.")
        person_block(d, p, tag, ["bank"])
        d.line(f"New phone for payslips: {d.v('PHONE_NUMBER', p.phone())}. Cheers, office")
        return d, "email"
    if v == 3:
        d.line(f"ACCIDENT BOOK / sick pay — {dstr(r)}")
        d.line(f"Injured: {d.v('person', p.full)}, {lb['dob']} {d.v('DATE_OF_BIRTH', p.dob())}")
        d.line(f"Hand caught in bale wrapper, taken to A&E. Hospital no. {d.v('MEDICAL_RECORD', g_mrn(r))}")
        health_no(d, p, tag, r)
        d.line("Off work 10 days, SSP from day 4.")
        return d, "accident_book"
    d.line(json.dumps({"employee": d.v("person", p.full), "role": r.choice(["tractor driver", "herdsperson",
                                                                              "relief milker", "packhouse"]),
                       "dob": d.v("DATE_OF_BIRTH", p.dob()), "contact": d.v("PHONE_NUMBER", p.phone()),
                       "ids": [d.v(*p.natid()[::2])]}, ensure_ascii=False))
    return d, "json"


def s_livestock(w, r, tag):
    d, lb, v = Doc(), lab(tag), r.randrange(4)
    p = Person(w, tag)
    if v == 0:
        d.line(f"MOVEMENT LICENCE  from holding {holding(r, tag)}  to {holding(r, tag)}")
        d.line(f"Keeper: {d.v('person', p.full)}")
        d.line(f"{lb['address']}: {d.v('STREET_ADDRESS', p.address())}")
        d.line(f"{lb['phone']}: {d.v('PHONE_NUMBER', p.phone())}")
        for _ in range(r.randint(2, 5)):
            d.line(f"  {eartag(r, tag)}  {r.choice(w.breeds)}  {r.choice(['M', 'F'])}")
        return d, "licence"
    if v == 1:
        d.line(f"Visit {dstr(r)} — lame ewes x{r.randint(3, 30)}, footrot, Footvax booster due.")
        d.line(f"Client: {d.v('person', p.full)} ({d.v('EMAIL_ADDRESS', p.email())}) — rang from "
               f"{d.v('PHONE_NUMBER', p.phone())}, dog on the yard, ring before arriving.")
        return d, "vet_note"
    if v == 2:
        d.line(f"TB skin test reading {dstr(r)}. Herd {holding(r, tag)}: {r.randint(40, 300)} tested, "
               f"{r.randint(0, 3)} reactors.")
        d.line(f"Result letter to keeper {d.v('person', p.full)}, {d.v('STREET_ADDRESS', p.address())}.")
        return d, "test_report"
    d.line(f"[WhatsApp] {p.given}: hiya, heifer calving since 5am, legs back. can u come out? farm is "
           f"{d.v('STREET_ADDRESS', p.address())}, it's {d.v('person', p.full)} btw, "
           f"{d.v('PHONE_NUMBER', p.phone())}")
    return d, "chat"


def s_coop(w, r, tag):
    d, lb, v = Doc(), lab(tag), r.randrange(4)
    p = Person(w, tag)
    if v == 0:
        d.line(f"{w.org()} Dairies Co-op — collection note {r.randint(100000, 999999)}")
        d.line(f"Supplier: {d.v('person', p.full)}, {d.v('STREET_ADDRESS', p.address())}")
        d.line(f"Litres: {r.randint(2000, 12000)}  Butterfat {r.uniform(3.6, 4.6):.2f}%  Protein "
               f"{r.uniform(3.1, 3.6):.2f}%  SCC {r.randint(90, 250)}")
        person_block(d, p, tag, ["bank"])
        return d, "delivery_note"
    if v == 1:
        d.line(f"Grain intake ticket {r.randint(10000, 99999)}: wheat, {r.uniform(8, 29):.2f} t, moisture "
               f"{r.uniform(13, 17):.1f}%, Hagberg {r.randint(220, 320)}")
        d.line(f"Haulier: {d.v('person', p.full)}  mob {d.v('PHONE_NUMBER', p.phone())}  reg {r.choice('ABCDEFGHJK')}"
               f"{r.choice('ABCDEFGHJK')}{r.randint(10, 74)} {r.choice('XYZ')}{r.choice('ABCDE')}{r.choice('FGHJK')}")
        return d, "ticket"
    if v == 2:
        d.line(f"Dear co-op, I dispute the deduction on my {dstr(r)} statement, the tank was washed properly.")
        d.line(f"{d.v('person', p.full)}")
        d.line(f"{d.v('STREET_ADDRESS', p.address())}")
        d.line(f"{lb['email']}: {d.v('EMAIL_ADDRESS', p.email())}")
        return d, "letter"
    d.line(f"member;{lb['name']};{lb['phone']};litres_{dstr(r)}")
    for _ in range(r.randint(3, 6)):
        q = Person(w, tag)
        d.line(f"M{r.randint(1000, 9999)};{d.v('person', q.full)};{d.v('PHONE_NUMBER', q.phone())};"
               f"{r.randint(500, 9000)}")
    return d, "csv"


def s_subsidy(w, r, tag):
    d, lb, v = Doc(), lab(tag), r.randrange(3)
    if tag == "en-US":   # FSA farm-program forms carry the SSN
        v = 0
    p = Person(w, tag)
    if v == 0:
        d.line("BASIC PAYMENT / AREA AID — APPLICANT")
        person_block(d, p, tag, ["name", "dob", "address", "id"] + ([] if tag == "en-GB" else ["id2"])
                     + ["bank", "phone"])
        for _ in range(r.randint(2, 4)):
            d.line(f"  parcel {r.choice('ABCDEFGH')}{r.randint(1000, 9999)}  {r.uniform(0.5, 22):.2f} ha  "
                   f"{r.choice(['permanent grass', 'winter wheat', 'spring barley', 'maize', 'fallow'])}")
        return d, "form"
    if v == 1:
        d.line(f"Title register extract — proprietorship: {d.v('person', p.full)} of "
               f"{d.v('STREET_ADDRESS', p.address())}, farmer.")
        d.line(f"Charge dated {dstr(r)} in favour of the agricultural mortgage lender. Restriction re: "
               f"{r.randint(2, 80)} acres.")
        return d, "registry"
    d.line(f"Agent note: rang {p.given} re tenancy succession. DOB {d.v('DATE_OF_BIRTH', p.dob())} — "
           f"qualifies as close relative. Full name {d.v('person', p.full)}, mob {d.v('PHONE_NUMBER', p.phone())}.")
    return d, "note"


def s_shop(w, r, tag):
    d, lb, v = Doc(), lab(tag), r.randrange(4)
    p = Person(w, tag)
    if v == 0:
        d.line(json.dumps({"order": f"VB-{r.randint(10000, 99999)}", "box": r.choice(["small", "family", "fruit+veg"]),
                           "customer": {"name": d.v("person", p.full), "email": d.v("EMAIL_ADDRESS", p.email()),
                                        "phone": d.v("PHONE_NUMBER", p.phone()),
                                        "deliver_to": d.v("STREET_ADDRESS", p.address())},
                           "client_ip": d.v("IP_ADDRESS", g_ip(r)),
                           "notes": "leave in porch, no kale pls"}, ensure_ascii=False, indent=1))
        return d, "json"
    if v == 1:
        d.line(f"phone order {dstr(r)}: 2x {r.choice(w.varieties)} 5kg, dozen eggs, Sunday joint")
        d.line(f"paid by card {d.v('CREDIT_CARD', g_card(r))} exp {r.randint(1, 12):02d}/{r.randint(27, 30)}")
        d.line(f"for {d.v('person', p.full)} — collecting Sat am")
        return d, "order_pad"
    if v == 2:
        d.line(f"Hi! It's {d.v('person', p.full)}, can I pause my veg box for 2 weeks while we're away? "
               f"Still at {d.v('STREET_ADDRESS', p.address())}. Thanks x")
        return d, "email"
    d.line(f"{lb['name']},{lb['email']},{lb['phone']},box,weeks")
    for _ in range(r.randint(3, 6)):
        q = Person(w, tag)
        d.line(f"{d.v('person', q.full)},{d.v('EMAIL_ADDRESS', q.email())},{d.v('PHONE_NUMBER', q.phone())},"
               f"{r.choice(['S', 'M', 'L'])},{r.randint(1, 52)}")
    return d, "csv"


def s_hall(w, r, tag):
    d, lb, v = Doc(), lab(tag), r.randrange(3)
    p = Person(w, tag)
    if v == 0:
        d.line(f"HALL HIRE BOOKING — {dstr(r)}, {r.randint(14, 19)}:00-{r.randint(20, 23)}:00, "
               f"{r.choice(['60th birthday', 'christening tea', 'line dancing', 'Young Farmers quiz'])}")
        person_block(d, p, tag, ["name", "address", "phone", "email"])
        d.line(f"Deposit £{r.randint(50, 150)} received. Key from the shop.")
        return d, "form"
    if v == 1:
        d.line("Allotment waiting list (private — do not circulate)")
        for i in range(r.randint(3, 6)):
            q = Person(w, tag)
            d.line(f"{i + 1}. {d.v('person', q.full)} — {d.v('PHONE_NUMBER', q.phone())} — since {r.randint(2019, 2026)}")
        return d, "list"
    d.line(f"Complaint re plot {r.randint(1, 60)}{r.choice('ab')}: {d.v('person', p.full)} has let couch grass "
           f"and a bonfire get out of hand again. Lives at {d.v('STREET_ADDRESS', p.address())}. Third warning.")
    return d, "minutes"


def s_contractor(w, r, tag):
    d, lb, v = Doc(), lab(tag), r.randrange(4)
    p = Person(w, tag)
    if v == 3:
        d.line(f"Near-miss / injury report, contractor's operator {d.v('person', p.full)}: PTO shaft guard "
               f"missing on the customer's mixer wagon, cut forearm, 6 stitches. Hospital no. "
               f"{d.v('MEDICAL_RECORD', g_mrn(r))}.")
        health_no(d, p, tag, r)
        return d, "injury_report"
    if v == 0:
        d.line(f"JOB SHEET #{r.randint(1000, 9999)}  {dstr(r)}")
        d.line(f"Customer: {d.v('person', p.full)}  {d.v('PHONE_NUMBER', p.phone())}")
        d.line(f"Yard: {d.v('STREET_ADDRESS', p.address())}")
        d.line(f"Work: {r.choice(['silage 3rd cut', 'hedge cutting', 'slurry dribble bar', 'drilling w/wheat', 'baling 4x4'])}"
               f"  {r.uniform(3, 60):.1f} ha  operator {d.v('person', w.pick(tag, 'given'))}")
        return d, "job_sheet"
    if v == 1:
        d.line(f"INVOICE — {p.full} (sole trader), agricultural contracting")
        d.v('person', p.full)
        d.line(f"Ploughing {r.uniform(5, 40):.1f} ac @ {money(r, 18, 30)}  Rolling {r.uniform(5, 40):.1f} ac")
        d.line("Payment to:")
        person_block(d, p, tag, ["bank"])
        person_block(d, p, tag, ["id"])
        return d, "invoice"
    d.line(f"txt from {d.v('person', p.full)}: can u do the top field tmrw b4 rain, gate code 4417, "
           f"ring {d.v('PHONE_NUMBER', p.phone())}")
    return d, "sms"


def s_permit(w, r, tag):
    d, lb, v = Doc(), lab(tag), r.randrange(3)
    p = Person(w, tag)
    if v == 0:
        d.line(f"FISHING PERMIT APPLICATION — season {r.choice(['2026', '2026/27'])}, beat {r.randint(1, 9)}")
        person_block(d, p, tag, ["name", "dob", "address", "email", "phone"])
        return d, "form"
    if v == 1:
        d.line(f"Stalking permit: roe bucks, {r.randint(1, 4)} cull. Holder {d.v('person', p.full)}, "
               f"{lb['dob']} {d.v('DATE_OF_BIRTH', p.dob())}")
        person_block(d, p, tag, ["id"])
        d.line(f"Cert no. checked, DSC1 seen. Contact {d.v('EMAIL_ADDRESS', p.email())}")
        return d, "permit"
    d.line(f"Bailiff report {dstr(r)}: angler without a permit on the lower beat, gave name "
           f"{d.v('person', p.full)} and address {d.v('STREET_ADDRESS', p.address())}; fined day ticket + penalty.")
    return d, "report"


def s_mart(w, r, tag):
    d, lb, v = Doc(), lab(tag), r.randrange(3)
    if v == 0:
        d.line(f"SALE {dstr(r)} — store cattle ring 2")
        d.line("lot;vendor;phone;head;£/kg")
        for _ in range(r.randint(3, 5)):
            q = Person(w, tag)
            d.line(f"{r.randint(1, 400)};{d.v('person', q.full)};{d.v('PHONE_NUMBER', q.phone())};{r.randint(1, 20)};"
                   f"{r.uniform(2.4, 3.4):.2f}")
        return d, "sale_sheet"
    p = Person(w, tag)
    if v == 1:
        d.line(f"Buyer registration: {d.v('person', p.full)}, {d.v('STREET_ADDRESS', p.address())}, "
               f"{d.v('PHONE_NUMBER', p.phone())}. Cheque only until account cleared.")
        person_block(d, p, tag, ["bank"])
        return d, "registration"
    d.line(f"Remittance for vendor {d.v('person', p.full)}: {r.randint(5, 80)} lambs, gross {money(r, 500, 9000)}, "
           f"commission 4%, paid to")
    person_block(d, p, tag, ["bank"])
    return d, "remittance"


# ---- benign generators (hard negatives of the same kinds)
def org_phone(r, tag):
    return g_phone(r, L[tag]["region"], False, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def org_mail(w, r, role):
    core = w.org().lower()
    return f"{role}@{core}.{r.choice(['coop', 'co.uk', 'org', 'farm', 'example.com'])}"


def blank_form(d, tag, title, fields):
    lb = lab(tag)
    d.line(title)
    for f in fields:
        d.line(f"{lb.get(f, f)}: {'_' * 18}")


def b_common(w, r, tag, kind):
    """Kind-specific benign documents."""
    d, lb = Doc(), lab(tag)
    org = w.org()
    v = r.randrange(6)
    if v == 0:   # blank form
        titles = {"payroll": "SEASONAL WORKER REGISTRATION (blank)", "livestock_vet": "MOVEMENT LICENCE — keeper copy",
                  "coop_delivery": "NEW SUPPLIER FORM", "subsidy_land": "AREA AID APPLICATION — Section A",
                  "farmshop_order": "VEG BOX SIGN-UP", "hall_allotment": "HALL HIRE FORM",
                  "contractor_job": "JOB SHEET", "permit": "PERMIT APPLICATION", "mart_sale": "BUYER REGISTRATION"}
        blank_form(d, tag, titles[kind], ["name", "address", "phone", "dob", "email", "id", "bank"])
        d.line(r.choice(["[NAME] [SURNAME]", "Example: Jane Doe, 1 Example Street", "{{customer_name}} / {{phone}}",
                         "DD/MM/YYYY", "XXXX XXXX XXXX XXXX"]))
        return d, "blank_form"
    if v == 1:   # organisation's own contact data
        d.line(f"{org} {r.choice(['Dairies Co-op', 'Grain Ltd', 'Veterinary Group', 'Labour Provider Ltd', 'Auction Mart', 'Angling Association', 'Village Hall CIO', 'Contracting Ltd', 'Farm Shop Ltd'])}")
        d.line(f"Registered office: Unit {r.randint(1, 20)}, {org} Business Park. Company no. {r.randint(1000000, 9999999)}")
        d.line(f"Switchboard {org_phone(r, tag)} · {org_mail(w, r, r.choice(['office', 'accounts', 'intake', 'bookings', 'permits', 'info']))}")
        d.line(f"Office hours Mon–Fri 8–5. {lb['notes']}: ring the office, not the drivers.")
        return d, "org_contact"
    if v == 2:   # aggregated / anonymised
        rows = {"payroll": ("crew", "workers", "avg hrs"), "livestock_vet": ("parish", "herds", "reactors"),
                "coop_delivery": ("route", "suppliers", "avg litres"), "subsidy_land": ("region", "claims", "avg ha"),
                "farmshop_order": ("box", "subscribers", "churn %"), "hall_allotment": ("site", "plots", "vacant"),
                "contractor_job": ("service", "jobs", "avg ha"), "permit": ("beat", "permits", "fish caught"),
                "mart_sale": ("class", "head", "avg £/kg")}[kind]
        d.line(";".join(rows))
        for i in range(r.randint(4, 8)):
            d.line(f"{r.choice(['A', 'B', 'North', 'South', 'Worker ' + str(i + 1), 'Member ' + str(r.randint(1, 99))])};"
                   f"{r.randint(3, 300)};{r.uniform(1, 90):.1f}")
        d.line("Figures anonymised; individual names removed before sharing with the committee.")
        return d, "aggregate"
    if v == 3:   # identifiers that are not personal
        d.line(f"{r.choice(['Delivery note', 'Lot', 'Ticket', 'Job', 'Permit form'])} {r.randint(100000, 999999)}, "
               f"holding {holding(r, tag)}, herd mark {r.randint(100000, 999999)}")
        for _ in range(r.randint(3, 6)):
            d.line(f"  {eartag(r, tag)}  {r.choice(w.breeds)}  {r.randint(200, 700)} kg  batch {r.choice('ABCDEFG')}{r.randint(10, 99)}")
        d.line(f"Field OS ref SK{r.randint(1000, 9999)} {r.randint(1000, 9999)}, parcel {r.choice('ABCDEF')}{r.randint(1000, 9999)}, "
               f"GPS {r.uniform(50, 56):.5f},{-r.uniform(0.1, 4.5):.5f}")
        return d, "reference_numbers"
    if v == 4:   # eponyms, varieties, fictional farmers
        a, b = r.sample(w.varieties, 2)
        f = r.choice(w.fictional)
        d.line(f"This week: {a} (washed, 2.5 kg) and {b}; {r.choice(w.breeds)} beef from our own herd.")
        d.line(f"Quiz night question 7: which farm does {f} belong to? Bonus: name the pig.")
        return d, "eponyms_fiction"
    # public office holder in public role / documentation values
    if kind == "farmshop_order":
        d.line("Checkout test notes: use Stripe test card 4242 4242 4242 4242, any future expiry, CVC 123; "
               "decline test 4000 0000 0000 0002. Webhook to https://shop.example.com/hooks; staging IP 192.0.2.14.")
        return d, "test_values"
    d.line(f"Press release: the Minister for Agriculture, speaking at the {org} county show, announced the "
           f"{r.choice(['hedgerow', 'slurry-store', 'young-farmer', 'bluetongue'])} grant; the {org} Co-op chair "
           f"welcomed it in her official capacity. Media enquiries: press@{org.lower()}.coop")
    return d, "public_role"


def incidental(w, r, tag, kind):
    """A benign document of the kind with exactly one private item dropped in."""
    d, style = b_common(w, r, tag, kind)
    p = Person(w, tag)
    c = r.randrange(3)
    if c == 0:
        rel = r.choice(["my mum", "our neighbour", "my brother-in-law", "the new relief milker", "my daughter",
                        "the lad who helps at lambing"])
        d.line(f"PS {rel} {d.v('person', p.given)} will pick it up Thursday.")
    elif c == 1:
        d.parts.insert(r.randint(1, len(d.parts)), f"(if no answer try me on {d.v('PHONE_NUMBER', p.phone())})")
    else:
        d.line(f"NB applicant's DOB {d.v('DATE_OF_BIRTH', p.dob())} — check eligibility for the under-40 top-up.")
    return d, style


SENS = {"payroll": s_payroll, "livestock_vet": s_livestock, "coop_delivery": s_coop, "subsidy_land": s_subsidy,
        "farmshop_order": s_shop, "hall_allotment": s_hall, "contractor_job": s_contractor, "permit": s_permit,
        "mart_sale": s_mart}


# ----------------------------------------------------------------------------------------------- placement
PLACES = ["user", "system", "assistant", "tool_result", "parts", "file", "tool_args", "schema", "user_field",
          "completions"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "gpt-4.1", "claude-sonnet"]


def build_body(r, place, i, kind, tag, doc, ask, values):
    sysmsg = {"role": "system", "content": SYSTEMS[kind]}
    model = MODELS[i % len(MODELS)]
    if place == "completions":
        return "completions", {"model": model, "prompt": f"{SYSTEMS[kind]}\n\n{doc}\n\n### {ask}:\n",
                               "max_tokens": 400}, place
    body = {"model": model}
    if place == "user":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
    elif place == "system":
        body["messages"] = [{"role": "system", "content": SYSTEMS[kind] + "\nRecord on file:\n" + doc},
                            {"role": "user", "content": ask}]
    elif place == "assistant":
        body["messages"] = [sysmsg, {"role": "user", "content": "pasting it below, read first"},
                            {"role": "assistant", "content": "Got it, here's what I received:\n" + doc},
                            {"role": "user", "content": ask}]
    elif place == "tool_result":
        cid = f"call_{hashlib.sha1(f'{i}'.encode()).hexdigest()[:12]}"
        body["messages"] = [sysmsg, {"role": "user", "content": ask},
                            {"role": "assistant", "content": None, "tool_calls": [
                                {"id": cid, "type": "function", "function": {
                                    "name": "fetch_record", "arguments": json.dumps({"ref": f"R{i:05d}"})}}]},
                            {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif place == "parts":
        if i % 2:
            first, _, rest = doc.partition("\n")
            url = "https://scans.example.net/page.png?caption=" + urllib.parse.quote(first)
            body["messages"] = [sysmsg, {"role": "user", "content": [
                {"type": "text", "text": ask}, {"type": "image_url", "image_url": {"url": url}},
                {"type": "text", "text": rest}]}]
        else:
            body["messages"] = [sysmsg, {"role": "user", "content": [{"type": "text", "text": ask},
                                                                     {"type": "text", "text": doc}]}]
    elif place == "file":
        data = base64.b64encode(doc.encode("utf-8")).decode()
        body["messages"] = [sysmsg, {"role": "user", "content": [
            {"type": "text", "text": ask},
            {"type": "file", "file": {"filename": f"{kind}_{r.randint(1, 999):03d}.txt",
                                      "file_data": "data:text/plain;base64," + data}}]}]
    elif place == "tool_args":
        cid = f"call_{hashlib.sha1(f'a{i}'.encode()).hexdigest()[:12]}"
        body["messages"] = [sysmsg, {"role": "user", "content": "log this to the farm records system"},
                            {"role": "assistant", "content": None, "tool_calls": [
                                {"id": cid, "type": "function", "function": {
                                    "name": "save_record",
                                    "arguments": json.dumps({"kind": kind, "text": doc}, ensure_ascii=False)}}]},
                            {"role": "tool", "tool_call_id": cid, "content": "{\"status\": \"saved\"}"},
                            {"role": "user", "content": ask}]
    elif place == "schema":
        if i % 2:
            body["messages"] = [sysmsg, {"role": "user", "content": ask}]
            body["tools"] = [{"type": "function", "function": {
                "name": "file_record", "description": "File a record like the example.",
                "parameters": {"type": "object", "properties": {"text": {"type": "string", "examples": [doc]}},
                               "required": ["text"]}}}]
        else:
            body["messages"] = [sysmsg, {"role": "user", "content": ask}]
            body["response_format"] = {"type": "json_schema", "json_schema": {
                "name": "record", "schema": {"type": "object", "description": "Extract from: " + doc,
                                             "properties": {"summary": {"type": "string"}}}}}
    elif place == "user_field":
        body["messages"] = [sysmsg, {"role": "user", "content": f"{ask}\n\n{doc}"}]
        emails = [v for t, v in values if t == "EMAIL_ADDRESS"]
        body["user"] = emails[0] if emails else f"farmdesk-{hashlib.sha1(str(i).encode()).hexdigest()[:8]}"
    else:
        raise KeyError(place)
    if r.random() < 0.3:
        body["temperature"] = round(r.uniform(0, 1), 1)
    return "chat", body, place


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
            out.append(urllib.parse.unquote(x))
            if x.startswith("data:") and ";base64," in x:
                out.append(base64.b64decode(x.split(",", 1)[1]).decode("utf-8"))
            if x[:1] in "{[":
                try:
                    walk(json.loads(x))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(out)


def entities_of(body, values):
    hay = haystack(body)
    seen, ents = set(), []
    for t, v in values:
        if (t, v) in seen:
            continue
        seen.add((t, v))
        if v and v in hay:
            ents.append({"type": t, "value": v})
    return ents


# ----------------------------------------------------------------------------------------------- PII build
def build_pii(w, r):
    recs = []
    n_per_kind, n_sens, n_incid = 56, 32, 4
    i = 0
    for k_idx, kind in enumerate(KINDS):
        plan = ["s"] * (n_sens - n_incid) + ["i"] * n_incid + ["b"] * (n_per_kind - n_sens)
        r.shuffle(plan)
        for j, what in enumerate(plan):
            i += 1
            tag = LOCALES[(i * 5 + k_idx) % len(LOCALES)]
            if what == "s":
                d, fmt = SENS[kind](w, r, tag)
            elif what == "i":
                d, fmt = incidental(w, r, tag, kind)
            else:
                d, fmt = b_common(w, r, tag, kind)
            ask = r.choice(ASK[L[tag]["lang"]] + (ASK["en"][:2] if L[tag]["lang"] != "en" else []))
            place = PLACES[(i * 3 + k_idx) % len(PLACES)]
            endpoint, body, pl = build_body(r, place, i, kind, tag, d.text(), ask, d.values)
            ents = entities_of(body, d.values)
            sensitive = what != "b"
            if sensitive and not ents:
                raise SystemExit(f"record {i}: sensitive but nothing placed")
            if not sensitive and ents:
                raise SystemExit(f"record {i}: benign with values")
            recs.append({"id": f"{SPLIT}-pii-{i:04d}", "category": kind if sensitive else kind + "_benign",
                         "sensitive": bool(ents), "entities": ents, "endpoint": endpoint, "lang": tag,
                         "style": f"{fmt} · {pl}" + (" · incidental" if what == "i" else ""), "body": body})
            assert recs[-1]["sensitive"] == bool(recs[-1]["entities"])
    return recs


# ----------------------------------------------------------------------------------------------- complexity
SIMPLE = {
    "en": ["How long is a cow pregnant for?", "Convert {n} litres of milk to US gallons.",
           "What does CPH stand for on a movement licence?", "Is {n} kg a normal weight for a finished lamb?",
           "Give me a word that rhymes with 'harvest'.", "What month do you usually sow winter wheat in the UK?",
           "How many acres is {n} hectares?", "Spell 'Hagberg falling number' correctly please"],
    "fr": ["Combien de temps dure la gestation d'une brebis ?", "Convertis {n} hectares en acres.",
           "C'est quoi un GAEC ?"],
    "de": ["Wie viele Liter hat ein Hektoliter?", "Was heißt 'silage clamp' auf Deutsch?",
           "Wann ist Kartoffelernte normalerweise?"],
    "es": ["¿Cuántos kilos son {n} quintales?", "¿Qué es el barbecho?"],
    "pl": ["Ile to {n} ton w kilogramach?", "Co to jest ARiMR w skrócie?"],
    "it": ["Quanti litri sono {n} ettolitri?", "Cos'è una vacca frisona?"],
    "ja": ["{n}ヘクタールは何アールですか?", "乳牛の妊娠期間は?"],
    "nl": ["Hoeveel liter melk geeft een koe per dag ongeveer?", "Wat is {n} are in hectare?",
           "Wanneer mag je drijfmest uitrijden?"],
    "tr": ["{n} dönüm kaç hektar eder?", "Koyunun gebelik süresi ne kadar?"],
    "hi": ["{n} बीघा कितने एकड़ होता है?", "गेहूँ की बुवाई किस महीने में होती है?"],
}
HARD = {
    "en": ["Milk price = base {n}p/l + 0.04p per 0.01% butterfat above 4.00% − 0.03p per 0.01% protein below 3.30% "
           "with a seasonal A/B split. Derive the break-even butterfat for a herd whose protein is 3.18%, prove the "
           "bound, then say how a 2-tier volume cap changes the optimum.",
           "Formulate a least-cost dairy ration as an LP (ME, MP, NDF ≥ 28%, starch ≤ 25%) for {n} cows with five "
           "feeds, give the dual prices and explain what the shadow price on NDF means for buying soya.",
           "A TB skin test has Se 0.8 and Sp 0.999. Herd of {n}, 2 reactors. Compute the posterior probability "
           "the herd is truly infected with a Beta(1,49) prior on prevalence; show the derivation.",
           "Write an O(n log n) algorithm that de-duplicates EID tag reads from two race-readers with clock drift of up "
           "to {n} ms, prove it never merges two distinct animals, and give tests.",
           "Under an agricultural tenancy with a succession clause, analyse whether a nephew who worked the holding for "
           "{n} years meets the 'principal source of livelihood' test, citing the competing lines of reasoning.",
           "Design a rotational grazing schedule for {n} paddocks with regrowth modelled as a logistic curve; prove "
           "the schedule is optimal for residual sward height and discuss failure under drought."],
    "fr": ["Établis un modèle de trésorerie d'un GAEC de {n} vaches avec aides PAC versées en décembre et un prêt "
           "bonifié ; calcule le besoin de fonds de roulement et justifie chaque hypothèse."],
    "de": ["Leite die optimale N-Düngung aus einer quadratisch-plateau Ertragsfunktion mit Preisverhältnis {n} her "
           "und zeige, wie sich die Düngeverordnung (170 kg N/ha) als Nebenbedingung auswirkt."],
    "es": ["Calcula el VAN de reconvertir {n} ha de secano a regadío por goteo con subvención del 40 % y demuestra "
           "la sensibilidad al precio del agua; discute el riesgo de sequía."],
    "pl": ["Oblicz optymalny termin sprzedaży tucznika przy cenie zmiennej stochastycznie (GBM, σ={n}%) i koszcie "
           "paszy rosnącym z wagą; wyprowadź warunek zatrzymania."],
    "ja": ["{n}頭の和牛繁殖経営で、種付け時期を最適化する動的計画法を定式化し、価格変動を考慮した解を示してください。"],
    "it": ["Dimostra come varia l'ottimo di irrigazione deficitaria per un vigneto di {n} ha con funzione di risposta "
           "convessa e vincolo di disciplinare DOC; deriva le condizioni KKT."],
    "nl": ["Bereken of de mestafzetkosten bij {n} kg N-excretie per ha opwegen tegen derogatie-verlies en bewijs je "
           "aanname over de fosfaatgebruiksnorm."],
}


def long_table(r, kind):
    rows = []
    n = r.randint(45, 70)
    for j in range(n):
        if kind == 0:
            rows.append(f"{j + 1}. collection {dstr(r)} route {r.choice('ABCD')} litres {r.randint(800, 9000)} "
                        f"fat {r.uniform(3.6, 4.6):.2f} prot {r.uniform(3.1, 3.6):.2f} temp {r.uniform(2.5, 5.5):.1f}C")
        elif kind == 1:
            rows.append(f"{j + 1}. field {r.choice(['Long Acre', 'Top Piece', 'Bottom Mead', 'Clover Ley', 'Big Ground'])}"
                        f"-{r.randint(1, 30)} — {r.choice(['winter wheat', 'oilseed rape', 'spring beans', 'grass ley'])}"
                        f" — {r.uniform(2, 40):.1f} ha — sprayed {dstr(r)}")
        else:
            rows.append(f"{j + 1}. tag {r.randint(100000, 999999)} — {r.choice(['ewe', 'ram', 'lamb', 'hogg'])} — "
                        f"{r.uniform(20, 90):.1f} kg — BCS {r.choice(['2', '2.5', '3', '3.5'])} — dosed {dstr(r)}")
    return "\n".join(rows)


EASY_ASK = {"en": ["Turn this into a markdown table, keep everything as is.", "Sort these lines by number, that's all.",
                   "Just fix the capitalisation, don't change anything else.", "Convert to CSV with a header row."],
            "fr": ["Mets ça en tableau markdown, sans rien changer."], "de": ["Bitte nur als CSV ausgeben."],
            "es": ["Pásalo a CSV, sin cambiar nada."], "pl": ["Zamień na tabelkę markdown."],
            "nl": ["Zet dit om naar CSV."], "it": ["Trasforma in tabella markdown."]}
HARD_ASK = {"en": ["Reconcile these collection records against a co-op statement that pays 2.1% less than the "
                   "volume implies: find which rows explain the gap, model the likely meter drift over time, and "
                   "recommend a test protocol with statistical justification.",
                   "Using these records, build a plan that minimises spray drift risk and resistance build-up "
                   "across the season; justify each step and flag conflicts with buffer-zone rules.",
                   "From these weights and condition scores, fit a growth model, identify animals whose trajectories "
                   "suggest worm resistance, and design a faecal egg count reduction test with sample-size reasoning."],
            "de": ["Analysiere die Daten, finde systematische Abweichungen und entwickle ein statistisch begründetes "
                   "Prüfprotokoll."],
            "fr": ["Analyse ces données, identifie les anomalies systématiques et propose un protocole justifié "
                   "statistiquement."],
            "es": ["Analiza estos datos, detecta anomalías sistemáticas y diseña un protocolo justificado."]}
FILLER = ("Village hall news: the harvest supper is on the first Saturday, bring a plate. The allotment society "
          "reminds members that water troughs are shared. The mart will be closed on bank holiday Monday. ")


def build_complexity(r):
    recs = []
    langs_s = [k for k in SIMPLE]
    langs_h = [k for k in HARD]
    seen = set()
    for cat in ["short_simple", "long_easy", "short_hard", "long_hard"]:
        for j in range(48):
            if cat == "short_simple":
                lg = langs_s[j % len(langs_s)]
                txt = r.choice(SIMPLE[lg]).format(n=r.randint(2, 400))
            elif cat == "short_hard":
                lg = langs_h[j % len(langs_h)]
                txt = r.choice(HARD[lg]).format(n=r.randint(3, 400))
            elif cat == "long_easy":
                lg = list(EASY_ASK)[j % len(EASY_ASK)]
                txt = r.choice(EASY_ASK[lg]) + "\n\n" + (FILLER if j % 3 == 0 else "") + long_table(r, j % 3)
                if len(txt) < 1500:
                    txt += "\n" + long_table(r, j % 3)
            else:
                lg = list(HARD_ASK)[j % len(HARD_ASK)]
                kind = 0 if "collection" in HARD_ASK[lg][0] and j % 3 == 0 else j % 3
                txt = r.choice(HARD_ASK[lg]) + "\n\n" + long_table(r, kind)
            base, tries = txt, 0
            while txt in seen and tries < 50:   # no duplicate prompts: vary the opener (capped)
                tries += 1
                txt = r.choice(["quick q — ", "sorry, ", "(farm office) ", "pls: ", "btw ", "hi, ", "one more: ",
                                "for the newsletter: ", "my son asks: "]) + r.choice(["", "", "urgent ", "again "]) + base
            if txt in seen:
                raise SystemExit("duplicate complexity prompt")
            seen.add(txt)
            if cat == "long_easy":
                assert len(txt) >= 1500
            label = 1 if cat in ("short_hard", "long_hard") else 0
            body = {"model": "hybridgate/auto", "messages": [{"role": "user", "content": txt}]}
            if j % 4 == 0:
                body["messages"].insert(0, {"role": "system", "content": "You are a farm business assistant."})
            recs.append({"category": cat, "label": label, "length_adversarial": cat in ("short_hard", "long_easy"),
                         "endpoint": "chat", "lang": lg, "style": f"{cat}/farm", "body": body})
    r.shuffle(recs)
    out = []
    for n, rec in enumerate(recs, 1):
        out.append({"id": f"{SPLIT}-cx-{n:04d}", **rec})
    return out


# ----------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260611)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    FROZEN.update(frozen_words())
    r = random.Random(a.seed)
    w = World(r)
    pii = build_pii(w, r)
    cx = build_complexity(random.Random(a.seed + 1))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii", pii), ("complexity", cx)):
        with open(out / f"{name}_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sens = sum(x["sensitive"] for x in pii)
    print(f"pii: {len(pii)} records, {sens} sensitive / {len(pii) - sens} benign, "
          f"{sum(1 for x in pii if 'incidental' in x['style'])} incidental, "
          f"endpoints {dict(sorted(collections.Counter(x['endpoint'] for x in pii).items()))}, "
          f"{len(set(x['lang'] for x in pii))} locales")
    print("pii categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("pii entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print(f"complexity: {len(cx)} records, {dict(sorted(collections.Counter(x['category'] for x in cx).items()))}, "
          f"{sum(x['length_adversarial'] for x in cx)} length-adversarial, {sum(x['label'] for x in cx)} label 1, "
          f"{len(set(x['lang'] for x in cx))} language tags")
    print("freeze: entries dropped per pool:", sum(FREEZE_STATS.values()), "in", len(FREEZE_STATS), "pools;",
          "fictional dropped", FREEZE_STATS["fictional"], "varieties dropped", FREEZE_STATS["varieties"])


if __name__ == "__main__":
    main()
