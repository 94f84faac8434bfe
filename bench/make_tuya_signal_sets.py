#!/usr/bin/env python3
"""Tuya: a blind evaluation split for the request signals, organised by the AGRICULTURE, VETERINARY CARE AND
FOOD SUPPLY CHAIN world.

Writes bench/data/signals/pii_tuya.jsonl and bench/data/signals/complexity_tuya.jsonl in the record schema of
the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read only the first 70 lines of bench/make_delta_signal_sets.py (schema and label
    conventions), the first two lines of pii_delta.jsonl / complexity_delta.jsonl and the batch brief. The
    detector, its tests, the evaluator, results, docs, policies and commit messages were not read. The other
    generators were never opened: at run time their sources are scanned automatically (capitalised words,
    non-ASCII words and non-ASCII bigrams) and every name, street, town, company, eponym and public-role
    pool entry of this file that shares a word with that set is dropped and re-drawn from invented,
    locale-typical parts (capped retries, re-checked). This file skips itself in that scan.

Organising principle and the line drawn
    Farms and co-operatives, vets and animal clinics, livestock movement and traceability, agricultural
    subsidies and inspections, lab results, food processing and recalls, farmers' markets and farm shops,
    seasonal workers, agronomy advice. Ten kinds, each a category (sensitive: ``<kind>``, benign hard
    negative of the same kind: ``<kind>_benign``): herd_register, vet_casenote, movement_licence,
    subsidy_claim, farm_inspection, lab_result, food_recall, farm_shop, seasonal_worker, agronomy_chat.
    Personal data (sensitive) = data about a private natural person: the farmer, keeper, owner of a pet, a
    seasonal worker, a consumer who complained, a shop customer -- names, phones, personal e-mails, home /
    farm-house addresses, birth dates of people, national / tax / health-insurance numbers, IBANs, cards,
    US bank numbers, hospital record numbers, a keeper's home IP address in a software log. A first name
    with a relation or role cue ("my neighbour X", "ring X the herdswoman") counts.
    NOT personal data (benign): animals and their data (ear tags, passport numbers, a calf's birth date, a
    dog called by its pet name), holding / herd / establishment numbers, CPH-style and approval numbers,
    batch, lot, sample and licence references, EAN barcodes, organisations' own contact data (a practice's
    switchboard, a co-op's role mailbox, a registered office, a ministry helpline), public figures and
    historical scientists in their public role, eponyms (diseases, methods, cultivars, machinery brands),
    fictional characters, blank forms with placeholders, documentation / test values (an IBAN example, a
    payment test card, RFC 5737 addresses, private LAN addresses of a milking robot), aggregated or already
    anonymised data.

Labels
    ``entities`` lists dicts {type, value} for every personal value the record issued that is found in the
    serialised body (file parts base64-decoded, URLs unquoted); sensitive is true iff entities is non-empty
    (asserted). Types: person, PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, DATE_OF_BIRTH, NATIONAL_ID,
    TAX_ID, HEALTH_INSURANCE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, ssn (US only), US_BANK_NUMBER,
    MEDICAL_RECORD. Complexity: label 1 = needs a strong model (short_hard, long_hard); length_adversarial
    for short_hard and long_easy (>= 1,500 chars).

Contents
    Seed 20270311 (the run prints all counts). pii_tuya.jsonl: 500 requests (455 chat, 45 completions) in 21
    locales (en-GB, en-IE, en-US, de-DE, fr-FR, es-ES, it-IT, nl-NL, pl-PL, ro-RO, el-GR, tr-TR, hi-IN, th-TH,
    ja-JP, ko-KR, uk-UA, es-MX, pt-BR, he-IL, ar-EG; Latin, Greek, Cyrillic, Devanagari, Thai, Han/Kana,
    Hangul, Hebrew, Arabic scripts); 10 kinds x 50 (29 sensitive + 21 benign): 290 sensitive / 210 benign;
    40 sensitive records carry a single incidental item; 11 placements rotated (~45 each).
    complexity_tuya.jsonl: 190 chat requests in 18 language tags: short_simple 48, long_easy 48, short_hard 48,
    long_hard 46; 96 length-adversarial, 94 labelled 1.
    Freeze: ~111k frozen words; about a thousand drawn pool entries were rejected and re-drawn; many local
    generic street words were frozen, so several locales fall back to "<invented stem> <no>, <invented town>"
    addresses; of the benign name pools 7 public figures, 6 fictional characters and 5 animal names survive.

Validation
    Every identifier is generated with check digits and validated with python-stdnum (IBAN incl. national
    checks, NHS, UTR, PPS, Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, PESEL, NIP, CNP, AMKA, AFM, TC
    Kimlik, Aadhaar, PAN, Thai PIN, My Number, RRN, RNOKPP, CURP, CPF, Israeli ID, SSN, ABA routing), cards
    with Luhn, phones with ``phonenumbers`` (valid for the region); an invalid value aborts the run. Every
    retry loop is capped.

Command (deterministic; python-stdnum and phonenumbers from the project venv)
    python bench/make_tuya_signal_sets.py [--seed 20270311] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import json
import pathlib
import random
import re
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.dk import cpr  # noqa: F401  (imported to assert availability)
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka, vat as gr_vat
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.ro import cnp
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn as us_ssn

HERE = pathlib.Path(__file__).resolve().parent
SPLIT = "tuya"

FROZEN_AGAINST = ("arete atlas atoll bajada barchan bayou blind butte canyon cenote cirque coulee cuesta delta "
                  "drumlin dune esker estuary fen fjord fumarole geyser glacier heron hoodoo inselberg isthmus kame "
                  "karst kestrel lagoon lantern loess meadow mesa mogote moraine mosaic nunatak oxbow pingo playa "
                  "polje quarry scree sealed sierra skerry steppe tafoni tarn tepui tombolo tundra unseen "
                  "ventifact wild yardang talus serac moulin hogback kettle erg sandur ria guyot tor cwm pediment "
                  "lahar maar horst tuya kipuka sastrugi").split()
WORD = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0900-\u0DFF\u0E00-\u0E7F]+")


def frozen_words():
    words = set()
    own = pathlib.Path(__file__).resolve()
    for name in FROZEN_AGAINST:
        p = HERE / f"make_{name}_signal_sets.py"
        if not p.exists() or p.resolve() == own or name == SPLIT:
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


def is_frozen(entry: str) -> bool:
    toks = [t.lower() for t in WORD.findall(entry)]
    toks += [m.group(0).lower() for m in re.finditer(r"\b[A-Za-z][A-Za-z'\-]+", entry)]
    for t in toks:
        if t in FROZEN:
            return True
    prev = None
    for t in WORD.findall(entry):
        t = t.lower()
        if any(ord(c) > 127 for c in t):
            if prev is not None and (prev + " " + t) in FROZEN:
                return True
            prev = t
        else:
            prev = None
    return False


def draw(rng, maker, pool_name, tries=2000):
    """Draw one pool entry from maker(rng) that survives the freeze (capped retries)."""
    for _ in range(tries):
        v = maker(rng)
        if not is_frozen(v):
            return v
        FREEZE_STATS[pool_name] += 1
    raise SystemExit(f"freeze emptied pool {pool_name}")


def filter_pool(entries, pool_name, minimum=0):
    kept = [e for e in entries if not is_frozen(e)]
    FREEZE_STATS[pool_name] += len(entries) - len(kept)
    if len(kept) < minimum:
        raise SystemExit(f"freeze left {len(kept)} entries in {pool_name}")
    return kept


# ----------------------------------------------------------------------------------------------------------
# Locales: invented name / place parts, labels, one short sentence per kind in the local language
# ----------------------------------------------------------------------------------------------------------
US_STATES = filter_pool(["IA", "NE", "WI", "KS", "MN", "ND", "SD", "MT", "ID", "WY", "OK", "AR", "MO", "VT", "KY"], "us_states")
LOC = {
    "en-GB": dict(region="GB", date="%d/%m/%Y",
                  g=(["Al", "Bren", "Car", "Dun", "El", "Gar", "Hal", "Iv", "Jos", "Ker", "Lan", "Mer", "Nor", "Os",
                      "Per", "Ros", "Sel", "Tam", "Wil", "Ed"], ["wyn", "ric", "ella", "ton", "da", "ey", "an", "ie", "ette", "rick"]),
                  s=(["Ash", "Brack", "Cald", "Dray", "Hart", "Kel", "Mow", "Pud", "Rad", "Stan", "Thorn", "Wend",
                      "Yarn", "Gost", "Lud", "Pell"], ["by", "combe", "ley", "well", "ridge", "ham", "stock", "worth", "sell", "acre"]),
                  town=(["Lud", "Wex", "Sol", "Har", "Bix", "Chad", "Mor", "Tew", "Pen", "Quen"], ["bury", "ford", "wick", "hampton", "leigh", "stow"]),
                  street=["{n} {S} {G}", "{S} {G2}, {T}", "{n} {S}{G3}"], G=["Lane", "Drove", "Road", "Hollow", "Rise"],
                  G2=["Farm", "Barns", "Steading", "Grange", "Cottages"], G3=["gate", "side", "croft"],
                  post=lambda r: f"{r.choice('BDHLSTWY')}{r.choice('ADEHLNRS')}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                  L=dict(name="Name", dob="DOB", addr="Address", tel="Tel", mail="Email"),
                  k=dict(herd="herd reg updated after TB test, 2 IRs", vet="seen on farm, calved overnight, retained cleansing",
                         move="movement licence needed for the store lambs", claim="SFI claim, hedgerow actions on fields 3-7",
                         insp="unannounced inspection, cattle passports checked", lab="bulk milk sample, SCC a bit high",
                         recall="customer says the pasty had plastic in it", shop="farm shop order for Saturday collection",
                         work="seasonal pickers start Monday at the strawberry tunnels", crop="blight risk high this week, spray window Thurs")),
    "en-IE": dict(region="IE", date="%d/%m/%Y",
                  g=(["Ao", "Bri", "Cia", "Dei", "Eo", "Fia", "Grai", "Nia", "Ois", "Ro", "Sea", "Tad"], ["rán", "ne", "gh", "dhg", "na", "lín", "an", "ín"]),
                  s=(["Mac", "Ó", "Mc", "Ní"], [" Cathmhaoil", " Dorcaigh", "Ardle", "Fennessy", "Gourley", " Rinn", "Kelleher", "Tiernagh", "Loughnane", "Brannock"]),
                  town=(["Bally", "Kil", "Clon", "Dun", "Carrig", "Rath"], ["namore", "dreen", "maghan", "cullen", "tobin", "beggan"]),
                  street=["{S}, {T}, Co. {C}", "{n} {S} {G}, {T}"], G=["Road", "Lane", "Cross"],
                  C=["Laois", "Offaly", "Cavan", "Clare", "Tipperary", "Monaghan"],
                  post=lambda r: f"{r.choice('ACDEFHKNPRTVWXY')}{r.randint(10, 99)} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(100, 999)}",
                  L=dict(name="Name", dob="Date of birth", addr="Address", tel="Mobile", mail="Email"),
                  k=dict(herd="herd profile after the mart, 14 weanlings", vet="calf scour, gave electrolytes, check in 24h",
                         move="AIM movement to the factory on Tuesday", claim="BISS and ACRES application, parcels attached",
                         insp="cross-compliance inspection, nitrates records", lab="blood samples for BVD, tissue tags posted",
                         recall="customer rang about the black pudding", shop="box for Friday market stall",
                         work="lads for the silage and the spuds", crop="grass growth 60 kg DM, spread 25 units N")),
    "en-US": dict(region="US", date="%m/%d/%Y",
                  g=(["Ja", "Co", "Bry", "Del", "Har", "Lo", "Mar", "Ty", "Wy", "Rae", "Kel", "Dar"], ["den", "lene", "son", "vin", "anne", "lon", "cy", "ett"]),
                  s=(["Hol", "Brenn", "Culp", "Dorf", "Gris", "Kaub", "Lind", "Myr", "Schwen", "Tull"], ["ecker", "man", "inger", "wald", "sted", "ridge", "quist"]),
                  town=(["Elk", "Cedar", "Plum", "Otter", "Mill"], ["dale", "wood", "ton", "ville", "haven"]),
                  street=["{n} County Rd {k}, {T}", "{n} {S} {G}, {T}", "{n}{k} {S} {G}, {T}"],
                  G=["Rd", "Ln", "Pike", "Trail", "Hwy", "Dr", "Run", "Bend", "Hollow Rd", "Ridge Rd", "Grade"],
                  post=lambda r: (f"{r.choice(US_STATES)} " if US_STATES else "") + f"{r.randint(50000, 68999)}",
                  L=dict(name="Name", dob="DOB", addr="Address", tel="Cell", mail="Email"),
                  k=dict(herd="herd records after preg check, 4 opens", vet="down cow, milk fever, gave CMPK",
                         move="CVI for the feeders going to Nebraska", claim="EQIP application and crop insurance",
                         insp="state dairy inspection, PMO violations", lab="Johne's ELISA panel from the vet lab",
                         recall="consumer complaint on the ground beef", shop="CSA box order, pickup at the stand",
                         work="H-2A crew arrives next week", crop="corn at V6, side-dress N this week")),
    "de-DE": dict(region="DE", date="%d.%m.%Y",
                  g=(["Ha", "Jo", "Wil", "Lo", "Gre", "Ul", "Rei", "Mat", "Frie", "Kla"], ["rald", "ke", "helm", "tte", "tje", "rike", "nhard", "thias", "dolin"]),
                  s=(["Brenn", "Holz", "Kalt", "Rüb", "Stoll", "Wies", "Dörr", "Hütt", "Lind", "Mahl"], ["ecker", "bauer", "mann", "hagen", "rieder", "meier", "gruber", "kamp", "bichler"]),
                  town=(["Ober", "Nieder", "Alt", "Hohen", "Klein"], ["haldenried", "wiesbach", "moosing", "rübsdorf", "ellingen"]),
                  street=["{S}{G} {n}", "{S}hof {n}"], G=["weg", "straße", "gasse", "ring"],
                  post=lambda r: f"{r.randint(1, 9)}{r.randint(1000, 9999)}",
                  L=dict(name="Name", dob="Geb.-Datum", addr="Anschrift", tel="Tel.", mail="E-Mail"),
                  k=dict(herd="Bestandsregister nach HIT-Meldung aktualisiert", vet="Kuh festliegend, Milchfieber, Calcium i.v.",
                         move="Abgang zum Schlachthof, HIT-Meldung fehlt", claim="Sammelantrag Direktzahlungen eingereicht",
                         insp="Cross-Compliance-Kontrolle, Tierkennzeichnung geprüft", lab="Milchleistungsprüfung, Zellzahl erhöht",
                         recall="Kundin meldet Fremdkörper in der Wurst", shop="Bestellung Hofladen, Abholung Samstag",
                         work="Erntehelfer für die Spargelsaison", crop="Krautfäule-Warnung, Spritzfenster Donnerstag")),
    "fr-FR": dict(region="FR", date="%d/%m/%Y",
                  g=(["Gaë", "Ma", "Lu", "Ber", "Cla", "Syl", "Au", "Rom", "Éli", "Jo"], ["lle", "thieu", "cie", "trand", "rine", "vain", "rélien", "ane", "sette"]),
                  s=(["Lafou", "Maur", "Bouss", "Chaup", "Delm", "Pey", "Vaill", "Ross", "Garr", "Teiss"], ["ard", "ière", "eau", "ac", "ignac", "ou", "enc", "elier"]),
                  town=(["Saint-", "Ville", "Mont", "Bourg"], ["Aubrac", "fargues", "sauvaillac", "ecorne", "ternay"]),
                  street=["{n} chemin des {S}s, {T}", "lieu-dit {S}, {T}", "{n} {G} {S}, {T}"], G=["route de", "impasse", "allée"],
                  post=lambda r: f"{r.choice(['12', '15', '19', '23', '43', '63', '87'])}{r.randint(100, 999)}",
                  L=dict(name="Nom", dob="Né(e) le", addr="Adresse", tel="Tél", mail="Courriel"),
                  k=dict(herd="registre d'élevage mis à jour après la prophylaxie", vet="vêlage difficile, césarienne, veau vivant",
                         move="document d'accompagnement pour les broutards", claim="dossier PAC télédéclaré, aides couplées",
                         insp="contrôle conditionnalité, identification bovine", lab="analyse de lait, cellules élevées",
                         recall="une cliente signale un corps étranger dans le fromage", shop="commande au magasin de producteurs",
                         work="saisonniers pour les vendanges", crop="risque mildiou élevé, traiter avant la pluie")),
    "es-ES": dict(region="ES", date="%d/%m/%Y",
                  g=(["Ma", "Jo", "Ro", "Ali", "Ire", "Nu", "Eu", "Fe", "Ana", "Lo"], ["nuela", "aquín", "cío", "cia", "ne", "ria", "sebio", "rmín", "bel"]),
                  s=(["Garri", "Olmed", "Villa", "Carr", "Sant", "Bermu", "Alcañ", "Torr", "Peñal"], ["ga", "illa", "rrubia", "asco", "ez", "ón", "ejo", "iza"]),
                  town=(["Villa", "Torre", "Fuente", "Casa"], ["rrubia del Campo", "jimena", "lapiedra", "nueva de Olmos"]),
                  street=["{G} {S}, {n}, {T}", "Finca {S}, {T}"], G=["C/", "Camino", "Travesía"],
                  post=lambda r: f"{r.choice(['02', '05', '13', '16', '45', '49'])}{r.randint(100, 999)}",
                  L=dict(name="Nombre", dob="Fecha de nacimiento", addr="Domicilio", tel="Tlf", mail="Correo"),
                  k=dict(herd="libro de registro de explotación actualizado", vet="oveja con mamitis, antibiótico 3 días",
                         move="guía de traslado para los corderos", claim="solicitud única PAC, ecorregímenes",
                         insp="inspección de bienestar animal en la granja", lab="resultado de leche, células somáticas",
                         recall="un cliente encontró un trozo de plástico en el chorizo", shop="pedido para el mercado de los sábados",
                         work="temporeros para la campaña de la fresa", crop="riesgo de mildiu, tratar antes del jueves")),
    "it-IT": dict(region="IT", date="%d/%m/%Y",
                  g=(["Gia", "Lo", "Ma", "Fe", "Ro", "Sil", "Ar", "Ele", "Do", "Te"], ["como", "renza", "rtina", "derico", "saria", "vana", "mando", "onora", "resa"]),
                  s=(["Bor", "Cas", "Fer", "Lan", "Mar", "Pel", "Ross", "Tar", "Vig", "Zan"], ["ghetti", "aluce", "rari", "dolfi", "ucci", "izzari", "ellini", "anò", "onelli"]),
                  town=(["Borgo ", "Castel", "San ", "Monte"], ["Lavezzo", "franco", "Pietrone", "ciliegio", "rotondo"]),
                  street=["{G} {S} {n}, {T}", "Cascina {S}, {T}"], G=["Via", "Strada", "Località"],
                  post=lambda r: f"{r.choice(['12', '26', '42', '43', '46'])}{r.randint(0, 999):03d}",
                  L=dict(name="Nome", dob="Data di nascita", addr="Indirizzo", tel="Cell.", mail="Email"),
                  k=dict(herd="registro di stalla aggiornato in BDN", vet="vacca con mastite, trattata, latte scartato",
                         move="modello 4 per i vitelli verso l'ingrasso", claim="domanda unica PAC presentata al CAA",
                         insp="controllo ASL benessere animale", lab="analisi latte, cellule somatiche alte",
                         recall="una cliente ha trovato un corpo estraneo nel salame", shop="ordine per lo spaccio aziendale",
                         work="stagionali per la vendemmia", crop="rischio peronospora, trattare entro giovedì")),
    "nl-NL": dict(region="NL", date="%d-%m-%Y",
                  g=(["Ger", "Wil", "Hen", "Ma", "Jan", "Fem", "Ri", "Tjit", "Bau", "Sjo"], ["rit", "lemijn", "drika", "rieke", "neke", "ke", "ck", "ske", "ke", "rd"]),
                  s=(["van de ", "ter ", "Hoog", "Brink", "Veen", "Wester", "Klaas"], ["Boskamp", "Horst", "endijk", "huis", "stra", "werf", "sma", "Molenveld"]),
                  town=(["Oude ", "Nieuw-", "Wester", "Ooster"], ["Boskamp", "wolde", "veen", "Haarle", "dijk"]),
                  street=["{S}{G} {n}, {T}", "{S}{G} {n}"], G=["weg", "straat", "dijk", "laan"],
                  post=lambda r: f"{r.randint(7000, 9999)} {r.choice('ABCDEGHJKLMNPRST')}{r.choice('ABCDEGHJKLMNPRST')}",
                  L=dict(name="Naam", dob="Geboortedatum", addr="Adres", tel="Tel", mail="E-mail"),
                  k=dict(herd="I&R-registratie bijgewerkt na afkalven", vet="koe met lebmaagverdraaiing, geopereerd",
                         move="afvoermelding kalveren naar de mester", claim="Gecombineerde opgave ingediend bij RVO",
                         insp="NVWA-controle op dierenwelzijn", lab="tankmelk uitslag, celgetal hoog",
                         recall="klant meldt plastic in de kaas", shop="bestelling boerderijwinkel voor zaterdag",
                         work="seizoenskrachten voor de aardbeienpluk", crop="phytophthora-waarschuwing, spuiten donderdag")),
    "pl-PL": dict(region="PL", date="%d.%m.%Y",
                  g=(["Bog", "Zdzi", "Mał", "Wie", "Halin", "Kry", "Jad", "Mie", "Sta", "Teo"], ["na", "sław", "gorzata", "sława", "a", "styna", "wiga", "czysław", "nisław"]),
                  s=(["Kowal", "Grab", "Wierzb", "Olsz", "Sadow", "Kłos", "Jarz", "Mroc", "Dęb"], ["czyk", "owski", "iak", "ewicz", "ska", "ek", "ński", "owiak"]),
                  town=(["Wola ", "Nowa ", "Stara ", "Górna "], ["Kłosowa", "Jarzębina", "Olszynka", "Dębówka", "Mrocza"]),
                  street=["{T} {n}", "{G} {S}a {n}, {T}"], G=["ul.", "ulica", "os."],
                  post=lambda r: f"{r.randint(10, 99)}-{r.randint(100, 999)}",
                  L=dict(name="Imię i nazwisko", dob="Data urodzenia", addr="Adres", tel="Tel.", mail="E-mail"),
                  k=dict(herd="księga rejestracji bydła zaktualizowana", vet="krowa z zapaleniem wymienia, antybiotyk",
                         move="zgłoszenie przemieszczenia do ARiMR", claim="wniosek o płatności bezpośrednie 2025",
                         insp="kontrola IW dobrostanu zwierząt", lab="wyniki mleka, podwyższona liczba komórek",
                         recall="klientka znalazła kawałek szkła w dżemie", shop="zamówienie na targ w sobotę",
                         work="pracownicy sezonowi do zbioru truskawek", crop="zagrożenie zarazą, oprysk w czwartek")),
    "ro-RO": dict(region="RO", date="%d.%m.%Y",
                  g=(["Io", "Ma", "Flo", "Ni", "Vio", "Mir", "Do", "Ste", "Ga", "Lu"], ["nuț", "rioara", "rin", "culina", "rel", "ela", "rina", "lian", "briela"]),
                  s=(["Bră", "Cio", "Dumi", "Gheor", "Mun", "Pră", "Stoi", "Vâl", "Zam"], ["tescu", "banu", "trașcu", "ghiță", "teanu", "jinaru", "cea", "fir"]),
                  town=(["Valea ", "Sat ", "Poiana ", "Dealu "], ["Mărului", "Stânii", "Cioplea", "Ulmului", "Brăteni"]),
                  street=["{G} {S} nr. {n}, {T}", "sat {T}, nr. {n}", "{G} {S} {n}, {T}"], G=["str.", "strada", "drumul", "fundătura", "calea", "aleea", "ulița"],
                  post=lambda r: f"{r.randint(100000, 999999)}",
                  L=dict(name="Nume", dob="Data nașterii", addr="Adresa", tel="Tel", mail="E-mail"),
                  k=dict(herd="registrul exploatației actualizat", vet="vacă cu mamită, tratament 3 zile",
                         move="formular de mișcare animale spre abator", claim="cererea unică de plată APIA",
                         insp="control DSVSA la fermă", lab="analize lapte, celule somatice mari",
                         recall="o clientă a găsit plastic în brânză", shop="comandă pentru piața de sâmbătă",
                         work="sezonieri pentru cules", crop="risc de mană, stropit joi")),
    "el-GR": dict(region="GR", date="%d/%m/%Y",
                  g=(["Ευ", "Θεο", "Κλε", "Μυρ", "Ξαν", "Σταυ", "Χαρ", "Αρ", "Δη", "Φω"], ["γένιος", "δώρα", "άνθη", "σίνη", "θίππη", "ρούλα", "ίκλεια", "μήτρης", "τεινή"]),
                  s=(["Καρα", "Μαυρο", "Χατζη", "Λαζα", "Ξυλο", "Σπανο", "Τσιρο", "Βλαχο"], ["κώστας", "γιάννης", "πουλος", "ρίδης", "λάκης", "γιαννάκη", "μήτρου"]),
                  town=(["Άνω ", "Κάτω ", "Νέα ", "Παλαιά "], ["Ξυλόκαστρο", "Μαυρόλακκα", "Σπανοχώρι", "Τσιρόβρυση", "Βλαχόρραχη"]),
                  street=["{S}ου {n}, {T}", "{G} {S}ου {n}, {T}"], G=["οδός", "Οδός", "Πάροδος", "Λεωφόρος", "Αγροτική οδός", "Αδιέξοδο"],
                  post=lambda r: f"{r.randint(400, 699)} {r.randint(10, 99)}",
                  L=dict(name="Ονοματεπώνυμο", dob="Ημ. γέννησης", addr="Διεύθυνση", tel="Τηλ.", mail="Email"),
                  k=dict(herd="μητρώο εκμετάλλευσης ενημερώθηκε", vet="προβατίνα με μαστίτιδα, αντιβίωση",
                         move="άδεια διακίνησης για τα αρνιά", claim="ΟΣΔΕ δήλωση υποβλήθηκε",
                         insp="έλεγχος κτηνιατρικής υπηρεσίας", lab="αποτελέσματα γάλακτος, σωματικά κύτταρα",
                         recall="πελάτισσα βρήκε ξένο σώμα στη φέτα", shop="παραγγελία για τη λαϊκή",
                         work="εποχικοί εργάτες για τη συγκομιδή", crop="κίνδυνος περονόσπορου, ψεκασμός Πέμπτη")),
    "tr-TR": dict(region="TR", date="%d.%m.%Y",
                  g=(["Ay", "Gül", "Hü", "Se", "Me", "Ka", "Yıl", "Ne", "Oğ", "Fe"], ["şegül", "sün", "seyin", "vgi", "lahat", "dir", "dız", "rmin", "uzhan", "dai"]),
                  s=(["Kara", "Yıldız", "Çift", "Ak", "Tarla", "Bağ", "Dere", "Ova"], ["oğlu", "çı", "soy", "kaya", "türk", "han", "yurt", "lı"]),
                  town=(["Yukarı", "Aşağı", "Yeni", "Eski"], ["çiftlik", "ovacık", "bağlar", "dereköy", "tarlabaşı"]),
                  street=["{S} {G} No:{n}, {T}", "{T} köyü No:{n}", "{S} {G} {n}, {T}"], G=["Sok.", "Sokak", "Cad.", "Çıkmazı", "Mevkii", "Yolu", "Küme Evleri"],
                  post=lambda r: f"{r.randint(10, 81)}{r.randint(100, 999)}",
                  L=dict(name="Ad Soyad", dob="Doğum tarihi", addr="Adres", tel="Tel", mail="E-posta"),
                  k=dict(herd="sürü kayıtları TÜRKVET'e girildi", vet="inekte mastitis, antibiyotik başlandı",
                         move="hayvan hareket belgesi kesime gidiş", claim="ÇKS kaydı ve destek başvurusu",
                         insp="il müdürlüğü denetimi yapıldı", lab="süt analizi, somatik hücre yüksek",
                         recall="müşteri peynirde yabancı madde bulmuş", shop="pazar için sipariş cumartesi",
                         work="mevsimlik işçiler fındık için geliyor", crop="mildiyö riski, perşembe ilaçlama")),
    "hi-IN": dict(region="IN", date="%d/%m/%Y",
                  g=(["राम", "सुर", "कम", "अनि", "गीत", "विज", "मनो", "शार", "दिने", "पूर"], ["प्रसाद", "जीत", "ला", "ता", "िका", "य", "हर", "दा", "श", "णिमा"]),
                  s=(["चौध", "यादव", "पाटी", "ठाक", "गुर", "भद", "खेड़", "निम"], ["री", "ेंद्र", "ल", "ुर", "जर", "ौरिया", "कर", "वाल"]),
                  town=(["रामपुर ", "नया ", "बड़ा ", "सूरज"], ["खेड़ा", "गाँवड़ी", "नगला", "पुरवा", "टोला"]),
                  street=["मकान नं. {n}, {T}, {C}", "ग्राम {T}, पोस्ट {T2}, {C}", "{G} {n}, {T}", "{T}, {G} {n}"], G=["गली", "मोहल्ला", "ढाणी", "चौपाल के पास", "खेत नंबर", "डेरा"], C=["ज़िला मथुरा", "ज़िला करनाल", "ज़िला सतारा", "ज़िला बाराबंकी"],
                  post=lambda r: f"{r.choice(['281', '132', '415', '225'])}{r.randint(100, 999)}",
                  L=dict(name="नाम", dob="जन्म तिथि", addr="पता", tel="मोबाइल", mail="ईमेल"),
                  k=dict(herd="पशु रजिस्टर अपडेट, भैंस ब्याई", vet="गाय को थनैला, एंटीबायोटिक दी",
                         move="पशु परिवहन परमिट मंडी के लिए", claim="पीएम-किसान किस्त का आवेदन",
                         insp="डेयरी निरीक्षण हुआ", lab="दूध की जाँच, फैट 4.1", recall="ग्राहक ने घी में मिलावट की शिकायत की",
                         shop="किसान बाज़ार के लिए ऑर्डर", work="कटाई के लिए मज़दूर", crop="गेहूँ में पीला रतुआ, छिड़काव करें")),
    "th-TH": dict(region="TH", date="%d/%m/{BE}",
                  g=(["สม", "บุญ", "วิ", "ประ", "สุ", "อำ", "จันท", "ทอง"], ["ศักดิ์", "มา", "ภา", "เสริฐ", "ดา", "ไพ", "ร์เพ็ญ", "ใบ"]),
                  s=(["ศรี", "แก้ว", "ทอง", "บุญ", "นา", "ไร่"], ["สุข", "มณี", "ประเสริฐ", "เรือง", "คำ", "ดี", "วงศ์"]),
                  town=(["บ้าน", "หนอง", "โนน", "ดอน"], ["นาดี", "ไร่ทอง", "แก้วคำ", "สวนมณี"]),
                  street=["{n} หมู่ {k} {T} {C}", "{n}/{k} {T} {C}", "{n} {G} {T}", "{n}/{k} {G}{T}"], G=["ซอย", "ถนน", "ตำบล", "หมู่บ้าน", "ม."], C=["อ.เมือง จ.ขอนแก่น", "อ.พล จ.ขอนแก่น", "อ.ปัว จ.น่าน", "อ.ฝาง จ.เชียงใหม่"],
                  post=lambda r: f"{r.choice(['40', '55', '50'])}{r.randint(100, 999)}",
                  L=dict(name="ชื่อ-สกุล", dob="วันเกิด", addr="ที่อยู่", tel="โทร", mail="อีเมล"),
                  k=dict(herd="ทะเบียนโคนมอัปเดตแล้ว", vet="วัวเต้านมอักเสบ ฉีดยาแล้ว", move="ใบอนุญาตเคลื่อนย้ายสัตว์",
                         claim="ขึ้นทะเบียนเกษตรกรรับเงินช่วยเหลือ", insp="ปศุสัตว์จังหวัดมาตรวจฟาร์ม", lab="ผลตรวจน้ำนม โซมาติกสูง",
                         recall="ลูกค้าเจอเศษพลาสติกในไส้กรอก", shop="ออเดอร์ตลาดนัดเกษตรกรวันเสาร์", work="แรงงานตัดอ้อยตามฤดูกาล",
                         crop="ข้าวเป็นโรคไหม้ ควรพ่นยา")),
    "ja-JP": dict(region="JP", date="%Y年%m月%d日",
                  g=(["健", "和", "美", "由", "真", "浩", "千", "直"], ["太", "子", "穂", "紀", "一", "恵", "樹", "人"]),
                  s=(["森", "岩", "稲", "沢", "牧", "畑", "杉", "梅"], ["川", "垣", "葉", "野", "村", "本", "尾", "原"]),
                  town=(["北", "南", "上", "下"], ["稲沢町", "牧野村", "梅原町", "杉尾村"]),
                  street=["{C}{T}{n}-{k}", "{C}{T}字{S}{n}番地"], C=["北海道上川郡", "岩手県紫波郡", "熊本県菊池郡", "宮崎県児湯郡"],
                  post=lambda r: f"〒{r.randint(800, 999)}-{r.randint(1000, 9999)}",
                  L=dict(name="氏名", dob="生年月日", addr="住所", tel="電話", mail="メール"),
                  k=dict(herd="牛の個体識別台帳を更新しました", vet="乳房炎、抗生剤投与、出荷停止", move="出荷の移動届を提出",
                         claim="経営所得安定対策の交付申請", insp="家畜保健衛生所の立入検査", lab="乳質検査、体細胞数が高い",
                         recall="お客様から異物混入の連絡", shop="直売所の予約注文", work="収穫期の季節労働者", crop="いもち病の注意報、木曜に防除")),
    "ko-KR": dict(region="KR", date="%Y. %m. %d.",
                  g=(["민", "서", "지", "현", "영", "수", "은", "태"], ["준", "연", "호", "숙", "철", "빈", "희", "규"]),
                  s=(["김", "박", "윤", "장", "한", "오"], [""]),
                  town=(["안", "청", "보", "횡"], ["들마을", "솔리", "내동", "골리"]),
                  street=["{C} {T} {n}", "{C} {T}길 {n}-{k}"], C=["경북 상주시", "전남 나주시", "충북 음성군", "강원 횡성군"],
                  post=lambda r: f"{r.randint(10000, 63999)}",
                  L=dict(name="성명", dob="생년월일", addr="주소", tel="연락처", mail="이메일"),
                  k=dict(herd="한우 이력제 대장 갱신", vet="젖소 유방염, 항생제 투여", move="가축 이동 신고",
                         claim="공익직불금 신청서", insp="축산물위생 점검", lab="원유 검사 체세포수 높음",
                         recall="고객이 이물질 발견 신고", shop="로컬푸드 직매장 주문", work="계절근로자 배정", crop="벼 도열병 주의, 목요일 방제")),
    "uk-UA": dict(region="UA", date="%d.%m.%Y",
                  g=(["Бог", "Яро", "Оле", "Свя", "Мир", "Воло", "Ост", "Лю"], ["дана", "слава", "на", "тослав", "ослава", "димир", "ап", "бомир"]),
                  s=(["Ковал", "Грин", "Левч", "Мель", "Сав", "Ткач", "Бонд", "Шев"], ["енко", "ук", "ишин", "чук", "ович", "ак"]),
                  town=(["Нові ", "Старі ", "Велика ", "Мала "], ["Вербівка", "Гречани", "Липівка", "Соснівка", "Калинівка"]),
                  street=["{G} {S}ова, {n}, с. {T}", "с. {T}, {n}", "{G} {S}ова, {n}, {T}"], G=["вул.", "вулиця", "пров.", "провулок", "узвіз", "хутір", "тупик"],
                  post=lambda r: f"{r.randint(10000, 99999)}",
                  L=dict(name="ПІБ", dob="Дата народження", addr="Адреса", tel="Тел.", mail="Ел. пошта"),
                  k=dict(herd="реєстр тварин оновлено", vet="корова з маститом, антибіотик", move="ветеринарне свідоцтво на переміщення",
                         claim="заявка на бюджетну дотацію", insp="перевірка Держпродспоживслужби", lab="аналіз молока, соматичні клітини",
                         recall="покупниця знайшла скло у варенні", shop="замовлення на ярмарок у суботу", work="сезонні працівники на збір",
                         crop="ризик фітофторозу, обприскування в четвер")),
    "es-MX": dict(region="MX", date="%d/%m/%Y",
                  g=(["Jo", "Gua", "Ro", "Ma", "Eu", "Xo", "Fe", "Ire"], ["sefina", "dalupe", "gelio", "rcelino", "femia", "chitl", "lipa", "neo"]),
                  s=(["Huer", "Ocam", "Zárat", "Tlal", "Vill", "Quin", "Cerv"], ["ta", "po", "e", "pan", "egas", "tero", "antes"]),
                  town=(["San ", "Santa ", "El ", "La "], ["Tlalpexco", "Ocampo Viejo", "Huertilla", "Quintana del Río"]),
                  street=["{G} {S} {n}, {T}", "Rancho {S}, {T}"], G=["Calle", "Av.", "Privada"],
                  post=lambda r: f"{r.randint(20000, 99999)}",
                  L=dict(name="Nombre", dob="Fecha de nac.", addr="Domicilio", tel="Cel", mail="Correo"),
                  k=dict(herd="registro del hato actualizado en SINIIGA", vet="vaca con mastitis, se aplicó antibiótico",
                         move="guía de tránsito REEMO para el ganado", claim="solicitud de apoyo Producción para el Bienestar",
                         insp="inspección de SENASICA", lab="resultados de leche, células altas", recall="un cliente encontró un plástico en el queso",
                         shop="pedido para el tianguis del sábado", work="jornaleros para la cosecha", crop="riesgo de roya, aplicar el jueves")),
    "pt-BR": dict(region="BR", date="%d/%m/%Y",
                  g=(["Jo", "Ma", "Edi", "Ro", "Cle", "Val", "Iva", "Luz"], ["sué", "riléia", "valdo", "sângela", "ber", "direne", "nilde", "inete"]),
                  s=(["Bar", "Cou", "Fig", "Mach", "Teix", "Card", "Bor"], ["bosa", "tinho", "ueiredo", "ado", "eira", "oso", "ges"]),
                  town=(["São ", "Nova ", "Santa ", "Vila "], ["Figueira", "Machadinho", "Teixeirópolis", "Cardosal"]),
                  street=["{G} {S}, {n}, {T}", "Sítio {S}, zona rural, {T}"], G=["Rua", "Estrada", "Linha"],
                  post=lambda r: f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}",
                  L=dict(name="Nome", dob="Data de nascimento", addr="Endereço", tel="Cel", mail="E-mail"),
                  k=dict(herd="controle do rebanho atualizado", vet="vaca com mastite, tratada", move="GTA para os bezerros",
                         claim="cadastro no Pronaf e CAR", insp="fiscalização da defesa agropecuária", lab="análise do leite, CCS alta",
                         recall="cliente achou plástico no queijo", shop="pedido da feira de sábado", work="safristas para a colheita do café",
                         crop="risco de ferrugem, aplicar na quinta")),
    "he-IL": dict(region="IL", date="%d.%m.%Y",
                  g=(["אל", "יו", "של", "תמ", "נו", "מי", "עד", "רו"], ["יאב", "נתן", "ומית", "ר", "עה", "כל", "י", "נית"]),
                  s=(["בר", "גול", "שדה", "כרמ", "זית", "גפנ"], ["זילי", "ן", "ון", "לי", "וני", "יאלי"]),
                  town=(["מושב ", "קיבוץ ", "כפר "], ["גפנים", "זיתן", "שדה ברוש", "כרמיאל החדשה"]),
                  street=["{S} {n}, {T}", "משק {n}, {T}"],
                  post=lambda r: f"{r.randint(1000000, 9999999)}",
                  L=dict(name="שם", dob="תאריך לידה", addr="כתובת", tel="טלפון", mail="דוא\"ל"),
                  k=dict(herd="עדכון רישום העדר", vet="פרה עם דלקת עטין, אנטיביוטיקה", move="רישיון הובלת בעלי חיים",
                         claim="בקשה לפיצוי נזקי טבע", insp="ביקורת השירותים הווטרינריים", lab="תוצאות חלב, תאים סומטיים",
                         recall="לקוחה מצאה פלסטיק בגבינה", shop="הזמנה לשוק האיכרים", work="עובדים עונתיים לקטיף", crop="סכנת כימשון, ריסוס ביום חמישי")),
    "ar-EG": dict(region="EG", date="%Y/%m/%d",
                  g=(["عب", "مح", "سع", "نف", "هن", "رش", "كر", "سل"], ["دالفتاح", "مود", "اد", "يسة", "ادي", "دي", "يمة", "مى"]),
                  s=(["الشر", "البد", "الفل", "الزي", "الجن", "المن"], ["قاوي", "راوي", "احي", "ني", "يدي", "وفي"]),
                  town=(["كفر ", "ميت ", "عزبة ", "نجع "], ["الفلاحين", "الزيتون", "البدراوي", "الجنايني"]),
                  street=["{n} {S}، {T}، {C}", "{T}، مركز {T2}، {C}", "{n} {G} {S}، {T}"], G=["شارع", "حارة", "درب", "عطفة", "زقاق", "طريق"], C=["محافظة الشرقية", "محافظة المنوفية", "محافظة البحيرة", "محافظة المنيا"],
                  post=lambda r: f"{r.randint(10000, 99999)}",
                  L=dict(name="الاسم", dob="تاريخ الميلاد", addr="العنوان", tel="موبايل", mail="البريد"),
                  k=dict(herd="تحديث سجل القطيع", vet="بقرة عندها التهاب ضرع، مضاد حيوي", move="تصريح نقل الماشية",
                         claim="طلب دعم الأسمدة بكارت الفلاح", insp="تفتيش مديرية الطب البيطري", lab="نتيجة تحليل اللبن",
                         recall="عميلة وجدت جسم غريب في الجبن", shop="طلب لسوق المزارعين السبت", work="عمال موسميين للحصاد",
                         crop="خطر الصدأ في القمح، رش يوم الخميس")),
}
LOCALES = list(LOC)


def sanitize_locales():
    """Apply the freeze to the generic parts of street / town patterns: a generic word, county or literal template
    text that is in the frozen set removes that option; every locale keeps a fallback made of invented parts only."""
    for lc, d in LOC.items():
        for key in ("G", "G2", "G3", "C"):
            if key in d:
                d[key] = filter_pool(d[key], f"generic:{lc}:{key}")
        pre = [x for x in d["town"][0] if not is_frozen(x)] if any(x.endswith((" ", "-")) for x in d["town"][0]) else d["town"][0]
        FREEZE_STATS[f"townprefix:{lc}"] += len(d["town"][0]) - len(pre)
        d["town"] = (pre or [""], d["town"][1])
        keep = []
        for t in d["street"]:
            literal = re.sub(r"\{\w+\}", " ", t)
            refs = re.findall(r"\{(G2|G3|G|C)\}", t)
            if is_frozen(literal) or any(not d.get(k) for k in refs):
                FREEZE_STATS[f"template:{lc}"] += 1
                continue
            keep.append(t)
        fallback = "{T}{S}{n}" if lc in SPACELESS and lc != "th-TH" else "{S} {n}, {T}"
        d["street"] = keep + [fallback]


SPACELESS = {"ja-JP", "ko-KR", "th-TH"}
sanitize_locales()
NON_LATIN = {"el-GR", "hi-IN", "th-TH", "ja-JP", "ko-KR", "uk-UA", "he-IL", "ar-EG"}
SPACELESS = {"ja-JP", "ko-KR", "th-TH"}


def make_person(rng, lc):
    d = LOC[lc]
    for _ in range(400):
        given = rng.choice(d["g"][0]) + rng.choice(d["g"][1])
        sur = (rng.choice(d["s"][0]) + rng.choice(d["s"][1])).strip()
        if lc == "ja-JP":
            full = f"{sur} {given}"
        elif lc == "ko-KR":
            full = f"{rng.choice(d['s'][0])}{given}"
            given = full[1:]
        elif lc == "hi-IN":
            full = f"{given} {sur}"
        else:
            full = f"{given} {sur}"
        if len(given) < 2:
            continue
        if not is_frozen(full) and not is_frozen(given):
            return given, full
        FREEZE_STATS[f"person:{lc}"] += 1
    raise SystemExit(f"freeze emptied person pool {lc}")


def make_town(rng, lc):
    d = LOC[lc]
    return draw(rng, lambda r: (r.choice(d["town"][0]) + r.choice(d["town"][1])).strip(), f"town:{lc}")


def make_address(rng, lc):
    d = LOC[lc]

    def mk(r):
        tpl = r.choice(d["street"])
        stem = r.choice(d["s"][0]) + r.choice(d["s"][1])
        stem = stem.strip()
        if lc in ("de-DE", "nl-NL"):
            stem = stem.replace(" ", "")
            stem = stem[0].upper() + stem[1:].lower() if lc == "nl-NL" else stem
        t = (r.choice(d["town"][0]) + r.choice(d["town"][1])).strip()
        t2 = (r.choice(d["town"][0]) + r.choice(d["town"][1])).strip()
        s = tpl.format(n=r.randint(1, 148), k=r.randint(1, 14), S=stem, T=t, T2=t2,
                       G=r.choice(d.get("G") or [""]), G2=r.choice(d.get("G2") or [""]), G3=r.choice(d.get("G3") or [""]),
                       C=r.choice(d.get("C") or [""]))
        if "{" in s:
            raise AssertionError(s)
        return f"{s} {d['post'](r)}" if lc not in ("ja-JP",) else f"{d['post'](r)} {s}"
    return draw(rng, mk, f"street:{lc}")


# ----------------------------------------------------------------------------------------------------------
# Identifiers (all validated)
# ----------------------------------------------------------------------------------------------------------
def fail(kind, v):
    raise SystemExit(f"invalid {kind}: generated value failed validation")


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def gen_phone(rng, lc, style=None):
    region = LOC[lc]["region"]
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    keep = len(nat) - (7 if region == "US" else 6)
    for _ in range(500):
        cand = nat[:keep] + digits(rng, len(nat) - keep)
        if region == "US":
            cand = nat[:3] + str(rng.randint(2, 9)) + digits(rng, 6)
            if cand[3:6] == "555":
                continue
        num = phonenumbers.parse(("+" + str(ex.country_code) + cand), None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            fmt = style or rng.choice(["nat", "intl", "intl", "e164"])
            f = {"nat": phonenumbers.PhoneNumberFormat.NATIONAL, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                 "e164": phonenumbers.PhoneNumberFormat.E164}[fmt]
            out = phonenumbers.format_number(num, f)
            chk = phonenumbers.parse(out, region)
            if not phonenumbers.is_valid_number_for_region(chk, region):
                fail("phone", out)
            return out
    raise SystemExit("phone retries exhausted")


def gen_org_phone(rng, lc):
    """An organisation's switchboard / helpline (benign)."""
    region = LOC[lc]["region"]
    for t in (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.FIXED_LINE):
        ex = phonenumbers.example_number_for_type(region, t)
        if ex is None:
            continue
        nat = str(ex.national_number)
        for _ in range(300):
            cand = nat[:len(nat) - 4] + digits(rng, 4)
            num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
            if phonenumbers.is_valid_number(num):
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    raise SystemExit("org phone retries exhausted")


