#!/usr/bin/env python3
"""Lapiaz: a blind evaluation split for the request signals, organised by the world of CONSTRUCTION,
MANUFACTURING AND FIELD SERVICE.

Writes bench/data/signals/pii_lapiaz.jsonl and bench/data/signals/complexity_lapiaz.jsonl in the record
schema of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity:
id, category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the brief, the first 70 lines of make_delta_signal_sets.py (schema and label
    conventions) and the first two lines of the two delta files. The detector, its tests, the evaluator, the
    results, docs, policies and commit messages were not read, and neither was any other generator: their
    sources are only scanned automatically (FROZEN_AGAINST, own file skipped) for capitalised / non-ASCII
    words, and every person name, street, company and place pool entry of this file that shares a word (or a
    non-ASCII bigram) with that set is dropped and refilled from invented, locale-typical parts.

Organising principle and the line drawn
    Messages of building sites, factories and field service: job tickets with a customer's site contact,
    snag (punch) lists, permits-to-work, accident / near-miss reports, subcontractor invoices, shift
    handovers, customer complaints about an install, supplier quotes, warranty claims and site inductions /
    access registers -- written by foremen, technicians, planners, homeowners, procurement clerks and
    safety officers in 22 locales (Latin, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai, Han, Kana/Kanji,
    Hangul, Vietnamese), with trade jargon, abbreviations, typos and code-switching. Sensitive records use
    category ``<kind>``, benign ones ``<kind>_benign``.
    Personal data (sensitive) = data about a private individual: a homeowner / tenant / site contact, a
    worker's name with a role or relation cue, private mobiles and e-mails, home addresses, birth dates,
    national / tax / health-insurance numbers of workers, a sole trader's IBAN or card, a homeowner's public
    router IP, a hospital record number after an accident. About 12% of the sensitive records carry a single
    incidental item in an otherwise technical text.
    NOT personal data (benign hard negatives): manufacturers' hotlines, service desks and role mailboxes,
    companies' registered offices, VAT and company-register numbers of incorporated firms, part, serial,
    batch, lot, permit, ticket, PO, quote and RIDDOR-style reference numbers, standards and eponyms (Vickers,
    Brinell, Charpy, Pareto, Ishikawa, Gantt, Wheatstone, Bourdon...), fictional characters, blank forms
    with placeholders, documentation IP ranges (RFC 5737 / RFC 3849) for PLCs and lift controllers,
    documentation example IBANs, aggregated / already-anonymised incident statistics, and safety roles
    named by role only (SHE manager, area authority, site QA). No real person is named anywhere.

Labels
    ``entities`` is a list of {"type", "value"} dicts, computed by searching the serialised body (file parts
    base64-decoded, URLs unquoted) for every value the record issued; ``sensitive`` is true iff it is
    non-empty (asserted). ``ssn`` only for the US SSN; other citizen / social numbers NATIONAL_ID; taxpayer
    numbers TAX_ID; NHS / AMKA-style numbers HEALTH_INSURANCE; hospital record numbers MEDICAL_RECORD; a US
    routing + account pair US_BANK_NUMBER. Complexity: label 1 = needs a strong model (short_hard,
    long_hard), 0 otherwise; length_adversarial for short_hard and long_easy (>= 1,500 chars).

Contents (seed 20270311; the run prints all counts)
    pii_lapiaz.jsonl: 500 requests (450 chat, 50 completions) in 22 locales; 10 kinds x 50 (29 sensitive + 21
    benign each: 290 sensitive / 210 benign, 58%); 35 sensitive records carry a single incidental item.
    Placements: user, system, earlier assistant, tool result, text parts, base64 file part, tool-call
    arguments, tool schema description, response_format json_schema, image_url query string, ``user`` field,
    completions prompt. Entity types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH,
    NATIONAL_ID, TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn, US_BANK_NUMBER, MEDICAL_RECORD.
    complexity_lapiaz.jsonl: 190 chat requests in 20 language tags: short_simple 48, long_easy 48 (>= 1,500
    chars), short_hard 48, long_hard 46; 96 length-adversarial, 94 labelled 1.
    Freeze: 130,866 frozen words; 349 composed pool candidates dropped and refilled (names, streets, places,
    Vietnamese syllables); street-type words (Lane, straße, rue des...) are generic vocabulary, not pools.

Validation
    Every identifier is generated with valid check digits and validated with python-stdnum (SSN, ABA routing,
    NHS, UTR, Steuer-IdNr, NIR, DNI, BSN, PESEL, CPF, personnummer, T.C. Kimlik, INN, RNTRC, AMKA, Teudat
    Zehut, Aadhaar, PAN, Thai PIN, My Number, RRN, RIC, MST, Egyptian TN, IBAN, Luhn for cards and record
    numbers); every phone number with ``phonenumbers`` (valid for its region, toll-free checked for
    hotlines); IPs with ``ipaddress``. The run aborts on an invalid value; every retry loop is capped.

Command (deterministic)
    python bench/make_lapiaz_signal_sets.py [--seed N] [--out bench/data/signals]
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
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.eg import tn as eg_tn
from stdnum.es import dni
from stdnum.iso7064 import mod_11_10
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn as us_ssn
from stdnum.vn import mst

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "lapiaz"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi nubbin tinaja caprock yazoo sabkha bornhardt gnamma lunette coquina hamada flysch regolith sinter tufa scarp monadnock lapiaz felsenmeer").split()
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
FREEZE_DROPPED = collections.Counter()


def clashes(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    for t in toks:
        if t in FROZEN:
            return True
        # hyphenated / apostrophe parts as the capitalised-word scan would see them
        for part in re.split(r"[-']", t):
            if part and part in FROZEN:
                return True
    for a, b in zip(toks, toks[1:]):
        if any(ord(c) > 127 for c in a) and any(ord(c) > 127 for c in b) and f"{a} {b}" in FROZEN:
            return True
    for m in re.finditer(r"[A-Za-z][A-Za-z'\-]+", entry):  # capitalised forms
        if m.group(0).lower() in FROZEN:
            return True
    return False


def compose_pool(rng, parts_a, parts_b, n, kind, joiner="", cap=4000, transform=None):
    """Invented names from locale-typical parts, each checked against the freeze."""
    out, seen, tries = [], set(), 0
    while len(out) < n and tries < cap:
        tries += 1
        v = rng.choice(parts_a) + joiner + rng.choice(parts_b)
        if transform:
            v = transform(v)
        if v in seen:
            continue
        seen.add(v)
        if clashes(v):
            FREEZE_DROPPED[kind] += 1
            continue
        out.append(v)
    return out


# ----------------------------------------------------------------------------------------------- locales
# given-name parts, surname parts, street stems, street pattern, town parts, labels, phrases
LOCALES = {
    "en-GB": dict(region="GB", order="gs", g=(["Bry", "Cal", "Dar", "Fen", "Gar", "Hal", "Jas", "Ker", "Lew", "Nor", "Rhi", "Tam", "Wyn", "Cor", "Mab"],
                                            ["ley", "wen", "ric", "ton", "ella", "ie", "sey", "dan", "ina", "ryn"]),
                  s=(["Ash", "Brack", "Chal", "Dun", "Grims", "Hask", "Kell", "Pem", "Stan", "Thorn", "Whel", "Yar", "Bel", "Cress"],
                     ["ford", "ley", "worth", "ham", "by", "wick", "den", "stock", "croft", "thwaite", "shaw"]),
                  street=(["Wren", "Coppice", "Tanner", "Mill", "Quarrel", "Ferrier", "Pinfold", "Gorse", "Malting", "Ropewalk"], ["Lane", "Close", "Road", "Walk", "Mews"]),
                  town=(["Ashb", "Hol", "Kirk", "Mel", "Thorn", "Wic", "Bram"], ["ridge", "ton", "bury", "field", "stead"]),
                  addr="{n} {street}, {town} {pc}", pc=lambda r: f"{r.choice('BLMNS')}{r.choice('EKNS')}{r.randint(1,19)} {r.randint(1,9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                  dates="%d/%m/%Y", mail=["gmail.com", "btinternet.com", "outlook.com", "sky.com"], iban="GB",
                  lab=dict(name="Name", tel="Tel", addr="Address", dob="DOB", note="Notes"),
                  ph=["pls ring ahead, dog on site", "key safe code given verbally", "cust v unhappy", "cheers", "parking is a nightmare, use the pay&display"]),
    "en-US": dict(region="US", order="gs", g=(["Bran", "Dal", "Jor", "Kay", "Mad", "Tra", "Ry", "Shel", "Lan", "Brook", "Day"], ["den", "ton", "lyn", "son", "ley", "dra", "ce", "lee"]),
                  s=(["Hol", "McCar", "Whit", "Pend", "Trask", "Bur", "Kil", "Stock", "Ran", "Fair"], ["lister", "rick", "comb", "grove", "ton", "dale", "man", "well", "ey"]),
                  street=(["Sycamore", "Prairie", "Juniper", "Wagon", "Millrace", "Foundry", "Copper", "Ridgeback"], ["Dr", "Ave", "Ct", "Blvd", "Rd"]),
                  town=(["Spring", "Clay", "Mason", "Cedar", "Brook"], ["ville", "port", "dale", "ton", "field"]),
                  addr="{n} {street}, {town}, {st} {pc}", pc=lambda r: f"{r.randint(10000, 99899)}",
                  dates="%m/%d/%Y", mail=["gmail.com", "yahoo.com", "aol.com", "comcast.net"], iban=None,
                  lab=dict(name="Name", tel="Cell", addr="Address", dob="DOB", note="Notes"),
                  ph=["homeowner wants a call 30 min out", "gate code on the work order", "HO is WFH, keep noise down", "thx", "pls txt dont call"]),
    "de-DE": dict(region="DE", order="gs", g=(["Jo", "Ul", "Hen", "Ma", "Frie", "Kon", "Wal", "Gre", "Ro", "Ans"], ["rik", "ke", "drik", "rlies", "derike", "rad", "traud", "tje", "land", "elm"]),
                  s=(["Brenn", "Kessel", "Lind", "Stein", "Wald", "Hub", "Kolb", "Ried", "Ober", "Schmied"], ["ecker", "inger", "meier", "bauer", "häuser", "mann", "hofer", "ler", "gruber"]),
                  street=(["Kupfer", "Ziegel", "Mühlen", "Hopfen", "Lerchen", "Brunnen", "Sägewerk"], ["straße", "weg", "gasse", "ring"]),
                  town=(["Alt", "Neu", "Ober", "Unter", "Kirch"], ["hausen", "heim", "dorf", "feld", "bach"]),
                  addr="{street} {n}, {pc} {town}", pc=lambda r: f"{r.randint(10000, 99998):05d}", dates="%d.%m.%Y",
                  mail=["web.de", "gmx.de", "t-online.de", "gmail.com"], iban="DE",
                  lab=dict(name="Name", tel="Tel./Handy", addr="Anschrift", dob="Geb.-Datum", note="Bemerkung"),
                  ph=["bitte vorher anrufen", "Schlüssel beim Nachbarn", "Kunde sauer, 3. Termin!!", "Gruß aus der Dispo", "Zugang über Hof"]),
    "fr-FR": dict(region="FR", order="gs", g=(["Ma", "Lu", "Cé", "Gaë", "Clo", "Ber", "Ro", "Yv", "Mé"], ["thilde", "dovic", "line", "lle", "tilde", "nadette", "main", "onne", "lanie"]),
                  s=(["Bou", "Chaz", "Dela", "Four", "Lach", "Mar", "Per", "Ver", "Gra"], ["cheron", "elles", "haye", "nier", "aume", "tineau", "rault", "dier", "villier"]),
                  street=(["des Tanneurs", "du Moulin Neuf", "des Forges", "des Charmilles", "du Pressoir", "des Ardoisiers"], ["rue", "impasse", "allée", "chemin"]),
                  town=(["Saint-Ay", "Mont", "Ville", "Bourg", "Fonte"], ["mar", "lieu", "neuve", "ignan", "nay"]),
                  addr="{n} {stype} {stem}, {pc} {town}", pc=lambda r: f"{r.randint(1000, 95999):05d}", dates="%d/%m/%Y",
                  mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"], iban="FR",
                  lab=dict(name="Nom", tel="Tél", addr="Adresse", dob="Né(e) le", note="Remarques"),
                  ph=["merci d'appeler avant passage", "clé chez la gardienne", "client mécontent", "cdlt", "digicode au dos du BI"]),
    "es-ES": dict(region="ES", order="gss", g=(["Ma", "Jo", "Lu", "Ro", "Ai", "Ne", "Ig"], ["risa", "aquín", "cía", "drigo", "tana", "rea", "nacio"]),
                  s=(["Arri", "Bece", "Cal", "Echa", "Gar", "Lozo", "Ulla", "Zaba"], ["aga", "rril", "deira", "varría", "mendi", "ya", "stres", "la"]),
                  street=(["de los Alfareros", "del Yesero", "de la Almazara", "del Herrador", "de las Canteras"], ["Calle", "Avenida", "Camino"]),
                  town=(["Villa", "Torre", "Fuente", "Val"], ["nueva", "seca", "rrubia", "dehesa"]),
                  addr="{stype} {stem} {n}, {pc} {town}", pc=lambda r: f"{r.randint(1000, 52999):05d}", dates="%d/%m/%Y",
                  mail=["gmail.com", "hotmail.es", "telefonica.net"], iban=None,
                  lab=dict(name="Nombre", tel="Móvil", addr="Dirección", dob="F. nac.", note="Observaciones"),
                  ph=["llamar antes de ir porfa", "la llave la tiene el portero", "cliente muy enfadado", "saludos", "ojo, hay amianto en la bajante"]),
    "it-IT": dict(region="IT", order="gs", g=(["Ma", "Lo", "Gia", "Ro", "Ste", "Fio", "Do"], ["ura", "renzo", "como", "sella", "fania", "rella", "nato"]),
                  s=(["Bru", "Cola", "Ferr", "Mar", "Pel", "Tra", "Zan"], ["netti", "ianni", "ucci", "agnoli", "occhi", "versa", "ardi"]),
                  street=(["dei Fornaciai", "del Tornio", "delle Filande", "dei Bottai", "della Fonderia"], ["Via", "Vicolo", "Viale"]),
                  town=(["Borgo", "Castel", "Villa", "Monte"], ["franco", "nuovo", "verde", "rosso"]),
                  addr="{stype} {stem} {n}, {pc} {town}", pc=lambda r: f"{r.randint(10, 98) * 1000 + r.randint(0, 99):05d}", dates="%d/%m/%Y",
                  mail=["libero.it", "gmail.com", "virgilio.it", "alice.it"], iban=None,
                  lab=dict(name="Nominativo", tel="Cell.", addr="Indirizzo", dob="Data di nascita", note="Note"),
                  ph=["chiamare prima di passare", "chiavi dal vicino", "cliente arrabbiato", "saluti", "citofono rotto"]),
    "nl-NL": dict(region="NL", order="gs", g=(["Ja", "Wou", "Ma", "Sie", "Fle", "Ri", "Ber"], ["nneke", "ter", "rieke", "bren", "ur", "anne", "tus"]),
                  s=(["van der ", "de ", "van ", "ter "], ["Kolk", "Brink", "Haar", "Veld", "Molen", "Laak", "Wiel", "Donk"]),
                  street=(["Smids", "Turf", "Dijkwerkers", "Kuipers", "Lijnbaan"], ["straat", "laan", "pad", "hof"]),
                  town=(["Oost", "West", "Noord", "Zuid"], ["erdijk", "rmeer", "wolde", "hoorn"]),
                  addr="{street} {n}, {pc} {town}", pc=lambda r: f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}", dates="%d-%m-%Y",
                  mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], iban="NL",
                  lab=dict(name="Naam", tel="Tel", addr="Adres", dob="Geb.datum", note="Opm."),
                  ph=["eerst bellen aub", "sleutel bij de buren", "klant niet blij", "groet", "kruipruimte is nat"]),
    "pl-PL": dict(region="PL", order="gs", g=(["Ma", "Zbi", "Jad", "Bo", "Ha", "Prze", "Wie"], ["łgorzata", "gniew", "wiga", "żena", "nna", "mysław", "sława"]),
                  s=(["Krzy", "Wój", "Zieliń", "Ką", "Sob", "Grab", "Mro"], ["żanowski", "cikowska", "ski", "cka", "ieraj", "owiecki", "czkowski"]),
                  street=(["Ślusarska", "Murarska", "Hutnicza", "Ceglana", "Kowalska"], ["ul."]),
                  town=(["Nowa ", "Stara ", "Biała ", "Wola "], ["Wieś", "Huta", "Gać", "Łąka"]),
                  addr="{stype} {stem} {n}/{n2}, {pc} {town}", pc=lambda r: f"{r.randint(10, 99)}-{r.randint(100, 999)}", dates="%d.%m.%Y",
                  mail=["wp.pl", "onet.pl", "o2.pl", "interia.pl"], iban="PL",
                  lab=dict(name="Imię i nazwisko", tel="Tel.", addr="Adres", dob="Data ur.", note="Uwagi"),
                  ph=["prosze dzwonic przed przyjazdem", "klucze u sąsiadki", "klient wkurzony", "pozdro", "brak miejsca na podnośnik"]),
    "pt-BR": dict(region="BR", order="gss", g=(["Ja", "Ro", "Gra", "Le", "Cle", "Ta", "Ed"], ["ciara", "sângela", "ziela", "andro", "uza", "tiane", "valdo"]),
                  s=(["Alb", "Bar", "Cam", "Fon", "Mou", "Quei", "Vas"], ["uquerque", "ros", "argo", "seca", "rão", "roz", "concelos"]),
                  street=(["dos Ferreiros", "das Olarias", "do Serralheiro", "das Caieiras"], ["Rua", "Travessa", "Avenida"]),
                  town=(["São ", "Vila ", "Santa "], ["Quitéria", "Bonfim", "Amparo", "Jacuí"]),
                  addr="{stype} {stem}, {n} – {town}, CEP {pc}", pc=lambda r: f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}", dates="%d/%m/%Y",
                  mail=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"], iban=None,
                  lab=dict(name="Nome", tel="Cel", addr="Endereço", dob="Nasc.", note="Obs"),
                  ph=["ligar antes pfv", "chave com o porteiro", "cliente bravo", "abs", "obra parada por chuva"]),
    "sv-SE": dict(region="SE", order="gs", g=(["Sig", "Lin", "Tor", "Ag", "Mal", "Ulv", "Ebb"], ["rid", "nea", "björn", "neta", "in", "a", "e"]),
                  s=(["Berg", "Ek", "Sjö", "Lund", "Hag", "Fors", "Ny"], ["qvist", "ström", "holm", "gren", "blad", "vall", "dahl"]),
                  street=(["Smedje", "Tegel", "Kvarn", "Sågverks", "Hytt"], ["gatan", "vägen", "gränd"]),
                  town=(["Norr", "Söder", "Väster", "Öster"], ["köping", "hamn", "by", "åker"]),
                  addr="{street} {n}, {pc} {town}", pc=lambda r: f"{r.randint(100, 989)} {r.randint(10, 99)}", dates="%Y-%m-%d",
                  mail=["telia.com", "gmail.com", "hotmail.se"], iban="SE",
                  lab=dict(name="Namn", tel="Mobil", addr="Adress", dob="Född", note="Anteckning"),
                  ph=["ring innan ni åker dit", "nyckel hos grannen", "kunden är missnöjd", "mvh", "portkod i ärendet"]),
    "tr-TR": dict(region="TR", order="gs", g=(["Ay", "Tu", "Gök", "Er", "Se", "Bu", "Il"], ["şegül", "ğrul", "han", "dem", "vinç", "rak", "kay"]),
                  s=(["Kara", "Ak", "Yıl", "Demir", "Öz", "Taş", "Çe"], ["bulut", "soy", "dırım", "kaya", "türk", "çı", "lik"]),
                  street=(["Demirciler", "Kireçhane", "Tuğlacı", "Kalaycı", "Değirmen"], ["Sokak", "Caddesi"]),
                  town=(["Yeni", "Eski", "Kara", "Ak"], ["köy", "hisar", "pınar", "dere"]),
                  addr="{street} No:{n} D:{n2}, {pc} {town}", pc=lambda r: f"{r.randint(1, 81):02d}{r.randint(100, 999)}", dates="%d.%m.%Y",
                  mail=["gmail.com", "hotmail.com", "yandex.com.tr"], iban="TR",
                  lab=dict(name="Ad Soyad", tel="Tel", addr="Adres", dob="Doğum tarihi", note="Not"),
                  ph=["gelmeden önce arayın", "anahtar kapıcıda", "müşteri çok kızgın", "kolay gelsin", "asansör bakımda"]),
    "ru-RU": dict(region="RU", order="gs", g=(["Ар", "Вла", "Ген", "Его", "Ки", "Ма", "Свя", "Ти", "Ве"], ["тём", "дислав", "надий", "р", "рилл", "рат", "тослав", "мур", "ра"]),
                  s=(["Бело", "Ворон", "Горш", "Дуб", "Жар", "Лапт", "Сух", "Тол"], ["ков", "цов", "енин", "инин", "анов", "урин", "ев"]),
                  street=(["Литейная", "Кузнечная", "Кирпичная", "Слесарная", "Мельничная"], ["ул."]),
                  town=(["Ново", "Старо", "Верх", "Усть"], ["заводск", "липецк", "горск", "речье"]),
                  addr="{stype} {stem}, д. {n}, кв. {n2}, {town}, {pc}", pc=lambda r: f"{r.randint(100000, 699999)}", dates="%d.%m.%Y",
                  mail=["mail.ru", "yandex.ru", "bk.ru", "rambler.ru"], iban=None,
                  lab=dict(name="ФИО", tel="Тел.", addr="Адрес", dob="Дата рожд.", note="Примечание"),
                  ph=["позвонить перед выездом", "ключи у соседки", "заказчик недоволен", "спс", "лифт не работает, 9 этаж"]),
    "uk-UA": dict(region="UA", order="gs", g=(["Бог", "Ост", "Тар", "Яр", "Оле", "Мир", "Зла"], ["дан", "ап", "ас", "ема", "ся", "ослав", "та"]),
                  s=(["Кова", "Шев", "Ткач", "Мель", "Гонч", "Сав", "Дзю"], ["ленко", "чук", "ук", "ничук", "аренко", "ишин", "ба"]),
                  street=(["Ковальська", "Гончарна", "Цегельна", "Млинова"], ["вул."]),
                  town=(["Нова ", "Стара ", "Біла "], ["Гута", "Слобода", "Криниця"]),
                  addr="{stype} {stem}, {n}, кв. {n2}, {town}, {pc}", pc=lambda r: f"{r.randint(1000, 99999):05d}", dates="%d.%m.%Y",
                  mail=["ukr.net", "gmail.com", "i.ua"], iban="UA",
                  lab=dict(name="ПІБ", tel="Тел.", addr="Адреса", dob="Дата народж.", note="Примітка"),
                  ph=["зателефонуйте перед виїздом", "ключі у сусідки", "клієнт незадоволений", "дякую", "світла немає з 14:00"]),
    "el-GR": dict(region="GR", order="gs", g=(["Σταυ", "Παν", "Χαρ", "Ευαγ", "Φω", "Ελ", "Αγλ"], ["ρούλα", "αγιώτης", "ίκλεια", "γελία", "τεινή", "πίδα", "αΐα"]),
                  s=(["Παπα", "Καρα", "Μαυρο", "Χατζη", "Κουτσο", "Λιο"], ["νικολάου", "γιαννάκης", "πουλος", "δάκης", "ρίδης", "μήτρου"]),
                  street=(["Σιδηρουργών", "Κεραμέων", "Λατόμων", "Χαλκέων"], ["οδός"]),
                  town=(["Νέα ", "Άνω ", "Κάτω "], ["Λεύκη", "Βρύση", "Αγορά", "Πηγή"]),
                  addr="{street} {n}, {pc} {town}", pc=lambda r: f"{r.randint(100, 850)} {r.randint(10, 99)}", dates="%d/%m/%Y",
                  mail=["gmail.com", "yahoo.gr", "otenet.gr"], iban="GR",
                  lab=dict(name="Ονοματεπώνυμο", tel="Κιν.", addr="Διεύθυνση", dob="Ημ. γέννησης", note="Σημ."),
                  ph=["τηλεφωνήστε πριν έρθετε", "κλειδί στον διαχειριστή", "ο πελάτης είναι θυμωμένος", "ευχαριστώ", "ο λέβητας είναι στην ταράτσα"]),
    "he-IL": dict(region="IL", order="gs", g=(["אור", "נוי", "של", "טל", "עד", "גל", "ליא"], ["יה", "ן", "ומית", "ית", "ינה", "עד", "ור"]),
                  s=(["בר", "בן", "אל", "שח", "גול", "רוז"], ["עמי", "דוד", "נר", "יאלי", "ובסקי", "נפלד"]),
                  street=(["הנפחים", "הזגגים", "המסגרים", "היוצרים"], ["רחוב"]),
                  town=(["גבעת ", "כפר ", "נווה "], ["ארזים", "צורים", "אלונה"]),
                  addr="{stype} {stem} {n}, {town} {pc}", pc=lambda r: f"{r.randint(1000000, 9999999)}", dates="%d/%m/%Y",
                  mail=["gmail.com", "walla.co.il", "012.net.il"], iban=None,
                  lab=dict(name="שם", tel="נייד", addr="כתובת", dob="ת. לידה", note="הערות"),
                  ph=["להתקשר לפני שמגיעים", "המפתח אצל השכנה", "הלקוח כועס", "תודה", "אין חניה, לחנות ברחוב הסמוך"]),
    "ar-EG": dict(region="EG", order="gs", g=(["هي", "سل", "مر", "نه", "رح", "عب", "شي"], ["ثم", "مى", "وان", "اد", "اب", "ير", "ماء"]),
                  s=(["الشرق", "المنص", "الحدا", "البنا", "العطي", "الزهر"], ["اوي", "وري", "دي", "شي", "يني", "ان"]),
                  street=(["الحدادين", "الفخارين", "النحاسين", "المطاحن"], ["شارع"]),
                  town=(["مدينة ", "كفر ", "منشية "], ["السلام", "الورد", "النخيل"]),
                  addr="{n} {stype} {stem}، {town}، {pc}", pc=lambda r: f"{r.randint(11000, 99999)}", dates="%d/%m/%Y",
                  mail=["gmail.com", "yahoo.com", "hotmail.com"], iban="EG",
                  lab=dict(name="الاسم", tel="موبايل", addr="العنوان", dob="تاريخ الميلاد", note="ملاحظات"),
                  ph=["برجاء الاتصال قبل الحضور", "المفتاح مع البواب", "العميل زعلان جدا", "شكرا", "السقالة لازم تتفك النهارده"]),
    "hi-IN": dict(region="IN", order="gs", g=(["सु", "वि", "नि", "प्र", "हि", "रु", "दी"], ["मित", "नय", "खिल", "शांत", "पाली", "तेश", "क्षा"]),
                  s=(["भा", "कु", "मे", "गो", "ति", "रा"], ["टिया", "लकर", "ह्रोत्रा", "वाल", "रवाड़ी", "नावत"]),
                  street=(["लोहार", "कुम्हार", "ठठेरा", "चक्की"], ["गली"]),
                  town=(["नया ", "पुराना ", "बड़ा "], ["बाज़ार", "गाँव", "नगर"]),
                  addr="मकान नं. {n}, {stem} {stype}, {town}, पिन {pc}", pc=lambda r: f"{r.randint(110001, 855999)}", dates="%d-%m-%Y",
                  mail=["gmail.com", "rediffmail.com", "yahoo.co.in"], iban=None,
                  lab=dict(name="नाम", tel="मोबाइल", addr="पता", dob="जन्म तिथि", note="टिप्पणी"),
                  ph=["aane se pehle call karna", "chaabi padosi ke paas hai", "customer bahut naraz hai", "dhanyavaad", "site pe light nahi hai"]),
    "th-TH": dict(region="TH", order="gs", g=(["กิตติ", "ธนา", "วรา", "พิม", "ณัฐ", "ภาณุ"], ["พงษ์", "ภรณ์", "ชัย", "ลดา", "ธิดา", "วัฒน์"]),
                  s=(["ศรี", "แสง", "บุญ", "ทอง", "เพชร"], ["สุวรรณ", "อรุณ", "ประเสริฐ", "มณี", "รักษา"]),
                  street=(["ช่างเหล็ก", "ช่างไม้", "โรงสี"], ["ซอย"]),
                  town=(["บาง", "หนอง", "ลาด"], ["พลู", "กระทิง", "ขาม"]),
                  addr="{n} {stype}{stem} ต.{town} {pc}", pc=lambda r: f"{r.randint(10100, 96220)}", dates="%d/%m/%Y",
                  mail=["gmail.com", "hotmail.com"], iban=None,
                  lab=dict(name="ชื่อ", tel="โทร", addr="ที่อยู่", dob="วันเกิด", note="หมายเหตุ"),
                  ph=["โทรก่อนเข้าไซต์นะครับ", "กุญแจฝากไว้ที่ป้อมยาม", "ลูกค้าไม่พอใจมาก", "ขอบคุณครับ", "ปั้มน้ำดังตอนกลางคืน"]),
    "ja-JP": dict(region="JP", order="sg", g=(["悠", "颯", "結", "湊", "陽", "凛", "蒼"], ["斗", "菜", "真", "太", "花", "也", "翔"]),
                  s=(["森", "杉", "柳", "梶", "塚", "堀", "桐"], ["川", "沢", "野", "岡", "島", "谷", "原"]),
                  street=(["緑町", "桜台", "旭丘", "若葉"], ["丁目"]),
                  town=(["北", "南", "東", "西"], ["浜市", "山市", "川町", "野市"]),
                  addr="〒{pc} {town}{stem}{n}{stype}{n2}-{n3}", pc=lambda r: f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}", dates="%Y年%m月%d日",
                  mail=["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"], iban=None,
                  lab=dict(name="氏名", tel="携帯", addr="住所", dob="生年月日", note="備考"),
                  ph=["訪問前に電話お願いします", "鍵は管理人室", "お客様かなりご立腹", "よろしくです", "駐車場なし、近くのコインP使用"]),
    "ko-KR": dict(region="KR", order="sg", g=(["민", "서", "지", "도", "하", "유", "시"], ["준", "연", "호", "윤", "린", "찬", "온"]),
                  s=(["권", "남궁", "탁", "편", "봉", "제갈", "육"], [""]),
                  street=(["대장간", "벽돌공장", "물레방아"], ["로", "길"]),
                  town=(["신", "구", "동"], ["평동", "산읍", "곡리"]),
                  addr="{town} {stem}{stype} {n}, {n2}동 {n3}호 ({pc})", pc=lambda r: f"{r.randint(10000, 63999)}", dates="%Y.%m.%d",
                  mail=["naver.com", "daum.net", "gmail.com"], iban=None,
                  lab=dict(name="성명", tel="휴대폰", addr="주소", dob="생년월일", note="비고"),
                  ph=["방문 전 전화 부탁", "열쇠는 경비실", "고객 불만 심함", "수고하세요", "엘베 점검중이라 계단 이용"]),
    "zh-CN": dict(region="CN", order="sg", g=(["梓", "浩", "欣", "俊", "雨", "嘉", "晨"], ["萱", "宇", "怡", "熙", "桐", "懿", "阳"]),
                  s=(["贺", "邝", "阮", "衡", "薛", "霍", "隋"], [""]),
                  street=(["铸造", "砖窑", "磨坊", "锻工"], ["路", "街"]),
                  town=(["东", "西", "南", "北"], ["湖区", "山镇", "桥区"]),
                  addr="{town}{stem}{stype}{n}号{n2}栋{n3}室 邮编{pc}", pc=lambda r: f"{r.randint(100000, 850000)}", dates="%Y年%m月%d日",
                  mail=["qq.com", "163.com", "126.com"], iban=None,
                  lab=dict(name="姓名", tel="手机", addr="地址", dob="出生日期", note="备注"),
                  ph=["上门前先打电话", "钥匙在物业", "业主很不满意", "辛苦了", "现场没电，带发电机"]),
    "vi-VN": dict(region="VN", order="gs", g=(["Thục", "Khuê", "Diệp", "Tường", "Quỳnh", "Bảo"], ["Nhiên", "Vy", "Khải", "Lam", "Giao", "Uyên"]),
                  s=(["Khưu ", "Doãn ", "Giáp ", "Mạc ", "Quách ", "Thạch ", "Ông "], ["Văn", "Thị", "Đức", "Ngọc", "Hữu"]),
                  street=(["Thợ Rèn", "Lò Gạch", "Thợ Mộc", "Lò Vôi"], ["đường", "ngõ"]),
                  town=(["phường ", "xã "], ["Tân Khai", "Phú Lộc", "An Thạnh"]),
                  addr="số {n} {stype} {stem}, {town}, {pc}", pc=lambda r: f"{r.randint(10000, 99999)}", dates="%d/%m/%Y",
                  mail=["gmail.com", "yahoo.com.vn"], iban=None,
                  lab=dict(name="Họ tên", tel="SĐT", addr="Địa chỉ", dob="Ngày sinh", note="Ghi chú"),
                  ph=["gọi trước khi tới nha", "chìa khóa gửi bảo vệ", "khách đang rất bực", "cảm ơn", "giàn giáo chưa tháo"]),
}
US_STATES = ["OH", "PA", "MI", "TX", "GA", "NC", "AZ", "MN"]
ROMAN = (["ka", "mi", "to", "ra", "ne", "su", "lo", "da", "vi", "ze", "ha", "jo", "ri", "pe", "an", "el"],
         ["n", "ko", "ra", "ti", "mo", "sa", "lle", "do", "ny", "ro"])


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128 and (c.isalnum() or c in ".-_ ")).lower()


# street-name stems (checked pool) and town names (checked pool); street types are generic vocabulary
SP = {
    "en-GB": (["Wren", "Cop", "Tan", "Ferr", "Pin", "Gors", "Malt", "Rope", "Quar", "Hask", "Thistle", "Brack"], ["pice", "nery", "ier", "fold", "ey", "ings", "walk", "combe", "gate", "rell"]),
    "en-US": (["Syca", "Juni", "Wag", "Mill", "Foun", "Copp", "Ridge", "Hick", "Sassa", "Tama"], ["more", "per", "oner", "race", "dry", "erton", "back", "ory", "fras", "rack"]),
    "de-DE": (["Kupfer", "Ziegel", "Mühlen", "Hopfen", "Lerchen", "Brunnen", "Säge", "Hammer", "Töpfer"], ["straße", "weg", "gasse", "ring", "steig", "anger"]),
    "fr-FR": (["Tann", "Moul", "Forg", "Charm", "Ardois", "Chaud"], ["eurs", "inets", "erons", "illes", "iers"]),
    "es-ES": (["Alfar", "Yeser", "Herr", "Cant", "Tejer", "Calder"], ["eros", "adores", "illas", "eras"]),
    "it-IT": (["Fornac", "Torn", "Filand", "Bott", "Fonder"], ["iai", "itori", "ai", "ari"]),
    "nl-NL": (["Smids", "Turf", "Dijk", "Kuipers", "Lijn", "Sluis"], ["straat", "laan", "pad", "hof", "kade", "steeg"]),
    "pl-PL": (["Ślusar", "Murar", "Hutni", "Ceglan", "Kowal", "Bednar"], ["ska", "cza", "a", "owa"]),
    "pt-BR": (["Ferr", "Olar", "Serralh", "Caie", "Tanoe"], ["eiros", "ias", "iras", "adores"]),
    "sv-SE": (["Smedje", "Tegel", "Kvarn", "Sågverks", "Hytt", "Kopparslagar"], ["gatan", "vägen", "gränd", "stigen"]),
    "tr-TR": (["Demirci", "Kireç", "Tuğla", "Kalay", "Değir", "Bakırcı"], ["ler", "hane", "cılar", "cı", "men", "oğlu"]),
    "ru-RU": (["Литей", "Кузне", "Кирпич", "Слесар", "Мельнич", "Токар"], ["ная", "чная", "ская", "ный"]),
    "uk-UA": (["Коваль", "Гончар", "Цегель", "Млин", "Бондар"], ["ська", "на", "ова", "івська"]),
    "el-GR": (["Σιδηρ", "Κεραμ", "Λατομ", "Χαλκ", "Ξυλουργ"], ["ουργών", "έων", "ών", "ιάδων"]),
    "he-IL": (["הנפח", "הזגג", "המסגר", "היוצר", "הנגר"], ["ים", "ות", "יה"]),
    "ar-EG": (["الحداد", "الفخار", "النحاس", "المطاح", "النجار"], ["ين", "ية", "ات"]),
    "hi-IN": (["लोहा", "कुम्हा", "ठठे", "चक्की", "बढ़ई"], ["र", "रा", "वाला", "पुरा"]),
    "th-TH": (["ช่างเหล็ก", "ช่างไม้", "โรงสี", "โรงอิฐ"], ["๑", "๒", "๓", "๕", "๗", "๙"]),
    "ja-JP": (["緑", "桜", "旭", "若", "柏", "楓"], ["町", "台", "丘", "坂", "野"]),
    "ko-KR": (["대장", "벽돌", "물레", "옹기", "가마"], ["간", "공장", "방아", "터", "골"]),
    "zh-CN": (["铸造", "砖窑", "磨坊", "锻工", "陶瓷"], ["一", "二", "三", "五", "东", "西"]),
}
TP = {
    "en-GB": (["Ashb", "Hol", "Kirk", "Mel", "Thorn", "Wic", "Bram", "Stow", "Cald"], ["ridge", "ton", "bury", "field", "stead", "wick", "mere"]),
    "en-US": (["Spring", "Clay", "Mason", "Cedar", "Brook", "Tull", "Harl"], ["ville", "port", "dale", "ton", "field", "burg"]),
    "pl-PL": (["Now", "Star", "Biał", "Wol", "Gór"], ["owice", "ogród", "ków", "any", "ewo"]),
    "pt-BR": (["Itaque", "Jacu", "Piran", "Cambu", "Urup"], ["ra", "í", "ema", "tinga", "ava"]),
    "uk-UA": (["Ново", "Старо", "Біло", "Верхо"], ["гутівка", "слобідка", "криничне", "полянськ"]),
    "el-GR": (["Νεο", "Ανω", "Κατω", "Παλαιο"], ["λεύκη", "βρύση", "χώρι", "πηγάδι"]),
    "he-IL": (["אלונ", "ארזי", "צורי", "תמרו", "גפני"], ["ית", "ה", "אל", "ן"]),
    "ar-EG": (["الورد", "النخيل", "السلام", "الشوب", "العطار"], ["انية", "ية", "ون", "اوية"]),
    "hi-IN": (["रामपु", "सोनख", "बेलग", "धनौ", "कुसुम"], ["रा", "डा", "ली", "गंज"]),
}
TYPES = {"fr-FR": ["rue des", "impasse des", "allée des", "chemin des"], "es-ES": ["Calle de los", "Camino de los"], "it-IT": ["Via dei", "Vicolo dei"],
         "pt-BR": ["Rua dos", "Travessa dos"]}
NL_SUR = (["Kolk", "Brink", "Haar", "Veld", "Molen", "Laak", "Wiel", "Donk", "Spaar", "Hoek"], ["ema", "huis", "man", "stra", "ink", "sma", "ers", "kamp"])
VI_ON = ["Kh", "Th", "Ng", "Tr", "Ph", "Qu", "Gi", "Nh", "Đ", "L", "H", "V", "Ch", "X"]
VI_RH = ["ương", "iêm", "oai", "uyên", "ăng", "ôn", "ưu", "iếu", "oạn", "ẫm", "ường", "uấn", "oắt", "ịnh", "ỏa", "ưởng"]


class Pools:
    def __init__(self, rng):
        self.p = {}
        for code, L in LOCALES.items():
            full = None
            if code == "vi-VN":
                syl = compose_pool(rng, VI_ON, VI_RH, 60, "syllable")
                g = compose_pool(rng, syl, syl, 14, "given", joiner=" ")
                s = syl[:14]
                streets = compose_pool(rng, syl, syl, 8, "street", joiner=" ")
                towns = compose_pool(rng, syl, syl, 6, "place", joiner=" ")
            else:
                g = compose_pool(rng, *L["g"], 14, "given")
                s = compose_pool(rng, *(NL_SUR if code == "nl-NL" else L["s"]), 14, "surname")
                streets = compose_pool(rng, *SP[code], 8, "street")
                towns = compose_pool(rng, *TP.get(code, L["town"]), 6, "place", joiner="")
            if code in ("ko-KR", "zh-CN"):
                full = compose_pool(rng, L["s"][0], [a + b for a in L["g"][0] for b in L["g"][1] + [""]], 24, "person")
                s = ["x"] * 5
            if len(g) < 5 or len(s) < 5 or len(towns) < 2 or len(streets) < 2 or (full is not None and len(full) < 10):
                raise SystemExit(f"freeze emptied a pool for {code}")
            self.p[code] = dict(g=g, s=s, streets=streets, towns=towns, full=full)
        # companies: invented trade firms
        cparts = (["Vel", "Tor", "Kal", "Bren", "Ost", "Mar", "Quan", "Ferr", "Hyd", "Lum", "Stra", "Plex", "Zin", "Arb", "Cor"],
                  ["trox", "vanta", "itherm", "axis", "onic", "lift", "avent", "ibau", "oflow", "etek", "amat", "ustra"])
        self.companies = compose_pool(rng, *cparts, 40, "company")
        if len(self.companies) < 15:
            raise SystemExit("freeze emptied the company pool")


# ----------------------------------------------------------------------------------------------- identifiers
def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def capped(fn, check, what, cap=400):
    for _ in range(cap):
        v = fn()
        try:
            if check(v):
                return v
        except Exception:
            pass
    raise SystemExit(f"could not generate a valid {what}")


def must(ok, what, v):
    if not ok:
        raise SystemExit(f"invalid {what}: {v}")
    return v


def rand_date(r, y0=1958, y1=2003):
    return dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def gen_id(r, code, dob):
    """Returns (label, value, type) for the locale's worker / person identifier."""
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    if code == "en-US":
        v = capped(lambda: f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}", lambda v: us_ssn.is_valid(v) and not v.startswith("666"), "ssn")
        return ("SSN", v, "ssn")
    if code == "en-GB":
        if r.random() < 0.5:
            v = capped(lambda: (lambda b: b + str((11 - sum((10 - i) * int(c) for i, c in enumerate(b)) % 11) % 11))(digits(r, 9)), nhs.is_valid, "nhs")
            return ("NHS no.", f"{v[:3]} {v[3:6]} {v[6:]}", "HEALTH_INSURANCE")
        v = capped(lambda: (lambda b: utr.calc_check_digit(b) + b)(str(r.randint(1, 9)) + digits(r, 8)), utr.is_valid, "utr")
        return ("UTR", v, "TAX_ID")
    if code == "de-DE":
        v = capped(lambda: (lambda b: b + mod_11_10.calc_check_digit(b))(str(r.randint(1, 9)) + digits(r, 9)), idnr.is_valid, "idnr")
        return ("Steuer-ID", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", "TAX_ID")
    if code == "fr-FR":
        def mk():
            b = f"{r.choice('12')}{yy:02d}{mm:02d}{r.randint(1, 95):02d}{r.randint(1, 899):03d}{r.randint(1, 999):03d}"
            return b + f"{97 - int(b) % 97:02d}"
        v = capped(mk, nir.is_valid, "nir")
        return ("N° SS", f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", "NATIONAL_ID")
    if code == "es-ES":
        v = capped(lambda: (lambda b: b + dni.calc_check_digit(b))(digits(r, 8)), dni.is_valid, "dni")
        return ("DNI", v, "NATIONAL_ID")
    if code == "it-IT":
        from stdnum.it import codicefiscale as cf
        def mk():
            b = "".join(r.choice("BCDFGHLMNPRSTVZ") for _ in range(6)) + f"{yy:02d}" + "ABCDEHLMPRST"[mm - 1] + f"{dd + r.choice([0, 40]):02d}" + r.choice("ABCDEFGHL") + f"{r.randint(100, 999)}"
            return b + cf.calc_check_digit(b)
        return ("C.F.", capped(mk, cf.is_valid, "codice fiscale"), "TAX_ID")
    if code == "nl-NL":
        v = capped(lambda: (lambda b: b + str((sum((9 - i) * int(c) for i, c in enumerate(b))) % 11))(digits(r, 8)), bsn.is_valid, "bsn")
        return ("BSN", v, "NATIONAL_ID")
    if code == "pl-PL":
        def mk():
            m = mm + (20 if dob.year >= 2000 else 0)
            b = f"{yy:02d}{m:02d}{dd:02d}{digits(r, 4)}"
            return b + pesel.calc_check_digit(b)
        return ("PESEL", capped(mk, pesel.is_valid, "pesel"), "NATIONAL_ID")
    if code == "pt-BR":
        v = capped(lambda: (lambda b: b + cpf._calc_check_digits(b))(digits(r, 9)), cpf.is_valid, "cpf")
        return ("CPF", f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", "TAX_ID")
    if code == "sv-SE":
        def mk():
            b = f"{yy:02d}{mm:02d}{dd:02d}{digits(r, 3)}"
            return b[:6] + "-" + b[6:] + luhn.calc_check_digit(b)
        return ("Personnr", capped(mk, personnummer.is_valid, "personnummer"), "NATIONAL_ID")
    if code == "tr-TR":
        v = capped(lambda: (lambda b: b + tckimlik.calc_check_digits(b))(str(r.randint(1, 9)) + digits(r, 8)), tckimlik.is_valid, "tckimlik")
        return ("TC Kimlik No", v, "NATIONAL_ID")
    if code == "ru-RU":
        v = capped(lambda: (lambda b: b + inn.calc_personal_check_digits(b))(f"{r.randint(1, 89):02d}" + digits(r, 8)), inn.is_valid, "inn")
        return ("ИНН", v, "TAX_ID")
    if code == "uk-UA":
        v = capped(lambda: (lambda b: b + rntrc.calc_check_digit(b))(str(r.randint(2, 4)) + digits(r, 8)), rntrc.is_valid, "rntrc")
        return ("РНОКПП", v, "TAX_ID")
    if code == "el-GR":
        v = capped(lambda: (lambda b: b + luhn.calc_check_digit(b))(f"{dd:02d}{mm:02d}{yy:02d}" + digits(r, 4)), amka.is_valid, "amka")
        return ("ΑΜΚΑ", v, "HEALTH_INSURANCE")
    if code == "he-IL":
        v = capped(lambda: (lambda b: b + luhn.calc_check_digit(b))(digits(r, 8)), il_idnr.is_valid, "il id")
        return ("ת.ז.", v, "NATIONAL_ID")
    if code == "ar-EG":
        v = capped(lambda: digits(r, 9), eg_tn.is_valid, "eg tn")
        return ("الرقم الضريبي", f"{v[:3]}-{v[3:6]}-{v[6:]}", "TAX_ID")
    if code == "hi-IN":
        if r.random() < 0.5:
            from stdnum import verhoeff
            v = capped(lambda: (lambda b: b + verhoeff.calc_check_digit(b))(str(r.randint(2, 9)) + digits(r, 10)), aadhaar.is_valid, "aadhaar")
            return ("Aadhaar", f"{v[:4]} {v[4:8]} {v[8:]}", "NATIONAL_ID")
        v = capped(lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + r.choice("ABDGKMNRSTV") + digits(r, 4) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), pan.is_valid, "pan")
        return ("PAN", v, "TAX_ID")
    if code == "th-TH":
        v = capped(lambda: (lambda b: b + th_pin.calc_check_digit(b))(str(r.randint(1, 8)) + digits(r, 11)), th_pin.is_valid, "th pin")
        return ("เลขบัตรประชาชน", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "NATIONAL_ID")
    if code == "ja-JP":
        v = capped(lambda: (lambda b: b + jp_in.calc_check_digit(b))(str(r.randint(1, 9)) + digits(r, 10)), jp_in.is_valid, "my number")
        return ("マイナンバー", f"{v[:4]} {v[4:8]} {v[8:]}", "NATIONAL_ID")
    if code == "ko-KR":
        def mk():
            c = (1 if dob.year < 2000 else 3) + r.randint(0, 1)
            b = f"{yy:02d}{mm:02d}{dd:02d}{c}{r.randint(0, 8)}{digits(r, 4)}"
            return b + rrn.calc_check_digit(b)
        v = capped(mk, rrn.is_valid, "rrn")
        return ("주민등록번호", f"{v[:6]}-{v[6:]}", "NATIONAL_ID")
    if code == "zh-CN":
        def mk():
            b = r.choice(["110101", "310104", "440305", "510107", "330106", "420102"]) + dob.strftime("%Y%m%d") + digits(r, 3)
            return b + ric.calc_check_digit(b)
        return ("身份证号", capped(mk, ric.is_valid, "ric"), "NATIONAL_ID")
    if code == "vi-VN":
        v = capped(lambda: (lambda b: b + str((10 - sum(w * int(c) for w, c in zip((31, 29, 23, 19, 17, 13, 7, 5, 3), b)) % 11) % 11))(f"{r.randint(1, 99):02d}" + digits(r, 7)), mst.is_valid, "mst")
        return ("MST", v, "TAX_ID")
    raise SystemExit(code)


def gen_phone(r, region, want=(phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE), fmt=None):
    ex = phonenumbers.example_number_for_type(region, want[0])
    if ex is None:
        ex = phonenumbers.example_number(region)
    nat = str(ex.national_number)
    keep = max(2, len(nat) - 6)
    for _ in range(400):
        cand = nat[:keep] + digits(r, len(nat) - keep)
        num = phonenumbers.parse(cand, region) if region else None
        if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in want:
            f = fmt if fmt is not None else r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL,
                                                      phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164])
            s = phonenumbers.format_number(num, f)
            back = phonenumbers.parse(s, region)
            must(phonenumbers.is_valid_number_for_region(back, region), "phone", s)
            return s
    raise SystemExit(f"no valid phone for {region}")