IBAN_FMT = {"GB": "A4n14", "IE": "A4n14", "DE": "n18", "FR": "n23", "ES": "n20", "IT": "A1n22", "NL": "A4n10",
            "PL": "n24", "RO": "A4n16", "GR": "n23", "TR": "n22", "BR": "n23A1c1", "IL": "n19", "EG": "n25",
            "UA": "n25", "MX": None, "US": None, "IN": None, "TH": None, "JP": None, "KR": None}
BANKS = {"GB": ["BARC", "LOYD", "NWBK", "HBUK"], "IE": ["AIBK", "BOFI"], "NL": ["RABO", "INGB", "ABNA", "TRIO"],
         "RO": ["BTRL", "RNCB", "BRDE"], "IT": ["X"]}


def gen_iban(rng, cc):
    spec = IBAN_FMT.get(cc)
    if not spec:
        return None
    for _ in range(20000):
        bban = ""
        for m in re.finditer(r"([Anc])(\d+)", spec):
            t, n = m.group(1), int(m.group(2))
            if t == "n":
                bban += digits(rng, n)
            elif t == "A" and n == 4 and cc in BANKS:
                bban += rng.choice(BANKS[cc])
            elif t == "A":
                bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
            else:
                bban += "".join(rng.choice("0123456789ABCDEF") for _ in range(n))
        if cc == "BR":
            bban = digits(rng, 23) + "C1"
        body = cc + "00" + bban
        try:
            chk = std_iban.calc_check_digits(body)
        except Exception:
            continue
        iban = cc + chk + bban
        if std_iban.is_valid(iban):
            return std_iban.format(iban)
    raise SystemExit(f"IBAN retries exhausted {cc}")