def gen_hotline(r, region):
    try:
        return gen_phone(r, region, want=(phonenumbers.PhoneNumberType.TOLL_FREE,))
    except SystemExit:
        return gen_phone(r, region, want=(phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE))


IBAN_LEN = {"DE": 22, "NL": 18, "GB": 22, "PL": 28, "SE": 24, "TR": 26, "GR": 27, "EG": 29, "FR": 27, "UA": 29}


def gen_iban(r, cc):
    def mk():
        n = IBAN_LEN[cc]
        if cc == "NL":
            bb = r.choice(["RABO", "INGB", "ABNA", "SNSB"]) + digits(r, 10)
        elif cc == "GB":
            bb = r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(r, 14)
        elif cc == "TR":
            bb = digits(r, 5) + "0" + digits(r, 16)
        elif cc == "FR":
            bb = digits(r, 10) + "".join(r.choice("0123456789ABCDEF") for _ in range(11)) + digits(r, 2)
        else:
            bb = digits(r, n - 4)
        return cc + std_iban.calc_check_digits(cc + "00" + bb) + bb
    v = capped(mk, std_iban.is_valid, "iban")
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if r.random() < 0.7 else v


TEST_CARDS = {"4111111111111111", "5555555555554444", "4242424242424242", "378282246310005", "5105105105105100"}