def luhn_card(rng, prefix, length):
    for _ in range(50):
        body = prefix + digits(rng, length - len(prefix) - 1)
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return " ".join(num[i:i + 4] for i in range(0, len(num), 4)) if length == 16 else num
    raise SystemExit("card retries")


def rand_dob(rng, lo=1948, hi=2004):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def fmt_date(d, lc):
    f = LOC[lc]["date"]
    if "{BE}" in f:
        return d.strftime("%d/%m/") + str(d.year + 543)
    return d.strftime(f)


def complete(prefix, ok, alphabet="0123456789", n=1):
    """Append the check character(s) that make prefix valid (exhaustive over a small alphabet)."""
    import itertools
    for tail in itertools.product(alphabet, repeat=n):
        v = prefix + "".join(tail)
        try:
            if ok(v):
                return v
        except Exception:
            continue
    return None


def cns_is_valid(v):
    """Brazilian Cartão Nacional de Saúde: 15 digits, weighted sum (15..1) divisible by 11."""
    v = v.replace(" ", "")
    return len(v) == 15 and v.isdigit() and v[0] in "12789" and sum(int(c) * (15 - i) for i, c in enumerate(v)) % 11 == 0


def _retry(fn, ok, name, tries=3000):
    for _ in range(tries):
        v = fn()
        if v is not None and ok(v):
            return v
    raise SystemExit(f"retries exhausted {name}")