def gen_card(r):
    def mk():
        kind = r.random()
        if kind < 0.5:
            b = "4" + digits(r, 14)
        elif kind < 0.85:
            b = str(r.randint(51, 55)) + digits(r, 13)
        else:
            b = r.choice(["34", "37"]) + digits(r, 12)
        return b + luhn.calc_check_digit(b)
    v = capped(mk, lambda v: luhn.is_valid(v) and v not in TEST_CARDS, "card")
    if len(v) == 16:
        return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.6 else v
    return f"{v[:4]} {v[4:10]} {v[10:]}"


def gen_public_ip(r):
    def mk():
        if r.random() < 0.85:
            return str(ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF)))
        return str(ipaddress.IPv6Address((0x2a02 << 112) | r.getrandbits(100)))
    return capped(mk, lambda v: ipaddress.ip_address(v).is_global and not ipaddress.ip_address(v).is_multicast, "ip")


def gen_mrn(r):
    b = digits(r, 7)
    v = b + luhn.calc_check_digit(b)
    must(luhn.is_valid(v), "mrn", v)
    return r.choice(["MRN ", "Hosp. no. ", "K", "RX"]) + v if r.random() < 0.3 else v


def gen_rtn(r):
    def mk():
        b = r.choice(["02", "04", "06", "07", "11", "12", "26", "31"]) + digits(r, 6)
        return b + rtn.calc_check_digit(b)
    return capped(mk, rtn.is_valid, "rtn")


DOC_IPS = ["192.0.2.", "198.51.100.", "203.0.113."]


def doc_ip(r):
    v = r.choice(DOC_IPS) + str(r.randint(2, 254))
    must(not ipaddress.ip_address(v).is_global, "doc ip", v)
    return v


# ----------------------------------------------------------------------------------------------- record context
class Ctx:
    def __init__(self, r, code, pools):
        self.r, self.code, self.L, self.P = r, code, LOCALES[code], pools.p[code]
        self.pools = pools
        self.issued = []

    def issue(self, typ, val):
        self.issued.append((typ, val))
        return val

    def _name(self):
        if self.P["full"]:
            return self.r.choice(self.P["full"])
        g, s = self.r.choice(self.P["g"]), self.r.choice(self.P["s"])
        if self.code in ("es-ES", "pt-BR") and self.r.random() < 0.6:
            s2 = self.r.choice(self.P["s"])
            if s2 != s:
                s = f"{s} {s2}"
        if self.L["order"] == "sg":
            return f"{s}{g}" if self.code in ("ko-KR", "zh-CN") else f"{s} {g}"
        if self.code == "vi-VN":
            return f"{s} {g}"
        return f"{g} {s}"

    def person(self):
        return self.issue("person", self._name())

    def first(self):
        return self.issue("person", self.r.choice(self.P["g"]))

    def phone(self):
        return self.issue("PHONE_NUMBER", gen_phone(self.r, self.L["region"]))

    def email(self, name=None):
        base = ascii_fold(name) if name and self.code in LATIN else ""
        parts = base.split()
        if len(parts) >= 2:
            local = self.r.choice([f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}", f"{parts[0]}{self.r.randint(70, 99)}", f"{parts[-1]}.{parts[0][0]}"])
        else:
            local = self.r.choice(ROMAN[0]) + self.r.choice(ROMAN[1]) + self.r.choice([".", "_", ""]) + self.r.choice(ROMAN[0]) + self.r.choice(ROMAN[1]) + str(self.r.randint(1, 99))
        return self.issue("EMAIL_ADDRESS", f"{local}@{self.r.choice(self.L['mail'])}")

    def address(self):
        r, L, P = self.r, self.L, self.P
        stype = r.choice(TYPES.get(self.code, L["street"][1]))
        stem = r.choice(P["streets"])
        street = f"{stem} {stype}" if self.code in ("en-GB", "en-US", "tr-TR") else stem
        fmt = dict(n=r.randint(2, 180), n2=r.randint(1, 40), n3=r.randint(1, 30), pc=L["pc"](r), town=r.choice(P["towns"]),
                   street=street, stem=stem, stype=stype, st=r.choice(US_STATES))
        return self.issue("STREET_ADDRESS", L["addr"].format(**fmt))

    def dob_date(self):
        return rand_date(self.r)

    def dob(self, d=None):
        d = d or self.dob_date()
        return self.issue("DATE_OF_BIRTH", d.strftime(self.L["dates"]))

    def natid(self, d=None):
        lab, v, typ = gen_id(self.r, self.code, d or self.dob_date())
        return lab, self.issue(typ, v)

    def iban(self):
        cc = self.L["iban"] or self.r.choice(["DE", "NL", "FR", "PL"])
        return self.issue("IBAN_CODE", gen_iban(self.r, cc))

    def card(self):
        return self.issue("CREDIT_CARD", gen_card(self.r))

    def ip(self):
        return self.issue("IP_ADDRESS", gen_public_ip(self.r))

    def mrn(self):
        return self.issue("MEDICAL_RECORD", gen_mrn(self.r))

    def usbank(self):
        a, b = gen_rtn(self.r), digits(self.r, self.r.randint(9, 12))
        self.issue("US_BANK_NUMBER", a)
        self.issue("US_BANK_NUMBER", b)
        return a, b

    # benign helpers (never issued)
    def company(self):
        return self.r.choice(self.pools.companies) + " " + self.r.choice(FORMS.get(self.code, ["Ltd"]))

    def hotline(self):
        return gen_hotline(self.r, self.L["region"])

    def lab(self, k):
        return self.L["lab"][k]

    def ph(self):
        return self.r.choice(self.L["ph"])


LATIN = {"en-GB", "en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "pt-BR", "sv-SE", "tr-TR", "vi-VN"}
FORMS = {"en-GB": ["Ltd", "Services Ltd", "Lifts Ltd"], "en-US": ["Inc.", "LLC", "Mechanical LLC"], "de-DE": ["GmbH", "GmbH & Co. KG", "AG"],
         "fr-FR": ["SAS", "SARL"], "es-ES": ["S.L.", "S.A."], "it-IT": ["S.r.l.", "S.p.A."], "nl-NL": ["B.V.", "Installatietechniek B.V."],
         "pl-PL": ["Sp. z o.o.", "S.A."], "pt-BR": ["Ltda.", "S.A."], "sv-SE": ["AB"], "tr-TR": ["A.Ş.", "Ltd. Şti."], "ru-RU": ["ООО", "АО"],
         "uk-UA": ["ТОВ"], "el-GR": ["Α.Ε.", "Ε.Π.Ε."], "he-IL": ['בע"מ'], "ar-EG": ["ش.م.م"], "hi-IN": ["Pvt. Ltd."], "th-TH": ["จำกัด"],
         "ja-JP": ["株式会社"], "ko-KR": ["(주)"], "zh-CN": ["有限公司"], "vi-VN": ["TNHH", "JSC"]}

# ----------------------------------------------------------------------------------------------- world vocabulary
PARTS = ["PCB assy 87161240", "gas valve SIT 845", "door operator board", "pressure switch 0-6 bar", "expansion vessel 18L", "rope 8 mm 8x19",
         "encoder 1024 ppr", "contactor 3RT2026", "bearing 6205-2RS", "V-belt SPA 1250", "thermocouple K-type", "diverter valve motor"]
FAULTS = ["F28 ignition lockout", "E133 no flame", "door zone fault DZ-2", "overspeed governor tripped", "low water pressure 0.4 bar",
          "VFD OC2 overcurrent", "PLC watchdog timeout", "hydraulic oil temp high", "leveling error +18 mm", "condensate trap blocked"]
EPONYMS = ["Vickers HV10", "Brinell HBW 10/3000", "Charpy V-notch at -20 °C", "Rockwell C", "Pareto chart", "Ishikawa diagram", "Gantt chart",
           "Wheatstone bridge", "Bourdon gauge", "Pitot tube", "Allen key 6 mm", "Phillips PH2", "Stillson wrench", "Vernier caliper",
           "Venturi meter", "Reynolds number", "Darcy–Weisbach", "Hazen-Williams C=130", "Weibull β", "Taguchi L9", "Kanban board",
           "Poisson ratio", "Euler buckling", "Mohr's circle", "Bernoulli", "Pelton wheel", "Fresnel lens", "Edison screw E27"]
STANDARDS = ["EN 81-20", "EN 81-50", "BS 7671:2018+A2", "DIN 18202", "EN 1090-2 EXC2", "ISO 9001:2015", "ISO 45001", "EN 12828",
             "NFPA 70E", "OSHA 1926.502", "ASME B31.3", "IEC 61439-2", "VDI 6022", "EN 13445", "DTU 60.11", "СП 70.13330", "GB 50300", "JIS B 8265"]
FICTION = ["Bob the Builder", "Handy Manny", "Fix-It Felix", "Wallace & Gromit's contraptions", "Tim the Toolman", "the Tin Man"]


def part_no(r):
    return r.choice(["87161", "S10", "KM", "A3N", "P/N 7736", "SKU-"]) + digits(r, r.randint(4, 6))


def serial(r):
    return r.choice(["SN ", "S/N: ", "Ser.-Nr. ", "N° série ", "製造番号 "]) + r.choice(["", "A", "B2", "ZX"]) + digits(r, r.randint(8, 12))


def batch(r):
    return r.choice(["LOT ", "Batch ", "Charge ", "Lote "]) + f"{r.randint(20, 26)}{r.choice('ABCDEFGHJK')}{digits(r, 5)}"


def ticket(r):
    return r.choice(["JOB-", "WO#", "SR ", "TKT-", "FSR-"]) + digits(r, 6)


def vat(r, code):
    return {"de-DE": "DE" + digits(r, 9), "fr-FR": "FR" + digits(r, 11), "nl-NL": "NL" + digits(r, 9) + "B01", "pl-PL": "PL" + digits(r, 10),
            "en-GB": "GB" + digits(r, 9), "es-ES": "ESB" + digits(r, 8), "it-IT": "IT" + digits(r, 11)}.get(code, "VAT " + digits(r, 10))


def doc_iban(r):
    return r.choice(["DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19", "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00"])


# ----------------------------------------------------------------------------------------------- kinds
def k_job_ticket(c, sens, inc):
    r = c.r
    t, f, p = ticket(r), r.choice(FAULTS), r.choice(PARTS)
    if sens and not inc:
        nm = c.person()
        lines = [f"{t} | prio P2 | {r.choice(['boiler svc', 'lift callout', 'AC no cool', 'gate motor', 'heat pump'])}",
                 f"Site contact / {c.lab('name')}: {nm}", f"{c.lab('tel')}: {c.phone()}", f"{c.lab('addr')}: {c.address()}",
                 f"Fault: {f}. Last visit fitted {p}.", f"{c.lab('note')}: {c.ph()}"]
        if r.random() < 0.4:
            lines.insert(3, f"email {c.email(nm)}")
        if r.random() < 0.25:
            lines.append(f"remote monitoring: cust router WAN {c.ip()} port 8443 (pls dont share)")
        if r.random() < 0.2:
            lines.append(f"tenant upstairs ({c.person()}) has the key, mob {c.phone()}")
        return "\n".join(lines)
    co = c.company()
    lines = [f"{t} | prio P3 | PPM quarterly", f"Site: {co} depot, loading bay 2 (ask at gatehouse)", f"Asset {serial(r)}, controller IP {doc_ip(r)}/24",
             f"OEM tech support {c.hotline()} (24/7), service@{c.r.choice(['example.com', 'example.net', 'example.org'])}", f"Fault hist: {f}; replaced {part_no(r)} ({p})",
             f"Contact: [SITE CONTACT NAME] / [PHONE]" if r.random() < 0.4 else f"Contact: duty facilities manager via switchboard", f"Ref std {r.choice(STANDARDS)}"]
    if inc:
        lines.append(r.choice([f"FYI the caretaker's son {c.first()} let us in last time",
                               f"cust said ring {c.phone()} if the gate is locked",
                               f"(owner mentioned she was born {c.dob()} and wants the senior discount lol)"]))
    return "\n".join(lines)


def k_snag_list(c, sens, inc):
    r = c.r
    rooms = ["kitchen", "bath", "bed 2", "hall", "ensuite", "utility", "balcony", "stairwell"]
    items = [f"{i + 1}. {r.choice(rooms)} – {r.choice(['silicone gap at tray', 'door binding on frame', 'paint overspray on socket', 'tile lippage >1mm (' + r.choice(STANDARDS) + ')', 'skirting not scribed', 'radiator not bled', 'extractor no isolator', 'missing trim cover', 'crack in screed'])} – {r.choice(['open', 'open', 'done', 'N/A', 'recheck'])}" for i in range(r.randint(5, 11))]
    if sens and not inc:
        head = [f"SNAG LIST plot {r.randint(1, 140)} — handover {r.randint(1, 28)}/{r.randint(1, 12)}",
                f"Purchaser: {c.person()}" + (f" & {c.person()}" if r.random() < 0.4 else ""),
                f"{c.lab('addr')}: {c.address()}", f"{c.lab('tel')} {c.phone()}"]
        if r.random() < 0.4:
            head.append(f"deposit refund to {c.iban()}")
        if r.random() < 0.3:
            head.append(f"buyer's email {c.email()}")
        return "\n".join(head + items + [f"{c.lab('note')}: {c.ph()}"])
    head = [f"SNAG LIST – Block {r.choice('ABCD')}, level {r.randint(0, 9)}, units {r.randint(1, 20)}–{r.randint(21, 40)}",
            f"Main contractor: {c.company()}, reg. office {r.randint(1, 90)} Business Park, unit {r.randint(1, 30)}",
            "Inspected by: Site QA (role account)", "Purchaser: ______________   Signature: ______________"]
    tail = [f"Defects per unit avg {r.randint(4, 19)}.{r.randint(0, 9)} (n={r.randint(12, 80)}), top cause: {r.choice(['mastic', 'decor', 'doors'])}"]
    if inc:
        tail.append(r.choice([f"unit {r.randint(1, 40)} buyer's daughter {c.first()} will attend the re-inspection",
                              f"if no answer call {c.phone()}"]))
    return "\n".join(head + items + tail)


def k_permit_to_work(c, sens, inc):
    r = c.r
    pt = r.choice(["HOT WORK", "CONFINED SPACE ENTRY", "WORK AT HEIGHT", "ELECTRICAL ISOLATION (LOTO)", "EXCAVATION"])
    ptw = f"PTW-{r.randint(2024, 2026)}-{digits(r, 4)}"
    checks = ["gas test O2 20.9% LEL 0%", "fire watch 60 min after", "isolation locks applied", "harness inspected", "barriers in place", f"per {r.choice(STANDARDS)}"]
    if sens and not inc:
        nm = c.person()
        lines = [f"PERMIT TO WORK – {pt}  {ptw}", f"Permit holder: {nm}", f"{c.lab('dob')}: {c.dob()}" if r.random() < 0.5 else f"Card/ID: {c.natid()[1]}",
                 f"Emergency contact: {c.person()} ({r.choice(['wife', 'husband', 'mother', 'partner', 'brother'])}) {c.phone()}",
                 f"Authorised by: {c.person()} (area authority)"] + [f"[x] {x}" for x in r.sample(checks, 3)]
        return "\n".join(lines)
    lines = [f"PERMIT TO WORK – {pt}  {ptw}", "Permit holder: ____________________", f"{c.lab('dob')}: __/__/____", "Emergency contact: ____________________  Tel: ____________",
             f"Site emergency line: {c.hotline()} (gatehouse, 24h)", "Authorised by: Area Authority (role)"] + [f"[ ] {x}" for x in r.sample(checks, 4)]
    if inc:
        lines.append(r.choice([f"note: the welder's wife {c.first()} dropped off his PPE at the gate",
                               f"pls return this form to {c.email()}"]))
    return "\n".join(lines)


def k_incident_report(c, sens, inc):
    r = c.r
    what = r.choice(["fell from 2nd lift of scaffold", "hand caught in press brake", "struck by reversing telehandler", "slipped on hydraulic oil",
                     "eye injury from grinding swarf", "burn from steam line flange"])
    if sens and not inc:
        d = c.dob_date()
        nm = c.person()
        lines = [f"ACCIDENT REPORT #{r.randint(100, 999)} (RIDDOR ref pending)", f"Injured person: {nm}, {r.choice(['steel fixer', 'operator', 'apprentice', 'scaffolder', 'fitter'])}",
                 f"{c.lab('dob')}: {c.dob(d)}", f"{c.lab('addr')}: {c.address()}", f"What happened: {what}."]
        lab, v = c.natid(d)
        lines.append(f"{lab}: {v}")
        if c.code == "en-GB" and not lab.startswith("NHS"):
            v = capped(lambda: (lambda b: b + str((11 - sum((10 - i) * int(x) for i, x in enumerate(b)) % 11) % 11))(digits(r, 9)), nhs.is_valid, "nhs")
            lines.append(f"NHS no. {c.issue('HEALTH_INSURANCE', v)}")
        if r.random() < 0.6:
            lines.append(f"Taken to A&E, hospital no. {c.mrn()}")
        if r.random() < 0.4:
            lines.append(f"Next of kin: {c.person()} {c.phone()}")
        lines.append(f"Witness: {c.person()} (foreman)")
        return "\n".join(lines)
    lines = [f"NEAR-MISS / INCIDENT SUMMARY Q{r.randint(1, 4)} – site {r.choice('ABCDEFGH')}{r.randint(1, 9)}",
             f"Total reports: {r.randint(20, 90)}; LTIs: {r.randint(0, 3)}; LTIFR {r.randint(0, 4)}.{r.randint(10, 99)}",
             f"IP-01 (age band 25-34, scaffolder): {what} – RIDDOR {digits(r, 8)}", "IP-02 (age band 45-54): slip, no lost time",
             f"Analysis: Heinrich/Bird triangle, Reason's Swiss-cheese, {r.choice(EPONYMS[4:6])}", f"HSE incident line {c.hotline()}; SHE manager (role mailbox) hse@example.com",
             "Names removed per GDPR before circulation."]
    if inc:
        lines.append(r.choice([f"(IP-01 is {c.first()}'s brother-in-law, go easy in the toolbox talk)", f"IP-02 DOB {c.dob()} for the insurer form"]))
    return "\n".join(lines)


def k_sub_invoice(c, sens, inc):
    r = c.r
    inv = f"INV-{digits(r, 5)}"
    rows = [f"{r.choice(['labour – 2nd fix electrics', 'dry lining 12.5mm', 'screed 65mm', 'first fix plumbing', 'fire stopping', 'mastic & trims'])};{r.randint(1, 40)};{r.randint(18, 95)}.00" for _ in range(r.randint(3, 6))]
    if sens and not inc:
        nm = c.person()
        lines = [f"INVOICE {inv} – {nm} (sole trader, {r.choice(['sparky', 'plasterer', 'tiler', 'plumber', 'joiner'])})", f"{c.address()}", f"{c.lab('tel')} {c.phone()}",
                 "desc;qty;rate"] + rows
        if c.code == "en-US":
            a, b = c.usbank()
            lines.append(f"ACH: routing {a} / account {b}")
        else:
            lines.append(f"Pay to IBAN {c.iban()}")
        lab, v = c.natid()
        lines.append(f"{lab} {v}")
        if r.random() < 0.2:
            lines.append(f"or card on file {c.card()} for the materials")
        return "\n".join(lines)
    co = c.company()
    lines = [f"INVOICE {inv} – {co}", f"Registered office: Unit {r.randint(1, 40)}, {r.choice(['Riverside', 'Enterprise', 'Foundry', 'Canal'])} Trade Park", f"VAT/Tax reg: {vat(r, c.code)}  Co. reg {digits(r, 8)}",
             f"PO {digits(r, 7)}; site {r.choice('ABC')}{r.randint(10, 99)}", "desc;qty;rate"] + rows + [
             r.choice([f"Bank details: see remittance advice (example format {doc_iban(r)})", "Bank: as per supplier set-up form, no change", f"Accounts: accounts@example.org, {c.hotline()}"])]
    if inc:
        lines.append(r.choice([f"pls chase with {c.first()} (our QS's wife does the books)", f"queries to my mobile {c.phone()}"]))
    return "\n".join(lines)


def k_shift_handover(c, sens, inc):
    r = c.r
    line = r.choice(["Line 3", "Press 7", "CNC cell B", "Extruder 2", "Paint shop", "Boiler house"])
    body = [f"{line}: OEE {r.randint(55, 92)}%, scrap {r.randint(0, 9)}.{r.randint(0, 9)}%", f"{batch(r)} on hold – {r.choice(['Cpk 1.12 on Ø22', 'porosity', 'burrs', 'colour drift ΔE 1.8'])}",
            f"{r.choice(FAULTS)} at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}, reset, logged", f"spares: used {part_no(r)} x{r.randint(1, 4)}, reorder"]
    if sens and not inc:
        a, b = c.person(), c.person()
        head = [f"HANDOVER {r.choice(['A', 'B', 'C', 'night'])}→{r.choice(['B', 'C', 'day'])} shift", f"From: {a}  To: {b}"]
        extra = [f"{a} off sick tmrw, covering: {c.person()} ({c.phone()})"]
        if r.random() < 0.3:
            extra.append(f"{b}: your new badge is in the office, they typed your {c.lab('dob')} as {c.dob()} – check it")
        if r.random() < 0.3:
            extra.append(f"agency guy's {c.natid()[0]} {c.issued[-1][1]} still missing on the timesheet")
        return "\n".join(head + body + extra)
    head = [f"HANDOVER {r.choice(['A', 'B', 'C'])}→{r.choice(['B', 'C', 'A'])} shift", "From: shift lead A  To: shift lead B",
            f"Maintenance desk ext. {r.randint(200, 499)} / {c.hotline()}", f"HMI at {doc_ip(r)}, historian {doc_ip(r)}"]
    if inc:
        body.append(r.choice([f"btw my brother {c.first()} in stores says the bearings come Tue", f"call me if the press trips again {c.phone()}",
                              f"my son {c.first()} starts as apprentice Monday, be nice"]))
    return "\n".join(head + body)


def k_install_complaint(c, sens, inc):
    r = c.r
    prod = r.choice(["heat pump", "solar PV 6.4 kWp", "walk-in shower", "bifold doors", "stairlift", "air-con split 3.5 kW", "garage door"])
    issue = r.choice(["leaks every time it rains", "makes a grinding noise at night", "installer left a hole in the wall", "inverter shows error 35",
                      "the fitter never came back", "tiles already cracked"])
    if sens and not inc:
        nm = c.person()
        lines = [f"To whom it may concern / {c.company()} customer care,", f"The {prod} you installed {issue}. {c.ph()}.",
                 f"My details: {nm}, {c.address()}, {c.phone()}", f"{c.lab('name')}: {nm}"]
        if r.random() < 0.4:
            lines.append(f"I paid the deposit with card {c.card()} and want it refunded.")
        if r.random() < 0.4:
            lines.append(f"Reply to {c.email(nm)} not the old address.")
        if r.random() < 0.25:
            lines.append(f"My installer's app shows the logger at {c.ip()}, your tech can log in.")
        return "\n".join(lines)
    co = c.company()
    lines = [f"Complaint template v{r.randint(2, 9)} – {prod}", "Customer: {{customer_name}}  Tel: {{customer_phone}}  Address: {{site_address}}",
             f"Issue: {issue}", f"Escalation: {co} complaints team, {c.hotline()}, complaints@example.com",
             f"If unresolved in 8 weeks: trade association ombudsman, ref format CMP-{digits(r, 6)}",
             f"(internal joke: not even {r.choice(FICTION)} could fix this install)"]
    if inc:
        lines.append(r.choice([f"PS my neighbour {c.first()} had the same problem", f"you can reach me on {c.phone()} after 6"]))
    return "\n".join(lines)


def k_supplier_quote(c, sens, inc):
    r = c.r
    rows = [f"{part_no(r)};{r.choice(PARTS)};{r.randint(1, 50)};{r.randint(5, 900)}.{r.randint(0, 99):02d}" for _ in range(r.randint(3, 7))]
    if sens and not inc:
        nm = c.person()
        lines = [f"QUOTE Q-{digits(r, 5)} for {nm} (private customer, self-build)", f"Delivery to {c.address()}", f"Contact {c.phone()} / {c.email(nm)}",
                 "part;desc;qty;unit"] + rows + [f"Payment: {r.choice(['card ending ' + c.card()[-4:], 'pro-forma'])}"]
        if r.random() < 0.5:
            lines[-1] = f"Payment by card {c.card()} exp {r.randint(1, 12):02d}/{r.randint(27, 31)}"
        return "\n".join(lines)
    co = c.company()
    lines = [f"QUOTE Q-{digits(r, 5)} – {co}", f"Sales desk {c.hotline()}, sales@example.net, valid 30 days, Incoterms EXW",
             f"Tax reg {vat(r, c.code)}", "part;desc;qty;unit"] + rows + [f"Compliance: {r.choice(STANDARDS)}, {r.choice(EPONYMS[:4])} test, certificate 3.1 per EN 10204",
             f"Bank (template): {doc_iban(r)}"]
    if inc:
        lines.append(r.choice([f"ask for {c.first()} in the trade counter, she's my sister", f"Rep mobile {c.phone()}"]))
    return "\n".join(lines)


def k_warranty_claim(c, sens, inc):
    r = c.r
    s, b, f = serial(r), batch(r), r.choice(FAULTS)
    if sens and not inc:
        d = c.dob_date()
        nm = c.person()
        lines = ["WARRANTY CLAIM FORM", f"{c.lab('name')}: {nm}", f"{c.lab('addr')}: {c.address()}", f"{c.lab('tel')}: {c.phone()}",
                 f"Unit: {s} / {b}, installed {r.randint(1, 28)}.{r.randint(1, 12)}.{r.randint(2019, 2025)}", f"Defect: {f}"]
        if r.random() < 0.35:
            lines.append(f"Extended-warranty holder {c.lab('dob')} {c.dob(d)} (needed for the extended plan)")
        if r.random() < 0.35:
            lines.append(f"Email {c.email(nm)}")
        if r.random() < 0.2:
            lines.append(f"refund to {c.iban()}")
        return "\n".join(lines)
    lines = ["WARRANTY CLAIM – DEALER COPY", f"Claim WC-{digits(r, 6)}  Unit {s}  {b}", f"Defect code {f}; part {part_no(r)} returned (RMA {digits(r, 7)})",
             "Customer: see dealer portal (not transmitted)", f"Manufacturer warranty line {c.hotline()}; warranty@example.org",
             f"Reg. office: {c.company()}, {r.randint(1, 200)} {r.choice(['Industriestraße', 'Avenue de l’Industrie', 'Factory Road', 'Zona Industriale'])}"]
    if inc:
        lines.append(r.choice([f"end user's husband {c.first()} already tried resetting it", f"end user DOB {c.dob()} (needed for extended plan)"]))
    return "\n".join(lines)


def k_site_induction(c, sens, inc):
    r = c.r
    topics = ["PPE: hard hat, hi-vis, S3 boots", "muster point at gate 2", "no lone working in plant room", "CSCS/SSSTS cards checked",
              f"{r.choice(EPONYMS)} demo in toolbox talk", "fire alarm test Wed 11:00", f"site rules per {r.choice(STANDARDS)}"]
    if sens and not inc:
        rows = ["name;dob;id;emergency_tel"]
        for _ in range(r.randint(2, 4)):
            d = c.dob_date()
            rows.append(f"{c.person()};{c.dob(d)};{c.natid(d)[1]};{c.phone()}")
        return "\n".join([f"SITE INDUCTION REGISTER – {r.choice(['Tower crane base', 'Retail fit-out', 'Warehouse extension', 'Substation'])}"] + rows + r.sample(topics, 3))
    rows = ["name;dob;id;emergency_tel", "<full name>;<dd/mm/yyyy>;<ID no.>;<phone>", f"Totals this week: {r.randint(8, 60)} inducted, {r.randint(0, 5)} refused (no card)"]
    lines = [f"SITE INDUCTION – blank register v{r.randint(1, 9)}"] + rows + r.sample(topics, 4) + [f"Site office switchboard {c.hotline()}"]
    if inc:
        lines.append(r.choice([f"new starter {c.first()}, the PM's nephew, needs a buddy", f"lost ID card found, owner born {c.dob()}"]))
    return "\n".join(lines)


KINDS = {"job_ticket": k_job_ticket, "snag_list": k_snag_list, "permit_to_work": k_permit_to_work, "incident_report": k_incident_report,
         "subcontractor_invoice": k_sub_invoice, "shift_handover": k_shift_handover, "install_complaint": k_install_complaint,
         "supplier_quote": k_supplier_quote, "warranty_claim": k_warranty_claim, "site_induction": k_site_induction}

SYSTEMS = {"job_ticket": "You help a field-service dispatcher. Be brief.", "snag_list": "You assist a site manager with handover documents.",
           "permit_to_work": "You are the site HSE assistant. Check permits for completeness.", "incident_report": "You help the safety team write clear incident reports.",
           "subcontractor_invoice": "You assist the QS / accounts payable clerk of a contractor.", "shift_handover": "You are a manufacturing shift assistant.",
           "install_complaint": "You draft replies for an installer's customer-care desk.", "supplier_quote": "You help a procurement clerk compare supplier quotes.",
           "warranty_claim": "You process warranty claims for a heating and lift manufacturer.", "site_induction": "You help the site admin keep induction records."}

ASKS = {
    "job_ticket": ["tidy this ticket + write a 2 line sms to the customer", "pls summarise for the tech going tmrw", "what parts should the van carry for this?", "translate to english for the subcontractor"],
    "snag_list": ["group these snags by trade", "turn this into a table for the handover pack", "which ones block completion?", "translate for the tiler pls"],
    "permit_to_work": ["is this permit complete? anything missing", "convert to the JSON our permit system wants", "check it against our hot work rules", "summarise for the toolbox talk"],
    "incident_report": ["rewrite this in proper english for the insurer", "draft the RIDDOR-style summary", "extract fields to JSON", "what corrective actions would you suggest"],
    "subcontractor_invoice": ["check the maths and the VAT", "put it into our AP import format", "does this match PO terms? flag issues", "translate the line items"],
    "shift_handover": ["summarise for the morning meeting", "make a checklist for next shift", "clean up the typos", "what needs escalating?"],
    "install_complaint": ["draft a polite reply", "classify severity and route it", "summarise for the install manager", "reply in the customer's language"],
    "supplier_quote": ["compare with last quote and tell me if its ok", "extract to CSV", "check lead times and totals", "draft a PO email"],
    "warranty_claim": ["is this claim within warranty terms?", "fill the OEM portal fields from this", "summarise for the dealer", "translate for the factory"],
    "site_induction": ["convert to a spreadsheet", "who is missing info?", "write the induction email", "check the register format"],
}
LOCAL_ASKS = {"de-DE": "bitte kurz zusammenfassen", "fr-FR": "tu peux résumer stp", "es-ES": "resúmelo porfa", "it-IT": "riassumi per favore", "nl-NL": "kun je dit samenvatten",
              "pl-PL": "streść to proszę", "pt-BR": "resume isso pfv", "sv-SE": "sammanfatta tack", "tr-TR": "özetler misin", "ru-RU": "сделай краткую сводку", "uk-UA": "зроби коротке резюме",
              "el-GR": "κάνε μια σύνοψη", "he-IL": "תסכם בבקשה", "ar-EG": "لخص الكلام ده", "hi-IN": "isko short mein likh do", "th-TH": "ช่วยสรุปให้หน่อย", "ja-JP": "要約お願いします",
              "ko-KR": "요약해줘", "zh-CN": "帮我总结一下", "vi-VN": "tóm tắt giúp mình"}

PLACEMENTS = ["user", "system", "assistant", "tool_result", "parts", "file", "tool_args", "tool_schema", "response_format", "image_url", "user_field", "user", "parts", "tool_result"]


def typo(r, s, issued=()):
    """One transposition, never inside an issued value (an altered value would be unlabelled personal data)."""
    if r.random() < 0.35 and len(s) > 12:
        i = r.randint(1, len(s) - 3)
        spans = [(m.start(), m.end()) for _, v in issued for m in re.finditer(re.escape(v), s)]
        if any(a - 2 <= i < b + 1 for a, b in spans):
            return s
        if s[i].isalpha() and s[i + 1].isalpha() and s[i].isascii():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def build_body(r, kind, doc, placement, ask, code, sens_email=None):
    model = r.choice(["hybridgate/auto", "gpt-4o-mini", "hybridgate/auto", "gpt-4.1"])
    sysm = {"role": "system", "content": SYSTEMS[kind]}
    if placement == "user":
        msgs = [sysm, {"role": "user", "content": f"{ask}\n\n{doc}" if r.random() < 0.6 else f"{doc}\n\n{ask}"}]
        return {"model": model, "messages": msgs}
    if placement == "system":
        return {"model": model, "messages": [{"role": "system", "content": SYSTEMS[kind] + "\nCurrent document:\n" + doc}, {"role": "user", "content": ask}]}
    if placement == "assistant":
        return {"model": model, "messages": [sysm, {"role": "user", "content": "here's the doc, read it back"}, {"role": "assistant", "content": "Received:\n" + doc},
                                             {"role": "user", "content": ask}]}
    if placement == "tool_result":
        cid = f"call_{digits(r, 10)}"
        fn = r.choice(["fetch_work_order", "get_document", "read_ticket", "lookup_claim"])
        return {"model": model, "messages": [sysm, {"role": "user", "content": ask},
                                             {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": fn, "arguments": json.dumps({"ref": digits(r, 6)})}}]},
                                             {"role": "tool", "tool_call_id": cid, "content": doc}],
                "tools": [{"type": "function", "function": {"name": fn, "description": "Fetch a document from the FSM/ERP system", "parameters": {"type": "object", "properties": {"ref": {"type": "string"}}}}}]}
    if placement == "parts":
        return {"model": model, "messages": [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": doc}]}]}
    if placement == "file":
        data = base64.b64encode(doc.encode("utf-8")).decode("ascii")
        fname = r.choice(["ticket.txt", "snags.csv", "permit.txt", "report.txt", "export.csv", "handover.txt"])
        return {"model": model, "messages": [sysm, {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "file", "file": {"filename": fname, "file_data": f"data:text/plain;base64,{data}"}}]}]}
    if placement == "tool_args":
        cid = f"call_{digits(r, 10)}"
        return {"model": model, "messages": [sysm, {"role": "user", "content": ask},
                                             {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "create_record", "arguments": json.dumps({"kind": kind, "text": doc}, ensure_ascii=False)}}]},
                                             {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "queued"})}, {"role": "user", "content": "ok and now?"}]}
    if placement == "tool_schema":
        return {"model": model, "messages": [sysm, {"role": "user", "content": ask}],
                "tools": [{"type": "function", "function": {"name": "file_document", "description": "Files the document below into the DMS.\nDocument:\n" + doc,
                                                            "parameters": {"type": "object", "properties": {"folder": {"type": "string", "enum": ["site", "hse", "ap", "service"]}}}}}]}
    if placement == "response_format":
        return {"model": model, "messages": [sysm, {"role": "user", "content": ask + "\n\n" + doc}],
                "response_format": {"type": "json_schema", "json_schema": {"name": kind, "schema": {"type": "object", "description": "Example input: " + doc[:400], "properties": {"summary": {"type": "string"}, "actions": {"type": "array", "items": {"type": "string"}}}}}}}
    if placement == "image_url":
        q = urllib.parse.urlencode({"ref": digits(r, 6), "note": doc[:300]})
        return {"model": model, "messages": [sysm, {"role": "user", "content": [{"type": "text", "text": ask + "\n" + doc},
                                                                                 {"type": "image_url", "image_url": {"url": f"https://photos.example-fsm.net/site/{digits(r, 8)}.jpg?{q}"}}]}]}
    if placement == "user_field":
        body = {"model": model, "messages": [sysm, {"role": "user", "content": f"{ask}\n\n{doc}"}]}
        body["user"] = sens_email or f"tech-{digits(r, 6)}"
        return body
    raise ValueError(placement)


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    extra = []
    for m in re.finditer(r"data:[\w/+.-]+;base64,([A-Za-z0-9+/=]+)", s):
        extra.append(base64.b64decode(m.group(1)).decode("utf-8", "replace"))
    for m in re.finditer(r"https?://[^\s\"]+", s):
        extra.append(urllib.parse.unquote_plus(m.group(0)))
    # tool-call arguments are JSON strings inside JSON: decode them too
    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "arguments" and isinstance(v, str):
                    extra.append(v)
                    try:
                        extra.append(json.dumps(json.loads(v), ensure_ascii=False))
                    except ValueError:
                        pass
                    try:
                        extra.append(json.loads(v).get("text", ""))
                    except (ValueError, AttributeError):
                        pass
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, str):
            extra.append(o)
    walk(body)
    return s + "\n" + "\n".join(x for x in extra if x)