def gen_ids(rng, lc, dob, given, full):
    """Return list of (type, label, value) personal identifiers typical of the locale."""
    r = rng
    out = []
    if lc == "en-GB":
        v = _retry(lambda: complete(digits(r, 9, True), nhs.is_valid), nhs.is_valid, "nhs")
        out.append(("HEALTH_INSURANCE", "NHS no.", nhs.format(v)))
        u = _retry(lambda: (lambda b: utr.calc_check_digit(b) + b)(digits(r, 9)), utr.is_valid, "utr")
        out.append(("TAX_ID", "UTR", u))
    elif lc == "en-IE":
        v = _retry(lambda: complete(digits(r, 7, True), pps.is_valid, "ABCDEFGHIJKLMNOPQRSTUVW"), pps.is_valid, "pps")
        out.append(("NATIONAL_ID", "PPSN", v))
    elif lc == "en-US":
        v = _retry(lambda: f"{r.randint(101, 665):03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999)}", us_ssn.is_valid, "ssn")
        out.append(("ssn", "SSN", v))
        rt = _retry(lambda: (lambda b: b + rtn.calc_check_digit(b))(r.choice(["07", "10", "29", "04", "09"]) + digits(r, 6)), rtn.is_valid, "rtn")
        out.append(("US_BANK_NUMBER", "Routing", rt))
        out.append(("US_BANK_NUMBER", "Account", digits(r, r.randint(9, 12), True)))
    elif lc == "de-DE":
        def mk():
            d = r.randint(0, 9)
            others = r.sample([x for x in range(10) if x != d], 8)
            seq = [d, d] + others
            r.shuffle(seq)
            if seq[0] == 0:
                return None
            b = "".join(map(str, seq))
            return complete(b, idnr.is_valid)
        out.append(("TAX_ID", "Steuer-ID", idnr.format(_retry(mk, idnr.is_valid, "idnr"))))
    elif lc == "fr-FR":
        def mk():
            b = f"{r.randint(1, 2)}{dob.year % 100:02d}{dob.month:02d}{r.choice(['12', '15', '19', '23', '43', '63', '87'])}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
            return b + f"{97 - int(b) % 97:02d}"
        v = _retry(mk, nir.is_valid, "nir")
        out.append(("NATIONAL_ID", "N° sécu", nir.format(v)))
    elif lc == "es-ES":
        if r.random() < 0.7:
            b = digits(r, 8)
            v = _retry(lambda: (lambda b: b + dni.calc_check_digit(b))(digits(r, 8)), dni.is_valid, "dni")
            out.append(("NATIONAL_ID", "DNI", v))
        else:
            v = _retry(lambda: (lambda b: b + nie.calc_check_digit(b))(r.choice("XYZ") + digits(r, 7)), nie.is_valid, "nie")
            out.append(("NATIONAL_ID", "NIE", v))
    elif lc == "it-IT":
        def cons(s):
            s = re.sub(r"[^A-Z]", "", s.upper().replace("À", "A").replace("Ò", "O").replace("È", "E"))
            c = [x for x in s if x not in "AEIOU"] + [x for x in s if x in "AEIOU"] + ["X", "X", "X"]
            return "".join(c[:3])
        parts = full.split()
        sur, nm = parts[-1], parts[0]
        day = dob.day + (40 if r.random() < 0.5 else 0)

        def mk():
            b = f"{cons(sur)}{cons(nm)}{dob.year % 100:02d}{'ABCDEHLMPRST'[dob.month - 1]}{day:02d}{r.choice(['H501', 'F205', 'L219', 'A944', 'G337', 'D969'])}"
            return b + codicefiscale.calc_check_digit(b)
        out.append(("TAX_ID", "C.F.", _retry(mk, codicefiscale.is_valid, "cf")))
    elif lc == "nl-NL":
        def mk():
            b = digits(r, 8, True)
            for c in "0123456789":
                if bsn.is_valid(b + c):
                    return b + c
            return None
        out.append(("NATIONAL_ID", "BSN", _retry(mk, bsn.is_valid, "bsn")))
    elif lc == "pl-PL":
        m = dob.month + (20 if dob.year >= 2000 else 0)
        v = _retry(lambda: (lambda b: b + pesel.calc_check_digit(b))(f"{dob.year % 100:02d}{m:02d}{dob.day:02d}{digits(r, 4)}"), pesel.is_valid, "pesel")
        out.append(("NATIONAL_ID", "PESEL", v))
        if r.random() < 0.5:
            n = _retry(lambda: complete(digits(r, 9, True), nip.is_valid), nip.is_valid, "nip")
            out.append(("TAX_ID", "NIP", nip.format(n)))
    elif lc == "ro-RO":
        s = r.choice("12") if dob.year < 2000 else r.choice("56")
        v = _retry(lambda: (lambda b: b + cnp.calc_check_digit(b))(f"{s}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{r.randint(1, 40):02d}{r.randint(1, 999):03d}"), cnp.is_valid, "cnp")
        out.append(("NATIONAL_ID", "CNP", v))
    elif lc == "el-GR":
        def mk():
            b = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{digits(r, 4)}"
            return b + luhn.calc_check_digit(b)
        out.append(("NATIONAL_ID", "ΑΜΚΑ", _retry(mk, amka.is_valid, "amka")))
        out.append(("TAX_ID", "ΑΦΜ", _retry(lambda: (lambda b: b + gr_vat.calc_check_digit(b))(digits(r, 8, True)), gr_vat.is_valid, "afm")))
    elif lc == "tr-TR":
        v = _retry(lambda: (lambda b: b + tckimlik.calc_check_digits(b))(digits(r, 9, True)), tckimlik.is_valid, "tck")
        out.append(("NATIONAL_ID", "T.C. Kimlik No", v))
    elif lc == "hi-IN":
        def mk():
            b = str(r.randint(2, 9)) + digits(r, 10)
            v = b + verhoeff.calc_check_digit(b)
            return f"{v[:4]} {v[4:8]} {v[8:]}"
        out.append(("NATIONAL_ID", "आधार", _retry(mk, aadhaar.is_valid, "aadhaar")))
        if r.random() < 0.6:
            p = _retry(lambda: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" + r.choice("ABCDGKLMRSTV") + digits(r, 4) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), pan.is_valid, "pan")
            out.append(("TAX_ID", "PAN", p))
    elif lc == "th-TH":
        def mk():
            b = str(r.randint(1, 8)) + digits(r, 11)
            v = b + th_pin.calc_check_digit(b)
            return th_pin.format(v)
        out.append(("NATIONAL_ID", "เลขบัตรประชาชน", _retry(mk, th_pin.is_valid, "thpin")))
    elif lc == "ja-JP":
        v = _retry(lambda: (lambda b: b + jp_in.calc_check_digit(b))(digits(r, 11, True)), jp_in.is_valid, "mynumber")
        out.append(("NATIONAL_ID", "マイナンバー", jp_in.format(v)))
    elif lc == "ko-KR":
        def mk():
            s = r.choice("12") if dob.year < 2000 else r.choice("34")
            b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{s}{r.randint(0, 95):02d}{digits(r, 3)}"
            return b + rrn.calc_check_digit(b)
        out.append(("NATIONAL_ID", "주민등록번호", rrn.format(_retry(mk, rrn.is_valid, "rrn"))))
    elif lc == "uk-UA":
        def mk():
            days = (dob - dt.date(1899, 12, 31)).days
            b = f"{days:05d}{digits(r, 4)}"
            return b + rntrc.calc_check_digit(b)
        out.append(("TAX_ID", "РНОКПП", _retry(mk, rntrc.is_valid, "rntrc")))
    elif lc == "es-MX":
        def mk():
            L4 = "".join(r.choice("BCDFGHJLMNPRSTVZ") if i != 1 else r.choice("AEIOU") for i in range(4))
            b = f"{L4}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{r.choice('HM')}{r.choice(['JC', 'MC', 'PL', 'VZ', 'GT', 'OC'])}" \
                f"{''.join(r.choice('BCDFGHJKLMNPRSTVXZ') for _ in range(3))}{'0' if dob.year < 2000 else 'A'}"
            if L4 in ("BACA", "CACA", "PEDO", "MAMO", "PENE", "PUTO", "COJO"):
                return None
            return b + curp.calc_check_digit(b)
        out.append(("NATIONAL_ID", "CURP", _retry(mk, curp.is_valid, "curp")))
        if r.random() < 0.6:
            nss = _retry(lambda: complete(f"{r.randint(1, 99):02d}{dob.year % 100 if dob.year > 1990 else r.randint(90, 99):02d}{dob.year % 100:02d}{digits(r, 4)}", luhn.is_valid),
                         luhn.is_valid, "nss")
            out.append(("HEALTH_INSURANCE", "NSS (IMSS)", nss))
    elif lc == "pt-BR":
        v = _retry(lambda: complete(digits(r, 9, True), cpf.is_valid, n=2), cpf.is_valid, "cpf")
        out.append(("TAX_ID", "CPF", cpf.format(v)))
        if r.random() < 0.6:
            cns = _retry(lambda: complete(r.choice("789") + digits(r, 13), cns_is_valid), cns_is_valid, "cns")
            out.append(("HEALTH_INSURANCE", "CNS", f"{cns[:3]} {cns[3:7]} {cns[7:11]} {cns[11:]}"))
    elif lc == "he-IL":
        def mk():
            b = digits(r, 8, True)
            for c in "0123456789":
                if il_idnr.is_valid(b + c):
                    return b + c
            return None
        out.append(("NATIONAL_ID", "ת.ז.", _retry(mk, il_idnr.is_valid, "il")))
    return out


def validate_issued(t, v):
    """Second, independent validation pass over every issued identifier."""
    if t == "CREDIT_CARD" and not luhn.is_valid(v.replace(" ", "")):
        fail(t, v)
    if t == "IBAN_CODE" and not std_iban.is_valid(v):
        fail(t, v)
    if t == "HEALTH_INSURANCE" and not (nhs.is_valid(v) or cns_is_valid(v) or luhn.is_valid(v)):
        fail(t, v)
    if t == "PHONE_NUMBER":
        try:
            n = phonenumbers.parse(v, None if v.startswith("+") else REGION_OF.get(v, "ZZ"))
        except Exception:
            fail(t, v)
        if not phonenumbers.is_valid_number(n):
            fail(t, v)


REGION_OF = {}


# ----------------------------------------------------------------------------------------------------------
# A private person of a locale, with everything one could issue about them
# ----------------------------------------------------------------------------------------------------------
class Person:
    def __init__(self, rng, lc):
        self.lc = lc
        self.given, self.full = make_person(rng, lc)
        self.dob = rand_dob(rng)
        self.dob_s = fmt_date(self.dob, lc)
        self.phone = gen_phone(rng, lc)
        REGION_OF[self.phone] = LOC[lc]["region"]
        self.addr = make_address(rng, lc)
        self.ids = gen_ids(rng, lc, self.dob, self.given, self.full)
        self.iban = gen_iban(rng, LOC[lc]["region"])
        loc_part = re.sub(r"[^a-z]", "", translit(self.full).lower())[:10] or "".join(
            rng.choice(ROMAN.get(lc, ROMAN["xx"])) for _ in range(rng.randint(2, 3)))
        self.email = f"{loc_part}{rng.choice(['', '.', '_'])}{rng.randint(2, 99)}@{rng.choice(MAILHOSTS)}"
        self.card = luhn_card(rng, rng.choice(["4", "51", "53", "55"]), 16) if rng.random() < 0.85 else luhn_card(rng, "37", 15)


ROMAN = {"ja-JP": ["ka", "mo", "ri", "shi", "ta", "naka", "yu", "ko", "ken"], "ko-KR": ["min", "jun", "seo", "yeon", "hyun", "su"],
         "th-TH": ["som", "chai", "boon", "sri", "thong", "wan"], "hi-IN": ["ram", "kum", "sun", "ita", "raj", "dev"],
         "he-IL": ["yo", "av", "tam", "ar", "noa", "shai"], "ar-EG": ["mah", "moud", "sa", "eed", "hend", "ka"],
         "uk-UA": ["bo", "hdan", "yar", "oslav", "ko", "val"], "el-GR": ["sta", "vros", "xan", "thi", "ka", "ra"],
         "xx": ["fa", "rm", "ag", "ro"]}
MAILHOSTS = ["gmail.com", "outlook.com", "yahoo.com", "gmx.de", "orange.fr", "wp.pl", "libero.it", "hotmail.com",
             "icloud.com", "naver.com", "yahoo.co.jp", "ukr.net", "uol.com.br", "walla.co.il", "yandex.com"]
_TR = str.maketrans({c: "" for c in ""})


def translit(s):
    """Rough romanisation for e-mail local parts (locale-typical ASCII handles)."""
    import unicodedata
    out = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    if out.strip():
        return out
    table = {"ja": "morikawa", "ko": "minjun", "th": "somchai", "hi": "ramkumar", "he": "yoav", "ar": "mahmoud",
             "uk": "bohdana", "el": "stavros"}
    return ""


# ----------------------------------------------------------------------------------------------------------
# Pools of benign (public / organisational / eponym) names, frozen-checked
# ----------------------------------------------------------------------------------------------------------
EPONYMS = filter_pool([
    "Johne's disease", "Aujeszky's disease", "Marek's disease", "Bang's disease", "Koch's postulates",
    "Mendel's laws", "Liebig's law of the minimum", "Haber-Bosch process", "Kjeldahl method", "Gerber method",
    "Babcock test", "Bordeaux mixture", "Granny Smith", "Bramley", "Braeburn", "Cox's Orange Pippin",
    "Holstein-Friesian", "Aberdeen Angus", "Salmonella Dublin", "Schmallenberg virus", "Weil's disease",
    "Fendt", "Massey Ferguson", "John Deere", "Claas", "Kverneland", "Lely", "DeLaval", "Pasteur pipette",
    "Petri dish", "Gram stain", "Ziehl-Neelsen stain", "Mueller-Hinton agar", "Mycoplasma bovis", "Brix",
    "Listeria", "Salmonella", "Brucella", "Escherichia coli", "Yersinia", "Theileria", "Babesia", "Ehrlichia",
    "Nocardia", "Pasteurella", "Erlenmeyer flask", "Soxhlet extraction", "Dumas combustion", "Van Soest fibre analysis",
    "Weende analysis", "Mitscherlich equation", "Zadoks scale", "Feekes scale", "Hagberg falling number",
    "California mastitis test", "Tamworth", "Gloucester Old Spot", "Wensleydale", "Bunsen burner",
    "Fasciola hepatica", "Shiga toxin", "Rickettsia", "Kjeldahl flask",
], "eponyms", minimum=6)
PUBLIC_FIGURES = filter_pool([
    "Norman Borlaug", "Justus von Liebig", "Gregor Mendel", "Louis Pasteur", "Jethro Tull", "Robert Bakewell",
    "Temple Grandin", "Cyrus McCormick", "Rachel Carson", "George Washington Carver", "Nikolai Vavilov",
    "Albert Howard", "Masanobu Fukuoka", "M. S. Swaminathan", "Wangari Maathai", "Luther Burbank",
    "Albrecht Thaer", "John Bennet Lawes", "Rowland Biffen", "Nazareno Strampelli", "Edward Jenner", "Claude Bourgelat",
    "Bernhard Bang", "Theobald Smith", "Arnold Theiler", "Stephen Babcock", "Friedrich Loeffler", "Sewall Wright",
    "Jay Lush", "Rudolf Steiner", "Eve Balfour", "Hugh Hammond Bennett", "Ester Boserup", "Jean-Baptiste Boussingault",
], "public_figures", minimum=5)
FICTIONAL = filter_pool([
    "Farmer Giles", "Old MacDonald", "Peter Rabbit", "Mr McGregor", "Wurzel Gummidge", "Shaun the Sheep",
    "Babe", "Charlotte", "Wilbur", "Boxer", "Napoleon", "Heidi", "Farmer Hoggett", "Mrs Tiggy-Winkle",
    "Jemima Puddle-Duck", "Gabriel Oak", "Bathsheba Everdene", "Farmer Boggis", "Farmer Bunce", "Farmer Bean",
    "Ma Larkin", "Pa Larkin", "Pettson", "Findus", "Ferdinand the bull", "Clarabelle Cow", "Jethro Clampett",
    "Worzel", "Farmer Palmer", "Walter Gabriel", "Eddie Grundy", "Mr Tumnus",
], "fictional", minimum=4)
ANIMAL_NAMES = filter_pool(["Daisy", "Bella", "Buttercup", "Clover", "Rosie", "Bluebell", "Primrose", "Mabel",
                            "Tess", "Moss", "Bramble", "Nell", "Fly", "Patch", "Biscuit", "Pepper", "Toffee"],
                           "animal_names", minimum=5)


def org_name(rng, lc, kind):
    d = LOC[lc]
    gen = {
        "vet": ["{T} Vets", "{T} Veterinary Group", "Tierarztpraxis {T}", "Clinique vétérinaire de {T}", "Dierenartsenpraktijk {T}",
                "{T} Large Animal Practice", "Studio veterinario {T}", "Clínica veterinaria {T}"],
        "coop": ["{T} Dairy Co-op", "Molkerei {T} eG", "Coopérative de {T}", "Cooperativa {T}", "Zuivelcoöperatie {T}",
                 "{T} Growers Ltd", "Spółdzielnia Mleczarska {T}", "{T} Agri Services"],
        "proc": ["{T} Meats Ltd", "{T} Fine Foods", "Fleischwerk {T} GmbH", "Salumificio {T} srl", "Charcuterie de {T}",
                 "{T} Creamery", "Zakłady Mięsne {T}", "{T} Preserves"],
        "lab": ["{T} Agri Lab", "Labor {T}", "Laboratoire départemental de {T}", "{T} Milk Recording", "{T} Soil & Forage Lab",
                "{T} Analytica", "{T} Agrolab", "{T} Lactotest", "{T}-Analysen", "{T} Agro-Analyses", "{T} Vetdiagnostik"],
    }[kind] + ["{T}" + {"vet": "vet", "coop": "coop", "proc": "foods", "lab": "lab"}[kind]]

    def mk(r):
        t = (r.choice(d["town"][0]) + r.choice(d["town"][1])).strip()
        if lc in NON_LATIN:
            t = (r.choice(LOC["en-GB"]["town"][0]) + r.choice(LOC["en-GB"]["town"][1]))
        return r.choice(gen).format(T=t)
    return draw(rng, mk, f"org:{kind}")


# ----------------------------------------------------------------------------------------------------------
# Document builders per kind. Each returns (doc, issued, instruction)
# issued: list of (type, value)
# ----------------------------------------------------------------------------------------------------------
def ear_tag(rng, lc):
    cc = {"en-GB": "UK", "en-IE": "IE", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL",
          "pl-PL": "PL", "ro-RO": "RO", "el-GR": "EL"}.get(lc, "")
    if cc:
        return f"{cc} {digits(rng, 6)} {digits(rng, 5, True)}"
    return f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 3)}"