def make_pii(seed, pools):
    r = random.Random(seed)
    codes = list(LOCALES) + ["en-US", "en-GB"]
    recs = []
    n_per_kind, n_sens, n_inc = 50, 29, 4
    plan = []
    for k, kind in enumerate(KINDS):
        for i in range(n_per_kind):
            sens = i < n_sens
            inc = sens and i >= n_sens - (n_inc if k % 2 else n_inc - 1)
            plan.append((kind, sens, inc))
    r.shuffle(plan)
    stats = collections.Counter()
    for idx, (kind, sens, inc) in enumerate(plan):
        code = codes[idx % len(codes)] if r.random() < 0.7 else r.choice(codes)
        for attempt in range(20):
            c = Ctx(r, code, pools)
            doc = KINDS[kind](c, sens, inc)
            doc = typo(r, doc, c.issued)
            ask = r.choice(ASKS[kind]) if r.random() < 0.65 or code.startswith("en") else LOCAL_ASKS[code]
            completions = idx % 10 == 3
            placement = PLACEMENTS[(idx * 5 + attempt) % len(PLACEMENTS)]
            if completions:
                body = {"model": r.choice(["hybridgate/auto", "gpt-3.5-turbo-instruct"]), "prompt": f"{SYSTEMS[kind]}\n\n{doc}\n\n### Task: {ask}\n###", "max_tokens": r.choice([256, 512, 800])}
                placement = "prompt"
            else:
                ue = None
                if placement == "user_field" and sens and not inc:
                    ue = c.email()
                body = build_body(r, kind, doc, placement, ask, code, ue)
            hay = haystack(body)
            ents, seen = [], set()
            for typ, val in c.issued:
                if val in hay and (typ, val) not in seen:
                    seen.add((typ, val))
                    ents.append({"type": typ, "value": val})
            if bool(ents) == sens:
                break
        else:
            raise SystemExit(f"could not build a {'sensitive' if sens else 'benign'} {kind} record")
        assert (len(ents) > 0) == sens
        if inc:
            assert len(ents) == 1, ents
        stats["incidental"] += inc
        stats["placement:" + placement] += 1
        recs.append({"id": f"{SPLIT}-pii-{idx + 1:04d}", "category": kind if sens else f"{kind}_benign", "sensitive": sens,
                     "entities": ents, "endpoint": "completions" if "prompt" in body else "chat", "lang": code,
                     "style": f"{kind} · {placement}" + (" · incidental" if inc else ""), "body": body})
    return recs, stats


# ----------------------------------------------------------------------------------------------- complexity
def cx_short_simple(r):
    p, a = r.randint(15, 120), r.randint(8, 95)
    return r.choice([
        ("en", f"convert {p} psi to bar, just the number"),
        ("de-DE", f"Wie viele Fliesen 60x60 brauche ich für {a} m²? +10% Verschnitt, aufrunden."),
        ("fr-FR", "Traduis « permis de feu » en anglais."),
        ("es-ES", "¿Qué significa EPI en una obra?"),
        ("pl-PL", f"Ile to {a} cali w milimetrach?"),
        ("ja-JP", "「KY活動」を英語で一言で言うと？"),
        ("zh-CN", "把“脚手架”翻译成英文。"),
        ("en", "what colour is the earth wire in UK fixed wiring?"),
        ("it-IT", "Scrivi un saluto breve per l'inizio turno, due righe."),
        ("pt-BR", "o que é NR-35 em uma frase?"),
        ("ru-RU", "Переведи «наряд-допуск» на английский."),
        ("ar-EG", "ما معنى كلمة سقالة بالإنجليزي؟"),
        ("ko-KR", "안전모를 영어로 뭐라고 해?"),
        ("tr-TR", f"{a} metre kaç feet eder?"),
        ("hi-IN", "cement ki ek bori kitne kg ki hoti hai?"),
        ("nl-NL", "Zet in het Engels: 'de steiger wordt morgen afgebroken'."),
        ("sv-SE", "Vad står PPE för?"),
        ("en", "alphabetise: rebar, formwork, anchor bolt, grout, shim, ducting"),
        ("th-TH", "คำว่า work permit ภาษาไทยคืออะไร"),
        ("vi-VN", "Dịch 'biên bản bàn giao' sang tiếng Anh."),
        ("en", f"{a} bags of 25kg — how many kg total?"),
        ("el-GR", "Πώς λέγεται «σκαλωσιά» στα αγγλικά;"),
        ("he-IL", "איך אומרים פיגום באנגלית?"),
        ("uk-UA", "Як англійською «акт прийому-передачі»?"),
    ])