def holding_no(rng, lc):
    if lc == "en-GB":
        return f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(1000, 9999)}"
    if lc == "de-DE":
        return f"276 09 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    return f"{rng.choice(['H', 'EXP', 'REGA', 'ES'])}-{digits(rng, 9)}"


def id_lines(p, rng, k=None):
    ids = p.ids[:] if k is None else p.ids[:k]
    return [(t, lab, v) for (t, lab, v) in ids]


CROPS = ["winter wheat", "spring barley", "oilseed rape", "maize", "potatoes", "sugar beet", "strawberries", "vines",
         "apples", "grass silage", "beans", "oats"]
DRUGS = ["oxytetracycline LA", "meloxicam", "penethamate", "ketoprofen", "calcium borogluconate", "ivermectin pour-on",
         "florfenicol", "tylosin", "cefquinome intramammary", "dexamethasone"]
BREEDS = ["Holstein", "Limousin x", "Charolais", "Simmental", "Jersey", "Texel x", "Suffolk", "Merino", "Saanen goat",
          "Large White x Landrace", "Murrah buffalo", "Hanwoo", "Wagyu x"]


def doc_herd(rng, lc, p, fmt):
    L = LOC[lc]["L"]
    rows = []
    for i in range(rng.randint(4, 9)):
        bd = dt.date(rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28))
        rows.append(f"{ear_tag(rng, lc)},{rng.choice(BREEDS)},{rng.choice('FM')},{bd.isoformat()},{rng.choice(['on farm', 'bought in', 'died', 'sold'])}")
    issued = [("person", p.full), ("STREET_ADDRESS", p.addr)]
    head = f"{L['name']}: {p.full}\n{L['addr']}: {p.addr}\nHolding: {holding_no(rng, lc)}\n"
    if rng.random() < 0.6:
        head += f"{L['tel']}: {p.phone}\n"
        issued.append(("PHONE_NUMBER", p.phone))
    if fmt == "json":
        d = {"keeper": {"name": p.full, "address": p.addr}, "holding": holding_no(rng, lc),
             "animals": [dict(zip(["tag", "breed", "sex", "born", "status"], r.split(","))) for r in rows]}
        if ("PHONE_NUMBER", p.phone) in issued:
            d["keeper"]["mobile"] = p.phone
        return json.dumps(d, ensure_ascii=False, indent=1), issued
    return head + "tag,breed,sex,born,status\n" + "\n".join(rows) + f"\n# {LOC[lc]['k']['herd']}", issued


def doc_herd_benign(rng, lc, fmt):
    rows = []
    for i in range(rng.randint(5, 10)):
        bd = dt.date(rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28))
        rows.append(f"{ear_tag(rng, lc)},{rng.choice(BREEDS)},{rng.choice('FM')},{bd.isoformat()},{rng.choice(ANIMAL_NAMES)}")
    v = rng.randint(0, 3)
    if v == 0:
        return f"Holding: {holding_no(rng, lc)}\ntag,breed,sex,DOB,pet name\n" + "\n".join(rows) + f"\n# {LOC[lc]['k']['herd']}"
    if v == 1:
        return ("Herd summary (aggregated, no keeper data)\nregion,herds,cattle,avg herd size,TB reactors\n" +
                "\n".join(f"R{i},{rng.randint(200, 900)},{rng.randint(20000, 90000)},{rng.randint(40, 190)},{rng.randint(0, 40)}" for i in range(1, 7)))
    if v == 2:
        return (f"Keeper: [NAME]\nAddress: [ADDRESS]\nHolding no: __/___/____\nTel: ____________\n\ntag | breed | sex | DOB\n" +
                "\n".join(f"{ear_tag(rng, lc)} | | | " for _ in range(4)) + "\n(blank register page, fill by hand)")
    return (f"Herd of the university farm ({org_name(rng, lc, 'coop')}), switchboard {gen_org_phone(rng, lc)}, "
            f"herd health plan reviewed for {rng.choice(EPONYMS)}; {rng.randint(90, 400)} {rng.choice(BREEDS)} cows, "
            f"calves born this spring: " + ", ".join(r.split(',')[0] + ' (' + r.split(',')[3] + ')' for r in rows[:4]))


def doc_vet(rng, lc, p, fmt):
    L = LOC[lc]["L"]
    animal = rng.choice(ANIMAL_NAMES)
    issued = [("person", p.full), ("PHONE_NUMBER", p.phone)]
    txt = (f"Client: {p.full}   {L['tel']}: {p.phone}\n"
           f"Patient: {animal}, {rng.choice(BREEDS)}, tag {ear_tag(rng, lc)}\n"
           f"Hx: {LOC[lc]['k']['vet']}. T {rng.choice(['39.1', '39.8', '40.4', '38.6'])}, HR {rng.randint(60, 110)}, rumen {rng.choice(['+', '++', 'static'])}\n"
           f"Tx: {rng.choice(DRUGS)} {rng.randint(5, 30)} ml IM; milk w/d {rng.randint(3, 7)} d, meat w/d {rng.randint(10, 35)} d\n")
    if rng.random() < 0.5:
        txt += f"Farm: {p.addr}\n"
        issued.append(("STREET_ADDRESS", p.addr))
    if rng.random() < 0.4:
        txt += f"Invoice to {p.email}\n"
        issued.append(("EMAIL_ADDRESS", p.email))
    return txt, issued


def doc_vet_benign(rng, lc, fmt):
    v = rng.randint(0, 3)
    animal = rng.choice(ANIMAL_NAMES)
    if v == 0:
        return (f"Patient: {animal} ({rng.choice(BREEDS)}), tag {ear_tag(rng, lc)}, born {fmt_date(rand_dob(rng, 2019, 2024), lc)}\n"
                f"Hx: {LOC[lc]['k']['vet']}. Suspect {rng.choice(EPONYMS)}. Tx {rng.choice(DRUGS)}.\nOwner: [redacted]")
    if v == 1:
        org = org_name(rng, lc, "vet")
        return (f"{org} — out-of-hours: {gen_org_phone(rng, lc)}, accounts@{re.sub(r'[^a-z]', '', org.lower())[:14]}.example.org\n"
                f"Reminder template: Dear {{client_name}}, {animal}'s booster is due on {{date}}. Reply STOP to opt out.")
    if v == 2:
        return (f"CPD notes: {rng.choice(PUBLIC_FIGURES)} and the history of {rng.choice(EPONYMS)}; "
                f"case series of {rng.randint(12, 80)} cows, anonymised (cow A-{rng.randint(1, 9)}, cow B-{rng.randint(1, 9)}), "
                f"mean SCC {rng.randint(150, 600)}k, {rng.randint(10, 60)}% cure rate with {rng.choice(DRUGS)}.")
    return (f"Farm visit checklist\nClient: ________  Phone: ________\nAnimal ID: ________  DOB: __/__/____\n"
            f"Signs: fever / lameness / scour / cough\nDrug: {rng.choice(DRUGS)}  Withdrawal: ___ d\nVet signature: ________")


def doc_move(rng, lc, p, fmt):
    L = LOC[lc]["L"]
    n = rng.randint(3, 40)
    lic = f"ML-{rng.randint(2024, 2026)}-{digits(rng, 6)}"
    issued = [("person", p.full), ("STREET_ADDRESS", p.addr)]
    haul = Person(rng, lc)
    d = {"licence": lic, "from_holding": holding_no(rng, lc), "to_holding": holding_no(rng, lc),
         "keeper": p.full, "keeper_address": p.addr, "species": rng.choice(["cattle", "sheep", "pigs", "goats"]),
         "head": n, "depart": f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T0{rng.randint(5, 9)}:30",
         "haulier": {"driver": haul.full, "mobile": haul.phone, "vehicle": f"{rng.choice(['AB', 'KX', 'WN'])}{rng.randint(10, 75)} {rng.choice(['FRM', 'LVS', 'TRK'])}"},
         "tags": [ear_tag(rng, lc) for _ in range(min(n, 4))], "note": LOC[lc]["k"]["move"]}
    issued += [("person", haul.full), ("PHONE_NUMBER", haul.phone)]
    REGION_OF[haul.phone] = LOC[lc]["region"]
    if fmt == "json":
        return json.dumps(d, ensure_ascii=False), issued
    return ("\n".join(f"{k}: {v}" for k, v in d.items() if k != "haulier") +
            f"\nhaulier: {haul.full} ({haul.phone})"), issued


def doc_move_benign(rng, lc, fmt):
    v = rng.randint(0, 2)
    if v == 0:
        d = {"licence": f"ML-2026-{digits(rng, 6)}", "from_holding": holding_no(rng, lc), "to_holding": holding_no(rng, lc),
             "species": "sheep", "head": rng.randint(10, 200), "tags": [ear_tag(rng, lc) for _ in range(3)],
             "market": f"{make_town(rng, lc)} mart", "standstill_days": 6, "note": LOC[lc]["k"]["move"]}
        return json.dumps(d, ensure_ascii=False)
    if v == 1:
        return (f"Movement standstill rules: 6 days sheep/cattle, 20 days pigs. Questions to the movement service helpline "
                f"{gen_org_phone(rng, lc)} (Mon–Fri). Licence numbers look like ML-YYYY-NNNNNN; holding numbers like "
                f"{holding_no(rng, lc)} identify the land, not the keeper.")
    return ("week,movements,animals,off-farm,to slaughter\n" +
            "\n".join(f"2026-W{w:02d},{rng.randint(100, 900)},{rng.randint(2000, 20000)},{rng.randint(50, 500)},{rng.randint(100, 700)}" for w in range(10, 18)))


def doc_claim(rng, lc, p, fmt):
    L = LOC[lc]["L"]
    issued = [("person", p.full)]
    lines = [f"{L['name']}: {p.full}", f"{L['dob']}: {p.dob_s}", f"{L['addr']}: {p.addr}"]
    issued += [("DATE_OF_BIRTH", p.dob_s), ("STREET_ADDRESS", p.addr)]
    for t, lab, v in p.ids:
        lines.append(f"{lab}: {v}")
        issued.append((t, v))
    if p.iban:
        lines.append(f"IBAN: {p.iban}")
        issued.append(("IBAN_CODE", p.iban))
    lines.append(f"Parcels: " + ", ".join(f"{rng.choice('ABCDEFGH')}{rng.randint(1, 99)} {rng.uniform(0.5, 24):.2f} ha" for _ in range(4)))
    lines.append(f"Scheme: {LOC[lc]['k']['claim']}")
    if fmt == "json":
        d = {}
        for ln in lines:
            k, _, v = ln.partition(": ")
            d[k] = v
        return json.dumps(d, ensure_ascii=False, indent=2), issued
    return "\n".join(lines), issued


def doc_claim_benign(rng, lc, fmt):
    v = rng.randint(0, 3)
    if v == 0:
        return (f"{LOC[lc]['L']['name']}: ____________\n{LOC[lc]['L']['dob']}: DD/MM/YYYY\nIBAN: XX00 0000 0000 0000 0000 00\n"
                f"Parcels: [parcel id] [ha]\nScheme: {LOC[lc]['k']['claim']}\n(blank claim form — instructions page 2)")
    if v == 1:
        return (f"Guidance note: enter the IBAN without spaces, e.g. the documentation example DE89 3704 0044 0532 0130 00 "
                f"(do not use it). Paying agency helpline {gen_org_phone(rng, lc)}; the minister's statement on the 2026 "
                f"rates is published on the ministry website. Reference numbers like SBI-{digits(rng, 9)} identify the business.")
    if v == 2:
        return ("region,claims,hectares,total paid EUR,avg per claim\n" + "\n".join(
            f"{make_town(rng, lc)},{rng.randint(300, 4000)},{rng.randint(10000, 90000)},{rng.randint(10, 90)}0000,{rng.randint(4000, 30000)}"
            for _ in range(6)))
    return (f"Claim ref CL-{digits(rng, 8)} for agricultural business {digits(rng, 9)} (a limited company): "
            f"{rng.randint(40, 900)} ha, eco-scheme {rng.choice(['cover crops', 'buffer strips', 'low-input grassland'])}, "
            f"payment batch {digits(rng, 6)} due 2026-12-{rng.randint(1, 20):02d}.")


def doc_insp(rng, lc, p, fmt):
    issued = [("person", p.full), ("STREET_ADDRESS", p.addr)]
    ok = rng.randint(8, 14)
    txt = (f"INSPECTION REPORT — holding {holding_no(rng, lc)}\nKeeper present: {p.full}\nSite: {p.addr}\n"
           f"Scope: {LOC[lc]['k']['insp']}\nChecks passed {ok}/15. Findings: {rng.choice(['2 cattle passports missing', 'medicine record incomplete', 'dirty water trough', 'slurry store near watercourse'])}.\n")
    if rng.random() < 0.5:
        t, lab, v = rng.choice(p.ids) if p.ids else (None, None, None)
        if t:
            txt += f"Keeper ID checked: {lab} {v}\n"
            issued.append((t, v))
    if rng.random() < 0.4:
        txt += f"Keeper {LOC[lc]['L']['dob']}: {p.dob_s}\n"
        issued.append(("DATE_OF_BIRTH", p.dob_s))
    return txt, issued


def doc_insp_benign(rng, lc, fmt):
    v = rng.randint(0, 2)
    if v == 0:
        return (f"INSPECTION REPORT — establishment approval {rng.choice(['UK', 'DE', 'FR'])} {rng.randint(1000, 9999)} EC\n"
                f"Operator: {org_name(rng, lc, 'proc')} (registered office, switchboard {gen_org_phone(rng, lc)})\n"
                f"Hygiene score {rng.randint(2, 5)}/5; HACCP records complete; {rng.choice(EPONYMS)} sampling plan in place.")
    if v == 1:
        return (f"Inspection findings {rng.randint(2024, 2026)} (aggregated): {rng.randint(300, 900)} holdings visited, "
                f"{rng.randint(5, 30)}% with identification breaches, {rng.randint(1, 9)}% with welfare breaches. "
                f"Farm codes anonymised (F001–F{rng.randint(300, 900)}).")
    return (f"Inspector notes (template): Keeper [KEEPER_NAME] present / absent. Holding [HOLDING_NO]. "
            f"Animals checked: ___ of ___. Passports: OK / missing. Signature: ______. Scope: {LOC[lc]['k']['insp']}")


def doc_lab(rng, lc, p, fmt):
    issued = [("person", p.full)]
    sid = f"S{digits(rng, 7)}"
    res = "\n".join(f"{a}: {v}" for a, v in [("SCC (k/ml)", rng.randint(90, 700)), ("fat %", f"{rng.uniform(3.2, 5.1):.2f}"),
                                                ("protein %", f"{rng.uniform(2.9, 3.8):.2f}"), ("BVD Ab", rng.choice(["neg", "pos"]))])
    if rng.random() < 0.45:
        mrn = f"{rng.choice(['MRN', 'RX', 'H'])}{digits(rng, 7, True)}"
        txt = (f"Zoonosis follow-up: farmer {p.full}, {LOC[lc]['L']['dob']} {p.dob_s}, hospital no. {mrn}; "
               f"serology {rng.choice(['Q fever (C. burnetii) phase II IgG 1:512', 'Brucella abortus RBT positive', 'Leptospira MAT 1:400'])}. "
               f"Herd samples {sid} linked.\n{res}")
        issued += [("DATE_OF_BIRTH", p.dob_s), ("MEDICAL_RECORD", mrn)]
    else:
        txt = f"Sample {sid} submitted by {p.full}, {p.addr}\n{LOC[lc]['k']['lab']}\n{res}"
        issued.append(("STREET_ADDRESS", p.addr))
    if fmt == "csv":
        txt = f"sample_id,submitter,{'result'}\n{sid},{p.full},\"{res.replace(chr(10), '; ')}\"\n" + txt
    return txt, issued


def doc_lab_benign(rng, lc, fmt):
    v = rng.randint(0, 2)
    org = org_name(rng, lc, "lab")
    if v == 0:
        return ("sample_id,herd_code,SCC,fat,protein,urea\n" + "\n".join(
            f"S{digits(rng, 7)},H{digits(rng, 5)},{rng.randint(80, 600)},{rng.uniform(3.3, 5):.2f},{rng.uniform(3, 3.8):.2f},{rng.randint(150, 320)}" for _ in range(8)))
    if v == 1:
        return (f"{org} — accreditation no. {rng.randint(1000, 9999)}, results portal support {gen_org_phone(rng, lc)}. "
                f"Method: {rng.choice(EPONYMS)}; reference strain ATCC {rng.randint(10000, 49999)}; test LIMS host 10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}.")
    return (f"Soil analysis field {rng.choice('ABCDEF')}{rng.randint(1, 30)}: pH {rng.uniform(5.4, 7.8):.1f}, P index {rng.randint(0, 4)}, "
            f"K index {rng.randint(0, 4)}, SOM {rng.uniform(2, 8):.1f}% — {LOC[lc]['k']['lab']}")


def doc_recall(rng, lc, p, fmt):
    issued = [("person", p.full), ("EMAIL_ADDRESS", p.email)]
    lot = f"L{digits(rng, 5)}"
    txt = (f"From: {p.full} <{p.email}>\nSubject: complaint lot {lot}\n\n{LOC[lc]['k']['recall']}. "
           f"Bought {rng.randint(1, 28)}/{rng.randint(1, 12)} at the market, best before {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026.")
    if rng.random() < 0.6:
        txt += f"\nCall me on {p.phone}"
        issued.append(("PHONE_NUMBER", p.phone))
    if rng.random() < 0.4:
        txt += f"\n{LOC[lc]['L']['addr']}: {p.addr}"
        issued.append(("STREET_ADDRESS", p.addr))
    return txt, issued


def ean13(rng):
    from stdnum import ean
    b = rng.choice(["40", "50", "30", "80", "87", "59", "84"]) + digits(rng, 10)
    v = b + ean.calc_check_digit(b)
    if not ean.is_valid(v):
        fail("ean", v)
    return v


def doc_recall_benign(rng, lc, fmt):
    v = rng.randint(0, 2)
    org = org_name(rng, lc, "proc")
    if v == 0:
        return (f"PRODUCT RECALL — {org} is recalling {rng.choice(['raw milk cheese', 'smoked sausage', 'strawberry jam', 'beef mince'])} "
                f"EAN {ean13(rng)}, lot L{digits(rng, 5)}, best before {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026, "
                f"because of possible {rng.choice(['Listeria monocytogenes', 'glass fragments', 'Salmonella', 'undeclared mustard'])}. "
                f"Customer care freephone {gen_org_phone(rng, lc)}, recalls@{re.sub(r'[^a-z]', '', org.lower())[:12]}.example.com.")
    if v == 1:
        return ("lot,line,date,units,status\n" + "\n".join(
            f"L{digits(rng, 5)},{rng.randint(1, 4)},2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)},{rng.randint(200, 5000)},{rng.choice(['held', 'released', 'destroyed'])}" for _ in range(8)))
    return (f"Complaint log (anonymised): C-{digits(rng, 4)} consumer (initials withheld) — {LOC[lc]['k']['recall']}; "
            f"C-{digits(rng, 4)} retailer — label misprint. Traced to supplier batch {digits(rng, 6)}.")


def doc_shop(rng, lc, p, fmt):
    issued = [("person", p.full), ("PHONE_NUMBER", p.phone)]
    items = ", ".join(f"{rng.randint(1, 5)}x {rng.choice(['eggs (dozen)', 'raw milk 2L', 'lamb box 5kg', 'honey 454g', 'sourdough', 'veg box'])}" for _ in range(3))
    d = {"order": f"#{rng.randint(1000, 9999)}", "customer": p.full, "phone": p.phone, "items": items,
         "pickup": rng.choice(["Sat 9-12", "Fri market stall", "delivery"]), "note": LOC[lc]["k"]["shop"]}
    if d["pickup"] == "delivery":
        d["address"] = p.addr
        issued.append(("STREET_ADDRESS", p.addr))
    if rng.random() < 0.5:
        d["card"] = p.card
        d["exp"] = f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
        issued.append(("CREDIT_CARD", p.card))
    if fmt == "json":
        return json.dumps(d, ensure_ascii=False), issued
    return "\n".join(f"{k}: {v}" for k, v in d.items()), issued


def doc_shop_benign(rng, lc, fmt):
    v = rng.randint(0, 2)
    if v == 0:
        return (f"Card reader test: use test card 4242 4242 4242 4242, exp 12/34, CVC 123 (sandbox only). "
                f"Shop till IP 192.168.{rng.randint(0, 5)}.{rng.randint(2, 250)}; docs example host 203.0.113.{rng.randint(1, 254)}.")
    if v == 1:
        return (f"{make_town(rng, lc)} farmers' market — every Saturday 8–13h. Stallholder enquiries: market office "
                f"{gen_org_phone(rng, lc)}, stalls@market.example.org. Prices: eggs 3.20/doz, raw milk 1.60/L, "
                f"{rng.choice(EPONYMS)} apples 2.10/kg.")
    return ("sku,product,price,stock\n" + "\n".join(
        f"{ean13(rng)},{rng.choice(['eggs', 'honey', 'lamb box', 'raw milk', 'cider', 'jam'])},{rng.uniform(1, 40):.2f},{rng.randint(0, 80)}" for _ in range(7)))


def doc_work(rng, lc, p, fmt):
    L = LOC[lc]["L"]
    issued = [("person", p.full), ("DATE_OF_BIRTH", p.dob_s), ("PHONE_NUMBER", p.phone)]
    lines = [f"{L['name']}: {p.full}", f"{L['dob']}: {p.dob_s}", f"{L['tel']}: {p.phone}"]
    for t, lab, v in p.ids[:2]:
        lines.append(f"{lab}: {v}")
        issued.append((t, v))
    if p.iban and rng.random() < 0.6:
        lines.append(f"IBAN: {p.iban}")
        issued.append(("IBAN_CODE", p.iban))
    if rng.random() < 0.3:
        mrn = f"OH{digits(rng, 6, True)}"
        lines.append(f"Occupational health ref (hospital): {mrn} — back strain, light duties 2 wks")
        issued.append(("MEDICAL_RECORD", mrn))
    lines.append(f"Role: {LOC[lc]['k']['work']}; caravan {rng.randint(1, 30)}; start 2026-0{rng.randint(3, 8)}-{rng.randint(10, 28)}")
    if fmt == "csv":
        keys = [ln.split(": ", 1)[0] for ln in lines]
        vals = [ln.split(": ", 1)[1].replace(",", ";") for ln in lines]
        return ",".join(keys) + "\n" + ",".join(vals), issued
    return "\n".join(lines), issued