def cx_short_hard(r):
    w, kw, kg, d, L = r.randint(4, 9) + 0.5, r.randint(6, 16), r.choice([630, 800, 1000]), r.choice([12, 16, 22]), r.randint(5, 9)
    return r.choice([
        ("en", f"Mobile crane lifting a {w} t precast panel + 0.6 t rigging at 14 m radius. Max outrigger reaction = 62% of (48 t crane + load). Pad 1.5x1.5 m on clay, allowable bearing 150 kPa. Is the pad OK? Show the calc, then say what you'd change and why."),
        ("de-DE", f"Wärmepumpe {kw} kW, VL 35 °C, FBH mit 6 Kreisen (45–110 m, 16x2 PE-X), ΔT 5 K. Hydraulischen Abgleich rechnen (Volumenstrom je Kreis, Druckverlust, Ventilvoreinstellung) und Annahmen begründen."),
        ("en", "Write IEC 61131-3 structured text for a lead/lag booster pump set: duty rotation every 24 h, dry-run protection, fault fallback so one failed pump never stops supply. Explain the state machine and edge cases."),
        ("fr-FR", f"Ascenseur électrique, charge {kg} kg, cabine 650 kg, contrepoids à 50 %, 1 m/s, poulie Ø400, 6 câbles Ø8. Vérifie le coefficient de sécurité des câbles selon EN 81-20 (Nequiv) et commente le résultat."),
        ("en", f"Cpk on a Ø{d} H7 bore fell from 1.67 to 0.98 after a tool change, mean still centred. Give a ranked root-cause plan, the data to collect, and a Gage R&R design to separate machine from measurement variation."),
        ("es-ES", "Penalización 800 €/día, turno extra cuesta 1.200 €/día y la ruta crítica cambia al comprimir. Plantea cómo decidir cuánto acelerar, con un ejemplo numérico de 6 actividades."),
        ("ja-JP", f"RC梁（幅300、せい600、スパン{L}m、Fc24、SD345、主筋4-D22）の曲げ耐力を概算し、等分布荷重40kN/mで安全か検討。仮定を明記して。"),
        ("zh-CN", f"离心泵在{r.randint(80, 160)} m³/h时汽蚀，NPSHa约3.1 m，NPSHr 3.8 m。给出三种改造方案并定量比较，包括用相似定律估算降速后的流量和扬程。"),
        ("pl-PL", f"Belka IPE 240, S235, rozpiętość {L} m, obciążenie 18 kN/m, brak stężeń bocznych. Sprawdź zwichrzenie wg EC3 i zaproponuj rozwiązanie."),
        ("ru-RU", "Стыковое сварное соединение, 09Г2С, 20 мм, эксплуатация при −45 °C. Разработай план контроля: методы НК, объём, критерии приёмки, обоснуй подогрев."),
        ("en", f"NEC4 option C: a compensation event for unforeseen ground delays the critical path {r.randint(2, 6)} weeks, but the contractor was already 2 weeks late by its own fault. How is the CE assessed and what happens to Completion Date? Argue both sides."),
        ("pt-BR", f"Queda de tensão: circuito trifásico 380 V, {kw} kW, fp 0,85, 120 m de cobre 16 mm². Atende 4% da NBR 5410? Se não, redimensione e justifique."),
        ("ko-KR", "진동에서 1X와 BPFO가 같이 증가할 때 불평형·미스얼라인먼트·베어링 결함을 구별하는 단계별 진단 로직을 설계해줘."),
        ("it-IT", f"Dimensiona il vaso d'espansione: impianto con {r.randint(300, 1200)} litri, Tmax 80 °C, precarica 1,5 bar, valvola 3 bar. Spiega ogni passaggio."),
        ("tr-TR", f"{r.randint(5, 12)} katlı betonarme binada güçlü kolon-zayıf kiriş koşulunu sayısal örnekle kontrol et ve sonucu yorumla."),
        ("ar-EG", f"مولد ديزل {r.choice([150, 250, 400])} kVA يغذي ورشة. احسب هبوط الجهد عند بدء محرك 55 kW مباشرة وقارن مع نجمة-دلتا ومحول تردد واقترح الأنسب."),
        ("hi-IN", "Conveyor bearings ke failure times 1200, 1850, 2300, 2900, 3400 hours hain. Weibull β aur η estimate karo aur batao preventive replacement kab karein agar breakdown cost planned se 5 guna hai."),
        ("en", "Design a FMEA for a hot-dip galvanising line's flux tank: list failure modes, effects, causes, RPN with justification, and the top 3 actions. Be rigorous."),
    ])