def doc_work_benign(rng, lc, fmt):
    v = rng.randint(0, 2)
    if v == 0:
        return ("nationality,workers,avg age,avg weeks,returning %\n" + "\n".join(
            f"{c},{rng.randint(20, 400)},{rng.randint(22, 44)},{rng.randint(6, 26)},{rng.randint(20, 80)}" for c in ["RO", "BG", "UA", "PL", "NP", "KG"]))
    if v == 1:
        return (f"Seasonal worker contract TEMPLATE\nWorker: {{full_name}}\nDate of birth: {{dob}}\nPassport: {{passport_no}}\n"
                f"Pay: {rng.uniform(11, 14):.2f}/h, accommodation {rng.randint(40, 70)}/wk\nScheme operator helpline {gen_org_phone(rng, lc)}")
    return (f"Picking rota week {rng.randint(20, 40)}: team A ({rng.randint(8, 20)} pickers) tunnels 1-6, team B field "
            f"{rng.choice('ABCD')}{rng.randint(1, 9)}; {LOC[lc]['k']['work']}. Supervisor contact via farm office only.")


def doc_crop(rng, lc, p, fmt):
    """Agronomy chat: mostly advice; personal data sneaks in."""
    issued = [("person", p.full), ("PHONE_NUMBER", p.phone)]
    txt = (f"[{rng.randint(6, 9)}:{rng.randint(10, 59)}] {p.full}: {LOC[lc]['k']['crop']}. field {rng.choice('ABCDE')}{rng.randint(1, 20)} "
           f"{rng.choice(CROPS)}, GS{rng.randint(30, 65)}\n[{rng.randint(10, 12)}:{rng.randint(10, 59)}] agronomist: ok, "
           f"{rng.choice(['tebuconazole 0.5 L/ha', 'mancozeb + cymoxanil', 'half rate fungicide', 'hold off till Friday'])}\n"
           f"[{rng.randint(13, 15)}:{rng.randint(10, 59)}] {p.given}: ring me {p.phone}")
    if rng.random() < 0.3:
        ip = f"{rng.choice([81, 86, 89, 95, 109, 178, 188])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        txt += f"\n[app log] login user={(translit(p.full).split() or ['grower'])[0].lower()} ip={ip} (home broadband)"
        issued.append(("IP_ADDRESS", ip))
    return txt, issued


def doc_crop_benign(rng, lc, fmt):
    v = rng.randint(0, 2)
    if v == 0:
        return (f"{LOC[lc]['k']['crop']}. {rng.choice(CROPS)} GS{rng.randint(30, 65)}; {rng.choice(PUBLIC_FIGURES)}'s work on "
                f"{rng.choice(['semi-dwarf wheat', 'soil fertility', 'rust resistance'])} is why this variety yields. "
                f"Weather station ID WS-{digits(rng, 5)}, field centroid 52.{digits(rng, 4)}N 1.{digits(rng, 4)}W.")
    if v == 1:
        return (f"Like {rng.choice(FICTIONAL)} in the story, don't plant before the soil hits 8°C. "
                f"{rng.choice(EPONYMS)} note: MAPP {rng.randint(10000, 19999)}, max dose 1.0 L/ha, harvest interval 35 d.")
    return (f"spray log export\nfield,crop,product,rate,date,operator\n" + "\n".join(
        f"{rng.choice('ABCDE')}{rng.randint(1, 20)},{rng.choice(CROPS)},{rng.choice(['glyphosate', 'prosulfocarb', 'azoxystrobin'])},{rng.uniform(0.2, 3):.1f},2026-0{rng.randint(3, 9)}-{rng.randint(10, 28)},OP{rng.randint(1, 6)}" for _ in range(6)))


KINDS = {
    "herd_register": (doc_herd, doc_herd_benign, ["csv", "json"], "farm office"),
    "vet_casenote": (doc_vet, doc_vet_benign, ["notes"], "vet practice"),
    "movement_licence": (doc_move, doc_move_benign, ["json", "form"], "livestock haulier"),
    "subsidy_claim": (doc_claim, doc_claim_benign, ["form", "json"], "farm adviser"),
    "farm_inspection": (doc_insp, doc_insp_benign, ["report"], "inspector"),
    "lab_result": (doc_lab, doc_lab_benign, ["text", "csv"], "lab clerk"),
    "food_recall": (doc_recall, doc_recall_benign, ["email"], "QA manager"),
    "farm_shop": (doc_shop, doc_shop_benign, ["json", "text"], "farm shop"),
    "seasonal_worker": (doc_work, doc_work_benign, ["form", "csv"], "grower HR"),
    "agronomy_chat": (doc_crop, doc_crop_benign, ["chat"], "agronomist"),
}

ASKS = {
    "en": ["can you tidy this up into a table", "summarise for the herd manager pls", "pull out the key fields as JSON",
           "check this for mistakes before I send it", "draft a short reply", "translate into English", "what's missing here?"],
    "de": ["bitte als Tabelle aufbereiten", "kurz zusammenfassen", "Fehler prüfen bevor ichs abschicke"],
    "fr": ["tu peux me mettre ça au propre ?", "résume en 3 lignes stp", "vérifie s'il manque quelque chose"],
    "es": ["pásamelo a tabla porfa", "resume esto", "revisa si falta algo"],
    "it": ["mettimelo in tabella", "riassumi per favore", "controlla se manca qualcosa"],
    "nl": ["zet dit even in een tabel", "vat samen aub", "klopt dit?"],
    "pl": ["zrób z tego tabelkę", "streść proszę", "sprawdź czy czegoś brakuje"],
    "pt": ["organiza isso numa tabela", "resume pra mim", "confere se falta algo"],
}


def ask(rng, lc):
    k = lc.split("-")[0]
    if k in ASKS and rng.random() < 0.55:
        return rng.choice(ASKS[k])
    return rng.choice(ASKS["en"])


SYSTEMS = ["You help a mixed dairy and arable farm with paperwork.", "You are the assistant of a large-animal vet practice.",
           "You support a livestock haulage firm with movement documents.", "You are an agricultural consultant's assistant.",
           "You help a food business with quality assurance and recalls.", "You assist a farm shop and market stall.",
           "You help a fruit grower manage seasonal staff.", "You are an agronomy assistant. Be practical and brief."]

MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto", "claude-3-5-haiku", "llama-3.1-70b"]
PLACEMENTS = ["user", "system", "assistant", "tool_result", "text_part", "file_part", "tool_call_args", "tools_schema",
              "response_format", "user_field", "completions"]


def place(rng, idx, doc, instr, kind, user_value=None):
    """Place the document in a request field chosen by rotation. Returns endpoint, placement, body."""
    pl = PLACEMENTS[idx % len(PLACEMENTS)]
    sys = rng.choice(SYSTEMS)
    model = rng.choice(MODELS)
    if pl == "completions":
        return "completions", pl, {"model": model, "prompt": f"{instr}\n\n{doc}\n\n---\n", "max_tokens": 400, "temperature": 0.2}
    body = {"model": model}
    msgs = [{"role": "system", "content": sys}]
    if pl == "user":
        msgs.append({"role": "user", "content": f"{instr}\n\n{doc}"})
    elif pl == "system":
        msgs[0]["content"] = f"{sys}\nReference record for this session:\n{doc}"
        msgs.append({"role": "user", "content": instr})
    elif pl == "assistant":
        msgs += [{"role": "user", "content": "here's what came in, read it first"},
                 {"role": "assistant", "content": f"Received:\n{doc}"}, {"role": "user", "content": instr}]
    elif pl == "tool_result":
        cid = f"call_{rng.getrandbits(40):010x}"
        msgs += [{"role": "user", "content": f"get the latest record from the {kind.replace('_', ' ')} system and {instr}"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                     "name": "fetch_record", "arguments": json.dumps({"system": kind, "latest": True})}}]},
                 {"role": "tool", "tool_call_id": cid, "content": doc}]
    elif pl == "text_part":
        msgs.append({"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]})
    elif pl == "file_part":
        fn = f"{kind}_{rng.randint(100, 999)}.txt"
        b64 = base64.b64encode(doc.encode("utf-8")).decode()
        msgs.append({"role": "user", "content": [{"type": "text", "text": f"{instr} (file attached)"},
                                                 {"type": "file", "file": {"filename": fn, "file_data": f"data:text/plain;base64,{b64}"}}]})
    elif pl == "tool_call_args":
        cid = f"call_{rng.getrandbits(40):010x}"
        msgs += [{"role": "user", "content": f"file this in the {kind.replace('_', ' ')} system"},
                 {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                     "name": "save_record", "arguments": json.dumps({"kind": kind, "text": doc}, ensure_ascii=False)}}]},
                 {"role": "tool", "tool_call_id": cid, "content": json.dumps({"status": "saved", "ref": f"R{rng.randint(10000, 99999)}"})},
                 {"role": "user", "content": instr}]
        body["tools"] = [{"type": "function", "function": {"name": "save_record", "parameters": {"type": "object", "properties": {
            "kind": {"type": "string"}, "text": {"type": "string"}}}}}]
    elif pl == "tools_schema":
        msgs.append({"role": "user", "content": instr})
        body["tools"] = [{"type": "function", "function": {"name": f"update_{kind}", "description": f"Update the record. Current record:\n{doc}",
                                                           "parameters": {"type": "object", "properties": {"field": {"type": "string"}, "value": {"type": "string"}}}}}]
    elif pl == "response_format":
        msgs.append({"role": "user", "content": f"{instr}. Use the schema."})
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": f"{kind}_extract", "schema": {
            "type": "object", "description": f"Extract from this source:\n{doc}", "properties": {"summary": {"type": "string"}}}}}
    elif pl == "user_field":
        msgs.append({"role": "user", "content": f"{instr}\n\n{doc}"})
    body["messages"] = msgs
    if pl == "user_field":
        body["user"] = user_value or f"portal-{rng.getrandbits(32):08x}"
    return "chat", pl, body


def haystack(body):
    parts = []

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                parts.append(str(k))
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, str):
            parts.append(o)
            m = re.match(r"data:[^;]+;base64,(.*)$", o, re.S)
            if m:
                parts.append(base64.b64decode(m.group(1)).decode("utf-8"))
            if "%" in o:
                parts.append(urllib.parse.unquote(o))
            if o.strip().startswith("{"):
                try:
                    walk(json.loads(o))
                except ValueError:
                    pass
    walk(body)
    return "\n".join(parts)


def incidental(rng, lc, kind):
    """A benign document of the kind carrying exactly ONE incidental personal item."""
    p = Person(rng, lc)
    base = KINDS[kind][1](rng, lc, "x")
    v = rng.randint(0, 2)
    if v == 0:
        cue = rng.choice([f"my neighbour {p.given} says", f"ask {p.given} the herdswoman,", f"(my daughter {p.given} typed this)",
                          f"tell {p.given}, our relief milker,", f"my husband {p.given} thinks"])
        return f"{base}\n\n{cue} it needs checking before Friday.", [("person", p.given)]
    if v == 1:
        return f"{base}\n\nif anything's unclear text me {p.phone}", [("PHONE_NUMBER", p.phone)]
    return f"{base}\n\n(new relief worker's {LOC[lc]['L']['dob']}: {p.dob_s} — for the insurance form)", [("DATE_OF_BIRTH", p.dob_s)]


def build_pii(seed):
    rng = random.Random(seed)
    recs = []
    per_kind_sens, per_kind_ben = 29, 21
    counter = 0
    inc_count = 0
    for kind, (sens_fn, ben_fn, fmts, who) in KINDS.items():
        seq = [True] * per_kind_sens + [False] * per_kind_ben
        rng.shuffle(seq)
        s_i = 0
        for sensitive in seq:
            lc = LOCALES[counter % len(LOCALES)] if rng.random() < 0.6 else rng.choice(LOCALES)
            fmt = rng.choice(fmts)
            instr = ask(rng, lc)
            user_value = None
            inc = False
            if sensitive:
                s_i += 1
                if s_i % 8 == 3:
                    doc, issued = incidental(rng, lc, kind)
                    inc = True
                else:
                    p = Person(rng, lc)
                    doc, issued = sens_fn(rng, lc, p, fmt)
                    if PLACEMENTS[counter % len(PLACEMENTS)] == "user_field":
                        user_value = p.email
                        issued.append(("EMAIL_ADDRESS", p.email))
            else:
                doc, issued = ben_fn(rng, lc, fmt), []
            endpoint, pl, body = place(rng, counter, doc, instr, kind, user_value)
            hay = haystack(body)
            ents, seen = [], set()
            for t, v in issued:
                validate_issued(t, v)
                if (t, v) in seen:
                    continue
                seen.add((t, v))
                if v in hay:
                    ents.append({"type": t, "value": v})
            if sensitive and not ents:
                raise SystemExit(f"sensitive record lost all entities ({kind}, {pl})")
            assert (len(ents) > 0) == sensitive
            inc_count += inc
            counter += 1
            style = f"{who} · {pl} · {fmt}" + (" · incidental" if inc else "")
            recs.append({"id": f"{SPLIT}-pii-{counter:04d}", "category": kind if sensitive else f"{kind}_benign",
                         "sensitive": sensitive, "entities": ents, "endpoint": endpoint, "lang": lc, "style": style, "body": body})
    order = list(range(len(recs)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = dict(recs[i])
        r["id"] = f"{SPLIT}-pii-{n:04d}"
        out.append(r)
    return out, inc_count


# ----------------------------------------------------------------------------------------------------------
# Complexity
# ----------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "How long is a cow's gestation?"), ("en", "What does SCC stand for on a milk report?"),
    ("en", "convert 25 units of N per acre to kg/ha"), ("en", "What's a good temperature for storing seed potatoes?"),
    ("en", "Spell out the abbreviation CPH for me"), ("en", "How many eggs does a laying hen lay a week roughly?"),
    ("de", "Wie lange ist die Tragzeit beim Schaf?"), ("de", "Was heißt 'Abkalbung' auf Englisch?"),
    ("fr", "C'est quoi un broutard ?"), ("fr", "Combien de litres dans un hectolitre ?"),
    ("es", "¿Cuántos días de gestación tiene una cerda?"), ("es", "¿Qué significa PAC?"),
    ("it", "Cosa vuol dire 'vacca asciutta'?"), ("it", "Quanti chili sono un quintale?"),
    ("nl", "Wat is een pink bij koeien?"), ("pl", "Ile kilogramów ma tona?"),
    ("pt-BR", "O que é GTA no transporte de gado?"), ("pt-BR", "Quantos hectares tem um alqueire paulista?"),
    ("ja", "乳牛の妊娠期間はどのくらいですか？"), ("ko", "한우와 젖소의 차이는 뭐예요?"),
    ("hi", "गाय का गर्भकाल कितने दिन का होता है?"), ("uk", "Скільки триває вагітність у кози?"),
    ("tr", "Koyunun gebelik süresi kaç gün?"), ("ar", "كم يوم حمل الجاموسة؟"),
    ("el", "Πόσες μέρες κυοφορεί η αγελάδα;"), ("th", "วัวตั้งท้องกี่เดือน"),
    ("he", "כמה זמן הריון של פרה?"), ("ro", "Cât durează gestația la vacă?"),
    ("en", "Translate 'sheep dip' into Spanish"), ("en", "what's the difference between a heifer and a cow"),
    ("en", "Is a tup the same as a ram?"), ("en", "What colour is a Jersey cow usually?"),
    ("en", "list 5 common dairy breeds"), ("en", "how many weeks in a lambing season roughly"),
    ("fr", "traduis 'fièvre de lait' en anglais"), ("de", "Wofür steht HIT bei Rindern?"),
    ("en", "give me a one-line caption for our farm shop's Saturday egg offer"), ("es", "¿Qué es un temporero?"),
    ("en", "What's the freezing point of milk approximately?"), ("en", "round 1,247 kg to the nearest 100"),
    ("it", "traduci 'mungitura' in inglese"), ("pl", "Co to jest ARiMR?"), ("en", "what does GS31 mean for wheat"),
    ("nl", "Hoeveel liter melk geeft een koe per dag gemiddeld?"), ("en", "Name the four stomachs of a cow"),
    ("ja", "「直売所」を英語で言うと？"), ("en", "is clover a legume"), ("de", "Was ist ein Hofladen?"),
]

SHORT_HARD = [
    ("en", "Formulate (don't just describe) a least-cost ration as an LP for a {w} kg Holstein at {m} L/day: feeds grass silage, maize silage, rolled barley, soya 48, rape meal; constraints on ME, MP, NDF 28-35% DM, starch <25%, DMI. Give the matrix and explain which constraint binds and why."),
    ("en", "A bTB skin test has Se {se}% and Sp {sp}%. In a herd of {n} with true prevalence {pr}%, what's the herd-level sensitivity and the probability a clear test means a free herd? Derive it, state assumptions, then say how parallel IFN-γ testing changes both."),
    ("en", "Prove or refute: with a 6-day standstill after every arrival, any infection chain through {k} holdings needs at least 6(k-1) days. Consider same-day onward moves via markets and collection centres."),
    ("en", "Design a randomised field trial for {n} varieties x 3 N rates on a field with a known fertility gradient. Specify the layout, the mixed model (fixed/random terms), df, and how you'd handle spatial autocorrelation."),
    ("de", "Herleiten: optimale Nutzungsdauer einer Milchkuh, wenn Ersatzkosten {r} €, Milchleistung jährlich um {g}% steigt bis Laktation 3 und danach um {d}% sinkt. Modell aufstellen, Ersatzentscheidung als Optimal-Stopping formulieren."),
    ("fr", "Calcule le R0 d'une épizootie de FCO dans un élevage de {n} ovins avec ces paramètres vectoriels : taux de piqûre {b}/j, mortalité vecteur {mu}/j, EIP 10 j, virémie 16 j. Dérive la formule (Ross-Macdonald) et discute la sensibilité."),
    ("es", "Demuestra por qué el método de reparto de ayudas por derechos históricos frente a tarifa plana por hectárea cambia la distribución Gini entre {n} explotaciones; plantea un modelo y las condiciones en que la convergencia interna reduce la desigualdad."),
    ("en", "Write a correct, efficient algorithm to reconstruct full animal lifetimes from a movement event stream with out-of-order, duplicated and conflicting events (birth, on, off, death). Give invariants, complexity, and how you resolve conflicts deterministically."),
    ("it", "Un mangime ha aflatossina B1 a {a} µg/kg. Calcola il carry-over in M1 nel latte per una razione con {f} kg/die di quel mangime, confronta col limite UE 0,05 µg/kg e proponi un piano di campionamento statistico con rischio β del 5%."),
    ("pl", "Wyprowadź warunek opłacalności zakupu robota udojowego ({c} zł) vs. hala udojowa przy {n} krowach: NPV, stopa {i}%, oszczędność pracy, wzrost wydajności. Pokaż wrażliwość i punkt progowy."),
    ("pt-BR", "Modele a dinâmica de carrapato (Rhipicephalus microplus) numa pastagem com rotação de {k} piquetes e período de descanso {d} dias; derive o período de descanso mínimo que interrompe o ciclo e discuta premissas climáticas."),
    ("en", "Given Liebig's minimum vs Mitscherlich response for N and P with interaction, derive the economically optimal N rate when wheat is {p}/t and N costs {c}/kg; show when the two models disagree and why it matters for advice."),
    ("ja", "飼料中の粗タンパク質をCNCPSで分画し、第一胃分解性と微生物タンパク合成の関係を式で示し、乳量{m}kgの牛でMP不足が起きる条件を導出してください。"),
    ("en", "Explain, with a worked counterexample, why a pooled bulk-milk ELISA negative for BVD in a {n}-cow herd doesn't rule out a PI animal, and design a minimum-cost testing sequence that does."),
    ("uk", "Сформулюйте задачу оптимізації сівозміни на {n} га з обмеженнями по соняшнику (не частіше ніж раз на 7 років), азотному балансу та ціновому ризику; запишіть як MILP і поясніть, які змінні бінарні."),
    ("ko", "AI(조류인플루엔자) 발생 시 반경 {r}km 살처분과 백신 접종 전략의 비용-효과를 비교하는 모형을 세우고, 확산 커널을 가정해 임계 반경을 유도하세요."),
]

LONG_EASY_ASKS = [
    ("en", "just sort this by cow number and give it back as a table, nothing else"),
    ("en", "count how many rows are from each field and give me the totals"),
    ("en", "convert all weights from kg to lb (1 kg = 2.2046 lb), keep everything else the same"),
    ("de", "bitte nur die Spaltennamen ins Deutsche übersetzen, Rest unverändert"),
    ("fr", "remets ça en tableau markdown, sans rien changer"),
    ("es", "ordena por fecha y quita las filas duplicadas"),
    ("it", "elenca solo le righe con stato 'sold'"),
    ("pl", "posortuj po dacie i zrób tabelkę"),
    ("pt-BR", "me diz quantas linhas tem e qual a soma da coluna litros"),
    ("nl", "zet dit om naar CSV met puntkomma's"),
    ("en", "fix the typos in the product names only"),
    ("ja", "この一覧を日付順に並べ替えてください"),
]

LONG_HARD_ASKS = [
    ("en", "Reconstruct the movement chain for every animal that was on holding H03 during the outbreak window, find which records are inconsistent (animal in two places, move after death, missing off-move), and give the minimal set of holdings to trace with reasoning."),
    ("en", "Using these trial plots, specify and justify a mixed model for yield (variety, N rate, block, spatial trend), identify the confounding in the layout, and say what can and cannot be concluded about the variety x N interaction."),
    ("en", "This is our ration + milk recording data. Diagnose what's limiting production (energy, MP, fibre, minerals), quantify it with the numbers given, and propose two ration changes with the expected response and the risks."),
    ("de", "Prüfe diese Förderregeln auf Widersprüche untereinander, leite ab, welche Regel Vorrang hat, und berechne für die drei Beispielbetriebe den korrekten Auszahlungsbetrag inkl. Kappung und Degression."),
    ("fr", "Analyse ce code de gestion de troupeau : trouve les bugs (dates, doublons, délais d'attente), explique leur impact réglementaire et propose une version corrigée avec tests."),
    ("es", "Con estos datos de trazabilidad del lote, identifica el origen probable de la contaminación, calcula qué lotes hay que retirar y justifica el alcance mínimo de la retirada."),
    ("it", "Analizza questi dati di campionamento del latte: stima la prevalenza di mastite subclinica per gruppo tenendo conto del campionamento a cluster, e proponi un piano di controllo con calcolo della dimensione campionaria."),
    ("en", "Review this spray programme against the label limits and resistance-management rules (FRAC groups), find every violation, and redesign the programme so it stays legal and still covers the blight risk periods."),
]


def long_table(rng, kind, min_chars):
    rows, n = [], 0
    if kind == "milk":
        hdr = "cow,date,litres,fat%,prot%,scc,field"
        while len("\n".join(rows)) < min_chars:
            n += 1
            rows.append(f"{rng.randint(100, 999)},2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)},{rng.uniform(12, 48):.1f},{rng.uniform(3.2, 5):.2f},{rng.uniform(2.9, 3.7):.2f},{rng.randint(60, 800)},{rng.choice('ABCDEF')}{rng.randint(1, 9)}")
    elif kind == "weights":
        hdr = "tag,date,weight_kg,status,field"
        while len("\n".join(rows)) < min_chars:
            rows.append(f"T{digits(rng, 5)},2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)},{rng.randint(180, 720)},{rng.choice(['on farm', 'sold', 'sold', 'treated'])},{rng.choice('ABCDEF')}{rng.randint(1, 9)}")
    elif kind == "shop":
        hdr = "product,unit,price,sold,date"
        while len("\n".join(rows)) < min_chars:
            rows.append(f"{rng.choice(['free range eggs', 'frre range egss', 'raw milk', 'honey', 'hunny', 'lamb chops', 'sourdouhg', 'apple juice'])},{rng.choice(['doz', 'L', 'jar', 'kg'])},{rng.uniform(1, 20):.2f},{rng.randint(0, 60)},2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}")
    elif kind == "moves":
        hdr = "event,animal,holding_from,holding_to,date"
        while len("\n".join(rows)) < min_chars:
            rows.append(f"{rng.choice(['on', 'off', 'birth', 'death', 'on', 'off'])},A{rng.randint(100, 160)},H0{rng.randint(1, 9)},H0{rng.randint(1, 9)},2026-03-{rng.randint(1, 28):02d}")
    elif kind == "plots":
        hdr = "plot,block,variety,N_rate,yield_t_ha,row,col"
        while len("\n".join(rows)) < min_chars:
            n += 1
            rows.append(f"{n},{(n - 1) // 12 + 1},V{rng.randint(1, 6)},{rng.choice([0, 80, 160, 240])},{rng.uniform(5, 11):.2f},{(n - 1) % 12 + 1},{(n - 1) // 12 + 1}")
    else:
        hdr = "date,field,product,FRAC,rate_L_ha,crop_stage"
        while len("\n".join(rows)) < min_chars:
            rows.append(f"2026-0{rng.randint(5, 8)}-{rng.randint(10, 28)},{rng.choice('ABCD')}{rng.randint(1, 5)},{rng.choice(['mandipropamid', 'fluazinam', 'cymoxanil', 'mancozeb', 'ametoctradin'])},{rng.choice(['40', '29', '27', 'M3', '45'])},{rng.uniform(0.2, 2.5):.1f},{rng.choice(['emergence', 'rosette', 'canopy closure', 'flowering', 'bulking'])}")
    return hdr + "\n" + "\n".join(rows)


def build_complexity(seed):
    rng = random.Random(seed + 1)
    recs = []

    def add(cat, label, la, lang, style, content, system=None):
        msgs = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": content}]
        recs.append({"category": cat, "label": label, "length_adversarial": la, "endpoint": "chat", "lang": lang,
                     "style": style, "body": {"model": rng.choice(MODELS), "messages": msgs}})

    for lang, q in SHORT_SIMPLE:
        add("short_simple", 0, False, lang, "question/short", q, rng.choice([None, rng.choice(SYSTEMS)]))
    hard_seen = set()
    i = 0
    while sum(1 for r in recs if r["category"] == "short_hard") < 48 and i < 500:
        i += 1
        lang, t = SHORT_HARD[i % len(SHORT_HARD)]
        q = t.format(w=rng.choice([620, 680, 720]), m=rng.choice([32, 38, 45]), se=rng.choice([80, 85]), sp=rng.choice([99.5, 99.9]),
                     n=rng.choice([6, 8, 120, 250, 400]), pr=rng.choice([1, 2, 5]), k=rng.choice([3, 4, 5, 6]), r=rng.choice([1800, 2200, 2600]),
                     g=rng.choice([5, 8]), d=rng.choice([3, 6]), b=rng.choice([0.2, 0.3]), mu=rng.choice([0.1, 0.15]),
                     a=rng.choice([5, 10, 20]), f=rng.choice([3, 5]), c=rng.choice([0.8, 450000, 600000]), i=rng.choice([4, 6]),
                     p=rng.choice([180, 220]))
        if q in hard_seen:
            continue
        hard_seen.add(q)
        add("short_hard", 1, True, lang, "reasoning/short", q)
    kinds_easy = ["milk", "weights", "shop", "moves", "plots", "spray"]
    for j in range(48):
        lang, a = LONG_EASY_ASKS[j % len(LONG_EASY_ASKS)]
        tbl = long_table(rng, kinds_easy[j % len(kinds_easy)], rng.randint(1500, 3200))
        content = f"{a}\n\n{tbl}" if j % 2 == 0 else f"{tbl}\n\n{a}"
        if len(content) < 1500:
            raise SystemExit("long_easy too short")
        add("long_easy", 0, True, lang, f"reformat/{kinds_easy[j % len(kinds_easy)]}", content, rng.choice([None, rng.choice(SYSTEMS)]))
    hard_data = {0: "moves", 1: "plots", 2: "milk", 5: "moves", 6: "milk", 7: "spray"}
    rules = ("R1 Payment = eligible ha x base rate; R2 payments above 60,000 EUR are reduced by 85% of the excess ('capping'); "
             "R3 labour costs may be deducted before capping; R4 young farmer top-up is added after capping; R5 no top-up for "
             "holdings above 90 ha; R6 the first 30 ha receive a redistributive supplement of 40 EUR/ha before degressivity; "
             "R7 degressivity 5% for the part of the payment between 40,000 and 60,000 EUR. Example farms: A 120 ha, labour "
             "38,000; B 64 ha, young farmer; C 310 ha, labour 95,000, young farmer.\n")
    code = ("def withdrawal_ok(treatments, sale_date):\n    for t in treatments:\n        end = t.date + t.withdrawal_days\n"
            "        if sale_date > end:\n            return False\n    return True\n\ndef dedupe(events):\n    seen = {}\n"
            "    for e in events:\n        seen[e.animal] = e\n    return list(seen.values())\n")
    for j in range(46):
        lang, a = LONG_HARD_ASKS[j % len(LONG_HARD_ASKS)]
        k = j % len(LONG_HARD_ASKS)
        if k == 3:
            data = rules * rng.randint(3, 5)
        elif k == 4:
            data = code * rng.randint(4, 7) + long_table(rng, "weights", 600)
        else:
            data = long_table(rng, hard_data.get(k, "milk"), rng.randint(1400, 3000))
        add("long_hard", 1, False, lang, f"analysis/{hard_data.get(k, 'rules' if k == 3 else 'code')}", f"{a}\n\n{data}")
    order = list(range(len(recs)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = {"id": f"{SPLIT}-cx-{n:04d}"}
        r.update(recs[i])
        out.append(r)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20270311)
    ap.add_argument("--out", default=str(HERE / "data" / "signals"))
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    pii, inc = build_pii(a.seed)
    cx = build_complexity(a.seed)
    with open(out / f"pii_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for r in pii:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out / f"complexity_{SPLIT}.jsonl", "w", encoding="utf-8") as f:
        for r in cx:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sens = sum(r["sensitive"] for r in pii)
    print(f"frozen words: {len(FROZEN)}; pool entries dropped by the freeze: {sum(FREEZE_STATS.values())} "
          f"in {len(FREEZE_STATS)} pools")
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records ({collections.Counter(r['endpoint'] for r in pii)}), "
          f"{len(set(r['lang'] for r in pii))} locales, sensitive {sens} / benign {len(pii) - sens}, incidental {inc}")
    print("  categories:", dict(sorted(collections.Counter(r["category"] for r in pii).items())))
    print("  entity types:", dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())))
    print("  placements:", dict(sorted(collections.Counter(r["style"].split(" · ")[1] for r in pii).items())))
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records, {len(set(r['lang'] for r in cx))} langs,",
          dict(sorted(collections.Counter(r["category"] for r in cx).items())),
          f"length-adversarial {sum(r['length_adversarial'] for r in cx)}, label1 {sum(r['label'] for r in cx)}")
    print("  pool sizes after freeze: eponyms", len(EPONYMS), "public", len(PUBLIC_FIGURES), "fictional", len(FICTIONAL),
          "animal names", len(ANIMAL_NAMES))


if __name__ == "__main__":
    main()