def inventory(r, n):
    items = ["bearing 6205-2RS", "V-belt SPA 1250", "contactor 3RT2026", "fuse 20A gG", "O-ring 40x3 NBR", "hydraulic hose 1/2\" 2SN", "encoder 1024ppr",
             "proximity sensor M18", "gear oil ISO VG 220 20L", "filter element 10µ", "door roller 42mm", "PCB 87161240", "thermocouple K", "gasket DN80 PN16"]
    return "\n".join(f"{i + 1:03d};{r.choice(items)};bin {r.choice('ABCDEF')}{r.randint(1, 40)};qty {r.randint(0, 60)};min {r.randint(1, 10)}" for i in range(n))


def site_diary(r, n):
    acts = ["poured slab bay {x}", "rebar delivery checked vs schedule", "rain stopped brickwork at 14:00", "scaffold inspected, tag updated", "crane down for LOLER exam",
            "plasterers on level {x}", "M&E first fix zone {x}", "concrete cubes taken, slump 80mm", "toolbox talk: manual handling", "skip swapped"]
    out = []
    for i in range(n):
        out.append(f"Day {i + 1}: " + "; ".join(a.format(x=r.randint(1, 9)) for a in r.sample(acts, 3)) + f". Weather {r.choice(['dry', 'wet', 'windy', 'cold'])}, {r.randint(8, 45)} operatives.")
    return "\n".join(out)


def lift_log(r, n):
    ev = ["DOOR_OPEN", "DOOR_CLOSE", "DOOR_LOCK_OK", "SAFETY_CHAIN_OPEN SC3", "SAFETY_CHAIN_OK", "LEVEL_ERR +{x}mm", "RUN_UP", "RUN_DN", "BRAKE_LIFT", "BRAKE_DROP", "INV_OC", "RELEVEL", "UCM_TEST"]
    t = 0
    out = []
    for _ in range(n):
        t += r.randint(1, 40)
        out.append(f"{t // 3600:02d}:{(t // 60) % 60:02d}:{t % 60:02d} F{r.randint(0, 12)} {r.choice(ev).format(x=r.randint(5, 30))}")
    return "\n".join(out)


def activities(r, n):
    out = ["id;activity;duration_d;predecessors"]
    for i in range(1, n + 1):
        pre = ",".join(str(x) for x in sorted(r.sample(range(1, i), min(i - 1, r.randint(1, 2))))) if i > 1 else "-"
        out.append(f"A{i};{r.choice(['excavate', 'blind', 'rebar', 'formwork', 'pour', 'strip', 'frame', 'roof', 'M&E 1st fix', 'drylining', 'screed', 'finishes', 'commissioning'])} {i};{r.randint(2, 15)};{pre}")
    return "\n".join(out)


def spc(r, n):
    return "\n".join(f"sg{i + 1};" + ";".join(f"{22 + r.gauss(0.004 if i > n * 0.6 else 0, 0.006):.4f}" for _ in range(5)) for i in range(n))


def boq(r, n):
    items = ["concrete C32/40 m3", "rebar B500B t", "blockwork 140mm m2", "plasterboard 12.5 m2", "screed 65mm m2", "cable tray 150 m", "copper pipe 22mm m"]
    return "\n".join(f"{i + 1};{r.choice(items)};BoQ {r.randint(20, 900)};measured {r.randint(20, 900)};rate {r.randint(8, 950)}.00" for i in range(n))


def pad(doc_fn, r, minlen):
    n = 18
    doc = doc_fn(r, n)
    while len(doc) < minlen and n < 400:
        n += 6
        doc = doc_fn(r, n)
    return doc


LE_ASKS = [("en", "sort this alphabetically by description, nothing else"), ("de-DE", "Bitte als Tabelle formatieren, nichts ändern."),
           ("fr-FR", "Mets ça en CSV propre, merci."), ("es-ES", "Cuenta cuántas líneas hay."), ("pl-PL", "Przetłumacz nagłówki na angielski."),
           ("ja-JP", "読みやすく箇条書きにして。"), ("zh-CN", "帮我把这个整理成表格。"), ("pt-BR", "só corrige a formatação, por favor"),
           ("ru-RU", "Просто оформи в виде таблицы."), ("tr-TR", "Bunu tablo haline getir."), ("nl-NL", "Zet dit in een nette lijst."), ("en", "fix the typos and keep everything else")]
LH_ASKS = {
    "lift": [("en", "Here is the controller log of a lift that intermittently stops between floors. Reconstruct the failure sequence, explain how the door-lock circuit, safety chain and brake interact here, identify the most likely root cause vs alternatives, and write a test plan to prove it."),
             ("de-DE", "Das ist das Steuerungslog eines Aufzugs mit sporadischen Stillständen. Rekonstruiere die Fehlerkette, erkläre das Zusammenspiel Türverriegelung/Sicherheitskreis/Bremse, bewerte Ursachen und schreibe einen Prüfplan.")],
    "cpm": [("en", "Compute the critical path, early/late starts and total float for every activity, then show the effect of a 6-day delay on A7 and propose the cheapest crash plan if each day of crashing costs 1.5k on any critical activity with max 3 days each."),
            ("es-ES", "Calcula la ruta crítica y holguras de todas las actividades, el efecto de 6 días de retraso en A7 y propone el plan de compresión más barato (1.500 €/día, máx. 3 días por actividad).")],
    "spc": [("en", "These are subgroups of 5 bore diameters (spec 22.000 ±0.025). Build X̄-R limits from the first 20 subgroups, apply the Western Electric rules to the rest, compute Cp/Cpk before and after the shift, and write the D4 root-cause section of an 8D."),
            ("ja-JP", "5個ずつのサブグループ（規格22.000±0.025）です。最初の20群でX̄-R管理限界を作り、残りにウェスタン・エレクトリック・ルールを適用、シフト前後のCp/Cpkを計算し、8DのD4を書いて。")],
    "boq": [("en", "Reconcile BoQ vs measured quantities, value the variations at the rates given, decide which differences look like measurement error vs genuine scope change (explain your tests), and draft the argument for the variation account."),
            ("pl-PL", "Uzgodnij przedmiar z obmiarem, wyceń różnice, oceń które to błędy obmiaru a które zmiany zakresu (uzasadnij) i przygotuj argumentację do rozliczenia robót dodatkowych.")],
    "diary": [("en", "From this site diary, reconstruct a delay analysis: which events were employer risk vs contractor risk, estimate the net entitlement to extension of time using a windows analysis, and state the assumptions a tribunal would challenge."),
              ("fr-FR", "À partir de ce journal de chantier, fais une analyse des retards par fenêtres : risques maître d'ouvrage vs entreprise, droit net à prolongation de délai, et les hypothèses contestables.")],
}


def make_cx(seed):
    r = random.Random(seed + 1)
    plan = ["short_simple"] * 48 + ["long_easy"] * 48 + ["short_hard"] * 48 + ["long_hard"] * 46
    r.shuffle(plan)
    recs = []
    long_docs = {"lift": lift_log, "cpm": activities, "spc": spc, "boq": boq, "diary": site_diary}
    for i, cat in enumerate(plan):
        sysm = r.choice(["You are an assistant for a construction and facilities company.", "You help maintenance engineers.", None, "You support a factory quality team."])
        if cat == "short_simple":
            lang, text = cx_short_simple(r)
            style = "short/easy"
        elif cat == "short_hard":
            lang, text = cx_short_hard(r)
            style = "short/engineering"
        elif cat == "long_easy":
            fn = r.choice([inventory, site_diary, lift_log, boq])
            doc = pad(fn, r, 1600)
            lang, ask = r.choice(LE_ASKS)
            text = f"{ask}\n\n{doc}" if r.random() < 0.7 else f"{doc}\n\n{ask}"
            style = f"long/reformat/{fn.__name__}"
        else:
            key = r.choice(list(LH_ASKS))
            doc = pad(long_docs[key], r, r.choice([900, 1600, 2500]))
            lang, ask = r.choice(LH_ASKS[key])
            text = f"{ask}\n\n{doc}"
            style = f"long/analysis/{key}"
        msgs = ([{"role": "system", "content": sysm}] if sysm else []) + [{"role": "user", "content": text}]
        body = {"model": "hybridgate/auto", "messages": msgs}
        if cat == "long_easy":
            assert len(text) >= 1500, len(text)
        label = 1 if cat in ("short_hard", "long_hard") else 0
        recs.append({"id": f"{SPLIT}-cx-{i + 1:04d}", "category": cat, "label": label, "length_adversarial": cat in ("short_hard", "long_easy"),
                     "endpoint": "chat", "lang": lang, "style": style, "body": body})
    return recs


# ----------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20270311)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    FROZEN.update(frozen_words())
    pools = Pools(random.Random(a.seed))
    pii, stats = make_pii(a.seed, pools)
    cx = make_cx(a.seed)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in ((f"pii_{SPLIT}.jsonl", pii), (f"complexity_{SPLIT}.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ns = sum(x["sensitive"] for x in pii)
    print(f"frozen word set: {len(FROZEN)} entries; pool entries dropped by the freeze: {dict(sorted(FREEZE_DROPPED.items()))}")
    print(f"pii_{SPLIT}: {len(pii)} records ({sum(x['endpoint'] == 'chat' for x in pii)} chat, {sum(x['endpoint'] == 'completions' for x in pii)} completions), "
          f"{len({x['lang'] for x in pii})} locales, {ns} sensitive / {len(pii) - ns} benign, {stats['incidental']} incidental")
    print("categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("entity types:", dict(sorted(collections.Counter(e["type"] for x in pii for e in x["entities"]).items())))
    print("placements:", dict(sorted((k[10:], v) for k, v in stats.items() if k.startswith("placement:"))))
    print(f"complexity_{SPLIT}: {len(cx)} records, {len({x['lang'] for x in cx})} language tags, "
          f"{dict(sorted(collections.Counter(x['category'] for x in cx).items()))}, "
          f"{sum(x['length_adversarial'] for x in cx)} length-adversarial, {sum(x['label'] for x in cx)} labelled 1")


if __name__ == "__main__":
    main()
